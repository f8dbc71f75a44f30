// "Not 2.5.1? Set the Nacos version…" (issue 19 #6): writes `overrides[{ files, serverVersion }]` into the project's
// `.nacos-auth-lint.json`, creating the file when there is none, keeping everything else in it as it is (comments,
// order, spacing). An override that already sets a version for exactly these files gets the new version instead.
import type { TextEdit } from '../types';
import { parseJsonc, JsonSyntaxError, type JsonNode } from '../config/jsonc';

/**
 * The edit that makes `files` (globs relative to the config file's folder) run `version`, or undefined when the
 * existing file cannot be edited safely (not JSON, not an object, `overrides` not an array).
 */
export function setVersionEdit(configPath: string, text: string | undefined, files: string[], version: string): TextEdit | undefined {
  const entry = (indent: string) => `{ "files": ${JSON.stringify(files)}, "serverVersion": ${JSON.stringify(version)} }`.replace(/^/, indent);
  if (text === undefined || text.trim() === '') {
    const newText = `{\n  "overrides": [\n${entry('    ')}\n  ]\n}\n`;
    return { path: configPath, span: { start: 0, end: text?.length ?? 0 }, newText };
  }
  let root: JsonNode;
  try {
    root = parseJsonc(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return undefined;
    throw e;
  }
  if (!root.members) return undefined;
  const overrides = [...root.members].reverse().find(m => m.key === 'overrides');
  if (overrides) {
    const items = overrides.node.items;
    if (!items) return undefined;
    for (const item of items) {
      const f = item.members?.find(m => m.key === 'files')?.node.value;
      const v = item.members?.find(m => m.key === 'serverVersion')?.node;
      if (v && Array.isArray(f) && f.length === files.length && f.every((x, i) => x === files[i])) {
        return { path: configPath, span: v.span, newText: JSON.stringify(version) };
      }
    }
    if (!items.length) {
      const open = overrides.node.span.start + 1;
      return { path: configPath, span: { start: open, end: open }, newText: `\n${entry('    ')}\n  ` };
    }
    const last = items[items.length - 1];
    return { path: configPath, span: { start: last.span.end, end: last.span.end }, newText: `,\n${entry(indentOf(text, last.span.start))}` };
  }
  const open = root.span.start + 1;
  const more = root.members.length > 0 ? ',' : '\n';
  return { path: configPath, span: { start: open, end: open }, newText: `\n  "overrides": [\n${entry('    ')}\n  ]${more}` };
}

function indentOf(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(lineStart, at);
  return /^\s*$/.test(before) ? before : '    ';
}
