// Globs in a configuration file are relative to the file's folder (ESLint, .editorconfig); the core matches
// `clusters`/`include`/`exclude` against paths relative to the workspace folder (the CLI: the working directory).
// rebaseGlob turns one into the other. A glob without '/' matches a file name at any depth (as core/glob's matchesAny).
import { globMatcher } from './glob';
import { relativeTo } from './paths';

function expandBraces(glob: string, out: string[] = []): string[] {
  const open = glob.indexOf('{');
  const close = open < 0 ? -1 : glob.indexOf('}', open);
  if (close < 0 || out.length >= 64) { out.push(glob); return out; }
  for (const alt of glob.slice(open + 1, close).split(',')) expandBraces(glob.slice(0, open) + alt + glob.slice(close + 1), out);
  return out;
}

/**
 * `glob`, written relative to `fromDir`, as globs relative to `toDir` that match the same files under `toDir`
 * (none when no file under `toDir` can match).
 */
export function rebaseGlob(glob: string, fromDir: string, toDir: string): string[] {
  const g = glob.replace(/^(\.\/)+/, '');
  if (fromDir === toDir) return [g];
  const down = relativeTo(toDir, fromDir);
  if (down !== undefined) {
    // The config file is below the root: prefix its folder.
    return [g.includes('/') ? `${down}/${g}` : `${down}/**/${g}`];
  }
  const up = relativeTo(fromDir, toDir);
  if (up === undefined) return []; // unrelated folders: nothing under toDir is under fromDir
  if (!g.includes('/')) return [g];
  const steps = up.split('/');
  const out: string[] = [];
  for (const variant of g.includes('{') ? expandBraces(g) : [g]) {
    const segs = variant.split('/');
    let k = 0;
    let ok = true;
    for (const step of steps) {
      if (segs[k] === '**') break; // `**` also absorbs the root's own folders
      if (k >= segs.length - 1 || !globMatcher(segs[k])(step)) { ok = false; break; }
      k++;
    }
    if (ok) {
      const rest = segs.slice(k).join('/');
      // A rest without '/' also matches deeper files with that name (core/glob has no way to say "only here").
      if (rest && !out.includes(rest)) out.push(rest);
    }
  }
  return out;
}
