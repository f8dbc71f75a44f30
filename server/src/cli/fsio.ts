import { closeSync, constants, openSync, readSync, readdirSync, statSync, fstatSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { MAX_FILE_BYTES, classify } from '../core';

export const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

export interface ReadResult { text?: string; error?: string }

// ignoreBOM keeps a BOM in the text: Spring reads .properties as ISO-8859-1 (a BOM garbles the first key) and
// env-file-encoding reports it in env files — stripping it here would hide both.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// O_NONBLOCK: opening a FIFO (an env_file pointing at a named pipe) would otherwise wait for a writer forever;
// regular files ignore it. Not on Windows, which has no FIFOs.
const OPEN_FLAGS = process.platform === 'win32' ? constants.O_RDONLY : constants.O_RDONLY | constants.O_NONBLOCK;

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
    const buf = Buffer.alloc(Math.min(st.size, MAX_FILE_BYTES + 1));
    let n = 0;
    while (n < buf.length) {
      const r = readSync(fd, buf, n, buf.length - n, n);
      if (r === 0) break;
      n += r;
    }
    const bytes = buf.subarray(0, n);
    if (bytes.subarray(0, 8192).includes(0)) return { error: 'file looks binary (NUL bytes); not analysed' };
    try {
      return { text: utf8.decode(bytes) };
    } catch {
      if (path.endsWith('.properties')) return { text: bytes.toString('latin1') };
      return { error: 'file is not valid UTF-8; not analysed' };
    }
  } finally {
    closeSync(fd);
  }
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);

/** Walks paths for files the linter understands; symlink loops and unreadable folders are skipped. */
export function collectFiles(paths: string[], onError: (path: string, message: string) => void): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (p: string, explicit: boolean) => {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      if (explicit) onError(p, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : 'cannot read');
      return;
    }
    const id = `${st.dev}:${st.ino}`;
    if (seen.has(id)) return;
    seen.add(id);
    if (st.isDirectory()) {
      let names: string[];
      try { names = readdirSync(p).sort(); } catch { onError(p, 'cannot read directory'); return; }
      for (const name of names) {
        if (SKIP_DIRS.has(name)) continue;
        visit(join(p, name), false);
      }
    } else if (st.isFile()) {
      if (explicit || classify(toPosix(p)) !== 'unknown' || /\.ya?ml$/i.test(p)) out.push(toPosix(resolve(p)));
    } else if (explicit) {
      onError(p, 'is not a regular file (device, FIFO or socket); not analysed');
    }
  };
  for (const p of paths) visit(resolve(p), true);
  return out;
}
