// `nacos-auth-lint --fix` must never lose data (issue 20, items 7–11). The real CLI, bundled privately, runs as a
// separate process on real files; every case compares whole trees byte for byte (modes and link targets too): the
// only bytes that change are those of the planned fixes. Second processes change files while the CLI is paused
// between planning and writing (NACOS_AUTH_LINT_TEST_PAUSE_FIFO). NAL_TEST_CLI=<cli.js> runs the suite against
// another build (how the failures of the old CLI were recorded).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statfsSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '../fixesHarness';
import { applyEdits } from '../../server/src/core/fixes/apply';
import { applyToSegments, diskForm, pieces, segmentsText, spliceBytes, type Segment } from '../../server/src/cli/writePlan';
import { decodeText } from '../../server/src/cli/fsio';

const ROOT = repoRoot();
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;
const cleanups: (() => void)[] = [];
let CLI = '';

before(() => {
  if (process.env.NAL_TEST_CLI) { CLI = process.env.NAL_TEST_CLI; return; }
  const dir = mkdtempSync(join(tmpdir(), 'nal-cli-safety-bin-'));
  chmodSync(dir, 0o755); // readable by the unprivileged user too
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  CLI = join(dir, 'cli.js');
  const r = spawnSync(join(ROOT, 'node_modules/.bin/esbuild'), ['server/src/cli/main.ts', '--bundle', '--platform=node', '--target=node20',
    '--format=cjs', '--log-level=warning', `--outfile=${CLI}`], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bundling the CLI failed: ${r.stderr}`);
  chmodSync(CLI, 0o644);
});
after(() => { for (const c of cleanups.reverse()) { try { c(); } catch { /* best effort */ } } });

// ---------------------------------------------------------------------------------------------------------------
// Workspaces, runs, trees

type Content = string | Buffer | { link: string } | { dir: true };

/** A fresh folder (0755) with files (strings are UTF-8), symbolic links and folders. */
function workspace(files: Record<string, Content>): string {
  const dir = mkdtempSync(join(tmpdir(), 'nal-fix-safety-'));
  chmodSync(dir, 0o755);
  cleanups.push(() => {
    spawnSync('chattr', ['-R', '-i', dir], { stdio: 'ignore' });
    spawnSync('chmod', ['-R', 'u+rwX', dir], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  });
  for (const [rel, c] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    if (typeof c === 'string' || Buffer.isBuffer(c)) writeFileSync(p, c);
    else if ('link' in c) symlinkSync(c.link, p);
    else mkdirSync(p, { recursive: true });
  }
  return dir;
}

interface Run { code: number | null; out: string; err: string }

/** The CLI as `user` (`nobody` through setpriv when we are root; ourselves otherwise). */
function argvFor(given: string[], asNobody: boolean): [string, string[]] {
  // These tests are about writing files, not versions: the nodes run 2.5.1 (their keys alone only say 2.1.0–2.5.x,
  // over which the userAgentAuthWhite fix these tests apply is not the same).
  const args = given.includes('--server-version') ? given : ['--server-version', '2.5.1', ...given];
  if (asNobody && isRoot) return ['setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, CLI, ...args]];
  return [process.execPath, [CLI, ...args]];
}

function cli(args: string[], cwd: string, o: { nobody?: boolean; env?: Record<string, string> } = {}): Run {
  const [cmd, argv] = argvFor(args, !!o.nobody);
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...o.env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function cliAsync(args: string[], cwd: string, o: { nobody?: boolean; env?: Record<string, string> } = {}): Promise<Run> {
  const [cmd, argv] = argvFor(args, !!o.nobody);
  return new Promise(res => {
    const p = spawn(cmd, argv, { cwd, env: { ...process.env, ...o.env } });
    let out = '';
    let err = '';
    p.stdout.on('data', d => { out += d; });
    p.stderr.on('data', d => { err += d; });
    p.on('close', code => res({ code, out, err }));
  });
}

/** A second process that, once the CLI has opened the FIFO (paused after planning), runs `script`, then lets it go. */
function whilePaused(fifo: string, script: string, args: string[]): { done: Promise<number | null>; kill: () => void } {
  const p = spawn('sh', ['-c', `exec 3>"$1"; shift; ${script}; exec 3>&-`, 'sh', fifo, ...args], { stdio: 'ignore' });
  return { done: new Promise(res => p.on('close', code => res(code))), kill: () => p.kill('SIGKILL') };
}

/** Runs the CLI with the pause FIFO while a second process runs `script` in the pause; fails when it never paused. */
async function runPaused(ws: string, args: string[], script: string, scriptArgs: string[], o: { nobody?: boolean } = {}): Promise<Run> {
  const fifo = join(ws, '..', `${ws.split('/').pop()}.fifo`);
  assert.equal(spawnSync('mkfifo', ['-m', '0666', fifo]).status, 0, 'mkfifo');
  cleanups.push(() => rmSync(fifo, { force: true }));
  const second = whilePaused(fifo, script, scriptArgs);
  const run = await cliAsync(args, ws, { ...o, env: { NACOS_AUTH_LINT_TEST_PAUSE_FIFO: fifo } });
  const paused = await Promise.race([second.done.then(() => true), new Promise<boolean>(res => setTimeout(() => res(false), 2000))]);
  if (!paused) second.kill();
  assert.ok(paused, `the CLI never paused between planning and writing (stderr: ${run.err})`);
  return run;
}

interface Entry { kind: 'file' | 'link' | 'dir'; mode: number; bytes?: Buffer; target?: string }

/** Every entry under a folder: bytes, mode, link target. */
function tree(dir: string): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      const st = lstatSync(join(dir, r));
      if (st.isSymbolicLink()) out.set(r, { kind: 'link', mode: 0, target: readlinkSync(join(dir, r)) });
      else if (st.isDirectory()) { out.set(r, { kind: 'dir', mode: st.mode & 0o7777 }); walk(r); } else out.set(r, { kind: 'file', mode: st.mode & 0o7777, bytes: readFileSync(join(dir, r)) });
    }
  };
  walk('');
  return out;
}

/** The tree is `before` except the files in `changed`, which hold exactly the given bytes; nothing else differs. */
function assertTree(dir: string, before: Map<string, Entry>, changed: Record<string, Buffer> = {}): void {
  const now = tree(dir);
  assert.deepEqual([...now.keys()], [...before.keys()], 'the same entries (no leftover temporary file, nothing removed)');
  for (const [rel, e] of before) {
    const n = now.get(rel)!;
    assert.equal(n.kind, e.kind, rel);
    assert.equal(n.mode, e.mode, `${rel}: mode kept`);
    assert.equal(n.target, e.target, `${rel}: link target kept`);
    const want = changed[rel] ?? e.bytes;
    if (e.kind === 'file') assert.ok(n.bytes!.equals(want!), `${rel}: bytes\n  want ${JSON.stringify(want!.toString('latin1'))}\n  got  ${JSON.stringify(n.bytes!.toString('latin1'))}`);
  }
  for (const rel of Object.keys(changed)) assert.ok(before.has(rel), `${rel} is in the tree`);
}

/** Byte-level replacement (ISO-8859-1 is one byte per character, so string replacement on it is byte replacement). */
function replaceBytes(b: Buffer, from: string, to: string): Buffer {
  const s = b.toString('latin1');
  assert.ok(s.includes(from), `fixture has ${from}`);
  return Buffer.from(s.replace(from, to), 'latin1');
}

const SECRET = 'wHecDYmeKvP/mBfXTivJNHceCDFNA+OkSjoSg2vf2HM=';
const VALUE = 'Zq8vN2xR5tK1mW4pL7sD0fH3jB6cV9nA';
const UAW = 'nacos.core.auth.enable.userAgentAuthWhite=true';
const UAW_FIXED = 'nacos.core.auth.enable.userAgentAuthWhite=false';

/** A node's application.properties with one fixable line (userAgentAuthWhite=true), in its own cluster. */
function nodeFiles(name: string, o: { head?: string; tail?: string; value?: string } = {}): Record<string, string> {
  return {
    [`${name}/conf/application.properties`]: `${o.head ?? ''}nacos.core.auth.system.type=nacos\nnacos.core.auth.enabled=true\n${UAW}\n`
      + `nacos.core.auth.server.identity.key=clusterIdentityKey7\nnacos.core.auth.server.identity.value=${o.value ?? VALUE}\n`
      + `nacos.core.auth.plugin.nacos.token.secret.key=${SECRET}\n${o.tail ?? ''}`,
    // Own cluster.conf: each node is its own cluster, so fixing one never affects another.
    [`${name}/conf/cluster.conf`]: `10.9.${name.length}.${name.charCodeAt(name.length - 1)}:8848\n`,
  };
}

const props = (name: string) => `${name}/conf/application.properties`;
const fixedNode = (b: Buffer) => replaceBytes(b, UAW, UAW_FIXED);

// ---------------------------------------------------------------------------------------------------------------

describe('(7) --fix edits bytes, not decoded text', () => {
  const latin1Props = Buffer.from('# R\xe9sum\xe9 of the caf\xe9 configuration (ISO-8859-1, as Spring reads it)\napp.title=R\xe9sum\xe9\n'
    + `nacos.core.auth.system.type=nacos\nnacos.core.auth.enabled=true\n${UAW}\nnacos.core.auth.server.identity.key=clusterIdentityKey7\n`
    + `nacos.core.auth.server.identity.value="${VALUE}"\nnacos.core.auth.plugin.nacos.token.secret.key=${SECRET}\napp.footer=\xa9 2024 na\xefve\n`, 'latin1');

  test('ISO-8859-1 .properties: only the fixed spans change, every other byte stays', () => {
    const ws = workspace({ 'n/conf/application.properties': latin1Props, 'n/conf/cluster.conf': '10.0.0.1:8848\n' });
    const before = tree(ws);
    const r = cli(['--fix', '.'], ws);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /fixed 1 file\(s\)/);
    assertTree(ws, before, { 'n/conf/application.properties': replaceBytes(fixedNode(latin1Props), `"${VALUE}"`, VALUE) });
  });

  test('mixed bytes (UTF-8 sequences and lone ISO-8859-1 bytes in one .properties): untouched outside the fixes', () => {
    const mixed = Buffer.concat([Buffer.from('app.utf8=R\xc3\xa9sum\xc3\xa9 \xe2\x82\xac\napp.latin1=caf\xe9\n', 'latin1'), latin1Props, Buffer.from('app.end=\xc3\n', 'latin1')]);
    const ws = workspace({ 'n/conf/application.properties': mixed, 'n/conf/cluster.conf': '10.0.0.1:8848\n' });
    const before = tree(ws);
    const r = cli(['--fix', '.'], ws);
    assert.equal(r.code, 0, r.err);
    assertTree(ws, before, { 'n/conf/application.properties': replaceBytes(fixedNode(mixed), `"${VALUE}"`, VALUE) });
  });

  test('UTF-8 .properties and env files: non-ASCII text and line ends around the fixes keep their bytes', () => {
    const utf8Props = `# Résumé — naïve “quotes” and 𝄞 (UTF-8)\r\n${UAW}\r\nnacos.core.auth.system.type=nacos\r\nnacos.core.auth.enabled=true\r\n`
      + `nacos.core.auth.server.identity.key=clusterIdentityKey7\r\nnacos.core.auth.server.identity.value=${VALUE}\r\nnacos.core.auth.plugin.nacos.token.secret.key=${SECRET}\r\napp.title=Ünïcödé ✓\r\n`;
    const env = `# Grüße aus Köln ✓\nNACOS_AUTH_ENABLE=ture\nNACOS_AUTH_IDENTITY_KEY=clusterIdentityKey7\nNACOS_AUTH_IDENTITY_VALUE=${VALUE}\nNACOS_AUTH_TOKEN=${SECRET}\n# Ende — ∎\n`;
    const ws = workspace({
      'n/conf/application.properties': utf8Props, 'n/conf/cluster.conf': '10.0.0.1:8848\n',
      'd/compose.yaml': 'services:\n  nacos:\n    image: nacos/nacos-server:v2.5.1\n    env_file: ./nacos.env\n', 'd/nacos.env': env,
    });
    const before = tree(ws);
    const r = cli(['--fix', '.'], ws);
    assert.equal(r.code, 0, r.err);
    assertTree(ws, before, {
      'n/conf/application.properties': Buffer.from(utf8Props.replace(UAW, UAW_FIXED)),
      'd/nacos.env': Buffer.from(env.replace('NACOS_AUTH_ENABLE=ture', 'NACOS_AUTH_ENABLE=true')),
    });
  });
});

