// Kubernetes source module: manifests, Kustomize projects and the nacos-operator CR → Nacos containers with their
// effective environment exactly as Kubernetes builds it, every value with the place the user wrote it.
//
// Public API (pure, synchronous; files come from the caller, no file system access):
//
//   readKubernetes(files, read, options?) → { containers, problems, objects, kustomizations }
//     files: candidate paths (absolute, forward slashes); read(path) → text | ProducedText | undefined.
//     Plain YAML is read as kubectl reads it (go-yaml v2 typing: `value: yes` is a boolean). Every directory with a
//     kustomization.yaml/.yml/Kustomization is built (buildKustomization) when no other kustomization in the
//     workspace uses it; files a build reads are not read again as plain manifests. Files that cannot matter
//     (no apiVersion/kind, or nothing Nacos and no ConfigMap/Secret) are skipped by a textual check; ConfigMaps and
//     Secrets are looked up lazily by name (same namespace, nearest directory first).
//
//   buildKustomization(dir, read, options?) → { objects, problems, files, containers }
//     `kustomize build dir` in TypeScript: resources (files, directories, bases), components, generators with
//     kustomize's name hash, patches (strategic merge, JSON 6902, inline), images, namePrefix/Suffix, namespace,
//     replicas, name references; each rendered value keeps its place and the chain of kustomizations.
//
//   resolveContainer(container, ctx) (env.ts): the kubelet's env building for one container node.
//
// Contracts: NacosContainer.env holds one EnvVar per effective name: `value` undefined means unknown (the reason in
// `unknown` names the object and key, never a value); `place` is where the value was written, `chain` the outer
// places (the env entry that referenced a Secret, a kustomize patch, the overlay), `via` the mechanism. Problems
// carry rule ids k8s-env-value-not-string, k8s-missing-reference, k8s-secret-not-base64, k8s-invalid-env,
// k8s-kustomize-error, syntax-error; messages never contain a value.
import type { Span } from '../../types';
import { BuildCache, buildKustomization as build, isKustomizationPath, KUSTOMIZATION_NAMES } from './kustomize/build';
import type { BuildResult } from './kustomize/build';
import { MovedObject, mayHoldObjects, mayMatterForNacos, parseObjects, plainRoot, srcFileOf } from './objects';
import type { KObject, ParsedFile } from './objects';
import { checkSecret } from './env';
import type { ObjectLookup } from './env';
import { isNacosCR, operatorContainer } from './operator';
import type { OperatorSnapshot } from './operator';
import { get, str, toJson } from './tree';
import type { K8sInput, K8sObjectInfo, K8sProblem, NacosContainer, ReadFile } from './types';
import { hasNacosContainer, isWorkload, nacosContainersOf } from './workloads';

export type * from './types';
export { parseImage, isNacosImage } from './workloads';
export { expand, resolveContainer, decodeBase64Std, checkSecret } from './env';
export { decodeScalar } from './yamlScalar';
export { mayHoldObjects, parseObjects, parseObjectsFrom, srcFileOf } from './objects';
export type { KObject, ParsedFile as K8sParsedFile } from './objects';
export { BuildCache, buildSharing, isKustomizationPath } from './kustomize/build';
export type { BuildResult } from './kustomize/build';
export { build as buildKustomizationRaw };
export { OPERATOR_DEFAULT_TOKEN } from './operator';
export type { OperatorSnapshot } from './operator';

export interface ReadOptions {
  /** Which nacos-operator handles `Nacos` CRs (default `current`). */
  operatorSnapshot?: OperatorSnapshot;
}

export interface KubernetesResult {
  containers: NacosContainer[];
  problems: K8sProblem[];
  objects: K8sObjectInfo[];
  /** Kustomization directories built as roots (not used by another kustomization). */
  kustomizations: string[];
}

function dirOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

function commonPrefix(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  let n = 0;
  while (n < pa.length && n < pb.length && pa[n] === pb[n]) n++;
  return n;
}

/** Finds ConfigMaps/Secrets by name among parsed objects, parsing candidate files on demand. */
export class WorkspaceIndex implements ObjectLookup {
  private parsed = new Map<string, ParsedFile>();
  /** Candidates per kind and name (shared with `withFirst` copies: they look at the same files). */
  private found = new Map<string, KObject[]>();
  constructor(
    private readonly paths: string[],
    private readonly read: ReadFile,
    private readonly problems: K8sProblem[],
    private readonly reported: Set<string>,
    /** Objects that come first (a kustomize build's own output). */
    private readonly first: KObject[] = [],
    /** Parses a file (a caller may keep parses by text); default: parse here. */
    private readonly parser?: (path: string, input: K8sInput) => ParsedFile,
  ) {}

