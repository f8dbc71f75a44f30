import type { EffectiveSetting, NacosNode } from '../model/node';
import { setting } from '../model/node';
import { K, secretKeyFor } from '../model/keys';
import type { Message } from '../l10n';
import type { Fix, Span, TextEdit } from '../types';
import type { ClusterContext, NodeContext } from './types';
import { generateIdentityKey, generateIdentityValue, generateTokenSecret } from '../fixes/generate';
import { replaceValueEdit } from '../fixes/encode';

/** "Nacos 3.2.3 (image tag)": every version-dependent message says which version it assumed and why. */
export function versionLabel(node: NacosNode): string {
  return `Nacos ${node.version.version.text} (${node.version.from})`;
}

/** Where to report a setting: the place it was written, or the node's anchor when it comes from a default. */
export function at(node: NacosNode, s: EffectiveSetting | undefined): { path: string; span: Span } {
  if (s?.written) return { path: s.written.path, span: s.written.span };
  return { path: node.path, span: node.anchor };
}

/** Where the name was written (for key-level findings). */
export function atKey(node: NacosNode, s: EffectiveSetting | undefined): { path: string; span: Span } {
  if (s?.written?.keySpan) return { path: s.written.path, span: s.written.keySpan };
  return at(node, s);
}

export function isWritten(s: EffectiveSetting): boolean {
  return s.written !== undefined;
}

export const identityKey = (n: NacosNode) => setting(n, K.identityKey);
export const identityValue = (n: NacosNode) => setting(n, K.identityValue);
export const secret = (n: NacosNode) => setting(n, secretKeyFor(n.version.version));

/** The fix that replaces this node's identity pair with fresh random values, where each was written. */
export function generatePairFix(ctx: NodeContext): Fix | undefined {
  const key = identityKey(ctx.node);
  const value = identityValue(ctx.node);
  if (!key.written && !value.written) return undefined;
  return {
    title: 'Generate secure identity pair',
    deterministic: false,
    isPreferred: true,
    edits: () => {
      const edits: TextEdit[] = [];
      if (key.written) edits.push(replaceValueEdit(key.written, generateIdentityKey()));
      if (value.written) edits.push(replaceValueEdit(value.written, generateIdentityValue()));
      return edits;
    },
  };
}

export function generateValueFix(ctx: NodeContext): Fix | undefined {
  const value = identityValue(ctx.node);
  if (!value.written) return generatePairFix(ctx);
  const w = value.written;
  return { title: 'Generate secure identity value', deterministic: false, isPreferred: true, edits: () => [replaceValueEdit(w, generateIdentityValue())] };
}

export function generateSecretFixes(ctx: NodeContext): Fix[] {
  const s = secret(ctx.node);
  if (!s.written) return [];
  const w = s.written;
  return ([32, 48, 64] as const).map((n, i) => ({
    title: i === 0 ? 'Generate token secret (32 bytes, HS256)' : `Generate token secret (${n} bytes, ${n === 48 ? 'HS384' : 'HS512'})`,
    deterministic: false,
    isPreferred: i === 0,
    edits: () => [replaceValueEdit(w, generateTokenSecret(n))],
  }));
}

export function msg(en: string, zh: string): Message {
  return { en, 'zh-cn': zh };
}

/** Trims white space at both ends; `isBlank` in Java's sense (facts §1.3). */
export function isBlank(s: string | undefined): boolean {
  return s === undefined || s.trim() === '';
}


/** A short member name: the compose service, or the install folder of a bare-metal node (`node1/conf/…` → node1). */
export function nodeLabel(n: NacosNode, rel: (p: string) => string): string {
  if (n.service) return n.service;
  const parts = rel(n.path).split('/');
  parts.pop();
  if (parts[parts.length - 1] === 'conf') parts.pop();
  return parts.pop() ?? rel(n.path);
}

/**
 * Reports on every member whose compared value differs from another member's, relating to the others'
 * definitions. `value` must already be masked (a fingerprint) unless `plain` says it is not secret.
 * Linear in the members: values are bucketed, never compared pairwise; members fed by one shared line
 * get one finding there.
 */
export function clusterMismatch(
  ctx: ClusterContext,
  pick: (n: NacosNode) => { value: string; setting: EffectiveSetting },
  plain = false,
): void {
  const { cluster } = ctx;
  if (cluster.nodes.length < 2) return;
  const picked = cluster.nodes.map(n => ({ node: n, ...pick(n), where: undefined as unknown as { path: string; span: Span } }));
  const values = new Set(picked.map(p => p.value));
  if (values.size < 2) return;
  const show = (v: string) => (plain ? v : v.startsWith('invalid:') ? 'undecodable' : v.slice(0, 8));
  const byPlace = new Map<string, typeof picked>();
  for (const p of picked) {
    p.where = at(p.node, p.setting);
    const key = `${p.where.path}\u0000${p.where.span.start}\u0000${p.value}`;
    const list = byPlace.get(key);
    if (list) list.push(p); else byPlace.set(key, [p]);
  }
  const rel = ctx.relPath;
  for (const group of byPlace.values()) {
    const mine = group[0];
    const others = picked.filter(o => o.value !== mine.value);
    const label = (list: typeof picked) => {
      const names = [...new Set(list.map(o => nodeLabel(o.node, rel)))];
      return names.length > 5 ? `${names.slice(0, 5).join(', ')} (+${names.length - 5})` : names.join(', ');
    };
    ctx.report({
      messageId: 'mismatch',
      args: { node: label(group), mine: show(mine.value), others: label(others), cluster: cluster.name },
      ...mine.where,
      related: others.slice(0, 20).map(o => ({ ...o.where, messageId: 'other', args: { node: nodeLabel(o.node, rel), theirs: show(o.value) } })),
    });
  }
}
