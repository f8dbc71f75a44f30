import { closeSync, constants, openSync, readSync, readdirSync, statSync, fstatSync, lstatSync, realpathSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { MAX_FILE_BYTES, classify } from '../core';

export const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

/** What `fstat` said about a file when it was read (`--fix` checks it again before writing). */
export interface ReadStat { dev: number; ino: number; mode: number; uid: number; gid: number; nlink: number; size: number }

export interface ReadResult {
  text?: string;
  error?: string;
  /** The bytes the text was decoded from, and how: `--fix` edits these bytes, never re-encodes the text. */
  bytes?: Buffer;
  encoding?: 'utf-8' | 'latin1';
  stat?: ReadStat;
}

// ignoreBOM keeps a BOM in the text: Spring reads .properties as ISO-8859-1 (a BOM garbles the first key) and
// env-file-encoding reports it in env files — stripping it here would hide both.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// O_NONBLOCK: opening a FIFO (an env_file pointing at a named pipe) would otherwise wait for a writer forever;
// regular files ignore it. Not on Windows, which has no FIFOs.
const OPEN_FLAGS = process.platform === 'win32' ? constants.O_RDONLY : constants.O_RDONLY | constants.O_NONBLOCK;

/**
 * Decodes bytes the way `readTextFile` does: strict UTF-8, or ISO-8859-1 for a .properties file that is not valid
 * UTF-8 (Spring reads ISO-8859-1). Both decodings are one-to-one, so unchanged text encodes back to the same bytes.
 */
export function decodeText(path: string, bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'latin1' } | undefined {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    if (path.endsWith('.properties')) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), encoding: 'latin1' };
    return undefined;
  }
}

/** Reads a whole regular file (at most MAX_FILE_BYTES+1 bytes) from an open descriptor. */
function readAll(fd: number, size: number): Buffer {
  // Unfilled: only the bytes read are handed on (`subarray(0, n)`).
  const buf = Buffer.allocUnsafe(Math.min(size, MAX_FILE_BYTES + 1));
  let n = 0;
  while (n < buf.length) {
    const r = readSync(fd, buf, n, buf.length - n, n);
    if (r === 0) break;
    n += r;
  }
  return buf.subarray(0, n);
}

/**
 * Reads a file the way the tools that consume it do: .properties as ISO-8859-1 when the bytes are not valid UTF-8
 * (Spring reads ISO-8859-1), everything else as strict UTF-8. Directories, devices, huge and binary files
 * give an error message instead of text; never more than MAX_FILE_BYTES+1 bytes are read.
 */
export function readTextFile(path: string): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : `cannot open (${code ?? 'error'})` };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { error: 'is a directory, not a file' };
    if (!st.isFile()) return { error: 'is not a regular file' };
    if (st.size > MAX_FILE_BYTES) return { error: `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; not analysed` };
    const bytes = readAll(fd, st.size);
    if (bytes.subarray(0, 8192).includes(0)) return { error: 'file looks binary (NUL bytes); not analysed' };
    const d = decodeText(path, bytes);
    if (!d) return { error: 'file is not valid UTF-8; not analysed' };
    const stat: ReadStat = { dev: st.dev, ino: st.ino, mode: st.mode, uid: st.uid, gid: st.gid, nlink: st.nlink, size: st.size };
    return { text: d.text, bytes, encoding: d.encoding, stat };
  } finally {
    closeSync(fd);
  }
}

/** The current bytes and identity of a file, or undefined when it is gone or not a regular file (`--fix`'s re-check). */
export function readBytesNow(path: string): { bytes: Buffer; stat: ReadStat } | undefined {
  let fd: number;
  try { fd = openSync(path, OPEN_FLAGS); } catch { return undefined; }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > MAX_FILE_BYTES) return undefined;
    return { bytes: readAll(fd, st.size + 1), stat: { dev: st.dev, ino: st.ino, mode: st.mode, uid: st.uid, gid: st.gid, nlink: st.nlink, size: st.size } };
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);

/** The real paths of the paths given on the command line: what "inside the given paths" means for links and `--fix`. */
export function realRoots(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    try { out.push(realpathSync.native(resolve(p))); } catch { /* reported by collectFiles */ }
  }
  return out;
}

/** Whether a real path is one of `roots` or below one. */
export function insideRoots(real: string, roots: string[]): boolean {
  return roots.some(r => real === r || real.startsWith(r.endsWith(sep) ? r : r + sep));
}

/** A symbolic link the walk did not follow, and why. */
export interface SkippedLink { path: string; why: 'outside' | 'broken' }

/**
 * Walks paths for files the linter understands. Symbolic links met on the way are followed only when their target
 * stays inside the given paths (a file link is linted under its own name, so a node whose application.properties
 * links to a shared file is still a node); links out of the tree and broken links are passed to `onSkippedLink`.
 * Paths named on the command line are taken as they are. Folder loops and unreadable folders are skipped.
 */
export function collectFiles(paths: string[], onError: (path: string, message: string) => void, onSkippedLink?: (link: SkippedLink) => void): string[] {
  const out: string[] = [];
  const outSet = new Set<string>();
  const seenDirs = new Set<string>();
  const roots = realRoots(paths);
  const visit = (p: string, explicit: boolean) => {
    let st;
    try {
      st = lstatSync(p);
      if (st.isSymbolicLink()) {
        if (!explicit) {
          let real: string;
          try { real = realpathSync.native(p); } catch { onSkippedLink?.({ path: p, why: 'broken' }); return; }
          if (!insideRoots(real, roots)) { onSkippedLink?.({ path: p, why: 'outside' }); return; }
        }
        st = statSync(p);
      }
    } catch (e) {
      if (explicit) onError(p, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : 'cannot read');
      return;
    }
    if (st.isDirectory()) {
      // Only folders are de-duplicated by identity (loops); two names of one file are two files.
      const id = `${st.dev}:${st.ino}`;
      if (seenDirs.has(id)) return;
      seenDirs.add(id);
      let names: string[];
      try { names = readdirSync(p).sort(); } catch { onError(p, 'cannot read directory'); return; }
      for (const name of names) {
        if (SKIP_DIRS.has(name)) continue;
        visit(join(p, name), false);
      }
    } else if (st.isFile()) {
      const path = toPosix(resolve(p));
      if (outSet.has(path)) return;
      if (explicit || classify(toPosix(p)) !== 'unknown' || /\.ya?ml$/i.test(p)) { out.push(path); outSet.add(path); }
    } else if (explicit) {
      onError(p, 'is not a regular file (device, FIFO or socket); not analysed');
    }
  };
  for (const p of paths) visit(resolve(p), true);
  return out;
}
