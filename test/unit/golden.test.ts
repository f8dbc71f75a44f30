// No behaviour change across a refactor: the CLI's `--format json --explain` output over examples/, every folder of
// the shared corpus and the benchmark's generated workloads, byte for byte, against goldens recorded before it.
// `UPDATE_GOLDEN=1 npm test` re-records (only when an issue deliberately changes verdicts; say so in the commit).
// Fingerprints in messages change from run to run by design: they are numbered before comparing (normalizeFingerprints).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { corpusDir } from '../corpus';

const ROOT = existsSync(resolve(__dirname, '../../package.json')) ? resolve(__dirname, '../..') : process.cwd();
const CLI = join(ROOT, 'dist/cli.js');
const GOLDEN = join(ROOT, 'test/fixtures/golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function run(cwd: string, path: string): string {
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', '--explain', path], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  return `exit ${r.status}\n${r.stdout}`;
}

/**
 * Fingerprints are keyed per run (util/mask.ts: HMAC under a random key), so the same secret prints differently in
 * two runs. The golden keeps what they say — which members share a value — by numbering them in order of first
 * appearance: `fingerprint 3fa9c2d1` → `fingerprint #1` (and `指纹 …` alike).
 */
function normalizeFingerprints(out: string): string {
  const seen = new Map<string, number>();
  return out.replace(/(fingerprint |指纹 )([0-9a-f]{8})\b/g, (_m, word: string, hex: string) => {
    if (!seen.has(hex)) seen.set(hex, seen.size + 1);
    return `${word}#${seen.get(hex)}`;
  });
}

function check(name: string, raw: string, hashOnly = false): void {
  const out = normalizeFingerprints(raw);
  const file = join(GOLDEN, `${name}.${hashOnly ? 'sha256' : 'json'}`);
  const body = hashOnly ? `${createHash('sha256').update(out).digest('hex')}\n` : out;
  if (UPDATE || !existsSync(file)) {
    writeFileSync(file, body);
    if (!UPDATE) console.log(`# golden recorded for ${name} (new)`);
    return;
  }
  assert.equal(body, readFileSync(file, 'utf8'), `CLI output changed for ${name}`);
}

test('golden: examples/', () => {
  check('examples', run(ROOT, 'examples'));
});

test('golden: every folder of the shared corpus', t => {
  const corpus = corpusDir();
  if (!corpus) { t.skip('corpus not found'); return; }
  for (const d of readdirSync(corpus, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    check(`corpus-${d.name}`, run(corpus, d.name));
  }
});

test('golden: the benchmark workloads', async () => {
  const gen = await import(join(ROOT, 'test/bench/generate.mjs'));
  const dir = mkdtempSync(join(tmpdir(), 'nal-golden-'));
  try {
    gen.propertiesWorkload(join(dir, 'properties'));
    gen.composeWorkload(join(dir, 'compose'));
    gen.workspaceWorkload(join(dir, 'workspace'), { files: 2000, clusters: 40 });
    for (const w of ['properties', 'compose', 'workspace']) check(`bench-${w}`, run(join(dir, w), '.'), true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});


