// The entrypoint facts (server/src/core/nacos/entrypoint.ts) re-derived from every tag's docker-startup.sh in the
// corpus (tags discovered, not listed here): the script is lexed and its values followed to the `exec` line by
// test/unit/entrypointScript.ts, and every citation's line must say what the row claims. A tag added to the
// corpus fails here until its row is in the table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusDir } from '../corpus';
import { analyze, commands, wordText } from './entrypointScript';
import {
  ENTRYPOINT_BY_TAG, ENTRYPOINT_TAGS_NOT_IN_CORPUS, entrypointCitation, entrypointFacts, splitByEntrypoint,
  type ScriptFacts,
} from '../../server/src/core/nacos/entrypoint';
import { dockerfileImage } from '../../server/src/core/sources/dockerfile';

const corpus = corpusDir();

function tags(root: string): string[] {
  return readdirSync(root)
    .filter((d) => d.startsWith('nacos-docker-') && existsSync(join(root, d, 'build/bin/docker-startup.sh')))
    .map((d) => d.slice('nacos-docker-'.length))
    .sort();
}

/** The facts as the script says them. */
function derive(root: string, tag: string): ScriptFacts {
  const script = readFileSync(join(root, `nacos-docker-${tag}/build/bin/docker-startup.sh`), 'utf8');
  const lines = script.split('\n');
  const L = (n: number): string => lines[n - 1].trim();
  const a = analyze(script);
  assert.deepEqual(a.unsupported, [], `${tag}: constructs the reader does not follow`);
  assert.ok(a.execLine, `${tag}: an exec line`);
  // Spring reads `--spring.config.additional-location=${CUSTOM_SEARCH_LOCATIONS}` with
  // `--spring.config.name=${CUSTOM_SEARCH_NAMES}`: both must be appended to JAVA_OPT for init.d to matter.
  const javaOpt = commands(script).filter((c) => /^JAVA_OPT=/.test(wordText(c.words[0])));
  const passes = (flag: string, v: string): boolean => javaOpt.some((c) => c.words[0].some((p, i, w) => p.kind === 'param' && p.name === v && w[i - 1]?.text.endsWith(flag)));
  assert.ok(passes('--spring.config.additional-location=', 'CUSTOM_SEARCH_LOCATIONS'), `${tag}: additional-location`);
  assert.ok(passes('--spring.config.name=', 'CUSTOM_SEARCH_NAMES'), `${tag}: config name`);
  const loc = a.assigned.get('CUSTOM_SEARCH_LOCATIONS')!;
  const names = a.assigned.get('CUSTOM_SEARCH_NAMES')!;
  // BASE_DIR comes from the image: the tag's own Dockerfile sets it.
  const dockerfile = join(root, `nacos-docker-${tag}/build/Dockerfile`).replace(/\\/g, '/');
  const baseDir = dockerfileImage(dockerfile, readFileSync(dockerfile, 'utf8'))?.env.find((e) => e.name === 'BASE_DIR')?.value;
  assert.equal(baseDir, '/home/nacos', `${tag}: BASE_DIR of the image`);
  const dirs = loc.value.split(',').map((x) => x.replace(/^file:/, '').replace(/\$\{BASE_DIR\}/g, baseDir!));
  const initD = dirs.filter((d) => d.startsWith(`${baseDir}/init.d`)).flatMap((d) => names.value.split(',').map((n) => `${d}${n}.properties`));
  return {
    unquoted: a.flows.map((f) => ({
      variable: f.variable,
      effect: f.effect,
      prefix: f.prefix,
      gluedAfter: f.gluedAfter,
      line: f.line,
      text: L(f.line),
      ...(f.via ? { via: { variable: f.via.variable, line: f.via.line, text: L(f.via.line) } } : {}),
    })),
    configLocations: { line: loc.line, text: L(loc.line) },
    configNames: { line: names.line, text: L(names.line) },
    initD,
    required: a.required.map((r) => ({ variable: r.variable, message: r.message, exitCode: r.exitCode, line: r.line, messageLine: r.messageLine, text: L(r.line) })),
    exec: { line: a.execLine!, text: L(a.execLine!) },
  };
}

