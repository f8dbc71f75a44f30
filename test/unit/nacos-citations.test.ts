// Every fact row of server/src/core/nacos/ cites where upstream decides it (issue 14, "Ground the facts in the source").
// This test checks each citation against ../shared/corpus: the file and line exist, the quote (if any) is on the line
// or within CITE_WINDOW lines after it, the fact's literal (default value, property name, env name, message) is there,
// every cited tag lies inside the fact's version range, and every `absentIn` path really lacks the literal.
// Facts marked `unverified` / `contradicted` are listed with their counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../corpus';
import { CITE_WINDOW, type Sourced } from '../../server/src/core/nacos/citations';
import {
  AUTH_PROPERTIES, BOOLEAN_PARSER_SOURCES, HARDCODED_USER_AGENT_BYPASS, IDENTITY_ERAS, PLUGIN_TYPES, SECRET_ERAS, authProperty, suggestKey, type AuthProperty,
} from '../../server/src/core/nacos/authProperties';
import { DECODER_ERAS, DECODER_SOURCES } from '../../server/src/core/nacos/decoders';
import { PUBLIC_IDENTITY_PAIRS, PUBLIC_SECRETS } from '../../server/src/core/nacos/knownValues';
import {
  DEFINES, IMAGE_ANOMALIES, IMAGE_ARGUMENT_ENV, IMAGE_ARGUMENT_ENV_SOURCES, IMAGE_ENV_DEFAULTS, IMAGE_ENV_DEFAULTS_SOURCES,
  KNOWN_IMAGE_ENV, OTHER_IMAGE_ENV_ROWS, RELAXED_ENV_SOURCE, REQUIRED_ENV, suggestEnv,
} from '../../server/src/core/nacos/imageEnv';
import { IMAGE_PROPERTIES_FILES, imagePlaceholderEnvNames } from '../../server/src/core/nacos/imageProperties';
import {
  ABSENCE_EVIDENCE, FINGERPRINTS, IMAGE_SERVER_VERSIONS, NEWEST_3X, NEWEST_3X_SOURCE, inVersionRange, parseVersion, type NacosVersion, type VersionRange,
} from '../../server/src/core/nacos/versions';

// ---- the facts --------------------------------------------------------------------------------------------------

/** What a cite window must contain beyond its own quote. */
type Check =
  | { kind: 'key'; key: string }            // the key, or a quoted suffix of it ("token.secret.key"), unless quoted
  | { kind: 'value'; value: string }        // a code default: the value (digit separators ignored; '' = `:}` or `""`)
  | { kind: 'propLine'; key: string; value: string | undefined } // the cited line is exactly key=value (or #key=… when undefined)
  | { kind: 'contains'; any: string[]; ci?: boolean } // one of these strings, unless quoted
  | { kind: 'quoted' }                      // every cite carries a quote
  | { kind: 'imageFile'; lines: string[] }; // the cited line is lines[0]; the file's auth lines are exactly `lines`

interface Fact {
  id: string;
  s: Sourced;
  check: Check;
  /** Every cite's tag lies inside; an absentIn path without its own literal lies outside. */
  range?: VersionRange;
  /** Each must occur in at least one cite window (the fact's literals). */
  somewhere?: string[];
  /** The literal an absentIn path without its own literal must lack. */
  literal?: string;
}

