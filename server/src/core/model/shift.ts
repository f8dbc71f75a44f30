// Moving what was computed for an older text of a file to the file's current text (the engine reuses unchanged
// compose services between keystrokes: engine/composeReuse.ts; and a manifest's Kubernetes workloads:
// sources/k8s/reuse.ts). Every span of that file inside a node is moved by a
// `Mover`; spans of other files stay. Each contract of node.ts has its shifter here, written over *all* its fields
// (`Fields<T>` below), so a field added to a contract without saying how it moves does not compile.
import type { Provenance, Span } from '../types';
import type {
  ComposeEnvFileRef, ComposeMergedFrom, ComposeNodeInfo, ComposeProjectInfo, ComposeService, ComposeShadowedEnvironment,
  ComposeVolume, ContainerImage, ContainerInfo, EffectiveSetting, EnvRef, EnvValue, NacosNode, WrittenValue,
  CommandLineInfo, BuiltImageInfo, K8sEnvEntry, K8sNodeInfo, MountedConf,
} from './node';
import type { PropertiesFile, PropertyComment, PropertyEntry } from '../syntax/properties/parser';

/** Maps offsets of `path` from the old text to the current one; throws `Unmappable` when a place no longer exists. */
export interface Mover {
  readonly path: string;
  /** `end`: the offset ends something (a span's end, an insertion point); where two entries meet, it belongs to the
   *  one that ends there, not the one that starts there. */
  point(offset: number, end?: boolean): number;
  /** The current run's compose project (reused nodes point at it). */
  readonly project?: ComposeProjectInfo;
  /** What was moved with this mover that is reached twice (a node's environment is also its service's): moved once. */
  readonly shared?: Map<object, unknown>;
}

export class Unmappable extends Error {}

/** Movers applied one after the other (what was moved over several edits, moved once from where it was read). */
export function composed(movers: Mover[]): Mover {
  if (movers.length === 1) return movers[0];
  return {
    path: movers[0].path,
    point(o, end) {
      let x = o;
      for (const m of movers) x = m.point(x, end);
      return x;
    },
  };
}

/** A value's shifter: the value, the mover, and the file the enclosing object's spans are in. */
export type Shift<V> = (value: V, m: Mover, file: string) => V;
/** A shifter for every field of T (with the object, for fields whose file another field names): adding a field to T
 *  without one here is a compile error. */
export type Fields<T> = { [K in keyof T]-?: (value: T[K], m: Mover, file: string, owner: T) => T[K] };

export const keep = <V>(v: V): V => v;

export function span(s: Span, m: Mover, file: string): Span {
  if (file !== m.path) return s;
  // An empty span is an insertion point: it ends what comes before it.
  const empty = s.end === s.start;
  const start = m.point(s.start, empty);
  const end = empty ? start : m.point(s.end, true);
  return start === s.start && end === s.end ? s : { start, end };
}
export const optSpan: Shift<Span | undefined> = (s, m, file) => (s ? span(s, m, file) : s);

/** An object shifter from its fields' shifters: copies the object only when a field moved. `fileOf` names the file
 *  its spans are in (its own `path` field, or the enclosing object's). Runs for every field of every reused node on a
 *  keystroke: fields that never move (`keep`) are not visited, and an absent or undefined field has nothing to move. */
export function object<T extends object>(fields: Fields<T>, fileOf?: (v: T, enclosing: string) => string): Shift<T> {
  const keys = (Object.keys(fields) as (keyof T)[]).filter(k => fields[k] !== keep);
  const shifters = keys.map(k => fields[k]);
  return (v, m, enclosing) => {
    const file = fileOf ? fileOf(v, enclosing) : enclosing;
    return shiftFields(v, m, file, keys, shifters);
  };
}

function shiftFields<T extends object>(v: T, m: Mover, file: string, keys: (keyof T)[], shifters: Fields<T>[keyof T][]): T {
  let out: T | undefined;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const x = v[k];
    if (x === undefined) continue;
    const y = shifters[i](x, m, file, v);
    if (y !== x) {
      out ??= { ...v };
      out[k] = y;
    }
  }
  return out ?? v;
}
export const ownPath = <T extends { path: string }>(v: T): string => v.path;

/** `object` for a contract that names its own file and that a node often holds twice: moved once per mover. */
function sharedObject<T extends { path: string }>(fields: Fields<T>): Shift<T> {
  const keys = (Object.keys(fields) as (keyof T)[]).filter(k => fields[k] !== keep);
  const shifters = keys.map(k => fields[k]);
  return (v, m) => {
    const done = m.shared?.get(v);
    if (done) return done as T;
    const out = shiftFields(v, m, v.path, keys, shifters);
    m.shared?.set(v, out);
    return out;
  };
}

export function optional<V>(f: Shift<V>): Shift<V | undefined> {
  return (v, m, file) => (v === undefined ? v : f(v, m, file));
}
export function array<V>(f: Shift<V>): Shift<V[]> {
  return (v, m, file) => {
    let out: V[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const y = f(v[i], m, file);
      if (y !== v[i]) { out ??= v.slice(); out[i] = y; }
    }
    return out ?? v;
  };
}
/** A Map's shifter; a Map reached twice with the same mover (and file) is moved once. Visited with `forEach` and
 *  copied entry by entry (no entry arrays): every reused node's settings and environment go through here. */
