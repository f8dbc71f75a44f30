// The facts tables in server/src/core/nacos/ checked against ../shared/reference/nacos-auth-facts.md and the
// real files in ../shared/corpus (when those folders are present), plus the behaviour of the helpers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  NEWEST_3X, compareVersions, defaultVersion, inRange, inVersionRange, parseVersion, versionAtLeast, versionFromFingerprints,
  versionFromImageTag, versionText, versionRange, candidateVersions, forAllVersions, forSomeVersion, RELEASES,
} from '../../server/src/core/nacos/versions';
import { decodeSecret } from '../../server/src/core/nacos/decoders';
import {
  PUBLIC_IDENTITY_PAIRS, PUBLIC_SECRETS, isPublicIdentity, isPublicSecret,
} from '../../server/src/core/nacos/knownValues';
import {
  AUTH_PLUGIN_TYPES, AUTH_PROPERTIES, authProperty, codeDefault, identityRequired, identityRequirement,
  isPluginPassThrough, isReadBy, jarDefault, parseAuthBoolean, parseNacosBoolean, parseSpringBoolean, secretRequired,
  secretRequirement, shippedValue, suggestKey,
} from '../../server/src/core/nacos/authProperties';
import {
  IMAGE_ARGUMENT_ENV, KNOWN_IMAGE_ENV, imageAnomalies, imageEnvMappings, imageRequiredEnv, relaxedEnvToProperty,
  satisfiesRequiredEnv, suggestEnv,
} from '../../server/src/core/nacos/imageEnv';
import { IMAGE_PROPERTIES_FILES, imageAuthProperties, parsePlaceholder } from '../../server/src/core/nacos/imageProperties';

const V = (s: string) => {
  const v = parseVersion(s);
  assert.ok(v, `version ${s}`);
  return v;
};

const SHARED = resolve(process.cwd(), '../shared');
const FACTS = resolve(SHARED, 'reference/nacos-auth-facts.md');
const CORPUS = resolve(SHARED, 'corpus');
const OLD_DEFAULT = 'SecretKey012345678901234567890123456789012345678901234567890123456789';

function section(md: string, startHeading: RegExp, endHeading: RegExp): string {
  const start = md.search(startHeading);
  assert.ok(start >= 0, `facts heading ${startHeading}`);
  const rest = md.slice(start + 1);
  const end = rest.search(endHeading);
  return end >= 0 ? rest.slice(0, end) : rest;
}

function tableRows(text: string): string[][] {
  return text.split('\n')
    .filter(l => l.startsWith('|') && !/^\|[-\s|]+\|$/.test(l))
    .slice(1) // header
    .map(l => l.slice(1, l.endsWith('|') ? -1 : undefined).split(/(?<!\\)\|/).map(c => c.trim()));
}

/** Non-comment `key=value` lines of a properties file whose key is an auth key. */
function authLines(path: string): { key: string; value: string }[] {
  return readFileSync(path, 'latin1').split(/\r?\n/)
    .filter(l => /^\s*(nacos\.core\.auth\.|nacos\.security\.ignore\.urls)/.test(l))
    .map(l => {
      const t = l.trimStart();
      const eq = t.indexOf('=');
      return { key: t.slice(0, eq).trim(), value: t.slice(eq + 1) };
    });
}

// ---- versions -----------------------------------------------------------------------------------------------

test('parseVersion accepts tags and settings, rejects junk and latest', () => {
  assert.deepEqual(parseVersion('v2.3.0'), { major: 2, minor: 3, patch: 0, hotfix: 0, text: '2.3.0' });
  assert.deepEqual(parseVersion('2.2.0.1'), { major: 2, minor: 2, patch: 0, hotfix: 1, text: '2.2.0.1' });
  assert.deepEqual(parseVersion('v2.2.1-slim'), { major: 2, minor: 2, patch: 1, hotfix: 0, text: '2.2.1' });
  assert.deepEqual(parseVersion('2.4'), { major: 2, minor: 4, patch: 0, hotfix: 0, text: '2.4' });
  assert.deepEqual(parseVersion('3'), { major: 3, minor: 0, patch: 0, hotfix: 0, text: '3' });
  assert.deepEqual(parseVersion(' 3.0.0-BETA '), { major: 3, minor: 0, patch: 0, hotfix: 0, text: '3.0.0' });
  for (const junk of ['latest', '', 'v', 'x2.3', '2.3.', '2..3', '1.2.3.4.5', '2.3.0 slim', 'slim', '${NACOS_VERSION}', '2.3-']) {
    assert.equal(parseVersion(junk), undefined, junk);
  }
});

test('compare, versionAtLeast, inRange with prefix upper bounds', () => {
  assert.ok(compareVersions(V('2.2.0'), V('2.2.0.1')) < 0);
  assert.ok(compareVersions(V('2.10.0'), V('2.9.9')) > 0);
  assert.equal(compareVersions(V('v2.4'), V('2.4.0')), 0);
  assert.ok(versionAtLeast(V('2.2.1'), '2.2.1'));
  assert.ok(!versionAtLeast(V('2.2.0.1'), '2.2.1'));
  assert.ok(inRange(V('2.2.4.1'), '2.2.1', '2.2.4'), 'hi 2.2.4 matches 2.2.4.x');
  assert.ok(inRange(V('2.4.3'), '1.4.1', '2.4'), 'hi 2.4 matches 2.4.x');
  assert.ok(!inRange(V('2.5.0'), '1.4.1', '2.4'));
  assert.ok(inRange(V('2.2.0.1'), '2.2.0', '2.2.0'));
  assert.ok(!inRange(V('2.2.0.1'), '2.1.0', '2.2.0.0'), 'four components stop before the hotfix');
  assert.ok(!inRange(V('2.2.0'), '2.2.1', '2.2.4'));
});

