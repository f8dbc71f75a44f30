// `kustomize build` (api v0.18 / Kustomize v5.5, the one kubectl 1.32 ships) for what decides a Nacos container's
// environment: resources (files, directories, bases), components, configMapGenerator/secretGenerator (literals,
// envs, files, behavior merge/replace, options, name hash), patches / patchesStrategicMerge / patchesJson6902
// (files and inline), namespace, namePrefix/nameSuffix, replicas, images, and the name references kustomize fixes
// at the end (envFrom/valueFrom/volumes/serviceName follow renamed and hashed objects). Transformer order and the
// hash are kustomize's (kusttarget.go); every value keeps where it was written plus the chain of kustomizations.
// Not modelled: labels/commonLabels/commonAnnotations (no effect on env), replacements/vars, helmCharts, remote
// resources (reported, their objects unknown), configurations/crds, openapi, transformers/generators plugins.
import { parseAllDocuments } from 'yaml';
import type { Span } from '../../../types';
import { parseObjects, srcFileOf } from '../objects';
import type { KObject } from '../objects';
import { link, nodeSpan, producedFromScalar } from '../place';
import { clone, fromYaml, get, scalarText, seq, str, toJson, LimitError } from '../tree';
import type { KEntry, KMap, KNode, KScalar, KSeq, NodeSrc, SrcFile } from '../tree';
import type { ChainLink, K8sProblem, ReadFile } from '../types';
import { kustomizeBase64, kustomizeHash } from './hash';
import { applyJson6902, PatchError, strategicMerge } from './patch';
import type { JsonOp } from './patch';

export const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export function isKustomizationPath(p: string): boolean {
  return KUSTOMIZATION_NAMES.includes(p.slice(p.lastIndexOf('/') + 1));
}

export interface BuildOptions {
  /** Workspace paths (used to tell a directory from a file when a kustomization is missing). */
  paths?: readonly string[];
  /** Work shared by the builds of one analysis (a base several overlays use is accumulated once). */
  cache?: BuildCache;
}

/**
 * What the builds of one analysis share: each kustomization directory's accumulation (resources, generators,
 * components, transformers; `finish` is the root's), computed once with a placeholder for the chain of whoever uses
 * it, with every read it made. Another build that uses the directory and reads the same texts gets a copy with its
 * own chain in place of the placeholder, and the same files, problems and reads, so its result is the one a build
 * of its own gives (test/unit/kustomize-cache.test.ts). Lives for one analysis: texts are its keys, never reused
 * across edits.
 */
export class BuildCache {
  readonly accumulated = new Map<string, Accumulated>();
  /** Directories whose accumulation failed or read produced text: built with the real chain from then on (one
   *  failure deep in a chain of bases is not tried twice at every level above it). */
  readonly unshared = new Set<string>();
  /** Accumulations given from the cache (for tests). */
  hits = 0;
}

interface Accumulated {
  res: Res[];
  /** Every read (path → what it gave, in order), replayed so callers see the same reads. */
  reads: Map<string, string | undefined>;
  files: Set<string>;
  kdirs: Set<string>;
  notModelled: Set<string>;
  problems: K8sProblem[];
  /** How many kustomizations deep it went below itself (kustomize's nesting limit holds for the user too). */
  deepest: number;
}

/** What one accumulation did while it is recorded for the cache. */
interface Recorder {
  base: number;
  deepest: number;
  reads: Map<string, string | undefined>;
  files: Set<string>;
  kdirs: Set<string>;
  notModelled: Set<string>;
  /** It read produced text (an inline patch): its places are closures over the chain, so it is not kept. */
  opaque: boolean;
}

/** Whether builds use their BuildCache: off only where a test compares shared builds with unshared ones. */
export const buildSharing = { enabled: true };

/** The placeholder for the chain of the kustomization that uses a cached accumulation. */
const HOLE: ChainLink = { path: '', span: { start: 0, end: 0 }, via: 'kustomization chain placeholder' };

export interface BuildResult {
  dir: string;
  objects: KObject[];
  problems: K8sProblem[];
  /** Every file the build read (kustomizations, resources, patches, generator sources). */
  files: string[];
  /** Every kustomization directory the build used (itself, bases, components). */
  kustomizations: string[];
  /** Kustomization fields present but not modelled (their effect is not in `objects`). */
  notModelled: string[];
}

interface Id {
  apiVersion: string;
  kind: string;
  name: string;
  ns: string | undefined;
}

interface Res {
  obj: KObject;
  org: Id;
  prev: Id[];
  behavior: 'create' | 'merge' | 'replace';
  needsHash: boolean;
}

class KError extends Error {
  constructor(message: string, readonly at?: { path: string; span: Span }) {
    super(message);
  }
}

export function normalize(p: string): string {
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const s of p.split('/')) {
    if (!s || s === '.') continue;
    if (s === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
      continue;
    }
    out.push(s);
  }
  return (abs ? '/' : '') + out.join('/');
}

function join(dir: string, rel: string): string {
  return normalize(rel.startsWith('/') ? rel : `${dir}/${rel}`);
}

function within(root: string, p: string): boolean {
  return p === root || p.startsWith(root.endsWith('/') ? root : root + '/');
}

function groupOf(apiVersion: string): string {
  const i = apiVersion.indexOf('/');
  return i < 0 ? '' : apiVersion.slice(0, i);
}
function versionOf(apiVersion: string): string {
  const i = apiVersion.indexOf('/');
  return i < 0 ? apiVersion : apiVersion.slice(i + 1);
}

function nsEq(a: string | undefined, b: string | undefined): boolean {
  const n = (x: string | undefined) => (!x || x === 'default' ? '' : x);
  return n(a) === n(b);
}

function idEq(a: Id, b: Id): boolean {
  return a.kind === b.kind && a.name === b.name && nsEq(a.ns, b.ns) && (!a.apiVersion || !b.apiVersion || (groupOf(a.apiVersion) === groupOf(b.apiVersion) && versionOf(a.apiVersion) === versionOf(b.apiVersion)));
}

function curId(o: KObject): Id {
  return { apiVersion: o.apiVersion, kind: o.kind, name: str(get(o.root, 'metadata', 'name')) ?? '', ns: str(get(o.root, 'metadata', 'namespace')) };
}

function anyId(r: Res): Id[] {
  return [r.org, ...r.prev, curId(r.obj)];
}

