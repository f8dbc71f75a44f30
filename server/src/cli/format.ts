import { createHash } from 'node:crypto';
import { RULES, ruleDocUrl, type ExplainedNode } from '../core';


export interface CliFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixable: boolean;
  related: { path: string; line: number; column: number; message: string }[];
}

export interface CliFile {
  path: string;
  findings: CliFinding[];
}

export interface Summary { errors: number; warnings: number; infos: number; files: number; nodes: number }

/** What the stylish footer says beyond the counts (SPEC §5 JSON keeps its summary as it is). */
export interface Footer {
  /** Files named or found in named folders, and files read because those refer to them or share their cluster. */
  given: number;
  referenced: number;
  /** Findings `--fix` can fix, and findings whose only fix writes new secret values (the editor's quick fix). */
  fixable: number;
  needSecrets: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 files checked: 1 given, 2 referenced". */
export function filesLine(f: Pick<Footer, 'given' | 'referenced'>): string {
  return `${plural(f.given + f.referenced, 'file')} checked: ${f.given} given, ${f.referenced} referenced`;
}

/** One finding of the upgrade check, where it is. */
export interface CliUpgradeFinding { ruleId: string; severity: string; message: string; path: string; line: number; column: number }

/** `--target-version`: what the same files give on the target version, against today. */
export interface CliUpgrade {
  targetVersion: string;
  added: CliUpgradeFinding[];
  changed: { before: CliUpgradeFinding; after: CliUpgradeFinding }[];
  resolved: CliUpgradeFinding[];
}

/** The upgrade check as text, after the stylish report. */
export function formatUpgrade(u: CliUpgrade): string {
  const line = (f: CliUpgradeFinding) => `  ${f.path}:${f.line}:${f.column}  ${f.severity}  ${f.message}  ${f.ruleId}`;
  const out = [`Upgrade check: the same files on Nacos ${u.targetVersion}`];
  if (!u.added.length && !u.changed.length && !u.resolved.length) out.push('  nothing breaks or changes.');
  if (u.added.length) out.push(`new on ${u.targetVersion} (${u.added.length}):`, ...u.added.map(line));
  if (u.changed.length) out.push(`changes (${u.changed.length}):`, ...u.changed.flatMap(c => [line(c.after), `    today: ${c.before.severity}  ${c.before.message}`]));
  if (u.resolved.length) out.push(`gone on ${u.targetVersion} (${u.resolved.length}):`, ...u.resolved.map(line));
  return `${out.join('\n')}\n`;
}

/** SPEC §5 JSON, version 1. */
export function formatJson(files: CliFile[], nodes: ExplainedNode[] | undefined, summary: Summary, upgrade?: CliUpgrade): string {
  return [...formatJsonChunks(files, nodes, summary, upgrade)].join('');
}

/**
 * The same text as `JSON.stringify({ version, files, nodes?, upgrade?, summary }, null, 2)`, a finding (or node) at a time:
 * 10,000 mismatched services make 100 MB of JSON, which as one string does not fit a 512 MB heap next to the
 * findings it is made from.
 */
export function* formatJsonChunks(files: CliFile[], nodes: ExplainedNode[] | undefined, summary: Summary, upgrade?: CliUpgrade): Generator<string> {
  const at = (v: unknown, pad: string) => JSON.stringify(v, null, 2).replace(/\n/g, `\n${pad}`);
  function* list<T>(items: readonly T[], pad: string, item: (x: T) => Generator<string>): Generator<string> {
    if (!items.length) { yield '[]'; return; }
    yield '[';
    for (let i = 0; i < items.length; i++) {
      yield `${i ? ',' : ''}\n${pad}  `;
      yield* item(items[i]);
    }
    yield `\n${pad}]`;
  }
  yield '{\n  "version": 1,\n  "files": ';
  yield* list(files, '  ', function* (f) {
    yield `{\n      "path": ${JSON.stringify(f.path)},\n      "findings": `;
    yield* list(f.findings, '      ', function* (x) { yield at(x, '        '); });
    yield '\n    }';
  });
  if (nodes) {
    yield ',\n  "nodes": ';
    yield* list(nodes, '  ', function* (n) { yield at(n, '    '); });
  }
  if (upgrade) yield `,\n  "upgrade": ${at(upgrade, '  ')}`;
  yield `,\n  "summary": ${at(summary, '  ')}\n}\n`;
}

export function formatStylish(files: CliFile[], nodes: ExplainedNode[] | undefined, summary: Summary, clusters: number, color: boolean, footer?: Footer): string {
  const c = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sev = (s: string) => (s === 'error' ? c(31, 'error  ') : s === 'warning' ? c(33, 'warning') : c(36, 'info   '));
  const lines: string[] = [];
  for (const f of files) {
    if (!f.findings.length) continue;
    lines.push(c(4, f.path));
    for (const x of f.findings) {
      lines.push(`  ${`${x.line}:${x.column}`.padEnd(8)} ${sev(x.severity)}  ${x.message}  ${c(2, x.ruleId)}`);
    }
    lines.push('');
  }
  if (nodes) {
    lines.push(c(1, 'Effective auth configuration'));
    for (const n of nodes) {
      lines.push(`  ${n.id}  (${n.kind}, cluster ${n.cluster || '-'}, Nacos ${n.serverVersion.value} from ${n.serverVersion.from})`);
      for (const [k, s] of Object.entries(n.settings)) {
        lines.push(`    ${k} = ${s.value}  ${c(2, `← ${s.via}${s.path ? ` (${s.path}${s.line ? `:${s.line}` : ''})` : ''}`)}`);
      }
    }
    lines.push('');
  }
  const total = summary.errors + summary.warnings + summary.infos;
  const head = total === 0 ? c(32, '✔ no problems') : c(summary.errors ? 31 : 33, `✖ ${total} problem${total === 1 ? '' : 's'}`);
  const counts = `(${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}, ${summary.infos} info)`;
  const nodesText = `${summary.nodes} Nacos node${summary.nodes === 1 ? '' : 's'} in ${clusters} cluster${clusters === 1 ? '' : 's'}`;
  if (!footer) {
    lines.push(`${head} ${counts} in ${summary.files} file${summary.files === 1 ? '' : 's'}, ${nodesText}`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(`${head} ${counts}; ${filesLine(footer)}; ${nodesText}`);
  if (footer.fixable) lines.push(`  ${plural(footer.fixable, 'problem')} can be fixed with --fix.`);
  if (footer.needSecrets) lines.push(`  ${plural(footer.needSecrets, 'problem')} need${footer.needSecrets === 1 ? 's' : ''} new secret values: use the editor's quick fix ("Generate …"), then update every node that shares them.`);
  return `${lines.join('\n')}\n`;
}

/** A relative path as a SARIF `uri` (RFC 3986 URI reference): each segment percent-encoded (spaces, non-ASCII). */
function uriReference(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export interface SarifOptions {
  /** The folder paths are relative to (the working directory), as `%SRCROOT%`. */
  srcRoot?: string;
  /** The text of a line (1-based) of a file, for partialFingerprints. */
  lineText?: (path: string, line: number) => string | undefined;
}

/**
 * The part of a line that identifies a finding across commits without its value: the key before the first `=` or `:`
 * (`- NACOS_AUTH_TOKEN`, `nacos.core.auth.server.identity.key`), white space collapsed; '' when the line has no
 * separator (it may be a bare secret: a YAML block line, a `key value` properties line).
 */
export function maskedLineKey(line: string): string {
  const m = /^\s*((?:-\s+)?(?:export\s+)?[^\s=:]+)\s*[=:]/.exec(line);
  return m ? m[1].replace(/\s+/g, ' ') : '';
}

/**
 * A stable id for a finding: rule, file, and the masked key of its line, plus its rank among equal ones — it survives
 * lines moving and values changing. Never the value itself: hashing an unsalted secret lets anyone test guesses.
 */
export function findingFingerprints(files: CliFile[], lineText: (path: string, line: number) => string | undefined): Map<CliFinding, string> {
  const out = new Map<CliFinding, string>();
  const seen = new Map<string, number>();
  for (const f of files) for (const x of f.findings) {
    const key = `${x.ruleId}\u0000${f.path}\u0000${maskedLineKey(lineText(f.path, x.line) ?? '')}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    out.set(x, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:${n}`);
  }
  return out;
}

/** A directory as the absolute file: URI SARIF's originalUriBaseIds wants (trailing slash). */
function dirUri(dir: string): string {
  const p = dir.replace(/\\/g, '/');
  const withSlash = p.endsWith('/') ? p : `${p}/`;
  return `file://${withSlash.startsWith('/') ? '' : '/'}${withSlash.split('/').map(s => (/^[A-Za-z]:$/.test(s) ? s : encodeURIComponent(s))).join('/')}`;
}

/** SARIF 2.1.0 for code-scanning in CI. */
export function formatSarif(files: CliFile[], locale: string, options: SarifOptions = {}): string {
  const lang = locale === 'zh-cn' ? 'zh-cn' : 'en';
  const level = (s: string) => (s === 'info' ? 'note' : s);
  const base = options.srcRoot !== undefined ? { uriBaseId: '%SRCROOT%' } : {};
  const prints = options.lineText ? findingFingerprints(files, options.lineText) : undefined;
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: {
        name: 'nacos-auth-lint', informationUri: 'https://github.com/nacos-auth-lint/nacos-auth-lint', version: '0.1.0',
        rules: RULES.map(r => ({ id: r.id, shortDescription: { text: r.docs.summary[lang] }, helpUri: ruleDocUrl(r.id), defaultConfiguration: { level: level(r.defaultSeverity) } })),
      } },
      ...(options.srcRoot !== undefined ? { originalUriBaseIds: { '%SRCROOT%': { uri: dirUri(options.srcRoot) } } } : {}),
      results: files.flatMap(f => f.findings.map(x => ({
        ruleId: x.ruleId, level: level(x.severity), message: { text: x.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: uriReference(f.path), ...base }, region: { startLine: x.line, startColumn: x.column, endLine: x.endLine, endColumn: x.endColumn } } }],
        ...(x.related.length ? { relatedLocations: x.related.map((r, i) => ({ id: i + 1, message: { text: r.message }, physicalLocation: { artifactLocation: { uri: uriReference(r.path), ...base }, region: { startLine: r.line, startColumn: r.column } } })) } : {}),
        // primaryLocationLineHash too: github/codeql-action/upload-sarif computes one from the raw line (the secret) when absent.
        ...(prints ? { partialFingerprints: { 'nacosAuthLint/v1': prints.get(x)!, primaryLocationLineHash: prints.get(x)! } } : {}),
      }))),
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
