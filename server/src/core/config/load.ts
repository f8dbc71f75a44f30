// The project configuration file `.nacos-auth-lint.json` (or a `nacosAuthLint` key in package.json): read and
// checked here, found by walking up from each linted file. Pure: every read goes through `read(path)`.
import type { ClusterSetting, ScopedServerVersion } from '../settings';
import type { SeveritySetting, Span } from '../types';
import { MAX_GLOB_LENGTH, matchesAny } from './glob';
import { parseJsonc, JsonSyntaxError, type JsonNode } from './jsonc';
import { joinPath, parentDir, relativeTo } from './paths';
import { rebaseGlob } from './rebase';

export const CONFIG_FILE_NAME = '.nacos-auth-lint.json';
export const PACKAGE_JSON_KEY = 'nacosAuthLint';

/**
 * Every key the loader reads, per object. The JSON Schema (schemas/nacos-auth-lint.schema.json) must list exactly
 * these (test/unit/config-schema.test.ts).
 */
export const CONFIG_KEYS = {
  top: ['$schema', 'root', 'rules', 'serverVersion', 'minSecretBytes', 'knownValues', 'clusters', 'include', 'exclude', 'helm', 'overrides'],
  overrides: ['files', 'rules', 'serverVersion', 'minSecretBytes', 'knownValues', 'helm'],
  clusters: ['name', 'include', 'serverVersion'],
  helm: ['valueFiles'],
} as const;

export const SEVERITY_VALUES = ['off', 'info', 'warning', 'error'] as const;
/** The same pattern as the `nacosAuthLint.serverVersion` setting in package.json. */
export const SERVER_VERSION_PATTERN = /^(|auto|[vV]?\d{1,6}(\.\d{1,6}){0,3}(-[A-Za-z0-9][A-Za-z0-9._-]*)?)$/;

export interface ConfigProblem {
  /** The configuration file. */
  path: string;
  span: Span;
  /** Where in the file, e.g. `overrides[0].rules.identity-missing`. */
  jsonPath: string;
  message: string;
}

/** Settings a configuration contributes, in the raw shape `normalizeSettings` reads (globs relative to the root). */
export interface ConfigPatch {
  rules?: Record<string, SeveritySetting>;
  serverVersion?: string;
  /** `overrides[].serverVersion` / `clusters[].serverVersion` that match the file: above the global version. */
  scopedServerVersion?: ScopedServerVersion;
  minSecretBytes?: number;
  knownValues?: string[];
  clusters?: ClusterSetting[];
  include?: string[];
  exclude?: string[];
  helm?: { valueFiles: string[] };
}

export interface LoadedConfig {
  patch: ConfigPatch;
  /** The configuration files that apply, farthest first (the last one wins). */
  files: string[];
  problems: ConfigProblem[];
}

export interface ConfigOptions {
  /** The folder that globs in the patch are relative to: the workspace folder, or the CLI's working directory. */
  root: string;
  /** Rule ids that exist; an unknown id in `rules` is a problem (with a suggestion). */
  ruleIds?: Iterable<string>;
  /** Use this file only, no lookup (CLI `--config`); its globs are then relative to `root`, as ESLint's `-c`. */
  explicit?: string;
}

/** One layer of settings as written in one file (globs still relative to that file's folder). */
interface Layer {
  rules?: Record<string, SeveritySetting>;
  serverVersion?: string;
  minSecretBytes?: number;
  knownValues?: string[];
  clusters?: ClusterSetting[];
  include?: string[];
  exclude?: string[];
  valueFiles?: string[];
}

export interface ConfigFile {
  path: string;
  /** The folder its globs are relative to. */
  base: string;
  root: boolean;
  layer: Layer;
  clusterVersions: { name: string; include: string[]; serverVersion: string }[];
  overrides: { files: string[]; layer: Layer }[];
  problems: ConfigProblem[];
}

const MAX_CONFIG_BYTES = 1024 * 1024;

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = t;
    }
  }
  return d[b.length];
}

function suggest(name: string, known: readonly string[]): string {
  let best = '';
  let score = Infinity;
  for (const k of known) {
    const s = levenshtein(name.toLowerCase(), k.toLowerCase());
    if (s < score) { score = s; best = k; }
  }
  return best && score <= Math.max(2, Math.floor(name.length / 4)) ? ` (did you mean '${best}'?)` : '';
}

