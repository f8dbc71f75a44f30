import { parseProperties, type PropertiesFile } from './properties/parser';
import { parseEnvFile, type EnvFile } from './envfile/parser';

import type { FileKind, Span } from '../types';
import { baseName } from '../util/paths';
import { parseYaml, type YamlFile } from './yaml/yamlTree';

export type ParsedFile =
  | { kind: 'properties'; path: string; text: string; props: PropertiesFile }
  | { kind: 'env'; path: string; text: string; env: EnvFile }
  | { kind: 'compose'; path: string; text: string; yaml: YamlFile }
  | { kind: 'clusterConf'; path: string; text: string; members: { address: string; span: Span }[] }
  /** Kubernetes objects or a kustomization: the Kubernetes source reads them (its own parse is kept in `memo`, per text). */
  | { kind: 'k8s'; path: string; text: string; memo: Map<string, unknown> }
  /** A Helm chart's Chart.yaml or template (not YAML until rendered). */
  | { kind: 'helm'; path: string; text: string }
  /** Read by their sources (sources/shell, sources/dockerfile), which keep what they derive in the engine's cache. */
  | { kind: 'shell'; path: string; text: string }
  | { kind: 'dockerfile'; path: string; text: string }
  | { kind: 'unknown'; path: string; text: string };

/** Files larger than this are not analysed (a clear message instead; SPEC §3 last line). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Classifies a file by name, and by a cheap look at the content where the name is not enough. */
export function classify(path: string, text?: string): FileKind {
  const name = baseName(path).toLowerCase();
  if (name.endsWith('.properties')) return 'properties';
  if (name === 'cluster.conf') return 'clusterConf';
  if (name === '.env' || name.endsWith('.env') || name.startsWith('.env.')) return 'env';
  if (name.endsWith('.yml') || name.endsWith('.yaml')) {
    if (isCiWorkflowPath(path)) return 'shell';
    if (isComposeFileName(path)) return 'compose';
    if (text !== undefined && looksLikeCompose(text)) return 'compose';
    if (name === 'chart.yaml' && baseName(path) === 'Chart.yaml') return 'helm';
    if (isChartTemplatePath(path) && (text === undefined || text.includes('{{'))) return 'helm';
    if (name === 'kustomization.yaml' || name === 'kustomization.yml') return 'k8s';
    if (text !== undefined && looksLikeKubernetes(text)) return 'k8s';
    return 'unknown';
  }
  if (baseName(path) === 'Kustomization') return 'k8s';
  if (name.endsWith('.tpl') && isChartTemplatePath(path)) return 'helm';
  if (isDockerfileName(path)) return 'dockerfile';
  if (isScriptName(path) || (text !== undefined && !name.includes('.') && SHELL_SHEBANG.test(text))) return 'shell';
  return 'unknown';
}

const SHELL_SHEBANG = /^#![ \t]*\/(?:usr\/)?(?:local\/)?bin\/(?:env[ \t]+(?:-\S+[ \t]+)*)?(?:ba|da|k|a)?sh\b/;

/** Files whose name says they may hold shell commands: scripts, Makefiles, Markdown (sources/shell/scripts.ts). */
export function isScriptName(path: string): boolean {
  const name = baseName(path.replace(/\\/g, '/'));
  const lower = name.toLowerCase();
  return /\.(sh|bash|md|markdown|mdx|mk)$/.test(lower) || name === 'Makefile' || name === 'makefile' || name === 'GNUmakefile';
}

/** GitHub Actions workflows and composite actions, GitLab CI files: their `run:` / `script:` steps are shell. */
export function isCiWorkflowPath(path: string): boolean {
  const p = path.replace(/\\/g, '/');
  const lower = baseName(p).toLowerCase();
  return /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(p) || /(^|\/)action\.ya?ml$/.test(p) ||
    lower === '.gitlab-ci.yml' || lower.endsWith('.gitlab-ci.yml') || /(^|\/)\.gitlab\/ci\/[^/]+\.ya?ml$/.test(p);
}

/** A Dockerfile's file name: `Dockerfile`, `Containerfile`, `Dockerfile.*`, `Containerfile.*`, `*.Dockerfile`. */
export function isDockerfileName(path: string): boolean {
  const base = baseName(path.replace(/\\/g, '/'));
  return /^(?:dockerfile|containerfile)(?:\..+)?$/i.test(base) || /.\.(?:dockerfile|containerfile)$/i.test(base);
}