test('entrypoint facts = what each tag\'s docker-startup.sh says (every corpus tag, discovered)', (t) => {
  if (!corpus) {
    t.skip('corpus not found');
    return;
  }
  const found = tags(corpus);
  assert.ok(found.length >= 45, `${found.length} tags`);
  for (const tag of found) {
    const derived = derive(corpus, tag);
    const table = ENTRYPOINT_BY_TAG[tag];
    assert.ok(table, `tag ${tag} is in the corpus but not in ENTRYPOINT_BY_TAG; its facts:\n${JSON.stringify(derived, null, 1)}`);
    assert.deepEqual(table, derived, `${tag}: the table differs from the script`);
  }
  assert.deepEqual(Object.keys(ENTRYPOINT_BY_TAG).filter((k) => !found.includes(k)), [], 'rows for tags no longer in the corpus');
  for (const missing of ENTRYPOINT_TAGS_NOT_IN_CORPUS) assert.ok(!found.includes(missing), `${missing} is in the corpus now: give it facts`);
  t.diagnostic(`${found.length} tags, ${new Set(Object.values(ENTRYPOINT_BY_TAG)).size} distinct scripts`);
});

test('every citation: the cited line of the cited file says what the row claims', (t) => {
  if (!corpus) {
    t.skip('corpus not found');
    return;
  }
  let checked = 0;
  for (const tag of Object.keys(ENTRYPOINT_BY_TAG)) {
    const f = entrypointFacts(tag)!;
    const lines = readFileSync(join(corpus, f.script), 'utf8').split('\n');
    const at = (line: number): string => lines[line - 1] ?? '';
    const cite = (line: number): string => entrypointCitation(tag, line);
    const expands = (text: string, v: string): boolean => text.includes(`\${${v}}`) || new RegExp(`\\$${v}(?![A-Za-z0-9_])`).test(text);
    for (const r of f.unquoted) {
      assert.equal(at(r.line).trim(), r.text, cite(r.line));
      assert.ok(expands(r.text, r.variable), `${cite(r.line)} expands ${r.variable}`);
      if (r.effect === 'split-list') assert.match(r.text, /^for \w+ in /, cite(r.line));
      if (r.effect === 'jvm-command') assert.match(r.text, new RegExp(`^exec \\$${r.variable} `), cite(r.line));
      if (r.effect === 'first-word-only') assert.match(r.text, new RegExp(`\\$\\(\\w+ .*\\$\\{${r.variable}\\}\\)`), cite(r.line));
      if (r.effect === 'jvm-args' && !r.prefix.includes('$')) {
        const glued = `${r.prefix}\${${r.variable}}`;
        assert.ok(r.text.includes(glued) || r.via !== undefined || r.prefix === '', `${cite(r.line)}: ${glued}`);
        assert.ok(r.prefix === '' || r.text.includes(glued) || at(r.via!.line).includes(`${r.prefix}\${${r.via!.variable}}`), `${cite(r.line)}: prefix ${r.prefix}`);
      }
      // Outside double quotes in the `exec`, or inside the quoted JAVA_OPT string that the exec expands unquoted.
      if (r.effect === 'jvm-args' && !r.via) assert.match(r.text, /^(?:JAVA_OPT=|exec )/, cite(r.line));
      if (r.via) {
        assert.equal(at(r.via.line).trim(), r.via.text, cite(r.via.line));
        assert.ok(expands(r.via.text, r.via.variable), `${cite(r.via.line)} expands ${r.via.variable}`);
      }
      checked++;
    }
    for (const r of f.required) {
      assert.equal(at(r.line).trim(), r.text, cite(r.line));
      assert.ok(r.text.includes(`-z "\${${r.variable}}"`), cite(r.line));
      assert.ok(at(r.messageLine).includes(r.message), cite(r.messageLine));
      assert.ok(lines.slice(r.line, r.line + 4).some((l) => l.trim() === `exit ${r.exitCode}`), `${cite(r.line)}: exit ${r.exitCode}`);
      checked++;
    }
    assert.equal(at(f.exec.line).trim(), f.exec.text, cite(f.exec.line));
    assert.match(f.exec.text, /^exec \$JAVA \$\{JAVA_OPT\}$/, cite(f.exec.line));
    assert.equal(at(f.configLocations.line).trim(), f.configLocations.text, cite(f.configLocations.line));
    assert.match(f.configLocations.text, /CUSTOM_SEARCH_LOCATIONS=/, cite(f.configLocations.line));
    assert.equal(f.readsInitD, f.configLocations.text.includes('/init.d/'), cite(f.configLocations.line));
    assert.equal(f.initD.some((p) => p.endsWith('/custom.properties')), f.readsInitD && /custom/.test(f.configNames.text), cite(f.configNames.line));
    checked += 3;
  }
  t.diagnostic(`${checked} citations checked`);
});

