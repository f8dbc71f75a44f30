// The Docker group (SPEC §6) beyond the rule cases in test/rules/: what a table cannot say —
// the effective configuration of compose nodes (image versions, precedence, anomalies), related information, masking.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { lint, summarize, applyFix } from '../helpers';
import { RULES } from '../../server/src/core';
import { K } from '../../server/src/core/nacos/keys';
import { setting, type NacosNode } from '../../server/src/core/model/node';
import { nacosImageTag } from '../../server/src/core/sources/container';
import { OK_ENV, C, E } from '../rules/fixtures';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pickFixAllEdits } from '../../server/src/core/fixes/apply';

const DOCKER_IDS = ['docker-required-env-missing', 'docker-undefined-variable', 'docker-dollar-in-value', 'docker-java-opt-ext-define', 'docker-yaml-typing', 'docker-mounted-properties-ignore-env', 'docker-shallow-merge', 'env-file-encoding', 'docker-entrypoint-word-split', 'secret-in-command-line'];

describe('docker rules', () => {
  test('registry: the Docker group, in SPEC order after the properties group and before the cluster group', () => {
    const ids = RULES.map(r => r.id);
    const at = ids.indexOf('shadowed-by-conf');
    assert.deepEqual(ids.slice(at + 1, at + 1 + DOCKER_IDS.length), DOCKER_IDS);
    assert.equal(ids[at + 1 + DOCKER_IDS.length], 'cluster-identity-mismatch');
  });
});

const node = (files: Record<string, string>, service = 'nacos', settings?: Record<string, unknown>): NacosNode => {
  const n = lint(files, settings).result.nodes.find(x => x.service === service);
  assert.ok(n, `node ${service}`);
  return n;
};

