// Writing variables a Kubernetes container lacks (SPEC §8 for Kubernetes): never as a literal `value:` in a committed
// manifest (k8s-secret-in-configmap would report it) but as a key of a Secret and an env entry that reads it with
// `secretKeyRef`. The Secret is the one the container already reads its auth variables from when that one is written
// in the workspace (a Secret's `stringData`/`data`, a kustomize secretGenerator's literals or env file), else a new
// Secret appended to the workload's file. One writer gathers every member's variables so each place is written once.
import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { NacosNode, WrittenValue } from '../model/node';
import type { Span, TextEdit } from '../types';
import { encodeDecoded, encodeK8sScalar, eolOf, yamlDoubleQuoted } from './encode';
import { wholeLines } from '../util/text';

/** Where the pod spec is in each workload kind (sources/k8s/workloads.ts). */
const POD_SPEC: Record<string, string[]> = {
  Pod: ['spec'], Deployment: ['spec', 'template', 'spec'], StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'], ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'], Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'], DeploymentConfig: ['spec', 'template', 'spec'],
  PodTemplate: ['template', 'spec'],
};

interface Parsed { text: string; docs: Document.Parsed[] }

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function lineEndAfter(text: string, end: number): { at: number; leadingEol: boolean } {
  if (end > 0 && text[end - 1] === '\n') return { at: end, leadingEol: false };
  const nl = text.indexOf('\n', end);
  return nl < 0 ? { at: text.length, leadingEol: true } : { at: nl + 1, leadingEol: false };
}

function pairOf(m: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
  return (m.items as Pair<Node, Node | null>[]).find(p => isScalar(p.key) && String(p.key.value) === key);
}

function mapAt(m: Node | null | undefined, ...path: string[]): Node | null | undefined {
  let cur: Node | null | undefined = m;
  for (const k of path) {
    if (!isMap(cur)) return undefined;
    cur = pairOf(cur, k)?.value;
  }
  return cur;
}

/** The mapping that starts at `offset` (a document or a List/Template item), searched breadth-first, bounded. */
function mappingAt(docs: Document.Parsed[], offset: number): YAMLMap | undefined {
  const queue: Node[] = [];
  for (const d of docs) if (d.contents) queue.push(d.contents as Node);
  for (let i = 0; i < queue.length && i < 100_000; i++) {
    const n = queue[i];
    if (!n.range || n.range[0] > offset || n.range[1] < offset) continue;
    if (isMap(n)) {
      if (n.range[0] === offset) return n;
      for (const p of n.items as Pair<Node, Node | null>[]) if (p.value) queue.push(p.value);
    } else if (isSeq(n)) for (const it of n.items as Node[]) if (it) queue.push(it);
  }
  return undefined;
}

/** One block of new lines at an offset: entries already indented, rendered once. */
interface Block { path: string; at: number; leadingEol: boolean; eol: string; lines: string[]; keys: Set<string>; prefix?: string; suffix?: string }

export class K8sEnvWriter {
  private readonly parsed = new Map<string, Parsed>();
  private readonly blocks = new Map<string, Block>();
  /** New Secrets per file and namespace: their name and entries. */
  private readonly newSecrets = new Map<string, { path: string; name: string; namespace?: string; entries: Map<string, string> }>();
  private readonly other: TextEdit[] = [];

  constructor(private readonly read: (path: string) => string | undefined) {}

