// What the two report memos of reused nodes share — k8sReuse.ts (a manifest's workloads) and shellReuse.ts (a
// script's `docker run`s): how a rule run is recorded (what it read, whether it looked at every cluster, its fixes
// kept as titles and flags only), how a recorded fix is answered in a later analysis (from a fresh run of its rule),
// and the keys that say a cluster has the same members. Each memo decides what "the same" means for its nodes (the
// slot a node has in it) and how spans move; the rest is here, once. The compose memo (composeReuse.ts) keeps and
// answers its fixes the same way (`keptFix`, `delegateFix`).
import type { Report } from '../rules/types';
import type { Fix, FixScope } from '../types';
import type { Cluster, NacosNode } from '../model/node';
import type { FixEnv } from '../fixes/types';
import type { ParsedFile } from '../syntax/files';
import { array, keep, object, optional, ownPath, span } from '../model/shift';

/** What a rule run that is being recorded reads through (to see what it depends on). */
export interface RuleRecorder {
  add(r: Report): void;
  fixEnv: FixEnv;
  /** The cluster to hand the rule (a node rule's run): reading its members is seen (`members`), when the memo asks. */
  cluster?: Cluster;
  file(path: string): ParsedFile | undefined;
  /** The run is over: later reads (a fix's lazy edits) are not its dependencies. */
  done(): void;
}

type Related = NonNullable<Report['related']>[number];
/** A report's related places, moved (model/shift.ts). */
export const shiftRelated = optional(array(object<Related>({ path: keep, span, messageId: keep, args: keep }, ownPath)));

const argsKey = (a: Report['args']): string => JSON.stringify(a ?? {});

/** FixEnv.memo entries that cache a pure function of their key (rules/util.ts `decodedSecret`: a value's decoding):
 *  reading them is no dependency. Any other entry (fixes/cluster.ts's index over every cluster, or one added later
 *  and not listed here: only less is replayed) is one on every cluster. */
const PURE_MEMO = new Set(['decodedSecret', 'canonicalSecret']);

