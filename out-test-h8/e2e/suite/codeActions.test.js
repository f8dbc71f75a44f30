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

// test/e2e/suite/codeActions.test.ts
var assert2 = __toESM(require("node:assert/strict"));
var vscode2 = __toESM(require("vscode"));

// test/e2e/suite/util.ts
var assert = __toESM(require("node:assert/strict"));
var vscode = __toESM(require("vscode"));
var SOURCE = "nacos-auth-lint";
var EXTENSION_ID = "nacos-auth-lint.nacos-auth-lint";
function wsUri(rel) {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "no workspace folder is open (the runner opens a copy of test/e2e/workspace)");
  return vscode.Uri.joinPath(folder.uri, ...rel.split("/"));
}
async function activate() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded (package.json name/publisher?)`);
  await ext.activate();
  return ext;
}
async function open(rel) {
  const doc = await vscode.workspace.openTextDocument(wsUri(rel));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}
function codeOf(d) {
  return typeof d.code === "object" && d.code !== null ? String(d.code.value) : String(d.code);
}
function ours(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}
var describe = (ds) => ds.length ? ds.map((d) => `${codeOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1} "${d.message}"`).join("; ") : "none";
function waitForDiagnostics(uri, pred, what, timeout = 15e3) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const ds = ours(uri);
      if (!pred(ds)) return false;
      done();
      resolve(ds);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${timeout} ms waiting for ${what} in ${vscode.workspace.asRelativePath(uri)}; ours now: ${describe(ours(uri))}`));
    }, timeout);
    function done() {
      clearTimeout(timer);
      sub.dispose();
    }
    check();
  });
}
var withCode = (code) => (ds) => ds.some((d) => codeOf(d) === code);
var withoutCode = (code) => (ds) => !ds.some((d) => typeof code === "string" ? codeOf(d) === code : code.test(codeOf(d)));
async function readDisk(rel) {
  return Buffer.from(await vscode.workspace.fs.readFile(wsUri(rel))).toString("utf8");
}
function prop(text, key) {
  const line = text.split(/\r?\n/).find((l) => l.startsWith(`${key}=`));
  return line === void 0 ? void 0 : line.slice(key.length + 1);
}

