// Env files read by `docker run --env-file` (docker/cli opts/file.go, parseKeyValueFile), which are not Compose's
// dotenv: a line is `KEY=value` taken as it is — no quotes removed, no escapes, no `$` interpolation, no inline
// comments, trailing white space kept (facts §4.2: "docker run --env-file keeps [quotes]"). Leading white space of a
// line is dropped, `#` starts a comment line, a UTF-8 BOM on the first line is dropped, a line ending in CR loses it
// (bufio.ScanLines), `KEY` alone copies KEY from docker's own environment, and a name with a space or tab is an error
// that stops `docker run`. Entries keep the shape of the dotenv parser's (quote is always null).
import type { EnvEntry, EnvFile } from './parser';
import { isUnicodeSpace } from './parser';

export function parseDockerEnvFile(text: string): EnvFile {
  const entries: EnvEntry[] = [];
  const problems: EnvFile['problems'] = [];
  const comments: EnvFile['comments'] = [];
  const hasBom = text.charCodeAt(0) === 0xfeff;
  let crCount = 0;
  let line = 0;
  let i = hasBom ? 1 : 0;
  while (i <= text.length) {
    const nl = text.indexOf('\n', i);
    const end = nl < 0 ? text.length : nl;
    const contentEnd = end > i && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (contentEnd < end) crCount++;
    let s = i;
    while (s < contentEnd && isUnicodeSpace(text.charCodeAt(s))) s++;
    if (s < contentEnd) {
      if (text[s] === '#') comments.push({ span: { start: s, end: contentEnd }, text: text.slice(s, contentEnd), line });
      else {
        const eq = text.indexOf('=', s);
        const hasValue = eq >= 0 && eq < contentEnd;
        const nameEnd = hasValue ? eq : contentEnd;
        let k = s;
        while (k < nameEnd && (text[k] === ' ' || text[k] === '\t')) k++;
        const key = text.slice(k, nameEnd);
        const lineSpan = { start: i, end: contentEnd };
        const deleteSpan = { start: i, end: nl < 0 ? text.length : nl + 1 };
        if (/[ \t]/.test(key)) {
          problems.push({ message: `variable '${key.split(/[ \t]/)[0]}…' contains white space: docker run stops with "poorly formatted environment"`, span: { start: k, end: nameEnd } });
        } else if (key === '') {
          problems.push({ message: 'no variable name on this line: docker run stops with "poorly formatted environment"', span: { start: s, end: contentEnd } });
        } else if (hasValue) {
          const valueSpan = { start: eq + 1, end: contentEnd };
          const value = text.slice(valueSpan.start, valueSpan.end);
          entries.push({
            key, keySpan: { start: k, end: nameEnd }, value, rawValue: value, valueSpan, innerSpan: valueSpan, quote: null,
            exported: false, noEquals: false, lineSpan, deleteSpan, line, refs: [],
          });
        } else {
          const keySpan = { start: k, end: nameEnd };
          entries.push({
            key, keySpan, value: '', rawValue: '', valueSpan: { start: keySpan.end, end: keySpan.end },
            innerSpan: { start: keySpan.end, end: keySpan.end }, quote: null, exported: false, noEquals: true, lineSpan,
            deleteSpan, line, refs: [],
          });
        }
      }
    }
    if (nl < 0) break;
    i = nl + 1;
    line++;
  }
  return { entries, comments, problems, hasBom, crCount };
}

/** A value as a `docker run --env-file` line holds it, or undefined when no line can (a line break inside). */
export function encodeDockerEnvValue(value: string): string | undefined {
  return /[\r\n]/.test(value) ? undefined : value;
}
