// Differential test: analyses that reuse services from the memo (engine/composeReuse.ts, used by the language server
// through a shared ParseCache) against fresh analyses of the same files, after random edits of a large compose file,
// its env files and `.env`. Findings (with related information and every fix's edits) and nodes must be identical.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type AnalysisResult } from '../../server/src/core';
import { Reuse } from '../../server/src/core/engine/reuse';
import { ChunkTable, Relocator } from '../../server/src/core/engine/composeReuse';
// @ts-expect-error — the benchmark's generator is plain JavaScript
import { composeProject } from '../bench/generate.mjs';
import { rng, servicesTail, tailEdit, type Rng } from '../composeEdits';
import { asData, OMIT, RECURSE } from '../nodeData';

const ROOT = '/ws/deploy';
const MAIN = `${ROOT}/compose.yaml`;

/** Everything a caller sees of a result as plain data (fix edits evaluated; generated values masked). */
function dump(res: AnalysisResult): unknown {
  const findings = [...res.findings].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, list]) => [path, list.map(f => ({
    rule: f.ruleId, severity: f.severity, message: f.message, span: f.span, related: f.related,
    fixes: f.fixes.map(x => ({ title: x.title, deterministic: x.deterministic, preferred: !!x.isPreferred, edits: edits(x) })),
  }))]);
  const nodes = res.nodes.map(n => plain(n));
  const clusters = res.clusters.map(c => [c.id, c.nodes.map(n => n.id)]);
  return { findings, nodes, clusters };
}

function edits(x: { deterministic: boolean; edits(): { path: string; span: { start: number; end: number }; newText: string }[] }): unknown {
  try {
    // Generated secrets differ per call: keep where they go and their shape, not their bytes.
    return x.edits().map(e => ({ path: e.path, span: e.span, newText: x.deterministic ? e.newText : e.newText.replace(/[A-Za-z0-9+/=_-]{16,}/g, '<generated>') }));
  } catch (e) {
    return `threw: ${(e as Error).message}`;
  }
}

/** A node as data: Maps as entries, functions and back references left out; a project as its files and node ids. */
function plain(v: unknown): unknown {
  return asData(v, (k, x) => {
    if (k === 'project') return { files: (x as { files: string[] }).files, nodes: (x as { nodes: { id: string }[] }).nodes.map(n => n.id) };
    return k === 'props' ? OMIT : RECURSE;
  });
}

function lineEdit(r: Rng, text: string): string {
  const lines = text.split('\n');
  const i = r.int(lines.length);
  const l = lines[i];
  const at = r.int(l.length + 1);
  const roll = r.next();
  if (roll < 0.45) lines[i] = l.slice(0, at) + r.pick(['7', 'x', 'A', '_', ' ', '=', ':', '$', '"', '#', '-']) + l.slice(at);
  else if (roll < 0.7) lines[i] = l.slice(0, at) + l.slice(at + 1);
  else if (roll < 0.8) lines.splice(i, 1);
  else if (roll < 0.9) lines.splice(i, 0, l);
  else lines[i] = l.replace(/(NACOS_AUTH_[A-Z_]+[=:] ?)\S*/, `$1${r.pick(['', 'SecretKey012345678901234567890123456789012345678901234567890123456789', 'serverIdentity', 'abc$def', 'x'.repeat(40)])}`);
  return lines.join('\n');
}

test('memo runs equal fresh runs after random edits of a compose file, its env files and .env', () => {
  const r = rng(11);
  const p = composeProject(r, { services: 48, badGroups: [2] }) as { files: Record<string, string>; text: string };
  const files = new Map<string, string>(Object.entries(p.files).map(([rel, t]) => [`${ROOT}/${rel}`, t]));
  files.set(MAIN, p.text);
  const envPaths = [...files.keys()].filter(k => k !== MAIN);
  const cache = new Reuse();
  const run = (c?: Reuse) => analyze({ files: [{ path: MAIN, text: files.get(MAIN)! }], readFile: q => files.get(q), reuse: c });
  run(cache);
  let clean = new Map(files);
  for (let step = 0; step < 80; step++) {
    // Typing goes through broken states and back: often return to the last state without a syntax error.
    if (r.next() < 0.5) for (const [k, v] of clean) files.set(k, v);
    const roll = r.next();
    if (roll < 0.6) files.set(MAIN, lineEdit(r, files.get(MAIN)!));
    // At the end of the services: the last entry, a new one typed after it, the last one deleted.
    else if (roll < 0.8) files.set(MAIN, tailEdit(r, files.get(MAIN)!));
    else { const e = r.pick(envPaths); files.set(e, lineEdit(r, files.get(e)!)); }
    const memoRun = run(cache);
    const memo = dump(memoRun);
    const freshRun = run();
    const fresh = dump(freshRun);
    assert.deepEqual(memo, fresh, `step ${step}`);
    if (![...freshRun.findings.values()].some(l => l.some(f => f.ruleId === 'syntax-error'))) clean = new Map(files);
  }
  const { stats } = cache.compose;
  // The memo must have been used: most services and node reports come from it.
  assert.ok(stats.services > stats.loaded * 2, JSON.stringify(stats));
  assert.ok(stats.reports > stats.computed, JSON.stringify(stats));
});

const NEW_ENTRY = [
  '  nacos-new:', '    <<: *nacos-common', '    hostname: nacos-new', '    env_file:', '      - ./env/group-00.env', '    environment:',
  '      - MODE=cluster', '      - NACOS_AUTH_ENABLE=true', '      NACOS_SERVERS: x', '      - JVM_XMN=256m', '', '',
].join('\n');

