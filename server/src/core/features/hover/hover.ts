// Hover: what an auth key, image variable or placeholder does, and what the node really gets — the effective value
// (masked), where it came from (a link to file and line) and the version assumed. Pure: text + offset + analysis.
import type { AnalysisResult } from '../../model/analysis';
import type { LintSettings, Locale } from '../../settings';
import type { Span } from '../../types';
import type { EffectiveSetting, NacosNode } from '../../model/node';
import type { EnvRef, EnvValue } from '../../model/node';
import type { ParsedFile } from '../../syntax/files';
import { classify } from '../../syntax/files';
import { dirName } from '../../util/paths';
import { parseProperties, type PropertiesFile, type PropertyEntry } from '../../syntax/properties/parser';
import { findPlaceholders, type Placeholder } from '../../syntax/properties/placeholders';
import { parseEnvFile, type EnvFile } from '../../syntax/envfile/parser';
import { lineIndexFor } from '../../util/positions';
import { algorithmFor, decodeSecret, decoderFor } from '../../nacos/decoders';
import { imageAnomalies, imageEnvMappings, isAuthEnvName, relaxedEnvToProperty, suggestEnv } from '../../nacos/imageEnv';
import { authProperty, suggestKey } from '../../nacos/authProperties';
import { isAuthKey, K } from '../../nacos/keys';
import { nodeLabel } from '../../rules/util';
import {
  code, describeProperty, displayValue, envMappingsOverVersions, isPlainEnv, isPlainKey, md,
  propertyFacts, requiredSince,
} from '../authDocs';

export interface HoverRequest {
  /** Absolute path of the document. */
  path: string;
  text: string;
  offset: number;
  /** The latest analysis (undefined before the first one: the hover then explains without node values). */
  result: AnalysisResult | undefined;
  settings: LintSettings;
  /** Workspace-relative path, for link texts. */
  rel: (path: string) => string;
  /** File URI of a path, for links. */
  uri: (path: string) => string;
  /** Text of another file (to turn provenance offsets into line numbers). */
  read: (path: string) => string | undefined;
}

export interface HoverResult {
  markdown: string;
  /** The hovered word (key, variable name, placeholder) as offsets into the text. */
  span: Span;
}

type Target =
  | { kind: 'property'; key: string; span: Span; entry: PropertyEntry }
  | { kind: 'placeholder'; name: string; defaultValue?: string; key: string; span: Span; nested: boolean }
  | { kind: 'env'; name: string; span: Span }
  | { kind: 'ref'; name: string; span: Span; op: string; operand?: string };

const MAX_NODES = 5;
/** Nodes looked at for one hover (grouped into at most MAX_NODES sections). */
const MAX_GROUPED = 200;
const SECRET_KEYS = new Set<string>([K.secret, K.legacySecret]);

// ---- messages -----------------------------------------------------------------------------------------------------

