// Hostile inputs (issue 8, SPEC §3 last line): each one has a clear, asserted outcome — a single message that says what
// happened, or the same reading the real tool (Spring, Compose) would make — and never a crash, a hang or unbounded
// memory. Two paths are checked: the CLI on files on disk (dist/cli.js, with its peak RSS) and the core on editor
// text (what the language server hands it; the server itself is in test/server/hostile-server.test.ts).
// Big inputs are generated here, at test time, into a temporary folder.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Reuse } from '../../server/src/core/engine/reuse';
import { analyze, LineIndex, normalizeSettings, unreadableReason, MAX_FILE_BYTES, type AnalysisResult, type Finding } from '../../server/src/core';
import { readTextFile, collectFiles } from '../../server/src/cli/fsio';
import { WorkspaceIndex } from '../../server/src/server/workspace';
import { globMatcher, globToRegExp, matchesAny } from '../../server/src/core/util/glob';

// out-test/unit/ under `npm test`; a temporary folder under scripts/run-test.sh (run from the repository root).
const ROOT = [resolve(__dirname, '../..'), process.cwd()].find((d) => existsSync(join(d, 'esbuild.mjs'))) ?? process.cwd();
const CLI = join(ROOT, 'dist/cli.js');
const MB = 1024 * 1024;

const IMAGE3 = 'services:\n  nacos:\n    image: nacos/nacos-server:v3.0.0\n';
const GOOD_SECRET = '3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=';
const GOOD_KEY = 'nacos-identity-4f2a9c1e';
const GOOD_VALUE = 'Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE';
const PROPS = [
  'nacos.core.auth.enabled=true',
  'nacos.core.auth.system.type=nacos',
  `nacos.core.auth.server.identity.key=${GOOD_KEY}`,
  'nacos.core.auth.server.identity.value=security',
  `nacos.core.auth.plugin.nacos.token.secret.key=${GOOD_SECRET}`,
  '',
].join('\n');

interface CliRun { code: number | null; out: string; err: string; ms: number; peakMb: number }
interface CliJson { files: { path: string; findings: { ruleId: string; severity: string; message: string; line: number; column: number }[] }[] }

let dir = '';
let preload = '';
const peaks: string[] = [];

/** Runs dist/cli.js; a preloaded hook reports the process's peak RSS (getrusage maxrss). */
function cli(args: string[], cwd: string, label: string): CliRun {
  assert.ok(existsSync(CLI), 'dist/cli.js is missing: run `node esbuild.mjs` (npm test does)');
  const t0 = performance.now();
  // A generous timeout turns a hang into a failure instead of a stuck suite.
  const r = spawnSync(process.execPath, ['--require', preload, CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * MB });
  const ms = performance.now() - t0;
  const m = /\nmaxrss_kb=(\d+)\n?$/.exec(r.stderr ?? '');
  const peakMb = m ? Number(m[1]) / 1024 : NaN;
  peaks.push(`${label}: ${Math.round(peakMb)} MB peak RSS, ${Math.round(ms)} ms`);
  assert.notEqual(r.signal, 'SIGTERM', `${label}: the CLI did not finish within 60 s`);
  return { code: r.status, out: r.stdout, err: (r.stderr ?? '').replace(/\nmaxrss_kb=\d+\n?$/, ''), ms, peakMb };
}

function json(r: CliRun): CliJson {
  return JSON.parse(r.out) as CliJson;
}

function findingsOf(doc: CliJson, path: string): CliJson['files'][number]['findings'] {
  return doc.files.find((f) => f.path === path)?.findings ?? [];
}

function write(rel: string, data: string | Buffer): string {
  const p = join(dir, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, data);
  return p;
}

