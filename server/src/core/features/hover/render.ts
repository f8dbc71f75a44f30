// Writing the hover: this node's effective value (masked), its version and where the value comes from, then what the
// setting does for that version. Values are masked except switches (authDocs.ts `displayValue`).
import { versionIsInferred } from '../setVersion';
import type { Span } from '../../types';
import type { EffectiveSetting, EnvRef, EnvValue, NacosNode } from '../../model/node';
import { classify, type ParsedFile } from '../../syntax/files';
import { parseEnvFile } from '../../syntax/envfile/parser';
import { dirName } from '../../util/paths';
import { lineIndexFor } from '../../util/positions';
import { algorithmFor, decodeSecret, decoderFor } from '../../nacos/decoders';
import { imageAnomalies, imageEnvMappings, isAuthEnvName, relaxedEnvToProperty, suggestEnv } from '../../nacos/imageEnv';
import { suggestKey } from '../../nacos/authProperties';
import { K, TOKEN_SECRET_PROPERTIES } from '../../nacos/keys';
import { versionText, type NacosVersion } from '../../nacos/versions';
import { nodeLabel } from '../../rules/util';
import {
  code, describeProperty, displayValue, envMappingsOverVersions, isPlainEnv, isPlainKey, md,
  propertyFacts, requiredSince,
} from '../authDocs';
import { EN, fill, HOVER_MESSAGES, type Messages } from './messages';
import { localizeVersionText } from '../versionText';
import { inSpan, type Target } from './target';
import type { HoverRequest } from './types';

const MAX_NODES = 5;
const IDENTITY_KEYS = new Set<string>([K.identityKey, K.identityValue]);
/** Nodes looked at for one hover (grouped into at most MAX_NODES sections). */
const MAX_GROUPED = 200;

