// Edits that give a `docker run` or a Dockerfile image a container variable it lacks. A command line gets it through
// an env file, not on the command line itself (a secret on a command line leaks through shell history, `ps` and CI
// logs: secret-in-command-line): the run's existing `--env-file` when the workspace has it, else a new git-ignored
// `nacos-auth.env` next to where the command runs, referenced by a new `--env-file` option. A Markdown example (no
// directory of its own) and a run whose directory is unknown get `-e NAME=value`. A Dockerfile gets an `ENV` line.
import type { NacosNode } from '../model/node';
import type { TextEdit } from '../types';
import { encodeDockerfileValue, dockerfileEscape, encodeShellText, isMakefilePath } from './encode';

/** The env file a fix creates for a run that has none. */
export const NEW_ENV_FILE = 'nacos-auth.env';

export interface ContainerAdd {
  node: NacosNode;
  name: string;
  value: string;
}

/** Whether `node` is a run or an image these edits can give a variable. */
export function canAddContainerEnv(node: NacosNode, read: (p: string) => string | undefined): boolean {
  if (node.commandLine) return read(node.commandLine.path) !== undefined;
  return !!node.built && read(node.built.dockerfile) !== undefined;
}

function relative(from: string, to: string): string {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const up = a.slice(i).map(() => '..');
  const rel = [...up, ...b.slice(i)].join('/');
  return rel.startsWith('..') ? rel : `./${rel}`;
}

