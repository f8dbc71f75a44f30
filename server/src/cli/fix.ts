import { writeFileSync } from 'node:fs';
import { applyEdits, pickFixAllEdits, type Finding, type TextEdit } from '../core';

/** `--fix`: the deterministic, preferred fixes only (never generated secrets), non-overlapping, written per file. */
export function applyFixesOnDisk(findings: Map<string, Finding[]>, read: (p: string) => string | undefined): Map<string, string> {
  const all: Finding[] = [...findings.values()].flat();
  const byPath = new Map<string, TextEdit[]>();
  for (const e of pickFixAllEdits(all)) {
    const list = byPath.get(e.path);
    if (list) list.push(e); else byPath.set(e.path, [e]);
  }
  const changed = new Map<string, string>();
  for (const [path, edits] of byPath) {
    const text = read(path);
    if (text === undefined) continue;
    const next = applyEdits(text, edits);
    if (next === text) continue;
    writeFileSync(path, next);
    changed.set(path, next);
  }
  return changed;
}
