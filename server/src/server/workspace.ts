import { readdirSync, lstatSync, type Dirent } from 'node:fs';
import { join, normalize } from 'node:path';
import { CONFIG_FILE_NAME, classify, matchesAny } from '../core';
import { readTextFile } from '../cli/fsio';

const SKIP = new Set(['node_modules', '.git', '.hg', '.svn']);
const WINDOWS = process.platform === 'win32';
const PROBED = new Set([CONFIG_FILE_NAME, 'package.json']);

/**
 * The files of the workspace folders that can hold Nacos configuration, found once at start and kept current
 * from file-watch events. Symlinks are not followed (no loops); `exclude` globs are honoured.
 */
export class WorkspaceIndex {
  readonly files = new Set<string>();
  /** Why a file could not be read (too big, binary, not UTF-8, not a regular file): the user is told (issue 8). */
  private readonly unreadable = new Map<string, string>();
  /**
   * The folders the scan listed whole, and the configuration files (`.nacos-auth-lint.json`, package.json) it found
   * there: the loader looks for both in every folder, and a failed open costs an exception each (a third of a second
   * over the 16,000 folders of the benchmark's workspace); one the scan did not see is absent without asking the disk.
   * Kept current from file events (the client watches both names).
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
      // Normalised as `join` would (the entries below are made by concatenation).
      const stack = [WINDOWS ? root : normalize(root)];
      while (stack.length && this.files.size < this.maxFiles) {
        if (cancelled()) return;
        const dir = stack.pop()!;
        // Dirents carry the entry's own type (a symlink is a symlink, not followed: same as lstat) without one
        // lstat call per entry — a third of the scan of a 10,000-file workspace.
        let entries: Dirent[];
        try { entries = readdirSync(dir, { withFileTypes: true }); } catch { continue; }
        for (const e of entries) {
          if (SKIP.has(e.name)) continue;
          // The folder is normalised and a name holds no separator: a concatenation is the join (Windows: slashes).
          const p = WINDOWS ? join(dir, e.name).replace(/\\/g, '/') : dir.endsWith('/') ? `${dir}${e.name}` : `${dir}/${e.name}`;
          // Some file systems report no type (DT_UNKNOWN): ask lstat then.
          let isDir = e.isDirectory();
          let isFile = e.isFile();
          if (!isDir && !isFile && !e.isSymbolicLink()) {
            try { const st = lstatSync(p); isDir = st.isDirectory(); isFile = st.isFile(); } catch { continue; }
          }
          if (isDir) { if (!this.isExcluded(p)) stack.push(p); } else if (isFile && this.relevant(p)) this.files.add(p);
          else if (PROBED.has(e.name)) this.others.add(p);
        }
        const listedDir = dir.replace(/\\/g, '/');
        this.listed.add(listedDir.length > 1 && listedDir.endsWith('/') ? listedDir.slice(0, -1) : listedDir);
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
    if (!PROBED.has(path.slice(path.lastIndexOf('/') + 1))) return;
    if (exists) this.others.add(path); else this.others.delete(path);
  }

  /**
   * A configuration file (the names the loader probes in every folder, and the client watches) that the scan did not
   * find in a folder it listed, and no event said appeared since. Other names are not watched by every client (a
   * `.gitignore` written later): those are always asked of the disk.
   */
  knownAbsent(path: string): boolean {
    const slash = path.lastIndexOf('/');
    if (slash <= 0 || !PROBED.has(path.slice(slash + 1))) return false;
    return this.listed.has(path.slice(0, slash)) && !this.files.has(path) && !this.others.has(path);
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
