// Go `text/template` lexer and parser (Go 1.26 grammar: trim markers, comments, `define`/`block`/`template`,
// `if`/`else if`/`with`/`else with`/`range`/`break`/`continue`, pipelines with `:=`/`=` declarations, parenthesised
// pipelines, field chains). Every node keeps its exact span in the source, so evaluation output maps back to it.
// Errors are collected, never thrown; a template with an error is not executed (as Go refuses to).
import type { Span } from '../../types';

export type Node =
  | TextNode | ActionNode | IfNode | RangeNode | WithNode | TemplateNode | BreakNode | ContinueNode;

export interface TextNode { type: 'text'; span: Span; text: string }
/** `{{ pipeline }}`; `span` covers the delimiters. */
export interface ActionNode { type: 'action'; span: Span; pipe: Pipe }
export interface BranchBase { span: Span; pipe: Pipe; list: Node[]; elseList?: Node[] }
export interface IfNode extends BranchBase { type: 'if' }
export interface WithNode extends BranchBase { type: 'with' }
export interface RangeNode extends BranchBase { type: 'range' }
export interface TemplateNode { type: 'template'; span: Span; name: string; pipe?: Pipe }
export interface BreakNode { type: 'break'; span: Span }
export interface ContinueNode { type: 'continue'; span: Span }

export interface Pipe { span: Span; decl: VarRef[]; isAssign: boolean; cmds: Command[] }
export interface VarRef { name: string; span: Span }
export interface Command { span: Span; args: Arg[] }
export type Arg =
  | { type: 'field'; span: Span; ident: string[] }
  | { type: 'variable'; span: Span; ident: string[] }
  | { type: 'chain'; span: Span; node: Arg; field: string[] }
  | { type: 'identifier'; span: Span; name: string }
  | { type: 'dot'; span: Span }
  | { type: 'nil'; span: Span }
  | { type: 'bool'; span: Span; value: boolean }
  | { type: 'number'; span: Span; text: string; num: GoNumberLit }
  | { type: 'string'; span: Span; value: string; raw: string }
  | { type: 'pipe'; span: Span; pipe: Pipe };

export interface GoNumberLit { isInt: boolean; isFloat: boolean; int?: bigint; float?: number; isChar: boolean }

export interface Define { name: string; span: Span; list: Node[]; path: string }
export interface ParseProblem { span: Span; message: string }
export interface ParsedTemplate { path: string; root: Node[]; defines: Define[]; problems: ParseProblem[] }

// ---- lexer ----
type Tok =
  | 'text' | 'left' | 'right' | 'space' | 'pipe' | 'lparen' | 'rparen' | 'declare' | 'assign' | 'comma' | 'field'
  | 'variable' | 'identifier' | 'keyword' | 'dot' | 'bool' | 'nil' | 'number' | 'string' | 'rawstring' | 'char'
  | 'eof' | 'error';
interface Token { t: Tok; start: number; end: number; val: string }

const KEYWORDS = new Set(['block', 'break', 'continue', 'define', 'else', 'end', 'if', 'range', 'nil', 'template', 'with']);
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isAlnum = (c: string) => c === '_' || /[\p{L}\p{Nd}]/u.test(c);

class LexError extends Error { constructor(readonly span: Span, message: string) { super(message); } }

