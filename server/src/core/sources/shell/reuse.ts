// Per-run reuse for large scripts (the language server's keystroke path; the engine holds the memo: none in the CLI).
// A keystroke in a 2,000-line deployment script changes one line, yet every `docker run`'s node was built again (and
// moved offsets after the edit meant a copy of everything anyway). The memo keeps, per `docker run` of a script, the
// node built from it and the problems met on the way, and hands them back while
//  - the reading replayed the invocation from the previous text (./incremental.ts: its command's text and every
//    variable it read are the same; `IncrementalShell.base` links it to the previous reading's invocation),
//  - no line the invocation was read from (its command, the assignments its values came through) is a line the edit
//    touched (the node also reads the text around those places: quotes, the `NAME=` before a value),
//  - every other file it read (env files, mounted confs) has the same text, and the settings are the same object,
//  - the file builds no image (`docker build`: a run of a built tag reads the Dockerfile and the builds before it).
// The node is moved to the current text (model/shift.ts) through the one edit since: offsets before the edited lines
// stay, offsets after them move by its length, offsets on them cannot be moved (the run is built again). Its id,
// cluster key (both name the run's offset) and reader are this analysis's. Lines are the same (an edit that adds or
// removes a line break makes the reading walk every later command again). The engine keeps the runs' rule reports
// beside it (engine/shellReuse.ts). test/unit/shell-memo.test.ts compares memo runs with fresh runs after random edits.
import type { LintSettings } from '../../settings';
import type { Span } from '../../types';
import type { NacosNode } from '../../model/node';
import { composed, moveNode, shiftCommandLine, shiftContainer, shiftEnvValue, shiftSetting, span, Unmappable, type Mover } from '../../model/shift';
import { diffTexts } from '../../syntax/shell/parser';
import type { ShellReadState } from './index';
import type { DockerInvocation, ShellPlace } from './types';

/** A problem met building a run's node (an env file's syntax). */
export interface RunProblem {
  path: string;
  span: Span;
  message: string;
}

/** What one `docker run` gave. */
export interface RunEntry {
  /** Stays while the run is reused (the report memo's cluster keys name it). */
  readonly id: number;
  inv: DockerInvocation;
  /** The node handed out in the last analysis; undefined: the run is no Nacos server (another image). */
  node: NacosNode | undefined;
  /** The node as built, the text it was built in and the run's offset there, and the movers from that text to the
   *  last analysis's. */
  base: NacosNode | undefined;
  baseText: string;
  baseStart: number;
  movers: Mover[];
  problems: RunProblem[];
  /** Other files it read, with their text then (undefined: missing). */
  reads: [string, string | undefined][];
  /** Line ranges [start, end] (end: the line's `\n`) of the text it was read from, pairs in order. */
  lines: number[];
  /** The cluster key names the run's offset (no NACOS_SERVERS). */
  runKeyed: boolean;
  /** What the node holds that might be a secret (model/secrets.ts `nodeSecrets`): its values never move. */
  secrets?: string[];
}

interface FileRuns {
  text: string;
  settings: LintSettings;
  entries: Map<DockerInvocation, RunEntry>;
}

/** The edit from the memo's text to the current one, as the lines it touched. */
interface Step {
  from: string;
  /** The edited lines of the old text, [zoneStart, zoneEnd] inclusive. */
  zoneStart: number;
  zoneEnd: number;
  delta: number;
  sameLines: boolean;
}

let entryIds = 0;

/** What makes a moved node this analysis's: its id and own cluster key name the run's offset, and its reader is this
 *  analysis's (a node's `container.read` reads the texts rules see). */
export interface Rebind {
  id: string;
  /** The cluster key, when it names the run's offset. */
  clusterKey?: string;
  read: (p: string) => string | undefined;
}

/** Edits after which a node moved lazily is moved for good (what reads it then goes through every one). */
const MAX_CHAIN = 16;

/** One script's pass in one analysis (from RunMemo.begin). */
export class RunPass {
  private readonly fresh = new Map<DockerInvocation, RunEntry>();
  private readonly mover: Mover | undefined;