const CLUSTER_SCOPED = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'StorageClass', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition',
  'APIService', 'PriorityClass', 'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration', 'CSIDriver', 'CSINode',
  'RuntimeClass', 'VolumeAttachment', 'IngressClass', 'PodSecurityPolicy', 'CertificateSigningRequest', 'ComponentStatus',
  'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'FlowSchema', 'PriorityLevelConfiguration',
]);

/** Builds `dir` (a directory holding a kustomization). Never throws: failures become problems. */
export function buildKustomization(dir: string, read: ReadFile, options: BuildOptions = {}): BuildResult {
  const b = new Builder(read, options);
  const root = normalize(dir);
  let res: Res[] = [];
  try {
    res = b.accumulate(root, [], [], [], false);
    res = b.finish(res);
  } catch (e) {
    if (e instanceof KError) b.fail(e.message, e.at);
    else if (e instanceof PatchError || e instanceof LimitError) b.fail(e.message);
    else if (e instanceof RangeError) b.fail('kustomization nested too deeply');
    else throw e;
  }
  return {
    dir: root,
    objects: res.map((r) => ({ ...r.obj, kustomization: root })),
    problems: b.problems,
    files: [...b.files],
    kustomizations: [...b.kdirs],
    notModelled: [...b.notModelled],
  };
}

class Builder {
  files = new Set<string>();
  kdirs = new Set<string>();
  problems: K8sProblem[] = [];
  notModelled = new Set<string>();
  private rootDir = '';
  constructor(
    private readonly read: ReadFile,
    private readonly options: BuildOptions,
  ) {}

  fail(message: string, at?: { path: string; span: Span }): void {
    this.problems.push({ ruleId: 'k8s-kustomize-error', severity: 'error', path: at?.path ?? this.rootDir, span: at?.span ?? { start: 0, end: 0 }, message: `kustomize build fails: ${message}` });
  }

  private input(path: string) {
    let v;
    try {
      v = this.read(path);
    } catch {
      v = undefined;
    }
    for (const r of this.recorders) {
      if (typeof v === 'object') r.opaque = true;
      else if (!r.reads.has(path)) r.reads.set(path, v);
    }
    return v;
  }

  private readonly recorders: Recorder[] = [];
  private addFile(p: string): void {
    this.files.add(p);
    for (const r of this.recorders) r.files.add(p);
  }
  private addKdir(d: string): void {
    this.kdirs.add(d);
    for (const r of this.recorders) r.kdirs.add(d);
  }
  private addNotModelled(f: string): void {
    this.notModelled.add(f);
    for (const r of this.recorders) r.notModelled.add(f);
  }
  private produced(name: string, value: string, s: KScalar | undefined) {
    for (const r of this.recorders) r.opaque = true;
    return producedFromScalar(name, value, s);
  }

  kustomizationFile(dir: string): string | undefined {
    const found = KUSTOMIZATION_NAMES.map((n) => `${dir === '/' ? '' : dir}/${n}`).filter((p) => this.input(p) !== undefined);
    if (found.length > 1) throw new KError(`found multiple kustomization files under ${dir}`);
    return found[0];
  }

  private isDir(p: string): boolean {
    return !!this.options.paths?.some((x) => x.startsWith(p + '/'));
  }

  /** One kustomization (or component) on top of `initial` resources. */
  accumulate(dir: string, chain: ChainLink[], stack: string[], initial: Res[], component: boolean): Res[] {
    if (!this.rootDir) this.rootDir = dir;
    if (stack.includes(dir)) throw new KError(`cycle: ${[...stack, dir].join(' → ')}`);
    if (stack.length > 50) throw new KError('kustomizations nested too deeply');
    for (const r of this.recorders) r.deepest = Math.max(r.deepest, stack.length - r.base);
    const cache = buildSharing.enabled ? this.options.cache : undefined;
    if (cache && !component && !initial.length) return this.cached(cache, dir, chain, stack);
    return this.accumulateHere(dir, chain, stack, initial, component);
  }

  /** `accumulate` of a directory used as a resource, through the analysis's cache. */
  private cached(cache: BuildCache, dir: string, chain: ChainLink[], stack: string[]): Res[] {
    if (cache.unshared.has(dir)) return this.accumulateHere(dir, chain, stack, [], false);
    const hit = cache.accumulated.get(dir);
    if (hit && this.reusable(hit, stack)) {
      cache.hits++;
      return this.replay(hit, chain, stack);
    }
    const saved = { problems: this.problems.length, files: new Set(this.files), kdirs: new Set(this.kdirs), notModelled: new Set(this.notModelled) };
    const rec: Recorder = { base: stack.length, deepest: 0, reads: new Map(), files: new Set(), kdirs: new Set(), notModelled: new Set(), opaque: false };
    const start = this.problems.length;
    this.recorders.push(rec);
    let res: Res[] | undefined;
    try {
      res = this.accumulateHere(dir, [HOLE], stack, [], false);
    } catch {
      res = undefined;
    } finally {
      this.recorders.splice(this.recorders.indexOf(rec), 1);
    }
    if (!res || rec.opaque) {
      // A failure (its message may name the chain) or produced text: undone and built with the real chain.
      cache.unshared.add(dir);
      this.problems.length = saved.problems;
      this.files = saved.files;
      this.kdirs = saved.kdirs;
      this.notModelled = saved.notModelled;
      return this.accumulateHere(dir, chain, stack, [], false);
    }
    cache.accumulated.set(dir, { res, reads: rec.reads, files: rec.files, kdirs: rec.kdirs, notModelled: rec.notModelled, problems: this.problems.slice(start), deepest: rec.deepest });
    return rechain(res, chain);
  }

  /** Whether building here would do what the cached accumulation did: no cycle through the stack, within the
   *  nesting limit, and every read gives the same text. */
  private reusable(hit: Accumulated, stack: string[]): boolean {
    if (stack.length + hit.deepest > 50) return false;
    for (const d of hit.kdirs) if (stack.includes(d)) return false;
    for (const [p, v] of hit.reads) if (this.input(p) !== v) return false;
    return true;
  }

  private replay(hit: Accumulated, chain: ChainLink[], stack: string[]): Res[] {
    for (const r of this.recorders) r.deepest = Math.max(r.deepest, stack.length - r.base + hit.deepest);
    for (const f of hit.files) this.addFile(f);
    for (const d of hit.kdirs) this.addKdir(d);
    for (const f of hit.notModelled) this.addNotModelled(f);
    this.problems.push(...hit.problems);
    return rechain(hit.res, chain);
  }

