import { matchesAny } from './glob';

/**
 * Whether a file found by walking a folder is linted under `include`/`exclude` (globs relative to the same root as
 * `relPath`): excluded files never; with a non-empty `include`, only files it matches. Files named on the command
 * line or opened in the editor skip `include` (the user asked for them) but not `exclude`.
 */
export function fileSelected(relPath: string, settings: { include: string[]; exclude: string[] }, named = false): boolean {
  if (settings.exclude.length && matchesAny(relPath, settings.exclude)) return false;
  return named || settings.include.length === 0 || matchesAny(relPath, settings.include);
}
