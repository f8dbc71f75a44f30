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

// test/unit/decoders.test.ts
var import_node_test = require("node:test");
var import_strict = __toESM(require("node:assert/strict"));
var import_node_child_process = require("node:child_process");
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");

// server/src/core/nacos/versions.ts
var VERSION_RE = /^[vV]?(\d{1,6})(?:\.(\d{1,6}))?(?:\.(\d{1,6}))?(?:\.(\d{1,6}))?(?:-[A-Za-z0-9][A-Za-z0-9._-]*)?$/;
function parse(s) {
  const m = VERSION_RE.exec(s.trim());
  if (!m) return void 0;
  const parts = [m[1], m[2], m[3], m[4]];
  const components = parts.filter((p) => p !== void 0).length;
  const [major, minor, patch, hotfix] = parts.map((p) => p === void 0 ? 0 : Number(p));
  return { version: { major, minor, patch, hotfix, text: parts.slice(0, components).join(".") }, components };
}
function parseVersion(s) {
  return parse(s)?.version;
}
function must(s) {
  const p = parse(s);
  if (!p) throw new Error(`not a version literal: ${s}`);
  return p;
}
function tuple(v) {
  return [v.major, v.minor, v.patch, v.hotfix];
}
function compareVersions(a, b) {
  const x = tuple(a);
  const y = tuple(b);
  for (let i = 0; i < 4; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return 0;
}
function versionAtLeast(v, s) {
  return compareVersions(v, must(s).version) >= 0;
}
function atMost(v, hi) {
  const x = tuple(v);
  const y = tuple(hi.version);
  for (let i = 0; i < hi.components; i++) if (x[i] !== y[i]) return x[i] < y[i];
  return true;
}
function inVersionRange(v, r) {
  return (r.from === void 0 || versionAtLeast(v, r.from)) && (r.to === void 0 || atMost(v, must(r.to)));
}

// server/src/core/nacos/decoders.ts
var DECODER_ERAS = [
  { range: { to: "2.0.3" }, kind: "lenient", note: "default.token.secret.key; jjwt; checked at first login" },
  { range: { from: "2.0.4", to: "2.1" }, kind: "utf8-fallback", note: "jjwt, UTF-8 bytes on DecodingException; checked at first login" },
  { range: { from: "2.2.0", to: "2.2.0" }, kind: "lenient", note: "jjwt; checked at startup even with auth off" },
  // 2.2.0 and 2.2.0.1
  { range: { from: "2.2.1", to: "2.2.4" }, kind: "strict-fallback", note: "java.util.Base64, US-ASCII bytes on error" },
  { range: { from: "2.3.0" }, kind: "lenient", note: "Nacos Base64Decode (jjwt copy, #10931)" }
];
function decoderFor(v) {
  return DECODER_ERAS.find((e) => inVersionRange(v, e.range))?.kind ?? "lenient";
}
function algorithmFor(byteLength) {
  if (byteLength < 32) return void 0;
  if (byteLength < 48) return "HS256";
  if (byteLength < 64) return "HS384";
  return "HS512";
}
var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var LENIENT_TABLE = new Int8Array(256).fill(-1);
var STRICT_TABLE = new Int8Array(256).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) {
  LENIENT_TABLE[ALPHABET.charCodeAt(i)] = i;
  STRICT_TABLE[ALPHABET.charCodeAt(i)] = i;
}
LENIENT_TABLE[61] = 0;
var STRICT_PAD = -2;
STRICT_TABLE[61] = STRICT_PAD;
function charAt(s, i) {
  const c = s.codePointAt(i);
  return c === void 0 ? "" : String.fromCodePoint(c);
}
function isLegalLenient(code) {
  return code <= 255 && LENIENT_TABLE[code] >= 0;
}
function shape(s) {
  let first = -1;
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    if (isLegalLenient(s.charCodeAt(i))) {
      if (first < 0) first = i;
      last = i;
    }
  }
  let interiorPadding = false;
  if (first >= 0) {
    let seenPad = false;
    for (let i = first; i <= last; i++) {
      const c = s.charCodeAt(i);
      if (c === 61) seenPad = true;
      else if (seenPad && isLegalLenient(c)) {
        interiorPadding = true;
        break;
      }
    }
  }
  return {
    trimmed: first < 0 ? { leading: s.length, trailing: 0 } : { leading: first, trailing: s.length - 1 - last },
    interiorPadding,
    lengthNotMultipleOf4: s.length % 4 !== 0
  };
}
var JavaError = class extends Error {
  constructor(detail) {
    super(detail.message);
    this.detail = detail;
  }
  detail;
};
function outOfRange(s, index, message, at = index) {
  return new JavaError({ kind: "out-of-range", char: charAt(s, Math.max(0, Math.min(at, s.length - 1))), index: Math.max(0, at), message });
}
function lenientDecode(s) {
  const sLen = s.length;
  if (sLen === 0) return new Uint8Array(0);
  const table = (i) => {
    const c = s.charCodeAt(i);
    if (c > 255) throw outOfRange(s, i, `ArrayIndexOutOfBoundsException: Index ${c} out of bounds for length 256`);
    return LENIENT_TABLE[c];
  };
  let sIx = 0;
  let eIx = sLen - 1;
  while (sIx < eIx && table(sIx) < 0) sIx++;
  while (eIx > 0 && table(eIx) < 0) eIx--;
  let pad = 0;
  if (s.charCodeAt(eIx) === 61) {
    if (eIx === 0) throw outOfRange(s, -1, `ArrayIndexOutOfBoundsException: Index -1 out of bounds for length ${sLen}`, 0);
    pad = s.charCodeAt(eIx - 1) === 61 ? 2 : 1;
  }
  const cCnt = eIx - sIx + 1;
  const sepCnt = sLen > 76 ? (s.charCodeAt(76) === 13 ? Math.trunc(cCnt / 78) : 0) << 1 : 0;
  const len = ((cCnt - sepCnt) * 6 >> 3) - pad;
  if (len < 0) throw outOfRange(s, eIx, `NegativeArraySizeException: ${len}`);
  const out = new Uint8Array(len);
  const ctoi = (i) => {
    if (i >= sLen) throw outOfRange(s, i, `ArrayIndexOutOfBoundsException: Index ${i} out of bounds for length ${sLen}`, sLen - 1);
    const c = s.charCodeAt(i);
    const v = c > 255 ? -1 : LENIENT_TABLE[c];
    if (v < 0) {
      throw new JavaError({ kind: "illegal-char", char: charAt(s, i), index: i, message: `Illegal base64 character: '${s[i]}'` });
    }
    return v;
  };
  let d = 0;
  const eLen = Math.trunc(len / 3) * 3;
  for (let cc = 0; d < eLen; ) {
    const i = ctoi(sIx++) << 18 | ctoi(sIx++) << 12 | ctoi(sIx++) << 6 | ctoi(sIx++);
    out[d++] = i >> 16 & 255;
    out[d++] = i >> 8 & 255;
    out[d++] = i & 255;
    if (sepCnt > 0 && ++cc === 19) {
      sIx += 2;
      cc = 0;
    }
  }
  if (d < len) {
    let i = 0;
    for (let j = 0; sIx <= eIx - pad; j++) i |= ctoi(sIx++) << 18 - j * 6;
    for (let r = 16; d < len; r -= 8) out[d++] = i >> r & 255;
  }
  return out;
}
function latin1WithIndex(s) {
  const bytes = [];
  const index = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    index.push(i);
    if (c <= 255) {
      bytes.push(c);
      continue;
    }
    if (isHigh(c) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) i++;
    bytes.push(63);
  }
  return { bytes, index };
}
function isHigh(c) {
  return c >= 55296 && c <= 56319;
}
function isLow(c) {
  return c >= 56320 && c <= 57343;
}
function strictDecode(s) {
  const { bytes: src, index } = latin1WithIndex(s);
  const sl = src.length;
  const fail = (kind, at, message) => {
    const i = index[Math.min(Math.max(at, 0), sl - 1)] ?? 0;
    return new JavaError({ kind, char: charAt(s, i), index: i, message });
  };
  if (sl === 0) return new Uint8Array(0);
  if (sl < 2) throw fail("bad-ending", 0, "Input byte[] should at least have 2 bytes for base64 bytes");
  const out = [];
  let sp = 0;
  let bits = 0;
  let shiftto = 18;
  while (sp < sl) {
    const raw = src[sp++];
    const b = STRICT_TABLE[raw];
    if (b < 0) {
      if (b === STRICT_PAD) {
        if (shiftto === 6 && (sp === sl || src[sp++] !== 61) || shiftto === 18) {
          throw fail("bad-ending", sp - 1, "Input byte array has wrong 4-byte ending unit");
        }
        break;
      }
      const signed = raw > 127 ? raw - 256 : raw;
      throw fail("illegal-char", sp - 1, `Illegal base64 character ${signed.toString(16)}`);
    }
    bits |= b << shiftto;
    shiftto -= 6;
    if (shiftto < 0) {
      out.push(bits >> 16 & 255, bits >> 8 & 255, bits & 255);
      shiftto = 18;
      bits = 0;
    }
  }
  if (shiftto === 6) out.push(bits >> 16 & 255);
  else if (shiftto === 0) out.push(bits >> 16 & 255, bits >> 8 & 255);
  else if (shiftto === 12) throw fail("bad-ending", sp - 1, "Last unit does not have enough valid bits");
  if (sp < sl) throw fail("bad-ending", sp, `Input byte array has incorrect ending byte at ${sp}`);
  return Uint8Array.from(out);
}
function asciiBytes(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      out.push(c);
      continue;
    }
    if (isHigh(c) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) i++;
    out.push(63);
  }
  return Uint8Array.from(out);
}
function utf8Bytes(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (isHigh(c) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
      c = 65536 + (c - 55296 << 10) + (s.charCodeAt(++i) - 56320);
    } else if (c >= 55296 && c <= 57343) {
      out.push(63);
      continue;
    }
    if (c < 128) out.push(c);
    else if (c < 2048) out.push(192 | c >> 6, 128 | c & 63);
    else if (c < 65536) out.push(224 | c >> 12, 128 | c >> 6 & 63, 128 | c & 63);
    else out.push(240 | c >> 18, 128 | c >> 12 & 63, 128 | c >> 6 & 63, 128 | c & 63);
  }
  return Uint8Array.from(out);
}
function attempt(decode, s) {
  try {
    return { bytes: decode(s) };
  } catch (e) {
    if (e instanceof JavaError) return { error: e.detail };
    throw e;
  }
}
function decodeSecret(secret, kind) {
  const base = shape(secret);
  if (kind === "strict-fallback") {
    const r2 = attempt(strictDecode, secret);
    return r2.error ? { ...base, bytes: asciiBytes(secret), usedRawFallback: true, fallbackCause: r2.error } : { ...base, bytes: r2.bytes, usedRawFallback: false };
  }
  const r = attempt(lenientDecode, secret);
  if (!r.error) return { ...base, bytes: r.bytes, usedRawFallback: false };
  if (kind === "utf8-fallback") return { ...base, bytes: utf8Bytes(secret), usedRawFallback: true, fallbackCause: r.error };
  return { ...base, bytes: void 0, error: r.error, usedRawFallback: false };
}

