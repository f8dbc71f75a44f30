// Fixes in detail: values written back exactly in every file kind and form, generated pairs and secrets, the
// cluster-wide writer (one edit per file, the right form where a member has nothing written), suppressions, fix-all.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { absorbersOf, analyze, normalizeSettings, RULES, setInternalErrorSink, type Finding } from '../../server/src/core';
import { parseProperties } from '../../server/src/core/syntax/properties/parser';
import { parseEnvFile } from '../../server/src/core/syntax/envfile/parser';
import { loadComposeProject } from '../../server/src/core/sources/compose/project';
import { encodeEnvValue, encodeYamlScalar, encodeListItem, propertiesLine, replaceValueEdit } from '../../server/src/core/fixes/encode';
import { applyEdits, pickFixAllEdits } from '../../server/src/core/fixes/apply';
import { generateIdentityKey, generateIdentityValue, generateTokenSecret } from '../../server/src/core/fixes/generate';
import { suppressionEdit } from '../../server/src/core/fixes/suppressionEdit';
import { identityPairSnippet } from '../../server/src/core/fixes/snippet';
import { parseFile } from '../../server/src/core/syntax/files';
import { setting } from '../../server/src/core/model/node';
import { K } from '../../server/src/core/nacos/keys';
import { decodeSecret } from '../../server/src/core/nacos/decoders';
import { lint, WS } from '../helpers';
import { runCli } from '../fixesHarness';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The node:crypto module object the bundle calls through (an import binding cannot be reassigned). */
const nodeCrypto = createRequire(__filename)('node:crypto') as { randomBytes: (n: number) => Buffer };

/** Runs `fn` counting crypto.randomBytes calls. */
function countRandomBytes(fn: () => void): number {
  const real = nodeCrypto.randomBytes;
  let calls = 0;
  nodeCrypto.randomBytes = (n: number) => { calls++; return real(n); };
  try { fn(); } finally { nodeCrypto.randomBytes = real; }
  return calls;
}

/** Values that break naive writers: quotes, `$`, `#`, backslashes, `: `, white space at the ends, YAML-typed words. */
const TRICKY = fc.string({
  unit: fc.constantFrom(...'aZ09 -_=:#$"\'\\{}[],!&*?|>%@`+/.~\té中😀'.split(/(?:)/u)),
  maxLength: 24,
});
const WORDS = fc.constantFrom('true', 'no', 'null', '~', '1', '0x1F', '1e3', '-', '- a', 'a: b', '#x', ' a', 'a ', '', "'", '"', '${X}', '$$', 'a #b', '2001-12-14');
const VALUE = fc.oneof(TRICKY, WORDS);
const NUM_RUNS = 200;
/** Compose round trips lint a whole project per run. */
const COMPOSE_RUNS = 60;

const STD_PROPS = (value: string) => [
  'nacos.core.auth.enabled=true',
  'nacos.core.auth.system.type=nacos',
  'nacos.core.auth.server.identity.key=nacos-identity-4f2a9c1e',
  `nacos.core.auth.server.identity.value=${value}`,
  'nacos.core.auth.plugin.nacos.token.secret.key=3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=',
  '',
].join('\n');

/** Writes `v` where the node's identity value is written, reloads, and returns what the node reads. */
function roundTrip(files: Record<string, string>, v: string): string | undefined {
  const first = lint(files);
  const node = first.result.nodes[0];
  const w = setting(node, K.identityValue).written!;
  const text = first.files.get(w.path)!;
  const after = { ...files, [w.path.slice(WS.length + 1)]: applyEdits(text, [replaceValueEdit(w, v, text)]) };
  const again = lint(after);
  assert.deepEqual(again.findings.filter(f => f.ruleId === 'syntax-error').map(f => f.message), [], `no syntax error after writing ${JSON.stringify(v)}`);
  return setting(again.result.nodes[0], K.identityValue).value;
}

