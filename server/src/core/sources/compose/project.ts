// What each Compose service's container really gets in its environment, and where every value was written.
// Semantics follow Compose v2 (compose-spec/compose-go): per-file interpolation with the project environment
// (shell > project `.env`), `extends` resolved per file, override files merged (environment per key, env_file
// appended without duplicates), `!reset` / `!override`, env_file values below `environment:`, later env_files
// above earlier ones. The project `.env` only feeds interpolation and `- KEY` pass-through; it never reaches a
// container by itself.

import { parseEnvFile, type EnvEntry, type EnvFile } from '../../syntax/envfile/parser';
import type { Node } from 'yaml';
import type { Span } from '../../types';
import { interpolate, type InterpolationRef } from '../../syntax/interpolation';
import type { ComposeEnvFileRef, ComposeImage, ComposeMergedFrom, ComposeService, ComposeShadowedEnvironment, ComposeVolume, EnvOrigin, EnvRef, EnvValue, YamlScalarType } from '../../model/node';
import { basename, dirname, isAbsolutePath, resolvePath } from '../../util/paths';
import { composeScalarString, YamlFile, type YEntry, type YMap, type YNode, type YScalar } from '../../syntax/yaml/yamlTree';

export interface ReadFile {
  (absPath: string): string | undefined;
}

export interface ComposeProblem {
  path: string;
  span: Span;
  message: string;
  kind: 'syntax' | 'env-file-missing' | 'extends' | 'interpolation' | 'limit' | 'other';
}

export interface ComposeProject {
  /** Main file and the override files that were read. */
  files: string[];
  projectDir: string;
  dotEnvPath?: string;
  dotEnv?: EnvFile;
  services: ComposeService[];
  problems: ComposeProblem[];
  /** The problems found while loading each service (also in `problems`). */
  serviceProblems?: Map<string, ComposeProblem[]>;
}

export interface LoadComposeOptions {
  /** The environment Compose runs in; default {} (process.env is never read). */
  shellEnv?: Record<string, string>;
  /** Default: the first of compose.override.yml, compose.override.yaml, docker-compose.override.yml,
   *  docker-compose.override.yaml next to the main file, when the main file has a default name. */
  overrideFiles?: string[];
  /** Active profiles; default COMPOSE_PROFILES from the project environment. */
  profiles?: string[];
  /** Load only these services of the main file (the others are reused: engine/composeReuse.ts). */
  only?: ReadonlySet<string>;
  /** The shared parse of a compose file's text (the engine's parse cache); default: parse it here. */
  yaml?: (path: string, text: string) => YamlFile | undefined;
  /**
   * Other folders Compose may be run with as `--project-directory` (the workspace root): a relative env_file missing
   * beside the compose file is looked up there before it is called missing.
   */
  projectDirectories?: string[];
}

const DEFAULT_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const DEFAULT_OVERRIDE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];
const MAX_EXTENDS_DEPTH = 32;

export function loadComposeProject(mainPath: string, readFile: ReadFile, opts?: LoadComposeOptions): ComposeProject {
  const projectDir = dirname(mainPath);
  try {
    return new Loader(mainPath, readFile, opts ?? {}).load();
  } catch (err) {
    return {
      files: [mainPath], projectDir, services: [],
      problems: [{ path: mainPath, span: { start: 0, end: 0 }, kind: 'other', message: `internal error while loading the compose project: ${err instanceof Error ? err.message : String(err)}` }],
    };
  }
}

// ---------------------------------------------------------------------------------------------------------------

interface Origin {
  value: string;
  from: EnvOrigin;
  definedIn?: { path: string; span: Span; keySpan?: Span };
}

interface EnvFileDecl {
  path: string;
  /** The path as written, when relative (resolved against another project directory if missing). */
  relative?: string;
  /** The path starts with a variable that is empty here (`${CURRENT_PATH}/env/x.env`, set by a script): its name. */
  emptyRoot?: string;
  declaredSpan: Span;
  declaredIn: string;
  required: boolean;
}

type Tag = 'reset' | 'override' | undefined;

/** One service as one file (plus what it extends) defines it. */
interface Layer {
  name: string;
  path: string;
  nameSpan: Span;
  env?: { values: Map<string, EnvValue>; resetKeys: string[]; tag: Tag };
  envFiles?: { list: EnvFileDecl[]; tag: Tag };
  image?: { value: ComposeImage | undefined; tag: Tag };
  volumes?: { list: ComposeVolume[]; tag: Tag };
  profiles?: { list: string[]; tag: Tag };
  command?: { raw: string | undefined; tag: Tag };
  entrypoint?: { raw: string | undefined; tag: Tag };
  build?: { value: ComposeService['build']; tag: Tag };
  mergedFrom: ComposeMergedFrom[];
  shadowed: ComposeShadowedEnvironment[];
  extendsChain: { service: string; path: string }[];
}

interface CachedEnvFile {
  text: string;
  base: EnvFile;
  /** Names whose value could differ per service (references and `KEY` lines not answered by the project env). */
  sensitive: string[];
}

function tagOf(n: YNode | undefined): Tag {
  return n?.tag === '!reset' ? 'reset' : n?.tag === '!override' ? 'override' : undefined;
}

