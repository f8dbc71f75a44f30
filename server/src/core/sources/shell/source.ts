// The shell source: every `docker run` / `docker create` / `podman run` of a Nacos image in a script, a Makefile
// recipe, a Markdown shell block or a CI step is a node, through the shared container module (../container.ts). Its
// environment is what docker gives the container, highest last: the `--env-file` files in order (docker's own
// env-file rules: quotes are part of the value), then the `-e` words in order. A file mounted over
// conf/application.properties is its conf; one mounted at init.d/custom.properties counts on tags whose entrypoint
// reads init.d. Runs of one file that share a NACOS_SERVERS list form one cluster. A value the script cannot know
// (the caller's environment, `$(…)`, `${{ secrets.X }}`) is unknown, never missing.
import type { CommandLineInfo, EnvValue, NacosNode, WrittenValue } from '../../model/node';
import type { ExternalValue } from '../../model/effective';
import type { LintSettings } from '../../settings';
import type { Provenance, Span } from '../../types';
import { parseDockerEnvFile } from '../../syntax/envfile/docker';
import type { EnvFile } from '../../syntax/envfile/parser';
import { baseName } from '../../util/paths';
import { wholeLines } from '../../util/text';
import { CONF_DIR, CONF_TARGET, containerNode, nacosImageTag, type EnvPlaces } from '../container';
import type { NodeSource, SourceContext, SourceResult } from '../types';
import { readShellState, scriptKind, type ShellReadState } from './index';
import { lineIndex } from './scripts';
import { ciServiceNodes } from './ciServices';
import { normalise } from './dockerRun';
import type { DockerBuild, DockerInvocation, ShellEnvEntry, ShellMount, ShellPlace } from './types';
import { builtImage, imageOfDockerfile, type BuiltImage } from '../dockerfile/source';

const INIT_D = '/home/nacos/init.d';
const INIT_D_TARGET = `${INIT_D}/custom.properties`;

export const shellSource: NodeSource = {
  name: 'docker run (scripts, Makefiles, Markdown, CI steps)',
  nodesOf(file, ctx) {
    if (file.kind !== 'shell') return undefined;
    return shellNodes(file.path, file.text, ctx);
  },
};

const EMPTY: SourceResult = { nodes: [], problems: [], absorbed: [] };

/** The `--env-file` of a run, as docker reads it. */
interface EnvFileRead {
  path: string;
  text: string;
  file: EnvFile;
}

/** What a container variable came from, beyond its EnvValue (for the written place and the provenance). */
type Origin =
  | { kind: 'command-line'; entry: ShellEnvEntry; inv: DockerInvocation }
  | { kind: 'env-file'; file: string };

