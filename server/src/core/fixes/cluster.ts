// One WorkspaceEdit that gives every member of a cluster the same identity pair or token secret (SPEC §8): each
// value is written once where it is defined (a shared env file, the project `.env`, each properties file), and
// inserted in the right form where a member has no place that writes it yet. Members that share a written place
// with a node of another cluster pull that cluster in too, so no cluster is left half-updated.
import { setting, type NacosNode, type WrittenValue } from '../model/node';
import { K, secretKeyFor } from '../nacos/keys';
import { dirName } from '../util/paths';
import type { FixEnv, SettingKind, WritePlan } from './types';
import type { FixScope, TextEdit } from '../types';
import { imageEnvMappings, relaxedEnvToProperty } from '../nacos/imageEnv';
import { loadComposeProject } from '../sources/compose/project';
import { YamlFile } from '../syntax/yaml/yamlTree';
import {
  encodeListItem, encodeYamlScalar, envLine, escapeDollar, isWholeScalar, propertiesLine,
  replaceValueEdit, yamlDoubleQuoted,
} from './encode';
import {
  composeEnvironmentInsertPoint, embeddedPropertiesInsertPoint, envInsertPoint, newFileInsertPoint, propertiesInsertPoint, renderInsert, type InsertPoint,
} from './insert';
import { K8sEnvWriter } from './k8sEnv';
import { containerAddEdits, type ContainerAdd } from './containerEnv';

/** The property a member reads for a kind (facts §2: `default.token.*` up to 2.0.4, `plugin.nacos.token.*` after). */
export function propertyOf(node: NacosNode, kind: SettingKind): string {
  switch (kind) {
    case 'identityKey': return K.identityKey;
    case 'identityValue': return K.identityValue;
    case 'secret': return secretKeyFor(node.version.version);
    default: return kind;
  }
}

const placeKey = (w: WrittenValue) => `${w.path}\u0000${w.span.start}\u0000${w.span.end}`;

/** The seeds' clusters, closed over written places shared with nodes of other clusters. */
export function clusterMembers(env: FixEnv, seeds: readonly NacosNode[], kinds: readonly SettingKind[]): NacosNode[] {
  // Built once per analysis and kinds (every finding's fix scope asks: per call it was quadratic in the nodes).
  const memoKey = `clusterMembers\u0000${kinds.join('\u0000')}`;
  let byPlace = env.memo?.get(memoKey) as Map<string, NacosNode[]> | undefined;
  if (!byPlace) {
    byPlace = new Map<string, NacosNode[]>();
    for (const c of env.clusters) for (const n of c.nodes) for (const k of kinds) {
      const w = setting(n, propertyOf(n, k)).written;
      if (!w) continue;
      const key = placeKey(w);
      const list = byPlace.get(key);
      if (list) list.push(n); else byPlace.set(key, [n]);
    }
    env.memo?.set(memoKey, byPlace);
  }
  const out = new Set<NacosNode>();
  const queue = [...seeds];
  while (queue.length) {
    const n = queue.pop()!;
    for (const m of env.clusterOf(n)?.nodes ?? [n]) {
      if (out.has(m)) continue;
      out.add(m);
      for (const k of kinds) {
        const w = setting(m, propertyOf(m, k)).written;
        if (w) for (const o of byPlace.get(placeKey(w)) ?? []) if (!out.has(o)) queue.push(o);
      }
    }
  }
  return [...out];
}

/** The variable a compose service sets for a property: the image's own placeholder, else Spring's relaxed name. */
export function composeEnvName(node: NacosNode, property: string): string {
  if (node.imageVersion) {
    const m = imageEnvMappings(node.imageVersion).find(x => x.property === property && x.mechanism === 'placeholder' && !x.serverIgnores);
    if (m) return m.env;
  }
  const relaxed = property.toUpperCase().replace(/[.-]/g, '_');
  return relaxedEnvToProperty(relaxed) === property ? relaxed : property;
}

/** The compose file a service's project starts from (its `.env` sits next to it). */
function composeMain(node: NacosNode): string {
  if (node.compose) return node.compose.project.files[0];
  return node.clusterHint.kind === 'compose' ? node.clusterHint.key.split('\u0000')[0] : node.path;
}

