import { loadComposeProject, type ComposeService, type EnvValue } from '../compose/model';
import { imageEnvMappings, relaxedEnvToProperty } from '../nacos/imageEnv';
import { imageAuthProperties } from '../nacos/imageProperties';
import { NEWEST_3X, parseVersion, type NacosVersion } from '../nacos/versions';
import type { LintSettings } from '../settings';
import type { Provenance, Span } from '../types';
import type { ParsedFile } from '../files';
import { baseName, dirName } from '../files';
import { parseProperties } from '../properties/parser';
import type { EffectiveSetting, NacosNode, WrittenValue } from './node';
import { addDefaults, assumeVersion, settingsFromProperties, type ExternalValue } from './propertiesNode';

export interface ComposeNodesResult {
  nodes: NacosNode[];
  problems: { path: string; span: Span; message: string }[];
}

const IMAGE_RE = /(^|\/)nacos\/nacos-server(?::([^@\s]+))?(@\S+)?$/;
const CONF_TARGET = '/home/nacos/conf/application.properties';

/** `nacos/nacos-server:v2.2.1-slim` → tag 'v2.2.1-slim'; any registry prefix; undefined when not a Nacos image. */
export function nacosImageTag(image: string): string | undefined {
  const m = IMAGE_RE.exec(image.trim());
  if (!m) return undefined;
  return m[2] ?? 'latest';
}

/** An image tag → the server version in it: `latest` (and unknown tags like `v3.2.3-slim` stripped) → version. */
export function imageTagVersion(tag: string): NacosVersion | undefined {
  if (tag === 'latest' || tag === '') return parseVersion(NEWEST_3X);
  return parseVersion(tag.replace(/-slim$/, ''));
}

export function writtenFromEnv(ev: EnvValue): WrittenValue {
  const fileKind = ev.via === 'env_file' ? 'env' : 'compose';
  return {
    path: ev.path, fileKind, span: ev.span, raw: '', keySpan: ev.keySpan, name: ev.name,
    listForm: ev.listForm, quote: null, literal: ev.refs.length === 0 && !ev.passThrough,
  };
}

function envVia(ev: EnvValue): string {
  return ev.via === 'env_file' ? `env_file ${ev.name}` : `environment ${ev.name}`;
}

/** The value a container variable has, edited where it was really written (a `${VAR}` from `.env` is edited in `.env`). */
export function externalFromEnv(ev: EnvValue): ExternalValue {
  const w = writtenFromEnv(ev);
  const single = ev.refs.length === 1 && ev.refs[0].definedIn;
  if (single && ev.refs[0].definedIn) {
    const d = ev.refs[0].definedIn;
    const written: WrittenValue = { path: d.path, fileKind: d.path.endsWith('.yml') || d.path.endsWith('.yaml') ? 'compose' : 'env', span: d.span, raw: '', name: ev.refs[0].name, quote: null, literal: true, keySpan: d.keySpan };
    return { value: ev.value, provenance: { path: d.path, span: d.span, via: `.env ${ev.refs[0].name} via ${envVia(ev)}` }, written };
  }
  return { value: ev.value, provenance: { path: ev.path, span: ev.span, via: envVia(ev) }, written: w };
}

/** Splits a shell-ish option string the way the entrypoint's unquoted expansion does: on white space (facts §4.2). */
function words(s: string): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  const re = /\S+/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ word: m[0], start: m.index });
  return out;
}

function fromOption(ev: EnvValue, word: { word: string; start: number }, prefix: '-D' | '--', origin: EffectiveSetting['origin']): EffectiveSetting | undefined {
  const body = word.word.slice(prefix.length);
  const eq = body.indexOf('=');
  if (eq <= 0) return undefined;
  const key = body.slice(0, eq);
  const value = body.slice(eq + 1);
  const base = externalFromEnv(ev);
  // Point inside the option string when the value was written literally in one piece.
  let span = base.written!.span;
  if (base.written?.literal && ev.value !== undefined) {
    const valueStart = word.start + prefix.length + eq + 1;
    const srcStart = ev.span.end - ev.value.length;
    if (srcStart >= ev.span.start) span = { start: srcStart + valueStart, end: srcStart + valueStart + value.length };
  }
  const written: WrittenValue = { ...base.written!, span, literal: base.written!.literal, keySpan: undefined, deleteSpan: undefined, name: key };
  const via = `${prefix === '-D' ? '-D' : '--'}${key} in ${ev.name}`;
  return { key, value, origin, provenance: { path: written.path, span, via }, written, chain: [], unresolved: [], via };
}

export function composeNodes(
  mainPath: string,
  read: (p: string) => string | undefined,
  settings: LintSettings,
  parsedAt: (p: string) => ParsedFile | undefined,
): ComposeNodesResult {
  // An override file is analysed with the file it overrides, not on its own.
  const name = baseName(mainPath);
  const m = /^(docker-)?compose\.override\.ya?ml$/.exec(name);
  if (m) {
    const dir = dirName(mainPath);
    const base = ['yaml', 'yml'].map(ext => `${dir}/${m[1] ?? ''}compose.${ext}`).find(p => read(p) !== undefined);
    if (base) return { nodes: [], problems: [] };
  }
  const project = loadComposeProject(mainPath, read);
  const problems = project.problems.map(p => ({ path: p.path, span: p.span, message: p.message }));
  const nodes: NacosNode[] = [];
  for (const svc of project.services) {
    const node = serviceNode(project.files, project.dotEnvPath, svc, settings, read, parsedAt);
    if (node) nodes.push(node);
  }
  return { nodes, problems };
}

