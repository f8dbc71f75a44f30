import { URI } from 'vscode-uri';

/** file URI → '/'-separated absolute path (the core's file identity). */
export function uriToPath(uri: string): string {
  const u = URI.parse(uri);
  if (u.scheme !== 'file') return `/${u.scheme}${u.path}`; // untitled: and others stay distinct, never read from disk
  return u.fsPath.replace(/\\/g, '/');
}

// The server maps paths to URIs on every settings lookup and document lookup (several per file per rule):
// vscode-uri's formatting showed up at ~5% of an edit. The mapping is pure, so remember it.
const URI_CACHE = new Map<string, string>();

export function pathToUri(path: string): string {
  let uri = URI_CACHE.get(path);
  if (uri === undefined) {
    uri = pathToUriUncached(path);
    if (URI_CACHE.size >= 100_000) URI_CACHE.clear();
    URI_CACHE.set(path, uri);
  }
  return uri;
}

function pathToUriUncached(path: string): string {
  if (/^\/(untitled|vscode-[a-z-]+)\//.test(path)) {
    const i = path.indexOf('/', 1);
    return `${path.slice(1, i)}:${path.slice(i + 1)}`;
  }
  return URI.file(path).toString();
}

export function isFileUri(uri: string): boolean {
  return uri.startsWith('file:');
}