  private accumulateHere(dir: string, chain: ChainLink[], stack: string[], initial: Res[], component: boolean): Res[] {
    const kpath = this.kustomizationFile(dir);
    if (!kpath) throw new KError(`no kustomization file in ${dir}`, chain[0]);
    this.addFile(kpath);
    this.addKdir(dir);
    const kfile = srcFileOf(kpath, this.input(kpath)!);
    const docs = parseAllDocuments(kfile.text, { prettyErrors: false, uniqueKeys: false });
    const doc = Array.isArray(docs) ? docs[0] : undefined;
    if (!doc || doc.errors.length) throw new KError(`invalid YAML in ${kpath}${doc?.errors[0] ? `: ${doc.errors[0].message.split('\n')[0]}` : ''}`, { path: kpath, span: { start: 0, end: 0 } });
    const k = fromYaml(doc, kfile, 'kyaml', chain);
    if (!k || k.k !== 'm') throw new KError(`${kpath} is not a kustomization`, { path: kpath, span: { start: 0, end: 0 } });
    const kind = str(get(k, 'kind'));
    if (component && kind !== 'Component') throw new KError(`${kpath} is used as a component but its kind is ${kind ?? 'missing'}`, { path: kpath, span: { start: 0, end: 0 } });
    if (!component && kind === 'Component') throw new KError(`${kpath} is a Component and can only be used in components`, { path: kpath, span: { start: 0, end: 0 } });
    for (const f of ['commonLabels', 'labels', 'commonAnnotations', 'replacements', 'vars', 'helmCharts', 'helmChartInflationGenerator', 'configurations', 'crds', 'transformers', 'generators', 'validators', 'openapi']) {
      if (get(k, f) && !(k.e.get(f)?.value.k === 'q' && (k.e.get(f)!.value as { items: unknown[] }).items.length === 0)) this.addNotModelled(f);
    }
    const here = (n: KNode | undefined, via: string): ChainLink[] => {
      const l = link(n?.src, via);
      return l ? [l, ...chain] : chain;
    };
    const at = (n: KNode | undefined) => nodeSpan(n?.src);
    let res = initial.slice();

    // resources (bases are appended: FixKustomization)
    const resources = [...seq(get(k, 'resources')), ...seq(get(k, 'bases'))];
    for (const r of resources) {
      const rel = scalarText(r);
      if (!rel) continue;
      if (/^(https?:\/\/|git@|ssh:\/\/|git::|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/.test(rel) || rel.includes('?ref=')) {
        this.problems.push({ ruleId: 'k8s-kustomize-error', severity: 'info', ...(at(r) ?? { path: kpath, span: { start: 0, end: 0 } }), message: `remote resource ${rel} is not read: its objects are unknown` });
        continue;
      }
      const p = join(dir, rel);
      const sub = this.kustomizationFileSafe(p);
      if (sub) {
        for (const x of this.accumulate(p, here(r, `resources entry ${rel} of ${kpath}`), [...stack, dir], [], false)) res = this.add(res, x, at(r));
        continue;
      }
      const input = this.input(p);
      if (input === undefined) throw new KError(`resource ${rel} not found${this.isDir(p) ? ' (a directory without a kustomization)' : ''}`, at(r));
      if (!within(dir, p)) throw new KError(`security: file ${rel} is not in or below ${dir}`, at(r));
      this.addFile(p);
      for (const o of this.parseFile(p, here(r, `resources entry ${rel} of ${kpath}`), at(r))) {
        res = this.add(res, { obj: o, org: curId(o), prev: [], behavior: 'create', needsHash: false }, at(r));
      }
    }

    // generators
    const gopts = get(k, 'generatorOptions');
    for (const [field, gkind] of [['configMapGenerator', 'ConfigMap'], ['secretGenerator', 'Secret']] as const) {
      for (const g of seq(get(k, field))) {
        const gen = this.generate(g, gkind, gopts, dir, kpath, here(g, `${field} ${str(get(g, 'name')) ?? ''} in ${kpath}`));
        res = this.absorb(res, gen, at(g));
      }
    }

    // components
    for (const c of seq(get(k, 'components'))) {
      const rel = scalarText(c);
      if (!rel) continue;
      res = this.accumulate(join(dir, rel), here(c, `components entry ${rel} of ${kpath}`), [...stack, dir], res, true);
    }

    // transformers, in kustomize's order
    for (const p of seq(get(k, 'patchesStrategicMerge'))) {
      for (const patch of this.smPatches(p, dir, kpath, here(p, `patchesStrategicMerge entry of ${kpath}`))) this.applySmById(res, patch, at(p));
    }
    for (const p of seq(get(k, 'patches'))) this.applyPatchEntry(res, p, dir, kpath, here(p, `patches entry of ${kpath}`));
    const ns = str(get(k, 'namespace'));
    if (ns) for (const r of res) this.setNamespace(r, ns, get(k, 'namespace')!);
    const prefix = str(get(k, 'namePrefix'));
    const suffix = str(get(k, 'nameSuffix'));
    for (const [v, node, isPrefix] of [[prefix, get(k, 'namePrefix'), true], [suffix, get(k, 'nameSuffix'), false]] as const) {
      if (!v) continue;
      for (const r of res) {
        if (r.obj.kind === 'CustomResourceDefinition' || r.obj.kind === 'Namespace' || (r.obj.kind === 'APIService' && groupOf(r.obj.apiVersion) === 'apiregistration.k8s.io')) continue;
        const name = curId(r.obj).name;
        r.prev.push(curId(r.obj));
        this.setName(r, isPrefix ? v + name : name + v, isPrefix ? 'namePrefix' : 'nameSuffix', node);
      }
    }
    for (const p of seq(get(k, 'patchesJson6902'))) this.applyJson6902Entry(res, p, dir, kpath, here(p, `patchesJson6902 entry of ${kpath}`));
    for (const rp of seq(get(k, 'replicas'))) {
      const name = str(get(rp, 'name'));
      const count = get(rp, 'count');
      if (!name || !count) continue;
      for (const r of res) {
        if (!['Deployment', 'ReplicationController', 'ReplicaSet', 'StatefulSet'].includes(r.obj.kind)) continue;
        if (r.org.name !== name && curId(r.obj).name !== name) continue;
        const spec = this.ensureMap(r.obj.root, 'spec');
        spec.e.set('replicas', { value: { ...(count as KScalar), links: here(rp, `replicas entry ${name} of ${kpath}`) }, keySrc: spec.e.get('replicas')?.keySrc });
      }
    }
    for (const img of [...seq(get(k, 'images')), ...seq(get(k, 'imageTags'))]) this.applyImage(res, img, here(img, `images entry of ${kpath}`));
    return res;
  }

  private kustomizationFileSafe(dir: string): string | undefined {
    return this.kustomizationFile(dir);
  }

  private parseFile(path: string, chain: ChainLink[], at: { path: string; span: Span } | undefined): KObject[] {
    const input = this.input(path)!;
    const pf = parseObjects(srcFileOf(path, input), 'kyaml', chain, { templates: false });
    for (const p of pf.problems) if (p.ruleId === 'syntax-error') throw new KError(`invalid YAML in ${path}: ${p.message}`, at ?? { path: p.path, span: p.span });
    for (const o of pf.objects) if (!str(get(o.root, 'metadata', 'name')) && o.kind !== 'List') throw new KError(`missing metadata.name in object ${o.kind} in ${path}`, at);
    return pf.objects.map((o) => ({ ...o, root: clone(o.root) as KMap }));
  }

  private add(res: Res[], r: Res, at?: { path: string; span: Span }): Res[] {
    for (const x of res) {
      if (anyId(x).some((i) => idEq(i, curId(r.obj)))) throw new KError(`may not add resource with an already registered id: ${r.obj.kind} ${curId(r.obj).name}`, at);
    }
    return [...res, r];
  }

  /** appendReplaceOrMerge (resmap/reswrangler.go). */
  private absorb(res: Res[], r: Res, at?: { path: string; span: Span }): Res[] {
    const id = curId(r.obj);
    const matches = res.filter((x) => anyId(x).some((i) => idEq(i, id)));
    if (matches.length === 0) {
      if (r.behavior !== 'create') throw new KError(`${r.obj.kind} ${id.name} does not exist; cannot merge or replace`, at);
      return [...res, r];
    }
    if (matches.length > 1) throw new KError(`found multiple objects that could accept merge of ${r.obj.kind} ${id.name}`, at);
    const old = matches[0];
    if (r.behavior === 'create') throw new KError(`${r.obj.kind} ${id.name} exists; behavior must be merge or replace`, at);
    const oldMeta = get(old.obj.root, 'metadata') as KMap | undefined;
    const meta = this.ensureMap(r.obj.root, 'metadata');
    // CopyMergeMetaDataFieldsFrom: labels/annotations merged (new wins), name and namespace from the old.
    for (const f of ['labels', 'annotations']) {
      const o = get(oldMeta, f);
      const n = get(meta, f);
      if (o?.k === 'm' || n?.k === 'm') {
        const e = new Map<string, KEntry>(o?.k === 'm' ? o.e : []);
        if (n?.k === 'm') for (const [kk, v] of n.e) e.set(kk, v);
        meta.e.set(f, { value: { k: 'm', e } });
      }
    }
    if (oldMeta?.e.get('name')) meta.e.set('name', oldMeta.e.get('name')!);
    if (oldMeta?.e.get('namespace')) meta.e.set('namespace', oldMeta.e.get('namespace')!);
    else meta.e.delete('namespace');
    if (r.behavior === 'merge') {
      for (const f of ['data', 'binaryData']) {
        const o = get(old.obj.root, f);
        const n = get(r.obj.root, f);
        if (o?.k === 'm' || n?.k === 'm') {
          const e = new Map<string, KEntry>(o?.k === 'm' ? o.e : []);
          if (n?.k === 'm') for (const [kk, v] of n.e) e.set(kk, v);
          r.obj.root.e.set(f, { value: { k: 'm', e } });
        }
      }
    }
    const merged: Res = { obj: r.obj, org: old.org, prev: old.prev, behavior: 'create', needsHash: old.needsHash && r.needsHash };
    return res.map((x) => (x === old ? merged : x));
  }

  private generate(g: KNode, kind: 'ConfigMap' | 'Secret', gopts: KNode | undefined, dir: string, kpath: string, chain: ChainLink[]): Res {
    const name = str(get(g, 'name'));
    if (!name) throw new KError(`a ${kind.toLowerCase()} generator must have a name`, nodeSpan(g.src));
    const namespace = str(get(g, 'namespace'));
    const behavior = (str(get(g, 'behavior')) ?? 'create') as Res['behavior'];
    if (!['create', 'merge', 'replace'].includes(behavior)) throw new KError(`unknown generator behavior ${behavior}`, nodeSpan(get(g, 'behavior')?.src));
    const local = get(g, 'options');
    const bool = (n: KNode | undefined) => !!n && n.k === 's' && n.v === true;
    const disable = bool(get(local, 'disableNameSuffixHash')) || bool(get(gopts, 'disableNameSuffixHash'));
    const immutable = bool(get(local, 'immutable')) || bool(get(gopts, 'immutable'));
    const labels = new Map<string, KEntry>();
    const annotations = new Map<string, KEntry>();
    for (const [target, f] of [[labels, 'labels'], [annotations, 'annotations']] as const) {
      const l = get(local, f);
      if (l?.k === 'm') for (const [kk, v] of l.e) target.set(kk, v);
      const gl = get(gopts, f);
      if (gl?.k === 'm') for (const [kk, v] of gl.e) if (!target.has(kk)) target.set(kk, v);
    }
    // Pairs: env files, then literals, then files (kv.go Load); a repeated key is an error.
    const pairs: { key: string; value: string; src: NodeSrc | undefined }[] = [];
    const envs = [...seq(get(g, 'envs')), ...(get(g, 'env') ? [get(g, 'env')!] : [])];
    for (const e of envs) {
      const rel = scalarText(e);
      if (!rel) continue;
      const p = join(dir, rel);
      const input = this.input(p);
      if (input === undefined) throw new KError(`env file ${rel} not found`, nodeSpan(e.src));
      if (!within(this.rootOf(dir), p)) throw new KError(`security: file ${rel} is not in or below ${dir}`, nodeSpan(e.src));
      this.addFile(p);
      const file = srcFileOf(p, input);
      const lchain = [...(link(e.src, `envs entry ${rel}`) ? [link(e.src, `envs entry ${rel}`)!] : []), ...chain];
      pairs.push(...envFilePairs(file, lchain, nodeSpan(e.src)));
    }
    for (const l of seq(get(g, 'literals'))) {
      const s = scalarText(l);
      if (s === undefined) continue;
      const eq = s.indexOf('=');
      if (eq <= 0) throw new KError(`invalid literal source ${JSON.stringify(s)}, expected key=value`, nodeSpan(l.src));
      let a = eq + 1;
      let b = s.length;
      const v = s.slice(a);
      if (v.length >= 2 && v[0] === v[v.length - 1] && (v[0] === '"' || v[0] === "'")) {
        a++;
        b--;
      }
      pairs.push({ key: s.slice(0, eq), value: s.slice(a, b), src: l.src ? { ...l.src, slice: [a, b] } : undefined });
    }
    for (const f of seq(get(g, 'files'))) {
      const s = scalarText(f);
      if (!s) continue;
      const n = (s.match(/=/g) ?? []).length;
      if (n > 1 || s.startsWith('=') || s.endsWith('=')) throw new KError(`invalid file source ${JSON.stringify(s)}`, nodeSpan(f.src));
      const [key, rel] = n === 1 ? s.split('=') : [s.slice(s.lastIndexOf('/') + 1), s];
      const p = join(dir, rel);
      const input = this.input(p);
      if (input === undefined) throw new KError(`file ${rel} not found`, nodeSpan(f.src));
      if (!within(this.rootOf(dir), p)) throw new KError(`security: file ${rel} is not in or below ${dir}`, nodeSpan(f.src));
      this.addFile(p);
      const file = srcFileOf(p, input);
      const l = link(f.src, `files entry ${s}`);
      pairs.push({ key, value: typeof input === 'string' ? input : input.text, src: { file, textRange: { start: 0, end: file.text.length }, chain: [...(l ? [l] : []), ...chain] } });
    }
    const data = new Map<string, KEntry>();
    for (const p of pairs) {
      if (!/^[-._a-zA-Z0-9]+$/.test(p.key)) throw new KError(`${JSON.stringify(p.key)} is not a valid key name for a ${kind}`, p.src ? nodeSpan(p.src) : undefined);
      if (data.has(p.key)) throw new KError(`${kind.toLowerCase()} ${name} illegally repeats the key \`${p.key}\``, p.src ? nodeSpan(p.src) : undefined);
      const src = p.src ? { ...p.src, chain: p.src.textRange ? p.src.chain : chain } : undefined;
      const v: KScalar = kind === 'Secret' ? { k: 's', v: kustomizeBase64(p.value), src, b64: true } : { k: 's', v: p.value, src };
      data.set(p.key, { value: v });
    }
    const root: KMap = { k: 'm', e: new Map(), src: g.src };
    const S = (v: string): KNode => ({ k: 's', v });
    root.e.set('apiVersion', { value: S('v1') });
    root.e.set('kind', { value: S(kind) });
    const meta: KMap = { k: 'm', e: new Map([['name', { value: { ...(get(g, 'name') as KScalar) } }]]) };
    if (namespace) meta.e.set('namespace', { value: get(g, 'namespace')! });
    if (labels.size) meta.e.set('labels', { value: { k: 'm', e: labels } });
    if (annotations.size) meta.e.set('annotations', { value: { k: 'm', e: annotations } });
    root.e.set('metadata', { value: meta });
    if (kind === 'Secret') root.e.set('type', { value: get(g, 'type') ?? S('Opaque') });
    // kyaml puts invalid UTF-8 into binaryData; text from the reader is always valid UTF-16, so data it is.
    if (data.size) root.e.set('data', { value: { k: 'm', e: data } });
    if (immutable) root.e.set('immutable', { value: { k: 's', v: true } });
    const obj: KObject = { apiVersion: 'v1', kind, root, file: srcFileOf(kpath, this.input(kpath)!), span: nodeSpan(g.src)?.span ?? { start: 0, end: 0 } };
    return { obj, org: curId(obj), prev: [], behavior, needsHash: !disable };
  }

  private rootOf(dir: string): string {
    return dir;
  }

  private smPatches(p: KNode, dir: string, kpath: string, chain: ChainLink[]): KMap[] {
    const s = scalarText(p);
    if (s === undefined) return [];
    // For legacy reasons an entry is first tried as patch content, then as a path.
    const inline = s.includes('\n') || /^\s*(apiVersion|kind)\s*:/m.test(s);
    if (inline) return this.patchDocs(this.produced(`${kpath} (inline patch)`, s, p as KScalar), chain, nodeSpan(p.src));
    const path = join(dir, s);
    const input = this.input(path);
    if (input === undefined) throw new KError(`patch file ${s} not found`, nodeSpan(p.src));
    this.addFile(path);
    return this.patchDocs(input, chain, nodeSpan(p.src), path);
  }

  private patchDocs(input: string | import('../../textOrigin').ProducedText, chain: ChainLink[], at: { path: string; span: Span } | undefined, path?: string): KMap[] {
    const file = srcFileOf(path ?? (typeof input === 'string' ? '(inline patch)' : input.name), input);
    const docs = parseAllDocuments(file.text, { prettyErrors: false, uniqueKeys: false });
    const out: KMap[] = [];
    for (const d of Array.isArray(docs) ? docs : []) {
      if (d.errors.length) throw new KError(`invalid patch YAML: ${d.errors[0].message.split('\n')[0]}`, at);
      const n = fromYaml(d, file, 'kyaml', chain);
      if (n && n.k === 'm') out.push(n);
    }
    return out;
  }

  private findById(res: Res[], patch: KMap, at?: { path: string; span: Span }): Res {
    const id: Id = { apiVersion: str(get(patch, 'apiVersion')) ?? '', kind: str(get(patch, 'kind')) ?? '', name: str(get(patch, 'metadata', 'name')) ?? '', ns: str(get(patch, 'metadata', 'namespace')) };
    const m = res.filter((r) => anyId(r).some((i) => idEq(i, id)));
    if (m.length !== 1) throw new KError(`${m.length ? 'multiple resources match' : 'no resource matches'} strategic merge patch ${id.kind} ${id.name}`, at);
    return m[0];
  }

  private applySm(r: Res, patch: KMap, at?: { path: string; span: Span }): void {
    const kind = r.obj.kind;
    const name = curId(r.obj).name;
    const ns = get(r.obj.root, 'metadata', 'namespace');
    let merged: KMap | undefined;
    try {
      merged = strategicMerge(r.obj.root, patch);
    } catch (e) {
      if (e instanceof PatchError) throw new KError(e.message, at);
      throw e;
    }
    if (!merged) throw new KError(`patch deletes ${kind} ${name}, which kustomize does not allow here`, at);
    // ApplySmPatch keeps kind, name and namespace unless the patch allows changing them.
    merged.e.set('kind', { value: { k: 's', v: kind }, keySrc: merged.e.get('kind')?.keySrc });
    const meta = this.ensureMap(merged, 'metadata');
    meta.e.set('name', { value: get(r.obj.root, 'metadata', 'name')!, keySrc: meta.e.get('name')?.keySrc });
    if (ns) meta.e.set('namespace', { value: ns });
    else meta.e.delete('namespace');
    r.obj = { ...r.obj, root: merged };
  }

  private applySmById(res: Res[], patch: KMap, at?: { path: string; span: Span }): void {
    this.applySm(this.findById(res, patch, at), patch, at);
  }

  private select(res: Res[], target: KNode | undefined, at?: { path: string; span: Span }): Res[] {
    if (!target || target.k !== 'm') return [];
    const rx = (f: string) => {
      const v = str(get(target, f));
      if (v === undefined) return undefined;
      try {
        return new RegExp(`^(?:${v})$`);
      } catch {
        throw new KError(`invalid ${f} in patch target: ${v}`, at);
      }
    };
    const group = str(get(target, 'group'));
    const version = str(get(target, 'version'));
    const kind = str(get(target, 'kind'));
    const name = rx('name');
    const namespace = rx('namespace');
    const labels = parseSelector(str(get(target, 'labelSelector')));
    const annos = parseSelector(str(get(target, 'annotationSelector')));
    return res.filter((r) => {
      const cur = curId(r.obj);
      if (group !== undefined && groupOf(r.obj.apiVersion) !== group) return false;
      if (version !== undefined && versionOf(r.obj.apiVersion) !== version) return false;
      if (kind !== undefined && r.obj.kind !== kind) return false;
      if (name && !name.test(r.org.name) && !name.test(cur.name)) return false;
      if (namespace && !namespace.test(r.org.ns ?? 'default') && !namespace.test(cur.ns ?? 'default') && !namespace.test(r.org.ns ?? '') && !namespace.test(cur.ns ?? '')) return false;
      if (labels && !labels(get(r.obj.root, 'metadata', 'labels'))) return false;
      if (annos && !annos(get(r.obj.root, 'metadata', 'annotations'))) return false;
      return true;
    });
  }

  private applyPatchEntry(res: Res[], p: KNode, dir: string, kpath: string, chain: ChainLink[]): void {
    const at = nodeSpan(p.src);
    const inlineNode = get(p, 'patch') as KScalar | undefined;
    const pathNode = get(p, 'path');
    const inline = scalarText(inlineNode)?.trim();
    const rel = scalarText(pathNode);
    if (inline && rel) throw new KError("patch and path can't be set at the same time", at);
    if (!inline && !rel) throw new KError('must specify one of patch and path', at);
    let input: string | import('../../textOrigin').ProducedText;
    let path: string | undefined;
    if (inline) input = this.produced(`${kpath} (inline patch)`, scalarText(inlineNode)!, inlineNode);
    else {
      path = join(dir, rel!);
      const i = this.input(path);
      if (i === undefined) throw new KError(`failed to get the patch file from path(${rel})`, nodeSpan(pathNode?.src));
      this.addFile(path);
      input = i;
    }
    const text = (typeof input === 'string' ? input : input.text).trim();
    const target = get(p, 'target');
    if (isJsonPatch(text)) {
      if (!target) throw new KError('must specify a target for JSON patch', at);
      const ops = this.jsonOps(input, chain, at, path);
      for (const r of this.select(res, target, at)) this.applyOps(r, ops, at);
      return;
    }
    const patches = this.patchDocs(input, chain, at, path);
    if (target) {
      if (patches.length > 1) throw new KError('multiple strategic-merge patches in one `patches` entry may not set `target`', at);
      const patch = patches[0];
      if (!patch) return;
      for (const r of this.select(res, target, at)) {
        // ApplySmPatch on a selection: the patch takes each target's group/version (and keeps its own kind).
        const copy: KMap = { ...patch, e: new Map(patch.e) };
        copy.e.set('apiVersion', { value: { k: 's', v: r.obj.apiVersion } });
        if (!copy.e.has('kind')) copy.e.set('kind', { value: { k: 's', v: r.obj.kind } });
        this.applySm(r, copy, at);
      }
      return;
    }
    for (const patch of patches) this.applySmById(res, patch, at);
  }

  private applyJson6902Entry(res: Res[], p: KNode, dir: string, kpath: string, chain: ChainLink[]): void {
    const at = nodeSpan(p.src);
    const target = get(p, 'target');
    if (!target) throw new KError('must specify a target for JSON patch', at);
    // PatchJson6902Transformer (unlike `patches`) needs a target name.
    if (!str(get(target, 'name'))) throw new KError('must specify the target name', at);
    const inlineNode = get(p, 'patch') as KScalar | undefined;
    const rel = str(get(p, 'path'));
    let input: string | import('../../textOrigin').ProducedText;
    let path: string | undefined;
    if (scalarText(inlineNode)) input = this.produced(`${kpath} (inline patch)`, scalarText(inlineNode)!, inlineNode);
    else if (rel) {
      path = join(dir, rel);
      const i = this.input(path);
      if (i === undefined) throw new KError(`patch file ${rel} not found`, nodeSpan(get(p, 'path')?.src));
      this.addFile(path);
      input = i;
    } else throw new KError('must specify one of patch and path', at);
    const ops = this.jsonOps(input, chain, at, path);
    for (const r of this.select(res, target, at)) this.applyOps(r, ops, at);
  }

  private jsonOps(input: string | import('../../textOrigin').ProducedText, chain: ChainLink[], at: { path: string; span: Span } | undefined, path?: string): JsonOp[] {
    const file = srcFileOf(path ?? (typeof input === 'string' ? '(inline patch)' : input.name), input);
    const docs = parseAllDocuments(file.text, { prettyErrors: false, uniqueKeys: false });
    const d = Array.isArray(docs) ? docs[0] : undefined;
    if (!d || d.errors.length) throw new KError('unable to parse SM or JSON patch', at);
    const n = fromYaml(d, file, 'kyaml', chain);
    if (!n || n.k !== 'q') throw new KError('JSON patch must be a list of operations', at);
    return n.items.map((op) => {
      const o = str(get(op, 'op'));
      const p = str(get(op, 'path'));
      if (!o || p === undefined) throw new KError('JSON patch operation without op or path', nodeSpan(op.src) ?? at);
      return { op: o, path: p, from: str(get(op, 'from')), value: get(op, 'value') };
    });
  }

  private applyOps(r: Res, ops: JsonOp[], at?: { path: string; span: Span }): void {
    try {
      r.prev.push(curId(r.obj));
      const root = applyJson6902(r.obj.root, ops);
      r.obj = { ...r.obj, root, kind: str(get(root, 'kind')) ?? r.obj.kind, apiVersion: str(get(root, 'apiVersion')) ?? r.obj.apiVersion };
    } catch (e) {
      if (e instanceof PatchError) throw new KError(e.message, at);
      throw e;
    }
  }

  private ensureMap(m: KMap, key: string): KMap {
    const cur = m.e.get(key)?.value;
    if (cur && cur.k === 'm') return cur;
    const n: KMap = { k: 'm', e: new Map() };
    m.e.set(key, { value: n, keySrc: m.e.get(key)?.keySrc });
    return n;
  }

  private setNamespace(r: Res, ns: string, node: KNode): void {
    if (CLUSTER_SCOPED.has(r.obj.kind)) return;
    const meta = this.ensureMap(r.obj.root, 'metadata');
    meta.e.set('namespace', { value: { ...(node as KScalar), v: ns }, keySrc: meta.e.get('namespace')?.keySrc });
  }

  private setName(r: Res, name: string, note: string, node: KNode | undefined): void {
    const meta = this.ensureMap(r.obj.root, 'metadata');
    const old = meta.e.get('name')?.value as KScalar | undefined;
    const l = link(node?.src, note);
    meta.e.set('name', { value: { k: 's', v: name, src: old?.src, note, links: [...(old?.links ?? []), ...(l ? [l] : [])] }, keySrc: meta.e.get('name')?.keySrc });
  }

  private applyImage(res: Res[], img: KNode, chain: ChainLink[]): void {
    const name = str(get(img, 'name'));
    if (!name) return;
    const newName = get(img, 'newName') as KScalar | undefined;
    const newTag = get(img, 'newTag') as KScalar | undefined;
    const digest = get(img, 'digest') as KScalar | undefined;
    const tagSuffix = get(img, 'tagSuffix') as KScalar | undefined;
    let re: RegExp;
    try {
      re = new RegExp(`^${name}(:[a-zA-Z0-9_.{}-]*)?(@sha256:[a-zA-Z0-9_.{}-]*)?$`);
    } catch {
      return;
    }
    const update = (s: KScalar): KScalar => {
      const value = scalarText(s);
      if (value === undefined || !re.test(value)) return s;
      let [n, tag, dg] = splitImage(value);
      if (scalarText(newName)) n = scalarText(newName)!;
      const t = scalarText(newTag);
      const d = scalarText(digest);
      if (t && d) [tag, dg] = [t, d];
      else if (t) [tag, dg] = [t, ''];
      else if (d) [tag, dg] = ['', d];
      else if (scalarText(tagSuffix)) [tag, dg] = [tag + scalarText(tagSuffix), ''];
      let out = n;
      if (tag) out += ':' + tag;
      if (dg) out += '@' + dg;
      // The place to edit the version is the images entry (newTag/digest/newName), the original image a link.
      const at = t ? newTag : d ? digest : newName ?? undefined;
      const orig = link(s.src, 'image as written before kustomize images');
      return { k: 's', v: out, src: at?.src ?? s.src, note: 'kustomize images', links: [...(orig ? [orig] : []), ...chain] };
    };
    const walk = (n: KNode): void => {
      if (n.k === 'q') n.items.forEach(walk);
      if (n.k !== 'm') return;
      for (const [key, e] of n.e) {
        walk(e.value);
        if ((key === 'containers' || key === 'initContainers') && e.value.k === 'q') {
          for (const c of e.value.items) {
            if (c.k !== 'm') continue;
            const im = c.e.get('image');
            if (im && im.value.k === 's') c.e.set('image', { value: update(im.value), keySrc: im.keySrc });
          }
        }
      }
    };
    for (const r of res) if (r.obj.kind !== 'CustomResourceDefinition') walk(r.obj.root);
  }

  /** The steps kustomize runs once at the top: name hashes, then back references to renamed objects. */
  finish(res: Res[]): Res[] {
    for (const r of res) {
      if (!r.needsHash) continue;
      const j = toJson(r.obj.root) as { [k: string]: never };
      const h = kustomizeHash({ kind: r.obj.kind, data: j.data, binaryData: j.binaryData, stringData: j.stringData, type: j.type });
      const name = curId(r.obj).name;
      r.prev.push(curId(r.obj));
      this.setName(r, `${name}-${h}`, 'kustomize name hash', undefined);
    }
    fixBackReferences(res);
    return res;
  }
}

function parseSelector(s: string | undefined): ((m: KNode | undefined) => boolean) | undefined {
  if (!s) return undefined;
  const reqs = s.split(',').map((x) => x.trim()).filter(Boolean);
  return (m) =>
    reqs.every((req) => {
      const ne = req.indexOf('!=');
      const eq = req.indexOf('=');
      if (ne > 0) return scalarText(get(m, req.slice(0, ne).trim())) !== req.slice(ne + 2).trim();
      if (eq > 0) return scalarText(get(m, req.slice(0, eq).trim())) === req.slice(eq + (req[eq + 1] === '=' ? 2 : 1)).trim();
      if (req.startsWith('!')) return get(m, req.slice(1)) === undefined;
      return get(m, req) !== undefined;
    });
}

function isJsonPatch(text: string): boolean {
  if (text.startsWith('[')) return true;
  // A YAML list of operations (`- op: add`), not a patch object.
  return /^-\s/.test(text) || /^-\s*$/m.test(text.split('\n')[0]);
}

function splitImage(image: string): [string, string, string] {
  let search = image;
  let slash = image.indexOf('/');
  if (slash > 0) search = image.slice(slash);
  else slash = 0;
  const id = search.indexOf('@');
  const ic = search.indexOf(':');
  if (ic < 0 && id < 0) return [image, '', ''];
  if (id >= 0 && (id < ic || ic < 0)) return [image.slice(0, id + slash), '', image.slice(id + slash + 1)];
  if (id >= 0 && ic >= 0) return [image.slice(0, ic + slash), image.slice(ic + slash + 1, id + slash), image.slice(id + slash + 1)];
  return [image.slice(0, ic + slash), image.slice(ic + slash + 1), ''];
}

/** kv.go keyValuesFromLines: KEY=VALUE lines, leading blanks and `#` comments skipped, BOM on the first line. */
function envFilePairs(file: SrcFile, chain: ChainLink[], at: { path: string; span: Span } | undefined): { key: string; value: string; src: NodeSrc }[] {
  const out: { key: string; value: string; src: NodeSrc }[] = [];
  const t = file.text;
  let pos = 0;
  let lineNo = 0;
  while (pos <= t.length) {
    let end = t.indexOf('\n', pos);
    if (end < 0) end = t.length;
    let a = pos;
    let b = end;
    if (b > a && t[b - 1] === '\r') b--; // bufio.ScanLines drops a trailing CR
    if (lineNo === 0 && t.charCodeAt(a) === 0xfeff) a++;
    while (a < b && /\s/.test(t[a])) a++;
    if (a < b && t[a] !== '#') {
      const eq = t.indexOf('=', a);
      const keyEnd = eq >= 0 && eq < b ? eq : b;
      const key = t.slice(a, keyEnd);
      if (!/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(key)) throw new KError(`env file ${file.path} line ${lineNo + 1}: ${JSON.stringify(key)} is not a valid variable name`, at);
      const vs = keyEnd < b ? keyEnd + 1 : b;
      out.push({ key, value: t.slice(vs, b), src: { file, textRange: { start: vs, end: b }, key: undefined, pair: { start: a, end: b }, chain } });
    }
    if (end >= t.length) break;
    pos = end + 1;
    lineNo++;
  }
  return out;
}

// ---- name references (api/filters/nameref, namereference.go field specs for the kinds that matter here) ----

const POD_SPEC_AT: Record<string, string[]> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

interface RefField {
  kind: 'ConfigMap' | 'Secret' | 'Service';
  holder: KMap;
  key: string;
}

function refFields(o: KObject): RefField[] {
  const out: RefField[] = [];
  const at = POD_SPEC_AT[o.kind];
  const push = (kind: RefField['kind'], holder: KNode | undefined, key: string) => {
    if (holder && holder.k === 'm' && holder.e.get(key)?.value.k === 's') out.push({ kind, holder, key });
  };
  if (at) {
    const spec = get(o.root, ...at);
    for (const v of seq(get(spec, 'volumes'))) {
      push('ConfigMap', get(v, 'configMap'), 'name');
      push('Secret', get(v, 'secret'), 'secretName');
      for (const s of seq(get(v, 'projected', 'sources'))) {
        push('ConfigMap', get(s, 'configMap'), 'name');
        push('Secret', get(s, 'secret'), 'name');
      }
    }
    for (const f of ['containers', 'initContainers']) {
      for (const c of seq(get(spec, f))) {
        for (const e of seq(get(c, 'env'))) {
          push('ConfigMap', get(e, 'valueFrom', 'configMapKeyRef'), 'name');
          push('Secret', get(e, 'valueFrom', 'secretKeyRef'), 'name');
        }
        for (const e of seq(get(c, 'envFrom'))) {
          push('ConfigMap', get(e, 'configMapRef'), 'name');
          push('Secret', get(e, 'secretRef'), 'name');
        }
      }
    }
    for (const s of seq(get(spec, 'imagePullSecrets'))) push('Secret', s, 'name');
  }
  if (o.kind === 'StatefulSet') push('Service', get(o.root, 'spec'), 'serviceName');
  return out;
}

function fixBackReferences(res: Res[]): void {
  for (const r of res) {
    const ns = curId(r.obj).ns;
    for (const f of refFields(r.obj)) {
      const node = f.holder.e.get(f.key)!.value as KScalar;
      const name = typeof node.v === 'string' ? node.v : undefined;
      if (!name) continue;
      const cands = res.filter((c) => c.obj.kind === f.kind && c.obj.apiVersion === 'v1' && anyId(c).some((i) => i.name === name));
      const same = cands.filter((c) => nsEq(curId(c.obj).ns, ns));
      const pick = same.length ? same : cands.length === 1 ? cands : [];
      const names = [...new Set(pick.map((c) => curId(c.obj).name))];
      if (names.length !== 1 || names[0] === name) continue;
      f.holder.e.set(f.key, { value: { ...node, v: names[0], note: 'name reference updated by kustomize' }, keySrc: f.holder.e.get(f.key)?.keySrc });
    }
  }
}

/**
 * A copy of a cached accumulation with `chain` in place of the placeholder: every tree node is new (the copy is the
 * caller's to transform), and so is every place and chain that holds the placeholder; nodes shared in the cached one
 * (YAML aliases, a scalar two transforms kept) stay shared in the copy.
 */
function rechain(res: Res[], chain: ChainLink[]): Res[] {
  const chains = new Map<ChainLink[], ChainLink[]>();
  const nodes = new Map<KNode, KNode>();
  // Most places in a row hold the same chain (every node of one file): the last answer first.
  let lastA: ChainLink[] | undefined;
  let lastR: ChainLink[] = chain;
  const ch = (a: ChainLink[]): ChainLink[] => {
    if (a === lastA) return lastR;
    let r = chains.get(a);
    if (!r) chains.set(a, (r = a.includes(HOLE) ? a.flatMap((l) => (l === HOLE ? chain : [l])) : a));
    lastA = a;
    lastR = r;
    return r;
  };
  // Places are never changed in place: one without the placeholder is shared with the cached accumulation.
  const src = (s: NodeSrc): NodeSrc => {
    const c = ch(s.chain);
    return c === s.chain ? s : { ...s, chain: c };
  };
  const node = (n: KNode): KNode => {
    let r = nodes.get(n);
    if (r) return r;
    // Spread copies: the same fields as the cached node (present-but-undefined ones too).
    if (n.k === 's') {
      const s: KScalar = { ...n };
      if (n.src) s.src = src(n.src);
      if (n.links) s.links = ch(n.links);
      nodes.set(n, (r = s));
    } else if (n.k === 'q') {
      const q: KSeq = { ...n, items: [] };
      if (n.src) q.src = src(n.src);
      nodes.set(n, (r = q));
      for (const i of n.items) q.items.push(node(i));
    } else {
      const m: KMap = { ...n, e: new Map() };
      if (n.src) m.src = src(n.src);
      nodes.set(n, (r = m));
      for (const [k, v] of n.e) m.e.set(k, v.keySrc ? { ...v, value: node(v.value), keySrc: src(v.keySrc) } : { ...v, value: node(v.value) });
    }
    return r;
  };
  return res.map((r) => ({ ...r, obj: { ...r.obj, root: node(r.obj.root) as KMap }, prev: r.prev.slice() }));
}
