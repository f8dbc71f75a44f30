// The one place that turns a secret into something printable. Nothing else may print a value.
import { createHmac, randomBytes } from 'node:crypto';

/** `VGhp…Nzg= (44 chars)`; short values show nothing of themselves. */
export function mask(value: string | undefined): string {
  if (value === undefined) return '(unset)';
  const n = [...value].length;
  if (n === 0) return '(empty)';
  if (n >= 32) return `${value.slice(0, 4)}…${value.slice(-4)} (${n} chars)`;
  if (n >= 20) return `${value.slice(0, 2)}…${value.slice(-2)} (${n} chars)`;
  return `•••• (${n} chars)`;
}

/**
 * Drawn once per process: a fingerprint tells values apart within one run and says nothing across runs. An unkeyed
 * hash of a short value is a dictionary lookup away from the value (`Autumn2023#` came back from FNV-1a in 11 ms).
 */
const FINGERPRINT_KEY = randomBytes(32);

/** A short fingerprint to tell values apart in one run's messages: HMAC-SHA-256 under the run's key, 8 hex digits. */
export function fingerprint(bytes: Uint8Array | string): string {
  return createHmac('sha256', FINGERPRINT_KEY).update(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).digest('hex').slice(0, 8);
}

/** Shorter texts are never looked for (every other word would match); a secret that short shows through `mask`. */
export const MIN_REDACTED_LENGTH = 4;

const WORD = /[A-Za-z0-9_]/;
const TRUNCATED_MIN = 5;

/**
 * Every text of one analysis that might be the value of an auth setting, whatever the syntax that carried it (a
 * malformed `NAME:value` item, a `key\=value` properties key, a variable a secret setting reads…), and the one pass
 * that masks them in anything about to be printed. A match inside a longer word is left alone (a secret `abcd` does
 * not mask `abcdef`). Indexed by the first characters: linear in the text.
 */
export class Redactor {
  private readonly byHead = new Map<string, string[]>();
  /** The first two characters of every value, as one number: most positions of a text are passed over on it alone,
   *  without cutting a head out of the text (redacting every message of a large workspace on each keystroke). */
  private readonly pairs = new Set<number>();
  readonly size: number;

  constructor(values: Iterable<string>) {
    const all = new Set<string>();
    for (const v of values) if (v.length >= MIN_REDACTED_LENGTH && v.trim() === v) all.add(v);
    for (const v of all) {
      const head = v.slice(0, MIN_REDACTED_LENGTH);
      const list = this.byHead.get(head);
      if (list) list.push(v); else this.byHead.set(head, [v]);
      this.pairs.add(v.charCodeAt(0) * 65536 + v.charCodeAt(1));
    }
    for (const list of this.byHead.values()) list.sort((a, b) => b.length - a.length);
    this.size = all.size;
  }

  /** One redactor for several (the components of a workspace). */
  static union(list: readonly Redactor[]): Redactor {
    const distinct = [...new Set(list)];
    return distinct.length === 1 ? distinct[0] : new Redactor(distinct.flatMap(r => [...r.values()]));
  }

  /** What it masks, as one comparable string: two redactors with the same key mask alike, so a text redacted by one
   *  is what the other would make of it (engine/render.ts keeps rendered messages across analyses, by its digest). */
  get key(): string {
    return JSON.stringify([...this.values()].sort());
  }

  *values(): Iterable<string> {
    for (const list of this.byHead.values()) yield* list;
  }

  has(value: string): boolean {
    return this.byHead.get(value.slice(0, MIN_REDACTED_LENGTH))?.includes(value) ?? false;
  }

  /** `text` with every occurrence of a secret replaced by its `mask`. */
  redact(text: string): string {
    if (!this.size || text.length < MIN_REDACTED_LENGTH) return text;
    let out = '';
    let from = 0;
    for (let i = 0; i + MIN_REDACTED_LENGTH <= text.length;) {
      if (!this.pairs.has(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1))) { i++; continue; }
      const list = this.byHead.get(text.slice(i, i + MIN_REDACTED_LENGTH));
      let hit: string | undefined;
      let end = i;
      for (const v of list ?? []) {
        if (text.startsWith(v, i) && this.bounded(text, i, v)) { hit = v; end = i + v.length; break; }
        // A value shortened for a message (`'Zq01…' is not a boolean`): its prefix up to the ellipsis. Five
        // characters at least, so that mask()'s own four are never taken for one.
        const cut = text.slice(i, i + v.length).indexOf('…');
        if (cut >= TRUNCATED_MIN && v.startsWith(text.slice(i, i + cut))) { hit = v; end = i + cut + 1; break; }
      }
      if (!hit) { i++; continue; }
      out += text.slice(from, i) + mask(hit);
      i = end;
      from = i;
    }
    return from === 0 ? text : out + text.slice(from);
  }

  private bounded(text: string, at: number, v: string): boolean {
    const before = at > 0 && WORD.test(v[0]) && WORD.test(text[at - 1]);
    const end = at + v.length;
    const after = end < text.length && WORD.test(v[v.length - 1]) && WORD.test(text[end]);
    return !before && !after;
  }
}

/** For texts with no workspace behind them. */
export const NO_SECRETS = new Redactor([]);