class Loader {
  private readonly problems: ComposeProblem[] = [];
  private readonly reported = new Set<string>();
  private readonly shell: Map<string, string>;
  private readonly dotVals = new Map<string, EnvEntry & { resolved: string }>();
  private dotEnvPath?: string;
  private dotEnv?: EnvFile;
  private readonly projectDir: string;
  private readonly yamlFiles = new Map<string, YamlFile | null>();
  private readonly envFiles = new Map<string, CachedEnvFile | null>();
  private readonly layers = new Map<string, Layer | null>();

  constructor(private readonly mainPath: string, private readonly readFile: ReadFile, private readonly opts: LoadComposeOptions) {
    this.projectDir = dirname(mainPath);
    this.shell = new Map();
    for (const [k, v] of Object.entries(opts.shellEnv ?? {})) if (typeof v === 'string') this.shell.set(k, v);
  }

  private read(path: string): string | undefined {
    try {
      const t = this.readFile(path);
      return typeof t === 'string' ? t : undefined;
    } catch {
      return undefined;
    }
  }

  /** The service being loaded (problems found meanwhile are its own). */
  private current?: string;

  private readonly byService = new Map<string, ComposeProblem[]>();

  private problem(path: string, span: Span, message: string, kind: ComposeProblem['kind']): void {
    const key = `${path}\0${span.start}\0${span.end}\0${message}`;
    if (this.current !== undefined && !this.reported.has(`${key}\0${this.current}`)) {
      this.reported.add(`${key}\0${this.current}`);
      const list = this.byService.get(this.current);
      const p: ComposeProblem = { path, span, message, kind };
      if (list) list.push(p); else this.byService.set(this.current, [p]);
    }
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.problems.push({ path, span, message, kind });
  }

  /** The project environment: the shell, then the project `.env`. */
  private lookup = (name: string): Origin | undefined => {
    const s = this.shell.get(name);
    if (s !== undefined) return { value: s, from: 'shell' };
    const d = this.dotVals.get(name);
    if (d && this.dotEnvPath) return { value: d.resolved, from: 'dotenv', definedIn: { path: this.dotEnvPath, span: d.valueSpan, keySpan: d.keySpan } };
    // `docker compose` sets PWD to its working directory when the shell has none (users run it in the project folder).
    if (name === 'PWD') return { value: this.projectDir, from: 'shell' };
    return undefined;
  };

  private lookupValue = (name: string): string | undefined => this.lookup(name)?.value;

  load(): ComposeProject {
    const dotPath = resolvePath(this.projectDir, '.env');
    const dotText = this.read(dotPath);
    if (dotText !== undefined) {
      this.dotEnvPath = dotPath;
      // Compose reads `.env` with the shell as its lookup; the shell then wins over it.
      this.dotEnv = parseEnvFile(dotText, (n) => this.shell.get(n));
      this.reportEnvProblems(dotPath, this.dotEnv);
      for (const e of this.dotEnv.entries) {
        if (e.noEquals) {
          const s = this.shell.get(e.key);
          if (s !== undefined) this.dotVals.set(e.key, { ...e, resolved: s });
        } else this.dotVals.set(e.key, { ...e, resolved: e.value });
      }
    }

    const files = [this.mainPath];
    const overrides = this.opts.overrideFiles ?? this.defaultOverrides();
    const acc = new Map<string, Layer>();
    for (const [i, path] of [this.mainPath, ...overrides].entries()) {
      const f = this.yaml(path);
      if (!f) {
        if (i === 0 || this.opts.overrideFiles) this.problem(path, { start: 0, end: 0 }, `compose file ${path} cannot be read`, 'other');
        continue;
      }
      if (i > 0) files.push(path);
      const services = this.servicesOf(f);
      if (!services) continue;
      for (const [name, entry] of services.entries) {
        if (i === 0 && this.opts.only && !this.opts.only.has(name)) continue;
        // The file's interpolation problems (found once per file) inside this service's entry are its own too.
        this.current = name;
        for (const p of this.problems) {
          if (p.path === f.path && p.kind === 'interpolation' && p.span.start >= entry.pairSpan.start && p.span.end <= entry.pairSpan.end) this.problem(p.path, p.span, p.message, p.kind);
        }
        const layer = this.resolveLayer(f, name, entry, this.projectDir, []);
        this.current = undefined;
        if (!layer) continue;
        const prev = acc.get(name);
        acc.set(name, prev ? mergeLayers(prev, layer, false) : layer);
      }
    }

    const active = this.activeProfiles();
    const services: ComposeService[] = [];
    for (const layer of acc.values()) {
      this.current = layer.name;
      services.push(this.finish(layer, active));
      this.current = undefined;
    }
    // Converting nodes (`<<` merges) finds problems after yaml() reported the parser's: report those too.
    for (const [path, f] of this.yamlFiles) if (f) for (const p of f.problems) this.problem(path, p.span, p.message, p.kind);
    return { files, projectDir: this.projectDir, dotEnvPath: this.dotEnvPath, dotEnv: this.dotEnv, services, problems: this.problems, serviceProblems: this.byService };
  }

