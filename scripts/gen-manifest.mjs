#!/usr/bin/env node
// Runs scripts/gen-manifest.ts (bundled with esbuild): package.json rule settings, nls, the generated head of every
// rule page and README's rule table, from the rule registry. `--check` compares only (exit 1 if stale).
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const contents = [
  "import { main } from './scripts/gen-manifest';",
  `process.exitCode = main(process.argv.slice(2), ${JSON.stringify(root)});`,
].join('\n');
const dir = mkdtempSync(join(tmpdir(), 'nal-gen-'));
const outfile = join(dir, 'gen.cjs');
try {
  await esbuild.build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'gen-entry.ts' },
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, logLevel: 'warning',
  });
  createRequire(import.meta.url)(outfile);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