function serviceNode(
  files: string[],
  dotEnvPath: string | undefined,
  svc: ComposeService,
  settings: LintSettings,
  read: (p: string) => string | undefined,
  parsedAt: (p: string) => ParsedFile | undefined,
): NacosNode | undefined {
  const tag = svc.image ? nacosImageTag(svc.image.value) : undefined;
  if (tag === undefined) return undefined;
  const tagVersion = imageTagVersion(tag);
  const imageVersion = tagVersion ?? parseVersion(NEWEST_3X)!;
  const env = svc.environment;
  const inputs = new Set<string>([...files]);
  if (dotEnvPath) inputs.add(dotEnvPath);
  for (const f of svc.envFiles) if (f.exists) inputs.add(f.path);

  const settingsMap = new Map<string, EffectiveSetting>();
  const lookup = (name: string): ExternalValue | undefined => {
    const ev = env.get(name);
    if (!ev || ev.value === undefined) return undefined;
    return externalFromEnv(ev);
  };

  // 4. conf/application.properties: a workspace file mounted over the image's, else the image's own (facts §4.1).
  const mount = svc.volumes.find(v => v.target === CONF_TARGET && v.source);
  let mountedPath: string | undefined;
  if (mount?.source) {
    const parsed = parsedAt(mount.source);
    if (parsed?.kind === 'properties') {
      mountedPath = mount.source;
      inputs.add(mount.source);
      for (const [k, s] of settingsFromProperties(mount.source, parsed.props, lookup, 'conf-file', `mounted ${baseName(mount.source)}`)) settingsMap.set(k, s);
    }
  }
  if (!mountedPath) {
    const text = imageAuthProperties(imageVersion).map(p => `${p.key}=${p.value}`).join('\n');
    const props = parseProperties(text);
    const own = settingsFromProperties('(image)', props, lookup, 'conf-file', `application.properties of nacos-server ${tag}`);
    for (const [k, s] of own) {
      // The image's own file is not in the workspace: only values fed from the environment have a place to edit.
      if (s.provenance?.path === '(image)') {
        s.provenance = undefined;
        s.written = undefined;
        s.chain = [];
      }
      settingsMap.set(k, s);
    }
  }

  // 3. OS environment, Spring relaxed binding (NACOS_CORE_AUTH_* and exact dotted names).
  for (const ev of env.values()) {
    if (ev.value === undefined) continue;
    const key = ev.name.includes('.') ? ev.name : relaxedEnvToProperty(ev.name);
    if (!key) continue;
    const ext = externalFromEnv(ev);
    settingsMap.set(key, { key, value: ev.value, origin: 'os-env', provenance: ext.provenance, written: ext.written, chain: [], unresolved: [], via: ext.provenance?.via ?? ev.name });
  }

  // 2. System properties: the entrypoint's -D mappings (only when non-empty), then JAVA_OPT.
  for (const mapping of imageEnvMappings(imageVersion)) {
    if (mapping.mechanism !== 'define') continue;
    const ev = env.get(mapping.env);
    if (!ev || !ev.value) continue;
    const when = mapping.defineWhen ?? 'non-empty';
    if (when !== 'non-empty' && ev.value !== when.equals) continue;
    const ext = externalFromEnv(ev);
    // `-Dk=$ENV` carries the variable's text; MODE=standalone adds a fixed `-Dnacos.standalone=true`.
    const value = when === 'non-empty' ? ev.value : when.value;
    const written = when === 'non-empty' ? ext.written : undefined;
    settingsMap.set(mapping.property, { key: mapping.property, value, origin: 'system-property', provenance: ext.provenance, written, chain: [], unresolved: [], via: `${ext.provenance?.via ?? ev.name} (-D${mapping.property})` });
  }
  const javaOpt = env.get('JAVA_OPT');
  if (javaOpt?.value) {
    for (const w of words(javaOpt.value)) {
      if (!w.word.startsWith('-D')) continue;
      const s = fromOption(javaOpt, w, '-D', 'system-property');
      if (s) settingsMap.set(s.key, s);
    }
  }
  // 1. Program arguments: JAVA_OPT_EXT comes after -jar, so only --k=v counts there.
  const ext = env.get('JAVA_OPT_EXT');
  if (ext?.value) {
    for (const w of words(ext.value)) {
      if (!w.word.startsWith('--')) continue;
      const s = fromOption(ext, w, '--', 'program-arg');
      if (s) settingsMap.set(s.key, s);
    }
  }

  const mode = env.get('MODE')?.value;
  const servers = env.get('NACOS_SERVERS')?.value?.trim().split(/\s+/).sort().join(' ') ?? '';
  const version = assumeVersion(settings, [], tagVersion ? { version: tagVersion.text, detail: `image nacos/nacos-server:${tag}` } : undefined);
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
    clusterHint: { kind: 'compose', key: `${files[0]}\u0000${servers}` },
    env,
  };
  addDefaults(node);
  void read;
  return node;
}

export type { Provenance };
