// Where scripts live: shell files, Makefile recipes, Markdown code blocks, GitHub Actions `run:` steps and GitLab CI
// `script:` lists. Each becomes produced text that maps back to the file.
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Scalar } from 'yaml';
import { identityText, TextBuilder, type MappedText } from './produced';
import { scalarPieces } from './yamlScalar';

export type ScriptKind = 'shell' | 'makefile' | 'markdown' | 'github-actions' | 'gitlab-ci';

export interface ScriptChunk {
  text: MappedText;
  /** `README.md (bash block at line 12)` */
  source: string;
  /** File name used in `via` (`-e in deploy.sh`). */
  label: string;
  /** Absolute directory the commands run in. */
  dir: string;
  /** Starts a new shell (a CI step, a make recipe line); otherwise continues the previous chunk's variables. */
  fresh: boolean;
  /** Pieces of `text` read one after another in one shell (Markdown blocks): each parsed alone, variables shared. */
  blocks?: { span: { start: number; end: number }; source: string }[];
}

const SHEBANG = /^#![ \t]*\/(?:usr\/)?(?:local\/)?bin\/(?:env[ \t]+(?:-\S+[ \t]+)*)?(?:ba|da|k|a)?sh\b/;

function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}
function dirName(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? (i === 0 ? '/' : '.') : p.slice(0, i);
}

/** What kind of script source a file is, from its path (and shebang). */
export function scriptKind(path: string, text: string): ScriptKind | undefined {
  const name = baseName(path);
  const lower = name.toLowerCase();
  if (/\.(sh|bash)$/.test(lower)) return 'shell';
  if (name === 'Makefile' || name === 'makefile' || name === 'GNUmakefile' || lower.endsWith('.mk')) return 'makefile';
  if (/\.(md|markdown|mdx)$/.test(lower)) return 'markdown';
  if (/\.ya?ml$/.test(lower)) {
    if (/(^|\/)\.github\/workflows\/[^/]+$/.test(path) || /(^|\/)action\.ya?ml$/.test(path)) return 'github-actions';
    if (lower === '.gitlab-ci.yml' || lower.endsWith('.gitlab-ci.yml') || /(^|\/)\.gitlab\/ci\//.test(path)) return 'gitlab-ci';
    return undefined;
  }
  if (!lower.includes('.') && SHEBANG.test(text)) return 'shell';
  return undefined;
}

/** Offset → 1-based line, by binary search over line starts (reasons and sources name lines often). */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  };
}

export function scriptChunks(path: string, text: string, kind: ScriptKind): ScriptChunk[] {
  const label = baseName(path);
  const dir = dirName(path);
  switch (kind) {
    case 'shell':
      return [{ text: identityText(path, text), source: label, label, dir, fresh: true }];
    case 'markdown':
      return markdownChunks(path, text, label, dir);
    case 'makefile':
      return makefileChunks(path, text, label, dir);
    case 'github-actions':
    case 'gitlab-ci':
      return yamlChunks(path, text, label, kind);
  }
}

// ---- Markdown -------------------------------------------------------------------------------------------------------

