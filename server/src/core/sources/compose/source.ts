// Docker Compose: every service whose image is nacos/nacos-server is a Nacos node. The project loader
// (project.ts) computes what each container really gets in its environment and where every value was written; the
// shared container module (../container.ts) turns that into the node's effective settings. The services of one
// project form one cluster, split by NACOS_SERVERS and by inactive profiles (SPEC §7).
import { loadComposeProject, type ComposeProblem, type ComposeProject } from './project';
import type { ComposeProjectInfo, ComposeService, ComposeVolume, EnvRef, EnvValue, NacosNode, WrittenValue } from '../../model/node';
import type { ExternalValue } from '../../model/effective';
import type { LintSettings } from '../../settings';
import type { Provenance } from '../../types';
import type { ParsedFile } from '../../syntax/files';
import type { YamlFile } from '../../syntax/yaml/yamlTree';
import { baseName, dirName } from '../../util/paths';
import { wholeLines } from '../../util/text';
import { CONF_DIR, CONF_TARGET, INIT_D_DIR, INIT_D_TARGET, containerNode, offsetsOf, type EnvPlaces } from '../container';
import type { NodeSource, SourceContext, SourceResult } from '../types';
import type { ServiceReuseRun } from './reuse';
import { imageFromComposeBuild } from '../dockerfile/build';
import { builtImage, builtVersion, type BuiltImage } from '../dockerfile/source';

export const composeSource: NodeSource = {
  name: 'docker compose',
  nodesOf(file, ctx) {
    if (file.kind !== 'compose') return undefined;
    return composeNodes(file.path, ctx);
  },
};

