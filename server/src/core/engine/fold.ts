// One cause, one finding (issue 19 #4). A finding whose problem the preferred fix of another finding also removes is
// folded into that finding as related information: a published pair that also differs between members is one finding
// ("generate a secure pair for the cluster" fixes both), a published secret that is also too short is one finding.
// Folding runs on finished findings, so a rule turned off or a suppressed finding never absorbs anything, and the
// absorbing finding keeps the worse severity of the two (an error is never hidden behind a warning).
import type { Finding, Fix, Severity } from '../types';

/** The cluster facts folding needs. */
interface ClusterLike {
  id: string;
  nodes: readonly { path: string; service?: string }[];
}

/** A finished finding with what folding needs to know about it. */
export interface Placed {
  finding: Finding;
  messageId: string;
  /** The clusters the finding concerns (its nodes' clusters, or the cluster a cluster rule checked). */
  clusters: readonly ClusterLike[];
  /** The line of its start (findings on one value are on one line). */
  line: number;
}

interface FoldRule {
  /** The finding folded… */
  rule: string;
  messageIds?: readonly string[];
  /** …into a finding of one of these rules… */
  into: readonly string[];
  intoMessageIds?: readonly string[];
  /**
   * …that sits on the same value (`value`: same file, overlapping text), or anywhere in the same cluster with a
   * preferred fix that writes to every member the folded finding concerns (`cluster`).
   */
  where: 'value' | 'cluster';
}

const IDENTITY_REPLACERS = ['identity-public-value', 'identity-blank', 'identity-weak-value', 'identity-key-equals-value', 'identity-missing'];
const SECRET_REPLACERS = ['secret-public-value', 'secret-not-base64', 'secret-too-short', 'secret-low-entropy', 'secret-missing'];

/** In this order: a finding folded by an earlier line no longer absorbs anything. */
export const FOLDS: readonly FoldRule[] = [
  // A published value gets replaced: what else is wrong with it goes with it.
  { rule: 'secret-too-short', into: ['secret-public-value'], where: 'value' },
  { rule: 'secret-low-entropy', into: ['secret-public-value'], where: 'value' },
  { rule: 'secret-nonstandard-base64', into: ['secret-public-value'], where: 'value' },
  { rule: 'secret-not-base64', into: ['secret-public-value'], where: 'value' },
  { rule: 'identity-weak-value', into: ['identity-public-value'], where: 'value' },
  { rule: 'identity-whitespace', into: ['identity-public-value'], where: 'value' },
  { rule: 'identity-quoted', into: ['identity-public-value'], where: 'value' },
  // A value that equals its key is replaced by the pair fix: that it is also short or guessable goes with it.
  { rule: 'identity-weak-value', into: ['identity-key-equals-value'], where: 'value' },
  // A member's switch that differs because it is misspelt: fixing the spelling is what makes the members agree.
  { rule: 'cluster-auth-mismatch', into: ['auth-system-type', 'invalid-boolean'], where: 'value' },
  // The published key alone, when the cluster's published pair is reported: the pair's fix replaces the key too.
  { rule: 'identity-public-value', messageIds: ['key'], into: ['identity-public-value'], intoMessageIds: ['pair', 'value'], where: 'cluster' },
  // Members that differ: a fix that writes a fresh pair or secret to every member makes them equal.
  { rule: 'cluster-identity-mismatch', into: IDENTITY_REPLACERS, where: 'cluster' },
  { rule: 'cluster-secret-mismatch', into: SECRET_REPLACERS, where: 'cluster' },
];

