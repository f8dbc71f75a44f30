// Values a source cannot know (the caller's environment, `$(…)`, a Secret outside the workspace, the environment an
// image is run with) are unknown, never missing: the container module carries them through placeholders, -D mappings
// and relaxed binding; rules that look for missing or mismatching values leave them alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { containerNode, type EnvPlaces } from '../../server/src/core/sources/container';
import { missingEnv } from '../../server/src/core/rules/docker-required-env-missing';
import { normalizeSettings } from '../../server/src/core';
import type { EnvValue } from '../../server/src/core/model/node';

const places: EnvPlaces = { external: ev => ({ value: ev.value, unknown: ev.unknown, provenance: { path: ev.path, span: ev.span, via: `-e ${ev.name}` }, chain: [] }) };
const env = (name: string, value: string | undefined, unknown?: string): [string, EnvValue] => [name, {
  name, value, ...(unknown ? { unknown } : {}), path: '/w/run.sh', span: { start: 0, end: 1 }, keySpan: { start: 0, end: 1 }, innerSpan: { start: 0, end: 1 },
  entrySpan: { start: 0, end: 1 }, via: 'command-line', refs: [], listForm: false, passThrough: false, overridden: [],
}];
const run = (image: string, vars: [string, EnvValue][], openEnv?: string) => containerNode({
  id: 'n', kind: 'docker-run', path: '/w/run.sh', anchor: { start: 0, end: 1 },
  image: { raw: image, value: image, span: { start: 0, end: 1 }, path: '/w/run.sh', refs: [] },
  env: new Map(vars), inputs: [], places, read: () => undefined, parsedAt: () => undefined, clusterKey: s => s,
  ...(openEnv ? { openEnv } : {}),
}, normalizeSettings({}))!;

test('an unknown variable gives an unknown setting through the image placeholder and the -D mapping', () => {
  const n = run('nacos/nacos-server:v2.4.3', [
    env('NACOS_AUTH_ENABLE', undefined, 'the caller\'s NACOS_AUTH_ENABLE'),
    env('NACOS_AUTH_TOKEN', undefined, 'command substitution (not run)'),
    env('NACOS_CORE_AUTH_SERVER_IDENTITY_KEY', undefined, 'a Secret not in the workspace'),
  ]);
  for (const key of ['nacos.core.auth.enabled', 'nacos.core.auth.plugin.nacos.token.secret.key', 'nacos.core.auth.server.identity.key']) {
    const s = n.settings.get(key)!;
    assert.equal(s.value, undefined, key);
    assert.ok(s.unknown, key);
    assert.equal(s.written, undefined, key);
  }
});

test('v3 image: an unknown required variable is not missing; an image run elsewhere has nothing missing', () => {
  const n = run('nacos/nacos-server:v3.1.0', [env('NACOS_AUTH_TOKEN', undefined, 'the caller\'s NACOS_AUTH_TOKEN')]);
  assert.deepEqual(missingEnv(n).map(m => m.name), ['NACOS_AUTH_IDENTITY_KEY', 'NACOS_AUTH_IDENTITY_VALUE']);
  const open = run('nacos/nacos-server:v3.1.0', [], 'the image runs elsewhere');
  assert.deepEqual(missingEnv(open), []);
  assert.ok(open.settings.get('nacos.core.auth.server.identity.key')?.unknown);
});

test('an image whose tag is unknown: any image release (read at the newest), and the detail says why', () => {
  const n = containerNode({
    id: 'n', kind: 'docker-run', path: '/w/run.sh', anchor: { start: 0, end: 1 },
    image: { raw: 'nacos/nacos-server:$TAG', value: 'nacos/nacos-server:', unknown: '$TAG comes from the caller', span: { start: 0, end: 1 }, path: '/w/run.sh', refs: [] },
    env: new Map(), inputs: [], places, read: () => undefined, parsedAt: () => undefined, clusterKey: s => s,
  }, normalizeSettings({}))!;
  assert.equal(n.version.from, 'unknown');
  assert.deepEqual([n.version.range?.from.text, n.version.version.text], ['1.4.3', '3.2.3']);
  assert.match(n.version.detail, /image tag is not known here \(\$TAG comes from the caller\): any image release/);
});

// Defaults are shared between the nodes of one release (model/effective.ts `defaultsFor`): a node that makes its
// defaults unknown, or names an image anomaly in one's `via`, sets new objects and leaves the shared ones as they were.
test('an image run elsewhere makes its own copies of the defaults unknown; the next node at that release still has them', () => {
  const known = () => run('nacos/nacos-server:v2.1.0', []);
  const before = known();
  const defaults = [...before.settings.values()].filter(s => s.origin === 'jar-default' || s.origin === 'code-default');
  assert.ok(defaults.length > 3, 'the image has defaults');
  const shared = defaults.map(s => ({ ...s }));
  const open = run('nacos/nacos-server:v2.1.0', [], 'run elsewhere');
  for (const s of defaults) assert.equal(open.settings.get(s.key)!.unknown, 'run elsewhere', s.key);
  const after = known();
  for (const [i, s] of defaults.entries()) {
    assert.deepEqual({ ...after.settings.get(s.key)! }, shared[i], s.key);
    // The token secret's names v2.1.0's NACOS_AUTH_TOKEN anomaly: that node's own object.
    if (s.via.includes(' image ')) assert.ok(s.key.endsWith('token.secret.key'), s.key);
    else assert.equal(after.settings.get(s.key), s, `${s.key}: one object per release`);
  }
  assert.ok(defaults.some(s => s.via.includes(' image ')), 'the anomaly is named in a default\'s via');
});