const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

/** Reads one configuration document (`node` is the object: the whole file, or package.json's `nacosAuthLint`). */
class Checker {
  readonly problems: ConfigProblem[] = [];
  constructor(readonly path: string, readonly base: string, readonly ruleIds: readonly string[] | undefined) {}

  problem(span: Span, jsonPath: string, message: string): void {
    this.problems.push({ path: this.path, span, jsonPath, message });
  }

  object(node: JsonNode, jsonPath: string, keys: readonly string[]): Map<string, { node: JsonNode; keySpan: Span }> | undefined {
    if (!node.members) { this.problem(node.span, jsonPath, `must be an object, not ${typeName(node.value)}`); return undefined; }
    const out = new Map<string, { node: JsonNode; keySpan: Span }>();
    for (const m of node.members) {
      const p = jsonPath ? `${jsonPath}.${m.key}` : m.key;
      if (!keys.includes(m.key)) { this.problem(m.keySpan, p, `unknown setting '${m.key}'${suggest(m.key, keys)}`); continue; }
      if (out.has(m.key)) this.problem(m.keySpan, p, `'${m.key}' is set twice; the last one wins`);
      out.set(m.key, { node: m.node, keySpan: m.keySpan });
    }
    return out;
  }

  strings(node: JsonNode, jsonPath: string, what: string, opts: { nonEmpty?: boolean } = {}): string[] | undefined {
    if (!node.items) { this.problem(node.span, jsonPath, `must be an array of ${what}, not ${typeName(node.value)}`); return undefined; }
    const out: string[] = [];
    node.items.forEach((it, i) => {
      // Never echo the value: knownValues are secrets.
      if (typeof it.value !== 'string') this.problem(it.span, `${jsonPath}[${i}]`, `must be a string, not ${typeName(it.value)}`);
      else if (opts.nonEmpty && it.value.length === 0) this.problem(it.span, `${jsonPath}[${i}]`, 'must not be empty');
      else out.push(it.value);
    });
    return out;
  }

  globs(node: JsonNode, jsonPath: string): string[] | undefined {
    const list = this.strings(node, jsonPath, 'globs', { nonEmpty: true });
    return list?.filter((g, i) => {
      if (g.startsWith('/') || /^[A-Za-z]:[\\/]/.test(g) || g.split('/').includes('..')) {
        this.problem(node.items![i].span, `${jsonPath}[${i}]`, "globs are relative to the configuration file's folder (no leading '/', no '..')");
        return false;
      }
      if (g.length > MAX_GLOB_LENGTH) {
        this.problem(node.items![i].span, `${jsonPath}[${i}]`, `a glob longer than ${MAX_GLOB_LENGTH} characters is ignored (it would match nothing)`);
        return false;
      }
      return true;
    });
  }

  serverVersion(node: JsonNode, jsonPath: string): string | undefined {
    if (typeof node.value !== 'string') { this.problem(node.span, jsonPath, `must be a string such as "2.5.1", not ${typeName(node.value)}`); return undefined; }
    if (!SERVER_VERSION_PATTERN.test(node.value)) { this.problem(node.span, jsonPath, 'is not a Nacos version (e.g. "3.2.3", "2.2.0.1", "auto")'); return undefined; }
    return node.value;
  }