function rows(p: AuthProperty): Fact[] {
  const out: Fact[] = [];
  const k = p.key;
  out.push({ id: `${k} read`, s: p.sources.read, check: { kind: 'key', key: k }, range: p.read, somewhere: [k], literal: k });
  if (p.ignored) {
    assert.ok(p.sources.ignored, `${k}: ignored has no sources`);
    out.push({ id: `${k} ignored`, s: p.sources.ignored, check: { kind: 'key', key: k }, range: p.ignored, literal: k });
  }
  if (p.booleanParser) {
    assert.ok(p.sources.booleanParser, `${k}: booleanParser has no sources`);
    const readOrIgnored = { from: p.read.from, to: p.ignored?.to ?? p.read.to };
    out.push({ id: `${k} booleanParser=${p.booleanParser}`, s: p.sources.booleanParser, check: { kind: 'quoted' }, range: readOrIgnored });
  }
  for (const [table, values] of [['codeDefault', p.codeDefault], ['jarDefault', p.jarDefault], ['shipped', p.shipped]] as const) {
    values.forEach((v, i) => {
      const check: Check = table === 'codeDefault' ? { kind: 'value', value: v.value ?? '' } : { kind: 'propLine', key: k, value: v.value };
      out.push({ id: `${k} ${table}[${i}]=${JSON.stringify(v.value)}`, s: v, check, range: { from: v.from, to: v.to }, literal: `${k}=` });
    });
    const note = p.sources[table];
    if (note) out.push({ id: `${k} ${table} (table)`, s: note, check: { kind: 'key', key: k }, literal: k });
  }
  return out;
}

function allFacts(): Fact[] {
  const facts: Fact[] = AUTH_PROPERTIES.flatMap(rows);
  for (const t of PLUGIN_TYPES) facts.push({ id: `plugin type ${t.name}`, s: t, check: { kind: 'contains', any: [t.name], ci: true }, range: t.range, literal: t.name });
  IDENTITY_ERAS.forEach((e, i) => facts.push({ id: `identity era ${i} ${JSON.stringify(e.range)} ${e.scope}/${e.timing}`, s: e, check: { kind: 'quoted' }, range: e.range }));
  SECRET_ERAS.forEach((e, i) => facts.push({ id: `secret era ${i} ${JSON.stringify(e.range)} ${e.scope}/${e.timing}`, s: e, check: { kind: 'quoted' }, range: e.range }));
  facts.push({ id: 'hard-coded User-Agent bypass before 1.4.1', s: HARDCODED_USER_AGENT_BYPASS, check: { kind: 'quoted' }, range: HARDCODED_USER_AGENT_BYPASS.range });
  for (const [name, s] of Object.entries(BOOLEAN_PARSER_SOURCES)) facts.push({ id: `boolean parser ${name} semantics`, s, check: { kind: 'quoted' } });
  DECODER_ERAS.forEach((e, i) => facts.push({ id: `decoder era ${i} ${e.kind}`, s: e, check: { kind: 'quoted' }, range: e.range }));
  for (const [name, s] of Object.entries(DECODER_SOURCES)) facts.push({ id: `decoder ${name}`, s, check: { kind: 'quoted' } });
  for (const p of PUBLIC_IDENTITY_PAIRS) {
    facts.push({ id: `public identity ${p.key}/${p.value}`, s: p, check: { kind: 'contains', any: [p.key, p.value] }, somewhere: [p.key, p.value] });
  }
  PUBLIC_SECRETS.forEach((p, i) => facts.push({ id: `public secret ${i} ${p.secret.slice(0, 12)}…`, s: p, check: { kind: 'contains', any: [p.secret] } }));
  for (const d of DEFINES) {
    facts.push({ id: `image -D ${d.env}`, s: d, check: { kind: 'contains', any: [d.env] }, range: d.range, somewhere: [d.env, `-D${d.property}=`], literal: d.env });
  }
  for (const [env, value] of Object.entries(IMAGE_ENV_DEFAULTS)) {
    const s = IMAGE_ENV_DEFAULTS_SOURCES[env];
    assert.ok(s, `IMAGE_ENV_DEFAULTS.${env} has no sources`);
    facts.push({ id: `image default ${env}=${value}`, s, check: { kind: 'quoted' }, somewhere: [`${env}="${value}"`] });
  }
  for (const r of REQUIRED_ENV) {
    facts.push({ id: `image requires ${r.env}`, s: r, check: { kind: 'contains', any: [r.env] }, range: r.range, somewhere: [`echo "${r.message}"`, `[[ -z "\${${r.env}}" ]]`] });
  }
  for (const env of Object.keys(IMAGE_ARGUMENT_ENV)) {
    const s = IMAGE_ARGUMENT_ENV_SOURCES[env];
    assert.ok(s, `IMAGE_ARGUMENT_ENV.${env} has no sources`);
    facts.push({ id: `image ${env} position`, s, check: { kind: 'quoted' } });
  }
  for (const a of IMAGE_ANOMALIES) facts.push({ id: `image anomaly ${JSON.stringify(a.range)} ${a.env}`, s: a, check: { kind: 'quoted' }, range: a.range, somewhere: [a.env] });
  for (const r of OTHER_IMAGE_ENV_ROWS) facts.push({ id: `image reads ${r.env}`, s: r, check: { kind: 'contains', any: [r.env] } });
  facts.push({ id: 'Spring relaxed env binding', s: RELAXED_ENV_SOURCE, check: { kind: 'quoted' } });
  IMAGE_PROPERTIES_FILES.forEach((f, i) => {
    const lines = f.lines.split('\n').filter(l => l.trim() !== '');
    facts.push({ id: `image properties file ${i} ${JSON.stringify(f.range)}`, s: f, check: { kind: 'imageFile', lines }, range: f.range });
  });
  facts.push({ id: `NEWEST_3X=${NEWEST_3X}`, s: NEWEST_3X_SOURCE, check: { kind: 'quoted' }, somewhere: [NEWEST_3X] });
  for (const f of FINGERPRINTS) facts.push({ id: `fingerprint ${f.keys.join(',')}`, s: f, check: { kind: 'contains', any: [...f.keys] } });
  for (const [name, s] of Object.entries(ABSENCE_EVIDENCE)) facts.push({ id: `absence evidence ${name}`, s, check: { kind: 'quoted' } });
  for (const r of IMAGE_SERVER_VERSIONS) facts.push({ id: `image v${r.tag} builds ${r.server}`, s: r, check: { kind: 'quoted' }, somewhere: [r.server] });
  return facts;
}

