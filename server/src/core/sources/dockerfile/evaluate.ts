// A Dockerfile → the image each stage builds: FROM through ARGs and stage chains, ENV with its written place, ARG,
// COPY/ADD of the Nacos conf files, WORKDIR, ENTRYPOINT/CMD. Follows BuildKit's dispatcher where the outcome
// differs from the documentation: an ARG written after an ENV of the same name wins for later substitutions, every
// pair of one ENV line is substituted with the values before that line, ARGs of a parent stage stay visible in
// `FROM <stage>`, ENTRYPOINT clears an inherited CMD. Pure: files come through `readFile`.
import type { Span } from '../../types';
import { splitDockerfile, type RawInstruction } from './lines';
import { expandWord, rawWords, slice, type Expanded, type Lookup, type Mapped, type VarValue } from './words';
import type {
  ArgEntry, BaseImageInfo, CommandOverride, ConfCopy, ConfTarget, DockerfileImage, DockerfileOptions,
  DockerfileProblem, EnvEntry, ImageRef, Stage, StageBase, VariableRef, WrittenValue,
} from './types';

export const NACOS_HOME = '/home/nacos';
const CONF_TARGETS: Record<string, ConfTarget> = {
  [`${NACOS_HOME}/conf/application.properties`]: 'application.properties',
  [`${NACOS_HOME}/init.d/custom.properties`]: 'custom.properties',
};
/** A Nacos home other than the official image's (`/opt/nacos`, `/usr/local/nacos-server`): a folder named after Nacos. */
const OTHER_HOME_CONF = /^(?:\/[^/]+)*\/[^/]*nacos[^/]*\/conf\/application\.properties$/i;

/**
 * The Nacos conf a destination in the image is: the official image reads only its own paths; an image built another
 * way (a downloaded distribution on another base) may keep its Nacos home elsewhere.
 */
function confTarget(dest: string, official: boolean): ConfTarget | undefined {
  return CONF_TARGETS[dest] ?? (!official && OTHER_HOME_CONF.test(dest) ? 'application.properties' : undefined);
}
const CONF_NAMES = ['application.properties', 'custom.properties'];
/** Directories that exist in every nacos/nacos-server image (so `COPY f /home/nacos/conf` copies into it). */
const NACOS_IMAGE_DIRS = new Set([NACOS_HOME, `${NACOS_HOME}/conf`, `${NACOS_HOME}/bin`]);
/** BuildKit predefines these for FROM lines and `ARG NAME` without a value; their values depend on the builder. */
const AUTOMATIC_ARGS = [
  'BUILDPLATFORM', 'BUILDOS', 'BUILDOSVERSION', 'BUILDARCH', 'BUILDVARIANT', 'TARGETPLATFORM', 'TARGETOS',
  'TARGETOSVERSION', 'TARGETARCH', 'TARGETVARIANT', 'TARGETSTAGE',
];
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const WS = /[\t\v\f\r ]+/;

export interface ParsedDockerfile {
  path: string;
  text: string;
  escape: '\\' | '`';
  /** ARG instructions before the first FROM. */
  metaArgs: RawInstruction[];
  stages: { from: RawInstruction; body: RawInstruction[] }[];
  problems: DockerfileProblem[];
}

/** Syntax only (cacheable per text): instructions grouped by stage. */
export function parseDockerfile(path: string, text: string): ParsedDockerfile {
  const split = splitDockerfile(text);
  const problems: DockerfileProblem[] = split.problems.map((p) => ({ path, span: p.span, kind: 'error', message: p.message }));
  const metaArgs: RawInstruction[] = [];
  const stages: ParsedDockerfile['stages'] = [];
  for (const inst of split.instructions) {
    if (inst.keyword === 'FROM') stages.push({ from: inst, body: [] });
    else if (stages.length > 0) stages[stages.length - 1].body.push(inst);
    else if (inst.keyword === 'ARG') metaArgs.push(inst);
    else problems.push({ path, span: inst.keywordSpan, kind: 'error', message: `${inst.keyword} before the first FROM (only ARG may come first)` });
  }
  if (stages.length === 0) problems.push({ path, span: { start: 0, end: 0 }, kind: 'error', message: 'the Dockerfile has no FROM: no stage to build' });
  return { path, text, escape: split.escape, metaArgs, stages, problems };
}

