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

// test/unit/envfile.test.ts
var import_node_test = require("node:test");
var import_strict = __toESM(require("node:assert/strict"));
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");

// server/src/core/compose/interpolate.ts
var MAX_DEPTH = 64;
var OPS = [":-", ":?", ":+", "-", "?", "+"];
function isNameStart(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}
function isNameChar(c) {
  return isNameStart(c) || c >= 48 && c <= 57;
}
var HINT = 'use "$$" for a literal "$"';
function interpolate(input, lookup) {
  const refs = [];
  const errors = [];
  const safeLookup = (name) => {
    try {
      const v = lookup(name);
      return typeof v === "string" ? v : void 0;
    } catch {
      return void 0;
    }
  };
  const value = run(input, 0, input.length, safeLookup, refs, errors, 0, void 0, true);
  return { value, refs, errors };
}
function run(input, from, to, lookup, refs, errors, depth, parent, contributes) {
  const first = input.indexOf("$", from);
  if (first < 0 || first >= to) return input.slice(from, to);
  let out = "";
  let i = from;
  while (i < to) {
    const d = input.indexOf("$", i);
    if (d < 0 || d >= to) {
      out += input.slice(i, to);
      break;
    }
    out += input.slice(i, d);
    const next = d + 1 < to ? input.charCodeAt(d + 1) : -1;
    if (next === 36) {
      out += "$";
      i = d + 2;
      continue;
    }
    if (next >= 0 && isNameStart(next)) {
      let e = d + 2;
      while (e < to && isNameChar(input.charCodeAt(e))) e++;
      const name = input.slice(d + 1, e);
      const v = lookup(name);
      refs.push({ name, span: { start: d, end: e }, op: "", defined: v !== void 0, usedFallback: false, parent, contributes });
      out += v ?? "";
      i = e;
      continue;
    }
    if (next === 123) {
      i = braced(input, d, to, lookup, refs, errors, depth, parent, contributes, (s) => out += s);
      continue;
    }
    errors.push({ message: `invalid interpolation format: "$" must be followed by a name, "{" or "$"; ${HINT}`, span: { start: d, end: Math.min(d + 2, to) } });
    out += "$";
    i = d + 1;
  }
  return out;
}
function braced(input, d, to, lookup, refs, errors, depth, parent, contributes, emit) {
  const nameStart = d + 2;
  let close = -1;
  let depthCount = 1;
  let j = nameStart;
  for (; j < to; j++) {
    const c = input.charCodeAt(j);
    if (c === 10) break;
    if (c === 123) depthCount++;
    else if (c === 125 && --depthCount === 0) {
      close = j;
      break;
    }
  }
  const lineEnd = close >= 0 ? -1 : j;
  if (close < 0) close = input.lastIndexOf("}", lineEnd - 1);
  if (close < nameStart) {
    errors.push({ message: `invalid interpolation format: "\${" is not closed by "}"; ${HINT}`, span: { start: d, end: lineEnd } });
    emit(input.slice(d, lineEnd));
    return lineEnd;
  }
  const span = { start: d, end: close + 1 };
  let e = nameStart;
  if (e < close && isNameStart(input.charCodeAt(e))) {
    e++;
    while (e < close && isNameChar(input.charCodeAt(e))) e++;
  }
  const name = input.slice(nameStart, e);
  let op;
  if (name && e === close) op = "";
  else if (name) {
    for (const o of OPS) if (input.startsWith(o, e)) {
      op = o;
      break;
    }
  }
  if (op === void 0) {
    errors.push({ message: `invalid interpolation format: "\${" must be followed by a variable name and "}", ":-", "-", ":?", "?", ":+" or "+"; ${HINT}`, span });
    emit(input.slice(d, close + 1));
    return close + 1;
  }
  const v = lookup(name);
  const index = refs.length;
  const ref = { name, span, op, defined: v !== void 0, usedFallback: false, parent, contributes };
  refs.push(ref);
  if (op === "") {
    emit(v ?? "");
    return close + 1;
  }
  const opStart = e + op.length;
  ref.operand = input.slice(opStart, close);
  const useOperand = op === ":-" ? v === void 0 || v === "" : op === "-" ? v === void 0 : op === ":+" ? v !== void 0 && v !== "" : op === "+" ? v !== void 0 : false;
  let operand = "";
  if (depth + 1 > MAX_DEPTH) {
    errors.push({ message: `interpolation nested more than ${MAX_DEPTH} levels deep`, span });
  } else {
    operand = run(input, opStart, close, lookup, refs, errors, depth + 1, index, contributes && useOperand);
  }
  if (op === ":?" || op === "?") {
    const missing = op === ":?" ? v === void 0 || v === "" : v === void 0;
    if (missing) {
      errors.push({ message: `required variable ${name} is missing a value${operand ? `: ${operand}` : ""}`, span });
      emit("");
    } else emit(v ?? "");
    return close + 1;
  }
  ref.usedFallback = useOperand;
  emit(useOperand ? operand : v ?? "");
  return close + 1;
}

// server/src/core/envfile/parser.ts
function parseEnvFile(text, lookup, opts) {
  const p = new EnvParser(typeof text === "string" ? text : "", lookup, opts?.fallback);
  try {
    p.parse();
  } catch (err) {
    p.problems.push({ message: `env file could not be read: ${err instanceof Error ? err.message : String(err)}`, span: { start: 0, end: 0 } });
  }
  return { entries: p.entries, comments: p.comments, problems: p.problems, hasBom: p.hasBom, crCount: p.crCount };
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 13 || c === 133 || c === 160;
}
function isUnicodeSpace(c) {
  if (c <= 255) return c === 32 || c >= 9 && c <= 13 || c === 133 || c === 160;
  return c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288;
}
var KEY_RUNE = /[\p{L}\p{N}]/u;
function isKeyChar(c, text, i) {
  if (c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122) return true;
  if (c === 95 || c === 46 || c === 45 || c === 91 || c === 93) return true;
  if (c < 128) return false;
  return KEY_RUNE.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}
function trimRightUnicode(s) {
  let e = s.length;
  while (e > 0 && isUnicodeSpace(s.charCodeAt(e - 1))) e--;
  return e === s.length ? s : s.slice(0, e);
}
var EXPORT = /export[\t\n\f\r ]+/y;
var EnvParser = class {
  constructor(text, lookup, fallback) {
    this.text = text;
    this.lookup = lookup;
    this.fallback = fallback;
    this.n = text.length;
    this.hasBom = text.charCodeAt(0) === 65279;
    for (let i = text.indexOf("\r"); i >= 0; i = text.indexOf("\r", i + 1)) this.crCount++;
  }
  text;
  lookup;
  fallback;
  entries = [];
  comments = [];
  problems = [];
  hasBom;
  crCount = 0;
  n;
  lineStarts;
  /** Values visible to later entries (compose writes every statement into one map as it goes). */
  seen = /* @__PURE__ */ new Map();
  parse() {
    const { text, n } = this;
    let pos = this.hasBom ? 1 : 0;
    for (; ; ) {
      while (pos < n && isUnicodeSpace(text.charCodeAt(pos))) pos++;
      if (pos >= n) return;
      if (text.charCodeAt(pos) === 35) {
        pos = this.comment(pos);
        continue;
      }
      pos = this.statement(pos);
    }
  }
  lineEnd(from) {
    const e = this.text.indexOf("\n", from);
    return e < 0 ? this.n : e;
  }
  comment(at2) {
    const end = this.lineEnd(at2);
    const textEnd = end > at2 && this.text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    this.comments.push({ span: { start: at2, end: textEnd }, text: this.text.slice(at2, textEnd), line: this.lineOf(at2) });
    return end;
  }
  lineOf(offset) {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = this.text.indexOf("\n"); i >= 0; i = this.text.indexOf("\n", i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const s = this.lineStarts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  problem(message, start, end) {
    this.problems.push({ message, span: { start, end } });
  }
  resolve = (name) => {
    const v = this.lookup?.(name);
    if (v !== void 0) return v;
    const s = this.seen.get(name);
    if (s !== void 0) return s;
    return this.fallback?.(name);
  };
  /** Parses one statement starting at a non-space character; returns where to continue. */
  statement(start) {
    const { text, n } = this;
    let k0 = start;
    let exported = false;
    EXPORT.lastIndex = start;
    if (EXPORT.test(text)) {
      exported = true;
      k0 = start + 6;
      while (k0 < n && isSpace(text.charCodeAt(k0))) k0++;
    }
    let term = -1;
    for (let j = k0; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === 61 || c === 58 || c === 10) {
        term = j;
        break;
      }
      if (isSpace(c) || isKeyChar(c, text, j)) continue;
      const ch = String.fromCodePoint(text.codePointAt(j) ?? c);
      this.problem(`unexpected character ${JSON.stringify(ch)} in variable name`, j, j + ch.length);
      return this.lineEnd(j);
    }
    const keyEnd = term < 0 ? n : term;
    const key = trimRightUnicode(text.slice(k0, keyEnd));
    const keySpan = { start: k0, end: k0 + key.length };
    const termChar = term < 0 ? 10 : text.charCodeAt(term);
    if (key === "") {
      if (termChar !== 10) this.problem('missing variable name before "="', k0, term + 1);
      return termChar === 10 ? term < 0 ? n : term + 1 : this.lineEnd(term);
    }
    if (key.includes(" ")) {
      this.problem("variable name cannot contain a space", keySpan.start, keySpan.end);
      return this.lineEnd(k0);
    }
    if (termChar === 10) {
      const v2 = this.lookup?.(key);
      if (v2 !== void 0) this.seen.set(key, v2);
      const at2 = keySpan.end;
      this.push(key, keySpan, "", { start: at2, end: at2 }, { start: at2, end: at2 }, null, exported, true, start, at2, []);
      return term < 0 ? n : term + 1;
    }
    let v = term + 1;
    while (v < n && isSpace(text.charCodeAt(v))) v++;
    const q = text.charCodeAt(v);
    if (q === 34 || q === 39) return this.quoted(key, keySpan, exported, start, v, q === 34 ? '"' : "'");
    const end = this.lineEnd(v);
    const raw = text.slice(v, end);
    const hash = raw.indexOf(" #");
    const valText = trimRightUnicode(hash >= 0 ? raw.slice(0, hash) : raw);
    if (hash >= 0) this.comment(v + hash + 1);
    const valueSpan = valText ? { start: v, end: v + valText.length } : { start: term + 1, end: term + 1 };
    const r = interpolate(valText, this.resolve);
    for (const ref of r.refs) ref.span = { start: ref.span.start + v, end: ref.span.end + v };
    for (const e of r.errors) this.problem(e.message, e.span.start + v, e.span.end + v);
    this.seen.set(key, r.value);
    this.push(key, keySpan, r.value, valueSpan, valueSpan, null, exported, false, start, valueSpan.end, r.refs);
    return end;
  }
  quoted(key, keySpan, exported, start, v, quote) {
    const { text, n } = this;
    const qc = quote.charCodeAt(0);
    const chars = [];
    const src = [];
    let close = -1;
    let escape = false;
    for (let j = v + 1; j < n; j++) {
      const c = text.charCodeAt(j);
      if (escape) {
        escape = false;
        if (c !== qc) {
          chars.push("\\");
          src.push(j - 1);
        }
        chars.push(text[j]);
        src.push(c === qc ? j - 1 : j);
        continue;
      }
      if (c === 92) escape = true;
      else if (c === qc) {
        close = j;
        break;
      } else {
        chars.push(text[j]);
        src.push(j);
      }
    }
    if (close < 0) {
      const end = this.lineEnd(v);
      this.problem(`unterminated quoted value`, v, end);
      return end;
    }
    const valueSpan = { start: v, end: close + 1 };
    const innerSpan = { start: v + 1, end: close };
    let value;
    let refs = [];
    if (quote === "'") {
      value = chars.join("");
    } else {
      const ex = expandEscapes(chars, src);
      const s = ex.chars.join("");
      const r = interpolate(s, this.resolve);
      const map = (sp) => mapSpan(sp, ex.src, close);
      refs = r.refs.map((ref) => ({ ...ref, span: map(ref.span) }));
      for (const e of r.errors) {
        const m = map(e.span);
        this.problem(e.message, m.start, m.end);
      }
      value = r.value;
    }
    this.seen.set(key, value);
    this.push(key, keySpan, value, valueSpan, innerSpan, quote, exported, false, start, close + 1, refs);
    return close + 1;
  }
  push(key, keySpan, value, valueSpan, innerSpan, quote, exported, noEquals, start, end, refs) {
    const { text, n } = this;
    const lineStart = Math.max(text.lastIndexOf("\n", start - 1) + 1, this.hasBom ? 1 : 0);
    const nl = this.lineEnd(end);
    const lineEnd = nl > lineStart && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    this.entries.push({
      key,
      keySpan,
      value,
      rawValue: text.slice(valueSpan.start, valueSpan.end),
      valueSpan,
      innerSpan,
      quote,
      exported,
      noEquals,
      lineSpan: { start: lineStart, end: Math.max(lineEnd, end) },
      deleteSpan: { start: lineStart, end: nl < n ? nl + 1 : n },
      line: this.lineOf(keySpan.start),
      refs
    });
  }
};
function mapSpan(sp, src, endOffset) {
  const at2 = (i) => i < src.length ? src[i] : endOffset;
  const start = at2(sp.start);
  return { start, end: sp.end > sp.start ? at2(sp.end) : start };
}
var SIMPLE_ESCAPES = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "	", v: "\v", "\\": "\\", '"': '"' };
function expandEscapes(chars, src) {
  if (!chars.includes("\\")) return { chars, src };
  const oc = [];
  const os = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c !== "\\" || i + 1 >= chars.length) {
      oc.push(c);
      os.push(src[i]);
      continue;
    }
    const d = chars[i + 1];
    const simple = SIMPLE_ESCAPES[d];
    if (simple !== void 0) {
      oc.push(simple);
      os.push(src[i]);
      i++;
    } else if (d === "$") {
      oc.push("$", "$");
      os.push(src[i], src[i]);
      i++;
    } else if (d === "0") {
      let k = 0;
      while (k < 3 && i + 2 + k < chars.length && chars[i + 2 + k] >= "0" && chars[i + 2 + k] <= "9") k++;
      const digits = chars.slice(i + 2, i + 2 + k).join("");
      const code = k === 3 && /^[0-7]{3}$/.test(digits) ? parseInt(digits, 8) : -1;
      if (code >= 0 && code <= 255) {
        oc.push(String.fromCharCode(code));
        os.push(src[i]);
      } else {
        for (let m = 0; m < 2 + k; m++) {
          oc.push(chars[i + m]);
          os.push(src[i + m]);
        }
      }
      i += 1 + k;
    } else {
      oc.push(c);
      os.push(src[i]);
    }
  }
  return { chars: oc, src: os };
}