const FACTS = allFacts();

// ---- citations ----------------------------------------------------------------------------------------------------

interface ParsedCite {
  path: string;
  line: number;
  quote?: string;
}

const CITE_RE = /^(\S+):(\d+)(?: (.+))?$/s;

function parseCite(c: string): ParsedCite {
  const m = CITE_RE.exec(c);
  assert.ok(m, `citation is not <path>:<line>[ <quote>]: ${c}`);
  return { path: m[1], line: Number(m[2]), quote: m[3] };
}

/** `path` or `path literal` (the literal the path must lack; default: the fact's own). */
function parseAbsent(a: string): { path: string; literal?: string } {
  const sp = a.indexOf(' ');
  return sp < 0 ? { path: a } : { path: a.slice(0, sp), literal: a.slice(sp + 1) };
}

// HEAD-486e198 is develop after 3.0.3 and before 3.1.0 (pom 3.1.0-SNAPSHOT); its files equal 3.0.3.
const HEAD_AS = '3.0.3.99';

/** The release a corpus path belongs to (nacos-src/<tag>, nacos-distribution-<tag>, nacos-docker-v<tag>), if any. */
function tagOf(path: string): NacosVersion | undefined {
  const m = /^nacos-src\/([^/]+)/.exec(path) ?? /^nacos-distribution-([^/]+)/.exec(path) ?? /^nacos-docker-v([^/]+)/.exec(path);
  if (!m) return undefined;
  return parseVersion(m[1].startsWith('HEAD-') ? HEAD_AS : m[1]);
}

const fileCache = new Map<string, string[]>();
function linesOf(corpus: string, rel: string): string[] {
  let hit = fileCache.get(rel);
  if (!hit) {
    hit = readFileSync(join(corpus, rel), 'latin1').split(/\r?\n/);
    fileCache.set(rel, hit);
  }
  return hit;
}

function filesUnder(corpus: string, rel: string): string[] {
  const abs = join(corpus, rel);
  if (statSync(abs).isFile()) return [rel];
  return readdirSync(abs).flatMap(n => filesUnder(corpus, `${rel}/${n}`));
}

const normalize = (s: string) => s.replace(/(\d)_(?=\d)/g, '$1');

