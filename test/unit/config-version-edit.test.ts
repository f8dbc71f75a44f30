// "Set the Nacos version…" writes an override into .nacos-auth-lint.json: checked by reading the result back with the
// loader the CLI and the server use (the version applies to the files given, nowhere else; the rest is kept).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setVersionEdit } from '../../server/src/core/fixes/configVersion';
import { parseConfigFile, patchFor } from '../../server/src/core/config/load';
import { applyEdits } from '../../server/src/core/fixes/apply';

const CFG = '/ws/.nacos-auth-lint.json';
const FILES = ['shop/conf/application.properties'];

function after(text: string | undefined, files = FILES, version = '2.4.3'): string {
  const e = setVersionEdit(CFG, text, files, version);
  assert.ok(e, 'an edit');
  return applyEdits(text ?? '', [e]);
}

function versionFor(text: string, rel: string): string | undefined {
  const f = parseConfigFile(CFG, text, { base: '/ws' });
  assert.ok(f);
  assert.deepEqual(f.problems, [], text);
  const p = patchFor(`/ws/${rel}`, [f], '/ws');
  return (p as { scopedServerVersion?: { version: string } }).scopedServerVersion?.version ?? p.serverVersion;
}

describe('setVersionEdit', () => {
  test('no file: creates one whose override applies to the files given only', () => {
    const t = after(undefined);
    assert.equal(versionFor(t, FILES[0]), '2.4.3');
    assert.equal(versionFor(t, 'blog/conf/application.properties'), undefined);
  });

  test('a file with comments and other keys: they are kept, the override added', () => {
    const text = '{\n  // our rules\n  "rules": { "auth-disabled": "info" },\n  "serverVersion": "3.0.2"\n}\n';
    const t = after(text);
    assert.ok(t.includes('// our rules') && t.includes('"auth-disabled": "info"'));
    assert.equal(versionFor(t, FILES[0]), '2.4.3');
    assert.equal(versionFor(t, 'blog/conf/application.properties'), '3.0.2');
  });

  test('existing overrides: appended; the same files again: their version replaced, no second entry', () => {
    const text = '{\n  "overrides": [\n    { "files": ["blog/**"], "rules": { "auth-disabled": "off" } }\n  ]\n}\n';
    const once = after(text);
    assert.equal(versionFor(once, FILES[0]), '2.4.3');
    const twice = after(once, FILES, '2.2.3');
    assert.equal(versionFor(twice, FILES[0]), '2.2.3');
    assert.equal(twice.split('"serverVersion"').length - 1, 1);
    assert.equal(after('{ "overrides": [] }'.concat('\n')).includes('"serverVersion": "2.4.3"'), true);
    assert.equal(versionFor(after('{}\n'), FILES[0]), '2.4.3');
  });

  test('a file that is not a JSON object is never rewritten', () => {
    assert.equal(setVersionEdit(CFG, '{ "overrides": ', FILES, '2.4.3'), undefined);
    assert.equal(setVersionEdit(CFG, '[1, 2]', FILES, '2.4.3'), undefined);
    assert.equal(setVersionEdit(CFG, '{ "overrides": {} }', FILES, '2.4.3'), undefined);
  });
});