const EN = {
  colon: ': ',
  readBy: 'Read by Nacos {range}.',
  ignoredIn: 'Read but ignored by {range}.',
  renamed: 'Renamed to {to} in 2.1.0.',
  type: 'Type: {type}.',
  codeDefault: 'Default when unset: {value}',
  jarDefault: 'Default in the jar\'s application.properties: {value}',
  shipped: 'Shipped conf/application.properties: {value}',
  notRead: '⚠ Nacos {v} does not read this key.',
  ignored: '⚠ Nacos {v} reads this key but ignores its value.',
  unknownKey: 'Not a key any Nacos version reads.',
  didYouMean: 'Did you mean {s}?',
  version: 'Nacos {v} — assumed from {from}: {detail}',
  effective: 'Effective value',
  containerValue: 'Container value',
  from: 'From',
  origin: 'Mechanism',
  also: 'Through',
  notSet: 'not set',
  unresolved: 'unresolved placeholder {names}: Spring fails with "Could not resolve placeholder"',
  notEffective: 'This line is not what the node uses: the effective value comes from {where}.',
  bytes: '{n} bytes, {alg}',
  tooShort: '{n} bytes: shorter than {min}, rejected',
  rawFallback: 'not strict Base64: Nacos {v} signs with the {n} raw bytes of the text',
  decodeError: 'does not decode on Nacos {v}: {msg}',
  mapPlaceholder: 'Sets {prop} through {ph} in the image\'s application.properties (images {images}).',
  mapNoDefault: 'Images {images} have no default there: unset fails with "Could not resolve placeholder".',
  mapDefine: 'Sets {prop} as {flag} from the image entrypoint when non-empty (images {images}).',
  relaxed: 'Spring relaxed binding: sets {prop} from the OS environment. It does not satisfy the 3.x image entrypoint check.',
  required: 'Required by the entrypoint of images {range}: the container exits with 255 when it is unset or empty.',
  unknownEnv: 'No nacos-server image reads this variable.',
  imageHere: 'Image {v}',
  imageDoesNotRead: 'This image does not read {name}.',
  overriddenBy: 'This definition is overridden by {where}.',
  anomaly: '⚠ Image {v} {text} ({issue}).',
  placeholderTitle: 'Spring placeholder in {key}',
  placeholderBody: 'Reads {name} from the environment (OS environment, -D system properties, other keys); the default applies only when {name} is unset — an empty value wins.',
  placeholderDefault: 'Default: {value}',
  placeholderNoDefault: 'No default: unset fails with "Could not resolve placeholder".',
  bareMetal: 'Resolved at startup from the server\'s own environment, which this editor cannot see: the default applies unless the variable is set there.',
  sameFileKey: '{name} is a key of this file: {value}',
  refTitle: 'Compose interpolation of {name}',
  op: {
    '': 'The value of {name}; unset gives an empty string (Compose warns).',
    ':-': 'The value of {name}, or the default when it is unset or empty.',
    '-': 'The value of {name}, or the default when it is unset.',
    ':?': 'The value of {name}; Compose stops with the error when it is unset or empty.',
    '?': 'The value of {name}; Compose stops with the error when it is unset.',
    ':+': 'The replacement when {name} is set and non-empty, else empty.',
    '+': 'The replacement when {name} is set, else empty.',
  } as Record<string, string>,
  definedIn: '{name} is defined in {where}: {value}',
  fromShell: '{name} comes from the shell Compose runs in (not visible here).',
  notDefined: '{name} is not defined in the project .env or the shell: {outcome}',
  outcomeDefault: 'the default is used',
  outcomeEmpty: 'Compose substitutes an empty string',
  feeds: 'Feeds {name} of {node}: {value}',
  moreNodes: '…and {n} more nodes.',
  originNames: {
    'program-arg': 'program argument (JAVA_OPT_EXT)',
    'system-property': 'JVM system property (-D)',
    'os-env': 'OS environment (relaxed binding)',
    'conf-file': 'conf/application.properties',
    'jar-default': 'application.properties inside nacos-server.jar',
    'code-default': 'code default',
    unset: 'not set',
  } as Record<string, string>,
  versionFrom: { setting: 'the setting', 'image tag': 'the image tag', fingerprint: 'the keys in the file', default: 'no hint', cli: 'the command line' } as Record<string, string>,
};

type Messages = typeof EN;