test('versionFromFingerprints (facts §7, SPEC §4)', () => {
  assert.equal(versionFromFingerprints([]), undefined);
  // A malformed key (an escaped `=`: the rest may be a secret) is no evidence, and is never named (leak fuzzer).
  assert.equal(versionFromFingerprints(['nacos.core.auth.server.identity.key=A2aA2aA2aA2a_-']), undefined);
  assert.doesNotMatch(versionFromFingerprints(['nacos.core.auth.enabled', 'nacos.core.auth.plugin.nacos.token.secret.key=Zx9Qw']) ?.detail ?? '', /Zx9Qw/);
  assert.equal(versionFromFingerprints(['nacos.core.auth.enabled', 'server.port']), undefined);
  const three = versionFromFingerprints(['nacos.core.auth.enabled', 'nacos.core.auth.admin.enabled'])!;
  assert.equal(three.version.text, NEWEST_3X);
  assert.equal(three.from, 'content');
  assert.equal(versionText(three), `3.0.0–${NEWEST_3X}`);
  assert.equal(three.detail, 'nacos.core.auth.admin.enabled is only read by 3.x');
  assert.equal(versionFromFingerprints(['nacos.server.main.port'])!.version.major, 3);
  assert.equal(versionFromFingerprints(['nacos.core.auth.console.enabled', 'nacos.core.auth.plugin.nacos.token.secret.key'])!.version.major, 3);
  assert.equal(versionFromFingerprints(['nacos.core.auth.plugin.nacos.token.secret.key'])!.version.text, '2.5.1');
  // Absence as evidence (audit-plan §1.10): default.token.* without the 1.4.1 identity / userAgentAuthWhite lines.
  const old = versionFromFingerprints(new Set(['nacos.core.auth.default.token.expire.seconds']))!;
  assert.equal(versionText(old), '1.2.0–1.4.0');
  assert.equal(old.version.text, '1.4.0');
  const mid = versionFromFingerprints(['nacos.core.auth.default.token.secret.key', 'nacos.core.auth.server.identity.key'])!;
  assert.equal(versionText(mid), '1.4.1–2.0.4');
  assert.equal(mid.version.text, '2.0.4');
  assert.equal(versionText(versionFromFingerprints(['nacos.core.auth.default.token.secret.key', 'nacos.core.auth.enable.userAgentAuthWhite'])!), '1.4.1–2.0.4');
  // No auth key at all next to 1.1.x keys: before 1.2.0; no auth key and nothing old: no evidence.
  assert.equal(versionText(versionFromFingerprints(['server.contextPath', 'nacos.cmdb.dumpTaskInterval'])!), '1.0.0–1.1.4');
  assert.equal(versionFromFingerprints(['nacos.core.protocol.raft.data.election_timeout_ms']), undefined);
  assert.equal(versionText(versionFromFingerprints(['nacos.core.auth.plugin.nacos.token.secret.key'])!), '2.1.0–2.5.3');
  assert.equal(versionFromFingerprints(['nacos.core.auth.default.token.secret.key', 'nacos.core.auth.plugin.nacos.token.secret.key'])!.version.text, '2.5.1');
  assert.equal(versionFromFingerprints(['nacos.core.auth.plugin.nacos.tokenx']), undefined, 'prefix means whole segments');
  // The token cache key is read (and shipped in the distribution conf) from 2.2.1 on: a 2.2.1–2.5.x file without 3.x keys.
  const cached = versionFromFingerprints(['nacos.core.auth.plugin.nacos.token.secret.key', 'nacos.core.auth.plugin.nacos.token.cache.enable'])!;
  assert.equal(versionText(cached), '2.2.1–2.5.3');
  assert.equal(cached.detail, 'nacos.core.auth.plugin.nacos.token.cache.enable is only read from 2.2.1 on, and no 3.x-only key is present');
  assert.equal(versionFromFingerprints(['nacos.core.auth.plugin.nacos.token.cache.enable', 'nacos.core.auth.console.enabled'])!.version.major, 3);
});

test('image tags: latest is the newest 3.x', () => {
  assert.equal(NEWEST_3X, '3.2.3');
  assert.equal(versionFromImageTag('latest')!.version.text, '3.2.3');
  assert.equal(versionFromImageTag(undefined)!.version.text, '3.2.3');
  assert.equal(versionFromImageTag('v2.2.1-slim')!.version.text, '2.2.1');
  assert.equal(versionFromImageTag('${NACOS_VERSION}'), undefined);
  assert.equal(defaultVersion().from, 'default');
});

test('image tags: latest follows a version the user set; a tag whose Dockerfile builds another release is both (audit-plan §3.11)', () => {
  assert.equal(versionFromImageTag('latest', { version: V('1.2.1'), detail: 'set' })!.version.text, '1.2.1');
  const t = versionFromImageTag('v2.3.0')!;
  assert.equal(versionText(t), '2.2.3 or 2.3.0');
  assert.equal(t.version.text, '2.3.0');
  assert.deepEqual(candidateVersions(t).map(v => v.text), ['2.2.3', '2.3.0']);
  assert.match(t.detail, /builds Nacos 2\.2\.3/);
  assert.equal(versionText(versionFromImageTag('v1.4.3')!), '1.4.3 or 2.0.4');
  assert.equal(versionText(versionFromImageTag('v2.3.1')!), '2.3.1');
});

test('ranges: a verdict holds for a range only if it holds for every release in it', () => {
  const r = versionRange('1.2.0', '1.4.0', '1.4.0', 'content', 'x');
  assert.deepEqual(candidateVersions(r).map(v => v.text), ['1.2.0', '1.2.1', '1.3.0', '1.3.1', '1.3.2', '1.3.3', '1.4.0']);
  assert.ok(forAllVersions(r, v => v.major === 1));
  assert.ok(!forAllVersions(r, v => v.minor >= 3));
  assert.ok(forSomeVersion(r, v => v.minor >= 3));
  const point = versionRange('2.0.4', '2.0.4', '2.0.4', 'setting', 'x');
  assert.equal(point.range, undefined);
  assert.deepEqual(candidateVersions(point).map(v => v.text), ['2.0.4']);
  assert.throws(() => versionRange('1.2.0', '1.4.0', '2.0.0', 'content', 'x'));
  // Every release listed is a version literal, in order.
  for (let i = 1; i < RELEASES.length; i++) assert.ok(compareVersions(V(RELEASES[i - 1]), V(RELEASES[i])) < 0, RELEASES[i]);
});

