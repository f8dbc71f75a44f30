// A node whose version is a range (ARCHITECTURE.md "Versions"): the node at each release of it, and a node rule's
// reports on each, computed once per group of releases the rule cannot tell apart.
import type { NacosNode } from '../model/node';
import { atVersion } from '../model/effective';
import { answersAlike, candidateVersions, compareVersions, watchRelease, watchedRelease, type NacosVersion } from '../nacos/versions';

export interface Variants {
  /** The node at each release of its range, oldest first, the node itself among them. */
  nodes: NacosNode[];
  /** The node's own index in `nodes`. */
  self: number;
  /** The release of each variant. */
  releases: NacosVersion[];
  /** Variants a source built anew (its own `atVersion`: another env table, entrypoint, image file): run one by one. */
  alone: number[];
  /**
   * The `atVersion` copies, grouped by what they hold besides their release: the defaults of that release. Within a
   * group only the release differs. The node itself leads the group whose defaults it has, if any.
   */
  groups: number[][];
  /** The stand-in of each grouped variant's release (nacos/versions.ts `watchedRelease`). */
  standIns: NacosVersion[];
}

/**
 * The node at every release of its version range, or undefined when it has one version. `standIns`: the stand-in of
 * each release, shared by every node of one analysis (only one release is watched at a time).
 */
export function variantsOf(node: NacosNode, standIns: Map<NacosVersion, NacosVersion>): Variants | undefined {
  const versions = node.version.range || node.version.among ? candidateVersions(node.version) : [];
  if (versions.length <= 1) return undefined;
  const nodes: NacosNode[] = [];
  const releases: NacosVersion[] = [];
  const stands: NacosVersion[] = [];
  const alone: number[] = [];
  const groups = new Map<string, number[]>();
  const standIn = (v: NacosVersion) => {
    let stand = standIns.get(v);
    if (!stand) standIns.set(v, (stand = watchedRelease(v)));
    return stand;
  };
  for (const v of versions) {
    if (compareVersions(v, node.version.version) === 0) { nodes.push(node); releases.push(v); continue; }
    releases.push(v);
    if (node.atVersion) { alone.push(nodes.length); nodes.push(node.atVersion(v)); continue; }
    const n = atVersion(node, v);
    // `atVersion` made `n.version` anew: the release becomes a stand-in the rule's questions about it can be seen on.
    n.version.version = stands[nodes.length] = standIn(v);
    const k = defaultsKey(n);
    const g = groups.get(k);
    if (g) g.push(nodes.length); else groups.set(k, [nodes.length]);
    nodes.push(n);
  }
  if (!nodes.includes(node)) { nodes.push(node); releases.push(node.version.version); }
  const self = nodes.indexOf(node);
  const own = node.atVersion ? undefined : groups.get(defaultsKey(node));
  if (own) { own.unshift(self); stands[self] = standIn(releases[self]); }
  return { nodes, self, releases, alone, groups: [...groups.values()], standIns: stands };
}

/**
 * What differs between two `atVersion` copies of one node besides the release: the defaults added for it (the written
 * settings are the node's own objects, in the node's order). A default's `via` names the release; rules do not read it.
 */
function defaultsKey(n: NacosNode): string {
  let key = '';
  for (const [k, s] of n.settings) {
    key += s.origin === 'jar-default' || s.origin === 'code-default' ? `${k}=${s.value}\u0000${s.origin}\u0000${s.unknown ? 1 : 0}\u0001` : `${k}\u0001`;
  }
  return key;
}

/**
 * The node's own run with its release read through a stand-in: its `version` is swapped for the length of the run
 * (a copy that differs only there; every field reads the same).
 */
function runAsStandIn<R>(node: NacosNode, stand: NacosVersion, run: (node: NacosNode) => R[]): R[] {
  const own = node.version;
  node.version = { ...own, version: stand };
  try {
    return run(node);
  } finally {
    node.version = own;
  }
}

/**
 * `run`'s result for every variant. Variants a source built anew, and the node itself when it holds other defaults
 * than every copy, run one by one. In each group (same defaults) one release runs while `watchRelease` records what
 * the run asks about it; every other release of the group that answers each question alike gets that run's result
 * (the same array) without a run of its own, the rest form the next round. Exact: a rule is a function of its node,
 * and within a group the variants differ only in the release, which the run read only through those questions.
 */
export function perRelease<R>(variants: Variants, run: (node: NacosNode) => R[]): R[][] {
  const { nodes, self, releases, alone, groups, standIns } = variants;
  const per: R[][] = new Array<R[]>(nodes.length);
  if (!standIns[self]) per[self] = run(nodes[self]);
  for (const i of alone) per[i] = run(nodes[i]);
  for (let rest of groups) {
    while (rest.length) {
      const first = rest[0];
      let out: R[] = [];
      const trace = watchRelease(standIns[first], () => { out = first === self ? runAsStandIn(nodes[self], standIns[self], run) : run(nodes[first]); });
      per[first] = out;
      const left: number[] = [];
      for (let j = 1; j < rest.length; j++) {
        const i = rest[j];
        if (answersAlike(trace, releases[i])) per[i] = out; else left.push(i);
      }
      rest = left;
    }
  }
  return per;
}
