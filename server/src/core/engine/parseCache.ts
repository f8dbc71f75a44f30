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
  }
}