// ---- known values (facts §3) -------------------------------------------------------------------------------

test('every published value of facts §3 is a known value', t => {
  if (!existsSync(FACTS)) { t.skip('facts document not present'); return; }
  const rows = tableRows(section(readFileSync(FACTS, 'utf8'), /^## 3\. /m, /^## 4\. /m));
  let pairs = 0;
  let secrets = 0;
  for (const [value, field] of rows) {
    const isIdentity = /identity/i.test(field);
    const isSecret = /secret|token/i.test(field);
    if (isIdentity) {
      for (const m of value.matchAll(/`([^`]+)`\s*\/\s*`([^`]+)`/g)) {
        assert.equal(isPublicIdentity(m[1], m[2], [])?.match, 'pair', `${m[1]} / ${m[2]}`);
        assert.equal(isPublicIdentity(m[1].toUpperCase(), m[2].toLowerCase(), [])?.match, 'pair', 'case-insensitive');
        pairs++;
      }
    }
    if (isSecret) {
      for (const m of value.matchAll(/`([^`]+)`/g)) {
        assert.ok(isPublicSecret(m[1], undefined, []), `secret ${m[1].slice(0, 8)}…`);
        secrets++;
      }
    }
    if (isIdentity && isSecret && /`nil`/.test(value)) assert.equal(isPublicIdentity('nil', 'nil', [])?.match, 'pair');
  }
  assert.ok(pairs >= 12, `identity pairs found in §3: ${pairs}`);
  assert.ok(secrets >= 12, `secrets found in §3: ${secrets}`);
  // and nothing in the data that the facts do not list
  const factsText = section(readFileSync(FACTS, 'utf8'), /^## 3\. /m, /^## 4\. /m);
  for (const p of PUBLIC_IDENTITY_PAIRS) assert.ok(factsText.includes(`\`${p.key}\``) && factsText.includes(`\`${p.value}\``), p.key);
  for (const s of PUBLIC_SECRETS) assert.ok(factsText.includes(`\`${s.secret}\``), s.secret.slice(0, 8));
});

test('isPublicIdentity: pair, value alone, key alone, extra', () => {
  assert.deepEqual(isPublicIdentity('serverIdentity', 'security', []), { match: 'pair', source: PUBLIC_IDENTITY_PAIRS[0].source });
  assert.equal(isPublicIdentity('my-node-id', 'SECURITY', [])?.match, 'value');
  assert.equal(isPublicIdentity('ServerIdentity', 'a8Fj2kLq9vX0pZ7mN3bC', [])?.match, 'key');
  assert.equal(isPublicIdentity('x-node', 'a8Fj2kLq9vX0pZ7mN3bC', []), undefined);
  assert.deepEqual(isPublicIdentity('x-node', 'OurOldSharedValue', ['ouroldsharedvalue']), { match: 'value', source: 'nacosAuthLint.knownValues' });
  assert.equal(isPublicIdentity('', '', []), undefined);
});

test('isPublicSecret compares raw strings and key bytes both ways', () => {
  const b64 = Buffer.from(OLD_DEFAULT).toString('base64');
  // raw old default on any version
  assert.ok(isPublicSecret(OLD_DEFAULT, decodeSecret(OLD_DEFAULT, 'lenient').bytes, []));
  // its Base64, decoded to the old default's text: matches by bytes
  assert.ok(isPublicSecret(b64, decodeSecret(b64, 'lenient').bytes, []));
  // a re-padded / quoted form that decodes to the same key
  assert.ok(isPublicSecret(`"VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg"`, decodeSecret(`"VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg"`, 'lenient').bytes, []));
  // the text the docs' key decodes to, used raw
  assert.ok(isPublicSecret('ThisIsMyCustomSecretKey012345678', undefined, []));
  // case-sensitive
  assert.equal(isPublicSecret(OLD_DEFAULT.toLowerCase(), undefined, []), undefined);
  const random = Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 97 + 13) & 0xff)).toString('base64');
  assert.equal(isPublicSecret(random, decodeSecret(random, 'lenient').bytes, []), undefined);
  assert.deepEqual(isPublicSecret(random, decodeSecret(random, 'lenient').bytes, [random]), { source: 'nacosAuthLint.knownValues' });
  assert.equal(isPublicSecret('', new Uint8Array(0), []), undefined);
});

test('the corpus env files and compose examples only use published values', t => {
  if (!existsSync(CORPUS)) { t.skip('corpus not present'); return; }
  const files: string[] = [];
  const walk = (d: string) => { for (const f of readdirSync(d)) { const p = resolve(d, f); if (statSync(p).isDirectory()) walk(p); else files.push(p); } };
  for (const d of readdirSync(CORPUS).filter(d => d.startsWith('nacos-docker-'))) {
    for (const sub of ['env', 'example']) if (existsSync(resolve(CORPUS, d, sub))) walk(resolve(CORPUS, d, sub));
  }
  let seen = 0;
  for (const f of files.filter(f => /\.(env|ya?ml)$/.test(f))) {
    const text = readFileSync(f, 'utf8');
    const get = (name: string) => [...text.matchAll(new RegExp(`^\\s*-?\\s*${name}\\s*[=:]\\s*(\\S+)\\s*$`, 'gm'))].map(m => m[1]);
    for (const token of get('NACOS_AUTH_TOKEN').filter(v => !v.includes('$'))) { assert.ok(isPublicSecret(token, undefined, []), f); seen++; }
    const keys = get('NACOS_AUTH_IDENTITY_KEY').filter(v => !v.includes('$'));
    const values = get('NACOS_AUTH_IDENTITY_VALUE').filter(v => !v.includes('$'));
    keys.forEach((k, i) => { if (values[i] !== undefined) { assert.equal(isPublicIdentity(k, values[i], [])?.match, 'pair', f); seen++; } });
  }
  assert.ok(seen > 10, `values checked: ${seen}`);
});

// ---- image env (facts §4.1) ---------------------------------------------------------------------------------