export function shellNodes(path: string, text: string, ctx: SourceContext): SourceResult {
  // The fast pre-check: no Nacos in the file, nothing is read (a 10,000-file workspace is mostly this).
  if (!/nacos/i.test(text)) return EMPTY;
  // The engine keeps the previous text's reading: an edit re-reads only the commands it touched (./incremental.ts).
  const state = ctx.derived<ShellReadState>(path, text, 'shell-reading', (previous) => readShellState({ path, text }, previous?.value));
  const { reading } = state;
  const kind = scriptKind(path, text);
  if (!reading || (!reading.invocations.length && kind !== 'github-actions')) return EMPTY;
  const settings = ctx.settingsFor(path);
  const host: CommandLineInfo['host'] = kind === 'makefile' ? 'makefile' : kind === 'markdown' ? 'markdown' : kind === 'shell' ? 'shell' : 'yaml';
  const out: SourceResult = { nodes: [], problems: [], absorbed: [] };
  // The engine's memo of unchanged runs (./reuse.ts): a script's, when it builds no image of its own.
  const pass = kind === 'shell' && !reading.builds?.length ? ctx.shellReuse?.begin(path, text, settings, state, ctx.read) : undefined;
  // A run built for the memo records the files it reads.
  let reads: Set<string> | undefined;
  const runCtx: SourceContext = pass ? { ...ctx, read: p => { reads?.add(p); return ctx.read(p); }, parsedAt: p => { reads?.add(p); return ctx.parsedAt(p); } } : ctx;
  const places = new ShellPlaces(runCtx.read);
  const seenProblems = new Set<string>();
  const problem = (p: { path: string; span: Span; message: string }): void => {
    const key = `${p.path}\u0000${p.span.start}\u0000${p.message}`;
    if (seenProblems.has(key)) return;
    seenProblems.add(key);
    out.problems.push(p);
  };
  for (const inv of reading.invocations) {
    const hit = pass?.hit(inv, e => ({ id: nodeId(path, inv), ...(e.runKeyed ? { clusterKey: runKey(path, inv) } : {}), read: p => ctx.read(p) }));
    let node = hit?.node;
    if (hit) for (const p of hit.problems) problem(p);
    else if (pass) {
      const problems: { path: string; span: Span; message: string }[] = [];
      const got = (reads = new Set<string>());
      node = invocationNode(inv, { path, text, host, settings, ctx: runCtx, places, problem: p => { problems.push(p); problem(p); }, builds: [] });
      reads = undefined;
      pass.store(inv, node, problems, got, node?.clusterHint.key === runKey(path, inv));
    } else node = invocationNode(inv, { path, text, host, settings, ctx, places, problem, builds: reading.builds ?? [] });
    if (!node) continue;
    out.nodes.push(node);
    if (node.container?.mountedConf) out.absorbed.push(node.container.mountedConf.path);
    if (node.built) out.absorbed.push(node.built.dockerfile);
    // A file mounted at init.d is this run's (read or ignored by its tag: ../container.ts), not a server.
    for (const p of node.inputs) if (p.endsWith('/custom.properties') && ctx.read(p) !== undefined) out.absorbed.push(p);
    for (const p of inv.problems) if (p.code === 'option' || p.code === 'syntax') problem(p);
  }
  pass?.finish();
  // GitHub Actions: the service and job containers the runner starts before the steps.
  if (kind === 'github-actions') out.nodes.push(...ciServiceNodes(path, text, ctx, settings));
  // Syntax errors bash would report, in a script that runs Nacos (Markdown blocks are documentation, not run).
  if (out.nodes.length && host !== 'markdown') for (const p of reading.problems) problem(p);
  return out;
}

interface RunContext {
  path: string;
  text: string;
  host: CommandLineInfo['host'];
  settings: LintSettings;
  ctx: SourceContext;
  places: ShellPlaces;
  problem(p: { path: string; span: Span; message: string }): void;
  /** `docker build -t` commands of the file, in order. */
  builds: DockerBuild[];
}