export function projectDotEnv(node: NacosNode): string {
  return node.compose?.project.dotEnvPath ?? `${dirName(composeMain(node))}/.env`;
}

/** The member's value is a whole `environment:` value in a compose file (not a word inside JAVA_OPT). */
function isComposePlace(env: FixEnv, w: WrittenValue | undefined): w is WrittenValue {
  if (!w || w.fileKind !== 'compose' || !w.keySpan) return false;
  if (w.listForm) return true;
  const text = env.read(w.path);
  return text !== undefined && isWholeScalar(text, w.span);
}

/** The member's value is written as a literal in a compose file: the `.env` action applies (SPEC §8). */
export function isComposeLiteral(env: FixEnv, w: WrittenValue | undefined): boolean {
  return isComposePlace(env, w) && w.literal;
}

/** The members, files and new files of a plan, for titles and confirmations (the plan's values must not be secrets). */
export function planScope(env: FixEnv, seeds: readonly NacosNode[], plan: WritePlan): FixScope {
  const files = [...new Set(planEdits(env, seeds, plan).map(e => e.path))];
  const touched = new Set(files);
  const members = clusterMembers(env, seeds, plan.kinds).filter(n => touched.has(n.path) || n.inputs.some(p => touched.has(p)));
  return { members: members.map(n => ({ path: n.path, ...(n.service ? { service: n.service } : {}) })), files, creates: files.filter(p => env.read(p) === undefined) };
}

/** The project `.env` of a compose member exists (then the `.env` variant of a fix is the preferred one). */
export function hasProjectDotEnv(env: FixEnv, node: NacosNode): boolean {
  return (node.kind === 'compose-service' || !!node.compose) && env.read(projectDotEnv(node)) !== undefined;
}

/** Builds the edits of a plan: one TextEdit per file. */
export function planEdits(env: FixEnv, seeds: readonly NacosNode[], plan: WritePlan): TextEdit[] {
  const b = new EditBuilder(env, plan.mode ?? 'literal');
  for (const node of clusterMembers(env, seeds, plan.kinds)) {
    for (const kind of plan.kinds) {
      const property = propertyOf(node, kind);
      const s = setting(node, property);
      const value = plan.value(node, kind);
      if (value === undefined || (plan.skipEqual && s.value === value && s.written)) continue;
      if (s.written) b.replace(s.written, kind, value, node);
      else b.insert(node, property, value);
    }
  }
  return b.finish(plan.reconcile);
}

class EditBuilder {
  private readonly replaces = new Map<string, { w: WrittenValue; kind: SettingKind | undefined; texts: string[]; ref?: string }>();
  private readonly inserts = new Map<string, { point: InsertPoint; entries: Map<string, string> }>();
  private readonly other: TextEdit[] = [];
  /** Variables for `docker run`s and Dockerfile images (an env file, an `--env-file`, an ENV line). */
  private readonly containerAdds: ContainerAdd[] = [];
  /** `.env` path → NAME → value (dotenv mode). */
  private readonly dotenv = new Map<string, Map<string, string>>();
  private readonly yaml = new Map<string, YamlFile>();
  private readonly projects = new Map<string, ReturnType<typeof loadComposeProject>>();
  private readonly k8s: K8sEnvWriter;

  constructor(private readonly env: FixEnv, private readonly mode: 'literal' | 'dotenv') {
    this.k8s = new K8sEnvWriter(p => env.read(p));
  }

  replace(w: WrittenValue, kind: SettingKind, value: string, node: NacosNode): void {
    const key = placeKey(w);
    const hit = this.replaces.get(key);
    if (hit) { hit.texts.push(value); return; }
    const entry: { w: WrittenValue; kind: SettingKind | undefined; texts: string[]; ref?: string } = { w, kind, texts: [value] };
    if (this.mode === 'dotenv' && isComposePlace(this.env, w)) {
      entry.ref = w.name;
      this.toDotEnv(node, w.name, value);
    }
    this.replaces.set(key, entry);
  }

  private toDotEnv(node: NacosNode, name: string, value: string): void {
    const path = projectDotEnv(node);
    let m = this.dotenv.get(path);
    if (!m) { m = new Map(); this.dotenv.set(path, m); }
    if (!m.has(name)) m.set(name, value);
  }