  constructor(
    private readonly memo: RunMemo,
    private readonly file: FileRuns,
    readonly path: string,
    readonly text: string,
    private readonly step: Step | undefined,
    private readonly moved: Map<DockerInvocation, DockerInvocation> | undefined,
    private readonly read: (p: string) => string | undefined,
  ) {
    if (step) this.mover = zoneMover(path, step);
  }

  /** The node of a run the memo holds, moved to the current text, and the problems met building it; undefined when
   *  it must be built. `rebind` makes the moved node this analysis's (its id, cluster key and reader). */
  hit(inv: DockerInvocation, rebind: (e: RunEntry) => Rebind): { node: NacosNode | undefined; problems: RunProblem[] } | undefined {
    const old = this.moved?.get(inv) ?? inv;
    const e = this.file.entries.get(old);
    if (!e) return undefined;
    for (const [p, t] of e.reads) if (this.read(p) !== t) return undefined;
    let lines = e.lines;
    let base = e.base;
    let movers = e.movers;
    const step = this.step;
    if (step) {
      // An entry after the edit moved with it: only when no line break was added or removed (line numbers are the same).
      if (!step.sameLines && e.inv.span.end >= step.zoneStart) return undefined;
      // Its lines hold every place of its node in this file (what it was read from), and the text around them.
      if (touches(lines, step)) return undefined;
      if (old !== inv || e.inv.span.start > step.zoneEnd) {
        lines = moveLines(lines, step);
        movers = [...movers, this.mover!];
        // Back in the text it was built in, at its place there (a character typed and deleted): the node as built.
        if (this.text === e.baseText && inv.span.start === e.baseStart) movers = [];
        else if (base && movers.length > MAX_CHAIN) {
          try {
            base = moveNode(base, composed(movers));
          } catch (err) {
            if (err instanceof Unmappable) return undefined;
            throw err;
          }
          movers = [];
          e.baseText = this.text;
          e.baseStart = inv.span.start;
        }
      }
    }
    e.inv = inv;
    e.lines = lines;
    e.base = base;
    e.movers = movers;
    e.node = base && movedNode(base, movers, rebind(e));
    this.fresh.set(inv, e);
    if (e.node) this.memo.entryOf.set(e.node, e);
    this.memo.stats.reused++;
    return { node: e.node, problems: e.problems };
  }

  /** Records a run built in this analysis. */
  store(inv: DockerInvocation, node: NacosNode | undefined, problems: RunProblem[], reads: Iterable<string>, runKeyed: boolean): void {
    // A node built at every release of an unknown tag closes over the places of this text: built again each time.
    if (node?.atVersion) return;
    const e: RunEntry = {
      id: ++entryIds, inv, node, base: node && kept(node), baseText: this.text, baseStart: inv.span.start, movers: [], problems, runKeyed,
      reads: [...new Set(reads)].filter(p => p !== this.path).map(p => [p, this.read(p)]),
      lines: linesOf(inv, this.path, this.text),
    };
    this.fresh.set(inv, e);
    if (node) this.memo.entryOf.set(node, e);
    this.memo.stats.built++;
  }

  finish(): void {
    this.file.entries = this.fresh;
    this.file.text = this.text;
  }

  /** Moves offsets of this file from `text` (the text a record was made in) to the current one; undefined when
   *  that text is neither the current nor the previous one. `null`: nothing moves. */
  moverFrom(text: string): Mover | null | undefined {
    if (text === this.text) return null;
    return this.step && this.step.from === text ? this.mover : undefined;
  }
}

/** Kept by the engine across analyses (the language server's); the CLI never reuses anything. */
export class RunMemo {
  private readonly files = new Map<string, FileRuns>();
  private readonly passes = new Map<string, RunPass>();
  /** Counts, for tests and the benchmark: runs reused / built. */
  readonly stats = { reused: 0, built: 0 };
  /** The entry of every node it handed out (for the report memo and the secrets). */
  readonly entryOf = new WeakMap<NacosNode, RunEntry>();