/** Splits an image reference; undefined when Docker would reject it. */
export function parseImageRef(raw: string): ImageRef | undefined {
  let rest = raw;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!/^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(digest)) return undefined;
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!/^[\w][\w.-]{0,127}$/.test(tag)) return undefined;
  }
  let registry: string | undefined;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost' || /[A-Z]/.test(first)) {
      registry = first;
      rest = rest.slice(slash + 1);
      if (!/^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\d+)?$/.test(registry)) return undefined;
    }
  }
  const component = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
  if (rest === '' || !rest.split('/').every((c) => component.test(c))) return undefined;
  const ref: ImageRef = { raw, repository: rest };
  if (registry !== undefined) ref.registry = registry;
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  if (rest === 'nacos/nacos-server' || rest.endsWith('/nacos/nacos-server')) ref.nacosTag = tag ?? 'latest';
  return ref;
}

/** posix path.Join + Clean. */
function joinPath(...parts: string[]): string {
  const segs: string[] = [];
  const abs = parts.find((p) => p !== '')?.startsWith('/') ?? false;
  for (const p of parts) {
    for (const s of p.split('/')) {
      if (s === '' || s === '.') continue;
      if (s === '..') {
        if (segs.length > 0 && segs[segs.length - 1] !== '..') segs.pop();
        else if (!abs) segs.push('..');
      } else segs.push(s);
    }
  }
  const j = segs.join('/');
  return abs ? '/' + j : j || '.';
}

/** A path in the image: absolute as written, else below the working directory (BuildKit `NormalizePath`). */
function resolveIn(workdir: string | undefined, p: string): string {
  return p.startsWith('/') ? joinPath(p) : joinPath('/', workdir ?? '', p);
}

function basename(p: string): string {
  const t = p.replace(/\/+$/, '');
  return t.slice(t.lastIndexOf('/') + 1);
}

function globToRegex(glob: string): RegExp {
  let re = '^';
  for (const c of glob) re += c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(re + '$');
}

interface StageState {
  /** The build's variable state (ENV, ARG, base image env) used for substitutions. */
  vars: Map<string, VarValue>;
  /** The image config's environment (base image env, then ENV): re-applied over `vars` when a stage starts
   *  `FROM` this one, as BuildKit does, so an ENV wins over an earlier ARG there. */
  imageVars: Map<string, VarValue>;
  /** Whether names missing from `vars` are really unset (base image env known) or unknown. */
  baseKnown: boolean;
  env: EnvEntry[];
  args: ArgEntry[];
  files: ConfCopy[];
  workdir?: string;
  entrypoint?: CommandOverride;
  cmd?: CommandOverride;
  cmdSet: boolean;
  nacos: boolean;
}

export interface EvaluatedDockerfile {
  parsed: ParsedDockerfile;
  stages: Stage[];
  /** The image each stage builds (as if it were the target), by stage index. */
  images: DockerfileImage[];
  metaArgs: ArgEntry[];
  problems: DockerfileProblem[];
}

