// Differential test: re-parsing one service entry (yamlTree.ts `reparse`) against parsing the whole text, on random
// edits of generated compose files and of every corpus compose file. The two must agree on everything a caller can
// see: problems, the converted tree with every span, `$` scalars, and every raw node's span.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { visit, type Node } from 'yaml';
import { YamlFile, type YNode } from '../../server/src/core/compose/yamlTree';
import { analyze } from '../../server/src/core';
import { corpusDir } from '../corpus';

/** mulberry32 */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] };
}
type Rng = ReturnType<typeof rng>;

/** A compose file of `n` services in the shapes people write: anchors and merges, both environment forms, block
 *  scalars, flow collections, quotes, comments, a trailer after `services:`. */
function composeText(r: Rng, n: number): string {
  const out: string[] = [
    '# generated', 'name: reparse', '', 'x-common: &common', '  restart: always', '  env_file:', '    - ./env/common.env',
    'x-env: &env', '  MODE: cluster', '  NACOS_AUTH_ENABLE: "true"', '', 'services:',
  ];
  for (let i = 0; i < n; i++) {
    const ind = '  ';
    if (r.next() < 0.1) out.push(`${ind}# service ${i}`);
    out.push(`${ind}svc${i}:`);
    if (r.next() < 0.6) out.push(`${ind}  <<: *common`);
    out.push(`${ind}  image: ${r.pick(['nacos/nacos-server:v2.4.3', '"nacos/nacos-server:${TAG:-v2.5.1}"', "'mysql:8'", 'redis'])}`);
    if (r.next() < 0.5) {
      out.push(`${ind}  environment:`);
      if (r.next() < 0.4) out.push(`${ind}    <<: *env`);
      for (let k = 0; k < 1 + r.int(5); k++) out.push(`${ind}    NACOS_AUTH_IDENTITY_${k}: ${r.pick(['value', '"quoted $X"', "'single'", '${VAR:-def}', '', '123', 'true'])}`);
    } else {
      out.push(`${ind}  environment:`);
      for (let k = 0; k < 1 + r.int(5); k++) out.push(`${ind}    - ${r.pick(['A=1', 'NACOS_AUTH_TOKEN=$$x', '"B=two words"', 'C', 'D=${D:?need}'])}`);
    }
    if (r.next() < 0.2) out.push(`${ind}  command: |`, `${ind}    echo one`, '', `${ind}    echo two`);
    if (r.next() < 0.2) out.push(`${ind}  ports: [ "8848:8848", 9848 ]`);
    if (r.next() < 0.2) out.push(`${ind}  labels: { a: b, c: "d" }`);
    if (r.next() < 0.1) out.push('');
    if (r.next() < 0.05) out.push('# a comment at column 0');
  }
  out.push('volumes:', '  data: {}', 'networks:', '  default:', '    name: net', '');
  return out.join('\n');
}

const BENIGN = ['a', 'Z', '0', '7', '_', ' ', '.', '/', '='];
const CHARS = ['\n', ':', '-', '#', '&', '*', '"', "'", '|', '>', '[', ']', '{', '}', ',', '$', '\t', '!', '?', '%', '@', '`', '  x: 1\n', '\n  svcX:\n    image: y\n', '---\n', '<<: *env\n'];

/** One random edit, mostly inside `services:` where typing happens. */
function edit(r: Rng, text: string): string {
  const at = r.int(text.length + 1);
  switch (r.int(6)) {
    case 0: case 1: return text.slice(0, at) + (r.next() < 0.75 ? r.pick(BENIGN) : r.pick(CHARS)) + text.slice(at);
    case 2: return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + r.int(3)));
    case 3: { // change one character of a line
      return at < text.length ? text.slice(0, at) + r.pick(['x', '1', ' ', '"']) + text.slice(at + 1) : text + 'x';
    }
    case 4: { // delete or duplicate a line
      const s = text.lastIndexOf('\n', at - 1) + 1;
      const e = text.indexOf('\n', at);
      const end = e < 0 ? text.length : e + 1;
      return r.next() < 0.5 ? text.slice(0, s) + text.slice(end) : text.slice(0, end) + text.slice(s, end) + text.slice(end);
    }
    default: { // replace a word
      const m = /[A-Za-z0-9_]+/g;
      m.lastIndex = at;
      const w = m.exec(text);
      return w ? text.slice(0, w.index) + r.pick(['svc1', 'image', 'environment', 'NACOS_AUTH_ENABLE', 'x']) + text.slice(w.index + w[0].length) : text;
    }
  }
}

/** Everything a caller can read from a YamlFile, spans included, as plain data. */
function dump(f: YamlFile): unknown {
  const ids = new Map<YNode, number>();
  const conv = (n: YNode | undefined): unknown => {
    if (!n) return null;
    const seen = ids.get(n);
    if (seen !== undefined) return { ref: seen };
    ids.set(n, ids.size);
    const base = { kind: n.kind, span: n.span, tag: n.tag ?? null, anchor: n.anchor ?? null };
    if (n.kind === 'scalar') return { ...base, value: String(n.value), type: n.type ?? null, isNull: n.isNull };
    if (n.kind === 'seq') return { ...base, items: n.items.map(i => conv(f.conv(i))) };
    return {
      ...base,
      merges: n.merges.map(m => ({ span: m.span, anchor: m.anchor ?? null, keySpan: m.keySpan, map: conv(m.map) })),
      entries: [...n.entries].map(([k, e]) => ({ k, keySpan: e.keySpan, pairSpan: e.pairSpan, merged: e.merged ? e.merged.span : null, value: conv(f.conv(e.raw)) })),
    };
  };
  const tree = conv(f.root);
  const raw: unknown[] = [];
  if (f.doc) visit(f.doc, (_k, n) => { if (n && typeof n === 'object' && 'range' in n && (n as Node).range) raw.push([(n as Node).constructor.name, f.span(n as Node)]); });
  return {
    tree,
    raw,
    dollar: f.dollarScalars.map(s => [f.span(s), s.value]),
    problems: f.problems.map(p => [p.span.start, p.span.end, p.kind, p.message]).sort(),
    errors: f.doc?.errors.length ?? -1,
  };
}