/** Rules that can absorb `ruleId` (a rule's own tests turn them off to see all its findings). */
export function absorbersOf(ruleId: string): string[] {
  return [...new Set(FOLDS.filter(f => f.rule === ruleId).flatMap(f => f.into))].filter(r => r !== ruleId);
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export const FOLDED_NOTE = { en: 'Also fixed by this: {message} ({rule})', 'zh-cn': '此修复同时解决：{message}（{rule}）' };

/** Whether a fix writes to every member of a cluster, given how to compute it: the engine answers from what it kept
 *  when the fix and the cluster are those of an earlier analysis (k8sReuse.ts `covers`), else computes. */
export type CoversMemo = (fix: Fix, cluster: ClusterLike, compute: () => boolean) => boolean;

/**
 * Removes folded findings from `all` and adds them to their absorbers' related information. Linear in the findings:
 * absorbers are looked up by file and line (`value`) or by cluster (`cluster`: the first absorber whose preferred fix
 * covers the cluster, decided once per cluster).
 */
export function fold(all: Placed[], note: (folded: Finding, host: Finding) => string, covers?: CoversMemo): Placed[] {
  const gone = new Set<Placed>();
  const byRule = new Map<string, Placed[]>();
  for (const p of all) {
    const list = byRule.get(p.finding.ruleId);
    if (list) list.push(p); else byRule.set(p.finding.ruleId, [p]);
  }
  for (const f of FOLDS) {
    const folded = byRule.get(f.rule);
    if (!folded?.length) continue;
    const hosts = (f.into.flatMap(id => byRule.get(id) ?? [])).filter(q => !gone.has(q) && (!f.intoMessageIds || f.intoMessageIds.includes(q.messageId)));
    if (!hosts.length) continue;
    const find = f.where === 'value' ? byValue(hosts) : byCluster(hosts, covers);
    for (const p of folded) {
      if (gone.has(p) || (f.messageIds && !f.messageIds.includes(p.messageId))) continue;
      const host = find(p);
      if (!host || host === p || gone.has(host)) continue;
      gone.add(p);
      const h = host.finding;
      // A copy: related lists may be shared between findings (rendered once per rule).
      h.related = [...h.related, { path: p.finding.path, span: p.finding.span, message: note(p.finding, h) }];
      h.folded = [...new Set([...(h.folded ?? []), p.finding.ruleId, ...(p.finding.folded ?? [])])];
      if (RANK[p.finding.severity] > RANK[h.severity]) h.severity = p.finding.severity;
    }
  }
  return gone.size ? all.filter(p => !gone.has(p)) : all;
}

/** An absorber on the same value: same file, same line, overlapping text. */
function byValue(hosts: Placed[]): (p: Placed) => Placed | undefined {
  const at = new Map<string, Placed[]>();
  for (const q of hosts) {
    const k = `${q.finding.path}\u0000${q.line}`;
    const list = at.get(k);
    if (list) list.push(q); else at.set(k, [q]);
  }
  return p => at.get(`${p.finding.path}\u0000${p.line}`)?.find(q => overlaps(p.finding, q.finding));
}

/** An absorber in one of the finding's clusters whose preferred fix writes to every member of that cluster. */
function byCluster(hosts: Placed[], covers: CoversMemo | undefined): (p: Placed) => Placed | undefined {
  const inCluster = new Map<string, Placed[]>();
  for (const q of hosts) for (const c of q.clusters) {
    const list = inCluster.get(c.id);
    if (list) list.push(q); else inCluster.set(c.id, [q]);
  }
  const chosen = new Map<string, Placed | undefined>();
  return p => {
    for (const c of p.clusters) {
      if (!chosen.has(c.id)) chosen.set(c.id, (inCluster.get(c.id) ?? []).find(q => coversMembers(q.finding, c, covers)));
      const q = chosen.get(c.id);
      if (q) return q;
    }
    return undefined;
  };
}

function overlaps(a: Finding, b: Finding): boolean {
  return a.span.start < Math.max(b.span.end, b.span.start + 1) && b.span.start < Math.max(a.span.end, a.span.start + 1);
}

/** The absorber's preferred fix writes to every member (computed without generating a secret). */
function coversMembers(host: Finding, cluster: ClusterLike, covers: CoversMemo | undefined): boolean {
  const fix = host.fixes.find(x => x.isPreferred) ?? host.fixes[0];
  const scope = fix?.scope;
  if (!scope) return false;
  const compute = () => {
    const written = new Set(scope().members.map(m => memberKey(m.path, m.service)));
    return cluster.nodes.every(n => written.has(memberKey(n.path, n.service)));
  };
  return covers ? covers(fix, cluster, compute) : compute();
}

function memberKey(path: string, service: string | undefined): string {
  return `${path}#${service ?? ''}`;
}