export class Writer {
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
    return this.t('version', { v: versionText(v), from, detail: md(localizeVersionText(v.detail, this.req.settings.locale)) });
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
      if (this.lines.length) this.lines.push('---');
      this.lines.push(`${g.labels.map(l => `**${md(l)}**`).join(', ')} · ${g.version}`, ...g.paras.filter(Boolean));
      shown += g.labels.length;
    }
    if (entries.length > shown) this.lines.push(`_${this.t('moreNodes', { n: entries.length - shown })}_`);
  }

  /**
   * Effective value, how it got there and from where; `here` = the span the user hovers, to say when it is not used.
   * `first` is the value, `second` where it comes from (a link): the two lines a hover leads with; `more` the rest.
   */
  private settingSummary(n: NacosNode, key: string, here?: { path: string; span: Span }): { first: string; second?: string; more: string[] } {
    const s: EffectiveSetting | undefined = n.settings.get(key);
    const more: string[] = [];
    if (!s || (s.value === undefined && s.origin === 'unset')) return { first: `${this.m.effective}${this.m.colon}${this.m.notSet}`, more };
    let value = s.value === undefined ? (s.unknown ? `${this.m.unknown} (${md(s.unknown)})` : '—') : displayValue(s.value, isPlainKey(key));
    if (s.value !== undefined && TOKEN_SECRET_PROPERTIES.has(key)) {
      const info = this.secretInfo(s.value, n);
      if (info) value += ` → ${info}`;
    }
    const first = `${this.m.effective}${this.m.colon}${value}`;
    if (s.unresolved.length) more.push(`⚠ ${this.t('unresolved', { names: s.unresolved.map(x => code(x)).join(', ') })}`);
    const origin = this.m.originNames[s.origin] ?? s.origin;
    const second = s.provenance ? `${this.m.from}${this.m.colon}${this.link(s.provenance.path, s.provenance.span)} · ${md(s.via)}` : `${this.m.from}${this.m.colon}${md(s.via)}`;
    for (const c of s.chain) if (c.path.startsWith('/')) more.push(`${this.m.also}${this.m.colon}${this.link(c.path, c.span)} · ${md(c.via)}`);
    // The mechanism matters when it is not the configuration file itself (precedence: -D, program args, relaxed env, defaults).
    if (s.origin !== 'conf-file') more.push(`${this.m.origin}${this.m.colon}${origin}`);
    if (here && s.provenance && (s.provenance.path !== here.path || !overlaps(s.provenance.span, here.span))
      && !s.chain.some(c => c.path === here.path && overlaps(c.span, here.span))) {
      more.push(`⚠ ${this.t('notEffective', { where: this.link(s.provenance.path, s.provenance.span) })}`);
    }
    return { first, second, more };
  }

  private settingBlock(n: NacosNode, key: string, here?: { path: string; span: Span }): string[] {
    const { first, second, more } = this.settingSummary(n, key, here);
    return [first, ...(second ? [second] : []), ...more];
  }

  /**
   * The hover's lead: per node (nodes saying the same thing share a section), two lines — the effective value, then
   * the version and where the value comes from — and what else matters below them.
   */
  private emitSummaries(entries: { n: NacosNode; first: string; second?: string; more: string[] }[]): void {
    const groups = new Map<string, { labels: string[]; lines: string[] }>();
    for (const e of entries.slice(0, MAX_GROUPED)) {
      const v = e.n.version;
      const version = this.t('versionShort', { v: v.version.text, from: this.m.versionFrom[v.from] ?? v.from });
      const lines = [e.first, e.second ? `${version} · ${e.second}` : version, ...e.more];
      const key = lines.join('\u0001');
      const label = e.n.service ? e.n.service : nodeLabel(e.n, this.req.rel);
      const g = groups.get(key);
      if (g) g.labels.push(label); else groups.set(key, { labels: [label], lines });
    }
    let shown = 0;
    for (const g of [...groups.values()].slice(0, MAX_NODES)) {
      const [first, ...rest] = g.lines;
      this.lines.push([`${g.labels.map(l => `**${md(l)}**`).join(', ')} · ${first}`, ...rest].join('  \n'));
      shown += g.labels.length;
    }
    if (entries.length > shown) this.lines.push(`_${this.t('moreNodes', { n: entries.length - shown })}_`);
  }

  /** Command links: what the user can do from here (the client trusts only the extension's own commands). */
  private actions(key: string | undefined, nodes: NacosNode[]): void {
    const links: string[] = [];
    const cmd = (title: string, command: string, args?: unknown[]) =>
      `[${title}](command:${command}${args ? `?${encodeURIComponent(JSON.stringify(args))}` : ''})`;
    // The version is asked only where the linter inferred it: an image tag is what runs.
    if (nodes.length && versionIsInferred(nodes[0]) && this.req.path.startsWith('/')) {
      links.push(cmd(this.m.actionVersion, 'nacosAuthLint.server.setVersion', [{ uri: this.req.uri(this.req.path) }]));
    }
    if (nodes.length) links.push(cmd(this.m.actionReport, 'nacosAuthLint.checkWorkspace'));
    if (key && IDENTITY_KEYS.has(key) && this.req.path.startsWith('/')) {
      const line = lineIndexFor(this.req.path, this.req.text).position(this.req.offset).line;
      links.push(cmd(this.m.actionPair, 'nacosAuthLint.generateIdentityPair', [{ uri: this.req.uri(this.req.path), line }]));
    }
    if (links.length) this.lines.push(links.join(' · '));
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
    const nodes = this.nodes(n => (n.kind === 'properties' && n.path === path) || (n.container !== undefined && n.inputs.includes(path)));
    // This node first (value, version, source), then what the user can do, then what the key means for this version.
    const here = { path, span: t.entry.valueSpan };
    this.emitSummaries(nodes.map(n => ({ n, ...this.settingSummary(n, t.key, here) })));
    this.actions(t.key, nodes);
    if (nodes.length) this.lines.push('---');
    this.lines.push(`### ${code(t.key)}`);
    this.propertyFacts(t.key, nodes[0]);
    // Why this version: the explanation behind the short label of the lead.
    if (nodes[0]) this.lines.push(`_${this.versionLine(nodes[0])}_`);
  }

  placeholder(t: Extract<Target, { kind: 'placeholder' }>): void {
    const path = this.req.path;
    const plain = isPlainKey(t.key) || isPlainEnv(t.name);
    this.lines.push(`### ${code(`\${${t.name}${t.defaultValue !== undefined ? ':…' : ''}}`)}`);
    this.lines.push(this.t('placeholderTitle', { key: code(t.key) }));
    this.lines.push(this.t('placeholderBody', { name: code(t.name) }));
    this.lines.push(t.defaultValue !== undefined ? this.t('placeholderDefault', { value: displayValue(t.defaultValue, plain) }) : this.t('placeholderNoDefault'));
    if (isAuthEnvName(t.name)) this.envFacts(t.name, undefined);
    const nodes = this.nodes(n => (n.kind === 'properties' && n.path === path) || (n.container !== undefined && n.inputs.includes(path)));
    this.emitNodes(nodes.map(n => {
      const block: string[] = [];
      if (n.container !== undefined) {
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
    const maps = n?.imageVersion ? this.mappingsOf(name, n.imageVersion) : envMappingsOverVersions(name);
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
    if (prop) {
      const desc = describeProperty(prop, this.req.settings.locale);
      if (desc) this.lines.push(md(desc));
    }
  }

  /** What one image version does with a variable, in the shape of the over-versions summary. */
  private mappingsOf(name: string, v: NacosVersion): { property: string; mechanism: string; images: string; noDefaultIn?: string }[] {
    return imageEnvMappings(v).filter(m => m.env === name && !m.serverIgnores).map(m => ({
      property: m.property, mechanism: m.mechanism, images: v.text, ...(m.mechanism === 'placeholder' && m.placeholderDefault === null ? { noDefaultIn: v.text } : {}),
    }));
  }

  private envValueLines(ev: EnvValue | undefined, name: string): string[] {
    if (!ev) return [`${this.m.containerValue}${this.m.colon}${this.m.notSet}`];
    const shown = ev.unknown ? `${this.m.unknown} (${md(ev.unknown)})` : displayValue(ev.value, isPlainEnv(name));
    // How it reached the container when that is not the entry itself (a Secret key via secretKeyRef): names only.
    const how = ev.describe ? ` · ${md(ev.describe)}` : '';
    const out = [`${this.m.containerValue}${this.m.colon}${shown}${how} · ${this.link(ev.path, ev.span)}`];
    for (const r of ev.refs) {
      if (r.definedIn) out.push(`${this.m.also}${this.m.colon}${code(`\${${r.name}}`)} ${this.link(r.definedIn.path, r.definedIn.span)}`);
    }
    return out;
  }

  env(t: Extract<Target, { kind: 'env' }>): void {
    const path = this.req.path;
    const o = this.req.offset;
    const nodes = this.nodes(n => n.container !== undefined && n.inputs.includes(path));
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
    const props = list[0] ? this.propertiesFor(list[0], t.name) : [];
    this.actions(props.find(p => IDENTITY_KEYS.has(p)), list);
    if (list.length) this.lines.push('---');
    this.lines.push(`### ${code(t.name)}`);
    this.envFacts(t.name, list[0]);
  }

  /** The properties this node's image sets from the variable (image table, then relaxed binding). */
  private propertiesFor(n: NacosNode, name: string): string[] {
    const out: string[] = [];
    if (n.imageVersion) for (const m of imageEnvMappings(n.imageVersion)) if (m.env === name && !out.includes(m.property)) out.push(m.property);
    const relaxed = relaxedEnvToProperty(name);
    if (relaxed && !out.includes(relaxed)) out.push(relaxed);
    return out;
  }

  /** A Helm values line: per Nacos container rendered from it, the settings this line decides, as they take effect. */
  values(t: Extract<Target, { kind: 'values' }>): void {
    const path = this.req.path;
    const on = (p: string, s: Span) => p === path && s.start >= t.line.start && s.start <= t.line.end;
    const nodes = this.nodes(n => n.k8s?.workload.source === 'helm' && n.inputs.includes(path));
    const entries: { n: NacosNode; paras: string[] }[] = [];
    for (const n of nodes) {
      const keys = [...n.settings].filter(([, s]) => (s.provenance && on(s.provenance.path, s.provenance.span)) || s.chain.some(c => on(c.path, c.span))).map(([k]) => k);
      const envs = [...(n.env?.values() ?? [])].filter(ev => on(ev.path, ev.span));
      if (!keys.length && !envs.length) continue;
      const paras: string[] = [];
      if (n.members !== undefined && n.members > 1) paras.push(this.t('helmMembers', { n: n.members }));
      // a variable no setting carries from here (the image does not read it as an auth key) is still shown
      for (const ev of envs) if (!keys.some(k => this.propertiesFor(n, ev.name).includes(k))) paras.push(`${code(ev.name)}  \n${this.envValueLines(ev, ev.name).join('  \n')}`);
      for (const k of keys) paras.push(`${code(k)}  \n${this.settingBlock(n, k, { path, span: t.span }).join('  \n')}`);
      entries.push({ n, paras });
    }
    this.lines.push(this.t('helmValue', { n: entries.length }));
    this.emitNodes(entries);
  }

  ref(t: Extract<Target, { kind: 'ref' }>): void {
    const path = this.req.path;
    this.lines.push(`### ${code(this.req.text.slice(t.span.start, t.span.end).length <= 80 ? this.req.text.slice(t.span.start, t.span.end) : `\${${t.name}}`)}`);
    this.lines.push(this.t('refTitle', { name: code(t.name) }));
    this.lines.push(fill(this.m.op[t.op] ?? this.m.op[''], { name: code(t.name) }));
    // The model's record of this very reference (which entry it resolved to), per node that uses it.
    const found: { n: NacosNode; ev: EnvValue; ref: EnvRef }[] = [];
    for (const n of this.nodes(x => x.container !== undefined && x.inputs.includes(path))) {
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

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end || (a.start === b.start && a.end === b.end);
}
