// Completion: auth property names (and their switch values) in properties files, image variable names in a compose
// service's `environment:` and in env files. Pure: text + offset + the latest analysis (for the assumed version).
import { Redactor } from '../util/mask';
import { textSecrets } from '../model/secrets';
import type { AnalysisResult } from '../model/analysis';
import type { LintSettings, Locale } from '../settings';
import type { Span } from '../types';
import type { NacosNode } from '../model/node';
import { classify } from '../syntax/files';
import { lineIndexFor } from '../util/positions';
import { parseProperties } from '../syntax/properties/parser';
import { assumeVersion } from '../model/effective';
import { K, TOKEN_SECRET_PROPERTIES } from '../nacos/keys';
import { AUTH_PLUGIN_TYPES, authProperty } from '../nacos/authProperties';
import { imageEnvMappings } from '../nacos/imageEnv';
import type { AssumedVersion, NacosVersion } from '../nacos/versions';
import {
  allAuthProperties, code, describeProperty, envMappingsOverVersions, imageAuthEnvNames, md, propertiesOfEnv,
  propertyFacts, requiredSince,
} from './authDocs';

export interface CompletionRequest {
  path: string;
  text: string;
  offset: number;
  result: AnalysisResult | undefined;
  settings: LintSettings;
}

export interface CompletionEntry {
  label: string;
  kind: 'property' | 'variable' | 'value';
  /** One line: type and the versions it applies to. */
  detail: string;
  /** Markdown. */
  documentation: string;
  insertText: string;
  /** The text the item replaces (the partly typed word). */
  replace: Span;
  sortText: string;
  /** Not read by the assumed version (shown struck through). */
  deprecated?: boolean;
  /**
   * A value drawn when the item is picked (crypto.randomBytes), never listed: the item inserts nothing itself and the
   * editor asks for the value (completionItem/resolve), inserted at `replace.start`.
   */
  generate?: GeneratedValue;
}

export type GeneratedValue = 'tokenSecret' | 'identityValue' | 'identityKey';

const T = {
  en: {
    readBy: 'Nacos {range}',
    notReadBy: 'not read by Nacos {v}',
    ignoredBy: 'ignored by Nacos {v}',
    assumed: 'Assumed Nacos {v} ({detail}).',
    defaultIs: 'Default: {value}',
    image: 'images {range}',
    imageNotRead: 'not read by image {v}',
    sets: 'Sets {prop} (images {images}).',
    setsDefine: 'Sets {prop} as a -D flag (images {images}).',
    required: 'Required by the entrypoint of images {range} (exit 255 when unset or empty).',
    plugin: 'Auth plugin {name}',
    genSecret: 'generate 32 random bytes (Base64)',
    genSecretDoc: 'A new token secret: 32 bytes from a cryptographic random source, standard Base64 (HS256). Drawn when you pick it; use the same value on every member of the cluster.',
    genValue: 'generate identity value',
    genValueDoc: 'A new identity value: 32 random bytes, Base64url (43 characters). Drawn when you pick it; use the same pair on every member of the cluster.',
    genKey: 'generate identity key',
    genKeyDoc: 'A new identity key: nacos-identity- and 8 random hex digits (a valid header name).',
    generated: 'generated when picked',
  },
  'zh-cn': {
    readBy: 'Nacos {range}',
    notReadBy: 'Nacos {v} 不读取',
    ignoredBy: 'Nacos {v} 会忽略',
    assumed: '假定 Nacos {v}（{detail}）。',
    defaultIs: '默认值：{value}',
    image: '镜像 {range}',
    imageNotRead: '镜像 {v} 不读取',
    sets: '设置 {prop}（镜像 {images}）。',
    setsDefine: '以 -D 参数设置 {prop}（镜像 {images}）。',
    required: '镜像 {range} 的启动脚本要求此变量（未设置或为空时以 255 退出）。',
    plugin: '鉴权插件 {name}',
    genSecret: '生成 32 个随机字节（Base64）',
    genSecretDoc: '新的令牌密钥：来自密码学安全随机源的 32 个字节，标准 Base64（HS256）。选中时才生成；集群中的每个成员请使用相同的值。',
    genValue: '生成身份标识值',
    genValueDoc: '新的身份标识值：32 个随机字节，Base64url（43 个字符）。选中时才生成；集群中的每个成员请使用相同的身份标识对。',
    genKey: '生成身份标识键',
    genKeyDoc: '新的身份标识键：nacos-identity- 加 8 位随机十六进制数（合法的请求头名称）。',
    generated: '选中时生成',
  },
} satisfies Record<Locale, Record<string, string>>;