for (const trailer of [true, false]) {
  test(`typing a service after the last one, editing the last one and deleting it: memo runs equal fresh runs, the other services reused (${trailer ? 'before a trailer' : 'at the end of the file'})`, () => {
    const p = composeProject(rng(12), { services: 40 }) as { files: Record<string, string>; text: string };
    const files = new Map<string, string>(Object.entries(p.files).map(([rel, t]) => [`${ROOT}/${rel}`, t]));
    const t0 = servicesTail(p.text)!;
    const base = trailer ? p.text : p.text.slice(0, t0.end);
    const at = servicesTail(base)!.end;
    const states: string[] = [];
    // Enter, the entry key by key (a key without `:`, a list item after map items: YAML errors on the way), back out
    // key by key, then keystrokes in the last entry, and the last entry deleted.
    for (let k = 0; k <= NEW_ENTRY.length; k++) states.push(base.slice(0, at) + NEW_ENTRY.slice(0, k) + '\n' + base.slice(at));
    for (let k = NEW_ENTRY.length - 1; k >= 0; k--) states.push(base.slice(0, at) + NEW_ENTRY.slice(0, k) + '\n' + base.slice(at));
    const { last, end } = servicesTail(base)!;
    for (let k = 0; k < 6; k++) {
      const cut = last + Math.floor(((end - last) * (k + 1)) / 8);
      states.push(base.slice(0, cut) + (k % 2 ? '' : 'x') + base.slice(cut + (k % 2 ? 1 : 0)));
    }
    states.push(base.slice(0, last) + base.slice(end));
    const cache = new Reuse();
    const run = (text: string, c?: Reuse) => analyze({ files: [{ path: MAIN, text }], readFile: q => (q === MAIN ? text : files.get(q)), reuse: c });
    run(base, cache);
    let errors = 0;
    for (const [s, text] of states.entries()) {
      const before = { ...cache.compose.stats };
      const memoRun = run(text, cache);
      const freshRun = run(text);
      assert.deepEqual(dump(memoRun), dump(freshRun), `state ${s}: ${JSON.stringify(text.slice(at - 20, at + 60))}`);
      const reused = cache.compose.stats.services - before.services;
      if ([...freshRun.findings.values()].some(l => l.some(f => f.ruleId === 'syntax-error'))) errors++;
      // Every state reuses all but the entries around the edit (the YAML errors included).
      assert.ok(reused >= 36, `state ${s}: ${reused} services reused`);
    }
    assert.ok(errors >= 10, `${errors} states with a YAML error`);
  });
}

test('an offset where two entries meet moves with the entry it ends when it ends something (a span end, an insertion point)', () => {
  const chunk = (name: string, start: number, text: string) => ({ name, start, end: start + text.length, text });
  const a = 'a'.repeat(10);
  const b = 'b'.repeat(10);
  // a new entry typed between `a` and `b`, which is the last one (the trailer after it moves too).
  const from = new ChunkTable([chunk('a', 10, a), chunk('b', 20, b)], 10, 30);
  const to = new ChunkTable([chunk('a', 10, a), chunk('n', 20, 'n'.repeat(5)), chunk('b', 25, b)], 10, 35);
  const r = new Relocator(from, to);
  assert.equal(r.point(20), 25, "b's start");
  assert.equal(r.point(20, true), 20, "a's end");
  assert.equal(r.point(30), 35, "the trailer's start");
  assert.equal(r.point(30, true), 35, "b's end");
  assert.deepEqual(r.span({ start: 12, end: 20 }), { start: 12, end: 20 });
  assert.deepEqual(r.span({ start: 20, end: 20 }), { start: 20, end: 20 });
  assert.deepEqual(r.span({ start: 20, end: 30 }), { start: 25, end: 35 });
  assert.equal(r.forEntry('a')(20, true), 20);
  assert.equal(r.forEntry('a')(20), 25);
  assert.equal(r.forEntry('b')(20, true), 20);
  // `a` changed: the boundary can only be placed through `b`.
  const changed = new ChunkTable([chunk('a', 10, 'x'.repeat(10)), chunk('b', 20, b)], 10, 30);
  assert.equal(new Relocator(from, changed).point(20, true), 20);
  const shifted = new ChunkTable([chunk('a', 10, 'x'.repeat(12)), chunk('b', 22, b)], 10, 32);
  assert.equal(new Relocator(from, shifted).point(20, true), 22);
});

test('a service whose image tag is no version (checked at every image release) after an edited one: memo runs equal fresh runs', () => {
  // The node rebuilt per release closes over the places of its text: once its entry moves it is loaded again, never
  // moved with stale places (its reports then differed between releases and were dropped; fuzz seed 77001).
  const svc = (i: number, image: string, auth: string) => `  svc${i}:\n    image: ${image}\n    environment:\n      - NACOS_AUTH_ENABLE=${auth}\n      - MODE=cluster\n`;
  const services = Array.from({ length: 10 }, (_, i) => svc(i, i === 8 ? '"nacos/nacos-server:${NO_SUCH_TAG}"' : 'nacos/nacos-server:v2.4.3', i % 3 ? 'false' : 'true'));
  let text = `services:\n${services.join('')}`;
  const cache = new Reuse();
  const run = (c?: Reuse) => analyze({ files: [{ path: MAIN, text }], readFile: q => (q === MAIN ? text : undefined), reuse: c });
  run(cache);
  const fresh0 = dump(run());
  assert.ok(JSON.stringify(fresh0).includes('auth-disabled'), 'the case has findings on the unknown-tag service');
  for (const typed of ['x', 'xy', 'xyz', 'xy']) {
    text = text.replace(/svc2(\w*):/, `svc2${typed}:`);
    assert.deepEqual(dump(run(cache)), dump(run()), `after typing ${typed}`);
  }
  assert.ok(cache.compose.stats.services > 0, 'other services were reused');
});
