// RuleTester-style tables (ESLint): for every rule, texts that must not fire and texts that must, with the exact
// underlined text and line, and for fixable rules the text after the preferred fix plus a re-lint.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { lint, summarize, applyFix } from '../helpers';
import { RULES } from '../../server/src/core';
import { TABLE } from './ruleCases';

describe('rule tables', () => {
  for (const rule of RULES) {
    const t = TABLE[rule.id];
    if (!t) continue; // docker and cluster rules have their own files; the registry test checks coverage
    describe(rule.id, () => {
      t.valid.forEach((c, i) => test(`valid #${i + 1}${c.name ? ` (${c.name})` : ''}`, () => {
        const { findings } = lint(c.files, c.settings);
        assert.deepEqual(summarize(findings.filter(f => f.ruleId === rule.id)), []);
      }));
      t.invalid.forEach((c, i) => test(`invalid #${i + 1}${c.name ? ` (${c.name})` : ''}`, () => {
        const { findings, files } = lint(c.files, c.settings);
        const mine = findings.filter(f => f.ruleId === rule.id);
        assert.deepEqual(summarize(mine).map(s => s.slice(rule.id.length + 1)), [...(c.errors ?? [])].sort());
        for (const f of mine) assert.equal(f.severity, rule.defaultSeverity);
        if (c.output) {
          const fix = mine[0].fixes.find(x => x.isPreferred) ?? mine[0].fixes[0];
          assert.ok(fix, 'a fix is offered');
          const after = applyFix(files, fix.edits());
          for (const [p, text] of Object.entries(c.output)) assert.equal(after[p], text);
          // Re-lint: the finding the fix was for is gone.
          const again = lint(after, c.settings).findings.filter(f => f.ruleId === rule.id && f.file === mine[0].file && f.line === mine[0].line);
          assert.deepEqual(summarize(again), []);
        }
      }));
    });
  }
});

