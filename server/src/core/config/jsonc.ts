// A small JSON-with-comments reader that keeps where every value is, so a problem in `.nacos-auth-lint.json` points at
// the exact characters (the server underlines them, the CLI prints line:column). Comments (`//`, `/* */`) and trailing
// commas are accepted as in VS Code's jsonc, since users copy settings from settings.json.
import type { Span } from '../types';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

export interface JsonNode {
  value: JsonValue;
  span: Span;
  /** Object members in source order (duplicates kept: the last one wins in `value`, as in JSON.parse). */
  members?: { key: string; keySpan: Span; node: JsonNode }[];
  items?: JsonNode[];
}

export class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number) { super(message); }
}

const MAX_DEPTH = 64;

export function parseJsonc(text: string): JsonNode {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (msg: string, at = i): never => { throw new JsonSyntaxError(msg, Math.min(at, text.length)); };

  const skip = () => {
    for (;;) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else if (c === '/' && text[i + 1] === '/') { while (i < text.length && text[i] !== '\n') i++; }
      else if (c === '/' && text[i + 1] === '*') {
        const end = text.indexOf('*/', i + 2);
        if (end < 0) fail('unterminated comment');
        i = end + 2;
      } else return;
    }
  };

  const str = (): string => {
    const start = i++;
    let out = '';
    for (;;) {
      if (i >= text.length) fail('unterminated string', start);
      const c = text[i];
      if (c === '"') { i++; return out; }
      if (c === '\n' || c === '\r' || c < ' ') fail('control character in string');
      if (c !== '\\') { out += c; i++; continue; }
      const e = text[i + 1];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e in simple) { out += simple[e]; i += 2; continue; }
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) { out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)); i += 6; continue; }
      fail('invalid escape in string');
    }
  };

  const value = (depth: number): JsonNode => {
    if (depth > MAX_DEPTH) fail('nested too deeply');
    skip();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: { [k: string]: JsonValue } = {};
      const members: NonNullable<JsonNode['members']> = [];
      skip();
      while (text[i] !== '}') {
        if (text[i] !== '"') fail(i >= text.length ? 'unexpected end of file' : 'expected a property name in double quotes');
        const ks = i;
        const key = str();
        const keySpan = { start: ks, end: i };
        skip();
        if (text[i] !== ':') fail("expected ':'");
        i++;
        const node = value(depth + 1);
        // defineProperty: a "__proto__" key is data, never the prototype.
        Object.defineProperty(obj, key, { value: node.value, enumerable: true, writable: true, configurable: true });
        members.push({ key, keySpan, node });
        skip();
        if (text[i] === ',') { i++; skip(); continue; }
        if (text[i] !== '}') fail(i >= text.length ? 'unexpected end of file' : "expected ',' or '}'");
      }
      i++;
      return { value: obj, span: { start, end: i }, members };
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      skip();
      while (text[i] !== ']') {
        items.push(value(depth + 1));
        skip();
        if (text[i] === ',') { i++; skip(); continue; }
        if (text[i] !== ']') fail(i >= text.length ? 'unexpected end of file' : "expected ',' or ']'");
      }
      i++;
      return { value: items.map(n => n.value), span: { start, end: i }, items };
    }
    if (c === '"') { const s = str(); return { value: s, span: { start, end: i } }; }
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) fail(i >= text.length ? 'unexpected end of file' : 'expected a value');
    i += m![0].length;
    const v = m![0] === 'true' ? true : m![0] === 'false' ? false : m![0] === 'null' ? null : Number(m![0]);
    return { value: v, span: { start, end: i } };
  };

  const root = value(0);
  skip();
  if (i < text.length) fail('unexpected text after the end of the JSON value');
  return root;
}
