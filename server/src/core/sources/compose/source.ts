// A compose service running nacos/nacos-server as a Nacos node: the environment its container gets (compose/model.ts),
// turned into the server's effective auth settings the way the image does it (facts §4.1, §4.2, §1.11; SPEC §4):
//   1. JAVA_OPT_EXT `--k=v` (program arguments after `-jar`; `-Dk=v` there is ignored),
//   2. -D system properties: the user's JAVA_OPT first, then the entrypoint's own `-D` mappings (appended later, so they
//      win for the same key: the JVM keeps the last -D),
//   3. OS environment with Spring's relaxed names (NACOS_CORE_AUTH_* and exact dotted names),
//   4. conf/application.properties: a workspace file mounted over it, else the image's own file for the image version,
//      whose `${NACOS_AUTH_*:default}` placeholders read 1–3,
//   5./6. the jar's embedded file and code defaults (addDefaults).
import { loadComposeProject, type ComposeProblem, type ComposeProject } from './project';
import type { ComposeNodeInfo, ComposeProjectInfo, ComposeService, ComposeVolume, EnvRef, EnvValue } from '../../model/node';
import { YamlFile } from '../../syntax/yaml/yamlTree';
import type { ComposeMemo, ComposeRun } from '../../engine/composeReuse';
import { imageAnomalies, imageEnvMappings, relaxedEnvToProperty, type ImageEnvMapping } from '../../nacos/imageEnv';
import { imageAuthProperties, parsePlaceholder } from '../../nacos/imageProperties';
import { NEWEST_3X, parseVersion, type NacosVersion } from '../../nacos/versions';
import type { LintSettings } from '../../settings';
import type { Provenance, Span } from '../../types';
import type { ParsedFile } from '../../syntax/files';
import { baseName, dirName } from '../../util/paths';
import { isAuthKey, K, secretKeyFor, TRACKED_KEYS } from '../../nacos/keys';
import type { EffectiveSetting, NacosNode, WrittenValue } from '../../model/node';
import { addDefaults, assumeVersion, settingsFromProperties, type ExternalValue } from '../properties';

export interface ComposeNodesResult {
  nodes: NacosNode[];
  problems: { path: string; span: Span; message: string }[];
  /** Workspace properties files mounted over a node's conf/application.properties: part of that node, not nodes. */
  mountedConfs: string[];
}

/** The image tables per version, computed once per version (a 10,000-service file asks for them per variable). */
const MAPPINGS = new Map<string, ImageEnvMapping[]>();
export function mappingsFor(v: NacosVersion): ImageEnvMapping[] {
  const key = `${v.major}.${v.minor}.${v.patch}.${v.hotfix}`;
  let m = MAPPINGS.get(key);
  if (!m) { m = imageEnvMappings(v); MAPPINGS.set(key, m); }
  return m;
}

const CONF_DIR = '/home/nacos/conf';
const CONF_TARGET = `${CONF_DIR}/application.properties`;

/**
 * Splits an image reference: `[registry[:port]/]path[:tag][@digest]`. A Nacos server image is `nacos/nacos-server`
 * behind any registry or mirror prefix, or any repository whose last segment is `nacos-server` or `nacos` (images
 * built FROM it). Returns the tag ('latest' when none; '' when `${TAG}` interpolated to nothing), or undefined.
 */
export function nacosImageTag(image: string): string | undefined {
  let ref = image.trim();
  const at = ref.indexOf('@');
  if (at >= 0) ref = ref.slice(0, at);
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  const hasTag = colon > slash;
  const repo = (hasTag ? ref.slice(0, colon) : ref).toLowerCase();
  const last = repo.slice(repo.lastIndexOf('/') + 1);
  if (last !== 'nacos-server' && last !== 'nacos') return undefined;
  if (last === 'nacos' && slash < 0 && !hasTag && at < 0) return undefined; // a bare word "nacos" is too vague
  return hasTag ? ref.slice(colon + 1) : at >= 0 ? '' : 'latest';
}

/** An image tag → the Nacos version inside: `latest` is the newest 3.x (facts §4.2), `v2.2.1-slim` is 2.2.1. */
export function imageTagVersion(tag: string): NacosVersion | undefined {
  if (tag === 'latest') return parseVersion(NEWEST_3X);
  return parseVersion(tag);
}

