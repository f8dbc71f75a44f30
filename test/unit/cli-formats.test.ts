// The CLI's CI surface, on a CLI bundled from source: --format github (parsed back per GitHub's escaping), --format
// junit (validated against the Jenkins xUnit JUnit XSD with xmllint), SARIF fingerprints and base ids, the
// configuration file, --print-config, --max-warnings, exit 2 when nothing was checked, honest counts, and the
// pre-commit hook's command line on a staged change.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { escapeData, escapeProperty, formatGithub } from '../../server/src/cli/formats/github';
import { formatJunit } from '../../server/src/cli/formats/junit';
import { findingFingerprints, maskedLineKey, type CliFile } from '../../server/src/cli/format';
import { RULES } from '../../server/src/core';

/** `fingerprint 3fa9c2d1` → `fingerprint #1`, numbered in order of first appearance. */
function numberFingerprints(text: string): string {
  const seen = new Map<string, number>();
  return text.replace(/fingerprint ([0-9a-f]{8})\b/g, (_m, hex: string) => {
    if (!seen.has(hex)) seen.set(hex, seen.size + 1);
    return `fingerprint #${seen.get(hex)}`;
  });
}

function repoRoot(): string {
  for (let d = __dirname; d !== dirname(d); d = dirname(d)) if (existsSync(join(d, 'server/src/core'))) return d;
  return process.cwd();
}
const ROOT = repoRoot();
const XSD = join(ROOT, 'test/fixtures/junit/junit-10.xsd');
let dir: string;
let CLI: string;

