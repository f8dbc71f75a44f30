// The shell source: finds `docker run` / `docker create` / `podman run` in shell scripts, Makefile recipes, Markdown
// code blocks and CI workflow steps, and reads each as bash would pass it. Entry point: readShellFile.
import type { SourceFile, Span } from '../../types';
import type { ProducedText } from '../textOrigin';
import { parseShellAt } from '../../syntax/shell/parser';
import { ShellEnv, walkScript } from '../../syntax/shell/expand';
import { readBuild, readInvocation, type ReadContext } from './dockerRun';
import type { ShellScript } from '../../syntax/shell/ast';
import { readIncrementally, type ChunkReader, type IncrementalShell, type IncrementalStats } from './incremental';
import { fromProduced, type MappedText } from './produced';
import { lineIndex, scriptChunks, scriptKind, type ScriptChunk } from './scripts';
import type { ShellReading, ShellValue } from './types';

export type { DockerBuild, DockerInvocation, ShellEnvEntry, ShellEnvFile, ShellMount, ShellPlace, ShellReading, ShellValue } from './types';
export { scriptKind } from './scripts';

/** Files worth reading: a script source that mentions Nacos (case-insensitive). */
export function mayHaveShellInvocations(path: string, text: string): boolean {
  return /nacos/i.test(text) && scriptKind(path, text) !== undefined;
}

/**
 * Reads one file. Returns undefined when it is not a script source or does not mention Nacos (the fast pre-check).
 * Never throws on bad input and never runs anything.
 */
export function readShellFile(file: SourceFile): ShellReading | undefined {
  return readShellState(file, undefined).reading;
}

/** A file's reading with what the next text's reading can reuse (kept by the engine: `SourceContext.derived`). */
export interface ShellReadState {
  reading: ShellReading | undefined;
  incremental?: IncrementalShell;
}

/**
 * readShellFile, reusing the reading of the file's previous text: a shell script re-reads only the top-level
 * commands an edit changed and those whose variables it changed (./incremental.ts); the result is the same.
 */
export function readShellState(file: SourceFile, previous: ShellReadState | undefined, stats?: IncrementalStats): ShellReadState {
  if (!/nacos/i.test(file.text)) return { reading: undefined };
  const kind = scriptKind(file.path, file.text);
  if (!kind) return { reading: undefined };
  const chunks = scriptChunks(file.path, file.text, kind);
  if (kind !== 'shell') return { reading: readChunks(chunks, file.text).reading };
  const r = readChunks(chunks, file.text, { prev: previous?.incremental, ...(stats ? { stats } : {}) });
  return { reading: r.reading, ...(r.state ? { incremental: r.state } : {}) };
}

/** Reads script text produced elsewhere (a rendered template, an embedded file), run in `dir`. */
export function readProducedScript(p: ProducedText, path: string, dir: string, label: string): ShellReading {
  return readChunks([{ text: fromProduced(p, path), source: p.name, label, dir, fresh: true }], undefined).reading;
}

function lineWhere(file: string | undefined, text: MappedText): (span: Span) => string {
  const lineOf = file === undefined ? undefined : lineIndex(file);
  return (span) => {
    const o = text.fileOffset(span.start);
    return o === undefined || !lineOf ? 'an unknown line' : `line ${lineOf(o)}`;
  };
}

export function readChunks(chunks: ScriptChunk[], file: string | undefined, incremental?: { prev: IncrementalShell | undefined; stats?: IncrementalStats }): { reading: ShellReading; state?: IncrementalShell } {
  const reading: ShellReading = { invocations: [], problems: [], nacosServers: [] };
  let state: IncrementalShell | undefined;
  for (const chunk of chunks) {
    const { text } = chunk;
    const where = lineWhere(file, text);
    const env = new ShellEnv({ unknownAt: text.unknownAt, where });
    // Markdown blocks are one shell session: each block is parsed alone (an unterminated quote stays in its block).
    for (const block of chunk.blocks ?? [{ span: { start: 0, end: text.text.length }, source: chunk.source }]) {
      const ctx = { text, dir: chunk.dir, label: chunk.label, source: block.source };
      const found = reading.invocations.length;
      const reader = chunkReader(reading, env, text, ctx, chunk.label);
      let script: ShellScript;
      if (incremental && chunks.length === 1 && !chunk.blocks) {
        // A script file (one chunk, its own text): re-read only what an edit changed (./incremental.ts).
        state = readIncrementally(text, reader, env, incremental.prev, incremental.stats);
        script = state.parse.script;
      } else {
        script = parseShellAt(text.text.slice(block.span.start, block.span.end), block.span.start);
        walkScript(script, text.text, (v) => reader.visit(v), env);
      }
      reader.flush();
      if (reading.invocations.length > found || /docker|podman/.test(text.text.slice(block.span.start, block.span.end))) {
        for (const p of script.problems) {
          const span = text.spanInFile(p.span);
          if (span) reading.problems.push({ path: text.path, span, message: p.message, code: 'syntax' });
        }
      }
    }
  }
  return { reading, ...(state ? { state } : {}) };
}

/** What each command of a chunk adds to the reading: its container run or build, and NACOS_SERVERS declarations. */
function chunkReader(reading: ShellReading, env: ShellEnv, text: MappedText, ctx: ReadContext, label: string): ChunkReader {
  // Declarations take effect after the visit: read their value at the next command (or the end).
  const pending: Span[] = [];
  const flush = (): void => {
    for (const span of pending.splice(0)) reading.nacosServers.push(serversValue(env, span, text, label));
  };
  return {
    reading, pending, flush,
    visit(v) {
      flush();
      // NACOS_SERVERS=… alone, or export/readonly/declare NACOS_SERVERS=… (not a prefix of a command).
      const assigns = v.cmd.words.length === 0 ? v.cmd.assigns : v.cmd.words.flatMap((w) => (w.assign ? [w.assign] : []));
      for (const a of assigns) {
        if (a.name === 'NACOS_SERVERS') pending.push(a.span);
      }
      const inv = readInvocation(v, ctx);
      if (inv) reading.invocations.push(inv);
      else {
        const b = readBuild(v, ctx);
        if (b) (reading.builds ??= []).push(b);
      }
    },
  };
}

function serversValue(env: ShellEnv, span: Span, text: MappedText, label: string): ShellValue {
  const st = env.get('NACOS_SERVERS');
  const s = text.fileOffset(span.start) ?? span.start;
  const e = text.fileOffset(span.end) ?? span.end;
  const place = { path: text.path, span: { start: s, end: e }, quoting: 'none' as const, literal: false, via: `NACOS_SERVERS in ${label}` };
  return st?.kind === 'set' ? { value: st.chars.value, place } : { reason: st?.kind === 'unknown' ? st.reason : 'unset', place };
}