/** Completion texts per locale; exported for the translation test. */
export const COMPLETION_MESSAGES = T;

function t(locale: Locale, key: keyof typeof T.en, args: Record<string, string> = {}): string {
  return (T[locale] ?? T.en)[key].replace(/\{(\w+)\}/g, (m, k: string) => args[k] ?? m);
}

/** Characters after which the client should ask again. */
export const COMPLETION_TRIGGERS = ['.', '_', '=', ':'];

export function completionsAt(req: CompletionRequest): CompletionEntry[] {
  const kind = classify(req.path, req.text);
  const list = kind === 'properties' ? propertiesCompletions(req) : kind === 'compose' ? composeCompletions(req) : kind === 'env' ? envFileCompletions(req) : [];
  if (!list.length) return list;
  // Details quote the version's evidence (a line such as `key\=value`): through the secrets of the run and the text.
  const secrets = Redactor.union([...(req.result ? [req.result.secrets] : []), new Redactor(textSecrets(req.text))]);
  return list.map(e => {
    const detail = secrets.redact(e.detail), documentation = secrets.redact(e.documentation);
    return detail === e.detail && documentation === e.documentation ? e : { ...e, detail, documentation };
  });
}

interface LineCtx {
  line: number;
  start: number;
  end: number;
  before: string;
  after: string;
  lines: (i: number) => string;
  count: number;
}

function lineCtx(req: CompletionRequest): LineCtx {
  const idx = lineIndexFor(req.path, req.text);
  const line = idx.position(req.offset).line;
  const start = idx.lineStart(line);
  const end = idx.lineEnd(line);
  return {
    line, start, end,
    before: req.text.slice(start, req.offset),
    after: req.text.slice(req.offset, end),
    lines: i => req.text.slice(idx.lineStart(i), idx.lineEnd(i)),
    count: idx.lineCount,
  };
}

// ---- properties -----------------------------------------------------------------------------------------------------

function propertiesVersion(req: CompletionRequest, keys: string[]): AssumedVersion {
  const n = req.result?.nodes.find(x => x.kind === 'properties' && x.path === req.path)
    ?? req.result?.nodes.find(x => x.container !== undefined && x.inputs.includes(req.path));
  return n?.version ?? assumeVersion(req.settings, keys);
}

