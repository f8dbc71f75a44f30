// The incremental reading of a shell script (the language server's keystroke path): what the reading of the previous
// text found per top-level command is kept (by the engine, in `SourceContext.derived`), and a new text re-reads only the
// commands whose text changed or whose variables changed. Per top-level command it records the variables it read (their
// state when first read) and the ones it set; a command whose text is the same and whose reads are the same (moved
// by the edit's length) sets the same variables and finds the same `docker run`s, moved likewise. The result equals a
// fresh reading (test/unit/shell-incremental.test.ts, test/unit/shell-reuse.test.ts).
import type { Span } from '../../types';
import { diffTexts, parseShellIncremental, topNode, topSpan, type IncrementalParse, type TextEdit } from '../../syntax/shell/parser';
import { ShellEnv, walkTopNode, type Chars, type CommandVisit, type VarState } from '../../syntax/shell/expand';
import { array, composed, keep, object, optional, optSpan, ownPath, span, Unmappable, type Mover, type Shift } from '../../model/shift';
import type { MappedText } from './produced';
import type { ReadContext } from './dockerRun';
import type {
  DockerBuild, DockerInvocation, ShellEnvEntry, ShellEnvFile, ShellMount, ShellPlace, ShellProblemReport, ShellReading, ShellValue,
} from './types';

/** The scope attributes a command reads besides variables. */
interface Attrs {
  allexport: boolean;
  opaque: string | undefined;
  cwd: ShellEnv['cwd'];
}

/** What the reading found while walking one top-level command. */
interface NodeRecord {
  reads: Map<string, VarState | undefined>;
  attrsIn: Attrs;
  attrsOut: Attrs;
  /** The variables it set, in their state after it. */
  writes: [string, VarState][];
  invocations: DockerInvocation[];
  builds: DockerBuild[];
  servers: ShellValue[];
  /** NACOS_SERVERS declarations read at the next command (after this one). */
  pendingOut: Span[];
  /** Started with no declaration pending, read no whole scope, holds no command bash would not run. */
  reusable: boolean;
}

/** What the engine keeps for the next text of the script. */
export interface IncrementalShell {
  text: string;
  parse: IncrementalParse;
  records: NodeRecord[];
  /** The previous text this reading was made from, and each invocation replayed from it at new offsets → the one of
   *  the previous reading it was moved from (one replayed where it was is the same object). For the engine's reuse of
   *  unchanged runs' nodes (./reuse.ts). */
  base?: { text: string; moved: Map<DockerInvocation, DockerInvocation> };
  /** Invocations moved lazily: the one each was read as and the edits since (./reuse.ts `lazyInvocation`). */
  lazy: WeakMap<DockerInvocation, Chain>;
}

/** An invocation as read, the text it was read in, and the movers from that text to the current one. */
interface Chain {
  base: DockerInvocation;
  text: string;
  movers: Mover[];
}

/** The hooks of one chunk's reading (sources/shell/index.ts): a command visited, the pending declarations flushed. */
export interface ChunkReader {
  reading: ShellReading;
  pending: Span[];
  visit(v: CommandVisit): void;
  flush(): void;
}

export interface IncrementalStats {
  /** Top-level commands replayed from the previous reading / walked. */
  replayed: number;
  walked: number;
}

/**
 * Reads a shell script's one chunk (identity text) reusing `prev`: returns the new state; `reader` receives the
 * invocations in order, as the fresh walk would give them.
 */