/** `nacos` and `docker.io/library/nacos:latest` are one image to docker. */
function sameImage(a: string, b: string): boolean {
  const norm = (x: string) => {
    let r = x.replace(/^(?:docker\.io|index\.docker\.io)\//, '').replace(/^library\//, '');
    if (!/:[^/]+$/.test(r) && !r.includes('@')) r += ':latest';
    return r;
  };
  return norm(a) === norm(b);
}

/** The image a `docker build -t` earlier in the file made under this tag, when its Dockerfile builds FROM Nacos. */
function locallyBuilt(inv: DockerInvocation, rc: RunContext): BuiltImage | undefined {
  const ref = inv.image?.value;
  if (ref === undefined) return undefined;
  const b = rc.builds.filter(x => x.path === inv.path && x.span.start < inv.span.start && !x.dirUnknown && x.tags.some(t => sameImage(t, ref))).pop();
  if (!b || typeof b.context !== 'string' || /^[a-z][a-z0-9+.-]*:\/\//i.test(b.context) || b.context === '-') return undefined;
  const context = normalise(b.context.startsWith('/') ? b.context : `${b.dir}/${b.context}`);
  const file = b.file === undefined ? `${context}/Dockerfile` : normalise(b.file.startsWith('/') ? b.file : `${b.dir}/${b.file}`);
  const text = rc.ctx.read(file);
  if (text === undefined) return undefined;
  const img = imageOfDockerfile(file, text, rc.ctx, { context, buildArgs: b.buildArgs, ...(b.target ? { target: b.target } : {}) });
  return img ? builtImage(img, rc.ctx, 'docker-run') : undefined;
}

const NACOS_REF = /(?:[\w.-]+(?::\d+)?\/)*[\w.-]*nacos-server(?::[\w.-]+)?/;

/** A Nacos image reference of a run: known, known up to its tag (`nacos/nacos-server:$TAG`), or undefined. */
function imageOf(inv: DockerInvocation, text: string): { value: string; raw: string; span: Span; unknown?: string } | undefined {
  const img = inv.image;
  if (!img) {
    // The image inside a word whose number of arguments is not known (`$(mirror docker.io/nacos/nacos-server:v3.1.1)`).
    for (const p of inv.problems) {
      if (p.code !== 'argument-count') continue;
      const raw = text.slice(p.span.start, p.span.end);
      const m = NACOS_REF.exec(raw);
      if (m && nacosImageTag(m[0]) !== undefined && m[0].includes(':')) return { value: m[0], raw, span: p.span };
    }
    return undefined;
  }
  const span = img.place.span;
  const raw = text.slice(span.start, span.end);
  if (img.value !== undefined) return { value: img.value, raw, span };
  const head = img.partial?.head ?? '';
  if (head.endsWith(':') && nacosImageTag(`${head}x`) !== undefined) return { value: head, raw, span, unknown: img.reason ?? 'the tag is not known' };
  // The reference written inside an unknown word (`$(mirror docker.io/nacos/nacos-server:v3.1.1)`): a hint worth using.
  const m = NACOS_REF.exec(raw);
  if (m && nacosImageTag(m[0]) !== undefined) {
    const tag = nacosImageTag(m[0])!;
    return tag === 'latest' && !m[0].includes(':') ? { value: `${m[0]}:`, raw, span, unknown: img.reason ?? 'the image is not known' } : { value: m[0], raw, span };
  }
  return undefined;
}

function invocationNode(inv: DockerInvocation, rc: RunContext): NacosNode | undefined {
  const written = imageOf(inv, rc.text);
  if (!written) return undefined;
  // A tag the file builds itself: the image its Dockerfile makes (version from FROM, ENV below the run's own values).
  const built = locallyBuilt(inv, rc);
  const image = built ? { ...built.image } : written;
  const tag = nacosImageTag(image.value);
  if (tag === undefined) return undefined;
  const { ctx } = rc;
  const places = built ? new LayeredPlaces(rc.places, built.places) : rc.places;
  const env = new Map<string, EnvValue>(built?.env);
  const inputs = new Set<string>([rc.path, ...(built?.inputs ?? [])]);
  const open: string[] = [];
  const openConf: string[] = [];
  const put = (v: EnvValue): void => {
    const prev = env.get(v.name);
    if (prev) v.overridden = [prev, ...prev.overridden];
    env.set(v.name, v);
  };

  // 1. --env-file files, in order (docker reads them first; -e wins over them).
  for (const f of inv.envFiles) {
    const resolved = f.resolved;
    if (!resolved) { open.push(`--env-file ${f.word.value ?? f.word.partial?.head ?? ''}… is not known here (${f.unknownReason ?? f.word.reason ?? 'unknown path'})`); continue; }
    inputs.add(resolved);
    const read = readEnvFile(resolved, ctx);
    if (!read) { open.push(`the env file ${baseName(resolved)} is not in the workspace`); continue; }
    for (const p of read.file.problems) rc.problem({ path: resolved, span: p.span, message: p.message });
    for (const e of read.file.entries) {
      const v = envValue({
        name: e.key, value: e.noEquals ? undefined : e.value, path: resolved, span: e.noEquals ? e.keySpan : e.valueSpan, keySpan: e.keySpan,
        innerSpan: e.noEquals ? e.keySpan : e.innerSpan, entrySpan: e.lineSpan, via: 'env_file', envFile: resolved, passThrough: e.noEquals,
      });
      // `KEY` alone: docker copies KEY from its own environment (the caller's, or what the script exports).
      if (e.noEquals) v.unknown = `${e.key} in ${baseName(resolved)} is copied from the environment docker runs in`;
      rc.places.origins.set(v, { kind: 'env-file', file: resolved });
      put(v);
    }
  }

  // 2. -e / --env words, in order.
  for (const e of inv.env) {
    if (!e.name) { open.push(`an -e word whose variable is not known here (${e.reason ?? 'unknown'})`); continue; }
    const v = commandLineValue(e, inv, rc);
    rc.places.origins.set(v, { kind: 'command-line', entry: e, inv });
    put(v);
  }

  // 3. Mounted conf files.
  let confMount: { path: string; mount: { path: string; span: Span } } | undefined;
  let initDMount: typeof confMount;
  for (const m of inv.mounts) {
    const target = mountTarget(m);
    if (!target) continue;
    const src = mountSource(m, inv, rc.text);
    const mountPlace = { path: inv.path, span: m.word.place.span };
    if (target === CONF_TARGET || target === CONF_DIR) {
      if (!src) { openConf.push(`the file mounted over conf/application.properties is not known here (${m.word.reason ?? 'unknown source'})`); confMount = undefined; continue; }
      const file = target === CONF_DIR ? `${src}/application.properties` : src;
      inputs.add(file);
      if (ctx.read(file) === undefined) { openConf.push(`the file mounted over conf/application.properties (${file}) is not in the workspace`); continue; }
      confMount = { path: file, mount: mountPlace };
    } else if (target === INIT_D_TARGET || target === INIT_D) {
      // Whether the tag reads it is the container module's business (../container.ts).
      const file = src && (target === INIT_D ? `${src}/custom.properties` : src);
      if (file) inputs.add(file);
      if (file && ctx.read(file) !== undefined) initDMount = { path: file, mount: mountPlace };
    }
  }

  const line = rc.places.lineOf(rc.text, inv.span.start);
  const name = inv.name?.value;
  const service = name ?? `${inv.program} ${inv.subcommand} (line ${line})`;
  const servers = env.get('NACOS_SERVERS');
  const clusterFile = rc.path;
  const node = containerNode({
    id: nodeId(rc.path, inv), kind: 'docker-run', path: rc.path, service, anchor: written.span,
    image: { raw: image.raw, value: image.value, span: image.span, path: inv.path, refs: [], ...(image.unknown ? { unknown: image.unknown } : {}) },
    env, inputs, places, read: ctx.read, parsedAt: ctx.parsedAt,
    ...(confMount ?? built?.confMount ? { confMount: confMount ?? built!.confMount } : {}),
    ...(initDMount ?? built?.initDMount ? { initDMount: initDMount ?? built!.initDMount } : {}),
    ...(open.length ? { openEnv: open[0] } : {}),
    ...(openConf.length && !confMount ? { openConf: openConf[openConf.length - 1] } : !confMount && built?.openConf ? { openConf: built.openConf } : {}),
    // Runs of one file that name the same members are one cluster; a run without NACOS_SERVERS is its own.
    clusterKey: s => (s && servers?.value !== undefined ? `${clusterFile}\u0000${s}` : runKey(clusterFile, inv)),
  }, rc.settings);
  if (!node) return undefined;
  if (built) node.built = built.info;
  node.commandLine = {
    path: inv.path, span: inv.span, optionsEnd: written.span.start, program: `${inv.program} ${inv.subcommand}`,
    envFiles: inv.envFiles.flatMap(f => (f.resolved ? [f.resolved] : [])), source: inv.source, host: rc.host,
    ...('dir' in inv.cwd ? { cwd: inv.cwd.dir } : {}),
  };
  return node;
}

/** The cluster key of a run without NACOS_SERVERS: its own. */
function runKey(path: string, inv: DockerInvocation): string {
  return `${path}\u0000run@${inv.span.start}`;
}

function nodeId(path: string, inv: DockerInvocation): string {
  return `${path}#${inv.program}-${inv.span.start}`;
}

function readEnvFile(path: string, ctx: SourceContext): EnvFileRead | undefined {
  const text = ctx.read(path);
  if (text === undefined) return undefined;
  return { path, text, file: ctx.derived(path, text, 'docker-env-file', () => parseDockerEnvFile(text)) };
}

function mountTarget(m: ShellMount): string | undefined {
  const t = m.target?.replace(/\/+$/, '');
  return t === CONF_TARGET || t === CONF_DIR || t === INIT_D_TARGET || t === INIT_D ? t : undefined;
}

/** The workspace path mounted, resolving `$(pwd)` / `$PWD` against the run's directory (the reader leaves them unknown). */
function mountSource(m: ShellMount, inv: DockerInvocation, text: string): string | undefined {
  if (m.resolvedSource) return m.resolvedSource;
  if (m.source !== undefined || !('dir' in inv.cwd)) return undefined; // a named volume, or an unknown directory
  const raw = text.slice(m.word.place.span.start, m.word.place.span.end).replace(/^["']/, '');
  const pwd = /^(?:\$\(pwd\)|`pwd`|\$\{PWD\}|\$PWD(?![A-Za-z0-9_]))/.exec(raw);
  const tail = m.word.partial?.tail;
  // Only when the directory is the one unknown part of the word.
  if (!pwd || tail === undefined || m.word.partial?.head || raw.slice(pwd[0].length).replace(/["']/g, '') !== tail) return undefined;
  const src = m.kind === 'volume' ? tail.split(':')[0] : /(?:^|,)(?:source|src)=([^,]*)/.exec(tail)?.[1];
  if (src === undefined || !src.startsWith('/')) return undefined;
  return normalise(`${inv.cwd.dir}${src}`);
}


function envValue(v: Omit<EnvValue, 'refs' | 'listForm' | 'overridden'>): EnvValue {
  return { name: v.name, value: v.value, path: v.path, span: v.span, keySpan: v.keySpan, innerSpan: v.innerSpan, entrySpan: v.entrySpan, via: v.via, envFile: v.envFile, refs: [], listForm: false, passThrough: v.passThrough, overridden: [] };
}

/** The key's place inside its word: right before `=value`, or the first occurrence in the word. */
function keySpanOf(text: string, name: string, place: ShellPlace): Span {
  const vs = place.valueSpan;
  if (vs && text[vs.start - 1] === '=' && text.slice(vs.start - 1 - name.length, vs.start - 1) === name) return { start: vs.start - 1 - name.length, end: vs.start - 1 };
  const i = text.slice(place.span.start, place.span.end).indexOf(name);
  return i >= 0 ? { start: place.span.start + i, end: place.span.start + i + name.length } : place.span;
}

function commandLineValue(e: ShellEnvEntry, inv: DockerInvocation, rc: RunContext): EnvValue {
  const text = rc.path === inv.path ? rc.text : rc.ctx.read(inv.path) ?? '';
  const place = e.place;
  const keySpan = keySpanOf(text, e.name, place);
  // The option with its value word(s): `-e K=v`, `--env=K=v`, `-eK=v`.
  // (Env entries come from `env` options only: the values of options nothing reads stay uncomputed.)
  const opt = inv.options.find(o => o.name === 'env' && o.value && o.value.place.span.start === place.span.start && o.value.place.span.end === place.span.end);
  const entrySpan = opt ? { start: Math.min(opt.span.start, place.span.start), end: Math.max(opt.span.end, place.span.end) } : place.span;
  const known = e.value !== undefined;
  const v = envValue({
    name: e.name, value: e.absent ? undefined : e.value, path: inv.path,
    span: place.valueSpan ?? place.span, keySpan, innerSpan: place.literal && place.valueSpan ? place.valueSpan : place.valueSpan ?? place.span,
    entrySpan, via: 'command-line', passThrough: e.passThrough,
  });
  if (!known && !e.absent) v.unknown = e.reason ?? 'not known here';
  return v;
}

/** The run's own places for its words and env files, the Dockerfile's for the image's ENV. */
class LayeredPlaces implements EnvPlaces {
  constructor(private readonly run: ShellPlaces, private readonly image: BuiltImage['places']) {}
  external(ev: EnvValue) {
    return this.image.has(ev) ? this.image.external(ev) : this.run.external(ev);
  }
}

/** Where the values of a run were written: the `-e` word (or the script assignment it expands), the env-file line. */
class ShellPlaces implements EnvPlaces {
  readonly origins = new WeakMap<EnvValue, Origin>();
  private lines: { text: string; lineOf: (offset: number) => number } | undefined;
  constructor(private readonly read: (p: string) => string | undefined) {}

  /** 1-based line of an offset (an index of the text's lines built once per run, not a scan per run line). */
  lineOf(text: string, offset: number): number {
    if (this.lines?.text !== text) this.lines = { text, lineOf: lineIndex(text) };
    return this.lines.lineOf(offset);
  }

  external(ev: EnvValue): ExternalValue & { chain: Provenance[] } {
    const o = this.origins.get(ev);
    if (o?.kind === 'command-line') return this.commandLine(ev, o.entry, o.inv);
    // An env-file line, as docker reads it (no quoting).
    const text = this.read(ev.path) ?? '';
    const via = `--env-file ${baseName(ev.path)} ${ev.name}`;
    const provenance = { path: ev.path, span: ev.span, via };
    if (ev.unknown || ev.value === undefined) return { value: undefined, unknown: ev.unknown, provenance, chain: [] };
    const w: WrittenValue = {
      path: ev.path, fileKind: 'docker-env', span: ev.span, raw: text.slice(ev.span.start, ev.span.end), keySpan: ev.keySpan,
      name: ev.name, quote: null, literal: true, offsets: offsets(ev.span.start, ev.value.length),
    };
    const del = wholeLines(text, ev.entrySpan);
    if (del) w.deleteSpan = del;
    return { value: ev.value, provenance, written: w, chain: [] };
  }

  private commandLine(ev: EnvValue, e: ShellEnvEntry, inv: DockerInvocation): ExternalValue & { chain: Provenance[] } {
    const text = this.read(inv.path) ?? '';
    const place = e.place;
    const label = baseName(inv.path);
    const optVia = e.passThrough ? `-e ${ev.name} in ${inv.source}` : `${place.via.replace(/ in .*$/, '')} ${ev.name} in ${inv.source}`;
    const word: Provenance = { path: inv.path, span: ev.entrySpan, via: optVia };
    if (ev.value === undefined) return { value: undefined, unknown: ev.unknown, provenance: word, chain: [] };
    const value = ev.value;
    const offs = place.offsets;
    const inWord = (o: number) => o >= place.span.start && o <= place.span.end;
    // Written in the word itself, in one quoting: edit it there.
    if (!e.passThrough && place.valueSpan && !place.through && offs && offs.every(inWord) && simpleQuoting(place.quoting)) {
      const w: WrittenValue = {
        path: inv.path, fileKind: 'shell', span: place.valueSpan, raw: text.slice(place.valueSpan.start, place.valueSpan.end),
        keySpan: ev.keySpan, name: ev.name, quote: quoteOf(place.quoting), literal: true, offsets: offs,
      };
      const del = deleteSpanOf(text, ev.entrySpan);
      if (del) w.deleteSpan = del;
      return { value, provenance: { path: inv.path, span: place.valueSpan, via: optVia }, written: w, chain: [] };
    }
    // Written literally at an assignment earlier in the script (`TOKEN='…'` then `-e "NACOS_AUTH_TOKEN=$TOKEN"` or
    // `export NACOS_AUTH_TOKEN=…` then `-e NACOS_AUTH_TOKEN`): edit the assignment.
    const assign = offs && contiguous(offs) && !offs.every(inWord) ? assignmentAt(text, offs[0]!, offs[offs.length - 1]!, value) : undefined;
    if (assign) {
      const via = `${assign.name} (${label} line ${this.lineOf(text, assign.span.start)}) via ${optVia}`;
      const w: WrittenValue = {
        path: inv.path, fileKind: 'shell', span: assign.span, raw: text.slice(assign.span.start, assign.span.end), name: assign.name,
        keySpan: assign.keySpan, quote: assign.quote, literal: true, offsets: offs,
      };
      return { value, provenance: { path: inv.path, span: assign.span, via }, written: w, chain: [word] };
    }
    // Otherwise the word is rewritten whole (`-e "K=$A"b`, a value built from several variables).
    const wordSpan = place.span;
    const rawWord = text.slice(wordSpan.start, wordSpan.end);
    const opt = /^(-e=?|--env=)/.exec(rawWord.replace(/^["']/, ''))?.[0] ?? '';
    const w: WrittenValue = {
      path: inv.path, fileKind: 'shell', span: wordSpan, raw: rawWord, name: ev.name, keySpan: ev.keySpan, quote: null,
      literal: false, wordPrefix: `${opt}${ev.name}=`,
    };
    return { value, provenance: word, written: w, chain: [] };
  }
}

function simpleQuoting(q: ShellPlace['quoting']): boolean {
  return q === 'none' || q === 'escaped' || q === 'single' || q === 'double';
}

function quoteOf(q: ShellPlace['quoting']): '"' | "'" | null {
  return q === 'single' ? "'" : q === 'double' ? '"' : null;
}

function contiguous(offs: number[]): boolean {
  for (let i = 1; i < offs.length; i++) if (offs[i] !== offs[i - 1]! + 1) return false;
  return true;
}

function offsets(start: number, length: number): number[] {
  const out = new Array<number>(length + 1);
  for (let i = 0; i <= length; i++) out[i] = start + i;
  return out;
}

/** `NAME=value`, `NAME='value'`, `NAME="value"` (after export/readonly/declare) whose value is [start, end). */
function assignmentAt(text: string, start: number, end: number, value: string): { name: string; span: Span; keySpan: Span; quote: '"' | "'" | null } | undefined {
  if (text.slice(start, end) !== value) return undefined;
  const q = text[start - 1] === '"' || text[start - 1] === "'" ? text[start - 1] as '"' | "'" : null;
  if (q && text[end] !== q) return undefined;
  const eq = q ? start - 2 : start - 1;
  if (text[eq] !== '=') return undefined;
  const name = nameEndingAt(text, eq);
  if (name === undefined) return undefined;
  // A value with characters that mean something unquoted (or inside "…") is not written literally there.
  if (q === null && !/^[A-Za-z0-9_@%+=:,./-]*$/.test(value)) return undefined;
  if (q === '"' && /[\\"$`]/.test(value)) return undefined;
  return { name, span: { start, end }, keySpan: { start: eq - name.length, end: eq }, quote: q };
}

/**
 * The variable name that ends at `end` (what `/([A-Za-z_][A-Za-z0-9_]*)$/` finds in the 200 characters before it),
 * by one backward scan: that expression tries every start position of the window (a fifth of a script keystroke).
 */
export function nameEndingAt(text: string, end: number): string | undefined {
  const lo = Math.max(0, end - 200);
  let s = end;
  while (s > lo && isNameChar(text.charCodeAt(s - 1))) s--;
  while (s < end && text.charCodeAt(s) >= 48 && text.charCodeAt(s) <= 57) s++;
  return s < end ? text.slice(s, end) : undefined;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** The `-e K=v` option to delete: its whole line when it stands alone on a continued line, else with one blank. */
export function deleteSpanOf(text: string, entry: Span): Span | undefined {
  const lineStart = text.lastIndexOf('\n', entry.start - 1) + 1;
  const after = /^[ \t]*\\\r?\n/.exec(text.slice(entry.end));
  if (text.slice(lineStart, entry.start).trim() === '' && after) return { start: lineStart, end: entry.end + after[0].length };
  const blanks = /^[ \t]+/.exec(text.slice(entry.end));
  if (blanks) return { start: entry.start, end: entry.end + blanks[0].length };
  const before = /[ \t]+$/.exec(text.slice(lineStart, entry.start));
  return before ? { start: entry.start - before[0].length, end: entry.end } : undefined;
}

