// "Add .env to .gitignore": a fix that created a file holding secrets offers to keep it out of git. The nearest
// `.gitignore` at or above the file (up to `root`) gets one line; without any, one is created next to the file.
import type { TextEdit } from '../types';
import { baseName, dirName } from '../util/paths';

/** Does a `.gitignore` text ignore `relPath` (a path relative to the .gitignore's folder)? Plain patterns only. */
export function gitignoreCovers(text: string, relPath: string): boolean {
  const name = baseName(relPath);
  let ignored = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    const pat = (negate ? line.slice(1) : line).replace(/\/$/, '');
    const anchored = pat.includes('/') && pat.replace(/^\//, '').includes('/') ? pat.replace(/^\//, '') : undefined;
    const target = anchored !== undefined ? relPath : pat.startsWith('/') ? relPath : name;
    const p = anchored ?? pat.replace(/^\//, '');
    if (globMatch(p, target)) ignored = !negate;
  }
  return ignored;
}

function globMatch(pattern: string, s: string): boolean {
  const re = new RegExp(`^${pattern.split('').map(c => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('')}$`);
  return re.test(s);
}

/** The edit that makes git ignore `path`, or undefined when a `.gitignore` between it and `root` already does. */
export function gitignoreEdit(path: string, root: string, read: (p: string) => string | undefined): TextEdit | undefined {
  for (let dir = dirName(path); ; dir = dirName(dir)) {
    const gi = `${dir}/.gitignore`;
    const text = read(gi);
    if (text !== undefined) {
      const rel = path.slice(dir.length + 1);
      if (gitignoreCovers(text, rel)) return undefined;
      const sep = text === '' || text.endsWith('\n') ? '' : '\n';
      return { path: gi, span: { start: text.length, end: text.length }, newText: `${sep}${rel.includes('/') ? `/${rel}` : rel}\n` };
    }
    if (dir === root || !dir.startsWith(root) || dirName(dir) === dir) break;
  }
  return { path: `${dirName(path)}/.gitignore`, span: { start: 0, end: 0 }, newText: `${baseName(path)}\n` };
}