/** Splits the source into text and action tokens, as Go's lexer does (trim markers applied to text spans). */
function lex(src: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  const n = src.length;
  let trimNextText = false;
  while (pos <= n) {
    let open = src.indexOf('{{', pos);
    if (open < 0) open = n;
    // text
    let tStart = pos, tEnd = open;
    let leftTrim = false;
    if (open < n && src[open + 2] === '-' && isSpace(src[open + 3] ?? '')) leftTrim = true;
    if (trimNextText) while (tStart < tEnd && isSpace(src[tStart])) tStart++;
    if (leftTrim) while (tEnd > tStart && isSpace(src[tEnd - 1])) tEnd--;
    if (tEnd > tStart) out.push({ t: 'text', start: tStart, end: tEnd, val: src.slice(tStart, tEnd) });
    trimNextText = false;
    if (open >= n) break;
    let p = open + 2 + (leftTrim ? 2 : 0);
    // comment: must follow the delimiter (and trim marker) directly and end right before the closing one
    if (src.startsWith('/*', p)) {
      const close = src.indexOf('*/', p + 2);
      if (close < 0) throw new LexError({ start: open, end: n }, 'unclosed comment');
      let q = close + 2;
      let rightTrim = false;
      if (isSpace(src[q] ?? '') && src[q + 1] === '-' && src.startsWith('}}', q + 2)) { rightTrim = true; q += 2; }
      if (!src.startsWith('}}', q)) throw new LexError({ start: open, end: q }, 'comment ends before closing delimiter');
      pos = q + 2;
      trimNextText = rightTrim;
      continue;
    }
    out.push({ t: 'left', start: open, end: p, val: '{{' });
    // inside action
    for (;;) {
      if (p >= n) throw new LexError({ start: open, end: n }, 'unclosed action');
      const c = src[p];
      // right delimiter, with or without trim marker
      if (isSpace(c)) {
        if (src[p + 1] === '-' && src.startsWith('}}', p + 2)) {
          out.push({ t: 'right', start: p, end: p + 4, val: '}}' });
          p += 4; trimNextText = true; break;
        }
        let q = p; while (q < n && isSpace(src[q])) q++;
        if (src[q] === '-' && src.startsWith('}}', q + 1) && isSpace(src[q - 1])) {
          out.push({ t: 'right', start: q - 1, end: q + 3, val: '}}' });
          p = q + 3; trimNextText = true; break;
        }
        out.push({ t: 'space', start: p, end: q, val: src.slice(p, q) });
        p = q; continue;
      }
      if (src.startsWith('}}', p)) { out.push({ t: 'right', start: p, end: p + 2, val: '}}' }); p += 2; break; }
      const start = p;
      const push = (t: Tok, end: number) => { out.push({ t, start, end, val: src.slice(start, end) }); p = end; };
      if (c === '|') { push('pipe', p + 1); continue; }
      if (c === '(') { push('lparen', p + 1); continue; }
      if (c === ')') { push('rparen', p + 1); continue; }
      if (c === ',') { push('comma', p + 1); continue; }
      if (c === ':') {
        if (src[p + 1] !== '=') throw new LexError({ start: p, end: p + 1 }, 'expected :=');
        push('declare', p + 2); continue;
      }
      if (c === '=') { push('assign', p + 1); continue; }
      if (c === '"') {
        let q = p + 1;
        for (;;) {
          if (q >= n || src[q] === '\n') throw new LexError({ start: p, end: q }, 'unterminated quoted string');
          if (src[q] === '\\') { q += 2; continue; }
          if (src[q] === '"') break;
          q++;
        }
        push('string', q + 1); continue;
      }
      if (c === '`') {
        const q = src.indexOf('`', p + 1);
        if (q < 0) throw new LexError({ start: p, end: n }, 'unterminated raw quoted string');
        push('rawstring', q + 1); continue;
      }
      if (c === "'") {
        let q = p + 1;
        for (;;) {
          if (q >= n || src[q] === '\n') throw new LexError({ start: p, end: q }, 'unterminated character constant');
          if (src[q] === '\\') { q += 2; continue; }
          if (src[q] === "'") break;
          q++;
        }
        push('char', q + 1); continue;
      }
      if (c === '$') {
        let q = p + 1; while (q < n && isAlnum(src[q])) q++;
        push('variable', q); continue;
      }
      if (c === '.') {
        if (/[0-9]/.test(src[p + 1] ?? '')) { p = lexNumber(src, p, out); continue; }
        let q = p + 1; while (q < n && isAlnum(src[q])) q++;
        if (q === p + 1) push('dot', q); else push('field', q);
        continue;
      }
      if (/[0-9+-]/.test(c)) { p = lexNumber(src, p, out); continue; }
      if (isAlnum(c)) {
        let q = p; while (q < n && isAlnum(src[q])) q++;
        const w = src.slice(p, q);
        if (w === 'true' || w === 'false') push('bool', q);
        else if (w === 'nil') push('nil', q);
        else if (KEYWORDS.has(w)) push('keyword', q);
        else push('identifier', q);
        continue;
      }
      throw new LexError({ start: p, end: p + 1 }, `unrecognized character in action: ${JSON.stringify(c)}`);
    }
    pos = p;
  }
  out.push({ t: 'eof', start: n, end: n, val: '' });
  return out;
}

