// The word being typed: a finding that only says "this name is not known yet" (unknown-auth-setting) waits until the
// word is complete — the cursor has left it (the client sends the cursor, CURSOR_NOTIFICATION) — so that typing
// `nacos.core.auth.ena…` does not flash an error on every keystroke (ESLint and the YAML server behave alike).
import { diffTexts } from '../core';
const WAITING_RULES = new Set(['unknown-auth-setting']);
const WORD = /[^\s=:#!"'{}[\],]/;

export class TypingTracker {
  /** uri → offset just after the last small insertion (the cursor as the server saw it type). */
  private readonly held = new Map<string, number>();
  private readonly texts = new Map<string, string>();

  /** A document changed: remember where a small insertion on one line ended; anything else ends the wait. */
  changed(uri: string, text: string): void {
    const before = this.texts.get(uri);
    this.texts.set(uri, text);
    if (before === undefined) return;
    const { start, endOld, endNew } = changedRange(before, text);
    const inserted = text.slice(start, endNew);
    // Typing or deleting a few characters of one word; a paste, a new line or a fix is not typing.
    if (inserted.length <= 3 && endOld - start <= 3 && !/[\r\n]/.test(inserted) && (inserted === '' || [...inserted].every(c => WORD.test(c)))) {
      this.held.set(uri, endNew);
    } else {
      this.held.delete(uri);
    }
  }

  closed(uri: string): void {
    this.held.delete(uri);
    this.texts.delete(uri);
  }

  /** The cursor is at `offset`: true when it left the held word (the caller re-publishes the document). */
  cursor(uri: string, offset: number): boolean {
    const at = this.held.get(uri);
    const text = this.texts.get(uri);
    if (at === undefined || text === undefined) return false;
    const [start, end] = wordAround(text, at);
    if (offset >= start && offset <= end + 1) return false;
    this.held.delete(uri);
    return true;
  }

  /** Drops the waiting findings whose span touches the word being typed in `uri`. */
  filter<F extends { ruleId: string; span: { start: number; end: number } }>(uri: string, findings: F[]): F[] {
    const at = this.held.get(uri);
    const text = this.texts.get(uri);
    if (at === undefined || text === undefined) return findings;
    const [start, end] = wordAround(text, at);
    return findings.filter(f => !(WAITING_RULES.has(f.ruleId) && f.span.start <= end && f.span.end >= start));
  }
}

function wordAround(text: string, at: number): [number, number] {
  let s = Math.min(at, text.length);
  let e = s;
  while (s > 0 && WORD.test(text[s - 1])) s--;
  while (e < text.length && WORD.test(text[e])) e++;
  return [s, e];
}

/** The one range where `before` and `text` differ: the common start, and the ends of the differing middle in each. */
export function changedRange(before: string, text: string): { start: number; endOld: number; endNew: number } {
  const e = diffTexts(before, text);
  return { start: e.start, endOld: e.oldEnd, endNew: e.newEnd };
}
