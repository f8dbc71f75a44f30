// Which files feed which node, and which version it runs (issue 14 items 1, 2, 5, 7): init.d per image tag,
// alternative confs beside a mounted one, problems of services that are not Nacos, `--project-directory` env files,
// cluster peers as version evidence, and version ranges (a rule states only what holds for the whole range).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { lint, summarize } from '../helpers';
import { analyze, normalizeSettings } from '../../server/src/core';
import { setting } from '../../server/src/core/model/node';
import { versionText } from '../../server/src/core/nacos/versions';
import { Reuse } from '../../server/src/core/engine/reuse';

const KEY = 'nacos-identity-4f2a9c1e';
const VALUE = 'Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE';
const SECRET = '3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=';
const ENV = `      NACOS_AUTH_ENABLE: "true"\n      NACOS_AUTH_IDENTITY_KEY: ${KEY}\n      NACOS_AUTH_IDENTITY_VALUE: ${VALUE}\n      NACOS_AUTH_TOKEN: "${SECRET}"\n`;
const initD = (tag: string) => `services:\n  nacos:\n    image: nacos/nacos-server:${tag}\n    environment:\n      MODE: standalone\n${ENV}    volumes:\n      - ./init.d/custom.properties:/home/nacos/init.d/custom.properties\n`;
const CUSTOM = 'nacos.core.auth.enabled=true\nnacos.core.auth.server.identity.key=\nspring.datasource.platform=mysql\n';

