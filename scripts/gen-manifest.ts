// Generates what the rule registry implies outside the code, so it cannot drift (markdownlint's README test idea):
//  - package.json `nacosAuthLint.rules`: one property per rule id (enum off/info/warning/error, the summary as description),
//  - package.nls.json / package.nls.zh-cn.json: those summaries in English and Chinese,
//  - docs/rules/<rule-id>.md: the generated parts (hand-written "Why" and "How to fix" sections are kept),
//  - README.md: the rules table between `<!-- rules:start -->` and `<!-- rules:end -->`.
// Run `npm run gen` after changing a rule; `--check` (used by test/unit/registry.test.ts) only compares.
// Started by scripts/gen-manifest.mjs (bundled with esbuild).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/core';
import type { Rule } from '../server/src/core/rules/types';


export const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;
export const RULE_NLS_PREFIX = 'nacosAuthLint.rule.';
const DOCS_DIR = 'docs/rules';
const GEN_START = '<!-- generated:start -->';
const GEN_END = '<!-- generated:end -->';
const EX_START = '<!-- examples:start -->';
const EX_END = '<!-- examples:end -->';
export const README_START = '<!-- rules:start -->';
export const README_END = '<!-- rules:end -->';

// ---- package.json and nls ----------------------------------------------------------------------------------------

/** The `nacosAuthLint.rules` setting: every rule id, its severities, its summary (localised through nls). */
export function rulesSetting(rules: readonly Rule[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const r of rules) {
    properties[r.id] = {
      type: 'string',
      enum: [...SEVERITIES],
      enumDescriptions: SEVERITIES.map(s => `%nacosAuthLint.severity.${s}%`),
      default: r.defaultSeverity,
      description: `%${RULE_NLS_PREFIX}${r.id}%`,
    };
  }
  return {
    type: 'object',
    scope: 'resource',
    default: {},
    order: 1,
    markdownDescription: '%nacosAuthLint.rules.description%',
    properties,
    additionalProperties: false,
  };
}

export function ruleNls(rules: readonly Rule[], locale: 'en' | 'zh-cn'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) out[`${RULE_NLS_PREFIX}${r.id}`] = r.docs.summary[locale];
  return out;
}

function withRuleNls(existing: Record<string, string>, rules: readonly Rule[], locale: 'en' | 'zh-cn'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(existing)) if (!k.startsWith(RULE_NLS_PREFIX)) out[k] = v;
  return { ...out, ...ruleNls(rules, locale) };
}

function json(v: unknown): string {
  return `${JSON.stringify(v, null, 2)}\n`;
}

// ---- README -----------------------------------------------------------------------------------------------------------

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

export function readmeTable(rules: readonly Rule[]): string {
  const rows = rules.map(r => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.defaultSeverity} | ${r.fixable ? '✔' : ''} | ${cell(r.docs.summary.en)} |`);
  return ['| rule | default | fix | what it finds |', '|---|---|---|---|', ...rows].join('\n');
}

export function withReadmeTable(readme: string, rules: readonly Rule[]): string {
  const block = `${README_START}\n${readmeTable(rules)}\n${README_END}`;
  const a = readme.indexOf(README_START);
  const b = readme.indexOf(README_END);
  if (a >= 0 && b > a) return readme.slice(0, a) + block + readme.slice(b + README_END.length);
  // No markers yet: a "Rules" section at the end (the lead moves it where it fits).
  return `${readme.replace(/\s*$/, '')}\n\n## Rules\n\n${block}\n`;
}

// ---- rule pages -------------------------------------------------------------------------------------------------------

export function generatedHead(rule: Rule): string {
  const lines = [
    GEN_START,
    `# \`${rule.id}\``,
    '',
    rule.docs.summary.en,
    '',
    `> ${rule.docs.summary['zh-cn']}`,
    '',
    '| | |',
    '|---|---|',
    `| Default severity | ${rule.defaultSeverity} |`,
    `| Quick fix | ${rule.fixable ? 'yes' : 'no'} |`,
    `| Nacos versions | ${cell(rule.docs.versions ?? 'all')} |`,
    `| Turn off | \`"nacosAuthLint.rules": { "${rule.id}": "off" }\`, or \`# nacos-auth-lint-disable-next-line ${rule.id} -- reason\` |`,
    '',
    '### Messages',
    '',
    '| English | 中文 |',
    '|---|---|',
    ...Object.values(rule.messages).map(m => `| ${cell(m.en)} | ${cell(m['zh-cn'])} |`),
    GEN_END,
  ];
  return lines.join('\n');
}

