// Patches as kustomize applies them: strategic merge with kyaml's merge2 (maps merged field by field, `null` clears,
// `$patch: delete|replace`, lists merged by their key only where the Kubernetes schema gives one — containers and
// env by name, volumeMounts by mountPath — other lists and every list of an unknown kind replaced), and JSON 6902.
// Values taken from a patch keep the patch file's places.
import { clone, fromJson, toJson } from '../tree';
import type { KEntry, KMap, KNode, KSeq } from '../tree';

export class PatchError extends Error {}

const CLEAR = Symbol('clear');
type Merged = KNode | typeof CLEAR | undefined;

/** Group/version+kind of the objects whose schema the built-in kyaml OpenAPI knows (lists merge by key there). */
const POD_SPEC_AT: Record<string, string[]> = {
  'v1/Pod': ['spec'],
  'v1/PodTemplate': ['template', 'spec'],
  'v1/ReplicationController': ['spec', 'template', 'spec'],
  'apps/v1/Deployment': ['spec', 'template', 'spec'],
  'apps/v1/StatefulSet': ['spec', 'template', 'spec'],
  'apps/v1/DaemonSet': ['spec', 'template', 'spec'],
  'apps/v1/ReplicaSet': ['spec', 'template', 'spec'],
  'batch/v1/Job': ['spec', 'template', 'spec'],
  'batch/v1/CronJob': ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  'batch/v1beta1/CronJob': ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
const KNOWN_PLAIN = new Set(['v1/Service', 'v1/ConfigMap', 'v1/Secret', 'v1/ServiceAccount', 'v1/PersistentVolumeClaim', 'v1/Namespace']);

const POD_LISTS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  volumes: 'name',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  topologySpreadConstraints: 'topologyKey',
  resourceClaims: 'name',
  schedulingGates: 'name',
};
const CONTAINER_LISTS: Record<string, string> = { env: 'name', volumeMounts: 'mountPath', volumeDevices: 'devicePath', ports: 'containerPort' };

export interface Schema {
  known: boolean;
  podSpec?: string[];
  gvk: string;
}

export function schemaFor(apiVersion: string | undefined, kind: string | undefined): Schema {
  const gvk = `${apiVersion ?? ''}/${kind ?? ''}`;
  const podSpec = POD_SPEC_AT[gvk];
  return { known: !!podSpec || KNOWN_PLAIN.has(gvk), podSpec, gvk };
}

/** The merge key of the list at `path` (map keys only), or undefined when the list is replaced. */
function listKey(schema: Schema, path: string[]): string | undefined {
  if (!schema.known) return undefined;
  if (schema.gvk === 'v1/Service' && path.join('/') === 'spec/ports') return 'port';
  if (path.join('/') === 'metadata/ownerReferences') return 'uid';
  const ps = schema.podSpec;
  if (!ps || path.length <= ps.length) return undefined;
  for (let i = 0; i < ps.length; i++) if (path[i] !== ps[i]) return undefined;
  const rel = path.slice(ps.length);
  if (rel.length === 1) return POD_LISTS[rel[0]];
  if (rel.length === 2 && (rel[0] === 'containers' || rel[0] === 'initContainers' || rel[0] === 'ephemeralContainers')) return CONTAINER_LISTS[rel[1]];
  return undefined;
}

function isNull(n: KNode | undefined): boolean {
  return !!n && n.k === 's' && n.v === null;
}

function directive(src: KNode): 'delete' | 'replace' | 'merge' {
  if (src.k === 'm') {
    const d = src.e.get('$patch')?.value;
    if (d && d.k === 's') {
      if (d.v === 'delete' || d.v === 'replace' || d.v === 'merge') return d.v;
      throw new PatchError(`unknown patch strategy '${String(d.v)}'`);
    }
  }
  if (src.k === 'q') {
    // Only an element that is exactly `{$patch: …}` is a list directive (an element with a name and `$patch:
    // delete` deletes that element).
    for (const it of src.items) {
      if (it.k === 'm' && it.e.has('$patch') && it.e.size === 1) {
        const d = it.e.get('$patch')!.value;
        if (d.k === 's' && (d.v === 'delete' || d.v === 'replace' || d.v === 'merge')) return d.v;
      }
    }
  }
  return 'merge';
}