  private defaultOverrides(): string[] {
    if (!DEFAULT_FILE_NAMES.includes(basename(this.mainPath))) return [];
    for (const name of DEFAULT_OVERRIDE_NAMES) {
      const p = resolvePath(this.projectDir, name);
      if (this.read(p) !== undefined) return [p];
    }
    return [];
  }

  private activeProfiles(): string[] {
    if (this.opts.profiles) return this.opts.profiles;
    const env = this.lookupValue('COMPOSE_PROFILES');
    return env ? env.split(',').map((s) => s.trim()).filter(Boolean) : [];
  }

  private reportEnvProblems(path: string, env: EnvFile): void {
    for (const p of env.problems) {
      const kind = /interpolation|required variable/.test(p.message) ? 'interpolation' : 'syntax';
      this.problem(path, p.span, p.message, kind);
    }
  }

  /** Parses a compose file once; reports its YAML and interpolation problems once. */
  private yaml(path: string): YamlFile | undefined {
    if (this.yamlFiles.has(path)) return this.yamlFiles.get(path) ?? undefined;
    const text = this.read(path);
    if (text === undefined) {
      this.yamlFiles.set(path, null);
      return undefined;
    }
    const f = this.opts.yaml?.(path, text) ?? new YamlFile(path, text);
    this.yamlFiles.set(path, f);
    for (const p of f.problems) this.problem(path, p.span, p.message, p.kind);
    for (const s of f.dollarScalars) {
      const r = interpolate(s.value as string, this.lookupValue);
      if (!r.errors.length) continue;
      const ys = f.conv(s);
      const map = ys && ys.kind === 'scalar' ? f.scalarSpanMapper(ys) : undefined;
      for (const e of r.errors) this.problem(path, map ? map(e.span) : { start: 0, end: 0 }, e.message, 'interpolation');
    }
    return f;
  }

  private servicesOf(f: YamlFile): YMap | undefined {
    const root = f.root;
    if (!root) return undefined;
    if (root.kind !== 'map') {
      this.problem(f.path, root.span, 'the top level of a compose file must be a mapping', 'other');
      return undefined;
    }
    const e = root.entries.get('services');
    if (!e) return undefined;
    const s = f.conv(e.raw);
    if (!s || (s.kind === 'scalar' && s.isNull)) return undefined;
    if (s.kind !== 'map') {
      this.problem(f.path, s.span, '"services" must be a mapping of service names to definitions', 'other');
      return undefined;
    }
    return s;
  }

  /** The layer of `name` in file `f`, with what it extends merged in. */
  private resolveLayer(f: YamlFile, name: string, entry: YEntry, baseDir: string, stack: string[]): Layer | undefined {
    const key = `${f.path}#${name}@${baseDir}`;
    if (this.layers.has(key)) return this.layers.get(key) ?? undefined;
    const node = f.conv(entry.raw);
    if (!node || node.kind !== 'map') {
      this.problem(f.path, node?.span ?? entry.keySpan, `service "${name}" must be a mapping`, 'other');
      this.layers.set(key, null);
      return undefined;
    }
    let layer = this.extract(f, name, entry.keySpan, node, baseDir);
    const ext = node.entries.get('extends');
    if (ext) {
      const base = this.extended(f, name, ext, baseDir, [...stack, key]);
      if (base) {
        layer = mergeLayers(base.layer, layer, true);
        layer.extendsChain = [{ service: base.service, path: base.path }, ...base.layer.extendsChain];
      }
    }
    this.layers.set(key, layer);
    return layer;
  }

  private extended(f: YamlFile, name: string, ext: YEntry, baseDir: string, stack: string[]): { layer: Layer; service: string; path: string } | undefined {
    const node = f.conv(ext.raw);
    let service: string | undefined;
    let fileRel: string | undefined;
    if (node?.kind === 'scalar' && typeof node.value === 'string') service = this.str(f, node).value;
    else if (node?.kind === 'map') {
      const s = node.entries.get('service');
      const sn = s && f.conv(s.raw);
      if (sn?.kind === 'scalar' && sn.value !== null) service = this.str(f, sn).value;
      const fe = node.entries.get('file');
      const fn = fe && f.conv(fe.raw);
      if (fn?.kind === 'scalar' && fn.value !== null) fileRel = this.str(f, fn).value;
    }
    const span = node?.span ?? ext.keySpan;
    if (!service) {
      this.problem(f.path, span, `"extends" of service "${name}" must name a service`, 'extends');
      return undefined;
    }
    if (stack.length > MAX_EXTENDS_DEPTH) {
      this.problem(f.path, span, `"extends" chain of service "${name}" is deeper than ${MAX_EXTENDS_DEPTH}`, 'extends');
      return undefined;
    }
    const targetPath = fileRel ? resolvePath(baseDir, fileRel) : f.path;
    const target = fileRel ? this.yaml(targetPath) : f;
    if (!target) {
      this.problem(f.path, span, `cannot extend service "${service}": file ${fileRel} cannot be read`, 'extends');
      return undefined;
    }
    const targetBaseDir = fileRel ? dirname(targetPath) : baseDir;
    const targetKey = `${target.path}#${service}@${targetBaseDir}`;
    if (stack.includes(targetKey)) {
      const chain = [...stack, targetKey].map((k) => k.slice(k.indexOf('#') + 1, k.lastIndexOf('@')));
      this.problem(f.path, span, `circular "extends": ${chain.join(' -> ')}`, 'extends');
      return undefined;
    }
    const services = this.servicesOf(target);
    const entry = services?.entries.get(service);
    if (!entry) {
      this.problem(f.path, span, `cannot extend service "${service}": no such service${fileRel ? ` in ${fileRel}` : ''}`, 'extends');
      return undefined;
    }
    const layer = this.resolveLayer(target, service, entry, targetBaseDir, stack);
    return layer ? { layer, service, path: target.path } : undefined;
  }