/** The shared parse of a compose file's text (the engine's cache), else a parse here. */
function yamlFrom(ctx: SourceContext): (path: string, text: string) => YamlFile | undefined {
  return (path, text) => {
    const f = ctx.parsedAt(path);
    return f?.kind === 'compose' && f.text === text ? f.yaml : undefined;
  };
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

/** Where compose values were written: the `environment:` item, the env_file line, the `.env` definition a `${VAR}` read. */
export class ComposePlaces implements EnvPlaces {
  constructor(private readonly read: (p: string) => string | undefined, private readonly parsedAt: (p: string) => ParsedFile | undefined) {}

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

export function composeNodes(mainPath: string, ctx: SourceContext): SourceResult {
  const { read } = ctx;
  const settings = ctx.settingsFor(mainPath);
  // An override file is analysed with the file it overrides, not on its own.
  if (/^(docker-)?compose\.override\.ya?ml$/.test(baseName(mainPath))) {
    const dir = dirName(mainPath);
    const base = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'].map(n => `${dir}/${n}`).find(p => read(p) !== undefined);
    if (base) return { nodes: [], problems: [], absorbed: [] };
  }
  const reuse = ctx.composeReuse;
  if (reuse) {
    try {
      const run = beginReuse(mainPath, ctx, settings);
      if (run) return withReuse(run, mainPath, ctx, settings);
    } catch (err) {
      // Reuse is only a shortcut: analyse in full, and start it afresh next time.
      reuse.forget(mainPath);
      if (!(err instanceof Error)) throw err;
    }
  }
  const project = loadComposeProject(mainPath, read, { yaml: yamlFrom(ctx), projectDirectories: [ctx.rootFor(mainPath)] });
  const info: ComposeProjectInfo = { files: project.files, dotEnvPath: project.dotEnvPath, nodes: [], read };
  const places = new ComposePlaces(read, ctx.parsedAt);
  const mountedConfs: string[] = [];
  for (const svc of project.services) {
    const node = serviceNode(info, svc, settings, places, ctx);
    if (!node) continue;
    info.nodes.push(node);
    mountedConfs.push(...absorbedBy(node));
  }
  return { nodes: info.nodes, problems: reportedProblems(project, info.nodes, project.problems), absorbed: mountedConfs, ...references(info.nodes), envFilesRead: envFilesRead(project, info.nodes) };
}

/** The env files of the project's services that are clearly not Nacos (orphanEnvFiles). */
function envFilesRead(project: ComposeProject, nodes: NacosNode[]): string[] {
  const isNode = new Set(nodes.map(n => n.service));
  return project.services.flatMap(s => notNacosEnvFiles(s, isNode.has(s.name)));
}

/** A service whose name or image says nacos (re-published images the product does not map yet) counts as Nacos. */
function nacosLike(s: ComposeService): boolean {
  return /nacos/i.test(`${s.name} ${s.image?.value ?? ''}`);
}

/**
 * The env files a service reads when it is clearly not Nacos (an image that names no Nacos): they feed that service,
 * so they are never orphan env files. A service built here (no image) or one whose image or name says nacos may run
 * a Nacos server the linter cannot see, and a project's `.env` may feed build args: those stay candidates.
 */
function notNacosEnvFiles(svc: ComposeService | undefined, isNode: boolean): string[] {
  if (!svc || isNode || !svc.image?.value || nacosLike(svc)) return [];
  return svc.envFiles.map(f => f.path);
}

/**
 * The folders services mount their confs from: the other confs kept there are alternatives, not servers. And the
 * host folders that are a Nacos container's own (containerTrees).
 */
function references(nodes: NacosNode[]): Pick<SourceResult, 'references' | 'containerTrees'> {
  const dirs = new Set<string>();
  const trees = new Set<string>();
  for (const n of nodes) {
    if (n.container?.mountedConf) dirs.add(dirName(n.container.mountedConf.path));
    if (n.container?.initD) dirs.add(dirName(n.container.initD.path));
    for (const t of containerTrees(n)) trees.add(t);
  }
  return { ...(dirs.size ? { references: [...dirs] } : {}), ...(trees.size ? { containerTrees: [...trees] } : {}) };
}

const NACOS_HOME = '/home/nacos';

/**
 * Host folders that hold a Nacos container's files: a folder bind-mounted under /home/nacos (`./nacos:/home/nacos/logs`),
 * and the folder that mirrors /home/nacos itself (`./nacos/logs:/home/nacos/logs` makes `./nacos` its home). A conf
 * kept there that is not mounted over conf/application.properties is a copy the container never reads (it runs the
 * image's), not a server of its own (issue 14 item 7). A folder holding the compose file is never one.
 */
function containerTrees(n: NacosNode): string[] {
  const vols = n.compose?.service.volumes ?? [];
  const composeDir = dirName(n.path);
  const out: string[] = [];
  for (const v of vols) {
    if (!v.source || !v.target || (v.type !== undefined && v.type !== 'bind')) continue;
    const target = v.target.replace(/\/+$/, '');
    const source = v.source.replace(/\/+$/, '');
    if (!target.startsWith(`${NACOS_HOME}/`)) continue;
    const rel = target.slice(NACOS_HOME.length + 1);
    out.push(source);
    if (source.endsWith(`/${rel}`)) out.push(source.slice(0, source.length - rel.length - 1));
  }
  return out.filter(t => t !== composeDir && !composeDir.startsWith(`${t}/`));
}

const problemKey = (p: ComposeProblem) => `${p.path}\u0000${p.span.start}\u0000${p.span.end}\u0000${p.message}`;

/**
 * Problems found only while loading services that are not Nacos (a redis env_file missing, a mysql `${VAR:?}`). A
 * service whose image or name says nacos counts as Nacos (re-published images the product does not map yet).
 */
function notNacosProblems(project: ComposeProject, nodes: NacosNode[], reused: { mine: ComposeProblem[]; theirs: ComposeProblem[] } = { mine: [], theirs: [] }): Set<string> {
  const nacos = new Set<string | undefined>(nodes.map(n => n.service));
  for (const s of project.services) if (nacosLike(s)) nacos.add(s.name);
  const mine = new Set<string>();
  const theirs = new Set<string>();
  for (const [name, list] of project.serviceProblems ?? []) for (const p of list) (nacos.has(name) ? mine : theirs).add(problemKey(p));
  // Reused services were not loaded this run: their own problems (a shared anchor's env_file) count as loaded ones'.
  for (const p of reused.theirs) theirs.add(problemKey(p));
  for (const p of reused.mine) mine.add(problemKey(p));
  for (const k of mine) theirs.delete(k);
  return theirs;
}

/** Only what feeds a Nacos node is reported (issue 14 item 5): env files that feed a Nacos service (a broken mysql.env
 *  is not this linter's business), problems of compose files (this one, overrides, `extends: {file}` targets) except
 *  the missing env files and interpolation errors of services that are not Nacos; structural errors (YAML syntax,
 *  `extends` cycles) break every service and always count. */
function reportedProblems(project: ComposeProject, nodes: NacosNode[], all: ComposeProblem[], others = notNacosProblems(project, nodes)): SourceResult['problems'] {
  const fed = new Set<string>(nodes.flatMap(n => n.inputs));
  const seen = new Set<string>();
  const out: SourceResult['problems'] = [];
  for (const p of all) {
    if (!(fed.has(p.path) || /\.ya?ml$/i.test(p.path) || project.files.includes(p.path))) continue;
    const key = problemKey(p);
    if ((p.kind === 'env-file-missing' || p.kind === 'interpolation') && others.has(key)) continue;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path: p.path, span: p.span, message: p.message });
  }
  // One order however the problems were found (loaded now or reused from the memo).
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.span.start - b.span.start || a.span.end - b.span.end || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)));
}

