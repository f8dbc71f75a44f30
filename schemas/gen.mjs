#!/usr/bin/env node
// Regenerates nacos-auth-lint.schema.json's rule list from package.json's nacosAuthLint.rules (the rule registry's
// mirror, kept by `npm run gen`): node schemas/gen.mjs [--check]. The rest of the schema is edited by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(root, 'schemas/nacos-auth-lint.schema.json');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const ids = Object.keys(pkg.contributes.configuration.properties['nacosAuthLint.rules'].properties);
const schema = JSON.parse(readFileSync(file, 'utf8'));
schema.definitions.rules.properties = Object.fromEntries(ids.map(id => [id, {
  $ref: '#/definitions/severity',
  description: `Severity of ${id} (https://github.com/nacos-auth-lint/nacos-auth-lint/blob/main/docs/rules/${id}.md).`,
}]));
const text = `${JSON.stringify(schema, null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(file, 'utf8') !== text) { console.error('schemas/nacos-auth-lint.schema.json is stale: run node schemas/gen.mjs'); process.exitCode = 1; }
} else writeFileSync(file, text);