  layer(fields: Map<string, { node: JsonNode }>, jsonPath: string): Layer {
    const at = (k: string) => (jsonPath ? `${jsonPath}.${k}` : k);
    const l: Layer = {};
    const rules = fields.get('rules');
    if (rules) {
      if (!rules.node.members) this.problem(rules.node.span, at('rules'), `must be an object of rule id → severity, not ${typeName(rules.node.value)}`);
      else {
        l.rules = {};
        for (const m of rules.node.members) {
          const p = `${at('rules')}.${m.key}`;
          if (this.ruleIds && !this.ruleIds.includes(m.key)) { this.problem(m.keySpan, p, `unknown rule '${m.key}'${suggest(m.key, this.ruleIds)}`); continue; }
          if (typeof m.node.value !== 'string' || !(SEVERITY_VALUES as readonly string[]).includes(m.node.value)) {
            this.problem(m.node.span, p, `severity must be one of ${SEVERITY_VALUES.map(s => `"${s}"`).join(', ')}`);
            continue;
          }
          l.rules[m.key] = m.node.value as SeveritySetting;
        }
      }
    }
    const sv = fields.get('serverVersion');
    if (sv) l.serverVersion = this.serverVersion(sv.node, at('serverVersion'));
    const min = fields.get('minSecretBytes');
    if (min) {
      const v = min.node.value;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 1024) this.problem(min.node.span, at('minSecretBytes'), 'must be a whole number of bytes from 1 to 1024');
      else l.minSecretBytes = v;
    }
    const kv = fields.get('knownValues');
    if (kv) { const list = this.strings(kv.node, at('knownValues'), 'strings', { nonEmpty: true }); l.knownValues = list && [...new Set(list)]; }
    const inc = fields.get('include');
    if (inc) l.include = this.globs(inc.node, at('include'));
    const exc = fields.get('exclude');
    if (exc) l.exclude = this.globs(exc.node, at('exclude'));
    const helm = fields.get('helm');
    if (helm) {
      const h = this.object(helm.node, at('helm'), CONFIG_KEYS.helm);
      const vf = h?.get('valueFiles');
      if (vf) {
        const files = this.strings(vf.node, `${at('helm')}.valueFiles`, 'file paths', { nonEmpty: true });
        if (files) l.valueFiles = files.map(f => (f.startsWith('/') || /^[A-Za-z]:\//.test(f) ? f : joinPath(this.base, f.replace(/^(\.\/)+/, ''))));
      }
    }
    return l;
  }
}

/** Parses and checks one configuration file. `undefined` for a package.json without a `nacosAuthLint` key. */
export function parseConfigFile(path: string, text: string, opts: { base?: string; ruleIds?: Iterable<string> } = {}): ConfigFile | undefined {
  const isPackage = /(^|\/)package\.json$/.test(path);
  const base = opts.base ?? parentDir(path);
  const ruleIds = opts.ruleIds ? [...opts.ruleIds] : undefined;
  const c = new Checker(path, base, ruleIds);
  const file: ConfigFile = { path, base, root: false, layer: {}, clusterVersions: [], overrides: [], problems: c.problems };
  if (isPackage && !text.includes(`"${PACKAGE_JSON_KEY}"`)) return undefined;
  if (text.length > MAX_CONFIG_BYTES) { c.problem({ start: 0, end: 0 }, '', 'file is larger than 1 MB; not read'); return file; }
  let doc: JsonNode;
  try {
    doc = parseJsonc(text);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    c.problem({ start: e.offset, end: Math.min(e.offset + 1, text.length) }, '', `invalid JSON: ${e.message}`);
    return file;
  }
  let jsonPath = '';
  if (isPackage) {
    const m = doc.members?.filter(x => x.key === PACKAGE_JSON_KEY).pop();
    if (!m) return undefined;
    doc = m.node;
    jsonPath = PACKAGE_JSON_KEY;
  }
  const fields = c.object(doc, jsonPath, CONFIG_KEYS.top);
  if (!fields) return file;
  const at = (k: string) => (jsonPath ? `${jsonPath}.${k}` : k);
  const root = fields.get('root');
  if (root) {
    if (typeof root.node.value !== 'boolean') c.problem(root.node.span, at('root'), `must be true or false, not ${typeName(root.node.value)}`);
    else file.root = root.node.value;
  }
  const schema = fields.get('$schema');
  if (schema && typeof schema.node.value !== 'string') c.problem(schema.node.span, at('$schema'), 'must be a string');
  file.layer = c.layer(fields, jsonPath);

  const clusters = fields.get('clusters');
  if (clusters) {
    if (!clusters.node.items) c.problem(clusters.node.span, at('clusters'), `must be an array of { "name", "include" } objects, not ${typeName(clusters.node.value)}`);
    else {
      file.layer.clusters = [];
      const names = new Set<string>();
      clusters.node.items.forEach((item, i) => {
        const p = `${at('clusters')}[${i}]`;
        const f = c.object(item, p, CONFIG_KEYS.clusters);
        if (!f) return;
        const name = f.get('name');
        const include = f.get('include');
        if (!name || typeof name.node.value !== 'string' || !name.node.value) { c.problem(name?.node.span ?? item.span, `${p}.name`, 'a cluster needs a non-empty "name"'); return; }
        if (names.has(name.node.value)) c.problem(name.node.span, `${p}.name`, `cluster '${name.node.value}' is defined twice`);
        names.add(name.node.value);
        if (!include) { c.problem(item.span, `${p}.include`, 'a cluster needs "include": the globs of its members'); return; }
        const globs = c.globs(include.node, `${p}.include`);
        if (!globs) return;
        file.layer.clusters!.push({ name: name.node.value, include: globs });
        const sv = f.get('serverVersion');
        if (sv) {
          const v = c.serverVersion(sv.node, `${p}.serverVersion`);
          if (v !== undefined) file.clusterVersions.push({ name: name.node.value, include: globs, serverVersion: v });
        }
      });
    }
  }

  const overrides = fields.get('overrides');
  if (overrides) {
    if (!overrides.node.items) c.problem(overrides.node.span, at('overrides'), `must be an array of { "files", … } objects, not ${typeName(overrides.node.value)}`);
    else {
      overrides.node.items.forEach((item, i) => {
        const p = `${at('overrides')}[${i}]`;
        const f = c.object(item, p, CONFIG_KEYS.overrides);
        if (!f) return;
        const files = f.get('files');
        if (!files) { c.problem(item.span, `${p}.files`, 'an override needs "files": the globs it applies to'); return; }
        const globs = c.globs(files.node, `${p}.files`);
        if (!globs) return;
        if (globs.length === 0) c.problem(files.node.span, `${p}.files`, 'an empty "files" list matches nothing');
        file.overrides.push({ files: globs, layer: c.layer(f, p) });
      });
    }
  }
  return file;
}

/** Applies `layer` (from a file whose globs are relative to `from`) onto `patch` (globs relative to `root`). */
function applyLayer(patch: ConfigPatch, layer: Layer, from: string, root: string, files?: string[]): void {
  if (layer.rules) patch.rules = { ...patch.rules, ...layer.rules };
  if (layer.serverVersion !== undefined) {
    // An override's version is set for its files: it ranks above the global one, and `auto` clears it.
    if (files) patch.scopedServerVersion = { version: layer.serverVersion, scope: 'path', name: files.join(', ') };
    else patch.serverVersion = layer.serverVersion;
  }
  if (layer.minSecretBytes !== undefined) patch.minSecretBytes = layer.minSecretBytes;
  if (layer.knownValues) patch.knownValues = union(patch.knownValues, layer.knownValues);
  const rebase = (globs: string[]) => globs.flatMap(g => rebaseGlob(g, from, root));
  if (layer.include) patch.include = rebase(layer.include);
  if (layer.exclude) patch.exclude = rebase(layer.exclude);
  if (layer.clusters) {
    // Nearer files come later and win where clusters overlap (the core takes the first cluster that matches).
    const mine = layer.clusters.map(c => ({ name: c.name, include: rebase(c.include) }));
    patch.clusters = [...mine, ...(patch.clusters ?? []).filter(c => !mine.some(m => m.name === c.name))];
  }
  if (layer.valueFiles) patch.helm = { valueFiles: layer.valueFiles };
}

/** `a` then what `b` adds, in linear time; `b` itself when `a` is empty (so files under one configuration share one
 *  array, and the known-value index built for it: nacos/knownValues.ts). */
function union(a: string[] | undefined, b: string[]): string[] {
  if (!a?.length) return b;
  const seen = new Set(a);
  const out = [...a];
  for (const v of b) if (!seen.has(v)) { seen.add(v); out.push(v); }
  return out;
}

/** The settings `files` (farthest first) give to `path`. */
export function patchFor(path: string, files: readonly ConfigFile[], root: string): ConfigPatch {
  const patch: ConfigPatch = {};
  for (const f of files) {
    applyLayer(patch, f.layer, f.base, root);
    const rel = relativeTo(f.base, path);
    if (rel === undefined) continue;
    for (const cv of f.clusterVersions) if (matchesAny(rel, cv.include)) patch.scopedServerVersion = { version: cv.serverVersion, scope: 'cluster', name: cv.name };
    for (const o of f.overrides) if (matchesAny(rel, o.files)) applyLayer(patch, o.layer, f.base, root, o.files);
  }
  return patch;
}

/**
 * Finds and reads configuration files, caching per folder; one per workspace (server) or run (CLI).
 * Call `forget()` when a `.nacos-auth-lint.json` or package.json changes.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, ConfigFile | null>();
  private readonly chainByDir = new Map<string, readonly ConfigFile[]>();
  /** The files found so far, in the order found (`loaded` is asked per published file: no scan of every folder). */
  private readonly found: ConfigFile[] = [];
  private explicitFile: ConfigFile | undefined;