const OVERRIDE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];

function beginReuse(mainPath: string, ctx: SourceContext, settings: LintSettings): ServiceReuseRun | undefined {
  const f = ctx.parsedAt(mainPath);
  if (f?.kind !== 'compose') return undefined;
  const dir = dirName(mainPath);
  const hasOverride = OVERRIDE_NAMES.some(n => ctx.read(`${dir}/${n}`) !== undefined);
  return ctx.composeReuse!.begin(mainPath, f.yaml, settings, ctx.read, hasOverride);
}

/** composeNodes with the services whose entry did not change since the last run reused (engine/composeReuse.ts). */
function withReuse(run: ServiceReuseRun, mainPath: string, ctx: SourceContext, settings: LintSettings): SourceResult {
  const { read } = ctx;
  const info: ComposeProjectInfo = { files: [mainPath], dotEnvPath: undefined, nodes: [], read };
  const only = run.misses(info);
  const project = loadComposeProject(mainPath, read, { only, yaml: yamlFrom(ctx), projectDirectories: [ctx.rootFor(mainPath)] });
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
  const places = new ComposePlaces(read, ctx.parsedAt);
  const mountedConfs: string[] = [];
  // A reused service's problems are filtered as a loaded one's (reportedProblems): the file's interpolation problems
  // are found for every service, reused ones too, and which service they belong to decides.
  const reused = { mine: [] as ComposeProblem[], theirs: [] as ComposeProblem[] };
  const problems: ComposeProblem[] = [...project.problems];
  const dotEnv = `${dirName(mainPath)}/.env`;
  for (const name of run.names) {
    const hit = run.hits.get(name);
    let node: NacosNode | undefined;
    if (hit) {
      node = hit.node;
      problems.push(...hit.problems);
      (hit.nacosLike ? reused.mine : reused.theirs).push(...hit.problems);
    } else {
      const svc = byName.get(name);
      node = svc && serviceNode(info, svc, settings, places, ctx);
      const own = [...(project.serviceProblems?.get(name) ?? []), ...(located.get(name) ?? [])];
      const inputs = [dotEnv, ...(svc?.envFiles.map(f => f.path) ?? []), ...(node?.inputs ?? [])];
      const mount = svc && mountedConfPath(svc);
      if (mount) inputs.push(mount.path);
      run.store(name, node, own, inputs, notNacosEnvFiles(svc, !!node), !!node || (!!svc && nacosLike(svc)));
    }
    if (!node) continue;
    info.nodes.push(node);
    mountedConfs.push(...absorbedBy(node));
  }
  run.finish();
  return { nodes: info.nodes, problems: reportedProblems(project, info.nodes, problems, notNacosProblems(project, info.nodes, reused)), absorbed: mountedConfs, ...references(info.nodes), envFilesRead: [...envFilesRead(project, info.nodes), ...run.names.flatMap(n => run.hits.get(n)?.envFilesRead ?? [])] };
}

/** The workspace file a `volumes:` entry mounts as init.d/custom.properties (the file, or the whole init.d folder). */
function mountedInitDPath(svc: ComposeService): { path: string; mount: ComposeVolume } | undefined {
  for (let i = svc.volumes.length - 1; i >= 0; i--) {
    const v = svc.volumes[i];
    if (!v.source || !v.target || (v.type !== undefined && v.type !== 'bind')) continue;
    const target = v.target.replace(/\/+$/, '');
    if (target === INIT_D_TARGET) return { path: v.source, mount: v };
    if (target === INIT_D_DIR) return { path: `${v.source.replace(/\/+$/, '')}/custom.properties`, mount: v };
  }
  return undefined;
}

/** The workspace file a `volumes:` entry mounts over conf/application.properties (the file, or the whole conf folder). */
function mountedConfPath(svc: ComposeService): { path: string; mount: ComposeVolume } | undefined {
  // Later entries win for the same target (compose merges volumes by target).
  for (let i = svc.volumes.length - 1; i >= 0; i--) {
    const v = svc.volumes[i];
    if (!v.source || !v.target || (v.type !== undefined && v.type !== 'bind')) continue;
    const target = v.target.replace(/\/+$/, '');
    if (target === CONF_TARGET) return { path: v.source, mount: v };
    if (target === CONF_DIR) return { path: `${v.source.replace(/\/+$/, '')}/application.properties`, mount: v };
  }
  return undefined;
}