function lexNumber(src: string, p: number, out: Token[]): number {
  const start = p;
  if (src[p] === '+' || src[p] === '-') p++;
  let digits = '0123456789_';
  if (src[p] === '0' && /[xXoObB]/.test(src[p + 1] ?? '')) {
    const k = src[p + 1].toLowerCase();
    p += 2;
    digits = k === 'x' ? '0123456789abcdefABCDEF_' : k === 'o' ? '01234567_' : '01_';
  }
  while (p < src.length && digits.includes(src[p])) p++;
  if (src[p] === '.') { p++; while (p < src.length && digits.includes(src[p])) p++; }
  if (digits.length === 11 && /[eE]/.test(src[p] ?? '') || digits.length > 20 && /[pP]/.test(src[p] ?? '')) {
    p++;
    if (src[p] === '+' || src[p] === '-') p++;
    while (p < src.length && /[0-9_]/.test(src[p])) p++;
  }
  if (src[p] === 'i') p++;
  if (p < src.length && isAlnum(src[p])) {
    throw new LexError({ start, end: p + 1 }, `bad number syntax: ${JSON.stringify(src.slice(start, p + 1))}`);
  }
  out.push({ t: 'number', start, end: p, val: src.slice(start, p) });
  return p;
}

/** Go's strconv.Unquote for "..." and '...' literals (UTF-8 escapes decoded to code points). */
export function unquoteGo(raw: string): string | undefined {
  const q = raw[0];
  if (q === '`') return raw.slice(1, -1).replace(/\r/g, '');
  let out = '';
  const bytes: number[] = [];
  const flush = () => { if (bytes.length) { out += new TextDecoder().decode(new Uint8Array(bytes)); bytes.length = 0; } };
  for (let i = 1; i < raw.length - 1; i++) {
    const c = raw[i];
    if (c !== '\\') { flush(); out += c; continue; }
    const e = raw[++i];
    const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' };
    if (e in simple) {
      if ((e === "'" && q === '"') || (e === '"' && q === "'")) return undefined;
      flush(); out += simple[e]; continue;
    }
    if (e === 'x') { const h = raw.slice(i + 1, i + 3); if (!/^[0-9a-fA-F]{2}$/.test(h)) return undefined; bytes.push(parseInt(h, 16)); i += 2; continue; }
    if (/[0-7]/.test(e)) { const o = raw.slice(i, i + 3); if (!/^[0-7]{3}$/.test(o) || parseInt(o, 8) > 255) return undefined; bytes.push(parseInt(o, 8)); i += 2; continue; }
    if (e === 'u' || e === 'U') {
      const len = e === 'u' ? 4 : 8;
      const h = raw.slice(i + 1, i + 1 + len);
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(h)) return undefined;
      const cp = parseInt(h, 16);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return undefined;
      flush(); out += String.fromCodePoint(cp); i += len; continue;
    }
    return undefined;
  }
  flush();
  return out;
}

