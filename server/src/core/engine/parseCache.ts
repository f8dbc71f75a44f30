// Parse once per text (css language server `languageModelCache`), kept by the engine across analyses: a new text of a
// path is parsed from the previous one (a compose edit re-parses only the edited service entry).
import { parseFile, type ParsedFile } from '../syntax/files';
import type { FileKind } from '../types';

/** Keyed by path, reused while the text is identical. */
export class ParseCache {
  private readonly map = new Map<string, ParsedFile>();
  get(path: string, text: string, kind?: FileKind): ParsedFile {
    const hit = this.map.get(path);
    if (hit && hit.text === text && (kind === undefined || hit.kind === kind)) return hit;
    const parsed = parseFile(path, text, kind, hit);
    this.map.set(path, parsed);
    return parsed;
  }
  delete(path: string): void {
    this.map.delete(path);
    this.derivedMap.delete(path);
  }

  private readonly derivedMap = new Map<string, Map<string, { text: string; value: unknown }>>();
  /**
   * What a source derives from one file's text alone (a script's `docker run`s), kept while the text is identical; a
   * new text is computed with the previous text's value (a script re-reads only the commands an edit touched).
   */
  derived<T>(path: string, text: string, tag: string, compute: (previous?: { text: string; value: T }) => T): T {
    let byTag = this.derivedMap.get(path);
    const hit = byTag?.get(tag);
    if (hit && hit.text === text) return hit.value as T;
    const value = compute(hit as { text: string; value: T } | undefined);
    if (!byTag) { byTag = new Map(); this.derivedMap.set(path, byTag); }
    byTag.set(tag, { text, value });
    return value;
  }
}
