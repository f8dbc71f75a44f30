// Shared by the generic fix tests: load a folder as an in-memory workspace, analyse it, apply edits (creating files
// that do not exist yet), and map spans of the old text into the new one.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { analyze, normalizeSettings, type AnalysisResult, type Finding, type Span, type TextEdit } from '../server/src/core';
import { applyEdits } from '../server/src/core/fixes/apply';

export type Files = Map<string, string>;

/** The repository root: above the bundled test (out-test/…) or the current directory (scripts/run-test.sh). */
export function repoRoot(): string {
  for (let d = __dirname; d !== dirname(d); d = dirname(d)) {
    if (existsSync(join(d, 'package.json')) && existsSync(join(d, 'server/src/core'))) return d;
  }
  return resolve(process.cwd());
}

const SKIP = new Set(['node_modules', '.git']);

/** Every text file under `root` (absolute, forward slashes), as the CLI would see them. */
export function loadDir(root: string): Files {
  const out: Files = new Map();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (SKIP.has(name)) continue;
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && st.size < 1_000_000 && !/\.(md|sh|java|json|js|ts|sql|xml|txt)$/i.test(name)) out.set(p.replace(/\\/g, '/'), readFileSync(p, 'utf8'));
    }
  };
  walk(root);
  return out;
}

export function analyzeFiles(files: Files, root: string, settings: Record<string, unknown> = {}): AnalysisResult {
  const s = normalizeSettings(settings);
  return analyze({
    files: [...files].map(([path, text]) => ({ path, text })),
    readFile: p => files.get(p),
    settingsFor: () => s,
    relPath: p => (p.startsWith(`${root}/`) ? p.slice(root.length + 1) : p),
    rootFor: () => root,
  });
}

export function allFindings(r: AnalysisResult): Finding[] {
  return [...r.findings.values()].flat();
}

/** Applies edits (several files; a path not in `files` is a new file). */
export function applyAll(files: Files, edits: TextEdit[]): Files {
  const byPath = new Map<string, TextEdit[]>();
  for (const e of edits) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e]);
  const out: Files = new Map(files);
  for (const [path, list] of byPath) out.set(path, applyEdits(files.get(path) ?? '', list));
  return out;
}

/** Where an old offset lands after the edits of its file (`right`: after text inserted exactly there). */
function mapOffset(o: number, edits: TextEdit[], bias: 'left' | 'right'): number {
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    const d = e.newText.length - (e.span.end - e.span.start);
    if (e.span.end < o || (e.span.end === o && (e.span.start < o || bias === 'right'))) delta += d;
    else if (e.span.start < o && o < e.span.end) return e.span.start + delta + (bias === 'right' ? e.newText.length : 0);
  }
  return o + delta;
}

/** The old span in the new text, grown over any edit that touches it. */
export function mapSpan(span: Span, edits: TextEdit[]): Span {
  let start = mapOffset(span.start, edits, 'left');
  let end = Math.max(start, mapOffset(span.end, edits, 'right'));
  for (const e of edits) {
    if (e.span.start <= span.end && span.start <= e.span.end) {
      const s = mapOffset(e.span.start, edits, 'left');
      start = Math.min(start, s);
      end = Math.max(end, s + e.newText.length);
    }
  }
  return { start, end };
}

export function touches(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function newestMtime(dir: string): number {
  let m = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    m = Math.max(m, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return m;
}

/**
 * The real CLI, dist/cli.js (`npm test` builds it first with `node esbuild.mjs`). When it is missing or older than
 * the sources (a single test file run by scripts/run-test.sh), only the CLI bundle is rebuilt, with the same options.
 */
export function cliJs(): string {
  const root = repoRoot();
  const cli = join(root, 'dist/cli.js');
  if (!existsSync(cli) || statSync(cli).mtimeMs < newestMtime(join(root, 'server/src'))) {
    // node_modules/.bin/esbuild is the native binary or a JS shim with a shebang: run it as it is.
    const r = spawnSync(join(root, 'node_modules/.bin/esbuild'), ['server/src/cli/main.ts', '--bundle', '--platform=node', '--target=node20',
      '--format=cjs', '--sourcemap', '--log-level=warning', '--banner:js=#!/usr/bin/env node', `--outfile=${cli}`], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`building dist/cli.js failed: ${r.stderr}`);
  }
  return cli;
}

export function runCli(args: string[], cwd: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [cliJs(), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
