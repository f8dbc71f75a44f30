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

// test/unit/properties-oracle.test.ts
var import_node_test = require("node:test");
var import_strict = __toESM(require("node:assert/strict"));
var import_node_child_process = require("node:child_process");
var fs = __toESM(require("node:fs"));
var os = __toESM(require("node:os"));
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
  const entries = [];
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
    entries.push(
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
  return { entries, comments, documentCount: Math.max(1, finished + (currentEmpty ? 0 : 1)), problems };
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

// test/unit/properties-oracle.test.ts
var GENERATED_LATIN1 = 1e4;
var GENERATED_UTF8 = 1e3;
function findUp(relative2) {
  for (let dir = process.cwd(), i = 0; i < 6; dir = path.dirname(dir), i++) {
    const p = path.resolve(dir, relative2);
    if (fs.existsSync(p)) return p;
  }
  return void 0;
}
function findCorpus() {
  for (const c of [process.env.NACOS_AUTH_LINT_CORPUS, "test/fixtures/corpus", "../shared/corpus"]) {
    if (!c) continue;
    const p = findUp(path.join(c, "nacos-distribution-2.2.0", "conf", "application.properties"));
    if (p) return path.resolve(p, "../../..");
  }
  return void 0;
}
function corpusFiles(corpus) {
  return fs.readdirSync(corpus).map((d) => path.join(corpus, d, d.startsWith("nacos-docker-") ? "build/conf" : "conf", "application.properties")).filter((f) => fs.existsSync(f)).sort();
}
function compileOracle(tmp) {
  const source = findUp("test/oracle/PropertiesDump.java");
  import_strict.default.ok(source, "test/oracle/PropertiesDump.java not found from the working directory");
  if ((0, import_node_child_process.spawnSync)("java", ["-version"]).status !== 0) return void 0;
  const classes = path.join(tmp, "classes");
  let command;
  const javac = (0, import_node_child_process.spawnSync)("javac", ["-encoding", "UTF-8", "-d", classes, source], { encoding: "utf8" });
  if (javac.status === 0) command = ["-cp", classes, "PropertiesDump"];
  else if (javac.error) command = [source];
  else throw new Error(`javac failed: ${javac.stderr}`);
  return (args) => {
    const run = (0, import_node_child_process.spawnSync)("java", [...command, ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
    if (run.status !== 0) throw new Error(`oracle failed (${run.status}): ${run.stderr}`);
    return run.stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l));
  };
}
function javaTrim(s) {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return s.slice(a, b);
}
var latin1View = (s) => Buffer.from(s, "utf8").toString("latin1");
var identity = (s) => s;
function assertSameAsJava(where, ours, java, view = identity) {
  import_strict.default.equal(java.error, void 0, `${where}: java.util.Properties failed: ${java.error}`);
  const expected = java.puts.map(([k, v]) => [javaTrim(k), v]).filter(([k]) => k !== "");
  const actual = ours.entries.map((e) => [view(e.key), view(e.value)]);
  import_strict.default.deepEqual(actual, expected, where);
  const javaMap = /* @__PURE__ */ new Map();
  const ambiguous = /* @__PURE__ */ new Set();
  for (const [k, v] of java.map) {
    const key = javaTrim(k);
    if (key === "") continue;
    if (javaMap.has(key)) ambiguous.add(key);
    javaMap.set(key, v);
  }
  const ourMap = /* @__PURE__ */ new Map();
  for (const e of ours.entries) ourMap.set(view(e.key), view(e.value));
  import_strict.default.deepEqual([...ourMap.keys()].sort(), [...javaMap.keys()].sort(), `${where}: key sets`);
  for (const [k, v] of ourMap) if (!ambiguous.has(k)) import_strict.default.equal(v, javaMap.get(k), `${where}: last value of ${JSON.stringify(k)}`);
  return { ambiguous: ambiguous.size };
}
var Random = class {
  s;
  constructor(seed) {
    this.s = seed;
  }
  next() {
    this.s = this.s + 1831565813 | 0;
    let t = Math.imul(this.s ^ this.s >>> 15, 1 | this.s);
    t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  }
  int(n) {
    return Math.floor(this.next() * n);
  }
  chance(p) {
    return this.next() < p;
  }
  pick(items) {
    return items[this.int(items.length)];
  }
};
var COMMON_ESCAPES = ["\\=", "\\:", "\\ ", "\\t", "\\n", "\\r", "\\f", "\\\\", "\\#", "\\!", "\\q", '\\"', "\\	", "\\\f", "\\$"];
var LATIN1 = {
  plain: [..."abcxyzABXZ0189._-/$\"'{}[]()@%&*+,;?<>|~`^#!", "\xE9", "\xFF", "\xA0", "\x85", "\xC3", "\x7F", "", "\v", "\0", "\x1B"],
  escapes: [...COMMON_ESCAPES, "\\\xE9", "\\\xA0"],
  asciiUnicodeEscapes: false
};
var UTF8 = {
  plain: [...'abcxyz019._-#!"{}$', "\xE9", "\xFC", "\u4E2D", "\u6587", "\u{1F600}", "\u03A9", "\xA0", "\u2028", "\uFEFF", "\x85"],
  escapes: [...COMMON_ESCAPES, "\\\xE9", "\\\u4E2D"],
  asciiUnicodeEscapes: true
};
var EOLS = ["\n", "\n", "\n", "\r\n", "\r\n", "\r"];
var WHITE = [" ", "	", "\f"];
var INTERESTING_UNICODE = ["0020", "000a", "000D", "003d", "003A", "005c", "0023", "0021", "0000", "0009", "000c", "0041", "00a0", "00E9", "d83d", "DE00", "ffff", "4e2D"];
var SEPARATORS = ["=", "=", ":", " ", "	", "\f", " = ", " : ", "	=	", "  ", "==", " =:", "::", "= ", ":=", "", " \\\n = ", "=\\\r\n  ", " \\\r", "\\\n="];
var STEMS = ["a", "k", "nacos.core.auth.enabled", "nacos.core.auth.server.identity.key", "x.y", "key"];
function white(r, max) {
  let s = "";
  for (let i = r.int(max + 1); i > 0; i--) s += r.pick(WHITE);
  return s;
}
function continuation(r) {
  return "\\" + r.pick(EOLS) + white(r, 3);
}
function unicodeEscape2(r, asciiOnly) {
  let hex;
  if (asciiOnly) hex = r.int(128).toString(16).padStart(4, "0");
  else if (r.chance(0.5)) hex = r.pick(INTERESTING_UNICODE);
  else hex = r.int(65536).toString(16).padStart(4, "0");
  return "\\u" + [...hex].map((c) => r.chance(0.5) ? c.toUpperCase() : c).join("");
}
function escapeToken(r, alpha) {
  return r.chance(0.3) ? unicodeEscape2(r, alpha.asciiUnicodeEscapes) : r.pick(alpha.escapes);
}
function genKey(r, alpha) {
  if (r.chance(0.05)) return "";
  if (r.chance(0.04)) return r.pick(["\\ ", "\\t", "\\u0020", "\\ \\ ", "\\u0000"]);
  let key = r.chance(0.5) ? r.pick(STEMS) : "";
  for (let i = r.int(6); i > 0; i--) {
    const x = r.next();
    if (key === "") key += r.pick(alpha.plain.filter((c) => c !== "#" && c !== "!"));
    else if (x < 0.55) key += r.pick(alpha.plain);
    else if (x < 0.85) key += escapeToken(r, alpha);
    else key += continuation(r);
  }
  return key;
}
function genValue(r, alpha) {
  let value = "";
  for (let i = r.int(9); i > 0; i--) {
    const x = r.next();
    if (x < 0.45) value += r.pick(alpha.plain);
    else if (x < 0.55) value += r.pick([...WHITE, "=", ":", "#", "!"]);
    else if (x < 0.85) value += escapeToken(r, alpha);
    else value += continuation(r);
  }
  if (r.chance(0.25)) value += white(r, 3);
  return value;
}
function genComment(r) {
  let body = r.pick([..."abc =:", "\xE9"]);
  for (let i = r.int(10); i > 0; i--) body += r.pick([..."abc =:#!-", "\\", "	", "\xE9"]);
  return white(r, 2) + r.pick(["#", "!"]) + body;
}
function genFile(r, alpha) {
  const lines = [];
  const keys = [];
  for (let i = 1 + r.int(14); i > 0; i--) {
    const x = r.next();
    if (x < 0.1) lines.push(white(r, 3));
    else if (x < 0.25) lines.push(genComment(r));
    else {
      const key = keys.length > 0 && r.chance(0.2) ? r.pick(keys) : genKey(r, alpha);
      keys.push(key);
      let separator = r.pick(SEPARATORS);
      if (key === "" && !/^[=:]/.test(separator)) separator = "=";
      lines.push(white(r, 2) + key + separator + genValue(r, alpha));
    }
  }
  let text = "";
  lines.forEach((line, i) => {
    text += line;
    if (i < lines.length - 1 || r.chance(0.5)) text += r.pick(EOLS);
  });
  if (r.chance(0.05)) text += "\\";
  return text;
}
(0, import_node_test.test)("java.util.Properties oracle", async (t) => {
  const started = performance.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "properties-oracle-"));
  try {
    const oracle = compileOracle(tmp);
    const compiledMs = performance.now() - started;
    if (!oracle) {
      if (process.env.CI === "true") import_strict.default.fail("java oracle missing: no java on PATH");
      t.skip("java not found");
      return;
    }
    const cases = [];
    const add = (name, bytes, file) => {
      const c = { name, bytes, file };
      cases.push(c);
      return c;
    };
    const corpus = findCorpus();
    const corpusCases = corpus ? corpusFiles(corpus).map((f) => add(path.relative(corpus, f), fs.readFileSync(f), f)) : [];
    const random = new Random(20240601);
    const latin1Cases = Array.from({ length: GENERATED_LATIN1 }, (_, i) => {
      const text = genFile(random, LATIN1);
      return { text, c: add(`latin1 #${i}`, Buffer.from(text, "latin1")) };
    });
    const utf8Cases = Array.from({ length: GENERATED_UTF8 }, (_, i) => {
      const text = genFile(random, UTF8);
      return { text, c: add(`utf8 #${i}`, Buffer.from(text, "utf8")) };
    });
    const roundTripPool = [" ", "	", "\n", "\r", "\f", "\\", "=", ":", "#", "!", "a", "u", "0", "\0", "\x7F", "\xE9", "\xA0", "\u4E2D", "\uD83D", "\uDE00", "\uFEFF", "$", "{"];
    const roundTrips = [];
    for (let i = 0; i < 2e3; i++) {
      let s = "";
      for (let j = random.int(12); j > 0; j--) s += random.pick(roundTripPool);
      roundTrips.push(s);
    }
    const roundTripValues = add(
      "escapePropertyValue round trip",
      Buffer.from(roundTrips.map((s, i) => `v${i}=${escapePropertyValue(s)}
`).join(""), "latin1")
    );
    const roundTripKeys = add(
      "escapePropertyKey round trip",
      Buffer.from(roundTrips.map((s, i) => `${escapePropertyKey("k" + s + "k")}=${i}
`).join(""), "latin1")
    );
    const differences = {
      malformed: add("malformed \\u", Buffer.from("a=\\u00zz\n", "latin1")),
      splitUnicode: add("\\u split by a continuation", Buffer.from("a=\\u00\\\n  41\n", "latin1")),
      emptyKey: add("empty key", Buffer.from("=x\n", "latin1")),
      trimmedKey: add("key trimmed", Buffer.from("\\ key\\t=v\n", "latin1")),
      wrappedComment: add("continued empty line before #", Buffer.from("\\\n#a=b\n", "latin1")),
      documents: add("#--- documents", Buffer.from("a=1\n#---\na=2\n", "latin1")),
      utf8: add("UTF-8 bytes", Buffer.from("k=\xE9\n", "utf8")),
      // Added with the hostile-input work (issue 8): a UTF-8 BOM before the first key.
      bom: add("UTF-8 BOM", Buffer.from("\uFEFFnacos.core.auth.enabled=true\nb=2\n", "utf8"))
    };
    const generatedMs = performance.now() - started - compiledMs;
    const files = cases.filter((c) => c.file !== void 0);
    const batched = cases.filter((c) => c.file === void 0);
    const batch = path.join(tmp, "batch");
    fs.writeFileSync(
      batch,
      Buffer.concat(batched.flatMap((c) => [Buffer.from([c.bytes.length >>> 24, c.bytes.length >>> 16, c.bytes.length >>> 8, c.bytes.length].map((b) => b & 255)), c.bytes]))
    );
    const javaStarted = performance.now();
    const results = oracle([...files.map((c) => c.file), `--batch=${batch}`]);
    const javaMs = performance.now() - javaStarted;
    const names = [...files.map((c) => c.file), ...batched.map((_, i) => `${batch}#${i}`)];
    import_strict.default.equal(results.length, names.length);
    [...files, ...batched].forEach((c, i) => {
      import_strict.default.equal(results[i].file, names[i]);
      c.result = results[i];
    });
    t.diagnostic(
      `${cases.length} files; javac ${Math.round(compiledMs)} ms, generate ${Math.round(generatedMs)} ms, java ${Math.round(javaMs)} ms`
    );
    await t.test("every corpus file: same entries as java.util.Properties on its bytes", (t2) => {
      if (!corpus) {
        if (process.env.CI === "true") import_strict.default.fail("corpus missing: set NACOS_AUTH_LINT_CORPUS or copy it to test/fixtures/corpus");
        t2.skip("corpus not found");
        return;
      }
      import_strict.default.ok(corpusCases.length >= 19, `${corpusCases.length} corpus files`);
      for (const c of corpusCases) {
        assertSameAsJava(c.name, parseProperties(c.bytes.toString("latin1")), c.result);
        assertSameAsJava(`${c.name} (UTF-8)`, parseProperties(c.bytes.toString("utf8")), c.result, latin1View);
      }
    });
    await t.test(`${GENERATED_LATIN1} generated ISO-8859-1 files`, (t2) => {
      let ambiguous = 0;
      let entries = 0;
      for (const { text, c } of latin1Cases) {
        const ours = parseProperties(text);
        const where = `${c.name}: ${JSON.stringify(text)}`;
        import_strict.default.deepEqual(ours.problems.filter((p) => p.message.startsWith("Malformed")), [], where);
        ambiguous += assertSameAsJava(where, ours, c.result).ambiguous;
        entries += ours.entries.length;
      }
      t2.diagnostic(`${entries} entries; ${ambiguous} keys compared by order only (distinct Java keys, same trimmed key)`);
      import_strict.default.ok(entries > GENERATED_LATIN1 * 3);
    });
    await t.test(`${GENERATED_UTF8} generated UTF-8 files: Java reads bytes, the editor reads UTF-8`, () => {
      let differing = 0;
      for (const { text, c } of utf8Cases) {
        const where = `${c.name}: ${JSON.stringify(text)}`;
        assertSameAsJava(`${where} (latin1)`, parseProperties(c.bytes.toString("latin1")), c.result);
        const ours = parseProperties(text);
        assertSameAsJava(where, ours, c.result, latin1View);
        if (ours.entries.some((e) => latin1View(e.key + e.value) !== e.key + e.value)) differing++;
      }
      import_strict.default.ok(differing > GENERATED_UTF8 / 4, `only ${differing} files have non-ASCII keys or values`);
    });
    await t.test("escapePropertyValue and escapePropertyKey: java.util.Properties reads back the same strings", () => {
      const values = new Map(roundTripValues.result.map);
      roundTrips.forEach((s, i) => import_strict.default.equal(values.get(`v${i}`), s, JSON.stringify(s)));
      const keys = roundTripKeys.result.puts;
      import_strict.default.equal(keys.length, roundTrips.length);
      roundTrips.forEach((s, i) => import_strict.default.deepEqual(keys[i], ["k" + s + "k", String(i)], JSON.stringify(s)));
    });
    await t.test("documented differences", () => {
      const java = (c) => c.result;
      const ours = (c, encoding = "latin1") => {
        const file = parseProperties(c.bytes.toString(encoding));
        return {
          entries: file.entries.map((e) => [e.key, e.value, e.document]),
          problems: file.problems.map((p) => p.span)
        };
      };
      import_strict.default.equal(java(differences.malformed).error, "IllegalArgumentException: Malformed \\uxxxx encoding.");
      import_strict.default.deepEqual(ours(differences.malformed), { entries: [["a", "u00zz", 0]], problems: [{ start: 2, end: 6 }] });
      import_strict.default.deepEqual(java(differences.splitUnicode).puts, [["a", "A"]]);
      import_strict.default.deepEqual(ours(differences.splitUnicode), { entries: [["a", "u0041", 0]], problems: [{ start: 2, end: 6 }] });
      import_strict.default.deepEqual(java(differences.emptyKey).puts, [["", "x"]]);
      import_strict.default.deepEqual(ours(differences.emptyKey), { entries: [], problems: [] });
      import_strict.default.deepEqual(java(differences.trimmedKey).puts, [[" key	", "v"]]);
      import_strict.default.deepEqual(ours(differences.trimmedKey).entries, [["key", "v", 0]]);
      import_strict.default.deepEqual(java(differences.wrappedComment).puts, []);
      import_strict.default.deepEqual(ours(differences.wrappedComment).entries, [["#a", "b", 0]]);
      import_strict.default.deepEqual(java(differences.documents).map, [["a", "2"]]);
      import_strict.default.deepEqual(ours(differences.documents).entries, [["a", "1", 0], ["a", "2", 1]]);
      import_strict.default.deepEqual(java(differences.utf8).puts, [["k", "\xC3\xA9"]]);
      import_strict.default.deepEqual(ours(differences.utf8, "utf8").entries, [["k", "\xE9", 0]]);
      import_strict.default.deepEqual(ours(differences.utf8, "latin1").entries, [["k", "\xC3\xA9", 0]]);
      import_strict.default.deepEqual(java(differences.bom).puts, [["\xEF\xBB\xBFnacos.core.auth.enabled", "true"], ["b", "2"]]);
      import_strict.default.deepEqual(ours(differences.bom), { entries: [["\xEF\xBB\xBFnacos.core.auth.enabled", "true", 0], ["b", "2", 0]], problems: [{ start: 0, end: 3 }] });
      import_strict.default.deepEqual(ours(differences.bom, "utf8"), { entries: [["\uFEFFnacos.core.auth.enabled", "true", 0], ["b", "2", 0]], problems: [{ start: 0, end: 1 }] });
    });
    t.diagnostic(`oracle test: ${Math.round(performance.now() - started)} ms`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vdGVzdC91bml0L3Byb3BlcnRpZXMtb3JhY2xlLnRlc3QudHMiLCAiLi4vLi4vc2VydmVyL3NyYy9jb3JlL3Byb3BlcnRpZXMvcGFyc2VyLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBEaWZmZXJlbnRpYWwgdGVzdCBvZiB0aGUgcHJvcGVydGllcyBwYXJzZXIgYWdhaW5zdCBqYXZhLnV0aWwuUHJvcGVydGllcyAodGVzdC9vcmFjbGUvUHJvcGVydGllc0R1bXAuamF2YSkuXG4vLyBqYXZhLnV0aWwuUHJvcGVydGllcyByZWFkcyBsaW5lcywgZXNjYXBlcyBhbmQgY29udGludWF0aW9ucyBhcyBOYWNvcydzIGxvYWRlciBkb2VzLCBidXQgZm9yIHR3byBjb3JuZXIgY2FzZXM7XG4vLyBvbiB0b3Agb2YgdGhhdCBTcHJpbmcgdHJpbXMga2V5cywgZHJvcHMgZW1wdHkgb25lcyBhbmQga25vd3MgYCMtLS1gIGRvY3VtZW50cy4gVGhvc2UgZGlmZmVyZW5jZXMsIGFuZCByZWFkaW5nXG4vLyBieXRlcyBhcyBJU08tODg1OS0xLCBhcmUgYXNzZXJ0ZWQgZXhwbGljaXRseSAoXCJkb2N1bWVudGVkIGRpZmZlcmVuY2VzXCIpOyBldmVyeXRoaW5nIGVsc2UgbXVzdCBiZSBpZGVudGljYWwuXG5cbmltcG9ydCB7IHRlc3QgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgc3Bhd25TeW5jIH0gZnJvbSAnbm9kZTpjaGlsZF9wcm9jZXNzJztcbmltcG9ydCAqIGFzIGZzIGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0ICogYXMgb3MgZnJvbSAnbm9kZTpvcyc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBlc2NhcGVQcm9wZXJ0eUtleSwgZXNjYXBlUHJvcGVydHlWYWx1ZSwgcGFyc2VQcm9wZXJ0aWVzLCB0eXBlIFByb3BlcnRpZXNGaWxlIH0gZnJvbSAnLi4vLi4vc2VydmVyL3NyYy9jb3JlL3Byb3BlcnRpZXMvcGFyc2VyJztcblxuaW50ZXJmYWNlIE9yYWNsZVJlc3VsdCB7XG4gIGZpbGU6IHN0cmluZztcbiAgcHV0cz86IFtzdHJpbmcsIHN0cmluZ11bXTtcbiAgbWFwPzogW3N0cmluZywgc3RyaW5nXVtdO1xuICBlcnJvcj86IHN0cmluZztcbn1cblxuY29uc3QgR0VORVJBVEVEX0xBVElOMSA9IDEwXzAwMDtcbmNvbnN0IEdFTkVSQVRFRF9VVEY4ID0gMV8wMDA7XG5cbmZ1bmN0aW9uIGZpbmRVcChyZWxhdGl2ZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgZm9yIChsZXQgZGlyID0gcHJvY2Vzcy5jd2QoKSwgaSA9IDA7IGkgPCA2OyBkaXIgPSBwYXRoLmRpcm5hbWUoZGlyKSwgaSsrKSB7XG4gICAgY29uc3QgcCA9IHBhdGgucmVzb2x2ZShkaXIsIHJlbGF0aXZlKTtcbiAgICBpZiAoZnMuZXhpc3RzU3luYyhwKSkgcmV0dXJuIHA7XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gZmluZENvcnB1cygpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBmb3IgKGNvbnN0IGMgb2YgW3Byb2Nlc3MuZW52Lk5BQ09TX0FVVEhfTElOVF9DT1JQVVMsICd0ZXN0L2ZpeHR1cmVzL2NvcnB1cycsICcuLi9zaGFyZWQvY29ycHVzJ10pIHtcbiAgICBpZiAoIWMpIGNvbnRpbnVlO1xuICAgIGNvbnN0IHAgPSBmaW5kVXAocGF0aC5qb2luKGMsICduYWNvcy1kaXN0cmlidXRpb24tMi4yLjAnLCAnY29uZicsICdhcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJykpO1xuICAgIGlmIChwKSByZXR1cm4gcGF0aC5yZXNvbHZlKHAsICcuLi8uLi8uLicpO1xuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIGNvcnB1c0ZpbGVzKGNvcnB1czogc3RyaW5nKTogc3RyaW5nW10ge1xuICByZXR1cm4gZnNcbiAgICAucmVhZGRpclN5bmMoY29ycHVzKVxuICAgIC5tYXAoKGQpID0+IHBhdGguam9pbihjb3JwdXMsIGQsIGQuc3RhcnRzV2l0aCgnbmFjb3MtZG9ja2VyLScpID8gJ2J1aWxkL2NvbmYnIDogJ2NvbmYnLCAnYXBwbGljYXRpb24ucHJvcGVydGllcycpKVxuICAgIC5maWx0ZXIoKGYpID0+IGZzLmV4aXN0c1N5bmMoZikpXG4gICAgLnNvcnQoKTtcbn1cblxuLyoqIENvbXBpbGVzIHRoZSBvcmFjbGU7IHVuZGVmaW5lZCB3aGVuIG5vIEpESyBpcyBvbiBQQVRILiAqL1xuZnVuY3Rpb24gY29tcGlsZU9yYWNsZSh0bXA6IHN0cmluZyk6ICgoYXJnczogc3RyaW5nW10pID0+IE9yYWNsZVJlc3VsdFtdKSB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHNvdXJjZSA9IGZpbmRVcCgndGVzdC9vcmFjbGUvUHJvcGVydGllc0R1bXAuamF2YScpO1xuICBhc3NlcnQub2soc291cmNlLCAndGVzdC9vcmFjbGUvUHJvcGVydGllc0R1bXAuamF2YSBub3QgZm91bmQgZnJvbSB0aGUgd29ya2luZyBkaXJlY3RvcnknKTtcbiAgaWYgKHNwYXduU3luYygnamF2YScsIFsnLXZlcnNpb24nXSkuc3RhdHVzICE9PSAwKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBjbGFzc2VzID0gcGF0aC5qb2luKHRtcCwgJ2NsYXNzZXMnKTtcbiAgbGV0IGNvbW1hbmQ6IHN0cmluZ1tdO1xuICBjb25zdCBqYXZhYyA9IHNwYXduU3luYygnamF2YWMnLCBbJy1lbmNvZGluZycsICdVVEYtOCcsICctZCcsIGNsYXNzZXMsIHNvdXJjZV0sIHsgZW5jb2Rpbmc6ICd1dGY4JyB9KTtcbiAgaWYgKGphdmFjLnN0YXR1cyA9PT0gMCkgY29tbWFuZCA9IFsnLWNwJywgY2xhc3NlcywgJ1Byb3BlcnRpZXNEdW1wJ107XG4gIGVsc2UgaWYgKGphdmFjLmVycm9yKSBjb21tYW5kID0gW3NvdXJjZV07IC8vIGEgSkRLIHdpdGhvdXQgamF2YWMgb24gUEFUSDogc2luZ2xlLWZpbGUgc291cmNlIG1vZGVcbiAgZWxzZSB0aHJvdyBuZXcgRXJyb3IoYGphdmFjIGZhaWxlZDogJHtqYXZhYy5zdGRlcnJ9YCk7XG4gIHJldHVybiAoYXJncykgPT4ge1xuICAgIGNvbnN0IHJ1biA9IHNwYXduU3luYygnamF2YScsIFsuLi5jb21tYW5kLCAuLi5hcmdzXSwgeyBlbmNvZGluZzogJ3V0ZjgnLCBtYXhCdWZmZXI6IDEgPDwgMzAgfSk7XG4gICAgaWYgKHJ1bi5zdGF0dXMgIT09IDApIHRocm93IG5ldyBFcnJvcihgb3JhY2xlIGZhaWxlZCAoJHtydW4uc3RhdHVzfSk6ICR7cnVuLnN0ZGVycn1gKTtcbiAgICByZXR1cm4gcnVuLnN0ZG91dFxuICAgICAgLnNwbGl0KCdcXG4nKVxuICAgICAgLmZpbHRlcigobCkgPT4gbCAhPT0gJycpXG4gICAgICAubWFwKChsKSA9PiBKU09OLnBhcnNlKGwpIGFzIE9yYWNsZVJlc3VsdCk7XG4gIH07XG59XG5cbi8qKiBKYXZhJ3MgU3RyaW5nLnRyaW0oKSwgd2hpY2ggU3ByaW5nIGFwcGxpZXMgdG8ga2V5cy4gKi9cbmZ1bmN0aW9uIGphdmFUcmltKHM6IHN0cmluZyk6IHN0cmluZyB7XG4gIGxldCBhID0gMDtcbiAgbGV0IGIgPSBzLmxlbmd0aDtcbiAgd2hpbGUgKGEgPCBiICYmIHMuY2hhckNvZGVBdChhKSA8PSAweDIwKSBhKys7XG4gIHdoaWxlIChiID4gYSAmJiBzLmNoYXJDb2RlQXQoYiAtIDEpIDw9IDB4MjApIGItLTtcbiAgcmV0dXJuIHMuc2xpY2UoYSwgYik7XG59XG5cbmNvbnN0IGxhdGluMVZpZXcgPSAoczogc3RyaW5nKSA9PiBCdWZmZXIuZnJvbShzLCAndXRmOCcpLnRvU3RyaW5nKCdsYXRpbjEnKTtcbmNvbnN0IGlkZW50aXR5ID0gKHM6IHN0cmluZykgPT4gcztcblxuLyoqXG4gKiBPdXIgZW50cmllcyBtdXN0IGJlIGphdmEncyBwdXQoKSBjYWxscyB3aXRoIGtleXMgdHJpbW1lZCBhbmQgZW1wdHkga2V5cyBkcm9wcGVkIChTcHJpbmcpLCBhbmQgdGhlIGxhc3QgdmFsdWUgcGVyXG4gKiBrZXkgbXVzdCBiZSBKYXZhJ3MgbWFwLiBgdmlld2AgbWFwcyBvdXIgc3RyaW5ncyBiZWZvcmUgY29tcGFyaW5nIChpZGVudGl0eSwgb3IgdGhlIFVURi04LXJlYWQtYXMtTGF0aW4tMSB2aWV3KS5cbiAqL1xuZnVuY3Rpb24gYXNzZXJ0U2FtZUFzSmF2YSh3aGVyZTogc3RyaW5nLCBvdXJzOiBQcm9wZXJ0aWVzRmlsZSwgamF2YTogT3JhY2xlUmVzdWx0LCB2aWV3OiAoczogc3RyaW5nKSA9PiBzdHJpbmcgPSBpZGVudGl0eSk6IHsgYW1iaWd1b3VzOiBudW1iZXIgfSB7XG4gIGFzc2VydC5lcXVhbChqYXZhLmVycm9yLCB1bmRlZmluZWQsIGAke3doZXJlfTogamF2YS51dGlsLlByb3BlcnRpZXMgZmFpbGVkOiAke2phdmEuZXJyb3J9YCk7XG4gIGNvbnN0IGV4cGVjdGVkID0gamF2YS5wdXRzIS5tYXAoKFtrLCB2XSkgPT4gW2phdmFUcmltKGspLCB2XSkuZmlsdGVyKChba10pID0+IGsgIT09ICcnKTtcbiAgY29uc3QgYWN0dWFsID0gb3Vycy5lbnRyaWVzLm1hcCgoZSkgPT4gW3ZpZXcoZS5rZXkpLCB2aWV3KGUudmFsdWUpXSk7XG4gIGFzc2VydC5kZWVwRXF1YWwoYWN0dWFsLCBleHBlY3RlZCwgd2hlcmUpO1xuXG4gIGNvbnN0IGphdmFNYXAgPSBuZXcgTWFwPHN0cmluZywgc3RyaW5nPigpO1xuICBjb25zdCBhbWJpZ3VvdXMgPSBuZXcgU2V0PHN0cmluZz4oKTsgLy8gZGlzdGluY3QgSmF2YSBrZXlzIHRoYXQgdHJpbSB0byB0aGUgc2FtZSBTcHJpbmcga2V5OiBubyBvcmRlciBpbiB0aGUgbWFwXG4gIGZvciAoY29uc3QgW2ssIHZdIG9mIGphdmEubWFwISkge1xuICAgIGNvbnN0IGtleSA9IGphdmFUcmltKGspO1xuICAgIGlmIChrZXkgPT09ICcnKSBjb250aW51ZTtcbiAgICBpZiAoamF2YU1hcC5oYXMoa2V5KSkgYW1iaWd1b3VzLmFkZChrZXkpO1xuICAgIGphdmFNYXAuc2V0KGtleSwgdik7XG4gIH1cbiAgY29uc3Qgb3VyTWFwID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZz4oKTtcbiAgZm9yIChjb25zdCBlIG9mIG91cnMuZW50cmllcykgb3VyTWFwLnNldCh2aWV3KGUua2V5KSwgdmlldyhlLnZhbHVlKSk7XG4gIGFzc2VydC5kZWVwRXF1YWwoWy4uLm91ck1hcC5rZXlzKCldLnNvcnQoKSwgWy4uLmphdmFNYXAua2V5cygpXS5zb3J0KCksIGAke3doZXJlfToga2V5IHNldHNgKTtcbiAgZm9yIChjb25zdCBbaywgdl0gb2Ygb3VyTWFwKSBpZiAoIWFtYmlndW91cy5oYXMoaykpIGFzc2VydC5lcXVhbCh2LCBqYXZhTWFwLmdldChrKSwgYCR7d2hlcmV9OiBsYXN0IHZhbHVlIG9mICR7SlNPTi5zdHJpbmdpZnkoayl9YCk7XG4gIHJldHVybiB7IGFtYmlndW91czogYW1iaWd1b3VzLnNpemUgfTtcbn1cblxuY2xhc3MgUmFuZG9tIHtcbiAgcHJpdmF0ZSBzOiBudW1iZXI7XG4gIGNvbnN0cnVjdG9yKHNlZWQ6IG51bWJlcikge1xuICAgIHRoaXMucyA9IHNlZWQ7XG4gIH1cbiAgbmV4dCgpOiBudW1iZXIge1xuICAgIC8vIG11bGJlcnJ5MzJcbiAgICB0aGlzLnMgPSAodGhpcy5zICsgMHg2ZDJiNzlmNSkgfCAwO1xuICAgIGxldCB0ID0gTWF0aC5pbXVsKHRoaXMucyBeICh0aGlzLnMgPj4+IDE1KSwgMSB8IHRoaXMucyk7XG4gICAgdCA9ICh0ICsgTWF0aC5pbXVsKHQgXiAodCA+Pj4gNyksIDYxIHwgdCkpIF4gdDtcbiAgICByZXR1cm4gKCh0IF4gKHQgPj4+IDE0KSkgPj4+IDApIC8gNDI5NDk2NzI5NjtcbiAgfVxuICBpbnQobjogbnVtYmVyKTogbnVtYmVyIHtcbiAgICByZXR1cm4gTWF0aC5mbG9vcih0aGlzLm5leHQoKSAqIG4pO1xuICB9XG4gIGNoYW5jZShwOiBudW1iZXIpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy5uZXh0KCkgPCBwO1xuICB9XG4gIHBpY2s8VD4oaXRlbXM6IHJlYWRvbmx5IFRbXSk6IFQge1xuICAgIHJldHVybiBpdGVtc1t0aGlzLmludChpdGVtcy5sZW5ndGgpXTtcbiAgfVxufVxuXG5pbnRlcmZhY2UgQWxwaGFiZXQge1xuICBwbGFpbjogcmVhZG9ubHkgc3RyaW5nW107XG4gIGVzY2FwZXM6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKiogT25seSBcXHVYWFhYIGVzY2FwZXMgb2YgQVNDSUkgY2hhcnMgKHRoZSBVVEYtOCBjb21wYXJpc29uIG1hcHMgb3VyIHN0cmluZ3MgdGhyb3VnaCBVVEYtOCBieXRlcykuICovXG4gIGFzY2lpVW5pY29kZUVzY2FwZXM6IGJvb2xlYW47XG59XG5cbmNvbnN0IENPTU1PTl9FU0NBUEVTID0gWydcXFxcPScsICdcXFxcOicsICdcXFxcICcsICdcXFxcdCcsICdcXFxcbicsICdcXFxccicsICdcXFxcZicsICdcXFxcXFxcXCcsICdcXFxcIycsICdcXFxcIScsICdcXFxccScsICdcXFxcXCInLCAnXFxcXFxcdCcsICdcXFxcXFxmJywgJ1xcXFwkJ107XG5jb25zdCBMQVRJTjE6IEFscGhhYmV0ID0ge1xuICBwbGFpbjogWy4uLidhYmN4eXpBQlhaMDE4OS5fLS8kXCJcXCd7fVtdKClAJSYqKyw7Pzw+fH5gXiMhJywgJ1xcdTAwZTknLCAnXFx1MDBmZicsICdcXHUwMGEwJywgJ1xcdTAwODUnLCAnXFx1MDBjMycsICdcXHUwMDdmJywgJ1xcdTAwMDEnLCAnXFx1MDAwYicsICdcXHUwMDAwJywgJ1xcdTAwMWInXSxcbiAgZXNjYXBlczogWy4uLkNPTU1PTl9FU0NBUEVTLCAnXFxcXFxcdTAwZTknLCAnXFxcXFxcdTAwYTAnXSxcbiAgYXNjaWlVbmljb2RlRXNjYXBlczogZmFsc2UsXG59O1xuY29uc3QgVVRGODogQWxwaGFiZXQgPSB7XG4gIHBsYWluOiBbLi4uJ2FiY3h5ejAxOS5fLSMhXCJ7fSQnLCAnXHUwMEU5JywgJ1x1MDBGQycsICdcdTRFMkQnLCAnXHU2NTg3JywgJ1x1RDgzRFx1REUwMCcsICdcdTAzQTknLCAnXFx1MDBhMCcsICdcXHUyMDI4JywgJ1xcdWZlZmYnLCAnXFx1MDA4NSddLFxuICBlc2NhcGVzOiBbLi4uQ09NTU9OX0VTQ0FQRVMsICdcXFxcXHUwMEU5JywgJ1xcXFxcdTRFMkQnXSxcbiAgYXNjaWlVbmljb2RlRXNjYXBlczogdHJ1ZSxcbn07XG5jb25zdCBFT0xTID0gWydcXG4nLCAnXFxuJywgJ1xcbicsICdcXHJcXG4nLCAnXFxyXFxuJywgJ1xcciddO1xuY29uc3QgV0hJVEUgPSBbJyAnLCAnXFx0JywgJ1xcZiddO1xuY29uc3QgSU5URVJFU1RJTkdfVU5JQ09ERSA9IFsnMDAyMCcsICcwMDBhJywgJzAwMEQnLCAnMDAzZCcsICcwMDNBJywgJzAwNWMnLCAnMDAyMycsICcwMDIxJywgJzAwMDAnLCAnMDAwOScsICcwMDBjJywgJzAwNDEnLCAnMDBhMCcsICcwMEU5JywgJ2Q4M2QnLCAnREUwMCcsICdmZmZmJywgJzRlMkQnXTtcbmNvbnN0IFNFUEFSQVRPUlMgPSBbJz0nLCAnPScsICc6JywgJyAnLCAnXFx0JywgJ1xcZicsICcgPSAnLCAnIDogJywgJ1xcdD1cXHQnLCAnICAnLCAnPT0nLCAnID06JywgJzo6JywgJz0gJywgJzo9JywgJycsICcgXFxcXFxcbiA9ICcsICc9XFxcXFxcclxcbiAgJywgJyBcXFxcXFxyJywgJ1xcXFxcXG49J107XG5jb25zdCBTVEVNUyA9IFsnYScsICdrJywgJ25hY29zLmNvcmUuYXV0aC5lbmFibGVkJywgJ25hY29zLmNvcmUuYXV0aC5zZXJ2ZXIuaWRlbnRpdHkua2V5JywgJ3gueScsICdrZXknXTtcblxuZnVuY3Rpb24gd2hpdGUocjogUmFuZG9tLCBtYXg6IG51bWJlcik6IHN0cmluZyB7XG4gIGxldCBzID0gJyc7XG4gIGZvciAobGV0IGkgPSByLmludChtYXggKyAxKTsgaSA+IDA7IGktLSkgcyArPSByLnBpY2soV0hJVEUpO1xuICByZXR1cm4gcztcbn1cblxuZnVuY3Rpb24gY29udGludWF0aW9uKHI6IFJhbmRvbSk6IHN0cmluZyB7XG4gIHJldHVybiAnXFxcXCcgKyByLnBpY2soRU9MUykgKyB3aGl0ZShyLCAzKTtcbn1cblxuZnVuY3Rpb24gdW5pY29kZUVzY2FwZShyOiBSYW5kb20sIGFzY2lpT25seTogYm9vbGVhbik6IHN0cmluZyB7XG4gIGxldCBoZXg6IHN0cmluZztcbiAgaWYgKGFzY2lpT25seSkgaGV4ID0gci5pbnQoMHg4MCkudG9TdHJpbmcoMTYpLnBhZFN0YXJ0KDQsICcwJyk7XG4gIGVsc2UgaWYgKHIuY2hhbmNlKDAuNSkpIGhleCA9IHIucGljayhJTlRFUkVTVElOR19VTklDT0RFKTtcbiAgZWxzZSBoZXggPSByLmludCgweDEwMDAwKS50b1N0cmluZygxNikucGFkU3RhcnQoNCwgJzAnKTtcbiAgcmV0dXJuICdcXFxcdScgKyBbLi4uaGV4XS5tYXAoKGMpID0+IChyLmNoYW5jZSgwLjUpID8gYy50b1VwcGVyQ2FzZSgpIDogYykpLmpvaW4oJycpO1xufVxuXG5mdW5jdGlvbiBlc2NhcGVUb2tlbihyOiBSYW5kb20sIGFscGhhOiBBbHBoYWJldCk6IHN0cmluZyB7XG4gIHJldHVybiByLmNoYW5jZSgwLjMpID8gdW5pY29kZUVzY2FwZShyLCBhbHBoYS5hc2NpaVVuaWNvZGVFc2NhcGVzKSA6IHIucGljayhhbHBoYS5lc2NhcGVzKTtcbn1cblxuZnVuY3Rpb24gZ2VuS2V5KHI6IFJhbmRvbSwgYWxwaGE6IEFscGhhYmV0KTogc3RyaW5nIHtcbiAgaWYgKHIuY2hhbmNlKDAuMDUpKSByZXR1cm4gJyc7XG4gIGlmIChyLmNoYW5jZSgwLjA0KSkgcmV0dXJuIHIucGljayhbJ1xcXFwgJywgJ1xcXFx0JywgJ1xcXFx1MDAyMCcsICdcXFxcIFxcXFwgJywgJ1xcXFx1MDAwMCddKTsgLy8gZW1wdHkgb25jZSBTcHJpbmcgdHJpbXMgaXRcbiAgbGV0IGtleSA9IHIuY2hhbmNlKDAuNSkgPyByLnBpY2soU1RFTVMpIDogJyc7XG4gIGZvciAobGV0IGkgPSByLmludCg2KTsgaSA+IDA7IGktLSkge1xuICAgIGNvbnN0IHggPSByLm5leHQoKTtcbiAgICAvLyBOZXZlciBhIGNvbnRpbnVhdGlvbiBvciBhIGNvbW1lbnQgY2hhciBmaXJzdDogYSBsaW5lIHRoYXQgc3RhcnRzIHdpdGggYSBjb250aW51YXRpb24gbWFrZXNcbiAgICAvLyBqYXZhLnV0aWwuUHJvcGVydGllcyB0YWtlIGEgZm9sbG93aW5nICcjJyBsaW5lIGZvciBhIGNvbW1lbnQsIE5hY29zJ3MgbG9hZGVyIGRvZXMgbm90IChhc3NlcnRlZCBpbiB0aGVcbiAgICAvLyBkaWZmZXJlbmNlcyBiZWxvdyk7IGFuZCBhIGtleSBzdGFydGluZyB3aXRoICcjJyB3b3VsZCBtYWtlIGEgY29tbWVudCBsaW5lIGhpZGluZyB0aGF0IGNvbnRpbnVhdGlvbi5cbiAgICBpZiAoa2V5ID09PSAnJykga2V5ICs9IHIucGljayhhbHBoYS5wbGFpbi5maWx0ZXIoKGMpID0+IGMgIT09ICcjJyAmJiBjICE9PSAnIScpKTtcbiAgICBlbHNlIGlmICh4IDwgMC41NSkga2V5ICs9IHIucGljayhhbHBoYS5wbGFpbik7XG4gICAgZWxzZSBpZiAoeCA8IDAuODUpIGtleSArPSBlc2NhcGVUb2tlbihyLCBhbHBoYSk7XG4gICAgZWxzZSBrZXkgKz0gY29udGludWF0aW9uKHIpO1xuICB9XG4gIHJldHVybiBrZXk7XG59XG5cbmZ1bmN0aW9uIGdlblZhbHVlKHI6IFJhbmRvbSwgYWxwaGE6IEFscGhhYmV0KTogc3RyaW5nIHtcbiAgbGV0IHZhbHVlID0gJyc7XG4gIGZvciAobGV0IGkgPSByLmludCg5KTsgaSA+IDA7IGktLSkge1xuICAgIGNvbnN0IHggPSByLm5leHQoKTtcbiAgICBpZiAoeCA8IDAuNDUpIHZhbHVlICs9IHIucGljayhhbHBoYS5wbGFpbik7XG4gICAgZWxzZSBpZiAoeCA8IDAuNTUpIHZhbHVlICs9IHIucGljayhbLi4uV0hJVEUsICc9JywgJzonLCAnIycsICchJ10pO1xuICAgIGVsc2UgaWYgKHggPCAwLjg1KSB2YWx1ZSArPSBlc2NhcGVUb2tlbihyLCBhbHBoYSk7XG4gICAgZWxzZSB2YWx1ZSArPSBjb250aW51YXRpb24ocik7XG4gIH1cbiAgaWYgKHIuY2hhbmNlKDAuMjUpKSB2YWx1ZSArPSB3aGl0ZShyLCAzKTsgLy8gdHJhaWxpbmcgd2hpdGUgc3BhY2UsIGtlcHRcbiAgcmV0dXJuIHZhbHVlO1xufVxuXG5mdW5jdGlvbiBnZW5Db21tZW50KHI6IFJhbmRvbSk6IHN0cmluZyB7XG4gIGxldCBib2R5ID0gci5waWNrKFsuLi4nYWJjID06JywgJ1xcdTAwZTknXSk7IC8vIG5ldmVyICctLS0nOiBqYXZhLnV0aWwuUHJvcGVydGllcyBrbm93cyBubyBkb2N1bWVudHNcbiAgZm9yIChsZXQgaSA9IHIuaW50KDEwKTsgaSA+IDA7IGktLSkgYm9keSArPSByLnBpY2soWy4uLidhYmMgPTojIS0nLCAnXFxcXCcsICdcXHQnLCAnXFx1MDBlOSddKTtcbiAgcmV0dXJuIHdoaXRlKHIsIDIpICsgci5waWNrKFsnIycsICchJ10pICsgYm9keTtcbn1cblxuZnVuY3Rpb24gZ2VuRmlsZShyOiBSYW5kb20sIGFscGhhOiBBbHBoYWJldCk6IHN0cmluZyB7XG4gIGNvbnN0IGxpbmVzOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCBrZXlzOiBzdHJpbmdbXSA9IFtdO1xuICBmb3IgKGxldCBpID0gMSArIHIuaW50KDE0KTsgaSA+IDA7IGktLSkge1xuICAgIGNvbnN0IHggPSByLm5leHQoKTtcbiAgICBpZiAoeCA8IDAuMSkgbGluZXMucHVzaCh3aGl0ZShyLCAzKSk7XG4gICAgZWxzZSBpZiAoeCA8IDAuMjUpIGxpbmVzLnB1c2goZ2VuQ29tbWVudChyKSk7XG4gICAgZWxzZSB7XG4gICAgICBjb25zdCBrZXkgPSBrZXlzLmxlbmd0aCA+IDAgJiYgci5jaGFuY2UoMC4yKSA/IHIucGljayhrZXlzKSA6IGdlbktleShyLCBhbHBoYSk7XG4gICAgICBrZXlzLnB1c2goa2V5KTtcbiAgICAgIGxldCBzZXBhcmF0b3IgPSByLnBpY2soU0VQQVJBVE9SUyk7XG4gICAgICBpZiAoa2V5ID09PSAnJyAmJiAhL15bPTpdLy50ZXN0KHNlcGFyYXRvcikpIHNlcGFyYXRvciA9ICc9JztcbiAgICAgIGxpbmVzLnB1c2god2hpdGUociwgMikgKyBrZXkgKyBzZXBhcmF0b3IgKyBnZW5WYWx1ZShyLCBhbHBoYSkpO1xuICAgIH1cbiAgfVxuICBsZXQgdGV4dCA9ICcnO1xuICBsaW5lcy5mb3JFYWNoKChsaW5lLCBpKSA9PiB7XG4gICAgdGV4dCArPSBsaW5lO1xuICAgIGlmIChpIDwgbGluZXMubGVuZ3RoIC0gMSB8fCByLmNoYW5jZSgwLjUpKSB0ZXh0ICs9IHIucGljayhFT0xTKTtcbiAgfSk7XG4gIGlmIChyLmNoYW5jZSgwLjA1KSkgdGV4dCArPSAnXFxcXCc7IC8vIGEgYmFja3NsYXNoIGF0IHRoZSB2ZXJ5IGVuZFxuICByZXR1cm4gdGV4dDtcbn1cblxuaW50ZXJmYWNlIENhc2Uge1xuICBuYW1lOiBzdHJpbmc7XG4gIGJ5dGVzOiBCdWZmZXI7XG4gIC8qKiBBIHJlYWwgZmlsZSB0aGUgb3JhY2xlIHJlYWRzOyBvdGhlcndpc2UgYGJ5dGVzYCBnbyBpbnRvIHRoZSBvcmFjbGUncyBiYXRjaCBmaWxlLiAqL1xuICBmaWxlPzogc3RyaW5nO1xuICByZXN1bHQ/OiBPcmFjbGVSZXN1bHQ7XG59XG5cbnRlc3QoJ2phdmEudXRpbC5Qcm9wZXJ0aWVzIG9yYWNsZScsIGFzeW5jICh0KSA9PiB7XG4gIGNvbnN0IHN0YXJ0ZWQgPSBwZXJmb3JtYW5jZS5ub3coKTtcbiAgY29uc3QgdG1wID0gZnMubWtkdGVtcFN5bmMocGF0aC5qb2luKG9zLnRtcGRpcigpLCAncHJvcGVydGllcy1vcmFjbGUtJykpO1xuICB0cnkge1xuICAgIGNvbnN0IG9yYWNsZSA9IGNvbXBpbGVPcmFjbGUodG1wKTtcbiAgICBjb25zdCBjb21waWxlZE1zID0gcGVyZm9ybWFuY2Uubm93KCkgLSBzdGFydGVkO1xuICAgIGlmICghb3JhY2xlKSB7XG4gICAgICBpZiAocHJvY2Vzcy5lbnYuQ0kgPT09ICd0cnVlJykgYXNzZXJ0LmZhaWwoJ2phdmEgb3JhY2xlIG1pc3Npbmc6IG5vIGphdmEgb24gUEFUSCcpO1xuICAgICAgdC5za2lwKCdqYXZhIG5vdCBmb3VuZCcpO1xuICAgICAgcmV0dXJuO1xuICAgIH1cblxuICAgIGNvbnN0IGNhc2VzOiBDYXNlW10gPSBbXTtcbiAgICBjb25zdCBhZGQgPSAobmFtZTogc3RyaW5nLCBieXRlczogQnVmZmVyLCBmaWxlPzogc3RyaW5nKTogQ2FzZSA9PiB7XG4gICAgICBjb25zdCBjOiBDYXNlID0geyBuYW1lLCBieXRlcywgZmlsZSB9O1xuICAgICAgY2FzZXMucHVzaChjKTtcbiAgICAgIHJldHVybiBjO1xuICAgIH07XG4gICAgY29uc3QgY29ycHVzID0gZmluZENvcnB1cygpO1xuICAgIGNvbnN0IGNvcnB1c0Nhc2VzID0gY29ycHVzID8gY29ycHVzRmlsZXMoY29ycHVzKS5tYXAoKGYpID0+IGFkZChwYXRoLnJlbGF0aXZlKGNvcnB1cywgZiksIGZzLnJlYWRGaWxlU3luYyhmKSwgZikpIDogW107XG4gICAgY29uc3QgcmFuZG9tID0gbmV3IFJhbmRvbSgyMDI0MDYwMSk7XG4gICAgY29uc3QgbGF0aW4xQ2FzZXMgPSBBcnJheS5mcm9tKHsgbGVuZ3RoOiBHRU5FUkFURURfTEFUSU4xIH0sIChfLCBpKSA9PiB7XG4gICAgICBjb25zdCB0ZXh0ID0gZ2VuRmlsZShyYW5kb20sIExBVElOMSk7XG4gICAgICByZXR1cm4geyB0ZXh0LCBjOiBhZGQoYGxhdGluMSAjJHtpfWAsIEJ1ZmZlci5mcm9tKHRleHQsICdsYXRpbjEnKSkgfTtcbiAgICB9KTtcbiAgICBjb25zdCB1dGY4Q2FzZXMgPSBBcnJheS5mcm9tKHsgbGVuZ3RoOiBHRU5FUkFURURfVVRGOCB9LCAoXywgaSkgPT4ge1xuICAgICAgY29uc3QgdGV4dCA9IGdlbkZpbGUocmFuZG9tLCBVVEY4KTtcbiAgICAgIHJldHVybiB7IHRleHQsIGM6IGFkZChgdXRmOCAjJHtpfWAsIEJ1ZmZlci5mcm9tKHRleHQsICd1dGY4JykpIH07XG4gICAgfSk7XG5cbiAgICBjb25zdCByb3VuZFRyaXBQb29sID0gWycgJywgJ1xcdCcsICdcXG4nLCAnXFxyJywgJ1xcZicsICdcXFxcJywgJz0nLCAnOicsICcjJywgJyEnLCAnYScsICd1JywgJzAnLCAnXFwwJywgJ1xceDdmJywgJ1xcdTAwZTknLCAnXFx1MDBhMCcsICdcXHU0ZTJkJywgJ1xcdWQ4M2QnLCAnXFx1ZGUwMCcsICdcXHVmZWZmJywgJyQnLCAneyddO1xuICAgIGNvbnN0IHJvdW5kVHJpcHM6IHN0cmluZ1tdID0gW107XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCAyMDAwOyBpKyspIHtcbiAgICAgIGxldCBzID0gJyc7XG4gICAgICBmb3IgKGxldCBqID0gcmFuZG9tLmludCgxMik7IGogPiAwOyBqLS0pIHMgKz0gcmFuZG9tLnBpY2socm91bmRUcmlwUG9vbCk7XG4gICAgICByb3VuZFRyaXBzLnB1c2gocyk7XG4gICAgfVxuICAgIGNvbnN0IHJvdW5kVHJpcFZhbHVlcyA9IGFkZChcbiAgICAgICdlc2NhcGVQcm9wZXJ0eVZhbHVlIHJvdW5kIHRyaXAnLFxuICAgICAgQnVmZmVyLmZyb20ocm91bmRUcmlwcy5tYXAoKHMsIGkpID0+IGB2JHtpfT0ke2VzY2FwZVByb3BlcnR5VmFsdWUocyl9XFxuYCkuam9pbignJyksICdsYXRpbjEnKSxcbiAgICApO1xuICAgIGNvbnN0IHJvdW5kVHJpcEtleXMgPSBhZGQoXG4gICAgICAnZXNjYXBlUHJvcGVydHlLZXkgcm91bmQgdHJpcCcsXG4gICAgICBCdWZmZXIuZnJvbShyb3VuZFRyaXBzLm1hcCgocywgaSkgPT4gYCR7ZXNjYXBlUHJvcGVydHlLZXkoJ2snICsgcyArICdrJyl9PSR7aX1cXG5gKS5qb2luKCcnKSwgJ2xhdGluMScpLFxuICAgICk7XG5cbiAgICBjb25zdCBkaWZmZXJlbmNlcyA9IHtcbiAgICAgIG1hbGZvcm1lZDogYWRkKCdtYWxmb3JtZWQgXFxcXHUnLCBCdWZmZXIuZnJvbSgnYT1cXFxcdTAwenpcXG4nLCAnbGF0aW4xJykpLFxuICAgICAgc3BsaXRVbmljb2RlOiBhZGQoJ1xcXFx1IHNwbGl0IGJ5IGEgY29udGludWF0aW9uJywgQnVmZmVyLmZyb20oJ2E9XFxcXHUwMFxcXFxcXG4gIDQxXFxuJywgJ2xhdGluMScpKSxcbiAgICAgIGVtcHR5S2V5OiBhZGQoJ2VtcHR5IGtleScsIEJ1ZmZlci5mcm9tKCc9eFxcbicsICdsYXRpbjEnKSksXG4gICAgICB0cmltbWVkS2V5OiBhZGQoJ2tleSB0cmltbWVkJywgQnVmZmVyLmZyb20oJ1xcXFwga2V5XFxcXHQ9dlxcbicsICdsYXRpbjEnKSksXG4gICAgICB3cmFwcGVkQ29tbWVudDogYWRkKCdjb250aW51ZWQgZW1wdHkgbGluZSBiZWZvcmUgIycsIEJ1ZmZlci5mcm9tKCdcXFxcXFxuI2E9YlxcbicsICdsYXRpbjEnKSksXG4gICAgICBkb2N1bWVudHM6IGFkZCgnIy0tLSBkb2N1bWVudHMnLCBCdWZmZXIuZnJvbSgnYT0xXFxuIy0tLVxcbmE9MlxcbicsICdsYXRpbjEnKSksXG4gICAgICB1dGY4OiBhZGQoJ1VURi04IGJ5dGVzJywgQnVmZmVyLmZyb20oJ2s9XFx1MDBlOVxcbicsICd1dGY4JykpLFxuICAgICAgLy8gQWRkZWQgd2l0aCB0aGUgaG9zdGlsZS1pbnB1dCB3b3JrIChpc3N1ZSA4KTogYSBVVEYtOCBCT00gYmVmb3JlIHRoZSBmaXJzdCBrZXkuXG4gICAgICBib206IGFkZCgnVVRGLTggQk9NJywgQnVmZmVyLmZyb20oJ1xcdWZlZmZuYWNvcy5jb3JlLmF1dGguZW5hYmxlZD10cnVlXFxuYj0yXFxuJywgJ3V0ZjgnKSksXG4gICAgfTtcblxuICAgIGNvbnN0IGdlbmVyYXRlZE1zID0gcGVyZm9ybWFuY2Uubm93KCkgLSBzdGFydGVkIC0gY29tcGlsZWRNcztcbiAgICBjb25zdCBmaWxlcyA9IGNhc2VzLmZpbHRlcigoYykgPT4gYy5maWxlICE9PSB1bmRlZmluZWQpO1xuICAgIGNvbnN0IGJhdGNoZWQgPSBjYXNlcy5maWx0ZXIoKGMpID0+IGMuZmlsZSA9PT0gdW5kZWZpbmVkKTtcbiAgICBjb25zdCBiYXRjaCA9IHBhdGguam9pbih0bXAsICdiYXRjaCcpO1xuICAgIGZzLndyaXRlRmlsZVN5bmMoXG4gICAgICBiYXRjaCxcbiAgICAgIEJ1ZmZlci5jb25jYXQoYmF0Y2hlZC5mbGF0TWFwKChjKSA9PiBbQnVmZmVyLmZyb20oW2MuYnl0ZXMubGVuZ3RoID4+PiAyNCwgYy5ieXRlcy5sZW5ndGggPj4+IDE2LCBjLmJ5dGVzLmxlbmd0aCA+Pj4gOCwgYy5ieXRlcy5sZW5ndGhdLm1hcCgoYikgPT4gYiAmIDB4ZmYpKSwgYy5ieXRlc10pKSxcbiAgICApO1xuICAgIGNvbnN0IGphdmFTdGFydGVkID0gcGVyZm9ybWFuY2Uubm93KCk7XG4gICAgY29uc3QgcmVzdWx0cyA9IG9yYWNsZShbLi4uZmlsZXMubWFwKChjKSA9PiBjLmZpbGUhKSwgYC0tYmF0Y2g9JHtiYXRjaH1gXSk7XG4gICAgY29uc3QgamF2YU1zID0gcGVyZm9ybWFuY2Uubm93KCkgLSBqYXZhU3RhcnRlZDtcbiAgICBjb25zdCBuYW1lcyA9IFsuLi5maWxlcy5tYXAoKGMpID0+IGMuZmlsZSEpLCAuLi5iYXRjaGVkLm1hcCgoXywgaSkgPT4gYCR7YmF0Y2h9IyR7aX1gKV07XG4gICAgYXNzZXJ0LmVxdWFsKHJlc3VsdHMubGVuZ3RoLCBuYW1lcy5sZW5ndGgpO1xuICAgIFsuLi5maWxlcywgLi4uYmF0Y2hlZF0uZm9yRWFjaCgoYywgaSkgPT4ge1xuICAgICAgYXNzZXJ0LmVxdWFsKHJlc3VsdHNbaV0uZmlsZSwgbmFtZXNbaV0pO1xuICAgICAgYy5yZXN1bHQgPSByZXN1bHRzW2ldO1xuICAgIH0pO1xuICAgIHQuZGlhZ25vc3RpYyhcbiAgICAgIGAke2Nhc2VzLmxlbmd0aH0gZmlsZXM7IGphdmFjICR7TWF0aC5yb3VuZChjb21waWxlZE1zKX0gbXMsIGdlbmVyYXRlICR7TWF0aC5yb3VuZChnZW5lcmF0ZWRNcyl9IG1zLCBgICtcbiAgICAgICAgYGphdmEgJHtNYXRoLnJvdW5kKGphdmFNcyl9IG1zYCxcbiAgICApO1xuXG4gICAgYXdhaXQgdC50ZXN0KCdldmVyeSBjb3JwdXMgZmlsZTogc2FtZSBlbnRyaWVzIGFzIGphdmEudXRpbC5Qcm9wZXJ0aWVzIG9uIGl0cyBieXRlcycsICh0KSA9PiB7XG4gICAgICBpZiAoIWNvcnB1cykge1xuICAgICAgICBpZiAocHJvY2Vzcy5lbnYuQ0kgPT09ICd0cnVlJykgYXNzZXJ0LmZhaWwoJ2NvcnB1cyBtaXNzaW5nOiBzZXQgTkFDT1NfQVVUSF9MSU5UX0NPUlBVUyBvciBjb3B5IGl0IHRvIHRlc3QvZml4dHVyZXMvY29ycHVzJyk7XG4gICAgICAgIHQuc2tpcCgnY29ycHVzIG5vdCBmb3VuZCcpO1xuICAgICAgICByZXR1cm47XG4gICAgICB9XG4gICAgICBhc3NlcnQub2soY29ycHVzQ2FzZXMubGVuZ3RoID49IDE5LCBgJHtjb3JwdXNDYXNlcy5sZW5ndGh9IGNvcnB1cyBmaWxlc2ApO1xuICAgICAgZm9yIChjb25zdCBjIG9mIGNvcnB1c0Nhc2VzKSB7XG4gICAgICAgIC8vIEphdmEgcmVhZHMgSVNPLTg4NTktMTogb3VycyBvbiB0aGUgc2FtZSBjaGFycyBtdXN0IG1hdGNoIGV4YWN0bHkuXG4gICAgICAgIGFzc2VydFNhbWVBc0phdmEoYy5uYW1lLCBwYXJzZVByb3BlcnRpZXMoYy5ieXRlcy50b1N0cmluZygnbGF0aW4xJykpLCBjLnJlc3VsdCEpO1xuICAgICAgICAvLyBBcyBhbiBlZGl0b3Igc2hvd3MgaXQgKFVURi04KSwgb25seSBub24tQVNDSUkgY2hhcnMgZGlmZmVyLCBieSBleGFjdGx5IHRoZSBMYXRpbi0xIHJlYWRpbmcgb2YgdGhlaXIgYnl0ZXMuXG4gICAgICAgIGFzc2VydFNhbWVBc0phdmEoYCR7Yy5uYW1lfSAoVVRGLTgpYCwgcGFyc2VQcm9wZXJ0aWVzKGMuYnl0ZXMudG9TdHJpbmcoJ3V0ZjgnKSksIGMucmVzdWx0ISwgbGF0aW4xVmlldyk7XG4gICAgICB9XG4gICAgfSk7XG5cbiAgICBhd2FpdCB0LnRlc3QoYCR7R0VORVJBVEVEX0xBVElOMX0gZ2VuZXJhdGVkIElTTy04ODU5LTEgZmlsZXNgLCAodCkgPT4ge1xuICAgICAgbGV0IGFtYmlndW91cyA9IDA7XG4gICAgICBsZXQgZW50cmllcyA9IDA7XG4gICAgICBmb3IgKGNvbnN0IHsgdGV4dCwgYyB9IG9mIGxhdGluMUNhc2VzKSB7XG4gICAgICAgIGNvbnN0IG91cnMgPSBwYXJzZVByb3BlcnRpZXModGV4dCk7XG4gICAgICAgIGNvbnN0IHdoZXJlID0gYCR7Yy5uYW1lfTogJHtKU09OLnN0cmluZ2lmeSh0ZXh0KX1gO1xuICAgICAgICBhc3NlcnQuZGVlcEVxdWFsKG91cnMucHJvYmxlbXMuZmlsdGVyKChwKSA9PiBwLm1lc3NhZ2Uuc3RhcnRzV2l0aCgnTWFsZm9ybWVkJykpLCBbXSwgd2hlcmUpO1xuICAgICAgICBhbWJpZ3VvdXMgKz0gYXNzZXJ0U2FtZUFzSmF2YSh3aGVyZSwgb3VycywgYy5yZXN1bHQhKS5hbWJpZ3VvdXM7XG4gICAgICAgIGVudHJpZXMgKz0gb3Vycy5lbnRyaWVzLmxlbmd0aDtcbiAgICAgIH1cbiAgICAgIHQuZGlhZ25vc3RpYyhgJHtlbnRyaWVzfSBlbnRyaWVzOyAke2FtYmlndW91c30ga2V5cyBjb21wYXJlZCBieSBvcmRlciBvbmx5IChkaXN0aW5jdCBKYXZhIGtleXMsIHNhbWUgdHJpbW1lZCBrZXkpYCk7XG4gICAgICBhc3NlcnQub2soZW50cmllcyA+IEdFTkVSQVRFRF9MQVRJTjEgKiAzKTtcbiAgICB9KTtcblxuICAgIGF3YWl0IHQudGVzdChgJHtHRU5FUkFURURfVVRGOH0gZ2VuZXJhdGVkIFVURi04IGZpbGVzOiBKYXZhIHJlYWRzIGJ5dGVzLCB0aGUgZWRpdG9yIHJlYWRzIFVURi04YCwgKCkgPT4ge1xuICAgICAgbGV0IGRpZmZlcmluZyA9IDA7XG4gICAgICBmb3IgKGNvbnN0IHsgdGV4dCwgYyB9IG9mIHV0ZjhDYXNlcykge1xuICAgICAgICBjb25zdCB3aGVyZSA9IGAke2MubmFtZX06ICR7SlNPTi5zdHJpbmdpZnkodGV4dCl9YDtcbiAgICAgICAgLy8gSmF2YSdzIHZpZXc6IHRoZSBVVEYtOCBieXRlcyByZWFkIGFzIElTTy04ODU5LTEuIE91cnMgb24gdGhhdCBzYW1lIHN0cmluZyBtYXRjaGVzIGV4YWN0bHlcdTIwMjZcbiAgICAgICAgYXNzZXJ0U2FtZUFzSmF2YShgJHt3aGVyZX0gKGxhdGluMSlgLCBwYXJzZVByb3BlcnRpZXMoYy5ieXRlcy50b1N0cmluZygnbGF0aW4xJykpLCBjLnJlc3VsdCEpO1xuICAgICAgICAvLyBcdTIwMjZhbmQgb3VycyBvbiB0aGUgZWRpdG9yJ3Mgc3RyaW5nIGRpZmZlcnMgYnkgZXhhY3RseSB0aGF0IHJlLXJlYWRpbmcgb2Ygbm9uLUFTQ0lJIGNoYXJzLlxuICAgICAgICBjb25zdCBvdXJzID0gcGFyc2VQcm9wZXJ0aWVzKHRleHQpO1xuICAgICAgICBhc3NlcnRTYW1lQXNKYXZhKHdoZXJlLCBvdXJzLCBjLnJlc3VsdCEsIGxhdGluMVZpZXcpO1xuICAgICAgICBpZiAob3Vycy5lbnRyaWVzLnNvbWUoKGUpID0+IGxhdGluMVZpZXcoZS5rZXkgKyBlLnZhbHVlKSAhPT0gZS5rZXkgKyBlLnZhbHVlKSkgZGlmZmVyaW5nKys7XG4gICAgICB9XG4gICAgICBhc3NlcnQub2soZGlmZmVyaW5nID4gR0VORVJBVEVEX1VURjggLyA0LCBgb25seSAke2RpZmZlcmluZ30gZmlsZXMgaGF2ZSBub24tQVNDSUkga2V5cyBvciB2YWx1ZXNgKTtcbiAgICB9KTtcblxuICAgIGF3YWl0IHQudGVzdCgnZXNjYXBlUHJvcGVydHlWYWx1ZSBhbmQgZXNjYXBlUHJvcGVydHlLZXk6IGphdmEudXRpbC5Qcm9wZXJ0aWVzIHJlYWRzIGJhY2sgdGhlIHNhbWUgc3RyaW5ncycsICgpID0+IHtcbiAgICAgIGNvbnN0IHZhbHVlcyA9IG5ldyBNYXAocm91bmRUcmlwVmFsdWVzLnJlc3VsdCEubWFwIGFzIFtzdHJpbmcsIHN0cmluZ11bXSk7XG4gICAgICByb3VuZFRyaXBzLmZvckVhY2goKHMsIGkpID0+IGFzc2VydC5lcXVhbCh2YWx1ZXMuZ2V0KGB2JHtpfWApLCBzLCBKU09OLnN0cmluZ2lmeShzKSkpO1xuICAgICAgY29uc3Qga2V5cyA9IHJvdW5kVHJpcEtleXMucmVzdWx0IS5wdXRzITtcbiAgICAgIGFzc2VydC5lcXVhbChrZXlzLmxlbmd0aCwgcm91bmRUcmlwcy5sZW5ndGgpO1xuICAgICAgcm91bmRUcmlwcy5mb3JFYWNoKChzLCBpKSA9PiBhc3NlcnQuZGVlcEVxdWFsKGtleXNbaV0sIFsnaycgKyBzICsgJ2snLCBTdHJpbmcoaSldLCBKU09OLnN0cmluZ2lmeShzKSkpO1xuICAgIH0pO1xuXG4gICAgYXdhaXQgdC50ZXN0KCdkb2N1bWVudGVkIGRpZmZlcmVuY2VzJywgKCkgPT4ge1xuICAgICAgY29uc3QgamF2YSA9IChjOiBDYXNlKSA9PiBjLnJlc3VsdCE7XG4gICAgICBjb25zdCBvdXJzID0gKGM6IENhc2UsIGVuY29kaW5nOiBCdWZmZXJFbmNvZGluZyA9ICdsYXRpbjEnKSA9PiB7XG4gICAgICAgIGNvbnN0IGZpbGUgPSBwYXJzZVByb3BlcnRpZXMoYy5ieXRlcy50b1N0cmluZyhlbmNvZGluZykpO1xuICAgICAgICByZXR1cm4ge1xuICAgICAgICAgIGVudHJpZXM6IGZpbGUuZW50cmllcy5tYXAoKGUpID0+IFtlLmtleSwgZS52YWx1ZSwgZS5kb2N1bWVudF0pLFxuICAgICAgICAgIHByb2JsZW1zOiBmaWxlLnByb2JsZW1zLm1hcCgocCkgPT4gcC5zcGFuKSxcbiAgICAgICAgfTtcbiAgICAgIH07XG4gICAgICAvLyBBIG1hbGZvcm1lZCBcXHU6IEphdmEgdGhyb3dzIChzbyBkbyBOYWNvcyBhbmQgU3ByaW5nOiB0aGUgc2VydmVyIGRvZXMgbm90IHN0YXJ0KTsgd2UgcmVwb3J0IGl0LlxuICAgICAgYXNzZXJ0LmVxdWFsKGphdmEoZGlmZmVyZW5jZXMubWFsZm9ybWVkKS5lcnJvciwgJ0lsbGVnYWxBcmd1bWVudEV4Y2VwdGlvbjogTWFsZm9ybWVkIFxcXFx1eHh4eCBlbmNvZGluZy4nKTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwob3VycyhkaWZmZXJlbmNlcy5tYWxmb3JtZWQpLCB7IGVudHJpZXM6IFtbJ2EnLCAndTAwenonLCAwXV0sIHByb2JsZW1zOiBbeyBzdGFydDogMiwgZW5kOiA2IH1dIH0pO1xuICAgICAgLy8gSmF2YSBqb2lucyBjb250aW51YXRpb24gbGluZXMgYmVmb3JlIGRlY29kaW5nIFxcdTsgTmFjb3MgYW5kIFNwcmluZyByZWFkIHRoZSBkaWdpdHMgZnJvbSB0aGUgZmlsZS5cbiAgICAgIGFzc2VydC5kZWVwRXF1YWwoamF2YShkaWZmZXJlbmNlcy5zcGxpdFVuaWNvZGUpLnB1dHMsIFtbJ2EnLCAnQSddXSk7XG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKG91cnMoZGlmZmVyZW5jZXMuc3BsaXRVbmljb2RlKSwgeyBlbnRyaWVzOiBbWydhJywgJ3UwMDQxJywgMF1dLCBwcm9ibGVtczogW3sgc3RhcnQ6IDIsIGVuZDogNiB9XSB9KTtcbiAgICAgIC8vIEphdmEga2VlcHMgYW4gZW1wdHkga2V5OyBTcHJpbmcgZHJvcHMgaXQuXG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKGphdmEoZGlmZmVyZW5jZXMuZW1wdHlLZXkpLnB1dHMsIFtbJycsICd4J11dKTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwob3VycyhkaWZmZXJlbmNlcy5lbXB0eUtleSksIHsgZW50cmllczogW10sIHByb2JsZW1zOiBbXSB9KTtcbiAgICAgIC8vIEphdmEga2VlcHMgZXNjYXBlZCB3aGl0ZSBzcGFjZSBhcm91bmQgYSBrZXk7IFNwcmluZyB0cmltcyB0aGUga2V5LlxuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChqYXZhKGRpZmZlcmVuY2VzLnRyaW1tZWRLZXkpLnB1dHMsIFtbJyBrZXlcXHQnLCAndiddXSk7XG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKG91cnMoZGlmZmVyZW5jZXMudHJpbW1lZEtleSkuZW50cmllcywgW1sna2V5JywgJ3YnLCAwXV0pO1xuICAgICAgLy8gQSBsaW5lIGNvbnRpbnVlZCBmcm9tIGFuIGVtcHR5IGxvZ2ljYWwgbGluZTogSmF2YSBjaGVja3MgdGhlIG5leHQgbGluZSBmb3IgYSBjb21tZW50LCBOYWNvcydzIGxvYWRlclxuICAgICAgLy8gKGByZWFkKHRydWUpYCBvbiBhIHdyYXBwZWQgbGluZSkgZG9lcyBub3QuIChTcHJpbmcgQm9vdCAzJ3Mgb3duIGxvYWRlciBzaWRlcyB3aXRoIEphdmEgaGVyZS4pXG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKGphdmEoZGlmZmVyZW5jZXMud3JhcHBlZENvbW1lbnQpLnB1dHMsIFtdKTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwob3VycyhkaWZmZXJlbmNlcy53cmFwcGVkQ29tbWVudCkuZW50cmllcywgW1snI2EnLCAnYicsIDBdXSk7XG4gICAgICAvLyAjLS0tIGlzIGEgY29tbWVudCBmb3IgSmF2YTogb25lIG1hcCwgbGFzdCB3aW5zOyBTcHJpbmcgQm9vdCBzcGxpdHMgZG9jdW1lbnRzLlxuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChqYXZhKGRpZmZlcmVuY2VzLmRvY3VtZW50cykubWFwLCBbWydhJywgJzInXV0pO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChvdXJzKGRpZmZlcmVuY2VzLmRvY3VtZW50cykuZW50cmllcywgW1snYScsICcxJywgMF0sIFsnYScsICcyJywgMV1dKTtcbiAgICAgIC8vIFVURi04IGJ5dGVzIGFyZSByZWFkIGFzIElTTy04ODU5LTEgKCdcdTAwRTknIGlzIHR3byBjaGFycyk7IHRoZSBlZGl0b3IncyB0ZXh0IGhhcyBvbmUuXG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKGphdmEoZGlmZmVyZW5jZXMudXRmOCkucHV0cywgW1snaycsICdcXHUwMGMzXFx1MDBhOSddXSk7XG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKG91cnMoZGlmZmVyZW5jZXMudXRmOCwgJ3V0ZjgnKS5lbnRyaWVzLCBbWydrJywgJ1xcdTAwZTknLCAwXV0pO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChvdXJzKGRpZmZlcmVuY2VzLnV0ZjgsICdsYXRpbjEnKS5lbnRyaWVzLCBbWydrJywgJ1xcdTAwYzNcXHUwMGE5JywgMF1dKTtcbiAgICAgIC8vIEEgQk9NIGlzIHRocmVlIElTTy04ODU5LTEgY2hhcnMgaW4gZnJvbnQgb2YgdGhlIGZpcnN0IGtleTogSmF2YSAoYW5kIHNvIE5hY29zKSBuZXZlciBzZWVzIHRoZSBrZXkgdGhhdCB3YXNcbiAgICAgIC8vIHdyaXR0ZW4uIE91cnMga2VlcHMgaXQgdG9vIChvbmUgVStGRUZGIGluIHRoZSBlZGl0b3IncyB0ZXh0LCB0aHJlZSBjaGFycyBvbiB0aGUgYnl0ZXMpIGFuZCByZXBvcnRzIGl0LlxuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChqYXZhKGRpZmZlcmVuY2VzLmJvbSkucHV0cywgW1snXFx1MDBlZlxcdTAwYmJcXHUwMGJmbmFjb3MuY29yZS5hdXRoLmVuYWJsZWQnLCAndHJ1ZSddLCBbJ2InLCAnMiddXSk7XG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKG91cnMoZGlmZmVyZW5jZXMuYm9tKSwgeyBlbnRyaWVzOiBbWydcXHUwMGVmXFx1MDBiYlxcdTAwYmZuYWNvcy5jb3JlLmF1dGguZW5hYmxlZCcsICd0cnVlJywgMF0sIFsnYicsICcyJywgMF1dLCBwcm9ibGVtczogW3sgc3RhcnQ6IDAsIGVuZDogMyB9XSB9KTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwob3VycyhkaWZmZXJlbmNlcy5ib20sICd1dGY4JyksIHsgZW50cmllczogW1snXFx1ZmVmZm5hY29zLmNvcmUuYXV0aC5lbmFibGVkJywgJ3RydWUnLCAwXSwgWydiJywgJzInLCAwXV0sIHByb2JsZW1zOiBbeyBzdGFydDogMCwgZW5kOiAxIH1dIH0pO1xuICAgIH0pO1xuXG4gICAgdC5kaWFnbm9zdGljKGBvcmFjbGUgdGVzdDogJHtNYXRoLnJvdW5kKHBlcmZvcm1hbmNlLm5vdygpIC0gc3RhcnRlZCl9IG1zYCk7XG4gIH0gZmluYWxseSB7XG4gICAgZnMucm1TeW5jKHRtcCwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pO1xuICB9XG59KTtcbiIsICIvLyBBIC5wcm9wZXJ0aWVzIHBhcnNlciB0aGF0IHJlYWRzIGtleXMgYW5kIHZhbHVlcyB0aGUgd2F5IE5hY29zIGRvZXMgKGl0cyBjb3B5IG9mIFNwcmluZyBCb290J3Ncbi8vIE9yaWdpblRyYWNrZWRQcm9wZXJ0aWVzTG9hZGVyLCBmYWN0cyBcdTAwQTcxLjEwKSBhbmQga2VlcHMgZXhhY3Qgc291cmNlIHNwYW5zIHRocm91Z2ggZXNjYXBlcyBhbmQgY29udGludWF0aW9ucy5cbi8vIExpbmVzIGZvbGxvdyBqYXZhLnV0aWwuUHJvcGVydGllczsgb24gdG9wIG9mIHRoYXQgU3ByaW5nIHRyaW1zIHRoZSBkZWNvZGVkIGtleSwgZHJvcHMgZW1wdHkga2V5cywgYW5kIHNwbGl0c1xuLy8gYCMtLS1gIC8gYCEtLS1gIGRvY3VtZW50cyAoU3ByaW5nIEJvb3QgMi40KykuIFdvcmtzIG9uIHRoZSBkZWNvZGVkIGVkaXRvciB0ZXh0OyBydW5zIGluIGxpbmVhciB0aW1lOyBuZXZlciB0aHJvd3MuXG5cbmltcG9ydCB0eXBlIHsgU3BhbiB9IGZyb20gJy4uL3R5cGVzJztcblxuZXhwb3J0IGludGVyZmFjZSBQcm9wZXJ0eUVudHJ5IHtcbiAgLyoqIERlY29kZWQga2V5LCB0cmltbWVkIGxpa2UgSmF2YSdzIFN0cmluZy50cmltKCkgKFNwcmluZyBkb2VzOyBqYXZhLnV0aWwuUHJvcGVydGllcyBkb2VzIG5vdCkuIE5ldmVyIGVtcHR5LiAqL1xuICBrZXk6IHN0cmluZztcbiAgLyoqIERlY29kZWQgdmFsdWU6IGxlYWRpbmcgd2hpdGUgc3BhY2Ugc2tpcHBlZCwgdHJhaWxpbmcgd2hpdGUgc3BhY2Uga2VwdC4gKi9cbiAgdmFsdWU6IHN0cmluZztcbiAgLyoqIFNvdXJjZSBzcGFuIG9mIHRoZSAodHJpbW1lZCkga2V5IHRleHQuICovXG4gIGtleVNwYW46IFNwYW47XG4gIC8qKiBTb3VyY2Ugc3BhbiBvZiB0aGUgcmF3IHZhbHVlIHRleHQuIFdoZW4gdGhlIHZhbHVlIGlzIGVtcHR5OiB0aGUgZW1wdHkgc3BhbiB3aGVyZSB0aGUgdmFsdWUgd291bGQgYmVnaW5cbiAgICogIChhZnRlciB0aGUgc2VwYXJhdG9yIGFuZCB0aGUgd2hpdGUgc3BhY2UgdGhhdCBmb2xsb3dzIGl0KSwgc28gaW5zZXJ0aW5nIGVzY2FwZWQgdGV4dCB0aGVyZSBzZXRzIGV4YWN0bHkgdGhhdFxuICAgKiAgdmFsdWU7IG9uIGEgbGluZSB3aXRoIG5vIHNlcGFyYXRvciBhdCBhbGwgKGBrZXlgKSBpdCBpcyByaWdodCBhZnRlciB0aGUga2V5LCBhbmQgYW4gaW5zZXJ0IG11c3QgYWRkIG9uZS4gKi9cbiAgdmFsdWVTcGFuOiBTcGFuO1xuICAvKiogRmlyc3QgY2hhciBvZiB0aGUga2V5IC4uIGVuZCBvZiB0aGUgbG9naWNhbCBsaW5lJ3MgbGFzdCBwaHlzaWNhbCBsaW5lIChsaW5lIHRlcm1pbmF0b3IgZXhjbHVkZWQpLiAqL1xuICBsaW5lU3BhbjogU3BhbjtcbiAgLyoqIFRoZSB3aG9sZSBsb2dpY2FsIGxpbmUgaW5jbHVkaW5nIGxlYWRpbmcgd2hpdGUgc3BhY2UgYW5kIGl0cyBsaW5lIHRlcm1pbmF0b3IgKGZvciBcInJlbW92ZSB0aGlzIGxpbmVcIikuICovXG4gIGRlbGV0ZVNwYW46IFNwYW47XG4gIC8qKiBrZXlPZmZzZXRzW2ldID0gc291cmNlIG9mZnNldCBvZiB0aGUgZmlyc3Qgc291cmNlIGNoYXIgdGhhdCBwcm9kdWNlZCBrZXkgY2hhciBpOyBsZW5ndGgga2V5Lmxlbmd0aCArIDEsXG4gICAqICB0aGUgbGFzdCBlbGVtZW50IGlzIGtleVNwYW4uZW5kLiBDb21wdXRlZCBvbiBmaXJzdCBhY2Nlc3MgKGEgZ2V0dGVyLCBub3QgYW4gb3duIHByb3BlcnR5KS4gKi9cbiAga2V5T2Zmc2V0czogbnVtYmVyW107XG4gIC8qKiBTYW1lIGZvciB0aGUgdmFsdWU7IHRoZSBsYXN0IGVsZW1lbnQgaXMgdmFsdWVTcGFuLmVuZC4gQ29tcHV0ZWQgb24gZmlyc3QgYWNjZXNzLiAqL1xuICB2YWx1ZU9mZnNldHM6IG51bWJlcltdO1xuICAvKiogMC1iYXNlZCBpbmRleCBvZiB0aGUgZG9jdW1lbnQgaW4gU3ByaW5nIEJvb3QncyBtdWx0aS1kb2N1bWVudCBsaXN0IChgIy0tLWAgLyBgIS0tLWApLiAqL1xuICBkb2N1bWVudDogbnVtYmVyO1xuICAvKiogMC1iYXNlZCBsaW5lIG9mIHRoZSBrZXkncyBmaXJzdCBjaGFyLiAqL1xuICBsaW5lOiBudW1iZXI7XG59XG5cbi8qKiBBIGNvbW1lbnQgbGluZTsgYHRleHRgIGlzIHRoZSByZXN0IG9mIHRoZSBsaW5lIGFmdGVyIHRoZSBsZWFkaW5nIGAjYCBvciBgIWAuICovXG5leHBvcnQgaW50ZXJmYWNlIFByb3BlcnR5Q29tbWVudCB7XG4gIHNwYW46IFNwYW47XG4gIHRleHQ6IHN0cmluZztcbiAgbGluZTogbnVtYmVyO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFByb3BlcnRpZXNQcm9ibGVtIHtcbiAgbWVzc2FnZTogc3RyaW5nO1xuICBzcGFuOiBTcGFuO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFByb3BlcnRpZXNGaWxlIHtcbiAgZW50cmllczogUHJvcGVydHlFbnRyeVtdO1xuICBjb21tZW50czogUHJvcGVydHlDb21tZW50W107XG4gIC8qKiBOdW1iZXIgb2YgZG9jdW1lbnRzIChhdCBsZWFzdCAxLCBldmVuIGZvciBhbiBlbXB0eSBmaWxlKS4gKi9cbiAgZG9jdW1lbnRDb3VudDogbnVtYmVyO1xuICBwcm9ibGVtczogUHJvcGVydGllc1Byb2JsZW1bXTtcbn1cblxuY29uc3QgVEFCID0gMHgwOTtcbmNvbnN0IExGID0gMHgwYTtcbmNvbnN0IEZGID0gMHgwYztcbmNvbnN0IENSID0gMHgwZDtcbmNvbnN0IFNQQUNFID0gMHgyMDtcbmNvbnN0IEJBTkcgPSAweDIxO1xuY29uc3QgSEFTSCA9IDB4MjM7XG5jb25zdCBIWVBIRU4gPSAweDJkO1xuY29uc3QgQ09MT04gPSAweDNhO1xuY29uc3QgRVFVQUxTID0gMHgzZDtcbmNvbnN0IEJBQ0tTTEFTSCA9IDB4NWM7XG5cbi8vIFRoZSBkZWNvZGluZyBvZiBhIG1hbGZvcm1lZCBlc2NhcGUgaXMgb3VycyAoSmF2YSB0aHJvd3MpOiB0aGUgYmFja3NsYXNoIGlzIGRyb3BwZWQsIGFzIGZvciBhbnkgb3RoZXIgXFx4LlxuY29uc3QgTUFMRk9STUVEX1VOSUNPREUgPVxuICAnTWFsZm9ybWVkIFxcXFx1eHh4eCBlc2NhcGUgKFxcXFx1IG11c3QgYmUgZm9sbG93ZWQgYnkgZm91ciBoZXggZGlnaXRzKTogTmFjb3MgYW5kIFNwcmluZyBCb290IHJlZnVzZSB0byBsb2FkIHRoaXMgZmlsZS4nO1xuXG5jb25zdCBCT01fTUVTU0FHRSA9XG4gICdUaGUgZmlsZSBzdGFydHMgd2l0aCBhIGJ5dGUgb3JkZXIgbWFyayAoQk9NKTogTmFjb3MgcmVhZHMgLnByb3BlcnRpZXMgYXMgSVNPLTg4NTktMSwgc28gdGhlIGZpcnN0IGxpbmVcXCdzIGtleSBiZWNvbWVzIFwiXFx1MDBlZlxcdTAwYmJcXHUwMGJmXHUyMDI2XCIgYW5kIHRoYXQgc2V0dGluZyBpcyBpZ25vcmVkLiBTYXZlIHRoZSBmaWxlIHdpdGhvdXQgQk9NLic7XG5cbmZ1bmN0aW9uIGlzV2hpdGUoYzogbnVtYmVyKTogYm9vbGVhbiB7XG4gIHJldHVybiBjID09PSBTUEFDRSB8fCBjID09PSBUQUIgfHwgYyA9PT0gRkY7XG59XG5cbmZ1bmN0aW9uIGhleFZhbHVlKGM6IG51bWJlcik6IG51bWJlciB7XG4gIGlmIChjID49IDB4MzAgJiYgYyA8PSAweDM5KSByZXR1cm4gYyAtIDB4MzA7XG4gIGlmIChjID49IDB4NDEgJiYgYyA8PSAweDQ2KSByZXR1cm4gYyAtIDB4NDEgKyAxMDtcbiAgaWYgKGMgPj0gMHg2MSAmJiBjIDw9IDB4NjYpIHJldHVybiBjIC0gMHg2MSArIDEwO1xuICByZXR1cm4gLTE7XG59XG5cbi8qKlxuICogTWFwIGZyb20gZGVjb2RlZCBjaGFycyBiYWNrIHRvIHRoZSBzb3VyY2UuIEEgbnVtYmVyOiB0aGUgY2hhcnMgd2VyZSBjb3BpZWQgZnJvbSB0aGUgc291cmNlIHN0YXJ0aW5nIHRoZXJlLlxuICogT3RoZXJ3aXNlIGZsYXQgdHJpcGxlcyAoZGVjb2RlZCBpbmRleCwgc291cmNlIHN0YXJ0LCBzb3VyY2UgZW5kKSBvZiBydW5zOiBhIGNvcGllZCBydW4gbWFwcyBpdHMgY2hhciBkICsgayB0b1xuICogc291cmNlIHN0YXJ0ICsgazsgYW4gZXNjYXBlIHJ1biBpcyBvbmUgY2hhciBwcm9kdWNlZCBieSBzb3VyY2UgW3N0YXJ0LCBlbmQpLlxuICovXG50eXBlIFJ1bnMgPSBudW1iZXIgfCBudW1iZXJbXTtcblxuLyoqIFRyaXBsZSBpbmRleCBvZiB0aGUgcnVuIGhvbGRpbmcgZGVjb2RlZCBjaGFyIGkuICovXG5mdW5jdGlvbiBydW5PZihydW5zOiBudW1iZXJbXSwgaTogbnVtYmVyKTogbnVtYmVyIHtcbiAgbGV0IGxvID0gMDtcbiAgbGV0IGhpID0gcnVucy5sZW5ndGggLyAzIC0gMTtcbiAgd2hpbGUgKGxvIDwgaGkpIHtcbiAgICBjb25zdCBtaWQgPSAobG8gKyBoaSArIDEpID4+IDE7XG4gICAgaWYgKHJ1bnNbbWlkICogM10gPD0gaSkgbG8gPSBtaWQ7XG4gICAgZWxzZSBoaSA9IG1pZCAtIDE7XG4gIH1cbiAgcmV0dXJuIGxvICogMztcbn1cblxuZnVuY3Rpb24gc3RhcnRPZihydW5zOiBSdW5zLCBpOiBudW1iZXIpOiBudW1iZXIge1xuICBpZiAodHlwZW9mIHJ1bnMgPT09ICdudW1iZXInKSByZXR1cm4gcnVucyArIGk7XG4gIGNvbnN0IHIgPSBydW5PZihydW5zLCBpKTtcbiAgcmV0dXJuIHJ1bnNbciArIDFdICsgKGkgLSBydW5zW3JdKTtcbn1cblxuZnVuY3Rpb24gZW5kT2YocnVuczogUnVucywgaTogbnVtYmVyLCBsZW5ndGg6IG51bWJlcik6IG51bWJlciB7XG4gIGlmICh0eXBlb2YgcnVucyA9PT0gJ251bWJlcicpIHJldHVybiBydW5zICsgaSArIDE7XG4gIGNvbnN0IHIgPSBydW5PZihydW5zLCBpKTtcbiAgY29uc3QgcnVuTGVuZ3RoID0gKHIgKyAzIDwgcnVucy5sZW5ndGggPyBydW5zW3IgKyAzXSA6IGxlbmd0aCkgLSBydW5zW3JdO1xuICBjb25zdCBpc0VzY2FwZSA9IHJ1bnNbciArIDJdIC0gcnVuc1tyICsgMV0gIT09IHJ1bkxlbmd0aDtcbiAgcmV0dXJuIGlzRXNjYXBlID8gcnVuc1tyICsgMl0gOiBydW5zW3IgKyAxXSArIChpIC0gcnVuc1tyXSkgKyAxO1xufVxuXG4vKiogT2Zmc2V0cyBvZiBkZWNvZGVkIGNoYXJzIFtmcm9tLCB0bykgZm9sbG93ZWQgYnkgYGVuZGAuICovXG5mdW5jdGlvbiBtYXRlcmlhbGl6ZShydW5zOiBSdW5zLCBmcm9tOiBudW1iZXIsIHRvOiBudW1iZXIsIGVuZDogbnVtYmVyKTogbnVtYmVyW10ge1xuICBjb25zdCBvdXQgPSBuZXcgQXJyYXk8bnVtYmVyPih0byAtIGZyb20gKyAxKTtcbiAgaWYgKHR5cGVvZiBydW5zID09PSAnbnVtYmVyJykge1xuICAgIGZvciAobGV0IGkgPSBmcm9tOyBpIDwgdG87IGkrKykgb3V0W2kgLSBmcm9tXSA9IHJ1bnMgKyBpO1xuICB9IGVsc2Uge1xuICAgIGxldCByID0gZnJvbSA8IHRvID8gcnVuT2YocnVucywgZnJvbSkgOiAwO1xuICAgIGZvciAobGV0IGkgPSBmcm9tOyBpIDwgdG87IGkrKykge1xuICAgICAgd2hpbGUgKHIgKyAzIDwgcnVucy5sZW5ndGggJiYgcnVuc1tyICsgM10gPD0gaSkgciArPSAzO1xuICAgICAgb3V0W2kgLSBmcm9tXSA9IHJ1bnNbciArIDFdICsgKGkgLSBydW5zW3JdKTtcbiAgICB9XG4gIH1cbiAgb3V0W3RvIC0gZnJvbV0gPSBlbmQ7XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKiBCdWlsZHMgZGVjb2RlZCB0ZXh0IGZyb20gY29waWVkIHNvdXJjZSByYW5nZXMgYW5kIGVzY2FwZWQgY2hhcnMsIHdpdGggaXRzIFJ1bnM7IHJldXNlZCBsaW5lIGFmdGVyIGxpbmUuICovXG5jbGFzcyBCdWlsZGVyIHtcbiAgbGVuZ3RoID0gMDtcbiAgcHJpdmF0ZSBydW5zOiBudW1iZXJbXSA9IFtdO1xuICBwcml2YXRlIHBhcnRzOiBzdHJpbmdbXSA9IFtdO1xuICBwcml2YXRlIHBlbmRpbmdTdGFydCA9IC0xO1xuICBwcml2YXRlIHBlbmRpbmdFbmQgPSAtMTtcblxuICBjb25zdHJ1Y3Rvcihwcml2YXRlIHJlYWRvbmx5IHRleHQ6IHN0cmluZykge31cblxuICByZXNldCgpOiB2b2lkIHtcbiAgICB0aGlzLmxlbmd0aCA9IDA7XG4gICAgdGhpcy5ydW5zLmxlbmd0aCA9IDA7XG4gICAgdGhpcy5wYXJ0cy5sZW5ndGggPSAwO1xuICAgIHRoaXMucGVuZGluZ1N0YXJ0ID0gdGhpcy5wZW5kaW5nRW5kID0gLTE7XG4gIH1cblxuICBjb3B5KHN0YXJ0OiBudW1iZXIsIGVuZDogbnVtYmVyKTogdm9pZCB7XG4gICAgaWYgKHN0YXJ0ID09PSBlbmQpIHJldHVybjtcbiAgICBpZiAodGhpcy5wZW5kaW5nRW5kID09PSBzdGFydCkge1xuICAgICAgdGhpcy5wZW5kaW5nRW5kID0gZW5kO1xuICAgICAgdGhpcy5ydW5zW3RoaXMucnVucy5sZW5ndGggLSAxXSA9IGVuZDtcbiAgICB9IGVsc2Uge1xuICAgICAgdGhpcy5mbHVzaCgpO1xuICAgICAgdGhpcy5ydW5zLnB1c2godGhpcy5sZW5ndGgsIHN0YXJ0LCBlbmQpO1xuICAgICAgdGhpcy5wZW5kaW5nU3RhcnQgPSBzdGFydDtcbiAgICAgIHRoaXMucGVuZGluZ0VuZCA9IGVuZDtcbiAgICB9XG4gICAgdGhpcy5sZW5ndGggKz0gZW5kIC0gc3RhcnQ7XG4gIH1cblxuICBlc2NhcGVkKGNoOiBudW1iZXIsIHN0YXJ0OiBudW1iZXIsIGVuZDogbnVtYmVyKTogdm9pZCB7XG4gICAgdGhpcy5mbHVzaCgpO1xuICAgIHRoaXMucnVucy5wdXNoKHRoaXMubGVuZ3RoLCBzdGFydCwgZW5kKTtcbiAgICB0aGlzLnBhcnRzLnB1c2goU3RyaW5nLmZyb21DaGFyQ29kZShjaCkpO1xuICAgIHRoaXMubGVuZ3RoKys7XG4gIH1cblxuICBkZWNvZGVkKCk6IHN0cmluZyB7XG4gICAgaWYgKHRoaXMucGFydHMubGVuZ3RoID09PSAwKSByZXR1cm4gdGhpcy5wZW5kaW5nU3RhcnQgPj0gMCA/IHRoaXMudGV4dC5zbGljZSh0aGlzLnBlbmRpbmdTdGFydCwgdGhpcy5wZW5kaW5nRW5kKSA6ICcnO1xuICAgIHRoaXMuZmx1c2goKTtcbiAgICByZXR1cm4gdGhpcy5wYXJ0cy5qb2luKCcnKTtcbiAgfVxuXG4gIC8qKiBUaGUgUnVucyBvZiB3aGF0IHdhcyBidWlsdCAoYSBudW1iZXIgZm9yIHRoZSBjb21tb24gc2luZ2xlIGNvcGllZCBydW4pLiAqL1xuICBvZmZzZXRzKCk6IFJ1bnMge1xuICAgIGNvbnN0IHJ1bnMgPSB0aGlzLnJ1bnM7XG4gICAgaWYgKHJ1bnMubGVuZ3RoID09PSAwKSByZXR1cm4gMDtcbiAgICBpZiAocnVucy5sZW5ndGggPT09IDMgJiYgcnVuc1syXSAtIHJ1bnNbMV0gPT09IHRoaXMubGVuZ3RoKSByZXR1cm4gcnVuc1sxXTtcbiAgICByZXR1cm4gcnVucy5zbGljZSgpO1xuICB9XG5cbiAgcHJpdmF0ZSBmbHVzaCgpOiB2b2lkIHtcbiAgICBpZiAodGhpcy5wZW5kaW5nU3RhcnQgPj0gMCkge1xuICAgICAgdGhpcy5wYXJ0cy5wdXNoKHRoaXMudGV4dC5zbGljZSh0aGlzLnBlbmRpbmdTdGFydCwgdGhpcy5wZW5kaW5nRW5kKSk7XG4gICAgICB0aGlzLnBlbmRpbmdTdGFydCA9IHRoaXMucGVuZGluZ0VuZCA9IC0xO1xuICAgIH1cbiAgfVxufVxuXG4vKipcbiAqIEEgUHJvcGVydHlFbnRyeSB3aG9zZSBvZmZzZXQgYXJyYXlzIGFyZSBidWlsdCBvbiBmaXJzdCBhY2Nlc3M6IGVhZ2VybHkgdGhleSB3b3VsZCB0YWtlIDggYnl0ZXMgcGVyIGNoYXIuXG4gKiAoVGhleSBhcmUgcHJvdG90eXBlIGdldHRlcnMsIHNvIHRoZXkgYXJlIG5vdCBvd24gcHJvcGVydGllczogYHsgLi4uZW50cnkgfWAgZHJvcHMgdGhlbS4pXG4gKi9cbmNsYXNzIEVudHJ5IGltcGxlbWVudHMgUHJvcGVydHlFbnRyeSB7XG4gIHJlYWRvbmx5ICNrZXlSdW5zOiBSdW5zO1xuICByZWFkb25seSAja2V5RnJvbTogbnVtYmVyO1xuICByZWFkb25seSAjdmFsdWVSdW5zOiBSdW5zO1xuICAja2V5T2Zmc2V0czogbnVtYmVyW10gfCB1bmRlZmluZWQ7XG4gICN2YWx1ZU9mZnNldHM6IG51bWJlcltdIHwgdW5kZWZpbmVkO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHB1YmxpYyBrZXk6IHN0cmluZyxcbiAgICBwdWJsaWMgdmFsdWU6IHN0cmluZyxcbiAgICBwdWJsaWMga2V5U3BhbjogU3BhbixcbiAgICBwdWJsaWMgdmFsdWVTcGFuOiBTcGFuLFxuICAgIHB1YmxpYyBsaW5lU3BhbjogU3BhbixcbiAgICBwdWJsaWMgZGVsZXRlU3BhbjogU3BhbixcbiAgICBwdWJsaWMgZG9jdW1lbnQ6IG51bWJlcixcbiAgICBwdWJsaWMgbGluZTogbnVtYmVyLFxuICAgIGtleVJ1bnM6IFJ1bnMsXG4gICAga2V5RnJvbTogbnVtYmVyLFxuICAgIHZhbHVlUnVuczogUnVucyxcbiAgKSB7XG4gICAgdGhpcy4ja2V5UnVucyA9IGtleVJ1bnM7XG4gICAgdGhpcy4ja2V5RnJvbSA9IGtleUZyb207XG4gICAgdGhpcy4jdmFsdWVSdW5zID0gdmFsdWVSdW5zO1xuICB9XG5cbiAgZ2V0IGtleU9mZnNldHMoKTogbnVtYmVyW10ge1xuICAgIHJldHVybiAodGhpcy4ja2V5T2Zmc2V0cyA/Pz0gbWF0ZXJpYWxpemUodGhpcy4ja2V5UnVucywgdGhpcy4ja2V5RnJvbSwgdGhpcy4ja2V5RnJvbSArIHRoaXMua2V5Lmxlbmd0aCwgdGhpcy5rZXlTcGFuLmVuZCkpO1xuICB9XG5cbiAgc2V0IGtleU9mZnNldHMob2Zmc2V0czogbnVtYmVyW10pIHtcbiAgICB0aGlzLiNrZXlPZmZzZXRzID0gb2Zmc2V0cztcbiAgfVxuXG4gIGdldCB2YWx1ZU9mZnNldHMoKTogbnVtYmVyW10ge1xuICAgIHJldHVybiAodGhpcy4jdmFsdWVPZmZzZXRzID8/PSBtYXRlcmlhbGl6ZSh0aGlzLiN2YWx1ZVJ1bnMsIDAsIHRoaXMudmFsdWUubGVuZ3RoLCB0aGlzLnZhbHVlU3Bhbi5lbmQpKTtcbiAgfVxuXG4gIHNldCB2YWx1ZU9mZnNldHMob2Zmc2V0czogbnVtYmVyW10pIHtcbiAgICB0aGlzLiN2YWx1ZU9mZnNldHMgPSBvZmZzZXRzO1xuICB9XG59XG5cbi8qKiBKYXZhJ3MgU3RyaW5nLnRyaW0oKTogc3RyaXBzIGNoYXJzIDw9IFUrMDAyMCAoSmF2YVNjcmlwdCdzIHRyaW0oKSBzdHJpcHMgYSBkaWZmZXJlbnQgc2V0KS4gKi9cbmZ1bmN0aW9uIGphdmFUcmltQm91bmRzKHM6IHN0cmluZyk6IFtudW1iZXIsIG51bWJlcl0ge1xuICBsZXQgYSA9IDA7XG4gIGxldCBiID0gcy5sZW5ndGg7XG4gIHdoaWxlIChhIDwgYiAmJiBzLmNoYXJDb2RlQXQoYSkgPD0gU1BBQ0UpIGErKztcbiAgd2hpbGUgKGIgPiBhICYmIHMuY2hhckNvZGVBdChiIC0gMSkgPD0gU1BBQ0UpIGItLTtcbiAgcmV0dXJuIFthLCBiXTtcbn1cblxuY29uc3QgRVNDX0NIQVIgPSAwO1xuY29uc3QgRVNDX0NPTlRJTlVBVElPTiA9IDE7XG5jb25zdCBFU0NfQVRfRU9GID0gMjtcblxuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlUHJvcGVydGllcyh0ZXh0OiBzdHJpbmcpOiBQcm9wZXJ0aWVzRmlsZSB7XG4gIGNvbnN0IG4gPSB0ZXh0Lmxlbmd0aDtcbiAgY29uc3QgZW50cmllczogUHJvcGVydHlFbnRyeVtdID0gW107XG4gIGNvbnN0IGNvbW1lbnRzOiBQcm9wZXJ0eUNvbW1lbnRbXSA9IFtdO1xuICBjb25zdCBwcm9ibGVtczogUHJvcGVydGllc1Byb2JsZW1bXSA9IFtdO1xuICByZXBvcnRCaW5hcnkodGV4dCwgcHJvYmxlbXMpO1xuICAvLyBTcHJpbmcgcmVhZHMgdGhlIGJ5dGVzIGFzIElTTy04ODU5LTE6IGEgVVRGLTggQk9NIGJlY29tZXMgXCJcdTAwRUZcdTAwQkJcdTAwQkZcIiBpbiBmcm9udCBvZiB0aGUgZmlyc3Qga2V5LCB3aGljaCBpcyB0aGVuIG5vdCB0aGVcbiAgLy8ga2V5IHRoZSB1c2VyIHdyb3RlIChhIGtub3duIFNwcmluZyBCb290IHBpdGZhbGwpLiBUaGUga2V5IGtlZXBzIHRoZSBCT00gaGVyZSB0b28sIHNvIGl0IG1hdGNoZXMgbm90aGluZy5cbiAgaWYgKHRleHQuY2hhckNvZGVBdCgwKSA9PT0gMHhmZWZmKSBwcm9ibGVtcy5wdXNoKHsgbWVzc2FnZTogQk9NX01FU1NBR0UsIHNwYW46IHsgc3RhcnQ6IDAsIGVuZDogMSB9IH0pO1xuICBlbHNlIGlmICh0ZXh0LnN0YXJ0c1dpdGgoJ1xcdTAwZWZcXHUwMGJiXFx1MDBiZicpKSBwcm9ibGVtcy5wdXNoKHsgbWVzc2FnZTogQk9NX01FU1NBR0UsIHNwYW46IHsgc3RhcnQ6IDAsIGVuZDogMyB9IH0pOyAvLyByZWFkIGFzIElTTy04ODU5LTFcblxuICBsZXQgcG9zID0gMDtcbiAgbGV0IGxpbmUgPSAwO1xuICAvLyBTcHJpbmcgQm9vdCdzIGRvY3VtZW50IGxpc3Q6IGBmaW5pc2hlZGAgZG9jdW1lbnRzIGFyZSBjbG9zZWQ7IGBjdXJyZW50YCBpcyB0aGUgaW5kZXggb2YgdGhlIG9wZW4gb25lLlxuICBsZXQgZmluaXNoZWQgPSAwO1xuICBsZXQgY3VycmVudCA9IDA7XG4gIGxldCBjdXJyZW50RW1wdHkgPSB0cnVlO1xuICBsZXQgbGFzdENvbW1lbnRQcmVmaXggPSAtMTtcbiAgLy8gU2V0IGJ5IHJlYWRFc2NhcGUuXG4gIGxldCBlc2NDaGFyID0gMDtcbiAgbGV0IGVzY0VuZCA9IDA7XG4gIGNvbnN0IGtleSA9IG5ldyBCdWlsZGVyKHRleHQpO1xuICBjb25zdCB2YWx1ZSA9IG5ldyBCdWlsZGVyKHRleHQpO1xuXG4gIGNvbnN0IHNraXBUZXJtaW5hdG9yID0gKHA6IG51bWJlcik6IG51bWJlciA9PiB7XG4gICAgaWYgKHAgPj0gbikgcmV0dXJuIG47XG4gICAgbGluZSsrO1xuICAgIHJldHVybiB0ZXh0LmNoYXJDb2RlQXQocCkgPT09IENSICYmIHAgKyAxIDwgbiAmJiB0ZXh0LmNoYXJDb2RlQXQocCArIDEpID09PSBMRiA/IHAgKyAyIDogcCArIDE7XG4gIH07XG5cbiAgY29uc3QgZW5kT2ZMaW5lID0gKHA6IG51bWJlcik6IG51bWJlciA9PiB7XG4gICAgd2hpbGUgKHAgPCBuKSB7XG4gICAgICBjb25zdCBjID0gdGV4dC5jaGFyQ29kZUF0KHApO1xuICAgICAgaWYgKGMgPT09IExGIHx8IGMgPT09IENSKSBicmVhaztcbiAgICAgIHArKztcbiAgICB9XG4gICAgcmV0dXJuIHA7XG4gIH07XG5cbiAgY29uc3QgY291bnRMaW5lcyA9IChmcm9tOiBudW1iZXIsIHRvOiBudW1iZXIpOiBudW1iZXIgPT4ge1xuICAgIGxldCBjb3VudCA9IDA7XG4gICAgZm9yIChsZXQgcCA9IGZyb207IHAgPCB0bzsgcCsrKSB7XG4gICAgICBjb25zdCBjID0gdGV4dC5jaGFyQ29kZUF0KHApO1xuICAgICAgaWYgKGMgPT09IExGKSBjb3VudCsrO1xuICAgICAgZWxzZSBpZiAoYyA9PT0gQ1IgJiYgIShwICsgMSA8IHRvICYmIHRleHQuY2hhckNvZGVBdChwICsgMSkgPT09IExGKSkgY291bnQrKztcbiAgICB9XG4gICAgcmV0dXJuIGNvdW50O1xuICB9O1xuXG4gIC8qKiBSZWFkcyB0aGUgZXNjYXBlIHdob3NlIGJhY2tzbGFzaCBpcyBhdCBwLiAqL1xuICBjb25zdCByZWFkRXNjYXBlID0gKHA6IG51bWJlcik6IG51bWJlciA9PiB7XG4gICAgaWYgKHAgKyAxID49IG4pIHJldHVybiBFU0NfQVRfRU9GOyAvLyBKYXZhIGRyb3BzIGEgYmFja3NsYXNoIGF0IHRoZSBlbmQgb2YgdGhlIGZpbGVcbiAgICBjb25zdCBkID0gdGV4dC5jaGFyQ29kZUF0KHAgKyAxKTtcbiAgICBpZiAoZCA9PT0gTEYgfHwgZCA9PT0gQ1IpIHtcbiAgICAgIC8vIENvbnRpbnVhdGlvbjogdGhlIG5leHQgbGluZSdzIGxlYWRpbmcgd2hpdGUgc3BhY2UgaXMgZHJvcHBlZC5cbiAgICAgIGxldCBxID0gcCArIDI7XG4gICAgICBpZiAoZCA9PT0gQ1IgJiYgcSA8IG4gJiYgdGV4dC5jaGFyQ29kZUF0KHEpID09PSBMRikgcSsrO1xuICAgICAgbGluZSsrO1xuICAgICAgd2hpbGUgKHEgPCBuICYmIGlzV2hpdGUodGV4dC5jaGFyQ29kZUF0KHEpKSkgcSsrO1xuICAgICAgZXNjRW5kID0gcTtcbiAgICAgIHJldHVybiBFU0NfQ09OVElOVUFUSU9OO1xuICAgIH1cbiAgICBpZiAoZCA9PT0gMHg3NSAvKiB1ICovKSB7XG4gICAgICAvLyBTcHJpbmcgcmVhZHMgdGhlIGZvdXIgZGlnaXRzIHN0cmFpZ2h0IGZyb20gdGhlIGZpbGUsIHNvIGEgY29udGludWF0aW9uIGluc2lkZSB0aGVtIGlzIG1hbGZvcm1lZCB0b28uXG4gICAgICBsZXQgY29kZSA9IDA7XG4gICAgICBsZXQgcSA9IHAgKyAyO1xuICAgICAgd2hpbGUgKHEgPCBwICsgNiAmJiBxIDwgbikge1xuICAgICAgICBjb25zdCBoID0gaGV4VmFsdWUodGV4dC5jaGFyQ29kZUF0KHEpKTtcbiAgICAgICAgaWYgKGggPCAwKSBicmVhaztcbiAgICAgICAgY29kZSA9IGNvZGUgKiAxNiArIGg7XG4gICAgICAgIHErKztcbiAgICAgIH1cbiAgICAgIGlmIChxID09PSBwICsgNikge1xuICAgICAgICBlc2NDaGFyID0gY29kZTtcbiAgICAgICAgZXNjRW5kID0gcTtcbiAgICAgICAgcmV0dXJuIEVTQ19DSEFSO1xuICAgICAgfVxuICAgICAgcHJvYmxlbXMucHVzaCh7IG1lc3NhZ2U6IE1BTEZPUk1FRF9VTklDT0RFLCBzcGFuOiB7IHN0YXJ0OiBwLCBlbmQ6IHEgfSB9KTtcbiAgICAgIGVzY0NoYXIgPSBkO1xuICAgICAgZXNjRW5kID0gcCArIDI7XG4gICAgICByZXR1cm4gRVNDX0NIQVI7XG4gICAgfVxuICAgIC8vIFxcdCBcXG4gXFxyIFxcZjsgYW55IG90aGVyIGVzY2FwZWQgY2hhciBzdGFuZHMgZm9yIGl0c2VsZi5cbiAgICBlc2NDaGFyID0gZCA9PT0gMHg3NCA/IFRBQiA6IGQgPT09IDB4NmUgPyBMRiA6IGQgPT09IDB4NzIgPyBDUiA6IGQgPT09IDB4NjYgPyBGRiA6IGQ7XG4gICAgZXNjRW5kID0gcCArIDI7XG4gICAgcmV0dXJuIEVTQ19DSEFSO1xuICB9O1xuXG4gIC8qKiBQYXJzZXMgdGhlIGxvZ2ljYWwgbGluZSB3aG9zZSBmaXJzdCBub24td2hpdGUgY2hhciBpcyBhdCBgZmlyc3RgOyByZXR1cm5zIHRoZSBwb3NpdGlvbiBhZnRlciBpdC4gKi9cbiAgY29uc3QgcGFyc2VMb2dpY2FsTGluZSA9IChsaW5lU3RhcnQ6IG51bWJlciwgZmlyc3Q6IG51bWJlcik6IG51bWJlciA9PiB7XG4gICAgY29uc3QgZmlyc3RMaW5lID0gbGluZTtcbiAgICBrZXkucmVzZXQoKTtcbiAgICB2YWx1ZS5yZXNldCgpO1xuICAgIGxldCBwID0gZmlyc3Q7XG4gICAgbGV0IGMgPSAwO1xuICAgIGxldCBzZXBhcmF0b3IgPSBmYWxzZTtcbiAgICBsZXQgYXRFb2YgPSBmYWxzZTtcblxuICAgIC8vIEtleTogdXAgdG8gdGhlIGZpcnN0IHVuZXNjYXBlZCB3aGl0ZSBzcGFjZSwgJz0nIG9yICc6Jy5cbiAgICBmb3IgKDs7KSB7XG4gICAgICBjb25zdCBzID0gcDtcbiAgICAgIHdoaWxlIChwIDwgbikge1xuICAgICAgICBjID0gdGV4dC5jaGFyQ29kZUF0KHApO1xuICAgICAgICBpZiAoYyA9PT0gQkFDS1NMQVNIIHx8IGMgPT09IExGIHx8IGMgPT09IENSIHx8IGMgPT09IEVRVUFMUyB8fCBjID09PSBDT0xPTiB8fCBpc1doaXRlKGMpKSBicmVhaztcbiAgICAgICAgcCsrO1xuICAgICAgfVxuICAgICAga2V5LmNvcHkocywgcCk7XG4gICAgICBpZiAocCA+PSBuIHx8IGMgPT09IExGIHx8IGMgPT09IENSIHx8IGlzV2hpdGUoYykpIGJyZWFrO1xuICAgICAgaWYgKGMgPT09IEVRVUFMUyB8fCBjID09PSBDT0xPTikge1xuICAgICAgICBzZXBhcmF0b3IgPSB0cnVlO1xuICAgICAgICBwKys7XG4gICAgICAgIGJyZWFrO1xuICAgICAgfVxuICAgICAgY29uc3Qga2luZCA9IHJlYWRFc2NhcGUocCk7XG4gICAgICBpZiAoa2luZCA9PT0gRVNDX0FUX0VPRikge1xuICAgICAgICBhdEVvZiA9IHRydWU7XG4gICAgICAgIGJyZWFrO1xuICAgICAgfVxuICAgICAgaWYgKGtpbmQgPT09IEVTQ19DSEFSKSBrZXkuZXNjYXBlZChlc2NDaGFyLCBwLCBlc2NFbmQpO1xuICAgICAgcCA9IGVzY0VuZDtcbiAgICB9XG5cbiAgICAvLyBTZXBhcmF0b3I6IHdoaXRlIHNwYWNlLCBhdCBtb3N0IG9uZSAnPScgb3IgJzonLCB3aGl0ZSBzcGFjZS5cbiAgICB3aGlsZSAoIWF0RW9mICYmIHAgPCBuKSB7XG4gICAgICBjID0gdGV4dC5jaGFyQ29kZUF0KHApO1xuICAgICAgaWYgKGlzV2hpdGUoYykpIHArKztcbiAgICAgIGVsc2UgaWYgKCFzZXBhcmF0b3IgJiYgKGMgPT09IEVRVUFMUyB8fCBjID09PSBDT0xPTikpIHtcbiAgICAgICAgc2VwYXJhdG9yID0gdHJ1ZTtcbiAgICAgICAgcCsrO1xuICAgICAgfSBlbHNlIGlmIChjID09PSBCQUNLU0xBU0ggJiYgcCArIDEgPCBuICYmICh0ZXh0LmNoYXJDb2RlQXQocCArIDEpID09PSBMRiB8fCB0ZXh0LmNoYXJDb2RlQXQocCArIDEpID09PSBDUikpIHtcbiAgICAgICAgcmVhZEVzY2FwZShwKTtcbiAgICAgICAgcCA9IGVzY0VuZDtcbiAgICAgIH0gZWxzZSBicmVhaztcbiAgICB9XG5cbiAgICAvLyBWYWx1ZTogZXZlcnl0aGluZyB1cCB0byB0aGUgZW5kIG9mIHRoZSBsb2dpY2FsIGxpbmUuXG4gICAgY29uc3QgdmFsdWVBdCA9IHA7XG4gICAgd2hpbGUgKCFhdEVvZikge1xuICAgICAgY29uc3QgcyA9IHA7XG4gICAgICB3aGlsZSAocCA8IG4pIHtcbiAgICAgICAgYyA9IHRleHQuY2hhckNvZGVBdChwKTtcbiAgICAgICAgaWYgKGMgPT09IEJBQ0tTTEFTSCB8fCBjID09PSBMRiB8fCBjID09PSBDUikgYnJlYWs7XG4gICAgICAgIHArKztcbiAgICAgIH1cbiAgICAgIHZhbHVlLmNvcHkocywgcCk7XG4gICAgICBpZiAocCA+PSBuIHx8IGMgPT09IExGIHx8IGMgPT09IENSKSBicmVhaztcbiAgICAgIGNvbnN0IGtpbmQgPSByZWFkRXNjYXBlKHApO1xuICAgICAgaWYgKGtpbmQgPT09IEVTQ19BVF9FT0YpIHtcbiAgICAgICAgYXRFb2YgPSB0cnVlO1xuICAgICAgICBicmVhaztcbiAgICAgIH1cbiAgICAgIGlmIChraW5kID09PSBFU0NfQ0hBUikgdmFsdWUuZXNjYXBlZChlc2NDaGFyLCBwLCBlc2NFbmQpO1xuICAgICAgcCA9IGVzY0VuZDtcbiAgICB9XG4gICAgY29uc3QgbGluZUVuZCA9IGF0RW9mID8gbiA6IHA7XG4gICAgY29uc3QgbmV4dCA9IHNraXBUZXJtaW5hdG9yKGxpbmVFbmQpO1xuXG4gICAgY29uc3QgcmF3S2V5ID0ga2V5LmRlY29kZWQoKTtcbiAgICBjb25zdCBbYSwgYl0gPSBqYXZhVHJpbUJvdW5kcyhyYXdLZXkpO1xuICAgIGlmIChhID09PSBiKSByZXR1cm4gbmV4dDsgLy8gU3ByaW5nIGlnbm9yZXMgZW1wdHkga2V5c1xuXG4gICAgY29uc3Qga2V5UnVucyA9IGtleS5vZmZzZXRzKCk7XG4gICAgY29uc3Qga2V5U3BhbiA9IHsgc3RhcnQ6IHN0YXJ0T2Yoa2V5UnVucywgYSksIGVuZDogZW5kT2Yoa2V5UnVucywgYiAtIDEsIGtleS5sZW5ndGgpIH07XG4gICAgY29uc3QgdmFsdWVSdW5zID0gdmFsdWUub2Zmc2V0cygpO1xuICAgIGNvbnN0IHZhbHVlTGVuZ3RoID0gdmFsdWUubGVuZ3RoO1xuICAgIGNvbnN0IHZhbHVlU3BhbiA9XG4gICAgICB2YWx1ZUxlbmd0aCA+IDBcbiAgICAgICAgPyB7IHN0YXJ0OiBzdGFydE9mKHZhbHVlUnVucywgMCksIGVuZDogZW5kT2YodmFsdWVSdW5zLCB2YWx1ZUxlbmd0aCAtIDEsIHZhbHVlTGVuZ3RoKSB9XG4gICAgICAgIDogeyBzdGFydDogdmFsdWVBdCwgZW5kOiB2YWx1ZUF0IH07XG4gICAgZW50cmllcy5wdXNoKFxuICAgICAgbmV3IEVudHJ5KFxuICAgICAgICBhID09PSAwICYmIGIgPT09IHJhd0tleS5sZW5ndGggPyByYXdLZXkgOiByYXdLZXkuc2xpY2UoYSwgYiksXG4gICAgICAgIHZhbHVlLmRlY29kZWQoKSxcbiAgICAgICAga2V5U3BhbixcbiAgICAgICAgdmFsdWVTcGFuLFxuICAgICAgICB7IHN0YXJ0OiBmaXJzdCwgZW5kOiBsaW5lRW5kIH0sXG4gICAgICAgIHsgc3RhcnQ6IGxpbmVTdGFydCwgZW5kOiBuZXh0IH0sXG4gICAgICAgIGN1cnJlbnQsXG4gICAgICAgIGZpcnN0TGluZSArIChrZXlTcGFuLnN0YXJ0ID09PSBmaXJzdCA/IDAgOiBjb3VudExpbmVzKGZpcnN0LCBrZXlTcGFuLnN0YXJ0KSksXG4gICAgICAgIGtleVJ1bnMsXG4gICAgICAgIGEsXG4gICAgICAgIHZhbHVlUnVucyxcbiAgICAgICksXG4gICAgKTtcbiAgICBjdXJyZW50RW1wdHkgPSBmYWxzZTtcbiAgICByZXR1cm4gbmV4dDtcbiAgfTtcblxuICB3aGlsZSAocG9zIDwgbikge1xuICAgIGNvbnN0IGxpbmVTdGFydCA9IHBvcztcbiAgICBsZXQgcCA9IHBvcztcbiAgICB3aGlsZSAocCA8IG4gJiYgaXNXaGl0ZSh0ZXh0LmNoYXJDb2RlQXQocCkpKSBwKys7XG4gICAgaWYgKHAgPj0gbikgYnJlYWs7XG4gICAgY29uc3QgYyA9IHRleHQuY2hhckNvZGVBdChwKTtcbiAgICBpZiAoYyA9PT0gTEYgfHwgYyA9PT0gQ1IpIHtcbiAgICAgIGxhc3RDb21tZW50UHJlZml4ID0gLTE7XG4gICAgICBwb3MgPSBza2lwVGVybWluYXRvcihwKTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBpZiAoYyA9PT0gSEFTSCB8fCBjID09PSBCQU5HKSB7XG4gICAgICBjb25zdCBlb2wgPSBlbmRPZkxpbmUocCk7XG4gICAgICAvLyBTcHJpbmcgQm9vdDogYSBzZXBhcmF0b3IgaGFzIG5vIGxlYWRpbmcgd2hpdGUgc3BhY2UsIGV4YWN0bHkgdGhyZWUgaHlwaGVucywgYW5kIGRvZXMgbm90IGZvbGxvdyBhIGNvbW1lbnRcbiAgICAgIC8vIHdpdGggdGhlIHNhbWUgcHJlZml4LiBBIGNvbW1lbnQgd2hpbGUgdGhlIG5ldyBkb2N1bWVudCBpcyBzdGlsbCBlbXB0eSBtZXJnZXMgaXQgYmFjayBpbnRvIHRoZSBwcmV2aW91cyBvbmUuXG4gICAgICBpZiAocCA9PT0gbGluZVN0YXJ0ICYmIGMgIT09IGxhc3RDb21tZW50UHJlZml4ICYmIGlzU2VwYXJhdG9yKHRleHQsIHAsIGVvbCkpIHtcbiAgICAgICAgaWYgKCFjdXJyZW50RW1wdHkpIGZpbmlzaGVkKys7XG4gICAgICAgIGN1cnJlbnQgPSBmaW5pc2hlZDtcbiAgICAgICAgY3VycmVudEVtcHR5ID0gdHJ1ZTtcbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIGNvbW1lbnRzLnB1c2goeyBzcGFuOiB7IHN0YXJ0OiBwLCBlbmQ6IGVvbCB9LCB0ZXh0OiB0ZXh0LnNsaWNlKHAgKyAxLCBlb2wpLCBsaW5lIH0pO1xuICAgICAgICBpZiAoY3VycmVudEVtcHR5ICYmIGZpbmlzaGVkID4gMCkge1xuICAgICAgICAgIGZpbmlzaGVkLS07XG4gICAgICAgICAgY3VycmVudCA9IGZpbmlzaGVkO1xuICAgICAgICAgIGN1cnJlbnRFbXB0eSA9IGZhbHNlO1xuICAgICAgICB9XG4gICAgICAgIGxhc3RDb21tZW50UHJlZml4ID0gYztcbiAgICAgIH1cbiAgICAgIHBvcyA9IHNraXBUZXJtaW5hdG9yKGVvbCk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgbGFzdENvbW1lbnRQcmVmaXggPSAtMTtcbiAgICBwb3MgPSBwYXJzZUxvZ2ljYWxMaW5lKGxpbmVTdGFydCwgcCk7XG4gIH1cblxuICByZXR1cm4geyBlbnRyaWVzLCBjb21tZW50cywgZG9jdW1lbnRDb3VudDogTWF0aC5tYXgoMSwgZmluaXNoZWQgKyAoY3VycmVudEVtcHR5ID8gMCA6IDEpKSwgcHJvYmxlbXMgfTtcbn1cblxuZnVuY3Rpb24gaXNTZXBhcmF0b3IodGV4dDogc3RyaW5nLCBwOiBudW1iZXIsIGVvbDogbnVtYmVyKTogYm9vbGVhbiB7XG4gIGlmIChlb2wgLSBwIDwgNCkgcmV0dXJuIGZhbHNlO1xuICBmb3IgKGxldCBpID0gMTsgaSA8PSAzOyBpKyspIGlmICh0ZXh0LmNoYXJDb2RlQXQocCArIGkpICE9PSBIWVBIRU4pIHJldHVybiBmYWxzZTtcbiAgZm9yIChsZXQgcSA9IHAgKyA0OyBxIDwgZW9sOyBxKyspIGlmICghaXNXaGl0ZSh0ZXh0LmNoYXJDb2RlQXQocSkpKSByZXR1cm4gZmFsc2U7XG4gIHJldHVybiB0cnVlO1xufVxuXG4vLyBDb250cm9sIGNoYXJzIHRoYXQgZG8gbm90IG9jY3VyIGluIHRleHQgZmlsZXMgKFRBQiwgTEYsIFZULCBGRiwgQ1IsIFNVQiBhbmQgRVNDIGV4Y2VwdGVkKS5cbmNvbnN0IEJJTkFSWSA9IC9bXFx4MDAtXFx4MDhcXHgwZS1cXHgxOVxceDFjLVxceDFmXS87XG5cbmZ1bmN0aW9uIHJlcG9ydEJpbmFyeSh0ZXh0OiBzdHJpbmcsIHByb2JsZW1zOiBQcm9wZXJ0aWVzUHJvYmxlbVtdKTogdm9pZCB7XG4gIGNvbnN0IG51bCA9IHRleHQuaW5kZXhPZignXFwwJyk7XG4gIGNvbnN0IG1hdGNoID0gbnVsID49IDAgPyB1bmRlZmluZWQgOiBCSU5BUlkuZXhlYyh0ZXh0KTtcbiAgY29uc3QgYXQgPSBudWwgPj0gMCA/IG51bCA6IG1hdGNoID8gbWF0Y2guaW5kZXggOiAtMTtcbiAgaWYgKGF0IDwgMCkgcmV0dXJuO1xuICBwcm9ibGVtcy5wdXNoKHtcbiAgICBtZXNzYWdlOlxuICAgICAgbnVsID49IDBcbiAgICAgICAgPyAnVGhlIGZpbGUgY29udGFpbnMgYSBOVUwgY2hhcmFjdGVyOiBpdCBsb29rcyBiaW5hcnksIG5vdCBsaWtlIGEgcHJvcGVydGllcyBmaWxlLidcbiAgICAgICAgOiAnVGhlIGZpbGUgY29udGFpbnMgY29udHJvbCBjaGFyYWN0ZXJzOiBpdCBsb29rcyBiaW5hcnksIG5vdCBsaWtlIGEgcHJvcGVydGllcyBmaWxlLicsXG4gICAgc3BhbjogeyBzdGFydDogYXQsIGVuZDogYXQgKyAxIH0sXG4gIH0pO1xufVxuXG5mdW5jdGlvbiB1bmljb2RlRXNjYXBlKGM6IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiAnXFxcXHUnICsgYy50b1N0cmluZygxNikudG9VcHBlckNhc2UoKS5wYWRTdGFydCg0LCAnMCcpO1xufVxuXG5mdW5jdGlvbiBlc2NhcGVUZXh0KHM6IHN0cmluZywgaXNLZXk6IGJvb2xlYW4pOiBzdHJpbmcge1xuICBjb25zdCBvdXQ6IHN0cmluZ1tdID0gW107XG4gIGxldCBwbGFpbkZyb20gPSAwO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IHMubGVuZ3RoOyBpKyspIHtcbiAgICBjb25zdCBjID0gcy5jaGFyQ29kZUF0KGkpO1xuICAgIGxldCByZXA6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgICBpZiAoYyA9PT0gQkFDS1NMQVNIKSByZXAgPSAnXFxcXFxcXFwnO1xuICAgIGVsc2UgaWYgKGMgPT09IFRBQikgcmVwID0gJ1xcXFx0JztcbiAgICBlbHNlIGlmIChjID09PSBMRikgcmVwID0gJ1xcXFxuJztcbiAgICBlbHNlIGlmIChjID09PSBDUikgcmVwID0gJ1xcXFxyJztcbiAgICBlbHNlIGlmIChjID09PSBGRikgcmVwID0gJ1xcXFxmJztcbiAgICBlbHNlIGlmIChjIDwgU1BBQ0UgfHwgYyA+IDB4N2UpIHJlcCA9IHVuaWNvZGVFc2NhcGUoYyk7XG4gICAgZWxzZSBpZiAoYyA9PT0gU1BBQ0UpIHJlcCA9IGlzS2V5IHx8IGkgPT09IDAgPyAnXFxcXCAnIDogdW5kZWZpbmVkO1xuICAgIC8vIEluIGEga2V5IHRoZXNlIHdvdWxkIGVuZCBpdCBvciBzdGFydCBhIGNvbW1lbnQ7IGF0IHRoZSBzdGFydCBvZiBhIHZhbHVlLCAnPScgb3IgJzonIGFmdGVyIGEgd2hpdGUtc3BhY2VcbiAgICAvLyBzZXBhcmF0b3Igd291bGQgYmUgcmVhZCBhcyB0aGUgc2VwYXJhdG9yLlxuICAgIGVsc2UgaWYgKGMgPT09IEVRVUFMUyB8fCBjID09PSBDT0xPTikgcmVwID0gaXNLZXkgfHwgaSA9PT0gMCA/ICdcXFxcJyArIHNbaV0gOiB1bmRlZmluZWQ7XG4gICAgZWxzZSBpZiAoYyA9PT0gSEFTSCB8fCBjID09PSBCQU5HKSByZXAgPSBpc0tleSA/ICdcXFxcJyArIHNbaV0gOiB1bmRlZmluZWQ7XG4gICAgaWYgKHJlcCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBpZiAoaSA+IHBsYWluRnJvbSkgb3V0LnB1c2gocy5zbGljZShwbGFpbkZyb20sIGkpKTtcbiAgICAgIG91dC5wdXNoKHJlcCk7XG4gICAgICBwbGFpbkZyb20gPSBpICsgMTtcbiAgICB9XG4gIH1cbiAgaWYgKHBsYWluRnJvbSA9PT0gMCkgcmV0dXJuIHM7XG4gIG91dC5wdXNoKHMuc2xpY2UocGxhaW5Gcm9tKSk7XG4gIHJldHVybiBvdXQuam9pbignJyk7XG59XG5cbi8qKlxuICogRW5jb2RlcyBhIHZhbHVlIHNvIHRoYXQgcGFyc2VQcm9wZXJ0aWVzIChhbmQgTmFjb3MpIHJlYWQgaXQgYmFjayBleGFjdGx5OiBiYWNrc2xhc2hlcywgYSBsZWFkaW5nIHNwYWNlLCAnPScgb3JcbiAqICc6JywgYW5kIFxcdCBcXG4gXFxyIFxcZiBhcmUgZXNjYXBlZDsgZXZlcnkgY2hhciBvdXRzaWRlIHByaW50YWJsZSBBU0NJSSBiZWNvbWVzIFxcdVhYWFgsIHNvIHRoZSBsaW5lIG1lYW5zIHRoZSBzYW1lXG4gKiB3aGV0aGVyIHRoZSBmaWxlIGlzIHNhdmVkIGFzIFVURi04IG9yIElTTy04ODU5LTEgKE5hY29zIHJlYWRzIElTTy04ODU5LTEpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlUHJvcGVydHlWYWx1ZSh2YWx1ZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGVzY2FwZVRleHQodmFsdWUsIGZhbHNlKTtcbn1cblxuLyoqXG4gKiBFbmNvZGVzIGEga2V5IGxpa2UgZXNjYXBlUHJvcGVydHlWYWx1ZSwgYWxzbyBlc2NhcGluZyBldmVyeSBzcGFjZSwgJz0nLCAnOicsICcjJyBhbmQgJyEnLiBBIGtleSB0aGF0IHN0YXJ0cyBvclxuICogZW5kcyB3aXRoIGEgY2hhciA8PSBVKzAwMjAgY2Fubm90IGJlIHdyaXR0ZW4gYXQgYWxsOiBTcHJpbmcgdHJpbXMga2V5cy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVzY2FwZVByb3BlcnR5S2V5KGtleTogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGVzY2FwZVRleHQoa2V5LCB0cnVlKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFLQSx1QkFBcUI7QUFDckIsb0JBQW1CO0FBQ25CLGdDQUEwQjtBQUMxQixTQUFvQjtBQUNwQixTQUFvQjtBQUNwQixXQUFzQjs7O0FDMkN0QixJQUFNLE1BQU07QUFDWixJQUFNLEtBQUs7QUFDWCxJQUFNLEtBQUs7QUFDWCxJQUFNLEtBQUs7QUFDWCxJQUFNLFFBQVE7QUFDZCxJQUFNLE9BQU87QUFDYixJQUFNLE9BQU87QUFDYixJQUFNLFNBQVM7QUFDZixJQUFNLFFBQVE7QUFDZCxJQUFNLFNBQVM7QUFDZixJQUFNLFlBQVk7QUFHbEIsSUFBTSxvQkFDSjtBQUVGLElBQU0sY0FDSjtBQUVGLFNBQVMsUUFBUSxHQUFvQjtBQUNuQyxTQUFPLE1BQU0sU0FBUyxNQUFNLE9BQU8sTUFBTTtBQUMzQztBQUVBLFNBQVMsU0FBUyxHQUFtQjtBQUNuQyxNQUFJLEtBQUssTUFBUSxLQUFLLEdBQU0sUUFBTyxJQUFJO0FBQ3ZDLE1BQUksS0FBSyxNQUFRLEtBQUssR0FBTSxRQUFPLElBQUksS0FBTztBQUM5QyxNQUFJLEtBQUssTUFBUSxLQUFLLElBQU0sUUFBTyxJQUFJLEtBQU87QUFDOUMsU0FBTztBQUNUO0FBVUEsU0FBUyxNQUFNLE1BQWdCLEdBQW1CO0FBQ2hELE1BQUksS0FBSztBQUNULE1BQUksS0FBSyxLQUFLLFNBQVMsSUFBSTtBQUMzQixTQUFPLEtBQUssSUFBSTtBQUNkLFVBQU0sTUFBTyxLQUFLLEtBQUssS0FBTTtBQUM3QixRQUFJLEtBQUssTUFBTSxDQUFDLEtBQUssRUFBRyxNQUFLO0FBQUEsUUFDeEIsTUFBSyxNQUFNO0FBQUEsRUFDbEI7QUFDQSxTQUFPLEtBQUs7QUFDZDtBQUVBLFNBQVMsUUFBUSxNQUFZLEdBQW1CO0FBQzlDLE1BQUksT0FBTyxTQUFTLFNBQVUsUUFBTyxPQUFPO0FBQzVDLFFBQU0sSUFBSSxNQUFNLE1BQU0sQ0FBQztBQUN2QixTQUFPLEtBQUssSUFBSSxDQUFDLEtBQUssSUFBSSxLQUFLLENBQUM7QUFDbEM7QUFFQSxTQUFTLE1BQU0sTUFBWSxHQUFXLFFBQXdCO0FBQzVELE1BQUksT0FBTyxTQUFTLFNBQVUsUUFBTyxPQUFPLElBQUk7QUFDaEQsUUFBTSxJQUFJLE1BQU0sTUFBTSxDQUFDO0FBQ3ZCLFFBQU0sYUFBYSxJQUFJLElBQUksS0FBSyxTQUFTLEtBQUssSUFBSSxDQUFDLElBQUksVUFBVSxLQUFLLENBQUM7QUFDdkUsUUFBTSxXQUFXLEtBQUssSUFBSSxDQUFDLElBQUksS0FBSyxJQUFJLENBQUMsTUFBTTtBQUMvQyxTQUFPLFdBQVcsS0FBSyxJQUFJLENBQUMsSUFBSSxLQUFLLElBQUksQ0FBQyxLQUFLLElBQUksS0FBSyxDQUFDLEtBQUs7QUFDaEU7QUFHQSxTQUFTLFlBQVksTUFBWSxNQUFjLElBQVksS0FBdUI7QUFDaEYsUUFBTSxNQUFNLElBQUksTUFBYyxLQUFLLE9BQU8sQ0FBQztBQUMzQyxNQUFJLE9BQU8sU0FBUyxVQUFVO0FBQzVCLGFBQVMsSUFBSSxNQUFNLElBQUksSUFBSSxJQUFLLEtBQUksSUFBSSxJQUFJLElBQUksT0FBTztBQUFBLEVBQ3pELE9BQU87QUFDTCxRQUFJLElBQUksT0FBTyxLQUFLLE1BQU0sTUFBTSxJQUFJLElBQUk7QUFDeEMsYUFBUyxJQUFJLE1BQU0sSUFBSSxJQUFJLEtBQUs7QUFDOUIsYUFBTyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssSUFBSSxDQUFDLEtBQUssRUFBRyxNQUFLO0FBQ3JELFVBQUksSUFBSSxJQUFJLElBQUksS0FBSyxJQUFJLENBQUMsS0FBSyxJQUFJLEtBQUssQ0FBQztBQUFBLElBQzNDO0FBQUEsRUFDRjtBQUNBLE1BQUksS0FBSyxJQUFJLElBQUk7QUFDakIsU0FBTztBQUNUO0FBR0EsSUFBTSxVQUFOLE1BQWM7QUFBQSxFQU9aLFlBQTZCLE1BQWM7QUFBZDtBQUFBLEVBQWU7QUFBQSxFQUFmO0FBQUEsRUFON0IsU0FBUztBQUFBLEVBQ0QsT0FBaUIsQ0FBQztBQUFBLEVBQ2xCLFFBQWtCLENBQUM7QUFBQSxFQUNuQixlQUFlO0FBQUEsRUFDZixhQUFhO0FBQUEsRUFJckIsUUFBYztBQUNaLFNBQUssU0FBUztBQUNkLFNBQUssS0FBSyxTQUFTO0FBQ25CLFNBQUssTUFBTSxTQUFTO0FBQ3BCLFNBQUssZUFBZSxLQUFLLGFBQWE7QUFBQSxFQUN4QztBQUFBLEVBRUEsS0FBSyxPQUFlLEtBQW1CO0FBQ3JDLFFBQUksVUFBVSxJQUFLO0FBQ25CLFFBQUksS0FBSyxlQUFlLE9BQU87QUFDN0IsV0FBSyxhQUFhO0FBQ2xCLFdBQUssS0FBSyxLQUFLLEtBQUssU0FBUyxDQUFDLElBQUk7QUFBQSxJQUNwQyxPQUFPO0FBQ0wsV0FBSyxNQUFNO0FBQ1gsV0FBSyxLQUFLLEtBQUssS0FBSyxRQUFRLE9BQU8sR0FBRztBQUN0QyxXQUFLLGVBQWU7QUFDcEIsV0FBSyxhQUFhO0FBQUEsSUFDcEI7QUFDQSxTQUFLLFVBQVUsTUFBTTtBQUFBLEVBQ3ZCO0FBQUEsRUFFQSxRQUFRLElBQVksT0FBZSxLQUFtQjtBQUNwRCxTQUFLLE1BQU07QUFDWCxTQUFLLEtBQUssS0FBSyxLQUFLLFFBQVEsT0FBTyxHQUFHO0FBQ3RDLFNBQUssTUFBTSxLQUFLLE9BQU8sYUFBYSxFQUFFLENBQUM7QUFDdkMsU0FBSztBQUFBLEVBQ1A7QUFBQSxFQUVBLFVBQWtCO0FBQ2hCLFFBQUksS0FBSyxNQUFNLFdBQVcsRUFBRyxRQUFPLEtBQUssZ0JBQWdCLElBQUksS0FBSyxLQUFLLE1BQU0sS0FBSyxjQUFjLEtBQUssVUFBVSxJQUFJO0FBQ25ILFNBQUssTUFBTTtBQUNYLFdBQU8sS0FBSyxNQUFNLEtBQUssRUFBRTtBQUFBLEVBQzNCO0FBQUE7QUFBQSxFQUdBLFVBQWdCO0FBQ2QsVUFBTSxPQUFPLEtBQUs7QUFDbEIsUUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPO0FBQzlCLFFBQUksS0FBSyxXQUFXLEtBQUssS0FBSyxDQUFDLElBQUksS0FBSyxDQUFDLE1BQU0sS0FBSyxPQUFRLFFBQU8sS0FBSyxDQUFDO0FBQ3pFLFdBQU8sS0FBSyxNQUFNO0FBQUEsRUFDcEI7QUFBQSxFQUVRLFFBQWM7QUFDcEIsUUFBSSxLQUFLLGdCQUFnQixHQUFHO0FBQzFCLFdBQUssTUFBTSxLQUFLLEtBQUssS0FBSyxNQUFNLEtBQUssY0FBYyxLQUFLLFVBQVUsQ0FBQztBQUNuRSxXQUFLLGVBQWUsS0FBSyxhQUFhO0FBQUEsSUFDeEM7QUFBQSxFQUNGO0FBQ0Y7QUFNQSxJQUFNLFFBQU4sTUFBcUM7QUFBQSxFQU9uQyxZQUNTLEtBQ0EsT0FDQSxTQUNBLFdBQ0EsVUFDQSxZQUNBLFVBQ0EsTUFDUCxTQUNBLFNBQ0EsV0FDQTtBQVhPO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFLUCxTQUFLLFdBQVc7QUFDaEIsU0FBSyxXQUFXO0FBQ2hCLFNBQUssYUFBYTtBQUFBLEVBQ3BCO0FBQUEsRUFmUztBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQWRBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNUO0FBQUEsRUFDQTtBQUFBLEVBb0JBLElBQUksYUFBdUI7QUFDekIsV0FBUSxLQUFLLGdCQUFnQixZQUFZLEtBQUssVUFBVSxLQUFLLFVBQVUsS0FBSyxXQUFXLEtBQUssSUFBSSxRQUFRLEtBQUssUUFBUSxHQUFHO0FBQUEsRUFDMUg7QUFBQSxFQUVBLElBQUksV0FBVyxTQUFtQjtBQUNoQyxTQUFLLGNBQWM7QUFBQSxFQUNyQjtBQUFBLEVBRUEsSUFBSSxlQUF5QjtBQUMzQixXQUFRLEtBQUssa0JBQWtCLFlBQVksS0FBSyxZQUFZLEdBQUcsS0FBSyxNQUFNLFFBQVEsS0FBSyxVQUFVLEdBQUc7QUFBQSxFQUN0RztBQUFBLEVBRUEsSUFBSSxhQUFhLFNBQW1CO0FBQ2xDLFNBQUssZ0JBQWdCO0FBQUEsRUFDdkI7QUFDRjtBQUdBLFNBQVMsZUFBZSxHQUE2QjtBQUNuRCxNQUFJLElBQUk7QUFDUixNQUFJLElBQUksRUFBRTtBQUNWLFNBQU8sSUFBSSxLQUFLLEVBQUUsV0FBVyxDQUFDLEtBQUssTUFBTztBQUMxQyxTQUFPLElBQUksS0FBSyxFQUFFLFdBQVcsSUFBSSxDQUFDLEtBQUssTUFBTztBQUM5QyxTQUFPLENBQUMsR0FBRyxDQUFDO0FBQ2Q7QUFFQSxJQUFNLFdBQVc7QUFDakIsSUFBTSxtQkFBbUI7QUFDekIsSUFBTSxhQUFhO0FBRVosU0FBUyxnQkFBZ0IsTUFBOEI7QUFDNUQsUUFBTSxJQUFJLEtBQUs7QUFDZixRQUFNLFVBQTJCLENBQUM7QUFDbEMsUUFBTSxXQUE4QixDQUFDO0FBQ3JDLFFBQU0sV0FBZ0MsQ0FBQztBQUN2QyxlQUFhLE1BQU0sUUFBUTtBQUczQixNQUFJLEtBQUssV0FBVyxDQUFDLE1BQU0sTUFBUSxVQUFTLEtBQUssRUFBRSxTQUFTLGFBQWEsTUFBTSxFQUFFLE9BQU8sR0FBRyxLQUFLLEVBQUUsRUFBRSxDQUFDO0FBQUEsV0FDNUYsS0FBSyxXQUFXLGNBQW9CLEVBQUcsVUFBUyxLQUFLLEVBQUUsU0FBUyxhQUFhLE1BQU0sRUFBRSxPQUFPLEdBQUcsS0FBSyxFQUFFLEVBQUUsQ0FBQztBQUVsSCxNQUFJLE1BQU07QUFDVixNQUFJLE9BQU87QUFFWCxNQUFJLFdBQVc7QUFDZixNQUFJLFVBQVU7QUFDZCxNQUFJLGVBQWU7QUFDbkIsTUFBSSxvQkFBb0I7QUFFeEIsTUFBSSxVQUFVO0FBQ2QsTUFBSSxTQUFTO0FBQ2IsUUFBTSxNQUFNLElBQUksUUFBUSxJQUFJO0FBQzVCLFFBQU0sUUFBUSxJQUFJLFFBQVEsSUFBSTtBQUU5QixRQUFNLGlCQUFpQixDQUFDLE1BQXNCO0FBQzVDLFFBQUksS0FBSyxFQUFHLFFBQU87QUFDbkI7QUFDQSxXQUFPLEtBQUssV0FBVyxDQUFDLE1BQU0sTUFBTSxJQUFJLElBQUksS0FBSyxLQUFLLFdBQVcsSUFBSSxDQUFDLE1BQU0sS0FBSyxJQUFJLElBQUksSUFBSTtBQUFBLEVBQy9GO0FBRUEsUUFBTSxZQUFZLENBQUMsTUFBc0I7QUFDdkMsV0FBTyxJQUFJLEdBQUc7QUFDWixZQUFNLElBQUksS0FBSyxXQUFXLENBQUM7QUFDM0IsVUFBSSxNQUFNLE1BQU0sTUFBTSxHQUFJO0FBQzFCO0FBQUEsSUFDRjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBRUEsUUFBTSxhQUFhLENBQUMsTUFBYyxPQUF1QjtBQUN2RCxRQUFJLFFBQVE7QUFDWixhQUFTLElBQUksTUFBTSxJQUFJLElBQUksS0FBSztBQUM5QixZQUFNLElBQUksS0FBSyxXQUFXLENBQUM7QUFDM0IsVUFBSSxNQUFNLEdBQUk7QUFBQSxlQUNMLE1BQU0sTUFBTSxFQUFFLElBQUksSUFBSSxNQUFNLEtBQUssV0FBVyxJQUFJLENBQUMsTUFBTSxJQUFLO0FBQUEsSUFDdkU7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUdBLFFBQU0sYUFBYSxDQUFDLE1BQXNCO0FBQ3hDLFFBQUksSUFBSSxLQUFLLEVBQUcsUUFBTztBQUN2QixVQUFNLElBQUksS0FBSyxXQUFXLElBQUksQ0FBQztBQUMvQixRQUFJLE1BQU0sTUFBTSxNQUFNLElBQUk7QUFFeEIsVUFBSSxJQUFJLElBQUk7QUFDWixVQUFJLE1BQU0sTUFBTSxJQUFJLEtBQUssS0FBSyxXQUFXLENBQUMsTUFBTSxHQUFJO0FBQ3BEO0FBQ0EsYUFBTyxJQUFJLEtBQUssUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQUc7QUFDN0MsZUFBUztBQUNULGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSSxNQUFNLEtBQWM7QUFFdEIsVUFBSSxPQUFPO0FBQ1gsVUFBSSxJQUFJLElBQUk7QUFDWixhQUFPLElBQUksSUFBSSxLQUFLLElBQUksR0FBRztBQUN6QixjQUFNLElBQUksU0FBUyxLQUFLLFdBQVcsQ0FBQyxDQUFDO0FBQ3JDLFlBQUksSUFBSSxFQUFHO0FBQ1gsZUFBTyxPQUFPLEtBQUs7QUFDbkI7QUFBQSxNQUNGO0FBQ0EsVUFBSSxNQUFNLElBQUksR0FBRztBQUNmLGtCQUFVO0FBQ1YsaUJBQVM7QUFDVCxlQUFPO0FBQUEsTUFDVDtBQUNBLGVBQVMsS0FBSyxFQUFFLFNBQVMsbUJBQW1CLE1BQU0sRUFBRSxPQUFPLEdBQUcsS0FBSyxFQUFFLEVBQUUsQ0FBQztBQUN4RSxnQkFBVTtBQUNWLGVBQVMsSUFBSTtBQUNiLGFBQU87QUFBQSxJQUNUO0FBRUEsY0FBVSxNQUFNLE1BQU8sTUFBTSxNQUFNLE1BQU8sS0FBSyxNQUFNLE1BQU8sS0FBSyxNQUFNLE1BQU8sS0FBSztBQUNuRixhQUFTLElBQUk7QUFDYixXQUFPO0FBQUEsRUFDVDtBQUdBLFFBQU0sbUJBQW1CLENBQUMsV0FBbUIsVUFBMEI7QUFDckUsVUFBTSxZQUFZO0FBQ2xCLFFBQUksTUFBTTtBQUNWLFVBQU0sTUFBTTtBQUNaLFFBQUksSUFBSTtBQUNSLFFBQUksSUFBSTtBQUNSLFFBQUksWUFBWTtBQUNoQixRQUFJLFFBQVE7QUFHWixlQUFTO0FBQ1AsWUFBTSxJQUFJO0FBQ1YsYUFBTyxJQUFJLEdBQUc7QUFDWixZQUFJLEtBQUssV0FBVyxDQUFDO0FBQ3JCLFlBQUksTUFBTSxhQUFhLE1BQU0sTUFBTSxNQUFNLE1BQU0sTUFBTSxVQUFVLE1BQU0sU0FBUyxRQUFRLENBQUMsRUFBRztBQUMxRjtBQUFBLE1BQ0Y7QUFDQSxVQUFJLEtBQUssR0FBRyxDQUFDO0FBQ2IsVUFBSSxLQUFLLEtBQUssTUFBTSxNQUFNLE1BQU0sTUFBTSxRQUFRLENBQUMsRUFBRztBQUNsRCxVQUFJLE1BQU0sVUFBVSxNQUFNLE9BQU87QUFDL0Isb0JBQVk7QUFDWjtBQUNBO0FBQUEsTUFDRjtBQUNBLFlBQU0sT0FBTyxXQUFXLENBQUM7QUFDekIsVUFBSSxTQUFTLFlBQVk7QUFDdkIsZ0JBQVE7QUFDUjtBQUFBLE1BQ0Y7QUFDQSxVQUFJLFNBQVMsU0FBVSxLQUFJLFFBQVEsU0FBUyxHQUFHLE1BQU07QUFDckQsVUFBSTtBQUFBLElBQ047QUFHQSxXQUFPLENBQUMsU0FBUyxJQUFJLEdBQUc7QUFDdEIsVUFBSSxLQUFLLFdBQVcsQ0FBQztBQUNyQixVQUFJLFFBQVEsQ0FBQyxFQUFHO0FBQUEsZUFDUCxDQUFDLGNBQWMsTUFBTSxVQUFVLE1BQU0sUUFBUTtBQUNwRCxvQkFBWTtBQUNaO0FBQUEsTUFDRixXQUFXLE1BQU0sYUFBYSxJQUFJLElBQUksTUFBTSxLQUFLLFdBQVcsSUFBSSxDQUFDLE1BQU0sTUFBTSxLQUFLLFdBQVcsSUFBSSxDQUFDLE1BQU0sS0FBSztBQUMzRyxtQkFBVyxDQUFDO0FBQ1osWUFBSTtBQUFBLE1BQ04sTUFBTztBQUFBLElBQ1Q7QUFHQSxVQUFNLFVBQVU7QUFDaEIsV0FBTyxDQUFDLE9BQU87QUFDYixZQUFNLElBQUk7QUFDVixhQUFPLElBQUksR0FBRztBQUNaLFlBQUksS0FBSyxXQUFXLENBQUM7QUFDckIsWUFBSSxNQUFNLGFBQWEsTUFBTSxNQUFNLE1BQU0sR0FBSTtBQUM3QztBQUFBLE1BQ0Y7QUFDQSxZQUFNLEtBQUssR0FBRyxDQUFDO0FBQ2YsVUFBSSxLQUFLLEtBQUssTUFBTSxNQUFNLE1BQU0sR0FBSTtBQUNwQyxZQUFNLE9BQU8sV0FBVyxDQUFDO0FBQ3pCLFVBQUksU0FBUyxZQUFZO0FBQ3ZCLGdCQUFRO0FBQ1I7QUFBQSxNQUNGO0FBQ0EsVUFBSSxTQUFTLFNBQVUsT0FBTSxRQUFRLFNBQVMsR0FBRyxNQUFNO0FBQ3ZELFVBQUk7QUFBQSxJQUNOO0FBQ0EsVUFBTSxVQUFVLFFBQVEsSUFBSTtBQUM1QixVQUFNLE9BQU8sZUFBZSxPQUFPO0FBRW5DLFVBQU0sU0FBUyxJQUFJLFFBQVE7QUFDM0IsVUFBTSxDQUFDLEdBQUcsQ0FBQyxJQUFJLGVBQWUsTUFBTTtBQUNwQyxRQUFJLE1BQU0sRUFBRyxRQUFPO0FBRXBCLFVBQU0sVUFBVSxJQUFJLFFBQVE7QUFDNUIsVUFBTSxVQUFVLEVBQUUsT0FBTyxRQUFRLFNBQVMsQ0FBQyxHQUFHLEtBQUssTUFBTSxTQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sRUFBRTtBQUNyRixVQUFNLFlBQVksTUFBTSxRQUFRO0FBQ2hDLFVBQU0sY0FBYyxNQUFNO0FBQzFCLFVBQU0sWUFDSixjQUFjLElBQ1YsRUFBRSxPQUFPLFFBQVEsV0FBVyxDQUFDLEdBQUcsS0FBSyxNQUFNLFdBQVcsY0FBYyxHQUFHLFdBQVcsRUFBRSxJQUNwRixFQUFFLE9BQU8sU0FBUyxLQUFLLFFBQVE7QUFDckMsWUFBUTtBQUFBLE1BQ04sSUFBSTtBQUFBLFFBQ0YsTUFBTSxLQUFLLE1BQU0sT0FBTyxTQUFTLFNBQVMsT0FBTyxNQUFNLEdBQUcsQ0FBQztBQUFBLFFBQzNELE1BQU0sUUFBUTtBQUFBLFFBQ2Q7QUFBQSxRQUNBO0FBQUEsUUFDQSxFQUFFLE9BQU8sT0FBTyxLQUFLLFFBQVE7QUFBQSxRQUM3QixFQUFFLE9BQU8sV0FBVyxLQUFLLEtBQUs7QUFBQSxRQUM5QjtBQUFBLFFBQ0EsYUFBYSxRQUFRLFVBQVUsUUFBUSxJQUFJLFdBQVcsT0FBTyxRQUFRLEtBQUs7QUFBQSxRQUMxRTtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxtQkFBZTtBQUNmLFdBQU87QUFBQSxFQUNUO0FBRUEsU0FBTyxNQUFNLEdBQUc7QUFDZCxVQUFNLFlBQVk7QUFDbEIsUUFBSSxJQUFJO0FBQ1IsV0FBTyxJQUFJLEtBQUssUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQUc7QUFDN0MsUUFBSSxLQUFLLEVBQUc7QUFDWixVQUFNLElBQUksS0FBSyxXQUFXLENBQUM7QUFDM0IsUUFBSSxNQUFNLE1BQU0sTUFBTSxJQUFJO0FBQ3hCLDBCQUFvQjtBQUNwQixZQUFNLGVBQWUsQ0FBQztBQUN0QjtBQUFBLElBQ0Y7QUFDQSxRQUFJLE1BQU0sUUFBUSxNQUFNLE1BQU07QUFDNUIsWUFBTSxNQUFNLFVBQVUsQ0FBQztBQUd2QixVQUFJLE1BQU0sYUFBYSxNQUFNLHFCQUFxQixZQUFZLE1BQU0sR0FBRyxHQUFHLEdBQUc7QUFDM0UsWUFBSSxDQUFDLGFBQWM7QUFDbkIsa0JBQVU7QUFDVix1QkFBZTtBQUFBLE1BQ2pCLE9BQU87QUFDTCxpQkFBUyxLQUFLLEVBQUUsTUFBTSxFQUFFLE9BQU8sR0FBRyxLQUFLLElBQUksR0FBRyxNQUFNLEtBQUssTUFBTSxJQUFJLEdBQUcsR0FBRyxHQUFHLEtBQUssQ0FBQztBQUNsRixZQUFJLGdCQUFnQixXQUFXLEdBQUc7QUFDaEM7QUFDQSxvQkFBVTtBQUNWLHlCQUFlO0FBQUEsUUFDakI7QUFDQSw0QkFBb0I7QUFBQSxNQUN0QjtBQUNBLFlBQU0sZUFBZSxHQUFHO0FBQ3hCO0FBQUEsSUFDRjtBQUNBLHdCQUFvQjtBQUNwQixVQUFNLGlCQUFpQixXQUFXLENBQUM7QUFBQSxFQUNyQztBQUVBLFNBQU8sRUFBRSxTQUFTLFVBQVUsZUFBZSxLQUFLLElBQUksR0FBRyxZQUFZLGVBQWUsSUFBSSxFQUFFLEdBQUcsU0FBUztBQUN0RztBQUVBLFNBQVMsWUFBWSxNQUFjLEdBQVcsS0FBc0I7QUFDbEUsTUFBSSxNQUFNLElBQUksRUFBRyxRQUFPO0FBQ3hCLFdBQVMsSUFBSSxHQUFHLEtBQUssR0FBRyxJQUFLLEtBQUksS0FBSyxXQUFXLElBQUksQ0FBQyxNQUFNLE9BQVEsUUFBTztBQUMzRSxXQUFTLElBQUksSUFBSSxHQUFHLElBQUksS0FBSyxJQUFLLEtBQUksQ0FBQyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsRUFBRyxRQUFPO0FBQzNFLFNBQU87QUFDVDtBQUdBLElBQU0sU0FBUztBQUVmLFNBQVMsYUFBYSxNQUFjLFVBQXFDO0FBQ3ZFLFFBQU0sTUFBTSxLQUFLLFFBQVEsSUFBSTtBQUM3QixRQUFNLFFBQVEsT0FBTyxJQUFJLFNBQVksT0FBTyxLQUFLLElBQUk7QUFDckQsUUFBTSxLQUFLLE9BQU8sSUFBSSxNQUFNLFFBQVEsTUFBTSxRQUFRO0FBQ2xELE1BQUksS0FBSyxFQUFHO0FBQ1osV0FBUyxLQUFLO0FBQUEsSUFDWixTQUNFLE9BQU8sSUFDSCxvRkFDQTtBQUFBLElBQ04sTUFBTSxFQUFFLE9BQU8sSUFBSSxLQUFLLEtBQUssRUFBRTtBQUFBLEVBQ2pDLENBQUM7QUFDSDtBQUVBLFNBQVMsY0FBYyxHQUFtQjtBQUN4QyxTQUFPLFFBQVEsRUFBRSxTQUFTLEVBQUUsRUFBRSxZQUFZLEVBQUUsU0FBUyxHQUFHLEdBQUc7QUFDN0Q7QUFFQSxTQUFTLFdBQVcsR0FBVyxPQUF3QjtBQUNyRCxRQUFNLE1BQWdCLENBQUM7QUFDdkIsTUFBSSxZQUFZO0FBQ2hCLFdBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxRQUFRLEtBQUs7QUFDakMsVUFBTSxJQUFJLEVBQUUsV0FBVyxDQUFDO0FBQ3hCLFFBQUk7QUFDSixRQUFJLE1BQU0sVUFBVyxPQUFNO0FBQUEsYUFDbEIsTUFBTSxJQUFLLE9BQU07QUFBQSxhQUNqQixNQUFNLEdBQUksT0FBTTtBQUFBLGFBQ2hCLE1BQU0sR0FBSSxPQUFNO0FBQUEsYUFDaEIsTUFBTSxHQUFJLE9BQU07QUFBQSxhQUNoQixJQUFJLFNBQVMsSUFBSSxJQUFNLE9BQU0sY0FBYyxDQUFDO0FBQUEsYUFDNUMsTUFBTSxNQUFPLE9BQU0sU0FBUyxNQUFNLElBQUksUUFBUTtBQUFBLGFBRzlDLE1BQU0sVUFBVSxNQUFNLE1BQU8sT0FBTSxTQUFTLE1BQU0sSUFBSSxPQUFPLEVBQUUsQ0FBQyxJQUFJO0FBQUEsYUFDcEUsTUFBTSxRQUFRLE1BQU0sS0FBTSxPQUFNLFFBQVEsT0FBTyxFQUFFLENBQUMsSUFBSTtBQUMvRCxRQUFJLFFBQVEsUUFBVztBQUNyQixVQUFJLElBQUksVUFBVyxLQUFJLEtBQUssRUFBRSxNQUFNLFdBQVcsQ0FBQyxDQUFDO0FBQ2pELFVBQUksS0FBSyxHQUFHO0FBQ1osa0JBQVksSUFBSTtBQUFBLElBQ2xCO0FBQUEsRUFDRjtBQUNBLE1BQUksY0FBYyxFQUFHLFFBQU87QUFDNUIsTUFBSSxLQUFLLEVBQUUsTUFBTSxTQUFTLENBQUM7QUFDM0IsU0FBTyxJQUFJLEtBQUssRUFBRTtBQUNwQjtBQU9PLFNBQVMsb0JBQW9CLE9BQXVCO0FBQ3pELFNBQU8sV0FBVyxPQUFPLEtBQUs7QUFDaEM7QUFNTyxTQUFTLGtCQUFrQixLQUFxQjtBQUNyRCxTQUFPLFdBQVcsS0FBSyxJQUFJO0FBQzdCOzs7QURoaEJBLElBQU0sbUJBQW1CO0FBQ3pCLElBQU0saUJBQWlCO0FBRXZCLFNBQVMsT0FBT0EsV0FBc0M7QUFDcEQsV0FBUyxNQUFNLFFBQVEsSUFBSSxHQUFHLElBQUksR0FBRyxJQUFJLEdBQUcsTUFBVyxhQUFRLEdBQUcsR0FBRyxLQUFLO0FBQ3hFLFVBQU0sSUFBUyxhQUFRLEtBQUtBLFNBQVE7QUFDcEMsUUFBTyxjQUFXLENBQUMsRUFBRyxRQUFPO0FBQUEsRUFDL0I7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLGFBQWlDO0FBQ3hDLGFBQVcsS0FBSyxDQUFDLFFBQVEsSUFBSSx3QkFBd0Isd0JBQXdCLGtCQUFrQixHQUFHO0FBQ2hHLFFBQUksQ0FBQyxFQUFHO0FBQ1IsVUFBTSxJQUFJLE9BQVksVUFBSyxHQUFHLDRCQUE0QixRQUFRLHdCQUF3QixDQUFDO0FBQzNGLFFBQUksRUFBRyxRQUFZLGFBQVEsR0FBRyxVQUFVO0FBQUEsRUFDMUM7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFlBQVksUUFBMEI7QUFDN0MsU0FDRyxlQUFZLE1BQU0sRUFDbEIsSUFBSSxDQUFDLE1BQVcsVUFBSyxRQUFRLEdBQUcsRUFBRSxXQUFXLGVBQWUsSUFBSSxlQUFlLFFBQVEsd0JBQXdCLENBQUMsRUFDaEgsT0FBTyxDQUFDLE1BQVMsY0FBVyxDQUFDLENBQUMsRUFDOUIsS0FBSztBQUNWO0FBR0EsU0FBUyxjQUFjLEtBQStEO0FBQ3BGLFFBQU0sU0FBUyxPQUFPLGlDQUFpQztBQUN2RCxnQkFBQUMsUUFBTyxHQUFHLFFBQVEsc0VBQXNFO0FBQ3hGLFVBQUkscUNBQVUsUUFBUSxDQUFDLFVBQVUsQ0FBQyxFQUFFLFdBQVcsRUFBRyxRQUFPO0FBQ3pELFFBQU0sVUFBZSxVQUFLLEtBQUssU0FBUztBQUN4QyxNQUFJO0FBQ0osUUFBTSxZQUFRLHFDQUFVLFNBQVMsQ0FBQyxhQUFhLFNBQVMsTUFBTSxTQUFTLE1BQU0sR0FBRyxFQUFFLFVBQVUsT0FBTyxDQUFDO0FBQ3BHLE1BQUksTUFBTSxXQUFXLEVBQUcsV0FBVSxDQUFDLE9BQU8sU0FBUyxnQkFBZ0I7QUFBQSxXQUMxRCxNQUFNLE1BQU8sV0FBVSxDQUFDLE1BQU07QUFBQSxNQUNsQyxPQUFNLElBQUksTUFBTSxpQkFBaUIsTUFBTSxNQUFNLEVBQUU7QUFDcEQsU0FBTyxDQUFDLFNBQVM7QUFDZixVQUFNLFVBQU0scUNBQVUsUUFBUSxDQUFDLEdBQUcsU0FBUyxHQUFHLElBQUksR0FBRyxFQUFFLFVBQVUsUUFBUSxXQUFXLEtBQUssR0FBRyxDQUFDO0FBQzdGLFFBQUksSUFBSSxXQUFXLEVBQUcsT0FBTSxJQUFJLE1BQU0sa0JBQWtCLElBQUksTUFBTSxNQUFNLElBQUksTUFBTSxFQUFFO0FBQ3BGLFdBQU8sSUFBSSxPQUNSLE1BQU0sSUFBSSxFQUNWLE9BQU8sQ0FBQyxNQUFNLE1BQU0sRUFBRSxFQUN0QixJQUFJLENBQUMsTUFBTSxLQUFLLE1BQU0sQ0FBQyxDQUFpQjtBQUFBLEVBQzdDO0FBQ0Y7QUFHQSxTQUFTLFNBQVMsR0FBbUI7QUFDbkMsTUFBSSxJQUFJO0FBQ1IsTUFBSSxJQUFJLEVBQUU7QUFDVixTQUFPLElBQUksS0FBSyxFQUFFLFdBQVcsQ0FBQyxLQUFLLEdBQU07QUFDekMsU0FBTyxJQUFJLEtBQUssRUFBRSxXQUFXLElBQUksQ0FBQyxLQUFLLEdBQU07QUFDN0MsU0FBTyxFQUFFLE1BQU0sR0FBRyxDQUFDO0FBQ3JCO0FBRUEsSUFBTSxhQUFhLENBQUMsTUFBYyxPQUFPLEtBQUssR0FBRyxNQUFNLEVBQUUsU0FBUyxRQUFRO0FBQzFFLElBQU0sV0FBVyxDQUFDLE1BQWM7QUFNaEMsU0FBUyxpQkFBaUIsT0FBZSxNQUFzQixNQUFvQixPQUE4QixVQUFpQztBQUNoSixnQkFBQUEsUUFBTyxNQUFNLEtBQUssT0FBTyxRQUFXLEdBQUcsS0FBSyxrQ0FBa0MsS0FBSyxLQUFLLEVBQUU7QUFDMUYsUUFBTSxXQUFXLEtBQUssS0FBTSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLFNBQVMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxDQUFDLENBQUMsTUFBTSxNQUFNLEVBQUU7QUFDdEYsUUFBTSxTQUFTLEtBQUssUUFBUSxJQUFJLENBQUMsTUFBTSxDQUFDLEtBQUssRUFBRSxHQUFHLEdBQUcsS0FBSyxFQUFFLEtBQUssQ0FBQyxDQUFDO0FBQ25FLGdCQUFBQSxRQUFPLFVBQVUsUUFBUSxVQUFVLEtBQUs7QUFFeEMsUUFBTSxVQUFVLG9CQUFJLElBQW9CO0FBQ3hDLFFBQU0sWUFBWSxvQkFBSSxJQUFZO0FBQ2xDLGFBQVcsQ0FBQyxHQUFHLENBQUMsS0FBSyxLQUFLLEtBQU07QUFDOUIsVUFBTSxNQUFNLFNBQVMsQ0FBQztBQUN0QixRQUFJLFFBQVEsR0FBSTtBQUNoQixRQUFJLFFBQVEsSUFBSSxHQUFHLEVBQUcsV0FBVSxJQUFJLEdBQUc7QUFDdkMsWUFBUSxJQUFJLEtBQUssQ0FBQztBQUFBLEVBQ3BCO0FBQ0EsUUFBTSxTQUFTLG9CQUFJLElBQW9CO0FBQ3ZDLGFBQVcsS0FBSyxLQUFLLFFBQVMsUUFBTyxJQUFJLEtBQUssRUFBRSxHQUFHLEdBQUcsS0FBSyxFQUFFLEtBQUssQ0FBQztBQUNuRSxnQkFBQUEsUUFBTyxVQUFVLENBQUMsR0FBRyxPQUFPLEtBQUssQ0FBQyxFQUFFLEtBQUssR0FBRyxDQUFDLEdBQUcsUUFBUSxLQUFLLENBQUMsRUFBRSxLQUFLLEdBQUcsR0FBRyxLQUFLLFlBQVk7QUFDNUYsYUFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFLLE9BQVEsS0FBSSxDQUFDLFVBQVUsSUFBSSxDQUFDLEVBQUcsZUFBQUEsUUFBTyxNQUFNLEdBQUcsUUFBUSxJQUFJLENBQUMsR0FBRyxHQUFHLEtBQUssbUJBQW1CLEtBQUssVUFBVSxDQUFDLENBQUMsRUFBRTtBQUNsSSxTQUFPLEVBQUUsV0FBVyxVQUFVLEtBQUs7QUFDckM7QUFFQSxJQUFNLFNBQU4sTUFBYTtBQUFBLEVBQ0g7QUFBQSxFQUNSLFlBQVksTUFBYztBQUN4QixTQUFLLElBQUk7QUFBQSxFQUNYO0FBQUEsRUFDQSxPQUFlO0FBRWIsU0FBSyxJQUFLLEtBQUssSUFBSSxhQUFjO0FBQ2pDLFFBQUksSUFBSSxLQUFLLEtBQUssS0FBSyxJQUFLLEtBQUssTUFBTSxJQUFLLElBQUksS0FBSyxDQUFDO0FBQ3RELFFBQUssSUFBSSxLQUFLLEtBQUssSUFBSyxNQUFNLEdBQUksS0FBSyxDQUFDLElBQUs7QUFDN0MsYUFBUyxJQUFLLE1BQU0sUUFBUyxLQUFLO0FBQUEsRUFDcEM7QUFBQSxFQUNBLElBQUksR0FBbUI7QUFDckIsV0FBTyxLQUFLLE1BQU0sS0FBSyxLQUFLLElBQUksQ0FBQztBQUFBLEVBQ25DO0FBQUEsRUFDQSxPQUFPLEdBQW9CO0FBQ3pCLFdBQU8sS0FBSyxLQUFLLElBQUk7QUFBQSxFQUN2QjtBQUFBLEVBQ0EsS0FBUSxPQUF3QjtBQUM5QixXQUFPLE1BQU0sS0FBSyxJQUFJLE1BQU0sTUFBTSxDQUFDO0FBQUEsRUFDckM7QUFDRjtBQVNBLElBQU0saUJBQWlCLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBTyxRQUFRLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBUSxRQUFRLEtBQUs7QUFDbEksSUFBTSxTQUFtQjtBQUFBLEVBQ3ZCLE9BQU8sQ0FBQyxHQUFHLGdEQUFnRCxRQUFVLFFBQVUsUUFBVSxRQUFVLFFBQVUsUUFBVSxLQUFVLE1BQVUsTUFBVSxNQUFRO0FBQUEsRUFDN0osU0FBUyxDQUFDLEdBQUcsZ0JBQWdCLFVBQVksUUFBVTtBQUFBLEVBQ25ELHFCQUFxQjtBQUN2QjtBQUNBLElBQU0sT0FBaUI7QUFBQSxFQUNyQixPQUFPLENBQUMsR0FBRyxzQkFBc0IsUUFBSyxRQUFLLFVBQUssVUFBSyxhQUFNLFVBQUssUUFBVSxVQUFVLFVBQVUsTUFBUTtBQUFBLEVBQ3RHLFNBQVMsQ0FBQyxHQUFHLGdCQUFnQixVQUFPLFVBQUs7QUFBQSxFQUN6QyxxQkFBcUI7QUFDdkI7QUFDQSxJQUFNLE9BQU8sQ0FBQyxNQUFNLE1BQU0sTUFBTSxRQUFRLFFBQVEsSUFBSTtBQUNwRCxJQUFNLFFBQVEsQ0FBQyxLQUFLLEtBQU0sSUFBSTtBQUM5QixJQUFNLHNCQUFzQixDQUFDLFFBQVEsUUFBUSxRQUFRLFFBQVEsUUFBUSxRQUFRLFFBQVEsUUFBUSxRQUFRLFFBQVEsUUFBUSxRQUFRLFFBQVEsUUFBUSxRQUFRLFFBQVEsUUFBUSxNQUFNO0FBQzNLLElBQU0sYUFBYSxDQUFDLEtBQUssS0FBSyxLQUFLLEtBQUssS0FBTSxNQUFNLE9BQU8sT0FBTyxPQUFTLE1BQU0sTUFBTSxPQUFPLE1BQU0sTUFBTSxNQUFNLElBQUksWUFBWSxhQUFhLFNBQVMsT0FBTztBQUM3SixJQUFNLFFBQVEsQ0FBQyxLQUFLLEtBQUssMkJBQTJCLHVDQUF1QyxPQUFPLEtBQUs7QUFFdkcsU0FBUyxNQUFNLEdBQVcsS0FBcUI7QUFDN0MsTUFBSSxJQUFJO0FBQ1IsV0FBUyxJQUFJLEVBQUUsSUFBSSxNQUFNLENBQUMsR0FBRyxJQUFJLEdBQUcsSUFBSyxNQUFLLEVBQUUsS0FBSyxLQUFLO0FBQzFELFNBQU87QUFDVDtBQUVBLFNBQVMsYUFBYSxHQUFtQjtBQUN2QyxTQUFPLE9BQU8sRUFBRSxLQUFLLElBQUksSUFBSSxNQUFNLEdBQUcsQ0FBQztBQUN6QztBQUVBLFNBQVNDLGVBQWMsR0FBVyxXQUE0QjtBQUM1RCxNQUFJO0FBQ0osTUFBSSxVQUFXLE9BQU0sRUFBRSxJQUFJLEdBQUksRUFBRSxTQUFTLEVBQUUsRUFBRSxTQUFTLEdBQUcsR0FBRztBQUFBLFdBQ3BELEVBQUUsT0FBTyxHQUFHLEVBQUcsT0FBTSxFQUFFLEtBQUssbUJBQW1CO0FBQUEsTUFDbkQsT0FBTSxFQUFFLElBQUksS0FBTyxFQUFFLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHO0FBQ3RELFNBQU8sUUFBUSxDQUFDLEdBQUcsR0FBRyxFQUFFLElBQUksQ0FBQyxNQUFPLEVBQUUsT0FBTyxHQUFHLElBQUksRUFBRSxZQUFZLElBQUksQ0FBRSxFQUFFLEtBQUssRUFBRTtBQUNuRjtBQUVBLFNBQVMsWUFBWSxHQUFXLE9BQXlCO0FBQ3ZELFNBQU8sRUFBRSxPQUFPLEdBQUcsSUFBSUEsZUFBYyxHQUFHLE1BQU0sbUJBQW1CLElBQUksRUFBRSxLQUFLLE1BQU0sT0FBTztBQUMzRjtBQUVBLFNBQVMsT0FBTyxHQUFXLE9BQXlCO0FBQ2xELE1BQUksRUFBRSxPQUFPLElBQUksRUFBRyxRQUFPO0FBQzNCLE1BQUksRUFBRSxPQUFPLElBQUksRUFBRyxRQUFPLEVBQUUsS0FBSyxDQUFDLE9BQU8sT0FBTyxXQUFXLFVBQVUsU0FBUyxDQUFDO0FBQ2hGLE1BQUksTUFBTSxFQUFFLE9BQU8sR0FBRyxJQUFJLEVBQUUsS0FBSyxLQUFLLElBQUk7QUFDMUMsV0FBUyxJQUFJLEVBQUUsSUFBSSxDQUFDLEdBQUcsSUFBSSxHQUFHLEtBQUs7QUFDakMsVUFBTSxJQUFJLEVBQUUsS0FBSztBQUlqQixRQUFJLFFBQVEsR0FBSSxRQUFPLEVBQUUsS0FBSyxNQUFNLE1BQU0sT0FBTyxDQUFDLE1BQU0sTUFBTSxPQUFPLE1BQU0sR0FBRyxDQUFDO0FBQUEsYUFDdEUsSUFBSSxLQUFNLFFBQU8sRUFBRSxLQUFLLE1BQU0sS0FBSztBQUFBLGFBQ25DLElBQUksS0FBTSxRQUFPLFlBQVksR0FBRyxLQUFLO0FBQUEsUUFDekMsUUFBTyxhQUFhLENBQUM7QUFBQSxFQUM1QjtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsU0FBUyxHQUFXLE9BQXlCO0FBQ3BELE1BQUksUUFBUTtBQUNaLFdBQVMsSUFBSSxFQUFFLElBQUksQ0FBQyxHQUFHLElBQUksR0FBRyxLQUFLO0FBQ2pDLFVBQU0sSUFBSSxFQUFFLEtBQUs7QUFDakIsUUFBSSxJQUFJLEtBQU0sVUFBUyxFQUFFLEtBQUssTUFBTSxLQUFLO0FBQUEsYUFDaEMsSUFBSSxLQUFNLFVBQVMsRUFBRSxLQUFLLENBQUMsR0FBRyxPQUFPLEtBQUssS0FBSyxLQUFLLEdBQUcsQ0FBQztBQUFBLGFBQ3hELElBQUksS0FBTSxVQUFTLFlBQVksR0FBRyxLQUFLO0FBQUEsUUFDM0MsVUFBUyxhQUFhLENBQUM7QUFBQSxFQUM5QjtBQUNBLE1BQUksRUFBRSxPQUFPLElBQUksRUFBRyxVQUFTLE1BQU0sR0FBRyxDQUFDO0FBQ3ZDLFNBQU87QUFDVDtBQUVBLFNBQVMsV0FBVyxHQUFtQjtBQUNyQyxNQUFJLE9BQU8sRUFBRSxLQUFLLENBQUMsR0FBRyxVQUFVLE1BQVEsQ0FBQztBQUN6QyxXQUFTLElBQUksRUFBRSxJQUFJLEVBQUUsR0FBRyxJQUFJLEdBQUcsSUFBSyxTQUFRLEVBQUUsS0FBSyxDQUFDLEdBQUcsYUFBYSxNQUFNLEtBQU0sTUFBUSxDQUFDO0FBQ3pGLFNBQU8sTUFBTSxHQUFHLENBQUMsSUFBSSxFQUFFLEtBQUssQ0FBQyxLQUFLLEdBQUcsQ0FBQyxJQUFJO0FBQzVDO0FBRUEsU0FBUyxRQUFRLEdBQVcsT0FBeUI7QUFDbkQsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLFFBQU0sT0FBaUIsQ0FBQztBQUN4QixXQUFTLElBQUksSUFBSSxFQUFFLElBQUksRUFBRSxHQUFHLElBQUksR0FBRyxLQUFLO0FBQ3RDLFVBQU0sSUFBSSxFQUFFLEtBQUs7QUFDakIsUUFBSSxJQUFJLElBQUssT0FBTSxLQUFLLE1BQU0sR0FBRyxDQUFDLENBQUM7QUFBQSxhQUMxQixJQUFJLEtBQU0sT0FBTSxLQUFLLFdBQVcsQ0FBQyxDQUFDO0FBQUEsU0FDdEM7QUFDSCxZQUFNLE1BQU0sS0FBSyxTQUFTLEtBQUssRUFBRSxPQUFPLEdBQUcsSUFBSSxFQUFFLEtBQUssSUFBSSxJQUFJLE9BQU8sR0FBRyxLQUFLO0FBQzdFLFdBQUssS0FBSyxHQUFHO0FBQ2IsVUFBSSxZQUFZLEVBQUUsS0FBSyxVQUFVO0FBQ2pDLFVBQUksUUFBUSxNQUFNLENBQUMsUUFBUSxLQUFLLFNBQVMsRUFBRyxhQUFZO0FBQ3hELFlBQU0sS0FBSyxNQUFNLEdBQUcsQ0FBQyxJQUFJLE1BQU0sWUFBWSxTQUFTLEdBQUcsS0FBSyxDQUFDO0FBQUEsSUFDL0Q7QUFBQSxFQUNGO0FBQ0EsTUFBSSxPQUFPO0FBQ1gsUUFBTSxRQUFRLENBQUMsTUFBTSxNQUFNO0FBQ3pCLFlBQVE7QUFDUixRQUFJLElBQUksTUFBTSxTQUFTLEtBQUssRUFBRSxPQUFPLEdBQUcsRUFBRyxTQUFRLEVBQUUsS0FBSyxJQUFJO0FBQUEsRUFDaEUsQ0FBQztBQUNELE1BQUksRUFBRSxPQUFPLElBQUksRUFBRyxTQUFRO0FBQzVCLFNBQU87QUFDVDtBQUFBLElBVUEsdUJBQUssK0JBQStCLE9BQU8sTUFBTTtBQUMvQyxRQUFNLFVBQVUsWUFBWSxJQUFJO0FBQ2hDLFFBQU0sTUFBUyxlQUFpQixVQUFRLFVBQU8sR0FBRyxvQkFBb0IsQ0FBQztBQUN2RSxNQUFJO0FBQ0YsVUFBTSxTQUFTLGNBQWMsR0FBRztBQUNoQyxVQUFNLGFBQWEsWUFBWSxJQUFJLElBQUk7QUFDdkMsUUFBSSxDQUFDLFFBQVE7QUFDWCxVQUFJLFFBQVEsSUFBSSxPQUFPLE9BQVEsZUFBQUQsUUFBTyxLQUFLLHNDQUFzQztBQUNqRixRQUFFLEtBQUssZ0JBQWdCO0FBQ3ZCO0FBQUEsSUFDRjtBQUVBLFVBQU0sUUFBZ0IsQ0FBQztBQUN2QixVQUFNLE1BQU0sQ0FBQyxNQUFjLE9BQWUsU0FBd0I7QUFDaEUsWUFBTSxJQUFVLEVBQUUsTUFBTSxPQUFPLEtBQUs7QUFDcEMsWUFBTSxLQUFLLENBQUM7QUFDWixhQUFPO0FBQUEsSUFDVDtBQUNBLFVBQU0sU0FBUyxXQUFXO0FBQzFCLFVBQU0sY0FBYyxTQUFTLFlBQVksTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLElBQVMsY0FBUyxRQUFRLENBQUMsR0FBTSxnQkFBYSxDQUFDLEdBQUcsQ0FBQyxDQUFDLElBQUksQ0FBQztBQUNySCxVQUFNLFNBQVMsSUFBSSxPQUFPLFFBQVE7QUFDbEMsVUFBTSxjQUFjLE1BQU0sS0FBSyxFQUFFLFFBQVEsaUJBQWlCLEdBQUcsQ0FBQyxHQUFHLE1BQU07QUFDckUsWUFBTSxPQUFPLFFBQVEsUUFBUSxNQUFNO0FBQ25DLGFBQU8sRUFBRSxNQUFNLEdBQUcsSUFBSSxXQUFXLENBQUMsSUFBSSxPQUFPLEtBQUssTUFBTSxRQUFRLENBQUMsRUFBRTtBQUFBLElBQ3JFLENBQUM7QUFDRCxVQUFNLFlBQVksTUFBTSxLQUFLLEVBQUUsUUFBUSxlQUFlLEdBQUcsQ0FBQyxHQUFHLE1BQU07QUFDakUsWUFBTSxPQUFPLFFBQVEsUUFBUSxJQUFJO0FBQ2pDLGFBQU8sRUFBRSxNQUFNLEdBQUcsSUFBSSxTQUFTLENBQUMsSUFBSSxPQUFPLEtBQUssTUFBTSxNQUFNLENBQUMsRUFBRTtBQUFBLElBQ2pFLENBQUM7QUFFRCxVQUFNLGdCQUFnQixDQUFDLEtBQUssS0FBTSxNQUFNLE1BQU0sTUFBTSxNQUFNLEtBQUssS0FBSyxLQUFLLEtBQUssS0FBSyxLQUFLLEtBQUssTUFBTSxRQUFRLFFBQVUsUUFBVSxVQUFVLFVBQVUsVUFBVSxVQUFVLEtBQUssR0FBRztBQUMvSyxVQUFNLGFBQXVCLENBQUM7QUFDOUIsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFNLEtBQUs7QUFDN0IsVUFBSSxJQUFJO0FBQ1IsZUFBUyxJQUFJLE9BQU8sSUFBSSxFQUFFLEdBQUcsSUFBSSxHQUFHLElBQUssTUFBSyxPQUFPLEtBQUssYUFBYTtBQUN2RSxpQkFBVyxLQUFLLENBQUM7QUFBQSxJQUNuQjtBQUNBLFVBQU0sa0JBQWtCO0FBQUEsTUFDdEI7QUFBQSxNQUNBLE9BQU8sS0FBSyxXQUFXLElBQUksQ0FBQyxHQUFHLE1BQU0sSUFBSSxDQUFDLElBQUksb0JBQW9CLENBQUMsQ0FBQztBQUFBLENBQUksRUFBRSxLQUFLLEVBQUUsR0FBRyxRQUFRO0FBQUEsSUFDOUY7QUFDQSxVQUFNLGdCQUFnQjtBQUFBLE1BQ3BCO0FBQUEsTUFDQSxPQUFPLEtBQUssV0FBVyxJQUFJLENBQUMsR0FBRyxNQUFNLEdBQUcsa0JBQWtCLE1BQU0sSUFBSSxHQUFHLENBQUMsSUFBSSxDQUFDO0FBQUEsQ0FBSSxFQUFFLEtBQUssRUFBRSxHQUFHLFFBQVE7QUFBQSxJQUN2RztBQUVBLFVBQU0sY0FBYztBQUFBLE1BQ2xCLFdBQVcsSUFBSSxpQkFBaUIsT0FBTyxLQUFLLGVBQWUsUUFBUSxDQUFDO0FBQUEsTUFDcEUsY0FBYyxJQUFJLCtCQUErQixPQUFPLEtBQUsscUJBQXFCLFFBQVEsQ0FBQztBQUFBLE1BQzNGLFVBQVUsSUFBSSxhQUFhLE9BQU8sS0FBSyxRQUFRLFFBQVEsQ0FBQztBQUFBLE1BQ3hELFlBQVksSUFBSSxlQUFlLE9BQU8sS0FBSyxpQkFBaUIsUUFBUSxDQUFDO0FBQUEsTUFDckUsZ0JBQWdCLElBQUksaUNBQWlDLE9BQU8sS0FBSyxjQUFjLFFBQVEsQ0FBQztBQUFBLE1BQ3hGLFdBQVcsSUFBSSxrQkFBa0IsT0FBTyxLQUFLLG9CQUFvQixRQUFRLENBQUM7QUFBQSxNQUMxRSxNQUFNLElBQUksZUFBZSxPQUFPLEtBQUssWUFBYyxNQUFNLENBQUM7QUFBQTtBQUFBLE1BRTFELEtBQUssSUFBSSxhQUFhLE9BQU8sS0FBSyw2Q0FBNkMsTUFBTSxDQUFDO0FBQUEsSUFDeEY7QUFFQSxVQUFNLGNBQWMsWUFBWSxJQUFJLElBQUksVUFBVTtBQUNsRCxVQUFNLFFBQVEsTUFBTSxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsTUFBUztBQUN0RCxVQUFNLFVBQVUsTUFBTSxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsTUFBUztBQUN4RCxVQUFNLFFBQWEsVUFBSyxLQUFLLE9BQU87QUFDcEMsSUFBRztBQUFBLE1BQ0Q7QUFBQSxNQUNBLE9BQU8sT0FBTyxRQUFRLFFBQVEsQ0FBQyxNQUFNLENBQUMsT0FBTyxLQUFLLENBQUMsRUFBRSxNQUFNLFdBQVcsSUFBSSxFQUFFLE1BQU0sV0FBVyxJQUFJLEVBQUUsTUFBTSxXQUFXLEdBQUcsRUFBRSxNQUFNLE1BQU0sRUFBRSxJQUFJLENBQUMsTUFBTSxJQUFJLEdBQUksQ0FBQyxHQUFHLEVBQUUsS0FBSyxDQUFDLENBQUM7QUFBQSxJQUN6SztBQUNBLFVBQU0sY0FBYyxZQUFZLElBQUk7QUFDcEMsVUFBTSxVQUFVLE9BQU8sQ0FBQyxHQUFHLE1BQU0sSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFLLEdBQUcsV0FBVyxLQUFLLEVBQUUsQ0FBQztBQUN6RSxVQUFNLFNBQVMsWUFBWSxJQUFJLElBQUk7QUFDbkMsVUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSyxHQUFHLEdBQUcsUUFBUSxJQUFJLENBQUMsR0FBRyxNQUFNLEdBQUcsS0FBSyxJQUFJLENBQUMsRUFBRSxDQUFDO0FBQ3RGLGtCQUFBQSxRQUFPLE1BQU0sUUFBUSxRQUFRLE1BQU0sTUFBTTtBQUN6QyxLQUFDLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRSxRQUFRLENBQUMsR0FBRyxNQUFNO0FBQ3ZDLG9CQUFBQSxRQUFPLE1BQU0sUUFBUSxDQUFDLEVBQUUsTUFBTSxNQUFNLENBQUMsQ0FBQztBQUN0QyxRQUFFLFNBQVMsUUFBUSxDQUFDO0FBQUEsSUFDdEIsQ0FBQztBQUNELE1BQUU7QUFBQSxNQUNBLEdBQUcsTUFBTSxNQUFNLGlCQUFpQixLQUFLLE1BQU0sVUFBVSxDQUFDLGlCQUFpQixLQUFLLE1BQU0sV0FBVyxDQUFDLGFBQ3BGLEtBQUssTUFBTSxNQUFNLENBQUM7QUFBQSxJQUM5QjtBQUVBLFVBQU0sRUFBRSxLQUFLLHdFQUF3RSxDQUFDRSxPQUFNO0FBQzFGLFVBQUksQ0FBQyxRQUFRO0FBQ1gsWUFBSSxRQUFRLElBQUksT0FBTyxPQUFRLGVBQUFGLFFBQU8sS0FBSywrRUFBK0U7QUFDMUgsUUFBQUUsR0FBRSxLQUFLLGtCQUFrQjtBQUN6QjtBQUFBLE1BQ0Y7QUFDQSxvQkFBQUYsUUFBTyxHQUFHLFlBQVksVUFBVSxJQUFJLEdBQUcsWUFBWSxNQUFNLGVBQWU7QUFDeEUsaUJBQVcsS0FBSyxhQUFhO0FBRTNCLHlCQUFpQixFQUFFLE1BQU0sZ0JBQWdCLEVBQUUsTUFBTSxTQUFTLFFBQVEsQ0FBQyxHQUFHLEVBQUUsTUFBTztBQUUvRSx5QkFBaUIsR0FBRyxFQUFFLElBQUksWUFBWSxnQkFBZ0IsRUFBRSxNQUFNLFNBQVMsTUFBTSxDQUFDLEdBQUcsRUFBRSxRQUFTLFVBQVU7QUFBQSxNQUN4RztBQUFBLElBQ0YsQ0FBQztBQUVELFVBQU0sRUFBRSxLQUFLLEdBQUcsZ0JBQWdCLCtCQUErQixDQUFDRSxPQUFNO0FBQ3BFLFVBQUksWUFBWTtBQUNoQixVQUFJLFVBQVU7QUFDZCxpQkFBVyxFQUFFLE1BQU0sRUFBRSxLQUFLLGFBQWE7QUFDckMsY0FBTSxPQUFPLGdCQUFnQixJQUFJO0FBQ2pDLGNBQU0sUUFBUSxHQUFHLEVBQUUsSUFBSSxLQUFLLEtBQUssVUFBVSxJQUFJLENBQUM7QUFDaEQsc0JBQUFGLFFBQU8sVUFBVSxLQUFLLFNBQVMsT0FBTyxDQUFDLE1BQU0sRUFBRSxRQUFRLFdBQVcsV0FBVyxDQUFDLEdBQUcsQ0FBQyxHQUFHLEtBQUs7QUFDMUYscUJBQWEsaUJBQWlCLE9BQU8sTUFBTSxFQUFFLE1BQU8sRUFBRTtBQUN0RCxtQkFBVyxLQUFLLFFBQVE7QUFBQSxNQUMxQjtBQUNBLE1BQUFFLEdBQUUsV0FBVyxHQUFHLE9BQU8sYUFBYSxTQUFTLHFFQUFxRTtBQUNsSCxvQkFBQUYsUUFBTyxHQUFHLFVBQVUsbUJBQW1CLENBQUM7QUFBQSxJQUMxQyxDQUFDO0FBRUQsVUFBTSxFQUFFLEtBQUssR0FBRyxjQUFjLG9FQUFvRSxNQUFNO0FBQ3RHLFVBQUksWUFBWTtBQUNoQixpQkFBVyxFQUFFLE1BQU0sRUFBRSxLQUFLLFdBQVc7QUFDbkMsY0FBTSxRQUFRLEdBQUcsRUFBRSxJQUFJLEtBQUssS0FBSyxVQUFVLElBQUksQ0FBQztBQUVoRCx5QkFBaUIsR0FBRyxLQUFLLGFBQWEsZ0JBQWdCLEVBQUUsTUFBTSxTQUFTLFFBQVEsQ0FBQyxHQUFHLEVBQUUsTUFBTztBQUU1RixjQUFNLE9BQU8sZ0JBQWdCLElBQUk7QUFDakMseUJBQWlCLE9BQU8sTUFBTSxFQUFFLFFBQVMsVUFBVTtBQUNuRCxZQUFJLEtBQUssUUFBUSxLQUFLLENBQUMsTUFBTSxXQUFXLEVBQUUsTUFBTSxFQUFFLEtBQUssTUFBTSxFQUFFLE1BQU0sRUFBRSxLQUFLLEVBQUc7QUFBQSxNQUNqRjtBQUNBLG9CQUFBQSxRQUFPLEdBQUcsWUFBWSxpQkFBaUIsR0FBRyxRQUFRLFNBQVMsc0NBQXNDO0FBQUEsSUFDbkcsQ0FBQztBQUVELFVBQU0sRUFBRSxLQUFLLCtGQUErRixNQUFNO0FBQ2hILFlBQU0sU0FBUyxJQUFJLElBQUksZ0JBQWdCLE9BQVEsR0FBeUI7QUFDeEUsaUJBQVcsUUFBUSxDQUFDLEdBQUcsTUFBTSxjQUFBQSxRQUFPLE1BQU0sT0FBTyxJQUFJLElBQUksQ0FBQyxFQUFFLEdBQUcsR0FBRyxLQUFLLFVBQVUsQ0FBQyxDQUFDLENBQUM7QUFDcEYsWUFBTSxPQUFPLGNBQWMsT0FBUTtBQUNuQyxvQkFBQUEsUUFBTyxNQUFNLEtBQUssUUFBUSxXQUFXLE1BQU07QUFDM0MsaUJBQVcsUUFBUSxDQUFDLEdBQUcsTUFBTSxjQUFBQSxRQUFPLFVBQVUsS0FBSyxDQUFDLEdBQUcsQ0FBQyxNQUFNLElBQUksS0FBSyxPQUFPLENBQUMsQ0FBQyxHQUFHLEtBQUssVUFBVSxDQUFDLENBQUMsQ0FBQztBQUFBLElBQ3ZHLENBQUM7QUFFRCxVQUFNLEVBQUUsS0FBSywwQkFBMEIsTUFBTTtBQUMzQyxZQUFNLE9BQU8sQ0FBQyxNQUFZLEVBQUU7QUFDNUIsWUFBTSxPQUFPLENBQUMsR0FBUyxXQUEyQixhQUFhO0FBQzdELGNBQU0sT0FBTyxnQkFBZ0IsRUFBRSxNQUFNLFNBQVMsUUFBUSxDQUFDO0FBQ3ZELGVBQU87QUFBQSxVQUNMLFNBQVMsS0FBSyxRQUFRLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLFFBQVEsQ0FBQztBQUFBLFVBQzdELFVBQVUsS0FBSyxTQUFTLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSTtBQUFBLFFBQzNDO0FBQUEsTUFDRjtBQUVBLG9CQUFBQSxRQUFPLE1BQU0sS0FBSyxZQUFZLFNBQVMsRUFBRSxPQUFPLHVEQUF1RDtBQUN2RyxvQkFBQUEsUUFBTyxVQUFVLEtBQUssWUFBWSxTQUFTLEdBQUcsRUFBRSxTQUFTLENBQUMsQ0FBQyxLQUFLLFNBQVMsQ0FBQyxDQUFDLEdBQUcsVUFBVSxDQUFDLEVBQUUsT0FBTyxHQUFHLEtBQUssRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUVoSCxvQkFBQUEsUUFBTyxVQUFVLEtBQUssWUFBWSxZQUFZLEVBQUUsTUFBTSxDQUFDLENBQUMsS0FBSyxHQUFHLENBQUMsQ0FBQztBQUNsRSxvQkFBQUEsUUFBTyxVQUFVLEtBQUssWUFBWSxZQUFZLEdBQUcsRUFBRSxTQUFTLENBQUMsQ0FBQyxLQUFLLFNBQVMsQ0FBQyxDQUFDLEdBQUcsVUFBVSxDQUFDLEVBQUUsT0FBTyxHQUFHLEtBQUssRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUVuSCxvQkFBQUEsUUFBTyxVQUFVLEtBQUssWUFBWSxRQUFRLEVBQUUsTUFBTSxDQUFDLENBQUMsSUFBSSxHQUFHLENBQUMsQ0FBQztBQUM3RCxvQkFBQUEsUUFBTyxVQUFVLEtBQUssWUFBWSxRQUFRLEdBQUcsRUFBRSxTQUFTLENBQUMsR0FBRyxVQUFVLENBQUMsRUFBRSxDQUFDO0FBRTFFLG9CQUFBQSxRQUFPLFVBQVUsS0FBSyxZQUFZLFVBQVUsRUFBRSxNQUFNLENBQUMsQ0FBQyxTQUFVLEdBQUcsQ0FBQyxDQUFDO0FBQ3JFLG9CQUFBQSxRQUFPLFVBQVUsS0FBSyxZQUFZLFVBQVUsRUFBRSxTQUFTLENBQUMsQ0FBQyxPQUFPLEtBQUssQ0FBQyxDQUFDLENBQUM7QUFHeEUsb0JBQUFBLFFBQU8sVUFBVSxLQUFLLFlBQVksY0FBYyxFQUFFLE1BQU0sQ0FBQyxDQUFDO0FBQzFELG9CQUFBQSxRQUFPLFVBQVUsS0FBSyxZQUFZLGNBQWMsRUFBRSxTQUFTLENBQUMsQ0FBQyxNQUFNLEtBQUssQ0FBQyxDQUFDLENBQUM7QUFFM0Usb0JBQUFBLFFBQU8sVUFBVSxLQUFLLFlBQVksU0FBUyxFQUFFLEtBQUssQ0FBQyxDQUFDLEtBQUssR0FBRyxDQUFDLENBQUM7QUFDOUQsb0JBQUFBLFFBQU8sVUFBVSxLQUFLLFlBQVksU0FBUyxFQUFFLFNBQVMsQ0FBQyxDQUFDLEtBQUssS0FBSyxDQUFDLEdBQUcsQ0FBQyxLQUFLLEtBQUssQ0FBQyxDQUFDLENBQUM7QUFFcEYsb0JBQUFBLFFBQU8sVUFBVSxLQUFLLFlBQVksSUFBSSxFQUFFLE1BQU0sQ0FBQyxDQUFDLEtBQUssVUFBYyxDQUFDLENBQUM7QUFDckUsb0JBQUFBLFFBQU8sVUFBVSxLQUFLLFlBQVksTUFBTSxNQUFNLEVBQUUsU0FBUyxDQUFDLENBQUMsS0FBSyxRQUFVLENBQUMsQ0FBQyxDQUFDO0FBQzdFLG9CQUFBQSxRQUFPLFVBQVUsS0FBSyxZQUFZLE1BQU0sUUFBUSxFQUFFLFNBQVMsQ0FBQyxDQUFDLEtBQUssWUFBZ0IsQ0FBQyxDQUFDLENBQUM7QUFHckYsb0JBQUFBLFFBQU8sVUFBVSxLQUFLLFlBQVksR0FBRyxFQUFFLE1BQU0sQ0FBQyxDQUFDLHVDQUE2QyxNQUFNLEdBQUcsQ0FBQyxLQUFLLEdBQUcsQ0FBQyxDQUFDO0FBQ2hILG9CQUFBQSxRQUFPLFVBQVUsS0FBSyxZQUFZLEdBQUcsR0FBRyxFQUFFLFNBQVMsQ0FBQyxDQUFDLHVDQUE2QyxRQUFRLENBQUMsR0FBRyxDQUFDLEtBQUssS0FBSyxDQUFDLENBQUMsR0FBRyxVQUFVLENBQUMsRUFBRSxPQUFPLEdBQUcsS0FBSyxFQUFFLENBQUMsRUFBRSxDQUFDO0FBQ2hLLG9CQUFBQSxRQUFPLFVBQVUsS0FBSyxZQUFZLEtBQUssTUFBTSxHQUFHLEVBQUUsU0FBUyxDQUFDLENBQUMsaUNBQWlDLFFBQVEsQ0FBQyxHQUFHLENBQUMsS0FBSyxLQUFLLENBQUMsQ0FBQyxHQUFHLFVBQVUsQ0FBQyxFQUFFLE9BQU8sR0FBRyxLQUFLLEVBQUUsQ0FBQyxFQUFFLENBQUM7QUFBQSxJQUM5SixDQUFDO0FBRUQsTUFBRSxXQUFXLGdCQUFnQixLQUFLLE1BQU0sWUFBWSxJQUFJLElBQUksT0FBTyxDQUFDLEtBQUs7QUFBQSxFQUMzRSxVQUFFO0FBQ0EsSUFBRyxVQUFPLEtBQUssRUFBRSxXQUFXLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFBQSxFQUNqRDtBQUNGLENBQUM7IiwKICAibmFtZXMiOiBbInJlbGF0aXZlIiwgImFzc2VydCIsICJ1bmljb2RlRXNjYXBlIiwgInQiXQp9Cg==