function propertiesCompletions(req: CompletionRequest): CompletionEntry[] {
  const c = lineCtx(req);
  // A continuation line belongs to the previous key's value.
  if (c.line > 0) {
    const prev = c.lines(c.line - 1);
    if (!/^\s*[#!]/.test(prev) && /(?:^|[^\\])(?:\\\\)*\\$/.test(prev)) return [];
  }
  const lead = /^[ \t\f]*/.exec(c.before)![0];
  const rest = c.before.slice(lead.length);
  if (rest.startsWith('#') || rest.startsWith('!')) return [];
  const locale = req.settings.locale;
  const props = parseProperties(req.text);
  const version = propertiesVersion(req, props.entries.map(e => e.key));
  const v = version.version;

  if (/^[^=:\s\\]*$/.test(rest)) {
    const tail = /^[^=:\s]*/.exec(c.after)![0];
    const replace = { start: c.start + lead.length, end: req.offset + tail.length };
    const hasSeparator = /^[^=:\s]*[ \t]*[=:]/.test(c.after);
    const present = new Set(props.entries.filter(e => e.line !== c.line).map(e => e.key));
    const out: CompletionEntry[] = [];
    allAuthProperties().forEach((p, i) => {
      if (present.has(p.key)) return;
      const f = propertyFacts(p.key, v)!;
      const status = f.status ?? 'read';
      const detailParts = [p.type, t(locale, 'readBy', { range: f.read })];
      if (status === 'unknown') detailParts.push(t(locale, 'notReadBy', { v: v.text }));
      if (status === 'ignored') detailParts.push(t(locale, 'ignoredBy', { v: v.text }));
      out.push({
        label: p.key,
        kind: 'property',
        detail: detailParts.join(' · '),
        documentation: propertyDoc(p.key, v, version, locale),
        insertText: hasSeparator ? p.key : `${p.key}=`,
        replace,
        sortText: `${status === 'read' ? 0 : status === 'ignored' ? 1 : 2}${String(i).padStart(3, '0')}`,
        ...(status === 'read' ? {} : { deprecated: true }),
      });
    });
    return out;
  }

  // Value position: switch values and plugin names.
  const m = /^([^=:\s]+)[ \t\f]*[=:]?[ \t\f]*/.exec(rest);
  if (!m) return [];
  const key = m[1];
  const valueStart = c.start + lead.length + m[0].length;
  if (req.offset < valueStart) return [];
  const tail = /^\S*/.exec(c.after)![0];
  const replace = { start: valueStart, end: req.offset + tail.length };
  return [...valueItems(key, v, locale), ...generateItems([key], locale)].map((x, i) => ({ ...x, replace, sortText: String(i) }));
}

/** "generate 32 random bytes (Base64)" after a token secret, "generate identity value/key" after the identity pair. */
function generateItems(properties: string[], locale: Locale): Omit<CompletionEntry, 'replace' | 'sortText'>[] {
  const make = (generate: GeneratedValue, label: 'genSecret' | 'genValue' | 'genKey', doc: 'genSecretDoc' | 'genValueDoc' | 'genKeyDoc') =>
    ({ label: t(locale, label), kind: 'value' as const, detail: t(locale, 'generated'), documentation: t(locale, doc), insertText: '', generate });
  if (properties.some(p => TOKEN_SECRET_PROPERTIES.has(p))) return [make('tokenSecret', 'genSecret', 'genSecretDoc')];
  if (properties.includes(K.identityValue)) return [make('identityValue', 'genValue', 'genValueDoc')];
  if (properties.includes(K.identityKey)) return [make('identityKey', 'genKey', 'genKeyDoc')];
  return [];
}

function valueItems(key: string, v: NacosVersion, locale: Locale): Omit<CompletionEntry, 'replace' | 'sortText'>[] {
  const p = authProperty(key);
  if (!p) return [];
  if (p.type === 'boolean') {
    return ['true', 'false'].map(b => ({ label: b, kind: 'value' as const, detail: 'boolean', documentation: md(describeProperty(key, locale) ?? ''), insertText: b }));
  }
  if (key === K.systemType) {
    return AUTH_PLUGIN_TYPES(v).map(name => ({ label: name, kind: 'value' as const, detail: t(locale, 'plugin', { name }), documentation: md(describeProperty(key, locale) ?? ''), insertText: name }));
  }
  return [];
}

function propertyDoc(key: string, v: NacosVersion, version: AssumedVersion, locale: Locale): string {
  const parts: string[] = [];
  const desc = describeProperty(key, locale);
  if (desc) parts.push(md(desc));
  const f = propertyFacts(key, v);
  if (f) {
    const plain = f.type === 'boolean' || f.type === 'long' || key === K.systemType;
    const def = f.codeDefault;
    // Only switches and numbers show their default; secrets never show a value.
    if (plain && def !== undefined && def !== '') parts.push(t(locale, 'defaultIs', { value: code(def) }));
  }
  parts.push(`_${t(locale, 'assumed', { v: v.text, detail: md(version.detail) })}_`);
  return parts.join('\n\n');
}

// ---- compose and env files --------------------------------------------------------------------------------------------

const BOOLEAN_ENV = (name: string) => propertiesOfEnv(name).some(p => authProperty(p)?.type === 'boolean');

function envItems(req: CompletionRequest, node: NacosNode | undefined, replace: Span, form: 'list' | 'map' | 'env', skip: Set<string>, hasSeparator: boolean): CompletionEntry[] {
  const locale = req.settings.locale;
  const image = node?.imageVersion;
  const readByImage = image ? new Set(imageEnvMappings(image).map(m => m.env)) : undefined;
  const out: CompletionEntry[] = [];
  imageAuthEnvNames().forEach((name, i) => {
    if (skip.has(name)) return;
    const maps = envMappingsOverVersions(name);
    const read = !readByImage || readByImage.has(name) || (requiredSince(name) !== undefined && image !== undefined && image.major >= 3);
    const detail = [maps[0] ? `→ ${maps[0].property}` : '', maps[0] ? t(locale, 'image', { range: maps.map(m => m.images).join(', ') }) : '', read ? '' : t(locale, 'imageNotRead', { v: image!.text })]
      .filter(Boolean).join(' · ');
    const docs: string[] = [];
    for (const m of maps) docs.push(t(locale, m.mechanism === 'placeholder' ? 'sets' : 'setsDefine', { prop: code(m.property), images: m.images }));
    const req3 = requiredSince(name);
    if (req3) docs.push(t(locale, 'required', { range: req3 }));
    const desc = maps[0] ? describeProperty(maps[0].property, locale) : undefined;
    if (desc) docs.push(md(desc));
    const sep = form === 'map' ? ': ' : '=';
    out.push({
      label: name,
      kind: 'variable',
      detail,
      documentation: docs.join('\n\n'),
      insertText: hasSeparator ? name : `${name}${sep}`,
      replace,
      sortText: `${read ? 0 : 1}${String(i).padStart(3, '0')}`,
      ...(read ? {} : { deprecated: true }),
    });
  });
  return out;
}

function envValueItems(name: string, replace: Span, quote: boolean, locale: Locale): CompletionEntry[] {
  const generated = generateItems(propertiesOfEnv(name), locale).map((x, i) => ({ ...x, replace, sortText: `1${i}` }));
  if (!BOOLEAN_ENV(name)) return generated;
  return ['true', 'false'].map((b, i) => ({
    label: b, kind: 'value' as const, detail: 'boolean', documentation: '', insertText: quote ? `"${b}"` : b, replace, sortText: String(i),
  }));
}

function nodeAt(req: CompletionRequest): NacosNode | undefined {
  const nodes = (req.result?.nodes ?? []).filter(n => n.container !== undefined && n.inputs.includes(req.path));
  const here = nodes.filter(n => n.path === req.path && n.anchor.start <= req.offset).sort((a, b) => b.anchor.start - a.anchor.start);
  return here[0] ?? nodes[0];
}

const indentOf = (s: string) => /^[ \t]*/.exec(s)![0].length;
const blank = (s: string) => /^\s*(#.*)?$/.test(s);

/** Is the cursor's line an entry of an `environment:` block? Returns the block's form and the names already in it. */
function environmentBlock(c: LineCtx, curIndent: number, dash: boolean): { form: 'list' | 'map'; names: Set<string> } | undefined {
  const names = new Set<string>();
  let form: 'list' | 'map' | undefined = dash ? 'list' : undefined;
  const nameOf = (s: string) => /^\s*(?:-\s*)?["']?([A-Za-z_][A-Za-z0-9_.-]*)/.exec(s)?.[1];
  let parent: string | undefined;
  for (let i = c.line - 1, n = 0; i >= 0 && n < 500; i--, n++) {
    const s = c.lines(i);
    if (blank(s)) continue;
    const ind = indentOf(s);
    const isItem = /^\s*-/.test(s);
    if (ind > curIndent) continue;
    if (ind === curIndent && (isItem || !/:\s*(#.*)?$/.test(s) || !dash)) {
      if (isItem) form ??= 'list'; else form ??= 'map';
      const nm = nameOf(s);
      if (nm) names.add(nm);
      continue;
    }
    parent = s;
    break;
  }
  if (parent === undefined || !/^\s*(?:-\s+)?["']?environment["']?\s*:\s*(#.*)?$/.test(parent)) return undefined;
  for (let i = c.line + 1, n = 0; i < c.count && n < 500; i++, n++) {
    const s = c.lines(i);
    if (blank(s)) continue;
    if (indentOf(s) < curIndent || (indentOf(s) === curIndent && !/^\s*-/.test(s) && form === 'list')) break;
    if (indentOf(s) === curIndent) {
      const nm = nameOf(s);
      if (nm) names.add(nm);
    }
  }
  return { form: form ?? 'map', names };
}

function composeCompletions(req: CompletionRequest): CompletionEntry[] {
  const c = lineCtx(req);
  const key = /^([ \t]*)(-[ \t]*)?(["']?)([A-Za-z0-9_]*)$/.exec(c.before);
  if (key) {
    const curIndent = key[1].length;
    const block = environmentBlock(c, curIndent, !!key[2]);
    if (!block) return [];
    const form = key[2] ? 'list' : block.form;
    // A map entry typed without a dash in a list block is not an environment entry.
    if (form === 'list' && !key[2]) return [];
    const tail = /^[A-Za-z0-9_]*/.exec(c.after)![0];
    const start = c.start + key[1].length + (key[2]?.length ?? 0) + key[3].length;
    const hasSeparator = /^[A-Za-z0-9_]*["']?\s*[=:]/.test(c.after);
    return envItems(req, nodeAt(req), { start, end: req.offset + tail.length }, form, block.names, hasSeparator);
  }
  const value = /^([ \t]*)(-[ \t]*)?(["']?)([A-Za-z_][A-Za-z0-9_]*)(=|:[ \t]*)(["']?)([A-Za-z]*)$/.exec(c.before);
  if (value) {
    const block = environmentBlock(c, value[1].length, !!value[2]);
    if (!block) return [];
    const start = req.offset - value[7].length - value[6].length;
    const tail = /^[A-Za-z]*["']?/.exec(c.after)![0];
    return envValueItems(value[4], { start, end: req.offset + tail.length }, !value[2] && value[5].startsWith(':'), req.settings.locale);
  }
  return [];
}

function envFileCompletions(req: CompletionRequest): CompletionEntry[] {
  const c = lineCtx(req);
  const key = /^([ \t]*)(export[ \t]+)?([A-Za-z0-9_]*)$/.exec(c.before);
  const node = (req.result?.nodes ?? []).find(n => n.inputs.includes(req.path));
  if (key) {
    const tail = /^[A-Za-z0-9_]*/.exec(c.after)![0];
    const start = c.start + key[1].length + (key[2]?.length ?? 0);
    const present = new Set<string>();
    for (let i = 0; i < c.count; i++) {
      if (i === c.line) continue;
      const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=/.exec(c.lines(i));
      if (m) present.add(m[1]);
    }
    const hasSeparator = /^[A-Za-z0-9_]*\s*=/.test(c.after);
    return envItems(req, node, { start, end: req.offset + tail.length }, 'env', present, hasSeparator);
  }
  const value = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)=([A-Za-z]*)$/.exec(c.before);
  if (value) {
    const tail = /^[A-Za-z]*/.exec(c.after)![0];
    return envValueItems(value[1], { start: req.offset - value[2].length, end: req.offset + tail.length }, false, req.settings.locale);
  }
  return [];
}
