// What a chart's render says about the values the user wrote (issue 16): auth-looking keys that no template reads
// (`helm-unused-value`: `server.security=true`, `identitykey` for `identityKey`, keys the chart simply does not have),
// and constructs the renderer does not evaluate (`helm-template-unsupported`, once per chart). Both are reported by
// the Helm source as problems carrying these rule ids; the rules hold the messages.
import { isMap, isScalar, parseDocument, type Node as YNode } from 'yaml';
import type { Span } from '../../types';
import type { SourceProblem } from '../types';
import type { GoMap } from '../../syntax/gotemplate/value';
import { isValueRead, type Chart, type RenderResult } from './chart';
import { applySets, parseSet, Provenance, scalarLineEdit, type ValuesProblem } from './values';

/** A key written in a values file (or a `--set` argument): its dotted `.Values` path and where its name is. */
export interface WrittenKey { path: string; segment: string; span: Span }

/** Names that make a key worth a warning when it has no effect: the switches and secrets of Nacos auth. */
const AUTH_WORD = /auth|identity|security|secret|token/i;
/** Kubernetes and chart-convention keys that say "secret" or "security" about something else (pull secrets, pod security). */
const NOT_AUTH = /^(imagePullSecrets?|automountServiceAccountToken|(pod|container)?SecurityContext|podSecurityPolicy|existingSecret\w*|secretName|secretRef|secretMounts?|extraSecrets?|extraSecretMounts?)$/i;
const looksAuth = (seg: string) => AUTH_WORD.test(seg) && !NOT_AUTH.test(seg);

/** Keys of a values file through nested maps (lists replace as a whole: their items are not keys), with the spans of their names. */
export function valuesKeys(text: string): WrittenKey[] {
  const out: WrittenKey[] = [];
  let doc;
  try {
    doc = parseDocument(text, { version: '1.1', uniqueKeys: false, prettyErrors: false, strict: false });
  } catch {
    return out;
  }
  if (doc.errors.length) return out;
  const walk = (n: YNode | null | undefined, prefix: string, depth: number) => {
    if (!n || !isMap(n) || depth > 50) return;
    for (const pair of n.items) {
      const k = pair.key as YNode | null;
      if (!k || !isScalar(k) || k.range === undefined || k.range === null) continue;
      const seg = String(k.value);
      if (seg === '<<') continue;
      const path = prefix ? `${prefix}.${seg}` : seg;
      out.push({ path, segment: seg, span: { start: k.range[0], end: k.range[1] } });
      walk(pair.value as YNode | null, path, depth + 1);
    }
  };
  walk(doc.contents as YNode | null, '', 0);
  return out;
}

/** `valuesKeys(text)` from the keys of the previous text when the edit only changed the plain value of one of its
 *  `key: value` lines (the keys are the same, those after it moved); undefined otherwise. */
export function valuesKeysAfter(previous: { text: string; value: WrittenKey[] }, text: string): WrittenKey[] | undefined {
  const e = scalarLineEdit(previous.text, text);
  // the line's key must be one the parse found (not a line of a block scalar that looks like one)
  if (!e || !previous.value.some(k => k.span.start === e.keyStart)) return undefined;
  const delta = e.newEnd - e.oldEnd;
  return previous.value.map(k => (k.span.start >= e.oldEnd ? { ...k, span: { start: k.span.start + delta, end: k.span.end + delta } } : k));
}

/** Keys a `--set` argument writes (dotted paths; list items are not keys). */
export function setKeys(arg: string, asString: boolean): string[] {
  const m: GoMap = new Map();
  try { parseSet(arg, m, '--set', new Provenance(), asString); } catch { return []; }
  const out: string[] = [];
  const walk = (v: GoMap, prefix: string, depth: number) => {
    if (depth > 50) return;
    for (const [k, x] of v) {
      const p = prefix ? `${prefix}.${k}` : k;
      out.push(p);
      if (x instanceof Map) walk(x, p, depth + 1);
    }
  };
  walk(m, '', 0);
  return out;
}