/** Non-comment auth lines (`nacos.core.auth.*`, `nacos.security.ignore.urls`) of a properties file, as written. */
function authLines(lines: string[]): string[] {
  return lines.filter(l => /^\s*(nacos\.core\.auth\.|nacos\.security\.ignore\.urls)/.test(l)).map(l => l.trim());
}

function checkWindow(f: Fact, c: ParsedCite, window: string[], text: string): string | undefined {
  const line = window[0];
  const ck = f.check;
  switch (ck.kind) {
    case 'key': {
      if (c.quote) return undefined;
      if (text.includes(ck.key)) return undefined;
      const quoted = [...text.matchAll(/"([^"]{8,})"/g)].map(m => m[1]);
      return quoted.some(q => ck.key.endsWith(q)) ? undefined : `neither ${ck.key} nor a quoted suffix of it`;
    }
    case 'value': {
      const t = normalize(text);
      if (ck.value === '') return /:\}|""/.test(t) ? undefined : 'no empty default (":}" or "")';
      return t.includes(ck.value) ? undefined : `no default ${JSON.stringify(ck.value)}`;
    }
    case 'propLine': {
      const l = line.trimEnd();
      if (ck.value !== undefined) return l === `${ck.key}=${ck.value}` ? undefined : `line is not ${ck.key}=${ck.value}: ${l.slice(0, 120)}`;
      return /^\s*#/.test(l) && l.includes(`${ck.key}=`) ? undefined : `line is not a commented ${ck.key}=…: ${l.slice(0, 120)}`;
    }
    case 'contains': {
      if (c.quote) return undefined;
      const hay = ck.ci ? text.toLowerCase() : text;
      return ck.any.some(a => hay.includes(ck.ci ? a.toLowerCase() : a)) ? undefined : `none of ${ck.any.join(', ')}`;
    }
    case 'quoted':
      return c.quote ? undefined : 'a citation of this fact needs a quote';
    case 'imageFile':
      return line.trim() === ck.lines[0] ? undefined : `line is not the first auth line ${ck.lines[0].slice(0, 60)}…`;
  }
}

