// Turns one simple command (as bash would pass its argv) into a `docker run` / `docker create` / `podman run`
// invocation: options parsed the way the docker CLI (spf13/pflag, interspersed off) parses them.
import type { Span } from '../../types';
import type { Word } from '../../syntax/shell/ast';
import { expandArg, type CommandVisit, type Field, type ShellEnv, type VarState } from '../../syntax/shell/expand';
import {
  DOCKER_GLOBAL_SHORT_VALUE, DOCKER_GLOBAL_VALUE, DOCKER_RUN_BOOL, DOCKER_RUN_SHORT_BOOL, DOCKER_RUN_SHORT_VALUE,
  DOCKER_RUN_VALUE, PODMAN_GLOBAL_VALUE, PODMAN_RUN_BOOL, PODMAN_RUN_VALUE,
} from './dockerFlags';
import type { MappedText } from './produced';
import type {
  DockerBuild, DockerInvocation, ShellEnvEntry, ShellEnvFile, ShellMount, ShellPlace, ShellProblemReport, ShellQuoting, ShellValue,
} from './types';

export interface ReadContext {
  text: MappedText;
  /** Directory the script runs in (docker resolves relative paths against it), absolute, forward slashes. */
  dir: string;
  /** How the source is named in `via` (`deploy.sh`, `README.md`). */
  label: string;
  /** `README.md (bash block at line 12)` */
  source: string;
}

/** A field with the part of its value that is the option's value (`-eK=v` → from index 2). */
interface Arg {
  field: Field;
  /** The value starts at this index of field.value (attached option values). */
  offset: number;
}

const WRAPPERS = new Set(['sudo', 'exec', 'command', 'nohup', 'time', 'env', 'nice', 'stdbuf', 'ionice', 'chronic']);

function base(p: string): string {
  const i = p.lastIndexOf('/');
  return p.slice(i + 1);
}

/** The command word written as plain text (no expansion), when it is: most commands of a script are ruled out by it. */
function literalCommand(words: readonly Word[]): string | undefined {
  const w = words[0];
  if (!w || !w.parts.length || !w.parts.every((p) => p.type === 'lit')) return undefined;
  return w.parts.map((p) => (p as { value: string }).value).join('');
}

/** Programs a container run or build can start with (the program itself, or a wrapper before it). */
function mayRunContainer(words: readonly Word[]): boolean {
  const first = literalCommand(words);
  if (first === undefined) return true;
  const b = base(first);
  return b === 'docker' || b === 'podman' || b === 'buildah' || WRAPPERS.has(b);
}

/** Options whose value the invocation reads (the others' values are computed only when asked for). */
const READ_OPTIONS = new Set(['env', 'env-file', 'volume', 'mount', 'name', 'network', 'net']);