/** The image as messages name it, with the version assumed when the tag does not tell it. */
export function imageLabel(node: NacosNode): string {
  const info = node.compose;
  if (!info) return 'nacos-server';
  const v = node.imageVersion?.text ?? node.version.version.text;
  if (info.imageVersionFrom === 'tag') return `nacos-server:${info.tag}`;
  if (info.imageVersionFrom === 'latest') return `nacos-server:latest (${v})`;
  return `nacos-server:${info.tag} (${node.version.from === 'default' ? node.version.detail : `assumed ${v}`})`;
}

/** Auth-related container variables: the image's NACOS_AUTH_*, relaxed NACOS_CORE_AUTH_*, dotted auth keys. */
export function isAuthEnvName(name: string): boolean {
  if (/^NACOS_(CORE_)?AUTH/.test(name)) return true;
  if (name.includes('.')) return isAuthKey(name);
  return relaxedEnvToProperty(name) !== undefined;
}

/** The property a container variable sets on this node (image placeholder or -D mapping, or relaxed binding). */
export function propertyOfEnv(node: NacosNode, name: string): string | undefined {
  const info = node.compose;
  if (info && node.imageVersion) {
    for (const m of mappingsFor(node.imageVersion)) {
      if (m.env !== name) continue;
      if (m.mechanism === 'define' && m.defineWhen !== 'non-empty') continue;
      // A mounted file replaces the image's placeholders: only the -D mappings still read the variable.
      if (m.mechanism === 'placeholder' && info.mountedConf && !mountedReads(info.mountedConf.text, name)) continue;
      return m.property;
    }
  }
  if (name.includes('.')) return isAuthKey(name) ? name : undefined;
  return relaxedEnvToProperty(name);
}

/** The secret-bearing properties of a node: identity key and value, and the token secret its version reads. */
export function secretProperties(node: NacosNode): string[] {
  return [K.identityKey, K.identityValue, secretKeyFor(node.version.version)];
}

function mountedReads(text: string, name: string): boolean {
  return text.includes(`\${${name}}`) || text.includes(`\${${name}:`);
}

