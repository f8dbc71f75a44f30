// `docker run` lines, Dockerfiles and compose `build:` as nodes: what the container really gets (docker's own
// env-file rules, -e over --env-file, a Dockerfile's ENV under a service's environment), the conf a run mounts or an
// image copies (never a bare-metal server of its own), values the script cannot know (unknown, never missing),
// clusters of runs that share NACOS_SERVERS, the version from a Dockerfile's FROM (through ARG), fixes that write back
// into a command line or an ENV line exactly (read back by the same readers), and the corpus Dockerfiles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, summarize, applyFix, WS } from '../helpers';
import { corpusDir } from '../corpus';
import { encodeDockerfileValue, encodeShellText } from '../../server/src/core/fixes/encode';
import { readShellFile } from '../../server/src/core/sources/shell';
import { dockerfileImage } from '../../server/src/core/sources/dockerfile';
import { parseDockerEnvFile } from '../../server/src/core/syntax/envfile/docker';
import type { NacosNode } from '../../server/src/core';
import { rng } from '../composeEdits';

const TOKEN = '3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=';
const KEY = 'nacos-identity-4f2a9c1e';
const VALUE = 'Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE';

const node = (nodes: NacosNode[], pred: (n: NacosNode) => boolean = () => true): NacosNode => {
  const n = nodes.find(pred);
  assert.ok(n, `a node among ${nodes.map(x => x.id).join(', ')}`);
  return n;
};
const val = (n: NacosNode, key: string) => n.settings.get(key)?.value;
const ID_KEY = 'nacos.core.auth.server.identity.key';
const ID_VALUE = 'nacos.core.auth.server.identity.value';
const SECRET = 'nacos.core.auth.plugin.nacos.token.secret.key';

test('docker --env-file: quotes are part of the value, KEY alone is unknown, -e wins, a bad name stops docker', () => {
  const { result, findings } = lint({
    'run.sh': `docker run --env-file ./nacos.env -e NACOS_AUTH_IDENTITY_KEY=${KEY} nacos/nacos-server:v2.4.3\n`,
    'nacos.env': `# docker reads this itself\nNACOS_AUTH_ENABLE=true\nNACOS_AUTH_IDENTITY_KEY=overridden\nNACOS_AUTH_IDENTITY_VALUE="${VALUE}"\nNACOS_AUTH_TOKEN\nBAD NAME=1\n`,
  });
  const n = node(result.nodes);
  assert.equal(n.kind, 'docker-run');
  assert.equal(val(n, ID_KEY), KEY);
  assert.equal(val(n, ID_VALUE), `"${VALUE}"`);
  assert.equal(n.settings.get(SECRET)?.unknown !== undefined, true, 'NACOS_AUTH_TOKEN alone: docker copies it from its environment');
  assert.deepEqual(summarize(findings.filter(f => ['identity-quoted', 'syntax-error', 'secret-missing'].includes(f.ruleId))), [
    `identity-quoted@nacos.env:4 \`"${VALUE}"\``,
    'syntax-error@nacos.env:6 `BAD NAME`',
  ]);
  const e = parseDockerEnvFile('\uFEFFA=1\r\n  B = 2\nC=x # not a comment \n');
  assert.deepEqual(e.entries.map(x => [x.key, x.value]), [['A', '1'], ['C', 'x # not a comment ']]);
  assert.equal(e.problems.length, 1);
});

test('mounted conf: $(pwd) resolves against the run directory; the file is the run\'s conf, not a server of its own', () => {
  const conf = `nacos.core.auth.enabled=true\nnacos.core.auth.system.type=nacos\nnacos.core.auth.server.identity.key=${KEY}\nnacos.core.auth.server.identity.value=${VALUE}\nnacos.core.auth.plugin.nacos.token.secret.key=${TOKEN}\n`;
  const { result, findings } = lint({
    'deploy/run.sh': 'cd "$(dirname "$0")"\ndocker run -d -e MODE=standalone -v "$(pwd)/conf/application.properties:/home/nacos/conf/application.properties" nacos/nacos-server:v2.4.3\n',
    'deploy/conf/application.properties': conf,
  });
  assert.equal(result.nodes.length, 1);
  const n = node(result.nodes);
  assert.equal(n.container?.mountedConf?.path, `${WS}/deploy/conf/application.properties`);
  assert.equal(val(n, ID_KEY), KEY);
  assert.deepEqual(findings.filter(f => f.severity === 'error').map(f => f.ruleId), []);
});