/** Reads a command as a container run, or undefined when it is not one. */
export function readInvocation(v: CommandVisit, ctx: ReadContext): DockerInvocation | undefined {
  const { cmd, env } = v;
  if (cmd.words.length < 2 || !mayRunContainer(cmd.words)) return undefined;
  // Cheap test before expanding anything: a word mentioning docker/podman must be there.
  const raw = ctx.text.text.slice(cmd.span.start, cmd.span.end);
  if (!/docker|podman/.test(raw) && !cmd.words.some((w) => w.parts.some((p) => p.type === 'param'))) return undefined;
  const fields: Field[] = [];
  for (const w of cmd.words) fields.push(...expandArg(w, env));
  let k = 0;
  const problems: ShellProblemReport[] = [];
  const extraEnv = new Map<string, { st: VarState; span: Span }>();
  let envReset: string | undefined;
  for (const [name, st] of v.prefix) extraEnv.set(name, { st, span: st.kind !== 'unknown' ? st.at : cmd.span });
  // Wrappers: sudo [-E] [-u user], env [-i] [K=v]…, exec, command, nohup, time, nice -n N.
  for (;;) {
    const f = fields[k];
    if (f?.value === undefined) break;
    const name = base(f.value);
    if (!WRAPPERS.has(name)) break;
    k++;
    if (name === 'sudo') {
      let keep = false;
      while (fields[k]?.value?.startsWith('-')) {
        const o = fields[k]!.value!;
        k++;
        if (o === '--') break;
        if (o === '-E' || o.startsWith('--preserve-env')) keep = true;
        if (/^-[ugCDhprRTU]$/.test(o)) k++;
      }
      if (!keep) envReset = 'sudo resets the environment (without -E) before docker sees it';
    } else if (name === 'env') {
      while (fields[k]?.value !== undefined) {
        const o = fields[k]!.value!;
        if (o === '-i' || o === '-' || o === '--ignore-environment') { envReset = '`env -i` starts docker with an empty environment'; extraEnv.clear(); k++; continue; }
        if (o === '-u' && fields[k + 1]?.value) { extraEnv.set(fields[k + 1]!.value!, { st: { kind: 'unset', exported: false, at: fields[k + 1]!.word.span }, span: fields[k + 1]!.word.span }); k += 2; continue; }
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(o);
        if (!m) break;
        const f2 = fields[k]!;
        const off = m[0].length;
        extraEnv.set(m[1]!, { st: { kind: 'set', chars: { value: o.slice(off), from: f2.from!.slice(off), to: f2.to!.slice(off) }, exported: true, at: f2.word.span }, span: f2.word.span });
        k++;
      }
    } else if (name === 'nice' || name === 'ionice') {
      if (fields[k]?.value === '-n' || fields[k]?.value === '-c') k += 2;
    } else if (name === 'command' || name === 'time') {
      while (fields[k]?.value?.startsWith('-')) k++;
    } else if (name === 'stdbuf') {
      while (fields[k]?.value?.startsWith('-')) k++;
    }
  }
  const prog = fields[k]?.value;
  if (prog === undefined) return undefined;
  const program = base(prog) === 'docker' ? 'docker' : base(prog) === 'podman' ? 'podman' : undefined;
  if (!program) return undefined;
  k++;
  // Global options.
  const globalValue = program === 'docker' ? DOCKER_GLOBAL_VALUE : PODMAN_GLOBAL_VALUE;
  while (fields[k]?.value?.startsWith('-')) {
    const o = fields[k]!.value!;
    k++;
    if (o.startsWith('--')) {
      if (!o.includes('=') && globalValue.has(o.slice(2))) k++;
    } else if (o.length === 2 && program === 'docker' && DOCKER_GLOBAL_SHORT_VALUE[o[1]!]) k++;
  }
  let sub = fields[k]?.value;
  let subcommand: string;
  if (sub === 'container') {
    k++;
    sub = fields[k]?.value;
    if (sub !== 'run' && sub !== 'create') return undefined;
    subcommand = `container ${sub}`;
  } else if (sub === 'run' || sub === 'create') subcommand = sub;
  else return undefined;
  k++;

  const inv: DockerInvocation = {
    path: ctx.text.path,
    program,
    subcommand,
    span: mapSpan(ctx.text, cmd.span) ?? cmd.span,
    source: ctx.source,
    env: [],
    envFiles: [],
    mounts: [],
    args: [],
    options: [],
    cwd: 'dir' in env.cwd ? { dir: normalise(env.cwd.dir.startsWith('/') ? env.cwd.dir : `${ctx.dir}/${env.cwd.dir}`) } : { reason: env.cwd.reason },
    conditional: v.scopes.length ? v.scopes[v.scopes.length - 1]!.label : undefined,
    looksLikeNacos: false,
    problems,
  };
  const valueOpts = program === 'podman' ? new Set([...DOCKER_RUN_VALUE, ...PODMAN_RUN_VALUE]) : DOCKER_RUN_VALUE;
  const boolOpts = program === 'podman' ? new Set([...DOCKER_RUN_BOOL, ...PODMAN_RUN_BOOL]) : DOCKER_RUN_BOOL;
  const problem = (span: Span, message: string, code: ShellProblemReport['code'] = 'option'): void => {
    problems.push({ path: ctx.text.path, span: mapSpan(ctx.text, span) ?? span, message, code });
  };
  const onOption = (long: string, arg: Arg | undefined, at: Span, written = `--${long}`): void => {
    const span = mapSpan(ctx.text, at) ?? at;
    if (arg && !READ_OPTIONS.has(long)) {
      // Options nothing here reads (`-p 8848:8848`, `--restart`): their value is computed when asked for.
      let memo: ShellValue | undefined;
      const opt = { name: long, span } as DockerInvocation['options'][number];
      // The variables it went through as they are here (the scope goes on changing after this command).
      const vars = new Map(arg.field.vars.map((n) => [n, env.get(n)]));
      const here = { get: (n: string) => vars.get(n) };
      Object.defineProperty(opt, 'value', { enumerable: true, get: () => (memo ??= toValue(arg, ctx, here, written)) });
      inv.options.push(opt);
      return;
    }
    const value = arg ? toValue(arg, ctx, env, written) : undefined;
    inv.options.push({ name: long, value, span });
    if (!arg || !value) return;
    switch (long) {
      case 'env':
        inv.env.push(envEntry(arg, value, env, extraEnv, envReset, ctx));
        break;
      case 'env-file':
        inv.envFiles.push(envFile(value, env, ctx));
        break;
      case 'volume':
      case 'mount':
        inv.mounts.push(mount(long === 'volume' ? 'volume' : 'mount', value, env, ctx));
        break;
      case 'name':
        inv.name = value;
        break;
      case 'network':
      case 'net':
        inv.network = value;
        break;
    }
  };

  // Options until the first non-option (docker sets interspersed=false for run/create).
  let imageAt = -1;
  while (k < fields.length) {
    const f = fields[k]!;
    if (f.countUnknown) {
      problem(f.word.span, `the number of arguments this word gives is not known (${f.reason}); read as options`, 'argument-count');
      k++;
      continue;
    }
    // An option word whose end is unknown (`--env-file=$(pwd)/x`) is still that option: read its known head.
    const s = f.value ?? f.head?.value ?? '';
    if (!s.startsWith('-') || s === '-') { imageAt = k; break; }
    k++;
    if (f.value === undefined && s.startsWith('--') && !s.includes('=')) {
      problem(f.word.span, `the option this word gives is not known (${f.reason})`, 'argument-count');
      continue;
    }
    if (s === '--') { imageAt = k < fields.length ? k : -1; break; }
    if (s.startsWith('--')) {
      const eq = s.indexOf('=');
      const long = eq < 0 ? s.slice(2) : s.slice(2, eq);
      if (eq >= 0) {
        onOption(long, { field: f, offset: eq + 1 }, f.word.span);
        if (!valueOpts.has(long) && !boolOpts.has(long)) problem(f.word.span, `unknown option --${long}`);
        continue;
      }
      if (valueOpts.has(long)) {
        const next = fields[k];
        if (!next) { problem(f.word.span, `--${long} needs a value`); break; }
        k++;
        if (next.countUnknown) problem(next.word.span, `the number of arguments this word gives is not known (${next.reason}); later positions are guesses`, 'argument-count');
        onOption(long, { field: next, offset: 0 }, { start: f.word.span.start, end: next.word.span.end });
      } else {
        if (!boolOpts.has(long)) problem(f.word.span, `unknown option --${long} (read as one without a value)`);
        onOption(long, undefined, f.word.span);
      }
      continue;
    }
    // Short options: -dit, -e K=v, -eK=v, -e=K=v (pflag).
    for (let j = 1; j < s.length; j++) {
      const c = s[j]!;
      const long = DOCKER_RUN_SHORT_VALUE[c];
      if (long) {
        if (s[j + 1] === '=' && j + 2 < s.length) { onOption(long, { field: f, offset: j + 2 }, f.word.span, `-${c}`); break; }
        if (j + 1 < s.length) { onOption(long, { field: f, offset: j + 1 }, f.word.span, `-${c}`); break; }
        const next = fields[k];
        if (!next) { problem(f.word.span, `-${c} needs a value`); break; }
        k++;
        if (next.countUnknown) problem(next.word.span, `the number of arguments this word gives is not known (${next.reason}); later positions are guesses`, 'argument-count');
        onOption(long, { field: next, offset: 0 }, { start: f.word.span.start, end: next.word.span.end }, `-${c}`);
        break;
      }
      const b = DOCKER_RUN_SHORT_BOOL[c];
      if (!b) problem(f.word.span, `unknown shorthand flag '${c}' in ${s}`);
      onOption(b ?? c, undefined, f.word.span);
    }
  }
  if (imageAt >= 0 && fields[imageAt]) {
    const f = fields[imageAt]!;
    inv.image = toValue({ field: f, offset: 0 }, ctx, env, 'image');
    for (const a of fields.slice(imageAt + 1)) {
      const val = toValue({ field: a, offset: 0 }, ctx, env, 'argument');
      if (a.countUnknown) val.reason = `${val.reason ?? ''} (zero or more arguments)`.trim();
      inv.args.push(val);
    }
  } else if (!problems.some((p) => p.code === 'argument-count')) {
    problem(cmd.span, `\`${program} ${subcommand}\` without an image`, 'no-image');
  }
  const img = inv.image?.value ?? `${inv.image?.partial?.head ?? ''}${inv.image?.partial?.tail ?? ''}`;
  inv.looksLikeNacos = /nacos/i.test(img) || inv.env.some((e) => /^NACOS_/.test(e.name)) || /nacos/i.test(inv.name?.value ?? '');
  const servers = inv.env.find((e) => e.name === 'NACOS_SERVERS');
  if (servers?.value !== undefined) inv.clusterKey = normaliseServers(servers.value);
  else if (!servers) {
    const st = env.get('NACOS_SERVERS');
    if (st?.kind === 'set') inv.clusterKey = normaliseServers(st.chars.value);
  }
  return inv;
}

