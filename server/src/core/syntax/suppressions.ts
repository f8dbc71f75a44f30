import type { LineIndex } from '../util/positions';

export interface Suppressions {
  file: Set<string>;
  /** 0-based line → rule ids disabled on it. */
  lines: Map<number, Set<string>>;
}

const RE = /^[ \t]*[#!][ \t]*nacos-auth-lint-disable-(next-line|file)[ \t]+([^\r\n]*)$/gm;

/** SPEC §2 suppression comments, the same in .properties, .env and YAML (all use `#` comments). */
export function parseSuppressions(text: string, index: LineIndex): Suppressions {
  const out: Suppressions = { file: new Set(), lines: new Map() };
  if (!text.includes('nacos-auth-lint-disable')) return out;
  RE.lastIndex = 0;
  for (let m = RE.exec(text); m; m = RE.exec(text)) {
    const ids = m[2].split(/[ \t]--[ \t]|[ \t]--$/)[0].split(/[,\s]+/).map(s => s.trim()).filter(Boolean);
    if (m[1] === 'file') ids.forEach(id => out.file.add(id));
    else {
      const line = index.position(m.index + m[0].length).line + 1;
      const set = out.lines.get(line) ?? new Set<string>();
      ids.forEach(id => set.add(id));
      out.lines.set(line, set);
    }
  }
  return out;
}

export function isSuppressed(s: Suppressions, ruleId: string, line: number): boolean {
  if (s.file.has(ruleId) || s.file.has('all')) return true;
  const l = s.lines.get(line);
  return !!l && (l.has(ruleId) || l.has('all'));
}