describe('compose nodes: the effective configuration', () => {
  test('Nacos images: registry prefixes and mirrors, -slim, digests, `latest`, interpolated tags; not others', () => {
    const cases: [string, string | undefined][] = [
      ['nacos/nacos-server:v2.3.0', 'v2.3.0'], ['docker.io/nacos/nacos-server:v2.2.1-slim', 'v2.2.1-slim'],
      ['registry.cn-hangzhou.aliyuncs.com/nacos/nacos-server:v3.0.1', 'v3.0.1'], ['localhost:5000/nacos/nacos-server', 'latest'],
      ['nacos/nacos-server@sha256:abc', ''], ['nacos/nacos-server:', ''], ['mycorp/nacos-server:2.4.3', '2.4.3'],
      ['mysql:8', undefined], ['nacos/nacos-mysql:5.7', undefined], ['prom/prometheus:latest', undefined], ['nacos', undefined],
    ];
    for (const [image, tag] of cases) assert.equal(nacosImageTag(image), tag, image);
  });

  test('version: tag after .env interpolation, latest = newest 3.x, -slim stripped, junk says why', () => {
    const v = (image: string, dotenv?: string) => node({ [C]: `services:\n  nacos:\n    image: ${image}\n`, ...(dotenv ? { '.env': dotenv } : {}) });
    assert.deepEqual([v('nacos/nacos-server:${V}', 'V=v2.2.1-slim\n').version.version.text, v('nacos/nacos-server:${V}', 'V=v2.2.1-slim\n').version.from], ['2.2.1', 'image tag']);
    assert.equal(v('nacos/nacos-server:latest').version.version.text, '3.2.3');
    assert.equal(v('nacos/nacos-server').version.version.text, '3.2.3');
    const junk = v('nacos/nacos-server:${UNSET_TAG}');
    assert.equal(junk.version.from, 'unknown');
    assert.match(junk.version.detail, /empty after interpolation \(\$\{UNSET_TAG\} not defined here\): any image release/);
    // Unknown is not empty: any image release, so a rule says only what holds for all of them.
    assert.deepEqual([junk.version.range?.from.text, junk.version.range?.to.text], ['1.4.3', '3.2.3']);
    assert.match(v('nacos/nacos-server:stable').version.detail, /image tag "stable" is not a version/);
    // A rebuilt image's tag may name its release; the official repository has only its published tags.
    const rebuilt = v('registry.local/asm/nacos-server:release-2.2.3.20240205062842');
    assert.deepEqual([rebuilt.version.version.text, rebuilt.version.from, rebuilt.imageVersion?.text], ['2.2.3', 'image tag', '2.2.3']);
    assert.match(rebuilt.version.detail, /names release 2\.2\.3/);
    assert.equal(v('nacos/nacos-server:vv2.2.0').version.from, 'unknown');
    assert.equal(v('docker.io/nacos/nacos-server:release-2.2.3').version.from, 'unknown');
    assert.equal(v('my/nacos-server:build-2.2.3-to-2.3.0').version.from, 'unknown', 'two releases named: neither');
    // The global setting never overrides an explicit tag (what actually runs, issue 14 item 2); `latest` and a tag
    // that is not a version follow it.
    const set = node({ [C]: 'services:\n  nacos:\n    image: nacos/nacos-server:v2.2.0\n' }, 'nacos', { serverVersion: '2.4.3' });
    assert.deepEqual([set.version.version.text, set.version.from, set.imageVersion?.text], ['2.2.0', 'image tag', '2.2.0']);
    const latest = node({ [C]: 'services:\n  nacos:\n    image: nacos/nacos-server:latest\n' }, 'nacos', { serverVersion: '1.2.1' });
    assert.deepEqual([latest.version.version.text, latest.version.from, latest.imageVersion?.text], ['1.2.1', 'image tag', '1.2.1']);
    assert.match(latest.version.detail, /latest, taken as 1\.2\.1/);
    const unknown = node({ [C]: 'services:\n  nacos:\n    image: nacos/nacos-server:stable\n' }, 'nacos', { serverVersion: '2.4.3' });
    assert.deepEqual([unknown.version.version.text, unknown.version.from], ['2.4.3', 'setting']);
    // A tag whose Dockerfile builds another release: either of the two.
    const built = v('nacos/nacos-server:v2.3.0');
    assert.equal(built.version.among?.map(x => x.text).join(' or '), '2.2.3 or 2.3.0');
  });

  test("the image's own file: placeholders read the environment, defaults only when unset; no fake paths", () => {
    const n = node({ [C]: 'services:\n  nacos:\n    image: nacos/nacos-server:v2.2.0\n    environment:\n      NACOS_AUTH_IDENTITY_KEY: ""\n' });
    assert.equal(setting(n, K.identityKey).value, '', 'set but empty: no default (facts §4.2)');
    assert.equal(setting(n, K.identityValue).value, 'security', 'unset: the placeholder default');
    assert.equal(setting(n, K.identityValue).provenance, undefined);
    assert.match(setting(n, K.identityValue).via, /default of \$\{NACOS_AUTH_IDENTITY_VALUE:…\} in application\.properties of the nacos-server:v2\.2\.0 image/);
    for (const s of n.settings.values()) assert.ok(!s.provenance || s.provenance.path.startsWith('/ws/'), `${s.key}: ${s.provenance?.path}`);
  });

  test('precedence: JAVA_OPT_EXT --k=v > entrypoint -D > JAVA_OPT -D > relaxed env > file; -D in JAVA_OPT_EXT ignored', () => {
    const n = node({ [C]: `services:
  nacos:
    image: nacos/nacos-server:v2.5.1
    environment:
      NACOS_AUTH_ENABLE: "true"
      JAVA_OPT: "-Dnacos.core.auth.enabled=false -Dnacos.core.auth.system.type=ldap"
      NACOS_CORE_AUTH_SYSTEM_TYPE: nacos
      NACOS_CORE_AUTH_SERVER_IDENTITY_KEY: from-env
      NACOS_AUTH_IDENTITY_KEY: from-placeholder
      JAVA_OPT_EXT: "--nacos.core.auth.server.identity.value=from-arg -Dnacos.core.auth.caching.enabled=true"
` });
    assert.equal(setting(n, K.enabled).value, 'true', 'the entrypoint appends its -D after JAVA_OPT: the last -D wins');
    assert.equal(setting(n, K.systemType).value, 'ldap', '-D beats the OS environment');
    assert.equal(setting(n, K.identityKey).value, 'from-env', 'relaxed binding beats the file placeholder');
    assert.equal(setting(n, K.identityValue).value, 'from-arg');
    assert.equal(setting(n, K.identityValue).origin, 'program-arg');
    assert.equal(setting(n, K.caching).value, 'false', '-D after -jar is ignored; the image file default stays');
  });

  test('a mounted application.properties (file or conf folder) replaces the placeholders and is not a node of its own', () => {
    const props = 'nacos.core.auth.enabled=true\nnacos.core.auth.server.identity.key=${NACOS_AUTH_IDENTITY_KEY:k}\nnacos.core.auth.server.identity.value=mounted-value-Zk3pQ9vL2mX8\n';
    for (const vol of ['./conf/application.properties:/home/nacos/conf/application.properties:ro', './conf:/home/nacos/conf']) {
      const { result } = lint({ [C]: `services:\n  nacos:\n    image: nacos/nacos-server:v2.5.1\n    environment:\n      NACOS_AUTH_IDENTITY_KEY: env-key\n      NACOS_AUTH_IDENTITY_VALUE: ignored\n    volumes:\n      - ${vol}\n`, 'conf/application.properties': props });
      assert.equal(result.nodes.length, 1, vol);
      const n = result.nodes[0];
      assert.equal(setting(n, K.identityKey).value, 'env-key');
      assert.equal(setting(n, K.identityKey).provenance?.path, `/ws/${C}`);
      assert.equal(setting(n, K.identityValue).value, 'mounted-value-Zk3pQ9vL2mX8');
      assert.equal(setting(n, K.identityValue).provenance?.path, '/ws/conf/application.properties');
      assert.ok(n.inputs.includes('/ws/conf/application.properties'));
    }
  });

  test('v2.1.0 / v1.4.4 images map NACOS_AUTH_TOKEN to the name the server ignores: the public jar default applies', () => {
    for (const tag of ['v2.1.0', 'v1.4.4']) {
      const files = { [C]: `services:\n  nacos:\n    image: nacos/nacos-server:${tag}\n    environment:\n      - NACOS_AUTH_ENABLE=true\n      - NACOS_AUTH_TOKEN=${'3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A='}\n` };
      const { result, findings } = lint(files);
      const n = result.nodes[0];
      const s = n.settings.get(tag === 'v2.1.0' ? K.secret : K.legacySecret)!;
      assert.equal(s.origin, 'jar-default', tag);
      assert.match(s.via, tag === 'v2.1.0' ? /issues\/9830/ : /issues\/10311/);
      assert.deepEqual(summarize(findings.filter(f => f.ruleId === 'secret-wrong-property-name')), [`secret-wrong-property-name@${C}:6 \`NACOS_AUTH_TOKEN\``], tag);
      assert.ok(findings.some(f => f.ruleId === 'secret-public-value'), tag);
    }
  });

  test('profiles: a service of an inactive profile is still checked but grouped apart from the running ones', () => {
    const files = {
      [C]: `services:\n  a:\n    image: nacos/nacos-server:v2.5.1\n    env_file: ${E}\n  b:\n    image: nacos/nacos-server:v2.5.1\n    env_file: ${E}\n  c:\n    image: nacos/nacos-server:v2.5.1\n    profiles: [extra]\n    env_file: ${E}\n`,
      [E]: OK_ENV,
    };
    const { result } = lint(files);
    assert.equal(result.nodes.length, 3);
    assert.deepEqual(result.clusters.map(c => c.nodes.map(n => n.service).join('+')).sort(), ['a+b', 'c']);
    const active = lint({ ...files, '.env': 'COMPOSE_PROFILES=extra\n' }).result;
    assert.deepEqual(active.clusters.map(c => c.nodes.map(n => n.service).join('+')), ['a+b+c']);
  });
});