export function normaliseServers(v: string): string {
  return v.split(/[\s,]+/).filter(Boolean).sort().join(' ');
}

export function mapSpan(text: MappedText, span: Span): Span | undefined {
  return text.spanInFile(span);
}

/** The value of an argument from index `offset` of its field, with where it was written. */
function toValue(arg: Arg, ctx: ReadContext, env: Pick<ShellEnv, 'get'>, via: string): ShellValue {
  const { field, offset } = arg;
  const word = field.word;
  const place: ShellPlace = {
    path: ctx.text.path,
    span: mapSpan(ctx.text, word.span) ?? word.span,
    quoting: quotingOf(word, field, offset),
    literal: false,
    via: `${via} in ${ctx.label}`,
  };
  const through = field.vars.flatMap((n) => {
    const st = env.get(n);
    const at = st && st.kind !== 'unknown' ? st.at : st?.at;
    const span = at ? mapSpan(ctx.text, at) : undefined;
    return span ? [{ name: n, span }] : [];
  });
  if (through.length) place.through = through;
  if (field.value === undefined) {
    const out: ShellValue = { reason: field.reason, place };
    const head = field.head?.value.slice(offset) ?? '';
    const tail = field.tail?.value ?? '';
    if (head || tail) out.partial = { head, tail };
    return out;
  }
  const value = field.value.slice(offset);
  const from = field.from!.slice(offset);
  const to = field.to!.slice(offset);
  // Characters produced by something not evaluated (a make function, `${{ }}`) make the value unknown.
  for (let i = 0; i < from.length; i++) {
    const u = ctx.text.unknownAt({ start: from[i]!, end: to[i]! });
    if (u) return { reason: u, place };
  }
  const inWord = from.every((x) => x >= word.span.start && x < word.span.end);
  if (inWord) {
    const start = from.length ? from[0]! : offset === 0 ? word.span.start : (field.to![offset - 1] ?? word.span.start);
    const end = to.length ? to[to.length - 1]! : start;
    const vs = mapSpan(ctx.text, { start, end });
    if (vs) {
      place.valueSpan = vs;
      let contiguous = vs.end - vs.start === value.length;
      for (let i = 0; contiguous && i < from.length; i++) if (from[i] !== start + i || to[i] !== start + i + 1) contiguous = false;
      place.literal = contiguous && ctx.text.text.slice(start, end) === value && exactSpan(ctx.text, { start, end });
    }
  }
  const offs: number[] = [];
  let ok = true;
  for (const x of from) {
    const o = ctx.text.fileOffset(x);
    if (o === undefined) { ok = false; break; }
    offs.push(o);
  }
  if (ok) {
    const endOff = to.length ? ctx.text.fileOffset(to[to.length - 1]!) : place.valueSpan?.start;
    if (endOff !== undefined) place.offsets = [...offs, endOff];
  }
  return { value, place };
}

