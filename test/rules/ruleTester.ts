// One harness for every rule (ESLint's RuleTester): valid cases must not fire the rule; invalid cases fire it exactly at
// the listed lines and underlined texts, at the rule's default severity; where a case gives the text after the
// preferred fix (exact, or a pattern for fixes that generate secrets), the fix produces it, the finding is gone after a
// re-lint, and the fix adds no error of any rule.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { lint, summarize, applyFix, WS } from '../helpers';
import { RULES, absorbersOf, type TextEdit } from '../../server/src/core';

export interface Case {
  name?: string;
  files: Record<string, string>;
  settings?: Record<string, unknown>;
  /** Expected findings of THIS rule: "file:line `text`". */
  errors?: string[];
  /** Their severity when the rule lowers it for this case (a latent value, a version where it never fails). */
  severity?: 'error' | 'warning' | 'info';
  /** Each finding's message must match (the consequence the version really has). */
  message?: RegExp;
  /** After applying the preferred fix of the first finding: expected text of the file. */
  output?: Record<string, string>;
  /** Fixes that generate secrets cannot have an exact output: the pattern the fixed file must match instead. */
  outputMatch?: Record<string, RegExp>;
}

export interface RuleCases {
  valid: Case[];
  invalid: Case[];
}

/** applyFix, and files a fix creates (the project `.env`). */
function applyAll(files: Map<string, string>, edits: TextEdit[]): Record<string, string> {
  const out = applyFix(files, edits);
  for (const e of edits) {
    const rel = e.path.slice(WS.length + 1);
    if (!(rel in out)) out[rel] = applyFix(new Map([[e.path, '']]), edits.filter(x => x.path === e.path))[rel];
  }
  return out;
}

/** Identity values and token secrets written in a case's files (8 characters or more, not a reference). */
function secretsIn(files: Record<string, string>): string[] {
  const out = new Set<string>();
  const re = /(?:identity\.value|identity\.key|secret\.key|IDENTITY_VALUE|IDENTITY_KEY|AUTH_TOKEN)["']?\s*[=:]\s*["']?([^\s"'#]{8,})/g;
  for (const text of Object.values(files)) for (const m of text.matchAll(re)) if (!m[1].includes('${')) out.add(m[1]);
  return [...out];
}

/**
 * A rule's cases run with the rules that can absorb its findings turned off (one cause, one finding: a published
 * secret that is also too short is reported once, by secret-public-value), unless the case sets them itself.
 */
function ownSettings(id: string, settings: Record<string, unknown> | undefined): Record<string, unknown> {
  const off = Object.fromEntries(absorbersOf(id).map(r => [r, 'off']));
  return { ...settings, rules: { ...off, ...(settings?.rules as Record<string, unknown> | undefined) } };
}

export function ruleTester(id: string, cases: RuleCases): void {
  const rule = RULES.find(r => r.id === id);
  const withOwn = (c: Case): Case => ({ ...c, settings: ownSettings(id, c.settings) });
  describe(id, () => {
    test('is in the registry', () => assert.ok(rule, `${id} is not a registered rule`));
    if (!rule) return;
    cases.valid.map(withOwn).forEach((c, i) => test(`valid #${i + 1}${c.name ? ` (${c.name})` : ''}`, () => {
      const { findings } = lint(c.files, c.settings);
      assert.deepEqual(summarize(findings.filter(f => f.ruleId === id)), []);
    }));
    cases.invalid.map(withOwn).forEach((c, i) => test(`invalid #${i + 1}${c.name ? ` (${c.name})` : ''}`, () => {
      const { findings, files } = lint(c.files, c.settings);
      const mine = findings.filter(f => f.ruleId === id);
      assert.deepEqual(summarize(mine).map(s => s.slice(id.length + 1)), [...(c.errors ?? [])].sort());
      for (const f of mine) assert.equal(f.severity, c.severity ?? rule.defaultSeverity, f.message);
      if (c.message) for (const f of mine) assert.match(f.message, c.message);
      // Messages never carry a secret value, and every slot is filled, in both languages.
      const secrets = secretsIn(c.files);
      for (const locale of ['en', 'zh-cn']) {
        for (const f of lint(c.files, c.settings, locale).findings.filter(x => x.ruleId === id)) {
          for (const v of secrets) assert.ok(!f.message.includes(v), `${locale} message shows a secret: ${f.message}`);
          assert.ok(!/\{\w+\}/.test(f.message.replace(/\$\{\w+(:-)?\}/g, '')), `unfilled slot: ${f.message}`);
        }
      }
      if (!c.output && !c.outputMatch) return;
      const fix = mine[0].fixes.find(x => x.isPreferred) ?? mine[0].fixes[0];
      assert.ok(fix, 'a fix is offered');
      const after = applyAll(files, fix.edits());
      for (const [p, text] of Object.entries(c.output ?? {})) assert.equal(after[p], text, p);
      for (const [p, pattern] of Object.entries(c.outputMatch ?? {})) assert.match(after[p] ?? '', pattern, p);
      // Re-lint: the finding the fix was for is gone, and the fix added no error of any rule.
      const again = lint(after, c.settings).findings;
      assert.deepEqual(summarize(again.filter(f => f.ruleId === id && f.file === mine[0].file && f.line === mine[0].line)), []);
      const errorsBefore = new Set(findings.filter(f => f.severity === 'error').map(f => f.ruleId));
      assert.deepEqual(summarize(again.filter(f => f.severity === 'error' && !errorsBefore.has(f.ruleId))), [], 'no new error');
    }));
  });
}