function parseNumber(text: string): GoNumberLit | undefined {
  if (text.startsWith("'")) {
    const s = unquoteGo(text);
    if (s === undefined || [...s].length !== 1) return undefined;
    const cp = s.codePointAt(0)!;
    return { isInt: true, isFloat: true, int: BigInt(cp), float: cp, isChar: true };
  }
  if (text.endsWith('i')) return undefined; // complex constants: not supported (no chart uses them)
  const clean = text.replace(/_/g, '');
  const res: GoNumberLit = { isInt: false, isFloat: false, isChar: false };
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(clean);
  if (m) {
    let body = m[2];
    if (/^0[0-7]+$/.test(body)) body = '0o' + body.slice(1);
    const v = BigInt(body) * (m[1] === '-' ? -1n : 1n);
    if (v >= -(2n ** 63n) && v < 2n ** 63n) { res.isInt = true; res.int = v; }
    res.isFloat = true; res.float = Number(v);
    return res;
  }
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(clean)) {
    const f = Number(clean);
    if (!Number.isFinite(f)) return undefined;
    res.isFloat = true; res.float = f;
    if (Number.isInteger(f) && Math.abs(f) < 2 ** 63) { res.isInt = true; res.int = BigInt(f); }
    return res;
  }
  if (/^[+-]?0[xX]/.test(clean)) {
    // hex float
    const f = parseHexFloat(clean);
    if (f === undefined) return undefined;
    res.isFloat = true; res.float = f;
    return res;
  }
  return undefined;
}

function parseHexFloat(s: string): number | undefined {
  const m = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/.exec(s);
  if (!m) return undefined;
  const mant = parseInt((m[2] || '0') + (m[3] || ''), 16) / 16 ** m[3].length;
  return (m[1] === '-' ? -1 : 1) * mant * 2 ** Number(m[4]);
}

// ---- parser ----
class ParseError extends Error { constructor(readonly span: Span, message: string) { super(message); } }

export interface ParseOptions {
  /** Function names the evaluator knows (Go rejects unknown functions at parse time). */
  isFunction: (name: string) => boolean;
}

/** Parses one template file. `path` names it in problems and defines. */
export function parseTemplate(path: string, src: string, opts: ParseOptions): ParsedTemplate {
  const res: ParsedTemplate = { path, root: [], defines: [], problems: [] };
  let toks: Token[];
  try {
    toks = lex(src);
  } catch (e) {
    if (e instanceof LexError) { res.problems.push({ span: e.span, message: e.message }); return res; }
    throw e;
  }
  const p = new Parser(toks, path, opts, res.defines);
  try {
    res.root = p.parseRoot();
  } catch (e) {
    if (e instanceof ParseError) { res.problems.push({ span: e.span, message: e.message }); res.root = []; res.defines.length = 0; return res; }
    throw e;
  }
  return res;
}

type ListEnd = { kind: 'end' | 'else'; tok: Token; elseSpan?: Span };

class Parser {
  private i = 0;
  private vars: string[][] = [['$']];
  private rangeDepth = 0;
  constructor(private toks: Token[], private path: string, private opts: ParseOptions, private defines: Define[]) {}

  private peek(): Token { return this.toks[this.i]; }
  private next(): Token { return this.toks[this.i++]; }
  private nextNonSpace(): Token { let t = this.next(); while (t.t === 'space') t = this.next(); return t; }
  private peekNonSpace(): Token { const save = this.i; const t = this.nextNonSpace(); this.i = save; return t; }
  private err(t: Token | Span, msg: string): never { throw new ParseError({ start: t.start, end: t.end }, msg); }

  parseRoot(): Node[] {
    const list: Node[] = [];
    for (;;) {
      const t = this.peek();
      if (t.t === 'eof') return list;
      if (t.t === 'left') {
        const save = this.i;
        this.next();
        const k = this.peekNonSpace();
        if (k.t === 'keyword' && k.val === 'define') { this.nextNonSpace(); this.parseDefine(t); continue; }
        this.i = save;
      }
      const r = this.textOrAction();
      if (r && 'kind' in r) this.err(r.tok, `unexpected {{${r.kind}}}`);
      if (r) list.push(r);
    }
  }

