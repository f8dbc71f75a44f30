// Prefix upper bounds (`inRange(v, lo, '2.4')` is true for 2.4.x): compared component by component, only the components
// the bound writes count. Checked against the obvious reading over every release and bounds of 1–4 components.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RELEASES, inRange, parseVersion } from '../../server/src/core/nacos/versions';

test('a prefix bound holds exactly the releases whose written components are at most the bound\'s', () => {
  const bounds = ['1', '2', '3', '1.4', '2.2', '2.4', '2.5', '3.0', '1.4.1', '2.2.0', '2.2.4', '2.4.3', '3.2.3', '2.2.0.0', '2.2.0.1', '2.4.2.1', '0.9', '9'];
  let checked = 0;
  for (const r of RELEASES) {
    const v = parseVersion(r)!;
    const x = [v.major, v.minor, v.patch, v.hotfix];
    for (const b of bounds) {
      const parts = b.split('.').map(Number);
      let expected = true;
      for (let i = 0; i < parts.length; i++) if (x[i] !== parts[i]) { expected = x[i] < parts[i]; break; }
      assert.equal(inRange(v, '0.0.0', b), expected, `${r} ≤ ${b}`);
      checked++;
    }
  }
  assert.ok(checked > 900);
});
