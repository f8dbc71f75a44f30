import type { EffectiveSetting, NacosNode, WrittenValue } from '../model/node';
import { setting } from '../model/node';
import { K, secretKeyFor } from '../nacos/keys';
import type { Message } from '../types';
import type { Fix, Span, TextEdit } from '../types';
import type { ClusterContext, NodeContext } from './types';
import type { LintSettings } from '../settings';
import { generateIdentityKey, generateIdentityValue, generateTokenSecret } from '../fixes/generate';
import { replaceValueEdit } from '../fixes/encode';
import { isComposeLiteral, planEdits, propertyOf } from '../fixes/cluster';
import { type FixEnv, type SettingKind } from '../fixes/types';
import { decodeSecret, decoderFor } from '../nacos/decoders';
import { isPublicIdentity, isPublicSecret } from '../nacos/knownValues';
import { authState } from '../model/authState';
import { versionAtLeast } from '../nacos/versions';

/** "Nacos 3.2.3 (image tag)": every version-dependent message says which version it assumed and why. */
export function versionLabel(node: NacosNode): string {
  return `Nacos ${node.version.version.text} (${node.version.from})`;
}

/**
 * Where a value nobody wrote comes from, by name: the image's own application.properties
 * (`nacos/nacos-server:v2.0.4`), or the application.properties embedded in the jar / the code (`nacos-server 2.0.4`);
 * undefined when the user wrote it.
 */
export function defaultSourceName(node: NacosNode, s: EffectiveSetting): string | undefined {
  if (s.written) return undefined;
  if (s.origin === 'jar-default' || s.origin === 'code-default') return `nacos-server ${node.version.version.text}`;
  if (s.origin === 'conf-file' && node.container && !node.container.mountedConf) {
    return `nacos/nacos-server:${node.container.tag || 'latest'}`;
  }
  return undefined;
}

/**
 * When a bad token secret hurts this node (audit-plan §1.2): `startup` (the server does not start), `login` (≤ 2.1.x:
 * it starts, logins fail), or latent — not checked with these switches; `latentTiming` is what happens once
 * authentication is enabled.
 */
export function secretConsequence(node: NacosNode): { timing: 'startup' | 'login' | 'latent'; latentTiming: 'startup' | 'login' } {
  const r = authState(node).secret;
  const latentTiming = versionAtLeast(node.version.version, '2.2.0') ? 'startup' : 'login';
  if (!r.required) return { timing: 'latent', latentTiming };
  return { timing: r.timing === 'login' ? 'login' : 'startup', latentTiming };
}

/** The related note `hashNote` points with (every rule that uses it lists it among its messages). */
export const HASH_NOTE = msg("'#' here is part of the value: .properties files have no end-of-line comments, so the server reads the whole rest of the line.",
  "这里的 '#' 是值的一部分：.properties 文件没有行尾注释，服务端会读取这一行剩下的全部内容。");

/**
 * A value written in a `.properties` file with ` #` in it: the text after it is not a comment (issue 14 #10). A related
 * note at the '#', so the finding the value gets says so.
 */
