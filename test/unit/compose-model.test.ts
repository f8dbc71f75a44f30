import { test } from 'node:test';
import { corpusDir } from '../corpus';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadComposeProject, type ComposeProject, type LoadComposeOptions, type ReadFile } from '../../server/src/core/sources/compose/project';
import { isComposeFileName, looksLikeCompose } from '../../server/src/core/syntax/files';
import { ParseCache } from '../../server/src/core/engine/parseCache';
import type { YamlFile } from '../../server/src/core/syntax/yaml/yamlTree';
import { type ComposeService, type EnvValue } from '../../server/src/core/model/node';
import type { Span } from '../../server/src/core/types';

const FIXTURES = resolve(process.cwd(), 'test/fixtures/compose');

/** The shared corpus (NACOS_AUTH_LINT_CORPUS, test/fixtures/corpus or ../shared/corpus, searched upwards). */
function findCorpus(): string | undefined {
  return corpusDir();
}
const CORPUS = findCorpus() ?? '';
const corpusTest = CORPUS ? test : test.skip;

const fsRead: ReadFile = (p) => {
  try {
    return statSync(p).isFile() ? readFileSync(p, 'utf8') : undefined;
  } catch {
    return undefined;
  }
};

/** In-memory project under /p. */
function project(files: Record<string, string>, opts?: LoadComposeOptions, main = 'compose.yaml'): { p: ComposeProject; text: (path: string, s: Span) => string } {
  const abs: Record<string, string> = {};
  for (const [k, v] of Object.entries(files)) abs[k.startsWith('/') ? k : `/p/${k}`] = v;
  const p = loadComposeProject(`/p/${main}`, (path) => abs[path], opts);
  return { p, text: (path, s) => abs[path].slice(s.start, s.end) };
}

function svc(p: ComposeProject, name: string): ComposeService {
  const s = p.services.find((x) => x.name === name);
  assert.ok(s, `no service ${name}; have ${p.services.map((x) => x.name).join(', ')}`);
  return s;
}

function env(s: ComposeService): Record<string, string | undefined> {
  return Object.fromEntries([...s.environment].map(([k, v]) => [k, v.value]));
}

function val(s: ComposeService, name: string): EnvValue {
  const v = s.environment.get(name);
  assert.ok(v, `${s.name} has no ${name}`);
  return v;
}

const slice = (path: string, s: Span): string => readFileSync(path, 'utf8').slice(s.start, s.end);

// --- the corpus -------------------------------------------------------------------------------------------------

corpusTest('corpus cluster-hostname.yaml: nacos1..3 take NACOS_AUTH_IDENTITY_KEY=2222 from ../env/nacos-hostname.env', () => {
  const main = join(CORPUS, 'nacos-docker-v3.2.3/example/cluster-hostname.yaml');
  const p = loadComposeProject(main, fsRead);
  assert.deepEqual(p.problems, []);
  assert.equal(p.dotEnvPath, join(CORPUS, 'nacos-docker-v3.2.3/example/.env'));
  const envFile = join(CORPUS, 'nacos-docker-v3.2.3/env/nacos-hostname.env');
  for (const name of ['nacos1', 'nacos2', 'nacos3']) {
    const s = svc(p, name);
    const v = val(s, 'NACOS_AUTH_IDENTITY_KEY');
    assert.equal(v.value, '2222');
    assert.equal(v.via, 'env_file');
    assert.equal(v.envFile, envFile);
    assert.equal(v.path, envFile);
    assert.equal(slice(envFile, v.span), '2222');
    assert.equal(slice(envFile, v.keySpan), 'NACOS_AUTH_IDENTITY_KEY');
    assert.equal(val(s, 'NACOS_AUTH_IDENTITY_VALUE').value, '2xxx');
    assert.deepEqual(s.envFiles.map((e) => [e.path, e.exists, e.required]), [[envFile, true, true]]);
    assert.equal(slice(main, s.envFiles[0].declaredSpan), '../env/nacos-hostname.env');
    assert.equal(slice(main, s.nameSpan), name);
  }
  // .env feeds interpolation only: NACOS_VERSION is not in any container
  assert.ok(p.services.every((s) => !s.environment.has('NACOS_VERSION')));
});