const ZH: Messages = {
  colon: '：',
  readBy: '读取此项的 Nacos 版本：{range}。',
  ignoredIn: '{range} 会读取但忽略此项。',
  renamed: '2.1.0 起改名为 {to}。',
  type: '类型：{type}。',
  codeDefault: '未设置时的默认值：{value}',
  jarDefault: 'jar 内 application.properties 的默认值：{value}',
  shipped: '发行包 conf/application.properties 中的值：{value}',
  notRead: '⚠ Nacos {v} 不读取此配置项。',
  ignored: '⚠ Nacos {v} 会读取此配置项但忽略其值。',
  unknownKey: '没有任何 Nacos 版本读取此配置项。',
  didYouMean: '是否想写 {s}？',
  version: 'Nacos {v}（依据{from}：{detail}）',
  effective: '实际生效值',
  containerValue: '容器内的值',
  from: '来源',
  origin: '生效方式',
  also: '经由',
  notSet: '未设置',
  unresolved: '占位符 {names} 无法解析：Spring 报错 "Could not resolve placeholder"',
  notEffective: '节点并不使用这一行：实际生效值来自 {where}。',
  bytes: '{n} 字节，{alg}',
  tooShort: '{n} 字节：少于 {min}，会被拒绝',
  rawFallback: '不是严格的 Base64：Nacos {v} 直接使用文本的 {n} 个原始字节签名',
  decodeError: '在 Nacos {v} 上无法解码：{msg}',
  mapPlaceholder: '通过镜像 application.properties 中的 {ph} 设置 {prop}（镜像 {images}）。',
  mapNoDefault: '镜像 {images} 中该占位符没有默认值：未设置会报错 "Could not resolve placeholder"。',
  mapDefine: '非空时由镜像启动脚本以 {flag} 设置 {prop}（镜像 {images}）。',
  relaxed: 'Spring 宽松绑定：从操作系统环境变量设置 {prop}。它不能满足 3.x 镜像启动脚本的检查。',
  required: '镜像 {range} 的启动脚本要求此变量：未设置或为空时容器以 255 退出。',
  unknownEnv: '没有任何 nacos-server 镜像读取此变量。',
  imageHere: '镜像 {v}',
  imageDoesNotRead: '此镜像不读取 {name}。',
  overriddenBy: '此处的定义被 {where} 覆盖。',
  anomaly: '⚠ 镜像 {v}：{text}（{issue}）。',
  placeholderTitle: '{key} 中的 Spring 占位符',
  placeholderBody: '从环境（操作系统环境变量、-D 系统属性、其他配置项）读取 {name}；只有 {name} 未设置时才使用默认值——空值同样生效。',
  placeholderDefault: '默认值：{value}',
  placeholderNoDefault: '没有默认值：未设置会报错 "Could not resolve placeholder"。',
  bareMetal: '启动时从服务器自身的环境解析，编辑器无法看到：除非那里设置了该变量，否则使用默认值。',
  sameFileKey: '{name} 是本文件中的配置项：{value}',
  refTitle: 'Compose 对 {name} 的变量替换',
  op: {
    '': '取 {name} 的值；未设置时替换为空字符串（Compose 会警告）。',
    ':-': '取 {name} 的值；未设置或为空时使用默认值。',
    '-': '取 {name} 的值；未设置时使用默认值。',
    ':?': '取 {name} 的值；未设置或为空时 Compose 报错停止。',
    '?': '取 {name} 的值；未设置时 Compose 报错停止。',
    ':+': '{name} 已设置且非空时使用替换值，否则为空。',
    '+': '{name} 已设置时使用替换值，否则为空。',
  },
  definedIn: '{name} 定义于 {where}：{value}',
  fromShell: '{name} 来自运行 Compose 的 shell 环境（此处不可见）。',
  notDefined: '{name} 在项目 .env 和 shell 中都没有定义：{outcome}',
  outcomeDefault: '使用默认值',
  outcomeEmpty: 'Compose 替换为空字符串',
  feeds: '提供给 {node} 的 {name}：{value}',
  moreNodes: '……另有 {n} 个节点。',
  originNames: {
    'program-arg': '程序参数（JAVA_OPT_EXT）',
    'system-property': 'JVM 系统属性（-D）',
    'os-env': '操作系统环境变量（宽松绑定）',
    'conf-file': 'conf/application.properties',
    'jar-default': 'nacos-server.jar 内的 application.properties',
    'code-default': '代码默认值',
    unset: '未设置',
  },
  versionFrom: { setting: '设置', 'image tag': '镜像标签', fingerprint: '文件中的配置项', default: '无版本线索', cli: '命令行' },
};

/** The hover texts, per locale; exported for the translation test. */
export const HOVER_MESSAGES: Record<Locale, Messages> = { en: EN, 'zh-cn': ZH };

function fill(template: string, args: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in args ? String(args[k]) : m));
}

// ---- entry point ------------------------------------------------------------------------------------------------

/** The hover for `offset` in `path`, or undefined when there is nothing Nacos-auth-related under it. */
export function hoverAt(req: HoverRequest): HoverResult | undefined {
  const kind = classify(req.path, req.text);
  const parsed = req.result?.parsed.get(req.path);
  const fresh = parsed && parsed.text === req.text ? parsed : undefined;
  let target: Target | undefined;
  if (kind === 'properties') target = propertiesTarget(fresh?.kind === 'properties' ? fresh.props : parseProperties(req.text), req.offset);
  else if (kind === 'env') target = envFileTarget(fresh?.kind === 'env' ? fresh.env : parseEnvFile(req.text), req.offset);
  else if (kind === 'compose') target = composeTarget(req.path, req.text, req.offset);
  if (!target) return undefined;
  const w = new Writer(req);
  switch (target.kind) {
    case 'property': w.property(target); break;
    case 'placeholder': w.placeholder(target); break;
    case 'env': w.env(target); break;
    case 'ref': w.ref(target); break;
  }
  return { markdown: w.lines.join('\n\n'), span: target.span };
}

// ---- what is under the cursor -----------------------------------------------------------------------------------

function inSpan(s: Span, o: number): boolean {
  return o >= s.start && (o < s.end || (s.start === s.end && o === s.start));
}

function relevantKey(key: string): boolean {
  return isAuthKey(key) || authProperty(key) !== undefined || (key.startsWith('nacos.') && /auth/i.test(key));
}