/** A `.gitignore` line that already covers `name` (exact, `/name`, `*.env`-style globs). */
function ignored(gitignore: string | undefined, name: string): boolean {
  if (!gitignore) return false;
  for (const raw of gitignore.split(/\r?\n/)) {
    const l = raw.trim().replace(/^\//, '');
    if (!l || l.startsWith('#') || l.startsWith('!')) continue;
    const re = new RegExp(`^${l.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
    if (re.test(name)) return true;
  }
  return false;
}

/** Edits that make `.gitignore` in `dir` ignore `name` (none when it already does). */
export function gitignoreEdits(dir: string, name: string, read: (p: string) => string | undefined): TextEdit[] {
  const path = `${dir}/.gitignore`;
  const text = read(path);
  if (ignored(text, name)) return [];
  const at = text?.length ?? 0;
  const lead = text && !text.endsWith('\n') ? '\n' : '';
  return [{ path, span: { start: at, end: at }, newText: `${lead}${name}\n` }];
}

/** One `-e NAME=value ` option, in the host's syntax. */
function eOption(node: NacosNode, name: string, value: string): string {
  const word = encodeShellText(`${name}=${value}`, null);
  return `-e ${isMakefilePath(node.commandLine!.path) ? word.replace(/\$/g, '$$$$') : word} `;
}

/**
 * Edits that give each (node, name) its value. Names a run already passes with `-e` are the caller's business
 * (replace the written place instead). Returns undefined when some node has no place for it.
 */
export function containerAddEdits(adds: ContainerAdd[], read: (p: string) => string | undefined): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  const byNode = new Map<NacosNode, Map<string, string>>();
  for (const a of adds) {
    let m = byNode.get(a.node);
    if (!m) { m = new Map(); byNode.set(a.node, m); }
    if (!m.has(a.name)) m.set(a.name, a.value);
  }
  // New env files, shared by the runs of one directory: path → NAME → value.
  const created = new Map<string, { entries: Map<string, string>; options: { node: NacosNode; at: number; path: string }[] }>();
  const appended = new Map<string, Map<string, string>>();
  for (const [node, vars] of byNode) {
    if (node.built && !node.commandLine) {
      const path = node.built.dockerfile;
      const text = read(path);
      if (text === undefined) return undefined;
      const esc = dockerfileEscape(text);
      const eol = /\r\n/.test(text) ? '\r\n' : '\n';
      const at = node.built.envInsertAt;
      const lead = at > 0 && text[at - 1] !== '\n' ? eol : '';
      const lines = [...vars].map(([n, v]) => `ENV ${n}=${encodeDockerfileValue(v, null, esc)}${eol}`).join('');
      edits.push({ path, span: { start: at, end: at }, newText: lead + lines });
      continue;
    }
    const cl = node.commandLine;
    if (!cl || read(cl.path) === undefined) return undefined;
    const existing = cl.envFiles.filter(p => read(p) !== undefined);
    if (existing.length) {
      // The last env file wins over earlier ones; -e words still win over it (they are not touched here).
      const path = existing[existing.length - 1];
      let m = appended.get(path);
      if (!m) { m = new Map(); appended.set(path, m); }
      for (const [n, v] of vars) if (!m.has(n)) m.set(n, v);
      continue;
    }
    if (cl.host === 'markdown' || cl.cwd === undefined || [...vars.values()].some(v => /[\r\n]/.test(v))) {
      edits.push({ path: cl.path, span: { start: cl.optionsEnd, end: cl.optionsEnd }, newText: [...vars].map(([n, v]) => eOption(node, n, v)).join('') });
      continue;
    }
    const path = `${cl.cwd}/${NEW_ENV_FILE}`;
    let c = created.get(path);
    if (!c) { c = { entries: new Map(), options: [] }; created.set(path, c); }
    const clash = [...vars].some(([n, v]) => c!.entries.has(n) && c!.entries.get(n) !== v);
    if (clash) {
      edits.push({ path: cl.path, span: { start: cl.optionsEnd, end: cl.optionsEnd }, newText: [...vars].map(([n, v]) => eOption(node, n, v)).join('') });
      continue;
    }
    for (const [n, v] of vars) c.entries.set(n, v);
    c.options.push({ node, at: cl.optionsEnd, path: cl.path });
  }
  for (const [path, vars] of appended) {
    const text = read(path) ?? '';
    const lead = text && !text.endsWith('\n') ? '\n' : '';
    edits.push({ path, span: { start: text.length, end: text.length }, newText: lead + [...vars].map(([n, v]) => `${n}=${v}\n`).join('') });
  }
  for (const [path, c] of created) {
    const text = read(path);
    const dir = path.slice(0, path.lastIndexOf('/'));
    const lines = [...c.entries].map(([n, v]) => `${n}=${v}\n`).join('');
    // The file may exist without any run reading it yet: append then.
    const at = text?.length ?? 0;
    edits.push({ path, span: { start: at, end: at }, newText: (text && !text.endsWith('\n') ? '\n' : '') + lines });
    for (const o of c.options) {
      const ref = relative(o.node.commandLine!.cwd!, path);
      edits.push({ path: o.path, span: { start: o.at, end: o.at }, newText: `--env-file ${encodeShellText(ref, null)} ` });
    }
    edits.push(...gitignoreEdits(dir, NEW_ENV_FILE, read));
  }
  // Several edits may touch one file: callers merge them (cluster.ts mergePerFile).
  return edits;
}

/** Whether `moveToEnvFileEdits` gives edits, without making them (a rule offers the fix on every keystroke). */
export function canMoveToEnvFile(node: NacosNode, entries: { value: string }[], read: (p: string) => string | undefined): boolean {
  const cl = node.commandLine;
  if (!cl || !entries.length || entries.some(e => /[\r\n]/.test(e.value))) return false;
  return cl.cwd !== undefined || cl.envFiles.some(p => read(p) !== undefined);
}

/**
 * Moves `entries` (`-e NAME=value` words of one run) into an env file the run reads: its last `--env-file` that the
 * workspace has, else a new git-ignored `nacos-auth.env` where the command runs, referenced by a new `--env-file`.
 * Undefined when that cannot be done exactly (a value with a line break, an unknown directory).
 */
export function moveToEnvFileEdits(node: NacosNode, entries: { name: string; value: string; deleteSpan: { start: number; end: number } }[], read: (p: string) => string | undefined): TextEdit[] | undefined {
  const cl = node.commandLine;
  if (!cl || !canMoveToEnvFile(node, entries, read)) return undefined;
  const edits: TextEdit[] = [];
  const existing = cl.envFiles.filter(p => read(p) !== undefined);
  let target: string;
  if (existing.length) target = existing[existing.length - 1];
  else {
    if (cl.cwd === undefined) return undefined;
    target = `${cl.cwd}/${NEW_ENV_FILE}`;
    edits.push({ path: cl.path, span: { start: cl.optionsEnd, end: cl.optionsEnd }, newText: `--env-file ${encodeShellText(relative(cl.cwd, target), null)} ` });
  }
  const text = read(target);
  const at = text?.length ?? 0;
  const lead = text && !text.endsWith('\n') ? '\n' : '';
  edits.push({ path: target, span: { start: at, end: at }, newText: lead + entries.map(e => `${e.name}=${e.value}\n`).join('') });
  for (const e of entries) edits.push({ path: cl.path, span: e.deleteSpan, newText: '' });
  const slash = target.lastIndexOf('/');
  edits.push(...gitignoreEdits(target.slice(0, slash), target.slice(slash + 1), read));
  return edits;
}
