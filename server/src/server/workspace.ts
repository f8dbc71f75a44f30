import { readdirSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../core';
import { matchesAny } from '../core/glob';
import { readTextFile } from '../cli/fsio';

const SKIP = new Set(['node_modules', '.git', '.hg', '.svn']);

/**
 * The files of the workspace folders that can hold Nacos configuration, found once at start and kept current
 * from file-watch events. Symlinks are not followed (no loops); `exclude` globs are honoured.
 */
export class WorkspaceIndex {
  readonly files = new Set<string>();
  /** Why a file could not be read (too big, binary, not UTF-8, not a regular file): the user is told (issue 8). */
  private readonly unreadable = new Map<string, string>();
  constructor(private readonly roots: string[], private exclude: string[] = [], private readonly maxFiles = 200_000) {}

  setExclude(globs: string[]): void {
    this.exclude = globs;
  }

  rootFor(path: string): string {
    let best = '';
    for (const r of this.roots) if ((path === r || path.startsWith(r.endsWith('/') ? r : `${r}/`)) && r.length > best.length) best = r;
    return best || path.slice(0, path.lastIndexOf('/'));
  }

  rel(path: string): string {
    const root = this.rootFor(path);
    return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
  }

  isExcluded(path: string): boolean {
    return this.exclude.length > 0 && matchesAny(this.rel(path), this.exclude);
  }

  relevant(path: string): boolean {
    if (this.isExcluded(path)) return false;
    const kind = classify(path);
    return kind !== 'unknown' || /\.ya?ml$/i.test(path);
  }

  scan(cancelled: () => boolean = () => false): void {
    for (const root of this.roots) {
      const stack = [root];
      while (stack.length && this.files.size < this.maxFiles) {
        if (cancelled()) return;
        const dir = stack.pop()!;
        let names: string[];
        try { names = readdirSync(dir); } catch { continue; }
        for (const name of names) {
          if (SKIP.has(name)) continue;
          const p = join(dir, name).replace(/\\/g, '/');
          let st;
          try { st = lstatSync(p); } catch { continue; }
          if (st.isDirectory()) { if (!this.isExcluded(p)) stack.push(p); } else if (st.isFile() && this.relevant(p)) this.files.add(p);
        }
      }
    }
  }

  read(path: string): string | undefined {
    const r = readTextFile(path);
    if (r.error && r.error !== 'file not found') this.unreadable.set(path, r.error);
    else this.unreadable.delete(path);
    return r.text;
  }

  /** The reason a workspace file that names a kind we lint (not any YAML) was not read; undefined when it was. */
  unreadableReason(path: string): string | undefined {
    return this.files.has(path) && classify(path) !== 'unknown' ? this.unreadable.get(path) : undefined;
  }
}
