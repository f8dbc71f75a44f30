// The starters dist/cli.js and dist/server.js run their bundles through V8's code cache (server/src/boot/): the
// cache is written once into a private directory, used on the next start, and a damaged or foreign cache never
// changes what the program does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cacheDirectory } from '../../server/src/boot/compileCache';

const ROOT = [resolve(__dirname, '../..'), process.cwd()].find((d) => existsSync(join(d, 'esbuild.mjs'))) ?? process.cwd();
const CLI = join(ROOT, 'dist/cli.js');
const EXAMPLES = join(ROOT, 'examples');

function cli(env: NodeJS.ProcessEnv): { out: string; code: number | null } {
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', EXAMPLES], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { out: r.stdout, code: r.status };
}

test('compile cache: written once, private, used on the next start, same output as without it', (t) => {
  assert.ok(existsSync(CLI), 'dist/cli.js is missing: run `node esbuild.mjs` (npm test does)');
  const dir = join(mkdtempSync(join(tmpdir(), 'nal-cc-')), 'cache');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const plain = cli({ NAL_NO_COMPILE_CACHE: '1', NAL_COMPILE_CACHE_DIR: dir });
  assert.equal(existsSync(dir), false, 'NAL_NO_COMPILE_CACHE=1 writes nothing');
  assert.ok(plain.out.length > 100 && plain.code === 1, 'the CLI ran (findings in examples/)');

  const first = cli({ NAL_COMPILE_CACHE_DIR: dir });
  assert.deepEqual(first, plain);
  const files = readdirSync(dir);
  assert.equal(files.length, 1, `one cache file: ${files}`);
  assert.match(files[0], /^cliMain-\d+-\d+-\d+\.bin$/);
  if (process.platform !== 'win32') {
    assert.equal(statSync(dir).mode & 0o777, 0o700, 'the directory is private');
    assert.equal(statSync(join(dir, files[0])).mode & 0o777, 0o600, 'the file is private');
  }
  const written = statSync(join(dir, files[0])).mtimeMs;
  const second = cli({ NAL_COMPILE_CACHE_DIR: dir });
  assert.deepEqual(second, plain);
  assert.equal(statSync(join(dir, files[0])).mtimeMs, written, 'accepted by V8, so not written again');
});

test('compile cache: damaged data is rejected by V8, the program runs as usual, and the cache is rewritten', (t) => {
  const dir = join(mkdtempSync(join(tmpdir(), 'nal-cc-')), 'cache');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const plain = cli({ NAL_NO_COMPILE_CACHE: '1' });
  cli({ NAL_COMPILE_CACHE_DIR: dir });
  const [name] = readdirSync(dir);
  const garbage = Buffer.alloc(4096, 0x5a);
  writeFileSync(join(dir, name), garbage);
  assert.deepEqual(cli({ NAL_COMPILE_CACHE_DIR: dir }), plain);
  assert.notDeepEqual(readFileSync(join(dir, name)), garbage, 'rejected data is replaced');
  // A stale entry of an earlier build goes when a new one is written.
  writeFileSync(join(dir, 'cliMain-1-2-3.bin'), 'old');
  rmSync(join(dir, name));
  assert.deepEqual(cli({ NAL_COMPILE_CACHE_DIR: dir }), plain);
  assert.deepEqual(readdirSync(dir), [name]);
});

test('compile cache: a directory others can write into is not used', { skip: process.platform === 'win32' ? 'POSIX modes' : false }, (t) => {
  const dir = join(mkdtempSync(join(tmpdir(), 'nal-cc-')), 'shared');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(dir);
  chmodSync(dir, 0o777);
  assert.equal(cacheDirectory({ NAL_COMPILE_CACHE_DIR: dir }), undefined);
  const plain = cli({ NAL_NO_COMPILE_CACHE: '1' });
  assert.deepEqual(cli({ NAL_COMPILE_CACHE_DIR: dir }), plain);
  assert.deepEqual(readdirSync(dir), [], 'nothing written into it');
  chmodSync(dir, 0o700);
  assert.equal(cacheDirectory({ NAL_COMPILE_CACHE_DIR: dir }), dir);
});
