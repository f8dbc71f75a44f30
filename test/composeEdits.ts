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
 *  scalars, flow collections, quotes, comments, mostly a trailer after `services:` (else the last entry ends the file). */
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
  if (r.next() < 0.75) out.push('volumes:', '  data: {}', 'networks:', '  default:', '    name: net');
  out.push('');
  return out.join('\n');
}

const BENIGN = ['a', 'Z', '0', '7', '_', ' ', '.', '/', '='];
const CHARS = ['\n', ':', '-', '#', '&', '*', '"', "'", '|', '>', '[', ']', '{', '}', ',', '$', '\t', '!', '?', '%', '@', '`', '  x: 1\n', '\n  svcX:\n    image: y\n', '---\n', '<<: *env\n'];

/** One random edit, mostly inside `services:` where typing happens; one in four at the end of its entries. */
export function edit(r: Rng, text: string): string {
  const at = r.int(text.length + 1);
  switch (r.int(8)) {
    case 6: case 7: return tailEdit(r, text);
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

/** Where the entries of `services:` end (the next top-level key's line, or the end of the text) and where the last
 *  entry starts (its key's line); undefined without a block `services:`. */
export function servicesTail(text: string): { last: number; end: number } | undefined {
  const head = /^services:[ \t]*\n/m.exec(text);
  if (!head) return undefined;
  const from = head.index + head[0].length;
  const next = /^[^\s#]/gm;
  next.lastIndex = from;
  const end = next.exec(text)?.index ?? text.length;
  const key = /^ {2}[^\s#-][^\n]*:/gm;
  key.lastIndex = from;
  let last: number | undefined;
  for (let m = key.exec(text); m && m.index < end; m = key.exec(text)) last = m.index;
  return last === undefined ? undefined : { last, end };
}

/** A service entry as someone types it after the last one (cut anywhere: the states in between). */
function typedEntry(r: Rng): string {
  const name = `new${r.int(1000)}`;
  const entry = r.pick([
    `  ${name}:\n    image: nacos/nacos-server:v2.4.3\n    environment:\n      - NACOS_AUTH_ENABLE=true\n      - MODE=cluster\n`,
    `  ${name}:\n    <<: *common\n    image: redis\n    environment:\n      NACOS_AUTH_TOKEN: "\${TOKEN:-x}"\n    ports: [ "1:1" ]\n`,
  ]);
  return entry.slice(0, 1 + r.int(entry.length));
}

/** An edit at the end of `services:`: typing in the last entry, a new entry typed after it (complete or not), the
 *  last entry deleted, or a new entry pasted before the last one. */
export function tailEdit(r: Rng, text: string): string {
  const t = servicesTail(text);
  if (!t) return text + 'x';
  const { last, end } = t;
  switch (r.int(5)) {
    case 0: case 1: { // a character typed or deleted inside the last entry (its blank lines included)
      const at = last + r.int(end - last + 1);
      return r.next() < 0.6 ? text.slice(0, at) + (r.next() < 0.75 ? r.pick(BENIGN) : r.pick(CHARS)) + text.slice(at) : text.slice(0, at) + text.slice(Math.min(end, at + 1));
    }
    case 2: { // a new entry after the last, typed so far: on a line of its own at the end of the entries
      const typed = typedEntry(r);
      const line = typed.endsWith('\n') ? typed : `${typed}\n`;
      return text.slice(0, end) + (end > 0 && text[end - 1] !== '\n' ? '\n' : '') + line + text.slice(end);
    }
    case 3: // the last entry deleted
      return text.slice(0, last) + text.slice(end);
    default: { // a new entry before the last one
      const typed = typedEntry(r);
      return text.slice(0, last) + (typed.endsWith('\n') ? typed : `${typed}\n`) + text.slice(last);
    }
  }
}