function exactSpan(text: MappedText, span: Span): boolean {
  if (span.end === span.start) return true;
  const o = text.origin(span);
  return o?.kind === 'written' && o.exact;
}

function quotingOf(word: Word, field: Field, offset: number): ShellQuoting {
  const kinds = new Set<ShellQuoting>();
  const from = field.from ?? [];
  const parts = word.parts;
  // Parts are in text order and characters mostly are too: walk them together (restart when a character goes back).
  let pi = 0;
  for (let i = offset; i < from.length; i++) {
    const x = from[i]!;
    if (pi >= parts.length || x < parts[pi]!.span.start) pi = 0;
    while (pi < parts.length && x >= parts[pi]!.span.end) pi++;
    const p = parts[pi];
    if (!p || x < p.span.start) continue;
    if (p.type === 'lit') kinds.add(p.inDouble && p.quoting === 'escaped' ? 'double' : p.quoting);
    else if (p.type === 'param') kinds.add(p.inDouble ? 'double' : 'none');
  }
  if (kinds.size === 0) {
    // Empty value or value from a variable: the quoting around the word's end.
    for (const p of word.parts) {
      if (p.type === 'lit' && p.quoting !== 'none' && p.quoting !== 'escaped') kinds.add(p.quoting);
      if (p.type === 'param' && p.inDouble) kinds.add('double');
    }
    if (kinds.size === 0) kinds.add('none');
  }
  return kinds.size === 1 ? [...kinds][0]! : 'mixed';
}

