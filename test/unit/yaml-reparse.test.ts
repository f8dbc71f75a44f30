// Differential test: re-parsing one service entry (yamlTree.ts `reparse`) against parsing the whole text, on random
// edits of generated compose files and of every corpus compose file. The two must agree on everything a caller can
// see: problems, the converted tree with every span, `$` scalars, and every raw node's span.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml, YamlFile } from '../../server/src/core/syntax/yaml/yamlTree';
import { Reuse } from '../../server/src/core/engine/reuse';
import { composeText, dump, edit, rng, servicesTail, type Rng } from '../composeEdits';
import { analyze } from '../../server/src/core';
import { corpusDir } from '../corpus';

function chain(path: string, start: string, r: Rng, steps: number): { reparsed: number; compared: number } {
  let text = start;
  let prev = parseYaml(path, text);
  let reparsed = 0;
  let clean = start;
  for (let s = 0; s < steps; s++) {
    // Typing goes through broken states and back: mostly return to the last text without a problem.
    const from = r.next() < 0.6 ? clean : text;
    if (from !== text) prev = parseYaml(path, from, prev);
    const next = edit(r, from);
    const inc = parseYaml(path, next, prev);
    prev = inc;
    if (inc.shifts.size) reparsed++;
    const full = new YamlFile(path, next);
    const a = dump(inc);
    const b = dump(full);
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      assert.deepEqual(a, b, `step ${s} of ${path}: re-parse and full parse differ after an edit near ${firstDiff(text, next)}`);
    }
    text = next;
    if (!full.problems.length && !full.doc?.errors.length) clean = next;
  }
  return { reparsed, compared: steps };
}

function firstDiff(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `offset ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 20), i + 20))} → ${JSON.stringify(b.slice(Math.max(0, i - 20), i + 20))}`;
}

const SEEDS = Number(process.env.REPARSE_SEEDS ?? 12);

/** A generated compose file whose `services:` end with a trailer (`networks:`) or with the file. */
function endingWith(seed: number, trailer: boolean): string {
  const text = composeText(rng(seed), 60);
  const t = servicesTail(text)!;
  return text.slice(0, t.end) + (trailer ? 'networks:\n  default: {}\n' : '');
}

const NEW_ENTRY = '  nacos-new:\n    image: nacos/nacos-server:v2.4.3\n    environment:\n      - NACOS_AUTH_ENABLE=true\n      NACOS_AUTH_TOKEN: x\n\n';

for (const trailer of [true, false]) {
  test(`typing a service after the last one and deleting it again, key by key, re-parses only the end (${trailer ? 'before a trailer' : 'at the end of the file'})`, () => {
    const path = '/ws/tail/compose.yaml';
    const base = endingWith(trailer ? 31 : 32, trailer);
    const at = servicesTail(base)!.end;
    // Enter on the last line of the entries, then the entry typed on the new line (the states in between include a
    // key without `:`, a key without a value, and a misplaced `NACOS_AUTH_TOKEN: x` in a list: YAML errors).
    const states = [base.slice(0, at) + '\n' + base.slice(at)];
    for (let k = 1; k <= NEW_ENTRY.length; k++) states.push(base.slice(0, at) + NEW_ENTRY.slice(0, k) + '\n' + base.slice(at));
    // Backspace by backspace, then the last entry (the original one) deleted in one edit.
    for (let k = NEW_ENTRY.length - 1; k >= 0; k--) states.push(base.slice(0, at) + NEW_ENTRY.slice(0, k) + '\n' + base.slice(at));
    const t = servicesTail(base)!;
    states.push(base.slice(0, t.last) + base.slice(t.end));
    let prev = parseYaml(path, base);
    let reparsed = 0;
    let errors = 0;
    for (const [s, text] of states.entries()) {
      const inc = parseYaml(path, text, prev);
      const full = new YamlFile(path, text);
      assert.deepEqual(dump(inc), dump(full), `state ${s}: ${JSON.stringify(text.slice(at - 10, at + 40))}`);
      if (inc.shifts.size) reparsed++;
      if (full.problems.length && inc.shifts.size) errors++;
      prev = inc;
    }
    // Every keystroke is re-parsed, the states with a YAML error and the deleted last entry included.
    assert.equal(reparsed, states.length, `${reparsed} of ${states.length} states re-parsed`);
    assert.ok(errors >= 10, `${errors} states with a YAML error re-parsed`);
  });
}

