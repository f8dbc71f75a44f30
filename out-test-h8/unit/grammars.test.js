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

// test/unit/grammars.test.ts
var import_node_test = require("node:test");
var import_strict = __toESM(require("node:assert/strict"));
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var ROOT = process.cwd();
var pkg = JSON.parse((0, import_node_fs.readFileSync)((0, import_node_path.join)(ROOT, "package.json"), "utf8"));
function load(path) {
  return JSON.parse((0, import_node_fs.readFileSync)((0, import_node_path.join)(ROOT, path), "utf8"));
}
function regexes(g) {
  const out = [];
  const walk = (r, where) => {
    for (const k of ["match", "begin", "end"]) if (r[k] !== void 0) out.push({ where: `${where}.${k}`, source: r[k] });
    r.patterns?.forEach((p, i) => walk(p, `${where}.patterns[${i}]`));
  };
  walk(g, "root");
  for (const [name, r] of Object.entries(g.repository ?? {})) walk(r, `repository.${name}`);
  return out;
}
function compile(source) {
  const anchored = source.includes("\\G");
  return { re: new RegExp(source.replace(/\\G/g, ""), anchored ? "dy" : "dg"), anchored };
}
function tokenize(g, line) {
  const scopesAt = Array.from({ length: line.length }, () => []);
  const mark = (start, end, scope) => {
    for (let i = start; i < end; i++) scopesAt[i].push(scope);
  };
  const expand = (rules) => rules.flatMap((r) => {
    if (!r.include) return [r];
    const target = g.repository?.[r.include.replace(/^#/, "")];
    import_strict.default.ok(target, `include ${r.include} resolves`);
    return target.match || target.begin ? [target] : expand(target.patterns ?? []);
  });
  const applyCaptures = (m, caps) => {
    for (const [k, v] of Object.entries(caps ?? {})) {
      const span = m.indices?.[Number(k)];
      if (span) mark(span[0], span[1], v.name);
    }
  };
  const stack = [];
  let pos = 0;
  let anchor = 0;
  let guard = 0;
  while (pos <= line.length && guard++ < 1e4) {
    const frame = stack[stack.length - 1];
    const candidates = expand(frame ? frame.rule.patterns ?? [] : g.patterns ?? []);
    let best;
    const tryRe = (source, rule, isEnd) => {
      const { re, anchored } = compile(source);
      if (anchored && pos !== anchor) return;
      re.lastIndex = pos;
      const m2 = re.exec(line);
      if (!m2) return;
      if (!best || m2.index < best.m.index || m2.index === best.m.index && isEnd && !best.isEnd) best = { m: m2, rule, isEnd };
    };
    if (frame) tryRe(frame.rule.end, void 0, true);
    for (const r of candidates) tryRe(r.match ?? r.begin, r, false);
    if (!best) break;
    const { m } = best;
    const mEnd = m.index + m[0].length;
    if (best.isEnd) {
      applyCaptures(m, frame.rule.endCaptures);
      if (frame.rule.name) mark(frame.start, mEnd, frame.rule.name);
      stack.pop();
    } else if (best.rule.match !== void 0) {
      if (best.rule.name) mark(m.index, mEnd, best.rule.name);
      applyCaptures(m, best.rule.captures);
    } else {
      applyCaptures(m, best.rule.beginCaptures);
      stack.push({ rule: best.rule, start: m.index });
    }
    anchor = mEnd;
    pos = mEnd === pos && m[0].length === 0 && !best.isEnd ? pos + 1 : mEnd;
    if (pos >= line.length && !stack.length) break;
    if (best.isEnd && m[0].length === 0 && pos >= line.length && !stack.length) break;
  }
  for (const f of stack) if (f.rule.name) mark(f.start, line.length, f.rule.name);
  const tokens = [];
  for (let i = 0; i < line.length; i++) {
    const key = scopesAt[i].join(" ");
    const last = tokens[tokens.length - 1];
    if (last && last.scopes.join(" ") === key) last.text += line[i];
    else tokens.push({ text: line[i], scopes: [...scopesAt[i]] });
  }
  return { tokens, openRegions: stack.length };
}
function scopesOf(tokens, text) {
  const hit = tokens.find((t) => t.text === text);
  import_strict.default.ok(hit, `a token "${text}" in ${JSON.stringify(tokens.map((t) => t.text))}`);
  return hit.scopes;
}
var GRAMMARS = pkg.contributes?.grammars ?? [];
var byScope = (s) => {
  const entry = GRAMMARS.find((x) => x.scopeName === s);
  import_strict.default.ok(entry, `package.json contributes grammar ${s}`);
  return load(entry.path);
};
(0, import_node_test.describe)("grammars", () => {
  (0, import_node_test.test)("every contributed grammar exists, is JSON, and declares the scope package.json says", () => {
    import_strict.default.ok(GRAMMARS.length >= 3);
    for (const entry of GRAMMARS) {
      import_strict.default.ok((0, import_node_fs.existsSync)((0, import_node_path.join)(ROOT, entry.path)), `${entry.path} exists`);
      const g = load(entry.path);
      import_strict.default.equal(g.scopeName, entry.scopeName);
      for (const r of regexes(g)) import_strict.default.doesNotThrow(() => compile(r.source), `${entry.path} ${r.where}`);
      if (entry.injectTo) import_strict.default.ok(g.injectionSelector, `${entry.path} is an injection with a selector`);
      if (entry.language) {
        const lang = pkg.contributes.languages.find((l) => l.id === entry.language);
        import_strict.default.ok(lang, `language ${entry.language} is contributed`);
        if (lang.configuration) JSON.parse((0, import_node_fs.readFileSync)((0, import_node_path.join)(ROOT, lang.configuration), "utf8"));
      }
    }
  });
  (0, import_node_test.test)("cluster.conf is a language of its own, by file name", () => {
    const lang = pkg.contributes.languages.find((l) => l.id === "nacos-cluster-conf");
    import_strict.default.deepEqual(lang?.filenames, ["cluster.conf"]);
  });
  (0, import_node_test.test)("placeholders in properties and env files: injected into source.ini outside comments", () => {
    const entry = GRAMMARS.find((x) => x.scopeName === "nacos-auth-lint.placeholder.injection");
    import_strict.default.ok(entry.injectTo?.includes("source.ini"), "VS Code 1.100 gives .properties and .env the scope source.ini");
    const g = byScope(entry.scopeName);
    import_strict.default.match(g.injectionSelector, /L:source\.ini -comment/);
    let { tokens, openRegions } = tokenize(g, "nacos.core.auth.server.identity.key=${NACOS_AUTH_IDENTITY_KEY:serverIdentity}");
    import_strict.default.equal(openRegions, 0);
    import_strict.default.ok(scopesOf(tokens, "${").includes("punctuation.definition.template-expression.begin.nacos-auth-lint"));
    import_strict.default.ok(scopesOf(tokens, "NACOS_AUTH_IDENTITY_KEY").includes("variable.other.placeholder.nacos-auth-lint"));
    import_strict.default.ok(scopesOf(tokens, ":").includes("keyword.operator.placeholder.nacos-auth-lint"));
    import_strict.default.ok(scopesOf(tokens, "serverIdentity").includes("string.unquoted.placeholder-default.nacos-auth-lint"));
    import_strict.default.ok(scopesOf(tokens, "}").includes("punctuation.definition.template-expression.end.nacos-auth-lint"));
    import_strict.default.deepEqual(scopesOf(tokens, "nacos.core.auth.server.identity.key="), [], "the key is left to the host grammar");
    ({ tokens } = tokenize(g, "a=${OUTER:${INNER:x}}"));
    import_strict.default.ok(scopesOf(tokens, "INNER").includes("variable.other.placeholder.nacos-auth-lint"), "nested placeholders");
    ({ tokens } = tokenize(g, "NACOS_AUTH_TOKEN=${TOKEN:-c2VjcmV0}"));
    import_strict.default.ok(scopesOf(tokens, ":-").includes("keyword.operator.placeholder.nacos-auth-lint"), "Compose operators in env files");
    import_strict.default.ok(scopesOf(tokens, "c2VjcmV0").includes("string.unquoted.placeholder-default.nacos-auth-lint"));
    ({ tokens, openRegions } = tokenize(g, "broken=${NOT_CLOSED"));
    import_strict.default.equal(openRegions, 0, "an unterminated placeholder ends with the line");
    import_strict.default.ok(scopesOf(tokens, "NOT_CLOSED").includes("variable.other.placeholder.nacos-auth-lint"));
  });
  (0, import_node_test.test)("Compose interpolation in YAML: operators, nesting, $$ and $VAR; not ${{ }}", () => {
    const entry = GRAMMARS.find((x) => x.scopeName === "nacos-auth-lint.compose-interpolation.injection");
    import_strict.default.ok(entry.injectTo?.includes("source.yaml"));
    const g = byScope(entry.scopeName);
    let { tokens } = tokenize(g, "      - NACOS_AUTH_IDENTITY_VALUE=${IDENTITY_VALUE:?set it in .env}");
    import_strict.default.ok(scopesOf(tokens, "IDENTITY_VALUE").includes("variable.other.interpolation.nacos-auth-lint"));
    import_strict.default.ok(scopesOf(tokens, ":?").includes("keyword.operator.interpolation.nacos-auth-lint"));
    import_strict.default.ok(scopesOf(tokens, "set it in .env").includes("string.unquoted.interpolation-operand.nacos-auth-lint"));
    ({ tokens } = tokenize(g, "    image: nacos/nacos-server:${NACOS_VERSION:-${FALLBACK}}"));
    import_strict.default.ok(scopesOf(tokens, "FALLBACK").includes("variable.other.interpolation.nacos-auth-lint"));
    ({ tokens } = tokenize(g, '      NACOS_AUTH_TOKEN: "ab$$cd$SUFFIX"'));
    import_strict.default.ok(scopesOf(tokens, "$$").includes("constant.character.escape.dollar.nacos-auth-lint"));
    import_strict.default.ok(scopesOf(tokens, "SUFFIX").includes("variable.other.interpolation.nacos-auth-lint"));
    import_strict.default.deepEqual(scopesOf(tokens, "cd"), [], "$$ consumes both dollars");
    ({ tokens } = tokenize(g, "        run: echo ${{ github.sha }}"));
    import_strict.default.ok(tokens.every((t) => t.scopes.length === 0), "GitHub Actions expressions are not Compose references");
  });
  (0, import_node_test.test)("cluster.conf: addresses, ports, separators, comments", () => {
    const g = byScope("source.nacos-cluster-conf");
    let { tokens } = tokenize(g, "10.0.0.1:8848 # first node");
    import_strict.default.ok(scopesOf(tokens, "10.0.0.1").includes("constant.numeric.ip-address.v4.nacos-cluster-conf"));
    import_strict.default.ok(scopesOf(tokens, "8848").includes("constant.numeric.port.nacos-cluster-conf"));
    import_strict.default.ok(scopesOf(tokens, " first node").includes("comment.line.number-sign.nacos-cluster-conf"));
    import_strict.default.ok(scopesOf(tokens, "#").includes("punctuation.definition.comment.nacos-cluster-conf"));
    ({ tokens } = tokenize(g, "nacos1:8848,nacos2.svc.local:8848 [::1]:8848"));
    import_strict.default.ok(scopesOf(tokens, "nacos1").includes("entity.name.tag.host.nacos-cluster-conf"));
    import_strict.default.ok(scopesOf(tokens, "nacos2.svc.local").includes("entity.name.tag.host.nacos-cluster-conf"));
    import_strict.default.ok(scopesOf(tokens, ",").includes("punctuation.separator.member.nacos-cluster-conf"));
    import_strict.default.ok(scopesOf(tokens, "[::1]").includes("constant.numeric.ip-address.v6.nacos-cluster-conf"));
    ({ tokens } = tokenize(g, "10.0.0.1:88a"));
    import_strict.default.ok(scopesOf(tokens, "10.0.0.1:88a").includes("invalid.illegal.member.nacos-cluster-conf"));
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vdGVzdC91bml0L2dyYW1tYXJzLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFRoZSBjb250cmlidXRlZCBUZXh0TWF0ZSBncmFtbWFyczogdmFsaWQgSlNPTiwgd2lyZWQgaW4gcGFja2FnZS5qc29uLCBhbmQgbWF0Y2hpbmcgc2FtcGxlIGxpbmVzLiB2c2NvZGUtdGV4dG1hdGUgaXNcbi8vIG5vdCBpbnN0YWxsZWQgaGVyZSwgc28gYSBzbWFsbCB0b2tlbml6ZXIgYmVsb3cgaW1wbGVtZW50cyB0aGUgc3Vic2V0IHRoZXNlIGdyYW1tYXJzIHVzZSAobWF0Y2gsIGJlZ2luL2VuZCxcbi8vIGNhcHR1cmVzLCBpbmNsdWRlcywgXFxHKSBvbiBKYXZhU2NyaXB0IHJlZ2V4ZXMgXHUyMDE0IHdoaWNoIGFsc28gcHJvdmVzIGV2ZXJ5IHBhdHRlcm4gaXMgYSB2YWxpZCByZWdleC5cbmltcG9ydCB7IHRlc3QsIGRlc2NyaWJlIH0gZnJvbSAnbm9kZTp0ZXN0JztcbmltcG9ydCBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IHJlYWRGaWxlU3luYywgZXhpc3RzU3luYyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0IHsgam9pbiB9IGZyb20gJ25vZGU6cGF0aCc7XG5cbmNvbnN0IFJPT1QgPSBwcm9jZXNzLmN3ZCgpO1xuY29uc3QgcGtnID0gSlNPTi5wYXJzZShyZWFkRmlsZVN5bmMoam9pbihST09ULCAncGFja2FnZS5qc29uJyksICd1dGY4JykpO1xuXG5pbnRlcmZhY2UgUnVsZSB7XG4gIG5hbWU/OiBzdHJpbmc7XG4gIG1hdGNoPzogc3RyaW5nO1xuICBiZWdpbj86IHN0cmluZztcbiAgZW5kPzogc3RyaW5nO1xuICBjYXB0dXJlcz86IFJlY29yZDxzdHJpbmcsIHsgbmFtZTogc3RyaW5nIH0+O1xuICBiZWdpbkNhcHR1cmVzPzogUmVjb3JkPHN0cmluZywgeyBuYW1lOiBzdHJpbmcgfT47XG4gIGVuZENhcHR1cmVzPzogUmVjb3JkPHN0cmluZywgeyBuYW1lOiBzdHJpbmcgfT47XG4gIHBhdHRlcm5zPzogUnVsZVtdO1xuICBpbmNsdWRlPzogc3RyaW5nO1xufVxuaW50ZXJmYWNlIEdyYW1tYXIgZXh0ZW5kcyBSdWxlIHtcbiAgc2NvcGVOYW1lOiBzdHJpbmc7XG4gIGluamVjdGlvblNlbGVjdG9yPzogc3RyaW5nO1xuICByZXBvc2l0b3J5PzogUmVjb3JkPHN0cmluZywgUnVsZT47XG59XG5cbmZ1bmN0aW9uIGxvYWQocGF0aDogc3RyaW5nKTogR3JhbW1hciB7XG4gIHJldHVybiBKU09OLnBhcnNlKHJlYWRGaWxlU3luYyhqb2luKFJPT1QsIHBhdGgpLCAndXRmOCcpKSBhcyBHcmFtbWFyO1xufVxuXG4vKiogRXZlcnkgcmVnZXggb2YgYSBncmFtbWFyLCB3aXRoIHdoZXJlIGl0IGlzLiAqL1xuZnVuY3Rpb24gcmVnZXhlcyhnOiBHcmFtbWFyKTogeyB3aGVyZTogc3RyaW5nOyBzb3VyY2U6IHN0cmluZyB9W10ge1xuICBjb25zdCBvdXQ6IHsgd2hlcmU6IHN0cmluZzsgc291cmNlOiBzdHJpbmcgfVtdID0gW107XG4gIGNvbnN0IHdhbGsgPSAocjogUnVsZSwgd2hlcmU6IHN0cmluZykgPT4ge1xuICAgIGZvciAoY29uc3QgayBvZiBbJ21hdGNoJywgJ2JlZ2luJywgJ2VuZCddIGFzIGNvbnN0KSBpZiAocltrXSAhPT0gdW5kZWZpbmVkKSBvdXQucHVzaCh7IHdoZXJlOiBgJHt3aGVyZX0uJHtrfWAsIHNvdXJjZTogcltrXSEgfSk7XG4gICAgci5wYXR0ZXJucz8uZm9yRWFjaCgocCwgaSkgPT4gd2FsayhwLCBgJHt3aGVyZX0ucGF0dGVybnNbJHtpfV1gKSk7XG4gIH07XG4gIHdhbGsoZywgJ3Jvb3QnKTtcbiAgZm9yIChjb25zdCBbbmFtZSwgcl0gb2YgT2JqZWN0LmVudHJpZXMoZy5yZXBvc2l0b3J5ID8/IHt9KSkgd2FsayhyLCBgcmVwb3NpdG9yeS4ke25hbWV9YCk7XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIGNvbXBpbGUoc291cmNlOiBzdHJpbmcpOiB7IHJlOiBSZWdFeHA7IGFuY2hvcmVkOiBib29sZWFuIH0ge1xuICAvLyBcXEcgKHdoZXJlIHRoZSBsYXN0IG1hdGNoIGVuZGVkKSBiZWNvbWVzIGEgc3RpY2t5IG1hdGNoIGF0IHRoYXQgcG9zaXRpb247IHRoZSByZXN0IGlzIHBsYWluIEphdmFTY3JpcHQuXG4gIGNvbnN0IGFuY2hvcmVkID0gc291cmNlLmluY2x1ZGVzKCdcXFxcRycpO1xuICByZXR1cm4geyByZTogbmV3IFJlZ0V4cChzb3VyY2UucmVwbGFjZSgvXFxcXEcvZywgJycpLCBhbmNob3JlZCA/ICdkeScgOiAnZGcnKSwgYW5jaG9yZWQgfTtcbn1cblxuaW50ZXJmYWNlIFRva2VuIHsgdGV4dDogc3RyaW5nOyBzY29wZXM6IHN0cmluZ1tdIH1cblxuLyoqIFRva2VuaXplcyBvbmUgbGluZSB3aXRoIHRoZSBzdWJzZXQgb2YgVGV4dE1hdGUgc2VtYW50aWNzIHRoZSBncmFtbWFycyB1c2UuICovXG5mdW5jdGlvbiB0b2tlbml6ZShnOiBHcmFtbWFyLCBsaW5lOiBzdHJpbmcpOiB7IHRva2VuczogVG9rZW5bXTsgb3BlblJlZ2lvbnM6IG51bWJlciB9IHtcbiAgY29uc3Qgc2NvcGVzQXQ6IHN0cmluZ1tdW10gPSBBcnJheS5mcm9tKHsgbGVuZ3RoOiBsaW5lLmxlbmd0aCB9LCAoKSA9PiBbXSk7XG4gIGNvbnN0IG1hcmsgPSAoc3RhcnQ6IG51bWJlciwgZW5kOiBudW1iZXIsIHNjb3BlOiBzdHJpbmcpID0+IHsgZm9yIChsZXQgaSA9IHN0YXJ0OyBpIDwgZW5kOyBpKyspIHNjb3Blc0F0W2ldLnB1c2goc2NvcGUpOyB9O1xuICBjb25zdCBleHBhbmQgPSAocnVsZXM6IFJ1bGVbXSk6IFJ1bGVbXSA9PiBydWxlcy5mbGF0TWFwKHIgPT4ge1xuICAgIGlmICghci5pbmNsdWRlKSByZXR1cm4gW3JdO1xuICAgIGNvbnN0IHRhcmdldCA9IGcucmVwb3NpdG9yeT8uW3IuaW5jbHVkZS5yZXBsYWNlKC9eIy8sICcnKV07XG4gICAgYXNzZXJ0Lm9rKHRhcmdldCwgYGluY2x1ZGUgJHtyLmluY2x1ZGV9IHJlc29sdmVzYCk7XG4gICAgcmV0dXJuIHRhcmdldC5tYXRjaCB8fCB0YXJnZXQuYmVnaW4gPyBbdGFyZ2V0XSA6IGV4cGFuZCh0YXJnZXQucGF0dGVybnMgPz8gW10pO1xuICB9KTtcbiAgY29uc3QgYXBwbHlDYXB0dXJlcyA9IChtOiBSZWdFeHBFeGVjQXJyYXksIGNhcHM6IFJlY29yZDxzdHJpbmcsIHsgbmFtZTogc3RyaW5nIH0+IHwgdW5kZWZpbmVkKSA9PiB7XG4gICAgZm9yIChjb25zdCBbaywgdl0gb2YgT2JqZWN0LmVudHJpZXMoY2FwcyA/PyB7fSkpIHtcbiAgICAgIGNvbnN0IHNwYW4gPSBtLmluZGljZXM/LltOdW1iZXIoayldO1xuICAgICAgaWYgKHNwYW4pIG1hcmsoc3BhblswXSwgc3BhblsxXSwgdi5uYW1lKTtcbiAgICB9XG4gIH07XG4gIGludGVyZmFjZSBGcmFtZSB7IHJ1bGU6IFJ1bGU7IHN0YXJ0OiBudW1iZXIgfVxuICBjb25zdCBzdGFjazogRnJhbWVbXSA9IFtdO1xuICBsZXQgcG9zID0gMDtcbiAgbGV0IGFuY2hvciA9IDA7XG4gIGxldCBndWFyZCA9IDA7XG4gIHdoaWxlIChwb3MgPD0gbGluZS5sZW5ndGggJiYgZ3VhcmQrKyA8IDEwXzAwMCkge1xuICAgIGNvbnN0IGZyYW1lID0gc3RhY2tbc3RhY2subGVuZ3RoIC0gMV07XG4gICAgY29uc3QgY2FuZGlkYXRlcyA9IGV4cGFuZChmcmFtZSA/IGZyYW1lLnJ1bGUucGF0dGVybnMgPz8gW10gOiBnLnBhdHRlcm5zID8/IFtdKTtcbiAgICBsZXQgYmVzdDogeyBtOiBSZWdFeHBFeGVjQXJyYXk7IHJ1bGU/OiBSdWxlOyBpc0VuZDogYm9vbGVhbiB9IHwgdW5kZWZpbmVkO1xuICAgIGNvbnN0IHRyeVJlID0gKHNvdXJjZTogc3RyaW5nLCBydWxlOiBSdWxlIHwgdW5kZWZpbmVkLCBpc0VuZDogYm9vbGVhbikgPT4ge1xuICAgICAgY29uc3QgeyByZSwgYW5jaG9yZWQgfSA9IGNvbXBpbGUoc291cmNlKTtcbiAgICAgIGlmIChhbmNob3JlZCAmJiBwb3MgIT09IGFuY2hvcikgcmV0dXJuO1xuICAgICAgcmUubGFzdEluZGV4ID0gcG9zO1xuICAgICAgY29uc3QgbSA9IHJlLmV4ZWMobGluZSk7XG4gICAgICBpZiAoIW0pIHJldHVybjtcbiAgICAgIGlmICghYmVzdCB8fCBtLmluZGV4IDwgYmVzdC5tLmluZGV4IHx8IChtLmluZGV4ID09PSBiZXN0Lm0uaW5kZXggJiYgaXNFbmQgJiYgIWJlc3QuaXNFbmQpKSBiZXN0ID0geyBtLCBydWxlLCBpc0VuZCB9O1xuICAgIH07XG4gICAgaWYgKGZyYW1lKSB0cnlSZShmcmFtZS5ydWxlLmVuZCEsIHVuZGVmaW5lZCwgdHJ1ZSk7XG4gICAgZm9yIChjb25zdCByIG9mIGNhbmRpZGF0ZXMpIHRyeVJlKChyLm1hdGNoID8/IHIuYmVnaW4pISwgciwgZmFsc2UpO1xuICAgIGlmICghYmVzdCkgYnJlYWs7XG4gICAgY29uc3QgeyBtIH0gPSBiZXN0O1xuICAgIGNvbnN0IG1FbmQgPSBtLmluZGV4ICsgbVswXS5sZW5ndGg7XG4gICAgaWYgKGJlc3QuaXNFbmQpIHtcbiAgICAgIGFwcGx5Q2FwdHVyZXMobSwgZnJhbWUhLnJ1bGUuZW5kQ2FwdHVyZXMpO1xuICAgICAgaWYgKGZyYW1lIS5ydWxlLm5hbWUpIG1hcmsoZnJhbWUhLnN0YXJ0LCBtRW5kLCBmcmFtZSEucnVsZS5uYW1lKTtcbiAgICAgIHN0YWNrLnBvcCgpO1xuICAgIH0gZWxzZSBpZiAoYmVzdC5ydWxlIS5tYXRjaCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBpZiAoYmVzdC5ydWxlIS5uYW1lKSBtYXJrKG0uaW5kZXgsIG1FbmQsIGJlc3QucnVsZSEubmFtZSk7XG4gICAgICBhcHBseUNhcHR1cmVzKG0sIGJlc3QucnVsZSEuY2FwdHVyZXMpO1xuICAgIH0gZWxzZSB7XG4gICAgICBhcHBseUNhcHR1cmVzKG0sIGJlc3QucnVsZSEuYmVnaW5DYXB0dXJlcyk7XG4gICAgICBzdGFjay5wdXNoKHsgcnVsZTogYmVzdC5ydWxlISwgc3RhcnQ6IG0uaW5kZXggfSk7XG4gICAgfVxuICAgIGFuY2hvciA9IG1FbmQ7XG4gICAgLy8gQW4gZW1wdHkgbWF0Y2ggKHRoZSBgKD89JClgIGVuZCkgbXVzdCBzdGlsbCBtYWtlIHByb2dyZXNzLlxuICAgIHBvcyA9IG1FbmQgPT09IHBvcyAmJiBtWzBdLmxlbmd0aCA9PT0gMCAmJiAhYmVzdC5pc0VuZCA/IHBvcyArIDEgOiBtRW5kO1xuICAgIGlmIChwb3MgPj0gbGluZS5sZW5ndGggJiYgIXN0YWNrLmxlbmd0aCkgYnJlYWs7XG4gICAgaWYgKGJlc3QuaXNFbmQgJiYgbVswXS5sZW5ndGggPT09IDAgJiYgcG9zID49IGxpbmUubGVuZ3RoICYmICFzdGFjay5sZW5ndGgpIGJyZWFrO1xuICB9XG4gIGZvciAoY29uc3QgZiBvZiBzdGFjaykgaWYgKGYucnVsZS5uYW1lKSBtYXJrKGYuc3RhcnQsIGxpbmUubGVuZ3RoLCBmLnJ1bGUubmFtZSk7XG4gIGNvbnN0IHRva2VuczogVG9rZW5bXSA9IFtdO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGxpbmUubGVuZ3RoOyBpKyspIHtcbiAgICBjb25zdCBrZXkgPSBzY29wZXNBdFtpXS5qb2luKCcgJyk7XG4gICAgY29uc3QgbGFzdCA9IHRva2Vuc1t0b2tlbnMubGVuZ3RoIC0gMV07XG4gICAgaWYgKGxhc3QgJiYgbGFzdC5zY29wZXMuam9pbignICcpID09PSBrZXkpIGxhc3QudGV4dCArPSBsaW5lW2ldO1xuICAgIGVsc2UgdG9rZW5zLnB1c2goeyB0ZXh0OiBsaW5lW2ldLCBzY29wZXM6IFsuLi5zY29wZXNBdFtpXV0gfSk7XG4gIH1cbiAgcmV0dXJuIHsgdG9rZW5zLCBvcGVuUmVnaW9uczogc3RhY2subGVuZ3RoIH07XG59XG5cbi8qKiBUaGUgc2NvcGVzIG9mIHRoZSB0b2tlbiB0aGF0IGV4YWN0bHkgY292ZXJzIGB0ZXh0YCAodGhlIGZpcnN0IG9jY3VycmVuY2UpLiAqL1xuZnVuY3Rpb24gc2NvcGVzT2YodG9rZW5zOiBUb2tlbltdLCB0ZXh0OiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IGhpdCA9IHRva2Vucy5maW5kKHQgPT4gdC50ZXh0ID09PSB0ZXh0KTtcbiAgYXNzZXJ0Lm9rKGhpdCwgYGEgdG9rZW4gXCIke3RleHR9XCIgaW4gJHtKU09OLnN0cmluZ2lmeSh0b2tlbnMubWFwKHQgPT4gdC50ZXh0KSl9YCk7XG4gIHJldHVybiBoaXQuc2NvcGVzO1xufVxuXG5jb25zdCBHUkFNTUFSUyA9IChwa2cuY29udHJpYnV0ZXM/LmdyYW1tYXJzID8/IFtdKSBhcyB7IGxhbmd1YWdlPzogc3RyaW5nOyBzY29wZU5hbWU6IHN0cmluZzsgcGF0aDogc3RyaW5nOyBpbmplY3RUbz86IHN0cmluZ1tdIH1bXTtcbmNvbnN0IGJ5U2NvcGUgPSAoczogc3RyaW5nKSA9PiB7XG4gIGNvbnN0IGVudHJ5ID0gR1JBTU1BUlMuZmluZCh4ID0+IHguc2NvcGVOYW1lID09PSBzKTtcbiAgYXNzZXJ0Lm9rKGVudHJ5LCBgcGFja2FnZS5qc29uIGNvbnRyaWJ1dGVzIGdyYW1tYXIgJHtzfWApO1xuICByZXR1cm4gbG9hZChlbnRyeS5wYXRoKTtcbn07XG5cbmRlc2NyaWJlKCdncmFtbWFycycsICgpID0+IHtcbiAgdGVzdCgnZXZlcnkgY29udHJpYnV0ZWQgZ3JhbW1hciBleGlzdHMsIGlzIEpTT04sIGFuZCBkZWNsYXJlcyB0aGUgc2NvcGUgcGFja2FnZS5qc29uIHNheXMnLCAoKSA9PiB7XG4gICAgYXNzZXJ0Lm9rKEdSQU1NQVJTLmxlbmd0aCA+PSAzKTtcbiAgICBmb3IgKGNvbnN0IGVudHJ5IG9mIEdSQU1NQVJTKSB7XG4gICAgICBhc3NlcnQub2soZXhpc3RzU3luYyhqb2luKFJPT1QsIGVudHJ5LnBhdGgpKSwgYCR7ZW50cnkucGF0aH0gZXhpc3RzYCk7XG4gICAgICBjb25zdCBnID0gbG9hZChlbnRyeS5wYXRoKTtcbiAgICAgIGFzc2VydC5lcXVhbChnLnNjb3BlTmFtZSwgZW50cnkuc2NvcGVOYW1lKTtcbiAgICAgIGZvciAoY29uc3QgciBvZiByZWdleGVzKGcpKSBhc3NlcnQuZG9lc05vdFRocm93KCgpID0+IGNvbXBpbGUoci5zb3VyY2UpLCBgJHtlbnRyeS5wYXRofSAke3Iud2hlcmV9YCk7XG4gICAgICBpZiAoZW50cnkuaW5qZWN0VG8pIGFzc2VydC5vayhnLmluamVjdGlvblNlbGVjdG9yLCBgJHtlbnRyeS5wYXRofSBpcyBhbiBpbmplY3Rpb24gd2l0aCBhIHNlbGVjdG9yYCk7XG4gICAgICBpZiAoZW50cnkubGFuZ3VhZ2UpIHtcbiAgICAgICAgY29uc3QgbGFuZyA9IChwa2cuY29udHJpYnV0ZXMubGFuZ3VhZ2VzIGFzIHsgaWQ6IHN0cmluZzsgY29uZmlndXJhdGlvbj86IHN0cmluZyB9W10pLmZpbmQobCA9PiBsLmlkID09PSBlbnRyeS5sYW5ndWFnZSk7XG4gICAgICAgIGFzc2VydC5vayhsYW5nLCBgbGFuZ3VhZ2UgJHtlbnRyeS5sYW5ndWFnZX0gaXMgY29udHJpYnV0ZWRgKTtcbiAgICAgICAgaWYgKGxhbmcuY29uZmlndXJhdGlvbikgSlNPTi5wYXJzZShyZWFkRmlsZVN5bmMoam9pbihST09ULCBsYW5nLmNvbmZpZ3VyYXRpb24pLCAndXRmOCcpKTtcbiAgICAgIH1cbiAgICB9XG4gIH0pO1xuXG4gIHRlc3QoJ2NsdXN0ZXIuY29uZiBpcyBhIGxhbmd1YWdlIG9mIGl0cyBvd24sIGJ5IGZpbGUgbmFtZScsICgpID0+IHtcbiAgICBjb25zdCBsYW5nID0gKHBrZy5jb250cmlidXRlcy5sYW5ndWFnZXMgYXMgeyBpZDogc3RyaW5nOyBmaWxlbmFtZXM/OiBzdHJpbmdbXSB9W10pLmZpbmQobCA9PiBsLmlkID09PSAnbmFjb3MtY2x1c3Rlci1jb25mJyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChsYW5nPy5maWxlbmFtZXMsIFsnY2x1c3Rlci5jb25mJ10pO1xuICB9KTtcblxuICB0ZXN0KCdwbGFjZWhvbGRlcnMgaW4gcHJvcGVydGllcyBhbmQgZW52IGZpbGVzOiBpbmplY3RlZCBpbnRvIHNvdXJjZS5pbmkgb3V0c2lkZSBjb21tZW50cycsICgpID0+IHtcbiAgICBjb25zdCBlbnRyeSA9IEdSQU1NQVJTLmZpbmQoeCA9PiB4LnNjb3BlTmFtZSA9PT0gJ25hY29zLWF1dGgtbGludC5wbGFjZWhvbGRlci5pbmplY3Rpb24nKSE7XG4gICAgYXNzZXJ0Lm9rKGVudHJ5LmluamVjdFRvPy5pbmNsdWRlcygnc291cmNlLmluaScpLCAnVlMgQ29kZSAxLjEwMCBnaXZlcyAucHJvcGVydGllcyBhbmQgLmVudiB0aGUgc2NvcGUgc291cmNlLmluaScpO1xuICAgIGNvbnN0IGcgPSBieVNjb3BlKGVudHJ5LnNjb3BlTmFtZSk7XG4gICAgYXNzZXJ0Lm1hdGNoKGcuaW5qZWN0aW9uU2VsZWN0b3IhLCAvTDpzb3VyY2VcXC5pbmkgLWNvbW1lbnQvKTtcblxuICAgIGxldCB7IHRva2Vucywgb3BlblJlZ2lvbnMgfSA9IHRva2VuaXplKGcsICduYWNvcy5jb3JlLmF1dGguc2VydmVyLmlkZW50aXR5LmtleT0ke05BQ09TX0FVVEhfSURFTlRJVFlfS0VZOnNlcnZlcklkZW50aXR5fScpO1xuICAgIGFzc2VydC5lcXVhbChvcGVuUmVnaW9ucywgMCk7XG4gICAgYXNzZXJ0Lm9rKHNjb3Blc09mKHRva2VucywgJyR7JykuaW5jbHVkZXMoJ3B1bmN0dWF0aW9uLmRlZmluaXRpb24udGVtcGxhdGUtZXhwcmVzc2lvbi5iZWdpbi5uYWNvcy1hdXRoLWxpbnQnKSk7XG4gICAgYXNzZXJ0Lm9rKHNjb3Blc09mKHRva2VucywgJ05BQ09TX0FVVEhfSURFTlRJVFlfS0VZJykuaW5jbHVkZXMoJ3ZhcmlhYmxlLm90aGVyLnBsYWNlaG9sZGVyLm5hY29zLWF1dGgtbGludCcpKTtcbiAgICBhc3NlcnQub2soc2NvcGVzT2YodG9rZW5zLCAnOicpLmluY2x1ZGVzKCdrZXl3b3JkLm9wZXJhdG9yLnBsYWNlaG9sZGVyLm5hY29zLWF1dGgtbGludCcpKTtcbiAgICBhc3NlcnQub2soc2NvcGVzT2YodG9rZW5zLCAnc2VydmVySWRlbnRpdHknKS5pbmNsdWRlcygnc3RyaW5nLnVucXVvdGVkLnBsYWNlaG9sZGVyLWRlZmF1bHQubmFjb3MtYXV0aC1saW50JykpO1xuICAgIGFzc2VydC5vayhzY29wZXNPZih0b2tlbnMsICd9JykuaW5jbHVkZXMoJ3B1bmN0dWF0aW9uLmRlZmluaXRpb24udGVtcGxhdGUtZXhwcmVzc2lvbi5lbmQubmFjb3MtYXV0aC1saW50JykpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoc2NvcGVzT2YodG9rZW5zLCAnbmFjb3MuY29yZS5hdXRoLnNlcnZlci5pZGVudGl0eS5rZXk9JyksIFtdLCAndGhlIGtleSBpcyBsZWZ0IHRvIHRoZSBob3N0IGdyYW1tYXInKTtcblxuICAgICh7IHRva2VucyB9ID0gdG9rZW5pemUoZywgJ2E9JHtPVVRFUjoke0lOTkVSOnh9fScpKTtcbiAgICBhc3NlcnQub2soc2NvcGVzT2YodG9rZW5zLCAnSU5ORVInKS5pbmNsdWRlcygndmFyaWFibGUub3RoZXIucGxhY2Vob2xkZXIubmFjb3MtYXV0aC1saW50JyksICduZXN0ZWQgcGxhY2Vob2xkZXJzJyk7XG5cbiAgICAoeyB0b2tlbnMgfSA9IHRva2VuaXplKGcsICdOQUNPU19BVVRIX1RPS0VOPSR7VE9LRU46LWMyVmpjbVYwfScpKTtcbiAgICBhc3NlcnQub2soc2NvcGVzT2YodG9rZW5zLCAnOi0nKS5pbmNsdWRlcygna2V5d29yZC5vcGVyYXRvci5wbGFjZWhvbGRlci5uYWNvcy1hdXRoLWxpbnQnKSwgJ0NvbXBvc2Ugb3BlcmF0b3JzIGluIGVudiBmaWxlcycpO1xuICAgIGFzc2VydC5vayhzY29wZXNPZih0b2tlbnMsICdjMlZqY21WMCcpLmluY2x1ZGVzKCdzdHJpbmcudW5xdW90ZWQucGxhY2Vob2xkZXItZGVmYXVsdC5uYWNvcy1hdXRoLWxpbnQnKSk7XG5cbiAgICAoeyB0b2tlbnMsIG9wZW5SZWdpb25zIH0gPSB0b2tlbml6ZShnLCAnYnJva2VuPSR7Tk9UX0NMT1NFRCcpKTtcbiAgICBhc3NlcnQuZXF1YWwob3BlblJlZ2lvbnMsIDAsICdhbiB1bnRlcm1pbmF0ZWQgcGxhY2Vob2xkZXIgZW5kcyB3aXRoIHRoZSBsaW5lJyk7XG4gICAgYXNzZXJ0Lm9rKHNjb3Blc09mKHRva2VucywgJ05PVF9DTE9TRUQnKS5pbmNsdWRlcygndmFyaWFibGUub3RoZXIucGxhY2Vob2xkZXIubmFjb3MtYXV0aC1saW50JykpO1xuICB9KTtcblxuICB0ZXN0KCdDb21wb3NlIGludGVycG9sYXRpb24gaW4gWUFNTDogb3BlcmF0b3JzLCBuZXN0aW5nLCAkJCBhbmQgJFZBUjsgbm90ICR7eyB9fScsICgpID0+IHtcbiAgICBjb25zdCBlbnRyeSA9IEdSQU1NQVJTLmZpbmQoeCA9PiB4LnNjb3BlTmFtZSA9PT0gJ25hY29zLWF1dGgtbGludC5jb21wb3NlLWludGVycG9sYXRpb24uaW5qZWN0aW9uJykhO1xuICAgIGFzc2VydC5vayhlbnRyeS5pbmplY3RUbz8uaW5jbHVkZXMoJ3NvdXJjZS55YW1sJykpO1xuICAgIGNvbnN0IGcgPSBieVNjb3BlKGVudHJ5LnNjb3BlTmFtZSk7XG4gICAgbGV0IHsgdG9rZW5zIH0gPSB0b2tlbml6ZShnLCAnICAgICAgLSBOQUNPU19BVVRIX0lERU5USVRZX1ZBTFVFPSR7SURFTlRJVFlfVkFMVUU6P3NldCBpdCBpbiAuZW52fScpO1xuICAgIGFzc2VydC5vayhzY29wZXNPZih0b2tlbnMsICdJREVOVElUWV9WQUxVRScpLmluY2x1ZGVzKCd2YXJpYWJsZS5vdGhlci5pbnRlcnBvbGF0aW9uLm5hY29zLWF1dGgtbGludCcpKTtcbiAgICBhc3NlcnQub2soc2NvcGVzT2YodG9rZW5zLCAnOj8nKS5pbmNsdWRlcygna2V5d29yZC5vcGVyYXRvci5pbnRlcnBvbGF0aW9uLm5hY29zLWF1dGgtbGludCcpKTtcbiAgICBhc3NlcnQub2soc2NvcGVzT2YodG9rZW5zLCAnc2V0IGl0IGluIC5lbnYnKS5pbmNsdWRlcygnc3RyaW5nLnVucXVvdGVkLmludGVycG9sYXRpb24tb3BlcmFuZC5uYWNvcy1hdXRoLWxpbnQnKSk7XG5cbiAgICAoeyB0b2tlbnMgfSA9IHRva2VuaXplKGcsICcgICAgaW1hZ2U6IG5hY29zL25hY29zLXNlcnZlcjoke05BQ09TX1ZFUlNJT046LSR7RkFMTEJBQ0t9fScpKTtcbiAgICBhc3NlcnQub2soc2NvcGVzT2YodG9rZW5zLCAnRkFMTEJBQ0snKS5pbmNsdWRlcygndmFyaWFibGUub3RoZXIuaW50ZXJwb2xhdGlvbi5uYWNvcy1hdXRoLWxpbnQnKSk7XG5cbiAgICAoeyB0b2tlbnMgfSA9IHRva2VuaXplKGcsICcgICAgICBOQUNPU19BVVRIX1RPS0VOOiBcImFiJCRjZCRTVUZGSVhcIicpKTtcbiAgICBhc3NlcnQub2soc2NvcGVzT2YodG9rZW5zLCAnJCQnKS5pbmNsdWRlcygnY29uc3RhbnQuY2hhcmFjdGVyLmVzY2FwZS5kb2xsYXIubmFjb3MtYXV0aC1saW50JykpO1xuICAgIGFzc2VydC5vayhzY29wZXNPZih0b2tlbnMsICdTVUZGSVgnKS5pbmNsdWRlcygndmFyaWFibGUub3RoZXIuaW50ZXJwb2xhdGlvbi5uYWNvcy1hdXRoLWxpbnQnKSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChzY29wZXNPZih0b2tlbnMsICdjZCcpLCBbXSwgJyQkIGNvbnN1bWVzIGJvdGggZG9sbGFycycpO1xuXG4gICAgKHsgdG9rZW5zIH0gPSB0b2tlbml6ZShnLCAnICAgICAgICBydW46IGVjaG8gJHt7IGdpdGh1Yi5zaGEgfX0nKSk7XG4gICAgYXNzZXJ0Lm9rKHRva2Vucy5ldmVyeSh0ID0+IHQuc2NvcGVzLmxlbmd0aCA9PT0gMCksICdHaXRIdWIgQWN0aW9ucyBleHByZXNzaW9ucyBhcmUgbm90IENvbXBvc2UgcmVmZXJlbmNlcycpO1xuICB9KTtcblxuICB0ZXN0KCdjbHVzdGVyLmNvbmY6IGFkZHJlc3NlcywgcG9ydHMsIHNlcGFyYXRvcnMsIGNvbW1lbnRzJywgKCkgPT4ge1xuICAgIGNvbnN0IGcgPSBieVNjb3BlKCdzb3VyY2UubmFjb3MtY2x1c3Rlci1jb25mJyk7XG4gICAgbGV0IHsgdG9rZW5zIH0gPSB0b2tlbml6ZShnLCAnMTAuMC4wLjE6ODg0OCAjIGZpcnN0IG5vZGUnKTtcbiAgICBhc3NlcnQub2soc2NvcGVzT2YodG9rZW5zLCAnMTAuMC4wLjEnKS5pbmNsdWRlcygnY29uc3RhbnQubnVtZXJpYy5pcC1hZGRyZXNzLnY0Lm5hY29zLWNsdXN0ZXItY29uZicpKTtcbiAgICBhc3NlcnQub2soc2NvcGVzT2YodG9rZW5zLCAnODg0OCcpLmluY2x1ZGVzKCdjb25zdGFudC5udW1lcmljLnBvcnQubmFjb3MtY2x1c3Rlci1jb25mJykpO1xuICAgIGFzc2VydC5vayhzY29wZXNPZih0b2tlbnMsICcgZmlyc3Qgbm9kZScpLmluY2x1ZGVzKCdjb21tZW50LmxpbmUubnVtYmVyLXNpZ24ubmFjb3MtY2x1c3Rlci1jb25mJykpO1xuICAgIGFzc2VydC5vayhzY29wZXNPZih0b2tlbnMsICcjJykuaW5jbHVkZXMoJ3B1bmN0dWF0aW9uLmRlZmluaXRpb24uY29tbWVudC5uYWNvcy1jbHVzdGVyLWNvbmYnKSk7XG5cbiAgICAoeyB0b2tlbnMgfSA9IHRva2VuaXplKGcsICduYWNvczE6ODg0OCxuYWNvczIuc3ZjLmxvY2FsOjg4NDggWzo6MV06ODg0OCcpKTtcbiAgICBhc3NlcnQub2soc2NvcGVzT2YodG9rZW5zLCAnbmFjb3MxJykuaW5jbHVkZXMoJ2VudGl0eS5uYW1lLnRhZy5ob3N0Lm5hY29zLWNsdXN0ZXItY29uZicpKTtcbiAgICBhc3NlcnQub2soc2NvcGVzT2YodG9rZW5zLCAnbmFjb3MyLnN2Yy5sb2NhbCcpLmluY2x1ZGVzKCdlbnRpdHkubmFtZS50YWcuaG9zdC5uYWNvcy1jbHVzdGVyLWNvbmYnKSk7XG4gICAgYXNzZXJ0Lm9rKHNjb3Blc09mKHRva2VucywgJywnKS5pbmNsdWRlcygncHVuY3R1YXRpb24uc2VwYXJhdG9yLm1lbWJlci5uYWNvcy1jbHVzdGVyLWNvbmYnKSk7XG4gICAgYXNzZXJ0Lm9rKHNjb3Blc09mKHRva2VucywgJ1s6OjFdJykuaW5jbHVkZXMoJ2NvbnN0YW50Lm51bWVyaWMuaXAtYWRkcmVzcy52Ni5uYWNvcy1jbHVzdGVyLWNvbmYnKSk7XG5cbiAgICAoeyB0b2tlbnMgfSA9IHRva2VuaXplKGcsICcxMC4wLjAuMTo4OGEnKSk7XG4gICAgYXNzZXJ0Lm9rKHNjb3Blc09mKHRva2VucywgJzEwLjAuMC4xOjg4YScpLmluY2x1ZGVzKCdpbnZhbGlkLmlsbGVnYWwubWVtYmVyLm5hY29zLWNsdXN0ZXItY29uZicpKTtcbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFHQSx1QkFBK0I7QUFDL0Isb0JBQW1CO0FBQ25CLHFCQUF5QztBQUN6Qyx1QkFBcUI7QUFFckIsSUFBTSxPQUFPLFFBQVEsSUFBSTtBQUN6QixJQUFNLE1BQU0sS0FBSyxVQUFNLGlDQUFhLHVCQUFLLE1BQU0sY0FBYyxHQUFHLE1BQU0sQ0FBQztBQW1CdkUsU0FBUyxLQUFLLE1BQXVCO0FBQ25DLFNBQU8sS0FBSyxVQUFNLGlDQUFhLHVCQUFLLE1BQU0sSUFBSSxHQUFHLE1BQU0sQ0FBQztBQUMxRDtBQUdBLFNBQVMsUUFBUSxHQUFpRDtBQUNoRSxRQUFNLE1BQTJDLENBQUM7QUFDbEQsUUFBTSxPQUFPLENBQUMsR0FBUyxVQUFrQjtBQUN2QyxlQUFXLEtBQUssQ0FBQyxTQUFTLFNBQVMsS0FBSyxFQUFZLEtBQUksRUFBRSxDQUFDLE1BQU0sT0FBVyxLQUFJLEtBQUssRUFBRSxPQUFPLEdBQUcsS0FBSyxJQUFJLENBQUMsSUFBSSxRQUFRLEVBQUUsQ0FBQyxFQUFHLENBQUM7QUFDOUgsTUFBRSxVQUFVLFFBQVEsQ0FBQyxHQUFHLE1BQU0sS0FBSyxHQUFHLEdBQUcsS0FBSyxhQUFhLENBQUMsR0FBRyxDQUFDO0FBQUEsRUFDbEU7QUFDQSxPQUFLLEdBQUcsTUFBTTtBQUNkLGFBQVcsQ0FBQyxNQUFNLENBQUMsS0FBSyxPQUFPLFFBQVEsRUFBRSxjQUFjLENBQUMsQ0FBQyxFQUFHLE1BQUssR0FBRyxjQUFjLElBQUksRUFBRTtBQUN4RixTQUFPO0FBQ1Q7QUFFQSxTQUFTLFFBQVEsUUFBbUQ7QUFFbEUsUUFBTSxXQUFXLE9BQU8sU0FBUyxLQUFLO0FBQ3RDLFNBQU8sRUFBRSxJQUFJLElBQUksT0FBTyxPQUFPLFFBQVEsUUFBUSxFQUFFLEdBQUcsV0FBVyxPQUFPLElBQUksR0FBRyxTQUFTO0FBQ3hGO0FBS0EsU0FBUyxTQUFTLEdBQVksTUFBd0Q7QUFDcEYsUUFBTSxXQUF1QixNQUFNLEtBQUssRUFBRSxRQUFRLEtBQUssT0FBTyxHQUFHLE1BQU0sQ0FBQyxDQUFDO0FBQ3pFLFFBQU0sT0FBTyxDQUFDLE9BQWUsS0FBYSxVQUFrQjtBQUFFLGFBQVMsSUFBSSxPQUFPLElBQUksS0FBSyxJQUFLLFVBQVMsQ0FBQyxFQUFFLEtBQUssS0FBSztBQUFBLEVBQUc7QUFDekgsUUFBTSxTQUFTLENBQUMsVUFBMEIsTUFBTSxRQUFRLE9BQUs7QUFDM0QsUUFBSSxDQUFDLEVBQUUsUUFBUyxRQUFPLENBQUMsQ0FBQztBQUN6QixVQUFNLFNBQVMsRUFBRSxhQUFhLEVBQUUsUUFBUSxRQUFRLE1BQU0sRUFBRSxDQUFDO0FBQ3pELGtCQUFBQSxRQUFPLEdBQUcsUUFBUSxXQUFXLEVBQUUsT0FBTyxXQUFXO0FBQ2pELFdBQU8sT0FBTyxTQUFTLE9BQU8sUUFBUSxDQUFDLE1BQU0sSUFBSSxPQUFPLE9BQU8sWUFBWSxDQUFDLENBQUM7QUFBQSxFQUMvRSxDQUFDO0FBQ0QsUUFBTSxnQkFBZ0IsQ0FBQyxHQUFvQixTQUF1RDtBQUNoRyxlQUFXLENBQUMsR0FBRyxDQUFDLEtBQUssT0FBTyxRQUFRLFFBQVEsQ0FBQyxDQUFDLEdBQUc7QUFDL0MsWUFBTSxPQUFPLEVBQUUsVUFBVSxPQUFPLENBQUMsQ0FBQztBQUNsQyxVQUFJLEtBQU0sTUFBSyxLQUFLLENBQUMsR0FBRyxLQUFLLENBQUMsR0FBRyxFQUFFLElBQUk7QUFBQSxJQUN6QztBQUFBLEVBQ0Y7QUFFQSxRQUFNLFFBQWlCLENBQUM7QUFDeEIsTUFBSSxNQUFNO0FBQ1YsTUFBSSxTQUFTO0FBQ2IsTUFBSSxRQUFRO0FBQ1osU0FBTyxPQUFPLEtBQUssVUFBVSxVQUFVLEtBQVE7QUFDN0MsVUFBTSxRQUFRLE1BQU0sTUFBTSxTQUFTLENBQUM7QUFDcEMsVUFBTSxhQUFhLE9BQU8sUUFBUSxNQUFNLEtBQUssWUFBWSxDQUFDLElBQUksRUFBRSxZQUFZLENBQUMsQ0FBQztBQUM5RSxRQUFJO0FBQ0osVUFBTSxRQUFRLENBQUMsUUFBZ0IsTUFBd0IsVUFBbUI7QUFDeEUsWUFBTSxFQUFFLElBQUksU0FBUyxJQUFJLFFBQVEsTUFBTTtBQUN2QyxVQUFJLFlBQVksUUFBUSxPQUFRO0FBQ2hDLFNBQUcsWUFBWTtBQUNmLFlBQU1DLEtBQUksR0FBRyxLQUFLLElBQUk7QUFDdEIsVUFBSSxDQUFDQSxHQUFHO0FBQ1IsVUFBSSxDQUFDLFFBQVFBLEdBQUUsUUFBUSxLQUFLLEVBQUUsU0FBVUEsR0FBRSxVQUFVLEtBQUssRUFBRSxTQUFTLFNBQVMsQ0FBQyxLQUFLLE1BQVEsUUFBTyxFQUFFLEdBQUFBLElBQUcsTUFBTSxNQUFNO0FBQUEsSUFDckg7QUFDQSxRQUFJLE1BQU8sT0FBTSxNQUFNLEtBQUssS0FBTSxRQUFXLElBQUk7QUFDakQsZUFBVyxLQUFLLFdBQVksT0FBTyxFQUFFLFNBQVMsRUFBRSxPQUFTLEdBQUcsS0FBSztBQUNqRSxRQUFJLENBQUMsS0FBTTtBQUNYLFVBQU0sRUFBRSxFQUFFLElBQUk7QUFDZCxVQUFNLE9BQU8sRUFBRSxRQUFRLEVBQUUsQ0FBQyxFQUFFO0FBQzVCLFFBQUksS0FBSyxPQUFPO0FBQ2Qsb0JBQWMsR0FBRyxNQUFPLEtBQUssV0FBVztBQUN4QyxVQUFJLE1BQU8sS0FBSyxLQUFNLE1BQUssTUFBTyxPQUFPLE1BQU0sTUFBTyxLQUFLLElBQUk7QUFDL0QsWUFBTSxJQUFJO0FBQUEsSUFDWixXQUFXLEtBQUssS0FBTSxVQUFVLFFBQVc7QUFDekMsVUFBSSxLQUFLLEtBQU0sS0FBTSxNQUFLLEVBQUUsT0FBTyxNQUFNLEtBQUssS0FBTSxJQUFJO0FBQ3hELG9CQUFjLEdBQUcsS0FBSyxLQUFNLFFBQVE7QUFBQSxJQUN0QyxPQUFPO0FBQ0wsb0JBQWMsR0FBRyxLQUFLLEtBQU0sYUFBYTtBQUN6QyxZQUFNLEtBQUssRUFBRSxNQUFNLEtBQUssTUFBTyxPQUFPLEVBQUUsTUFBTSxDQUFDO0FBQUEsSUFDakQ7QUFDQSxhQUFTO0FBRVQsVUFBTSxTQUFTLE9BQU8sRUFBRSxDQUFDLEVBQUUsV0FBVyxLQUFLLENBQUMsS0FBSyxRQUFRLE1BQU0sSUFBSTtBQUNuRSxRQUFJLE9BQU8sS0FBSyxVQUFVLENBQUMsTUFBTSxPQUFRO0FBQ3pDLFFBQUksS0FBSyxTQUFTLEVBQUUsQ0FBQyxFQUFFLFdBQVcsS0FBSyxPQUFPLEtBQUssVUFBVSxDQUFDLE1BQU0sT0FBUTtBQUFBLEVBQzlFO0FBQ0EsYUFBVyxLQUFLLE1BQU8sS0FBSSxFQUFFLEtBQUssS0FBTSxNQUFLLEVBQUUsT0FBTyxLQUFLLFFBQVEsRUFBRSxLQUFLLElBQUk7QUFDOUUsUUFBTSxTQUFrQixDQUFDO0FBQ3pCLFdBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxRQUFRLEtBQUs7QUFDcEMsVUFBTSxNQUFNLFNBQVMsQ0FBQyxFQUFFLEtBQUssR0FBRztBQUNoQyxVQUFNLE9BQU8sT0FBTyxPQUFPLFNBQVMsQ0FBQztBQUNyQyxRQUFJLFFBQVEsS0FBSyxPQUFPLEtBQUssR0FBRyxNQUFNLElBQUssTUFBSyxRQUFRLEtBQUssQ0FBQztBQUFBLFFBQ3pELFFBQU8sS0FBSyxFQUFFLE1BQU0sS0FBSyxDQUFDLEdBQUcsUUFBUSxDQUFDLEdBQUcsU0FBUyxDQUFDLENBQUMsRUFBRSxDQUFDO0FBQUEsRUFDOUQ7QUFDQSxTQUFPLEVBQUUsUUFBUSxhQUFhLE1BQU0sT0FBTztBQUM3QztBQUdBLFNBQVMsU0FBUyxRQUFpQixNQUF3QjtBQUN6RCxRQUFNLE1BQU0sT0FBTyxLQUFLLE9BQUssRUFBRSxTQUFTLElBQUk7QUFDNUMsZ0JBQUFELFFBQU8sR0FBRyxLQUFLLFlBQVksSUFBSSxRQUFRLEtBQUssVUFBVSxPQUFPLElBQUksT0FBSyxFQUFFLElBQUksQ0FBQyxDQUFDLEVBQUU7QUFDaEYsU0FBTyxJQUFJO0FBQ2I7QUFFQSxJQUFNLFdBQVksSUFBSSxhQUFhLFlBQVksQ0FBQztBQUNoRCxJQUFNLFVBQVUsQ0FBQyxNQUFjO0FBQzdCLFFBQU0sUUFBUSxTQUFTLEtBQUssT0FBSyxFQUFFLGNBQWMsQ0FBQztBQUNsRCxnQkFBQUEsUUFBTyxHQUFHLE9BQU8sb0NBQW9DLENBQUMsRUFBRTtBQUN4RCxTQUFPLEtBQUssTUFBTSxJQUFJO0FBQ3hCO0FBQUEsSUFFQSwyQkFBUyxZQUFZLE1BQU07QUFDekIsNkJBQUssdUZBQXVGLE1BQU07QUFDaEcsa0JBQUFBLFFBQU8sR0FBRyxTQUFTLFVBQVUsQ0FBQztBQUM5QixlQUFXLFNBQVMsVUFBVTtBQUM1QixvQkFBQUEsUUFBTyxPQUFHLCtCQUFXLHVCQUFLLE1BQU0sTUFBTSxJQUFJLENBQUMsR0FBRyxHQUFHLE1BQU0sSUFBSSxTQUFTO0FBQ3BFLFlBQU0sSUFBSSxLQUFLLE1BQU0sSUFBSTtBQUN6QixvQkFBQUEsUUFBTyxNQUFNLEVBQUUsV0FBVyxNQUFNLFNBQVM7QUFDekMsaUJBQVcsS0FBSyxRQUFRLENBQUMsRUFBRyxlQUFBQSxRQUFPLGFBQWEsTUFBTSxRQUFRLEVBQUUsTUFBTSxHQUFHLEdBQUcsTUFBTSxJQUFJLElBQUksRUFBRSxLQUFLLEVBQUU7QUFDbkcsVUFBSSxNQUFNLFNBQVUsZUFBQUEsUUFBTyxHQUFHLEVBQUUsbUJBQW1CLEdBQUcsTUFBTSxJQUFJLGtDQUFrQztBQUNsRyxVQUFJLE1BQU0sVUFBVTtBQUNsQixjQUFNLE9BQVEsSUFBSSxZQUFZLFVBQXVELEtBQUssT0FBSyxFQUFFLE9BQU8sTUFBTSxRQUFRO0FBQ3RILHNCQUFBQSxRQUFPLEdBQUcsTUFBTSxZQUFZLE1BQU0sUUFBUSxpQkFBaUI7QUFDM0QsWUFBSSxLQUFLLGNBQWUsTUFBSyxVQUFNLGlDQUFhLHVCQUFLLE1BQU0sS0FBSyxhQUFhLEdBQUcsTUFBTSxDQUFDO0FBQUEsTUFDekY7QUFBQSxJQUNGO0FBQUEsRUFDRixDQUFDO0FBRUQsNkJBQUssdURBQXVELE1BQU07QUFDaEUsVUFBTSxPQUFRLElBQUksWUFBWSxVQUFxRCxLQUFLLE9BQUssRUFBRSxPQUFPLG9CQUFvQjtBQUMxSCxrQkFBQUEsUUFBTyxVQUFVLE1BQU0sV0FBVyxDQUFDLGNBQWMsQ0FBQztBQUFBLEVBQ3BELENBQUM7QUFFRCw2QkFBSyx1RkFBdUYsTUFBTTtBQUNoRyxVQUFNLFFBQVEsU0FBUyxLQUFLLE9BQUssRUFBRSxjQUFjLHVDQUF1QztBQUN4RixrQkFBQUEsUUFBTyxHQUFHLE1BQU0sVUFBVSxTQUFTLFlBQVksR0FBRywrREFBK0Q7QUFDakgsVUFBTSxJQUFJLFFBQVEsTUFBTSxTQUFTO0FBQ2pDLGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxtQkFBb0Isd0JBQXdCO0FBRTNELFFBQUksRUFBRSxRQUFRLFlBQVksSUFBSSxTQUFTLEdBQUcsK0VBQStFO0FBQ3pILGtCQUFBQSxRQUFPLE1BQU0sYUFBYSxDQUFDO0FBQzNCLGtCQUFBQSxRQUFPLEdBQUcsU0FBUyxRQUFRLElBQUksRUFBRSxTQUFTLGtFQUFrRSxDQUFDO0FBQzdHLGtCQUFBQSxRQUFPLEdBQUcsU0FBUyxRQUFRLHlCQUF5QixFQUFFLFNBQVMsNENBQTRDLENBQUM7QUFDNUcsa0JBQUFBLFFBQU8sR0FBRyxTQUFTLFFBQVEsR0FBRyxFQUFFLFNBQVMsOENBQThDLENBQUM7QUFDeEYsa0JBQUFBLFFBQU8sR0FBRyxTQUFTLFFBQVEsZ0JBQWdCLEVBQUUsU0FBUyxxREFBcUQsQ0FBQztBQUM1RyxrQkFBQUEsUUFBTyxHQUFHLFNBQVMsUUFBUSxHQUFHLEVBQUUsU0FBUyxnRUFBZ0UsQ0FBQztBQUMxRyxrQkFBQUEsUUFBTyxVQUFVLFNBQVMsUUFBUSxzQ0FBc0MsR0FBRyxDQUFDLEdBQUcscUNBQXFDO0FBRXBILEtBQUMsRUFBRSxPQUFPLElBQUksU0FBUyxHQUFHLHVCQUF1QjtBQUNqRCxrQkFBQUEsUUFBTyxHQUFHLFNBQVMsUUFBUSxPQUFPLEVBQUUsU0FBUyw0Q0FBNEMsR0FBRyxxQkFBcUI7QUFFakgsS0FBQyxFQUFFLE9BQU8sSUFBSSxTQUFTLEdBQUcscUNBQXFDO0FBQy9ELGtCQUFBQSxRQUFPLEdBQUcsU0FBUyxRQUFRLElBQUksRUFBRSxTQUFTLDhDQUE4QyxHQUFHLGdDQUFnQztBQUMzSCxrQkFBQUEsUUFBTyxHQUFHLFNBQVMsUUFBUSxVQUFVLEVBQUUsU0FBUyxxREFBcUQsQ0FBQztBQUV0RyxLQUFDLEVBQUUsUUFBUSxZQUFZLElBQUksU0FBUyxHQUFHLHFCQUFxQjtBQUM1RCxrQkFBQUEsUUFBTyxNQUFNLGFBQWEsR0FBRyxnREFBZ0Q7QUFDN0Usa0JBQUFBLFFBQU8sR0FBRyxTQUFTLFFBQVEsWUFBWSxFQUFFLFNBQVMsNENBQTRDLENBQUM7QUFBQSxFQUNqRyxDQUFDO0FBRUQsNkJBQUssOEVBQThFLE1BQU07QUFDdkYsVUFBTSxRQUFRLFNBQVMsS0FBSyxPQUFLLEVBQUUsY0FBYyxpREFBaUQ7QUFDbEcsa0JBQUFBLFFBQU8sR0FBRyxNQUFNLFVBQVUsU0FBUyxhQUFhLENBQUM7QUFDakQsVUFBTSxJQUFJLFFBQVEsTUFBTSxTQUFTO0FBQ2pDLFFBQUksRUFBRSxPQUFPLElBQUksU0FBUyxHQUFHLHFFQUFxRTtBQUNsRyxrQkFBQUEsUUFBTyxHQUFHLFNBQVMsUUFBUSxnQkFBZ0IsRUFBRSxTQUFTLDhDQUE4QyxDQUFDO0FBQ3JHLGtCQUFBQSxRQUFPLEdBQUcsU0FBUyxRQUFRLElBQUksRUFBRSxTQUFTLGdEQUFnRCxDQUFDO0FBQzNGLGtCQUFBQSxRQUFPLEdBQUcsU0FBUyxRQUFRLGdCQUFnQixFQUFFLFNBQVMsdURBQXVELENBQUM7QUFFOUcsS0FBQyxFQUFFLE9BQU8sSUFBSSxTQUFTLEdBQUcsNkRBQTZEO0FBQ3ZGLGtCQUFBQSxRQUFPLEdBQUcsU0FBUyxRQUFRLFVBQVUsRUFBRSxTQUFTLDhDQUE4QyxDQUFDO0FBRS9GLEtBQUMsRUFBRSxPQUFPLElBQUksU0FBUyxHQUFHLHlDQUF5QztBQUNuRSxrQkFBQUEsUUFBTyxHQUFHLFNBQVMsUUFBUSxJQUFJLEVBQUUsU0FBUyxrREFBa0QsQ0FBQztBQUM3RixrQkFBQUEsUUFBTyxHQUFHLFNBQVMsUUFBUSxRQUFRLEVBQUUsU0FBUyw4Q0FBOEMsQ0FBQztBQUM3RixrQkFBQUEsUUFBTyxVQUFVLFNBQVMsUUFBUSxJQUFJLEdBQUcsQ0FBQyxHQUFHLDBCQUEwQjtBQUV2RSxLQUFDLEVBQUUsT0FBTyxJQUFJLFNBQVMsR0FBRyxxQ0FBcUM7QUFDL0Qsa0JBQUFBLFFBQU8sR0FBRyxPQUFPLE1BQU0sT0FBSyxFQUFFLE9BQU8sV0FBVyxDQUFDLEdBQUcsdURBQXVEO0FBQUEsRUFDN0csQ0FBQztBQUVELDZCQUFLLHdEQUF3RCxNQUFNO0FBQ2pFLFVBQU0sSUFBSSxRQUFRLDJCQUEyQjtBQUM3QyxRQUFJLEVBQUUsT0FBTyxJQUFJLFNBQVMsR0FBRyw0QkFBNEI7QUFDekQsa0JBQUFBLFFBQU8sR0FBRyxTQUFTLFFBQVEsVUFBVSxFQUFFLFNBQVMsbURBQW1ELENBQUM7QUFDcEcsa0JBQUFBLFFBQU8sR0FBRyxTQUFTLFFBQVEsTUFBTSxFQUFFLFNBQVMsMENBQTBDLENBQUM7QUFDdkYsa0JBQUFBLFFBQU8sR0FBRyxTQUFTLFFBQVEsYUFBYSxFQUFFLFNBQVMsNkNBQTZDLENBQUM7QUFDakcsa0JBQUFBLFFBQU8sR0FBRyxTQUFTLFFBQVEsR0FBRyxFQUFFLFNBQVMsbURBQW1ELENBQUM7QUFFN0YsS0FBQyxFQUFFLE9BQU8sSUFBSSxTQUFTLEdBQUcsOENBQThDO0FBQ3hFLGtCQUFBQSxRQUFPLEdBQUcsU0FBUyxRQUFRLFFBQVEsRUFBRSxTQUFTLHlDQUF5QyxDQUFDO0FBQ3hGLGtCQUFBQSxRQUFPLEdBQUcsU0FBUyxRQUFRLGtCQUFrQixFQUFFLFNBQVMseUNBQXlDLENBQUM7QUFDbEcsa0JBQUFBLFFBQU8sR0FBRyxTQUFTLFFBQVEsR0FBRyxFQUFFLFNBQVMsaURBQWlELENBQUM7QUFDM0Ysa0JBQUFBLFFBQU8sR0FBRyxTQUFTLFFBQVEsT0FBTyxFQUFFLFNBQVMsbURBQW1ELENBQUM7QUFFakcsS0FBQyxFQUFFLE9BQU8sSUFBSSxTQUFTLEdBQUcsY0FBYztBQUN4QyxrQkFBQUEsUUFBTyxHQUFHLFNBQVMsUUFBUSxjQUFjLEVBQUUsU0FBUywyQ0FBMkMsQ0FBQztBQUFBLEVBQ2xHLENBQUM7QUFDSCxDQUFDOyIsCiAgIm5hbWVzIjogWyJhc3NlcnQiLCAibSJdCn0K