// test/unit/decoders.test.ts
var V = (s) => parseVersion(s);
var text = (b) => b ? Buffer.from(b).toString("latin1") : void 0;
var hex = (b) => b ? Buffer.from(b).toString("hex") : void 0;
var VGHP = "VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=";
var OLD_DEFAULT = "SecretKey" + "0123456789".repeat(6);
var OLD_DEFAULT_B64 = Buffer.from(OLD_DEFAULT).toString("base64");
(0, import_node_test.test)("decoderFor follows facts \xA71.6 eras", () => {
  const cases = [
    ["1.2.0", "lenient"],
    ["1.4.8", "lenient"],
    ["2.0.3", "lenient"],
    ["2.0.4", "utf8-fallback"],
    ["2.1.0", "utf8-fallback"],
    ["2.1.2", "utf8-fallback"],
    ["2.2.0", "lenient"],
    ["2.2.0.1", "lenient"],
    ["2.2.1", "strict-fallback"],
    ["2.2.3", "strict-fallback"],
    ["2.2.4", "strict-fallback"],
    ["2.2.4.1", "strict-fallback"],
    ["2.3.0", "lenient"],
    ["2.4.1", "lenient"],
    ["2.5.1", "lenient"],
    ["3.0.0", "lenient"],
    ["3.2.3", "lenient"]
  ];
  for (const [v, k] of cases) import_strict.default.equal(decoderFor(V(v)), k, v);
});
(0, import_node_test.test)("algorithmFor: < 32 bytes rejected, then HS256 / HS384 / HS512", () => {
  import_strict.default.equal(algorithmFor(0), void 0);
  import_strict.default.equal(algorithmFor(31), void 0);
  import_strict.default.equal(algorithmFor(32), "HS256");
  import_strict.default.equal(algorithmFor(47), "HS256");
  import_strict.default.equal(algorithmFor(48), "HS384");
  import_strict.default.equal(algorithmFor(63), "HS384");
  import_strict.default.equal(algorithmFor(64), "HS512");
  import_strict.default.equal(algorithmFor(92), "HS512");
});
var ROWS = [
  { name: "canonical", input: VGHP, len: 44, lenient: 32, strict: 32, alg: { lenient: "HS256", strict: "HS256" } },
  { name: "without =", input: VGHP.slice(0, -1), len: 43, lenient: 32, strict: 32 },
  { name: "double quotes", input: `"${VGHP}"`, len: 46, lenient: 32, strict: "raw", trimmed: { leading: 1, trailing: 1 } },
  { name: "single quotes", input: `'${VGHP}'`, len: 46, lenient: 32, strict: "raw", trimmed: { leading: 1, trailing: 1 } },
  { name: "3 trailing spaces", input: `${VGHP}   `, len: 47, lenient: 32, strict: "raw", trimmed: { leading: 0, trailing: 3 } },
  { name: "trailing CR", input: `${VGHP}\r`, len: 45, lenient: 32, strict: "raw", trimmed: { leading: 0, trailing: 1 } },
  { name: "space inside", input: `${VGHP.slice(0, 20)} ${VGHP.slice(20)}`, len: 45, lenient: { error: "illegal-char", char: " " }, strict: "raw" },
  { name: "old default SecretKey\u2026", input: OLD_DEFAULT, len: 69, lenient: 51, strict: "raw", alg: { lenient: "HS384", strict: "HS512" } },
  { name: "raw 32-char secret", input: "ThisIsMyCustomSecretKey012345678", len: 32, lenient: 24, strict: 24, alg: {} },
  {
    name: "dashes",
    input: "this-is-a-very-long-token-at-least-192-bytes-recommend-256-bytes-without-any-special-symbols",
    len: 92,
    lenient: { error: "illegal-char", char: "-" },
    strict: "raw"
  },
  { name: "nil", input: "nil", len: 3, lenient: 2, strict: 2, alg: {} },
  { name: "empty", input: "", len: 0, lenient: 0, strict: 0, alg: {} },
  { name: "trailing \u4E2D", input: `${VGHP}\u4E2D`, len: 45, lenient: { error: "out-of-range", char: "\u4E2D" }, strict: "raw" },
  { name: "interior =", input: `abc=${VGHP}`, len: 48, lenient: 35, strict: "raw", interiorPadding: true },
  { name: "leading -_-_", input: `-_-_${VGHP}`, len: 48, lenient: 32, strict: "raw", trimmed: { leading: 4, trailing: 0 } },
  { name: "Base64 of the old default", input: OLD_DEFAULT_B64, len: 92, lenient: 69, strict: 69, alg: { lenient: "HS512", strict: "HS512" } }
];
for (const row of ROWS) {
  (0, import_node_test.test)(`facts \xA71.6 row: ${row.name}`, () => {
    import_strict.default.equal(row.input.length, row.len);
    const len = decodeSecret(row.input, "lenient");
    const utf = decodeSecret(row.input, "utf8-fallback");
    const str = decodeSecret(row.input, "strict-fallback");
    import_strict.default.equal(len.lengthNotMultipleOf4, row.len % 4 !== 0);
    if (row.trimmed) import_strict.default.deepEqual(len.trimmed, row.trimmed);
    import_strict.default.equal(len.interiorPadding, row.interiorPadding ?? false);
    if (typeof row.lenient === "number") {
      import_strict.default.equal(len.error, void 0);
      import_strict.default.equal(len.bytes?.length, row.lenient);
      import_strict.default.deepEqual(utf.bytes, len.bytes);
      import_strict.default.equal(utf.usedRawFallback, false);
    } else {
      import_strict.default.equal(len.bytes, void 0, "server fails");
      import_strict.default.equal(len.error?.kind, row.lenient.error);
      import_strict.default.equal(len.error?.char, row.lenient.char);
      import_strict.default.equal(row.input[len.error.index], row.lenient.char);
      if (row.lenient.error === "illegal-char") import_strict.default.equal(len.error?.message, `Illegal base64 character: '${row.lenient.char}'`);
      import_strict.default.equal(hex(utf.bytes), Buffer.from(row.input, "utf8").toString("hex"));
      import_strict.default.equal(utf.usedRawFallback, true);
      import_strict.default.equal(utf.error, void 0, "the fallback keeps the server running");
      import_strict.default.equal(utf.fallbackCause?.char, row.lenient.char);
    }
    if (row.strict === "raw") {
      import_strict.default.equal(str.usedRawFallback, true);
      import_strict.default.equal(str.error, void 0, "the fallback keeps the server running");
      import_strict.default.ok(str.fallbackCause, "strict failure is explained");
      import_strict.default.deepEqual(str.bytes, asciiBytes(row.input));
      import_strict.default.equal(str.bytes?.length, row.len);
    } else {
      import_strict.default.equal(str.usedRawFallback, false);
      import_strict.default.equal(str.error, void 0);
      import_strict.default.equal(str.fallbackCause, void 0);
      import_strict.default.equal(str.bytes?.length, row.strict);
    }
    if (row.alg) {
      import_strict.default.equal(algorithmFor(len.bytes?.length ?? 0), row.alg.lenient);
      import_strict.default.equal(algorithmFor(str.bytes?.length ?? 0), row.alg.strict);
    }
  });
}
(0, import_node_test.test)("the decoders produce the actual key bytes", () => {
  import_strict.default.equal(text(decodeSecret(VGHP, "lenient").bytes), "ThisIsMyCustomSecretKey012345678");
  import_strict.default.equal(text(decodeSecret(`"${VGHP}"`, "lenient").bytes), "ThisIsMyCustomSecretKey012345678");
  import_strict.default.equal(text(decodeSecret(`-_-_${VGHP}`, "lenient").bytes), "ThisIsMyCustomSecretKey012345678");
  import_strict.default.equal(text(decodeSecret(OLD_DEFAULT_B64, "lenient").bytes), OLD_DEFAULT);
  import_strict.default.equal(text(decodeSecret(OLD_DEFAULT_B64, "strict-fallback").bytes), OLD_DEFAULT);
  import_strict.default.equal(text(decodeSecret(OLD_DEFAULT, "strict-fallback").bytes), OLD_DEFAULT);
  import_strict.default.equal(hex(decodeSecret(OLD_DEFAULT, "lenient").bytes), Buffer.from(OLD_DEFAULT.slice(0, 68), "base64").toString("hex"));
  import_strict.default.equal(hex(decodeSecret(`abc=${VGHP}`, "lenient").bytes), "69b700" + Buffer.from(VGHP, "base64").toString("hex"));
  import_strict.default.deepEqual(decodeSecret("QR==", "strict-fallback").bytes, Uint8Array.of(65));
});
(0, import_node_test.test)("lenient decoder corner cases follow the Java code paths", () => {
  const e = (s) => decodeSecret(s, "lenient");
  import_strict.default.equal(e(" ").bytes?.length, 0, "single junk char: nothing to decode");
  import_strict.default.equal(e("\u4E2D").bytes?.length, 0, "a lone char is never looked up");
  import_strict.default.equal(e(" \u4E2D").error?.kind, "out-of-range");
  import_strict.default.equal(e("\u4E2Da").error?.kind, "out-of-range");
  import_strict.default.equal(e("a\u4E2Da").error?.kind, "illegal-char", "interior chars go through ctoi, which range-checks");
  import_strict.default.equal(e("=").error?.kind, "out-of-range", "pad check reads s[-1]");
  import_strict.default.equal(e("==").error?.kind, "out-of-range", "negative array size");
  import_strict.default.equal(e("---").error?.kind, "out-of-range", "negative array size");
  import_strict.default.equal(e("--").bytes?.length, 0);
  import_strict.default.equal(e("QUJD").bytes?.length, 3);
  import_strict.default.equal(text(e("QUJDRA").bytes), "ABCD");
  import_strict.default.equal(text(e("QUJDRA=").bytes), "ABCD", "floor(7*6/8) - 1");
  import_strict.default.equal(text(e("QUJDRA==").bytes), "ABCD");
  import_strict.default.equal(text(e("QUJDRA===").bytes), "ABCD", 'at most two "=" count as padding');
  const secret = `${VGHP}$${VGHP}`;
  const err = e(secret).error;
  import_strict.default.equal(err.message, "Illegal base64 character: '$'");
  import_strict.default.ok(!err.message.includes("VGhp"), "message never carries the secret");
});
(0, import_node_test.test)("MIME line separators are honoured only when s[76] is CR", () => {
  const bytes = Buffer.from(Array.from({ length: 120 }, (_, i) => i * 37 & 255));
  const mime = bytes.toString("base64").replace(/(.{76})/g, "$1\r\n");
  import_strict.default.equal(mime[76], "\r");
  import_strict.default.equal(hex(decodeSecret(mime, "lenient").bytes), bytes.toString("hex"));
  const lf = mime.replace(/\r/g, "");
  import_strict.default.equal(decodeSecret(lf, "lenient").error?.char, "\n");
});
(0, import_node_test.test)('fallback byte encodings match Java (US-ASCII \u2192 "?", UTF-8 lone surrogate \u2192 "?")', () => {
  import_strict.default.deepEqual(asciiBytes("a\xE9\u4E2D\u{1F600}b"), Uint8Array.from([97, 63, 63, 63, 98]));
  import_strict.default.deepEqual(utf8Bytes("a\xE9\u{1F600}"), Uint8Array.from(Buffer.from("a\xE9\u{1F600}", "utf8")));
  import_strict.default.deepEqual(utf8Bytes("a\uD800b"), Uint8Array.from([97, 63, 98]));
});
var ORACLE = `
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
public class StrictOracle {
  static String hex(byte[] b) { StringBuilder s = new StringBuilder(); for (byte x : b) s.append(String.format("%02x", x)); return s.toString(); }
  public static void main(String[] a) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
    PrintStream out = new PrintStream(new BufferedOutputStream(System.out), false, "UTF-8");
    for (String line; (line = in.readLine()) != null;) {
      char[] cs = new char[line.length() / 4];
      for (int i = 0; i < cs.length; i++) cs[i] = (char) Integer.parseInt(line.substring(i * 4, i * 4 + 4), 16);
      String s = new String(cs);
      String r;
      try { r = "OK " + hex(Base64.getDecoder().decode(s)); }
      catch (IllegalArgumentException e) { r = "ERR " + e.getMessage(); }
      out.println(r + "\\t" + hex(s.getBytes(StandardCharsets.US_ASCII)) + "\\t" + hex(s.getBytes(StandardCharsets.UTF_8)));
    }
    out.flush();
  }
}
`;
function rng(seed) {
  let x = seed >>> 0;
  return () => {
    x = x + 1831565813 >>> 0;
    let t = x;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function generate(n) {
  const r = rng(20240611);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const junk = ["=", "-", "_", " ", "	", "\r", "\n", '"', "'", "$", ".", "\xE9", "\xFF", "\x80", "\u4E2D", "\u{1F600}", "\uD800"];
  const out = ["", "=", "==", "Q", "QQ", "QQ=", "QQ==", "QQ===", "QQQ=", "QR==", "QUJD", "QUJD=", "QQ==QQ==", VGHP, OLD_DEFAULT, OLD_DEFAULT_B64];
  while (out.length < n) {
    const bytes = Buffer.from(Array.from({ length: Math.floor(r() * 70) }, () => Math.floor(r() * 256)));
    let s = bytes.toString("base64");
    const mutations = Math.floor(r() * 3);
    for (let m = 0; m < mutations; m++) {
      const at = Math.floor(r() * (s.length + 1));
      switch (Math.floor(r() * 5)) {
        case 0:
          s = s.replace(/=+$/, "");
          break;
        case 1:
          s = s.slice(0, at) + pick(junk) + s.slice(at);
          break;
        case 2:
          s = s.slice(0, Math.max(0, s.length - 1 - Math.floor(r() * 3)));
          break;
        case 3:
          s = s.slice(0, at) + s.slice(at + 1);
          break;
        default:
          s += pick(["=", "==", "A", "AB="]);
      }
    }
    out.push(s);
  }
  return out;
}
var hexOf = (b) => Buffer.from(b).toString("hex");
(0, import_node_test.test)("strict decoder and fallback bytes agree with java.util.Base64 on generated strings", (t) => {
  const probe = (0, import_node_child_process.spawnSync)("java", ["-version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    if (process.env.CI === "true") import_strict.default.fail("java is required in CI for the differential test");
    t.skip("java not available");
    return;
  }
  const inputs = generate(4e3);
  const dir = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "nacos-b64-"));
  try {
    const src = (0, import_node_path.join)(dir, "StrictOracle.java");
    (0, import_node_fs.writeFileSync)(src, ORACLE);
    const units = (s) => [...Array(s.length).keys()].map((i) => s.charCodeAt(i).toString(16).padStart(4, "0")).join("");
    const stdin = inputs.map(units).join("\n") + "\n";
    const res = (0, import_node_child_process.spawnSync)("java", [src], { input: stdin, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    import_strict.default.equal(res.status, 0, res.stderr);
    const lines = res.stdout.split("\n").filter((l) => l.length > 0);
    import_strict.default.equal(lines.length, inputs.length);
    let ok = 0;
    for (let i = 0; i < inputs.length; i++) {
      const [result, ascii, utf8] = lines[i].split("	");
      const s = inputs[i];
      const mine = decodeSecret(s, "strict-fallback");
      const label = JSON.stringify(s);
      if (result.startsWith("OK ")) {
        ok++;
        import_strict.default.equal(mine.fallbackCause, void 0, `${label}: Java accepts`);
        import_strict.default.equal(hexOf(mine.bytes), result.slice(3), label);
      } else {
        import_strict.default.ok(mine.fallbackCause, `${label}: Java rejects with ${result}`);
        import_strict.default.equal(mine.fallbackCause.message, result.slice(4), label);
        import_strict.default.equal(hexOf(mine.bytes), ascii, `${label}: ASCII fallback`);
      }
      import_strict.default.equal(hexOf(asciiBytes(s)), ascii, `${label}: US_ASCII`);
      import_strict.default.equal(hexOf(utf8Bytes(s)), utf8, `${label}: UTF_8`);
    }
    import_strict.default.ok(ok > inputs.length / 4, `enough accepted inputs (${ok})`);
  } finally {
    (0, import_node_fs.rmSync)(dir, { recursive: true, force: true });
  }
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vdGVzdC91bml0L2RlY29kZXJzLnRlc3QudHMiLCAiLi4vLi4vc2VydmVyL3NyYy9jb3JlL25hY29zL3ZlcnNpb25zLnRzIiwgIi4uLy4uL3NlcnZlci9zcmMvY29yZS9uYWNvcy9kZWNvZGVycy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgdGVzdCB9IGZyb20gJ25vZGU6dGVzdCc7XG5pbXBvcnQgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyBzcGF3blN5bmMgfSBmcm9tICdub2RlOmNoaWxkX3Byb2Nlc3MnO1xuaW1wb3J0IHsgbWtkdGVtcFN5bmMsIHdyaXRlRmlsZVN5bmMsIHJtU3luYyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0IHsgdG1wZGlyIH0gZnJvbSAnbm9kZTpvcyc7XG5pbXBvcnQgeyBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7XG4gIHR5cGUgRGVjb2RlcktpbmQsIGFsZ29yaXRobUZvciwgYXNjaWlCeXRlcywgZGVjb2RlU2VjcmV0LCBkZWNvZGVyRm9yLCB1dGY4Qnl0ZXMsXG59IGZyb20gJy4uLy4uL3NlcnZlci9zcmMvY29yZS9uYWNvcy9kZWNvZGVycyc7XG5pbXBvcnQgeyBwYXJzZVZlcnNpb24gfSBmcm9tICcuLi8uLi9zZXJ2ZXIvc3JjL2NvcmUvbmFjb3MvdmVyc2lvbnMnO1xuXG5jb25zdCBWID0gKHM6IHN0cmluZykgPT4gcGFyc2VWZXJzaW9uKHMpITtcbmNvbnN0IHRleHQgPSAoYjogVWludDhBcnJheSB8IHVuZGVmaW5lZCkgPT4gKGIgPyBCdWZmZXIuZnJvbShiKS50b1N0cmluZygnbGF0aW4xJykgOiB1bmRlZmluZWQpO1xuY29uc3QgaGV4ID0gKGI6IFVpbnQ4QXJyYXkgfCB1bmRlZmluZWQpID0+IChiID8gQnVmZmVyLmZyb20oYikudG9TdHJpbmcoJ2hleCcpIDogdW5kZWZpbmVkKTtcblxuY29uc3QgVkdIUCA9ICdWR2hwYzBselRYbERkWE4wYjIxVFpXTnlaWFJMWlhrd01USXpORFUyTnpnPSc7XG5jb25zdCBPTERfREVGQVVMVCA9ICdTZWNyZXRLZXknICsgJzAxMjM0NTY3ODknLnJlcGVhdCg2KTtcbmNvbnN0IE9MRF9ERUZBVUxUX0I2NCA9IEJ1ZmZlci5mcm9tKE9MRF9ERUZBVUxUKS50b1N0cmluZygnYmFzZTY0Jyk7XG5cbnRlc3QoJ2RlY29kZXJGb3IgZm9sbG93cyBmYWN0cyBcdTAwQTcxLjYgZXJhcycsICgpID0+IHtcbiAgY29uc3QgY2FzZXM6IFtzdHJpbmcsIERlY29kZXJLaW5kXVtdID0gW1xuICAgIFsnMS4yLjAnLCAnbGVuaWVudCddLCBbJzEuNC44JywgJ2xlbmllbnQnXSwgWycyLjAuMycsICdsZW5pZW50J10sIFsnMi4wLjQnLCAndXRmOC1mYWxsYmFjayddLCBbJzIuMS4wJywgJ3V0ZjgtZmFsbGJhY2snXSxcbiAgICBbJzIuMS4yJywgJ3V0ZjgtZmFsbGJhY2snXSwgWycyLjIuMCcsICdsZW5pZW50J10sIFsnMi4yLjAuMScsICdsZW5pZW50J10sIFsnMi4yLjEnLCAnc3RyaWN0LWZhbGxiYWNrJ10sXG4gICAgWycyLjIuMycsICdzdHJpY3QtZmFsbGJhY2snXSwgWycyLjIuNCcsICdzdHJpY3QtZmFsbGJhY2snXSwgWycyLjIuNC4xJywgJ3N0cmljdC1mYWxsYmFjayddLCBbJzIuMy4wJywgJ2xlbmllbnQnXSxcbiAgICBbJzIuNC4xJywgJ2xlbmllbnQnXSwgWycyLjUuMScsICdsZW5pZW50J10sIFsnMy4wLjAnLCAnbGVuaWVudCddLCBbJzMuMi4zJywgJ2xlbmllbnQnXSxcbiAgXTtcbiAgZm9yIChjb25zdCBbdiwga10gb2YgY2FzZXMpIGFzc2VydC5lcXVhbChkZWNvZGVyRm9yKFYodikpLCBrLCB2KTtcbn0pO1xuXG50ZXN0KCdhbGdvcml0aG1Gb3I6IDwgMzIgYnl0ZXMgcmVqZWN0ZWQsIHRoZW4gSFMyNTYgLyBIUzM4NCAvIEhTNTEyJywgKCkgPT4ge1xuICBhc3NlcnQuZXF1YWwoYWxnb3JpdGhtRm9yKDApLCB1bmRlZmluZWQpO1xuICBhc3NlcnQuZXF1YWwoYWxnb3JpdGhtRm9yKDMxKSwgdW5kZWZpbmVkKTtcbiAgYXNzZXJ0LmVxdWFsKGFsZ29yaXRobUZvcigzMiksICdIUzI1NicpO1xuICBhc3NlcnQuZXF1YWwoYWxnb3JpdGhtRm9yKDQ3KSwgJ0hTMjU2Jyk7XG4gIGFzc2VydC5lcXVhbChhbGdvcml0aG1Gb3IoNDgpLCAnSFMzODQnKTtcbiAgYXNzZXJ0LmVxdWFsKGFsZ29yaXRobUZvcig2MyksICdIUzM4NCcpO1xuICBhc3NlcnQuZXF1YWwoYWxnb3JpdGhtRm9yKDY0KSwgJ0hTNTEyJyk7XG4gIGFzc2VydC5lcXVhbChhbGdvcml0aG1Gb3IoOTIpLCAnSFM1MTInKTtcbn0pO1xuXG4vLyBFdmVyeSByb3cgb2YgZmFjdHMgXHUwMEE3MS42IFwiRXhlY3V0ZWQgd2l0aCB0aGUgcmVhbCBCYXNlNjREZWNvZGUgXHUyMDI2IGpzaGVsbFwiLiBgbGVuaWVudGAgaXMgdGhlIDIuMy4wKyBjb2x1bW4gKGFuZCBqand0XG4vLyBlcmFzLCBzYW1lIGFsZ29yaXRobSk7IGBzdHJpY3RgIHRoZSAyLjIuMVx1MjAxMzIuMi40IGNvbHVtbjogYSBudW1iZXIgaXMgdGhlIGJ5dGUgY291bnQsIGByYXdgIHRoZSBBU0NJSSBmYWxsYmFjay5cbmludGVyZmFjZSBSb3cge1xuICBuYW1lOiBzdHJpbmc7XG4gIGlucHV0OiBzdHJpbmc7XG4gIGxlbjogbnVtYmVyO1xuICBsZW5pZW50OiBudW1iZXIgfCB7IGVycm9yOiAnaWxsZWdhbC1jaGFyJyB8ICdvdXQtb2YtcmFuZ2UnOyBjaGFyOiBzdHJpbmcgfTtcbiAgc3RyaWN0OiBudW1iZXIgfCAncmF3JztcbiAgdHJpbW1lZD86IHsgbGVhZGluZzogbnVtYmVyOyB0cmFpbGluZzogbnVtYmVyIH07XG4gIGludGVyaW9yUGFkZGluZz86IGJvb2xlYW47XG4gIGFsZz86IHsgbGVuaWVudD86IHN0cmluZzsgc3RyaWN0Pzogc3RyaW5nIH07XG59XG5cbmNvbnN0IFJPV1M6IFJvd1tdID0gW1xuICB7IG5hbWU6ICdjYW5vbmljYWwnLCBpbnB1dDogVkdIUCwgbGVuOiA0NCwgbGVuaWVudDogMzIsIHN0cmljdDogMzIsIGFsZzogeyBsZW5pZW50OiAnSFMyNTYnLCBzdHJpY3Q6ICdIUzI1NicgfSB9LFxuICB7IG5hbWU6ICd3aXRob3V0ID0nLCBpbnB1dDogVkdIUC5zbGljZSgwLCAtMSksIGxlbjogNDMsIGxlbmllbnQ6IDMyLCBzdHJpY3Q6IDMyIH0sXG4gIHsgbmFtZTogJ2RvdWJsZSBxdW90ZXMnLCBpbnB1dDogYFwiJHtWR0hQfVwiYCwgbGVuOiA0NiwgbGVuaWVudDogMzIsIHN0cmljdDogJ3JhdycsIHRyaW1tZWQ6IHsgbGVhZGluZzogMSwgdHJhaWxpbmc6IDEgfSB9LFxuICB7IG5hbWU6ICdzaW5nbGUgcXVvdGVzJywgaW5wdXQ6IGAnJHtWR0hQfSdgLCBsZW46IDQ2LCBsZW5pZW50OiAzMiwgc3RyaWN0OiAncmF3JywgdHJpbW1lZDogeyBsZWFkaW5nOiAxLCB0cmFpbGluZzogMSB9IH0sXG4gIHsgbmFtZTogJzMgdHJhaWxpbmcgc3BhY2VzJywgaW5wdXQ6IGAke1ZHSFB9ICAgYCwgbGVuOiA0NywgbGVuaWVudDogMzIsIHN0cmljdDogJ3JhdycsIHRyaW1tZWQ6IHsgbGVhZGluZzogMCwgdHJhaWxpbmc6IDMgfSB9LFxuICB7IG5hbWU6ICd0cmFpbGluZyBDUicsIGlucHV0OiBgJHtWR0hQfVxccmAsIGxlbjogNDUsIGxlbmllbnQ6IDMyLCBzdHJpY3Q6ICdyYXcnLCB0cmltbWVkOiB7IGxlYWRpbmc6IDAsIHRyYWlsaW5nOiAxIH0gfSxcbiAgeyBuYW1lOiAnc3BhY2UgaW5zaWRlJywgaW5wdXQ6IGAke1ZHSFAuc2xpY2UoMCwgMjApfSAke1ZHSFAuc2xpY2UoMjApfWAsIGxlbjogNDUsIGxlbmllbnQ6IHsgZXJyb3I6ICdpbGxlZ2FsLWNoYXInLCBjaGFyOiAnICcgfSwgc3RyaWN0OiAncmF3JyB9LFxuICB7IG5hbWU6ICdvbGQgZGVmYXVsdCBTZWNyZXRLZXlcdTIwMjYnLCBpbnB1dDogT0xEX0RFRkFVTFQsIGxlbjogNjksIGxlbmllbnQ6IDUxLCBzdHJpY3Q6ICdyYXcnLCBhbGc6IHsgbGVuaWVudDogJ0hTMzg0Jywgc3RyaWN0OiAnSFM1MTInIH0gfSxcbiAgeyBuYW1lOiAncmF3IDMyLWNoYXIgc2VjcmV0JywgaW5wdXQ6ICdUaGlzSXNNeUN1c3RvbVNlY3JldEtleTAxMjM0NTY3OCcsIGxlbjogMzIsIGxlbmllbnQ6IDI0LCBzdHJpY3Q6IDI0LCBhbGc6IHt9IH0sXG4gIHtcbiAgICBuYW1lOiAnZGFzaGVzJywgaW5wdXQ6ICd0aGlzLWlzLWEtdmVyeS1sb25nLXRva2VuLWF0LWxlYXN0LTE5Mi1ieXRlcy1yZWNvbW1lbmQtMjU2LWJ5dGVzLXdpdGhvdXQtYW55LXNwZWNpYWwtc3ltYm9scycsXG4gICAgbGVuOiA5MiwgbGVuaWVudDogeyBlcnJvcjogJ2lsbGVnYWwtY2hhcicsIGNoYXI6ICctJyB9LCBzdHJpY3Q6ICdyYXcnLFxuICB9LFxuICB7IG5hbWU6ICduaWwnLCBpbnB1dDogJ25pbCcsIGxlbjogMywgbGVuaWVudDogMiwgc3RyaWN0OiAyLCBhbGc6IHt9IH0sXG4gIHsgbmFtZTogJ2VtcHR5JywgaW5wdXQ6ICcnLCBsZW46IDAsIGxlbmllbnQ6IDAsIHN0cmljdDogMCwgYWxnOiB7fSB9LFxuICB7IG5hbWU6ICd0cmFpbGluZyBcdTRFMkQnLCBpbnB1dDogYCR7VkdIUH1cdTRFMkRgLCBsZW46IDQ1LCBsZW5pZW50OiB7IGVycm9yOiAnb3V0LW9mLXJhbmdlJywgY2hhcjogJ1x1NEUyRCcgfSwgc3RyaWN0OiAncmF3JyB9LFxuICB7IG5hbWU6ICdpbnRlcmlvciA9JywgaW5wdXQ6IGBhYmM9JHtWR0hQfWAsIGxlbjogNDgsIGxlbmllbnQ6IDM1LCBzdHJpY3Q6ICdyYXcnLCBpbnRlcmlvclBhZGRpbmc6IHRydWUgfSxcbiAgeyBuYW1lOiAnbGVhZGluZyAtXy1fJywgaW5wdXQ6IGAtXy1fJHtWR0hQfWAsIGxlbjogNDgsIGxlbmllbnQ6IDMyLCBzdHJpY3Q6ICdyYXcnLCB0cmltbWVkOiB7IGxlYWRpbmc6IDQsIHRyYWlsaW5nOiAwIH0gfSxcbiAgeyBuYW1lOiAnQmFzZTY0IG9mIHRoZSBvbGQgZGVmYXVsdCcsIGlucHV0OiBPTERfREVGQVVMVF9CNjQsIGxlbjogOTIsIGxlbmllbnQ6IDY5LCBzdHJpY3Q6IDY5LCBhbGc6IHsgbGVuaWVudDogJ0hTNTEyJywgc3RyaWN0OiAnSFM1MTInIH0gfSxcbl07XG5cbmZvciAoY29uc3Qgcm93IG9mIFJPV1MpIHtcbiAgdGVzdChgZmFjdHMgXHUwMEE3MS42IHJvdzogJHtyb3cubmFtZX1gLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmVxdWFsKHJvdy5pbnB1dC5sZW5ndGgsIHJvdy5sZW4pO1xuICAgIGNvbnN0IGxlbiA9IGRlY29kZVNlY3JldChyb3cuaW5wdXQsICdsZW5pZW50Jyk7XG4gICAgY29uc3QgdXRmID0gZGVjb2RlU2VjcmV0KHJvdy5pbnB1dCwgJ3V0ZjgtZmFsbGJhY2snKTtcbiAgICBjb25zdCBzdHIgPSBkZWNvZGVTZWNyZXQocm93LmlucHV0LCAnc3RyaWN0LWZhbGxiYWNrJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGxlbi5sZW5ndGhOb3RNdWx0aXBsZU9mNCwgcm93LmxlbiAlIDQgIT09IDApO1xuICAgIGlmIChyb3cudHJpbW1lZCkgYXNzZXJ0LmRlZXBFcXVhbChsZW4udHJpbW1lZCwgcm93LnRyaW1tZWQpO1xuICAgIGFzc2VydC5lcXVhbChsZW4uaW50ZXJpb3JQYWRkaW5nLCByb3cuaW50ZXJpb3JQYWRkaW5nID8/IGZhbHNlKTtcblxuICAgIGlmICh0eXBlb2Ygcm93LmxlbmllbnQgPT09ICdudW1iZXInKSB7XG4gICAgICBhc3NlcnQuZXF1YWwobGVuLmVycm9yLCB1bmRlZmluZWQpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGxlbi5ieXRlcz8ubGVuZ3RoLCByb3cubGVuaWVudCk7XG4gICAgICAvLyB0aGUgMi4wLjRcdTIwMTMyLjEueCBkZWNvZGVyIGlzIHRoZSBzYW1lIHdoZW4gZGVjb2Rpbmcgc3VjY2VlZHNcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwodXRmLmJ5dGVzLCBsZW4uYnl0ZXMpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHV0Zi51c2VkUmF3RmFsbGJhY2ssIGZhbHNlKTtcbiAgICB9IGVsc2Uge1xuICAgICAgYXNzZXJ0LmVxdWFsKGxlbi5ieXRlcywgdW5kZWZpbmVkLCAnc2VydmVyIGZhaWxzJyk7XG4gICAgICBhc3NlcnQuZXF1YWwobGVuLmVycm9yPy5raW5kLCByb3cubGVuaWVudC5lcnJvcik7XG4gICAgICBhc3NlcnQuZXF1YWwobGVuLmVycm9yPy5jaGFyLCByb3cubGVuaWVudC5jaGFyKTtcbiAgICAgIGFzc2VydC5lcXVhbChyb3cuaW5wdXRbbGVuLmVycm9yIS5pbmRleF0sIHJvdy5sZW5pZW50LmNoYXIpO1xuICAgICAgaWYgKHJvdy5sZW5pZW50LmVycm9yID09PSAnaWxsZWdhbC1jaGFyJykgYXNzZXJ0LmVxdWFsKGxlbi5lcnJvcj8ubWVzc2FnZSwgYElsbGVnYWwgYmFzZTY0IGNoYXJhY3RlcjogJyR7cm93LmxlbmllbnQuY2hhcn0nYCk7XG4gICAgICBhc3NlcnQuZXF1YWwoaGV4KHV0Zi5ieXRlcyksIEJ1ZmZlci5mcm9tKHJvdy5pbnB1dCwgJ3V0ZjgnKS50b1N0cmluZygnaGV4JykpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHV0Zi51c2VkUmF3RmFsbGJhY2ssIHRydWUpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHV0Zi5lcnJvciwgdW5kZWZpbmVkLCAndGhlIGZhbGxiYWNrIGtlZXBzIHRoZSBzZXJ2ZXIgcnVubmluZycpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHV0Zi5mYWxsYmFja0NhdXNlPy5jaGFyLCByb3cubGVuaWVudC5jaGFyKTtcbiAgICB9XG5cbiAgICBpZiAocm93LnN0cmljdCA9PT0gJ3JhdycpIHtcbiAgICAgIGFzc2VydC5lcXVhbChzdHIudXNlZFJhd0ZhbGxiYWNrLCB0cnVlKTtcbiAgICAgIGFzc2VydC5lcXVhbChzdHIuZXJyb3IsIHVuZGVmaW5lZCwgJ3RoZSBmYWxsYmFjayBrZWVwcyB0aGUgc2VydmVyIHJ1bm5pbmcnKTtcbiAgICAgIGFzc2VydC5vayhzdHIuZmFsbGJhY2tDYXVzZSwgJ3N0cmljdCBmYWlsdXJlIGlzIGV4cGxhaW5lZCcpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChzdHIuYnl0ZXMsIGFzY2lpQnl0ZXMocm93LmlucHV0KSk7XG4gICAgICBhc3NlcnQuZXF1YWwoc3RyLmJ5dGVzPy5sZW5ndGgsIHJvdy5sZW4pO1xuICAgIH0gZWxzZSB7XG4gICAgICBhc3NlcnQuZXF1YWwoc3RyLnVzZWRSYXdGYWxsYmFjaywgZmFsc2UpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHN0ci5lcnJvciwgdW5kZWZpbmVkKTtcbiAgICAgIGFzc2VydC5lcXVhbChzdHIuZmFsbGJhY2tDYXVzZSwgdW5kZWZpbmVkKTtcbiAgICAgIGFzc2VydC5lcXVhbChzdHIuYnl0ZXM/Lmxlbmd0aCwgcm93LnN0cmljdCk7XG4gICAgfVxuICAgIGlmIChyb3cuYWxnKSB7XG4gICAgICBhc3NlcnQuZXF1YWwoYWxnb3JpdGhtRm9yKGxlbi5ieXRlcz8ubGVuZ3RoID8/IDApLCByb3cuYWxnLmxlbmllbnQpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGFsZ29yaXRobUZvcihzdHIuYnl0ZXM/Lmxlbmd0aCA/PyAwKSwgcm93LmFsZy5zdHJpY3QpO1xuICAgIH1cbiAgfSk7XG59XG5cbnRlc3QoJ3RoZSBkZWNvZGVycyBwcm9kdWNlIHRoZSBhY3R1YWwga2V5IGJ5dGVzJywgKCkgPT4ge1xuICBhc3NlcnQuZXF1YWwodGV4dChkZWNvZGVTZWNyZXQoVkdIUCwgJ2xlbmllbnQnKS5ieXRlcyksICdUaGlzSXNNeUN1c3RvbVNlY3JldEtleTAxMjM0NTY3OCcpO1xuICBhc3NlcnQuZXF1YWwodGV4dChkZWNvZGVTZWNyZXQoYFwiJHtWR0hQfVwiYCwgJ2xlbmllbnQnKS5ieXRlcyksICdUaGlzSXNNeUN1c3RvbVNlY3JldEtleTAxMjM0NTY3OCcpO1xuICBhc3NlcnQuZXF1YWwodGV4dChkZWNvZGVTZWNyZXQoYC1fLV8ke1ZHSFB9YCwgJ2xlbmllbnQnKS5ieXRlcyksICdUaGlzSXNNeUN1c3RvbVNlY3JldEtleTAxMjM0NTY3OCcpO1xuICBhc3NlcnQuZXF1YWwodGV4dChkZWNvZGVTZWNyZXQoT0xEX0RFRkFVTFRfQjY0LCAnbGVuaWVudCcpLmJ5dGVzKSwgT0xEX0RFRkFVTFQpO1xuICBhc3NlcnQuZXF1YWwodGV4dChkZWNvZGVTZWNyZXQoT0xEX0RFRkFVTFRfQjY0LCAnc3RyaWN0LWZhbGxiYWNrJykuYnl0ZXMpLCBPTERfREVGQVVMVCk7XG4gIGFzc2VydC5lcXVhbCh0ZXh0KGRlY29kZVNlY3JldChPTERfREVGQVVMVCwgJ3N0cmljdC1mYWxsYmFjaycpLmJ5dGVzKSwgT0xEX0RFRkFVTFQpO1xuICBhc3NlcnQuZXF1YWwoaGV4KGRlY29kZVNlY3JldChPTERfREVGQVVMVCwgJ2xlbmllbnQnKS5ieXRlcyksIEJ1ZmZlci5mcm9tKE9MRF9ERUZBVUxULnNsaWNlKDAsIDY4KSwgJ2Jhc2U2NCcpLnRvU3RyaW5nKCdoZXgnKSk7XG4gIC8vIGludGVyaW9yICc9JyBjb3VudHMgYXMgemVybyBiaXRzOiBcImFiYz1cIiB0aGVuIHRoZSBjYW5vbmljYWwga2V5XG4gIGFzc2VydC5lcXVhbChoZXgoZGVjb2RlU2VjcmV0KGBhYmM9JHtWR0hQfWAsICdsZW5pZW50JykuYnl0ZXMpLCAnNjliNzAwJyArIEJ1ZmZlci5mcm9tKFZHSFAsICdiYXNlNjQnKS50b1N0cmluZygnaGV4JykpO1xuICAvLyB0aGUgc3RyaWN0IGRlY29kZXIgaWdub3JlcyB1bnVzZWQgbG93IGJpdHMgbGlrZSBKYXZhIChcIlFSPT1cIiBpcyBhY2NlcHRlZClcbiAgYXNzZXJ0LmRlZXBFcXVhbChkZWNvZGVTZWNyZXQoJ1FSPT0nLCAnc3RyaWN0LWZhbGxiYWNrJykuYnl0ZXMsIFVpbnQ4QXJyYXkub2YoMHg0MSkpO1xufSk7XG5cbnRlc3QoJ2xlbmllbnQgZGVjb2RlciBjb3JuZXIgY2FzZXMgZm9sbG93IHRoZSBKYXZhIGNvZGUgcGF0aHMnLCAoKSA9PiB7XG4gIGNvbnN0IGUgPSAoczogc3RyaW5nKSA9PiBkZWNvZGVTZWNyZXQocywgJ2xlbmllbnQnKTtcbiAgYXNzZXJ0LmVxdWFsKGUoJyAnKS5ieXRlcz8ubGVuZ3RoLCAwLCAnc2luZ2xlIGp1bmsgY2hhcjogbm90aGluZyB0byBkZWNvZGUnKTtcbiAgYXNzZXJ0LmVxdWFsKGUoJ1x1NEUyRCcpLmJ5dGVzPy5sZW5ndGgsIDAsICdhIGxvbmUgY2hhciBpcyBuZXZlciBsb29rZWQgdXAnKTtcbiAgYXNzZXJ0LmVxdWFsKGUoJyBcdTRFMkQnKS5lcnJvcj8ua2luZCwgJ291dC1vZi1yYW5nZScpO1xuICBhc3NlcnQuZXF1YWwoZSgnXHU0RTJEYScpLmVycm9yPy5raW5kLCAnb3V0LW9mLXJhbmdlJyk7XG4gIGFzc2VydC5lcXVhbChlKCdhXHU0RTJEYScpLmVycm9yPy5raW5kLCAnaWxsZWdhbC1jaGFyJywgJ2ludGVyaW9yIGNoYXJzIGdvIHRocm91Z2ggY3RvaSwgd2hpY2ggcmFuZ2UtY2hlY2tzJyk7XG4gIGFzc2VydC5lcXVhbChlKCc9JykuZXJyb3I/LmtpbmQsICdvdXQtb2YtcmFuZ2UnLCAncGFkIGNoZWNrIHJlYWRzIHNbLTFdJyk7XG4gIGFzc2VydC5lcXVhbChlKCc9PScpLmVycm9yPy5raW5kLCAnb3V0LW9mLXJhbmdlJywgJ25lZ2F0aXZlIGFycmF5IHNpemUnKTtcbiAgYXNzZXJ0LmVxdWFsKGUoJy0tLScpLmVycm9yPy5raW5kLCAnb3V0LW9mLXJhbmdlJywgJ25lZ2F0aXZlIGFycmF5IHNpemUnKTtcbiAgYXNzZXJ0LmVxdWFsKGUoJy0tJykuYnl0ZXM/Lmxlbmd0aCwgMCk7XG4gIGFzc2VydC5lcXVhbChlKCdRVUpEJykuYnl0ZXM/Lmxlbmd0aCwgMyk7XG4gIGFzc2VydC5lcXVhbCh0ZXh0KGUoJ1FVSkRSQScpLmJ5dGVzKSwgJ0FCQ0QnKTtcbiAgYXNzZXJ0LmVxdWFsKHRleHQoZSgnUVVKRFJBPScpLmJ5dGVzKSwgJ0FCQ0QnLCAnZmxvb3IoNyo2LzgpIC0gMScpO1xuICBhc3NlcnQuZXF1YWwodGV4dChlKCdRVUpEUkE9PScpLmJ5dGVzKSwgJ0FCQ0QnKTtcbiAgYXNzZXJ0LmVxdWFsKHRleHQoZSgnUVVKRFJBPT09JykuYnl0ZXMpLCAnQUJDRCcsICdhdCBtb3N0IHR3byBcIj1cIiBjb3VudCBhcyBwYWRkaW5nJyk7XG4gIGNvbnN0IHNlY3JldCA9IGAke1ZHSFB9JCR7VkdIUH1gO1xuICBjb25zdCBlcnIgPSBlKHNlY3JldCkuZXJyb3IhO1xuICBhc3NlcnQuZXF1YWwoZXJyLm1lc3NhZ2UsIFwiSWxsZWdhbCBiYXNlNjQgY2hhcmFjdGVyOiAnJCdcIik7XG4gIGFzc2VydC5vayghZXJyLm1lc3NhZ2UuaW5jbHVkZXMoJ1ZHaHAnKSwgJ21lc3NhZ2UgbmV2ZXIgY2FycmllcyB0aGUgc2VjcmV0Jyk7XG59KTtcblxudGVzdCgnTUlNRSBsaW5lIHNlcGFyYXRvcnMgYXJlIGhvbm91cmVkIG9ubHkgd2hlbiBzWzc2XSBpcyBDUicsICgpID0+IHtcbiAgY29uc3QgYnl0ZXMgPSBCdWZmZXIuZnJvbShBcnJheS5mcm9tKHsgbGVuZ3RoOiAxMjAgfSwgKF8sIGkpID0+IChpICogMzcpICYgMHhmZikpO1xuICBjb25zdCBtaW1lID0gYnl0ZXMudG9TdHJpbmcoJ2Jhc2U2NCcpLnJlcGxhY2UoLyguezc2fSkvZywgJyQxXFxyXFxuJyk7XG4gIGFzc2VydC5lcXVhbChtaW1lWzc2XSwgJ1xccicpO1xuICBhc3NlcnQuZXF1YWwoaGV4KGRlY29kZVNlY3JldChtaW1lLCAnbGVuaWVudCcpLmJ5dGVzKSwgYnl0ZXMudG9TdHJpbmcoJ2hleCcpKTtcbiAgY29uc3QgbGYgPSBtaW1lLnJlcGxhY2UoL1xcci9nLCAnJyk7XG4gIGFzc2VydC5lcXVhbChkZWNvZGVTZWNyZXQobGYsICdsZW5pZW50JykuZXJyb3I/LmNoYXIsICdcXG4nKTtcbn0pO1xuXG50ZXN0KCdmYWxsYmFjayBieXRlIGVuY29kaW5ncyBtYXRjaCBKYXZhIChVUy1BU0NJSSBcdTIxOTIgXCI/XCIsIFVURi04IGxvbmUgc3Vycm9nYXRlIFx1MjE5MiBcIj9cIiknLCAoKSA9PiB7XG4gIGFzc2VydC5kZWVwRXF1YWwoYXNjaWlCeXRlcygnYVx1MDBFOVx1NEUyRFx1RDgzRFx1REUwMGInKSwgVWludDhBcnJheS5mcm9tKFsweDYxLCAweDNmLCAweDNmLCAweDNmLCAweDYyXSkpO1xuICBhc3NlcnQuZGVlcEVxdWFsKHV0ZjhCeXRlcygnYVx1MDBFOVx1RDgzRFx1REUwMCcpLCBVaW50OEFycmF5LmZyb20oQnVmZmVyLmZyb20oJ2FcdTAwRTlcdUQ4M0RcdURFMDAnLCAndXRmOCcpKSk7XG4gIGFzc2VydC5kZWVwRXF1YWwodXRmOEJ5dGVzKCdhXFx1ZDgwMGInKSwgVWludDhBcnJheS5mcm9tKFsweDYxLCAweDNmLCAweDYyXSkpO1xufSk7XG5cbi8vIC0tLS0gZGlmZmVyZW50aWFsIHRlc3QgYWdhaW5zdCBqYXZhLnV0aWwuQmFzZTY0IC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbmNvbnN0IE9SQUNMRSA9IGBcbmltcG9ydCBqYXZhLmlvLio7XG5pbXBvcnQgamF2YS5uaW8uY2hhcnNldC5TdGFuZGFyZENoYXJzZXRzO1xuaW1wb3J0IGphdmEudXRpbC4qO1xucHVibGljIGNsYXNzIFN0cmljdE9yYWNsZSB7XG4gIHN0YXRpYyBTdHJpbmcgaGV4KGJ5dGVbXSBiKSB7IFN0cmluZ0J1aWxkZXIgcyA9IG5ldyBTdHJpbmdCdWlsZGVyKCk7IGZvciAoYnl0ZSB4IDogYikgcy5hcHBlbmQoU3RyaW5nLmZvcm1hdChcIiUwMnhcIiwgeCkpOyByZXR1cm4gcy50b1N0cmluZygpOyB9XG4gIHB1YmxpYyBzdGF0aWMgdm9pZCBtYWluKFN0cmluZ1tdIGEpIHRocm93cyBFeGNlcHRpb24ge1xuICAgIEJ1ZmZlcmVkUmVhZGVyIGluID0gbmV3IEJ1ZmZlcmVkUmVhZGVyKG5ldyBJbnB1dFN0cmVhbVJlYWRlcihTeXN0ZW0uaW4sIFN0YW5kYXJkQ2hhcnNldHMuVVNfQVNDSUkpKTtcbiAgICBQcmludFN0cmVhbSBvdXQgPSBuZXcgUHJpbnRTdHJlYW0obmV3IEJ1ZmZlcmVkT3V0cHV0U3RyZWFtKFN5c3RlbS5vdXQpLCBmYWxzZSwgXCJVVEYtOFwiKTtcbiAgICBmb3IgKFN0cmluZyBsaW5lOyAobGluZSA9IGluLnJlYWRMaW5lKCkpICE9IG51bGw7KSB7XG4gICAgICBjaGFyW10gY3MgPSBuZXcgY2hhcltsaW5lLmxlbmd0aCgpIC8gNF07XG4gICAgICBmb3IgKGludCBpID0gMDsgaSA8IGNzLmxlbmd0aDsgaSsrKSBjc1tpXSA9IChjaGFyKSBJbnRlZ2VyLnBhcnNlSW50KGxpbmUuc3Vic3RyaW5nKGkgKiA0LCBpICogNCArIDQpLCAxNik7XG4gICAgICBTdHJpbmcgcyA9IG5ldyBTdHJpbmcoY3MpO1xuICAgICAgU3RyaW5nIHI7XG4gICAgICB0cnkgeyByID0gXCJPSyBcIiArIGhleChCYXNlNjQuZ2V0RGVjb2RlcigpLmRlY29kZShzKSk7IH1cbiAgICAgIGNhdGNoIChJbGxlZ2FsQXJndW1lbnRFeGNlcHRpb24gZSkgeyByID0gXCJFUlIgXCIgKyBlLmdldE1lc3NhZ2UoKTsgfVxuICAgICAgb3V0LnByaW50bG4ociArIFwiXFxcXHRcIiArIGhleChzLmdldEJ5dGVzKFN0YW5kYXJkQ2hhcnNldHMuVVNfQVNDSUkpKSArIFwiXFxcXHRcIiArIGhleChzLmdldEJ5dGVzKFN0YW5kYXJkQ2hhcnNldHMuVVRGXzgpKSk7XG4gICAgfVxuICAgIG91dC5mbHVzaCgpO1xuICB9XG59XG5gO1xuXG5mdW5jdGlvbiBybmcoc2VlZDogbnVtYmVyKTogKCkgPT4gbnVtYmVyIHtcbiAgbGV0IHggPSBzZWVkID4+PiAwO1xuICByZXR1cm4gKCkgPT4ge1xuICAgIHggPSAoeCArIDB4NmQyYjc5ZjUpID4+PiAwO1xuICAgIGxldCB0ID0geDtcbiAgICB0ID0gTWF0aC5pbXVsKHQgXiAodCA+Pj4gMTUpLCB0IHwgMSk7XG4gICAgdCBePSB0ICsgTWF0aC5pbXVsKHQgXiAodCA+Pj4gNyksIHQgfCA2MSk7XG4gICAgcmV0dXJuICgodCBeICh0ID4+PiAxNCkpID4+PiAwKSAvIDQyOTQ5NjcyOTY7XG4gIH07XG59XG5cbmZ1bmN0aW9uIGdlbmVyYXRlKG46IG51bWJlcik6IHN0cmluZ1tdIHtcbiAgY29uc3QgciA9IHJuZygyMDI0MDYxMSk7XG4gIGNvbnN0IHBpY2sgPSA8VD4oeHM6IHJlYWRvbmx5IFRbXSk6IFQgPT4geHNbTWF0aC5mbG9vcihyKCkgKiB4cy5sZW5ndGgpXTtcbiAgY29uc3QganVuayA9IFsnPScsICctJywgJ18nLCAnICcsICdcXHQnLCAnXFxyJywgJ1xcbicsICdcIicsIFwiJ1wiLCAnJCcsICcuJywgJ1x1MDBFOScsICdcdTAwRkYnLCAnXFx1MDA4MCcsICdcdTRFMkQnLCAnXHVEODNEXHVERTAwJywgJ1xcdWQ4MDAnXTtcbiAgY29uc3Qgb3V0OiBzdHJpbmdbXSA9IFsnJywgJz0nLCAnPT0nLCAnUScsICdRUScsICdRUT0nLCAnUVE9PScsICdRUT09PScsICdRUVE9JywgJ1FSPT0nLCAnUVVKRCcsICdRVUpEPScsICdRUT09UVE9PScsIFZHSFAsIE9MRF9ERUZBVUxULCBPTERfREVGQVVMVF9CNjRdO1xuICB3aGlsZSAob3V0Lmxlbmd0aCA8IG4pIHtcbiAgICBjb25zdCBieXRlcyA9IEJ1ZmZlci5mcm9tKEFycmF5LmZyb20oeyBsZW5ndGg6IE1hdGguZmxvb3IocigpICogNzApIH0sICgpID0+IE1hdGguZmxvb3IocigpICogMjU2KSkpO1xuICAgIGxldCBzID0gYnl0ZXMudG9TdHJpbmcoJ2Jhc2U2NCcpO1xuICAgIGNvbnN0IG11dGF0aW9ucyA9IE1hdGguZmxvb3IocigpICogMyk7XG4gICAgZm9yIChsZXQgbSA9IDA7IG0gPCBtdXRhdGlvbnM7IG0rKykge1xuICAgICAgY29uc3QgYXQgPSBNYXRoLmZsb29yKHIoKSAqIChzLmxlbmd0aCArIDEpKTtcbiAgICAgIHN3aXRjaCAoTWF0aC5mbG9vcihyKCkgKiA1KSkge1xuICAgICAgICBjYXNlIDA6IHMgPSBzLnJlcGxhY2UoLz0rJC8sICcnKTsgYnJlYWs7XG4gICAgICAgIGNhc2UgMTogcyA9IHMuc2xpY2UoMCwgYXQpICsgcGljayhqdW5rKSArIHMuc2xpY2UoYXQpOyBicmVhaztcbiAgICAgICAgY2FzZSAyOiBzID0gcy5zbGljZSgwLCBNYXRoLm1heCgwLCBzLmxlbmd0aCAtIDEgLSBNYXRoLmZsb29yKHIoKSAqIDMpKSk7IGJyZWFrO1xuICAgICAgICBjYXNlIDM6IHMgPSBzLnNsaWNlKDAsIGF0KSArIHMuc2xpY2UoYXQgKyAxKTsgYnJlYWs7XG4gICAgICAgIGRlZmF1bHQ6IHMgKz0gcGljayhbJz0nLCAnPT0nLCAnQScsICdBQj0nXSk7XG4gICAgICB9XG4gICAgfVxuICAgIG91dC5wdXNoKHMpO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmNvbnN0IGhleE9mID0gKGI6IFVpbnQ4QXJyYXkpID0+IEJ1ZmZlci5mcm9tKGIpLnRvU3RyaW5nKCdoZXgnKTtcblxudGVzdCgnc3RyaWN0IGRlY29kZXIgYW5kIGZhbGxiYWNrIGJ5dGVzIGFncmVlIHdpdGggamF2YS51dGlsLkJhc2U2NCBvbiBnZW5lcmF0ZWQgc3RyaW5ncycsIHQgPT4ge1xuICBjb25zdCBwcm9iZSA9IHNwYXduU3luYygnamF2YScsIFsnLXZlcnNpb24nXSwgeyBlbmNvZGluZzogJ3V0ZjgnIH0pO1xuICBpZiAocHJvYmUuZXJyb3IgfHwgcHJvYmUuc3RhdHVzICE9PSAwKSB7XG4gICAgaWYgKHByb2Nlc3MuZW52LkNJID09PSAndHJ1ZScpIGFzc2VydC5mYWlsKCdqYXZhIGlzIHJlcXVpcmVkIGluIENJIGZvciB0aGUgZGlmZmVyZW50aWFsIHRlc3QnKTtcbiAgICB0LnNraXAoJ2phdmEgbm90IGF2YWlsYWJsZScpO1xuICAgIHJldHVybjtcbiAgfVxuICBjb25zdCBpbnB1dHMgPSBnZW5lcmF0ZSg0MDAwKTtcbiAgY29uc3QgZGlyID0gbWtkdGVtcFN5bmMoam9pbih0bXBkaXIoKSwgJ25hY29zLWI2NC0nKSk7XG4gIHRyeSB7XG4gICAgY29uc3Qgc3JjID0gam9pbihkaXIsICdTdHJpY3RPcmFjbGUuamF2YScpO1xuICAgIHdyaXRlRmlsZVN5bmMoc3JjLCBPUkFDTEUpO1xuICAgIC8vIFVURi0xNiB1bml0cyBhcyBoZXgsIHNvIENSL0xGLCBsb25lIHN1cnJvZ2F0ZXMgYW5kIG5vbi1BU0NJSSByZWFjaCBKYXZhIHVuY2hhbmdlZFxuICAgIGNvbnN0IHVuaXRzID0gKHM6IHN0cmluZykgPT4gWy4uLkFycmF5KHMubGVuZ3RoKS5rZXlzKCldLm1hcChpID0+IHMuY2hhckNvZGVBdChpKS50b1N0cmluZygxNikucGFkU3RhcnQoNCwgJzAnKSkuam9pbignJyk7XG4gICAgY29uc3Qgc3RkaW4gPSBpbnB1dHMubWFwKHVuaXRzKS5qb2luKCdcXG4nKSArICdcXG4nO1xuICAgIGNvbnN0IHJlcyA9IHNwYXduU3luYygnamF2YScsIFtzcmNdLCB7IGlucHV0OiBzdGRpbiwgZW5jb2Rpbmc6ICd1dGY4JywgbWF4QnVmZmVyOiA2NCAqIDEwMjQgKiAxMDI0IH0pO1xuICAgIGFzc2VydC5lcXVhbChyZXMuc3RhdHVzLCAwLCByZXMuc3RkZXJyKTtcbiAgICAvLyBldmVyeSBpbnB1dCB5aWVsZHMgb25lIGxpbmUsIGFuIGVtcHR5IG9uZSBpbmNsdWRlZCAoXCJPSyBcXHRcXHRcIilcbiAgICBjb25zdCBsaW5lcyA9IHJlcy5zdGRvdXQuc3BsaXQoJ1xcbicpLmZpbHRlcihsID0+IGwubGVuZ3RoID4gMCk7XG4gICAgYXNzZXJ0LmVxdWFsKGxpbmVzLmxlbmd0aCwgaW5wdXRzLmxlbmd0aCk7XG4gICAgbGV0IG9rID0gMDtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IGlucHV0cy5sZW5ndGg7IGkrKykge1xuICAgICAgY29uc3QgW3Jlc3VsdCwgYXNjaWksIHV0ZjhdID0gbGluZXNbaV0uc3BsaXQoJ1xcdCcpO1xuICAgICAgY29uc3QgcyA9IGlucHV0c1tpXTtcbiAgICAgIGNvbnN0IG1pbmUgPSBkZWNvZGVTZWNyZXQocywgJ3N0cmljdC1mYWxsYmFjaycpO1xuICAgICAgY29uc3QgbGFiZWwgPSBKU09OLnN0cmluZ2lmeShzKTtcbiAgICAgIGlmIChyZXN1bHQuc3RhcnRzV2l0aCgnT0sgJykpIHtcbiAgICAgICAgb2srKztcbiAgICAgICAgYXNzZXJ0LmVxdWFsKG1pbmUuZmFsbGJhY2tDYXVzZSwgdW5kZWZpbmVkLCBgJHtsYWJlbH06IEphdmEgYWNjZXB0c2ApO1xuICAgICAgICBhc3NlcnQuZXF1YWwoaGV4T2YobWluZS5ieXRlcyEpLCByZXN1bHQuc2xpY2UoMyksIGxhYmVsKTtcbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIGFzc2VydC5vayhtaW5lLmZhbGxiYWNrQ2F1c2UsIGAke2xhYmVsfTogSmF2YSByZWplY3RzIHdpdGggJHtyZXN1bHR9YCk7XG4gICAgICAgIGFzc2VydC5lcXVhbChtaW5lLmZhbGxiYWNrQ2F1c2UubWVzc2FnZSwgcmVzdWx0LnNsaWNlKDQpLCBsYWJlbCk7XG4gICAgICAgIGFzc2VydC5lcXVhbChoZXhPZihtaW5lLmJ5dGVzISksIGFzY2lpLCBgJHtsYWJlbH06IEFTQ0lJIGZhbGxiYWNrYCk7XG4gICAgICB9XG4gICAgICBhc3NlcnQuZXF1YWwoaGV4T2YoYXNjaWlCeXRlcyhzKSksIGFzY2lpLCBgJHtsYWJlbH06IFVTX0FTQ0lJYCk7XG4gICAgICBhc3NlcnQuZXF1YWwoaGV4T2YodXRmOEJ5dGVzKHMpKSwgdXRmOCwgYCR7bGFiZWx9OiBVVEZfOGApO1xuICAgIH1cbiAgICBhc3NlcnQub2sob2sgPiBpbnB1dHMubGVuZ3RoIC8gNCwgYGVub3VnaCBhY2NlcHRlZCBpbnB1dHMgKCR7b2t9KWApO1xuICB9IGZpbmFsbHkge1xuICAgIHJtU3luYyhkaXIsIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KTtcbiAgfVxufSk7XG4iLCAiLy8gTmFjb3Mgc2VydmVyIC8gaW1hZ2UgdmVyc2lvbnM6IHBhcnNpbmcsIG9yZGVyaW5nLCByYW5nZXMsIGFuZCB0aGUgZmluZ2VycHJpbnRzIHRoYXQgYmV0cmF5IGEgdmVyc2lvbiAoZmFjdHMgXHUwMEE3NywgU1BFQyBcdTAwQTc0KS5cblxuZXhwb3J0IGludGVyZmFjZSBOYWNvc1ZlcnNpb24ge1xuICBtYWpvcjogbnVtYmVyO1xuICBtaW5vcjogbnVtYmVyO1xuICBwYXRjaDogbnVtYmVyO1xuICAvKiogRm91cnRoIGNvbXBvbmVudCBvZiBob3RmaXggcmVsZWFzZXM6IFwiMi4yLjAuMVwiIFx1MjE5MiAxLiAqL1xuICBob3RmaXg6IG51bWJlcjtcbiAgLyoqIFRoZSBudW1lcmljIHBhcnQgYXMgd3JpdHRlbiwgd2l0aG91dCBhIGxlYWRpbmcgYHZgIG9yIGEgYC1zbGltYC1saWtlIHN1ZmZpeDogXCIyLjIuMC4xXCIsIFwiMi40XCIsIFwiM1wiLiAqL1xuICB0ZXh0OiBzdHJpbmc7XG59XG5cbi8vIGB2YCBwcmVmaXggb3B0aW9uYWw7IDFcdTIwMTM0IG51bWVyaWMgY29tcG9uZW50czsgYW4gb3B0aW9uYWwgYC1zdWZmaXhgIChpbWFnZSB2YXJpYW50cyBgLXNsaW1gLCBgLUJFVEFgLCBgLVNOQVBTSE9UYCkuXG5jb25zdCBWRVJTSU9OX1JFID0gL15bdlZdPyhcXGR7MSw2fSkoPzpcXC4oXFxkezEsNn0pKT8oPzpcXC4oXFxkezEsNn0pKT8oPzpcXC4oXFxkezEsNn0pKT8oPzotW0EtWmEtejAtOV1bQS1aYS16MC05Ll8tXSopPyQvO1xuXG5pbnRlcmZhY2UgUGFyc2VkIHtcbiAgdmVyc2lvbjogTmFjb3NWZXJzaW9uO1xuICAvKiogSG93IG1hbnkgbnVtZXJpYyBjb21wb25lbnRzIHdlcmUgd3JpdHRlbiAoXCIyLjIuNFwiIFx1MjE5MiAzKTsgcmFuZ2VzIHVzZSBpdCBmb3IgXCIyLjIuNCBhbHNvIG1hdGNoZXMgMi4yLjQueFwiLiAqL1xuICBjb21wb25lbnRzOiBudW1iZXI7XG59XG5cbmZ1bmN0aW9uIHBhcnNlKHM6IHN0cmluZyk6IFBhcnNlZCB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG0gPSBWRVJTSU9OX1JFLmV4ZWMocy50cmltKCkpO1xuICBpZiAoIW0pIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHBhcnRzID0gW21bMV0sIG1bMl0sIG1bM10sIG1bNF1dO1xuICBjb25zdCBjb21wb25lbnRzID0gcGFydHMuZmlsdGVyKHAgPT4gcCAhPT0gdW5kZWZpbmVkKS5sZW5ndGg7XG4gIGNvbnN0IFttYWpvciwgbWlub3IsIHBhdGNoLCBob3RmaXhdID0gcGFydHMubWFwKHAgPT4gKHAgPT09IHVuZGVmaW5lZCA/IDAgOiBOdW1iZXIocCkpKTtcbiAgcmV0dXJuIHsgdmVyc2lvbjogeyBtYWpvciwgbWlub3IsIHBhdGNoLCBob3RmaXgsIHRleHQ6IHBhcnRzLnNsaWNlKDAsIGNvbXBvbmVudHMpLmpvaW4oJy4nKSB9LCBjb21wb25lbnRzIH07XG59XG5cbi8qKlxuICogUGFyc2VzIFwidjIuMy4wXCIsIFwiMi4zLjBcIiwgXCJ2Mi4yLjEtc2xpbVwiLCBcIjIuMi4wLjFcIiwgXCIyLjRcIiwgXCIzXCIuIFJldHVybnMgdW5kZWZpbmVkIGZvciBcImxhdGVzdFwiIGFuZCBhbnl0aGluZyB0aGF0IGlzXG4gKiBub3QgYSB2ZXJzaW9uICh0aGUgY2FsbGVyIGRlY2lkZXMgd2hhdCBgbGF0ZXN0YCBtZWFuczogc2VlIGB2ZXJzaW9uRnJvbUltYWdlVGFnYCkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVZlcnNpb24oczogc3RyaW5nKTogTmFjb3NWZXJzaW9uIHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIHBhcnNlKHMpPy52ZXJzaW9uO1xufVxuXG5mdW5jdGlvbiBtdXN0KHM6IHN0cmluZyk6IFBhcnNlZCB7XG4gIGNvbnN0IHAgPSBwYXJzZShzKTtcbiAgaWYgKCFwKSB0aHJvdyBuZXcgRXJyb3IoYG5vdCBhIHZlcnNpb24gbGl0ZXJhbDogJHtzfWApO1xuICByZXR1cm4gcDtcbn1cblxuZnVuY3Rpb24gdHVwbGUodjogTmFjb3NWZXJzaW9uKTogbnVtYmVyW10ge1xuICByZXR1cm4gW3YubWFqb3IsIHYubWlub3IsIHYucGF0Y2gsIHYuaG90Zml4XTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGNvbXBhcmVWZXJzaW9ucyhhOiBOYWNvc1ZlcnNpb24sIGI6IE5hY29zVmVyc2lvbik6IG51bWJlciB7XG4gIGNvbnN0IHggPSB0dXBsZShhKTtcbiAgY29uc3QgeSA9IHR1cGxlKGIpO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IDQ7IGkrKykgaWYgKHhbaV0gIT09IHlbaV0pIHJldHVybiB4W2ldIDwgeVtpXSA/IC0xIDogMTtcbiAgcmV0dXJuIDA7XG59XG5cbi8qKiBgdmVyc2lvbkF0TGVhc3QodiwgJzIuMi4xJylgOiB2IFx1MjI2NSAyLjIuMSAobWlzc2luZyBjb21wb25lbnRzIGNvdW50IGFzIDApLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZlcnNpb25BdExlYXN0KHY6IE5hY29zVmVyc2lvbiwgczogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiBjb21wYXJlVmVyc2lvbnModiwgbXVzdChzKS52ZXJzaW9uKSA+PSAwO1xufVxuXG4vKiogdiBcdTIyNjQgaGkgd2hlcmUgb25seSB0aGUgY29tcG9uZW50cyB3cml0dGVuIGluIGBoaWAgY291bnQ6ICcyLjIuNCcgbWF0Y2hlcyAyLjIuNC4xLCAnMi40JyBtYXRjaGVzIDIuNC4zLCAnMicgYW55IDIueC4gKi9cbmZ1bmN0aW9uIGF0TW9zdCh2OiBOYWNvc1ZlcnNpb24sIGhpOiBQYXJzZWQpOiBib29sZWFuIHtcbiAgY29uc3QgeCA9IHR1cGxlKHYpO1xuICBjb25zdCB5ID0gdHVwbGUoaGkudmVyc2lvbik7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgaGkuY29tcG9uZW50czsgaSsrKSBpZiAoeFtpXSAhPT0geVtpXSkgcmV0dXJuIHhbaV0gPCB5W2ldO1xuICByZXR1cm4gdHJ1ZTtcbn1cblxuLyoqXG4gKiBJbmNsdXNpdmUgcmFuZ2UuIGBoaWAgaXMgYSBwcmVmaXggYm91bmQ6IGluUmFuZ2UodiwgJzIuMi4xJywgJzIuMi40JykgaXMgdHJ1ZSBmb3IgMi4yLjQueCwgYW5kICcyLjQnIG1lYW5zIDIuNC54LlxuICogVG8gc3RvcCBhdCBhIHJlbGVhc2UgdGhhdCBoYXMgaG90Zml4ZXMsIHdyaXRlIGFsbCBmb3VyIGNvbXBvbmVudHMgKCcyLjIuMC4wJyBleGNsdWRlcyAyLjIuMC4xKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGluUmFuZ2UodjogTmFjb3NWZXJzaW9uLCBsbzogc3RyaW5nLCBoaTogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiB2ZXJzaW9uQXRMZWFzdCh2LCBsbykgJiYgYXRNb3N0KHYsIG11c3QoaGkpKTtcbn1cblxuLyoqIEEgcmFuZ2UgaW4gdGhlIGZhY3RzIHRhYmxlczsgYHRvYCBpcyBhIHByZWZpeCBib3VuZCBhcyBpbiBgaW5SYW5nZWA7IGEgbWlzc2luZyBlbmQgaXMgb3Blbi4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVmVyc2lvblJhbmdlIHtcbiAgZnJvbT86IHN0cmluZztcbiAgdG8/OiBzdHJpbmc7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBpblZlcnNpb25SYW5nZSh2OiBOYWNvc1ZlcnNpb24sIHI6IFZlcnNpb25SYW5nZSk6IGJvb2xlYW4ge1xuICByZXR1cm4gKHIuZnJvbSA9PT0gdW5kZWZpbmVkIHx8IHZlcnNpb25BdExlYXN0KHYsIHIuZnJvbSkpICYmIChyLnRvID09PSB1bmRlZmluZWQgfHwgYXRNb3N0KHYsIG11c3Qoci50bykpKTtcbn1cblxuLyoqIEltYWdlIHRhZyBvZiBgbmFjb3MvbmFjb3Mtc2VydmVyOmxhdGVzdGAgKGBkb2NrZXJAbWFzdGVyOmJ1aWxkL0RvY2tlcmZpbGVgIE5BQ09TX1ZFUlNJT04sIGZhY3RzIFx1MDBBNzQuMikuICovXG5leHBvcnQgY29uc3QgTkVXRVNUXzNYID0gJzMuMi4zJztcblxuZXhwb3J0IHR5cGUgVmVyc2lvblNvdXJjZSA9ICdzZXR0aW5nJyB8ICdpbWFnZSB0YWcnIHwgJ2ZpbmdlcnByaW50JyB8ICdkZWZhdWx0JyB8ICdjbGknO1xuXG5leHBvcnQgaW50ZXJmYWNlIEFzc3VtZWRWZXJzaW9uIHtcbiAgdmVyc2lvbjogTmFjb3NWZXJzaW9uO1xuICBmcm9tOiBWZXJzaW9uU291cmNlO1xuICAvKiogV2h5LCBpbiBFbmdsaXNoLCBmb3IgXCJhc3N1bWVkIFx1MjAyNiBiZWNhdXNlIFx1MjAyNlwiOiBlLmcuIFwibmFjb3MuY29yZS5hdXRoLmFkbWluLmVuYWJsZWQgaXMgb25seSByZWFkIGJ5IDMueFwiLiAqL1xuICBkZXRhaWw6IHN0cmluZztcbn1cblxuaW50ZXJmYWNlIEZpbmdlcnByaW50IHtcbiAgLyoqIEtleSBwcmVmaXhlcyAocHJvcGVydHkga2V5cyBhcmUgbWF0Y2hlZCBleGFjdGx5IG9yIGFzIGBwcmVmaXguYC1jaGlsZHJlbikuICovXG4gIGtleXM6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICBhc3N1bWU6IHN0cmluZztcbiAgZGV0YWlsOiAoa2V5OiBzdHJpbmcpID0+IHN0cmluZztcbn1cblxuLy8gT3JkZXJlZCBtb3N0IHNwZWNpZmljIGZpcnN0OyB0aGUgZmlyc3QgZmluZ2VycHJpbnQgd2l0aCBhIGtleSBwcmVzZW50IHdpbnMgKGZhY3RzIFx1MDBBNzcsIFNQRUMgXHUwMEE3NCkuIFdoZW4gYSBmaWxlIGhhc1xuLy8gYm90aCBgcGx1Z2luLm5hY29zLnRva2VuLipgIGFuZCBgZGVmYXVsdC50b2tlbi4qYCwgdGhlIG5ld2VyIG5hbWUgd2luczogbGVnYWN5IGxpbmVzIGxlZnQgYmVoaW5kIGJ5IGFuIHVwZ3JhZGUgYXJlXG4vLyB0aGUgY29tbW9uIGNhc2UsIGFuZCB0aGUgcnVsZXMgdGhlbiBmbGFnIHRoZSBsZWdhY3kgbGluZSBhcyBpZ25vcmVkLlxuY29uc3QgRklOR0VSUFJJTlRTOiByZWFkb25seSBGaW5nZXJwcmludFtdID0gW1xuICB7XG4gICAgLy8gMy4wLjAgc3BsaXQgdGhlIHN3aXRjaGVzIChmYWN0cyBcdTAwQTcxLjEsIFx1MDBBNzIpIGFuZCByZW5hbWVkIHNlcnZlci5wb3J0ICgzLjAgdXBncmFkZSBkb2MpLlxuICAgIGtleXM6IFsnbmFjb3MuY29yZS5hdXRoLmFkbWluLmVuYWJsZWQnLCAnbmFjb3MuY29yZS5hdXRoLmNvbnNvbGUuZW5hYmxlZCcsICduYWNvcy5zZXJ2ZXIubWFpbi5wb3J0J10sXG4gICAgYXNzdW1lOiBORVdFU1RfM1gsXG4gICAgZGV0YWlsOiBrID0+IGAke2t9IGlzIG9ubHkgcmVhZCBieSAzLnhgLFxuICB9LFxuICB7XG4gICAgLy8gUmVhZCBmcm9tIDIuMS4wIG9uLiBBIGZpbGUgd2l0aG91dCBhbnkgMy54LW9ubHkga2V5IGlzIG1vc3QgbGlrZWx5IGEgMi54IGZpbGUsIGFuZCAyLjUuMSBpcyB0aGUgbmV3ZXN0IDIueFxuICAgIC8vIHJlbGVhc2U7IGl0cyBiZWhhdmlvdXIgKGxlbmllbnQgZGVjb2RlciwgXCJhdXRoIHJlcXVpcmVkXCIgPSBuYWNvcy5jb3JlLmF1dGguZW5hYmxlZCkgaXMgdGhhdCBvZiAyLjMuMFx1MjAxMzIuNS54LFxuICAgIC8vIG1vc3Qgb2YgdGhlIFx1MjI2NSAyLjEgcmFuZ2UsIHNvIHRoZSBhc3N1bXB0aW9uIG1pc2xlYWRzIHRoZSBmZXdlc3QgdXNlcnMuXG4gICAga2V5czogWyduYWNvcy5jb3JlLmF1dGgucGx1Z2luLm5hY29zLnRva2VuJ10sXG4gICAgYXNzdW1lOiAnMi41LjEnLFxuICAgIGRldGFpbDogayA9PiBgJHtrfSBpcyBvbmx5IHJlYWQgZnJvbSAyLjEuMCBvbiAobm8gMy54LW9ubHkga2V5IHByZXNlbnQpYCxcbiAgfSxcbiAge1xuICAgIC8vIFJlYWQgb25seSB1cCB0byAyLjAuNCAocmVuYW1lZCBpbiAyLjEuMCk6IDIuMC40IGlzIHRoZSBuZXdlc3QgdmVyc2lvbiB0aGF0IHJlYWRzIGl0LlxuICAgIGtleXM6IFsnbmFjb3MuY29yZS5hdXRoLmRlZmF1bHQudG9rZW4nXSxcbiAgICBhc3N1bWU6ICcyLjAuNCcsXG4gICAgZGV0YWlsOiBrID0+IGAke2t9IGlzIG9ubHkgcmVhZCB1cCB0byAyLjAuNGAsXG4gIH0sXG5dO1xuXG5mdW5jdGlvbiBrZXlNYXRjaGVzKGtleTogc3RyaW5nLCBwcmVmaXg6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4ga2V5ID09PSBwcmVmaXggfHwga2V5LnN0YXJ0c1dpdGgocHJlZml4ICsgJy4nKTtcbn1cblxuLyoqIFRoZSBtb3N0IHNwZWNpZmljIHZlcnNpb24gZmluZ2VycHJpbnQgYW1vbmcgcHJvcGVydHkga2V5cyBwcmVzZW50IGluIGEgcHJvcGVydGllcyBmaWxlOyB1bmRlZmluZWQgd2hlbiBub25lLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZlcnNpb25Gcm9tRmluZ2VycHJpbnRzKGtleXM6IEl0ZXJhYmxlPHN0cmluZz4pOiBBc3N1bWVkVmVyc2lvbiB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHByZXNlbnQgPSBbLi4ua2V5c107XG4gIGZvciAoY29uc3QgZnAgb2YgRklOR0VSUFJJTlRTKSB7XG4gICAgZm9yIChjb25zdCBwcmVmaXggb2YgZnAua2V5cykge1xuICAgICAgY29uc3QgaGl0ID0gcHJlc2VudC5maW5kKGsgPT4ga2V5TWF0Y2hlcyhrLCBwcmVmaXgpKTtcbiAgICAgIGlmIChoaXQgIT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgdmVyc2lvbjogbXVzdChmcC5hc3N1bWUpLnZlcnNpb24sIGZyb206ICdmaW5nZXJwcmludCcsIGRldGFpbDogZnAuZGV0YWlsKGhpdCkgfTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuLyoqIEFuIGltYWdlIHRhZyBhcyBhIHZlcnNpb246IGBsYXRlc3RgIChvciBubyB0YWcpIGlzIHRoZSBuZXdlc3QgMy54IChmYWN0cyBcdTAwQTc0LjIpOyBqdW5rIFx1MjE5MiB1bmRlZmluZWQuICovXG5leHBvcnQgZnVuY3Rpb24gdmVyc2lvbkZyb21JbWFnZVRhZyh0YWc6IHN0cmluZyB8IHVuZGVmaW5lZCk6IEFzc3VtZWRWZXJzaW9uIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdCA9ICh0YWcgPz8gJ2xhdGVzdCcpLnRyaW0oKTtcbiAgaWYgKHQgPT09ICcnIHx8IHQgPT09ICdsYXRlc3QnKSB7XG4gICAgcmV0dXJuIHsgdmVyc2lvbjogbXVzdChORVdFU1RfM1gpLnZlcnNpb24sIGZyb206ICdpbWFnZSB0YWcnLCBkZXRhaWw6IGBuYWNvcy9uYWNvcy1zZXJ2ZXI6bGF0ZXN0IGlzICR7TkVXRVNUXzNYfWAgfTtcbiAgfVxuICBjb25zdCB2ID0gcGFyc2VWZXJzaW9uKHQpO1xuICByZXR1cm4gdiA/IHsgdmVyc2lvbjogdiwgZnJvbTogJ2ltYWdlIHRhZycsIGRldGFpbDogYGltYWdlIHRhZyAke3R9YCB9IDogdW5kZWZpbmVkO1xufVxuXG4vKiogTm90aGluZyB0ZWxscyB0aGUgdmVyc2lvbjogYXNzdW1lIHRoZSBuZXdlc3QgMy54IChTUEVDIFx1MDBBNzQpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRlZmF1bHRWZXJzaW9uKCk6IEFzc3VtZWRWZXJzaW9uIHtcbiAgcmV0dXJuIHsgdmVyc2lvbjogbXVzdChORVdFU1RfM1gpLnZlcnNpb24sIGZyb206ICdkZWZhdWx0JywgZGV0YWlsOiBgbm8gdmVyc2lvbiBmb3VuZDsgYXNzdW1pbmcgdGhlIG5ld2VzdCAzLnggKCR7TkVXRVNUXzNYfSlgIH07XG59XG4iLCAiLy8gSG93IGVhY2ggTmFjb3MgdmVyc2lvbiB0dXJucyBgdG9rZW4uc2VjcmV0LmtleWAgaW50byBITUFDIGtleSBieXRlcyAoZmFjdHMgXHUwMEE3MS42KS4gRW11bGF0ZWQgZXhhY3RseSwgaW5jbHVkaW5nIHRoZVxuLy8gcXVpcmtzLCBiZWNhdXNlIHRoZSBzYW1lIHN0cmluZyB5aWVsZHMgZGlmZmVyZW50IGtleXMgb24gZGlmZmVyZW50IHZlcnNpb25zLlxuaW1wb3J0IHsgdHlwZSBOYWNvc1ZlcnNpb24sIHR5cGUgVmVyc2lvblJhbmdlLCBpblZlcnNpb25SYW5nZSB9IGZyb20gJy4vdmVyc2lvbnMnO1xuXG4vKipcbiAqIGxlbmllbnQ6IGpqd3QgYERlY29kZXJzLkJBU0U2NGAgKFx1MjI2NCAyLjAuMywgMi4yLjAsIDIuMi4wLjEpIGFuZCBOYWNvcyBgQmFzZTY0RGVjb2RlYCAoMi4zLjArKSwgdGhlIHNhbWUgTWlHLXN0eWxlXG4gKiBhbGdvcml0aG07IGFuIGVycm9yIGZhaWxzIGxvZ2luIChcdTIyNjQgMi4wLjMpIG9yIHN0YXJ0dXAgKDIuMi4wKykuXG4gKiBzdHJpY3QtZmFsbGJhY2s6IGBqYXZhLnV0aWwuQmFzZTY0LmdldERlY29kZXIoKWAsIG9uIGVycm9yIHRoZSBVUy1BU0NJSSBieXRlcyBvZiB0aGUgcmF3IHN0cmluZyAoMi4yLjFcdTIwMTMyLjIuNCkuXG4gKiB1dGY4LWZhbGxiYWNrOiBsZW5pZW50LCBvbiBlcnJvciB0aGUgVVRGLTggYnl0ZXMgb2YgdGhlIHJhdyBzdHJpbmcgKDIuMC40XHUyMDEzMi4xLngsIFBSICM3MjA5KS5cbiAqL1xuZXhwb3J0IHR5cGUgRGVjb2RlcktpbmQgPSAnbGVuaWVudCcgfCAnc3RyaWN0LWZhbGxiYWNrJyB8ICd1dGY4LWZhbGxiYWNrJztcblxuZXhwb3J0IGludGVyZmFjZSBEZWNvZGVyRXJhIHtcbiAgcmFuZ2U6IFZlcnNpb25SYW5nZTtcbiAga2luZDogRGVjb2RlcktpbmQ7XG4gIC8qKiBQcm9wZXJ0eSByZWFkIGluIHRoaXMgZXJhIGFuZCB3aGVuIHRoZSBrZXkgaXMgY2hlY2tlZCAoZmFjdHMgXHUwMEE3MS42IGNvbHVtbnMpLiAqL1xuICBub3RlOiBzdHJpbmc7XG59XG5cbmV4cG9ydCBjb25zdCBERUNPREVSX0VSQVM6IHJlYWRvbmx5IERlY29kZXJFcmFbXSA9IFtcbiAgeyByYW5nZTogeyB0bzogJzIuMC4zJyB9LCBraW5kOiAnbGVuaWVudCcsIG5vdGU6ICdkZWZhdWx0LnRva2VuLnNlY3JldC5rZXk7IGpqd3Q7IGNoZWNrZWQgYXQgZmlyc3QgbG9naW4nIH0sXG4gIHsgcmFuZ2U6IHsgZnJvbTogJzIuMC40JywgdG86ICcyLjEnIH0sIGtpbmQ6ICd1dGY4LWZhbGxiYWNrJywgbm90ZTogJ2pqd3QsIFVURi04IGJ5dGVzIG9uIERlY29kaW5nRXhjZXB0aW9uOyBjaGVja2VkIGF0IGZpcnN0IGxvZ2luJyB9LFxuICB7IHJhbmdlOiB7IGZyb206ICcyLjIuMCcsIHRvOiAnMi4yLjAnIH0sIGtpbmQ6ICdsZW5pZW50Jywgbm90ZTogJ2pqd3Q7IGNoZWNrZWQgYXQgc3RhcnR1cCBldmVuIHdpdGggYXV0aCBvZmYnIH0sIC8vIDIuMi4wIGFuZCAyLjIuMC4xXG4gIHsgcmFuZ2U6IHsgZnJvbTogJzIuMi4xJywgdG86ICcyLjIuNCcgfSwga2luZDogJ3N0cmljdC1mYWxsYmFjaycsIG5vdGU6ICdqYXZhLnV0aWwuQmFzZTY0LCBVUy1BU0NJSSBieXRlcyBvbiBlcnJvcicgfSxcbiAgeyByYW5nZTogeyBmcm9tOiAnMi4zLjAnIH0sIGtpbmQ6ICdsZW5pZW50Jywgbm90ZTogJ05hY29zIEJhc2U2NERlY29kZSAoamp3dCBjb3B5LCAjMTA5MzEpJyB9LFxuXTtcblxuZXhwb3J0IGZ1bmN0aW9uIGRlY29kZXJGb3IodjogTmFjb3NWZXJzaW9uKTogRGVjb2RlcktpbmQge1xuICByZXR1cm4gREVDT0RFUl9FUkFTLmZpbmQoZSA9PiBpblZlcnNpb25SYW5nZSh2LCBlLnJhbmdlKSk/LmtpbmQgPz8gJ2xlbmllbnQnO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIERlY29kZUVycm9yIHtcbiAgLyoqXG4gICAqIGlsbGVnYWwtY2hhcjogYElsbGVnYWwgYmFzZTY0IGNoYXJhY3RlcmAgaW5zaWRlIHRoZSB0cmltbWVkIHZhbHVlLlxuICAgKiBvdXQtb2YtcmFuZ2U6IHRoZSBsZW5pZW50IGRlY29kZXIgY3Jhc2hlcyB3aXRoIGEgSmF2YSBydW50aW1lIGV4Y2VwdGlvbiBpbnN0ZWFkOiBhIGNoYXIgPiBVKzAwRkYgYW1vbmcgdGhlXG4gICAqICAgY2hhcmFjdGVycyBpdCB0cmltcyAoQXJyYXlJbmRleE91dE9mQm91bmRzRXhjZXB0aW9uKSwgb3IgYSBkZWdlbmVyYXRlIGA9YC1vbmx5IHZhbHVlXG4gICAqICAgKEFycmF5SW5kZXhPdXRPZkJvdW5kcyAvIE5lZ2F0aXZlQXJyYXlTaXplRXhjZXB0aW9uKS4gVGhlIHNlcnZlciBmYWlscyBhbGwgdGhlIHNhbWUuXG4gICAqL1xuICBraW5kOiAnaWxsZWdhbC1jaGFyJyB8ICdvdXQtb2YtcmFuZ2UnO1xuICAvKiogVGhlIG9mZmVuZGluZyBjaGFyYWN0ZXIgKGEgd2hvbGUgY29kZSBwb2ludCBmb3IgYSBzdXJyb2dhdGUgcGFpcikuIE5ldmVyIG1vcmUgb2YgdGhlIHNlY3JldC4gKi9cbiAgY2hhcjogc3RyaW5nO1xuICAvKiogVVRGLTE2IGluZGV4IG9mIGBjaGFyYCBpbiB0aGUgc2VjcmV0LiAqL1xuICBpbmRleDogbnVtYmVyO1xuICAvKiogSmF2YSdzIG1lc3NhZ2UsIGUuZy4gYElsbGVnYWwgYmFzZTY0IGNoYXJhY3RlcjogJy0nYC4gKi9cbiAgbWVzc2FnZTogc3RyaW5nO1xufVxuXG4vKiogV2h5IGEgZmFsbGJhY2sgZGVjb2RlciBnYXZlIHVwIG9uIEJhc2U2NCAoc2FtZSBzaGFwZTsgYGJhZC1lbmRpbmdgIG9ubHkgZnJvbSB0aGUgc3RyaWN0IGRlY29kZXIpLiAqL1xuZXhwb3J0IGludGVyZmFjZSBGYWxsYmFja0NhdXNlIHtcbiAgLyoqIGJhZC1lbmRpbmc6IHdyb25nIHBhZGRpbmcsIGEgZGFuZ2xpbmcgbGFzdCBjaGFyYWN0ZXIsIGRhdGEgYWZ0ZXIgYD1gLCBhIDEtY2hhcmFjdGVyIHZhbHVlLiAqL1xuICBraW5kOiAnaWxsZWdhbC1jaGFyJyB8ICdvdXQtb2YtcmFuZ2UnIHwgJ2JhZC1lbmRpbmcnO1xuICBjaGFyOiBzdHJpbmc7XG4gIGluZGV4OiBudW1iZXI7XG4gIC8qKiBKYXZhJ3MgbWVzc2FnZSwgZS5nLiBgSWxsZWdhbCBiYXNlNjQgY2hhcmFjdGVyIDJkYCAoamF2YS51dGlsLkJhc2U2NCkgb3IgYElsbGVnYWwgYmFzZTY0IGNoYXJhY3RlcjogJy0nYC4gKi9cbiAgbWVzc2FnZTogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIERlY29kZVJlc3VsdCB7XG4gIC8qKiBLZXkgYnl0ZXMgdGhlIHNlcnZlciB1c2VzOyB1bmRlZmluZWQgd2hlbiB0aGUgc2VydmVyIGZhaWxzIChsb2dpbiBvciBzdGFydHVwLCBwZXIgdmVyc2lvbikuICovXG4gIGJ5dGVzOiBVaW50OEFycmF5IHwgdW5kZWZpbmVkO1xuICAvKiogU2V0IGV4YWN0bHkgd2hlbiBgYnl0ZXNgIGlzIHVuZGVmaW5lZDogd2h5IHRoZSBzZXJ2ZXIgZmFpbHMuICovXG4gIGVycm9yPzogRGVjb2RlRXJyb3I7XG4gIC8qKiBzdHJpY3QtZmFsbGJhY2sgLyB1dGY4LWZhbGxiYWNrIHRvb2sgdGhlIHJhdyBzdHJpbmcncyBieXRlcy4gKi9cbiAgdXNlZFJhd0ZhbGxiYWNrOiBib29sZWFuO1xuICAvKiogU2V0IGV4YWN0bHkgd2hlbiBgdXNlZFJhd0ZhbGxiYWNrYDogd2h5IEJhc2U2NCBkZWNvZGluZyBmYWlsZWQuICovXG4gIGZhbGxiYWNrQ2F1c2U/OiBGYWxsYmFja0NhdXNlO1xuICAvKiogQ2hhcmFjdGVycyBvdXRzaWRlIHRoZSBhbHBoYWJldCBhdCBlaXRoZXIgZW5kIHRoYXQgdGhlIGxlbmllbnQgZGVjb2RlciBzaWxlbnRseSBkcm9wcy4gKi9cbiAgdHJpbW1lZDogeyBsZWFkaW5nOiBudW1iZXI7IHRyYWlsaW5nOiBudW1iZXIgfTtcbiAgLyoqIGA9YCBiZWZvcmUgYSBsYXRlciBhbHBoYWJldCBjaGFyYWN0ZXIgKGRlY29kZWQgYXMgemVybyBiaXRzIGJ5IHRoZSBsZW5pZW50IGRlY29kZXIpLiAqL1xuICBpbnRlcmlvclBhZGRpbmc6IGJvb2xlYW47XG4gIC8qKiBSYXcgbGVuZ3RoICUgNCAhPSAwICgyLjQuMSsgbG9ncyBXLUI2NCkuICovXG4gIGxlbmd0aE5vdE11bHRpcGxlT2Y0OiBib29sZWFuO1xufVxuXG5leHBvcnQgdHlwZSBKd3RBbGdvcml0aG0gPSAnSFMyNTYnIHwgJ0hTMzg0JyB8ICdIUzUxMic7XG5cbmV4cG9ydCBjb25zdCBNSU5fU0VDUkVUX0JZVEVTID0gMzI7XG5cbi8qKiAyLjIuMSsgcGljayB0aGUgSE1BQyBieSBrZXkgc2l6ZTsgPCAyNTYgYml0cyBpcyByZWplY3RlZCAoZmFjdHMgXHUwMEE3MS42KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbGdvcml0aG1Gb3IoYnl0ZUxlbmd0aDogbnVtYmVyKTogSnd0QWxnb3JpdGhtIHwgdW5kZWZpbmVkIHtcbiAgaWYgKGJ5dGVMZW5ndGggPCAzMikgcmV0dXJuIHVuZGVmaW5lZDtcbiAgaWYgKGJ5dGVMZW5ndGggPCA0OCkgcmV0dXJuICdIUzI1Nic7XG4gIGlmIChieXRlTGVuZ3RoIDwgNjQpIHJldHVybiAnSFMzODQnO1xuICByZXR1cm4gJ0hTNTEyJztcbn1cblxuY29uc3QgQUxQSEFCRVQgPSAnQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODkrLyc7XG4vLyBEZWNvZGVyIHRhYmxlIG9mIGJvdGggSmF2YSBkZWNvZGVyczogMjU2IGVudHJpZXMsIC0xID0gbm90IGluIHRoZSBhbHBoYWJldDsgdGhlIGxlbmllbnQgb25lIG1hcHMgJz0nIHRvIDAuXG5jb25zdCBMRU5JRU5UX1RBQkxFID0gbmV3IEludDhBcnJheSgyNTYpLmZpbGwoLTEpO1xuY29uc3QgU1RSSUNUX1RBQkxFID0gbmV3IEludDhBcnJheSgyNTYpLmZpbGwoLTEpO1xuZm9yIChsZXQgaSA9IDA7IGkgPCBBTFBIQUJFVC5sZW5ndGg7IGkrKykge1xuICBMRU5JRU5UX1RBQkxFW0FMUEhBQkVULmNoYXJDb2RlQXQoaSldID0gaTtcbiAgU1RSSUNUX1RBQkxFW0FMUEhBQkVULmNoYXJDb2RlQXQoaSldID0gaTtcbn1cbkxFTklFTlRfVEFCTEVbMHgzZF0gPSAwO1xuY29uc3QgU1RSSUNUX1BBRCA9IC0yO1xuU1RSSUNUX1RBQkxFWzB4M2RdID0gU1RSSUNUX1BBRDtcblxuLyoqIFRoZSBjb2RlIHBvaW50IGF0IFVURi0xNiBpbmRleCBpIChhIGxvbmUgc3Vycm9nYXRlIHN0YXlzIGl0c2VsZikuICovXG5mdW5jdGlvbiBjaGFyQXQoczogc3RyaW5nLCBpOiBudW1iZXIpOiBzdHJpbmcge1xuICBjb25zdCBjID0gcy5jb2RlUG9pbnRBdChpKTtcbiAgcmV0dXJuIGMgPT09IHVuZGVmaW5lZCA/ICcnIDogU3RyaW5nLmZyb21Db2RlUG9pbnQoYyk7XG59XG5cbmZ1bmN0aW9uIGlzTGVnYWxMZW5pZW50KGNvZGU6IG51bWJlcik6IGJvb2xlYW4ge1xuICByZXR1cm4gY29kZSA8PSAweGZmICYmIExFTklFTlRfVEFCTEVbY29kZV0gPj0gMDtcbn1cblxuZnVuY3Rpb24gc2hhcGUoczogc3RyaW5nKTogUGljazxEZWNvZGVSZXN1bHQsICd0cmltbWVkJyB8ICdpbnRlcmlvclBhZGRpbmcnIHwgJ2xlbmd0aE5vdE11bHRpcGxlT2Y0Jz4ge1xuICBsZXQgZmlyc3QgPSAtMTtcbiAgbGV0IGxhc3QgPSAtMTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBzLmxlbmd0aDsgaSsrKSB7XG4gICAgaWYgKGlzTGVnYWxMZW5pZW50KHMuY2hhckNvZGVBdChpKSkpIHtcbiAgICAgIGlmIChmaXJzdCA8IDApIGZpcnN0ID0gaTtcbiAgICAgIGxhc3QgPSBpO1xuICAgIH1cbiAgfVxuICBsZXQgaW50ZXJpb3JQYWRkaW5nID0gZmFsc2U7XG4gIGlmIChmaXJzdCA+PSAwKSB7XG4gICAgbGV0IHNlZW5QYWQgPSBmYWxzZTtcbiAgICBmb3IgKGxldCBpID0gZmlyc3Q7IGkgPD0gbGFzdDsgaSsrKSB7XG4gICAgICBjb25zdCBjID0gcy5jaGFyQ29kZUF0KGkpO1xuICAgICAgaWYgKGMgPT09IDB4M2QpIHNlZW5QYWQgPSB0cnVlO1xuICAgICAgZWxzZSBpZiAoc2VlblBhZCAmJiBpc0xlZ2FsTGVuaWVudChjKSkgeyBpbnRlcmlvclBhZGRpbmcgPSB0cnVlOyBicmVhazsgfVxuICAgIH1cbiAgfVxuICByZXR1cm4ge1xuICAgIHRyaW1tZWQ6IGZpcnN0IDwgMCA/IHsgbGVhZGluZzogcy5sZW5ndGgsIHRyYWlsaW5nOiAwIH0gOiB7IGxlYWRpbmc6IGZpcnN0LCB0cmFpbGluZzogcy5sZW5ndGggLSAxIC0gbGFzdCB9LFxuICAgIGludGVyaW9yUGFkZGluZyxcbiAgICBsZW5ndGhOb3RNdWx0aXBsZU9mNDogcy5sZW5ndGggJSA0ICE9PSAwLFxuICB9O1xufVxuXG5jbGFzcyBKYXZhRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIGNvbnN0cnVjdG9yKHJlYWRvbmx5IGRldGFpbDogRmFsbGJhY2tDYXVzZSkge1xuICAgIHN1cGVyKGRldGFpbC5tZXNzYWdlKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBvdXRPZlJhbmdlKHM6IHN0cmluZywgaW5kZXg6IG51bWJlciwgbWVzc2FnZTogc3RyaW5nLCBhdCA9IGluZGV4KTogSmF2YUVycm9yIHtcbiAgcmV0dXJuIG5ldyBKYXZhRXJyb3IoeyBraW5kOiAnb3V0LW9mLXJhbmdlJywgY2hhcjogY2hhckF0KHMsIE1hdGgubWF4KDAsIE1hdGgubWluKGF0LCBzLmxlbmd0aCAtIDEpKSksIGluZGV4OiBNYXRoLm1heCgwLCBhdCksIG1lc3NhZ2UgfSk7XG59XG5cbi8qKlxuICogVGhlIE1pRyBCYXNlNjQgYGRlY29kZUZhc3RgIG9mIGpqd3QgLyBOYWNvcyBgQmFzZTY0RGVjb2RlYCAoZmFjdHMgXHUwMEE3MS42KSwgc3RlcCBmb3Igc3RlcDogdHJpbSBub24tYWxwaGFiZXQgY2hhcnMgYXRcbiAqIGJvdGggZW5kcyAobG9va2luZyBhIGNoYXIgPiBVKzAwRkYgdXAgaW4gdGhlIDI1Ni1lbnRyeSB0YWJsZSB0aHJvd3MpLCBjb3VudCB1cCB0byB0d28gdHJhaWxpbmcgYD1gLCBhbGxvY2F0ZVxuICogZmxvb3IoNm4vOCkgXHUyMjEyIHBhZCBieXRlcywgdGhlbiBkZWNvZGUgNCBjaGFycyBhdCBhIHRpbWU7IGA9YCBhbnl3aGVyZSBpcyAwIGJpdHMuXG4gKi9cbmZ1bmN0aW9uIGxlbmllbnREZWNvZGUoczogc3RyaW5nKTogVWludDhBcnJheSB7XG4gIGNvbnN0IHNMZW4gPSBzLmxlbmd0aDtcbiAgaWYgKHNMZW4gPT09IDApIHJldHVybiBuZXcgVWludDhBcnJheSgwKTtcbiAgY29uc3QgdGFibGUgPSAoaTogbnVtYmVyKTogbnVtYmVyID0+IHtcbiAgICBjb25zdCBjID0gcy5jaGFyQ29kZUF0KGkpO1xuICAgIGlmIChjID4gMHhmZikgdGhyb3cgb3V0T2ZSYW5nZShzLCBpLCBgQXJyYXlJbmRleE91dE9mQm91bmRzRXhjZXB0aW9uOiBJbmRleCAke2N9IG91dCBvZiBib3VuZHMgZm9yIGxlbmd0aCAyNTZgKTtcbiAgICByZXR1cm4gTEVOSUVOVF9UQUJMRVtjXTtcbiAgfTtcbiAgbGV0IHNJeCA9IDA7XG4gIGxldCBlSXggPSBzTGVuIC0gMTtcbiAgd2hpbGUgKHNJeCA8IGVJeCAmJiB0YWJsZShzSXgpIDwgMCkgc0l4Kys7XG4gIHdoaWxlIChlSXggPiAwICYmIHRhYmxlKGVJeCkgPCAwKSBlSXgtLTtcblxuICBsZXQgcGFkID0gMDtcbiAgaWYgKHMuY2hhckNvZGVBdChlSXgpID09PSAweDNkKSB7XG4gICAgaWYgKGVJeCA9PT0gMCkgdGhyb3cgb3V0T2ZSYW5nZShzLCAtMSwgYEFycmF5SW5kZXhPdXRPZkJvdW5kc0V4Y2VwdGlvbjogSW5kZXggLTEgb3V0IG9mIGJvdW5kcyBmb3IgbGVuZ3RoICR7c0xlbn1gLCAwKTtcbiAgICBwYWQgPSBzLmNoYXJDb2RlQXQoZUl4IC0gMSkgPT09IDB4M2QgPyAyIDogMTtcbiAgfVxuICBjb25zdCBjQ250ID0gZUl4IC0gc0l4ICsgMTtcbiAgY29uc3Qgc2VwQ250ID0gc0xlbiA+IDc2ID8gKHMuY2hhckNvZGVBdCg3NikgPT09IDB4MGQgPyBNYXRoLnRydW5jKGNDbnQgLyA3OCkgOiAwKSA8PCAxIDogMDtcbiAgY29uc3QgbGVuID0gKCgoY0NudCAtIHNlcENudCkgKiA2KSA+PiAzKSAtIHBhZDtcbiAgaWYgKGxlbiA8IDApIHRocm93IG91dE9mUmFuZ2UocywgZUl4LCBgTmVnYXRpdmVBcnJheVNpemVFeGNlcHRpb246ICR7bGVufWApO1xuICBjb25zdCBvdXQgPSBuZXcgVWludDhBcnJheShsZW4pO1xuXG4gIGNvbnN0IGN0b2kgPSAoaTogbnVtYmVyKTogbnVtYmVyID0+IHtcbiAgICBpZiAoaSA+PSBzTGVuKSB0aHJvdyBvdXRPZlJhbmdlKHMsIGksIGBBcnJheUluZGV4T3V0T2ZCb3VuZHNFeGNlcHRpb246IEluZGV4ICR7aX0gb3V0IG9mIGJvdW5kcyBmb3IgbGVuZ3RoICR7c0xlbn1gLCBzTGVuIC0gMSk7XG4gICAgY29uc3QgYyA9IHMuY2hhckNvZGVBdChpKTtcbiAgICBjb25zdCB2ID0gYyA+IDB4ZmYgPyAtMSA6IExFTklFTlRfVEFCTEVbY107XG4gICAgaWYgKHYgPCAwKSB7XG4gICAgICAvLyBKYXZhIHByaW50cyB0aGUgc2luZ2xlIFVURi0xNiB1bml0OyBgY2hhcmAgY2FycmllcyB0aGUgd2hvbGUgY29kZSBwb2ludCBmb3IgZGlzcGxheS5cbiAgICAgIHRocm93IG5ldyBKYXZhRXJyb3IoeyBraW5kOiAnaWxsZWdhbC1jaGFyJywgY2hhcjogY2hhckF0KHMsIGkpLCBpbmRleDogaSwgbWVzc2FnZTogYElsbGVnYWwgYmFzZTY0IGNoYXJhY3RlcjogJyR7c1tpXX0nYCB9KTtcbiAgICB9XG4gICAgcmV0dXJuIHY7XG4gIH07XG5cbiAgbGV0IGQgPSAwO1xuICBjb25zdCBlTGVuID0gTWF0aC50cnVuYyhsZW4gLyAzKSAqIDM7XG4gIGZvciAobGV0IGNjID0gMDsgZCA8IGVMZW47KSB7XG4gICAgY29uc3QgaSA9IChjdG9pKHNJeCsrKSA8PCAxOCkgfCAoY3RvaShzSXgrKykgPDwgMTIpIHwgKGN0b2koc0l4KyspIDw8IDYpIHwgY3RvaShzSXgrKyk7XG4gICAgb3V0W2QrK10gPSAoaSA+PiAxNikgJiAweGZmO1xuICAgIG91dFtkKytdID0gKGkgPj4gOCkgJiAweGZmO1xuICAgIG91dFtkKytdID0gaSAmIDB4ZmY7XG4gICAgLy8gTUlNRSBsaW5lIHNlcGFyYXRvcjogc2tpcHBlZCBibGluZGx5IGV2ZXJ5IDc2IGNoYXJzIHdoZW4gc1s3Nl0gaXMgJ1xccicgKEpTIGFuZCBKYXZhIHNoaWZ0cyBhZ3JlZSBvbiBjb3VudCAmIDMxKS5cbiAgICBpZiAoc2VwQ250ID4gMCAmJiArK2NjID09PSAxOSkge1xuICAgICAgc0l4ICs9IDI7XG4gICAgICBjYyA9IDA7XG4gICAgfVxuICB9XG4gIGlmIChkIDwgbGVuKSB7XG4gICAgbGV0IGkgPSAwO1xuICAgIGZvciAobGV0IGogPSAwOyBzSXggPD0gZUl4IC0gcGFkOyBqKyspIGkgfD0gY3RvaShzSXgrKykgPDwgKDE4IC0gaiAqIDYpO1xuICAgIGZvciAobGV0IHIgPSAxNjsgZCA8IGxlbjsgciAtPSA4KSBvdXRbZCsrXSA9IChpID4+IHIpICYgMHhmZjtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG4vKiogYFN0cmluZy5nZXRCeXRlcyhJU09fODg1OV8xKWAgd2l0aCB0aGUgc291cmNlIGluZGV4IG9mIGV2ZXJ5IGJ5dGUgKGEgc3Vycm9nYXRlIHBhaXIgYmVjb21lcyBvbmUgJz8nKS4gKi9cbmZ1bmN0aW9uIGxhdGluMVdpdGhJbmRleChzOiBzdHJpbmcpOiB7IGJ5dGVzOiBudW1iZXJbXTsgaW5kZXg6IG51bWJlcltdIH0ge1xuICBjb25zdCBieXRlczogbnVtYmVyW10gPSBbXTtcbiAgY29uc3QgaW5kZXg6IG51bWJlcltdID0gW107XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgcy5sZW5ndGg7IGkrKykge1xuICAgIGNvbnN0IGMgPSBzLmNoYXJDb2RlQXQoaSk7XG4gICAgaW5kZXgucHVzaChpKTtcbiAgICBpZiAoYyA8PSAweGZmKSB7IGJ5dGVzLnB1c2goYyk7IGNvbnRpbnVlOyB9XG4gICAgaWYgKGlzSGlnaChjKSAmJiBpICsgMSA8IHMubGVuZ3RoICYmIGlzTG93KHMuY2hhckNvZGVBdChpICsgMSkpKSBpKys7XG4gICAgYnl0ZXMucHVzaCgweDNmKTtcbiAgfVxuICByZXR1cm4geyBieXRlcywgaW5kZXggfTtcbn1cblxuZnVuY3Rpb24gaXNIaWdoKGM6IG51bWJlcik6IGJvb2xlYW4ge1xuICByZXR1cm4gYyA+PSAweGQ4MDAgJiYgYyA8PSAweGRiZmY7XG59XG5mdW5jdGlvbiBpc0xvdyhjOiBudW1iZXIpOiBib29sZWFuIHtcbiAgcmV0dXJuIGMgPj0gMHhkYzAwICYmIGMgPD0gMHhkZmZmO1xufVxuXG4vKiogYGphdmEudXRpbC5CYXNlNjQuZ2V0RGVjb2RlcigpLmRlY29kZShTdHJpbmcpYCAoUkZDIDQ2NDggYmFzaWMsIEpESyAxNyBgZGVjb2RlMGApOiBwYWRkaW5nIG9wdGlvbmFsIGJ1dCBleGFjdC4gKi9cbmZ1bmN0aW9uIHN0cmljdERlY29kZShzOiBzdHJpbmcpOiBVaW50OEFycmF5IHtcbiAgY29uc3QgeyBieXRlczogc3JjLCBpbmRleCB9ID0gbGF0aW4xV2l0aEluZGV4KHMpO1xuICBjb25zdCBzbCA9IHNyYy5sZW5ndGg7XG4gIGNvbnN0IGZhaWwgPSAoa2luZDogRmFsbGJhY2tDYXVzZVsna2luZCddLCBhdDogbnVtYmVyLCBtZXNzYWdlOiBzdHJpbmcpOiBKYXZhRXJyb3IgPT4ge1xuICAgIGNvbnN0IGkgPSBpbmRleFtNYXRoLm1pbihNYXRoLm1heChhdCwgMCksIHNsIC0gMSldID8/IDA7XG4gICAgcmV0dXJuIG5ldyBKYXZhRXJyb3IoeyBraW5kLCBjaGFyOiBjaGFyQXQocywgaSksIGluZGV4OiBpLCBtZXNzYWdlIH0pO1xuICB9O1xuICBpZiAoc2wgPT09IDApIHJldHVybiBuZXcgVWludDhBcnJheSgwKTtcbiAgaWYgKHNsIDwgMikgdGhyb3cgZmFpbCgnYmFkLWVuZGluZycsIDAsICdJbnB1dCBieXRlW10gc2hvdWxkIGF0IGxlYXN0IGhhdmUgMiBieXRlcyBmb3IgYmFzZTY0IGJ5dGVzJyk7XG4gIGNvbnN0IG91dDogbnVtYmVyW10gPSBbXTtcbiAgbGV0IHNwID0gMDtcbiAgbGV0IGJpdHMgPSAwO1xuICBsZXQgc2hpZnR0byA9IDE4O1xuICB3aGlsZSAoc3AgPCBzbCkge1xuICAgIGNvbnN0IHJhdyA9IHNyY1tzcCsrXTtcbiAgICBjb25zdCBiID0gU1RSSUNUX1RBQkxFW3Jhd107XG4gICAgaWYgKGIgPCAwKSB7XG4gICAgICBpZiAoYiA9PT0gU1RSSUNUX1BBRCkge1xuICAgICAgICAvLyAnPScgYXQgYSB1bml0IHN0YXJ0LCBvciBcInh4PVwiIG5vdCBmb2xsb3dlZCBieSBhIHNlY29uZCAnPScuXG4gICAgICAgIGlmICgoc2hpZnR0byA9PT0gNiAmJiAoc3AgPT09IHNsIHx8IHNyY1tzcCsrXSAhPT0gMHgzZCkpIHx8IHNoaWZ0dG8gPT09IDE4KSB7XG4gICAgICAgICAgdGhyb3cgZmFpbCgnYmFkLWVuZGluZycsIHNwIC0gMSwgJ0lucHV0IGJ5dGUgYXJyYXkgaGFzIHdyb25nIDQtYnl0ZSBlbmRpbmcgdW5pdCcpO1xuICAgICAgICB9XG4gICAgICAgIGJyZWFrO1xuICAgICAgfVxuICAgICAgY29uc3Qgc2lnbmVkID0gcmF3ID4gMTI3ID8gcmF3IC0gMjU2IDogcmF3O1xuICAgICAgdGhyb3cgZmFpbCgnaWxsZWdhbC1jaGFyJywgc3AgLSAxLCBgSWxsZWdhbCBiYXNlNjQgY2hhcmFjdGVyICR7c2lnbmVkLnRvU3RyaW5nKDE2KX1gKTtcbiAgICB9XG4gICAgYml0cyB8PSBiIDw8IHNoaWZ0dG87XG4gICAgc2hpZnR0byAtPSA2O1xuICAgIGlmIChzaGlmdHRvIDwgMCkge1xuICAgICAgb3V0LnB1c2goKGJpdHMgPj4gMTYpICYgMHhmZiwgKGJpdHMgPj4gOCkgJiAweGZmLCBiaXRzICYgMHhmZik7XG4gICAgICBzaGlmdHRvID0gMTg7XG4gICAgICBiaXRzID0gMDtcbiAgICB9XG4gIH1cbiAgaWYgKHNoaWZ0dG8gPT09IDYpIG91dC5wdXNoKChiaXRzID4+IDE2KSAmIDB4ZmYpO1xuICBlbHNlIGlmIChzaGlmdHRvID09PSAwKSBvdXQucHVzaCgoYml0cyA+PiAxNikgJiAweGZmLCAoYml0cyA+PiA4KSAmIDB4ZmYpO1xuICBlbHNlIGlmIChzaGlmdHRvID09PSAxMikgdGhyb3cgZmFpbCgnYmFkLWVuZGluZycsIHNwIC0gMSwgJ0xhc3QgdW5pdCBkb2VzIG5vdCBoYXZlIGVub3VnaCB2YWxpZCBiaXRzJyk7XG4gIGlmIChzcCA8IHNsKSB0aHJvdyBmYWlsKCdiYWQtZW5kaW5nJywgc3AsIGBJbnB1dCBieXRlIGFycmF5IGhhcyBpbmNvcnJlY3QgZW5kaW5nIGJ5dGUgYXQgJHtzcH1gKTtcbiAgcmV0dXJuIFVpbnQ4QXJyYXkuZnJvbShvdXQpO1xufVxuXG4vKiogYFN0cmluZy5nZXRCeXRlcyhVU19BU0NJSSlgOiBub24tQVNDSUkgXHUyMTkyICc/JyAoMHgzRiksIGEgc3Vycm9nYXRlIHBhaXIgXHUyMTkyIG9uZSAnPycuICovXG5leHBvcnQgZnVuY3Rpb24gYXNjaWlCeXRlcyhzOiBzdHJpbmcpOiBVaW50OEFycmF5IHtcbiAgY29uc3Qgb3V0OiBudW1iZXJbXSA9IFtdO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IHMubGVuZ3RoOyBpKyspIHtcbiAgICBjb25zdCBjID0gcy5jaGFyQ29kZUF0KGkpO1xuICAgIGlmIChjIDwgMHg4MCkgeyBvdXQucHVzaChjKTsgY29udGludWU7IH1cbiAgICBpZiAoaXNIaWdoKGMpICYmIGkgKyAxIDwgcy5sZW5ndGggJiYgaXNMb3cocy5jaGFyQ29kZUF0KGkgKyAxKSkpIGkrKztcbiAgICBvdXQucHVzaCgweDNmKTtcbiAgfVxuICByZXR1cm4gVWludDhBcnJheS5mcm9tKG91dCk7XG59XG5cbi8qKiBgU3RyaW5nLmdldEJ5dGVzKFVURl84KWA6IGxpa2UgVGV4dEVuY29kZXIgZXhjZXB0IHRoYXQgYSBsb25lIHN1cnJvZ2F0ZSBiZWNvbWVzICc/JyAoMHgzRiksIG5vdCBVK0ZGRkQuICovXG5leHBvcnQgZnVuY3Rpb24gdXRmOEJ5dGVzKHM6IHN0cmluZyk6IFVpbnQ4QXJyYXkge1xuICBjb25zdCBvdXQ6IG51bWJlcltdID0gW107XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgcy5sZW5ndGg7IGkrKykge1xuICAgIGxldCBjID0gcy5jaGFyQ29kZUF0KGkpO1xuICAgIGlmIChpc0hpZ2goYykgJiYgaSArIDEgPCBzLmxlbmd0aCAmJiBpc0xvdyhzLmNoYXJDb2RlQXQoaSArIDEpKSkge1xuICAgICAgYyA9IDB4MTAwMDAgKyAoKGMgLSAweGQ4MDApIDw8IDEwKSArIChzLmNoYXJDb2RlQXQoKytpKSAtIDB4ZGMwMCk7XG4gICAgfSBlbHNlIGlmIChjID49IDB4ZDgwMCAmJiBjIDw9IDB4ZGZmZikge1xuICAgICAgb3V0LnB1c2goMHgzZik7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgaWYgKGMgPCAweDgwKSBvdXQucHVzaChjKTtcbiAgICBlbHNlIGlmIChjIDwgMHg4MDApIG91dC5wdXNoKDB4YzAgfCAoYyA+PiA2KSwgMHg4MCB8IChjICYgMHgzZikpO1xuICAgIGVsc2UgaWYgKGMgPCAweDEwMDAwKSBvdXQucHVzaCgweGUwIHwgKGMgPj4gMTIpLCAweDgwIHwgKChjID4+IDYpICYgMHgzZiksIDB4ODAgfCAoYyAmIDB4M2YpKTtcbiAgICBlbHNlIG91dC5wdXNoKDB4ZjAgfCAoYyA+PiAxOCksIDB4ODAgfCAoKGMgPj4gMTIpICYgMHgzZiksIDB4ODAgfCAoKGMgPj4gNikgJiAweDNmKSwgMHg4MCB8IChjICYgMHgzZikpO1xuICB9XG4gIHJldHVybiBVaW50OEFycmF5LmZyb20ob3V0KTtcbn1cblxuZnVuY3Rpb24gYXR0ZW1wdChkZWNvZGU6IChzOiBzdHJpbmcpID0+IFVpbnQ4QXJyYXksIHM6IHN0cmluZyk6IHsgYnl0ZXM/OiBVaW50OEFycmF5OyBlcnJvcj86IEZhbGxiYWNrQ2F1c2UgfSB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHsgYnl0ZXM6IGRlY29kZShzKSB9O1xuICB9IGNhdGNoIChlKSB7XG4gICAgaWYgKGUgaW5zdGFuY2VvZiBKYXZhRXJyb3IpIHJldHVybiB7IGVycm9yOiBlLmRldGFpbCB9O1xuICAgIHRocm93IGU7XG4gIH1cbn1cblxuLyoqIERlY29kZSBhIHNlY3JldCBleGFjdGx5IGFzIHRoZSBnaXZlbiBkZWNvZGVyIGRvZXMuIE5ldmVyIHRocm93cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZWNvZGVTZWNyZXQoc2VjcmV0OiBzdHJpbmcsIGtpbmQ6IERlY29kZXJLaW5kKTogRGVjb2RlUmVzdWx0IHtcbiAgY29uc3QgYmFzZSA9IHNoYXBlKHNlY3JldCk7XG4gIGlmIChraW5kID09PSAnc3RyaWN0LWZhbGxiYWNrJykge1xuICAgIGNvbnN0IHIgPSBhdHRlbXB0KHN0cmljdERlY29kZSwgc2VjcmV0KTtcbiAgICByZXR1cm4gci5lcnJvclxuICAgICAgPyB7IC4uLmJhc2UsIGJ5dGVzOiBhc2NpaUJ5dGVzKHNlY3JldCksIHVzZWRSYXdGYWxsYmFjazogdHJ1ZSwgZmFsbGJhY2tDYXVzZTogci5lcnJvciB9XG4gICAgICA6IHsgLi4uYmFzZSwgYnl0ZXM6IHIuYnl0ZXMsIHVzZWRSYXdGYWxsYmFjazogZmFsc2UgfTtcbiAgfVxuICBjb25zdCByID0gYXR0ZW1wdChsZW5pZW50RGVjb2RlLCBzZWNyZXQpO1xuICBpZiAoIXIuZXJyb3IpIHJldHVybiB7IC4uLmJhc2UsIGJ5dGVzOiByLmJ5dGVzLCB1c2VkUmF3RmFsbGJhY2s6IGZhbHNlIH07XG4gIC8vIGpqd3Qgd3JhcHMgZXZlcnkgZXhjZXB0aW9uIGludG8gRGVjb2RpbmdFeGNlcHRpb24sIHNvIHRoZSAyLjAuNFx1MjAxMzIuMS54IGZhbGxiYWNrIGNhdGNoZXMgYWxsIG9mIHRoZW0uXG4gIGlmIChraW5kID09PSAndXRmOC1mYWxsYmFjaycpIHJldHVybiB7IC4uLmJhc2UsIGJ5dGVzOiB1dGY4Qnl0ZXMoc2VjcmV0KSwgdXNlZFJhd0ZhbGxiYWNrOiB0cnVlLCBmYWxsYmFja0NhdXNlOiByLmVycm9yIH07XG4gIC8vIFRoZSBsZW5pZW50IGRlY29kZXIgbmV2ZXIgcmVwb3J0cyAnYmFkLWVuZGluZycuXG4gIHJldHVybiB7IC4uLmJhc2UsIGJ5dGVzOiB1bmRlZmluZWQsIGVycm9yOiByLmVycm9yIGFzIERlY29kZUVycm9yLCB1c2VkUmF3RmFsbGJhY2s6IGZhbHNlIH07XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsdUJBQXFCO0FBQ3JCLG9CQUFtQjtBQUNuQixnQ0FBMEI7QUFDMUIscUJBQW1EO0FBQ25ELHFCQUF1QjtBQUN2Qix1QkFBcUI7OztBQ1FyQixJQUFNLGFBQWE7QUFRbkIsU0FBUyxNQUFNLEdBQStCO0FBQzVDLFFBQU0sSUFBSSxXQUFXLEtBQUssRUFBRSxLQUFLLENBQUM7QUFDbEMsTUFBSSxDQUFDLEVBQUcsUUFBTztBQUNmLFFBQU0sUUFBUSxDQUFDLEVBQUUsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDO0FBQ3JDLFFBQU0sYUFBYSxNQUFNLE9BQU8sT0FBSyxNQUFNLE1BQVMsRUFBRTtBQUN0RCxRQUFNLENBQUMsT0FBTyxPQUFPLE9BQU8sTUFBTSxJQUFJLE1BQU0sSUFBSSxPQUFNLE1BQU0sU0FBWSxJQUFJLE9BQU8sQ0FBQyxDQUFFO0FBQ3RGLFNBQU8sRUFBRSxTQUFTLEVBQUUsT0FBTyxPQUFPLE9BQU8sUUFBUSxNQUFNLE1BQU0sTUFBTSxHQUFHLFVBQVUsRUFBRSxLQUFLLEdBQUcsRUFBRSxHQUFHLFdBQVc7QUFDNUc7QUFNTyxTQUFTLGFBQWEsR0FBcUM7QUFDaEUsU0FBTyxNQUFNLENBQUMsR0FBRztBQUNuQjtBQUVBLFNBQVMsS0FBSyxHQUFtQjtBQUMvQixRQUFNLElBQUksTUFBTSxDQUFDO0FBQ2pCLE1BQUksQ0FBQyxFQUFHLE9BQU0sSUFBSSxNQUFNLDBCQUEwQixDQUFDLEVBQUU7QUFDckQsU0FBTztBQUNUO0FBRUEsU0FBUyxNQUFNLEdBQTJCO0FBQ3hDLFNBQU8sQ0FBQyxFQUFFLE9BQU8sRUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLE1BQU07QUFDN0M7QUFFTyxTQUFTLGdCQUFnQixHQUFpQixHQUF5QjtBQUN4RSxRQUFNLElBQUksTUFBTSxDQUFDO0FBQ2pCLFFBQU0sSUFBSSxNQUFNLENBQUM7QUFDakIsV0FBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLElBQUssS0FBSSxFQUFFLENBQUMsTUFBTSxFQUFFLENBQUMsRUFBRyxRQUFPLEVBQUUsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxJQUFJLEtBQUs7QUFDekUsU0FBTztBQUNUO0FBR08sU0FBUyxlQUFlLEdBQWlCLEdBQW9CO0FBQ2xFLFNBQU8sZ0JBQWdCLEdBQUcsS0FBSyxDQUFDLEVBQUUsT0FBTyxLQUFLO0FBQ2hEO0FBR0EsU0FBUyxPQUFPLEdBQWlCLElBQXFCO0FBQ3BELFFBQU0sSUFBSSxNQUFNLENBQUM7QUFDakIsUUFBTSxJQUFJLE1BQU0sR0FBRyxPQUFPO0FBQzFCLFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxZQUFZLElBQUssS0FBSSxFQUFFLENBQUMsTUFBTSxFQUFFLENBQUMsRUFBRyxRQUFPLEVBQUUsQ0FBQyxJQUFJLEVBQUUsQ0FBQztBQUM1RSxTQUFPO0FBQ1Q7QUFnQk8sU0FBUyxlQUFlLEdBQWlCLEdBQTBCO0FBQ3hFLFVBQVEsRUFBRSxTQUFTLFVBQWEsZUFBZSxHQUFHLEVBQUUsSUFBSSxPQUFPLEVBQUUsT0FBTyxVQUFhLE9BQU8sR0FBRyxLQUFLLEVBQUUsRUFBRSxDQUFDO0FBQzNHOzs7QUNqRU8sSUFBTSxlQUFzQztBQUFBLEVBQ2pELEVBQUUsT0FBTyxFQUFFLElBQUksUUFBUSxHQUFHLE1BQU0sV0FBVyxNQUFNLHlEQUF5RDtBQUFBLEVBQzFHLEVBQUUsT0FBTyxFQUFFLE1BQU0sU0FBUyxJQUFJLE1BQU0sR0FBRyxNQUFNLGlCQUFpQixNQUFNLGlFQUFpRTtBQUFBLEVBQ3JJLEVBQUUsT0FBTyxFQUFFLE1BQU0sU0FBUyxJQUFJLFFBQVEsR0FBRyxNQUFNLFdBQVcsTUFBTSw4Q0FBOEM7QUFBQTtBQUFBLEVBQzlHLEVBQUUsT0FBTyxFQUFFLE1BQU0sU0FBUyxJQUFJLFFBQVEsR0FBRyxNQUFNLG1CQUFtQixNQUFNLDRDQUE0QztBQUFBLEVBQ3BILEVBQUUsT0FBTyxFQUFFLE1BQU0sUUFBUSxHQUFHLE1BQU0sV0FBVyxNQUFNLHlDQUF5QztBQUM5RjtBQUVPLFNBQVMsV0FBVyxHQUE4QjtBQUN2RCxTQUFPLGFBQWEsS0FBSyxPQUFLLGVBQWUsR0FBRyxFQUFFLEtBQUssQ0FBQyxHQUFHLFFBQVE7QUFDckU7QUFrRE8sU0FBUyxhQUFhLFlBQThDO0FBQ3pFLE1BQUksYUFBYSxHQUFJLFFBQU87QUFDNUIsTUFBSSxhQUFhLEdBQUksUUFBTztBQUM1QixNQUFJLGFBQWEsR0FBSSxRQUFPO0FBQzVCLFNBQU87QUFDVDtBQUVBLElBQU0sV0FBVztBQUVqQixJQUFNLGdCQUFnQixJQUFJLFVBQVUsR0FBRyxFQUFFLEtBQUssRUFBRTtBQUNoRCxJQUFNLGVBQWUsSUFBSSxVQUFVLEdBQUcsRUFBRSxLQUFLLEVBQUU7QUFDL0MsU0FBUyxJQUFJLEdBQUcsSUFBSSxTQUFTLFFBQVEsS0FBSztBQUN4QyxnQkFBYyxTQUFTLFdBQVcsQ0FBQyxDQUFDLElBQUk7QUFDeEMsZUFBYSxTQUFTLFdBQVcsQ0FBQyxDQUFDLElBQUk7QUFDekM7QUFDQSxjQUFjLEVBQUksSUFBSTtBQUN0QixJQUFNLGFBQWE7QUFDbkIsYUFBYSxFQUFJLElBQUk7QUFHckIsU0FBUyxPQUFPLEdBQVcsR0FBbUI7QUFDNUMsUUFBTSxJQUFJLEVBQUUsWUFBWSxDQUFDO0FBQ3pCLFNBQU8sTUFBTSxTQUFZLEtBQUssT0FBTyxjQUFjLENBQUM7QUFDdEQ7QUFFQSxTQUFTLGVBQWUsTUFBdUI7QUFDN0MsU0FBTyxRQUFRLE9BQVEsY0FBYyxJQUFJLEtBQUs7QUFDaEQ7QUFFQSxTQUFTLE1BQU0sR0FBdUY7QUFDcEcsTUFBSSxRQUFRO0FBQ1osTUFBSSxPQUFPO0FBQ1gsV0FBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLFFBQVEsS0FBSztBQUNqQyxRQUFJLGVBQWUsRUFBRSxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQ25DLFVBQUksUUFBUSxFQUFHLFNBQVE7QUFDdkIsYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBQ0EsTUFBSSxrQkFBa0I7QUFDdEIsTUFBSSxTQUFTLEdBQUc7QUFDZCxRQUFJLFVBQVU7QUFDZCxhQUFTLElBQUksT0FBTyxLQUFLLE1BQU0sS0FBSztBQUNsQyxZQUFNLElBQUksRUFBRSxXQUFXLENBQUM7QUFDeEIsVUFBSSxNQUFNLEdBQU0sV0FBVTtBQUFBLGVBQ2pCLFdBQVcsZUFBZSxDQUFDLEdBQUc7QUFBRSwwQkFBa0I7QUFBTTtBQUFBLE1BQU87QUFBQSxJQUMxRTtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTCxTQUFTLFFBQVEsSUFBSSxFQUFFLFNBQVMsRUFBRSxRQUFRLFVBQVUsRUFBRSxJQUFJLEVBQUUsU0FBUyxPQUFPLFVBQVUsRUFBRSxTQUFTLElBQUksS0FBSztBQUFBLElBQzFHO0FBQUEsSUFDQSxzQkFBc0IsRUFBRSxTQUFTLE1BQU07QUFBQSxFQUN6QztBQUNGO0FBRUEsSUFBTSxZQUFOLGNBQXdCLE1BQU07QUFBQSxFQUM1QixZQUFxQixRQUF1QjtBQUMxQyxVQUFNLE9BQU8sT0FBTztBQUREO0FBQUEsRUFFckI7QUFBQSxFQUZxQjtBQUd2QjtBQUVBLFNBQVMsV0FBVyxHQUFXLE9BQWUsU0FBaUIsS0FBSyxPQUFrQjtBQUNwRixTQUFPLElBQUksVUFBVSxFQUFFLE1BQU0sZ0JBQWdCLE1BQU0sT0FBTyxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssSUFBSSxJQUFJLEVBQUUsU0FBUyxDQUFDLENBQUMsQ0FBQyxHQUFHLE9BQU8sS0FBSyxJQUFJLEdBQUcsRUFBRSxHQUFHLFFBQVEsQ0FBQztBQUMxSTtBQU9BLFNBQVMsY0FBYyxHQUF1QjtBQUM1QyxRQUFNLE9BQU8sRUFBRTtBQUNmLE1BQUksU0FBUyxFQUFHLFFBQU8sSUFBSSxXQUFXLENBQUM7QUFDdkMsUUFBTSxRQUFRLENBQUMsTUFBc0I7QUFDbkMsVUFBTSxJQUFJLEVBQUUsV0FBVyxDQUFDO0FBQ3hCLFFBQUksSUFBSSxJQUFNLE9BQU0sV0FBVyxHQUFHLEdBQUcseUNBQXlDLENBQUMsK0JBQStCO0FBQzlHLFdBQU8sY0FBYyxDQUFDO0FBQUEsRUFDeEI7QUFDQSxNQUFJLE1BQU07QUFDVixNQUFJLE1BQU0sT0FBTztBQUNqQixTQUFPLE1BQU0sT0FBTyxNQUFNLEdBQUcsSUFBSSxFQUFHO0FBQ3BDLFNBQU8sTUFBTSxLQUFLLE1BQU0sR0FBRyxJQUFJLEVBQUc7QUFFbEMsTUFBSSxNQUFNO0FBQ1YsTUFBSSxFQUFFLFdBQVcsR0FBRyxNQUFNLElBQU07QUFDOUIsUUFBSSxRQUFRLEVBQUcsT0FBTSxXQUFXLEdBQUcsSUFBSSxxRUFBcUUsSUFBSSxJQUFJLENBQUM7QUFDckgsVUFBTSxFQUFFLFdBQVcsTUFBTSxDQUFDLE1BQU0sS0FBTyxJQUFJO0FBQUEsRUFDN0M7QUFDQSxRQUFNLE9BQU8sTUFBTSxNQUFNO0FBQ3pCLFFBQU0sU0FBUyxPQUFPLE1BQU0sRUFBRSxXQUFXLEVBQUUsTUFBTSxLQUFPLEtBQUssTUFBTSxPQUFPLEVBQUUsSUFBSSxNQUFNLElBQUk7QUFDMUYsUUFBTSxRQUFTLE9BQU8sVUFBVSxLQUFNLEtBQUs7QUFDM0MsTUFBSSxNQUFNLEVBQUcsT0FBTSxXQUFXLEdBQUcsS0FBSywrQkFBK0IsR0FBRyxFQUFFO0FBQzFFLFFBQU0sTUFBTSxJQUFJLFdBQVcsR0FBRztBQUU5QixRQUFNLE9BQU8sQ0FBQyxNQUFzQjtBQUNsQyxRQUFJLEtBQUssS0FBTSxPQUFNLFdBQVcsR0FBRyxHQUFHLHlDQUF5QyxDQUFDLDZCQUE2QixJQUFJLElBQUksT0FBTyxDQUFDO0FBQzdILFVBQU0sSUFBSSxFQUFFLFdBQVcsQ0FBQztBQUN4QixVQUFNLElBQUksSUFBSSxNQUFPLEtBQUssY0FBYyxDQUFDO0FBQ3pDLFFBQUksSUFBSSxHQUFHO0FBRVQsWUFBTSxJQUFJLFVBQVUsRUFBRSxNQUFNLGdCQUFnQixNQUFNLE9BQU8sR0FBRyxDQUFDLEdBQUcsT0FBTyxHQUFHLFNBQVMsOEJBQThCLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQztBQUFBLElBQzVIO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFFQSxNQUFJLElBQUk7QUFDUixRQUFNLE9BQU8sS0FBSyxNQUFNLE1BQU0sQ0FBQyxJQUFJO0FBQ25DLFdBQVMsS0FBSyxHQUFHLElBQUksUUFBTztBQUMxQixVQUFNLElBQUssS0FBSyxLQUFLLEtBQUssS0FBTyxLQUFLLEtBQUssS0FBSyxLQUFPLEtBQUssS0FBSyxLQUFLLElBQUssS0FBSyxLQUFLO0FBQ3JGLFFBQUksR0FBRyxJQUFLLEtBQUssS0FBTTtBQUN2QixRQUFJLEdBQUcsSUFBSyxLQUFLLElBQUs7QUFDdEIsUUFBSSxHQUFHLElBQUksSUFBSTtBQUVmLFFBQUksU0FBUyxLQUFLLEVBQUUsT0FBTyxJQUFJO0FBQzdCLGFBQU87QUFDUCxXQUFLO0FBQUEsSUFDUDtBQUFBLEVBQ0Y7QUFDQSxNQUFJLElBQUksS0FBSztBQUNYLFFBQUksSUFBSTtBQUNSLGFBQVMsSUFBSSxHQUFHLE9BQU8sTUFBTSxLQUFLLElBQUssTUFBSyxLQUFLLEtBQUssS0FBTSxLQUFLLElBQUk7QUFDckUsYUFBUyxJQUFJLElBQUksSUFBSSxLQUFLLEtBQUssRUFBRyxLQUFJLEdBQUcsSUFBSyxLQUFLLElBQUs7QUFBQSxFQUMxRDtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsZ0JBQWdCLEdBQWlEO0FBQ3hFLFFBQU0sUUFBa0IsQ0FBQztBQUN6QixRQUFNLFFBQWtCLENBQUM7QUFDekIsV0FBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLFFBQVEsS0FBSztBQUNqQyxVQUFNLElBQUksRUFBRSxXQUFXLENBQUM7QUFDeEIsVUFBTSxLQUFLLENBQUM7QUFDWixRQUFJLEtBQUssS0FBTTtBQUFFLFlBQU0sS0FBSyxDQUFDO0FBQUc7QUFBQSxJQUFVO0FBQzFDLFFBQUksT0FBTyxDQUFDLEtBQUssSUFBSSxJQUFJLEVBQUUsVUFBVSxNQUFNLEVBQUUsV0FBVyxJQUFJLENBQUMsQ0FBQyxFQUFHO0FBQ2pFLFVBQU0sS0FBSyxFQUFJO0FBQUEsRUFDakI7QUFDQSxTQUFPLEVBQUUsT0FBTyxNQUFNO0FBQ3hCO0FBRUEsU0FBUyxPQUFPLEdBQW9CO0FBQ2xDLFNBQU8sS0FBSyxTQUFVLEtBQUs7QUFDN0I7QUFDQSxTQUFTLE1BQU0sR0FBb0I7QUFDakMsU0FBTyxLQUFLLFNBQVUsS0FBSztBQUM3QjtBQUdBLFNBQVMsYUFBYSxHQUF1QjtBQUMzQyxRQUFNLEVBQUUsT0FBTyxLQUFLLE1BQU0sSUFBSSxnQkFBZ0IsQ0FBQztBQUMvQyxRQUFNLEtBQUssSUFBSTtBQUNmLFFBQU0sT0FBTyxDQUFDLE1BQTZCLElBQVksWUFBK0I7QUFDcEYsVUFBTSxJQUFJLE1BQU0sS0FBSyxJQUFJLEtBQUssSUFBSSxJQUFJLENBQUMsR0FBRyxLQUFLLENBQUMsQ0FBQyxLQUFLO0FBQ3RELFdBQU8sSUFBSSxVQUFVLEVBQUUsTUFBTSxNQUFNLE9BQU8sR0FBRyxDQUFDLEdBQUcsT0FBTyxHQUFHLFFBQVEsQ0FBQztBQUFBLEVBQ3RFO0FBQ0EsTUFBSSxPQUFPLEVBQUcsUUFBTyxJQUFJLFdBQVcsQ0FBQztBQUNyQyxNQUFJLEtBQUssRUFBRyxPQUFNLEtBQUssY0FBYyxHQUFHLDREQUE0RDtBQUNwRyxRQUFNLE1BQWdCLENBQUM7QUFDdkIsTUFBSSxLQUFLO0FBQ1QsTUFBSSxPQUFPO0FBQ1gsTUFBSSxVQUFVO0FBQ2QsU0FBTyxLQUFLLElBQUk7QUFDZCxVQUFNLE1BQU0sSUFBSSxJQUFJO0FBQ3BCLFVBQU0sSUFBSSxhQUFhLEdBQUc7QUFDMUIsUUFBSSxJQUFJLEdBQUc7QUFDVCxVQUFJLE1BQU0sWUFBWTtBQUVwQixZQUFLLFlBQVksTUFBTSxPQUFPLE1BQU0sSUFBSSxJQUFJLE1BQU0sT0FBVSxZQUFZLElBQUk7QUFDMUUsZ0JBQU0sS0FBSyxjQUFjLEtBQUssR0FBRywrQ0FBK0M7QUFBQSxRQUNsRjtBQUNBO0FBQUEsTUFDRjtBQUNBLFlBQU0sU0FBUyxNQUFNLE1BQU0sTUFBTSxNQUFNO0FBQ3ZDLFlBQU0sS0FBSyxnQkFBZ0IsS0FBSyxHQUFHLDRCQUE0QixPQUFPLFNBQVMsRUFBRSxDQUFDLEVBQUU7QUFBQSxJQUN0RjtBQUNBLFlBQVEsS0FBSztBQUNiLGVBQVc7QUFDWCxRQUFJLFVBQVUsR0FBRztBQUNmLFVBQUksS0FBTSxRQUFRLEtBQU0sS0FBTyxRQUFRLElBQUssS0FBTSxPQUFPLEdBQUk7QUFDN0QsZ0JBQVU7QUFDVixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFDQSxNQUFJLFlBQVksRUFBRyxLQUFJLEtBQU0sUUFBUSxLQUFNLEdBQUk7QUFBQSxXQUN0QyxZQUFZLEVBQUcsS0FBSSxLQUFNLFFBQVEsS0FBTSxLQUFPLFFBQVEsSUFBSyxHQUFJO0FBQUEsV0FDL0QsWUFBWSxHQUFJLE9BQU0sS0FBSyxjQUFjLEtBQUssR0FBRywyQ0FBMkM7QUFDckcsTUFBSSxLQUFLLEdBQUksT0FBTSxLQUFLLGNBQWMsSUFBSSxpREFBaUQsRUFBRSxFQUFFO0FBQy9GLFNBQU8sV0FBVyxLQUFLLEdBQUc7QUFDNUI7QUFHTyxTQUFTLFdBQVcsR0FBdUI7QUFDaEQsUUFBTSxNQUFnQixDQUFDO0FBQ3ZCLFdBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxRQUFRLEtBQUs7QUFDakMsVUFBTSxJQUFJLEVBQUUsV0FBVyxDQUFDO0FBQ3hCLFFBQUksSUFBSSxLQUFNO0FBQUUsVUFBSSxLQUFLLENBQUM7QUFBRztBQUFBLElBQVU7QUFDdkMsUUFBSSxPQUFPLENBQUMsS0FBSyxJQUFJLElBQUksRUFBRSxVQUFVLE1BQU0sRUFBRSxXQUFXLElBQUksQ0FBQyxDQUFDLEVBQUc7QUFDakUsUUFBSSxLQUFLLEVBQUk7QUFBQSxFQUNmO0FBQ0EsU0FBTyxXQUFXLEtBQUssR0FBRztBQUM1QjtBQUdPLFNBQVMsVUFBVSxHQUF1QjtBQUMvQyxRQUFNLE1BQWdCLENBQUM7QUFDdkIsV0FBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLFFBQVEsS0FBSztBQUNqQyxRQUFJLElBQUksRUFBRSxXQUFXLENBQUM7QUFDdEIsUUFBSSxPQUFPLENBQUMsS0FBSyxJQUFJLElBQUksRUFBRSxVQUFVLE1BQU0sRUFBRSxXQUFXLElBQUksQ0FBQyxDQUFDLEdBQUc7QUFDL0QsVUFBSSxTQUFZLElBQUksU0FBVyxPQUFPLEVBQUUsV0FBVyxFQUFFLENBQUMsSUFBSTtBQUFBLElBQzVELFdBQVcsS0FBSyxTQUFVLEtBQUssT0FBUTtBQUNyQyxVQUFJLEtBQUssRUFBSTtBQUNiO0FBQUEsSUFDRjtBQUNBLFFBQUksSUFBSSxJQUFNLEtBQUksS0FBSyxDQUFDO0FBQUEsYUFDZixJQUFJLEtBQU8sS0FBSSxLQUFLLE1BQVEsS0FBSyxHQUFJLE1BQVEsSUFBSSxFQUFLO0FBQUEsYUFDdEQsSUFBSSxNQUFTLEtBQUksS0FBSyxNQUFRLEtBQUssSUFBSyxNQUFTLEtBQUssSUFBSyxJQUFPLE1BQVEsSUFBSSxFQUFLO0FBQUEsUUFDdkYsS0FBSSxLQUFLLE1BQVEsS0FBSyxJQUFLLE1BQVMsS0FBSyxLQUFNLElBQU8sTUFBUyxLQUFLLElBQUssSUFBTyxNQUFRLElBQUksRUFBSztBQUFBLEVBQ3hHO0FBQ0EsU0FBTyxXQUFXLEtBQUssR0FBRztBQUM1QjtBQUVBLFNBQVMsUUFBUSxRQUFtQyxHQUEwRDtBQUM1RyxNQUFJO0FBQ0YsV0FBTyxFQUFFLE9BQU8sT0FBTyxDQUFDLEVBQUU7QUFBQSxFQUM1QixTQUFTLEdBQUc7QUFDVixRQUFJLGFBQWEsVUFBVyxRQUFPLEVBQUUsT0FBTyxFQUFFLE9BQU87QUFDckQsVUFBTTtBQUFBLEVBQ1I7QUFDRjtBQUdPLFNBQVMsYUFBYSxRQUFnQixNQUFpQztBQUM1RSxRQUFNLE9BQU8sTUFBTSxNQUFNO0FBQ3pCLE1BQUksU0FBUyxtQkFBbUI7QUFDOUIsVUFBTUEsS0FBSSxRQUFRLGNBQWMsTUFBTTtBQUN0QyxXQUFPQSxHQUFFLFFBQ0wsRUFBRSxHQUFHLE1BQU0sT0FBTyxXQUFXLE1BQU0sR0FBRyxpQkFBaUIsTUFBTSxlQUFlQSxHQUFFLE1BQU0sSUFDcEYsRUFBRSxHQUFHLE1BQU0sT0FBT0EsR0FBRSxPQUFPLGlCQUFpQixNQUFNO0FBQUEsRUFDeEQ7QUFDQSxRQUFNLElBQUksUUFBUSxlQUFlLE1BQU07QUFDdkMsTUFBSSxDQUFDLEVBQUUsTUFBTyxRQUFPLEVBQUUsR0FBRyxNQUFNLE9BQU8sRUFBRSxPQUFPLGlCQUFpQixNQUFNO0FBRXZFLE1BQUksU0FBUyxnQkFBaUIsUUFBTyxFQUFFLEdBQUcsTUFBTSxPQUFPLFVBQVUsTUFBTSxHQUFHLGlCQUFpQixNQUFNLGVBQWUsRUFBRSxNQUFNO0FBRXhILFNBQU8sRUFBRSxHQUFHLE1BQU0sT0FBTyxRQUFXLE9BQU8sRUFBRSxPQUFzQixpQkFBaUIsTUFBTTtBQUM1Rjs7O0FGeFRBLElBQU0sSUFBSSxDQUFDLE1BQWMsYUFBYSxDQUFDO0FBQ3ZDLElBQU0sT0FBTyxDQUFDLE1BQStCLElBQUksT0FBTyxLQUFLLENBQUMsRUFBRSxTQUFTLFFBQVEsSUFBSTtBQUNyRixJQUFNLE1BQU0sQ0FBQyxNQUErQixJQUFJLE9BQU8sS0FBSyxDQUFDLEVBQUUsU0FBUyxLQUFLLElBQUk7QUFFakYsSUFBTSxPQUFPO0FBQ2IsSUFBTSxjQUFjLGNBQWMsYUFBYSxPQUFPLENBQUM7QUFDdkQsSUFBTSxrQkFBa0IsT0FBTyxLQUFLLFdBQVcsRUFBRSxTQUFTLFFBQVE7QUFBQSxJQUVsRSx1QkFBSyx5Q0FBc0MsTUFBTTtBQUMvQyxRQUFNLFFBQWlDO0FBQUEsSUFDckMsQ0FBQyxTQUFTLFNBQVM7QUFBQSxJQUFHLENBQUMsU0FBUyxTQUFTO0FBQUEsSUFBRyxDQUFDLFNBQVMsU0FBUztBQUFBLElBQUcsQ0FBQyxTQUFTLGVBQWU7QUFBQSxJQUFHLENBQUMsU0FBUyxlQUFlO0FBQUEsSUFDdkgsQ0FBQyxTQUFTLGVBQWU7QUFBQSxJQUFHLENBQUMsU0FBUyxTQUFTO0FBQUEsSUFBRyxDQUFDLFdBQVcsU0FBUztBQUFBLElBQUcsQ0FBQyxTQUFTLGlCQUFpQjtBQUFBLElBQ3JHLENBQUMsU0FBUyxpQkFBaUI7QUFBQSxJQUFHLENBQUMsU0FBUyxpQkFBaUI7QUFBQSxJQUFHLENBQUMsV0FBVyxpQkFBaUI7QUFBQSxJQUFHLENBQUMsU0FBUyxTQUFTO0FBQUEsSUFDL0csQ0FBQyxTQUFTLFNBQVM7QUFBQSxJQUFHLENBQUMsU0FBUyxTQUFTO0FBQUEsSUFBRyxDQUFDLFNBQVMsU0FBUztBQUFBLElBQUcsQ0FBQyxTQUFTLFNBQVM7QUFBQSxFQUN2RjtBQUNBLGFBQVcsQ0FBQyxHQUFHLENBQUMsS0FBSyxNQUFPLGVBQUFDLFFBQU8sTUFBTSxXQUFXLEVBQUUsQ0FBQyxDQUFDLEdBQUcsR0FBRyxDQUFDO0FBQ2pFLENBQUM7QUFBQSxJQUVELHVCQUFLLGlFQUFpRSxNQUFNO0FBQzFFLGdCQUFBQSxRQUFPLE1BQU0sYUFBYSxDQUFDLEdBQUcsTUFBUztBQUN2QyxnQkFBQUEsUUFBTyxNQUFNLGFBQWEsRUFBRSxHQUFHLE1BQVM7QUFDeEMsZ0JBQUFBLFFBQU8sTUFBTSxhQUFhLEVBQUUsR0FBRyxPQUFPO0FBQ3RDLGdCQUFBQSxRQUFPLE1BQU0sYUFBYSxFQUFFLEdBQUcsT0FBTztBQUN0QyxnQkFBQUEsUUFBTyxNQUFNLGFBQWEsRUFBRSxHQUFHLE9BQU87QUFDdEMsZ0JBQUFBLFFBQU8sTUFBTSxhQUFhLEVBQUUsR0FBRyxPQUFPO0FBQ3RDLGdCQUFBQSxRQUFPLE1BQU0sYUFBYSxFQUFFLEdBQUcsT0FBTztBQUN0QyxnQkFBQUEsUUFBTyxNQUFNLGFBQWEsRUFBRSxHQUFHLE9BQU87QUFDeEMsQ0FBQztBQWVELElBQU0sT0FBYztBQUFBLEVBQ2xCLEVBQUUsTUFBTSxhQUFhLE9BQU8sTUFBTSxLQUFLLElBQUksU0FBUyxJQUFJLFFBQVEsSUFBSSxLQUFLLEVBQUUsU0FBUyxTQUFTLFFBQVEsUUFBUSxFQUFFO0FBQUEsRUFDL0csRUFBRSxNQUFNLGFBQWEsT0FBTyxLQUFLLE1BQU0sR0FBRyxFQUFFLEdBQUcsS0FBSyxJQUFJLFNBQVMsSUFBSSxRQUFRLEdBQUc7QUFBQSxFQUNoRixFQUFFLE1BQU0saUJBQWlCLE9BQU8sSUFBSSxJQUFJLEtBQUssS0FBSyxJQUFJLFNBQVMsSUFBSSxRQUFRLE9BQU8sU0FBUyxFQUFFLFNBQVMsR0FBRyxVQUFVLEVBQUUsRUFBRTtBQUFBLEVBQ3ZILEVBQUUsTUFBTSxpQkFBaUIsT0FBTyxJQUFJLElBQUksS0FBSyxLQUFLLElBQUksU0FBUyxJQUFJLFFBQVEsT0FBTyxTQUFTLEVBQUUsU0FBUyxHQUFHLFVBQVUsRUFBRSxFQUFFO0FBQUEsRUFDdkgsRUFBRSxNQUFNLHFCQUFxQixPQUFPLEdBQUcsSUFBSSxPQUFPLEtBQUssSUFBSSxTQUFTLElBQUksUUFBUSxPQUFPLFNBQVMsRUFBRSxTQUFTLEdBQUcsVUFBVSxFQUFFLEVBQUU7QUFBQSxFQUM1SCxFQUFFLE1BQU0sZUFBZSxPQUFPLEdBQUcsSUFBSSxNQUFNLEtBQUssSUFBSSxTQUFTLElBQUksUUFBUSxPQUFPLFNBQVMsRUFBRSxTQUFTLEdBQUcsVUFBVSxFQUFFLEVBQUU7QUFBQSxFQUNySCxFQUFFLE1BQU0sZ0JBQWdCLE9BQU8sR0FBRyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsSUFBSSxLQUFLLE1BQU0sRUFBRSxDQUFDLElBQUksS0FBSyxJQUFJLFNBQVMsRUFBRSxPQUFPLGdCQUFnQixNQUFNLElBQUksR0FBRyxRQUFRLE1BQU07QUFBQSxFQUMvSSxFQUFFLE1BQU0sK0JBQTBCLE9BQU8sYUFBYSxLQUFLLElBQUksU0FBUyxJQUFJLFFBQVEsT0FBTyxLQUFLLEVBQUUsU0FBUyxTQUFTLFFBQVEsUUFBUSxFQUFFO0FBQUEsRUFDdEksRUFBRSxNQUFNLHNCQUFzQixPQUFPLG9DQUFvQyxLQUFLLElBQUksU0FBUyxJQUFJLFFBQVEsSUFBSSxLQUFLLENBQUMsRUFBRTtBQUFBLEVBQ25IO0FBQUEsSUFDRSxNQUFNO0FBQUEsSUFBVSxPQUFPO0FBQUEsSUFDdkIsS0FBSztBQUFBLElBQUksU0FBUyxFQUFFLE9BQU8sZ0JBQWdCLE1BQU0sSUFBSTtBQUFBLElBQUcsUUFBUTtBQUFBLEVBQ2xFO0FBQUEsRUFDQSxFQUFFLE1BQU0sT0FBTyxPQUFPLE9BQU8sS0FBSyxHQUFHLFNBQVMsR0FBRyxRQUFRLEdBQUcsS0FBSyxDQUFDLEVBQUU7QUFBQSxFQUNwRSxFQUFFLE1BQU0sU0FBUyxPQUFPLElBQUksS0FBSyxHQUFHLFNBQVMsR0FBRyxRQUFRLEdBQUcsS0FBSyxDQUFDLEVBQUU7QUFBQSxFQUNuRSxFQUFFLE1BQU0sbUJBQWMsT0FBTyxHQUFHLElBQUksVUFBSyxLQUFLLElBQUksU0FBUyxFQUFFLE9BQU8sZ0JBQWdCLE1BQU0sU0FBSSxHQUFHLFFBQVEsTUFBTTtBQUFBLEVBQy9HLEVBQUUsTUFBTSxjQUFjLE9BQU8sT0FBTyxJQUFJLElBQUksS0FBSyxJQUFJLFNBQVMsSUFBSSxRQUFRLE9BQU8saUJBQWlCLEtBQUs7QUFBQSxFQUN2RyxFQUFFLE1BQU0sZ0JBQWdCLE9BQU8sT0FBTyxJQUFJLElBQUksS0FBSyxJQUFJLFNBQVMsSUFBSSxRQUFRLE9BQU8sU0FBUyxFQUFFLFNBQVMsR0FBRyxVQUFVLEVBQUUsRUFBRTtBQUFBLEVBQ3hILEVBQUUsTUFBTSw2QkFBNkIsT0FBTyxpQkFBaUIsS0FBSyxJQUFJLFNBQVMsSUFBSSxRQUFRLElBQUksS0FBSyxFQUFFLFNBQVMsU0FBUyxRQUFRLFFBQVEsRUFBRTtBQUM1STtBQUVBLFdBQVcsT0FBTyxNQUFNO0FBQ3RCLDZCQUFLLHNCQUFtQixJQUFJLElBQUksSUFBSSxNQUFNO0FBQ3hDLGtCQUFBQSxRQUFPLE1BQU0sSUFBSSxNQUFNLFFBQVEsSUFBSSxHQUFHO0FBQ3RDLFVBQU0sTUFBTSxhQUFhLElBQUksT0FBTyxTQUFTO0FBQzdDLFVBQU0sTUFBTSxhQUFhLElBQUksT0FBTyxlQUFlO0FBQ25ELFVBQU0sTUFBTSxhQUFhLElBQUksT0FBTyxpQkFBaUI7QUFDckQsa0JBQUFBLFFBQU8sTUFBTSxJQUFJLHNCQUFzQixJQUFJLE1BQU0sTUFBTSxDQUFDO0FBQ3hELFFBQUksSUFBSSxRQUFTLGVBQUFBLFFBQU8sVUFBVSxJQUFJLFNBQVMsSUFBSSxPQUFPO0FBQzFELGtCQUFBQSxRQUFPLE1BQU0sSUFBSSxpQkFBaUIsSUFBSSxtQkFBbUIsS0FBSztBQUU5RCxRQUFJLE9BQU8sSUFBSSxZQUFZLFVBQVU7QUFDbkMsb0JBQUFBLFFBQU8sTUFBTSxJQUFJLE9BQU8sTUFBUztBQUNqQyxvQkFBQUEsUUFBTyxNQUFNLElBQUksT0FBTyxRQUFRLElBQUksT0FBTztBQUUzQyxvQkFBQUEsUUFBTyxVQUFVLElBQUksT0FBTyxJQUFJLEtBQUs7QUFDckMsb0JBQUFBLFFBQU8sTUFBTSxJQUFJLGlCQUFpQixLQUFLO0FBQUEsSUFDekMsT0FBTztBQUNMLG9CQUFBQSxRQUFPLE1BQU0sSUFBSSxPQUFPLFFBQVcsY0FBYztBQUNqRCxvQkFBQUEsUUFBTyxNQUFNLElBQUksT0FBTyxNQUFNLElBQUksUUFBUSxLQUFLO0FBQy9DLG9CQUFBQSxRQUFPLE1BQU0sSUFBSSxPQUFPLE1BQU0sSUFBSSxRQUFRLElBQUk7QUFDOUMsb0JBQUFBLFFBQU8sTUFBTSxJQUFJLE1BQU0sSUFBSSxNQUFPLEtBQUssR0FBRyxJQUFJLFFBQVEsSUFBSTtBQUMxRCxVQUFJLElBQUksUUFBUSxVQUFVLGVBQWdCLGVBQUFBLFFBQU8sTUFBTSxJQUFJLE9BQU8sU0FBUyw4QkFBOEIsSUFBSSxRQUFRLElBQUksR0FBRztBQUM1SCxvQkFBQUEsUUFBTyxNQUFNLElBQUksSUFBSSxLQUFLLEdBQUcsT0FBTyxLQUFLLElBQUksT0FBTyxNQUFNLEVBQUUsU0FBUyxLQUFLLENBQUM7QUFDM0Usb0JBQUFBLFFBQU8sTUFBTSxJQUFJLGlCQUFpQixJQUFJO0FBQ3RDLG9CQUFBQSxRQUFPLE1BQU0sSUFBSSxPQUFPLFFBQVcsdUNBQXVDO0FBQzFFLG9CQUFBQSxRQUFPLE1BQU0sSUFBSSxlQUFlLE1BQU0sSUFBSSxRQUFRLElBQUk7QUFBQSxJQUN4RDtBQUVBLFFBQUksSUFBSSxXQUFXLE9BQU87QUFDeEIsb0JBQUFBLFFBQU8sTUFBTSxJQUFJLGlCQUFpQixJQUFJO0FBQ3RDLG9CQUFBQSxRQUFPLE1BQU0sSUFBSSxPQUFPLFFBQVcsdUNBQXVDO0FBQzFFLG9CQUFBQSxRQUFPLEdBQUcsSUFBSSxlQUFlLDZCQUE2QjtBQUMxRCxvQkFBQUEsUUFBTyxVQUFVLElBQUksT0FBTyxXQUFXLElBQUksS0FBSyxDQUFDO0FBQ2pELG9CQUFBQSxRQUFPLE1BQU0sSUFBSSxPQUFPLFFBQVEsSUFBSSxHQUFHO0FBQUEsSUFDekMsT0FBTztBQUNMLG9CQUFBQSxRQUFPLE1BQU0sSUFBSSxpQkFBaUIsS0FBSztBQUN2QyxvQkFBQUEsUUFBTyxNQUFNLElBQUksT0FBTyxNQUFTO0FBQ2pDLG9CQUFBQSxRQUFPLE1BQU0sSUFBSSxlQUFlLE1BQVM7QUFDekMsb0JBQUFBLFFBQU8sTUFBTSxJQUFJLE9BQU8sUUFBUSxJQUFJLE1BQU07QUFBQSxJQUM1QztBQUNBLFFBQUksSUFBSSxLQUFLO0FBQ1gsb0JBQUFBLFFBQU8sTUFBTSxhQUFhLElBQUksT0FBTyxVQUFVLENBQUMsR0FBRyxJQUFJLElBQUksT0FBTztBQUNsRSxvQkFBQUEsUUFBTyxNQUFNLGFBQWEsSUFBSSxPQUFPLFVBQVUsQ0FBQyxHQUFHLElBQUksSUFBSSxNQUFNO0FBQUEsSUFDbkU7QUFBQSxFQUNGLENBQUM7QUFDSDtBQUFBLElBRUEsdUJBQUssNkNBQTZDLE1BQU07QUFDdEQsZ0JBQUFBLFFBQU8sTUFBTSxLQUFLLGFBQWEsTUFBTSxTQUFTLEVBQUUsS0FBSyxHQUFHLGtDQUFrQztBQUMxRixnQkFBQUEsUUFBTyxNQUFNLEtBQUssYUFBYSxJQUFJLElBQUksS0FBSyxTQUFTLEVBQUUsS0FBSyxHQUFHLGtDQUFrQztBQUNqRyxnQkFBQUEsUUFBTyxNQUFNLEtBQUssYUFBYSxPQUFPLElBQUksSUFBSSxTQUFTLEVBQUUsS0FBSyxHQUFHLGtDQUFrQztBQUNuRyxnQkFBQUEsUUFBTyxNQUFNLEtBQUssYUFBYSxpQkFBaUIsU0FBUyxFQUFFLEtBQUssR0FBRyxXQUFXO0FBQzlFLGdCQUFBQSxRQUFPLE1BQU0sS0FBSyxhQUFhLGlCQUFpQixpQkFBaUIsRUFBRSxLQUFLLEdBQUcsV0FBVztBQUN0RixnQkFBQUEsUUFBTyxNQUFNLEtBQUssYUFBYSxhQUFhLGlCQUFpQixFQUFFLEtBQUssR0FBRyxXQUFXO0FBQ2xGLGdCQUFBQSxRQUFPLE1BQU0sSUFBSSxhQUFhLGFBQWEsU0FBUyxFQUFFLEtBQUssR0FBRyxPQUFPLEtBQUssWUFBWSxNQUFNLEdBQUcsRUFBRSxHQUFHLFFBQVEsRUFBRSxTQUFTLEtBQUssQ0FBQztBQUU3SCxnQkFBQUEsUUFBTyxNQUFNLElBQUksYUFBYSxPQUFPLElBQUksSUFBSSxTQUFTLEVBQUUsS0FBSyxHQUFHLFdBQVcsT0FBTyxLQUFLLE1BQU0sUUFBUSxFQUFFLFNBQVMsS0FBSyxDQUFDO0FBRXRILGdCQUFBQSxRQUFPLFVBQVUsYUFBYSxRQUFRLGlCQUFpQixFQUFFLE9BQU8sV0FBVyxHQUFHLEVBQUksQ0FBQztBQUNyRixDQUFDO0FBQUEsSUFFRCx1QkFBSywyREFBMkQsTUFBTTtBQUNwRSxRQUFNLElBQUksQ0FBQyxNQUFjLGFBQWEsR0FBRyxTQUFTO0FBQ2xELGdCQUFBQSxRQUFPLE1BQU0sRUFBRSxHQUFHLEVBQUUsT0FBTyxRQUFRLEdBQUcscUNBQXFDO0FBQzNFLGdCQUFBQSxRQUFPLE1BQU0sRUFBRSxRQUFHLEVBQUUsT0FBTyxRQUFRLEdBQUcsZ0NBQWdDO0FBQ3RFLGdCQUFBQSxRQUFPLE1BQU0sRUFBRSxTQUFJLEVBQUUsT0FBTyxNQUFNLGNBQWM7QUFDaEQsZ0JBQUFBLFFBQU8sTUFBTSxFQUFFLFNBQUksRUFBRSxPQUFPLE1BQU0sY0FBYztBQUNoRCxnQkFBQUEsUUFBTyxNQUFNLEVBQUUsVUFBSyxFQUFFLE9BQU8sTUFBTSxnQkFBZ0Isb0RBQW9EO0FBQ3ZHLGdCQUFBQSxRQUFPLE1BQU0sRUFBRSxHQUFHLEVBQUUsT0FBTyxNQUFNLGdCQUFnQix1QkFBdUI7QUFDeEUsZ0JBQUFBLFFBQU8sTUFBTSxFQUFFLElBQUksRUFBRSxPQUFPLE1BQU0sZ0JBQWdCLHFCQUFxQjtBQUN2RSxnQkFBQUEsUUFBTyxNQUFNLEVBQUUsS0FBSyxFQUFFLE9BQU8sTUFBTSxnQkFBZ0IscUJBQXFCO0FBQ3hFLGdCQUFBQSxRQUFPLE1BQU0sRUFBRSxJQUFJLEVBQUUsT0FBTyxRQUFRLENBQUM7QUFDckMsZ0JBQUFBLFFBQU8sTUFBTSxFQUFFLE1BQU0sRUFBRSxPQUFPLFFBQVEsQ0FBQztBQUN2QyxnQkFBQUEsUUFBTyxNQUFNLEtBQUssRUFBRSxRQUFRLEVBQUUsS0FBSyxHQUFHLE1BQU07QUFDNUMsZ0JBQUFBLFFBQU8sTUFBTSxLQUFLLEVBQUUsU0FBUyxFQUFFLEtBQUssR0FBRyxRQUFRLGtCQUFrQjtBQUNqRSxnQkFBQUEsUUFBTyxNQUFNLEtBQUssRUFBRSxVQUFVLEVBQUUsS0FBSyxHQUFHLE1BQU07QUFDOUMsZ0JBQUFBLFFBQU8sTUFBTSxLQUFLLEVBQUUsV0FBVyxFQUFFLEtBQUssR0FBRyxRQUFRLGtDQUFrQztBQUNuRixRQUFNLFNBQVMsR0FBRyxJQUFJLElBQUksSUFBSTtBQUM5QixRQUFNLE1BQU0sRUFBRSxNQUFNLEVBQUU7QUFDdEIsZ0JBQUFBLFFBQU8sTUFBTSxJQUFJLFNBQVMsK0JBQStCO0FBQ3pELGdCQUFBQSxRQUFPLEdBQUcsQ0FBQyxJQUFJLFFBQVEsU0FBUyxNQUFNLEdBQUcsa0NBQWtDO0FBQzdFLENBQUM7QUFBQSxJQUVELHVCQUFLLDJEQUEyRCxNQUFNO0FBQ3BFLFFBQU0sUUFBUSxPQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsUUFBUSxJQUFJLEdBQUcsQ0FBQyxHQUFHLE1BQU8sSUFBSSxLQUFNLEdBQUksQ0FBQztBQUNoRixRQUFNLE9BQU8sTUFBTSxTQUFTLFFBQVEsRUFBRSxRQUFRLFlBQVksUUFBUTtBQUNsRSxnQkFBQUEsUUFBTyxNQUFNLEtBQUssRUFBRSxHQUFHLElBQUk7QUFDM0IsZ0JBQUFBLFFBQU8sTUFBTSxJQUFJLGFBQWEsTUFBTSxTQUFTLEVBQUUsS0FBSyxHQUFHLE1BQU0sU0FBUyxLQUFLLENBQUM7QUFDNUUsUUFBTSxLQUFLLEtBQUssUUFBUSxPQUFPLEVBQUU7QUFDakMsZ0JBQUFBLFFBQU8sTUFBTSxhQUFhLElBQUksU0FBUyxFQUFFLE9BQU8sTUFBTSxJQUFJO0FBQzVELENBQUM7QUFBQSxJQUVELHVCQUFLLDZGQUFtRixNQUFNO0FBQzVGLGdCQUFBQSxRQUFPLFVBQVUsV0FBVyx1QkFBUSxHQUFHLFdBQVcsS0FBSyxDQUFDLElBQU0sSUFBTSxJQUFNLElBQU0sRUFBSSxDQUFDLENBQUM7QUFDdEYsZ0JBQUFBLFFBQU8sVUFBVSxVQUFVLGdCQUFNLEdBQUcsV0FBVyxLQUFLLE9BQU8sS0FBSyxrQkFBUSxNQUFNLENBQUMsQ0FBQztBQUNoRixnQkFBQUEsUUFBTyxVQUFVLFVBQVUsVUFBVSxHQUFHLFdBQVcsS0FBSyxDQUFDLElBQU0sSUFBTSxFQUFJLENBQUMsQ0FBQztBQUM3RSxDQUFDO0FBSUQsSUFBTSxTQUFTO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBdUJmLFNBQVMsSUFBSSxNQUE0QjtBQUN2QyxNQUFJLElBQUksU0FBUztBQUNqQixTQUFPLE1BQU07QUFDWCxRQUFLLElBQUksZUFBZ0I7QUFDekIsUUFBSSxJQUFJO0FBQ1IsUUFBSSxLQUFLLEtBQUssSUFBSyxNQUFNLElBQUssSUFBSSxDQUFDO0FBQ25DLFNBQUssSUFBSSxLQUFLLEtBQUssSUFBSyxNQUFNLEdBQUksSUFBSSxFQUFFO0FBQ3hDLGFBQVMsSUFBSyxNQUFNLFFBQVMsS0FBSztBQUFBLEVBQ3BDO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsR0FBcUI7QUFDckMsUUFBTSxJQUFJLElBQUksUUFBUTtBQUN0QixRQUFNLE9BQU8sQ0FBSSxPQUF3QixHQUFHLEtBQUssTUFBTSxFQUFFLElBQUksR0FBRyxNQUFNLENBQUM7QUFDdkUsUUFBTSxPQUFPLENBQUMsS0FBSyxLQUFLLEtBQUssS0FBSyxLQUFNLE1BQU0sTUFBTSxLQUFLLEtBQUssS0FBSyxLQUFLLFFBQUssUUFBSyxRQUFVLFVBQUssYUFBTSxRQUFRO0FBQy9HLFFBQU0sTUFBZ0IsQ0FBQyxJQUFJLEtBQUssTUFBTSxLQUFLLE1BQU0sT0FBTyxRQUFRLFNBQVMsUUFBUSxRQUFRLFFBQVEsU0FBUyxZQUFZLE1BQU0sYUFBYSxlQUFlO0FBQ3hKLFNBQU8sSUFBSSxTQUFTLEdBQUc7QUFDckIsVUFBTSxRQUFRLE9BQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxRQUFRLEtBQUssTUFBTSxFQUFFLElBQUksRUFBRSxFQUFFLEdBQUcsTUFBTSxLQUFLLE1BQU0sRUFBRSxJQUFJLEdBQUcsQ0FBQyxDQUFDO0FBQ25HLFFBQUksSUFBSSxNQUFNLFNBQVMsUUFBUTtBQUMvQixVQUFNLFlBQVksS0FBSyxNQUFNLEVBQUUsSUFBSSxDQUFDO0FBQ3BDLGFBQVMsSUFBSSxHQUFHLElBQUksV0FBVyxLQUFLO0FBQ2xDLFlBQU0sS0FBSyxLQUFLLE1BQU0sRUFBRSxLQUFLLEVBQUUsU0FBUyxFQUFFO0FBQzFDLGNBQVEsS0FBSyxNQUFNLEVBQUUsSUFBSSxDQUFDLEdBQUc7QUFBQSxRQUMzQixLQUFLO0FBQUcsY0FBSSxFQUFFLFFBQVEsT0FBTyxFQUFFO0FBQUc7QUFBQSxRQUNsQyxLQUFLO0FBQUcsY0FBSSxFQUFFLE1BQU0sR0FBRyxFQUFFLElBQUksS0FBSyxJQUFJLElBQUksRUFBRSxNQUFNLEVBQUU7QUFBRztBQUFBLFFBQ3ZELEtBQUs7QUFBRyxjQUFJLEVBQUUsTUFBTSxHQUFHLEtBQUssSUFBSSxHQUFHLEVBQUUsU0FBUyxJQUFJLEtBQUssTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUM7QUFBRztBQUFBLFFBQ3pFLEtBQUs7QUFBRyxjQUFJLEVBQUUsTUFBTSxHQUFHLEVBQUUsSUFBSSxFQUFFLE1BQU0sS0FBSyxDQUFDO0FBQUc7QUFBQSxRQUM5QztBQUFTLGVBQUssS0FBSyxDQUFDLEtBQUssTUFBTSxLQUFLLEtBQUssQ0FBQztBQUFBLE1BQzVDO0FBQUEsSUFDRjtBQUNBLFFBQUksS0FBSyxDQUFDO0FBQUEsRUFDWjtBQUNBLFNBQU87QUFDVDtBQUVBLElBQU0sUUFBUSxDQUFDLE1BQWtCLE9BQU8sS0FBSyxDQUFDLEVBQUUsU0FBUyxLQUFLO0FBQUEsSUFFOUQsdUJBQUssc0ZBQXNGLE9BQUs7QUFDOUYsUUFBTSxZQUFRLHFDQUFVLFFBQVEsQ0FBQyxVQUFVLEdBQUcsRUFBRSxVQUFVLE9BQU8sQ0FBQztBQUNsRSxNQUFJLE1BQU0sU0FBUyxNQUFNLFdBQVcsR0FBRztBQUNyQyxRQUFJLFFBQVEsSUFBSSxPQUFPLE9BQVEsZUFBQUEsUUFBTyxLQUFLLGtEQUFrRDtBQUM3RixNQUFFLEtBQUssb0JBQW9CO0FBQzNCO0FBQUEsRUFDRjtBQUNBLFFBQU0sU0FBUyxTQUFTLEdBQUk7QUFDNUIsUUFBTSxVQUFNLGdDQUFZLDJCQUFLLHVCQUFPLEdBQUcsWUFBWSxDQUFDO0FBQ3BELE1BQUk7QUFDRixVQUFNLFVBQU0sdUJBQUssS0FBSyxtQkFBbUI7QUFDekMsc0NBQWMsS0FBSyxNQUFNO0FBRXpCLFVBQU0sUUFBUSxDQUFDLE1BQWMsQ0FBQyxHQUFHLE1BQU0sRUFBRSxNQUFNLEVBQUUsS0FBSyxDQUFDLEVBQUUsSUFBSSxPQUFLLEVBQUUsV0FBVyxDQUFDLEVBQUUsU0FBUyxFQUFFLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQyxFQUFFLEtBQUssRUFBRTtBQUN4SCxVQUFNLFFBQVEsT0FBTyxJQUFJLEtBQUssRUFBRSxLQUFLLElBQUksSUFBSTtBQUM3QyxVQUFNLFVBQU0scUNBQVUsUUFBUSxDQUFDLEdBQUcsR0FBRyxFQUFFLE9BQU8sT0FBTyxVQUFVLFFBQVEsV0FBVyxLQUFLLE9BQU8sS0FBSyxDQUFDO0FBQ3BHLGtCQUFBQSxRQUFPLE1BQU0sSUFBSSxRQUFRLEdBQUcsSUFBSSxNQUFNO0FBRXRDLFVBQU0sUUFBUSxJQUFJLE9BQU8sTUFBTSxJQUFJLEVBQUUsT0FBTyxPQUFLLEVBQUUsU0FBUyxDQUFDO0FBQzdELGtCQUFBQSxRQUFPLE1BQU0sTUFBTSxRQUFRLE9BQU8sTUFBTTtBQUN4QyxRQUFJLEtBQUs7QUFDVCxhQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sUUFBUSxLQUFLO0FBQ3RDLFlBQU0sQ0FBQyxRQUFRLE9BQU8sSUFBSSxJQUFJLE1BQU0sQ0FBQyxFQUFFLE1BQU0sR0FBSTtBQUNqRCxZQUFNLElBQUksT0FBTyxDQUFDO0FBQ2xCLFlBQU0sT0FBTyxhQUFhLEdBQUcsaUJBQWlCO0FBQzlDLFlBQU0sUUFBUSxLQUFLLFVBQVUsQ0FBQztBQUM5QixVQUFJLE9BQU8sV0FBVyxLQUFLLEdBQUc7QUFDNUI7QUFDQSxzQkFBQUEsUUFBTyxNQUFNLEtBQUssZUFBZSxRQUFXLEdBQUcsS0FBSyxnQkFBZ0I7QUFDcEUsc0JBQUFBLFFBQU8sTUFBTSxNQUFNLEtBQUssS0FBTSxHQUFHLE9BQU8sTUFBTSxDQUFDLEdBQUcsS0FBSztBQUFBLE1BQ3pELE9BQU87QUFDTCxzQkFBQUEsUUFBTyxHQUFHLEtBQUssZUFBZSxHQUFHLEtBQUssdUJBQXVCLE1BQU0sRUFBRTtBQUNyRSxzQkFBQUEsUUFBTyxNQUFNLEtBQUssY0FBYyxTQUFTLE9BQU8sTUFBTSxDQUFDLEdBQUcsS0FBSztBQUMvRCxzQkFBQUEsUUFBTyxNQUFNLE1BQU0sS0FBSyxLQUFNLEdBQUcsT0FBTyxHQUFHLEtBQUssa0JBQWtCO0FBQUEsTUFDcEU7QUFDQSxvQkFBQUEsUUFBTyxNQUFNLE1BQU0sV0FBVyxDQUFDLENBQUMsR0FBRyxPQUFPLEdBQUcsS0FBSyxZQUFZO0FBQzlELG9CQUFBQSxRQUFPLE1BQU0sTUFBTSxVQUFVLENBQUMsQ0FBQyxHQUFHLE1BQU0sR0FBRyxLQUFLLFNBQVM7QUFBQSxJQUMzRDtBQUNBLGtCQUFBQSxRQUFPLEdBQUcsS0FBSyxPQUFPLFNBQVMsR0FBRywyQkFBMkIsRUFBRSxHQUFHO0FBQUEsRUFDcEUsVUFBRTtBQUNBLCtCQUFPLEtBQUssRUFBRSxXQUFXLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFBQSxFQUM5QztBQUNGLENBQUM7IiwKICAibmFtZXMiOiBbInIiLCAiYXNzZXJ0Il0KfQo=