  /** Interpolated string form of a scalar, with its references in file offsets. */
  private str(f: YamlFile, s: YScalar): { value: string | undefined; refs: EnvRef[] } {
    if (typeof s.value !== 'string') return { value: composeScalarString(s, f.source(s.span)), refs: [] };
    if (!s.value.includes('$')) return { value: s.value, refs: [] };
    const r = interpolate(s.value, this.lookupValue);
    const map = f.scalarSpanMapper(s);
    return { value: r.value, refs: r.refs.map((ref) => this.ref(ref, map(ref.span), f.path, this.lookup)) };
  }

  private ref(ref: InterpolationRef, span: Span, path: string, resolve: (n: string) => Origin | undefined): EnvRef {
    const o = resolve(ref.name);
    return {
      name: ref.name, span, path, defined: o !== undefined, from: o?.from, definedIn: o?.definedIn,
      op: ref.op, usedFallback: ref.usedFallback, contributes: ref.contributes,
    };
  }

  private extract(f: YamlFile, name: string, nameSpan: Span, node: YMap, baseDir: string): Layer {
    const layer: Layer = { name, path: f.path, nameSpan, mergedFrom: [], shadowed: [], extendsChain: [] };
    const get = (k: string): YNode | undefined => {
      const e = node.entries.get(k);
      return e ? f.conv(e.raw) ?? nullNode(e) : undefined;
    };

    // A `!reset` attribute contributes nothing itself; its tag clears what lower layers had.
    const envNode = get('environment');
    if (envNode) {
      layer.env = tagOf(envNode) === 'reset'
        ? { values: new Map(), resetKeys: [], tag: 'reset' }
        : { ...this.environment(f, envNode), tag: tagOf(envNode) };
    }

    const ef = get('env_file');
    if (ef) layer.envFiles = { list: tagOf(ef) === 'reset' ? [] : this.envFileDecls(f, ef, baseDir), tag: tagOf(ef) };

    const image = get('image');
    if (image) {
      let value: ComposeImage | undefined;
      if (image.kind === 'scalar' && !image.isNull && tagOf(image) !== 'reset') {
        const r = this.str(f, image);
        value = { raw: rawString(f, image), value: r.value ?? '', span: image.span, path: f.path, refs: r.refs };
      }
      layer.image = { value, tag: tagOf(image) };
    }

    const vols = get('volumes');
    if (vols) layer.volumes = { list: vols.kind === 'seq' && tagOf(vols) !== 'reset' ? this.volumes(f, vols.items, baseDir) : [], tag: tagOf(vols) };

    const profiles = get('profiles');
    if (profiles) {
      const list: string[] = [];
      if (profiles.kind === 'seq' && tagOf(profiles) !== 'reset') {
        for (const it of profiles.items) {
          const n = f.conv(it);
          if (n?.kind === 'scalar' && !n.isNull) list.push(this.str(f, n).value ?? '');
        }
      }
      layer.profiles = { list, tag: tagOf(profiles) };
    }

    const build = get('build');
    if (build) {
      const reset = tagOf(build) === 'reset' || (build.kind === 'scalar' && build.isNull);
      layer.build = { value: reset ? undefined : { value: this.plain(f, build), span: build.span, path: f.path, dir: baseDir }, tag: tagOf(build) };
    }

    for (const k of ['command', 'entrypoint'] as const) {
      const n = get(k);
      if (n) layer[k] = { raw: (n.kind === 'scalar' && n.isNull) || tagOf(n) === 'reset' ? undefined : f.source(n.span), tag: tagOf(n) };
    }

    this.merges(f, node, layer);
    return layer;
  }

  /** A node as plain values with its strings interpolated (`build:`: context, dockerfile, args, target). */
  private plain(f: YamlFile, n: YNode, depth = 0): unknown {
    if (depth > 8) return undefined;
    if (n.kind === 'scalar') return n.isNull ? null : typeof n.value === 'string' ? this.str(f, n).value ?? '' : n.value;
    if (n.kind === 'seq') return n.items.map(it => { const c = f.conv(it); return c ? this.plain(f, c, depth + 1) : null; });
    const out: Record<string, unknown> = {};
    for (const [k, e] of n.entries) { const c = f.conv(e.raw); out[k] = c ? this.plain(f, c, depth + 1) : null; }
    return out;
  }