function cli(args: string[], cwd = dir) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function write(rel: string, text: string, base = dir): string {
  const p = join(base, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
  return p;
}

type Json = { files: { path: string; findings: { ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number; related: { path: string; line: number; column: number; message: string }[] }[] }[]; summary: { errors: number; warnings: number; nodes: number; files: number }; nodes?: { id: string; serverVersion: { value: string; from: string } }[] };
const json = (s: string) => JSON.parse(s) as Json;

/** A workflow command line parsed the way the Actions runner does (ActionCommand.TryParseV2 + unescaping). */
function parseCommand(line: string): { command: string; props: Record<string, string>; data: string } | undefined {
  if (!line.startsWith('::')) return undefined;
  const end = line.indexOf('::', 2);
  const head = line.slice(2, end);
  const data = line.slice(end + 2);
  const sp = head.indexOf(' ');
  const command = sp < 0 ? head : head.slice(0, sp);
  const props: Record<string, string> = {};
  if (sp >= 0) {
    for (const kv of head.slice(sp + 1).split(',')) {
      const eq = kv.indexOf('=');
      props[kv.slice(0, eq)] = kv.slice(eq + 1).replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
    }
  }
  return { command, props, data: data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%') };
}

function xmllint(): string | undefined {
  const r = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (r.status === 0) return 'xmllint';
  if (process.env.CI === 'true') throw new Error('xmllint is missing: .ci/run installs libxml2-utils');
  return undefined;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'nal-ci-'));
  CLI = join(dir, 'cli.js');
  const b = spawnSync(join(ROOT, 'node_modules/.bin/esbuild'), [join(ROOT, 'server/src/cli/main.ts'), '--bundle', '--platform=node', '--target=node20', '--format=cjs', `--outfile=${CLI}`, '--log-level=error'], { encoding: 'utf8' });
  assert.equal(b.status, 0, b.stderr);
  cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('no secret value of the examples in any new output', () => {
  const secrets = ['VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=', 'ThisIsMyCustomSecretKey012345678', 'my-own-value-for-node3'];
  for (const format of ['github', 'junit', 'sarif']) {
    const r = cli(['examples', '--format', format]);
    for (const s of secrets) assert.ok(!r.out.includes(s) && !r.err.includes(s), `${format}: ${s}`);
  }
});

describe('--format github', () => {
  test('every finding is one annotation that parses back to the JSON output', () => {
    const r = cli(['examples', '--format', 'github']);
    assert.equal(r.code, 1, r.err);
    const doc = json(cli(['examples', '--format', 'json']).out);
    const lines = r.out.trimEnd().split('\n');
    const cmds = lines.map(parseCommand);
    assert.equal(cmds.filter(Boolean).length, doc.files.reduce((n, f) => n + f.findings.length, 0));
    assert.match(lines[lines.length - 1], /^nacos-auth-lint: \d+ error\(s\), \d+ warning\(s\), \d+ info; 10 files checked: 10 given, 0 referenced; 7 Nacos node\(s\)$/);
    let i = 0;
    for (const f of doc.files) for (const x of f.findings) {
      const c = cmds[i++]!;
      assert.equal(c.command, x.severity === 'info' ? 'notice' : x.severity);
      assert.equal(c.props.file, f.path);
      assert.equal(c.props.title, x.ruleId);
      assert.equal(Number(c.props.line), x.line);
      assert.equal(Number(c.props.endLine), x.endLine);
      if (x.line === x.endLine) assert.deepEqual([Number(c.props.col), Number(c.props.endColumn)], [x.column, x.endColumn]);
      // Two runs: fingerprints are keyed per run (util/mask.ts), so they are compared by their pattern of equality.
      assert.equal(numberFingerprints(c.data), numberFingerprints(x.message + x.related.map(r => `\n${r.path}:${r.line}:${r.column}: ${r.message}`).join('')));
    }
  });
  test("GitHub's escaping: %, CR, LF in data; also : and , in properties", () => {
    assert.equal(escapeData('100% done\r\nnext: a,b'), '100%25 done%0D%0Anext: a,b');
    assert.equal(escapeProperty('dir:a,b/%x\n'), 'dir%3Aa%2Cb/%25x%0A');
    const files: CliFile[] = [{ path: 'we,ird:dir/100%/a.env', findings: [
      { ruleId: 'identity-weak-value', severity: 'warning', message: 'multi\nline, with: colons ::error:: and %0A literal', line: 2, column: 3, endLine: 4, endColumn: 1, fixable: false, related: [{ path: 'x,y.env', line: 1, column: 1, message: 'r%' }] },
    ] }];
    const out = formatGithub(files, 'done').trimEnd().split('\n');
    assert.equal(out.length, 2, 'one line per annotation: nothing a message holds starts a new command');
    const c = parseCommand(out[0])!;
    assert.deepEqual(c.props, { file: 'we,ird:dir/100%/a.env', line: '2', endLine: '4', title: 'identity-weak-value' }, 'no col/endColumn across lines');
    assert.equal(c.data, 'multi\nline, with: colons ::error:: and %0A literal\nx,y.env:1:1: r%');
  });
});

describe('--format junit', () => {
  test('valid against the JUnit XSD; one suite per checked file, one case per finding, failures for errors and warnings', t => {
    const r = cli(['examples', '--format', 'junit']);
    assert.equal(r.code, 1, r.err);
    const doc = json(cli(['examples', '--format', 'json']).out);
    const suites = [...r.out.matchAll(/<testsuite [^>]*name="([^"]+)"/g)].map(m => m[1]);
    assert.equal(suites.length, 10, "10 files checked");
    const failures = [...r.out.matchAll(/<failure /g)].length;
    assert.equal(failures, doc.summary.errors + doc.summary.warnings);
    assert.match(r.out, new RegExp(`<testsuites name="nacos-auth-lint" tests="\\d+" failures="${failures}" errors="0">`));
    for (const f of doc.files) assert.ok(suites.includes(f.path), f.path);
    const lint = xmllint();
    if (!lint) { t.skip('xmllint not installed (apt-get install libxml2-utils)'); return; }
    const file = write('junit.xml', r.out);
    const v = spawnSync(lint, ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
    assert.equal(v.status, 0, v.stderr);
    assert.match(v.stderr, /validates/);
  });
  test('hostile text stays well-formed: ]]>, control characters, quotes, lone surrogates', t => {
    const files: CliFile[] = [{ path: 'a"&<b>.env', findings: [
      { ruleId: 'syntax-error', severity: 'error', message: 'x ]]> y \u0001 "q" & <t> \ud800 \t', line: 1, column: 1, endLine: 1, endColumn: 2, fixable: false, related: [] },
      { ruleId: 'secret-low-entropy', severity: 'info', message: 'note ]]>', line: 2, column: 1, endLine: 2, endColumn: 2, fixable: false, related: [] },
    ] }];
    const xml = formatJunit(files, ['a"&<b>.env', 'clean.properties']);
    assert.match(xml, /failures="1"/);
    const lint = xmllint();
    if (!lint) { t.skip('xmllint not installed'); return; }
    const v = spawnSync(lint, ['--noout', '--schema', XSD, write('hostile.xml', xml)], { encoding: 'utf8' });
    assert.equal(v.status, 0, v.stderr);
    const text = spawnSync(lint, ['--xpath', 'string(//failure)', write('hostile2.xml', xml)], { encoding: 'utf8' }).stdout;
    assert.ok(text.includes('x ]]> y'), text);
  });
});

describe('SARIF for code scanning', () => {
  test('%SRCROOT% base, relative URIs, partialFingerprints that survive moved lines', () => {
    const a = JSON.parse(cli(['examples', '--format', 'sarif']).out);
    const run = a.runs[0];
    assert.match(run.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/\/.*\/$/);
    const res = run.results as { ruleId: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }[];
    assert.ok(res.every(r => r.locations[0].physicalLocation.artifactLocation.uriBaseId === '%SRCROOT%' && !r.locations[0].physicalLocation.artifactLocation.uri.startsWith('/')));
    const fp = (r: typeof res[number]) => r.partialFingerprints['nacosAuthLint/v1'];
    assert.equal(new Set(res.map(fp)).size, res.length, 'one fingerprint per finding');
    assert.ok(res.every(r => r.partialFingerprints.primaryLocationLineHash === fp(r)));
    // Move every line down: the same findings keep their fingerprints (changed values: the next test).
    const p = join(dir, 'examples/bare-metal/node1/conf/application.properties');
    const before = readFileSync(p, 'utf8');
    try {
      writeFileSync(p, `# a new comment\n\n${before}`);
      const b = JSON.parse(cli(['examples', '--format', 'sarif']).out).runs[0].results as typeof res;
      const key = (r: typeof res[number]) => `${r.ruleId} ${r.locations[0].physicalLocation.artifactLocation.uri}`;
      const node1 = (list: typeof res) => list.filter(r => r.locations[0].physicalLocation.artifactLocation.uri.includes('node1')).map(r => `${key(r)} ${fp(r)}`).sort();
      assert.deepEqual(node1(b), node1(res));
    } finally {
      writeFileSync(p, before);
    }
  });
  test('the fingerprint hashes the key of the line, never its value', () => {
    assert.equal(maskedLineKey('nacos.core.auth.server.identity.value=VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg='), 'nacos.core.auth.server.identity.value');
    assert.equal(maskedLineKey('      - NACOS_AUTH_TOKEN=abc:def'), '- NACOS_AUTH_TOKEN');
    assert.equal(maskedLineKey('  NACOS_AUTH_IDENTITY_VALUE: "s3cr3t"'), 'NACOS_AUTH_IDENTITY_VALUE');
    assert.equal(maskedLineKey('export NACOS_AUTH_TOKEN=x'), 'export NACOS_AUTH_TOKEN');
    assert.equal(maskedLineKey('nacos.core.auth.server.identity.value s3cr3t'), '', 'white-space separator: the line may be all value');
    assert.equal(maskedLineKey('    s3cr3tInABlockScalar'), '');
    const f = (text: string): CliFile[] => [{ path: 'a.env', findings: [{ ruleId: 'r', severity: 'error', message: '', line: 1, column: 1, endLine: 1, endColumn: 2, fixable: false, related: [] }] }];
    const one = [...findingFingerprints(f(''), () => 'NACOS_AUTH_TOKEN=first').values()][0];
    const two = [...findingFingerprints(f(''), () => 'NACOS_AUTH_TOKEN=second').values()][0];
    assert.equal(one, two);
  });
});

describe('the configuration file through the CLI', () => {
  test('turning a rule off and pinning a version changes the output; --rule wins over the file; --config uses that file only', () => {
    const ws = join(dir, 'cfg');
    cpSync(join(ROOT, 'examples'), ws, { recursive: true });
    const plain = json(cli(['.', '--format', 'json', '--explain'], ws).out);
    assert.ok(plain.files.some(f => f.findings.some(x => x.ruleId === 'identity-public-value')));
    write('.nacos-auth-lint.json', JSON.stringify({ rules: { 'identity-public-value': 'off' }, overrides: [{ files: ['bare-metal/node1/**', 'docker/**'], serverVersion: '2.2.3' }] }), ws);
    const r = cli(['.', '--format', 'json', '--explain'], ws);
    const withFile = json(r.out);
    assert.ok(!withFile.files.some(f => f.findings.some(x => x.ruleId === 'identity-public-value')), 'rule off');
    const bm = withFile.nodes!.find(n => n.id.startsWith('bare-metal/node1'))!;
    assert.equal(bm.serverVersion.value, '2.2.3');
    assert.equal(bm.serverVersion.from, 'path setting');
    // node2 has no version of its own: it runs what the other members of its cluster (cluster.conf) run.
    const bm2 = withFile.nodes!.find(n => n.id.startsWith('bare-metal/node2'))!;
    assert.deepEqual([bm2.serverVersion.value, bm2.serverVersion.from], ['2.2.3', 'peers']);
    // What actually runs wins over a version set for the path (issue 14 item 2).
    const n1 = withFile.nodes!.find(n => n.id === 'docker/compose.yaml#nacos1')!;
    assert.equal(n1.serverVersion.value, '2.5.1');
    assert.equal(n1.serverVersion.from, 'image tag');
    const flag = json(cli(['.', '--format', 'json', '--rule', 'identity-public-value=warning'], ws).out);
    assert.ok(flag.files.some(f => f.findings.some(x => x.ruleId === 'identity-public-value' && x.severity === 'warning')), '--rule wins');
    write('ci.json', JSON.stringify({ rules: { 'cluster-identity-mismatch': 'off' } }), ws);
    const explicit = json(cli(['.', '--format', 'json', '--config', 'ci.json'], ws).out);
    assert.ok(explicit.files.some(f => f.findings.some(x => x.ruleId === 'identity-public-value')), '--config: no lookup of .nacos-auth-lint.json');
    assert.ok(!explicit.files.some(f => f.findings.some(x => x.ruleId === 'cluster-identity-mismatch')));
    assert.equal(cli(['.', '--config', 'nope.json'], ws).code, 2);
  });
  test('an invalid configuration file: exit 2, file:line:col and JSON path', () => {
    const ws = join(dir, 'badcfg');
    cpSync(join(ROOT, 'examples/docker'), ws, { recursive: true });
    write('.nacos-auth-lint.json', '{\n  "rules": {\n    "identity-public-valu": "off"\n  },\n  "serverVersion": 2.5\n}\n', ws);
    const r = cli(['.'], ws);
    assert.equal(r.code, 2);
    assert.match(r.err, /invalid configuration: \.nacos-auth-lint\.json:3:5: rules\.identity-public-valu: unknown rule 'identity-public-valu' \(did you mean 'identity-public-value'\?\)/);
    assert.match(r.err, /\.nacos-auth-lint\.json:5:20: serverVersion: must be a string/);
    assert.equal(r.out, '');
  });
  test('--print-config: the merged settings; known values counted, never printed', () => {
    const ws = join(dir, 'print');
    mkdirSync(ws);
    const secret = 'Our-Internal-Identity-Value-2024';
    write('.nacos-auth-lint.json', JSON.stringify({ root: true, serverVersion: '2.5.1', knownValues: [secret, 'another-one-here'], rules: { 'auth-disabled': 'off' } }), ws);
    write('sub/.nacos-auth-lint.json', JSON.stringify({ serverVersion: '3.2.3', rules: { 'duplicate-key': 'error' } }), ws);
    const r = cli(['--print-config', 'sub/conf/application.properties', '--rule', 'auth-disabled=info'], ws);
    assert.equal(r.code, 0, r.err);
    assert.ok(!r.out.includes(secret) && !r.out.includes('another-one'));
    const doc = JSON.parse(r.out);
    assert.deepEqual(doc.configFiles, ['.nacos-auth-lint.json', 'sub/.nacos-auth-lint.json']);
    assert.equal(doc.settings.serverVersion, '3.2.3');
    assert.deepEqual(doc.settings.knownValues, { count: 2 });
    assert.equal(doc.settings.rules['auth-disabled'], 'info', 'the flag wins');
    assert.equal(doc.settings.rules['duplicate-key'], 'error');
    assert.equal(Object.keys(doc.settings.rules).length, RULES.length, 'every rule with its effective severity');
  });
});

describe('exit codes and counts', () => {
  test('a path that does not exist, or a folder without any file to check: exit 2', () => {
    const r = cli(['examples-renamed/']);
    assert.equal(r.code, 2);
    assert.match(r.err, /No files matching 'examples-renamed\/' were found/);
    assert.equal(cli(['examples', 'missing.env']).code, 2, 'one missing path among good ones');
    mkdirSync(join(dir, 'emptydir'));
    assert.equal(cli(['emptydir']).code, 2);
    assert.equal(cli(['emptydir', '--no-nodes-ok']).code, 0);
  });
  test('no Nacos node in the files: exit 2 unless --no-nodes-ok', () => {
    write('plain/.github/workflows/ci.yaml', 'on: push\njobs: {}\n');
    write('plain/app/application.yml', 'server:\n  port: 8080\n');
    const r = cli(['plain']);
    assert.equal(r.code, 2);
    assert.match(r.err, /no Nacos node found in 2 files checked: 2 given, 0 referenced; nothing was checked \(pass --no-nodes-ok/);
    const ok = cli(['plain', '--no-nodes-ok']);
    assert.equal(ok.code, 0, ok.err);
  });
  test('--max-warnings N: exit 1 above N warnings', () => {
    const downgrade = RULES.flatMap(r => ['--rule', `${r.id}=warning`]);
    const none = cli(['examples', ...downgrade, '--format', 'json']);
    assert.equal(none.code, 0);
    const warnings = json(none.out).summary.warnings;
    assert.ok(warnings > 3);
    assert.equal(cli(['examples', ...downgrade, '--max-warnings', String(warnings)]).code, 0);
    const over = cli(['examples', ...downgrade, '--max-warnings', String(warnings - 1)]);
    assert.equal(over.code, 1);
    assert.match(over.err, new RegExp(`too many warnings \\(${warnings}\\); the maximum is ${warnings - 1}`));
    for (const bad of ['-1', 'x', '']) assert.equal(cli(['examples', '--max-warnings', bad]).code, 2);
  });
  test('the summary counts given and referenced files; the footer counts --fix and new-secret fixes', () => {
    const r = cli(['examples/docker/compose.yaml']);
    assert.match(r.out, /; 3 files checked: 1 given, 2 referenced; 3 Nacos nodes in 1 cluster/);
    const all = cli(['examples']);
    assert.match(all.out, /10 files checked: 10 given, 0 referenced/);
    assert.match(all.out, /\n {2}\d+ problems? can be fixed with --fix\.\n/);
    assert.match(all.out, /\n {2}\d+ problems? needs? new secret values/);
  });
});

describe('pre-commit', () => {
  const hooks = parseYaml(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string; args?: string[]; pass_filenames?: boolean }[];
  const hook = hooks.find(h => h.id === 'nacos-auth-lint')!;

  /** What pre-commit runs: entry + args + the staged files matching `files` (Python re; this pattern is JS-compatible). */
  function runHook(repo: string) {
    const staged = spawnSync('git', ['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z'], { cwd: repo, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
    const files = staged.filter(f => new RegExp(hook.files).test(f));
    assert.equal(hook.entry, 'nacos-auth-lint');
    const r = spawnSync(process.execPath, [CLI, ...(hook.args ?? []), ...(hook.pass_filenames === false ? [] : files)], { cwd: repo, encoding: 'utf8' });
    return { files, code: r.status, out: r.stdout, err: r.stderr };
  }
  function git(repo: string, ...args: string[]) {
    const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  }

  test('the hook definition', () => {
    assert.equal(hook.language, 'node');
    assert.equal(hook.pass_filenames, true);
    const re = new RegExp(hook.files);
    for (const f of ['conf/application.properties', 'node1/conf/cluster.conf', 'compose.yaml', 'deploy/docker-compose.prod.yml', '.env', 'env/nacos.env', 'k8s/statefulset.yaml']) assert.ok(re.test(f), f);
    for (const f of ['README.md', 'src/Main.java', 'cluster.conf.bak', 'package.json']) assert.ok(!re.test(f), f);
  });

  test('a staged change to one member checks the whole cluster', () => {
    const repo = join(dir, 'repo');
    cpSync(join(ROOT, 'examples'), repo, { recursive: true });
    write('README.md', '# deployments\n', repo);
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'initial');
    // node2 gets its own identity value: node1 and node3 (not staged) now disagree with it.
    const p = join(repo, 'bare-metal/node2/conf/application.properties');
    const text = readFileSync(p, 'utf8');
    const changed = text.replace(/^(nacos\.core\.auth\.server\.identity\.value=).*$/m, '$1Zr8mQ2xL5vN9pK3tW7yB1cF6hJ4gD0sA');
    assert.notEqual(changed, text);
    writeFileSync(p, changed);
    write('README.md', '# deployments, changed\n', repo);
    git(repo, 'add', '.');
    const r = runHook(repo);
    assert.deepEqual(r.files, ['bare-metal/node2/conf/application.properties'], 'README.md is not passed');
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /bare-metal\/node1\/conf\/application\.properties[\s\S]*identity-public-value/, 'unstaged member reported (its published pair holds the mismatch)');
    assert.match(r.out, /bare-metal\/node3\/conf\/application\.properties/);
    assert.match(r.out, /1 given, 5 referenced/);
  });

  test('a commit without Nacos files in the matched YAML passes', () => {
    const repo = join(dir, 'repo2');
    mkdirSync(repo);
    git(repo, 'init', '-q');
    write('.github/workflows/ci.yml', 'on: push\njobs: {}\n', repo);
    git(repo, 'add', '.');
    const r = runHook(repo);
    assert.deepEqual(r.files, ['.github/workflows/ci.yml']);
    assert.equal(r.code, 0, r.err + r.out);
  });
});

describe('GitHub Action (action.yml)', () => {
  const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    runs: { using: string; steps: { run: string; env: Record<string, string>; shell: string }[] };
    inputs: Record<string, { default: string }>;
  };
  /** The composite step's script as the runner runs it: inputs through env, the bundle at the action path. */
  function runAction(inputs: Record<string, string>, cwd: string) {
    const actionPath = join(dir, 'action');
    if (!existsSync(join(actionPath, 'dist/cli.js'))) {
      mkdirSync(join(actionPath, 'dist'), { recursive: true });
      cpSync(CLI, join(actionPath, 'dist/cli.js'));
    }
    const step = action.runs.steps[0];
    const value = (k: string) => inputs[k] ?? action.inputs[k].default;
    const env: Record<string, string> = { ...process.env as Record<string, string>, GITHUB_OUTPUT: join(dir, 'gh-output'), NAL_ACTION_PATH: actionPath };
    for (const [k, v] of Object.entries(step.env)) {
      const m = /^\$\{\{ inputs\.([a-z-]+) \}\}$/.exec(v);
      if (m) env[k] = value(m[1]);
    }
    writeFileSync(env.GITHUB_OUTPUT, '');
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], { cwd, env, encoding: 'utf8' });
    return { code: r.status, out: r.stdout, err: r.stderr, output: readFileSync(env.GITHUB_OUTPUT, 'utf8') };
  }

  test('composite, inputs only through env', () => {
    assert.equal(action.runs.using, 'composite');
    assert.ok(!/\$\{\{/.test(action.runs.steps[0].run), 'no ${{ }} inside the script');
    assert.deepEqual(Object.keys(action.inputs).sort(), ['args', 'fail-on', 'format', 'paths', 'sarif-file', 'working-directory']);
  });
  test('annotations, a SARIF file, the exit code as output; fail-on', () => {
    const r = runAction({ paths: 'examples', 'sarif-file': 'out/nacos.sarif' }, dir);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /^::error file=examples\/bare-metal\/node1\/conf\/application\.properties,line=\d+/m);
    assert.equal(r.output, 'exit-code=1\n');
    const sarif = JSON.parse(readFileSync(join(dir, 'out/nacos.sarif'), 'utf8'));
    assert.ok(sarif.runs[0].results.length > 0);
    assert.equal(runAction({ paths: 'examples', 'fail-on': 'never' }, dir).code, 0);
    const downgrade = RULES.map(x => `--rule ${x.id}=warning`).join(' ');
    assert.equal(runAction({ paths: 'examples', args: downgrade }, dir).code, 0);
    assert.equal(runAction({ paths: 'examples', args: downgrade, 'fail-on': 'warning' }, dir).code, 1);
    const missing = runAction({ paths: 'renamed-folder', 'fail-on': 'never' }, dir);
    assert.equal(missing.code, 2, 'a missing path fails even with fail-on: never');
    assert.equal(runAction({ 'fail-on': 'sometimes' }, dir).code, 2);
  });
});