/** The core on in-memory texts, as the server calls it for open documents. */
function lint(files: Record<string, string>, settings: Record<string, unknown> = {}, reuse?: Reuse): { findings: (Finding & { line: number })[]; ms: number; parsed: AnalysisResult['parsed'] } {
  const s = normalizeSettings(settings);
  const t0 = performance.now();
  const r = analyze({
    files: Object.entries(files).map(([path, text]) => ({ path, text })),
    readFile: (p) => files[p],
    settingsFor: () => s,
    relPath: (p) => p.replace(/^\/w\//, ''),
    rootFor: () => '/w',
    reuse,
  });
  const ms = performance.now() - t0;
  const findings = [...r.findings.values()].flat().map((f) => ({ ...f, line: new LineIndex(files[f.path] ?? '').position(f.span.start).line + 1 }));
  return { findings, ms, parsed: r.parsed };
}

const rules = (fs: { ruleId: string }[]) => fs.map((f) => f.ruleId).sort();
const syntax = (fs: { ruleId: string; message: string }[]) => fs.filter((f) => f.ruleId === 'syntax-error').map((f) => f.message);

describe('hostile inputs', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'nal-hostile-'));
    preload = join(dir, 'maxrss.js');
    writeFileSync(preload, "process.on('exit', () => process.stderr.write(`\\nmaxrss_kb=${process.resourceUsage().maxRSS}\\n`));\n");
  });
  after((t) => {
    rmSync(dir, { recursive: true, force: true });
    (t as unknown as { diagnostic?: (s: string) => void }).diagnostic?.(peaks.join('; '));
    process.stdout.write(`# hostile CLI runs: ${peaks.join('; ')}\n`);
  });

  test('a 50 MB file: one message, never read into memory', (t) => {
    // Written in 1 MB chunks: the test itself stays small too.
    const p = write('big/conf/application.properties', '');
    const fd = openSync(p, 'w');
    const chunk = Buffer.from(`nacos.core.auth.server.identity.value=${'x'.repeat(1000)}\n`.repeat(1024));
    for (let written = 0; written < 50 * MB; written += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    const r = cli(['big'], dir, '50 MB file');
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(r.err.trim().split('\n'), [`nacos-auth-lint: big/conf/application.properties: file is larger than ${MAX_FILE_BYTES / MB} MB; not analysed`]);
    assert.ok(r.peakMb < 200, `peak RSS ${Math.round(r.peakMb)} MB`);
    // The editor path: the server gets the text; one finding, at the start, and no work on the content.
    const text = 'a=b\n'.repeat((50 * MB) / 4);
    const { findings, ms } = lint({ '/w/conf/application.properties': text });
    assert.deepEqual(findings.map((f) => [f.ruleId, f.span.start, f.span.end, f.message]), [['syntax-error', 0, 0, unreadableReason(text)]]);
    t.diagnostic(`editor path: ${Math.round(ms)} ms`);
    // Generous: most of it is a line index of the 50 MB text (for the finding at 1:1), and the machine may be busy.
    assert.ok(ms < 10_000, `${Math.round(ms)} ms`);
  });

  test('binary files: one message each', () => {
    const bytes = Buffer.alloc(64 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    bytes[100] = 0;
    write('bin/conf/application.properties', bytes);
    write('bin/compose.yaml', bytes);
    const r = cli(['bin'], dir, 'binary');
    assert.equal(r.code, 0);
    assert.deepEqual(r.err.trim().split('\n').sort(), [
      'nacos-auth-lint: bin/compose.yaml: file looks binary (NUL bytes); not analysed',
      'nacos-auth-lint: bin/conf/application.properties: file looks binary (NUL bytes); not analysed',
    ]);
    // Editor path: the same message as a finding.
    const { findings } = lint({ '/w/conf/application.properties': bytes.toString('latin1') });
    assert.deepEqual(syntax(findings), ['file looks binary (NUL bytes); not analysed']);
    assert.equal(findings.length, 1);
  });

  test('control characters without NUL in a properties file: one syntax error', () => {
    const { findings } = lint({ '/w/conf/application.properties': `${PROPS}\u0001\u0002garbage\u0003\n` });
    assert.deepEqual(syntax(findings), ['The file contains control characters: it looks binary, not like a properties file.']);
  });

  test('invalid UTF-8: env and compose files are refused with one message; properties are read as ISO-8859-1 (Spring)', () => {
    write('utf/env/nacos.env', Buffer.from([0x4e, 0x41, 0x3d, 0xff, 0xfe, 0x0a]));
    write('utf/compose.yaml', Buffer.concat([Buffer.from(IMAGE3), Buffer.from([0x23, 0xc3, 0x28, 0x0a])]));
    const [head, tail] = PROPS.replace('=security', `=${GOOD_VALUE}`).split(GOOD_KEY);
    write('utf/conf/application.properties', Buffer.concat([Buffer.from(`${head}caf`), Buffer.from([0xe9]), Buffer.from(tail)]));
    const r = cli(['utf', '--format', 'json'], dir, 'invalid UTF-8');
    assert.deepEqual(r.err.trim().split('\n').sort(), [
      'nacos-auth-lint: utf/compose.yaml: file is not valid UTF-8; not analysed',
      'nacos-auth-lint: utf/env/nacos.env: file is not valid UTF-8; not analysed',
    ]);
    // 0xE9 is 'é' in ISO-8859-1: the key Nacos sends is not a valid header name.
    const props = findingsOf(json(r), 'utf/conf/application.properties');
    assert.deepEqual(props.map((f) => `${f.ruleId}@${f.line}`), ['identity-invalid-header-name@3']);
    assert.match(props[0].message, /U\+00E9|é/);
  });

  test('NUL bytes after the first 8 KB: read, and one syntax error at the NUL', () => {
    const text = `${'# padding\n'.repeat(1000)}${PROPS}nacos.core.auth.caching.enabled=tr\u0000ue\n`;
    write('nul/conf/application.properties', text);
    const r = cli(['nul', '--format', 'json'], dir, 'NUL bytes');
    const f = findingsOf(json(r), 'nul/conf/application.properties').filter((x) => x.ruleId === 'syntax-error');
    assert.deepEqual(f.map((x) => [x.line, x.message]), [[1006, 'The file contains a NUL character: it looks binary, not like a properties file.']]);
  });

  test('a BOM: properties report it (Spring reads the first key as "ï»¿…"), env files and YAML read through it', () => {
    // The BOM sits in front of the identity value's key: Nacos never reads that line.
    write('bom/conf/application.properties', `\ufeffnacos.core.auth.server.identity.value=security\n${PROPS.replace('nacos.core.auth.server.identity.value=security\n', '')}`);
    write('bom/docker/compose.yaml', `\ufeff${IMAGE3}    env_file: nacos.env\n    environment:\n      NACOS_AUTH_IDENTITY_VALUE: security\n`);
    write('bom/docker/nacos.env', `\ufeffNACOS_AUTH_TOKEN=${GOOD_SECRET}\nNACOS_AUTH_IDENTITY_KEY=${GOOD_KEY}\n`);
    // The properties node runs 2.5.1 (its keys alone say 2.1.0–2.5.x, where the identity is not missing the same way).
    const doc = json(cli(['bom', '--format', 'json', '--server-version', '2.5.1'], dir, 'BOM'));
    const props = findingsOf(doc, 'bom/conf/application.properties');
    assert.deepEqual(props.filter((f) => f.ruleId === 'syntax-error').map((f) => [f.line, f.column]), [[1, 1]]);
    assert.match(props.find((f) => f.ruleId === 'syntax-error')!.message, /byte order mark/);
    // The published value on that line is not what Nacos reads: the value is missing instead.
    assert.ok(!props.some((f) => f.ruleId === 'identity-public-value'), 'the BOM line is not read');
    assert.ok(props.some((f) => f.ruleId === 'identity-missing'), 'the identity value is missing to Nacos');
    // Compose v1, v2 and docker run strip an env file's BOM: nothing to report there.
    assert.deepEqual(findingsOf(doc, 'bom/docker/nacos.env').map((f) => f.ruleId), []);
    const compose = findingsOf(doc, 'bom/docker/compose.yaml');
    assert.deepEqual(syntax(compose), []);
    assert.ok(compose.some((f) => f.ruleId === 'identity-public-value' && f.line === 6), 'values after the BOM are read');
  });

  test('CRLF and lone CR line ends: the same findings on the same lines as LF (a lone CR in an env file gets env-file-encoding)', () => {
    const compose = `${IMAGE3}    env_file: nacos.env\n    environment:\n      NACOS_AUTH_IDENTITY_VALUE: security\n`;
    const env = `NACOS_AUTH_TOKEN=${GOOD_SECRET}\nNACOS_AUTH_IDENTITY_KEY=${GOOD_KEY}\n`;
    const shape = (fs: (Finding & { line: number })[]) => fs.filter((f) => f.ruleId !== 'env-file-encoding').map((f) => `${f.ruleId}@${f.path}:${f.line}`).sort();
    const lf = lint({ '/w/conf/application.properties': PROPS, '/w/d/compose.yaml': compose, '/w/d/nacos.env': env }).findings;
    assert.ok(lf.length > 0 && !lf.some((f) => f.ruleId === 'env-file-encoding'));
    for (const eol of ['\r\n', '\r']) {
      const other = lint({
        '/w/conf/application.properties': PROPS.replace(/\n/g, eol),
        '/w/d/compose.yaml': compose.replace(/\n/g, eol),
        // A lone CR is no line end for Compose's dotenv (checked below): the env file keeps LF here.
        '/w/d/nacos.env': eol === '\r\n' ? env.replace(/\n/g, eol) : env,
      }).findings;
      assert.deepEqual(shape(other), shape(lf), JSON.stringify(eol));
      // Ordinary CRLF line ends reach no value in Compose v1, v2 or docker run: nothing to report.
      assert.equal(other.some((f) => f.ruleId === 'env-file-encoding'), false, 'no env-file-encoding for CRLF line ends');
    }
    // Exact spans through CRLF: the published value is underlined, not its CR.
    const crlf = PROPS.replace(/\n/g, '\r\n');
    const pub = lint({ '/w/conf/application.properties': crlf }).findings.find((f) => f.ruleId === 'identity-public-value')!;
    assert.equal(crlf.slice(pub.span.start, pub.span.end), 'security');
    // A lone CR in an env file is not a line end for Compose's dotenv: the next "line" is part of the value, and the
    // user is told why.
    const lone = lint({ '/w/d/compose.yaml': compose, '/w/d/nacos.env': env.replace(/\n/g, '\r') }).findings;
    assert.ok(lone.some((f) => f.ruleId === 'env-file-encoding'), 'env-file-encoding explains the CRs');
  });

  test('10,000-deep YAML nesting: one message, bounded time', (t) => {
    for (const [name, x] of [['flow', `${'['.repeat(10_000)}${']'.repeat(10_000)}`], ['block', `\n      ${'- '.repeat(10_000)}a`]] as const) {
      const { findings, ms } = lint({ '/w/compose.yaml': `${IMAGE3}    x: ${x}\n` });
      t.diagnostic(`${name}: ${Math.round(ms)} ms`);
      assert.deepEqual(syntax(findings), ['YAML nested too deeply to be read'], name);
      assert.ok(ms < 15_000, `${name}: ${Math.round(ms)} ms`);
    }
  });

  test('a YAML alias bomb (10^9 expansions): linear, with one problem per misused field', (t) => {
    const L = 'abcdefghi';
    let y = 'x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 1; i < L.length; i++) y += `x-${L[i]}: &${L[i]} [${Array(10).fill(`*${L[i - 1]}`).join(',')}]\n`;
    y += `${IMAGE3}    environment: *i\n    env_file: *i\n    volumes: *i\n    profiles: *i\n`;
    const { findings, ms } = lint({ '/w/compose.yaml': y });
    t.diagnostic(`${Math.round(ms)} ms`);
    assert.ok(ms < 5000, `${Math.round(ms)} ms`);
    assert.deepEqual(syntax(findings).sort(), ['env_file entries must be paths or {path, required} mappings', 'environment list items must be strings like KEY=value']);
  });

  test('100,000 anchors: read in linear time, aliases resolved, and parsed once per text', (t) => {
    let y = 'x-anchors:\n';
    for (let i = 0; i < 100_000; i++) y += `  k${i}: &a${i} v${i}\n`;
    y += `${IMAGE3}    environment:\n      NACOS_AUTH_IDENTITY_VALUE: *a99999\n`;
    write('anchors/compose.yaml', y);
    const r = cli(['anchors', '--format', 'json', '--explain', '--show-secrets'], dir, '100,000 anchors');
    const node = (JSON.parse(r.out) as { nodes: { settings: Record<string, { value: string }> }[] }).nodes[0];
    assert.equal(node.settings['nacos.core.auth.server.identity.value'].value, 'v99999');
    assert.ok(r.peakMb < 1024, `peak RSS ${Math.round(r.peakMb)} MB`);
    // The server re-analyses on every keystroke elsewhere: the engine's cache keeps the parse of an unchanged text.
    const reuse = new Reuse();
    const first = lint({ '/w/compose.yaml': y }, {}, reuse);
    const second = lint({ '/w/compose.yaml': y, '/w/conf/application.properties': PROPS }, {}, reuse);
    t.diagnostic(`CLI ${Math.round(r.ms)} ms; core first ${Math.round(first.ms)} ms, again ${Math.round(second.ms)} ms`);
    const a = first.parsed.get('/w/compose.yaml');
    const b = second.parsed.get('/w/compose.yaml');
    assert.ok(a?.kind === 'compose' && b?.kind === 'compose' && a.yaml === b.yaml, 'the unchanged text was parsed again');
  });

  test('a 1 MB single line in each kind of file: bounded time', (t) => {
    const cases: [string, Record<string, string>][] = [
      ['properties value', { '/w/conf/application.properties': `${PROPS}nacos.core.auth.server.identity.value=${'a'.repeat(MB)}\n` }],
      ['properties ${${${…', { '/w/conf/application.properties': `${PROPS}nacos.core.auth.server.identity.value=${'${'.repeat(MB / 2)}\n` }],
      ['env value', { '/w/compose.yaml': `${IMAGE3}    env_file: nacos.env\n`, '/w/nacos.env': `NACOS_AUTH_IDENTITY_VALUE=${'ab'.repeat(MB / 2)}\n` }],
      ['env ${A:-${A:-…', { '/w/compose.yaml': `${IMAGE3}    env_file: nacos.env\n`, '/w/nacos.env': `NACOS_AUTH_IDENTITY_VALUE=${'${A:-'.repeat(MB / 5)}\n` }],
      ['YAML line', { '/w/compose.yaml': `${IMAGE3}    environment: {NACOS_AUTH_TOKEN: "${'A'.repeat(MB)}"}\n` }],
      ['YAML ${${${…', { '/w/compose.yaml': `${IMAGE3}    environment: {NACOS_AUTH_TOKEN: "${'${'.repeat(MB / 2)}"}\n` }],
    ];
    const times: string[] = [];
    for (const [name, files] of cases) {
      const { ms } = lint(files);
      times.push(`${name} ${Math.round(ms)} ms`);
      assert.ok(ms < 10_000, `${name}: ${Math.round(ms)} ms`);
    }
    t.diagnostic(times.join('; '));
  });

  test('an unterminated "${": Compose refuses the file (one syntax error); Spring keeps the text literally', () => {
    const compose = lint({ '/w/compose.yaml': `${IMAGE3}    environment:\n      NACOS_AUTH_TOKEN: \${TOKEN\n` }).findings;
    assert.deepEqual(syntax(compose), ['invalid interpolation format: "${" is not closed by "}"; use "$$" for a literal "$"']);
    const env = lint({ '/w/compose.yaml': `${IMAGE3}    env_file: nacos.env\n`, '/w/nacos.env': 'NACOS_AUTH_TOKEN=${TOKEN\n' }).findings;
    assert.deepEqual(syntax(env), ['invalid interpolation format: "${" is not closed by "}"; use "$$" for a literal "$"']);
    const props = lint({ '/w/conf/application.properties': PROPS.replace('=security', '=${NACOS_AUTH_IDENTITY_VALUE') }, { serverVersion: '2.4.3' }).findings;
    // The literal text is the value: no syntax error, and no "missing" either.
    assert.deepEqual(rules(props), []);
  });

  test('recursive ${A} → ${B} → ${A}: terminates; .env resolves in order (both empty), properties report the cycle as unresolved', () => {
    const compose = lint({
      '/w/compose.yaml': `${IMAGE3}    environment:\n      NACOS_AUTH_TOKEN: ${GOOD_SECRET}\n      NACOS_AUTH_IDENTITY_KEY: ${GOOD_KEY}\n      NACOS_AUTH_IDENTITY_VALUE: \${A}\n`,
      '/w/.env': 'A=${B}\nB=${A}\n',
    }).findings;
    const missing = compose.find((f) => f.ruleId === 'docker-required-env-missing');
    assert.ok(missing && /NACOS_AUTH_IDENTITY_VALUE/.test(missing.message), 'the empty value is reported');
    const props = lint({ '/w/conf/application.properties': PROPS.replace('=security', '=${a}') + 'a=${b}\nb=${a}\n' }, { serverVersion: '2.4.3' }).findings;
    assert.deepEqual(rules(props), ['identity-missing']);
  });

  test('cyclic extends (same file and across files): one problem per cycle, no hang', () => {
    const { findings } = lint({
      '/w/compose.yaml': `${IMAGE3}    extends: b\n  b:\n    extends: nacos\n  c:\n    extends: {file: ./other.yaml, service: d}\n`,
      '/w/other.yaml': 'services:\n  d:\n    extends: {file: ./compose.yaml, service: c}\n',
    });
    assert.deepEqual(syntax(findings).sort(), ['circular "extends": c -> d -> c', 'circular "extends": d -> c -> d', 'circular "extends": nacos -> b -> nacos']);
  });

  test('env_file pointing at a directory, /dev/zero or a FIFO: one message each, no hang', (t) => {
    const fifo = join(dir, 'envs/fifo.env');
    mkdirSync(join(dir, 'envs/dir.env'), { recursive: true });
    const mk = spawnSync('mkfifo', [fifo]);
    const withFifo = mk.status === 0;
    if (!withFifo) t.diagnostic('mkfifo not available: FIFO case skipped');
    write('envs/compose.yaml', `${IMAGE3}    env_file: [./dir.env, /dev/zero${withFifo ? ', ./fifo.env' : ''}]\n`);
    const r = cli(['envs', '--format', 'json'], dir, 'env_file at a directory, /dev/zero, a FIFO');
    assert.equal(r.err, '');
    const msgs = syntax(findingsOf(json(r), 'envs/compose.yaml'));
    const expected = [join(dir, 'envs/dir.env'), '/dev/zero', ...(withFifo ? [fifo] : [])].map((p) => `env file ${p} not found, or not a readable text file`);
    assert.deepEqual(msgs.sort(), expected.sort());
    // Read directly: each gives a reason, immediately.
    assert.deepEqual(readTextFile(join(dir, 'envs/dir.env')), { error: 'is a directory, not a file' });
    assert.deepEqual(readTextFile('/dev/zero'), { error: 'is not a regular file' });
    if (withFifo) assert.deepEqual(readTextFile(fifo), { error: 'is not a regular file' });
  });

  test('a symlink loop in the workspace: the CLI walk and the server index finish, each file once', () => {
    write('loop/conf/application.properties', PROPS);
    symlinkSync('..', join(dir, 'loop/conf/up'));
    symlinkSync('b', join(dir, 'loop/a'));
    symlinkSync('a', join(dir, 'loop/b'));
    const errors: string[] = [];
    const files = collectFiles([join(dir, 'loop')], (p, m) => errors.push(`${p}: ${m}`));
    assert.deepEqual(files, [join(dir, 'loop/conf/application.properties')]);
    assert.deepEqual(errors, []);
    const r = cli(['loop'], dir, 'symlink loop');
    assert.equal(r.err, '');
    assert.match(r.out, /loop\/conf\/application\.properties/);
    const index = new WorkspaceIndex([join(dir, 'loop')]);
    index.scan();
    assert.deepEqual([...index.files], [join(dir, 'loop/conf/application.properties')]);
  });

  // The workspace's own settings (include/exclude/clusters) are globs: in an untrusted repository they are input too.
  test('a pathological glob in the settings: linear time, the same matches as the RegExp form', (t) => {
    const path = `${'a'.repeat(200)}/conf/application.properties`;
    const t0 = performance.now();
    assert.equal(matchesAny(path, [`${'**a'.repeat(20)}**b`]), false);
    const ms = performance.now() - t0;
    t.diagnostic(`${Math.round(ms)} ms (a backtracking RegExp takes minutes)`);
    assert.ok(ms < 2000, `${Math.round(ms)} ms`); // a guard against backtracking (minutes), not a timing test
    // Same answers as globToRegExp on random globs and paths.
    const G = ['a', 'b', '/', '.', '*', '**', '**/', '?', '{a,b}', '{x,a*}', 'c', '{', '}'];
    const P = ['a', 'b', '/', '.', 'c', 'x'];
    let seed = 7;
    const r = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let i = 0; i < 20_000; i++) {
      let g = '';
      for (let k = r(7); k > 0; k--) g += G[r(G.length)];
      let p = '';
      for (let k = r(9); k > 0; k--) p += P[r(P.length)];
      let re: RegExp | undefined;
      try {
        re = globToRegExp(g);
      } catch {
        // `{?}` made an invalid RegExp, and matchesAny threw (the index scan stopped): the matcher just answers.
      }
      if (re) assert.equal(globMatcher(g)(p), re.test(p), `${JSON.stringify(g)} on ${JSON.stringify(p)}`);
      else assert.equal(typeof globMatcher(g)(p), 'boolean');
    }
  });

  // What package.json declares must be what the extension does (VS Code enables it in untrusted and virtual
  // workspaces on this word alone).
  test('workspace trust and virtual workspaces: declared as what the extension really does', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      capabilities: { untrustedWorkspaces: { supported: unknown; restrictedConfigurations?: string[]; description: string }; virtualWorkspaces: { supported: unknown; description: string } };
      contributes: { configuration: { properties: Record<string, { type?: unknown; scope?: string }> } };
    };
    // Untrusted: fully supported — it only reads files, and no setting names a program, a path to run or a command.
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, undefined);
    for (const name of Object.keys(pkg.contributes.configuration.properties)) assert.doesNotMatch(name, /path|command|executable|program|args/i, name);
    const sources = ['client/src/extension.ts', ...readdirSync(join(ROOT, 'server/src'), { recursive: true }).map((f) => `server/src/${f}`)].filter((f) => f.endsWith('.ts'));
    for (const f of sources) assert.doesNotMatch(readFileSync(join(ROOT, f), 'utf8'), /child_process|\bexecSync\b|\bspawn\(/, `${f} starts no process`);
    // Virtual: not supported — the client selects file: documents (and the editor's own untitled ones, which live in
    // memory, never in a remote file system) and the server reads the disk.
    assert.equal(pkg.capabilities.virtualWorkspaces.supported, false);
    const client = readFileSync(join(ROOT, 'client/src/extension.ts'), 'utf8');
    const schemes = [...client.matchAll(/scheme: '([^']+)'/g)].map((m) => m[1]);
    assert.ok(schemes.length > 0 && schemes.every((x) => x === 'file' || x === 'untitled'), `document selector schemes: ${schemes}`);
  });

  test('a device or FIFO named on the command line: one message, no hang', (t) => {
    const r = cli(['/dev/zero'], dir, '/dev/zero as an argument');
    assert.match(r.err.trim(), /^nacos-auth-lint: [./]*dev\/zero: is not a regular file \(device, FIFO or socket\); not analysed$/);
    t.diagnostic(`${Math.round(r.ms)} ms`);
  });
});
