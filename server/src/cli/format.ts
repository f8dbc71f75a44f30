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

/** SPEC §5 JSON, version 1. */
export function formatJson(files: CliFile[], nodes: ExplainedNode[] | undefined, summary: Summary): string {
  const doc: Record<string, unknown> = { version: 1, files };
  if (nodes) doc.nodes = nodes;
  doc.summary = summary;
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function formatStylish(files: CliFile[], nodes: ExplainedNode[] | undefined, summary: Summary, clusters: number, color: boolean): string {
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
  lines.push(`${head} (${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}, ${summary.infos} info) in ${summary.files} file${summary.files === 1 ? '' : 's'}, ${summary.nodes} Nacos node${summary.nodes === 1 ? '' : 's'} in ${clusters} cluster${clusters === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}

/** A relative path as a SARIF `uri` (RFC 3986 URI reference): each segment percent-encoded (spaces, non-ASCII). */
function uriReference(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** SARIF 2.1.0 for code-scanning in CI. */
export function formatSarif(files: CliFile[], locale: string): string {
  const lang = locale === 'zh-cn' ? 'zh-cn' : 'en';
  const level = (s: string) => (s === 'info' ? 'note' : s);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: {
        name: 'nacos-auth-lint', informationUri: 'https://github.com/nacos-auth-lint/nacos-auth-lint', version: '0.1.0',
        rules: RULES.map(r => ({ id: r.id, shortDescription: { text: r.docs.summary[lang] }, helpUri: ruleDocUrl(r.id), defaultConfiguration: { level: level(r.defaultSeverity) } })),
      } },
      results: files.flatMap(f => f.findings.map(x => ({
        ruleId: x.ruleId, level: level(x.severity), message: { text: x.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: uriReference(f.path) }, region: { startLine: x.line, startColumn: x.column, endLine: x.endLine, endColumn: x.endColumn } } }],
        ...(x.related.length ? { relatedLocations: x.related.map((r, i) => ({ id: i + 1, message: { text: r.message }, physicalLocation: { artifactLocation: { uri: uriReference(r.path) }, region: { startLine: r.line, startColumn: r.column } } })) } : {}),
      }))),
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