describe('(7) byte splicing (writePlan) against the core\'s applyEdits', () => {
  test('seeded random edits over several rounds: the same text as applyEdits, and the bytes decode to it', () => {
    let seed = 20;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    const alphabet = ['a', 'b', '"', ' ', '=', '\n', '\r', 'é', 'ÿ', '€', '𝄞', '\\'];
    const str = (n: number) => Array.from({ length: n }, () => alphabet[rnd(alphabet.length)]).join('');
    for (let it = 0; it < 2000; it++) {
      const latin = rnd(2) === 0;
      const original = latin ? str(rnd(40)).replace(/[^\u0000-\u00ff]/g, 'x') : str(rnd(40));
      const bytes = Buffer.from(original, latin ? 'latin1' : 'utf8');
      let segs: Segment[] = [{ from: { start: 0, end: original.length } }];
      let text = original;
      for (let round = 0; round < 3; round++) {
        const edits = [];
        for (let k = rnd(4); k > 0; k--) {
          let a = rnd(text.length + 1);
          let b = Math.min(text.length, a + rnd(6));
          // Spans never split a surrogate pair (the core's offsets are whole characters).
          if (a > 0 && /[\ud800-\udbff]/.test(text[a - 1])) a--;
          if (b > 0 && b < text.length && /[\ud800-\udbff]/.test(text[b - 1])) b++;
          const newText = rnd(2) ? text.slice(a, b).replace(/"/g, '') : str(rnd(5));
          edits.push({ path: 'f', span: { start: a, end: b }, newText: latin ? newText.replace(/[^\u0000-\u00ff]/g, '?') : newText });
        }
        const r = applyToSegments(original, segs, text, edits);
        assert.equal(r.text, applyEdits(text, edits), JSON.stringify({ text, edits }));
        assert.equal(segmentsText(original, r.segs), r.text);
        segs = r.segs;
        text = r.text;
      }
      const out = spliceBytes(original, bytes, latin ? 'latin1' : 'utf-8', segs);
      assert.equal(out.toString(latin ? 'latin1' : 'utf8'), text);
      // Every byte of the original that the segments keep is copied, not re-encoded.
      for (const s of segs) if ('from' in s) assert.ok(out.includes(Buffer.from(original.slice(s.from.start, s.from.end), latin ? 'latin1' : 'utf8')));
    }
  });

  test('a rewrite of a whole value changes only the characters that differ', () => {
    const text = 'v="Zé€"\n';
    assert.deepEqual(pieces(text, { span: { start: 2, end: 7 }, newText: 'Zé€' }), [
      { span: { start: 2, end: 3 }, newText: '' }, { span: { start: 6, end: 7 }, newText: '' }]);
    const r = applyToSegments(text, [{ from: { start: 0, end: text.length } }], text, [{ span: { start: 2, end: 7 }, newText: 'Zé€' }]);
    assert.equal(r.text, 'v=Zé€\n');
    assert.deepEqual(r.segs, [{ from: { start: 0, end: 2 } }, { from: { start: 3, end: 6 } }, { from: { start: 7, end: 8 } }]);
  });

  test('text written into a .properties file is what Spring (ISO-8859-1) reads back; env files take UTF-8', () => {
    assert.equal(diskForm('a.properties', 'latin1', 'é Ω 𝄞'), 'é \\u03A9 \\uD834\\uDD1E');
    assert.equal(diskForm('a.properties', 'utf-8', 'é Ω'), '\\u00E9 \\u03A9');
    assert.equal(diskForm('nacos.env', 'utf-8', 'é Ω'), 'é Ω');
    // A file read as ISO-8859-1 stays ISO-8859-1: its bytes decode the same way after the edit.
    const text = 'k=caf\xe9\n';
    const out = spliceBytes(text, Buffer.from(text, 'latin1'), 'latin1', [{ from: { start: 0, end: 6 } }, { text: diskForm('a.properties', 'latin1', 'Ω') }, { from: { start: 6, end: 7 } }]);
    assert.deepEqual(decodeText('a.properties', out), { text: 'k=caf\xe9\\u03A9\n', encoding: 'latin1' });
  });
});

describe('(8) --fix writes only files that are unchanged since they were read', () => {
  test('a line appended by another process during the run is kept; that file is reported, the others are fixed', async () => {
    const ws = workspace({ ...nodeFiles('a'), ...nodeFiles('b') });
    const before = tree(ws);
    const b = before.get(props('b'))!.bytes!;
    const run = await runPaused(ws, ['--fix', '.'], 'printf "app.added.meanwhile=1\\n" >> "$1"', [join(ws, props('b'))]);
    assert.equal(run.code, 0, run.err);
    assert.match(run.err, /b\/conf\/application\.properties: not fixed: changed on disk since it was read/);
    assert.match(run.err, /fixed a\/conf\/application\.properties/);
    assertTree(ws, before, {
      [props('a')]: fixedNode(before.get(props('a'))!.bytes!),
      [props('b')]: Buffer.concat([b, Buffer.from('app.added.meanwhile=1\n')]),
    });
  });

  test('a file made read-only (chmod 0444) during the run is not replaced, and keeps its new mode', async () => {
    const ws = workspace({ ...nodeFiles('a') });
    const before = tree(ws);
    const run = await runPaused(ws, ['--fix', '.'], 'chmod 444 "$1"', [join(ws, props('a'))]);
    assert.equal(run.code, 0, run.err);
    assert.match(run.err, /a\/conf\/application\.properties: not fixed: changed on disk since it was read/);
    before.get(props('a'))!.mode = 0o444;
    assertTree(ws, before);
  });

  test('a file replaced (new inode, same bytes) during the run is not overwritten', async () => {
    const ws = workspace({ ...nodeFiles('a') });
    const before = tree(ws);
    const run = await runPaused(ws, ['--fix', '.'], 'cp -p "$1" "$1.new" && mv "$1.new" "$1"', [join(ws, props('a'))]);
    assert.equal(run.code, 0, run.err);
    assert.match(run.err, /not fixed: (was replaced on disk|changed on disk) since it was read/);
    assertTree(ws, before);
  });
});

describe('(9) --fix writes only regular files inside the given paths, and respects the write bit', () => {
  test('symbolic links: a link to a file outside is not written, an env_file outside is not written, a link inside writes its target', () => {
    const outside = workspace({ ...nodeFiles('ext'), 'nacos.env': `NACOS_AUTH_ENABLE=ture\nNACOS_AUTH_IDENTITY_KEY=clusterIdentityKey7\nNACOS_AUTH_IDENTITY_VALUE=${VALUE}\nNACOS_AUTH_TOKEN=${SECRET}\n` });
    const shared = nodeFiles('shared')[props('shared')];
    const ws = workspace({
      ...nodeFiles('a'),
      'lnk/conf/application.properties': { link: join(outside, props('ext')) },
      'lnk/conf/cluster.conf': '10.1.1.1:8848\n',
      'outdir': { link: join(outside, 'ext') },
      'd/compose.yaml': `services:\n  nacos:\n    image: nacos/nacos-server:v2.5.1\n    env_file: ${join(outside, 'nacos.env')}\n`,
      'common/shared.properties': shared,
      'in/conf/application.properties': { link: '../../common/shared.properties' },
      'in/conf/cluster.conf': '10.2.2.2:8848\n',
    });
    const beforeOut = tree(outside);
    const before = tree(ws);
    const r = cli(['--fix', '--format', 'json', '.'], ws);
    assert.equal(r.code, 1, `the outside env file keeps its error: ${r.err}\n${r.out}`);
    const doc = JSON.parse(r.out) as { files: { path: string; findings: { ruleId: string }[] }[] };
    assert.deepEqual(doc.files.map(f => [f.path.replace(/^.*\//, ''), f.findings.map(x => x.ruleId)]), [['nacos.env', ['invalid-boolean']]]);
    assert.match(r.err, /nacos\.env: not fixed: is outside the given paths/);
    assert.match(r.err, /skipped 2 symbolic links leading outside the given paths: lnk\/conf\/application\.properties, outdir/);
    assertTree(outside, beforeOut);
    assertTree(ws, before, {
      [props('a')]: fixedNode(before.get(props('a'))!.bytes!),
      'common/shared.properties': fixedNode(Buffer.from(shared)),
    });
    assert.equal(lstatSync(join(ws, 'in/conf/application.properties')).isSymbolicLink(), true, 'the link is still a link');
  });

  test('explicit file argument that links outside: linted, and written only as the named file\'s target', () => {
    // The user named the link: its target is the given path (realRoots), so fixing it is what was asked.
    const outside = workspace({ ...nodeFiles('ext') });
    const ws = workspace({ 'application.properties': { link: join(outside, props('ext')) } });
    const r = cli(['--fix', 'application.properties'], ws);
    assert.equal(r.code, 0, r.err);
    assert.match(readFileSync(join(outside, props('ext')), 'utf8'), new RegExp(UAW_FIXED));
    assert.equal(lstatSync(join(ws, 'application.properties')).isSymbolicLink(), true);
  });

  test('read-only file (0444): not written, reported, findings still printed; the writable one is fixed', { skip: !isRoot && 'covered as an unprivileged user below (this case is about root)' }, () => {
    const ws = workspace({ ...nodeFiles('a'), ...nodeFiles('ro') });
    chmodSync(join(ws, props('ro')), 0o444);
    const before = tree(ws);
    const r = cli(['--fix', '--format', 'json', '.'], ws);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /ro\/conf\/application\.properties: not fixed: is read-only \(mode 0444\)/);
    assertTree(ws, before, { [props('a')]: fixedNode(before.get(props('a'))!.bytes!) });
    const doc = JSON.parse(r.out) as { files: { path: string; findings: { ruleId: string }[] }[] };
    assert.deepEqual(doc.files.filter(f => f.findings.length).map(f => [f.path, f.findings.map(x => x.ruleId)]),
      [['ro/conf/application.properties', ['user-agent-whitelist']]], 'the finding that was not fixed is still reported');
  });

  test('as an unprivileged user: read-only file, a file of another user, a folder without write permission', (t) => {
    if (isRoot && spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', 'true']).status !== 0) {
      t.skip('cannot run as an unprivileged user here (no setpriv, or it cannot switch users)');
      return;
    }
    const ws = workspace({ ...nodeFiles('a'), ...nodeFiles('ro'), ...nodeFiles('other'), ...nodeFiles('lockeddir') });
    if (isRoot) {
      spawnSync('chown', ['-R', `${NOBODY}:${NOBODY}`, ws]);
      chownSync(join(ws, props('other')), 0, 0); // root's file, world-readable, in nobody's folder
    } else {
      chmodSync(join(ws, props('other')), 0o444); // we cannot give a file away; an unwritable file stands in
    }
    chmodSync(join(ws, props('ro')), 0o444);
    chmodSync(join(ws, 'lockeddir/conf'), 0o555);
    const before = tree(ws);
    const r = cli(['--fix', '.'], ws, { nobody: true });
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /ro\/conf\/application\.properties: not fixed: is read-only \(mode 0444\)/);
    assert.match(r.err, /other\/conf\/application\.properties: not fixed: (is not writable \(permission denied\)|is read-only)/);
    assert.match(r.err, /lockeddir\/conf\/application\.properties: not fixed: its folder is not writable/);
    assert.doesNotMatch(r.err, /internal error/);
    assertTree(ws, before, { [props('a')]: fixedNode(before.get(props('a'))!.bytes!) });
    assert.match(r.out, /ro\/conf\/application\.properties[\s\S]*user-agent-whitelist/);
  });

  test('a file with two hard links is not replaced (that would split them)', () => {
    const ws = workspace({ ...nodeFiles('a') });
    spawnSync('ln', [join(ws, props('a')), join(ws, 'a/conf/backup.properties.orig')]);
    const before = tree(ws);
    const r = cli(['--fix', '.'], ws);
    assert.match(r.err, /not fixed: has 2 hard links/);
    assertTree(ws, before);
  });
});

describe('(10) --fix plans every edit, checks every target, then writes; findings are always printed', () => {
  test('an immutable file among others (EPERM even for root, at the rename): others fixed, per-file report, exit by findings', (t) => {
    const ws = workspace({ ...nodeFiles('a'), ...nodeFiles('b'), ...nodeFiles('c') });
    if (spawnSync('chattr', ['+i', join(ws, props('b'))]).status !== 0) { t.skip('chattr +i is not available here (needs root and a file system with attributes)'); return; }
    const before = tree(ws);
    const r = cli(['--fix', '.'], ws);
    spawnSync('chattr', ['-i', join(ws, props('b'))]);
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.err, /internal error/);
    assert.match(r.err, /b\/conf\/application\.properties: not fixed: permission denied while writing/);
    assert.match(r.err, /fixed 2 file\(s\)/);
    assert.match(r.out, /b\/conf\/application\.properties\n.*user-agent-whitelist/, 'findings printed');
    assertTree(ws, before, { [props('a')]: fixedNode(before.get(props('a'))!.bytes!), [props('c')]: fixedNode(before.get(props('c'))!.bytes!) });
  });

  test('a folder made read-only between planning and writing (unprivileged user): that file is left whole, the rest fixed', async (t) => {
    if (isRoot && spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', 'true']).status !== 0) { t.skip('cannot run as an unprivileged user here'); return; }
    const ws = workspace({ ...nodeFiles('a'), ...nodeFiles('b'), ...nodeFiles('c') });
    if (isRoot) spawnSync('chown', ['-R', `${NOBODY}:${NOBODY}`, ws]);
    const before = tree(ws);
    const run = await runPaused(ws, ['--fix', '.'], 'chmod 555 "$1"', [join(ws, 'b/conf')], { nobody: true });
    chmodSync(join(ws, 'b/conf'), 0o755);
    before.get('b/conf')!.mode = 0o755;
    assert.equal(run.code, 0, run.err);
    assert.match(run.err, /b\/conf\/application\.properties: not fixed: permission denied while writing/);
    assert.match(run.err, /fixed 2 file\(s\)/);
    assertTree(ws, before, { [props('a')]: fixedNode(before.get(props('a'))!.bytes!), [props('c')]: fixedNode(before.get(props('c'))!.bytes!) });
  });

  test('a folder made immutable between planning and writing (root): nothing half-written', async (t) => {
    if (!isRoot) { t.skip('needs root (chattr)'); return; }
    const ws = workspace({ ...nodeFiles('a'), ...nodeFiles('b') });
    if (spawnSync('chattr', ['+i', join(ws, 'b/conf')]).status !== 0) { t.skip('chattr +i is not available on this file system'); return; }
    spawnSync('chattr', ['-i', join(ws, 'b/conf')]);
    const before = tree(ws);
    const run = await runPaused(ws, ['--fix', '.'], 'chattr +i "$1"', [join(ws, 'b/conf')]);
    spawnSync('chattr', ['-i', join(ws, 'b/conf')]);
    assert.equal(run.code, 0, run.err);
    assert.match(run.err, /b\/conf\/application\.properties: not fixed: permission denied while writing/);
    assertTree(ws, before, { [props('a')]: fixedNode(before.get(props('a'))!.bytes!) });
  });

  test('a full disk (tiny tmpfs): the file that does not fit is left whole, no temporary file remains', (t) => {
    if (!isRoot) { t.skip('needs root to mount a tmpfs'); return; }
    const mnt = mkdtempSync(join(tmpdir(), 'nal-fix-tmpfs-'));
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k,mode=0755', 'tmpfs', mnt]).status !== 0) {
      rmSync(mnt, { recursive: true, force: true });
      t.skip('cannot mount a tmpfs here');
      return;
    }
    try {
      const big = nodeFiles('big', { tail: `${'# padding line of a large, commented configuration file\n'.repeat(2400)}` });
      for (const [rel, c] of Object.entries({ ...nodeFiles('small'), ...big })) { mkdirSync(dirname(join(mnt, rel)), { recursive: true }); writeFileSync(join(mnt, rel), c); }
      // Fill the device until 48 KB are left: the big file (~135 KB) no longer fits a second time, the small one does.
      const fs = statfsSync(mnt);
      writeFileSync(join(mnt, 'filler'), Buffer.alloc(Math.max(0, fs.bavail * fs.bsize - 48 * 1024)));
      const before = tree(mnt);
      const r = cli(['--fix', '.'], mnt);
      assert.equal(r.code, 0, r.err);
      assert.match(r.err, /big\/conf\/application\.properties: not fixed: no space left on the device/);
      assertTree(mnt, before, { [props('small')]: fixedNode(before.get(props('small'))!.bytes!) });
    } finally {
      spawnSync('umount', [mnt]);
      rmSync(mnt, { recursive: true, force: true });
    }
  });
});

describe('(11) --fix never creates a cluster mismatch', () => {
  const compose = (item: string) => 'services:\n  nacos1:\n    image: nacos/nacos-server:v2.5.1\n    environment:\n      - NACOS_AUTH_ENABLE=true\n'
    + `      - NACOS_AUTH_IDENTITY_KEY=clusterIdentityKey7\n      - ${item}\n      - NACOS_AUTH_TOKEN=${SECRET}\n`
    + '  nacos2:\n    image: nacos/nacos-server:v2.5.1\n    environment:\n      NACOS_AUTH_ENABLE: "true"\n'
    + `      NACOS_AUTH_IDENTITY_KEY: clusterIdentityKey7\n      NACOS_AUTH_IDENTITY_VALUE: '"${VALUE}"'\n      NACOS_AUTH_TOKEN: ${SECRET}\n`;

  test('unquoting the identity value of one member of a consistent cluster is refused and reported; other fixes go on', () => {
    const ws = workspace({ 'compose.yaml': compose(`NACOS_AUTH_IDENTITY_VALUE="${VALUE}"`), ...nodeFiles('solo') });
    const before = tree(ws);
    const lint = cli(['--format', 'json', '.'], ws);
    const r = cli(['--fix', '--format', 'json', '.'], ws);
    assert.equal(r.code, lint.code, r.err);
    assert.match(r.err, /compose\.yaml: not fixed: identity-quoted fix not applied: it would add cluster-identity-mismatch/);
    assert.match(r.err, /fixed solo\/conf\/application\.properties/);
    assertTree(ws, before, { [props('solo')]: fixedNode(before.get(props('solo'))!.bytes!) });
    assert.doesNotMatch(r.out, /cluster-identity-mismatch/);
    assert.equal(JSON.parse(r.out).summary.errors, JSON.parse(lint.out).summary.errors);
  });

  test('the same fix on every member of a cluster is applied (the cluster stays consistent)', () => {
    const member = (n: string) => ({
      [props(n)]: nodeFiles(n, { value: `"${VALUE}"` })[props(n)],
      [`${n}/conf/cluster.conf`]: '10.0.0.1:8848\n10.0.0.2:8848\n10.0.0.3:8848\n',
    });
    const ws = workspace({ ...member('n1'), ...member('n2'), ...member('n3') });
    const before = tree(ws);
    const r = cli(['--fix', '--format', 'json', '.'], ws);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /fixed 3 file\(s\)/);
    const want = (n: string) => replaceBytes(fixedNode(before.get(props(n))!.bytes!), `"${VALUE}"`, VALUE);
    assertTree(ws, before, { [props('n1')]: want('n1'), [props('n2')]: want('n2'), [props('n3')]: want('n3') });
    assert.doesNotMatch(r.out, /cluster-/);
  });

  test('a misspelt switch is read as meant: the error it hides shows up front; --fix writes what it may and names the read-only file', () => {
    const ws = workspace({
      'compose.yaml': 'services:\n  nacos:\n    image: nacos/nacos-server:v2.5.1\n    env_file: ./nacos.env\n    environment:\n      - NACOS_AUTH_ENABLE=ture\n',
      'nacos.env': `NACOS_AUTH_SYSTEM_TYPE=Nacos\nNACOS_AUTH_IDENTITY_KEY=clusterIdentityKey7\nNACOS_AUTH_IDENTITY_VALUE=${VALUE}\nNACOS_AUTH_TOKEN=${SECRET}\n`,
    });
    chmodSync(join(ws, 'nacos.env'), 0o444);
    const lint = JSON.parse(cli(['--format', 'json', '.'], ws).out) as { files: { findings: { ruleId: string }[] }[] };
    assert.deepEqual(lint.files.flatMap(f => f.findings.map(x => x.ruleId)).sort(), ['auth-system-type', 'invalid-boolean']);
    const envBefore = readFileSync(join(ws, 'nacos.env'), 'utf8');
    const r = cli(['--fix', '--format', 'json', '.'], ws);
    assert.equal(r.code, 1, r.err);
    assert.match(r.err, /nacos\.env: not fixed: is read-only/);
    assert.match(readFileSync(join(ws, 'compose.yaml'), 'utf8'), /NACOS_AUTH_ENABLE=true\n$/);
    assert.equal(readFileSync(join(ws, 'nacos.env'), 'utf8'), envBefore);
    const doc = JSON.parse(r.out) as { files: { path: string; findings: { ruleId: string }[] }[] };
    assert.deepEqual(doc.files.flatMap(f => f.findings.map(x => x.ruleId)), ['auth-system-type'], 'what is left: the read-only file');
  });

  test('a round that reveals a fixable error is finished by the next round (auth enabled, then its system type)', () => {
    const ws = workspace({ 'n/conf/application.properties': `nacos.core.auth.system.type=Nacos\nnacos.core.auth.enabled=ture\nnacos.core.auth.server.identity.key=clusterIdentityKey7\nnacos.core.auth.server.identity.value=${VALUE}\nnacos.core.auth.plugin.nacos.token.secret.key=${SECRET}\n`, 'n/conf/cluster.conf': '10.0.0.1:8848\n' });
    const r = cli(['--fix', '.'], ws);
    assert.equal(r.code, 0, r.err);
    const text = readFileSync(join(ws, 'n/conf/application.properties'), 'utf8');
    assert.match(text, /^nacos\.core\.auth\.system\.type=nacos$/m);
    assert.match(text, /^nacos\.core\.auth\.enabled=true$/m);
  });
});
