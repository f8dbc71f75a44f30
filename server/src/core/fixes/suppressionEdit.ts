// "Suppress <rule> on this line": the `# nacos-auth-lint-disable-next-line <rule-id>` comment (SPEC §2) above the
// finding's line, indented like that line (a YAML list item's comment sits at its `-`, a map entry's at its key).
// Not offered where a comment line would change a value instead of commenting: inside a multi-line YAML scalar, a
// .properties continuation, a multi-line quoted env value, a shell command continued with `\`.
import { isScalar, visit, type Scalar } from 'yaml';
import type { ParsedFile } from '../syntax/files';
import { LineIndex } from '../util/positions';
import type { Span, TextEdit } from '../types';
import { eolOf } from './encode';

/** The comment carries `-- reason` for the user to replace with why (README: a suppression says why). */
export function suppressionComment(ruleId: string): string {
  return `# nacos-auth-lint-disable-next-line ${ruleId} -- reason`;
}

export function suppressionEdit(file: ParsedFile, ruleId: string, span: Span): TextEdit | undefined {
  const { text } = file;
  const index = new LineIndex(text);
  const line = index.position(span.start).line;
  const lineStart = index.lineStart(line);
  if (!startsStatement(file, line, lineStart)) return undefined;
  const lineText = text.slice(lineStart, index.lineEnd(line));
  const at = line === 0 && text.charCodeAt(0) === 0xfeff ? 1 : lineStart;
  const indent = /^[ \t]*/.exec(lineText.replace(/^\ufeff/, ''))![0];
  // Env files get `\n` (a CR is part of the value to some readers); others keep the line's own terminator.
  const eol = file.kind === 'env' ? '\n' : text.slice(index.lineEnd(line), index.lineEnd(line) + 2) === '\r\n' ? '\r\n' : eolOf(text);
  return { path: file.path, span: { start: at, end: at }, newText: `${indent}${suppressionComment(ruleId)}${eol}` };
}

/** A comment line inserted before `line` is a comment, and the suppression reaches the finding's line. */
function startsStatement(file: ParsedFile, line: number, lineStart: number): boolean {
  switch (file.kind) {
    case 'properties': {
      const e = file.props.entries.find(x => x.deleteSpan.start <= lineStart && lineStart < x.deleteSpan.end);
      return !e || e.line === line;
    }
    case 'env': {
      const e = file.env.entries.find(x => x.deleteSpan.start <= lineStart && lineStart < x.deleteSpan.end);
      return !e || e.line === line;
    }
    case 'compose': {
      const y = file.yaml;
      if (!y.doc) return true;
      let inside = false;
      visit(y.doc, {
        Scalar(_k, n: Scalar) {
          const r = isScalar(n) && n.range ? y.span(n) : undefined;
          if (r && r.start < lineStart && lineStart < r.end && file.text.slice(r.start, lineStart).includes('\n')) {
            inside = true;
            return visit.BREAK;
          }
          return undefined;
        },
      });
      return !inside;
    }
    case 'shell': {
      // Inside a command continued with `\` a comment line would end the command: the options after it would run as
      // a command of their own.
      if (line === 0) return true;
      const before = file.text.slice(0, lineStart).replace(/\r?\n$/, '');
      return !/(?:^|[^\\])(?:\\\\)*\\$/.test(before);
    }
    default:
      return true;
  }
}