// Representative image versions of the columns of the facts §4.1 table.
const COLUMNS: string[][] = [
  ['1.2.0', '1.3.2', '1.4.0'],
  ['1.4.1', '1.4.3', '2.0.0', '2.0.3', '2.1.0'],
  ['2.1.1', '2.2.0', '2.2.0.1'],
  ['2.2.1'],
  ['2.2.2', '2.3.0', '2.4.3', '2.5.1', '2.5.3'],
  ['3.0.0', '3.0.1', '3.1.0', '3.2.0', '3.2.3'],
];

function propertyMatcher(text: string): (key: string) => boolean {
  const exact = /^`(nacos\.[^`]+)`/.exec(text);
  if (exact) return k => k === exact[1];
  if (/^`enable\.userAgentAuthWhite`/.test(text)) return k => k === 'nacos.core.auth.enable.userAgentAuthWhite';
  if (/^`-D(nacos\.[^`]+)`/.test(text)) { const p = /^`-D(nacos\.[^`]+)`/.exec(text)![1]; return k => k === p; }
  if (text.startsWith('secret')) return k => k.endsWith('.token.secret.key');
  if (text.startsWith('expire')) return k => k.endsWith('.token.expire.seconds');
  if (text.startsWith('identity key')) return k => k === 'nacos.core.auth.server.identity.key';
  if (text.startsWith('identity value')) return k => k === 'nacos.core.auth.server.identity.value';
  if (text.startsWith('`standalone`')) return k => k === 'nacos.standalone';
  throw new Error(`unmapped property column: ${text}`);
}

test('every env var of the facts §4.1 table is mapped as the table says, per image version', t => {
  if (!existsSync(FACTS)) { t.skip('facts document not present'); return; }
  const rows = tableRows(section(readFileSync(FACTS, 'utf8'), /^### 4\.1 /m, /^Evidence:/m));
  assert.ok(rows.length >= 15, `rows: ${rows.length}`);
  for (const row of rows) {
    const env = /^`([A-Z_]+)`$/.exec(row[0])?.[1] ?? row[0];
    assert.ok(KNOWN_IMAGE_ENV.has(env), `${env} is a known image variable`);
    const cells = row.slice(2);
    assert.equal(cells.length, COLUMNS.length, env);
    if (env in IMAGE_ARGUMENT_ENV) {
      assert.ok(cells.every(c => c === 'yes'), env);
      continue;
    }
    const isProperty = propertyMatcher(row[1]);
    let effective = '';
    cells.forEach((cell, col) => {
      // "same (…)" repeats the previous column
      if (cell.startsWith('same')) cell = effective; else effective = cell;
      const minimum = /\(v(\d+\.\d+(?:\.\d+)?)(?:\+|\.x)\)/.exec(cell)?.[1];
      for (const tag of COLUMNS[col]) {
        const v = V(tag);
        const mapped = imageEnvMappings(v).filter(m => m.env === env);
        const label = `${env} @ v${tag}: ${cell}`;
        const applies = !cell.startsWith('–') && !cell.includes('absent') && !(minimum && !versionAtLeast(v, minimum));
        if (!applies) {
          assert.equal(mapped.length, 0, label);
          continue;
        }
        assert.equal(mapped.length, 1, label);
        const m = mapped[0];
        assert.ok(isProperty(m.property), `${label} → ${m.property}`);
        if (cell.startsWith('D')) {
          assert.equal(m.mechanism, 'define', label);
          if (/only if non-empty/.test(cell)) assert.equal(m.defineWhen, 'non-empty', label);
        } else {
          assert.equal(m.mechanism, 'placeholder', label);
          if (/no default/.test(cell)) assert.equal(m.placeholderDefault, null, label);
          const def = /`:([^`]*)`/.exec(cell)?.[1];
          if (def !== undefined) {
            if (def.endsWith('…')) assert.ok(m.placeholderDefault?.startsWith(def.slice(0, -1)), label);
            else assert.equal(m.placeholderDefault, def, label);
          }
          if (/`default\.token\.secret\.key`|default\.\*/.test(cell)) assert.match(m.property, /\.default\.token\./, label);
          if (/`plugin\.nacos\.token\.secret\.key`|plugin\.\*/.test(cell)) assert.match(m.property, /\.plugin\.nacos\.token\./, label);
        }
        if (/entrypoint requires non-empty/.test(cell)) assert.ok(imageRequiredEnv(v).includes(env), label);
      }
    });
  }
});

test('image anomalies v1.4.4 / v2.1.0 and the 1.4.5+ line (facts §4.1 note)', () => {
  const token = (tag: string) => imageEnvMappings(V(tag)).find(m => m.env === 'NACOS_AUTH_TOKEN')!;
  assert.equal(token('1.4.4').property, 'nacos.core.auth.plugin.nacos.token.secret.key');
  assert.equal(token('1.4.4').serverIgnores, 'unknown');
  assert.equal(token('2.1.0').property, 'nacos.core.auth.default.token.secret.key');
  assert.equal(token('2.1.0').serverIgnores, 'unknown');
  assert.equal(token('2.1.1').serverIgnores, undefined);
  assert.equal(token('2.0.3').serverIgnores, undefined);
  assert.equal(token('1.4.5').property, 'nacos.core.auth.default.token.secret.key');
  assert.equal(token('1.4.5').placeholderDefault, '');
  assert.equal(imageEnvMappings(V('1.4.8')).find(m => m.env === 'NACOS_AUTH_IDENTITY_KEY')?.placeholderDefault, '');
  assert.deepEqual(imageAnomalies(V('v1.4.4')).map(a => a.env), ['NACOS_AUTH_TOKEN']);
  assert.deepEqual(imageAnomalies(V('v2.1.0-slim')).map(a => a.env), ['NACOS_AUTH_TOKEN']);
  assert.deepEqual(imageAnomalies(V('v2.1.1')), []);
  // userAgentAuthWhite is still mapped on v2.5.x but the server ignores it; v3 no longer maps it
  assert.equal(imageEnvMappings(V('2.5.1')).find(m => m.env === 'NACOS_AUTH_USER_AGENT_AUTH_WHITE_ENABLE')?.serverIgnores, 'ignored');
  assert.equal(imageEnvMappings(V('3.0.0')).find(m => m.env === 'NACOS_AUTH_USER_AGENT_AUTH_WHITE_ENABLE'), undefined);
  assert.ok(KNOWN_IMAGE_ENV.has('NACOS_AUTH_USER_AGENT_AUTH_WHITE_ENABLE'));
  const mode = imageEnvMappings(V('2.3.0')).find(m => m.env === 'MODE')!;
  assert.deepEqual(mode.defineWhen, { equals: 'standalone', value: 'true' });
});