/**
 * A conf mounted from a file the linter cannot read still replaces the image's own (issue 14 item 5): what only it
 * sets is unknown, never the image's default. Outside the workspace it is the host's file; inside, a missing source
 * makes Docker create a directory there, and mounting it over the file fails.
 */
function unreadableConf(path: string, root: string): string {
  return path.startsWith(`${root.replace(/\/+$/, '')}/`)
    ? `conf/application.properties is mounted from ${path.slice(root.replace(/\/+$/, '').length + 1)}, which does not exist (Docker creates a directory there and the mount fails)`
    : `conf/application.properties is mounted from ${path}, outside the workspace`;
}

/** Files a compose node uses that are not nodes of their own: the mounted conf, the Dockerfile its `build:` builds
 *  and the conf that Dockerfile copies. */
function absorbedBy(node: NacosNode): string[] {
  const out: string[] = [];
  if (node.container?.mountedConf) out.push(node.container.mountedConf.path);
  if (node.container?.initD) out.push(node.container.initD.path);
  if (node.built) out.push(node.built.dockerfile, ...node.inputs.filter(p => /\.properties$/i.test(p)));
  return out;
}

/** The image a service's `build:` makes, when its Dockerfile is in the workspace and builds FROM nacos/nacos-server. */
function serviceBuild(svc: ComposeService, ctx: SourceContext): BuiltImage | undefined {
  if (!svc.build) return undefined;
  const b = imageFromComposeBuild(svc.build.value, svc.build.dir, ctx.read);
  // A custom Nacos image (a distribution on another base with a conf copied in) too: the conf is this service's.
  return b.image ? builtImage(b.image, ctx, 'compose-build', { custom: true }) : undefined;
}

/** Compose places for the service's own values, Dockerfile places for the image's ENV. */
class LayeredPlaces implements EnvPlaces {
  constructor(private readonly compose: ComposePlaces, private readonly image: BuiltImage['places']) {}
  external(ev: EnvValue, env: Map<string, EnvValue>) {
    return this.image.has(ev) ? this.image.external(ev) : this.compose.external(ev, env);
  }
}

function serviceNode(project: ComposeProjectInfo, svc: ComposeService, settings: LintSettings, places: ComposePlaces, ctx: SourceContext): NacosNode | undefined {
  const built = serviceBuild(svc, ctx);
  const image = built?.image ?? svc.image;
  if (!image) return undefined;
  const inputs = new Set<string>(project.files);
  if (project.dotEnvPath) inputs.add(project.dotEnvPath);
  for (const f of svc.envFiles) if (f.exists) inputs.add(f.path);
  let env = svc.environment;
  if (built) {
    for (const p of built.inputs) inputs.add(p);
    // The image's ENV is the lowest layer: the service's environment (and env files) win.
    env = new Map(built.env);
    for (const [k, v] of svc.environment) {
      const below = env.get(k);
      env.set(k, below ? { ...v, overridden: [...v.overridden, below] } : v);
    }
  }
  const svcMount = mountedConfPath(svc);
  const mount = svcMount ?? built?.confMount;
  const initD = mountedInitDPath(svc) ?? built?.initDMount;
  // Services of an inactive profile run only with that profile: they are grouped with their own kind.
  const profileKey = svc.enabled ? '' : `\u0000profiles:${[...svc.profiles].sort().join(',')}`;
  const openConf = svcMount ? (ctx.read(svcMount.path) === undefined ? unreadableConf(svcMount.path, ctx.rootFor(svc.path)) : undefined) : built?.openConf;
  // Only a custom image's: compose passes the build args, so an official FROM's tag is known as usual.
  const builtVersion$ = built?.custom ? builtVersion(built, settings) : undefined;
  const node = containerNode({
    id: `${svc.path}#${svc.name}`, kind: 'compose-service', path: svc.path, service: svc.name, anchor: svc.nameSpan,
    image, env, inputs, places: built ? new LayeredPlaces(places, built.places) : places, read: ctx.read, parsedAt: ctx.parsedAt,
    ...(mount ? { confMount: mount } : {}),
    ...(initD ? { initDMount: initD } : {}),
    ...(openConf ? { openConf } : {}),
    ...(built?.custom ? { customImage: built.custom } : {}),
    ...(builtVersion$ ? { version: builtVersion$ } : {}),
    clusterKey: servers => `${project.files[0]}\u0000${servers}${profileKey}`,
  }, settings);
  if (node) node.compose = { service: svc, project, active: svc.enabled };
  if (node && built) node.built = built.info;
  return node;
}
