// textSecrets finds the lines that mention a secret-like word by searching the text instead of splitting it into
// lines: the candidates must be what reading every line gives, for every kind of line break, comments and long lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textSecrets } from '../../server/src/core/model/secrets';

/** The same search line by line (the obvious way). */
function byLines(text: string): string[] {
  const out = new Set<string>();
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (/^\s*[#!]/.test(line) || !/TOKEN|SECRET|IDENTITY|PASSWORD|PASSWD|CREDENTIAL|PRIVATE/i.test(line)) continue;
    for (const v of textSecrets(line)) out.add(v);
  }
  return [...out].sort();
}

test('the candidates are those of a line-by-line reading (LF, CRLF, CR, comments, several mentions on a line)', () => {
  let seed = 11;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const pieces = [
    'NACOS_AUTH_TOKEN=SecretValueNumber1234567890', 'nacos.core.auth.server.identity.value=abcdefghijklmnop', '# TOKEN=commentedOutValue12345',
    '  ! password=bangCommentValue123', 'DB_PASSWORD: p4ssw0rdValue_xyz', 'token secret TOKEN=a1b2c3d4e5f6g7h8 PASSWORD=zzzzyyyyxxxxwwww',
    'image: nacos/nacos-server', 'url=${NACOS_TOKEN:-defaultTokenValue999}', 'plain line', '', ' ', 'x=1',
  ];
  const breaks = ['\n', '\r\n', '\r', '\n\n'];
  for (let i = 0; i < 300; i++) {
    const text = Array.from({ length: rnd(12) }, () => pieces[rnd(pieces.length)] + breaks[rnd(breaks.length)]).join('') + (i % 3 ? pieces[rnd(pieces.length)] : '');
    assert.deepEqual([...textSecrets(text)].sort(), byLines(text), JSON.stringify(text));
  }
  assert.ok(textSecrets('NACOS_AUTH_TOKEN=SecretValueNumber1234567890\r\n# TOKEN=commentedOutValue12345').includes('SecretValueNumber1234567890'));
  assert.ok(!textSecrets('# TOKEN=commentedOutValue12345').length);
});
