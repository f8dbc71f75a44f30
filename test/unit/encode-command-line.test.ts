// Writing a value back into a command line or a Dockerfile ENV: whatever the value, the text the encoder writes reads
// back as that value through the same readers the sources use (the shell reader, verified against bash; the
// Dockerfile reader, verified against BuildKit), in every quoting context, with make's `$$` and both escape characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeDockerfileValue, encodeShellText, replaceValueEdit } from '../../server/src/core/fixes/encode';
import { readShellFile } from '../../server/src/core/sources/shell';
import { dockerfileImage } from '../../server/src/core/sources/dockerfile';
import { rng } from '../composeEdits';

test('shell words and Dockerfile ENV values read back exactly (300 generated values)', () => {
  const r = rng(17);
  const alphabet = [...'abcXYZ019 _-=+/$`"\'\\!*?#~:;&|<>(){}[]\t'];
  for (let i = 0; i < 300; i++) {
    let v = '';
    const len = 1 + r.int(12);
    for (let j = 0; j < len; j++) v += r.pick(alphabet);
    for (const [open, close, q] of [['', '', null], ["'", "'", "'"], ['"', '"', '"']] as const) {
      const word = `${open}${encodeShellText(v, q)}${close}`;
      const inv = readShellFile({ path: '/w/x.sh', text: `# nacos\ndocker run -e X=${word} nacos/nacos-server:v2.4.3\n` })!.invocations[0];
      assert.equal(inv.env[0].value, v, `${JSON.stringify(v)} in ${q ?? 'no'} quotes as ${word}`);
    }
    const mk = readShellFile({ path: '/w/Makefile', text: `up:\n\tdocker run -e X=${encodeShellText(v, null).replace(/\$/g, '$$$$')} nacos/nacos-server:v2.4.3\n` })!.invocations[0];
    assert.equal(mk.env[0].value, v, `make: ${JSON.stringify(v)}`);
    if (/[\n\t]/.test(v)) continue;
    for (const esc of ['\\', '`']) {
      const head = esc === '`' ? '# escape=`\n' : '';
      const img = dockerfileImage('/w/Dockerfile', `${head}FROM nacos/nacos-server:v2.4.3\nENV X=${encodeDockerfileValue(v, null, esc)}\n`)!;
      assert.equal(img.env[0]?.value, v, `Dockerfile (escape ${esc}): ${JSON.stringify(v)}`);
    }
  }
});

test('a whole command-line word is rewritten with its option prefix; a Makefile doubles $', () => {
  const e = replaceValueEdit({ path: '/w/Makefile', fileKind: 'shell', span: { start: 0, end: 5 }, raw: '', name: 'X', literal: false, wordPrefix: 'X=' }, 'a b$c', 'xxxxx');
  assert.equal(e.newText, "'X=a b$$c'");
  const d = replaceValueEdit({ path: '/w/Dockerfile', fileKind: 'dockerfile', span: { start: 1, end: 4 }, raw: '', name: 'X', literal: true, quote: "'" }, "it's", "'abc'");
  assert.deepEqual([d.span, d.newText], [{ start: 0, end: 5 }, '"it\'s"']);
});
