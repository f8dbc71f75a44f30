// schemas/nacos-auth-lint.schema.json (shipped for VS Code's jsonValidation) agrees with the loader: the same keys,
// the same rule ids as the registry, and the same verdict (valid / invalid) on good and bad examples.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv from 'ajv';
import { CONFIG_KEYS, SERVER_VERSION_PATTERN, SEVERITY_VALUES, parseConfigFile, parseJsonc } from '../../server/src/core/config';
import { RULES } from '../../server/src/core';

function repoRoot(): string {
  for (let d = __dirname; d !== dirname(d); d = dirname(d)) if (existsSync(join(d, 'server/src/core'))) return d;
  return process.cwd();
}
const ROOT = repoRoot();
const FIX = join(ROOT, 'test/fixtures/config');
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/nacos-auth-lint.schema.json'), 'utf8'));
const ruleIds = RULES.map(r => r.id);

type S = { $ref?: string; properties?: Record<string, S>; items?: S; additionalProperties?: boolean; required?: string[]; enum?: string[]; pattern?: string };
const deref = (s: S): S => (s.$ref ? deref(schema.definitions[s.$ref.replace('#/definitions/', '')]) : s);

describe('schema ↔ loader', () => {
  test('draft-07, compiles in strict mode', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    new Ajv({ strict: true, allErrors: true }).compile(schema);
  });
  test('package.json: the nacosAuthLint key refers to the same schema', () => {
    const pkgSchema = JSON.parse(readFileSync(join(ROOT, 'schemas/package-json.schema.json'), 'utf8'));
    const ajv = new Ajv({ strict: true, allErrors: true });
    ajv.addSchema(schema, 'nacos-auth-lint.schema.json');
    const v = ajv.compile({ ...pkgSchema, $id: undefined });
    const good = JSON.parse(readFileSync(join(FIX, 'good/package.json'), 'utf8'));
    assert.ok(v(good), JSON.stringify(v.errors));
    assert.equal(v({ name: 'x', nacosAuthLint: { serverVerison: '1' } }), false);
  });
  test('every key the loader reads is in the schema and vice versa; objects are closed', () => {
    const keys = (s: S) => Object.keys(deref(s).properties ?? {}).sort();
    assert.deepEqual(keys(schema), [...CONFIG_KEYS.top].sort());
    assert.equal(schema.additionalProperties, false);
    const over = deref(schema.properties.overrides.items);
    assert.deepEqual(keys(over), [...CONFIG_KEYS.overrides].sort());
    assert.deepEqual(over.required, ['files']);
    const cl = deref(schema.properties.clusters.items);
    assert.deepEqual(keys(cl), [...CONFIG_KEYS.clusters].sort());
    assert.deepEqual(cl.required, ['name', 'include']);
    assert.deepEqual(keys(schema.properties.helm), [...CONFIG_KEYS.helm].sort());
    for (const s of [over, cl, deref(schema.properties.helm), deref(schema.properties.rules)]) assert.equal(s.additionalProperties, false);
  });
  test('rule ids: the registry; severities and the version pattern: the loader\'s', () => {
    assert.deepEqual(Object.keys(deref(schema.properties.rules).properties!).sort(), [...ruleIds].sort(), 'run node schemas/gen.mjs');
    assert.deepEqual(deref(schema.definitions.severity).enum, [...SEVERITY_VALUES]);
    assert.equal(deref(schema.properties.serverVersion).pattern, SERVER_VERSION_PATTERN.source);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.contributes.configuration.properties['nacosAuthLint.serverVersion'].pattern, SERVER_VERSION_PATTERN.source, 'same as the setting');
  });
});

describe('same verdict on examples', () => {
  const validate = new Ajv({ allErrors: true }).compile(schema);
  for (const name of readdirSync(join(FIX, 'good'))) {
    test(`good/${name}`, () => {
      const text = readFileSync(join(FIX, 'good', name), 'utf8');
      let doc = parseJsonc(text).value as Record<string, unknown>;
      if (name === 'package.json') doc = doc.nacosAuthLint as Record<string, unknown>;
      assert.ok(validate(doc), JSON.stringify(validate.errors));
      const f = parseConfigFile(`/w/${name === 'package.json' ? 'package.json' : '.nacos-auth-lint.json'}`, text, { ruleIds })!;
      assert.deepEqual(f.problems, []);
    });
  }
  const cases = JSON.parse(readFileSync(join(FIX, 'bad/cases.json'), 'utf8')) as { name: string; config: unknown; jsonPath: string }[];
  for (const c of cases) {
    test(`bad: ${c.name}`, () => {
      assert.equal(validate(c.config), false, 'schema rejects');
      const f = parseConfigFile('/w/.nacos-auth-lint.json', JSON.stringify(c.config), { ruleIds })!;
      assert.ok(f.problems.length > 0, 'loader rejects');
      // Both point at the same place (ajv: instancePath /a/0/b, or the parent with additionalProperties/required).
      const ajvPaths = validate.errors!.map(e => {
        const p = e.instancePath.split('/').slice(1).map(x => (/^\d+$/.test(x) ? `[${x}]` : `.${x}`)).join('').replace(/^\./, '');
        const extra = (e.params as { additionalProperty?: string; missingProperty?: string }).additionalProperty ?? (e.params as { missingProperty?: string }).missingProperty;
        return extra ? (p ? `${p}.${extra}` : extra) : p;
      });
      assert.ok(ajvPaths.includes(c.jsonPath), `ajv ${JSON.stringify(ajvPaths)} vs ${c.jsonPath}`);
    });
  }
});
