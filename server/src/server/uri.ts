import { URI } from 'vscode-uri';

/** file URI → '/'-separated absolute path (the core's file identity). */
export function uriToPath(uri: string): string {
  const u = URI.parse(uri);
  if (u.scheme !== 'file') return `/${u.scheme}${u.path}`; // untitled: and others stay distinct, never read from disk
  return u.fsPath.replace(/\\/g, '/');
}

export function pathToUri(path: string): string {
  if (/^\/(untitled|vscode-[a-z-]+)\//.test(path)) {
    const i = path.indexOf('/', 1);
    return `${path.slice(1, i)}:${path.slice(i + 1)}`;
  }
  return URI.file(path).toString();
}

export function isFileUri(uri: string): boolean {
  return uri.startsWith('file:');
}