describe('values are written back exactly, in every file kind and form', () => {
  test('properties: escapes survive the loader (leading blanks, backslashes, non-Latin-1, `#`, `=`)', () => {
    // `${` starts a Spring placeholder and has no escape before Spring 6.2: such a value cannot be written literally.
    fc.assert(fc.property(VALUE.filter(v => !v.includes('${')), v => {
      assert.equal(parseProperties(propertiesLine('nacos.core.auth.server.identity.value', v)).entries[0].value, v);
      assert.equal(roundTrip({ 'conf/application.properties': STD_PROPS('old') }, v), v);
    }), { numRuns: NUM_RUNS });
  });

  test('properties: a key alone on its line gets a separator', () => {
    const text = 'nacos.core.auth.enabled=true\nnacos.core.auth.server.identity.value\n';
    assert.equal(roundTrip({ 'conf/application.properties': text }, 'Qx8Zt2mL0pVb7sRk'), 'Qx8Zt2mL0pVb7sRk');
  });

  test('env files: bare, single-quoted or double-quoted as Compose dotenv needs ($ never interpolates)', () => {
    fc.assert(fc.property(VALUE.filter(v => !v.includes('\n')), v => {
      assert.equal(parseEnvFile(`K=${encodeEnvValue(v)}\n`, () => 'INTERPOLATED').entries[0].value, v);
      const compose = 'services:\n  n:\n    image: nacos/nacos-server:v2.5.1\n    env_file: nacos.env\n';
      assert.equal(roundTrip({ 'compose.yaml': compose, 'nacos.env': 'NACOS_AUTH_IDENTITY_VALUE="old"\n' }, v), v);
    }), { numRuns: NUM_RUNS });
  });

  test('compose environment map: plain only when YAML keeps it a string, else double-quoted; $ → $$', () => {
    fc.assert(fc.property(VALUE, v => {
      const text = `services:\n  n:\n    image: nacos/nacos-server:v2.5.1\n    environment:\n      K: ${encodeYamlScalar(v)}\n`;
      const p = loadComposeProject('/p/compose.yaml', path => (path === '/p/compose.yaml' ? text : undefined));
      assert.deepEqual(p.problems, []);
      assert.equal(p.services[0].environment.get('K')!.value, v);
      for (const form of ["'old'", 'old', '"old"', 'old # comment']) {
        const compose = `services:\n  n:\n    image: nacos/nacos-server:v2.5.1\n    environment:\n      NACOS_AUTH_IDENTITY_VALUE: ${form}\n`;
        assert.equal(roundTrip({ 'compose.yaml': compose }, v), v);
      }
      const flow = 'services:\n  n:\n    image: nacos/nacos-server:v2.5.1\n    environment: {MODE: cluster, NACOS_AUTH_IDENTITY_VALUE: old}\n';
      assert.equal(roundTrip({ 'compose.yaml': flow }, v), v);
    }), { numRuns: COMPOSE_RUNS });
  });

  test('compose environment list: the item keeps its quoting when it can, else the whole item is rewritten', () => {
    fc.assert(fc.property(VALUE, v => {
      const text = `services:\n  n:\n    image: nacos/nacos-server:v2.5.1\n    environment:\n      - ${encodeListItem('K', v)}\n`;
      const p = loadComposeProject('/p/compose.yaml', path => (path === '/p/compose.yaml' ? text : undefined));
      assert.equal(p.services[0].environment.get('K')!.value, v);
      for (const item of ['NACOS_AUTH_IDENTITY_VALUE=old', '"NACOS_AUTH_IDENTITY_VALUE=old"', "'NACOS_AUTH_IDENTITY_VALUE=old'"]) {
        const compose = `services:\n  n:\n    image: nacos/nacos-server:v2.5.1\n    environment:\n      - MODE=cluster\n      - ${item}\n`;
        assert.equal(roundTrip({ 'compose.yaml': compose }, v), v, `${item} ← ${JSON.stringify(v)}`);
      }
    }), { numRuns: COMPOSE_RUNS });
  });

  test('a word inside JAVA_OPT is replaced in place, escaped for the scalar around it', () => {
    for (const [form, expect] of [
      ['JAVA_OPT: -Dnacos.core.auth.enabled=ture -Xms1g', 'JAVA_OPT: -Dnacos.core.auth.enabled=true -Xms1g'],
      ['JAVA_OPT: "-Xms1g -Dnacos.core.auth.enabled=ture"', 'JAVA_OPT: "-Xms1g -Dnacos.core.auth.enabled=true"'],
      ["JAVA_OPT: '-Dnacos.core.auth.enabled=ture'", "JAVA_OPT: '-Dnacos.core.auth.enabled=true'"],
    ]) {
      const compose = `services:\n  n:\n    image: nacos/nacos-server:v2.5.1\n    environment:\n      ${form}\n`;
      const { findings, files } = lint({ 'compose.yaml': compose });
      const f = findings.find(x => x.ruleId === 'invalid-boolean')!;
      const fix = f.fixes.find(x => x.deterministic)!;
      assert.equal(applyEdits(files.get(`${WS}/compose.yaml`)!, fix.edits()), compose.replace(form, expect));
    }
  });
});

