"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// test/unit/properties-parser.test.ts
var import_node_test = require("node:test");
var import_strict = __toESM(require("node:assert/strict"));
var fs = __toESM(require("node:fs"));
var path = __toESM(require("node:path"));

// server/src/core/properties/parser.ts
var TAB = 9;
var LF = 10;
var FF = 12;
var CR = 13;
var SPACE = 32;
var BANG = 33;
var HASH = 35;
var HYPHEN = 45;
var COLON = 58;
var EQUALS = 61;
var BACKSLASH = 92;
var MALFORMED_UNICODE = "Malformed \\uxxxx escape (\\u must be followed by four hex digits): Nacos and Spring Boot refuse to load this file.";
var BOM_MESSAGE = `The file starts with a byte order mark (BOM): Nacos reads .properties as ISO-8859-1, so the first line's key becomes "\xEF\xBB\xBF\u2026" and that setting is ignored. Save the file without BOM.`;
function isWhite(c) {
  return c === SPACE || c === TAB || c === FF;
}
function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 65 + 10;
  if (c >= 97 && c <= 102) return c - 97 + 10;
  return -1;
}
function runOf(runs, i) {
  let lo = 0;
  let hi = runs.length / 3 - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (runs[mid * 3] <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo * 3;
}
function startOf(runs, i) {
  if (typeof runs === "number") return runs + i;
  const r = runOf(runs, i);
  return runs[r + 1] + (i - runs[r]);
}
function endOf(runs, i, length) {
  if (typeof runs === "number") return runs + i + 1;
  const r = runOf(runs, i);
  const runLength = (r + 3 < runs.length ? runs[r + 3] : length) - runs[r];
  const isEscape = runs[r + 2] - runs[r + 1] !== runLength;
  return isEscape ? runs[r + 2] : runs[r + 1] + (i - runs[r]) + 1;
}
function materialize(runs, from, to, end) {
  const out = new Array(to - from + 1);
  if (typeof runs === "number") {
    for (let i = from; i < to; i++) out[i - from] = runs + i;
  } else {
    let r = from < to ? runOf(runs, from) : 0;
    for (let i = from; i < to; i++) {
      while (r + 3 < runs.length && runs[r + 3] <= i) r += 3;
      out[i - from] = runs[r + 1] + (i - runs[r]);
    }
  }
  out[to - from] = end;
  return out;
}
var Builder = class {
  constructor(text) {
    this.text = text;
  }
  text;
  length = 0;
  runs = [];
  parts = [];
  pendingStart = -1;
  pendingEnd = -1;
  reset() {
    this.length = 0;
    this.runs.length = 0;
    this.parts.length = 0;
    this.pendingStart = this.pendingEnd = -1;
  }
  copy(start, end) {
    if (start === end) return;
    if (this.pendingEnd === start) {
      this.pendingEnd = end;
      this.runs[this.runs.length - 1] = end;
    } else {
      this.flush();
      this.runs.push(this.length, start, end);
      this.pendingStart = start;
      this.pendingEnd = end;
    }
    this.length += end - start;
  }
  escaped(ch, start, end) {
    this.flush();
    this.runs.push(this.length, start, end);
    this.parts.push(String.fromCharCode(ch));
    this.length++;
  }
  decoded() {
    if (this.parts.length === 0) return this.pendingStart >= 0 ? this.text.slice(this.pendingStart, this.pendingEnd) : "";
    this.flush();
    return this.parts.join("");
  }
  /** The Runs of what was built (a number for the common single copied run). */
  offsets() {
    const runs = this.runs;
    if (runs.length === 0) return 0;
    if (runs.length === 3 && runs[2] - runs[1] === this.length) return runs[1];
    return runs.slice();
  }
  flush() {
    if (this.pendingStart >= 0) {
      this.parts.push(this.text.slice(this.pendingStart, this.pendingEnd));
      this.pendingStart = this.pendingEnd = -1;
    }
  }
};
var Entry = class {
  constructor(key, value, keySpan, valueSpan, lineSpan, deleteSpan, document, line, keyRuns, keyFrom, valueRuns) {
    this.key = key;
    this.value = value;
    this.keySpan = keySpan;
    this.valueSpan = valueSpan;
    this.lineSpan = lineSpan;
    this.deleteSpan = deleteSpan;
    this.document = document;
    this.line = line;
    this.#keyRuns = keyRuns;
    this.#keyFrom = keyFrom;
    this.#valueRuns = valueRuns;
  }
  key;
  value;
  keySpan;
  valueSpan;
  lineSpan;
  deleteSpan;
  document;
  line;
  #keyRuns;
  #keyFrom;
  #valueRuns;
  #keyOffsets;
  #valueOffsets;
  get keyOffsets() {
    return this.#keyOffsets ??= materialize(this.#keyRuns, this.#keyFrom, this.#keyFrom + this.key.length, this.keySpan.end);
  }
  set keyOffsets(offsets) {
    this.#keyOffsets = offsets;
  }
  get valueOffsets() {
    return this.#valueOffsets ??= materialize(this.#valueRuns, 0, this.value.length, this.valueSpan.end);
  }
  set valueOffsets(offsets) {
    this.#valueOffsets = offsets;
  }
};
function javaTrimBounds(s) {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= SPACE) a++;
  while (b > a && s.charCodeAt(b - 1) <= SPACE) b--;
  return [a, b];
}
var ESC_CHAR = 0;
var ESC_CONTINUATION = 1;
var ESC_AT_EOF = 2;
function parseProperties(text) {
  const n = text.length;
  const entries2 = [];
  const comments = [];
  const problems = [];
  reportBinary(text, problems);
  if (text.charCodeAt(0) === 65279) problems.push({ message: BOM_MESSAGE, span: { start: 0, end: 1 } });
  else if (text.startsWith("\xEF\xBB\xBF")) problems.push({ message: BOM_MESSAGE, span: { start: 0, end: 3 } });
  let pos = 0;
  let line = 0;
  let finished = 0;
  let current = 0;
  let currentEmpty = true;
  let lastCommentPrefix = -1;
  let escChar = 0;
  let escEnd = 0;
  const key = new Builder(text);
  const value = new Builder(text);
  const skipTerminator = (p) => {
    if (p >= n) return n;
    line++;
    return text.charCodeAt(p) === CR && p + 1 < n && text.charCodeAt(p + 1) === LF ? p + 2 : p + 1;
  };
  const endOfLine = (p) => {
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c === LF || c === CR) break;
      p++;
    }
    return p;
  };
  const countLines = (from, to) => {
    let count = 0;
    for (let p = from; p < to; p++) {
      const c = text.charCodeAt(p);
      if (c === LF) count++;
      else if (c === CR && !(p + 1 < to && text.charCodeAt(p + 1) === LF)) count++;
    }
    return count;
  };
  const readEscape = (p) => {
    if (p + 1 >= n) return ESC_AT_EOF;
    const d = text.charCodeAt(p + 1);
    if (d === LF || d === CR) {
      let q = p + 2;
      if (d === CR && q < n && text.charCodeAt(q) === LF) q++;
      line++;
      while (q < n && isWhite(text.charCodeAt(q))) q++;
      escEnd = q;
      return ESC_CONTINUATION;
    }
    if (d === 117) {
      let code = 0;
      let q = p + 2;
      while (q < p + 6 && q < n) {
        const h = hexValue(text.charCodeAt(q));
        if (h < 0) break;
        code = code * 16 + h;
        q++;
      }
      if (q === p + 6) {
        escChar = code;
        escEnd = q;
        return ESC_CHAR;
      }
      problems.push({ message: MALFORMED_UNICODE, span: { start: p, end: q } });
      escChar = d;
      escEnd = p + 2;
      return ESC_CHAR;
    }
    escChar = d === 116 ? TAB : d === 110 ? LF : d === 114 ? CR : d === 102 ? FF : d;
    escEnd = p + 2;
    return ESC_CHAR;
  };
  const parseLogicalLine = (lineStart, first) => {
    const firstLine = line;
    key.reset();
    value.reset();
    let p = first;
    let c = 0;
    let separator = false;
    let atEof = false;
    for (; ; ) {
      const s = p;
      while (p < n) {
        c = text.charCodeAt(p);
        if (c === BACKSLASH || c === LF || c === CR || c === EQUALS || c === COLON || isWhite(c)) break;
        p++;
      }
      key.copy(s, p);
      if (p >= n || c === LF || c === CR || isWhite(c)) break;
      if (c === EQUALS || c === COLON) {
        separator = true;
        p++;
        break;
      }
      const kind = readEscape(p);
      if (kind === ESC_AT_EOF) {
        atEof = true;
        break;
      }
      if (kind === ESC_CHAR) key.escaped(escChar, p, escEnd);
      p = escEnd;
    }
    while (!atEof && p < n) {
      c = text.charCodeAt(p);
      if (isWhite(c)) p++;
      else if (!separator && (c === EQUALS || c === COLON)) {
        separator = true;
        p++;
      } else if (c === BACKSLASH && p + 1 < n && (text.charCodeAt(p + 1) === LF || text.charCodeAt(p + 1) === CR)) {
        readEscape(p);
        p = escEnd;
      } else break;
    }
    const valueAt = p;
    while (!atEof) {
      const s = p;
      while (p < n) {
        c = text.charCodeAt(p);
        if (c === BACKSLASH || c === LF || c === CR) break;
        p++;
      }
      value.copy(s, p);
      if (p >= n || c === LF || c === CR) break;
      const kind = readEscape(p);
      if (kind === ESC_AT_EOF) {
        atEof = true;
        break;
      }
      if (kind === ESC_CHAR) value.escaped(escChar, p, escEnd);
      p = escEnd;
    }
    const lineEnd = atEof ? n : p;
    const next = skipTerminator(lineEnd);
    const rawKey = key.decoded();
    const [a, b] = javaTrimBounds(rawKey);
    if (a === b) return next;
    const keyRuns = key.offsets();
    const keySpan = { start: startOf(keyRuns, a), end: endOf(keyRuns, b - 1, key.length) };
    const valueRuns = value.offsets();
    const valueLength = value.length;
    const valueSpan = valueLength > 0 ? { start: startOf(valueRuns, 0), end: endOf(valueRuns, valueLength - 1, valueLength) } : { start: valueAt, end: valueAt };
    entries2.push(
      new Entry(
        a === 0 && b === rawKey.length ? rawKey : rawKey.slice(a, b),
        value.decoded(),
        keySpan,
        valueSpan,
        { start: first, end: lineEnd },
        { start: lineStart, end: next },
        current,
        firstLine + (keySpan.start === first ? 0 : countLines(first, keySpan.start)),
        keyRuns,
        a,
        valueRuns
      )
    );
    currentEmpty = false;
    return next;
  };
  while (pos < n) {
    const lineStart = pos;
    let p = pos;
    while (p < n && isWhite(text.charCodeAt(p))) p++;
    if (p >= n) break;
    const c = text.charCodeAt(p);
    if (c === LF || c === CR) {
      lastCommentPrefix = -1;
      pos = skipTerminator(p);
      continue;
    }
    if (c === HASH || c === BANG) {
      const eol = endOfLine(p);
      if (p === lineStart && c !== lastCommentPrefix && isSeparator(text, p, eol)) {
        if (!currentEmpty) finished++;
        current = finished;
        currentEmpty = true;
      } else {
        comments.push({ span: { start: p, end: eol }, text: text.slice(p + 1, eol), line });
        if (currentEmpty && finished > 0) {
          finished--;
          current = finished;
          currentEmpty = false;
        }
        lastCommentPrefix = c;
      }
      pos = skipTerminator(eol);
      continue;
    }
    lastCommentPrefix = -1;
    pos = parseLogicalLine(lineStart, p);
  }
  return { entries: entries2, comments, documentCount: Math.max(1, finished + (currentEmpty ? 0 : 1)), problems };
}
function isSeparator(text, p, eol) {
  if (eol - p < 4) return false;
  for (let i = 1; i <= 3; i++) if (text.charCodeAt(p + i) !== HYPHEN) return false;
  for (let q = p + 4; q < eol; q++) if (!isWhite(text.charCodeAt(q))) return false;
  return true;
}
var BINARY = /[\x00-\x08\x0e-\x19\x1c-\x1f]/;
function reportBinary(text, problems) {
  const nul = text.indexOf("\0");
  const match = nul >= 0 ? void 0 : BINARY.exec(text);
  const at = nul >= 0 ? nul : match ? match.index : -1;
  if (at < 0) return;
  problems.push({
    message: nul >= 0 ? "The file contains a NUL character: it looks binary, not like a properties file." : "The file contains control characters: it looks binary, not like a properties file.",
    span: { start: at, end: at + 1 }
  });
}
function unicodeEscape(c) {
  return "\\u" + c.toString(16).toUpperCase().padStart(4, "0");
}
function escapeText(s, isKey) {
  const out = [];
  let plainFrom = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep;
    if (c === BACKSLASH) rep = "\\\\";
    else if (c === TAB) rep = "\\t";
    else if (c === LF) rep = "\\n";
    else if (c === CR) rep = "\\r";
    else if (c === FF) rep = "\\f";
    else if (c < SPACE || c > 126) rep = unicodeEscape(c);
    else if (c === SPACE) rep = isKey || i === 0 ? "\\ " : void 0;
    else if (c === EQUALS || c === COLON) rep = isKey || i === 0 ? "\\" + s[i] : void 0;
    else if (c === HASH || c === BANG) rep = isKey ? "\\" + s[i] : void 0;
    if (rep !== void 0) {
      if (i > plainFrom) out.push(s.slice(plainFrom, i));
      out.push(rep);
      plainFrom = i + 1;
    }
  }
  if (plainFrom === 0) return s;
  out.push(s.slice(plainFrom));
  return out.join("");
}
function escapePropertyValue(value) {
  return escapeText(value, false);
}
function escapePropertyKey(key) {
  return escapeText(key, true);
}

// server/src/core/properties/placeholders.ts
var DOLLAR = 36;
var OPEN = 123;
var CLOSE = 125;
var COLON2 = 58;
var MAX_DEPTH = 64;
function findPlaceholders(value) {
  const top = [];
  const stack = [];
  const n = value.length;
  const close = (f, closing, unterminated) => {
    const nameEnd = f.colon >= 0 ? f.colon : closing;
    const ph = {
      name: value.slice(f.start + 2, nameEnd),
      start: f.start,
      end: unterminated ? closing : closing + 1,
      nameStart: f.start + 2,
      nameEnd,
      nested: f.nested
    };
    if (f.colon >= 0) ph.defaultValue = value.slice(f.colon + 1, closing);
    if (unterminated) ph.unterminated = true;
    (stack.length > 0 ? stack[stack.length - 1].nested : top).push(ph);
  };
  let i = 0;
  while (i < n) {
    if (stack.length === 0) {
      const at = value.indexOf("${", i);
      if (at < 0) break;
      stack.push({ start: at, braces: 0, colon: -1, nested: [] });
      i = at + 2;
      continue;
    }
    const c = value.charCodeAt(i);
    const f = stack[stack.length - 1];
    if (c === DOLLAR && i + 1 < n && value.charCodeAt(i + 1) === OPEN && stack.length <= MAX_DEPTH) {
      stack.push({ start: i, braces: 0, colon: -1, nested: [] });
      i += 2;
      continue;
    }
    if (c === OPEN) f.braces++;
    else if (c === CLOSE) {
      if (f.braces > 0) f.braces--;
      else {
        stack.pop();
        close(f, i, false);
      }
    } else if (c === COLON2 && f.colon < 0) f.colon = i;
    i++;
  }
  while (stack.length > 0) close(stack.pop(), n, true);
  return top;
}
function resolvePlaceholders(value, lookup) {
  const ctx = { lookup, unresolved: [], usedDefault: [], failed: false, active: [] };
  const out = resolveRange(value, findPlaceholders(value), 0, value.length, ctx, 0);
  const result = { value: ctx.failed ? void 0 : out, unresolved: ctx.unresolved, usedDefault: ctx.usedDefault };
  if (ctx.cycle) result.cycle = ctx.cycle;
  return result;
}
function addOnce(list, name) {
  if (!list.includes(name)) list.push(name);
}
function resolveRange(src, placeholders, from, to, ctx, depth) {
  let out = "";
  let at = from;
  for (const ph of placeholders) {
    if (ph.start < from || ph.end > to) continue;
    out += src.slice(at, ph.start) + resolveOne(src, ph, ctx, depth);
    at = ph.end;
  }
  return out + src.slice(at, to);
}
function resolveOne(src, ph, ctx, depth) {
  const raw = src.slice(ph.start, ph.end);
  if (depth >= MAX_DEPTH) {
    ctx.failed = true;
    addOnce(ctx.unresolved, ph.name);
    return raw;
  }
  if (ph.unterminated) return "${" + resolveRange(src, ph.nested, ph.start + 2, ph.end, ctx, depth + 1);
  const failedBefore = ctx.failed;
  ctx.failed = false;
  const name = resolveRange(src, ph.nested, ph.nameStart, ph.nameEnd, ctx, depth + 1);
  const nameFailed = ctx.failed;
  ctx.failed = failedBefore || nameFailed;
  if (nameFailed) return raw;
  const cycleAt = ctx.active.indexOf(name);
  if (cycleAt >= 0) {
    ctx.failed = true;
    ctx.cycle ??= [...ctx.active.slice(cycleAt), name];
    return raw;
  }
  const found = ctx.lookup(name);
  if (found !== void 0) {
    ctx.active.push(name);
    const resolved = resolveRange(found, findPlaceholders(found), 0, found.length, ctx, depth + 1);
    ctx.active.pop();
    return resolved;
  }
  if (ph.defaultValue !== void 0) {
    addOnce(ctx.usedDefault, name);
    return resolveRange(src, ph.nested, ph.nameEnd + 1, ph.end - 1, ctx, depth + 1);
  }
  ctx.failed = true;
  addOnce(ctx.unresolved, name);
  return raw;
}

