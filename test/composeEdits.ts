// Compose texts and edits for the re-parse and memo differential tests (test/unit/yaml-reparse.test.ts,
// test/unit/compose-memo.test.ts, test/fuzz/reparse.ts): a generator of compose files in the shapes people write, a
// random edit, and everything a caller can read from a YamlFile as plain data.
import { visit, type Node } from 'yaml';
import type { YamlFile, YNode } from '../server/src/core/syntax/yaml/yamlTree';

// @ts-expect-error — the benchmark's generators are plain JavaScript
import { rng as seeded } from './bench/generate.mjs';

export interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(xs: readonly T[]): T;
}
/** The benchmark's seeded PRNG (mulberry32): the same seed gives the same texts and edits everywhere. */
export const rng = seeded as (seed: number) => Rng;

/** A compose file of `n` services in the shapes people write: anchors and merges, both environment forms, block
 *  scalars, flow collections, quotes, comments, a trailer after `services:`. */
export function composeText(r: Rng, n: number): string {
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
export function edit(r: Rng, text: string): string {
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
export function dump(f: YamlFile): unknown {
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