  private parseDefine(left: Token) {
    const nameTok = this.nextNonSpace();
    if (nameTok.t !== 'string' && nameTok.t !== 'rawstring') this.err(nameTok, 'name of template in define must be a string');
    const name = unquoteGo(nameTok.val);
    if (name === undefined) this.err(nameTok, 'bad string in define');
    const close = this.nextNonSpace();
    if (close.t !== 'right') this.err(close, 'unexpected token in define clause');
    const saveVars = this.vars; this.vars = [['$']];
    const { list, end } = this.itemList();
    this.vars = saveVars;
    if (end.kind !== 'end') this.err(end.tok, 'unexpected {{else}} in define');
    this.defines.push({ name, span: { start: left.start, end: end.tok.end }, list, path: this.path });
  }

  /** Items until {{end}} or {{else}}; returns which ended it. */
  private itemList(): { list: Node[]; end: ListEnd } {
    const list: Node[] = [];
    for (;;) {
      if (this.peek().t === 'eof') this.err(this.peek(), 'unexpected EOF');
      const r = this.textOrAction();
      if (r && 'kind' in r) return { list, end: r };
      if (r) list.push(r);
    }
  }

  private textOrAction(): Node | ListEnd | undefined {
    const t = this.next();
    if (t.t === 'text') return { type: 'text', span: { start: t.start, end: t.end }, text: t.val };
    if (t.t !== 'left') this.err(t, `unexpected ${t.val}`);
    const k = this.peekNonSpace();
    if (k.t === 'keyword') {
      this.nextNonSpace();
      switch (k.val) {
        case 'end': { const r = this.nextNonSpace(); if (r.t !== 'right') this.err(r, 'unexpected token in end'); return { kind: 'end', tok: { ...r, start: t.start } }; }
        case 'else': return { kind: 'else', tok: { ...k, start: t.start }, elseSpan: { start: t.start, end: k.end } };
        case 'if': return this.branch('if', t);
        case 'with': return this.branch('with', t);
        case 'range': return this.branch('range', t);
        case 'template': return this.templateCall(t);
        case 'block': return this.block(t);
        case 'break': case 'continue': {
          if (this.rangeDepth === 0) this.err(k, `{{${k.val}}} outside {{range}}`);
          const r = this.nextNonSpace(); if (r.t !== 'right') this.err(r, `unexpected ${r.val} in {{${k.val}}}`);
          return { type: k.val, span: { start: t.start, end: r.end } } as BreakNode | ContinueNode;
        }
        case 'define': this.err(k, 'unexpected define: define only at top level');
        // eslint-disable-next-line no-fallthrough
        default: break; // nil: falls through to a pipeline (and fails there as Go does)
      }
    }
    const pipe = this.pipeline('command', 'right');
    const end = this.toks[this.i - 1];
    return { type: 'action', span: { start: t.start, end: end.end }, pipe };
  }

  private branch(kind: 'if' | 'with' | 'range', left: Token): Node {
    this.vars.push([]);
    const pipe = this.pipeline(kind, 'right');
    if (kind === 'range') this.rangeDepth++;
    const r1 = this.itemList();
    if (kind === 'range') this.rangeDepth--;
    let elseList: Node[] | undefined;
    let endTok = r1.end.tok;
    if (r1.end.kind === 'else') {
      // `else if` / `else with` chain into a nested node in the else list (as Go does)
      const k = this.peekNonSpace();
      if ((kind === 'if' && k.t === 'keyword' && k.val === 'if') || (kind === 'with' && k.t === 'keyword' && k.val === 'with')) {
        this.nextNonSpace();
        const nested = this.branch(kind, { ...r1.end.tok, start: r1.end.elseSpan!.start });
        elseList = [nested];
        endTok = { ...endTok, end: nested.span.end };
      } else {
        const r = this.nextNonSpace(); if (r.t !== 'right') this.err(r, 'unexpected token in else');
        const r2 = this.itemList();
        if (r2.end.kind !== 'end') this.err(r2.end.tok, 'expected end; found {{else}}');
        elseList = r2.list;
        endTok = r2.end.tok;
      }
    }
    this.vars.pop();
    return { type: kind, span: { start: left.start, end: endTok.end }, pipe, list: r1.list, elseList } as Node;
  }

