// `--fix` on disk without losing data: edits are spliced into the bytes that were read (never a re-encoding of the
// decoded text), every target is checked before anything is written, and each file is replaced atomically — a
// temporary file beside it, renamed over it only when the file still holds the bytes that were read.
import { accessSync, closeSync, constants, fchmodSync, fchownSync, fdatasyncSync, fstatSync, lstatSync, openSync, realpathSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { Span } from '../core';
import { decodeText, insideRoots, readBytesNow, type ReadResult } from './fsio';

/** A piece of a file's current text: a range of the text that was read, or text written by a fix. */
export type Segment = { from: Span } | { text: string };

/** An edit in the current text's offsets (the shape of the core's TextEdit, without the path). */
export interface SpanEdit { span: Span; newText: string }

/** Text of segments over the original text. */
export function segmentsText(original: string, segs: Segment[]): string {
  let out = '';
  for (const s of segs) out += 'from' in s ? original.slice(s.from.start, s.from.end) : s.text;
  return out;
}

function pushSeg(out: Segment[], s: Segment): void {
  const last = out[out.length - 1];
  if ('from' in s) {
    if (s.from.start === s.from.end) return;
    if (last && 'from' in last && last.from.end === s.from.start) { out[out.length - 1] = { from: { start: last.from.start, end: s.from.end } }; return; }
  } else {
    if (!s.text) return;
    if (last && 'text' in last) { out[out.length - 1] = { text: last.text + s.text }; return; }
  }
  out.push(s);
}

/** The segments covering [a, b) of the current text. */
function sliceSegs(original: string, segs: Segment[], a: number, b: number, out: Segment[]): void {
  let pos = 0;
  for (const s of segs) {
    const len = 'from' in s ? s.from.end - s.from.start : s.text.length;
    const lo = Math.max(a, pos);
    const hi = Math.min(b, pos + len);
    if (lo < hi) {
      if ('from' in s) pushSeg(out, { from: { start: s.from.start + lo - pos, end: s.from.start + hi - pos } });
      else pushSeg(out, { text: s.text.slice(lo - pos, hi - pos) });
    }
    pos += len;
    if (pos >= b) break;
  }
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Above this many character pairs an edit is only trimmed of its common ends (a fix's edits are short). */
const DIFF_CELLS = 1 << 18;

/**
 * An edit as the smallest pieces that change (a fix that rewrites a whole value — removing its quotes, say — keeps the
 * bytes of every character it leaves as it was): common ends are trimmed, and a short remainder is diffed by longest
 * common subsequence. Surrogate pairs are never split.
 */
export function pieces(text: string, e: SpanEdit): SpanEdit[] {
  const old = text.slice(e.span.start, e.span.end);
  const nw = e.newText;
  let p = 0;
  while (p < old.length && p < nw.length && old.charCodeAt(p) === nw.charCodeAt(p)) p++;
  if (p > 0 && isHigh(old.charCodeAt(p - 1))) p--;
  let s = 0;
  while (s < old.length - p && s < nw.length - p && old.charCodeAt(old.length - 1 - s) === nw.charCodeAt(nw.length - 1 - s)) s++;
  if (s > 0 && isLow(old.charCodeAt(old.length - s))) s--;
  const a = old.slice(p, old.length - s);
  const b = nw.slice(p, nw.length - s);
  const base = e.span.start + p;
  if (!a.length || !b.length || (a.length + 1) * (b.length + 1) > DIFF_CELLS) return [{ span: { start: base, end: base + a.length }, newText: b }];
  // lcs[i][j]: longest common subsequence of a[i..] and b[j..]; matches never pair half of a surrogate pair.
  const w = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * w);
  const same = (i: number, j: number) => a.charCodeAt(i) === b.charCodeAt(j) && !isHigh(a.charCodeAt(i)) && !isLow(a.charCodeAt(i));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] = same(i, j) ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    }
  }
  const out: SpanEdit[] = [];
  let i = 0;
  let j = 0;
  let from = 0;
  let ins = '';
  let open = false;
  const flush = () => { if (open) out.push({ span: { start: base + from, end: base + i }, newText: ins }); open = false; ins = ''; };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && same(i, j)) { flush(); i++; j++; continue; }
    if (!open) { open = true; from = i; }
    if (j < b.length && (i >= a.length || lcs[i * w + j + 1] >= lcs[(i + 1) * w + j])) ins += b[j++];
    else i++;
  }
  flush();
  return out;
}

