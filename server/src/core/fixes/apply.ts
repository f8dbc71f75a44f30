import type { Finding, Fix, TextEdit } from '../types';

/** Applies non-overlapping edits (sorted here) to a text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.span.start < pos) continue; // overlapping: the first one wins, the rest wait for the next round
    out += text.slice(pos, e.span.start) + e.newText;
    pos = e.span.end;
  }
  return out + text.slice(pos);
}

/** A fix's edits, or undefined when it cannot be computed any more (a reused fix whose text has changed since). */
export function editsOf(fix: Fix): TextEdit[] | undefined {
  try {
    return fix.edits();
  } catch {
    return undefined;
  }
}

/**
 * The edits of `source.fixAll` and `--fix`: for each finding its preferred deterministic fix, skipping any fix whose
 * edits overlap an already chosen one (ESLint's fix passes: the next run picks up the rest).
 */
export function pickFixAllEdits(findings: Finding[], onlyPath?: string): TextEdit[] {
  const chosen: TextEdit[] = [];
  const overlaps = (e: TextEdit) => chosen.some(c => c.path === e.path && c.span.start < Math.max(e.span.end, e.span.start + 1) && e.span.start < Math.max(c.span.end, c.span.start + 1));
  const seen = new Set<string>();
  for (const f of findings) {
    const fix = f.fixes.find(x => x.deterministic && x.isPreferred) ?? f.fixes.find(x => x.deterministic);
    if (!fix) continue;
    const edits = editsOf(fix);
    if (!edits) continue;
    // `source.fixAll` edits the document it runs on: a fix that also touches another file waits for an explicit action.
    if (onlyPath !== undefined && edits.some(e => e.path !== onlyPath)) continue;
    const key = JSON.stringify(edits);
    if (seen.has(key)) continue;
    seen.add(key);
    if (edits.some(overlaps)) continue;
    chosen.push(...edits);
  }
  return chosen;
}