test(`re-parsing one service agrees with a full parse on ${SEEDS * 40} random edits of generated files`, () => {
  let reparsed = 0;
  let compared = 0;
  for (let seed = 1; seed <= SEEDS; seed++) {
    const r = rng(seed);
    const res = chain(`/ws/p${seed}/compose.yaml`, composeText(r, 40 + r.int(60)), r, 40);
    reparsed += res.reparsed;
    compared += res.compared;
  }
  // The fast path must actually have been taken (most edits land inside one service entry).
  assert.ok(reparsed > compared * 0.3, `only ${reparsed} of ${compared} edits were re-parsed`);
});

test('re-parsing agrees with a full parse on edits of every corpus compose file (padded past the threshold)', () => {
  const dir = corpusDir();
  if (!dir) throw new Error('corpus not found');
  const files: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(n)) files.push(p);
    }
  };
  walk(dir);
  assert.ok(files.length > 10);
  let reparsed = 0;
  for (const [i, p] of files.entries()) {
    const text = readFileSync(p, 'utf8');
    // Many services, so the entries are worth re-parsing: the file's own services repeated under new names.
    const m = /^services:[^\n]*\n([\s\S]*?)(?=^\S|(?![\s\S]))/m.exec(text);
    const body = m ? m[1] : '';
    const copies = body.trim() ? Array.from({ length: Math.ceil(9000 / Math.max(body.length, 1)) }, (_, k) => body.replace(/^( +)([A-Za-z0-9_.-]+):/gm, (all, ind: string, name: string) => (ind.length === (/^( +)\S/m.exec(body)?.[1].length ?? 2) ? `${ind}${name}_${k}:` : all))).join('') : '';
    const big = m ? text.slice(0, m.index + m[0].length - body.length) + copies + body + text.slice(m.index + m[0].length) : text;
    reparsed += chain(`/corpus/${i}/compose.yaml`, big, rng(100 + i), 12).reparsed;
  }
  assert.ok(reparsed > 0, 'no corpus edit was re-parsed');
});

test('findings after re-parsed edits equal the findings of a fresh analysis', () => {
  const r = rng(7);
  const path = '/ws/app/compose.yaml';
  const files = new Map<string, string>([
    ['/ws/app/env/common.env', 'NACOS_AUTH_TOKEN=SecretKey012345678901234567890123456789012345678901234567890123456789\n'],
    ['/ws/app/.env', 'TAG=v2.4.3\nVAR=x\n'],
  ]);
  let text = composeText(r, 70);
  const cache = new Reuse();
  const run = (t: string, c: Reuse = cache) => {
    const res = analyze({ files: [{ path, text: t }], readFile: p => files.get(p), reuse: c });
    return [...res.findings].map(([p, list]) => [p, list.map(f => ({ rule: f.ruleId, span: f.span, message: f.message, related: f.related, fixes: f.fixes.filter(x => x.deterministic).map(x => x.edits()) }))]);
  };
  run(text);
  let reparsed = 0;
  let clean = text;
  for (let s = 0; s < 40; s++) {
    const from = r.next() < 0.6 ? clean : text;
    if (from !== text) run(from);
    const next = edit(r, from);
    const inc = run(next);
    const parsed = cache.parses.get(path, next);
    if (parsed.kind === 'compose' && parsed.yaml.shifts.size) reparsed++;
    const full = run(next, new Reuse());
    assert.deepEqual(inc, full, `step ${s}: ${firstDiff(from, next)}`);
    text = next;
    if (!full.some(([, list]) => (list as { rule: string }[]).some(f => f.rule === 'syntax-error'))) clean = next;
  }
  assert.ok(reparsed > 10, `only ${reparsed} edits re-parsed`);
});