test('a host conf hides the conf, not the environment; an env file the workspace does not have opens the environment', () => {
  const { result, findings } = lint({
    'a.sh': 'docker run -d -v /etc/nacos/application.properties:/home/nacos/conf/application.properties nacos/nacos-server:v3.1.0\n',
    'b.sh': 'docker run -d --env-file ./secrets.env nacos/nacos-server:v3.1.0\n',
  });
  assert.equal(result.nodes.length, 2);
  const a = node(result.nodes, n => n.path.endsWith('/a.sh'));
  const b = node(result.nodes, n => n.path.endsWith('/b.sh'));
  assert.match(a.container!.openConf!, /not in the workspace/);
  assert.ok(a.settings.get(ID_KEY)?.unknown, 'what only the conf sets is unknown');
  assert.match(b.container!.openEnv!, /secrets\.env/);
  // The v3 entrypoint checks the environment whatever the conf says: missing in a.sh, unknown in b.sh.
  assert.deepEqual(summarize(findings.filter(f => /missing/.test(f.ruleId))), ['docker-required-env-missing@a.sh:1 `nacos/nacos-server:v3.1.0`']);
});

test('values the script cannot know are unknown: no missing, no mismatch; explain says why', () => {
  const script = [
    '#!/bin/bash',
    'SERVERS="10.0.0.1:8848 10.0.0.2:8848"',
    `docker run -d --name n1 -e NACOS_SERVERS="$SERVERS" -e NACOS_AUTH_ENABLE=true -e NACOS_AUTH_IDENTITY_KEY=${KEY} -e NACOS_AUTH_IDENTITY_VALUE -e NACOS_AUTH_TOKEN="$(cat /run/secrets/token)" nacos/nacos-server:v2.4.3`,
    `docker run -d --name n2 -e NACOS_SERVERS="$SERVERS" -e NACOS_AUTH_ENABLE=true -e NACOS_AUTH_IDENTITY_KEY=${KEY} -e NACOS_AUTH_IDENTITY_VALUE=${VALUE} -e NACOS_AUTH_TOKEN=\${TOKEN} nacos/nacos-server:v2.4.3`,
  ].join('\n');
  const { result, findings } = lint({ 'cluster.sh': script });
  assert.equal(result.clusters.length, 1, 'runs that share NACOS_SERVERS are one cluster');
  assert.deepEqual(result.clusters[0].nodes.map(n => n.service), ['n1', 'n2']);
  const n1 = node(result.nodes, n => n.service === 'n1');
  assert.match(n1.settings.get(ID_VALUE)!.unknown!, /caller/);
  assert.match(n1.settings.get(SECRET)!.unknown!, /command substitution/);
  assert.deepEqual(findings.map(f => f.ruleId).filter(r => /missing|mismatch/.test(r)), []);
});

test('two runs of one cluster: the identity pair fix writes into both command lines, and the cluster agrees after', () => {
  const files = {
    'up.sh': [
      'S="a:8848 b:8848"',
      'docker run -d --name a -e NACOS_SERVERS="$S" -e NACOS_AUTH_ENABLE=true -e NACOS_AUTH_IDENTITY_KEY=serverIdentity -e NACOS_AUTH_IDENTITY_VALUE=security --env-file a.env nacos/nacos-server:v2.4.3',
      'docker run -d --name b -e NACOS_SERVERS="$S" -e NACOS_AUTH_ENABLE=true -e \'NACOS_AUTH_IDENTITY_KEY=serverIdentity\' -e "NACOS_AUTH_IDENTITY_VALUE=security" --env-file a.env nacos/nacos-server:v2.4.3',
      '',
    ].join('\n'),
    'a.env': `NACOS_AUTH_TOKEN=${TOKEN}\n`,
  };
  const { findings, files: abs } = lint(files);
  const pub = findings.filter(f => f.ruleId === 'identity-public-value');
  assert.ok(pub.length >= 1);
  const fix = pub[0].fixes.find(f => f.title === 'Generate secure identity pair');
  assert.ok(fix);
  const after = applyFix(abs, fix.edits());
  const again = lint(after);
  const [a, b] = again.result.nodes;
  assert.equal(val(a, ID_KEY), val(b, ID_KEY));
  assert.equal(val(a, ID_VALUE), val(b, ID_VALUE));
  assert.notEqual(val(a, ID_KEY), 'serverIdentity');
  assert.match(after['up.sh'], /-e 'NACOS_AUTH_IDENTITY_KEY=nacos-identity-[0-9a-f]{8}'/);
  assert.deepEqual(again.findings.filter(f => f.severity === 'error').map(f => f.ruleId), []);
});