corpusTest('corpus image nacos/nacos-server:${NACOS_VERSION} resolves to v3.2.3 with a reference into example/.env', () => {
  const main = join(CORPUS, 'nacos-docker-v3.2.3/example/cluster-hostname.yaml');
  const p = loadComposeProject(main, fsRead);
  const img = svc(p, 'nacos1').image;
  assert.ok(img);
  assert.equal(img.raw, 'nacos/nacos-server:${NACOS_VERSION}');
  assert.equal(img.value, 'nacos/nacos-server:v3.2.3');
  assert.equal(slice(main, img.span), img.raw);
  assert.equal(img.refs.length, 1);
  const ref = img.refs[0];
  assert.equal(ref.name, 'NACOS_VERSION');
  assert.equal(slice(main, ref.span), '${NACOS_VERSION}');
  assert.equal(ref.defined, true);
  assert.equal(ref.from, 'dotenv');
  assert.ok(ref.definedIn);
  assert.equal(ref.definedIn.path, p.dotEnvPath);
  assert.equal(slice(ref.definedIn.path, ref.definedIn.span), 'v3.2.3');
  // the shell beats .env
  const shell = loadComposeProject(main, fsRead, { shellEnv: { NACOS_VERSION: 'v2.5.1' } });
  assert.equal(svc(shell, 'nacos1').image?.value, 'nacos/nacos-server:v2.5.1');
  assert.equal(svc(shell, 'nacos1').image?.refs[0].from, 'shell');
});

corpusTest('corpus standalone-derby.yaml: list items, values at their spans', () => {
  const main = join(CORPUS, 'nacos-docker-v3.2.3/example/standalone-derby.yaml');
  const p = loadComposeProject(main, fsRead);
  const s = svc(p, 'nacos');
  assert.deepEqual(env(s), {
    PREFER_HOST_MODE: 'hostname', MODE: 'standalone', NACOS_AUTH_IDENTITY_KEY: 'serverIdentity',
    NACOS_AUTH_IDENTITY_VALUE: 'security', NACOS_AUTH_TOKEN: 'VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=',
  });
  for (const v of s.environment.values()) {
    assert.equal(v.listForm, true);
    assert.equal(v.via, 'environment');
    assert.equal(v.path, main);
    assert.equal(slice(main, v.span), v.value);
    assert.equal(slice(main, v.keySpan), v.name);
    assert.equal(slice(main, v.entrySpan), `${v.name}=${v.value}`);
  }
  assert.deepEqual(svc(p, 'prometheus').volumes.map((v) => [v.source, v.target, v.type]), [
    [join(CORPUS, 'nacos-docker-v3.2.3/example/prometheus/prometheus-standalone.yaml'), '/etc/prometheus/prometheus.yml', 'bind'],
  ]);
});

corpusTest('every compose file of the corpus loads without problems', () => {
  for (const tag of ['v2.0.3', 'v2.2.0', 'v2.2.1', 'v2.3.0', 'v2.5.1', 'v3.0.0', 'v3.2.3']) {
    for (const f of ['cluster-hostname.yaml', 'cluster-ip.yaml', 'cluster-embedded.yaml', 'standalone-derby.yaml']) {
      const p = loadComposeProject(join(CORPUS, `nacos-docker-${tag}/example/${f}`), fsRead);
      assert.deepEqual(p.problems, [], `${tag}/${f}`);
      assert.ok(p.services.some((s) => s.image?.value.startsWith('nacos/nacos-server:')), `${tag}/${f}`);
    }
  }
});

// --- environment, env_file and .env ----------------------------------------------------------------------------

test('map and list forms; quotes in list items are part of the value; YAML typing is recorded', () => {
  const { p, text } = project({
    'compose.yaml': [
      'services:',
      '  a:',
      '    environment:',
      '      NACOS_AUTH_ENABLE: true',
      '      PORT: 010',
      '      QUOTED: "true"',
      "      SINGLE: 'it''s'",
      '      EMPTY: ""',
      '  b:',
      '    environment:',
      '      - KEY="quoted"',
      "      - 'SQ=${X}'",
      '      - "DQ=a\\tb"',
      '      - EMPTY=',
    ].join('\n'),
  }, { shellEnv: { X: 'ex' } });
  const a = svc(p, 'a');
  assert.deepEqual(env(a), { NACOS_AUTH_ENABLE: 'true', PORT: '8', QUOTED: 'true', SINGLE: "it's", EMPTY: '' });
  assert.equal(val(a, 'NACOS_AUTH_ENABLE').yamlValueKind, 'boolean');
  assert.equal(val(a, 'NACOS_AUTH_ENABLE').yamlScalarType, 'PLAIN');
  assert.equal(val(a, 'PORT').yamlValueKind, 'number');
  assert.equal(val(a, 'QUOTED').yamlValueKind, 'string');
  assert.equal(val(a, 'QUOTED').yamlScalarType, 'QUOTE_DOUBLE');
  assert.equal(text('/p/compose.yaml', val(a, 'QUOTED').span), '"true"');
  assert.equal(text('/p/compose.yaml', val(a, 'QUOTED').innerSpan), 'true');
  assert.equal(text('/p/compose.yaml', val(a, 'SINGLE').entrySpan), "SINGLE: 'it''s'");
  assert.equal(val(a, 'SINGLE').listForm, false);
  const b = svc(p, 'b');
  assert.deepEqual(env(b), { KEY: '"quoted"', SQ: 'ex', DQ: 'a\tb', EMPTY: '' });
  assert.equal(text('/p/compose.yaml', val(b, 'KEY').span), '"quoted"');
  assert.equal(text('/p/compose.yaml', val(b, 'SQ').span), '${X}');
  assert.equal(text('/p/compose.yaml', val(b, 'SQ').refs[0].span), '${X}');
  assert.equal(text('/p/compose.yaml', val(b, 'DQ').span), 'a\\tb');
  assert.equal(val(b, 'SQ').yamlScalarType, 'QUOTE_SINGLE');
  assert.equal(text('/p/compose.yaml', val(b, 'EMPTY').span), '');
});

