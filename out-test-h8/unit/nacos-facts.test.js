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

// test/unit/nacos-facts.test.ts
var import_node_test = require("node:test");
var import_strict = __toESM(require("node:assert/strict"));
var import_node_fs = require("node:fs");
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
function inRange(v, lo, hi) {
  return versionAtLeast(v, lo) && atMost(v, must(hi));
}
function inVersionRange(v, r) {
  return (r.from === void 0 || versionAtLeast(v, r.from)) && (r.to === void 0 || atMost(v, must(r.to)));
}
var NEWEST_3X = "3.2.3";
var FINGERPRINTS = [
  {
    // 3.0.0 split the switches (facts §1.1, §2) and renamed server.port (3.0 upgrade doc).
    keys: ["nacos.core.auth.admin.enabled", "nacos.core.auth.console.enabled", "nacos.server.main.port"],
    assume: NEWEST_3X,
    detail: (k) => `${k} is only read by 3.x`
  },
  {
    // Read from 2.1.0 on. A file without any 3.x-only key is most likely a 2.x file, and 2.5.1 is the newest 2.x
    // release; its behaviour (lenient decoder, "auth required" = nacos.core.auth.enabled) is that of 2.3.0–2.5.x,
    // most of the ≥ 2.1 range, so the assumption misleads the fewest users.
    keys: ["nacos.core.auth.plugin.nacos.token"],
    assume: "2.5.1",
    detail: (k) => `${k} is only read from 2.1.0 on (no 3.x-only key present)`
  },
  {
    // Read only up to 2.0.4 (renamed in 2.1.0): 2.0.4 is the newest version that reads it.
    keys: ["nacos.core.auth.default.token"],
    assume: "2.0.4",
    detail: (k) => `${k} is only read up to 2.0.4`
  }
];
function keyMatches(key, prefix) {
  return key === prefix || key.startsWith(prefix + ".");
}
function versionFromFingerprints(keys) {
  const present = [...keys];
  for (const fp of FINGERPRINTS) {
    for (const prefix of fp.keys) {
      const hit = present.find((k) => keyMatches(k, prefix));
      if (hit !== void 0) return { version: must(fp.assume).version, from: "fingerprint", detail: fp.detail(hit) };
    }
  }
  return void 0;
}
function versionFromImageTag(tag) {
  const t = (tag ?? "latest").trim();
  if (t === "" || t === "latest") {
    return { version: must(NEWEST_3X).version, from: "image tag", detail: `nacos/nacos-server:latest is ${NEWEST_3X}` };
  }
  const v = parseVersion(t);
  return v ? { version: v, from: "image tag", detail: `image tag ${t}` } : void 0;
}
function defaultVersion() {
  return { version: must(NEWEST_3X).version, from: "default", detail: `no version found; assuming the newest 3.x (${NEWEST_3X})` };
}

// server/src/core/nacos/decoders.ts
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

// server/src/core/nacos/knownValues.ts
var PUBLIC_IDENTITY_PAIRS = [
  { key: "serverIdentity", value: "security", source: "nacos 2.0.1\u20132.2.0.1 default (application.properties, jar, nacos-docker \u2264 v2.2.0.1)" },
  { key: "example", value: "example", source: "nacos 2.2.1+ application.properties.example" },
  { key: "2222", value: "2xxx", source: "nacos-docker env/*.env (v2.2.2+)" },
  { key: "nacos", value: "nacos", source: "blogs and Q&A" },
  { key: "nacos", value: "passwordIselfdefine", source: "blogs and Q&A" },
  { key: "Id-Key", value: "Id-Value", source: "blogs and Q&A" },
  { key: "cluster_key", value: "cluster_value", source: "blogs and Q&A" },
  { key: "your_identity_key", value: "your_identity_value", source: "blogs and Q&A" },
  { key: "CUSTOM_SERVER_IDENTITY_KEY", value: "aRandomlyGeneratedSecureValue_1234567890", source: "blogs and Q&A" },
  { key: "EDF6493A068449C9934FBFF467095F48", value: "48DC515485D8400793214DEC86EF04BF", source: "blogs and Q&A" },
  { key: "serverIdentity", value: "mySecureValue123", source: "blogs and Q&A" },
  { key: "root", value: "nacos", source: "blogs and Q&A" },
  { key: "nil", value: "nil", source: "nacos-k8s Helm values (nil rendered as a string)" }
];
var PUBLIC_IDENTITY_VALUES = [...new Set(PUBLIC_IDENTITY_PAIRS.map((p) => p.value))];
var OLD_DEFAULT = "SecretKey012345678901234567890123456789012345678901234567890123456789";
var PUBLIC_SECRETS = [
  { secret: OLD_DEFAULT, source: "nacos 1.2.0\u20132.2.0 default (application.properties, jar, nacos-docker \u2264 v2.2.0.1, env/*.env)" },
  {
    secret: "U2VjcmV0S2V5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5",
    source: "nacos test resources (Base64 of the old default)"
  },
  { secret: "VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=", source: "nacos 3.x application.properties example, docs, nacos-docker v3 env/*.env" },
  { secret: "aXQnc215c2VjcmV0dGVzdG9mYmFzZTY0Y2hhcnNldC4=", source: "blogs and GitHub issues" },
  { secret: "RTRFNjkzQjAzNzNENDIzMkEzN0RDMEQ1RUQ3OThBN0E=", source: "blogs and GitHub issues" },
  { secret: "VGhpc0lzTXlTZWNyZXRLZXlXaGljaFNob3VsZEJlMzJDaGFyYWN0ZXJzTGFyZ2U=", source: "blogs and GitHub issues" },
  { secret: "840hCKEPb1Y7aLh8JOLuTKDIq2cNuyp4uSLGmwLS+BU=", source: "blogs and GitHub issues" },
  {
    secret: "NGFYeDdFMkFxWDRRS3d4QnIzMnRDY3pGZnRDd0lqUVVjejNvOVQzS2M1QTJJdzM2RmdCNmNwODdHZ0oxdG9oTQ==",
    source: "GitHub issue alibaba/nacos#12179"
  },
  { secret: "SecretKey01234567890123456789012345345678999987654901234567890123456789", source: "GitHub issue alibaba/nacos#13339" },
  { secret: "SecretKey:e472c13e-a568-47cd-bb49-c15e253f62e9", source: "GitHub issue alibaba/nacos#9830" },
  {
    secret: "this-is-a-very-long-token-at-least-192-bytes-recommend-256-bytes-without-any-special-symbols",
    source: "chaitin/xray PR #1011"
  },
  { secret: "nil", source: "nacos-k8s Helm values (nil rendered as a string)" }
];
var EXTRA_SOURCE = "nacosAuthLint.knownValues";
var lower = (s) => s.toLowerCase();
var intended = (s) => {
  const t = s.trim();
  const q = t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0] ? t.slice(1, -1).trim() : t;
  return q.toLowerCase();
};
function isPublicIdentity(key, value, extra) {
  const k = intended(key);
  const v = intended(value);
  const pair = PUBLIC_IDENTITY_PAIRS.find((p) => lower(p.key) === k && lower(p.value) === v);
  if (pair) return { match: "pair", source: pair.source };
  if (v !== "") {
    const byValue = PUBLIC_IDENTITY_PAIRS.find((p) => lower(p.value) === v);
    if (byValue) return { match: "value", source: byValue.source };
    if (extra.some((e) => lower(e) === v)) return { match: "value", source: EXTRA_SOURCE };
  }
  if (k !== "") {
    const byKey = PUBLIC_IDENTITY_PAIRS.find((p) => lower(p.key) === k);
    if (byKey) return { match: "key", source: byKey.source };
    if (extra.some((e) => lower(e) === k)) return { match: "key", source: EXTRA_SOURCE };
  }
  return void 0;
}
function formsOf(secret, source) {
  const bytes = [utf8Bytes(secret)];
  const decoded = decodeSecret(secret, "lenient").bytes;
  if (decoded && decoded.length > 0) bytes.push(decoded);
  return { raw: secret, bytes, source };
}
var PUBLISHED_FORMS = PUBLIC_SECRETS.map((p) => formsOf(p.secret, p.source));
function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function isPublicSecret(secret, decodedBytes, extra) {
  if (secret === "") return void 0;
  const candidates = [utf8Bytes(secret)];
  if (decodedBytes && decodedBytes.length > 0) candidates.push(decodedBytes);
  const forms = extra.length > 0 ? [...PUBLISHED_FORMS, ...extra.map((e) => formsOf(e, EXTRA_SOURCE))] : PUBLISHED_FORMS;
  for (const f of forms) {
    if (f.raw === secret || f.bytes.some((b) => candidates.some((c) => sameBytes(b, c)))) return { source: f.source };
  }
  return void 0;
}

// server/src/core/nacos/properties.ts
var OLD_DEFAULT_SECRET = "SecretKey012345678901234567890123456789012345678901234567890123456789";
var IGNORE_URLS_SHIPPED = "/,/error,/**/*.css,/**/*.js,/**/*.html,/**/*.map,/**/*.svg,/**/*.png,/**/*.ico,/console-ui/public/**,/v1/auth/**,/v1/console/health/**,/actuator/**,/v1/console/server/**";
var always = (value) => [{ value }];
var AUTH_PROPERTIES = [
  {
    key: "nacos.core.auth.enabled",
    type: "boolean",
    read: { from: "1.2.0" },
    codeDefault: always("false"),
    jarDefault: [],
    shipped: always("false"),
    booleanParser: "spring",
    description: {
      en: "Turns on authentication for the open API and SDK (HTTP and gRPC). On 2.x it also makes the server validate the identity pair and the token secret at startup.",
      zh: "\u5F00\u542F Open API / SDK\uFF08HTTP \u4E0E gRPC\uFF09\u9274\u6743\u30022.x \u4E2D\u5F00\u542F\u540E\u542F\u52A8\u65F6\u8FD8\u4F1A\u6821\u9A8C identity \u4E0E token \u5BC6\u94A5\u3002"
    }
  },
  {
    key: "nacos.core.auth.admin.enabled",
    type: "boolean",
    read: { from: "3.0.0" },
    codeDefault: always("true"),
    jarDefault: [],
    shipped: [{ from: "3.0.0", value: "true" }],
    booleanParser: "spring",
    description: {
      en: "Authentication for the admin API (3.0+). Defaults to true, so the identity key and value are required at startup even when nacos.core.auth.enabled=false.",
      zh: "Admin API \u9274\u6743\uFF083.0+\uFF09\u3002\u9ED8\u8BA4 true\uFF0C\u56E0\u6B64\u5373\u4F7F nacos.core.auth.enabled=false\uFF0C\u542F\u52A8\u65F6\u4E5F\u5FC5\u987B\u8BBE\u7F6E identity key/value\u3002"
    }
  },
  {
    key: "nacos.core.auth.console.enabled",
    type: "boolean",
    read: { from: "3.0.0" },
    codeDefault: always("true"),
    jarDefault: [],
    shipped: [{ from: "3.0.0", value: "true" }],
    booleanParser: "spring",
    description: {
      en: "Console login authentication (3.0+). Defaults to true, so the token secret must be valid at startup.",
      zh: "\u63A7\u5236\u53F0\u767B\u5F55\u9274\u6743\uFF083.0+\uFF09\u3002\u9ED8\u8BA4 true\uFF0C\u56E0\u6B64\u542F\u52A8\u65F6 token \u5BC6\u94A5\u5FC5\u987B\u6709\u6548\u3002"
    }
  },
  {
    key: "nacos.core.auth.system.type",
    type: "string",
    read: { from: "1.2.0" },
    // `""` in 1.4.5+/2.x/3.x code; not pinned for 1.2.0–1.4.4.
    codeDefault: [{ from: "1.4.5", value: "" }],
    jarDefault: [],
    shipped: always("nacos"),
    description: {
      en: "Auth plugin name, case-sensitive: nacos, ldap (2.0.1+), oidc (3.2+). Empty with auth on fails startup (50001); an unknown name silently disables auth.",
      zh: "\u9274\u6743\u63D2\u4EF6\u540D\uFF08\u533A\u5206\u5927\u5C0F\u5199\uFF09\uFF1Anacos\u3001ldap\uFF082.0.1+\uFF09\u3001oidc\uFF083.2+\uFF09\u3002\u5F00\u542F\u9274\u6743\u65F6\u4E3A\u7A7A\u4F1A\u542F\u52A8\u5931\u8D25\uFF0850001\uFF09\uFF1B\u672A\u77E5\u540D\u79F0\u4F1A\u5BFC\u81F4\u9274\u6743\u9759\u9ED8\u5931\u6548\u3002"
    }
  },
  {
    key: "nacos.core.auth.server.identity.key",
    type: "string",
    read: { from: "1.4.1" },
    codeDefault: always(""),
    jarDefault: [
      { from: "1.4.1", to: "1.4.1", value: void 0 },
      { from: "1.4.2", to: "1.4.4", value: "serverIdentity" },
      { from: "1.4.5", to: "1.4", value: "" },
      { from: "2.0.0", to: "2.2.0", value: "serverIdentity" },
      // 2.2.0 and 2.2.0.1
      { from: "2.2.1", value: "" }
    ],
    shipped: [
      { from: "1.4.1", to: "2.0.0", value: "" },
      { from: "2.0.1", to: "2.2.0", value: "serverIdentity" },
      { from: "2.2.1", value: "" }
    ],
    description: {
      en: "Name of the HTTP/gRPC header that carries the inter-node identity. A request with this header and the matching value bypasses user authentication.",
      zh: "\u8282\u70B9\u95F4\u8EAB\u4EFD\u8BC6\u522B\u6240\u7528\u7684 HTTP/gRPC \u8BF7\u6C42\u5934\u540D\u79F0\u3002\u5E26\u6709\u8BE5\u8BF7\u6C42\u5934\u4E14\u503C\u5339\u914D\u7684\u8BF7\u6C42\u4F1A\u8DF3\u8FC7\u7528\u6237\u9274\u6743\u3002"
    }
  },
  {
    key: "nacos.core.auth.server.identity.value",
    type: "string",
    read: { from: "1.4.1" },
    codeDefault: always(""),
    jarDefault: [
      { from: "1.4.1", to: "1.4.1", value: void 0 },
      { from: "1.4.2", to: "1.4.4", value: "security" },
      { from: "1.4.5", to: "1.4", value: "" },
      { from: "2.0.0", to: "2.2.0", value: "security" },
      { from: "2.2.1", value: "" }
    ],
    shipped: [
      { from: "1.4.1", to: "2.0.0", value: "" },
      { from: "2.0.1", to: "2.2.0", value: "security" },
      { from: "2.2.1", value: "" }
    ],
    description: {
      en: "Value of the identity header, compared with String.equals. It works like a master key: keep it secret, random, and identical on all nodes.",
      zh: "\u8EAB\u4EFD\u8BC6\u522B\u8BF7\u6C42\u5934\u7684\u503C\uFF08String.equals \u6BD4\u8F83\uFF09\uFF0C\u76F8\u5F53\u4E8E\u4E07\u80FD\u5BC6\u94A5\uFF1A\u5E94\u968F\u673A\u3001\u4FDD\u5BC6\uFF0C\u5E76\u5728\u6240\u6709\u8282\u70B9\u4FDD\u6301\u4E00\u81F4\u3002"
    }
  },
  {
    key: "nacos.core.auth.enable.userAgentAuthWhite",
    type: "boolean",
    read: { from: "1.4.1", to: "2.4" },
    ignored: { from: "2.5.0", to: "2.5" },
    codeDefault: [
      { from: "1.4.1", to: "2.0.2", value: "true" },
      { from: "2.0.3", to: "2.5", value: "false" }
    ],
    jarDefault: [],
    shipped: [
      { from: "1.4.1", to: "1.4.4", value: "true" },
      { from: "1.4.5", to: "1.4", value: "false" },
      { from: "2.0.0", to: "2.0.0", value: "true" },
      { from: "2.0.1", to: "2.5", value: "false" }
    ],
    booleanParser: "spring",
    description: {
      en: 'true lets any request whose User-Agent starts with "Nacos-Server" bypass authentication (CVE-2021-29441). Ignored from 2.5.0, removed in 3.0.',
      zh: '\u4E3A true \u65F6\uFF0CUser-Agent \u4EE5 "Nacos-Server" \u5F00\u5934\u7684\u8BF7\u6C42\u53EF\u7ED5\u8FC7\u9274\u6743\uFF08CVE-2021-29441\uFF09\u30022.5.0 \u8D77\u88AB\u5FFD\u7565\uFF0C3.0 \u79FB\u9664\u3002'
    }
  },
  {
    key: "nacos.core.auth.default.token.secret.key",
    type: "secret",
    read: { from: "1.2.0", to: "2.0.4" },
    codeDefault: always(""),
    jarDefault: [{ from: "1.2.0", to: "2.0.4", value: OLD_DEFAULT_SECRET }],
    shipped: [
      { from: "1.2.0", to: "1.4.4", value: OLD_DEFAULT_SECRET },
      { from: "1.4.5", to: "1.4", value: void 0 },
      { from: "2.0.0", to: "2.0.4", value: OLD_DEFAULT_SECRET }
    ],
    renamedTo: "nacos.core.auth.plugin.nacos.token.secret.key",
    description: {
      en: "JWT signing key (Base64) up to 2.0.4. Renamed to nacos.core.auth.plugin.nacos.token.secret.key in 2.1.0; later versions ignore this name.",
      zh: "JWT \u7B7E\u540D\u5BC6\u94A5\uFF08Base64\uFF09\uFF0C\u4EC5 2.0.4 \u53CA\u4EE5\u524D\u8BFB\u53D6\u30022.1.0 \u8D77\u6539\u540D\u4E3A nacos.core.auth.plugin.nacos.token.secret.key\uFF0C\u4E4B\u540E\u7684\u7248\u672C\u5FFD\u7565\u6B64\u540D\u79F0\u3002"
    }
  },
  {
    key: "nacos.core.auth.plugin.nacos.token.secret.key",
    type: "secret",
    read: { from: "2.1.0" },
    codeDefault: always(""),
    jarDefault: [
      { from: "2.1.0", to: "2.2.0.0", value: OLD_DEFAULT_SECRET },
      { from: "2.2.0.1", value: "" }
    ],
    shipped: [
      { from: "2.1.0", to: "2.2.0.0", value: OLD_DEFAULT_SECRET },
      { from: "2.2.0.1", value: "" }
    ],
    description: {
      en: "JWT signing key, Base64 of at least 32 random bytes, identical on all nodes. 2.2.1\u20132.2.4 fall back to the raw bytes when it is not strict Base64; other versions trim junk at the ends and fail on junk inside.",
      zh: "JWT \u7B7E\u540D\u5BC6\u94A5\uFF1A\u81F3\u5C11 32 \u5B57\u8282\u968F\u673A\u6570\u636E\u7684 Base64\uFF0C\u6240\u6709\u8282\u70B9\u4E00\u81F4\u30022.2.1\u20132.2.4 \u5728\u975E\u6807\u51C6 Base64 \u65F6\u9000\u56DE\u4F7F\u7528\u539F\u59CB\u5B57\u8282\uFF1B\u5176\u4ED6\u7248\u672C\u4F1A\u88C1\u6389\u4E24\u7AEF\u975E\u6CD5\u5B57\u7B26\u3001\u4E2D\u95F4\u6709\u975E\u6CD5\u5B57\u7B26\u5219\u5931\u8D25\u3002"
    }
  },
  {
    key: "nacos.core.auth.default.token.expire.seconds",
    type: "long",
    read: { from: "1.2.0", to: "2.0.4" },
    codeDefault: always("18000"),
    jarDefault: [],
    shipped: [{ from: "1.2.0", to: "2.0.4", value: "18000" }],
    renamedTo: "nacos.core.auth.plugin.nacos.token.expire.seconds",
    description: {
      en: "Token lifetime in seconds, up to 2.0.4 (renamed in 2.1.0).",
      zh: "Token \u6709\u6548\u671F\uFF08\u79D2\uFF09\uFF0C\u4EC5 2.0.4 \u53CA\u4EE5\u524D\u8BFB\u53D6\uFF082.1.0 \u6539\u540D\uFF09\u3002"
    }
  },
  {
    key: "nacos.core.auth.plugin.nacos.token.expire.seconds",
    type: "long",
    read: { from: "2.1.0" },
    codeDefault: always("18000"),
    jarDefault: [],
    shipped: [{ from: "2.1.0", value: "18000" }],
    description: {
      en: "Token lifetime in seconds (2.1.0+). A non-numeric value fails bean creation.",
      zh: "Token \u6709\u6548\u671F\uFF08\u79D2\uFF0C2.1.0+\uFF09\u3002\u975E\u6570\u5B57\u4F1A\u5BFC\u81F4 Bean \u521B\u5EFA\u5931\u8D25\u3002"
    }
  },
  {
    key: "nacos.core.auth.plugin.nacos.token.cache.enable",
    type: "boolean",
    read: { from: "2.2.1" },
    codeDefault: always("false"),
    jarDefault: [],
    shipped: [{ from: "2.2.1", value: "false" }],
    booleanParser: "spring",
    description: {
      en: "Caches issued tokens (2.2.1+).",
      zh: "\u7F13\u5B58\u5DF2\u7B7E\u53D1\u7684 token\uFF082.2.1+\uFF09\u3002"
    }
  },
  {
    key: "nacos.core.auth.caching.enabled",
    type: "boolean",
    read: { from: "1.2.0" },
    codeDefault: always("true"),
    jarDefault: [],
    shipped: [
      { from: "1.2.0", to: "1.2", value: "false" },
      { from: "1.3.0", value: "true" }
    ],
    // 3.x AuthConfigs.isCachingEnabled: ConvertUtils.toBoolean, no trim ("true " is false).
    booleanParser: "nacos-convert",
    description: {
      en: 'Caches users, roles and permissions (about 15 s staleness). Read with Nacos ConvertUtils: no trimming, "true " means false.',
      zh: '\u7F13\u5B58\u7528\u6237\u3001\u89D2\u8272\u4E0E\u6743\u9650\uFF08\u7EA6 15 \u79D2\u5EF6\u8FDF\uFF09\u3002\u4F7F\u7528 Nacos ConvertUtils \u89E3\u6790\uFF1A\u4E0D\u53BB\u7A7A\u683C\uFF0C"true " \u89C6\u4E3A false\u3002'
    }
  },
  {
    key: "nacos.security.ignore.urls",
    type: "csv",
    read: { from: "1.2.0" },
    codeDefault: always("/**"),
    jarDefault: [],
    shipped: always(IGNORE_URLS_SHIPPED),
    description: {
      en: "Ant patterns the default auth plugin leaves unauthenticated (Spring Security ignore list).",
      zh: "\u9ED8\u8BA4\u9274\u6743\u63D2\u4EF6\u4E0D\u505A\u9274\u6743\u7684 Ant \u8DEF\u5F84\uFF08Spring Security \u5FFD\u7565\u5217\u8868\uFF09\u3002"
    }
  },
  {
    key: "nacos.standalone",
    type: "boolean",
    read: { from: "1.0.0" },
    codeDefault: always("false"),
    jarDefault: [],
    shipped: [],
    booleanParser: "spring",
    description: {
      en: "Standalone mode (set by startup.sh -m standalone or MODE=standalone in Docker). 2.3.1\u20132.5.x skip the identity startup check in standalone mode.",
      zh: "\u5355\u673A\u6A21\u5F0F\uFF08startup.sh -m standalone \u6216 Docker MODE=standalone\uFF09\u30022.3.1\u20132.5.x \u5355\u673A\u6A21\u5F0F\u4E0B\u8DF3\u8FC7 identity \u542F\u52A8\u6821\u9A8C\u3002"
    }
  },
  {
    key: "nacos.core.auth.nacos.anonymous.ai.enabled",
    type: "boolean",
    read: { from: "3.2.0" },
    codeDefault: [],
    jarDefault: [],
    shipped: [],
    booleanParser: "spring",
    description: {
      en: "Anonymous read access to AI resources (3.2 image; not confirmed in server code).",
      zh: "\u5141\u8BB8\u533F\u540D\u8BFB\u53D6 AI \u8D44\u6E90\uFF083.2 \u955C\u50CF\uFF1B\u670D\u52A1\u7AEF\u4EE3\u7801\u672A\u786E\u8BA4\uFF09\u3002"
    }
  },
  // LDAP plugin (facts §1.9): read ranges of the 2.1.0 config classes; 2.0.x read url/timeout/userdn.
  ldap("url", "string", { from: "2.0.1" }, "ldap://localhost:389", "LDAP server URL.", "LDAP \u670D\u52A1\u5668\u5730\u5740\u3002"),
  ldap("timeout", "long", { from: "2.0.1" }, "3000", "LDAP timeout in milliseconds.", "LDAP \u8D85\u65F6\uFF08\u6BEB\u79D2\uFF09\u3002"),
  ldap("userDn", "string", { from: "2.1.0" }, "cn=admin,dc=example,dc=org", "LDAP bind DN (camelCase; 2.1+).", "LDAP \u7ED1\u5B9A DN\uFF08\u9A7C\u5CF0\u5199\u6CD5\uFF0C2.1+\uFF09\u3002"),
  ldap(
    "userdn",
    "string",
    { from: "2.0.1", to: "2.0" },
    "cn={0},ou=user,dc=company,dc=com",
    "LDAP login DN template of 2.0.x ({0} = user name). 2.1+ read userDn instead.",
    "2.0.x \u7684 LDAP \u767B\u5F55 DN \u6A21\u677F\uFF08{0} \u4E3A\u7528\u6237\u540D\uFF09\u30022.1+ \u6539\u8BFB userDn\u3002"
  ),
  ldap("basedc", "string", { from: "2.1.0" }, "dc=example,dc=org", "LDAP base DC.", "LDAP base DC\u3002"),
  ldap("password", "secret", { from: "2.1.0" }, "password", "LDAP bind password (ignored in 2.1.0 because of a typo).", "LDAP \u7ED1\u5B9A\u5BC6\u7801\uFF082.1.0 \u56E0\u7B14\u8BEF\u88AB\u5FFD\u7565\uFF09\u3002"),
  ldap("filter.prefix", "string", { from: "2.1.0" }, "uid", "LDAP search filter attribute.", "LDAP \u641C\u7D22\u8FC7\u6EE4\u5C5E\u6027\u3002"),
  ldap("case.sensitive", "boolean", { from: "2.1.0" }, "true", "Whether LDAP user names are case-sensitive.", "LDAP \u7528\u6237\u540D\u662F\u5426\u533A\u5206\u5927\u5C0F\u5199\u3002"),
  ldap(
    "ignore.partial.result.exception",
    "boolean",
    { from: "2.4.0" },
    "false",
    "Ignore LDAP PartialResultException (2.4+).",
    "\u5FFD\u7565 LDAP PartialResultException\uFF082.4+\uFF09\u3002"
  )
];
function ldap(name, type, read, def, en, zh) {
  return {
    key: `nacos.core.auth.ldap.${name}`,
    type,
    read,
    codeDefault: [{ ...read, value: def }],
    jarDefault: [],
    shipped: [],
    booleanParser: type === "boolean" ? "spring" : void 0,
    description: { en, zh }
  };
}
var BY_KEY = new Map(AUTH_PROPERTIES.map((p) => [p.key, p]));
function authProperty(key) {
  return BY_KEY.get(key);
}
function isPluginPassThrough(key, v) {
  const m = /^nacos\.core\.auth\.plugin\.([^.]+)\.\S+$/.exec(key);
  return m !== null && m[1] !== "nacos" && versionAtLeast(v, "2.1.0");
}
function isReadBy(key, v) {
  const p = BY_KEY.get(key);
  if (!p) return "unknown";
  if (inVersionRange(v, p.read)) return "read";
  if (p.ignored && inVersionRange(v, p.ignored)) return "ignored";
  return "unknown";
}
function valueAt(values, v) {
  return values.find((x) => inVersionRange(v, x))?.value;
}
function jarDefault(key, v) {
  const p = BY_KEY.get(key);
  return p && inVersionRange(v, p.read) ? valueAt(p.jarDefault, v) : void 0;
}
function codeDefault(key, v) {
  const p = BY_KEY.get(key);
  return p && (inVersionRange(v, p.read) || p.ignored && inVersionRange(v, p.ignored)) ? valueAt(p.codeDefault, v) : void 0;
}
function shippedValue(key, v) {
  const p = BY_KEY.get(key);
  return p ? valueAt(p.shipped, v) : void 0;
}
function parseSpringBoolean(s) {
  const t = s.trim().toLowerCase();
  if (t === "true" || t === "on" || t === "yes" || t === "1") return true;
  if (t === "false" || t === "off" || t === "no" || t === "0") return false;
  return void 0;
}
function parseNacosBoolean(s) {
  return /^(true|on|yes|y|t)$/i.test(s);
}
function parseAuthBoolean(key, s) {
  return BY_KEY.get(key)?.booleanParser === "nacos-convert" ? parseNacosBoolean(s) : parseSpringBoolean(s);
}
var INVENTED_KEYS = {
  "nacos.auth.enable": "nacos.core.auth.enabled",
  "nacos.auth.enabled": "nacos.core.auth.enabled",
  "nacos.core.auth.enable": "nacos.core.auth.enabled",
  "nacos.core.auth.admin.enable": "nacos.core.auth.admin.enabled",
  "nacos.core.auth.console.enable": "nacos.core.auth.console.enabled",
  "nacos.auth.system.type": "nacos.core.auth.system.type",
  "nacos.core.auth.identity.key": "nacos.core.auth.server.identity.key",
  "nacos.core.auth.identity.value": "nacos.core.auth.server.identity.value",
  "nacos.auth.identity.key": "nacos.core.auth.server.identity.key",
  "nacos.auth.identity.value": "nacos.core.auth.server.identity.value",
  "nacos.core.auth.token.secret.key": "nacos.core.auth.plugin.nacos.token.secret.key",
  "nacos.core.auth.secret.key": "nacos.core.auth.plugin.nacos.token.secret.key",
  "nacos.core.auth.plugin.nacos.token.secret": "nacos.core.auth.plugin.nacos.token.secret.key",
  "nacos.auth.token": "nacos.core.auth.plugin.nacos.token.secret.key",
  "nacos.auth.token.secret.key": "nacos.core.auth.plugin.nacos.token.secret.key",
  "nacos.core.auth.token.expire.seconds": "nacos.core.auth.plugin.nacos.token.expire.seconds",
  "nacos.core.auth.cache.enabled": "nacos.core.auth.caching.enabled",
  "nacos.core.auth.useragentauthwhite": "nacos.core.auth.enable.userAgentAuthWhite"
};
function tokens(key) {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1.$2").toLowerCase().split(/[._\-\s]+/).filter(Boolean);
}
function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
function suggestKey(unknownKey) {
  const k = unknownKey.trim();
  const lowerKey = k.toLowerCase();
  if (INVENTED_KEYS[lowerKey]) return INVENTED_KEYS[lowerKey];
  if (BY_KEY.has(k)) return void 0;
  const want = tokens(k).join(".");
  const sameWords = AUTH_PROPERTIES.find((p) => tokens(p.key).join(".") === want);
  if (sameWords) return sameWords.key;
  let best;
  let tie = false;
  for (const p of AUTH_PROPERTIES) {
    const dist = distance(lowerKey, p.key.toLowerCase());
    if (!best || dist < best.d) {
      best = { key: p.key, d: dist };
      tie = false;
    } else if (dist === best.d) tie = true;
  }
  const limit = Math.max(2, Math.floor(k.length / 8));
  if (best && best.d <= limit && !tie) return best.key;
  const have = new Set(tokens(k));
  let bestOverlap;
  for (const p of AUTH_PROPERTIES) {
    const t = tokens(p.key);
    const common = t.filter((x) => have.has(x)).length;
    const score = common / Math.max(t.length, have.size);
    if (!bestOverlap || score > bestOverlap.score) bestOverlap = { key: p.key, score };
  }
  return bestOverlap && bestOverlap.score >= 0.8 ? bestOverlap.key : void 0;
}
var PLUGIN_TYPES = [
  { name: "nacos", range: { from: "1.2.0" } },
  { name: "ldap", range: { from: "2.0.1" } },
  { name: "oidc", range: { from: "3.2.0" } }
];
var AUTH_PLUGIN_TYPES = (v) => PLUGIN_TYPES.filter((p) => inVersionRange(v, p.range)).map((p) => p.name);
var IDENTITY_ERAS = [
  { range: { to: "1.4.0" }, scope: "never", timing: "request" },
  { range: { from: "1.4.1", to: "1.4.4" }, scope: "enabled", timing: "request", waivedByUserAgentWhite: true },
  { range: { from: "1.4.5", to: "1.4" }, scope: "enabled", timing: "startup" },
  { range: { from: "2.0.0", to: "2.2.0" }, scope: "enabled", timing: "request", waivedByUserAgentWhite: true },
  // incl. 2.2.0.1
  { range: { from: "2.2.1", to: "2.3.0" }, scope: "enabled", timing: "startup" },
  { range: { from: "2.3.1", to: "2.4" }, scope: "enabled", timing: "startup", standaloneTiming: "request", waivedByUserAgentWhite: true },
  { range: { from: "2.5.0", to: "2.5" }, scope: "enabled", timing: "startup", standaloneTiming: "request" },
  { range: { from: "3.0.0" }, scope: "enabled-or-admin", timing: "startup" }
];
var SECRET_ERAS = [
  { range: { to: "2.1" }, scope: "enabled", timing: "login" },
  { range: { from: "2.2.0", to: "2.2.1" }, scope: "always", timing: "startup" },
  { range: { from: "2.2.2", to: "2.5" }, scope: "enabled", timing: "startup" },
  { range: { from: "3.0.0" }, scope: "enabled-or-console", timing: "startup" }
];
function userAgentWhite(v, s) {
  return s.userAgentAuthWhite ?? parseSpringBoolean(codeDefault("nacos.core.auth.enable.userAgentAuthWhite", v) ?? "false") === true;
}
function evaluate(eras, v, s) {
  const era = eras.find((e) => inVersionRange(v, e.range));
  if (!era || era.scope === "never") return { required: false, timing: "none", reason: era ? "not-supported" : "not-required" };
  const timing = s.standalone && era.standaloneTiming ? era.standaloneTiming : era.timing;
  if (era.scope === "always") return { required: true, timing, reason: "always" };
  if (s.enabled === true) {
    if (timing === "request" && era.waivedByUserAgentWhite && userAgentWhite(v, s)) {
      return { required: false, timing: "none", reason: "not-required", waivedBy: "userAgentAuthWhite" };
    }
    return { required: true, timing, reason: "auth-enabled" };
  }
  if (era.scope === "enabled-or-admin" && s.adminEnabled !== false) {
    return { required: true, timing, reason: s.adminEnabled === void 0 ? "admin-enabled-default" : "admin-enabled" };
  }
  if (era.scope === "enabled-or-console" && s.consoleEnabled !== false) {
    return { required: true, timing, reason: s.consoleEnabled === void 0 ? "console-enabled-default" : "console-enabled" };
  }
  return { required: false, timing: "none", reason: "not-required" };
}
function identityRequirement(v, settings) {
  return evaluate(IDENTITY_ERAS, v, settings);
}
function secretRequirement(v, settings) {
  return evaluate(SECRET_ERAS, v, settings);
}
function identityRequired(v, settings) {
  return identityRequirement(v, settings).required;
}
function secretRequired(v, settings) {
  return secretRequirement(v, settings).required;
}

// server/src/core/nacos/imageProperties.ts
var SECRET = "SecretKey012345678901234567890123456789012345678901234567890123456789";
var IGNORE = "${NACOS_SECURITY_IGNORE_URLS:/,/error,/**/*.css,/**/*.js,/**/*.html,/**/*.map,/**/*.svg,/**/*.png,/**/*.ico,/console-fe/public/**,/v1/auth/**,/v1/console/health/**,/actuator/**,/v1/console/server/**}";
var IMAGE_PROPERTIES_FILES = [
  {
    range: { to: "1.4.0" },
    verifiedAt: [],
    unverified: "lines reconstructed from facts \xA74.1 (branches 1.2.0\u20131.4.0: no identity, no userAgentAuthWhite)",
    lines: `
nacos.core.auth.system.type=\${NACOS_AUTH_SYSTEM_TYPE:nacos}
nacos.core.auth.default.token.expire.seconds=\${NACOS_AUTH_TOKEN_EXPIRE_SECONDS:18000}
nacos.core.auth.default.token.secret.key=\${NACOS_AUTH_TOKEN:${SECRET}}
nacos.core.auth.caching.enabled=\${NACOS_AUTH_CACHE_ENABLE:false}
nacos.security.ignore.urls=${IGNORE}`
  },
  {
    // v1.4.1 added the identity placeholders (commit 0e15aa0); v2.1.0 still used the default.token.* names (#9830).
    range: { from: "1.4.1", to: "1.4.3" },
    verifiedAt: [],
    unverified: "assumed equal to the verified v2.0.3 file (facts \xA74.1 puts them in one column)",
    lines: fileV141()
  },
  {
    // v1.4.4 maps NACOS_AUTH_TOKEN to the 2.x name, which a 1.4 server ignores (#10311).
    range: { from: "1.4.4", to: "1.4.4" },
    verifiedAt: [],
    unverified: "only the token line is from facts \xA74.1; the other lines assume the v2.1.1 file it was built from",
    lines: fileV211()
  },
  {
    range: { from: "1.4.5", to: "1.4" },
    verifiedAt: [],
    unverified: "token and identity lines from facts \xA74.1; the other lines assume the v1.4.3 file",
    lines: `
nacos.core.auth.system.type=\${NACOS_AUTH_SYSTEM_TYPE:nacos}
nacos.core.auth.default.token.expire.seconds=\${NACOS_AUTH_TOKEN_EXPIRE_SECONDS:18000}
nacos.core.auth.default.token.secret.key=\${NACOS_AUTH_TOKEN:}
nacos.core.auth.caching.enabled=\${NACOS_AUTH_CACHE_ENABLE:false}
nacos.core.auth.enable.userAgentAuthWhite=\${NACOS_AUTH_USER_AGENT_AUTH_WHITE_ENABLE:false}
nacos.core.auth.server.identity.key=\${NACOS_AUTH_IDENTITY_KEY:}
nacos.core.auth.server.identity.value=\${NACOS_AUTH_IDENTITY_VALUE:}
nacos.security.ignore.urls=${IGNORE}`
  },
  { range: { from: "2.0.0", to: "2.1.0" }, verifiedAt: ["v2.0.3"], lines: fileV141() },
  { range: { from: "2.1.1", to: "2.2.0" }, verifiedAt: ["v2.2.0"], lines: fileV211() },
  // to v2.2.0.1
  {
    // v2.2.1 dropped the defaults without adding `:` (b915417): unset variables fail with "Could not resolve placeholder".
    range: { from: "2.2.1", to: "2.2.1" },
    verifiedAt: ["v2.2.1"],
    lines: `
nacos.core.auth.system.type=\${NACOS_AUTH_SYSTEM_TYPE:nacos}
nacos.core.auth.plugin.nacos.token.expire.seconds=\${NACOS_AUTH_TOKEN_EXPIRE_SECONDS:18000}
nacos.core.auth.plugin.nacos.token.secret.key=\${NACOS_AUTH_TOKEN}
nacos.core.auth.caching.enabled=\${NACOS_AUTH_CACHE_ENABLE:false}
nacos.core.auth.enable.userAgentAuthWhite=\${NACOS_AUTH_USER_AGENT_AUTH_WHITE_ENABLE:false}
nacos.core.auth.server.identity.key=\${NACOS_AUTH_IDENTITY_KEY}
nacos.core.auth.server.identity.value=\${NACOS_AUTH_IDENTITY_VALUE}
nacos.security.ignore.urls=${IGNORE}`
  },
  {
    range: { from: "2.2.2", to: "2" },
    verifiedAt: ["v2.3.0", "v2.5.1"],
    lines: `
nacos.core.auth.system.type=\${NACOS_AUTH_SYSTEM_TYPE:nacos}
nacos.core.auth.plugin.nacos.token.expire.seconds=\${NACOS_AUTH_TOKEN_EXPIRE_SECONDS:18000}
nacos.core.auth.plugin.nacos.token.secret.key=\${NACOS_AUTH_TOKEN:}
nacos.core.auth.caching.enabled=\${NACOS_AUTH_CACHE_ENABLE:false}
nacos.core.auth.enable.userAgentAuthWhite=\${NACOS_AUTH_USER_AGENT_AUTH_WHITE_ENABLE:false}
nacos.core.auth.server.identity.key=\${NACOS_AUTH_IDENTITY_KEY:}
nacos.core.auth.server.identity.value=\${NACOS_AUTH_IDENTITY_VALUE:}
nacos.security.ignore.urls=${IGNORE}`
  },
  { range: { from: "3.0.0", to: "3.1" }, verifiedAt: ["v3.0.0"], lines: fileV3(false) },
  { range: { from: "3.2.0" }, verifiedAt: ["v3.2.3"], lines: fileV3(true) }
];
function fileV141() {
  return `
nacos.core.auth.system.type=\${NACOS_AUTH_SYSTEM_TYPE:nacos}
nacos.core.auth.default.token.expire.seconds=\${NACOS_AUTH_TOKEN_EXPIRE_SECONDS:18000}
nacos.core.auth.default.token.secret.key=\${NACOS_AUTH_TOKEN:${SECRET}}
nacos.core.auth.caching.enabled=\${NACOS_AUTH_CACHE_ENABLE:false}
nacos.core.auth.enable.userAgentAuthWhite=\${NACOS_AUTH_USER_AGENT_AUTH_WHITE_ENABLE:false}
nacos.core.auth.server.identity.key=\${NACOS_AUTH_IDENTITY_KEY:serverIdentity}
nacos.core.auth.server.identity.value=\${NACOS_AUTH_IDENTITY_VALUE:security}
nacos.security.ignore.urls=${IGNORE}`;
}
function fileV211() {
  return `
nacos.core.auth.system.type=\${NACOS_AUTH_SYSTEM_TYPE:nacos}
nacos.core.auth.plugin.nacos.token.expire.seconds=\${NACOS_AUTH_TOKEN_EXPIRE_SECONDS:18000}
nacos.core.auth.plugin.nacos.token.secret.key=\${NACOS_AUTH_TOKEN:${SECRET}}
nacos.core.auth.caching.enabled=\${NACOS_AUTH_CACHE_ENABLE:false}
nacos.core.auth.enable.userAgentAuthWhite=\${NACOS_AUTH_USER_AGENT_AUTH_WHITE_ENABLE:false}
nacos.core.auth.server.identity.key=\${NACOS_AUTH_IDENTITY_KEY:serverIdentity}
nacos.core.auth.server.identity.value=\${NACOS_AUTH_IDENTITY_VALUE:security}
nacos.security.ignore.urls=${IGNORE}`;
}
function fileV3(anonymousAi) {
  return `
nacos.security.ignore.urls=${IGNORE}
nacos.core.auth.system.type=\${NACOS_AUTH_SYSTEM_TYPE:nacos}
nacos.core.auth.enabled=false
nacos.core.auth.admin.enabled=true
nacos.core.auth.console.enabled=true
nacos.core.auth.caching.enabled=\${NACOS_AUTH_CACHE_ENABLE:false}
nacos.core.auth.server.identity.key=\${NACOS_AUTH_IDENTITY_KEY:}
nacos.core.auth.server.identity.value=\${NACOS_AUTH_IDENTITY_VALUE:}
nacos.core.auth.plugin.nacos.token.cache.enable=false
nacos.core.auth.plugin.nacos.token.expire.seconds=\${NACOS_AUTH_TOKEN_EXPIRE_SECONDS:18000}
nacos.core.auth.plugin.nacos.token.secret.key=\${NACOS_AUTH_TOKEN:}` + (anonymousAi ? "\nnacos.core.auth.nacos.anonymous.ai.enabled=${NACOS_AUTH_ALLOW_ANONYMOUS_AI_ENABLED:false}" : "");
}
function parseLines(text) {
  return text.split("\n").filter((l) => l.trim() !== "").map((l) => {
    const eq = l.indexOf("=");
    return { key: l.slice(0, eq), value: l.slice(eq + 1) };
  });
}
var PARSED = IMAGE_PROPERTIES_FILES.map((f) => ({ file: f, entries: parseLines(f.lines) }));
function imagePlaceholderEnvNames() {
  const names = PARSED.flatMap((p) => p.entries.map((e) => parsePlaceholder(e.value)?.name)).filter((n) => !!n);
  return [...new Set(names)];
}
function imageAuthProperties(imageVersion) {
  const hit = PARSED.find((p) => inVersionRange(imageVersion, p.file.range));
  return hit ? hit.entries.map((e) => ({ ...e })) : [];
}
function parsePlaceholder(value) {
  const m = /^\$\{([^:}]+)(?::([^}]*))?\}$/.exec(value);
  return m ? { name: m[1], default: m[2] ?? null } : void 0;
}

// server/src/core/nacos/imageEnv.ts
var DEFINES = [
  { env: "NACOS_AUTH_ENABLE", property: "nacos.core.auth.enabled", range: {}, when: "non-empty" },
  { env: "NACOS_AUTH_ADMIN_ENABLE", property: "nacos.core.auth.admin.enabled", range: { from: "3.0.1" }, when: "non-empty" },
  { env: "NACOS_AUTH_CONSOLE_ENABLE", property: "nacos.core.auth.console.enabled", range: { from: "3.0.1" }, when: "non-empty" },
  // The Dockerfile sets MODE=cluster; only the exact string "standalone" adds -Dnacos.standalone=true.
  { env: "MODE", property: "nacos.standalone", range: {}, when: { equals: "standalone", value: "true" } },
  { env: "NACOS_DEPLOYMENT_TYPE", property: "nacos.deployment.type", range: { from: "3.0.0" }, when: "non-empty" }
];
function serverIgnores(property, v) {
  if (!AUTH_PROPERTIES.some((p) => p.key === property)) return void 0;
  const r = isReadBy(property, v);
  return r === "read" ? void 0 : r;
}
function imageEnvMappings(imageVersion) {
  const out = [];
  for (const { key, value } of imageAuthProperties(imageVersion)) {
    const ph = parsePlaceholder(value);
    if (!ph) continue;
    const m = { env: ph.name, property: key, mechanism: "placeholder", placeholderDefault: ph.default };
    const ignores = serverIgnores(key, imageVersion);
    if (ignores) m.serverIgnores = ignores;
    out.push(m);
  }
  for (const d of DEFINES) {
    if (inVersionRange(imageVersion, d.range)) out.push({ env: d.env, property: d.property, mechanism: "define", defineWhen: d.when });
  }
  return out;
}
var REQUIRED_ENV = [
  { env: "NACOS_AUTH_TOKEN", message: "env NACOS_AUTH_TOKEN must be set with Base64 String.", range: { from: "3.0.0" } },
  { env: "NACOS_AUTH_IDENTITY_KEY", message: "env NACOS_AUTH_IDENTITY_KEY must be set.", range: { from: "3.0.0" } },
  { env: "NACOS_AUTH_IDENTITY_VALUE", message: "env NACOS_AUTH_IDENTITY_VALUE must be set.", range: { from: "3.0.0" } }
];
function imageRequiredEnv(imageVersion) {
  return REQUIRED_ENV.filter((r) => inVersionRange(imageVersion, r.range)).map((r) => r.env);
}
function satisfiesRequiredEnv(value) {
  return value !== void 0 && value !== "";
}
var IMAGE_ARGUMENT_ENV = {
  JAVA_OPT: "jvm-options",
  JAVA_OPT_EXT: "program-arguments"
};
var IMAGE_ANOMALIES = [
  {
    range: { from: "1.4.4", to: "1.4.4" },
    env: "NACOS_AUTH_TOKEN",
    text: "maps NACOS_AUTH_TOKEN to nacos.core.auth.plugin.nacos.token.secret.key, which a 1.4 server ignores; the jar default SecretKey\u2026 stays active",
    issue: "https://github.com/alibaba/nacos/issues/10311"
  },
  {
    range: { from: "2.1.0", to: "2.1.0" },
    env: "NACOS_AUTH_TOKEN",
    text: "maps NACOS_AUTH_TOKEN to nacos.core.auth.default.token.secret.key, which server 2.1.0 ignores; the jar default SecretKey\u2026 stays active",
    issue: "https://github.com/alibaba/nacos/issues/9830"
  }
];
function imageAnomalies(imageVersion) {
  return IMAGE_ANOMALIES.filter((a) => inVersionRange(imageVersion, a.range));
}
var OTHER_IMAGE_ENV = [
  // placeholders in build/conf/application.properties
  "SERVER_SERVLET_CONTEXTPATH",
  "NACOS_APPLICATION_PORT",
  "TOMCAT_ACCESSLOG_ENABLED",
  "SPRING_DATASOURCE_PLATFORM",
  "MYSQL_DATABASE_NUM",
  "MYSQL_SERVICE_HOST",
  "MYSQL_SERVICE_PORT",
  "MYSQL_SERVICE_DB_NAME",
  "MYSQL_SERVICE_DB_PARAM",
  "MYSQL_SERVICE_USER",
  "MYSQL_SERVICE_PASSWORD",
  "DB_POOL_CONNECTION_TIMEOUT",
  "NACOS_CONSOLE_PORT",
  "NACOS_CONSOLE_CONTEXTPATH",
  "NACOS_AI_REGISTRY_ENABLED",
  "NACOS_AI_REGISTRY_PORT",
  "NACOS_AI_PIPELINE_SKILL_SCANNER_ENABLED",
  // docker-startup.sh and Dockerfile ENV
  "MODE",
  "NACOS_SERVERS",
  "NACOS_SERVER_IP",
  "PREFER_HOST_MODE",
  "EMBEDDED_STORAGE",
  "FUNCTION_MODE",
  "NACOS_DEBUG",
  "JVM_XMS",
  "JVM_XMX",
  "JVM_XMN",
  "JVM_MS",
  "JVM_MMS",
  "USE_ONLY_SITE_INTERFACES",
  "PREFERRED_NETWORKS",
  "IGNORED_INTERFACES",
  "BASE_DIR",
  "CLUSTER_CONF",
  "CUSTOM_SEARCH_NAMES",
  "CUSTOM_SEARCH_LOCATIONS",
  "MEMBER_LIST",
  "NACOS_USER",
  "NACOS_VERSION",
  "NACOS_DEPLOYMENT_TYPE",
  "JAVA",
  "JAVA_HOME",
  "CLASSPATH",
  "TZ"
];
var KNOWN_IMAGE_ENV = /* @__PURE__ */ new Set([
  ...imagePlaceholderEnvNames(),
  ...DEFINES.map((d) => d.env),
  ...Object.keys(IMAGE_ARGUMENT_ENV),
  ...OTHER_IMAGE_ENV
]);
var KNOWN_IMAGE_AUTH_ENV = [...KNOWN_IMAGE_ENV].filter((e) => e.startsWith("NACOS_AUTH_") || e === "NACOS_SECURITY_IGNORE_URLS");
function relaxedNames(property) {
  const variants = (n) => [n, n.replace(/\./g, "_"), n.replace(/-/g, "_"), n.replace(/[.-]/g, "_")];
  return [.../* @__PURE__ */ new Set([...variants(property), ...variants(property.toUpperCase())])];
}
var RELAXED = /* @__PURE__ */ new Map();
for (const p of AUTH_PROPERTIES) for (const n of relaxedNames(p.key)) if (!RELAXED.has(n)) RELAXED.set(n, p.key);
function relaxedEnvToProperty(envName) {
  return RELAXED.get(envName);
}
var INVENTED_ENV = {
  NACOS_TOKEN_SECRET_KEY: "NACOS_AUTH_TOKEN",
  NACOS_AUTH_SECRET: "NACOS_AUTH_TOKEN",
  NACOS_AUTH_SECRET_KEY: "NACOS_AUTH_TOKEN",
  NACOS_AUTH_TOKEN_SECRET_KEY: "NACOS_AUTH_TOKEN",
  NACOS_SECRET_KEY: "NACOS_AUTH_TOKEN",
  NACOS_TOKEN: "NACOS_AUTH_TOKEN",
  NACOS_AUTH_ENABLED: "NACOS_AUTH_ENABLE",
  NACOS_AUTH_ADMIN_ENABLED: "NACOS_AUTH_ADMIN_ENABLE",
  NACOS_AUTH_CONSOLE_ENABLED: "NACOS_AUTH_CONSOLE_ENABLE",
  NACOS_AUTH_IDENTITY: "NACOS_AUTH_IDENTITY_KEY",
  NACOS_IDENTITY_KEY: "NACOS_AUTH_IDENTITY_KEY",
  NACOS_IDENTITY_VALUE: "NACOS_AUTH_IDENTITY_VALUE",
  NACOS_AUTH_SERVER_IDENTITY_KEY: "NACOS_AUTH_IDENTITY_KEY",
  NACOS_AUTH_SERVER_IDENTITY_VALUE: "NACOS_AUTH_IDENTITY_VALUE",
  NACOS_AUTH_CACHING_ENABLED: "NACOS_AUTH_CACHE_ENABLE",
  NACOS_AUTH_CACHE_ENABLED: "NACOS_AUTH_CACHE_ENABLE"
};
function editDistance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}
function suggestEnv(name) {
  const upper = name.trim().toUpperCase().replace(/[.-]/g, "_");
  const invented = INVENTED_ENV[name.trim().toUpperCase()] ?? INVENTED_ENV[upper];
  if (invented) return invented;
  if (KNOWN_IMAGE_ENV.has(upper) && upper !== name) return upper;
  let best;
  for (const e of KNOWN_IMAGE_AUTH_ENV) {
    const d = editDistance(upper, e);
    if (!best || d < best.d) best = { env: e, d };
  }
  return best && best.d <= Math.max(2, Math.floor(upper.length / 6)) ? best.env : void 0;
}

// test/unit/nacos-facts.test.ts
var V = (s) => {
  const v = parseVersion(s);
  import_strict.default.ok(v, `version ${s}`);
  return v;
};
var SHARED = (0, import_node_path.resolve)(process.cwd(), "../shared");
var FACTS = (0, import_node_path.resolve)(SHARED, "reference/nacos-auth-facts.md");
var CORPUS = (0, import_node_path.resolve)(SHARED, "corpus");
var OLD_DEFAULT2 = "SecretKey012345678901234567890123456789012345678901234567890123456789";
function section(md, startHeading, endHeading) {
  const start = md.search(startHeading);
  import_strict.default.ok(start >= 0, `facts heading ${startHeading}`);
  const rest = md.slice(start + 1);
  const end = rest.search(endHeading);
  return end >= 0 ? rest.slice(0, end) : rest;
}
function tableRows(text) {
  return text.split("\n").filter((l) => l.startsWith("|") && !/^\|[-\s|]+\|$/.test(l)).slice(1).map((l) => l.slice(1, l.endsWith("|") ? -1 : void 0).split(/(?<!\\)\|/).map((c) => c.trim()));
}
function authLines(path) {
  return (0, import_node_fs.readFileSync)(path, "latin1").split(/\r?\n/).filter((l) => /^\s*(nacos\.core\.auth\.|nacos\.security\.ignore\.urls)/.test(l)).map((l) => {
    const t = l.trimStart();
    const eq = t.indexOf("=");
    return { key: t.slice(0, eq).trim(), value: t.slice(eq + 1) };
  });
}
(0, import_node_test.test)("parseVersion accepts tags and settings, rejects junk and latest", () => {
  import_strict.default.deepEqual(parseVersion("v2.3.0"), { major: 2, minor: 3, patch: 0, hotfix: 0, text: "2.3.0" });
  import_strict.default.deepEqual(parseVersion("2.2.0.1"), { major: 2, minor: 2, patch: 0, hotfix: 1, text: "2.2.0.1" });
  import_strict.default.deepEqual(parseVersion("v2.2.1-slim"), { major: 2, minor: 2, patch: 1, hotfix: 0, text: "2.2.1" });
  import_strict.default.deepEqual(parseVersion("2.4"), { major: 2, minor: 4, patch: 0, hotfix: 0, text: "2.4" });
  import_strict.default.deepEqual(parseVersion("3"), { major: 3, minor: 0, patch: 0, hotfix: 0, text: "3" });
  import_strict.default.deepEqual(parseVersion(" 3.0.0-BETA "), { major: 3, minor: 0, patch: 0, hotfix: 0, text: "3.0.0" });
  for (const junk of ["latest", "", "v", "x2.3", "2.3.", "2..3", "1.2.3.4.5", "2.3.0 slim", "slim", "${NACOS_VERSION}", "2.3-"]) {
    import_strict.default.equal(parseVersion(junk), void 0, junk);
  }
});
(0, import_node_test.test)("compare, versionAtLeast, inRange with prefix upper bounds", () => {
  import_strict.default.ok(compareVersions(V("2.2.0"), V("2.2.0.1")) < 0);
  import_strict.default.ok(compareVersions(V("2.10.0"), V("2.9.9")) > 0);
  import_strict.default.equal(compareVersions(V("v2.4"), V("2.4.0")), 0);
  import_strict.default.ok(versionAtLeast(V("2.2.1"), "2.2.1"));
  import_strict.default.ok(!versionAtLeast(V("2.2.0.1"), "2.2.1"));
  import_strict.default.ok(inRange(V("2.2.4.1"), "2.2.1", "2.2.4"), "hi 2.2.4 matches 2.2.4.x");
  import_strict.default.ok(inRange(V("2.4.3"), "1.4.1", "2.4"), "hi 2.4 matches 2.4.x");
  import_strict.default.ok(!inRange(V("2.5.0"), "1.4.1", "2.4"));
  import_strict.default.ok(inRange(V("2.2.0.1"), "2.2.0", "2.2.0"));
  import_strict.default.ok(!inRange(V("2.2.0.1"), "2.1.0", "2.2.0.0"), "four components stop before the hotfix");
  import_strict.default.ok(!inRange(V("2.2.0"), "2.2.1", "2.2.4"));
});
(0, import_node_test.test)("versionFromFingerprints (facts \xA77, SPEC \xA74)", () => {
  import_strict.default.equal(versionFromFingerprints([]), void 0);
  import_strict.default.equal(versionFromFingerprints(["nacos.core.auth.enabled", "server.port"]), void 0);
  const three = versionFromFingerprints(["nacos.core.auth.enabled", "nacos.core.auth.admin.enabled"]);
  import_strict.default.equal(three.version.text, NEWEST_3X);
  import_strict.default.equal(three.from, "fingerprint");
  import_strict.default.equal(three.detail, "nacos.core.auth.admin.enabled is only read by 3.x");
  import_strict.default.equal(versionFromFingerprints(["nacos.server.main.port"]).version.major, 3);
  import_strict.default.equal(versionFromFingerprints(["nacos.core.auth.console.enabled", "nacos.core.auth.plugin.nacos.token.secret.key"]).version.major, 3);
  import_strict.default.equal(versionFromFingerprints(["nacos.core.auth.plugin.nacos.token.secret.key"]).version.text, "2.5.1");
  import_strict.default.equal(versionFromFingerprints(/* @__PURE__ */ new Set(["nacos.core.auth.default.token.expire.seconds"])).version.text, "2.0.4");
  import_strict.default.equal(versionFromFingerprints(["nacos.core.auth.default.token.secret.key", "nacos.core.auth.plugin.nacos.token.secret.key"]).version.text, "2.5.1");
  import_strict.default.equal(versionFromFingerprints(["nacos.core.auth.plugin.nacos.tokenx"]), void 0, "prefix means whole segments");
});
(0, import_node_test.test)("image tags: latest is the newest 3.x", () => {
  import_strict.default.equal(NEWEST_3X, "3.2.3");
  import_strict.default.equal(versionFromImageTag("latest").version.text, "3.2.3");
  import_strict.default.equal(versionFromImageTag(void 0).version.text, "3.2.3");
  import_strict.default.equal(versionFromImageTag("v2.2.1-slim").version.text, "2.2.1");
  import_strict.default.equal(versionFromImageTag("${NACOS_VERSION}"), void 0);
  import_strict.default.equal(defaultVersion().from, "default");
});
(0, import_node_test.test)("every published value of facts \xA73 is a known value", (t) => {
  if (!(0, import_node_fs.existsSync)(FACTS)) {
    t.skip("facts document not present");
    return;
  }
  const rows = tableRows(section((0, import_node_fs.readFileSync)(FACTS, "utf8"), /^## 3\. /m, /^## 4\. /m));
  let pairs = 0;
  let secrets = 0;
  for (const [value, field] of rows) {
    const isIdentity = /identity/i.test(field);
    const isSecret = /secret|token/i.test(field);
    if (isIdentity) {
      for (const m of value.matchAll(/`([^`]+)`\s*\/\s*`([^`]+)`/g)) {
        import_strict.default.equal(isPublicIdentity(m[1], m[2], [])?.match, "pair", `${m[1]} / ${m[2]}`);
        import_strict.default.equal(isPublicIdentity(m[1].toUpperCase(), m[2].toLowerCase(), [])?.match, "pair", "case-insensitive");
        pairs++;
      }
    }
    if (isSecret) {
      for (const m of value.matchAll(/`([^`]+)`/g)) {
        import_strict.default.ok(isPublicSecret(m[1], void 0, []), `secret ${m[1].slice(0, 8)}\u2026`);
        secrets++;
      }
    }
    if (isIdentity && isSecret && /`nil`/.test(value)) import_strict.default.equal(isPublicIdentity("nil", "nil", [])?.match, "pair");
  }
  import_strict.default.ok(pairs >= 12, `identity pairs found in \xA73: ${pairs}`);
  import_strict.default.ok(secrets >= 12, `secrets found in \xA73: ${secrets}`);
  const factsText = section((0, import_node_fs.readFileSync)(FACTS, "utf8"), /^## 3\. /m, /^## 4\. /m);
  for (const p of PUBLIC_IDENTITY_PAIRS) import_strict.default.ok(factsText.includes(`\`${p.key}\``) && factsText.includes(`\`${p.value}\``), p.key);
  for (const s of PUBLIC_SECRETS) import_strict.default.ok(factsText.includes(`\`${s.secret}\``), s.secret.slice(0, 8));
});
(0, import_node_test.test)("isPublicIdentity: pair, value alone, key alone, extra", () => {
  import_strict.default.deepEqual(isPublicIdentity("serverIdentity", "security", []), { match: "pair", source: PUBLIC_IDENTITY_PAIRS[0].source });
  import_strict.default.equal(isPublicIdentity("my-node-id", "SECURITY", [])?.match, "value");
  import_strict.default.equal(isPublicIdentity("ServerIdentity", "a8Fj2kLq9vX0pZ7mN3bC", [])?.match, "key");
  import_strict.default.equal(isPublicIdentity("x-node", "a8Fj2kLq9vX0pZ7mN3bC", []), void 0);
  import_strict.default.deepEqual(isPublicIdentity("x-node", "OurOldSharedValue", ["ouroldsharedvalue"]), { match: "value", source: "nacosAuthLint.knownValues" });
  import_strict.default.equal(isPublicIdentity("", "", []), void 0);
});
(0, import_node_test.test)("isPublicSecret compares raw strings and key bytes both ways", () => {
  const b64 = Buffer.from(OLD_DEFAULT2).toString("base64");
  import_strict.default.ok(isPublicSecret(OLD_DEFAULT2, decodeSecret(OLD_DEFAULT2, "lenient").bytes, []));
  import_strict.default.ok(isPublicSecret(b64, decodeSecret(b64, "lenient").bytes, []));
  import_strict.default.ok(isPublicSecret(`"VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg"`, decodeSecret(`"VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg"`, "lenient").bytes, []));
  import_strict.default.ok(isPublicSecret("ThisIsMyCustomSecretKey012345678", void 0, []));
  import_strict.default.equal(isPublicSecret(OLD_DEFAULT2.toLowerCase(), void 0, []), void 0);
  const random = Buffer.from(Array.from({ length: 32 }, (_, i) => i * 97 + 13 & 255)).toString("base64");
  import_strict.default.equal(isPublicSecret(random, decodeSecret(random, "lenient").bytes, []), void 0);
  import_strict.default.deepEqual(isPublicSecret(random, decodeSecret(random, "lenient").bytes, [random]), { source: "nacosAuthLint.knownValues" });
  import_strict.default.equal(isPublicSecret("", new Uint8Array(0), []), void 0);
});
(0, import_node_test.test)("the corpus env files and compose examples only use published values", (t) => {
  if (!(0, import_node_fs.existsSync)(CORPUS)) {
    t.skip("corpus not present");
    return;
  }
  const files = [];
  const walk = (d) => {
    for (const f of (0, import_node_fs.readdirSync)(d)) {
      const p = (0, import_node_path.resolve)(d, f);
      if ((0, import_node_fs.statSync)(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  for (const d of (0, import_node_fs.readdirSync)(CORPUS).filter((d2) => d2.startsWith("nacos-docker-"))) {
    for (const sub of ["env", "example"]) if ((0, import_node_fs.existsSync)((0, import_node_path.resolve)(CORPUS, d, sub))) walk((0, import_node_path.resolve)(CORPUS, d, sub));
  }
  let seen = 0;
  for (const f of files.filter((f2) => /\.(env|ya?ml)$/.test(f2))) {
    const text = (0, import_node_fs.readFileSync)(f, "utf8");
    const get = (name) => [...text.matchAll(new RegExp(`^\\s*-?\\s*${name}\\s*[=:]\\s*(\\S+)\\s*$`, "gm"))].map((m) => m[1]);
    for (const token of get("NACOS_AUTH_TOKEN").filter((v) => !v.includes("$"))) {
      import_strict.default.ok(isPublicSecret(token, void 0, []), f);
      seen++;
    }
    const keys = get("NACOS_AUTH_IDENTITY_KEY").filter((v) => !v.includes("$"));
    const values = get("NACOS_AUTH_IDENTITY_VALUE").filter((v) => !v.includes("$"));
    keys.forEach((k, i) => {
      if (values[i] !== void 0) {
        import_strict.default.equal(isPublicIdentity(k, values[i], [])?.match, "pair", f);
        seen++;
      }
    });
  }
  import_strict.default.ok(seen > 10, `values checked: ${seen}`);
});
var COLUMNS = [
  ["1.2.0", "1.3.2", "1.4.0"],
  ["1.4.1", "1.4.3", "2.0.0", "2.0.3", "2.1.0"],
  ["2.1.1", "2.2.0", "2.2.0.1"],
  ["2.2.1"],
  ["2.2.2", "2.3.0", "2.4.3", "2.5.1", "2.5.3"],
  ["3.0.0", "3.0.1", "3.1.0", "3.2.0", "3.2.3"]
];
function propertyMatcher(text) {
  const exact = /^`(nacos\.[^`]+)`/.exec(text);
  if (exact) return (k) => k === exact[1];
  if (/^`enable\.userAgentAuthWhite`/.test(text)) return (k) => k === "nacos.core.auth.enable.userAgentAuthWhite";
  if (/^`-D(nacos\.[^`]+)`/.test(text)) {
    const p = /^`-D(nacos\.[^`]+)`/.exec(text)[1];
    return (k) => k === p;
  }
  if (text.startsWith("secret")) return (k) => k.endsWith(".token.secret.key");
  if (text.startsWith("expire")) return (k) => k.endsWith(".token.expire.seconds");
  if (text.startsWith("identity key")) return (k) => k === "nacos.core.auth.server.identity.key";
  if (text.startsWith("identity value")) return (k) => k === "nacos.core.auth.server.identity.value";
  if (text.startsWith("`standalone`")) return (k) => k === "nacos.standalone";
  throw new Error(`unmapped property column: ${text}`);
}
(0, import_node_test.test)("every env var of the facts \xA74.1 table is mapped as the table says, per image version", (t) => {
  if (!(0, import_node_fs.existsSync)(FACTS)) {
    t.skip("facts document not present");
    return;
  }
  const rows = tableRows(section((0, import_node_fs.readFileSync)(FACTS, "utf8"), /^### 4\.1 /m, /^Evidence:/m));
  import_strict.default.ok(rows.length >= 15, `rows: ${rows.length}`);
  for (const row of rows) {
    const env = /^`([A-Z_]+)`$/.exec(row[0])?.[1] ?? row[0];
    import_strict.default.ok(KNOWN_IMAGE_ENV.has(env), `${env} is a known image variable`);
    const cells = row.slice(2);
    import_strict.default.equal(cells.length, COLUMNS.length, env);
    if (env in IMAGE_ARGUMENT_ENV) {
      import_strict.default.ok(cells.every((c) => c === "yes"), env);
      continue;
    }
    const isProperty = propertyMatcher(row[1]);
    let effective = "";
    cells.forEach((cell, col) => {
      if (cell.startsWith("same")) cell = effective;
      else effective = cell;
      const minimum = /\(v(\d+\.\d+(?:\.\d+)?)(?:\+|\.x)\)/.exec(cell)?.[1];
      for (const tag of COLUMNS[col]) {
        const v = V(tag);
        const mapped = imageEnvMappings(v).filter((m2) => m2.env === env);
        const label = `${env} @ v${tag}: ${cell}`;
        const applies = !cell.startsWith("\u2013") && !cell.includes("absent") && !(minimum && !versionAtLeast(v, minimum));
        if (!applies) {
          import_strict.default.equal(mapped.length, 0, label);
          continue;
        }
        import_strict.default.equal(mapped.length, 1, label);
        const m = mapped[0];
        import_strict.default.ok(isProperty(m.property), `${label} \u2192 ${m.property}`);
        if (cell.startsWith("D")) {
          import_strict.default.equal(m.mechanism, "define", label);
          if (/only if non-empty/.test(cell)) import_strict.default.equal(m.defineWhen, "non-empty", label);
        } else {
          import_strict.default.equal(m.mechanism, "placeholder", label);
          if (/no default/.test(cell)) import_strict.default.equal(m.placeholderDefault, null, label);
          const def = /`:([^`]*)`/.exec(cell)?.[1];
          if (def !== void 0) {
            if (def.endsWith("\u2026")) import_strict.default.ok(m.placeholderDefault?.startsWith(def.slice(0, -1)), label);
            else import_strict.default.equal(m.placeholderDefault, def, label);
          }
          if (/`default\.token\.secret\.key`|default\.\*/.test(cell)) import_strict.default.match(m.property, /\.default\.token\./, label);
          if (/`plugin\.nacos\.token\.secret\.key`|plugin\.\*/.test(cell)) import_strict.default.match(m.property, /\.plugin\.nacos\.token\./, label);
        }
        if (/entrypoint requires non-empty/.test(cell)) import_strict.default.ok(imageRequiredEnv(v).includes(env), label);
      }
    });
  }
});
(0, import_node_test.test)("image anomalies v1.4.4 / v2.1.0 and the 1.4.5+ line (facts \xA74.1 note)", () => {
  const token = (tag) => imageEnvMappings(V(tag)).find((m) => m.env === "NACOS_AUTH_TOKEN");
  import_strict.default.equal(token("1.4.4").property, "nacos.core.auth.plugin.nacos.token.secret.key");
  import_strict.default.equal(token("1.4.4").serverIgnores, "unknown");
  import_strict.default.equal(token("2.1.0").property, "nacos.core.auth.default.token.secret.key");
  import_strict.default.equal(token("2.1.0").serverIgnores, "unknown");
  import_strict.default.equal(token("2.1.1").serverIgnores, void 0);
  import_strict.default.equal(token("2.0.3").serverIgnores, void 0);
  import_strict.default.equal(token("1.4.5").property, "nacos.core.auth.default.token.secret.key");
  import_strict.default.equal(token("1.4.5").placeholderDefault, "");
  import_strict.default.equal(imageEnvMappings(V("1.4.8")).find((m) => m.env === "NACOS_AUTH_IDENTITY_KEY")?.placeholderDefault, "");
  import_strict.default.deepEqual(imageAnomalies(V("v1.4.4")).map((a) => a.env), ["NACOS_AUTH_TOKEN"]);
  import_strict.default.deepEqual(imageAnomalies(V("v2.1.0-slim")).map((a) => a.env), ["NACOS_AUTH_TOKEN"]);
  import_strict.default.deepEqual(imageAnomalies(V("v2.1.1")), []);
  import_strict.default.equal(imageEnvMappings(V("2.5.1")).find((m) => m.env === "NACOS_AUTH_USER_AGENT_AUTH_WHITE_ENABLE")?.serverIgnores, "ignored");
  import_strict.default.equal(imageEnvMappings(V("3.0.0")).find((m) => m.env === "NACOS_AUTH_USER_AGENT_AUTH_WHITE_ENABLE"), void 0);
  import_strict.default.ok(KNOWN_IMAGE_ENV.has("NACOS_AUTH_USER_AGENT_AUTH_WHITE_ENABLE"));
  const mode = imageEnvMappings(V("2.3.0")).find((m) => m.env === "MODE");
  import_strict.default.deepEqual(mode.defineWhen, { equals: "standalone", value: "true" });
});
(0, import_node_test.test)("3.x entrypoint requirements (facts \xA74.2)", () => {
  import_strict.default.deepEqual(imageRequiredEnv(V("2.5.3")), []);
  import_strict.default.deepEqual(imageRequiredEnv(V("3.0.0")), ["NACOS_AUTH_TOKEN", "NACOS_AUTH_IDENTITY_KEY", "NACOS_AUTH_IDENTITY_VALUE"]);
  import_strict.default.deepEqual(imageRequiredEnv(V(NEWEST_3X)), ["NACOS_AUTH_TOKEN", "NACOS_AUTH_IDENTITY_KEY", "NACOS_AUTH_IDENTITY_VALUE"]);
  import_strict.default.equal(satisfiesRequiredEnv(void 0), false);
  import_strict.default.equal(satisfiesRequiredEnv(""), false);
  import_strict.default.equal(satisfiesRequiredEnv("   "), true, "[[ -z ]] lets white space pass");
  const noDefault = imageEnvMappings(V("2.2.1")).filter((m) => m.placeholderDefault === null).map((m) => m.env);
  import_strict.default.deepEqual(noDefault.sort(), ["NACOS_AUTH_IDENTITY_KEY", "NACOS_AUTH_IDENTITY_VALUE", "NACOS_AUTH_TOKEN"]);
});
(0, import_node_test.test)("imageAuthProperties equals the auth lines of the real image files (corpus)", (t) => {
  if (!(0, import_node_fs.existsSync)(CORPUS)) {
    t.skip("corpus not present");
    return;
  }
  const tags = ["v2.0.3", "v2.2.0", "v2.2.1", "v2.3.0", "v2.5.1", "v3.0.0", "v3.2.3"];
  for (const tag of tags) {
    const file = (0, import_node_path.resolve)(CORPUS, `nacos-docker-${tag}/build/conf/application.properties`);
    import_strict.default.ok((0, import_node_fs.existsSync)(file), file);
    import_strict.default.deepEqual(imageAuthProperties(V(tag)), authLines(file), tag);
  }
  const verified = IMAGE_PROPERTIES_FILES.flatMap((f) => f.verifiedAt).sort();
  import_strict.default.deepEqual(verified, [...tags].sort());
  for (const f of IMAGE_PROPERTIES_FILES) for (const tag of f.verifiedAt) import_strict.default.ok(inVersionRange(V(tag), f.range), tag);
});
(0, import_node_test.test)("parsePlaceholder", () => {
  import_strict.default.deepEqual(parsePlaceholder("${NACOS_AUTH_TOKEN}"), { name: "NACOS_AUTH_TOKEN", default: null });
  import_strict.default.deepEqual(parsePlaceholder("${NACOS_AUTH_TOKEN:}"), { name: "NACOS_AUTH_TOKEN", default: "" });
  import_strict.default.deepEqual(parsePlaceholder("${A:/x:y,/**}"), { name: "A", default: "/x:y,/**" });
  import_strict.default.equal(parsePlaceholder("false"), void 0);
  import_strict.default.equal(parsePlaceholder("a${B}"), void 0);
});
(0, import_node_test.test)("relaxedEnvToProperty: Spring SystemEnvironmentPropertySource names", () => {
  import_strict.default.equal(relaxedEnvToProperty("NACOS_CORE_AUTH_SERVER_IDENTITY_KEY"), "nacos.core.auth.server.identity.key");
  import_strict.default.equal(relaxedEnvToProperty("NACOS_CORE_AUTH_PLUGIN_NACOS_TOKEN_SECRET_KEY"), "nacos.core.auth.plugin.nacos.token.secret.key");
  import_strict.default.equal(relaxedEnvToProperty("NACOS_CORE_AUTH_ENABLED"), "nacos.core.auth.enabled");
  import_strict.default.equal(relaxedEnvToProperty("NACOS_CORE_AUTH_ENABLE_USERAGENTAUTHWHITE"), "nacos.core.auth.enable.userAgentAuthWhite");
  import_strict.default.equal(relaxedEnvToProperty("nacos_core_auth_enable_userAgentAuthWhite"), "nacos.core.auth.enable.userAgentAuthWhite");
  import_strict.default.equal(relaxedEnvToProperty("nacos.core.auth.enabled"), "nacos.core.auth.enabled");
  import_strict.default.equal(relaxedEnvToProperty("NACOS_STANDALONE"), "nacos.standalone");
  import_strict.default.equal(relaxedEnvToProperty("Nacos_Core_Auth_Enabled"), void 0);
  import_strict.default.equal(relaxedEnvToProperty("NACOS_AUTH_TOKEN"), void 0);
  import_strict.default.equal(relaxedEnvToProperty("nacos.auth.enable"), void 0);
});
(0, import_node_test.test)("suggestEnv: invented names (facts \xA74.2, \xA76.5)", () => {
  import_strict.default.equal(suggestEnv("NACOS_TOKEN_SECRET_KEY"), "NACOS_AUTH_TOKEN");
  import_strict.default.equal(suggestEnv("NACOS_AUTH_SECRET"), "NACOS_AUTH_TOKEN");
  import_strict.default.equal(suggestEnv("nacos.auth.enable"), "NACOS_AUTH_ENABLE");
  import_strict.default.equal(suggestEnv("NACOS_AUTH_ENABLED"), "NACOS_AUTH_ENABLE");
  import_strict.default.equal(suggestEnv("NACOS_AUTH_IDENTITY_KYE"), "NACOS_AUTH_IDENTITY_KEY");
  import_strict.default.equal(suggestEnv("NACOS_AUTH_SOMETHING_ELSE_ENTIRELY"), void 0);
});
(0, import_node_test.test)("isReadBy follows facts \xA71.1 / \xA72", () => {
  const cases = [
    ["nacos.core.auth.enable.userAgentAuthWhite", "1.4.0", "unknown"],
    ["nacos.core.auth.enable.userAgentAuthWhite", "1.4.1", "read"],
    ["nacos.core.auth.enable.userAgentAuthWhite", "2.4.3", "read"],
    ["nacos.core.auth.enable.userAgentAuthWhite", "2.5.0", "ignored"],
    ["nacos.core.auth.enable.userAgentAuthWhite", "2.5.1", "ignored"],
    ["nacos.core.auth.enable.userAgentAuthWhite", "3.0.0", "unknown"],
    ["nacos.core.auth.admin.enabled", "2.5.1", "unknown"],
    ["nacos.core.auth.admin.enabled", "3.0.0", "read"],
    ["nacos.core.auth.console.enabled", "3.2.3", "read"],
    ["nacos.core.auth.default.token.secret.key", "2.0.4", "read"],
    ["nacos.core.auth.default.token.secret.key", "2.1.0", "unknown"],
    ["nacos.core.auth.plugin.nacos.token.secret.key", "2.0.4", "unknown"],
    ["nacos.core.auth.plugin.nacos.token.secret.key", "2.1.0", "read"],
    ["nacos.core.auth.plugin.nacos.token.cache.enable", "2.2.0.1", "unknown"],
    ["nacos.core.auth.plugin.nacos.token.cache.enable", "2.2.1", "read"],
    ["nacos.core.auth.server.identity.key", "1.4.0", "unknown"],
    ["nacos.core.auth.server.identity.key", "1.4.1", "read"],
    ["nacos.core.auth.ldap.userdn", "2.0.3", "read"],
    ["nacos.core.auth.ldap.userdn", "2.1.0", "unknown"],
    ["nacos.core.auth.ldap.userDn", "2.1.0", "read"],
    ["nacos.core.auth.no.such.key", "2.3.0", "unknown"]
  ];
  for (const [key, v, want] of cases) import_strict.default.equal(isReadBy(key, V(v)), want, `${key} @ ${v}`);
});
(0, import_node_test.test)("jar-embedded defaults: facts \xA71.2 table", () => {
  const secret = (v) => jarDefault(versionAtLeast(V(v), "2.1.0") ? "nacos.core.auth.plugin.nacos.token.secret.key" : "nacos.core.auth.default.token.secret.key", V(v));
  const id = (v) => [jarDefault("nacos.core.auth.server.identity.key", V(v)), jarDefault("nacos.core.auth.server.identity.value", V(v))];
  for (const v of ["1.2.0", "1.4.1", "1.4.4", "1.4.5", "1.4.8", "2.0.0", "2.0.4", "2.1.0", "2.2.0"]) import_strict.default.equal(secret(v), OLD_DEFAULT2, v);
  for (const v of ["2.2.0.1", "2.2.1", "2.5.1", "3.0.0"]) import_strict.default.equal(secret(v), "", v);
  import_strict.default.deepEqual(id("1.4.1"), [void 0, void 0]);
  for (const v of ["1.4.2", "1.4.4", "2.0.0", "2.1.0", "2.2.0", "2.2.0.1"]) import_strict.default.deepEqual(id(v), ["serverIdentity", "security"], v);
  for (const v of ["1.4.5", "1.4.8", "2.2.1", "2.5.1", "3.2.3"]) import_strict.default.deepEqual(id(v), ["", ""], v);
  import_strict.default.equal(jarDefault("nacos.core.auth.default.token.secret.key", V("2.1.0")), void 0, "not read");
});
(0, import_node_test.test)("code defaults: facts \xA71.1", () => {
  import_strict.default.equal(codeDefault("nacos.core.auth.enabled", V("2.3.0")), "false");
  import_strict.default.equal(codeDefault("nacos.core.auth.admin.enabled", V("3.0.0")), "true");
  import_strict.default.equal(codeDefault("nacos.core.auth.admin.enabled", V("2.5.1")), void 0);
  import_strict.default.equal(codeDefault("nacos.core.auth.console.enabled", V("3.0.0")), "true");
  import_strict.default.equal(codeDefault("nacos.core.auth.enable.userAgentAuthWhite", V("2.0.2")), "true");
  import_strict.default.equal(codeDefault("nacos.core.auth.enable.userAgentAuthWhite", V("2.0.3")), "false");
  import_strict.default.equal(codeDefault("nacos.core.auth.enable.userAgentAuthWhite", V("2.5.1")), "false");
  import_strict.default.equal(codeDefault("nacos.core.auth.system.type", V("2.0.0")), "");
  import_strict.default.equal(codeDefault("nacos.core.auth.caching.enabled", V("3.0.0")), "true");
  import_strict.default.equal(codeDefault("nacos.core.auth.plugin.nacos.token.expire.seconds", V("2.1.0")), "18000");
  import_strict.default.equal(codeDefault("nacos.security.ignore.urls", V("2.1.0")), "/**");
  import_strict.default.equal(codeDefault("nacos.core.auth.server.identity.value", V("2.2.1")), "");
});
(0, import_node_test.test)("shipped values equal the distribution files (corpus)", (t) => {
  if (!(0, import_node_fs.existsSync)(CORPUS)) {
    t.skip("corpus not present");
    return;
  }
  const dirs = (0, import_node_fs.readdirSync)(CORPUS).filter((d) => d.startsWith("nacos-distribution-"));
  import_strict.default.ok(dirs.length >= 10);
  for (const d of dirs) {
    const v = V(d.slice("nacos-distribution-".length));
    const lines = new Map(authLines((0, import_node_path.resolve)(CORPUS, d, "conf/application.properties")).map((l) => [l.key, l.value]));
    for (const p of AUTH_PROPERTIES) import_strict.default.equal(shippedValue(p.key, v), lines.get(p.key), `${p.key} @ ${v.text}`);
    for (const key of lines.keys()) import_strict.default.ok(authProperty(key), `${key} @ ${v.text} is catalogued`);
  }
});
(0, import_node_test.test)("catalogue shape: types, parsers, descriptions", () => {
  const keys = AUTH_PROPERTIES.map((p) => p.key);
  import_strict.default.equal(new Set(keys).size, keys.length, "unique keys");
  for (const p of AUTH_PROPERTIES) {
    import_strict.default.ok(p.description.en.length > 10 && p.description.zh.length > 5, p.key);
    import_strict.default.equal(p.type === "boolean", p.booleanParser !== void 0, p.key);
  }
  import_strict.default.equal(authProperty("nacos.core.auth.caching.enabled")?.booleanParser, "nacos-convert");
  import_strict.default.equal(authProperty("nacos.core.auth.enabled")?.booleanParser, "spring");
  import_strict.default.equal(authProperty("nacos.core.auth.plugin.nacos.token.secret.key")?.type, "secret");
  import_strict.default.equal(authProperty("nacos.core.auth.default.token.secret.key")?.renamedTo, "nacos.core.auth.plugin.nacos.token.secret.key");
  import_strict.default.ok(isPluginPassThrough("nacos.core.auth.plugin.custom.foo", V("2.1.0")));
  import_strict.default.ok(!isPluginPassThrough("nacos.core.auth.plugin.custom.foo", V("2.0.4")));
  import_strict.default.ok(!isPluginPassThrough("nacos.core.auth.plugin.nacos.token.secret", V("2.3.0")), "typos under the nacos plugin are not pass-through");
});
(0, import_node_test.test)("boolean parsers: Spring vs Nacos ConvertUtils (facts \xA71.10)", () => {
  for (const s of ["true", "TRUE", " on", "yes ", "1", "Yes"]) import_strict.default.equal(parseSpringBoolean(s), true, s);
  for (const s of ["false", "OFF", "no", "0", " false	"]) import_strict.default.equal(parseSpringBoolean(s), false, s);
  for (const s of ["ture", "enable", "", "y", "t", "2"]) import_strict.default.equal(parseSpringBoolean(s), void 0, s);
  for (const s of ["true", "TRUE", "on", "yes", "y", "T"]) import_strict.default.equal(parseNacosBoolean(s), true, s);
  for (const s of ["true ", " true", "false", "1", "enable", ""]) import_strict.default.equal(parseNacosBoolean(s), false, s);
  import_strict.default.equal(parseAuthBoolean("nacos.core.auth.caching.enabled", "true "), false);
  import_strict.default.equal(parseAuthBoolean("nacos.core.auth.enabled", "true "), true);
});
(0, import_node_test.test)("suggestKey: inventions, spellings, typos", () => {
  import_strict.default.equal(suggestKey("nacos.auth.enable"), "nacos.core.auth.enabled");
  import_strict.default.equal(suggestKey("nacos.core.auth.enable"), "nacos.core.auth.enabled");
  import_strict.default.equal(suggestKey("nacos.core.auth.enabeld"), "nacos.core.auth.enabled");
  import_strict.default.equal(suggestKey("nacos.core.auth.server.identity.kye"), "nacos.core.auth.server.identity.key");
  import_strict.default.equal(suggestKey("nacos.core.auth.server.identityKey"), "nacos.core.auth.server.identity.key");
  import_strict.default.equal(suggestKey("nacos.core.auth.enable.useragentauthwhite"), "nacos.core.auth.enable.userAgentAuthWhite");
  import_strict.default.equal(suggestKey("nacos.core.auth.plugin.nacos.token.secert.key"), "nacos.core.auth.plugin.nacos.token.secret.key");
  import_strict.default.equal(suggestKey("nacos.core.auth.token.secret.key"), "nacos.core.auth.plugin.nacos.token.secret.key");
  import_strict.default.equal(suggestKey("nacos.core.auth.server.identity"), "nacos.core.auth.server.identity.key");
  import_strict.default.equal(suggestKey("spring.datasource.url"), void 0);
  import_strict.default.equal(suggestKey("nacos.core.auth.enabled"), void 0, "known keys get no suggestion");
});
(0, import_node_test.test)("AUTH_PLUGIN_TYPES (facts \xA71.8)", () => {
  import_strict.default.deepEqual(AUTH_PLUGIN_TYPES(V("1.4.1")), ["nacos"]);
  import_strict.default.deepEqual(AUTH_PLUGIN_TYPES(V("2.0.1")), ["nacos", "ldap"]);
  import_strict.default.deepEqual(AUTH_PLUGIN_TYPES(V("3.1.0")), ["nacos", "ldap"]);
  import_strict.default.deepEqual(AUTH_PLUGIN_TYPES(V("3.2.0")), ["nacos", "ldap", "oidc"]);
});
(0, import_node_test.test)("auth-required predicates (SPEC \xA74, facts \xA71.3, \xA71.6)", () => {
  import_strict.default.equal(identityRequired(V("2.5.1"), {}), false);
  import_strict.default.equal(identityRequired(V("2.5.1"), { enabled: true }), true);
  import_strict.default.equal(identityRequired(V("1.4.0"), { enabled: true }), false, "no identity before 1.4.1");
  import_strict.default.deepEqual(identityRequirement(V("2.3.0"), { enabled: true, standalone: true }), { required: true, timing: "startup", reason: "auth-enabled" });
  import_strict.default.deepEqual(identityRequirement(V("2.3.1"), { enabled: true, standalone: true }), { required: true, timing: "request", reason: "auth-enabled" });
  import_strict.default.equal(identityRequirement(V("2.2.0.1"), { enabled: true }).timing, "request");
  import_strict.default.equal(identityRequirement(V("1.4.5"), { enabled: true }).timing, "startup");
  import_strict.default.deepEqual(identityRequirement(V("2.0.3"), { enabled: true, userAgentAuthWhite: true }), { required: false, timing: "none", reason: "not-required", waivedBy: "userAgentAuthWhite" });
  import_strict.default.equal(identityRequirement(V("2.0.2"), { enabled: true }).waivedBy, "userAgentAuthWhite", "code default true up to 2.0.2");
  import_strict.default.equal(identityRequirement(V("2.0.3"), { enabled: true }).required, true, "code default false from 2.0.3");
  import_strict.default.equal(identityRequirement(V("2.2.1"), { enabled: true, userAgentAuthWhite: true }).timing, "startup");
  import_strict.default.equal(identityRequirement(V("2.4.3"), { enabled: true, standalone: true, userAgentAuthWhite: true }).required, false);
  import_strict.default.equal(identityRequirement(V("2.5.1"), { enabled: true, standalone: true, userAgentAuthWhite: true }).required, true, "ignored on 2.5");
  import_strict.default.deepEqual(identityRequirement(V("3.0.0"), {}), { required: true, timing: "startup", reason: "admin-enabled-default" });
  import_strict.default.equal(identityRequirement(V("3.0.0"), { adminEnabled: true }).reason, "admin-enabled");
  import_strict.default.equal(identityRequired(V("3.0.0"), { adminEnabled: false }), false);
  import_strict.default.equal(identityRequired(V("3.0.0"), { adminEnabled: false, enabled: true }), true);
  import_strict.default.equal(identityRequired(V("3.2.3"), { consoleEnabled: false }), true, "console does not matter for identity");
  import_strict.default.deepEqual(secretRequirement(V("2.1.0"), { enabled: true }), { required: true, timing: "login", reason: "auth-enabled" });
  import_strict.default.equal(secretRequired(V("2.1.0"), {}), false);
  for (const v of ["2.2.0", "2.2.0.1", "2.2.1"]) import_strict.default.deepEqual(secretRequirement(V(v), {}), { required: true, timing: "startup", reason: "always" }, v);
  import_strict.default.equal(secretRequired(V("2.2.2"), {}), false);
  import_strict.default.equal(secretRequired(V("2.5.1"), { enabled: true }), true);
  import_strict.default.deepEqual(secretRequirement(V("3.0.0"), {}), { required: true, timing: "startup", reason: "console-enabled-default" });
  import_strict.default.equal(secretRequired(V("3.0.0"), { consoleEnabled: false }), false);
  import_strict.default.equal(secretRequired(V("3.0.0"), { consoleEnabled: false, adminEnabled: true }), false, "admin does not matter for the secret");
  import_strict.default.equal(secretRequired(V("3.0.0"), { consoleEnabled: false, enabled: true }), true);
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vdGVzdC91bml0L25hY29zLWZhY3RzLnRlc3QudHMiLCAiLi4vLi4vc2VydmVyL3NyYy9jb3JlL25hY29zL3ZlcnNpb25zLnRzIiwgIi4uLy4uL3NlcnZlci9zcmMvY29yZS9uYWNvcy9kZWNvZGVycy50cyIsICIuLi8uLi9zZXJ2ZXIvc3JjL2NvcmUvbmFjb3Mva25vd25WYWx1ZXMudHMiLCAiLi4vLi4vc2VydmVyL3NyYy9jb3JlL25hY29zL3Byb3BlcnRpZXMudHMiLCAiLi4vLi4vc2VydmVyL3NyYy9jb3JlL25hY29zL2ltYWdlUHJvcGVydGllcy50cyIsICIuLi8uLi9zZXJ2ZXIvc3JjL2NvcmUvbmFjb3MvaW1hZ2VFbnYudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFRoZSBmYWN0cyB0YWJsZXMgaW4gc2VydmVyL3NyYy9jb3JlL25hY29zLyBjaGVja2VkIGFnYWluc3QgLi4vc2hhcmVkL3JlZmVyZW5jZS9uYWNvcy1hdXRoLWZhY3RzLm1kIGFuZCB0aGVcbi8vIHJlYWwgZmlsZXMgaW4gLi4vc2hhcmVkL2NvcnB1cyAod2hlbiB0aG9zZSBmb2xkZXJzIGFyZSBwcmVzZW50KSwgcGx1cyB0aGUgYmVoYXZpb3VyIG9mIHRoZSBoZWxwZXJzLlxuaW1wb3J0IHsgdGVzdCB9IGZyb20gJ25vZGU6dGVzdCc7XG5pbXBvcnQgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyBleGlzdHNTeW5jLCByZWFkRmlsZVN5bmMsIHJlYWRkaXJTeW5jLCBzdGF0U3luYyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0IHsgcmVzb2x2ZSB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQge1xuICBORVdFU1RfM1gsIGNvbXBhcmVWZXJzaW9ucywgZGVmYXVsdFZlcnNpb24sIGluUmFuZ2UsIGluVmVyc2lvblJhbmdlLCBwYXJzZVZlcnNpb24sIHZlcnNpb25BdExlYXN0LCB2ZXJzaW9uRnJvbUZpbmdlcnByaW50cyxcbiAgdmVyc2lvbkZyb21JbWFnZVRhZyxcbn0gZnJvbSAnLi4vLi4vc2VydmVyL3NyYy9jb3JlL25hY29zL3ZlcnNpb25zJztcbmltcG9ydCB7IGRlY29kZVNlY3JldCB9IGZyb20gJy4uLy4uL3NlcnZlci9zcmMvY29yZS9uYWNvcy9kZWNvZGVycyc7XG5pbXBvcnQge1xuICBQVUJMSUNfSURFTlRJVFlfUEFJUlMsIFBVQkxJQ19TRUNSRVRTLCBpc1B1YmxpY0lkZW50aXR5LCBpc1B1YmxpY1NlY3JldCxcbn0gZnJvbSAnLi4vLi4vc2VydmVyL3NyYy9jb3JlL25hY29zL2tub3duVmFsdWVzJztcbmltcG9ydCB7XG4gIEFVVEhfUExVR0lOX1RZUEVTLCBBVVRIX1BST1BFUlRJRVMsIGF1dGhQcm9wZXJ0eSwgY29kZURlZmF1bHQsIGlkZW50aXR5UmVxdWlyZWQsIGlkZW50aXR5UmVxdWlyZW1lbnQsXG4gIGlzUGx1Z2luUGFzc1Rocm91Z2gsIGlzUmVhZEJ5LCBqYXJEZWZhdWx0LCBwYXJzZUF1dGhCb29sZWFuLCBwYXJzZU5hY29zQm9vbGVhbiwgcGFyc2VTcHJpbmdCb29sZWFuLCBzZWNyZXRSZXF1aXJlZCxcbiAgc2VjcmV0UmVxdWlyZW1lbnQsIHNoaXBwZWRWYWx1ZSwgc3VnZ2VzdEtleSxcbn0gZnJvbSAnLi4vLi4vc2VydmVyL3NyYy9jb3JlL25hY29zL3Byb3BlcnRpZXMnO1xuaW1wb3J0IHtcbiAgSU1BR0VfQVJHVU1FTlRfRU5WLCBLTk9XTl9JTUFHRV9FTlYsIGltYWdlQW5vbWFsaWVzLCBpbWFnZUVudk1hcHBpbmdzLCBpbWFnZVJlcXVpcmVkRW52LCByZWxheGVkRW52VG9Qcm9wZXJ0eSxcbiAgc2F0aXNmaWVzUmVxdWlyZWRFbnYsIHN1Z2dlc3RFbnYsXG59IGZyb20gJy4uLy4uL3NlcnZlci9zcmMvY29yZS9uYWNvcy9pbWFnZUVudic7XG5pbXBvcnQgeyBJTUFHRV9QUk9QRVJUSUVTX0ZJTEVTLCBpbWFnZUF1dGhQcm9wZXJ0aWVzLCBwYXJzZVBsYWNlaG9sZGVyIH0gZnJvbSAnLi4vLi4vc2VydmVyL3NyYy9jb3JlL25hY29zL2ltYWdlUHJvcGVydGllcyc7XG5cbmNvbnN0IFYgPSAoczogc3RyaW5nKSA9PiB7XG4gIGNvbnN0IHYgPSBwYXJzZVZlcnNpb24ocyk7XG4gIGFzc2VydC5vayh2LCBgdmVyc2lvbiAke3N9YCk7XG4gIHJldHVybiB2O1xufTtcblxuY29uc3QgU0hBUkVEID0gcmVzb2x2ZShwcm9jZXNzLmN3ZCgpLCAnLi4vc2hhcmVkJyk7XG5jb25zdCBGQUNUUyA9IHJlc29sdmUoU0hBUkVELCAncmVmZXJlbmNlL25hY29zLWF1dGgtZmFjdHMubWQnKTtcbmNvbnN0IENPUlBVUyA9IHJlc29sdmUoU0hBUkVELCAnY29ycHVzJyk7XG5jb25zdCBPTERfREVGQVVMVCA9ICdTZWNyZXRLZXkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODknO1xuXG5mdW5jdGlvbiBzZWN0aW9uKG1kOiBzdHJpbmcsIHN0YXJ0SGVhZGluZzogUmVnRXhwLCBlbmRIZWFkaW5nOiBSZWdFeHApOiBzdHJpbmcge1xuICBjb25zdCBzdGFydCA9IG1kLnNlYXJjaChzdGFydEhlYWRpbmcpO1xuICBhc3NlcnQub2soc3RhcnQgPj0gMCwgYGZhY3RzIGhlYWRpbmcgJHtzdGFydEhlYWRpbmd9YCk7XG4gIGNvbnN0IHJlc3QgPSBtZC5zbGljZShzdGFydCArIDEpO1xuICBjb25zdCBlbmQgPSByZXN0LnNlYXJjaChlbmRIZWFkaW5nKTtcbiAgcmV0dXJuIGVuZCA+PSAwID8gcmVzdC5zbGljZSgwLCBlbmQpIDogcmVzdDtcbn1cblxuZnVuY3Rpb24gdGFibGVSb3dzKHRleHQ6IHN0cmluZyk6IHN0cmluZ1tdW10ge1xuICByZXR1cm4gdGV4dC5zcGxpdCgnXFxuJylcbiAgICAuZmlsdGVyKGwgPT4gbC5zdGFydHNXaXRoKCd8JykgJiYgIS9eXFx8Wy1cXHN8XStcXHwkLy50ZXN0KGwpKVxuICAgIC5zbGljZSgxKSAvLyBoZWFkZXJcbiAgICAubWFwKGwgPT4gbC5zbGljZSgxLCBsLmVuZHNXaXRoKCd8JykgPyAtMSA6IHVuZGVmaW5lZCkuc3BsaXQoLyg/PCFcXFxcKVxcfC8pLm1hcChjID0+IGMudHJpbSgpKSk7XG59XG5cbi8qKiBOb24tY29tbWVudCBga2V5PXZhbHVlYCBsaW5lcyBvZiBhIHByb3BlcnRpZXMgZmlsZSB3aG9zZSBrZXkgaXMgYW4gYXV0aCBrZXkuICovXG5mdW5jdGlvbiBhdXRoTGluZXMocGF0aDogc3RyaW5nKTogeyBrZXk6IHN0cmluZzsgdmFsdWU6IHN0cmluZyB9W10ge1xuICByZXR1cm4gcmVhZEZpbGVTeW5jKHBhdGgsICdsYXRpbjEnKS5zcGxpdCgvXFxyP1xcbi8pXG4gICAgLmZpbHRlcihsID0+IC9eXFxzKihuYWNvc1xcLmNvcmVcXC5hdXRoXFwufG5hY29zXFwuc2VjdXJpdHlcXC5pZ25vcmVcXC51cmxzKS8udGVzdChsKSlcbiAgICAubWFwKGwgPT4ge1xuICAgICAgY29uc3QgdCA9IGwudHJpbVN0YXJ0KCk7XG4gICAgICBjb25zdCBlcSA9IHQuaW5kZXhPZignPScpO1xuICAgICAgcmV0dXJuIHsga2V5OiB0LnNsaWNlKDAsIGVxKS50cmltKCksIHZhbHVlOiB0LnNsaWNlKGVxICsgMSkgfTtcbiAgICB9KTtcbn1cblxuLy8gLS0tLSB2ZXJzaW9ucyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG50ZXN0KCdwYXJzZVZlcnNpb24gYWNjZXB0cyB0YWdzIGFuZCBzZXR0aW5ncywgcmVqZWN0cyBqdW5rIGFuZCBsYXRlc3QnLCAoKSA9PiB7XG4gIGFzc2VydC5kZWVwRXF1YWwocGFyc2VWZXJzaW9uKCd2Mi4zLjAnKSwgeyBtYWpvcjogMiwgbWlub3I6IDMsIHBhdGNoOiAwLCBob3RmaXg6IDAsIHRleHQ6ICcyLjMuMCcgfSk7XG4gIGFzc2VydC5kZWVwRXF1YWwocGFyc2VWZXJzaW9uKCcyLjIuMC4xJyksIHsgbWFqb3I6IDIsIG1pbm9yOiAyLCBwYXRjaDogMCwgaG90Zml4OiAxLCB0ZXh0OiAnMi4yLjAuMScgfSk7XG4gIGFzc2VydC5kZWVwRXF1YWwocGFyc2VWZXJzaW9uKCd2Mi4yLjEtc2xpbScpLCB7IG1ham9yOiAyLCBtaW5vcjogMiwgcGF0Y2g6IDEsIGhvdGZpeDogMCwgdGV4dDogJzIuMi4xJyB9KTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChwYXJzZVZlcnNpb24oJzIuNCcpLCB7IG1ham9yOiAyLCBtaW5vcjogNCwgcGF0Y2g6IDAsIGhvdGZpeDogMCwgdGV4dDogJzIuNCcgfSk7XG4gIGFzc2VydC5kZWVwRXF1YWwocGFyc2VWZXJzaW9uKCczJyksIHsgbWFqb3I6IDMsIG1pbm9yOiAwLCBwYXRjaDogMCwgaG90Zml4OiAwLCB0ZXh0OiAnMycgfSk7XG4gIGFzc2VydC5kZWVwRXF1YWwocGFyc2VWZXJzaW9uKCcgMy4wLjAtQkVUQSAnKSwgeyBtYWpvcjogMywgbWlub3I6IDAsIHBhdGNoOiAwLCBob3RmaXg6IDAsIHRleHQ6ICczLjAuMCcgfSk7XG4gIGZvciAoY29uc3QganVuayBvZiBbJ2xhdGVzdCcsICcnLCAndicsICd4Mi4zJywgJzIuMy4nLCAnMi4uMycsICcxLjIuMy40LjUnLCAnMi4zLjAgc2xpbScsICdzbGltJywgJyR7TkFDT1NfVkVSU0lPTn0nLCAnMi4zLSddKSB7XG4gICAgYXNzZXJ0LmVxdWFsKHBhcnNlVmVyc2lvbihqdW5rKSwgdW5kZWZpbmVkLCBqdW5rKTtcbiAgfVxufSk7XG5cbnRlc3QoJ2NvbXBhcmUsIHZlcnNpb25BdExlYXN0LCBpblJhbmdlIHdpdGggcHJlZml4IHVwcGVyIGJvdW5kcycsICgpID0+IHtcbiAgYXNzZXJ0Lm9rKGNvbXBhcmVWZXJzaW9ucyhWKCcyLjIuMCcpLCBWKCcyLjIuMC4xJykpIDwgMCk7XG4gIGFzc2VydC5vayhjb21wYXJlVmVyc2lvbnMoVignMi4xMC4wJyksIFYoJzIuOS45JykpID4gMCk7XG4gIGFzc2VydC5lcXVhbChjb21wYXJlVmVyc2lvbnMoVigndjIuNCcpLCBWKCcyLjQuMCcpKSwgMCk7XG4gIGFzc2VydC5vayh2ZXJzaW9uQXRMZWFzdChWKCcyLjIuMScpLCAnMi4yLjEnKSk7XG4gIGFzc2VydC5vayghdmVyc2lvbkF0TGVhc3QoVignMi4yLjAuMScpLCAnMi4yLjEnKSk7XG4gIGFzc2VydC5vayhpblJhbmdlKFYoJzIuMi40LjEnKSwgJzIuMi4xJywgJzIuMi40JyksICdoaSAyLjIuNCBtYXRjaGVzIDIuMi40LngnKTtcbiAgYXNzZXJ0Lm9rKGluUmFuZ2UoVignMi40LjMnKSwgJzEuNC4xJywgJzIuNCcpLCAnaGkgMi40IG1hdGNoZXMgMi40LngnKTtcbiAgYXNzZXJ0Lm9rKCFpblJhbmdlKFYoJzIuNS4wJyksICcxLjQuMScsICcyLjQnKSk7XG4gIGFzc2VydC5vayhpblJhbmdlKFYoJzIuMi4wLjEnKSwgJzIuMi4wJywgJzIuMi4wJykpO1xuICBhc3NlcnQub2soIWluUmFuZ2UoVignMi4yLjAuMScpLCAnMi4xLjAnLCAnMi4yLjAuMCcpLCAnZm91ciBjb21wb25lbnRzIHN0b3AgYmVmb3JlIHRoZSBob3RmaXgnKTtcbiAgYXNzZXJ0Lm9rKCFpblJhbmdlKFYoJzIuMi4wJyksICcyLjIuMScsICcyLjIuNCcpKTtcbn0pO1xuXG50ZXN0KCd2ZXJzaW9uRnJvbUZpbmdlcnByaW50cyAoZmFjdHMgXHUwMEE3NywgU1BFQyBcdTAwQTc0KScsICgpID0+IHtcbiAgYXNzZXJ0LmVxdWFsKHZlcnNpb25Gcm9tRmluZ2VycHJpbnRzKFtdKSwgdW5kZWZpbmVkKTtcbiAgYXNzZXJ0LmVxdWFsKHZlcnNpb25Gcm9tRmluZ2VycHJpbnRzKFsnbmFjb3MuY29yZS5hdXRoLmVuYWJsZWQnLCAnc2VydmVyLnBvcnQnXSksIHVuZGVmaW5lZCk7XG4gIGNvbnN0IHRocmVlID0gdmVyc2lvbkZyb21GaW5nZXJwcmludHMoWyduYWNvcy5jb3JlLmF1dGguZW5hYmxlZCcsICduYWNvcy5jb3JlLmF1dGguYWRtaW4uZW5hYmxlZCddKSE7XG4gIGFzc2VydC5lcXVhbCh0aHJlZS52ZXJzaW9uLnRleHQsIE5FV0VTVF8zWCk7XG4gIGFzc2VydC5lcXVhbCh0aHJlZS5mcm9tLCAnZmluZ2VycHJpbnQnKTtcbiAgYXNzZXJ0LmVxdWFsKHRocmVlLmRldGFpbCwgJ25hY29zLmNvcmUuYXV0aC5hZG1pbi5lbmFibGVkIGlzIG9ubHkgcmVhZCBieSAzLngnKTtcbiAgYXNzZXJ0LmVxdWFsKHZlcnNpb25Gcm9tRmluZ2VycHJpbnRzKFsnbmFjb3Muc2VydmVyLm1haW4ucG9ydCddKSEudmVyc2lvbi5tYWpvciwgMyk7XG4gIGFzc2VydC5lcXVhbCh2ZXJzaW9uRnJvbUZpbmdlcnByaW50cyhbJ25hY29zLmNvcmUuYXV0aC5jb25zb2xlLmVuYWJsZWQnLCAnbmFjb3MuY29yZS5hdXRoLnBsdWdpbi5uYWNvcy50b2tlbi5zZWNyZXQua2V5J10pIS52ZXJzaW9uLm1ham9yLCAzKTtcbiAgYXNzZXJ0LmVxdWFsKHZlcnNpb25Gcm9tRmluZ2VycHJpbnRzKFsnbmFjb3MuY29yZS5hdXRoLnBsdWdpbi5uYWNvcy50b2tlbi5zZWNyZXQua2V5J10pIS52ZXJzaW9uLnRleHQsICcyLjUuMScpO1xuICBhc3NlcnQuZXF1YWwodmVyc2lvbkZyb21GaW5nZXJwcmludHMobmV3IFNldChbJ25hY29zLmNvcmUuYXV0aC5kZWZhdWx0LnRva2VuLmV4cGlyZS5zZWNvbmRzJ10pKSEudmVyc2lvbi50ZXh0LCAnMi4wLjQnKTtcbiAgYXNzZXJ0LmVxdWFsKHZlcnNpb25Gcm9tRmluZ2VycHJpbnRzKFsnbmFjb3MuY29yZS5hdXRoLmRlZmF1bHQudG9rZW4uc2VjcmV0LmtleScsICduYWNvcy5jb3JlLmF1dGgucGx1Z2luLm5hY29zLnRva2VuLnNlY3JldC5rZXknXSkhLnZlcnNpb24udGV4dCwgJzIuNS4xJyk7XG4gIGFzc2VydC5lcXVhbCh2ZXJzaW9uRnJvbUZpbmdlcnByaW50cyhbJ25hY29zLmNvcmUuYXV0aC5wbHVnaW4ubmFjb3MudG9rZW54J10pLCB1bmRlZmluZWQsICdwcmVmaXggbWVhbnMgd2hvbGUgc2VnbWVudHMnKTtcbn0pO1xuXG50ZXN0KCdpbWFnZSB0YWdzOiBsYXRlc3QgaXMgdGhlIG5ld2VzdCAzLngnLCAoKSA9PiB7XG4gIGFzc2VydC5lcXVhbChORVdFU1RfM1gsICczLjIuMycpO1xuICBhc3NlcnQuZXF1YWwodmVyc2lvbkZyb21JbWFnZVRhZygnbGF0ZXN0JykhLnZlcnNpb24udGV4dCwgJzMuMi4zJyk7XG4gIGFzc2VydC5lcXVhbCh2ZXJzaW9uRnJvbUltYWdlVGFnKHVuZGVmaW5lZCkhLnZlcnNpb24udGV4dCwgJzMuMi4zJyk7XG4gIGFzc2VydC5lcXVhbCh2ZXJzaW9uRnJvbUltYWdlVGFnKCd2Mi4yLjEtc2xpbScpIS52ZXJzaW9uLnRleHQsICcyLjIuMScpO1xuICBhc3NlcnQuZXF1YWwodmVyc2lvbkZyb21JbWFnZVRhZygnJHtOQUNPU19WRVJTSU9OfScpLCB1bmRlZmluZWQpO1xuICBhc3NlcnQuZXF1YWwoZGVmYXVsdFZlcnNpb24oKS5mcm9tLCAnZGVmYXVsdCcpO1xufSk7XG5cbi8vIC0tLS0ga25vd24gdmFsdWVzIChmYWN0cyBcdTAwQTczKSAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbnRlc3QoJ2V2ZXJ5IHB1Ymxpc2hlZCB2YWx1ZSBvZiBmYWN0cyBcdTAwQTczIGlzIGEga25vd24gdmFsdWUnLCB0ID0+IHtcbiAgaWYgKCFleGlzdHNTeW5jKEZBQ1RTKSkgeyB0LnNraXAoJ2ZhY3RzIGRvY3VtZW50IG5vdCBwcmVzZW50Jyk7IHJldHVybjsgfVxuICBjb25zdCByb3dzID0gdGFibGVSb3dzKHNlY3Rpb24ocmVhZEZpbGVTeW5jKEZBQ1RTLCAndXRmOCcpLCAvXiMjIDNcXC4gL20sIC9eIyMgNFxcLiAvbSkpO1xuICBsZXQgcGFpcnMgPSAwO1xuICBsZXQgc2VjcmV0cyA9IDA7XG4gIGZvciAoY29uc3QgW3ZhbHVlLCBmaWVsZF0gb2Ygcm93cykge1xuICAgIGNvbnN0IGlzSWRlbnRpdHkgPSAvaWRlbnRpdHkvaS50ZXN0KGZpZWxkKTtcbiAgICBjb25zdCBpc1NlY3JldCA9IC9zZWNyZXR8dG9rZW4vaS50ZXN0KGZpZWxkKTtcbiAgICBpZiAoaXNJZGVudGl0eSkge1xuICAgICAgZm9yIChjb25zdCBtIG9mIHZhbHVlLm1hdGNoQWxsKC9gKFteYF0rKWBcXHMqXFwvXFxzKmAoW15gXSspYC9nKSkge1xuICAgICAgICBhc3NlcnQuZXF1YWwoaXNQdWJsaWNJZGVudGl0eShtWzFdLCBtWzJdLCBbXSk/Lm1hdGNoLCAncGFpcicsIGAke21bMV19IC8gJHttWzJdfWApO1xuICAgICAgICBhc3NlcnQuZXF1YWwoaXNQdWJsaWNJZGVudGl0eShtWzFdLnRvVXBwZXJDYXNlKCksIG1bMl0udG9Mb3dlckNhc2UoKSwgW10pPy5tYXRjaCwgJ3BhaXInLCAnY2FzZS1pbnNlbnNpdGl2ZScpO1xuICAgICAgICBwYWlycysrO1xuICAgICAgfVxuICAgIH1cbiAgICBpZiAoaXNTZWNyZXQpIHtcbiAgICAgIGZvciAoY29uc3QgbSBvZiB2YWx1ZS5tYXRjaEFsbCgvYChbXmBdKylgL2cpKSB7XG4gICAgICAgIGFzc2VydC5vayhpc1B1YmxpY1NlY3JldChtWzFdLCB1bmRlZmluZWQsIFtdKSwgYHNlY3JldCAke21bMV0uc2xpY2UoMCwgOCl9XHUyMDI2YCk7XG4gICAgICAgIHNlY3JldHMrKztcbiAgICAgIH1cbiAgICB9XG4gICAgaWYgKGlzSWRlbnRpdHkgJiYgaXNTZWNyZXQgJiYgL2BuaWxgLy50ZXN0KHZhbHVlKSkgYXNzZXJ0LmVxdWFsKGlzUHVibGljSWRlbnRpdHkoJ25pbCcsICduaWwnLCBbXSk/Lm1hdGNoLCAncGFpcicpO1xuICB9XG4gIGFzc2VydC5vayhwYWlycyA+PSAxMiwgYGlkZW50aXR5IHBhaXJzIGZvdW5kIGluIFx1MDBBNzM6ICR7cGFpcnN9YCk7XG4gIGFzc2VydC5vayhzZWNyZXRzID49IDEyLCBgc2VjcmV0cyBmb3VuZCBpbiBcdTAwQTczOiAke3NlY3JldHN9YCk7XG4gIC8vIGFuZCBub3RoaW5nIGluIHRoZSBkYXRhIHRoYXQgdGhlIGZhY3RzIGRvIG5vdCBsaXN0XG4gIGNvbnN0IGZhY3RzVGV4dCA9IHNlY3Rpb24ocmVhZEZpbGVTeW5jKEZBQ1RTLCAndXRmOCcpLCAvXiMjIDNcXC4gL20sIC9eIyMgNFxcLiAvbSk7XG4gIGZvciAoY29uc3QgcCBvZiBQVUJMSUNfSURFTlRJVFlfUEFJUlMpIGFzc2VydC5vayhmYWN0c1RleHQuaW5jbHVkZXMoYFxcYCR7cC5rZXl9XFxgYCkgJiYgZmFjdHNUZXh0LmluY2x1ZGVzKGBcXGAke3AudmFsdWV9XFxgYCksIHAua2V5KTtcbiAgZm9yIChjb25zdCBzIG9mIFBVQkxJQ19TRUNSRVRTKSBhc3NlcnQub2soZmFjdHNUZXh0LmluY2x1ZGVzKGBcXGAke3Muc2VjcmV0fVxcYGApLCBzLnNlY3JldC5zbGljZSgwLCA4KSk7XG59KTtcblxudGVzdCgnaXNQdWJsaWNJZGVudGl0eTogcGFpciwgdmFsdWUgYWxvbmUsIGtleSBhbG9uZSwgZXh0cmEnLCAoKSA9PiB7XG4gIGFzc2VydC5kZWVwRXF1YWwoaXNQdWJsaWNJZGVudGl0eSgnc2VydmVySWRlbnRpdHknLCAnc2VjdXJpdHknLCBbXSksIHsgbWF0Y2g6ICdwYWlyJywgc291cmNlOiBQVUJMSUNfSURFTlRJVFlfUEFJUlNbMF0uc291cmNlIH0pO1xuICBhc3NlcnQuZXF1YWwoaXNQdWJsaWNJZGVudGl0eSgnbXktbm9kZS1pZCcsICdTRUNVUklUWScsIFtdKT8ubWF0Y2gsICd2YWx1ZScpO1xuICBhc3NlcnQuZXF1YWwoaXNQdWJsaWNJZGVudGl0eSgnU2VydmVySWRlbnRpdHknLCAnYThGajJrTHE5dlgwcFo3bU4zYkMnLCBbXSk/Lm1hdGNoLCAna2V5Jyk7XG4gIGFzc2VydC5lcXVhbChpc1B1YmxpY0lkZW50aXR5KCd4LW5vZGUnLCAnYThGajJrTHE5dlgwcFo3bU4zYkMnLCBbXSksIHVuZGVmaW5lZCk7XG4gIGFzc2VydC5kZWVwRXF1YWwoaXNQdWJsaWNJZGVudGl0eSgneC1ub2RlJywgJ091ck9sZFNoYXJlZFZhbHVlJywgWydvdXJvbGRzaGFyZWR2YWx1ZSddKSwgeyBtYXRjaDogJ3ZhbHVlJywgc291cmNlOiAnbmFjb3NBdXRoTGludC5rbm93blZhbHVlcycgfSk7XG4gIGFzc2VydC5lcXVhbChpc1B1YmxpY0lkZW50aXR5KCcnLCAnJywgW10pLCB1bmRlZmluZWQpO1xufSk7XG5cbnRlc3QoJ2lzUHVibGljU2VjcmV0IGNvbXBhcmVzIHJhdyBzdHJpbmdzIGFuZCBrZXkgYnl0ZXMgYm90aCB3YXlzJywgKCkgPT4ge1xuICBjb25zdCBiNjQgPSBCdWZmZXIuZnJvbShPTERfREVGQVVMVCkudG9TdHJpbmcoJ2Jhc2U2NCcpO1xuICAvLyByYXcgb2xkIGRlZmF1bHQgb24gYW55IHZlcnNpb25cbiAgYXNzZXJ0Lm9rKGlzUHVibGljU2VjcmV0KE9MRF9ERUZBVUxULCBkZWNvZGVTZWNyZXQoT0xEX0RFRkFVTFQsICdsZW5pZW50JykuYnl0ZXMsIFtdKSk7XG4gIC8vIGl0cyBCYXNlNjQsIGRlY29kZWQgdG8gdGhlIG9sZCBkZWZhdWx0J3MgdGV4dDogbWF0Y2hlcyBieSBieXRlc1xuICBhc3NlcnQub2soaXNQdWJsaWNTZWNyZXQoYjY0LCBkZWNvZGVTZWNyZXQoYjY0LCAnbGVuaWVudCcpLmJ5dGVzLCBbXSkpO1xuICAvLyBhIHJlLXBhZGRlZCAvIHF1b3RlZCBmb3JtIHRoYXQgZGVjb2RlcyB0byB0aGUgc2FtZSBrZXlcbiAgYXNzZXJ0Lm9rKGlzUHVibGljU2VjcmV0KGBcIlZHaHBjMGx6VFhsRGRYTjBiMjFUWldOeVpYUkxaWGt3TVRJek5EVTJOemdcImAsIGRlY29kZVNlY3JldChgXCJWR2hwYzBselRYbERkWE4wYjIxVFpXTnlaWFJMWlhrd01USXpORFUyTnpnXCJgLCAnbGVuaWVudCcpLmJ5dGVzLCBbXSkpO1xuICAvLyB0aGUgdGV4dCB0aGUgZG9jcycga2V5IGRlY29kZXMgdG8sIHVzZWQgcmF3XG4gIGFzc2VydC5vayhpc1B1YmxpY1NlY3JldCgnVGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2NzgnLCB1bmRlZmluZWQsIFtdKSk7XG4gIC8vIGNhc2Utc2Vuc2l0aXZlXG4gIGFzc2VydC5lcXVhbChpc1B1YmxpY1NlY3JldChPTERfREVGQVVMVC50b0xvd2VyQ2FzZSgpLCB1bmRlZmluZWQsIFtdKSwgdW5kZWZpbmVkKTtcbiAgY29uc3QgcmFuZG9tID0gQnVmZmVyLmZyb20oQXJyYXkuZnJvbSh7IGxlbmd0aDogMzIgfSwgKF8sIGkpID0+IChpICogOTcgKyAxMykgJiAweGZmKSkudG9TdHJpbmcoJ2Jhc2U2NCcpO1xuICBhc3NlcnQuZXF1YWwoaXNQdWJsaWNTZWNyZXQocmFuZG9tLCBkZWNvZGVTZWNyZXQocmFuZG9tLCAnbGVuaWVudCcpLmJ5dGVzLCBbXSksIHVuZGVmaW5lZCk7XG4gIGFzc2VydC5kZWVwRXF1YWwoaXNQdWJsaWNTZWNyZXQocmFuZG9tLCBkZWNvZGVTZWNyZXQocmFuZG9tLCAnbGVuaWVudCcpLmJ5dGVzLCBbcmFuZG9tXSksIHsgc291cmNlOiAnbmFjb3NBdXRoTGludC5rbm93blZhbHVlcycgfSk7XG4gIGFzc2VydC5lcXVhbChpc1B1YmxpY1NlY3JldCgnJywgbmV3IFVpbnQ4QXJyYXkoMCksIFtdKSwgdW5kZWZpbmVkKTtcbn0pO1xuXG50ZXN0KCd0aGUgY29ycHVzIGVudiBmaWxlcyBhbmQgY29tcG9zZSBleGFtcGxlcyBvbmx5IHVzZSBwdWJsaXNoZWQgdmFsdWVzJywgdCA9PiB7XG4gIGlmICghZXhpc3RzU3luYyhDT1JQVVMpKSB7IHQuc2tpcCgnY29ycHVzIG5vdCBwcmVzZW50Jyk7IHJldHVybjsgfVxuICBjb25zdCBmaWxlczogc3RyaW5nW10gPSBbXTtcbiAgY29uc3Qgd2FsayA9IChkOiBzdHJpbmcpID0+IHsgZm9yIChjb25zdCBmIG9mIHJlYWRkaXJTeW5jKGQpKSB7IGNvbnN0IHAgPSByZXNvbHZlKGQsIGYpOyBpZiAoc3RhdFN5bmMocCkuaXNEaXJlY3RvcnkoKSkgd2FsayhwKTsgZWxzZSBmaWxlcy5wdXNoKHApOyB9IH07XG4gIGZvciAoY29uc3QgZCBvZiByZWFkZGlyU3luYyhDT1JQVVMpLmZpbHRlcihkID0+IGQuc3RhcnRzV2l0aCgnbmFjb3MtZG9ja2VyLScpKSkge1xuICAgIGZvciAoY29uc3Qgc3ViIG9mIFsnZW52JywgJ2V4YW1wbGUnXSkgaWYgKGV4aXN0c1N5bmMocmVzb2x2ZShDT1JQVVMsIGQsIHN1YikpKSB3YWxrKHJlc29sdmUoQ09SUFVTLCBkLCBzdWIpKTtcbiAgfVxuICBsZXQgc2VlbiA9IDA7XG4gIGZvciAoY29uc3QgZiBvZiBmaWxlcy5maWx0ZXIoZiA9PiAvXFwuKGVudnx5YT9tbCkkLy50ZXN0KGYpKSkge1xuICAgIGNvbnN0IHRleHQgPSByZWFkRmlsZVN5bmMoZiwgJ3V0ZjgnKTtcbiAgICBjb25zdCBnZXQgPSAobmFtZTogc3RyaW5nKSA9PiBbLi4udGV4dC5tYXRjaEFsbChuZXcgUmVnRXhwKGBeXFxcXHMqLT9cXFxccyoke25hbWV9XFxcXHMqWz06XVxcXFxzKihcXFxcUyspXFxcXHMqJGAsICdnbScpKV0ubWFwKG0gPT4gbVsxXSk7XG4gICAgZm9yIChjb25zdCB0b2tlbiBvZiBnZXQoJ05BQ09TX0FVVEhfVE9LRU4nKS5maWx0ZXIodiA9PiAhdi5pbmNsdWRlcygnJCcpKSkgeyBhc3NlcnQub2soaXNQdWJsaWNTZWNyZXQodG9rZW4sIHVuZGVmaW5lZCwgW10pLCBmKTsgc2VlbisrOyB9XG4gICAgY29uc3Qga2V5cyA9IGdldCgnTkFDT1NfQVVUSF9JREVOVElUWV9LRVknKS5maWx0ZXIodiA9PiAhdi5pbmNsdWRlcygnJCcpKTtcbiAgICBjb25zdCB2YWx1ZXMgPSBnZXQoJ05BQ09TX0FVVEhfSURFTlRJVFlfVkFMVUUnKS5maWx0ZXIodiA9PiAhdi5pbmNsdWRlcygnJCcpKTtcbiAgICBrZXlzLmZvckVhY2goKGssIGkpID0+IHsgaWYgKHZhbHVlc1tpXSAhPT0gdW5kZWZpbmVkKSB7IGFzc2VydC5lcXVhbChpc1B1YmxpY0lkZW50aXR5KGssIHZhbHVlc1tpXSwgW10pPy5tYXRjaCwgJ3BhaXInLCBmKTsgc2VlbisrOyB9IH0pO1xuICB9XG4gIGFzc2VydC5vayhzZWVuID4gMTAsIGB2YWx1ZXMgY2hlY2tlZDogJHtzZWVufWApO1xufSk7XG5cbi8vIC0tLS0gaW1hZ2UgZW52IChmYWN0cyBcdTAwQTc0LjEpIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4vLyBSZXByZXNlbnRhdGl2ZSBpbWFnZSB2ZXJzaW9ucyBvZiB0aGUgY29sdW1ucyBvZiB0aGUgZmFjdHMgXHUwMEE3NC4xIHRhYmxlLlxuY29uc3QgQ09MVU1OUzogc3RyaW5nW11bXSA9IFtcbiAgWycxLjIuMCcsICcxLjMuMicsICcxLjQuMCddLFxuICBbJzEuNC4xJywgJzEuNC4zJywgJzIuMC4wJywgJzIuMC4zJywgJzIuMS4wJ10sXG4gIFsnMi4xLjEnLCAnMi4yLjAnLCAnMi4yLjAuMSddLFxuICBbJzIuMi4xJ10sXG4gIFsnMi4yLjInLCAnMi4zLjAnLCAnMi40LjMnLCAnMi41LjEnLCAnMi41LjMnXSxcbiAgWyczLjAuMCcsICczLjAuMScsICczLjEuMCcsICczLjIuMCcsICczLjIuMyddLFxuXTtcblxuZnVuY3Rpb24gcHJvcGVydHlNYXRjaGVyKHRleHQ6IHN0cmluZyk6IChrZXk6IHN0cmluZykgPT4gYm9vbGVhbiB7XG4gIGNvbnN0IGV4YWN0ID0gL15gKG5hY29zXFwuW15gXSspYC8uZXhlYyh0ZXh0KTtcbiAgaWYgKGV4YWN0KSByZXR1cm4gayA9PiBrID09PSBleGFjdFsxXTtcbiAgaWYgKC9eYGVuYWJsZVxcLnVzZXJBZ2VudEF1dGhXaGl0ZWAvLnRlc3QodGV4dCkpIHJldHVybiBrID0+IGsgPT09ICduYWNvcy5jb3JlLmF1dGguZW5hYmxlLnVzZXJBZ2VudEF1dGhXaGl0ZSc7XG4gIGlmICgvXmAtRChuYWNvc1xcLlteYF0rKWAvLnRlc3QodGV4dCkpIHsgY29uc3QgcCA9IC9eYC1EKG5hY29zXFwuW15gXSspYC8uZXhlYyh0ZXh0KSFbMV07IHJldHVybiBrID0+IGsgPT09IHA7IH1cbiAgaWYgKHRleHQuc3RhcnRzV2l0aCgnc2VjcmV0JykpIHJldHVybiBrID0+IGsuZW5kc1dpdGgoJy50b2tlbi5zZWNyZXQua2V5Jyk7XG4gIGlmICh0ZXh0LnN0YXJ0c1dpdGgoJ2V4cGlyZScpKSByZXR1cm4gayA9PiBrLmVuZHNXaXRoKCcudG9rZW4uZXhwaXJlLnNlY29uZHMnKTtcbiAgaWYgKHRleHQuc3RhcnRzV2l0aCgnaWRlbnRpdHkga2V5JykpIHJldHVybiBrID0+IGsgPT09ICduYWNvcy5jb3JlLmF1dGguc2VydmVyLmlkZW50aXR5LmtleSc7XG4gIGlmICh0ZXh0LnN0YXJ0c1dpdGgoJ2lkZW50aXR5IHZhbHVlJykpIHJldHVybiBrID0+IGsgPT09ICduYWNvcy5jb3JlLmF1dGguc2VydmVyLmlkZW50aXR5LnZhbHVlJztcbiAgaWYgKHRleHQuc3RhcnRzV2l0aCgnYHN0YW5kYWxvbmVgJykpIHJldHVybiBrID0+IGsgPT09ICduYWNvcy5zdGFuZGFsb25lJztcbiAgdGhyb3cgbmV3IEVycm9yKGB1bm1hcHBlZCBwcm9wZXJ0eSBjb2x1bW46ICR7dGV4dH1gKTtcbn1cblxudGVzdCgnZXZlcnkgZW52IHZhciBvZiB0aGUgZmFjdHMgXHUwMEE3NC4xIHRhYmxlIGlzIG1hcHBlZCBhcyB0aGUgdGFibGUgc2F5cywgcGVyIGltYWdlIHZlcnNpb24nLCB0ID0+IHtcbiAgaWYgKCFleGlzdHNTeW5jKEZBQ1RTKSkgeyB0LnNraXAoJ2ZhY3RzIGRvY3VtZW50IG5vdCBwcmVzZW50Jyk7IHJldHVybjsgfVxuICBjb25zdCByb3dzID0gdGFibGVSb3dzKHNlY3Rpb24ocmVhZEZpbGVTeW5jKEZBQ1RTLCAndXRmOCcpLCAvXiMjIyA0XFwuMSAvbSwgL15FdmlkZW5jZTovbSkpO1xuICBhc3NlcnQub2socm93cy5sZW5ndGggPj0gMTUsIGByb3dzOiAke3Jvd3MubGVuZ3RofWApO1xuICBmb3IgKGNvbnN0IHJvdyBvZiByb3dzKSB7XG4gICAgY29uc3QgZW52ID0gL15gKFtBLVpfXSspYCQvLmV4ZWMocm93WzBdKT8uWzFdID8/IHJvd1swXTtcbiAgICBhc3NlcnQub2soS05PV05fSU1BR0VfRU5WLmhhcyhlbnYpLCBgJHtlbnZ9IGlzIGEga25vd24gaW1hZ2UgdmFyaWFibGVgKTtcbiAgICBjb25zdCBjZWxscyA9IHJvdy5zbGljZSgyKTtcbiAgICBhc3NlcnQuZXF1YWwoY2VsbHMubGVuZ3RoLCBDT0xVTU5TLmxlbmd0aCwgZW52KTtcbiAgICBpZiAoZW52IGluIElNQUdFX0FSR1VNRU5UX0VOVikge1xuICAgICAgYXNzZXJ0Lm9rKGNlbGxzLmV2ZXJ5KGMgPT4gYyA9PT0gJ3llcycpLCBlbnYpO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGNvbnN0IGlzUHJvcGVydHkgPSBwcm9wZXJ0eU1hdGNoZXIocm93WzFdKTtcbiAgICBsZXQgZWZmZWN0aXZlID0gJyc7XG4gICAgY2VsbHMuZm9yRWFjaCgoY2VsbCwgY29sKSA9PiB7XG4gICAgICAvLyBcInNhbWUgKFx1MjAyNilcIiByZXBlYXRzIHRoZSBwcmV2aW91cyBjb2x1bW5cbiAgICAgIGlmIChjZWxsLnN0YXJ0c1dpdGgoJ3NhbWUnKSkgY2VsbCA9IGVmZmVjdGl2ZTsgZWxzZSBlZmZlY3RpdmUgPSBjZWxsO1xuICAgICAgY29uc3QgbWluaW11bSA9IC9cXCh2KFxcZCtcXC5cXGQrKD86XFwuXFxkKyk/KSg/OlxcK3xcXC54KVxcKS8uZXhlYyhjZWxsKT8uWzFdO1xuICAgICAgZm9yIChjb25zdCB0YWcgb2YgQ09MVU1OU1tjb2xdKSB7XG4gICAgICAgIGNvbnN0IHYgPSBWKHRhZyk7XG4gICAgICAgIGNvbnN0IG1hcHBlZCA9IGltYWdlRW52TWFwcGluZ3ModikuZmlsdGVyKG0gPT4gbS5lbnYgPT09IGVudik7XG4gICAgICAgIGNvbnN0IGxhYmVsID0gYCR7ZW52fSBAIHYke3RhZ306ICR7Y2VsbH1gO1xuICAgICAgICBjb25zdCBhcHBsaWVzID0gIWNlbGwuc3RhcnRzV2l0aCgnXHUyMDEzJykgJiYgIWNlbGwuaW5jbHVkZXMoJ2Fic2VudCcpICYmICEobWluaW11bSAmJiAhdmVyc2lvbkF0TGVhc3QodiwgbWluaW11bSkpO1xuICAgICAgICBpZiAoIWFwcGxpZXMpIHtcbiAgICAgICAgICBhc3NlcnQuZXF1YWwobWFwcGVkLmxlbmd0aCwgMCwgbGFiZWwpO1xuICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICB9XG4gICAgICAgIGFzc2VydC5lcXVhbChtYXBwZWQubGVuZ3RoLCAxLCBsYWJlbCk7XG4gICAgICAgIGNvbnN0IG0gPSBtYXBwZWRbMF07XG4gICAgICAgIGFzc2VydC5vayhpc1Byb3BlcnR5KG0ucHJvcGVydHkpLCBgJHtsYWJlbH0gXHUyMTkyICR7bS5wcm9wZXJ0eX1gKTtcbiAgICAgICAgaWYgKGNlbGwuc3RhcnRzV2l0aCgnRCcpKSB7XG4gICAgICAgICAgYXNzZXJ0LmVxdWFsKG0ubWVjaGFuaXNtLCAnZGVmaW5lJywgbGFiZWwpO1xuICAgICAgICAgIGlmICgvb25seSBpZiBub24tZW1wdHkvLnRlc3QoY2VsbCkpIGFzc2VydC5lcXVhbChtLmRlZmluZVdoZW4sICdub24tZW1wdHknLCBsYWJlbCk7XG4gICAgICAgIH0gZWxzZSB7XG4gICAgICAgICAgYXNzZXJ0LmVxdWFsKG0ubWVjaGFuaXNtLCAncGxhY2Vob2xkZXInLCBsYWJlbCk7XG4gICAgICAgICAgaWYgKC9ubyBkZWZhdWx0Ly50ZXN0KGNlbGwpKSBhc3NlcnQuZXF1YWwobS5wbGFjZWhvbGRlckRlZmF1bHQsIG51bGwsIGxhYmVsKTtcbiAgICAgICAgICBjb25zdCBkZWYgPSAvYDooW15gXSopYC8uZXhlYyhjZWxsKT8uWzFdO1xuICAgICAgICAgIGlmIChkZWYgIT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgICAgaWYgKGRlZi5lbmRzV2l0aCgnXHUyMDI2JykpIGFzc2VydC5vayhtLnBsYWNlaG9sZGVyRGVmYXVsdD8uc3RhcnRzV2l0aChkZWYuc2xpY2UoMCwgLTEpKSwgbGFiZWwpO1xuICAgICAgICAgICAgZWxzZSBhc3NlcnQuZXF1YWwobS5wbGFjZWhvbGRlckRlZmF1bHQsIGRlZiwgbGFiZWwpO1xuICAgICAgICAgIH1cbiAgICAgICAgICBpZiAoL2BkZWZhdWx0XFwudG9rZW5cXC5zZWNyZXRcXC5rZXlgfGRlZmF1bHRcXC5cXCovLnRlc3QoY2VsbCkpIGFzc2VydC5tYXRjaChtLnByb3BlcnR5LCAvXFwuZGVmYXVsdFxcLnRva2VuXFwuLywgbGFiZWwpO1xuICAgICAgICAgIGlmICgvYHBsdWdpblxcLm5hY29zXFwudG9rZW5cXC5zZWNyZXRcXC5rZXlgfHBsdWdpblxcLlxcKi8udGVzdChjZWxsKSkgYXNzZXJ0Lm1hdGNoKG0ucHJvcGVydHksIC9cXC5wbHVnaW5cXC5uYWNvc1xcLnRva2VuXFwuLywgbGFiZWwpO1xuICAgICAgICB9XG4gICAgICAgIGlmICgvZW50cnlwb2ludCByZXF1aXJlcyBub24tZW1wdHkvLnRlc3QoY2VsbCkpIGFzc2VydC5vayhpbWFnZVJlcXVpcmVkRW52KHYpLmluY2x1ZGVzKGVudiksIGxhYmVsKTtcbiAgICAgIH1cbiAgICB9KTtcbiAgfVxufSk7XG5cbnRlc3QoJ2ltYWdlIGFub21hbGllcyB2MS40LjQgLyB2Mi4xLjAgYW5kIHRoZSAxLjQuNSsgbGluZSAoZmFjdHMgXHUwMEE3NC4xIG5vdGUpJywgKCkgPT4ge1xuICBjb25zdCB0b2tlbiA9ICh0YWc6IHN0cmluZykgPT4gaW1hZ2VFbnZNYXBwaW5ncyhWKHRhZykpLmZpbmQobSA9PiBtLmVudiA9PT0gJ05BQ09TX0FVVEhfVE9LRU4nKSE7XG4gIGFzc2VydC5lcXVhbCh0b2tlbignMS40LjQnKS5wcm9wZXJ0eSwgJ25hY29zLmNvcmUuYXV0aC5wbHVnaW4ubmFjb3MudG9rZW4uc2VjcmV0LmtleScpO1xuICBhc3NlcnQuZXF1YWwodG9rZW4oJzEuNC40Jykuc2VydmVySWdub3JlcywgJ3Vua25vd24nKTtcbiAgYXNzZXJ0LmVxdWFsKHRva2VuKCcyLjEuMCcpLnByb3BlcnR5LCAnbmFjb3MuY29yZS5hdXRoLmRlZmF1bHQudG9rZW4uc2VjcmV0LmtleScpO1xuICBhc3NlcnQuZXF1YWwodG9rZW4oJzIuMS4wJykuc2VydmVySWdub3JlcywgJ3Vua25vd24nKTtcbiAgYXNzZXJ0LmVxdWFsKHRva2VuKCcyLjEuMScpLnNlcnZlcklnbm9yZXMsIHVuZGVmaW5lZCk7XG4gIGFzc2VydC5lcXVhbCh0b2tlbignMi4wLjMnKS5zZXJ2ZXJJZ25vcmVzLCB1bmRlZmluZWQpO1xuICBhc3NlcnQuZXF1YWwodG9rZW4oJzEuNC41JykucHJvcGVydHksICduYWNvcy5jb3JlLmF1dGguZGVmYXVsdC50b2tlbi5zZWNyZXQua2V5Jyk7XG4gIGFzc2VydC5lcXVhbCh0b2tlbignMS40LjUnKS5wbGFjZWhvbGRlckRlZmF1bHQsICcnKTtcbiAgYXNzZXJ0LmVxdWFsKGltYWdlRW52TWFwcGluZ3MoVignMS40LjgnKSkuZmluZChtID0+IG0uZW52ID09PSAnTkFDT1NfQVVUSF9JREVOVElUWV9LRVknKT8ucGxhY2Vob2xkZXJEZWZhdWx0LCAnJyk7XG4gIGFzc2VydC5kZWVwRXF1YWwoaW1hZ2VBbm9tYWxpZXMoVigndjEuNC40JykpLm1hcChhID0+IGEuZW52KSwgWydOQUNPU19BVVRIX1RPS0VOJ10pO1xuICBhc3NlcnQuZGVlcEVxdWFsKGltYWdlQW5vbWFsaWVzKFYoJ3YyLjEuMC1zbGltJykpLm1hcChhID0+IGEuZW52KSwgWydOQUNPU19BVVRIX1RPS0VOJ10pO1xuICBhc3NlcnQuZGVlcEVxdWFsKGltYWdlQW5vbWFsaWVzKFYoJ3YyLjEuMScpKSwgW10pO1xuICAvLyB1c2VyQWdlbnRBdXRoV2hpdGUgaXMgc3RpbGwgbWFwcGVkIG9uIHYyLjUueCBidXQgdGhlIHNlcnZlciBpZ25vcmVzIGl0OyB2MyBubyBsb25nZXIgbWFwcyBpdFxuICBhc3NlcnQuZXF1YWwoaW1hZ2VFbnZNYXBwaW5ncyhWKCcyLjUuMScpKS5maW5kKG0gPT4gbS5lbnYgPT09ICdOQUNPU19BVVRIX1VTRVJfQUdFTlRfQVVUSF9XSElURV9FTkFCTEUnKT8uc2VydmVySWdub3JlcywgJ2lnbm9yZWQnKTtcbiAgYXNzZXJ0LmVxdWFsKGltYWdlRW52TWFwcGluZ3MoVignMy4wLjAnKSkuZmluZChtID0+IG0uZW52ID09PSAnTkFDT1NfQVVUSF9VU0VSX0FHRU5UX0FVVEhfV0hJVEVfRU5BQkxFJyksIHVuZGVmaW5lZCk7XG4gIGFzc2VydC5vayhLTk9XTl9JTUFHRV9FTlYuaGFzKCdOQUNPU19BVVRIX1VTRVJfQUdFTlRfQVVUSF9XSElURV9FTkFCTEUnKSk7XG4gIGNvbnN0IG1vZGUgPSBpbWFnZUVudk1hcHBpbmdzKFYoJzIuMy4wJykpLmZpbmQobSA9PiBtLmVudiA9PT0gJ01PREUnKSE7XG4gIGFzc2VydC5kZWVwRXF1YWwobW9kZS5kZWZpbmVXaGVuLCB7IGVxdWFsczogJ3N0YW5kYWxvbmUnLCB2YWx1ZTogJ3RydWUnIH0pO1xufSk7XG5cbnRlc3QoJzMueCBlbnRyeXBvaW50IHJlcXVpcmVtZW50cyAoZmFjdHMgXHUwMEE3NC4yKScsICgpID0+IHtcbiAgYXNzZXJ0LmRlZXBFcXVhbChpbWFnZVJlcXVpcmVkRW52KFYoJzIuNS4zJykpLCBbXSk7XG4gIGFzc2VydC5kZWVwRXF1YWwoaW1hZ2VSZXF1aXJlZEVudihWKCczLjAuMCcpKSwgWydOQUNPU19BVVRIX1RPS0VOJywgJ05BQ09TX0FVVEhfSURFTlRJVFlfS0VZJywgJ05BQ09TX0FVVEhfSURFTlRJVFlfVkFMVUUnXSk7XG4gIGFzc2VydC5kZWVwRXF1YWwoaW1hZ2VSZXF1aXJlZEVudihWKE5FV0VTVF8zWCkpLCBbJ05BQ09TX0FVVEhfVE9LRU4nLCAnTkFDT1NfQVVUSF9JREVOVElUWV9LRVknLCAnTkFDT1NfQVVUSF9JREVOVElUWV9WQUxVRSddKTtcbiAgYXNzZXJ0LmVxdWFsKHNhdGlzZmllc1JlcXVpcmVkRW52KHVuZGVmaW5lZCksIGZhbHNlKTtcbiAgYXNzZXJ0LmVxdWFsKHNhdGlzZmllc1JlcXVpcmVkRW52KCcnKSwgZmFsc2UpO1xuICBhc3NlcnQuZXF1YWwoc2F0aXNmaWVzUmVxdWlyZWRFbnYoJyAgICcpLCB0cnVlLCAnW1sgLXogXV0gbGV0cyB3aGl0ZSBzcGFjZSBwYXNzJyk7XG4gIGNvbnN0IG5vRGVmYXVsdCA9IGltYWdlRW52TWFwcGluZ3MoVignMi4yLjEnKSkuZmlsdGVyKG0gPT4gbS5wbGFjZWhvbGRlckRlZmF1bHQgPT09IG51bGwpLm1hcChtID0+IG0uZW52KTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChub0RlZmF1bHQuc29ydCgpLCBbJ05BQ09TX0FVVEhfSURFTlRJVFlfS0VZJywgJ05BQ09TX0FVVEhfSURFTlRJVFlfVkFMVUUnLCAnTkFDT1NfQVVUSF9UT0tFTiddKTtcbn0pO1xuXG50ZXN0KCdpbWFnZUF1dGhQcm9wZXJ0aWVzIGVxdWFscyB0aGUgYXV0aCBsaW5lcyBvZiB0aGUgcmVhbCBpbWFnZSBmaWxlcyAoY29ycHVzKScsIHQgPT4ge1xuICBpZiAoIWV4aXN0c1N5bmMoQ09SUFVTKSkgeyB0LnNraXAoJ2NvcnB1cyBub3QgcHJlc2VudCcpOyByZXR1cm47IH1cbiAgY29uc3QgdGFncyA9IFsndjIuMC4zJywgJ3YyLjIuMCcsICd2Mi4yLjEnLCAndjIuMy4wJywgJ3YyLjUuMScsICd2My4wLjAnLCAndjMuMi4zJ107XG4gIGZvciAoY29uc3QgdGFnIG9mIHRhZ3MpIHtcbiAgICBjb25zdCBmaWxlID0gcmVzb2x2ZShDT1JQVVMsIGBuYWNvcy1kb2NrZXItJHt0YWd9L2J1aWxkL2NvbmYvYXBwbGljYXRpb24ucHJvcGVydGllc2ApO1xuICAgIGFzc2VydC5vayhleGlzdHNTeW5jKGZpbGUpLCBmaWxlKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGltYWdlQXV0aFByb3BlcnRpZXMoVih0YWcpKSwgYXV0aExpbmVzKGZpbGUpLCB0YWcpO1xuICB9XG4gIC8vIGV2ZXJ5IGNvcnB1cyB0YWcgaXMgcmVjb3JkZWQgYXMgdmVyaWZpZWQsIGFuZCBub3RoaW5nIGVsc2UgaXNcbiAgY29uc3QgdmVyaWZpZWQgPSBJTUFHRV9QUk9QRVJUSUVTX0ZJTEVTLmZsYXRNYXAoZiA9PiBmLnZlcmlmaWVkQXQpLnNvcnQoKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbCh2ZXJpZmllZCwgWy4uLnRhZ3NdLnNvcnQoKSk7XG4gIGZvciAoY29uc3QgZiBvZiBJTUFHRV9QUk9QRVJUSUVTX0ZJTEVTKSBmb3IgKGNvbnN0IHRhZyBvZiBmLnZlcmlmaWVkQXQpIGFzc2VydC5vayhpblZlcnNpb25SYW5nZShWKHRhZyksIGYucmFuZ2UpLCB0YWcpO1xufSk7XG5cbnRlc3QoJ3BhcnNlUGxhY2Vob2xkZXInLCAoKSA9PiB7XG4gIGFzc2VydC5kZWVwRXF1YWwocGFyc2VQbGFjZWhvbGRlcignJHtOQUNPU19BVVRIX1RPS0VOfScpLCB7IG5hbWU6ICdOQUNPU19BVVRIX1RPS0VOJywgZGVmYXVsdDogbnVsbCB9KTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChwYXJzZVBsYWNlaG9sZGVyKCcke05BQ09TX0FVVEhfVE9LRU46fScpLCB7IG5hbWU6ICdOQUNPU19BVVRIX1RPS0VOJywgZGVmYXVsdDogJycgfSk7XG4gIGFzc2VydC5kZWVwRXF1YWwocGFyc2VQbGFjZWhvbGRlcignJHtBOi94OnksLyoqfScpLCB7IG5hbWU6ICdBJywgZGVmYXVsdDogJy94OnksLyoqJyB9KTtcbiAgYXNzZXJ0LmVxdWFsKHBhcnNlUGxhY2Vob2xkZXIoJ2ZhbHNlJyksIHVuZGVmaW5lZCk7XG4gIGFzc2VydC5lcXVhbChwYXJzZVBsYWNlaG9sZGVyKCdhJHtCfScpLCB1bmRlZmluZWQpO1xufSk7XG5cbnRlc3QoJ3JlbGF4ZWRFbnZUb1Byb3BlcnR5OiBTcHJpbmcgU3lzdGVtRW52aXJvbm1lbnRQcm9wZXJ0eVNvdXJjZSBuYW1lcycsICgpID0+IHtcbiAgYXNzZXJ0LmVxdWFsKHJlbGF4ZWRFbnZUb1Byb3BlcnR5KCdOQUNPU19DT1JFX0FVVEhfU0VSVkVSX0lERU5USVRZX0tFWScpLCAnbmFjb3MuY29yZS5hdXRoLnNlcnZlci5pZGVudGl0eS5rZXknKTtcbiAgYXNzZXJ0LmVxdWFsKHJlbGF4ZWRFbnZUb1Byb3BlcnR5KCdOQUNPU19DT1JFX0FVVEhfUExVR0lOX05BQ09TX1RPS0VOX1NFQ1JFVF9LRVknKSwgJ25hY29zLmNvcmUuYXV0aC5wbHVnaW4ubmFjb3MudG9rZW4uc2VjcmV0LmtleScpO1xuICBhc3NlcnQuZXF1YWwocmVsYXhlZEVudlRvUHJvcGVydHkoJ05BQ09TX0NPUkVfQVVUSF9FTkFCTEVEJyksICduYWNvcy5jb3JlLmF1dGguZW5hYmxlZCcpO1xuICBhc3NlcnQuZXF1YWwocmVsYXhlZEVudlRvUHJvcGVydHkoJ05BQ09TX0NPUkVfQVVUSF9FTkFCTEVfVVNFUkFHRU5UQVVUSFdISVRFJyksICduYWNvcy5jb3JlLmF1dGguZW5hYmxlLnVzZXJBZ2VudEF1dGhXaGl0ZScpO1xuICBhc3NlcnQuZXF1YWwocmVsYXhlZEVudlRvUHJvcGVydHkoJ25hY29zX2NvcmVfYXV0aF9lbmFibGVfdXNlckFnZW50QXV0aFdoaXRlJyksICduYWNvcy5jb3JlLmF1dGguZW5hYmxlLnVzZXJBZ2VudEF1dGhXaGl0ZScpO1xuICBhc3NlcnQuZXF1YWwocmVsYXhlZEVudlRvUHJvcGVydHkoJ25hY29zLmNvcmUuYXV0aC5lbmFibGVkJyksICduYWNvcy5jb3JlLmF1dGguZW5hYmxlZCcpO1xuICBhc3NlcnQuZXF1YWwocmVsYXhlZEVudlRvUHJvcGVydHkoJ05BQ09TX1NUQU5EQUxPTkUnKSwgJ25hY29zLnN0YW5kYWxvbmUnKTtcbiAgYXNzZXJ0LmVxdWFsKHJlbGF4ZWRFbnZUb1Byb3BlcnR5KCdOYWNvc19Db3JlX0F1dGhfRW5hYmxlZCcpLCB1bmRlZmluZWQpO1xuICBhc3NlcnQuZXF1YWwocmVsYXhlZEVudlRvUHJvcGVydHkoJ05BQ09TX0FVVEhfVE9LRU4nKSwgdW5kZWZpbmVkKTtcbiAgYXNzZXJ0LmVxdWFsKHJlbGF4ZWRFbnZUb1Byb3BlcnR5KCduYWNvcy5hdXRoLmVuYWJsZScpLCB1bmRlZmluZWQpO1xufSk7XG5cbnRlc3QoJ3N1Z2dlc3RFbnY6IGludmVudGVkIG5hbWVzIChmYWN0cyBcdTAwQTc0LjIsIFx1MDBBNzYuNSknLCAoKSA9PiB7XG4gIGFzc2VydC5lcXVhbChzdWdnZXN0RW52KCdOQUNPU19UT0tFTl9TRUNSRVRfS0VZJyksICdOQUNPU19BVVRIX1RPS0VOJyk7XG4gIGFzc2VydC5lcXVhbChzdWdnZXN0RW52KCdOQUNPU19BVVRIX1NFQ1JFVCcpLCAnTkFDT1NfQVVUSF9UT0tFTicpO1xuICBhc3NlcnQuZXF1YWwoc3VnZ2VzdEVudignbmFjb3MuYXV0aC5lbmFibGUnKSwgJ05BQ09TX0FVVEhfRU5BQkxFJyk7XG4gIGFzc2VydC5lcXVhbChzdWdnZXN0RW52KCdOQUNPU19BVVRIX0VOQUJMRUQnKSwgJ05BQ09TX0FVVEhfRU5BQkxFJyk7XG4gIGFzc2VydC5lcXVhbChzdWdnZXN0RW52KCdOQUNPU19BVVRIX0lERU5USVRZX0tZRScpLCAnTkFDT1NfQVVUSF9JREVOVElUWV9LRVknKTtcbiAgYXNzZXJ0LmVxdWFsKHN1Z2dlc3RFbnYoJ05BQ09TX0FVVEhfU09NRVRISU5HX0VMU0VfRU5USVJFTFknKSwgdW5kZWZpbmVkKTtcbn0pO1xuXG4vLyAtLS0tIHByb3BlcnRpZXMgKGZhY3RzIFx1MDBBNzEuMSwgXHUwMEE3MS4yLCBcdTAwQTcyKSAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbnRlc3QoJ2lzUmVhZEJ5IGZvbGxvd3MgZmFjdHMgXHUwMEE3MS4xIC8gXHUwMEE3MicsICgpID0+IHtcbiAgY29uc3QgY2FzZXM6IFtzdHJpbmcsIHN0cmluZywgJ3JlYWQnIHwgJ2lnbm9yZWQnIHwgJ3Vua25vd24nXVtdID0gW1xuICAgIFsnbmFjb3MuY29yZS5hdXRoLmVuYWJsZS51c2VyQWdlbnRBdXRoV2hpdGUnLCAnMS40LjAnLCAndW5rbm93biddLFxuICAgIFsnbmFjb3MuY29yZS5hdXRoLmVuYWJsZS51c2VyQWdlbnRBdXRoV2hpdGUnLCAnMS40LjEnLCAncmVhZCddLFxuICAgIFsnbmFjb3MuY29yZS5hdXRoLmVuYWJsZS51c2VyQWdlbnRBdXRoV2hpdGUnLCAnMi40LjMnLCAncmVhZCddLFxuICAgIFsnbmFjb3MuY29yZS5hdXRoLmVuYWJsZS51c2VyQWdlbnRBdXRoV2hpdGUnLCAnMi41LjAnLCAnaWdub3JlZCddLFxuICAgIFsnbmFjb3MuY29yZS5hdXRoLmVuYWJsZS51c2VyQWdlbnRBdXRoV2hpdGUnLCAnMi41LjEnLCAnaWdub3JlZCddLFxuICAgIFsnbmFjb3MuY29yZS5hdXRoLmVuYWJsZS51c2VyQWdlbnRBdXRoV2hpdGUnLCAnMy4wLjAnLCAndW5rbm93biddLFxuICAgIFsnbmFjb3MuY29yZS5hdXRoLmFkbWluLmVuYWJsZWQnLCAnMi41LjEnLCAndW5rbm93biddLFxuICAgIFsnbmFjb3MuY29yZS5hdXRoLmFkbWluLmVuYWJsZWQnLCAnMy4wLjAnLCAncmVhZCddLFxuICAgIFsnbmFjb3MuY29yZS5hdXRoLmNvbnNvbGUuZW5hYmxlZCcsICczLjIuMycsICdyZWFkJ10sXG4gICAgWyduYWNvcy5jb3JlLmF1dGguZGVmYXVsdC50b2tlbi5zZWNyZXQua2V5JywgJzIuMC40JywgJ3JlYWQnXSxcbiAgICBbJ25hY29zLmNvcmUuYXV0aC5kZWZhdWx0LnRva2VuLnNlY3JldC5rZXknLCAnMi4xLjAnLCAndW5rbm93biddLFxuICAgIFsnbmFjb3MuY29yZS5hdXRoLnBsdWdpbi5uYWNvcy50b2tlbi5zZWNyZXQua2V5JywgJzIuMC40JywgJ3Vua25vd24nXSxcbiAgICBbJ25hY29zLmNvcmUuYXV0aC5wbHVnaW4ubmFjb3MudG9rZW4uc2VjcmV0LmtleScsICcyLjEuMCcsICdyZWFkJ10sXG4gICAgWyduYWNvcy5jb3JlLmF1dGgucGx1Z2luLm5hY29zLnRva2VuLmNhY2hlLmVuYWJsZScsICcyLjIuMC4xJywgJ3Vua25vd24nXSxcbiAgICBbJ25hY29zLmNvcmUuYXV0aC5wbHVnaW4ubmFjb3MudG9rZW4uY2FjaGUuZW5hYmxlJywgJzIuMi4xJywgJ3JlYWQnXSxcbiAgICBbJ25hY29zLmNvcmUuYXV0aC5zZXJ2ZXIuaWRlbnRpdHkua2V5JywgJzEuNC4wJywgJ3Vua25vd24nXSxcbiAgICBbJ25hY29zLmNvcmUuYXV0aC5zZXJ2ZXIuaWRlbnRpdHkua2V5JywgJzEuNC4xJywgJ3JlYWQnXSxcbiAgICBbJ25hY29zLmNvcmUuYXV0aC5sZGFwLnVzZXJkbicsICcyLjAuMycsICdyZWFkJ10sXG4gICAgWyduYWNvcy5jb3JlLmF1dGgubGRhcC51c2VyZG4nLCAnMi4xLjAnLCAndW5rbm93biddLFxuICAgIFsnbmFjb3MuY29yZS5hdXRoLmxkYXAudXNlckRuJywgJzIuMS4wJywgJ3JlYWQnXSxcbiAgICBbJ25hY29zLmNvcmUuYXV0aC5uby5zdWNoLmtleScsICcyLjMuMCcsICd1bmtub3duJ10sXG4gIF07XG4gIGZvciAoY29uc3QgW2tleSwgdiwgd2FudF0gb2YgY2FzZXMpIGFzc2VydC5lcXVhbChpc1JlYWRCeShrZXksIFYodikpLCB3YW50LCBgJHtrZXl9IEAgJHt2fWApO1xufSk7XG5cbnRlc3QoJ2phci1lbWJlZGRlZCBkZWZhdWx0czogZmFjdHMgXHUwMEE3MS4yIHRhYmxlJywgKCkgPT4ge1xuICBjb25zdCBzZWNyZXQgPSAodjogc3RyaW5nKSA9PiBqYXJEZWZhdWx0KHZlcnNpb25BdExlYXN0KFYodiksICcyLjEuMCcpXG4gICAgPyAnbmFjb3MuY29yZS5hdXRoLnBsdWdpbi5uYWNvcy50b2tlbi5zZWNyZXQua2V5JyA6ICduYWNvcy5jb3JlLmF1dGguZGVmYXVsdC50b2tlbi5zZWNyZXQua2V5JywgVih2KSk7XG4gIGNvbnN0IGlkID0gKHY6IHN0cmluZykgPT4gW2phckRlZmF1bHQoJ25hY29zLmNvcmUuYXV0aC5zZXJ2ZXIuaWRlbnRpdHkua2V5JywgVih2KSksIGphckRlZmF1bHQoJ25hY29zLmNvcmUuYXV0aC5zZXJ2ZXIuaWRlbnRpdHkudmFsdWUnLCBWKHYpKV07XG4gIGZvciAoY29uc3QgdiBvZiBbJzEuMi4wJywgJzEuNC4xJywgJzEuNC40JywgJzEuNC41JywgJzEuNC44JywgJzIuMC4wJywgJzIuMC40JywgJzIuMS4wJywgJzIuMi4wJ10pIGFzc2VydC5lcXVhbChzZWNyZXQodiksIE9MRF9ERUZBVUxULCB2KTtcbiAgZm9yIChjb25zdCB2IG9mIFsnMi4yLjAuMScsICcyLjIuMScsICcyLjUuMScsICczLjAuMCddKSBhc3NlcnQuZXF1YWwoc2VjcmV0KHYpLCAnJywgdik7XG4gIGFzc2VydC5kZWVwRXF1YWwoaWQoJzEuNC4xJyksIFt1bmRlZmluZWQsIHVuZGVmaW5lZF0pO1xuICBmb3IgKGNvbnN0IHYgb2YgWycxLjQuMicsICcxLjQuNCcsICcyLjAuMCcsICcyLjEuMCcsICcyLjIuMCcsICcyLjIuMC4xJ10pIGFzc2VydC5kZWVwRXF1YWwoaWQodiksIFsnc2VydmVySWRlbnRpdHknLCAnc2VjdXJpdHknXSwgdik7XG4gIGZvciAoY29uc3QgdiBvZiBbJzEuNC41JywgJzEuNC44JywgJzIuMi4xJywgJzIuNS4xJywgJzMuMi4zJ10pIGFzc2VydC5kZWVwRXF1YWwoaWQodiksIFsnJywgJyddLCB2KTtcbiAgYXNzZXJ0LmVxdWFsKGphckRlZmF1bHQoJ25hY29zLmNvcmUuYXV0aC5kZWZhdWx0LnRva2VuLnNlY3JldC5rZXknLCBWKCcyLjEuMCcpKSwgdW5kZWZpbmVkLCAnbm90IHJlYWQnKTtcbn0pO1xuXG50ZXN0KCdjb2RlIGRlZmF1bHRzOiBmYWN0cyBcdTAwQTcxLjEnLCAoKSA9PiB7XG4gIGFzc2VydC5lcXVhbChjb2RlRGVmYXVsdCgnbmFjb3MuY29yZS5hdXRoLmVuYWJsZWQnLCBWKCcyLjMuMCcpKSwgJ2ZhbHNlJyk7XG4gIGFzc2VydC5lcXVhbChjb2RlRGVmYXVsdCgnbmFjb3MuY29yZS5hdXRoLmFkbWluLmVuYWJsZWQnLCBWKCczLjAuMCcpKSwgJ3RydWUnKTtcbiAgYXNzZXJ0LmVxdWFsKGNvZGVEZWZhdWx0KCduYWNvcy5jb3JlLmF1dGguYWRtaW4uZW5hYmxlZCcsIFYoJzIuNS4xJykpLCB1bmRlZmluZWQpO1xuICBhc3NlcnQuZXF1YWwoY29kZURlZmF1bHQoJ25hY29zLmNvcmUuYXV0aC5jb25zb2xlLmVuYWJsZWQnLCBWKCczLjAuMCcpKSwgJ3RydWUnKTtcbiAgYXNzZXJ0LmVxdWFsKGNvZGVEZWZhdWx0KCduYWNvcy5jb3JlLmF1dGguZW5hYmxlLnVzZXJBZ2VudEF1dGhXaGl0ZScsIFYoJzIuMC4yJykpLCAndHJ1ZScpO1xuICBhc3NlcnQuZXF1YWwoY29kZURlZmF1bHQoJ25hY29zLmNvcmUuYXV0aC5lbmFibGUudXNlckFnZW50QXV0aFdoaXRlJywgVignMi4wLjMnKSksICdmYWxzZScpO1xuICBhc3NlcnQuZXF1YWwoY29kZURlZmF1bHQoJ25hY29zLmNvcmUuYXV0aC5lbmFibGUudXNlckFnZW50QXV0aFdoaXRlJywgVignMi41LjEnKSksICdmYWxzZScpO1xuICBhc3NlcnQuZXF1YWwoY29kZURlZmF1bHQoJ25hY29zLmNvcmUuYXV0aC5zeXN0ZW0udHlwZScsIFYoJzIuMC4wJykpLCAnJyk7XG4gIGFzc2VydC5lcXVhbChjb2RlRGVmYXVsdCgnbmFjb3MuY29yZS5hdXRoLmNhY2hpbmcuZW5hYmxlZCcsIFYoJzMuMC4wJykpLCAndHJ1ZScpO1xuICBhc3NlcnQuZXF1YWwoY29kZURlZmF1bHQoJ25hY29zLmNvcmUuYXV0aC5wbHVnaW4ubmFjb3MudG9rZW4uZXhwaXJlLnNlY29uZHMnLCBWKCcyLjEuMCcpKSwgJzE4MDAwJyk7XG4gIGFzc2VydC5lcXVhbChjb2RlRGVmYXVsdCgnbmFjb3Muc2VjdXJpdHkuaWdub3JlLnVybHMnLCBWKCcyLjEuMCcpKSwgJy8qKicpO1xuICBhc3NlcnQuZXF1YWwoY29kZURlZmF1bHQoJ25hY29zLmNvcmUuYXV0aC5zZXJ2ZXIuaWRlbnRpdHkudmFsdWUnLCBWKCcyLjIuMScpKSwgJycpO1xufSk7XG5cbnRlc3QoJ3NoaXBwZWQgdmFsdWVzIGVxdWFsIHRoZSBkaXN0cmlidXRpb24gZmlsZXMgKGNvcnB1cyknLCB0ID0+IHtcbiAgaWYgKCFleGlzdHNTeW5jKENPUlBVUykpIHsgdC5za2lwKCdjb3JwdXMgbm90IHByZXNlbnQnKTsgcmV0dXJuOyB9XG4gIGNvbnN0IGRpcnMgPSByZWFkZGlyU3luYyhDT1JQVVMpLmZpbHRlcihkID0+IGQuc3RhcnRzV2l0aCgnbmFjb3MtZGlzdHJpYnV0aW9uLScpKTtcbiAgYXNzZXJ0Lm9rKGRpcnMubGVuZ3RoID49IDEwKTtcbiAgZm9yIChjb25zdCBkIG9mIGRpcnMpIHtcbiAgICBjb25zdCB2ID0gVihkLnNsaWNlKCduYWNvcy1kaXN0cmlidXRpb24tJy5sZW5ndGgpKTtcbiAgICBjb25zdCBsaW5lcyA9IG5ldyBNYXAoYXV0aExpbmVzKHJlc29sdmUoQ09SUFVTLCBkLCAnY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJykpLm1hcChsID0+IFtsLmtleSwgbC52YWx1ZV0pKTtcbiAgICBmb3IgKGNvbnN0IHAgb2YgQVVUSF9QUk9QRVJUSUVTKSBhc3NlcnQuZXF1YWwoc2hpcHBlZFZhbHVlKHAua2V5LCB2KSwgbGluZXMuZ2V0KHAua2V5KSwgYCR7cC5rZXl9IEAgJHt2LnRleHR9YCk7XG4gICAgZm9yIChjb25zdCBrZXkgb2YgbGluZXMua2V5cygpKSBhc3NlcnQub2soYXV0aFByb3BlcnR5KGtleSksIGAke2tleX0gQCAke3YudGV4dH0gaXMgY2F0YWxvZ3VlZGApO1xuICB9XG59KTtcblxudGVzdCgnY2F0YWxvZ3VlIHNoYXBlOiB0eXBlcywgcGFyc2VycywgZGVzY3JpcHRpb25zJywgKCkgPT4ge1xuICBjb25zdCBrZXlzID0gQVVUSF9QUk9QRVJUSUVTLm1hcChwID0+IHAua2V5KTtcbiAgYXNzZXJ0LmVxdWFsKG5ldyBTZXQoa2V5cykuc2l6ZSwga2V5cy5sZW5ndGgsICd1bmlxdWUga2V5cycpO1xuICBmb3IgKGNvbnN0IHAgb2YgQVVUSF9QUk9QRVJUSUVTKSB7XG4gICAgYXNzZXJ0Lm9rKHAuZGVzY3JpcHRpb24uZW4ubGVuZ3RoID4gMTAgJiYgcC5kZXNjcmlwdGlvbi56aC5sZW5ndGggPiA1LCBwLmtleSk7XG4gICAgYXNzZXJ0LmVxdWFsKHAudHlwZSA9PT0gJ2Jvb2xlYW4nLCBwLmJvb2xlYW5QYXJzZXIgIT09IHVuZGVmaW5lZCwgcC5rZXkpO1xuICB9XG4gIGFzc2VydC5lcXVhbChhdXRoUHJvcGVydHkoJ25hY29zLmNvcmUuYXV0aC5jYWNoaW5nLmVuYWJsZWQnKT8uYm9vbGVhblBhcnNlciwgJ25hY29zLWNvbnZlcnQnKTtcbiAgYXNzZXJ0LmVxdWFsKGF1dGhQcm9wZXJ0eSgnbmFjb3MuY29yZS5hdXRoLmVuYWJsZWQnKT8uYm9vbGVhblBhcnNlciwgJ3NwcmluZycpO1xuICBhc3NlcnQuZXF1YWwoYXV0aFByb3BlcnR5KCduYWNvcy5jb3JlLmF1dGgucGx1Z2luLm5hY29zLnRva2VuLnNlY3JldC5rZXknKT8udHlwZSwgJ3NlY3JldCcpO1xuICBhc3NlcnQuZXF1YWwoYXV0aFByb3BlcnR5KCduYWNvcy5jb3JlLmF1dGguZGVmYXVsdC50b2tlbi5zZWNyZXQua2V5Jyk/LnJlbmFtZWRUbywgJ25hY29zLmNvcmUuYXV0aC5wbHVnaW4ubmFjb3MudG9rZW4uc2VjcmV0LmtleScpO1xuICBhc3NlcnQub2soaXNQbHVnaW5QYXNzVGhyb3VnaCgnbmFjb3MuY29yZS5hdXRoLnBsdWdpbi5jdXN0b20uZm9vJywgVignMi4xLjAnKSkpO1xuICBhc3NlcnQub2soIWlzUGx1Z2luUGFzc1Rocm91Z2goJ25hY29zLmNvcmUuYXV0aC5wbHVnaW4uY3VzdG9tLmZvbycsIFYoJzIuMC40JykpKTtcbiAgYXNzZXJ0Lm9rKCFpc1BsdWdpblBhc3NUaHJvdWdoKCduYWNvcy5jb3JlLmF1dGgucGx1Z2luLm5hY29zLnRva2VuLnNlY3JldCcsIFYoJzIuMy4wJykpLCAndHlwb3MgdW5kZXIgdGhlIG5hY29zIHBsdWdpbiBhcmUgbm90IHBhc3MtdGhyb3VnaCcpO1xufSk7XG5cbnRlc3QoJ2Jvb2xlYW4gcGFyc2VyczogU3ByaW5nIHZzIE5hY29zIENvbnZlcnRVdGlscyAoZmFjdHMgXHUwMEE3MS4xMCknLCAoKSA9PiB7XG4gIGZvciAoY29uc3QgcyBvZiBbJ3RydWUnLCAnVFJVRScsICcgb24nLCAneWVzICcsICcxJywgJ1llcyddKSBhc3NlcnQuZXF1YWwocGFyc2VTcHJpbmdCb29sZWFuKHMpLCB0cnVlLCBzKTtcbiAgZm9yIChjb25zdCBzIG9mIFsnZmFsc2UnLCAnT0ZGJywgJ25vJywgJzAnLCAnIGZhbHNlXFx0J10pIGFzc2VydC5lcXVhbChwYXJzZVNwcmluZ0Jvb2xlYW4ocyksIGZhbHNlLCBzKTtcbiAgZm9yIChjb25zdCBzIG9mIFsndHVyZScsICdlbmFibGUnLCAnJywgJ3knLCAndCcsICcyJ10pIGFzc2VydC5lcXVhbChwYXJzZVNwcmluZ0Jvb2xlYW4ocyksIHVuZGVmaW5lZCwgcyk7XG4gIGZvciAoY29uc3QgcyBvZiBbJ3RydWUnLCAnVFJVRScsICdvbicsICd5ZXMnLCAneScsICdUJ10pIGFzc2VydC5lcXVhbChwYXJzZU5hY29zQm9vbGVhbihzKSwgdHJ1ZSwgcyk7XG4gIGZvciAoY29uc3QgcyBvZiBbJ3RydWUgJywgJyB0cnVlJywgJ2ZhbHNlJywgJzEnLCAnZW5hYmxlJywgJyddKSBhc3NlcnQuZXF1YWwocGFyc2VOYWNvc0Jvb2xlYW4ocyksIGZhbHNlLCBzKTtcbiAgYXNzZXJ0LmVxdWFsKHBhcnNlQXV0aEJvb2xlYW4oJ25hY29zLmNvcmUuYXV0aC5jYWNoaW5nLmVuYWJsZWQnLCAndHJ1ZSAnKSwgZmFsc2UpO1xuICBhc3NlcnQuZXF1YWwocGFyc2VBdXRoQm9vbGVhbignbmFjb3MuY29yZS5hdXRoLmVuYWJsZWQnLCAndHJ1ZSAnKSwgdHJ1ZSk7XG59KTtcblxudGVzdCgnc3VnZ2VzdEtleTogaW52ZW50aW9ucywgc3BlbGxpbmdzLCB0eXBvcycsICgpID0+IHtcbiAgYXNzZXJ0LmVxdWFsKHN1Z2dlc3RLZXkoJ25hY29zLmF1dGguZW5hYmxlJyksICduYWNvcy5jb3JlLmF1dGguZW5hYmxlZCcpO1xuICBhc3NlcnQuZXF1YWwoc3VnZ2VzdEtleSgnbmFjb3MuY29yZS5hdXRoLmVuYWJsZScpLCAnbmFjb3MuY29yZS5hdXRoLmVuYWJsZWQnKTtcbiAgYXNzZXJ0LmVxdWFsKHN1Z2dlc3RLZXkoJ25hY29zLmNvcmUuYXV0aC5lbmFiZWxkJyksICduYWNvcy5jb3JlLmF1dGguZW5hYmxlZCcpO1xuICBhc3NlcnQuZXF1YWwoc3VnZ2VzdEtleSgnbmFjb3MuY29yZS5hdXRoLnNlcnZlci5pZGVudGl0eS5reWUnKSwgJ25hY29zLmNvcmUuYXV0aC5zZXJ2ZXIuaWRlbnRpdHkua2V5Jyk7XG4gIGFzc2VydC5lcXVhbChzdWdnZXN0S2V5KCduYWNvcy5jb3JlLmF1dGguc2VydmVyLmlkZW50aXR5S2V5JyksICduYWNvcy5jb3JlLmF1dGguc2VydmVyLmlkZW50aXR5LmtleScpO1xuICBhc3NlcnQuZXF1YWwoc3VnZ2VzdEtleSgnbmFjb3MuY29yZS5hdXRoLmVuYWJsZS51c2VyYWdlbnRhdXRod2hpdGUnKSwgJ25hY29zLmNvcmUuYXV0aC5lbmFibGUudXNlckFnZW50QXV0aFdoaXRlJyk7XG4gIGFzc2VydC5lcXVhbChzdWdnZXN0S2V5KCduYWNvcy5jb3JlLmF1dGgucGx1Z2luLm5hY29zLnRva2VuLnNlY2VydC5rZXknKSwgJ25hY29zLmNvcmUuYXV0aC5wbHVnaW4ubmFjb3MudG9rZW4uc2VjcmV0LmtleScpO1xuICBhc3NlcnQuZXF1YWwoc3VnZ2VzdEtleSgnbmFjb3MuY29yZS5hdXRoLnRva2VuLnNlY3JldC5rZXknKSwgJ25hY29zLmNvcmUuYXV0aC5wbHVnaW4ubmFjb3MudG9rZW4uc2VjcmV0LmtleScpO1xuICBhc3NlcnQuZXF1YWwoc3VnZ2VzdEtleSgnbmFjb3MuY29yZS5hdXRoLnNlcnZlci5pZGVudGl0eScpLCAnbmFjb3MuY29yZS5hdXRoLnNlcnZlci5pZGVudGl0eS5rZXknKTtcbiAgYXNzZXJ0LmVxdWFsKHN1Z2dlc3RLZXkoJ3NwcmluZy5kYXRhc291cmNlLnVybCcpLCB1bmRlZmluZWQpO1xuICBhc3NlcnQuZXF1YWwoc3VnZ2VzdEtleSgnbmFjb3MuY29yZS5hdXRoLmVuYWJsZWQnKSwgdW5kZWZpbmVkLCAna25vd24ga2V5cyBnZXQgbm8gc3VnZ2VzdGlvbicpO1xufSk7XG5cbnRlc3QoJ0FVVEhfUExVR0lOX1RZUEVTIChmYWN0cyBcdTAwQTcxLjgpJywgKCkgPT4ge1xuICBhc3NlcnQuZGVlcEVxdWFsKEFVVEhfUExVR0lOX1RZUEVTKFYoJzEuNC4xJykpLCBbJ25hY29zJ10pO1xuICBhc3NlcnQuZGVlcEVxdWFsKEFVVEhfUExVR0lOX1RZUEVTKFYoJzIuMC4xJykpLCBbJ25hY29zJywgJ2xkYXAnXSk7XG4gIGFzc2VydC5kZWVwRXF1YWwoQVVUSF9QTFVHSU5fVFlQRVMoVignMy4xLjAnKSksIFsnbmFjb3MnLCAnbGRhcCddKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChBVVRIX1BMVUdJTl9UWVBFUyhWKCczLjIuMCcpKSwgWyduYWNvcycsICdsZGFwJywgJ29pZGMnXSk7XG59KTtcblxudGVzdCgnYXV0aC1yZXF1aXJlZCBwcmVkaWNhdGVzIChTUEVDIFx1MDBBNzQsIGZhY3RzIFx1MDBBNzEuMywgXHUwMEE3MS42KScsICgpID0+IHtcbiAgLy8gXHUyMjY0IDIuNTogbmFjb3MuY29yZS5hdXRoLmVuYWJsZWRcbiAgYXNzZXJ0LmVxdWFsKGlkZW50aXR5UmVxdWlyZWQoVignMi41LjEnKSwge30pLCBmYWxzZSk7XG4gIGFzc2VydC5lcXVhbChpZGVudGl0eVJlcXVpcmVkKFYoJzIuNS4xJyksIHsgZW5hYmxlZDogdHJ1ZSB9KSwgdHJ1ZSk7XG4gIGFzc2VydC5lcXVhbChpZGVudGl0eVJlcXVpcmVkKFYoJzEuNC4wJyksIHsgZW5hYmxlZDogdHJ1ZSB9KSwgZmFsc2UsICdubyBpZGVudGl0eSBiZWZvcmUgMS40LjEnKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChpZGVudGl0eVJlcXVpcmVtZW50KFYoJzIuMy4wJyksIHsgZW5hYmxlZDogdHJ1ZSwgc3RhbmRhbG9uZTogdHJ1ZSB9KSwgeyByZXF1aXJlZDogdHJ1ZSwgdGltaW5nOiAnc3RhcnR1cCcsIHJlYXNvbjogJ2F1dGgtZW5hYmxlZCcgfSk7XG4gIGFzc2VydC5kZWVwRXF1YWwoaWRlbnRpdHlSZXF1aXJlbWVudChWKCcyLjMuMScpLCB7IGVuYWJsZWQ6IHRydWUsIHN0YW5kYWxvbmU6IHRydWUgfSksIHsgcmVxdWlyZWQ6IHRydWUsIHRpbWluZzogJ3JlcXVlc3QnLCByZWFzb246ICdhdXRoLWVuYWJsZWQnIH0pO1xuICBhc3NlcnQuZXF1YWwoaWRlbnRpdHlSZXF1aXJlbWVudChWKCcyLjIuMC4xJyksIHsgZW5hYmxlZDogdHJ1ZSB9KS50aW1pbmcsICdyZXF1ZXN0Jyk7XG4gIGFzc2VydC5lcXVhbChpZGVudGl0eVJlcXVpcmVtZW50KFYoJzEuNC41JyksIHsgZW5hYmxlZDogdHJ1ZSB9KS50aW1pbmcsICdzdGFydHVwJyk7XG4gIC8vIDEuNC4xXHUyMDEzMi40Lng6IHVzZXJBZ2VudEF1dGhXaGl0ZT10cnVlIHNraXBzIHRoZSBydW50aW1lIGNoZWNrIChmYWN0cyBcdTAwQTcxLjUgc3RlcCAxKSwgbm90IHRoZSBzdGFydHVwIGNoZWNrXG4gIGFzc2VydC5kZWVwRXF1YWwoaWRlbnRpdHlSZXF1aXJlbWVudChWKCcyLjAuMycpLCB7IGVuYWJsZWQ6IHRydWUsIHVzZXJBZ2VudEF1dGhXaGl0ZTogdHJ1ZSB9KSwgeyByZXF1aXJlZDogZmFsc2UsIHRpbWluZzogJ25vbmUnLCByZWFzb246ICdub3QtcmVxdWlyZWQnLCB3YWl2ZWRCeTogJ3VzZXJBZ2VudEF1dGhXaGl0ZScgfSk7XG4gIGFzc2VydC5lcXVhbChpZGVudGl0eVJlcXVpcmVtZW50KFYoJzIuMC4yJyksIHsgZW5hYmxlZDogdHJ1ZSB9KS53YWl2ZWRCeSwgJ3VzZXJBZ2VudEF1dGhXaGl0ZScsICdjb2RlIGRlZmF1bHQgdHJ1ZSB1cCB0byAyLjAuMicpO1xuICBhc3NlcnQuZXF1YWwoaWRlbnRpdHlSZXF1aXJlbWVudChWKCcyLjAuMycpLCB7IGVuYWJsZWQ6IHRydWUgfSkucmVxdWlyZWQsIHRydWUsICdjb2RlIGRlZmF1bHQgZmFsc2UgZnJvbSAyLjAuMycpO1xuICBhc3NlcnQuZXF1YWwoaWRlbnRpdHlSZXF1aXJlbWVudChWKCcyLjIuMScpLCB7IGVuYWJsZWQ6IHRydWUsIHVzZXJBZ2VudEF1dGhXaGl0ZTogdHJ1ZSB9KS50aW1pbmcsICdzdGFydHVwJyk7XG4gIGFzc2VydC5lcXVhbChpZGVudGl0eVJlcXVpcmVtZW50KFYoJzIuNC4zJyksIHsgZW5hYmxlZDogdHJ1ZSwgc3RhbmRhbG9uZTogdHJ1ZSwgdXNlckFnZW50QXV0aFdoaXRlOiB0cnVlIH0pLnJlcXVpcmVkLCBmYWxzZSk7XG4gIGFzc2VydC5lcXVhbChpZGVudGl0eVJlcXVpcmVtZW50KFYoJzIuNS4xJyksIHsgZW5hYmxlZDogdHJ1ZSwgc3RhbmRhbG9uZTogdHJ1ZSwgdXNlckFnZW50QXV0aFdoaXRlOiB0cnVlIH0pLnJlcXVpcmVkLCB0cnVlLCAnaWdub3JlZCBvbiAyLjUnKTtcbiAgLy8gMy54IGlkZW50aXR5OiBlbmFibGVkIHx8IGFkbWluLmVuYWJsZWQgKGRlZmF1bHQgdHJ1ZSlcbiAgYXNzZXJ0LmRlZXBFcXVhbChpZGVudGl0eVJlcXVpcmVtZW50KFYoJzMuMC4wJyksIHt9KSwgeyByZXF1aXJlZDogdHJ1ZSwgdGltaW5nOiAnc3RhcnR1cCcsIHJlYXNvbjogJ2FkbWluLWVuYWJsZWQtZGVmYXVsdCcgfSk7XG4gIGFzc2VydC5lcXVhbChpZGVudGl0eVJlcXVpcmVtZW50KFYoJzMuMC4wJyksIHsgYWRtaW5FbmFibGVkOiB0cnVlIH0pLnJlYXNvbiwgJ2FkbWluLWVuYWJsZWQnKTtcbiAgYXNzZXJ0LmVxdWFsKGlkZW50aXR5UmVxdWlyZWQoVignMy4wLjAnKSwgeyBhZG1pbkVuYWJsZWQ6IGZhbHNlIH0pLCBmYWxzZSk7XG4gIGFzc2VydC5lcXVhbChpZGVudGl0eVJlcXVpcmVkKFYoJzMuMC4wJyksIHsgYWRtaW5FbmFibGVkOiBmYWxzZSwgZW5hYmxlZDogdHJ1ZSB9KSwgdHJ1ZSk7XG4gIGFzc2VydC5lcXVhbChpZGVudGl0eVJlcXVpcmVkKFYoJzMuMi4zJyksIHsgY29uc29sZUVuYWJsZWQ6IGZhbHNlIH0pLCB0cnVlLCAnY29uc29sZSBkb2VzIG5vdCBtYXR0ZXIgZm9yIGlkZW50aXR5Jyk7XG4gIC8vIHNlY3JldFxuICBhc3NlcnQuZGVlcEVxdWFsKHNlY3JldFJlcXVpcmVtZW50KFYoJzIuMS4wJyksIHsgZW5hYmxlZDogdHJ1ZSB9KSwgeyByZXF1aXJlZDogdHJ1ZSwgdGltaW5nOiAnbG9naW4nLCByZWFzb246ICdhdXRoLWVuYWJsZWQnIH0pO1xuICBhc3NlcnQuZXF1YWwoc2VjcmV0UmVxdWlyZWQoVignMi4xLjAnKSwge30pLCBmYWxzZSk7XG4gIGZvciAoY29uc3QgdiBvZiBbJzIuMi4wJywgJzIuMi4wLjEnLCAnMi4yLjEnXSkgYXNzZXJ0LmRlZXBFcXVhbChzZWNyZXRSZXF1aXJlbWVudChWKHYpLCB7fSksIHsgcmVxdWlyZWQ6IHRydWUsIHRpbWluZzogJ3N0YXJ0dXAnLCByZWFzb246ICdhbHdheXMnIH0sIHYpO1xuICBhc3NlcnQuZXF1YWwoc2VjcmV0UmVxdWlyZWQoVignMi4yLjInKSwge30pLCBmYWxzZSk7XG4gIGFzc2VydC5lcXVhbChzZWNyZXRSZXF1aXJlZChWKCcyLjUuMScpLCB7IGVuYWJsZWQ6IHRydWUgfSksIHRydWUpO1xuICBhc3NlcnQuZGVlcEVxdWFsKHNlY3JldFJlcXVpcmVtZW50KFYoJzMuMC4wJyksIHt9KSwgeyByZXF1aXJlZDogdHJ1ZSwgdGltaW5nOiAnc3RhcnR1cCcsIHJlYXNvbjogJ2NvbnNvbGUtZW5hYmxlZC1kZWZhdWx0JyB9KTtcbiAgYXNzZXJ0LmVxdWFsKHNlY3JldFJlcXVpcmVkKFYoJzMuMC4wJyksIHsgY29uc29sZUVuYWJsZWQ6IGZhbHNlIH0pLCBmYWxzZSk7XG4gIGFzc2VydC5lcXVhbChzZWNyZXRSZXF1aXJlZChWKCczLjAuMCcpLCB7IGNvbnNvbGVFbmFibGVkOiBmYWxzZSwgYWRtaW5FbmFibGVkOiB0cnVlIH0pLCBmYWxzZSwgJ2FkbWluIGRvZXMgbm90IG1hdHRlciBmb3IgdGhlIHNlY3JldCcpO1xuICBhc3NlcnQuZXF1YWwoc2VjcmV0UmVxdWlyZWQoVignMy4wLjAnKSwgeyBjb25zb2xlRW5hYmxlZDogZmFsc2UsIGVuYWJsZWQ6IHRydWUgfSksIHRydWUpO1xufSk7XG4iLCAiLy8gTmFjb3Mgc2VydmVyIC8gaW1hZ2UgdmVyc2lvbnM6IHBhcnNpbmcsIG9yZGVyaW5nLCByYW5nZXMsIGFuZCB0aGUgZmluZ2VycHJpbnRzIHRoYXQgYmV0cmF5IGEgdmVyc2lvbiAoZmFjdHMgXHUwMEE3NywgU1BFQyBcdTAwQTc0KS5cblxuZXhwb3J0IGludGVyZmFjZSBOYWNvc1ZlcnNpb24ge1xuICBtYWpvcjogbnVtYmVyO1xuICBtaW5vcjogbnVtYmVyO1xuICBwYXRjaDogbnVtYmVyO1xuICAvKiogRm91cnRoIGNvbXBvbmVudCBvZiBob3RmaXggcmVsZWFzZXM6IFwiMi4yLjAuMVwiIFx1MjE5MiAxLiAqL1xuICBob3RmaXg6IG51bWJlcjtcbiAgLyoqIFRoZSBudW1lcmljIHBhcnQgYXMgd3JpdHRlbiwgd2l0aG91dCBhIGxlYWRpbmcgYHZgIG9yIGEgYC1zbGltYC1saWtlIHN1ZmZpeDogXCIyLjIuMC4xXCIsIFwiMi40XCIsIFwiM1wiLiAqL1xuICB0ZXh0OiBzdHJpbmc7XG59XG5cbi8vIGB2YCBwcmVmaXggb3B0aW9uYWw7IDFcdTIwMTM0IG51bWVyaWMgY29tcG9uZW50czsgYW4gb3B0aW9uYWwgYC1zdWZmaXhgIChpbWFnZSB2YXJpYW50cyBgLXNsaW1gLCBgLUJFVEFgLCBgLVNOQVBTSE9UYCkuXG5jb25zdCBWRVJTSU9OX1JFID0gL15bdlZdPyhcXGR7MSw2fSkoPzpcXC4oXFxkezEsNn0pKT8oPzpcXC4oXFxkezEsNn0pKT8oPzpcXC4oXFxkezEsNn0pKT8oPzotW0EtWmEtejAtOV1bQS1aYS16MC05Ll8tXSopPyQvO1xuXG5pbnRlcmZhY2UgUGFyc2VkIHtcbiAgdmVyc2lvbjogTmFjb3NWZXJzaW9uO1xuICAvKiogSG93IG1hbnkgbnVtZXJpYyBjb21wb25lbnRzIHdlcmUgd3JpdHRlbiAoXCIyLjIuNFwiIFx1MjE5MiAzKTsgcmFuZ2VzIHVzZSBpdCBmb3IgXCIyLjIuNCBhbHNvIG1hdGNoZXMgMi4yLjQueFwiLiAqL1xuICBjb21wb25lbnRzOiBudW1iZXI7XG59XG5cbmZ1bmN0aW9uIHBhcnNlKHM6IHN0cmluZyk6IFBhcnNlZCB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG0gPSBWRVJTSU9OX1JFLmV4ZWMocy50cmltKCkpO1xuICBpZiAoIW0pIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHBhcnRzID0gW21bMV0sIG1bMl0sIG1bM10sIG1bNF1dO1xuICBjb25zdCBjb21wb25lbnRzID0gcGFydHMuZmlsdGVyKHAgPT4gcCAhPT0gdW5kZWZpbmVkKS5sZW5ndGg7XG4gIGNvbnN0IFttYWpvciwgbWlub3IsIHBhdGNoLCBob3RmaXhdID0gcGFydHMubWFwKHAgPT4gKHAgPT09IHVuZGVmaW5lZCA/IDAgOiBOdW1iZXIocCkpKTtcbiAgcmV0dXJuIHsgdmVyc2lvbjogeyBtYWpvciwgbWlub3IsIHBhdGNoLCBob3RmaXgsIHRleHQ6IHBhcnRzLnNsaWNlKDAsIGNvbXBvbmVudHMpLmpvaW4oJy4nKSB9LCBjb21wb25lbnRzIH07XG59XG5cbi8qKlxuICogUGFyc2VzIFwidjIuMy4wXCIsIFwiMi4zLjBcIiwgXCJ2Mi4yLjEtc2xpbVwiLCBcIjIuMi4wLjFcIiwgXCIyLjRcIiwgXCIzXCIuIFJldHVybnMgdW5kZWZpbmVkIGZvciBcImxhdGVzdFwiIGFuZCBhbnl0aGluZyB0aGF0IGlzXG4gKiBub3QgYSB2ZXJzaW9uICh0aGUgY2FsbGVyIGRlY2lkZXMgd2hhdCBgbGF0ZXN0YCBtZWFuczogc2VlIGB2ZXJzaW9uRnJvbUltYWdlVGFnYCkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVZlcnNpb24oczogc3RyaW5nKTogTmFjb3NWZXJzaW9uIHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIHBhcnNlKHMpPy52ZXJzaW9uO1xufVxuXG5mdW5jdGlvbiBtdXN0KHM6IHN0cmluZyk6IFBhcnNlZCB7XG4gIGNvbnN0IHAgPSBwYXJzZShzKTtcbiAgaWYgKCFwKSB0aHJvdyBuZXcgRXJyb3IoYG5vdCBhIHZlcnNpb24gbGl0ZXJhbDogJHtzfWApO1xuICByZXR1cm4gcDtcbn1cblxuZnVuY3Rpb24gdHVwbGUodjogTmFjb3NWZXJzaW9uKTogbnVtYmVyW10ge1xuICByZXR1cm4gW3YubWFqb3IsIHYubWlub3IsIHYucGF0Y2gsIHYuaG90Zml4XTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGNvbXBhcmVWZXJzaW9ucyhhOiBOYWNvc1ZlcnNpb24sIGI6IE5hY29zVmVyc2lvbik6IG51bWJlciB7XG4gIGNvbnN0IHggPSB0dXBsZShhKTtcbiAgY29uc3QgeSA9IHR1cGxlKGIpO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IDQ7IGkrKykgaWYgKHhbaV0gIT09IHlbaV0pIHJldHVybiB4W2ldIDwgeVtpXSA/IC0xIDogMTtcbiAgcmV0dXJuIDA7XG59XG5cbi8qKiBgdmVyc2lvbkF0TGVhc3QodiwgJzIuMi4xJylgOiB2IFx1MjI2NSAyLjIuMSAobWlzc2luZyBjb21wb25lbnRzIGNvdW50IGFzIDApLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZlcnNpb25BdExlYXN0KHY6IE5hY29zVmVyc2lvbiwgczogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiBjb21wYXJlVmVyc2lvbnModiwgbXVzdChzKS52ZXJzaW9uKSA+PSAwO1xufVxuXG4vKiogdiBcdTIyNjQgaGkgd2hlcmUgb25seSB0aGUgY29tcG9uZW50cyB3cml0dGVuIGluIGBoaWAgY291bnQ6ICcyLjIuNCcgbWF0Y2hlcyAyLjIuNC4xLCAnMi40JyBtYXRjaGVzIDIuNC4zLCAnMicgYW55IDIueC4gKi9cbmZ1bmN0aW9uIGF0TW9zdCh2OiBOYWNvc1ZlcnNpb24sIGhpOiBQYXJzZWQpOiBib29sZWFuIHtcbiAgY29uc3QgeCA9IHR1cGxlKHYpO1xuICBjb25zdCB5ID0gdHVwbGUoaGkudmVyc2lvbik7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgaGkuY29tcG9uZW50czsgaSsrKSBpZiAoeFtpXSAhPT0geVtpXSkgcmV0dXJuIHhbaV0gPCB5W2ldO1xuICByZXR1cm4gdHJ1ZTtcbn1cblxuLyoqXG4gKiBJbmNsdXNpdmUgcmFuZ2UuIGBoaWAgaXMgYSBwcmVmaXggYm91bmQ6IGluUmFuZ2UodiwgJzIuMi4xJywgJzIuMi40JykgaXMgdHJ1ZSBmb3IgMi4yLjQueCwgYW5kICcyLjQnIG1lYW5zIDIuNC54LlxuICogVG8gc3RvcCBhdCBhIHJlbGVhc2UgdGhhdCBoYXMgaG90Zml4ZXMsIHdyaXRlIGFsbCBmb3VyIGNvbXBvbmVudHMgKCcyLjIuMC4wJyBleGNsdWRlcyAyLjIuMC4xKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGluUmFuZ2UodjogTmFjb3NWZXJzaW9uLCBsbzogc3RyaW5nLCBoaTogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiB2ZXJzaW9uQXRMZWFzdCh2LCBsbykgJiYgYXRNb3N0KHYsIG11c3QoaGkpKTtcbn1cblxuLyoqIEEgcmFuZ2UgaW4gdGhlIGZhY3RzIHRhYmxlczsgYHRvYCBpcyBhIHByZWZpeCBib3VuZCBhcyBpbiBgaW5SYW5nZWA7IGEgbWlzc2luZyBlbmQgaXMgb3Blbi4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVmVyc2lvblJhbmdlIHtcbiAgZnJvbT86IHN0cmluZztcbiAgdG8/OiBzdHJpbmc7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBpblZlcnNpb25SYW5nZSh2OiBOYWNvc1ZlcnNpb24sIHI6IFZlcnNpb25SYW5nZSk6IGJvb2xlYW4ge1xuICByZXR1cm4gKHIuZnJvbSA9PT0gdW5kZWZpbmVkIHx8IHZlcnNpb25BdExlYXN0KHYsIHIuZnJvbSkpICYmIChyLnRvID09PSB1bmRlZmluZWQgfHwgYXRNb3N0KHYsIG11c3Qoci50bykpKTtcbn1cblxuLyoqIEltYWdlIHRhZyBvZiBgbmFjb3MvbmFjb3Mtc2VydmVyOmxhdGVzdGAgKGBkb2NrZXJAbWFzdGVyOmJ1aWxkL0RvY2tlcmZpbGVgIE5BQ09TX1ZFUlNJT04sIGZhY3RzIFx1MDBBNzQuMikuICovXG5leHBvcnQgY29uc3QgTkVXRVNUXzNYID0gJzMuMi4zJztcblxuZXhwb3J0IHR5cGUgVmVyc2lvblNvdXJjZSA9ICdzZXR0aW5nJyB8ICdpbWFnZSB0YWcnIHwgJ2ZpbmdlcnByaW50JyB8ICdkZWZhdWx0JyB8ICdjbGknO1xuXG5leHBvcnQgaW50ZXJmYWNlIEFzc3VtZWRWZXJzaW9uIHtcbiAgdmVyc2lvbjogTmFjb3NWZXJzaW9uO1xuICBmcm9tOiBWZXJzaW9uU291cmNlO1xuICAvKiogV2h5LCBpbiBFbmdsaXNoLCBmb3IgXCJhc3N1bWVkIFx1MjAyNiBiZWNhdXNlIFx1MjAyNlwiOiBlLmcuIFwibmFjb3MuY29yZS5hdXRoLmFkbWluLmVuYWJsZWQgaXMgb25seSByZWFkIGJ5IDMueFwiLiAqL1xuICBkZXRhaWw6IHN0cmluZztcbn1cblxuaW50ZXJmYWNlIEZpbmdlcnByaW50IHtcbiAgLyoqIEtleSBwcmVmaXhlcyAocHJvcGVydHkga2V5cyBhcmUgbWF0Y2hlZCBleGFjdGx5IG9yIGFzIGBwcmVmaXguYC1jaGlsZHJlbikuICovXG4gIGtleXM6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICBhc3N1bWU6IHN0cmluZztcbiAgZGV0YWlsOiAoa2V5OiBzdHJpbmcpID0+IHN0cmluZztcbn1cblxuLy8gT3JkZXJlZCBtb3N0IHNwZWNpZmljIGZpcnN0OyB0aGUgZmlyc3QgZmluZ2VycHJpbnQgd2l0aCBhIGtleSBwcmVzZW50IHdpbnMgKGZhY3RzIFx1MDBBNzcsIFNQRUMgXHUwMEE3NCkuIFdoZW4gYSBmaWxlIGhhc1xuLy8gYm90aCBgcGx1Z2luLm5hY29zLnRva2VuLipgIGFuZCBgZGVmYXVsdC50b2tlbi4qYCwgdGhlIG5ld2VyIG5hbWUgd2luczogbGVnYWN5IGxpbmVzIGxlZnQgYmVoaW5kIGJ5IGFuIHVwZ3JhZGUgYXJlXG4vLyB0aGUgY29tbW9uIGNhc2UsIGFuZCB0aGUgcnVsZXMgdGhlbiBmbGFnIHRoZSBsZWdhY3kgbGluZSBhcyBpZ25vcmVkLlxuY29uc3QgRklOR0VSUFJJTlRTOiByZWFkb25seSBGaW5nZXJwcmludFtdID0gW1xuICB7XG4gICAgLy8gMy4wLjAgc3BsaXQgdGhlIHN3aXRjaGVzIChmYWN0cyBcdTAwQTcxLjEsIFx1MDBBNzIpIGFuZCByZW5hbWVkIHNlcnZlci5wb3J0ICgzLjAgdXBncmFkZSBkb2MpLlxuICAgIGtleXM6IFsnbmFjb3MuY29yZS5hdXRoLmFkbWluLmVuYWJsZWQnLCAnbmFjb3MuY29yZS5hdXRoLmNvbnNvbGUuZW5hYmxlZCcsICduYWNvcy5zZXJ2ZXIubWFpbi5wb3J0J10sXG4gICAgYXNzdW1lOiBORVdFU1RfM1gsXG4gICAgZGV0YWlsOiBrID0+IGAke2t9IGlzIG9ubHkgcmVhZCBieSAzLnhgLFxuICB9LFxuICB7XG4gICAgLy8gUmVhZCBmcm9tIDIuMS4wIG9uLiBBIGZpbGUgd2l0aG91dCBhbnkgMy54LW9ubHkga2V5IGlzIG1vc3QgbGlrZWx5IGEgMi54IGZpbGUsIGFuZCAyLjUuMSBpcyB0aGUgbmV3ZXN0IDIueFxuICAgIC8vIHJlbGVhc2U7IGl0cyBiZWhhdmlvdXIgKGxlbmllbnQgZGVjb2RlciwgXCJhdXRoIHJlcXVpcmVkXCIgPSBuYWNvcy5jb3JlLmF1dGguZW5hYmxlZCkgaXMgdGhhdCBvZiAyLjMuMFx1MjAxMzIuNS54LFxuICAgIC8vIG1vc3Qgb2YgdGhlIFx1MjI2NSAyLjEgcmFuZ2UsIHNvIHRoZSBhc3N1bXB0aW9uIG1pc2xlYWRzIHRoZSBmZXdlc3QgdXNlcnMuXG4gICAga2V5czogWyduYWNvcy5jb3JlLmF1dGgucGx1Z2luLm5hY29zLnRva2VuJ10sXG4gICAgYXNzdW1lOiAnMi41LjEnLFxuICAgIGRldGFpbDogayA9PiBgJHtrfSBpcyBvbmx5IHJlYWQgZnJvbSAyLjEuMCBvbiAobm8gMy54LW9ubHkga2V5IHByZXNlbnQpYCxcbiAgfSxcbiAge1xuICAgIC8vIFJlYWQgb25seSB1cCB0byAyLjAuNCAocmVuYW1lZCBpbiAyLjEuMCk6IDIuMC40IGlzIHRoZSBuZXdlc3QgdmVyc2lvbiB0aGF0IHJlYWRzIGl0LlxuICAgIGtleXM6IFsnbmFjb3MuY29yZS5hdXRoLmRlZmF1bHQudG9rZW4nXSxcbiAgICBhc3N1bWU6ICcyLjAuNCcsXG4gICAgZGV0YWlsOiBrID0+IGAke2t9IGlzIG9ubHkgcmVhZCB1cCB0byAyLjAuNGAsXG4gIH0sXG5dO1xuXG5mdW5jdGlvbiBrZXlNYXRjaGVzKGtleTogc3RyaW5nLCBwcmVmaXg6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4ga2V5ID09PSBwcmVmaXggfHwga2V5LnN0YXJ0c1dpdGgocHJlZml4ICsgJy4nKTtcbn1cblxuLyoqIFRoZSBtb3N0IHNwZWNpZmljIHZlcnNpb24gZmluZ2VycHJpbnQgYW1vbmcgcHJvcGVydHkga2V5cyBwcmVzZW50IGluIGEgcHJvcGVydGllcyBmaWxlOyB1bmRlZmluZWQgd2hlbiBub25lLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZlcnNpb25Gcm9tRmluZ2VycHJpbnRzKGtleXM6IEl0ZXJhYmxlPHN0cmluZz4pOiBBc3N1bWVkVmVyc2lvbiB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHByZXNlbnQgPSBbLi4ua2V5c107XG4gIGZvciAoY29uc3QgZnAgb2YgRklOR0VSUFJJTlRTKSB7XG4gICAgZm9yIChjb25zdCBwcmVmaXggb2YgZnAua2V5cykge1xuICAgICAgY29uc3QgaGl0ID0gcHJlc2VudC5maW5kKGsgPT4ga2V5TWF0Y2hlcyhrLCBwcmVmaXgpKTtcbiAgICAgIGlmIChoaXQgIT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgdmVyc2lvbjogbXVzdChmcC5hc3N1bWUpLnZlcnNpb24sIGZyb206ICdmaW5nZXJwcmludCcsIGRldGFpbDogZnAuZGV0YWlsKGhpdCkgfTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuLyoqIEFuIGltYWdlIHRhZyBhcyBhIHZlcnNpb246IGBsYXRlc3RgIChvciBubyB0YWcpIGlzIHRoZSBuZXdlc3QgMy54IChmYWN0cyBcdTAwQTc0LjIpOyBqdW5rIFx1MjE5MiB1bmRlZmluZWQuICovXG5leHBvcnQgZnVuY3Rpb24gdmVyc2lvbkZyb21JbWFnZVRhZyh0YWc6IHN0cmluZyB8IHVuZGVmaW5lZCk6IEFzc3VtZWRWZXJzaW9uIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdCA9ICh0YWcgPz8gJ2xhdGVzdCcpLnRyaW0oKTtcbiAgaWYgKHQgPT09ICcnIHx8IHQgPT09ICdsYXRlc3QnKSB7XG4gICAgcmV0dXJuIHsgdmVyc2lvbjogbXVzdChORVdFU1RfM1gpLnZlcnNpb24sIGZyb206ICdpbWFnZSB0YWcnLCBkZXRhaWw6IGBuYWNvcy9uYWNvcy1zZXJ2ZXI6bGF0ZXN0IGlzICR7TkVXRVNUXzNYfWAgfTtcbiAgfVxuICBjb25zdCB2ID0gcGFyc2VWZXJzaW9uKHQpO1xuICByZXR1cm4gdiA/IHsgdmVyc2lvbjogdiwgZnJvbTogJ2ltYWdlIHRhZycsIGRldGFpbDogYGltYWdlIHRhZyAke3R9YCB9IDogdW5kZWZpbmVkO1xufVxuXG4vKiogTm90aGluZyB0ZWxscyB0aGUgdmVyc2lvbjogYXNzdW1lIHRoZSBuZXdlc3QgMy54IChTUEVDIFx1MDBBNzQpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRlZmF1bHRWZXJzaW9uKCk6IEFzc3VtZWRWZXJzaW9uIHtcbiAgcmV0dXJuIHsgdmVyc2lvbjogbXVzdChORVdFU1RfM1gpLnZlcnNpb24sIGZyb206ICdkZWZhdWx0JywgZGV0YWlsOiBgbm8gdmVyc2lvbiBmb3VuZDsgYXNzdW1pbmcgdGhlIG5ld2VzdCAzLnggKCR7TkVXRVNUXzNYfSlgIH07XG59XG4iLCAiLy8gSG93IGVhY2ggTmFjb3MgdmVyc2lvbiB0dXJucyBgdG9rZW4uc2VjcmV0LmtleWAgaW50byBITUFDIGtleSBieXRlcyAoZmFjdHMgXHUwMEE3MS42KS4gRW11bGF0ZWQgZXhhY3RseSwgaW5jbHVkaW5nIHRoZVxuLy8gcXVpcmtzLCBiZWNhdXNlIHRoZSBzYW1lIHN0cmluZyB5aWVsZHMgZGlmZmVyZW50IGtleXMgb24gZGlmZmVyZW50IHZlcnNpb25zLlxuaW1wb3J0IHsgdHlwZSBOYWNvc1ZlcnNpb24sIHR5cGUgVmVyc2lvblJhbmdlLCBpblZlcnNpb25SYW5nZSB9IGZyb20gJy4vdmVyc2lvbnMnO1xuXG4vKipcbiAqIGxlbmllbnQ6IGpqd3QgYERlY29kZXJzLkJBU0U2NGAgKFx1MjI2NCAyLjAuMywgMi4yLjAsIDIuMi4wLjEpIGFuZCBOYWNvcyBgQmFzZTY0RGVjb2RlYCAoMi4zLjArKSwgdGhlIHNhbWUgTWlHLXN0eWxlXG4gKiBhbGdvcml0aG07IGFuIGVycm9yIGZhaWxzIGxvZ2luIChcdTIyNjQgMi4wLjMpIG9yIHN0YXJ0dXAgKDIuMi4wKykuXG4gKiBzdHJpY3QtZmFsbGJhY2s6IGBqYXZhLnV0aWwuQmFzZTY0LmdldERlY29kZXIoKWAsIG9uIGVycm9yIHRoZSBVUy1BU0NJSSBieXRlcyBvZiB0aGUgcmF3IHN0cmluZyAoMi4yLjFcdTIwMTMyLjIuNCkuXG4gKiB1dGY4LWZhbGxiYWNrOiBsZW5pZW50LCBvbiBlcnJvciB0aGUgVVRGLTggYnl0ZXMgb2YgdGhlIHJhdyBzdHJpbmcgKDIuMC40XHUyMDEzMi4xLngsIFBSICM3MjA5KS5cbiAqL1xuZXhwb3J0IHR5cGUgRGVjb2RlcktpbmQgPSAnbGVuaWVudCcgfCAnc3RyaWN0LWZhbGxiYWNrJyB8ICd1dGY4LWZhbGxiYWNrJztcblxuZXhwb3J0IGludGVyZmFjZSBEZWNvZGVyRXJhIHtcbiAgcmFuZ2U6IFZlcnNpb25SYW5nZTtcbiAga2luZDogRGVjb2RlcktpbmQ7XG4gIC8qKiBQcm9wZXJ0eSByZWFkIGluIHRoaXMgZXJhIGFuZCB3aGVuIHRoZSBrZXkgaXMgY2hlY2tlZCAoZmFjdHMgXHUwMEE3MS42IGNvbHVtbnMpLiAqL1xuICBub3RlOiBzdHJpbmc7XG59XG5cbmV4cG9ydCBjb25zdCBERUNPREVSX0VSQVM6IHJlYWRvbmx5IERlY29kZXJFcmFbXSA9IFtcbiAgeyByYW5nZTogeyB0bzogJzIuMC4zJyB9LCBraW5kOiAnbGVuaWVudCcsIG5vdGU6ICdkZWZhdWx0LnRva2VuLnNlY3JldC5rZXk7IGpqd3Q7IGNoZWNrZWQgYXQgZmlyc3QgbG9naW4nIH0sXG4gIHsgcmFuZ2U6IHsgZnJvbTogJzIuMC40JywgdG86ICcyLjEnIH0sIGtpbmQ6ICd1dGY4LWZhbGxiYWNrJywgbm90ZTogJ2pqd3QsIFVURi04IGJ5dGVzIG9uIERlY29kaW5nRXhjZXB0aW9uOyBjaGVja2VkIGF0IGZpcnN0IGxvZ2luJyB9LFxuICB7IHJhbmdlOiB7IGZyb206ICcyLjIuMCcsIHRvOiAnMi4yLjAnIH0sIGtpbmQ6ICdsZW5pZW50Jywgbm90ZTogJ2pqd3Q7IGNoZWNrZWQgYXQgc3RhcnR1cCBldmVuIHdpdGggYXV0aCBvZmYnIH0sIC8vIDIuMi4wIGFuZCAyLjIuMC4xXG4gIHsgcmFuZ2U6IHsgZnJvbTogJzIuMi4xJywgdG86ICcyLjIuNCcgfSwga2luZDogJ3N0cmljdC1mYWxsYmFjaycsIG5vdGU6ICdqYXZhLnV0aWwuQmFzZTY0LCBVUy1BU0NJSSBieXRlcyBvbiBlcnJvcicgfSxcbiAgeyByYW5nZTogeyBmcm9tOiAnMi4zLjAnIH0sIGtpbmQ6ICdsZW5pZW50Jywgbm90ZTogJ05hY29zIEJhc2U2NERlY29kZSAoamp3dCBjb3B5LCAjMTA5MzEpJyB9LFxuXTtcblxuZXhwb3J0IGZ1bmN0aW9uIGRlY29kZXJGb3IodjogTmFjb3NWZXJzaW9uKTogRGVjb2RlcktpbmQge1xuICByZXR1cm4gREVDT0RFUl9FUkFTLmZpbmQoZSA9PiBpblZlcnNpb25SYW5nZSh2LCBlLnJhbmdlKSk/LmtpbmQgPz8gJ2xlbmllbnQnO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIERlY29kZUVycm9yIHtcbiAgLyoqXG4gICAqIGlsbGVnYWwtY2hhcjogYElsbGVnYWwgYmFzZTY0IGNoYXJhY3RlcmAgaW5zaWRlIHRoZSB0cmltbWVkIHZhbHVlLlxuICAgKiBvdXQtb2YtcmFuZ2U6IHRoZSBsZW5pZW50IGRlY29kZXIgY3Jhc2hlcyB3aXRoIGEgSmF2YSBydW50aW1lIGV4Y2VwdGlvbiBpbnN0ZWFkOiBhIGNoYXIgPiBVKzAwRkYgYW1vbmcgdGhlXG4gICAqICAgY2hhcmFjdGVycyBpdCB0cmltcyAoQXJyYXlJbmRleE91dE9mQm91bmRzRXhjZXB0aW9uKSwgb3IgYSBkZWdlbmVyYXRlIGA9YC1vbmx5IHZhbHVlXG4gICAqICAgKEFycmF5SW5kZXhPdXRPZkJvdW5kcyAvIE5lZ2F0aXZlQXJyYXlTaXplRXhjZXB0aW9uKS4gVGhlIHNlcnZlciBmYWlscyBhbGwgdGhlIHNhbWUuXG4gICAqL1xuICBraW5kOiAnaWxsZWdhbC1jaGFyJyB8ICdvdXQtb2YtcmFuZ2UnO1xuICAvKiogVGhlIG9mZmVuZGluZyBjaGFyYWN0ZXIgKGEgd2hvbGUgY29kZSBwb2ludCBmb3IgYSBzdXJyb2dhdGUgcGFpcikuIE5ldmVyIG1vcmUgb2YgdGhlIHNlY3JldC4gKi9cbiAgY2hhcjogc3RyaW5nO1xuICAvKiogVVRGLTE2IGluZGV4IG9mIGBjaGFyYCBpbiB0aGUgc2VjcmV0LiAqL1xuICBpbmRleDogbnVtYmVyO1xuICAvKiogSmF2YSdzIG1lc3NhZ2UsIGUuZy4gYElsbGVnYWwgYmFzZTY0IGNoYXJhY3RlcjogJy0nYC4gKi9cbiAgbWVzc2FnZTogc3RyaW5nO1xufVxuXG4vKiogV2h5IGEgZmFsbGJhY2sgZGVjb2RlciBnYXZlIHVwIG9uIEJhc2U2NCAoc2FtZSBzaGFwZTsgYGJhZC1lbmRpbmdgIG9ubHkgZnJvbSB0aGUgc3RyaWN0IGRlY29kZXIpLiAqL1xuZXhwb3J0IGludGVyZmFjZSBGYWxsYmFja0NhdXNlIHtcbiAgLyoqIGJhZC1lbmRpbmc6IHdyb25nIHBhZGRpbmcsIGEgZGFuZ2xpbmcgbGFzdCBjaGFyYWN0ZXIsIGRhdGEgYWZ0ZXIgYD1gLCBhIDEtY2hhcmFjdGVyIHZhbHVlLiAqL1xuICBraW5kOiAnaWxsZWdhbC1jaGFyJyB8ICdvdXQtb2YtcmFuZ2UnIHwgJ2JhZC1lbmRpbmcnO1xuICBjaGFyOiBzdHJpbmc7XG4gIGluZGV4OiBudW1iZXI7XG4gIC8qKiBKYXZhJ3MgbWVzc2FnZSwgZS5nLiBgSWxsZWdhbCBiYXNlNjQgY2hhcmFjdGVyIDJkYCAoamF2YS51dGlsLkJhc2U2NCkgb3IgYElsbGVnYWwgYmFzZTY0IGNoYXJhY3RlcjogJy0nYC4gKi9cbiAgbWVzc2FnZTogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIERlY29kZVJlc3VsdCB7XG4gIC8qKiBLZXkgYnl0ZXMgdGhlIHNlcnZlciB1c2VzOyB1bmRlZmluZWQgd2hlbiB0aGUgc2VydmVyIGZhaWxzIChsb2dpbiBvciBzdGFydHVwLCBwZXIgdmVyc2lvbikuICovXG4gIGJ5dGVzOiBVaW50OEFycmF5IHwgdW5kZWZpbmVkO1xuICAvKiogU2V0IGV4YWN0bHkgd2hlbiBgYnl0ZXNgIGlzIHVuZGVmaW5lZDogd2h5IHRoZSBzZXJ2ZXIgZmFpbHMuICovXG4gIGVycm9yPzogRGVjb2RlRXJyb3I7XG4gIC8qKiBzdHJpY3QtZmFsbGJhY2sgLyB1dGY4LWZhbGxiYWNrIHRvb2sgdGhlIHJhdyBzdHJpbmcncyBieXRlcy4gKi9cbiAgdXNlZFJhd0ZhbGxiYWNrOiBib29sZWFuO1xuICAvKiogU2V0IGV4YWN0bHkgd2hlbiBgdXNlZFJhd0ZhbGxiYWNrYDogd2h5IEJhc2U2NCBkZWNvZGluZyBmYWlsZWQuICovXG4gIGZhbGxiYWNrQ2F1c2U/OiBGYWxsYmFja0NhdXNlO1xuICAvKiogQ2hhcmFjdGVycyBvdXRzaWRlIHRoZSBhbHBoYWJldCBhdCBlaXRoZXIgZW5kIHRoYXQgdGhlIGxlbmllbnQgZGVjb2RlciBzaWxlbnRseSBkcm9wcy4gKi9cbiAgdHJpbW1lZDogeyBsZWFkaW5nOiBudW1iZXI7IHRyYWlsaW5nOiBudW1iZXIgfTtcbiAgLyoqIGA9YCBiZWZvcmUgYSBsYXRlciBhbHBoYWJldCBjaGFyYWN0ZXIgKGRlY29kZWQgYXMgemVybyBiaXRzIGJ5IHRoZSBsZW5pZW50IGRlY29kZXIpLiAqL1xuICBpbnRlcmlvclBhZGRpbmc6IGJvb2xlYW47XG4gIC8qKiBSYXcgbGVuZ3RoICUgNCAhPSAwICgyLjQuMSsgbG9ncyBXLUI2NCkuICovXG4gIGxlbmd0aE5vdE11bHRpcGxlT2Y0OiBib29sZWFuO1xufVxuXG5leHBvcnQgdHlwZSBKd3RBbGdvcml0aG0gPSAnSFMyNTYnIHwgJ0hTMzg0JyB8ICdIUzUxMic7XG5cbmV4cG9ydCBjb25zdCBNSU5fU0VDUkVUX0JZVEVTID0gMzI7XG5cbi8qKiAyLjIuMSsgcGljayB0aGUgSE1BQyBieSBrZXkgc2l6ZTsgPCAyNTYgYml0cyBpcyByZWplY3RlZCAoZmFjdHMgXHUwMEE3MS42KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbGdvcml0aG1Gb3IoYnl0ZUxlbmd0aDogbnVtYmVyKTogSnd0QWxnb3JpdGhtIHwgdW5kZWZpbmVkIHtcbiAgaWYgKGJ5dGVMZW5ndGggPCAzMikgcmV0dXJuIHVuZGVmaW5lZDtcbiAgaWYgKGJ5dGVMZW5ndGggPCA0OCkgcmV0dXJuICdIUzI1Nic7XG4gIGlmIChieXRlTGVuZ3RoIDwgNjQpIHJldHVybiAnSFMzODQnO1xuICByZXR1cm4gJ0hTNTEyJztcbn1cblxuY29uc3QgQUxQSEFCRVQgPSAnQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODkrLyc7XG4vLyBEZWNvZGVyIHRhYmxlIG9mIGJvdGggSmF2YSBkZWNvZGVyczogMjU2IGVudHJpZXMsIC0xID0gbm90IGluIHRoZSBhbHBoYWJldDsgdGhlIGxlbmllbnQgb25lIG1hcHMgJz0nIHRvIDAuXG5jb25zdCBMRU5JRU5UX1RBQkxFID0gbmV3IEludDhBcnJheSgyNTYpLmZpbGwoLTEpO1xuY29uc3QgU1RSSUNUX1RBQkxFID0gbmV3IEludDhBcnJheSgyNTYpLmZpbGwoLTEpO1xuZm9yIChsZXQgaSA9IDA7IGkgPCBBTFBIQUJFVC5sZW5ndGg7IGkrKykge1xuICBMRU5JRU5UX1RBQkxFW0FMUEhBQkVULmNoYXJDb2RlQXQoaSldID0gaTtcbiAgU1RSSUNUX1RBQkxFW0FMUEhBQkVULmNoYXJDb2RlQXQoaSldID0gaTtcbn1cbkxFTklFTlRfVEFCTEVbMHgzZF0gPSAwO1xuY29uc3QgU1RSSUNUX1BBRCA9IC0yO1xuU1RSSUNUX1RBQkxFWzB4M2RdID0gU1RSSUNUX1BBRDtcblxuLyoqIFRoZSBjb2RlIHBvaW50IGF0IFVURi0xNiBpbmRleCBpIChhIGxvbmUgc3Vycm9nYXRlIHN0YXlzIGl0c2VsZikuICovXG5mdW5jdGlvbiBjaGFyQXQoczogc3RyaW5nLCBpOiBudW1iZXIpOiBzdHJpbmcge1xuICBjb25zdCBjID0gcy5jb2RlUG9pbnRBdChpKTtcbiAgcmV0dXJuIGMgPT09IHVuZGVmaW5lZCA/ICcnIDogU3RyaW5nLmZyb21Db2RlUG9pbnQoYyk7XG59XG5cbmZ1bmN0aW9uIGlzTGVnYWxMZW5pZW50KGNvZGU6IG51bWJlcik6IGJvb2xlYW4ge1xuICByZXR1cm4gY29kZSA8PSAweGZmICYmIExFTklFTlRfVEFCTEVbY29kZV0gPj0gMDtcbn1cblxuZnVuY3Rpb24gc2hhcGUoczogc3RyaW5nKTogUGljazxEZWNvZGVSZXN1bHQsICd0cmltbWVkJyB8ICdpbnRlcmlvclBhZGRpbmcnIHwgJ2xlbmd0aE5vdE11bHRpcGxlT2Y0Jz4ge1xuICBsZXQgZmlyc3QgPSAtMTtcbiAgbGV0IGxhc3QgPSAtMTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBzLmxlbmd0aDsgaSsrKSB7XG4gICAgaWYgKGlzTGVnYWxMZW5pZW50KHMuY2hhckNvZGVBdChpKSkpIHtcbiAgICAgIGlmIChmaXJzdCA8IDApIGZpcnN0ID0gaTtcbiAgICAgIGxhc3QgPSBpO1xuICAgIH1cbiAgfVxuICBsZXQgaW50ZXJpb3JQYWRkaW5nID0gZmFsc2U7XG4gIGlmIChmaXJzdCA+PSAwKSB7XG4gICAgbGV0IHNlZW5QYWQgPSBmYWxzZTtcbiAgICBmb3IgKGxldCBpID0gZmlyc3Q7IGkgPD0gbGFzdDsgaSsrKSB7XG4gICAgICBjb25zdCBjID0gcy5jaGFyQ29kZUF0KGkpO1xuICAgICAgaWYgKGMgPT09IDB4M2QpIHNlZW5QYWQgPSB0cnVlO1xuICAgICAgZWxzZSBpZiAoc2VlblBhZCAmJiBpc0xlZ2FsTGVuaWVudChjKSkgeyBpbnRlcmlvclBhZGRpbmcgPSB0cnVlOyBicmVhazsgfVxuICAgIH1cbiAgfVxuICByZXR1cm4ge1xuICAgIHRyaW1tZWQ6IGZpcnN0IDwgMCA/IHsgbGVhZGluZzogcy5sZW5ndGgsIHRyYWlsaW5nOiAwIH0gOiB7IGxlYWRpbmc6IGZpcnN0LCB0cmFpbGluZzogcy5sZW5ndGggLSAxIC0gbGFzdCB9LFxuICAgIGludGVyaW9yUGFkZGluZyxcbiAgICBsZW5ndGhOb3RNdWx0aXBsZU9mNDogcy5sZW5ndGggJSA0ICE9PSAwLFxuICB9O1xufVxuXG5jbGFzcyBKYXZhRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIGNvbnN0cnVjdG9yKHJlYWRvbmx5IGRldGFpbDogRmFsbGJhY2tDYXVzZSkge1xuICAgIHN1cGVyKGRldGFpbC5tZXNzYWdlKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBvdXRPZlJhbmdlKHM6IHN0cmluZywgaW5kZXg6IG51bWJlciwgbWVzc2FnZTogc3RyaW5nLCBhdCA9IGluZGV4KTogSmF2YUVycm9yIHtcbiAgcmV0dXJuIG5ldyBKYXZhRXJyb3IoeyBraW5kOiAnb3V0LW9mLXJhbmdlJywgY2hhcjogY2hhckF0KHMsIE1hdGgubWF4KDAsIE1hdGgubWluKGF0LCBzLmxlbmd0aCAtIDEpKSksIGluZGV4OiBNYXRoLm1heCgwLCBhdCksIG1lc3NhZ2UgfSk7XG59XG5cbi8qKlxuICogVGhlIE1pRyBCYXNlNjQgYGRlY29kZUZhc3RgIG9mIGpqd3QgLyBOYWNvcyBgQmFzZTY0RGVjb2RlYCAoZmFjdHMgXHUwMEE3MS42KSwgc3RlcCBmb3Igc3RlcDogdHJpbSBub24tYWxwaGFiZXQgY2hhcnMgYXRcbiAqIGJvdGggZW5kcyAobG9va2luZyBhIGNoYXIgPiBVKzAwRkYgdXAgaW4gdGhlIDI1Ni1lbnRyeSB0YWJsZSB0aHJvd3MpLCBjb3VudCB1cCB0byB0d28gdHJhaWxpbmcgYD1gLCBhbGxvY2F0ZVxuICogZmxvb3IoNm4vOCkgXHUyMjEyIHBhZCBieXRlcywgdGhlbiBkZWNvZGUgNCBjaGFycyBhdCBhIHRpbWU7IGA9YCBhbnl3aGVyZSBpcyAwIGJpdHMuXG4gKi9cbmZ1bmN0aW9uIGxlbmllbnREZWNvZGUoczogc3RyaW5nKTogVWludDhBcnJheSB7XG4gIGNvbnN0IHNMZW4gPSBzLmxlbmd0aDtcbiAgaWYgKHNMZW4gPT09IDApIHJldHVybiBuZXcgVWludDhBcnJheSgwKTtcbiAgY29uc3QgdGFibGUgPSAoaTogbnVtYmVyKTogbnVtYmVyID0+IHtcbiAgICBjb25zdCBjID0gcy5jaGFyQ29kZUF0KGkpO1xuICAgIGlmIChjID4gMHhmZikgdGhyb3cgb3V0T2ZSYW5nZShzLCBpLCBgQXJyYXlJbmRleE91dE9mQm91bmRzRXhjZXB0aW9uOiBJbmRleCAke2N9IG91dCBvZiBib3VuZHMgZm9yIGxlbmd0aCAyNTZgKTtcbiAgICByZXR1cm4gTEVOSUVOVF9UQUJMRVtjXTtcbiAgfTtcbiAgbGV0IHNJeCA9IDA7XG4gIGxldCBlSXggPSBzTGVuIC0gMTtcbiAgd2hpbGUgKHNJeCA8IGVJeCAmJiB0YWJsZShzSXgpIDwgMCkgc0l4Kys7XG4gIHdoaWxlIChlSXggPiAwICYmIHRhYmxlKGVJeCkgPCAwKSBlSXgtLTtcblxuICBsZXQgcGFkID0gMDtcbiAgaWYgKHMuY2hhckNvZGVBdChlSXgpID09PSAweDNkKSB7XG4gICAgaWYgKGVJeCA9PT0gMCkgdGhyb3cgb3V0T2ZSYW5nZShzLCAtMSwgYEFycmF5SW5kZXhPdXRPZkJvdW5kc0V4Y2VwdGlvbjogSW5kZXggLTEgb3V0IG9mIGJvdW5kcyBmb3IgbGVuZ3RoICR7c0xlbn1gLCAwKTtcbiAgICBwYWQgPSBzLmNoYXJDb2RlQXQoZUl4IC0gMSkgPT09IDB4M2QgPyAyIDogMTtcbiAgfVxuICBjb25zdCBjQ250ID0gZUl4IC0gc0l4ICsgMTtcbiAgY29uc3Qgc2VwQ250ID0gc0xlbiA+IDc2ID8gKHMuY2hhckNvZGVBdCg3NikgPT09IDB4MGQgPyBNYXRoLnRydW5jKGNDbnQgLyA3OCkgOiAwKSA8PCAxIDogMDtcbiAgY29uc3QgbGVuID0gKCgoY0NudCAtIHNlcENudCkgKiA2KSA+PiAzKSAtIHBhZDtcbiAgaWYgKGxlbiA8IDApIHRocm93IG91dE9mUmFuZ2UocywgZUl4LCBgTmVnYXRpdmVBcnJheVNpemVFeGNlcHRpb246ICR7bGVufWApO1xuICBjb25zdCBvdXQgPSBuZXcgVWludDhBcnJheShsZW4pO1xuXG4gIGNvbnN0IGN0b2kgPSAoaTogbnVtYmVyKTogbnVtYmVyID0+IHtcbiAgICBpZiAoaSA+PSBzTGVuKSB0aHJvdyBvdXRPZlJhbmdlKHMsIGksIGBBcnJheUluZGV4T3V0T2ZCb3VuZHNFeGNlcHRpb246IEluZGV4ICR7aX0gb3V0IG9mIGJvdW5kcyBmb3IgbGVuZ3RoICR7c0xlbn1gLCBzTGVuIC0gMSk7XG4gICAgY29uc3QgYyA9IHMuY2hhckNvZGVBdChpKTtcbiAgICBjb25zdCB2ID0gYyA+IDB4ZmYgPyAtMSA6IExFTklFTlRfVEFCTEVbY107XG4gICAgaWYgKHYgPCAwKSB7XG4gICAgICAvLyBKYXZhIHByaW50cyB0aGUgc2luZ2xlIFVURi0xNiB1bml0OyBgY2hhcmAgY2FycmllcyB0aGUgd2hvbGUgY29kZSBwb2ludCBmb3IgZGlzcGxheS5cbiAgICAgIHRocm93IG5ldyBKYXZhRXJyb3IoeyBraW5kOiAnaWxsZWdhbC1jaGFyJywgY2hhcjogY2hhckF0KHMsIGkpLCBpbmRleDogaSwgbWVzc2FnZTogYElsbGVnYWwgYmFzZTY0IGNoYXJhY3RlcjogJyR7c1tpXX0nYCB9KTtcbiAgICB9XG4gICAgcmV0dXJuIHY7XG4gIH07XG5cbiAgbGV0IGQgPSAwO1xuICBjb25zdCBlTGVuID0gTWF0aC50cnVuYyhsZW4gLyAzKSAqIDM7XG4gIGZvciAobGV0IGNjID0gMDsgZCA8IGVMZW47KSB7XG4gICAgY29uc3QgaSA9IChjdG9pKHNJeCsrKSA8PCAxOCkgfCAoY3RvaShzSXgrKykgPDwgMTIpIHwgKGN0b2koc0l4KyspIDw8IDYpIHwgY3RvaShzSXgrKyk7XG4gICAgb3V0W2QrK10gPSAoaSA+PiAxNikgJiAweGZmO1xuICAgIG91dFtkKytdID0gKGkgPj4gOCkgJiAweGZmO1xuICAgIG91dFtkKytdID0gaSAmIDB4ZmY7XG4gICAgLy8gTUlNRSBsaW5lIHNlcGFyYXRvcjogc2tpcHBlZCBibGluZGx5IGV2ZXJ5IDc2IGNoYXJzIHdoZW4gc1s3Nl0gaXMgJ1xccicgKEpTIGFuZCBKYXZhIHNoaWZ0cyBhZ3JlZSBvbiBjb3VudCAmIDMxKS5cbiAgICBpZiAoc2VwQ250ID4gMCAmJiArK2NjID09PSAxOSkge1xuICAgICAgc0l4ICs9IDI7XG4gICAgICBjYyA9IDA7XG4gICAgfVxuICB9XG4gIGlmIChkIDwgbGVuKSB7XG4gICAgbGV0IGkgPSAwO1xuICAgIGZvciAobGV0IGogPSAwOyBzSXggPD0gZUl4IC0gcGFkOyBqKyspIGkgfD0gY3RvaShzSXgrKykgPDwgKDE4IC0gaiAqIDYpO1xuICAgIGZvciAobGV0IHIgPSAxNjsgZCA8IGxlbjsgciAtPSA4KSBvdXRbZCsrXSA9IChpID4+IHIpICYgMHhmZjtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG4vKiogYFN0cmluZy5nZXRCeXRlcyhJU09fODg1OV8xKWAgd2l0aCB0aGUgc291cmNlIGluZGV4IG9mIGV2ZXJ5IGJ5dGUgKGEgc3Vycm9nYXRlIHBhaXIgYmVjb21lcyBvbmUgJz8nKS4gKi9cbmZ1bmN0aW9uIGxhdGluMVdpdGhJbmRleChzOiBzdHJpbmcpOiB7IGJ5dGVzOiBudW1iZXJbXTsgaW5kZXg6IG51bWJlcltdIH0ge1xuICBjb25zdCBieXRlczogbnVtYmVyW10gPSBbXTtcbiAgY29uc3QgaW5kZXg6IG51bWJlcltdID0gW107XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgcy5sZW5ndGg7IGkrKykge1xuICAgIGNvbnN0IGMgPSBzLmNoYXJDb2RlQXQoaSk7XG4gICAgaW5kZXgucHVzaChpKTtcbiAgICBpZiAoYyA8PSAweGZmKSB7IGJ5dGVzLnB1c2goYyk7IGNvbnRpbnVlOyB9XG4gICAgaWYgKGlzSGlnaChjKSAmJiBpICsgMSA8IHMubGVuZ3RoICYmIGlzTG93KHMuY2hhckNvZGVBdChpICsgMSkpKSBpKys7XG4gICAgYnl0ZXMucHVzaCgweDNmKTtcbiAgfVxuICByZXR1cm4geyBieXRlcywgaW5kZXggfTtcbn1cblxuZnVuY3Rpb24gaXNIaWdoKGM6IG51bWJlcik6IGJvb2xlYW4ge1xuICByZXR1cm4gYyA+PSAweGQ4MDAgJiYgYyA8PSAweGRiZmY7XG59XG5mdW5jdGlvbiBpc0xvdyhjOiBudW1iZXIpOiBib29sZWFuIHtcbiAgcmV0dXJuIGMgPj0gMHhkYzAwICYmIGMgPD0gMHhkZmZmO1xufVxuXG4vKiogYGphdmEudXRpbC5CYXNlNjQuZ2V0RGVjb2RlcigpLmRlY29kZShTdHJpbmcpYCAoUkZDIDQ2NDggYmFzaWMsIEpESyAxNyBgZGVjb2RlMGApOiBwYWRkaW5nIG9wdGlvbmFsIGJ1dCBleGFjdC4gKi9cbmZ1bmN0aW9uIHN0cmljdERlY29kZShzOiBzdHJpbmcpOiBVaW50OEFycmF5IHtcbiAgY29uc3QgeyBieXRlczogc3JjLCBpbmRleCB9ID0gbGF0aW4xV2l0aEluZGV4KHMpO1xuICBjb25zdCBzbCA9IHNyYy5sZW5ndGg7XG4gIGNvbnN0IGZhaWwgPSAoa2luZDogRmFsbGJhY2tDYXVzZVsna2luZCddLCBhdDogbnVtYmVyLCBtZXNzYWdlOiBzdHJpbmcpOiBKYXZhRXJyb3IgPT4ge1xuICAgIGNvbnN0IGkgPSBpbmRleFtNYXRoLm1pbihNYXRoLm1heChhdCwgMCksIHNsIC0gMSldID8/IDA7XG4gICAgcmV0dXJuIG5ldyBKYXZhRXJyb3IoeyBraW5kLCBjaGFyOiBjaGFyQXQocywgaSksIGluZGV4OiBpLCBtZXNzYWdlIH0pO1xuICB9O1xuICBpZiAoc2wgPT09IDApIHJldHVybiBuZXcgVWludDhBcnJheSgwKTtcbiAgaWYgKHNsIDwgMikgdGhyb3cgZmFpbCgnYmFkLWVuZGluZycsIDAsICdJbnB1dCBieXRlW10gc2hvdWxkIGF0IGxlYXN0IGhhdmUgMiBieXRlcyBmb3IgYmFzZTY0IGJ5dGVzJyk7XG4gIGNvbnN0IG91dDogbnVtYmVyW10gPSBbXTtcbiAgbGV0IHNwID0gMDtcbiAgbGV0IGJpdHMgPSAwO1xuICBsZXQgc2hpZnR0byA9IDE4O1xuICB3aGlsZSAoc3AgPCBzbCkge1xuICAgIGNvbnN0IHJhdyA9IHNyY1tzcCsrXTtcbiAgICBjb25zdCBiID0gU1RSSUNUX1RBQkxFW3Jhd107XG4gICAgaWYgKGIgPCAwKSB7XG4gICAgICBpZiAoYiA9PT0gU1RSSUNUX1BBRCkge1xuICAgICAgICAvLyAnPScgYXQgYSB1bml0IHN0YXJ0LCBvciBcInh4PVwiIG5vdCBmb2xsb3dlZCBieSBhIHNlY29uZCAnPScuXG4gICAgICAgIGlmICgoc2hpZnR0byA9PT0gNiAmJiAoc3AgPT09IHNsIHx8IHNyY1tzcCsrXSAhPT0gMHgzZCkpIHx8IHNoaWZ0dG8gPT09IDE4KSB7XG4gICAgICAgICAgdGhyb3cgZmFpbCgnYmFkLWVuZGluZycsIHNwIC0gMSwgJ0lucHV0IGJ5dGUgYXJyYXkgaGFzIHdyb25nIDQtYnl0ZSBlbmRpbmcgdW5pdCcpO1xuICAgICAgICB9XG4gICAgICAgIGJyZWFrO1xuICAgICAgfVxuICAgICAgY29uc3Qgc2lnbmVkID0gcmF3ID4gMTI3ID8gcmF3IC0gMjU2IDogcmF3O1xuICAgICAgdGhyb3cgZmFpbCgnaWxsZWdhbC1jaGFyJywgc3AgLSAxLCBgSWxsZWdhbCBiYXNlNjQgY2hhcmFjdGVyICR7c2lnbmVkLnRvU3RyaW5nKDE2KX1gKTtcbiAgICB9XG4gICAgYml0cyB8PSBiIDw8IHNoaWZ0dG87XG4gICAgc2hpZnR0byAtPSA2O1xuICAgIGlmIChzaGlmdHRvIDwgMCkge1xuICAgICAgb3V0LnB1c2goKGJpdHMgPj4gMTYpICYgMHhmZiwgKGJpdHMgPj4gOCkgJiAweGZmLCBiaXRzICYgMHhmZik7XG4gICAgICBzaGlmdHRvID0gMTg7XG4gICAgICBiaXRzID0gMDtcbiAgICB9XG4gIH1cbiAgaWYgKHNoaWZ0dG8gPT09IDYpIG91dC5wdXNoKChiaXRzID4+IDE2KSAmIDB4ZmYpO1xuICBlbHNlIGlmIChzaGlmdHRvID09PSAwKSBvdXQucHVzaCgoYml0cyA+PiAxNikgJiAweGZmLCAoYml0cyA+PiA4KSAmIDB4ZmYpO1xuICBlbHNlIGlmIChzaGlmdHRvID09PSAxMikgdGhyb3cgZmFpbCgnYmFkLWVuZGluZycsIHNwIC0gMSwgJ0xhc3QgdW5pdCBkb2VzIG5vdCBoYXZlIGVub3VnaCB2YWxpZCBiaXRzJyk7XG4gIGlmIChzcCA8IHNsKSB0aHJvdyBmYWlsKCdiYWQtZW5kaW5nJywgc3AsIGBJbnB1dCBieXRlIGFycmF5IGhhcyBpbmNvcnJlY3QgZW5kaW5nIGJ5dGUgYXQgJHtzcH1gKTtcbiAgcmV0dXJuIFVpbnQ4QXJyYXkuZnJvbShvdXQpO1xufVxuXG4vKiogYFN0cmluZy5nZXRCeXRlcyhVU19BU0NJSSlgOiBub24tQVNDSUkgXHUyMTkyICc/JyAoMHgzRiksIGEgc3Vycm9nYXRlIHBhaXIgXHUyMTkyIG9uZSAnPycuICovXG5leHBvcnQgZnVuY3Rpb24gYXNjaWlCeXRlcyhzOiBzdHJpbmcpOiBVaW50OEFycmF5IHtcbiAgY29uc3Qgb3V0OiBudW1iZXJbXSA9IFtdO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IHMubGVuZ3RoOyBpKyspIHtcbiAgICBjb25zdCBjID0gcy5jaGFyQ29kZUF0KGkpO1xuICAgIGlmIChjIDwgMHg4MCkgeyBvdXQucHVzaChjKTsgY29udGludWU7IH1cbiAgICBpZiAoaXNIaWdoKGMpICYmIGkgKyAxIDwgcy5sZW5ndGggJiYgaXNMb3cocy5jaGFyQ29kZUF0KGkgKyAxKSkpIGkrKztcbiAgICBvdXQucHVzaCgweDNmKTtcbiAgfVxuICByZXR1cm4gVWludDhBcnJheS5mcm9tKG91dCk7XG59XG5cbi8qKiBgU3RyaW5nLmdldEJ5dGVzKFVURl84KWA6IGxpa2UgVGV4dEVuY29kZXIgZXhjZXB0IHRoYXQgYSBsb25lIHN1cnJvZ2F0ZSBiZWNvbWVzICc/JyAoMHgzRiksIG5vdCBVK0ZGRkQuICovXG5leHBvcnQgZnVuY3Rpb24gdXRmOEJ5dGVzKHM6IHN0cmluZyk6IFVpbnQ4QXJyYXkge1xuICBjb25zdCBvdXQ6IG51bWJlcltdID0gW107XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgcy5sZW5ndGg7IGkrKykge1xuICAgIGxldCBjID0gcy5jaGFyQ29kZUF0KGkpO1xuICAgIGlmIChpc0hpZ2goYykgJiYgaSArIDEgPCBzLmxlbmd0aCAmJiBpc0xvdyhzLmNoYXJDb2RlQXQoaSArIDEpKSkge1xuICAgICAgYyA9IDB4MTAwMDAgKyAoKGMgLSAweGQ4MDApIDw8IDEwKSArIChzLmNoYXJDb2RlQXQoKytpKSAtIDB4ZGMwMCk7XG4gICAgfSBlbHNlIGlmIChjID49IDB4ZDgwMCAmJiBjIDw9IDB4ZGZmZikge1xuICAgICAgb3V0LnB1c2goMHgzZik7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgaWYgKGMgPCAweDgwKSBvdXQucHVzaChjKTtcbiAgICBlbHNlIGlmIChjIDwgMHg4MDApIG91dC5wdXNoKDB4YzAgfCAoYyA+PiA2KSwgMHg4MCB8IChjICYgMHgzZikpO1xuICAgIGVsc2UgaWYgKGMgPCAweDEwMDAwKSBvdXQucHVzaCgweGUwIHwgKGMgPj4gMTIpLCAweDgwIHwgKChjID4+IDYpICYgMHgzZiksIDB4ODAgfCAoYyAmIDB4M2YpKTtcbiAgICBlbHNlIG91dC5wdXNoKDB4ZjAgfCAoYyA+PiAxOCksIDB4ODAgfCAoKGMgPj4gMTIpICYgMHgzZiksIDB4ODAgfCAoKGMgPj4gNikgJiAweDNmKSwgMHg4MCB8IChjICYgMHgzZikpO1xuICB9XG4gIHJldHVybiBVaW50OEFycmF5LmZyb20ob3V0KTtcbn1cblxuZnVuY3Rpb24gYXR0ZW1wdChkZWNvZGU6IChzOiBzdHJpbmcpID0+IFVpbnQ4QXJyYXksIHM6IHN0cmluZyk6IHsgYnl0ZXM/OiBVaW50OEFycmF5OyBlcnJvcj86IEZhbGxiYWNrQ2F1c2UgfSB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHsgYnl0ZXM6IGRlY29kZShzKSB9O1xuICB9IGNhdGNoIChlKSB7XG4gICAgaWYgKGUgaW5zdGFuY2VvZiBKYXZhRXJyb3IpIHJldHVybiB7IGVycm9yOiBlLmRldGFpbCB9O1xuICAgIHRocm93IGU7XG4gIH1cbn1cblxuLyoqIERlY29kZSBhIHNlY3JldCBleGFjdGx5IGFzIHRoZSBnaXZlbiBkZWNvZGVyIGRvZXMuIE5ldmVyIHRocm93cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZWNvZGVTZWNyZXQoc2VjcmV0OiBzdHJpbmcsIGtpbmQ6IERlY29kZXJLaW5kKTogRGVjb2RlUmVzdWx0IHtcbiAgY29uc3QgYmFzZSA9IHNoYXBlKHNlY3JldCk7XG4gIGlmIChraW5kID09PSAnc3RyaWN0LWZhbGxiYWNrJykge1xuICAgIGNvbnN0IHIgPSBhdHRlbXB0KHN0cmljdERlY29kZSwgc2VjcmV0KTtcbiAgICByZXR1cm4gci5lcnJvclxuICAgICAgPyB7IC4uLmJhc2UsIGJ5dGVzOiBhc2NpaUJ5dGVzKHNlY3JldCksIHVzZWRSYXdGYWxsYmFjazogdHJ1ZSwgZmFsbGJhY2tDYXVzZTogci5lcnJvciB9XG4gICAgICA6IHsgLi4uYmFzZSwgYnl0ZXM6IHIuYnl0ZXMsIHVzZWRSYXdGYWxsYmFjazogZmFsc2UgfTtcbiAgfVxuICBjb25zdCByID0gYXR0ZW1wdChsZW5pZW50RGVjb2RlLCBzZWNyZXQpO1xuICBpZiAoIXIuZXJyb3IpIHJldHVybiB7IC4uLmJhc2UsIGJ5dGVzOiByLmJ5dGVzLCB1c2VkUmF3RmFsbGJhY2s6IGZhbHNlIH07XG4gIC8vIGpqd3Qgd3JhcHMgZXZlcnkgZXhjZXB0aW9uIGludG8gRGVjb2RpbmdFeGNlcHRpb24sIHNvIHRoZSAyLjAuNFx1MjAxMzIuMS54IGZhbGxiYWNrIGNhdGNoZXMgYWxsIG9mIHRoZW0uXG4gIGlmIChraW5kID09PSAndXRmOC1mYWxsYmFjaycpIHJldHVybiB7IC4uLmJhc2UsIGJ5dGVzOiB1dGY4Qnl0ZXMoc2VjcmV0KSwgdXNlZFJhd0ZhbGxiYWNrOiB0cnVlLCBmYWxsYmFja0NhdXNlOiByLmVycm9yIH07XG4gIC8vIFRoZSBsZW5pZW50IGRlY29kZXIgbmV2ZXIgcmVwb3J0cyAnYmFkLWVuZGluZycuXG4gIHJldHVybiB7IC4uLmJhc2UsIGJ5dGVzOiB1bmRlZmluZWQsIGVycm9yOiByLmVycm9yIGFzIERlY29kZUVycm9yLCB1c2VkUmF3RmFsbGJhY2s6IGZhbHNlIH07XG59XG4iLCAiLy8gUHVibGlzaGVkIGlkZW50aXR5IHBhaXJzIGFuZCB0b2tlbiBzZWNyZXRzIChmYWN0cyBcdTAwQTczKTogYW55b25lIGNhbiBzZW5kIGBrZXk6IHZhbHVlYCBvciBmb3JnZSB0b2tlbnMgd2l0aCB0aGVtLlxuaW1wb3J0IHsgZGVjb2RlU2VjcmV0LCB1dGY4Qnl0ZXMgfSBmcm9tICcuL2RlY29kZXJzJztcblxuZXhwb3J0IGludGVyZmFjZSBQdWJsaWNJZGVudGl0eVBhaXIge1xuICBrZXk6IHN0cmluZztcbiAgdmFsdWU6IHN0cmluZztcbiAgLyoqIFNob3J0IHRleHQgb2Ygd2hlcmUgaXQgd2FzIHB1Ymxpc2hlZC4gKi9cbiAgc291cmNlOiBzdHJpbmc7XG59XG5cbmV4cG9ydCBjb25zdCBQVUJMSUNfSURFTlRJVFlfUEFJUlM6IHJlYWRvbmx5IFB1YmxpY0lkZW50aXR5UGFpcltdID0gW1xuICB7IGtleTogJ3NlcnZlcklkZW50aXR5JywgdmFsdWU6ICdzZWN1cml0eScsIHNvdXJjZTogJ25hY29zIDIuMC4xXHUyMDEzMi4yLjAuMSBkZWZhdWx0IChhcHBsaWNhdGlvbi5wcm9wZXJ0aWVzLCBqYXIsIG5hY29zLWRvY2tlciBcdTIyNjQgdjIuMi4wLjEpJyB9LFxuICB7IGtleTogJ2V4YW1wbGUnLCB2YWx1ZTogJ2V4YW1wbGUnLCBzb3VyY2U6ICduYWNvcyAyLjIuMSsgYXBwbGljYXRpb24ucHJvcGVydGllcy5leGFtcGxlJyB9LFxuICB7IGtleTogJzIyMjInLCB2YWx1ZTogJzJ4eHgnLCBzb3VyY2U6ICduYWNvcy1kb2NrZXIgZW52LyouZW52ICh2Mi4yLjIrKScgfSxcbiAgeyBrZXk6ICduYWNvcycsIHZhbHVlOiAnbmFjb3MnLCBzb3VyY2U6ICdibG9ncyBhbmQgUSZBJyB9LFxuICB7IGtleTogJ25hY29zJywgdmFsdWU6ICdwYXNzd29yZElzZWxmZGVmaW5lJywgc291cmNlOiAnYmxvZ3MgYW5kIFEmQScgfSxcbiAgeyBrZXk6ICdJZC1LZXknLCB2YWx1ZTogJ0lkLVZhbHVlJywgc291cmNlOiAnYmxvZ3MgYW5kIFEmQScgfSxcbiAgeyBrZXk6ICdjbHVzdGVyX2tleScsIHZhbHVlOiAnY2x1c3Rlcl92YWx1ZScsIHNvdXJjZTogJ2Jsb2dzIGFuZCBRJkEnIH0sXG4gIHsga2V5OiAneW91cl9pZGVudGl0eV9rZXknLCB2YWx1ZTogJ3lvdXJfaWRlbnRpdHlfdmFsdWUnLCBzb3VyY2U6ICdibG9ncyBhbmQgUSZBJyB9LFxuICB7IGtleTogJ0NVU1RPTV9TRVJWRVJfSURFTlRJVFlfS0VZJywgdmFsdWU6ICdhUmFuZG9tbHlHZW5lcmF0ZWRTZWN1cmVWYWx1ZV8xMjM0NTY3ODkwJywgc291cmNlOiAnYmxvZ3MgYW5kIFEmQScgfSxcbiAgeyBrZXk6ICdFREY2NDkzQTA2ODQ0OUM5OTM0RkJGRjQ2NzA5NUY0OCcsIHZhbHVlOiAnNDhEQzUxNTQ4NUQ4NDAwNzkzMjE0REVDODZFRjA0QkYnLCBzb3VyY2U6ICdibG9ncyBhbmQgUSZBJyB9LFxuICB7IGtleTogJ3NlcnZlcklkZW50aXR5JywgdmFsdWU6ICdteVNlY3VyZVZhbHVlMTIzJywgc291cmNlOiAnYmxvZ3MgYW5kIFEmQScgfSxcbiAgeyBrZXk6ICdyb290JywgdmFsdWU6ICduYWNvcycsIHNvdXJjZTogJ2Jsb2dzIGFuZCBRJkEnIH0sXG4gIHsga2V5OiAnbmlsJywgdmFsdWU6ICduaWwnLCBzb3VyY2U6ICduYWNvcy1rOHMgSGVsbSB2YWx1ZXMgKG5pbCByZW5kZXJlZCBhcyBhIHN0cmluZyknIH0sXG5dO1xuXG4vKiogVmFsdWVzIHRoYXQgYXJlIHB1YmxpYyBvbiB0aGVpciBvd24gKGFueSBrZXkpOiBldmVyeSBwdWJsaXNoZWQgcGFpcidzIHZhbHVlLiAqL1xuZXhwb3J0IGNvbnN0IFBVQkxJQ19JREVOVElUWV9WQUxVRVM6IHJlYWRvbmx5IHN0cmluZ1tdID0gWy4uLm5ldyBTZXQoUFVCTElDX0lERU5USVRZX1BBSVJTLm1hcChwID0+IHAudmFsdWUpKV07XG5cbmV4cG9ydCBpbnRlcmZhY2UgUHVibGljU2VjcmV0IHtcbiAgLyoqIFRoZSBzdHJpbmcgYXMgcHVibGlzaGVkIChjYXNlLXNlbnNpdGl2ZSkuICovXG4gIHNlY3JldDogc3RyaW5nO1xuICBzb3VyY2U6IHN0cmluZztcbn1cblxuY29uc3QgT0xEX0RFRkFVTFQgPSAnU2VjcmV0S2V5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5JztcblxuZXhwb3J0IGNvbnN0IFBVQkxJQ19TRUNSRVRTOiByZWFkb25seSBQdWJsaWNTZWNyZXRbXSA9IFtcbiAgeyBzZWNyZXQ6IE9MRF9ERUZBVUxULCBzb3VyY2U6ICduYWNvcyAxLjIuMFx1MjAxMzIuMi4wIGRlZmF1bHQgKGFwcGxpY2F0aW9uLnByb3BlcnRpZXMsIGphciwgbmFjb3MtZG9ja2VyIFx1MjI2NCB2Mi4yLjAuMSwgZW52LyouZW52KScgfSxcbiAge1xuICAgIHNlY3JldDogJ1UyVmpjbVYwUzJWNU1ERXlNelExTmpjNE9UQXhNak0wTlRZM09Ea3dNVEl6TkRVMk56ZzVNREV5TXpRMU5qYzRPVEF4TWpNME5UWTNPRGt3TVRJek5EVTJOemc1JyxcbiAgICBzb3VyY2U6ICduYWNvcyB0ZXN0IHJlc291cmNlcyAoQmFzZTY0IG9mIHRoZSBvbGQgZGVmYXVsdCknLFxuICB9LFxuICB7IHNlY3JldDogJ1ZHaHBjMGx6VFhsRGRYTjBiMjFUWldOeVpYUkxaWGt3TVRJek5EVTJOemc9Jywgc291cmNlOiAnbmFjb3MgMy54IGFwcGxpY2F0aW9uLnByb3BlcnRpZXMgZXhhbXBsZSwgZG9jcywgbmFjb3MtZG9ja2VyIHYzIGVudi8qLmVudicgfSxcbiAgeyBzZWNyZXQ6ICdhWFFuYzIxNWMyVmpjbVYwZEdWemRHOW1ZbUZ6WlRZMFkyaGhjbk5sZEM0PScsIHNvdXJjZTogJ2Jsb2dzIGFuZCBHaXRIdWIgaXNzdWVzJyB9LFxuICB7IHNlY3JldDogJ1JUUkZOamt6UWpBek56TkVOREl6TWtFek4wUkRNRVExUlVRM09UaEJOMEU9Jywgc291cmNlOiAnYmxvZ3MgYW5kIEdpdEh1YiBpc3N1ZXMnIH0sXG4gIHsgc2VjcmV0OiAnVkdocGMwbHpUWGxUWldOeVpYUkxaWGxYYUdsamFGTm9iM1ZzWkVKbE16SkRhR0Z5WVdOMFpYSnpUR0Z5WjJVPScsIHNvdXJjZTogJ2Jsb2dzIGFuZCBHaXRIdWIgaXNzdWVzJyB9LFxuICB7IHNlY3JldDogJzg0MGhDS0VQYjFZN2FMaDhKT0x1VEtESXEyY051eXA0dVNMR213TFMrQlU9Jywgc291cmNlOiAnYmxvZ3MgYW5kIEdpdEh1YiBpc3N1ZXMnIH0sXG4gIHtcbiAgICBzZWNyZXQ6ICdOR0ZZZURkRk1rRnhXRFJSUzNkNFFuSXpNblJEWTNwR1puUkRkMGxxVVZWamVqTnZPVlF6UzJNMVFUSkpkek0yUm1kQ05tTndPRGRIWjBveGRHOW9UUT09JyxcbiAgICBzb3VyY2U6ICdHaXRIdWIgaXNzdWUgYWxpYmFiYS9uYWNvcyMxMjE3OScsXG4gIH0sXG4gIHsgc2VjcmV0OiAnU2VjcmV0S2V5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDUzNDU2Nzg5OTk5ODc2NTQ5MDEyMzQ1Njc4OTAxMjM0NTY3ODknLCBzb3VyY2U6ICdHaXRIdWIgaXNzdWUgYWxpYmFiYS9uYWNvcyMxMzMzOScgfSxcbiAgeyBzZWNyZXQ6ICdTZWNyZXRLZXk6ZTQ3MmMxM2UtYTU2OC00N2NkLWJiNDktYzE1ZTI1M2Y2MmU5Jywgc291cmNlOiAnR2l0SHViIGlzc3VlIGFsaWJhYmEvbmFjb3MjOTgzMCcgfSxcbiAge1xuICAgIHNlY3JldDogJ3RoaXMtaXMtYS12ZXJ5LWxvbmctdG9rZW4tYXQtbGVhc3QtMTkyLWJ5dGVzLXJlY29tbWVuZC0yNTYtYnl0ZXMtd2l0aG91dC1hbnktc3BlY2lhbC1zeW1ib2xzJyxcbiAgICBzb3VyY2U6ICdjaGFpdGluL3hyYXkgUFIgIzEwMTEnLFxuICB9LFxuICB7IHNlY3JldDogJ25pbCcsIHNvdXJjZTogJ25hY29zLWs4cyBIZWxtIHZhbHVlcyAobmlsIHJlbmRlcmVkIGFzIGEgc3RyaW5nKScgfSxcbl07XG5cbmNvbnN0IEVYVFJBX1NPVVJDRSA9ICduYWNvc0F1dGhMaW50Lmtub3duVmFsdWVzJztcblxuY29uc3QgbG93ZXIgPSAoczogc3RyaW5nKSA9PiBzLnRvTG93ZXJDYXNlKCk7XG5cbi8qKlxuICogVGhlIHZhbHVlIHRoZSB1c2VyIG1lYW50OiB3aGl0ZSBzcGFjZSBhcm91bmQgaXQgYW5kIG9uZSBwYWlyIG9mIGxpdGVyYWwgcXVvdGVzIGFyZSBtaXN0YWtlcyBvdGhlciBydWxlcyByZXBvcnRcbiAqIChpZGVudGl0eS13aGl0ZXNwYWNlLCBpZGVudGl0eS1xdW90ZWQpOyBgXCIgc2VjdXJpdHkgXCJgIGlzIHRoZSBwdWJsaXNoZWQgYHNlY3VyaXR5YCBcdTIwMTQgYW5kIHRyaW1taW5nIG9yIHVucXVvdGluZ1xuICogaXQgbXVzdCBub3QgdHVybiB1cCBhIG5ldyBlcnJvciAoU1BFQyBcdTAwQTc4KS5cbiAqL1xuY29uc3QgaW50ZW5kZWQgPSAoczogc3RyaW5nKSA9PiB7XG4gIGNvbnN0IHQgPSBzLnRyaW0oKTtcbiAgY29uc3QgcSA9IHQubGVuZ3RoID49IDIgJiYgKHRbMF0gPT09ICdcIicgfHwgdFswXSA9PT0gXCInXCIpICYmIHRbdC5sZW5ndGggLSAxXSA9PT0gdFswXSA/IHQuc2xpY2UoMSwgLTEpLnRyaW0oKSA6IHQ7XG4gIHJldHVybiBxLnRvTG93ZXJDYXNlKCk7XG59O1xuXG4vKipcbiAqIElzIHRoZSBpZGVudGl0eSBwYWlyIHB1Ymxpc2hlZD8gQ2FzZS1pbnNlbnNpdGl2ZS4gYHBhaXJgOiBrZXkgYW5kIHZhbHVlIG9mIG9uZSBwdWJsaXNoZWQgcGFpcjsgYHZhbHVlYDogdGhlIHZhbHVlXG4gKiBvZiBhbnkgcHVibGlzaGVkIHBhaXIgb3IgYW4gYGV4dHJhYCBlbnRyeTsgYGtleWA6IG9ubHkgdGhlIGtleSBpcyBwdWJsaXNoZWQgKG9yIGFuIGBleHRyYWAgZW50cnkpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gaXNQdWJsaWNJZGVudGl0eShcbiAga2V5OiBzdHJpbmcsXG4gIHZhbHVlOiBzdHJpbmcsXG4gIGV4dHJhOiBzdHJpbmdbXSxcbik6IHsgbWF0Y2g6ICdwYWlyJyB8ICd2YWx1ZScgfCAna2V5Jzsgc291cmNlOiBzdHJpbmcgfSB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGsgPSBpbnRlbmRlZChrZXkpO1xuICBjb25zdCB2ID0gaW50ZW5kZWQodmFsdWUpO1xuICBjb25zdCBwYWlyID0gUFVCTElDX0lERU5USVRZX1BBSVJTLmZpbmQocCA9PiBsb3dlcihwLmtleSkgPT09IGsgJiYgbG93ZXIocC52YWx1ZSkgPT09IHYpO1xuICBpZiAocGFpcikgcmV0dXJuIHsgbWF0Y2g6ICdwYWlyJywgc291cmNlOiBwYWlyLnNvdXJjZSB9O1xuICBpZiAodiAhPT0gJycpIHtcbiAgICBjb25zdCBieVZhbHVlID0gUFVCTElDX0lERU5USVRZX1BBSVJTLmZpbmQocCA9PiBsb3dlcihwLnZhbHVlKSA9PT0gdik7XG4gICAgaWYgKGJ5VmFsdWUpIHJldHVybiB7IG1hdGNoOiAndmFsdWUnLCBzb3VyY2U6IGJ5VmFsdWUuc291cmNlIH07XG4gICAgaWYgKGV4dHJhLnNvbWUoZSA9PiBsb3dlcihlKSA9PT0gdikpIHJldHVybiB7IG1hdGNoOiAndmFsdWUnLCBzb3VyY2U6IEVYVFJBX1NPVVJDRSB9O1xuICB9XG4gIGlmIChrICE9PSAnJykge1xuICAgIGNvbnN0IGJ5S2V5ID0gUFVCTElDX0lERU5USVRZX1BBSVJTLmZpbmQocCA9PiBsb3dlcihwLmtleSkgPT09IGspO1xuICAgIGlmIChieUtleSkgcmV0dXJuIHsgbWF0Y2g6ICdrZXknLCBzb3VyY2U6IGJ5S2V5LnNvdXJjZSB9O1xuICAgIGlmIChleHRyYS5zb21lKGUgPT4gbG93ZXIoZSkgPT09IGspKSByZXR1cm4geyBtYXRjaDogJ2tleScsIHNvdXJjZTogRVhUUkFfU09VUkNFIH07XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuaW50ZXJmYWNlIFNlY3JldEZvcm1zIHtcbiAgcmF3OiBzdHJpbmc7XG4gIC8qKiBVVEYtOCBieXRlcyBvZiB0aGUgc3RyaW5nIGFuZCBpdHMgbGVuaWVudCBkZWNvZGluZzogdGhlIGtleSBieXRlcyBpdCB5aWVsZHMgb24gc29tZSB2ZXJzaW9uLiAqL1xuICBieXRlczogVWludDhBcnJheVtdO1xuICBzb3VyY2U6IHN0cmluZztcbn1cblxuZnVuY3Rpb24gZm9ybXNPZihzZWNyZXQ6IHN0cmluZywgc291cmNlOiBzdHJpbmcpOiBTZWNyZXRGb3JtcyB7XG4gIGNvbnN0IGJ5dGVzID0gW3V0ZjhCeXRlcyhzZWNyZXQpXTtcbiAgY29uc3QgZGVjb2RlZCA9IGRlY29kZVNlY3JldChzZWNyZXQsICdsZW5pZW50JykuYnl0ZXM7XG4gIGlmIChkZWNvZGVkICYmIGRlY29kZWQubGVuZ3RoID4gMCkgYnl0ZXMucHVzaChkZWNvZGVkKTtcbiAgcmV0dXJuIHsgcmF3OiBzZWNyZXQsIGJ5dGVzLCBzb3VyY2UgfTtcbn1cblxuY29uc3QgUFVCTElTSEVEX0ZPUk1TOiByZWFkb25seSBTZWNyZXRGb3Jtc1tdID0gUFVCTElDX1NFQ1JFVFMubWFwKHAgPT4gZm9ybXNPZihwLnNlY3JldCwgcC5zb3VyY2UpKTtcblxuZnVuY3Rpb24gc2FtZUJ5dGVzKGE6IFVpbnQ4QXJyYXksIGI6IFVpbnQ4QXJyYXkpOiBib29sZWFuIHtcbiAgaWYgKGEubGVuZ3RoICE9PSBiLmxlbmd0aCkgcmV0dXJuIGZhbHNlO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGEubGVuZ3RoOyBpKyspIGlmIChhW2ldICE9PSBiW2ldKSByZXR1cm4gZmFsc2U7XG4gIHJldHVybiB0cnVlO1xufVxuXG4vKipcbiAqIElzIHRoZSBzZWNyZXQgcHVibGlzaGVkPyBDb21wYXJlcyB0aGUgcmF3IHN0cmluZyAoY2FzZS1zZW5zaXRpdmUpIGFuZCB0aGUga2V5IGJ5dGVzOiBgZGVjb2RlZEJ5dGVzYCAod2hhdCB0aGVcbiAqIGFzc3VtZWQgdmVyc2lvbiBkZXJpdmVzIGZyb20gYHNlY3JldGApIGFuZCB0aGUgc2VjcmV0J3MgVVRGLTggYnl0ZXMsIGFnYWluc3QgZWFjaCBwdWJsaXNoZWQgc2VjcmV0J3MgVVRGLTggYnl0ZXNcbiAqIGFuZCBsZW5pZW50IGRlY29kaW5nLiBTbyBgU2VjcmV0S2V5MDEyM1x1MjAyNmAgYW5kIGl0cyBCYXNlNjQgbWF0Y2ggZWFjaCBvdGhlciwgYW5kIHNvIGRvZXMgdGhlIHRleHRcbiAqIGBUaGlzSXNNeUN1c3RvbVNlY3JldEtleTAxMjM0NTY3OGAgdGhhdCBgVkdocGMwbHpcdTIwMjZOemc9YCBkZWNvZGVzIHRvLiBgZXh0cmFgIGVudHJpZXMgYXJlIHRyZWF0ZWQgYXMgcHVibGlzaGVkLlxuICovXG5leHBvcnQgZnVuY3Rpb24gaXNQdWJsaWNTZWNyZXQoXG4gIHNlY3JldDogc3RyaW5nLFxuICBkZWNvZGVkQnl0ZXM6IFVpbnQ4QXJyYXkgfCB1bmRlZmluZWQsXG4gIGV4dHJhOiBzdHJpbmdbXSxcbik6IHsgc291cmNlOiBzdHJpbmcgfSB8IHVuZGVmaW5lZCB7XG4gIGlmIChzZWNyZXQgPT09ICcnKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBjYW5kaWRhdGVzID0gW3V0ZjhCeXRlcyhzZWNyZXQpXTtcbiAgaWYgKGRlY29kZWRCeXRlcyAmJiBkZWNvZGVkQnl0ZXMubGVuZ3RoID4gMCkgY2FuZGlkYXRlcy5wdXNoKGRlY29kZWRCeXRlcyk7XG4gIGNvbnN0IGZvcm1zID0gZXh0cmEubGVuZ3RoID4gMCA/IFsuLi5QVUJMSVNIRURfRk9STVMsIC4uLmV4dHJhLm1hcChlID0+IGZvcm1zT2YoZSwgRVhUUkFfU09VUkNFKSldIDogUFVCTElTSEVEX0ZPUk1TO1xuICBmb3IgKGNvbnN0IGYgb2YgZm9ybXMpIHtcbiAgICBpZiAoZi5yYXcgPT09IHNlY3JldCB8fCBmLmJ5dGVzLnNvbWUoYiA9PiBjYW5kaWRhdGVzLnNvbWUoYyA9PiBzYW1lQnl0ZXMoYiwgYykpKSkgcmV0dXJuIHsgc291cmNlOiBmLnNvdXJjZSB9O1xuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG4iLCAiLy8gVGhlIGF1dGggcHJvcGVydHkgY2F0YWxvZ3VlIGFzIGRhdGEgKGZhY3RzIFx1MDBBNzEuMSwgXHUwMEE3MS4yLCBcdTAwQTcxLjksIFx1MDBBNzIpLCBwbHVzIHRoZSBwcmVkaWNhdGVzIGJ1aWx0IG9uIGl0IChTUEVDIFx1MDBBNzQpLlxuaW1wb3J0IHsgdHlwZSBOYWNvc1ZlcnNpb24sIHR5cGUgVmVyc2lvblJhbmdlLCBpblZlcnNpb25SYW5nZSwgdmVyc2lvbkF0TGVhc3QgfSBmcm9tICcuL3ZlcnNpb25zJztcblxuZXhwb3J0IHR5cGUgUHJvcGVydHlUeXBlID0gJ2Jvb2xlYW4nIHwgJ3N0cmluZycgfCAnc2VjcmV0JyB8ICdsb25nJyB8ICdjc3YnO1xuXG4vKiogQSB2YWx1ZSB0aGF0IGhvbGRzIGZvciBhIHZlcnNpb24gcmFuZ2U7IGB2YWx1ZTogdW5kZWZpbmVkYCA9IHRoZSBsaW5lIGlzIGFic2VudCAvIGNvbW1lbnRlZCBvdXQgaW4gdGhhdCByYW5nZS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVmVyc2lvbmVkVmFsdWUgZXh0ZW5kcyBWZXJzaW9uUmFuZ2Uge1xuICB2YWx1ZTogc3RyaW5nIHwgdW5kZWZpbmVkO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEF1dGhQcm9wZXJ0eSB7XG4gIGtleTogc3RyaW5nO1xuICB0eXBlOiBQcm9wZXJ0eVR5cGU7XG4gIC8qKiBWZXJzaW9ucyB0aGF0IHJlYWQgYW5kIGhvbm91ciB0aGUga2V5LiAqL1xuICByZWFkOiBWZXJzaW9uUmFuZ2U7XG4gIC8qKiBWZXJzaW9ucyB0aGF0IHN0aWxsIHJlYWQgdGhlIGtleSBidXQgaWdub3JlIGl0cyB2YWx1ZSAodXNlckFnZW50QXV0aFdoaXRlIG9uIDIuNS54KS4gKi9cbiAgaWdub3JlZD86IFZlcnNpb25SYW5nZTtcbiAgLyoqIGBAVmFsdWVgL2BnZXRQcm9wZXJ0eWAgZGVmYXVsdCB3aGVuIHRoZSBrZXkgaXMgYWJzZW50IGV2ZXJ5d2hlcmU7IHJhbmdlcyBub3QgbGlzdGVkIGFyZSB1bmtub3duLiAqL1xuICBjb2RlRGVmYXVsdDogcmVhZG9ubHkgVmVyc2lvbmVkVmFsdWVbXTtcbiAgLyoqIFRoZSBgYXBwbGljYXRpb24ucHJvcGVydGllc2AgaW5zaWRlIG5hY29zLXNlcnZlci5qYXIgKGZhY3RzIFx1MDBBNzEuMik7IG9ubHkgdGhlIHNlY3JldCBhbmQgaWRlbnRpdHkgYXJlIHBpbm5lZC4gKi9cbiAgamFyRGVmYXVsdDogcmVhZG9ubHkgVmVyc2lvbmVkVmFsdWVbXTtcbiAgLyoqIFRoZSB2YWx1ZSBzaGlwcGVkIGluIGBkaXN0cmlidXRpb24vY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzYC4gKi9cbiAgc2hpcHBlZDogcmVhZG9ubHkgVmVyc2lvbmVkVmFsdWVbXTtcbiAgLyoqIEhvdyBhIGJvb2xlYW4gc3RyaW5nIGlzIHJlYWQ6IFNwcmluZyBjb252ZXJzaW9uLCBvciBOYWNvcyBgQ29udmVydFV0aWxzLnRvQm9vbGVhbmAgKGZhY3RzIFx1MDBBNzEuMTApLiAqL1xuICBib29sZWFuUGFyc2VyPzogJ3NwcmluZycgfCAnbmFjb3MtY29udmVydCc7XG4gIC8qKiBUaGUga2V5IHRoZSB2YWx1ZSBtb3ZlZCB0byAoZGVmYXVsdC50b2tlbi4qIFx1MjE5MiBwbHVnaW4ubmFjb3MudG9rZW4uKiBpbiAyLjEuMCkuICovXG4gIHJlbmFtZWRUbz86IHN0cmluZztcbiAgZGVzY3JpcHRpb246IHsgZW46IHN0cmluZzsgemg6IHN0cmluZyB9O1xufVxuXG5jb25zdCBPTERfREVGQVVMVF9TRUNSRVQgPSAnU2VjcmV0S2V5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5JztcbmNvbnN0IElHTk9SRV9VUkxTX1NISVBQRUQgPVxuICAnLywvZXJyb3IsLyoqLyouY3NzLC8qKi8qLmpzLC8qKi8qLmh0bWwsLyoqLyoubWFwLC8qKi8qLnN2ZywvKiovKi5wbmcsLyoqLyouaWNvLC9jb25zb2xlLXVpL3B1YmxpYy8qKiwvdjEvYXV0aC8qKiwvdjEvY29uc29sZS9oZWFsdGgvKiosL2FjdHVhdG9yLyoqLC92MS9jb25zb2xlL3NlcnZlci8qKic7XG5cbmNvbnN0IGFsd2F5cyA9ICh2YWx1ZTogc3RyaW5nIHwgdW5kZWZpbmVkKTogVmVyc2lvbmVkVmFsdWVbXSA9PiBbeyB2YWx1ZSB9XTtcblxuZXhwb3J0IGNvbnN0IEFVVEhfUFJPUEVSVElFUzogcmVhZG9ubHkgQXV0aFByb3BlcnR5W10gPSBbXG4gIHtcbiAgICBrZXk6ICduYWNvcy5jb3JlLmF1dGguZW5hYmxlZCcsXG4gICAgdHlwZTogJ2Jvb2xlYW4nLFxuICAgIHJlYWQ6IHsgZnJvbTogJzEuMi4wJyB9LFxuICAgIGNvZGVEZWZhdWx0OiBhbHdheXMoJ2ZhbHNlJyksXG4gICAgamFyRGVmYXVsdDogW10sXG4gICAgc2hpcHBlZDogYWx3YXlzKCdmYWxzZScpLFxuICAgIGJvb2xlYW5QYXJzZXI6ICdzcHJpbmcnLFxuICAgIGRlc2NyaXB0aW9uOiB7XG4gICAgICBlbjogJ1R1cm5zIG9uIGF1dGhlbnRpY2F0aW9uIGZvciB0aGUgb3BlbiBBUEkgYW5kIFNESyAoSFRUUCBhbmQgZ1JQQykuIE9uIDIueCBpdCBhbHNvIG1ha2VzIHRoZSBzZXJ2ZXIgdmFsaWRhdGUgdGhlIGlkZW50aXR5IHBhaXIgYW5kIHRoZSB0b2tlbiBzZWNyZXQgYXQgc3RhcnR1cC4nLFxuICAgICAgemg6ICdcdTVGMDBcdTU0MkYgT3BlbiBBUEkgLyBTREtcdUZGMDhIVFRQIFx1NEUwRSBnUlBDXHVGRjA5XHU5Mjc0XHU2NzQzXHUzMDAyMi54IFx1NEUyRFx1NUYwMFx1NTQyRlx1NTQwRVx1NTQyRlx1NTJBOFx1NjVGNlx1OEZEOFx1NEYxQVx1NjgyMVx1OUE4QyBpZGVudGl0eSBcdTRFMEUgdG9rZW4gXHU1QkM2XHU5NEE1XHUzMDAyJyxcbiAgICB9LFxuICB9LFxuICB7XG4gICAga2V5OiAnbmFjb3MuY29yZS5hdXRoLmFkbWluLmVuYWJsZWQnLFxuICAgIHR5cGU6ICdib29sZWFuJyxcbiAgICByZWFkOiB7IGZyb206ICczLjAuMCcgfSxcbiAgICBjb2RlRGVmYXVsdDogYWx3YXlzKCd0cnVlJyksXG4gICAgamFyRGVmYXVsdDogW10sXG4gICAgc2hpcHBlZDogW3sgZnJvbTogJzMuMC4wJywgdmFsdWU6ICd0cnVlJyB9XSxcbiAgICBib29sZWFuUGFyc2VyOiAnc3ByaW5nJyxcbiAgICBkZXNjcmlwdGlvbjoge1xuICAgICAgZW46ICdBdXRoZW50aWNhdGlvbiBmb3IgdGhlIGFkbWluIEFQSSAoMy4wKykuIERlZmF1bHRzIHRvIHRydWUsIHNvIHRoZSBpZGVudGl0eSBrZXkgYW5kIHZhbHVlIGFyZSByZXF1aXJlZCBhdCBzdGFydHVwIGV2ZW4gd2hlbiBuYWNvcy5jb3JlLmF1dGguZW5hYmxlZD1mYWxzZS4nLFxuICAgICAgemg6ICdBZG1pbiBBUEkgXHU5Mjc0XHU2NzQzXHVGRjA4My4wK1x1RkYwOVx1MzAwMlx1OUVEOFx1OEJBNCB0cnVlXHVGRjBDXHU1NkUwXHU2QjY0XHU1MzczXHU0RjdGIG5hY29zLmNvcmUuYXV0aC5lbmFibGVkPWZhbHNlXHVGRjBDXHU1NDJGXHU1MkE4XHU2NUY2XHU0RTVGXHU1RkM1XHU5ODdCXHU4QkJFXHU3RjZFIGlkZW50aXR5IGtleS92YWx1ZVx1MzAwMicsXG4gICAgfSxcbiAgfSxcbiAge1xuICAgIGtleTogJ25hY29zLmNvcmUuYXV0aC5jb25zb2xlLmVuYWJsZWQnLFxuICAgIHR5cGU6ICdib29sZWFuJyxcbiAgICByZWFkOiB7IGZyb206ICczLjAuMCcgfSxcbiAgICBjb2RlRGVmYXVsdDogYWx3YXlzKCd0cnVlJyksXG4gICAgamFyRGVmYXVsdDogW10sXG4gICAgc2hpcHBlZDogW3sgZnJvbTogJzMuMC4wJywgdmFsdWU6ICd0cnVlJyB9XSxcbiAgICBib29sZWFuUGFyc2VyOiAnc3ByaW5nJyxcbiAgICBkZXNjcmlwdGlvbjoge1xuICAgICAgZW46ICdDb25zb2xlIGxvZ2luIGF1dGhlbnRpY2F0aW9uICgzLjArKS4gRGVmYXVsdHMgdG8gdHJ1ZSwgc28gdGhlIHRva2VuIHNlY3JldCBtdXN0IGJlIHZhbGlkIGF0IHN0YXJ0dXAuJyxcbiAgICAgIHpoOiAnXHU2M0E3XHU1MjM2XHU1M0YwXHU3NjdCXHU1RjU1XHU5Mjc0XHU2NzQzXHVGRjA4My4wK1x1RkYwOVx1MzAwMlx1OUVEOFx1OEJBNCB0cnVlXHVGRjBDXHU1NkUwXHU2QjY0XHU1NDJGXHU1MkE4XHU2NUY2IHRva2VuIFx1NUJDNlx1OTRBNVx1NUZDNVx1OTg3Qlx1NjcwOVx1NjU0OFx1MzAwMicsXG4gICAgfSxcbiAgfSxcbiAge1xuICAgIGtleTogJ25hY29zLmNvcmUuYXV0aC5zeXN0ZW0udHlwZScsXG4gICAgdHlwZTogJ3N0cmluZycsXG4gICAgcmVhZDogeyBmcm9tOiAnMS4yLjAnIH0sXG4gICAgLy8gYFwiXCJgIGluIDEuNC41Ky8yLngvMy54IGNvZGU7IG5vdCBwaW5uZWQgZm9yIDEuMi4wXHUyMDEzMS40LjQuXG4gICAgY29kZURlZmF1bHQ6IFt7IGZyb206ICcxLjQuNScsIHZhbHVlOiAnJyB9XSxcbiAgICBqYXJEZWZhdWx0OiBbXSxcbiAgICBzaGlwcGVkOiBhbHdheXMoJ25hY29zJyksXG4gICAgZGVzY3JpcHRpb246IHtcbiAgICAgIGVuOiAnQXV0aCBwbHVnaW4gbmFtZSwgY2FzZS1zZW5zaXRpdmU6IG5hY29zLCBsZGFwICgyLjAuMSspLCBvaWRjICgzLjIrKS4gRW1wdHkgd2l0aCBhdXRoIG9uIGZhaWxzIHN0YXJ0dXAgKDUwMDAxKTsgYW4gdW5rbm93biBuYW1lIHNpbGVudGx5IGRpc2FibGVzIGF1dGguJyxcbiAgICAgIHpoOiAnXHU5Mjc0XHU2NzQzXHU2M0QyXHU0RUY2XHU1NDBEXHVGRjA4XHU1MzNBXHU1MjA2XHU1OTI3XHU1QzBGXHU1MTk5XHVGRjA5XHVGRjFBbmFjb3NcdTMwMDFsZGFwXHVGRjA4Mi4wLjErXHVGRjA5XHUzMDAxb2lkY1x1RkYwODMuMitcdUZGMDlcdTMwMDJcdTVGMDBcdTU0MkZcdTkyNzRcdTY3NDNcdTY1RjZcdTRFM0FcdTdBN0FcdTRGMUFcdTU0MkZcdTUyQThcdTU5MzFcdThEMjVcdUZGMDg1MDAwMVx1RkYwOVx1RkYxQlx1NjcyQVx1NzdFNVx1NTQwRFx1NzlGMFx1NEYxQVx1NUJGQ1x1ODFGNFx1OTI3NFx1Njc0M1x1OTc1OVx1OUVEOFx1NTkzMVx1NjU0OFx1MzAwMicsXG4gICAgfSxcbiAgfSxcbiAge1xuICAgIGtleTogJ25hY29zLmNvcmUuYXV0aC5zZXJ2ZXIuaWRlbnRpdHkua2V5JyxcbiAgICB0eXBlOiAnc3RyaW5nJyxcbiAgICByZWFkOiB7IGZyb206ICcxLjQuMScgfSxcbiAgICBjb2RlRGVmYXVsdDogYWx3YXlzKCcnKSxcbiAgICBqYXJEZWZhdWx0OiBbXG4gICAgICB7IGZyb206ICcxLjQuMScsIHRvOiAnMS40LjEnLCB2YWx1ZTogdW5kZWZpbmVkIH0sXG4gICAgICB7IGZyb206ICcxLjQuMicsIHRvOiAnMS40LjQnLCB2YWx1ZTogJ3NlcnZlcklkZW50aXR5JyB9LFxuICAgICAgeyBmcm9tOiAnMS40LjUnLCB0bzogJzEuNCcsIHZhbHVlOiAnJyB9LFxuICAgICAgeyBmcm9tOiAnMi4wLjAnLCB0bzogJzIuMi4wJywgdmFsdWU6ICdzZXJ2ZXJJZGVudGl0eScgfSwgLy8gMi4yLjAgYW5kIDIuMi4wLjFcbiAgICAgIHsgZnJvbTogJzIuMi4xJywgdmFsdWU6ICcnIH0sXG4gICAgXSxcbiAgICBzaGlwcGVkOiBbXG4gICAgICB7IGZyb206ICcxLjQuMScsIHRvOiAnMi4wLjAnLCB2YWx1ZTogJycgfSxcbiAgICAgIHsgZnJvbTogJzIuMC4xJywgdG86ICcyLjIuMCcsIHZhbHVlOiAnc2VydmVySWRlbnRpdHknIH0sXG4gICAgICB7IGZyb206ICcyLjIuMScsIHZhbHVlOiAnJyB9LFxuICAgIF0sXG4gICAgZGVzY3JpcHRpb246IHtcbiAgICAgIGVuOiAnTmFtZSBvZiB0aGUgSFRUUC9nUlBDIGhlYWRlciB0aGF0IGNhcnJpZXMgdGhlIGludGVyLW5vZGUgaWRlbnRpdHkuIEEgcmVxdWVzdCB3aXRoIHRoaXMgaGVhZGVyIGFuZCB0aGUgbWF0Y2hpbmcgdmFsdWUgYnlwYXNzZXMgdXNlciBhdXRoZW50aWNhdGlvbi4nLFxuICAgICAgemg6ICdcdTgyODJcdTcwQjlcdTk1RjRcdThFQUJcdTRFRkRcdThCQzZcdTUyMkJcdTYyNDBcdTc1MjhcdTc2ODQgSFRUUC9nUlBDIFx1OEJGN1x1NkM0Mlx1NTkzNFx1NTQwRFx1NzlGMFx1MzAwMlx1NUUyNlx1NjcwOVx1OEJFNVx1OEJGN1x1NkM0Mlx1NTkzNFx1NEUxNFx1NTAzQ1x1NTMzOVx1OTE0RFx1NzY4NFx1OEJGN1x1NkM0Mlx1NEYxQVx1OERGM1x1OEZDN1x1NzUyOFx1NjIzN1x1OTI3NFx1Njc0M1x1MzAwMicsXG4gICAgfSxcbiAgfSxcbiAge1xuICAgIGtleTogJ25hY29zLmNvcmUuYXV0aC5zZXJ2ZXIuaWRlbnRpdHkudmFsdWUnLFxuICAgIHR5cGU6ICdzdHJpbmcnLFxuICAgIHJlYWQ6IHsgZnJvbTogJzEuNC4xJyB9LFxuICAgIGNvZGVEZWZhdWx0OiBhbHdheXMoJycpLFxuICAgIGphckRlZmF1bHQ6IFtcbiAgICAgIHsgZnJvbTogJzEuNC4xJywgdG86ICcxLjQuMScsIHZhbHVlOiB1bmRlZmluZWQgfSxcbiAgICAgIHsgZnJvbTogJzEuNC4yJywgdG86ICcxLjQuNCcsIHZhbHVlOiAnc2VjdXJpdHknIH0sXG4gICAgICB7IGZyb206ICcxLjQuNScsIHRvOiAnMS40JywgdmFsdWU6ICcnIH0sXG4gICAgICB7IGZyb206ICcyLjAuMCcsIHRvOiAnMi4yLjAnLCB2YWx1ZTogJ3NlY3VyaXR5JyB9LFxuICAgICAgeyBmcm9tOiAnMi4yLjEnLCB2YWx1ZTogJycgfSxcbiAgICBdLFxuICAgIHNoaXBwZWQ6IFtcbiAgICAgIHsgZnJvbTogJzEuNC4xJywgdG86ICcyLjAuMCcsIHZhbHVlOiAnJyB9LFxuICAgICAgeyBmcm9tOiAnMi4wLjEnLCB0bzogJzIuMi4wJywgdmFsdWU6ICdzZWN1cml0eScgfSxcbiAgICAgIHsgZnJvbTogJzIuMi4xJywgdmFsdWU6ICcnIH0sXG4gICAgXSxcbiAgICBkZXNjcmlwdGlvbjoge1xuICAgICAgZW46ICdWYWx1ZSBvZiB0aGUgaWRlbnRpdHkgaGVhZGVyLCBjb21wYXJlZCB3aXRoIFN0cmluZy5lcXVhbHMuIEl0IHdvcmtzIGxpa2UgYSBtYXN0ZXIga2V5OiBrZWVwIGl0IHNlY3JldCwgcmFuZG9tLCBhbmQgaWRlbnRpY2FsIG9uIGFsbCBub2Rlcy4nLFxuICAgICAgemg6ICdcdThFQUJcdTRFRkRcdThCQzZcdTUyMkJcdThCRjdcdTZDNDJcdTU5MzRcdTc2ODRcdTUwM0NcdUZGMDhTdHJpbmcuZXF1YWxzIFx1NkJENFx1OEY4M1x1RkYwOVx1RkYwQ1x1NzZGOFx1NUY1M1x1NEU4RVx1NEUwN1x1ODBGRFx1NUJDNlx1OTRBNVx1RkYxQVx1NUU5NFx1OTY4Rlx1NjczQVx1MzAwMVx1NEZERFx1NUJDNlx1RkYwQ1x1NUU3Nlx1NTcyOFx1NjI0MFx1NjcwOVx1ODI4Mlx1NzBCOVx1NEZERFx1NjMwMVx1NEUwMFx1ODFGNFx1MzAwMicsXG4gICAgfSxcbiAgfSxcbiAge1xuICAgIGtleTogJ25hY29zLmNvcmUuYXV0aC5lbmFibGUudXNlckFnZW50QXV0aFdoaXRlJyxcbiAgICB0eXBlOiAnYm9vbGVhbicsXG4gICAgcmVhZDogeyBmcm9tOiAnMS40LjEnLCB0bzogJzIuNCcgfSxcbiAgICBpZ25vcmVkOiB7IGZyb206ICcyLjUuMCcsIHRvOiAnMi41JyB9LFxuICAgIGNvZGVEZWZhdWx0OiBbXG4gICAgICB7IGZyb206ICcxLjQuMScsIHRvOiAnMi4wLjInLCB2YWx1ZTogJ3RydWUnIH0sXG4gICAgICB7IGZyb206ICcyLjAuMycsIHRvOiAnMi41JywgdmFsdWU6ICdmYWxzZScgfSxcbiAgICBdLFxuICAgIGphckRlZmF1bHQ6IFtdLFxuICAgIHNoaXBwZWQ6IFtcbiAgICAgIHsgZnJvbTogJzEuNC4xJywgdG86ICcxLjQuNCcsIHZhbHVlOiAndHJ1ZScgfSxcbiAgICAgIHsgZnJvbTogJzEuNC41JywgdG86ICcxLjQnLCB2YWx1ZTogJ2ZhbHNlJyB9LFxuICAgICAgeyBmcm9tOiAnMi4wLjAnLCB0bzogJzIuMC4wJywgdmFsdWU6ICd0cnVlJyB9LFxuICAgICAgeyBmcm9tOiAnMi4wLjEnLCB0bzogJzIuNScsIHZhbHVlOiAnZmFsc2UnIH0sXG4gICAgXSxcbiAgICBib29sZWFuUGFyc2VyOiAnc3ByaW5nJyxcbiAgICBkZXNjcmlwdGlvbjoge1xuICAgICAgZW46ICd0cnVlIGxldHMgYW55IHJlcXVlc3Qgd2hvc2UgVXNlci1BZ2VudCBzdGFydHMgd2l0aCBcIk5hY29zLVNlcnZlclwiIGJ5cGFzcyBhdXRoZW50aWNhdGlvbiAoQ1ZFLTIwMjEtMjk0NDEpLiBJZ25vcmVkIGZyb20gMi41LjAsIHJlbW92ZWQgaW4gMy4wLicsXG4gICAgICB6aDogJ1x1NEUzQSB0cnVlIFx1NjVGNlx1RkYwQ1VzZXItQWdlbnQgXHU0RUU1IFwiTmFjb3MtU2VydmVyXCIgXHU1RjAwXHU1OTM0XHU3Njg0XHU4QkY3XHU2QzQyXHU1M0VGXHU3RUQ1XHU4RkM3XHU5Mjc0XHU2NzQzXHVGRjA4Q1ZFLTIwMjEtMjk0NDFcdUZGMDlcdTMwMDIyLjUuMCBcdThENzdcdTg4QUJcdTVGRkRcdTc1NjVcdUZGMEMzLjAgXHU3OUZCXHU5NjY0XHUzMDAyJyxcbiAgICB9LFxuICB9LFxuICB7XG4gICAga2V5OiAnbmFjb3MuY29yZS5hdXRoLmRlZmF1bHQudG9rZW4uc2VjcmV0LmtleScsXG4gICAgdHlwZTogJ3NlY3JldCcsXG4gICAgcmVhZDogeyBmcm9tOiAnMS4yLjAnLCB0bzogJzIuMC40JyB9LFxuICAgIGNvZGVEZWZhdWx0OiBhbHdheXMoJycpLFxuICAgIGphckRlZmF1bHQ6IFt7IGZyb206ICcxLjIuMCcsIHRvOiAnMi4wLjQnLCB2YWx1ZTogT0xEX0RFRkFVTFRfU0VDUkVUIH1dLFxuICAgIHNoaXBwZWQ6IFtcbiAgICAgIHsgZnJvbTogJzEuMi4wJywgdG86ICcxLjQuNCcsIHZhbHVlOiBPTERfREVGQVVMVF9TRUNSRVQgfSxcbiAgICAgIHsgZnJvbTogJzEuNC41JywgdG86ICcxLjQnLCB2YWx1ZTogdW5kZWZpbmVkIH0sXG4gICAgICB7IGZyb206ICcyLjAuMCcsIHRvOiAnMi4wLjQnLCB2YWx1ZTogT0xEX0RFRkFVTFRfU0VDUkVUIH0sXG4gICAgXSxcbiAgICByZW5hbWVkVG86ICduYWNvcy5jb3JlLmF1dGgucGx1Z2luLm5hY29zLnRva2VuLnNlY3JldC5rZXknLFxuICAgIGRlc2NyaXB0aW9uOiB7XG4gICAgICBlbjogJ0pXVCBzaWduaW5nIGtleSAoQmFzZTY0KSB1cCB0byAyLjAuNC4gUmVuYW1lZCB0byBuYWNvcy5jb3JlLmF1dGgucGx1Z2luLm5hY29zLnRva2VuLnNlY3JldC5rZXkgaW4gMi4xLjA7IGxhdGVyIHZlcnNpb25zIGlnbm9yZSB0aGlzIG5hbWUuJyxcbiAgICAgIHpoOiAnSldUIFx1N0I3RVx1NTQwRFx1NUJDNlx1OTRBNVx1RkYwOEJhc2U2NFx1RkYwOVx1RkYwQ1x1NEVDNSAyLjAuNCBcdTUzQ0FcdTRFRTVcdTUyNERcdThCRkJcdTUzRDZcdTMwMDIyLjEuMCBcdThENzdcdTY1MzlcdTU0MERcdTRFM0EgbmFjb3MuY29yZS5hdXRoLnBsdWdpbi5uYWNvcy50b2tlbi5zZWNyZXQua2V5XHVGRjBDXHU0RTRCXHU1NDBFXHU3Njg0XHU3MjQ4XHU2NzJDXHU1RkZEXHU3NTY1XHU2QjY0XHU1NDBEXHU3OUYwXHUzMDAyJyxcbiAgICB9LFxuICB9LFxuICB7XG4gICAga2V5OiAnbmFjb3MuY29yZS5hdXRoLnBsdWdpbi5uYWNvcy50b2tlbi5zZWNyZXQua2V5JyxcbiAgICB0eXBlOiAnc2VjcmV0JyxcbiAgICByZWFkOiB7IGZyb206ICcyLjEuMCcgfSxcbiAgICBjb2RlRGVmYXVsdDogYWx3YXlzKCcnKSxcbiAgICBqYXJEZWZhdWx0OiBbXG4gICAgICB7IGZyb206ICcyLjEuMCcsIHRvOiAnMi4yLjAuMCcsIHZhbHVlOiBPTERfREVGQVVMVF9TRUNSRVQgfSxcbiAgICAgIHsgZnJvbTogJzIuMi4wLjEnLCB2YWx1ZTogJycgfSxcbiAgICBdLFxuICAgIHNoaXBwZWQ6IFtcbiAgICAgIHsgZnJvbTogJzIuMS4wJywgdG86ICcyLjIuMC4wJywgdmFsdWU6IE9MRF9ERUZBVUxUX1NFQ1JFVCB9LFxuICAgICAgeyBmcm9tOiAnMi4yLjAuMScsIHZhbHVlOiAnJyB9LFxuICAgIF0sXG4gICAgZGVzY3JpcHRpb246IHtcbiAgICAgIGVuOiAnSldUIHNpZ25pbmcga2V5LCBCYXNlNjQgb2YgYXQgbGVhc3QgMzIgcmFuZG9tIGJ5dGVzLCBpZGVudGljYWwgb24gYWxsIG5vZGVzLiAyLjIuMVx1MjAxMzIuMi40IGZhbGwgYmFjayB0byB0aGUgcmF3IGJ5dGVzIHdoZW4gaXQgaXMgbm90IHN0cmljdCBCYXNlNjQ7IG90aGVyIHZlcnNpb25zIHRyaW0ganVuayBhdCB0aGUgZW5kcyBhbmQgZmFpbCBvbiBqdW5rIGluc2lkZS4nLFxuICAgICAgemg6ICdKV1QgXHU3QjdFXHU1NDBEXHU1QkM2XHU5NEE1XHVGRjFBXHU4MUYzXHU1QzExIDMyIFx1NUI1N1x1ODI4Mlx1OTY4Rlx1NjczQVx1NjU3MFx1NjM2RVx1NzY4NCBCYXNlNjRcdUZGMENcdTYyNDBcdTY3MDlcdTgyODJcdTcwQjlcdTRFMDBcdTgxRjRcdTMwMDIyLjIuMVx1MjAxMzIuMi40IFx1NTcyOFx1OTc1RVx1NjgwN1x1NTFDNiBCYXNlNjQgXHU2NUY2XHU5MDAwXHU1NkRFXHU0RjdGXHU3NTI4XHU1MzlGXHU1OUNCXHU1QjU3XHU4MjgyXHVGRjFCXHU1MTc2XHU0RUQ2XHU3MjQ4XHU2NzJDXHU0RjFBXHU4OEMxXHU2Mzg5XHU0RTI0XHU3QUVGXHU5NzVFXHU2Q0Q1XHU1QjU3XHU3QjI2XHUzMDAxXHU0RTJEXHU5NUY0XHU2NzA5XHU5NzVFXHU2Q0Q1XHU1QjU3XHU3QjI2XHU1MjE5XHU1OTMxXHU4RDI1XHUzMDAyJyxcbiAgICB9LFxuICB9LFxuICB7XG4gICAga2V5OiAnbmFjb3MuY29yZS5hdXRoLmRlZmF1bHQudG9rZW4uZXhwaXJlLnNlY29uZHMnLFxuICAgIHR5cGU6ICdsb25nJyxcbiAgICByZWFkOiB7IGZyb206ICcxLjIuMCcsIHRvOiAnMi4wLjQnIH0sXG4gICAgY29kZURlZmF1bHQ6IGFsd2F5cygnMTgwMDAnKSxcbiAgICBqYXJEZWZhdWx0OiBbXSxcbiAgICBzaGlwcGVkOiBbeyBmcm9tOiAnMS4yLjAnLCB0bzogJzIuMC40JywgdmFsdWU6ICcxODAwMCcgfV0sXG4gICAgcmVuYW1lZFRvOiAnbmFjb3MuY29yZS5hdXRoLnBsdWdpbi5uYWNvcy50b2tlbi5leHBpcmUuc2Vjb25kcycsXG4gICAgZGVzY3JpcHRpb246IHtcbiAgICAgIGVuOiAnVG9rZW4gbGlmZXRpbWUgaW4gc2Vjb25kcywgdXAgdG8gMi4wLjQgKHJlbmFtZWQgaW4gMi4xLjApLicsXG4gICAgICB6aDogJ1Rva2VuIFx1NjcwOVx1NjU0OFx1NjcxRlx1RkYwOFx1NzlEMlx1RkYwOVx1RkYwQ1x1NEVDNSAyLjAuNCBcdTUzQ0FcdTRFRTVcdTUyNERcdThCRkJcdTUzRDZcdUZGMDgyLjEuMCBcdTY1MzlcdTU0MERcdUZGMDlcdTMwMDInLFxuICAgIH0sXG4gIH0sXG4gIHtcbiAgICBrZXk6ICduYWNvcy5jb3JlLmF1dGgucGx1Z2luLm5hY29zLnRva2VuLmV4cGlyZS5zZWNvbmRzJyxcbiAgICB0eXBlOiAnbG9uZycsXG4gICAgcmVhZDogeyBmcm9tOiAnMi4xLjAnIH0sXG4gICAgY29kZURlZmF1bHQ6IGFsd2F5cygnMTgwMDAnKSxcbiAgICBqYXJEZWZhdWx0OiBbXSxcbiAgICBzaGlwcGVkOiBbeyBmcm9tOiAnMi4xLjAnLCB2YWx1ZTogJzE4MDAwJyB9XSxcbiAgICBkZXNjcmlwdGlvbjoge1xuICAgICAgZW46ICdUb2tlbiBsaWZldGltZSBpbiBzZWNvbmRzICgyLjEuMCspLiBBIG5vbi1udW1lcmljIHZhbHVlIGZhaWxzIGJlYW4gY3JlYXRpb24uJyxcbiAgICAgIHpoOiAnVG9rZW4gXHU2NzA5XHU2NTQ4XHU2NzFGXHVGRjA4XHU3OUQyXHVGRjBDMi4xLjArXHVGRjA5XHUzMDAyXHU5NzVFXHU2NTcwXHU1QjU3XHU0RjFBXHU1QkZDXHU4MUY0IEJlYW4gXHU1MjFCXHU1RUZBXHU1OTMxXHU4RDI1XHUzMDAyJyxcbiAgICB9LFxuICB9LFxuICB7XG4gICAga2V5OiAnbmFjb3MuY29yZS5hdXRoLnBsdWdpbi5uYWNvcy50b2tlbi5jYWNoZS5lbmFibGUnLFxuICAgIHR5cGU6ICdib29sZWFuJyxcbiAgICByZWFkOiB7IGZyb206ICcyLjIuMScgfSxcbiAgICBjb2RlRGVmYXVsdDogYWx3YXlzKCdmYWxzZScpLFxuICAgIGphckRlZmF1bHQ6IFtdLFxuICAgIHNoaXBwZWQ6IFt7IGZyb206ICcyLjIuMScsIHZhbHVlOiAnZmFsc2UnIH1dLFxuICAgIGJvb2xlYW5QYXJzZXI6ICdzcHJpbmcnLFxuICAgIGRlc2NyaXB0aW9uOiB7XG4gICAgICBlbjogJ0NhY2hlcyBpc3N1ZWQgdG9rZW5zICgyLjIuMSspLicsXG4gICAgICB6aDogJ1x1N0YxM1x1NUI1OFx1NURGMlx1N0I3RVx1NTNEMVx1NzY4NCB0b2tlblx1RkYwODIuMi4xK1x1RkYwOVx1MzAwMicsXG4gICAgfSxcbiAgfSxcbiAge1xuICAgIGtleTogJ25hY29zLmNvcmUuYXV0aC5jYWNoaW5nLmVuYWJsZWQnLFxuICAgIHR5cGU6ICdib29sZWFuJyxcbiAgICByZWFkOiB7IGZyb206ICcxLjIuMCcgfSxcbiAgICBjb2RlRGVmYXVsdDogYWx3YXlzKCd0cnVlJyksXG4gICAgamFyRGVmYXVsdDogW10sXG4gICAgc2hpcHBlZDogW1xuICAgICAgeyBmcm9tOiAnMS4yLjAnLCB0bzogJzEuMicsIHZhbHVlOiAnZmFsc2UnIH0sXG4gICAgICB7IGZyb206ICcxLjMuMCcsIHZhbHVlOiAndHJ1ZScgfSxcbiAgICBdLFxuICAgIC8vIDMueCBBdXRoQ29uZmlncy5pc0NhY2hpbmdFbmFibGVkOiBDb252ZXJ0VXRpbHMudG9Cb29sZWFuLCBubyB0cmltIChcInRydWUgXCIgaXMgZmFsc2UpLlxuICAgIGJvb2xlYW5QYXJzZXI6ICduYWNvcy1jb252ZXJ0JyxcbiAgICBkZXNjcmlwdGlvbjoge1xuICAgICAgZW46ICdDYWNoZXMgdXNlcnMsIHJvbGVzIGFuZCBwZXJtaXNzaW9ucyAoYWJvdXQgMTUgcyBzdGFsZW5lc3MpLiBSZWFkIHdpdGggTmFjb3MgQ29udmVydFV0aWxzOiBubyB0cmltbWluZywgXCJ0cnVlIFwiIG1lYW5zIGZhbHNlLicsXG4gICAgICB6aDogJ1x1N0YxM1x1NUI1OFx1NzUyOFx1NjIzN1x1MzAwMVx1ODlEMlx1ODI3Mlx1NEUwRVx1Njc0M1x1OTY1MFx1RkYwOFx1N0VBNiAxNSBcdTc5RDJcdTVFRjZcdThGREZcdUZGMDlcdTMwMDJcdTRGN0ZcdTc1MjggTmFjb3MgQ29udmVydFV0aWxzIFx1ODlFM1x1Njc5MFx1RkYxQVx1NEUwRFx1NTNCQlx1N0E3QVx1NjgzQ1x1RkYwQ1widHJ1ZSBcIiBcdTg5QzZcdTRFM0EgZmFsc2VcdTMwMDInLFxuICAgIH0sXG4gIH0sXG4gIHtcbiAgICBrZXk6ICduYWNvcy5zZWN1cml0eS5pZ25vcmUudXJscycsXG4gICAgdHlwZTogJ2NzdicsXG4gICAgcmVhZDogeyBmcm9tOiAnMS4yLjAnIH0sXG4gICAgY29kZURlZmF1bHQ6IGFsd2F5cygnLyoqJyksXG4gICAgamFyRGVmYXVsdDogW10sXG4gICAgc2hpcHBlZDogYWx3YXlzKElHTk9SRV9VUkxTX1NISVBQRUQpLFxuICAgIGRlc2NyaXB0aW9uOiB7XG4gICAgICBlbjogJ0FudCBwYXR0ZXJucyB0aGUgZGVmYXVsdCBhdXRoIHBsdWdpbiBsZWF2ZXMgdW5hdXRoZW50aWNhdGVkIChTcHJpbmcgU2VjdXJpdHkgaWdub3JlIGxpc3QpLicsXG4gICAgICB6aDogJ1x1OUVEOFx1OEJBNFx1OTI3NFx1Njc0M1x1NjNEMlx1NEVGNlx1NEUwRFx1NTA1QVx1OTI3NFx1Njc0M1x1NzY4NCBBbnQgXHU4REVGXHU1Rjg0XHVGRjA4U3ByaW5nIFNlY3VyaXR5IFx1NUZGRFx1NzU2NVx1NTIxN1x1ODg2OFx1RkYwOVx1MzAwMicsXG4gICAgfSxcbiAgfSxcbiAge1xuICAgIGtleTogJ25hY29zLnN0YW5kYWxvbmUnLFxuICAgIHR5cGU6ICdib29sZWFuJyxcbiAgICByZWFkOiB7IGZyb206ICcxLjAuMCcgfSxcbiAgICBjb2RlRGVmYXVsdDogYWx3YXlzKCdmYWxzZScpLFxuICAgIGphckRlZmF1bHQ6IFtdLFxuICAgIHNoaXBwZWQ6IFtdLFxuICAgIGJvb2xlYW5QYXJzZXI6ICdzcHJpbmcnLFxuICAgIGRlc2NyaXB0aW9uOiB7XG4gICAgICBlbjogJ1N0YW5kYWxvbmUgbW9kZSAoc2V0IGJ5IHN0YXJ0dXAuc2ggLW0gc3RhbmRhbG9uZSBvciBNT0RFPXN0YW5kYWxvbmUgaW4gRG9ja2VyKS4gMi4zLjFcdTIwMTMyLjUueCBza2lwIHRoZSBpZGVudGl0eSBzdGFydHVwIGNoZWNrIGluIHN0YW5kYWxvbmUgbW9kZS4nLFxuICAgICAgemg6ICdcdTUzNTVcdTY3M0FcdTZBMjFcdTVGMEZcdUZGMDhzdGFydHVwLnNoIC1tIHN0YW5kYWxvbmUgXHU2MjE2IERvY2tlciBNT0RFPXN0YW5kYWxvbmVcdUZGMDlcdTMwMDIyLjMuMVx1MjAxMzIuNS54IFx1NTM1NVx1NjczQVx1NkEyMVx1NUYwRlx1NEUwQlx1OERGM1x1OEZDNyBpZGVudGl0eSBcdTU0MkZcdTUyQThcdTY4MjFcdTlBOENcdTMwMDInLFxuICAgIH0sXG4gIH0sXG4gIHtcbiAgICBrZXk6ICduYWNvcy5jb3JlLmF1dGgubmFjb3MuYW5vbnltb3VzLmFpLmVuYWJsZWQnLFxuICAgIHR5cGU6ICdib29sZWFuJyxcbiAgICByZWFkOiB7IGZyb206ICczLjIuMCcgfSxcbiAgICBjb2RlRGVmYXVsdDogW10sXG4gICAgamFyRGVmYXVsdDogW10sXG4gICAgc2hpcHBlZDogW10sXG4gICAgYm9vbGVhblBhcnNlcjogJ3NwcmluZycsXG4gICAgZGVzY3JpcHRpb246IHtcbiAgICAgIGVuOiAnQW5vbnltb3VzIHJlYWQgYWNjZXNzIHRvIEFJIHJlc291cmNlcyAoMy4yIGltYWdlOyBub3QgY29uZmlybWVkIGluIHNlcnZlciBjb2RlKS4nLFxuICAgICAgemg6ICdcdTUxNDFcdThCQjhcdTUzM0ZcdTU0MERcdThCRkJcdTUzRDYgQUkgXHU4RDQ0XHU2RTkwXHVGRjA4My4yIFx1OTU1Q1x1NTBDRlx1RkYxQlx1NjcwRFx1NTJBMVx1N0FFRlx1NEVFM1x1NzgwMVx1NjcyQVx1Nzg2RVx1OEJBNFx1RkYwOVx1MzAwMicsXG4gICAgfSxcbiAgfSxcbiAgLy8gTERBUCBwbHVnaW4gKGZhY3RzIFx1MDBBNzEuOSk6IHJlYWQgcmFuZ2VzIG9mIHRoZSAyLjEuMCBjb25maWcgY2xhc3NlczsgMi4wLnggcmVhZCB1cmwvdGltZW91dC91c2VyZG4uXG4gIGxkYXAoJ3VybCcsICdzdHJpbmcnLCB7IGZyb206ICcyLjAuMScgfSwgJ2xkYXA6Ly9sb2NhbGhvc3Q6Mzg5JywgJ0xEQVAgc2VydmVyIFVSTC4nLCAnTERBUCBcdTY3MERcdTUyQTFcdTU2NjhcdTU3MzBcdTU3NDBcdTMwMDInKSxcbiAgbGRhcCgndGltZW91dCcsICdsb25nJywgeyBmcm9tOiAnMi4wLjEnIH0sICczMDAwJywgJ0xEQVAgdGltZW91dCBpbiBtaWxsaXNlY29uZHMuJywgJ0xEQVAgXHU4RDg1XHU2NUY2XHVGRjA4XHU2QkVCXHU3OUQyXHVGRjA5XHUzMDAyJyksXG4gIGxkYXAoJ3VzZXJEbicsICdzdHJpbmcnLCB7IGZyb206ICcyLjEuMCcgfSwgJ2NuPWFkbWluLGRjPWV4YW1wbGUsZGM9b3JnJywgJ0xEQVAgYmluZCBETiAoY2FtZWxDYXNlOyAyLjErKS4nLCAnTERBUCBcdTdFRDFcdTVCOUEgRE5cdUZGMDhcdTlBN0NcdTVDRjBcdTUxOTlcdTZDRDVcdUZGMEMyLjErXHVGRjA5XHUzMDAyJyksXG4gIGxkYXAoJ3VzZXJkbicsICdzdHJpbmcnLCB7IGZyb206ICcyLjAuMScsIHRvOiAnMi4wJyB9LCAnY249ezB9LG91PXVzZXIsZGM9Y29tcGFueSxkYz1jb20nLFxuICAgICdMREFQIGxvZ2luIEROIHRlbXBsYXRlIG9mIDIuMC54ICh7MH0gPSB1c2VyIG5hbWUpLiAyLjErIHJlYWQgdXNlckRuIGluc3RlYWQuJywgJzIuMC54IFx1NzY4NCBMREFQIFx1NzY3Qlx1NUY1NSBETiBcdTZBMjFcdTY3N0ZcdUZGMDh7MH0gXHU0RTNBXHU3NTI4XHU2MjM3XHU1NDBEXHVGRjA5XHUzMDAyMi4xKyBcdTY1MzlcdThCRkIgdXNlckRuXHUzMDAyJyksXG4gIGxkYXAoJ2Jhc2VkYycsICdzdHJpbmcnLCB7IGZyb206ICcyLjEuMCcgfSwgJ2RjPWV4YW1wbGUsZGM9b3JnJywgJ0xEQVAgYmFzZSBEQy4nLCAnTERBUCBiYXNlIERDXHUzMDAyJyksXG4gIGxkYXAoJ3Bhc3N3b3JkJywgJ3NlY3JldCcsIHsgZnJvbTogJzIuMS4wJyB9LCAncGFzc3dvcmQnLCAnTERBUCBiaW5kIHBhc3N3b3JkIChpZ25vcmVkIGluIDIuMS4wIGJlY2F1c2Ugb2YgYSB0eXBvKS4nLCAnTERBUCBcdTdFRDFcdTVCOUFcdTVCQzZcdTc4MDFcdUZGMDgyLjEuMCBcdTU2RTBcdTdCMTRcdThCRUZcdTg4QUJcdTVGRkRcdTc1NjVcdUZGMDlcdTMwMDInKSxcbiAgbGRhcCgnZmlsdGVyLnByZWZpeCcsICdzdHJpbmcnLCB7IGZyb206ICcyLjEuMCcgfSwgJ3VpZCcsICdMREFQIHNlYXJjaCBmaWx0ZXIgYXR0cmlidXRlLicsICdMREFQIFx1NjQxQ1x1N0QyMlx1OEZDN1x1NkVFNFx1NUM1RVx1NjAyN1x1MzAwMicpLFxuICBsZGFwKCdjYXNlLnNlbnNpdGl2ZScsICdib29sZWFuJywgeyBmcm9tOiAnMi4xLjAnIH0sICd0cnVlJywgJ1doZXRoZXIgTERBUCB1c2VyIG5hbWVzIGFyZSBjYXNlLXNlbnNpdGl2ZS4nLCAnTERBUCBcdTc1MjhcdTYyMzdcdTU0MERcdTY2MkZcdTU0MjZcdTUzM0FcdTUyMDZcdTU5MjdcdTVDMEZcdTUxOTlcdTMwMDInKSxcbiAgbGRhcCgnaWdub3JlLnBhcnRpYWwucmVzdWx0LmV4Y2VwdGlvbicsICdib29sZWFuJywgeyBmcm9tOiAnMi40LjAnIH0sICdmYWxzZScsXG4gICAgJ0lnbm9yZSBMREFQIFBhcnRpYWxSZXN1bHRFeGNlcHRpb24gKDIuNCspLicsICdcdTVGRkRcdTc1NjUgTERBUCBQYXJ0aWFsUmVzdWx0RXhjZXB0aW9uXHVGRjA4Mi40K1x1RkYwOVx1MzAwMicpLFxuXTtcblxuZnVuY3Rpb24gbGRhcChcbiAgbmFtZTogc3RyaW5nLCB0eXBlOiBQcm9wZXJ0eVR5cGUsIHJlYWQ6IFZlcnNpb25SYW5nZSwgZGVmOiBzdHJpbmcsIGVuOiBzdHJpbmcsIHpoOiBzdHJpbmcsXG4pOiBBdXRoUHJvcGVydHkge1xuICByZXR1cm4ge1xuICAgIGtleTogYG5hY29zLmNvcmUuYXV0aC5sZGFwLiR7bmFtZX1gLFxuICAgIHR5cGUsXG4gICAgcmVhZCxcbiAgICBjb2RlRGVmYXVsdDogW3sgLi4ucmVhZCwgdmFsdWU6IGRlZiB9XSxcbiAgICBqYXJEZWZhdWx0OiBbXSxcbiAgICBzaGlwcGVkOiBbXSxcbiAgICBib29sZWFuUGFyc2VyOiB0eXBlID09PSAnYm9vbGVhbicgPyAnc3ByaW5nJyA6IHVuZGVmaW5lZCxcbiAgICBkZXNjcmlwdGlvbjogeyBlbiwgemggfSxcbiAgfTtcbn1cblxuY29uc3QgQllfS0VZID0gbmV3IE1hcChBVVRIX1BST1BFUlRJRVMubWFwKHAgPT4gW3Aua2V5LCBwXSkpO1xuXG4vKiogRXhhY3QsIGNhc2Utc2Vuc2l0aXZlIChTcHJpbmcgcmVsYXhlZCBiaW5kaW5nIGFwcGxpZXMgdG8gZW52IG5hbWVzIG9ubHk6IHNlZSBpbWFnZUVudi5yZWxheGVkRW52VG9Qcm9wZXJ0eSkuICovXG5leHBvcnQgZnVuY3Rpb24gYXV0aFByb3BlcnR5KGtleTogc3RyaW5nKTogQXV0aFByb3BlcnR5IHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIEJZX0tFWS5nZXQoa2V5KTtcbn1cblxuLyoqIGBuYWNvcy5jb3JlLmF1dGgucGx1Z2luLjx0eXBlPi4qYCBvZiBhIGN1c3RvbSBwbHVnaW4gKDIuMS4wKyk6IHBhc3NlZCB0aHJvdWdoLCBub3QgYW4gdW5rbm93biBrZXkuICovXG5leHBvcnQgZnVuY3Rpb24gaXNQbHVnaW5QYXNzVGhyb3VnaChrZXk6IHN0cmluZywgdjogTmFjb3NWZXJzaW9uKTogYm9vbGVhbiB7XG4gIGNvbnN0IG0gPSAvXm5hY29zXFwuY29yZVxcLmF1dGhcXC5wbHVnaW5cXC4oW14uXSspXFwuXFxTKyQvLmV4ZWMoa2V5KTtcbiAgcmV0dXJuIG0gIT09IG51bGwgJiYgbVsxXSAhPT0gJ25hY29zJyAmJiB2ZXJzaW9uQXRMZWFzdCh2LCAnMi4xLjAnKTtcbn1cblxuLyoqICdyZWFkJyA9IGhvbm91cmVkOyAnaWdub3JlZCcgPSByZWFkIGJ1dCB3aXRob3V0IGVmZmVjdCAodXNlckFnZW50QXV0aFdoaXRlIG9uIDIuNS54KTsgJ3Vua25vd24nID0gbm90IHJlYWQuICovXG5leHBvcnQgZnVuY3Rpb24gaXNSZWFkQnkoa2V5OiBzdHJpbmcsIHY6IE5hY29zVmVyc2lvbik6ICdyZWFkJyB8ICdpZ25vcmVkJyB8ICd1bmtub3duJyB7XG4gIGNvbnN0IHAgPSBCWV9LRVkuZ2V0KGtleSk7XG4gIGlmICghcCkgcmV0dXJuICd1bmtub3duJztcbiAgaWYgKGluVmVyc2lvblJhbmdlKHYsIHAucmVhZCkpIHJldHVybiAncmVhZCc7XG4gIGlmIChwLmlnbm9yZWQgJiYgaW5WZXJzaW9uUmFuZ2UodiwgcC5pZ25vcmVkKSkgcmV0dXJuICdpZ25vcmVkJztcbiAgcmV0dXJuICd1bmtub3duJztcbn1cblxuZnVuY3Rpb24gdmFsdWVBdCh2YWx1ZXM6IHJlYWRvbmx5IFZlcnNpb25lZFZhbHVlW10sIHY6IE5hY29zVmVyc2lvbik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiB2YWx1ZXMuZmluZCh4ID0+IGluVmVyc2lvblJhbmdlKHYsIHgpKT8udmFsdWU7XG59XG5cbi8qKiBUaGUgamFyLWVtYmVkZGVkIGFwcGxpY2F0aW9uLnByb3BlcnRpZXMgdmFsdWUgKGZhY3RzIFx1MDBBNzEuMik7IHVuZGVmaW5lZCB3aGVuIGFic2VudCBvciBub3QgcGlubmVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGphckRlZmF1bHQoa2V5OiBzdHJpbmcsIHY6IE5hY29zVmVyc2lvbik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHAgPSBCWV9LRVkuZ2V0KGtleSk7XG4gIHJldHVybiBwICYmIGluVmVyc2lvblJhbmdlKHYsIHAucmVhZCkgPyB2YWx1ZUF0KHAuamFyRGVmYXVsdCwgdikgOiB1bmRlZmluZWQ7XG59XG5cbi8qKiBUaGUgY29kZSBkZWZhdWx0IHVzZWQgd2hlbiB0aGUga2V5IGlzIGFic2VudCBldmVyeXdoZXJlOyB1bmRlZmluZWQgd2hlbiB0aGUgdmVyc2lvbiBkb2VzIG5vdCByZWFkIHRoZSBrZXkuICovXG5leHBvcnQgZnVuY3Rpb24gY29kZURlZmF1bHQoa2V5OiBzdHJpbmcsIHY6IE5hY29zVmVyc2lvbik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHAgPSBCWV9LRVkuZ2V0KGtleSk7XG4gIHJldHVybiBwICYmIChpblZlcnNpb25SYW5nZSh2LCBwLnJlYWQpIHx8IChwLmlnbm9yZWQgJiYgaW5WZXJzaW9uUmFuZ2UodiwgcC5pZ25vcmVkKSkpID8gdmFsdWVBdChwLmNvZGVEZWZhdWx0LCB2KSA6IHVuZGVmaW5lZDtcbn1cblxuLyoqIFRoZSB2YWx1ZSBpbiB0aGUgZGlzdHJpYnV0aW9uJ3MgY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzOyB1bmRlZmluZWQgd2hlbiB0aGUgbGluZSBpcyBhYnNlbnQgb3IgY29tbWVudGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNoaXBwZWRWYWx1ZShrZXk6IHN0cmluZywgdjogTmFjb3NWZXJzaW9uKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgcCA9IEJZX0tFWS5nZXQoa2V5KTtcbiAgcmV0dXJuIHAgPyB2YWx1ZUF0KHAuc2hpcHBlZCwgdikgOiB1bmRlZmluZWQ7XG59XG5cbi8qKiBTcHJpbmcgYFN0cmluZ1RvQm9vbGVhbkNvbnZlcnRlcmA6IHRyaW1tZWQsIGNhc2UtaW5zZW5zaXRpdmUgdHJ1ZS9vbi95ZXMvMSBhbmQgZmFsc2Uvb2ZmL25vLzA7IGVsc2UgdW5kZWZpbmVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlU3ByaW5nQm9vbGVhbihzOiBzdHJpbmcpOiBib29sZWFuIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdCA9IHMudHJpbSgpLnRvTG93ZXJDYXNlKCk7XG4gIGlmICh0ID09PSAndHJ1ZScgfHwgdCA9PT0gJ29uJyB8fCB0ID09PSAneWVzJyB8fCB0ID09PSAnMScpIHJldHVybiB0cnVlO1xuICBpZiAodCA9PT0gJ2ZhbHNlJyB8fCB0ID09PSAnb2ZmJyB8fCB0ID09PSAnbm8nIHx8IHQgPT09ICcwJykgcmV0dXJuIGZhbHNlO1xuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG4vKiogTmFjb3MgYENvbnZlcnRVdGlscy50b0Jvb2xlYW5gOiBubyB0cmltOyB0cnVlL29uL3llcy95L3QgKGFueSBjYXNlKSBhcmUgdHJ1ZSwgZXZlcnl0aGluZyBlbHNlIGZhbHNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlTmFjb3NCb29sZWFuKHM6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gL14odHJ1ZXxvbnx5ZXN8eXx0KSQvaS50ZXN0KHMpO1xufVxuXG4vKiogUGFyc2UgYSBib29sZWFuIHRoZSB3YXkgdGhlIHNlcnZlciByZWFkcyB0aGlzIGtleTsgdW5kZWZpbmVkID0gU3ByaW5nIHJlamVjdHMgaXQgKHRoZSBrZXkncyBwYXJzZXIgaXMgU3ByaW5nKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUF1dGhCb29sZWFuKGtleTogc3RyaW5nLCBzOiBzdHJpbmcpOiBib29sZWFuIHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIEJZX0tFWS5nZXQoa2V5KT8uYm9vbGVhblBhcnNlciA9PT0gJ25hY29zLWNvbnZlcnQnID8gcGFyc2VOYWNvc0Jvb2xlYW4ocykgOiBwYXJzZVNwcmluZ0Jvb2xlYW4ocyk7XG59XG5cbi8vIE5hbWVzIHBlb3BsZSBpbnZlbnQgKGZhY3RzIFx1MDBBNzYuNTogbmFjb3MuYXV0aC5lbmFibGUgIzUzNzMpIG1hcHBlZCB0byB3aGF0IHRoZXkgbWVhbnQuXG5jb25zdCBJTlZFTlRFRF9LRVlTOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PiA9IHtcbiAgJ25hY29zLmF1dGguZW5hYmxlJzogJ25hY29zLmNvcmUuYXV0aC5lbmFibGVkJyxcbiAgJ25hY29zLmF1dGguZW5hYmxlZCc6ICduYWNvcy5jb3JlLmF1dGguZW5hYmxlZCcsXG4gICduYWNvcy5jb3JlLmF1dGguZW5hYmxlJzogJ25hY29zLmNvcmUuYXV0aC5lbmFibGVkJyxcbiAgJ25hY29zLmNvcmUuYXV0aC5hZG1pbi5lbmFibGUnOiAnbmFjb3MuY29yZS5hdXRoLmFkbWluLmVuYWJsZWQnLFxuICAnbmFjb3MuY29yZS5hdXRoLmNvbnNvbGUuZW5hYmxlJzogJ25hY29zLmNvcmUuYXV0aC5jb25zb2xlLmVuYWJsZWQnLFxuICAnbmFjb3MuYXV0aC5zeXN0ZW0udHlwZSc6ICduYWNvcy5jb3JlLmF1dGguc3lzdGVtLnR5cGUnLFxuICAnbmFjb3MuY29yZS5hdXRoLmlkZW50aXR5LmtleSc6ICduYWNvcy5jb3JlLmF1dGguc2VydmVyLmlkZW50aXR5LmtleScsXG4gICduYWNvcy5jb3JlLmF1dGguaWRlbnRpdHkudmFsdWUnOiAnbmFjb3MuY29yZS5hdXRoLnNlcnZlci5pZGVudGl0eS52YWx1ZScsXG4gICduYWNvcy5hdXRoLmlkZW50aXR5LmtleSc6ICduYWNvcy5jb3JlLmF1dGguc2VydmVyLmlkZW50aXR5LmtleScsXG4gICduYWNvcy5hdXRoLmlkZW50aXR5LnZhbHVlJzogJ25hY29zLmNvcmUuYXV0aC5zZXJ2ZXIuaWRlbnRpdHkudmFsdWUnLFxuICAnbmFjb3MuY29yZS5hdXRoLnRva2VuLnNlY3JldC5rZXknOiAnbmFjb3MuY29yZS5hdXRoLnBsdWdpbi5uYWNvcy50b2tlbi5zZWNyZXQua2V5JyxcbiAgJ25hY29zLmNvcmUuYXV0aC5zZWNyZXQua2V5JzogJ25hY29zLmNvcmUuYXV0aC5wbHVnaW4ubmFjb3MudG9rZW4uc2VjcmV0LmtleScsXG4gICduYWNvcy5jb3JlLmF1dGgucGx1Z2luLm5hY29zLnRva2VuLnNlY3JldCc6ICduYWNvcy5jb3JlLmF1dGgucGx1Z2luLm5hY29zLnRva2VuLnNlY3JldC5rZXknLFxuICAnbmFjb3MuYXV0aC50b2tlbic6ICduYWNvcy5jb3JlLmF1dGgucGx1Z2luLm5hY29zLnRva2VuLnNlY3JldC5rZXknLFxuICAnbmFjb3MuYXV0aC50b2tlbi5zZWNyZXQua2V5JzogJ25hY29zLmNvcmUuYXV0aC5wbHVnaW4ubmFjb3MudG9rZW4uc2VjcmV0LmtleScsXG4gICduYWNvcy5jb3JlLmF1dGgudG9rZW4uZXhwaXJlLnNlY29uZHMnOiAnbmFjb3MuY29yZS5hdXRoLnBsdWdpbi5uYWNvcy50b2tlbi5leHBpcmUuc2Vjb25kcycsXG4gICduYWNvcy5jb3JlLmF1dGguY2FjaGUuZW5hYmxlZCc6ICduYWNvcy5jb3JlLmF1dGguY2FjaGluZy5lbmFibGVkJyxcbiAgJ25hY29zLmNvcmUuYXV0aC51c2VyYWdlbnRhdXRod2hpdGUnOiAnbmFjb3MuY29yZS5hdXRoLmVuYWJsZS51c2VyQWdlbnRBdXRoV2hpdGUnLFxufTtcblxuZnVuY3Rpb24gdG9rZW5zKGtleTogc3RyaW5nKTogc3RyaW5nW10ge1xuICByZXR1cm4ga2V5LnJlcGxhY2UoLyhbYS16MC05XSkoW0EtWl0pL2csICckMS4kMicpLnRvTG93ZXJDYXNlKCkuc3BsaXQoL1suX1xcLVxcc10rLykuZmlsdGVyKEJvb2xlYW4pO1xufVxuXG5mdW5jdGlvbiBkaXN0YW5jZShhOiBzdHJpbmcsIGI6IHN0cmluZyk6IG51bWJlciB7XG4gIC8vIE9wdGltYWwgc3RyaW5nIGFsaWdubWVudCAoRGFtZXJhdVx1MjAxM0xldmVuc2h0ZWluIHdpdGggYWRqYWNlbnQgdHJhbnNwb3NpdGlvbnMpLlxuICBjb25zdCBkOiBudW1iZXJbXVtdID0gQXJyYXkuZnJvbSh7IGxlbmd0aDogYS5sZW5ndGggKyAxIH0sIChfLCBpKSA9PiBbaSwgLi4uQXJyYXk8bnVtYmVyPihiLmxlbmd0aCkuZmlsbCgwKV0pO1xuICBmb3IgKGxldCBqID0gMTsgaiA8PSBiLmxlbmd0aDsgaisrKSBkWzBdW2pdID0gajtcbiAgZm9yIChsZXQgaSA9IDE7IGkgPD0gYS5sZW5ndGg7IGkrKykge1xuICAgIGZvciAobGV0IGogPSAxOyBqIDw9IGIubGVuZ3RoOyBqKyspIHtcbiAgICAgIGNvbnN0IGNvc3QgPSBhW2kgLSAxXSA9PT0gYltqIC0gMV0gPyAwIDogMTtcbiAgICAgIGRbaV1bal0gPSBNYXRoLm1pbihkW2kgLSAxXVtqXSArIDEsIGRbaV1baiAtIDFdICsgMSwgZFtpIC0gMV1baiAtIDFdICsgY29zdCk7XG4gICAgICBpZiAoaSA+IDEgJiYgaiA+IDEgJiYgYVtpIC0gMV0gPT09IGJbaiAtIDJdICYmIGFbaSAtIDJdID09PSBiW2ogLSAxXSkgZFtpXVtqXSA9IE1hdGgubWluKGRbaV1bal0sIGRbaSAtIDJdW2ogLSAyXSArIDEpO1xuICAgIH1cbiAgfVxuICByZXR1cm4gZFthLmxlbmd0aF1bYi5sZW5ndGhdO1xufVxuXG4vKiogXCJEaWQgeW91IG1lYW5cIjogaW52ZW50ZWQgbmFtZXMsIHRoZW4gc2FtZSB3b3JkcyBpbiBhbm90aGVyIHNwZWxsaW5nLCB0aGVuIHRoZSBjbG9zZXN0IGtleSBieSBlZGl0IGRpc3RhbmNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN1Z2dlc3RLZXkodW5rbm93bktleTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgayA9IHVua25vd25LZXkudHJpbSgpO1xuICBjb25zdCBsb3dlcktleSA9IGsudG9Mb3dlckNhc2UoKTtcbiAgaWYgKElOVkVOVEVEX0tFWVNbbG93ZXJLZXldKSByZXR1cm4gSU5WRU5URURfS0VZU1tsb3dlcktleV07XG4gIGlmIChCWV9LRVkuaGFzKGspKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCB3YW50ID0gdG9rZW5zKGspLmpvaW4oJy4nKTtcbiAgY29uc3Qgc2FtZVdvcmRzID0gQVVUSF9QUk9QRVJUSUVTLmZpbmQocCA9PiB0b2tlbnMocC5rZXkpLmpvaW4oJy4nKSA9PT0gd2FudCk7XG4gIGlmIChzYW1lV29yZHMpIHJldHVybiBzYW1lV29yZHMua2V5O1xuICBsZXQgYmVzdDogeyBrZXk6IHN0cmluZzsgZDogbnVtYmVyIH0gfCB1bmRlZmluZWQ7XG4gIGxldCB0aWUgPSBmYWxzZTtcbiAgZm9yIChjb25zdCBwIG9mIEFVVEhfUFJPUEVSVElFUykge1xuICAgIGNvbnN0IGRpc3QgPSBkaXN0YW5jZShsb3dlcktleSwgcC5rZXkudG9Mb3dlckNhc2UoKSk7XG4gICAgaWYgKCFiZXN0IHx8IGRpc3QgPCBiZXN0LmQpIHsgYmVzdCA9IHsga2V5OiBwLmtleSwgZDogZGlzdCB9OyB0aWUgPSBmYWxzZTsgfSBlbHNlIGlmIChkaXN0ID09PSBiZXN0LmQpIHRpZSA9IHRydWU7XG4gIH1cbiAgY29uc3QgbGltaXQgPSBNYXRoLm1heCgyLCBNYXRoLmZsb29yKGsubGVuZ3RoIC8gOCkpO1xuICBpZiAoYmVzdCAmJiBiZXN0LmQgPD0gbGltaXQgJiYgIXRpZSkgcmV0dXJuIGJlc3Qua2V5O1xuICAvLyBUb2tlbiBvdmVybGFwOiBtb3N0IG9mIHRoZSB3b3JkcyBvZiBvbmUga25vd24ga2V5LCBlLmcuIFwibmFjb3MuY29yZS5hdXRoLnNlcnZlci5pZGVudGl0eVwiIFx1MjE5MiBcdTIwMjZpZGVudGl0eS5rZXkuXG4gIGNvbnN0IGhhdmUgPSBuZXcgU2V0KHRva2VucyhrKSk7XG4gIGxldCBiZXN0T3ZlcmxhcDogeyBrZXk6IHN0cmluZzsgc2NvcmU6IG51bWJlciB9IHwgdW5kZWZpbmVkO1xuICBmb3IgKGNvbnN0IHAgb2YgQVVUSF9QUk9QRVJUSUVTKSB7XG4gICAgY29uc3QgdCA9IHRva2VucyhwLmtleSk7XG4gICAgY29uc3QgY29tbW9uID0gdC5maWx0ZXIoeCA9PiBoYXZlLmhhcyh4KSkubGVuZ3RoO1xuICAgIGNvbnN0IHNjb3JlID0gY29tbW9uIC8gTWF0aC5tYXgodC5sZW5ndGgsIGhhdmUuc2l6ZSk7XG4gICAgaWYgKCFiZXN0T3ZlcmxhcCB8fCBzY29yZSA+IGJlc3RPdmVybGFwLnNjb3JlKSBiZXN0T3ZlcmxhcCA9IHsga2V5OiBwLmtleSwgc2NvcmUgfTtcbiAgfVxuICByZXR1cm4gYmVzdE92ZXJsYXAgJiYgYmVzdE92ZXJsYXAuc2NvcmUgPj0gMC44ID8gYmVzdE92ZXJsYXAua2V5IDogdW5kZWZpbmVkO1xufVxuXG5pbnRlcmZhY2UgUGx1Z2luVHlwZSB7XG4gIG5hbWU6IHN0cmluZztcbiAgcmFuZ2U6IFZlcnNpb25SYW5nZTtcbn1cblxuLy8gQnVpbHQtaW4gYXV0aCBwbHVnaW4gbmFtZXMgKGZhY3RzIFx1MDBBNzEuODsgb2lkYyBmcm9tIHRoZSAzLjIgZG9jcyBvbmx5KS5cbmNvbnN0IFBMVUdJTl9UWVBFUzogcmVhZG9ubHkgUGx1Z2luVHlwZVtdID0gW1xuICB7IG5hbWU6ICduYWNvcycsIHJhbmdlOiB7IGZyb206ICcxLjIuMCcgfSB9LFxuICB7IG5hbWU6ICdsZGFwJywgcmFuZ2U6IHsgZnJvbTogJzIuMC4xJyB9IH0sXG4gIHsgbmFtZTogJ29pZGMnLCByYW5nZTogeyBmcm9tOiAnMy4yLjAnIH0gfSxcbl07XG5cbmV4cG9ydCBjb25zdCBBVVRIX1BMVUdJTl9UWVBFUyA9ICh2OiBOYWNvc1ZlcnNpb24pOiBzdHJpbmdbXSA9PlxuICBQTFVHSU5fVFlQRVMuZmlsdGVyKHAgPT4gaW5WZXJzaW9uUmFuZ2UodiwgcC5yYW5nZSkpLm1hcChwID0+IHAubmFtZSk7XG5cbi8vIC0tLS0gXCJhdXRoIHJlcXVpcmVkXCIgKFNQRUMgXHUwMEE3NCwgZmFjdHMgXHUwMEE3MS4zLCBcdTAwQTcxLjUsIFx1MDBBNzEuNikgLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuZXhwb3J0IGludGVyZmFjZSBBdXRoU3dpdGNoZXMge1xuICAvKiogbmFjb3MuY29yZS5hdXRoLmVuYWJsZWQgKHVuZGVmaW5lZCA9IHVuc2V0IFx1MjE5MiBmYWxzZSkuICovXG4gIGVuYWJsZWQ/OiBib29sZWFuO1xuICAvKiogbmFjb3MuY29yZS5hdXRoLmFkbWluLmVuYWJsZWQsIDMueCAodW5kZWZpbmVkID0gdW5zZXQgXHUyMTkyIHRydWUpLiAqL1xuICBhZG1pbkVuYWJsZWQ/OiBib29sZWFuO1xuICAvKiogbmFjb3MuY29yZS5hdXRoLmNvbnNvbGUuZW5hYmxlZCwgMy54ICh1bmRlZmluZWQgPSB1bnNldCBcdTIxOTIgdHJ1ZSkuICovXG4gIGNvbnNvbGVFbmFibGVkPzogYm9vbGVhbjtcbiAgLyoqIG5hY29zLnN0YW5kYWxvbmUgKDIuMy4xXHUyMDEzMi41Lnggc2tpcCB0aGUgaWRlbnRpdHkgc3RhcnR1cCBjaGVjaykuICovXG4gIHN0YW5kYWxvbmU/OiBib29sZWFuO1xuICAvKipcbiAgICogbmFjb3MuY29yZS5hdXRoLmVuYWJsZS51c2VyQWdlbnRBdXRoV2hpdGUgKHVuZGVmaW5lZCA9IHRoZSB2ZXJzaW9uJ3MgY29kZSBkZWZhdWx0KS4gT24gMS40LjFcdTIwMTMyLjQueCBgdHJ1ZWAgc2tpcHNcbiAgICogdGhlIHJ1bnRpbWUgaWRlbnRpdHkgY2hlY2sgKGZhY3RzIFx1MDBBNzEuNSBzdGVwIDEpLCBzbyBhIGJsYW5rIGlkZW50aXR5IG5vIGxvbmdlciBjYXVzZXMgNDAzOyBzdGFydHVwIGNoZWNrcyByZW1haW4uXG4gICAqL1xuICB1c2VyQWdlbnRBdXRoV2hpdGU/OiBib29sZWFuO1xufVxuXG4vKipcbiAqIFdoZW4gdGhlIHNlcnZlciBuZWVkcyB0aGUgdmFsdWUgYW5kIHdoYXQgaGFwcGVucyB3aXRob3V0IGl0OlxuICogc3RhcnR1cDogcmVmdXNlcyB0byBzdGFydCAoRS01MDAwMiAvIEUtU0VDUkVUKTsgcmVxdWVzdDogc3RhcnRzLCBidXQgSFRUUCByZXF1ZXN0cyBnZXQgNDAzIChpZGVudGl0eSk7XG4gKiBsb2dpbjogc3RhcnRzLCBsb2dpbiBmYWlscyAoc2VjcmV0IFx1MjI2NCAyLjEueCk7IG5vbmU6IG5vdCBuZWVkZWQuXG4gKi9cbmV4cG9ydCB0eXBlIFJlcXVpcmVtZW50VGltaW5nID0gJ3N0YXJ0dXAnIHwgJ3JlcXVlc3QnIHwgJ2xvZ2luJyB8ICdub25lJztcblxuLyoqIFdoeSBpdCBpcyByZXF1aXJlZDsgb25lIHN0YWJsZSBpZCBwZXIgY2FzZSBzbyBtZXNzYWdlcyBjYW4gYmUgbG9jYWxpc2VkLiAqL1xuZXhwb3J0IHR5cGUgUmVxdWlyZW1lbnRSZWFzb24gPVxuICB8ICdhdXRoLWVuYWJsZWQnICAgICAgICAgICAgLy8gbmFjb3MuY29yZS5hdXRoLmVuYWJsZWQ9dHJ1ZVxuICB8ICdhZG1pbi1lbmFibGVkJyAgICAgICAgICAgLy8gMy54IG5hY29zLmNvcmUuYXV0aC5hZG1pbi5lbmFibGVkPXRydWUgKHNldClcbiAgfCAnYWRtaW4tZW5hYmxlZC1kZWZhdWx0JyAgIC8vIDMueCBhZG1pbi5lbmFibGVkIHVuc2V0IFx1MjE5MiB0cnVlXG4gIHwgJ2NvbnNvbGUtZW5hYmxlZCcgICAgICAgICAvLyAzLnggY29uc29sZS5lbmFibGVkPXRydWUgKHNldClcbiAgfCAnY29uc29sZS1lbmFibGVkLWRlZmF1bHQnIC8vIDMueCBjb25zb2xlLmVuYWJsZWQgdW5zZXQgXHUyMTkyIHRydWVcbiAgfCAnYWx3YXlzJyAgICAgICAgICAgICAgICAgIC8vIDIuMi4wXHUyMDEzMi4yLjEgdmFsaWRhdGUgdGhlIHNlY3JldCBhdCBzdGFydHVwIHdoYXRldmVyIHRoZSBzd2l0Y2hlc1xuICB8ICdub3QtcmVxdWlyZWQnXG4gIHwgJ25vdC1zdXBwb3J0ZWQnOyAgICAgICAgICAvLyB0aGUgdmVyc2lvbiBoYXMgbm8gaWRlbnRpdHkgKDwgMS40LjEpXG5cbmV4cG9ydCBpbnRlcmZhY2UgUmVxdWlyZW1lbnQge1xuICByZXF1aXJlZDogYm9vbGVhbjtcbiAgdGltaW5nOiBSZXF1aXJlbWVudFRpbWluZztcbiAgcmVhc29uOiBSZXF1aXJlbWVudFJlYXNvbjtcbiAgLyoqIFNldCB3aGVuIGBhdXRoLmVuYWJsZWRgIHdvdWxkIHJlcXVpcmUgaXQgYnV0IHVzZXJBZ2VudEF1dGhXaGl0ZT10cnVlIHNraXBzIHRoZSBvbmx5IChydW50aW1lKSBjaGVjayAoMS40LjFcdTIwMTMyLjQueCkuICovXG4gIHdhaXZlZEJ5PzogJ3VzZXJBZ2VudEF1dGhXaGl0ZSc7XG59XG5cbnR5cGUgU2NvcGUgPSAnZW5hYmxlZCcgfCAnZW5hYmxlZC1vci1hZG1pbicgfCAnZW5hYmxlZC1vci1jb25zb2xlJyB8ICdhbHdheXMnIHwgJ25ldmVyJztcblxuaW50ZXJmYWNlIFJlcXVpcmVtZW50RXJhIHtcbiAgcmFuZ2U6IFZlcnNpb25SYW5nZTtcbiAgc2NvcGU6IFNjb3BlO1xuICB0aW1pbmc6IEV4Y2x1ZGU8UmVxdWlyZW1lbnRUaW1pbmcsICdub25lJz47XG4gIC8qKiBUaW1pbmcgaW4gc3RhbmRhbG9uZSBtb2RlIHdoZW4gaXQgZGlmZmVycyAoMi4zLjFcdTIwMTMyLjUueCBza2lwIHRoZSBpZGVudGl0eSBzdGFydHVwIGNoZWNrKS4gKi9cbiAgc3RhbmRhbG9uZVRpbWluZz86IEV4Y2x1ZGU8UmVxdWlyZW1lbnRUaW1pbmcsICdub25lJz47XG4gIC8qKiBBIHJ1bnRpbWUtb25seSAoJ3JlcXVlc3QnKSByZXF1aXJlbWVudCBpcyB3YWl2ZWQgd2hlbiB1c2VyQWdlbnRBdXRoV2hpdGUgaXMgdHJ1ZSAoMS40LjFcdTIwMTMyLjQueCkuICovXG4gIHdhaXZlZEJ5VXNlckFnZW50V2hpdGU/OiBib29sZWFuO1xufVxuXG4vLyBJZGVudGl0eTogZmFjdHMgXHUwMEE3MS4zIChzdGFydHVwIGNoZWNrcykgYW5kIFx1MDBBNzEuNSAocnVudGltZSA0MDMgd2hlbiBibGFuaykuXG5jb25zdCBJREVOVElUWV9FUkFTOiByZWFkb25seSBSZXF1aXJlbWVudEVyYVtdID0gW1xuICB7IHJhbmdlOiB7IHRvOiAnMS40LjAnIH0sIHNjb3BlOiAnbmV2ZXInLCB0aW1pbmc6ICdyZXF1ZXN0JyB9LFxuICB7IHJhbmdlOiB7IGZyb206ICcxLjQuMScsIHRvOiAnMS40LjQnIH0sIHNjb3BlOiAnZW5hYmxlZCcsIHRpbWluZzogJ3JlcXVlc3QnLCB3YWl2ZWRCeVVzZXJBZ2VudFdoaXRlOiB0cnVlIH0sXG4gIHsgcmFuZ2U6IHsgZnJvbTogJzEuNC41JywgdG86ICcxLjQnIH0sIHNjb3BlOiAnZW5hYmxlZCcsIHRpbWluZzogJ3N0YXJ0dXAnIH0sXG4gIHsgcmFuZ2U6IHsgZnJvbTogJzIuMC4wJywgdG86ICcyLjIuMCcgfSwgc2NvcGU6ICdlbmFibGVkJywgdGltaW5nOiAncmVxdWVzdCcsIHdhaXZlZEJ5VXNlckFnZW50V2hpdGU6IHRydWUgfSwgLy8gaW5jbC4gMi4yLjAuMVxuICB7IHJhbmdlOiB7IGZyb206ICcyLjIuMScsIHRvOiAnMi4zLjAnIH0sIHNjb3BlOiAnZW5hYmxlZCcsIHRpbWluZzogJ3N0YXJ0dXAnIH0sXG4gIHsgcmFuZ2U6IHsgZnJvbTogJzIuMy4xJywgdG86ICcyLjQnIH0sIHNjb3BlOiAnZW5hYmxlZCcsIHRpbWluZzogJ3N0YXJ0dXAnLCBzdGFuZGFsb25lVGltaW5nOiAncmVxdWVzdCcsIHdhaXZlZEJ5VXNlckFnZW50V2hpdGU6IHRydWUgfSxcbiAgeyByYW5nZTogeyBmcm9tOiAnMi41LjAnLCB0bzogJzIuNScgfSwgc2NvcGU6ICdlbmFibGVkJywgdGltaW5nOiAnc3RhcnR1cCcsIHN0YW5kYWxvbmVUaW1pbmc6ICdyZXF1ZXN0JyB9LFxuICB7IHJhbmdlOiB7IGZyb206ICczLjAuMCcgfSwgc2NvcGU6ICdlbmFibGVkLW9yLWFkbWluJywgdGltaW5nOiAnc3RhcnR1cCcgfSxcbl07XG5cbi8vIFNlY3JldDogZmFjdHMgXHUwMEE3MS42IFwiV2hlbiBjaGVja2VkXCIuXG5jb25zdCBTRUNSRVRfRVJBUzogcmVhZG9ubHkgUmVxdWlyZW1lbnRFcmFbXSA9IFtcbiAgeyByYW5nZTogeyB0bzogJzIuMScgfSwgc2NvcGU6ICdlbmFibGVkJywgdGltaW5nOiAnbG9naW4nIH0sXG4gIHsgcmFuZ2U6IHsgZnJvbTogJzIuMi4wJywgdG86ICcyLjIuMScgfSwgc2NvcGU6ICdhbHdheXMnLCB0aW1pbmc6ICdzdGFydHVwJyB9LFxuICB7IHJhbmdlOiB7IGZyb206ICcyLjIuMicsIHRvOiAnMi41JyB9LCBzY29wZTogJ2VuYWJsZWQnLCB0aW1pbmc6ICdzdGFydHVwJyB9LFxuICB7IHJhbmdlOiB7IGZyb206ICczLjAuMCcgfSwgc2NvcGU6ICdlbmFibGVkLW9yLWNvbnNvbGUnLCB0aW1pbmc6ICdzdGFydHVwJyB9LFxuXTtcblxuZnVuY3Rpb24gdXNlckFnZW50V2hpdGUodjogTmFjb3NWZXJzaW9uLCBzOiBBdXRoU3dpdGNoZXMpOiBib29sZWFuIHtcbiAgcmV0dXJuIHMudXNlckFnZW50QXV0aFdoaXRlID8/IHBhcnNlU3ByaW5nQm9vbGVhbihjb2RlRGVmYXVsdCgnbmFjb3MuY29yZS5hdXRoLmVuYWJsZS51c2VyQWdlbnRBdXRoV2hpdGUnLCB2KSA/PyAnZmFsc2UnKSA9PT0gdHJ1ZTtcbn1cblxuZnVuY3Rpb24gZXZhbHVhdGUoZXJhczogcmVhZG9ubHkgUmVxdWlyZW1lbnRFcmFbXSwgdjogTmFjb3NWZXJzaW9uLCBzOiBBdXRoU3dpdGNoZXMpOiBSZXF1aXJlbWVudCB7XG4gIGNvbnN0IGVyYSA9IGVyYXMuZmluZChlID0+IGluVmVyc2lvblJhbmdlKHYsIGUucmFuZ2UpKTtcbiAgaWYgKCFlcmEgfHwgZXJhLnNjb3BlID09PSAnbmV2ZXInKSByZXR1cm4geyByZXF1aXJlZDogZmFsc2UsIHRpbWluZzogJ25vbmUnLCByZWFzb246IGVyYSA/ICdub3Qtc3VwcG9ydGVkJyA6ICdub3QtcmVxdWlyZWQnIH07XG4gIGNvbnN0IHRpbWluZyA9IHMuc3RhbmRhbG9uZSAmJiBlcmEuc3RhbmRhbG9uZVRpbWluZyA/IGVyYS5zdGFuZGFsb25lVGltaW5nIDogZXJhLnRpbWluZztcbiAgaWYgKGVyYS5zY29wZSA9PT0gJ2Fsd2F5cycpIHJldHVybiB7IHJlcXVpcmVkOiB0cnVlLCB0aW1pbmcsIHJlYXNvbjogJ2Fsd2F5cycgfTtcbiAgaWYgKHMuZW5hYmxlZCA9PT0gdHJ1ZSkge1xuICAgIGlmICh0aW1pbmcgPT09ICdyZXF1ZXN0JyAmJiBlcmEud2FpdmVkQnlVc2VyQWdlbnRXaGl0ZSAmJiB1c2VyQWdlbnRXaGl0ZSh2LCBzKSkge1xuICAgICAgcmV0dXJuIHsgcmVxdWlyZWQ6IGZhbHNlLCB0aW1pbmc6ICdub25lJywgcmVhc29uOiAnbm90LXJlcXVpcmVkJywgd2FpdmVkQnk6ICd1c2VyQWdlbnRBdXRoV2hpdGUnIH07XG4gICAgfVxuICAgIHJldHVybiB7IHJlcXVpcmVkOiB0cnVlLCB0aW1pbmcsIHJlYXNvbjogJ2F1dGgtZW5hYmxlZCcgfTtcbiAgfVxuICBpZiAoZXJhLnNjb3BlID09PSAnZW5hYmxlZC1vci1hZG1pbicgJiYgcy5hZG1pbkVuYWJsZWQgIT09IGZhbHNlKSB7XG4gICAgcmV0dXJuIHsgcmVxdWlyZWQ6IHRydWUsIHRpbWluZywgcmVhc29uOiBzLmFkbWluRW5hYmxlZCA9PT0gdW5kZWZpbmVkID8gJ2FkbWluLWVuYWJsZWQtZGVmYXVsdCcgOiAnYWRtaW4tZW5hYmxlZCcgfTtcbiAgfVxuICBpZiAoZXJhLnNjb3BlID09PSAnZW5hYmxlZC1vci1jb25zb2xlJyAmJiBzLmNvbnNvbGVFbmFibGVkICE9PSBmYWxzZSkge1xuICAgIHJldHVybiB7IHJlcXVpcmVkOiB0cnVlLCB0aW1pbmcsIHJlYXNvbjogcy5jb25zb2xlRW5hYmxlZCA9PT0gdW5kZWZpbmVkID8gJ2NvbnNvbGUtZW5hYmxlZC1kZWZhdWx0JyA6ICdjb25zb2xlLWVuYWJsZWQnIH07XG4gIH1cbiAgcmV0dXJuIHsgcmVxdWlyZWQ6IGZhbHNlLCB0aW1pbmc6ICdub25lJywgcmVhc29uOiAnbm90LXJlcXVpcmVkJyB9O1xufVxuXG4vKipcbiAqIERvZXMgdGhpcyBzZXJ2ZXIgdmVyc2lvbiBuZWVkIHRoZSBpZGVudGl0eSBrZXkvdmFsdWUgd2l0aCB0aGVzZSBzd2l0Y2hlcz8gXHUyMjY0IDIuNTogYGVuYWJsZWRgOyAzLng6XG4gKiBgZW5hYmxlZCB8fCBhZG1pbi5lbmFibGVkYCAoYWRtaW4gZGVmYXVsdHMgdG8gdHJ1ZSkuIE5vdCBjb3ZlcmVkIGhlcmU6IHRoZSAzLnggY2x1c3RlciBpbm5lci1BUEkgY2hlY2sgKGFsd2F5cywgb25jZVxuICogYWxsIG1lbWJlcnMgYXJlIDMueCkgYW5kIHRoZSBpbWFnZSBcdTIyNjUgdjMuMC4wIGVudHJ5cG9pbnQgKGltYWdlRW52LmltYWdlUmVxdWlyZWRFbnYpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gaWRlbnRpdHlSZXF1aXJlbWVudCh2OiBOYWNvc1ZlcnNpb24sIHNldHRpbmdzOiBBdXRoU3dpdGNoZXMpOiBSZXF1aXJlbWVudCB7XG4gIHJldHVybiBldmFsdWF0ZShJREVOVElUWV9FUkFTLCB2LCBzZXR0aW5ncyk7XG59XG5cbi8qKiBEb2VzIHRoaXMgdmVyc2lvbiBuZWVkIGEgdmFsaWQgdG9rZW4gc2VjcmV0PyBcdTIyNjQgMi4xLng6IGBlbmFibGVkYCAobG9naW4pOyAyLjIuMFx1MjAxMzIuMi4xOiBhbHdheXM7IDIuMi4yXHUyMDEzMi41OiBgZW5hYmxlZGA7IDMueDogYGVuYWJsZWQgfHwgY29uc29sZS5lbmFibGVkYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzZWNyZXRSZXF1aXJlbWVudCh2OiBOYWNvc1ZlcnNpb24sIHNldHRpbmdzOiBBdXRoU3dpdGNoZXMpOiBSZXF1aXJlbWVudCB7XG4gIHJldHVybiBldmFsdWF0ZShTRUNSRVRfRVJBUywgdiwgc2V0dGluZ3MpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gaWRlbnRpdHlSZXF1aXJlZCh2OiBOYWNvc1ZlcnNpb24sIHNldHRpbmdzOiBBdXRoU3dpdGNoZXMpOiBib29sZWFuIHtcbiAgcmV0dXJuIGlkZW50aXR5UmVxdWlyZW1lbnQodiwgc2V0dGluZ3MpLnJlcXVpcmVkO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gc2VjcmV0UmVxdWlyZWQodjogTmFjb3NWZXJzaW9uLCBzZXR0aW5nczogQXV0aFN3aXRjaGVzKTogYm9vbGVhbiB7XG4gIHJldHVybiBzZWNyZXRSZXF1aXJlbWVudCh2LCBzZXR0aW5ncykucmVxdWlyZWQ7XG59XG4iLCAiLy8gVGhlIGF1dGggbGluZXMgb2YgdGhlIG5hY29zL25hY29zLXNlcnZlciBpbWFnZSdzIG93biAvaG9tZS9uYWNvcy9jb25mL2FwcGxpY2F0aW9uLnByb3BlcnRpZXMgcGVyIGltYWdlIHZlcnNpb25cbi8vIChgZG9ja2VyQDx0YWc+OmJ1aWxkL2NvbmYvYXBwbGljYXRpb24ucHJvcGVydGllc2AsIGZhY3RzIFx1MDBBNzQuMSksIGVtYmVkZGVkIGFzIHRleHQgaW4gZmlsZSBvcmRlci5cbmltcG9ydCB7IHR5cGUgTmFjb3NWZXJzaW9uLCB0eXBlIFZlcnNpb25SYW5nZSwgaW5WZXJzaW9uUmFuZ2UgfSBmcm9tICcuL3ZlcnNpb25zJztcblxuZXhwb3J0IGludGVyZmFjZSBJbWFnZVByb3BlcnRpZXNGaWxlIHtcbiAgcmFuZ2U6IFZlcnNpb25SYW5nZTtcbiAgLyoqIEltYWdlIHRhZ3Mgd2hvc2UgcmVhbCBmaWxlIHRoZSBsaW5lcyB3ZXJlIGNoZWNrZWQgYWdhaW5zdCAodGVzdC91bml0L25hY29zLWZhY3RzLnRlc3QudHMsIGNvcnB1cykuICovXG4gIHZlcmlmaWVkQXQ6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKiogV2hhdCBpcyByZWNvbnN0cnVjdGVkIGZyb20gZmFjdHMgXHUwMEE3NC4xIHJhdGhlciB0aGFuIGNvcGllZCBmcm9tIGEgZmlsZSBvZiB0aGF0IHJhbmdlLiAqL1xuICB1bnZlcmlmaWVkPzogc3RyaW5nO1xuICAvKiogTm9uLWNvbW1lbnQgYXV0aCBsaW5lcyAoYG5hY29zLmNvcmUuYXV0aC4qYCwgYG5hY29zLnNlY3VyaXR5Lmlnbm9yZS51cmxzYCksIGluIGZpbGUgb3JkZXIuICovXG4gIGxpbmVzOiBzdHJpbmc7XG59XG5cbmNvbnN0IFNFQ1JFVCA9ICdTZWNyZXRLZXkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODknO1xuY29uc3QgSUdOT1JFID1cbiAgJyR7TkFDT1NfU0VDVVJJVFlfSUdOT1JFX1VSTFM6LywvZXJyb3IsLyoqLyouY3NzLC8qKi8qLmpzLC8qKi8qLmh0bWwsLyoqLyoubWFwLC8qKi8qLnN2ZywvKiovKi5wbmcsLyoqLyouaWNvLC9jb25zb2xlLWZlL3B1YmxpYy8qKiwvdjEvYXV0aC8qKiwvdjEvY29uc29sZS9oZWFsdGgvKiosL2FjdHVhdG9yLyoqLC92MS9jb25zb2xlL3NlcnZlci8qKn0nO1xuXG5leHBvcnQgY29uc3QgSU1BR0VfUFJPUEVSVElFU19GSUxFUzogcmVhZG9ubHkgSW1hZ2VQcm9wZXJ0aWVzRmlsZVtdID0gW1xuICB7XG4gICAgcmFuZ2U6IHsgdG86ICcxLjQuMCcgfSxcbiAgICB2ZXJpZmllZEF0OiBbXSxcbiAgICB1bnZlcmlmaWVkOiAnbGluZXMgcmVjb25zdHJ1Y3RlZCBmcm9tIGZhY3RzIFx1MDBBNzQuMSAoYnJhbmNoZXMgMS4yLjBcdTIwMTMxLjQuMDogbm8gaWRlbnRpdHksIG5vIHVzZXJBZ2VudEF1dGhXaGl0ZSknLFxuICAgIGxpbmVzOiBgXG5uYWNvcy5jb3JlLmF1dGguc3lzdGVtLnR5cGU9XFwke05BQ09TX0FVVEhfU1lTVEVNX1RZUEU6bmFjb3N9XG5uYWNvcy5jb3JlLmF1dGguZGVmYXVsdC50b2tlbi5leHBpcmUuc2Vjb25kcz1cXCR7TkFDT1NfQVVUSF9UT0tFTl9FWFBJUkVfU0VDT05EUzoxODAwMH1cbm5hY29zLmNvcmUuYXV0aC5kZWZhdWx0LnRva2VuLnNlY3JldC5rZXk9XFwke05BQ09TX0FVVEhfVE9LRU46JHtTRUNSRVR9fVxubmFjb3MuY29yZS5hdXRoLmNhY2hpbmcuZW5hYmxlZD1cXCR7TkFDT1NfQVVUSF9DQUNIRV9FTkFCTEU6ZmFsc2V9XG5uYWNvcy5zZWN1cml0eS5pZ25vcmUudXJscz0ke0lHTk9SRX1gLFxuICB9LFxuICB7XG4gICAgLy8gdjEuNC4xIGFkZGVkIHRoZSBpZGVudGl0eSBwbGFjZWhvbGRlcnMgKGNvbW1pdCAwZTE1YWEwKTsgdjIuMS4wIHN0aWxsIHVzZWQgdGhlIGRlZmF1bHQudG9rZW4uKiBuYW1lcyAoIzk4MzApLlxuICAgIHJhbmdlOiB7IGZyb206ICcxLjQuMScsIHRvOiAnMS40LjMnIH0sXG4gICAgdmVyaWZpZWRBdDogW10sXG4gICAgdW52ZXJpZmllZDogJ2Fzc3VtZWQgZXF1YWwgdG8gdGhlIHZlcmlmaWVkIHYyLjAuMyBmaWxlIChmYWN0cyBcdTAwQTc0LjEgcHV0cyB0aGVtIGluIG9uZSBjb2x1bW4pJyxcbiAgICBsaW5lczogZmlsZVYxNDEoKSxcbiAgfSxcbiAge1xuICAgIC8vIHYxLjQuNCBtYXBzIE5BQ09TX0FVVEhfVE9LRU4gdG8gdGhlIDIueCBuYW1lLCB3aGljaCBhIDEuNCBzZXJ2ZXIgaWdub3JlcyAoIzEwMzExKS5cbiAgICByYW5nZTogeyBmcm9tOiAnMS40LjQnLCB0bzogJzEuNC40JyB9LFxuICAgIHZlcmlmaWVkQXQ6IFtdLFxuICAgIHVudmVyaWZpZWQ6ICdvbmx5IHRoZSB0b2tlbiBsaW5lIGlzIGZyb20gZmFjdHMgXHUwMEE3NC4xOyB0aGUgb3RoZXIgbGluZXMgYXNzdW1lIHRoZSB2Mi4xLjEgZmlsZSBpdCB3YXMgYnVpbHQgZnJvbScsXG4gICAgbGluZXM6IGZpbGVWMjExKCksXG4gIH0sXG4gIHtcbiAgICByYW5nZTogeyBmcm9tOiAnMS40LjUnLCB0bzogJzEuNCcgfSxcbiAgICB2ZXJpZmllZEF0OiBbXSxcbiAgICB1bnZlcmlmaWVkOiAndG9rZW4gYW5kIGlkZW50aXR5IGxpbmVzIGZyb20gZmFjdHMgXHUwMEE3NC4xOyB0aGUgb3RoZXIgbGluZXMgYXNzdW1lIHRoZSB2MS40LjMgZmlsZScsXG4gICAgbGluZXM6IGBcbm5hY29zLmNvcmUuYXV0aC5zeXN0ZW0udHlwZT1cXCR7TkFDT1NfQVVUSF9TWVNURU1fVFlQRTpuYWNvc31cbm5hY29zLmNvcmUuYXV0aC5kZWZhdWx0LnRva2VuLmV4cGlyZS5zZWNvbmRzPVxcJHtOQUNPU19BVVRIX1RPS0VOX0VYUElSRV9TRUNPTkRTOjE4MDAwfVxubmFjb3MuY29yZS5hdXRoLmRlZmF1bHQudG9rZW4uc2VjcmV0LmtleT1cXCR7TkFDT1NfQVVUSF9UT0tFTjp9XG5uYWNvcy5jb3JlLmF1dGguY2FjaGluZy5lbmFibGVkPVxcJHtOQUNPU19BVVRIX0NBQ0hFX0VOQUJMRTpmYWxzZX1cbm5hY29zLmNvcmUuYXV0aC5lbmFibGUudXNlckFnZW50QXV0aFdoaXRlPVxcJHtOQUNPU19BVVRIX1VTRVJfQUdFTlRfQVVUSF9XSElURV9FTkFCTEU6ZmFsc2V9XG5uYWNvcy5jb3JlLmF1dGguc2VydmVyLmlkZW50aXR5LmtleT1cXCR7TkFDT1NfQVVUSF9JREVOVElUWV9LRVk6fVxubmFjb3MuY29yZS5hdXRoLnNlcnZlci5pZGVudGl0eS52YWx1ZT1cXCR7TkFDT1NfQVVUSF9JREVOVElUWV9WQUxVRTp9XG5uYWNvcy5zZWN1cml0eS5pZ25vcmUudXJscz0ke0lHTk9SRX1gLFxuICB9LFxuICB7IHJhbmdlOiB7IGZyb206ICcyLjAuMCcsIHRvOiAnMi4xLjAnIH0sIHZlcmlmaWVkQXQ6IFsndjIuMC4zJ10sIGxpbmVzOiBmaWxlVjE0MSgpIH0sXG4gIHsgcmFuZ2U6IHsgZnJvbTogJzIuMS4xJywgdG86ICcyLjIuMCcgfSwgdmVyaWZpZWRBdDogWyd2Mi4yLjAnXSwgbGluZXM6IGZpbGVWMjExKCkgfSwgLy8gdG8gdjIuMi4wLjFcbiAge1xuICAgIC8vIHYyLjIuMSBkcm9wcGVkIHRoZSBkZWZhdWx0cyB3aXRob3V0IGFkZGluZyBgOmAgKGI5MTU0MTcpOiB1bnNldCB2YXJpYWJsZXMgZmFpbCB3aXRoIFwiQ291bGQgbm90IHJlc29sdmUgcGxhY2Vob2xkZXJcIi5cbiAgICByYW5nZTogeyBmcm9tOiAnMi4yLjEnLCB0bzogJzIuMi4xJyB9LFxuICAgIHZlcmlmaWVkQXQ6IFsndjIuMi4xJ10sXG4gICAgbGluZXM6IGBcbm5hY29zLmNvcmUuYXV0aC5zeXN0ZW0udHlwZT1cXCR7TkFDT1NfQVVUSF9TWVNURU1fVFlQRTpuYWNvc31cbm5hY29zLmNvcmUuYXV0aC5wbHVnaW4ubmFjb3MudG9rZW4uZXhwaXJlLnNlY29uZHM9XFwke05BQ09TX0FVVEhfVE9LRU5fRVhQSVJFX1NFQ09ORFM6MTgwMDB9XG5uYWNvcy5jb3JlLmF1dGgucGx1Z2luLm5hY29zLnRva2VuLnNlY3JldC5rZXk9XFwke05BQ09TX0FVVEhfVE9LRU59XG5uYWNvcy5jb3JlLmF1dGguY2FjaGluZy5lbmFibGVkPVxcJHtOQUNPU19BVVRIX0NBQ0hFX0VOQUJMRTpmYWxzZX1cbm5hY29zLmNvcmUuYXV0aC5lbmFibGUudXNlckFnZW50QXV0aFdoaXRlPVxcJHtOQUNPU19BVVRIX1VTRVJfQUdFTlRfQVVUSF9XSElURV9FTkFCTEU6ZmFsc2V9XG5uYWNvcy5jb3JlLmF1dGguc2VydmVyLmlkZW50aXR5LmtleT1cXCR7TkFDT1NfQVVUSF9JREVOVElUWV9LRVl9XG5uYWNvcy5jb3JlLmF1dGguc2VydmVyLmlkZW50aXR5LnZhbHVlPVxcJHtOQUNPU19BVVRIX0lERU5USVRZX1ZBTFVFfVxubmFjb3Muc2VjdXJpdHkuaWdub3JlLnVybHM9JHtJR05PUkV9YCxcbiAgfSxcbiAge1xuICAgIHJhbmdlOiB7IGZyb206ICcyLjIuMicsIHRvOiAnMicgfSxcbiAgICB2ZXJpZmllZEF0OiBbJ3YyLjMuMCcsICd2Mi41LjEnXSxcbiAgICBsaW5lczogYFxubmFjb3MuY29yZS5hdXRoLnN5c3RlbS50eXBlPVxcJHtOQUNPU19BVVRIX1NZU1RFTV9UWVBFOm5hY29zfVxubmFjb3MuY29yZS5hdXRoLnBsdWdpbi5uYWNvcy50b2tlbi5leHBpcmUuc2Vjb25kcz1cXCR7TkFDT1NfQVVUSF9UT0tFTl9FWFBJUkVfU0VDT05EUzoxODAwMH1cbm5hY29zLmNvcmUuYXV0aC5wbHVnaW4ubmFjb3MudG9rZW4uc2VjcmV0LmtleT1cXCR7TkFDT1NfQVVUSF9UT0tFTjp9XG5uYWNvcy5jb3JlLmF1dGguY2FjaGluZy5lbmFibGVkPVxcJHtOQUNPU19BVVRIX0NBQ0hFX0VOQUJMRTpmYWxzZX1cbm5hY29zLmNvcmUuYXV0aC5lbmFibGUudXNlckFnZW50QXV0aFdoaXRlPVxcJHtOQUNPU19BVVRIX1VTRVJfQUdFTlRfQVVUSF9XSElURV9FTkFCTEU6ZmFsc2V9XG5uYWNvcy5jb3JlLmF1dGguc2VydmVyLmlkZW50aXR5LmtleT1cXCR7TkFDT1NfQVVUSF9JREVOVElUWV9LRVk6fVxubmFjb3MuY29yZS5hdXRoLnNlcnZlci5pZGVudGl0eS52YWx1ZT1cXCR7TkFDT1NfQVVUSF9JREVOVElUWV9WQUxVRTp9XG5uYWNvcy5zZWN1cml0eS5pZ25vcmUudXJscz0ke0lHTk9SRX1gLFxuICB9LFxuICB7IHJhbmdlOiB7IGZyb206ICczLjAuMCcsIHRvOiAnMy4xJyB9LCB2ZXJpZmllZEF0OiBbJ3YzLjAuMCddLCBsaW5lczogZmlsZVYzKGZhbHNlKSB9LFxuICB7IHJhbmdlOiB7IGZyb206ICczLjIuMCcgfSwgdmVyaWZpZWRBdDogWyd2My4yLjMnXSwgbGluZXM6IGZpbGVWMyh0cnVlKSB9LFxuXTtcblxuZnVuY3Rpb24gZmlsZVYxNDEoKTogc3RyaW5nIHtcbiAgcmV0dXJuIGBcbm5hY29zLmNvcmUuYXV0aC5zeXN0ZW0udHlwZT1cXCR7TkFDT1NfQVVUSF9TWVNURU1fVFlQRTpuYWNvc31cbm5hY29zLmNvcmUuYXV0aC5kZWZhdWx0LnRva2VuLmV4cGlyZS5zZWNvbmRzPVxcJHtOQUNPU19BVVRIX1RPS0VOX0VYUElSRV9TRUNPTkRTOjE4MDAwfVxubmFjb3MuY29yZS5hdXRoLmRlZmF1bHQudG9rZW4uc2VjcmV0LmtleT1cXCR7TkFDT1NfQVVUSF9UT0tFTjoke1NFQ1JFVH19XG5uYWNvcy5jb3JlLmF1dGguY2FjaGluZy5lbmFibGVkPVxcJHtOQUNPU19BVVRIX0NBQ0hFX0VOQUJMRTpmYWxzZX1cbm5hY29zLmNvcmUuYXV0aC5lbmFibGUudXNlckFnZW50QXV0aFdoaXRlPVxcJHtOQUNPU19BVVRIX1VTRVJfQUdFTlRfQVVUSF9XSElURV9FTkFCTEU6ZmFsc2V9XG5uYWNvcy5jb3JlLmF1dGguc2VydmVyLmlkZW50aXR5LmtleT1cXCR7TkFDT1NfQVVUSF9JREVOVElUWV9LRVk6c2VydmVySWRlbnRpdHl9XG5uYWNvcy5jb3JlLmF1dGguc2VydmVyLmlkZW50aXR5LnZhbHVlPVxcJHtOQUNPU19BVVRIX0lERU5USVRZX1ZBTFVFOnNlY3VyaXR5fVxubmFjb3Muc2VjdXJpdHkuaWdub3JlLnVybHM9JHtJR05PUkV9YDtcbn1cblxuZnVuY3Rpb24gZmlsZVYyMTEoKTogc3RyaW5nIHtcbiAgcmV0dXJuIGBcbm5hY29zLmNvcmUuYXV0aC5zeXN0ZW0udHlwZT1cXCR7TkFDT1NfQVVUSF9TWVNURU1fVFlQRTpuYWNvc31cbm5hY29zLmNvcmUuYXV0aC5wbHVnaW4ubmFjb3MudG9rZW4uZXhwaXJlLnNlY29uZHM9XFwke05BQ09TX0FVVEhfVE9LRU5fRVhQSVJFX1NFQ09ORFM6MTgwMDB9XG5uYWNvcy5jb3JlLmF1dGgucGx1Z2luLm5hY29zLnRva2VuLnNlY3JldC5rZXk9XFwke05BQ09TX0FVVEhfVE9LRU46JHtTRUNSRVR9fVxubmFjb3MuY29yZS5hdXRoLmNhY2hpbmcuZW5hYmxlZD1cXCR7TkFDT1NfQVVUSF9DQUNIRV9FTkFCTEU6ZmFsc2V9XG5uYWNvcy5jb3JlLmF1dGguZW5hYmxlLnVzZXJBZ2VudEF1dGhXaGl0ZT1cXCR7TkFDT1NfQVVUSF9VU0VSX0FHRU5UX0FVVEhfV0hJVEVfRU5BQkxFOmZhbHNlfVxubmFjb3MuY29yZS5hdXRoLnNlcnZlci5pZGVudGl0eS5rZXk9XFwke05BQ09TX0FVVEhfSURFTlRJVFlfS0VZOnNlcnZlcklkZW50aXR5fVxubmFjb3MuY29yZS5hdXRoLnNlcnZlci5pZGVudGl0eS52YWx1ZT1cXCR7TkFDT1NfQVVUSF9JREVOVElUWV9WQUxVRTpzZWN1cml0eX1cbm5hY29zLnNlY3VyaXR5Lmlnbm9yZS51cmxzPSR7SUdOT1JFfWA7XG59XG5cbmZ1bmN0aW9uIGZpbGVWMyhhbm9ueW1vdXNBaTogYm9vbGVhbik6IHN0cmluZyB7XG4gIC8vIDMueCBoYXJkLWNvZGVzIHRoZSBzd2l0Y2hlcyAoTkFDT1NfQVVUSF9FTkFCTEUgZXRjLiBhcnJpdmUgYXMgLUQpIGFuZCBkcm9wcyB1c2VyQWdlbnRBdXRoV2hpdGUuXG4gIHJldHVybiBgXG5uYWNvcy5zZWN1cml0eS5pZ25vcmUudXJscz0ke0lHTk9SRX1cbm5hY29zLmNvcmUuYXV0aC5zeXN0ZW0udHlwZT1cXCR7TkFDT1NfQVVUSF9TWVNURU1fVFlQRTpuYWNvc31cbm5hY29zLmNvcmUuYXV0aC5lbmFibGVkPWZhbHNlXG5uYWNvcy5jb3JlLmF1dGguYWRtaW4uZW5hYmxlZD10cnVlXG5uYWNvcy5jb3JlLmF1dGguY29uc29sZS5lbmFibGVkPXRydWVcbm5hY29zLmNvcmUuYXV0aC5jYWNoaW5nLmVuYWJsZWQ9XFwke05BQ09TX0FVVEhfQ0FDSEVfRU5BQkxFOmZhbHNlfVxubmFjb3MuY29yZS5hdXRoLnNlcnZlci5pZGVudGl0eS5rZXk9XFwke05BQ09TX0FVVEhfSURFTlRJVFlfS0VZOn1cbm5hY29zLmNvcmUuYXV0aC5zZXJ2ZXIuaWRlbnRpdHkudmFsdWU9XFwke05BQ09TX0FVVEhfSURFTlRJVFlfVkFMVUU6fVxubmFjb3MuY29yZS5hdXRoLnBsdWdpbi5uYWNvcy50b2tlbi5jYWNoZS5lbmFibGU9ZmFsc2Vcbm5hY29zLmNvcmUuYXV0aC5wbHVnaW4ubmFjb3MudG9rZW4uZXhwaXJlLnNlY29uZHM9XFwke05BQ09TX0FVVEhfVE9LRU5fRVhQSVJFX1NFQ09ORFM6MTgwMDB9XG5uYWNvcy5jb3JlLmF1dGgucGx1Z2luLm5hY29zLnRva2VuLnNlY3JldC5rZXk9XFwke05BQ09TX0FVVEhfVE9LRU46fWAgK1xuICAgIChhbm9ueW1vdXNBaSA/ICdcXG5uYWNvcy5jb3JlLmF1dGgubmFjb3MuYW5vbnltb3VzLmFpLmVuYWJsZWQ9JHtOQUNPU19BVVRIX0FMTE9XX0FOT05ZTU9VU19BSV9FTkFCTEVEOmZhbHNlfScgOiAnJyk7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgSW1hZ2VQcm9wZXJ0eSB7XG4gIGtleTogc3RyaW5nO1xuICAvKiogVGhlIHZhbHVlIGFzIHdyaXR0ZW4sIHdpdGggaXRzIGAke0VOVjpkZWZhdWx0fWAgcGxhY2Vob2xkZXIuICovXG4gIHZhbHVlOiBzdHJpbmc7XG59XG5cbmZ1bmN0aW9uIHBhcnNlTGluZXModGV4dDogc3RyaW5nKTogSW1hZ2VQcm9wZXJ0eVtdIHtcbiAgcmV0dXJuIHRleHQuc3BsaXQoJ1xcbicpLmZpbHRlcihsID0+IGwudHJpbSgpICE9PSAnJykubWFwKGwgPT4ge1xuICAgIGNvbnN0IGVxID0gbC5pbmRleE9mKCc9Jyk7XG4gICAgcmV0dXJuIHsga2V5OiBsLnNsaWNlKDAsIGVxKSwgdmFsdWU6IGwuc2xpY2UoZXEgKyAxKSB9O1xuICB9KTtcbn1cblxuY29uc3QgUEFSU0VEID0gSU1BR0VfUFJPUEVSVElFU19GSUxFUy5tYXAoZiA9PiAoeyBmaWxlOiBmLCBlbnRyaWVzOiBwYXJzZUxpbmVzKGYubGluZXMpIH0pKTtcblxuLyoqIEV2ZXJ5IHZhcmlhYmxlIGFueSBpbWFnZSdzIGF1dGggbGluZXMgcmVhZCB0aHJvdWdoIGEgcGxhY2Vob2xkZXIuICovXG5leHBvcnQgZnVuY3Rpb24gaW1hZ2VQbGFjZWhvbGRlckVudk5hbWVzKCk6IHN0cmluZ1tdIHtcbiAgY29uc3QgbmFtZXMgPSBQQVJTRUQuZmxhdE1hcChwID0+IHAuZW50cmllcy5tYXAoZSA9PiBwYXJzZVBsYWNlaG9sZGVyKGUudmFsdWUpPy5uYW1lKSkuZmlsdGVyKChuKTogbiBpcyBzdHJpbmcgPT4gISFuKTtcbiAgcmV0dXJuIFsuLi5uZXcgU2V0KG5hbWVzKV07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBpbWFnZVByb3BlcnRpZXNGaWxlKGltYWdlVmVyc2lvbjogTmFjb3NWZXJzaW9uKTogSW1hZ2VQcm9wZXJ0aWVzRmlsZSB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiBJTUFHRV9QUk9QRVJUSUVTX0ZJTEVTLmZpbmQoZiA9PiBpblZlcnNpb25SYW5nZShpbWFnZVZlcnNpb24sIGYucmFuZ2UpKTtcbn1cblxuLyoqIFRoZSBpbWFnZSdzIG93biBhcHBsaWNhdGlvbi5wcm9wZXJ0aWVzIGF1dGggbGluZXMsIGluIGZpbGUgb3JkZXIgKHZhbHVlcyB3aXRoIHRoZWlyIHBsYWNlaG9sZGVycykuICovXG5leHBvcnQgZnVuY3Rpb24gaW1hZ2VBdXRoUHJvcGVydGllcyhpbWFnZVZlcnNpb246IE5hY29zVmVyc2lvbik6IHsga2V5OiBzdHJpbmc7IHZhbHVlOiBzdHJpbmcgfVtdIHtcbiAgY29uc3QgaGl0ID0gUEFSU0VELmZpbmQocCA9PiBpblZlcnNpb25SYW5nZShpbWFnZVZlcnNpb24sIHAuZmlsZS5yYW5nZSkpO1xuICByZXR1cm4gaGl0ID8gaGl0LmVudHJpZXMubWFwKGUgPT4gKHsgLi4uZSB9KSkgOiBbXTtcbn1cblxuLyoqXG4gKiBBIHZhbHVlIHRoYXQgaXMgZXhhY3RseSBvbmUgU3ByaW5nIHBsYWNlaG9sZGVyOiBgJHtOQU1FfWAgKGRlZmF1bHQgbnVsbDogdW5yZXNvbHZhYmxlIHdoZW4gTkFNRSBpcyB1bnNldCkgb3JcbiAqIGAke05BTUU6ZGVmYXVsdH1gIChkZWZhdWx0IGFwcGxpZXMgb25seSB3aGVuIE5BTUUgaXMgdW5zZXQsIG5vdCB3aGVuIGl0IGlzIGVtcHR5OyBmYWN0cyBcdTAwQTcxLjExKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlUGxhY2Vob2xkZXIodmFsdWU6IHN0cmluZyk6IHsgbmFtZTogc3RyaW5nOyBkZWZhdWx0OiBzdHJpbmcgfCBudWxsIH0gfCB1bmRlZmluZWQge1xuICBjb25zdCBtID0gL15cXCRcXHsoW146fV0rKSg/OjooW159XSopKT9cXH0kLy5leGVjKHZhbHVlKTtcbiAgcmV0dXJuIG0gPyB7IG5hbWU6IG1bMV0sIGRlZmF1bHQ6IG1bMl0gPz8gbnVsbCB9IDogdW5kZWZpbmVkO1xufVxuIiwgIi8vIEVudmlyb25tZW50IHZhcmlhYmxlcyBvZiB0aGUgbmFjb3MvbmFjb3Mtc2VydmVyIGltYWdlIHBlciBpbWFnZSB2ZXJzaW9uIChmYWN0cyBcdTAwQTc0LjEsIFx1MDBBNzQuMik6IHdoaWNoIHByb3BlcnR5IGVhY2hcbi8vIG9uZSBzZXRzIGFuZCBob3cuIFBsYWNlaG9sZGVyIChQKSBtYXBwaW5ncyBhcmUgZGVyaXZlZCBmcm9tIHRoZSBpbWFnZSdzIG93biBmaWxlIChpbWFnZVByb3BlcnRpZXMudHMpOyAtRCAoRClcbi8vIG1hcHBpbmdzIGNvbWUgZnJvbSBidWlsZC9iaW4vZG9ja2VyLXN0YXJ0dXAuc2ggYW5kIGFyZSBsaXN0ZWQgaGVyZS5cbmltcG9ydCB7IEFVVEhfUFJPUEVSVElFUywgaXNSZWFkQnkgfSBmcm9tICcuL3Byb3BlcnRpZXMnO1xuaW1wb3J0IHsgaW1hZ2VBdXRoUHJvcGVydGllcywgaW1hZ2VQbGFjZWhvbGRlckVudk5hbWVzLCBwYXJzZVBsYWNlaG9sZGVyIH0gZnJvbSAnLi9pbWFnZVByb3BlcnRpZXMnO1xuaW1wb3J0IHsgdHlwZSBOYWNvc1ZlcnNpb24sIHR5cGUgVmVyc2lvblJhbmdlLCBpblZlcnNpb25SYW5nZSB9IGZyb20gJy4vdmVyc2lvbnMnO1xuXG5leHBvcnQgeyBpbWFnZUF1dGhQcm9wZXJ0aWVzIH0gZnJvbSAnLi9pbWFnZVByb3BlcnRpZXMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIEltYWdlRW52TWFwcGluZyB7XG4gIGVudjogc3RyaW5nO1xuICBwcm9wZXJ0eTogc3RyaW5nO1xuICAvKiogcGxhY2Vob2xkZXI6IGAke0VOVjpkZWZhdWx0fWAgaW4gdGhlIGltYWdlJ3MgYXBwbGljYXRpb24ucHJvcGVydGllczsgZGVmaW5lOiBgLURwcm9wZXJ0eT1cdTIwMjZgIGZyb20gdGhlIGVudHJ5cG9pbnQuICovXG4gIG1lY2hhbmlzbTogJ3BsYWNlaG9sZGVyJyB8ICdkZWZpbmUnO1xuICAvKiogcGxhY2Vob2xkZXIgb25seTogdGhlIGRlZmF1bHQgdXNlZCB3aGVuIEVOViBpcyB1bnNldDsgbnVsbCA9IG5vIGRlZmF1bHQgKHVuc2V0IFx1MjFEMiBcIkNvdWxkIG5vdCByZXNvbHZlIHBsYWNlaG9sZGVyXCIpLiAqL1xuICBwbGFjZWhvbGRlckRlZmF1bHQ/OiBzdHJpbmcgfCBudWxsO1xuICAvKipcbiAgICogZGVmaW5lIG9ubHk6IGBub24tZW1wdHlgID0gYC1EcHJvcGVydHk9JEVOVmAgb25seSB3aGVuIEVOViBpcyBub24tZW1wdHkgKGBbWyAhIC16IFx1MjAyNiBdXWApO1xuICAgKiBgeyBlcXVhbHMsIHZhbHVlIH1gID0gYC1EcHJvcGVydHk9dmFsdWVgIG9ubHkgd2hlbiBFTlYgZXF1YWxzIGBlcXVhbHNgIChNT0RFPXN0YW5kYWxvbmUpLlxuICAgKi9cbiAgZGVmaW5lV2hlbj86ICdub24tZW1wdHknIHwgeyBlcXVhbHM6IHN0cmluZzsgdmFsdWU6IHN0cmluZyB9O1xuICAvKipcbiAgICogVGhlIHNlcnZlciBpbiB0aGUgc2FtZSBpbWFnZSBkb2VzIG5vdCBob25vdXIgYHByb3BlcnR5YDogJ3Vua25vd24nICh2MS40LjQgYW5kIHYyLjEuMCBtYXAgTkFDT1NfQVVUSF9UT0tFTiB0byB0aGVcbiAgICogbmFtZSB0aGUgb3RoZXIgZ2VuZXJhdGlvbiByZWFkcykgb3IgJ2lnbm9yZWQnICh1c2VyQWdlbnRBdXRoV2hpdGUgb24gdjIuNS54KS5cbiAgICovXG4gIHNlcnZlcklnbm9yZXM/OiAndW5rbm93bicgfCAnaWdub3JlZCc7XG59XG5cbmludGVyZmFjZSBEZWZpbmVSb3cge1xuICBlbnY6IHN0cmluZztcbiAgcHJvcGVydHk6IHN0cmluZztcbiAgcmFuZ2U6IFZlcnNpb25SYW5nZTtcbiAgd2hlbjogJ25vbi1lbXB0eScgfCB7IGVxdWFsczogc3RyaW5nOyB2YWx1ZTogc3RyaW5nIH07XG59XG5cbi8vIC1EIGZsYWdzIGJ1aWx0IGJ5IGRvY2tlci1zdGFydHVwLnNoIChmYWN0cyBcdTAwQTc0LjEsIFNQRUMgXHUwMEE3NCBzdGVwIDIpLlxuY29uc3QgREVGSU5FUzogcmVhZG9ubHkgRGVmaW5lUm93W10gPSBbXG4gIHsgZW52OiAnTkFDT1NfQVVUSF9FTkFCTEUnLCBwcm9wZXJ0eTogJ25hY29zLmNvcmUuYXV0aC5lbmFibGVkJywgcmFuZ2U6IHt9LCB3aGVuOiAnbm9uLWVtcHR5JyB9LFxuICB7IGVudjogJ05BQ09TX0FVVEhfQURNSU5fRU5BQkxFJywgcHJvcGVydHk6ICduYWNvcy5jb3JlLmF1dGguYWRtaW4uZW5hYmxlZCcsIHJhbmdlOiB7IGZyb206ICczLjAuMScgfSwgd2hlbjogJ25vbi1lbXB0eScgfSxcbiAgeyBlbnY6ICdOQUNPU19BVVRIX0NPTlNPTEVfRU5BQkxFJywgcHJvcGVydHk6ICduYWNvcy5jb3JlLmF1dGguY29uc29sZS5lbmFibGVkJywgcmFuZ2U6IHsgZnJvbTogJzMuMC4xJyB9LCB3aGVuOiAnbm9uLWVtcHR5JyB9LFxuICAvLyBUaGUgRG9ja2VyZmlsZSBzZXRzIE1PREU9Y2x1c3Rlcjsgb25seSB0aGUgZXhhY3Qgc3RyaW5nIFwic3RhbmRhbG9uZVwiIGFkZHMgLURuYWNvcy5zdGFuZGFsb25lPXRydWUuXG4gIHsgZW52OiAnTU9ERScsIHByb3BlcnR5OiAnbmFjb3Muc3RhbmRhbG9uZScsIHJhbmdlOiB7fSwgd2hlbjogeyBlcXVhbHM6ICdzdGFuZGFsb25lJywgdmFsdWU6ICd0cnVlJyB9IH0sXG4gIHsgZW52OiAnTkFDT1NfREVQTE9ZTUVOVF9UWVBFJywgcHJvcGVydHk6ICduYWNvcy5kZXBsb3ltZW50LnR5cGUnLCByYW5nZTogeyBmcm9tOiAnMy4wLjAnIH0sIHdoZW46ICdub24tZW1wdHknIH0sXG5dO1xuXG4vKiogSW1hZ2UgZGVmYXVsdHMgZnJvbSB0aGUgRG9ja2VyZmlsZSBgRU5WYCBsaW5lcyB0aGF0IG1hdHRlciB0byBhdXRoLiAqL1xuZXhwb3J0IGNvbnN0IElNQUdFX0VOVl9ERUZBVUxUUzogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4gPSB7IE1PREU6ICdjbHVzdGVyJyB9O1xuXG5mdW5jdGlvbiBzZXJ2ZXJJZ25vcmVzKHByb3BlcnR5OiBzdHJpbmcsIHY6IE5hY29zVmVyc2lvbik6IEltYWdlRW52TWFwcGluZ1snc2VydmVySWdub3JlcyddIHtcbiAgaWYgKCFBVVRIX1BST1BFUlRJRVMuc29tZShwID0+IHAua2V5ID09PSBwcm9wZXJ0eSkpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHIgPSBpc1JlYWRCeShwcm9wZXJ0eSwgdik7XG4gIHJldHVybiByID09PSAncmVhZCcgPyB1bmRlZmluZWQgOiByO1xufVxuXG4vKiogRXZlcnkgZW52IFx1MjE5MiBwcm9wZXJ0eSBtYXBwaW5nIG9mIHRoaXMgaW1hZ2UgdmVyc2lvbjogdGhlIGZpbGUncyBwbGFjZWhvbGRlcnMsIHRoZW4gdGhlIGVudHJ5cG9pbnQncyAtRCBmbGFncy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpbWFnZUVudk1hcHBpbmdzKGltYWdlVmVyc2lvbjogTmFjb3NWZXJzaW9uKTogSW1hZ2VFbnZNYXBwaW5nW10ge1xuICBjb25zdCBvdXQ6IEltYWdlRW52TWFwcGluZ1tdID0gW107XG4gIGZvciAoY29uc3QgeyBrZXksIHZhbHVlIH0gb2YgaW1hZ2VBdXRoUHJvcGVydGllcyhpbWFnZVZlcnNpb24pKSB7XG4gICAgY29uc3QgcGggPSBwYXJzZVBsYWNlaG9sZGVyKHZhbHVlKTtcbiAgICBpZiAoIXBoKSBjb250aW51ZTtcbiAgICBjb25zdCBtOiBJbWFnZUVudk1hcHBpbmcgPSB7IGVudjogcGgubmFtZSwgcHJvcGVydHk6IGtleSwgbWVjaGFuaXNtOiAncGxhY2Vob2xkZXInLCBwbGFjZWhvbGRlckRlZmF1bHQ6IHBoLmRlZmF1bHQgfTtcbiAgICBjb25zdCBpZ25vcmVzID0gc2VydmVySWdub3JlcyhrZXksIGltYWdlVmVyc2lvbik7XG4gICAgaWYgKGlnbm9yZXMpIG0uc2VydmVySWdub3JlcyA9IGlnbm9yZXM7XG4gICAgb3V0LnB1c2gobSk7XG4gIH1cbiAgZm9yIChjb25zdCBkIG9mIERFRklORVMpIHtcbiAgICBpZiAoaW5WZXJzaW9uUmFuZ2UoaW1hZ2VWZXJzaW9uLCBkLnJhbmdlKSkgb3V0LnB1c2goeyBlbnY6IGQuZW52LCBwcm9wZXJ0eTogZC5wcm9wZXJ0eSwgbWVjaGFuaXNtOiAnZGVmaW5lJywgZGVmaW5lV2hlbjogZC53aGVuIH0pO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUmVxdWlyZWRFbnYge1xuICBlbnY6IHN0cmluZztcbiAgLyoqIFRoZSBlbnRyeXBvaW50J3MgbWVzc2FnZSBiZWZvcmUgYGV4aXQgMjU1YCAoZmFjdHMgXHUwMEE3MS43IEQtMjU1KS4gKi9cbiAgbWVzc2FnZTogc3RyaW5nO1xufVxuXG4vLyBkb2NrZXJAdjMuMC4wOmJ1aWxkL2Jpbi9kb2NrZXItc3RhcnR1cC5zaDo5NS0xMDg7IHRlc3RlZCB3aXRoIGBbWyAteiBcdTIwMjYgXV1gIFx1MjFEMiB3aGl0ZSBzcGFjZSBwYXNzZXMuXG5jb25zdCBSRVFVSVJFRF9FTlY6IHJlYWRvbmx5IChSZXF1aXJlZEVudiAmIHsgcmFuZ2U6IFZlcnNpb25SYW5nZSB9KVtdID0gW1xuICB7IGVudjogJ05BQ09TX0FVVEhfVE9LRU4nLCBtZXNzYWdlOiAnZW52IE5BQ09TX0FVVEhfVE9LRU4gbXVzdCBiZSBzZXQgd2l0aCBCYXNlNjQgU3RyaW5nLicsIHJhbmdlOiB7IGZyb206ICczLjAuMCcgfSB9LFxuICB7IGVudjogJ05BQ09TX0FVVEhfSURFTlRJVFlfS0VZJywgbWVzc2FnZTogJ2VudiBOQUNPU19BVVRIX0lERU5USVRZX0tFWSBtdXN0IGJlIHNldC4nLCByYW5nZTogeyBmcm9tOiAnMy4wLjAnIH0gfSxcbiAgeyBlbnY6ICdOQUNPU19BVVRIX0lERU5USVRZX1ZBTFVFJywgbWVzc2FnZTogJ2VudiBOQUNPU19BVVRIX0lERU5USVRZX1ZBTFVFIG11c3QgYmUgc2V0LicsIHJhbmdlOiB7IGZyb206ICczLjAuMCcgfSB9LFxuXTtcblxuLyoqIFZhcmlhYmxlcyB0aGUgZW50cnlwb2ludCBkZW1hbmRzIChleGl0IDI1NSB3aGVuIHVuc2V0IG9yIGVtcHR5KSwgd2hhdGV2ZXIgTU9ERSwgYXV0aCBmbGFncyBvciBtb3VudGVkIGZpbGVzIHNheS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpbWFnZVJlcXVpcmVkRW52KGltYWdlVmVyc2lvbjogTmFjb3NWZXJzaW9uKTogc3RyaW5nW10ge1xuICByZXR1cm4gUkVRVUlSRURfRU5WLmZpbHRlcihyID0+IGluVmVyc2lvblJhbmdlKGltYWdlVmVyc2lvbiwgci5yYW5nZSkpLm1hcChyID0+IHIuZW52KTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGltYWdlUmVxdWlyZWRFbnZNZXNzYWdlKGVudjogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIFJFUVVJUkVEX0VOVi5maW5kKHIgPT4gci5lbnYgPT09IGVudik/Lm1lc3NhZ2U7XG59XG5cbi8qKiBUaGUgZW50cnlwb2ludCdzIGBbWyAteiBcIiRWQVJcIiBdXWA6IHVuc2V0IG9yIGVtcHR5IGZhaWxzOyB3aGl0ZSBzcGFjZSBwYXNzZXMuICovXG5leHBvcnQgZnVuY3Rpb24gc2F0aXNmaWVzUmVxdWlyZWRFbnYodmFsdWU6IHN0cmluZyB8IHVuZGVmaW5lZCk6IGJvb2xlYW4ge1xuICByZXR1cm4gdmFsdWUgIT09IHVuZGVmaW5lZCAmJiB2YWx1ZSAhPT0gJyc7XG59XG5cbi8qKiBKVk0gLyBwcm9ncmFtIGFyZ3VtZW50IHZhcmlhYmxlcyAoZmFjdHMgXHUwMEE3NC4xKTogSkFWQV9PUFQgZ29lcyBiZWZvcmUgYC1qYXJgLCBKQVZBX09QVF9FWFQgYWZ0ZXIgaXQuICovXG5leHBvcnQgY29uc3QgSU1BR0VfQVJHVU1FTlRfRU5WOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCAnanZtLW9wdGlvbnMnIHwgJ3Byb2dyYW0tYXJndW1lbnRzJz4+ID0ge1xuICBKQVZBX09QVDogJ2p2bS1vcHRpb25zJyxcbiAgSkFWQV9PUFRfRVhUOiAncHJvZ3JhbS1hcmd1bWVudHMnLFxufTtcblxuZXhwb3J0IGludGVyZmFjZSBJbWFnZUFub21hbHkge1xuICByYW5nZTogVmVyc2lvblJhbmdlO1xuICBlbnY6IHN0cmluZztcbiAgdGV4dDogc3RyaW5nO1xuICBpc3N1ZTogc3RyaW5nO1xufVxuXG4vKiogUHVibGlzaGVkIGltYWdlcyB3aG9zZSBtYXBwaW5nIGRvZXMgbm90IGZpdCB0aGUgc2VydmVyIGluc2lkZSAoZmFjdHMgXHUwMEE3NC4xIG5vdGUsIFx1MDBBNzcgTkFDT1MtREstMDE1KS4gKi9cbmV4cG9ydCBjb25zdCBJTUFHRV9BTk9NQUxJRVM6IHJlYWRvbmx5IEltYWdlQW5vbWFseVtdID0gW1xuICB7XG4gICAgcmFuZ2U6IHsgZnJvbTogJzEuNC40JywgdG86ICcxLjQuNCcgfSxcbiAgICBlbnY6ICdOQUNPU19BVVRIX1RPS0VOJyxcbiAgICB0ZXh0OiAnbWFwcyBOQUNPU19BVVRIX1RPS0VOIHRvIG5hY29zLmNvcmUuYXV0aC5wbHVnaW4ubmFjb3MudG9rZW4uc2VjcmV0LmtleSwgd2hpY2ggYSAxLjQgc2VydmVyIGlnbm9yZXM7IHRoZSBqYXIgZGVmYXVsdCBTZWNyZXRLZXlcdTIwMjYgc3RheXMgYWN0aXZlJyxcbiAgICBpc3N1ZTogJ2h0dHBzOi8vZ2l0aHViLmNvbS9hbGliYWJhL25hY29zL2lzc3Vlcy8xMDMxMScsXG4gIH0sXG4gIHtcbiAgICByYW5nZTogeyBmcm9tOiAnMi4xLjAnLCB0bzogJzIuMS4wJyB9LFxuICAgIGVudjogJ05BQ09TX0FVVEhfVE9LRU4nLFxuICAgIHRleHQ6ICdtYXBzIE5BQ09TX0FVVEhfVE9LRU4gdG8gbmFjb3MuY29yZS5hdXRoLmRlZmF1bHQudG9rZW4uc2VjcmV0LmtleSwgd2hpY2ggc2VydmVyIDIuMS4wIGlnbm9yZXM7IHRoZSBqYXIgZGVmYXVsdCBTZWNyZXRLZXlcdTIwMjYgc3RheXMgYWN0aXZlJyxcbiAgICBpc3N1ZTogJ2h0dHBzOi8vZ2l0aHViLmNvbS9hbGliYWJhL25hY29zL2lzc3Vlcy85ODMwJyxcbiAgfSxcbl07XG5cbmV4cG9ydCBmdW5jdGlvbiBpbWFnZUFub21hbGllcyhpbWFnZVZlcnNpb246IE5hY29zVmVyc2lvbik6IEltYWdlQW5vbWFseVtdIHtcbiAgcmV0dXJuIElNQUdFX0FOT01BTElFUy5maWx0ZXIoYSA9PiBpblZlcnNpb25SYW5nZShpbWFnZVZlcnNpb24sIGEucmFuZ2UpKTtcbn1cblxuLy8gVmFyaWFibGVzIGltYWdlcyByZWFkIHRoYXQgYXJlIG5vdCBhdXRoIHNldHRpbmdzIChmaWxlIHBsYWNlaG9sZGVycywgZG9ja2VyLXN0YXJ0dXAuc2gsIERvY2tlcmZpbGUgRU5WKSwgc28gdGhhdFxuLy8gb25seSByZWFsbHkgdW5rbm93biBuYW1lcyBhcmUgcmVwb3J0ZWQuXG5jb25zdCBPVEhFUl9JTUFHRV9FTlYgPSBbXG4gIC8vIHBsYWNlaG9sZGVycyBpbiBidWlsZC9jb25mL2FwcGxpY2F0aW9uLnByb3BlcnRpZXNcbiAgJ1NFUlZFUl9TRVJWTEVUX0NPTlRFWFRQQVRIJywgJ05BQ09TX0FQUExJQ0FUSU9OX1BPUlQnLCAnVE9NQ0FUX0FDQ0VTU0xPR19FTkFCTEVEJywgJ1NQUklOR19EQVRBU09VUkNFX1BMQVRGT1JNJyxcbiAgJ01ZU1FMX0RBVEFCQVNFX05VTScsICdNWVNRTF9TRVJWSUNFX0hPU1QnLCAnTVlTUUxfU0VSVklDRV9QT1JUJywgJ01ZU1FMX1NFUlZJQ0VfREJfTkFNRScsICdNWVNRTF9TRVJWSUNFX0RCX1BBUkFNJyxcbiAgJ01ZU1FMX1NFUlZJQ0VfVVNFUicsICdNWVNRTF9TRVJWSUNFX1BBU1NXT1JEJywgJ0RCX1BPT0xfQ09OTkVDVElPTl9USU1FT1VUJywgJ05BQ09TX0NPTlNPTEVfUE9SVCcsXG4gICdOQUNPU19DT05TT0xFX0NPTlRFWFRQQVRIJywgJ05BQ09TX0FJX1JFR0lTVFJZX0VOQUJMRUQnLCAnTkFDT1NfQUlfUkVHSVNUUllfUE9SVCcsICdOQUNPU19BSV9QSVBFTElORV9TS0lMTF9TQ0FOTkVSX0VOQUJMRUQnLFxuICAvLyBkb2NrZXItc3RhcnR1cC5zaCBhbmQgRG9ja2VyZmlsZSBFTlZcbiAgJ01PREUnLCAnTkFDT1NfU0VSVkVSUycsICdOQUNPU19TRVJWRVJfSVAnLCAnUFJFRkVSX0hPU1RfTU9ERScsICdFTUJFRERFRF9TVE9SQUdFJywgJ0ZVTkNUSU9OX01PREUnLCAnTkFDT1NfREVCVUcnLFxuICAnSlZNX1hNUycsICdKVk1fWE1YJywgJ0pWTV9YTU4nLCAnSlZNX01TJywgJ0pWTV9NTVMnLCAnVVNFX09OTFlfU0lURV9JTlRFUkZBQ0VTJywgJ1BSRUZFUlJFRF9ORVRXT1JLUycsXG4gICdJR05PUkVEX0lOVEVSRkFDRVMnLCAnQkFTRV9ESVInLCAnQ0xVU1RFUl9DT05GJywgJ0NVU1RPTV9TRUFSQ0hfTkFNRVMnLCAnQ1VTVE9NX1NFQVJDSF9MT0NBVElPTlMnLCAnTUVNQkVSX0xJU1QnLFxuICAnTkFDT1NfVVNFUicsICdOQUNPU19WRVJTSU9OJywgJ05BQ09TX0RFUExPWU1FTlRfVFlQRScsICdKQVZBJywgJ0pBVkFfSE9NRScsICdDTEFTU1BBVEgnLCAnVFonLFxuXTtcblxuLyoqIEFsbCBlbnYgbmFtZXMgYW55IG5hY29zL25hY29zLXNlcnZlciBpbWFnZSByZWFkcyAoZm9yIHVua25vd24tdmFyaWFibGUgZGV0ZWN0aW9uKS4gKi9cbmV4cG9ydCBjb25zdCBLTk9XTl9JTUFHRV9FTlY6IFJlYWRvbmx5U2V0PHN0cmluZz4gPSBuZXcgU2V0KFtcbiAgLi4uaW1hZ2VQbGFjZWhvbGRlckVudk5hbWVzKCksXG4gIC4uLkRFRklORVMubWFwKGQgPT4gZC5lbnYpLFxuICAuLi5PYmplY3Qua2V5cyhJTUFHRV9BUkdVTUVOVF9FTlYpLFxuICAuLi5PVEhFUl9JTUFHRV9FTlYsXG5dKTtcblxuLyoqIFRoZSBhdXRoLXJlbGF0ZWQgaW1hZ2UgdmFyaWFibGVzICh0aGUgbmFtZXMgb2YgZmFjdHMgXHUwMEE3NC4xKS4gKi9cbmV4cG9ydCBjb25zdCBLTk9XTl9JTUFHRV9BVVRIX0VOVjogcmVhZG9ubHkgc3RyaW5nW10gPSBbLi4uS05PV05fSU1BR0VfRU5WXS5maWx0ZXIoZSA9PiBlLnN0YXJ0c1dpdGgoJ05BQ09TX0FVVEhfJykgfHwgZSA9PT0gJ05BQ09TX1NFQ1VSSVRZX0lHTk9SRV9VUkxTJyk7XG5cbmZ1bmN0aW9uIHJlbGF4ZWROYW1lcyhwcm9wZXJ0eTogc3RyaW5nKTogc3RyaW5nW10ge1xuICAvLyBTcHJpbmcgU3lzdGVtRW52aXJvbm1lbnRQcm9wZXJ0eVNvdXJjZTogdGhlIG5hbWUsICcuJ1x1MjE5MidfJywgJy0nXHUyMTkyJ18nLCBib3RoOyBhbmQgdGhlIHNhbWUgdXBwZXItY2FzZWQuXG4gIGNvbnN0IHZhcmlhbnRzID0gKG46IHN0cmluZykgPT4gW24sIG4ucmVwbGFjZSgvXFwuL2csICdfJyksIG4ucmVwbGFjZSgvLS9nLCAnXycpLCBuLnJlcGxhY2UoL1suLV0vZywgJ18nKV07XG4gIHJldHVybiBbLi4ubmV3IFNldChbLi4udmFyaWFudHMocHJvcGVydHkpLCAuLi52YXJpYW50cyhwcm9wZXJ0eS50b1VwcGVyQ2FzZSgpKV0pXTtcbn1cblxuY29uc3QgUkVMQVhFRCA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmc+KCk7XG5mb3IgKGNvbnN0IHAgb2YgQVVUSF9QUk9QRVJUSUVTKSBmb3IgKGNvbnN0IG4gb2YgcmVsYXhlZE5hbWVzKHAua2V5KSkgaWYgKCFSRUxBWEVELmhhcyhuKSkgUkVMQVhFRC5zZXQobiwgcC5rZXkpO1xuXG4vKipcbiAqIFRoZSBhdXRoIHByb3BlcnR5IGFuIE9TIGVudmlyb25tZW50IHZhcmlhYmxlIHNldHMgdGhyb3VnaCBTcHJpbmcncyByZWxheGVkIGxvb2t1cCAoZmFjdHMgXHUwMEE3MS4xMSBzdGVwIDMpOlxuICogTkFDT1NfQ09SRV9BVVRIX1NFUlZFUl9JREVOVElUWV9LRVkgXHUyMTkyIG5hY29zLmNvcmUuYXV0aC5zZXJ2ZXIuaWRlbnRpdHkua2V5LFxuICogTkFDT1NfQ09SRV9BVVRIX0VOQUJMRV9VU0VSQUdFTlRBVVRIV0hJVEUgXHUyMTkyIG5hY29zLmNvcmUuYXV0aC5lbmFibGUudXNlckFnZW50QXV0aFdoaXRlOyBhIGRvdHRlZCBuYW1lIHRoYXQgaXNcbiAqIGV4YWN0bHkgdGhlIHByb3BlcnR5IG5hbWUgY291bnRzIHRvby4gQ2FzZSBtYXR0ZXJzIGV4Y2VwdCBmb3IgdGhlIGFsbC11cHBlci1jYXNlIGZvcm0uIFRoZXNlIGRvIE5PVCBzYXRpc2Z5IHRoZVxuICogMy54IGVudHJ5cG9pbnQgY2hlY2sgKGBpbWFnZVJlcXVpcmVkRW52YCkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWxheGVkRW52VG9Qcm9wZXJ0eShlbnZOYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICByZXR1cm4gUkVMQVhFRC5nZXQoZW52TmFtZSk7XG59XG5cbi8vIE5hbWVzIHBlb3BsZSBpbnZlbnQgKGZhY3RzIFx1MDBBNzQuMiwgXHUwMEE3Ni41KSBcdTIxOTIgdGhlIGltYWdlIHZhcmlhYmxlIHRoZXkgbWVhbnQuXG5jb25zdCBJTlZFTlRFRF9FTlY6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+ID0ge1xuICBOQUNPU19UT0tFTl9TRUNSRVRfS0VZOiAnTkFDT1NfQVVUSF9UT0tFTicsXG4gIE5BQ09TX0FVVEhfU0VDUkVUOiAnTkFDT1NfQVVUSF9UT0tFTicsXG4gIE5BQ09TX0FVVEhfU0VDUkVUX0tFWTogJ05BQ09TX0FVVEhfVE9LRU4nLFxuICBOQUNPU19BVVRIX1RPS0VOX1NFQ1JFVF9LRVk6ICdOQUNPU19BVVRIX1RPS0VOJyxcbiAgTkFDT1NfU0VDUkVUX0tFWTogJ05BQ09TX0FVVEhfVE9LRU4nLFxuICBOQUNPU19UT0tFTjogJ05BQ09TX0FVVEhfVE9LRU4nLFxuICBOQUNPU19BVVRIX0VOQUJMRUQ6ICdOQUNPU19BVVRIX0VOQUJMRScsXG4gIE5BQ09TX0FVVEhfQURNSU5fRU5BQkxFRDogJ05BQ09TX0FVVEhfQURNSU5fRU5BQkxFJyxcbiAgTkFDT1NfQVVUSF9DT05TT0xFX0VOQUJMRUQ6ICdOQUNPU19BVVRIX0NPTlNPTEVfRU5BQkxFJyxcbiAgTkFDT1NfQVVUSF9JREVOVElUWTogJ05BQ09TX0FVVEhfSURFTlRJVFlfS0VZJyxcbiAgTkFDT1NfSURFTlRJVFlfS0VZOiAnTkFDT1NfQVVUSF9JREVOVElUWV9LRVknLFxuICBOQUNPU19JREVOVElUWV9WQUxVRTogJ05BQ09TX0FVVEhfSURFTlRJVFlfVkFMVUUnLFxuICBOQUNPU19BVVRIX1NFUlZFUl9JREVOVElUWV9LRVk6ICdOQUNPU19BVVRIX0lERU5USVRZX0tFWScsXG4gIE5BQ09TX0FVVEhfU0VSVkVSX0lERU5USVRZX1ZBTFVFOiAnTkFDT1NfQVVUSF9JREVOVElUWV9WQUxVRScsXG4gIE5BQ09TX0FVVEhfQ0FDSElOR19FTkFCTEVEOiAnTkFDT1NfQVVUSF9DQUNIRV9FTkFCTEUnLFxuICBOQUNPU19BVVRIX0NBQ0hFX0VOQUJMRUQ6ICdOQUNPU19BVVRIX0NBQ0hFX0VOQUJMRScsXG59O1xuXG5mdW5jdGlvbiBlZGl0RGlzdGFuY2UoYTogc3RyaW5nLCBiOiBzdHJpbmcpOiBudW1iZXIge1xuICBjb25zdCBwcmV2ID0gQXJyYXkuZnJvbSh7IGxlbmd0aDogYi5sZW5ndGggKyAxIH0sIChfLCBqKSA9PiBqKTtcbiAgZm9yIChsZXQgaSA9IDE7IGkgPD0gYS5sZW5ndGg7IGkrKykge1xuICAgIGxldCBkaWFnID0gcHJldlswXTtcbiAgICBwcmV2WzBdID0gaTtcbiAgICBmb3IgKGxldCBqID0gMTsgaiA8PSBiLmxlbmd0aDsgaisrKSB7XG4gICAgICBjb25zdCB1cCA9IHByZXZbal07XG4gICAgICBwcmV2W2pdID0gTWF0aC5taW4ocHJldltqXSArIDEsIHByZXZbaiAtIDFdICsgMSwgZGlhZyArIChhW2kgLSAxXSA9PT0gYltqIC0gMV0gPyAwIDogMSkpO1xuICAgICAgZGlhZyA9IHVwO1xuICAgIH1cbiAgfVxuICByZXR1cm4gcHJldltiLmxlbmd0aF07XG59XG5cbi8qKiBcIkRpZCB5b3UgbWVhblwiIGZvciBhbiB1bmtub3duIGF1dGgtbG9va2luZyBlbnYgbmFtZTogaW52ZW50ZWQgbmFtZXMsIHRoZW4gdGhlIGNsb3Nlc3QgaW1hZ2UgYXV0aCB2YXJpYWJsZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdWdnZXN0RW52KG5hbWU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHVwcGVyID0gbmFtZS50cmltKCkudG9VcHBlckNhc2UoKS5yZXBsYWNlKC9bLi1dL2csICdfJyk7XG4gIGNvbnN0IGludmVudGVkID0gSU5WRU5URURfRU5WW25hbWUudHJpbSgpLnRvVXBwZXJDYXNlKCldID8/IElOVkVOVEVEX0VOVlt1cHBlcl07XG4gIGlmIChpbnZlbnRlZCkgcmV0dXJuIGludmVudGVkO1xuICBpZiAoS05PV05fSU1BR0VfRU5WLmhhcyh1cHBlcikgJiYgdXBwZXIgIT09IG5hbWUpIHJldHVybiB1cHBlcjtcbiAgbGV0IGJlc3Q6IHsgZW52OiBzdHJpbmc7IGQ6IG51bWJlciB9IHwgdW5kZWZpbmVkO1xuICBmb3IgKGNvbnN0IGUgb2YgS05PV05fSU1BR0VfQVVUSF9FTlYpIHtcbiAgICBjb25zdCBkID0gZWRpdERpc3RhbmNlKHVwcGVyLCBlKTtcbiAgICBpZiAoIWJlc3QgfHwgZCA8IGJlc3QuZCkgYmVzdCA9IHsgZW52OiBlLCBkIH07XG4gIH1cbiAgcmV0dXJuIGJlc3QgJiYgYmVzdC5kIDw9IE1hdGgubWF4KDIsIE1hdGguZmxvb3IodXBwZXIubGVuZ3RoIC8gNikpID8gYmVzdC5lbnYgOiB1bmRlZmluZWQ7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBRUEsdUJBQXFCO0FBQ3JCLG9CQUFtQjtBQUNuQixxQkFBZ0U7QUFDaEUsdUJBQXdCOzs7QUNReEIsSUFBTSxhQUFhO0FBUW5CLFNBQVMsTUFBTSxHQUErQjtBQUM1QyxRQUFNLElBQUksV0FBVyxLQUFLLEVBQUUsS0FBSyxDQUFDO0FBQ2xDLE1BQUksQ0FBQyxFQUFHLFFBQU87QUFDZixRQUFNLFFBQVEsQ0FBQyxFQUFFLENBQUMsR0FBRyxFQUFFLENBQUMsR0FBRyxFQUFFLENBQUMsR0FBRyxFQUFFLENBQUMsQ0FBQztBQUNyQyxRQUFNLGFBQWEsTUFBTSxPQUFPLE9BQUssTUFBTSxNQUFTLEVBQUU7QUFDdEQsUUFBTSxDQUFDLE9BQU8sT0FBTyxPQUFPLE1BQU0sSUFBSSxNQUFNLElBQUksT0FBTSxNQUFNLFNBQVksSUFBSSxPQUFPLENBQUMsQ0FBRTtBQUN0RixTQUFPLEVBQUUsU0FBUyxFQUFFLE9BQU8sT0FBTyxPQUFPLFFBQVEsTUFBTSxNQUFNLE1BQU0sR0FBRyxVQUFVLEVBQUUsS0FBSyxHQUFHLEVBQUUsR0FBRyxXQUFXO0FBQzVHO0FBTU8sU0FBUyxhQUFhLEdBQXFDO0FBQ2hFLFNBQU8sTUFBTSxDQUFDLEdBQUc7QUFDbkI7QUFFQSxTQUFTLEtBQUssR0FBbUI7QUFDL0IsUUFBTSxJQUFJLE1BQU0sQ0FBQztBQUNqQixNQUFJLENBQUMsRUFBRyxPQUFNLElBQUksTUFBTSwwQkFBMEIsQ0FBQyxFQUFFO0FBQ3JELFNBQU87QUFDVDtBQUVBLFNBQVMsTUFBTSxHQUEyQjtBQUN4QyxTQUFPLENBQUMsRUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxNQUFNO0FBQzdDO0FBRU8sU0FBUyxnQkFBZ0IsR0FBaUIsR0FBeUI7QUFDeEUsUUFBTSxJQUFJLE1BQU0sQ0FBQztBQUNqQixRQUFNLElBQUksTUFBTSxDQUFDO0FBQ2pCLFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxJQUFLLEtBQUksRUFBRSxDQUFDLE1BQU0sRUFBRSxDQUFDLEVBQUcsUUFBTyxFQUFFLENBQUMsSUFBSSxFQUFFLENBQUMsSUFBSSxLQUFLO0FBQ3pFLFNBQU87QUFDVDtBQUdPLFNBQVMsZUFBZSxHQUFpQixHQUFvQjtBQUNsRSxTQUFPLGdCQUFnQixHQUFHLEtBQUssQ0FBQyxFQUFFLE9BQU8sS0FBSztBQUNoRDtBQUdBLFNBQVMsT0FBTyxHQUFpQixJQUFxQjtBQUNwRCxRQUFNLElBQUksTUFBTSxDQUFDO0FBQ2pCLFFBQU0sSUFBSSxNQUFNLEdBQUcsT0FBTztBQUMxQixXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsWUFBWSxJQUFLLEtBQUksRUFBRSxDQUFDLE1BQU0sRUFBRSxDQUFDLEVBQUcsUUFBTyxFQUFFLENBQUMsSUFBSSxFQUFFLENBQUM7QUFDNUUsU0FBTztBQUNUO0FBTU8sU0FBUyxRQUFRLEdBQWlCLElBQVksSUFBcUI7QUFDeEUsU0FBTyxlQUFlLEdBQUcsRUFBRSxLQUFLLE9BQU8sR0FBRyxLQUFLLEVBQUUsQ0FBQztBQUNwRDtBQVFPLFNBQVMsZUFBZSxHQUFpQixHQUEwQjtBQUN4RSxVQUFRLEVBQUUsU0FBUyxVQUFhLGVBQWUsR0FBRyxFQUFFLElBQUksT0FBTyxFQUFFLE9BQU8sVUFBYSxPQUFPLEdBQUcsS0FBSyxFQUFFLEVBQUUsQ0FBQztBQUMzRztBQUdPLElBQU0sWUFBWTtBQXFCekIsSUFBTSxlQUF1QztBQUFBLEVBQzNDO0FBQUE7QUFBQSxJQUVFLE1BQU0sQ0FBQyxpQ0FBaUMsbUNBQW1DLHdCQUF3QjtBQUFBLElBQ25HLFFBQVE7QUFBQSxJQUNSLFFBQVEsT0FBSyxHQUFHLENBQUM7QUFBQSxFQUNuQjtBQUFBLEVBQ0E7QUFBQTtBQUFBO0FBQUE7QUFBQSxJQUlFLE1BQU0sQ0FBQyxvQ0FBb0M7QUFBQSxJQUMzQyxRQUFRO0FBQUEsSUFDUixRQUFRLE9BQUssR0FBRyxDQUFDO0FBQUEsRUFDbkI7QUFBQSxFQUNBO0FBQUE7QUFBQSxJQUVFLE1BQU0sQ0FBQywrQkFBK0I7QUFBQSxJQUN0QyxRQUFRO0FBQUEsSUFDUixRQUFRLE9BQUssR0FBRyxDQUFDO0FBQUEsRUFDbkI7QUFDRjtBQUVBLFNBQVMsV0FBVyxLQUFhLFFBQXlCO0FBQ3hELFNBQU8sUUFBUSxVQUFVLElBQUksV0FBVyxTQUFTLEdBQUc7QUFDdEQ7QUFHTyxTQUFTLHdCQUF3QixNQUFvRDtBQUMxRixRQUFNLFVBQVUsQ0FBQyxHQUFHLElBQUk7QUFDeEIsYUFBVyxNQUFNLGNBQWM7QUFDN0IsZUFBVyxVQUFVLEdBQUcsTUFBTTtBQUM1QixZQUFNLE1BQU0sUUFBUSxLQUFLLE9BQUssV0FBVyxHQUFHLE1BQU0sQ0FBQztBQUNuRCxVQUFJLFFBQVEsT0FBVyxRQUFPLEVBQUUsU0FBUyxLQUFLLEdBQUcsTUFBTSxFQUFFLFNBQVMsTUFBTSxlQUFlLFFBQVEsR0FBRyxPQUFPLEdBQUcsRUFBRTtBQUFBLElBQ2hIO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdPLFNBQVMsb0JBQW9CLEtBQXFEO0FBQ3ZGLFFBQU0sS0FBSyxPQUFPLFVBQVUsS0FBSztBQUNqQyxNQUFJLE1BQU0sTUFBTSxNQUFNLFVBQVU7QUFDOUIsV0FBTyxFQUFFLFNBQVMsS0FBSyxTQUFTLEVBQUUsU0FBUyxNQUFNLGFBQWEsUUFBUSxnQ0FBZ0MsU0FBUyxHQUFHO0FBQUEsRUFDcEg7QUFDQSxRQUFNLElBQUksYUFBYSxDQUFDO0FBQ3hCLFNBQU8sSUFBSSxFQUFFLFNBQVMsR0FBRyxNQUFNLGFBQWEsUUFBUSxhQUFhLENBQUMsR0FBRyxJQUFJO0FBQzNFO0FBR08sU0FBUyxpQkFBaUM7QUFDL0MsU0FBTyxFQUFFLFNBQVMsS0FBSyxTQUFTLEVBQUUsU0FBUyxNQUFNLFdBQVcsUUFBUSw4Q0FBOEMsU0FBUyxJQUFJO0FBQ2pJOzs7QUMxRUEsSUFBTSxXQUFXO0FBRWpCLElBQU0sZ0JBQWdCLElBQUksVUFBVSxHQUFHLEVBQUUsS0FBSyxFQUFFO0FBQ2hELElBQU0sZUFBZSxJQUFJLFVBQVUsR0FBRyxFQUFFLEtBQUssRUFBRTtBQUMvQyxTQUFTLElBQUksR0FBRyxJQUFJLFNBQVMsUUFBUSxLQUFLO0FBQ3hDLGdCQUFjLFNBQVMsV0FBVyxDQUFDLENBQUMsSUFBSTtBQUN4QyxlQUFhLFNBQVMsV0FBVyxDQUFDLENBQUMsSUFBSTtBQUN6QztBQUNBLGNBQWMsRUFBSSxJQUFJO0FBQ3RCLElBQU0sYUFBYTtBQUNuQixhQUFhLEVBQUksSUFBSTtBQUdyQixTQUFTLE9BQU8sR0FBVyxHQUFtQjtBQUM1QyxRQUFNLElBQUksRUFBRSxZQUFZLENBQUM7QUFDekIsU0FBTyxNQUFNLFNBQVksS0FBSyxPQUFPLGNBQWMsQ0FBQztBQUN0RDtBQUVBLFNBQVMsZUFBZSxNQUF1QjtBQUM3QyxTQUFPLFFBQVEsT0FBUSxjQUFjLElBQUksS0FBSztBQUNoRDtBQUVBLFNBQVMsTUFBTSxHQUF1RjtBQUNwRyxNQUFJLFFBQVE7QUFDWixNQUFJLE9BQU87QUFDWCxXQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsUUFBUSxLQUFLO0FBQ2pDLFFBQUksZUFBZSxFQUFFLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDbkMsVUFBSSxRQUFRLEVBQUcsU0FBUTtBQUN2QixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFDQSxNQUFJLGtCQUFrQjtBQUN0QixNQUFJLFNBQVMsR0FBRztBQUNkLFFBQUksVUFBVTtBQUNkLGFBQVMsSUFBSSxPQUFPLEtBQUssTUFBTSxLQUFLO0FBQ2xDLFlBQU0sSUFBSSxFQUFFLFdBQVcsQ0FBQztBQUN4QixVQUFJLE1BQU0sR0FBTSxXQUFVO0FBQUEsZUFDakIsV0FBVyxlQUFlLENBQUMsR0FBRztBQUFFLDBCQUFrQjtBQUFNO0FBQUEsTUFBTztBQUFBLElBQzFFO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFBQSxJQUNMLFNBQVMsUUFBUSxJQUFJLEVBQUUsU0FBUyxFQUFFLFFBQVEsVUFBVSxFQUFFLElBQUksRUFBRSxTQUFTLE9BQU8sVUFBVSxFQUFFLFNBQVMsSUFBSSxLQUFLO0FBQUEsSUFDMUc7QUFBQSxJQUNBLHNCQUFzQixFQUFFLFNBQVMsTUFBTTtBQUFBLEVBQ3pDO0FBQ0Y7QUFFQSxJQUFNLFlBQU4sY0FBd0IsTUFBTTtBQUFBLEVBQzVCLFlBQXFCLFFBQXVCO0FBQzFDLFVBQU0sT0FBTyxPQUFPO0FBREQ7QUFBQSxFQUVyQjtBQUFBLEVBRnFCO0FBR3ZCO0FBRUEsU0FBUyxXQUFXLEdBQVcsT0FBZSxTQUFpQixLQUFLLE9BQWtCO0FBQ3BGLFNBQU8sSUFBSSxVQUFVLEVBQUUsTUFBTSxnQkFBZ0IsTUFBTSxPQUFPLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxJQUFJLElBQUksRUFBRSxTQUFTLENBQUMsQ0FBQyxDQUFDLEdBQUcsT0FBTyxLQUFLLElBQUksR0FBRyxFQUFFLEdBQUcsUUFBUSxDQUFDO0FBQzFJO0FBT0EsU0FBUyxjQUFjLEdBQXVCO0FBQzVDLFFBQU0sT0FBTyxFQUFFO0FBQ2YsTUFBSSxTQUFTLEVBQUcsUUFBTyxJQUFJLFdBQVcsQ0FBQztBQUN2QyxRQUFNLFFBQVEsQ0FBQyxNQUFzQjtBQUNuQyxVQUFNLElBQUksRUFBRSxXQUFXLENBQUM7QUFDeEIsUUFBSSxJQUFJLElBQU0sT0FBTSxXQUFXLEdBQUcsR0FBRyx5Q0FBeUMsQ0FBQywrQkFBK0I7QUFDOUcsV0FBTyxjQUFjLENBQUM7QUFBQSxFQUN4QjtBQUNBLE1BQUksTUFBTTtBQUNWLE1BQUksTUFBTSxPQUFPO0FBQ2pCLFNBQU8sTUFBTSxPQUFPLE1BQU0sR0FBRyxJQUFJLEVBQUc7QUFDcEMsU0FBTyxNQUFNLEtBQUssTUFBTSxHQUFHLElBQUksRUFBRztBQUVsQyxNQUFJLE1BQU07QUFDVixNQUFJLEVBQUUsV0FBVyxHQUFHLE1BQU0sSUFBTTtBQUM5QixRQUFJLFFBQVEsRUFBRyxPQUFNLFdBQVcsR0FBRyxJQUFJLHFFQUFxRSxJQUFJLElBQUksQ0FBQztBQUNySCxVQUFNLEVBQUUsV0FBVyxNQUFNLENBQUMsTUFBTSxLQUFPLElBQUk7QUFBQSxFQUM3QztBQUNBLFFBQU0sT0FBTyxNQUFNLE1BQU07QUFDekIsUUFBTSxTQUFTLE9BQU8sTUFBTSxFQUFFLFdBQVcsRUFBRSxNQUFNLEtBQU8sS0FBSyxNQUFNLE9BQU8sRUFBRSxJQUFJLE1BQU0sSUFBSTtBQUMxRixRQUFNLFFBQVMsT0FBTyxVQUFVLEtBQU0sS0FBSztBQUMzQyxNQUFJLE1BQU0sRUFBRyxPQUFNLFdBQVcsR0FBRyxLQUFLLCtCQUErQixHQUFHLEVBQUU7QUFDMUUsUUFBTSxNQUFNLElBQUksV0FBVyxHQUFHO0FBRTlCLFFBQU0sT0FBTyxDQUFDLE1BQXNCO0FBQ2xDLFFBQUksS0FBSyxLQUFNLE9BQU0sV0FBVyxHQUFHLEdBQUcseUNBQXlDLENBQUMsNkJBQTZCLElBQUksSUFBSSxPQUFPLENBQUM7QUFDN0gsVUFBTSxJQUFJLEVBQUUsV0FBVyxDQUFDO0FBQ3hCLFVBQU0sSUFBSSxJQUFJLE1BQU8sS0FBSyxjQUFjLENBQUM7QUFDekMsUUFBSSxJQUFJLEdBQUc7QUFFVCxZQUFNLElBQUksVUFBVSxFQUFFLE1BQU0sZ0JBQWdCLE1BQU0sT0FBTyxHQUFHLENBQUMsR0FBRyxPQUFPLEdBQUcsU0FBUyw4QkFBOEIsRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDO0FBQUEsSUFDNUg7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUVBLE1BQUksSUFBSTtBQUNSLFFBQU0sT0FBTyxLQUFLLE1BQU0sTUFBTSxDQUFDLElBQUk7QUFDbkMsV0FBUyxLQUFLLEdBQUcsSUFBSSxRQUFPO0FBQzFCLFVBQU0sSUFBSyxLQUFLLEtBQUssS0FBSyxLQUFPLEtBQUssS0FBSyxLQUFLLEtBQU8sS0FBSyxLQUFLLEtBQUssSUFBSyxLQUFLLEtBQUs7QUFDckYsUUFBSSxHQUFHLElBQUssS0FBSyxLQUFNO0FBQ3ZCLFFBQUksR0FBRyxJQUFLLEtBQUssSUFBSztBQUN0QixRQUFJLEdBQUcsSUFBSSxJQUFJO0FBRWYsUUFBSSxTQUFTLEtBQUssRUFBRSxPQUFPLElBQUk7QUFDN0IsYUFBTztBQUNQLFdBQUs7QUFBQSxJQUNQO0FBQUEsRUFDRjtBQUNBLE1BQUksSUFBSSxLQUFLO0FBQ1gsUUFBSSxJQUFJO0FBQ1IsYUFBUyxJQUFJLEdBQUcsT0FBTyxNQUFNLEtBQUssSUFBSyxNQUFLLEtBQUssS0FBSyxLQUFNLEtBQUssSUFBSTtBQUNyRSxhQUFTLElBQUksSUFBSSxJQUFJLEtBQUssS0FBSyxFQUFHLEtBQUksR0FBRyxJQUFLLEtBQUssSUFBSztBQUFBLEVBQzFEO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxnQkFBZ0IsR0FBaUQ7QUFDeEUsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLFFBQU0sUUFBa0IsQ0FBQztBQUN6QixXQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsUUFBUSxLQUFLO0FBQ2pDLFVBQU0sSUFBSSxFQUFFLFdBQVcsQ0FBQztBQUN4QixVQUFNLEtBQUssQ0FBQztBQUNaLFFBQUksS0FBSyxLQUFNO0FBQUUsWUFBTSxLQUFLLENBQUM7QUFBRztBQUFBLElBQVU7QUFDMUMsUUFBSSxPQUFPLENBQUMsS0FBSyxJQUFJLElBQUksRUFBRSxVQUFVLE1BQU0sRUFBRSxXQUFXLElBQUksQ0FBQyxDQUFDLEVBQUc7QUFDakUsVUFBTSxLQUFLLEVBQUk7QUFBQSxFQUNqQjtBQUNBLFNBQU8sRUFBRSxPQUFPLE1BQU07QUFDeEI7QUFFQSxTQUFTLE9BQU8sR0FBb0I7QUFDbEMsU0FBTyxLQUFLLFNBQVUsS0FBSztBQUM3QjtBQUNBLFNBQVMsTUFBTSxHQUFvQjtBQUNqQyxTQUFPLEtBQUssU0FBVSxLQUFLO0FBQzdCO0FBR0EsU0FBUyxhQUFhLEdBQXVCO0FBQzNDLFFBQU0sRUFBRSxPQUFPLEtBQUssTUFBTSxJQUFJLGdCQUFnQixDQUFDO0FBQy9DLFFBQU0sS0FBSyxJQUFJO0FBQ2YsUUFBTSxPQUFPLENBQUMsTUFBNkIsSUFBWSxZQUErQjtBQUNwRixVQUFNLElBQUksTUFBTSxLQUFLLElBQUksS0FBSyxJQUFJLElBQUksQ0FBQyxHQUFHLEtBQUssQ0FBQyxDQUFDLEtBQUs7QUFDdEQsV0FBTyxJQUFJLFVBQVUsRUFBRSxNQUFNLE1BQU0sT0FBTyxHQUFHLENBQUMsR0FBRyxPQUFPLEdBQUcsUUFBUSxDQUFDO0FBQUEsRUFDdEU7QUFDQSxNQUFJLE9BQU8sRUFBRyxRQUFPLElBQUksV0FBVyxDQUFDO0FBQ3JDLE1BQUksS0FBSyxFQUFHLE9BQU0sS0FBSyxjQUFjLEdBQUcsNERBQTREO0FBQ3BHLFFBQU0sTUFBZ0IsQ0FBQztBQUN2QixNQUFJLEtBQUs7QUFDVCxNQUFJLE9BQU87QUFDWCxNQUFJLFVBQVU7QUFDZCxTQUFPLEtBQUssSUFBSTtBQUNkLFVBQU0sTUFBTSxJQUFJLElBQUk7QUFDcEIsVUFBTSxJQUFJLGFBQWEsR0FBRztBQUMxQixRQUFJLElBQUksR0FBRztBQUNULFVBQUksTUFBTSxZQUFZO0FBRXBCLFlBQUssWUFBWSxNQUFNLE9BQU8sTUFBTSxJQUFJLElBQUksTUFBTSxPQUFVLFlBQVksSUFBSTtBQUMxRSxnQkFBTSxLQUFLLGNBQWMsS0FBSyxHQUFHLCtDQUErQztBQUFBLFFBQ2xGO0FBQ0E7QUFBQSxNQUNGO0FBQ0EsWUFBTSxTQUFTLE1BQU0sTUFBTSxNQUFNLE1BQU07QUFDdkMsWUFBTSxLQUFLLGdCQUFnQixLQUFLLEdBQUcsNEJBQTRCLE9BQU8sU0FBUyxFQUFFLENBQUMsRUFBRTtBQUFBLElBQ3RGO0FBQ0EsWUFBUSxLQUFLO0FBQ2IsZUFBVztBQUNYLFFBQUksVUFBVSxHQUFHO0FBQ2YsVUFBSSxLQUFNLFFBQVEsS0FBTSxLQUFPLFFBQVEsSUFBSyxLQUFNLE9BQU8sR0FBSTtBQUM3RCxnQkFBVTtBQUNWLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNBLE1BQUksWUFBWSxFQUFHLEtBQUksS0FBTSxRQUFRLEtBQU0sR0FBSTtBQUFBLFdBQ3RDLFlBQVksRUFBRyxLQUFJLEtBQU0sUUFBUSxLQUFNLEtBQU8sUUFBUSxJQUFLLEdBQUk7QUFBQSxXQUMvRCxZQUFZLEdBQUksT0FBTSxLQUFLLGNBQWMsS0FBSyxHQUFHLDJDQUEyQztBQUNyRyxNQUFJLEtBQUssR0FBSSxPQUFNLEtBQUssY0FBYyxJQUFJLGlEQUFpRCxFQUFFLEVBQUU7QUFDL0YsU0FBTyxXQUFXLEtBQUssR0FBRztBQUM1QjtBQUdPLFNBQVMsV0FBVyxHQUF1QjtBQUNoRCxRQUFNLE1BQWdCLENBQUM7QUFDdkIsV0FBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLFFBQVEsS0FBSztBQUNqQyxVQUFNLElBQUksRUFBRSxXQUFXLENBQUM7QUFDeEIsUUFBSSxJQUFJLEtBQU07QUFBRSxVQUFJLEtBQUssQ0FBQztBQUFHO0FBQUEsSUFBVTtBQUN2QyxRQUFJLE9BQU8sQ0FBQyxLQUFLLElBQUksSUFBSSxFQUFFLFVBQVUsTUFBTSxFQUFFLFdBQVcsSUFBSSxDQUFDLENBQUMsRUFBRztBQUNqRSxRQUFJLEtBQUssRUFBSTtBQUFBLEVBQ2Y7QUFDQSxTQUFPLFdBQVcsS0FBSyxHQUFHO0FBQzVCO0FBR08sU0FBUyxVQUFVLEdBQXVCO0FBQy9DLFFBQU0sTUFBZ0IsQ0FBQztBQUN2QixXQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsUUFBUSxLQUFLO0FBQ2pDLFFBQUksSUFBSSxFQUFFLFdBQVcsQ0FBQztBQUN0QixRQUFJLE9BQU8sQ0FBQyxLQUFLLElBQUksSUFBSSxFQUFFLFVBQVUsTUFBTSxFQUFFLFdBQVcsSUFBSSxDQUFDLENBQUMsR0FBRztBQUMvRCxVQUFJLFNBQVksSUFBSSxTQUFXLE9BQU8sRUFBRSxXQUFXLEVBQUUsQ0FBQyxJQUFJO0FBQUEsSUFDNUQsV0FBVyxLQUFLLFNBQVUsS0FBSyxPQUFRO0FBQ3JDLFVBQUksS0FBSyxFQUFJO0FBQ2I7QUFBQSxJQUNGO0FBQ0EsUUFBSSxJQUFJLElBQU0sS0FBSSxLQUFLLENBQUM7QUFBQSxhQUNmLElBQUksS0FBTyxLQUFJLEtBQUssTUFBUSxLQUFLLEdBQUksTUFBUSxJQUFJLEVBQUs7QUFBQSxhQUN0RCxJQUFJLE1BQVMsS0FBSSxLQUFLLE1BQVEsS0FBSyxJQUFLLE1BQVMsS0FBSyxJQUFLLElBQU8sTUFBUSxJQUFJLEVBQUs7QUFBQSxRQUN2RixLQUFJLEtBQUssTUFBUSxLQUFLLElBQUssTUFBUyxLQUFLLEtBQU0sSUFBTyxNQUFTLEtBQUssSUFBSyxJQUFPLE1BQVEsSUFBSSxFQUFLO0FBQUEsRUFDeEc7QUFDQSxTQUFPLFdBQVcsS0FBSyxHQUFHO0FBQzVCO0FBRUEsU0FBUyxRQUFRLFFBQW1DLEdBQTBEO0FBQzVHLE1BQUk7QUFDRixXQUFPLEVBQUUsT0FBTyxPQUFPLENBQUMsRUFBRTtBQUFBLEVBQzVCLFNBQVMsR0FBRztBQUNWLFFBQUksYUFBYSxVQUFXLFFBQU8sRUFBRSxPQUFPLEVBQUUsT0FBTztBQUNyRCxVQUFNO0FBQUEsRUFDUjtBQUNGO0FBR08sU0FBUyxhQUFhLFFBQWdCLE1BQWlDO0FBQzVFLFFBQU0sT0FBTyxNQUFNLE1BQU07QUFDekIsTUFBSSxTQUFTLG1CQUFtQjtBQUM5QixVQUFNQSxLQUFJLFFBQVEsY0FBYyxNQUFNO0FBQ3RDLFdBQU9BLEdBQUUsUUFDTCxFQUFFLEdBQUcsTUFBTSxPQUFPLFdBQVcsTUFBTSxHQUFHLGlCQUFpQixNQUFNLGVBQWVBLEdBQUUsTUFBTSxJQUNwRixFQUFFLEdBQUcsTUFBTSxPQUFPQSxHQUFFLE9BQU8saUJBQWlCLE1BQU07QUFBQSxFQUN4RDtBQUNBLFFBQU0sSUFBSSxRQUFRLGVBQWUsTUFBTTtBQUN2QyxNQUFJLENBQUMsRUFBRSxNQUFPLFFBQU8sRUFBRSxHQUFHLE1BQU0sT0FBTyxFQUFFLE9BQU8saUJBQWlCLE1BQU07QUFFdkUsTUFBSSxTQUFTLGdCQUFpQixRQUFPLEVBQUUsR0FBRyxNQUFNLE9BQU8sVUFBVSxNQUFNLEdBQUcsaUJBQWlCLE1BQU0sZUFBZSxFQUFFLE1BQU07QUFFeEgsU0FBTyxFQUFFLEdBQUcsTUFBTSxPQUFPLFFBQVcsT0FBTyxFQUFFLE9BQXNCLGlCQUFpQixNQUFNO0FBQzVGOzs7QUN6VE8sSUFBTSx3QkFBdUQ7QUFBQSxFQUNsRSxFQUFFLEtBQUssa0JBQWtCLE9BQU8sWUFBWSxRQUFRLCtGQUFxRjtBQUFBLEVBQ3pJLEVBQUUsS0FBSyxXQUFXLE9BQU8sV0FBVyxRQUFRLDhDQUE4QztBQUFBLEVBQzFGLEVBQUUsS0FBSyxRQUFRLE9BQU8sUUFBUSxRQUFRLG1DQUFtQztBQUFBLEVBQ3pFLEVBQUUsS0FBSyxTQUFTLE9BQU8sU0FBUyxRQUFRLGdCQUFnQjtBQUFBLEVBQ3hELEVBQUUsS0FBSyxTQUFTLE9BQU8sdUJBQXVCLFFBQVEsZ0JBQWdCO0FBQUEsRUFDdEUsRUFBRSxLQUFLLFVBQVUsT0FBTyxZQUFZLFFBQVEsZ0JBQWdCO0FBQUEsRUFDNUQsRUFBRSxLQUFLLGVBQWUsT0FBTyxpQkFBaUIsUUFBUSxnQkFBZ0I7QUFBQSxFQUN0RSxFQUFFLEtBQUsscUJBQXFCLE9BQU8sdUJBQXVCLFFBQVEsZ0JBQWdCO0FBQUEsRUFDbEYsRUFBRSxLQUFLLDhCQUE4QixPQUFPLDRDQUE0QyxRQUFRLGdCQUFnQjtBQUFBLEVBQ2hILEVBQUUsS0FBSyxvQ0FBb0MsT0FBTyxvQ0FBb0MsUUFBUSxnQkFBZ0I7QUFBQSxFQUM5RyxFQUFFLEtBQUssa0JBQWtCLE9BQU8sb0JBQW9CLFFBQVEsZ0JBQWdCO0FBQUEsRUFDNUUsRUFBRSxLQUFLLFFBQVEsT0FBTyxTQUFTLFFBQVEsZ0JBQWdCO0FBQUEsRUFDdkQsRUFBRSxLQUFLLE9BQU8sT0FBTyxPQUFPLFFBQVEsbURBQW1EO0FBQ3pGO0FBR08sSUFBTSx5QkFBNEMsQ0FBQyxHQUFHLElBQUksSUFBSSxzQkFBc0IsSUFBSSxPQUFLLEVBQUUsS0FBSyxDQUFDLENBQUM7QUFRN0csSUFBTSxjQUFjO0FBRWIsSUFBTSxpQkFBMEM7QUFBQSxFQUNyRCxFQUFFLFFBQVEsYUFBYSxRQUFRLHdHQUE4RjtBQUFBLEVBQzdIO0FBQUEsSUFDRSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0EsRUFBRSxRQUFRLGdEQUFnRCxRQUFRLDRFQUE0RTtBQUFBLEVBQzlJLEVBQUUsUUFBUSxnREFBZ0QsUUFBUSwwQkFBMEI7QUFBQSxFQUM1RixFQUFFLFFBQVEsZ0RBQWdELFFBQVEsMEJBQTBCO0FBQUEsRUFDNUYsRUFBRSxRQUFRLG9FQUFvRSxRQUFRLDBCQUEwQjtBQUFBLEVBQ2hILEVBQUUsUUFBUSxnREFBZ0QsUUFBUSwwQkFBMEI7QUFBQSxFQUM1RjtBQUFBLElBQ0UsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBLEVBQUUsUUFBUSwyRUFBMkUsUUFBUSxtQ0FBbUM7QUFBQSxFQUNoSSxFQUFFLFFBQVEsa0RBQWtELFFBQVEsa0NBQWtDO0FBQUEsRUFDdEc7QUFBQSxJQUNFLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQSxFQUFFLFFBQVEsT0FBTyxRQUFRLG1EQUFtRDtBQUM5RTtBQUVBLElBQU0sZUFBZTtBQUVyQixJQUFNLFFBQVEsQ0FBQyxNQUFjLEVBQUUsWUFBWTtBQU8zQyxJQUFNLFdBQVcsQ0FBQyxNQUFjO0FBQzlCLFFBQU0sSUFBSSxFQUFFLEtBQUs7QUFDakIsUUFBTSxJQUFJLEVBQUUsVUFBVSxNQUFNLEVBQUUsQ0FBQyxNQUFNLE9BQU8sRUFBRSxDQUFDLE1BQU0sUUFBUSxFQUFFLEVBQUUsU0FBUyxDQUFDLE1BQU0sRUFBRSxDQUFDLElBQUksRUFBRSxNQUFNLEdBQUcsRUFBRSxFQUFFLEtBQUssSUFBSTtBQUNoSCxTQUFPLEVBQUUsWUFBWTtBQUN2QjtBQU1PLFNBQVMsaUJBQ2QsS0FDQSxPQUNBLE9BQ2lFO0FBQ2pFLFFBQU0sSUFBSSxTQUFTLEdBQUc7QUFDdEIsUUFBTSxJQUFJLFNBQVMsS0FBSztBQUN4QixRQUFNLE9BQU8sc0JBQXNCLEtBQUssT0FBSyxNQUFNLEVBQUUsR0FBRyxNQUFNLEtBQUssTUFBTSxFQUFFLEtBQUssTUFBTSxDQUFDO0FBQ3ZGLE1BQUksS0FBTSxRQUFPLEVBQUUsT0FBTyxRQUFRLFFBQVEsS0FBSyxPQUFPO0FBQ3RELE1BQUksTUFBTSxJQUFJO0FBQ1osVUFBTSxVQUFVLHNCQUFzQixLQUFLLE9BQUssTUFBTSxFQUFFLEtBQUssTUFBTSxDQUFDO0FBQ3BFLFFBQUksUUFBUyxRQUFPLEVBQUUsT0FBTyxTQUFTLFFBQVEsUUFBUSxPQUFPO0FBQzdELFFBQUksTUFBTSxLQUFLLE9BQUssTUFBTSxDQUFDLE1BQU0sQ0FBQyxFQUFHLFFBQU8sRUFBRSxPQUFPLFNBQVMsUUFBUSxhQUFhO0FBQUEsRUFDckY7QUFDQSxNQUFJLE1BQU0sSUFBSTtBQUNaLFVBQU0sUUFBUSxzQkFBc0IsS0FBSyxPQUFLLE1BQU0sRUFBRSxHQUFHLE1BQU0sQ0FBQztBQUNoRSxRQUFJLE1BQU8sUUFBTyxFQUFFLE9BQU8sT0FBTyxRQUFRLE1BQU0sT0FBTztBQUN2RCxRQUFJLE1BQU0sS0FBSyxPQUFLLE1BQU0sQ0FBQyxNQUFNLENBQUMsRUFBRyxRQUFPLEVBQUUsT0FBTyxPQUFPLFFBQVEsYUFBYTtBQUFBLEVBQ25GO0FBQ0EsU0FBTztBQUNUO0FBU0EsU0FBUyxRQUFRLFFBQWdCLFFBQTZCO0FBQzVELFFBQU0sUUFBUSxDQUFDLFVBQVUsTUFBTSxDQUFDO0FBQ2hDLFFBQU0sVUFBVSxhQUFhLFFBQVEsU0FBUyxFQUFFO0FBQ2hELE1BQUksV0FBVyxRQUFRLFNBQVMsRUFBRyxPQUFNLEtBQUssT0FBTztBQUNyRCxTQUFPLEVBQUUsS0FBSyxRQUFRLE9BQU8sT0FBTztBQUN0QztBQUVBLElBQU0sa0JBQTBDLGVBQWUsSUFBSSxPQUFLLFFBQVEsRUFBRSxRQUFRLEVBQUUsTUFBTSxDQUFDO0FBRW5HLFNBQVMsVUFBVSxHQUFlLEdBQXdCO0FBQ3hELE1BQUksRUFBRSxXQUFXLEVBQUUsT0FBUSxRQUFPO0FBQ2xDLFdBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxRQUFRLElBQUssS0FBSSxFQUFFLENBQUMsTUFBTSxFQUFFLENBQUMsRUFBRyxRQUFPO0FBQzdELFNBQU87QUFDVDtBQVFPLFNBQVMsZUFDZCxRQUNBLGNBQ0EsT0FDZ0M7QUFDaEMsTUFBSSxXQUFXLEdBQUksUUFBTztBQUMxQixRQUFNLGFBQWEsQ0FBQyxVQUFVLE1BQU0sQ0FBQztBQUNyQyxNQUFJLGdCQUFnQixhQUFhLFNBQVMsRUFBRyxZQUFXLEtBQUssWUFBWTtBQUN6RSxRQUFNLFFBQVEsTUFBTSxTQUFTLElBQUksQ0FBQyxHQUFHLGlCQUFpQixHQUFHLE1BQU0sSUFBSSxPQUFLLFFBQVEsR0FBRyxZQUFZLENBQUMsQ0FBQyxJQUFJO0FBQ3JHLGFBQVcsS0FBSyxPQUFPO0FBQ3JCLFFBQUksRUFBRSxRQUFRLFVBQVUsRUFBRSxNQUFNLEtBQUssT0FBSyxXQUFXLEtBQUssT0FBSyxVQUFVLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRyxRQUFPLEVBQUUsUUFBUSxFQUFFLE9BQU87QUFBQSxFQUM5RztBQUNBLFNBQU87QUFDVDs7O0FDakhBLElBQU0scUJBQXFCO0FBQzNCLElBQU0sc0JBQ0o7QUFFRixJQUFNLFNBQVMsQ0FBQyxVQUFnRCxDQUFDLEVBQUUsTUFBTSxDQUFDO0FBRW5FLElBQU0sa0JBQTJDO0FBQUEsRUFDdEQ7QUFBQSxJQUNFLEtBQUs7QUFBQSxJQUNMLE1BQU07QUFBQSxJQUNOLE1BQU0sRUFBRSxNQUFNLFFBQVE7QUFBQSxJQUN0QixhQUFhLE9BQU8sT0FBTztBQUFBLElBQzNCLFlBQVksQ0FBQztBQUFBLElBQ2IsU0FBUyxPQUFPLE9BQU87QUFBQSxJQUN2QixlQUFlO0FBQUEsSUFDZixhQUFhO0FBQUEsTUFDWCxJQUFJO0FBQUEsTUFDSixJQUFJO0FBQUEsSUFDTjtBQUFBLEVBQ0Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxLQUFLO0FBQUEsSUFDTCxNQUFNO0FBQUEsSUFDTixNQUFNLEVBQUUsTUFBTSxRQUFRO0FBQUEsSUFDdEIsYUFBYSxPQUFPLE1BQU07QUFBQSxJQUMxQixZQUFZLENBQUM7QUFBQSxJQUNiLFNBQVMsQ0FBQyxFQUFFLE1BQU0sU0FBUyxPQUFPLE9BQU8sQ0FBQztBQUFBLElBQzFDLGVBQWU7QUFBQSxJQUNmLGFBQWE7QUFBQSxNQUNYLElBQUk7QUFBQSxNQUNKLElBQUk7QUFBQSxJQUNOO0FBQUEsRUFDRjtBQUFBLEVBQ0E7QUFBQSxJQUNFLEtBQUs7QUFBQSxJQUNMLE1BQU07QUFBQSxJQUNOLE1BQU0sRUFBRSxNQUFNLFFBQVE7QUFBQSxJQUN0QixhQUFhLE9BQU8sTUFBTTtBQUFBLElBQzFCLFlBQVksQ0FBQztBQUFBLElBQ2IsU0FBUyxDQUFDLEVBQUUsTUFBTSxTQUFTLE9BQU8sT0FBTyxDQUFDO0FBQUEsSUFDMUMsZUFBZTtBQUFBLElBQ2YsYUFBYTtBQUFBLE1BQ1gsSUFBSTtBQUFBLE1BQ0osSUFBSTtBQUFBLElBQ047QUFBQSxFQUNGO0FBQUEsRUFDQTtBQUFBLElBQ0UsS0FBSztBQUFBLElBQ0wsTUFBTTtBQUFBLElBQ04sTUFBTSxFQUFFLE1BQU0sUUFBUTtBQUFBO0FBQUEsSUFFdEIsYUFBYSxDQUFDLEVBQUUsTUFBTSxTQUFTLE9BQU8sR0FBRyxDQUFDO0FBQUEsSUFDMUMsWUFBWSxDQUFDO0FBQUEsSUFDYixTQUFTLE9BQU8sT0FBTztBQUFBLElBQ3ZCLGFBQWE7QUFBQSxNQUNYLElBQUk7QUFBQSxNQUNKLElBQUk7QUFBQSxJQUNOO0FBQUEsRUFDRjtBQUFBLEVBQ0E7QUFBQSxJQUNFLEtBQUs7QUFBQSxJQUNMLE1BQU07QUFBQSxJQUNOLE1BQU0sRUFBRSxNQUFNLFFBQVE7QUFBQSxJQUN0QixhQUFhLE9BQU8sRUFBRTtBQUFBLElBQ3RCLFlBQVk7QUFBQSxNQUNWLEVBQUUsTUFBTSxTQUFTLElBQUksU0FBUyxPQUFPLE9BQVU7QUFBQSxNQUMvQyxFQUFFLE1BQU0sU0FBUyxJQUFJLFNBQVMsT0FBTyxpQkFBaUI7QUFBQSxNQUN0RCxFQUFFLE1BQU0sU0FBUyxJQUFJLE9BQU8sT0FBTyxHQUFHO0FBQUEsTUFDdEMsRUFBRSxNQUFNLFNBQVMsSUFBSSxTQUFTLE9BQU8saUJBQWlCO0FBQUE7QUFBQSxNQUN0RCxFQUFFLE1BQU0sU0FBUyxPQUFPLEdBQUc7QUFBQSxJQUM3QjtBQUFBLElBQ0EsU0FBUztBQUFBLE1BQ1AsRUFBRSxNQUFNLFNBQVMsSUFBSSxTQUFTLE9BQU8sR0FBRztBQUFBLE1BQ3hDLEVBQUUsTUFBTSxTQUFTLElBQUksU0FBUyxPQUFPLGlCQUFpQjtBQUFBLE1BQ3RELEVBQUUsTUFBTSxTQUFTLE9BQU8sR0FBRztBQUFBLElBQzdCO0FBQUEsSUFDQSxhQUFhO0FBQUEsTUFDWCxJQUFJO0FBQUEsTUFDSixJQUFJO0FBQUEsSUFDTjtBQUFBLEVBQ0Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxLQUFLO0FBQUEsSUFDTCxNQUFNO0FBQUEsSUFDTixNQUFNLEVBQUUsTUFBTSxRQUFRO0FBQUEsSUFDdEIsYUFBYSxPQUFPLEVBQUU7QUFBQSxJQUN0QixZQUFZO0FBQUEsTUFDVixFQUFFLE1BQU0sU0FBUyxJQUFJLFNBQVMsT0FBTyxPQUFVO0FBQUEsTUFDL0MsRUFBRSxNQUFNLFNBQVMsSUFBSSxTQUFTLE9BQU8sV0FBVztBQUFBLE1BQ2hELEVBQUUsTUFBTSxTQUFTLElBQUksT0FBTyxPQUFPLEdBQUc7QUFBQSxNQUN0QyxFQUFFLE1BQU0sU0FBUyxJQUFJLFNBQVMsT0FBTyxXQUFXO0FBQUEsTUFDaEQsRUFBRSxNQUFNLFNBQVMsT0FBTyxHQUFHO0FBQUEsSUFDN0I7QUFBQSxJQUNBLFNBQVM7QUFBQSxNQUNQLEVBQUUsTUFBTSxTQUFTLElBQUksU0FBUyxPQUFPLEdBQUc7QUFBQSxNQUN4QyxFQUFFLE1BQU0sU0FBUyxJQUFJLFNBQVMsT0FBTyxXQUFXO0FBQUEsTUFDaEQsRUFBRSxNQUFNLFNBQVMsT0FBTyxHQUFHO0FBQUEsSUFDN0I7QUFBQSxJQUNBLGFBQWE7QUFBQSxNQUNYLElBQUk7QUFBQSxNQUNKLElBQUk7QUFBQSxJQUNOO0FBQUEsRUFDRjtBQUFBLEVBQ0E7QUFBQSxJQUNFLEtBQUs7QUFBQSxJQUNMLE1BQU07QUFBQSxJQUNOLE1BQU0sRUFBRSxNQUFNLFNBQVMsSUFBSSxNQUFNO0FBQUEsSUFDakMsU0FBUyxFQUFFLE1BQU0sU0FBUyxJQUFJLE1BQU07QUFBQSxJQUNwQyxhQUFhO0FBQUEsTUFDWCxFQUFFLE1BQU0sU0FBUyxJQUFJLFNBQVMsT0FBTyxPQUFPO0FBQUEsTUFDNUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxPQUFPLE9BQU8sUUFBUTtBQUFBLElBQzdDO0FBQUEsSUFDQSxZQUFZLENBQUM7QUFBQSxJQUNiLFNBQVM7QUFBQSxNQUNQLEVBQUUsTUFBTSxTQUFTLElBQUksU0FBUyxPQUFPLE9BQU87QUFBQSxNQUM1QyxFQUFFLE1BQU0sU0FBUyxJQUFJLE9BQU8sT0FBTyxRQUFRO0FBQUEsTUFDM0MsRUFBRSxNQUFNLFNBQVMsSUFBSSxTQUFTLE9BQU8sT0FBTztBQUFBLE1BQzVDLEVBQUUsTUFBTSxTQUFTLElBQUksT0FBTyxPQUFPLFFBQVE7QUFBQSxJQUM3QztBQUFBLElBQ0EsZUFBZTtBQUFBLElBQ2YsYUFBYTtBQUFBLE1BQ1gsSUFBSTtBQUFBLE1BQ0osSUFBSTtBQUFBLElBQ047QUFBQSxFQUNGO0FBQUEsRUFDQTtBQUFBLElBQ0UsS0FBSztBQUFBLElBQ0wsTUFBTTtBQUFBLElBQ04sTUFBTSxFQUFFLE1BQU0sU0FBUyxJQUFJLFFBQVE7QUFBQSxJQUNuQyxhQUFhLE9BQU8sRUFBRTtBQUFBLElBQ3RCLFlBQVksQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLFNBQVMsT0FBTyxtQkFBbUIsQ0FBQztBQUFBLElBQ3RFLFNBQVM7QUFBQSxNQUNQLEVBQUUsTUFBTSxTQUFTLElBQUksU0FBUyxPQUFPLG1CQUFtQjtBQUFBLE1BQ3hELEVBQUUsTUFBTSxTQUFTLElBQUksT0FBTyxPQUFPLE9BQVU7QUFBQSxNQUM3QyxFQUFFLE1BQU0sU0FBUyxJQUFJLFNBQVMsT0FBTyxtQkFBbUI7QUFBQSxJQUMxRDtBQUFBLElBQ0EsV0FBVztBQUFBLElBQ1gsYUFBYTtBQUFBLE1BQ1gsSUFBSTtBQUFBLE1BQ0osSUFBSTtBQUFBLElBQ047QUFBQSxFQUNGO0FBQUEsRUFDQTtBQUFBLElBQ0UsS0FBSztBQUFBLElBQ0wsTUFBTTtBQUFBLElBQ04sTUFBTSxFQUFFLE1BQU0sUUFBUTtBQUFBLElBQ3RCLGFBQWEsT0FBTyxFQUFFO0FBQUEsSUFDdEIsWUFBWTtBQUFBLE1BQ1YsRUFBRSxNQUFNLFNBQVMsSUFBSSxXQUFXLE9BQU8sbUJBQW1CO0FBQUEsTUFDMUQsRUFBRSxNQUFNLFdBQVcsT0FBTyxHQUFHO0FBQUEsSUFDL0I7QUFBQSxJQUNBLFNBQVM7QUFBQSxNQUNQLEVBQUUsTUFBTSxTQUFTLElBQUksV0FBVyxPQUFPLG1CQUFtQjtBQUFBLE1BQzFELEVBQUUsTUFBTSxXQUFXLE9BQU8sR0FBRztBQUFBLElBQy9CO0FBQUEsSUFDQSxhQUFhO0FBQUEsTUFDWCxJQUFJO0FBQUEsTUFDSixJQUFJO0FBQUEsSUFDTjtBQUFBLEVBQ0Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxLQUFLO0FBQUEsSUFDTCxNQUFNO0FBQUEsSUFDTixNQUFNLEVBQUUsTUFBTSxTQUFTLElBQUksUUFBUTtBQUFBLElBQ25DLGFBQWEsT0FBTyxPQUFPO0FBQUEsSUFDM0IsWUFBWSxDQUFDO0FBQUEsSUFDYixTQUFTLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxTQUFTLE9BQU8sUUFBUSxDQUFDO0FBQUEsSUFDeEQsV0FBVztBQUFBLElBQ1gsYUFBYTtBQUFBLE1BQ1gsSUFBSTtBQUFBLE1BQ0osSUFBSTtBQUFBLElBQ047QUFBQSxFQUNGO0FBQUEsRUFDQTtBQUFBLElBQ0UsS0FBSztBQUFBLElBQ0wsTUFBTTtBQUFBLElBQ04sTUFBTSxFQUFFLE1BQU0sUUFBUTtBQUFBLElBQ3RCLGFBQWEsT0FBTyxPQUFPO0FBQUEsSUFDM0IsWUFBWSxDQUFDO0FBQUEsSUFDYixTQUFTLENBQUMsRUFBRSxNQUFNLFNBQVMsT0FBTyxRQUFRLENBQUM7QUFBQSxJQUMzQyxhQUFhO0FBQUEsTUFDWCxJQUFJO0FBQUEsTUFDSixJQUFJO0FBQUEsSUFDTjtBQUFBLEVBQ0Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxLQUFLO0FBQUEsSUFDTCxNQUFNO0FBQUEsSUFDTixNQUFNLEVBQUUsTUFBTSxRQUFRO0FBQUEsSUFDdEIsYUFBYSxPQUFPLE9BQU87QUFBQSxJQUMzQixZQUFZLENBQUM7QUFBQSxJQUNiLFNBQVMsQ0FBQyxFQUFFLE1BQU0sU0FBUyxPQUFPLFFBQVEsQ0FBQztBQUFBLElBQzNDLGVBQWU7QUFBQSxJQUNmLGFBQWE7QUFBQSxNQUNYLElBQUk7QUFBQSxNQUNKLElBQUk7QUFBQSxJQUNOO0FBQUEsRUFDRjtBQUFBLEVBQ0E7QUFBQSxJQUNFLEtBQUs7QUFBQSxJQUNMLE1BQU07QUFBQSxJQUNOLE1BQU0sRUFBRSxNQUFNLFFBQVE7QUFBQSxJQUN0QixhQUFhLE9BQU8sTUFBTTtBQUFBLElBQzFCLFlBQVksQ0FBQztBQUFBLElBQ2IsU0FBUztBQUFBLE1BQ1AsRUFBRSxNQUFNLFNBQVMsSUFBSSxPQUFPLE9BQU8sUUFBUTtBQUFBLE1BQzNDLEVBQUUsTUFBTSxTQUFTLE9BQU8sT0FBTztBQUFBLElBQ2pDO0FBQUE7QUFBQSxJQUVBLGVBQWU7QUFBQSxJQUNmLGFBQWE7QUFBQSxNQUNYLElBQUk7QUFBQSxNQUNKLElBQUk7QUFBQSxJQUNOO0FBQUEsRUFDRjtBQUFBLEVBQ0E7QUFBQSxJQUNFLEtBQUs7QUFBQSxJQUNMLE1BQU07QUFBQSxJQUNOLE1BQU0sRUFBRSxNQUFNLFFBQVE7QUFBQSxJQUN0QixhQUFhLE9BQU8sS0FBSztBQUFBLElBQ3pCLFlBQVksQ0FBQztBQUFBLElBQ2IsU0FBUyxPQUFPLG1CQUFtQjtBQUFBLElBQ25DLGFBQWE7QUFBQSxNQUNYLElBQUk7QUFBQSxNQUNKLElBQUk7QUFBQSxJQUNOO0FBQUEsRUFDRjtBQUFBLEVBQ0E7QUFBQSxJQUNFLEtBQUs7QUFBQSxJQUNMLE1BQU07QUFBQSxJQUNOLE1BQU0sRUFBRSxNQUFNLFFBQVE7QUFBQSxJQUN0QixhQUFhLE9BQU8sT0FBTztBQUFBLElBQzNCLFlBQVksQ0FBQztBQUFBLElBQ2IsU0FBUyxDQUFDO0FBQUEsSUFDVixlQUFlO0FBQUEsSUFDZixhQUFhO0FBQUEsTUFDWCxJQUFJO0FBQUEsTUFDSixJQUFJO0FBQUEsSUFDTjtBQUFBLEVBQ0Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxLQUFLO0FBQUEsSUFDTCxNQUFNO0FBQUEsSUFDTixNQUFNLEVBQUUsTUFBTSxRQUFRO0FBQUEsSUFDdEIsYUFBYSxDQUFDO0FBQUEsSUFDZCxZQUFZLENBQUM7QUFBQSxJQUNiLFNBQVMsQ0FBQztBQUFBLElBQ1YsZUFBZTtBQUFBLElBQ2YsYUFBYTtBQUFBLE1BQ1gsSUFBSTtBQUFBLE1BQ0osSUFBSTtBQUFBLElBQ047QUFBQSxFQUNGO0FBQUE7QUFBQSxFQUVBLEtBQUssT0FBTyxVQUFVLEVBQUUsTUFBTSxRQUFRLEdBQUcsd0JBQXdCLG9CQUFvQiwyQ0FBYTtBQUFBLEVBQ2xHLEtBQUssV0FBVyxRQUFRLEVBQUUsTUFBTSxRQUFRLEdBQUcsUUFBUSxpQ0FBaUMsaURBQWM7QUFBQSxFQUNsRyxLQUFLLFVBQVUsVUFBVSxFQUFFLE1BQU0sUUFBUSxHQUFHLDhCQUE4QixtQ0FBbUMsMEVBQXdCO0FBQUEsRUFDckk7QUFBQSxJQUFLO0FBQUEsSUFBVTtBQUFBLElBQVUsRUFBRSxNQUFNLFNBQVMsSUFBSSxNQUFNO0FBQUEsSUFBRztBQUFBLElBQ3JEO0FBQUEsSUFBZ0Y7QUFBQSxFQUFpRDtBQUFBLEVBQ25JLEtBQUssVUFBVSxVQUFVLEVBQUUsTUFBTSxRQUFRLEdBQUcscUJBQXFCLGlCQUFpQixvQkFBZTtBQUFBLEVBQ2pHLEtBQUssWUFBWSxVQUFVLEVBQUUsTUFBTSxRQUFRLEdBQUcsWUFBWSw0REFBNEQsMkZBQTBCO0FBQUEsRUFDaEosS0FBSyxpQkFBaUIsVUFBVSxFQUFFLE1BQU0sUUFBUSxHQUFHLE9BQU8saUNBQWlDLGlEQUFjO0FBQUEsRUFDekcsS0FBSyxrQkFBa0IsV0FBVyxFQUFFLE1BQU0sUUFBUSxHQUFHLFFBQVEsK0NBQStDLHlFQUFrQjtBQUFBLEVBQzlIO0FBQUEsSUFBSztBQUFBLElBQW1DO0FBQUEsSUFBVyxFQUFFLE1BQU0sUUFBUTtBQUFBLElBQUc7QUFBQSxJQUNwRTtBQUFBLElBQThDO0FBQUEsRUFBdUM7QUFDekY7QUFFQSxTQUFTLEtBQ1AsTUFBYyxNQUFvQixNQUFvQixLQUFhLElBQVksSUFDakU7QUFDZCxTQUFPO0FBQUEsSUFDTCxLQUFLLHdCQUF3QixJQUFJO0FBQUEsSUFDakM7QUFBQSxJQUNBO0FBQUEsSUFDQSxhQUFhLENBQUMsRUFBRSxHQUFHLE1BQU0sT0FBTyxJQUFJLENBQUM7QUFBQSxJQUNyQyxZQUFZLENBQUM7QUFBQSxJQUNiLFNBQVMsQ0FBQztBQUFBLElBQ1YsZUFBZSxTQUFTLFlBQVksV0FBVztBQUFBLElBQy9DLGFBQWEsRUFBRSxJQUFJLEdBQUc7QUFBQSxFQUN4QjtBQUNGO0FBRUEsSUFBTSxTQUFTLElBQUksSUFBSSxnQkFBZ0IsSUFBSSxPQUFLLENBQUMsRUFBRSxLQUFLLENBQUMsQ0FBQyxDQUFDO0FBR3BELFNBQVMsYUFBYSxLQUF1QztBQUNsRSxTQUFPLE9BQU8sSUFBSSxHQUFHO0FBQ3ZCO0FBR08sU0FBUyxvQkFBb0IsS0FBYSxHQUEwQjtBQUN6RSxRQUFNLElBQUksNENBQTRDLEtBQUssR0FBRztBQUM5RCxTQUFPLE1BQU0sUUFBUSxFQUFFLENBQUMsTUFBTSxXQUFXLGVBQWUsR0FBRyxPQUFPO0FBQ3BFO0FBR08sU0FBUyxTQUFTLEtBQWEsR0FBaUQ7QUFDckYsUUFBTSxJQUFJLE9BQU8sSUFBSSxHQUFHO0FBQ3hCLE1BQUksQ0FBQyxFQUFHLFFBQU87QUFDZixNQUFJLGVBQWUsR0FBRyxFQUFFLElBQUksRUFBRyxRQUFPO0FBQ3RDLE1BQUksRUFBRSxXQUFXLGVBQWUsR0FBRyxFQUFFLE9BQU8sRUFBRyxRQUFPO0FBQ3RELFNBQU87QUFDVDtBQUVBLFNBQVMsUUFBUSxRQUFtQyxHQUFxQztBQUN2RixTQUFPLE9BQU8sS0FBSyxPQUFLLGVBQWUsR0FBRyxDQUFDLENBQUMsR0FBRztBQUNqRDtBQUdPLFNBQVMsV0FBVyxLQUFhLEdBQXFDO0FBQzNFLFFBQU0sSUFBSSxPQUFPLElBQUksR0FBRztBQUN4QixTQUFPLEtBQUssZUFBZSxHQUFHLEVBQUUsSUFBSSxJQUFJLFFBQVEsRUFBRSxZQUFZLENBQUMsSUFBSTtBQUNyRTtBQUdPLFNBQVMsWUFBWSxLQUFhLEdBQXFDO0FBQzVFLFFBQU0sSUFBSSxPQUFPLElBQUksR0FBRztBQUN4QixTQUFPLE1BQU0sZUFBZSxHQUFHLEVBQUUsSUFBSSxLQUFNLEVBQUUsV0FBVyxlQUFlLEdBQUcsRUFBRSxPQUFPLEtBQU0sUUFBUSxFQUFFLGFBQWEsQ0FBQyxJQUFJO0FBQ3ZIO0FBR08sU0FBUyxhQUFhLEtBQWEsR0FBcUM7QUFDN0UsUUFBTSxJQUFJLE9BQU8sSUFBSSxHQUFHO0FBQ3hCLFNBQU8sSUFBSSxRQUFRLEVBQUUsU0FBUyxDQUFDLElBQUk7QUFDckM7QUFHTyxTQUFTLG1CQUFtQixHQUFnQztBQUNqRSxRQUFNLElBQUksRUFBRSxLQUFLLEVBQUUsWUFBWTtBQUMvQixNQUFJLE1BQU0sVUFBVSxNQUFNLFFBQVEsTUFBTSxTQUFTLE1BQU0sSUFBSyxRQUFPO0FBQ25FLE1BQUksTUFBTSxXQUFXLE1BQU0sU0FBUyxNQUFNLFFBQVEsTUFBTSxJQUFLLFFBQU87QUFDcEUsU0FBTztBQUNUO0FBR08sU0FBUyxrQkFBa0IsR0FBb0I7QUFDcEQsU0FBTyx1QkFBdUIsS0FBSyxDQUFDO0FBQ3RDO0FBR08sU0FBUyxpQkFBaUIsS0FBYSxHQUFnQztBQUM1RSxTQUFPLE9BQU8sSUFBSSxHQUFHLEdBQUcsa0JBQWtCLGtCQUFrQixrQkFBa0IsQ0FBQyxJQUFJLG1CQUFtQixDQUFDO0FBQ3pHO0FBR0EsSUFBTSxnQkFBa0Q7QUFBQSxFQUN0RCxxQkFBcUI7QUFBQSxFQUNyQixzQkFBc0I7QUFBQSxFQUN0QiwwQkFBMEI7QUFBQSxFQUMxQixnQ0FBZ0M7QUFBQSxFQUNoQyxrQ0FBa0M7QUFBQSxFQUNsQywwQkFBMEI7QUFBQSxFQUMxQixnQ0FBZ0M7QUFBQSxFQUNoQyxrQ0FBa0M7QUFBQSxFQUNsQywyQkFBMkI7QUFBQSxFQUMzQiw2QkFBNkI7QUFBQSxFQUM3QixvQ0FBb0M7QUFBQSxFQUNwQyw4QkFBOEI7QUFBQSxFQUM5Qiw2Q0FBNkM7QUFBQSxFQUM3QyxvQkFBb0I7QUFBQSxFQUNwQiwrQkFBK0I7QUFBQSxFQUMvQix3Q0FBd0M7QUFBQSxFQUN4QyxpQ0FBaUM7QUFBQSxFQUNqQyxzQ0FBc0M7QUFDeEM7QUFFQSxTQUFTLE9BQU8sS0FBdUI7QUFDckMsU0FBTyxJQUFJLFFBQVEsc0JBQXNCLE9BQU8sRUFBRSxZQUFZLEVBQUUsTUFBTSxXQUFXLEVBQUUsT0FBTyxPQUFPO0FBQ25HO0FBRUEsU0FBUyxTQUFTLEdBQVcsR0FBbUI7QUFFOUMsUUFBTSxJQUFnQixNQUFNLEtBQUssRUFBRSxRQUFRLEVBQUUsU0FBUyxFQUFFLEdBQUcsQ0FBQyxHQUFHLE1BQU0sQ0FBQyxHQUFHLEdBQUcsTUFBYyxFQUFFLE1BQU0sRUFBRSxLQUFLLENBQUMsQ0FBQyxDQUFDO0FBQzVHLFdBQVMsSUFBSSxHQUFHLEtBQUssRUFBRSxRQUFRLElBQUssR0FBRSxDQUFDLEVBQUUsQ0FBQyxJQUFJO0FBQzlDLFdBQVMsSUFBSSxHQUFHLEtBQUssRUFBRSxRQUFRLEtBQUs7QUFDbEMsYUFBUyxJQUFJLEdBQUcsS0FBSyxFQUFFLFFBQVEsS0FBSztBQUNsQyxZQUFNLE9BQU8sRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxJQUFJLElBQUk7QUFDekMsUUFBRSxDQUFDLEVBQUUsQ0FBQyxJQUFJLEtBQUssSUFBSSxFQUFFLElBQUksQ0FBQyxFQUFFLENBQUMsSUFBSSxHQUFHLEVBQUUsQ0FBQyxFQUFFLElBQUksQ0FBQyxJQUFJLEdBQUcsRUFBRSxJQUFJLENBQUMsRUFBRSxJQUFJLENBQUMsSUFBSSxJQUFJO0FBQzNFLFVBQUksSUFBSSxLQUFLLElBQUksS0FBSyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxDQUFDLEtBQUssRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxFQUFHLEdBQUUsQ0FBQyxFQUFFLENBQUMsSUFBSSxLQUFLLElBQUksRUFBRSxDQUFDLEVBQUUsQ0FBQyxHQUFHLEVBQUUsSUFBSSxDQUFDLEVBQUUsSUFBSSxDQUFDLElBQUksQ0FBQztBQUFBLElBQ3ZIO0FBQUEsRUFDRjtBQUNBLFNBQU8sRUFBRSxFQUFFLE1BQU0sRUFBRSxFQUFFLE1BQU07QUFDN0I7QUFHTyxTQUFTLFdBQVcsWUFBd0M7QUFDakUsUUFBTSxJQUFJLFdBQVcsS0FBSztBQUMxQixRQUFNLFdBQVcsRUFBRSxZQUFZO0FBQy9CLE1BQUksY0FBYyxRQUFRLEVBQUcsUUFBTyxjQUFjLFFBQVE7QUFDMUQsTUFBSSxPQUFPLElBQUksQ0FBQyxFQUFHLFFBQU87QUFDMUIsUUFBTSxPQUFPLE9BQU8sQ0FBQyxFQUFFLEtBQUssR0FBRztBQUMvQixRQUFNLFlBQVksZ0JBQWdCLEtBQUssT0FBSyxPQUFPLEVBQUUsR0FBRyxFQUFFLEtBQUssR0FBRyxNQUFNLElBQUk7QUFDNUUsTUFBSSxVQUFXLFFBQU8sVUFBVTtBQUNoQyxNQUFJO0FBQ0osTUFBSSxNQUFNO0FBQ1YsYUFBVyxLQUFLLGlCQUFpQjtBQUMvQixVQUFNLE9BQU8sU0FBUyxVQUFVLEVBQUUsSUFBSSxZQUFZLENBQUM7QUFDbkQsUUFBSSxDQUFDLFFBQVEsT0FBTyxLQUFLLEdBQUc7QUFBRSxhQUFPLEVBQUUsS0FBSyxFQUFFLEtBQUssR0FBRyxLQUFLO0FBQUcsWUFBTTtBQUFBLElBQU8sV0FBVyxTQUFTLEtBQUssRUFBRyxPQUFNO0FBQUEsRUFDL0c7QUFDQSxRQUFNLFFBQVEsS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLEVBQUUsU0FBUyxDQUFDLENBQUM7QUFDbEQsTUFBSSxRQUFRLEtBQUssS0FBSyxTQUFTLENBQUMsSUFBSyxRQUFPLEtBQUs7QUFFakQsUUFBTSxPQUFPLElBQUksSUFBSSxPQUFPLENBQUMsQ0FBQztBQUM5QixNQUFJO0FBQ0osYUFBVyxLQUFLLGlCQUFpQjtBQUMvQixVQUFNLElBQUksT0FBTyxFQUFFLEdBQUc7QUFDdEIsVUFBTSxTQUFTLEVBQUUsT0FBTyxPQUFLLEtBQUssSUFBSSxDQUFDLENBQUMsRUFBRTtBQUMxQyxVQUFNLFFBQVEsU0FBUyxLQUFLLElBQUksRUFBRSxRQUFRLEtBQUssSUFBSTtBQUNuRCxRQUFJLENBQUMsZUFBZSxRQUFRLFlBQVksTUFBTyxlQUFjLEVBQUUsS0FBSyxFQUFFLEtBQUssTUFBTTtBQUFBLEVBQ25GO0FBQ0EsU0FBTyxlQUFlLFlBQVksU0FBUyxNQUFNLFlBQVksTUFBTTtBQUNyRTtBQVFBLElBQU0sZUFBc0M7QUFBQSxFQUMxQyxFQUFFLE1BQU0sU0FBUyxPQUFPLEVBQUUsTUFBTSxRQUFRLEVBQUU7QUFBQSxFQUMxQyxFQUFFLE1BQU0sUUFBUSxPQUFPLEVBQUUsTUFBTSxRQUFRLEVBQUU7QUFBQSxFQUN6QyxFQUFFLE1BQU0sUUFBUSxPQUFPLEVBQUUsTUFBTSxRQUFRLEVBQUU7QUFDM0M7QUFFTyxJQUFNLG9CQUFvQixDQUFDLE1BQ2hDLGFBQWEsT0FBTyxPQUFLLGVBQWUsR0FBRyxFQUFFLEtBQUssQ0FBQyxFQUFFLElBQUksT0FBSyxFQUFFLElBQUk7QUEyRHRFLElBQU0sZ0JBQTJDO0FBQUEsRUFDL0MsRUFBRSxPQUFPLEVBQUUsSUFBSSxRQUFRLEdBQUcsT0FBTyxTQUFTLFFBQVEsVUFBVTtBQUFBLEVBQzVELEVBQUUsT0FBTyxFQUFFLE1BQU0sU0FBUyxJQUFJLFFBQVEsR0FBRyxPQUFPLFdBQVcsUUFBUSxXQUFXLHdCQUF3QixLQUFLO0FBQUEsRUFDM0csRUFBRSxPQUFPLEVBQUUsTUFBTSxTQUFTLElBQUksTUFBTSxHQUFHLE9BQU8sV0FBVyxRQUFRLFVBQVU7QUFBQSxFQUMzRSxFQUFFLE9BQU8sRUFBRSxNQUFNLFNBQVMsSUFBSSxRQUFRLEdBQUcsT0FBTyxXQUFXLFFBQVEsV0FBVyx3QkFBd0IsS0FBSztBQUFBO0FBQUEsRUFDM0csRUFBRSxPQUFPLEVBQUUsTUFBTSxTQUFTLElBQUksUUFBUSxHQUFHLE9BQU8sV0FBVyxRQUFRLFVBQVU7QUFBQSxFQUM3RSxFQUFFLE9BQU8sRUFBRSxNQUFNLFNBQVMsSUFBSSxNQUFNLEdBQUcsT0FBTyxXQUFXLFFBQVEsV0FBVyxrQkFBa0IsV0FBVyx3QkFBd0IsS0FBSztBQUFBLEVBQ3RJLEVBQUUsT0FBTyxFQUFFLE1BQU0sU0FBUyxJQUFJLE1BQU0sR0FBRyxPQUFPLFdBQVcsUUFBUSxXQUFXLGtCQUFrQixVQUFVO0FBQUEsRUFDeEcsRUFBRSxPQUFPLEVBQUUsTUFBTSxRQUFRLEdBQUcsT0FBTyxvQkFBb0IsUUFBUSxVQUFVO0FBQzNFO0FBR0EsSUFBTSxjQUF5QztBQUFBLEVBQzdDLEVBQUUsT0FBTyxFQUFFLElBQUksTUFBTSxHQUFHLE9BQU8sV0FBVyxRQUFRLFFBQVE7QUFBQSxFQUMxRCxFQUFFLE9BQU8sRUFBRSxNQUFNLFNBQVMsSUFBSSxRQUFRLEdBQUcsT0FBTyxVQUFVLFFBQVEsVUFBVTtBQUFBLEVBQzVFLEVBQUUsT0FBTyxFQUFFLE1BQU0sU0FBUyxJQUFJLE1BQU0sR0FBRyxPQUFPLFdBQVcsUUFBUSxVQUFVO0FBQUEsRUFDM0UsRUFBRSxPQUFPLEVBQUUsTUFBTSxRQUFRLEdBQUcsT0FBTyxzQkFBc0IsUUFBUSxVQUFVO0FBQzdFO0FBRUEsU0FBUyxlQUFlLEdBQWlCLEdBQTBCO0FBQ2pFLFNBQU8sRUFBRSxzQkFBc0IsbUJBQW1CLFlBQVksNkNBQTZDLENBQUMsS0FBSyxPQUFPLE1BQU07QUFDaEk7QUFFQSxTQUFTLFNBQVMsTUFBaUMsR0FBaUIsR0FBOEI7QUFDaEcsUUFBTSxNQUFNLEtBQUssS0FBSyxPQUFLLGVBQWUsR0FBRyxFQUFFLEtBQUssQ0FBQztBQUNyRCxNQUFJLENBQUMsT0FBTyxJQUFJLFVBQVUsUUFBUyxRQUFPLEVBQUUsVUFBVSxPQUFPLFFBQVEsUUFBUSxRQUFRLE1BQU0sa0JBQWtCLGVBQWU7QUFDNUgsUUFBTSxTQUFTLEVBQUUsY0FBYyxJQUFJLG1CQUFtQixJQUFJLG1CQUFtQixJQUFJO0FBQ2pGLE1BQUksSUFBSSxVQUFVLFNBQVUsUUFBTyxFQUFFLFVBQVUsTUFBTSxRQUFRLFFBQVEsU0FBUztBQUM5RSxNQUFJLEVBQUUsWUFBWSxNQUFNO0FBQ3RCLFFBQUksV0FBVyxhQUFhLElBQUksMEJBQTBCLGVBQWUsR0FBRyxDQUFDLEdBQUc7QUFDOUUsYUFBTyxFQUFFLFVBQVUsT0FBTyxRQUFRLFFBQVEsUUFBUSxnQkFBZ0IsVUFBVSxxQkFBcUI7QUFBQSxJQUNuRztBQUNBLFdBQU8sRUFBRSxVQUFVLE1BQU0sUUFBUSxRQUFRLGVBQWU7QUFBQSxFQUMxRDtBQUNBLE1BQUksSUFBSSxVQUFVLHNCQUFzQixFQUFFLGlCQUFpQixPQUFPO0FBQ2hFLFdBQU8sRUFBRSxVQUFVLE1BQU0sUUFBUSxRQUFRLEVBQUUsaUJBQWlCLFNBQVksMEJBQTBCLGdCQUFnQjtBQUFBLEVBQ3BIO0FBQ0EsTUFBSSxJQUFJLFVBQVUsd0JBQXdCLEVBQUUsbUJBQW1CLE9BQU87QUFDcEUsV0FBTyxFQUFFLFVBQVUsTUFBTSxRQUFRLFFBQVEsRUFBRSxtQkFBbUIsU0FBWSw0QkFBNEIsa0JBQWtCO0FBQUEsRUFDMUg7QUFDQSxTQUFPLEVBQUUsVUFBVSxPQUFPLFFBQVEsUUFBUSxRQUFRLGVBQWU7QUFDbkU7QUFPTyxTQUFTLG9CQUFvQixHQUFpQixVQUFxQztBQUN4RixTQUFPLFNBQVMsZUFBZSxHQUFHLFFBQVE7QUFDNUM7QUFHTyxTQUFTLGtCQUFrQixHQUFpQixVQUFxQztBQUN0RixTQUFPLFNBQVMsYUFBYSxHQUFHLFFBQVE7QUFDMUM7QUFFTyxTQUFTLGlCQUFpQixHQUFpQixVQUFpQztBQUNqRixTQUFPLG9CQUFvQixHQUFHLFFBQVEsRUFBRTtBQUMxQztBQUVPLFNBQVMsZUFBZSxHQUFpQixVQUFpQztBQUMvRSxTQUFPLGtCQUFrQixHQUFHLFFBQVEsRUFBRTtBQUN4Qzs7O0FDcGpCQSxJQUFNLFNBQVM7QUFDZixJQUFNLFNBQ0o7QUFFSyxJQUFNLHlCQUF5RDtBQUFBLEVBQ3BFO0FBQUEsSUFDRSxPQUFPLEVBQUUsSUFBSSxRQUFRO0FBQUEsSUFDckIsWUFBWSxDQUFDO0FBQUEsSUFDYixZQUFZO0FBQUEsSUFDWixPQUFPO0FBQUE7QUFBQTtBQUFBLCtEQUdvRCxNQUFNO0FBQUE7QUFBQSw2QkFFeEMsTUFBTTtBQUFBLEVBQ2pDO0FBQUEsRUFDQTtBQUFBO0FBQUEsSUFFRSxPQUFPLEVBQUUsTUFBTSxTQUFTLElBQUksUUFBUTtBQUFBLElBQ3BDLFlBQVksQ0FBQztBQUFBLElBQ2IsWUFBWTtBQUFBLElBQ1osT0FBTyxTQUFTO0FBQUEsRUFDbEI7QUFBQSxFQUNBO0FBQUE7QUFBQSxJQUVFLE9BQU8sRUFBRSxNQUFNLFNBQVMsSUFBSSxRQUFRO0FBQUEsSUFDcEMsWUFBWSxDQUFDO0FBQUEsSUFDYixZQUFZO0FBQUEsSUFDWixPQUFPLFNBQVM7QUFBQSxFQUNsQjtBQUFBLEVBQ0E7QUFBQSxJQUNFLE9BQU8sRUFBRSxNQUFNLFNBQVMsSUFBSSxNQUFNO0FBQUEsSUFDbEMsWUFBWSxDQUFDO0FBQUEsSUFDYixZQUFZO0FBQUEsSUFDWixPQUFPO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSw2QkFRa0IsTUFBTTtBQUFBLEVBQ2pDO0FBQUEsRUFDQSxFQUFFLE9BQU8sRUFBRSxNQUFNLFNBQVMsSUFBSSxRQUFRLEdBQUcsWUFBWSxDQUFDLFFBQVEsR0FBRyxPQUFPLFNBQVMsRUFBRTtBQUFBLEVBQ25GLEVBQUUsT0FBTyxFQUFFLE1BQU0sU0FBUyxJQUFJLFFBQVEsR0FBRyxZQUFZLENBQUMsUUFBUSxHQUFHLE9BQU8sU0FBUyxFQUFFO0FBQUE7QUFBQSxFQUNuRjtBQUFBO0FBQUEsSUFFRSxPQUFPLEVBQUUsTUFBTSxTQUFTLElBQUksUUFBUTtBQUFBLElBQ3BDLFlBQVksQ0FBQyxRQUFRO0FBQUEsSUFDckIsT0FBTztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsNkJBUWtCLE1BQU07QUFBQSxFQUNqQztBQUFBLEVBQ0E7QUFBQSxJQUNFLE9BQU8sRUFBRSxNQUFNLFNBQVMsSUFBSSxJQUFJO0FBQUEsSUFDaEMsWUFBWSxDQUFDLFVBQVUsUUFBUTtBQUFBLElBQy9CLE9BQU87QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLDZCQVFrQixNQUFNO0FBQUEsRUFDakM7QUFBQSxFQUNBLEVBQUUsT0FBTyxFQUFFLE1BQU0sU0FBUyxJQUFJLE1BQU0sR0FBRyxZQUFZLENBQUMsUUFBUSxHQUFHLE9BQU8sT0FBTyxLQUFLLEVBQUU7QUFBQSxFQUNwRixFQUFFLE9BQU8sRUFBRSxNQUFNLFFBQVEsR0FBRyxZQUFZLENBQUMsUUFBUSxHQUFHLE9BQU8sT0FBTyxJQUFJLEVBQUU7QUFDMUU7QUFFQSxTQUFTLFdBQW1CO0FBQzFCLFNBQU87QUFBQTtBQUFBO0FBQUEsK0RBR3NELE1BQU07QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLDZCQUt4QyxNQUFNO0FBQ25DO0FBRUEsU0FBUyxXQUFtQjtBQUMxQixTQUFPO0FBQUE7QUFBQTtBQUFBLG9FQUcyRCxNQUFNO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSw2QkFLN0MsTUFBTTtBQUNuQztBQUVBLFNBQVMsT0FBTyxhQUE4QjtBQUU1QyxTQUFPO0FBQUEsNkJBQ29CLE1BQU07QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSx3RUFXOUIsY0FBYyxnR0FBZ0c7QUFDbkg7QUFRQSxTQUFTLFdBQVcsTUFBK0I7QUFDakQsU0FBTyxLQUFLLE1BQU0sSUFBSSxFQUFFLE9BQU8sT0FBSyxFQUFFLEtBQUssTUFBTSxFQUFFLEVBQUUsSUFBSSxPQUFLO0FBQzVELFVBQU0sS0FBSyxFQUFFLFFBQVEsR0FBRztBQUN4QixXQUFPLEVBQUUsS0FBSyxFQUFFLE1BQU0sR0FBRyxFQUFFLEdBQUcsT0FBTyxFQUFFLE1BQU0sS0FBSyxDQUFDLEVBQUU7QUFBQSxFQUN2RCxDQUFDO0FBQ0g7QUFFQSxJQUFNLFNBQVMsdUJBQXVCLElBQUksUUFBTSxFQUFFLE1BQU0sR0FBRyxTQUFTLFdBQVcsRUFBRSxLQUFLLEVBQUUsRUFBRTtBQUduRixTQUFTLDJCQUFxQztBQUNuRCxRQUFNLFFBQVEsT0FBTyxRQUFRLE9BQUssRUFBRSxRQUFRLElBQUksT0FBSyxpQkFBaUIsRUFBRSxLQUFLLEdBQUcsSUFBSSxDQUFDLEVBQUUsT0FBTyxDQUFDLE1BQW1CLENBQUMsQ0FBQyxDQUFDO0FBQ3JILFNBQU8sQ0FBQyxHQUFHLElBQUksSUFBSSxLQUFLLENBQUM7QUFDM0I7QUFPTyxTQUFTLG9CQUFvQixjQUE4RDtBQUNoRyxRQUFNLE1BQU0sT0FBTyxLQUFLLE9BQUssZUFBZSxjQUFjLEVBQUUsS0FBSyxLQUFLLENBQUM7QUFDdkUsU0FBTyxNQUFNLElBQUksUUFBUSxJQUFJLFFBQU0sRUFBRSxHQUFHLEVBQUUsRUFBRSxJQUFJLENBQUM7QUFDbkQ7QUFNTyxTQUFTLGlCQUFpQixPQUFxRTtBQUNwRyxRQUFNLElBQUksZ0NBQWdDLEtBQUssS0FBSztBQUNwRCxTQUFPLElBQUksRUFBRSxNQUFNLEVBQUUsQ0FBQyxHQUFHLFNBQVMsRUFBRSxDQUFDLEtBQUssS0FBSyxJQUFJO0FBQ3JEOzs7QUN0SUEsSUFBTSxVQUFnQztBQUFBLEVBQ3BDLEVBQUUsS0FBSyxxQkFBcUIsVUFBVSwyQkFBMkIsT0FBTyxDQUFDLEdBQUcsTUFBTSxZQUFZO0FBQUEsRUFDOUYsRUFBRSxLQUFLLDJCQUEyQixVQUFVLGlDQUFpQyxPQUFPLEVBQUUsTUFBTSxRQUFRLEdBQUcsTUFBTSxZQUFZO0FBQUEsRUFDekgsRUFBRSxLQUFLLDZCQUE2QixVQUFVLG1DQUFtQyxPQUFPLEVBQUUsTUFBTSxRQUFRLEdBQUcsTUFBTSxZQUFZO0FBQUE7QUFBQSxFQUU3SCxFQUFFLEtBQUssUUFBUSxVQUFVLG9CQUFvQixPQUFPLENBQUMsR0FBRyxNQUFNLEVBQUUsUUFBUSxjQUFjLE9BQU8sT0FBTyxFQUFFO0FBQUEsRUFDdEcsRUFBRSxLQUFLLHlCQUF5QixVQUFVLHlCQUF5QixPQUFPLEVBQUUsTUFBTSxRQUFRLEdBQUcsTUFBTSxZQUFZO0FBQ2pIO0FBS0EsU0FBUyxjQUFjLFVBQWtCLEdBQW1EO0FBQzFGLE1BQUksQ0FBQyxnQkFBZ0IsS0FBSyxPQUFLLEVBQUUsUUFBUSxRQUFRLEVBQUcsUUFBTztBQUMzRCxRQUFNLElBQUksU0FBUyxVQUFVLENBQUM7QUFDOUIsU0FBTyxNQUFNLFNBQVMsU0FBWTtBQUNwQztBQUdPLFNBQVMsaUJBQWlCLGNBQStDO0FBQzlFLFFBQU0sTUFBeUIsQ0FBQztBQUNoQyxhQUFXLEVBQUUsS0FBSyxNQUFNLEtBQUssb0JBQW9CLFlBQVksR0FBRztBQUM5RCxVQUFNLEtBQUssaUJBQWlCLEtBQUs7QUFDakMsUUFBSSxDQUFDLEdBQUk7QUFDVCxVQUFNLElBQXFCLEVBQUUsS0FBSyxHQUFHLE1BQU0sVUFBVSxLQUFLLFdBQVcsZUFBZSxvQkFBb0IsR0FBRyxRQUFRO0FBQ25ILFVBQU0sVUFBVSxjQUFjLEtBQUssWUFBWTtBQUMvQyxRQUFJLFFBQVMsR0FBRSxnQkFBZ0I7QUFDL0IsUUFBSSxLQUFLLENBQUM7QUFBQSxFQUNaO0FBQ0EsYUFBVyxLQUFLLFNBQVM7QUFDdkIsUUFBSSxlQUFlLGNBQWMsRUFBRSxLQUFLLEVBQUcsS0FBSSxLQUFLLEVBQUUsS0FBSyxFQUFFLEtBQUssVUFBVSxFQUFFLFVBQVUsV0FBVyxVQUFVLFlBQVksRUFBRSxLQUFLLENBQUM7QUFBQSxFQUNuSTtBQUNBLFNBQU87QUFDVDtBQVNBLElBQU0sZUFBbUU7QUFBQSxFQUN2RSxFQUFFLEtBQUssb0JBQW9CLFNBQVMsd0RBQXdELE9BQU8sRUFBRSxNQUFNLFFBQVEsRUFBRTtBQUFBLEVBQ3JILEVBQUUsS0FBSywyQkFBMkIsU0FBUyw0Q0FBNEMsT0FBTyxFQUFFLE1BQU0sUUFBUSxFQUFFO0FBQUEsRUFDaEgsRUFBRSxLQUFLLDZCQUE2QixTQUFTLDhDQUE4QyxPQUFPLEVBQUUsTUFBTSxRQUFRLEVBQUU7QUFDdEg7QUFHTyxTQUFTLGlCQUFpQixjQUFzQztBQUNyRSxTQUFPLGFBQWEsT0FBTyxPQUFLLGVBQWUsY0FBYyxFQUFFLEtBQUssQ0FBQyxFQUFFLElBQUksT0FBSyxFQUFFLEdBQUc7QUFDdkY7QUFPTyxTQUFTLHFCQUFxQixPQUFvQztBQUN2RSxTQUFPLFVBQVUsVUFBYSxVQUFVO0FBQzFDO0FBR08sSUFBTSxxQkFBb0Y7QUFBQSxFQUMvRixVQUFVO0FBQUEsRUFDVixjQUFjO0FBQ2hCO0FBVU8sSUFBTSxrQkFBMkM7QUFBQSxFQUN0RDtBQUFBLElBQ0UsT0FBTyxFQUFFLE1BQU0sU0FBUyxJQUFJLFFBQVE7QUFBQSxJQUNwQyxLQUFLO0FBQUEsSUFDTCxNQUFNO0FBQUEsSUFDTixPQUFPO0FBQUEsRUFDVDtBQUFBLEVBQ0E7QUFBQSxJQUNFLE9BQU8sRUFBRSxNQUFNLFNBQVMsSUFBSSxRQUFRO0FBQUEsSUFDcEMsS0FBSztBQUFBLElBQ0wsTUFBTTtBQUFBLElBQ04sT0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUVPLFNBQVMsZUFBZSxjQUE0QztBQUN6RSxTQUFPLGdCQUFnQixPQUFPLE9BQUssZUFBZSxjQUFjLEVBQUUsS0FBSyxDQUFDO0FBQzFFO0FBSUEsSUFBTSxrQkFBa0I7QUFBQTtBQUFBLEVBRXRCO0FBQUEsRUFBOEI7QUFBQSxFQUEwQjtBQUFBLEVBQTRCO0FBQUEsRUFDcEY7QUFBQSxFQUFzQjtBQUFBLEVBQXNCO0FBQUEsRUFBc0I7QUFBQSxFQUF5QjtBQUFBLEVBQzNGO0FBQUEsRUFBc0I7QUFBQSxFQUEwQjtBQUFBLEVBQThCO0FBQUEsRUFDOUU7QUFBQSxFQUE2QjtBQUFBLEVBQTZCO0FBQUEsRUFBMEI7QUFBQTtBQUFBLEVBRXBGO0FBQUEsRUFBUTtBQUFBLEVBQWlCO0FBQUEsRUFBbUI7QUFBQSxFQUFvQjtBQUFBLEVBQW9CO0FBQUEsRUFBaUI7QUFBQSxFQUNyRztBQUFBLEVBQVc7QUFBQSxFQUFXO0FBQUEsRUFBVztBQUFBLEVBQVU7QUFBQSxFQUFXO0FBQUEsRUFBNEI7QUFBQSxFQUNsRjtBQUFBLEVBQXNCO0FBQUEsRUFBWTtBQUFBLEVBQWdCO0FBQUEsRUFBdUI7QUFBQSxFQUEyQjtBQUFBLEVBQ3BHO0FBQUEsRUFBYztBQUFBLEVBQWlCO0FBQUEsRUFBeUI7QUFBQSxFQUFRO0FBQUEsRUFBYTtBQUFBLEVBQWE7QUFDNUY7QUFHTyxJQUFNLGtCQUF1QyxvQkFBSSxJQUFJO0FBQUEsRUFDMUQsR0FBRyx5QkFBeUI7QUFBQSxFQUM1QixHQUFHLFFBQVEsSUFBSSxPQUFLLEVBQUUsR0FBRztBQUFBLEVBQ3pCLEdBQUcsT0FBTyxLQUFLLGtCQUFrQjtBQUFBLEVBQ2pDLEdBQUc7QUFDTCxDQUFDO0FBR00sSUFBTSx1QkFBMEMsQ0FBQyxHQUFHLGVBQWUsRUFBRSxPQUFPLE9BQUssRUFBRSxXQUFXLGFBQWEsS0FBSyxNQUFNLDRCQUE0QjtBQUV6SixTQUFTLGFBQWEsVUFBNEI7QUFFaEQsUUFBTSxXQUFXLENBQUMsTUFBYyxDQUFDLEdBQUcsRUFBRSxRQUFRLE9BQU8sR0FBRyxHQUFHLEVBQUUsUUFBUSxNQUFNLEdBQUcsR0FBRyxFQUFFLFFBQVEsU0FBUyxHQUFHLENBQUM7QUFDeEcsU0FBTyxDQUFDLEdBQUcsb0JBQUksSUFBSSxDQUFDLEdBQUcsU0FBUyxRQUFRLEdBQUcsR0FBRyxTQUFTLFNBQVMsWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQ2xGO0FBRUEsSUFBTSxVQUFVLG9CQUFJLElBQW9CO0FBQ3hDLFdBQVcsS0FBSyxnQkFBaUIsWUFBVyxLQUFLLGFBQWEsRUFBRSxHQUFHLEVBQUcsS0FBSSxDQUFDLFFBQVEsSUFBSSxDQUFDLEVBQUcsU0FBUSxJQUFJLEdBQUcsRUFBRSxHQUFHO0FBU3hHLFNBQVMscUJBQXFCLFNBQXFDO0FBQ3hFLFNBQU8sUUFBUSxJQUFJLE9BQU87QUFDNUI7QUFHQSxJQUFNLGVBQWlEO0FBQUEsRUFDckQsd0JBQXdCO0FBQUEsRUFDeEIsbUJBQW1CO0FBQUEsRUFDbkIsdUJBQXVCO0FBQUEsRUFDdkIsNkJBQTZCO0FBQUEsRUFDN0Isa0JBQWtCO0FBQUEsRUFDbEIsYUFBYTtBQUFBLEVBQ2Isb0JBQW9CO0FBQUEsRUFDcEIsMEJBQTBCO0FBQUEsRUFDMUIsNEJBQTRCO0FBQUEsRUFDNUIscUJBQXFCO0FBQUEsRUFDckIsb0JBQW9CO0FBQUEsRUFDcEIsc0JBQXNCO0FBQUEsRUFDdEIsZ0NBQWdDO0FBQUEsRUFDaEMsa0NBQWtDO0FBQUEsRUFDbEMsNEJBQTRCO0FBQUEsRUFDNUIsMEJBQTBCO0FBQzVCO0FBRUEsU0FBUyxhQUFhLEdBQVcsR0FBbUI7QUFDbEQsUUFBTSxPQUFPLE1BQU0sS0FBSyxFQUFFLFFBQVEsRUFBRSxTQUFTLEVBQUUsR0FBRyxDQUFDLEdBQUcsTUFBTSxDQUFDO0FBQzdELFdBQVMsSUFBSSxHQUFHLEtBQUssRUFBRSxRQUFRLEtBQUs7QUFDbEMsUUFBSSxPQUFPLEtBQUssQ0FBQztBQUNqQixTQUFLLENBQUMsSUFBSTtBQUNWLGFBQVMsSUFBSSxHQUFHLEtBQUssRUFBRSxRQUFRLEtBQUs7QUFDbEMsWUFBTSxLQUFLLEtBQUssQ0FBQztBQUNqQixXQUFLLENBQUMsSUFBSSxLQUFLLElBQUksS0FBSyxDQUFDLElBQUksR0FBRyxLQUFLLElBQUksQ0FBQyxJQUFJLEdBQUcsUUFBUSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxDQUFDLElBQUksSUFBSSxFQUFFO0FBQ3ZGLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNBLFNBQU8sS0FBSyxFQUFFLE1BQU07QUFDdEI7QUFHTyxTQUFTLFdBQVcsTUFBa0M7QUFDM0QsUUFBTSxRQUFRLEtBQUssS0FBSyxFQUFFLFlBQVksRUFBRSxRQUFRLFNBQVMsR0FBRztBQUM1RCxRQUFNLFdBQVcsYUFBYSxLQUFLLEtBQUssRUFBRSxZQUFZLENBQUMsS0FBSyxhQUFhLEtBQUs7QUFDOUUsTUFBSSxTQUFVLFFBQU87QUFDckIsTUFBSSxnQkFBZ0IsSUFBSSxLQUFLLEtBQUssVUFBVSxLQUFNLFFBQU87QUFDekQsTUFBSTtBQUNKLGFBQVcsS0FBSyxzQkFBc0I7QUFDcEMsVUFBTSxJQUFJLGFBQWEsT0FBTyxDQUFDO0FBQy9CLFFBQUksQ0FBQyxRQUFRLElBQUksS0FBSyxFQUFHLFFBQU8sRUFBRSxLQUFLLEdBQUcsRUFBRTtBQUFBLEVBQzlDO0FBQ0EsU0FBTyxRQUFRLEtBQUssS0FBSyxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sTUFBTSxTQUFTLENBQUMsQ0FBQyxJQUFJLEtBQUssTUFBTTtBQUNsRjs7O0FOdE1BLElBQU0sSUFBSSxDQUFDLE1BQWM7QUFDdkIsUUFBTSxJQUFJLGFBQWEsQ0FBQztBQUN4QixnQkFBQUMsUUFBTyxHQUFHLEdBQUcsV0FBVyxDQUFDLEVBQUU7QUFDM0IsU0FBTztBQUNUO0FBRUEsSUFBTSxhQUFTLDBCQUFRLFFBQVEsSUFBSSxHQUFHLFdBQVc7QUFDakQsSUFBTSxZQUFRLDBCQUFRLFFBQVEsK0JBQStCO0FBQzdELElBQU0sYUFBUywwQkFBUSxRQUFRLFFBQVE7QUFDdkMsSUFBTUMsZUFBYztBQUVwQixTQUFTLFFBQVEsSUFBWSxjQUFzQixZQUE0QjtBQUM3RSxRQUFNLFFBQVEsR0FBRyxPQUFPLFlBQVk7QUFDcEMsZ0JBQUFELFFBQU8sR0FBRyxTQUFTLEdBQUcsaUJBQWlCLFlBQVksRUFBRTtBQUNyRCxRQUFNLE9BQU8sR0FBRyxNQUFNLFFBQVEsQ0FBQztBQUMvQixRQUFNLE1BQU0sS0FBSyxPQUFPLFVBQVU7QUFDbEMsU0FBTyxPQUFPLElBQUksS0FBSyxNQUFNLEdBQUcsR0FBRyxJQUFJO0FBQ3pDO0FBRUEsU0FBUyxVQUFVLE1BQTBCO0FBQzNDLFNBQU8sS0FBSyxNQUFNLElBQUksRUFDbkIsT0FBTyxPQUFLLEVBQUUsV0FBVyxHQUFHLEtBQUssQ0FBQyxnQkFBZ0IsS0FBSyxDQUFDLENBQUMsRUFDekQsTUFBTSxDQUFDLEVBQ1AsSUFBSSxPQUFLLEVBQUUsTUFBTSxHQUFHLEVBQUUsU0FBUyxHQUFHLElBQUksS0FBSyxNQUFTLEVBQUUsTUFBTSxXQUFXLEVBQUUsSUFBSSxPQUFLLEVBQUUsS0FBSyxDQUFDLENBQUM7QUFDaEc7QUFHQSxTQUFTLFVBQVUsTUFBZ0Q7QUFDakUsYUFBTyw2QkFBYSxNQUFNLFFBQVEsRUFBRSxNQUFNLE9BQU8sRUFDOUMsT0FBTyxPQUFLLDBEQUEwRCxLQUFLLENBQUMsQ0FBQyxFQUM3RSxJQUFJLE9BQUs7QUFDUixVQUFNLElBQUksRUFBRSxVQUFVO0FBQ3RCLFVBQU0sS0FBSyxFQUFFLFFBQVEsR0FBRztBQUN4QixXQUFPLEVBQUUsS0FBSyxFQUFFLE1BQU0sR0FBRyxFQUFFLEVBQUUsS0FBSyxHQUFHLE9BQU8sRUFBRSxNQUFNLEtBQUssQ0FBQyxFQUFFO0FBQUEsRUFDOUQsQ0FBQztBQUNMO0FBQUEsSUFJQSx1QkFBSyxtRUFBbUUsTUFBTTtBQUM1RSxnQkFBQUEsUUFBTyxVQUFVLGFBQWEsUUFBUSxHQUFHLEVBQUUsT0FBTyxHQUFHLE9BQU8sR0FBRyxPQUFPLEdBQUcsUUFBUSxHQUFHLE1BQU0sUUFBUSxDQUFDO0FBQ25HLGdCQUFBQSxRQUFPLFVBQVUsYUFBYSxTQUFTLEdBQUcsRUFBRSxPQUFPLEdBQUcsT0FBTyxHQUFHLE9BQU8sR0FBRyxRQUFRLEdBQUcsTUFBTSxVQUFVLENBQUM7QUFDdEcsZ0JBQUFBLFFBQU8sVUFBVSxhQUFhLGFBQWEsR0FBRyxFQUFFLE9BQU8sR0FBRyxPQUFPLEdBQUcsT0FBTyxHQUFHLFFBQVEsR0FBRyxNQUFNLFFBQVEsQ0FBQztBQUN4RyxnQkFBQUEsUUFBTyxVQUFVLGFBQWEsS0FBSyxHQUFHLEVBQUUsT0FBTyxHQUFHLE9BQU8sR0FBRyxPQUFPLEdBQUcsUUFBUSxHQUFHLE1BQU0sTUFBTSxDQUFDO0FBQzlGLGdCQUFBQSxRQUFPLFVBQVUsYUFBYSxHQUFHLEdBQUcsRUFBRSxPQUFPLEdBQUcsT0FBTyxHQUFHLE9BQU8sR0FBRyxRQUFRLEdBQUcsTUFBTSxJQUFJLENBQUM7QUFDMUYsZ0JBQUFBLFFBQU8sVUFBVSxhQUFhLGNBQWMsR0FBRyxFQUFFLE9BQU8sR0FBRyxPQUFPLEdBQUcsT0FBTyxHQUFHLFFBQVEsR0FBRyxNQUFNLFFBQVEsQ0FBQztBQUN6RyxhQUFXLFFBQVEsQ0FBQyxVQUFVLElBQUksS0FBSyxRQUFRLFFBQVEsUUFBUSxhQUFhLGNBQWMsUUFBUSxvQkFBb0IsTUFBTSxHQUFHO0FBQzdILGtCQUFBQSxRQUFPLE1BQU0sYUFBYSxJQUFJLEdBQUcsUUFBVyxJQUFJO0FBQUEsRUFDbEQ7QUFDRixDQUFDO0FBQUEsSUFFRCx1QkFBSyw2REFBNkQsTUFBTTtBQUN0RSxnQkFBQUEsUUFBTyxHQUFHLGdCQUFnQixFQUFFLE9BQU8sR0FBRyxFQUFFLFNBQVMsQ0FBQyxJQUFJLENBQUM7QUFDdkQsZ0JBQUFBLFFBQU8sR0FBRyxnQkFBZ0IsRUFBRSxRQUFRLEdBQUcsRUFBRSxPQUFPLENBQUMsSUFBSSxDQUFDO0FBQ3RELGdCQUFBQSxRQUFPLE1BQU0sZ0JBQWdCLEVBQUUsTUFBTSxHQUFHLEVBQUUsT0FBTyxDQUFDLEdBQUcsQ0FBQztBQUN0RCxnQkFBQUEsUUFBTyxHQUFHLGVBQWUsRUFBRSxPQUFPLEdBQUcsT0FBTyxDQUFDO0FBQzdDLGdCQUFBQSxRQUFPLEdBQUcsQ0FBQyxlQUFlLEVBQUUsU0FBUyxHQUFHLE9BQU8sQ0FBQztBQUNoRCxnQkFBQUEsUUFBTyxHQUFHLFFBQVEsRUFBRSxTQUFTLEdBQUcsU0FBUyxPQUFPLEdBQUcsMEJBQTBCO0FBQzdFLGdCQUFBQSxRQUFPLEdBQUcsUUFBUSxFQUFFLE9BQU8sR0FBRyxTQUFTLEtBQUssR0FBRyxzQkFBc0I7QUFDckUsZ0JBQUFBLFFBQU8sR0FBRyxDQUFDLFFBQVEsRUFBRSxPQUFPLEdBQUcsU0FBUyxLQUFLLENBQUM7QUFDOUMsZ0JBQUFBLFFBQU8sR0FBRyxRQUFRLEVBQUUsU0FBUyxHQUFHLFNBQVMsT0FBTyxDQUFDO0FBQ2pELGdCQUFBQSxRQUFPLEdBQUcsQ0FBQyxRQUFRLEVBQUUsU0FBUyxHQUFHLFNBQVMsU0FBUyxHQUFHLHdDQUF3QztBQUM5RixnQkFBQUEsUUFBTyxHQUFHLENBQUMsUUFBUSxFQUFFLE9BQU8sR0FBRyxTQUFTLE9BQU8sQ0FBQztBQUNsRCxDQUFDO0FBQUEsSUFFRCx1QkFBSyxxREFBK0MsTUFBTTtBQUN4RCxnQkFBQUEsUUFBTyxNQUFNLHdCQUF3QixDQUFDLENBQUMsR0FBRyxNQUFTO0FBQ25ELGdCQUFBQSxRQUFPLE1BQU0sd0JBQXdCLENBQUMsMkJBQTJCLGFBQWEsQ0FBQyxHQUFHLE1BQVM7QUFDM0YsUUFBTSxRQUFRLHdCQUF3QixDQUFDLDJCQUEyQiwrQkFBK0IsQ0FBQztBQUNsRyxnQkFBQUEsUUFBTyxNQUFNLE1BQU0sUUFBUSxNQUFNLFNBQVM7QUFDMUMsZ0JBQUFBLFFBQU8sTUFBTSxNQUFNLE1BQU0sYUFBYTtBQUN0QyxnQkFBQUEsUUFBTyxNQUFNLE1BQU0sUUFBUSxtREFBbUQ7QUFDOUUsZ0JBQUFBLFFBQU8sTUFBTSx3QkFBd0IsQ0FBQyx3QkFBd0IsQ0FBQyxFQUFHLFFBQVEsT0FBTyxDQUFDO0FBQ2xGLGdCQUFBQSxRQUFPLE1BQU0sd0JBQXdCLENBQUMsbUNBQW1DLCtDQUErQyxDQUFDLEVBQUcsUUFBUSxPQUFPLENBQUM7QUFDNUksZ0JBQUFBLFFBQU8sTUFBTSx3QkFBd0IsQ0FBQywrQ0FBK0MsQ0FBQyxFQUFHLFFBQVEsTUFBTSxPQUFPO0FBQzlHLGdCQUFBQSxRQUFPLE1BQU0sd0JBQXdCLG9CQUFJLElBQUksQ0FBQyw4Q0FBOEMsQ0FBQyxDQUFDLEVBQUcsUUFBUSxNQUFNLE9BQU87QUFDdEgsZ0JBQUFBLFFBQU8sTUFBTSx3QkFBd0IsQ0FBQyw0Q0FBNEMsK0NBQStDLENBQUMsRUFBRyxRQUFRLE1BQU0sT0FBTztBQUMxSixnQkFBQUEsUUFBTyxNQUFNLHdCQUF3QixDQUFDLHFDQUFxQyxDQUFDLEdBQUcsUUFBVyw2QkFBNkI7QUFDekgsQ0FBQztBQUFBLElBRUQsdUJBQUssd0NBQXdDLE1BQU07QUFDakQsZ0JBQUFBLFFBQU8sTUFBTSxXQUFXLE9BQU87QUFDL0IsZ0JBQUFBLFFBQU8sTUFBTSxvQkFBb0IsUUFBUSxFQUFHLFFBQVEsTUFBTSxPQUFPO0FBQ2pFLGdCQUFBQSxRQUFPLE1BQU0sb0JBQW9CLE1BQVMsRUFBRyxRQUFRLE1BQU0sT0FBTztBQUNsRSxnQkFBQUEsUUFBTyxNQUFNLG9CQUFvQixhQUFhLEVBQUcsUUFBUSxNQUFNLE9BQU87QUFDdEUsZ0JBQUFBLFFBQU8sTUFBTSxvQkFBb0Isa0JBQWtCLEdBQUcsTUFBUztBQUMvRCxnQkFBQUEsUUFBTyxNQUFNLGVBQWUsRUFBRSxNQUFNLFNBQVM7QUFDL0MsQ0FBQztBQUFBLElBSUQsdUJBQUsseURBQXNELE9BQUs7QUFDOUQsTUFBSSxLQUFDLDJCQUFXLEtBQUssR0FBRztBQUFFLE1BQUUsS0FBSyw0QkFBNEI7QUFBRztBQUFBLEVBQVE7QUFDeEUsUUFBTSxPQUFPLFVBQVUsWUFBUSw2QkFBYSxPQUFPLE1BQU0sR0FBRyxhQUFhLFdBQVcsQ0FBQztBQUNyRixNQUFJLFFBQVE7QUFDWixNQUFJLFVBQVU7QUFDZCxhQUFXLENBQUMsT0FBTyxLQUFLLEtBQUssTUFBTTtBQUNqQyxVQUFNLGFBQWEsWUFBWSxLQUFLLEtBQUs7QUFDekMsVUFBTSxXQUFXLGdCQUFnQixLQUFLLEtBQUs7QUFDM0MsUUFBSSxZQUFZO0FBQ2QsaUJBQVcsS0FBSyxNQUFNLFNBQVMsNkJBQTZCLEdBQUc7QUFDN0Qsc0JBQUFBLFFBQU8sTUFBTSxpQkFBaUIsRUFBRSxDQUFDLEdBQUcsRUFBRSxDQUFDLEdBQUcsQ0FBQyxDQUFDLEdBQUcsT0FBTyxRQUFRLEdBQUcsRUFBRSxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxFQUFFO0FBQ2pGLHNCQUFBQSxRQUFPLE1BQU0saUJBQWlCLEVBQUUsQ0FBQyxFQUFFLFlBQVksR0FBRyxFQUFFLENBQUMsRUFBRSxZQUFZLEdBQUcsQ0FBQyxDQUFDLEdBQUcsT0FBTyxRQUFRLGtCQUFrQjtBQUM1RztBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsUUFBSSxVQUFVO0FBQ1osaUJBQVcsS0FBSyxNQUFNLFNBQVMsWUFBWSxHQUFHO0FBQzVDLHNCQUFBQSxRQUFPLEdBQUcsZUFBZSxFQUFFLENBQUMsR0FBRyxRQUFXLENBQUMsQ0FBQyxHQUFHLFVBQVUsRUFBRSxDQUFDLEVBQUUsTUFBTSxHQUFHLENBQUMsQ0FBQyxRQUFHO0FBQzVFO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLGNBQWMsWUFBWSxRQUFRLEtBQUssS0FBSyxFQUFHLGVBQUFBLFFBQU8sTUFBTSxpQkFBaUIsT0FBTyxPQUFPLENBQUMsQ0FBQyxHQUFHLE9BQU8sTUFBTTtBQUFBLEVBQ25IO0FBQ0EsZ0JBQUFBLFFBQU8sR0FBRyxTQUFTLElBQUksa0NBQStCLEtBQUssRUFBRTtBQUM3RCxnQkFBQUEsUUFBTyxHQUFHLFdBQVcsSUFBSSwyQkFBd0IsT0FBTyxFQUFFO0FBRTFELFFBQU0sWUFBWSxZQUFRLDZCQUFhLE9BQU8sTUFBTSxHQUFHLGFBQWEsV0FBVztBQUMvRSxhQUFXLEtBQUssc0JBQXVCLGVBQUFBLFFBQU8sR0FBRyxVQUFVLFNBQVMsS0FBSyxFQUFFLEdBQUcsSUFBSSxLQUFLLFVBQVUsU0FBUyxLQUFLLEVBQUUsS0FBSyxJQUFJLEdBQUcsRUFBRSxHQUFHO0FBQ2xJLGFBQVcsS0FBSyxlQUFnQixlQUFBQSxRQUFPLEdBQUcsVUFBVSxTQUFTLEtBQUssRUFBRSxNQUFNLElBQUksR0FBRyxFQUFFLE9BQU8sTUFBTSxHQUFHLENBQUMsQ0FBQztBQUN2RyxDQUFDO0FBQUEsSUFFRCx1QkFBSyx5REFBeUQsTUFBTTtBQUNsRSxnQkFBQUEsUUFBTyxVQUFVLGlCQUFpQixrQkFBa0IsWUFBWSxDQUFDLENBQUMsR0FBRyxFQUFFLE9BQU8sUUFBUSxRQUFRLHNCQUFzQixDQUFDLEVBQUUsT0FBTyxDQUFDO0FBQy9ILGdCQUFBQSxRQUFPLE1BQU0saUJBQWlCLGNBQWMsWUFBWSxDQUFDLENBQUMsR0FBRyxPQUFPLE9BQU87QUFDM0UsZ0JBQUFBLFFBQU8sTUFBTSxpQkFBaUIsa0JBQWtCLHdCQUF3QixDQUFDLENBQUMsR0FBRyxPQUFPLEtBQUs7QUFDekYsZ0JBQUFBLFFBQU8sTUFBTSxpQkFBaUIsVUFBVSx3QkFBd0IsQ0FBQyxDQUFDLEdBQUcsTUFBUztBQUM5RSxnQkFBQUEsUUFBTyxVQUFVLGlCQUFpQixVQUFVLHFCQUFxQixDQUFDLG1CQUFtQixDQUFDLEdBQUcsRUFBRSxPQUFPLFNBQVMsUUFBUSw0QkFBNEIsQ0FBQztBQUNoSixnQkFBQUEsUUFBTyxNQUFNLGlCQUFpQixJQUFJLElBQUksQ0FBQyxDQUFDLEdBQUcsTUFBUztBQUN0RCxDQUFDO0FBQUEsSUFFRCx1QkFBSywrREFBK0QsTUFBTTtBQUN4RSxRQUFNLE1BQU0sT0FBTyxLQUFLQyxZQUFXLEVBQUUsU0FBUyxRQUFRO0FBRXRELGdCQUFBRCxRQUFPLEdBQUcsZUFBZUMsY0FBYSxhQUFhQSxjQUFhLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDO0FBRXJGLGdCQUFBRCxRQUFPLEdBQUcsZUFBZSxLQUFLLGFBQWEsS0FBSyxTQUFTLEVBQUUsT0FBTyxDQUFDLENBQUMsQ0FBQztBQUVyRSxnQkFBQUEsUUFBTyxHQUFHLGVBQWUsaURBQWlELGFBQWEsaURBQWlELFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDO0FBRTdKLGdCQUFBQSxRQUFPLEdBQUcsZUFBZSxvQ0FBb0MsUUFBVyxDQUFDLENBQUMsQ0FBQztBQUUzRSxnQkFBQUEsUUFBTyxNQUFNLGVBQWVDLGFBQVksWUFBWSxHQUFHLFFBQVcsQ0FBQyxDQUFDLEdBQUcsTUFBUztBQUNoRixRQUFNLFNBQVMsT0FBTyxLQUFLLE1BQU0sS0FBSyxFQUFFLFFBQVEsR0FBRyxHQUFHLENBQUMsR0FBRyxNQUFPLElBQUksS0FBSyxLQUFNLEdBQUksQ0FBQyxFQUFFLFNBQVMsUUFBUTtBQUN4RyxnQkFBQUQsUUFBTyxNQUFNLGVBQWUsUUFBUSxhQUFhLFFBQVEsU0FBUyxFQUFFLE9BQU8sQ0FBQyxDQUFDLEdBQUcsTUFBUztBQUN6RixnQkFBQUEsUUFBTyxVQUFVLGVBQWUsUUFBUSxhQUFhLFFBQVEsU0FBUyxFQUFFLE9BQU8sQ0FBQyxNQUFNLENBQUMsR0FBRyxFQUFFLFFBQVEsNEJBQTRCLENBQUM7QUFDakksZ0JBQUFBLFFBQU8sTUFBTSxlQUFlLElBQUksSUFBSSxXQUFXLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRyxNQUFTO0FBQ25FLENBQUM7QUFBQSxJQUVELHVCQUFLLHVFQUF1RSxPQUFLO0FBQy9FLE1BQUksS0FBQywyQkFBVyxNQUFNLEdBQUc7QUFBRSxNQUFFLEtBQUssb0JBQW9CO0FBQUc7QUFBQSxFQUFRO0FBQ2pFLFFBQU0sUUFBa0IsQ0FBQztBQUN6QixRQUFNLE9BQU8sQ0FBQyxNQUFjO0FBQUUsZUFBVyxTQUFLLDRCQUFZLENBQUMsR0FBRztBQUFFLFlBQU0sUUFBSSwwQkFBUSxHQUFHLENBQUM7QUFBRyxjQUFJLHlCQUFTLENBQUMsRUFBRSxZQUFZLEVBQUcsTUFBSyxDQUFDO0FBQUEsVUFBUSxPQUFNLEtBQUssQ0FBQztBQUFBLElBQUc7QUFBQSxFQUFFO0FBQ3ZKLGFBQVcsU0FBSyw0QkFBWSxNQUFNLEVBQUUsT0FBTyxDQUFBRSxPQUFLQSxHQUFFLFdBQVcsZUFBZSxDQUFDLEdBQUc7QUFDOUUsZUFBVyxPQUFPLENBQUMsT0FBTyxTQUFTLEVBQUcsU0FBSSwrQkFBVywwQkFBUSxRQUFRLEdBQUcsR0FBRyxDQUFDLEVBQUcsVUFBSywwQkFBUSxRQUFRLEdBQUcsR0FBRyxDQUFDO0FBQUEsRUFDN0c7QUFDQSxNQUFJLE9BQU87QUFDWCxhQUFXLEtBQUssTUFBTSxPQUFPLENBQUFDLE9BQUssaUJBQWlCLEtBQUtBLEVBQUMsQ0FBQyxHQUFHO0FBQzNELFVBQU0sV0FBTyw2QkFBYSxHQUFHLE1BQU07QUFDbkMsVUFBTSxNQUFNLENBQUMsU0FBaUIsQ0FBQyxHQUFHLEtBQUssU0FBUyxJQUFJLE9BQU8sY0FBYyxJQUFJLDJCQUEyQixJQUFJLENBQUMsQ0FBQyxFQUFFLElBQUksT0FBSyxFQUFFLENBQUMsQ0FBQztBQUM3SCxlQUFXLFNBQVMsSUFBSSxrQkFBa0IsRUFBRSxPQUFPLE9BQUssQ0FBQyxFQUFFLFNBQVMsR0FBRyxDQUFDLEdBQUc7QUFBRSxvQkFBQUgsUUFBTyxHQUFHLGVBQWUsT0FBTyxRQUFXLENBQUMsQ0FBQyxHQUFHLENBQUM7QUFBRztBQUFBLElBQVE7QUFDekksVUFBTSxPQUFPLElBQUkseUJBQXlCLEVBQUUsT0FBTyxPQUFLLENBQUMsRUFBRSxTQUFTLEdBQUcsQ0FBQztBQUN4RSxVQUFNLFNBQVMsSUFBSSwyQkFBMkIsRUFBRSxPQUFPLE9BQUssQ0FBQyxFQUFFLFNBQVMsR0FBRyxDQUFDO0FBQzVFLFNBQUssUUFBUSxDQUFDLEdBQUcsTUFBTTtBQUFFLFVBQUksT0FBTyxDQUFDLE1BQU0sUUFBVztBQUFFLHNCQUFBQSxRQUFPLE1BQU0saUJBQWlCLEdBQUcsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEdBQUcsT0FBTyxRQUFRLENBQUM7QUFBRztBQUFBLE1BQVE7QUFBQSxJQUFFLENBQUM7QUFBQSxFQUN6STtBQUNBLGdCQUFBQSxRQUFPLEdBQUcsT0FBTyxJQUFJLG1CQUFtQixJQUFJLEVBQUU7QUFDaEQsQ0FBQztBQUtELElBQU0sVUFBc0I7QUFBQSxFQUMxQixDQUFDLFNBQVMsU0FBUyxPQUFPO0FBQUEsRUFDMUIsQ0FBQyxTQUFTLFNBQVMsU0FBUyxTQUFTLE9BQU87QUFBQSxFQUM1QyxDQUFDLFNBQVMsU0FBUyxTQUFTO0FBQUEsRUFDNUIsQ0FBQyxPQUFPO0FBQUEsRUFDUixDQUFDLFNBQVMsU0FBUyxTQUFTLFNBQVMsT0FBTztBQUFBLEVBQzVDLENBQUMsU0FBUyxTQUFTLFNBQVMsU0FBUyxPQUFPO0FBQzlDO0FBRUEsU0FBUyxnQkFBZ0IsTUFBd0M7QUFDL0QsUUFBTSxRQUFRLG9CQUFvQixLQUFLLElBQUk7QUFDM0MsTUFBSSxNQUFPLFFBQU8sT0FBSyxNQUFNLE1BQU0sQ0FBQztBQUNwQyxNQUFJLGdDQUFnQyxLQUFLLElBQUksRUFBRyxRQUFPLE9BQUssTUFBTTtBQUNsRSxNQUFJLHNCQUFzQixLQUFLLElBQUksR0FBRztBQUFFLFVBQU0sSUFBSSxzQkFBc0IsS0FBSyxJQUFJLEVBQUcsQ0FBQztBQUFHLFdBQU8sT0FBSyxNQUFNO0FBQUEsRUFBRztBQUM3RyxNQUFJLEtBQUssV0FBVyxRQUFRLEVBQUcsUUFBTyxPQUFLLEVBQUUsU0FBUyxtQkFBbUI7QUFDekUsTUFBSSxLQUFLLFdBQVcsUUFBUSxFQUFHLFFBQU8sT0FBSyxFQUFFLFNBQVMsdUJBQXVCO0FBQzdFLE1BQUksS0FBSyxXQUFXLGNBQWMsRUFBRyxRQUFPLE9BQUssTUFBTTtBQUN2RCxNQUFJLEtBQUssV0FBVyxnQkFBZ0IsRUFBRyxRQUFPLE9BQUssTUFBTTtBQUN6RCxNQUFJLEtBQUssV0FBVyxjQUFjLEVBQUcsUUFBTyxPQUFLLE1BQU07QUFDdkQsUUFBTSxJQUFJLE1BQU0sNkJBQTZCLElBQUksRUFBRTtBQUNyRDtBQUFBLElBRUEsdUJBQUssMkZBQXdGLE9BQUs7QUFDaEcsTUFBSSxLQUFDLDJCQUFXLEtBQUssR0FBRztBQUFFLE1BQUUsS0FBSyw0QkFBNEI7QUFBRztBQUFBLEVBQVE7QUFDeEUsUUFBTSxPQUFPLFVBQVUsWUFBUSw2QkFBYSxPQUFPLE1BQU0sR0FBRyxlQUFlLGFBQWEsQ0FBQztBQUN6RixnQkFBQUEsUUFBTyxHQUFHLEtBQUssVUFBVSxJQUFJLFNBQVMsS0FBSyxNQUFNLEVBQUU7QUFDbkQsYUFBVyxPQUFPLE1BQU07QUFDdEIsVUFBTSxNQUFNLGdCQUFnQixLQUFLLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxLQUFLLElBQUksQ0FBQztBQUN0RCxrQkFBQUEsUUFBTyxHQUFHLGdCQUFnQixJQUFJLEdBQUcsR0FBRyxHQUFHLEdBQUcsNEJBQTRCO0FBQ3RFLFVBQU0sUUFBUSxJQUFJLE1BQU0sQ0FBQztBQUN6QixrQkFBQUEsUUFBTyxNQUFNLE1BQU0sUUFBUSxRQUFRLFFBQVEsR0FBRztBQUM5QyxRQUFJLE9BQU8sb0JBQW9CO0FBQzdCLG9CQUFBQSxRQUFPLEdBQUcsTUFBTSxNQUFNLE9BQUssTUFBTSxLQUFLLEdBQUcsR0FBRztBQUM1QztBQUFBLElBQ0Y7QUFDQSxVQUFNLGFBQWEsZ0JBQWdCLElBQUksQ0FBQyxDQUFDO0FBQ3pDLFFBQUksWUFBWTtBQUNoQixVQUFNLFFBQVEsQ0FBQyxNQUFNLFFBQVE7QUFFM0IsVUFBSSxLQUFLLFdBQVcsTUFBTSxFQUFHLFFBQU87QUFBQSxVQUFnQixhQUFZO0FBQ2hFLFlBQU0sVUFBVSxzQ0FBc0MsS0FBSyxJQUFJLElBQUksQ0FBQztBQUNwRSxpQkFBVyxPQUFPLFFBQVEsR0FBRyxHQUFHO0FBQzlCLGNBQU0sSUFBSSxFQUFFLEdBQUc7QUFDZixjQUFNLFNBQVMsaUJBQWlCLENBQUMsRUFBRSxPQUFPLENBQUFJLE9BQUtBLEdBQUUsUUFBUSxHQUFHO0FBQzVELGNBQU0sUUFBUSxHQUFHLEdBQUcsT0FBTyxHQUFHLEtBQUssSUFBSTtBQUN2QyxjQUFNLFVBQVUsQ0FBQyxLQUFLLFdBQVcsUUFBRyxLQUFLLENBQUMsS0FBSyxTQUFTLFFBQVEsS0FBSyxFQUFFLFdBQVcsQ0FBQyxlQUFlLEdBQUcsT0FBTztBQUM1RyxZQUFJLENBQUMsU0FBUztBQUNaLHdCQUFBSixRQUFPLE1BQU0sT0FBTyxRQUFRLEdBQUcsS0FBSztBQUNwQztBQUFBLFFBQ0Y7QUFDQSxzQkFBQUEsUUFBTyxNQUFNLE9BQU8sUUFBUSxHQUFHLEtBQUs7QUFDcEMsY0FBTSxJQUFJLE9BQU8sQ0FBQztBQUNsQixzQkFBQUEsUUFBTyxHQUFHLFdBQVcsRUFBRSxRQUFRLEdBQUcsR0FBRyxLQUFLLFdBQU0sRUFBRSxRQUFRLEVBQUU7QUFDNUQsWUFBSSxLQUFLLFdBQVcsR0FBRyxHQUFHO0FBQ3hCLHdCQUFBQSxRQUFPLE1BQU0sRUFBRSxXQUFXLFVBQVUsS0FBSztBQUN6QyxjQUFJLG9CQUFvQixLQUFLLElBQUksRUFBRyxlQUFBQSxRQUFPLE1BQU0sRUFBRSxZQUFZLGFBQWEsS0FBSztBQUFBLFFBQ25GLE9BQU87QUFDTCx3QkFBQUEsUUFBTyxNQUFNLEVBQUUsV0FBVyxlQUFlLEtBQUs7QUFDOUMsY0FBSSxhQUFhLEtBQUssSUFBSSxFQUFHLGVBQUFBLFFBQU8sTUFBTSxFQUFFLG9CQUFvQixNQUFNLEtBQUs7QUFDM0UsZ0JBQU0sTUFBTSxhQUFhLEtBQUssSUFBSSxJQUFJLENBQUM7QUFDdkMsY0FBSSxRQUFRLFFBQVc7QUFDckIsZ0JBQUksSUFBSSxTQUFTLFFBQUcsRUFBRyxlQUFBQSxRQUFPLEdBQUcsRUFBRSxvQkFBb0IsV0FBVyxJQUFJLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRyxLQUFLO0FBQUEsZ0JBQ3JGLGVBQUFBLFFBQU8sTUFBTSxFQUFFLG9CQUFvQixLQUFLLEtBQUs7QUFBQSxVQUNwRDtBQUNBLGNBQUksNENBQTRDLEtBQUssSUFBSSxFQUFHLGVBQUFBLFFBQU8sTUFBTSxFQUFFLFVBQVUsc0JBQXNCLEtBQUs7QUFDaEgsY0FBSSxpREFBaUQsS0FBSyxJQUFJLEVBQUcsZUFBQUEsUUFBTyxNQUFNLEVBQUUsVUFBVSw0QkFBNEIsS0FBSztBQUFBLFFBQzdIO0FBQ0EsWUFBSSxnQ0FBZ0MsS0FBSyxJQUFJLEVBQUcsZUFBQUEsUUFBTyxHQUFHLGlCQUFpQixDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsS0FBSztBQUFBLE1BQ3BHO0FBQUEsSUFDRixDQUFDO0FBQUEsRUFDSDtBQUNGLENBQUM7QUFBQSxJQUVELHVCQUFLLDRFQUF5RSxNQUFNO0FBQ2xGLFFBQU0sUUFBUSxDQUFDLFFBQWdCLGlCQUFpQixFQUFFLEdBQUcsQ0FBQyxFQUFFLEtBQUssT0FBSyxFQUFFLFFBQVEsa0JBQWtCO0FBQzlGLGdCQUFBQSxRQUFPLE1BQU0sTUFBTSxPQUFPLEVBQUUsVUFBVSwrQ0FBK0M7QUFDckYsZ0JBQUFBLFFBQU8sTUFBTSxNQUFNLE9BQU8sRUFBRSxlQUFlLFNBQVM7QUFDcEQsZ0JBQUFBLFFBQU8sTUFBTSxNQUFNLE9BQU8sRUFBRSxVQUFVLDBDQUEwQztBQUNoRixnQkFBQUEsUUFBTyxNQUFNLE1BQU0sT0FBTyxFQUFFLGVBQWUsU0FBUztBQUNwRCxnQkFBQUEsUUFBTyxNQUFNLE1BQU0sT0FBTyxFQUFFLGVBQWUsTUFBUztBQUNwRCxnQkFBQUEsUUFBTyxNQUFNLE1BQU0sT0FBTyxFQUFFLGVBQWUsTUFBUztBQUNwRCxnQkFBQUEsUUFBTyxNQUFNLE1BQU0sT0FBTyxFQUFFLFVBQVUsMENBQTBDO0FBQ2hGLGdCQUFBQSxRQUFPLE1BQU0sTUFBTSxPQUFPLEVBQUUsb0JBQW9CLEVBQUU7QUFDbEQsZ0JBQUFBLFFBQU8sTUFBTSxpQkFBaUIsRUFBRSxPQUFPLENBQUMsRUFBRSxLQUFLLE9BQUssRUFBRSxRQUFRLHlCQUF5QixHQUFHLG9CQUFvQixFQUFFO0FBQ2hILGdCQUFBQSxRQUFPLFVBQVUsZUFBZSxFQUFFLFFBQVEsQ0FBQyxFQUFFLElBQUksT0FBSyxFQUFFLEdBQUcsR0FBRyxDQUFDLGtCQUFrQixDQUFDO0FBQ2xGLGdCQUFBQSxRQUFPLFVBQVUsZUFBZSxFQUFFLGFBQWEsQ0FBQyxFQUFFLElBQUksT0FBSyxFQUFFLEdBQUcsR0FBRyxDQUFDLGtCQUFrQixDQUFDO0FBQ3ZGLGdCQUFBQSxRQUFPLFVBQVUsZUFBZSxFQUFFLFFBQVEsQ0FBQyxHQUFHLENBQUMsQ0FBQztBQUVoRCxnQkFBQUEsUUFBTyxNQUFNLGlCQUFpQixFQUFFLE9BQU8sQ0FBQyxFQUFFLEtBQUssT0FBSyxFQUFFLFFBQVEseUNBQXlDLEdBQUcsZUFBZSxTQUFTO0FBQ2xJLGdCQUFBQSxRQUFPLE1BQU0saUJBQWlCLEVBQUUsT0FBTyxDQUFDLEVBQUUsS0FBSyxPQUFLLEVBQUUsUUFBUSx5Q0FBeUMsR0FBRyxNQUFTO0FBQ25ILGdCQUFBQSxRQUFPLEdBQUcsZ0JBQWdCLElBQUkseUNBQXlDLENBQUM7QUFDeEUsUUFBTSxPQUFPLGlCQUFpQixFQUFFLE9BQU8sQ0FBQyxFQUFFLEtBQUssT0FBSyxFQUFFLFFBQVEsTUFBTTtBQUNwRSxnQkFBQUEsUUFBTyxVQUFVLEtBQUssWUFBWSxFQUFFLFFBQVEsY0FBYyxPQUFPLE9BQU8sQ0FBQztBQUMzRSxDQUFDO0FBQUEsSUFFRCx1QkFBSywrQ0FBNEMsTUFBTTtBQUNyRCxnQkFBQUEsUUFBTyxVQUFVLGlCQUFpQixFQUFFLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQztBQUNqRCxnQkFBQUEsUUFBTyxVQUFVLGlCQUFpQixFQUFFLE9BQU8sQ0FBQyxHQUFHLENBQUMsb0JBQW9CLDJCQUEyQiwyQkFBMkIsQ0FBQztBQUMzSCxnQkFBQUEsUUFBTyxVQUFVLGlCQUFpQixFQUFFLFNBQVMsQ0FBQyxHQUFHLENBQUMsb0JBQW9CLDJCQUEyQiwyQkFBMkIsQ0FBQztBQUM3SCxnQkFBQUEsUUFBTyxNQUFNLHFCQUFxQixNQUFTLEdBQUcsS0FBSztBQUNuRCxnQkFBQUEsUUFBTyxNQUFNLHFCQUFxQixFQUFFLEdBQUcsS0FBSztBQUM1QyxnQkFBQUEsUUFBTyxNQUFNLHFCQUFxQixLQUFLLEdBQUcsTUFBTSxnQ0FBZ0M7QUFDaEYsUUFBTSxZQUFZLGlCQUFpQixFQUFFLE9BQU8sQ0FBQyxFQUFFLE9BQU8sT0FBSyxFQUFFLHVCQUF1QixJQUFJLEVBQUUsSUFBSSxPQUFLLEVBQUUsR0FBRztBQUN4RyxnQkFBQUEsUUFBTyxVQUFVLFVBQVUsS0FBSyxHQUFHLENBQUMsMkJBQTJCLDZCQUE2QixrQkFBa0IsQ0FBQztBQUNqSCxDQUFDO0FBQUEsSUFFRCx1QkFBSyw4RUFBOEUsT0FBSztBQUN0RixNQUFJLEtBQUMsMkJBQVcsTUFBTSxHQUFHO0FBQUUsTUFBRSxLQUFLLG9CQUFvQjtBQUFHO0FBQUEsRUFBUTtBQUNqRSxRQUFNLE9BQU8sQ0FBQyxVQUFVLFVBQVUsVUFBVSxVQUFVLFVBQVUsVUFBVSxRQUFRO0FBQ2xGLGFBQVcsT0FBTyxNQUFNO0FBQ3RCLFVBQU0sV0FBTywwQkFBUSxRQUFRLGdCQUFnQixHQUFHLG9DQUFvQztBQUNwRixrQkFBQUEsUUFBTyxPQUFHLDJCQUFXLElBQUksR0FBRyxJQUFJO0FBQ2hDLGtCQUFBQSxRQUFPLFVBQVUsb0JBQW9CLEVBQUUsR0FBRyxDQUFDLEdBQUcsVUFBVSxJQUFJLEdBQUcsR0FBRztBQUFBLEVBQ3BFO0FBRUEsUUFBTSxXQUFXLHVCQUF1QixRQUFRLE9BQUssRUFBRSxVQUFVLEVBQUUsS0FBSztBQUN4RSxnQkFBQUEsUUFBTyxVQUFVLFVBQVUsQ0FBQyxHQUFHLElBQUksRUFBRSxLQUFLLENBQUM7QUFDM0MsYUFBVyxLQUFLLHVCQUF3QixZQUFXLE9BQU8sRUFBRSxXQUFZLGVBQUFBLFFBQU8sR0FBRyxlQUFlLEVBQUUsR0FBRyxHQUFHLEVBQUUsS0FBSyxHQUFHLEdBQUc7QUFDeEgsQ0FBQztBQUFBLElBRUQsdUJBQUssb0JBQW9CLE1BQU07QUFDN0IsZ0JBQUFBLFFBQU8sVUFBVSxpQkFBaUIscUJBQXFCLEdBQUcsRUFBRSxNQUFNLG9CQUFvQixTQUFTLEtBQUssQ0FBQztBQUNyRyxnQkFBQUEsUUFBTyxVQUFVLGlCQUFpQixzQkFBc0IsR0FBRyxFQUFFLE1BQU0sb0JBQW9CLFNBQVMsR0FBRyxDQUFDO0FBQ3BHLGdCQUFBQSxRQUFPLFVBQVUsaUJBQWlCLGVBQWUsR0FBRyxFQUFFLE1BQU0sS0FBSyxTQUFTLFdBQVcsQ0FBQztBQUN0RixnQkFBQUEsUUFBTyxNQUFNLGlCQUFpQixPQUFPLEdBQUcsTUFBUztBQUNqRCxnQkFBQUEsUUFBTyxNQUFNLGlCQUFpQixPQUFPLEdBQUcsTUFBUztBQUNuRCxDQUFDO0FBQUEsSUFFRCx1QkFBSyxzRUFBc0UsTUFBTTtBQUMvRSxnQkFBQUEsUUFBTyxNQUFNLHFCQUFxQixxQ0FBcUMsR0FBRyxxQ0FBcUM7QUFDL0csZ0JBQUFBLFFBQU8sTUFBTSxxQkFBcUIsK0NBQStDLEdBQUcsK0NBQStDO0FBQ25JLGdCQUFBQSxRQUFPLE1BQU0scUJBQXFCLHlCQUF5QixHQUFHLHlCQUF5QjtBQUN2RixnQkFBQUEsUUFBTyxNQUFNLHFCQUFxQiwyQ0FBMkMsR0FBRywyQ0FBMkM7QUFDM0gsZ0JBQUFBLFFBQU8sTUFBTSxxQkFBcUIsMkNBQTJDLEdBQUcsMkNBQTJDO0FBQzNILGdCQUFBQSxRQUFPLE1BQU0scUJBQXFCLHlCQUF5QixHQUFHLHlCQUF5QjtBQUN2RixnQkFBQUEsUUFBTyxNQUFNLHFCQUFxQixrQkFBa0IsR0FBRyxrQkFBa0I7QUFDekUsZ0JBQUFBLFFBQU8sTUFBTSxxQkFBcUIseUJBQXlCLEdBQUcsTUFBUztBQUN2RSxnQkFBQUEsUUFBTyxNQUFNLHFCQUFxQixrQkFBa0IsR0FBRyxNQUFTO0FBQ2hFLGdCQUFBQSxRQUFPLE1BQU0scUJBQXFCLG1CQUFtQixHQUFHLE1BQVM7QUFDbkUsQ0FBQztBQUFBLElBRUQsdUJBQUssdURBQWlELE1BQU07QUFDMUQsZ0JBQUFBLFFBQU8sTUFBTSxXQUFXLHdCQUF3QixHQUFHLGtCQUFrQjtBQUNyRSxnQkFBQUEsUUFBTyxNQUFNLFdBQVcsbUJBQW1CLEdBQUcsa0JBQWtCO0FBQ2hFLGdCQUFBQSxRQUFPLE1BQU0sV0FBVyxtQkFBbUIsR0FBRyxtQkFBbUI7QUFDakUsZ0JBQUFBLFFBQU8sTUFBTSxXQUFXLG9CQUFvQixHQUFHLG1CQUFtQjtBQUNsRSxnQkFBQUEsUUFBTyxNQUFNLFdBQVcseUJBQXlCLEdBQUcseUJBQXlCO0FBQzdFLGdCQUFBQSxRQUFPLE1BQU0sV0FBVyxvQ0FBb0MsR0FBRyxNQUFTO0FBQzFFLENBQUM7QUFBQSxJQUlELHVCQUFLLDBDQUFvQyxNQUFNO0FBQzdDLFFBQU0sUUFBNEQ7QUFBQSxJQUNoRSxDQUFDLDZDQUE2QyxTQUFTLFNBQVM7QUFBQSxJQUNoRSxDQUFDLDZDQUE2QyxTQUFTLE1BQU07QUFBQSxJQUM3RCxDQUFDLDZDQUE2QyxTQUFTLE1BQU07QUFBQSxJQUM3RCxDQUFDLDZDQUE2QyxTQUFTLFNBQVM7QUFBQSxJQUNoRSxDQUFDLDZDQUE2QyxTQUFTLFNBQVM7QUFBQSxJQUNoRSxDQUFDLDZDQUE2QyxTQUFTLFNBQVM7QUFBQSxJQUNoRSxDQUFDLGlDQUFpQyxTQUFTLFNBQVM7QUFBQSxJQUNwRCxDQUFDLGlDQUFpQyxTQUFTLE1BQU07QUFBQSxJQUNqRCxDQUFDLG1DQUFtQyxTQUFTLE1BQU07QUFBQSxJQUNuRCxDQUFDLDRDQUE0QyxTQUFTLE1BQU07QUFBQSxJQUM1RCxDQUFDLDRDQUE0QyxTQUFTLFNBQVM7QUFBQSxJQUMvRCxDQUFDLGlEQUFpRCxTQUFTLFNBQVM7QUFBQSxJQUNwRSxDQUFDLGlEQUFpRCxTQUFTLE1BQU07QUFBQSxJQUNqRSxDQUFDLG1EQUFtRCxXQUFXLFNBQVM7QUFBQSxJQUN4RSxDQUFDLG1EQUFtRCxTQUFTLE1BQU07QUFBQSxJQUNuRSxDQUFDLHVDQUF1QyxTQUFTLFNBQVM7QUFBQSxJQUMxRCxDQUFDLHVDQUF1QyxTQUFTLE1BQU07QUFBQSxJQUN2RCxDQUFDLCtCQUErQixTQUFTLE1BQU07QUFBQSxJQUMvQyxDQUFDLCtCQUErQixTQUFTLFNBQVM7QUFBQSxJQUNsRCxDQUFDLCtCQUErQixTQUFTLE1BQU07QUFBQSxJQUMvQyxDQUFDLCtCQUErQixTQUFTLFNBQVM7QUFBQSxFQUNwRDtBQUNBLGFBQVcsQ0FBQyxLQUFLLEdBQUcsSUFBSSxLQUFLLE1BQU8sZUFBQUEsUUFBTyxNQUFNLFNBQVMsS0FBSyxFQUFFLENBQUMsQ0FBQyxHQUFHLE1BQU0sR0FBRyxHQUFHLE1BQU0sQ0FBQyxFQUFFO0FBQzdGLENBQUM7QUFBQSxJQUVELHVCQUFLLDhDQUEyQyxNQUFNO0FBQ3BELFFBQU0sU0FBUyxDQUFDLE1BQWMsV0FBVyxlQUFlLEVBQUUsQ0FBQyxHQUFHLE9BQU8sSUFDakUsa0RBQWtELDRDQUE0QyxFQUFFLENBQUMsQ0FBQztBQUN0RyxRQUFNLEtBQUssQ0FBQyxNQUFjLENBQUMsV0FBVyx1Q0FBdUMsRUFBRSxDQUFDLENBQUMsR0FBRyxXQUFXLHlDQUF5QyxFQUFFLENBQUMsQ0FBQyxDQUFDO0FBQzdJLGFBQVcsS0FBSyxDQUFDLFNBQVMsU0FBUyxTQUFTLFNBQVMsU0FBUyxTQUFTLFNBQVMsU0FBUyxPQUFPLEVBQUcsZUFBQUEsUUFBTyxNQUFNLE9BQU8sQ0FBQyxHQUFHQyxjQUFhLENBQUM7QUFDekksYUFBVyxLQUFLLENBQUMsV0FBVyxTQUFTLFNBQVMsT0FBTyxFQUFHLGVBQUFELFFBQU8sTUFBTSxPQUFPLENBQUMsR0FBRyxJQUFJLENBQUM7QUFDckYsZ0JBQUFBLFFBQU8sVUFBVSxHQUFHLE9BQU8sR0FBRyxDQUFDLFFBQVcsTUFBUyxDQUFDO0FBQ3BELGFBQVcsS0FBSyxDQUFDLFNBQVMsU0FBUyxTQUFTLFNBQVMsU0FBUyxTQUFTLEVBQUcsZUFBQUEsUUFBTyxVQUFVLEdBQUcsQ0FBQyxHQUFHLENBQUMsa0JBQWtCLFVBQVUsR0FBRyxDQUFDO0FBQ25JLGFBQVcsS0FBSyxDQUFDLFNBQVMsU0FBUyxTQUFTLFNBQVMsT0FBTyxFQUFHLGVBQUFBLFFBQU8sVUFBVSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxHQUFHLENBQUM7QUFDbEcsZ0JBQUFBLFFBQU8sTUFBTSxXQUFXLDRDQUE0QyxFQUFFLE9BQU8sQ0FBQyxHQUFHLFFBQVcsVUFBVTtBQUN4RyxDQUFDO0FBQUEsSUFFRCx1QkFBSyxnQ0FBNkIsTUFBTTtBQUN0QyxnQkFBQUEsUUFBTyxNQUFNLFlBQVksMkJBQTJCLEVBQUUsT0FBTyxDQUFDLEdBQUcsT0FBTztBQUN4RSxnQkFBQUEsUUFBTyxNQUFNLFlBQVksaUNBQWlDLEVBQUUsT0FBTyxDQUFDLEdBQUcsTUFBTTtBQUM3RSxnQkFBQUEsUUFBTyxNQUFNLFlBQVksaUNBQWlDLEVBQUUsT0FBTyxDQUFDLEdBQUcsTUFBUztBQUNoRixnQkFBQUEsUUFBTyxNQUFNLFlBQVksbUNBQW1DLEVBQUUsT0FBTyxDQUFDLEdBQUcsTUFBTTtBQUMvRSxnQkFBQUEsUUFBTyxNQUFNLFlBQVksNkNBQTZDLEVBQUUsT0FBTyxDQUFDLEdBQUcsTUFBTTtBQUN6RixnQkFBQUEsUUFBTyxNQUFNLFlBQVksNkNBQTZDLEVBQUUsT0FBTyxDQUFDLEdBQUcsT0FBTztBQUMxRixnQkFBQUEsUUFBTyxNQUFNLFlBQVksNkNBQTZDLEVBQUUsT0FBTyxDQUFDLEdBQUcsT0FBTztBQUMxRixnQkFBQUEsUUFBTyxNQUFNLFlBQVksK0JBQStCLEVBQUUsT0FBTyxDQUFDLEdBQUcsRUFBRTtBQUN2RSxnQkFBQUEsUUFBTyxNQUFNLFlBQVksbUNBQW1DLEVBQUUsT0FBTyxDQUFDLEdBQUcsTUFBTTtBQUMvRSxnQkFBQUEsUUFBTyxNQUFNLFlBQVkscURBQXFELEVBQUUsT0FBTyxDQUFDLEdBQUcsT0FBTztBQUNsRyxnQkFBQUEsUUFBTyxNQUFNLFlBQVksOEJBQThCLEVBQUUsT0FBTyxDQUFDLEdBQUcsS0FBSztBQUN6RSxnQkFBQUEsUUFBTyxNQUFNLFlBQVkseUNBQXlDLEVBQUUsT0FBTyxDQUFDLEdBQUcsRUFBRTtBQUNuRixDQUFDO0FBQUEsSUFFRCx1QkFBSyx3REFBd0QsT0FBSztBQUNoRSxNQUFJLEtBQUMsMkJBQVcsTUFBTSxHQUFHO0FBQUUsTUFBRSxLQUFLLG9CQUFvQjtBQUFHO0FBQUEsRUFBUTtBQUNqRSxRQUFNLFdBQU8sNEJBQVksTUFBTSxFQUFFLE9BQU8sT0FBSyxFQUFFLFdBQVcscUJBQXFCLENBQUM7QUFDaEYsZ0JBQUFBLFFBQU8sR0FBRyxLQUFLLFVBQVUsRUFBRTtBQUMzQixhQUFXLEtBQUssTUFBTTtBQUNwQixVQUFNLElBQUksRUFBRSxFQUFFLE1BQU0sc0JBQXNCLE1BQU0sQ0FBQztBQUNqRCxVQUFNLFFBQVEsSUFBSSxJQUFJLGNBQVUsMEJBQVEsUUFBUSxHQUFHLDZCQUE2QixDQUFDLEVBQUUsSUFBSSxPQUFLLENBQUMsRUFBRSxLQUFLLEVBQUUsS0FBSyxDQUFDLENBQUM7QUFDN0csZUFBVyxLQUFLLGdCQUFpQixlQUFBQSxRQUFPLE1BQU0sYUFBYSxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sSUFBSSxFQUFFLEdBQUcsR0FBRyxHQUFHLEVBQUUsR0FBRyxNQUFNLEVBQUUsSUFBSSxFQUFFO0FBQzlHLGVBQVcsT0FBTyxNQUFNLEtBQUssRUFBRyxlQUFBQSxRQUFPLEdBQUcsYUFBYSxHQUFHLEdBQUcsR0FBRyxHQUFHLE1BQU0sRUFBRSxJQUFJLGdCQUFnQjtBQUFBLEVBQ2pHO0FBQ0YsQ0FBQztBQUFBLElBRUQsdUJBQUssaURBQWlELE1BQU07QUFDMUQsUUFBTSxPQUFPLGdCQUFnQixJQUFJLE9BQUssRUFBRSxHQUFHO0FBQzNDLGdCQUFBQSxRQUFPLE1BQU0sSUFBSSxJQUFJLElBQUksRUFBRSxNQUFNLEtBQUssUUFBUSxhQUFhO0FBQzNELGFBQVcsS0FBSyxpQkFBaUI7QUFDL0Isa0JBQUFBLFFBQU8sR0FBRyxFQUFFLFlBQVksR0FBRyxTQUFTLE1BQU0sRUFBRSxZQUFZLEdBQUcsU0FBUyxHQUFHLEVBQUUsR0FBRztBQUM1RSxrQkFBQUEsUUFBTyxNQUFNLEVBQUUsU0FBUyxXQUFXLEVBQUUsa0JBQWtCLFFBQVcsRUFBRSxHQUFHO0FBQUEsRUFDekU7QUFDQSxnQkFBQUEsUUFBTyxNQUFNLGFBQWEsaUNBQWlDLEdBQUcsZUFBZSxlQUFlO0FBQzVGLGdCQUFBQSxRQUFPLE1BQU0sYUFBYSx5QkFBeUIsR0FBRyxlQUFlLFFBQVE7QUFDN0UsZ0JBQUFBLFFBQU8sTUFBTSxhQUFhLCtDQUErQyxHQUFHLE1BQU0sUUFBUTtBQUMxRixnQkFBQUEsUUFBTyxNQUFNLGFBQWEsMENBQTBDLEdBQUcsV0FBVywrQ0FBK0M7QUFDakksZ0JBQUFBLFFBQU8sR0FBRyxvQkFBb0IscUNBQXFDLEVBQUUsT0FBTyxDQUFDLENBQUM7QUFDOUUsZ0JBQUFBLFFBQU8sR0FBRyxDQUFDLG9CQUFvQixxQ0FBcUMsRUFBRSxPQUFPLENBQUMsQ0FBQztBQUMvRSxnQkFBQUEsUUFBTyxHQUFHLENBQUMsb0JBQW9CLDZDQUE2QyxFQUFFLE9BQU8sQ0FBQyxHQUFHLG1EQUFtRDtBQUM5SSxDQUFDO0FBQUEsSUFFRCx1QkFBSyxrRUFBK0QsTUFBTTtBQUN4RSxhQUFXLEtBQUssQ0FBQyxRQUFRLFFBQVEsT0FBTyxRQUFRLEtBQUssS0FBSyxFQUFHLGVBQUFBLFFBQU8sTUFBTSxtQkFBbUIsQ0FBQyxHQUFHLE1BQU0sQ0FBQztBQUN4RyxhQUFXLEtBQUssQ0FBQyxTQUFTLE9BQU8sTUFBTSxLQUFLLFNBQVUsRUFBRyxlQUFBQSxRQUFPLE1BQU0sbUJBQW1CLENBQUMsR0FBRyxPQUFPLENBQUM7QUFDckcsYUFBVyxLQUFLLENBQUMsUUFBUSxVQUFVLElBQUksS0FBSyxLQUFLLEdBQUcsRUFBRyxlQUFBQSxRQUFPLE1BQU0sbUJBQW1CLENBQUMsR0FBRyxRQUFXLENBQUM7QUFDdkcsYUFBVyxLQUFLLENBQUMsUUFBUSxRQUFRLE1BQU0sT0FBTyxLQUFLLEdBQUcsRUFBRyxlQUFBQSxRQUFPLE1BQU0sa0JBQWtCLENBQUMsR0FBRyxNQUFNLENBQUM7QUFDbkcsYUFBVyxLQUFLLENBQUMsU0FBUyxTQUFTLFNBQVMsS0FBSyxVQUFVLEVBQUUsRUFBRyxlQUFBQSxRQUFPLE1BQU0sa0JBQWtCLENBQUMsR0FBRyxPQUFPLENBQUM7QUFDM0csZ0JBQUFBLFFBQU8sTUFBTSxpQkFBaUIsbUNBQW1DLE9BQU8sR0FBRyxLQUFLO0FBQ2hGLGdCQUFBQSxRQUFPLE1BQU0saUJBQWlCLDJCQUEyQixPQUFPLEdBQUcsSUFBSTtBQUN6RSxDQUFDO0FBQUEsSUFFRCx1QkFBSyw0Q0FBNEMsTUFBTTtBQUNyRCxnQkFBQUEsUUFBTyxNQUFNLFdBQVcsbUJBQW1CLEdBQUcseUJBQXlCO0FBQ3ZFLGdCQUFBQSxRQUFPLE1BQU0sV0FBVyx3QkFBd0IsR0FBRyx5QkFBeUI7QUFDNUUsZ0JBQUFBLFFBQU8sTUFBTSxXQUFXLHlCQUF5QixHQUFHLHlCQUF5QjtBQUM3RSxnQkFBQUEsUUFBTyxNQUFNLFdBQVcscUNBQXFDLEdBQUcscUNBQXFDO0FBQ3JHLGdCQUFBQSxRQUFPLE1BQU0sV0FBVyxvQ0FBb0MsR0FBRyxxQ0FBcUM7QUFDcEcsZ0JBQUFBLFFBQU8sTUFBTSxXQUFXLDJDQUEyQyxHQUFHLDJDQUEyQztBQUNqSCxnQkFBQUEsUUFBTyxNQUFNLFdBQVcsK0NBQStDLEdBQUcsK0NBQStDO0FBQ3pILGdCQUFBQSxRQUFPLE1BQU0sV0FBVyxrQ0FBa0MsR0FBRywrQ0FBK0M7QUFDNUcsZ0JBQUFBLFFBQU8sTUFBTSxXQUFXLGlDQUFpQyxHQUFHLHFDQUFxQztBQUNqRyxnQkFBQUEsUUFBTyxNQUFNLFdBQVcsdUJBQXVCLEdBQUcsTUFBUztBQUMzRCxnQkFBQUEsUUFBTyxNQUFNLFdBQVcseUJBQXlCLEdBQUcsUUFBVyw4QkFBOEI7QUFDL0YsQ0FBQztBQUFBLElBRUQsdUJBQUsscUNBQWtDLE1BQU07QUFDM0MsZ0JBQUFBLFFBQU8sVUFBVSxrQkFBa0IsRUFBRSxPQUFPLENBQUMsR0FBRyxDQUFDLE9BQU8sQ0FBQztBQUN6RCxnQkFBQUEsUUFBTyxVQUFVLGtCQUFrQixFQUFFLE9BQU8sQ0FBQyxHQUFHLENBQUMsU0FBUyxNQUFNLENBQUM7QUFDakUsZ0JBQUFBLFFBQU8sVUFBVSxrQkFBa0IsRUFBRSxPQUFPLENBQUMsR0FBRyxDQUFDLFNBQVMsTUFBTSxDQUFDO0FBQ2pFLGdCQUFBQSxRQUFPLFVBQVUsa0JBQWtCLEVBQUUsT0FBTyxDQUFDLEdBQUcsQ0FBQyxTQUFTLFFBQVEsTUFBTSxDQUFDO0FBQzNFLENBQUM7QUFBQSxJQUVELHVCQUFLLGlFQUF3RCxNQUFNO0FBRWpFLGdCQUFBQSxRQUFPLE1BQU0saUJBQWlCLEVBQUUsT0FBTyxHQUFHLENBQUMsQ0FBQyxHQUFHLEtBQUs7QUFDcEQsZ0JBQUFBLFFBQU8sTUFBTSxpQkFBaUIsRUFBRSxPQUFPLEdBQUcsRUFBRSxTQUFTLEtBQUssQ0FBQyxHQUFHLElBQUk7QUFDbEUsZ0JBQUFBLFFBQU8sTUFBTSxpQkFBaUIsRUFBRSxPQUFPLEdBQUcsRUFBRSxTQUFTLEtBQUssQ0FBQyxHQUFHLE9BQU8sMEJBQTBCO0FBQy9GLGdCQUFBQSxRQUFPLFVBQVUsb0JBQW9CLEVBQUUsT0FBTyxHQUFHLEVBQUUsU0FBUyxNQUFNLFlBQVksS0FBSyxDQUFDLEdBQUcsRUFBRSxVQUFVLE1BQU0sUUFBUSxXQUFXLFFBQVEsZUFBZSxDQUFDO0FBQ3BKLGdCQUFBQSxRQUFPLFVBQVUsb0JBQW9CLEVBQUUsT0FBTyxHQUFHLEVBQUUsU0FBUyxNQUFNLFlBQVksS0FBSyxDQUFDLEdBQUcsRUFBRSxVQUFVLE1BQU0sUUFBUSxXQUFXLFFBQVEsZUFBZSxDQUFDO0FBQ3BKLGdCQUFBQSxRQUFPLE1BQU0sb0JBQW9CLEVBQUUsU0FBUyxHQUFHLEVBQUUsU0FBUyxLQUFLLENBQUMsRUFBRSxRQUFRLFNBQVM7QUFDbkYsZ0JBQUFBLFFBQU8sTUFBTSxvQkFBb0IsRUFBRSxPQUFPLEdBQUcsRUFBRSxTQUFTLEtBQUssQ0FBQyxFQUFFLFFBQVEsU0FBUztBQUVqRixnQkFBQUEsUUFBTyxVQUFVLG9CQUFvQixFQUFFLE9BQU8sR0FBRyxFQUFFLFNBQVMsTUFBTSxvQkFBb0IsS0FBSyxDQUFDLEdBQUcsRUFBRSxVQUFVLE9BQU8sUUFBUSxRQUFRLFFBQVEsZ0JBQWdCLFVBQVUscUJBQXFCLENBQUM7QUFDMUwsZ0JBQUFBLFFBQU8sTUFBTSxvQkFBb0IsRUFBRSxPQUFPLEdBQUcsRUFBRSxTQUFTLEtBQUssQ0FBQyxFQUFFLFVBQVUsc0JBQXNCLCtCQUErQjtBQUMvSCxnQkFBQUEsUUFBTyxNQUFNLG9CQUFvQixFQUFFLE9BQU8sR0FBRyxFQUFFLFNBQVMsS0FBSyxDQUFDLEVBQUUsVUFBVSxNQUFNLCtCQUErQjtBQUMvRyxnQkFBQUEsUUFBTyxNQUFNLG9CQUFvQixFQUFFLE9BQU8sR0FBRyxFQUFFLFNBQVMsTUFBTSxvQkFBb0IsS0FBSyxDQUFDLEVBQUUsUUFBUSxTQUFTO0FBQzNHLGdCQUFBQSxRQUFPLE1BQU0sb0JBQW9CLEVBQUUsT0FBTyxHQUFHLEVBQUUsU0FBUyxNQUFNLFlBQVksTUFBTSxvQkFBb0IsS0FBSyxDQUFDLEVBQUUsVUFBVSxLQUFLO0FBQzNILGdCQUFBQSxRQUFPLE1BQU0sb0JBQW9CLEVBQUUsT0FBTyxHQUFHLEVBQUUsU0FBUyxNQUFNLFlBQVksTUFBTSxvQkFBb0IsS0FBSyxDQUFDLEVBQUUsVUFBVSxNQUFNLGdCQUFnQjtBQUU1SSxnQkFBQUEsUUFBTyxVQUFVLG9CQUFvQixFQUFFLE9BQU8sR0FBRyxDQUFDLENBQUMsR0FBRyxFQUFFLFVBQVUsTUFBTSxRQUFRLFdBQVcsUUFBUSx3QkFBd0IsQ0FBQztBQUM1SCxnQkFBQUEsUUFBTyxNQUFNLG9CQUFvQixFQUFFLE9BQU8sR0FBRyxFQUFFLGNBQWMsS0FBSyxDQUFDLEVBQUUsUUFBUSxlQUFlO0FBQzVGLGdCQUFBQSxRQUFPLE1BQU0saUJBQWlCLEVBQUUsT0FBTyxHQUFHLEVBQUUsY0FBYyxNQUFNLENBQUMsR0FBRyxLQUFLO0FBQ3pFLGdCQUFBQSxRQUFPLE1BQU0saUJBQWlCLEVBQUUsT0FBTyxHQUFHLEVBQUUsY0FBYyxPQUFPLFNBQVMsS0FBSyxDQUFDLEdBQUcsSUFBSTtBQUN2RixnQkFBQUEsUUFBTyxNQUFNLGlCQUFpQixFQUFFLE9BQU8sR0FBRyxFQUFFLGdCQUFnQixNQUFNLENBQUMsR0FBRyxNQUFNLHNDQUFzQztBQUVsSCxnQkFBQUEsUUFBTyxVQUFVLGtCQUFrQixFQUFFLE9BQU8sR0FBRyxFQUFFLFNBQVMsS0FBSyxDQUFDLEdBQUcsRUFBRSxVQUFVLE1BQU0sUUFBUSxTQUFTLFFBQVEsZUFBZSxDQUFDO0FBQzlILGdCQUFBQSxRQUFPLE1BQU0sZUFBZSxFQUFFLE9BQU8sR0FBRyxDQUFDLENBQUMsR0FBRyxLQUFLO0FBQ2xELGFBQVcsS0FBSyxDQUFDLFNBQVMsV0FBVyxPQUFPLEVBQUcsZUFBQUEsUUFBTyxVQUFVLGtCQUFrQixFQUFFLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRyxFQUFFLFVBQVUsTUFBTSxRQUFRLFdBQVcsUUFBUSxTQUFTLEdBQUcsQ0FBQztBQUN2SixnQkFBQUEsUUFBTyxNQUFNLGVBQWUsRUFBRSxPQUFPLEdBQUcsQ0FBQyxDQUFDLEdBQUcsS0FBSztBQUNsRCxnQkFBQUEsUUFBTyxNQUFNLGVBQWUsRUFBRSxPQUFPLEdBQUcsRUFBRSxTQUFTLEtBQUssQ0FBQyxHQUFHLElBQUk7QUFDaEUsZ0JBQUFBLFFBQU8sVUFBVSxrQkFBa0IsRUFBRSxPQUFPLEdBQUcsQ0FBQyxDQUFDLEdBQUcsRUFBRSxVQUFVLE1BQU0sUUFBUSxXQUFXLFFBQVEsMEJBQTBCLENBQUM7QUFDNUgsZ0JBQUFBLFFBQU8sTUFBTSxlQUFlLEVBQUUsT0FBTyxHQUFHLEVBQUUsZ0JBQWdCLE1BQU0sQ0FBQyxHQUFHLEtBQUs7QUFDekUsZ0JBQUFBLFFBQU8sTUFBTSxlQUFlLEVBQUUsT0FBTyxHQUFHLEVBQUUsZ0JBQWdCLE9BQU8sY0FBYyxLQUFLLENBQUMsR0FBRyxPQUFPLHNDQUFzQztBQUNySSxnQkFBQUEsUUFBTyxNQUFNLGVBQWUsRUFBRSxPQUFPLEdBQUcsRUFBRSxnQkFBZ0IsT0FBTyxTQUFTLEtBQUssQ0FBQyxHQUFHLElBQUk7QUFDekYsQ0FBQzsiLAogICJuYW1lcyI6IFsiciIsICJhc3NlcnQiLCAiT0xEX0RFRkFVTFQiLCAiZCIsICJmIiwgIm0iXQp9Cg==