/** Full lines covering `span`, with the line break: what to delete to remove an entry that sits alone on its lines. */
export function wholeLines(text: string, span: Span): Span | undefined {
  const ls = text.lastIndexOf('\n', span.start - 1) + 1;
  const before = text.slice(ls, span.start);
  if (!/^[ \t]*(-[ \t]+)?$/.test(before)) return undefined;
  let le = text.indexOf('\n', span.end);
  const after = text.slice(span.end, le < 0 ? text.length : le);
  if (!/^[ \t\r]*(#.*)?$/.test(after)) return undefined;
  le = le < 0 ? text.length : le + 1;
  return { start: ls, end: le };
}

function envVia(ev: EnvValue): string {
  if (ev.via === 'env_file') return `env_file ${ev.name}`;
  if (ev.via === 'extends') return `environment ${ev.name} (extends)`;
  return `environment ${ev.name}`;
}

/** The reference is the whole value (`KEY: ${VAR}`, `- KEY=$VAR`, `KEY=${VAR:-d}` with VAR set): edit VAR's definition. */
function wholeRef(ev: EnvValue): EnvRef | undefined {
  if (ev.passThrough) return ev.refs[0];
  const top = ev.refs.filter(r => r.contributes !== false);
  if (top.length !== 1 || ev.refs.length !== 1) return undefined;
  const r = top[0];
  if (r.usedFallback || r.span.start !== ev.innerSpan.start || r.span.end !== ev.innerSpan.end) return undefined;
  return r;
}

class Sources {
  constructor(private readonly read: (p: string) => string | undefined, private readonly parsedAt: (p: string) => ParsedFile | undefined) {}

  text(path: string): string | undefined {
    return this.read(path);
  }

  /** The place an env value was written, in the file it was written in. */
  written(ev: EnvValue): WrittenValue {
    const text = this.read(ev.path) ?? '';
    const inner = text.slice(ev.innerSpan.start, ev.innerSpan.end);
    const quoted = ev.innerSpan.start > ev.span.start;
    const fileKind = ev.via === 'env_file' ? 'env' : 'compose';
    const w: WrittenValue = {
      path: ev.path, fileKind, span: ev.span, raw: text.slice(ev.span.start, ev.span.end), keySpan: ev.keySpan, name: ev.name,
      listForm: ev.listForm, quote: quoted ? (text[ev.span.start] as '"' | "'") : null,
      literal: ev.refs.length === 0 && !ev.passThrough && ev.value !== undefined,
    };
    if (w.literal && ev.value !== undefined && inner === ev.value) w.offsets = offsetsOf(ev.innerSpan.start, ev.value.length);
    const del = wholeLines(text, ev.entrySpan);
    if (del) w.deleteSpan = del;
    return w;
  }

  /** A `.env` (or env_file / environment) entry that defined a referenced variable. */
  definition(ref: EnvRef): WrittenValue | undefined {
    const d = ref.definedIn;
    if (!d) return undefined;
    const text = this.read(d.path) ?? '';
    const isYaml = /\.ya?ml$/i.test(d.path);
    const w: WrittenValue = {
      path: d.path, fileKind: isYaml ? 'compose' : 'env', span: d.span, raw: text.slice(d.span.start, d.span.end),
      keySpan: d.keySpan, name: ref.name, quote: null, literal: true,
    };
    if (!isYaml) {
      const p = this.parsedAt(d.path);
      const e = p?.kind === 'env' ? p.env.entries.find(x => x.valueSpan.start === d.span.start && x.key === ref.name) : undefined;
      if (e) {
        w.quote = e.quote;
        w.literal = e.refs.length === 0 && !e.noEquals;
        if (w.literal && text.slice(e.innerSpan.start, e.innerSpan.end) === e.value) w.offsets = offsetsOf(e.innerSpan.start, e.value.length);
        const del = wholeLines(text, e.lineSpan);
        if (del) w.deleteSpan = del;
      }
    }
    return w;
  }

  /** The value a container variable has, to be edited where it was really written. */
  external(ev: EnvValue, env?: Map<string, EnvValue>): ExternalValue & { chain: Provenance[] } {
    const ref = wholeRef(ev);
    const def = ref && this.definition(ref);
    // An env file reading a variable of the service's own `environment:` (list or map form).
    const src = def && ref.from === 'environment' ? env?.get(ref.name) : undefined;
    if (def && src && src.path === def.path && src.span.start === def.span.start) def.listForm = src.listForm;
    if (ref && def) {
      const origin = ref.from === 'dotenv' ? '.env' : ref.from === 'env_file' ? 'env_file' : ref.from === 'environment' ? 'environment' : 'shell';
      const via = `${origin} ${ref.name} via ${envVia(ev)}`;
      return { value: ev.value, provenance: { path: def.path, span: def.span, via }, written: def, chain: [{ path: ev.path, span: ref.span, via: envVia(ev) }] };
    }
    return { value: ev.value, provenance: { path: ev.path, span: ev.span, via: envVia(ev) }, written: this.written(ev), chain: [] };
  }
}

function offsetsOf(start: number, length: number): number[] {
  const out = new Array<number>(length + 1);
  for (let i = 0; i <= length; i++) out[i] = start + i;
  return out;
}

/** Splits an option string the way the entrypoint's unquoted `${JAVA_OPT}` expansion does: on white space (facts §4.2). */
export function optionWords(s: string): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  const re = /\S+/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ word: m[0], start: m.index });
  return out;
}

/** Offset in the file of character `i` of an env value written literally on one line, when it can be known. */
export function valueOffset(read: (p: string) => string | undefined, ev: EnvValue, i: number): number | undefined {
  if (ev.value === undefined || ev.refs.length || ev.passThrough) return undefined;
  const text = read(ev.path);
  if (text === undefined || text.slice(ev.innerSpan.start, ev.innerSpan.end) !== ev.value) return undefined;
  return ev.innerSpan.start + i;
}