function envEntry(arg: Arg, value: ShellValue, env: ShellEnv, extra: Map<string, { st: VarState; span: Span }>, reset: string | undefined, ctx: ReadContext): ShellEnvEntry {
  if (value.value === undefined) {
    // The value is unknown; the name is usually still known (`-e KEY=$(cat secret)`).
    const head = arg.field.head?.value.slice(arg.offset) ?? '';
    const m = /^([^=]+)=/.exec(head);
    return { name: m?.[1] ?? '', reason: value.reason, passThrough: false, place: value.place };
  }
  const s = value.value;
  const eq = s.indexOf('=');
  if (eq >= 0) {
    const name = s.slice(0, eq);
    const place = { ...value.place };
    const offs = place.offsets;
    // The entry's value starts after `KEY=`.
    const vArg: Arg = { field: arg.field, offset: arg.offset + eq + 1 };
    const v = toValue(vArg, ctx, env, place.via.replace(/ in .*$/, ''));
    v.place.via = value.place.via;
    void offs;
    return { name, value: v.value, reason: v.reason, passThrough: false, place: v.place };
  }
  // -e KEY: docker copies KEY from its own environment.
  const name = s;
  const { valueSpan: _vs, offsets: _o, ...rest } = value.place;
  void _vs;
  void _o;
  const entry: ShellEnvEntry = { name, passThrough: true, place: { ...rest, literal: false } };
  const own = extra.get(name);
  const st = own?.st ?? env.get(name);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !own) {
    entry.reason = `\`${name}\` is not a variable name: bash passes no such variable, so the container does not get it`;
    entry.absent = true;
    return entry;
  }
  if (own) {
    if (own.st.kind === 'set') entry.value = own.st.chars.value;
    else if (own.st.kind === 'unset') { entry.reason = `${name} is removed from docker's environment: the container does not get it`; entry.absent = true; }
    else entry.reason = own.st.reason;
  } else if (reset) entry.reason = reset;
  else if (!st) entry.reason = `-e ${name} passes the caller's ${name}, which the script does not set`;
  else if (!st.exported && !st.callerExport) {
    entry.reason = st.kind === 'unset' ? `${name} is unset in the script here: the container does not get it` : `${name} is not exported by the script: the container does not get it`;
    entry.absent = true;
  } else if (st.kind === 'unknown') entry.reason = st.exported ? st.reason : `-e ${name} passes the caller's ${name} if the caller exports it (${st.reason})`;
  else if (st.kind === 'unset') entry.reason = `${name} is unset here unless the caller exports it`;
  else if (st.exported) entry.value = st.chars.value;
  else entry.reason = `${name} is assigned in the script but not exported: docker sees it only if the caller exported ${name}, otherwise the container does not get it`;
  if (st && st.kind !== 'unknown') {
    const at = mapSpan(ctx.text, st.at);
    if (at) entry.assignedAt = { path: ctx.text.path, span: at };
  }
  if (entry.value !== undefined && st?.kind === 'set') {
    const offs: number[] = [];
    let ok = true;
    for (const x of st.chars.from) { const o = ctx.text.fileOffset(x); if (o === undefined) { ok = false; break; } offs.push(o); }
    const endO = st.chars.to.length ? ctx.text.fileOffset(st.chars.to[st.chars.to.length - 1]!) : undefined;
    if (ok && endO !== undefined) entry.place = { ...entry.place, offsets: [...offs, endO] };
  }
  return entry;
}