test('the facts the issues state hold per tag', (t) => {
  if (!corpus) {
    t.skip('corpus not found');
    return;
  }
  for (const tag of Object.keys(ENTRYPOINT_BY_TAG)) {
    const f = entrypointFacts(tag)!;
    const auth = f.unquoted.find((r) => r.variable === 'NACOS_AUTH_ENABLE');
    assert.deepEqual([auth?.effect, auth?.prefix], ['jvm-args', '-Dnacos.core.auth.enabled='], `${tag}: NACOS_AUTH_ENABLE`);
    for (const v of ['NACOS_AUTH_TOKEN', 'NACOS_AUTH_IDENTITY_KEY', 'NACOS_AUTH_IDENTITY_VALUE']) {
      assert.ok(!f.unquoted.some((r) => r.variable === v), `${tag}: ${v} never reaches the command line`);
    }
    assert.equal(f.required.length > 0, tag.startsWith('v3.'), `${tag}: required variables only on 3.x`);
  }
  // Issue 14 item 7: v2.1.0 reads init.d/custom.properties, v2.1.1 does not.
  assert.deepEqual(entrypointFacts('v2.1.0')?.initD, ['/home/nacos/init.d/application.properties', '/home/nacos/init.d/custom.properties']);
  assert.deepEqual(entrypointFacts('v2.1.1')?.initD, []);
  // NACOS_AUTH_ADMIN_ENABLE / _CONSOLE_ENABLE appear in v3.0.1 (not v3.0.0).
  assert.ok(!entrypointFacts('v3.0.0')!.unquoted.some((r) => r.variable === 'NACOS_AUTH_ADMIN_ENABLE'));
  assert.ok(entrypointFacts('v3.0.1')!.unquoted.some((r) => r.variable === 'NACOS_AUTH_CONSOLE_ENABLE'));
  // The JVM sizes go through join_if_exist from v2.5.0 on.
  assert.equal(entrypointFacts('v2.4.3')!.unquoted.find((r) => r.variable === 'JVM_XMS')?.effect, 'jvm-args');
  assert.equal(entrypointFacts('v2.5.0')!.unquoted.find((r) => r.variable === 'JVM_XMS')?.effect, 'first-word-only');
  assert.equal(entrypointFacts('2.4.3-slim')?.tag, 'v2.4.3');
  assert.equal(entrypointFacts('v1.4.1'), undefined);
});

test('splitByEntrypoint: what word splitting makes of a value', () => {
  const auth = { effect: 'jvm-args', prefix: '-Dnacos.core.auth.enabled=', gluedAfter: false } as const;
  assert.deepEqual(splitByEntrypoint(auth, ' false'), { outcome: 'split', words: ['false'] });
  assert.deepEqual(splitByEntrypoint(auth, 'true '), { outcome: 'trimmed', words: ['true'] });
  assert.deepEqual(splitByEntrypoint(auth, 'tr ue'), { outcome: 'split', words: ['tr', 'ue'] });
  assert.deepEqual(splitByEntrypoint(auth, 'true'), { outcome: 'unchanged', words: ['true'] });
  const dir = { effect: 'jvm-args', prefix: '-XX:HeapDumpPath=', gluedAfter: true } as const;
  assert.equal(splitByEntrypoint(dir, '/home/nacos ').outcome, 'split');
  const xms = { effect: 'first-word-only', prefix: '-Xms', gluedAfter: false } as const;
  assert.equal(splitByEntrypoint(xms, ' 1g ').outcome, 'trimmed');
  assert.deepEqual(splitByEntrypoint(xms, '1g 2g'), { outcome: 'truncated', words: ['1g', '2g'] });
});

