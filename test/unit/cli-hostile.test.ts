// The CLI on hostile input and pipes (issue 20, items 6, 15 and 16): a closed pipe, symbolic links out of the tree,
// control characters in names, keys and messages. The real CLI, bundled privately, runs as a separate process
// (NAL_TEST_CLI=<cli.js> runs these against another build).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '../fixesHarness';

const ROOT = repoRoot();
const cleanups: (() => void)[] = [];
let CLI = '';

before(() => {
  if (process.env.NAL_TEST_CLI) { CLI = process.env.NAL_TEST_CLI; return; }
  const dir = mkdtempSync(join(tmpdir(), 'nal-cli-hostile-bin-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  CLI = join(dir, 'cli.js');
  const r = spawnSync(join(ROOT, 'node_modules/.bin/esbuild'), ['server/src/cli/main.ts', '--bundle', '--platform=node', '--target=node20',
    '--format=cjs', '--log-level=warning', `--outfile=${CLI}`], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bundling the CLI failed: ${r.stderr}`);
});
after(() => { for (const c of cleanups.reverse()) c(); });

function workspace(files: Record<string, string | { link: string }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'nal-hostile-'));
  chmodSync(dir, 0o755);
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  for (const [rel, c] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    if (typeof c === 'string') writeFileSync(p, c);
    else symlinkSync(c.link, p);
  }
  return dir;
}

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const SECRET = 'wHecDYmeKvP/mBfXTivJNHceCDFNA+OkSjoSg2vf2HM=';
const node = (value: string, extra = '') => 'nacos.core.auth.system.type=nacos\nnacos.core.auth.enabled=true\n'
  + `nacos.core.auth.server.identity.key=clusterIdentityKey7\nnacos.core.auth.server.identity.value=${value}\n`
  + `nacos.core.auth.plugin.nacos.token.secret.key=${SECRET}\n${extra}`;

describe('(6) output into a closed pipe', () => {
  // Many nodes, each its own cluster, so the report is far larger than a pipe's buffer (64 KB).
  const many = (n: number, extra: string) => {
    const files: Record<string, string> = {};
    for (let i = 0; i < n; i++) {
      files[`n${i}/conf/application.properties`] = node('Zq8vN2xR5tK1mW4pL7sD0fH3jB6cV9nA', extra);
      files[`n${i}/conf/cluster.conf`] = `10.${i >> 8}.${i & 255}.1:8848\n`;
    }
    return workspace(files);
  };
  /** `cli … | head -c <n>` in bash: the CLI's own exit status and stderr. */
  const piped = (ws: string, args: string[], head: string) => {
    const r = spawnSync('bash', ['-c', `"$0" "$1" ${args.map(a => `'${a}'`).join(' ')} 2>"$2" | ${head} >/dev/null; echo "\${PIPESTATUS[0]}"`,
      process.execPath, CLI, join(ws, '..', `${ws.split('/').pop()}.err`)], { cwd: ws, encoding: 'utf8', timeout: 120_000 });
    return { code: Number(r.stdout.trim()), err: readFileSync(join(ws, '..', `${ws.split('/').pop()}.err`), 'utf8') };
  };

  test('errors found: `| head -1` exits 1 like the full run, with nothing on stderr', () => {
    // An error every version has: a non-number expiry fails startup (caching.enabled is only read, never an error).
    const ws = many(400, 'nacos.core.auth.plugin.nacos.token.expire.seconds=5h\nnacos.core.auth.enable.userAgentAuthWhite=true\n');
    cleanups.push(() => rmSync(`${ws}.err`, { force: true }));
    // One version (the keys alone say 2.1.0–2.5.3, whose releases word the expiry error differently).
    const full = cli(['--server-version', '2.4.3', '.'], ws);
    assert.equal(full.code, 1);
    assert.ok(full.out.length > 100_000, `the report is larger than a pipe buffer (${full.out.length})`);
    for (const [args, head] of [[['--server-version', '2.4.3', '.'], 'head -1'], [['--server-version', '2.4.3', '--format', 'json', '.'], 'head -c 100'], [['--server-version', '2.4.3', '--format', 'sarif', '.'], 'true']] as const) {
      const r = piped(ws, [...args], head);
      assert.equal(r.err, '', `${args.join(' ')} | ${head}: no stack trace`);
      assert.equal(r.code, 1, `${args.join(' ')} | ${head}: the lint's status`);
    }
  });

  test('no errors: `| head -1` exits 0, with nothing on stderr', () => {
    const ws = many(700, 'nacos.core.auth.enable.userAgentAuthWhite=true\nnacos.core.auth.enabledd=true\n');
    cleanups.push(() => rmSync(`${ws}.err`, { force: true }));
    const full = cli(['.'], ws);
    assert.equal(full.code, 0, full.out.slice(-500));
    assert.ok(full.out.length > 100_000, `the report is larger than a pipe buffer (${full.out.length})`);
    const r = piped(ws, ['.'], 'head -1');
    assert.equal(r.err, '');
    assert.equal(r.code, 0);
  });
});

