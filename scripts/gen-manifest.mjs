#!/usr/bin/env node
// Runs scripts/gen-manifest.ts: bundles it with esbuild together with every rule table in test/unit
// (`*RuleCases.ts` / `ruleCases.ts`, whichever exist), then calls its main(). `--check` compares only (exit 1 if stale).
import * as esbuild from 'esbuild';
import { readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tables = readdirSync(join(root, 'test/unit')).filter(f => /(^r|R)uleCases\.ts$/.test(f)).sort();
const contents = [
  "import { main } from './scripts/gen-manifest';",
  ...tables.map((f, i) => `import * as t${i} from './test/unit/${f.slice(0, -3)}';`),
  `process.exitCode = main([${tables.map((_, i) => `t${i}`).join(', ')}], process.argv.slice(2), ${JSON.stringify(root)});`,
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
