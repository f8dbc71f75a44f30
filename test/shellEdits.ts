// Edits of shell scripts for the differential tests of the incremental reading (test/unit/shell-incremental.test.ts,
// test/fuzz/reparse.ts): the benchmark's deployment script, and keystroke-like random edits of it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error — the benchmark's generator is plain JavaScript
import { scriptWorkload } from './bench/generate.mjs';
import type { Rng } from './composeEdits';

const scripts = new Map<number, string>();

/** The benchmark's deployment script (test/bench/generate.mjs `scriptWorkload`) of about `lines` lines. */
export function benchScript(lines = 600): string {
  const hit = scripts.get(lines);
  if (hit !== undefined) return hit;
  const dir = mkdtempSync(join(tmpdir(), 'nal-shinc-'));
  try {
    const w = scriptWorkload(dir, { lines }) as { file: string };
    const text = readFileSync(w.file, 'utf8');
    scripts.set(lines, text);
    return text;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PIECES = ['7', 'x', ' ', '=', '$', '"', "'", '\\', '\n', '#', ';', '&', '|', '(', ')', '{', '}', '`', '<<EOF\n', 'EOF\n', 'fi\n', 'if true; then\n', '${C00_XMN}', 'export ', 'NACOS_SERVERS=a\n', 'done\n', '$(', 'docker run -e NACOS_AUTH_TOKEN=$X nacos/nacos-server:v2.4.3\n'];

/** A random keystroke-like edit: insert a piece, delete a few characters, or duplicate / delete a line. */
export function scriptEdit(r: Rng, text: string): string {
  const roll = r.next();
  const at = r.int(text.length + 1);
  if (roll < 0.5) return text.slice(0, at) + r.pick(PIECES) + text.slice(at);
  if (roll < 0.8) return text.slice(0, at) + text.slice(at + 1 + r.int(3));
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  const end = nl < 0 ? text.length : nl + 1;
  return roll < 0.9 ? text.slice(0, start) + text.slice(end) : text.slice(0, end) + text.slice(start, end) + text.slice(end);
}