describe('generated identity pairs and token secrets', () => {
  test('1,000 runs: all different, the right shape, from crypto.randomBytes', () => {
    const keys = new Set<string>();
    const values = new Set<string>();
    const secrets = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const k = generateIdentityKey();
      const v = generateIdentityValue();
      const s = generateTokenSecret(([32, 48, 64] as const)[i % 3]);
      assert.match(k, /^nacos-identity-[0-9a-f]{8}$/);
      assert.match(v, /^[A-Za-z0-9_-]{43}$/);
      assert.match(s, /^[A-Za-z0-9+/]+={0,2}$/);
      assert.equal(s.length % 4, 0);
      keys.add(k); values.add(v); secrets.add(s);
    }
    // 8 hex digits: a collision among 1,000 keys has probability ~1e-4; values and secrets carry 256+ bits.
    assert.ok(keys.size >= 999, `${keys.size} distinct keys`);
    assert.equal(values.size, 1000);
    assert.equal(secrets.size, 1000);
  });

  test('they come from crypto.randomBytes (never Math.random)', () => {
    const random = Math.random;
    Math.random = () => { throw new Error('Math.random used'); };
    try {
      // Each generator draws from crypto.randomBytes (the identity value may draw again until it starts with a letter).
      assert.equal(countRandomBytes(() => { generateIdentityKey(); }), 1);
      assert.ok(countRandomBytes(() => { generateIdentityValue(); }) >= 1);
      assert.equal(countRandomBytes(() => { generateTokenSecret(64); }), 1);
    } finally {
      Math.random = random;
    }
  });

  test('1,000 generated pairs and secrets pass the product\'s own identity and secret rules, in each file kind', () => {
    const own = new Set(RULES.map(r => r.id).filter(id => id.startsWith('identity-') || id.startsWith('secret-')));
    for (let i = 0; i < 1000; i++) {
      const key = generateIdentityKey();
      const value = generateIdentityValue();
      const secret = generateTokenSecret(([32, 48, 64] as const)[i % 3]);
      const forms: Record<string, string>[] = [
        { 'conf/application.properties': STD_PROPS(value).replace('nacos-identity-4f2a9c1e', key).replace('3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=', secret) },
        { 'compose.yaml': 'services:\n  n:\n    image: nacos/nacos-server:v3.2.3\n    env_file: nacos.env\n', 'nacos.env': `NACOS_AUTH_ENABLE=true\nNACOS_AUTH_IDENTITY_KEY=${key}\nNACOS_AUTH_IDENTITY_VALUE=${value}\nNACOS_AUTH_TOKEN=${secret}\n` },
        { 'compose.yaml': `services:\n  n:\n    image: nacos/nacos-server:v2.2.3\n    environment:\n      NACOS_AUTH_ENABLE: "true"\n      NACOS_AUTH_IDENTITY_KEY: ${encodeYamlScalar(key)}\n      NACOS_AUTH_IDENTITY_VALUE: ${encodeYamlScalar(value)}\n      NACOS_AUTH_TOKEN: ${encodeYamlScalar(secret)}\n` },
      ];
      const form = forms[i % forms.length];
      const bad = lint(form).findings.filter(f => own.has(f.ruleId));
      assert.deepEqual(bad.map(f => `${f.ruleId}: ${f.message}`), [], `generated values flagged (${Object.keys(form)[0]})`);
    }
  });

  test('never in a log, a message, or CLI output (captured and searched)', () => {
    const captured: string[] = [];
    setInternalErrorSink(m => captured.push(m));
    const dir = mkdtempSync(join(tmpdir(), 'nal-secret-'));
    try {
      mkdirSync(join(dir, 'conf'));
      mkdirSync(join(dir, 'env'));
      writeFileSync(join(dir, 'conf/application.properties'), STD_PROPS('security').replace('nacos-identity-4f2a9c1e', 'serverIdentity'));
      writeFileSync(join(dir, 'compose.yaml'), 'services:\n  a:\n    image: nacos/nacos-server:v2.5.1\n    env_file: env/n.env\n  b:\n    image: nacos/nacos-server:v2.5.1\n    env_file: env/n.env\n');
      writeFileSync(join(dir, 'env/n.env'), 'NACOS_AUTH_ENABLE=true\nNACOS_AUTH_IDENTITY_KEY=2222\nNACOS_AUTH_IDENTITY_VALUE=2xxx\nNACOS_AUTH_TOKEN=short\n');
      const read = (p: string) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } };
      const paths = ['conf/application.properties', 'compose.yaml', 'env/n.env'].map(p => join(dir, p));
      const analyzeDisk = () => analyze({ files: paths.map(p => ({ path: p, text: read(p)! })), readFile: read, settingsFor: () => normalizeSettings({}) });
      // Apply every generating fix once (each run of edits() draws new values), keeping what was written.
      const generated: string[] = [];
      for (const f of [...analyzeDisk().findings.values()].flat()) {
        for (const fix of f.fixes.filter(x => /^Generate/.test(x.title))) {
          const edits = fix.edits();
          for (const e of edits) generated.push(...(e.newText.match(/nacos-identity-[0-9a-f]{8}|[A-Za-z0-9_+/-]{43,}={0,2}/g) ?? []));
        }
      }
      const pair = [...analyzeDisk().findings.values()].flat().find(f => f.ruleId === 'identity-public-value')!.fixes[0];
      const secretFix = [...analyzeDisk().findings.values()].flat().find(f => f.ruleId === 'secret-too-short')!.fixes[0];
      for (const fix of [pair, secretFix]) {
        for (const e of fix.edits()) {
          generated.push(...(e.newText.match(/nacos-identity-[0-9a-f]{8}|[A-Za-z0-9_+/-]{43,}={0,2}/g) ?? []));
          writeFileSync(e.path, applyEdits(read(e.path)!, [e]));
        }
      }
      assert.ok(generated.length > 10);
      const after = analyzeDisk();
      for (const f of [...after.findings.values()].flat()) captured.push(f.message, ...f.related.map(r => r.message));
      for (const args of [[], ['--format', 'json', '--explain'], ['--format', 'sarif'], ['--explain'], ['--fix']]) {
        const r = runCli(['.', ...args], dir);
        captured.push(r.out, r.err);
      }
      const all = captured.join('\n');
      assert.ok(all.length > 1000, 'output was captured');
      const written = read(join(dir, 'env/n.env'))!;
      const onDisk = written.match(/NACOS_AUTH_IDENTITY_VALUE=(\S+)/)![1];
      for (const g of [...generated, onDisk]) assert.ok(!all.includes(g), `a generated value appears in output: ${g.slice(0, 4)}…`);
    } finally {
      setInternalErrorSink(m => process.stderr.write(`nacos-auth-lint: ${m}\n`));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cluster-wide fixes', () => {
  const shared = {
    'compose.yaml': 'services:\n  nacos1:\n    image: nacos/nacos-server:v2.5.1\n    env_file: env/nacos.env\n  nacos2:\n    image: nacos/nacos-server:v2.5.1\n    env_file: env/nacos.env\n  nacos3:\n    image: nacos/nacos-server:v2.5.1\n    env_file: env/nacos.env\n',
    'env/nacos.env': 'NACOS_AUTH_ENABLE=true\nNACOS_AUTH_IDENTITY_KEY=2222\nNACOS_AUTH_IDENTITY_VALUE=2xxx\nNACOS_AUTH_TOKEN=VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=\n',
  };

  test('a shared env file is written once: one edit, every member gets the pair', () => {
    const { findings, files } = lint(shared);
    const fix = findings.find(f => f.ruleId === 'identity-public-value')!.fixes[0];
    assert.equal(fix.title, 'Generate secure identity pair');
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.deterministic, false);
    const edits = fix.edits();
    assert.deepEqual(edits.map(e => e.path), [`${WS}/env/nacos.env`]);
    const after = lint(Object.fromEntries([...files].map(([p, t]) => [p.slice(WS.length + 1), edits[0].path === p ? applyEdits(t, edits) : t])));
    const pairs = new Set(after.result.nodes.map(n => `${setting(n, K.identityKey).value}=${setting(n, K.identityValue).value}`));
    assert.equal(pairs.size, 1);
    assert.match([...pairs][0], /^nacos-identity-[0-9a-f]{8}=[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(after.findings.filter(f => f.ruleId.startsWith('identity-') || f.ruleId.startsWith('cluster-')).map(f => f.ruleId), []);
  });

  test('members with nothing written get the pair in their own form: new environment section, list item, map entry, env_file', () => {
    const compose = [
      'services:',
      '  a:',
      '    image: nacos/nacos-server:v2.0.3',
      '    hostname: a',
      '  b:',
      '    image: nacos/nacos-server:v2.0.3',
      '    environment:',
      '      - NACOS_AUTH_ENABLE=true',
      '  c:',
      '    image: nacos/nacos-server:v2.0.3',
      '    environment:',
      '      NACOS_AUTH_ENABLE: "true"',
      '  d:',
      '    image: nacos/nacos-server:v2.0.3',
      '    env_file: d.env',
      '',
    ].join('\n');
    const { findings, files } = lint({ 'compose.yaml': compose, 'd.env': 'MODE=cluster' });
    const fix = findings.find(f => f.ruleId === 'identity-public-value')!.fixes[0];
    const edits = fix.edits();
    assert.equal(edits.length, 2, 'one edit per file');
    const out = Object.fromEntries([...files].map(([p, t]) => [p.slice(WS.length + 1), applyEdits(t, edits.filter(e => e.path === p))]));
    const k = /nacos-identity-[0-9a-f]{8}/.exec(out['compose.yaml'])![0];
    const v = /NACOS_AUTH_IDENTITY_VALUE: ([A-Za-z0-9_-]{43})/.exec(out['compose.yaml'])![1];
    assert.equal(out['compose.yaml'], [
      'services:',
      '  a:',
      '    image: nacos/nacos-server:v2.0.3',
      '    hostname: a',
      '    environment:',
      `      NACOS_AUTH_IDENTITY_KEY: ${k}`,
      `      NACOS_AUTH_IDENTITY_VALUE: ${v}`,
      '  b:',
      '    image: nacos/nacos-server:v2.0.3',
      '    environment:',
      '      - NACOS_AUTH_ENABLE=true',
      `      - NACOS_AUTH_IDENTITY_KEY=${k}`,
      `      - NACOS_AUTH_IDENTITY_VALUE=${v}`,
      '  c:',
      '    image: nacos/nacos-server:v2.0.3',
      '    environment:',
      '      NACOS_AUTH_ENABLE: "true"',
      `      NACOS_AUTH_IDENTITY_KEY: ${k}`,
      `      NACOS_AUTH_IDENTITY_VALUE: ${v}`,
      '  d:',
      '    image: nacos/nacos-server:v2.0.3',
      '    env_file: d.env',
      '',
    ].join('\n'));
    assert.equal(out['d.env'], `MODE=cluster\nNACOS_AUTH_IDENTITY_KEY=${k}\nNACOS_AUTH_IDENTITY_VALUE=${v}\n`);
  });

  test('properties members: replaced where written, appended after the last auth line where not', () => {
    const conf = '10.0.0.1:8848\n10.0.0.2:8848\n';
    const { findings, files } = lint({
      'n1/conf/cluster.conf': conf, 'n2/conf/cluster.conf': conf,
      'n1/conf/application.properties': 'nacos.core.auth.enabled=true\nnacos.core.auth.server.identity.key=serverIdentity\nnacos.core.auth.server.identity.value=security\nserver.port=8848\n',
      'n2/conf/application.properties': 'nacos.core.auth.enabled=true\nnacos.core.auth.system.type=nacos\nserver.port=8848',
    });
    const edits = findings.find(f => f.ruleId === 'identity-public-value')!.fixes[0].edits();
    const n2 = `${WS}/n2/conf/application.properties`;
    const after = applyEdits(files.get(n2)!, edits.filter(e => e.path === n2));
    assert.match(after, /^nacos\.core\.auth\.enabled=true\nnacos\.core\.auth\.system\.type=nacos\nnacos\.core\.auth\.server\.identity\.key=nacos-identity-[0-9a-f]{8}\nnacos\.core\.auth\.server\.identity\.value=[A-Za-z0-9_-]{43}\nserver\.port=8848$/);
  });

  test('the project .env action: compose literals become ${VAR}, the values go to .env (created when missing)', () => {
    const compose = 'services:\n  a:\n    image: nacos/nacos-server:v2.5.1\n    environment:\n      - NACOS_AUTH_ENABLE=true\n      - NACOS_AUTH_IDENTITY_KEY=serverIdentity\n      - NACOS_AUTH_IDENTITY_VALUE=security\n  b:\n    image: nacos/nacos-server:v2.5.1\n    environment:\n      NACOS_AUTH_ENABLE: "true"\n';
    const { findings } = lint({ 'compose.yaml': compose });
    const fixes = findings.find(f => f.ruleId === 'identity-public-value')!.fixes;
    const envFix = fixes.find(f => f.title.includes('.env'))!;
    assert.equal(envFix.isPreferred, false);
    const edits = envFix.edits();
    const out = applyEdits(compose, edits.filter(e => e.path.endsWith('compose.yaml')));
    assert.match(out, /- NACOS_AUTH_IDENTITY_KEY=\$\{NACOS_AUTH_IDENTITY_KEY\}\n {6}- NACOS_AUTH_IDENTITY_VALUE=\$\{NACOS_AUTH_IDENTITY_VALUE\}\n/);
    assert.match(out, /NACOS_AUTH_IDENTITY_KEY: "\$\{NACOS_AUTH_IDENTITY_KEY\}"\n {6}NACOS_AUTH_IDENTITY_VALUE: "\$\{NACOS_AUTH_IDENTITY_VALUE\}"\n$/);
    const dotenv = edits.find(e => e.path === `${WS}/.env`)!;
    assert.deepEqual(dotenv.span, { start: 0, end: 0 });
    assert.match(dotenv.newText, /^NACOS_AUTH_IDENTITY_KEY=nacos-identity-[0-9a-f]{8}\nNACOS_AUTH_IDENTITY_VALUE=[A-Za-z0-9_-]{43}\n$/);
    const again = lint({ 'compose.yaml': out, '.env': dotenv.newText });
    assert.deepEqual(again.findings.filter(f => f.severity === 'error' && (f.ruleId.startsWith('identity') || f.ruleId.startsWith('cluster'))).map(f => f.ruleId), []);
  });

  test('secrets respect the property name each member reads; "use this node\'s secret" re-encodes across decoder eras', () => {
    const compose = [
      'services:',
      '  old:',
      '    image: nacos/nacos-server:v2.2.3',
      '    environment:',
      '      NACOS_AUTH_ENABLE: "true"',
      `      NACOS_AUTH_TOKEN: "'3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A='"`,
      '  new:',
      '    image: nacos/nacos-server:v2.4.3',
      '    environment:',
      '      NACOS_AUTH_ENABLE: "true"',
      `      NACOS_AUTH_TOKEN: "'3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A='"`,
      '',
    ].join('\n');
    // The mismatch itself (with its absorbers on, the quotes' own finding would hold it: one cause, one finding).
    const own = { rules: Object.fromEntries(absorbersOf('cluster-secret-mismatch').map(r => [r, 'off'])) };
    const first = lint({ 'compose.yaml': compose }, own);
    const mismatch = first.findings.filter(f => f.ruleId === 'cluster-secret-mismatch');
    // The same text: 2.4.3 trims the quotes (32 bytes), 2.2.3 fails strict Base64 and signs with the 46 raw bytes.
    assert.equal(mismatch.length, 2);
    const onNew = mismatch.find(f => f.line === 11)!;
    const copy = onNew.fixes.find(f => f.title.startsWith("Use new's"))!;
    const copied = copy.edits();
    const out = applyEdits(compose, copied);
    // The text is copied only where it decodes alike; the old node gets the canonical Base64 of the same 32 bytes.
    assert.equal(copied.length, 1);
    assert.match(out, /^ {6}NACOS_AUTH_TOKEN: 3q2\+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=\n/m);
    assert.ok(out.endsWith(`NACOS_AUTH_TOKEN: "'3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A='"\n`));
    assert.deepEqual(lint({ 'compose.yaml': out }, own).findings.filter(f => f.ruleId === 'cluster-secret-mismatch'), []);
    // The 2.0.x member reads default.token.*; a 2.5 member plugin.nacos.token.*.
    const conf = '10.0.0.1:8848\n10.0.0.2:8848\n';
    const props = lint({
      'a/conf/cluster.conf': conf, 'b/conf/cluster.conf': conf,
      'a/conf/application.properties': 'nacos.core.auth.enabled=true\nnacos.core.auth.default.token.expire.seconds=18000\n',
      'b/conf/application.properties': 'nacos.core.auth.enabled=true\nnacos.core.auth.plugin.nacos.token.expire.seconds=18000\n',
    });
    const gen = props.findings.find(f => f.ruleId === 'secret-missing' || f.ruleId === 'cluster-secret-mismatch' || f.ruleId === 'secret-public-value')!.fixes.find(f => f.title.startsWith('Generate token secret (32'))!;
    const edits = gen.edits();
    const byFile = Object.fromEntries(edits.map(e => [e.path.slice(WS.length + 1), e.newText]));
    assert.match(byFile['a/conf/application.properties'] ?? '', /nacos\.core\.auth\.default\.token\.secret\.key=/);
    assert.match(byFile['b/conf/application.properties'] ?? '', /nacos\.core\.auth\.plugin\.nacos\.token\.secret\.key=/);
    const secret = /secret\.key=(\S+)/.exec(byFile['a/conf/application.properties'])![1];
    assert.equal(decodeSecret(secret, 'lenient').bytes!.length, 32);
  });
});

describe('suppression comments, in .properties, env files and YAML (map and list)', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['properties', { 'conf/application.properties': STD_PROPS('security').replace('nacos-identity-4f2a9c1e', 'serverIdentity') }, 'conf/application.properties'],
    ['env', { 'compose.yaml': 'services:\n  n:\n    image: nacos/nacos-server:v2.5.1\n    env_file: n.env\n', 'n.env': 'NACOS_AUTH_ENABLE=true\nNACOS_AUTH_IDENTITY_KEY=serverIdentity\nNACOS_AUTH_IDENTITY_VALUE=security\nNACOS_AUTH_TOKEN=3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=\n' }, 'n.env'],
    ['compose map', { 'compose.yaml': 'services:\n  n:\n    image: nacos/nacos-server:v2.5.1\n    environment:\n      NACOS_AUTH_ENABLE: "true"\n      NACOS_AUTH_IDENTITY_KEY: serverIdentity\n      NACOS_AUTH_IDENTITY_VALUE: security\n      NACOS_AUTH_TOKEN: 3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=\n' }, 'compose.yaml'],
    ['compose list', { 'compose.yaml': 'services:\n  n:\n    image: nacos/nacos-server:v2.5.1\n    environment:\n      - NACOS_AUTH_ENABLE=true\n      - NACOS_AUTH_IDENTITY_KEY=serverIdentity\n      - NACOS_AUTH_IDENTITY_VALUE=security\n      - NACOS_AUTH_TOKEN=3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=\n' }, 'compose.yaml'],
  ];
  const find = (files: Record<string, string>) => lint(files).findings.filter(f => f.ruleId === 'identity-public-value');
  for (const [kind, files, target] of cases) {
    test(`${kind}: disable-next-line (list, reason), disable-file, and the inserted action`, () => {
      assert.equal(find(files).length, 1);
      const line = files[target].split('\n').findIndex(l => l.includes('security'));
      const withComment = (comment: string, at = line) => {
        const lines = files[target].split('\n');
        const indent = /^[ \t]*/.exec(lines[at])![0];
        lines.splice(at, 0, `${indent}${comment}`);
        return { ...files, [target]: lines.join('\n') };
      };
      assert.equal(find(withComment('# nacos-auth-lint-disable-next-line identity-public-value')).length, 0);
      assert.equal(find(withComment('# nacos-auth-lint-disable-next-line identity-weak-value, identity-public-value -- rotated next sprint')).length, 0);
      assert.equal(find(withComment('# nacos-auth-lint-disable-next-line identity-weak-value')).length, 1, 'another rule id does not suppress');
      assert.equal(find(withComment('# nacos-auth-lint-disable-next-line identity-public-value', line - 1)).length, 1, 'only the next line');
      assert.equal(find(withComment('# nacos-auth-lint-disable-file identity-public-value', 0)).length, 0);
      // The action: a comment indented like the line (at the `-` of a list item, at the key of a map entry).
      const f = find(files)[0];
      const parsed = parseFile(`${WS}/${target}`, files[target]);
      const edit = suppressionEdit(parsed, f.ruleId, f.span)!;
      const after = applyEdits(files[target], [edit]);
      const commentLine = after.split('\n')[line];
      const itemLine = after.split('\n')[line + 1];
      assert.equal(commentLine, `${/^[ \t]*/.exec(itemLine)![0]}# nacos-auth-lint-disable-next-line identity-public-value -- reason`);
      assert.equal(find({ ...files, [target]: after }).length, 0);
    });
  }

  test('not offered where a comment line would become part of a value (continuation, multi-line scalar)', () => {
    const props = 'nacos.core.auth.enabled=true\nnacos.core.auth.server.identity.key=serverIdentity\nnacos.core.auth.server.identity.value=sec\\\n  urity\n';
    const p = parseFile('/ws/a.properties', props);
    assert.equal(suppressionEdit(p, 'x', { start: props.indexOf('urity'), end: props.indexOf('urity') + 5 }), undefined);
    assert.ok(suppressionEdit(p, 'x', { start: props.indexOf('sec'), end: props.indexOf('sec') + 3 }));
    const yaml = 'services:\n  n:\n    environment:\n      JAVA_OPT: >\n        -Dnacos.core.auth.enabled=ture\n';
    const y = parseFile('/ws/compose.yaml', yaml);
    assert.equal(suppressionEdit(y, 'x', { start: yaml.indexOf('ture'), end: yaml.indexOf('ture') + 4 }), undefined);
  });
});