  constructor(private readonly read: (path: string) => string | undefined, readonly options: ConfigOptions) {}

  forget(): void {
    this.byDir.clear();
    this.chainByDir.clear();
    this.found.length = 0;
    this.explicitFile = undefined;
  }

  /** The configuration file in `dir` itself: `.nacos-auth-lint.json`, else package.json's `nacosAuthLint` key. */
  private inDir(dir: string): ConfigFile | undefined {
    const hit = this.byDir.get(dir);
    if (hit !== undefined) return hit ?? undefined;
    let found: ConfigFile | undefined;
    for (const name of [CONFIG_FILE_NAME, 'package.json']) {
      const p = joinPath(dir, name);
      const text = this.read(p);
      if (text === undefined) continue;
      found = parseConfigFile(p, text, { ruleIds: this.options.ruleIds });
      if (found) break;
    }
    this.byDir.set(dir, found ?? null);
    if (found) this.found.push(found);
    return found;
  }

  /** The files that apply to `path`, farthest first: up to a `"root": true` file or the file-system root. */
  chainFor(path: string): readonly ConfigFile[] {
    if (this.options.explicit !== undefined) {
      if (!this.explicitFile) {
        const p = this.options.explicit;
        const text = this.read(p);
        this.explicitFile = text === undefined
          ? { path: p, base: this.options.root, root: true, layer: {}, clusterVersions: [], overrides: [], problems: [{ path: p, span: { start: 0, end: 0 }, jsonPath: '', message: 'cannot read the configuration file' }] }
          : parseConfigFile(p, text, { base: this.options.root, ruleIds: this.options.ruleIds })
            ?? { path: p, base: this.options.root, root: true, layer: {}, clusterVersions: [], overrides: [], problems: [{ path: p, span: { start: 0, end: 0 }, jsonPath: '', message: `package.json has no '${PACKAGE_JSON_KEY}' key` }] };
      }
      return [this.explicitFile];
    }
    return this.chainOfDir(parentDir(path), 0);
  }

