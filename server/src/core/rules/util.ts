import type { EffectiveSetting, NacosNode, WrittenValue } from '../model/node';
import { setting } from '../model/node';
import { K, secretKeyFor } from '../nacos/keys';
import type { Message } from '../types';
import type { Fix, Span, TextEdit } from '../types';
import type { ClusterContext, NodeContext } from './types';
import type { LintSettings } from '../settings';
import { generateIdentityKey, generateIdentityValue, generateTokenSecret } from '../fixes/generate';
import { replaceValueEdit } from '../fixes/encode';
import { hasProjectDotEnv, isComposeLiteral, planEdits, planScope, propertyOf } from '../fixes/cluster';
import { type FixEnv, type SettingKind, type WritePlan } from '../fixes/types';
import { canonicalDecode, decodeSecret, decoderFor, type DecodeResult } from '../nacos/decoders';
import { isPublicIdentity, isPublicSecret } from '../nacos/knownValues';
import { authState } from '../model/authState';
import { estimateEntropyBits } from '../util/entropy';
import { CONTENT_WORDS, versionAtLeast, versionText, type VersionSource } from '../nacos/versions';

const SOURCE_WORDS: Record<VersionSource, string> = {
  target: 'after the upgrade',
  'image tag': 'from the image tag',
  'cluster setting': 'set for this cluster',
  'path setting': 'set for these files',
  setting: 'set in serverVersion',
  peers: 'as the other members of its cluster',
  content: CONTENT_WORDS,
  build: 'from the Dockerfile that builds the image',
  unknown: "the image's version is not known here",
  default: 'no version found, so the newest',
};

/**
 * "Nacos 3.2.3 (from the image tag)", "Nacos 1.2.0–1.4.0 (guessed from the keys this file has)": every
 * version-dependent message says which version it assumed and why, in words.
 */

/**
 * `decodeSecret(text, decoderFor(node's version))`, once per text and decoder in an analysis: five rules and the cluster
 * check decode every node's secret (the memo is the analysis's own, FixEnv.memo: it ends with the analysis).
 */
export function decodedSecret(env: FixEnv | undefined, text: string, node: NacosNode): DecodeResult {
  // Canonical Base64 decodes alike on every release: no question about the release, so a rule run on a version range
  // (engine/variants.ts) runs once for releases only the decoder told apart.
  const memo = env?.memo;
  let canon = memo?.get('canonicalSecret') as Map<string, DecodeResult | null> | undefined;
  if (memo && !canon) memo.set('canonicalSecret', (canon = new Map()));
  let c = canon?.get(text);
  if (c === undefined) { c = canonicalDecode(text) ?? null; canon?.set(text, c); }
  if (c) return c;
  const kind = decoderFor(node.version.version);
  if (!memo) return decodeSecret(text, kind);
  let m = memo.get('decodedSecret') as Map<string, DecodeResult> | undefined;
  if (!m) memo.set('decodedSecret', (m = new Map()));
  const key = `${kind}\u0000${text}`;
  let r = m.get(key);
  if (!r) m.set(key, (r = decodeSecret(text, kind)));
  return r;
}