const SHELL_INFO = new Set(['sh', 'bash', 'shell', 'zsh', 'console', 'shell-session', 'shellsession', 'sh-session', 'bash-session']);
/** A line of an untagged block that runs a container (with or without a `$ ` prompt). */
const UNTAGGED_RUN = /^[ \t]*(?:\$[ \t]+)?(?:sudo[ \t]+(?:-\S+[ \t]+)*)?(?:docker|podman)[ \t]+(?:container[ \t]+)?(?:run|create)\b/;
const PROMPT = /^(?:[ \t]*|\[[^\]\n]*\][ \t]*|[\w.-]+@[\w.-]+(?::[^\s$#]*)?[ \t]*)([$#%])[ \t]/;

function markdownChunks(path: string, text: string, label: string, dir: string): ScriptChunk[] {
  const lineOf = lineIndex(text);
  const all = new TextBuilder(path, text);
  const blocks: NonNullable<ScriptChunk['blocks']> = [];
  const fence = /^([ \t]*(?:>[ \t]?)*)(`{3,}|~{3,})[ \t]*([^\s`{]*)[^\n]*$/;
  let i = 0;
  while (i < text.length) {
    const nl = text.indexOf('\n', i);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(i, lineEnd).replace(/\r$/, '');
    const m = fence.exec(line);
    const next = nl < 0 ? text.length : nl + 1;
    if (!m) { i = next; continue; }
    const indent = m[1]!;
    const marker = m[2]!;
    const info = m[3]!.toLowerCase().replace(/^\{?\.?/, '');
    const startLine = lineOf(i);
    // Body lines to the closing fence.
    const body: { start: number; end: number }[] = [];
    let j = next;
    let closed = false;
    while (j < text.length) {
      const nl2 = text.indexOf('\n', j);
      const e = nl2 < 0 ? text.length : nl2;
      const raw = text.slice(j, e).replace(/\r$/, '');
      const stripped = raw.slice(Math.min(raw.length, leadLen(raw, indent)));
      if (stripped.trimEnd().startsWith(marker[0]!.repeat(marker.length)) && stripped.trim().replace(new RegExp(`^\\${marker[0]}+`), '') === '') {
        j = nl2 < 0 ? text.length : nl2 + 1;
        closed = true;
        break;
      }
      body.push({ start: j + leadLen(raw, indent), end: j + raw.length });
      j = nl2 < 0 ? text.length : nl2 + 1;
    }
    i = j;
    if (!closed && body.length === 0) continue;
    // An untagged block is read when it runs a container (READMEs often leave the language out).
    const untagged = info === '' && body.some((l) => UNTAGGED_RUN.test(text.slice(l.start, l.end)));
    if (!SHELL_INFO.has(info) && !untagged) continue;
    const b = all;
    const blockStart = b.length;
    let blank = true;
    const consoleLike = info === 'console' || info.endsWith('session') || (untagged && body.some((l) => /^\$[ \t]/.test(text.slice(l.start, l.end))));
    let continuing = false;
    for (const l of body) {
      let start = l.start;
      if (consoleLike) {
        const lineText = text.slice(l.start, l.end);
        const p = PROMPT.exec(lineText);
        if (p && !continuing) start = l.start + p[0].length;
        else if (continuing) {
          const ps2 = /^>[ \t]/.exec(lineText);
          if (ps2) start = l.start + ps2[0].length;
        } else continue;
        continuing = text.slice(start, l.end).trimEnd().endsWith('\\');
      }
      if (blank && text.slice(start, l.end).trim() !== '') blank = false;
      b.copy(start, l.end).produce('\n', l.end, l.end + 1);
    }
    if (blank) continue;
    blocks.push({ span: { start: blockStart, end: b.length }, source: `${label} (${info || 'untagged'} block at line ${startLine})` });
  }
  if (blocks.length === 0) return [];
  return [{ text: all.build(`${label} (shell blocks)`), source: label, label, dir, fresh: true, blocks }];
}

/** Length of the fence's indentation (and blockquote markers) present at the start of a body line. */
function leadLen(raw: string, indent: string): number {
  let k = 0;
  while (k < indent.length && k < raw.length && (raw[k] === indent[k] || (raw[k] === ' ' && indent[k] === '\t'))) k++;
  return k;
}

// ---- Makefile -------------------------------------------------------------------------------------------------------

interface MakeVar {
  /** Offsets of the value text in the file. */
  start: number;
  end: number;
  recursive: boolean;
  exported: boolean;
  unknown?: string;
}

const MAKE_ASSIGN = /^((?:(?:export|override|private)[ \t]+)*)([A-Za-z_.][A-Za-z0-9_.-]*)[ \t]*(\?=|::?=|:::=|\+=|!=|=)[ \t]*/;

function makefileChunks(path: string, text: string, label: string, dir: string): ScriptChunk[] {
  const vars = new Map<string, MakeVar>();
  const recipes: { start: number; end: number; line: number }[] = [];
  let exportAll = false;
  let inRule = false;
  let i = 0;
  let lineNo = 0;
  while (i < text.length) {
    // A logical line: backslash-newline continues it.
    const start = i;
    let end = i;
    for (;;) {
      const nl = text.indexOf('\n', end);
      const e = nl < 0 ? text.length : nl;
      let bs = 0;
      for (let k = e - 1; k >= start && text[k] === '\\'; k--) bs++;
      end = e;
      if (bs % 2 === 1 && nl >= 0) { end = nl + 1; continue; }
      break;
    }
    const next = end < text.length ? end + 1 : text.length;
    lineNo++;
    const line = text.slice(start, end);
    i = next;
    if (line.startsWith('\t') && inRule) {
      recipes.push({ start: start + 1, end, line: lineNo });
      lineNo += (line.match(/\n/g) ?? []).length;
      continue;
    }
    lineNo += (line.match(/\n/g) ?? []).length;
    if (/^\s*(#|$)/.test(line)) continue;
    if (/^\.EXPORT_ALL_VARIABLES\s*:/.test(line)) { exportAll = true; continue; }
    if (/^define\s/.test(line)) {
      const name = line.replace(/^define\s+/, '').replace(/\s*[:?+!]?=\s*$/, '').trim();
      const endef = text.indexOf('\nendef', i);
      vars.set(name, { start, end, recursive: true, exported: false, unknown: `make variable $(${name}) is a define block` });
      i = endef < 0 ? text.length : endef + 1;
      continue;
    }
    const a = MAKE_ASSIGN.exec(line);
    if (a && !line.startsWith('\t')) {
      const name = a[2]!;
      const op = a[3]!;
      const vStart = start + a[0].length;
      const exported = /export/.test(a[1]!) || vars.get(name)?.exported === true;
      if (op === '?=' && vars.has(name)) continue;
      if (op === '!=') vars.set(name, { start: vStart, end, recursive: false, exported, unknown: `make variable $(${name}) comes from a shell command (!=)` });
      else if (op === '+=' && vars.has(name)) vars.set(name, { ...vars.get(name)!, unknown: `make variable $(${name}) is appended to (+=)` });
      else vars.set(name, { start: vStart, end: trimEnd(text, vStart, end), recursive: op === '=' || op === '?=', exported });
      inRule = false;
      continue;
    }
    const ex = /^export[ \t]+([A-Za-z_][A-Za-z0-9_ \t]*)$/.exec(line);
    if (ex) {
      for (const n of ex[1]!.split(/\s+/).filter(Boolean)) {
        const v = vars.get(n);
        if (v) v.exported = true;
        else vars.set(n, { start, end, recursive: false, exported: true, unknown: `make variable $(${n}) comes from make's environment` });
      }
      continue;
    }
    if (/^[^\t#=][^=]*?:(?!=)/.test(line)) { inRule = true; continue; }
    inRule = false;
  }
  const out: ScriptChunk[] = [];
  for (const r of recipes) {
    const b = new TextBuilder(path, text);
    // Exported make variables are in the recipe shell's environment.
    for (const [name, v] of vars) {
      if (!(v.exported || exportAll) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
      b.produce(`export ${name}=`, v.start, v.start);
      if (v.unknown) b.unknown('"${__NAL_MAKE}"', v.unknown, v.start, v.end);
      else {
        b.produce("'", v.start, v.start);
        makeExpand(b, text, v.start, v.end, vars, 0, true);
        b.produce("'", v.end, v.end);
      }
      b.produce('\n', v.end, v.end);
    }
    let s = r.start;
    // Recipe prefixes: @ (silent), - (ignore errors), + (always run).
    while (s < r.end && /[@+\- \t]/.test(text[s]!)) s++;
    makeExpand(b, text, s, r.end, vars, 0, false);
    const source = `${label} (recipe at line ${r.line})`;
    out.push({ text: b.build(source), source, label, dir, fresh: true });
  }
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  const hash = text.slice(start, end).search(/(^|[^\\])#/);
  if (hash >= 0) e = start + hash + (text[start + hash] === '#' ? 0 : 1);
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** Appends file[start, end) with make's `$$`, `$(VAR)`, `${VAR}` expanded (what the shell then sees). */
function makeExpand(b: TextBuilder, text: string, start: number, end: number, vars: Map<string, MakeVar>, depth: number, inQuote: boolean): void {
  let i = start;
  let run = start;
  const flush = (to: number): void => {
    if (to <= run) return;
    if (inQuote && text.slice(run, to).includes("'")) {
      b.unknown('${__NAL_MAKE}', 'a make variable whose value has a quote', run, to);
    } else {
      b.copy(run, to);
    }
  };
  while (i < end) {
    // Inside recipes a backslash-newline followed by a tab: make drops the tab.
    if (text[i] === '\n' && text[i + 1] === '\t' && !inQuote) {
      flush(i + 1);
      i += 2;
      run = i;
      continue;
    }
    if (text[i] !== '$') { i++; continue; }
    flush(i);
    const c = text[i + 1];
    if (c === '$') {
      b.produce('$', i, i + 2);
      i += 2;
      run = i;
      continue;
    }
    if (c === '(' || c === '{') {
      const close = c === '(' ? ')' : '}';
      let depthP = 0;
      let k = i + 2;
      for (; k < end; k++) {
        if (text[k] === c) depthP++;
        else if (text[k] === close) { if (depthP === 0) break; depthP--; }
      }
      const ref = text.slice(i + 2, k);
      const refEnd = Math.min(k + 1, end);
      const v = vars.get(ref);
      if (v && !v.unknown && depth < 20 && /^[A-Za-z_.][A-Za-z0-9_.-]*$/.test(ref)) {
        b.at({ start: i, end: refEnd }, () => makeExpand(b, text, v.start, v.end, vars, depth + 1, inQuote));
      } else {
        const reason = /[\s,]/.test(ref)
          ? `make function $(${ref.split(/\s/)[0]} …) is not evaluated`
          : v?.unknown ?? `make variable $(${ref}) is not set in the Makefile (make's command line or environment)`;
        b.unknown(inQuote ? '${__NAL_MAKE}' : '${__NAL_MAKE}', reason, i, refEnd);
      }
      i = refEnd;
      run = i;
      continue;
    }
    // $@, $<, $^, $*, $? and one-letter variables.
    const reason = c && '@<^*?%|+'.includes(c) ? `make automatic variable $${c}` : `make variable $${c ?? ''}`;
    const v = c ? vars.get(c) : undefined;
    if (v && !v.unknown) b.at({ start: i, end: Math.min(i + 2, end) }, () => makeExpand(b, text, v.start, v.end, vars, depth + 1, inQuote));
    else b.unknown('${__NAL_MAKE}', reason, i, Math.min(i + 2, end));
    i = Math.min(i + 2, end);
    run = i;
  }
  flush(end);
}

// ---- GitHub Actions and GitLab CI -------------------------------------------------------------------------------

const GITLAB_RESERVED = new Set(['stages', 'variables', 'include', 'default', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script', 'spec']);

function yamlChunks(path: string, text: string, label: string, kind: 'github-actions' | 'gitlab-ci'): ScriptChunk[] {
  const out: ScriptChunk[] = [];
  let doc;
  try {
    doc = parseDocument(text, { keepSourceTokens: true, prettyErrors: false, merge: true, uniqueKeys: false });
  } catch {
    return out;
  }
  const root = doc.contents;
  if (!isMap(root)) return out;
  const get = (m: YamlNode | null | undefined, key: string): YamlNode | undefined => {
    if (!isMap(m)) return undefined;
    for (const p of m.items) if (isScalar(p.key) && p.key.value === key) return p.value as YamlNode;
    return undefined;
  };
  const lineOf = lineIndex(text);
  const lineAt = (n: YamlNode): number => lineOf(n.range?.[0] ?? 0);
  // The repository root: workflows sit in <root>/.github/workflows (the job's default working directory).
  const wf = path.lastIndexOf('/.github/workflows/');
  const repoDir = wf >= 0 ? path.slice(0, wf) || '/' : dirName(path);
  const envPrelude = (b: TextBuilder, maps: (YamlNode | undefined)[]): void => {
    for (const m of maps) {
      if (!isMap(m)) continue;
      for (const p of m.items) {
        if (!isScalar(p.key) || typeof p.key.value !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(p.key.value)) continue;
        let v = p.value as YamlNode | undefined;
        if (isMap(v)) v = get(v, 'value'); // GitLab {value:, description:}
        const k = p.key.range!;
        b.produce(`export ${p.key.value}=`, k[0], k[1]);
        if (isScalar(v) && v.range) {
          b.produce("'", v.range[0], v.range[0]);
          appendScalar(b, v as Scalar, text, kind, true);
          b.produce("'", v.range[1], v.range[1]);
        } else b.unknown('"${__NAL_CI}"', `${p.key.value} has no plain value`, k[0], k[1]);
        b.produce('\n', k[1], k[1]);
      }
    }
  };
  const scriptNodes = (n: YamlNode | undefined): Scalar[] => {
    if (isScalar(n)) return [n as Scalar];
    if (isSeq(n)) return n.items.flatMap((x) => scriptNodes(x as YamlNode));
    return [];
  };
  if (kind === 'github-actions') {
    const wfEnv = get(root, 'env');
    const jobs = get(root, 'jobs');
    const jobList: { env?: YamlNode; steps?: YamlNode; dir?: YamlNode }[] = [];
    if (isMap(jobs)) {
      for (const p of jobs.items) {
        const job = p.value as YamlNode;
        jobList.push({ env: get(job, 'env'), steps: get(job, 'steps'), dir: get(get(get(job, 'defaults'), 'run'), 'working-directory') });
      }
    }
    const runs = get(root, 'runs');
    if (runs) jobList.push({ steps: get(runs, 'steps') });
    for (const job of jobList) {
      if (!isSeq(job.steps)) continue;
      for (const step of job.steps.items) {
        const run = get(step as YamlNode, 'run');
        if (!isScalar(run)) continue;
        const shell = get(step as YamlNode, 'shell');
        if (isScalar(shell) && !/^(bash|sh)\b/.test(String(shell.value))) continue;
        const b = new TextBuilder(path, text);
        envPrelude(b, [wfEnv, job.env, get(step as YamlNode, 'env')]);
        appendScalar(b, run as Scalar, text, kind, false);
        b.produce('\n', run.range![1], run.range![1]);
        const wd = get(step as YamlNode, 'working-directory') ?? job.dir;
        const dir = isScalar(wd) && typeof wd.value === 'string' && !wd.value.includes('${{') ? joinPath(repoDir, wd.value) : repoDir;
        const source = `${label} (run at line ${lineAt(run)})`;
        out.push({ text: b.build(source), source, label, dir, fresh: true });
      }
    }
    return out;
  }
  // GitLab: before_script + script run in one shell; after_script in another.
  const globalVars = get(root, 'variables');
  const defaults = get(root, 'default');
  const defBefore = get(defaults, 'before_script') ?? get(root, 'before_script');
  const defAfter = get(defaults, 'after_script') ?? get(root, 'after_script');
  for (const p of root.items) {
    if (!isScalar(p.key) || typeof p.key.value !== 'string' || GITLAB_RESERVED.has(p.key.value)) continue;
    const job = p.value as YamlNode;
    if (!isMap(job)) continue;
    const script = get(job, 'script');
    if (!script) continue;
    const groups = [[...scriptNodes(get(job, 'before_script') ?? defBefore), ...scriptNodes(script)], scriptNodes(get(job, 'after_script') ?? defAfter)];
    for (const nodes of groups) {
      if (nodes.length === 0) continue;
      const b = new TextBuilder(path, text);
      envPrelude(b, [globalVars, get(job, 'variables')]);
      for (const n of nodes) {
        appendScalar(b, n, text, kind, false);
        b.produce('\n', n.range![1], n.range![1]);
      }
      const source = `${label} (job ${p.key.value} at line ${lineAt(job)})`;
      out.push({ text: b.build(source), source, label, dir: dirName(path), fresh: true });
    }
  }
  return out;
}

function joinPath(a: string, b: string): string {
  if (b.startsWith('/')) return b;
  return `${a.replace(/\/+$/, '')}/${b}`;
}

/** Appends a scalar's value; `${{ … }}` (GitHub) becomes unknown; in a quoted prelude value `'` is unknown too. */
function appendScalar(b: TextBuilder, node: Scalar, text: string, kind: 'github-actions' | 'gitlab-ci', inQuote: boolean): void {
  for (const piece of scalarPieces(node, text)) {
    const s = piece.copy ? text.slice(piece.start, piece.end) : piece.s;
    let k = 0;
    const emit = (a: number, z: number): void => {
      if (z <= a) return;
      const part = s.slice(a, z);
      if (inQuote && part.includes("'")) {
        b.unknown('${__NAL_CI}', 'a value with a quote', piece.start, piece.end);
        return;
      }
      if (piece.copy) b.copy(piece.start + a, piece.start + z);
      else b.produce(part, piece.start, piece.end);
    };
    if (kind === 'github-actions') {
      for (let m = s.indexOf('${{', k); m >= 0; m = s.indexOf('${{', k)) {
        const close = s.indexOf('}}', m);
        const z = close < 0 ? s.length : close + 2;
        emit(k, m);
        const expr = s.slice(m, z);
        const fs = piece.copy ? piece.start + m : piece.start;
        const fe = piece.copy ? piece.start + z : piece.end;
        b.unknown('${__NAL_CI}', `GitHub Actions expression ${expr.length > 60 ? `${expr.slice(0, 57)}…` : expr} (evaluated by the runner)`, fs, fe);
        k = z;
      }
    }
    emit(k, s.length);
  }
}