function fromOption(src: Sources, env: Map<string, EnvValue>, ev: EnvValue, word: { word: string; start: number }, prefix: '-D' | '--', origin: EffectiveSetting['origin']): EffectiveSetting | undefined {
  const body = word.word.slice(prefix.length);
  const eq = body.indexOf('=');
  if (eq <= 0) return undefined;
  const key = body.slice(0, eq);
  const value = body.slice(eq + 1);
  const base = src.external(ev, env);
  const via = `${prefix}${key} in ${ev.name}`;
  const written: WrittenValue = { ...base.written!, keySpan: undefined, deleteSpan: undefined, name: key, offsets: undefined };
  // Point inside the option string when it was written literally in one piece.
  const rd = (p: string) => src.text(p);
  const at = valueOffset(rd, ev, word.start + prefix.length + eq + 1);
  if (at !== undefined) {
    written.span = { start: at, end: at + value.length };
    written.offsets = offsetsOf(at, value.length);
    // A word inside another variable's value: no key span and no quoting of its own (fixes/encode.ts `embedded`).
    written.quote = null;
    written.listForm = false;
  } else written.literal = false;
  return { key, value, origin, provenance: { path: written.path, span: written.span, via }, written, chain: base.chain, unresolved: [], via };
}

export function composeNodes(
  mainPath: string,
  read: (p: string) => string | undefined,
  settings: LintSettings,
  parsedAt: (p: string) => ParsedFile | undefined,
  memo?: ComposeMemo,
): ComposeNodesResult {
  // An override file is analysed with the file it overrides, not on its own.
  if (/^(docker-)?compose\.override\.ya?ml$/.test(baseName(mainPath))) {
    const dir = dirName(mainPath);
    const base = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'].map(n => `${dir}/${n}`).find(p => read(p) !== undefined);
    if (base) return { nodes: [], problems: [], mountedConfs: [] };
  }
  if (memo) {
    try {
      const run = beginMemo(memo, mainPath, read, settings);
      if (run) return withMemo(run, mainPath, read, settings, parsedAt);
    } catch (err) {
      // The memo is only a shortcut: analyse in full, and start it afresh next time.
      memo.forget(mainPath);
      if (!(err instanceof Error)) throw err;
    }
  }
  const project = loadComposeProject(mainPath, read);
  const info: ComposeProjectInfo = { files: project.files, dotEnvPath: project.dotEnvPath, nodes: [], read };
  const src = new Sources(read, parsedAt);
  const mountedConfs: string[] = [];
  for (const svc of project.services) {
    const node = serviceNode(info, svc, settings, src, parsedAt);
    if (!node) continue;
    info.nodes.push(node);
    if (node.compose?.mountedConf) mountedConfs.push(node.compose.mountedConf.path);
  }
  return { nodes: info.nodes, problems: reportedProblems(project, info.nodes, project.problems), mountedConfs };
}

/** Env files are linted only when they feed a Nacos service (a broken mysql.env is not this linter's business);
 *  problems of compose files (this one, overrides, `extends: {file}` targets) always count. */