// test/unit/properties-parser.test.ts
function entries(text) {
  const file = parseProperties(text);
  import_strict.default.deepEqual(file.problems, [], `unexpected problems in ${JSON.stringify(text)}`);
  return file.entries;
}
function only(text) {
  const list = entries(text);
  import_strict.default.equal(list.length, 1, `expected one entry in ${JSON.stringify(text)}`);
  return list[0];
}
function pairs(file) {
  return file.entries.map((e) => [e.key, e.value, e.document]);
}
function range(from, to) {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
function rng(seed) {
  let s = seed;
  return () => {
    s = s + 1831565813 | 0;
    let t = Math.imul(s ^ s >>> 15, 1 | s);
    t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
(0, import_node_test.describe)("parseProperties: lines", () => {
  (0, import_node_test.test)("separators: =, : or white space, with white space around them skipped", () => {
    const cases = [
      ["a=b", "a", "b"],
      ["a:b", "a", "b"],
      ["a b", "a", "b"],
      ["a = b", "a", "b"],
      ["a	:	b", "a", "b"],
      ["a\f=b", "a", "b"],
      ["a  =  = b", "a", "= b"],
      ["a:=b", "a", "=b"],
      ["a b=c", "a", "b=c"],
      ["a", "a", ""],
      ["a=", "a", ""],
      ["   a   ", "a", ""],
      ['a="quoted" ', "a", '"quoted" '],
      ["a='x'", "a", "'x'"],
      ["a=b #not a comment", "a", "b #not a comment"],
      ["a=b ! nor this", "a", "b ! nor this"]
    ];
    for (const [text, key, value] of cases) {
      const e = only(text);
      import_strict.default.deepEqual([e.key, e.value], [key, value], JSON.stringify(text));
    }
  });
  (0, import_node_test.test)("all spans of a plain line; trailing white space is kept", () => {
    const text = "  key = value 	\nnext=1";
    const [e, next] = entries(text);
    import_strict.default.equal(e.key, "key");
    import_strict.default.equal(e.value, "value 	");
    import_strict.default.deepEqual(e.keySpan, { start: 2, end: 5 });
    import_strict.default.deepEqual(e.valueSpan, { start: 8, end: 15 });
    import_strict.default.deepEqual(e.lineSpan, { start: 2, end: 15 });
    import_strict.default.deepEqual(e.deleteSpan, { start: 0, end: 16 });
    import_strict.default.deepEqual(e.keyOffsets, [2, 3, 4, 5]);
    import_strict.default.deepEqual(e.valueOffsets, range(8, 16));
    import_strict.default.equal(e.line, 0);
    import_strict.default.equal(e.document, 0);
    import_strict.default.equal(next.line, 1);
    import_strict.default.deepEqual(next.deleteSpan, { start: 16, end: 22 });
    import_strict.default.equal(text.slice(e.valueSpan.start, e.valueSpan.end), e.value);
  });
  (0, import_node_test.test)("escapes: \\uXXXX, \\t \\n \\r \\f, any other \\x is x; offsets point at the backslash", () => {
    const text = String.raw`k\=e\:y\ x=a\tb\nc\rd\fe\\f\qg\u0041\u00e9h`;
    const e = only(text);
    import_strict.default.equal(e.key, "k=e:y x");
    import_strict.default.equal(e.value, "a	b\nc\rd\fe\\fqgA\xE9h");
    import_strict.default.deepEqual(e.keySpan, { start: 0, end: 10 });
    import_strict.default.deepEqual(e.keyOffsets, [0, 1, 3, 4, 6, 7, 9, 10]);
    import_strict.default.deepEqual(e.valueSpan, { start: 11, end: text.length });
    import_strict.default.deepEqual(e.valueOffsets, [11, 12, 14, 15, 17, 18, 20, 21, 23, 24, 26, 27, 29, 30, 36, 42, 43]);
  });
  (0, import_node_test.test)("escaped separators, white space and comment chars are key text", () => {
    import_strict.default.equal(only(String.raw`a\ b\:c\=d = v`).key, "a b:c=d");
    import_strict.default.equal(only(String.raw`\#not-a-comment=v`).key, "#not-a-comment");
    import_strict.default.equal(only(String.raw`\u0023also-not=v`).key, "#also-not");
    import_strict.default.equal(only(String.raw`k=\ \ two leading spaces`).value, "  two leading spaces");
  });
  (0, import_node_test.test)("continuations: backslash-newline joins lines, dropping the next line's leading white space", () => {
    const text = "key = first \\\n    second\\\r\n	third\\\rfourth\nafter=1";
    const [e, after] = entries(text);
    import_strict.default.equal(e.value, "first secondthirdfourth");
    const second = text.indexOf("second");
    const third = text.indexOf("third");
    const fourth = text.indexOf("fourth");
    import_strict.default.deepEqual(e.valueSpan, { start: 6, end: fourth + 6 });
    import_strict.default.deepEqual(e.valueOffsets, [
      ...range(6, 12),
      ...range(second, second + 6),
      ...range(third, third + 5),
      ...range(fourth, fourth + 6),
      fourth + 6
    ]);
    import_strict.default.deepEqual(e.lineSpan, { start: 0, end: fourth + 6 });
    import_strict.default.deepEqual(e.deleteSpan, { start: 0, end: fourth + 7 });
    import_strict.default.equal(e.line, 0);
    import_strict.default.equal(after.line, 4);
  });
  (0, import_node_test.test)("an even number of trailing backslashes does not continue, an odd number does", () => {
    import_strict.default.deepEqual(
      entries("a=x\\\\\nb=y").map((e) => [e.key, e.value]),
      [["a", "x\\"], ["b", "y"]]
    );
    import_strict.default.deepEqual(
      entries("a=x\\\\\\\nb=y").map((e) => [e.key, e.value]),
      [["a", "x\\b=y"]]
    );
  });
  (0, import_node_test.test)("continuations inside the key and the separator", () => {
    const text = "ke\\\n  y \\\n  = v";
    const e = only(text);
    import_strict.default.equal(e.key, "key");
    import_strict.default.equal(e.value, "v");
    import_strict.default.deepEqual(e.keySpan, { start: 0, end: 7 });
    import_strict.default.deepEqual(e.keyOffsets, [0, 1, 6, 7]);
    import_strict.default.deepEqual(e.valueSpan, { start: 14, end: 15 });
    import_strict.default.equal(e.line, 0);
  });
  (0, import_node_test.test)("a key that starts on a continuation line gets that line", () => {
    const e = only("\\\n  \\ \\\n key=v");
    import_strict.default.equal(e.key, "key");
    import_strict.default.equal(e.line, 2);
    import_strict.default.deepEqual(e.lineSpan, { start: 0, end: 14 });
  });
  (0, import_node_test.test)("line terminators: LF, CRLF and lone CR", () => {
    const text = "a=1\r\nb=2\rc=3\nd=4";
    const list = entries(text);
    import_strict.default.deepEqual(list.map((e) => [e.key, e.value, e.line]), [["a", "1", 0], ["b", "2", 1], ["c", "3", 2], ["d", "4", 3]]);
    import_strict.default.deepEqual(list.map((e) => e.deleteSpan), [
      { start: 0, end: 5 },
      { start: 5, end: 9 },
      { start: 9, end: 13 },
      { start: 13, end: 16 }
    ]);
    import_strict.default.deepEqual(list[0].lineSpan, { start: 0, end: 3 });
  });
  (0, import_node_test.test)("blank and white-space-only lines", () => {
    const file = parseProperties(" 	\f\n\n  \r\n\r   ");
    import_strict.default.deepEqual(file.entries, []);
    import_strict.default.deepEqual(file.comments, []);
    import_strict.default.equal(file.documentCount, 1);
  });
  (0, import_node_test.test)("comments: # or ! at line start only, never continued", () => {
    const text = "# one\n  ! two \\\nkey=v # three\n	#four\r\n";
    const file = parseProperties(text);
    import_strict.default.deepEqual(file.comments, [
      { span: { start: 0, end: 5 }, text: " one", line: 0 },
      { span: { start: 8, end: 15 }, text: " two \\", line: 1 },
      { span: { start: 31, end: 36 }, text: "four", line: 3 }
    ]);
    import_strict.default.deepEqual(file.entries.map((e) => [e.key, e.value, e.line]), [["key", "v # three", 2]]);
  });
  (0, import_node_test.test)("a continuation line that starts with # is value text", () => {
    const file = parseProperties("a=b\\\n  #c\n!d");
    import_strict.default.deepEqual(file.entries.map((e) => e.value), ["b#c"]);
    import_strict.default.deepEqual(file.comments.map((c) => c.text), ["d"]);
  });
  (0, import_node_test.test)("empty keys are dropped, as Spring does", () => {
    import_strict.default.deepEqual(
      entries("=x\n:y\n\\ =z\n \\t=w\nk=1").map((e) => e.key),
      ["k"]
    );
  });
  (0, import_node_test.test)("keys are trimmed like Java String.trim() (chars <= U+0020), not like JavaScript trim()", () => {
    const e = only(String.raw`\ \tkey\u0000\ = v`);
    import_strict.default.equal(e.key, "key");
    import_strict.default.deepEqual(e.keySpan, { start: 4, end: 7 });
    import_strict.default.deepEqual(e.keyOffsets, [4, 5, 6, 7]);
    import_strict.default.equal(e.lineSpan.start, 0);
    import_strict.default.equal(only(String.raw`\u00a0key\u00a0=v`).key, "\xA0key\xA0");
  });
  (0, import_node_test.test)("an empty value has an empty span where the value would begin", () => {
    const cases = [
      ["k=", 2, 2],
      ["k = ", 4, 4],
      ["k", 1, 1],
      ["k   ", 4, 4],
      ["k=\\\n  ", 6, 6],
      ["k=\n", 2, 2]
    ];
    for (const [text, at, lineEnd] of cases) {
      const e = only(text);
      import_strict.default.equal(e.value, "");
      import_strict.default.deepEqual(e.valueSpan, { start: at, end: at }, JSON.stringify(text));
      import_strict.default.deepEqual(e.valueOffsets, [at]);
      import_strict.default.equal(e.lineSpan.end, lineEnd, JSON.stringify(text));
    }
    for (const [text] of cases.filter(([text2]) => text2 !== "k")) {
      const e = only(text);
      const edited = text.slice(0, e.valueSpan.start) + "x y" + text.slice(e.valueSpan.end);
      import_strict.default.equal(only(edited).value, "x y", JSON.stringify(edited));
    }
  });
  (0, import_node_test.test)("a backslash at the end of the file is dropped", () => {
    const e = only("k=v\\");
    import_strict.default.equal(e.value, "v");
    import_strict.default.deepEqual(e.valueSpan, { start: 2, end: 3 });
    import_strict.default.deepEqual(e.lineSpan, { start: 0, end: 4 });
    const empty = only("k=\\");
    import_strict.default.equal(empty.value, "");
    import_strict.default.deepEqual(empty.valueSpan, { start: 2, end: 2 });
    import_strict.default.equal(only("key\\").key, "key");
  });
});
(0, import_node_test.describe)("parseProperties: documents (Spring Boot 2.4+)", () => {
  const docs = (text) => {
    const file = parseProperties(text);
    return { entries: pairs(file), count: file.documentCount };
  };
  (0, import_node_test.test)("#--- and !--- on a line of their own start a new document", () => {
    import_strict.default.deepEqual(docs("a=1\n#---\nb=2\n!---\nc=3"), {
      entries: [["a", "1", 0], ["b", "2", 1], ["c", "3", 2]],
      count: 3
    });
    import_strict.default.deepEqual(docs("a=1\r\n#--- 	\r\nb=2").entries, [["a", "1", 0], ["b", "2", 1]]);
  });
  (0, import_node_test.test)("separator lines are not comments", () => {
    import_strict.default.deepEqual(parseProperties("a=1\n#---\nb=2").comments, []);
  });
  (0, import_node_test.test)("not separators: leading white space, four hyphens, trailing text", () => {
    for (const line of [" #---", "#----", "#--- x", "#--", "#-- -"]) {
      const file = parseProperties(`a=1
${line}
b=2`);
      import_strict.default.deepEqual(pairs(file), [["a", "1", 0], ["b", "2", 0]], line);
      import_strict.default.equal(file.comments.length, 1, line);
    }
  });
  (0, import_node_test.test)("#--- right after a # comment is a comment; after a ! comment it is a separator", () => {
    import_strict.default.deepEqual(docs("a=1\n# c\n#---\nb=2"), { entries: [["a", "1", 0], ["b", "2", 0]], count: 1 });
    import_strict.default.deepEqual(docs("a=1\n! c\n#---\nb=2"), { entries: [["a", "1", 0], ["b", "2", 1]], count: 2 });
    import_strict.default.deepEqual(docs("a=1\n# c\n\n#---\nb=2"), { entries: [["a", "1", 0], ["b", "2", 1]], count: 2 });
  });
  (0, import_node_test.test)("a comment before the first entry of a new document merges it back into the previous one (Spring quirk)", () => {
    import_strict.default.deepEqual(docs("a=1\n#---\n# about b\nb=2"), { entries: [["a", "1", 0], ["b", "2", 0]], count: 1 });
    import_strict.default.deepEqual(docs("a=1\n#---\n\n! about b\nb=2"), { entries: [["a", "1", 0], ["b", "2", 0]], count: 1 });
    import_strict.default.deepEqual(docs("a=1\n#---\nb=2\n#---\n#c\n"), { entries: [["a", "1", 0], ["b", "2", 1]], count: 2 });
  });
  (0, import_node_test.test)("empty documents are not counted", () => {
    import_strict.default.deepEqual(docs("#---\na=1"), { entries: [["a", "1", 0]], count: 1 });
    import_strict.default.deepEqual(docs("a=1\n#---\n\n#---\nb=2"), { entries: [["a", "1", 0], ["b", "2", 1]], count: 2 });
    import_strict.default.deepEqual(docs("a=1\n#---\n"), { entries: [["a", "1", 0]], count: 1 });
    import_strict.default.deepEqual(docs(""), { entries: [], count: 1 });
  });
});
(0, import_node_test.describe)("parseProperties: problems, never exceptions", () => {
  (0, import_node_test.test)("a malformed \\u escape is reported at its span and read as the letter u", () => {
    const text = "a=\\u00zz\nb=\\u12\nk\\u1=v\nc=\\u004\\\n  1\nd=\\u";
    const file = parseProperties(text);
    import_strict.default.deepEqual(file.entries.map((e) => [e.key, e.value]), [
      ["a", "u00zz"],
      ["b", "u12"],
      ["ku1", "v"],
      // Nacos and Spring read the four digits straight from the file: a continuation inside them is malformed too.
      ["c", "u0041"],
      ["d", "u"]
    ]);
    const spans = file.problems.map((p) => text.slice(p.span.start, p.span.end));
    import_strict.default.deepEqual(spans, ["\\u00", "\\u12", "\\u1", "\\u004", "\\u"]);
    import_strict.default.ok(file.problems.every((p) => p.message.includes("Malformed \\uxxxx")));
    import_strict.default.deepEqual(file.entries[0].valueOffsets, [2, 4, 5, 6, 7, 8]);
  });
  (0, import_node_test.test)("NUL and other binary content is reported once", () => {
    const nul = parseProperties("a=\0\0\nb=");
    import_strict.default.equal(nul.problems.length, 1);
    import_strict.default.deepEqual(nul.problems[0].span, { start: 2, end: 3 });
    import_strict.default.match(nul.problems[0].message, /NUL/);
    import_strict.default.deepEqual(nul.entries.map((e) => e.value), ["\0\0", ""]);
    const ctl = parseProperties("a=\nb=");
    import_strict.default.equal(ctl.problems.length, 1);
    import_strict.default.deepEqual(ctl.problems[0].span, { start: 2, end: 3 });
    import_strict.default.deepEqual(parseProperties("a=	\v\x1B\f").problems, []);
  });
  (0, import_node_test.test)("random input: never throws, spans and offsets stay consistent", () => {
    const alphabet = ["a", "b", "=", ":", " ", "	", "\f", "\\", "\\", "u", "0", "F", "\n", "\r", "\r\n", "#", "!", "-", "\0", "\xE9", "\uD83D", "x"];
    const random = rng(7);
    for (let round = 0; round < 3e3; round++) {
      let text = "";
      const len = Math.floor(random() * 40);
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const file = parseProperties(text);
      let previousEnd = 0;
      for (const e of file.entries) {
        const where = JSON.stringify(text);
        import_strict.default.ok(e.key.length > 0, where);
        import_strict.default.ok(previousEnd <= e.deleteSpan.start, where);
        previousEnd = e.deleteSpan.end;
        import_strict.default.ok(e.deleteSpan.start <= e.lineSpan.start && e.lineSpan.end <= e.deleteSpan.end && e.deleteSpan.end <= text.length, where);
        import_strict.default.ok(e.lineSpan.start <= e.keySpan.start && e.keySpan.end <= e.valueSpan.start && e.valueSpan.end <= e.lineSpan.end, where);
        import_strict.default.ok(e.document >= 0 && e.document < file.documentCount, where);
        for (const [decoded, offsets, span] of [
          [e.key, e.keyOffsets, e.keySpan],
          [e.value, e.valueOffsets, e.valueSpan]
        ]) {
          import_strict.default.equal(offsets.length, decoded.length + 1, where);
          import_strict.default.equal(offsets[0], span.start, where);
          import_strict.default.equal(offsets[decoded.length], span.end, where);
          for (let i = 0; i < decoded.length; i++) {
            import_strict.default.ok(offsets[i] < offsets[i + 1], where);
            if (text[offsets[i]] !== "\\") import_strict.default.equal(text[offsets[i]], decoded[i], where);
          }
        }
      }
      for (const p of file.problems) import_strict.default.ok(p.span.start <= p.span.end && p.span.end <= text.length);
    }
  });
  (0, import_node_test.test)("linear time: 50 MB on one line, long runs of escapes, many lone-CR lines", (t) => {
    const big = "k=" + "x".repeat(5e7);
    let t0 = performance.now();
    let file = parseProperties(big);
    const valueMs = performance.now() - t0;
    import_strict.default.equal(file.entries[0].value.length, 5e7);
    import_strict.default.deepEqual(file.entries[0].valueSpan, { start: 2, end: big.length });
    t0 = performance.now();
    file = parseProperties("y".repeat(5e7));
    const keyMs = performance.now() - t0;
    import_strict.default.equal(file.entries[0].key.length, 5e7);
    t0 = performance.now();
    file = parseProperties("k=" + "\\\\\\u0041\\t".repeat(1e6));
    const escapeMs = performance.now() - t0;
    import_strict.default.equal(file.entries[0].value.length, 3e6);
    t0 = performance.now();
    file = parseProperties("a=1\r".repeat(5e5) + "#c\r".repeat(5e5) + "\\\r".repeat(5e5));
    const linesMs = performance.now() - t0;
    import_strict.default.equal(file.entries.length, 5e5);
    import_strict.default.equal(file.comments.length, 5e5);
    for (const [what, ms] of [["50 MB value", valueMs], ["50 MB key", keyMs], ["3M escapes", escapeMs], ["1.5M lines", linesMs]]) {
      t.diagnostic(`${what}: ${Math.round(ms)} ms`);
      import_strict.default.ok(ms < 4e3, `${what} took ${Math.round(ms)} ms`);
    }
  });
});
(0, import_node_test.describe)("escapePropertyValue / escapePropertyKey", () => {
  (0, import_node_test.test)("examples", () => {
    import_strict.default.equal(escapePropertyValue("plain value"), "plain value");
    import_strict.default.equal(escapePropertyValue("VGhpc0lzTXk=:#!"), "VGhpc0lzTXk=:#!");
    import_strict.default.equal(escapePropertyValue(" a\\b	\n\r\f=\xE9\u4E2D "), "\\ a\\\\b\\t\\n\\r\\f=\\u00E9\\u4E2D ");
    import_strict.default.equal(escapePropertyValue("=x"), "\\=x");
    import_strict.default.equal(escapePropertyValue(":x"), "\\:x");
    import_strict.default.equal(escapePropertyValue(""), "");
    import_strict.default.equal(escapePropertyKey("a b=c:d#e!f"), "a\\ b\\=c\\:d\\#e\\!f");
    import_strict.default.equal(escapePropertyKey("#k"), "\\#k");
  });
  (0, import_node_test.test)("round trip through parseProperties for random strings", () => {
    const random = rng(11);
    const pool = [" ", "	", "\n", "\r", "\f", "\\", "=", ":", "#", "!", "a", "Z", "0", "\0", "\x7F", "\xE9", "\xA0", "\u4E2D", "\uD83D", "\uDE00", "$", "{", "}", "u"];
    for (let round = 0; round < 3e3; round++) {
      let s = "";
      const len = Math.floor(random() * 12);
      for (let i = 0; i < len; i++) s += pool[Math.floor(random() * pool.length)];
      const line = "k=" + escapePropertyValue(s);
      import_strict.default.equal(only(line).value, s, JSON.stringify(line));
      import_strict.default.equal(only("k " + escapePropertyValue(s)).value, s);
      const key = "k" + s + "k";
      import_strict.default.equal(only(escapePropertyKey(key) + "=v").key, key);
      import_strict.default.match(escapePropertyValue(s), /^[\x20-\x7e]*$/);
    }
  });
});
function findCorpus() {
  const candidates = [process.env.NACOS_AUTH_LINT_CORPUS, "test/fixtures/corpus", "../shared/corpus"];
  for (let dir = process.cwd(), i = 0; i < 5; dir = path.dirname(dir), i++) {
    for (const c of candidates) {
      if (!c) continue;
      const p = path.resolve(dir, c);
      if (fs.existsSync(path.join(p, "nacos-distribution-2.2.0", "conf", "application.properties"))) return p;
    }
  }
  return void 0;
}
var IDENTITY_KEY = {
  "nacos-distribution-1.4.1/conf/application.properties": [139, ""],
  "nacos-distribution-1.4.5/conf/application.properties": [139, ""],
  "nacos-distribution-2.0.3/conf/application.properties": [167, "serverIdentity"],
  "nacos-distribution-2.1.0/conf/application.properties": [157, "serverIdentity"],
  "nacos-distribution-2.2.0/conf/application.properties": [146, "serverIdentity"],
  "nacos-distribution-2.2.0.1/conf/application.properties": [146, "serverIdentity"],
  "nacos-distribution-2.2.1/conf/application.properties": [148, ""],
  "nacos-distribution-2.3.0/conf/application.properties": [155, ""],
  "nacos-distribution-2.4.3/conf/application.properties": [155, ""],
  "nacos-distribution-2.5.1/conf/application.properties": [155, ""],
  "nacos-distribution-3.0.0/conf/application.properties": [236, ""],
  "nacos-distribution-3.0.3/conf/application.properties": [249, ""],
  "nacos-docker-v2.0.3/build/conf/application.properties": [28, "${NACOS_AUTH_IDENTITY_KEY:serverIdentity}"],
  "nacos-docker-v2.2.0/build/conf/application.properties": [32, "${NACOS_AUTH_IDENTITY_KEY:serverIdentity}"],
  "nacos-docker-v2.2.1/build/conf/application.properties": [32, "${NACOS_AUTH_IDENTITY_KEY}"],
  "nacos-docker-v2.3.0/build/conf/application.properties": [38, "${NACOS_AUTH_IDENTITY_KEY:}"],
  "nacos-docker-v2.5.1/build/conf/application.properties": [38, "${NACOS_AUTH_IDENTITY_KEY:}"],
  "nacos-docker-v3.0.0/build/conf/application.properties": [242, "${NACOS_AUTH_IDENTITY_KEY:}"],
  "nacos-docker-v3.2.3/build/conf/application.properties": [249, "${NACOS_AUTH_IDENTITY_KEY:}"]
};
(0, import_node_test.test)("corpus: every real application.properties parses with no problems", (t) => {
  const corpus = findCorpus();
  if (!corpus) {
    if (process.env.CI === "true") import_strict.default.fail("corpus missing: set NACOS_AUTH_LINT_CORPUS or copy it to test/fixtures/corpus");
    t.skip("corpus not found");
    return;
  }
  const files = fs.readdirSync(corpus).map((d) => path.posix.join(d, d.startsWith("nacos-docker-") ? "build/conf" : "conf", "application.properties")).filter((f) => fs.existsSync(path.join(corpus, f)));
  import_strict.default.deepEqual(files.slice().sort(), Object.keys(IDENTITY_KEY).sort());
  for (const f of files) {
    const text = fs.readFileSync(path.join(corpus, f), "utf8");
    const file = parseProperties(text);
    import_strict.default.deepEqual(file.problems, [], f);
    import_strict.default.equal(file.documentCount, 1, f);
    const lines = text.split(/\r\n|\r|\n/);
    import_strict.default.equal(file.entries.length, lines.filter((l) => /^[ \t\f]*[^#! \t\f]/.test(l)).length, f);
    import_strict.default.equal(file.comments.length, lines.filter((l) => /^[ \t\f]*[#!]/.test(l)).length, f);
    const found = file.entries.filter((e2) => e2.key === "nacos.core.auth.server.identity.key");
    import_strict.default.equal(found.length, 1, f);
    const [line, value] = IDENTITY_KEY[f];
    const e = found[0];
    import_strict.default.deepEqual([e.line + 1, e.value], [line, value], f);
    import_strict.default.equal(text.slice(e.keySpan.start, e.keySpan.end), e.key);
    import_strict.default.equal(text.slice(e.valueSpan.start, e.valueSpan.end), e.value);
    import_strict.default.equal(text.slice(e.deleteSpan.start, e.deleteSpan.end), `${e.key}=${e.value}
`);
    for (const entry of file.entries) import_strict.default.equal(text.slice(entry.keySpan.start, entry.keySpan.end), entry.key, f);
  }
});
(0, import_node_test.describe)("findPlaceholders", () => {
  (0, import_node_test.test)("none", () => {
    import_strict.default.deepEqual(findPlaceholders("plain $ { } $A {B}"), []);
  });
  (0, import_node_test.test)("simple, with and without a default", () => {
    import_strict.default.deepEqual(findPlaceholders("${A}"), [{ name: "A", start: 0, end: 4, nameStart: 2, nameEnd: 3, nested: [] }]);
    import_strict.default.deepEqual(findPlaceholders("x${NACOS_AUTH_TOKEN:}"), [
      { name: "NACOS_AUTH_TOKEN", defaultValue: "", start: 1, end: 21, nameStart: 3, nameEnd: 19, nested: [] }
    ]);
    import_strict.default.deepEqual(findPlaceholders("${A:a:b}y$${B}"), [
      { name: "A", defaultValue: "a:b", start: 0, end: 8, nameStart: 2, nameEnd: 3, nested: [] },
      { name: "B", start: 10, end: 14, nameStart: 12, nameEnd: 13, nested: [] }
    ]);
  });
  (0, import_node_test.test)("nested in the default and in the name", () => {
    import_strict.default.deepEqual(findPlaceholders("${A:${B:c}}"), [
      {
        name: "A",
        defaultValue: "${B:c}",
        start: 0,
        end: 11,
        nameStart: 2,
        nameEnd: 3,
        nested: [{ name: "B", defaultValue: "c", start: 4, end: 10, nameStart: 6, nameEnd: 7, nested: [] }]
      }
    ]);
    const [outer] = findPlaceholders("${${X}}");
    import_strict.default.equal(outer.name, "${X}");
    import_strict.default.equal(outer.end, 7);
    import_strict.default.deepEqual(outer.nested.map((p) => p.name), ["X"]);
  });
  (0, import_node_test.test)("every { inside a placeholder must be closed before } ends it (Spring)", () => {
    import_strict.default.deepEqual(findPlaceholders("${a{b}c}d}").map((p) => [p.name, p.end]), [["a{b}c", 8]]);
    import_strict.default.deepEqual(findPlaceholders("${a{b:c}}").map((p) => [p.name, p.defaultValue]), [["a{b", "c}"]]);
  });
  (0, import_node_test.test)("unterminated", () => {
    import_strict.default.deepEqual(findPlaceholders("x${A"), [
      { name: "A", start: 1, end: 4, nameStart: 3, nameEnd: 4, unterminated: true, nested: [] }
    ]);
    const [outer] = findPlaceholders("a ${b ${c}");
    import_strict.default.equal(outer.unterminated, true);
    import_strict.default.equal(outer.end, 10);
    import_strict.default.deepEqual(outer.nested.map((p) => [p.name, p.unterminated]), [["c", void 0]]);
  });
});
(0, import_node_test.describe)("resolvePlaceholders", () => {
  const env = (vars) => (name) => Object.hasOwn(vars, name) ? vars[name] : void 0;
  (0, import_node_test.test)("no placeholders", () => {
    import_strict.default.deepEqual(resolvePlaceholders("a:b}", env({})), { value: "a:b}", unresolved: [], usedDefault: [] });
  });
  (0, import_node_test.test)("the default is used only when NAME is absent: an empty string is a value", () => {
    import_strict.default.deepEqual(resolvePlaceholders("${A:d}", env({})), { value: "d", unresolved: [], usedDefault: ["A"] });
    import_strict.default.deepEqual(resolvePlaceholders("${A:d}", env({ A: "" })), { value: "", unresolved: [], usedDefault: [] });
    import_strict.default.deepEqual(resolvePlaceholders("${NACOS_AUTH_IDENTITY_KEY:}", env({})), {
      value: "",
      unresolved: [],
      usedDefault: ["NACOS_AUTH_IDENTITY_KEY"]
    });
  });
  (0, import_node_test.test)("absent without a default: unresolved (Spring: Could not resolve placeholder)", () => {
    import_strict.default.deepEqual(resolvePlaceholders("${A}-${B}-${A}", env({})), { value: void 0, unresolved: ["A", "B"], usedDefault: [] });
    import_strict.default.deepEqual(resolvePlaceholders("${}", env({})), { value: void 0, unresolved: [""], usedDefault: [] });
  });
  (0, import_node_test.test)("nested placeholders in defaults, in names and in resolved values", () => {
    import_strict.default.deepEqual(resolvePlaceholders("${A:${B:x}}", env({})), { value: "x", unresolved: [], usedDefault: ["A", "B"] });
    import_strict.default.deepEqual(resolvePlaceholders("<${A}>", env({ A: "${B}-x", B: "b" })), { value: "<b-x>", unresolved: [], usedDefault: [] });
    import_strict.default.deepEqual(resolvePlaceholders("${${K}}", env({ K: "A", A: "v" })).value, "v");
    import_strict.default.deepEqual(resolvePlaceholders("${A}${A}", env({ A: "${B}", B: "1" })).value, "11");
    import_strict.default.deepEqual(resolvePlaceholders("${a{b}c}", env({ "a{b}c": "braces" })).value, "braces");
  });
  (0, import_node_test.test)("a default is only resolved when it is used", () => {
    import_strict.default.deepEqual(resolvePlaceholders("${A:${B}}", env({ A: "a" })), { value: "a", unresolved: [], usedDefault: [] });
  });
  (0, import_node_test.test)("cycles are reported, not followed", () => {
    import_strict.default.deepEqual(resolvePlaceholders("${A}", env({ A: "${B}", B: "${A}" })), {
      value: void 0,
      unresolved: [],
      usedDefault: [],
      cycle: ["A", "B", "A"]
    });
    import_strict.default.deepEqual(resolvePlaceholders("x${A:1}", env({ A: "y${A}" })).cycle, ["A", "A"]);
    import_strict.default.deepEqual(resolvePlaceholders("${A:${A:z}}", env({})).value, "z");
  });
  (0, import_node_test.test)("an unterminated ${ is kept literally", () => {
    import_strict.default.deepEqual(resolvePlaceholders("${A", env({ A: "no" })), { value: "${A", unresolved: [], usedDefault: [] });
    import_strict.default.equal(resolvePlaceholders("x ${A ${B}", env({ B: "b" })).value, "x ${A b");
  });
  (0, import_node_test.test)("deep nesting does not overflow the stack", () => {
    const deep = "${".repeat(1e5) + "A" + "}".repeat(1e5);
    import_strict.default.equal(findPlaceholders(deep).length, 1);
    const result = resolvePlaceholders(deep, env({ A: "A" }));
    import_strict.default.equal(result.value, void 0);
  });
});
(0, import_node_test.test)("placeholders: pathological nesting stays cheap and unresolvable", () => {
  const value = "${".repeat(1 << 19);
  const t0 = performance.now();
  const top = findPlaceholders(value);
  let depth = 0;
  for (let p = top[0]; p; p = p.nested[0]) depth++;
  import_strict.default.ok(depth <= 65, `nesting depth ${depth}`);
  const r = resolvePlaceholders(value, () => void 0);
  import_strict.default.equal(r.value, void 0);
  import_strict.default.ok(performance.now() - t0 < 2e3, `took ${Math.round(performance.now() - t0)} ms`);
  const nest = (n) => "${".repeat(n) + "a" + "}".repeat(n);
  import_strict.default.equal(resolvePlaceholders(nest(3), (k) => k === "a" ? "a" : void 0).value, "a");
  import_strict.default.equal(resolvePlaceholders(nest(70), (k) => k === "a" ? "a" : void 0).value, void 0);
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vdGVzdC91bml0L3Byb3BlcnRpZXMtcGFyc2VyLnRlc3QudHMiLCAiLi4vLi4vc2VydmVyL3NyYy9jb3JlL3Byb3BlcnRpZXMvcGFyc2VyLnRzIiwgIi4uLy4uL3NlcnZlci9zcmMvY29yZS9wcm9wZXJ0aWVzL3BsYWNlaG9sZGVycy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgZGVzY3JpYmUsIHRlc3QgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0ICogYXMgZnMgZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQge1xuICBlc2NhcGVQcm9wZXJ0eUtleSxcbiAgZXNjYXBlUHJvcGVydHlWYWx1ZSxcbiAgcGFyc2VQcm9wZXJ0aWVzLFxuICB0eXBlIFByb3BlcnRpZXNGaWxlLFxuICB0eXBlIFByb3BlcnR5RW50cnksXG59IGZyb20gJy4uLy4uL3NlcnZlci9zcmMvY29yZS9wcm9wZXJ0aWVzL3BhcnNlcic7XG5pbXBvcnQgeyBmaW5kUGxhY2Vob2xkZXJzLCByZXNvbHZlUGxhY2Vob2xkZXJzIH0gZnJvbSAnLi4vLi4vc2VydmVyL3NyYy9jb3JlL3Byb3BlcnRpZXMvcGxhY2Vob2xkZXJzJztcblxuZnVuY3Rpb24gZW50cmllcyh0ZXh0OiBzdHJpbmcpOiBQcm9wZXJ0eUVudHJ5W10ge1xuICBjb25zdCBmaWxlID0gcGFyc2VQcm9wZXJ0aWVzKHRleHQpO1xuICBhc3NlcnQuZGVlcEVxdWFsKGZpbGUucHJvYmxlbXMsIFtdLCBgdW5leHBlY3RlZCBwcm9ibGVtcyBpbiAke0pTT04uc3RyaW5naWZ5KHRleHQpfWApO1xuICByZXR1cm4gZmlsZS5lbnRyaWVzO1xufVxuXG5mdW5jdGlvbiBvbmx5KHRleHQ6IHN0cmluZyk6IFByb3BlcnR5RW50cnkge1xuICBjb25zdCBsaXN0ID0gZW50cmllcyh0ZXh0KTtcbiAgYXNzZXJ0LmVxdWFsKGxpc3QubGVuZ3RoLCAxLCBgZXhwZWN0ZWQgb25lIGVudHJ5IGluICR7SlNPTi5zdHJpbmdpZnkodGV4dCl9YCk7XG4gIHJldHVybiBsaXN0WzBdO1xufVxuXG5mdW5jdGlvbiBwYWlycyhmaWxlOiBQcm9wZXJ0aWVzRmlsZSk6IFtzdHJpbmcsIHN0cmluZywgbnVtYmVyXVtdIHtcbiAgcmV0dXJuIGZpbGUuZW50cmllcy5tYXAoKGUpID0+IFtlLmtleSwgZS52YWx1ZSwgZS5kb2N1bWVudF0pO1xufVxuXG5mdW5jdGlvbiByYW5nZShmcm9tOiBudW1iZXIsIHRvOiBudW1iZXIpOiBudW1iZXJbXSB7XG4gIHJldHVybiBBcnJheS5mcm9tKHsgbGVuZ3RoOiB0byAtIGZyb20gfSwgKF8sIGkpID0+IGZyb20gKyBpKTtcbn1cblxuLyoqIERldGVybWluaXN0aWMgUFJORyAobXVsYmVycnkzMikuICovXG5mdW5jdGlvbiBybmcoc2VlZDogbnVtYmVyKTogKCkgPT4gbnVtYmVyIHtcbiAgbGV0IHMgPSBzZWVkO1xuICByZXR1cm4gKCkgPT4ge1xuICAgIHMgPSAocyArIDB4NmQyYjc5ZjUpIHwgMDtcbiAgICBsZXQgdCA9IE1hdGguaW11bChzIF4gKHMgPj4+IDE1KSwgMSB8IHMpO1xuICAgIHQgPSAodCArIE1hdGguaW11bCh0IF4gKHQgPj4+IDcpLCA2MSB8IHQpKSBeIHQ7XG4gICAgcmV0dXJuICgodCBeICh0ID4+PiAxNCkpID4+PiAwKSAvIDQyOTQ5NjcyOTY7XG4gIH07XG59XG5cbmRlc2NyaWJlKCdwYXJzZVByb3BlcnRpZXM6IGxpbmVzJywgKCkgPT4ge1xuICB0ZXN0KCdzZXBhcmF0b3JzOiA9LCA6IG9yIHdoaXRlIHNwYWNlLCB3aXRoIHdoaXRlIHNwYWNlIGFyb3VuZCB0aGVtIHNraXBwZWQnLCAoKSA9PiB7XG4gICAgY29uc3QgY2FzZXM6IFtzdHJpbmcsIHN0cmluZywgc3RyaW5nXVtdID0gW1xuICAgICAgWydhPWInLCAnYScsICdiJ10sXG4gICAgICBbJ2E6YicsICdhJywgJ2InXSxcbiAgICAgIFsnYSBiJywgJ2EnLCAnYiddLFxuICAgICAgWydhID0gYicsICdhJywgJ2InXSxcbiAgICAgIFsnYVxcdDpcXHRiJywgJ2EnLCAnYiddLFxuICAgICAgWydhXFxmPWInLCAnYScsICdiJ10sXG4gICAgICBbJ2EgID0gID0gYicsICdhJywgJz0gYiddLFxuICAgICAgWydhOj1iJywgJ2EnLCAnPWInXSxcbiAgICAgIFsnYSBiPWMnLCAnYScsICdiPWMnXSxcbiAgICAgIFsnYScsICdhJywgJyddLFxuICAgICAgWydhPScsICdhJywgJyddLFxuICAgICAgWycgICBhICAgJywgJ2EnLCAnJ10sXG4gICAgICBbJ2E9XCJxdW90ZWRcIiAnLCAnYScsICdcInF1b3RlZFwiICddLFxuICAgICAgW1wiYT0neCdcIiwgJ2EnLCBcIid4J1wiXSxcbiAgICAgIFsnYT1iICNub3QgYSBjb21tZW50JywgJ2EnLCAnYiAjbm90IGEgY29tbWVudCddLFxuICAgICAgWydhPWIgISBub3IgdGhpcycsICdhJywgJ2IgISBub3IgdGhpcyddLFxuICAgIF07XG4gICAgZm9yIChjb25zdCBbdGV4dCwga2V5LCB2YWx1ZV0gb2YgY2FzZXMpIHtcbiAgICAgIGNvbnN0IGUgPSBvbmx5KHRleHQpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChbZS5rZXksIGUudmFsdWVdLCBba2V5LCB2YWx1ZV0sIEpTT04uc3RyaW5naWZ5KHRleHQpKTtcbiAgICB9XG4gIH0pO1xuXG4gIHRlc3QoJ2FsbCBzcGFucyBvZiBhIHBsYWluIGxpbmU7IHRyYWlsaW5nIHdoaXRlIHNwYWNlIGlzIGtlcHQnLCAoKSA9PiB7XG4gICAgY29uc3QgdGV4dCA9ICcgIGtleSA9IHZhbHVlIFxcdFxcbm5leHQ9MSc7XG4gICAgY29uc3QgW2UsIG5leHRdID0gZW50cmllcyh0ZXh0KTtcbiAgICBhc3NlcnQuZXF1YWwoZS5rZXksICdrZXknKTtcbiAgICBhc3NlcnQuZXF1YWwoZS52YWx1ZSwgJ3ZhbHVlIFxcdCcpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZS5rZXlTcGFuLCB7IHN0YXJ0OiAyLCBlbmQ6IDUgfSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChlLnZhbHVlU3BhbiwgeyBzdGFydDogOCwgZW5kOiAxNSB9KTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGUubGluZVNwYW4sIHsgc3RhcnQ6IDIsIGVuZDogMTUgfSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChlLmRlbGV0ZVNwYW4sIHsgc3RhcnQ6IDAsIGVuZDogMTYgfSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChlLmtleU9mZnNldHMsIFsyLCAzLCA0LCA1XSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChlLnZhbHVlT2Zmc2V0cywgcmFuZ2UoOCwgMTYpKTtcbiAgICBhc3NlcnQuZXF1YWwoZS5saW5lLCAwKTtcbiAgICBhc3NlcnQuZXF1YWwoZS5kb2N1bWVudCwgMCk7XG4gICAgYXNzZXJ0LmVxdWFsKG5leHQubGluZSwgMSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChuZXh0LmRlbGV0ZVNwYW4sIHsgc3RhcnQ6IDE2LCBlbmQ6IDIyIH0pO1xuICAgIGFzc2VydC5lcXVhbCh0ZXh0LnNsaWNlKGUudmFsdWVTcGFuLnN0YXJ0LCBlLnZhbHVlU3Bhbi5lbmQpLCBlLnZhbHVlKTtcbiAgfSk7XG5cbiAgdGVzdCgnZXNjYXBlczogXFxcXHVYWFhYLCBcXFxcdCBcXFxcbiBcXFxcciBcXFxcZiwgYW55IG90aGVyIFxcXFx4IGlzIHg7IG9mZnNldHMgcG9pbnQgYXQgdGhlIGJhY2tzbGFzaCcsICgpID0+IHtcbiAgICBjb25zdCB0ZXh0ID0gU3RyaW5nLnJhd2BrXFw9ZVxcOnlcXCB4PWFcXHRiXFxuY1xccmRcXGZlXFxcXGZcXHFnXFx1MDA0MVxcdTAwZTloYDtcbiAgICBjb25zdCBlID0gb25seSh0ZXh0KTtcbiAgICBhc3NlcnQuZXF1YWwoZS5rZXksICdrPWU6eSB4Jyk7XG4gICAgYXNzZXJ0LmVxdWFsKGUudmFsdWUsICdhXFx0YlxcbmNcXHJkXFxmZVxcXFxmcWdBXFx1MDBlOWgnKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGUua2V5U3BhbiwgeyBzdGFydDogMCwgZW5kOiAxMCB9KTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGUua2V5T2Zmc2V0cywgWzAsIDEsIDMsIDQsIDYsIDcsIDksIDEwXSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChlLnZhbHVlU3BhbiwgeyBzdGFydDogMTEsIGVuZDogdGV4dC5sZW5ndGggfSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChlLnZhbHVlT2Zmc2V0cywgWzExLCAxMiwgMTQsIDE1LCAxNywgMTgsIDIwLCAyMSwgMjMsIDI0LCAyNiwgMjcsIDI5LCAzMCwgMzYsIDQyLCA0M10pO1xuICB9KTtcblxuICB0ZXN0KCdlc2NhcGVkIHNlcGFyYXRvcnMsIHdoaXRlIHNwYWNlIGFuZCBjb21tZW50IGNoYXJzIGFyZSBrZXkgdGV4dCcsICgpID0+IHtcbiAgICBhc3NlcnQuZXF1YWwob25seShTdHJpbmcucmF3YGFcXCBiXFw6Y1xcPWQgPSB2YCkua2V5LCAnYSBiOmM9ZCcpO1xuICAgIGFzc2VydC5lcXVhbChvbmx5KFN0cmluZy5yYXdgXFwjbm90LWEtY29tbWVudD12YCkua2V5LCAnI25vdC1hLWNvbW1lbnQnKTtcbiAgICBhc3NlcnQuZXF1YWwob25seShTdHJpbmcucmF3YFxcdTAwMjNhbHNvLW5vdD12YCkua2V5LCAnI2Fsc28tbm90Jyk7XG4gICAgYXNzZXJ0LmVxdWFsKG9ubHkoU3RyaW5nLnJhd2BrPVxcIFxcIHR3byBsZWFkaW5nIHNwYWNlc2ApLnZhbHVlLCAnICB0d28gbGVhZGluZyBzcGFjZXMnKTtcbiAgfSk7XG5cbiAgdGVzdCgnY29udGludWF0aW9uczogYmFja3NsYXNoLW5ld2xpbmUgam9pbnMgbGluZXMsIGRyb3BwaW5nIHRoZSBuZXh0IGxpbmVcXCdzIGxlYWRpbmcgd2hpdGUgc3BhY2UnLCAoKSA9PiB7XG4gICAgY29uc3QgdGV4dCA9ICdrZXkgPSBmaXJzdCBcXFxcXFxuICAgIHNlY29uZFxcXFxcXHJcXG5cXHR0aGlyZFxcXFxcXHJmb3VydGhcXG5hZnRlcj0xJztcbiAgICBjb25zdCBbZSwgYWZ0ZXJdID0gZW50cmllcyh0ZXh0KTtcbiAgICBhc3NlcnQuZXF1YWwoZS52YWx1ZSwgJ2ZpcnN0IHNlY29uZHRoaXJkZm91cnRoJyk7XG4gICAgY29uc3Qgc2Vjb25kID0gdGV4dC5pbmRleE9mKCdzZWNvbmQnKTtcbiAgICBjb25zdCB0aGlyZCA9IHRleHQuaW5kZXhPZigndGhpcmQnKTtcbiAgICBjb25zdCBmb3VydGggPSB0ZXh0LmluZGV4T2YoJ2ZvdXJ0aCcpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZS52YWx1ZVNwYW4sIHsgc3RhcnQ6IDYsIGVuZDogZm91cnRoICsgNiB9KTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGUudmFsdWVPZmZzZXRzLCBbXG4gICAgICAuLi5yYW5nZSg2LCAxMiksXG4gICAgICAuLi5yYW5nZShzZWNvbmQsIHNlY29uZCArIDYpLFxuICAgICAgLi4ucmFuZ2UodGhpcmQsIHRoaXJkICsgNSksXG4gICAgICAuLi5yYW5nZShmb3VydGgsIGZvdXJ0aCArIDYpLFxuICAgICAgZm91cnRoICsgNixcbiAgICBdKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGUubGluZVNwYW4sIHsgc3RhcnQ6IDAsIGVuZDogZm91cnRoICsgNiB9KTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGUuZGVsZXRlU3BhbiwgeyBzdGFydDogMCwgZW5kOiBmb3VydGggKyA3IH0pO1xuICAgIGFzc2VydC5lcXVhbChlLmxpbmUsIDApO1xuICAgIGFzc2VydC5lcXVhbChhZnRlci5saW5lLCA0KTtcbiAgfSk7XG5cbiAgdGVzdCgnYW4gZXZlbiBudW1iZXIgb2YgdHJhaWxpbmcgYmFja3NsYXNoZXMgZG9lcyBub3QgY29udGludWUsIGFuIG9kZCBudW1iZXIgZG9lcycsICgpID0+IHtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKFxuICAgICAgZW50cmllcygnYT14XFxcXFxcXFxcXG5iPXknKS5tYXAoKGUpID0+IFtlLmtleSwgZS52YWx1ZV0pLFxuICAgICAgW1snYScsICd4XFxcXCddLCBbJ2InLCAneSddXSxcbiAgICApO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoXG4gICAgICBlbnRyaWVzKCdhPXhcXFxcXFxcXFxcXFxcXG5iPXknKS5tYXAoKGUpID0+IFtlLmtleSwgZS52YWx1ZV0pLFxuICAgICAgW1snYScsICd4XFxcXGI9eSddXSxcbiAgICApO1xuICB9KTtcblxuICB0ZXN0KCdjb250aW51YXRpb25zIGluc2lkZSB0aGUga2V5IGFuZCB0aGUgc2VwYXJhdG9yJywgKCkgPT4ge1xuICAgIGNvbnN0IHRleHQgPSAna2VcXFxcXFxuICB5IFxcXFxcXG4gID0gdic7XG4gICAgY29uc3QgZSA9IG9ubHkodGV4dCk7XG4gICAgYXNzZXJ0LmVxdWFsKGUua2V5LCAna2V5Jyk7XG4gICAgYXNzZXJ0LmVxdWFsKGUudmFsdWUsICd2Jyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChlLmtleVNwYW4sIHsgc3RhcnQ6IDAsIGVuZDogNyB9KTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGUua2V5T2Zmc2V0cywgWzAsIDEsIDYsIDddKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGUudmFsdWVTcGFuLCB7IHN0YXJ0OiAxNCwgZW5kOiAxNSB9KTtcbiAgICBhc3NlcnQuZXF1YWwoZS5saW5lLCAwKTtcbiAgfSk7XG5cbiAgdGVzdCgnYSBrZXkgdGhhdCBzdGFydHMgb24gYSBjb250aW51YXRpb24gbGluZSBnZXRzIHRoYXQgbGluZScsICgpID0+IHtcbiAgICBjb25zdCBlID0gb25seSgnXFxcXFxcbiAgXFxcXCBcXFxcXFxuIGtleT12Jyk7XG4gICAgYXNzZXJ0LmVxdWFsKGUua2V5LCAna2V5Jyk7XG4gICAgYXNzZXJ0LmVxdWFsKGUubGluZSwgMik7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChlLmxpbmVTcGFuLCB7IHN0YXJ0OiAwLCBlbmQ6IDE0IH0pO1xuICB9KTtcblxuICB0ZXN0KCdsaW5lIHRlcm1pbmF0b3JzOiBMRiwgQ1JMRiBhbmQgbG9uZSBDUicsICgpID0+IHtcbiAgICBjb25zdCB0ZXh0ID0gJ2E9MVxcclxcbmI9MlxccmM9M1xcbmQ9NCc7XG4gICAgY29uc3QgbGlzdCA9IGVudHJpZXModGV4dCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChsaXN0Lm1hcCgoZSkgPT4gW2Uua2V5LCBlLnZhbHVlLCBlLmxpbmVdKSwgW1snYScsICcxJywgMF0sIFsnYicsICcyJywgMV0sIFsnYycsICczJywgMl0sIFsnZCcsICc0JywgM11dKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGxpc3QubWFwKChlKSA9PiBlLmRlbGV0ZVNwYW4pLCBbXG4gICAgICB7IHN0YXJ0OiAwLCBlbmQ6IDUgfSxcbiAgICAgIHsgc3RhcnQ6IDUsIGVuZDogOSB9LFxuICAgICAgeyBzdGFydDogOSwgZW5kOiAxMyB9LFxuICAgICAgeyBzdGFydDogMTMsIGVuZDogMTYgfSxcbiAgICBdKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGxpc3RbMF0ubGluZVNwYW4sIHsgc3RhcnQ6IDAsIGVuZDogMyB9KTtcbiAgfSk7XG5cbiAgdGVzdCgnYmxhbmsgYW5kIHdoaXRlLXNwYWNlLW9ubHkgbGluZXMnLCAoKSA9PiB7XG4gICAgY29uc3QgZmlsZSA9IHBhcnNlUHJvcGVydGllcygnIFxcdFxcZlxcblxcbiAgXFxyXFxuXFxyICAgJyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChmaWxlLmVudHJpZXMsIFtdKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGZpbGUuY29tbWVudHMsIFtdKTtcbiAgICBhc3NlcnQuZXF1YWwoZmlsZS5kb2N1bWVudENvdW50LCAxKTtcbiAgfSk7XG5cbiAgdGVzdCgnY29tbWVudHM6ICMgb3IgISBhdCBsaW5lIHN0YXJ0IG9ubHksIG5ldmVyIGNvbnRpbnVlZCcsICgpID0+IHtcbiAgICBjb25zdCB0ZXh0ID0gJyMgb25lXFxuICAhIHR3byBcXFxcXFxua2V5PXYgIyB0aHJlZVxcblxcdCNmb3VyXFxyXFxuJztcbiAgICBjb25zdCBmaWxlID0gcGFyc2VQcm9wZXJ0aWVzKHRleHQpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZmlsZS5jb21tZW50cywgW1xuICAgICAgeyBzcGFuOiB7IHN0YXJ0OiAwLCBlbmQ6IDUgfSwgdGV4dDogJyBvbmUnLCBsaW5lOiAwIH0sXG4gICAgICB7IHNwYW46IHsgc3RhcnQ6IDgsIGVuZDogMTUgfSwgdGV4dDogJyB0d28gXFxcXCcsIGxpbmU6IDEgfSxcbiAgICAgIHsgc3BhbjogeyBzdGFydDogMzEsIGVuZDogMzYgfSwgdGV4dDogJ2ZvdXInLCBsaW5lOiAzIH0sXG4gICAgXSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChmaWxlLmVudHJpZXMubWFwKChlKSA9PiBbZS5rZXksIGUudmFsdWUsIGUubGluZV0pLCBbWydrZXknLCAndiAjIHRocmVlJywgMl1dKTtcbiAgfSk7XG5cbiAgdGVzdCgnYSBjb250aW51YXRpb24gbGluZSB0aGF0IHN0YXJ0cyB3aXRoICMgaXMgdmFsdWUgdGV4dCcsICgpID0+IHtcbiAgICBjb25zdCBmaWxlID0gcGFyc2VQcm9wZXJ0aWVzKCdhPWJcXFxcXFxuICAjY1xcbiFkJyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChmaWxlLmVudHJpZXMubWFwKChlKSA9PiBlLnZhbHVlKSwgWydiI2MnXSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChmaWxlLmNvbW1lbnRzLm1hcCgoYykgPT4gYy50ZXh0KSwgWydkJ10pO1xuICB9KTtcblxuICB0ZXN0KCdlbXB0eSBrZXlzIGFyZSBkcm9wcGVkLCBhcyBTcHJpbmcgZG9lcycsICgpID0+IHtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKFxuICAgICAgZW50cmllcygnPXhcXG46eVxcblxcXFwgPXpcXG4gXFxcXHQ9d1xcbms9MScpLm1hcCgoZSkgPT4gZS5rZXkpLFxuICAgICAgWydrJ10sXG4gICAgKTtcbiAgfSk7XG5cbiAgdGVzdCgna2V5cyBhcmUgdHJpbW1lZCBsaWtlIEphdmEgU3RyaW5nLnRyaW0oKSAoY2hhcnMgPD0gVSswMDIwKSwgbm90IGxpa2UgSmF2YVNjcmlwdCB0cmltKCknLCAoKSA9PiB7XG4gICAgY29uc3QgZSA9IG9ubHkoU3RyaW5nLnJhd2BcXCBcXHRrZXlcXHUwMDAwXFwgPSB2YCk7XG4gICAgYXNzZXJ0LmVxdWFsKGUua2V5LCAna2V5Jyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChlLmtleVNwYW4sIHsgc3RhcnQ6IDQsIGVuZDogNyB9KTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGUua2V5T2Zmc2V0cywgWzQsIDUsIDYsIDddKTtcbiAgICBhc3NlcnQuZXF1YWwoZS5saW5lU3Bhbi5zdGFydCwgMCk7XG4gICAgYXNzZXJ0LmVxdWFsKG9ubHkoU3RyaW5nLnJhd2BcXHUwMGEwa2V5XFx1MDBhMD12YCkua2V5LCAnXFx1MDBhMGtleVxcdTAwYTAnKTtcbiAgfSk7XG5cbiAgdGVzdCgnYW4gZW1wdHkgdmFsdWUgaGFzIGFuIGVtcHR5IHNwYW4gd2hlcmUgdGhlIHZhbHVlIHdvdWxkIGJlZ2luJywgKCkgPT4ge1xuICAgIGNvbnN0IGNhc2VzOiBbc3RyaW5nLCBudW1iZXIsIG51bWJlcl1bXSA9IFtcbiAgICAgIFsnaz0nLCAyLCAyXSxcbiAgICAgIFsnayA9ICcsIDQsIDRdLFxuICAgICAgWydrJywgMSwgMV0sXG4gICAgICBbJ2sgICAnLCA0LCA0XSxcbiAgICAgIFsnaz1cXFxcXFxuICAnLCA2LCA2XSxcbiAgICAgIFsnaz1cXG4nLCAyLCAyXSxcbiAgICBdO1xuICAgIGZvciAoY29uc3QgW3RleHQsIGF0LCBsaW5lRW5kXSBvZiBjYXNlcykge1xuICAgICAgY29uc3QgZSA9IG9ubHkodGV4dCk7XG4gICAgICBhc3NlcnQuZXF1YWwoZS52YWx1ZSwgJycpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChlLnZhbHVlU3BhbiwgeyBzdGFydDogYXQsIGVuZDogYXQgfSwgSlNPTi5zdHJpbmdpZnkodGV4dCkpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChlLnZhbHVlT2Zmc2V0cywgW2F0XSk7XG4gICAgICBhc3NlcnQuZXF1YWwoZS5saW5lU3Bhbi5lbmQsIGxpbmVFbmQsIEpTT04uc3RyaW5naWZ5KHRleHQpKTtcbiAgICB9XG4gICAgLy8gSW5zZXJ0aW5nIGF0IHRoZSBzcGFuIHNldHMgZXhhY3RseSB0aGF0IHZhbHVlIChhIGxpbmUgd2l0aG91dCBhbnkgc2VwYXJhdG9yIGFsc28gbmVlZHMgb25lKS5cbiAgICBmb3IgKGNvbnN0IFt0ZXh0XSBvZiBjYXNlcy5maWx0ZXIoKFt0ZXh0XSkgPT4gdGV4dCAhPT0gJ2snKSkge1xuICAgICAgY29uc3QgZSA9IG9ubHkodGV4dCk7XG4gICAgICBjb25zdCBlZGl0ZWQgPSB0ZXh0LnNsaWNlKDAsIGUudmFsdWVTcGFuLnN0YXJ0KSArICd4IHknICsgdGV4dC5zbGljZShlLnZhbHVlU3Bhbi5lbmQpO1xuICAgICAgYXNzZXJ0LmVxdWFsKG9ubHkoZWRpdGVkKS52YWx1ZSwgJ3ggeScsIEpTT04uc3RyaW5naWZ5KGVkaXRlZCkpO1xuICAgIH1cbiAgfSk7XG5cbiAgdGVzdCgnYSBiYWNrc2xhc2ggYXQgdGhlIGVuZCBvZiB0aGUgZmlsZSBpcyBkcm9wcGVkJywgKCkgPT4ge1xuICAgIGNvbnN0IGUgPSBvbmx5KCdrPXZcXFxcJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGUudmFsdWUsICd2Jyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChlLnZhbHVlU3BhbiwgeyBzdGFydDogMiwgZW5kOiAzIH0pO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZS5saW5lU3BhbiwgeyBzdGFydDogMCwgZW5kOiA0IH0pO1xuICAgIGNvbnN0IGVtcHR5ID0gb25seSgnaz1cXFxcJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGVtcHR5LnZhbHVlLCAnJyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChlbXB0eS52YWx1ZVNwYW4sIHsgc3RhcnQ6IDIsIGVuZDogMiB9KTtcbiAgICBhc3NlcnQuZXF1YWwob25seSgna2V5XFxcXCcpLmtleSwgJ2tleScpO1xuICB9KTtcbn0pO1xuXG5kZXNjcmliZSgncGFyc2VQcm9wZXJ0aWVzOiBkb2N1bWVudHMgKFNwcmluZyBCb290IDIuNCspJywgKCkgPT4ge1xuICBjb25zdCBkb2NzID0gKHRleHQ6IHN0cmluZykgPT4ge1xuICAgIGNvbnN0IGZpbGUgPSBwYXJzZVByb3BlcnRpZXModGV4dCk7XG4gICAgcmV0dXJuIHsgZW50cmllczogcGFpcnMoZmlsZSksIGNvdW50OiBmaWxlLmRvY3VtZW50Q291bnQgfTtcbiAgfTtcblxuICB0ZXN0KCcjLS0tIGFuZCAhLS0tIG9uIGEgbGluZSBvZiB0aGVpciBvd24gc3RhcnQgYSBuZXcgZG9jdW1lbnQnLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChkb2NzKCdhPTFcXG4jLS0tXFxuYj0yXFxuIS0tLVxcbmM9MycpLCB7XG4gICAgICBlbnRyaWVzOiBbWydhJywgJzEnLCAwXSwgWydiJywgJzInLCAxXSwgWydjJywgJzMnLCAyXV0sXG4gICAgICBjb3VudDogMyxcbiAgICB9KTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGRvY3MoJ2E9MVxcclxcbiMtLS0gXFx0XFxyXFxuYj0yJykuZW50cmllcywgW1snYScsICcxJywgMF0sIFsnYicsICcyJywgMV1dKTtcbiAgfSk7XG5cbiAgdGVzdCgnc2VwYXJhdG9yIGxpbmVzIGFyZSBub3QgY29tbWVudHMnLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChwYXJzZVByb3BlcnRpZXMoJ2E9MVxcbiMtLS1cXG5iPTInKS5jb21tZW50cywgW10pO1xuICB9KTtcblxuICB0ZXN0KCdub3Qgc2VwYXJhdG9yczogbGVhZGluZyB3aGl0ZSBzcGFjZSwgZm91ciBoeXBoZW5zLCB0cmFpbGluZyB0ZXh0JywgKCkgPT4ge1xuICAgIGZvciAoY29uc3QgbGluZSBvZiBbJyAjLS0tJywgJyMtLS0tJywgJyMtLS0geCcsICcjLS0nLCAnIy0tIC0nXSkge1xuICAgICAgY29uc3QgZmlsZSA9IHBhcnNlUHJvcGVydGllcyhgYT0xXFxuJHtsaW5lfVxcbmI9MmApO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChwYWlycyhmaWxlKSwgW1snYScsICcxJywgMF0sIFsnYicsICcyJywgMF1dLCBsaW5lKTtcbiAgICAgIGFzc2VydC5lcXVhbChmaWxlLmNvbW1lbnRzLmxlbmd0aCwgMSwgbGluZSk7XG4gICAgfVxuICB9KTtcblxuICB0ZXN0KCcjLS0tIHJpZ2h0IGFmdGVyIGEgIyBjb21tZW50IGlzIGEgY29tbWVudDsgYWZ0ZXIgYSAhIGNvbW1lbnQgaXQgaXMgYSBzZXBhcmF0b3InLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChkb2NzKCdhPTFcXG4jIGNcXG4jLS0tXFxuYj0yJyksIHsgZW50cmllczogW1snYScsICcxJywgMF0sIFsnYicsICcyJywgMF1dLCBjb3VudDogMSB9KTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGRvY3MoJ2E9MVxcbiEgY1xcbiMtLS1cXG5iPTInKSwgeyBlbnRyaWVzOiBbWydhJywgJzEnLCAwXSwgWydiJywgJzInLCAxXV0sIGNvdW50OiAyIH0pO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZG9jcygnYT0xXFxuIyBjXFxuXFxuIy0tLVxcbmI9MicpLCB7IGVudHJpZXM6IFtbJ2EnLCAnMScsIDBdLCBbJ2InLCAnMicsIDFdXSwgY291bnQ6IDIgfSk7XG4gIH0pO1xuXG4gIHRlc3QoJ2EgY29tbWVudCBiZWZvcmUgdGhlIGZpcnN0IGVudHJ5IG9mIGEgbmV3IGRvY3VtZW50IG1lcmdlcyBpdCBiYWNrIGludG8gdGhlIHByZXZpb3VzIG9uZSAoU3ByaW5nIHF1aXJrKScsICgpID0+IHtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGRvY3MoJ2E9MVxcbiMtLS1cXG4jIGFib3V0IGJcXG5iPTInKSwgeyBlbnRyaWVzOiBbWydhJywgJzEnLCAwXSwgWydiJywgJzInLCAwXV0sIGNvdW50OiAxIH0pO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZG9jcygnYT0xXFxuIy0tLVxcblxcbiEgYWJvdXQgYlxcbmI9MicpLCB7IGVudHJpZXM6IFtbJ2EnLCAnMScsIDBdLCBbJ2InLCAnMicsIDBdXSwgY291bnQ6IDEgfSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChkb2NzKCdhPTFcXG4jLS0tXFxuYj0yXFxuIy0tLVxcbiNjXFxuJyksIHsgZW50cmllczogW1snYScsICcxJywgMF0sIFsnYicsICcyJywgMV1dLCBjb3VudDogMiB9KTtcbiAgfSk7XG5cbiAgdGVzdCgnZW1wdHkgZG9jdW1lbnRzIGFyZSBub3QgY291bnRlZCcsICgpID0+IHtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGRvY3MoJyMtLS1cXG5hPTEnKSwgeyBlbnRyaWVzOiBbWydhJywgJzEnLCAwXV0sIGNvdW50OiAxIH0pO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZG9jcygnYT0xXFxuIy0tLVxcblxcbiMtLS1cXG5iPTInKSwgeyBlbnRyaWVzOiBbWydhJywgJzEnLCAwXSwgWydiJywgJzInLCAxXV0sIGNvdW50OiAyIH0pO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZG9jcygnYT0xXFxuIy0tLVxcbicpLCB7IGVudHJpZXM6IFtbJ2EnLCAnMScsIDBdXSwgY291bnQ6IDEgfSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChkb2NzKCcnKSwgeyBlbnRyaWVzOiBbXSwgY291bnQ6IDEgfSk7XG4gIH0pO1xufSk7XG5cbmRlc2NyaWJlKCdwYXJzZVByb3BlcnRpZXM6IHByb2JsZW1zLCBuZXZlciBleGNlcHRpb25zJywgKCkgPT4ge1xuICB0ZXN0KCdhIG1hbGZvcm1lZCBcXFxcdSBlc2NhcGUgaXMgcmVwb3J0ZWQgYXQgaXRzIHNwYW4gYW5kIHJlYWQgYXMgdGhlIGxldHRlciB1JywgKCkgPT4ge1xuICAgIGNvbnN0IHRleHQgPSAnYT1cXFxcdTAwenpcXG5iPVxcXFx1MTJcXG5rXFxcXHUxPXZcXG5jPVxcXFx1MDA0XFxcXFxcbiAgMVxcbmQ9XFxcXHUnO1xuICAgIGNvbnN0IGZpbGUgPSBwYXJzZVByb3BlcnRpZXModGV4dCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChmaWxlLmVudHJpZXMubWFwKChlKSA9PiBbZS5rZXksIGUudmFsdWVdKSwgW1xuICAgICAgWydhJywgJ3UwMHp6J10sXG4gICAgICBbJ2InLCAndTEyJ10sXG4gICAgICBbJ2t1MScsICd2J10sXG4gICAgICAvLyBOYWNvcyBhbmQgU3ByaW5nIHJlYWQgdGhlIGZvdXIgZGlnaXRzIHN0cmFpZ2h0IGZyb20gdGhlIGZpbGU6IGEgY29udGludWF0aW9uIGluc2lkZSB0aGVtIGlzIG1hbGZvcm1lZCB0b28uXG4gICAgICBbJ2MnLCAndTAwNDEnXSxcbiAgICAgIFsnZCcsICd1J10sXG4gICAgXSk7XG4gICAgY29uc3Qgc3BhbnMgPSBmaWxlLnByb2JsZW1zLm1hcCgocCkgPT4gdGV4dC5zbGljZShwLnNwYW4uc3RhcnQsIHAuc3Bhbi5lbmQpKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHNwYW5zLCBbJ1xcXFx1MDAnLCAnXFxcXHUxMicsICdcXFxcdTEnLCAnXFxcXHUwMDQnLCAnXFxcXHUnXSk7XG4gICAgYXNzZXJ0Lm9rKGZpbGUucHJvYmxlbXMuZXZlcnkoKHApID0+IHAubWVzc2FnZS5pbmNsdWRlcygnTWFsZm9ybWVkIFxcXFx1eHh4eCcpKSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChmaWxlLmVudHJpZXNbMF0udmFsdWVPZmZzZXRzLCBbMiwgNCwgNSwgNiwgNywgOF0pO1xuICB9KTtcblxuICB0ZXN0KCdOVUwgYW5kIG90aGVyIGJpbmFyeSBjb250ZW50IGlzIHJlcG9ydGVkIG9uY2UnLCAoKSA9PiB7XG4gICAgY29uc3QgbnVsID0gcGFyc2VQcm9wZXJ0aWVzKCdhPVxcMFxcMFxcbmI9XFx4MDEnKTtcbiAgICBhc3NlcnQuZXF1YWwobnVsLnByb2JsZW1zLmxlbmd0aCwgMSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChudWwucHJvYmxlbXNbMF0uc3BhbiwgeyBzdGFydDogMiwgZW5kOiAzIH0pO1xuICAgIGFzc2VydC5tYXRjaChudWwucHJvYmxlbXNbMF0ubWVzc2FnZSwgL05VTC8pO1xuICAgIGFzc2VydC5kZWVwRXF1YWwobnVsLmVudHJpZXMubWFwKChlKSA9PiBlLnZhbHVlKSwgWydcXDBcXDAnLCAnXFx4MDEnXSk7XG4gICAgY29uc3QgY3RsID0gcGFyc2VQcm9wZXJ0aWVzKCdhPVxceDAxXFx4MDJcXG5iPVxceDAzJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGN0bC5wcm9ibGVtcy5sZW5ndGgsIDEpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoY3RsLnByb2JsZW1zWzBdLnNwYW4sIHsgc3RhcnQ6IDIsIGVuZDogMyB9KTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHBhcnNlUHJvcGVydGllcygnYT1cXHRcXHgwYlxceDFiXFx4MWFcXGYnKS5wcm9ibGVtcywgW10pO1xuICB9KTtcblxuICB0ZXN0KCdyYW5kb20gaW5wdXQ6IG5ldmVyIHRocm93cywgc3BhbnMgYW5kIG9mZnNldHMgc3RheSBjb25zaXN0ZW50JywgKCkgPT4ge1xuICAgIGNvbnN0IGFscGhhYmV0ID0gWydhJywgJ2InLCAnPScsICc6JywgJyAnLCAnXFx0JywgJ1xcZicsICdcXFxcJywgJ1xcXFwnLCAndScsICcwJywgJ0YnLCAnXFxuJywgJ1xccicsICdcXHJcXG4nLCAnIycsICchJywgJy0nLCAnXFwwJywgJ1xcdTAwZTknLCAnXFx1ZDgzZCcsICd4J107XG4gICAgY29uc3QgcmFuZG9tID0gcm5nKDcpO1xuICAgIGZvciAobGV0IHJvdW5kID0gMDsgcm91bmQgPCAzMDAwOyByb3VuZCsrKSB7XG4gICAgICBsZXQgdGV4dCA9ICcnO1xuICAgICAgY29uc3QgbGVuID0gTWF0aC5mbG9vcihyYW5kb20oKSAqIDQwKTtcbiAgICAgIGZvciAobGV0IGkgPSAwOyBpIDwgbGVuOyBpKyspIHRleHQgKz0gYWxwaGFiZXRbTWF0aC5mbG9vcihyYW5kb20oKSAqIGFscGhhYmV0Lmxlbmd0aCldO1xuICAgICAgY29uc3QgZmlsZSA9IHBhcnNlUHJvcGVydGllcyh0ZXh0KTtcbiAgICAgIGxldCBwcmV2aW91c0VuZCA9IDA7XG4gICAgICBmb3IgKGNvbnN0IGUgb2YgZmlsZS5lbnRyaWVzKSB7XG4gICAgICAgIGNvbnN0IHdoZXJlID0gSlNPTi5zdHJpbmdpZnkodGV4dCk7XG4gICAgICAgIGFzc2VydC5vayhlLmtleS5sZW5ndGggPiAwLCB3aGVyZSk7XG4gICAgICAgIGFzc2VydC5vayhwcmV2aW91c0VuZCA8PSBlLmRlbGV0ZVNwYW4uc3RhcnQsIHdoZXJlKTtcbiAgICAgICAgcHJldmlvdXNFbmQgPSBlLmRlbGV0ZVNwYW4uZW5kO1xuICAgICAgICBhc3NlcnQub2soZS5kZWxldGVTcGFuLnN0YXJ0IDw9IGUubGluZVNwYW4uc3RhcnQgJiYgZS5saW5lU3Bhbi5lbmQgPD0gZS5kZWxldGVTcGFuLmVuZCAmJiBlLmRlbGV0ZVNwYW4uZW5kIDw9IHRleHQubGVuZ3RoLCB3aGVyZSk7XG4gICAgICAgIGFzc2VydC5vayhlLmxpbmVTcGFuLnN0YXJ0IDw9IGUua2V5U3Bhbi5zdGFydCAmJiBlLmtleVNwYW4uZW5kIDw9IGUudmFsdWVTcGFuLnN0YXJ0ICYmIGUudmFsdWVTcGFuLmVuZCA8PSBlLmxpbmVTcGFuLmVuZCwgd2hlcmUpO1xuICAgICAgICBhc3NlcnQub2soZS5kb2N1bWVudCA+PSAwICYmIGUuZG9jdW1lbnQgPCBmaWxlLmRvY3VtZW50Q291bnQsIHdoZXJlKTtcbiAgICAgICAgZm9yIChjb25zdCBbZGVjb2RlZCwgb2Zmc2V0cywgc3Bhbl0gb2YgW1xuICAgICAgICAgIFtlLmtleSwgZS5rZXlPZmZzZXRzLCBlLmtleVNwYW5dLFxuICAgICAgICAgIFtlLnZhbHVlLCBlLnZhbHVlT2Zmc2V0cywgZS52YWx1ZVNwYW5dLFxuICAgICAgICBdIGFzIGNvbnN0KSB7XG4gICAgICAgICAgYXNzZXJ0LmVxdWFsKG9mZnNldHMubGVuZ3RoLCBkZWNvZGVkLmxlbmd0aCArIDEsIHdoZXJlKTtcbiAgICAgICAgICBhc3NlcnQuZXF1YWwob2Zmc2V0c1swXSwgc3Bhbi5zdGFydCwgd2hlcmUpO1xuICAgICAgICAgIGFzc2VydC5lcXVhbChvZmZzZXRzW2RlY29kZWQubGVuZ3RoXSwgc3Bhbi5lbmQsIHdoZXJlKTtcbiAgICAgICAgICBmb3IgKGxldCBpID0gMDsgaSA8IGRlY29kZWQubGVuZ3RoOyBpKyspIHtcbiAgICAgICAgICAgIGFzc2VydC5vayhvZmZzZXRzW2ldIDwgb2Zmc2V0c1tpICsgMV0sIHdoZXJlKTtcbiAgICAgICAgICAgIC8vIEEgY2hhciB0aGF0IGlzIG5vdCBhbiBlc2NhcGUgaXMgY29waWVkIGZyb20gdGhlIHNvdXJjZS5cbiAgICAgICAgICAgIGlmICh0ZXh0W29mZnNldHNbaV1dICE9PSAnXFxcXCcpIGFzc2VydC5lcXVhbCh0ZXh0W29mZnNldHNbaV1dLCBkZWNvZGVkW2ldLCB3aGVyZSk7XG4gICAgICAgICAgfVxuICAgICAgICB9XG4gICAgICB9XG4gICAgICBmb3IgKGNvbnN0IHAgb2YgZmlsZS5wcm9ibGVtcykgYXNzZXJ0Lm9rKHAuc3Bhbi5zdGFydCA8PSBwLnNwYW4uZW5kICYmIHAuc3Bhbi5lbmQgPD0gdGV4dC5sZW5ndGgpO1xuICAgIH1cbiAgfSk7XG5cbiAgdGVzdCgnbGluZWFyIHRpbWU6IDUwIE1CIG9uIG9uZSBsaW5lLCBsb25nIHJ1bnMgb2YgZXNjYXBlcywgbWFueSBsb25lLUNSIGxpbmVzJywgKHQpID0+IHtcbiAgICBjb25zdCBiaWcgPSAnaz0nICsgJ3gnLnJlcGVhdCg1MF8wMDBfMDAwKTtcbiAgICBsZXQgdDAgPSBwZXJmb3JtYW5jZS5ub3coKTtcbiAgICBsZXQgZmlsZSA9IHBhcnNlUHJvcGVydGllcyhiaWcpO1xuICAgIGNvbnN0IHZhbHVlTXMgPSBwZXJmb3JtYW5jZS5ub3coKSAtIHQwO1xuICAgIGFzc2VydC5lcXVhbChmaWxlLmVudHJpZXNbMF0udmFsdWUubGVuZ3RoLCA1MF8wMDBfMDAwKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGZpbGUuZW50cmllc1swXS52YWx1ZVNwYW4sIHsgc3RhcnQ6IDIsIGVuZDogYmlnLmxlbmd0aCB9KTtcblxuICAgIHQwID0gcGVyZm9ybWFuY2Uubm93KCk7XG4gICAgZmlsZSA9IHBhcnNlUHJvcGVydGllcygneScucmVwZWF0KDUwXzAwMF8wMDApKTtcbiAgICBjb25zdCBrZXlNcyA9IHBlcmZvcm1hbmNlLm5vdygpIC0gdDA7XG4gICAgYXNzZXJ0LmVxdWFsKGZpbGUuZW50cmllc1swXS5rZXkubGVuZ3RoLCA1MF8wMDBfMDAwKTtcblxuICAgIHQwID0gcGVyZm9ybWFuY2Uubm93KCk7XG4gICAgZmlsZSA9IHBhcnNlUHJvcGVydGllcygnaz0nICsgJ1xcXFxcXFxcXFxcXHUwMDQxXFxcXHQnLnJlcGVhdCgxXzAwMF8wMDApKTtcbiAgICBjb25zdCBlc2NhcGVNcyA9IHBlcmZvcm1hbmNlLm5vdygpIC0gdDA7XG4gICAgYXNzZXJ0LmVxdWFsKGZpbGUuZW50cmllc1swXS52YWx1ZS5sZW5ndGgsIDNfMDAwXzAwMCk7XG5cbiAgICB0MCA9IHBlcmZvcm1hbmNlLm5vdygpO1xuICAgIGZpbGUgPSBwYXJzZVByb3BlcnRpZXMoJ2E9MVxccicucmVwZWF0KDUwMF8wMDApICsgJyNjXFxyJy5yZXBlYXQoNTAwXzAwMCkgKyAnXFxcXFxccicucmVwZWF0KDUwMF8wMDApKTtcbiAgICBjb25zdCBsaW5lc01zID0gcGVyZm9ybWFuY2Uubm93KCkgLSB0MDtcbiAgICBhc3NlcnQuZXF1YWwoZmlsZS5lbnRyaWVzLmxlbmd0aCwgNTAwXzAwMCk7XG4gICAgYXNzZXJ0LmVxdWFsKGZpbGUuY29tbWVudHMubGVuZ3RoLCA1MDBfMDAwKTtcblxuICAgIGZvciAoY29uc3QgW3doYXQsIG1zXSBvZiBbWyc1MCBNQiB2YWx1ZScsIHZhbHVlTXNdLCBbJzUwIE1CIGtleScsIGtleU1zXSwgWyczTSBlc2NhcGVzJywgZXNjYXBlTXNdLCBbJzEuNU0gbGluZXMnLCBsaW5lc01zXV0gYXMgY29uc3QpIHtcbiAgICAgIHQuZGlhZ25vc3RpYyhgJHt3aGF0fTogJHtNYXRoLnJvdW5kKG1zKX0gbXNgKTtcbiAgICAgIGFzc2VydC5vayhtcyA8IDQwMDAsIGAke3doYXR9IHRvb2sgJHtNYXRoLnJvdW5kKG1zKX0gbXNgKTtcbiAgICB9XG4gIH0pO1xufSk7XG5cbmRlc2NyaWJlKCdlc2NhcGVQcm9wZXJ0eVZhbHVlIC8gZXNjYXBlUHJvcGVydHlLZXknLCAoKSA9PiB7XG4gIHRlc3QoJ2V4YW1wbGVzJywgKCkgPT4ge1xuICAgIGFzc2VydC5lcXVhbChlc2NhcGVQcm9wZXJ0eVZhbHVlKCdwbGFpbiB2YWx1ZScpLCAncGxhaW4gdmFsdWUnKTtcbiAgICBhc3NlcnQuZXF1YWwoZXNjYXBlUHJvcGVydHlWYWx1ZSgnVkdocGMwbHpUWGs9OiMhJyksICdWR2hwYzBselRYaz06IyEnKTtcbiAgICBhc3NlcnQuZXF1YWwoZXNjYXBlUHJvcGVydHlWYWx1ZSgnIGFcXFxcYlxcdFxcblxcclxcZj1cXHUwMGU5XFx1NGUyZCAnKSwgJ1xcXFwgYVxcXFxcXFxcYlxcXFx0XFxcXG5cXFxcclxcXFxmPVxcXFx1MDBFOVxcXFx1NEUyRCAnKTtcbiAgICBhc3NlcnQuZXF1YWwoZXNjYXBlUHJvcGVydHlWYWx1ZSgnPXgnKSwgJ1xcXFw9eCcpO1xuICAgIGFzc2VydC5lcXVhbChlc2NhcGVQcm9wZXJ0eVZhbHVlKCc6eCcpLCAnXFxcXDp4Jyk7XG4gICAgYXNzZXJ0LmVxdWFsKGVzY2FwZVByb3BlcnR5VmFsdWUoJycpLCAnJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGVzY2FwZVByb3BlcnR5S2V5KCdhIGI9YzpkI2UhZicpLCAnYVxcXFwgYlxcXFw9Y1xcXFw6ZFxcXFwjZVxcXFwhZicpO1xuICAgIGFzc2VydC5lcXVhbChlc2NhcGVQcm9wZXJ0eUtleSgnI2snKSwgJ1xcXFwjaycpO1xuICB9KTtcblxuICB0ZXN0KCdyb3VuZCB0cmlwIHRocm91Z2ggcGFyc2VQcm9wZXJ0aWVzIGZvciByYW5kb20gc3RyaW5ncycsICgpID0+IHtcbiAgICBjb25zdCByYW5kb20gPSBybmcoMTEpO1xuICAgIGNvbnN0IHBvb2wgPSBbJyAnLCAnXFx0JywgJ1xcbicsICdcXHInLCAnXFxmJywgJ1xcXFwnLCAnPScsICc6JywgJyMnLCAnIScsICdhJywgJ1onLCAnMCcsICdcXDAnLCAnXFx4N2YnLCAnXFx1MDBlOScsICdcXHUwMGEwJywgJ1xcdTRlMmQnLCAnXFx1ZDgzZCcsICdcXHVkZTAwJywgJyQnLCAneycsICd9JywgJ3UnXTtcbiAgICBmb3IgKGxldCByb3VuZCA9IDA7IHJvdW5kIDwgMzAwMDsgcm91bmQrKykge1xuICAgICAgbGV0IHMgPSAnJztcbiAgICAgIGNvbnN0IGxlbiA9IE1hdGguZmxvb3IocmFuZG9tKCkgKiAxMik7XG4gICAgICBmb3IgKGxldCBpID0gMDsgaSA8IGxlbjsgaSsrKSBzICs9IHBvb2xbTWF0aC5mbG9vcihyYW5kb20oKSAqIHBvb2wubGVuZ3RoKV07XG4gICAgICBjb25zdCBsaW5lID0gJ2s9JyArIGVzY2FwZVByb3BlcnR5VmFsdWUocyk7XG4gICAgICBhc3NlcnQuZXF1YWwob25seShsaW5lKS52YWx1ZSwgcywgSlNPTi5zdHJpbmdpZnkobGluZSkpO1xuICAgICAgYXNzZXJ0LmVxdWFsKG9ubHkoJ2sgJyArIGVzY2FwZVByb3BlcnR5VmFsdWUocykpLnZhbHVlLCBzKTtcbiAgICAgIC8vIEtleXMgY2Fubm90IHN0YXJ0IG9yIGVuZCB3aXRoIGNoYXJzIDw9IFUrMDAyMDogU3ByaW5nIHRyaW1zIHRoZW0uXG4gICAgICBjb25zdCBrZXkgPSAnaycgKyBzICsgJ2snO1xuICAgICAgYXNzZXJ0LmVxdWFsKG9ubHkoZXNjYXBlUHJvcGVydHlLZXkoa2V5KSArICc9dicpLmtleSwga2V5KTtcbiAgICAgIGFzc2VydC5tYXRjaChlc2NhcGVQcm9wZXJ0eVZhbHVlKHMpLCAvXltcXHgyMC1cXHg3ZV0qJC8pO1xuICAgIH1cbiAgfSk7XG59KTtcblxuZnVuY3Rpb24gZmluZENvcnB1cygpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCBjYW5kaWRhdGVzID0gW3Byb2Nlc3MuZW52Lk5BQ09TX0FVVEhfTElOVF9DT1JQVVMsICd0ZXN0L2ZpeHR1cmVzL2NvcnB1cycsICcuLi9zaGFyZWQvY29ycHVzJ107XG4gIGZvciAobGV0IGRpciA9IHByb2Nlc3MuY3dkKCksIGkgPSAwOyBpIDwgNTsgZGlyID0gcGF0aC5kaXJuYW1lKGRpciksIGkrKykge1xuICAgIGZvciAoY29uc3QgYyBvZiBjYW5kaWRhdGVzKSB7XG4gICAgICBpZiAoIWMpIGNvbnRpbnVlO1xuICAgICAgY29uc3QgcCA9IHBhdGgucmVzb2x2ZShkaXIsIGMpO1xuICAgICAgaWYgKGZzLmV4aXN0c1N5bmMocGF0aC5qb2luKHAsICduYWNvcy1kaXN0cmlidXRpb24tMi4yLjAnLCAnY29uZicsICdhcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJykpKSByZXR1cm4gcDtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuLyoqIDEtYmFzZWQgbGluZSBhbmQgdmFsdWUgb2YgbmFjb3MuY29yZS5hdXRoLnNlcnZlci5pZGVudGl0eS5rZXkgaW4gZWFjaCBjb3JwdXMgZmlsZSAoZnJvbSB0aGUgZmlsZXMsIGJ5IGV5ZSkuICovXG5jb25zdCBJREVOVElUWV9LRVk6IFJlY29yZDxzdHJpbmcsIFtudW1iZXIsIHN0cmluZ10+ID0ge1xuICAnbmFjb3MtZGlzdHJpYnV0aW9uLTEuNC4xL2NvbmYvYXBwbGljYXRpb24ucHJvcGVydGllcyc6IFsxMzksICcnXSxcbiAgJ25hY29zLWRpc3RyaWJ1dGlvbi0xLjQuNS9jb25mL2FwcGxpY2F0aW9uLnByb3BlcnRpZXMnOiBbMTM5LCAnJ10sXG4gICduYWNvcy1kaXN0cmlidXRpb24tMi4wLjMvY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJzogWzE2NywgJ3NlcnZlcklkZW50aXR5J10sXG4gICduYWNvcy1kaXN0cmlidXRpb24tMi4xLjAvY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJzogWzE1NywgJ3NlcnZlcklkZW50aXR5J10sXG4gICduYWNvcy1kaXN0cmlidXRpb24tMi4yLjAvY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJzogWzE0NiwgJ3NlcnZlcklkZW50aXR5J10sXG4gICduYWNvcy1kaXN0cmlidXRpb24tMi4yLjAuMS9jb25mL2FwcGxpY2F0aW9uLnByb3BlcnRpZXMnOiBbMTQ2LCAnc2VydmVySWRlbnRpdHknXSxcbiAgJ25hY29zLWRpc3RyaWJ1dGlvbi0yLjIuMS9jb25mL2FwcGxpY2F0aW9uLnByb3BlcnRpZXMnOiBbMTQ4LCAnJ10sXG4gICduYWNvcy1kaXN0cmlidXRpb24tMi4zLjAvY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJzogWzE1NSwgJyddLFxuICAnbmFjb3MtZGlzdHJpYnV0aW9uLTIuNC4zL2NvbmYvYXBwbGljYXRpb24ucHJvcGVydGllcyc6IFsxNTUsICcnXSxcbiAgJ25hY29zLWRpc3RyaWJ1dGlvbi0yLjUuMS9jb25mL2FwcGxpY2F0aW9uLnByb3BlcnRpZXMnOiBbMTU1LCAnJ10sXG4gICduYWNvcy1kaXN0cmlidXRpb24tMy4wLjAvY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJzogWzIzNiwgJyddLFxuICAnbmFjb3MtZGlzdHJpYnV0aW9uLTMuMC4zL2NvbmYvYXBwbGljYXRpb24ucHJvcGVydGllcyc6IFsyNDksICcnXSxcbiAgJ25hY29zLWRvY2tlci12Mi4wLjMvYnVpbGQvY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJzogWzI4LCAnJHtOQUNPU19BVVRIX0lERU5USVRZX0tFWTpzZXJ2ZXJJZGVudGl0eX0nXSxcbiAgJ25hY29zLWRvY2tlci12Mi4yLjAvYnVpbGQvY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJzogWzMyLCAnJHtOQUNPU19BVVRIX0lERU5USVRZX0tFWTpzZXJ2ZXJJZGVudGl0eX0nXSxcbiAgJ25hY29zLWRvY2tlci12Mi4yLjEvYnVpbGQvY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJzogWzMyLCAnJHtOQUNPU19BVVRIX0lERU5USVRZX0tFWX0nXSxcbiAgJ25hY29zLWRvY2tlci12Mi4zLjAvYnVpbGQvY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJzogWzM4LCAnJHtOQUNPU19BVVRIX0lERU5USVRZX0tFWTp9J10sXG4gICduYWNvcy1kb2NrZXItdjIuNS4xL2J1aWxkL2NvbmYvYXBwbGljYXRpb24ucHJvcGVydGllcyc6IFszOCwgJyR7TkFDT1NfQVVUSF9JREVOVElUWV9LRVk6fSddLFxuICAnbmFjb3MtZG9ja2VyLXYzLjAuMC9idWlsZC9jb25mL2FwcGxpY2F0aW9uLnByb3BlcnRpZXMnOiBbMjQyLCAnJHtOQUNPU19BVVRIX0lERU5USVRZX0tFWTp9J10sXG4gICduYWNvcy1kb2NrZXItdjMuMi4zL2J1aWxkL2NvbmYvYXBwbGljYXRpb24ucHJvcGVydGllcyc6IFsyNDksICcke05BQ09TX0FVVEhfSURFTlRJVFlfS0VZOn0nXSxcbn07XG5cbnRlc3QoJ2NvcnB1czogZXZlcnkgcmVhbCBhcHBsaWNhdGlvbi5wcm9wZXJ0aWVzIHBhcnNlcyB3aXRoIG5vIHByb2JsZW1zJywgKHQpID0+IHtcbiAgY29uc3QgY29ycHVzID0gZmluZENvcnB1cygpO1xuICBpZiAoIWNvcnB1cykge1xuICAgIGlmIChwcm9jZXNzLmVudi5DSSA9PT0gJ3RydWUnKSBhc3NlcnQuZmFpbCgnY29ycHVzIG1pc3Npbmc6IHNldCBOQUNPU19BVVRIX0xJTlRfQ09SUFVTIG9yIGNvcHkgaXQgdG8gdGVzdC9maXh0dXJlcy9jb3JwdXMnKTtcbiAgICB0LnNraXAoJ2NvcnB1cyBub3QgZm91bmQnKTtcbiAgICByZXR1cm47XG4gIH1cbiAgY29uc3QgZmlsZXMgPSBmc1xuICAgIC5yZWFkZGlyU3luYyhjb3JwdXMpXG4gICAgLm1hcCgoZCkgPT4gcGF0aC5wb3NpeC5qb2luKGQsIGQuc3RhcnRzV2l0aCgnbmFjb3MtZG9ja2VyLScpID8gJ2J1aWxkL2NvbmYnIDogJ2NvbmYnLCAnYXBwbGljYXRpb24ucHJvcGVydGllcycpKVxuICAgIC5maWx0ZXIoKGYpID0+IGZzLmV4aXN0c1N5bmMocGF0aC5qb2luKGNvcnB1cywgZikpKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChmaWxlcy5zbGljZSgpLnNvcnQoKSwgT2JqZWN0LmtleXMoSURFTlRJVFlfS0VZKS5zb3J0KCkpO1xuICBmb3IgKGNvbnN0IGYgb2YgZmlsZXMpIHtcbiAgICBjb25zdCB0ZXh0OiBzdHJpbmcgPSBmcy5yZWFkRmlsZVN5bmMocGF0aC5qb2luKGNvcnB1cywgZiksICd1dGY4Jyk7XG4gICAgY29uc3QgZmlsZSA9IHBhcnNlUHJvcGVydGllcyh0ZXh0KTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGZpbGUucHJvYmxlbXMsIFtdLCBmKTtcbiAgICBhc3NlcnQuZXF1YWwoZmlsZS5kb2N1bWVudENvdW50LCAxLCBmKTtcbiAgICAvLyBUaGVzZSBmaWxlcyBoYXZlIG5vIGNvbnRpbnVhdGlvbnM6IGV2ZXJ5IG5vbi1ibGFuayBsaW5lIGlzIG9uZSBlbnRyeSBvciBvbmUgY29tbWVudC5cbiAgICBjb25zdCBsaW5lcyA9IHRleHQuc3BsaXQoL1xcclxcbnxcXHJ8XFxuLyk7XG4gICAgYXNzZXJ0LmVxdWFsKGZpbGUuZW50cmllcy5sZW5ndGgsIGxpbmVzLmZpbHRlcigobCkgPT4gL15bIFxcdFxcZl0qW14jISBcXHRcXGZdLy50ZXN0KGwpKS5sZW5ndGgsIGYpO1xuICAgIGFzc2VydC5lcXVhbChmaWxlLmNvbW1lbnRzLmxlbmd0aCwgbGluZXMuZmlsdGVyKChsKSA9PiAvXlsgXFx0XFxmXSpbIyFdLy50ZXN0KGwpKS5sZW5ndGgsIGYpO1xuICAgIGNvbnN0IGZvdW5kID0gZmlsZS5lbnRyaWVzLmZpbHRlcigoZSkgPT4gZS5rZXkgPT09ICduYWNvcy5jb3JlLmF1dGguc2VydmVyLmlkZW50aXR5LmtleScpO1xuICAgIGFzc2VydC5lcXVhbChmb3VuZC5sZW5ndGgsIDEsIGYpO1xuICAgIGNvbnN0IFtsaW5lLCB2YWx1ZV0gPSBJREVOVElUWV9LRVlbZl07XG4gICAgY29uc3QgZSA9IGZvdW5kWzBdO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoW2UubGluZSArIDEsIGUudmFsdWVdLCBbbGluZSwgdmFsdWVdLCBmKTtcbiAgICBhc3NlcnQuZXF1YWwodGV4dC5zbGljZShlLmtleVNwYW4uc3RhcnQsIGUua2V5U3Bhbi5lbmQpLCBlLmtleSk7XG4gICAgYXNzZXJ0LmVxdWFsKHRleHQuc2xpY2UoZS52YWx1ZVNwYW4uc3RhcnQsIGUudmFsdWVTcGFuLmVuZCksIGUudmFsdWUpO1xuICAgIGFzc2VydC5lcXVhbCh0ZXh0LnNsaWNlKGUuZGVsZXRlU3Bhbi5zdGFydCwgZS5kZWxldGVTcGFuLmVuZCksIGAke2Uua2V5fT0ke2UudmFsdWV9XFxuYCk7XG4gICAgLy8gRXZlcnkga2V5IGluIHRoZXNlIGZpbGVzIGlzIHBsYWluOiBpdHMgc3BhbiBpcyBpdHMgdGV4dC5cbiAgICBmb3IgKGNvbnN0IGVudHJ5IG9mIGZpbGUuZW50cmllcykgYXNzZXJ0LmVxdWFsKHRleHQuc2xpY2UoZW50cnkua2V5U3Bhbi5zdGFydCwgZW50cnkua2V5U3Bhbi5lbmQpLCBlbnRyeS5rZXksIGYpO1xuICB9XG59KTtcblxuZGVzY3JpYmUoJ2ZpbmRQbGFjZWhvbGRlcnMnLCAoKSA9PiB7XG4gIHRlc3QoJ25vbmUnLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChmaW5kUGxhY2Vob2xkZXJzKCdwbGFpbiAkIHsgfSAkQSB7Qn0nKSwgW10pO1xuICB9KTtcblxuICB0ZXN0KCdzaW1wbGUsIHdpdGggYW5kIHdpdGhvdXQgYSBkZWZhdWx0JywgKCkgPT4ge1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZmluZFBsYWNlaG9sZGVycygnJHtBfScpLCBbeyBuYW1lOiAnQScsIHN0YXJ0OiAwLCBlbmQ6IDQsIG5hbWVTdGFydDogMiwgbmFtZUVuZDogMywgbmVzdGVkOiBbXSB9XSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChmaW5kUGxhY2Vob2xkZXJzKCd4JHtOQUNPU19BVVRIX1RPS0VOOn0nKSwgW1xuICAgICAgeyBuYW1lOiAnTkFDT1NfQVVUSF9UT0tFTicsIGRlZmF1bHRWYWx1ZTogJycsIHN0YXJ0OiAxLCBlbmQ6IDIxLCBuYW1lU3RhcnQ6IDMsIG5hbWVFbmQ6IDE5LCBuZXN0ZWQ6IFtdIH0sXG4gICAgXSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChmaW5kUGxhY2Vob2xkZXJzKCcke0E6YTpifXkkJHtCfScpLCBbXG4gICAgICB7IG5hbWU6ICdBJywgZGVmYXVsdFZhbHVlOiAnYTpiJywgc3RhcnQ6IDAsIGVuZDogOCwgbmFtZVN0YXJ0OiAyLCBuYW1lRW5kOiAzLCBuZXN0ZWQ6IFtdIH0sXG4gICAgICB7IG5hbWU6ICdCJywgc3RhcnQ6IDEwLCBlbmQ6IDE0LCBuYW1lU3RhcnQ6IDEyLCBuYW1lRW5kOiAxMywgbmVzdGVkOiBbXSB9LFxuICAgIF0pO1xuICB9KTtcblxuICB0ZXN0KCduZXN0ZWQgaW4gdGhlIGRlZmF1bHQgYW5kIGluIHRoZSBuYW1lJywgKCkgPT4ge1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZmluZFBsYWNlaG9sZGVycygnJHtBOiR7QjpjfX0nKSwgW1xuICAgICAge1xuICAgICAgICBuYW1lOiAnQScsIGRlZmF1bHRWYWx1ZTogJyR7QjpjfScsIHN0YXJ0OiAwLCBlbmQ6IDExLCBuYW1lU3RhcnQ6IDIsIG5hbWVFbmQ6IDMsXG4gICAgICAgIG5lc3RlZDogW3sgbmFtZTogJ0InLCBkZWZhdWx0VmFsdWU6ICdjJywgc3RhcnQ6IDQsIGVuZDogMTAsIG5hbWVTdGFydDogNiwgbmFtZUVuZDogNywgbmVzdGVkOiBbXSB9XSxcbiAgICAgIH0sXG4gICAgXSk7XG4gICAgY29uc3QgW291dGVyXSA9IGZpbmRQbGFjZWhvbGRlcnMoJyR7JHtYfX0nKTtcbiAgICBhc3NlcnQuZXF1YWwob3V0ZXIubmFtZSwgJyR7WH0nKTtcbiAgICBhc3NlcnQuZXF1YWwob3V0ZXIuZW5kLCA3KTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKG91dGVyLm5lc3RlZC5tYXAoKHApID0+IHAubmFtZSksIFsnWCddKTtcbiAgfSk7XG5cbiAgdGVzdCgnZXZlcnkgeyBpbnNpZGUgYSBwbGFjZWhvbGRlciBtdXN0IGJlIGNsb3NlZCBiZWZvcmUgfSBlbmRzIGl0IChTcHJpbmcpJywgKCkgPT4ge1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZmluZFBsYWNlaG9sZGVycygnJHthe2J9Y31kfScpLm1hcCgocCkgPT4gW3AubmFtZSwgcC5lbmRdKSwgW1snYXtifWMnLCA4XV0pO1xuICAgIC8vIFRoZSBzZXBhcmF0b3IgaXMgdGhlIGZpcnN0ICc6JyBvdXRzaWRlIG5lc3RlZCBwbGFjZWhvbGRlcnMsIGV2ZW4gaW5zaWRlIHBsYWluIGJyYWNlcy5cbiAgICBhc3NlcnQuZGVlcEVxdWFsKGZpbmRQbGFjZWhvbGRlcnMoJyR7YXtiOmN9fScpLm1hcCgocCkgPT4gW3AubmFtZSwgcC5kZWZhdWx0VmFsdWVdKSwgW1snYXtiJywgJ2N9J11dKTtcbiAgfSk7XG5cbiAgdGVzdCgndW50ZXJtaW5hdGVkJywgKCkgPT4ge1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZmluZFBsYWNlaG9sZGVycygneCR7QScpLCBbXG4gICAgICB7IG5hbWU6ICdBJywgc3RhcnQ6IDEsIGVuZDogNCwgbmFtZVN0YXJ0OiAzLCBuYW1lRW5kOiA0LCB1bnRlcm1pbmF0ZWQ6IHRydWUsIG5lc3RlZDogW10gfSxcbiAgICBdKTtcbiAgICBjb25zdCBbb3V0ZXJdID0gZmluZFBsYWNlaG9sZGVycygnYSAke2IgJHtjfScpO1xuICAgIGFzc2VydC5lcXVhbChvdXRlci51bnRlcm1pbmF0ZWQsIHRydWUpO1xuICAgIGFzc2VydC5lcXVhbChvdXRlci5lbmQsIDEwKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKG91dGVyLm5lc3RlZC5tYXAoKHApID0+IFtwLm5hbWUsIHAudW50ZXJtaW5hdGVkXSksIFtbJ2MnLCB1bmRlZmluZWRdXSk7XG4gIH0pO1xufSk7XG5cbmRlc2NyaWJlKCdyZXNvbHZlUGxhY2Vob2xkZXJzJywgKCkgPT4ge1xuICBjb25zdCBlbnYgPSAodmFyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPikgPT4gKG5hbWU6IHN0cmluZykgPT4gKE9iamVjdC5oYXNPd24odmFycywgbmFtZSkgPyB2YXJzW25hbWVdIDogdW5kZWZpbmVkKTtcblxuICB0ZXN0KCdubyBwbGFjZWhvbGRlcnMnLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChyZXNvbHZlUGxhY2Vob2xkZXJzKCdhOmJ9JywgZW52KHt9KSksIHsgdmFsdWU6ICdhOmJ9JywgdW5yZXNvbHZlZDogW10sIHVzZWREZWZhdWx0OiBbXSB9KTtcbiAgfSk7XG5cbiAgdGVzdCgndGhlIGRlZmF1bHQgaXMgdXNlZCBvbmx5IHdoZW4gTkFNRSBpcyBhYnNlbnQ6IGFuIGVtcHR5IHN0cmluZyBpcyBhIHZhbHVlJywgKCkgPT4ge1xuICAgIGFzc2VydC5kZWVwRXF1YWwocmVzb2x2ZVBsYWNlaG9sZGVycygnJHtBOmR9JywgZW52KHt9KSksIHsgdmFsdWU6ICdkJywgdW5yZXNvbHZlZDogW10sIHVzZWREZWZhdWx0OiBbJ0EnXSB9KTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHJlc29sdmVQbGFjZWhvbGRlcnMoJyR7QTpkfScsIGVudih7IEE6ICcnIH0pKSwgeyB2YWx1ZTogJycsIHVucmVzb2x2ZWQ6IFtdLCB1c2VkRGVmYXVsdDogW10gfSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChyZXNvbHZlUGxhY2Vob2xkZXJzKCcke05BQ09TX0FVVEhfSURFTlRJVFlfS0VZOn0nLCBlbnYoe30pKSwge1xuICAgICAgdmFsdWU6ICcnLCB1bnJlc29sdmVkOiBbXSwgdXNlZERlZmF1bHQ6IFsnTkFDT1NfQVVUSF9JREVOVElUWV9LRVknXSxcbiAgICB9KTtcbiAgfSk7XG5cbiAgdGVzdCgnYWJzZW50IHdpdGhvdXQgYSBkZWZhdWx0OiB1bnJlc29sdmVkIChTcHJpbmc6IENvdWxkIG5vdCByZXNvbHZlIHBsYWNlaG9sZGVyKScsICgpID0+IHtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHJlc29sdmVQbGFjZWhvbGRlcnMoJyR7QX0tJHtCfS0ke0F9JywgZW52KHt9KSksIHsgdmFsdWU6IHVuZGVmaW5lZCwgdW5yZXNvbHZlZDogWydBJywgJ0InXSwgdXNlZERlZmF1bHQ6IFtdIH0pO1xuICAgIGFzc2VydC5kZWVwRXF1YWwocmVzb2x2ZVBsYWNlaG9sZGVycygnJHt9JywgZW52KHt9KSksIHsgdmFsdWU6IHVuZGVmaW5lZCwgdW5yZXNvbHZlZDogWycnXSwgdXNlZERlZmF1bHQ6IFtdIH0pO1xuICB9KTtcblxuICB0ZXN0KCduZXN0ZWQgcGxhY2Vob2xkZXJzIGluIGRlZmF1bHRzLCBpbiBuYW1lcyBhbmQgaW4gcmVzb2x2ZWQgdmFsdWVzJywgKCkgPT4ge1xuICAgIGFzc2VydC5kZWVwRXF1YWwocmVzb2x2ZVBsYWNlaG9sZGVycygnJHtBOiR7Qjp4fX0nLCBlbnYoe30pKSwgeyB2YWx1ZTogJ3gnLCB1bnJlc29sdmVkOiBbXSwgdXNlZERlZmF1bHQ6IFsnQScsICdCJ10gfSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChyZXNvbHZlUGxhY2Vob2xkZXJzKCc8JHtBfT4nLCBlbnYoeyBBOiAnJHtCfS14JywgQjogJ2InIH0pKSwgeyB2YWx1ZTogJzxiLXg+JywgdW5yZXNvbHZlZDogW10sIHVzZWREZWZhdWx0OiBbXSB9KTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHJlc29sdmVQbGFjZWhvbGRlcnMoJyR7JHtLfX0nLCBlbnYoeyBLOiAnQScsIEE6ICd2JyB9KSkudmFsdWUsICd2Jyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChyZXNvbHZlUGxhY2Vob2xkZXJzKCcke0F9JHtBfScsIGVudih7IEE6ICcke0J9JywgQjogJzEnIH0pKS52YWx1ZSwgJzExJyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChyZXNvbHZlUGxhY2Vob2xkZXJzKCcke2F7Yn1jfScsIGVudih7ICdhe2J9Yyc6ICdicmFjZXMnIH0pKS52YWx1ZSwgJ2JyYWNlcycpO1xuICB9KTtcblxuICB0ZXN0KCdhIGRlZmF1bHQgaXMgb25seSByZXNvbHZlZCB3aGVuIGl0IGlzIHVzZWQnLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChyZXNvbHZlUGxhY2Vob2xkZXJzKCcke0E6JHtCfX0nLCBlbnYoeyBBOiAnYScgfSkpLCB7IHZhbHVlOiAnYScsIHVucmVzb2x2ZWQ6IFtdLCB1c2VkRGVmYXVsdDogW10gfSk7XG4gIH0pO1xuXG4gIHRlc3QoJ2N5Y2xlcyBhcmUgcmVwb3J0ZWQsIG5vdCBmb2xsb3dlZCcsICgpID0+IHtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHJlc29sdmVQbGFjZWhvbGRlcnMoJyR7QX0nLCBlbnYoeyBBOiAnJHtCfScsIEI6ICcke0F9JyB9KSksIHtcbiAgICAgIHZhbHVlOiB1bmRlZmluZWQsIHVucmVzb2x2ZWQ6IFtdLCB1c2VkRGVmYXVsdDogW10sIGN5Y2xlOiBbJ0EnLCAnQicsICdBJ10sXG4gICAgfSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChyZXNvbHZlUGxhY2Vob2xkZXJzKCd4JHtBOjF9JywgZW52KHsgQTogJ3kke0F9JyB9KSkuY3ljbGUsIFsnQScsICdBJ10pO1xuICAgIC8vIEFuIGFic2VudCBuYW1lIG5ldmVyIGN5Y2xlcy5cbiAgICBhc3NlcnQuZGVlcEVxdWFsKHJlc29sdmVQbGFjZWhvbGRlcnMoJyR7QToke0E6en19JywgZW52KHt9KSkudmFsdWUsICd6Jyk7XG4gIH0pO1xuXG4gIHRlc3QoJ2FuIHVudGVybWluYXRlZCAkeyBpcyBrZXB0IGxpdGVyYWxseScsICgpID0+IHtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHJlc29sdmVQbGFjZWhvbGRlcnMoJyR7QScsIGVudih7IEE6ICdubycgfSkpLCB7IHZhbHVlOiAnJHtBJywgdW5yZXNvbHZlZDogW10sIHVzZWREZWZhdWx0OiBbXSB9KTtcbiAgICBhc3NlcnQuZXF1YWwocmVzb2x2ZVBsYWNlaG9sZGVycygneCAke0EgJHtCfScsIGVudih7IEI6ICdiJyB9KSkudmFsdWUsICd4ICR7QSBiJyk7XG4gIH0pO1xuXG4gIHRlc3QoJ2RlZXAgbmVzdGluZyBkb2VzIG5vdCBvdmVyZmxvdyB0aGUgc3RhY2snLCAoKSA9PiB7XG4gICAgY29uc3QgZGVlcCA9ICckeycucmVwZWF0KDEwMF8wMDApICsgJ0EnICsgJ30nLnJlcGVhdCgxMDBfMDAwKTtcbiAgICBhc3NlcnQuZXF1YWwoZmluZFBsYWNlaG9sZGVycyhkZWVwKS5sZW5ndGgsIDEpO1xuICAgIGNvbnN0IHJlc3VsdCA9IHJlc29sdmVQbGFjZWhvbGRlcnMoZGVlcCwgZW52KHsgQTogJ0EnIH0pKTtcbiAgICBhc3NlcnQuZXF1YWwocmVzdWx0LnZhbHVlLCB1bmRlZmluZWQpO1xuICB9KTtcbn0pO1xuXG4vLyBGb3VuZCBieSB0aGUgaG9zdGlsZS1pbnB1dCB0ZXN0cyAoaXNzdWUgOCk6IGEgMSBNQiBsaW5lIG9mIGAkeyR7JHtcdTIwMjZgIHVzZWQgdG8gYnVpbGQgNTAwLDAwMCBwbGFjZWhvbGRlciBmcmFtZXNcbi8vICgwLjggcywgMjUwIE1CKSBvbiBldmVyeSBhbmFseXNpczsgbmVzdGluZyBkZWVwZXIgdGhhbiByZXNvbHV0aW9uIGdvZXMgaXMgbm93IHRleHQsIHdpdGggdGhlIHNhbWUgcmVzdWx0LlxudGVzdCgncGxhY2Vob2xkZXJzOiBwYXRob2xvZ2ljYWwgbmVzdGluZyBzdGF5cyBjaGVhcCBhbmQgdW5yZXNvbHZhYmxlJywgKCkgPT4ge1xuICBjb25zdCB2YWx1ZSA9ICckeycucmVwZWF0KDEgPDwgMTkpO1xuICBjb25zdCB0MCA9IHBlcmZvcm1hbmNlLm5vdygpO1xuICBjb25zdCB0b3AgPSBmaW5kUGxhY2Vob2xkZXJzKHZhbHVlKTtcbiAgbGV0IGRlcHRoID0gMDtcbiAgZm9yIChsZXQgcCA9IHRvcFswXTsgcDsgcCA9IHAubmVzdGVkWzBdKSBkZXB0aCsrO1xuICBhc3NlcnQub2soZGVwdGggPD0gNjUsIGBuZXN0aW5nIGRlcHRoICR7ZGVwdGh9YCk7XG4gIGNvbnN0IHIgPSByZXNvbHZlUGxhY2Vob2xkZXJzKHZhbHVlLCAoKSA9PiB1bmRlZmluZWQpO1xuICBhc3NlcnQuZXF1YWwoci52YWx1ZSwgdW5kZWZpbmVkKTtcbiAgYXNzZXJ0Lm9rKHBlcmZvcm1hbmNlLm5vdygpIC0gdDAgPCAyMDAwLCBgdG9vayAke01hdGgucm91bmQocGVyZm9ybWFuY2Uubm93KCkgLSB0MCl9IG1zYCk7XG4gIC8vIFVwIHRvIHRoZSBsaW1pdCBub3RoaW5nIGNoYW5nZWQ6IDY0IGxldmVscyByZXNvbHZlLCA2NSBkbyBub3QuXG4gIGNvbnN0IG5lc3QgPSAobjogbnVtYmVyKSA9PiAnJHsnLnJlcGVhdChuKSArICdhJyArICd9Jy5yZXBlYXQobik7XG4gIGFzc2VydC5lcXVhbChyZXNvbHZlUGxhY2Vob2xkZXJzKG5lc3QoMyksIChrKSA9PiAoayA9PT0gJ2EnID8gJ2EnIDogdW5kZWZpbmVkKSkudmFsdWUsICdhJyk7XG4gIGFzc2VydC5lcXVhbChyZXNvbHZlUGxhY2Vob2xkZXJzKG5lc3QoNzApLCAoaykgPT4gKGsgPT09ICdhJyA/ICdhJyA6IHVuZGVmaW5lZCkpLnZhbHVlLCB1bmRlZmluZWQpO1xufSk7XG4iLCAiLy8gQSAucHJvcGVydGllcyBwYXJzZXIgdGhhdCByZWFkcyBrZXlzIGFuZCB2YWx1ZXMgdGhlIHdheSBOYWNvcyBkb2VzIChpdHMgY29weSBvZiBTcHJpbmcgQm9vdCdzXG4vLyBPcmlnaW5UcmFja2VkUHJvcGVydGllc0xvYWRlciwgZmFjdHMgXHUwMEE3MS4xMCkgYW5kIGtlZXBzIGV4YWN0IHNvdXJjZSBzcGFucyB0aHJvdWdoIGVzY2FwZXMgYW5kIGNvbnRpbnVhdGlvbnMuXG4vLyBMaW5lcyBmb2xsb3cgamF2YS51dGlsLlByb3BlcnRpZXM7IG9uIHRvcCBvZiB0aGF0IFNwcmluZyB0cmltcyB0aGUgZGVjb2RlZCBrZXksIGRyb3BzIGVtcHR5IGtleXMsIGFuZCBzcGxpdHNcbi8vIGAjLS0tYCAvIGAhLS0tYCBkb2N1bWVudHMgKFNwcmluZyBCb290IDIuNCspLiBXb3JrcyBvbiB0aGUgZGVjb2RlZCBlZGl0b3IgdGV4dDsgcnVucyBpbiBsaW5lYXIgdGltZTsgbmV2ZXIgdGhyb3dzLlxuXG5pbXBvcnQgdHlwZSB7IFNwYW4gfSBmcm9tICcuLi90eXBlcyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUHJvcGVydHlFbnRyeSB7XG4gIC8qKiBEZWNvZGVkIGtleSwgdHJpbW1lZCBsaWtlIEphdmEncyBTdHJpbmcudHJpbSgpIChTcHJpbmcgZG9lczsgamF2YS51dGlsLlByb3BlcnRpZXMgZG9lcyBub3QpLiBOZXZlciBlbXB0eS4gKi9cbiAga2V5OiBzdHJpbmc7XG4gIC8qKiBEZWNvZGVkIHZhbHVlOiBsZWFkaW5nIHdoaXRlIHNwYWNlIHNraXBwZWQsIHRyYWlsaW5nIHdoaXRlIHNwYWNlIGtlcHQuICovXG4gIHZhbHVlOiBzdHJpbmc7XG4gIC8qKiBTb3VyY2Ugc3BhbiBvZiB0aGUgKHRyaW1tZWQpIGtleSB0ZXh0LiAqL1xuICBrZXlTcGFuOiBTcGFuO1xuICAvKiogU291cmNlIHNwYW4gb2YgdGhlIHJhdyB2YWx1ZSB0ZXh0LiBXaGVuIHRoZSB2YWx1ZSBpcyBlbXB0eTogdGhlIGVtcHR5IHNwYW4gd2hlcmUgdGhlIHZhbHVlIHdvdWxkIGJlZ2luXG4gICAqICAoYWZ0ZXIgdGhlIHNlcGFyYXRvciBhbmQgdGhlIHdoaXRlIHNwYWNlIHRoYXQgZm9sbG93cyBpdCksIHNvIGluc2VydGluZyBlc2NhcGVkIHRleHQgdGhlcmUgc2V0cyBleGFjdGx5IHRoYXRcbiAgICogIHZhbHVlOyBvbiBhIGxpbmUgd2l0aCBubyBzZXBhcmF0b3IgYXQgYWxsIChga2V5YCkgaXQgaXMgcmlnaHQgYWZ0ZXIgdGhlIGtleSwgYW5kIGFuIGluc2VydCBtdXN0IGFkZCBvbmUuICovXG4gIHZhbHVlU3BhbjogU3BhbjtcbiAgLyoqIEZpcnN0IGNoYXIgb2YgdGhlIGtleSAuLiBlbmQgb2YgdGhlIGxvZ2ljYWwgbGluZSdzIGxhc3QgcGh5c2ljYWwgbGluZSAobGluZSB0ZXJtaW5hdG9yIGV4Y2x1ZGVkKS4gKi9cbiAgbGluZVNwYW46IFNwYW47XG4gIC8qKiBUaGUgd2hvbGUgbG9naWNhbCBsaW5lIGluY2x1ZGluZyBsZWFkaW5nIHdoaXRlIHNwYWNlIGFuZCBpdHMgbGluZSB0ZXJtaW5hdG9yIChmb3IgXCJyZW1vdmUgdGhpcyBsaW5lXCIpLiAqL1xuICBkZWxldGVTcGFuOiBTcGFuO1xuICAvKioga2V5T2Zmc2V0c1tpXSA9IHNvdXJjZSBvZmZzZXQgb2YgdGhlIGZpcnN0IHNvdXJjZSBjaGFyIHRoYXQgcHJvZHVjZWQga2V5IGNoYXIgaTsgbGVuZ3RoIGtleS5sZW5ndGggKyAxLFxuICAgKiAgdGhlIGxhc3QgZWxlbWVudCBpcyBrZXlTcGFuLmVuZC4gQ29tcHV0ZWQgb24gZmlyc3QgYWNjZXNzIChhIGdldHRlciwgbm90IGFuIG93biBwcm9wZXJ0eSkuICovXG4gIGtleU9mZnNldHM6IG51bWJlcltdO1xuICAvKiogU2FtZSBmb3IgdGhlIHZhbHVlOyB0aGUgbGFzdCBlbGVtZW50IGlzIHZhbHVlU3Bhbi5lbmQuIENvbXB1dGVkIG9uIGZpcnN0IGFjY2Vzcy4gKi9cbiAgdmFsdWVPZmZzZXRzOiBudW1iZXJbXTtcbiAgLyoqIDAtYmFzZWQgaW5kZXggb2YgdGhlIGRvY3VtZW50IGluIFNwcmluZyBCb290J3MgbXVsdGktZG9jdW1lbnQgbGlzdCAoYCMtLS1gIC8gYCEtLS1gKS4gKi9cbiAgZG9jdW1lbnQ6IG51bWJlcjtcbiAgLyoqIDAtYmFzZWQgbGluZSBvZiB0aGUga2V5J3MgZmlyc3QgY2hhci4gKi9cbiAgbGluZTogbnVtYmVyO1xufVxuXG4vKiogQSBjb21tZW50IGxpbmU7IGB0ZXh0YCBpcyB0aGUgcmVzdCBvZiB0aGUgbGluZSBhZnRlciB0aGUgbGVhZGluZyBgI2Agb3IgYCFgLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcm9wZXJ0eUNvbW1lbnQge1xuICBzcGFuOiBTcGFuO1xuICB0ZXh0OiBzdHJpbmc7XG4gIGxpbmU6IG51bWJlcjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBQcm9wZXJ0aWVzUHJvYmxlbSB7XG4gIG1lc3NhZ2U6IHN0cmluZztcbiAgc3BhbjogU3Bhbjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBQcm9wZXJ0aWVzRmlsZSB7XG4gIGVudHJpZXM6IFByb3BlcnR5RW50cnlbXTtcbiAgY29tbWVudHM6IFByb3BlcnR5Q29tbWVudFtdO1xuICAvKiogTnVtYmVyIG9mIGRvY3VtZW50cyAoYXQgbGVhc3QgMSwgZXZlbiBmb3IgYW4gZW1wdHkgZmlsZSkuICovXG4gIGRvY3VtZW50Q291bnQ6IG51bWJlcjtcbiAgcHJvYmxlbXM6IFByb3BlcnRpZXNQcm9ibGVtW107XG59XG5cbmNvbnN0IFRBQiA9IDB4MDk7XG5jb25zdCBMRiA9IDB4MGE7XG5jb25zdCBGRiA9IDB4MGM7XG5jb25zdCBDUiA9IDB4MGQ7XG5jb25zdCBTUEFDRSA9IDB4MjA7XG5jb25zdCBCQU5HID0gMHgyMTtcbmNvbnN0IEhBU0ggPSAweDIzO1xuY29uc3QgSFlQSEVOID0gMHgyZDtcbmNvbnN0IENPTE9OID0gMHgzYTtcbmNvbnN0IEVRVUFMUyA9IDB4M2Q7XG5jb25zdCBCQUNLU0xBU0ggPSAweDVjO1xuXG4vLyBUaGUgZGVjb2Rpbmcgb2YgYSBtYWxmb3JtZWQgZXNjYXBlIGlzIG91cnMgKEphdmEgdGhyb3dzKTogdGhlIGJhY2tzbGFzaCBpcyBkcm9wcGVkLCBhcyBmb3IgYW55IG90aGVyIFxceC5cbmNvbnN0IE1BTEZPUk1FRF9VTklDT0RFID1cbiAgJ01hbGZvcm1lZCBcXFxcdXh4eHggZXNjYXBlIChcXFxcdSBtdXN0IGJlIGZvbGxvd2VkIGJ5IGZvdXIgaGV4IGRpZ2l0cyk6IE5hY29zIGFuZCBTcHJpbmcgQm9vdCByZWZ1c2UgdG8gbG9hZCB0aGlzIGZpbGUuJztcblxuY29uc3QgQk9NX01FU1NBR0UgPVxuICAnVGhlIGZpbGUgc3RhcnRzIHdpdGggYSBieXRlIG9yZGVyIG1hcmsgKEJPTSk6IE5hY29zIHJlYWRzIC5wcm9wZXJ0aWVzIGFzIElTTy04ODU5LTEsIHNvIHRoZSBmaXJzdCBsaW5lXFwncyBrZXkgYmVjb21lcyBcIlxcdTAwZWZcXHUwMGJiXFx1MDBiZlx1MjAyNlwiIGFuZCB0aGF0IHNldHRpbmcgaXMgaWdub3JlZC4gU2F2ZSB0aGUgZmlsZSB3aXRob3V0IEJPTS4nO1xuXG5mdW5jdGlvbiBpc1doaXRlKGM6IG51bWJlcik6IGJvb2xlYW4ge1xuICByZXR1cm4gYyA9PT0gU1BBQ0UgfHwgYyA9PT0gVEFCIHx8IGMgPT09IEZGO1xufVxuXG5mdW5jdGlvbiBoZXhWYWx1ZShjOiBudW1iZXIpOiBudW1iZXIge1xuICBpZiAoYyA+PSAweDMwICYmIGMgPD0gMHgzOSkgcmV0dXJuIGMgLSAweDMwO1xuICBpZiAoYyA+PSAweDQxICYmIGMgPD0gMHg0NikgcmV0dXJuIGMgLSAweDQxICsgMTA7XG4gIGlmIChjID49IDB4NjEgJiYgYyA8PSAweDY2KSByZXR1cm4gYyAtIDB4NjEgKyAxMDtcbiAgcmV0dXJuIC0xO1xufVxuXG4vKipcbiAqIE1hcCBmcm9tIGRlY29kZWQgY2hhcnMgYmFjayB0byB0aGUgc291cmNlLiBBIG51bWJlcjogdGhlIGNoYXJzIHdlcmUgY29waWVkIGZyb20gdGhlIHNvdXJjZSBzdGFydGluZyB0aGVyZS5cbiAqIE90aGVyd2lzZSBmbGF0IHRyaXBsZXMgKGRlY29kZWQgaW5kZXgsIHNvdXJjZSBzdGFydCwgc291cmNlIGVuZCkgb2YgcnVuczogYSBjb3BpZWQgcnVuIG1hcHMgaXRzIGNoYXIgZCArIGsgdG9cbiAqIHNvdXJjZSBzdGFydCArIGs7IGFuIGVzY2FwZSBydW4gaXMgb25lIGNoYXIgcHJvZHVjZWQgYnkgc291cmNlIFtzdGFydCwgZW5kKS5cbiAqL1xudHlwZSBSdW5zID0gbnVtYmVyIHwgbnVtYmVyW107XG5cbi8qKiBUcmlwbGUgaW5kZXggb2YgdGhlIHJ1biBob2xkaW5nIGRlY29kZWQgY2hhciBpLiAqL1xuZnVuY3Rpb24gcnVuT2YocnVuczogbnVtYmVyW10sIGk6IG51bWJlcik6IG51bWJlciB7XG4gIGxldCBsbyA9IDA7XG4gIGxldCBoaSA9IHJ1bnMubGVuZ3RoIC8gMyAtIDE7XG4gIHdoaWxlIChsbyA8IGhpKSB7XG4gICAgY29uc3QgbWlkID0gKGxvICsgaGkgKyAxKSA+PiAxO1xuICAgIGlmIChydW5zW21pZCAqIDNdIDw9IGkpIGxvID0gbWlkO1xuICAgIGVsc2UgaGkgPSBtaWQgLSAxO1xuICB9XG4gIHJldHVybiBsbyAqIDM7XG59XG5cbmZ1bmN0aW9uIHN0YXJ0T2YocnVuczogUnVucywgaTogbnVtYmVyKTogbnVtYmVyIHtcbiAgaWYgKHR5cGVvZiBydW5zID09PSAnbnVtYmVyJykgcmV0dXJuIHJ1bnMgKyBpO1xuICBjb25zdCByID0gcnVuT2YocnVucywgaSk7XG4gIHJldHVybiBydW5zW3IgKyAxXSArIChpIC0gcnVuc1tyXSk7XG59XG5cbmZ1bmN0aW9uIGVuZE9mKHJ1bnM6IFJ1bnMsIGk6IG51bWJlciwgbGVuZ3RoOiBudW1iZXIpOiBudW1iZXIge1xuICBpZiAodHlwZW9mIHJ1bnMgPT09ICdudW1iZXInKSByZXR1cm4gcnVucyArIGkgKyAxO1xuICBjb25zdCByID0gcnVuT2YocnVucywgaSk7XG4gIGNvbnN0IHJ1bkxlbmd0aCA9IChyICsgMyA8IHJ1bnMubGVuZ3RoID8gcnVuc1tyICsgM10gOiBsZW5ndGgpIC0gcnVuc1tyXTtcbiAgY29uc3QgaXNFc2NhcGUgPSBydW5zW3IgKyAyXSAtIHJ1bnNbciArIDFdICE9PSBydW5MZW5ndGg7XG4gIHJldHVybiBpc0VzY2FwZSA/IHJ1bnNbciArIDJdIDogcnVuc1tyICsgMV0gKyAoaSAtIHJ1bnNbcl0pICsgMTtcbn1cblxuLyoqIE9mZnNldHMgb2YgZGVjb2RlZCBjaGFycyBbZnJvbSwgdG8pIGZvbGxvd2VkIGJ5IGBlbmRgLiAqL1xuZnVuY3Rpb24gbWF0ZXJpYWxpemUocnVuczogUnVucywgZnJvbTogbnVtYmVyLCB0bzogbnVtYmVyLCBlbmQ6IG51bWJlcik6IG51bWJlcltdIHtcbiAgY29uc3Qgb3V0ID0gbmV3IEFycmF5PG51bWJlcj4odG8gLSBmcm9tICsgMSk7XG4gIGlmICh0eXBlb2YgcnVucyA9PT0gJ251bWJlcicpIHtcbiAgICBmb3IgKGxldCBpID0gZnJvbTsgaSA8IHRvOyBpKyspIG91dFtpIC0gZnJvbV0gPSBydW5zICsgaTtcbiAgfSBlbHNlIHtcbiAgICBsZXQgciA9IGZyb20gPCB0byA/IHJ1bk9mKHJ1bnMsIGZyb20pIDogMDtcbiAgICBmb3IgKGxldCBpID0gZnJvbTsgaSA8IHRvOyBpKyspIHtcbiAgICAgIHdoaWxlIChyICsgMyA8IHJ1bnMubGVuZ3RoICYmIHJ1bnNbciArIDNdIDw9IGkpIHIgKz0gMztcbiAgICAgIG91dFtpIC0gZnJvbV0gPSBydW5zW3IgKyAxXSArIChpIC0gcnVuc1tyXSk7XG4gICAgfVxuICB9XG4gIG91dFt0byAtIGZyb21dID0gZW5kO1xuICByZXR1cm4gb3V0O1xufVxuXG4vKiogQnVpbGRzIGRlY29kZWQgdGV4dCBmcm9tIGNvcGllZCBzb3VyY2UgcmFuZ2VzIGFuZCBlc2NhcGVkIGNoYXJzLCB3aXRoIGl0cyBSdW5zOyByZXVzZWQgbGluZSBhZnRlciBsaW5lLiAqL1xuY2xhc3MgQnVpbGRlciB7XG4gIGxlbmd0aCA9IDA7XG4gIHByaXZhdGUgcnVuczogbnVtYmVyW10gPSBbXTtcbiAgcHJpdmF0ZSBwYXJ0czogc3RyaW5nW10gPSBbXTtcbiAgcHJpdmF0ZSBwZW5kaW5nU3RhcnQgPSAtMTtcbiAgcHJpdmF0ZSBwZW5kaW5nRW5kID0gLTE7XG5cbiAgY29uc3RydWN0b3IocHJpdmF0ZSByZWFkb25seSB0ZXh0OiBzdHJpbmcpIHt9XG5cbiAgcmVzZXQoKTogdm9pZCB7XG4gICAgdGhpcy5sZW5ndGggPSAwO1xuICAgIHRoaXMucnVucy5sZW5ndGggPSAwO1xuICAgIHRoaXMucGFydHMubGVuZ3RoID0gMDtcbiAgICB0aGlzLnBlbmRpbmdTdGFydCA9IHRoaXMucGVuZGluZ0VuZCA9IC0xO1xuICB9XG5cbiAgY29weShzdGFydDogbnVtYmVyLCBlbmQ6IG51bWJlcik6IHZvaWQge1xuICAgIGlmIChzdGFydCA9PT0gZW5kKSByZXR1cm47XG4gICAgaWYgKHRoaXMucGVuZGluZ0VuZCA9PT0gc3RhcnQpIHtcbiAgICAgIHRoaXMucGVuZGluZ0VuZCA9IGVuZDtcbiAgICAgIHRoaXMucnVuc1t0aGlzLnJ1bnMubGVuZ3RoIC0gMV0gPSBlbmQ7XG4gICAgfSBlbHNlIHtcbiAgICAgIHRoaXMuZmx1c2goKTtcbiAgICAgIHRoaXMucnVucy5wdXNoKHRoaXMubGVuZ3RoLCBzdGFydCwgZW5kKTtcbiAgICAgIHRoaXMucGVuZGluZ1N0YXJ0ID0gc3RhcnQ7XG4gICAgICB0aGlzLnBlbmRpbmdFbmQgPSBlbmQ7XG4gICAgfVxuICAgIHRoaXMubGVuZ3RoICs9IGVuZCAtIHN0YXJ0O1xuICB9XG5cbiAgZXNjYXBlZChjaDogbnVtYmVyLCBzdGFydDogbnVtYmVyLCBlbmQ6IG51bWJlcik6IHZvaWQge1xuICAgIHRoaXMuZmx1c2goKTtcbiAgICB0aGlzLnJ1bnMucHVzaCh0aGlzLmxlbmd0aCwgc3RhcnQsIGVuZCk7XG4gICAgdGhpcy5wYXJ0cy5wdXNoKFN0cmluZy5mcm9tQ2hhckNvZGUoY2gpKTtcbiAgICB0aGlzLmxlbmd0aCsrO1xuICB9XG5cbiAgZGVjb2RlZCgpOiBzdHJpbmcge1xuICAgIGlmICh0aGlzLnBhcnRzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIHRoaXMucGVuZGluZ1N0YXJ0ID49IDAgPyB0aGlzLnRleHQuc2xpY2UodGhpcy5wZW5kaW5nU3RhcnQsIHRoaXMucGVuZGluZ0VuZCkgOiAnJztcbiAgICB0aGlzLmZsdXNoKCk7XG4gICAgcmV0dXJuIHRoaXMucGFydHMuam9pbignJyk7XG4gIH1cblxuICAvKiogVGhlIFJ1bnMgb2Ygd2hhdCB3YXMgYnVpbHQgKGEgbnVtYmVyIGZvciB0aGUgY29tbW9uIHNpbmdsZSBjb3BpZWQgcnVuKS4gKi9cbiAgb2Zmc2V0cygpOiBSdW5zIHtcbiAgICBjb25zdCBydW5zID0gdGhpcy5ydW5zO1xuICAgIGlmIChydW5zLmxlbmd0aCA9PT0gMCkgcmV0dXJuIDA7XG4gICAgaWYgKHJ1bnMubGVuZ3RoID09PSAzICYmIHJ1bnNbMl0gLSBydW5zWzFdID09PSB0aGlzLmxlbmd0aCkgcmV0dXJuIHJ1bnNbMV07XG4gICAgcmV0dXJuIHJ1bnMuc2xpY2UoKTtcbiAgfVxuXG4gIHByaXZhdGUgZmx1c2goKTogdm9pZCB7XG4gICAgaWYgKHRoaXMucGVuZGluZ1N0YXJ0ID49IDApIHtcbiAgICAgIHRoaXMucGFydHMucHVzaCh0aGlzLnRleHQuc2xpY2UodGhpcy5wZW5kaW5nU3RhcnQsIHRoaXMucGVuZGluZ0VuZCkpO1xuICAgICAgdGhpcy5wZW5kaW5nU3RhcnQgPSB0aGlzLnBlbmRpbmdFbmQgPSAtMTtcbiAgICB9XG4gIH1cbn1cblxuLyoqXG4gKiBBIFByb3BlcnR5RW50cnkgd2hvc2Ugb2Zmc2V0IGFycmF5cyBhcmUgYnVpbHQgb24gZmlyc3QgYWNjZXNzOiBlYWdlcmx5IHRoZXkgd291bGQgdGFrZSA4IGJ5dGVzIHBlciBjaGFyLlxuICogKFRoZXkgYXJlIHByb3RvdHlwZSBnZXR0ZXJzLCBzbyB0aGV5IGFyZSBub3Qgb3duIHByb3BlcnRpZXM6IGB7IC4uLmVudHJ5IH1gIGRyb3BzIHRoZW0uKVxuICovXG5jbGFzcyBFbnRyeSBpbXBsZW1lbnRzIFByb3BlcnR5RW50cnkge1xuICByZWFkb25seSAja2V5UnVuczogUnVucztcbiAgcmVhZG9ubHkgI2tleUZyb206IG51bWJlcjtcbiAgcmVhZG9ubHkgI3ZhbHVlUnVuczogUnVucztcbiAgI2tleU9mZnNldHM6IG51bWJlcltdIHwgdW5kZWZpbmVkO1xuICAjdmFsdWVPZmZzZXRzOiBudW1iZXJbXSB8IHVuZGVmaW5lZDtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwdWJsaWMga2V5OiBzdHJpbmcsXG4gICAgcHVibGljIHZhbHVlOiBzdHJpbmcsXG4gICAgcHVibGljIGtleVNwYW46IFNwYW4sXG4gICAgcHVibGljIHZhbHVlU3BhbjogU3BhbixcbiAgICBwdWJsaWMgbGluZVNwYW46IFNwYW4sXG4gICAgcHVibGljIGRlbGV0ZVNwYW46IFNwYW4sXG4gICAgcHVibGljIGRvY3VtZW50OiBudW1iZXIsXG4gICAgcHVibGljIGxpbmU6IG51bWJlcixcbiAgICBrZXlSdW5zOiBSdW5zLFxuICAgIGtleUZyb206IG51bWJlcixcbiAgICB2YWx1ZVJ1bnM6IFJ1bnMsXG4gICkge1xuICAgIHRoaXMuI2tleVJ1bnMgPSBrZXlSdW5zO1xuICAgIHRoaXMuI2tleUZyb20gPSBrZXlGcm9tO1xuICAgIHRoaXMuI3ZhbHVlUnVucyA9IHZhbHVlUnVucztcbiAgfVxuXG4gIGdldCBrZXlPZmZzZXRzKCk6IG51bWJlcltdIHtcbiAgICByZXR1cm4gKHRoaXMuI2tleU9mZnNldHMgPz89IG1hdGVyaWFsaXplKHRoaXMuI2tleVJ1bnMsIHRoaXMuI2tleUZyb20sIHRoaXMuI2tleUZyb20gKyB0aGlzLmtleS5sZW5ndGgsIHRoaXMua2V5U3Bhbi5lbmQpKTtcbiAgfVxuXG4gIHNldCBrZXlPZmZzZXRzKG9mZnNldHM6IG51bWJlcltdKSB7XG4gICAgdGhpcy4ja2V5T2Zmc2V0cyA9IG9mZnNldHM7XG4gIH1cblxuICBnZXQgdmFsdWVPZmZzZXRzKCk6IG51bWJlcltdIHtcbiAgICByZXR1cm4gKHRoaXMuI3ZhbHVlT2Zmc2V0cyA/Pz0gbWF0ZXJpYWxpemUodGhpcy4jdmFsdWVSdW5zLCAwLCB0aGlzLnZhbHVlLmxlbmd0aCwgdGhpcy52YWx1ZVNwYW4uZW5kKSk7XG4gIH1cblxuICBzZXQgdmFsdWVPZmZzZXRzKG9mZnNldHM6IG51bWJlcltdKSB7XG4gICAgdGhpcy4jdmFsdWVPZmZzZXRzID0gb2Zmc2V0cztcbiAgfVxufVxuXG4vKiogSmF2YSdzIFN0cmluZy50cmltKCk6IHN0cmlwcyBjaGFycyA8PSBVKzAwMjAgKEphdmFTY3JpcHQncyB0cmltKCkgc3RyaXBzIGEgZGlmZmVyZW50IHNldCkuICovXG5mdW5jdGlvbiBqYXZhVHJpbUJvdW5kcyhzOiBzdHJpbmcpOiBbbnVtYmVyLCBudW1iZXJdIHtcbiAgbGV0IGEgPSAwO1xuICBsZXQgYiA9IHMubGVuZ3RoO1xuICB3aGlsZSAoYSA8IGIgJiYgcy5jaGFyQ29kZUF0KGEpIDw9IFNQQUNFKSBhKys7XG4gIHdoaWxlIChiID4gYSAmJiBzLmNoYXJDb2RlQXQoYiAtIDEpIDw9IFNQQUNFKSBiLS07XG4gIHJldHVybiBbYSwgYl07XG59XG5cbmNvbnN0IEVTQ19DSEFSID0gMDtcbmNvbnN0IEVTQ19DT05USU5VQVRJT04gPSAxO1xuY29uc3QgRVNDX0FUX0VPRiA9IDI7XG5cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVByb3BlcnRpZXModGV4dDogc3RyaW5nKTogUHJvcGVydGllc0ZpbGUge1xuICBjb25zdCBuID0gdGV4dC5sZW5ndGg7XG4gIGNvbnN0IGVudHJpZXM6IFByb3BlcnR5RW50cnlbXSA9IFtdO1xuICBjb25zdCBjb21tZW50czogUHJvcGVydHlDb21tZW50W10gPSBbXTtcbiAgY29uc3QgcHJvYmxlbXM6IFByb3BlcnRpZXNQcm9ibGVtW10gPSBbXTtcbiAgcmVwb3J0QmluYXJ5KHRleHQsIHByb2JsZW1zKTtcbiAgLy8gU3ByaW5nIHJlYWRzIHRoZSBieXRlcyBhcyBJU08tODg1OS0xOiBhIFVURi04IEJPTSBiZWNvbWVzIFwiXHUwMEVGXHUwMEJCXHUwMEJGXCIgaW4gZnJvbnQgb2YgdGhlIGZpcnN0IGtleSwgd2hpY2ggaXMgdGhlbiBub3QgdGhlXG4gIC8vIGtleSB0aGUgdXNlciB3cm90ZSAoYSBrbm93biBTcHJpbmcgQm9vdCBwaXRmYWxsKS4gVGhlIGtleSBrZWVwcyB0aGUgQk9NIGhlcmUgdG9vLCBzbyBpdCBtYXRjaGVzIG5vdGhpbmcuXG4gIGlmICh0ZXh0LmNoYXJDb2RlQXQoMCkgPT09IDB4ZmVmZikgcHJvYmxlbXMucHVzaCh7IG1lc3NhZ2U6IEJPTV9NRVNTQUdFLCBzcGFuOiB7IHN0YXJ0OiAwLCBlbmQ6IDEgfSB9KTtcbiAgZWxzZSBpZiAodGV4dC5zdGFydHNXaXRoKCdcXHUwMGVmXFx1MDBiYlxcdTAwYmYnKSkgcHJvYmxlbXMucHVzaCh7IG1lc3NhZ2U6IEJPTV9NRVNTQUdFLCBzcGFuOiB7IHN0YXJ0OiAwLCBlbmQ6IDMgfSB9KTsgLy8gcmVhZCBhcyBJU08tODg1OS0xXG5cbiAgbGV0IHBvcyA9IDA7XG4gIGxldCBsaW5lID0gMDtcbiAgLy8gU3ByaW5nIEJvb3QncyBkb2N1bWVudCBsaXN0OiBgZmluaXNoZWRgIGRvY3VtZW50cyBhcmUgY2xvc2VkOyBgY3VycmVudGAgaXMgdGhlIGluZGV4IG9mIHRoZSBvcGVuIG9uZS5cbiAgbGV0IGZpbmlzaGVkID0gMDtcbiAgbGV0IGN1cnJlbnQgPSAwO1xuICBsZXQgY3VycmVudEVtcHR5ID0gdHJ1ZTtcbiAgbGV0IGxhc3RDb21tZW50UHJlZml4ID0gLTE7XG4gIC8vIFNldCBieSByZWFkRXNjYXBlLlxuICBsZXQgZXNjQ2hhciA9IDA7XG4gIGxldCBlc2NFbmQgPSAwO1xuICBjb25zdCBrZXkgPSBuZXcgQnVpbGRlcih0ZXh0KTtcbiAgY29uc3QgdmFsdWUgPSBuZXcgQnVpbGRlcih0ZXh0KTtcblxuICBjb25zdCBza2lwVGVybWluYXRvciA9IChwOiBudW1iZXIpOiBudW1iZXIgPT4ge1xuICAgIGlmIChwID49IG4pIHJldHVybiBuO1xuICAgIGxpbmUrKztcbiAgICByZXR1cm4gdGV4dC5jaGFyQ29kZUF0KHApID09PSBDUiAmJiBwICsgMSA8IG4gJiYgdGV4dC5jaGFyQ29kZUF0KHAgKyAxKSA9PT0gTEYgPyBwICsgMiA6IHAgKyAxO1xuICB9O1xuXG4gIGNvbnN0IGVuZE9mTGluZSA9IChwOiBudW1iZXIpOiBudW1iZXIgPT4ge1xuICAgIHdoaWxlIChwIDwgbikge1xuICAgICAgY29uc3QgYyA9IHRleHQuY2hhckNvZGVBdChwKTtcbiAgICAgIGlmIChjID09PSBMRiB8fCBjID09PSBDUikgYnJlYWs7XG4gICAgICBwKys7XG4gICAgfVxuICAgIHJldHVybiBwO1xuICB9O1xuXG4gIGNvbnN0IGNvdW50TGluZXMgPSAoZnJvbTogbnVtYmVyLCB0bzogbnVtYmVyKTogbnVtYmVyID0+IHtcbiAgICBsZXQgY291bnQgPSAwO1xuICAgIGZvciAobGV0IHAgPSBmcm9tOyBwIDwgdG87IHArKykge1xuICAgICAgY29uc3QgYyA9IHRleHQuY2hhckNvZGVBdChwKTtcbiAgICAgIGlmIChjID09PSBMRikgY291bnQrKztcbiAgICAgIGVsc2UgaWYgKGMgPT09IENSICYmICEocCArIDEgPCB0byAmJiB0ZXh0LmNoYXJDb2RlQXQocCArIDEpID09PSBMRikpIGNvdW50Kys7XG4gICAgfVxuICAgIHJldHVybiBjb3VudDtcbiAgfTtcblxuICAvKiogUmVhZHMgdGhlIGVzY2FwZSB3aG9zZSBiYWNrc2xhc2ggaXMgYXQgcC4gKi9cbiAgY29uc3QgcmVhZEVzY2FwZSA9IChwOiBudW1iZXIpOiBudW1iZXIgPT4ge1xuICAgIGlmIChwICsgMSA+PSBuKSByZXR1cm4gRVNDX0FUX0VPRjsgLy8gSmF2YSBkcm9wcyBhIGJhY2tzbGFzaCBhdCB0aGUgZW5kIG9mIHRoZSBmaWxlXG4gICAgY29uc3QgZCA9IHRleHQuY2hhckNvZGVBdChwICsgMSk7XG4gICAgaWYgKGQgPT09IExGIHx8IGQgPT09IENSKSB7XG4gICAgICAvLyBDb250aW51YXRpb246IHRoZSBuZXh0IGxpbmUncyBsZWFkaW5nIHdoaXRlIHNwYWNlIGlzIGRyb3BwZWQuXG4gICAgICBsZXQgcSA9IHAgKyAyO1xuICAgICAgaWYgKGQgPT09IENSICYmIHEgPCBuICYmIHRleHQuY2hhckNvZGVBdChxKSA9PT0gTEYpIHErKztcbiAgICAgIGxpbmUrKztcbiAgICAgIHdoaWxlIChxIDwgbiAmJiBpc1doaXRlKHRleHQuY2hhckNvZGVBdChxKSkpIHErKztcbiAgICAgIGVzY0VuZCA9IHE7XG4gICAgICByZXR1cm4gRVNDX0NPTlRJTlVBVElPTjtcbiAgICB9XG4gICAgaWYgKGQgPT09IDB4NzUgLyogdSAqLykge1xuICAgICAgLy8gU3ByaW5nIHJlYWRzIHRoZSBmb3VyIGRpZ2l0cyBzdHJhaWdodCBmcm9tIHRoZSBmaWxlLCBzbyBhIGNvbnRpbnVhdGlvbiBpbnNpZGUgdGhlbSBpcyBtYWxmb3JtZWQgdG9vLlxuICAgICAgbGV0IGNvZGUgPSAwO1xuICAgICAgbGV0IHEgPSBwICsgMjtcbiAgICAgIHdoaWxlIChxIDwgcCArIDYgJiYgcSA8IG4pIHtcbiAgICAgICAgY29uc3QgaCA9IGhleFZhbHVlKHRleHQuY2hhckNvZGVBdChxKSk7XG4gICAgICAgIGlmIChoIDwgMCkgYnJlYWs7XG4gICAgICAgIGNvZGUgPSBjb2RlICogMTYgKyBoO1xuICAgICAgICBxKys7XG4gICAgICB9XG4gICAgICBpZiAocSA9PT0gcCArIDYpIHtcbiAgICAgICAgZXNjQ2hhciA9IGNvZGU7XG4gICAgICAgIGVzY0VuZCA9IHE7XG4gICAgICAgIHJldHVybiBFU0NfQ0hBUjtcbiAgICAgIH1cbiAgICAgIHByb2JsZW1zLnB1c2goeyBtZXNzYWdlOiBNQUxGT1JNRURfVU5JQ09ERSwgc3BhbjogeyBzdGFydDogcCwgZW5kOiBxIH0gfSk7XG4gICAgICBlc2NDaGFyID0gZDtcbiAgICAgIGVzY0VuZCA9IHAgKyAyO1xuICAgICAgcmV0dXJuIEVTQ19DSEFSO1xuICAgIH1cbiAgICAvLyBcXHQgXFxuIFxcciBcXGY7IGFueSBvdGhlciBlc2NhcGVkIGNoYXIgc3RhbmRzIGZvciBpdHNlbGYuXG4gICAgZXNjQ2hhciA9IGQgPT09IDB4NzQgPyBUQUIgOiBkID09PSAweDZlID8gTEYgOiBkID09PSAweDcyID8gQ1IgOiBkID09PSAweDY2ID8gRkYgOiBkO1xuICAgIGVzY0VuZCA9IHAgKyAyO1xuICAgIHJldHVybiBFU0NfQ0hBUjtcbiAgfTtcblxuICAvKiogUGFyc2VzIHRoZSBsb2dpY2FsIGxpbmUgd2hvc2UgZmlyc3Qgbm9uLXdoaXRlIGNoYXIgaXMgYXQgYGZpcnN0YDsgcmV0dXJucyB0aGUgcG9zaXRpb24gYWZ0ZXIgaXQuICovXG4gIGNvbnN0IHBhcnNlTG9naWNhbExpbmUgPSAobGluZVN0YXJ0OiBudW1iZXIsIGZpcnN0OiBudW1iZXIpOiBudW1iZXIgPT4ge1xuICAgIGNvbnN0IGZpcnN0TGluZSA9IGxpbmU7XG4gICAga2V5LnJlc2V0KCk7XG4gICAgdmFsdWUucmVzZXQoKTtcbiAgICBsZXQgcCA9IGZpcnN0O1xuICAgIGxldCBjID0gMDtcbiAgICBsZXQgc2VwYXJhdG9yID0gZmFsc2U7XG4gICAgbGV0IGF0RW9mID0gZmFsc2U7XG5cbiAgICAvLyBLZXk6IHVwIHRvIHRoZSBmaXJzdCB1bmVzY2FwZWQgd2hpdGUgc3BhY2UsICc9JyBvciAnOicuXG4gICAgZm9yICg7Oykge1xuICAgICAgY29uc3QgcyA9IHA7XG4gICAgICB3aGlsZSAocCA8IG4pIHtcbiAgICAgICAgYyA9IHRleHQuY2hhckNvZGVBdChwKTtcbiAgICAgICAgaWYgKGMgPT09IEJBQ0tTTEFTSCB8fCBjID09PSBMRiB8fCBjID09PSBDUiB8fCBjID09PSBFUVVBTFMgfHwgYyA9PT0gQ09MT04gfHwgaXNXaGl0ZShjKSkgYnJlYWs7XG4gICAgICAgIHArKztcbiAgICAgIH1cbiAgICAgIGtleS5jb3B5KHMsIHApO1xuICAgICAgaWYgKHAgPj0gbiB8fCBjID09PSBMRiB8fCBjID09PSBDUiB8fCBpc1doaXRlKGMpKSBicmVhaztcbiAgICAgIGlmIChjID09PSBFUVVBTFMgfHwgYyA9PT0gQ09MT04pIHtcbiAgICAgICAgc2VwYXJhdG9yID0gdHJ1ZTtcbiAgICAgICAgcCsrO1xuICAgICAgICBicmVhaztcbiAgICAgIH1cbiAgICAgIGNvbnN0IGtpbmQgPSByZWFkRXNjYXBlKHApO1xuICAgICAgaWYgKGtpbmQgPT09IEVTQ19BVF9FT0YpIHtcbiAgICAgICAgYXRFb2YgPSB0cnVlO1xuICAgICAgICBicmVhaztcbiAgICAgIH1cbiAgICAgIGlmIChraW5kID09PSBFU0NfQ0hBUikga2V5LmVzY2FwZWQoZXNjQ2hhciwgcCwgZXNjRW5kKTtcbiAgICAgIHAgPSBlc2NFbmQ7XG4gICAgfVxuXG4gICAgLy8gU2VwYXJhdG9yOiB3aGl0ZSBzcGFjZSwgYXQgbW9zdCBvbmUgJz0nIG9yICc6Jywgd2hpdGUgc3BhY2UuXG4gICAgd2hpbGUgKCFhdEVvZiAmJiBwIDwgbikge1xuICAgICAgYyA9IHRleHQuY2hhckNvZGVBdChwKTtcbiAgICAgIGlmIChpc1doaXRlKGMpKSBwKys7XG4gICAgICBlbHNlIGlmICghc2VwYXJhdG9yICYmIChjID09PSBFUVVBTFMgfHwgYyA9PT0gQ09MT04pKSB7XG4gICAgICAgIHNlcGFyYXRvciA9IHRydWU7XG4gICAgICAgIHArKztcbiAgICAgIH0gZWxzZSBpZiAoYyA9PT0gQkFDS1NMQVNIICYmIHAgKyAxIDwgbiAmJiAodGV4dC5jaGFyQ29kZUF0KHAgKyAxKSA9PT0gTEYgfHwgdGV4dC5jaGFyQ29kZUF0KHAgKyAxKSA9PT0gQ1IpKSB7XG4gICAgICAgIHJlYWRFc2NhcGUocCk7XG4gICAgICAgIHAgPSBlc2NFbmQ7XG4gICAgICB9IGVsc2UgYnJlYWs7XG4gICAgfVxuXG4gICAgLy8gVmFsdWU6IGV2ZXJ5dGhpbmcgdXAgdG8gdGhlIGVuZCBvZiB0aGUgbG9naWNhbCBsaW5lLlxuICAgIGNvbnN0IHZhbHVlQXQgPSBwO1xuICAgIHdoaWxlICghYXRFb2YpIHtcbiAgICAgIGNvbnN0IHMgPSBwO1xuICAgICAgd2hpbGUgKHAgPCBuKSB7XG4gICAgICAgIGMgPSB0ZXh0LmNoYXJDb2RlQXQocCk7XG4gICAgICAgIGlmIChjID09PSBCQUNLU0xBU0ggfHwgYyA9PT0gTEYgfHwgYyA9PT0gQ1IpIGJyZWFrO1xuICAgICAgICBwKys7XG4gICAgICB9XG4gICAgICB2YWx1ZS5jb3B5KHMsIHApO1xuICAgICAgaWYgKHAgPj0gbiB8fCBjID09PSBMRiB8fCBjID09PSBDUikgYnJlYWs7XG4gICAgICBjb25zdCBraW5kID0gcmVhZEVzY2FwZShwKTtcbiAgICAgIGlmIChraW5kID09PSBFU0NfQVRfRU9GKSB7XG4gICAgICAgIGF0RW9mID0gdHJ1ZTtcbiAgICAgICAgYnJlYWs7XG4gICAgICB9XG4gICAgICBpZiAoa2luZCA9PT0gRVNDX0NIQVIpIHZhbHVlLmVzY2FwZWQoZXNjQ2hhciwgcCwgZXNjRW5kKTtcbiAgICAgIHAgPSBlc2NFbmQ7XG4gICAgfVxuICAgIGNvbnN0IGxpbmVFbmQgPSBhdEVvZiA/IG4gOiBwO1xuICAgIGNvbnN0IG5leHQgPSBza2lwVGVybWluYXRvcihsaW5lRW5kKTtcblxuICAgIGNvbnN0IHJhd0tleSA9IGtleS5kZWNvZGVkKCk7XG4gICAgY29uc3QgW2EsIGJdID0gamF2YVRyaW1Cb3VuZHMocmF3S2V5KTtcbiAgICBpZiAoYSA9PT0gYikgcmV0dXJuIG5leHQ7IC8vIFNwcmluZyBpZ25vcmVzIGVtcHR5IGtleXNcblxuICAgIGNvbnN0IGtleVJ1bnMgPSBrZXkub2Zmc2V0cygpO1xuICAgIGNvbnN0IGtleVNwYW4gPSB7IHN0YXJ0OiBzdGFydE9mKGtleVJ1bnMsIGEpLCBlbmQ6IGVuZE9mKGtleVJ1bnMsIGIgLSAxLCBrZXkubGVuZ3RoKSB9O1xuICAgIGNvbnN0IHZhbHVlUnVucyA9IHZhbHVlLm9mZnNldHMoKTtcbiAgICBjb25zdCB2YWx1ZUxlbmd0aCA9IHZhbHVlLmxlbmd0aDtcbiAgICBjb25zdCB2YWx1ZVNwYW4gPVxuICAgICAgdmFsdWVMZW5ndGggPiAwXG4gICAgICAgID8geyBzdGFydDogc3RhcnRPZih2YWx1ZVJ1bnMsIDApLCBlbmQ6IGVuZE9mKHZhbHVlUnVucywgdmFsdWVMZW5ndGggLSAxLCB2YWx1ZUxlbmd0aCkgfVxuICAgICAgICA6IHsgc3RhcnQ6IHZhbHVlQXQsIGVuZDogdmFsdWVBdCB9O1xuICAgIGVudHJpZXMucHVzaChcbiAgICAgIG5ldyBFbnRyeShcbiAgICAgICAgYSA9PT0gMCAmJiBiID09PSByYXdLZXkubGVuZ3RoID8gcmF3S2V5IDogcmF3S2V5LnNsaWNlKGEsIGIpLFxuICAgICAgICB2YWx1ZS5kZWNvZGVkKCksXG4gICAgICAgIGtleVNwYW4sXG4gICAgICAgIHZhbHVlU3BhbixcbiAgICAgICAgeyBzdGFydDogZmlyc3QsIGVuZDogbGluZUVuZCB9LFxuICAgICAgICB7IHN0YXJ0OiBsaW5lU3RhcnQsIGVuZDogbmV4dCB9LFxuICAgICAgICBjdXJyZW50LFxuICAgICAgICBmaXJzdExpbmUgKyAoa2V5U3Bhbi5zdGFydCA9PT0gZmlyc3QgPyAwIDogY291bnRMaW5lcyhmaXJzdCwga2V5U3Bhbi5zdGFydCkpLFxuICAgICAgICBrZXlSdW5zLFxuICAgICAgICBhLFxuICAgICAgICB2YWx1ZVJ1bnMsXG4gICAgICApLFxuICAgICk7XG4gICAgY3VycmVudEVtcHR5ID0gZmFsc2U7XG4gICAgcmV0dXJuIG5leHQ7XG4gIH07XG5cbiAgd2hpbGUgKHBvcyA8IG4pIHtcbiAgICBjb25zdCBsaW5lU3RhcnQgPSBwb3M7XG4gICAgbGV0IHAgPSBwb3M7XG4gICAgd2hpbGUgKHAgPCBuICYmIGlzV2hpdGUodGV4dC5jaGFyQ29kZUF0KHApKSkgcCsrO1xuICAgIGlmIChwID49IG4pIGJyZWFrO1xuICAgIGNvbnN0IGMgPSB0ZXh0LmNoYXJDb2RlQXQocCk7XG4gICAgaWYgKGMgPT09IExGIHx8IGMgPT09IENSKSB7XG4gICAgICBsYXN0Q29tbWVudFByZWZpeCA9IC0xO1xuICAgICAgcG9zID0gc2tpcFRlcm1pbmF0b3IocCk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgaWYgKGMgPT09IEhBU0ggfHwgYyA9PT0gQkFORykge1xuICAgICAgY29uc3QgZW9sID0gZW5kT2ZMaW5lKHApO1xuICAgICAgLy8gU3ByaW5nIEJvb3Q6IGEgc2VwYXJhdG9yIGhhcyBubyBsZWFkaW5nIHdoaXRlIHNwYWNlLCBleGFjdGx5IHRocmVlIGh5cGhlbnMsIGFuZCBkb2VzIG5vdCBmb2xsb3cgYSBjb21tZW50XG4gICAgICAvLyB3aXRoIHRoZSBzYW1lIHByZWZpeC4gQSBjb21tZW50IHdoaWxlIHRoZSBuZXcgZG9jdW1lbnQgaXMgc3RpbGwgZW1wdHkgbWVyZ2VzIGl0IGJhY2sgaW50byB0aGUgcHJldmlvdXMgb25lLlxuICAgICAgaWYgKHAgPT09IGxpbmVTdGFydCAmJiBjICE9PSBsYXN0Q29tbWVudFByZWZpeCAmJiBpc1NlcGFyYXRvcih0ZXh0LCBwLCBlb2wpKSB7XG4gICAgICAgIGlmICghY3VycmVudEVtcHR5KSBmaW5pc2hlZCsrO1xuICAgICAgICBjdXJyZW50ID0gZmluaXNoZWQ7XG4gICAgICAgIGN1cnJlbnRFbXB0eSA9IHRydWU7XG4gICAgICB9IGVsc2Uge1xuICAgICAgICBjb21tZW50cy5wdXNoKHsgc3BhbjogeyBzdGFydDogcCwgZW5kOiBlb2wgfSwgdGV4dDogdGV4dC5zbGljZShwICsgMSwgZW9sKSwgbGluZSB9KTtcbiAgICAgICAgaWYgKGN1cnJlbnRFbXB0eSAmJiBmaW5pc2hlZCA+IDApIHtcbiAgICAgICAgICBmaW5pc2hlZC0tO1xuICAgICAgICAgIGN1cnJlbnQgPSBmaW5pc2hlZDtcbiAgICAgICAgICBjdXJyZW50RW1wdHkgPSBmYWxzZTtcbiAgICAgICAgfVxuICAgICAgICBsYXN0Q29tbWVudFByZWZpeCA9IGM7XG4gICAgICB9XG4gICAgICBwb3MgPSBza2lwVGVybWluYXRvcihlb2wpO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGxhc3RDb21tZW50UHJlZml4ID0gLTE7XG4gICAgcG9zID0gcGFyc2VMb2dpY2FsTGluZShsaW5lU3RhcnQsIHApO1xuICB9XG5cbiAgcmV0dXJuIHsgZW50cmllcywgY29tbWVudHMsIGRvY3VtZW50Q291bnQ6IE1hdGgubWF4KDEsIGZpbmlzaGVkICsgKGN1cnJlbnRFbXB0eSA/IDAgOiAxKSksIHByb2JsZW1zIH07XG59XG5cbmZ1bmN0aW9uIGlzU2VwYXJhdG9yKHRleHQ6IHN0cmluZywgcDogbnVtYmVyLCBlb2w6IG51bWJlcik6IGJvb2xlYW4ge1xuICBpZiAoZW9sIC0gcCA8IDQpIHJldHVybiBmYWxzZTtcbiAgZm9yIChsZXQgaSA9IDE7IGkgPD0gMzsgaSsrKSBpZiAodGV4dC5jaGFyQ29kZUF0KHAgKyBpKSAhPT0gSFlQSEVOKSByZXR1cm4gZmFsc2U7XG4gIGZvciAobGV0IHEgPSBwICsgNDsgcSA8IGVvbDsgcSsrKSBpZiAoIWlzV2hpdGUodGV4dC5jaGFyQ29kZUF0KHEpKSkgcmV0dXJuIGZhbHNlO1xuICByZXR1cm4gdHJ1ZTtcbn1cblxuLy8gQ29udHJvbCBjaGFycyB0aGF0IGRvIG5vdCBvY2N1ciBpbiB0ZXh0IGZpbGVzIChUQUIsIExGLCBWVCwgRkYsIENSLCBTVUIgYW5kIEVTQyBleGNlcHRlZCkuXG5jb25zdCBCSU5BUlkgPSAvW1xceDAwLVxceDA4XFx4MGUtXFx4MTlcXHgxYy1cXHgxZl0vO1xuXG5mdW5jdGlvbiByZXBvcnRCaW5hcnkodGV4dDogc3RyaW5nLCBwcm9ibGVtczogUHJvcGVydGllc1Byb2JsZW1bXSk6IHZvaWQge1xuICBjb25zdCBudWwgPSB0ZXh0LmluZGV4T2YoJ1xcMCcpO1xuICBjb25zdCBtYXRjaCA9IG51bCA+PSAwID8gdW5kZWZpbmVkIDogQklOQVJZLmV4ZWModGV4dCk7XG4gIGNvbnN0IGF0ID0gbnVsID49IDAgPyBudWwgOiBtYXRjaCA/IG1hdGNoLmluZGV4IDogLTE7XG4gIGlmIChhdCA8IDApIHJldHVybjtcbiAgcHJvYmxlbXMucHVzaCh7XG4gICAgbWVzc2FnZTpcbiAgICAgIG51bCA+PSAwXG4gICAgICAgID8gJ1RoZSBmaWxlIGNvbnRhaW5zIGEgTlVMIGNoYXJhY3RlcjogaXQgbG9va3MgYmluYXJ5LCBub3QgbGlrZSBhIHByb3BlcnRpZXMgZmlsZS4nXG4gICAgICAgIDogJ1RoZSBmaWxlIGNvbnRhaW5zIGNvbnRyb2wgY2hhcmFjdGVyczogaXQgbG9va3MgYmluYXJ5LCBub3QgbGlrZSBhIHByb3BlcnRpZXMgZmlsZS4nLFxuICAgIHNwYW46IHsgc3RhcnQ6IGF0LCBlbmQ6IGF0ICsgMSB9LFxuICB9KTtcbn1cblxuZnVuY3Rpb24gdW5pY29kZUVzY2FwZShjOiBudW1iZXIpOiBzdHJpbmcge1xuICByZXR1cm4gJ1xcXFx1JyArIGMudG9TdHJpbmcoMTYpLnRvVXBwZXJDYXNlKCkucGFkU3RhcnQoNCwgJzAnKTtcbn1cblxuZnVuY3Rpb24gZXNjYXBlVGV4dChzOiBzdHJpbmcsIGlzS2V5OiBib29sZWFuKTogc3RyaW5nIHtcbiAgY29uc3Qgb3V0OiBzdHJpbmdbXSA9IFtdO1xuICBsZXQgcGxhaW5Gcm9tID0gMDtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBzLmxlbmd0aDsgaSsrKSB7XG4gICAgY29uc3QgYyA9IHMuY2hhckNvZGVBdChpKTtcbiAgICBsZXQgcmVwOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gICAgaWYgKGMgPT09IEJBQ0tTTEFTSCkgcmVwID0gJ1xcXFxcXFxcJztcbiAgICBlbHNlIGlmIChjID09PSBUQUIpIHJlcCA9ICdcXFxcdCc7XG4gICAgZWxzZSBpZiAoYyA9PT0gTEYpIHJlcCA9ICdcXFxcbic7XG4gICAgZWxzZSBpZiAoYyA9PT0gQ1IpIHJlcCA9ICdcXFxccic7XG4gICAgZWxzZSBpZiAoYyA9PT0gRkYpIHJlcCA9ICdcXFxcZic7XG4gICAgZWxzZSBpZiAoYyA8IFNQQUNFIHx8IGMgPiAweDdlKSByZXAgPSB1bmljb2RlRXNjYXBlKGMpO1xuICAgIGVsc2UgaWYgKGMgPT09IFNQQUNFKSByZXAgPSBpc0tleSB8fCBpID09PSAwID8gJ1xcXFwgJyA6IHVuZGVmaW5lZDtcbiAgICAvLyBJbiBhIGtleSB0aGVzZSB3b3VsZCBlbmQgaXQgb3Igc3RhcnQgYSBjb21tZW50OyBhdCB0aGUgc3RhcnQgb2YgYSB2YWx1ZSwgJz0nIG9yICc6JyBhZnRlciBhIHdoaXRlLXNwYWNlXG4gICAgLy8gc2VwYXJhdG9yIHdvdWxkIGJlIHJlYWQgYXMgdGhlIHNlcGFyYXRvci5cbiAgICBlbHNlIGlmIChjID09PSBFUVVBTFMgfHwgYyA9PT0gQ09MT04pIHJlcCA9IGlzS2V5IHx8IGkgPT09IDAgPyAnXFxcXCcgKyBzW2ldIDogdW5kZWZpbmVkO1xuICAgIGVsc2UgaWYgKGMgPT09IEhBU0ggfHwgYyA9PT0gQkFORykgcmVwID0gaXNLZXkgPyAnXFxcXCcgKyBzW2ldIDogdW5kZWZpbmVkO1xuICAgIGlmIChyZXAgIT09IHVuZGVmaW5lZCkge1xuICAgICAgaWYgKGkgPiBwbGFpbkZyb20pIG91dC5wdXNoKHMuc2xpY2UocGxhaW5Gcm9tLCBpKSk7XG4gICAgICBvdXQucHVzaChyZXApO1xuICAgICAgcGxhaW5Gcm9tID0gaSArIDE7XG4gICAgfVxuICB9XG4gIGlmIChwbGFpbkZyb20gPT09IDApIHJldHVybiBzO1xuICBvdXQucHVzaChzLnNsaWNlKHBsYWluRnJvbSkpO1xuICByZXR1cm4gb3V0LmpvaW4oJycpO1xufVxuXG4vKipcbiAqIEVuY29kZXMgYSB2YWx1ZSBzbyB0aGF0IHBhcnNlUHJvcGVydGllcyAoYW5kIE5hY29zKSByZWFkIGl0IGJhY2sgZXhhY3RseTogYmFja3NsYXNoZXMsIGEgbGVhZGluZyBzcGFjZSwgJz0nIG9yXG4gKiAnOicsIGFuZCBcXHQgXFxuIFxcciBcXGYgYXJlIGVzY2FwZWQ7IGV2ZXJ5IGNoYXIgb3V0c2lkZSBwcmludGFibGUgQVNDSUkgYmVjb21lcyBcXHVYWFhYLCBzbyB0aGUgbGluZSBtZWFucyB0aGUgc2FtZVxuICogd2hldGhlciB0aGUgZmlsZSBpcyBzYXZlZCBhcyBVVEYtOCBvciBJU08tODg1OS0xIChOYWNvcyByZWFkcyBJU08tODg1OS0xKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVzY2FwZVByb3BlcnR5VmFsdWUodmFsdWU6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBlc2NhcGVUZXh0KHZhbHVlLCBmYWxzZSk7XG59XG5cbi8qKlxuICogRW5jb2RlcyBhIGtleSBsaWtlIGVzY2FwZVByb3BlcnR5VmFsdWUsIGFsc28gZXNjYXBpbmcgZXZlcnkgc3BhY2UsICc9JywgJzonLCAnIycgYW5kICchJy4gQSBrZXkgdGhhdCBzdGFydHMgb3JcbiAqIGVuZHMgd2l0aCBhIGNoYXIgPD0gVSswMDIwIGNhbm5vdCBiZSB3cml0dGVuIGF0IGFsbDogU3ByaW5nIHRyaW1zIGtleXMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVQcm9wZXJ0eUtleShrZXk6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBlc2NhcGVUZXh0KGtleSwgdHJ1ZSk7XG59XG4iLCAiLy8gU3ByaW5nJ3MgYCR7TkFNRTpkZWZhdWx0fWAgcGxhY2Vob2xkZXJzIGluc2lkZSBhIGRlY29kZWQgcHJvcGVydHkgdmFsdWUgKGZhY3RzIFx1MDBBNzEuMTEpLlxuXG5leHBvcnQgaW50ZXJmYWNlIFBsYWNlaG9sZGVyIHtcbiAgLyoqIFJhdyBuYW1lIHRleHQgKG1heSBpdHNlbGYgaG9sZCBwbGFjZWhvbGRlcnMsIGUuZy4gYCR7JHtYfX1gKS4gKi9cbiAgbmFtZTogc3RyaW5nO1xuICAvKiogUmF3IHRleHQgYWZ0ZXIgdGhlIGZpcnN0ICc6JyB0aGF0IGlzIG5vdCBpbnNpZGUgYSBuZXN0ZWQgcGxhY2Vob2xkZXI7IHVuZGVmaW5lZCB3aGVuIHRoZXJlIGlzIG5vICc6Jy4gKi9cbiAgZGVmYXVsdFZhbHVlPzogc3RyaW5nO1xuICAvKiogYCR7YCAuLiBhZnRlciB0aGUgY2xvc2luZyBgfWAgKHRoZSBlbmQgb2YgdGhlIHZhbHVlIHdoZW4gdW50ZXJtaW5hdGVkKS4gSW5kaWNlcyBpbnRvIHRoZSBkZWNvZGVkIHZhbHVlLiAqL1xuICBzdGFydDogbnVtYmVyO1xuICBlbmQ6IG51bWJlcjtcbiAgbmFtZVN0YXJ0OiBudW1iZXI7XG4gIG5hbWVFbmQ6IG51bWJlcjtcbiAgLyoqIE5vIGNsb3NpbmcgYH1gOiBTcHJpbmcga2VlcHMgdGhlIGAke2AgbGl0ZXJhbGx5IGFuZCByZXNvbHZlcyB3aGF0IGZvbGxvd3MgaXQuICovXG4gIHVudGVybWluYXRlZD86IGJvb2xlYW47XG4gIC8qKiBQbGFjZWhvbGRlcnMgaW5zaWRlIHRoaXMgb25lIChpbiB0aGUgbmFtZSBvciB0aGUgZGVmYXVsdCksIGluIG9yZGVyLiAqL1xuICBuZXN0ZWQ6IFBsYWNlaG9sZGVyW107XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUmVzb2x2ZVJlc3VsdCB7XG4gIC8qKiB1bmRlZmluZWQgd2hlbiBhIHBsYWNlaG9sZGVyIGNhbm5vdCBiZSByZXNvbHZlZCAoU3ByaW5nOiBcIkNvdWxkIG5vdCByZXNvbHZlIHBsYWNlaG9sZGVyXCIpIG9yIG9uIGEgY3ljbGUuICovXG4gIHZhbHVlOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIC8qKiBOYW1lcyB0aGF0IGFyZSBhYnNlbnQgYW5kIGhhdmUgbm8gZGVmYXVsdCwgaW4gb3JkZXIgb2YgZmlyc3QgdXNlLiAqL1xuICB1bnJlc29sdmVkOiBzdHJpbmdbXTtcbiAgLyoqIE5hbWVzIHRoYXQgYXJlIGFic2VudCBhbmQgd2hvc2UgZGVmYXVsdCB3YXMgdXNlZCwgaW4gb3JkZXIgb2YgZmlyc3QgdXNlLiAqL1xuICB1c2VkRGVmYXVsdDogc3RyaW5nW107XG4gIC8qKiBUaGUgbmFtZXMgb2YgdGhlIGZpcnN0IHJlZmVyZW5jZSBjeWNsZSwgZmlyc3QgbmFtZSByZXBlYXRlZCBhdCB0aGUgZW5kOiBbJ2EnLCAnYicsICdhJ10uICovXG4gIGN5Y2xlPzogc3RyaW5nW107XG59XG5cbmNvbnN0IERPTExBUiA9IDB4MjQ7XG5jb25zdCBPUEVOID0gMHg3YjtcbmNvbnN0IENMT1NFID0gMHg3ZDtcbmNvbnN0IENPTE9OID0gMHgzYTtcblxuLyoqIERlZXBlciBuZXN0aW5nIChvZiBwbGFjZWhvbGRlcnMgb3Igb2YgcmVzb2x2ZWQgdmFsdWVzKSBpcyB0cmVhdGVkIGFzIHVucmVzb2x2YWJsZSBpbnN0ZWFkIG9mIG92ZXJmbG93aW5nLiAqL1xuY29uc3QgTUFYX0RFUFRIID0gNjQ7XG5cbmludGVyZmFjZSBGcmFtZSB7XG4gIHN0YXJ0OiBudW1iZXI7XG4gIGJyYWNlczogbnVtYmVyO1xuICBjb2xvbjogbnVtYmVyO1xuICBuZXN0ZWQ6IFBsYWNlaG9sZGVyW107XG59XG5cbi8qKlxuICogRmluZHMgdGhlIHBsYWNlaG9sZGVycyBvZiBhIHZhbHVlLCBvdXRlcm1vc3QgZmlyc3QuIExpa2UgU3ByaW5nJ3MgcGFyc2VyLCBldmVyeSBge2AgaW5zaWRlIGEgcGxhY2Vob2xkZXIgKG5vdFxuICogb25seSB0aGUgb25lIG9mIGEgbmVzdGVkIGAke2ApIG11c3QgYmUgY2xvc2VkIGJlZm9yZSBhIGB9YCBlbmRzIGl0LiBPbmUgcGFzcywgbm8gcmVjdXJzaW9uLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZmluZFBsYWNlaG9sZGVycyh2YWx1ZTogc3RyaW5nKTogUGxhY2Vob2xkZXJbXSB7XG4gIGNvbnN0IHRvcDogUGxhY2Vob2xkZXJbXSA9IFtdO1xuICBjb25zdCBzdGFjazogRnJhbWVbXSA9IFtdO1xuICBjb25zdCBuID0gdmFsdWUubGVuZ3RoO1xuICBjb25zdCBjbG9zZSA9IChmOiBGcmFtZSwgY2xvc2luZzogbnVtYmVyLCB1bnRlcm1pbmF0ZWQ6IGJvb2xlYW4pOiB2b2lkID0+IHtcbiAgICBjb25zdCBuYW1lRW5kID0gZi5jb2xvbiA+PSAwID8gZi5jb2xvbiA6IGNsb3Npbmc7XG4gICAgY29uc3QgcGg6IFBsYWNlaG9sZGVyID0ge1xuICAgICAgbmFtZTogdmFsdWUuc2xpY2UoZi5zdGFydCArIDIsIG5hbWVFbmQpLFxuICAgICAgc3RhcnQ6IGYuc3RhcnQsXG4gICAgICBlbmQ6IHVudGVybWluYXRlZCA/IGNsb3NpbmcgOiBjbG9zaW5nICsgMSxcbiAgICAgIG5hbWVTdGFydDogZi5zdGFydCArIDIsXG4gICAgICBuYW1lRW5kLFxuICAgICAgbmVzdGVkOiBmLm5lc3RlZCxcbiAgICB9O1xuICAgIGlmIChmLmNvbG9uID49IDApIHBoLmRlZmF1bHRWYWx1ZSA9IHZhbHVlLnNsaWNlKGYuY29sb24gKyAxLCBjbG9zaW5nKTtcbiAgICBpZiAodW50ZXJtaW5hdGVkKSBwaC51bnRlcm1pbmF0ZWQgPSB0cnVlO1xuICAgIChzdGFjay5sZW5ndGggPiAwID8gc3RhY2tbc3RhY2subGVuZ3RoIC0gMV0ubmVzdGVkIDogdG9wKS5wdXNoKHBoKTtcbiAgfTtcbiAgbGV0IGkgPSAwO1xuICB3aGlsZSAoaSA8IG4pIHtcbiAgICBpZiAoc3RhY2subGVuZ3RoID09PSAwKSB7XG4gICAgICBjb25zdCBhdCA9IHZhbHVlLmluZGV4T2YoJyR7JywgaSk7XG4gICAgICBpZiAoYXQgPCAwKSBicmVhaztcbiAgICAgIHN0YWNrLnB1c2goeyBzdGFydDogYXQsIGJyYWNlczogMCwgY29sb246IC0xLCBuZXN0ZWQ6IFtdIH0pO1xuICAgICAgaSA9IGF0ICsgMjtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBjb25zdCBjID0gdmFsdWUuY2hhckNvZGVBdChpKTtcbiAgICBjb25zdCBmID0gc3RhY2tbc3RhY2subGVuZ3RoIC0gMV07XG4gICAgLy8gRGVlcGVyIHRoYW4gcmVzb2x1dGlvbiBldmVyIGdvZXMgKE1BWF9ERVBUSCksIGEgYCR7YCBpcyBrZXB0IGFzIHRleHQ6IHRoZSByZXN1bHQgaXMgXCJ1bnJlc29sdmFibGVcIiBlaXRoZXIgd2F5LFxuICAgIC8vIGFuZCBhIGhvc3RpbGUgMSBNQiBsaW5lIG9mIGAkeyR7JHtcdTIwMjZgIGNvc3RzIDY1IGZyYW1lcyBpbnN0ZWFkIG9mIDUwMCwwMDAgKGZvdW5kIGJ5IHRoZSBob3N0aWxlLWlucHV0IHRlc3RzKS5cbiAgICBpZiAoYyA9PT0gRE9MTEFSICYmIGkgKyAxIDwgbiAmJiB2YWx1ZS5jaGFyQ29kZUF0KGkgKyAxKSA9PT0gT1BFTiAmJiBzdGFjay5sZW5ndGggPD0gTUFYX0RFUFRIKSB7XG4gICAgICBzdGFjay5wdXNoKHsgc3RhcnQ6IGksIGJyYWNlczogMCwgY29sb246IC0xLCBuZXN0ZWQ6IFtdIH0pO1xuICAgICAgaSArPSAyO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGlmIChjID09PSBPUEVOKSBmLmJyYWNlcysrO1xuICAgIGVsc2UgaWYgKGMgPT09IENMT1NFKSB7XG4gICAgICBpZiAoZi5icmFjZXMgPiAwKSBmLmJyYWNlcy0tO1xuICAgICAgZWxzZSB7XG4gICAgICAgIHN0YWNrLnBvcCgpO1xuICAgICAgICBjbG9zZShmLCBpLCBmYWxzZSk7XG4gICAgICB9XG4gICAgfSBlbHNlIGlmIChjID09PSBDT0xPTiAmJiBmLmNvbG9uIDwgMCkgZi5jb2xvbiA9IGk7XG4gICAgaSsrO1xuICB9XG4gIHdoaWxlIChzdGFjay5sZW5ndGggPiAwKSBjbG9zZShzdGFjay5wb3AoKSEsIG4sIHRydWUpO1xuICByZXR1cm4gdG9wO1xufVxuXG5cbmludGVyZmFjZSBDb250ZXh0IHtcbiAgbG9va3VwOiAobmFtZTogc3RyaW5nKSA9PiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIHVucmVzb2x2ZWQ6IHN0cmluZ1tdO1xuICB1c2VkRGVmYXVsdDogc3RyaW5nW107XG4gIGN5Y2xlPzogc3RyaW5nW107XG4gIGZhaWxlZDogYm9vbGVhbjtcbiAgYWN0aXZlOiBzdHJpbmdbXTtcbn1cblxuLyoqXG4gKiBSZXNvbHZlcyBsaWtlIFNwcmluZydzIHBsYWNlaG9sZGVyIHJlc29sdXRpb246IHRoZSBkZWZhdWx0IGlzIHVzZWQgb25seSB3aGVuIE5BTUUgaXMgYWJzZW50IChhbiBlbXB0eSBzdHJpbmcgaXMgYVxuICogdmFsdWUpIGFuZCBpcyByZXNvbHZlZCBvbmx5IHRoZW47IHBsYWNlaG9sZGVycyBpbiBuYW1lcywgZGVmYXVsdHMgYW5kIGxvb2tlZC11cCB2YWx1ZXMgYXJlIHJlc29sdmVkIHJlY3Vyc2l2ZWx5O1xuICogYSBjeWNsZSBpcyByZXBvcnRlZCwgbm90IGZvbGxvd2VkLiBsb29rdXAgcmV0dXJucyB1bmRlZmluZWQgd2hlbiBhIG5hbWUgaXMgYWJzZW50LlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb2x2ZVBsYWNlaG9sZGVycyh2YWx1ZTogc3RyaW5nLCBsb29rdXA6IChuYW1lOiBzdHJpbmcpID0+IHN0cmluZyB8IHVuZGVmaW5lZCk6IFJlc29sdmVSZXN1bHQge1xuICBjb25zdCBjdHg6IENvbnRleHQgPSB7IGxvb2t1cCwgdW5yZXNvbHZlZDogW10sIHVzZWREZWZhdWx0OiBbXSwgZmFpbGVkOiBmYWxzZSwgYWN0aXZlOiBbXSB9O1xuICBjb25zdCBvdXQgPSByZXNvbHZlUmFuZ2UodmFsdWUsIGZpbmRQbGFjZWhvbGRlcnModmFsdWUpLCAwLCB2YWx1ZS5sZW5ndGgsIGN0eCwgMCk7XG4gIGNvbnN0IHJlc3VsdDogUmVzb2x2ZVJlc3VsdCA9IHsgdmFsdWU6IGN0eC5mYWlsZWQgPyB1bmRlZmluZWQgOiBvdXQsIHVucmVzb2x2ZWQ6IGN0eC51bnJlc29sdmVkLCB1c2VkRGVmYXVsdDogY3R4LnVzZWREZWZhdWx0IH07XG4gIGlmIChjdHguY3ljbGUpIHJlc3VsdC5jeWNsZSA9IGN0eC5jeWNsZTtcbiAgcmV0dXJuIHJlc3VsdDtcbn1cblxuZnVuY3Rpb24gYWRkT25jZShsaXN0OiBzdHJpbmdbXSwgbmFtZTogc3RyaW5nKTogdm9pZCB7XG4gIGlmICghbGlzdC5pbmNsdWRlcyhuYW1lKSkgbGlzdC5wdXNoKG5hbWUpO1xufVxuXG5mdW5jdGlvbiByZXNvbHZlUmFuZ2Uoc3JjOiBzdHJpbmcsIHBsYWNlaG9sZGVyczogUGxhY2Vob2xkZXJbXSwgZnJvbTogbnVtYmVyLCB0bzogbnVtYmVyLCBjdHg6IENvbnRleHQsIGRlcHRoOiBudW1iZXIpOiBzdHJpbmcge1xuICBsZXQgb3V0ID0gJyc7XG4gIGxldCBhdCA9IGZyb207XG4gIGZvciAoY29uc3QgcGggb2YgcGxhY2Vob2xkZXJzKSB7XG4gICAgaWYgKHBoLnN0YXJ0IDwgZnJvbSB8fCBwaC5lbmQgPiB0bykgY29udGludWU7XG4gICAgb3V0ICs9IHNyYy5zbGljZShhdCwgcGguc3RhcnQpICsgcmVzb2x2ZU9uZShzcmMsIHBoLCBjdHgsIGRlcHRoKTtcbiAgICBhdCA9IHBoLmVuZDtcbiAgfVxuICByZXR1cm4gb3V0ICsgc3JjLnNsaWNlKGF0LCB0byk7XG59XG5cbmZ1bmN0aW9uIHJlc29sdmVPbmUoc3JjOiBzdHJpbmcsIHBoOiBQbGFjZWhvbGRlciwgY3R4OiBDb250ZXh0LCBkZXB0aDogbnVtYmVyKTogc3RyaW5nIHtcbiAgY29uc3QgcmF3ID0gc3JjLnNsaWNlKHBoLnN0YXJ0LCBwaC5lbmQpO1xuICBpZiAoZGVwdGggPj0gTUFYX0RFUFRIKSB7XG4gICAgY3R4LmZhaWxlZCA9IHRydWU7XG4gICAgYWRkT25jZShjdHgudW5yZXNvbHZlZCwgcGgubmFtZSk7XG4gICAgcmV0dXJuIHJhdztcbiAgfVxuICBpZiAocGgudW50ZXJtaW5hdGVkKSByZXR1cm4gJyR7JyArIHJlc29sdmVSYW5nZShzcmMsIHBoLm5lc3RlZCwgcGguc3RhcnQgKyAyLCBwaC5lbmQsIGN0eCwgZGVwdGggKyAxKTtcblxuICBjb25zdCBmYWlsZWRCZWZvcmUgPSBjdHguZmFpbGVkO1xuICBjdHguZmFpbGVkID0gZmFsc2U7XG4gIGNvbnN0IG5hbWUgPSByZXNvbHZlUmFuZ2Uoc3JjLCBwaC5uZXN0ZWQsIHBoLm5hbWVTdGFydCwgcGgubmFtZUVuZCwgY3R4LCBkZXB0aCArIDEpO1xuICBjb25zdCBuYW1lRmFpbGVkID0gY3R4LmZhaWxlZDtcbiAgY3R4LmZhaWxlZCA9IGZhaWxlZEJlZm9yZSB8fCBuYW1lRmFpbGVkO1xuICBpZiAobmFtZUZhaWxlZCkgcmV0dXJuIHJhdztcblxuICBjb25zdCBjeWNsZUF0ID0gY3R4LmFjdGl2ZS5pbmRleE9mKG5hbWUpO1xuICBpZiAoY3ljbGVBdCA+PSAwKSB7XG4gICAgY3R4LmZhaWxlZCA9IHRydWU7XG4gICAgY3R4LmN5Y2xlID8/PSBbLi4uY3R4LmFjdGl2ZS5zbGljZShjeWNsZUF0KSwgbmFtZV07XG4gICAgcmV0dXJuIHJhdztcbiAgfVxuICBjb25zdCBmb3VuZCA9IGN0eC5sb29rdXAobmFtZSk7XG4gIGlmIChmb3VuZCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgY3R4LmFjdGl2ZS5wdXNoKG5hbWUpO1xuICAgIGNvbnN0IHJlc29sdmVkID0gcmVzb2x2ZVJhbmdlKGZvdW5kLCBmaW5kUGxhY2Vob2xkZXJzKGZvdW5kKSwgMCwgZm91bmQubGVuZ3RoLCBjdHgsIGRlcHRoICsgMSk7XG4gICAgY3R4LmFjdGl2ZS5wb3AoKTtcbiAgICByZXR1cm4gcmVzb2x2ZWQ7XG4gIH1cbiAgaWYgKHBoLmRlZmF1bHRWYWx1ZSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgYWRkT25jZShjdHgudXNlZERlZmF1bHQsIG5hbWUpO1xuICAgIHJldHVybiByZXNvbHZlUmFuZ2Uoc3JjLCBwaC5uZXN0ZWQsIHBoLm5hbWVFbmQgKyAxLCBwaC5lbmQgLSAxLCBjdHgsIGRlcHRoICsgMSk7XG4gIH1cbiAgY3R4LmZhaWxlZCA9IHRydWU7XG4gIGFkZE9uY2UoY3R4LnVucmVzb2x2ZWQsIG5hbWUpO1xuICByZXR1cm4gcmF3O1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLHVCQUErQjtBQUMvQixvQkFBbUI7QUFDbkIsU0FBb0I7QUFDcEIsV0FBc0I7OztBQ2tEdEIsSUFBTSxNQUFNO0FBQ1osSUFBTSxLQUFLO0FBQ1gsSUFBTSxLQUFLO0FBQ1gsSUFBTSxLQUFLO0FBQ1gsSUFBTSxRQUFRO0FBQ2QsSUFBTSxPQUFPO0FBQ2IsSUFBTSxPQUFPO0FBQ2IsSUFBTSxTQUFTO0FBQ2YsSUFBTSxRQUFRO0FBQ2QsSUFBTSxTQUFTO0FBQ2YsSUFBTSxZQUFZO0FBR2xCLElBQU0sb0JBQ0o7QUFFRixJQUFNLGNBQ0o7QUFFRixTQUFTLFFBQVEsR0FBb0I7QUFDbkMsU0FBTyxNQUFNLFNBQVMsTUFBTSxPQUFPLE1BQU07QUFDM0M7QUFFQSxTQUFTLFNBQVMsR0FBbUI7QUFDbkMsTUFBSSxLQUFLLE1BQVEsS0FBSyxHQUFNLFFBQU8sSUFBSTtBQUN2QyxNQUFJLEtBQUssTUFBUSxLQUFLLEdBQU0sUUFBTyxJQUFJLEtBQU87QUFDOUMsTUFBSSxLQUFLLE1BQVEsS0FBSyxJQUFNLFFBQU8sSUFBSSxLQUFPO0FBQzlDLFNBQU87QUFDVDtBQVVBLFNBQVMsTUFBTSxNQUFnQixHQUFtQjtBQUNoRCxNQUFJLEtBQUs7QUFDVCxNQUFJLEtBQUssS0FBSyxTQUFTLElBQUk7QUFDM0IsU0FBTyxLQUFLLElBQUk7QUFDZCxVQUFNLE1BQU8sS0FBSyxLQUFLLEtBQU07QUFDN0IsUUFBSSxLQUFLLE1BQU0sQ0FBQyxLQUFLLEVBQUcsTUFBSztBQUFBLFFBQ3hCLE1BQUssTUFBTTtBQUFBLEVBQ2xCO0FBQ0EsU0FBTyxLQUFLO0FBQ2Q7QUFFQSxTQUFTLFFBQVEsTUFBWSxHQUFtQjtBQUM5QyxNQUFJLE9BQU8sU0FBUyxTQUFVLFFBQU8sT0FBTztBQUM1QyxRQUFNLElBQUksTUFBTSxNQUFNLENBQUM7QUFDdkIsU0FBTyxLQUFLLElBQUksQ0FBQyxLQUFLLElBQUksS0FBSyxDQUFDO0FBQ2xDO0FBRUEsU0FBUyxNQUFNLE1BQVksR0FBVyxRQUF3QjtBQUM1RCxNQUFJLE9BQU8sU0FBUyxTQUFVLFFBQU8sT0FBTyxJQUFJO0FBQ2hELFFBQU0sSUFBSSxNQUFNLE1BQU0sQ0FBQztBQUN2QixRQUFNLGFBQWEsSUFBSSxJQUFJLEtBQUssU0FBUyxLQUFLLElBQUksQ0FBQyxJQUFJLFVBQVUsS0FBSyxDQUFDO0FBQ3ZFLFFBQU0sV0FBVyxLQUFLLElBQUksQ0FBQyxJQUFJLEtBQUssSUFBSSxDQUFDLE1BQU07QUFDL0MsU0FBTyxXQUFXLEtBQUssSUFBSSxDQUFDLElBQUksS0FBSyxJQUFJLENBQUMsS0FBSyxJQUFJLEtBQUssQ0FBQyxLQUFLO0FBQ2hFO0FBR0EsU0FBUyxZQUFZLE1BQVksTUFBYyxJQUFZLEtBQXVCO0FBQ2hGLFFBQU0sTUFBTSxJQUFJLE1BQWMsS0FBSyxPQUFPLENBQUM7QUFDM0MsTUFBSSxPQUFPLFNBQVMsVUFBVTtBQUM1QixhQUFTLElBQUksTUFBTSxJQUFJLElBQUksSUFBSyxLQUFJLElBQUksSUFBSSxJQUFJLE9BQU87QUFBQSxFQUN6RCxPQUFPO0FBQ0wsUUFBSSxJQUFJLE9BQU8sS0FBSyxNQUFNLE1BQU0sSUFBSSxJQUFJO0FBQ3hDLGFBQVMsSUFBSSxNQUFNLElBQUksSUFBSSxLQUFLO0FBQzlCLGFBQU8sSUFBSSxJQUFJLEtBQUssVUFBVSxLQUFLLElBQUksQ0FBQyxLQUFLLEVBQUcsTUFBSztBQUNyRCxVQUFJLElBQUksSUFBSSxJQUFJLEtBQUssSUFBSSxDQUFDLEtBQUssSUFBSSxLQUFLLENBQUM7QUFBQSxJQUMzQztBQUFBLEVBQ0Y7QUFDQSxNQUFJLEtBQUssSUFBSSxJQUFJO0FBQ2pCLFNBQU87QUFDVDtBQUdBLElBQU0sVUFBTixNQUFjO0FBQUEsRUFPWixZQUE2QixNQUFjO0FBQWQ7QUFBQSxFQUFlO0FBQUEsRUFBZjtBQUFBLEVBTjdCLFNBQVM7QUFBQSxFQUNELE9BQWlCLENBQUM7QUFBQSxFQUNsQixRQUFrQixDQUFDO0FBQUEsRUFDbkIsZUFBZTtBQUFBLEVBQ2YsYUFBYTtBQUFBLEVBSXJCLFFBQWM7QUFDWixTQUFLLFNBQVM7QUFDZCxTQUFLLEtBQUssU0FBUztBQUNuQixTQUFLLE1BQU0sU0FBUztBQUNwQixTQUFLLGVBQWUsS0FBSyxhQUFhO0FBQUEsRUFDeEM7QUFBQSxFQUVBLEtBQUssT0FBZSxLQUFtQjtBQUNyQyxRQUFJLFVBQVUsSUFBSztBQUNuQixRQUFJLEtBQUssZUFBZSxPQUFPO0FBQzdCLFdBQUssYUFBYTtBQUNsQixXQUFLLEtBQUssS0FBSyxLQUFLLFNBQVMsQ0FBQyxJQUFJO0FBQUEsSUFDcEMsT0FBTztBQUNMLFdBQUssTUFBTTtBQUNYLFdBQUssS0FBSyxLQUFLLEtBQUssUUFBUSxPQUFPLEdBQUc7QUFDdEMsV0FBSyxlQUFlO0FBQ3BCLFdBQUssYUFBYTtBQUFBLElBQ3BCO0FBQ0EsU0FBSyxVQUFVLE1BQU07QUFBQSxFQUN2QjtBQUFBLEVBRUEsUUFBUSxJQUFZLE9BQWUsS0FBbUI7QUFDcEQsU0FBSyxNQUFNO0FBQ1gsU0FBSyxLQUFLLEtBQUssS0FBSyxRQUFRLE9BQU8sR0FBRztBQUN0QyxTQUFLLE1BQU0sS0FBSyxPQUFPLGFBQWEsRUFBRSxDQUFDO0FBQ3ZDLFNBQUs7QUFBQSxFQUNQO0FBQUEsRUFFQSxVQUFrQjtBQUNoQixRQUFJLEtBQUssTUFBTSxXQUFXLEVBQUcsUUFBTyxLQUFLLGdCQUFnQixJQUFJLEtBQUssS0FBSyxNQUFNLEtBQUssY0FBYyxLQUFLLFVBQVUsSUFBSTtBQUNuSCxTQUFLLE1BQU07QUFDWCxXQUFPLEtBQUssTUFBTSxLQUFLLEVBQUU7QUFBQSxFQUMzQjtBQUFBO0FBQUEsRUFHQSxVQUFnQjtBQUNkLFVBQU0sT0FBTyxLQUFLO0FBQ2xCLFFBQUksS0FBSyxXQUFXLEVBQUcsUUFBTztBQUM5QixRQUFJLEtBQUssV0FBVyxLQUFLLEtBQUssQ0FBQyxJQUFJLEtBQUssQ0FBQyxNQUFNLEtBQUssT0FBUSxRQUFPLEtBQUssQ0FBQztBQUN6RSxXQUFPLEtBQUssTUFBTTtBQUFBLEVBQ3BCO0FBQUEsRUFFUSxRQUFjO0FBQ3BCLFFBQUksS0FBSyxnQkFBZ0IsR0FBRztBQUMxQixXQUFLLE1BQU0sS0FBSyxLQUFLLEtBQUssTUFBTSxLQUFLLGNBQWMsS0FBSyxVQUFVLENBQUM7QUFDbkUsV0FBSyxlQUFlLEtBQUssYUFBYTtBQUFBLElBQ3hDO0FBQUEsRUFDRjtBQUNGO0FBTUEsSUFBTSxRQUFOLE1BQXFDO0FBQUEsRUFPbkMsWUFDUyxLQUNBLE9BQ0EsU0FDQSxXQUNBLFVBQ0EsWUFDQSxVQUNBLE1BQ1AsU0FDQSxTQUNBLFdBQ0E7QUFYTztBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBS1AsU0FBSyxXQUFXO0FBQ2hCLFNBQUssV0FBVztBQUNoQixTQUFLLGFBQWE7QUFBQSxFQUNwQjtBQUFBLEVBZlM7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFkQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDVDtBQUFBLEVBQ0E7QUFBQSxFQW9CQSxJQUFJLGFBQXVCO0FBQ3pCLFdBQVEsS0FBSyxnQkFBZ0IsWUFBWSxLQUFLLFVBQVUsS0FBSyxVQUFVLEtBQUssV0FBVyxLQUFLLElBQUksUUFBUSxLQUFLLFFBQVEsR0FBRztBQUFBLEVBQzFIO0FBQUEsRUFFQSxJQUFJLFdBQVcsU0FBbUI7QUFDaEMsU0FBSyxjQUFjO0FBQUEsRUFDckI7QUFBQSxFQUVBLElBQUksZUFBeUI7QUFDM0IsV0FBUSxLQUFLLGtCQUFrQixZQUFZLEtBQUssWUFBWSxHQUFHLEtBQUssTUFBTSxRQUFRLEtBQUssVUFBVSxHQUFHO0FBQUEsRUFDdEc7QUFBQSxFQUVBLElBQUksYUFBYSxTQUFtQjtBQUNsQyxTQUFLLGdCQUFnQjtBQUFBLEVBQ3ZCO0FBQ0Y7QUFHQSxTQUFTLGVBQWUsR0FBNkI7QUFDbkQsTUFBSSxJQUFJO0FBQ1IsTUFBSSxJQUFJLEVBQUU7QUFDVixTQUFPLElBQUksS0FBSyxFQUFFLFdBQVcsQ0FBQyxLQUFLLE1BQU87QUFDMUMsU0FBTyxJQUFJLEtBQUssRUFBRSxXQUFXLElBQUksQ0FBQyxLQUFLLE1BQU87QUFDOUMsU0FBTyxDQUFDLEdBQUcsQ0FBQztBQUNkO0FBRUEsSUFBTSxXQUFXO0FBQ2pCLElBQU0sbUJBQW1CO0FBQ3pCLElBQU0sYUFBYTtBQUVaLFNBQVMsZ0JBQWdCLE1BQThCO0FBQzVELFFBQU0sSUFBSSxLQUFLO0FBQ2YsUUFBTUEsV0FBMkIsQ0FBQztBQUNsQyxRQUFNLFdBQThCLENBQUM7QUFDckMsUUFBTSxXQUFnQyxDQUFDO0FBQ3ZDLGVBQWEsTUFBTSxRQUFRO0FBRzNCLE1BQUksS0FBSyxXQUFXLENBQUMsTUFBTSxNQUFRLFVBQVMsS0FBSyxFQUFFLFNBQVMsYUFBYSxNQUFNLEVBQUUsT0FBTyxHQUFHLEtBQUssRUFBRSxFQUFFLENBQUM7QUFBQSxXQUM1RixLQUFLLFdBQVcsY0FBb0IsRUFBRyxVQUFTLEtBQUssRUFBRSxTQUFTLGFBQWEsTUFBTSxFQUFFLE9BQU8sR0FBRyxLQUFLLEVBQUUsRUFBRSxDQUFDO0FBRWxILE1BQUksTUFBTTtBQUNWLE1BQUksT0FBTztBQUVYLE1BQUksV0FBVztBQUNmLE1BQUksVUFBVTtBQUNkLE1BQUksZUFBZTtBQUNuQixNQUFJLG9CQUFvQjtBQUV4QixNQUFJLFVBQVU7QUFDZCxNQUFJLFNBQVM7QUFDYixRQUFNLE1BQU0sSUFBSSxRQUFRLElBQUk7QUFDNUIsUUFBTSxRQUFRLElBQUksUUFBUSxJQUFJO0FBRTlCLFFBQU0saUJBQWlCLENBQUMsTUFBc0I7QUFDNUMsUUFBSSxLQUFLLEVBQUcsUUFBTztBQUNuQjtBQUNBLFdBQU8sS0FBSyxXQUFXLENBQUMsTUFBTSxNQUFNLElBQUksSUFBSSxLQUFLLEtBQUssV0FBVyxJQUFJLENBQUMsTUFBTSxLQUFLLElBQUksSUFBSSxJQUFJO0FBQUEsRUFDL0Y7QUFFQSxRQUFNLFlBQVksQ0FBQyxNQUFzQjtBQUN2QyxXQUFPLElBQUksR0FBRztBQUNaLFlBQU0sSUFBSSxLQUFLLFdBQVcsQ0FBQztBQUMzQixVQUFJLE1BQU0sTUFBTSxNQUFNLEdBQUk7QUFDMUI7QUFBQSxJQUNGO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFFQSxRQUFNLGFBQWEsQ0FBQyxNQUFjLE9BQXVCO0FBQ3ZELFFBQUksUUFBUTtBQUNaLGFBQVMsSUFBSSxNQUFNLElBQUksSUFBSSxLQUFLO0FBQzlCLFlBQU0sSUFBSSxLQUFLLFdBQVcsQ0FBQztBQUMzQixVQUFJLE1BQU0sR0FBSTtBQUFBLGVBQ0wsTUFBTSxNQUFNLEVBQUUsSUFBSSxJQUFJLE1BQU0sS0FBSyxXQUFXLElBQUksQ0FBQyxNQUFNLElBQUs7QUFBQSxJQUN2RTtBQUNBLFdBQU87QUFBQSxFQUNUO0FBR0EsUUFBTSxhQUFhLENBQUMsTUFBc0I7QUFDeEMsUUFBSSxJQUFJLEtBQUssRUFBRyxRQUFPO0FBQ3ZCLFVBQU0sSUFBSSxLQUFLLFdBQVcsSUFBSSxDQUFDO0FBQy9CLFFBQUksTUFBTSxNQUFNLE1BQU0sSUFBSTtBQUV4QixVQUFJLElBQUksSUFBSTtBQUNaLFVBQUksTUFBTSxNQUFNLElBQUksS0FBSyxLQUFLLFdBQVcsQ0FBQyxNQUFNLEdBQUk7QUFDcEQ7QUFDQSxhQUFPLElBQUksS0FBSyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsRUFBRztBQUM3QyxlQUFTO0FBQ1QsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLE1BQU0sS0FBYztBQUV0QixVQUFJLE9BQU87QUFDWCxVQUFJLElBQUksSUFBSTtBQUNaLGFBQU8sSUFBSSxJQUFJLEtBQUssSUFBSSxHQUFHO0FBQ3pCLGNBQU0sSUFBSSxTQUFTLEtBQUssV0FBVyxDQUFDLENBQUM7QUFDckMsWUFBSSxJQUFJLEVBQUc7QUFDWCxlQUFPLE9BQU8sS0FBSztBQUNuQjtBQUFBLE1BQ0Y7QUFDQSxVQUFJLE1BQU0sSUFBSSxHQUFHO0FBQ2Ysa0JBQVU7QUFDVixpQkFBUztBQUNULGVBQU87QUFBQSxNQUNUO0FBQ0EsZUFBUyxLQUFLLEVBQUUsU0FBUyxtQkFBbUIsTUFBTSxFQUFFLE9BQU8sR0FBRyxLQUFLLEVBQUUsRUFBRSxDQUFDO0FBQ3hFLGdCQUFVO0FBQ1YsZUFBUyxJQUFJO0FBQ2IsYUFBTztBQUFBLElBQ1Q7QUFFQSxjQUFVLE1BQU0sTUFBTyxNQUFNLE1BQU0sTUFBTyxLQUFLLE1BQU0sTUFBTyxLQUFLLE1BQU0sTUFBTyxLQUFLO0FBQ25GLGFBQVMsSUFBSTtBQUNiLFdBQU87QUFBQSxFQUNUO0FBR0EsUUFBTSxtQkFBbUIsQ0FBQyxXQUFtQixVQUEwQjtBQUNyRSxVQUFNLFlBQVk7QUFDbEIsUUFBSSxNQUFNO0FBQ1YsVUFBTSxNQUFNO0FBQ1osUUFBSSxJQUFJO0FBQ1IsUUFBSSxJQUFJO0FBQ1IsUUFBSSxZQUFZO0FBQ2hCLFFBQUksUUFBUTtBQUdaLGVBQVM7QUFDUCxZQUFNLElBQUk7QUFDVixhQUFPLElBQUksR0FBRztBQUNaLFlBQUksS0FBSyxXQUFXLENBQUM7QUFDckIsWUFBSSxNQUFNLGFBQWEsTUFBTSxNQUFNLE1BQU0sTUFBTSxNQUFNLFVBQVUsTUFBTSxTQUFTLFFBQVEsQ0FBQyxFQUFHO0FBQzFGO0FBQUEsTUFDRjtBQUNBLFVBQUksS0FBSyxHQUFHLENBQUM7QUFDYixVQUFJLEtBQUssS0FBSyxNQUFNLE1BQU0sTUFBTSxNQUFNLFFBQVEsQ0FBQyxFQUFHO0FBQ2xELFVBQUksTUFBTSxVQUFVLE1BQU0sT0FBTztBQUMvQixvQkFBWTtBQUNaO0FBQ0E7QUFBQSxNQUNGO0FBQ0EsWUFBTSxPQUFPLFdBQVcsQ0FBQztBQUN6QixVQUFJLFNBQVMsWUFBWTtBQUN2QixnQkFBUTtBQUNSO0FBQUEsTUFDRjtBQUNBLFVBQUksU0FBUyxTQUFVLEtBQUksUUFBUSxTQUFTLEdBQUcsTUFBTTtBQUNyRCxVQUFJO0FBQUEsSUFDTjtBQUdBLFdBQU8sQ0FBQyxTQUFTLElBQUksR0FBRztBQUN0QixVQUFJLEtBQUssV0FBVyxDQUFDO0FBQ3JCLFVBQUksUUFBUSxDQUFDLEVBQUc7QUFBQSxlQUNQLENBQUMsY0FBYyxNQUFNLFVBQVUsTUFBTSxRQUFRO0FBQ3BELG9CQUFZO0FBQ1o7QUFBQSxNQUNGLFdBQVcsTUFBTSxhQUFhLElBQUksSUFBSSxNQUFNLEtBQUssV0FBVyxJQUFJLENBQUMsTUFBTSxNQUFNLEtBQUssV0FBVyxJQUFJLENBQUMsTUFBTSxLQUFLO0FBQzNHLG1CQUFXLENBQUM7QUFDWixZQUFJO0FBQUEsTUFDTixNQUFPO0FBQUEsSUFDVDtBQUdBLFVBQU0sVUFBVTtBQUNoQixXQUFPLENBQUMsT0FBTztBQUNiLFlBQU0sSUFBSTtBQUNWLGFBQU8sSUFBSSxHQUFHO0FBQ1osWUFBSSxLQUFLLFdBQVcsQ0FBQztBQUNyQixZQUFJLE1BQU0sYUFBYSxNQUFNLE1BQU0sTUFBTSxHQUFJO0FBQzdDO0FBQUEsTUFDRjtBQUNBLFlBQU0sS0FBSyxHQUFHLENBQUM7QUFDZixVQUFJLEtBQUssS0FBSyxNQUFNLE1BQU0sTUFBTSxHQUFJO0FBQ3BDLFlBQU0sT0FBTyxXQUFXLENBQUM7QUFDekIsVUFBSSxTQUFTLFlBQVk7QUFDdkIsZ0JBQVE7QUFDUjtBQUFBLE1BQ0Y7QUFDQSxVQUFJLFNBQVMsU0FBVSxPQUFNLFFBQVEsU0FBUyxHQUFHLE1BQU07QUFDdkQsVUFBSTtBQUFBLElBQ047QUFDQSxVQUFNLFVBQVUsUUFBUSxJQUFJO0FBQzVCLFVBQU0sT0FBTyxlQUFlLE9BQU87QUFFbkMsVUFBTSxTQUFTLElBQUksUUFBUTtBQUMzQixVQUFNLENBQUMsR0FBRyxDQUFDLElBQUksZUFBZSxNQUFNO0FBQ3BDLFFBQUksTUFBTSxFQUFHLFFBQU87QUFFcEIsVUFBTSxVQUFVLElBQUksUUFBUTtBQUM1QixVQUFNLFVBQVUsRUFBRSxPQUFPLFFBQVEsU0FBUyxDQUFDLEdBQUcsS0FBSyxNQUFNLFNBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxFQUFFO0FBQ3JGLFVBQU0sWUFBWSxNQUFNLFFBQVE7QUFDaEMsVUFBTSxjQUFjLE1BQU07QUFDMUIsVUFBTSxZQUNKLGNBQWMsSUFDVixFQUFFLE9BQU8sUUFBUSxXQUFXLENBQUMsR0FBRyxLQUFLLE1BQU0sV0FBVyxjQUFjLEdBQUcsV0FBVyxFQUFFLElBQ3BGLEVBQUUsT0FBTyxTQUFTLEtBQUssUUFBUTtBQUNyQyxJQUFBQSxTQUFRO0FBQUEsTUFDTixJQUFJO0FBQUEsUUFDRixNQUFNLEtBQUssTUFBTSxPQUFPLFNBQVMsU0FBUyxPQUFPLE1BQU0sR0FBRyxDQUFDO0FBQUEsUUFDM0QsTUFBTSxRQUFRO0FBQUEsUUFDZDtBQUFBLFFBQ0E7QUFBQSxRQUNBLEVBQUUsT0FBTyxPQUFPLEtBQUssUUFBUTtBQUFBLFFBQzdCLEVBQUUsT0FBTyxXQUFXLEtBQUssS0FBSztBQUFBLFFBQzlCO0FBQUEsUUFDQSxhQUFhLFFBQVEsVUFBVSxRQUFRLElBQUksV0FBVyxPQUFPLFFBQVEsS0FBSztBQUFBLFFBQzFFO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUNBLG1CQUFlO0FBQ2YsV0FBTztBQUFBLEVBQ1Q7QUFFQSxTQUFPLE1BQU0sR0FBRztBQUNkLFVBQU0sWUFBWTtBQUNsQixRQUFJLElBQUk7QUFDUixXQUFPLElBQUksS0FBSyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsRUFBRztBQUM3QyxRQUFJLEtBQUssRUFBRztBQUNaLFVBQU0sSUFBSSxLQUFLLFdBQVcsQ0FBQztBQUMzQixRQUFJLE1BQU0sTUFBTSxNQUFNLElBQUk7QUFDeEIsMEJBQW9CO0FBQ3BCLFlBQU0sZUFBZSxDQUFDO0FBQ3RCO0FBQUEsSUFDRjtBQUNBLFFBQUksTUFBTSxRQUFRLE1BQU0sTUFBTTtBQUM1QixZQUFNLE1BQU0sVUFBVSxDQUFDO0FBR3ZCLFVBQUksTUFBTSxhQUFhLE1BQU0scUJBQXFCLFlBQVksTUFBTSxHQUFHLEdBQUcsR0FBRztBQUMzRSxZQUFJLENBQUMsYUFBYztBQUNuQixrQkFBVTtBQUNWLHVCQUFlO0FBQUEsTUFDakIsT0FBTztBQUNMLGlCQUFTLEtBQUssRUFBRSxNQUFNLEVBQUUsT0FBTyxHQUFHLEtBQUssSUFBSSxHQUFHLE1BQU0sS0FBSyxNQUFNLElBQUksR0FBRyxHQUFHLEdBQUcsS0FBSyxDQUFDO0FBQ2xGLFlBQUksZ0JBQWdCLFdBQVcsR0FBRztBQUNoQztBQUNBLG9CQUFVO0FBQ1YseUJBQWU7QUFBQSxRQUNqQjtBQUNBLDRCQUFvQjtBQUFBLE1BQ3RCO0FBQ0EsWUFBTSxlQUFlLEdBQUc7QUFDeEI7QUFBQSxJQUNGO0FBQ0Esd0JBQW9CO0FBQ3BCLFVBQU0saUJBQWlCLFdBQVcsQ0FBQztBQUFBLEVBQ3JDO0FBRUEsU0FBTyxFQUFFLFNBQUFBLFVBQVMsVUFBVSxlQUFlLEtBQUssSUFBSSxHQUFHLFlBQVksZUFBZSxJQUFJLEVBQUUsR0FBRyxTQUFTO0FBQ3RHO0FBRUEsU0FBUyxZQUFZLE1BQWMsR0FBVyxLQUFzQjtBQUNsRSxNQUFJLE1BQU0sSUFBSSxFQUFHLFFBQU87QUFDeEIsV0FBUyxJQUFJLEdBQUcsS0FBSyxHQUFHLElBQUssS0FBSSxLQUFLLFdBQVcsSUFBSSxDQUFDLE1BQU0sT0FBUSxRQUFPO0FBQzNFLFdBQVMsSUFBSSxJQUFJLEdBQUcsSUFBSSxLQUFLLElBQUssS0FBSSxDQUFDLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFHLFFBQU87QUFDM0UsU0FBTztBQUNUO0FBR0EsSUFBTSxTQUFTO0FBRWYsU0FBUyxhQUFhLE1BQWMsVUFBcUM7QUFDdkUsUUFBTSxNQUFNLEtBQUssUUFBUSxJQUFJO0FBQzdCLFFBQU0sUUFBUSxPQUFPLElBQUksU0FBWSxPQUFPLEtBQUssSUFBSTtBQUNyRCxRQUFNLEtBQUssT0FBTyxJQUFJLE1BQU0sUUFBUSxNQUFNLFFBQVE7QUFDbEQsTUFBSSxLQUFLLEVBQUc7QUFDWixXQUFTLEtBQUs7QUFBQSxJQUNaLFNBQ0UsT0FBTyxJQUNILG9GQUNBO0FBQUEsSUFDTixNQUFNLEVBQUUsT0FBTyxJQUFJLEtBQUssS0FBSyxFQUFFO0FBQUEsRUFDakMsQ0FBQztBQUNIO0FBRUEsU0FBUyxjQUFjLEdBQW1CO0FBQ3hDLFNBQU8sUUFBUSxFQUFFLFNBQVMsRUFBRSxFQUFFLFlBQVksRUFBRSxTQUFTLEdBQUcsR0FBRztBQUM3RDtBQUVBLFNBQVMsV0FBVyxHQUFXLE9BQXdCO0FBQ3JELFFBQU0sTUFBZ0IsQ0FBQztBQUN2QixNQUFJLFlBQVk7QUFDaEIsV0FBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLFFBQVEsS0FBSztBQUNqQyxVQUFNLElBQUksRUFBRSxXQUFXLENBQUM7QUFDeEIsUUFBSTtBQUNKLFFBQUksTUFBTSxVQUFXLE9BQU07QUFBQSxhQUNsQixNQUFNLElBQUssT0FBTTtBQUFBLGFBQ2pCLE1BQU0sR0FBSSxPQUFNO0FBQUEsYUFDaEIsTUFBTSxHQUFJLE9BQU07QUFBQSxhQUNoQixNQUFNLEdBQUksT0FBTTtBQUFBLGFBQ2hCLElBQUksU0FBUyxJQUFJLElBQU0sT0FBTSxjQUFjLENBQUM7QUFBQSxhQUM1QyxNQUFNLE1BQU8sT0FBTSxTQUFTLE1BQU0sSUFBSSxRQUFRO0FBQUEsYUFHOUMsTUFBTSxVQUFVLE1BQU0sTUFBTyxPQUFNLFNBQVMsTUFBTSxJQUFJLE9BQU8sRUFBRSxDQUFDLElBQUk7QUFBQSxhQUNwRSxNQUFNLFFBQVEsTUFBTSxLQUFNLE9BQU0sUUFBUSxPQUFPLEVBQUUsQ0FBQyxJQUFJO0FBQy9ELFFBQUksUUFBUSxRQUFXO0FBQ3JCLFVBQUksSUFBSSxVQUFXLEtBQUksS0FBSyxFQUFFLE1BQU0sV0FBVyxDQUFDLENBQUM7QUFDakQsVUFBSSxLQUFLLEdBQUc7QUFDWixrQkFBWSxJQUFJO0FBQUEsSUFDbEI7QUFBQSxFQUNGO0FBQ0EsTUFBSSxjQUFjLEVBQUcsUUFBTztBQUM1QixNQUFJLEtBQUssRUFBRSxNQUFNLFNBQVMsQ0FBQztBQUMzQixTQUFPLElBQUksS0FBSyxFQUFFO0FBQ3BCO0FBT08sU0FBUyxvQkFBb0IsT0FBdUI7QUFDekQsU0FBTyxXQUFXLE9BQU8sS0FBSztBQUNoQztBQU1PLFNBQVMsa0JBQWtCLEtBQXFCO0FBQ3JELFNBQU8sV0FBVyxLQUFLLElBQUk7QUFDN0I7OztBQ3ZnQkEsSUFBTSxTQUFTO0FBQ2YsSUFBTSxPQUFPO0FBQ2IsSUFBTSxRQUFRO0FBQ2QsSUFBTUMsU0FBUTtBQUdkLElBQU0sWUFBWTtBQWFYLFNBQVMsaUJBQWlCLE9BQThCO0FBQzdELFFBQU0sTUFBcUIsQ0FBQztBQUM1QixRQUFNLFFBQWlCLENBQUM7QUFDeEIsUUFBTSxJQUFJLE1BQU07QUFDaEIsUUFBTSxRQUFRLENBQUMsR0FBVSxTQUFpQixpQkFBZ0M7QUFDeEUsVUFBTSxVQUFVLEVBQUUsU0FBUyxJQUFJLEVBQUUsUUFBUTtBQUN6QyxVQUFNLEtBQWtCO0FBQUEsTUFDdEIsTUFBTSxNQUFNLE1BQU0sRUFBRSxRQUFRLEdBQUcsT0FBTztBQUFBLE1BQ3RDLE9BQU8sRUFBRTtBQUFBLE1BQ1QsS0FBSyxlQUFlLFVBQVUsVUFBVTtBQUFBLE1BQ3hDLFdBQVcsRUFBRSxRQUFRO0FBQUEsTUFDckI7QUFBQSxNQUNBLFFBQVEsRUFBRTtBQUFBLElBQ1o7QUFDQSxRQUFJLEVBQUUsU0FBUyxFQUFHLElBQUcsZUFBZSxNQUFNLE1BQU0sRUFBRSxRQUFRLEdBQUcsT0FBTztBQUNwRSxRQUFJLGFBQWMsSUFBRyxlQUFlO0FBQ3BDLEtBQUMsTUFBTSxTQUFTLElBQUksTUFBTSxNQUFNLFNBQVMsQ0FBQyxFQUFFLFNBQVMsS0FBSyxLQUFLLEVBQUU7QUFBQSxFQUNuRTtBQUNBLE1BQUksSUFBSTtBQUNSLFNBQU8sSUFBSSxHQUFHO0FBQ1osUUFBSSxNQUFNLFdBQVcsR0FBRztBQUN0QixZQUFNLEtBQUssTUFBTSxRQUFRLE1BQU0sQ0FBQztBQUNoQyxVQUFJLEtBQUssRUFBRztBQUNaLFlBQU0sS0FBSyxFQUFFLE9BQU8sSUFBSSxRQUFRLEdBQUcsT0FBTyxJQUFJLFFBQVEsQ0FBQyxFQUFFLENBQUM7QUFDMUQsVUFBSSxLQUFLO0FBQ1Q7QUFBQSxJQUNGO0FBQ0EsVUFBTSxJQUFJLE1BQU0sV0FBVyxDQUFDO0FBQzVCLFVBQU0sSUFBSSxNQUFNLE1BQU0sU0FBUyxDQUFDO0FBR2hDLFFBQUksTUFBTSxVQUFVLElBQUksSUFBSSxLQUFLLE1BQU0sV0FBVyxJQUFJLENBQUMsTUFBTSxRQUFRLE1BQU0sVUFBVSxXQUFXO0FBQzlGLFlBQU0sS0FBSyxFQUFFLE9BQU8sR0FBRyxRQUFRLEdBQUcsT0FBTyxJQUFJLFFBQVEsQ0FBQyxFQUFFLENBQUM7QUFDekQsV0FBSztBQUNMO0FBQUEsSUFDRjtBQUNBLFFBQUksTUFBTSxLQUFNLEdBQUU7QUFBQSxhQUNULE1BQU0sT0FBTztBQUNwQixVQUFJLEVBQUUsU0FBUyxFQUFHLEdBQUU7QUFBQSxXQUNmO0FBQ0gsY0FBTSxJQUFJO0FBQ1YsY0FBTSxHQUFHLEdBQUcsS0FBSztBQUFBLE1BQ25CO0FBQUEsSUFDRixXQUFXLE1BQU1BLFVBQVMsRUFBRSxRQUFRLEVBQUcsR0FBRSxRQUFRO0FBQ2pEO0FBQUEsRUFDRjtBQUNBLFNBQU8sTUFBTSxTQUFTLEVBQUcsT0FBTSxNQUFNLElBQUksR0FBSSxHQUFHLElBQUk7QUFDcEQsU0FBTztBQUNUO0FBaUJPLFNBQVMsb0JBQW9CLE9BQWUsUUFBNkQ7QUFDOUcsUUFBTSxNQUFlLEVBQUUsUUFBUSxZQUFZLENBQUMsR0FBRyxhQUFhLENBQUMsR0FBRyxRQUFRLE9BQU8sUUFBUSxDQUFDLEVBQUU7QUFDMUYsUUFBTSxNQUFNLGFBQWEsT0FBTyxpQkFBaUIsS0FBSyxHQUFHLEdBQUcsTUFBTSxRQUFRLEtBQUssQ0FBQztBQUNoRixRQUFNLFNBQXdCLEVBQUUsT0FBTyxJQUFJLFNBQVMsU0FBWSxLQUFLLFlBQVksSUFBSSxZQUFZLGFBQWEsSUFBSSxZQUFZO0FBQzlILE1BQUksSUFBSSxNQUFPLFFBQU8sUUFBUSxJQUFJO0FBQ2xDLFNBQU87QUFDVDtBQUVBLFNBQVMsUUFBUSxNQUFnQixNQUFvQjtBQUNuRCxNQUFJLENBQUMsS0FBSyxTQUFTLElBQUksRUFBRyxNQUFLLEtBQUssSUFBSTtBQUMxQztBQUVBLFNBQVMsYUFBYSxLQUFhLGNBQTZCLE1BQWMsSUFBWSxLQUFjLE9BQXVCO0FBQzdILE1BQUksTUFBTTtBQUNWLE1BQUksS0FBSztBQUNULGFBQVcsTUFBTSxjQUFjO0FBQzdCLFFBQUksR0FBRyxRQUFRLFFBQVEsR0FBRyxNQUFNLEdBQUk7QUFDcEMsV0FBTyxJQUFJLE1BQU0sSUFBSSxHQUFHLEtBQUssSUFBSSxXQUFXLEtBQUssSUFBSSxLQUFLLEtBQUs7QUFDL0QsU0FBSyxHQUFHO0FBQUEsRUFDVjtBQUNBLFNBQU8sTUFBTSxJQUFJLE1BQU0sSUFBSSxFQUFFO0FBQy9CO0FBRUEsU0FBUyxXQUFXLEtBQWEsSUFBaUIsS0FBYyxPQUF1QjtBQUNyRixRQUFNLE1BQU0sSUFBSSxNQUFNLEdBQUcsT0FBTyxHQUFHLEdBQUc7QUFDdEMsTUFBSSxTQUFTLFdBQVc7QUFDdEIsUUFBSSxTQUFTO0FBQ2IsWUFBUSxJQUFJLFlBQVksR0FBRyxJQUFJO0FBQy9CLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxHQUFHLGFBQWMsUUFBTyxPQUFPLGFBQWEsS0FBSyxHQUFHLFFBQVEsR0FBRyxRQUFRLEdBQUcsR0FBRyxLQUFLLEtBQUssUUFBUSxDQUFDO0FBRXBHLFFBQU0sZUFBZSxJQUFJO0FBQ3pCLE1BQUksU0FBUztBQUNiLFFBQU0sT0FBTyxhQUFhLEtBQUssR0FBRyxRQUFRLEdBQUcsV0FBVyxHQUFHLFNBQVMsS0FBSyxRQUFRLENBQUM7QUFDbEYsUUFBTSxhQUFhLElBQUk7QUFDdkIsTUFBSSxTQUFTLGdCQUFnQjtBQUM3QixNQUFJLFdBQVksUUFBTztBQUV2QixRQUFNLFVBQVUsSUFBSSxPQUFPLFFBQVEsSUFBSTtBQUN2QyxNQUFJLFdBQVcsR0FBRztBQUNoQixRQUFJLFNBQVM7QUFDYixRQUFJLFVBQVUsQ0FBQyxHQUFHLElBQUksT0FBTyxNQUFNLE9BQU8sR0FBRyxJQUFJO0FBQ2pELFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxRQUFRLElBQUksT0FBTyxJQUFJO0FBQzdCLE1BQUksVUFBVSxRQUFXO0FBQ3ZCLFFBQUksT0FBTyxLQUFLLElBQUk7QUFDcEIsVUFBTSxXQUFXLGFBQWEsT0FBTyxpQkFBaUIsS0FBSyxHQUFHLEdBQUcsTUFBTSxRQUFRLEtBQUssUUFBUSxDQUFDO0FBQzdGLFFBQUksT0FBTyxJQUFJO0FBQ2YsV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLEdBQUcsaUJBQWlCLFFBQVc7QUFDakMsWUFBUSxJQUFJLGFBQWEsSUFBSTtBQUM3QixXQUFPLGFBQWEsS0FBSyxHQUFHLFFBQVEsR0FBRyxVQUFVLEdBQUcsR0FBRyxNQUFNLEdBQUcsS0FBSyxRQUFRLENBQUM7QUFBQSxFQUNoRjtBQUNBLE1BQUksU0FBUztBQUNiLFVBQVEsSUFBSSxZQUFZLElBQUk7QUFDNUIsU0FBTztBQUNUOzs7QUYvSkEsU0FBUyxRQUFRLE1BQStCO0FBQzlDLFFBQU0sT0FBTyxnQkFBZ0IsSUFBSTtBQUNqQyxnQkFBQUMsUUFBTyxVQUFVLEtBQUssVUFBVSxDQUFDLEdBQUcsMEJBQTBCLEtBQUssVUFBVSxJQUFJLENBQUMsRUFBRTtBQUNwRixTQUFPLEtBQUs7QUFDZDtBQUVBLFNBQVMsS0FBSyxNQUE2QjtBQUN6QyxRQUFNLE9BQU8sUUFBUSxJQUFJO0FBQ3pCLGdCQUFBQSxRQUFPLE1BQU0sS0FBSyxRQUFRLEdBQUcseUJBQXlCLEtBQUssVUFBVSxJQUFJLENBQUMsRUFBRTtBQUM1RSxTQUFPLEtBQUssQ0FBQztBQUNmO0FBRUEsU0FBUyxNQUFNLE1BQWtEO0FBQy9ELFNBQU8sS0FBSyxRQUFRLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLFFBQVEsQ0FBQztBQUM3RDtBQUVBLFNBQVMsTUFBTSxNQUFjLElBQXNCO0FBQ2pELFNBQU8sTUFBTSxLQUFLLEVBQUUsUUFBUSxLQUFLLEtBQUssR0FBRyxDQUFDLEdBQUcsTUFBTSxPQUFPLENBQUM7QUFDN0Q7QUFHQSxTQUFTLElBQUksTUFBNEI7QUFDdkMsTUFBSSxJQUFJO0FBQ1IsU0FBTyxNQUFNO0FBQ1gsUUFBSyxJQUFJLGFBQWM7QUFDdkIsUUFBSSxJQUFJLEtBQUssS0FBSyxJQUFLLE1BQU0sSUFBSyxJQUFJLENBQUM7QUFDdkMsUUFBSyxJQUFJLEtBQUssS0FBSyxJQUFLLE1BQU0sR0FBSSxLQUFLLENBQUMsSUFBSztBQUM3QyxhQUFTLElBQUssTUFBTSxRQUFTLEtBQUs7QUFBQSxFQUNwQztBQUNGO0FBQUEsSUFFQSwyQkFBUywwQkFBMEIsTUFBTTtBQUN2Qyw2QkFBSyx5RUFBeUUsTUFBTTtBQUNsRixVQUFNLFFBQW9DO0FBQUEsTUFDeEMsQ0FBQyxPQUFPLEtBQUssR0FBRztBQUFBLE1BQ2hCLENBQUMsT0FBTyxLQUFLLEdBQUc7QUFBQSxNQUNoQixDQUFDLE9BQU8sS0FBSyxHQUFHO0FBQUEsTUFDaEIsQ0FBQyxTQUFTLEtBQUssR0FBRztBQUFBLE1BQ2xCLENBQUMsU0FBVyxLQUFLLEdBQUc7QUFBQSxNQUNwQixDQUFDLFNBQVMsS0FBSyxHQUFHO0FBQUEsTUFDbEIsQ0FBQyxhQUFhLEtBQUssS0FBSztBQUFBLE1BQ3hCLENBQUMsUUFBUSxLQUFLLElBQUk7QUFBQSxNQUNsQixDQUFDLFNBQVMsS0FBSyxLQUFLO0FBQUEsTUFDcEIsQ0FBQyxLQUFLLEtBQUssRUFBRTtBQUFBLE1BQ2IsQ0FBQyxNQUFNLEtBQUssRUFBRTtBQUFBLE1BQ2QsQ0FBQyxXQUFXLEtBQUssRUFBRTtBQUFBLE1BQ25CLENBQUMsZUFBZSxLQUFLLFdBQVc7QUFBQSxNQUNoQyxDQUFDLFNBQVMsS0FBSyxLQUFLO0FBQUEsTUFDcEIsQ0FBQyxzQkFBc0IsS0FBSyxrQkFBa0I7QUFBQSxNQUM5QyxDQUFDLGtCQUFrQixLQUFLLGNBQWM7QUFBQSxJQUN4QztBQUNBLGVBQVcsQ0FBQyxNQUFNLEtBQUssS0FBSyxLQUFLLE9BQU87QUFDdEMsWUFBTSxJQUFJLEtBQUssSUFBSTtBQUNuQixvQkFBQUEsUUFBTyxVQUFVLENBQUMsRUFBRSxLQUFLLEVBQUUsS0FBSyxHQUFHLENBQUMsS0FBSyxLQUFLLEdBQUcsS0FBSyxVQUFVLElBQUksQ0FBQztBQUFBLElBQ3ZFO0FBQUEsRUFDRixDQUFDO0FBRUQsNkJBQUssMkRBQTJELE1BQU07QUFDcEUsVUFBTSxPQUFPO0FBQ2IsVUFBTSxDQUFDLEdBQUcsSUFBSSxJQUFJLFFBQVEsSUFBSTtBQUM5QixrQkFBQUEsUUFBTyxNQUFNLEVBQUUsS0FBSyxLQUFLO0FBQ3pCLGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxPQUFPLFNBQVU7QUFDaEMsa0JBQUFBLFFBQU8sVUFBVSxFQUFFLFNBQVMsRUFBRSxPQUFPLEdBQUcsS0FBSyxFQUFFLENBQUM7QUFDaEQsa0JBQUFBLFFBQU8sVUFBVSxFQUFFLFdBQVcsRUFBRSxPQUFPLEdBQUcsS0FBSyxHQUFHLENBQUM7QUFDbkQsa0JBQUFBLFFBQU8sVUFBVSxFQUFFLFVBQVUsRUFBRSxPQUFPLEdBQUcsS0FBSyxHQUFHLENBQUM7QUFDbEQsa0JBQUFBLFFBQU8sVUFBVSxFQUFFLFlBQVksRUFBRSxPQUFPLEdBQUcsS0FBSyxHQUFHLENBQUM7QUFDcEQsa0JBQUFBLFFBQU8sVUFBVSxFQUFFLFlBQVksQ0FBQyxHQUFHLEdBQUcsR0FBRyxDQUFDLENBQUM7QUFDM0Msa0JBQUFBLFFBQU8sVUFBVSxFQUFFLGNBQWMsTUFBTSxHQUFHLEVBQUUsQ0FBQztBQUM3QyxrQkFBQUEsUUFBTyxNQUFNLEVBQUUsTUFBTSxDQUFDO0FBQ3RCLGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxVQUFVLENBQUM7QUFDMUIsa0JBQUFBLFFBQU8sTUFBTSxLQUFLLE1BQU0sQ0FBQztBQUN6QixrQkFBQUEsUUFBTyxVQUFVLEtBQUssWUFBWSxFQUFFLE9BQU8sSUFBSSxLQUFLLEdBQUcsQ0FBQztBQUN4RCxrQkFBQUEsUUFBTyxNQUFNLEtBQUssTUFBTSxFQUFFLFVBQVUsT0FBTyxFQUFFLFVBQVUsR0FBRyxHQUFHLEVBQUUsS0FBSztBQUFBLEVBQ3RFLENBQUM7QUFFRCw2QkFBSyx5RkFBeUYsTUFBTTtBQUNsRyxVQUFNLE9BQU8sT0FBTztBQUNwQixVQUFNLElBQUksS0FBSyxJQUFJO0FBQ25CLGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxLQUFLLFNBQVM7QUFDN0Isa0JBQUFBLFFBQU8sTUFBTSxFQUFFLE9BQU8seUJBQTRCO0FBQ2xELGtCQUFBQSxRQUFPLFVBQVUsRUFBRSxTQUFTLEVBQUUsT0FBTyxHQUFHLEtBQUssR0FBRyxDQUFDO0FBQ2pELGtCQUFBQSxRQUFPLFVBQVUsRUFBRSxZQUFZLENBQUMsR0FBRyxHQUFHLEdBQUcsR0FBRyxHQUFHLEdBQUcsR0FBRyxFQUFFLENBQUM7QUFDeEQsa0JBQUFBLFFBQU8sVUFBVSxFQUFFLFdBQVcsRUFBRSxPQUFPLElBQUksS0FBSyxLQUFLLE9BQU8sQ0FBQztBQUM3RCxrQkFBQUEsUUFBTyxVQUFVLEVBQUUsY0FBYyxDQUFDLElBQUksSUFBSSxJQUFJLElBQUksSUFBSSxJQUFJLElBQUksSUFBSSxJQUFJLElBQUksSUFBSSxJQUFJLElBQUksSUFBSSxJQUFJLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDdkcsQ0FBQztBQUVELDZCQUFLLGtFQUFrRSxNQUFNO0FBQzNFLGtCQUFBQSxRQUFPLE1BQU0sS0FBSyxPQUFPLG1CQUFtQixFQUFFLEtBQUssU0FBUztBQUM1RCxrQkFBQUEsUUFBTyxNQUFNLEtBQUssT0FBTyxzQkFBc0IsRUFBRSxLQUFLLGdCQUFnQjtBQUN0RSxrQkFBQUEsUUFBTyxNQUFNLEtBQUssT0FBTyxxQkFBcUIsRUFBRSxLQUFLLFdBQVc7QUFDaEUsa0JBQUFBLFFBQU8sTUFBTSxLQUFLLE9BQU8sNkJBQTZCLEVBQUUsT0FBTyxzQkFBc0I7QUFBQSxFQUN2RixDQUFDO0FBRUQsNkJBQUssOEZBQStGLE1BQU07QUFDeEcsVUFBTSxPQUFPO0FBQ2IsVUFBTSxDQUFDLEdBQUcsS0FBSyxJQUFJLFFBQVEsSUFBSTtBQUMvQixrQkFBQUEsUUFBTyxNQUFNLEVBQUUsT0FBTyx5QkFBeUI7QUFDL0MsVUFBTSxTQUFTLEtBQUssUUFBUSxRQUFRO0FBQ3BDLFVBQU0sUUFBUSxLQUFLLFFBQVEsT0FBTztBQUNsQyxVQUFNLFNBQVMsS0FBSyxRQUFRLFFBQVE7QUFDcEMsa0JBQUFBLFFBQU8sVUFBVSxFQUFFLFdBQVcsRUFBRSxPQUFPLEdBQUcsS0FBSyxTQUFTLEVBQUUsQ0FBQztBQUMzRCxrQkFBQUEsUUFBTyxVQUFVLEVBQUUsY0FBYztBQUFBLE1BQy9CLEdBQUcsTUFBTSxHQUFHLEVBQUU7QUFBQSxNQUNkLEdBQUcsTUFBTSxRQUFRLFNBQVMsQ0FBQztBQUFBLE1BQzNCLEdBQUcsTUFBTSxPQUFPLFFBQVEsQ0FBQztBQUFBLE1BQ3pCLEdBQUcsTUFBTSxRQUFRLFNBQVMsQ0FBQztBQUFBLE1BQzNCLFNBQVM7QUFBQSxJQUNYLENBQUM7QUFDRCxrQkFBQUEsUUFBTyxVQUFVLEVBQUUsVUFBVSxFQUFFLE9BQU8sR0FBRyxLQUFLLFNBQVMsRUFBRSxDQUFDO0FBQzFELGtCQUFBQSxRQUFPLFVBQVUsRUFBRSxZQUFZLEVBQUUsT0FBTyxHQUFHLEtBQUssU0FBUyxFQUFFLENBQUM7QUFDNUQsa0JBQUFBLFFBQU8sTUFBTSxFQUFFLE1BQU0sQ0FBQztBQUN0QixrQkFBQUEsUUFBTyxNQUFNLE1BQU0sTUFBTSxDQUFDO0FBQUEsRUFDNUIsQ0FBQztBQUVELDZCQUFLLGdGQUFnRixNQUFNO0FBQ3pGLGtCQUFBQSxRQUFPO0FBQUEsTUFDTCxRQUFRLGNBQWMsRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsS0FBSyxFQUFFLEtBQUssQ0FBQztBQUFBLE1BQ25ELENBQUMsQ0FBQyxLQUFLLEtBQUssR0FBRyxDQUFDLEtBQUssR0FBRyxDQUFDO0FBQUEsSUFDM0I7QUFDQSxrQkFBQUEsUUFBTztBQUFBLE1BQ0wsUUFBUSxnQkFBZ0IsRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsS0FBSyxFQUFFLEtBQUssQ0FBQztBQUFBLE1BQ3JELENBQUMsQ0FBQyxLQUFLLFFBQVEsQ0FBQztBQUFBLElBQ2xCO0FBQUEsRUFDRixDQUFDO0FBRUQsNkJBQUssa0RBQWtELE1BQU07QUFDM0QsVUFBTSxPQUFPO0FBQ2IsVUFBTSxJQUFJLEtBQUssSUFBSTtBQUNuQixrQkFBQUEsUUFBTyxNQUFNLEVBQUUsS0FBSyxLQUFLO0FBQ3pCLGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxPQUFPLEdBQUc7QUFDekIsa0JBQUFBLFFBQU8sVUFBVSxFQUFFLFNBQVMsRUFBRSxPQUFPLEdBQUcsS0FBSyxFQUFFLENBQUM7QUFDaEQsa0JBQUFBLFFBQU8sVUFBVSxFQUFFLFlBQVksQ0FBQyxHQUFHLEdBQUcsR0FBRyxDQUFDLENBQUM7QUFDM0Msa0JBQUFBLFFBQU8sVUFBVSxFQUFFLFdBQVcsRUFBRSxPQUFPLElBQUksS0FBSyxHQUFHLENBQUM7QUFDcEQsa0JBQUFBLFFBQU8sTUFBTSxFQUFFLE1BQU0sQ0FBQztBQUFBLEVBQ3hCLENBQUM7QUFFRCw2QkFBSywyREFBMkQsTUFBTTtBQUNwRSxVQUFNLElBQUksS0FBSyxxQkFBcUI7QUFDcEMsa0JBQUFBLFFBQU8sTUFBTSxFQUFFLEtBQUssS0FBSztBQUN6QixrQkFBQUEsUUFBTyxNQUFNLEVBQUUsTUFBTSxDQUFDO0FBQ3RCLGtCQUFBQSxRQUFPLFVBQVUsRUFBRSxVQUFVLEVBQUUsT0FBTyxHQUFHLEtBQUssR0FBRyxDQUFDO0FBQUEsRUFDcEQsQ0FBQztBQUVELDZCQUFLLDBDQUEwQyxNQUFNO0FBQ25ELFVBQU0sT0FBTztBQUNiLFVBQU0sT0FBTyxRQUFRLElBQUk7QUFDekIsa0JBQUFBLFFBQU8sVUFBVSxLQUFLLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxLQUFLLEtBQUssQ0FBQyxHQUFHLENBQUMsS0FBSyxLQUFLLENBQUMsR0FBRyxDQUFDLEtBQUssS0FBSyxDQUFDLEdBQUcsQ0FBQyxLQUFLLEtBQUssQ0FBQyxDQUFDLENBQUM7QUFDeEgsa0JBQUFBLFFBQU8sVUFBVSxLQUFLLElBQUksQ0FBQyxNQUFNLEVBQUUsVUFBVSxHQUFHO0FBQUEsTUFDOUMsRUFBRSxPQUFPLEdBQUcsS0FBSyxFQUFFO0FBQUEsTUFDbkIsRUFBRSxPQUFPLEdBQUcsS0FBSyxFQUFFO0FBQUEsTUFDbkIsRUFBRSxPQUFPLEdBQUcsS0FBSyxHQUFHO0FBQUEsTUFDcEIsRUFBRSxPQUFPLElBQUksS0FBSyxHQUFHO0FBQUEsSUFDdkIsQ0FBQztBQUNELGtCQUFBQSxRQUFPLFVBQVUsS0FBSyxDQUFDLEVBQUUsVUFBVSxFQUFFLE9BQU8sR0FBRyxLQUFLLEVBQUUsQ0FBQztBQUFBLEVBQ3pELENBQUM7QUFFRCw2QkFBSyxvQ0FBb0MsTUFBTTtBQUM3QyxVQUFNLE9BQU8sZ0JBQWdCLHFCQUFzQjtBQUNuRCxrQkFBQUEsUUFBTyxVQUFVLEtBQUssU0FBUyxDQUFDLENBQUM7QUFDakMsa0JBQUFBLFFBQU8sVUFBVSxLQUFLLFVBQVUsQ0FBQyxDQUFDO0FBQ2xDLGtCQUFBQSxRQUFPLE1BQU0sS0FBSyxlQUFlLENBQUM7QUFBQSxFQUNwQyxDQUFDO0FBRUQsNkJBQUssd0RBQXdELE1BQU07QUFDakUsVUFBTSxPQUFPO0FBQ2IsVUFBTSxPQUFPLGdCQUFnQixJQUFJO0FBQ2pDLGtCQUFBQSxRQUFPLFVBQVUsS0FBSyxVQUFVO0FBQUEsTUFDOUIsRUFBRSxNQUFNLEVBQUUsT0FBTyxHQUFHLEtBQUssRUFBRSxHQUFHLE1BQU0sUUFBUSxNQUFNLEVBQUU7QUFBQSxNQUNwRCxFQUFFLE1BQU0sRUFBRSxPQUFPLEdBQUcsS0FBSyxHQUFHLEdBQUcsTUFBTSxXQUFXLE1BQU0sRUFBRTtBQUFBLE1BQ3hELEVBQUUsTUFBTSxFQUFFLE9BQU8sSUFBSSxLQUFLLEdBQUcsR0FBRyxNQUFNLFFBQVEsTUFBTSxFQUFFO0FBQUEsSUFDeEQsQ0FBQztBQUNELGtCQUFBQSxRQUFPLFVBQVUsS0FBSyxRQUFRLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxPQUFPLGFBQWEsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUMvRixDQUFDO0FBRUQsNkJBQUssd0RBQXdELE1BQU07QUFDakUsVUFBTSxPQUFPLGdCQUFnQixpQkFBaUI7QUFDOUMsa0JBQUFBLFFBQU8sVUFBVSxLQUFLLFFBQVEsSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLEdBQUcsQ0FBQyxLQUFLLENBQUM7QUFDMUQsa0JBQUFBLFFBQU8sVUFBVSxLQUFLLFNBQVMsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLEdBQUcsQ0FBQyxHQUFHLENBQUM7QUFBQSxFQUMxRCxDQUFDO0FBRUQsNkJBQUssMENBQTBDLE1BQU07QUFDbkQsa0JBQUFBLFFBQU87QUFBQSxNQUNMLFFBQVEsNEJBQTRCLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxHQUFHO0FBQUEsTUFDdEQsQ0FBQyxHQUFHO0FBQUEsSUFDTjtBQUFBLEVBQ0YsQ0FBQztBQUVELDZCQUFLLDBGQUEwRixNQUFNO0FBQ25HLFVBQU0sSUFBSSxLQUFLLE9BQU8sdUJBQXVCO0FBQzdDLGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxLQUFLLEtBQUs7QUFDekIsa0JBQUFBLFFBQU8sVUFBVSxFQUFFLFNBQVMsRUFBRSxPQUFPLEdBQUcsS0FBSyxFQUFFLENBQUM7QUFDaEQsa0JBQUFBLFFBQU8sVUFBVSxFQUFFLFlBQVksQ0FBQyxHQUFHLEdBQUcsR0FBRyxDQUFDLENBQUM7QUFDM0Msa0JBQUFBLFFBQU8sTUFBTSxFQUFFLFNBQVMsT0FBTyxDQUFDO0FBQ2hDLGtCQUFBQSxRQUFPLE1BQU0sS0FBSyxPQUFPLHNCQUFzQixFQUFFLEtBQUssYUFBaUI7QUFBQSxFQUN6RSxDQUFDO0FBRUQsNkJBQUssZ0VBQWdFLE1BQU07QUFDekUsVUFBTSxRQUFvQztBQUFBLE1BQ3hDLENBQUMsTUFBTSxHQUFHLENBQUM7QUFBQSxNQUNYLENBQUMsUUFBUSxHQUFHLENBQUM7QUFBQSxNQUNiLENBQUMsS0FBSyxHQUFHLENBQUM7QUFBQSxNQUNWLENBQUMsUUFBUSxHQUFHLENBQUM7QUFBQSxNQUNiLENBQUMsWUFBWSxHQUFHLENBQUM7QUFBQSxNQUNqQixDQUFDLFFBQVEsR0FBRyxDQUFDO0FBQUEsSUFDZjtBQUNBLGVBQVcsQ0FBQyxNQUFNLElBQUksT0FBTyxLQUFLLE9BQU87QUFDdkMsWUFBTSxJQUFJLEtBQUssSUFBSTtBQUNuQixvQkFBQUEsUUFBTyxNQUFNLEVBQUUsT0FBTyxFQUFFO0FBQ3hCLG9CQUFBQSxRQUFPLFVBQVUsRUFBRSxXQUFXLEVBQUUsT0FBTyxJQUFJLEtBQUssR0FBRyxHQUFHLEtBQUssVUFBVSxJQUFJLENBQUM7QUFDMUUsb0JBQUFBLFFBQU8sVUFBVSxFQUFFLGNBQWMsQ0FBQyxFQUFFLENBQUM7QUFDckMsb0JBQUFBLFFBQU8sTUFBTSxFQUFFLFNBQVMsS0FBSyxTQUFTLEtBQUssVUFBVSxJQUFJLENBQUM7QUFBQSxJQUM1RDtBQUVBLGVBQVcsQ0FBQyxJQUFJLEtBQUssTUFBTSxPQUFPLENBQUMsQ0FBQ0MsS0FBSSxNQUFNQSxVQUFTLEdBQUcsR0FBRztBQUMzRCxZQUFNLElBQUksS0FBSyxJQUFJO0FBQ25CLFlBQU0sU0FBUyxLQUFLLE1BQU0sR0FBRyxFQUFFLFVBQVUsS0FBSyxJQUFJLFFBQVEsS0FBSyxNQUFNLEVBQUUsVUFBVSxHQUFHO0FBQ3BGLG9CQUFBRCxRQUFPLE1BQU0sS0FBSyxNQUFNLEVBQUUsT0FBTyxPQUFPLEtBQUssVUFBVSxNQUFNLENBQUM7QUFBQSxJQUNoRTtBQUFBLEVBQ0YsQ0FBQztBQUVELDZCQUFLLGlEQUFpRCxNQUFNO0FBQzFELFVBQU0sSUFBSSxLQUFLLE9BQU87QUFDdEIsa0JBQUFBLFFBQU8sTUFBTSxFQUFFLE9BQU8sR0FBRztBQUN6QixrQkFBQUEsUUFBTyxVQUFVLEVBQUUsV0FBVyxFQUFFLE9BQU8sR0FBRyxLQUFLLEVBQUUsQ0FBQztBQUNsRCxrQkFBQUEsUUFBTyxVQUFVLEVBQUUsVUFBVSxFQUFFLE9BQU8sR0FBRyxLQUFLLEVBQUUsQ0FBQztBQUNqRCxVQUFNLFFBQVEsS0FBSyxNQUFNO0FBQ3pCLGtCQUFBQSxRQUFPLE1BQU0sTUFBTSxPQUFPLEVBQUU7QUFDNUIsa0JBQUFBLFFBQU8sVUFBVSxNQUFNLFdBQVcsRUFBRSxPQUFPLEdBQUcsS0FBSyxFQUFFLENBQUM7QUFDdEQsa0JBQUFBLFFBQU8sTUFBTSxLQUFLLE9BQU8sRUFBRSxLQUFLLEtBQUs7QUFBQSxFQUN2QyxDQUFDO0FBQ0gsQ0FBQztBQUFBLElBRUQsMkJBQVMsaURBQWlELE1BQU07QUFDOUQsUUFBTSxPQUFPLENBQUMsU0FBaUI7QUFDN0IsVUFBTSxPQUFPLGdCQUFnQixJQUFJO0FBQ2pDLFdBQU8sRUFBRSxTQUFTLE1BQU0sSUFBSSxHQUFHLE9BQU8sS0FBSyxjQUFjO0FBQUEsRUFDM0Q7QUFFQSw2QkFBSyw2REFBNkQsTUFBTTtBQUN0RSxrQkFBQUEsUUFBTyxVQUFVLEtBQUssMkJBQTJCLEdBQUc7QUFBQSxNQUNsRCxTQUFTLENBQUMsQ0FBQyxLQUFLLEtBQUssQ0FBQyxHQUFHLENBQUMsS0FBSyxLQUFLLENBQUMsR0FBRyxDQUFDLEtBQUssS0FBSyxDQUFDLENBQUM7QUFBQSxNQUNyRCxPQUFPO0FBQUEsSUFDVCxDQUFDO0FBQ0Qsa0JBQUFBLFFBQU8sVUFBVSxLQUFLLHNCQUF1QixFQUFFLFNBQVMsQ0FBQyxDQUFDLEtBQUssS0FBSyxDQUFDLEdBQUcsQ0FBQyxLQUFLLEtBQUssQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUN4RixDQUFDO0FBRUQsNkJBQUssb0NBQW9DLE1BQU07QUFDN0Msa0JBQUFBLFFBQU8sVUFBVSxnQkFBZ0IsZ0JBQWdCLEVBQUUsVUFBVSxDQUFDLENBQUM7QUFBQSxFQUNqRSxDQUFDO0FBRUQsNkJBQUssb0VBQW9FLE1BQU07QUFDN0UsZUFBVyxRQUFRLENBQUMsU0FBUyxTQUFTLFVBQVUsT0FBTyxPQUFPLEdBQUc7QUFDL0QsWUFBTSxPQUFPLGdCQUFnQjtBQUFBLEVBQVEsSUFBSTtBQUFBLElBQU87QUFDaEQsb0JBQUFBLFFBQU8sVUFBVSxNQUFNLElBQUksR0FBRyxDQUFDLENBQUMsS0FBSyxLQUFLLENBQUMsR0FBRyxDQUFDLEtBQUssS0FBSyxDQUFDLENBQUMsR0FBRyxJQUFJO0FBQ2xFLG9CQUFBQSxRQUFPLE1BQU0sS0FBSyxTQUFTLFFBQVEsR0FBRyxJQUFJO0FBQUEsSUFDNUM7QUFBQSxFQUNGLENBQUM7QUFFRCw2QkFBSyxrRkFBa0YsTUFBTTtBQUMzRixrQkFBQUEsUUFBTyxVQUFVLEtBQUsscUJBQXFCLEdBQUcsRUFBRSxTQUFTLENBQUMsQ0FBQyxLQUFLLEtBQUssQ0FBQyxHQUFHLENBQUMsS0FBSyxLQUFLLENBQUMsQ0FBQyxHQUFHLE9BQU8sRUFBRSxDQUFDO0FBQ25HLGtCQUFBQSxRQUFPLFVBQVUsS0FBSyxxQkFBcUIsR0FBRyxFQUFFLFNBQVMsQ0FBQyxDQUFDLEtBQUssS0FBSyxDQUFDLEdBQUcsQ0FBQyxLQUFLLEtBQUssQ0FBQyxDQUFDLEdBQUcsT0FBTyxFQUFFLENBQUM7QUFDbkcsa0JBQUFBLFFBQU8sVUFBVSxLQUFLLHVCQUF1QixHQUFHLEVBQUUsU0FBUyxDQUFDLENBQUMsS0FBSyxLQUFLLENBQUMsR0FBRyxDQUFDLEtBQUssS0FBSyxDQUFDLENBQUMsR0FBRyxPQUFPLEVBQUUsQ0FBQztBQUFBLEVBQ3ZHLENBQUM7QUFFRCw2QkFBSywwR0FBMEcsTUFBTTtBQUNuSCxrQkFBQUEsUUFBTyxVQUFVLEtBQUssMkJBQTJCLEdBQUcsRUFBRSxTQUFTLENBQUMsQ0FBQyxLQUFLLEtBQUssQ0FBQyxHQUFHLENBQUMsS0FBSyxLQUFLLENBQUMsQ0FBQyxHQUFHLE9BQU8sRUFBRSxDQUFDO0FBQ3pHLGtCQUFBQSxRQUFPLFVBQVUsS0FBSyw2QkFBNkIsR0FBRyxFQUFFLFNBQVMsQ0FBQyxDQUFDLEtBQUssS0FBSyxDQUFDLEdBQUcsQ0FBQyxLQUFLLEtBQUssQ0FBQyxDQUFDLEdBQUcsT0FBTyxFQUFFLENBQUM7QUFDM0csa0JBQUFBLFFBQU8sVUFBVSxLQUFLLDRCQUE0QixHQUFHLEVBQUUsU0FBUyxDQUFDLENBQUMsS0FBSyxLQUFLLENBQUMsR0FBRyxDQUFDLEtBQUssS0FBSyxDQUFDLENBQUMsR0FBRyxPQUFPLEVBQUUsQ0FBQztBQUFBLEVBQzVHLENBQUM7QUFFRCw2QkFBSyxtQ0FBbUMsTUFBTTtBQUM1QyxrQkFBQUEsUUFBTyxVQUFVLEtBQUssV0FBVyxHQUFHLEVBQUUsU0FBUyxDQUFDLENBQUMsS0FBSyxLQUFLLENBQUMsQ0FBQyxHQUFHLE9BQU8sRUFBRSxDQUFDO0FBQzFFLGtCQUFBQSxRQUFPLFVBQVUsS0FBSyx3QkFBd0IsR0FBRyxFQUFFLFNBQVMsQ0FBQyxDQUFDLEtBQUssS0FBSyxDQUFDLEdBQUcsQ0FBQyxLQUFLLEtBQUssQ0FBQyxDQUFDLEdBQUcsT0FBTyxFQUFFLENBQUM7QUFDdEcsa0JBQUFBLFFBQU8sVUFBVSxLQUFLLGFBQWEsR0FBRyxFQUFFLFNBQVMsQ0FBQyxDQUFDLEtBQUssS0FBSyxDQUFDLENBQUMsR0FBRyxPQUFPLEVBQUUsQ0FBQztBQUM1RSxrQkFBQUEsUUFBTyxVQUFVLEtBQUssRUFBRSxHQUFHLEVBQUUsU0FBUyxDQUFDLEdBQUcsT0FBTyxFQUFFLENBQUM7QUFBQSxFQUN0RCxDQUFDO0FBQ0gsQ0FBQztBQUFBLElBRUQsMkJBQVMsK0NBQStDLE1BQU07QUFDNUQsNkJBQUssMkVBQTJFLE1BQU07QUFDcEYsVUFBTSxPQUFPO0FBQ2IsVUFBTSxPQUFPLGdCQUFnQixJQUFJO0FBQ2pDLGtCQUFBQSxRQUFPLFVBQVUsS0FBSyxRQUFRLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxLQUFLLEVBQUUsS0FBSyxDQUFDLEdBQUc7QUFBQSxNQUMxRCxDQUFDLEtBQUssT0FBTztBQUFBLE1BQ2IsQ0FBQyxLQUFLLEtBQUs7QUFBQSxNQUNYLENBQUMsT0FBTyxHQUFHO0FBQUE7QUFBQSxNQUVYLENBQUMsS0FBSyxPQUFPO0FBQUEsTUFDYixDQUFDLEtBQUssR0FBRztBQUFBLElBQ1gsQ0FBQztBQUNELFVBQU0sUUFBUSxLQUFLLFNBQVMsSUFBSSxDQUFDLE1BQU0sS0FBSyxNQUFNLEVBQUUsS0FBSyxPQUFPLEVBQUUsS0FBSyxHQUFHLENBQUM7QUFDM0Usa0JBQUFBLFFBQU8sVUFBVSxPQUFPLENBQUMsU0FBUyxTQUFTLFFBQVEsVUFBVSxLQUFLLENBQUM7QUFDbkUsa0JBQUFBLFFBQU8sR0FBRyxLQUFLLFNBQVMsTUFBTSxDQUFDLE1BQU0sRUFBRSxRQUFRLFNBQVMsbUJBQW1CLENBQUMsQ0FBQztBQUM3RSxrQkFBQUEsUUFBTyxVQUFVLEtBQUssUUFBUSxDQUFDLEVBQUUsY0FBYyxDQUFDLEdBQUcsR0FBRyxHQUFHLEdBQUcsR0FBRyxDQUFDLENBQUM7QUFBQSxFQUNuRSxDQUFDO0FBRUQsNkJBQUssaURBQWlELE1BQU07QUFDMUQsVUFBTSxNQUFNLGdCQUFnQixhQUFnQjtBQUM1QyxrQkFBQUEsUUFBTyxNQUFNLElBQUksU0FBUyxRQUFRLENBQUM7QUFDbkMsa0JBQUFBLFFBQU8sVUFBVSxJQUFJLFNBQVMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxPQUFPLEdBQUcsS0FBSyxFQUFFLENBQUM7QUFDM0Qsa0JBQUFBLFFBQU8sTUFBTSxJQUFJLFNBQVMsQ0FBQyxFQUFFLFNBQVMsS0FBSztBQUMzQyxrQkFBQUEsUUFBTyxVQUFVLElBQUksUUFBUSxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssR0FBRyxDQUFDLFFBQVEsR0FBTSxDQUFDO0FBQ2xFLFVBQU0sTUFBTSxnQkFBZ0IsV0FBb0I7QUFDaEQsa0JBQUFBLFFBQU8sTUFBTSxJQUFJLFNBQVMsUUFBUSxDQUFDO0FBQ25DLGtCQUFBQSxRQUFPLFVBQVUsSUFBSSxTQUFTLENBQUMsRUFBRSxNQUFNLEVBQUUsT0FBTyxHQUFHLEtBQUssRUFBRSxDQUFDO0FBQzNELGtCQUFBQSxRQUFPLFVBQVUsZ0JBQWdCLGNBQW9CLEVBQUUsVUFBVSxDQUFDLENBQUM7QUFBQSxFQUNyRSxDQUFDO0FBRUQsNkJBQUssaUVBQWlFLE1BQU07QUFDMUUsVUFBTSxXQUFXLENBQUMsS0FBSyxLQUFLLEtBQUssS0FBSyxLQUFLLEtBQU0sTUFBTSxNQUFNLE1BQU0sS0FBSyxLQUFLLEtBQUssTUFBTSxNQUFNLFFBQVEsS0FBSyxLQUFLLEtBQUssTUFBTSxRQUFVLFVBQVUsR0FBRztBQUNsSixVQUFNLFNBQVMsSUFBSSxDQUFDO0FBQ3BCLGFBQVMsUUFBUSxHQUFHLFFBQVEsS0FBTSxTQUFTO0FBQ3pDLFVBQUksT0FBTztBQUNYLFlBQU0sTUFBTSxLQUFLLE1BQU0sT0FBTyxJQUFJLEVBQUU7QUFDcEMsZUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLElBQUssU0FBUSxTQUFTLEtBQUssTUFBTSxPQUFPLElBQUksU0FBUyxNQUFNLENBQUM7QUFDckYsWUFBTSxPQUFPLGdCQUFnQixJQUFJO0FBQ2pDLFVBQUksY0FBYztBQUNsQixpQkFBVyxLQUFLLEtBQUssU0FBUztBQUM1QixjQUFNLFFBQVEsS0FBSyxVQUFVLElBQUk7QUFDakMsc0JBQUFBLFFBQU8sR0FBRyxFQUFFLElBQUksU0FBUyxHQUFHLEtBQUs7QUFDakMsc0JBQUFBLFFBQU8sR0FBRyxlQUFlLEVBQUUsV0FBVyxPQUFPLEtBQUs7QUFDbEQsc0JBQWMsRUFBRSxXQUFXO0FBQzNCLHNCQUFBQSxRQUFPLEdBQUcsRUFBRSxXQUFXLFNBQVMsRUFBRSxTQUFTLFNBQVMsRUFBRSxTQUFTLE9BQU8sRUFBRSxXQUFXLE9BQU8sRUFBRSxXQUFXLE9BQU8sS0FBSyxRQUFRLEtBQUs7QUFDaEksc0JBQUFBLFFBQU8sR0FBRyxFQUFFLFNBQVMsU0FBUyxFQUFFLFFBQVEsU0FBUyxFQUFFLFFBQVEsT0FBTyxFQUFFLFVBQVUsU0FBUyxFQUFFLFVBQVUsT0FBTyxFQUFFLFNBQVMsS0FBSyxLQUFLO0FBQy9ILHNCQUFBQSxRQUFPLEdBQUcsRUFBRSxZQUFZLEtBQUssRUFBRSxXQUFXLEtBQUssZUFBZSxLQUFLO0FBQ25FLG1CQUFXLENBQUMsU0FBUyxTQUFTLElBQUksS0FBSztBQUFBLFVBQ3JDLENBQUMsRUFBRSxLQUFLLEVBQUUsWUFBWSxFQUFFLE9BQU87QUFBQSxVQUMvQixDQUFDLEVBQUUsT0FBTyxFQUFFLGNBQWMsRUFBRSxTQUFTO0FBQUEsUUFDdkMsR0FBWTtBQUNWLHdCQUFBQSxRQUFPLE1BQU0sUUFBUSxRQUFRLFFBQVEsU0FBUyxHQUFHLEtBQUs7QUFDdEQsd0JBQUFBLFFBQU8sTUFBTSxRQUFRLENBQUMsR0FBRyxLQUFLLE9BQU8sS0FBSztBQUMxQyx3QkFBQUEsUUFBTyxNQUFNLFFBQVEsUUFBUSxNQUFNLEdBQUcsS0FBSyxLQUFLLEtBQUs7QUFDckQsbUJBQVMsSUFBSSxHQUFHLElBQUksUUFBUSxRQUFRLEtBQUs7QUFDdkMsMEJBQUFBLFFBQU8sR0FBRyxRQUFRLENBQUMsSUFBSSxRQUFRLElBQUksQ0FBQyxHQUFHLEtBQUs7QUFFNUMsZ0JBQUksS0FBSyxRQUFRLENBQUMsQ0FBQyxNQUFNLEtBQU0sZUFBQUEsUUFBTyxNQUFNLEtBQUssUUFBUSxDQUFDLENBQUMsR0FBRyxRQUFRLENBQUMsR0FBRyxLQUFLO0FBQUEsVUFDakY7QUFBQSxRQUNGO0FBQUEsTUFDRjtBQUNBLGlCQUFXLEtBQUssS0FBSyxTQUFVLGVBQUFBLFFBQU8sR0FBRyxFQUFFLEtBQUssU0FBUyxFQUFFLEtBQUssT0FBTyxFQUFFLEtBQUssT0FBTyxLQUFLLE1BQU07QUFBQSxJQUNsRztBQUFBLEVBQ0YsQ0FBQztBQUVELDZCQUFLLDRFQUE0RSxDQUFDLE1BQU07QUFDdEYsVUFBTSxNQUFNLE9BQU8sSUFBSSxPQUFPLEdBQVU7QUFDeEMsUUFBSSxLQUFLLFlBQVksSUFBSTtBQUN6QixRQUFJLE9BQU8sZ0JBQWdCLEdBQUc7QUFDOUIsVUFBTSxVQUFVLFlBQVksSUFBSSxJQUFJO0FBQ3BDLGtCQUFBQSxRQUFPLE1BQU0sS0FBSyxRQUFRLENBQUMsRUFBRSxNQUFNLFFBQVEsR0FBVTtBQUNyRCxrQkFBQUEsUUFBTyxVQUFVLEtBQUssUUFBUSxDQUFDLEVBQUUsV0FBVyxFQUFFLE9BQU8sR0FBRyxLQUFLLElBQUksT0FBTyxDQUFDO0FBRXpFLFNBQUssWUFBWSxJQUFJO0FBQ3JCLFdBQU8sZ0JBQWdCLElBQUksT0FBTyxHQUFVLENBQUM7QUFDN0MsVUFBTSxRQUFRLFlBQVksSUFBSSxJQUFJO0FBQ2xDLGtCQUFBQSxRQUFPLE1BQU0sS0FBSyxRQUFRLENBQUMsRUFBRSxJQUFJLFFBQVEsR0FBVTtBQUVuRCxTQUFLLFlBQVksSUFBSTtBQUNyQixXQUFPLGdCQUFnQixPQUFPLGlCQUFpQixPQUFPLEdBQVMsQ0FBQztBQUNoRSxVQUFNLFdBQVcsWUFBWSxJQUFJLElBQUk7QUFDckMsa0JBQUFBLFFBQU8sTUFBTSxLQUFLLFFBQVEsQ0FBQyxFQUFFLE1BQU0sUUFBUSxHQUFTO0FBRXBELFNBQUssWUFBWSxJQUFJO0FBQ3JCLFdBQU8sZ0JBQWdCLFFBQVEsT0FBTyxHQUFPLElBQUksT0FBTyxPQUFPLEdBQU8sSUFBSSxPQUFPLE9BQU8sR0FBTyxDQUFDO0FBQ2hHLFVBQU0sVUFBVSxZQUFZLElBQUksSUFBSTtBQUNwQyxrQkFBQUEsUUFBTyxNQUFNLEtBQUssUUFBUSxRQUFRLEdBQU87QUFDekMsa0JBQUFBLFFBQU8sTUFBTSxLQUFLLFNBQVMsUUFBUSxHQUFPO0FBRTFDLGVBQVcsQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLENBQUMsZUFBZSxPQUFPLEdBQUcsQ0FBQyxhQUFhLEtBQUssR0FBRyxDQUFDLGNBQWMsUUFBUSxHQUFHLENBQUMsY0FBYyxPQUFPLENBQUMsR0FBWTtBQUNySSxRQUFFLFdBQVcsR0FBRyxJQUFJLEtBQUssS0FBSyxNQUFNLEVBQUUsQ0FBQyxLQUFLO0FBQzVDLG9CQUFBQSxRQUFPLEdBQUcsS0FBSyxLQUFNLEdBQUcsSUFBSSxTQUFTLEtBQUssTUFBTSxFQUFFLENBQUMsS0FBSztBQUFBLElBQzFEO0FBQUEsRUFDRixDQUFDO0FBQ0gsQ0FBQztBQUFBLElBRUQsMkJBQVMsMkNBQTJDLE1BQU07QUFDeEQsNkJBQUssWUFBWSxNQUFNO0FBQ3JCLGtCQUFBQSxRQUFPLE1BQU0sb0JBQW9CLGFBQWEsR0FBRyxhQUFhO0FBQzlELGtCQUFBQSxRQUFPLE1BQU0sb0JBQW9CLGlCQUFpQixHQUFHLGlCQUFpQjtBQUN0RSxrQkFBQUEsUUFBTyxNQUFNLG9CQUFvQiwwQkFBNkIsR0FBRyx1Q0FBdUM7QUFDeEcsa0JBQUFBLFFBQU8sTUFBTSxvQkFBb0IsSUFBSSxHQUFHLE1BQU07QUFDOUMsa0JBQUFBLFFBQU8sTUFBTSxvQkFBb0IsSUFBSSxHQUFHLE1BQU07QUFDOUMsa0JBQUFBLFFBQU8sTUFBTSxvQkFBb0IsRUFBRSxHQUFHLEVBQUU7QUFDeEMsa0JBQUFBLFFBQU8sTUFBTSxrQkFBa0IsYUFBYSxHQUFHLHVCQUF1QjtBQUN0RSxrQkFBQUEsUUFBTyxNQUFNLGtCQUFrQixJQUFJLEdBQUcsTUFBTTtBQUFBLEVBQzlDLENBQUM7QUFFRCw2QkFBSyx5REFBeUQsTUFBTTtBQUNsRSxVQUFNLFNBQVMsSUFBSSxFQUFFO0FBQ3JCLFVBQU0sT0FBTyxDQUFDLEtBQUssS0FBTSxNQUFNLE1BQU0sTUFBTSxNQUFNLEtBQUssS0FBSyxLQUFLLEtBQUssS0FBSyxLQUFLLEtBQUssTUFBTSxRQUFRLFFBQVUsUUFBVSxVQUFVLFVBQVUsVUFBVSxLQUFLLEtBQUssS0FBSyxHQUFHO0FBQ3RLLGFBQVMsUUFBUSxHQUFHLFFBQVEsS0FBTSxTQUFTO0FBQ3pDLFVBQUksSUFBSTtBQUNSLFlBQU0sTUFBTSxLQUFLLE1BQU0sT0FBTyxJQUFJLEVBQUU7QUFDcEMsZUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLElBQUssTUFBSyxLQUFLLEtBQUssTUFBTSxPQUFPLElBQUksS0FBSyxNQUFNLENBQUM7QUFDMUUsWUFBTSxPQUFPLE9BQU8sb0JBQW9CLENBQUM7QUFDekMsb0JBQUFBLFFBQU8sTUFBTSxLQUFLLElBQUksRUFBRSxPQUFPLEdBQUcsS0FBSyxVQUFVLElBQUksQ0FBQztBQUN0RCxvQkFBQUEsUUFBTyxNQUFNLEtBQUssT0FBTyxvQkFBb0IsQ0FBQyxDQUFDLEVBQUUsT0FBTyxDQUFDO0FBRXpELFlBQU0sTUFBTSxNQUFNLElBQUk7QUFDdEIsb0JBQUFBLFFBQU8sTUFBTSxLQUFLLGtCQUFrQixHQUFHLElBQUksSUFBSSxFQUFFLEtBQUssR0FBRztBQUN6RCxvQkFBQUEsUUFBTyxNQUFNLG9CQUFvQixDQUFDLEdBQUcsZ0JBQWdCO0FBQUEsSUFDdkQ7QUFBQSxFQUNGLENBQUM7QUFDSCxDQUFDO0FBRUQsU0FBUyxhQUFpQztBQUN4QyxRQUFNLGFBQWEsQ0FBQyxRQUFRLElBQUksd0JBQXdCLHdCQUF3QixrQkFBa0I7QUFDbEcsV0FBUyxNQUFNLFFBQVEsSUFBSSxHQUFHLElBQUksR0FBRyxJQUFJLEdBQUcsTUFBVyxhQUFRLEdBQUcsR0FBRyxLQUFLO0FBQ3hFLGVBQVcsS0FBSyxZQUFZO0FBQzFCLFVBQUksQ0FBQyxFQUFHO0FBQ1IsWUFBTSxJQUFTLGFBQVEsS0FBSyxDQUFDO0FBQzdCLFVBQU8sY0FBZ0IsVUFBSyxHQUFHLDRCQUE0QixRQUFRLHdCQUF3QixDQUFDLEVBQUcsUUFBTztBQUFBLElBQ3hHO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLElBQU0sZUFBaUQ7QUFBQSxFQUNyRCx3REFBd0QsQ0FBQyxLQUFLLEVBQUU7QUFBQSxFQUNoRSx3REFBd0QsQ0FBQyxLQUFLLEVBQUU7QUFBQSxFQUNoRSx3REFBd0QsQ0FBQyxLQUFLLGdCQUFnQjtBQUFBLEVBQzlFLHdEQUF3RCxDQUFDLEtBQUssZ0JBQWdCO0FBQUEsRUFDOUUsd0RBQXdELENBQUMsS0FBSyxnQkFBZ0I7QUFBQSxFQUM5RSwwREFBMEQsQ0FBQyxLQUFLLGdCQUFnQjtBQUFBLEVBQ2hGLHdEQUF3RCxDQUFDLEtBQUssRUFBRTtBQUFBLEVBQ2hFLHdEQUF3RCxDQUFDLEtBQUssRUFBRTtBQUFBLEVBQ2hFLHdEQUF3RCxDQUFDLEtBQUssRUFBRTtBQUFBLEVBQ2hFLHdEQUF3RCxDQUFDLEtBQUssRUFBRTtBQUFBLEVBQ2hFLHdEQUF3RCxDQUFDLEtBQUssRUFBRTtBQUFBLEVBQ2hFLHdEQUF3RCxDQUFDLEtBQUssRUFBRTtBQUFBLEVBQ2hFLHlEQUF5RCxDQUFDLElBQUksMkNBQTJDO0FBQUEsRUFDekcseURBQXlELENBQUMsSUFBSSwyQ0FBMkM7QUFBQSxFQUN6Ryx5REFBeUQsQ0FBQyxJQUFJLDRCQUE0QjtBQUFBLEVBQzFGLHlEQUF5RCxDQUFDLElBQUksNkJBQTZCO0FBQUEsRUFDM0YseURBQXlELENBQUMsSUFBSSw2QkFBNkI7QUFBQSxFQUMzRix5REFBeUQsQ0FBQyxLQUFLLDZCQUE2QjtBQUFBLEVBQzVGLHlEQUF5RCxDQUFDLEtBQUssNkJBQTZCO0FBQzlGO0FBQUEsSUFFQSx1QkFBSyxxRUFBcUUsQ0FBQyxNQUFNO0FBQy9FLFFBQU0sU0FBUyxXQUFXO0FBQzFCLE1BQUksQ0FBQyxRQUFRO0FBQ1gsUUFBSSxRQUFRLElBQUksT0FBTyxPQUFRLGVBQUFBLFFBQU8sS0FBSywrRUFBK0U7QUFDMUgsTUFBRSxLQUFLLGtCQUFrQjtBQUN6QjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFFBQ0gsZUFBWSxNQUFNLEVBQ2xCLElBQUksQ0FBQyxNQUFXLFdBQU0sS0FBSyxHQUFHLEVBQUUsV0FBVyxlQUFlLElBQUksZUFBZSxRQUFRLHdCQUF3QixDQUFDLEVBQzlHLE9BQU8sQ0FBQyxNQUFTLGNBQWdCLFVBQUssUUFBUSxDQUFDLENBQUMsQ0FBQztBQUNwRCxnQkFBQUEsUUFBTyxVQUFVLE1BQU0sTUFBTSxFQUFFLEtBQUssR0FBRyxPQUFPLEtBQUssWUFBWSxFQUFFLEtBQUssQ0FBQztBQUN2RSxhQUFXLEtBQUssT0FBTztBQUNyQixVQUFNLE9BQWtCLGdCQUFrQixVQUFLLFFBQVEsQ0FBQyxHQUFHLE1BQU07QUFDakUsVUFBTSxPQUFPLGdCQUFnQixJQUFJO0FBQ2pDLGtCQUFBQSxRQUFPLFVBQVUsS0FBSyxVQUFVLENBQUMsR0FBRyxDQUFDO0FBQ3JDLGtCQUFBQSxRQUFPLE1BQU0sS0FBSyxlQUFlLEdBQUcsQ0FBQztBQUVyQyxVQUFNLFFBQVEsS0FBSyxNQUFNLFlBQVk7QUFDckMsa0JBQUFBLFFBQU8sTUFBTSxLQUFLLFFBQVEsUUFBUSxNQUFNLE9BQU8sQ0FBQyxNQUFNLHNCQUFzQixLQUFLLENBQUMsQ0FBQyxFQUFFLFFBQVEsQ0FBQztBQUM5RixrQkFBQUEsUUFBTyxNQUFNLEtBQUssU0FBUyxRQUFRLE1BQU0sT0FBTyxDQUFDLE1BQU0sZ0JBQWdCLEtBQUssQ0FBQyxDQUFDLEVBQUUsUUFBUSxDQUFDO0FBQ3pGLFVBQU0sUUFBUSxLQUFLLFFBQVEsT0FBTyxDQUFDRSxPQUFNQSxHQUFFLFFBQVEscUNBQXFDO0FBQ3hGLGtCQUFBRixRQUFPLE1BQU0sTUFBTSxRQUFRLEdBQUcsQ0FBQztBQUMvQixVQUFNLENBQUMsTUFBTSxLQUFLLElBQUksYUFBYSxDQUFDO0FBQ3BDLFVBQU0sSUFBSSxNQUFNLENBQUM7QUFDakIsa0JBQUFBLFFBQU8sVUFBVSxDQUFDLEVBQUUsT0FBTyxHQUFHLEVBQUUsS0FBSyxHQUFHLENBQUMsTUFBTSxLQUFLLEdBQUcsQ0FBQztBQUN4RCxrQkFBQUEsUUFBTyxNQUFNLEtBQUssTUFBTSxFQUFFLFFBQVEsT0FBTyxFQUFFLFFBQVEsR0FBRyxHQUFHLEVBQUUsR0FBRztBQUM5RCxrQkFBQUEsUUFBTyxNQUFNLEtBQUssTUFBTSxFQUFFLFVBQVUsT0FBTyxFQUFFLFVBQVUsR0FBRyxHQUFHLEVBQUUsS0FBSztBQUNwRSxrQkFBQUEsUUFBTyxNQUFNLEtBQUssTUFBTSxFQUFFLFdBQVcsT0FBTyxFQUFFLFdBQVcsR0FBRyxHQUFHLEdBQUcsRUFBRSxHQUFHLElBQUksRUFBRSxLQUFLO0FBQUEsQ0FBSTtBQUV0RixlQUFXLFNBQVMsS0FBSyxRQUFTLGVBQUFBLFFBQU8sTUFBTSxLQUFLLE1BQU0sTUFBTSxRQUFRLE9BQU8sTUFBTSxRQUFRLEdBQUcsR0FBRyxNQUFNLEtBQUssQ0FBQztBQUFBLEVBQ2pIO0FBQ0YsQ0FBQztBQUFBLElBRUQsMkJBQVMsb0JBQW9CLE1BQU07QUFDakMsNkJBQUssUUFBUSxNQUFNO0FBQ2pCLGtCQUFBQSxRQUFPLFVBQVUsaUJBQWlCLG9CQUFvQixHQUFHLENBQUMsQ0FBQztBQUFBLEVBQzdELENBQUM7QUFFRCw2QkFBSyxzQ0FBc0MsTUFBTTtBQUMvQyxrQkFBQUEsUUFBTyxVQUFVLGlCQUFpQixNQUFNLEdBQUcsQ0FBQyxFQUFFLE1BQU0sS0FBSyxPQUFPLEdBQUcsS0FBSyxHQUFHLFdBQVcsR0FBRyxTQUFTLEdBQUcsUUFBUSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0FBQ2xILGtCQUFBQSxRQUFPLFVBQVUsaUJBQWlCLHVCQUF1QixHQUFHO0FBQUEsTUFDMUQsRUFBRSxNQUFNLG9CQUFvQixjQUFjLElBQUksT0FBTyxHQUFHLEtBQUssSUFBSSxXQUFXLEdBQUcsU0FBUyxJQUFJLFFBQVEsQ0FBQyxFQUFFO0FBQUEsSUFDekcsQ0FBQztBQUNELGtCQUFBQSxRQUFPLFVBQVUsaUJBQWlCLGdCQUFnQixHQUFHO0FBQUEsTUFDbkQsRUFBRSxNQUFNLEtBQUssY0FBYyxPQUFPLE9BQU8sR0FBRyxLQUFLLEdBQUcsV0FBVyxHQUFHLFNBQVMsR0FBRyxRQUFRLENBQUMsRUFBRTtBQUFBLE1BQ3pGLEVBQUUsTUFBTSxLQUFLLE9BQU8sSUFBSSxLQUFLLElBQUksV0FBVyxJQUFJLFNBQVMsSUFBSSxRQUFRLENBQUMsRUFBRTtBQUFBLElBQzFFLENBQUM7QUFBQSxFQUNILENBQUM7QUFFRCw2QkFBSyx5Q0FBeUMsTUFBTTtBQUNsRCxrQkFBQUEsUUFBTyxVQUFVLGlCQUFpQixhQUFhLEdBQUc7QUFBQSxNQUNoRDtBQUFBLFFBQ0UsTUFBTTtBQUFBLFFBQUssY0FBYztBQUFBLFFBQVUsT0FBTztBQUFBLFFBQUcsS0FBSztBQUFBLFFBQUksV0FBVztBQUFBLFFBQUcsU0FBUztBQUFBLFFBQzdFLFFBQVEsQ0FBQyxFQUFFLE1BQU0sS0FBSyxjQUFjLEtBQUssT0FBTyxHQUFHLEtBQUssSUFBSSxXQUFXLEdBQUcsU0FBUyxHQUFHLFFBQVEsQ0FBQyxFQUFFLENBQUM7QUFBQSxNQUNwRztBQUFBLElBQ0YsQ0FBQztBQUNELFVBQU0sQ0FBQyxLQUFLLElBQUksaUJBQWlCLFNBQVM7QUFDMUMsa0JBQUFBLFFBQU8sTUFBTSxNQUFNLE1BQU0sTUFBTTtBQUMvQixrQkFBQUEsUUFBTyxNQUFNLE1BQU0sS0FBSyxDQUFDO0FBQ3pCLGtCQUFBQSxRQUFPLFVBQVUsTUFBTSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxHQUFHLENBQUMsR0FBRyxDQUFDO0FBQUEsRUFDekQsQ0FBQztBQUVELDZCQUFLLHlFQUF5RSxNQUFNO0FBQ2xGLGtCQUFBQSxRQUFPLFVBQVUsaUJBQWlCLFlBQVksRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxFQUFFLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDO0FBRTNGLGtCQUFBQSxRQUFPLFVBQVUsaUJBQWlCLFdBQVcsRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxFQUFFLFlBQVksQ0FBQyxHQUFHLENBQUMsQ0FBQyxPQUFPLElBQUksQ0FBQyxDQUFDO0FBQUEsRUFDdEcsQ0FBQztBQUVELDZCQUFLLGdCQUFnQixNQUFNO0FBQ3pCLGtCQUFBQSxRQUFPLFVBQVUsaUJBQWlCLE1BQU0sR0FBRztBQUFBLE1BQ3pDLEVBQUUsTUFBTSxLQUFLLE9BQU8sR0FBRyxLQUFLLEdBQUcsV0FBVyxHQUFHLFNBQVMsR0FBRyxjQUFjLE1BQU0sUUFBUSxDQUFDLEVBQUU7QUFBQSxJQUMxRixDQUFDO0FBQ0QsVUFBTSxDQUFDLEtBQUssSUFBSSxpQkFBaUIsWUFBWTtBQUM3QyxrQkFBQUEsUUFBTyxNQUFNLE1BQU0sY0FBYyxJQUFJO0FBQ3JDLGtCQUFBQSxRQUFPLE1BQU0sTUFBTSxLQUFLLEVBQUU7QUFDMUIsa0JBQUFBLFFBQU8sVUFBVSxNQUFNLE9BQU8sSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLE1BQU0sRUFBRSxZQUFZLENBQUMsR0FBRyxDQUFDLENBQUMsS0FBSyxNQUFTLENBQUMsQ0FBQztBQUFBLEVBQ3hGLENBQUM7QUFDSCxDQUFDO0FBQUEsSUFFRCwyQkFBUyx1QkFBdUIsTUFBTTtBQUNwQyxRQUFNLE1BQU0sQ0FBQyxTQUFpQyxDQUFDLFNBQWtCLE9BQU8sT0FBTyxNQUFNLElBQUksSUFBSSxLQUFLLElBQUksSUFBSTtBQUUxRyw2QkFBSyxtQkFBbUIsTUFBTTtBQUM1QixrQkFBQUEsUUFBTyxVQUFVLG9CQUFvQixRQUFRLElBQUksQ0FBQyxDQUFDLENBQUMsR0FBRyxFQUFFLE9BQU8sUUFBUSxZQUFZLENBQUMsR0FBRyxhQUFhLENBQUMsRUFBRSxDQUFDO0FBQUEsRUFDM0csQ0FBQztBQUVELDZCQUFLLDRFQUE0RSxNQUFNO0FBQ3JGLGtCQUFBQSxRQUFPLFVBQVUsb0JBQW9CLFVBQVUsSUFBSSxDQUFDLENBQUMsQ0FBQyxHQUFHLEVBQUUsT0FBTyxLQUFLLFlBQVksQ0FBQyxHQUFHLGFBQWEsQ0FBQyxHQUFHLEVBQUUsQ0FBQztBQUMzRyxrQkFBQUEsUUFBTyxVQUFVLG9CQUFvQixVQUFVLElBQUksRUFBRSxHQUFHLEdBQUcsQ0FBQyxDQUFDLEdBQUcsRUFBRSxPQUFPLElBQUksWUFBWSxDQUFDLEdBQUcsYUFBYSxDQUFDLEVBQUUsQ0FBQztBQUM5RyxrQkFBQUEsUUFBTyxVQUFVLG9CQUFvQiwrQkFBK0IsSUFBSSxDQUFDLENBQUMsQ0FBQyxHQUFHO0FBQUEsTUFDNUUsT0FBTztBQUFBLE1BQUksWUFBWSxDQUFDO0FBQUEsTUFBRyxhQUFhLENBQUMseUJBQXlCO0FBQUEsSUFDcEUsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUVELDZCQUFLLGdGQUFnRixNQUFNO0FBQ3pGLGtCQUFBQSxRQUFPLFVBQVUsb0JBQW9CLGtCQUFrQixJQUFJLENBQUMsQ0FBQyxDQUFDLEdBQUcsRUFBRSxPQUFPLFFBQVcsWUFBWSxDQUFDLEtBQUssR0FBRyxHQUFHLGFBQWEsQ0FBQyxFQUFFLENBQUM7QUFDOUgsa0JBQUFBLFFBQU8sVUFBVSxvQkFBb0IsT0FBTyxJQUFJLENBQUMsQ0FBQyxDQUFDLEdBQUcsRUFBRSxPQUFPLFFBQVcsWUFBWSxDQUFDLEVBQUUsR0FBRyxhQUFhLENBQUMsRUFBRSxDQUFDO0FBQUEsRUFDL0csQ0FBQztBQUVELDZCQUFLLG9FQUFvRSxNQUFNO0FBQzdFLGtCQUFBQSxRQUFPLFVBQVUsb0JBQW9CLGVBQWUsSUFBSSxDQUFDLENBQUMsQ0FBQyxHQUFHLEVBQUUsT0FBTyxLQUFLLFlBQVksQ0FBQyxHQUFHLGFBQWEsQ0FBQyxLQUFLLEdBQUcsRUFBRSxDQUFDO0FBQ3JILGtCQUFBQSxRQUFPLFVBQVUsb0JBQW9CLFVBQVUsSUFBSSxFQUFFLEdBQUcsVUFBVSxHQUFHLElBQUksQ0FBQyxDQUFDLEdBQUcsRUFBRSxPQUFPLFNBQVMsWUFBWSxDQUFDLEdBQUcsYUFBYSxDQUFDLEVBQUUsQ0FBQztBQUNqSSxrQkFBQUEsUUFBTyxVQUFVLG9CQUFvQixXQUFXLElBQUksRUFBRSxHQUFHLEtBQUssR0FBRyxJQUFJLENBQUMsQ0FBQyxFQUFFLE9BQU8sR0FBRztBQUNuRixrQkFBQUEsUUFBTyxVQUFVLG9CQUFvQixZQUFZLElBQUksRUFBRSxHQUFHLFFBQVEsR0FBRyxJQUFJLENBQUMsQ0FBQyxFQUFFLE9BQU8sSUFBSTtBQUN4RixrQkFBQUEsUUFBTyxVQUFVLG9CQUFvQixZQUFZLElBQUksRUFBRSxTQUFTLFNBQVMsQ0FBQyxDQUFDLEVBQUUsT0FBTyxRQUFRO0FBQUEsRUFDOUYsQ0FBQztBQUVELDZCQUFLLDhDQUE4QyxNQUFNO0FBQ3ZELGtCQUFBQSxRQUFPLFVBQVUsb0JBQW9CLGFBQWEsSUFBSSxFQUFFLEdBQUcsSUFBSSxDQUFDLENBQUMsR0FBRyxFQUFFLE9BQU8sS0FBSyxZQUFZLENBQUMsR0FBRyxhQUFhLENBQUMsRUFBRSxDQUFDO0FBQUEsRUFDckgsQ0FBQztBQUVELDZCQUFLLHFDQUFxQyxNQUFNO0FBQzlDLGtCQUFBQSxRQUFPLFVBQVUsb0JBQW9CLFFBQVEsSUFBSSxFQUFFLEdBQUcsUUFBUSxHQUFHLE9BQU8sQ0FBQyxDQUFDLEdBQUc7QUFBQSxNQUMzRSxPQUFPO0FBQUEsTUFBVyxZQUFZLENBQUM7QUFBQSxNQUFHLGFBQWEsQ0FBQztBQUFBLE1BQUcsT0FBTyxDQUFDLEtBQUssS0FBSyxHQUFHO0FBQUEsSUFDMUUsQ0FBQztBQUNELGtCQUFBQSxRQUFPLFVBQVUsb0JBQW9CLFdBQVcsSUFBSSxFQUFFLEdBQUcsUUFBUSxDQUFDLENBQUMsRUFBRSxPQUFPLENBQUMsS0FBSyxHQUFHLENBQUM7QUFFdEYsa0JBQUFBLFFBQU8sVUFBVSxvQkFBb0IsZUFBZSxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsT0FBTyxHQUFHO0FBQUEsRUFDekUsQ0FBQztBQUVELDZCQUFLLHdDQUF3QyxNQUFNO0FBQ2pELGtCQUFBQSxRQUFPLFVBQVUsb0JBQW9CLE9BQU8sSUFBSSxFQUFFLEdBQUcsS0FBSyxDQUFDLENBQUMsR0FBRyxFQUFFLE9BQU8sT0FBTyxZQUFZLENBQUMsR0FBRyxhQUFhLENBQUMsRUFBRSxDQUFDO0FBQ2hILGtCQUFBQSxRQUFPLE1BQU0sb0JBQW9CLGNBQWMsSUFBSSxFQUFFLEdBQUcsSUFBSSxDQUFDLENBQUMsRUFBRSxPQUFPLFNBQVM7QUFBQSxFQUNsRixDQUFDO0FBRUQsNkJBQUssNENBQTRDLE1BQU07QUFDckQsVUFBTSxPQUFPLEtBQUssT0FBTyxHQUFPLElBQUksTUFBTSxJQUFJLE9BQU8sR0FBTztBQUM1RCxrQkFBQUEsUUFBTyxNQUFNLGlCQUFpQixJQUFJLEVBQUUsUUFBUSxDQUFDO0FBQzdDLFVBQU0sU0FBUyxvQkFBb0IsTUFBTSxJQUFJLEVBQUUsR0FBRyxJQUFJLENBQUMsQ0FBQztBQUN4RCxrQkFBQUEsUUFBTyxNQUFNLE9BQU8sT0FBTyxNQUFTO0FBQUEsRUFDdEMsQ0FBQztBQUNILENBQUM7QUFBQSxJQUlELHVCQUFLLG1FQUFtRSxNQUFNO0FBQzVFLFFBQU0sUUFBUSxLQUFLLE9BQU8sS0FBSyxFQUFFO0FBQ2pDLFFBQU0sS0FBSyxZQUFZLElBQUk7QUFDM0IsUUFBTSxNQUFNLGlCQUFpQixLQUFLO0FBQ2xDLE1BQUksUUFBUTtBQUNaLFdBQVMsSUFBSSxJQUFJLENBQUMsR0FBRyxHQUFHLElBQUksRUFBRSxPQUFPLENBQUMsRUFBRztBQUN6QyxnQkFBQUEsUUFBTyxHQUFHLFNBQVMsSUFBSSxpQkFBaUIsS0FBSyxFQUFFO0FBQy9DLFFBQU0sSUFBSSxvQkFBb0IsT0FBTyxNQUFNLE1BQVM7QUFDcEQsZ0JBQUFBLFFBQU8sTUFBTSxFQUFFLE9BQU8sTUFBUztBQUMvQixnQkFBQUEsUUFBTyxHQUFHLFlBQVksSUFBSSxJQUFJLEtBQUssS0FBTSxRQUFRLEtBQUssTUFBTSxZQUFZLElBQUksSUFBSSxFQUFFLENBQUMsS0FBSztBQUV4RixRQUFNLE9BQU8sQ0FBQyxNQUFjLEtBQUssT0FBTyxDQUFDLElBQUksTUFBTSxJQUFJLE9BQU8sQ0FBQztBQUMvRCxnQkFBQUEsUUFBTyxNQUFNLG9CQUFvQixLQUFLLENBQUMsR0FBRyxDQUFDLE1BQU8sTUFBTSxNQUFNLE1BQU0sTUFBVSxFQUFFLE9BQU8sR0FBRztBQUMxRixnQkFBQUEsUUFBTyxNQUFNLG9CQUFvQixLQUFLLEVBQUUsR0FBRyxDQUFDLE1BQU8sTUFBTSxNQUFNLE1BQU0sTUFBVSxFQUFFLE9BQU8sTUFBUztBQUNuRyxDQUFDOyIsCiAgIm5hbWVzIjogWyJlbnRyaWVzIiwgIkNPTE9OIiwgImFzc2VydCIsICJ0ZXh0IiwgImUiXQp9Cg==