function propertiesTarget(props: PropertiesFile, o: number): Target | undefined {
  for (const e of props.entries) {
    if (o < e.keySpan.start || o > e.lineSpan.end) continue;
    if (inSpan(e.keySpan, o)) return relevantKey(e.key) ? { kind: 'property', key: e.key, span: e.keySpan, entry: e } : undefined;
    if (o < e.valueSpan.start || o > e.valueSpan.end) continue;
    const ph = placeholderAt(e, findPlaceholders(e.value), o, false);
    if (ph?.kind === 'placeholder' && (relevantKey(e.key) || isAuthEnvName(ph.name))) return ph;
    if (relevantKey(e.key) && inSpan(e.valueSpan, o)) return { kind: 'property', key: e.key, span: e.valueSpan, entry: e };
    return undefined;
  }
  return undefined;
}

function placeholderAt(e: PropertyEntry, list: Placeholder[], o: number, nested: boolean): Target | undefined {
  const offsets = e.valueOffsets;
  for (const ph of list) {
    const span = { start: offsets[ph.start], end: offsets[Math.min(ph.end, offsets.length - 1)] };
    if (!inSpan(span, o)) continue;
    const inner = placeholderAt(e, ph.nested, o, true);
    if (inner) return inner;
    const nameSpan = { start: offsets[ph.nameStart], end: offsets[ph.nameEnd] };
    return { kind: 'placeholder', name: ph.name, defaultValue: ph.defaultValue, key: e.key, span: inSpan(nameSpan, o) ? nameSpan : span, nested };
  }
  return undefined;
}

function envFileTarget(env: EnvFile, o: number): Target | undefined {
  for (const e of env.entries) {
    if (inSpan(e.keySpan, o)) return isAuthEnvName(e.key) ? { kind: 'env', name: e.key, span: e.keySpan } : undefined;
    if (o < e.valueSpan.start || o > e.valueSpan.end) continue;
    let best: EnvFile['entries'][number]['refs'][number] | undefined;
    for (const r of e.refs) if (inSpan(r.span, o) && (!best || r.span.end - r.span.start < best.span.end - best.span.start)) best = r;
    if (best) return { kind: 'ref', name: best.name, span: best.span, op: best.op, operand: best.operand };
    if (isAuthEnvName(e.key) && inSpan(e.valueSpan, o)) return { kind: 'env', name: e.key, span: e.valueSpan };
  }
  return undefined;
}

interface RawRef { name: string; span: Span; op: string; operand?: string; children: RawRef[] }

/** `$$`, `$NAME`, `${NAME<op>operand}` with nesting: the references of one line of a compose file. */
function scanRefs(s: string, base: number): RawRef[] {
  const out: RawRef[] = [];
  let i = 0;
  while (i < s.length) {
    const at = s.indexOf('$', i);
    if (at < 0 || at + 1 >= s.length) break;
    const c = s[at + 1];
    if (c === '$') { i = at + 2; continue; }
    if (c === '{') {
      let depth = 1;
      let j = at + 2;
      while (j < s.length && depth > 0) {
        if (s[j] === '$' && s[j + 1] === '$') { j += 2; continue; }
        if (s[j] === '$' && s[j + 1] === '{') { depth++; j += 2; continue; }
        if (s[j] === '}') depth--;
        j++;
      }
      const body = s.slice(at + 2, depth === 0 ? j - 1 : j);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(:?[-?+])?/.exec(body);
      if (m) {
        const opLen = m[0].length;
        const operand = m[2] ? body.slice(opLen) : undefined;
        const children = operand ? scanRefs(operand, base + at + 2 + opLen) : [];
        out.push({ name: m[1], span: { start: base + at, end: base + j }, op: m[2] ?? '', operand, children });
      }
      i = j;
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(at + 1));
    if (m) out.push({ name: m[0], span: { start: base + at, end: base + at + 1 + m[0].length }, op: '', children: [] });
    i = at + 1 + (m ? m[0].length : 0);
  }
  return out;
}

function innermost(refs: RawRef[], o: number): RawRef | undefined {
  for (const r of refs) {
    if (!inSpan(r.span, o)) continue;
    return innermost(r.children, o) ?? r;
  }
  return undefined;
}

