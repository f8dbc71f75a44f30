// `cluster-identity-mismatch`: members of one cluster must send and accept the same identity pair.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTester } from './ruleTester';
import { lint } from '../helpers';
import { cluster3, member } from './fixtures';

const OTHER = 'Zk3pQ9vL2mX8tR5wB7nYq4Jd6Hs1Fa0CxE2uIo4TqNw';
const THIRD = 'Wm4tY7pB1qS9cV3xL6nD8fH2jK5gR0aZ';
const settings = { serverVersion: '2.4.3' };

ruleTester('cluster-identity-mismatch', {
  valid: [
    { name: 'three members, one pair', files: cluster3(member()), settings },
    { name: 'a standalone node is its own cluster', files: { 'a/conf/application.properties': member(), 'b/conf/application.properties': `${member(undefined, OTHER)}nacos.standalone=true\n` }, settings },
  ],
  invalid: [
    {
      name: 'one member has another value',
      files: cluster3(member(undefined, OTHER)),
      settings,
      errors: [`c/conf/application.properties:4 \`${OTHER}\``],
    },
    {
      name: 'no majority: every member is reported against the others',
      files: { ...cluster3(member(undefined, OTHER)), 'b/conf/application.properties': member(undefined, THIRD) },
      settings,
      errors: ['a/conf/application.properties:4 `Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE`', `b/conf/application.properties:4 \`${THIRD}\``, `c/conf/application.properties:4 \`${OTHER}\``],
    },
  ],
});

test('the message says what differs, never a value or a hash of one', () => {
  const { findings } = lint(cluster3(member(undefined, 'Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE ')), settings);
  const f = findings.filter(x => x.ruleId === 'cluster-identity-mismatch');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /^Requests between c and a, b fail with 403: the identity value differs \(trailing white space\)/);
  assert.doesNotMatch(f[0].message, /fingerprint|[0-9a-f]{8}/);
  const zh = lint(cluster3(member(undefined, 'Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE ')), settings, 'zh-cn').findings.find(x => x.ruleId === 'cluster-identity-mismatch')!;
  assert.match(zh.message, /末尾的空白字符/);
});