  /** Starts a script's pass: `state` is the reading of `text` (its link to the previous text's). */
  begin(path: string, text: string, settings: LintSettings, state: ShellReadState, read: (p: string) => string | undefined): RunPass {
    let file = this.files.get(path);
    let step: Step | undefined;
    let moved: Map<DockerInvocation, DockerInvocation> | undefined;
    if (file && file.settings === settings && file.text !== text) {
      const base = state.incremental?.base;
      if (base && base.text === file.text) {
        step = stepOf(file.text, text);
        moved = base.moved;
      } else file = undefined;
    }
    if (!file || file.settings !== settings) {
      file = { text, settings, entries: new Map() };
      this.files.set(path, file);
    }
    const pass = new RunPass(this, file, path, text, step, moved, read);
    this.passes.set(path, pass);
    return pass;
  }

  /** The pass of a script in the current analysis (the report memo moves reports through it). */
  passOf(path: string): RunPass | undefined {
    return this.passes.get(path);
  }

  forget(path: string): void {
    this.files.delete(path);
    this.passes.delete(path);
  }

  get active(): boolean {
    return this.files.size > 0;
  }

  /** `compute()` once per entry: a node the memo maps to an entry is that entry's node, moved (the same values). */
  secretsOf(node: NacosNode, compute: () => string[]): string[] {
    const e = this.entryOf.get(node);
    return e ? (e.secrets ??= compute()) : compute();
  }
}

/** A node as the memo keeps it: without its reader, which holds the analysis that built it (a handed-out node gets
 *  the reader of its analysis: `movedNode`). */
function kept(node: NacosNode): NacosNode {
  return node.container ? { ...node, container: { ...node.container, read: NOT_KEPT } } : node;
}

const NOT_KEPT = (): never => {
  throw new Error('a kept node is handed out with the reader of its analysis');
};


/**
 * `base` moved by `movers` and made this analysis's: its anchor and command line now, its settings and environment
 * value by value when read, its container when read (a keystroke replays most runs' reports: what still reads a
 * reused node reads a few of its values). Its places are all on lines no edit since touched (`RunPass.hit`), so
 * every one moves.
 */
function movedNode(base: NacosNode, movers: Mover[], r: Rebind): NacosNode {
  const out: NacosNode = { ...base, id: r.id };
  if (r.clusterKey !== undefined) out.clusterHint = { ...base.clusterHint, key: r.clusterKey };
  const container = base.container;
  if (!movers.length) {
    if (container) out.container = { ...container, read: r.read };
    return out;
  }
  const m: Mover = { ...composed(movers), shared: new Map<object, unknown>() };
  const f = base.path;
  out.anchor = span(base.anchor, m, f);
  if (base.commandLine) out.commandLine = shiftCommandLine(base.commandLine, m, f);
  out.settings = new MovedLater(base.settings, s => shiftSetting(s, m, f));
  if (base.env) out.env = new MovedLater(base.env, v => shiftEnvValue(v, m, f));
  if (container) {
    let moved: typeof container | undefined;
    const own = (v: unknown) => Object.defineProperty(out, 'container', { value: v, writable: true, enumerable: true, configurable: true });
    Object.defineProperty(out, 'container', {
      enumerable: true, configurable: true, set: own,
      get: () => { moved ??= { ...shiftContainer(container, m, f), read: r.read }; own(moved); return moved; },
    });
  }
  return out;
}

/**
 * A node's settings or environment moved when first read, all at once (a reused run's node is mostly never read: its
 * reports are replayed, and its secrets were listed when it was built). Not a copy until then.
 */
class MovedLater<K, V> extends Map<K, V> {
  private base: Map<K, V> | undefined;
  constructor(base: Map<K, V>, private readonly shift: (v: V) => V) {
    super();
    this.base = base;
  }

  private fill(): void {
    const b = this.base;
    if (!b) return;
    this.base = undefined;
    for (const [k, v] of b) super.set(k, this.shift(v));
  }