export function versionLabel(node: NacosNode): string {
  return `Nacos ${versionText(node.version)} (${SOURCE_WORDS[node.version.from]})`;
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

/** Stands in for generated values when a fix's scope is computed (no secret is drawn for a title). */
const PLACEHOLDER = 'nacos-auth-lint-placeholder';

/** Any seed writes the setting as a literal in a compose file: the `.env` (`${VAR}`) variant applies (SPEC §8). */
function composeLiteral(env: FixEnv, seeds: readonly NacosNode[], kinds: readonly ('identityKey' | 'identityValue' | 'secret')[]): boolean {
  const pick = { identityKey, identityValue, secret };
  return seeds.some(n => kinds.some(k => isComposeLiteral(env, pick[k](n).written)));
}

/** The `.env` variant is preferred where the project already has a `.env` (the secret then stays out of the compose file). */
function preferDotEnv(env: FixEnv, seeds: readonly NacosNode[]): boolean {
  return seeds.some(n => hasProjectDotEnv(env, n));
}

/**
 * "Generate secure identity pair" for every member of the seeds' clusters in one edit (SPEC §8), preferred; in compose
 * files a second action puts the pair in the project `.env` and references it as `${VAR}` (preferred when the
 * project has a `.env` already).
 */
export function pairFixes(env: FixEnv, seeds: readonly NacosNode[], preferred = true): Fix[] {
  if (!seeds.some(n => writable(n, PAIR))) return [];
  const dotenvApplies = composeLiteral(env, seeds, ['identityKey', 'identityValue']);
  const dotenvFirst = dotenvApplies && preferDotEnv(env, seeds);
  const make = (mode: 'literal' | 'dotenv'): Fix => ({
    title: mode === 'literal' ? 'Generate secure identity pair' : 'Generate secure identity pair in the project .env (referenced as ${VAR})',
    deterministic: false,
    isPreferred: preferred && (mode === 'dotenv') === dotenvFirst,
    edits: () => {
      const key = generateIdentityKey();
      const value = generateIdentityValue();
      return planEdits(env, seeds, { kinds: PAIR, value: (_, k) => (k === 'identityKey' ? key : value), mode });
    },
    scope: once(() => planScope(env, seeds, { kinds: PAIR, value: () => PLACEHOLDER, mode })),
  });
  if (!dotenvApplies) return [make('literal')];
  return dotenvFirst ? [make('dotenv'), make('literal')] : [make('literal'), make('dotenv')];
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
    scope: once(() => planScope(env, seeds, { kinds: PAIR, value: (_, k) => (k === 'identityKey' ? key : PLACEHOLDER), skipEqual: true })),
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

/**
 * "Generate token secret" (32 bytes preferred, 48 and 64 as alternatives), standard Base64, for every member. Where a
 * member writes the secret as a compose literal, the 32-byte secret also comes in the project `.env` (`${VAR}`), the
 * preferred form when the project has a `.env` already; the longer ones follow the preferred form.
 */
export function secretFixes(env: FixEnv, seeds: readonly NacosNode[]): Fix[] {
  if (!seeds.some(n => writable(n, ['secret']))) return [];
  const dotenvApplies = composeLiteral(env, seeds, ['secret']);
  const first: 'literal' | 'dotenv' = dotenvApplies && preferDotEnv(env, seeds) ? 'dotenv' : 'literal';
  const make = (n: 32 | 48 | 64, mode: 'literal' | 'dotenv', preferred: boolean): Fix => ({
    title: `${n === 32 ? 'Generate token secret (32 bytes, HS256)' : `Generate token secret (${n} bytes, ${n === 48 ? 'HS384' : 'HS512'})`}${mode === 'dotenv' ? ' in the project .env (referenced as ${VAR})' : ''}`,
    deterministic: false,
    isPreferred: preferred,
    edits: () => {
      const value = generateTokenSecret(n);
      return planEdits(env, seeds, { kinds: ['secret'], value: () => value, mode });
    },
    scope: once(() => planScope(env, seeds, { kinds: ['secret'], value: () => PLACEHOLDER, mode })),
  });
  const fixes = [make(32, first, true)];
  if (dotenvApplies) fixes.push(make(32, first === 'dotenv' ? 'literal' : 'dotenv', false));
  fixes.push(make(48, first, false), make(64, first, false));
  return fixes;
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
    scope: once(() => planScope(env, [source], { kinds: PAIR, value: (_, k) => (k === 'identityKey' ? key! : value!), skipEqual: true })),
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
  const r = decodedSecret(env, text, source);
  const bytes = r.bytes;
  if (!bytes || bytes.length < settings.minSecretBytes || isPublicSecret(text, bytes, settings.knownValues)) return undefined;
  const canonical = Buffer.from(bytes).toString('base64');
  const same = (b: Uint8Array | undefined) => !!b && b.length === bytes.length && b.every((x, i) => x === bytes[i]);
  const plan: WritePlan = {
    kinds: ['secret'],
    value: m => (same(decodedSecret(env, text, m).bytes) ? text : canonical),
    reconcile: () => canonical,
    skipEqual: true,
  };
  return {
    title: `Use ${label}'s token secret everywhere`,
    deterministic: false,
    edits: () => planEdits(env, [source], plan),
    scope: once(() => planScope(env, [source], plan)),
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


/** Folder names that say nothing about which node a file belongs to. */
const GENERIC_FOLDERS = new Set([
  'conf', 'config', 'configs', 'configuration', 'nacos', 'nacos-server', 'resources', 'src', 'main', 'java', 'target',
  'classes', 'docker', 'compose', 'deploy', 'deployment', 'etc', 'bin', 'home', 'build', 'data', 'init.d', 'server',
  'servers', 'app', 'opt', 'usr', 'local', '.', '',
]);

/**
 * A short member name: the compose service, or the nearest meaningful folder of a bare-metal node (`node1/conf/…` →
 * node1, `shop/nacos/conf/…` → shop), never a generic one (`nacos`, `conf`, `resources`); the relative path when no
 * folder says more.
 */
export function nodeLabel(n: { path: string; service?: string }, rel: (p: string) => string): string {
  if (n.service) return n.service;
  const path = rel(n.path);
  const parts = path.split('/');
  parts.pop();
  for (let i = parts.length - 1; i >= 0; i--) if (!GENERIC_FOLDERS.has(parts[i].toLowerCase())) return parts[i];
  return path;
}

/** What a cluster rule compares for one member. */
export interface Compared {
  /** Members with equal keys agree. Held in memory only: never shown, never in a finding. */
  key: string;
  setting: EffectiveSetting;
}

export type ComparedMember = Compared & { node: NacosNode };
type Picked = ComparedMember & { where: { path: string; span: Span }; label: string };

/**
 * One cause, one finding, in the right place (issue 19 #3, #4): members are grouped by value (linear: never compared
 * pairwise); when one value is held by more members than any other, only the members that differ from it are
 * reported, each at the definition that differs, saying *what* differs (`describe`: words, never a value or a hash of
 * one) and relating to the majority's definitions. Without a majority every group is reported against the others.
 * Members fed by one shared line get one finding there.
 */
export function clusterMismatch(
  ctx: ClusterContext,
  pick: (n: NacosNode) => Compared | undefined,
  describe: (mine: ComparedMember, theirs: ComparedMember) => Message,
  fixes?: (members: NacosNode[], label: string) => Fix[],
): void {
  const { cluster } = ctx;
  if (cluster.nodes.length < 2) return;
  const rel = ctx.relPath;
  // A member whose value is unknown here (the caller's environment) is compared with nobody.
  const compared: [Compared, NacosNode][] = [];
  for (const n of cluster.nodes) {
    const p = pick(n);
    if (p && !p.setting.unknown) compared.push([p, n]);
  }
  // Members that agree (most clusters) need no places or labels.
  if (compared.length < 2 || compared.every(([p]) => p.key === compared[0][0].key)) return;
  const picked: Picked[] = compared.map(([p, n]) => ({ ...p, node: n, where: at(n, p.setting), label: nodeLabel(n, rel) }));
  const byKey = new Map<string, Picked[]>();
  for (const p of picked) {
    const list = byKey.get(p.key);
    if (list) list.push(p); else byKey.set(p.key, [p]);
  }
  if (byKey.size < 2) return;
  const groups = [...byKey.values()];
  // The majority counts members (labels), not definitions: two services reading one env file are two members.
  const sized = groups.map(g => ({ g, n: new Set(g.map(p => p.label)).size })).sort((x, y) => y.n - x.n);
  const majority = sized[0].n > sized[1].n ? sized[0].g : undefined;

  const names = (labels: string[], total: number) => (total > 5 ? `${labels.slice(0, 5).join(', ')} (+${total - 5})` : labels.join(', '));
  const distinct = (list: Picked[]) => [...new Set(list.map(p => p.label))];
  // The first members in order (enough for 5 names and 20 related entries whatever one group takes from them).
  const allLabels = distinct(picked);
  type Related = NonNullable<Parameters<ClusterContext['report']>[0]['related']>;
  const relatedOf = (list: Picked[]): Related => list.slice(0, 20).map(o => ({ ...o.where, messageId: 'other', args: { node: o.label } }));
  const majorityLabels = majority && distinct(majority);
  const majorityInfo = majority && { others: names(majorityLabels!, majorityLabels!.length), related: relatedOf(firstPlaces(majority, () => true, 20)), places: placesOf(majority) };

  for (const group of groups) {
    if (group === majority) continue;
    const mine = new Set(group.map(p => p.label));
    let others: string, related: Related, against: ComparedMember, otherPlaces: Set<string> | undefined;
    if (majorityInfo) {
      ({ others, related } = majorityInfo);
      against = majority![0];
      otherPlaces = majorityInfo.places;
    } else {
      const rest: string[] = [];
      for (const l of allLabels) {
        if (mine.has(l)) continue;
        rest.push(l);
        if (rest.length === 5) break;
      }
      others = names(rest, allLabels.length - mine.size);
      const firstOther = picked.find(p => p.key !== group[0].key)!;
      against = firstOther;
      related = relatedOf(firstPlaces(picked, p => p.key !== group[0].key, 20));
      otherPlaces = groups.length === 2 ? placesOf(groups.find(g => g !== group)!) : undefined;
    }
    const difference = describe(group[0], against);
    const byPlace = new Map<string, Picked[]>();
    for (const p of group) {
      const k = placeKey(p.where);
      const list = byPlace.get(k);
      if (list) list.push(p); else byPlace.set(k, [p]);
    }
    for (const at_ of byPlace.values()) {
      const first = at_[0];
      ctx.report({
        messageId: 'mismatch',
        args: { node: names(distinct(at_), distinct(at_).length), others, difference, cluster: cluster.name },
        ...first.where,
        related,
        fixes: withOverrideRemoval(at_, otherPlaces, fixes ? fixes(at_.map(g => g.node), first.label) : undefined),
      });
    }
  }
}

const placeKey = (w: { path: string; span: Span }) => `${w.path}\u0000${w.span.start}`;
const placesOf = (list: Picked[]) => new Set(list.map(p => placeKey(p.where)));
/** The first `n` members (in order) that `keep` accepts, one per place. */
function firstPlaces(list: Picked[], keep: (p: Picked) => boolean, n: number): Picked[] {
  const seen = new Set<string>();
  const out: Picked[] = [];
  for (const p of list) {
    if (!keep(p)) continue;
    const k = placeKey(p.where);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(p);
    if (out.length === n) break;
  }
  return out;
}

/**
 * "Remove this override (use the shared file)": the members of `group` override, in their compose `environment:`,
 * the env-file definition every other member reads. Deleting the override is the fix (no new secret, one line),
 * offered first and preferred.
 */
function withOverrideRemoval(
  group: { node: NacosNode; setting: EffectiveSetting; where: { path: string; span: Span } }[],
  shared: Set<string> | undefined,
  fixes: Fix[] | undefined,
): Fix[] | undefined {
  if (!shared || shared.size !== 1) return fixes;
  const deletes: TextEdit[] = [];
  for (const g of group) {
    const w = g.setting.written;
    const ev = w ? g.node.env?.get(w.name) : undefined;
    if (!w || !ev || w.fileKind !== 'compose' || ev.path !== w.path || ev.via !== 'environment') return fixes;
    if (!ev.overridden.some(d => d.via === 'env_file' && shared.has(`${d.path}\u0000${d.span.start}`))) return fixes;
    deletes.push({ path: ev.path, span: lineOf(ev.entrySpan, w.deleteSpan), newText: '' });
  }
  const remove: Fix = { title: 'Remove this override (use the shared file)', deterministic: false, isPreferred: true, edits: () => deletes };
  return [remove, ...(fixes ?? []).map(f => ({ ...f, isPreferred: false }))];
}

/** The whole definition to delete: the setting's own delete span when known, else its entry. */
function lineOf(entry: Span, del: Span | undefined): Span {
  return del ?? entry;
}

/** A function computed on first call and remembered (a fix's scope is asked for each time its action is listed). */
function once<T>(fn: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) { value = fn(); done = true; }
    return value;
  };
}

/** The identity value's strength bar (identity-weak-value): at least this many characters and bits of entropy. */
export const IDENTITY_VALUE_MIN = { length: 16, bits: 64 } as const;

/** Is this identity value easy to guess (short, or low estimated entropy)? */
export function guessableIdentityValue(v: string): boolean {
  return [...v].length < IDENTITY_VALUE_MIN.length || estimateEntropyBits(v).bits < IDENTITY_VALUE_MIN.bits;
}