test('a run that lacks the v3 variables: the fix adds them to a new git-ignored env file and the run reads it', () => {
  const { findings, files } = lint({ 'start.sh': 'docker run -d -e MODE=standalone nacos/nacos-server:v3.1.0\n' });
  const f = findings.find(x => x.ruleId === 'docker-required-env-missing');
  assert.ok(f);
  const after = applyFix(new Map([...files, [`${WS}/nacos-auth.env`, ''], [`${WS}/.gitignore`, '']]), f.fixes[0].edits());
  assert.equal(after['start.sh'], 'docker run -d -e MODE=standalone --env-file ./nacos-auth.env nacos/nacos-server:v3.1.0\n');
  assert.match(after['nacos-auth.env'], /^NACOS_AUTH_TOKEN=[A-Za-z0-9+/]{43}=\nNACOS_AUTH_IDENTITY_KEY=nacos-identity-[0-9a-f]{8}\nNACOS_AUTH_IDENTITY_VALUE=[\w-]{43}\n$/);
  assert.equal(after['.gitignore'], 'nacos-auth.env\n');
  assert.deepEqual(lint(after).findings.filter(x => x.severity === 'error').map(x => x.ruleId), []);
});

test('image tag unknown (nacos/nacos-server:$TAG from the caller): any image release, and said so', () => {
  const { result } = lint({ 'run.sh': 'docker run -d -e MODE=standalone "nacos/nacos-server:$TAG"\n' });
  const n = node(result.nodes);
  assert.equal(n.version.from, 'unknown');
  assert.equal(n.version.range?.from.text, '1.4.3');
  assert.match(n.version.detail, /image tag is not known here .*TAG.*any image release/);
  assert.equal(n.container?.imageVersionFrom, 'assumed');
});

test('compose build: the service is a node of the FROM version (through ARG and build args), ENV under environment', () => {
  const { result, findings } = lint({
    'compose.yaml': 'services:\n  nacos:\n    build:\n      context: ./nacos\n      args:\n        NACOS_VERSION: v2.2.0\n    image: my/nacos:1\n    environment:\n      NACOS_AUTH_IDENTITY_KEY: fromCompose\n',
    'nacos/Dockerfile': `ARG NACOS_VERSION=v2.4.3\nFROM nacos/nacos-server:\${NACOS_VERSION}\nENV MODE=standalone NACOS_AUTH_ENABLE=true \\\n    NACOS_AUTH_IDENTITY_KEY=fromImage NACOS_AUTH_IDENTITY_VALUE=${VALUE}\nCOPY conf/application.properties /home/nacos/conf/application.properties\n`,
    'nacos/conf/application.properties': `nacos.core.auth.enabled=\${NACOS_AUTH_ENABLE:false}\nnacos.core.auth.system.type=nacos\nnacos.core.auth.server.identity.key=\${NACOS_AUTH_IDENTITY_KEY:}\nnacos.core.auth.server.identity.value=\${NACOS_AUTH_IDENTITY_VALUE:}\nnacos.core.auth.plugin.nacos.token.secret.key=${TOKEN}\n`,
  });
  assert.equal(result.nodes.length, 1, 'neither the Dockerfile nor its copied conf is a node of its own');
  const n = node(result.nodes);
  assert.equal(n.kind, 'compose-service');
  assert.equal(n.version.version.text, '2.2.0');
  assert.equal(n.built?.dockerfile, `${WS}/nacos/Dockerfile`);
  assert.equal(val(n, ID_KEY), 'fromCompose');
  assert.equal(val(n, ID_VALUE), VALUE);
  assert.equal(n.settings.get(ID_VALUE)?.provenance?.path, `${WS}/nacos/Dockerfile`);
  assert.equal(n.standalone, true);
  assert.deepEqual(findings.filter(f => f.severity === 'error').map(f => f.ruleId), []);
});

