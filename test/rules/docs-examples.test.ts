// The examples in docs/rules/<rule-id>.md are written in the pages (never generated from the tests): each one is
// linted here and must behave as its page says — the underlined lines and texts, the text after the quick fix, and
// nothing for the "Not reported" example.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lint, summarize, applyFix } from '../helpers';
import { RULES } from '../../server/src/core';

const ROOT = existsSync(resolve(__dirname, '../../package.json')) ? resolve(__dirname, '../..') : process.cwd();

interface DocCase {
  name: string;
  files: Record<string, string>;
  settings: Record<string, unknown>;
  underlined: string[];
  after: Record<string, string>;
}

/** Code blocks of a doc case: a fence, `# <path>` on its first line, then the file's text. */
function blocks(md: string): { path: string; text: string; at: number }[] {
  const out: { path: string; text: string; at: number }[] = [];
  const re = /^(`{3,})[\w-]*\n# ([^\n]+)\n([\s\S]*?)\n\1$/gm;
  for (let m = re.exec(md); m; m = re.exec(md)) out.push({ path: m[2], text: `${m[3]}\n`, at: m.index });
  return out;
}

function settingsOf(md: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const line = /(?:^|\*\* )With (`nacosAuthLint\.[^\n]*)\.$/m.exec(md)?.[1] ?? '';
  for (const m of line.matchAll(/`nacosAuthLint\.([\w.]+)`: `([^`]*)`/g)) out[m[1]] = JSON.parse(m[2]);
  return out;
}

function parse(md: string): { reported: DocCase[]; notReported: DocCase[] } {
  const start = md.indexOf('<!-- examples:start -->');
  const end = md.indexOf('<!-- examples:end -->');
  const section = start >= 0 && end > start ? md.slice(start, end) : '';
  const [reportedPart = '', notPart = ''] = section.split('### Not reported');
  const reported = reportedPart.split(/^\*\*/m).slice(1).map((chunk): DocCase => {
    const name = chunk.slice(0, chunk.indexOf('**'));
    const afterAt = chunk.indexOf('After the quick fix:');
    const bs = blocks(chunk);
    const files = Object.fromEntries(bs.filter(b => afterAt < 0 || b.at < afterAt).map(b => [b.path, b.text]));
    const after = Object.fromEntries(bs.filter(b => afterAt >= 0 && b.at > afterAt).map(b => [b.path, b.text]));
    const underlined = [...chunk.matchAll(/^- `([^`]+)` line (\d+): (?:`([^\n]*)`|\(the place where the value is missing\))$/gm)]
      .map(m => `${m[1]}:${m[2]} \`${m[3] ?? ''}\``);
    return { name, files, settings: settingsOf(chunk), underlined, after };
  });
  const notReported = notPart.trim() ? [{ name: 'not reported', files: Object.fromEntries(blocks(notPart).map(b => [b.path, b.text])), settings: settingsOf(notPart), underlined: [], after: {} }] : [];
  return { reported, notReported };
}

describe('rule pages: every example behaves as the page says', () => {
  for (const rule of RULES) {
    const path = join(ROOT, 'docs/rules', `${rule.id}.md`);
    if (!existsSync(path)) continue; // the registry test requires the page
    const { reported, notReported } = parse(readFileSync(path, 'utf8'));
    describe(rule.id, () => {
      test('has examples', () => assert.ok(reported.length + notReported.length > 0, `docs/rules/${rule.id}.md has no examples`));
      for (const c of reported) {
        test(`reported: ${c.name}`, () => {
          const { findings, files } = lint(c.files, c.settings);
          const mine = findings.filter(f => f.ruleId === rule.id);
          assert.deepEqual(summarize(mine).map(s => s.slice(rule.id.length + 1)), [...c.underlined].sort());
          if (!Object.keys(c.after).length) return;
          const fix = mine[0].fixes.find(x => x.isPreferred) ?? mine[0].fixes[0];
          assert.ok(fix, 'the page shows a quick fix');
          const edits = fix.edits();
          // Files a fix creates (an env file, `.gitignore`) start empty.
          for (const e of edits) if (!files.has(e.path)) files.set(e.path, '');
          const after = applyFix(files, edits);
          for (const [p, text] of Object.entries(c.after)) assert.equal(after[p], text, p);
        });
      }
      for (const c of notReported) {
        test('not reported', () => {
          assert.deepEqual(summarize(lint(c.files, c.settings).findings.filter(f => f.ruleId === rule.id)), []);
        });
      }
    });
  }
});