  /** Records `<<` merges and the environments a shallow merge dropped (for the shallow-merge rule). */
  private merges(f: YamlFile, node: YMap, layer: Layer): void {
    if (!node.merges.length) return;
    const own = node.entries.get('environment');
    for (const ms of node.merges) {
      const e = ms.map.entries.get('environment');
      const keys = e ? envKeys(f, f.conv(e.raw)) : undefined;
      const replaced = !!e && !!own && own.raw !== e.raw;
      layer.mergedFrom.push({ anchorPath: f.path, span: ms.map.span, anchor: ms.anchor, mergeSpan: ms.span, environmentKeys: keys, environmentReplaced: replaced });
      if (e && replaced) {
        const valueSpan = f.conv(e.raw)?.span ?? e.pairSpan;
        layer.shadowed.push({ keys: keys ?? [], span: valueSpan, path: f.path, anchor: ms.anchor, replacedBy: own && !own.merged ? own.keySpan : undefined });
      }
    }
  }

  private environment(f: YamlFile, node: YNode): { values: Map<string, EnvValue>; resetKeys: string[] } {
    const values = new Map<string, EnvValue>();
    const resetKeys: string[] = [];
    const defs = new Definitions();
    const put = (v: EnvValue): void => {
      values.set(v.name, v);
      defs.add(v);
    };
    if (node.kind === 'map') {
      for (const [key, e] of node.entries) {
        const v = f.conv(e.raw) ?? nullNode(e);
        if (v.tag === '!reset') {
          resetKeys.push(key);
          continue;
        }
        if (v.kind !== 'scalar') {
          this.problem(f.path, v.span, `environment variable "${key}" must be a string, number, boolean or null`, 'other');
          continue;
        }
        const kind: EnvValue['yamlValueKind'] = v.isNull ? 'null' : typeof v.value === 'number' || typeof v.value === 'bigint' ? 'number' : typeof v.value === 'boolean' ? 'boolean' : 'string';
        const pass = v.isNull ? this.passThrough(key, e.keySpan, f.path) : undefined;
        const r = pass ?? this.str(f, v);
        put(envValue({
          name: key, value: r.value, path: f.path, span: v.span, keySpan: e.keySpan, innerSpan: pass ? v.span : innerOf(v),
          entrySpan: e.pairSpan, via: 'environment', refs: r.refs, yamlScalarType: v.type as YamlScalarType | undefined,
          yamlValueKind: kind, listForm: false, passThrough: !!pass,
        }));
      }
    } else if (node.kind === 'seq') {
      for (const it of node.items) {
        const v = f.conv(it);
        if (!v || v.kind !== 'scalar' || v.isNull) {
          if (v && v.kind !== 'scalar') this.problem(f.path, v.span, 'environment list items must be strings like KEY=value', 'other');
          continue;
        }
        const itemText = typeof v.value === 'string' ? v.value : composeScalarString(v, f.source(v.span)) ?? '';
        const map = f.scalarSpanMapper(v);
        const r = typeof v.value === 'string' && itemText.includes('$') ? interpolate(itemText, this.lookupValue) : { value: itemText, refs: [] as InterpolationRef[] };
        // A repeated item: Compose v1's schema refuses the file (non-unique items); v2 (compose-go) takes it once. We
        // follow v2, what `docker compose` users run (the compose-oracle test pins both).
        const refs = r.refs.map((ref) => this.ref(ref, map(ref.span), f.path, this.lookup));
        const eqRaw = itemText.indexOf('=');
        const eq = r.value.indexOf('=');
        const name = eq >= 0 ? r.value.slice(0, eq) : r.value;
        const keySpan = eqRaw >= 0 ? map({ start: 0, end: eqRaw }) : innerOf(v);
        const pass = eq < 0 ? this.passThrough(name, keySpan, f.path) : undefined;
        const valueSpan = pass ? v.span : eqRaw >= 0 ? map({ start: eqRaw + 1, end: itemText.length }) : innerOf(v);
        put(envValue({
          name, value: pass ? pass.value : r.value.slice(eq + 1), path: f.path, span: valueSpan, keySpan,
          innerSpan: pass ? innerOf(v) : valueSpan, entrySpan: v.span, via: 'environment', refs: pass ? pass.refs : refs,
          yamlScalarType: v.type as YamlScalarType | undefined, yamlValueKind: typeof v.value === 'number' ? 'number' : 'string',
          listForm: true, passThrough: !!pass,
        }));
      }
    } else if (!(node.kind === 'scalar' && node.isNull)) {
      this.problem(f.path, node.span, '"environment" must be a mapping or a list', 'other');
    }
    defs.settle();
    return { values, resetKeys };
  }

  private passThrough(name: string, keySpan: Span, path: string): { value: string | undefined; refs: EnvRef[] } {
    const o = this.lookup(name);
    return { value: o?.value, refs: [{ name, span: keySpan, path, defined: !!o, from: o?.from, definedIn: o?.definedIn }] };
  }

  /**
   * How an env_file path can be looked up elsewhere: a relative one in another project directory; one that starts
   * with a variable empty here (a script exports `CURRENT_PATH=$(pwd)` before `docker compose up`) as the rest of the
   * path, relative to the workspace root (issue 14 item 5).
   */
  private relativeOf(s: YScalar, p: string): Pick<EnvFileDecl, 'relative' | 'emptyRoot'> {
    if (!isAbsolutePath(p)) return { relative: p };
    const lead = typeof s.value === 'string' ? /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?\//.exec(s.value) : null;
    if (lead && !this.lookupValue(lead[1])) return { relative: p.replace(/^\/+/, ''), emptyRoot: lead[1] };
    return {};
  }

