// After a keystroke the language server reads for secrets only the lines the edit touched (model/secrets.ts
// secretLinesAfterEdit); the other lines keep what they held. That must be exactly what reading the new text whole
// gives — the lines, their places and their values, in order — or a secret would go unmasked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { secretLines, secretLinesAfterEdit, secretValues, textSecrets } from '../../server/src/core/model/secrets';

const LINES = [
  'NACOS_AUTH_TOKEN=SecretKey012345678901234567890123456789',
  'NACOS_AUTH_IDENTITY_VALUE=security-value-1',
  '      - name: NACOS_AUTH_IDENTITY_KEY',
  '        value: "serverIdentity-abcd"',
  'nacos.core.auth.plugin.nacos.token.secret.key=VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=',
  '# NACOS_AUTH_TOKEN=commented-out-value',
  'password: hunter2hunter2',
  'enabled=${NACOS_AUTH_TOKEN:defaultTokenValue99}',
  'JVM_XMN=256m',
  'image: nacos/nacos-server:v2.4.3',
  '',
  '  token: ',
];

const text = fc.array(fc.constantFrom(...LINES), { maxLength: 14 }).chain(ls =>
  fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: ls.length, maxLength: ls.length }).map(brs => ls.map((l, i) => l + brs[i]).join('')));

const edit = fc.record({
  at: fc.nat(),
  del: fc.nat({ max: 12 }),
  ins: fc.oneof(fc.constantFrom('', '7', '\n', '\r', 'TOKEN=', 'x\nSECRET=abcdefgh12', '#', ' '), fc.string({ maxLength: 6 })),
});

test('reading only the touched lines gives what reading the whole new text gives', () => {
  fc.assert(fc.property(text, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
    let old = start;
    let held = secretLines(old, new Map());
    for (const e of edits) {
      const at = e.at % (old.length + 1);
      const next = old.slice(0, at) + e.ins + old.slice(Math.min(old.length, at + e.del));
      const lines = { next: new Map<string, string[]>() };
      const got = secretLinesAfterEdit(old, held, next, new Map(), lines);
      const want = secretLines(next, new Map());
      assert.deepEqual(got, want);
      assert.deepEqual(secretValues(got), textSecrets(next));
      old = next;
      held = got;
    }
  }), { numRuns: 600 });
});

test('an edit far from the secrets reads no line again; one on a secret line reads that line only', () => {
  const body = `${LINES[0]}\n${'JVM_XMN=256m\n'.repeat(50)}${LINES[1]}\n`;
  const held = secretLines(body, new Map());
  assert.equal(held.length, 2);
  const far = body.replace('JVM_XMN=256m\nJVM', 'JVM_XMN=2567m\nJVM');
  const lines = { next: new Map<string, string[]>() };
  const got = secretLinesAfterEdit(body, held, far, new Map(), lines);
  assert.equal(lines.next.size, 0, 'no line was read again');
  assert.equal(got[0], held[0]);
  assert.equal(got[1].start, held[1].start + 1);
  const near = body.replace('security-value-1', 'security-value-12');
  const lines2 = { next: new Map<string, string[]>() };
  const got2 = secretLinesAfterEdit(body, held, near, new Map(), lines2);
  assert.deepEqual([...lines2.next.keys()], ['NACOS_AUTH_IDENTITY_VALUE=security-value-12']);
  assert.deepEqual(got2, secretLines(near, new Map()));
});