  private templateCall(left: Token): Node {
    const nameTok = this.nextNonSpace();
    if (nameTok.t !== 'string' && nameTok.t !== 'rawstring') this.err(nameTok, 'unexpected name in template clause');
    const name = unquoteGo(nameTok.val)!;
    let pipe: Pipe | undefined;
    if (this.peekNonSpace().t !== 'right') pipe = this.pipeline('template', 'right');
    else this.nextNonSpace();
    return { type: 'template', span: { start: left.start, end: this.toks[this.i - 1].end }, name, pipe };
  }

  private block(left: Token): Node {
    const nameTok = this.nextNonSpace();
    if (nameTok.t !== 'string' && nameTok.t !== 'rawstring') this.err(nameTok, 'unexpected name in block clause');
    const name = unquoteGo(nameTok.val)!;
    const pipe = this.pipeline('block', 'right');
    const saveVars = this.vars; this.vars = [['$']];
    const { list, end } = this.itemList();
    this.vars = saveVars;
    if (end.kind !== 'end') this.err(end.tok, 'unexpected {{else}} in block');
    this.defines.push({ name, span: { start: left.start, end: end.tok.end }, list, path: this.path });
    return { type: 'template', span: { start: left.start, end: end.tok.end }, name, pipe };
  }

  private declareVar(name: string) { this.vars[this.vars.length - 1].push(name); }
  private hasVar(name: string) { return this.vars.some(s => s.includes(name)); }

  private pipeline(context: string, end: 'right' | 'rparen'): Pipe {
    const first = this.peekNonSpace();
    const pipe: Pipe = { span: { start: first.start, end: first.start }, decl: [], isAssign: false, cmds: [] };
    // declarations
    const save = this.i;
    const v = this.nextNonSpace();
    if (v.t === 'variable') {
      const after = this.next();
      const after2 = after.t === 'space' ? this.nextNonSpace() : after;
      if (after2.t === 'declare' || after2.t === 'assign') {
        pipe.isAssign = after2.t === 'assign';
        pipe.decl.push({ name: v.val, span: { start: v.start, end: v.end } });
      } else if (after2.t === 'comma' && context === 'range') {
        const v2 = this.nextNonSpace();
        if (v2.t !== 'variable') this.err(v2, 'range can only initialize variables');
        const op = this.nextNonSpace();
        if (op.t !== 'declare' && op.t !== 'assign') this.err(op, 'expected := or = after range variables');
        pipe.isAssign = op.t === 'assign';
        pipe.decl.push({ name: v.val, span: { start: v.start, end: v.end } }, { name: v2.val, span: { start: v2.start, end: v2.end } });
      } else if (after2.t === 'comma') {
        this.err(after2, `too many declarations in ${context}`);
      } else {
        this.i = save;
      }
      if (pipe.decl.length) {
        for (const d of pipe.decl) {
          if (pipe.isAssign) { if (!this.hasVar(d.name)) this.err(d.span, `undefined variable "${d.name}"`); }
          else this.declareVar(d.name);
        }
      }
    } else {
      this.i = save;
    }
    for (;;) {
      const t = this.peekNonSpace();
      if (t.t === (end === 'right' ? 'right' : 'rparen')) {
        this.nextNonSpace();
        if (!pipe.cmds.length) this.err(t, `missing value for ${context}`);
        pipe.span.end = pipe.cmds[pipe.cmds.length - 1].span.end;
        this.checkPipeline(pipe);
        return pipe;
      }
      if (t.t === 'eof') this.err(t, `unclosed action`);
      pipe.cmds.push(this.command(end));
    }
  }