test('`- KEY` and `KEY:` pass the shell or .env value through; unset ones are undefined and still override env_file', () => {
  const { p, text } = project({
    'compose.yaml': 'services:\n  s:\n    env_file: a.env\n    environment:\n      - FROM_SHELL\n      - FROM_DOT\n      - NOWHERE\n  m:\n    environment:\n      FROM_DOT:\n',
    '.env': 'FROM_DOT=dot-value\n',
    'a.env': 'NOWHERE=from-env-file\n',
  }, { shellEnv: { FROM_SHELL: 'shell-value' } });
  const s = svc(p, 's');
  assert.deepEqual(env(s), { NOWHERE: undefined, FROM_SHELL: 'shell-value', FROM_DOT: 'dot-value' });
  const dot = val(s, 'FROM_DOT');
  assert.equal(dot.passThrough, true);
  assert.equal(dot.refs[0].from, 'dotenv');
  assert.equal(text('/p/.env', dot.refs[0].definedIn!.span), 'dot-value');
  assert.equal(val(s, 'FROM_SHELL').refs[0].from, 'shell');
  const nowhere = val(s, 'NOWHERE');
  assert.equal(nowhere.value, undefined);
  assert.equal(nowhere.refs[0].defined, false);
  assert.deepEqual(nowhere.overridden.map((o) => [o.via, o.value]), [['env_file', 'from-env-file']]);
  const m = val(svc(p, 'm'), 'FROM_DOT');
  assert.equal(m.value, 'dot-value');
  assert.equal(m.yamlValueKind, 'null');
});

test('precedence: earlier env_file < later env_file < environment, with the losers in `overridden`', () => {
  const { p, text } = project({
    'compose.yaml': 'services:\n  s:\n    env_file:\n      - one.env\n      - env/two.env\n    environment:\n      TOKEN: from-environment\n',
    'one.env': 'TOKEN=one\nIDENTITY=one\nONLY_ONE=1\n',
    'env/two.env': 'IDENTITY=two\nTOKEN=two\n',
  });
  const s = svc(p, 's');
  assert.deepEqual(env(s), { TOKEN: 'from-environment', IDENTITY: 'two', ONLY_ONE: '1' });
  assert.deepEqual(val(s, 'TOKEN').overridden.map((o) => [o.value, o.path]), [['two', '/p/env/two.env'], ['one', '/p/one.env']]);
  assert.deepEqual(val(s, 'IDENTITY').overridden.map((o) => o.value), ['one']);
  assert.equal(text('/p/env/two.env', val(s, 'IDENTITY').span), 'two');
  assert.equal(val(s, 'IDENTITY').envFile, '/p/env/two.env');
});

test('env_file forms: string, list, {path, required}; missing required files are problems, optional ones are not', () => {
  const { p, text } = project({
    'compose.yaml': [
      'services:',
      '  s:',
      '    env_file: one.env',
      '  t:',
      '    env_file:',
      '      - path: ./optional.env',
      '        required: false',
      '      - path: one.env',
      '      - ./missing.env',
    ].join('\n'),
    'one.env': 'A=1\n',
  });
  assert.deepEqual(env(svc(p, 's')), { A: '1' });
  const t = svc(p, 't');
  assert.deepEqual(t.envFiles.map((e) => [e.path, e.required, e.exists]), [
    ['/p/optional.env', false, false], ['/p/one.env', true, true], ['/p/missing.env', true, false],
  ]);
  assert.deepEqual(env(t), { A: '1' });
  assert.deepEqual(p.problems.map((x) => [x.kind, x.path, text(x.path, x.span)]), [['env-file-missing', '/p/compose.yaml', './missing.env']]);
});

