// The nacos-docker examples of every tag in the shared corpus (files users start from), through the core and the
// real CLI: each tag gets the findings its own values deserve, at the line the user must change. Then the inputs that
// must give a clear diagnostic and no crash or hang: malformed YAML, an alias bomb, 10,000 services, a missing
// env_file, a cyclic `extends`.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { analyze, explainNodes, lineIndexFor, normalizeSettings, type AnalysisResult } from '../../server/src/core';
import { corpusDir } from '../corpus';
import { lint, summarize } from '../helpers';

// out-test/unit/ under `npm test`; a temporary folder under scripts/run-test.sh (run from the repo root).
const CLI = [resolve(__dirname, '../../dist/cli.js'), resolve('dist/cli.js')].find(p => existsSync(p))!;
const CORPUS = corpusDir();

const read = (p: string): string | undefined => {
  try {
    return statSync(p).isFile() ? readFileSync(p, 'utf8') : undefined;
  } catch {
    return undefined;
  }
};

interface Line { rule: string; path: string; line: number; text: string; related: string[]; message: string }

/** One compose file alone, as `nacos-auth-lint <file>` sees it; paths relative to the tag's folder. */
function lintProject(tagDir: string, file: string): { result: AnalysisResult; lines: Line[] } {
  const path = join(tagDir, 'example', file);
  const result = analyze({ files: [{ path, text: read(path)! }], readFile: read, settingsFor: () => normalizeSettings({}), relPath: p => relative(tagDir, p) });
  const lines: Line[] = [];
  for (const [p, list] of result.findings) {
    const text = read(p) ?? '';
    const idx = lineIndexFor(p, text);
    for (const f of list) {
      lines.push({
        rule: f.ruleId, path: relative(tagDir, p), line: idx.position(f.span.start).line + 1, text: text.slice(f.span.start, f.span.end),
        related: f.related.map(r => r.message), message: f.message,
      });
    }
  }
  return { result, lines };
}

const short = (l: Line) => `${l.rule}@${l.path}:${l.line} \`${l.text}\``;
const docker = (lines: Line[]) => lines.filter(l => l.rule.startsWith('docker-') || l.rule === 'env-file-encoding').map(short).sort();

function projects(tag: string): string[] {
  const ex = join(CORPUS!, tag, 'example');
  // Tags whose folder holds only the image's build/ files have no examples (discover, never pin).
  if (!existsSync(ex)) return [];
  return readdirSync(ex).filter(n => /\.ya?ml$/.test(n) && /^services:/m.test(read(join(ex, n)) ?? '')).sort();
}

const nacosServices = (text: string): string[] => [...text.matchAll(/^ {2}([\w-]+):\n(?:(?: {4}.*)?\n)*? {4}image: nacos\/nacos-server/gm)].map(m => m[1]);