/** Evaluates every stage of a parsed Dockerfile with the given build args. */
export function evaluateDockerfile(parsed: ParsedDockerfile, options: DockerfileOptions = {}): EvaluatedDockerfile {
  const { path } = parsed;
  const esc = parsed.escape;
  const buildArgs = options.buildArgs ?? {};
  const problems: DockerfileProblem[] = [...parsed.problems];
  const err = (span: Span, message: string): void => {
    problems.push({ path, span, kind: 'error', message });
  };
  const note = (span: Span, message: string): void => {
    problems.push({ path, span, kind: 'note', message });
  };
  const mapped = (inst: RawInstruction): Mapped => ({ text: inst.rest, map: inst.map });
  const hasBuildArg = (k: string): boolean => Object.prototype.hasOwnProperty.call(buildArgs, k);
  const buildArg = (k: string): VarValue => {
    const v = buildArgs[k];
    return v === undefined ? { value: '', known: false, source: 'unknown' } : { value: v, known: true, source: 'build-arg' };
  };

  // Global (meta) args: the automatic platform args, then ARGs before the first FROM.
  const globals = new Map<string, VarValue>();
  for (const a of AUTOMATIC_ARGS) globals.set(a, hasBuildArg(a) ? buildArg(a) : { value: '', known: false, source: 'automatic' });
  const metaArgs: ArgEntry[] = [];
  for (const inst of parsed.metaArgs) {
    for (const a of argPairs(inst, esc, err)) {
      let v: VarValue | undefined;
      let source: ArgEntry['source'] = 'none';
      if (hasBuildArg(a.key)) {
        v = buildArg(a.key);
        source = 'build-arg';
      } else if (a.value) {
        const x = expandWord(a.value, esc, (n) => globals.get(n));
        if (x.error) err(inst.span, x.error);
        v = { value: x.value, known: x.known, source: 'meta-arg' };
        source = 'default';
      } else if (options.openArgs) {
        v = { value: '', known: false, source: 'unknown' };
      }
      if (v) globals.set(a.key, { ...v, source: v.source === 'unknown' ? 'unknown' : 'meta-arg' });
      metaArgs.push(argEntry(a, v, source, inst, 'meta'));
    }
  }

  const stages: Stage[] = [];
  const states: StageState[] = [];
  const byName = new Map<string, number>();

  parsed.stages.forEach((ps, index) => {
    const from = ps.from;
    const m = mapped(from);
    const flags = extractFlags(m);
    const words = splitWs(flags.rest);
    let name: string | undefined;
    if (words.length === 3 && words[1].text.toLowerCase() === 'as') {
      name = words[2].text.toLowerCase();
      if (!/^[a-z][a-z0-9-_.]*$/.test(name)) err(from.span, `invalid name for build stage: "${words[2].text}", name can't start with a number or contain symbols`);
    } else if (words.length !== 1) {
      err(from.span, 'FROM requires either one or three arguments');
    }
    const word = words[0] ?? { text: '', map: [from.keywordSpan.end] };
    const x = expandWord(word, esc, (n) => globals.get(n));
    if (x.error) err(from.span, x.error);
    else if (x.value === '') err(from.span, `base name (${word.text}) should not be blank`);
    let base: StageBase;
    const parent = byName.get(x.value);
    if (parent !== undefined) base = { kind: 'stage', index: parent };
    else if (x.value === 'scratch') base = { kind: 'scratch' };
    else if (!x.known) base = { kind: 'unknown', reason: `the image name depends on a value not known here (${x.refs.filter((r) => r.source === 'unknown' || r.source === 'automatic').map((r) => r.name).join(', ')})` };
    else {
      const ref = parseImageRef(x.value);
      if (ref) base = { kind: 'image', ref };
      else {
        base = { kind: 'unknown', reason: `invalid image reference "${x.value}"` };
        if (!x.error && x.value !== '') err(from.span, `invalid reference format: "${x.value}"`);
      }
    }
    const stage: Stage = {
      index,
      from: x.value,
      fromKnown: x.known && !x.error,
      fromSpan: { start: word.map[0], end: word.map[word.text.length] ?? word.map[0] },
      fromRefs: refsOf(x),
      instructionSpan: from.span,
      base,
    };
    if (name !== undefined) {
      stage.name = name;
      byName.set(name, index);
    }
    stages.push(stage);

    // Initial state: the parent stage's, or the base image's.
    let st: StageState;
    if (base.kind === 'stage') {
      const p = states[base.index];
      st = { ...p, vars: new Map(p.vars), imageVars: new Map(p.imageVars), env: [...p.env], args: [...p.args], files: [...p.files], cmdSet: false };
      for (const [k, v] of p.imageVars) st.vars.set(k, v);
    } else {
      const info: BaseImageInfo | undefined =
        base.kind === 'image' ? options.baseImage?.(base.ref) : base.kind === 'scratch' ? { env: {}, workdir: '/' } : undefined;
      const vars = new Map<string, VarValue>();
      for (const [k, v] of Object.entries(info?.env ?? {})) vars.set(k, { value: v, known: true, source: 'base-image' });
      if (info?.env && !vars.has('PATH')) vars.set('PATH', { value: DEFAULT_PATH, known: true, source: 'base-image' });
      st = {
        vars,
        imageVars: new Map(vars),
        baseKnown: info?.env !== undefined,
        env: [],
        args: [],
        files: [],
        workdir: info?.workdir,
        cmdSet: false,
        // `FROM nacos/nacos-server:${TAG}` with TAG unknown is still the official image (some tag of it).
        nacos: base.kind === 'image' ? base.ref.nacosTag !== undefined : base.kind === 'unknown' && /(^|\/)nacos\/nacos-server(:|$)/.test(x.value),
      };
    }
    const lookup: Lookup = (n) => st.vars.get(n) ?? (st.baseKnown ? undefined : { value: '', known: false, source: 'unknown' });

    for (const inst of ps.body) {
      switch (inst.keyword) {
        case 'ENV':
          for (const e of envPairs(inst, esc, lookup, path, index, err)) {
            st.vars.set(e.name, { value: e.value, known: e.known, source: 'env' });
            st.imageVars.set(e.name, { value: e.value, known: e.known, source: 'env' });
            const i = st.env.findIndex((o) => o.name === e.name);
            if (i >= 0) st.env[i] = e;
            else st.env.push(e);
          }
          break;
        case 'ARG':
          for (const a of argPairs(inst, esc, err)) {
            let v: VarValue | undefined;
            let source: ArgEntry['source'] = 'none';
            if (hasBuildArg(a.key)) {
              v = buildArg(a.key);
              source = 'build-arg';
            } else if (a.value) {
              const x2 = expandWord(a.value, esc, lookup);
              if (x2.error) err(inst.span, x2.error);
              v = { value: x2.value, known: x2.known, source: 'arg' };
              source = 'default';
            } else if (globals.has(a.key)) {
              v = globals.get(a.key)!;
              source = 'meta-arg';
            } else if (options.openArgs) {
              v = { value: '', known: false, source: 'unknown' };
            }
            if (v) st.vars.set(a.key, v);
            st.args.push(argEntry(a, v, source, inst, index));
          }
          break;
        case 'WORKDIR': {
          const x2 = expandWord(mapped(inst), esc, lookup);
          if (x2.error) err(inst.span, x2.error);
          else if (inst.rest === '') err(inst.span, 'WORKDIR requires exactly one argument');
          else st.workdir = resolveIn(st.workdir, x2.value);
          break;
        }
        case 'COPY':
        case 'ADD':
          copyFiles(inst, st, index, lookup);
          break;
        case 'ENTRYPOINT':
        case 'CMD': {
          const o = commandOverride(inst, index, err);
          if (!o) break;
          if (inst.keyword === 'CMD') {
            st.cmd = o;
            st.cmdSet = true;
          } else {
            st.entrypoint = o;
            if (!st.cmdSet) st.cmd = undefined;
          }
          break;
        }
      }
    }
    states.push(st);
  });

  function copyFiles(inst: RawInstruction, st: StageState, stage: number, lookup: Lookup): void {
    const flags = extractFlags({ text: inst.rest, map: inst.map });
    if (flags.names.has('from')) return; // another stage's or image's files: content not in the build context
    const json = jsonArray(flags.rest.text);
    const words: Mapped[] = json ? json.map(() => flags.rest) : splitWs(flags.rest);
    const values = json ?? [];
    if (words.length < 2) {
      err(inst.span, `${inst.keyword} requires at least two arguments`);
      return;
    }
    const expanded: { value: string; span: Span }[] = [];
    for (let i = 0; i < words.length; i++) {
      const span = { start: words[i].map[0], end: words[i].map[words[i].text.length] };
      if (json) {
        const x = expandWord({ text: values[i], map: new Array(values[i].length + 1).fill(span.start) }, esc, lookup);
        expanded.push({ value: x.error ? '' : x.value, span });
      } else {
        const x = expandWord(words[i], esc, lookup);
        if (x.error) {
          err(inst.span, x.error);
          return;
        }
        expanded.push({ value: x.value, span });
      }
    }
    const destRaw = expanded[expanded.length - 1].value;
    const sources = expanded.slice(0, -1);
    const destAbs = resolveIn(st.workdir, destRaw);
    const destIsDir = destRaw.endsWith('/') || sources.length > 1 || (st.nacos && NACOS_IMAGE_DIRS.has(destAbs)) || destRaw === '.';
    for (const src of sources) {
      const heredoc = /^<<-?(["']?)(.+)\1$/.exec(src.value);
      const hd = heredoc ? inst.heredocs.find((h) => h.name === heredoc[2]) : undefined;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(src.value) || src.value.startsWith('git@')) continue;
      const rel = hd ? hd.name : joinPath(src.value).replace(/^\/+/, '').replace(/^(\.\.\/)+/, '') || '.';
      const read = options.readFile;
      const ctx = options.context;
      const abs = (r: string): string | undefined => (ctx === undefined ? undefined : joinPath(ctx, r));
      const exists = (r: string): boolean => {
        const a = abs(r);
        return a !== undefined && read !== undefined && read(a) !== undefined;
      };
      const candidates: { dest: string; source: string; fromDirectory: boolean }[] = [];
      if (hd) candidates.push({ dest: destIsDir ? joinPath(destAbs, hd.name) : destAbs, source: hd.name, fromDirectory: false });
      else if (/[*?[]/.test(rel)) {
        // A wildcard: only the conf names are looked for (a file listing is not available here).
        const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
        const re = globToRegex(basename(rel));
        for (const n of CONF_NAMES) {
          if (re.test(n) && exists(joinPath(dir, n))) candidates.push({ dest: joinPath(destAbs, n), source: joinPath(dir, n), fromDirectory: false });
        }
      } else {
        const isFile = exists(rel) || (read === undefined || ctx === undefined ? !src.value.endsWith('/') && rel !== '.' : false);
        if (isFile) candidates.push({ dest: destIsDir ? joinPath(destAbs, basename(rel)) : destAbs, source: rel, fromDirectory: false });
        else {
          // A directory: its contents land in the destination directory.
          for (const n of CONF_NAMES) {
            const s = rel === '.' ? n : joinPath(rel, n);
            if (exists(s)) candidates.push({ dest: joinPath(destAbs, n), source: s, fromDirectory: true });
          }
        }
      }
      for (const c of candidates) {
        const target = confTarget(c.dest, st.nacos);
        if (!target) continue;
        const copy: ConfCopy = {
          target,
          dest: c.dest,
          source: c.source,
          exists: hd !== undefined || exists(c.source),
          fromDirectory: c.fromDirectory,
          instruction: inst.keyword as 'COPY' | 'ADD',
          span: src.span,
          instructionSpan: inst.span,
          stage,
          via: inst.keyword === 'ADD' ? 'ADD in Dockerfile' : 'COPY in Dockerfile',
        };
        const sp = hd ? undefined : abs(c.source);
        if (sp !== undefined) copy.sourcePath = sp;
        if (hd) copy.inline = hd.contentSpan;
        const i = st.files.findIndex((f) => f.dest === c.dest);
        if (i >= 0) st.files[i] = copy;
        else st.files.push(copy);
      }
    }
  }

  const images: DockerfileImage[] = stages.map((stage) => {
    const chain: number[] = [];
    for (let s: Stage | undefined = stage; s; s = s.base.kind === 'stage' ? stages[s.base.index] : undefined) chain.unshift(s.index);
    const root = stages[chain[0]];
    const st = states[stage.index];
    const img: DockerfileImage = {
      path,
      stage,
      chain,
      root,
      env: st.env,
      args: st.args,
      files: st.files,
      problems,
    };
    if (root.base.kind === 'image') {
      img.baseImage = root.base.ref;
      if (root.base.ref.nacosTag !== undefined) img.nacosTag = root.base.ref.nacosTag;
    }
    if (st.entrypoint) img.entrypoint = st.entrypoint;
    if (st.cmd) img.cmd = st.cmd;
    if (st.workdir !== undefined) img.workdir = st.workdir;
    return img;
  });
  if (stages.some((s) => s.base.kind === 'unknown' && /depends on a value/.test(s.base.reason))) {
    for (const s of stages) if (s.base.kind === 'unknown' && /depends on a value/.test(s.base.reason)) note(s.fromSpan, s.base.reason);
  }
  return { parsed, stages, images, metaArgs, problems };
}

/** The image `docker build [--target]` produces; undefined when the target does not exist. */
export function dockerfileImage(path: string, text: string, options: DockerfileOptions = {}): DockerfileImage | undefined {
  const ev = evaluateDockerfile(parseDockerfile(path, text), options);
  if (ev.images.length === 0) return undefined;
  if (options.target === undefined || options.target === '') return ev.images[ev.images.length - 1];
  const t = options.target.toLowerCase();
  return ev.images.find((i) => i.stage.name === t);
}

function refsOf(x: Expanded): VariableRef[] {
  return x.refs.map((r) => ({ name: r.name, span: r.span, source: r.source }));
}

function argEntry(
  a: { key: string; keySpan: Span; value?: Mapped },
  v: VarValue | undefined,
  source: ArgEntry['source'],
  inst: RawInstruction,
  stage: number | 'meta',
): ArgEntry {
  const e: ArgEntry = { name: a.key, known: v?.known ?? true, source, keySpan: a.keySpan, instructionSpan: inst.span, stage };
  if (v) e.value = v.value;
  if (a.value) e.defaultSpan = { start: a.value.map[0], end: a.value.map[a.value.text.length] };
  return e;
}

/** ARG words: `NAME` or `NAME=default` (the default raw, substituted later; the name never is). */
function argPairs(inst: RawInstruction, esc: string, err: (s: Span, m: string) => void): { key: string; keySpan: Span; value?: Mapped }[] {
  const out: { key: string; keySpan: Span; value?: Mapped }[] = [];
  const words = rawWords({ text: inst.rest, map: inst.map }, esc);
  if (words.length === 0) err(inst.span, 'ARG requires at least one argument');
  for (const { word } of words) {
    const eq = word.text.indexOf('=');
    if (eq === 0) {
      err(inst.span, 'ARG names can not be blank');
      continue;
    }
    const key = eq < 0 ? word.text : word.text.slice(0, eq);
    const keyEnd = eq < 0 ? word.text.length : eq;
    const entry: { key: string; keySpan: Span; value?: Mapped } = { key, keySpan: { start: word.map[0], end: word.map[keyEnd - 1] + 1 } };
    if (eq >= 0) entry.value = slice(word, eq + 1, word.text.length);
    out.push(entry);
  }
  return out;
}

/** Quote style of a raw value and the span inside the quotes when one quoted string is the whole value. */
function quoteOf(raw: Mapped, esc: string): { quote: WrittenValue['quote']; inner?: Span } {
  const t = raw.text;
  const q = t[0];
  if ((q === '"' || q === "'") && t.length >= 2) {
    let i = 1;
    while (i < t.length && t[i] !== q) i += q === '"' && t[i] === esc ? 2 : 1;
    if (i === t.length - 1) return { quote: q, inner: { start: raw.map[1], end: raw.map[t.length - 1] } };
  }
  return { quote: /["']/.test(t) ? 'mixed' : 'none' };
}

function envPairs(
  inst: RawInstruction,
  esc: string,
  lookup: Lookup,
  path: string,
  stage: number,
  err: (s: Span, m: string) => void,
): EnvEntry[] {
  const src: Mapped = { text: inst.rest, map: inst.map };
  const words = rawWords(src, esc);
  if (words.length === 0) {
    err(inst.span, 'ENV requires at least one argument');
    return [];
  }
  const pairs: { key: Mapped; value: Mapped; entry: Span; syntax: WrittenValue['syntax'] }[] = [];
  if (!words[0].word.text.includes('=')) {
    const m = WS.exec(inst.rest);
    if (!m) {
      err(inst.span, 'ENV must have two arguments');
      return [];
    }
    pairs.push({
      key: slice(src, 0, m.index),
      value: slice(src, m.index + m[0].length, inst.rest.length),
      entry: { start: inst.map[0], end: inst.map[inst.rest.length] },
      syntax: 'legacy',
    });
  } else {
    for (const { word, start, end } of words) {
      const eq = word.text.indexOf('=');
      if (eq < 0) {
        err(inst.span, `Syntax error - can't find = in "${word.text}". Must be of the form: name=value`);
        return [];
      }
      if (eq === 0) {
        err(inst.span, 'ENV names can not be blank');
        return [];
      }
      pairs.push({
        key: slice(word, 0, eq),
        value: slice(word, eq + 1, word.text.length),
        entry: { start: inst.map[start], end: inst.map[end - 1] + 1 },
        syntax: 'equals',
      });
    }
  }
  // Every pair of one line is substituted with the values from before the line.
  const out: EnvEntry[] = [];
  for (const p of pairs) {
    const k = expandWord(p.key, esc, lookup);
    const v = expandWord(p.value, esc, lookup);
    if (k.error || v.error) {
      err(inst.span, (k.error ?? v.error)!);
      return [];
    }
    const valueSpan: Span =
      p.value.text.length === 0
        ? { start: p.value.map[0], end: p.value.map[0] }
        : { start: p.value.map[0], end: p.value.map[p.value.text.length - 1] + 1 };
    const q = quoteOf(p.value, esc);
    out.push({
      name: k.value,
      value: v.value,
      known: k.known && v.known,
      written: {
        path,
        valueSpan,
        innerSpan: q.inner ?? valueSpan,
        keySpan: { start: p.key.map[0], end: p.key.map[p.key.text.length - 1] + 1 },
        entrySpan: p.entry,
        instructionSpan: inst.span,
        quote: q.quote,
        syntax: p.syntax,
        literal: v.refs.length === 0,
        offsets: v.offsets,
      },
      refs: refsOf(v),
      via: 'ENV in Dockerfile',
      stage,
    });
  }
  return out;
}

/** Leading `--flag[=value]` words (BuildKit `extractBuilderFlags`, quotes respected) and the rest. */
function extractFlags(m: Mapped): { names: Set<string>; rest: Mapped } {
  const names = new Set<string>();
  const t = m.text;
  let i = 0;
  for (;;) {
    while (i < t.length && /\s/.test(t[i])) i++;
    if (!(t[i] === '-' && t[i + 1] === '-')) break;
    const start = i;
    let quote = '';
    while (i < t.length && (quote || !/\s/.test(t[i]))) {
      if (quote && t[i] === quote) quote = '';
      else if (!quote && (t[i] === '"' || t[i] === "'")) quote = t[i];
      i++;
    }
    const word = t.slice(start + 2, i);
    if (word === '') break;
    names.add(word.split('=')[0].toLowerCase());
  }
  let end = t.length;
  while (end > i && /\s/.test(t[end - 1])) end--;
  return { names, rest: slice(m, i, end) };
}

function splitWs(m: Mapped): Mapped[] {
  const out: Mapped[] = [];
  const re = /[^\t\v\f\r ]+/g;
  for (let x = re.exec(m.text); x; x = re.exec(m.text)) out.push(slice(m, x.index, x.index + x[0].length));
  return out;
}

/** A JSON array of strings (exec form), or undefined for the shell form. */
function jsonArray(rest: string): string[] | undefined {
  const t = rest.replace(/^\s+/, '');
  if (!t.startsWith('[')) return undefined;
  try {
    const v: unknown = JSON.parse(t);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  } catch {
    return undefined;
  }
  return undefined;
}

function commandOverride(inst: RawInstruction, stage: number, err: (s: Span, m: string) => void): CommandOverride | undefined {
  const kw = inst.keyword as 'ENTRYPOINT' | 'CMD';
  const t = inst.rest.replace(/^\s+/, '');
  if (t.startsWith('[')) {
    let v: unknown;
    try {
      v = JSON.parse(t);
    } catch {
      v = undefined;
    }
    if (Array.isArray(v)) {
      if (!v.every((x) => typeof x === 'string')) {
        err(inst.span, 'JSON arrays in exec form must contain only strings');
        return undefined;
      }
      return { instruction: kw, form: 'exec', args: v as string[], span: inst.span, stage };
    }
  }
  return { instruction: kw, form: 'shell', args: inst.rest === '' ? [] : ['/bin/sh', '-c', inst.rest], span: inst.span, stage };
}