function envFile(value: ShellValue, env: ShellEnv, ctx: ReadContext): ShellEnvFile {
  const out: ShellEnvFile = { word: value };
  if (value.value === undefined) { out.unknownReason = value.reason; return out; }
  const r = resolve(value.value, env, ctx);
  if ('path' in r) out.resolved = r.path;
  else out.unknownReason = r.reason;
  return out;
}

function resolve(p: string, env: ShellEnv, ctx: ReadContext): { path: string } | { reason: string } {
  if (p.startsWith('/')) return { path: normalise(p) };
  const cwd = env.cwd;
  if ('reason' in cwd) return { reason: cwd.reason };
  const dir = cwd.dir.startsWith('/') ? cwd.dir : `${ctx.dir}/${cwd.dir}`;
  return { path: normalise(`${dir}/${p}`) };
}

export function normalise(p: string): string {
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') { if (out.length && out[out.length - 1] !== '..') out.pop(); else if (!abs) out.push('..'); continue; }
    out.push(seg);
  }
  return (abs ? '/' : '') + out.join('/');
}

function confTarget(t: string | undefined): ShellMount['confTarget'] {
  if (!t) return undefined;
  if (/(^|\/)application\.properties$/.test(t)) return 'application.properties';
  if (/(^|\/)init\.d\/custom\.properties$/.test(t)) return 'custom.properties';
  return undefined;
}

function mount(kind: 'volume' | 'mount', value: ShellValue, env: ShellEnv, ctx: ReadContext): ShellMount {
  const m: ShellMount = { kind, word: value };
  const s = value.value;
  if (s === undefined) {
    // The target is usually still known (`-v $(pwd)/conf/application.properties:/home/nacos/conf/application.properties`).
    const tail = value.partial?.tail;
    if (tail) {
      if (kind === 'volume') {
        const parts = tail.split(':');
        if (parts.length >= 2) m.target = parts[1];
      } else {
        const t = /(?:^|,)(?:target|dst|destination)=([^,]*)/.exec(tail);
        if (t) m.target = t[1];
      }
      m.confTarget = confTarget(m.target);
    }
    return m;
  }
  if (kind === 'volume') {
    const parts = s.split(':');
    if (parts.length >= 2) {
      m.source = parts[0];
      m.target = parts[1];
    } else m.target = parts[0];
  } else {
    for (const kv of s.split(',')) {
      const eq = kv.indexOf('=');
      const key = eq < 0 ? kv : kv.slice(0, eq);
      const val = eq < 0 ? '' : kv.slice(eq + 1);
      if (key === 'source' || key === 'src') m.source = val;
      else if (key === 'target' || key === 'dst' || key === 'destination') m.target = val;
    }
  }
  m.confTarget = confTarget(m.target);
  if (m.source && (m.source.startsWith('/') || m.source.startsWith('.'))) {
    const r = resolve(m.source, env, ctx);
    if ('path' in r) m.resolvedSource = r.path;
  }
  return m;
}

