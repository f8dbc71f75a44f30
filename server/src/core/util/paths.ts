// Forward-slash path helpers for the pure core (no process.cwd(): every path we get is already absolute).

import { posix } from 'path';

const DRIVE = /^[A-Za-z]:\//;

export function toSlashes(p: string): string {
  return p.includes('\\') ? p.replace(/\\/g, '/') : p;
}

export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || DRIVE.test(toSlashes(p));
}

export function dirname(p: string): string {
  const s = toSlashes(p);
  const d = posix.dirname(s);
  return /^[A-Za-z]:$/.test(d) ? d + '/' : d;
}

export function basename(p: string): string {
  return posix.basename(toSlashes(p));
}

/** `rel` against `base` (an absolute directory); absolute `rel` wins. */
export function resolvePath(base: string, rel: string): string {
  // Backslashes separate directories only on Windows; on POSIX they are ordinary file-name characters.
  const r = DRIVE.test(toSlashes(base)) ? toSlashes(rel) : rel;
  if (isAbsolutePath(r)) return posix.normalize(r);
  return posix.normalize(`${toSlashes(base)}/${r}`);
}

export function baseName(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}

export function dirName(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? (i === 0 ? '/' : '.') : path.slice(0, i);
}