test('env files are interpolated with the project environment first, then the service environment, then earlier entries', () => {
  const { p, text } = project({
    'compose.yaml': 'services:\n  s:\n    env_file: [a.env, b.env]\n    environment:\n      SVC: from-service\n',
    '.env': 'DOT=from-dot\nLOCAL=from-dot-too\n',
    'a.env': 'LOCAL=from-a\nA1=${DOT}/${SVC}/${LOCAL}\nINHERIT\n',
    'b.env': 'B1=${A1:-none}|${SVC}\n',
  }, { shellEnv: { INHERIT: 'shell-inherit' } });
  const s = svc(p, 's');
  // LOCAL: the project environment (.env) answers before the file's own earlier entry (compose-go lookup order)
  assert.equal(val(s, 'A1').value, 'from-dot/from-service/from-dot-too');
  assert.equal(val(s, 'INHERIT').value, 'shell-inherit');
  assert.equal(val(s, 'INHERIT').passThrough, true);
  // an earlier env file answers what nothing else knows
  assert.equal(val(s, 'B1').value, 'from-dot/from-service/from-dot-too|from-service');
  const refs = val(s, 'A1').refs;
  assert.deepEqual(refs.map((r) => [r.name, r.from, text(r.path, r.span)]), [
    ['DOT', 'dotenv', '${DOT}'], ['SVC', 'environment', '${SVC}'], ['LOCAL', 'dotenv', '${LOCAL}'],
  ]);
  assert.equal(text(refs[1].definedIn!.path, refs[1].definedIn!.span), 'from-service');
  const b1 = val(s, 'B1').refs[0];
  assert.equal(b1.from, 'env_file');
  assert.equal(b1.definedIn?.path, '/p/a.env');
});

test('an env file may rely on the service environment for a required variable (v2 lookup)', () => {
  const { p } = project({
    'compose.yaml': 'services:\n  ok:\n    image: "quoted:${TAG:-1}"\n    env_file: a.env\n    environment: [NEEDED=yes]\n  bad:\n    env_file: a.env\n',
    'a.env': 'X=${NEEDED:?set NEEDED}\n',
  });
  assert.equal(val(svc(p, 'ok'), 'X').value, 'yes');
  assert.equal(svc(p, 'ok').image?.raw, 'quoted:${TAG:-1}');
  assert.deepEqual(p.problems.map((x) => [x.kind, x.path, x.message]), [['interpolation', '/p/a.env', 'required variable NEEDED is missing a value: set NEEDED']]);
});

test('.env is never injected, the shell beats .env, $$ is a literal $', () => {
  const { p } = project({
    'compose.yaml': 'services:\n  s:\n    environment:\n      A: ${BOTH}\n      B: $$NOT_A_VAR\n      C: ${UNSET:-dflt}\n      D: ${SET:+alternative}\n',
    '.env': 'BOTH=dot\nSET=x\nONLY_IN_DOT=1\n',
  }, { shellEnv: { BOTH: 'shell' } });
  assert.deepEqual(env(svc(p, 's')), { A: 'shell', B: '$NOT_A_VAR', C: 'dflt', D: 'alternative' });
});

test('interpolation errors are problems at their span, in compose files and env files', () => {
  const { p, text } = project({
    'compose.yaml': 'x-unused:\n  v: ${NOPE:?set NOPE}\nservices:\n  s:\n    env_file: a.env\n    environment:\n      - "A=${B"\n      - C=cost $5\n',
    'a.env': 'E=${E:?required}\n',
  });
  const got = p.problems.map((x) => [x.kind, x.path, text(x.path, x.span), x.message]);
  assert.deepEqual(got.map((g) => g.slice(0, 3)), [
    ['interpolation', '/p/compose.yaml', '${NOPE:?set NOPE}'],
    ['interpolation', '/p/compose.yaml', '${B'],
    ['interpolation', '/p/a.env', '${E:?required}'],
  ]);
  assert.equal(got[0][3], 'required variable NOPE is missing a value: set NOPE');
  // `$5` is text for Compose v2 (only v1 refuses it: docker-dollar-in-value says so).
  assert.equal(svc(p, 's').environment.get('C')?.value, 'cost $5');
});

// --- anchors, merges, overrides, extends -----------------------------------------------------------------------

