// `--format github`: GitHub Actions workflow commands, one annotation per finding
// (https://docs.github.com/actions/reference/workflow-commands-for-github-actions), escaped as @actions/core does.
import type { CliFile, CliFinding } from '../format';

/** The message part of a workflow command: `%`, CR and LF. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value (file=, title=, …): also `:` and `,`, which end a property. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

function annotation(path: string, x: CliFinding): string {
  const props: [string, string | number][] = [['file', path], ['line', x.line]];
  // GitHub accepts col/endColumn only on one line.
  if (x.endLine === x.line) props.push(['col', x.column], ['endLine', x.endLine], ['endColumn', x.endColumn]);
  else props.push(['endLine', x.endLine]);
  props.push(['title', x.ruleId]);
  const related = x.related.map(r => `\n${r.path}:${r.line}:${r.column}: ${r.message}`).join('');
  return `::${COMMAND[x.severity]} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(x.message + related)}`;
}

export function formatGithub(files: CliFile[], summaryLine: string): string {
  const lines = files.flatMap(f => f.findings.map(x => annotation(f.path, x)));
  lines.push(summaryLine);
  return `${lines.join('\n')}\n`;
}