function reportedProblems(project: ComposeProject, nodes: NacosNode[], all: ComposeProblem[]): ComposeNodesResult['problems'] {
  const fed = new Set<string>(nodes.flatMap(n => n.inputs));
  const seen = new Set<string>();
  const out: ComposeNodesResult['problems'] = [];
  for (const p of all) {
    if (!(fed.has(p.path) || /\.ya?ml$/i.test(p.path) || project.files.includes(p.path))) continue;
    const key = `${p.path}\u0000${p.span.start}\u0000${p.span.end}\u0000${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path: p.path, span: p.span, message: p.message });
  }
  // One order however the problems were found (loaded now or reused from the memo).
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.span.start - b.span.start || a.span.end - b.span.end || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)));
}

const OVERRIDE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];

function beginMemo(memo: ComposeMemo, mainPath: string, read: (p: string) => string | undefined, settings: LintSettings): ComposeRun | undefined {
  const text = read(mainPath);
  if (text === undefined) return undefined;
  const dir = dirName(mainPath);
  const hasOverride = OVERRIDE_NAMES.some(n => read(`${dir}/${n}`) !== undefined);
  return memo.begin(mainPath, YamlFile.parse(mainPath, text), settings, read, hasOverride);
}

/** composeNodes with the services whose entry did not change since the last run taken from the memo. */
function withMemo(run: ComposeRun, mainPath: string, read: (p: string) => string | undefined, settings: LintSettings, parsedAt: (p: string) => ParsedFile | undefined): ComposeNodesResult {
  const info: ComposeProjectInfo = { files: [mainPath], dotEnvPath: undefined, nodes: [], read };
  const only = run.misses(info);
  const project = loadComposeProject(mainPath, read, { only });
  info.files = project.files;
  info.dotEnvPath = project.dotEnvPath;
  const byName = new Map(project.services.map(s => [s.name, s]));
  // Problems of the main file found while converting a service's nodes (merges) belong to that service too.
  const located = new Map<string, ComposeProblem[]>();
  for (const p of project.problems) {
    const name = p.path === mainPath ? run.chunkAt(p.span) : undefined;
    if (name === undefined) continue;
    const list = located.get(name);
    if (list) list.push(p); else located.set(name, [p]);
  }
  const src = new Sources(read, parsedAt);
  const mountedConfs: string[] = [];
  const problems: ComposeProblem[] = [...project.problems];
  const dotEnv = `${dirName(mainPath)}/.env`;
  for (const name of run.names) {
    const hit = run.hits.get(name);
    let node: NacosNode | undefined;
    if (hit) {
      node = hit.node;
      problems.push(...hit.problems);
    } else {
      const svc = byName.get(name);
      node = svc && serviceNode(info, svc, settings, src, parsedAt);
      const own = [...(project.serviceProblems?.get(name) ?? []), ...(located.get(name) ?? [])];
      const inputs = [dotEnv, ...(svc?.envFiles.map(f => f.path) ?? []), ...(node?.inputs ?? [])];
      const mount = svc && mountedConfPath(svc);
      if (mount) inputs.push(mount.path);
      run.store(name, node, own, inputs);
    }
    if (!node) continue;
    info.nodes.push(node);
    if (node.compose?.mountedConf) mountedConfs.push(node.compose.mountedConf.path);
  }
  run.finish();
  return { nodes: info.nodes, problems: reportedProblems(project, info.nodes, problems), mountedConfs };
}

/** The workspace file a `volumes:` entry mounts over conf/application.properties (the file, or the whole conf folder). */
function mountedConfPath(svc: ComposeService): { path: string; volume: ComposeVolume } | undefined {
  // Later entries win for the same target (compose merges volumes by target).
  for (let i = svc.volumes.length - 1; i >= 0; i--) {
    const v = svc.volumes[i];
    if (!v.source || !v.target || (v.type !== undefined && v.type !== 'bind')) continue;
    const target = v.target.replace(/\/+$/, '');
    if (target === CONF_TARGET) return { path: v.source, volume: v };
    if (target === CONF_DIR) return { path: `${v.source.replace(/\/+$/, '')}/application.properties`, volume: v };
  }
  return undefined;
}

function serviceNode(
  project: ComposeProjectInfo,
  svc: ComposeService,
  settings: LintSettings,
  src: Sources,
  parsedAt: (p: string) => ParsedFile | undefined,
): NacosNode | undefined {
  const image = svc.image;
  const tag = image ? nacosImageTag(image.value) : undefined;
  if (!image || tag === undefined) return undefined;
  const env = svc.environment;
  const inputs = new Set<string>(project.files);
  if (project.dotEnvPath) inputs.add(project.dotEnvPath);
  for (const f of svc.envFiles) if (f.exists) inputs.add(f.path);

  // 4. A workspace file mounted over conf/application.properties replaces the image's own file.
  let mountedConf: ComposeNodeInfo['mountedConf'];
  const mount = mountedConfPath(svc);
  if (mount) {
    const parsed = parsedAt(mount.path);
    if (parsed?.kind === 'properties') {
      mountedConf = { path: mount.path, volume: mount.volume, props: parsed.props, text: parsed.text };
      inputs.add(mount.path);
    }
  }

  const tagVersion = imageTagVersion(tag);
  const undefinedInTag = image.refs.filter(r => !r.defined).map(r => r.name);
  const version = assumeVersion(settings, mountedConf ? mountedConf.props.entries.map(e => e.key) : [],
    tagVersion ? { version: tagVersion.text, detail: tag === 'latest' ? `nacos/nacos-server:latest is ${NEWEST_3X}` : `image nacos/nacos-server:${tag}` } : undefined);
  if (!tagVersion && version.from === 'default') {
    version.detail = tag === ''
      ? `the image tag is empty after interpolation${undefinedInTag.length ? ` (${undefinedInTag.map(n => `\${${n}}`).join(', ')} not defined)` : ''}; assuming the newest 3.x (${NEWEST_3X})`
      : `image tag "${tag}" is not a version; assuming the newest 3.x (${NEWEST_3X})`;
  }
  const imageVersion = tagVersion ?? version.version;
  const imageLabel = tag ? `nacos-server:${tag}` : `nacos-server ${imageVersion.text}`;

  // What Spring's placeholders see, highest first: --args, -D (JAVA_OPT, then the entrypoint's), the OS environment.
  const mappings = mappingsFor(imageVersion);
  const programArgs = new Map<string, EffectiveSetting>();
  const sysProps = new Map<string, EffectiveSetting>();
  const javaOptExt = env.get('JAVA_OPT_EXT');
  if (javaOptExt?.value) {
    for (const w of optionWords(javaOptExt.value)) {
      if (!w.word.startsWith('--')) continue;
      const s = fromOption(src, env, javaOptExt, w, '--', 'program-arg');
      if (s) programArgs.set(s.key, s);
    }
  }
  const javaOpt = env.get('JAVA_OPT');
  if (javaOpt?.value) {
    for (const w of optionWords(javaOpt.value)) {
      if (!w.word.startsWith('-D')) continue;
      const s = fromOption(src, env, javaOpt, w, '-D', 'system-property');
      if (s) sysProps.set(s.key, s);
    }
  }
  for (const mapping of mappings) {
    if (mapping.mechanism !== 'define') continue;
    const ev = env.get(mapping.env);
    if (!ev || !ev.value) continue; // `[[ ! -z … ]]` / `== "standalone"`
    const when = mapping.defineWhen ?? 'non-empty';
    if (when !== 'non-empty' && ev.value !== when.equals) continue;
    const ext = src.external(ev, env);
    // `-Dk=$ENV` carries the variable's text; MODE=standalone adds a fixed `-Dnacos.standalone=true`.
    const fixed = when !== 'non-empty';
    sysProps.set(mapping.property, {
      key: mapping.property, value: fixed ? when.value : ev.value, origin: 'system-property',
      provenance: ext.provenance, written: fixed ? undefined : ext.written, chain: ext.chain, unresolved: [],
      via: `${ext.provenance?.via ?? ev.name} (entrypoint -D${mapping.property})`,
    });
  }
  const fromEnv = (ev: EnvValue, key: string): EffectiveSetting => {
    const ext = src.external(ev, env);
    return { key, value: ev.value, origin: 'os-env', provenance: ext.provenance, written: ext.written, chain: ext.chain, unresolved: [], via: ext.provenance?.via ?? ev.name };
  };
  const lookup = (name: string): ExternalValue | undefined => {
    const s = programArgs.get(name) ?? sysProps.get(name);
    if (s) return { value: s.value, provenance: s.provenance, written: s.written };
    // Spring's SystemEnvironmentPropertySource: the name, then with '.'/'-' → '_', then upper-cased.
    for (const n of new Set([name, name.replace(/[.-]/g, '_'), name.toUpperCase(), name.replace(/[.-]/g, '_').toUpperCase()])) {
      const ev = env.get(n);
      if (ev && ev.value !== undefined) return src.external(ev, env);
    }
    return undefined;
  };

  const settingsMap = new Map<string, EffectiveSetting>();
  if (mountedConf) {
    for (const [k, s] of settingsFromProperties(mountedConf.path, mountedConf.props, lookup, 'conf-file', `mounted ${baseName(mountedConf.path)} (conf/application.properties)`)) {
      settingsMap.set(k, s);
    }
  } else {
    for (const s of imageFileSettings(imageVersion, imageLabel, lookup)) settingsMap.set(s.key, s);
  }
  // 3. OS environment, Spring relaxed binding (NACOS_CORE_AUTH_* and exact dotted names).
  for (const ev of env.values()) {
    if (ev.value === undefined) continue;
    const key = ev.name.includes('.') ? (isAuthKey(ev.name) || TRACKED_KEYS.includes(ev.name) ? ev.name : undefined) : relaxedEnvToProperty(ev.name);
    if (key) settingsMap.set(key, fromEnv(ev, key));
  }
  // 2. and 1.
  for (const [k, s] of sysProps) settingsMap.set(k, s);
  for (const [k, s] of programArgs) settingsMap.set(k, s);

  const mode = env.get('MODE')?.value;
  const servers = env.get('NACOS_SERVERS')?.value?.trim().split(/\s+/).sort().join(' ') ?? '';
  // Services of an inactive profile run only with that profile: they are grouped with their own kind.
  const profileKey = svc.enabled ? '' : `\u0000profiles:${[...svc.profiles].sort().join(',')}`;
  const anomalies = imageAnomalies(imageVersion);
  const node: NacosNode = {
    id: `${svc.path}#${svc.name}`,
    kind: 'compose-service',
    path: svc.path,
    service: svc.name,
    anchor: svc.nameSpan,
    version,
    imageVersion,
    standalone: mode === 'standalone',
    settings: settingsMap,
    inputs: [...inputs],
    clusterHint: { kind: 'compose', key: `${project.files[0]}\u0000${servers}${profileKey}` },
    env,
    compose: {
      service: svc, project, image, tag, anomalies, active: svc.enabled,
      imageVersionFrom: tag === 'latest' && tagVersion ? 'latest' : tagVersion ? 'tag' : 'assumed',
      ...(mountedConf ? { mountedConf } : {}),
    },
  };
  addDefaults(node);
  // v1.4.4 / v2.1.0 map NACOS_AUTH_TOKEN to the name the other generation reads: say so where the jar default applies.
  const sk = secretKeyFor(node.version.version);
  const secret = node.settings.get(sk);
  for (const a of anomalies) {
    if (secret && (secret.origin === 'jar-default' || secret.origin === 'code-default') && a.env === 'NACOS_AUTH_TOKEN') {
      secret.via = `${secret.via}; the ${imageLabel} image ${a.text} (${a.issue})`;
    }
  }
  return node;
}