function chain(path: string, start: string, r: Rng, steps: number): { reparsed: number; compared: number } {
  let text = start;
  YamlFile.clearCache();
  YamlFile.parse(path, text);
  let reparsed = 0;
  let clean = start;
  for (let s = 0; s < steps; s++) {
    // Typing goes through broken states and back: mostly return to the last text without a problem.
    const from = r.next() < 0.6 ? clean : text;
    if (from !== text) YamlFile.parse(path, from);
    const next = edit(r, from);
    const inc = YamlFile.parse(path, next);
    if (inc.shifts.size) reparsed++;
    const full = new YamlFile(path, next);
    const a = dump(inc);
    const b = dump(full);
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      assert.deepEqual(a, b, `step ${s} of ${path}: re-parse and full parse differ after an edit near ${firstDiff(text, next)}`);
    }
    text = next;
    if (!full.problems.length && !full.doc?.errors.length) clean = next;
  }
  return { reparsed, compared: steps };
}

function firstDiff(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `offset ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 20), i + 20))} → ${JSON.stringify(b.slice(Math.max(0, i - 20), i + 20))}`;
}

const SEEDS = Number(process.env.REPARSE_SEEDS ?? 12);

test(`re-parsing one service agrees with a full parse on ${SEEDS * 40} random edits of generated files`, () => {
  let reparsed = 0;
  let compared = 0;
  for (let seed = 1; seed <= SEEDS; seed++) {
    const r = rng(seed);
    const res = chain(`/ws/p${seed}/compose.yaml`, composeText(r, 40 + r.int(60)), r, 40);
    reparsed += res.reparsed;
    compared += res.compared;
  }
  // The fast path must actually have been taken (most edits land inside one service entry).
  assert.ok(reparsed > compared * 0.3, `only ${reparsed} of ${compared} edits were re-parsed`);
});

test('re-parsing agrees with a full parse on edits of every corpus compose file (padded past the threshold)', () => {
  const dir = corpusDir();
  if (!dir) throw new Error('corpus not found');
  const files: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(n)) files.push(p);
    }
  };
  walk(dir);
  assert.ok(files.length > 10);
  let reparsed = 0;
  for (const [i, p] of files.entries()) {
    const text = readFileSync(p, 'utf8');
    // Many services, so the entries are worth re-parsing: the file's own services repeated under new names.
    const m = /^services:[^\n]*\n([\s\S]*?)(?=^\S|(?![\s\S]))/m.exec(text);
    const body = m ? m[1] : '';
    const copies = body.trim() ? Array.from({ length: Math.ceil(9000 / Math.max(body.length, 1)) }, (_, k) => body.replace(/^( +)([A-Za-z0-9_.-]+):/gm, (all, ind: string, name: string) => (ind.length === (/^( +)\S/m.exec(body)?.[1].length ?? 2) ? `${ind}${name}_${k}:` : all))).join('') : '';
    const big = m ? text.slice(0, m.index + m[0].length - body.length) + copies + body + text.slice(m.index + m[0].length) : text;
    reparsed += chain(`/corpus/${i}/compose.yaml`, big, rng(100 + i), 12).reparsed;
  }
  assert.ok(reparsed > 0, 'no corpus edit was re-parsed');
});

test('findings after re-parsed edits equal the findings of a fresh analysis', () => {
  const r = rng(7);
  const path = '/ws/app/compose.yaml';
  const files = new Map<string, string>([
    ['/ws/app/env/common.env', 'NACOS_AUTH_TOKEN=SecretKey012345678901234567890123456789012345678901234567890123456789\n'],
    ['/ws/app/.env', 'TAG=v2.4.3\nVAR=x\n'],
  ]);
  let text = composeText(r, 70);
  const run = (t: string) => {
    const res = analyze({ files: [{ path, text: t }], readFile: p => files.get(p) });
    return [...res.findings].map(([p, list]) => [p, list.map(f => ({ rule: f.ruleId, span: f.span, message: f.message, related: f.related, fixes: f.fixes.filter(x => x.deterministic).map(x => x.edits()) }))]);
  };
  YamlFile.clearCache();
  run(text);
  let reparsed = 0;
  let clean = text;
  for (let s = 0; s < 40; s++) {
    const from = r.next() < 0.6 ? clean : text;
    if (from !== text) run(from);
    const next = edit(r, from);
    const inc = run(next);
    if (YamlFile.parse(path, next).shifts.size) reparsed++;
    YamlFile.clearCache();
    const full = run(next);
    assert.deepEqual(inc, full, `step ${s}: ${firstDiff(from, next)}`);
    text = next;
    if (!full.some(([, list]) => (list as { rule: string }[]).some(f => f.rule === 'syntax-error'))) clean = next;
  }
  assert.ok(reparsed > 10, `only ${reparsed} edits re-parsed`);
});