describe('the nacos-docker corpus', { skip: CORPUS ? false : 'corpus not found (NACOS_AUTH_LINT_CORPUS or ../shared/corpus)' }, () => {
  const tags = CORPUS ? readdirSync(CORPUS).filter(d => d.startsWith('nacos-docker-')).sort() : [];

  test('every compose project of every tag: one node per Nacos service, no syntax error, mounted files are not nodes', () => {
    let n = 0;
    for (const tag of tags) {
      for (const file of projects(tag)) {
        const { result, lines } = lintProject(join(CORPUS!, tag), file);
        const text = read(join(CORPUS!, tag, 'example', file))!;
        assert.deepEqual(result.nodes.map(x => x.service).sort(), nacosServices(text).sort(), `${tag}/${file}`);
        assert.ok(result.nodes.every(x => x.kind === 'compose-service'), `${tag}/${file}: no properties node`);
        assert.deepEqual(lines.filter(l => l.rule === 'syntax-error').map(short), [], `${tag}/${file}`);
        n++;
      }
    }
    assert.ok(n >= 45, `checked ${n} projects`);
  });

  test('v3.2.3 standalone-derby.yaml: the published pair and token at their environment: lines', () => {
    const { lines } = lintProject(join(CORPUS!, 'nacos-docker-v3.2.3'), 'standalone-derby.yaml');
    const pub = lines.filter(l => l.rule === 'identity-public-value' || l.rule === 'secret-public-value').map(short).sort();
    assert.deepEqual(pub, [
      'identity-public-value@example/standalone-derby.yaml:10 `security`',
      'secret-public-value@example/standalone-derby.yaml:11 `VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=`',
    ]);
    for (const l of lines) for (const s of ['security', 'serverIdentity', 'VGhpc0lz']) assert.ok(!l.message.includes(s), l.message);
  });

  test('cluster-hostname.yaml: 2222/2xxx and the token in env/nacos-hostname.env at their lines, related to all three services', () => {
    for (const tag of ['nacos-docker-v2.3.0', 'nacos-docker-v2.5.1', 'nacos-docker-v3.0.0', 'nacos-docker-v3.2.3']) {
      const { lines } = lintProject(join(CORPUS!, tag), 'cluster-hostname.yaml');
      const envText = read(join(CORPUS!, tag, 'env/nacos-hostname.env'))!.split('\n');
      const idLine = envText.findIndex(l => l.startsWith('NACOS_AUTH_IDENTITY_VALUE=')) + 1;
      const tokenLine = envText.findIndex(l => l.startsWith('NACOS_AUTH_TOKEN=')) + 1;
      const id = lines.filter(l => l.rule === 'identity-public-value');
      assert.deepEqual(id.map(short), [`identity-public-value@env/nacos-hostname.env:${idLine} \`2xxx\``], tag);
      assert.deepEqual(id[0].related.filter(r => r.startsWith('used by')).sort(), ['used by service nacos1', 'used by service nacos2', 'used by service nacos3'], tag);
      const sec = lines.filter(l => l.rule === 'secret-public-value');
      assert.deepEqual(sec.map(l => `${l.path}:${l.line}`), [`env/nacos-hostname.env:${tokenLine}`], tag);
      assert.equal(sec[0].related.filter(r => r.startsWith('used by')).length, 3, tag);
      assert.deepEqual(docker(lines), [], tag);
    }
  });

  test('v2.2.1: every service whose placeholders cannot resolve gets docker-required-env-missing; a mounted file spares it', () => {
    const tag = 'nacos-docker-v2.2.1';
    let reported = 0;
    for (const file of projects(tag)) {
      const { lines } = lintProject(join(CORPUS!, tag), file);
      const text = read(join(CORPUS!, tag, 'example', file))!;
      const mounted = /:\/home\/nacos\/conf\/application\.properties/.test(text);
      const expected = mounted ? [] : nacosServices(text).map(s => {
        const line = text.split('\n').findIndex(l => l === `  ${s}:`) + 1;
        return `docker-required-env-missing@example/${file}:${line} \`${s}\``;
      }).sort();
      assert.deepEqual(docker(lines), expected, file);
      for (const l of lines.filter(x => x.rule === 'docker-required-env-missing')) {
        assert.match(l.message, /NACOS_AUTH_TOKEN, NACOS_AUTH_IDENTITY_KEY, NACOS_AUTH_IDENTITY_VALUE/);
        assert.match(l.message, /Could not resolve placeholder 'NACOS_AUTH_TOKEN'/);
        reported++;
      }
    }
    assert.ok(reported >= 9, `${reported}`);
  });

  test("each tag's Docker-group findings (and the image defaults of old tags)", () => {
    const expected: Record<string, Record<string, string[]>> = {
      // The image tag is `v${NACOS_VERSION}` with NACOS_VERSION=v2.2.0: "vv2.2.0" names no version, so the node may run
      // any image release and nothing version-specific (the v3 entrypoint's exit) is claimed: no Docker-group finding.
      // The mounted init.d/application.properties sets the pair and token itself: the env file's are ignored.
      'nacos-docker-v2.3.0': { 'standalone-mysql-5.7.yaml': [4, 5, 6].map(n => `docker-mounted-properties-ignore-env@env/custom-application-config.env:${n} \`${['NACOS_AUTH_IDENTITY_KEY', 'NACOS_AUTH_IDENTITY_VALUE', 'NACOS_AUTH_TOKEN'][n - 4]}\``) },
      'nacos-docker-v2.5.1': { 'standalone-mysql-5.7.yaml': [4, 5, 6].map(n => `docker-mounted-properties-ignore-env@env/custom-application-config.env:${n} \`${['NACOS_AUTH_IDENTITY_KEY', 'NACOS_AUTH_IDENTITY_VALUE', 'NACOS_AUTH_TOKEN'][n - 4]}\``) },
    };
    for (const tag of tags.filter(t => t !== 'nacos-docker-v2.2.1')) {
      for (const file of projects(tag)) {
        const { lines } = lintProject(join(CORPUS!, tag), file);
        assert.deepEqual(docker(lines), (expected[tag]?.[file] ?? []).sort(), `${tag}/${file}`);
        // Images ≤ v2.2.0.1 default the pair to serverIdentity/security and the token to SecretKey012…: public.
        const old = tag === 'nacos-docker-v2.0.3' || (tag === 'nacos-docker-v2.2.0' && file !== 'standalone-derby.yaml');
        const text = read(join(CORPUS!, tag, 'example', file))!;
        if (old && !/application\.properties:\/home\/nacos\/conf/.test(text)) {
          const anchors = nacosServices(text).map(s => text.split('\n').findIndex(l => l === `  ${s}:`) + 1);
          for (const rule of ['identity-public-value', 'secret-public-value']) {
            assert.deepEqual(lines.filter(l => l.rule === rule).map(l => l.line).sort((a, b) => a - b), anchors, `${tag}/${file} ${rule}`);
          }
        }
      }
    }
  });

  test('--explain: effective settings with provenance (env_file line, image defaults, .env tag)', () => {
    const tagDir = join(CORPUS!, 'nacos-docker-v3.2.3');
    const { result } = lintProject(tagDir, 'cluster-hostname.yaml');
    const nodes = explainNodes(result, p => relative(tagDir, p), read);
    assert.equal(nodes.length, 3);
    const n1 = nodes.find(n => n.service === 'nacos1')!;
    assert.equal(n1.id, 'example/cluster-hostname.yaml#nacos1');
    assert.deepEqual(n1.serverVersion, { value: '3.2.3', from: 'image tag', detail: 'image tag v3.2.3' });
    assert.equal(n1.cluster, 'example/cluster-hostname.yaml');
    const key = n1.settings['nacos.core.auth.server.identity.key'];
    assert.equal(key.path, 'env/nacos-hostname.env');
    assert.equal(key.line, 10);
    assert.equal(key.via, 'env_file NACOS_AUTH_IDENTITY_KEY');
    assert.equal(key.value, '•••• (4 chars)', 'masked');
    assert.equal(n1.settings['nacos.core.auth.system.type'].value, 'nacos');
    assert.equal(n1.settings['nacos.core.auth.system.type'].path, undefined, 'the image default has no workspace place');
    assert.equal(n1.settings['nacos.core.auth.enabled'].value, 'false');
  });
});

