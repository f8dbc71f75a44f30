// Physical lines → instructions, the way BuildKit's parser joins them (moby/buildkit frontend/dockerfile/parser):
// parser directives only at the top, comment lines dropped (also inside a continuation), the escape character at the
// end of a line continues it unless the character before it is the escape character too, continuation lines keep
// their leading whitespace, whitespace-only continuation lines are skipped. Every character of a joined line keeps
// its offset in the file.
import type { Span } from '../../types';

export interface Heredoc {
  name: string;
  content: string;
  contentSpan: Span;
  chomp: boolean;
}

export interface RawInstruction {
  /** Upper-cased keyword (`ENV`). */
  keyword: string;
  keywordSpan: Span;
  /** Everything after the keyword and the whitespace after it (continuations joined); `map[i]` is the file offset
   *  of `rest[i]` (one entry more: the offset just past the end). */
  rest: string;
  map: number[];
  span: Span;
  heredocs: Heredoc[];
}

export interface SplitDockerfile {
  escape: '\\' | '`';
  instructions: RawInstruction[];
  problems: { span: Span; message: string }[];
}

const KEYWORDS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
  'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

/** Go's unicode.IsSpace. */
export function isSpace(ch: string): boolean {
  return /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/.test(ch);
}

interface PhysLine {
  start: number;
  /** End of the content, trailing `\r`/`\n` trimmed. */
  end: number;
}

function physicalLines(text: string): PhysLine[] {
  const out: PhysLine[] = [];
  let start = 0;
  while (start < text.length) {
    let nl = text.indexOf('\n', start);
    const next = nl < 0 ? text.length : nl + 1;
    if (nl < 0) nl = text.length;
    let end = nl;
    while (end > start && (text[end - 1] === '\r' || text[end - 1] === '\n')) end--;
    out.push({ start, end });
    start = next;
  }
  return out;
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text[i])) i++;
  return i;
}

/** Where a trailing continuation escape starts, or -1 (regex `([^E])E[ \t]*$|^E[ \t]*$` of the parser). */
function continuationAt(text: string, start: number, end: number, esc: string): number {
  let j = end;
  while (j > start && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
  if (j <= start || text[j - 1] !== esc) return -1;
  const at = j - 1;
  if (at === start) return at;
  return text[at - 1] === esc ? -1 : at;
}

export function splitDockerfile(text: string): SplitDockerfile {
  const lines = physicalLines(text);
  const problems: SplitDockerfile['problems'] = [];
  const instructions: RawInstruction[] = [];
  let escape: '\\' | '`' = '\\';
  let directivesDone = false;
  const seenDirectives = new Set<string>();

  const directive = (start: number, end: number): void => {
    if (directivesDone) return;
    if (text[start] !== '#') {
      directivesDone = true;
      return;
    }
    const body = text.slice(skipSpace(text, start + 1, end), end);
    const m = DIRECTIVE.exec(body);
    const name = m?.[1].toLowerCase();
    if (!m || !name || !['syntax', 'escape', 'check'].includes(name)) {
      directivesDone = true;
      return;
    }
    if (seenDirectives.has(name)) {
      problems.push({ span: { start, end }, message: `only one ${name} parser directive can be used` });
      return;
    }
    seenDirectives.add(name);
    if (name === 'escape') {
      if (m[2] === '`' || m[2] === '\\') escape = m[2];
      else problems.push({ span: { start, end }, message: `invalid escape token '${m[2]}' does not match \` or \\` });
    }
  };

  let i = 0;
  while (i < lines.length) {
    const first = lines[i];
    let s = first.start;
    if (i === 0 && text.charCodeAt(0) === 0xfeff) s = 1;
    s = skipSpace(text, s, first.end);
    directive(s, first.end);
    i++;
    if (text[s] === '#') continue;
    const pieces: { start: number; end: number }[] = [];
    let cont = continuationAt(text, s, first.end, escape);
    pieces.push({ start: s, end: cont < 0 ? first.end : cont });
    let lastEnd = first.end;
    if (cont < 0 && first.end === s) continue;
    while (cont >= 0 && i < lines.length) {
      const ln = lines[i];
      i++;
      directive(ln.start, ln.end);
      const t = skipSpace(text, ln.start, ln.end);
      if (text[t] === '#' || t === ln.end) continue;
      cont = continuationAt(text, ln.start, ln.end, escape);
      pieces.push({ start: ln.start, end: cont < 0 ? ln.end : cont });
      lastEnd = ln.end;
    }
    let line = '';
    const map: number[] = [];
    for (const p of pieces) {
      line += text.slice(p.start, p.end);
      for (let k = p.start; k < p.end; k++) map.push(k);
    }
    map.push(lastEnd);
    // splitCommand: TrimSpace, then the keyword up to the first run of [\t\v\f\r ].
    let a = 0;
    while (a < line.length && isSpace(line[a])) a++;
    let b = line.length;
    while (b > a && isSpace(line[b - 1])) b--;
    if (a === b) continue;
    let k = a;
    while (k < b && !/[\t\v\f\r ]/.test(line[k])) k++;
    const keyword = line.slice(a, k).toUpperCase();
    let r = k;
    while (r < b && /[\t\v\f\r ]/.test(line[r])) r++;
    const inst: RawInstruction = {
      keyword,
      keywordSpan: { start: map[a], end: map[k - 1] + 1 },
      rest: line.slice(r, b),
      map: map.slice(r, b).concat([b > r ? map[b - 1] + 1 : map[k - 1] + 1]),
      span: { start: map[a], end: lastEnd },
      heredocs: [],
    };
    if (!KEYWORDS.has(keyword)) {
      problems.push({ span: inst.keywordSpan, message: `unknown instruction: ${line.slice(a, k)}` });
    }
    const inner = keyword === 'ONBUILD' ? /^\S+/.exec(inst.rest)?.[0].toUpperCase() ?? '' : keyword;
    if (HEREDOC_KEYWORDS.has(inner) && inst.rest.includes('<<') && !/^\s*\[/.test(inst.rest)) {
      const re = /(?:^|[\t\v\f\r ])(\d*)<<(-?)(["']?)([^\s<"']+)\3(?=$|[\t\v\f\r ])/g;
      for (let m = re.exec(inst.rest); m; m = re.exec(inst.rest)) {
        const name = m[4];
        const chomp = m[2] === '-';
        let content = '';
        const cStart = i < lines.length ? lines[i].start : text.length;
        let cEnd = cStart;
        let terminated = false;
        while (i < lines.length) {
          const ln = lines[i];
          i++;
          let t = text.slice(ln.start, ln.end);
          if (chomp) t = t.replace(/^\t+/, '');
          if (t === name) {
            terminated = true;
            inst.span = { start: inst.span.start, end: ln.end };
            break;
          }
          const next = i < lines.length ? lines[i].start : text.length;
          content += text.slice(ln.start, next);
          cEnd = next;
        }
        if (!terminated) {
          problems.push({ span: inst.span, message: 'unterminated heredoc' });
          inst.span = { start: inst.span.start, end: text.length };
        }
        inst.heredocs.push({ name, content: chomp ? content.replace(/^\t+/gm, '') : content, contentSpan: { start: cStart, end: cEnd }, chomp });
      }
    }
    instructions.push(inst);
  }
  return { escape, instructions, problems };
}