test('a Dockerfile nothing runs: a node whose unwritten settings are unknown; a public ENV value is fixed on its line', () => {
  const text = 'FROM nacos/nacos-server:v2.4.3 AS base\nFROM base\nENV NACOS_AUTH_ENABLE true\nENV NACOS_AUTH_IDENTITY_KEY="serverIdentity" NACOS_AUTH_IDENTITY_VALUE=\'security\'\n';
  const { result, findings, files } = lint({ Dockerfile: text });
  const n = node(result.nodes);
  assert.equal(n.kind, 'dockerfile-image');
  assert.equal(n.version.version.text, '2.4.3');
  assert.equal(val(n, 'nacos.core.auth.enabled'), 'true');
  assert.ok(n.settings.get(SECRET)?.unknown, 'the secret can be set where the image runs');
  assert.deepEqual(findings.map(f => f.ruleId).filter(r => /missing/.test(r)), []);
  const pub = findings.find(f => f.ruleId === 'identity-public-value');
  assert.ok(pub);
  const fix = pub.fixes.find(f => f.title === 'Generate secure identity pair')!;
  const after = applyFix(files, fix.edits())['Dockerfile'];
  assert.match(after, /^ENV NACOS_AUTH_IDENTITY_KEY="nacos-identity-[0-9a-f]{8}" NACOS_AUTH_IDENTITY_VALUE='[\w-]{43}'$/m);
  const img = dockerfileImage('/w/Dockerfile', after)!;
  assert.equal(img.env.find(e => e.name === 'NACOS_AUTH_IDENTITY_VALUE')?.value, /VALUE='([\w-]+)'/.exec(after)![1]);
});

test('fixes write back exactly: shell quoting in every context (and make $$), Dockerfile ENV quoting, read back', () => {
  const r = rng(17);
  const alphabet = 'abcXYZ019 _-=+/$`"\'\\!*?#~:;&|<>(){}[]\t';
  for (let i = 0; i < 300; i++) {
    let v = '';
    const len = 1 + r.int(12);
    for (let j = 0; j < len; j++) v += r.pick([...alphabet]);
    for (const [open, close, q] of [['', '', null], ["'", "'", "'"], ['"', '"', '"']] as const) {
      const word = `${open}${encodeShellText(v, q)}${close}`;
      const inv = readShellFile({ path: '/w/x.sh', text: `# nacos\ndocker run -e X=${word} nacos/nacos-server:v2.4.3\n` })!.invocations[0];
      assert.equal(inv.env[0].value, v, `${JSON.stringify(v)} in ${q ?? 'no'} quotes as ${word}`);
    }
    const mk = readShellFile({ path: '/w/Makefile', text: `up:\n\tdocker run -e X=${encodeShellText(v, null).replace(/\$/g, '$$$$')} nacos/nacos-server:v2.4.3\n` })!.invocations[0];
    assert.equal(mk.env[0].value, v, `make: ${JSON.stringify(v)}`);
    if (/[\n\t]/.test(v)) continue;
    for (const esc of ['\\', '`']) {
      const head = esc === '`' ? '# escape=`\n' : '';
      const img = dockerfileImage('/w/Dockerfile', `${head}FROM nacos/nacos-server:v2.4.3\nENV X=${encodeDockerfileValue(v, null, esc)}\n`)!;
      assert.equal(img.env[0]?.value, v, `Dockerfile (escape ${esc}): ${JSON.stringify(v)} as ${encodeDockerfileValue(v, null, esc)}`);
    }
  }
});