  insert(node: NacosNode, property: string, value: string): void {
    if (node.kind === 'properties') {
      const f = this.env.file(node.path);
      if (f?.kind === 'properties') this.add(propertiesInsertPoint(f.path, f.text, f.props), property, propertiesLine(property, value));
      return;
    }
    if (node.k8s) {
      // A ConfigMap-mounted application.properties: the setting belongs in it (its block scalar).
      const m = node.container?.mountedConf;
      const text = m?.embedded ? this.env.read(m.path) : undefined;
      const point = m && text !== undefined ? embeddedPropertiesInsertPoint(m, text) : undefined;
      if (point) { this.add(point, property, propertiesLine(property, value)); return; }
      // Text whose characters do not map into the file (a Base64 Secret, a folded scalar): no place to write.
      if (m && !/\.properties$/i.test(m.path)) return;
      if (!m) { this.k8s.add(node, composeEnvName(node, property), value); return; }
    }
    // A workspace file mounted over the image's application.properties: the setting belongs there.
    const mountedPath = node.container ? node.container.mountedConf?.path : node.inputs.find(p => this.env.file(p)?.kind === 'properties');
    const mounted = mountedPath === undefined ? undefined : this.env.file(mountedPath);
    if (mounted?.kind === 'properties') {
      this.add(propertiesInsertPoint(mounted.path, mounted.text, mounted.props), property, propertiesLine(property, value));
      return;
    }
    const name = composeEnvName(node, property);
    if (node.commandLine || node.kind === 'dockerfile-image') {
      this.containerAdds.push({ node, name, value });
      return;
    }
    const ev = node.env?.get(name);
    if (ev && ev.value === undefined && ev.passThrough && ev.via !== 'env_file') {
      this.fillPassThrough(node, ev.path, ev.span, ev.keySpan, ev.listForm, name, value);
      return;
    }
    const svc = node.compose?.service ?? this.project(composeMain(node))?.services.find(s => s.name === node.service);
    const envFiles = svc?.envFiles.filter(e => e.exists) ?? [];
    if (envFiles.length) {
      const path = envFiles[envFiles.length - 1].path;
      const text = this.env.read(path);
      if (text !== undefined) { this.add(envInsertPoint(path, text), name, envLine(name, value)); return; }
    }
    const text = this.env.read(node.path);
    if (text === undefined || !node.service) return;
    const point = composeEnvironmentInsertPoint(node.path, text, node.service, this.yamlOf(node.path, text));
    if (!point) return;
    const ref = this.mode === 'dotenv' ? name : undefined;
    if (ref) this.toDotEnv(node, name, value);
    this.add(point, name, composeEntry(point.form, name, value, ref));
  }