// test/e2e/suite/codeActions.test.ts
var NODES = ["node1", "node2", "node3"].map((n) => `quickfix/${n}/conf/application.properties`);
var KEY = "nacos.core.auth.server.identity.key";
var VALUE = "nacos.core.auth.server.identity.value";
async function actionsFor(doc, d) {
  return vscode2.commands.executeCommand(
    "vscode.executeCodeActionProvider",
    doc.uri,
    d.range,
    vscode2.CodeActionKind.QuickFix.value,
    50
  );
}
suite("code actions", () => {
  let doc;
  let diag;
  suiteSetup(async () => {
    await activate();
    doc = await open(NODES[0]);
    const ds = await waitForDiagnostics(doc.uri, withCode("identity-public-value"), "identity-public-value");
    diag = ds.find((d) => codeOf(d) === "identity-public-value");
  });
  test('"Generate secure identity pair" is offered, preferred, and edits every member of the cluster', async () => {
    const actions = await actionsFor(doc, diag);
    const gen = actions.find((a) => /generate secure identity pair/i.test(a.title));
    assert2.ok(gen, `not offered; got: ${actions.map((a) => a.title).join(" | ") || "nothing"}`);
    assert2.equal(gen.isPreferred, true, "not isPreferred");
    assert2.ok(gen.edit, "the action has no WorkspaceEdit");
    const touched = gen.edit.entries().map(([u]) => u.toString());
    for (const n of NODES) assert2.ok(touched.includes(wsUri(n).toString()), `the edit does not touch ${n}`);
  });
  test("a suppression action inserts the disable-next-line comment with the rule id", async () => {
    const actions = await actionsFor(doc, diag);
    const inserted = (a) => (a.edit?.entries() ?? []).flatMap(([, es]) => es.map((e) => e.newText)).join("\n");
    const sup = actions.find((a) => inserted(a).includes("# nacos-auth-lint-disable-next-line identity-public-value"));
    assert2.ok(sup, `no suppression action; got: ${actions.map((a) => a.title).join(" | ")}`);
  });
  test("applying it writes one new pair to every member and the diagnostics go away", async () => {
    const before = await Promise.all(NODES.map(readDisk));
    const gen = (await actionsFor(doc, diag)).find((a) => /generate secure identity pair/i.test(a.title));
    assert2.ok(await vscode2.workspace.applyEdit(gen.edit), "applyEdit returned false");
    if (gen.command) await vscode2.commands.executeCommand(gen.command.command, ...gen.command.arguments ?? []);
    for (const [uri] of gen.edit.entries()) {
      const d = vscode2.workspace.textDocuments.find((x) => x.uri.toString() === uri.toString());
      if (d?.isDirty) assert2.ok(await d.save(), `saving ${vscode2.workspace.asRelativePath(uri)} failed`);
    }
    const after = await Promise.all(NODES.map(readDisk));
    const keys = after.map((t) => prop(t, KEY));
    const values = after.map((t) => prop(t, VALUE));
    assert2.notDeepEqual(after, before, "no file changed on disk");
    assert2.equal(new Set(keys).size, 1, `members got different keys: ${keys.map((k) => k?.length)}`);
    assert2.equal(new Set(values).size, 1, "members got different values");
    assert2.match(keys[0], /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, "key is not an HTTP token");
    assert2.notEqual(keys[0], "serverIdentity");
    assert2.match(values[0], /^[A-Za-z0-9_-]{43}$/, "value is not 32 random bytes in base64url without padding");
    for (const n of NODES) {
      await waitForDiagnostics(wsUri(n), withoutCode(/^identity-|^cluster-identity-/), `no identity diagnostics on ${n} after the fix`);
    }
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9lMmUvc3VpdGUvY29kZUFjdGlvbnMudGVzdC50cyIsICIuLi8uLi8uLi90ZXN0L2UyZS9zdWl0ZS91dGlsLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLy8gPHJlZmVyZW5jZSB0eXBlcz1cIm1vY2hhXCIgLz5cbmltcG9ydCAqIGFzIGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgeyBhY3RpdmF0ZSwgY29kZU9mLCBvcGVuLCBwcm9wLCByZWFkRGlzaywgd2FpdEZvckRpYWdub3N0aWNzLCB3aXRoQ29kZSwgd2l0aG91dENvZGUsIHdzVXJpIH0gZnJvbSAnLi91dGlsJztcblxuY29uc3QgTk9ERVMgPSBbJ25vZGUxJywgJ25vZGUyJywgJ25vZGUzJ10ubWFwKG4gPT4gYHF1aWNrZml4LyR7bn0vY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzYCk7XG5jb25zdCBLRVkgPSAnbmFjb3MuY29yZS5hdXRoLnNlcnZlci5pZGVudGl0eS5rZXknO1xuY29uc3QgVkFMVUUgPSAnbmFjb3MuY29yZS5hdXRoLnNlcnZlci5pZGVudGl0eS52YWx1ZSc7XG5cbmFzeW5jIGZ1bmN0aW9uIGFjdGlvbnNGb3IoZG9jOiB2c2NvZGUuVGV4dERvY3VtZW50LCBkOiB2c2NvZGUuRGlhZ25vc3RpYyk6IFByb21pc2U8dnNjb2RlLkNvZGVBY3Rpb25bXT4ge1xuICAvLyBpdGVtUmVzb2x2ZUNvdW50OiByZXNvbHZlIGxhemlseSBjb21wdXRlZCBlZGl0cyAoY29kZUFjdGlvbi9yZXNvbHZlKSB0b28uXG4gIHJldHVybiB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQ8dnNjb2RlLkNvZGVBY3Rpb25bXT4oXG4gICAgJ3ZzY29kZS5leGVjdXRlQ29kZUFjdGlvblByb3ZpZGVyJywgZG9jLnVyaSwgZC5yYW5nZSwgdnNjb2RlLkNvZGVBY3Rpb25LaW5kLlF1aWNrRml4LnZhbHVlLCA1MCk7XG59XG5cbnN1aXRlKCdjb2RlIGFjdGlvbnMnLCAoKSA9PiB7XG4gIGxldCBkb2M6IHZzY29kZS5UZXh0RG9jdW1lbnQ7XG4gIGxldCBkaWFnOiB2c2NvZGUuRGlhZ25vc3RpYztcblxuICBzdWl0ZVNldHVwKGFzeW5jICgpID0+IHtcbiAgICBhd2FpdCBhY3RpdmF0ZSgpO1xuICAgIGRvYyA9IGF3YWl0IG9wZW4oTk9ERVNbMF0pO1xuICAgIGNvbnN0IGRzID0gYXdhaXQgd2FpdEZvckRpYWdub3N0aWNzKGRvYy51cmksIHdpdGhDb2RlKCdpZGVudGl0eS1wdWJsaWMtdmFsdWUnKSwgJ2lkZW50aXR5LXB1YmxpYy12YWx1ZScpO1xuICAgIGRpYWcgPSBkcy5maW5kKGQgPT4gY29kZU9mKGQpID09PSAnaWRlbnRpdHktcHVibGljLXZhbHVlJykhO1xuICB9KTtcblxuICB0ZXN0KCdcIkdlbmVyYXRlIHNlY3VyZSBpZGVudGl0eSBwYWlyXCIgaXMgb2ZmZXJlZCwgcHJlZmVycmVkLCBhbmQgZWRpdHMgZXZlcnkgbWVtYmVyIG9mIHRoZSBjbHVzdGVyJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGFjdGlvbnMgPSBhd2FpdCBhY3Rpb25zRm9yKGRvYywgZGlhZyk7XG4gICAgY29uc3QgZ2VuID0gYWN0aW9ucy5maW5kKGEgPT4gL2dlbmVyYXRlIHNlY3VyZSBpZGVudGl0eSBwYWlyL2kudGVzdChhLnRpdGxlKSk7XG4gICAgYXNzZXJ0Lm9rKGdlbiwgYG5vdCBvZmZlcmVkOyBnb3Q6ICR7YWN0aW9ucy5tYXAoYSA9PiBhLnRpdGxlKS5qb2luKCcgfCAnKSB8fCAnbm90aGluZyd9YCk7XG4gICAgYXNzZXJ0LmVxdWFsKGdlbi5pc1ByZWZlcnJlZCwgdHJ1ZSwgJ25vdCBpc1ByZWZlcnJlZCcpO1xuICAgIGFzc2VydC5vayhnZW4uZWRpdCwgJ3RoZSBhY3Rpb24gaGFzIG5vIFdvcmtzcGFjZUVkaXQnKTtcbiAgICBjb25zdCB0b3VjaGVkID0gZ2VuLmVkaXQuZW50cmllcygpLm1hcCgoW3VdKSA9PiB1LnRvU3RyaW5nKCkpO1xuICAgIGZvciAoY29uc3QgbiBvZiBOT0RFUykgYXNzZXJ0Lm9rKHRvdWNoZWQuaW5jbHVkZXMod3NVcmkobikudG9TdHJpbmcoKSksIGB0aGUgZWRpdCBkb2VzIG5vdCB0b3VjaCAke259YCk7XG4gIH0pO1xuXG4gIHRlc3QoJ2Egc3VwcHJlc3Npb24gYWN0aW9uIGluc2VydHMgdGhlIGRpc2FibGUtbmV4dC1saW5lIGNvbW1lbnQgd2l0aCB0aGUgcnVsZSBpZCcsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBhY3Rpb25zID0gYXdhaXQgYWN0aW9uc0Zvcihkb2MsIGRpYWcpO1xuICAgIGNvbnN0IGluc2VydGVkID0gKGE6IHZzY29kZS5Db2RlQWN0aW9uKSA9PlxuICAgICAgKGEuZWRpdD8uZW50cmllcygpID8/IFtdKS5mbGF0TWFwKChbLCBlc10pID0+IGVzLm1hcChlID0+IGUubmV3VGV4dCkpLmpvaW4oJ1xcbicpO1xuICAgIGNvbnN0IHN1cCA9IGFjdGlvbnMuZmluZChhID0+IGluc2VydGVkKGEpLmluY2x1ZGVzKCcjIG5hY29zLWF1dGgtbGludC1kaXNhYmxlLW5leHQtbGluZSBpZGVudGl0eS1wdWJsaWMtdmFsdWUnKSk7XG4gICAgYXNzZXJ0Lm9rKHN1cCwgYG5vIHN1cHByZXNzaW9uIGFjdGlvbjsgZ290OiAke2FjdGlvbnMubWFwKGEgPT4gYS50aXRsZSkuam9pbignIHwgJyl9YCk7XG4gIH0pO1xuXG4gIHRlc3QoJ2FwcGx5aW5nIGl0IHdyaXRlcyBvbmUgbmV3IHBhaXIgdG8gZXZlcnkgbWVtYmVyIGFuZCB0aGUgZGlhZ25vc3RpY3MgZ28gYXdheScsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBiZWZvcmUgPSBhd2FpdCBQcm9taXNlLmFsbChOT0RFUy5tYXAocmVhZERpc2spKTtcbiAgICBjb25zdCBnZW4gPSAoYXdhaXQgYWN0aW9uc0Zvcihkb2MsIGRpYWcpKS5maW5kKGEgPT4gL2dlbmVyYXRlIHNlY3VyZSBpZGVudGl0eSBwYWlyL2kudGVzdChhLnRpdGxlKSkhO1xuICAgIGFzc2VydC5vayhhd2FpdCB2c2NvZGUud29ya3NwYWNlLmFwcGx5RWRpdChnZW4uZWRpdCEpLCAnYXBwbHlFZGl0IHJldHVybmVkIGZhbHNlJyk7XG4gICAgaWYgKGdlbi5jb21tYW5kKSBhd2FpdCB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoZ2VuLmNvbW1hbmQuY29tbWFuZCwgLi4uKGdlbi5jb21tYW5kLmFyZ3VtZW50cyA/PyBbXSkpO1xuICAgIC8vIHdvcmtzcGFjZS5zYXZlQWxsKCkgc2F2ZXMgZWRpdG9ycyBvbmx5OyB0aGUgbWVtYmVycyB0aGUgZWRpdCBvcGVuZWQgaW4gdGhlIGJhY2tncm91bmQgYXJlIHNhdmVkIG9uZSBieSBvbmUuXG4gICAgZm9yIChjb25zdCBbdXJpXSBvZiBnZW4uZWRpdCEuZW50cmllcygpKSB7XG4gICAgICBjb25zdCBkID0gdnNjb2RlLndvcmtzcGFjZS50ZXh0RG9jdW1lbnRzLmZpbmQoeCA9PiB4LnVyaS50b1N0cmluZygpID09PSB1cmkudG9TdHJpbmcoKSk7XG4gICAgICBpZiAoZD8uaXNEaXJ0eSkgYXNzZXJ0Lm9rKGF3YWl0IGQuc2F2ZSgpLCBgc2F2aW5nICR7dnNjb2RlLndvcmtzcGFjZS5hc1JlbGF0aXZlUGF0aCh1cmkpfSBmYWlsZWRgKTtcbiAgICB9XG4gICAgY29uc3QgYWZ0ZXIgPSBhd2FpdCBQcm9taXNlLmFsbChOT0RFUy5tYXAocmVhZERpc2spKTtcbiAgICBjb25zdCBrZXlzID0gYWZ0ZXIubWFwKHQgPT4gcHJvcCh0LCBLRVkpKTtcbiAgICBjb25zdCB2YWx1ZXMgPSBhZnRlci5tYXAodCA9PiBwcm9wKHQsIFZBTFVFKSk7XG4gICAgYXNzZXJ0Lm5vdERlZXBFcXVhbChhZnRlciwgYmVmb3JlLCAnbm8gZmlsZSBjaGFuZ2VkIG9uIGRpc2snKTtcbiAgICBhc3NlcnQuZXF1YWwobmV3IFNldChrZXlzKS5zaXplLCAxLCBgbWVtYmVycyBnb3QgZGlmZmVyZW50IGtleXM6ICR7a2V5cy5tYXAoayA9PiBrPy5sZW5ndGgpfWApO1xuICAgIGFzc2VydC5lcXVhbChuZXcgU2V0KHZhbHVlcykuc2l6ZSwgMSwgJ21lbWJlcnMgZ290IGRpZmZlcmVudCB2YWx1ZXMnKTtcbiAgICBhc3NlcnQubWF0Y2goa2V5c1swXSEsIC9eWyEjJCUmJyorLl5fYHx+MC05QS1aYS16LV0rJC8sICdrZXkgaXMgbm90IGFuIEhUVFAgdG9rZW4nKTtcbiAgICBhc3NlcnQubm90RXF1YWwoa2V5c1swXSwgJ3NlcnZlcklkZW50aXR5Jyk7XG4gICAgYXNzZXJ0Lm1hdGNoKHZhbHVlc1swXSEsIC9eW0EtWmEtejAtOV8tXXs0M30kLywgJ3ZhbHVlIGlzIG5vdCAzMiByYW5kb20gYnl0ZXMgaW4gYmFzZTY0dXJsIHdpdGhvdXQgcGFkZGluZycpO1xuICAgIGZvciAoY29uc3QgbiBvZiBOT0RFUykge1xuICAgICAgYXdhaXQgd2FpdEZvckRpYWdub3N0aWNzKHdzVXJpKG4pLCB3aXRob3V0Q29kZSgvXmlkZW50aXR5LXxeY2x1c3Rlci1pZGVudGl0eS0vKSwgYG5vIGlkZW50aXR5IGRpYWdub3N0aWNzIG9uICR7bn0gYWZ0ZXIgdGhlIGZpeGApO1xuICAgIH1cbiAgfSk7XG59KTtcbiIsICIvLyBIZWxwZXJzIGZvciB0aGUgZXh0ZW5zaW9uLWhvc3Qgc3VpdGU6IHRoZSB3b3Jrc3BhY2UgaXMgYSBjb3B5IG9mIHRlc3QvZTJlL3dvcmtzcGFjZSAoc2VlIGl0cyBSRUFETUUubWQpLlxuaW1wb3J0ICogYXMgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgKiBhcyB2c2NvZGUgZnJvbSAndnNjb2RlJztcblxuZXhwb3J0IGNvbnN0IFNPVVJDRSA9ICduYWNvcy1hdXRoLWxpbnQnO1xuZXhwb3J0IGNvbnN0IEVYVEVOU0lPTl9JRCA9ICduYWNvcy1hdXRoLWxpbnQubmFjb3MtYXV0aC1saW50JztcbmV4cG9ydCBjb25zdCBDT01NQU5EUyA9IFsnbmFjb3NBdXRoTGludC5jaGVja1dvcmtzcGFjZScsICduYWNvc0F1dGhMaW50LmdlbmVyYXRlSWRlbnRpdHlQYWlyJywgJ25hY29zQXV0aExpbnQuc2hvd0VmZmVjdGl2ZUNvbmZpZyddO1xuXG5leHBvcnQgZnVuY3Rpb24gd3NVcmkocmVsOiBzdHJpbmcpOiB2c2NvZGUuVXJpIHtcbiAgY29uc3QgZm9sZGVyID0gdnNjb2RlLndvcmtzcGFjZS53b3Jrc3BhY2VGb2xkZXJzPy5bMF07XG4gIGFzc2VydC5vayhmb2xkZXIsICdubyB3b3Jrc3BhY2UgZm9sZGVyIGlzIG9wZW4gKHRoZSBydW5uZXIgb3BlbnMgYSBjb3B5IG9mIHRlc3QvZTJlL3dvcmtzcGFjZSknKTtcbiAgcmV0dXJuIHZzY29kZS5Vcmkuam9pblBhdGgoZm9sZGVyLnVyaSwgLi4ucmVsLnNwbGl0KCcvJykpO1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gYWN0aXZhdGUoKTogUHJvbWlzZTx2c2NvZGUuRXh0ZW5zaW9uPHVua25vd24+PiB7XG4gIGNvbnN0IGV4dCA9IHZzY29kZS5leHRlbnNpb25zLmdldEV4dGVuc2lvbihFWFRFTlNJT05fSUQpO1xuICBhc3NlcnQub2soZXh0LCBgZXh0ZW5zaW9uICR7RVhURU5TSU9OX0lEfSBpcyBub3QgbG9hZGVkIChwYWNrYWdlLmpzb24gbmFtZS9wdWJsaXNoZXI/KWApO1xuICBhd2FpdCBleHQuYWN0aXZhdGUoKTtcbiAgcmV0dXJuIGV4dDtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIG9wZW4ocmVsOiBzdHJpbmcpOiBQcm9taXNlPHZzY29kZS5UZXh0RG9jdW1lbnQ+IHtcbiAgY29uc3QgZG9jID0gYXdhaXQgdnNjb2RlLndvcmtzcGFjZS5vcGVuVGV4dERvY3VtZW50KHdzVXJpKHJlbCkpO1xuICBhd2FpdCB2c2NvZGUud2luZG93LnNob3dUZXh0RG9jdW1lbnQoZG9jLCB7IHByZXZpZXc6IGZhbHNlIH0pO1xuICByZXR1cm4gZG9jO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gY29kZU9mKGQ6IHZzY29kZS5EaWFnbm9zdGljKTogc3RyaW5nIHtcbiAgcmV0dXJuIHR5cGVvZiBkLmNvZGUgPT09ICdvYmplY3QnICYmIGQuY29kZSAhPT0gbnVsbCA/IFN0cmluZyhkLmNvZGUudmFsdWUpIDogU3RyaW5nKGQuY29kZSk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBvdXJzKHVyaTogdnNjb2RlLlVyaSk6IHZzY29kZS5EaWFnbm9zdGljW10ge1xuICByZXR1cm4gdnNjb2RlLmxhbmd1YWdlcy5nZXREaWFnbm9zdGljcyh1cmkpLmZpbHRlcihkID0+IGQuc291cmNlID09PSBTT1VSQ0UpO1xufVxuXG5jb25zdCBkZXNjcmliZSA9IChkczogdnNjb2RlLkRpYWdub3N0aWNbXSkgPT5cbiAgZHMubGVuZ3RoID8gZHMubWFwKGQgPT4gYCR7Y29kZU9mKGQpfUAke2QucmFuZ2Uuc3RhcnQubGluZSArIDF9OiR7ZC5yYW5nZS5zdGFydC5jaGFyYWN0ZXIgKyAxfSBcIiR7ZC5tZXNzYWdlfVwiYCkuam9pbignOyAnKSA6ICdub25lJztcblxuLyoqIFJlc29sdmVzIHdpdGggb3VyIGRpYWdub3N0aWNzIGZvciBgdXJpYCBvbmNlIGBwcmVkYCBob2xkczsgbm8gc2xlZXBzOiByZS1jaGVja3Mgb24gZXZlcnkgcHVibGljYXRpb24uICovXG5leHBvcnQgZnVuY3Rpb24gd2FpdEZvckRpYWdub3N0aWNzKFxuICB1cmk6IHZzY29kZS5VcmksXG4gIHByZWQ6IChkczogdnNjb2RlLkRpYWdub3N0aWNbXSkgPT4gYm9vbGVhbixcbiAgd2hhdDogc3RyaW5nLFxuICB0aW1lb3V0ID0gMTUwMDAsXG4pOiBQcm9taXNlPHZzY29kZS5EaWFnbm9zdGljW10+IHtcbiAgcmV0dXJuIG5ldyBQcm9taXNlKChyZXNvbHZlLCByZWplY3QpID0+IHtcbiAgICBjb25zdCBjaGVjayA9ICgpID0+IHtcbiAgICAgIGNvbnN0IGRzID0gb3Vycyh1cmkpO1xuICAgICAgaWYgKCFwcmVkKGRzKSkgcmV0dXJuIGZhbHNlO1xuICAgICAgZG9uZSgpO1xuICAgICAgcmVzb2x2ZShkcyk7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9O1xuICAgIGNvbnN0IHN1YiA9IHZzY29kZS5sYW5ndWFnZXMub25EaWRDaGFuZ2VEaWFnbm9zdGljcyhlID0+IHtcbiAgICAgIGlmIChlLnVyaXMuc29tZSh1ID0+IHUudG9TdHJpbmcoKSA9PT0gdXJpLnRvU3RyaW5nKCkpKSBjaGVjaygpO1xuICAgIH0pO1xuICAgIGNvbnN0IHRpbWVyID0gc2V0VGltZW91dCgoKSA9PiB7XG4gICAgICBkb25lKCk7XG4gICAgICByZWplY3QobmV3IEVycm9yKGB0aW1lZCBvdXQgYWZ0ZXIgJHt0aW1lb3V0fSBtcyB3YWl0aW5nIGZvciAke3doYXR9IGluICR7dnNjb2RlLndvcmtzcGFjZS5hc1JlbGF0aXZlUGF0aCh1cmkpfTsgb3VycyBub3c6ICR7ZGVzY3JpYmUob3Vycyh1cmkpKX1gKSk7XG4gICAgfSwgdGltZW91dCk7XG4gICAgZnVuY3Rpb24gZG9uZSgpIHtcbiAgICAgIGNsZWFyVGltZW91dCh0aW1lcik7XG4gICAgICBzdWIuZGlzcG9zZSgpO1xuICAgIH1cbiAgICBjaGVjaygpO1xuICB9KTtcbn1cblxuZXhwb3J0IGNvbnN0IHdpdGhDb2RlID0gKGNvZGU6IHN0cmluZykgPT4gKGRzOiB2c2NvZGUuRGlhZ25vc3RpY1tdKSA9PiBkcy5zb21lKGQgPT4gY29kZU9mKGQpID09PSBjb2RlKTtcbmV4cG9ydCBjb25zdCB3aXRob3V0Q29kZSA9IChjb2RlOiBzdHJpbmcgfCBSZWdFeHApID0+IChkczogdnNjb2RlLkRpYWdub3N0aWNbXSkgPT5cbiAgIWRzLnNvbWUoZCA9PiAodHlwZW9mIGNvZGUgPT09ICdzdHJpbmcnID8gY29kZU9mKGQpID09PSBjb2RlIDogY29kZS50ZXN0KGNvZGVPZihkKSkpKTtcblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJlYWREaXNrKHJlbDogc3RyaW5nKTogUHJvbWlzZTxzdHJpbmc+IHtcbiAgcmV0dXJuIEJ1ZmZlci5mcm9tKGF3YWl0IHZzY29kZS53b3Jrc3BhY2UuZnMucmVhZEZpbGUod3NVcmkocmVsKSkpLnRvU3RyaW5nKCd1dGY4Jyk7XG59XG5cbi8qKiBUaGUgdmFsdWUgb2YgYSBga2V5PXZhbHVlYCBsaW5lIGluIGEgcHJvcGVydGllcyB0ZXh0ICh0aGUgZml4dHVyZXMgdXNlIHBsYWluIGA9YCwgbm8gZXNjYXBlcykuICovXG5leHBvcnQgZnVuY3Rpb24gcHJvcCh0ZXh0OiBzdHJpbmcsIGtleTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbGluZSA9IHRleHQuc3BsaXQoL1xccj9cXG4vKS5maW5kKGwgPT4gbC5zdGFydHNXaXRoKGAke2tleX09YCkpO1xuICByZXR1cm4gbGluZSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogbGluZS5zbGljZShrZXkubGVuZ3RoICsgMSk7XG59XG5cbi8qKiBSZXNvbHZlcyBgcGAgb3IgcmVqZWN0cyBhZnRlciBgbXNgIChhIGNvbW1hbmQgdGhhdCB3YWl0cyBvbiBVSSBpbnB1dCB3b3VsZCBvdGhlcndpc2UgaGFuZyB0aGUgc3VpdGUpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdpdGhpbjxUPihwOiBUaGVuYWJsZTxUPiwgbXM6IG51bWJlciwgd2hhdDogc3RyaW5nKTogUHJvbWlzZTxUPiB7XG4gIHJldHVybiBQcm9taXNlLnJhY2UoW1xuICAgIFByb21pc2UucmVzb2x2ZShwKSxcbiAgICBuZXcgUHJvbWlzZTxUPigoXywgcmVqZWN0KSA9PiBzZXRUaW1lb3V0KCgpID0+IHJlamVjdChuZXcgRXJyb3IoYCR7d2hhdH0gZGlkIG5vdCBmaW5pc2ggd2l0aGluICR7bXN9IG1zYCkpLCBtcykpLFxuICBdKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFDQSxJQUFBQSxVQUF3QjtBQUN4QixJQUFBQyxVQUF3Qjs7O0FDRHhCLGFBQXdCO0FBQ3hCLGFBQXdCO0FBRWpCLElBQU0sU0FBUztBQUNmLElBQU0sZUFBZTtBQUdyQixTQUFTLE1BQU0sS0FBeUI7QUFDN0MsUUFBTSxTQUFnQixpQkFBVSxtQkFBbUIsQ0FBQztBQUNwRCxFQUFPLFVBQUcsUUFBUSw2RUFBNkU7QUFDL0YsU0FBYyxXQUFJLFNBQVMsT0FBTyxLQUFLLEdBQUcsSUFBSSxNQUFNLEdBQUcsQ0FBQztBQUMxRDtBQUVBLGVBQXNCLFdBQStDO0FBQ25FLFFBQU0sTUFBYSxrQkFBVyxhQUFhLFlBQVk7QUFDdkQsRUFBTyxVQUFHLEtBQUssYUFBYSxZQUFZLCtDQUErQztBQUN2RixRQUFNLElBQUksU0FBUztBQUNuQixTQUFPO0FBQ1Q7QUFFQSxlQUFzQixLQUFLLEtBQTJDO0FBQ3BFLFFBQU0sTUFBTSxNQUFhLGlCQUFVLGlCQUFpQixNQUFNLEdBQUcsQ0FBQztBQUM5RCxRQUFhLGNBQU8saUJBQWlCLEtBQUssRUFBRSxTQUFTLE1BQU0sQ0FBQztBQUM1RCxTQUFPO0FBQ1Q7QUFFTyxTQUFTLE9BQU8sR0FBOEI7QUFDbkQsU0FBTyxPQUFPLEVBQUUsU0FBUyxZQUFZLEVBQUUsU0FBUyxPQUFPLE9BQU8sRUFBRSxLQUFLLEtBQUssSUFBSSxPQUFPLEVBQUUsSUFBSTtBQUM3RjtBQUVPLFNBQVMsS0FBSyxLQUFzQztBQUN6RCxTQUFjLGlCQUFVLGVBQWUsR0FBRyxFQUFFLE9BQU8sT0FBSyxFQUFFLFdBQVcsTUFBTTtBQUM3RTtBQUVBLElBQU0sV0FBVyxDQUFDLE9BQ2hCLEdBQUcsU0FBUyxHQUFHLElBQUksT0FBSyxHQUFHLE9BQU8sQ0FBQyxDQUFDLElBQUksRUFBRSxNQUFNLE1BQU0sT0FBTyxDQUFDLElBQUksRUFBRSxNQUFNLE1BQU0sWUFBWSxDQUFDLEtBQUssRUFBRSxPQUFPLEdBQUcsRUFBRSxLQUFLLElBQUksSUFBSTtBQUd4SCxTQUFTLG1CQUNkLEtBQ0EsTUFDQSxNQUNBLFVBQVUsTUFDb0I7QUFDOUIsU0FBTyxJQUFJLFFBQVEsQ0FBQyxTQUFTLFdBQVc7QUFDdEMsVUFBTSxRQUFRLE1BQU07QUFDbEIsWUFBTSxLQUFLLEtBQUssR0FBRztBQUNuQixVQUFJLENBQUMsS0FBSyxFQUFFLEVBQUcsUUFBTztBQUN0QixXQUFLO0FBQ0wsY0FBUSxFQUFFO0FBQ1YsYUFBTztBQUFBLElBQ1Q7QUFDQSxVQUFNLE1BQWEsaUJBQVUsdUJBQXVCLE9BQUs7QUFDdkQsVUFBSSxFQUFFLEtBQUssS0FBSyxPQUFLLEVBQUUsU0FBUyxNQUFNLElBQUksU0FBUyxDQUFDLEVBQUcsT0FBTTtBQUFBLElBQy9ELENBQUM7QUFDRCxVQUFNLFFBQVEsV0FBVyxNQUFNO0FBQzdCLFdBQUs7QUFDTCxhQUFPLElBQUksTUFBTSxtQkFBbUIsT0FBTyxtQkFBbUIsSUFBSSxPQUFjLGlCQUFVLGVBQWUsR0FBRyxDQUFDLGVBQWUsU0FBUyxLQUFLLEdBQUcsQ0FBQyxDQUFDLEVBQUUsQ0FBQztBQUFBLElBQ3BKLEdBQUcsT0FBTztBQUNWLGFBQVMsT0FBTztBQUNkLG1CQUFhLEtBQUs7QUFDbEIsVUFBSSxRQUFRO0FBQUEsSUFDZDtBQUNBLFVBQU07QUFBQSxFQUNSLENBQUM7QUFDSDtBQUVPLElBQU0sV0FBVyxDQUFDLFNBQWlCLENBQUMsT0FBNEIsR0FBRyxLQUFLLE9BQUssT0FBTyxDQUFDLE1BQU0sSUFBSTtBQUMvRixJQUFNLGNBQWMsQ0FBQyxTQUEwQixDQUFDLE9BQ3JELENBQUMsR0FBRyxLQUFLLE9BQU0sT0FBTyxTQUFTLFdBQVcsT0FBTyxDQUFDLE1BQU0sT0FBTyxLQUFLLEtBQUssT0FBTyxDQUFDLENBQUMsQ0FBRTtBQUV0RixlQUFzQixTQUFTLEtBQThCO0FBQzNELFNBQU8sT0FBTyxLQUFLLE1BQWEsaUJBQVUsR0FBRyxTQUFTLE1BQU0sR0FBRyxDQUFDLENBQUMsRUFBRSxTQUFTLE1BQU07QUFDcEY7QUFHTyxTQUFTLEtBQUssTUFBYyxLQUFpQztBQUNsRSxRQUFNLE9BQU8sS0FBSyxNQUFNLE9BQU8sRUFBRSxLQUFLLE9BQUssRUFBRSxXQUFXLEdBQUcsR0FBRyxHQUFHLENBQUM7QUFDbEUsU0FBTyxTQUFTLFNBQVksU0FBWSxLQUFLLE1BQU0sSUFBSSxTQUFTLENBQUM7QUFDbkU7OztBRDNFQSxJQUFNLFFBQVEsQ0FBQyxTQUFTLFNBQVMsT0FBTyxFQUFFLElBQUksT0FBSyxZQUFZLENBQUMsOEJBQThCO0FBQzlGLElBQU0sTUFBTTtBQUNaLElBQU0sUUFBUTtBQUVkLGVBQWUsV0FBVyxLQUEwQixHQUFvRDtBQUV0RyxTQUFjLGlCQUFTO0FBQUEsSUFDckI7QUFBQSxJQUFvQyxJQUFJO0FBQUEsSUFBSyxFQUFFO0FBQUEsSUFBYyx1QkFBZSxTQUFTO0FBQUEsSUFBTztBQUFBLEVBQUU7QUFDbEc7QUFFQSxNQUFNLGdCQUFnQixNQUFNO0FBQzFCLE1BQUk7QUFDSixNQUFJO0FBRUosYUFBVyxZQUFZO0FBQ3JCLFVBQU0sU0FBUztBQUNmLFVBQU0sTUFBTSxLQUFLLE1BQU0sQ0FBQyxDQUFDO0FBQ3pCLFVBQU0sS0FBSyxNQUFNLG1CQUFtQixJQUFJLEtBQUssU0FBUyx1QkFBdUIsR0FBRyx1QkFBdUI7QUFDdkcsV0FBTyxHQUFHLEtBQUssT0FBSyxPQUFPLENBQUMsTUFBTSx1QkFBdUI7QUFBQSxFQUMzRCxDQUFDO0FBRUQsT0FBSyxnR0FBZ0csWUFBWTtBQUMvRyxVQUFNLFVBQVUsTUFBTSxXQUFXLEtBQUssSUFBSTtBQUMxQyxVQUFNLE1BQU0sUUFBUSxLQUFLLE9BQUssaUNBQWlDLEtBQUssRUFBRSxLQUFLLENBQUM7QUFDNUUsSUFBTyxXQUFHLEtBQUsscUJBQXFCLFFBQVEsSUFBSSxPQUFLLEVBQUUsS0FBSyxFQUFFLEtBQUssS0FBSyxLQUFLLFNBQVMsRUFBRTtBQUN4RixJQUFPLGNBQU0sSUFBSSxhQUFhLE1BQU0saUJBQWlCO0FBQ3JELElBQU8sV0FBRyxJQUFJLE1BQU0saUNBQWlDO0FBQ3JELFVBQU0sVUFBVSxJQUFJLEtBQUssUUFBUSxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUMsTUFBTSxFQUFFLFNBQVMsQ0FBQztBQUM1RCxlQUFXLEtBQUssTUFBTyxDQUFPLFdBQUcsUUFBUSxTQUFTLE1BQU0sQ0FBQyxFQUFFLFNBQVMsQ0FBQyxHQUFHLDJCQUEyQixDQUFDLEVBQUU7QUFBQSxFQUN4RyxDQUFDO0FBRUQsT0FBSywrRUFBK0UsWUFBWTtBQUM5RixVQUFNLFVBQVUsTUFBTSxXQUFXLEtBQUssSUFBSTtBQUMxQyxVQUFNLFdBQVcsQ0FBQyxPQUNmLEVBQUUsTUFBTSxRQUFRLEtBQUssQ0FBQyxHQUFHLFFBQVEsQ0FBQyxDQUFDLEVBQUUsRUFBRSxNQUFNLEdBQUcsSUFBSSxPQUFLLEVBQUUsT0FBTyxDQUFDLEVBQUUsS0FBSyxJQUFJO0FBQ2pGLFVBQU0sTUFBTSxRQUFRLEtBQUssT0FBSyxTQUFTLENBQUMsRUFBRSxTQUFTLDJEQUEyRCxDQUFDO0FBQy9HLElBQU8sV0FBRyxLQUFLLCtCQUErQixRQUFRLElBQUksT0FBSyxFQUFFLEtBQUssRUFBRSxLQUFLLEtBQUssQ0FBQyxFQUFFO0FBQUEsRUFDdkYsQ0FBQztBQUVELE9BQUssK0VBQStFLFlBQVk7QUFDOUYsVUFBTSxTQUFTLE1BQU0sUUFBUSxJQUFJLE1BQU0sSUFBSSxRQUFRLENBQUM7QUFDcEQsVUFBTSxPQUFPLE1BQU0sV0FBVyxLQUFLLElBQUksR0FBRyxLQUFLLE9BQUssaUNBQWlDLEtBQUssRUFBRSxLQUFLLENBQUM7QUFDbEcsSUFBTyxXQUFHLE1BQWEsa0JBQVUsVUFBVSxJQUFJLElBQUssR0FBRywwQkFBMEI7QUFDakYsUUFBSSxJQUFJLFFBQVMsT0FBYSxpQkFBUyxlQUFlLElBQUksUUFBUSxTQUFTLEdBQUksSUFBSSxRQUFRLGFBQWEsQ0FBQyxDQUFFO0FBRTNHLGVBQVcsQ0FBQyxHQUFHLEtBQUssSUFBSSxLQUFNLFFBQVEsR0FBRztBQUN2QyxZQUFNLElBQVcsa0JBQVUsY0FBYyxLQUFLLE9BQUssRUFBRSxJQUFJLFNBQVMsTUFBTSxJQUFJLFNBQVMsQ0FBQztBQUN0RixVQUFJLEdBQUcsUUFBUyxDQUFPLFdBQUcsTUFBTSxFQUFFLEtBQUssR0FBRyxVQUFpQixrQkFBVSxlQUFlLEdBQUcsQ0FBQyxTQUFTO0FBQUEsSUFDbkc7QUFDQSxVQUFNLFFBQVEsTUFBTSxRQUFRLElBQUksTUFBTSxJQUFJLFFBQVEsQ0FBQztBQUNuRCxVQUFNLE9BQU8sTUFBTSxJQUFJLE9BQUssS0FBSyxHQUFHLEdBQUcsQ0FBQztBQUN4QyxVQUFNLFNBQVMsTUFBTSxJQUFJLE9BQUssS0FBSyxHQUFHLEtBQUssQ0FBQztBQUM1QyxJQUFPLHFCQUFhLE9BQU8sUUFBUSx5QkFBeUI7QUFDNUQsSUFBTyxjQUFNLElBQUksSUFBSSxJQUFJLEVBQUUsTUFBTSxHQUFHLCtCQUErQixLQUFLLElBQUksT0FBSyxHQUFHLE1BQU0sQ0FBQyxFQUFFO0FBQzdGLElBQU8sY0FBTSxJQUFJLElBQUksTUFBTSxFQUFFLE1BQU0sR0FBRyw4QkFBOEI7QUFDcEUsSUFBTyxjQUFNLEtBQUssQ0FBQyxHQUFJLGlDQUFpQywwQkFBMEI7QUFDbEYsSUFBTyxpQkFBUyxLQUFLLENBQUMsR0FBRyxnQkFBZ0I7QUFDekMsSUFBTyxjQUFNLE9BQU8sQ0FBQyxHQUFJLHVCQUF1QiwyREFBMkQ7QUFDM0csZUFBVyxLQUFLLE9BQU87QUFDckIsWUFBTSxtQkFBbUIsTUFBTSxDQUFDLEdBQUcsWUFBWSwrQkFBK0IsR0FBRyw4QkFBOEIsQ0FBQyxnQkFBZ0I7QUFBQSxJQUNsSTtBQUFBLEVBQ0YsQ0FBQztBQUNILENBQUM7IiwKICAibmFtZXMiOiBbImFzc2VydCIsICJ2c2NvZGUiXQp9Cg==
