// ARCHITECTURE.md's invariants, enforced: the documented layer order of server/src and client/src, no import cycle,
// no deep import past the door (core/index.ts), no Nacos knowledge in the client. Reads the sources' import
// statements (type-only imports too: a contract imported upward is still a dependency pointing up).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = existsSync(resolve(__dirname, '../../package.json')) ? resolve(__dirname, '../..') : process.cwd();

/** Lowest first. A module may import modules of its own layer or lower ones, never higher (ARCHITECTURE.md). */
export const CORE_LAYERS: { name: string; paths: string[] }[] = [
  { name: 'base', paths: ['server/src/core/types.ts', 'server/src/core/settings.ts', 'server/src/core/util/', 'server/src/core/config/'] },
  { name: 'syntax', paths: ['server/src/core/syntax/'] },
  { name: 'nacos', paths: ['server/src/core/nacos/'] },
  { name: 'model', paths: ['server/src/core/model/'] },
  { name: 'sources', paths: ['server/src/core/sources/'] },
  { name: 'fixes', paths: ['server/src/core/fixes/'] },
  { name: 'rules', paths: ['server/src/core/rules/'] },
  { name: 'features', paths: ['server/src/core/features/'] },
  { name: 'engine', paths: ['server/src/core/engine/'] },
  { name: 'door', paths: ['server/src/core/index.ts'] },
];
const DOOR = 'server/src/core/index.ts';
const SHARED = 'server/src/shared/';

export interface Graph {
  files: string[];
  /** file → [imported file, line] (relative paths from the repository root). */
  imports: Map<string, { to: string; line: number }[]>;
}

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(join(ROOT, dir))) return out;
  for (const name of readdirSync(join(ROOT, dir))) {
    const p = `${dir}/${name}`;
    if (statSync(join(ROOT, p)).isDirectory()) walk(p, out);
    else if (/\.ts$/.test(name) && !/\.d\.ts$/.test(name)) out.push(p);
  }
  return out;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

function resolveSpec(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = join(dirname(from), spec);
  for (const c of [`${base}.ts`, `${base}/index.ts`, base]) if (existsSync(join(ROOT, c)) && statSync(join(ROOT, c)).isFile()) return c.replace(/\\/g, '/');
  return undefined;
}

export function readGraph(dirs: string[], extra: Record<string, string> = {}): Graph {
  const files = dirs.flatMap(d => walk(d));
  for (const f of Object.keys(extra)) if (!files.includes(f)) files.push(f);
  const imports = new Map<string, { to: string; line: number }[]>();
  for (const f of files) {
    const text = extra[f] ?? readFileSync(join(ROOT, f), 'utf8');
    const list: { to: string; line: number }[] = [];
    IMPORT.lastIndex = 0;
    for (let m = IMPORT.exec(text); m; m = IMPORT.exec(text)) {
      const spec = m[1] ?? m[2] ?? m[3];
      const to = extra[spec] !== undefined ? spec : resolveSpec(f, spec);
      if (to) list.push({ to, line: text.slice(0, m.index).split('\n').length + (text[m.index] === '\n' ? 1 : 0) });
    }
    imports.set(f, list);
  }
  return { files, imports };
}

function layerOf(file: string): number | undefined {
  const i = CORE_LAYERS.findIndex(l => l.paths.some(p => (p.endsWith('/') ? file.startsWith(p) : file === p)));
  return i < 0 ? undefined : i;
}

/** Every violation of the invariants, as readable lines (empty when the house is in order). */
export function violations(g: Graph): string[] {
  const out: string[] = [];
  for (const [from, list] of g.imports) {
    for (const { to, line } of list) {
      const where = `${from}:${line} imports ${to}`;
      const lf = layerOf(from);
      const lt = layerOf(to);
      if (from.startsWith('client/')) {
        if (!to.startsWith('client/') && !to.startsWith(SHARED)) out.push(`${where}: the client imports only server/src/shared/`);
        continue;
      }
      if (from.startsWith(SHARED)) {
        if (!to.startsWith(SHARED)) out.push(`${where}: shared/ (the protocol) imports nothing but itself`);
        continue;
      }
      if (from.startsWith('server/src/server/') || from.startsWith('server/src/cli/') || from.startsWith('test/server/')) {
        if (lt !== undefined && to !== DOOR) out.push(`${where}: past the door (import core/index.ts only)`);
        if (from.startsWith('server/src/cli/') && to.startsWith('server/src/server/')) out.push(`${where}: the CLI does not depend on the language server`);
        continue;
      }
      if (lf !== undefined) {
        if (lt === undefined) out.push(`${where}: the core imports only the core`);
        else if (lt > lf) out.push(`${where}: upward (${CORE_LAYERS[lf].name} → ${CORE_LAYERS[lt].name})`);
      }
    }
  }
  for (const cycle of cycles(g)) out.push(`import cycle: ${cycle.join(' → ')}`);
  return out;
}