/**
 * Applies edits to a file's current segments (and text) the way the core's applyEdits does: sorted by start, an edit
 * overlapping an earlier one is left for the next round; identical edits (one file reached under two names) count
 * once. Each edit is applied as its changing pieces, their new text passed through `form` (the file's disk form).
 */
export function applyToSegments(original: string, segs: Segment[], current: string, edits: SpanEdit[], form: (s: string) => string = s => s): { segs: Segment[]; text: string } {
  const seen = new Set<string>();
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
    .filter(e => { const k = `${e.span.start}:${e.span.end}:${e.newText}`; if (seen.has(k)) return false; seen.add(k); return true; });
  const out: Segment[] = [];
  let pos = 0;
  let text = '';
  for (const e0 of sorted) {
    if (e0.span.start < pos) continue;
    for (const e of pieces(current, e0)) {
      sliceSegs(original, segs, pos, e.span.start, out);
      const t = form(e.newText);
      pushSeg(out, { text: t });
      text += current.slice(pos, e.span.start) + t;
      pos = e.span.end;
    }
    // What is left of the edit's span after its last piece is unchanged text.
    sliceSegs(original, segs, pos, e0.span.end, out);
    text += current.slice(pos, e0.span.end);
    pos = Math.max(pos, e0.span.end);
  }
  sliceSegs(original, segs, pos, current.length, out);
  text += current.slice(pos);
  return { segs: out, text };
}

/**
 * Text a fix writes, in the form the file's loader reads back as the same characters: Spring reads .properties as
 * ISO-8859-1, so there a character the file cannot hold as one byte is a `\uXXXX` escape (every non-ASCII one in a
 * file that was read as UTF-8, which then stays valid UTF-8). Env and YAML files are UTF-8 and take text as it is.
 */