/** Why a text is not analysed, or undefined when it is fine. */
export function unreadableReason(text: string): string | undefined {
  if (text.length > MAX_FILE_BYTES) return `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; not analysed`;
  // A NUL in the first 8 KB means binary (git's heuristic); U+FFFD runs mean the bytes were not valid UTF-8.
  const head = text.slice(0, 8192);
  if (head.includes('\u0000')) return 'file looks binary (NUL bytes); not analysed';
  return undefined;
}

export function parseClusterConf(text: string): { address: string; span: Span }[] {
  const members: { address: string; span: Span }[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = m[0];
    const hash = line.indexOf('#');
    const content = hash >= 0 ? line.slice(0, hash) : line;
    const t = content.trim();
    if (!t) continue;
    const start = m.index + content.indexOf(t);
    // cluster.conf allows several addresses per line separated by commas or spaces.
    const inner = /[^\s,]+/g;
    for (let a = inner.exec(t); a; a = inner.exec(t)) {
      members.push({ address: a[0], span: { start: start + a.index, end: start + a.index + a[0].length } });
    }
  }
  return members;
}

/** `previous`: the last parse of the same path, whose YAML an edit re-parses in part (syntax/yaml/yamlTree.ts). */
export function parseFile(path: string, text: string, kind: FileKind = classify(path, text), previous?: ParsedFile): ParsedFile {
  switch (kind) {
    case 'properties': return { kind, path, text, props: parseProperties(text) };
    case 'env': return { kind, path, text, env: parseEnvFile(text) };
    case 'compose': return { kind, path, text, yaml: parseYaml(path, text, previous?.kind === 'compose' ? previous.yaml : undefined) };
    case 'clusterConf': return { kind, path, text, members: parseClusterConf(text) };
    case 'k8s': return { kind, path, text, memo: carried(previous) };
    case 'helm': return { kind, path, text };
    case 'shell': return { kind, path, text };
    case 'dockerfile': return { kind, path, text };
    default: return { kind: 'unknown', path, text };
  }
}

/** A Kubernetes file's memo starts with the previous text's (`previous`, one step back), so its source can re-read
 *  only the documents an edit changed (sources/k8s/objects.ts `parseObjectsFrom`). */
function carried(previous: ParsedFile | undefined): Map<string, unknown> {
  const memo = new Map<string, unknown>();
  if (previous?.kind === 'k8s') {
    previous.memo.delete('previous');
    memo.set('previous', previous.memo);
  }
  return memo;
}

/** compose.y(a)ml, docker-compose*.y(a)ml, *compose*.y(a)ml. */
export function isComposeFileName(path: string): boolean {
  return typeof path === 'string' && /compose.*\.ya?ml$/i.test(baseName(path.replace(/\\/g, '/')));
}

/** Cheap check: an `apiVersion:` key at the start of a line (a Kubernetes object, a List item, a kustomization). */
export function looksLikeKubernetes(text: string): boolean {
  return typeof text === 'string' && /(^|\n)[ \t-]*["']?apiVersion["']?[ \t]*:/.test(text);
}

/** A file under a `templates/` folder (a Helm chart's templates and helpers). */
export function isChartTemplatePath(path: string): boolean {
  return /(^|\/)templates\/(.+\/)?[^/]+$/.test(path.replace(/\\/g, '/'));
}

/** Cheap check: a top-level `services:` key. */
export function looksLikeCompose(text: string): boolean {
  if (typeof text !== 'string') return false;
  // `/^(?:services|"services"|'services')[ \t]*:/m`, by searching for the word: the regex walked every line of a
  // 300 KB manifest on each keystroke (test/unit/compose-sniff.test.ts compares the two).
  for (let i = text.indexOf('services'); i >= 0; i = text.indexOf('services', i + 8)) {
    let start = i;
    let end = i + 8;
    const q = text.charCodeAt(i - 1);
    if (q === 34 || q === 39) {
      if (text.charCodeAt(end) !== q) continue;
      start--;
      end++;
    }
    if (start > 0 && !LINE_BREAK.has(text.charCodeAt(start - 1))) continue;
    while (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9) end++;
    if (text.charCodeAt(end) === 58) return true;
  }
  return false;
}
/** What a multi-line regex's `^` follows: LF, CR, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
const LINE_BREAK = new Set([10, 13, 0x2028, 0x2029]);
