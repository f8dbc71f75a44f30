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

// test/unit/interpolate.test.ts
var import_node_test = require("node:test");
var import_strict = __toESM(require("node:assert/strict"));

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
function interpolate(input, lookup2) {
  const refs = [];
  const errors = [];
  const safeLookup = (name) => {
    try {
      const v = lookup2(name);
      return typeof v === "string" ? v : void 0;
    } catch {
      return void 0;
    }
  };
  const value2 = run(input, 0, input.length, safeLookup, refs, errors, 0, void 0, true);
  return { value: value2, refs, errors };
}
function run(input, from, to, lookup2, refs, errors, depth, parent, contributes) {
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
      const v = lookup2(name);
      refs.push({ name, span: { start: d, end: e }, op: "", defined: v !== void 0, usedFallback: false, parent, contributes });
      out += v ?? "";
      i = e;
      continue;
    }
    if (next === 123) {
      i = braced(input, d, to, lookup2, refs, errors, depth, parent, contributes, (s) => out += s);
      continue;
    }
    errors.push({ message: `invalid interpolation format: "$" must be followed by a name, "{" or "$"; ${HINT}`, span: { start: d, end: Math.min(d + 2, to) } });
    out += "$";
    i = d + 1;
  }
  return out;
}
function braced(input, d, to, lookup2, refs, errors, depth, parent, contributes, emit) {
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
  const v = lookup2(name);
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
    operand = run(input, opStart, close, lookup2, refs, errors, depth + 1, index, contributes && useOperand);
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

// test/unit/interpolate.test.ts
var env = { SET: "value", EMPTY: "", OTHER: "other", B: "bee" };
var lookup = (n) => env[n];
var value = (s) => interpolate(s, lookup).value;
var slice = (s, r) => s.slice(r.span.start, r.span.end);
(0, import_node_test.test)("literal text, $$ and simple references", () => {
  import_strict.default.equal(value("plain text"), "plain text");
  import_strict.default.equal(value("a$$b"), "a$b");
  import_strict.default.equal(value("$$SET"), "$SET");
  import_strict.default.equal(value("$$$SET"), "$value");
  import_strict.default.equal(value("$SET/x"), "value/x");
  import_strict.default.equal(value("${SET}x"), "valuex");
  import_strict.default.equal(value("$SETx"), "", "a name runs as far as name characters go");
  import_strict.default.equal(value("$UNSET-${UNSET}-"), "--");
  import_strict.default.equal(value("$set"), "", "names are case-sensitive");
  import_strict.default.equal(value("\xE9$SET\u20AC"), "\xE9value\u20AC");
});
(0, import_node_test.test)("every operator, on set, empty and unset variables (compose-spec interpolation table)", () => {
  const table = [
    ["${SET:-d}", "value"],
    ["${EMPTY:-d}", "d"],
    ["${UNSET:-d}", "d"],
    ["${SET-d}", "value"],
    ["${EMPTY-d}", ""],
    ["${UNSET-d}", "d"],
    ["${SET:+r}", "r"],
    ["${EMPTY:+r}", ""],
    ["${UNSET:+r}", ""],
    ["${SET+r}", "r"],
    ["${EMPTY+r}", "r"],
    ["${UNSET+r}", ""],
    ["${SET:?e}", "value"],
    ["${SET?e}", "value"],
    ["${EMPTY?e}", ""],
    ["${UNSET:-}", ""],
    ["${SET:-a b:c-d}", "value"],
    ["${UNSET:-a b:c-d}", "a b:c-d"]
  ];
  for (const [input, want] of table) {
    const r = interpolate(input, lookup);
    import_strict.default.equal(r.value, want, input);
    import_strict.default.deepEqual(r.errors, [], input);
  }
});
(0, import_node_test.test)("required variables report compose-go messages and the span of the reference", () => {
  const s = "x ${EMPTY:?must be set} y";
  const r = interpolate(s, lookup);
  import_strict.default.equal(r.value, "x  y");
  import_strict.default.equal(r.errors.length, 1);
  import_strict.default.equal(r.errors[0].message, "required variable EMPTY is missing a value: must be set");
  import_strict.default.equal(s.slice(r.errors[0].span.start, r.errors[0].span.end), "${EMPTY:?must be set}");
  import_strict.default.equal(interpolate("${UNSET?}", lookup).errors[0].message, "required variable UNSET is missing a value");
  import_strict.default.deepEqual(interpolate("${EMPTY?}", lookup).errors, []);
});
(0, import_node_test.test)("nested operands are interpolated, and evaluated even when unused (compose-go does)", () => {
  import_strict.default.equal(value("${UNSET:-${B}}"), "bee");
  import_strict.default.equal(value("${UNSET:-${ALSO:-${B}-x}}"), "bee-x");
  import_strict.default.equal(value("${SET:+<${B}>}"), "<bee>");
  import_strict.default.equal(value("${UNSET:-$$B}"), "$B");
  import_strict.default.equal(value("${UNSET:-${B}} and ${SET}"), "bee and value");
  const r = interpolate("${SET:-${UNSET:?inner}}", lookup);
  import_strict.default.equal(r.value, "value");
  import_strict.default.equal(r.errors.length, 1, "the unused operand still fails");
  const refs = interpolate("${SET:-${B}}", lookup).refs;
  import_strict.default.deepEqual(refs.map((x) => [x.name, x.parent, x.contributes]), [["SET", void 0, true], ["B", 0, false]]);
  const used = interpolate("${UNSET:-${B}}", lookup).refs;
  import_strict.default.deepEqual(used.map((x) => [x.name, x.usedFallback, x.contributes]), [["UNSET", true, true], ["B", false, true]]);
});
(0, import_node_test.test)("references carry name, span, operator, operand and whether they are defined", () => {
  const s = "a-$SET-${UNSET:-dflt}-${EMPTY}";
  const r = interpolate(s, lookup);
  import_strict.default.deepEqual(r.refs.map((x) => [x.name, slice(s, x), x.op, x.operand, x.defined, x.usedFallback]), [
    ["SET", "$SET", "", void 0, true, false],
    ["UNSET", "${UNSET:-dflt}", ":-", "dflt", false, true],
    ["EMPTY", "${EMPTY}", "", void 0, true, false]
  ]);
});
(0, import_node_test.test)("malformed input is an error, never an exception or a loop", () => {
  const bad = ["${", "${SET", "a ${SET b", "$", "a$", "$ x", "$1", "${}", "${1A}", "${A B}", "${A:x}", "${-d}", "x}$"];
  for (const s of bad) {
    const r = interpolate(s, lookup);
    import_strict.default.ok(r.errors.length >= 1, `${JSON.stringify(s)} should be an error`);
    import_strict.default.ok(r.errors.every((e) => e.span.start >= 0 && e.span.end <= s.length && e.span.start <= e.span.end), s);
    import_strict.default.ok(/invalid interpolation format/.test(r.errors[0].message), r.errors[0].message);
  }
  const multi = interpolate("${A\n$SET", lookup);
  import_strict.default.equal(multi.errors.length, 1);
  import_strict.default.equal(multi.value, "${A\nvalue");
  import_strict.default.equal(value("${UNSET:-{x}"), "{x");
});
(0, import_node_test.test)("a lookup that throws or returns garbage is treated as unset", () => {
  const r = interpolate("${X:-d}$Y", () => {
    throw new Error("boom");
  });
  import_strict.default.equal(r.value, "d");
  import_strict.default.equal(interpolate("$X", () => 42).value, "");
});
(0, import_node_test.test)("recursion is bounded and long inputs stay linear", () => {
  const deep = "${A:-".repeat(200) + "x" + "}".repeat(200);
  const r = interpolate(deep, () => void 0);
  import_strict.default.ok(r.errors.some((e) => /nested/.test(e.message)));
  const long = "$SET ${SET} ".repeat(5e4) + "${".repeat(1e4);
  const t0 = Date.now();
  const big = interpolate(long, lookup);
  import_strict.default.ok(Date.now() - t0 < 2e3, `took ${Date.now() - t0} ms`);
  import_strict.default.equal(big.refs.length, 1e5);
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vdGVzdC91bml0L2ludGVycG9sYXRlLnRlc3QudHMiLCAiLi4vLi4vc2VydmVyL3NyYy9jb3JlL2NvbXBvc2UvaW50ZXJwb2xhdGUudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB7IHRlc3QgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgaW50ZXJwb2xhdGUsIHR5cGUgSW50ZXJwb2xhdGlvblJlZiB9IGZyb20gJy4uLy4uL3NlcnZlci9zcmMvY29yZS9jb21wb3NlL2ludGVycG9sYXRlJztcblxuY29uc3QgZW52OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBTRVQ6ICd2YWx1ZScsIEVNUFRZOiAnJywgT1RIRVI6ICdvdGhlcicsIEI6ICdiZWUnIH07XG5jb25zdCBsb29rdXAgPSAobjogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkID0+IGVudltuXTtcbmNvbnN0IHZhbHVlID0gKHM6IHN0cmluZyk6IHN0cmluZyA9PiBpbnRlcnBvbGF0ZShzLCBsb29rdXApLnZhbHVlO1xuY29uc3Qgc2xpY2UgPSAoczogc3RyaW5nLCByOiBJbnRlcnBvbGF0aW9uUmVmKTogc3RyaW5nID0+IHMuc2xpY2Uoci5zcGFuLnN0YXJ0LCByLnNwYW4uZW5kKTtcblxudGVzdCgnbGl0ZXJhbCB0ZXh0LCAkJCBhbmQgc2ltcGxlIHJlZmVyZW5jZXMnLCAoKSA9PiB7XG4gIGFzc2VydC5lcXVhbCh2YWx1ZSgncGxhaW4gdGV4dCcpLCAncGxhaW4gdGV4dCcpO1xuICBhc3NlcnQuZXF1YWwodmFsdWUoJ2EkJGInKSwgJ2EkYicpO1xuICBhc3NlcnQuZXF1YWwodmFsdWUoJyQkU0VUJyksICckU0VUJyk7XG4gIGFzc2VydC5lcXVhbCh2YWx1ZSgnJCQkU0VUJyksICckdmFsdWUnKTtcbiAgYXNzZXJ0LmVxdWFsKHZhbHVlKCckU0VUL3gnKSwgJ3ZhbHVlL3gnKTtcbiAgYXNzZXJ0LmVxdWFsKHZhbHVlKCcke1NFVH14JyksICd2YWx1ZXgnKTtcbiAgYXNzZXJ0LmVxdWFsKHZhbHVlKCckU0VUeCcpLCAnJywgJ2EgbmFtZSBydW5zIGFzIGZhciBhcyBuYW1lIGNoYXJhY3RlcnMgZ28nKTtcbiAgYXNzZXJ0LmVxdWFsKHZhbHVlKCckVU5TRVQtJHtVTlNFVH0tJyksICctLScpO1xuICBhc3NlcnQuZXF1YWwodmFsdWUoJyRzZXQnKSwgJycsICduYW1lcyBhcmUgY2FzZS1zZW5zaXRpdmUnKTtcbiAgYXNzZXJ0LmVxdWFsKHZhbHVlKCdcdTAwRTkkU0VUXHUyMEFDJyksICdcdTAwRTl2YWx1ZVx1MjBBQycpO1xufSk7XG5cbnRlc3QoJ2V2ZXJ5IG9wZXJhdG9yLCBvbiBzZXQsIGVtcHR5IGFuZCB1bnNldCB2YXJpYWJsZXMgKGNvbXBvc2Utc3BlYyBpbnRlcnBvbGF0aW9uIHRhYmxlKScsICgpID0+IHtcbiAgY29uc3QgdGFibGU6IFtzdHJpbmcsIHN0cmluZ11bXSA9IFtcbiAgICBbJyR7U0VUOi1kfScsICd2YWx1ZSddLCBbJyR7RU1QVFk6LWR9JywgJ2QnXSwgWycke1VOU0VUOi1kfScsICdkJ10sXG4gICAgWycke1NFVC1kfScsICd2YWx1ZSddLCBbJyR7RU1QVFktZH0nLCAnJ10sIFsnJHtVTlNFVC1kfScsICdkJ10sXG4gICAgWycke1NFVDorcn0nLCAnciddLCBbJyR7RU1QVFk6K3J9JywgJyddLCBbJyR7VU5TRVQ6K3J9JywgJyddLFxuICAgIFsnJHtTRVQrcn0nLCAnciddLCBbJyR7RU1QVFkrcn0nLCAnciddLCBbJyR7VU5TRVQrcn0nLCAnJ10sXG4gICAgWycke1NFVDo/ZX0nLCAndmFsdWUnXSwgWycke1NFVD9lfScsICd2YWx1ZSddLCBbJyR7RU1QVFk/ZX0nLCAnJ10sXG4gICAgWycke1VOU0VUOi19JywgJyddLCBbJyR7U0VUOi1hIGI6Yy1kfScsICd2YWx1ZSddLCBbJyR7VU5TRVQ6LWEgYjpjLWR9JywgJ2EgYjpjLWQnXSxcbiAgXTtcbiAgZm9yIChjb25zdCBbaW5wdXQsIHdhbnRdIG9mIHRhYmxlKSB7XG4gICAgY29uc3QgciA9IGludGVycG9sYXRlKGlucHV0LCBsb29rdXApO1xuICAgIGFzc2VydC5lcXVhbChyLnZhbHVlLCB3YW50LCBpbnB1dCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChyLmVycm9ycywgW10sIGlucHV0KTtcbiAgfVxufSk7XG5cbnRlc3QoJ3JlcXVpcmVkIHZhcmlhYmxlcyByZXBvcnQgY29tcG9zZS1nbyBtZXNzYWdlcyBhbmQgdGhlIHNwYW4gb2YgdGhlIHJlZmVyZW5jZScsICgpID0+IHtcbiAgY29uc3QgcyA9ICd4ICR7RU1QVFk6P211c3QgYmUgc2V0fSB5JztcbiAgY29uc3QgciA9IGludGVycG9sYXRlKHMsIGxvb2t1cCk7XG4gIGFzc2VydC5lcXVhbChyLnZhbHVlLCAneCAgeScpO1xuICBhc3NlcnQuZXF1YWwoci5lcnJvcnMubGVuZ3RoLCAxKTtcbiAgYXNzZXJ0LmVxdWFsKHIuZXJyb3JzWzBdLm1lc3NhZ2UsICdyZXF1aXJlZCB2YXJpYWJsZSBFTVBUWSBpcyBtaXNzaW5nIGEgdmFsdWU6IG11c3QgYmUgc2V0Jyk7XG4gIGFzc2VydC5lcXVhbChzLnNsaWNlKHIuZXJyb3JzWzBdLnNwYW4uc3RhcnQsIHIuZXJyb3JzWzBdLnNwYW4uZW5kKSwgJyR7RU1QVFk6P211c3QgYmUgc2V0fScpO1xuICBhc3NlcnQuZXF1YWwoaW50ZXJwb2xhdGUoJyR7VU5TRVQ/fScsIGxvb2t1cCkuZXJyb3JzWzBdLm1lc3NhZ2UsICdyZXF1aXJlZCB2YXJpYWJsZSBVTlNFVCBpcyBtaXNzaW5nIGEgdmFsdWUnKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChpbnRlcnBvbGF0ZSgnJHtFTVBUWT99JywgbG9va3VwKS5lcnJvcnMsIFtdKTtcbn0pO1xuXG50ZXN0KCduZXN0ZWQgb3BlcmFuZHMgYXJlIGludGVycG9sYXRlZCwgYW5kIGV2YWx1YXRlZCBldmVuIHdoZW4gdW51c2VkIChjb21wb3NlLWdvIGRvZXMpJywgKCkgPT4ge1xuICBhc3NlcnQuZXF1YWwodmFsdWUoJyR7VU5TRVQ6LSR7Qn19JyksICdiZWUnKTtcbiAgYXNzZXJ0LmVxdWFsKHZhbHVlKCcke1VOU0VUOi0ke0FMU086LSR7Qn0teH19JyksICdiZWUteCcpO1xuICBhc3NlcnQuZXF1YWwodmFsdWUoJyR7U0VUOis8JHtCfT59JyksICc8YmVlPicpO1xuICBhc3NlcnQuZXF1YWwodmFsdWUoJyR7VU5TRVQ6LSQkQn0nKSwgJyRCJyk7XG4gIGFzc2VydC5lcXVhbCh2YWx1ZSgnJHtVTlNFVDotJHtCfX0gYW5kICR7U0VUfScpLCAnYmVlIGFuZCB2YWx1ZScpO1xuICBjb25zdCByID0gaW50ZXJwb2xhdGUoJyR7U0VUOi0ke1VOU0VUOj9pbm5lcn19JywgbG9va3VwKTtcbiAgYXNzZXJ0LmVxdWFsKHIudmFsdWUsICd2YWx1ZScpO1xuICBhc3NlcnQuZXF1YWwoci5lcnJvcnMubGVuZ3RoLCAxLCAndGhlIHVudXNlZCBvcGVyYW5kIHN0aWxsIGZhaWxzJyk7XG4gIGNvbnN0IHJlZnMgPSBpbnRlcnBvbGF0ZSgnJHtTRVQ6LSR7Qn19JywgbG9va3VwKS5yZWZzO1xuICBhc3NlcnQuZGVlcEVxdWFsKHJlZnMubWFwKCh4KSA9PiBbeC5uYW1lLCB4LnBhcmVudCwgeC5jb250cmlidXRlc10pLCBbWydTRVQnLCB1bmRlZmluZWQsIHRydWVdLCBbJ0InLCAwLCBmYWxzZV1dKTtcbiAgY29uc3QgdXNlZCA9IGludGVycG9sYXRlKCcke1VOU0VUOi0ke0J9fScsIGxvb2t1cCkucmVmcztcbiAgYXNzZXJ0LmRlZXBFcXVhbCh1c2VkLm1hcCgoeCkgPT4gW3gubmFtZSwgeC51c2VkRmFsbGJhY2ssIHguY29udHJpYnV0ZXNdKSwgW1snVU5TRVQnLCB0cnVlLCB0cnVlXSwgWydCJywgZmFsc2UsIHRydWVdXSk7XG59KTtcblxudGVzdCgncmVmZXJlbmNlcyBjYXJyeSBuYW1lLCBzcGFuLCBvcGVyYXRvciwgb3BlcmFuZCBhbmQgd2hldGhlciB0aGV5IGFyZSBkZWZpbmVkJywgKCkgPT4ge1xuICBjb25zdCBzID0gJ2EtJFNFVC0ke1VOU0VUOi1kZmx0fS0ke0VNUFRZfSc7XG4gIGNvbnN0IHIgPSBpbnRlcnBvbGF0ZShzLCBsb29rdXApO1xuICBhc3NlcnQuZGVlcEVxdWFsKHIucmVmcy5tYXAoKHgpID0+IFt4Lm5hbWUsIHNsaWNlKHMsIHgpLCB4Lm9wLCB4Lm9wZXJhbmQsIHguZGVmaW5lZCwgeC51c2VkRmFsbGJhY2tdKSwgW1xuICAgIFsnU0VUJywgJyRTRVQnLCAnJywgdW5kZWZpbmVkLCB0cnVlLCBmYWxzZV0sXG4gICAgWydVTlNFVCcsICcke1VOU0VUOi1kZmx0fScsICc6LScsICdkZmx0JywgZmFsc2UsIHRydWVdLFxuICAgIFsnRU1QVFknLCAnJHtFTVBUWX0nLCAnJywgdW5kZWZpbmVkLCB0cnVlLCBmYWxzZV0sXG4gIF0pO1xufSk7XG5cbnRlc3QoJ21hbGZvcm1lZCBpbnB1dCBpcyBhbiBlcnJvciwgbmV2ZXIgYW4gZXhjZXB0aW9uIG9yIGEgbG9vcCcsICgpID0+IHtcbiAgY29uc3QgYmFkID0gWyckeycsICcke1NFVCcsICdhICR7U0VUIGInLCAnJCcsICdhJCcsICckIHgnLCAnJDEnLCAnJHt9JywgJyR7MUF9JywgJyR7QSBCfScsICcke0E6eH0nLCAnJHstZH0nLCAneH0kJ107XG4gIGZvciAoY29uc3QgcyBvZiBiYWQpIHtcbiAgICBjb25zdCByID0gaW50ZXJwb2xhdGUocywgbG9va3VwKTtcbiAgICBhc3NlcnQub2soci5lcnJvcnMubGVuZ3RoID49IDEsIGAke0pTT04uc3RyaW5naWZ5KHMpfSBzaG91bGQgYmUgYW4gZXJyb3JgKTtcbiAgICBhc3NlcnQub2soci5lcnJvcnMuZXZlcnkoKGUpID0+IGUuc3Bhbi5zdGFydCA+PSAwICYmIGUuc3Bhbi5lbmQgPD0gcy5sZW5ndGggJiYgZS5zcGFuLnN0YXJ0IDw9IGUuc3Bhbi5lbmQpLCBzKTtcbiAgICBhc3NlcnQub2soL2ludmFsaWQgaW50ZXJwb2xhdGlvbiBmb3JtYXQvLnRlc3Qoci5lcnJvcnNbMF0ubWVzc2FnZSksIHIuZXJyb3JzWzBdLm1lc3NhZ2UpO1xuICB9XG4gIC8vIHVudGVybWluYXRlZCBgJHtgIHRha2VzIHRoZSByZXN0IG9mIGl0cyBsaW5lIG9ubHlcbiAgY29uc3QgbXVsdGkgPSBpbnRlcnBvbGF0ZSgnJHtBXFxuJFNFVCcsIGxvb2t1cCk7XG4gIGFzc2VydC5lcXVhbChtdWx0aS5lcnJvcnMubGVuZ3RoLCAxKTtcbiAgYXNzZXJ0LmVxdWFsKG11bHRpLnZhbHVlLCAnJHtBXFxudmFsdWUnKTtcbiAgLy8gY29tcG9zZSBmYWxscyBiYWNrIHRvIHRoZSBsYXN0IGB9YCBvZiB0aGUgbGluZSB3aGVuIGJyYWNlcyBkbyBub3QgYmFsYW5jZVxuICBhc3NlcnQuZXF1YWwodmFsdWUoJyR7VU5TRVQ6LXt4fScpLCAne3gnKTtcbn0pO1xuXG50ZXN0KCdhIGxvb2t1cCB0aGF0IHRocm93cyBvciByZXR1cm5zIGdhcmJhZ2UgaXMgdHJlYXRlZCBhcyB1bnNldCcsICgpID0+IHtcbiAgY29uc3QgciA9IGludGVycG9sYXRlKCcke1g6LWR9JFknLCAoKSA9PiB7XG4gICAgdGhyb3cgbmV3IEVycm9yKCdib29tJyk7XG4gIH0pO1xuICBhc3NlcnQuZXF1YWwoci52YWx1ZSwgJ2QnKTtcbiAgYXNzZXJ0LmVxdWFsKGludGVycG9sYXRlKCckWCcsICgpID0+IDQyIGFzIHVua25vd24gYXMgc3RyaW5nKS52YWx1ZSwgJycpO1xufSk7XG5cbnRlc3QoJ3JlY3Vyc2lvbiBpcyBib3VuZGVkIGFuZCBsb25nIGlucHV0cyBzdGF5IGxpbmVhcicsICgpID0+IHtcbiAgY29uc3QgZGVlcCA9ICcke0E6LScucmVwZWF0KDIwMCkgKyAneCcgKyAnfScucmVwZWF0KDIwMCk7XG4gIGNvbnN0IHIgPSBpbnRlcnBvbGF0ZShkZWVwLCAoKSA9PiB1bmRlZmluZWQpO1xuICBhc3NlcnQub2soci5lcnJvcnMuc29tZSgoZSkgPT4gL25lc3RlZC8udGVzdChlLm1lc3NhZ2UpKSk7XG4gIGNvbnN0IGxvbmcgPSAnJFNFVCAke1NFVH0gJy5yZXBlYXQoNTBfMDAwKSArICckeycucmVwZWF0KDEwXzAwMCk7XG4gIGNvbnN0IHQwID0gRGF0ZS5ub3coKTtcbiAgY29uc3QgYmlnID0gaW50ZXJwb2xhdGUobG9uZywgbG9va3VwKTtcbiAgYXNzZXJ0Lm9rKERhdGUubm93KCkgLSB0MCA8IDIwMDAsIGB0b29rICR7RGF0ZS5ub3coKSAtIHQwfSBtc2ApO1xuICBhc3NlcnQuZXF1YWwoYmlnLnJlZnMubGVuZ3RoLCAxMDBfMDAwKTtcbn0pO1xuIiwgIi8vIENvbXBvc2UgdjIgdmFyaWFibGUgaW50ZXJwb2xhdGlvbiAoY29tcG9zZS1zcGVjL2NvbXBvc2UtZ28gYHRlbXBsYXRlYCksIHdpdGggdGhlIHNwYW4gb2YgZXZlcnkgcmVmZXJlbmNlLlxuLy8gYCQkYCBcdTIxOTIgYCRgOyBgJE5BTUVgOyBgJHtOQU1FfWA7IGAke05BTUU8b3A+b3BlcmFuZH1gIGZvciB0aGUgb3BzIGJlbG93LCBvcGVyYW5kcyBpbnRlcnBvbGF0ZWQgcmVjdXJzaXZlbHkuXG4vLyBOYW1lcyBhcmUgQVNDSUkgYFtfQS1aYS16XVtfQS1aYS16MC05XSpgLiBBbnkgb3RoZXIgYCRgIGlzIGFuIGVycm9yIGluIENvbXBvc2UgKFwiaW52YWxpZCBpbnRlcnBvbGF0aW9uIGZvcm1hdFwiKS5cblxuaW1wb3J0IHR5cGUgeyBTcGFuIH0gZnJvbSAnLi4vdHlwZXMnO1xuXG5leHBvcnQgdHlwZSBJbnRlcnBvbGF0aW9uT3AgPSAnJyB8ICc6LScgfCAnLScgfCAnOj8nIHwgJz8nIHwgJzorJyB8ICcrJztcblxuZXhwb3J0IGludGVyZmFjZSBJbnRlcnBvbGF0aW9uUmVmIHtcbiAgbmFtZTogc3RyaW5nO1xuICAvKiogT2Zmc2V0cyBpbiB0aGUgaW5wdXQgc3RyaW5nLCBjb3ZlcmluZyBgJE5BTUVgIG9yIHRoZSB3aG9sZSBgJHsuLi59YC4gKi9cbiAgc3BhbjogU3BhbjtcbiAgb3A6IEludGVycG9sYXRpb25PcDtcbiAgLyoqIFJhdyBvcGVyYW5kIHRleHQgKGJlZm9yZSBpdHMgb3duIGludGVycG9sYXRpb24pLCBmb3Igb3BzIG90aGVyIHRoYW4gJycuICovXG4gIG9wZXJhbmQ/OiBzdHJpbmc7XG4gIC8qKiBUaGUgdmFyaWFibGUgaGFzIGEgdmFsdWUgKHBvc3NpYmx5IGVtcHR5KSBpbiB0aGUgbG9va3VwLiAqL1xuICBkZWZpbmVkOiBib29sZWFuO1xuICAvKiogVGhlIG9wZXJhbmQgcmVwbGFjZWQgdGhlIHZhcmlhYmxlIChgOi1gL2AtYCBkZWZhdWx0IHRha2VuLCBgOitgL2ArYCBhbHRlcm5hdGl2ZSB0YWtlbikuICovXG4gIHVzZWRGYWxsYmFjazogYm9vbGVhbjtcbiAgLyoqIEluZGV4IGluIGByZWZzYCBvZiB0aGUgcmVmZXJlbmNlIHdob3NlIG9wZXJhbmQgaG9sZHMgdGhpcyBvbmUgKG5lc3RlZCBgJHtBOi0ke0J9fWApLiAqL1xuICBwYXJlbnQ/OiBudW1iZXI7XG4gIC8qKiBGYWxzZSB3aGVuIHRoZSByZWZlcmVuY2Ugc2l0cyBpbiBhbiBvcGVyYW5kIHRoYXQgZGlkIG5vdCByZWFjaCB0aGUgcmVzdWx0IChjb21wb3NlIHN0aWxsIGV2YWx1YXRlcyBpdCkuICovXG4gIGNvbnRyaWJ1dGVzOiBib29sZWFuO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEludGVycG9sYXRpb25FcnJvciB7XG4gIG1lc3NhZ2U6IHN0cmluZztcbiAgc3BhbjogU3Bhbjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBJbnRlcnBvbGF0aW9uUmVzdWx0IHtcbiAgdmFsdWU6IHN0cmluZztcbiAgcmVmczogSW50ZXJwb2xhdGlvblJlZltdO1xuICBlcnJvcnM6IEludGVycG9sYXRpb25FcnJvcltdO1xufVxuXG4vKiogTmVzdGluZyBkZWVwZXIgdGhhbiB0aGlzIGlzIHJlcG9ydGVkIGluc3RlYWQgb2YgZm9sbG93ZWQgKGNvbXBvc2UgaGFzIG5vIGxpbWl0OyBpbnB1dCBsZW5ndGggYm91bmRzIGl0IGFueXdheSkuICovXG5jb25zdCBNQVhfREVQVEggPSA2NDtcblxuY29uc3QgT1BTOiByZWFkb25seSBJbnRlcnBvbGF0aW9uT3BbXSA9IFsnOi0nLCAnOj8nLCAnOisnLCAnLScsICc/JywgJysnXTtcblxuZnVuY3Rpb24gaXNOYW1lU3RhcnQoYzogbnVtYmVyKTogYm9vbGVhbiB7XG4gIHJldHVybiAoYyA+PSA2NSAmJiBjIDw9IDkwKSB8fCAoYyA+PSA5NyAmJiBjIDw9IDEyMikgfHwgYyA9PT0gOTU7XG59XG5mdW5jdGlvbiBpc05hbWVDaGFyKGM6IG51bWJlcik6IGJvb2xlYW4ge1xuICByZXR1cm4gaXNOYW1lU3RhcnQoYykgfHwgKGMgPj0gNDggJiYgYyA8PSA1Nyk7XG59XG5cbmNvbnN0IEhJTlQgPSAndXNlIFwiJCRcIiBmb3IgYSBsaXRlcmFsIFwiJFwiJztcblxuZXhwb3J0IGZ1bmN0aW9uIGludGVycG9sYXRlKGlucHV0OiBzdHJpbmcsIGxvb2t1cDogKG5hbWU6IHN0cmluZykgPT4gc3RyaW5nIHwgdW5kZWZpbmVkKTogSW50ZXJwb2xhdGlvblJlc3VsdCB7XG4gIGNvbnN0IHJlZnM6IEludGVycG9sYXRpb25SZWZbXSA9IFtdO1xuICBjb25zdCBlcnJvcnM6IEludGVycG9sYXRpb25FcnJvcltdID0gW107XG4gIGNvbnN0IHNhZmVMb29rdXAgPSAobmFtZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkID0+IHtcbiAgICB0cnkge1xuICAgICAgY29uc3QgdiA9IGxvb2t1cChuYW1lKTtcbiAgICAgIHJldHVybiB0eXBlb2YgdiA9PT0gJ3N0cmluZycgPyB2IDogdW5kZWZpbmVkO1xuICAgIH0gY2F0Y2gge1xuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9XG4gIH07XG4gIGNvbnN0IHZhbHVlID0gcnVuKGlucHV0LCAwLCBpbnB1dC5sZW5ndGgsIHNhZmVMb29rdXAsIHJlZnMsIGVycm9ycywgMCwgdW5kZWZpbmVkLCB0cnVlKTtcbiAgcmV0dXJuIHsgdmFsdWUsIHJlZnMsIGVycm9ycyB9O1xufVxuXG4vKiogSW50ZXJwb2xhdGVzIGlucHV0W2Zyb20sIHRvKTsgc3BhbnMgc3RheSBpbiBpbnB1dCBvZmZzZXRzLiAqL1xuZnVuY3Rpb24gcnVuKFxuICBpbnB1dDogc3RyaW5nLFxuICBmcm9tOiBudW1iZXIsXG4gIHRvOiBudW1iZXIsXG4gIGxvb2t1cDogKG5hbWU6IHN0cmluZykgPT4gc3RyaW5nIHwgdW5kZWZpbmVkLFxuICByZWZzOiBJbnRlcnBvbGF0aW9uUmVmW10sXG4gIGVycm9yczogSW50ZXJwb2xhdGlvbkVycm9yW10sXG4gIGRlcHRoOiBudW1iZXIsXG4gIHBhcmVudDogbnVtYmVyIHwgdW5kZWZpbmVkLFxuICBjb250cmlidXRlczogYm9vbGVhbixcbik6IHN0cmluZyB7XG4gIC8vIEZhc3QgcGF0aDogbm90aGluZyB0byBkby5cbiAgY29uc3QgZmlyc3QgPSBpbnB1dC5pbmRleE9mKCckJywgZnJvbSk7XG4gIGlmIChmaXJzdCA8IDAgfHwgZmlyc3QgPj0gdG8pIHJldHVybiBpbnB1dC5zbGljZShmcm9tLCB0byk7XG5cbiAgbGV0IG91dCA9ICcnO1xuICBsZXQgaSA9IGZyb207XG4gIHdoaWxlIChpIDwgdG8pIHtcbiAgICBjb25zdCBkID0gaW5wdXQuaW5kZXhPZignJCcsIGkpO1xuICAgIGlmIChkIDwgMCB8fCBkID49IHRvKSB7XG4gICAgICBvdXQgKz0gaW5wdXQuc2xpY2UoaSwgdG8pO1xuICAgICAgYnJlYWs7XG4gICAgfVxuICAgIG91dCArPSBpbnB1dC5zbGljZShpLCBkKTtcbiAgICBjb25zdCBuZXh0ID0gZCArIDEgPCB0byA/IGlucHV0LmNoYXJDb2RlQXQoZCArIDEpIDogLTE7XG4gICAgaWYgKG5leHQgPT09IDM2IC8qICQgKi8pIHtcbiAgICAgIG91dCArPSAnJCc7XG4gICAgICBpID0gZCArIDI7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgaWYgKG5leHQgPj0gMCAmJiBpc05hbWVTdGFydChuZXh0KSkge1xuICAgICAgbGV0IGUgPSBkICsgMjtcbiAgICAgIHdoaWxlIChlIDwgdG8gJiYgaXNOYW1lQ2hhcihpbnB1dC5jaGFyQ29kZUF0KGUpKSkgZSsrO1xuICAgICAgY29uc3QgbmFtZSA9IGlucHV0LnNsaWNlKGQgKyAxLCBlKTtcbiAgICAgIGNvbnN0IHYgPSBsb29rdXAobmFtZSk7XG4gICAgICByZWZzLnB1c2goeyBuYW1lLCBzcGFuOiB7IHN0YXJ0OiBkLCBlbmQ6IGUgfSwgb3A6ICcnLCBkZWZpbmVkOiB2ICE9PSB1bmRlZmluZWQsIHVzZWRGYWxsYmFjazogZmFsc2UsIHBhcmVudCwgY29udHJpYnV0ZXMgfSk7XG4gICAgICBvdXQgKz0gdiA/PyAnJztcbiAgICAgIGkgPSBlO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGlmIChuZXh0ID09PSAxMjMgLyogeyAqLykge1xuICAgICAgaSA9IGJyYWNlZChpbnB1dCwgZCwgdG8sIGxvb2t1cCwgcmVmcywgZXJyb3JzLCBkZXB0aCwgcGFyZW50LCBjb250cmlidXRlcywgKHMpID0+IChvdXQgKz0gcykpO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGVycm9ycy5wdXNoKHsgbWVzc2FnZTogYGludmFsaWQgaW50ZXJwb2xhdGlvbiBmb3JtYXQ6IFwiJFwiIG11c3QgYmUgZm9sbG93ZWQgYnkgYSBuYW1lLCBcIntcIiBvciBcIiRcIjsgJHtISU5UfWAsIHNwYW46IHsgc3RhcnQ6IGQsIGVuZDogTWF0aC5taW4oZCArIDIsIHRvKSB9IH0pO1xuICAgIG91dCArPSAnJCc7XG4gICAgaSA9IGQgKyAxO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKiBIYW5kbGVzIGAkey4uLn1gIHN0YXJ0aW5nIGF0IGlucHV0W2RdID09PSAnJCc7IHJldHVybnMgdGhlIGluZGV4IGFmdGVyIGl0LiAqL1xuZnVuY3Rpb24gYnJhY2VkKFxuICBpbnB1dDogc3RyaW5nLFxuICBkOiBudW1iZXIsXG4gIHRvOiBudW1iZXIsXG4gIGxvb2t1cDogKG5hbWU6IHN0cmluZykgPT4gc3RyaW5nIHwgdW5kZWZpbmVkLFxuICByZWZzOiBJbnRlcnBvbGF0aW9uUmVmW10sXG4gIGVycm9yczogSW50ZXJwb2xhdGlvbkVycm9yW10sXG4gIGRlcHRoOiBudW1iZXIsXG4gIHBhcmVudDogbnVtYmVyIHwgdW5kZWZpbmVkLFxuICBjb250cmlidXRlczogYm9vbGVhbixcbiAgZW1pdDogKHM6IHN0cmluZykgPT4gdm9pZCxcbik6IG51bWJlciB7XG4gIGNvbnN0IG5hbWVTdGFydCA9IGQgKyAyO1xuICAvLyBUaGUgY2xvc2luZyBicmFjZTogY29tcG9zZSBtYXRjaGVzIGAuKn1gIG9uIG9uZSBsaW5lLCB0aGVuIGNvdW50cyBicmFjZXMgaW5zaWRlIGl0OyB3aGVuIHRoZSBjb3VudGluZyBmaW5kc1xuICAvLyBubyBtYXRjaCBpdCBmYWxscyBiYWNrIHRvIHRoZSBsYXN0IGB9YCBvbiB0aGUgbGluZS5cbiAgbGV0IGNsb3NlID0gLTE7XG4gIGxldCBkZXB0aENvdW50ID0gMTtcbiAgbGV0IGogPSBuYW1lU3RhcnQ7XG4gIGZvciAoOyBqIDwgdG87IGorKykge1xuICAgIGNvbnN0IGMgPSBpbnB1dC5jaGFyQ29kZUF0KGopO1xuICAgIGlmIChjID09PSAxMCkgYnJlYWs7XG4gICAgaWYgKGMgPT09IDEyMykgZGVwdGhDb3VudCsrO1xuICAgIGVsc2UgaWYgKGMgPT09IDEyNSAmJiAtLWRlcHRoQ291bnQgPT09IDApIHtcbiAgICAgIGNsb3NlID0gajtcbiAgICAgIGJyZWFrO1xuICAgIH1cbiAgfVxuICAvLyBPbmx5IHNjYW5uZWQgdG8gdGhlIGVuZCBvZiB0aGUgbGluZSB3aGVuIG5vIGJyYWNlIGNsb3NlZDogZWFjaCBsaW5lIGlzIHNjYW5uZWQgb25jZSBwZXIgZmFpbHVyZS5cbiAgY29uc3QgbGluZUVuZCA9IGNsb3NlID49IDAgPyAtMSA6IGo7XG4gIGlmIChjbG9zZSA8IDApIGNsb3NlID0gaW5wdXQubGFzdEluZGV4T2YoJ30nLCBsaW5lRW5kIC0gMSk7XG4gIGlmIChjbG9zZSA8IG5hbWVTdGFydCkge1xuICAgIGVycm9ycy5wdXNoKHsgbWVzc2FnZTogYGludmFsaWQgaW50ZXJwb2xhdGlvbiBmb3JtYXQ6IFwiXFwke1wiIGlzIG5vdCBjbG9zZWQgYnkgXCJ9XCI7ICR7SElOVH1gLCBzcGFuOiB7IHN0YXJ0OiBkLCBlbmQ6IGxpbmVFbmQgfSB9KTtcbiAgICBlbWl0KGlucHV0LnNsaWNlKGQsIGxpbmVFbmQpKTtcbiAgICByZXR1cm4gbGluZUVuZDtcbiAgfVxuICBjb25zdCBzcGFuID0geyBzdGFydDogZCwgZW5kOiBjbG9zZSArIDEgfTtcbiAgbGV0IGUgPSBuYW1lU3RhcnQ7XG4gIGlmIChlIDwgY2xvc2UgJiYgaXNOYW1lU3RhcnQoaW5wdXQuY2hhckNvZGVBdChlKSkpIHtcbiAgICBlKys7XG4gICAgd2hpbGUgKGUgPCBjbG9zZSAmJiBpc05hbWVDaGFyKGlucHV0LmNoYXJDb2RlQXQoZSkpKSBlKys7XG4gIH1cbiAgY29uc3QgbmFtZSA9IGlucHV0LnNsaWNlKG5hbWVTdGFydCwgZSk7XG4gIGxldCBvcDogSW50ZXJwb2xhdGlvbk9wIHwgdW5kZWZpbmVkO1xuICBpZiAobmFtZSAmJiBlID09PSBjbG9zZSkgb3AgPSAnJztcbiAgZWxzZSBpZiAobmFtZSkgZm9yIChjb25zdCBvIG9mIE9QUykgaWYgKGlucHV0LnN0YXJ0c1dpdGgobywgZSkpIHsgb3AgPSBvOyBicmVhazsgfVxuICBpZiAob3AgPT09IHVuZGVmaW5lZCkge1xuICAgIC8vIFRoZSByZWZlcmVuY2UgdGV4dCBzdGF5cyBvdXQgb2YgdGhlIG1lc3NhZ2U6IGl0IG1heSBzaXQgaW5zaWRlIGEgc2VjcmV0LlxuICAgIGVycm9ycy5wdXNoKHsgbWVzc2FnZTogYGludmFsaWQgaW50ZXJwb2xhdGlvbiBmb3JtYXQ6IFwiXFwke1wiIG11c3QgYmUgZm9sbG93ZWQgYnkgYSB2YXJpYWJsZSBuYW1lIGFuZCBcIn1cIiwgXCI6LVwiLCBcIi1cIiwgXCI6P1wiLCBcIj9cIiwgXCI6K1wiIG9yIFwiK1wiOyAke0hJTlR9YCwgc3BhbiB9KTtcbiAgICBlbWl0KGlucHV0LnNsaWNlKGQsIGNsb3NlICsgMSkpO1xuICAgIHJldHVybiBjbG9zZSArIDE7XG4gIH1cbiAgY29uc3QgdiA9IGxvb2t1cChuYW1lKTtcbiAgY29uc3QgaW5kZXggPSByZWZzLmxlbmd0aDtcbiAgY29uc3QgcmVmOiBJbnRlcnBvbGF0aW9uUmVmID0geyBuYW1lLCBzcGFuLCBvcCwgZGVmaW5lZDogdiAhPT0gdW5kZWZpbmVkLCB1c2VkRmFsbGJhY2s6IGZhbHNlLCBwYXJlbnQsIGNvbnRyaWJ1dGVzIH07XG4gIHJlZnMucHVzaChyZWYpO1xuICBpZiAob3AgPT09ICcnKSB7XG4gICAgZW1pdCh2ID8/ICcnKTtcbiAgICByZXR1cm4gY2xvc2UgKyAxO1xuICB9XG4gIGNvbnN0IG9wU3RhcnQgPSBlICsgb3AubGVuZ3RoO1xuICByZWYub3BlcmFuZCA9IGlucHV0LnNsaWNlKG9wU3RhcnQsIGNsb3NlKTtcbiAgY29uc3QgdXNlT3BlcmFuZCA9XG4gICAgb3AgPT09ICc6LScgPyB2ID09PSB1bmRlZmluZWQgfHwgdiA9PT0gJycgOlxuICAgIG9wID09PSAnLScgPyB2ID09PSB1bmRlZmluZWQgOlxuICAgIG9wID09PSAnOisnID8gdiAhPT0gdW5kZWZpbmVkICYmIHYgIT09ICcnIDpcbiAgICBvcCA9PT0gJysnID8gdiAhPT0gdW5kZWZpbmVkIDpcbiAgICBmYWxzZTtcbiAgLy8gQ29tcG9zZSBldmFsdWF0ZXMgdGhlIG9wZXJhbmQgZmlyc3QsIHdoYXRldmVyIHRoZSB2YXJpYWJsZSBob2xkczogaXRzIGVycm9ycyBzdXJmYWNlIGV2ZW4gd2hlbiB1bnVzZWQuXG4gIGxldCBvcGVyYW5kID0gJyc7XG4gIGlmIChkZXB0aCArIDEgPiBNQVhfREVQVEgpIHtcbiAgICBlcnJvcnMucHVzaCh7IG1lc3NhZ2U6IGBpbnRlcnBvbGF0aW9uIG5lc3RlZCBtb3JlIHRoYW4gJHtNQVhfREVQVEh9IGxldmVscyBkZWVwYCwgc3BhbiB9KTtcbiAgfSBlbHNlIHtcbiAgICBvcGVyYW5kID0gcnVuKGlucHV0LCBvcFN0YXJ0LCBjbG9zZSwgbG9va3VwLCByZWZzLCBlcnJvcnMsIGRlcHRoICsgMSwgaW5kZXgsIGNvbnRyaWJ1dGVzICYmIHVzZU9wZXJhbmQpO1xuICB9XG4gIGlmIChvcCA9PT0gJzo/JyB8fCBvcCA9PT0gJz8nKSB7XG4gICAgY29uc3QgbWlzc2luZyA9IG9wID09PSAnOj8nID8gdiA9PT0gdW5kZWZpbmVkIHx8IHYgPT09ICcnIDogdiA9PT0gdW5kZWZpbmVkO1xuICAgIGlmIChtaXNzaW5nKSB7XG4gICAgICBlcnJvcnMucHVzaCh7IG1lc3NhZ2U6IGByZXF1aXJlZCB2YXJpYWJsZSAke25hbWV9IGlzIG1pc3NpbmcgYSB2YWx1ZSR7b3BlcmFuZCA/IGA6ICR7b3BlcmFuZH1gIDogJyd9YCwgc3BhbiB9KTtcbiAgICAgIGVtaXQoJycpO1xuICAgIH0gZWxzZSBlbWl0KHYgPz8gJycpO1xuICAgIHJldHVybiBjbG9zZSArIDE7XG4gIH1cbiAgcmVmLnVzZWRGYWxsYmFjayA9IHVzZU9wZXJhbmQ7XG4gIGVtaXQodXNlT3BlcmFuZCA/IG9wZXJhbmQgOiAodiA/PyAnJykpO1xuICByZXR1cm4gY2xvc2UgKyAxO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLHVCQUFxQjtBQUNyQixvQkFBbUI7OztBQ29DbkIsSUFBTSxZQUFZO0FBRWxCLElBQU0sTUFBa0MsQ0FBQyxNQUFNLE1BQU0sTUFBTSxLQUFLLEtBQUssR0FBRztBQUV4RSxTQUFTLFlBQVksR0FBb0I7QUFDdkMsU0FBUSxLQUFLLE1BQU0sS0FBSyxNQUFRLEtBQUssTUFBTSxLQUFLLE9BQVEsTUFBTTtBQUNoRTtBQUNBLFNBQVMsV0FBVyxHQUFvQjtBQUN0QyxTQUFPLFlBQVksQ0FBQyxLQUFNLEtBQUssTUFBTSxLQUFLO0FBQzVDO0FBRUEsSUFBTSxPQUFPO0FBRU4sU0FBUyxZQUFZLE9BQWVBLFNBQW1FO0FBQzVHLFFBQU0sT0FBMkIsQ0FBQztBQUNsQyxRQUFNLFNBQStCLENBQUM7QUFDdEMsUUFBTSxhQUFhLENBQUMsU0FBcUM7QUFDdkQsUUFBSTtBQUNGLFlBQU0sSUFBSUEsUUFBTyxJQUFJO0FBQ3JCLGFBQU8sT0FBTyxNQUFNLFdBQVcsSUFBSTtBQUFBLElBQ3JDLFFBQVE7QUFDTixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFDQSxRQUFNQyxTQUFRLElBQUksT0FBTyxHQUFHLE1BQU0sUUFBUSxZQUFZLE1BQU0sUUFBUSxHQUFHLFFBQVcsSUFBSTtBQUN0RixTQUFPLEVBQUUsT0FBQUEsUUFBTyxNQUFNLE9BQU87QUFDL0I7QUFHQSxTQUFTLElBQ1AsT0FDQSxNQUNBLElBQ0FELFNBQ0EsTUFDQSxRQUNBLE9BQ0EsUUFDQSxhQUNRO0FBRVIsUUFBTSxRQUFRLE1BQU0sUUFBUSxLQUFLLElBQUk7QUFDckMsTUFBSSxRQUFRLEtBQUssU0FBUyxHQUFJLFFBQU8sTUFBTSxNQUFNLE1BQU0sRUFBRTtBQUV6RCxNQUFJLE1BQU07QUFDVixNQUFJLElBQUk7QUFDUixTQUFPLElBQUksSUFBSTtBQUNiLFVBQU0sSUFBSSxNQUFNLFFBQVEsS0FBSyxDQUFDO0FBQzlCLFFBQUksSUFBSSxLQUFLLEtBQUssSUFBSTtBQUNwQixhQUFPLE1BQU0sTUFBTSxHQUFHLEVBQUU7QUFDeEI7QUFBQSxJQUNGO0FBQ0EsV0FBTyxNQUFNLE1BQU0sR0FBRyxDQUFDO0FBQ3ZCLFVBQU0sT0FBTyxJQUFJLElBQUksS0FBSyxNQUFNLFdBQVcsSUFBSSxDQUFDLElBQUk7QUFDcEQsUUFBSSxTQUFTLElBQVk7QUFDdkIsYUFBTztBQUNQLFVBQUksSUFBSTtBQUNSO0FBQUEsSUFDRjtBQUNBLFFBQUksUUFBUSxLQUFLLFlBQVksSUFBSSxHQUFHO0FBQ2xDLFVBQUksSUFBSSxJQUFJO0FBQ1osYUFBTyxJQUFJLE1BQU0sV0FBVyxNQUFNLFdBQVcsQ0FBQyxDQUFDLEVBQUc7QUFDbEQsWUFBTSxPQUFPLE1BQU0sTUFBTSxJQUFJLEdBQUcsQ0FBQztBQUNqQyxZQUFNLElBQUlBLFFBQU8sSUFBSTtBQUNyQixXQUFLLEtBQUssRUFBRSxNQUFNLE1BQU0sRUFBRSxPQUFPLEdBQUcsS0FBSyxFQUFFLEdBQUcsSUFBSSxJQUFJLFNBQVMsTUFBTSxRQUFXLGNBQWMsT0FBTyxRQUFRLFlBQVksQ0FBQztBQUMxSCxhQUFPLEtBQUs7QUFDWixVQUFJO0FBQ0o7QUFBQSxJQUNGO0FBQ0EsUUFBSSxTQUFTLEtBQWE7QUFDeEIsVUFBSSxPQUFPLE9BQU8sR0FBRyxJQUFJQSxTQUFRLE1BQU0sUUFBUSxPQUFPLFFBQVEsYUFBYSxDQUFDLE1BQU8sT0FBTyxDQUFFO0FBQzVGO0FBQUEsSUFDRjtBQUNBLFdBQU8sS0FBSyxFQUFFLFNBQVMsNkVBQTZFLElBQUksSUFBSSxNQUFNLEVBQUUsT0FBTyxHQUFHLEtBQUssS0FBSyxJQUFJLElBQUksR0FBRyxFQUFFLEVBQUUsRUFBRSxDQUFDO0FBQzFKLFdBQU87QUFDUCxRQUFJLElBQUk7QUFBQSxFQUNWO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxPQUNQLE9BQ0EsR0FDQSxJQUNBQSxTQUNBLE1BQ0EsUUFDQSxPQUNBLFFBQ0EsYUFDQSxNQUNRO0FBQ1IsUUFBTSxZQUFZLElBQUk7QUFHdEIsTUFBSSxRQUFRO0FBQ1osTUFBSSxhQUFhO0FBQ2pCLE1BQUksSUFBSTtBQUNSLFNBQU8sSUFBSSxJQUFJLEtBQUs7QUFDbEIsVUFBTSxJQUFJLE1BQU0sV0FBVyxDQUFDO0FBQzVCLFFBQUksTUFBTSxHQUFJO0FBQ2QsUUFBSSxNQUFNLElBQUs7QUFBQSxhQUNOLE1BQU0sT0FBTyxFQUFFLGVBQWUsR0FBRztBQUN4QyxjQUFRO0FBQ1I7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUVBLFFBQU0sVUFBVSxTQUFTLElBQUksS0FBSztBQUNsQyxNQUFJLFFBQVEsRUFBRyxTQUFRLE1BQU0sWUFBWSxLQUFLLFVBQVUsQ0FBQztBQUN6RCxNQUFJLFFBQVEsV0FBVztBQUNyQixXQUFPLEtBQUssRUFBRSxTQUFTLDZEQUE2RCxJQUFJLElBQUksTUFBTSxFQUFFLE9BQU8sR0FBRyxLQUFLLFFBQVEsRUFBRSxDQUFDO0FBQzlILFNBQUssTUFBTSxNQUFNLEdBQUcsT0FBTyxDQUFDO0FBQzVCLFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxPQUFPLEVBQUUsT0FBTyxHQUFHLEtBQUssUUFBUSxFQUFFO0FBQ3hDLE1BQUksSUFBSTtBQUNSLE1BQUksSUFBSSxTQUFTLFlBQVksTUFBTSxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQ2pEO0FBQ0EsV0FBTyxJQUFJLFNBQVMsV0FBVyxNQUFNLFdBQVcsQ0FBQyxDQUFDLEVBQUc7QUFBQSxFQUN2RDtBQUNBLFFBQU0sT0FBTyxNQUFNLE1BQU0sV0FBVyxDQUFDO0FBQ3JDLE1BQUk7QUFDSixNQUFJLFFBQVEsTUFBTSxNQUFPLE1BQUs7QUFBQSxXQUNyQjtBQUFNLGVBQVcsS0FBSyxJQUFLLEtBQUksTUFBTSxXQUFXLEdBQUcsQ0FBQyxHQUFHO0FBQUUsV0FBSztBQUFHO0FBQUEsSUFBTztBQUFBO0FBQ2pGLE1BQUksT0FBTyxRQUFXO0FBRXBCLFdBQU8sS0FBSyxFQUFFLFNBQVMsdUhBQXVILElBQUksSUFBSSxLQUFLLENBQUM7QUFDNUosU0FBSyxNQUFNLE1BQU0sR0FBRyxRQUFRLENBQUMsQ0FBQztBQUM5QixXQUFPLFFBQVE7QUFBQSxFQUNqQjtBQUNBLFFBQU0sSUFBSUEsUUFBTyxJQUFJO0FBQ3JCLFFBQU0sUUFBUSxLQUFLO0FBQ25CLFFBQU0sTUFBd0IsRUFBRSxNQUFNLE1BQU0sSUFBSSxTQUFTLE1BQU0sUUFBVyxjQUFjLE9BQU8sUUFBUSxZQUFZO0FBQ25ILE9BQUssS0FBSyxHQUFHO0FBQ2IsTUFBSSxPQUFPLElBQUk7QUFDYixTQUFLLEtBQUssRUFBRTtBQUNaLFdBQU8sUUFBUTtBQUFBLEVBQ2pCO0FBQ0EsUUFBTSxVQUFVLElBQUksR0FBRztBQUN2QixNQUFJLFVBQVUsTUFBTSxNQUFNLFNBQVMsS0FBSztBQUN4QyxRQUFNLGFBQ0osT0FBTyxPQUFPLE1BQU0sVUFBYSxNQUFNLEtBQ3ZDLE9BQU8sTUFBTSxNQUFNLFNBQ25CLE9BQU8sT0FBTyxNQUFNLFVBQWEsTUFBTSxLQUN2QyxPQUFPLE1BQU0sTUFBTSxTQUNuQjtBQUVGLE1BQUksVUFBVTtBQUNkLE1BQUksUUFBUSxJQUFJLFdBQVc7QUFDekIsV0FBTyxLQUFLLEVBQUUsU0FBUyxrQ0FBa0MsU0FBUyxnQkFBZ0IsS0FBSyxDQUFDO0FBQUEsRUFDMUYsT0FBTztBQUNMLGNBQVUsSUFBSSxPQUFPLFNBQVMsT0FBT0EsU0FBUSxNQUFNLFFBQVEsUUFBUSxHQUFHLE9BQU8sZUFBZSxVQUFVO0FBQUEsRUFDeEc7QUFDQSxNQUFJLE9BQU8sUUFBUSxPQUFPLEtBQUs7QUFDN0IsVUFBTSxVQUFVLE9BQU8sT0FBTyxNQUFNLFVBQWEsTUFBTSxLQUFLLE1BQU07QUFDbEUsUUFBSSxTQUFTO0FBQ1gsYUFBTyxLQUFLLEVBQUUsU0FBUyxxQkFBcUIsSUFBSSxzQkFBc0IsVUFBVSxLQUFLLE9BQU8sS0FBSyxFQUFFLElBQUksS0FBSyxDQUFDO0FBQzdHLFdBQUssRUFBRTtBQUFBLElBQ1QsTUFBTyxNQUFLLEtBQUssRUFBRTtBQUNuQixXQUFPLFFBQVE7QUFBQSxFQUNqQjtBQUNBLE1BQUksZUFBZTtBQUNuQixPQUFLLGFBQWEsVUFBVyxLQUFLLEVBQUc7QUFDckMsU0FBTyxRQUFRO0FBQ2pCOzs7QUR2TUEsSUFBTSxNQUE4QixFQUFFLEtBQUssU0FBUyxPQUFPLElBQUksT0FBTyxTQUFTLEdBQUcsTUFBTTtBQUN4RixJQUFNLFNBQVMsQ0FBQyxNQUFrQyxJQUFJLENBQUM7QUFDdkQsSUFBTSxRQUFRLENBQUMsTUFBc0IsWUFBWSxHQUFHLE1BQU0sRUFBRTtBQUM1RCxJQUFNLFFBQVEsQ0FBQyxHQUFXLE1BQWdDLEVBQUUsTUFBTSxFQUFFLEtBQUssT0FBTyxFQUFFLEtBQUssR0FBRztBQUFBLElBRTFGLHVCQUFLLDBDQUEwQyxNQUFNO0FBQ25ELGdCQUFBRSxRQUFPLE1BQU0sTUFBTSxZQUFZLEdBQUcsWUFBWTtBQUM5QyxnQkFBQUEsUUFBTyxNQUFNLE1BQU0sTUFBTSxHQUFHLEtBQUs7QUFDakMsZ0JBQUFBLFFBQU8sTUFBTSxNQUFNLE9BQU8sR0FBRyxNQUFNO0FBQ25DLGdCQUFBQSxRQUFPLE1BQU0sTUFBTSxRQUFRLEdBQUcsUUFBUTtBQUN0QyxnQkFBQUEsUUFBTyxNQUFNLE1BQU0sUUFBUSxHQUFHLFNBQVM7QUFDdkMsZ0JBQUFBLFFBQU8sTUFBTSxNQUFNLFNBQVMsR0FBRyxRQUFRO0FBQ3ZDLGdCQUFBQSxRQUFPLE1BQU0sTUFBTSxPQUFPLEdBQUcsSUFBSSwwQ0FBMEM7QUFDM0UsZ0JBQUFBLFFBQU8sTUFBTSxNQUFNLGtCQUFrQixHQUFHLElBQUk7QUFDNUMsZ0JBQUFBLFFBQU8sTUFBTSxNQUFNLE1BQU0sR0FBRyxJQUFJLDBCQUEwQjtBQUMxRCxnQkFBQUEsUUFBTyxNQUFNLE1BQU0sZ0JBQVEsR0FBRyxpQkFBUztBQUN6QyxDQUFDO0FBQUEsSUFFRCx1QkFBSyx3RkFBd0YsTUFBTTtBQUNqRyxRQUFNLFFBQTRCO0FBQUEsSUFDaEMsQ0FBQyxhQUFhLE9BQU87QUFBQSxJQUFHLENBQUMsZUFBZSxHQUFHO0FBQUEsSUFBRyxDQUFDLGVBQWUsR0FBRztBQUFBLElBQ2pFLENBQUMsWUFBWSxPQUFPO0FBQUEsSUFBRyxDQUFDLGNBQWMsRUFBRTtBQUFBLElBQUcsQ0FBQyxjQUFjLEdBQUc7QUFBQSxJQUM3RCxDQUFDLGFBQWEsR0FBRztBQUFBLElBQUcsQ0FBQyxlQUFlLEVBQUU7QUFBQSxJQUFHLENBQUMsZUFBZSxFQUFFO0FBQUEsSUFDM0QsQ0FBQyxZQUFZLEdBQUc7QUFBQSxJQUFHLENBQUMsY0FBYyxHQUFHO0FBQUEsSUFBRyxDQUFDLGNBQWMsRUFBRTtBQUFBLElBQ3pELENBQUMsYUFBYSxPQUFPO0FBQUEsSUFBRyxDQUFDLFlBQVksT0FBTztBQUFBLElBQUcsQ0FBQyxjQUFjLEVBQUU7QUFBQSxJQUNoRSxDQUFDLGNBQWMsRUFBRTtBQUFBLElBQUcsQ0FBQyxtQkFBbUIsT0FBTztBQUFBLElBQUcsQ0FBQyxxQkFBcUIsU0FBUztBQUFBLEVBQ25GO0FBQ0EsYUFBVyxDQUFDLE9BQU8sSUFBSSxLQUFLLE9BQU87QUFDakMsVUFBTSxJQUFJLFlBQVksT0FBTyxNQUFNO0FBQ25DLGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxPQUFPLE1BQU0sS0FBSztBQUNqQyxrQkFBQUEsUUFBTyxVQUFVLEVBQUUsUUFBUSxDQUFDLEdBQUcsS0FBSztBQUFBLEVBQ3RDO0FBQ0YsQ0FBQztBQUFBLElBRUQsdUJBQUssK0VBQStFLE1BQU07QUFDeEYsUUFBTSxJQUFJO0FBQ1YsUUFBTSxJQUFJLFlBQVksR0FBRyxNQUFNO0FBQy9CLGdCQUFBQSxRQUFPLE1BQU0sRUFBRSxPQUFPLE1BQU07QUFDNUIsZ0JBQUFBLFFBQU8sTUFBTSxFQUFFLE9BQU8sUUFBUSxDQUFDO0FBQy9CLGdCQUFBQSxRQUFPLE1BQU0sRUFBRSxPQUFPLENBQUMsRUFBRSxTQUFTLHlEQUF5RDtBQUMzRixnQkFBQUEsUUFBTyxNQUFNLEVBQUUsTUFBTSxFQUFFLE9BQU8sQ0FBQyxFQUFFLEtBQUssT0FBTyxFQUFFLE9BQU8sQ0FBQyxFQUFFLEtBQUssR0FBRyxHQUFHLHVCQUF1QjtBQUMzRixnQkFBQUEsUUFBTyxNQUFNLFlBQVksYUFBYSxNQUFNLEVBQUUsT0FBTyxDQUFDLEVBQUUsU0FBUyw0Q0FBNEM7QUFDN0csZ0JBQUFBLFFBQU8sVUFBVSxZQUFZLGFBQWEsTUFBTSxFQUFFLFFBQVEsQ0FBQyxDQUFDO0FBQzlELENBQUM7QUFBQSxJQUVELHVCQUFLLHNGQUFzRixNQUFNO0FBQy9GLGdCQUFBQSxRQUFPLE1BQU0sTUFBTSxnQkFBZ0IsR0FBRyxLQUFLO0FBQzNDLGdCQUFBQSxRQUFPLE1BQU0sTUFBTSwyQkFBMkIsR0FBRyxPQUFPO0FBQ3hELGdCQUFBQSxRQUFPLE1BQU0sTUFBTSxnQkFBZ0IsR0FBRyxPQUFPO0FBQzdDLGdCQUFBQSxRQUFPLE1BQU0sTUFBTSxlQUFlLEdBQUcsSUFBSTtBQUN6QyxnQkFBQUEsUUFBTyxNQUFNLE1BQU0sMkJBQTJCLEdBQUcsZUFBZTtBQUNoRSxRQUFNLElBQUksWUFBWSwyQkFBMkIsTUFBTTtBQUN2RCxnQkFBQUEsUUFBTyxNQUFNLEVBQUUsT0FBTyxPQUFPO0FBQzdCLGdCQUFBQSxRQUFPLE1BQU0sRUFBRSxPQUFPLFFBQVEsR0FBRyxnQ0FBZ0M7QUFDakUsUUFBTSxPQUFPLFlBQVksZ0JBQWdCLE1BQU0sRUFBRTtBQUNqRCxnQkFBQUEsUUFBTyxVQUFVLEtBQUssSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLE1BQU0sRUFBRSxRQUFRLEVBQUUsV0FBVyxDQUFDLEdBQUcsQ0FBQyxDQUFDLE9BQU8sUUFBVyxJQUFJLEdBQUcsQ0FBQyxLQUFLLEdBQUcsS0FBSyxDQUFDLENBQUM7QUFDaEgsUUFBTSxPQUFPLFlBQVksa0JBQWtCLE1BQU0sRUFBRTtBQUNuRCxnQkFBQUEsUUFBTyxVQUFVLEtBQUssSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLE1BQU0sRUFBRSxjQUFjLEVBQUUsV0FBVyxDQUFDLEdBQUcsQ0FBQyxDQUFDLFNBQVMsTUFBTSxJQUFJLEdBQUcsQ0FBQyxLQUFLLE9BQU8sSUFBSSxDQUFDLENBQUM7QUFDeEgsQ0FBQztBQUFBLElBRUQsdUJBQUssK0VBQStFLE1BQU07QUFDeEYsUUFBTSxJQUFJO0FBQ1YsUUFBTSxJQUFJLFlBQVksR0FBRyxNQUFNO0FBQy9CLGdCQUFBQSxRQUFPLFVBQVUsRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxNQUFNLE1BQU0sR0FBRyxDQUFDLEdBQUcsRUFBRSxJQUFJLEVBQUUsU0FBUyxFQUFFLFNBQVMsRUFBRSxZQUFZLENBQUMsR0FBRztBQUFBLElBQ3JHLENBQUMsT0FBTyxRQUFRLElBQUksUUFBVyxNQUFNLEtBQUs7QUFBQSxJQUMxQyxDQUFDLFNBQVMsa0JBQWtCLE1BQU0sUUFBUSxPQUFPLElBQUk7QUFBQSxJQUNyRCxDQUFDLFNBQVMsWUFBWSxJQUFJLFFBQVcsTUFBTSxLQUFLO0FBQUEsRUFDbEQsQ0FBQztBQUNILENBQUM7QUFBQSxJQUVELHVCQUFLLDZEQUE2RCxNQUFNO0FBQ3RFLFFBQU0sTUFBTSxDQUFDLE1BQU0sU0FBUyxhQUFhLEtBQUssTUFBTSxPQUFPLE1BQU0sT0FBTyxTQUFTLFVBQVUsVUFBVSxTQUFTLEtBQUs7QUFDbkgsYUFBVyxLQUFLLEtBQUs7QUFDbkIsVUFBTSxJQUFJLFlBQVksR0FBRyxNQUFNO0FBQy9CLGtCQUFBQSxRQUFPLEdBQUcsRUFBRSxPQUFPLFVBQVUsR0FBRyxHQUFHLEtBQUssVUFBVSxDQUFDLENBQUMscUJBQXFCO0FBQ3pFLGtCQUFBQSxRQUFPLEdBQUcsRUFBRSxPQUFPLE1BQU0sQ0FBQyxNQUFNLEVBQUUsS0FBSyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sRUFBRSxVQUFVLEVBQUUsS0FBSyxTQUFTLEVBQUUsS0FBSyxHQUFHLEdBQUcsQ0FBQztBQUM3RyxrQkFBQUEsUUFBTyxHQUFHLCtCQUErQixLQUFLLEVBQUUsT0FBTyxDQUFDLEVBQUUsT0FBTyxHQUFHLEVBQUUsT0FBTyxDQUFDLEVBQUUsT0FBTztBQUFBLEVBQ3pGO0FBRUEsUUFBTSxRQUFRLFlBQVksYUFBYSxNQUFNO0FBQzdDLGdCQUFBQSxRQUFPLE1BQU0sTUFBTSxPQUFPLFFBQVEsQ0FBQztBQUNuQyxnQkFBQUEsUUFBTyxNQUFNLE1BQU0sT0FBTyxZQUFZO0FBRXRDLGdCQUFBQSxRQUFPLE1BQU0sTUFBTSxjQUFjLEdBQUcsSUFBSTtBQUMxQyxDQUFDO0FBQUEsSUFFRCx1QkFBSywrREFBK0QsTUFBTTtBQUN4RSxRQUFNLElBQUksWUFBWSxhQUFhLE1BQU07QUFDdkMsVUFBTSxJQUFJLE1BQU0sTUFBTTtBQUFBLEVBQ3hCLENBQUM7QUFDRCxnQkFBQUEsUUFBTyxNQUFNLEVBQUUsT0FBTyxHQUFHO0FBQ3pCLGdCQUFBQSxRQUFPLE1BQU0sWUFBWSxNQUFNLE1BQU0sRUFBdUIsRUFBRSxPQUFPLEVBQUU7QUFDekUsQ0FBQztBQUFBLElBRUQsdUJBQUssb0RBQW9ELE1BQU07QUFDN0QsUUFBTSxPQUFPLFFBQVEsT0FBTyxHQUFHLElBQUksTUFBTSxJQUFJLE9BQU8sR0FBRztBQUN2RCxRQUFNLElBQUksWUFBWSxNQUFNLE1BQU0sTUFBUztBQUMzQyxnQkFBQUEsUUFBTyxHQUFHLEVBQUUsT0FBTyxLQUFLLENBQUMsTUFBTSxTQUFTLEtBQUssRUFBRSxPQUFPLENBQUMsQ0FBQztBQUN4RCxRQUFNLE9BQU8sZUFBZSxPQUFPLEdBQU0sSUFBSSxLQUFLLE9BQU8sR0FBTTtBQUMvRCxRQUFNLEtBQUssS0FBSyxJQUFJO0FBQ3BCLFFBQU0sTUFBTSxZQUFZLE1BQU0sTUFBTTtBQUNwQyxnQkFBQUEsUUFBTyxHQUFHLEtBQUssSUFBSSxJQUFJLEtBQUssS0FBTSxRQUFRLEtBQUssSUFBSSxJQUFJLEVBQUUsS0FBSztBQUM5RCxnQkFBQUEsUUFBTyxNQUFNLElBQUksS0FBSyxRQUFRLEdBQU87QUFDdkMsQ0FBQzsiLAogICJuYW1lcyI6IFsibG9va3VwIiwgInZhbHVlIiwgImFzc2VydCJdCn0K