/** Why Helm refuses a `--set` argument (strvals syntax), or undefined when it parses. */
export function setProblem(arg: string, asString: boolean): string | undefined {
  const problems: ValuesProblem[] = [];
  applySets([arg], new Map(), new Provenance(), problems, asString);
  return problems[0]?.message;
}

/** `.Values.a.b` chains written in templates: keys a template reads (perhaps under a condition false today). */
export function templateMentions(templates: Iterable<string>): { paths: Set<string>; words: Set<string> } {
  const paths = new Set<string>();
  const words = new Set<string>();
  for (const t of templates) {
    for (const m of t.matchAll(/\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)/g)) {
      const segs = m[1].slice(1).split('.');
      for (let i = 1; i <= segs.length; i++) paths.add(segs.slice(0, i).join('.'));
    }
    // a field or a string in an action (`.identityKey` under `with`, `index .Values "identityKey"`, `hasKey $x "identityKey"`)
    for (const a of t.matchAll(/\{\{([\s\S]*?)\}\}/g)) for (const m of a[1].matchAll(/[."]([A-Za-z_][A-Za-z0-9_-]*)/g)) words.add(m[1]);
  }
  return { paths, words };
}

function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The read key nearest to an unread one: same spelling but case, else a close one under the same parent. */
export function nearestRead(key: string, read: Iterable<string>): string | undefined {
  const dot = key.lastIndexOf('.');
  const parent = dot < 0 ? '' : key.slice(0, dot);
  const seg = (dot < 0 ? key : key.slice(dot + 1)).toLowerCase();
  let best: { k: string; d: number } | undefined;
  for (const r of read) {
    if (r === key || r.includes('[')) continue;
    const rd = r.lastIndexOf('.');
    const rseg = (rd < 0 ? r : r.slice(rd + 1)).toLowerCase();
    const rparent = rd < 0 ? '' : r.slice(0, rd);
    // same word in another case anywhere (`nacos.identitykey` → `nacos.identityKey`, `identityKey` at the top level)
    let d = rseg === seg ? (rparent === parent ? 0 : 1) : rparent === parent ? 1 + distance(seg, rseg) : Infinity;
    if (rparent === parent && rseg !== seg && d - 1 > Math.max(1, Math.floor(seg.length / 4))) d = Infinity;
    if (d < (best?.d ?? Infinity) || (d === best?.d && r < best.k)) best = { k: r, d };
  }
  return best && Number.isFinite(best.d) ? best.k : undefined;
}

export interface UnusedInput {
  chart: Chart;
  result: RenderResult;
  /** What the templates of the chart and its subcharts name (templateMentions). */
  mentions: { paths: Set<string>; words: Set<string> };
  /** Values files the user writes (the chart's values.yaml, `-f` files), readable. */
  files: { path: string; text: string; keys: WrittenKey[] }[];
  set: string[];
  setString: string[];
  /** Where findings about `--set` arguments land (the chart's Chart.yaml). */
  anchor: { path: string; span: Span };
}

/**
 * `helm-unused-value` problems: auth-looking keys that no template read while rendering and that no template names
 * (a key read only under a condition that is false today is named, so never reported). Keys handed to subcharts,
 * `global` and `tags` are Helm's, not the templates'; a subtree a template uses whole (`toYaml`, `range`) is read.
 */
export function unusedValues(u: UnusedInput): SourceProblem[] {
  const r = u.result;
  // An incomplete render (a failed template, a parse error) has not read what it would have.
  if (r.templates.some(t => t.failed) || r.problems.some(p => p.kind !== 'values')) return [];
  if (r.valuesReadWhole.has('')) return [];
  const helmOwn = new Set(['global', 'tags']);
  const collect = (c: Chart) => { for (const q of c.requirements) helmOwn.add(q.alias || q.name); for (const s of c.subcharts) helmOwn.add(s.name); };
  collect(u.chart);
  const mentions = u.mentions;
  const candidates = new Set<string>([...r.valuesRead, ...mentions.paths]);
  const unread = (path: string, seg: string) => !isValueRead(r, path) && !mentions.words.has(seg) && !helmOwn.has(path.split('.')[0]);
  const out: SourceProblem[] = [];
  const report = (path: string, span: Span, where: { path: string; span: Span }, flag?: string) => {
    const near = nearestRead(path, candidates);
    const args: Record<string, string> = { key: path, ...(near ? { suggestion: near } : {}), ...(flag ? { flag } : {}) };
    const messageId = `${flag ? 'set' : 'file'}${near ? 'Suggest' : ''}`;
    out.push({
      ruleId: 'helm-unused-value', messageId, args, severity: 'warning', path: where.path, span: where.span,
      message: `${flag ? `${flag} ` : ''}${path}: no template of the chart reads this key, so it has no effect${near ? ` (templates read ${near})` : ''}`,
    });
    void span;
  };
  // The topmost unread key of a branch is the one to report: everything under it is unread too.
  const pick = (keys: { path: string; segment: string }[]): Set<string> => {
    const chosen = new Set<string>();
    // only auth-looking keys are looked up (a 10,000-line values file has few)
    for (const k of keys.filter(x => looksAuth(x.segment)).sort((a, b) => a.path.split('.').length - b.path.split('.').length)) {
      if ([...chosen].some(d => k.path.startsWith(`${d}.`))) continue;
      if (unread(k.path, k.segment)) chosen.add(k.path);
    }
    return chosen;
  };
  for (const f of u.files) {
    const chosen = pick(f.keys);
    for (const k of f.keys) if (chosen.has(k.path)) { chosen.delete(k.path); report(k.path, k.span, { path: f.path, span: k.span }); }
  }
  const flags: [string, string[], boolean][] = [['--set', u.set, false], ['--set-string', u.setString, true]];
  for (const [flag, args, asString] of flags) {
    for (const a of args) {
      const keys = setKeys(a, asString).map(p => ({ path: p, segment: p.slice(p.lastIndexOf('.') + 1) }));
      for (const p of pick(keys)) report(p, u.anchor.span, u.anchor, flag);
    }
  }
  return out;
}

/** `helm-template-unsupported`: one problem per chart, at the first construct not evaluated, naming them all. */
export function unsupportedProblem(r: RenderResult, readable: (p: string) => boolean, lineOf: (p: string, offset: number) => number, rel: (p: string) => string): SourceProblem | undefined {
  // A function not evaluated (`lookup`, `randAlphaNum`) matters when what it produced reaches the output or decides a
  // condition (`default (randAlphaNum 32)` over a value that is set does not); `condition on …` itself is not a construct.
  const reasons = [...r.templates.flatMap(t => t.unknown), ...r.unsupported.filter(x => x.construct.startsWith('condition on ')).map(x => x.construct.slice('condition on '.length))];
  const matters = (c: string) => !/^[A-Za-z0-9_]+$/.test(c) || reasons.some(x => x.startsWith(`${c}:`));
  const list = r.unsupported.filter(x => !x.construct.startsWith('condition on ') && matters(x.construct) && readable(x.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.span.start - b.span.start));
  if (!list.length) return undefined;
  const names: string[] = [];
  for (const x of list) {
    const n = `${constructName(x.construct)} (${rel(x.path)}:${lineOf(x.path, x.span.start)})`;
    if (!names.includes(n)) names.push(n);
  }
  const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, … (${names.length - 5} more)` : '');
  const first = list[0];
  return {
    ruleId: 'helm-template-unsupported', messageId: 'unsupported', args: { constructs: shown }, severity: 'info',
    path: first.path, span: first.span,
    message: `the chart uses what the linter does not evaluate: ${shown}; the values they produce are unknown`,
  };
}

/** The construct as the user wrote it (`lookup`, `tpl`, `.Files.Get`), not the renderer's reason. */
function constructName(c: string): string {
  if (c.startsWith('tpl of ')) return '`tpl` of a string not known before the render';
  if (c.startsWith('.Files.Get of ')) return `\`.Files.Get\` of a file not in the chart (${c.slice(c.indexOf(': ') + 2)})`;
  if (/^[A-Za-z0-9_]+$/.test(c)) return `\`${c}\``;
  return c;
}