export function map<K, V>(f: Shift<V>): Shift<Map<K, V>> {
  return (v, m, file) => {
    const done = m.shared?.get(v) as [string, Map<K, V>] | undefined;
    if (done && done[0] === file) return done[1];
    let out: Map<K, V> | undefined;
    let seen = 0;
    v.forEach((x, k) => {
      const y = f(x, m, file);
      if (out) out.set(k, y);
      else if (y !== x) {
        // The first entry that moved: the copy takes the entries before it as they are, in order.
        const copy = new Map<K, V>();
        let i = 0;
        v.forEach((x2, k2) => { if (i++ < seen) copy.set(k2, x2); });
        copy.set(k, y);
        out = copy;
      }
      seen++;
    });
    m.shared?.set(v, [file, out ?? v]);
    return out ?? v;
  };
}

const offsets: Shift<number[] | undefined> = (v, m, file) => (v && file === m.path ? v.map((o, i) => m.point(o, i === v.length - 1)) : v);

export const shiftProvenance: Shift<Provenance> = object<Provenance>({ path: keep, span, via: keep }, ownPath);

export const shiftWritten: Shift<WrittenValue> = object<WrittenValue>({
  path: keep, fileKind: keep, decode: keep, span, raw: keep, offsets, quote: keep, listForm: keep, keySpan: optSpan, deleteSpan: optSpan,
  name: keep, literal: keep, wordPrefix: keep,
}, ownPath);

export const shiftSetting: Shift<EffectiveSetting> = object<EffectiveSetting>({
  key: keep, value: keep, origin: keep, provenance: optional(shiftProvenance), written: optional(shiftWritten),
  chain: array(shiftProvenance), unresolved: keep, unknown: keep, via: keep,
});

const shiftDefinedIn: Shift<NonNullable<EnvRef['definedIn']>> = object<NonNullable<EnvRef['definedIn']>>({ path: keep, span, keySpan: optSpan }, ownPath);

export const shiftEnvRef: Shift<EnvRef> = object<EnvRef>({
  name: keep, span, path: keep, definedIn: optional(shiftDefinedIn), defined: keep, from: keep, op: keep,
  usedFallback: keep, contributes: keep,
}, ownPath);

export const shiftEnvValue: Shift<EnvValue> = sharedObject<EnvValue>({
  name: keep, value: keep, unknown: keep, describe: keep, path: keep, span, keySpan: span, innerSpan: span, entrySpan: span, via: keep, envFile: keep,
  refs: array(shiftEnvRef), yamlScalarType: keep, yamlValueKind: keep, listForm: keep, passThrough: keep,
  // The definitions this one overrode (one flat list: its entries carry none, so this recursion is one level deep).
  overridden: (v, m, file) => shiftEnvValues(v, m, file),
});
const shiftEnvValues: Shift<EnvValue[]> = array(shiftEnvValue);

const shiftImage: Shift<ContainerImage> = object<ContainerImage>({ raw: keep, value: keep, unknown: keep, span, path: keep, refs: array(shiftEnvRef) }, ownPath);

const shiftEntry: Shift<PropertyEntry> = object<PropertyEntry>({
  key: keep, value: keep, keySpan: span, valueSpan: span, lineSpan: span, deleteSpan: span, keyOffsets: offsets as Shift<number[]>,
  valueOffsets: offsets as Shift<number[]>, document: keep, line: keep,
});
/** A conf's parse whose spans are in the file it was mounted from (a Kubernetes ConfigMap's block scalar, mapped
 *  back by sources/k8s/source.ts `mapConf`); `line` counts lines of the conf's own text, which do not move. */
const shiftProps: Shift<PropertiesFile> = object<PropertiesFile>({
  entries: array(shiftEntry), comments: array(object<PropertyComment>({ span, text: keep, line: keep })),
  documentCount: keep, problems: array(object<PropertiesFile['problems'][number]>({ message: keep, span })),
});

const shiftMountedConf: Shift<MountedConf> = object<MountedConf>({
  // `text` is the conf's own text; `props` has its spans in `path` (a properties file, or the YAML it is written in).
  path: keep, text: keep,
  props: (p, m, _file, o) => (o.path === m.path ? shiftProps(p, m, o.path) : p),
  embedded: optional(object<NonNullable<MountedConf['embedded']>>({ indent: keep, eol: keep, end: (x, m, file) => (file === m.path ? m.point(x, true) : x) })),
  mount: object<{ path: string; span: Span }>({ path: keep, span }, ownPath),
}, ownPath);

const shiftInitD: Shift<NonNullable<ContainerInfo['initD']>> = object<NonNullable<ContainerInfo['initD']>>({
  path: keep, read: keep,
  mount: object<{ path: string; span: Span }>({ path: keep, span }, ownPath),
});