describe('where compose findings are reported', () => {
  test('a value from a shared env file: reported there once, related to every service that uses it', () => {
    const { findings } = lint({
      [C]: `services:\n  nacos1:\n    image: nacos/nacos-server:v2.5.1\n    env_file: ./${E}\n  nacos2:\n    image: nacos/nacos-server:v2.5.1\n    env_file: ./${E}\n`,
      [E]: OK_ENV.replace('nacos-identity-4f2a9c1e', '2222').replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', '2xxx'),
    });
    const pub = findings.filter(f => f.ruleId === 'identity-public-value');
    assert.deepEqual(summarize(pub), [`identity-public-value@${E}:4 \`2xxx\``]);
    const used = pub[0].related.filter(r => r.message.startsWith('used by'));
    assert.deepEqual(used.map(r => r.message).sort(), ['used by service nacos1', 'used by service nacos2']);
    assert.deepEqual(used.map(r => r.path), [`/ws/${C}`, `/ws/${C}`]);
  });

  test('a value from .env through ${VAR}: reported in .env, related to the service', () => {
    const { findings } = lint({
      '.env': 'ID_VALUE=2xxx\n',
      [C]: 'services:\n  nacos:\n    image: nacos/nacos-server:v2.5.1\n    environment:\n      NACOS_AUTH_ENABLE: "true"\n      NACOS_AUTH_IDENTITY_KEY: "2222"\n      NACOS_AUTH_IDENTITY_VALUE: ${ID_VALUE}\n',
    });
    const pub = findings.filter(f => f.ruleId === 'identity-public-value');
    assert.deepEqual(summarize(pub), ['identity-public-value@.env:1 `2xxx`']);
    assert.deepEqual(pub[0].related.filter(r => r.message.startsWith('used by')).map(r => r.message), ['used by service nacos']);
  });

  test('env files that feed no Nacos service are not linted', () => {
    const { findings } = lint({ [C]: 'services:\n  db:\n    image: mysql:8\n    env_file: db.env\n', 'db.env': '\ufeffNACOS_AUTH_IDENTITY_VALUE=2xxx\r\n', 'other.env': 'NACOS_AUTH_TOKEN=VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=\r\n' });
    assert.deepEqual(summarize(findings), []);
  });
});