describe('init.d/custom.properties: read per tag as the entrypoint does, never a server of its own', () => {
  test('an image that ignores init.d (v2.2.3, latest): the mount is reported as ignored, the file is no node', () => {
    for (const tag of ['v2.2.3', 'latest', 'v1.4.5']) {
      const { result, findings } = lint({ 'compose.yaml': initD(tag), 'init.d/custom.properties': CUSTOM });
      assert.deepEqual(result.nodes.map(n => n.id), ['/ws/compose.yaml#nacos'], tag);
      assert.equal(result.nodes[0].container?.initD?.read, false, tag);
      const ignored = findings.filter(f => f.ruleId === 'setting-for-other-version');
      assert.deepEqual(ignored.map(f => `${f.file}:${f.line}`), ['compose.yaml:11'], tag);
      assert.match(ignored[0].message, /no longer reads \/home\/nacos\/init\.d\//);
      assert.ok(!findings.some(f => f.file.startsWith('init.d/') && f.ruleId !== 'syntax-error'), `${tag}: the file is not linted as a server`);
    }
  });

  test('an image that reads it (v2.0.3, v1.4.3, v2.1.0): its settings fill what conf/application.properties does not set', () => {
    for (const tag of ['v2.0.3', 'v1.4.3', 'v2.1.0']) {
      const { result, findings } = lint({ 'compose.yaml': initD(tag), 'init.d/custom.properties': `${CUSTOM}nacos.core.auth.caching.enabled=false\n` });
      const n = result.nodes[0];
      assert.equal(n.container?.initD?.read, true, tag);
      assert.ok(n.inputs.includes('/ws/init.d/custom.properties'), tag);
      assert.equal(setting(n, 'nacos.core.auth.caching.enabled').value, 'false', `${tag}: read from init.d`);
      assert.ok(!findings.some(f => f.ruleId === 'setting-for-other-version'), tag);
      assert.equal(result.nodes.length, 1, tag);
    }
  });

  test('a tag that is not a version: nothing is claimed about init.d', () => {
    const { result, findings } = lint({ 'compose.yaml': initD('${UNSET}'), 'init.d/custom.properties': CUSTOM });
    assert.equal(result.nodes[0].container?.initD?.read, 'unknown');
    assert.ok(!findings.some(f => f.ruleId === 'setting-for-other-version'));
  });

  test('an init.d file nobody mounts is no node either', () => {
    const { result } = lint({ 'nacos/init.d/custom.properties': CUSTOM });
    assert.deepEqual(result.nodes, []);
  });
});

describe('alternative confs beside a mounted one', () => {
  test('the mounted file configures the node; the others kept in its folder are no servers and no profile files', () => {
    const conf = (v: string) => `nacos.core.auth.enabled=true\nnacos.core.auth.server.identity.key=${KEY}\nnacos.core.auth.server.identity.value=${v}\nnacos.core.auth.plugin.nacos.token.secret.key=${SECRET}\n`;
    const { result, findings } = lint({
      'compose.yaml': 'services:\n  nacos:\n    image: nacos/nacos-server:v2.3.2\n    volumes:\n      - ./nacos/application-v2.properties:/home/nacos/conf/application.properties\n',
      'nacos/application-v2.properties': conf(VALUE),
      'nacos/application-v3.properties': conf('security'),
      'nacos/application.properties': conf('security'),
    });
    assert.deepEqual(result.nodes.map(n => n.id), ['/ws/compose.yaml#nacos']);
    assert.deepEqual(findings.filter(f => f.file !== 'compose.yaml' && f.file !== 'nacos/application-v2.properties').map(f => f.ruleId), []);
  });

  test('a profile file beside a bare-metal conf is still reported as shadowed', () => {
    const { findings } = lint({
      'node1/conf/application.properties': `nacos.core.auth.enabled=true\nnacos.core.auth.server.identity.key=${KEY}\n`,
      'node1/conf/application-prod.properties': 'nacos.core.auth.enabled=false\n',
    }, { serverVersion: '2.5.1' });
    assert.deepEqual(findings.filter(f => f.ruleId === 'shadowed-by-conf').map(f => f.file), ['node1/conf/application-prod.properties']);
  });
});

describe('only what feeds a Nacos node', () => {
  const compose = `services:\n  nacos:\n    image: nacos/nacos-server:v2.5.1\n    env_file: ./env/nacos.env\n    environment:\n      MODE: standalone\n  redis:\n    image: redis:7\n    env_file: ./env/redis.env\n  mysql:\n    image: mysql:8\n    environment:\n      - MYSQL_ROOT_PASSWORD=\${MYSQL_ROOT_PASSWORD:?must be set}\n`;

  test("a missing env_file or a required variable of a service that is not Nacos is not reported", () => {
    const { findings } = lint({ 'deploy/compose.yaml': compose, 'deploy/env/nacos.env': 'NACOS_AUTH_ENABLE=false\n' });
    assert.deepEqual(findings.filter(f => f.ruleId === 'syntax-error').map(f => f.message), []);
  });

  test("the Nacos service's own missing env_file is reported", () => {
    const { findings } = lint({ 'deploy/compose.yaml': compose });
    assert.deepEqual(findings.filter(f => f.ruleId === 'syntax-error').map(f => `${f.file}:${f.line}`), ['deploy/compose.yaml:4']);
  });

  test('a relative env_file missing beside the compose file is looked up in the workspace root (--project-directory)', () => {
    const { result, findings } = lint({ 'deploy/compose.yaml': compose, 'env/nacos.env': 'NACOS_AUTH_ENABLE=true\n' });
    assert.deepEqual(findings.filter(f => f.ruleId === 'syntax-error'), []);
    assert.equal(setting(result.nodes[0], 'nacos.core.auth.enabled').value, 'true');
    assert.ok(result.nodes[0].inputs.includes('/ws/env/nacos.env'));
  });
});

describe("a container's own folders and confs the linter cannot read", () => {
  const conf = 'nacos.core.auth.enabled=false\nnacos.core.auth.server.identity.key=serverIdentity\nnacos.core.auth.server.identity.value=security\n';
  const svc = (volume: string) => `services:\n  nacos:\n    image: nacos/nacos-server:v2.2.0\n    volumes:\n      - ${volume}\n`;

  test('a conf kept in a folder mounted under /home/nacos, or mirroring it, is no server', () => {
    for (const volume of ['./nacos/logs:/home/nacos/logs', './nacos:/home/nacos/logs']) {
      const { result, findings } = lint({ 'deploy/compose.yaml': svc(volume), 'deploy/nacos/conf/application.properties': conf });
      assert.deepEqual(result.nodes.map(n => n.kind), ['compose-service'], volume);
      assert.ok(!findings.some(f => f.file.endsWith('.properties')), volume);
    }
  });

  test('the folder holding the compose file is never a container folder: a conf beside it stays a server', () => {
    const { result } = lint({ 'deploy/compose.yaml': svc('./logs:/home/nacos/logs'), 'deploy/conf/application.properties': conf });
    assert.deepEqual(result.nodes.map(n => n.kind).sort(), ['compose-service', 'properties']);
  });

  test('a conf mounted from outside the workspace (or missing) is unknown, never the image default', () => {
    for (const [volume, why] of [['/home/me/nacos/application.properties:/home/nacos/conf/application.properties', /outside the workspace/], ['./missing/application.properties:/home/nacos/conf/application.properties', /does not exist/]] as const) {
      const { result, findings } = lint({ 'compose.yaml': svc(volume) });
      const n = result.nodes[0];
      assert.match(n.container?.openConf ?? '', why, volume);
      // The v2.2.0 image conf would give serverIdentity/security: not claimed.
      assert.equal(setting(n, 'nacos.core.auth.server.identity.key').value, undefined, volume);
      assert.ok(!findings.some(f => f.ruleId === 'identity-public-value'), volume);
    }
  });

  test('an env_file path that starts with a variable empty here is looked up under the workspace root', () => {
    const compose = 'services:\n  nacos:\n    image: nacos/nacos-server:v2.5.1\n    env_file:\n      - ${CURRENT_PATH}/nacos/env/nacos.env\n';
    const { result, findings } = lint({ 'nacos/compose.yaml': compose, 'nacos/env/nacos.env': 'NACOS_AUTH_ENABLE=true\n' });
    assert.deepEqual(findings.filter(f => f.ruleId === 'syntax-error').map(f => f.message), []);
    assert.equal(setting(result.nodes[0], 'nacos.core.auth.enabled').value, 'true');
    const missing = lint({ 'nacos/compose.yaml': compose });
    assert.match(missing.findings.find(f => f.ruleId === 'syntax-error')?.message ?? '', /starts with \$\{CURRENT_PATH\}, which is empty here/);
  });
});

describe('version evidence', () => {
  const props = (extra = '') => `nacos.core.auth.enabled=true\nnacos.core.auth.system.type=nacos\nnacos.core.auth.default.token.secret.key=${SECRET}\n${extra}`;
  const MEMBERS = '10.0.0.1:8848\n10.0.0.2:8848\n';

  test('a 1.3.x-style file (default.token, no identity lines) is 1.2.0–1.4.0, and says so in words', () => {
    const { result, findings } = lint({ 'n/conf/application.properties': props() });
    assert.equal(versionText(result.nodes[0].version), '1.2.0–1.4.0');
    assert.equal(result.nodes[0].version.from, 'content');
    for (const f of findings) assert.doesNotMatch(f.message, /fingerprint/);
  });

  test('cluster peers: a member without a version of its own runs what the others run', () => {
    const files = { '/ws/a/conf/application.properties': props(), '/ws/a/conf/cluster.conf': MEMBERS, '/ws/b/conf/application.properties': props(), '/ws/b/conf/cluster.conf': MEMBERS };
    const run = (forA: Record<string, unknown>) => analyze({
      files: Object.entries(files).filter(([p]) => p.endsWith('.properties')).map(([path, text]) => ({ path, text })),
      readFile: p => files[p as keyof typeof files],
      settingsFor: p => normalizeSettings(p.startsWith('/ws/a/') ? forA : {}),
    }).nodes.map(n => [versionText(n.version), n.version.from].join(' '));
    assert.deepEqual(run({}), ['1.2.0–1.4.0 content', '1.2.0–1.4.0 content'], 'no stronger evidence: both guessed');
    assert.deepEqual(run({ scopedServerVersion: { version: '1.3.2', scope: 'cluster', name: 'legacy' } }), ['1.3.2 cluster setting', '1.3.2 peers']);
  });

  test('a rule states only what holds for every release of the range', () => {
    // userAgentAuthWhite=true: an open door on 1.4.1–2.4.x, ignored by 2.5.x. Over 2.1.0–2.5.3 neither holds throughout.
    const file = `nacos.core.auth.enabled=true\nnacos.core.auth.enable.userAgentAuthWhite=true\nnacos.core.auth.plugin.nacos.token.secret.key=${SECRET}\nnacos.core.auth.server.identity.key=${KEY}\nnacos.core.auth.server.identity.value=${VALUE}\n`;
    const range = lint({ 'n/conf/application.properties': file });
    assert.equal(versionText(range.result.nodes[0].version), '2.1.0–2.5.3');
    const at = (v: string) => summarize(lint({ 'n/conf/application.properties': file }, { serverVersion: v }).findings.filter(f => f.ruleId === 'user-agent-whitelist'));
    assert.notDeepEqual(at('2.1.0'), [], 'reported on 2.1.0');
    assert.deepEqual(summarize(range.findings.filter(f => f.ruleId === 'user-agent-whitelist' && f.message.includes('ignores'))), [], 'no 2.5-only claim over the range');
  });
});

describe('orphan env files (issue 14 item 6)', () => {
  const env = 'MODE=standalone\nNACOS_AUTH_ENABLE=true\nNACOS_AUTH_IDENTITY_KEY=2222\nNACOS_AUTH_IDENTITY_VALUE=2xxx\nNACOS_AUTH_TOKEN=SecretKey012345678901234567890123456789012345678901234567890123456789\n';

  test('an env file with NACOS_AUTH_* that no compose file reads gets the value checks, as a node of its own', () => {
    const { result, findings } = lint({ 'run/nacos.env': env });
    assert.deepEqual(result.nodes.map(n => [n.kind, versionText(n.version)]), [['env-file', '1.4.3–3.2.3']]);
    assert.deepEqual(result.clusters.map(c => c.kind), ['standalone'], 'MODE=standalone in the file');
    const ids = findings.map(f => `${f.ruleId}@${f.line}`);
    assert.ok(ids.includes('identity-public-value@4'), ids.join(', '));
    // Nothing about what an unknown image lacks: no finding at the anchor (the first NACOS_AUTH_* name).
    assert.ok(!findings.some(f => f.ruleId === 'docker-required-env-missing'), ids.join(', '));
  });

  test('an env file a compose service reads is no orphan; a template of <placeholders> configures nothing', () => {
    const fed = lint({ 'compose.yaml': 'services:\n  nacos:\n    image: nacos/nacos-server:v2.5.1\n    env_file: nacos.env\n', 'nacos.env': env });
    assert.deepEqual(fed.result.nodes.map(n => n.kind), ['compose-service']);
    const template = lint({ '.env.example': 'NACOS_AUTH_IDENTITY_KEY=<NACOS_AUTH_IDENTITY_KEY>\nNACOS_AUTH_TOKEN=<NACOS_AUTH_TOKEN>\n' });
    assert.deepEqual(template.result.nodes, []);
  });

  test('an env file only a service that is not Nacos reads is no orphan either (fresh and reused services)', () => {
    const files = new Map([
      // Eight services or more: the memo reuses services from that size on (MEMO_MIN_SERVICES).
      ['/ws/compose.yaml', 'services:\n  nacos:\n    image: nacos/nacos-server:v2.5.1\n    environment:\n      MODE: standalone\n  gateway:\n    image: shop/gateway:1.0\n    env_file: common.env\n'
        + [1, 2, 3, 4, 5, 6, 7].map(i => `  svc${i}:\n    image: shop/svc${i}:1.0\n`).join('')],
      ['/ws/common.env', env],
    ]);
    const reuse = new Reuse();
    const run = () => analyze({ files: [...files].map(([path, text]) => ({ path, text })), readFile: p => files.get(p), rootFor: () => '/ws', reuse });
    const first = run();
    assert.deepEqual(first.nodes.map(n => n.kind), ['compose-service']);
    assert.deepEqual(first.findings.get('/ws/common.env') ?? [], []);
    // The second analysis reuses both services from the memo: the gateway's env file is still known as read.
    const second = run();
    assert.ok(reuse.active);
    assert.deepEqual(second.nodes.map(n => n.kind), ['compose-service']);
    // A service built here may run Nacos (its image is unknown): its env file stays a candidate.
    const built = lint({ 'compose.yaml': 'services:\n  nacos:\n    build: .\n    env_file: nacos.env\n', 'nacos.env': env });
    assert.deepEqual(built.result.nodes.map(n => n.kind), ['env-file']);
  });

  test('a version the user set decides the image of an orphan env file', () => {
    const { result } = lint({ 'run/nacos.env': env }, { serverVersion: '2.0.4' });
    assert.deepEqual(result.nodes.map(n => [n.kind, versionText(n.version), n.imageVersion?.text]), [['env-file', '2.0.4', '2.0.4']]);
  });
});