// test/unit/envfile.test.ts
function findCorpus() {
  for (const c of [process.env.NACOS_AUTH_LINT_CORPUS, "test/fixtures/corpus", "../shared/corpus"]) {
    if (!c) continue;
    for (let dir = process.cwd(), i = 0; i < 6; dir = (0, import_node_path.dirname)(dir), i++) {
      const p = (0, import_node_path.resolve)(dir, c);
      if ((0, import_node_fs.existsSync)((0, import_node_path.join)(p, "nacos-docker-v3.2.3", "example"))) return p;
    }
  }
  return void 0;
}
var at = (text, s) => text.slice(s.start, s.end);
var entry = (f, key) => {
  const e = [...f.entries].reverse().find((x) => x.key === key);
  import_strict.default.ok(e, `no entry ${key}`);
  return e;
};
var values = (f) => Object.fromEntries(f.entries.filter((e) => !e.noEquals).map((e) => [e.key, e.value]));
(0, import_node_test.test)("KEY=VALUE with exact key, value and line spans", () => {
  const text = "A=1\n  B = two words  \nexport C=3\nD=\n";
  const f = parseEnvFile(text);
  import_strict.default.deepEqual(values(f), { A: "1", B: "two words", C: "3", D: "" });
  const b = entry(f, "B");
  import_strict.default.equal(at(text, b.keySpan), "B");
  import_strict.default.equal(at(text, b.valueSpan), "two words");
  import_strict.default.equal(b.rawValue, "two words");
  import_strict.default.deepEqual(b.innerSpan, b.valueSpan);
  import_strict.default.equal(b.quote, null);
  import_strict.default.equal(b.line, 1);
  import_strict.default.equal(at(text, b.lineSpan), "  B = two words  ");
  import_strict.default.equal(at(text, b.deleteSpan), "  B = two words  \n");
  const c = entry(f, "C");
  import_strict.default.equal(c.exported, true);
  import_strict.default.equal(at(text, c.keySpan), "C");
  const d = entry(f, "D");
  import_strict.default.deepEqual(d.valueSpan, { start: text.indexOf("D=") + 2, end: text.indexOf("D=") + 2 }, 'empty value: empty span right after "="');
  import_strict.default.deepEqual(f.problems, []);
});
(0, import_node_test.test)('comments: whole lines, " #" after unquoted values, not "#" inside a value', () => {
  const text = `# head
  # indented
A=1 # note
B=x#y
C=#z
D="q # kept" # after
E='s # kept'
`;
  const f = parseEnvFile(text);
  import_strict.default.deepEqual(values(f), { A: "1", B: "x#y", C: "#z", D: "q # kept", E: "s # kept" });
  import_strict.default.deepEqual(f.comments.map((c) => [c.text, c.line]), [["# head", 0], ["# indented", 1], ["# note", 2], ["# after", 5]]);
  import_strict.default.equal(at(text, f.comments[0].span), "# head");
  import_strict.default.equal(at(text, entry(f, "A").valueSpan), "1");
});
(0, import_node_test.test)("single quotes are literal; double quotes take escapes and interpolation", () => {
  const text = [
    String.raw`S='a $X \n ` + "${X}'",
    String.raw`D="a $X\n\t\"q\" \\ \$X \c \0101 \08"`,
    "U=pre-${X}-$X",
    "M='it\\'s'"
  ].join("\n") + "\n";
  const f = parseEnvFile(text, (n) => n === "X" ? "ex" : void 0);
  import_strict.default.equal(entry(f, "S").value, String.raw`a $X \n ` + "${X}");
  import_strict.default.equal(entry(f, "S").refs.length, 0);
  import_strict.default.equal(entry(f, "D").value, 'a ex\n	"q" \\ $X \\c A \\08');
  import_strict.default.equal(entry(f, "U").value, "pre-ex-ex");
  import_strict.default.equal(entry(f, "M").value, "it's", "an escaped quote loses its backslash inside its own quotes");
  const d = entry(f, "D");
  import_strict.default.equal(d.quote, '"');
  import_strict.default.equal(at(text, d.valueSpan)[0], '"');
  import_strict.default.equal(at(text, d.innerSpan), d.rawValue.slice(1, -1));
});
(0, import_node_test.test)("reference spans are file offsets, also through escapes in double quotes", () => {
  const text = 'A=x\nB="\\t${A}\\n$A"\nC=  y${A:-d} # c\n';
  const f = parseEnvFile(text);
  import_strict.default.deepEqual(entry(f, "B").refs.map((r) => at(text, r.span)), ["${A}", "$A"]);
  import_strict.default.deepEqual(entry(f, "C").refs.map((r) => [at(text, r.span), r.defined]), [["${A:-d}", true]]);
  import_strict.default.equal(entry(f, "C").value, "yx");
});
(0, import_node_test.test)("multi-line quoted values keep their lines and spans", () => {
  const text = 'A="line1\nline2"\nB=after\n';
  const f = parseEnvFile(text);
  const a = entry(f, "A");
  import_strict.default.equal(a.value, "line1\nline2");
  import_strict.default.equal(at(text, a.valueSpan), '"line1\nline2"');
  import_strict.default.equal(at(text, a.deleteSpan), 'A="line1\nline2"\n');
  import_strict.default.equal(entry(f, "B").line, 2);
});
(0, import_node_test.test)("KEY alone is noEquals and unset here; yaml-style KEY: value", () => {
  const text = "ALONE\nY: yaml style\nexport E2\n";
  const f = parseEnvFile(text);
  const a = entry(f, "ALONE");
  import_strict.default.equal(a.noEquals, true);
  import_strict.default.equal(a.value, "");
  import_strict.default.equal(at(text, a.keySpan), "ALONE");
  import_strict.default.equal(entry(f, "Y").value, "yaml style");
  import_strict.default.equal(entry(f, "E2").noEquals, true);
  const last = parseEnvFile("A=1\nTAIL");
  import_strict.default.equal(entry(last, "TAIL").noEquals, true, "also without a final newline");
});
(0, import_node_test.test)("BOM and CR: reported, and stripped like compose does", () => {
  const text = '\uFEFFA=1\r\nB="two"\r\nC\r\n';
  const f = parseEnvFile(text);
  import_strict.default.equal(f.hasBom, true);
  import_strict.default.equal(f.crCount, 3);
  import_strict.default.deepEqual(values(f), { A: "1", B: "two" });
  import_strict.default.equal(at(text, entry(f, "A").keySpan), "A");
  import_strict.default.equal(at(text, entry(f, "A").lineSpan), "A=1");
  import_strict.default.equal(at(text, entry(f, "A").deleteSpan), "A=1\r\n");
  import_strict.default.equal(entry(f, "C").noEquals, true);
  import_strict.default.equal(parseEnvFile("A=1").hasBom, false);
});
(0, import_node_test.test)("interpolation order: lookup, then earlier entries of the file, then the fallback (compose-go)", () => {
  const text = "A=file\nB=${A}\nC=${P}\nD=${Q:-none}\n";
  const f = parseEnvFile(text, (n) => n === "A" ? "looked-up" : void 0, { fallback: (n) => n === "P" ? "from-fallback" : void 0 });
  import_strict.default.equal(entry(f, "A").value, "file");
  import_strict.default.equal(entry(f, "B").value, "looked-up");
  import_strict.default.equal(entry(f, "C").value, "from-fallback");
  import_strict.default.equal(entry(f, "D").value, "none");
  import_strict.default.equal(parseEnvFile("A=file\nB=${A}\n").entries[1].value, "file");
  import_strict.default.equal(parseEnvFile("K\nR=$K\n", (n) => n === "K" ? "k" : void 0).entries[1].value, "k");
});
(0, import_node_test.test)("later duplicates win; a quoted value followed by another statement on the same line (compose quirk)", () => {
  const f = parseEnvFile('A=1\nA=2\nQ="x" R=y\n');
  import_strict.default.equal(entry(f, "A").value, "2");
  import_strict.default.equal(f.entries.filter((e) => e.key === "A").length, 2);
  import_strict.default.equal(entry(f, "Q").value, "x");
  import_strict.default.equal(entry(f, "R").value, "y");
});
(0, import_node_test.test)("syntax errors become problems at their span, and parsing goes on with the next line", () => {
  const text = 'GOOD=1\nBAD!KEY=2\nHAS SPACE=3\n="no key"\nOPEN="never closed\nAFTER=ok\nI=${oops\n';
  const f = parseEnvFile(text);
  import_strict.default.deepEqual(values(f), { GOOD: "1", AFTER: "ok", I: "${oops" });
  const msgs = f.problems.map((p) => [p.message, at(text, p.span)]);
  import_strict.default.deepEqual(msgs.slice(0, 4), [
    ['unexpected character "!" in variable name', "!"],
    ["variable name cannot contain a space", "HAS SPACE"],
    ['missing variable name before "="', "="],
    ["unterminated quoted value", '"never closed']
  ]);
  import_strict.default.match(msgs[4][0], /invalid interpolation format/);
  import_strict.default.equal(msgs[4][1], "${oops");
});
(0, import_node_test.test)("keys: letters, digits, _ . - [ ] and Unicode letters", () => {
  const f = parseEnvFile("a.b-c[0]=1\n\xC4PFEL=2\n_X=3\n");
  import_strict.default.deepEqual(values(f), { "a.b-c[0]": "1", \u00C4PFEL: "2", _X: "3" });
});
(0, import_node_test.test)("never throws and stays linear on hostile input", () => {
  const inputs = ["", "\n\n\n", '"', "'", "=", "#", 'A="\\', "A=\\", "\0\uD800", "export", "export ", "export\nA=1", "A=${", "\uFEFF"];
  for (const s of inputs) import_strict.default.doesNotThrow(() => parseEnvFile(s), JSON.stringify(s));
  import_strict.default.doesNotThrow(() => parseEnvFile(void 0));
  const big = Array.from({ length: 5e4 }, (_, i) => `K${i}="v${i} \\n \${K${Math.max(0, i - 1)}}"`).join("\n");
  const t0 = Date.now();
  const f = parseEnvFile(big);
  import_strict.default.equal(f.entries.length, 5e4);
  import_strict.default.ok(Date.now() - t0 < 3e3, `took ${Date.now() - t0} ms`);
});
var CORPUS = findCorpus();
(CORPUS ? import_node_test.test : import_node_test.test.skip)("every env file of the corpus parses without problems, with values at their spans", () => {
  const root = CORPUS ?? "";
  let files = 0;
  for (const tag of (0, import_node_fs.readdirSync)(root).filter((d) => d.startsWith("nacos-docker-"))) {
    const dirs = [(0, import_node_path.join)(root, tag, "env"), (0, import_node_path.join)(root, tag, "example")];
    for (const dir of dirs) {
      let names = [];
      try {
        names = (0, import_node_fs.readdirSync)(dir).filter((n) => n.endsWith(".env"));
      } catch {
        continue;
      }
      for (const n of names) {
        const text = (0, import_node_fs.readFileSync)((0, import_node_path.join)(dir, n), "utf8");
        const f2 = parseEnvFile(text);
        files++;
        import_strict.default.deepEqual(f2.problems, [], `${tag}/${n}`);
        for (const e of f2.entries) if (!e.noEquals && e.quote === null) import_strict.default.equal(at(text, e.valueSpan), e.value, `${tag}/${n} ${e.key}`);
      }
    }
  }
  import_strict.default.ok(files >= 30, `only ${files} env files`);
  const hostname = (0, import_node_fs.readFileSync)((0, import_node_path.join)(root, "nacos-docker-v3.2.3/env/nacos-hostname.env"), "utf8");
  const f = parseEnvFile(hostname);
  import_strict.default.equal(entry(f, "NACOS_AUTH_IDENTITY_KEY").value, "2222");
  import_strict.default.equal(at(hostname, entry(f, "NACOS_AUTH_IDENTITY_VALUE").valueSpan), "2xxx");
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vdGVzdC91bml0L2VudmZpbGUudGVzdC50cyIsICIuLi8uLi9zZXJ2ZXIvc3JjL2NvcmUvY29tcG9zZS9pbnRlcnBvbGF0ZS50cyIsICIuLi8uLi9zZXJ2ZXIvc3JjL2NvcmUvZW52ZmlsZS9wYXJzZXIudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB7IHRlc3QgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgZXhpc3RzU3luYywgcmVhZGRpclN5bmMsIHJlYWRGaWxlU3luYyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0IHsgZGlybmFtZSwgam9pbiwgcmVzb2x2ZSB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBwYXJzZUVudkZpbGUsIHR5cGUgRW52RW50cnksIHR5cGUgRW52RmlsZSB9IGZyb20gJy4uLy4uL3NlcnZlci9zcmMvY29yZS9lbnZmaWxlL3BhcnNlcic7XG5pbXBvcnQgdHlwZSB7IFNwYW4gfSBmcm9tICcuLi8uLi9zZXJ2ZXIvc3JjL2NvcmUvdHlwZXMnO1xuXG4vKiogVGhlIHNoYXJlZCBjb3JwdXMgKE5BQ09TX0FVVEhfTElOVF9DT1JQVVMsIHRlc3QvZml4dHVyZXMvY29ycHVzIG9yIC4uL3NoYXJlZC9jb3JwdXMsIHNlYXJjaGVkIHVwd2FyZHMpLiAqL1xuZnVuY3Rpb24gZmluZENvcnB1cygpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBmb3IgKGNvbnN0IGMgb2YgW3Byb2Nlc3MuZW52Lk5BQ09TX0FVVEhfTElOVF9DT1JQVVMsICd0ZXN0L2ZpeHR1cmVzL2NvcnB1cycsICcuLi9zaGFyZWQvY29ycHVzJ10pIHtcbiAgICBpZiAoIWMpIGNvbnRpbnVlO1xuICAgIGZvciAobGV0IGRpciA9IHByb2Nlc3MuY3dkKCksIGkgPSAwOyBpIDwgNjsgZGlyID0gZGlybmFtZShkaXIpLCBpKyspIHtcbiAgICAgIGNvbnN0IHAgPSByZXNvbHZlKGRpciwgYyk7XG4gICAgICBpZiAoZXhpc3RzU3luYyhqb2luKHAsICduYWNvcy1kb2NrZXItdjMuMi4zJywgJ2V4YW1wbGUnKSkpIHJldHVybiBwO1xuICAgIH1cbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5jb25zdCBhdCA9ICh0ZXh0OiBzdHJpbmcsIHM6IFNwYW4pOiBzdHJpbmcgPT4gdGV4dC5zbGljZShzLnN0YXJ0LCBzLmVuZCk7XG5jb25zdCBlbnRyeSA9IChmOiBFbnZGaWxlLCBrZXk6IHN0cmluZyk6IEVudkVudHJ5ID0+IHtcbiAgY29uc3QgZSA9IFsuLi5mLmVudHJpZXNdLnJldmVyc2UoKS5maW5kKCh4KSA9PiB4LmtleSA9PT0ga2V5KTtcbiAgYXNzZXJ0Lm9rKGUsIGBubyBlbnRyeSAke2tleX1gKTtcbiAgcmV0dXJuIGU7XG59O1xuY29uc3QgdmFsdWVzID0gKGY6IEVudkZpbGUpOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0+IE9iamVjdC5mcm9tRW50cmllcyhmLmVudHJpZXMuZmlsdGVyKChlKSA9PiAhZS5ub0VxdWFscykubWFwKChlKSA9PiBbZS5rZXksIGUudmFsdWVdKSk7XG5cbnRlc3QoJ0tFWT1WQUxVRSB3aXRoIGV4YWN0IGtleSwgdmFsdWUgYW5kIGxpbmUgc3BhbnMnLCAoKSA9PiB7XG4gIGNvbnN0IHRleHQgPSAnQT0xXFxuICBCID0gdHdvIHdvcmRzICBcXG5leHBvcnQgQz0zXFxuRD1cXG4nO1xuICBjb25zdCBmID0gcGFyc2VFbnZGaWxlKHRleHQpO1xuICBhc3NlcnQuZGVlcEVxdWFsKHZhbHVlcyhmKSwgeyBBOiAnMScsIEI6ICd0d28gd29yZHMnLCBDOiAnMycsIEQ6ICcnIH0pO1xuICBjb25zdCBiID0gZW50cnkoZiwgJ0InKTtcbiAgYXNzZXJ0LmVxdWFsKGF0KHRleHQsIGIua2V5U3BhbiksICdCJyk7XG4gIGFzc2VydC5lcXVhbChhdCh0ZXh0LCBiLnZhbHVlU3BhbiksICd0d28gd29yZHMnKTtcbiAgYXNzZXJ0LmVxdWFsKGIucmF3VmFsdWUsICd0d28gd29yZHMnKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChiLmlubmVyU3BhbiwgYi52YWx1ZVNwYW4pO1xuICBhc3NlcnQuZXF1YWwoYi5xdW90ZSwgbnVsbCk7XG4gIGFzc2VydC5lcXVhbChiLmxpbmUsIDEpO1xuICBhc3NlcnQuZXF1YWwoYXQodGV4dCwgYi5saW5lU3BhbiksICcgIEIgPSB0d28gd29yZHMgICcpO1xuICBhc3NlcnQuZXF1YWwoYXQodGV4dCwgYi5kZWxldGVTcGFuKSwgJyAgQiA9IHR3byB3b3JkcyAgXFxuJyk7XG4gIGNvbnN0IGMgPSBlbnRyeShmLCAnQycpO1xuICBhc3NlcnQuZXF1YWwoYy5leHBvcnRlZCwgdHJ1ZSk7XG4gIGFzc2VydC5lcXVhbChhdCh0ZXh0LCBjLmtleVNwYW4pLCAnQycpO1xuICBjb25zdCBkID0gZW50cnkoZiwgJ0QnKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChkLnZhbHVlU3BhbiwgeyBzdGFydDogdGV4dC5pbmRleE9mKCdEPScpICsgMiwgZW5kOiB0ZXh0LmluZGV4T2YoJ0Q9JykgKyAyIH0sICdlbXB0eSB2YWx1ZTogZW1wdHkgc3BhbiByaWdodCBhZnRlciBcIj1cIicpO1xuICBhc3NlcnQuZGVlcEVxdWFsKGYucHJvYmxlbXMsIFtdKTtcbn0pO1xuXG50ZXN0KCdjb21tZW50czogd2hvbGUgbGluZXMsIFwiICNcIiBhZnRlciB1bnF1b3RlZCB2YWx1ZXMsIG5vdCBcIiNcIiBpbnNpZGUgYSB2YWx1ZScsICgpID0+IHtcbiAgY29uc3QgdGV4dCA9ICcjIGhlYWRcXG4gICMgaW5kZW50ZWRcXG5BPTEgIyBub3RlXFxuQj14I3lcXG5DPSN6XFxuRD1cInEgIyBrZXB0XCIgIyBhZnRlclxcbkU9XFwncyAjIGtlcHRcXCdcXG4nO1xuICBjb25zdCBmID0gcGFyc2VFbnZGaWxlKHRleHQpO1xuICBhc3NlcnQuZGVlcEVxdWFsKHZhbHVlcyhmKSwgeyBBOiAnMScsIEI6ICd4I3knLCBDOiAnI3onLCBEOiAncSAjIGtlcHQnLCBFOiAncyAjIGtlcHQnIH0pO1xuICBhc3NlcnQuZGVlcEVxdWFsKGYuY29tbWVudHMubWFwKChjKSA9PiBbYy50ZXh0LCBjLmxpbmVdKSwgW1snIyBoZWFkJywgMF0sIFsnIyBpbmRlbnRlZCcsIDFdLCBbJyMgbm90ZScsIDJdLCBbJyMgYWZ0ZXInLCA1XV0pO1xuICBhc3NlcnQuZXF1YWwoYXQodGV4dCwgZi5jb21tZW50c1swXS5zcGFuKSwgJyMgaGVhZCcpO1xuICBhc3NlcnQuZXF1YWwoYXQodGV4dCwgZW50cnkoZiwgJ0EnKS52YWx1ZVNwYW4pLCAnMScpO1xufSk7XG5cbnRlc3QoJ3NpbmdsZSBxdW90ZXMgYXJlIGxpdGVyYWw7IGRvdWJsZSBxdW90ZXMgdGFrZSBlc2NhcGVzIGFuZCBpbnRlcnBvbGF0aW9uJywgKCkgPT4ge1xuICBjb25zdCB0ZXh0ID0gW1xuICAgIFN0cmluZy5yYXdgUz0nYSAkWCBcXG4gYCArIFwiJHtYfSdcIixcbiAgICBTdHJpbmcucmF3YEQ9XCJhICRYXFxuXFx0XFxcInFcXFwiIFxcXFwgXFwkWCBcXGMgXFwwMTAxIFxcMDhcImAsXG4gICAgJ1U9cHJlLSR7WH0tJFgnLFxuICAgIFwiTT0naXRcXFxcJ3MnXCIsXG4gIF0uam9pbignXFxuJykgKyAnXFxuJztcbiAgY29uc3QgZiA9IHBhcnNlRW52RmlsZSh0ZXh0LCAobikgPT4gKG4gPT09ICdYJyA/ICdleCcgOiB1bmRlZmluZWQpKTtcbiAgYXNzZXJ0LmVxdWFsKGVudHJ5KGYsICdTJykudmFsdWUsIFN0cmluZy5yYXdgYSAkWCBcXG4gYCArICcke1h9Jyk7XG4gIGFzc2VydC5lcXVhbChlbnRyeShmLCAnUycpLnJlZnMubGVuZ3RoLCAwKTtcbiAgYXNzZXJ0LmVxdWFsKGVudHJ5KGYsICdEJykudmFsdWUsICdhIGV4XFxuXFx0XCJxXCIgXFxcXCAkWCBcXFxcYyBBIFxcXFwwOCcpO1xuICBhc3NlcnQuZXF1YWwoZW50cnkoZiwgJ1UnKS52YWx1ZSwgJ3ByZS1leC1leCcpO1xuICBhc3NlcnQuZXF1YWwoZW50cnkoZiwgJ00nKS52YWx1ZSwgXCJpdCdzXCIsIFwiYW4gZXNjYXBlZCBxdW90ZSBsb3NlcyBpdHMgYmFja3NsYXNoIGluc2lkZSBpdHMgb3duIHF1b3Rlc1wiKTtcbiAgY29uc3QgZCA9IGVudHJ5KGYsICdEJyk7XG4gIGFzc2VydC5lcXVhbChkLnF1b3RlLCAnXCInKTtcbiAgYXNzZXJ0LmVxdWFsKGF0KHRleHQsIGQudmFsdWVTcGFuKVswXSwgJ1wiJyk7XG4gIGFzc2VydC5lcXVhbChhdCh0ZXh0LCBkLmlubmVyU3BhbiksIGQucmF3VmFsdWUuc2xpY2UoMSwgLTEpKTtcbn0pO1xuXG50ZXN0KCdyZWZlcmVuY2Ugc3BhbnMgYXJlIGZpbGUgb2Zmc2V0cywgYWxzbyB0aHJvdWdoIGVzY2FwZXMgaW4gZG91YmxlIHF1b3RlcycsICgpID0+IHtcbiAgY29uc3QgdGV4dCA9ICdBPXhcXG5CPVwiXFxcXHQke0F9XFxcXG4kQVwiXFxuQz0gIHkke0E6LWR9ICMgY1xcbic7XG4gIGNvbnN0IGYgPSBwYXJzZUVudkZpbGUodGV4dCk7XG4gIGFzc2VydC5kZWVwRXF1YWwoZW50cnkoZiwgJ0InKS5yZWZzLm1hcCgocikgPT4gYXQodGV4dCwgci5zcGFuKSksIFsnJHtBfScsICckQSddKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChlbnRyeShmLCAnQycpLnJlZnMubWFwKChyKSA9PiBbYXQodGV4dCwgci5zcGFuKSwgci5kZWZpbmVkXSksIFtbJyR7QTotZH0nLCB0cnVlXV0pO1xuICBhc3NlcnQuZXF1YWwoZW50cnkoZiwgJ0MnKS52YWx1ZSwgJ3l4Jyk7XG59KTtcblxudGVzdCgnbXVsdGktbGluZSBxdW90ZWQgdmFsdWVzIGtlZXAgdGhlaXIgbGluZXMgYW5kIHNwYW5zJywgKCkgPT4ge1xuICBjb25zdCB0ZXh0ID0gJ0E9XCJsaW5lMVxcbmxpbmUyXCJcXG5CPWFmdGVyXFxuJztcbiAgY29uc3QgZiA9IHBhcnNlRW52RmlsZSh0ZXh0KTtcbiAgY29uc3QgYSA9IGVudHJ5KGYsICdBJyk7XG4gIGFzc2VydC5lcXVhbChhLnZhbHVlLCAnbGluZTFcXG5saW5lMicpO1xuICBhc3NlcnQuZXF1YWwoYXQodGV4dCwgYS52YWx1ZVNwYW4pLCAnXCJsaW5lMVxcbmxpbmUyXCInKTtcbiAgYXNzZXJ0LmVxdWFsKGF0KHRleHQsIGEuZGVsZXRlU3BhbiksICdBPVwibGluZTFcXG5saW5lMlwiXFxuJyk7XG4gIGFzc2VydC5lcXVhbChlbnRyeShmLCAnQicpLmxpbmUsIDIpO1xufSk7XG5cbnRlc3QoJ0tFWSBhbG9uZSBpcyBub0VxdWFscyBhbmQgdW5zZXQgaGVyZTsgeWFtbC1zdHlsZSBLRVk6IHZhbHVlJywgKCkgPT4ge1xuICBjb25zdCB0ZXh0ID0gJ0FMT05FXFxuWTogeWFtbCBzdHlsZVxcbmV4cG9ydCBFMlxcbic7XG4gIGNvbnN0IGYgPSBwYXJzZUVudkZpbGUodGV4dCk7XG4gIGNvbnN0IGEgPSBlbnRyeShmLCAnQUxPTkUnKTtcbiAgYXNzZXJ0LmVxdWFsKGEubm9FcXVhbHMsIHRydWUpO1xuICBhc3NlcnQuZXF1YWwoYS52YWx1ZSwgJycpO1xuICBhc3NlcnQuZXF1YWwoYXQodGV4dCwgYS5rZXlTcGFuKSwgJ0FMT05FJyk7XG4gIGFzc2VydC5lcXVhbChlbnRyeShmLCAnWScpLnZhbHVlLCAneWFtbCBzdHlsZScpO1xuICBhc3NlcnQuZXF1YWwoZW50cnkoZiwgJ0UyJykubm9FcXVhbHMsIHRydWUpO1xuICBjb25zdCBsYXN0ID0gcGFyc2VFbnZGaWxlKCdBPTFcXG5UQUlMJyk7XG4gIGFzc2VydC5lcXVhbChlbnRyeShsYXN0LCAnVEFJTCcpLm5vRXF1YWxzLCB0cnVlLCAnYWxzbyB3aXRob3V0IGEgZmluYWwgbmV3bGluZScpO1xufSk7XG5cbnRlc3QoJ0JPTSBhbmQgQ1I6IHJlcG9ydGVkLCBhbmQgc3RyaXBwZWQgbGlrZSBjb21wb3NlIGRvZXMnLCAoKSA9PiB7XG4gIGNvbnN0IHRleHQgPSAnXFx1ZmVmZkE9MVxcclxcbkI9XCJ0d29cIlxcclxcbkNcXHJcXG4nO1xuICBjb25zdCBmID0gcGFyc2VFbnZGaWxlKHRleHQpO1xuICBhc3NlcnQuZXF1YWwoZi5oYXNCb20sIHRydWUpO1xuICBhc3NlcnQuZXF1YWwoZi5jckNvdW50LCAzKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbCh2YWx1ZXMoZiksIHsgQTogJzEnLCBCOiAndHdvJyB9KTtcbiAgYXNzZXJ0LmVxdWFsKGF0KHRleHQsIGVudHJ5KGYsICdBJykua2V5U3BhbiksICdBJyk7XG4gIGFzc2VydC5lcXVhbChhdCh0ZXh0LCBlbnRyeShmLCAnQScpLmxpbmVTcGFuKSwgJ0E9MScpO1xuICBhc3NlcnQuZXF1YWwoYXQodGV4dCwgZW50cnkoZiwgJ0EnKS5kZWxldGVTcGFuKSwgJ0E9MVxcclxcbicpO1xuICBhc3NlcnQuZXF1YWwoZW50cnkoZiwgJ0MnKS5ub0VxdWFscywgdHJ1ZSk7XG4gIGFzc2VydC5lcXVhbChwYXJzZUVudkZpbGUoJ0E9MScpLmhhc0JvbSwgZmFsc2UpO1xufSk7XG5cbnRlc3QoJ2ludGVycG9sYXRpb24gb3JkZXI6IGxvb2t1cCwgdGhlbiBlYXJsaWVyIGVudHJpZXMgb2YgdGhlIGZpbGUsIHRoZW4gdGhlIGZhbGxiYWNrIChjb21wb3NlLWdvKScsICgpID0+IHtcbiAgY29uc3QgdGV4dCA9ICdBPWZpbGVcXG5CPSR7QX1cXG5DPSR7UH1cXG5EPSR7UTotbm9uZX1cXG4nO1xuICBjb25zdCBmID0gcGFyc2VFbnZGaWxlKHRleHQsIChuKSA9PiAobiA9PT0gJ0EnID8gJ2xvb2tlZC11cCcgOiB1bmRlZmluZWQpLCB7IGZhbGxiYWNrOiAobikgPT4gKG4gPT09ICdQJyA/ICdmcm9tLWZhbGxiYWNrJyA6IHVuZGVmaW5lZCkgfSk7XG4gIGFzc2VydC5lcXVhbChlbnRyeShmLCAnQScpLnZhbHVlLCAnZmlsZScpO1xuICBhc3NlcnQuZXF1YWwoZW50cnkoZiwgJ0InKS52YWx1ZSwgJ2xvb2tlZC11cCcpO1xuICBhc3NlcnQuZXF1YWwoZW50cnkoZiwgJ0MnKS52YWx1ZSwgJ2Zyb20tZmFsbGJhY2snKTtcbiAgYXNzZXJ0LmVxdWFsKGVudHJ5KGYsICdEJykudmFsdWUsICdub25lJyk7XG4gIGFzc2VydC5lcXVhbChwYXJzZUVudkZpbGUoJ0E9ZmlsZVxcbkI9JHtBfVxcbicpLmVudHJpZXNbMV0udmFsdWUsICdmaWxlJyk7XG4gIC8vIEtFWSBhbG9uZSB0YWtlcyB0aGUgbG9va3VwJ3MgdmFsdWUgZm9yIGxhdGVyIHJlZmVyZW5jZXNcbiAgYXNzZXJ0LmVxdWFsKHBhcnNlRW52RmlsZSgnS1xcblI9JEtcXG4nLCAobikgPT4gKG4gPT09ICdLJyA/ICdrJyA6IHVuZGVmaW5lZCkpLmVudHJpZXNbMV0udmFsdWUsICdrJyk7XG59KTtcblxudGVzdCgnbGF0ZXIgZHVwbGljYXRlcyB3aW47IGEgcXVvdGVkIHZhbHVlIGZvbGxvd2VkIGJ5IGFub3RoZXIgc3RhdGVtZW50IG9uIHRoZSBzYW1lIGxpbmUgKGNvbXBvc2UgcXVpcmspJywgKCkgPT4ge1xuICBjb25zdCBmID0gcGFyc2VFbnZGaWxlKCdBPTFcXG5BPTJcXG5RPVwieFwiIFI9eVxcbicpO1xuICBhc3NlcnQuZXF1YWwoZW50cnkoZiwgJ0EnKS52YWx1ZSwgJzInKTtcbiAgYXNzZXJ0LmVxdWFsKGYuZW50cmllcy5maWx0ZXIoKGUpID0+IGUua2V5ID09PSAnQScpLmxlbmd0aCwgMik7XG4gIGFzc2VydC5lcXVhbChlbnRyeShmLCAnUScpLnZhbHVlLCAneCcpO1xuICBhc3NlcnQuZXF1YWwoZW50cnkoZiwgJ1InKS52YWx1ZSwgJ3knKTtcbn0pO1xuXG50ZXN0KCdzeW50YXggZXJyb3JzIGJlY29tZSBwcm9ibGVtcyBhdCB0aGVpciBzcGFuLCBhbmQgcGFyc2luZyBnb2VzIG9uIHdpdGggdGhlIG5leHQgbGluZScsICgpID0+IHtcbiAgY29uc3QgdGV4dCA9ICdHT09EPTFcXG5CQUQhS0VZPTJcXG5IQVMgU1BBQ0U9M1xcbj1cIm5vIGtleVwiXFxuT1BFTj1cIm5ldmVyIGNsb3NlZFxcbkFGVEVSPW9rXFxuST0ke29vcHNcXG4nO1xuICBjb25zdCBmID0gcGFyc2VFbnZGaWxlKHRleHQpO1xuICBhc3NlcnQuZGVlcEVxdWFsKHZhbHVlcyhmKSwgeyBHT09EOiAnMScsIEFGVEVSOiAnb2snLCBJOiAnJHtvb3BzJyB9KTtcbiAgY29uc3QgbXNncyA9IGYucHJvYmxlbXMubWFwKChwKSA9PiBbcC5tZXNzYWdlLCBhdCh0ZXh0LCBwLnNwYW4pXSk7XG4gIGFzc2VydC5kZWVwRXF1YWwobXNncy5zbGljZSgwLCA0KSwgW1xuICAgIFsndW5leHBlY3RlZCBjaGFyYWN0ZXIgXCIhXCIgaW4gdmFyaWFibGUgbmFtZScsICchJ10sXG4gICAgWyd2YXJpYWJsZSBuYW1lIGNhbm5vdCBjb250YWluIGEgc3BhY2UnLCAnSEFTIFNQQUNFJ10sXG4gICAgWydtaXNzaW5nIHZhcmlhYmxlIG5hbWUgYmVmb3JlIFwiPVwiJywgJz0nXSxcbiAgICBbJ3VudGVybWluYXRlZCBxdW90ZWQgdmFsdWUnLCAnXCJuZXZlciBjbG9zZWQnXSxcbiAgXSk7XG4gIGFzc2VydC5tYXRjaChtc2dzWzRdWzBdLCAvaW52YWxpZCBpbnRlcnBvbGF0aW9uIGZvcm1hdC8pO1xuICBhc3NlcnQuZXF1YWwobXNnc1s0XVsxXSwgJyR7b29wcycpO1xufSk7XG5cbnRlc3QoJ2tleXM6IGxldHRlcnMsIGRpZ2l0cywgXyAuIC0gWyBdIGFuZCBVbmljb2RlIGxldHRlcnMnLCAoKSA9PiB7XG4gIGNvbnN0IGYgPSBwYXJzZUVudkZpbGUoJ2EuYi1jWzBdPTFcXG5cdTAwQzRQRkVMPTJcXG5fWD0zXFxuJyk7XG4gIGFzc2VydC5kZWVwRXF1YWwodmFsdWVzKGYpLCB7ICdhLmItY1swXSc6ICcxJywgXHUwMEM0UEZFTDogJzInLCBfWDogJzMnIH0pO1xufSk7XG5cbnRlc3QoJ25ldmVyIHRocm93cyBhbmQgc3RheXMgbGluZWFyIG9uIGhvc3RpbGUgaW5wdXQnLCAoKSA9PiB7XG4gIGNvbnN0IGlucHV0cyA9IFsnJywgJ1xcblxcblxcbicsICdcIicsIFwiJ1wiLCAnPScsICcjJywgJ0E9XCJcXFxcJywgJ0E9XFxcXCcsICdcXHUwMDAwXFx1MDAwMVxcdWQ4MDAnLCAnZXhwb3J0JywgJ2V4cG9ydCAnLCAnZXhwb3J0XFxuQT0xJywgJ0E9JHsnLCAnXFx1ZmVmZiddO1xuICBmb3IgKGNvbnN0IHMgb2YgaW5wdXRzKSBhc3NlcnQuZG9lc05vdFRocm93KCgpID0+IHBhcnNlRW52RmlsZShzKSwgSlNPTi5zdHJpbmdpZnkocykpO1xuICBhc3NlcnQuZG9lc05vdFRocm93KCgpID0+IHBhcnNlRW52RmlsZSh1bmRlZmluZWQgYXMgdW5rbm93biBhcyBzdHJpbmcpKTtcbiAgY29uc3QgYmlnID0gQXJyYXkuZnJvbSh7IGxlbmd0aDogNTBfMDAwIH0sIChfLCBpKSA9PiBgSyR7aX09XCJ2JHtpfSBcXFxcbiBcXCR7SyR7TWF0aC5tYXgoMCwgaSAtIDEpfX1cImApLmpvaW4oJ1xcbicpO1xuICBjb25zdCB0MCA9IERhdGUubm93KCk7XG4gIGNvbnN0IGYgPSBwYXJzZUVudkZpbGUoYmlnKTtcbiAgYXNzZXJ0LmVxdWFsKGYuZW50cmllcy5sZW5ndGgsIDUwXzAwMCk7XG4gIGFzc2VydC5vayhEYXRlLm5vdygpIC0gdDAgPCAzMDAwLCBgdG9vayAke0RhdGUubm93KCkgLSB0MH0gbXNgKTtcbn0pO1xuXG5jb25zdCBDT1JQVVMgPSBmaW5kQ29ycHVzKCk7XG5cbihDT1JQVVMgPyB0ZXN0IDogdGVzdC5za2lwKSgnZXZlcnkgZW52IGZpbGUgb2YgdGhlIGNvcnB1cyBwYXJzZXMgd2l0aG91dCBwcm9ibGVtcywgd2l0aCB2YWx1ZXMgYXQgdGhlaXIgc3BhbnMnLCAoKSA9PiB7XG4gIGNvbnN0IHJvb3QgPSBDT1JQVVMgPz8gJyc7XG4gIGxldCBmaWxlcyA9IDA7XG4gIGZvciAoY29uc3QgdGFnIG9mIHJlYWRkaXJTeW5jKHJvb3QpLmZpbHRlcigoZCkgPT4gZC5zdGFydHNXaXRoKCduYWNvcy1kb2NrZXItJykpKSB7XG4gICAgY29uc3QgZGlycyA9IFtqb2luKHJvb3QsIHRhZywgJ2VudicpLCBqb2luKHJvb3QsIHRhZywgJ2V4YW1wbGUnKV07XG4gICAgZm9yIChjb25zdCBkaXIgb2YgZGlycykge1xuICAgICAgbGV0IG5hbWVzOiBzdHJpbmdbXSA9IFtdO1xuICAgICAgdHJ5IHtcbiAgICAgICAgbmFtZXMgPSByZWFkZGlyU3luYyhkaXIpLmZpbHRlcigobikgPT4gbi5lbmRzV2l0aCgnLmVudicpKTtcbiAgICAgIH0gY2F0Y2gge1xuICAgICAgICBjb250aW51ZTtcbiAgICAgIH1cbiAgICAgIGZvciAoY29uc3QgbiBvZiBuYW1lcykge1xuICAgICAgICBjb25zdCB0ZXh0ID0gcmVhZEZpbGVTeW5jKGpvaW4oZGlyLCBuKSwgJ3V0ZjgnKTtcbiAgICAgICAgY29uc3QgZiA9IHBhcnNlRW52RmlsZSh0ZXh0KTtcbiAgICAgICAgZmlsZXMrKztcbiAgICAgICAgYXNzZXJ0LmRlZXBFcXVhbChmLnByb2JsZW1zLCBbXSwgYCR7dGFnfS8ke259YCk7XG4gICAgICAgIGZvciAoY29uc3QgZSBvZiBmLmVudHJpZXMpIGlmICghZS5ub0VxdWFscyAmJiBlLnF1b3RlID09PSBudWxsKSBhc3NlcnQuZXF1YWwoYXQodGV4dCwgZS52YWx1ZVNwYW4pLCBlLnZhbHVlLCBgJHt0YWd9LyR7bn0gJHtlLmtleX1gKTtcbiAgICAgIH1cbiAgICB9XG4gIH1cbiAgYXNzZXJ0Lm9rKGZpbGVzID49IDMwLCBgb25seSAke2ZpbGVzfSBlbnYgZmlsZXNgKTtcbiAgY29uc3QgaG9zdG5hbWUgPSByZWFkRmlsZVN5bmMoam9pbihyb290LCAnbmFjb3MtZG9ja2VyLXYzLjIuMy9lbnYvbmFjb3MtaG9zdG5hbWUuZW52JyksICd1dGY4Jyk7XG4gIGNvbnN0IGYgPSBwYXJzZUVudkZpbGUoaG9zdG5hbWUpO1xuICBhc3NlcnQuZXF1YWwoZW50cnkoZiwgJ05BQ09TX0FVVEhfSURFTlRJVFlfS0VZJykudmFsdWUsICcyMjIyJyk7XG4gIGFzc2VydC5lcXVhbChhdChob3N0bmFtZSwgZW50cnkoZiwgJ05BQ09TX0FVVEhfSURFTlRJVFlfVkFMVUUnKS52YWx1ZVNwYW4pLCAnMnh4eCcpO1xufSk7XG4iLCAiLy8gQ29tcG9zZSB2MiB2YXJpYWJsZSBpbnRlcnBvbGF0aW9uIChjb21wb3NlLXNwZWMvY29tcG9zZS1nbyBgdGVtcGxhdGVgKSwgd2l0aCB0aGUgc3BhbiBvZiBldmVyeSByZWZlcmVuY2UuXG4vLyBgJCRgIFx1MjE5MiBgJGA7IGAkTkFNRWA7IGAke05BTUV9YDsgYCR7TkFNRTxvcD5vcGVyYW5kfWAgZm9yIHRoZSBvcHMgYmVsb3csIG9wZXJhbmRzIGludGVycG9sYXRlZCByZWN1cnNpdmVseS5cbi8vIE5hbWVzIGFyZSBBU0NJSSBgW19BLVphLXpdW19BLVphLXowLTldKmAuIEFueSBvdGhlciBgJGAgaXMgYW4gZXJyb3IgaW4gQ29tcG9zZSAoXCJpbnZhbGlkIGludGVycG9sYXRpb24gZm9ybWF0XCIpLlxuXG5pbXBvcnQgdHlwZSB7IFNwYW4gfSBmcm9tICcuLi90eXBlcyc7XG5cbmV4cG9ydCB0eXBlIEludGVycG9sYXRpb25PcCA9ICcnIHwgJzotJyB8ICctJyB8ICc6PycgfCAnPycgfCAnOisnIHwgJysnO1xuXG5leHBvcnQgaW50ZXJmYWNlIEludGVycG9sYXRpb25SZWYge1xuICBuYW1lOiBzdHJpbmc7XG4gIC8qKiBPZmZzZXRzIGluIHRoZSBpbnB1dCBzdHJpbmcsIGNvdmVyaW5nIGAkTkFNRWAgb3IgdGhlIHdob2xlIGAkey4uLn1gLiAqL1xuICBzcGFuOiBTcGFuO1xuICBvcDogSW50ZXJwb2xhdGlvbk9wO1xuICAvKiogUmF3IG9wZXJhbmQgdGV4dCAoYmVmb3JlIGl0cyBvd24gaW50ZXJwb2xhdGlvbiksIGZvciBvcHMgb3RoZXIgdGhhbiAnJy4gKi9cbiAgb3BlcmFuZD86IHN0cmluZztcbiAgLyoqIFRoZSB2YXJpYWJsZSBoYXMgYSB2YWx1ZSAocG9zc2libHkgZW1wdHkpIGluIHRoZSBsb29rdXAuICovXG4gIGRlZmluZWQ6IGJvb2xlYW47XG4gIC8qKiBUaGUgb3BlcmFuZCByZXBsYWNlZCB0aGUgdmFyaWFibGUgKGA6LWAvYC1gIGRlZmF1bHQgdGFrZW4sIGA6K2AvYCtgIGFsdGVybmF0aXZlIHRha2VuKS4gKi9cbiAgdXNlZEZhbGxiYWNrOiBib29sZWFuO1xuICAvKiogSW5kZXggaW4gYHJlZnNgIG9mIHRoZSByZWZlcmVuY2Ugd2hvc2Ugb3BlcmFuZCBob2xkcyB0aGlzIG9uZSAobmVzdGVkIGAke0E6LSR7Qn19YCkuICovXG4gIHBhcmVudD86IG51bWJlcjtcbiAgLyoqIEZhbHNlIHdoZW4gdGhlIHJlZmVyZW5jZSBzaXRzIGluIGFuIG9wZXJhbmQgdGhhdCBkaWQgbm90IHJlYWNoIHRoZSByZXN1bHQgKGNvbXBvc2Ugc3RpbGwgZXZhbHVhdGVzIGl0KS4gKi9cbiAgY29udHJpYnV0ZXM6IGJvb2xlYW47XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgSW50ZXJwb2xhdGlvbkVycm9yIHtcbiAgbWVzc2FnZTogc3RyaW5nO1xuICBzcGFuOiBTcGFuO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEludGVycG9sYXRpb25SZXN1bHQge1xuICB2YWx1ZTogc3RyaW5nO1xuICByZWZzOiBJbnRlcnBvbGF0aW9uUmVmW107XG4gIGVycm9yczogSW50ZXJwb2xhdGlvbkVycm9yW107XG59XG5cbi8qKiBOZXN0aW5nIGRlZXBlciB0aGFuIHRoaXMgaXMgcmVwb3J0ZWQgaW5zdGVhZCBvZiBmb2xsb3dlZCAoY29tcG9zZSBoYXMgbm8gbGltaXQ7IGlucHV0IGxlbmd0aCBib3VuZHMgaXQgYW55d2F5KS4gKi9cbmNvbnN0IE1BWF9ERVBUSCA9IDY0O1xuXG5jb25zdCBPUFM6IHJlYWRvbmx5IEludGVycG9sYXRpb25PcFtdID0gWyc6LScsICc6PycsICc6KycsICctJywgJz8nLCAnKyddO1xuXG5mdW5jdGlvbiBpc05hbWVTdGFydChjOiBudW1iZXIpOiBib29sZWFuIHtcbiAgcmV0dXJuIChjID49IDY1ICYmIGMgPD0gOTApIHx8IChjID49IDk3ICYmIGMgPD0gMTIyKSB8fCBjID09PSA5NTtcbn1cbmZ1bmN0aW9uIGlzTmFtZUNoYXIoYzogbnVtYmVyKTogYm9vbGVhbiB7XG4gIHJldHVybiBpc05hbWVTdGFydChjKSB8fCAoYyA+PSA0OCAmJiBjIDw9IDU3KTtcbn1cblxuY29uc3QgSElOVCA9ICd1c2UgXCIkJFwiIGZvciBhIGxpdGVyYWwgXCIkXCInO1xuXG5leHBvcnQgZnVuY3Rpb24gaW50ZXJwb2xhdGUoaW5wdXQ6IHN0cmluZywgbG9va3VwOiAobmFtZTogc3RyaW5nKSA9PiBzdHJpbmcgfCB1bmRlZmluZWQpOiBJbnRlcnBvbGF0aW9uUmVzdWx0IHtcbiAgY29uc3QgcmVmczogSW50ZXJwb2xhdGlvblJlZltdID0gW107XG4gIGNvbnN0IGVycm9yczogSW50ZXJwb2xhdGlvbkVycm9yW10gPSBbXTtcbiAgY29uc3Qgc2FmZUxvb2t1cCA9IChuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQgPT4ge1xuICAgIHRyeSB7XG4gICAgICBjb25zdCB2ID0gbG9va3VwKG5hbWUpO1xuICAgICAgcmV0dXJuIHR5cGVvZiB2ID09PSAnc3RyaW5nJyA/IHYgOiB1bmRlZmluZWQ7XG4gICAgfSBjYXRjaCB7XG4gICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgIH1cbiAgfTtcbiAgY29uc3QgdmFsdWUgPSBydW4oaW5wdXQsIDAsIGlucHV0Lmxlbmd0aCwgc2FmZUxvb2t1cCwgcmVmcywgZXJyb3JzLCAwLCB1bmRlZmluZWQsIHRydWUpO1xuICByZXR1cm4geyB2YWx1ZSwgcmVmcywgZXJyb3JzIH07XG59XG5cbi8qKiBJbnRlcnBvbGF0ZXMgaW5wdXRbZnJvbSwgdG8pOyBzcGFucyBzdGF5IGluIGlucHV0IG9mZnNldHMuICovXG5mdW5jdGlvbiBydW4oXG4gIGlucHV0OiBzdHJpbmcsXG4gIGZyb206IG51bWJlcixcbiAgdG86IG51bWJlcixcbiAgbG9va3VwOiAobmFtZTogc3RyaW5nKSA9PiBzdHJpbmcgfCB1bmRlZmluZWQsXG4gIHJlZnM6IEludGVycG9sYXRpb25SZWZbXSxcbiAgZXJyb3JzOiBJbnRlcnBvbGF0aW9uRXJyb3JbXSxcbiAgZGVwdGg6IG51bWJlcixcbiAgcGFyZW50OiBudW1iZXIgfCB1bmRlZmluZWQsXG4gIGNvbnRyaWJ1dGVzOiBib29sZWFuLFxuKTogc3RyaW5nIHtcbiAgLy8gRmFzdCBwYXRoOiBub3RoaW5nIHRvIGRvLlxuICBjb25zdCBmaXJzdCA9IGlucHV0LmluZGV4T2YoJyQnLCBmcm9tKTtcbiAgaWYgKGZpcnN0IDwgMCB8fCBmaXJzdCA+PSB0bykgcmV0dXJuIGlucHV0LnNsaWNlKGZyb20sIHRvKTtcblxuICBsZXQgb3V0ID0gJyc7XG4gIGxldCBpID0gZnJvbTtcbiAgd2hpbGUgKGkgPCB0bykge1xuICAgIGNvbnN0IGQgPSBpbnB1dC5pbmRleE9mKCckJywgaSk7XG4gICAgaWYgKGQgPCAwIHx8IGQgPj0gdG8pIHtcbiAgICAgIG91dCArPSBpbnB1dC5zbGljZShpLCB0byk7XG4gICAgICBicmVhaztcbiAgICB9XG4gICAgb3V0ICs9IGlucHV0LnNsaWNlKGksIGQpO1xuICAgIGNvbnN0IG5leHQgPSBkICsgMSA8IHRvID8gaW5wdXQuY2hhckNvZGVBdChkICsgMSkgOiAtMTtcbiAgICBpZiAobmV4dCA9PT0gMzYgLyogJCAqLykge1xuICAgICAgb3V0ICs9ICckJztcbiAgICAgIGkgPSBkICsgMjtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBpZiAobmV4dCA+PSAwICYmIGlzTmFtZVN0YXJ0KG5leHQpKSB7XG4gICAgICBsZXQgZSA9IGQgKyAyO1xuICAgICAgd2hpbGUgKGUgPCB0byAmJiBpc05hbWVDaGFyKGlucHV0LmNoYXJDb2RlQXQoZSkpKSBlKys7XG4gICAgICBjb25zdCBuYW1lID0gaW5wdXQuc2xpY2UoZCArIDEsIGUpO1xuICAgICAgY29uc3QgdiA9IGxvb2t1cChuYW1lKTtcbiAgICAgIHJlZnMucHVzaCh7IG5hbWUsIHNwYW46IHsgc3RhcnQ6IGQsIGVuZDogZSB9LCBvcDogJycsIGRlZmluZWQ6IHYgIT09IHVuZGVmaW5lZCwgdXNlZEZhbGxiYWNrOiBmYWxzZSwgcGFyZW50LCBjb250cmlidXRlcyB9KTtcbiAgICAgIG91dCArPSB2ID8/ICcnO1xuICAgICAgaSA9IGU7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgaWYgKG5leHQgPT09IDEyMyAvKiB7ICovKSB7XG4gICAgICBpID0gYnJhY2VkKGlucHV0LCBkLCB0bywgbG9va3VwLCByZWZzLCBlcnJvcnMsIGRlcHRoLCBwYXJlbnQsIGNvbnRyaWJ1dGVzLCAocykgPT4gKG91dCArPSBzKSk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgZXJyb3JzLnB1c2goeyBtZXNzYWdlOiBgaW52YWxpZCBpbnRlcnBvbGF0aW9uIGZvcm1hdDogXCIkXCIgbXVzdCBiZSBmb2xsb3dlZCBieSBhIG5hbWUsIFwie1wiIG9yIFwiJFwiOyAke0hJTlR9YCwgc3BhbjogeyBzdGFydDogZCwgZW5kOiBNYXRoLm1pbihkICsgMiwgdG8pIH0gfSk7XG4gICAgb3V0ICs9ICckJztcbiAgICBpID0gZCArIDE7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqIEhhbmRsZXMgYCR7Li4ufWAgc3RhcnRpbmcgYXQgaW5wdXRbZF0gPT09ICckJzsgcmV0dXJucyB0aGUgaW5kZXggYWZ0ZXIgaXQuICovXG5mdW5jdGlvbiBicmFjZWQoXG4gIGlucHV0OiBzdHJpbmcsXG4gIGQ6IG51bWJlcixcbiAgdG86IG51bWJlcixcbiAgbG9va3VwOiAobmFtZTogc3RyaW5nKSA9PiBzdHJpbmcgfCB1bmRlZmluZWQsXG4gIHJlZnM6IEludGVycG9sYXRpb25SZWZbXSxcbiAgZXJyb3JzOiBJbnRlcnBvbGF0aW9uRXJyb3JbXSxcbiAgZGVwdGg6IG51bWJlcixcbiAgcGFyZW50OiBudW1iZXIgfCB1bmRlZmluZWQsXG4gIGNvbnRyaWJ1dGVzOiBib29sZWFuLFxuICBlbWl0OiAoczogc3RyaW5nKSA9PiB2b2lkLFxuKTogbnVtYmVyIHtcbiAgY29uc3QgbmFtZVN0YXJ0ID0gZCArIDI7XG4gIC8vIFRoZSBjbG9zaW5nIGJyYWNlOiBjb21wb3NlIG1hdGNoZXMgYC4qfWAgb24gb25lIGxpbmUsIHRoZW4gY291bnRzIGJyYWNlcyBpbnNpZGUgaXQ7IHdoZW4gdGhlIGNvdW50aW5nIGZpbmRzXG4gIC8vIG5vIG1hdGNoIGl0IGZhbGxzIGJhY2sgdG8gdGhlIGxhc3QgYH1gIG9uIHRoZSBsaW5lLlxuICBsZXQgY2xvc2UgPSAtMTtcbiAgbGV0IGRlcHRoQ291bnQgPSAxO1xuICBsZXQgaiA9IG5hbWVTdGFydDtcbiAgZm9yICg7IGogPCB0bzsgaisrKSB7XG4gICAgY29uc3QgYyA9IGlucHV0LmNoYXJDb2RlQXQoaik7XG4gICAgaWYgKGMgPT09IDEwKSBicmVhaztcbiAgICBpZiAoYyA9PT0gMTIzKSBkZXB0aENvdW50Kys7XG4gICAgZWxzZSBpZiAoYyA9PT0gMTI1ICYmIC0tZGVwdGhDb3VudCA9PT0gMCkge1xuICAgICAgY2xvc2UgPSBqO1xuICAgICAgYnJlYWs7XG4gICAgfVxuICB9XG4gIC8vIE9ubHkgc2Nhbm5lZCB0byB0aGUgZW5kIG9mIHRoZSBsaW5lIHdoZW4gbm8gYnJhY2UgY2xvc2VkOiBlYWNoIGxpbmUgaXMgc2Nhbm5lZCBvbmNlIHBlciBmYWlsdXJlLlxuICBjb25zdCBsaW5lRW5kID0gY2xvc2UgPj0gMCA/IC0xIDogajtcbiAgaWYgKGNsb3NlIDwgMCkgY2xvc2UgPSBpbnB1dC5sYXN0SW5kZXhPZignfScsIGxpbmVFbmQgLSAxKTtcbiAgaWYgKGNsb3NlIDwgbmFtZVN0YXJ0KSB7XG4gICAgZXJyb3JzLnB1c2goeyBtZXNzYWdlOiBgaW52YWxpZCBpbnRlcnBvbGF0aW9uIGZvcm1hdDogXCJcXCR7XCIgaXMgbm90IGNsb3NlZCBieSBcIn1cIjsgJHtISU5UfWAsIHNwYW46IHsgc3RhcnQ6IGQsIGVuZDogbGluZUVuZCB9IH0pO1xuICAgIGVtaXQoaW5wdXQuc2xpY2UoZCwgbGluZUVuZCkpO1xuICAgIHJldHVybiBsaW5lRW5kO1xuICB9XG4gIGNvbnN0IHNwYW4gPSB7IHN0YXJ0OiBkLCBlbmQ6IGNsb3NlICsgMSB9O1xuICBsZXQgZSA9IG5hbWVTdGFydDtcbiAgaWYgKGUgPCBjbG9zZSAmJiBpc05hbWVTdGFydChpbnB1dC5jaGFyQ29kZUF0KGUpKSkge1xuICAgIGUrKztcbiAgICB3aGlsZSAoZSA8IGNsb3NlICYmIGlzTmFtZUNoYXIoaW5wdXQuY2hhckNvZGVBdChlKSkpIGUrKztcbiAgfVxuICBjb25zdCBuYW1lID0gaW5wdXQuc2xpY2UobmFtZVN0YXJ0LCBlKTtcbiAgbGV0IG9wOiBJbnRlcnBvbGF0aW9uT3AgfCB1bmRlZmluZWQ7XG4gIGlmIChuYW1lICYmIGUgPT09IGNsb3NlKSBvcCA9ICcnO1xuICBlbHNlIGlmIChuYW1lKSBmb3IgKGNvbnN0IG8gb2YgT1BTKSBpZiAoaW5wdXQuc3RhcnRzV2l0aChvLCBlKSkgeyBvcCA9IG87IGJyZWFrOyB9XG4gIGlmIChvcCA9PT0gdW5kZWZpbmVkKSB7XG4gICAgLy8gVGhlIHJlZmVyZW5jZSB0ZXh0IHN0YXlzIG91dCBvZiB0aGUgbWVzc2FnZTogaXQgbWF5IHNpdCBpbnNpZGUgYSBzZWNyZXQuXG4gICAgZXJyb3JzLnB1c2goeyBtZXNzYWdlOiBgaW52YWxpZCBpbnRlcnBvbGF0aW9uIGZvcm1hdDogXCJcXCR7XCIgbXVzdCBiZSBmb2xsb3dlZCBieSBhIHZhcmlhYmxlIG5hbWUgYW5kIFwifVwiLCBcIjotXCIsIFwiLVwiLCBcIjo/XCIsIFwiP1wiLCBcIjorXCIgb3IgXCIrXCI7ICR7SElOVH1gLCBzcGFuIH0pO1xuICAgIGVtaXQoaW5wdXQuc2xpY2UoZCwgY2xvc2UgKyAxKSk7XG4gICAgcmV0dXJuIGNsb3NlICsgMTtcbiAgfVxuICBjb25zdCB2ID0gbG9va3VwKG5hbWUpO1xuICBjb25zdCBpbmRleCA9IHJlZnMubGVuZ3RoO1xuICBjb25zdCByZWY6IEludGVycG9sYXRpb25SZWYgPSB7IG5hbWUsIHNwYW4sIG9wLCBkZWZpbmVkOiB2ICE9PSB1bmRlZmluZWQsIHVzZWRGYWxsYmFjazogZmFsc2UsIHBhcmVudCwgY29udHJpYnV0ZXMgfTtcbiAgcmVmcy5wdXNoKHJlZik7XG4gIGlmIChvcCA9PT0gJycpIHtcbiAgICBlbWl0KHYgPz8gJycpO1xuICAgIHJldHVybiBjbG9zZSArIDE7XG4gIH1cbiAgY29uc3Qgb3BTdGFydCA9IGUgKyBvcC5sZW5ndGg7XG4gIHJlZi5vcGVyYW5kID0gaW5wdXQuc2xpY2Uob3BTdGFydCwgY2xvc2UpO1xuICBjb25zdCB1c2VPcGVyYW5kID1cbiAgICBvcCA9PT0gJzotJyA/IHYgPT09IHVuZGVmaW5lZCB8fCB2ID09PSAnJyA6XG4gICAgb3AgPT09ICctJyA/IHYgPT09IHVuZGVmaW5lZCA6XG4gICAgb3AgPT09ICc6KycgPyB2ICE9PSB1bmRlZmluZWQgJiYgdiAhPT0gJycgOlxuICAgIG9wID09PSAnKycgPyB2ICE9PSB1bmRlZmluZWQgOlxuICAgIGZhbHNlO1xuICAvLyBDb21wb3NlIGV2YWx1YXRlcyB0aGUgb3BlcmFuZCBmaXJzdCwgd2hhdGV2ZXIgdGhlIHZhcmlhYmxlIGhvbGRzOiBpdHMgZXJyb3JzIHN1cmZhY2UgZXZlbiB3aGVuIHVudXNlZC5cbiAgbGV0IG9wZXJhbmQgPSAnJztcbiAgaWYgKGRlcHRoICsgMSA+IE1BWF9ERVBUSCkge1xuICAgIGVycm9ycy5wdXNoKHsgbWVzc2FnZTogYGludGVycG9sYXRpb24gbmVzdGVkIG1vcmUgdGhhbiAke01BWF9ERVBUSH0gbGV2ZWxzIGRlZXBgLCBzcGFuIH0pO1xuICB9IGVsc2Uge1xuICAgIG9wZXJhbmQgPSBydW4oaW5wdXQsIG9wU3RhcnQsIGNsb3NlLCBsb29rdXAsIHJlZnMsIGVycm9ycywgZGVwdGggKyAxLCBpbmRleCwgY29udHJpYnV0ZXMgJiYgdXNlT3BlcmFuZCk7XG4gIH1cbiAgaWYgKG9wID09PSAnOj8nIHx8IG9wID09PSAnPycpIHtcbiAgICBjb25zdCBtaXNzaW5nID0gb3AgPT09ICc6PycgPyB2ID09PSB1bmRlZmluZWQgfHwgdiA9PT0gJycgOiB2ID09PSB1bmRlZmluZWQ7XG4gICAgaWYgKG1pc3NpbmcpIHtcbiAgICAgIGVycm9ycy5wdXNoKHsgbWVzc2FnZTogYHJlcXVpcmVkIHZhcmlhYmxlICR7bmFtZX0gaXMgbWlzc2luZyBhIHZhbHVlJHtvcGVyYW5kID8gYDogJHtvcGVyYW5kfWAgOiAnJ31gLCBzcGFuIH0pO1xuICAgICAgZW1pdCgnJyk7XG4gICAgfSBlbHNlIGVtaXQodiA/PyAnJyk7XG4gICAgcmV0dXJuIGNsb3NlICsgMTtcbiAgfVxuICByZWYudXNlZEZhbGxiYWNrID0gdXNlT3BlcmFuZDtcbiAgZW1pdCh1c2VPcGVyYW5kID8gb3BlcmFuZCA6ICh2ID8/ICcnKSk7XG4gIHJldHVybiBjbG9zZSArIDE7XG59XG4iLCAiLy8gRW52IGZpbGVzIChgLmVudmAsIGBlbnZfZmlsZTpgKSByZWFkIHdpdGggQ29tcG9zZSB2MidzIGRvdGVudiBydWxlcyAoY29tcG9zZS1zcGVjL2NvbXBvc2UtZ28gYGRvdGVudmApLCBrZWVwaW5nIHRoZVxuLy8gZXhhY3Qgc291cmNlIHNwYW4gb2YgZXZlcnkga2V5IGFuZCB2YWx1ZS4gV2hlcmUgY29tcG9zZS1nbyB3b3VsZCBzdG9wIGF0IGEgc3ludGF4IGVycm9yIHdlIHJlY29yZCBhIHByb2JsZW0gYW5kXG4vLyBjYXJyeSBvbiB3aXRoIHRoZSBuZXh0IGxpbmUsIHNvIHRoZSByZXN0IG9mIHRoZSBmaWxlIGNhbiBzdGlsbCBiZSBjaGVja2VkLlxuXG5pbXBvcnQgeyBpbnRlcnBvbGF0ZSwgdHlwZSBJbnRlcnBvbGF0aW9uUmVmIH0gZnJvbSAnLi4vY29tcG9zZS9pbnRlcnBvbGF0ZSc7XG5pbXBvcnQgdHlwZSB7IFNwYW4gfSBmcm9tICcuLi90eXBlcyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW52RW50cnkge1xuICBrZXk6IHN0cmluZztcbiAga2V5U3BhbjogU3BhbjtcbiAgLyoqIEZpbmFsIHZhbHVlIGFmdGVyIHF1b3RlcywgZXNjYXBlcyBhbmQgaW50ZXJwb2xhdGlvbiAoJycgZm9yIGBub0VxdWFsc2ApLiAqL1xuICB2YWx1ZTogc3RyaW5nO1xuICAvKiogU291cmNlIHRleHQgb2YgdGhlIHZhbHVlLCBxdW90ZXMgaW5jbHVkZWQuICovXG4gIHJhd1ZhbHVlOiBzdHJpbmc7XG4gIC8qKiBTb3VyY2Ugc3BhbiBvZiB0aGUgdmFsdWUgaW5jbHVkaW5nIHF1b3RlcyAoYW4gZW1wdHkgc3BhbiByaWdodCBhZnRlciBgPWAgd2hlbiB0aGUgdmFsdWUgaXMgZW1wdHkpLiAqL1xuICB2YWx1ZVNwYW46IFNwYW47XG4gIC8qKiBTcGFuIG9mIHRoZSB0ZXh0IGluc2lkZSB0aGUgcXVvdGVzICg9IHZhbHVlU3BhbiB3aGVuIHVucXVvdGVkKS4gKi9cbiAgaW5uZXJTcGFuOiBTcGFuO1xuICBxdW90ZTogJ1wiJyB8IFwiJ1wiIHwgbnVsbDtcbiAgZXhwb3J0ZWQ6IGJvb2xlYW47XG4gIC8qKiBgS0VZYCBhbG9uZTogQ29tcG9zZSB0YWtlcyB0aGUgdmFsdWUgZnJvbSBpdHMgbG9va3VwIChzaGVsbCAvIHByb2plY3QgZW52aXJvbm1lbnQpOyBoZXJlIGl0IGlzIHVuc2V0LiAqL1xuICBub0VxdWFsczogYm9vbGVhbjtcbiAgLyoqIFRoZSBzdGF0ZW1lbnQncyBsaW5lcyB3aXRob3V0IHRoZSBsaW5lIHRlcm1pbmF0b3IuICovXG4gIGxpbmVTcGFuOiBTcGFuO1xuICAvKiogVGhlIHN0YXRlbWVudCdzIGxpbmVzIGluY2x1ZGluZyB0aGUgZmluYWwgbGluZSB0ZXJtaW5hdG9yLiAqL1xuICBkZWxldGVTcGFuOiBTcGFuO1xuICAvKiogMC1iYXNlZCBsaW5lIG9mIHRoZSBrZXkuICovXG4gIGxpbmU6IG51bWJlcjtcbiAgLyoqIFJlZmVyZW5jZXMgaW4gZmlsZSBvZmZzZXRzLiAqL1xuICByZWZzOiBJbnRlcnBvbGF0aW9uUmVmW107XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW52Q29tbWVudCB7XG4gIHNwYW46IFNwYW47XG4gIC8qKiBGcm9tIGAjYCB0byB0aGUgZW5kIG9mIHRoZSBsaW5lICh3aXRob3V0IGBcXHJgKS4gKi9cbiAgdGV4dDogc3RyaW5nO1xuICBsaW5lOiBudW1iZXI7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW52RmlsZSB7XG4gIGVudHJpZXM6IEVudkVudHJ5W107XG4gIGNvbW1lbnRzOiBFbnZDb21tZW50W107XG4gIHByb2JsZW1zOiB7IG1lc3NhZ2U6IHN0cmluZzsgc3BhbjogU3BhbiB9W107XG4gIGhhc0JvbTogYm9vbGVhbjtcbiAgY3JDb3VudDogbnVtYmVyO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFBhcnNlRW52T3B0aW9ucyB7XG4gIC8qKiBDb25zdWx0ZWQgYWZ0ZXIgdGhlIGZpbGUncyBvd24gZWFybGllciBlbnRyaWVzIChjb21wb3NlOiB2YWx1ZXMgZnJvbSBlYXJsaWVyIGVudiBmaWxlcyBvZiB0aGUgc2VydmljZSkuICovXG4gIGZhbGxiYWNrPzogKG5hbWU6IHN0cmluZykgPT4gc3RyaW5nIHwgdW5kZWZpbmVkO1xufVxuXG4vKipcbiAqIFBhcnNlcyBhbiBlbnYgZmlsZS4gSW50ZXJwb2xhdGlvbiBzZWVzLCBpbiBDb21wb3NlJ3Mgb3JkZXI6IGBsb29rdXBgICh0aGUgcHJvamVjdCBlbnZpcm9ubWVudCBcdTIwMTQgc2hlbGwsIHRoZW4gYC5lbnZgIFx1MjAxNFxuICogYW5kIHRoZSBzZXJ2aWNlJ3MgYGVudmlyb25tZW50OmApLCB0aGVuIGVhcmxpZXIgZW50cmllcyBvZiB0aGlzIGZpbGUsIHRoZW4gYG9wdHMuZmFsbGJhY2tgLlxuICogTmV2ZXIgdGhyb3dzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VFbnZGaWxlKHRleHQ6IHN0cmluZywgbG9va3VwPzogKG5hbWU6IHN0cmluZykgPT4gc3RyaW5nIHwgdW5kZWZpbmVkLCBvcHRzPzogUGFyc2VFbnZPcHRpb25zKTogRW52RmlsZSB7XG4gIGNvbnN0IHAgPSBuZXcgRW52UGFyc2VyKHR5cGVvZiB0ZXh0ID09PSAnc3RyaW5nJyA/IHRleHQgOiAnJywgbG9va3VwLCBvcHRzPy5mYWxsYmFjayk7XG4gIHRyeSB7XG4gICAgcC5wYXJzZSgpO1xuICB9IGNhdGNoIChlcnIpIHtcbiAgICBwLnByb2JsZW1zLnB1c2goeyBtZXNzYWdlOiBgZW52IGZpbGUgY291bGQgbm90IGJlIHJlYWQ6ICR7ZXJyIGluc3RhbmNlb2YgRXJyb3IgPyBlcnIubWVzc2FnZSA6IFN0cmluZyhlcnIpfWAsIHNwYW46IHsgc3RhcnQ6IDAsIGVuZDogMCB9IH0pO1xuICB9XG4gIHJldHVybiB7IGVudHJpZXM6IHAuZW50cmllcywgY29tbWVudHM6IHAuY29tbWVudHMsIHByb2JsZW1zOiBwLnByb2JsZW1zLCBoYXNCb206IHAuaGFzQm9tLCBjckNvdW50OiBwLmNyQ291bnQgfTtcbn1cblxuLyoqIGRvdGVudidzIGBpc1NwYWNlYDogd2hpdGUgc3BhY2UgdGhhdCBpcyBub3QgYSBsaW5lIGJyZWFrLiAqL1xuZnVuY3Rpb24gaXNTcGFjZShjOiBudW1iZXIpOiBib29sZWFuIHtcbiAgcmV0dXJuIGMgPT09IDMyIHx8IGMgPT09IDkgfHwgYyA9PT0gMTEgfHwgYyA9PT0gMTIgfHwgYyA9PT0gMTMgfHwgYyA9PT0gMHg4NSB8fCBjID09PSAweGEwO1xufVxuXG4vKiogR28ncyB1bmljb2RlLklzU3BhY2UuICovXG5leHBvcnQgZnVuY3Rpb24gaXNVbmljb2RlU3BhY2UoYzogbnVtYmVyKTogYm9vbGVhbiB7XG4gIGlmIChjIDw9IDB4ZmYpIHJldHVybiBjID09PSAzMiB8fCAoYyA+PSA5ICYmIGMgPD0gMTMpIHx8IGMgPT09IDB4ODUgfHwgYyA9PT0gMHhhMDtcbiAgcmV0dXJuIGMgPT09IDB4MTY4MCB8fCAoYyA+PSAweDIwMDAgJiYgYyA8PSAweDIwMGEpIHx8IGMgPT09IDB4MjAyOCB8fCBjID09PSAweDIwMjkgfHwgYyA9PT0gMHgyMDJmIHx8IGMgPT09IDB4MjA1ZiB8fCBjID09PSAweDMwMDA7XG59XG5cbmNvbnN0IEtFWV9SVU5FID0gL1tcXHB7TH1cXHB7Tn1dL3U7XG5cbmZ1bmN0aW9uIGlzS2V5Q2hhcihjOiBudW1iZXIsIHRleHQ6IHN0cmluZywgaTogbnVtYmVyKTogYm9vbGVhbiB7XG4gIGlmICgoYyA+PSA0OCAmJiBjIDw9IDU3KSB8fCAoYyA+PSA2NSAmJiBjIDw9IDkwKSB8fCAoYyA+PSA5NyAmJiBjIDw9IDEyMikpIHJldHVybiB0cnVlO1xuICBpZiAoYyA9PT0gOTUgfHwgYyA9PT0gNDYgfHwgYyA9PT0gNDUgfHwgYyA9PT0gOTEgfHwgYyA9PT0gOTMpIHJldHVybiB0cnVlOyAvLyBfIC4gLSBbIF1cbiAgaWYgKGMgPCAxMjgpIHJldHVybiBmYWxzZTtcbiAgcmV0dXJuIEtFWV9SVU5FLnRlc3QoU3RyaW5nLmZyb21Db2RlUG9pbnQodGV4dC5jb2RlUG9pbnRBdChpKSA/PyBjKSk7XG59XG5cbmZ1bmN0aW9uIHRyaW1SaWdodFVuaWNvZGUoczogc3RyaW5nKTogc3RyaW5nIHtcbiAgbGV0IGUgPSBzLmxlbmd0aDtcbiAgd2hpbGUgKGUgPiAwICYmIGlzVW5pY29kZVNwYWNlKHMuY2hhckNvZGVBdChlIC0gMSkpKSBlLS07XG4gIHJldHVybiBlID09PSBzLmxlbmd0aCA/IHMgOiBzLnNsaWNlKDAsIGUpO1xufVxuXG5jb25zdCBFWFBPUlQgPSAvZXhwb3J0W1xcdFxcblxcZlxcciBdKy95O1xuXG5jbGFzcyBFbnZQYXJzZXIge1xuICByZWFkb25seSBlbnRyaWVzOiBFbnZFbnRyeVtdID0gW107XG4gIHJlYWRvbmx5IGNvbW1lbnRzOiBFbnZDb21tZW50W10gPSBbXTtcbiAgcmVhZG9ubHkgcHJvYmxlbXM6IHsgbWVzc2FnZTogc3RyaW5nOyBzcGFuOiBTcGFuIH1bXSA9IFtdO1xuICByZWFkb25seSBoYXNCb206IGJvb2xlYW47XG4gIGNyQ291bnQgPSAwO1xuICBwcml2YXRlIHJlYWRvbmx5IG46IG51bWJlcjtcbiAgcHJpdmF0ZSBsaW5lU3RhcnRzOiBudW1iZXJbXSB8IHVuZGVmaW5lZDtcbiAgLyoqIFZhbHVlcyB2aXNpYmxlIHRvIGxhdGVyIGVudHJpZXMgKGNvbXBvc2Ugd3JpdGVzIGV2ZXJ5IHN0YXRlbWVudCBpbnRvIG9uZSBtYXAgYXMgaXQgZ29lcykuICovXG4gIHByaXZhdGUgcmVhZG9ubHkgc2VlbiA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmc+KCk7XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSB0ZXh0OiBzdHJpbmcsXG4gICAgcHJpdmF0ZSByZWFkb25seSBsb29rdXA6ICgobmFtZTogc3RyaW5nKSA9PiBzdHJpbmcgfCB1bmRlZmluZWQpIHwgdW5kZWZpbmVkLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgZmFsbGJhY2s6ICgobmFtZTogc3RyaW5nKSA9PiBzdHJpbmcgfCB1bmRlZmluZWQpIHwgdW5kZWZpbmVkLFxuICApIHtcbiAgICB0aGlzLm4gPSB0ZXh0Lmxlbmd0aDtcbiAgICB0aGlzLmhhc0JvbSA9IHRleHQuY2hhckNvZGVBdCgwKSA9PT0gMHhmZWZmO1xuICAgIGZvciAobGV0IGkgPSB0ZXh0LmluZGV4T2YoJ1xccicpOyBpID49IDA7IGkgPSB0ZXh0LmluZGV4T2YoJ1xccicsIGkgKyAxKSkgdGhpcy5jckNvdW50Kys7XG4gIH1cblxuICBwYXJzZSgpOiB2b2lkIHtcbiAgICBjb25zdCB7IHRleHQsIG4gfSA9IHRoaXM7XG4gICAgbGV0IHBvcyA9IHRoaXMuaGFzQm9tID8gMSA6IDA7XG4gICAgZm9yICg7Oykge1xuICAgICAgd2hpbGUgKHBvcyA8IG4gJiYgaXNVbmljb2RlU3BhY2UodGV4dC5jaGFyQ29kZUF0KHBvcykpKSBwb3MrKztcbiAgICAgIGlmIChwb3MgPj0gbikgcmV0dXJuO1xuICAgICAgaWYgKHRleHQuY2hhckNvZGVBdChwb3MpID09PSAzNSAvKiAjICovKSB7XG4gICAgICAgIHBvcyA9IHRoaXMuY29tbWVudChwb3MpO1xuICAgICAgICBjb250aW51ZTtcbiAgICAgIH1cbiAgICAgIHBvcyA9IHRoaXMuc3RhdGVtZW50KHBvcyk7XG4gICAgfVxuICB9XG5cbiAgcHJpdmF0ZSBsaW5lRW5kKGZyb206IG51bWJlcik6IG51bWJlciB7XG4gICAgY29uc3QgZSA9IHRoaXMudGV4dC5pbmRleE9mKCdcXG4nLCBmcm9tKTtcbiAgICByZXR1cm4gZSA8IDAgPyB0aGlzLm4gOiBlO1xuICB9XG5cbiAgcHJpdmF0ZSBjb21tZW50KGF0OiBudW1iZXIpOiBudW1iZXIge1xuICAgIGNvbnN0IGVuZCA9IHRoaXMubGluZUVuZChhdCk7XG4gICAgY29uc3QgdGV4dEVuZCA9IGVuZCA+IGF0ICYmIHRoaXMudGV4dC5jaGFyQ29kZUF0KGVuZCAtIDEpID09PSAxMyA/IGVuZCAtIDEgOiBlbmQ7XG4gICAgdGhpcy5jb21tZW50cy5wdXNoKHsgc3BhbjogeyBzdGFydDogYXQsIGVuZDogdGV4dEVuZCB9LCB0ZXh0OiB0aGlzLnRleHQuc2xpY2UoYXQsIHRleHRFbmQpLCBsaW5lOiB0aGlzLmxpbmVPZihhdCkgfSk7XG4gICAgcmV0dXJuIGVuZDtcbiAgfVxuXG4gIHByaXZhdGUgbGluZU9mKG9mZnNldDogbnVtYmVyKTogbnVtYmVyIHtcbiAgICBpZiAoIXRoaXMubGluZVN0YXJ0cykge1xuICAgICAgY29uc3Qgc3RhcnRzID0gWzBdO1xuICAgICAgZm9yIChsZXQgaSA9IHRoaXMudGV4dC5pbmRleE9mKCdcXG4nKTsgaSA+PSAwOyBpID0gdGhpcy50ZXh0LmluZGV4T2YoJ1xcbicsIGkgKyAxKSkgc3RhcnRzLnB1c2goaSArIDEpO1xuICAgICAgdGhpcy5saW5lU3RhcnRzID0gc3RhcnRzO1xuICAgIH1cbiAgICBjb25zdCBzID0gdGhpcy5saW5lU3RhcnRzO1xuICAgIGxldCBsbyA9IDA7XG4gICAgbGV0IGhpID0gcy5sZW5ndGggLSAxO1xuICAgIHdoaWxlIChsbyA8IGhpKSB7XG4gICAgICBjb25zdCBtaWQgPSAobG8gKyBoaSArIDEpID4+IDE7XG4gICAgICBpZiAoc1ttaWRdIDw9IG9mZnNldCkgbG8gPSBtaWQ7XG4gICAgICBlbHNlIGhpID0gbWlkIC0gMTtcbiAgICB9XG4gICAgcmV0dXJuIGxvO1xuICB9XG5cbiAgcHJpdmF0ZSBwcm9ibGVtKG1lc3NhZ2U6IHN0cmluZywgc3RhcnQ6IG51bWJlciwgZW5kOiBudW1iZXIpOiB2b2lkIHtcbiAgICB0aGlzLnByb2JsZW1zLnB1c2goeyBtZXNzYWdlLCBzcGFuOiB7IHN0YXJ0LCBlbmQgfSB9KTtcbiAgfVxuXG4gIHByaXZhdGUgcmVzb2x2ZSA9IChuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQgPT4ge1xuICAgIGNvbnN0IHYgPSB0aGlzLmxvb2t1cD8uKG5hbWUpO1xuICAgIGlmICh2ICE9PSB1bmRlZmluZWQpIHJldHVybiB2O1xuICAgIGNvbnN0IHMgPSB0aGlzLnNlZW4uZ2V0KG5hbWUpO1xuICAgIGlmIChzICE9PSB1bmRlZmluZWQpIHJldHVybiBzO1xuICAgIHJldHVybiB0aGlzLmZhbGxiYWNrPy4obmFtZSk7XG4gIH07XG5cbiAgLyoqIFBhcnNlcyBvbmUgc3RhdGVtZW50IHN0YXJ0aW5nIGF0IGEgbm9uLXNwYWNlIGNoYXJhY3RlcjsgcmV0dXJucyB3aGVyZSB0byBjb250aW51ZS4gKi9cbiAgcHJpdmF0ZSBzdGF0ZW1lbnQoc3RhcnQ6IG51bWJlcik6IG51bWJlciB7XG4gICAgY29uc3QgeyB0ZXh0LCBuIH0gPSB0aGlzO1xuICAgIGxldCBrMCA9IHN0YXJ0O1xuICAgIGxldCBleHBvcnRlZCA9IGZhbHNlO1xuICAgIEVYUE9SVC5sYXN0SW5kZXggPSBzdGFydDtcbiAgICBpZiAoRVhQT1JULnRlc3QodGV4dCkpIHtcbiAgICAgIGV4cG9ydGVkID0gdHJ1ZTtcbiAgICAgIGswID0gc3RhcnQgKyA2O1xuICAgICAgd2hpbGUgKGswIDwgbiAmJiBpc1NwYWNlKHRleHQuY2hhckNvZGVBdChrMCkpKSBrMCsrO1xuICAgIH1cbiAgICBsZXQgdGVybSA9IC0xO1xuICAgIGZvciAobGV0IGogPSBrMDsgaiA8IG47IGorKykge1xuICAgICAgY29uc3QgYyA9IHRleHQuY2hhckNvZGVBdChqKTtcbiAgICAgIGlmIChjID09PSA2MSAvKiA9ICovIHx8IGMgPT09IDU4IC8qIDogKi8gfHwgYyA9PT0gMTApIHtcbiAgICAgICAgdGVybSA9IGo7XG4gICAgICAgIGJyZWFrO1xuICAgICAgfVxuICAgICAgaWYgKGlzU3BhY2UoYykgfHwgaXNLZXlDaGFyKGMsIHRleHQsIGopKSBjb250aW51ZTtcbiAgICAgIGNvbnN0IGNoID0gU3RyaW5nLmZyb21Db2RlUG9pbnQodGV4dC5jb2RlUG9pbnRBdChqKSA/PyBjKTtcbiAgICAgIHRoaXMucHJvYmxlbShgdW5leHBlY3RlZCBjaGFyYWN0ZXIgJHtKU09OLnN0cmluZ2lmeShjaCl9IGluIHZhcmlhYmxlIG5hbWVgLCBqLCBqICsgY2gubGVuZ3RoKTtcbiAgICAgIHJldHVybiB0aGlzLmxpbmVFbmQoaik7XG4gICAgfVxuICAgIGNvbnN0IGtleUVuZCA9IHRlcm0gPCAwID8gbiA6IHRlcm07XG4gICAgY29uc3Qga2V5ID0gdHJpbVJpZ2h0VW5pY29kZSh0ZXh0LnNsaWNlKGswLCBrZXlFbmQpKTtcbiAgICBjb25zdCBrZXlTcGFuID0geyBzdGFydDogazAsIGVuZDogazAgKyBrZXkubGVuZ3RoIH07XG4gICAgY29uc3QgdGVybUNoYXIgPSB0ZXJtIDwgMCA/IDEwIDogdGV4dC5jaGFyQ29kZUF0KHRlcm0pO1xuICAgIGlmIChrZXkgPT09ICcnKSB7XG4gICAgICAvLyBgZXhwb3J0YCBhbG9uZSwgb3IgYSBsaW5lIHRoYXQgaXMgb25seSBgPXZhbHVlYCAvIGA6dmFsdWVgLlxuICAgICAgaWYgKHRlcm1DaGFyICE9PSAxMCkgdGhpcy5wcm9ibGVtKCdtaXNzaW5nIHZhcmlhYmxlIG5hbWUgYmVmb3JlIFwiPVwiJywgazAsIHRlcm0gKyAxKTtcbiAgICAgIHJldHVybiB0ZXJtQ2hhciA9PT0gMTAgPyAodGVybSA8IDAgPyBuIDogdGVybSArIDEpIDogdGhpcy5saW5lRW5kKHRlcm0pO1xuICAgIH1cbiAgICBpZiAoa2V5LmluY2x1ZGVzKCcgJykpIHtcbiAgICAgIHRoaXMucHJvYmxlbSgndmFyaWFibGUgbmFtZSBjYW5ub3QgY29udGFpbiBhIHNwYWNlJywga2V5U3Bhbi5zdGFydCwga2V5U3Bhbi5lbmQpO1xuICAgICAgcmV0dXJuIHRoaXMubGluZUVuZChrMCk7XG4gICAgfVxuICAgIGlmICh0ZXJtQ2hhciA9PT0gMTApIHtcbiAgICAgIC8vIGBLRVlgIGFsb25lOiBjb21wb3NlIHNldHMgaXQgb25seSB3aGVuIGl0cyBsb29rdXAga25vd3MgaXQuXG4gICAgICBjb25zdCB2ID0gdGhpcy5sb29rdXA/LihrZXkpO1xuICAgICAgaWYgKHYgIT09IHVuZGVmaW5lZCkgdGhpcy5zZWVuLnNldChrZXksIHYpO1xuICAgICAgY29uc3QgYXQgPSBrZXlTcGFuLmVuZDtcbiAgICAgIHRoaXMucHVzaChrZXksIGtleVNwYW4sICcnLCB7IHN0YXJ0OiBhdCwgZW5kOiBhdCB9LCB7IHN0YXJ0OiBhdCwgZW5kOiBhdCB9LCBudWxsLCBleHBvcnRlZCwgdHJ1ZSwgc3RhcnQsIGF0LCBbXSk7XG4gICAgICByZXR1cm4gdGVybSA8IDAgPyBuIDogdGVybSArIDE7XG4gICAgfVxuICAgIGxldCB2ID0gdGVybSArIDE7XG4gICAgd2hpbGUgKHYgPCBuICYmIGlzU3BhY2UodGV4dC5jaGFyQ29kZUF0KHYpKSkgdisrO1xuICAgIGNvbnN0IHEgPSB0ZXh0LmNoYXJDb2RlQXQodik7XG4gICAgaWYgKHEgPT09IDM0IC8qIFwiICovIHx8IHEgPT09IDM5IC8qICcgKi8pIHJldHVybiB0aGlzLnF1b3RlZChrZXksIGtleVNwYW4sIGV4cG9ydGVkLCBzdGFydCwgdiwgcSA9PT0gMzQgPyAnXCInIDogXCInXCIpO1xuXG4gICAgY29uc3QgZW5kID0gdGhpcy5saW5lRW5kKHYpO1xuICAgIGNvbnN0IHJhdyA9IHRleHQuc2xpY2UodiwgZW5kKTtcbiAgICBjb25zdCBoYXNoID0gcmF3LmluZGV4T2YoJyAjJyk7XG4gICAgY29uc3QgdmFsVGV4dCA9IHRyaW1SaWdodFVuaWNvZGUoaGFzaCA+PSAwID8gcmF3LnNsaWNlKDAsIGhhc2gpIDogcmF3KTtcbiAgICBpZiAoaGFzaCA+PSAwKSB0aGlzLmNvbW1lbnQodiArIGhhc2ggKyAxKTtcbiAgICBjb25zdCB2YWx1ZVNwYW4gPSB2YWxUZXh0ID8geyBzdGFydDogdiwgZW5kOiB2ICsgdmFsVGV4dC5sZW5ndGggfSA6IHsgc3RhcnQ6IHRlcm0gKyAxLCBlbmQ6IHRlcm0gKyAxIH07XG4gICAgY29uc3QgciA9IGludGVycG9sYXRlKHZhbFRleHQsIHRoaXMucmVzb2x2ZSk7XG4gICAgZm9yIChjb25zdCByZWYgb2Ygci5yZWZzKSByZWYuc3BhbiA9IHsgc3RhcnQ6IHJlZi5zcGFuLnN0YXJ0ICsgdiwgZW5kOiByZWYuc3Bhbi5lbmQgKyB2IH07XG4gICAgZm9yIChjb25zdCBlIG9mIHIuZXJyb3JzKSB0aGlzLnByb2JsZW0oZS5tZXNzYWdlLCBlLnNwYW4uc3RhcnQgKyB2LCBlLnNwYW4uZW5kICsgdik7XG4gICAgdGhpcy5zZWVuLnNldChrZXksIHIudmFsdWUpO1xuICAgIHRoaXMucHVzaChrZXksIGtleVNwYW4sIHIudmFsdWUsIHZhbHVlU3BhbiwgdmFsdWVTcGFuLCBudWxsLCBleHBvcnRlZCwgZmFsc2UsIHN0YXJ0LCB2YWx1ZVNwYW4uZW5kLCByLnJlZnMpO1xuICAgIHJldHVybiBlbmQ7XG4gIH1cblxuICBwcml2YXRlIHF1b3RlZChrZXk6IHN0cmluZywga2V5U3BhbjogU3BhbiwgZXhwb3J0ZWQ6IGJvb2xlYW4sIHN0YXJ0OiBudW1iZXIsIHY6IG51bWJlciwgcXVvdGU6ICdcIicgfCBcIidcIik6IG51bWJlciB7XG4gICAgY29uc3QgeyB0ZXh0LCBuIH0gPSB0aGlzO1xuICAgIGNvbnN0IHFjID0gcXVvdGUuY2hhckNvZGVBdCgwKTtcbiAgICAvLyBDb21wb3NlIHVuZXNjYXBlcyBvbmx5IHRoZSBxdW90ZSBjaGFyYWN0ZXIgaGVyZTsgYW55IG90aGVyIGBcXHhgIGtlZXBzIGl0cyBiYWNrc2xhc2guXG4gICAgY29uc3QgY2hhcnM6IHN0cmluZ1tdID0gW107XG4gICAgY29uc3Qgc3JjOiBudW1iZXJbXSA9IFtdO1xuICAgIGxldCBjbG9zZSA9IC0xO1xuICAgIGxldCBlc2NhcGUgPSBmYWxzZTtcbiAgICBmb3IgKGxldCBqID0gdiArIDE7IGogPCBuOyBqKyspIHtcbiAgICAgIGNvbnN0IGMgPSB0ZXh0LmNoYXJDb2RlQXQoaik7XG4gICAgICBpZiAoZXNjYXBlKSB7XG4gICAgICAgIGVzY2FwZSA9IGZhbHNlO1xuICAgICAgICBpZiAoYyAhPT0gcWMpIHtcbiAgICAgICAgICBjaGFycy5wdXNoKCdcXFxcJyk7XG4gICAgICAgICAgc3JjLnB1c2goaiAtIDEpO1xuICAgICAgICB9XG4gICAgICAgIGNoYXJzLnB1c2godGV4dFtqXSk7XG4gICAgICAgIHNyYy5wdXNoKGMgPT09IHFjID8gaiAtIDEgOiBqKTtcbiAgICAgICAgY29udGludWU7XG4gICAgICB9XG4gICAgICBpZiAoYyA9PT0gOTIgLyogXFwgKi8pIGVzY2FwZSA9IHRydWU7XG4gICAgICBlbHNlIGlmIChjID09PSBxYykge1xuICAgICAgICBjbG9zZSA9IGo7XG4gICAgICAgIGJyZWFrO1xuICAgICAgfSBlbHNlIHtcbiAgICAgICAgY2hhcnMucHVzaCh0ZXh0W2pdKTtcbiAgICAgICAgc3JjLnB1c2goaik7XG4gICAgICB9XG4gICAgfVxuICAgIGlmIChjbG9zZSA8IDApIHtcbiAgICAgIGNvbnN0IGVuZCA9IHRoaXMubGluZUVuZCh2KTtcbiAgICAgIHRoaXMucHJvYmxlbShgdW50ZXJtaW5hdGVkIHF1b3RlZCB2YWx1ZWAsIHYsIGVuZCk7XG4gICAgICByZXR1cm4gZW5kO1xuICAgIH1cbiAgICBjb25zdCB2YWx1ZVNwYW4gPSB7IHN0YXJ0OiB2LCBlbmQ6IGNsb3NlICsgMSB9O1xuICAgIGNvbnN0IGlubmVyU3BhbiA9IHsgc3RhcnQ6IHYgKyAxLCBlbmQ6IGNsb3NlIH07XG4gICAgbGV0IHZhbHVlOiBzdHJpbmc7XG4gICAgbGV0IHJlZnM6IEludGVycG9sYXRpb25SZWZbXSA9IFtdO1xuICAgIGlmIChxdW90ZSA9PT0gXCInXCIpIHtcbiAgICAgIHZhbHVlID0gY2hhcnMuam9pbignJyk7XG4gICAgfSBlbHNlIHtcbiAgICAgIGNvbnN0IGV4ID0gZXhwYW5kRXNjYXBlcyhjaGFycywgc3JjKTtcbiAgICAgIGNvbnN0IHMgPSBleC5jaGFycy5qb2luKCcnKTtcbiAgICAgIGNvbnN0IHIgPSBpbnRlcnBvbGF0ZShzLCB0aGlzLnJlc29sdmUpO1xuICAgICAgY29uc3QgbWFwID0gKHNwOiBTcGFuKTogU3BhbiA9PiBtYXBTcGFuKHNwLCBleC5zcmMsIGNsb3NlKTtcbiAgICAgIHJlZnMgPSByLnJlZnMubWFwKChyZWYpID0+ICh7IC4uLnJlZiwgc3BhbjogbWFwKHJlZi5zcGFuKSB9KSk7XG4gICAgICBmb3IgKGNvbnN0IGUgb2Ygci5lcnJvcnMpIHtcbiAgICAgICAgY29uc3QgbSA9IG1hcChlLnNwYW4pO1xuICAgICAgICB0aGlzLnByb2JsZW0oZS5tZXNzYWdlLCBtLnN0YXJ0LCBtLmVuZCk7XG4gICAgICB9XG4gICAgICB2YWx1ZSA9IHIudmFsdWU7XG4gICAgfVxuICAgIHRoaXMuc2Vlbi5zZXQoa2V5LCB2YWx1ZSk7XG4gICAgdGhpcy5wdXNoKGtleSwga2V5U3BhbiwgdmFsdWUsIHZhbHVlU3BhbiwgaW5uZXJTcGFuLCBxdW90ZSwgZXhwb3J0ZWQsIGZhbHNlLCBzdGFydCwgY2xvc2UgKyAxLCByZWZzKTtcbiAgICByZXR1cm4gY2xvc2UgKyAxO1xuICB9XG5cbiAgcHJpdmF0ZSBwdXNoKFxuICAgIGtleTogc3RyaW5nLCBrZXlTcGFuOiBTcGFuLCB2YWx1ZTogc3RyaW5nLCB2YWx1ZVNwYW46IFNwYW4sIGlubmVyU3BhbjogU3BhbiwgcXVvdGU6ICdcIicgfCBcIidcIiB8IG51bGwsXG4gICAgZXhwb3J0ZWQ6IGJvb2xlYW4sIG5vRXF1YWxzOiBib29sZWFuLCBzdGFydDogbnVtYmVyLCBlbmQ6IG51bWJlciwgcmVmczogSW50ZXJwb2xhdGlvblJlZltdLFxuICApOiB2b2lkIHtcbiAgICBjb25zdCB7IHRleHQsIG4gfSA9IHRoaXM7XG4gICAgY29uc3QgbGluZVN0YXJ0ID0gTWF0aC5tYXgodGV4dC5sYXN0SW5kZXhPZignXFxuJywgc3RhcnQgLSAxKSArIDEsIHRoaXMuaGFzQm9tID8gMSA6IDApO1xuICAgIGNvbnN0IG5sID0gdGhpcy5saW5lRW5kKGVuZCk7XG4gICAgY29uc3QgbGluZUVuZCA9IG5sID4gbGluZVN0YXJ0ICYmIHRleHQuY2hhckNvZGVBdChubCAtIDEpID09PSAxMyA/IG5sIC0gMSA6IG5sO1xuICAgIHRoaXMuZW50cmllcy5wdXNoKHtcbiAgICAgIGtleSwga2V5U3BhbiwgdmFsdWUsXG4gICAgICByYXdWYWx1ZTogdGV4dC5zbGljZSh2YWx1ZVNwYW4uc3RhcnQsIHZhbHVlU3Bhbi5lbmQpLFxuICAgICAgdmFsdWVTcGFuLCBpbm5lclNwYW4sIHF1b3RlLCBleHBvcnRlZCwgbm9FcXVhbHMsXG4gICAgICBsaW5lU3BhbjogeyBzdGFydDogbGluZVN0YXJ0LCBlbmQ6IE1hdGgubWF4KGxpbmVFbmQsIGVuZCkgfSxcbiAgICAgIGRlbGV0ZVNwYW46IHsgc3RhcnQ6IGxpbmVTdGFydCwgZW5kOiBubCA8IG4gPyBubCArIDEgOiBuIH0sXG4gICAgICBsaW5lOiB0aGlzLmxpbmVPZihrZXlTcGFuLnN0YXJ0KSxcbiAgICAgIHJlZnMsXG4gICAgfSk7XG4gIH1cbn1cblxuLyoqIE1hcHMgYSBzcGFuIG9mIGEgcHJvY2Vzc2VkIHN0cmluZyBiYWNrIHRvIHNvdXJjZSBvZmZzZXRzIChzcmNbaV0gPSB3aGVyZSBwcm9jZXNzZWQgY2hhciBpIHN0YXJ0cykuICovXG5mdW5jdGlvbiBtYXBTcGFuKHNwOiBTcGFuLCBzcmM6IG51bWJlcltdLCBlbmRPZmZzZXQ6IG51bWJlcik6IFNwYW4ge1xuICBjb25zdCBhdCA9IChpOiBudW1iZXIpOiBudW1iZXIgPT4gKGkgPCBzcmMubGVuZ3RoID8gc3JjW2ldIDogZW5kT2Zmc2V0KTtcbiAgY29uc3Qgc3RhcnQgPSBhdChzcC5zdGFydCk7XG4gIHJldHVybiB7IHN0YXJ0LCBlbmQ6IHNwLmVuZCA+IHNwLnN0YXJ0ID8gYXQoc3AuZW5kKSA6IHN0YXJ0IH07XG59XG5cbmNvbnN0IFNJTVBMRV9FU0NBUEVTOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBhOiAnXFx4MDcnLCBiOiAnXFxiJywgZjogJ1xcZicsIG46ICdcXG4nLCByOiAnXFxyJywgdDogJ1xcdCcsIHY6ICdcXHYnLCAnXFxcXCc6ICdcXFxcJywgJ1wiJzogJ1wiJyB9O1xuXG4vKiogY29tcG9zZS1nbyBgZXhwYW5kRXNjYXBlc2A6IGBcXGEgXFxiIFxcZiBcXG4gXFxyIFxcdCBcXHYgXFxcXCBcXFwiYCwgYFxcJGAgXHUyMTkyIGAkJGAgKGEgbGl0ZXJhbCBgJGApLCBgXFwwb29vYCBvY3RhbDsgb3RoZXJzIGtlcHQuICovXG5mdW5jdGlvbiBleHBhbmRFc2NhcGVzKGNoYXJzOiBzdHJpbmdbXSwgc3JjOiBudW1iZXJbXSk6IHsgY2hhcnM6IHN0cmluZ1tdOyBzcmM6IG51bWJlcltdIH0ge1xuICBpZiAoIWNoYXJzLmluY2x1ZGVzKCdcXFxcJykpIHJldHVybiB7IGNoYXJzLCBzcmMgfTtcbiAgY29uc3Qgb2M6IHN0cmluZ1tdID0gW107XG4gIGNvbnN0IG9zOiBudW1iZXJbXSA9IFtdO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGNoYXJzLmxlbmd0aDsgaSsrKSB7XG4gICAgY29uc3QgYyA9IGNoYXJzW2ldO1xuICAgIGlmIChjICE9PSAnXFxcXCcgfHwgaSArIDEgPj0gY2hhcnMubGVuZ3RoKSB7XG4gICAgICBvYy5wdXNoKGMpO1xuICAgICAgb3MucHVzaChzcmNbaV0pO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGNvbnN0IGQgPSBjaGFyc1tpICsgMV07XG4gICAgY29uc3Qgc2ltcGxlID0gU0lNUExFX0VTQ0FQRVNbZF07XG4gICAgaWYgKHNpbXBsZSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBvYy5wdXNoKHNpbXBsZSk7XG4gICAgICBvcy5wdXNoKHNyY1tpXSk7XG4gICAgICBpKys7XG4gICAgfSBlbHNlIGlmIChkID09PSAnJCcpIHtcbiAgICAgIG9jLnB1c2goJyQnLCAnJCcpO1xuICAgICAgb3MucHVzaChzcmNbaV0sIHNyY1tpXSk7XG4gICAgICBpKys7XG4gICAgfSBlbHNlIGlmIChkID09PSAnMCcpIHtcbiAgICAgIGxldCBrID0gMDtcbiAgICAgIHdoaWxlIChrIDwgMyAmJiBpICsgMiArIGsgPCBjaGFycy5sZW5ndGggJiYgY2hhcnNbaSArIDIgKyBrXSA+PSAnMCcgJiYgY2hhcnNbaSArIDIgKyBrXSA8PSAnOScpIGsrKztcbiAgICAgIGNvbnN0IGRpZ2l0cyA9IGNoYXJzLnNsaWNlKGkgKyAyLCBpICsgMiArIGspLmpvaW4oJycpO1xuICAgICAgY29uc3QgY29kZSA9IGsgPT09IDMgJiYgL15bMC03XXszfSQvLnRlc3QoZGlnaXRzKSA/IHBhcnNlSW50KGRpZ2l0cywgOCkgOiAtMTtcbiAgICAgIGlmIChjb2RlID49IDAgJiYgY29kZSA8PSAyNTUpIHtcbiAgICAgICAgb2MucHVzaChTdHJpbmcuZnJvbUNoYXJDb2RlKGNvZGUpKTtcbiAgICAgICAgb3MucHVzaChzcmNbaV0pO1xuICAgICAgfSBlbHNlIHtcbiAgICAgICAgZm9yIChsZXQgbSA9IDA7IG0gPCAyICsgazsgbSsrKSB7XG4gICAgICAgICAgb2MucHVzaChjaGFyc1tpICsgbV0pO1xuICAgICAgICAgIG9zLnB1c2goc3JjW2kgKyBtXSk7XG4gICAgICAgIH1cbiAgICAgIH1cbiAgICAgIGkgKz0gMSArIGs7XG4gICAgfSBlbHNlIHtcbiAgICAgIG9jLnB1c2goYyk7XG4gICAgICBvcy5wdXNoKHNyY1tpXSk7XG4gICAgfVxuICB9XG4gIHJldHVybiB7IGNoYXJzOiBvYywgc3JjOiBvcyB9O1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLHVCQUFxQjtBQUNyQixvQkFBbUI7QUFDbkIscUJBQXNEO0FBQ3RELHVCQUF1Qzs7O0FDa0N2QyxJQUFNLFlBQVk7QUFFbEIsSUFBTSxNQUFrQyxDQUFDLE1BQU0sTUFBTSxNQUFNLEtBQUssS0FBSyxHQUFHO0FBRXhFLFNBQVMsWUFBWSxHQUFvQjtBQUN2QyxTQUFRLEtBQUssTUFBTSxLQUFLLE1BQVEsS0FBSyxNQUFNLEtBQUssT0FBUSxNQUFNO0FBQ2hFO0FBQ0EsU0FBUyxXQUFXLEdBQW9CO0FBQ3RDLFNBQU8sWUFBWSxDQUFDLEtBQU0sS0FBSyxNQUFNLEtBQUs7QUFDNUM7QUFFQSxJQUFNLE9BQU87QUFFTixTQUFTLFlBQVksT0FBZSxRQUFtRTtBQUM1RyxRQUFNLE9BQTJCLENBQUM7QUFDbEMsUUFBTSxTQUErQixDQUFDO0FBQ3RDLFFBQU0sYUFBYSxDQUFDLFNBQXFDO0FBQ3ZELFFBQUk7QUFDRixZQUFNLElBQUksT0FBTyxJQUFJO0FBQ3JCLGFBQU8sT0FBTyxNQUFNLFdBQVcsSUFBSTtBQUFBLElBQ3JDLFFBQVE7QUFDTixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFFBQVEsSUFBSSxPQUFPLEdBQUcsTUFBTSxRQUFRLFlBQVksTUFBTSxRQUFRLEdBQUcsUUFBVyxJQUFJO0FBQ3RGLFNBQU8sRUFBRSxPQUFPLE1BQU0sT0FBTztBQUMvQjtBQUdBLFNBQVMsSUFDUCxPQUNBLE1BQ0EsSUFDQSxRQUNBLE1BQ0EsUUFDQSxPQUNBLFFBQ0EsYUFDUTtBQUVSLFFBQU0sUUFBUSxNQUFNLFFBQVEsS0FBSyxJQUFJO0FBQ3JDLE1BQUksUUFBUSxLQUFLLFNBQVMsR0FBSSxRQUFPLE1BQU0sTUFBTSxNQUFNLEVBQUU7QUFFekQsTUFBSSxNQUFNO0FBQ1YsTUFBSSxJQUFJO0FBQ1IsU0FBTyxJQUFJLElBQUk7QUFDYixVQUFNLElBQUksTUFBTSxRQUFRLEtBQUssQ0FBQztBQUM5QixRQUFJLElBQUksS0FBSyxLQUFLLElBQUk7QUFDcEIsYUFBTyxNQUFNLE1BQU0sR0FBRyxFQUFFO0FBQ3hCO0FBQUEsSUFDRjtBQUNBLFdBQU8sTUFBTSxNQUFNLEdBQUcsQ0FBQztBQUN2QixVQUFNLE9BQU8sSUFBSSxJQUFJLEtBQUssTUFBTSxXQUFXLElBQUksQ0FBQyxJQUFJO0FBQ3BELFFBQUksU0FBUyxJQUFZO0FBQ3ZCLGFBQU87QUFDUCxVQUFJLElBQUk7QUFDUjtBQUFBLElBQ0Y7QUFDQSxRQUFJLFFBQVEsS0FBSyxZQUFZLElBQUksR0FBRztBQUNsQyxVQUFJLElBQUksSUFBSTtBQUNaLGFBQU8sSUFBSSxNQUFNLFdBQVcsTUFBTSxXQUFXLENBQUMsQ0FBQyxFQUFHO0FBQ2xELFlBQU0sT0FBTyxNQUFNLE1BQU0sSUFBSSxHQUFHLENBQUM7QUFDakMsWUFBTSxJQUFJLE9BQU8sSUFBSTtBQUNyQixXQUFLLEtBQUssRUFBRSxNQUFNLE1BQU0sRUFBRSxPQUFPLEdBQUcsS0FBSyxFQUFFLEdBQUcsSUFBSSxJQUFJLFNBQVMsTUFBTSxRQUFXLGNBQWMsT0FBTyxRQUFRLFlBQVksQ0FBQztBQUMxSCxhQUFPLEtBQUs7QUFDWixVQUFJO0FBQ0o7QUFBQSxJQUNGO0FBQ0EsUUFBSSxTQUFTLEtBQWE7QUFDeEIsVUFBSSxPQUFPLE9BQU8sR0FBRyxJQUFJLFFBQVEsTUFBTSxRQUFRLE9BQU8sUUFBUSxhQUFhLENBQUMsTUFBTyxPQUFPLENBQUU7QUFDNUY7QUFBQSxJQUNGO0FBQ0EsV0FBTyxLQUFLLEVBQUUsU0FBUyw2RUFBNkUsSUFBSSxJQUFJLE1BQU0sRUFBRSxPQUFPLEdBQUcsS0FBSyxLQUFLLElBQUksSUFBSSxHQUFHLEVBQUUsRUFBRSxFQUFFLENBQUM7QUFDMUosV0FBTztBQUNQLFFBQUksSUFBSTtBQUFBLEVBQ1Y7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLE9BQ1AsT0FDQSxHQUNBLElBQ0EsUUFDQSxNQUNBLFFBQ0EsT0FDQSxRQUNBLGFBQ0EsTUFDUTtBQUNSLFFBQU0sWUFBWSxJQUFJO0FBR3RCLE1BQUksUUFBUTtBQUNaLE1BQUksYUFBYTtBQUNqQixNQUFJLElBQUk7QUFDUixTQUFPLElBQUksSUFBSSxLQUFLO0FBQ2xCLFVBQU0sSUFBSSxNQUFNLFdBQVcsQ0FBQztBQUM1QixRQUFJLE1BQU0sR0FBSTtBQUNkLFFBQUksTUFBTSxJQUFLO0FBQUEsYUFDTixNQUFNLE9BQU8sRUFBRSxlQUFlLEdBQUc7QUFDeEMsY0FBUTtBQUNSO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFFQSxRQUFNLFVBQVUsU0FBUyxJQUFJLEtBQUs7QUFDbEMsTUFBSSxRQUFRLEVBQUcsU0FBUSxNQUFNLFlBQVksS0FBSyxVQUFVLENBQUM7QUFDekQsTUFBSSxRQUFRLFdBQVc7QUFDckIsV0FBTyxLQUFLLEVBQUUsU0FBUyw2REFBNkQsSUFBSSxJQUFJLE1BQU0sRUFBRSxPQUFPLEdBQUcsS0FBSyxRQUFRLEVBQUUsQ0FBQztBQUM5SCxTQUFLLE1BQU0sTUFBTSxHQUFHLE9BQU8sQ0FBQztBQUM1QixXQUFPO0FBQUEsRUFDVDtBQUNBLFFBQU0sT0FBTyxFQUFFLE9BQU8sR0FBRyxLQUFLLFFBQVEsRUFBRTtBQUN4QyxNQUFJLElBQUk7QUFDUixNQUFJLElBQUksU0FBUyxZQUFZLE1BQU0sV0FBVyxDQUFDLENBQUMsR0FBRztBQUNqRDtBQUNBLFdBQU8sSUFBSSxTQUFTLFdBQVcsTUFBTSxXQUFXLENBQUMsQ0FBQyxFQUFHO0FBQUEsRUFDdkQ7QUFDQSxRQUFNLE9BQU8sTUFBTSxNQUFNLFdBQVcsQ0FBQztBQUNyQyxNQUFJO0FBQ0osTUFBSSxRQUFRLE1BQU0sTUFBTyxNQUFLO0FBQUEsV0FDckI7QUFBTSxlQUFXLEtBQUssSUFBSyxLQUFJLE1BQU0sV0FBVyxHQUFHLENBQUMsR0FBRztBQUFFLFdBQUs7QUFBRztBQUFBLElBQU87QUFBQTtBQUNqRixNQUFJLE9BQU8sUUFBVztBQUVwQixXQUFPLEtBQUssRUFBRSxTQUFTLHVIQUF1SCxJQUFJLElBQUksS0FBSyxDQUFDO0FBQzVKLFNBQUssTUFBTSxNQUFNLEdBQUcsUUFBUSxDQUFDLENBQUM7QUFDOUIsV0FBTyxRQUFRO0FBQUEsRUFDakI7QUFDQSxRQUFNLElBQUksT0FBTyxJQUFJO0FBQ3JCLFFBQU0sUUFBUSxLQUFLO0FBQ25CLFFBQU0sTUFBd0IsRUFBRSxNQUFNLE1BQU0sSUFBSSxTQUFTLE1BQU0sUUFBVyxjQUFjLE9BQU8sUUFBUSxZQUFZO0FBQ25ILE9BQUssS0FBSyxHQUFHO0FBQ2IsTUFBSSxPQUFPLElBQUk7QUFDYixTQUFLLEtBQUssRUFBRTtBQUNaLFdBQU8sUUFBUTtBQUFBLEVBQ2pCO0FBQ0EsUUFBTSxVQUFVLElBQUksR0FBRztBQUN2QixNQUFJLFVBQVUsTUFBTSxNQUFNLFNBQVMsS0FBSztBQUN4QyxRQUFNLGFBQ0osT0FBTyxPQUFPLE1BQU0sVUFBYSxNQUFNLEtBQ3ZDLE9BQU8sTUFBTSxNQUFNLFNBQ25CLE9BQU8sT0FBTyxNQUFNLFVBQWEsTUFBTSxLQUN2QyxPQUFPLE1BQU0sTUFBTSxTQUNuQjtBQUVGLE1BQUksVUFBVTtBQUNkLE1BQUksUUFBUSxJQUFJLFdBQVc7QUFDekIsV0FBTyxLQUFLLEVBQUUsU0FBUyxrQ0FBa0MsU0FBUyxnQkFBZ0IsS0FBSyxDQUFDO0FBQUEsRUFDMUYsT0FBTztBQUNMLGNBQVUsSUFBSSxPQUFPLFNBQVMsT0FBTyxRQUFRLE1BQU0sUUFBUSxRQUFRLEdBQUcsT0FBTyxlQUFlLFVBQVU7QUFBQSxFQUN4RztBQUNBLE1BQUksT0FBTyxRQUFRLE9BQU8sS0FBSztBQUM3QixVQUFNLFVBQVUsT0FBTyxPQUFPLE1BQU0sVUFBYSxNQUFNLEtBQUssTUFBTTtBQUNsRSxRQUFJLFNBQVM7QUFDWCxhQUFPLEtBQUssRUFBRSxTQUFTLHFCQUFxQixJQUFJLHNCQUFzQixVQUFVLEtBQUssT0FBTyxLQUFLLEVBQUUsSUFBSSxLQUFLLENBQUM7QUFDN0csV0FBSyxFQUFFO0FBQUEsSUFDVCxNQUFPLE1BQUssS0FBSyxFQUFFO0FBQ25CLFdBQU8sUUFBUTtBQUFBLEVBQ2pCO0FBQ0EsTUFBSSxlQUFlO0FBQ25CLE9BQUssYUFBYSxVQUFXLEtBQUssRUFBRztBQUNyQyxTQUFPLFFBQVE7QUFDakI7OztBQ2xKTyxTQUFTLGFBQWEsTUFBYyxRQUErQyxNQUFpQztBQUN6SCxRQUFNLElBQUksSUFBSSxVQUFVLE9BQU8sU0FBUyxXQUFXLE9BQU8sSUFBSSxRQUFRLE1BQU0sUUFBUTtBQUNwRixNQUFJO0FBQ0YsTUFBRSxNQUFNO0FBQUEsRUFDVixTQUFTLEtBQUs7QUFDWixNQUFFLFNBQVMsS0FBSyxFQUFFLFNBQVMsK0JBQStCLGVBQWUsUUFBUSxJQUFJLFVBQVUsT0FBTyxHQUFHLENBQUMsSUFBSSxNQUFNLEVBQUUsT0FBTyxHQUFHLEtBQUssRUFBRSxFQUFFLENBQUM7QUFBQSxFQUM1STtBQUNBLFNBQU8sRUFBRSxTQUFTLEVBQUUsU0FBUyxVQUFVLEVBQUUsVUFBVSxVQUFVLEVBQUUsVUFBVSxRQUFRLEVBQUUsUUFBUSxTQUFTLEVBQUUsUUFBUTtBQUNoSDtBQUdBLFNBQVMsUUFBUSxHQUFvQjtBQUNuQyxTQUFPLE1BQU0sTUFBTSxNQUFNLEtBQUssTUFBTSxNQUFNLE1BQU0sTUFBTSxNQUFNLE1BQU0sTUFBTSxPQUFRLE1BQU07QUFDeEY7QUFHTyxTQUFTLGVBQWUsR0FBb0I7QUFDakQsTUFBSSxLQUFLLElBQU0sUUFBTyxNQUFNLE1BQU8sS0FBSyxLQUFLLEtBQUssTUFBTyxNQUFNLE9BQVEsTUFBTTtBQUM3RSxTQUFPLE1BQU0sUUFBVyxLQUFLLFFBQVUsS0FBSyxRQUFXLE1BQU0sUUFBVSxNQUFNLFFBQVUsTUFBTSxRQUFVLE1BQU0sUUFBVSxNQUFNO0FBQy9IO0FBRUEsSUFBTSxXQUFXO0FBRWpCLFNBQVMsVUFBVSxHQUFXLE1BQWMsR0FBb0I7QUFDOUQsTUFBSyxLQUFLLE1BQU0sS0FBSyxNQUFRLEtBQUssTUFBTSxLQUFLLE1BQVEsS0FBSyxNQUFNLEtBQUssSUFBTSxRQUFPO0FBQ2xGLE1BQUksTUFBTSxNQUFNLE1BQU0sTUFBTSxNQUFNLE1BQU0sTUFBTSxNQUFNLE1BQU0sR0FBSSxRQUFPO0FBQ3JFLE1BQUksSUFBSSxJQUFLLFFBQU87QUFDcEIsU0FBTyxTQUFTLEtBQUssT0FBTyxjQUFjLEtBQUssWUFBWSxDQUFDLEtBQUssQ0FBQyxDQUFDO0FBQ3JFO0FBRUEsU0FBUyxpQkFBaUIsR0FBbUI7QUFDM0MsTUFBSSxJQUFJLEVBQUU7QUFDVixTQUFPLElBQUksS0FBSyxlQUFlLEVBQUUsV0FBVyxJQUFJLENBQUMsQ0FBQyxFQUFHO0FBQ3JELFNBQU8sTUFBTSxFQUFFLFNBQVMsSUFBSSxFQUFFLE1BQU0sR0FBRyxDQUFDO0FBQzFDO0FBRUEsSUFBTSxTQUFTO0FBRWYsSUFBTSxZQUFOLE1BQWdCO0FBQUEsRUFXZCxZQUNtQixNQUNBLFFBQ0EsVUFDakI7QUFIaUI7QUFDQTtBQUNBO0FBRWpCLFNBQUssSUFBSSxLQUFLO0FBQ2QsU0FBSyxTQUFTLEtBQUssV0FBVyxDQUFDLE1BQU07QUFDckMsYUFBUyxJQUFJLEtBQUssUUFBUSxJQUFJLEdBQUcsS0FBSyxHQUFHLElBQUksS0FBSyxRQUFRLE1BQU0sSUFBSSxDQUFDLEVBQUcsTUFBSztBQUFBLEVBQy9FO0FBQUEsRUFQbUI7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBYlYsVUFBc0IsQ0FBQztBQUFBLEVBQ3ZCLFdBQXlCLENBQUM7QUFBQSxFQUMxQixXQUE4QyxDQUFDO0FBQUEsRUFDL0M7QUFBQSxFQUNULFVBQVU7QUFBQSxFQUNPO0FBQUEsRUFDVDtBQUFBO0FBQUEsRUFFUyxPQUFPLG9CQUFJLElBQW9CO0FBQUEsRUFZaEQsUUFBYztBQUNaLFVBQU0sRUFBRSxNQUFNLEVBQUUsSUFBSTtBQUNwQixRQUFJLE1BQU0sS0FBSyxTQUFTLElBQUk7QUFDNUIsZUFBUztBQUNQLGFBQU8sTUFBTSxLQUFLLGVBQWUsS0FBSyxXQUFXLEdBQUcsQ0FBQyxFQUFHO0FBQ3hELFVBQUksT0FBTyxFQUFHO0FBQ2QsVUFBSSxLQUFLLFdBQVcsR0FBRyxNQUFNLElBQVk7QUFDdkMsY0FBTSxLQUFLLFFBQVEsR0FBRztBQUN0QjtBQUFBLE1BQ0Y7QUFDQSxZQUFNLEtBQUssVUFBVSxHQUFHO0FBQUEsSUFDMUI7QUFBQSxFQUNGO0FBQUEsRUFFUSxRQUFRLE1BQXNCO0FBQ3BDLFVBQU0sSUFBSSxLQUFLLEtBQUssUUFBUSxNQUFNLElBQUk7QUFDdEMsV0FBTyxJQUFJLElBQUksS0FBSyxJQUFJO0FBQUEsRUFDMUI7QUFBQSxFQUVRLFFBQVFBLEtBQW9CO0FBQ2xDLFVBQU0sTUFBTSxLQUFLLFFBQVFBLEdBQUU7QUFDM0IsVUFBTSxVQUFVLE1BQU1BLE9BQU0sS0FBSyxLQUFLLFdBQVcsTUFBTSxDQUFDLE1BQU0sS0FBSyxNQUFNLElBQUk7QUFDN0UsU0FBSyxTQUFTLEtBQUssRUFBRSxNQUFNLEVBQUUsT0FBT0EsS0FBSSxLQUFLLFFBQVEsR0FBRyxNQUFNLEtBQUssS0FBSyxNQUFNQSxLQUFJLE9BQU8sR0FBRyxNQUFNLEtBQUssT0FBT0EsR0FBRSxFQUFFLENBQUM7QUFDbkgsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVRLE9BQU8sUUFBd0I7QUFDckMsUUFBSSxDQUFDLEtBQUssWUFBWTtBQUNwQixZQUFNLFNBQVMsQ0FBQyxDQUFDO0FBQ2pCLGVBQVMsSUFBSSxLQUFLLEtBQUssUUFBUSxJQUFJLEdBQUcsS0FBSyxHQUFHLElBQUksS0FBSyxLQUFLLFFBQVEsTUFBTSxJQUFJLENBQUMsRUFBRyxRQUFPLEtBQUssSUFBSSxDQUFDO0FBQ25HLFdBQUssYUFBYTtBQUFBLElBQ3BCO0FBQ0EsVUFBTSxJQUFJLEtBQUs7QUFDZixRQUFJLEtBQUs7QUFDVCxRQUFJLEtBQUssRUFBRSxTQUFTO0FBQ3BCLFdBQU8sS0FBSyxJQUFJO0FBQ2QsWUFBTSxNQUFPLEtBQUssS0FBSyxLQUFNO0FBQzdCLFVBQUksRUFBRSxHQUFHLEtBQUssT0FBUSxNQUFLO0FBQUEsVUFDdEIsTUFBSyxNQUFNO0FBQUEsSUFDbEI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRVEsUUFBUSxTQUFpQixPQUFlLEtBQW1CO0FBQ2pFLFNBQUssU0FBUyxLQUFLLEVBQUUsU0FBUyxNQUFNLEVBQUUsT0FBTyxJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ3REO0FBQUEsRUFFUSxVQUFVLENBQUMsU0FBcUM7QUFDdEQsVUFBTSxJQUFJLEtBQUssU0FBUyxJQUFJO0FBQzVCLFFBQUksTUFBTSxPQUFXLFFBQU87QUFDNUIsVUFBTSxJQUFJLEtBQUssS0FBSyxJQUFJLElBQUk7QUFDNUIsUUFBSSxNQUFNLE9BQVcsUUFBTztBQUM1QixXQUFPLEtBQUssV0FBVyxJQUFJO0FBQUEsRUFDN0I7QUFBQTtBQUFBLEVBR1EsVUFBVSxPQUF1QjtBQUN2QyxVQUFNLEVBQUUsTUFBTSxFQUFFLElBQUk7QUFDcEIsUUFBSSxLQUFLO0FBQ1QsUUFBSSxXQUFXO0FBQ2YsV0FBTyxZQUFZO0FBQ25CLFFBQUksT0FBTyxLQUFLLElBQUksR0FBRztBQUNyQixpQkFBVztBQUNYLFdBQUssUUFBUTtBQUNiLGFBQU8sS0FBSyxLQUFLLFFBQVEsS0FBSyxXQUFXLEVBQUUsQ0FBQyxFQUFHO0FBQUEsSUFDakQ7QUFDQSxRQUFJLE9BQU87QUFDWCxhQUFTLElBQUksSUFBSSxJQUFJLEdBQUcsS0FBSztBQUMzQixZQUFNLElBQUksS0FBSyxXQUFXLENBQUM7QUFDM0IsVUFBSSxNQUFNLE1BQWMsTUFBTSxNQUFjLE1BQU0sSUFBSTtBQUNwRCxlQUFPO0FBQ1A7QUFBQSxNQUNGO0FBQ0EsVUFBSSxRQUFRLENBQUMsS0FBSyxVQUFVLEdBQUcsTUFBTSxDQUFDLEVBQUc7QUFDekMsWUFBTSxLQUFLLE9BQU8sY0FBYyxLQUFLLFlBQVksQ0FBQyxLQUFLLENBQUM7QUFDeEQsV0FBSyxRQUFRLHdCQUF3QixLQUFLLFVBQVUsRUFBRSxDQUFDLHFCQUFxQixHQUFHLElBQUksR0FBRyxNQUFNO0FBQzVGLGFBQU8sS0FBSyxRQUFRLENBQUM7QUFBQSxJQUN2QjtBQUNBLFVBQU0sU0FBUyxPQUFPLElBQUksSUFBSTtBQUM5QixVQUFNLE1BQU0saUJBQWlCLEtBQUssTUFBTSxJQUFJLE1BQU0sQ0FBQztBQUNuRCxVQUFNLFVBQVUsRUFBRSxPQUFPLElBQUksS0FBSyxLQUFLLElBQUksT0FBTztBQUNsRCxVQUFNLFdBQVcsT0FBTyxJQUFJLEtBQUssS0FBSyxXQUFXLElBQUk7QUFDckQsUUFBSSxRQUFRLElBQUk7QUFFZCxVQUFJLGFBQWEsR0FBSSxNQUFLLFFBQVEsb0NBQW9DLElBQUksT0FBTyxDQUFDO0FBQ2xGLGFBQU8sYUFBYSxLQUFNLE9BQU8sSUFBSSxJQUFJLE9BQU8sSUFBSyxLQUFLLFFBQVEsSUFBSTtBQUFBLElBQ3hFO0FBQ0EsUUFBSSxJQUFJLFNBQVMsR0FBRyxHQUFHO0FBQ3JCLFdBQUssUUFBUSx3Q0FBd0MsUUFBUSxPQUFPLFFBQVEsR0FBRztBQUMvRSxhQUFPLEtBQUssUUFBUSxFQUFFO0FBQUEsSUFDeEI7QUFDQSxRQUFJLGFBQWEsSUFBSTtBQUVuQixZQUFNQyxLQUFJLEtBQUssU0FBUyxHQUFHO0FBQzNCLFVBQUlBLE9BQU0sT0FBVyxNQUFLLEtBQUssSUFBSSxLQUFLQSxFQUFDO0FBQ3pDLFlBQU1ELE1BQUssUUFBUTtBQUNuQixXQUFLLEtBQUssS0FBSyxTQUFTLElBQUksRUFBRSxPQUFPQSxLQUFJLEtBQUtBLElBQUcsR0FBRyxFQUFFLE9BQU9BLEtBQUksS0FBS0EsSUFBRyxHQUFHLE1BQU0sVUFBVSxNQUFNLE9BQU9BLEtBQUksQ0FBQyxDQUFDO0FBQy9HLGFBQU8sT0FBTyxJQUFJLElBQUksT0FBTztBQUFBLElBQy9CO0FBQ0EsUUFBSSxJQUFJLE9BQU87QUFDZixXQUFPLElBQUksS0FBSyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsRUFBRztBQUM3QyxVQUFNLElBQUksS0FBSyxXQUFXLENBQUM7QUFDM0IsUUFBSSxNQUFNLE1BQWMsTUFBTSxHQUFZLFFBQU8sS0FBSyxPQUFPLEtBQUssU0FBUyxVQUFVLE9BQU8sR0FBRyxNQUFNLEtBQUssTUFBTSxHQUFHO0FBRW5ILFVBQU0sTUFBTSxLQUFLLFFBQVEsQ0FBQztBQUMxQixVQUFNLE1BQU0sS0FBSyxNQUFNLEdBQUcsR0FBRztBQUM3QixVQUFNLE9BQU8sSUFBSSxRQUFRLElBQUk7QUFDN0IsVUFBTSxVQUFVLGlCQUFpQixRQUFRLElBQUksSUFBSSxNQUFNLEdBQUcsSUFBSSxJQUFJLEdBQUc7QUFDckUsUUFBSSxRQUFRLEVBQUcsTUFBSyxRQUFRLElBQUksT0FBTyxDQUFDO0FBQ3hDLFVBQU0sWUFBWSxVQUFVLEVBQUUsT0FBTyxHQUFHLEtBQUssSUFBSSxRQUFRLE9BQU8sSUFBSSxFQUFFLE9BQU8sT0FBTyxHQUFHLEtBQUssT0FBTyxFQUFFO0FBQ3JHLFVBQU0sSUFBSSxZQUFZLFNBQVMsS0FBSyxPQUFPO0FBQzNDLGVBQVcsT0FBTyxFQUFFLEtBQU0sS0FBSSxPQUFPLEVBQUUsT0FBTyxJQUFJLEtBQUssUUFBUSxHQUFHLEtBQUssSUFBSSxLQUFLLE1BQU0sRUFBRTtBQUN4RixlQUFXLEtBQUssRUFBRSxPQUFRLE1BQUssUUFBUSxFQUFFLFNBQVMsRUFBRSxLQUFLLFFBQVEsR0FBRyxFQUFFLEtBQUssTUFBTSxDQUFDO0FBQ2xGLFNBQUssS0FBSyxJQUFJLEtBQUssRUFBRSxLQUFLO0FBQzFCLFNBQUssS0FBSyxLQUFLLFNBQVMsRUFBRSxPQUFPLFdBQVcsV0FBVyxNQUFNLFVBQVUsT0FBTyxPQUFPLFVBQVUsS0FBSyxFQUFFLElBQUk7QUFDMUcsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVRLE9BQU8sS0FBYSxTQUFlLFVBQW1CLE9BQWUsR0FBVyxPQUEwQjtBQUNoSCxVQUFNLEVBQUUsTUFBTSxFQUFFLElBQUk7QUFDcEIsVUFBTSxLQUFLLE1BQU0sV0FBVyxDQUFDO0FBRTdCLFVBQU0sUUFBa0IsQ0FBQztBQUN6QixVQUFNLE1BQWdCLENBQUM7QUFDdkIsUUFBSSxRQUFRO0FBQ1osUUFBSSxTQUFTO0FBQ2IsYUFBUyxJQUFJLElBQUksR0FBRyxJQUFJLEdBQUcsS0FBSztBQUM5QixZQUFNLElBQUksS0FBSyxXQUFXLENBQUM7QUFDM0IsVUFBSSxRQUFRO0FBQ1YsaUJBQVM7QUFDVCxZQUFJLE1BQU0sSUFBSTtBQUNaLGdCQUFNLEtBQUssSUFBSTtBQUNmLGNBQUksS0FBSyxJQUFJLENBQUM7QUFBQSxRQUNoQjtBQUNBLGNBQU0sS0FBSyxLQUFLLENBQUMsQ0FBQztBQUNsQixZQUFJLEtBQUssTUFBTSxLQUFLLElBQUksSUFBSSxDQUFDO0FBQzdCO0FBQUEsTUFDRjtBQUNBLFVBQUksTUFBTSxHQUFZLFVBQVM7QUFBQSxlQUN0QixNQUFNLElBQUk7QUFDakIsZ0JBQVE7QUFDUjtBQUFBLE1BQ0YsT0FBTztBQUNMLGNBQU0sS0FBSyxLQUFLLENBQUMsQ0FBQztBQUNsQixZQUFJLEtBQUssQ0FBQztBQUFBLE1BQ1o7QUFBQSxJQUNGO0FBQ0EsUUFBSSxRQUFRLEdBQUc7QUFDYixZQUFNLE1BQU0sS0FBSyxRQUFRLENBQUM7QUFDMUIsV0FBSyxRQUFRLDZCQUE2QixHQUFHLEdBQUc7QUFDaEQsYUFBTztBQUFBLElBQ1Q7QUFDQSxVQUFNLFlBQVksRUFBRSxPQUFPLEdBQUcsS0FBSyxRQUFRLEVBQUU7QUFDN0MsVUFBTSxZQUFZLEVBQUUsT0FBTyxJQUFJLEdBQUcsS0FBSyxNQUFNO0FBQzdDLFFBQUk7QUFDSixRQUFJLE9BQTJCLENBQUM7QUFDaEMsUUFBSSxVQUFVLEtBQUs7QUFDakIsY0FBUSxNQUFNLEtBQUssRUFBRTtBQUFBLElBQ3ZCLE9BQU87QUFDTCxZQUFNLEtBQUssY0FBYyxPQUFPLEdBQUc7QUFDbkMsWUFBTSxJQUFJLEdBQUcsTUFBTSxLQUFLLEVBQUU7QUFDMUIsWUFBTSxJQUFJLFlBQVksR0FBRyxLQUFLLE9BQU87QUFDckMsWUFBTSxNQUFNLENBQUMsT0FBbUIsUUFBUSxJQUFJLEdBQUcsS0FBSyxLQUFLO0FBQ3pELGFBQU8sRUFBRSxLQUFLLElBQUksQ0FBQyxTQUFTLEVBQUUsR0FBRyxLQUFLLE1BQU0sSUFBSSxJQUFJLElBQUksRUFBRSxFQUFFO0FBQzVELGlCQUFXLEtBQUssRUFBRSxRQUFRO0FBQ3hCLGNBQU0sSUFBSSxJQUFJLEVBQUUsSUFBSTtBQUNwQixhQUFLLFFBQVEsRUFBRSxTQUFTLEVBQUUsT0FBTyxFQUFFLEdBQUc7QUFBQSxNQUN4QztBQUNBLGNBQVEsRUFBRTtBQUFBLElBQ1o7QUFDQSxTQUFLLEtBQUssSUFBSSxLQUFLLEtBQUs7QUFDeEIsU0FBSyxLQUFLLEtBQUssU0FBUyxPQUFPLFdBQVcsV0FBVyxPQUFPLFVBQVUsT0FBTyxPQUFPLFFBQVEsR0FBRyxJQUFJO0FBQ25HLFdBQU8sUUFBUTtBQUFBLEVBQ2pCO0FBQUEsRUFFUSxLQUNOLEtBQWEsU0FBZSxPQUFlLFdBQWlCLFdBQWlCLE9BQzdFLFVBQW1CLFVBQW1CLE9BQWUsS0FBYSxNQUM1RDtBQUNOLFVBQU0sRUFBRSxNQUFNLEVBQUUsSUFBSTtBQUNwQixVQUFNLFlBQVksS0FBSyxJQUFJLEtBQUssWUFBWSxNQUFNLFFBQVEsQ0FBQyxJQUFJLEdBQUcsS0FBSyxTQUFTLElBQUksQ0FBQztBQUNyRixVQUFNLEtBQUssS0FBSyxRQUFRLEdBQUc7QUFDM0IsVUFBTSxVQUFVLEtBQUssYUFBYSxLQUFLLFdBQVcsS0FBSyxDQUFDLE1BQU0sS0FBSyxLQUFLLElBQUk7QUFDNUUsU0FBSyxRQUFRLEtBQUs7QUFBQSxNQUNoQjtBQUFBLE1BQUs7QUFBQSxNQUFTO0FBQUEsTUFDZCxVQUFVLEtBQUssTUFBTSxVQUFVLE9BQU8sVUFBVSxHQUFHO0FBQUEsTUFDbkQ7QUFBQSxNQUFXO0FBQUEsTUFBVztBQUFBLE1BQU87QUFBQSxNQUFVO0FBQUEsTUFDdkMsVUFBVSxFQUFFLE9BQU8sV0FBVyxLQUFLLEtBQUssSUFBSSxTQUFTLEdBQUcsRUFBRTtBQUFBLE1BQzFELFlBQVksRUFBRSxPQUFPLFdBQVcsS0FBSyxLQUFLLElBQUksS0FBSyxJQUFJLEVBQUU7QUFBQSxNQUN6RCxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUs7QUFBQSxNQUMvQjtBQUFBLElBQ0YsQ0FBQztBQUFBLEVBQ0g7QUFDRjtBQUdBLFNBQVMsUUFBUSxJQUFVLEtBQWUsV0FBeUI7QUFDakUsUUFBTUEsTUFBSyxDQUFDLE1BQXVCLElBQUksSUFBSSxTQUFTLElBQUksQ0FBQyxJQUFJO0FBQzdELFFBQU0sUUFBUUEsSUFBRyxHQUFHLEtBQUs7QUFDekIsU0FBTyxFQUFFLE9BQU8sS0FBSyxHQUFHLE1BQU0sR0FBRyxRQUFRQSxJQUFHLEdBQUcsR0FBRyxJQUFJLE1BQU07QUFDOUQ7QUFFQSxJQUFNLGlCQUF5QyxFQUFFLEdBQUcsUUFBUSxHQUFHLE1BQU0sR0FBRyxNQUFNLEdBQUcsTUFBTSxHQUFHLE1BQU0sR0FBRyxLQUFNLEdBQUcsTUFBTSxNQUFNLE1BQU0sS0FBSyxJQUFJO0FBR3ZJLFNBQVMsY0FBYyxPQUFpQixLQUFtRDtBQUN6RixNQUFJLENBQUMsTUFBTSxTQUFTLElBQUksRUFBRyxRQUFPLEVBQUUsT0FBTyxJQUFJO0FBQy9DLFFBQU0sS0FBZSxDQUFDO0FBQ3RCLFFBQU0sS0FBZSxDQUFDO0FBQ3RCLFdBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxRQUFRLEtBQUs7QUFDckMsVUFBTSxJQUFJLE1BQU0sQ0FBQztBQUNqQixRQUFJLE1BQU0sUUFBUSxJQUFJLEtBQUssTUFBTSxRQUFRO0FBQ3ZDLFNBQUcsS0FBSyxDQUFDO0FBQ1QsU0FBRyxLQUFLLElBQUksQ0FBQyxDQUFDO0FBQ2Q7QUFBQSxJQUNGO0FBQ0EsVUFBTSxJQUFJLE1BQU0sSUFBSSxDQUFDO0FBQ3JCLFVBQU0sU0FBUyxlQUFlLENBQUM7QUFDL0IsUUFBSSxXQUFXLFFBQVc7QUFDeEIsU0FBRyxLQUFLLE1BQU07QUFDZCxTQUFHLEtBQUssSUFBSSxDQUFDLENBQUM7QUFDZDtBQUFBLElBQ0YsV0FBVyxNQUFNLEtBQUs7QUFDcEIsU0FBRyxLQUFLLEtBQUssR0FBRztBQUNoQixTQUFHLEtBQUssSUFBSSxDQUFDLEdBQUcsSUFBSSxDQUFDLENBQUM7QUFDdEI7QUFBQSxJQUNGLFdBQVcsTUFBTSxLQUFLO0FBQ3BCLFVBQUksSUFBSTtBQUNSLGFBQU8sSUFBSSxLQUFLLElBQUksSUFBSSxJQUFJLE1BQU0sVUFBVSxNQUFNLElBQUksSUFBSSxDQUFDLEtBQUssT0FBTyxNQUFNLElBQUksSUFBSSxDQUFDLEtBQUssSUFBSztBQUNoRyxZQUFNLFNBQVMsTUFBTSxNQUFNLElBQUksR0FBRyxJQUFJLElBQUksQ0FBQyxFQUFFLEtBQUssRUFBRTtBQUNwRCxZQUFNLE9BQU8sTUFBTSxLQUFLLGFBQWEsS0FBSyxNQUFNLElBQUksU0FBUyxRQUFRLENBQUMsSUFBSTtBQUMxRSxVQUFJLFFBQVEsS0FBSyxRQUFRLEtBQUs7QUFDNUIsV0FBRyxLQUFLLE9BQU8sYUFBYSxJQUFJLENBQUM7QUFDakMsV0FBRyxLQUFLLElBQUksQ0FBQyxDQUFDO0FBQUEsTUFDaEIsT0FBTztBQUNMLGlCQUFTLElBQUksR0FBRyxJQUFJLElBQUksR0FBRyxLQUFLO0FBQzlCLGFBQUcsS0FBSyxNQUFNLElBQUksQ0FBQyxDQUFDO0FBQ3BCLGFBQUcsS0FBSyxJQUFJLElBQUksQ0FBQyxDQUFDO0FBQUEsUUFDcEI7QUFBQSxNQUNGO0FBQ0EsV0FBSyxJQUFJO0FBQUEsSUFDWCxPQUFPO0FBQ0wsU0FBRyxLQUFLLENBQUM7QUFDVCxTQUFHLEtBQUssSUFBSSxDQUFDLENBQUM7QUFBQSxJQUNoQjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEVBQUUsT0FBTyxJQUFJLEtBQUssR0FBRztBQUM5Qjs7O0FGbldBLFNBQVMsYUFBaUM7QUFDeEMsYUFBVyxLQUFLLENBQUMsUUFBUSxJQUFJLHdCQUF3Qix3QkFBd0Isa0JBQWtCLEdBQUc7QUFDaEcsUUFBSSxDQUFDLEVBQUc7QUFDUixhQUFTLE1BQU0sUUFBUSxJQUFJLEdBQUcsSUFBSSxHQUFHLElBQUksR0FBRyxVQUFNLDBCQUFRLEdBQUcsR0FBRyxLQUFLO0FBQ25FLFlBQU0sUUFBSSwwQkFBUSxLQUFLLENBQUM7QUFDeEIsY0FBSSwrQkFBVyx1QkFBSyxHQUFHLHVCQUF1QixTQUFTLENBQUMsRUFBRyxRQUFPO0FBQUEsSUFDcEU7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBRUEsSUFBTSxLQUFLLENBQUMsTUFBYyxNQUFvQixLQUFLLE1BQU0sRUFBRSxPQUFPLEVBQUUsR0FBRztBQUN2RSxJQUFNLFFBQVEsQ0FBQyxHQUFZLFFBQTBCO0FBQ25ELFFBQU0sSUFBSSxDQUFDLEdBQUcsRUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLEtBQUssQ0FBQyxNQUFNLEVBQUUsUUFBUSxHQUFHO0FBQzVELGdCQUFBRSxRQUFPLEdBQUcsR0FBRyxZQUFZLEdBQUcsRUFBRTtBQUM5QixTQUFPO0FBQ1Q7QUFDQSxJQUFNLFNBQVMsQ0FBQyxNQUF1QyxPQUFPLFlBQVksRUFBRSxRQUFRLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxRQUFRLEVBQUUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLEtBQUssRUFBRSxLQUFLLENBQUMsQ0FBQztBQUFBLElBRTNJLHVCQUFLLGtEQUFrRCxNQUFNO0FBQzNELFFBQU0sT0FBTztBQUNiLFFBQU0sSUFBSSxhQUFhLElBQUk7QUFDM0IsZ0JBQUFBLFFBQU8sVUFBVSxPQUFPLENBQUMsR0FBRyxFQUFFLEdBQUcsS0FBSyxHQUFHLGFBQWEsR0FBRyxLQUFLLEdBQUcsR0FBRyxDQUFDO0FBQ3JFLFFBQU0sSUFBSSxNQUFNLEdBQUcsR0FBRztBQUN0QixnQkFBQUEsUUFBTyxNQUFNLEdBQUcsTUFBTSxFQUFFLE9BQU8sR0FBRyxHQUFHO0FBQ3JDLGdCQUFBQSxRQUFPLE1BQU0sR0FBRyxNQUFNLEVBQUUsU0FBUyxHQUFHLFdBQVc7QUFDL0MsZ0JBQUFBLFFBQU8sTUFBTSxFQUFFLFVBQVUsV0FBVztBQUNwQyxnQkFBQUEsUUFBTyxVQUFVLEVBQUUsV0FBVyxFQUFFLFNBQVM7QUFDekMsZ0JBQUFBLFFBQU8sTUFBTSxFQUFFLE9BQU8sSUFBSTtBQUMxQixnQkFBQUEsUUFBTyxNQUFNLEVBQUUsTUFBTSxDQUFDO0FBQ3RCLGdCQUFBQSxRQUFPLE1BQU0sR0FBRyxNQUFNLEVBQUUsUUFBUSxHQUFHLG1CQUFtQjtBQUN0RCxnQkFBQUEsUUFBTyxNQUFNLEdBQUcsTUFBTSxFQUFFLFVBQVUsR0FBRyxxQkFBcUI7QUFDMUQsUUFBTSxJQUFJLE1BQU0sR0FBRyxHQUFHO0FBQ3RCLGdCQUFBQSxRQUFPLE1BQU0sRUFBRSxVQUFVLElBQUk7QUFDN0IsZ0JBQUFBLFFBQU8sTUFBTSxHQUFHLE1BQU0sRUFBRSxPQUFPLEdBQUcsR0FBRztBQUNyQyxRQUFNLElBQUksTUFBTSxHQUFHLEdBQUc7QUFDdEIsZ0JBQUFBLFFBQU8sVUFBVSxFQUFFLFdBQVcsRUFBRSxPQUFPLEtBQUssUUFBUSxJQUFJLElBQUksR0FBRyxLQUFLLEtBQUssUUFBUSxJQUFJLElBQUksRUFBRSxHQUFHLHlDQUF5QztBQUN2SSxnQkFBQUEsUUFBTyxVQUFVLEVBQUUsVUFBVSxDQUFDLENBQUM7QUFDakMsQ0FBQztBQUFBLElBRUQsdUJBQUssNkVBQTZFLE1BQU07QUFDdEYsUUFBTSxPQUFPO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFDYixRQUFNLElBQUksYUFBYSxJQUFJO0FBQzNCLGdCQUFBQSxRQUFPLFVBQVUsT0FBTyxDQUFDLEdBQUcsRUFBRSxHQUFHLEtBQUssR0FBRyxPQUFPLEdBQUcsTUFBTSxHQUFHLFlBQVksR0FBRyxXQUFXLENBQUM7QUFDdkYsZ0JBQUFBLFFBQU8sVUFBVSxFQUFFLFNBQVMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsVUFBVSxDQUFDLEdBQUcsQ0FBQyxjQUFjLENBQUMsR0FBRyxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsV0FBVyxDQUFDLENBQUMsQ0FBQztBQUMzSCxnQkFBQUEsUUFBTyxNQUFNLEdBQUcsTUFBTSxFQUFFLFNBQVMsQ0FBQyxFQUFFLElBQUksR0FBRyxRQUFRO0FBQ25ELGdCQUFBQSxRQUFPLE1BQU0sR0FBRyxNQUFNLE1BQU0sR0FBRyxHQUFHLEVBQUUsU0FBUyxHQUFHLEdBQUc7QUFDckQsQ0FBQztBQUFBLElBRUQsdUJBQUssMkVBQTJFLE1BQU07QUFDcEYsUUFBTSxPQUFPO0FBQUEsSUFDWCxPQUFPLG1CQUFtQjtBQUFBLElBQzFCLE9BQU87QUFBQSxJQUNQO0FBQUEsSUFDQTtBQUFBLEVBQ0YsRUFBRSxLQUFLLElBQUksSUFBSTtBQUNmLFFBQU0sSUFBSSxhQUFhLE1BQU0sQ0FBQyxNQUFPLE1BQU0sTUFBTSxPQUFPLE1BQVU7QUFDbEUsZ0JBQUFBLFFBQU8sTUFBTSxNQUFNLEdBQUcsR0FBRyxFQUFFLE9BQU8sT0FBTyxnQkFBZ0IsTUFBTTtBQUMvRCxnQkFBQUEsUUFBTyxNQUFNLE1BQU0sR0FBRyxHQUFHLEVBQUUsS0FBSyxRQUFRLENBQUM7QUFDekMsZ0JBQUFBLFFBQU8sTUFBTSxNQUFNLEdBQUcsR0FBRyxFQUFFLE9BQU8sNkJBQThCO0FBQ2hFLGdCQUFBQSxRQUFPLE1BQU0sTUFBTSxHQUFHLEdBQUcsRUFBRSxPQUFPLFdBQVc7QUFDN0MsZ0JBQUFBLFFBQU8sTUFBTSxNQUFNLEdBQUcsR0FBRyxFQUFFLE9BQU8sUUFBUSw0REFBNEQ7QUFDdEcsUUFBTSxJQUFJLE1BQU0sR0FBRyxHQUFHO0FBQ3RCLGdCQUFBQSxRQUFPLE1BQU0sRUFBRSxPQUFPLEdBQUc7QUFDekIsZ0JBQUFBLFFBQU8sTUFBTSxHQUFHLE1BQU0sRUFBRSxTQUFTLEVBQUUsQ0FBQyxHQUFHLEdBQUc7QUFDMUMsZ0JBQUFBLFFBQU8sTUFBTSxHQUFHLE1BQU0sRUFBRSxTQUFTLEdBQUcsRUFBRSxTQUFTLE1BQU0sR0FBRyxFQUFFLENBQUM7QUFDN0QsQ0FBQztBQUFBLElBRUQsdUJBQUssMkVBQTJFLE1BQU07QUFDcEYsUUFBTSxPQUFPO0FBQ2IsUUFBTSxJQUFJLGFBQWEsSUFBSTtBQUMzQixnQkFBQUEsUUFBTyxVQUFVLE1BQU0sR0FBRyxHQUFHLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxHQUFHLE1BQU0sRUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLFFBQVEsSUFBSSxDQUFDO0FBQ2hGLGdCQUFBQSxRQUFPLFVBQVUsTUFBTSxHQUFHLEdBQUcsRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLENBQUMsR0FBRyxNQUFNLEVBQUUsSUFBSSxHQUFHLEVBQUUsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLFdBQVcsSUFBSSxDQUFDLENBQUM7QUFDbEcsZ0JBQUFBLFFBQU8sTUFBTSxNQUFNLEdBQUcsR0FBRyxFQUFFLE9BQU8sSUFBSTtBQUN4QyxDQUFDO0FBQUEsSUFFRCx1QkFBSyx1REFBdUQsTUFBTTtBQUNoRSxRQUFNLE9BQU87QUFDYixRQUFNLElBQUksYUFBYSxJQUFJO0FBQzNCLFFBQU0sSUFBSSxNQUFNLEdBQUcsR0FBRztBQUN0QixnQkFBQUEsUUFBTyxNQUFNLEVBQUUsT0FBTyxjQUFjO0FBQ3BDLGdCQUFBQSxRQUFPLE1BQU0sR0FBRyxNQUFNLEVBQUUsU0FBUyxHQUFHLGdCQUFnQjtBQUNwRCxnQkFBQUEsUUFBTyxNQUFNLEdBQUcsTUFBTSxFQUFFLFVBQVUsR0FBRyxvQkFBb0I7QUFDekQsZ0JBQUFBLFFBQU8sTUFBTSxNQUFNLEdBQUcsR0FBRyxFQUFFLE1BQU0sQ0FBQztBQUNwQyxDQUFDO0FBQUEsSUFFRCx1QkFBSywrREFBK0QsTUFBTTtBQUN4RSxRQUFNLE9BQU87QUFDYixRQUFNLElBQUksYUFBYSxJQUFJO0FBQzNCLFFBQU0sSUFBSSxNQUFNLEdBQUcsT0FBTztBQUMxQixnQkFBQUEsUUFBTyxNQUFNLEVBQUUsVUFBVSxJQUFJO0FBQzdCLGdCQUFBQSxRQUFPLE1BQU0sRUFBRSxPQUFPLEVBQUU7QUFDeEIsZ0JBQUFBLFFBQU8sTUFBTSxHQUFHLE1BQU0sRUFBRSxPQUFPLEdBQUcsT0FBTztBQUN6QyxnQkFBQUEsUUFBTyxNQUFNLE1BQU0sR0FBRyxHQUFHLEVBQUUsT0FBTyxZQUFZO0FBQzlDLGdCQUFBQSxRQUFPLE1BQU0sTUFBTSxHQUFHLElBQUksRUFBRSxVQUFVLElBQUk7QUFDMUMsUUFBTSxPQUFPLGFBQWEsV0FBVztBQUNyQyxnQkFBQUEsUUFBTyxNQUFNLE1BQU0sTUFBTSxNQUFNLEVBQUUsVUFBVSxNQUFNLDhCQUE4QjtBQUNqRixDQUFDO0FBQUEsSUFFRCx1QkFBSyx3REFBd0QsTUFBTTtBQUNqRSxRQUFNLE9BQU87QUFDYixRQUFNLElBQUksYUFBYSxJQUFJO0FBQzNCLGdCQUFBQSxRQUFPLE1BQU0sRUFBRSxRQUFRLElBQUk7QUFDM0IsZ0JBQUFBLFFBQU8sTUFBTSxFQUFFLFNBQVMsQ0FBQztBQUN6QixnQkFBQUEsUUFBTyxVQUFVLE9BQU8sQ0FBQyxHQUFHLEVBQUUsR0FBRyxLQUFLLEdBQUcsTUFBTSxDQUFDO0FBQ2hELGdCQUFBQSxRQUFPLE1BQU0sR0FBRyxNQUFNLE1BQU0sR0FBRyxHQUFHLEVBQUUsT0FBTyxHQUFHLEdBQUc7QUFDakQsZ0JBQUFBLFFBQU8sTUFBTSxHQUFHLE1BQU0sTUFBTSxHQUFHLEdBQUcsRUFBRSxRQUFRLEdBQUcsS0FBSztBQUNwRCxnQkFBQUEsUUFBTyxNQUFNLEdBQUcsTUFBTSxNQUFNLEdBQUcsR0FBRyxFQUFFLFVBQVUsR0FBRyxTQUFTO0FBQzFELGdCQUFBQSxRQUFPLE1BQU0sTUFBTSxHQUFHLEdBQUcsRUFBRSxVQUFVLElBQUk7QUFDekMsZ0JBQUFBLFFBQU8sTUFBTSxhQUFhLEtBQUssRUFBRSxRQUFRLEtBQUs7QUFDaEQsQ0FBQztBQUFBLElBRUQsdUJBQUssaUdBQWlHLE1BQU07QUFDMUcsUUFBTSxPQUFPO0FBQ2IsUUFBTSxJQUFJLGFBQWEsTUFBTSxDQUFDLE1BQU8sTUFBTSxNQUFNLGNBQWMsUUFBWSxFQUFFLFVBQVUsQ0FBQyxNQUFPLE1BQU0sTUFBTSxrQkFBa0IsT0FBVyxDQUFDO0FBQ3pJLGdCQUFBQSxRQUFPLE1BQU0sTUFBTSxHQUFHLEdBQUcsRUFBRSxPQUFPLE1BQU07QUFDeEMsZ0JBQUFBLFFBQU8sTUFBTSxNQUFNLEdBQUcsR0FBRyxFQUFFLE9BQU8sV0FBVztBQUM3QyxnQkFBQUEsUUFBTyxNQUFNLE1BQU0sR0FBRyxHQUFHLEVBQUUsT0FBTyxlQUFlO0FBQ2pELGdCQUFBQSxRQUFPLE1BQU0sTUFBTSxHQUFHLEdBQUcsRUFBRSxPQUFPLE1BQU07QUFDeEMsZ0JBQUFBLFFBQU8sTUFBTSxhQUFhLGtCQUFrQixFQUFFLFFBQVEsQ0FBQyxFQUFFLE9BQU8sTUFBTTtBQUV0RSxnQkFBQUEsUUFBTyxNQUFNLGFBQWEsYUFBYSxDQUFDLE1BQU8sTUFBTSxNQUFNLE1BQU0sTUFBVSxFQUFFLFFBQVEsQ0FBQyxFQUFFLE9BQU8sR0FBRztBQUNwRyxDQUFDO0FBQUEsSUFFRCx1QkFBSyx1R0FBdUcsTUFBTTtBQUNoSCxRQUFNLElBQUksYUFBYSx1QkFBdUI7QUFDOUMsZ0JBQUFBLFFBQU8sTUFBTSxNQUFNLEdBQUcsR0FBRyxFQUFFLE9BQU8sR0FBRztBQUNyQyxnQkFBQUEsUUFBTyxNQUFNLEVBQUUsUUFBUSxPQUFPLENBQUMsTUFBTSxFQUFFLFFBQVEsR0FBRyxFQUFFLFFBQVEsQ0FBQztBQUM3RCxnQkFBQUEsUUFBTyxNQUFNLE1BQU0sR0FBRyxHQUFHLEVBQUUsT0FBTyxHQUFHO0FBQ3JDLGdCQUFBQSxRQUFPLE1BQU0sTUFBTSxHQUFHLEdBQUcsRUFBRSxPQUFPLEdBQUc7QUFDdkMsQ0FBQztBQUFBLElBRUQsdUJBQUssdUZBQXVGLE1BQU07QUFDaEcsUUFBTSxPQUFPO0FBQ2IsUUFBTSxJQUFJLGFBQWEsSUFBSTtBQUMzQixnQkFBQUEsUUFBTyxVQUFVLE9BQU8sQ0FBQyxHQUFHLEVBQUUsTUFBTSxLQUFLLE9BQU8sTUFBTSxHQUFHLFNBQVMsQ0FBQztBQUNuRSxRQUFNLE9BQU8sRUFBRSxTQUFTLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxTQUFTLEdBQUcsTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDO0FBQ2hFLGdCQUFBQSxRQUFPLFVBQVUsS0FBSyxNQUFNLEdBQUcsQ0FBQyxHQUFHO0FBQUEsSUFDakMsQ0FBQyw2Q0FBNkMsR0FBRztBQUFBLElBQ2pELENBQUMsd0NBQXdDLFdBQVc7QUFBQSxJQUNwRCxDQUFDLG9DQUFvQyxHQUFHO0FBQUEsSUFDeEMsQ0FBQyw2QkFBNkIsZUFBZTtBQUFBLEVBQy9DLENBQUM7QUFDRCxnQkFBQUEsUUFBTyxNQUFNLEtBQUssQ0FBQyxFQUFFLENBQUMsR0FBRyw4QkFBOEI7QUFDdkQsZ0JBQUFBLFFBQU8sTUFBTSxLQUFLLENBQUMsRUFBRSxDQUFDLEdBQUcsUUFBUTtBQUNuQyxDQUFDO0FBQUEsSUFFRCx1QkFBSyx3REFBd0QsTUFBTTtBQUNqRSxRQUFNLElBQUksYUFBYSxnQ0FBNkI7QUFDcEQsZ0JBQUFBLFFBQU8sVUFBVSxPQUFPLENBQUMsR0FBRyxFQUFFLFlBQVksS0FBSyxZQUFPLEtBQUssSUFBSSxJQUFJLENBQUM7QUFDdEUsQ0FBQztBQUFBLElBRUQsdUJBQUssa0RBQWtELE1BQU07QUFDM0QsUUFBTSxTQUFTLENBQUMsSUFBSSxVQUFVLEtBQUssS0FBSyxLQUFLLEtBQUssU0FBUyxRQUFRLGFBQXNCLFVBQVUsV0FBVyxlQUFlLFFBQVEsUUFBUTtBQUM3SSxhQUFXLEtBQUssT0FBUSxlQUFBQSxRQUFPLGFBQWEsTUFBTSxhQUFhLENBQUMsR0FBRyxLQUFLLFVBQVUsQ0FBQyxDQUFDO0FBQ3BGLGdCQUFBQSxRQUFPLGFBQWEsTUFBTSxhQUFhLE1BQThCLENBQUM7QUFDdEUsUUFBTSxNQUFNLE1BQU0sS0FBSyxFQUFFLFFBQVEsSUFBTyxHQUFHLENBQUMsR0FBRyxNQUFNLElBQUksQ0FBQyxNQUFNLENBQUMsWUFBWSxLQUFLLElBQUksR0FBRyxJQUFJLENBQUMsQ0FBQyxJQUFJLEVBQUUsS0FBSyxJQUFJO0FBQzlHLFFBQU0sS0FBSyxLQUFLLElBQUk7QUFDcEIsUUFBTSxJQUFJLGFBQWEsR0FBRztBQUMxQixnQkFBQUEsUUFBTyxNQUFNLEVBQUUsUUFBUSxRQUFRLEdBQU07QUFDckMsZ0JBQUFBLFFBQU8sR0FBRyxLQUFLLElBQUksSUFBSSxLQUFLLEtBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxFQUFFLEtBQUs7QUFDaEUsQ0FBQztBQUVELElBQU0sU0FBUyxXQUFXO0FBQUEsQ0FFekIsU0FBUyx3QkFBTyxzQkFBSyxNQUFNLG9GQUFvRixNQUFNO0FBQ3BILFFBQU0sT0FBTyxVQUFVO0FBQ3ZCLE1BQUksUUFBUTtBQUNaLGFBQVcsV0FBTyw0QkFBWSxJQUFJLEVBQUUsT0FBTyxDQUFDLE1BQU0sRUFBRSxXQUFXLGVBQWUsQ0FBQyxHQUFHO0FBQ2hGLFVBQU0sT0FBTyxLQUFDLHVCQUFLLE1BQU0sS0FBSyxLQUFLLE9BQUcsdUJBQUssTUFBTSxLQUFLLFNBQVMsQ0FBQztBQUNoRSxlQUFXLE9BQU8sTUFBTTtBQUN0QixVQUFJLFFBQWtCLENBQUM7QUFDdkIsVUFBSTtBQUNGLG9CQUFRLDRCQUFZLEdBQUcsRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsTUFBTSxDQUFDO0FBQUEsTUFDM0QsUUFBUTtBQUNOO0FBQUEsTUFDRjtBQUNBLGlCQUFXLEtBQUssT0FBTztBQUNyQixjQUFNLFdBQU8saUNBQWEsdUJBQUssS0FBSyxDQUFDLEdBQUcsTUFBTTtBQUM5QyxjQUFNQyxLQUFJLGFBQWEsSUFBSTtBQUMzQjtBQUNBLHNCQUFBRCxRQUFPLFVBQVVDLEdBQUUsVUFBVSxDQUFDLEdBQUcsR0FBRyxHQUFHLElBQUksQ0FBQyxFQUFFO0FBQzlDLG1CQUFXLEtBQUtBLEdBQUUsUUFBUyxLQUFJLENBQUMsRUFBRSxZQUFZLEVBQUUsVUFBVSxLQUFNLGVBQUFELFFBQU8sTUFBTSxHQUFHLE1BQU0sRUFBRSxTQUFTLEdBQUcsRUFBRSxPQUFPLEdBQUcsR0FBRyxJQUFJLENBQUMsSUFBSSxFQUFFLEdBQUcsRUFBRTtBQUFBLE1BQ3JJO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxnQkFBQUEsUUFBTyxHQUFHLFNBQVMsSUFBSSxRQUFRLEtBQUssWUFBWTtBQUNoRCxRQUFNLGVBQVcsaUNBQWEsdUJBQUssTUFBTSw0Q0FBNEMsR0FBRyxNQUFNO0FBQzlGLFFBQU0sSUFBSSxhQUFhLFFBQVE7QUFDL0IsZ0JBQUFBLFFBQU8sTUFBTSxNQUFNLEdBQUcseUJBQXlCLEVBQUUsT0FBTyxNQUFNO0FBQzlELGdCQUFBQSxRQUFPLE1BQU0sR0FBRyxVQUFVLE1BQU0sR0FBRywyQkFBMkIsRUFBRSxTQUFTLEdBQUcsTUFBTTtBQUNwRixDQUFDOyIsCiAgIm5hbWVzIjogWyJhdCIsICJ2IiwgImFzc2VydCIsICJmIl0KfQo=
