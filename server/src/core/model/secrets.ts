// Which texts of a workspace might be the value of an auth setting (issue 20, item 12): the effective secrets of every
// node and what they were written as, and — whatever the syntax around them — what follows a name that says it holds
// a secret (`NAME=v`, `NAME: v`, `NAME v`, `key\=v`, `{ NAME=v }`, `-e NAME=v`) or a default given to one
// (`${VAR:-v}`). A malformed entry is exactly what the parsers do not read as a value, so the text is searched line by
// line too. The result feeds util/mask.ts's Redactor, which every output goes through.
import type { NacosNode } from './node';
import { SECRET_ENV, SECRET_PROPERTIES } from '../nacos/keys';
import { PUBLIC_IDENTITY_PAIRS, PUBLIC_SECRETS } from '../nacos/knownValues';
import { decodeSecret } from '../nacos/decoders';
import { MIN_REDACTED_LENGTH } from '../util/mask';
import { detached, diffTexts } from '../util/text';

/** Published values are public: masking them would only garble messages that quote the facts. */
const PUBLISHED = new Set<string>([...PUBLIC_IDENTITY_PAIRS.flatMap(p => [p.key, p.value]), ...PUBLIC_SECRETS.map(p => p.secret)]);

/**
 * A name that says it holds a secret, however it is spelt (`NACOS_AUTH_TOKEN`, `identity.value`, `token.secret.key`,
 * `TOKEN`): by how it ends, so that `token.expire.seconds` or `NACOS_AUTH_TOKEN_EXPIRE_SECONDS` (numbers, switches)
 * are not taken for one — masking them garbled every message that quotes them.
 */
export function isSecretName(name: string): boolean {
  let hit = NAMES.get(name);
  if (hit === undefined) {
    hit = SECRET_NAME_END.test(name.toUpperCase().replace(/\\/g, '').replace(/[.\-]+/g, '_'));
    // The names of a workspace repeat on every node and every keystroke: a pure answer, remembered (bounded).
    if (NAMES.size >= NAMES_LIMIT) NAMES.clear();
    NAMES.set(detached(name), hit);
  }
  return hit;
}
const NAMES = new Map<string, boolean>();
const NAMES_LIMIT = 10_000;
const SECRET_NAME_END = /(^|_)(TOKEN|SECRET|SECRET_KEY|IDENTITY|IDENTITY_KEY|IDENTITY_VALUE|PASSWORD|PASSWD|CREDENTIALS?|PRIVATE_KEY)$/;

/** A cheap test before the entry scan: the line names something secret-like somewhere. */
const MENTIONS_SECRET = /TOKEN|SECRET|IDENTITY|PASSWORD|PASSWD|CREDENTIAL|PRIVATE/i;

/** Looks like a configuration name rather than a word of prose: dotted, underscored or all capitals. */
const configLike = (name: string) => /[._]/.test(name) || /^[A-Z][A-Z0-9]{3,}$/.test(name);