/** The hand-written middle of a new page: a start that says what the registry knows, to be completed by hand. */
function seed(rule: Rule): string {
  return [
    '## Why',
    '',
    rule.docs.summary.en,
    '',
    '## How to fix',
    '',
    rule.fixable
      ? 'Use the quick fix on the underlined text (Ctrl+. / Cmd+.), or edit the value by hand.'
      : 'Edit the underlined setting as the message says.',
  ].join('\n');
}

/**
 * A rule's page: the generated head (from the registry), then the hand-written part, then the examples. Examples are
 * written in the page itself (never taken from the tests) and test/rules/docs-examples.test.ts lints each of them and
 * checks it behaves as the page says; a new page gets a placeholder that the registry test refuses until it is filled.
 */
export function rulePage(rule: Rule, existing: string | undefined): string {
  let middle = seed(rule);
  let examples = `${EX_START}\n## Examples\n\n${EX_END}`;
  if (existing) {
    const a = existing.indexOf(GEN_END);
    const b = existing.indexOf(EX_START);
    const e = existing.indexOf(EX_END);
    if (a >= 0 && b > a) middle = existing.slice(a + GEN_END.length, b).trim();
    else if (a >= 0) middle = existing.slice(a + GEN_END.length).trim();
    if (b >= 0 && e > b) examples = existing.slice(b, e + EX_END.length);
  }
  return `${generatedHead(rule)}\n\n${middle}\n\n${examples}\n`;
}

// ---- driver -----------------------------------------------------------------------------------------------------------

/** Every file the generator owns, with its expected content. */
export function expectedFiles(root: string, rules: readonly Rule[] = RULES): Map<string, string> {
  const out = new Map<string, string>();
  const read = (p: string) => (existsSync(join(root, p)) ? readFileSync(join(root, p), 'utf8') : undefined);

  const pkgText = read('package.json')!;
  const pkg = JSON.parse(pkgText);
  pkg.contributes ??= {};
  pkg.contributes.configuration ??= { title: '%nacosAuthLint.configuration.title%', properties: {} };
  pkg.contributes.configuration.properties ??= {};
  pkg.contributes.configuration.properties['nacosAuthLint.rules'] = rulesSetting(rules);
  out.set('package.json', json(pkg));

  for (const [file, locale] of [['package.nls.json', 'en'], ['package.nls.zh-cn.json', 'zh-cn']] as const) {
    const existing = JSON.parse(read(file) ?? '{}') as Record<string, string>;
    out.set(file, json(withRuleNls(existing, rules, locale)));
  }

  for (const r of rules) {
    const p = `${DOCS_DIR}/${r.id}.md`;
    out.set(p, rulePage(r, read(p)));
  }

  const readme = read('README.md');
  if (readme !== undefined) out.set('README.md', withReadmeTable(readme, rules));
  return out;
}

export function main(argv: string[], root = process.cwd()): number {
  const check = argv.includes('--check');
  const expected = expectedFiles(root);
  const stale: string[] = [];
  for (const [p, text] of expected) {
    const abs = join(root, p);
    const current = existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
    if (current === text) continue;
    stale.push(p);
    if (!check) {
      mkdirSync(join(abs, '..'), { recursive: true });
      writeFileSync(abs, text);
    }
  }
  const ids = new Set(RULES.map(r => r.id));
  const orphans = existsSync(join(root, DOCS_DIR))
    ? readdirSync(join(root, DOCS_DIR)).filter(f => f.endsWith('.md') && f !== 'README.md' && !ids.has(f.slice(0, -3))).map(f => `${DOCS_DIR}/${f}`)
    : [];
  if (check) {
    if (stale.length || orphans.length) {
      for (const p of stale) process.stderr.write(`out of date: ${p}\n`);
      for (const p of orphans) process.stderr.write(`no rule for: ${p}\n`);
      process.stderr.write('run `npm run gen` to regenerate from the rule registry\n');
      return 1;
    }
    return 0;
  }
  for (const p of stale) process.stdout.write(`wrote ${p}\n`);
  for (const p of orphans) process.stdout.write(`warning: ${p} documents no rule in the registry\n`);
  return 0;
}