/** `memo`, calling `global` when an entry other than a pure one is used. */
export function tracked(memo: Map<string, unknown>, global: () => void): Map<string, unknown> {
  return new Proxy(memo, {
    get(target, prop) {
      const v = Reflect.get(target, prop, target) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        if (!((prop === 'get' || prop === 'set' || prop === 'has') && PURE_MEMO.has(args[0] as string))) global();
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

const recorded = (): never => {
  throw new Error('a recorded fix is replayed, never applied');
};

/** A fix as a record keeps it: its title and flags (and whether it has a scope), not its closures, which hold the
 *  recording analysis — every text it read. A replayed report's fix is answered afresh (`delegateFix`). */
export function keptFix(f: Fix): Fix {
  return { title: f.title, deterministic: f.deterministic, ...(f.isPreferred !== undefined ? { isPreferred: f.isPreferred } : {}), edits: recorded, ...(f.scope ? { scope: recorded } : {}) };
}

/**
 * A rule run being recorded into `list`: its reports (fixes kept as their titles and flags — a replayed fix computes
 * its edits afresh: `delegateFix` — not their closures, which hold the recording analysis), every path it read or
 * reported on (`note`), and whether it looked at every cluster (`global`: `fixEnv.clusters`, or a `fixEnv.memo` entry
 * that is not a pure function of its key). `added` sees each report as given, with its index in `list`.
 */
export function recording(list: Report[], fixEnv: FixEnv, file: (p: string) => ParsedFile | undefined, on: { note(path: string): void; global(): void; added?(r: Report, index: number): void; members?(): void }, cluster?: Cluster): RuleRecorder {
  let live = true;
  const note = (p: string) => { if (live) on.note(p); };
  const global = () => { if (live) on.global(); };
  const members = () => { if (live) on.members?.(); };
  return {
    ...(cluster && on.members ? { cluster: watched(cluster, members) } : {}),
    add(x) {
      on.added?.(x, list.length);
      list.push(x.fixes?.length ? { ...x, fixes: x.fixes.map(keptFix) } : x);
      note(x.path);
      for (const y of x.related ?? []) note(y.path);
    },
    file: p => { note(p); return file(p); },
    fixEnv: {
      file: p => { note(p); return fixEnv.file(p); },
      read: p => { note(p); return fixEnv.read(p); },
      get clusters() { global(); return fixEnv.clusters; },
      clusterOf: n => { members(); return fixEnv.clusterOf(n); },
      get memo() { return fixEnv.memo && tracked(fixEnv.memo, global); },
    },
    done() { live = false; },
  };
}

/** `cluster` as a rule run sees it: its name and kind as they are, its members through `read` (a run that never asks
 *  for them does not depend on them). */
function watched(cluster: Cluster, read: () => void): Cluster {
  return {
    id: cluster.id, name: cluster.name, kind: cluster.kind,
    get nodes() { read(); return cluster.nodes; },
  };
}

/** A replayed fix (`r`'s fix `i`, recorded as `f`): its title and flags as recorded; its edits and scope from a fresh
 *  run of its rule in the current analysis (`again`), when asked — a fix never writes at an older text's offsets. */
export function delegateFix(f: Fix, i: number, r: Report, again: () => Report[]): Fix {
  let fresh: Fix | undefined;
  const find = (): Fix => {
    if (fresh) return fresh;
    const key = argsKey(r.args);
    const same = again().find(x => x.messageId === r.messageId && x.path === r.path && x.span.start === r.span.start && x.span.end === r.span.end && argsKey(x.args) === key);
    const fx = same?.fixes?.[i];
    if (!fx || fx.title !== f.title) throw new Error('this fix was computed for an older text of the file; try again');
    return (fresh = fx);
  };
  const out: Fix = { title: f.title, deterministic: f.deterministic, edits: () => find().edits() };
  if (f.isPreferred !== undefined) out.isPreferred = f.isPreferred;
  if (f.scope) out.scope = (): FixScope => { const s = find().scope; if (!s) throw new Error('this fix was computed for an older text of the file; try again'); return s(); };
  return out;
}

/** A rule's recorded reports for this analysis: each fix answered from one fresh run of the rule (`again`, run at most
 *  once for all of them: `delegateFix`), its title and flags as recorded. The list itself when none has a fix. */
export function delegatedReports(list: Report[], again: () => Report[]): Report[] {
  if (!list.some(r => r.fixes?.length)) return list;
  let ran: Report[] | undefined;
  const once = () => (ran ??= again());
  return list.map(r => (r.fixes?.length ? { ...r, fixes: r.fixes.map((f, i) => delegateFix(f, i, r, once)) } : r));
}

/** Marks a cluster key that no later analysis can have (a member outside the memo). */
export const UNIQUE = '\u0000unique:';

/**
 * A cluster as its members' slots in a memo (`slotOf`): the same key while it has the same members, each the same
 * memo entry; a member outside the memo makes a key no other analysis has. `global`: every cluster of the analysis.
 */
export class ClusterKeys {
  private readonly keys = new WeakMap<Cluster, string>();
  private uniques = 0;
  private all?: string;

  constructor(private readonly slotOf: (node: NacosNode) => string | undefined) {}

  /** A new analysis (its clusters are new objects; `global` is computed again). */
  begin(): void {
    this.all = undefined;
  }

  key(cluster: Cluster): string {
    let key = this.keys.get(cluster);
    if (key !== undefined) return key;
    key = cluster.id;
    for (const n of cluster.nodes) {
      const s = this.slotOf(n);
      if (s === undefined) { key = `${key}${UNIQUE}${++this.uniques}`; break; }
      key += `\u0000${s}`;
    }
    this.keys.set(cluster, key);
    return key;
  }

  global(clusters: readonly Cluster[]): string {
    return (this.all ??= clusters.map(c => this.key(c)).join('\u0001'));
  }
}