/** Strongly connected components with more than one file (Tarjan), each as a path through the cycle. */
export function cycles(g: Graph): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const strong = (v: string) => {
    idx.set(v, index); low.set(v, index); index++;
    stack.push(v); on.add(v);
    for (const { to } of g.imports.get(v) ?? []) {
      if (!g.imports.has(to)) continue;
      if (!idx.has(to)) { strong(to); low.set(v, Math.min(low.get(v)!, low.get(to)!)); }
      else if (on.has(to)) low.set(v, Math.min(low.get(v)!, idx.get(to)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do { w = stack.pop()!; on.delete(w); comp.push(w); } while (w !== v);
      if (comp.length > 1 || (g.imports.get(v) ?? []).some(i => i.to === v)) out.push(comp.sort());
    }
  };
  for (const f of g.files) if (!idx.has(f)) strong(f);
  return out;
}

const DIRS = ['server/src', 'client/src', 'test/server'];

/** Modules the pure core must never import (it gets texts and a `read` function; the adapters do the I/O and LSP). */
const NOT_IN_CORE = /^(?:node:)?(?:fs|fs\/promises|child_process|net|http|https|worker_threads)$|^vscode(?:-languageserver(?:\/.*)?|-languageclient(?:\/.*)?)?$/;

/**
 * Module-level mutable containers in the core outside engine/. Only the engine keeps state between analyses; what is
 * allowed elsewhere is listed here with its reason: memos of pure functions of constant inputs (a version, a tag, a
 * text) and constant tables. A new one must be added here, knowingly.
 */
const ALLOWED_MODULE_STATE: Record<string, string> = {
  'server/src/core/util/positions.ts:boxes': 'line index per (path, text): a pure function of the text, bounded',
  'server/src/core/util/glob.ts:COMPILED': 'compiled globs by pattern: a pure function of the string, bounded',
  'server/src/core/nacos/knownValues.ts:KNOWN_INDEX': 'hashed known values, keyed by a settings knownValues array (dies with it)',
  'server/src/core/nacos/versions.ts:PARSE_CACHE': 'parsed version strings (pure)',
  'server/src/core/nacos/versions.ts:watching': 'the release one rule run is watched on: set for that synchronous run only (engine/variants.ts)',
  'server/src/core/nacos/imageProperties.ts:AUTH_LINES_CACHE': 'the image file\'s auth lines per tag (constant data)',
  'server/src/core/nacos/imageEnv.ts:MAPPINGS_CACHE': 'env table per version (constant data)',
  'server/src/core/nacos/imageEnv.ts:RELAXED': 'relaxed env names, built once (constant data)',
  'server/src/core/sources/container.ts:MAPPINGS': 'env table per version (constant data)',
  'server/src/core/features/authDocs.ts:MAPPINGS': 'env table summaries per name (constant data)',
  'server/src/core/rules/docker-required-env-missing.ts:FIX_BY_CLUSTER': 'keyed by one analysis\'s Cluster objects (dies with them)',
  'server/src/core/syntax/yaml/yamlTree.ts:chunkIds': 'a counter for chunk identities (no content)',
  'server/src/core/sources/k8s/objects.ts:chunkIds': 'a counter for document part identities (no content)',
  'server/src/core/sources/k8s/reuse.ts:entryIds': 'a counter for part entry identities (no content; the memo is the engine\'s)',
  'server/src/core/sources/shell/reuse.ts:entryIds': 'a counter for run entry identities (no content; the memo is the engine\'s)',
  'server/src/core/syntax/yaml/yamlTree.ts:NO_SHIFTS': 'an empty constant map',
  'server/src/core/nacos/authProperties.ts:BY_KEY': 'index of a constant table',
  'server/src/core/rules/index.ts:BY_ID': 'index of the rule registry',
  'server/src/core/syntax/gotemplate/funcs.ts:F': 'the template function table, built once (constant)',
  'server/src/core/syntax/gotemplate/funcs.ts:originHook': 'wiring set once at load (no content)',
  'server/src/core/syntax/gotemplate/funcs.ts:yamlReader': 'wiring set once at load (no content)',
  'server/src/core/syntax/gotemplate/funcs.ts:tplImpl': 'wiring set once at load (no content)',
  'server/src/core/sources/helm/values.ts:ORIGINS': 'keyed by value objects (dies with them)',
  'server/src/core/sources/helm/values.ts:EXTENT': 'keyed by value objects never changed once read (dies with them)',
  'server/src/core/model/secrets.ts:NAMES': 'whether a name says it holds a secret: a pure function of the string, bounded',
  'server/src/core/model/effective.ts:DEFAULTS': 'the defaults of a release: a pure function of the release (frozen objects, never changed), bounded',
  'server/src/core/model/node.ts:UNSET': 'the unset setting of a key: frozen constants, bounded',
  'server/src/core/nacos/decoders.ts:LAST': 'the last decoding per decoder: a pure function of the text, one entry each',
  'server/src/core/nacos/knownValues.ts:lastSecret': 'the last answer of isPublicSecret: a pure function of its arguments, one entry',
  'server/src/core/nacos/versions.ts:RELEASE_VERSIONS': 'the release list, parsed once (a constant)',
};

function moduleState(): string[] {
  const out: string[] = [];
  for (const f of walk('server/src/core')) {
    if (f.startsWith('server/src/core/engine/')) continue;
    const text = readFileSync(join(ROOT, f), 'utf8');
    for (const m of text.matchAll(/^(?:export )?(?:let (\w+)|const (\w+)(?::[^=\n]*)? = new (?:Map|WeakMap)\b)/gm)) out.push(`${f}:${m[1] ?? m[2]}`);
  }
  return out;
}

test('layers: no cycle, no upward import, no deep import past the door (ARCHITECTURE.md)', () => {
  assert.deepEqual(violations(readGraph(DIRS)), []);
});

test('layers: the check fails on a cyclic import and on an upward import', () => {
  const g = readGraph(DIRS, {
    // an upward import: a parser that reaches for a rule
    'server/src/core/syntax/zzUpward.ts': "import { RULES } from '../rules';\n",
    // a cycle through two new files of one layer
    'server/src/core/util/zzA.ts': "import { b } from './zzB';\nexport const a = 1;\n",
    'server/src/core/util/zzB.ts': "import { a } from './zzA';\nexport const b = 2;\n",
    'server/src/server/zzDeep.ts': "import { RULES } from '../core/rules';\n",
  });
  // resolveSpec only sees real files: wire the fake ones by hand
  g.imports.set('server/src/core/syntax/zzUpward.ts', [{ to: 'server/src/core/rules/index.ts', line: 1 }]);
  g.imports.set('server/src/core/util/zzA.ts', [{ to: 'server/src/core/util/zzB.ts', line: 1 }]);
  g.imports.set('server/src/core/util/zzB.ts', [{ to: 'server/src/core/util/zzA.ts', line: 1 }]);
  g.imports.set('server/src/server/zzDeep.ts', [{ to: 'server/src/core/rules/index.ts', line: 1 }]);
  const v = violations(g);
  assert.ok(v.some(x => x.includes('zzUpward.ts') && x.includes('upward (syntax → rules)')), v.join('\n'));
  assert.ok(v.some(x => x.startsWith('import cycle:') && x.includes('zzA.ts') && x.includes('zzB.ts')), v.join('\n'));
  assert.ok(v.some(x => x.includes('zzDeep.ts') && x.includes('past the door')), v.join('\n'));
});

test('the core imports no I/O and no editor or LSP runtime', () => {
  const bad: string[] = [];
  for (const f of walk('server/src/core')) {
    const text = readFileSync(join(ROOT, f), 'utf8');
    for (const m of text.matchAll(/\bfrom\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const spec = m[1] ?? m[2];
      if (NOT_IN_CORE.test(spec)) bad.push(`${f} imports ${spec}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('only engine/ keeps state between analyses (module-level state elsewhere is listed, with its reason)', () => {
  const found = moduleState();
  assert.deepEqual(found.filter(x => !(x in ALLOWED_MODULE_STATE)), [], 'new module-level state outside engine/: move it into the engine, or list it with its reason');
  assert.deepEqual(Object.keys(ALLOWED_MODULE_STATE).filter(x => !found.includes(x)), [], 'listed but gone: remove it from the list');
});

test('layers: no Nacos property name in the client, and the client stays thin', () => {
  for (const f of walk('client/src')) {
    const text = readFileSync(join(ROOT, f), 'utf8');
    const named = /nacos\.core\.auth[\w.]*|NACOS_AUTH_\w*|identity\.key|token\.secret/.exec(text);
    assert.equal(named, null, `${f} knows the Nacos property name ${named?.[0]}`);
    const lines = text.split('\n').filter(l => l.trim() && !/^\s*(\/\/|\*|\/\*)/.test(l)).length;
    assert.ok(lines <= 120, `${f} has ${lines} lines of code (the client is a registrar: start the server, commands, status item)`);
  }
});