test('the script reader follows values, it does not match a pattern', () => {
  const s = [
    'export LOC=${HOME_DIR}/x',
    'export PASS="$PASS"',
    'function f() {',
    '  echo "$1$2"',
    '}',
    'A=$(f "-p" ${SIZE})',
    'OPT="${OPT} --loc=${LOC} -Dq=${QUOTED_ONLY}"',
    'OPT="${OPT} $A -Dp=${PASS}"',
    'UNUSED="-Dz=${NEVER}"',
    'if [[ -z "${NEED}" ]]; then',
    '  echo "NEED must be set"',
    '  exit 3',
    'fi',
    'echo "${OPT}"',
    'exec java "${SAFE}" ${OPT}',
  ].join('\n');
  const a = analyze(s);
  const rows = a.flows.map((f) => [f.variable, f.effect, f.prefix, f.line, f.via?.variable]);
  assert.deepEqual(rows, [
    ['OPT', 'jvm-args', '', 7, undefined],
    ['HOME_DIR', 'jvm-args', '--loc=', 1, 'LOC'],
    ['QUOTED_ONLY', 'jvm-args', '-Dq=', 7, undefined],
    ['SIZE', 'first-word-only', '-p', 6, 'A'],
    ['PASS', 'jvm-args', '-Dp=', 8, undefined],
  ]);
  assert.deepEqual(a.required.map((r) => [r.variable, r.message, r.exitCode, r.line]), [['NEED', 'NEED must be set', 3, 10]]);
});