  private envFileDecls(f: YamlFile, node: YNode, baseDir: string): EnvFileDecl[] {
    const out: EnvFileDecl[] = [];
    const add = (n: YNode | undefined): void => {
      if (!n) return;
      if (n.kind === 'scalar') {
        if (n.isNull) return;
        const p = this.str(f, n).value;
        if (p) out.push({ path: resolvePath(baseDir, p), ...this.relativeOf(n, p), declaredSpan: n.span, declaredIn: f.path, required: true });
        return;
      }
      if (n.kind === 'map') {
        const pe = n.entries.get('path');
        const pn = pe && f.conv(pe.raw);
        if (!pn || pn.kind !== 'scalar' || pn.isNull) {
          this.problem(f.path, n.span, 'env_file entry needs a "path"', 'other');
          return;
        }
        const p = this.str(f, pn).value;
        const re = n.entries.get('required');
        const rn = re && f.conv(re.raw);
        const rv = rn?.kind === 'scalar' ? (typeof rn.value === 'string' ? this.str(f, rn).value : rn.value) : undefined;
        const required = !(rv === false || (typeof rv === 'string' && /^false$/i.test(rv)));
        if (p) out.push({ path: resolvePath(baseDir, p), ...this.relativeOf(pn, p), declaredSpan: pn.span, declaredIn: f.path, required });
        return;
      }
      this.problem(f.path, n.span, 'env_file entries must be paths or {path, required} mappings', 'other');
    };
    if (node.kind === 'seq') for (const it of node.items) add(f.conv(it));
    else add(node);
    return out;
  }

  private volumes(f: YamlFile, items: readonly (Node | null)[], baseDir: string): ComposeVolume[] {
    const out: ComposeVolume[] = [];
    for (const it of items) {
      const n = f.conv(it);
      if (!n) continue;
      const raw = n.kind === 'scalar' ? rawString(f, n) : f.source(n.span);
      if (n.kind === 'scalar') {
        const spec = this.str(f, n).value;
        if (spec) out.push({ ...parseShortVolume(spec, baseDir), span: n.span, raw, path: f.path });
      } else if (n.kind === 'map') {
        const field = (k: string): string | undefined => {
          const e = n.entries.get(k);
          const v = e && f.conv(e.raw);
          return v?.kind === 'scalar' && !v.isNull ? this.str(f, v).value : undefined;
        };
        const type = field('type') ?? 'volume';
        let source = field('source');
        if (source && type === 'bind' && !source.startsWith('~')) source = resolvePath(baseDir, source);
        const ro = field('read_only');
        out.push({ source, target: field('target'), type, readOnly: ro === 'true' ? true : undefined, span: n.span, raw, path: f.path });
      }
    }
    return out;
  }

  private envFile(path: string): CachedEnvFile | undefined {
    if (this.envFiles.has(path)) return this.envFiles.get(path) ?? undefined;
    const text = this.read(path);
    if (text === undefined) {
      this.envFiles.set(path, null);
      return undefined;
    }
    const base = parseEnvFile(text, this.lookupValue);
    const sensitive = new Set<string>();
    const note = (n: string): void => {
      if (this.lookup(n) === undefined) sensitive.add(n);
    };
    for (const e of base.entries) {
      if (e.noEquals) note(e.key);
      for (const r of e.refs) note(r.name);
    }
    const c: CachedEnvFile = { text, base, sensitive: [...sensitive] };
    this.envFiles.set(path, c);
    return c;
  }