function withoutDirective(src: KNode): KNode {
  if (src.k === 'm' && src.e.has('$patch')) {
    const e = new Map(src.e);
    e.delete('$patch');
    return { ...src, e };
  }
  if (src.k === 'q') {
    const items = src.items.filter((it) => !(it.k === 'm' && it.e.has('$patch') && it.e.size === 1));
    return items.length === src.items.length ? src : { ...src, items };
  }
  return src;
}

/** Strategic merge of `patch` into `dest` (both whole objects); returns the new object (dest is not modified). */
export function strategicMerge(dest: KMap, patch: KMap): KMap | undefined {
  const schema = schemaFor(scalar(dest.e.get('apiVersion')?.value), scalar(dest.e.get('kind')?.value));
  const r = merge(clone(dest) as KMap, patch, schema, []);
  if (r === CLEAR || r === undefined) return undefined;
  return r as KMap;
}

function scalar(n: KNode | undefined): string | undefined {
  return n && n.k === 's' && typeof n.v === 'string' ? n.v : undefined;
}

function merge(dest: KNode | undefined, src: KNode | undefined, schema: Schema, path: string[]): Merged {
  if (src === undefined) return dest;
  if (isNull(src)) return CLEAR;
  const kind = dest && !isNull(dest) ? dest.k : src.k;
  if (kind === 'm') {
    if (src.k !== 'm') return src;
    const d = directive(src);
    if (d === 'delete') return CLEAR;
    const s = withoutDirective(src) as KMap;
    if (d === 'replace') return s;
    const base: KMap = dest && dest.k === 'm' ? dest : { k: 'm', e: new Map(), src: s.src };
    const out: KMap = { k: 'm', e: new Map<string, KEntry>(base.e), src: base.src ?? s.src };
    for (const [key, se] of s.e) {
      const de = base.e.get(key);
      const r = merge(de?.value, se.value, schema, [...path, key]);
      if (r === CLEAR || r === undefined) out.e.delete(key);
      else out.e.set(key, { value: r, keySrc: de?.keySrc ?? se.keySrc });
    }
    // A map that only held nulls to clear nothing is still a map (kyaml keeps `{}`).
    return out;
  }
  if (kind === 'q') {
    if (src.k !== 'q') return src;
    const key = listKey(schema, path);
    if (!key) return src;
    const d = directive(src);
    if (d === 'delete') return CLEAR;
    const s = withoutDirective(src) as KSeq;
    if (d === 'replace') return s;
    const base: KSeq = dest && dest.k === 'q' ? dest : { k: 'q', items: [] };
    return mergeList(base, s, key, schema, path);
  }
  return src;
}

function keyOf(n: KNode, key: string): string | undefined {
  if (n.k !== 'm') return undefined;
  const v = n.e.get(key)?.value;
  if (!v || v.k !== 's' || v.v === null) return undefined;
  return typeof v.v === 'string' ? v.v : String(v.v);
}

function isEmptyElem(n: KNode): boolean {
  return isNull(n) || (n.k === 'm' && n.e.size === 0);
}

// kustomize merges with ListIncreaseDirection=Prepend (filters/patchstrategicmerge): the patch's elements come
// first, in patch order (merged with the existing element of the same key), then the existing elements the patch
// does not name, in their order; `$patch: delete` elements are removed (checked against `kubectl kustomize`).
function mergeList(dest: KSeq, src: KSeq, key: string, schema: Schema, path: string[]): KNode | typeof CLEAR {
  const values: string[] = [];
  const seen = new Set<string>();
  for (const l of [src, dest]) {
    for (const it of l.items) {
      const v = keyOf(it, key);
      if (v === undefined || seen.has(v)) continue;
      seen.add(v);
      values.push(v);
    }
  }
  const items: KNode[] = [];
  for (const v of values) {
    const de = dest.items.find((i) => keyOf(i, key) === v);
    const se = src.items.find((i) => keyOf(i, key) === v);
    const r = merge(de, se, schema, path);
    if (r === CLEAR || r === undefined || isEmptyElem(r as KNode)) continue;
    let el = r as KNode;
    if (el.k === 'm' && !el.e.has(key)) el = { ...el, e: new Map([...el.e, [key, { value: { k: 's', v } }]]) };
    // Duplicates in the target: kyaml merges the first, then sets each later duplicate over it, as it was.
    const dups = dest.items.filter((i) => keyOf(i, key) === v);
    if (dups.length > 1) el = dups[dups.length - 1];
    items.push(el);
  }
  for (const it of dest.items) if (keyOf(it, key) === undefined && !isEmptyElem(it)) items.push(it);
  return { k: 'q', items, src: dest.src ?? src.src };
}