describe('the generateIdentityPair command text', () => {
  const pair = { key: 'nacos-identity-0a1b2c3d', value: 'Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE' };
  test('properties, env, compose map (under environment:), compose list', () => {
    assert.equal(identityPairSnippet('/w/conf/application.properties', 'a=b\n', 1, pair).text, `nacos.core.auth.server.identity.key=${pair.key}\nnacos.core.auth.server.identity.value=${pair.value}\n`);
    assert.equal(identityPairSnippet('/w/nacos.env', 'A=b\r\n', 1, pair).text, `NACOS_AUTH_IDENTITY_KEY=${pair.key}\r\nNACOS_AUTH_IDENTITY_VALUE=${pair.value}\r\n`);
    const map = 'services:\n  n:\n    environment:\n      MODE: cluster\n';
    assert.deepEqual(identityPairSnippet('/w/compose.yaml', map, 4, pair), { line: 4, form: 'compose-map', text: `      NACOS_AUTH_IDENTITY_KEY: ${pair.key}\n      NACOS_AUTH_IDENTITY_VALUE: ${pair.value}\n` });
    const under = 'services:\n  n:\n    environment:\n';
    assert.deepEqual(identityPairSnippet('/w/compose.yaml', under, 2, pair), { line: 3, form: 'compose-map', text: `      NACOS_AUTH_IDENTITY_KEY: ${pair.key}\n      NACOS_AUTH_IDENTITY_VALUE: ${pair.value}\n` });
    const list = 'services:\n  n:\n    environment:\n      - MODE=cluster\n';
    assert.equal(identityPairSnippet('/w/compose.yaml', list, 4, pair).text, `      - NACOS_AUTH_IDENTITY_KEY=${pair.key}\n      - NACOS_AUTH_IDENTITY_VALUE=${pair.value}\n`);
  });
});