/** The image's own application.properties (facts §4.1): placeholders read the environment; defaults apply only when unset. */
function imageFileSettings(imageVersion: NacosVersion, imageLabel: string, lookup: (name: string) => ExternalValue | undefined): EffectiveSetting[] {
  const fileVia = `application.properties of the ${imageLabel} image`;
  const out: EffectiveSetting[] = [];
  for (const { key, value } of imageAuthProperties(imageVersion)) {
    if (!isAuthKey(key) && !TRACKED_KEYS.includes(key)) continue;
    const ph = parsePlaceholder(value);
    if (!ph) {
      out.push({ key, value, origin: 'conf-file', chain: [], unresolved: [], via: fileVia });
      continue;
    }
    const ext = lookup(ph.name);
    if (ext && ext.value !== undefined) {
      const chain = (ext as { chain?: Provenance[] }).chain ?? [];
      out.push({
        key, value: ext.value, origin: 'conf-file', provenance: ext.provenance, written: ext.written, chain, unresolved: [],
        // SPEC §5: the mechanism as the user wrote it ("env_file NACOS_AUTH_IDENTITY_KEY"); the image file is implied.
        via: ext.provenance?.via ?? ph.name,
      });
    } else if (ph.default !== null) {
      out.push({ key, value: ph.default, origin: 'conf-file', chain: [], unresolved: [], via: `default of \${${ph.name}:…} in ${fileVia} (${ph.name} not set)` });
    } else {
      // v2.2.1: `${NACOS_AUTH_TOKEN}` without a default fails at startup: "Could not resolve placeholder" (facts §1.7 D-PH).
      out.push({ key, value: undefined, origin: 'conf-file', chain: [], unresolved: [ph.name], via: `\${${ph.name}} in ${fileVia} (${ph.name} not set, no default)` });
    }
  }
  return out;
}

export type { Provenance };