export function readIncrementally(text: MappedText, reader: ChunkReader, env: ShellEnv, prev: IncrementalShell | undefined, stats?: IncrementalStats): IncrementalShell {
  const src = text.text;
  const edit = prev ? diffTexts(prev.text, src) : undefined;
  const { parse, reused } = parseShellIncremental(src, prev && { text: prev.text, parse: prev.parse, edit });
  const script = parse.script;
  const nodes = script.nodes;
  // Reasons name lines: commands after an edit that adds or removes a line break are walked again.
  const sameLines = !!edit && newlines(prev!.text, edit.start, edit.oldEnd) === newlines(src, edit.start, edit.newEnd);
  const afterStart = nodes.length - reused.after;
  const oldAfterStart = prev ? prev.parse.script.nodes.length - reused.after : 0;
  const mover = edit && reused.delta !== 0 ? editMover(text.path, edit) : undefined;
  const records: NodeRecord[] = [];
  const moved = new Map<DockerInvocation, DockerInvocation>();
  const lazy = prev?.lazy ?? new WeakMap<DockerInvocation, Chain>();
  const { reading } = reader;
  for (let i = 0; i < nodes.length; i++) {
    const at = topSpan(parse, i);
    let old: NodeRecord | undefined;
    let m: Mover | undefined;
    if (prev && i < reused.before) old = prev.records[i];
    else if (prev && i >= afterStart && sameLines) {
      old = prev.records[oldAfterStart + (i - afterStart)];
      m = mover;
    }
    if (old && old.reusable && reader.pending.length === 0 && !inBroken(at, script.broken) && sameAttrs(attrs(env), old.attrsIn) && sameReads(env, old.reads, m)) {
      const rec = m ? moveRecord(old, env, m, lazy, prev!.text, src) : old;
      if (rec !== old) for (let k = 0; k < rec.invocations.length; k++) moved.set(rec.invocations[k], old.invocations[k]);
      for (const [name, st] of rec.writes) env.restore(name, st);
      env.allexport = rec.attrsOut.allexport;
      env.opaque = rec.attrsOut.opaque;
      env.cwd = rec.attrsOut.cwd;
      reading.invocations.push(...rec.invocations);
      if (rec.builds.length) (reading.builds ??= []).push(...rec.builds);
      reading.nacosServers.push(...rec.servers);
      reader.pending.push(...rec.pendingOut);
      records.push(rec);
      if (stats) stats.replayed++;
      continue;
    }
    const pendingIn = reader.pending.length;
    const attrsIn = attrs(env);
    const counts = { inv: reading.invocations.length, builds: reading.builds?.length ?? 0, servers: reading.nacosServers.length };
    const track = { reads: new Map<string, VarState | undefined>(), writes: new Set<string>(), all: false };
    env.track = track;
    try {
      walkTopNode(topNode(parse, i), script, src, (v) => reader.visit(v), env);
    } finally {
      env.track = undefined;
    }
    records.push({
      reads: track.reads, attrsIn, attrsOut: attrs(env),
      writes: [...track.writes].map((name) => [name, env.peek(name)!]),
      invocations: reading.invocations.slice(counts.inv),
      builds: reading.builds?.slice(counts.builds) ?? [],
      servers: reading.nacosServers.slice(counts.servers),
      pendingOut: [...reader.pending],
      reusable: pendingIn === 0 && !track.all && !inBroken(at, script.broken),
    });
    if (stats) stats.walked++;
  }
  return { text: src, parse, records, lazy, ...(prev ? { base: { text: prev.text, moved } } : {}) };
}

function newlines(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', start); i >= 0 && i < end; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function inBroken(at: Span, broken: Span[]): boolean {
  for (const b of broken) if (b.start <= at.end && at.start <= b.end) return true;
  return false;
}

function attrs(env: ShellEnv): Attrs {
  return { allexport: env.allexport, opaque: env.opaque, cwd: env.cwd };
}

function sameAttrs(a: Attrs, b: Attrs): boolean {
  if (a.allexport !== b.allexport || a.opaque !== b.opaque) return false;
  const x = a.cwd as { dir?: string; reason?: string };
  const y = b.cwd as { dir?: string; reason?: string };
  return x === y || (x.dir === y.dir && x.reason === y.reason);
}

/** Offsets of the old text moved to the new one: before the edit they stay, after it they move by its length. */
function editMover(path: string, edit: TextEdit): Mover {
  const delta = edit.newEnd - edit.oldEnd;
  return {
    path,
    point(o) {
      if (o < edit.start) return o;
      if (o >= edit.oldEnd) return o + delta;
      throw new Unmappable();
    },
  };
}

