// Registry invariants (markdownlint's README test): every rule has a doc page, a test, a package.json severity entry,
// and README's rule table is the registry's. The generator (scripts/gen-manifest.ts) owns the generated parts;
// `npm run gen` fixes everything this file reports as out of date.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULES, ruleDocUrl } from '../../server/src/core';
import { README_END, README_START, RULE_NLS_PREFIX, SEVERITIES, readmeTable } from '../../scripts/gen-manifest';

const ROOT = existsSync(resolve(__dirname, '../../package.json')) ? resolve(__dirname, '../..') : process.cwd();
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const pkg = JSON.parse(read('package.json'));
const nlsEn = JSON.parse(read('package.nls.json')) as Record<string, string>;
const nlsZh = JSON.parse(read('package.nls.zh-cn.json')) as Record<string, string>;

/** The text of a `## heading` section (up to the next heading or generated block). */
function section(md: string, heading: string): string | undefined {
  const i = md.indexOf(`\n## ${heading}\n`);
  if (i < 0) return undefined;
  const rest = md.slice(i + heading.length + 5);
  const end = rest.search(/\n## |\n<!-- /);
  return (end < 0 ? rest : rest.slice(0, end)).trim();
}

describe('rule registry invariants', () => {
  test('generated files are up to date (package.json rules, nls, docs/rules, README table)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-manifest.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 0, `${r.stderr}${r.stdout}`);
  });

  test('rule ids are unique kebab-case and the registry is not empty', () => {
    assert.ok(RULES.length >= 30);
    assert.equal(new Set(RULES.map(r => r.id)).size, RULES.length);
    for (const r of RULES) assert.match(r.id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      test('has a doc page with what, why, versions, how to fix and examples', () => {
        const p = `docs/rules/${rule.id}.md`;
        assert.ok(existsSync(join(ROOT, p)), `${p} exists (npm run gen)`);
        const md = read(p);
        assert.ok(md.includes(`# \`${rule.id}\``), 'titled with the rule id');
        assert.ok(md.includes(rule.docs.summary.en), 'what: the summary');
        assert.match(md, /\| Nacos versions \| .+ \|/);
        for (const h of ['Why', 'How to fix', 'Examples']) assert.ok((section(md, h) ?? '').length > 20, `a non-empty "${h}" section`);
        assert.ok(ruleDocUrl(rule.id).endsWith(`/docs/rules/${rule.id}.md`), 'codeDescription.href points at the page');
      });

      test('has its test file, test/rules/<rule-id>.test.ts, calling the rule tester', () => {
        const p = `test/rules/${rule.id}.test.ts`;
        assert.ok(existsSync(join(ROOT, p)), `${p} exists`);
        assert.ok(read(p).includes(`ruleTester('${rule.id}'`), `${p} runs ruleTester('${rule.id}', …)`);
      });

      test('has a package.json severity entry with its summary in both languages', () => {
        const setting = pkg.contributes.configuration.properties['nacosAuthLint.rules'];
        const entry = setting.properties[rule.id];
        assert.ok(entry, 'nacosAuthLint.rules.properties has the rule');
        assert.deepEqual(entry.enum, [...SEVERITIES]);
        assert.equal(entry.default, rule.defaultSeverity);
        const key = `${RULE_NLS_PREFIX}${rule.id}`;
        assert.equal(entry.description, `%${key}%`);
        assert.equal(nlsEn[key], rule.docs.summary.en);
        assert.equal(nlsZh[key], rule.docs.summary['zh-cn']);
      });
    });
  }

  test('the rules setting accepts only rule ids', () => {
    const setting = pkg.contributes.configuration.properties['nacosAuthLint.rules'];
    assert.equal(setting.type, 'object');
    assert.equal(setting.additionalProperties, false);
    assert.deepEqual(Object.keys(setting.properties), RULES.map(r => r.id));
  });

  test("README's rules table is the registry's", () => {
    const readme = read('README.md');
    const a = readme.indexOf(README_START);
    const b = readme.indexOf(README_END);
    assert.ok(a >= 0 && b > a, 'README has the rules markers');
    assert.equal(readme.slice(a + README_START.length, b).trim(), readmeTable(RULES));
  });

  test('no doc page without a rule', () => {
    const ids = new Set(RULES.map(r => r.id));
    for (const f of readdirSync(join(ROOT, 'docs/rules'))) if (f.endsWith('.md')) assert.ok(ids.has(f.slice(0, -3)), `docs/rules/${f} documents no rule`);
  });
});
