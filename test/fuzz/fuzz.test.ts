// `npm run fuzz`: every property at full strength (>= 100,000 cases in total). FUZZ_SEED fixes the seed (default:
// random, printed so a failure can be replayed); FUZZ_SCALE multiplies the run counts (e.g. 0.1 for a quick look).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_PROPERTIES } from './all';
import { runProperty, type RunOutcome } from './check';
import { fixStats } from './fixConvergence';

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
const scale = process.env.FUZZ_SCALE ? Number(process.env.FUZZ_SCALE) : 1;
const outcomes: RunOutcome[] = [];

for (const p of ALL_PROPERTIES) {
  test(p.name, () => {
    const o = runProperty(p, Math.max(1, Math.round(p.runs * scale)), seed);
    outcomes.push(o);
    if (o.failure) assert.fail(o.failure);
  });
}

test('total number of cases', () => {
  const total = outcomes.reduce((n, o) => n + o.runs, 0);
  if (scale >= 1) assert.ok(total >= 100_000, `only ${total} cases ran`);
});

after(() => {
  const byArea = new Map<string, { runs: number; ms: number }>();
  for (const o of outcomes) {
    const a = byArea.get(o.area) ?? { runs: 0, ms: 0 };
    a.runs += o.runs;
    a.ms += o.ms;
    byArea.set(o.area, a);
  }
  const lines = [...byArea].map(([area, a]) => `  ${area.padEnd(14)} ${String(a.runs).padStart(7)} cases  ${(a.ms / 1000).toFixed(1).padStart(6)} s`);
  const total = outcomes.reduce((n, o) => n + o.runs, 0);
  const ms = outcomes.reduce((n, o) => n + o.ms, 0);
  process.stdout.write(`\nfuzz seed ${seed}\n${lines.join('\n')}\n  ${'total'.padEnd(14)} ${String(total).padStart(7)} cases  ${(ms / 1000).toFixed(1).padStart(6)} s\n` +
    `  (${fixStats.applied} deterministic fixes applied one by one and re-linted; ${fixStats.fixAllPasses} fix-all passes)\n`);
});