export function diskForm(path: string, encoding: 'utf-8' | 'latin1', text: string): string {
  if (!path.endsWith('.properties')) return text;
  const limit = encoding === 'latin1' ? 0xff : 0x7f;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c <= limit ? text[i] : `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return out;
}

/** The new bytes: unchanged ranges copied from the bytes that were read, new text encoded as the file is read. */
export function spliceBytes(original: string, bytes: Buffer, encoding: 'utf-8' | 'latin1', segs: Segment[]): Buffer {
  // Character offset → byte offset in one pass over the boundaries (UTF-8; ISO-8859-1 is one byte per character).
  const bounds = new Set<number>();
  for (const s of segs) if ('from' in s) { bounds.add(s.from.start); bounds.add(s.from.end); }
  const byteAt = new Map<number, number>();
  let lastChar = 0;
  let lastByte = 0;
  for (const b of [...bounds].sort((x, y) => x - y)) {
    lastByte += encoding === 'latin1' ? b - lastChar : Buffer.byteLength(original.slice(lastChar, b), 'utf8');
    lastChar = b;
    byteAt.set(b, lastByte);
  }
  const parts: Buffer[] = [];
  for (const s of segs) {
    if ('from' in s) parts.push(bytes.subarray(byteAt.get(s.from.start)!, byteAt.get(s.from.end)!));
    else parts.push(Buffer.from(s.text, encoding === 'latin1' ? 'latin1' : 'utf8'));
  }
  return Buffer.concat(parts);
}

/** The process's user id, or undefined where there is none (Windows). */
const euid = (): number | undefined => (typeof process.geteuid === 'function' ? process.geteuid() : undefined);

/**
 * Why `--fix` must not write a file (undefined: it may): only regular files inside the given paths, unchanged since
 * they were read, with a write bit (root passes `access()` for a 0444 file, so the mode bits are checked too), whose
 * folder takes the temporary file, and whose owner an atomic replacement keeps.
 */
export function whyNotWritable(path: string, read: ReadResult | undefined, roots: string[]): string | undefined {
  if (!read || read.text === undefined || !read.bytes || !read.stat) return read?.error ? `not read (${read.error})` : 'does not exist (--fix never creates files)';
  let real: string;
  try { real = realpathSync.native(path); } catch { return 'is gone'; }
  if (!insideRoots(real, roots)) {
    let link = false;
    try { link = lstatSync(path).isSymbolicLink(); } catch { /* gone */ }
    return link ? 'is a symbolic link to a file outside the given paths' : 'is outside the given paths';
  }
  let st;
  try { st = lstatSync(real); } catch { return 'is gone'; }
  if (!st.isFile()) return 'is not a regular file';
  if (st.dev !== read.stat.dev || st.ino !== read.stat.ino) return 'was replaced on disk since it was read';
  if (st.nlink > 1) return `has ${st.nlink} hard links (replacing it would split them)`;
  if ((st.mode & 0o222) === 0) return `is read-only (mode ${(st.mode & 0o777).toString(8).padStart(4, '0')})`;
  const uid = euid();
  if (uid !== undefined && uid !== 0) {
    try { accessSync(real, constants.W_OK); } catch { return 'is not writable (permission denied)'; }
    if (st.uid !== uid) return 'belongs to another user (replacing it would change its owner)';
    try { accessSync(dirname(real), constants.W_OK | constants.X_OK); } catch { return 'its folder is not writable (the safe write needs a temporary file beside it)'; }
  }
  return undefined;
}

const reasonOf = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES': case 'EPERM': return 'permission denied while writing';
    case 'ENOSPC': return 'no space left on the device';
    case 'EDQUOT': return 'disk quota exceeded';
    case 'EROFS': return 'the file system is read-only';
    case 'NAL_OWNER': return 'cannot keep the file\'s owner and group';
    default: return `write failed (${code ?? 'error'})`;
  }
};

/** A new version of one file, ready to write. */
export interface PlannedWrite {
  /** Real path of the file. */
  real: string;
  /** The name it was read under (its extension decides how it is decoded). */
  name: string;
  read: ReadResult;
  bytes: Buffer;
  /** What the new bytes must decode to (checked before anything is written). */
  text: string;
}

export interface Staged { w: PlannedWrite; tmp: string }

/** Writes the new version to a temporary file beside the target, with the target's mode and owner, synced to disk. */
export function stage(w: PlannedWrite): Staged | { error: string } {
  const d = decodeText(w.name, w.bytes);
  if (!d || d.text !== w.text) return { error: 'the fixed text cannot be written in the file\'s encoding' };
  const st = w.read.stat!;
  const tmp = join(dirname(w.real), `.${basename(w.real)}.nal-fix-${randomBytes(6).toString('hex')}`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o600);
    let n = 0;
    while (n < w.bytes.length) n += writeSync(fd, w.bytes, n, w.bytes.length - n);
    const t = fstatSync(fd);
    if (t.uid !== st.uid || t.gid !== st.gid) {
      try { fchownSync(fd, st.uid, st.gid); } catch { throw Object.assign(new Error('owner'), { code: 'NAL_OWNER' }); }
    }
    fchmodSync(fd, st.mode & 0o7777); // after chown, which clears set-id bits
    fdatasyncSync(fd); // the new bytes are on disk before the rename can make them the file's
    closeSync(fd);
    return { w, tmp };
  } catch (e) {
    if (fd !== undefined) try { closeSync(fd); } catch { /* already closed */ }
    discard(tmp);
    return { error: reasonOf(e) };
  }
}

export function discard(tmp: string): void {
  try { unlinkSync(tmp); } catch { /* never created */ }
}

/**
 * Whether the file is still the one that was read: same file, bytes, mode and owner (a chmod 0444 made during the run
 * must not be undone by the replacement, which carries the mode that was read).
 */
export function unchangedOnDisk(w: PlannedWrite): boolean {
  const now = readBytesNow(w.real);
  const st = w.read.stat!;
  return !!now && now.stat.dev === st.dev && now.stat.ino === st.ino && now.stat.mode === st.mode && now.stat.uid === st.uid
    && now.stat.gid === st.gid && now.bytes.equals(w.read.bytes!);
}

/**
 * Renames the staged file over the target. The folder is not synced: after a crash either version is there, whole
 * (the temporary file was synced before), which is all the promise needs; syncing every folder doubled a large run.
 */
export function commit(s: Staged): string | undefined {
  try {
    renameSync(s.tmp, s.w.real);
  } catch (e) {
    discard(s.tmp);
    return reasonOf(e);
  }
  return undefined;
}