  /** The service as its container sees it. */
  private finish(layer: Layer, active: string[]): ComposeService {
    const section = layer.env?.values ?? new Map<string, EnvValue>();
    const serviceOrigin = (n: string): Origin | undefined => {
      const v = section.get(n);
      return v && v.value !== undefined ? { value: v.value, from: 'environment', definedIn: { path: v.path, span: v.span, keySpan: v.keySpan } } : undefined;
    };
    const fileVals = new Map<string, EnvValue>();
    const fileDefs = new Definitions();
    const envFiles: ComposeEnvFileRef[] = [];
    for (const listed of layer.envFiles?.list ?? []) {
      let decl = listed;
      let c = this.envFile(decl.path);
      // Missing beside the compose file: the project may be run with `--project-directory <workspace root>`.
      for (const dir of c || !decl.relative ? [] : this.opts.projectDirectories ?? []) {
        const alt = resolvePath(dir, decl.relative!);
        if (alt === decl.path) continue;
        const found = this.envFile(alt);
        if (found) { c = found; decl = { ...decl, path: alt }; break; }
      }
      envFiles.push({ path: decl.path, declaredSpan: decl.declaredSpan, declaredIn: decl.declaredIn, required: decl.required, exists: !!c });
      if (!c) {
        // readFile gives no reason: the path may be missing, a directory, a device (/dev/zero) or not text.
        if (decl.required) {
          const why = decl.emptyRoot ? ` (the path starts with \${${decl.emptyRoot}}, which is empty here: a script may set it)` : '';
          this.problem(decl.declaredIn, decl.declaredSpan, `env file ${decl.path} not found, or not a readable text file${why}`, 'env-file-missing');
        }
        continue;
      }
      // The cached parse used the project environment alone; redo it when this service can answer differently.
      const differs = c.sensitive.some((n) => section.get(n)?.value !== undefined || fileVals.has(n));
      const parsed = differs
        ? parseEnvFile(c.text, (n) => this.lookupValue(n) ?? serviceOrigin(n)?.value, { fallback: (n) => fileVals.get(n)?.value })
        : c.base;
      this.reportEnvProblems(decl.path, parsed);
      const seen = new Map<string, EnvValue>();
      const origin = (n: string): Origin | undefined => {
        const o = this.lookup(n) ?? serviceOrigin(n);
        if (o) return o;
        const v = seen.get(n) ?? fileVals.get(n);
        return v && v.value !== undefined ? { value: v.value, from: 'env_file', definedIn: { path: v.path, span: v.span, keySpan: v.keySpan } } : undefined;
      };
      for (const e of parsed.entries) {
        const o = e.noEquals ? this.lookup(e.key) ?? serviceOrigin(e.key) : undefined;
        if (e.noEquals && !o) continue;
        const val = envValue({
          name: e.key, value: o ? o.value : e.value, path: decl.path, span: o ? e.keySpan : e.valueSpan, keySpan: e.keySpan,
          innerSpan: o ? e.keySpan : e.innerSpan, entrySpan: e.lineSpan, via: 'env_file', envFile: decl.path,
          refs: o
            ? [{ name: e.key, span: e.keySpan, path: decl.path, defined: true, from: o.from, definedIn: o.definedIn }]
            : e.refs.map((r) => this.ref(r, r.span, decl.path, origin)),
          listForm: false, passThrough: !!o,
        });
        seen.set(e.key, val);
        fileDefs.add(val);
      }
      for (const [k, v] of seen) fileVals.set(k, v);
    }
    fileDefs.settle();

    const environment = new Map(fileVals);
    for (const [k, v] of section) {
      const prev = environment.get(k);
      environment.set(k, prev ? outranks(v, prev) : v);
    }

    const profiles = layer.profiles?.list ?? [];
    const svc: ComposeService = {
      name: layer.name, nameSpan: layer.nameSpan, path: layer.path,
      image: layer.image?.value,
      environment, envFiles,
      volumes: layer.volumes?.list ?? [],
      profiles,
      enabled: profiles.length === 0 || active.includes('*') || profiles.some((p) => active.includes(p)),
    };
    if (layer.mergedFrom.length) svc.mergedFrom = layer.mergedFrom;
    if (layer.shadowed.length) svc.shadowedEnvironment = layer.shadowed;
    if (layer.build?.value) svc.build = layer.build.value;
    if (layer.command?.raw !== undefined) svc.command = layer.command.raw;
    if (layer.entrypoint?.raw !== undefined) svc.entrypoint = layer.entrypoint.raw;
    if (layer.extendsChain.length) svc.extendsChain = layer.extendsChain;
    return svc;
  }
}

/**
 * The definitions of each name in the order they were met (lowest precedence first). `settle()` hands the winner (the
 * last one, a fresh object) every loser, highest first; the losers keep none (`EnvValue.overridden`): one list per
 * name, so 60,000 repeats of a variable cost 60,000 entries, not 60,000²/2.
 */
class Definitions {
  private readonly byName = new Map<string, EnvValue[]>();
  add(v: EnvValue): void {
    const list = this.byName.get(v.name);
    if (list) list.push(v); else this.byName.set(v.name, [v]);
  }
  settle(): void {
    for (const list of this.byName.values()) {
      if (list.length < 2) continue;
      const winner = list[list.length - 1];
      const losers: EnvValue[] = [];
      for (let i = list.length - 2; i >= 0; i--) losers.push(list[i]);
      winner.overridden = losers;
    }
  }
}

/** `v` winning over `prev` (each a winner of its own layer): one list, highest first, whose entries carry none. */
function outranks(v: EnvValue, prev: EnvValue): EnvValue {
  return envValue(v, v.via, [...v.overridden, prev.overridden.length ? envValue(prev, prev.via, []) : prev, ...prev.overridden]);
}

/** A fresh EnvValue with one fixed shape (object spreads of this many fields fall off V8's fast path). */
function envValue(v: Omit<EnvValue, 'overridden'> & { overridden?: EnvValue[] }, via = v.via, overridden = v.overridden ?? []): EnvValue {
  return {
    name: v.name, value: v.value, path: v.path, span: v.span, keySpan: v.keySpan, innerSpan: v.innerSpan, entrySpan: v.entrySpan,
    via, envFile: v.envFile, refs: v.refs, yamlScalarType: v.yamlScalarType, yamlValueKind: v.yamlValueKind,
    listForm: v.listForm, passThrough: v.passThrough, overridden,
  };
}

/** A scalar's string before interpolation (YAML quotes and escapes resolved). */
function rawString(f: YamlFile, s: YScalar): string {
  return typeof s.value === 'string' ? s.value : composeScalarString(s, f.source(s.span)) ?? '';
}