/** A name, a separator of any kind (escaped or not, or just white space), and the first word of what follows. */
const ENTRY = /(?<![A-Za-z0-9_.\\-])([A-Za-z][A-Za-z0-9_.\\-]*)[ \t]*(?:\\?[=:]|\\?[ \t])[ \t]*["'`]?([^\s"'`,;{}[\]()#]+)/g;
/**
 * A default in a reference: `${VAR:-v}`, `${VAR-v}`, `${VAR:=v}`, Spring's `${key:v}`. The name stops at `$` and `{`:
 * otherwise a line of 500,000 `${` made every start scan the rest of the line (quadratic; the hostile-input test).
 */
const DEFAULT = /\$\{([^${}:=?\-\s]*)(?::?[-=]|:)([^${}\s]*)\}/g;

/** Decoded texts of one pass (an analysis): the same values come back on every member, each is decoded once. */
export type DecodeMemo = Map<string, string | undefined>;

function add(out: Set<string>, v: string | undefined, memo: DecodeMemo): void {
  if (v === undefined) return;
  for (const x of variants(v)) {
    if (x.length < MIN_REDACTED_LENGTH || PUBLISHED.has(x) || x.includes('${')) continue;
    // Kept across keystrokes (the engine's per-line candidates and decodings): copies, not views of the text.
    const own = detached(x);
    out.add(own);
    let text = memo.get(own);
    if (text === undefined && !memo.has(own)) memo.set(own, (text = decodedText(own)));
    if (text !== undefined) out.add(text);
  }
}

/** The text a Base64 secret decodes to, when printable and long enough: it is the same secret. */
function decodedText(x: string): string | undefined {
  const bytes = decodeSecret(x, 'lenient').bytes;
  if (!bytes || bytes.length < MIN_REDACTED_LENGTH) return undefined;
  const t = Buffer.from(bytes).toString('latin1');
  return /^[\x20-\x7e]+$/.test(t) && !PUBLISHED.has(t) ? t.trim() : undefined;
}

/** The value as written and as read: trimmed, unquoted, unescaped. */
function variants(v: string): string[] {
  const t = v.trim();
  const out = [v, t];
  if (t.length >= 2 && /^["'`]/.test(t) && t[t.length - 1] === t[0]) out.push(t.slice(1, -1).trim());
  if (t.includes('\\')) out.push(t.replace(/\\(.)/g, '$1'));
  // A malformed entry splits at the value's own first `=` or `:` (`key\=abc==` is the key `key=abc` to the
  // properties reader, `- NAME abc==` the variable `NAME abc`): the part before it is printed as a name.
  const cut = t.search(/[=:]/);
  if (cut > 0) out.push(t.slice(0, cut));
  return out;
}

/** Candidates in one file's text: what follows secret names on its lines (comments aside) and their defaults. Each
 *  line's are its own: `lines` (the engine's, per file) hands over those of the previous text's lines and keeps this
 *  text's for the next (a keystroke reads one line again). */
export function textSecrets(text: string, memo: DecodeMemo = new Map(), lines?: { previous?: Map<string, string[]>; next: Map<string, string[]> }): string[] {
  return secretValues(secretLines(text, memo, lines));
}

/** A line of a text that holds candidates: [start, end) (the end at its line break or the text's end), and them. */
export interface SecretLine { start: number; end: number; found: string[] }

/** The distinct candidates of some lines, in order of first appearance. */
export function secretValues(list: readonly SecretLine[]): string[] {
  const out = new Set<string>();
  for (const l of list) for (const v of l.found) out.add(v);
  return [...out];
}

/** The lines of `text` in [from, to) that hold candidates, in order (`from` at a line's start, `to` at a line's end). */
export function secretLines(text: string, memo: DecodeMemo, lines?: { previous?: Map<string, string[]>; next: Map<string, string[]> }, from = 0, to = text.length): SecretLine[] {
  const out: SecretLine[] = [];
  // Only the lines that mention a secret-like word, found by searching the text (no array of every line: most lines
  // of a workspace mention none). A line is what lies between line breaks (CR LF, CR, LF), as `split` would give it.
  const mention = new RegExp(MENTIONS_SECRET.source, 'gi');
  mention.lastIndex = from;
  for (let m = mention.exec(text); m && m.index < to; m = mention.exec(text)) {
    let start = m.index;
    while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
    let end = m.index + m[0].length;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    mention.lastIndex = end;
    const line = text.slice(start, end);
    if (/^\s*[#!]/.test(line)) continue;
    let found = lines ? lines.next.get(line) ?? lines.previous?.get(line) : undefined;
    if (!found) {
      const own = new Set<string>();
      lineSecrets(line, own, memo);
      found = [...own];
    }
    lines?.next.set(detached(line), found);
    if (found.length) out.push({ start, end, found });
  }
  return out;
}

/**
 * `secretLines` of `text` from those of an older text of the same file (`old`, `before`): the lines the change did
 * not touch keep theirs (those after it moved by the change's length), the touched lines are read again. The same
 * lines as reading `text` whole (test/unit/secret-lines.test.ts).
 */
export function secretLinesAfterEdit(old: string, before: readonly SecretLine[], text: string, memo: DecodeMemo, lines?: { previous?: Map<string, string[]>; next: Map<string, string[]> }): SecretLine[] {
  const edit = diffTexts(old, text);
  const p = edit.start;
  const s = old.length - edit.oldEnd;
  const isBreak = (c: number) => c === 10 || c === 13;
  // The touched lines: from the start of the line the change starts in (in the common prefix, so the same offset in
  // both texts) to the end of the line it ends in (in the common suffix: a break, or the end, in both texts).
  let a = p;
  while (a > 0 && !isBreak(old.charCodeAt(a - 1))) a--;
  let b = old.length - s;
  while (b < old.length && !isBreak(old.charCodeAt(b))) b++;
  const delta = text.length - old.length;
  const out: SecretLine[] = [];
  let i = 0;
  for (; i < before.length && before[i].start < a; i++) out.push(before[i]);
  out.push(...secretLines(text, memo, lines, a, b + delta));
  for (; i < before.length; i++) {
    const l = before[i];
    if (l.start > b) out.push(delta ? { start: l.start + delta, end: l.end + delta, found: l.found } : l);
  }
  return out;
}

function lineSecrets(line: string, out: Set<string>, memo: DecodeMemo): void {
  let secretLine = false;
  const entry = new RegExp(ENTRY.source, 'g');
  for (let m = entry.exec(line); m; m = entry.exec(line)) {
    if (!isSecretName(m[1]) || !configLike(m[1])) {
      // What follows a name that is not secret may be an entry itself (`- name: NACOS_AUTH_TOKEN value` in a
      // Kubernetes env list): look again from its start (it lies past the name, so the scan still moves on).
      entry.lastIndex = m.index + m[0].length - m[2].length;
      continue;
    }
    secretLine = true;
    add(out, m[2], memo);
    add(out, m[2].replace(/^[=:]+/, ''), memo);
  }
  // A default is a secret on a secret's line, or when the variable it stands for is one (`enabled=${TOKEN:v}`).
  for (const m of line.matchAll(DEFAULT)) if (secretLine || isSecretName(m[1])) add(out, m[2], memo);
}

/** Candidates in one node: its effective secrets, what they were written as, and the secret variables it sees. */
export function nodeSecrets(node: NacosNode, memo: DecodeMemo = new Map()): string[] {
  const out = new Set<string>();
  for (const [key, s] of node.settings) {
    if (!SECRET_PROPERTIES.has(key)) continue;
    add(out, s.value, memo);
    add(out, s.written?.raw, memo);
  }
  for (const [name, ev] of node.env ?? []) {
    if (!SECRET_ENV.includes(name) && !isSecretName(name)) continue;
    for (const d of [ev, ...ev.overridden]) add(out, d.value, memo);
  }
  return [...out];
}