  /** `- NAME` / `NAME:` passes an unset variable through: give it the value in place. */
  private fillPassThrough(node: NacosNode, path: string, span: { start: number; end: number }, keySpan: { start: number; end: number }, list: boolean, name: string, value: string): void {
    const text = this.env.read(path) ?? '';
    const ref = this.mode === 'dotenv' ? name : undefined;
    if (ref) this.toDotEnv(node, name, value);
    const v = ref ? `\${${name}}` : escapeDollar(value);
    if (list) {
      const q = text[keySpan.start - 1];
      const newText = q === '"' ? yamlDoubleQuoted(`${name}=${v}`).slice(1, -1) : q === "'" ? `${name}=${v}`.replace(/'/g, "''") : ref ? `${name}=${v}` : encodeListItem(name, value);
      this.other.push({ path, span: keySpan, newText });
      return;
    }
    const scalar = ref ? yamlDoubleQuoted(v) : encodeYamlScalar(value);
    this.other.push({ path, span, newText: span.start === span.end ? ` ${scalar}` : scalar });
  }

  private add(point: InsertPoint, name: string, entry: string): void {
    let hit = this.inserts.get(point.key);
    if (!hit) { hit = { point, entries: new Map() }; this.inserts.set(point.key, hit); }
    if (!hit.entries.has(name)) hit.entries.set(name, entry);
  }

  private yamlOf(path: string, text: string): YamlFile {
    const f = this.env.file(path);
    if (f?.kind === 'compose' && f.text === text) return f.yaml;
    let y = this.yaml.get(path);
    if (!y || y.text !== text) { y = new YamlFile(path, text); this.yaml.set(path, y); }
    return y;
  }

  private project(main: string) {
    let p = this.projects.get(main);
    if (!p) { p = loadComposeProject(main, path => this.env.read(path), { yaml: (path, text) => this.yamlOf(path, text) }); this.projects.set(main, p); }
    return p;
  }

  finish(reconcile?: (kind: SettingKind, texts: string[]) => string): TextEdit[] {
    // The project `.env` entries: replace a definition that exists, else append (creating the file).
    for (const [path, names] of this.dotenv) {
      const f = this.env.file(path);
      const text = this.env.read(path);
      for (const [name, value] of names) {
        const entry = f?.kind === 'env' ? [...f.env.entries].reverse().find(e => e.key === name && !e.noEquals) : undefined;
        if (entry) {
          const w: WrittenValue = { path, fileKind: 'env', span: entry.valueSpan, keySpan: entry.keySpan, raw: '', name, quote: entry.quote, literal: true };
          const key = placeKey(w);
          const hit = this.replaces.get(key);
          if (hit) hit.texts.unshift(value); else this.replaces.set(key, { w, kind: undefined, texts: [value] });
        } else {
          this.add(text === undefined ? newFileInsertPoint(path) : envInsertPoint(path, text), name, envLine(name, value));
        }
      }
    }
    const edits: TextEdit[] = [...this.other, ...this.k8s.finish(), ...(this.containerAdds.length ? containerAddEdits(this.containerAdds, p => this.env.read(p)) ?? [] : [])];
    for (const { w, kind, texts, ref } of this.replaces.values()) {
      const same = texts.every(t => t === texts[0]);
      const value = same || !kind || !reconcile ? texts[0] : reconcile(kind, texts);
      const text = this.env.read(w.path);
      if (ref) edits.push(refEdit(w, ref));
      else edits.push(replaceValueEdit(w, value, text));
    }
    for (const { point, entries } of this.inserts.values()) edits.push(renderInsert(point, [...entries.values()]));
    return mergePerFile(edits, p => this.env.read(p));
  }
}

/** `${NAME}` in place of a compose literal (the value moves to `.env`). */
function refEdit(w: WrittenValue, name: string): TextEdit {
  const ref = `\${${name}}`;
  // Inside `- NAME=…` (plain or quoted) `${NAME}` needs no escaping; a map value is quoted (flow maps too).
  if (w.listForm) return { path: w.path, span: w.span, newText: ref };
  return { path: w.path, span: w.span, newText: `"${ref}"` };
}

function composeEntry(form: InsertPoint['form'], name: string, value: string, ref: string | undefined): string {
  const r = ref ? `\${${ref}}` : undefined;
  switch (form) {
    case 'yaml-list': return `- ${r ? `${name}=${r}` : encodeListItem(name, value)}`;
    case 'yaml-flow-list': return yamlDoubleQuoted(`${name}=${r ?? escapeDollar(value)}`);
    case 'yaml-flow-map': return `${name}: ${yamlDoubleQuoted(r ?? escapeDollar(value))}`;
    case 'env': return envLine(name, value);
    default: return `${name}: ${r ? `"${r}"` : encodeYamlScalar(value)}`;
  }
}

/** One TextEdit per file: members sharing a file get one edit there (the text between edits is kept as it is). */
export function mergePerFile(edits: TextEdit[], read: (path: string) => string | undefined): TextEdit[] {
  const byPath = new Map<string, TextEdit[]>();
  for (const e of edits) {
    const list = byPath.get(e.path);
    if (list) list.push(e); else byPath.set(e.path, [e]);
  }
  const out: TextEdit[] = [];
  for (const [path, list] of byPath) {
    if (list.length === 1) { out.push(list[0]); continue; }
    const text = read(path) ?? '';
    const sorted = list.map((e, i) => ({ e, i })).sort((a, b) => a.e.span.start - b.e.span.start || a.e.span.end - b.e.span.end || a.i - b.i).map(x => x.e);
    const start = sorted[0].span.start;
    let pos = start;
    let newText = '';
    for (const e of sorted) {
      if (e.span.start < pos) continue; // overlapping: cannot happen for distinct places; keep the first
      newText += text.slice(pos, e.span.start) + e.newText;
      pos = e.span.end;
    }
    out.push({ path, span: { start, end: pos }, newText });
  }
  return out;
}