describe('fix-all and --fix: deterministic fixes only, never a generated value', () => {
  test('pickFixAllEdits never calls a generating fix (crypto.randomBytes untouched)', () => {
    const files = {
      'conf/application.properties': 'nacos.core.auth.enabled=ture\nnacos.core.auth.system.type=Nacos\nnacos.core.auth.server.identity.key=serverIdentity\nnacos.core.auth.server.identity.value=security \nnacos.core.auth.plugin.nacos.token.secret.key=short\n',
    };
    const { findings } = lint(files);
    let edits: ReturnType<typeof pickFixAllEdits> = [];
    assert.equal(countRandomBytes(() => { edits = pickFixAllEdits(findings as Finding[]); }), 0);
    assert.equal(edits.length, 2, 'ture → true, trimmed value');
    for (const f of findings) for (const fix of f.fixes) if (/^(Generate|Use )/.test(fix.title)) assert.equal(fix.deterministic, false, fix.title);
  });

  test('source.fixAll for one document skips fixes that would also edit another file', () => {
    const fake: Finding = {
      ruleId: 'x', severity: 'warning', message: '', path: '/a', span: { start: 0, end: 1 }, related: [],
      fixes: [{ title: 't', deterministic: true, isPreferred: true, edits: () => [{ path: '/a', span: { start: 0, end: 1 }, newText: 'b' }, { path: '/b', span: { start: 0, end: 0 }, newText: 'c' }] }],
    };
    assert.deepEqual(pickFixAllEdits([fake], '/a'), []);
    assert.equal(pickFixAllEdits([fake]).length, 2);
  });
});
