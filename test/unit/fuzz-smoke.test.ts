// The seed-fixed, smaller set of the fuzz properties (test/fuzz/) that runs in CI with `npm test`; `npm run fuzz`
// runs the same properties at full strength with a fresh seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_PROPERTIES } from '../fuzz/all';
import { runProperty } from '../fuzz/check';

const SEED = 20_240_801;
/** About 2 % of the full run, at least 50 cases per property. */
const smokeRuns = (full: number) => Math.max(50, Math.round(full / 50));

for (const p of ALL_PROPERTIES) {
  test(p.name, () => {
    const o = runProperty(p, smokeRuns(p.runs), SEED);
    if (o.failure) assert.fail(o.failure);
  });
}