export function hashNote(s: EffectiveSetting | undefined): { path: string; span: Span; messageId: string }[] {
  const w = s?.written;
  if (!w || w.fileKind !== 'properties' || !w.offsets || s.value === undefined) return [];
  const m = /[ \t]#/.exec(s.value);
  if (!m || m.index + 2 >= w.offsets.length) return [];
  const i = m.index + 1;
  return [{ path: w.path, span: { start: w.offsets[i], end: w.offsets[i + 1] }, messageId: 'hashInValue' }];
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

/** Sets a written value, exact for the file kind and form (fixes/encode.ts). */
export function setValue(ctx: { fixEnv: FixEnv }, w: WrittenValue, value: string): TextEdit {
  return replaceValueEdit(w, value, ctx.fixEnv.read(w.path));
}

const PAIR: readonly SettingKind[] = ['identityKey', 'identityValue'];

/** Somewhere to write the kinds: not a Helm-rendered container whose values come from no values line (its templates
 *  are not edited, and a default of the image has no line to change). */
function writable(n: NacosNode, kinds: readonly SettingKind[]): boolean {
  if (!n.k8s || n.k8s.editable) return true;
  return kinds.some(k => setting(n, propertyOf(n, k)).written?.literal === true);
}

/**
 * "Generate secure identity pair" for every member of the seeds' clusters in one edit (SPEC §8), preferred; in compose
 * files a second action puts the pair in the project `.env` and references it as `${VAR}`.
 */
export function pairFixes(env: FixEnv, seeds: readonly NacosNode[], preferred = true): Fix[] {
  if (!seeds.some(n => writable(n, PAIR))) return [];
  const make = (mode: 'literal' | 'dotenv'): Fix => ({
    title: mode === 'literal' ? 'Generate secure identity pair' : 'Generate secure identity pair in the project .env (referenced as ${VAR})',
    deterministic: false,
    isPreferred: preferred && mode === 'literal',
    edits: () => {
      const key = generateIdentityKey();
      const value = generateIdentityValue();
      return planEdits(env, seeds, { kinds: PAIR, value: (_, k) => (k === 'identityKey' ? key : value), mode });
    },
  });
  const fixes = [make('literal')];
  if (seeds.some(n => isComposeLiteral(env, identityKey(n).written) || isComposeLiteral(env, identityValue(n).written))) fixes.push(make('dotenv'));
  return fixes;
}

/**
 * A fresh identity value that keeps this node's key, for every member (members with another key or none get this
 * key, so the cluster ends up with one pair). Only when the key itself is fine to keep.
 */
export function valueFix(env: FixEnv, seeds: readonly NacosNode[], settings: LintSettings, preferred = false): Fix | undefined {
  const key = identityKey(seeds[0]).value;
  if (!key || key.trim() !== key || !HEADER_TOKEN.test(key) || isPublicIdentity(key, '', settings.knownValues)) return undefined;
  return {
    title: 'Generate secure identity value (keep the key)',
    deterministic: false,
    isPreferred: preferred,
    edits: () => {
      const value = generateIdentityValue();
      return planEdits(env, seeds, { kinds: PAIR, value: (_, k) => (k === 'identityKey' ? key : value), skipEqual: true });
    },
  };
}

const HEADER_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** The node rules' pair fixes (kept for rules that want one fix). */
export function generatePairFix(ctx: NodeContext): Fix | undefined {
  return pairFixes(ctx.fixEnv, [ctx.node])[0];
}

export function generateValueFix(ctx: NodeContext): Fix | undefined {
  return valueFix(ctx.fixEnv, [ctx.node], ctx.settings, true);
}

/** "Generate token secret" (32 bytes preferred, 48 and 64 as alternatives), standard Base64, for every member. */
export function secretFixes(env: FixEnv, seeds: readonly NacosNode[]): Fix[] {
  if (!seeds.some(n => writable(n, ['secret']))) return [];
  return ([32, 48, 64] as const).map((n, i) => ({
    title: i === 0 ? 'Generate token secret (32 bytes, HS256)' : `Generate token secret (${n} bytes, ${n === 48 ? 'HS384' : 'HS512'})`,
    deterministic: false,
    isPreferred: i === 0,
    edits: () => {
      const value = generateTokenSecret(n);
      return planEdits(env, seeds, { kinds: ['secret'], value: () => value });
    },
  }));
}

export function generateSecretFixes(ctx: NodeContext): Fix[] {
  return secretFixes(ctx.fixEnv, [ctx.node]);
}

/** A pair worth copying: nothing another rule reports as an error (blank, published, not a header, padded). */
export function copyableIdentity(key: string | undefined, value: string | undefined, settings: LintSettings): boolean {
  if (!key || !value || key.trim() !== key || value.trim() !== value) return false;
  if (!HEADER_TOKEN.test(key) || /[\x00-\x1f\x7f]|[^\x00-\x7f]/.test(value)) return false;
  return !isPublicIdentity(key, value, settings.knownValues);
}

/** "Use <node>'s identity pair everywhere": copies the source member's pair to the members that differ. */
export function copyPairFix(env: FixEnv, source: NacosNode, label: string, settings: LintSettings): Fix | undefined {
  const key = identityKey(source).value;
  const value = identityValue(source).value;
  if (!copyableIdentity(key, value, settings)) return undefined;
  return {
    title: `Use ${label}'s identity pair everywhere`,
    deterministic: false,
    edits: () => planEdits(env, [source], { kinds: PAIR, value: (_, k) => (k === 'identityKey' ? key! : value!), skipEqual: true }),
  };
}

/**
 * "Use <node>'s token secret everywhere": the same key bytes on every member. The text is copied where a member's
 * version decodes it to the same bytes; elsewhere (2.2.1–2.2.4 vs other versions, facts §1.6) the canonical Base64
 * of the source's bytes is written, which every decoder reads alike.
 */
export function copySecretFix(env: FixEnv, source: NacosNode, label: string, settings: LintSettings): Fix | undefined {
  const text = secret(source).value;
  if (!text) return undefined;
  const r = decodeSecret(text, decoderFor(source.version.version));
  const bytes = r.bytes;
  if (!bytes || bytes.length < settings.minSecretBytes || isPublicSecret(text, bytes, settings.knownValues)) return undefined;
  const canonical = Buffer.from(bytes).toString('base64');
  const same = (b: Uint8Array | undefined) => !!b && b.length === bytes.length && b.every((x, i) => x === bytes[i]);
  return {
    title: `Use ${label}'s token secret everywhere`,
    deterministic: false,
    edits: () => planEdits(env, [source], {
      kinds: ['secret'],
      value: m => (same(decodeSecret(text, decoderFor(m.version.version)).bytes) ? text : canonical),
      reconcile: () => canonical,
      skipEqual: true,
    }),
  };
}

/** `[fix]` or `[]`. */
export function optional<T>(x: T | undefined): T[] {
  return x === undefined ? [] : [x];
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
 * Linear in the members: members are grouped by place and by value, never compared pairwise; what a finding says
 * about "the others" depends only on its value, so it is computed once per value; members fed by one shared line
 * get one finding there.
 */
export function clusterMismatch(
  ctx: ClusterContext,
  pick: (n: NacosNode) => { value: string; setting: EffectiveSetting } | undefined,
  plain = false,
  fixes?: (members: NacosNode[], label: string) => Fix[],
): void {
  const { cluster } = ctx;
  if (cluster.nodes.length < 2) return;
  const rel = ctx.relPath;
  type Picked = { node: NacosNode; value: string; setting: EffectiveSetting; where: { path: string; span: Span }; label: string; index: number };
  // A member whose value is unknown here (the caller's environment) is compared with nobody.
  const picked: Picked[] = [];
  for (const n of cluster.nodes) {
    const p = pick(n);
    if (p && !p.setting.unknown) picked.push({ node: n, ...p, where: at(n, p.setting), label: nodeLabel(n, rel), index: picked.length });
  }
  if (picked.length < 2) return;
  const byValue = new Map<string, Picked[]>();
  for (const p of picked) {
    const list = byValue.get(p.value);
    if (list) list.push(p); else byValue.set(p.value, [p]);
  }
  if (byValue.size < 2) return;
  const show = (v: string) => (plain ? v : v.startsWith('invalid:') ? 'undecodable' : v.slice(0, 8));
  const byPlace = new Map<string, Picked[]>();
  for (const p of picked) {
    const key = `${p.where.path}\u0000${p.where.span.start}\u0000${p.value}`;
    const list = byPlace.get(key);
    if (list) list.push(p); else byPlace.set(key, [p]);
  }
  const names = (list: string[], total: number) => (total > 5 ? `${list.slice(0, 5).join(', ')} (+${total - 5})` : list.join(', '));

  // The distinct labels in member order, each with where it first occurs under another value than its first one's:
  // the labels of the members whose value is not v, in order, are those whose first value is not v (at their first
  // place) and those whose first value is v but that occur under another value too (at that later place).
  type LabelInfo = { label: string; first: number; firstValue: string; other: number };
  const labels = new Map<string, LabelInfo>();
  for (const p of picked) {
    const l = labels.get(p.label);
    if (!l) labels.set(p.label, { label: p.label, first: p.index, firstValue: p.value, other: -1 });
    else if (p.value !== l.firstValue && l.other < 0) l.other = p.index;
  }
  const ordered = [...labels.values()];
  const firstValued = new Map<string, LabelInfo[]>();
  for (const l of ordered) {
    const list = firstValued.get(l.firstValue);
    if (list) list.push(l); else firstValued.set(l.firstValue, [l]);
  }
  /** Labels of the members whose value is not `v`: the first five in member order, and how many there are. */
  const othersLabel = (v: string): string => {
    const mine = firstValued.get(v) ?? [];
    const later = mine.filter(l => l.other >= 0).sort((a, b) => a.other - b.other);
    const out: string[] = [];
    let i = 0, j = 0;
    while (out.length < 5 && (i < ordered.length || j < later.length)) {
      while (i < ordered.length && ordered[i].firstValue === v) i++;
      const a = i < ordered.length ? ordered[i] : undefined;
      const b = j < later.length ? later[j] : undefined;
      if (!a && !b) break;
      if (a && (!b || a.first < b.other)) { out.push(a.label); i++; } else { out.push(b!.label); j++; }
    }
    const total = ordered.length - mine.length + later.length;
    return names(out, total);
  };
  type Related = NonNullable<Parameters<ClusterContext['report']>[0]['related']>;
  const related = (list: Picked[]): Related => list.map(r => ({ ...r.where, messageId: 'other', args: { node: r.label, theirs: show(r.value) } }));
  // The first 20 members whose value is not v, in member order. For a value none of the first 21 members has, that
  // is the first 20 members: one list shared by every such finding (5,000 distinct values would otherwise hold
  // 100,000 related entries).
  const head = picked.slice(0, 21);
  const headValues = new Set(head.map(p => p.value));
  const common = related(head.slice(0, 20));
  /** Scans past the members of value `v` at most: linear over all values. */
  const othersRelated = (v: string): Related => {
    if (!headValues.has(v)) return common;
    const out: Picked[] = [];
    for (const p of picked) {
      if (p.value === v) continue;
      out.push(p);
      if (out.length === 20) break;
    }
    return related(out);
  };
  const perValue = new Map<string, { others: string; related: Related }>();
  for (const group of byPlace.values()) {
    const mine = group[0];
    let o = perValue.get(mine.value);
    if (!o) { o = { others: othersLabel(mine.value), related: othersRelated(mine.value) }; perValue.set(mine.value, o); }
    const groupLabels = [...new Set(group.map(g => g.label))];
    ctx.report({
      messageId: 'mismatch',
      args: { node: names(groupLabels, groupLabels.length), mine: show(mine.value), others: o.others, cluster: cluster.name },
      ...mine.where,
      // Shared between the findings of one value (read-only, as every report's related list).
      related: o.related,
      fixes: fixes ? fixes(group.map(g => g.node), mine.label) : undefined,
    });
  }
}