test('corpus: the nacos-docker Dockerfiles build the image (no node); FROM each tag gives a node of that version', (t) => {
  const root = corpusDir();
  if (!root) { t.skip('corpus not found'); return; }
  let tags = 0;
  for (const dir of readdirSync(root).filter(d => d.startsWith('nacos-docker-')).sort()) {
    const tag = dir.slice('nacos-docker-'.length);
    const build = join(root, dir, 'build');
    let names: string[];
    try { names = readdirSync(build).filter(f => /^Dockerfile/.test(f)); } catch { continue; }
    const files: Record<string, string> = {};
    for (const name of names) files[`image/${name}`] = readFileSync(join(build, name), 'utf8');
    const conf = (() => { try { return readFileSync(join(build, 'conf/application.properties'), 'utf8'); } catch { return undefined; } })();
    files['app/Dockerfile'] = `FROM nacos/nacos-server:${tag}\nENV MODE=standalone NACOS_AUTH_IDENTITY_KEY=${KEY}\n${conf ? 'COPY application.properties /home/nacos/conf/application.properties\n' : ''}`;
    if (conf) files['app/application.properties'] = conf;
    const { result } = lint(files);
    assert.deepEqual(result.nodes.map(n => n.path), [`${WS}/app/Dockerfile`], dir);
    const n = result.nodes[0];
    assert.equal(`v${n.version.version.text}`, tag.replace(/-(BETA|bugfix|\d{4}\.\d\d\.\d\d)$/, ''), dir);
    if (conf && /\$\{NACOS_AUTH_IDENTITY_KEY/.test(conf)) {
      assert.equal(val(n, ID_KEY), KEY, dir);
      assert.equal(n.settings.get(ID_KEY)?.provenance?.path, `${WS}/app/Dockerfile`, dir);
    }
    tags++;
  }
  assert.ok(tags >= 40, `${tags} tags`);
});

test('docker run of a tag the script builds: the image its Dockerfile makes (FROM version, ENV under -e)', () => {
  const { result } = lint({
    'run.sh': '#!/bin/sh\ncd "$(dirname "$0")"\ndocker build -t my/nacos:1 --build-arg V=v2.2.0 -f docker/Nacos.Dockerfile docker\ndocker run -d -e NACOS_AUTH_IDENTITY_KEY=fromRun my/nacos:1\ndocker run -d my/other:1\n',
    'docker/Nacos.Dockerfile': 'ARG V=v2.4.3\nFROM nacos/nacos-server:${V}\nENV MODE=standalone NACOS_AUTH_IDENTITY_KEY=fromImage NACOS_AUTH_ENABLE=true\n',
  });
  assert.equal(result.nodes.length, 1, 'the Dockerfile is the run\'s image, not a node of its own; my/other is not Nacos');
  const n = node(result.nodes);
  assert.equal(n.version.version.text, '2.2.0');
  assert.equal(n.built?.usedBy, 'docker-run');
  assert.equal(val(n, ID_KEY), 'fromRun');
  assert.equal(val(n, 'nacos.core.auth.enabled'), 'true');
  assert.equal(n.settings.get('nacos.core.auth.enabled')?.provenance?.path, `${WS}/docker/Nacos.Dockerfile`);
});

test('GitHub Actions service and job containers are nodes; ${{ }} values are unknown; a fix writes the YAML scalar', () => {
  const wf = [
    'name: ci', 'on: push', 'jobs:', '  it:', '    runs-on: ubuntu-latest', '    services:', '      nacos:',
    '        image: nacos/nacos-server:v2.4.3', '        env:', '          MODE: standalone', '          NACOS_AUTH_ENABLE: "true"',
    '          NACOS_AUTH_IDENTITY_KEY: serverIdentity', '          NACOS_AUTH_IDENTITY_VALUE: security',
    '          NACOS_AUTH_TOKEN: ${{ secrets.NACOS_TOKEN }}', '      redis:', '        image: redis:7', '    steps:', '      - run: echo ok', '',
  ].join('\n');
  const { result, findings, files } = lint({ '.github/workflows/ci.yml': wf });
  const n = node(result.nodes);
  assert.equal(n.kind, 'ci-service');
  assert.equal(n.service, 'nacos');
  assert.match(n.settings.get(SECRET)!.unknown!, /secrets\.NACOS_TOKEN/);
  assert.deepEqual(findings.map(f => f.ruleId).filter(r => /missing/.test(r)), []);
  const pub = findings.find(f => f.ruleId === 'identity-public-value')!;
  const fix = pub.fixes.find(f => f.title === 'Generate secure identity pair')!;
  const after = applyFix(files, fix.edits())['.github/workflows/ci.yml'];
  assert.match(after, /NACOS_AUTH_IDENTITY_KEY: nacos-identity-[0-9a-f]{8}\n {10}NACOS_AUTH_IDENTITY_VALUE: "?[\w-]{43}"?\n/);
  assert.deepEqual(lint({ '.github/workflows/ci.yml': after }).findings.filter(f => f.ruleId === 'identity-public-value'), []);
});