/** Every problem of one fact against the corpus (empty = all its citations hold). */
function verify(corpus: string, f: Fact): string[] {
  const problems: string[] = [];
  const windows: string[] = [];
  for (const raw of f.s.cite ?? []) {
    const c = parseCite(raw);
    const abs = join(corpus, c.path);
    if (!existsSync(abs)) { problems.push(`${raw}: no such corpus file`); continue; }
    const lines = linesOf(corpus, c.path);
    if (c.line < 1 || c.line > lines.length) { problems.push(`${raw}: line ${c.line} outside 1..${lines.length}`); continue; }
    const window = lines.slice(c.line - 1, c.line - 1 + 1 + CITE_WINDOW);
    const text = window.join('\n');
    windows.push(text);
    if (c.quote !== undefined && !text.includes(c.quote)) problems.push(`${raw}: quote not on the line or the ${CITE_WINDOW} after it`);
    const bad = checkWindow(f, c, window, text);
    if (bad) problems.push(`${raw}: ${bad}`);
    if (f.check.kind === 'imageFile') {
      const got = authLines(lines);
      if (JSON.stringify(got) !== JSON.stringify(f.check.lines)) problems.push(`${raw}: the file's auth lines differ from the row's lines`);
    }
    // A contradicted fact's range is the part the corpus disputes: its citations show where it really holds.
    const tag = tagOf(c.path);
    if (f.range && tag && !f.s.contradicted && !inVersionRange(tag, f.range)) {
      problems.push(`${raw}: tag ${tag.text} is outside the fact's range ${JSON.stringify(f.range)}`);
    }
  }
  if (!f.s.unverified) {
    for (const lit of f.somewhere ?? []) if (!windows.some(w => w.includes(lit))) problems.push(`no citation shows ${JSON.stringify(lit)}`);
  }
  for (const a of f.s.absentIn ?? []) {
    const { path, literal } = parseAbsent(a);
    if (!existsSync(join(corpus, path))) { problems.push(`absentIn ${path}: no such corpus path`); continue; }
    const lit = literal ?? f.literal;
    if (!lit) { problems.push(`absentIn ${path}: the fact has no literal; give one after the path`); continue; }
    // A value row whose value is "absent or commented": only a live line counts.
    const live = f.check.kind === 'propLine' && literal === undefined;
    for (const file of filesUnder(corpus, path)) {
      const hits = linesOf(corpus, file).map((l, i) => ({ l, i })).filter(({ l }) => l.includes(lit) && !(live && /^\s*#/.test(l)));
      if (hits.length) problems.push(`absentIn ${path}: ${file}:${hits[0].i + 1} has ${JSON.stringify(lit)}`);
    }
    // The fact's own literal is absent outside its range, except for "absent" value rows, where absence is the fact.
    const tag = tagOf(path);
    const absenceIsTheFact = f.check.kind === 'propLine' && f.check.value === undefined;
    if (literal === undefined && f.range && tag && !f.s.contradicted && inVersionRange(tag, f.range) !== absenceIsTheFact) {
      problems.push(`absentIn ${path}: tag ${tag.text} is ${absenceIsTheFact ? 'outside' : 'inside'} the fact's range ${JSON.stringify(f.range)}`);
    }
  }
  return problems;
}

// ---- tests --------------------------------------------------------------------------------------------------------

test('every fact row is cited or marked unverified, and every citation is well formed', () => {
  assert.ok(FACTS.length > 200, `only ${FACTS.length} facts collected`);
  const ids = FACTS.map(f => f.id);
  assert.equal(new Set(ids).size, ids.length, 'fact ids are unique');
  for (const f of FACTS) {
    const s = f.s;
    assert.ok((s.cite?.length ?? 0) > 0 || (s.absentIn?.length ?? 0) > 0 || !!s.unverified, `${f.id}: no citation and not marked unverified`);
    for (const c of s.cite ?? []) {
      const p = parseCite(c);
      assert.match(p.path, /^(nacos-src\/|nacos-distribution-|nacos-docker-v|nacos-k8s\/)/, `${f.id}: ${c} is not a corpus path`);
      assert.ok(p.line >= 1, `${f.id}: ${c}`);
    }
    if (s.contradicted) assert.ok((s.cite?.length ?? 0) > 0, `${f.id}: a contradiction needs the citations that show it`);
    if (s.unverified !== undefined) assert.ok(s.unverified.length > 10, `${f.id}: unverified needs a reason`);
  }
  // Every image variable the product knows is one the images read: cited here or derived from the cited image files.
  const cited = new Set([...OTHER_IMAGE_ENV_ROWS.map(r => r.env), ...DEFINES.map(d => d.env), ...imagePlaceholderEnvNames(), ...Object.keys(IMAGE_ARGUMENT_ENV)]);
  for (const env of KNOWN_IMAGE_ENV) assert.ok(cited.has(env), `${env} has no citation`);
});

test('invented names map to catalogued keys and image variables (they are user mistakes, not upstream facts)', () => {
  for (const k of ['nacos.auth.enable', 'nacos.core.auth.identity.key', 'nacos.core.auth.token.secret.key', 'nacos.core.auth.useragentauthwhite']) {
    const s = suggestKey(k);
    assert.ok(s && authProperty(s), `${k} → ${s}`);
  }
  for (const e of ['NACOS_TOKEN_SECRET_KEY', 'NACOS_AUTH_ENABLED', 'NACOS_IDENTITY_VALUE', 'NACOS_AUTH_CACHING_ENABLED']) {
    const s = suggestEnv(e);
    assert.ok(s && KNOWN_IMAGE_ENV.has(s), `${e} → ${s}`);
  }
});

/** The corpus with its nacos-src/ folder; under CI=true a missing one is a failure, elsewhere the test skips. */
function sourceCorpus(): string | undefined {
  const corpus = corpusDir(); // throws under CI=true when missing
  if (corpus && existsSync(join(corpus, 'nacos-src'))) return corpus;
  if (process.env.CI === 'true') throw new Error(`corpus ${corpus} has no nacos-src/ folder`);
  return undefined;
}

test('every citation holds in the corpus (file, line, quote, literal, version range, absence)', t => {
  const corpus = sourceCorpus();
  if (!corpus) { t.skip('corpus (with nacos-src/) not found; set NACOS_AUTH_LINT_CORPUS'); return; }
  const failures: string[] = [];
  for (const f of FACTS) for (const p of verify(corpus, f)) failures.push(`${f.id}: ${p}`);
  assert.deepEqual(failures, [], `${failures.length} citation problems:\n${failures.join('\n')}`);
});

test('the check catches a wrong line, a wrong value and a range mismatch (it can fail)', t => {
  const corpus = sourceCorpus();
  if (!corpus) { t.skip('corpus not found'); return; }
  const enabled = authProperty('nacos.core.auth.enabled')!;
  const shipped = enabled.shipped[0];
  const wrongLine: Fact = { id: 'x', s: { cite: [`nacos-src/1.2.0/distribution/conf/application.properties:${Number(/:(\d+)$/.exec(shipped.cite![0])![1]) + 1}`] }, check: { kind: 'propLine', key: enabled.key, value: 'false' } };
  assert.ok(verify(corpus, wrongLine).length > 0, 'a shifted line is caught');
  const wrongValue: Fact = { id: 'x', s: { cite: ['nacos-src/1.2.0/core/src/main/java/com/alibaba/nacos/core/auth/AuthConfigs.java:52'] }, check: { kind: 'value', value: '18000' } };
  assert.ok(verify(corpus, wrongValue).some(p => p.includes('no default')), '1.2.0 defaults to 1800, not 18000');
  const outside: Fact = { id: 'x', s: { cite: ['nacos-src/2.0.3/auth/src/main/java/com/alibaba/nacos/auth/common/AuthConfigs.java:84'] }, check: { kind: 'value', value: 'false' }, range: { from: '1.4.1', to: '2.0.2' } };
  assert.ok(verify(corpus, outside).some(p => p.includes('outside')), 'a tag outside the range is caught');
  const notAbsent: Fact = { id: 'x', s: { absentIn: ['nacos-src/1.4.1'] }, check: { kind: 'quoted' }, literal: 'nacos.core.auth.server.identity.key' };
  assert.ok(verify(corpus, notAbsent).length > 0, 'a literal that is present is caught');
  const badQuote: Fact = { id: 'x', s: { cite: ['nacos-src/2.2.1/auth/src/main/java/com/alibaba/nacos/auth/config/AuthConfigs.java:93 getStandaloneMode'] }, check: { kind: 'quoted' } };
  assert.ok(verify(corpus, badQuote).some(p => p.includes('quote')), 'a quote that is not there is caught');
});

test('report: cited, unverified and contradicted facts', () => {
  const unverified = FACTS.filter(f => f.s.unverified);
  const contradicted = FACTS.filter(f => f.s.contradicted);
  const fullyCited = FACTS.filter(f => !f.s.unverified && ((f.s.cite?.length ?? 0) > 0 || (f.s.absentIn?.length ?? 0) > 0));
  const partly = unverified.filter(f => (f.s.cite?.length ?? 0) > 0);
  const cites = FACTS.reduce((n, f) => n + (f.s.cite?.length ?? 0) + (f.s.absentIn?.length ?? 0), 0);
  console.log(`nacos facts: ${FACTS.length}; cited: ${fullyCited.length} (${cites} citations); unverified: ${unverified.length} ` +
    `(${partly.length} of them with partial citations); contradicted by the corpus: ${contradicted.length}`);
  for (const f of unverified) console.log(`  unverified  ${f.id}: ${f.s.unverified}`);
  for (const f of contradicted) console.log(`  contradicted  ${f.id}: ${f.s.contradicted}`);
  assert.equal(fullyCited.length + unverified.length, FACTS.length);
});