export const shiftContainer: Shift<ContainerInfo> = object<ContainerInfo>({
  image: shiftImage, tag: keep, imageVersionFrom: keep, mountedConf: optional(shiftMountedConf), initD: optional(shiftInitD), opaqueEnv: keep,
  openEnv: keep, openConf: keep, customImage: keep, anomalies: keep, read: keep,
});

export const shiftCommandLine: Shift<CommandLineInfo> = object<CommandLineInfo>({
  path: keep, span, optionsEnd: (o, m, file) => (file === m.path ? m.point(o) : o), program: keep, envFiles: keep,
  cwd: keep, source: keep, host: keep,
}, ownPath);

const shiftBuilt: Shift<BuiltImageInfo> = object<BuiltImageInfo>({
  // Spans of the Dockerfile.
  dockerfile: keep, fromSpan: (s, m, _file, o) => span(s, m, o.dockerfile),
  envInsertAt: (x, m, _file, o) => (o.dockerfile === m.path ? m.point(x) : x), usedBy: keep,
});

const shiftEnvFileRef: Shift<ComposeEnvFileRef> = object<ComposeEnvFileRef>({
  path: keep, declaredIn: keep, required: keep, exists: keep,
  // Declared in the compose file that names it.
  declaredSpan: (s, m, _file, o) => span(s, m, o.declaredIn),
});

const shiftVolume: Shift<ComposeVolume> = object<ComposeVolume>({
  source: keep, target: keep, type: keep, readOnly: keep, span, raw: keep, path: keep,
}, ownPath);

const shiftMergedFrom: Shift<ComposeMergedFrom> = object<ComposeMergedFrom>({
  anchorPath: keep, anchor: keep, environmentKeys: keep, environmentReplaced: keep,
  // The merged mapping is in the anchor's file; the `<<` is in the enclosing service's.
  span: (s, m, _file, o) => span(s, m, o.anchorPath), mergeSpan: span,
});

const shiftShadowed: Shift<ComposeShadowedEnvironment> = object<ComposeShadowedEnvironment>({
  keys: keep, span, path: keep, anchor: keep, replacedBy: optSpan,
}, ownPath);

export const shiftService: Shift<ComposeService> = object<ComposeService>({
  name: keep, nameSpan: span, path: keep, image: optional(shiftImage), environment: map(shiftEnvValue),
  envFiles: array(shiftEnvFileRef), volumes: array(shiftVolume), profiles: keep, enabled: keep,
  mergedFrom: optional(array(shiftMergedFrom)), shadowedEnvironment: optional(array(shiftShadowed)),
  build: optional(object<NonNullable<ComposeService['build']>>({ value: keep, span, path: keep, dir: keep }, ownPath)),
  command: keep, entrypoint: keep, extendsChain: keep,
}, ownPath);

const shiftCompose: Shift<ComposeNodeInfo> = object<ComposeNodeInfo>({
  service: shiftService,
  // Reused nodes belong to the current run's project (its node list is this run's).
  project: (p, m) => m.project ?? p,
  active: keep,
});

export const shiftK8sEnv: Shift<K8sEnvEntry> = object<K8sEnvEntry>({
  source: keep, object: keep, entry: optional(object<NonNullable<K8sEnvEntry['entry']>>({ path: keep, span, nameSpan: optSpan }, ownPath)),
  chain: array(shiftProvenance),
});

export const shiftK8s: Shift<K8sNodeInfo> = object<K8sNodeInfo>({
  workload: object<K8sNodeInfo['workload']>({ kind: keep, name: keep, namespace: keep, path: keep, span, source: keep, root: keep }, ownPath),
  // The container's span is in its own path when it has one.
  container: object<K8sNodeInfo['container']>({ name: keep, init: keep, index: keep, path: keep, span: optSpan }, (c, file) => c.path ?? file),
  env: map(shiftK8sEnv), replicas: keep, mountedFrom: keep, serviceName: keep, editable: keep,
});

/** `node` with every span of `m.path` moved to the current text (objects on the way are copied, the rest shared). */
export const shiftNode: Shift<NacosNode> = object<NacosNode>({
  id: keep, kind: keep, path: keep, service: keep, anchor: span, version: keep, imageVersion: keep, standalone: keep,
  settings: map(shiftSetting), inputs: keep, clusterHint: keep, members: keep, env: optional(map(shiftEnvValue)),
  container: optional(shiftContainer), compose: optional(shiftCompose), commandLine: optional(shiftCommandLine),
  built: optional(shiftBuilt),
  k8s: optional(shiftK8s),
  // The node rebuilt at another release closes over the places of the text it was built from (a compose service with
  // an unknown image tag: sources/container.ts): it cannot be moved, so the service is loaded again (Unmappable).
  // Where nothing moved, the caller reuses the node without moving it (engine/composeReuse.ts `still`).
  atVersion: (f) => {
    if (f) throw new Unmappable();
    return f;
  },
}, ownPath);

export function moveNode(node: NacosNode, m: Mover): NacosNode {
  return shiftNode(node, m.shared ? m : { ...m, shared: new Map() }, node.path);
}