  private parse(path: string): Parsed | undefined {
    const text = this.read(path);
    if (text === undefined) return undefined;
    let p = this.parsed.get(path);
    if (!p || p.text !== text) {
      try {
        p = { text, docs: parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false, strict: false }) as Document.Parsed[] };
      } catch {
        return undefined;
      }
      if (!Array.isArray(p.docs)) p.docs = [p.docs as unknown as Document.Parsed];
      this.parsed.set(path, p);
    }
    return p;
  }

  /** The container's mapping in its workload file (checked by name), or undefined when it is not written there. */
  private container(node: NacosNode): { path: string; text: string; map: YAMLMap } | undefined {
    const k = node.k8s;
    if (!k || !k.editable) return undefined;
    const p = this.parse(k.workload.path);
    if (!p) return undefined;
    const obj = mappingAt(p.docs, k.workload.span.start);
    if (!obj) return undefined;
    if (k.workload.kind === 'Nacos') {
      const spec = mapAt(obj, 'spec');
      return isMap(spec) ? { path: k.workload.path, text: p.text, map: spec } : undefined;
    }
    const podPath = POD_SPEC[k.workload.kind];
    const list = podPath && mapAt(obj, ...podPath, k.container.init ? 'initContainers' : 'containers');
    if (!isSeq(list)) return undefined;
    const c = (list.items as Node[])[k.container.index];
    if (!isMap(c)) return undefined;
    const name = mapAt(c, 'name');
    if ((isScalar(name) ? String(name.value) : undefined) !== k.container.name) return undefined; // a patch added it
    return { path: k.workload.path, text: p.text, map: c };
  }

  private block(key: string, make: () => Omit<Block, 'lines' | 'keys'> | undefined): Block | undefined {
    let b = this.blocks.get(key);
    if (!b) {
      const m = make();
      if (!m) return undefined;
      b = { ...m, lines: [], keys: new Set() };
      this.blocks.set(key, b);
    }
    return b;
  }

  /** New entries at the end of a block map or sequence (or a new `key:` section in `owner`). */
  private appendTo(path: string, text: string, owner: YAMLMap, key: string, kind: 'map' | 'seq'): Block | undefined {
    const pair = pairOf(owner, key);
    const value = pair?.value;
    const eol = eolOf(text);
    if (pair && (kind === 'map' ? isMap(value) : isSeq(value)) && !(value as YAMLMap | YAMLSeq).flow && (value as YAMLMap | YAMLSeq).items.length) {
      const coll = value as YAMLMap | YAMLSeq;
      const items = coll.items as (Pair<Node, Node | null> | Node)[];
      let indent: number;
      if (kind === 'map') {
        const k0 = (items[0] as Pair<Node, Node | null>).key;
        if (!k0?.range) return undefined;
        indent = column(text, k0.range[0]);
      } else {
        const first = items[0] as Node;
        if (!first?.range) return undefined;
        let dash = first.range[0] - 1;
        while (dash >= 0 && text[dash] !== '-') dash--;
        if (dash < 0) return undefined;
        indent = column(text, dash);
      }
      const { at, leadingEol } = lineEndAfter(text, coll.range![1]);
      return this.block(`${path}\u0000${coll.range![0]}`, () => ({ path, at, leadingEol, eol, prefix: ' '.repeat(indent) }));
    }
    if (pair && value && !(isScalar(value) && value.value === null)) return undefined; // a flow or odd value: leave it
    // No section yet (or `key:` with nothing under it): a new one after the owner's last entry.
    const pairs = owner.items as Pair<Node, Node | null>[];
    const k0 = pairs[0]?.key;
    if (!k0?.range || owner.flow) return undefined;
    const keyIndent = column(text, k0.range[0]);
    const last = pairs[pairs.length - 1];
    const end = (last.value as Node | null)?.range?.[1] ?? last.key?.range?.[1] ?? k0.range[1];
    if (pair) {
      const { at, leadingEol } = lineEndAfter(text, (pair.key as Node).range![1]);
      const delEnd = (pair.value as Node | null)?.range?.[1];
      return this.block(`${path}\u0000${owner.range![0]}\u0000${key}`, () => ({ path, at: delEnd !== undefined && delEnd > at ? at : at, leadingEol, eol, prefix: ' '.repeat(keyIndent + 2) }));
    }
    const { at, leadingEol } = lineEndAfter(text, end);
    return this.block(`${path}\u0000${owner.range![0]}\u0000${key}`, () => ({ path, at, leadingEol, eol, prefix: ' '.repeat(keyIndent + 2), suffix: `${' '.repeat(keyIndent)}${key}:` }));
  }

  /** An env entry `- name: X` with `valueFrom.secretKeyRef` in the container's env. */
  private addEnvEntry(node: NacosNode, name: string, secret: string, key: string): boolean {
    const c = this.container(node);
    if (!c) return false;
    const b = this.appendTo(c.path, c.text, c.map, 'env', 'seq');
    if (!b) return false;
    if (b.keys.has(name)) return true;
    b.keys.add(name);
    const p = b.prefix ?? '';
    b.lines.push(`${p}- name: ${name}`, `${p}  valueFrom:`, `${p}    secretKeyRef:`, `${p}      name: ${encodeK8sScalar(secret)}`, `${p}      key: ${encodeK8sScalar(key)}`);
    return true;
  }

  /** A key in an existing Secret document (its `stringData`, or `data` Base64-encoded when that is what it uses). */
  private addSecretKey(path: string, secretAt: number, key: string, value: string, base64: boolean): boolean {
    const p = this.parse(path);
    if (!p) return false;
    let top: YAMLMap | undefined;
    for (const d of p.docs) {
      const c = d.contents as Node | null;
      if (isMap(c) && c.range && c.range[0] <= secretAt && secretAt <= c.range[1]) top = c;
    }
    // A Secret inside a List: the item that holds the place.
    if (top && mapAt(top, 'kind') && isScalar(mapAt(top, 'kind')) && String((mapAt(top, 'kind') as { value: unknown }).value) !== 'Secret') {
      const items = mapAt(top, 'items');
      top = isSeq(items) ? (items.items as Node[]).find(i => isMap(i) && i.range && i.range[0] <= secretAt && secretAt <= i.range[1]) as YAMLMap | undefined : undefined;
    }
    if (!top) return false;
    const field = base64 ? 'data' : 'stringData';
    const b = this.appendTo(path, p.text, top, field, 'map');
    if (!b) return false;
    if (b.keys.has(key)) return true;
    b.keys.add(key);
    b.lines.push(`${b.prefix ?? ''}${key}: ${encodeK8sScalar(base64 ? encodeDecoded({ decode: 'base64' }, value) : value)}`);
    return true;
  }

  /** A literal `- KEY=value` after an existing one of a kustomize generator (the same list). */
  private addLiteral(w: WrittenValue, key: string, value: string): boolean {
    const p = this.parse(w.path);
    if (!p) return false;
    const text = p.text;
    const ls = text.lastIndexOf('\n', w.span.start - 1) + 1;
    const m = /^([ \t]*)-[ \t]+/.exec(text.slice(ls, w.span.start));
    if (!m || /[\r\n]/.test(value)) return false;
    const { at, leadingEol } = lineEndAfter(text, w.span.end);
    const b = this.block(`${w.path}\u0000literal\u0000${ls}`, () => ({ path: w.path, at, leadingEol, eol: eolOf(text) }))!;
    if (b.keys.has(key)) return true;
    b.keys.add(key);
    const item = `${key}=${value}`;
    b.lines.push(`${m[1]}- ${/^[A-Za-z0-9_.=+/-]+$/.test(item) ? item : yamlDoubleQuoted(item)}`);
    return true;
  }

  /** A `KEY=value` line at the end of a kustomize generator's env file. */
  private addEnvFileLine(path: string, key: string, value: string): boolean {
    const text = this.read(path);
    if (text === undefined || /[\r\n]/.test(value)) return false;
    const b = this.block(`${path}\u0000envfile`, () => ({ path, at: text.length, leadingEol: text.length > 0 && !text.endsWith('\n'), eol: '\n' }))!;
    if (!b.keys.has(key)) { b.keys.add(key); b.lines.push(`${key}=${value}`); }
    return true;
  }

  /**
   * Gives the container of `node` the variable `name` with `value`, in the Secret it reads its other auth variables
   * from, else in a new Secret. False when there is no place for it (a container rendered from a chart, or one a
   * kustomize patch added).
   */
  add(node: NacosNode, name: string, value: string): boolean {
    const k = node.k8s;
    if (!k) return false;
    // A Secret the container already reads another auth variable from, written in the workspace.
    for (const [other, e] of k.env) {
      if (other === name || e.object?.kind !== 'Secret' || !/^NACOS_/.test(other)) continue;
      const w = [...node.settings.values()].find(x => x.written?.name === other)?.written;
      if (!w) continue;
      // envFrom exposes every key (with the entry's prefix): the key alone will do.
      const prefix = e.source === 'envFrom' && other.endsWith(e.object.key) ? other.slice(0, other.length - e.object.key.length) : undefined;
      if (e.source === 'envFrom' && (prefix === undefined || !name.startsWith(prefix))) continue;
      const key = prefix !== undefined ? name.slice(prefix.length) : name;
      let ok = false;
      if (w.fileKind === 'kustomize-env') ok = this.addEnvFileLine(w.path, key, value);
      else if (w.fileKind === 'k8s' && w.keySpan === undefined) ok = this.addLiteral(w, key, value); // a generator literal
      else if (w.fileKind === 'k8s') ok = this.addSecretKey(w.path, w.span.start, key, value, w.decode === 'base64');
      if (!ok) continue;
      if (prefix !== undefined) return true;
      const secretName = this.secretRefName(node, other);
      if (secretName !== undefined && this.addEnvEntry(node, name, secretName, key)) return true;
    }
    // Else a new Secret in the workload's file.
    if (!k.editable || !this.container(node)) return false;
    const fileKey = `${k.workload.path}\u0000${k.workload.namespace ?? ''}`;
    let s = this.newSecrets.get(fileKey);
    if (!s) {
      const text = this.read(k.workload.path) ?? '';
      let secretName = `${k.workload.name ?? 'nacos'}-auth`;
      for (let i = 2; new RegExp(`name:[ \\t]*["']?${secretName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?[ \\t]*$`, 'm').test(text); i++) secretName = `${k.workload.name ?? 'nacos'}-auth-${i}`;
      s = { path: k.workload.path, name: secretName, ...(k.workload.namespace ? { namespace: k.workload.namespace } : {}), entries: new Map() };
      this.newSecrets.set(fileKey, s);
    }
    if (!s.entries.has(name)) s.entries.set(name, value);
    return this.addEnvEntry(node, name, s.name, name);
  }

  /** Removes whole lines (an env entry that is rewritten, a ConfigMap key that moved). */
  remove(path: string, span: Span): boolean {
    const text = this.read(path);
    // A block collection's range runs to the next line: the entry ends at its last character.
    let end = span.end;
    while (text !== undefined && end > span.start && /\s/.test(text[end - 1])) end--;
    const del = text === undefined ? undefined : wholeLines(text, { start: span.start, end });
    if (!del) return false;
    this.other.push({ path, span: del, newText: '' });
    return true;
  }

  /** The Secret name as written in the env entry of `other` (`valueFrom.secretKeyRef.name`). */
  private secretRefName(node: NacosNode, other: string): string | undefined {
    const entry = node.k8s?.env.get(other)?.entry;
    if (!entry) return undefined;
    const p = this.parse(entry.path);
    const m = p && mappingAt(p.docs, entry.span.start);
    const n = m && mapAt(m, 'valueFrom', 'secretKeyRef', 'name');
    return isScalar(n) ? String(n.value) : undefined;
  }

  finish(): TextEdit[] {
    const edits: TextEdit[] = [...this.other];
    for (const b of this.blocks.values()) {
      if (!b.lines.length) continue;
      const head = b.suffix ? [b.suffix] : [];
      edits.push({ path: b.path, span: { start: b.at, end: b.at }, newText: `${b.leadingEol ? b.eol : ''}${[...head, ...b.lines].map(l => `${l}${b.eol}`).join('')}` });
    }
    for (const s of this.newSecrets.values()) {
      const text = this.read(s.path) ?? '';
      const eol = eolOf(text);
      const lines = ['---', 'apiVersion: v1', 'kind: Secret', 'metadata:', `  name: ${encodeK8sScalar(s.name)}`,
        ...(s.namespace ? [`  namespace: ${encodeK8sScalar(s.namespace)}`] : []), 'type: Opaque', 'stringData:',
        ...[...s.entries].map(([k, v]) => `  ${k}: ${encodeK8sScalar(v)}`)];
      const lead = text.length && !text.endsWith('\n') ? eol : '';
      edits.push({ path: s.path, span: { start: text.length, end: text.length }, newText: `${lead}${lines.map(l => `${l}${eol}`).join('')}` });
    }
    return edits;
  }
}

/** The span of the env entry that feeds a setting in a Kubernetes node, for messages. */
export function k8sEntrySpan(node: NacosNode, name: string): { path: string; span: Span } | undefined {
  const e = node.k8s?.env.get(name)?.entry;
  return e ? { path: e.path, span: e.nameSpan ?? e.span } : undefined;
}