test('fixture: anchors with << (shallow), an override file with !reset, env files', () => {
  const dir = join(FIXTURES, 'anchors');
  const main = join(dir, 'compose.yaml');
  const override = join(dir, 'compose.override.yaml');
  const p = loadComposeProject(main, fsRead);
  assert.deepEqual(p.problems, []);
  assert.deepEqual(p.files, [main, override]);
  const n1 = svc(p, 'nacos1');
  assert.deepEqual(env(n1), {
    NACOS_AUTH_IDENTITY_VALUE: 'from-override',
    NACOS_AUTH_TOKEN: 'VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=',
    NACOS_AUTH_ENABLE: 'true',
    NACOS_AUTH_IDENTITY_KEY: 'serverIdentity',
  });
  assert.equal(n1.image?.value, 'nacos/nacos-server:v3.2.3');
  const key = val(n1, 'NACOS_AUTH_IDENTITY_KEY');
  assert.equal(key.path, main, 'a merged value points into the anchored mapping');
  assert.equal(slice(main, key.span), 'serverIdentity');
  const token = val(n1, 'NACOS_AUTH_TOKEN');
  assert.equal(token.path, override);
  assert.deepEqual(token.overridden.map((o) => o.value), ['common-token']);
  assert.equal(token.refs[0].from, 'dotenv');
  assert.equal(val(n1, 'NACOS_AUTH_ENABLE').yamlValueKind, 'boolean');
  assert.deepEqual(n1.envFiles.map((e) => e.path), [join(dir, 'env/common.env'), join(dir, 'env/override.env')]);
  assert.deepEqual(n1.volumes.map((v) => [v.source, v.target, v.readOnly]), [[join(dir, 'conf/application.properties'), '/home/nacos/conf/application.properties', true]]);
  assert.equal(n1.command, '["--spring.profiles.active=cluster"]');
  assert.equal(n1.mergedFrom?.[0].anchor, 'nacos-common');
  assert.deepEqual(n1.mergedFrom?.[0].environmentKeys, ['MODE', 'NACOS_AUTH_ENABLE', 'NACOS_AUTH_IDENTITY_KEY']);
  assert.equal(n1.mergedFrom?.[0].environmentReplaced, false);
  assert.equal(n1.shadowedEnvironment, undefined);

  const n2 = svc(p, 'nacos2');
  assert.deepEqual(env(n2), {
    NACOS_SERVERS: 'nacos1:8848 nacos2:8848',
    JAVA_OPT: '-Dnacos.core.auth.server.identity.value=s3cr3t value',
  });
  assert.deepEqual(n2.envFiles, [], 'env_file: !reset [] in the override');
  assert.equal(n2.mergedFrom?.[0].environmentReplaced, true);
  const sh = n2.shadowedEnvironment?.[0];
  assert.ok(sh);
  assert.deepEqual(sh.keys, ['MODE', 'NACOS_AUTH_ENABLE', 'NACOS_AUTH_IDENTITY_KEY']);
  assert.equal(sh.anchor, 'nacos-common');
  assert.match(slice(main, sh.span), /^MODE: cluster/);
  assert.equal(slice(main, sh.replacedBy!), 'environment');
  const java = val(n2, 'JAVA_OPT');
  assert.equal(slice(main, java.refs[0].span), '${IDENTITY_VALUE}');
  assert.equal(slice(join(dir, '.env'), java.refs[0].definedIn!.span), '"s3cr3t value"');
});

test('override files: default discovery, per-key environment merge, env_file append without duplicates', () => {
  const files = {
    'compose.yaml': 'services:\n  s:\n    image: a\n    env_file: [one.env, two.env]\n    environment: [A=base, B=base]\n',
    'compose.override.yaml': 'services:\n  s:\n    image: b\n    env_file: [one.env, three.env]\n    environment:\n      B: override\n      C: override\n  extra:\n    image: e\n',
    'one.env': 'O=1\n', 'two.env': 'T=2\n', 'three.env': 'H=3\n',
  };
  const { p } = project(files);
  assert.deepEqual(p.files, ['/p/compose.yaml', '/p/compose.override.yaml']);
  const s = svc(p, 's');
  assert.equal(s.image?.value, 'b');
  assert.deepEqual(s.envFiles.map((e) => e.path), ['/p/one.env', '/p/two.env', '/p/three.env']);
  assert.deepEqual(env(s), { O: '1', T: '2', H: '3', A: 'base', B: 'override', C: 'override' });
  assert.deepEqual(val(s, 'B').overridden.map((o) => [o.value, o.path]), [['base', '/p/compose.yaml']]);
  assert.equal(s.path, '/p/compose.yaml');
  assert.equal(svc(p, 'extra').path, '/p/compose.override.yaml');
  // explicit override list, and none
  assert.deepEqual(project(files, { overrideFiles: [] }).p.files, ['/p/compose.yaml']);
  // only default names get an override, and docker-compose.yml finds docker-compose.override.yml
  assert.deepEqual(project({ 'stack.yaml': files['compose.yaml'], 'compose.override.yaml': files['compose.override.yaml'] }, undefined, 'stack.yaml').p.files, ['/p/stack.yaml']);
  assert.deepEqual(project({ 'docker-compose.yml': files['compose.yaml'], 'docker-compose.override.yml': 'services: {}\n' }, undefined, 'docker-compose.yml').p.files, ['/p/docker-compose.yml', '/p/docker-compose.override.yml']);
  // a missing explicit override is a problem
  assert.equal(project(files, { overrideFiles: ['/p/nope.yaml'] }).p.problems[0].kind, 'other');
});

test('!reset and !override (Compose specification, merge section)', () => {
  const { p } = project({
    'compose.yaml': 'services:\n  s:\n    image: a\n    env_file: one.env\n    environment: {A: 1, B: 2, C: 3}\n  t:\n    environment: {A: 1}\n    env_file: one.env\n',
    'compose.override.yaml': [
      'services:',
      '  s:',
      '    image: !reset null',
      '    env_file: !override two.env',
      '    environment:',
      '      B: !reset',
      '      D: 4',
      '  t:',
      '    environment: !override',
      '      Z: 26',
      '    env_file: !reset',
    ].join('\n'),
    'one.env': 'ONE=1\n', 'two.env': 'TWO=2\n',
  });
  const s = svc(p, 's');
  assert.equal(s.image, undefined);
  assert.deepEqual(s.envFiles.map((e) => e.path), ['/p/two.env']);
  assert.deepEqual(env(s), { TWO: '2', A: '1', C: '3', D: '4' });
  assert.deepEqual(env(svc(p, 't')), { Z: '26' });
  assert.deepEqual(p.problems, []);
});