/** `KEY:` with nothing after it: YAML null at the end of the key. */
function nullNode(e: YEntry): YScalar {
  return { kind: 'scalar', value: null, isNull: true, span: { start: e.pairSpan.end, end: e.pairSpan.end }, node: undefined as never };
}

function innerOf(s: YScalar): Span {
  if ((s.type === 'QUOTE_DOUBLE' || s.type === 'QUOTE_SINGLE') && s.span.end - s.span.start >= 2) return { start: s.span.start + 1, end: s.span.end - 1 };
  return s.span;
}

function envKeys(f: YamlFile, n: YNode | undefined): string[] | undefined {
  if (!n) return undefined;
  if (n.kind === 'map') return [...n.entries.keys()];
  if (n.kind === 'seq') {
    const keys: string[] = [];
    for (const it of n.items) {
      const v = f.conv(it);
      if (v?.kind === 'scalar' && typeof v.value === 'string') keys.push(v.value.split('=')[0]);
    }
    return keys;
  }
  return [];
}

/** Merges `over` onto `base` the way Compose merges an override file or an extending service. */
function mergeLayers(base: Layer, over: Layer, viaExtends: boolean): Layer {
  const inherit = (v: EnvValue): EnvValue => (viaExtends && v.via === 'environment' ? envValue(v, 'extends') : v);
  let env = base.env ? { values: new Map([...base.env.values].map(([k, v]) => [k, inherit(v)])), resetKeys: [] as string[], tag: undefined as Tag } : undefined;
  if (over.env) {
    if (over.env.tag === 'reset') env = { values: new Map(), resetKeys: [], tag: undefined };
    else if (over.env.tag === 'override' || !env) env = { values: new Map(over.env.values), resetKeys: [], tag: undefined };
    else {
      for (const k of over.env.resetKeys) env.values.delete(k);
      for (const [k, v] of over.env.values) {
        const prev = env.values.get(k);
        env.values.set(k, prev ? outranks(v, prev) : v);
      }
    }
  }

  let envFiles = base.envFiles;
  if (over.envFiles) {
    if (over.envFiles.tag === 'reset') envFiles = { list: [], tag: undefined };
    else if (over.envFiles.tag === 'override' || !envFiles) envFiles = { list: over.envFiles.list, tag: undefined };
    else {
      // Appended; a path already listed keeps its place and takes the later attributes (compose-go unicity).
      const list = envFiles.list.slice();
      for (const d of over.envFiles.list) {
        const i = list.findIndex((x) => x.path === d.path);
        if (i >= 0) list[i] = d;
        else list.push(d);
      }
      envFiles = { list, tag: undefined };
    }
  }

  let volumes = base.volumes;
  if (over.volumes) {
    if (over.volumes.tag === 'reset') volumes = { list: [], tag: undefined };
    else if (over.volumes.tag === 'override' || !volumes) volumes = over.volumes;
    else {
      const byTarget = new Map<string, ComposeVolume>();
      const rest: ComposeVolume[] = [];
      for (const v of [...volumes.list, ...over.volumes.list]) {
        if (v.target) byTarget.set(v.target, v);
        else rest.push(v);
      }
      volumes = { list: [...byTarget.values(), ...rest], tag: undefined };
    }
  }

  let profiles = base.profiles;
  if (over.profiles) {
    if (over.profiles.tag === 'reset') profiles = { list: [], tag: undefined };
    else if (over.profiles.tag === 'override' || !profiles) profiles = over.profiles;
    else profiles = { list: [...new Set([...profiles.list, ...over.profiles.list])], tag: undefined };
  }

  const replace = <T extends { tag: Tag }>(b: T | undefined, o: T | undefined): T | undefined =>
    o ? (o.tag === 'reset' ? undefined : o) : b;

  const first = viaExtends ? over : base;
  return {
    name: first.name, path: first.path, nameSpan: first.nameSpan,
    env, envFiles, volumes, profiles,
    image: replace(base.image, over.image),
    command: replace(base.command, over.command),
    build: replace(base.build, over.build),
    entrypoint: replace(base.entrypoint, over.entrypoint),
    mergedFrom: [...base.mergedFrom, ...over.mergedFrom],
    shadowed: [...base.shadowed, ...over.shadowed],
    extendsChain: viaExtends ? over.extendsChain : base.extendsChain,
  };
}

function parseShortVolume(spec: string, baseDir: string): Pick<ComposeVolume, 'source' | 'target' | 'type' | 'readOnly'> {
  // SOURCE:TARGET[:MODE] or TARGET; a Windows drive (`C:\`, `C:/`) is part of its segment.
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i];
    if (c === ':' && !(cur.length === 1 && /[A-Za-z]/.test(cur) && /[\\/]/.test(spec[i + 1] ?? ''))) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  if (parts.length === 1) return { target: parts[0], type: 'volume' };
  const [src, target, mode] = parts;
  const readOnly = mode ? mode.split(',').includes('ro') : undefined;
  const host = src.startsWith('.') || src.startsWith('/') || src.startsWith('~') || isAbsolutePath(src);
  if (!host) return { source: src, target, type: 'volume', readOnly };
  return { source: src.startsWith('~') ? src : resolvePath(baseDir, src), target, type: 'bind', readOnly };
}
