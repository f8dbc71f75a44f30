// The real CLI (dist/cli.js) on real files: output formats, exit codes, bad input, masking.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync, openSync, ftruncateSync, closeSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('nacos-auth-lint CLI', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'nal-cli-'));
    cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('examples: findings, exit 1, values masked', () => {
    const r = cli(['examples'], dir);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /identity-public-value/);
    // The members' secrets differ too: held by the published-secret findings (one cause, one finding).
    assert.match(r.out, /secret-public-value/);
    assert.match(r.out, /examples\/bare-metal\/node1\/conf\/application\.properties/);
    for (const secret of ['VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=', 'ThisIsMyCustomSecretKey012345678', 'my-own-value-for-node3']) assert.ok(!r.out.includes(secret), `masked: ${secret}`);
  });

  test('JSON output is SPEC §5 version 1', () => {
    const r = cli(['examples', '--format', 'json', '--explain'], dir);
    assert.equal(r.code, 1);
    const doc = JSON.parse(r.out);
    assert.equal(doc.version, 1);
    assert.deepEqual(Object.keys(doc), ['version', 'files', 'nodes', 'summary']);
    const f = doc.files.find((x: { path: string }) => x.path === 'examples/bare-metal/node1/conf/application.properties');
    const finding = f.findings.find((x: { ruleId: string }) => x.ruleId === 'identity-public-value');
    assert.deepEqual(Object.keys(finding).sort(), ['column', 'endColumn', 'endLine', 'fixable', 'line', 'message', 'related', 'ruleId', 'severity'].sort());
    assert.equal(finding.line, 20);
    assert.equal(finding.column, 39);
    assert.equal(finding.endColumn, 47); // exclusive
    assert.equal(finding.severity, 'error');
    assert.equal(typeof finding.fixable, 'boolean');
    assert.equal(doc.summary.nodes, 7);
    const node = doc.nodes.find((n: { id: string }) => n.id === 'examples/docker/compose.yaml#nacos1');
    assert.equal(node.kind, 'compose-service');
    assert.equal(node.service, 'nacos1');
    assert.deepEqual(node.serverVersion, { value: '2.5.1', from: 'image tag', detail: 'image tag v2.5.1' });
    const key = node.settings['nacos.core.auth.server.identity.key'];
    assert.equal(key.path, 'examples/docker/env/nacos.env');
    assert.equal(key.line, 9);
    assert.match(key.via, /env_file NACOS_AUTH_IDENTITY_KEY/);
    assert.ok(!JSON.stringify(doc).includes('2xxx'), 'values masked without --show-secrets');
    const shown = JSON.parse(cli(['examples', '--format', 'json', '--explain', '--show-secrets'], dir).out);
    assert.equal(shown.nodes.find((n: { id: string }) => n.id === 'examples/docker/compose.yaml#nacos1').settings['nacos.core.auth.server.identity.value'].value, '2xxx');
  });

  test('--server-version changes version-dependent findings', () => {
    const p = join(dir, 'v');
    mkdirSync(p);
    writeFileSync(join(p, 'application.properties'), 'nacos.core.auth.enabled=false\n');
    assert.equal(cli([p, '--server-version', '2.4.3'], dir).code, 0);
    const r = cli([p, '--server-version', '3.0.0', '--format', 'json'], dir);
    assert.equal(r.code, 1);
    assert.ok(JSON.parse(r.out).files[0].findings.some((x: { ruleId: string }) => x.ruleId === 'identity-missing'));
  });

  test('exit 0 without errors; 2 on bad usage', () => {
    const p = join(dir, 'clean');
    mkdirSync(p);
    writeFileSync(join(p, 'application.properties'), 'server.port=8848\nnacos.core.auth.enabled=true\nnacos.core.auth.system.type=nacos\nnacos.core.auth.server.identity.key=nacos-identity-4f2a9c1e\nnacos.core.auth.server.identity.value=Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE\nnacos.core.auth.plugin.nacos.token.secret.key=3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=\n');
    const ok = cli([p, '--server-version', '2.4.3'], dir);
    assert.equal(ok.code, 0, ok.out);
    assert.match(ok.out, /no problems/);
    for (const bad of [['--format', 'xml'], ['--bogus'], ['--server-version', 'banana'], ['--rule', 'nope=error'], ['--format']]) {
      const r = cli(bad, dir);
      assert.equal(r.code, 2, bad.join(' '));
      assert.match(r.err, /nacos-auth-lint: /);
    }
    assert.equal(cli(['--help'], dir).code, 0);
  });

  test('bad input: a clear message each, never a crash', () => {
    const p = join(dir, 'bad');
    mkdirSync(p);
    writeFileSync(join(p, 'empty.properties'), '');
    writeFileSync(join(p, 'binary.properties'), Buffer.from([0x6e, 0x61, 0x00, 0x01, 0xff, 0xfe]));
    writeFileSync(join(p, 'bad.env'), Buffer.from([0x4e, 0x41, 0x3d, 0xc3, 0x28, 0x0a]));
    writeFileSync(join(p, 'unterminated.properties'), 'nacos.core.auth.enabled=true\nnacos.core.auth.server.identity.key=${NACOS_KEY\n');
    const big = join(p, 'huge.properties');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const r = cli([p, '--server-version', '2.4.3'], dir);
    assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.err}`);
    assert.match(r.err, /binary\.properties: file looks binary/);
    assert.match(r.err, /bad\.env: file is not valid UTF-8/);
    assert.match(r.err, /huge\.properties: file is larger than 10 MB/);
    assert.ok(!/internal error/.test(r.err));
    const missing = cli([join(p, 'nope')], dir);
    assert.match(missing.err, /no such file or directory/);
  });
});