  parse(path: string): ParsedFile | undefined {
    const hit = this.parsed.get(path);
    if (hit) return hit;
    let input;
    try {
      input = this.read(path);
    } catch {
      input = undefined;
    }
    if (input === undefined) return undefined;
    const file = srcFileOf(path, input);
    const p = this.parser ? this.parser(path, input) : mayHoldObjects(file.text) ? parseObjects(file, 'kubectl') : { file, objects: [], problems: [] };
    this.parsed.set(path, p);
    for (const pr of p.problems) this.problems.push(pr);
    for (const o of p.objects) {
      if (o.kind !== 'Secret') continue;
      // A Secret of a document that moved is checked on its tree as parsed (no copy at the new offsets): only one
      // with a problem is checked again where it is now.
      if (o instanceof MovedObject) {
        const found: K8sProblem[] = [];
        checkSecret(o.base, { lookup: this, namespace: undefined, path, problems: found, reported: new Set(), mode: 'kubectl' });
        if (!found.length) continue;
      }
      checkSecret(o, { lookup: this, namespace: undefined, path, problems: this.problems, reported: this.reported, mode: 'kubectl' });
    }
    return p;
  }

  withFirst(first: KObject[]): WorkspaceIndex {
    const w = new WorkspaceIndex(this.paths, this.read, this.problems, this.reported, first, this.parser);
    w.parsed = this.parsed;
    w.found = this.found;
    w.names = this.names;
    return w;
  }

  /** A parsed file's ConfigMaps and Secrets by kind and name, in file order (built once per parse and analysis: a
   *  manifest of 400 documents is asked for every name its workloads reference). */
  private names = new WeakMap<ParsedFile, Map<string, KObject[]>>();
  private named(pf: ParsedFile): Map<string, KObject[]> {
    let m = this.names.get(pf);
    if (m) return m;
    m = new Map();
    for (const o of pf.objects) {
      if (o.kind !== 'ConfigMap' && o.kind !== 'Secret') continue;
      const name = str(get(plainRoot(o), 'metadata', 'name'));
      if (name === undefined) continue;
      const k = `${o.kind}\u0000${name}`;
      const list = m.get(k);
      if (list) list.push(o); else m.set(k, [o]);
    }
    this.names.set(pf, m);
    return m;
  }