describe('fixture: test/fixtures/docker/scenario', () => {
  const dir = resolve(__dirname, '../fixtures/docker/scenario');
  const FIXTURE = existsSync(dir) ? dir : resolve('test/fixtures/docker/scenario');
  const files: Record<string, string> = {};
  for (const p of ['compose.yaml', '.env', 'env/nacos.env', 'conf/application.properties']) files[p] = readFileSync(join(FIXTURE, p), 'utf8');
  const dockerRule = (id: string) => DOCKER_IDS.includes(id);

  test('every marked line gets exactly the Docker-group findings it names, unmarked lines none', () => {
    const { findings } = lint(files);
    const want: string[] = [];
    for (const [p, text] of Object.entries(files)) {
      text.split('\n').forEach((line, i) => {
        const m = /# expect: ([\w, -]+)$/.exec(line);
        if (m && !line.startsWith('#')) for (const id of m[1].split(',').map(s => s.trim())) want.push(`${id}@${p}:${i + 1}`);
      });
    }
    const got = findings.filter(f => dockerRule(f.ruleId)).map(f => `${f.ruleId}@${f.file}:${f.line}`);
    assert.deepEqual(got.sort(), want.sort());
  });

  test('fix-all (every deterministic fix, in passes) gives the golden files; a re-lint finds none of those problems', () => {
    let current = { ...files };
    for (let pass = 0; pass < 10; pass++) {
      const { result, files: abs } = lint(current);
      const edits = pickFixAllEdits([...result.findings.values()].flat());
      if (!edits.length) break;
      current = applyFix(abs, edits);
    }
    assert.equal(current['compose.yaml'], readFileSync(join(FIXTURE, 'compose.yaml.fixed'), 'utf8'));
    assert.equal(current['env/nacos.env'], readFileSync(join(FIXTURE, 'env/nacos.env.fixed'), 'utf8'));
    const again = lint(current).findings.filter(f => f.fixes.some(x => x.deterministic) && dockerRule(f.ruleId));
    assert.deepEqual(summarize(again), []);
  });
});

test('a syntax error in an env file that feeds no Nacos service is not reported; one that does is', () => {
  const compose = `services:\n  db:\n    image: mysql:8\n    env_file: db.env\n  nacos:\n    image: nacos/nacos-server:v2.5.1\n    env_file: ${E}\n`;
  const { findings } = lint({ [C]: compose, 'db.env': 'BAD KEY=1\n', [E]: `${OK_ENV}ALSO BAD=2\n` });
  assert.deepEqual(summarize(findings.filter(f => f.ruleId === 'syntax-error')), [`syntax-error@${E}:5 \`ALSO BAD\``]);
});