function sameReads(env: ShellEnv, reads: Map<string, VarState | undefined>, m: Mover | undefined): boolean {
  for (const [name, was] of reads) {
    const now = env.peek(name);
    if (now === was) continue;
    if (now === undefined || was === undefined) return false;
    try {
      if (!deepSame(now, m ? moveState(was, m) : was)) return false;
    } catch (e) {
      if (e instanceof Unmappable) return false;
      throw e;
    }
  }
  return true;
}

function deepSame(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepSame(a[i], b[i])) return false;
    return true;
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!deepSame((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

function moveChars(c: Chars, m: Mover): Chars {
  return { value: c.value, from: c.from.map((o) => m.point(o)), to: c.to.map((o) => m.point(o, true)) };
}

function moveState(st: VarState, m: Mover): VarState {
  const out = { ...st } as VarState & Record<string, unknown>;
  if (st.at) out.at = span(st.at, m, m.path);
  if (st.kind === 'set') {
    (out as { chars: Chars }).chars = moveChars(st.chars, m);
    if (st.array) (out as { array?: Chars[] }).array = st.array.map((c) => moveChars(c, m));
  } else if (st.kind === 'unknown') {
    const u = out as VarState & { kind: 'unknown' };
    if (st.head) u.head = moveChars(st.head, m);
    if (st.tail) u.tail = moveChars(st.tail, m);
    if (st.elems) {
      u.elems = st.elems.map((e) => ('reason' in e
        ? { reason: e.reason, ...(e.head ? { head: moveChars(e.head, m) } : {}), ...(e.tail ? { tail: moveChars(e.tail, m) } : {}) }
        : moveChars(e, m)));
    }
  }
  return out;
}

/** A record moved to the new text (its reads are the states it was just compared with). */
function moveRecord(r: NodeRecord, env: ShellEnv, m: Mover, lazy: WeakMap<DockerInvocation, Chain>, from: string, to: string): NodeRecord {
  const f = m.path;
  return {
    reads: new Map([...r.reads.keys()].map((k) => [k, env.peek(k)])),
    attrsIn: r.attrsIn,
    attrsOut: r.attrsOut,
    writes: r.writes.map(([k, st]) => [k, moveState(st, m)]),
    invocations: r.invocations.map((x) => moveInvocation(x, m, f, lazy, from, to)),
    builds: r.builds.map((x) => shiftBuild(x, m, f)),
    servers: r.servers.map((x) => shiftValue(x, m, f)),
    pendingOut: r.pendingOut.map((s) => span(s, m, f)),
    reusable: r.reusable,
  };
}

/** Edits after which a lazily moved invocation is moved for good (what reads it then goes through every one). */
const MAX_CHAIN = 8;

/**
 * An invocation moved to the new text: its span and problems now, the rest when first read. A keystroke replays
 * nearly every invocation after it, and the engine reuses nearly every one's node (./reuse.ts), which reads only
 * those two: moving the rest at every keystroke was most of the reading's work and of the garbage it left. Moved
 * again before it was read, it is moved from the invocation as read through every edit since (composed). Back in the
 * text it was read in and at its place there (a character typed and deleted), it is the invocation as read: that
 * text's reading has one invocation at that place, and moving gives the current reading's.
 */
function moveInvocation(x: DockerInvocation, m: Mover, f: string, lazy: WeakMap<DockerInvocation, Chain>, from: string, to: string): DockerInvocation {
  const c = lazy.get(x);
  const base = c ? c.base : x;
  const movers = c ? [...c.movers, m] : [m];
  const through = composed(movers);
  const at = span(base.span, through, f);
  if ((c ? c.text : from) === to && at.start === base.span.start && at.end === base.span.end) return base;
  if (movers.length > MAX_CHAIN) return shiftInvocation(base, through, f);
  const out = { ...base, span: at, problems: array(shiftProblem)(base.problems, through, f) } as Lazy;
  let full: DockerInvocation | undefined;
  Object.defineProperty(out, MOVED, { value: () => (full ??= shiftInvocation(base, through, f)) });
  // The accessors are shared (they find the invocation through `this`): objects that hold them keep one shape.
  for (const k of LAZY_FIELDS) if (base[k] !== undefined) Object.defineProperty(out, k, LAZY_DESCRIPTORS[k]);
  lazy.set(out, { base, text: c ? c.text : from, movers });
  return out;
}

const LAZY_FIELDS = ['name', 'image', 'env', 'envFiles', 'mounts', 'network', 'args', 'options'] as const;
/** The invocation moved for good, on a lazily moved one (not enumerable: not part of its value). */
const MOVED = Symbol('moved');
type Lazy = DockerInvocation & { [MOVED]: () => DockerInvocation };
const LAZY_DESCRIPTORS = Object.fromEntries(LAZY_FIELDS.map((k) => {
  const own = (o: Lazy, v: unknown) => Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
  return [k, {
    enumerable: true, configurable: true,
    get(this: Lazy) {
      const v = this[MOVED]()[k];
      own(this, v);
      return v;
    },
    set(this: Lazy, v: unknown) {
      own(this, v);
    },
  }];
})) as Record<(typeof LAZY_FIELDS)[number], PropertyDescriptor>;


// ---- moving what a command's reading found (every field named: a new field without a shifter does not compile) ----

const offsets: Shift<number[] | undefined> = (v, m, file) => (v && file === m.path ? v.map((o, i) => m.point(o, i === v.length - 1)) : v);

const shiftPlace = object<ShellPlace>({
  path: keep, span, valueSpan: optSpan, quoting: keep, literal: keep, offsets,
  through: optional(array(object<{ name: string; span: Span }>({ name: keep, span }))), via: keep,
}, ownPath);

const shiftValue: Shift<ShellValue> = object<ShellValue>({ value: keep, reason: keep, partial: keep, place: (p, m) => shiftPlace(p, m, p.path) });

const shiftEnvEntry = object<ShellEnvEntry>({
  name: keep, value: keep, reason: keep, passThrough: keep, absent: keep, place: (p, m) => shiftPlace(p, m, p.path),
  assignedAt: optional(object<{ path: string; span: Span }>({ path: keep, span }, ownPath)),
});

const shiftEnvFile = object<ShellEnvFile>({ word: shiftValue, resolved: keep, unknownReason: keep });
const shiftMount = object<ShellMount>({ kind: keep, word: shiftValue, source: keep, target: keep, confTarget: keep, resolvedSource: keep });
const shiftProblem = object<ShellProblemReport>({ path: keep, span, message: keep, code: keep }, ownPath);

type DockerOption = DockerInvocation['options'][number];

/** An option; the value of one nothing reads is computed when first asked for (dockerRun.ts): moved then too. */
const shiftOption: Shift<DockerOption> = (o, m, file) => {
  const lazy = Object.getOwnPropertyDescriptor(o, 'value')?.get;
  if (!lazy) return object<DockerOption>({ name: keep, value: optional(shiftValue), span })(o, m, file);
  const out = { name: o.name, span: span(o.span, m, file) } as DockerOption;
  let memo: ShellValue | undefined;
  Object.defineProperty(out, 'value', { enumerable: true, get: () => (memo ??= shiftValue(lazy() as ShellValue, m, file)) });
  return out;
};

const shiftInvocation: Shift<DockerInvocation> = object<DockerInvocation>({
  path: keep, program: keep, subcommand: keep, span, source: keep, name: optional(shiftValue), image: optional(shiftValue),
  env: array(shiftEnvEntry), envFiles: array(shiftEnvFile), mounts: array(shiftMount), network: optional(shiftValue),
  args: array(shiftValue), options: array(shiftOption),
  cwd: keep, conditional: keep, looksLikeNacos: keep, clusterKey: keep, problems: array(shiftProblem),
}, ownPath);

const shiftBuild: Shift<DockerBuild> = object<DockerBuild>({
  path: keep, span, tags: keep, file: keep, context: keep, target: keep, buildArgs: keep, dir: keep, dirUnknown: keep,
}, ownPath);

export type { ReadContext };