  private checkPipeline(pipe: Pipe) {
    pipe.cmds.forEach((c, i) => {
      if (i > 0 && ['bool', 'dot', 'nil', 'number', 'string'].includes(c.args[0].type)) {
        this.err(c.args[0].span, `non executable command in pipeline stage ${i + 1}`);
      }
    });
  }

  private command(end: 'right' | 'rparen'): Command {
    const args: Arg[] = [];
    for (;;) {
      this.skipSpace();
      const op = this.operand();
      if (op) args.push(op);
      const t = this.next();
      if (t.t === 'space') continue;
      if (t.t === 'right' || t.t === 'rparen') {
        if (t.t !== end) this.err(t, `unexpected ${JSON.stringify(t.val)} in operand`);
        this.i--;
        break;
      }
      if (t.t === 'pipe') break;
      this.err(t, `unexpected ${JSON.stringify(t.val)} in operand`);
    }
    if (!args.length) this.err(this.peek(), 'empty command');
    return { span: { start: args[0].span.start, end: args[args.length - 1].span.end }, args };
  }

  private skipSpace() { while (this.peek().t === 'space') this.next(); }

  private operand(): Arg | undefined {
    const term = this.term();
    if (!term) return undefined;
    if (this.peek().t === 'field') {
      const fields: string[] = [];
      let end = term.span.end;
      while (this.peek().t === 'field') { const f = this.next(); fields.push(f.val.slice(1)); end = f.end; }
      const span = { start: term.span.start, end };
      switch (term.type) {
        case 'field': return { type: 'field', span, ident: [...term.ident, ...fields] };
        case 'variable': return { type: 'variable', span, ident: [...term.ident, ...fields] };
        case 'bool': case 'string': case 'number': case 'nil': case 'dot':
          this.err(span, `unexpected . after term ${JSON.stringify(term.type)}`);
        // eslint-disable-next-line no-fallthrough
        default: return { type: 'chain', span, node: term, field: fields };
      }
    }
    return term;
  }

  private term(): Arg | undefined {
    const t = this.peek();
    const span = { start: t.start, end: t.end };
    switch (t.t) {
      case 'identifier':
        this.next();
        if (!this.opts.isFunction(t.val)) this.err(t, `function "${t.val}" not defined`);
        return { type: 'identifier', span, name: t.val };
      case 'dot': this.next(); return { type: 'dot', span };
      case 'nil': this.next(); return { type: 'nil', span };
      case 'variable':
        this.next();
        if (!this.hasVar(t.val)) this.err(t, `undefined variable "${t.val}"`);
        return { type: 'variable', span, ident: [t.val] };
      case 'field': this.next(); return { type: 'field', span, ident: [t.val.slice(1)] };
      case 'bool': this.next(); return { type: 'bool', span, value: t.val === 'true' };
      case 'char': case 'number': {
        this.next();
        const num = parseNumber(t.val);
        if (!num) this.err(t, `illegal number syntax: ${t.val}`);
        return { type: 'number', span, text: t.val, num };
      }
      case 'lparen': {
        this.next();
        const pipe = this.pipeline('parenthesized pipeline', 'rparen');
        return { type: 'pipe', span: { start: t.start, end: this.toks[this.i - 1].end }, pipe };
      }
      case 'string': case 'rawstring': {
        this.next();
        const value = unquoteGo(t.val);
        if (value === undefined) this.err(t, `invalid syntax in string ${t.val}`);
        return { type: 'string', span, value, raw: t.val };
      }
      default: return undefined;
    }
  }
}
