import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_PROPERTIES } from '/work/main/test/fuzz/all';
import { runProperty } from '/work/main/test/fuzz/check';
const only = process.env.ONLY ?? '';
const runs = Number(process.env.RUNS ?? 200);
const seed = Number(process.env.SEED ?? 1);
for (const p of ALL_PROPERTIES) {
  if (!p.name.includes(only)) continue;
  test(p.name, () => {
    const o = runProperty(p, runs, seed);
    console.log(`${o.runs} runs in ${o.ms.toFixed(0)} ms`);
    if (o.failure) assert.fail(o.failure);
  });
}