/** Value options of `docker build` / `docker buildx build` / `podman build` (the rest are booleans). */
const BUILD_VALUE = new Set([
  'add-host', 'allow', 'annotation', 'attest', 'build-arg', 'build-context', 'builder', 'cache-from', 'cache-to', 'call',
  'cgroup-parent', 'cpu-period', 'cpu-quota', 'cpu-shares', 'cpuset-cpus', 'cpuset-mems', 'file', 'iidfile', 'isolation',
  'label', 'memory', 'memory-swap', 'metadata-file', 'network', 'output', 'platform', 'progress', 'secret', 'shm-size',
  'ssh', 'tag', 'target', 'ulimit', 'format', 'layers', 'authfile', 'creds', 'jobs', 'sign-by', 'volume',
]);
const BUILD_SHORT_VALUE: Record<string, string> = { t: 'tag', f: 'file', o: 'output', m: 'memory', c: 'cpu-shares' };

/** Reads a command as `docker build` (a tag the script can then run), or undefined. Values as bash passes them. */
export function readBuild(v: CommandVisit, ctx: ReadContext): DockerBuild | undefined {
  const { cmd, env } = v;
  if (cmd.words.length < 3 || !mayRunContainer(cmd.words)) return undefined;
  const raw = ctx.text.text.slice(cmd.span.start, cmd.span.end);
  if (!/docker|podman|buildah/.test(raw) || !/build/.test(raw)) return undefined;
  const fields: Field[] = [];
  for (const w of cmd.words) fields.push(...expandArg(w, env));
  let k = 0;
  while (fields[k]?.value !== undefined && WRAPPERS.has(base(fields[k]!.value!))) k++;
  const prog = base(fields[k]?.value ?? '');
  if (prog !== 'docker' && prog !== 'podman' && prog !== 'buildah') return undefined;
  k++;
  const sub: string[] = [];
  while (fields[k]?.value !== undefined && ['image', 'buildx', 'build', 'bud'].includes(fields[k]!.value!) && !sub.includes('build')) sub.push(fields[k++]!.value!);
  if (!sub.includes('build') && !sub.includes('bud')) return undefined;
  const out: DockerBuild = { path: ctx.text.path, span: mapSpan(ctx.text, cmd.span) ?? cmd.span, tags: [], buildArgs: {}, dir: ctx.dir };
  const onOption = (name: string, value: string | undefined): void => {
    if (value === undefined) return;
    if (name === 'tag') out.tags.push(value);
    else if (name === 'file') out.file = value;
    else if (name === 'target') out.target = value;
    else if (name === 'build-arg') {
      const eq = value.indexOf('=');
      if (eq < 0) out.buildArgs[value] = undefined; else out.buildArgs[value.slice(0, eq)] = value.slice(eq + 1);
    }
  };
  for (; k < fields.length; k++) {
    const f = fields[k]!;
    const s = f.value;
    if (s === undefined) { if (out.context === undefined) out.context = null; continue; }
    if (s.startsWith('--') && s.length > 2) {
      const eq = s.indexOf('=');
      const name = eq < 0 ? s.slice(2) : s.slice(2, eq);
      if (eq >= 0) onOption(name, s.slice(eq + 1));
      else if (BUILD_VALUE.has(name)) onOption(name, fields[++k]?.value);
      continue;
    }
    if (s.startsWith('-') && s.length > 1) {
      const long = BUILD_SHORT_VALUE[s[1]!];
      if (long) onOption(long, s.length > 2 ? s.slice(2).replace(/^=/, '') : fields[++k]?.value);
      continue;
    }
    if (out.context === undefined) out.context = s;
  }
  const cwd = env.cwd;
  if ('dir' in cwd) out.dir = normalise(cwd.dir.startsWith('/') ? cwd.dir : `${ctx.dir}/${cwd.dir}`);
  else out.dirUnknown = cwd.reason;
  return out.tags.length ? out : undefined;
}