test('3.x entrypoint requirements (facts §4.2)', () => {
  assert.deepEqual(imageRequiredEnv(V('2.5.3')), []);
  assert.deepEqual(imageRequiredEnv(V('3.0.0')), ['NACOS_AUTH_TOKEN', 'NACOS_AUTH_IDENTITY_KEY', 'NACOS_AUTH_IDENTITY_VALUE']);
  assert.deepEqual(imageRequiredEnv(V(NEWEST_3X)), ['NACOS_AUTH_TOKEN', 'NACOS_AUTH_IDENTITY_KEY', 'NACOS_AUTH_IDENTITY_VALUE']);
  assert.equal(satisfiesRequiredEnv(undefined), false);
  assert.equal(satisfiesRequiredEnv(''), false);
  assert.equal(satisfiesRequiredEnv('   '), true, '[[ -z ]] lets white space pass');
  const noDefault = imageEnvMappings(V('2.2.1')).filter(m => m.placeholderDefault === null).map(m => m.env);
  assert.deepEqual(noDefault.sort(), ['NACOS_AUTH_IDENTITY_KEY', 'NACOS_AUTH_IDENTITY_VALUE', 'NACOS_AUTH_TOKEN']);
});

test('imageAuthProperties equals the auth lines of the real image files (corpus)', t => {
  if (!existsSync(CORPUS)) { t.skip('corpus not present'); return; }
  const tags = ['v2.0.3', 'v2.2.0', 'v2.2.1', 'v2.3.0', 'v2.5.1', 'v3.0.0', 'v3.2.3'];
  for (const tag of tags) {
    const file = resolve(CORPUS, `nacos-docker-${tag}/build/conf/application.properties`);
    assert.ok(existsSync(file), file);
    assert.deepEqual(imageAuthProperties(V(tag)), authLines(file), tag);
  }
  // every corpus tag is recorded as verified, and nothing else is
  const verified = IMAGE_PROPERTIES_FILES.flatMap(f => f.verifiedAt).sort();
  assert.deepEqual(verified, [...tags].sort());
  for (const f of IMAGE_PROPERTIES_FILES) for (const tag of f.verifiedAt) assert.ok(inVersionRange(V(tag), f.range), tag);
});

test('parsePlaceholder', () => {
  assert.deepEqual(parsePlaceholder('${NACOS_AUTH_TOKEN}'), { name: 'NACOS_AUTH_TOKEN', default: null });
  assert.deepEqual(parsePlaceholder('${NACOS_AUTH_TOKEN:}'), { name: 'NACOS_AUTH_TOKEN', default: '' });
  assert.deepEqual(parsePlaceholder('${A:/x:y,/**}'), { name: 'A', default: '/x:y,/**' });
  assert.equal(parsePlaceholder('false'), undefined);
  assert.equal(parsePlaceholder('a${B}'), undefined);
});

test('relaxedEnvToProperty: Spring SystemEnvironmentPropertySource names', () => {
  assert.equal(relaxedEnvToProperty('NACOS_CORE_AUTH_SERVER_IDENTITY_KEY'), 'nacos.core.auth.server.identity.key');
  assert.equal(relaxedEnvToProperty('NACOS_CORE_AUTH_PLUGIN_NACOS_TOKEN_SECRET_KEY'), 'nacos.core.auth.plugin.nacos.token.secret.key');
  assert.equal(relaxedEnvToProperty('NACOS_CORE_AUTH_ENABLED'), 'nacos.core.auth.enabled');
  assert.equal(relaxedEnvToProperty('NACOS_CORE_AUTH_ENABLE_USERAGENTAUTHWHITE'), 'nacos.core.auth.enable.userAgentAuthWhite');
  assert.equal(relaxedEnvToProperty('nacos_core_auth_enable_userAgentAuthWhite'), 'nacos.core.auth.enable.userAgentAuthWhite');
  assert.equal(relaxedEnvToProperty('nacos.core.auth.enabled'), 'nacos.core.auth.enabled');
  assert.equal(relaxedEnvToProperty('NACOS_STANDALONE'), 'nacos.standalone');
  assert.equal(relaxedEnvToProperty('Nacos_Core_Auth_Enabled'), undefined);
  assert.equal(relaxedEnvToProperty('NACOS_AUTH_TOKEN'), undefined);
  assert.equal(relaxedEnvToProperty('nacos.auth.enable'), undefined);
});

test('suggestEnv: invented names (facts §4.2, §6.5)', () => {
  assert.equal(suggestEnv('NACOS_TOKEN_SECRET_KEY'), 'NACOS_AUTH_TOKEN');
  assert.equal(suggestEnv('NACOS_AUTH_SECRET'), 'NACOS_AUTH_TOKEN');
  assert.equal(suggestEnv('nacos.auth.enable'), 'NACOS_AUTH_ENABLE');
  assert.equal(suggestEnv('NACOS_AUTH_ENABLED'), 'NACOS_AUTH_ENABLE');
  assert.equal(suggestEnv('NACOS_AUTH_IDENTITY_KYE'), 'NACOS_AUTH_IDENTITY_KEY');
  assert.equal(suggestEnv('NACOS_AUTH_SOMETHING_ELSE_ENTIRELY'), undefined);
});

// ---- properties (facts §1.1, §1.2, §2) ----------------------------------------------------------------------