const COMPOSE_ENV_LINE = /^(\s*)(-\s+)?(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\3[ \t]*(=|:(?=\s|$))/;

/** Compose files: text-level, so it works on any line of a half-typed file; the model supplies the values. */
function composeTarget(path: string, text: string, o: number): Target | undefined {
  const idx = lineIndexFor(path, text);
  const line = idx.position(o).line;
  const start = idx.lineStart(line);
  const lineText = text.slice(start, idx.lineEnd(line));
  if (/^\s*#/.test(lineText)) return undefined;
  const ref = innermost(scanRefs(lineText, start), o);
  if (ref) return { kind: 'ref', name: ref.name, span: ref.span, op: ref.op, operand: ref.operand };
  const m = COMPOSE_ENV_LINE.exec(lineText);
  if (!m) return undefined;
  const nameStart = start + m[1].length + (m[2]?.length ?? 0) + m[3].length;
  const nameSpan = { start: nameStart, end: nameStart + m[4].length };
  if (!isAuthEnvName(m[4])) return undefined;
  if (inSpan(nameSpan, o)) return { kind: 'env', name: m[4], span: nameSpan };
  const valueStart = start + m[0].length;
  if (o >= valueStart) return { kind: 'env', name: m[4], span: { start: valueStart, end: start + lineText.length } };
  return undefined;
}

// ---- the text -----------------------------------------------------------------------------------------------------

class Writer {
  readonly lines: string[] = [];
  private readonly m: Messages;
  constructor(private readonly req: HoverRequest) {
    this.m = HOVER_MESSAGES[req.settings.locale] ?? EN;
  }

  private t(key: keyof Messages, args: Record<string, string | number> = {}): string {
    return fill(this.m[key] as string, args);
  }

  private link(path: string, span: Span): string {
    const rel = this.req.rel(path);
    if (!path.startsWith('/')) return md(rel);
    const text = this.req.read(path);
    if (text === undefined) return `[${md(rel)}](${this.req.uri(path)})`;
    const line = lineIndexFor(path, text).position(span.start).line + 1;
    return `[${md(rel)}:${line}](${this.req.uri(path)}#L${line})`;
  }

  private nodes(pred: (n: NacosNode) => boolean): NacosNode[] {
    return (this.req.result?.nodes ?? []).filter(pred);
  }

  private versionLine(n: NacosNode): string {
    const v = n.version;
    const from = this.m.versionFrom[v.from] ?? v.from;
    return this.t('version', { v: v.version.text, from, detail: md(v.detail) });
  }

  /**
   * One section per node, except that nodes saying exactly the same thing (same version, same value from the same
   * line — the members of one compose project sharing an env file) share one section: `**nacos1**, **nacos2** · …`.
   */
  private emitNodes(entries: { n: NacosNode; paras: string[] }[]): void {
    const groups = new Map<string, { labels: string[]; version: string; paras: string[] }>();
    for (const { n, paras } of entries.slice(0, MAX_GROUPED)) {
      const version = this.versionLine(n);
      const key = `${version}\u0000${paras.join('\u0001')}`;
      const label = n.service ? n.service : nodeLabel(n, this.req.rel);
      const g = groups.get(key);
      if (g) g.labels.push(label); else groups.set(key, { labels: [label], version, paras });
    }
    let shown = 0;
    for (const g of [...groups.values()].slice(0, MAX_NODES)) {
      this.lines.push('---', `${g.labels.map(l => `**${md(l)}**`).join(', ')} · ${g.version}`, ...g.paras.filter(Boolean));
      shown += g.labels.length;
    }
    if (entries.length > shown) this.lines.push(`_${this.t('moreNodes', { n: entries.length - shown })}_`);
  }

  /** Effective value, how it got there and from where; `here` = the span the user hovers, to say when it is not used. */
  private settingBlock(n: NacosNode, key: string, here?: { path: string; span: Span }): string[] {
    const s: EffectiveSetting | undefined = n.settings.get(key);
    const out: string[] = [];
    if (!s || (s.value === undefined && s.origin === 'unset')) {
      out.push(`${this.m.effective}${this.m.colon}${this.m.notSet}`);
      return out;
    }
    let value = s.value === undefined ? '—' : displayValue(s.value, isPlainKey(key));
    if (s.value !== undefined && SECRET_KEYS.has(key)) {
      const info = this.secretInfo(s.value, n);
      if (info) value += ` → ${info}`;
    }
    out.push(`${this.m.effective}${this.m.colon}${value}`);
    if (s.unresolved.length) out.push(`⚠ ${this.t('unresolved', { names: s.unresolved.map(x => code(x)).join(', ') })}`);
    const origin = this.m.originNames[s.origin] ?? s.origin;
    if (s.provenance) out.push(`${this.m.from}${this.m.colon}${this.link(s.provenance.path, s.provenance.span)} · ${md(s.via)}`);
    else out.push(`${this.m.from}${this.m.colon}${md(s.via)}`);
    for (const c of s.chain) if (c.path.startsWith('/')) out.push(`${this.m.also}${this.m.colon}${this.link(c.path, c.span)} · ${md(c.via)}`);
    // The mechanism matters when it is not the configuration file itself (precedence: -D, program args, relaxed env, defaults).
    if (s.origin !== 'conf-file') out.push(`${this.m.origin}${this.m.colon}${origin}`);
    if (here && s.provenance && (s.provenance.path !== here.path || !overlaps(s.provenance.span, here.span))
      && !s.chain.some(c => c.path === here.path && overlaps(c.span, here.span))) {
      out.push(`⚠ ${this.t('notEffective', { where: this.link(s.provenance.path, s.provenance.span) })}`);
    }
    return out;
  }

  /** Length, decoded bytes and algorithm of a token secret, decoded the way this node's version does. */
  private secretInfo(value: string, n: NacosNode): string | undefined {
    const v = n.version.version;
    const r = decodeSecret(value, decoderFor(v));
    if (!r.bytes) return this.t('decodeError', { v: v.text, msg: md(r.error?.message ?? '') });
    const len = r.bytes.length;
    const alg = algorithmFor(len);
    const parts: string[] = [];
    if (r.usedRawFallback) parts.push(this.t('rawFallback', { v: v.text, n: len }));
    const min = this.req.settings.minSecretBytes;
    parts.push(!alg || len < min ? this.t('tooShort', { n: len, min }) : this.t('bytes', { n: len, alg }));
    return parts.join('; ');
  }

  private propertyFacts(key: string, v?: NacosNode): void {
    const desc = describeProperty(key, this.req.settings.locale);
    if (desc) this.lines.push(md(desc));
    const f = propertyFacts(key, v?.version.version);
    if (!f) {
      this.lines.push(this.t('unknownKey'));
      const s = suggestKey(key);
      if (s) this.lines.push(this.t('didYouMean', { s: code(s) }));
      return;
    }
    const facts = [this.t('readBy', { range: f.read }), this.t('type', { type: f.type })];
    if (f.ignored) facts.push(this.t('ignoredIn', { range: f.ignored }));
    if (f.renamedTo) facts.push(this.t('renamed', { to: code(f.renamedTo) }));
    this.lines.push(facts.join(this.req.settings.locale === 'zh-cn' ? '' : ' '));
    const plain = isPlainKey(key);
    const defaults: string[] = [];
    if (f.codeDefault !== undefined) defaults.push(this.t('codeDefault', { value: displayValue(f.codeDefault, plain) }));
    if (f.jarDefault !== undefined) defaults.push(this.t('jarDefault', { value: displayValue(f.jarDefault, plain) }));
    if (f.shipped !== undefined) defaults.push(this.t('shipped', { value: displayValue(f.shipped, plain) }));
    if (defaults.length) this.lines.push(defaults.join('  \n'));
    if (v && f.status === 'unknown') this.lines.push(this.t('notRead', { v: v.version.version.text }));
    if (v && f.status === 'ignored') this.lines.push(this.t('ignored', { v: v.version.version.text }));
  }

  property(t: Extract<Target, { kind: 'property' }>): void {
    const path = this.req.path;
    this.lines.push(`### ${code(t.key)}`);
    const nodes = this.nodes(n => (n.kind === 'properties' && n.path === path) || (n.kind === 'compose-service' && n.inputs.includes(path)));
    this.propertyFacts(t.key, nodes[0]);
    const here = { path, span: t.entry.valueSpan };
    this.emitNodes(nodes.map(n => ({ n, paras: [this.settingBlock(n, t.key, here).join('  \n')] })));
  }

  placeholder(t: Extract<Target, { kind: 'placeholder' }>): void {
    const path = this.req.path;
    const plain = isPlainKey(t.key) || isPlainEnv(t.name);
    this.lines.push(`### ${code(`\${${t.name}${t.defaultValue !== undefined ? ':…' : ''}}`)}`);
    this.lines.push(this.t('placeholderTitle', { key: code(t.key) }));
    this.lines.push(this.t('placeholderBody', { name: code(t.name) }));
    this.lines.push(t.defaultValue !== undefined ? this.t('placeholderDefault', { value: displayValue(t.defaultValue, plain) }) : this.t('placeholderNoDefault'));
    if (isAuthEnvName(t.name)) this.envFacts(t.name, undefined);
    const nodes = this.nodes(n => (n.kind === 'properties' && n.path === path) || (n.kind === 'compose-service' && n.inputs.includes(path)));
    this.emitNodes(nodes.map(n => {
      const block: string[] = [];
      if (n.kind === 'compose-service') {
        const ev = n.env?.get(t.name);
        block.push(...this.envValueLines(ev, t.name));
      } else {
        const own = n.settings.get(t.name);
        if (own?.value !== undefined) block.push(this.t('sameFileKey', { name: code(t.name), value: displayValue(own.value, plain) }));
        else block.push(this.m.bareMetal);
      }
      if (!t.nested) block.push(...this.settingBlock(n, t.key));
      return { n, paras: [block.join('  \n')] };
    }));
  }

  /** What the images do with a variable (over all versions, or for one image version). */
  private envFacts(name: string, n: NacosNode | undefined): void {
    const maps = envMappingsOverVersions(name);
    const relaxed = relaxedEnvToProperty(name);
    const lines: string[] = [];
    for (const m of maps) {
      if (m.mechanism === 'placeholder') {
        lines.push(this.t('mapPlaceholder', { prop: code(m.property), ph: code(`\${${name}:…}`), images: m.images }));
        if (m.noDefaultIn) lines.push(this.t('mapNoDefault', { images: m.noDefaultIn }));
      } else {
        lines.push(this.t('mapDefine', { prop: code(m.property), flag: code(`-D${m.property}=…`), images: m.images }));
      }
    }
    if (relaxed && !maps.some(m => m.property === relaxed)) lines.push(this.t('relaxed', { prop: code(relaxed) }));
    const req = requiredSince(name);
    if (req) lines.push(this.t('required', { range: req }));
    if (!lines.length) {
      lines.push(this.t('unknownEnv'));
      const s = suggestEnv(name);
      if (s) lines.push(this.t('didYouMean', { s: code(s) }));
    }
    this.lines.push(lines.join('  \n'));
    const prop = maps[0]?.property ?? relaxed;
    if (prop && !n) {
      const desc = describeProperty(prop, this.req.settings.locale);
      if (desc) this.lines.push(md(desc));
    }
  }

  private envValueLines(ev: EnvValue | undefined, name: string): string[] {
    if (!ev) return [`${this.m.containerValue}${this.m.colon}${this.m.notSet}`];
    const out = [`${this.m.containerValue}${this.m.colon}${displayValue(ev.value, isPlainEnv(name))} · ${this.link(ev.path, ev.span)}`];
    for (const r of ev.refs) {
      if (r.definedIn) out.push(`${this.m.also}${this.m.colon}${code(`\${${r.name}}`)} ${this.link(r.definedIn.path, r.definedIn.span)}`);
    }
    return out;
  }

  env(t: Extract<Target, { kind: 'env' }>): void {
    const path = this.req.path;
    const o = this.req.offset;
    this.lines.push(`### ${code(t.name)}`);
    this.envFacts(t.name, undefined);
    const nodes = this.nodes(n => n.kind === 'compose-service' && n.inputs.includes(path));
    // Nodes whose definition of the variable is exactly the one under the cursor come first.
    const atCursor = (n: NacosNode) => {
      const ev = n.env?.get(t.name);
      return !!ev && [ev, ...ev.overridden].some(d => d.path === path && (inSpan(d.entrySpan, o) || inSpan(d.keySpan, o) || inSpan(d.span, o)));
    };
    const shown = nodes.filter(atCursor);
    const list = shown.length ? shown : nodes;
    this.emitNodes(list.map(n => {
      const block: string[] = [];
      const ev = n.env?.get(t.name);
      const props = this.propertiesFor(n, t.name);
      if (n.imageVersion && n.imageVersion.text !== n.version.version.text) block.push(this.t('imageHere', { v: n.imageVersion.text }));
      // The container value is worth its own line only when a setting does not simply carry it from the same place.
      const carried = !!ev && props.length > 0 && props.every(p => {
        const pv = n.settings.get(p)?.provenance;
        return pv !== undefined && pv.path === ev.path && pv.span.start === ev.span.start && pv.span.end === ev.span.end;
      });
      if (!carried) block.push(...this.envValueLines(ev, t.name));
      if (ev && ev.path === path && !(inSpan(ev.entrySpan, o) || inSpan(ev.keySpan, o) || inSpan(ev.span, o))
        && ev.overridden.some(d => d.path === path && (inSpan(d.entrySpan, o) || inSpan(d.keySpan, o)))) {
        block.push(`⚠ ${this.t('overriddenBy', { where: this.link(ev.path, ev.span) })}`);
      } else if (ev && ev.path !== path && ev.overridden.some(d => d.path === path)) {
        block.push(`⚠ ${this.t('overriddenBy', { where: this.link(ev.path, ev.span) })}`);
      }
      if (!props.length && n.imageVersion) block.push(this.t('imageDoesNotRead', { name: code(t.name) }));
      for (const a of imageAnomalies(n.imageVersion ?? n.version.version)) {
        if (a.env === t.name) block.push(this.t('anomaly', { v: n.imageVersion?.text ?? '', text: md(a.text), issue: a.issue }));
      }
      return { n, paras: [block.join('  \n'), ...props.map(p => `${code(p)}  \n${this.settingBlock(n, p).join('  \n')}`)] };
    }));
  }

  /** The properties this node's image sets from the variable (image table, then relaxed binding). */
  private propertiesFor(n: NacosNode, name: string): string[] {
    const out: string[] = [];
    if (n.imageVersion) for (const m of imageEnvMappings(n.imageVersion)) if (m.env === name && !out.includes(m.property)) out.push(m.property);
    const relaxed = relaxedEnvToProperty(name);
    if (relaxed && !out.includes(relaxed)) out.push(relaxed);
    return out;
  }

  ref(t: Extract<Target, { kind: 'ref' }>): void {
    const path = this.req.path;
    this.lines.push(`### ${code(this.req.text.slice(t.span.start, t.span.end).length <= 80 ? this.req.text.slice(t.span.start, t.span.end) : `\${${t.name}}`)}`);
    this.lines.push(this.t('refTitle', { name: code(t.name) }));
    this.lines.push(fill(this.m.op[t.op] ?? this.m.op[''], { name: code(t.name) }));
    // The model's record of this very reference (which entry it resolved to), per node that uses it.
    const found: { n: NacosNode; ev: EnvValue; ref: EnvRef }[] = [];
    for (const n of this.nodes(x => x.kind === 'compose-service' && x.inputs.includes(path))) {
      for (const ev of n.env?.values() ?? []) {
        for (const d of [ev, ...ev.overridden]) {
          const ref = d.refs.find(r => r.path === path && r.span.start === t.span.start && r.span.end === t.span.end);
          if (ref) found.push({ n, ev: d, ref });
        }
      }
    }
    // `${ID_VALUE}` in NACOS_AUTH_IDENTITY_VALUE: the variable's name looks harmless, its value is the secret (issue 8).
    const plain = isPlainEnv(t.name) && found.every(f => isPlainEnv(f.ev.name));
    if (found.length) {
      const r = found[0].ref;
      this.lines.push(this.refDefinition(t.name, r.defined, r.from, r.definedIn, plain, !!r.usedFallback));
      for (const { n, ev } of found.slice(0, MAX_NODES)) {
        const label = n.service ?? nodeLabel(n, this.req.rel);
        const value = displayValue(ev.value, isPlainEnv(ev.name));
        this.lines.push(this.t('feeds', { name: code(ev.name), node: `**${md(label)}**`, value }));
      }
      if (found.length > MAX_NODES) this.lines.push(`_${this.t('moreNodes', { n: found.length - MAX_NODES })}_`);
      if (isAuthEnvName(t.name)) this.envFacts(t.name, undefined);
      return;
    }
    // Not an environment entry of a node (e.g. `image:`): look the name up in the project `.env`.
    const dotEnv = `${dirName(path)}/.env`;
    const text = this.req.read(dotEnv);
    const entry = text !== undefined ? [...parseEnvFile(text).entries].reverse().find(e => e.key === t.name) : undefined;
    if (entry) this.lines.push(this.refDefinition(t.name, true, 'dotenv', { path: dotEnv, span: entry.valueSpan }, plain, false, entry.value));
    else this.lines.push(this.refDefinition(t.name, false, undefined, undefined, plain, t.op !== ''));
    if (isAuthEnvName(t.name)) this.envFacts(t.name, undefined);
  }

  private refDefinition(name: string, defined: boolean, from: string | undefined, definedIn: { path: string; span: Span } | undefined, plain: boolean, usedFallback: boolean, known?: string): string {
    if (defined && definedIn) {
      const value = known ?? this.valueAt(definedIn.path, definedIn.span);
      return this.t('definedIn', { name: code(name), where: this.link(definedIn.path, definedIn.span), value: displayValue(value, plain) });
    }
    if (defined && from === 'shell') return this.t('fromShell', { name: code(name) });
    return this.t('notDefined', { name: code(name), outcome: usedFallback ? this.m.outcomeDefault : this.m.outcomeEmpty });
  }

  /** The value written at a span: the env-file entry's decoded value when it is one, else the raw text. */
  private valueAt(path: string, span: Span): string | undefined {
    const text = this.req.read(path);
    if (text === undefined) return undefined;
    const parsed: ParsedFile | undefined = this.req.result?.parsed.get(path);
    const env = parsed?.kind === 'env' && parsed.text === text ? parsed.env : classify(path) === 'env' ? parseEnvFile(text) : undefined;
    const e = env?.entries.find(x => x.valueSpan.start === span.start && x.valueSpan.end === span.end);
    return e ? e.value : text.slice(span.start, span.end);
  }
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end || (a.start === b.start && a.end === b.end);
}