test('extends: same file (string and mapping forms) and another file, with its paths relative to that file', () => {
  const { p, text } = project({
    'compose.yaml': [
      'services:',
      '  base:',
      '    image: base',
      '    environment: {A: base, B: base}',
      '  child:',
      '    extends: base',
      '    environment: {B: child}',
      '  grandchild:',
      '    extends: {service: child}',
      '    environment: [C=grand]',
      '  remote:',
      '    extends:',
      '      file: common/base.yaml',
      '      service: shared',
      '    environment: {R: own}',
    ].join('\n'),
    'common/base.yaml': 'services:\n  shared:\n    image: shared\n    env_file: shared.env\n    volumes: [./data:/data]\n',
    'common/shared.env': 'FROM_SHARED=yes\n',
  });
  assert.deepEqual(p.problems, []);
  const g = svc(p, 'grandchild');
  assert.deepEqual(env(g), { A: 'base', B: 'child', C: 'grand' });
  assert.equal(g.image?.value, 'base');
  assert.equal(val(g, 'A').via, 'extends');
  assert.equal(val(g, 'C').via, 'environment');
  assert.equal(text('/p/compose.yaml', val(g, 'A').span), 'base');
  assert.deepEqual(g.extendsChain, [{ service: 'child', path: '/p/compose.yaml' }, { service: 'base', path: '/p/compose.yaml' }]);
  const r = svc(p, 'remote');
  assert.deepEqual(env(r), { FROM_SHARED: 'yes', R: 'own' });
  assert.deepEqual(r.envFiles.map((e) => [e.path, e.declaredIn]), [['/p/common/shared.env', '/p/common/base.yaml']]);
  assert.equal(r.volumes[0].source, '/p/common/data');
  assert.equal(r.path, '/p/compose.yaml');
});

test('extends cycles and missing targets are problems, not endless loops', () => {
  const { p } = project({
    'compose.yaml': 'services:\n  a:\n    extends: b\n  b:\n    extends: {service: c}\n  c:\n    extends: a\n  d:\n    extends: nowhere\n  e:\n    extends: {file: nofile.yaml, service: x}\n  f:\n    extends: f\n',
  });
  const msgs = p.problems.map((x) => `${x.kind}: ${x.message}`);
  assert.ok(msgs.some((m) => /^extends: circular "extends": a -> b -> c -> a/.test(m)), msgs.join('\n'));
  assert.ok(msgs.some((m) => /no such service/.test(m)));
  assert.ok(msgs.some((m) => /nofile\.yaml cannot be read/.test(m)));
  assert.ok(msgs.some((m) => /circular "extends": f -> f/.test(m)));
  assert.equal(p.services.length, 6);
});

test('profiles: services are enabled by opts.profiles or COMPOSE_PROFILES', () => {
  const files = { 'compose.yaml': 'services:\n  always: {image: a}\n  debug:\n    image: d\n    profiles: [debug]\n' };
  const enabled = (p: ComposeProject): string[] => p.services.filter((s) => s.enabled).map((s) => s.name);
  assert.deepEqual(enabled(project(files).p), ['always']);
  assert.deepEqual(enabled(project(files, { profiles: ['debug'] }).p), ['always', 'debug']);
  assert.deepEqual(enabled(project({ ...files, '.env': 'COMPOSE_PROFILES=ops,debug\n' }).p), ['always', 'debug']);
  assert.deepEqual(svc(project(files).p, 'debug').profiles, ['debug']);
});

test('volumes: short and long syntax, host paths made absolute', () => {
  const { p } = project({
    'compose.yaml': [
      'services:',
      '  s:',
      '    volumes:',
      '      - ./conf/application.properties:/home/nacos/conf/application.properties:ro',
      '      - logs:/home/nacos/logs',
      '      - /abs/x:/x',
      '      - /anonymous',
      '      - type: bind',
      '        source: ../shared',
      '        target: /shared',
      '      - {type: volume, source: data, target: /data}',
    ].join('\n'),
  });
  assert.deepEqual(svc(p, 's').volumes.map((v) => [v.type, v.source, v.target, v.readOnly]), [
    ['bind', '/p/conf/application.properties', '/home/nacos/conf/application.properties', true],
    ['volume', 'logs', '/home/nacos/logs', undefined],
    ['bind', '/abs/x', '/x', undefined],
    ['volume', undefined, '/anonymous', undefined],
    ['bind', '/shared', '/shared', undefined],
    ['volume', 'data', '/data', undefined],
  ]);
});

