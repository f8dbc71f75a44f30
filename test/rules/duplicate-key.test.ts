// `duplicate-key`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/duplicate-key.md says what the rule is for).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ruleTester } from './ruleTester';
import { P, base, ok, C, TOKEN, KEY, VALUE } from './fixtures';
import { findOracle } from '../oracles';

const list = (extra: string[], after: string[] = []) => `services:\n  nacos:\n    image: nacos/nacos-server:v2.4.3\n    environment:\n${[...extra, 'NACOS_AUTH_ENABLE=true', `NACOS_AUTH_TOKEN=${TOKEN}`, `NACOS_AUTH_IDENTITY_KEY=${KEY}`, `NACOS_AUTH_IDENTITY_VALUE=${VALUE}`, ...after].map(l => `      - ${l}\n`).join('')}`;
const twice = list(['NACOS_AUTH_ENABLE=false  # off while debugging']);

ruleTester('duplicate-key', {
  valid: [
    base(ok),
    { name: 'compose list, each variable once', files: { [C]: list([]) } },
    { name: 'a variable nothing in Nacos reads', files: { [C]: list(['JVM_XMS=1g'], ['JVM_XMS=2g']) } },
  ],
  invalid: [
    { ...base(`nacos.core.auth.enabled=false\n${ok}`), errors: [`${P}:1 \`nacos.core.auth.enabled\``], output: { [P]: ok } },
    { name: 'compose environment list: the earlier item is dead', files: { [C]: twice }, errors: [`${C}:5 \`NACOS_AUTH_ENABLE\``], output: { [C]: list([]) } },
  ],
});

test('Compose v2 keeps the later of two list items (the oracle)', t => {
  const o = findOracle('compose-v2', 'compose-v2');
  if ('skip' in o) { t.skip(o.skip); return; }
  const dir = mkdtempSync(join(tmpdir(), 'nal-dup-'));
  writeFileSync(join(dir, 'compose.yaml'), twice);
  const model = JSON.parse(execFileSync(o.path, ['-f', join(dir, 'compose.yaml')], { cwd: dir, encoding: 'utf8' }));
  assert.equal(model.services.nacos.environment.NACOS_AUTH_ENABLE, 'true');
});
