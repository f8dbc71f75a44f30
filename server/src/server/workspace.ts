import { readdirSync, lstatSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { classify, matchesAny } from '../core';
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
  /**
   * What the scan saw besides the candidates: the folders it listed whole, and their other entries (files, links).
   * A path in a listed folder that is neither is known absent without asking the disk: the configuration loader
   * looks for `.nacos-auth-lint.json` and package.json in every folder, and a failed open costs an exception each
   * (a third of a second over the 16,000 folders of the benchmark's workspace). Kept current from file events.
   */
  private readonly listed = new Set<string>();
  private readonly others = new Set<string>();
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
        // Dirents carry the entry's own type (a symlink is a symlink, not followed: same as lstat) without one
        // lstat call per entry — a third of the scan of a 10,000-file workspace.
        let entries: Dirent[];
        try { entries = readdirSync(dir, { withFileTypes: true }); } catch { continue; }
        for (const e of entries) {
          if (SKIP.has(e.name)) continue;
          const p = join(dir, e.name).replace(/\\/g, '/');
          // Some file systems report no type (DT_UNKNOWN): ask lstat then.
          let isDir = e.isDirectory();
          let isFile = e.isFile();
          if (!isDir && !isFile && !e.isSymbolicLink()) {
            try { const st = lstatSync(p); isDir = st.isDirectory(); isFile = st.isFile(); } catch { continue; }
          }
          if (isDir) { if (!this.isExcluded(p)) stack.push(p); } else if (isFile && this.relevant(p)) this.files.add(p);
          else this.others.add(p);
        }
        this.listed.add(dir.replace(/\\/g, '/'));
      }
    }
  }

  /** Asks the disk again for every path (the check command reads the workspace as it is now). */
  forgetListing(): void {
    this.listed.clear();
    this.others.clear();
  }

  /** A file event: `path` now exists (true) or not (false). */
  noteEntry(path: string, exists: boolean): void {
    if (exists) this.others.add(path); else this.others.delete(path);
  }

  /** The scan listed the folder of `path` and found no such entry (and no event said one appeared since). */
  knownAbsent(path: string): boolean {
    const slash = path.lastIndexOf('/');
    return slash > 0 && this.listed.has(path.slice(0, slash)) && !this.files.has(path) && !this.others.has(path);
  }

  read(path: string): string | undefined {
    if (this.knownAbsent(path)) { this.unreadable.delete(path); return undefined; }
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
