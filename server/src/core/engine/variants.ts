// A node whose version is a range (ARCHITECTURE.md "Versions"): the node at each release of it, and a node rule's
// reports on each, computed once per group of releases the rule cannot tell apart.
import type { EffectiveSetting, NacosNode } from '../model/node';
import { defaultsFor, keptAcrossReleases } from '../model/effective';
import { answersAlike, candidateVersions, compareVersions, watchRelease, watchedRelease, type NacosVersion, type VersionTrace } from '../nacos/versions';

const newTrace = (): VersionTrace => ({ compared: [], signs: [], bounds: [], within: [], fields: [], values: [] });

export interface Variants {
  /** How many releases the range has (the node's own among them). */
  count: number;
  /** The node at release `i` (oldest first; built on first use). */
  at(i: number): NacosNode;
  /** The node's own index. */
  self: number;
  /** The release of each variant. */
  releases: NacosVersion[];
  /** Variants a source builds anew (its own `atVersion`: another env table, entrypoint, image file): run one by one. */
  alone: number[];
  /**
   * The `atVersion` copies, grouped by what they hold besides their release: the defaults of that release. Within a
   * group only the release differs. The node itself leads the group whose settings it has, if any.
   */
  groups: number[][];
  /** The stand-in of each grouped variant's release (nacos/versions.ts `watchedRelease`). */
  standIns: NacosVersion[];
}

/** What one analysis shares between its nodes' variants: the stand-in of each release, the defaults per release. */
export interface VariantMemo {
  standIns: Map<NacosVersion, NacosVersion>;
  /** By the kept settings' keys, then the release: the defaults `atVersion` adds, and a key naming them. */
  defaults: Map<string, Map<NacosVersion, { key: string; settings: EffectiveSetting[] }>>;
}

export function variantMemo(): VariantMemo {
  return { standIns: new Map(), defaults: new Map() };
}

/**
 * The node at every release of its version range, or undefined when it has one version. Stand-ins are shared by
 * every node of one analysis (only one release is watched at a time).
 */
export function variantsOf(node: NacosNode, memo: VariantMemo): Variants | undefined {
  const versions = node.version.range || node.version.among ? candidateVersions(node.version) : [];
  if (versions.length <= 1) return undefined;
  const releases: NacosVersion[] = [];
  let self = -1;
  for (const v of versions) {
    if (self < 0 && compareVersions(v, node.version.version) === 0) self = releases.length;
    releases.push(v);
  }
  if (self < 0) { self = releases.length; releases.push(node.version.version); }
  const built: NacosNode[] = [];
  built[self] = node;
  const stands: NacosVersion[] = [];
  const alone: number[] = [];
  const groups: number[][] = [];
  const standIn = (v: NacosVersion) => {
    let stand = memo.standIns.get(v);
    if (!stand) memo.standIns.set(v, (stand = watchedRelease(v)));
    return stand;
  };
  if (node.atVersion) {
    for (let i = 0; i < releases.length; i++) if (i !== self) alone.push(i);
    return { count: releases.length, at: i => (built[i] ??= node.atVersion!(releases[i])), self, releases, alone, groups, standIns: stands };
  }
  // `atVersion` without building every copy: the kept settings, then the release's defaults (the same for every node
  // with the same kept keys).
  const kept = keptAcrossReleases(node);
  const keptKeys = new Set(kept.map(([k]) => k));
  const sig = kept.map(([k]) => k).join('\u0001');
  // By release object: the releases of a range are the same parsed objects for every node (a release that is another
  // object with the same numbers only costs its own entry).
  let bySig = memo.defaults.get(sig);
  if (!bySig) memo.defaults.set(sig, (bySig = new Map()));
  const defaultsAt = (v: NacosVersion) => {
    let d = bySig!.get(v);
    if (!d) {
      const settings = defaultsFor(keptKeys, v);
      bySig!.set(v, (d = { key: settings.map(s => `${s.key}=${s.value}\u0000${s.origin}`).join('\u0001'), settings }));
    }
    return d;
  };
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < releases.length; i++) {
    if (i === self) continue;
    stands[i] = standIn(releases[i]);
    const { key } = defaultsAt(releases[i]);
    const g = byKey.get(key);
    if (g) g.push(i); else byKey.set(key, [i]);
  }
  // The node itself joins the group of its own defaults when its settings are exactly what `atVersion` would give.
  const own = defaultsAt(releases[self]);
  const g = byKey.get(own.key);
  if (g && sameSettings(node.settings, kept, own.settings)) { g.unshift(self); stands[self] = standIn(releases[self]); }
  groups.push(...byKey.values());
  const at = (i: number): NacosNode => {
    let n = built[i];
    if (!n) {
      const settings = new Map(kept);
      // The release's shared default objects (model/effective.ts `defaultsFor`; never changed in place).
      for (const s of defaultsAt(releases[i]).settings) settings.set(s.key, s);
      // The release as a stand-in the rule's questions about it can be seen on.
      built[i] = n = { ...node, version: { ...node.version, version: stands[i] }, settings };
    }
    return n;
  };
  return { count: releases.length, at, self, releases, alone, groups, standIns: stands };
}

/** `settings` holds `kept` (the same objects, in order), then defaults equal to `defaults`, and nothing else. */
function sameSettings(settings: ReadonlyMap<string, EffectiveSetting>, kept: readonly [string, EffectiveSetting][], defaults: readonly EffectiveSetting[]): boolean {
  if (settings.size !== kept.length + defaults.length) return false;
  let i = 0;
  for (const [k, s] of settings) {
    if (i < kept.length) {
      if (kept[i][0] !== k || kept[i][1] !== s) return false;
    } else {
      const d = defaults[i - kept.length];
      if (d.key !== k || d.value !== s.value || d.origin !== s.origin || s.unknown || s.chain.length || s.unresolved.length || d.via !== s.via || s.written || s.provenance) return false;
    }
    i++;
  }
  return true;
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
  const { at, self, releases, alone, groups, standIns } = variants;
  const per: R[][] = new Array<R[]>(variants.count);
  // One trace for every round (each is read before the next run).
  let reused: VersionTrace | undefined;
  if (!standIns[self]) per[self] = run(at(self));
  for (const i of alone) per[i] = run(at(i));
  for (let rest of groups) {
    while (rest.length) {
      const first = rest[0];
      let out: R[] = [];
      const trace = watchRelease(standIns[first], () => { out = first === self ? runAsStandIn(at(self), standIns[self], run) : run(at(first)); }, (reused ??= newTrace()));
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