test('bash agrees: each script run with a stub java splits the values as the table says', (t) => {
  if (!corpus) {
    t.skip('corpus not found');
    return;
  }
  const bash = spawnSync('bash', ['--version']);
  if (bash.status !== 0) {
    if (process.env.CI === 'true') throw new Error('bash missing');
    t.skip('bash not found');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'nal-entrypoint-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // The JVM stand-in: answers `-version`, writes its arguments NUL-separated. Nothing else runs.
  const stub = join(dir, 'java');
  writeFileSync(stub, '#!/bin/sh\nif [ "$1" = "-version" ]; then echo "openjdk version \\"$STUB_JAVA_VERSION\\"" >&2; exit 0; fi\nprintf \'%s\\0\' "$@" > "$ARGV_OUT"\n');
  chmodSync(stub, 0o755);
  let javaVersion = '17.0.2';
  const run = (tag: string, vars: Record<string, string>): { status: number | null; stdout: string; argv: string[]; conf: string } => {
    const out = join(dir, 'argv');
    const conf = join(dir, 'cluster.conf');
    rmSync(out, { force: true });
    rmSync(conf, { force: true });
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', STUB_JAVA_VERSION: javaVersion, JAVA: stub, ARGV_OUT: out, BASE_DIR: '/home/nacos', CLUSTER_CONF: conf, MODE: 'cluster', ...vars };
    const r = spawnSync('bash', [join(corpus, entrypointFacts(tag)!.script)], { env, encoding: 'utf8', cwd: dir, timeout: 20000 });
    const argv = existsSync(out) ? readFileSync(out, 'utf8').split('\0').slice(0, -1) : [];
    return { status: r.status, stdout: r.stdout, argv, conf: existsSync(conf) ? readFileSync(conf, 'utf8') : '' };
  };
  // One tag per distinct script.
  const seen = new Set<ScriptFacts>();
  let checks = 0;
  for (const tag of Object.keys(ENTRYPOINT_BY_TAG)) {
    const f = ENTRYPOINT_BY_TAG[tag];
    if (seen.has(f)) continue;
    seen.add(f);
    const required = Object.fromEntries(f.required.map((r) => [r.variable, 'set']));
    // Required variables: unset → the message and the exit code, in order.
    for (let i = 0; i < f.required.length; i++) {
      const partial = Object.fromEntries(f.required.slice(0, i).map((r) => [r.variable, 'set']));
      const r = run(tag, partial);
      assert.equal(r.status, f.required[i].exitCode, `${tag}: without ${f.required[i].variable}`);
      assert.ok(r.stdout.includes(f.required[i].message), `${tag}: message for ${f.required[i].variable}`);
      checks++;
    }
    const rows = f.unquoted.filter((r) => (r.effect === 'jvm-args' || r.effect === 'first-word-only') && !r.prefix.includes('$') && r.variable !== 'JAVA_OPT');
    const token = (v: string, n: number): string => `T${n}${v.toLowerCase().replace(/_/g, '')}`;
    const values = (shape: (a: string, b: string) => string): Record<string, string> =>
      Object.fromEntries(rows.map((r) => [r.variable, r.variable === 'BASE_DIR' || r.variable === 'JAVA_HOME' ? shape('/' + token(r.variable, 1), token(r.variable, 2)) : shape(token(r.variable, 1), token(r.variable, 2))]));
    // The script takes another branch for Java 8 (`-Djava.ext.dirs=${JAVA_HOME}…`) than for 9+: run both.
    const runs = ['1.8.0_412', '17.0.2'].map((v) => {
      javaVersion = v;
      const base = run(tag, { ...required, ...values((a) => a) });
      assert.equal(base.status, 0, `${tag}: runs with Java ${v}`);
      const lead = run(tag, { ...required, ...values((a) => ' ' + a) });
      const trail = run(tag, { ...required, ...values((a) => a + ' ') });
      const inner = run(tag, { ...required, ...values((a, b) => a + ' ' + b) });
      return { base, lead, trail, inner };
    });
    for (const r of rows) {
      const a = (r.variable === 'BASE_DIR' || r.variable === 'JAVA_HOME' ? '/' : '') + token(r.variable, 1);
      const hit = runs.find((x) => x.base.argv.some((w) => w.includes(a)));
      assert.ok(hit, `${entrypointCitation(tag, r.line)}: ${r.variable} reaches the command line`);
      const { base, lead, trail, inner } = hit;
      const b = token(r.variable, 2);
      const where = `${entrypointCitation(tag, r.line)} ${r.variable}`;
      // A leading space: the value becomes a word of its own exactly when text is glued before it.
      if (r.prefix !== '') assert.equal(lead.argv.some((w) => w.startsWith(a)), splitByEntrypoint(r, ' ' + a).outcome === 'split', `${where}: leading space`);
      // A trailing space: the word ends right after the value exactly when text was glued after it.
      const ends = (argv: string[]): boolean => argv.includes(r.prefix + a);
      assert.equal(ends(trail.argv) && !ends(base.argv), splitByEntrypoint(r, a + ' ').outcome === 'split', `${where}: trailing space`);
      // A space inside: the second word is an argument of its own, or dropped (first word only).
      const o = splitByEntrypoint(r, `${a} ${b}`).outcome;
      if (o === 'split') assert.ok(inner.argv.includes(b) || inner.argv.some((w) => w.startsWith(b)), `${where}: inner space splits`);
      else assert.ok(o === 'truncated' && !inner.argv.some((w) => w.includes(b)) && inner.argv.includes(r.prefix + a), `${where}: inner space truncates`);
      checks += 3;
    }
    // NACOS_SERVERS: one cluster.conf line per word.
    const c = run(tag, { ...required, NACOS_SERVERS: ' a:8848  b:8848 ' });
    assert.deepEqual(c.conf.split('\n').filter((l) => l !== ''), ['a:8848', 'b:8848'], `${tag}: cluster.conf`);
    checks++;
  }
  t.diagnostic(`${seen.size} distinct scripts run under bash, ${checks} outcomes compared`);
});
