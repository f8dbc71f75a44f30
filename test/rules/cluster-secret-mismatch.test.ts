// `cluster-secret-mismatch`: members must sign tokens with the same key bytes (compared after each decodes it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTester } from './ruleTester';
import { lint } from '../helpers';
import { absorbersOf } from '../../server/src/core';
import { cluster3, member } from './fixtures';

const settings = { serverVersion: '2.4.3' };
const OTHER = '07e35oZIyIRGq2uA3ScdHatn1pRL+wsO0jR5Cm6WZtM=';

ruleTester('cluster-secret-mismatch', {
  valid: [
    { name: 'one secret', files: cluster3(member()), settings },
    { name: 'the same bytes written with and without quotes-free padding trimmed (2.3+ decodes both alike)', files: cluster3(member(undefined, undefined, '3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A= ')), settings },
  ],
  invalid: [
    {
      name: 'one member signs with another key',
      files: cluster3(member(undefined, undefined, OTHER)),
      settings,
      errors: [`c/conf/application.properties:5 \`${OTHER}\``],
    },
  ],
});

test('the message names the decoded byte counts when they differ', () => {
  const short = 'c2hvcnRlclNlY3JldEtleUJ5dGVzMTIzNDU2'; // 27 bytes (too short, and typed: those rules would hold it)
  const f = lint(cluster3(member(undefined, undefined, short)), { ...settings, rules: Object.fromEntries(absorbersOf('cluster-secret-mismatch').map(r => [r, 'off'])) }).findings.filter(x => x.ruleId === 'cluster-secret-mismatch');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /token secret differs \(decodes to 27 bytes, the others to 32\)/);
});