describe('(15) symbolic links', () => {
  test('folder links out of the tree (even to /) are not followed, and one line on stderr says so', () => {
    const outside = workspace({ 'nodeX/conf/application.properties': node('nacos') });
    const ws = workspace({
      'n1/conf/application.properties': node('Zq8vN2xR5tK1mW4pL7sD0fH3jB6cV9nA'),
      rootlink: { link: '/' },
      elsewhere: { link: outside },
      loop: { link: '.' },
      broken: { link: 'does/not/exist' },
    });
    const r = cli(['--format', 'json', '.'], ws);
    assert.equal(r.code, 0, r.err);
    const doc = JSON.parse(r.out) as { files: { path: string }[]; summary: { files: number; nodes: number } };
    assert.equal(doc.summary.files, 1, 'only the file inside the tree');
    assert.equal(doc.summary.nodes, 1);
    const lines = r.err.trim().split('\n');
    assert.equal(lines.length, 1, r.err);
    assert.equal(lines[0], 'nacos-auth-lint: skipped 2 symbolic links leading outside the given paths: elsewhere, rootlink', 'broken and looping links are not files: skipped silently');
  });

  test('a node whose application.properties links to a shared file inside the tree is a node; its mismatch with a third node is reported', () => {
    const ws = workspace({
      'shared/common.properties': node('Zq8vN2xR5tK1mW4pL7sD0fH3jB6cV9nA'),
      'n1/conf/application.properties': { link: '../../shared/common.properties' },
      'n2/conf/application.properties': { link: '../../shared/common.properties' },
      'n3/conf/application.properties': node('Xq8vN2xR5tK1mW4pL7sD0fH3jB6cV9nB'),
      // One cluster by its member list (nodes are grouped only by evidence).
      'n1/conf/cluster.conf': '10.0.0.1:8848\n10.0.0.2:8848\n10.0.0.3:8848\n',
      'n2/conf/cluster.conf': '10.0.0.1:8848\n10.0.0.2:8848\n10.0.0.3:8848\n',
      'n3/conf/cluster.conf': '10.0.0.1:8848\n10.0.0.2:8848\n10.0.0.3:8848\n',
    });
    const r = cli(['--format', 'json', '--explain', '.'], ws);
    assert.equal(r.code, 1, r.err);
    assert.equal(r.err, '');
    const doc = JSON.parse(r.out) as { files: { path: string; findings: { ruleId: string; message: string }[] }[]; nodes: { id: string }[] };
    const ids = doc.nodes.map(n => n.id).sort();
    for (const id of ['n1/conf/application.properties', 'n2/conf/application.properties', 'n3/conf/application.properties']) assert.ok(ids.includes(id), `${id} is a node (${ids.join(', ')})`);
    const n3 = doc.files.find(f => f.path === 'n3/conf/application.properties')!;
    const mismatch = n3.findings.find(f => f.ruleId === 'cluster-identity-mismatch');
    assert.ok(mismatch, 'n3 differs from the linked nodes');
    assert.match(mismatch.message, /n1, n2/);
    // n1 and n2 (the linked file) are the majority: their definition is the one to keep, not underlined.
    assert.ok(!doc.files.some(f => f.path === 'n2/conf/application.properties' && f.findings.some(x => x.ruleId === 'cluster-identity-mismatch')));
  });

  test('a file link to a file outside the tree is not linted', () => {
    const outside = workspace({ 'app/application.properties': node('nacos') });
    const ws = workspace({ 'n1/conf/application.properties': { link: join(outside, 'app/application.properties') }, 'n2/conf/application.properties': node('Zq8vN2xR5tK1mW4pL7sD0fH3jB6cV9nA') });
    const r = cli(['--format', 'json', '.'], ws);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(r.out).summary.files, 1);
    assert.match(r.err, /^nacos-auth-lint: skipped 1 symbolic link leading outside the given paths: n1\/conf\/application\.properties\n$/);
  });
});

describe('(16) control characters never reach the terminal raw', () => {
  const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  test('in folder names, keys and messages: stylish output and stderr show them escaped', () => {
    const evilDir = 'evil\u001b]0;pwned\u0007\u001b[2K\u202edir';
    const ws = workspace({
      [`${evilDir}/conf/application.properties`]: node('Zq8vN2xR5tK1mW4pL7sD0fH3jB6cV9nA', 'nacos.core.auth.enabled\u001b[1A\u001b[2K=true\nnacos.core.auth.enabledd\u009b2J=true\n'),
    });
    for (const args of [['.'], ['--explain', '.'], ['--explain', '--show-secrets', '.'], ['--format', 'github', '.']]) {
      const r = cli(args, ws);
      assert.doesNotMatch(r.out, RAW, `${JSON.stringify(args)}: stdout has no raw control character`);
      assert.doesNotMatch(r.err, RAW, `${JSON.stringify(args)}: stderr has no raw control character`);
      assert.ok(r.out.includes('evil\\u001b]0;pwned\\u0007\\u001b[2K\\u202edir/conf/application.properties'), r.out);
      assert.ok(r.out.includes('nacos.core.auth.enabled\\u001b[1A\\u001b[2K'), r.out);
      assert.ok(r.out.includes('nacos.core.auth.enabledd\\u009b2J'), r.out);
    }
    const missing = cli(['missing\u001b[31m', '.'], ws);
    assert.doesNotMatch(missing.err, RAW);
    assert.match(missing.err, /missing\\u001b\[31m/);
  });

  test('JSON keeps the real names (JSON escapes control characters itself)', () => {
    const ws = workspace({ 'a\u001bb/conf/application.properties': node('Zq8vN2xR5tK1mW4pL7sD0fH3jB6cV9nA', 'nacos.core.auth.enabledd\u0007=true\n') });
    const r = cli(['--format', 'json', '.'], ws);
    assert.doesNotMatch(r.out, RAW);
    const doc = JSON.parse(r.out) as { files: { path: string }[] };
    assert.ok(doc.files.some(f => f.path === 'a\u001bb/conf/application.properties'));
  });
});