test('isReadBy follows facts §1.1 / §2', () => {
  const cases: [string, string, 'read' | 'ignored' | 'unknown'][] = [
    ['nacos.core.auth.enable.userAgentAuthWhite', '1.4.0', 'unknown'],
    ['nacos.core.auth.enable.userAgentAuthWhite', '1.4.1', 'read'],
    ['nacos.core.auth.enable.userAgentAuthWhite', '2.4.3', 'read'],
    ['nacos.core.auth.enable.userAgentAuthWhite', '2.5.0', 'ignored'],
    ['nacos.core.auth.enable.userAgentAuthWhite', '2.5.1', 'ignored'],
    ['nacos.core.auth.enable.userAgentAuthWhite', '3.0.0', 'unknown'],
    ['nacos.core.auth.admin.enabled', '2.5.1', 'unknown'],
    ['nacos.core.auth.admin.enabled', '3.0.0', 'read'],
    ['nacos.core.auth.console.enabled', '3.2.3', 'read'],
    ['nacos.core.auth.default.token.secret.key', '2.0.4', 'read'],
    ['nacos.core.auth.default.token.secret.key', '2.1.0', 'unknown'],
    ['nacos.core.auth.plugin.nacos.token.secret.key', '2.0.4', 'unknown'],
    ['nacos.core.auth.plugin.nacos.token.secret.key', '2.1.0', 'read'],
    ['nacos.core.auth.plugin.nacos.token.cache.enable', '2.2.0.1', 'unknown'],
    ['nacos.core.auth.plugin.nacos.token.cache.enable', '2.2.1', 'read'],
    ['nacos.core.auth.server.identity.key', '1.4.0', 'unknown'],
    ['nacos.core.auth.server.identity.key', '1.4.1', 'read'],
    ['nacos.core.auth.ldap.userdn', '2.0.3', 'read'],
    ['nacos.core.auth.ldap.userdn', '2.1.0', 'unknown'],
    ['nacos.core.auth.ldap.userDn', '2.1.0', 'read'],
    ['nacos.core.auth.no.such.key', '2.3.0', 'unknown'],
  ];
  for (const [key, v, want] of cases) assert.equal(isReadBy(key, V(v)), want, `${key} @ ${v}`);
});

test('jar-embedded defaults: facts §1.2 table', () => {
  const secret = (v: string) => jarDefault(versionAtLeast(V(v), '2.1.0')
    ? 'nacos.core.auth.plugin.nacos.token.secret.key' : 'nacos.core.auth.default.token.secret.key', V(v));
  const id = (v: string) => [jarDefault('nacos.core.auth.server.identity.key', V(v)), jarDefault('nacos.core.auth.server.identity.value', V(v))];
  for (const v of ['1.2.0', '1.4.1', '1.4.4', '1.4.5', '1.4.8', '2.0.0', '2.0.4', '2.1.0', '2.2.0']) assert.equal(secret(v), OLD_DEFAULT, v);
  for (const v of ['2.2.0.1', '2.2.1', '2.5.1', '3.0.0']) assert.equal(secret(v), '', v);
  assert.deepEqual(id('1.4.1'), [undefined, undefined]);
  for (const v of ['1.4.2', '1.4.4', '2.0.0', '2.1.0', '2.2.0', '2.2.0.1']) assert.deepEqual(id(v), ['serverIdentity', 'security'], v);
  for (const v of ['1.4.5', '1.4.8', '2.2.1', '2.5.1', '3.2.3']) assert.deepEqual(id(v), ['', ''], v);
  assert.equal(jarDefault('nacos.core.auth.default.token.secret.key', V('2.1.0')), undefined, 'not read');
  // audit B2, plan §2.4, §2.7: the lines every jar carries.
  const ua = 'nacos.core.auth.enable.userAgentAuthWhite';
  assert.equal(jarDefault(ua, V('1.4.1')), undefined, '1.4.1 jar has no line');
  for (const v of ['1.4.2', '1.4.5', '2.0.0', '2.0.2', '2.4.3']) assert.equal(jarDefault(ua, V(v)), 'false', v);
  for (const v of ['1.2.0', '1.4.5', '2.0.3', '2.5.1', '3.0.0', '3.2.3']) assert.equal(jarDefault('nacos.core.auth.system.type', V(v)), 'nacos', v);
  assert.equal(jarDefault('nacos.core.auth.default.token.expire.seconds', V('1.2.1')), undefined, '1.2.x jar has no line');
  assert.equal(jarDefault('nacos.core.auth.default.token.expire.seconds', V('1.3.0')), '18000');
});

test('code defaults: facts §1.1', () => {
  assert.equal(codeDefault('nacos.core.auth.enabled', V('2.3.0')), 'false');
  assert.equal(codeDefault('nacos.core.auth.admin.enabled', V('3.0.0')), 'true');
  assert.equal(codeDefault('nacos.core.auth.admin.enabled', V('2.5.1')), undefined);
  assert.equal(codeDefault('nacos.core.auth.console.enabled', V('3.0.0')), 'true');
  assert.equal(codeDefault('nacos.core.auth.enable.userAgentAuthWhite', V('2.0.2')), 'true');
  assert.equal(codeDefault('nacos.core.auth.enable.userAgentAuthWhite', V('2.0.3')), 'false');
  assert.equal(codeDefault('nacos.core.auth.enable.userAgentAuthWhite', V('2.5.1')), 'false');
  assert.equal(codeDefault('nacos.core.auth.system.type', V('2.0.0')), '');
  assert.equal(codeDefault('nacos.core.auth.system.type', V('1.2.0')), '', 'from 1.2.0 (audit C1)');
  assert.equal(codeDefault('nacos.core.auth.default.token.expire.seconds', V('1.2.1')), '1800', 'audit D9');
  assert.equal(codeDefault('nacos.core.auth.default.token.expire.seconds', V('1.4.0')), '1800');
  assert.equal(codeDefault('nacos.core.auth.default.token.expire.seconds', V('1.4.1')), '18000');
  assert.equal(codeDefault('nacos.core.auth.caching.enabled', V('3.0.0')), 'true');
  assert.equal(codeDefault('nacos.core.auth.plugin.nacos.token.expire.seconds', V('2.1.0')), '18000');
  assert.equal(codeDefault('nacos.security.ignore.urls', V('2.1.0')), '/**');
  assert.equal(codeDefault('nacos.core.auth.server.identity.value', V('2.2.1')), '');
});