  find(kind: 'ConfigMap' | 'Secret', name: string, namespace: string | undefined, fromPath: string): KObject | undefined {
    // Names need no offsets: an object moved since its part was parsed is not copied for them (objects.ts plainRoot).
    const match = (o: KObject) => o.kind === kind && o.apiVersion === 'v1' && str(get(plainRoot(o), 'metadata', 'name')) === name;
    const nsOk = (o: KObject, exact: boolean) => {
      const ns = str(get(plainRoot(o), 'metadata', 'namespace'));
      return exact ? ns === namespace : ns === undefined || namespace === undefined || ns === namespace;
    };
    for (const exact of [true, false]) {
      const own = this.first.filter((o) => match(o) && nsOk(o, exact));
      if (own.length) return own[own.length - 1];
    }
    // Textual pre-filter: only files that mention the name and the kind are parsed. The candidates of a name are
    // the same for every workload that references it (a Secret read by a whole cluster): found once per analysis.
    const memoKey = `${kind}\u0000${name}`;
    let candidates = this.found.get(memoKey);
    if (!candidates) this.found.set(memoKey, (candidates = this.candidates(kind, name, match)));
    for (const exact of [true, false]) {
      const c = candidates.filter((o) => nsOk(o, exact));
      if (!c.length) continue;
      // The same file first, then the nearest directory, then path order (deterministic).
      const from = dirOf(fromPath);
      const score = (o: KObject) => (o.file.path === fromPath ? 1e6 : 0) + commonPrefix(dirOf(o.file.path), from);
      c.sort((a, b) => score(b) - score(a) || (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
      return c[0];
    }
    return undefined;
  }

  private candidates(kind: 'ConfigMap' | 'Secret', name: string, match: (o: KObject) => boolean): KObject[] {
    const kindRe = new RegExp(`kind[ \\t]*:[ \\t]*["']?(${kind}|List|Template)\\b`);
    const candidates: KObject[] = [];
    for (const p of this.paths) {
      const pf = this.parsed.get(p);
      if (pf) {
        for (const o of this.named(pf).get(`${kind}\u0000${name}`) ?? []) if (match(o)) candidates.push(o);
        continue;
      }
      let input;
      try {
        input = this.read(p);
      } catch {
        input = undefined;
      }
      const text = input === undefined ? undefined : typeof input === 'string' ? input : input.text;
      if (!text || !text.includes(name) || !kindRe.test(text)) continue;
      const parsed = this.parse(p);
      for (const o of parsed?.objects ?? []) if (match(o)) candidates.push(o);
    }
    return candidates;
  }
}

function info(o: KObject): K8sObjectInfo {
  return {
    apiVersion: o.apiVersion,
    kind: o.kind,
    name: str(get(o.root, 'metadata', 'name')),
    namespace: str(get(o.root, 'metadata', 'namespace')),
    path: o.file.path,
    span: o.span,
    toJSON: () => toJson(o.root),
  };
}

/** Reads every Kubernetes object of the workspace and returns its Nacos containers. Never throws. */
export function readKubernetes(files: readonly string[], read: ReadFile, options: ReadOptions = {}): KubernetesResult {
  const problems: K8sProblem[] = [];
  const reported = new Set<string>();
  const paths = [...new Set(files)].sort();
  const containers: NacosContainer[] = [];
  const objects: K8sObjectInfo[] = [];
  const textOf = (p: string): string | undefined => {
    try {
      const i = read(p);
      return i === undefined ? undefined : typeof i === 'string' ? i : i.text;
    } catch {
      return undefined;
    }
  };

  // 1. Kustomizations: build each; those used by another are not roots; files a build read are not plain manifests.
  const kdirs = new Set<string>();
  for (const p of paths) if (isKustomizationPath(p)) kdirs.add(dirOf(p));
  const builds = new Map<string, BuildResult>();
  const consumed = new Set<string>();
  const usedDirs = new Set<string>();
  const sortedK = [...kdirs].sort();
  const cache = new BuildCache();
  for (const d of sortedK) {
    const r = build(d, read, { paths, cache });
    builds.set(d, r);
    for (const f of r.files) consumed.add(f);
    for (const u of r.kustomizations) if (u !== d) usedDirs.add(u);
  }
  const index = new WorkspaceIndex(paths.filter((p) => !consumed.has(p)), read, problems, reported);
  const roots: string[] = [];
  const wantOp = options.operatorSnapshot ?? 'current';
  for (const d of sortedK) {
    if (usedDirs.has(d)) continue;
    roots.push(d);
    const r = builds.get(d)!;
    problems.push(...r.problems);
    const lookup = index.withFirst(r.objects);
    for (const o of r.objects) {
      objects.push(info(o));
      if (o.kind === 'Secret') checkSecret(o, { lookup, namespace: undefined, path: o.file.path, problems, reported, mode: 'kyaml' });
      collectContainers(o, { lookup, problems, reported, source: 'kustomize' }, containers, wantOp);
    }
  }

  // A kustomization that only others use, in a cycle say, is built by no root: its failures are still reported.
  const covered = new Set(roots.flatMap((d) => builds.get(d)!.kustomizations));
  for (const d of sortedK) if (!covered.has(d)) problems.push(...builds.get(d)!.problems);

  // 2. Plain manifests.
  for (const p of paths) {
    if (consumed.has(p) || isKustomizationPath(p)) continue;
    const text = textOf(p);
    if (text === undefined || !mayHoldObjects(text) || !mayMatterForNacos(text)) continue;
    const pf = index.parse(p);
    if (!pf) continue;
    for (const o of pf.objects) {
      objects.push(info(o));
      collectContainers(o, { lookup: index, problems, reported, source: 'manifest' }, containers, wantOp);
    }
  }
  return { containers, problems: dedupe(problems), objects, kustomizations: roots };
}

export function collectContainers(o: KObject, wctx: Parameters<typeof nacosContainersOf>[1], out: NacosContainer[], snapshot: OperatorSnapshot): void {
  if (isWorkload(o.kind)) {
    if (hasNacosContainer(o.kind, plainRoot(o))) out.push(...nacosContainersOf(o, wctx));
  }
  else if (isNacosCR(o)) {
    const c = operatorContainer(o, wctx, snapshot);
    if (c) out.push(c);
  }
}

function dedupe(ps: K8sProblem[]): K8sProblem[] {
  const seen = new Set<string>();
  return ps.filter((p) => {
    const k = `${p.ruleId}|${p.path}|${p.span.start}|${p.span.end}|${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export interface KustomizeResult extends BuildResult {
  containers: NacosContainer[];
  objectInfos: K8sObjectInfo[];
}

/** Builds one kustomization directory and returns its rendered objects and Nacos containers. */
export function buildKustomization(dir: string, read: ReadFile, options: ReadOptions & { paths?: readonly string[] } = {}): KustomizeResult {
  const r = build(dir, read, { paths: options.paths });
  const problems = [...r.problems];
  const reported = new Set<string>();
  const index = new WorkspaceIndex([], read, problems, reported, r.objects);
  const containers: NacosContainer[] = [];
  for (const o of r.objects) {
    if (o.kind === 'Secret') checkSecret(o, { lookup: index, namespace: undefined, path: o.file.path, problems, reported, mode: 'kyaml' });
    collectContainers(o, { lookup: index, problems, reported, source: 'kustomize' }, containers, options.operatorSnapshot ?? 'current');
  }
  return { ...r, problems: dedupe(problems), containers, objectInfos: r.objects.map(info) };
}

/** Reads one text (e.g. `kubectl kustomize` output) as plain manifests: objects and their Nacos containers. */
export function readManifestText(path: string, text: string, options: ReadOptions = {}): KubernetesResult {
  return readKubernetes([path], (p) => (p === path ? text : undefined), options);
}

export { KUSTOMIZATION_NAMES };
export type { Span };