  /**
   * The files that apply in `dir`, farthest first: the folder's own file over its parent's chain, kept per folder (every
   * file of a folder, and every folder below it, shares the walk up). Read-only: callers never change the array.
   */
  private chainOfDir(dir: string, depth: number): readonly ConfigFile[] {
    const hit = this.chainByDir.get(dir);
    if (hit) return hit;
    const f = this.inDir(dir);
    const up = parentDir(dir);
    let chain: readonly ConfigFile[];
    if (f?.root) chain = [f];
    else {
      const above = up === dir || depth >= 255 ? [] : this.chainOfDir(up, depth + 1);
      chain = f ? [...above, f] : above;
    }
    this.chainByDir.set(dir, chain);
    return chain;
  }

  /**
   * The chain that applies to `path` when what it gives does not depend on the path itself (no file in it has
   * `overrides` or `clusterVersions`): every file of a folder, and of the folders below it up to the next configuration
   * file, then gets the same object, and the same settings can serve them all. Undefined otherwise.
   */
  sharedChain(path: string): readonly ConfigFile[] | undefined {
    if (this.options.explicit !== undefined) return undefined;
    const chain = this.chainFor(path);
    return chain.every(f => !f.overrides.length && !f.clusterVersions.length) ? chain : undefined;
  }

  loadFor(path: string): LoadedConfig {
    const chain = this.chainFor(path);
    return { patch: patchFor(path, chain, this.options.root), files: chain.map(f => f.path), problems: chain.flatMap(f => f.problems) };
  }

  /** Every configuration file read so far (for reporting their problems once, and for watching). */
  loaded(): ConfigFile[] {
    const out = [...this.found];
    if (this.explicitFile) out.push(this.explicitFile);
    return out;
  }
}

/** One-shot lookup: the configuration for `path` (see ConfigResolver for repeated use). */
export function loadConfigFor(path: string, read: (path: string) => string | undefined, options: ConfigOptions): LoadedConfig {
  return new ConfigResolver(read, options).loadFor(path);
}