test('shipped values equal the distribution files (corpus)', t => {
  if (!existsSync(CORPUS)) { t.skip('corpus not present'); return; }
  const dirs = readdirSync(CORPUS).filter(d => d.startsWith('nacos-distribution-'));
  assert.ok(dirs.length >= 10);
  for (const d of dirs) {
    const v = V(d.slice('nacos-distribution-'.length));
    const lines = new Map(authLines(resolve(CORPUS, d, 'conf/application.properties')).map(l => [l.key, l.value]));
    for (const p of AUTH_PROPERTIES) assert.equal(shippedValue(p.key, v), lines.get(p.key), `${p.key} @ ${v.text}`);
    for (const key of lines.keys()) assert.ok(authProperty(key), `${key} @ ${v.text} is catalogued`);
  }
});

// The source tags' distribution confs cover more releases than the packaged ones above (1.2.0, 1.3.0, 1.4.0: the
// console-fe ignore.urls of audit H9; 2.0.0's userAgentAuthWhite=true, …).
test('shipped values equal the distribution confs of the source tags (corpus nacos-src)', t => {
  const src = resolve(CORPUS, 'nacos-src');
  if (!existsSync(src)) { t.skip('corpus not present'); return; }
  const tags = readdirSync(src).filter(d => /^\d/.test(d) && existsSync(resolve(src, d, 'distribution/conf/application.properties')));
  assert.ok(tags.length >= 20, `${tags.length} tags`);
  for (const tag of tags) {
    const v = V(tag);
    const lines = new Map(authLines(resolve(src, tag, 'distribution/conf/application.properties')).map(l => [l.key, l.value]));
    for (const p of AUTH_PROPERTIES) assert.equal(shippedValue(p.key, v), lines.get(p.key), `${p.key} @ ${tag}`);
  }
  assert.match(shippedValue('nacos.security.ignore.urls', V('1.2.0')) ?? '', /\/console-fe\/public\/\*\*/);
  assert.match(shippedValue('nacos.security.ignore.urls', V('1.4.1')) ?? '', /\/console-ui\/public\/\*\*/);
});

test('catalogue shape: types, parsers, descriptions', () => {
  const keys = AUTH_PROPERTIES.map(p => p.key);
  assert.equal(new Set(keys).size, keys.length, 'unique keys');
  for (const p of AUTH_PROPERTIES) {
    assert.ok(p.description.en.length > 10 && p.description.zh.length > 5, p.key);
    assert.equal(p.type === 'boolean', p.booleanParser !== undefined, p.key);
  }
  assert.equal(authProperty('nacos.core.auth.caching.enabled')?.booleanParser, 'nacos-convert');
  assert.equal(authProperty('nacos.core.auth.enabled')?.booleanParser, 'spring');
  assert.equal(authProperty('nacos.core.auth.plugin.nacos.token.secret.key')?.type, 'secret');
  assert.equal(authProperty('nacos.core.auth.default.token.secret.key')?.renamedTo, 'nacos.core.auth.plugin.nacos.token.secret.key');
  assert.ok(isPluginPassThrough('nacos.core.auth.plugin.custom.foo', V('2.1.0')));
  assert.ok(!isPluginPassThrough('nacos.core.auth.plugin.custom.foo', V('2.0.4')));
  assert.ok(!isPluginPassThrough('nacos.core.auth.plugin.nacos.token.secret', V('2.3.0')), 'typos under the nacos plugin are not pass-through');
});

test('boolean parsers: Spring vs Nacos ConvertUtils (facts §1.10)', () => {
  for (const s of ['true', 'TRUE', ' on', 'yes ', '1', 'Yes']) assert.equal(parseSpringBoolean(s), true, s);
  for (const s of ['false', 'OFF', 'no', '0', ' false\t']) assert.equal(parseSpringBoolean(s), false, s);
  for (const s of ['ture', 'enable', '', 'y', 't', '2']) assert.equal(parseSpringBoolean(s), undefined, s);
  for (const s of ['true', 'TRUE', 'on', 'yes', 'y', 'T']) assert.equal(parseNacosBoolean(s), true, s);
  for (const s of ['true ', ' true', 'false', '1', 'enable', '']) assert.equal(parseNacosBoolean(s), false, s);
  assert.equal(parseAuthBoolean('nacos.core.auth.caching.enabled', 'true '), false);
  assert.equal(parseAuthBoolean('nacos.core.auth.enabled', 'true '), true);
  // Per version (audit D2, D6): enabled ≤ 2.0.2 through commons-lang3 BooleanUtils; 3.x admin.enabled false when unparsable.
  assert.equal(parseAuthBoolean('nacos.core.auth.enabled', 'true ', V('2.0.2')), false);
  assert.equal(parseAuthBoolean('nacos.core.auth.enabled', '1', V('1.4.5')), false);
  assert.equal(parseAuthBoolean('nacos.core.auth.enabled', 'y', V('1.2.0')), true);
  assert.equal(parseAuthBoolean('nacos.core.auth.enabled', 'y', V('2.0.3')), undefined);
  assert.equal(parseAuthBoolean('nacos.core.auth.admin.enabled', 'ture', V('3.0.0')), false);
  assert.equal(parseAuthBoolean('nacos.core.auth.admin.enabled', 'on', V('3.0.0')), true);
});