  override get(k: K): V | undefined { this.fill(); return super.get(k); }
  override has(k: K): boolean { this.fill(); return super.has(k); }
  override get size(): number { this.fill(); return super.size; }
  override set(k: K, v: V): this { this.fill(); return super.set(k, v); }
  override delete(k: K): boolean { this.fill(); return super.delete(k); }
  override clear(): void { this.base = undefined; super.clear(); }
  override keys(): MapIterator<K> { this.fill(); return super.keys(); }
  override values(): MapIterator<V> { this.fill(); return super.values(); }
  override entries(): MapIterator<[K, V]> { this.fill(); return super.entries(); }
  override [Symbol.iterator](): MapIterator<[K, V]> { this.fill(); return super[Symbol.iterator](); }
  override forEach(f: (v: V, k: K, m: Map<K, V>) => void, self?: unknown): void { this.fill(); super.forEach(f, self); }
}

function stepOf(from: string, to: string): Step {
  const edit = diffTexts(from, to);
  const zoneStart = from.lastIndexOf('\n', edit.start - 1) + 1;
  let zoneEnd = from.indexOf('\n', edit.oldEnd);
  if (zoneEnd < 0) zoneEnd = from.length;
  return { from, zoneStart, zoneEnd, delta: edit.newEnd - edit.oldEnd, sameLines: newlines(from, edit.start, edit.oldEnd) === newlines(to, edit.start, edit.newEnd) };
}

function newlines(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', start); i >= 0 && i < end; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Offsets before the edited lines stay, after them move by the edit's length; on them: Unmappable. */
function zoneMover(path: string, step: Step): Mover {
  const { zoneStart, zoneEnd, delta } = step;
  return {
    path,
    point(o) {
      if (o < zoneStart) return o;
      if (o > zoneEnd) return o + delta;
      throw new Unmappable();
    },
  };
}

function touches(lines: number[], step: Step): boolean {
  for (let i = 0; i < lines.length; i += 2) if (lines[i] <= step.zoneEnd && lines[i + 1] >= step.zoneStart) return true;
  return false;
}

function moveLines(lines: number[], step: Step): number[] {
  return lines.map(o => (o > step.zoneEnd ? o + step.delta : o));
}

/** The lines an invocation was read from: its command's, and those of the places its values came through. */
function linesOf(inv: DockerInvocation, path: string, text: string): number[] {
  const pts: number[] = [];
  const place = (p: ShellPlace | undefined): void => {
    if (!p || p.path !== path) return;
    pts.push(p.span.start, p.span.end);
    if (p.valueSpan) pts.push(p.valueSpan.start, p.valueSpan.end);
    if (p.offsets) for (const o of p.offsets) pts.push(o);
    if (p.through) for (const t of p.through) pts.push(t.span.start, t.span.end);
  };
  place(inv.name?.place);
  place(inv.image?.place);
  place(inv.network?.place);
  for (const e of inv.env) {
    place(e.place);
    if (e.assignedAt && e.assignedAt.path === path) pts.push(e.assignedAt.span.start, e.assignedAt.span.end);
  }
  for (const f of inv.envFiles) place(f.word.place);
  for (const m of inv.mounts) place(m.word.place);
  for (const a of inv.args) place(a.place);
  for (const p of inv.problems) if (p.path === path) pts.push(p.span.start, p.span.end);
  const ranges: [number, number][] = [[lineStart(text, inv.span.start), lineEnd(text, inv.span.end)]];
  for (const o of pts) {
    if (o >= ranges[0][0] && o <= ranges[0][1]) continue;
    ranges.push([lineStart(text, o), lineEnd(text, o)]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [s, e] of ranges) {
    if (out.length && s <= out[out.length - 1] + 1) out[out.length - 1] = Math.max(out[out.length - 1], e);
    else out.push(s, e);
  }
  return out;
}

function lineStart(text: string, o: number): number {
  return o <= 0 ? 0 : text.lastIndexOf('\n', o - 1) + 1;
}

function lineEnd(text: string, o: number): number {
  const i = text.indexOf('\n', o);
  return i < 0 ? text.length : i;
}
