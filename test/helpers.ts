import { analyze, normalizeSettings, type Finding } from '../server/src/core';
import { applyEdits } from '../server/src/core/fixes/apply';
import { LineIndex } from '../server/src/core/util/positions';

export const WS = '/ws';

/** Runs the core over an in-memory workspace: `files` maps workspace-relative paths to texts. */
export function lint(files: Record<string, string>, settings: Record<string, unknown> = {}, locale?: string) {
  const abs = new Map(Object.entries(files).map(([p, t]) => [`${WS}/${p}`, t]));
  const s = normalizeSettings(settings, locale);
  const result = analyze({
    files: [...abs].map(([path, text]) => ({ path, text })),
    readFile: p => abs.get(p),
    settingsFor: () => s,
    relPath: p => (p.startsWith(`${WS}/`) ? p.slice(WS.length + 1) : p),
    rootFor: () => WS,
  });
  const all: (Finding & { file: string; line: number; text: string })[] = [];
  for (const [path, list] of result.findings) {
    const text = abs.get(path) ?? '';
    const idx = new LineIndex(text);
    for (const f of list) all.push({ ...f, file: path.slice(WS.length + 1), line: idx.position(f.span.start).line + 1, text: text.slice(f.span.start, f.span.end) });
  }
  return { result, findings: all, files: abs };
}

/** "ruleId@file:line `underlined`" strings, sorted: compact and exact in assertions. */
export function summarize(findings: { ruleId: string; file: string; line: number; text: string }[]): string[] {
  return findings.map(f => `${f.ruleId}@${f.file}:${f.line} \`${f.text}\``).sort();
}

export function ids(findings: { ruleId: string }[]): string[] {
  return [...new Set(findings.map(f => f.ruleId))].sort();
}

/** Applies a fix's edits to the in-memory files and returns the new file map (relative paths). */
export function applyFix(files: Map<string, string>, edits: { path: string; span: { start: number; end: number }; newText: string }[]): Record<string, string> {
  const byPath = new Map<string, typeof edits>();
  for (const e of edits) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e]);
  const out: Record<string, string> = {};
  for (const [path, text] of files) out[path.slice(WS.length + 1)] = byPath.has(path) ? applyEdits(text, byPath.get(path)!) : text;
  return out;
}

/** Java's String.trim() (code points ≤ U+0020 at both ends), which Spring applies to keys. Written here, apart
 * from the parser, so the oracle tests do not borrow the code they check. */
export function javaTrim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 0x20) a++;
  while (b > a && s.charCodeAt(b - 1) <= 0x20) b--;
  return s.slice(a, b);
}