test('suggestKey: inventions, spellings, typos', () => {
  assert.equal(suggestKey('nacos.auth.enable'), 'nacos.core.auth.enabled');
  assert.equal(suggestKey('nacos.core.auth.enable'), 'nacos.core.auth.enabled');
  assert.equal(suggestKey('nacos.core.auth.enabeld'), 'nacos.core.auth.enabled');
  assert.equal(suggestKey('nacos.core.auth.server.identity.kye'), 'nacos.core.auth.server.identity.key');
  assert.equal(suggestKey('nacos.core.auth.server.identityKey'), 'nacos.core.auth.server.identity.key');
  assert.equal(suggestKey('nacos.core.auth.enable.useragentauthwhite'), 'nacos.core.auth.enable.userAgentAuthWhite');
  assert.equal(suggestKey('nacos.core.auth.plugin.nacos.token.secert.key'), 'nacos.core.auth.plugin.nacos.token.secret.key');
  assert.equal(suggestKey('nacos.core.auth.token.secret.key'), 'nacos.core.auth.plugin.nacos.token.secret.key');
  assert.equal(suggestKey('nacos.core.auth.server.identity'), 'nacos.core.auth.server.identity.key');
  assert.equal(suggestKey('spring.datasource.url'), undefined);
  assert.equal(suggestKey('nacos.core.auth.enabled'), undefined, 'known keys get no suggestion');
});

test('AUTH_PLUGIN_TYPES (facts §1.8)', () => {
  assert.deepEqual(AUTH_PLUGIN_TYPES(V('1.4.1')), ['nacos']);
  assert.deepEqual(AUTH_PLUGIN_TYPES(V('2.0.1')), ['nacos', 'ldap']);
  assert.deepEqual(AUTH_PLUGIN_TYPES(V('3.1.0')), ['nacos', 'ldap']);
  assert.deepEqual(AUTH_PLUGIN_TYPES(V('3.2.0')), ['nacos', 'ldap', 'oidc']);
});

test('auth-required predicates (SPEC §4, facts §1.3, §1.6)', () => {
  // ≤ 2.5: nacos.core.auth.enabled
  assert.equal(identityRequired(V('2.5.1'), {}), false);
  assert.equal(identityRequired(V('2.5.1'), { enabled: true }), true);
  assert.equal(identityRequired(V('1.4.0'), { enabled: true }), false, 'no identity before 1.4.1');
  assert.deepEqual(identityRequirement(V('2.3.0'), { enabled: true, standalone: true }), { required: true, timing: 'startup', reason: 'auth-enabled' });
  assert.deepEqual(identityRequirement(V('2.3.1'), { enabled: true, standalone: true }), { required: true, timing: 'request', reason: 'auth-enabled' });
  assert.equal(identityRequirement(V('2.2.0.1'), { enabled: true }).timing, 'request');
  assert.equal(identityRequirement(V('1.4.5'), { enabled: true }).timing, 'startup');
  // 1.4.1–2.4.x: userAgentAuthWhite=true skips the runtime check (facts §1.5 step 1), not the startup check
  assert.deepEqual(identityRequirement(V('2.0.3'), { enabled: true, userAgentAuthWhite: true }), { required: false, timing: 'none', reason: 'not-required', waivedBy: 'userAgentAuthWhite' });
  // The code default is true up to 2.0.2, but the jar's own line says false from 1.4.2 (audit B2): only 1.4.1 waives.
  assert.equal(identityRequirement(V('1.4.1'), { enabled: true }).waivedBy, 'userAgentAuthWhite', '1.4.1: code default true, no jar line');
  assert.deepEqual(identityRequirement(V('2.0.2'), { enabled: true }), { required: true, timing: 'request', reason: 'auth-enabled' }, 'jar false from 1.4.2');
  assert.equal(identityRequirement(V('1.4.3'), { enabled: true, userAgentAuthWhite: false }).timing, 'request');
  assert.equal(identityRequirement(V('2.0.3'), { enabled: true }).required, true, 'code default false from 2.0.3');
  assert.equal(identityRequirement(V('2.2.1'), { enabled: true, userAgentAuthWhite: true }).timing, 'startup');
  assert.equal(identityRequirement(V('2.4.3'), { enabled: true, standalone: true, userAgentAuthWhite: true }).required, false);
  assert.equal(identityRequirement(V('2.5.1'), { enabled: true, standalone: true, userAgentAuthWhite: true }).required, true, 'ignored on 2.5');
  // 3.x identity: enabled || admin.enabled (default true)
  assert.deepEqual(identityRequirement(V('3.0.0'), {}), { required: true, timing: 'startup', reason: 'admin-enabled-default' });
  assert.equal(identityRequirement(V('3.0.0'), { adminEnabled: true }).reason, 'admin-enabled');
  assert.equal(identityRequired(V('3.0.0'), { adminEnabled: false, standalone: true }), false);
  assert.equal(identityRequired(V('3.0.0'), { adminEnabled: false, consoleEnabled: false }), false);
  assert.equal(identityRequired(V('3.0.0'), { adminEnabled: false, enabled: true }), true);
  assert.equal(identityRequired(V('3.2.3'), { consoleEnabled: false }), true, 'admin alone requires it');
  // 3.x: the default auth plugin also requires it for console auth on a node that is not standalone (audit A11).
  assert.deepEqual(identityRequirement(V('3.0.0'), { adminEnabled: false }), { required: true, timing: 'startup', reason: 'console-enabled-default-cluster' });
  assert.equal(identityRequirement(V('3.0.3'), { adminEnabled: false, consoleEnabled: true }).reason, 'console-enabled-cluster');
  // secret
  assert.deepEqual(secretRequirement(V('2.1.0'), { enabled: true }), { required: true, timing: 'login', reason: 'auth-enabled' });
  assert.equal(secretRequired(V('2.1.0'), {}), false);
  for (const v of ['2.2.0', '2.2.0.1', '2.2.1']) assert.deepEqual(secretRequirement(V(v), {}), { required: true, timing: 'startup', reason: 'always' }, v);
  assert.equal(secretRequired(V('2.2.2'), {}), false);
  assert.equal(secretRequired(V('2.5.1'), { enabled: true }), true);
  assert.deepEqual(secretRequirement(V('3.0.0'), {}), { required: true, timing: 'startup', reason: 'console-enabled-default' });
  assert.equal(secretRequired(V('3.0.0'), { consoleEnabled: false }), false);
  assert.equal(secretRequired(V('3.0.0'), { consoleEnabled: false, adminEnabled: true }), false, 'admin does not matter for the secret');
  assert.equal(secretRequired(V('3.0.0'), { consoleEnabled: false, enabled: true }), true);
});