// ---- JSON 6902 ----

export interface JsonOp {
  op: string;
  path: string;
  from?: string;
  value?: KNode;
}

function parsePointer(p: string): string[] {
  if (p === '') return [];
  if (!p.startsWith('/')) throw new PatchError(`invalid JSON pointer ${JSON.stringify(p)}`);
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function child(n: KNode, tok: string): KNode | undefined {
  if (n.k === 'm') return n.e.get(tok)?.value;
  if (n.k === 'q') {
    const i = index(tok, n.items.length, false);
    return n.items[i];
  }
  return undefined;
}

function index(tok: string, len: number, forAdd: boolean): number {
  if (forAdd && tok === '-') return len;
  if (!/^-?\d+$/.test(tok)) throw new PatchError(`invalid array index ${tok}`);
  let i = Number(tok);
  if (i < 0) i += len; // evanphx/json-patch supports negative indices
  if (i < 0 || i > (forAdd ? len : len - 1)) throw new PatchError(`array index ${tok} out of bounds`);
  return i;
}

/** Applies JSON 6902 operations; the root is copied on write. Throws PatchError as kustomize fails. */
export function applyJson6902(root: KMap, ops: JsonOp[]): KMap {
  let doc: KNode = clone(root);
  const parentOf = (toks: string[]): KNode => {
    let cur: KNode | undefined = doc;
    for (const t of toks.slice(0, -1)) {
      cur = cur && child(cur, t);
      if (!cur) throw new PatchError(`path ${'/' + toks.join('/')} does not exist`);
    }
    return cur!;
  };
  const get = (p: string): KNode => {
    let cur: KNode | undefined = doc;
    for (const t of parsePointer(p)) {
      cur = cur && child(cur, t);
      if (!cur) throw new PatchError(`path ${p} does not exist`);
    }
    return cur!;
  };
  const add = (p: string, v: KNode) => {
    const toks = parsePointer(p);
    if (!toks.length) {
      doc = v;
      return;
    }
    const parent = parentOf(toks);
    const last = toks[toks.length - 1];
    if (parent.k === 'm') parent.e.set(last, { value: v, keySrc: parent.e.get(last)?.keySrc });
    else if (parent.k === 'q') parent.items.splice(index(last, parent.items.length, true), 0, v);
    else throw new PatchError(`cannot add at ${p}`);
  };
  const remove = (p: string): KNode => {
    const toks = parsePointer(p);
    const parent = parentOf(toks);
    const last = toks[toks.length - 1];
    if (parent.k === 'm') {
      const e = parent.e.get(last);
      if (!e) throw new PatchError(`path ${p} does not exist`);
      parent.e.delete(last);
      return e.value;
    }
    if (parent.k === 'q') return parent.items.splice(index(last, parent.items.length, false), 1)[0];
    throw new PatchError(`path ${p} does not exist`);
  };
  for (const op of ops) {
    switch (op.op) {
      case 'add':
        add(op.path, op.value ?? { k: 's', v: null });
        break;
      case 'remove':
        remove(op.path);
        break;
      case 'replace': {
        const toks = parsePointer(op.path);
        if (!toks.length) {
          doc = op.value ?? { k: 's', v: null };
          break;
        }
        const parent = parentOf(toks);
        const last = toks[toks.length - 1];
        if (parent.k === 'm') {
          if (!parent.e.has(last)) throw new PatchError(`path ${op.path} does not exist`);
          parent.e.set(last, { value: op.value ?? { k: 's', v: null }, keySrc: parent.e.get(last)?.keySrc });
        } else if (parent.k === 'q') parent.items[index(last, parent.items.length, false)] = op.value ?? { k: 's', v: null };
        else throw new PatchError(`path ${op.path} does not exist`);
        break;
      }
      case 'move': {
        const v = remove(op.from ?? '');
        add(op.path, v);
        break;
      }
      case 'copy':
        add(op.path, clone(get(op.from ?? '')));
        break;
      case 'test':
        if (JSON.stringify(toJson(get(op.path))) !== JSON.stringify(toJson(op.value))) throw new PatchError(`test operation at ${op.path} failed`);
        break;
      default:
        throw new PatchError(`unknown JSON patch operation ${JSON.stringify(op.op)}`);
    }
  }
  if (doc.k !== 'm') throw new PatchError('JSON patch did not leave an object');
  return doc;
}

export { fromJson };