// --- robustness ------------------------------------------------------------------------------------------------

test('never throws: malformed YAML, odd shapes, binary, alias bombs, deep nesting, a throwing readFile', () => {
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    .concat('bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill('*' + 'abcdefghi'[i]).join(',')}]`))
    .concat(['services:', '  s:', '    image: x', '    environment: {A: *i}']).join('\n');
  const mergeBomb = 'x0: &x0 {A: 1}\n' + Array.from({ length: 40 }, (_, i) => `x${i + 1}: &x${i + 1} {<<: [*x${i}, *x${i}], K${i}: v}`).join('\n') + '\nservices:\n  s:\n    <<: *x40\n';
  const inputs: Record<string, string> = {
    bomb, mergeBomb,
    broken: 'services:\n  s: [\n',
    tabs: 'services:\n\ts:\n',
    list: 'services:\n  - a\n',
    scalar: 'hello',
    empty: '',
    nulls: 'services:\n  a:\n  b: 3\n  c: {environment: 5, env_file: {}}\n',
    binary: '\u0000\u0001\ufffe\ud800: [',
    deep: 'services: ' + '['.repeat(20000) + ']'.repeat(20000),
    multi: 'services: {}\n---\nservices: {}\n',
    selfAlias: 'x: &x {services: *x}\n',
    recursiveMerge: 'x: &x {<<: *x}\nservices: {s: {<<: *x}}\n',
    dupKeys: 'services:\n  a: {image: one}\n  a: {image: two}\n',
    badMerge: 'services:\n  s:\n    <<: 3\n',
    badEnv: 'services:\n  s:\n    environment: [[1], {a: b}, ~]\n    env_file: [{required: false}, 3]\n',
  };
  for (const [name, text] of Object.entries(inputs)) {
    const t0 = Date.now();
    let p: ComposeProject | undefined;
    assert.doesNotThrow(() => (p = loadComposeProject('/p/compose.yaml', (f) => (f === '/p/compose.yaml' ? text : undefined))), name);
    assert.ok(Date.now() - t0 < 3000, `${name} took ${Date.now() - t0} ms`);
    for (const pr of p!.problems) assert.ok(pr.span.start >= 0 && pr.span.end >= pr.span.start, name);
  }
  const dup = loadComposeProject('/p/compose.yaml', () => inputs.dupKeys);
  assert.equal(dup.problems[0].kind, 'syntax');
  assert.equal(dup.services[0].image?.value, 'two');
  const thrower = loadComposeProject('/p/compose.yaml', (f) => {
    if (f.endsWith('compose.yaml')) return 'services:\n  s:\n    env_file: a.env\n';
    throw new Error('EISDIR');
  });
  assert.deepEqual(thrower.problems.map((x) => x.kind), ['env-file-missing']);
  assert.equal(loadComposeProject('/p/compose.yaml', () => undefined).problems[0].kind, 'other');
});

test('10,000 services load in linear time', (t) => {
  const build = (n: number): string => {
    let s = 'x-common: &common\n  image: nacos/nacos-server:${NACOS_VERSION:-v3.2.3}\n  env_file: [shared.env]\nservices:\n';
    for (let i = 0; i < n; i++) s += `  nacos${i}:\n    <<: *common\n    environment:\n      - MODE=cluster\n      - NACOS_AUTH_TOKEN=\${TOKEN_${i % 7}:-t${i}}\n      - NACOS_SERVER_IP=10.0.${i >> 8}.${i & 255}\n`;
    return s;
  };
  const files: Record<string, string> = { '/p/shared.env': 'NACOS_AUTH_IDENTITY_KEY=k\nNACOS_AUTH_IDENTITY_VALUE=${SECRET:-v}\n' };
  const read = (big: string): ReadFile => (f) => (f === '/p/compose.yaml' ? big : files[f]);
  const small = build(1000);
  const big = build(10000);
  // Warm up the JIT on other text: an identical text would be served from the parse cache.
  loadComposeProject('/p/compose.yaml', read(`${small}# warm-up\n`));
  let t0 = process.hrtime.bigint();
  loadComposeProject('/p/compose.yaml', read(small));
  const smallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  t0 = process.hrtime.bigint();
  const p = loadComposeProject('/p/compose.yaml', read(big));
  const bigMs = Number(process.hrtime.bigint() - t0) / 1e6;
  t.diagnostic(`1,000 services: ${smallMs.toFixed(0)} ms; 10,000 services (${(big.length / 1e6).toFixed(1)} MB): ${bigMs.toFixed(0)} ms`);
  assert.equal(p.services.length, 10000);
  assert.deepEqual(p.problems, []);
  assert.equal(val(p.services[9999], 'NACOS_AUTH_IDENTITY_VALUE').value, 'v');
  assert.equal(p.services[9999].image?.value, 'nacos/nacos-server:v3.2.3');
  // Linear, with slack for a busy machine: 10x the services may cost at most ~25x the time.
  assert.ok(bigMs < Math.max(25 * smallMs, 3000), `10,000 services took ${bigMs.toFixed(0)} ms (1,000: ${smallMs.toFixed(0)} ms)`);
});

test('isComposeFileName and looksLikeCompose', () => {
  for (const yes of ['compose.yaml', 'compose.yml', '/a/docker-compose.yml', 'docker-compose.prod.yaml', 'nacos-compose.yml', 'my-compose-stack.YAML', 'compose.override.yaml']) assert.equal(isComposeFileName(yes), true, yes);
  for (const no of ['compose.json', 'values.yaml', '/compose/values.yaml', 'application.properties', 'docker-compose.yml.bak']) assert.equal(isComposeFileName(no), false, no);
  assert.equal(looksLikeCompose('version: "3"\nservices:\n  a: {}\n'), true);
  assert.equal(looksLikeCompose('# x\nservices: {}'), true);
  assert.equal(looksLikeCompose('scrape_configs:\n  - services: x\n'), false);
  assert.equal(looksLikeCompose('  services:\n'), false);
});

// Found by the fuzzer (test/fuzz/composeModel.ts): the YAML parser reports an unterminated quote at [length, length+1].
test('a syntax problem at the very end of a file lies within the file', () => {
  const other = "'services:\n  base: {}\n";
  const { p } = project({ 'compose.yaml': 'services:\n  a:\n    extends: {file: ./other.yaml, service: base}\n', 'other.yaml': other });
  const problems = p.problems.filter((x) => x.path === '/p/other.yaml');
  assert.ok(problems.length > 0, 'the unterminated quote is reported');
  for (const x of problems) assert.ok(x.span.start >= 0 && x.span.start <= x.span.end && x.span.end <= other.length, `${x.span.start}..${x.span.end} in 0..${other.length}`);
});

// Found with the hostile-input tests: problems found while converting nodes (after the parser's) were dropped.
test('a bad "<<" merge value is reported', () => {
  const { p } = project({ 'compose.yaml': 'services:\n  a:\n    <<: 5\n    image: x\n' });
  assert.deepEqual(p.problems.map((x) => [x.span.start, x.message]), [[23, 'a "<<" merge value must be a mapping, an alias of one, or a list of them']]);
});

// The server re-analyses on every keystroke: an unchanged compose file is parsed once (hostile input: many anchors).
test('an unchanged compose file is not parsed again', () => {
  let text = 'x-anchors:\n';
  for (let i = 0; i < 20_000; i++) text += `  k${i}: &a${i} v${i}\n`;
  text += 'services:\n  n:\n    image: nacos/nacos-server:v3.2.3\n    environment:\n      NACOS_AUTH_TOKEN: *a19999\n';
  const read: ReadFile = (f) => (f === '/big/compose.yaml' ? text : undefined);
  // The engine's parse cache hands the loader its parse of the text (engine/parseCache.ts).
  const cache = new ParseCache();
  const parses: YamlFile[] = [];
  const yaml = (p: string, t: string) => { const f = cache.get(p, t); if (f.kind !== 'compose') return undefined; parses.push(f.yaml); return f.yaml; };
  const first = loadComposeProject('/big/compose.yaml', read, { yaml });
  const again = loadComposeProject('/big/compose.yaml', read, { yaml });
  assert.equal(val(first.services[0], 'NACOS_AUTH_TOKEN').value, 'v19999');
  assert.equal(val(again.services[0], 'NACOS_AUTH_TOKEN').value, 'v19999');
  assert.deepEqual(again.problems, first.problems);
  assert.equal(parses.length, 2);
  assert.equal(parses[0], parses[1], 'the unchanged text was parsed again');
});

// Found with the hostile-input tests: YAML (and go-yaml, so Compose) breaks lines at a lone CR; the parser did not.
test('lone CR line ends read like LF, offsets unchanged', () => {
  const lf = 'services:\n  n:\n    image: nacos/nacos-server:v3.2.3\n    environment:\n      NACOS_AUTH_TOKEN: abc\n';
  const a = project({ 'compose.yaml': lf });
  const b = project({ 'compose.yaml': lf.replace(/\n/g, '\r') });
  assert.deepEqual(b.p.problems, []);
  assert.deepEqual(val(b.p.services[0], 'NACOS_AUTH_TOKEN').span, val(a.p.services[0], 'NACOS_AUTH_TOKEN').span);
  assert.equal(val(b.p.services[0], 'NACOS_AUTH_TOKEN').value, 'abc');
});

// Found with the hostile-input tests: 10,000 nested brackets gave one "too deep" problem per bracket.
test('10,000-deep nesting gives one problem', () => {
  const { p } = project({ 'compose.yaml': `services:\n  n:\n    x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n` });
  assert.deepEqual(p.problems.map((x) => x.message), ['YAML nested too deeply to be read']);
});
