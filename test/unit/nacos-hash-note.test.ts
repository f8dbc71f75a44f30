// A ` #` inside a `.properties` value is part of the value (Spring's loader, and Nacos's copy of it, know comments only
// at the start of a line): the finding the value gets points at the '#' and says so (issue 14 #10).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../helpers';

const P = 'conf/application.properties';
const NOTE = /'#' here is part of the value: \.properties files have no end-of-line comments/;

function findingOf(text: string, ruleId: string, v = '2.4.3') {
  const { result } = lint({ [P]: text }, { serverVersion: v });
  const all = [...result.findings.values()].flat().filter(f => f.ruleId === ruleId);
  assert.equal(all.length, 1, `${ruleId}: ${JSON.stringify(all.map(f => f.message))}`);
  return { f: all[0], text };
}

test('a switch with an end-of-line "comment": invalid-boolean points at the #', () => {
  const { f, text } = findingOf('nacos.core.auth.enabled=true # turn auth on\n', 'invalid-boolean');
  assert.match(f.message, /fails to start/);
  assert.equal(f.related.length, 1);
  assert.match(f.related[0].message, NOTE);
  assert.equal(text.slice(f.related[0].span.start, f.related[0].span.end), '#');
});

test('system.type, expiry, secret and identity key get the same note', () => {
  for (const [line, rule] of [
    ['nacos.core.auth.enabled=true\nnacos.core.auth.system.type=nacos # default\n', 'auth-system-type'],
    ['nacos.core.auth.plugin.nacos.token.expire.seconds=18000 # 5 hours\n', 'invalid-token-expire'],
    ['nacos.core.auth.enabled=true\nnacos.core.auth.plugin.nacos.token.secret.key=3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A= # HS256\n', 'secret-not-base64'],
    ['nacos.core.auth.server.identity.key=nacosKey # header\n', 'identity-invalid-header-name'],
  ] as const) {
    const { f } = findingOf(line, rule);
    assert.ok(f.related.some(r => NOTE.test(r.message)), `${rule}: ${JSON.stringify(f.related)}`);
  }
});

test('a # without white space before it is not taken for a comment', () => {
  const { f } = findingOf('nacos.core.auth.enabled=tru#e\n', 'invalid-boolean');
  assert.equal(f.related.length, 0);
});