describe('the CLI on compose projects', { skip: CORPUS ? false : 'corpus not found' }, () => {
  test('a whole example folder: JSON findings in env files, nodes with provenance, exit 1', () => {
    const cwd = join(CORPUS!, 'nacos-docker-v3.2.3');
    const r = spawnSync(process.execPath, [CLI, 'example', '--format', 'json', '--explain'], { cwd, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 1, r.stderr);
    const doc = JSON.parse(r.stdout);
    const env = doc.files.find((f: { path: string }) => f.path === 'env/nacos-hostname.env');
    const id = env.findings.find((f: { ruleId: string }) => f.ruleId === 'identity-public-value');
    assert.deepEqual([id.line, id.column, id.endColumn], [11, 27, 31]);
    assert.deepEqual(id.related.filter((x: { message: string }) => x.message.startsWith('used by')).map((x: { path: string; line: number }) => `${x.path}:${x.line}`).sort(),
      ['example/cluster-hostname.yaml:22', 'example/cluster-hostname.yaml:3', 'example/cluster-hostname.yaml:40']);
    const node = doc.nodes.find((n: { id: string }) => n.id === 'example/standalone-derby.yaml#nacos');
    assert.deepEqual(node.settings['nacos.core.auth.plugin.nacos.token.secret.key'].line, 11);
    assert.match(node.settings['nacos.core.auth.plugin.nacos.token.secret.key'].via, /^environment NACOS_AUTH_TOKEN/);
    assert.ok(!r.stdout.includes('VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg='), 'masked');
    // 15 services; example/init.d/application.properties is an init.d file, no server of its own (issue 14 item 7).
    assert.equal(doc.summary.nodes, 15);
  });
});

describe('compose input that must not crash or hang', () => {
  const cases: Record<string, { files: Record<string, string>; expect: RegExp }> = {
    'malformed YAML': { files: { 'compose.yaml': 'services:\n  nacos:\n    image: nacos/nacos-server:v2.5.1\n    environment: [\n' }, expect: /end with a \]/ },
    'YAML alias bomb': {
      files: {
        'compose.yaml': ['a: &a ["x","x","x","x","x","x","x","x","x"]']
          .concat('bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill('*' + 'abcdefghi'[i]).join(',')}]`))
          .concat(['services:', '  nacos:', '    image: nacos/nacos-server:v2.5.1', '    environment:', '      NACOS_AUTH_TOKEN: *i']).join('\n') + '\n',
      },
      expect: /NACOS_AUTH_TOKEN.*must be a string/,
    },
    'missing env_file': { files: { 'compose.yaml': 'services:\n  nacos:\n    image: nacos/nacos-server:v2.5.1\n    env_file: ./env/missing.env\n' }, expect: /env file .*missing\.env not found/ },
    'cyclic extends': { files: { 'compose.yaml': 'services:\n  a:\n    extends: b\n    image: nacos/nacos-server:v2.5.1\n  b:\n    extends: a\n' }, expect: /circular "extends"/ },
  };

  for (const [name, c] of Object.entries(cases)) {
    test(`core: ${name} → a clear syntax-error, quickly`, () => {
      const t0 = Date.now();
      const { findings } = lint(c.files);
      assert.ok(Date.now() - t0 < 5000, `${Date.now() - t0} ms`);
      const errs = findings.filter(f => f.ruleId === 'syntax-error');
      assert.ok(errs.some(f => c.expect.test(f.message)), summarize(findings).join('\n') + '\n' + errs.map(f => f.message).join('\n'));
    });
  }

  test('core: 10,000 services in one file → analysed in linear time, one cluster', () => {
    const build = (n: number) => {
      let s = 'x-nacos: &nacos\n  image: nacos/nacos-server:v3.2.3\n  env_file: [shared.env]\nservices:\n';
      for (let i = 0; i < n; i++) s += `  nacos${i}:\n    <<: *nacos\n    environment:\n      - NACOS_SERVER_IP=10.0.${i >> 8}.${i & 255}\n`;
      return s;
    };
    const shared = 'NACOS_AUTH_TOKEN=3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=\nNACOS_AUTH_IDENTITY_KEY=nacos-identity-4f2a9c1e\nNACOS_AUTH_IDENTITY_VALUE=2xxx\n';
    lint({ 'compose.yaml': build(500), 'shared.env': shared });
    let t0 = Date.now();
    lint({ 'compose.yaml': build(1000), 'shared.env': shared });
    const small = Date.now() - t0;
    t0 = Date.now();
    const { result, findings } = lint({ 'compose.yaml': build(10000), 'shared.env': shared });
    const big = Date.now() - t0;
    assert.equal(result.nodes.length, 10000);
    assert.equal(result.clusters.length, 1);
    // The public value is reported once, in the shared file, naming the first services (bounded related list).
    const pub = findings.filter(f => f.ruleId === 'identity-public-value');
    assert.equal(pub.length, 1);
    assert.ok(pub[0].related.length <= 25);
    assert.ok(big < Math.max(25 * small, 10000), `10,000 services: ${big} ms (1,000: ${small} ms)`);
  });

  describe('through the CLI', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'nal-compose-'));
      for (const [name, c] of Object.entries(cases)) {
        const d = join(dir, name.replace(/\W+/g, '-'));
        mkdirSync(d, { recursive: true });
        for (const [p, t] of Object.entries(c.files)) writeFileSync(join(d, p), t);
      }
      const big = join(dir, 'big');
      mkdirSync(big);
      let s = 'services:\n';
      for (let i = 0; i < 10000; i++) s += `  nacos${i}:\n    image: nacos/nacos-server:v2.5.1\n    environment: [NACOS_AUTH_ENABLE=true]\n`;
      writeFileSync(join(big, 'compose.yaml'), s);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    test('each case: a syntax-error in the JSON output, exit 1, nothing on stderr but the summary', () => {
      for (const [name, c] of Object.entries(cases)) {
        const d = join(dir, name.replace(/\W+/g, '-'));
        const r = spawnSync(process.execPath, [CLI, '.', '--format', 'json'], { cwd: d, encoding: 'utf8', timeout: 30_000 });
        assert.equal(r.status, 1, `${name}: ${r.stderr}`);
        const doc = JSON.parse(r.stdout);
        const msgs = doc.files.flatMap((f: { findings: { ruleId: string; message: string }[] }) => f.findings.filter(x => x.ruleId === 'syntax-error').map(x => x.message));
        assert.ok(msgs.some((m: string) => c.expect.test(m)), `${name}: ${msgs.join('; ')}`);
        assert.ok(!/internal error/.test(r.stderr), r.stderr);
      }
    });

    test('10,000 services: answered, every node counted', () => {
      const r = spawnSync(process.execPath, [CLI, 'big', '--format', 'json'], { cwd: dir, encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      assert.equal(JSON.parse(r.stdout).summary.nodes, 10000);
    });
  });
});

