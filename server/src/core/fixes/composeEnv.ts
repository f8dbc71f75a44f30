// Edits that give compose services container variables: where each member gets a variable it lacks (an entry that is
// there but empty, the `.env` line a `${VAR}` reads, the env file all members share, the service's `environment:`),
// with one value per variable for every member so the cluster stays consistent (SPEC §8).
import type { EnvValue } from '../model/node';
import { YamlFile } from '../syntax/yaml/yamlTree';
import type { NacosNode } from '../model/node';
import type { TextEdit } from '../types';
import { composeEnvironmentInsertPoint, envInsertPoint, renderInsert, type InsertPoint } from './insert';
import { encodeEnvValue, encodeListItem, encodeYamlScalar, escapeDollar } from './encode';
import { mergePerFile } from './cluster';
import { generateIdentityKey, generateIdentityValue, generateTokenSecret } from './generate';

/** Fresh random values for the image's secret variables (facts §4.1; SPEC §8 formats). */
export const SECRET_ENV_GENERATORS: Readonly<Record<string, () => string>> = {
  NACOS_AUTH_TOKEN: () => generateTokenSecret(32),
  NACOS_AUTH_IDENTITY_KEY: generateIdentityKey,
  NACOS_AUTH_IDENTITY_VALUE: generateIdentityValue,
};

export function encodeEntry(form: InsertPoint['form'], name: string, value: string): string {
  switch (form) {
    case 'env': return `${name}=${encodeEnvValue(value)}`;
    case 'yaml-list': return `- ${encodeListItem(name, value)}`;
    case 'yaml-flow-list': return encodeListItem(name, value);
    default: return `${name}: ${encodeYamlScalar(value)}`;
  }
}

/** A variable a member lacks, and how it lacks it. */
export interface Want {
  node: NacosNode;
  name: string;
}

interface Slot {
  /** Replace this written value (an empty entry, or the definition a whole `${VAR}` reads). */
  replace?: { path: string; start: number; end: number; fileKind: 'env' | 'compose'; listForm: boolean };
  /** Define this variable in the project `.env` (a `${VAR}` / `- KEY` that nothing defines). */
  dotenv?: string;
  /** The container has no such variable at all: add it. */
  add?: true;
}

/** Where `name` must be written for `node` to have it. */
function slotFor(node: NacosNode, name: string): Slot | undefined {
  const ev: EnvValue | undefined = node.env?.get(name);
  if (!ev) return { add: true };
  if (!ev.passThrough && ev.refs.length === 0) {
    return { replace: { path: ev.path, start: ev.span.start, end: ev.span.end, fileKind: ev.via === 'env_file' ? 'env' : 'compose', listForm: ev.listForm } };
  }
  const whole = ev.passThrough || (ev.refs.length === 1 && ev.refs[0].span.start === ev.innerSpan.start && ev.refs[0].span.end === ev.innerSpan.end);
  if (!whole) return undefined; // `prefix${X}`: no single place to write the value
  const ref = ev.refs[0];
  if (ref.definedIn && ref.from !== 'shell') {
    const d = ref.definedIn;
    const isYaml = /\.ya?ml$/i.test(d.path);
    return { replace: { path: d.path, start: d.span.start, end: d.span.end, fileKind: isYaml ? 'compose' : 'env', listForm: false } };
  }
  return { dotenv: ref.name };
}

/**
 * The edits that give every wanted (member, variable) the value `values.get(variable)`. Members that all read one
 * existing env file get it there once; others get it in their own `environment:` (or their env file). Returns
 * undefined when some member has no place for it.
 */
export function addVariablesEdits(wants: Want[], values: Map<string, string>, read: (p: string) => string | undefined, dryRun = false): TextEdit[] | undefined {
  const yamls = new Map<string, YamlFile>();
  const yamlOf = (path: string, text: string) => {
    let y = yamls.get(path);
    if (!y || y.text !== text) { y = new YamlFile(path, text); yamls.set(path, y); }
    return y;
  };
  const edits: TextEdit[] = [];
  const replaced = new Set<string>();
  const appended = new Map<string, { point: InsertPoint; entries: string[]; names: Set<string> }>();
  const append = (point: InsertPoint, name: string, value: string) => {
    let a = appended.get(point.key);
    if (!a) appended.set(point.key, (a = { point, entries: [], names: new Set() }));
    if (a.names.has(name)) return;
    a.names.add(name);
    a.entries.push(encodeEntry(point.form, name, value));
  };
  const toAdd: Want[] = [];
  for (const w of wants) {
    const value = values.get(w.name);
    if (value === undefined) continue;
    const slot = slotFor(w.node, w.name);
    if (!slot) return undefined;
    if (slot.replace) {
      const r = slot.replace;
      const key = `${r.path}\u0000${r.start}`;
      if (replaced.has(key)) continue;
      replaced.add(key);
      const text = r.fileKind === 'env' ? encodeEnvValue(value) : r.listForm ? escapeDollar(value) : encodeYamlScalar(value);
      edits.push({ path: r.path, span: { start: r.start, end: r.end }, newText: text });
    } else if (slot.dotenv) {
      const dot = w.node.compose?.project.dotEnvPath;
      const text = dot !== undefined ? read(dot) : undefined;
      if (dot === undefined || text === undefined) return undefined;
      append(envInsertPoint(dot, text), slot.dotenv, value);
    } else toAdd.push(w);
  }
  if (toAdd.length) {
    // One env file that every member needing a variable already reads: the shared place (facts §5).
    const nodes = [...new Set(toAdd.map(w => w.node))];
    const shared = sharedEnvFile(nodes);
    if (dryRun && shared) return edits;
    for (const w of toAdd) {
      const value = values.get(w.name)!;
      if (!shared && dryRun) {
        // Checking that a place exists must stay linear: a service file that can be read will do.
        if (!w.node.compose || read(w.node.compose.service.path) === undefined) return undefined;
        continue;
      }
      const own = shared ?? placeFor(w.node, read, yamlOf);
      if (!own) return undefined;
      append(own, w.name, value);
    }
  }
  for (const a of appended.values()) edits.push(renderInsert(a.point, a.entries));
  return mergePerFile(edits, read);

  function sharedEnvFile(nodes: NacosNode[]): InsertPoint | undefined {
    const lists = nodes.map(n => (n.compose?.service.envFiles ?? []).filter(f => f.exists).map(f => f.path));
    const common = lists[0]?.filter(p => lists.every(l => l.includes(p)));
    if (!common?.length) return undefined;
    // The last one wins over earlier ones: a value there is not shadowed by another env file.
    const path = common[common.length - 1];
    const text = read(path);
    return text === undefined ? undefined : envInsertPoint(path, text);
  }
}

/** A member's own place: its `environment:` (or a new one), else its last env file. */
function placeFor(node: NacosNode, read: (p: string) => string | undefined, yamlOf: (path: string, text: string) => YamlFile): InsertPoint | undefined {
  const svc = node.compose?.service;
  if (!svc) return undefined;
  const text = read(svc.path);
  const p = text !== undefined ? composeEnvironmentInsertPoint(svc.path, text, svc.name, yamlOf(svc.path, text)) : undefined;
  if (p) return p;
  const files = svc.envFiles.filter(f => f.exists);
  const last = files[files.length - 1];
  const t = last ? read(last.path) : undefined;
  return last && t !== undefined ? envInsertPoint(last.path, t) : undefined;
}
