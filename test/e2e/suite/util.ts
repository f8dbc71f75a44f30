// Helpers for the extension-host suite: the workspace is a copy of test/e2e/workspace (see its README.md).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const SOURCE = 'nacos-auth-lint';
export const EXTENSION_ID = 'nacos-auth-lint.nacos-auth-lint';
export const COMMANDS = ['nacosAuthLint.checkWorkspace', 'nacosAuthLint.generateIdentityPair', 'nacosAuthLint.showEffectiveConfig'];

export function wsUri(rel: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open (the runner opens a copy of test/e2e/workspace)');
  return vscode.Uri.joinPath(folder.uri, ...rel.split('/'));
}

export async function activate(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded (package.json name/publisher?)`);
  await ext.activate();
  return ext;
}

export async function open(rel: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(wsUri(rel));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(d => d.source === SOURCE);
}

const describe = (ds: vscode.Diagnostic[]) =>
  ds.length ? ds.map(d => `${codeOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1} "${d.message}"`).join('; ') : 'none';

/** Resolves with our diagnostics for `uri` once `pred` holds; no sleeps: re-checks on every publication. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  pred: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  timeout = 15000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const ds = ours(uri);
      if (!pred(ds)) return false;
      done();
      resolve(ds);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics(e => {
      if (e.uris.some(u => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${timeout} ms waiting for ${what} in ${vscode.workspace.asRelativePath(uri)}; ours now: ${describe(ours(uri))}`));
    }, timeout);
    function done() {
      clearTimeout(timer);
      sub.dispose();
    }
    check();
  });
}

export const withCode = (code: string) => (ds: vscode.Diagnostic[]) => ds.some(d => codeOf(d) === code);
export const withoutCode = (code: string | RegExp) => (ds: vscode.Diagnostic[]) =>
  !ds.some(d => (typeof code === 'string' ? codeOf(d) === code : code.test(codeOf(d))));

export async function readDisk(rel: string): Promise<string> {
  return Buffer.from(await vscode.workspace.fs.readFile(wsUri(rel))).toString('utf8');
}

/** The value of a `key=value` line in a properties text (the fixtures use plain `=`, no escapes). */
export function prop(text: string, key: string): string | undefined {
  const line = text.split(/\r?\n/).find(l => l.startsWith(`${key}=`));
  return line === undefined ? undefined : line.slice(key.length + 1);
}

/** Resolves `p` or rejects after `ms` (a command that waits on UI input would otherwise hang the suite). */
export function within<T>(p: Thenable<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    Promise.resolve(p),
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms)),
  ]);
}
