import { URI } from 'vscode-uri';

/**
 * An untitled document is read as the file its language stands for: `untitled:Untitled-1` in `dockercompose` is
 * `/untitled/Untitled-1/docker-compose.yml` to the core (the core knows a file's kind by its name).
 */
const UNTITLED_FILE_NAMES: Record<string, string> = {
  dockercompose: 'docker-compose.yml', yaml: 'untitled.yaml', properties: 'application.properties', dotenv: '.env',
};
const NAMES = new Set(Object.values(UNTITLED_FILE_NAMES));
const untitledNames = new Map<string, string>();

/** Records the language of an opened document (untitled ones only matter); call before mapping its URI. */
export function setDocumentLanguage(uri: string, languageId: string): void {
  if (!uri.startsWith('untitled:')) return;
  const name = UNTITLED_FILE_NAMES[languageId];
  if (name) untitledNames.set(uri, name); else untitledNames.delete(uri);
}

/** file URI → '/'-separated absolute path (the core's file identity). */
export function uriToPath(uri: string): string {
  const u = URI.parse(uri);
  if (u.scheme !== 'file') {
    // untitled: and others stay distinct, never read from disk
    const base = `/${u.scheme}/${u.path.replace(/^\/+/, '')}`;
    const name = u.scheme === 'untitled' ? untitledNames.get(uri) : undefined;
    return name ? `${base}/${name}` : base;
  }
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
    let rest = path.slice(i + 1);
    const last = rest.lastIndexOf('/');
    if (path.startsWith('/untitled/') && last > 0 && NAMES.has(rest.slice(last + 1))) rest = rest.slice(0, last);
    return `${path.slice(1, i)}:${rest}`;
  }
  return URI.file(path).toString();
}

export function isFileUri(uri: string): boolean {
  return uri.startsWith('file:');
}
