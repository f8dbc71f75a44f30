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

// test/e2e/suite/diagnostics.test.ts
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

// test/e2e/suite/diagnostics.test.ts
var NODE1 = "bare-metal/node1/conf/application.properties";
suite("diagnostics", () => {
  suiteSetup(async () => {
    await activate();
  });
  test("a published identity value is an error under the value, with rule id, source and rule doc", async () => {
    const doc = await open(NODE1);
    const ds = await waitForDiagnostics(doc.uri, withCode("identity-public-value"), "identity-public-value");
    const d = ds.find((x) => codeOf(x) === "identity-public-value");
    assert2.equal(d.severity, vscode2.DiagnosticSeverity.Error);
    assert2.equal(d.source, "nacos-auth-lint");
    const line = doc.lineAt(d.range.start.line).text;
    assert2.ok(line.startsWith("nacos.core.auth.server.identity."), `diagnostic on line "${line}"`);
    assert2.ok(doc.getText(d.range).length > 0, "empty range");
    assert2.ok(
      doc.getText(d.range).includes("security") || doc.getText(d.range).includes("serverIdentity"),
      `range covers "${doc.getText(d.range)}", not the published value`
    );
    assert2.ok(typeof d.code === "object" && d.code.target instanceof vscode2.Uri, "code has no codeDescription.href (rule doc link)");
    assert2.ok(!d.message.includes("security") || /published|public|公开/i.test(d.message), "message prints the value");
  });
  test("every member of the cluster gets it, open or not", async () => {
    for (const n of ["node2", "node3"]) {
      await waitForDiagnostics(wsUri(`bare-metal/${n}/conf/application.properties`), withCode("identity-public-value"), `identity-public-value on ${n}`);
    }
  });
  test("hover shows the masked effective value and where it came from", async () => {
    const doc = await open(NODE1);
    const line = doc.getText().split("\n").findIndex((l) => l.startsWith("nacos.core.auth.server.identity.value="));
    const pos = new vscode2.Position(line, "nacos.core.auth.server.identity.value=".length + 2);
    const hovers = await vscode2.commands.executeCommand("vscode.executeHoverProvider", doc.uri, pos);
    const text = hovers.flatMap((h) => h.contents).map((c) => typeof c === "string" ? c : "value" in c ? c.value : "").join("\n");
    assert2.ok(text.trim(), `no hover at ${line + 1}:${pos.character + 1} of ${NODE1} (a hover provider for auth keys/values is expected)`);
    assert2.match(text, /•|…|\(unset\)|\(empty\)/, `no masked value in the hover:
${text}`);
    assert2.match(text, /application\.properties/, `the hover does not say where the value came from:
${text}`);
    assert2.ok(!/=\s*security\b/.test(text), `the hover prints the raw value:
${text}`);
  });
  test("members with different identity pairs get cluster-identity-mismatch relating to each other", async () => {
    const a = wsUri("mismatch/node1/conf/application.properties");
    const b = wsUri("mismatch/node2/conf/application.properties");
    await vscode2.workspace.openTextDocument(a);
    const ds = await waitForDiagnostics(a, withCode("cluster-identity-mismatch"), "cluster-identity-mismatch");
    const d = ds.find((x) => codeOf(x) === "cluster-identity-mismatch");
    assert2.equal(d.severity, vscode2.DiagnosticSeverity.Error);
    assert2.ok(
      (d.relatedInformation ?? []).some((r) => r.location.uri.toString() === b.toString()),
      `relatedInformation does not point at the other member: ${JSON.stringify((d.relatedInformation ?? []).map((r) => r.location.uri.path))}`
    );
    await waitForDiagnostics(b, withCode("cluster-identity-mismatch"), "cluster-identity-mismatch on the other member");
  });
  test("a file linted while closed, then opened and edited, shows each diagnostic once, at its new place", async () => {
    const rel = "bare-metal/node2/conf/application.properties";
    const uri = wsUri(rel);
    const before = await waitForDiagnostics(uri, withCode("identity-public-value"), "identity-public-value while closed");
    const line = before.find((d) => codeOf(d) === "identity-public-value").range.start.line;
    const doc = await open(rel);
    const edit = new vscode2.WorkspaceEdit();
    edit.insert(uri, new vscode2.Position(0, 0), "# moved down by one line\n");
    assert2.ok(await vscode2.workspace.applyEdit(edit), "applyEdit returned false");
    try {
      const ds = await waitForDiagnostics(
        uri,
        (xs) => xs.some((d) => codeOf(d) === "identity-public-value" && d.range.start.line === line + 1),
        "identity-public-value one line further down"
      );
      const stale = ds.filter((d) => d.range.start.line === line && codeOf(d) === "identity-public-value");
      assert2.equal(stale.length, 0, `a stale copy is still on line ${line + 1}: ${stale.map((d) => d.message).join(" | ")}`);
      const keys = ds.map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character} ${d.message}`);
      assert2.equal(new Set(keys).size, keys.length, `listed twice: ${keys.filter((k, i) => keys.indexOf(k) !== i).join(" | ")}`);
    } finally {
      await vscode2.window.showTextDocument(doc);
      await vscode2.commands.executeCommand("workbench.action.files.revert");
    }
  });
  test("a compose file fed by .env gets the diagnostic in .env", async () => {
    await open("docker/compose.yaml");
    const env = wsUri("docker/.env");
    const ds = await waitForDiagnostics(env, withCode("identity-public-value"), "identity-public-value in .env");
    const d = ds.find((x) => codeOf(x) === "identity-public-value");
    const envDoc = await vscode2.workspace.openTextDocument(env);
    assert2.match(envDoc.lineAt(d.range.start.line).text, /^NACOS_AUTH_IDENTITY_(VALUE|KEY)=/);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9lMmUvc3VpdGUvZGlhZ25vc3RpY3MudGVzdC50cyIsICIuLi8uLi8uLi90ZXN0L2UyZS9zdWl0ZS91dGlsLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLy8gPHJlZmVyZW5jZSB0eXBlcz1cIm1vY2hhXCIgLz5cbmltcG9ydCAqIGFzIGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgeyBhY3RpdmF0ZSwgY29kZU9mLCBvcGVuLCB3YWl0Rm9yRGlhZ25vc3RpY3MsIHdpdGhDb2RlLCB3c1VyaSB9IGZyb20gJy4vdXRpbCc7XG5cbmNvbnN0IE5PREUxID0gJ2JhcmUtbWV0YWwvbm9kZTEvY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJztcblxuc3VpdGUoJ2RpYWdub3N0aWNzJywgKCkgPT4ge1xuICBzdWl0ZVNldHVwKGFzeW5jICgpID0+IHtcbiAgICBhd2FpdCBhY3RpdmF0ZSgpO1xuICB9KTtcblxuICB0ZXN0KCdhIHB1Ymxpc2hlZCBpZGVudGl0eSB2YWx1ZSBpcyBhbiBlcnJvciB1bmRlciB0aGUgdmFsdWUsIHdpdGggcnVsZSBpZCwgc291cmNlIGFuZCBydWxlIGRvYycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBkb2MgPSBhd2FpdCBvcGVuKE5PREUxKTtcbiAgICBjb25zdCBkcyA9IGF3YWl0IHdhaXRGb3JEaWFnbm9zdGljcyhkb2MudXJpLCB3aXRoQ29kZSgnaWRlbnRpdHktcHVibGljLXZhbHVlJyksICdpZGVudGl0eS1wdWJsaWMtdmFsdWUnKTtcbiAgICBjb25zdCBkID0gZHMuZmluZCh4ID0+IGNvZGVPZih4KSA9PT0gJ2lkZW50aXR5LXB1YmxpYy12YWx1ZScpITtcbiAgICBhc3NlcnQuZXF1YWwoZC5zZXZlcml0eSwgdnNjb2RlLkRpYWdub3N0aWNTZXZlcml0eS5FcnJvcik7XG4gICAgYXNzZXJ0LmVxdWFsKGQuc291cmNlLCAnbmFjb3MtYXV0aC1saW50Jyk7XG4gICAgY29uc3QgbGluZSA9IGRvYy5saW5lQXQoZC5yYW5nZS5zdGFydC5saW5lKS50ZXh0O1xuICAgIGFzc2VydC5vayhsaW5lLnN0YXJ0c1dpdGgoJ25hY29zLmNvcmUuYXV0aC5zZXJ2ZXIuaWRlbnRpdHkuJyksIGBkaWFnbm9zdGljIG9uIGxpbmUgXCIke2xpbmV9XCJgKTtcbiAgICBhc3NlcnQub2soZG9jLmdldFRleHQoZC5yYW5nZSkubGVuZ3RoID4gMCwgJ2VtcHR5IHJhbmdlJyk7XG4gICAgYXNzZXJ0Lm9rKFxuICAgICAgZG9jLmdldFRleHQoZC5yYW5nZSkuaW5jbHVkZXMoJ3NlY3VyaXR5JykgfHwgZG9jLmdldFRleHQoZC5yYW5nZSkuaW5jbHVkZXMoJ3NlcnZlcklkZW50aXR5JyksXG4gICAgICBgcmFuZ2UgY292ZXJzIFwiJHtkb2MuZ2V0VGV4dChkLnJhbmdlKX1cIiwgbm90IHRoZSBwdWJsaXNoZWQgdmFsdWVgLFxuICAgICk7XG4gICAgYXNzZXJ0Lm9rKHR5cGVvZiBkLmNvZGUgPT09ICdvYmplY3QnICYmIGQuY29kZS50YXJnZXQgaW5zdGFuY2VvZiB2c2NvZGUuVXJpLCAnY29kZSBoYXMgbm8gY29kZURlc2NyaXB0aW9uLmhyZWYgKHJ1bGUgZG9jIGxpbmspJyk7XG4gICAgYXNzZXJ0Lm9rKCFkLm1lc3NhZ2UuaW5jbHVkZXMoJ3NlY3VyaXR5JykgfHwgL3B1Ymxpc2hlZHxwdWJsaWN8XHU1MTZDXHU1RjAwL2kudGVzdChkLm1lc3NhZ2UpLCAnbWVzc2FnZSBwcmludHMgdGhlIHZhbHVlJyk7XG4gIH0pO1xuXG4gIHRlc3QoJ2V2ZXJ5IG1lbWJlciBvZiB0aGUgY2x1c3RlciBnZXRzIGl0LCBvcGVuIG9yIG5vdCcsIGFzeW5jICgpID0+IHtcbiAgICBmb3IgKGNvbnN0IG4gb2YgWydub2RlMicsICdub2RlMyddKSB7XG4gICAgICBhd2FpdCB3YWl0Rm9yRGlhZ25vc3RpY3Mod3NVcmkoYGJhcmUtbWV0YWwvJHtufS9jb25mL2FwcGxpY2F0aW9uLnByb3BlcnRpZXNgKSwgd2l0aENvZGUoJ2lkZW50aXR5LXB1YmxpYy12YWx1ZScpLCBgaWRlbnRpdHktcHVibGljLXZhbHVlIG9uICR7bn1gKTtcbiAgICB9XG4gIH0pO1xuXG4gIHRlc3QoJ2hvdmVyIHNob3dzIHRoZSBtYXNrZWQgZWZmZWN0aXZlIHZhbHVlIGFuZCB3aGVyZSBpdCBjYW1lIGZyb20nLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgZG9jID0gYXdhaXQgb3BlbihOT0RFMSk7XG4gICAgY29uc3QgbGluZSA9IGRvYy5nZXRUZXh0KCkuc3BsaXQoJ1xcbicpLmZpbmRJbmRleChsID0+IGwuc3RhcnRzV2l0aCgnbmFjb3MuY29yZS5hdXRoLnNlcnZlci5pZGVudGl0eS52YWx1ZT0nKSk7XG4gICAgY29uc3QgcG9zID0gbmV3IHZzY29kZS5Qb3NpdGlvbihsaW5lLCAnbmFjb3MuY29yZS5hdXRoLnNlcnZlci5pZGVudGl0eS52YWx1ZT0nLmxlbmd0aCArIDIpO1xuICAgIGNvbnN0IGhvdmVycyA9IGF3YWl0IHZzY29kZS5jb21tYW5kcy5leGVjdXRlQ29tbWFuZDx2c2NvZGUuSG92ZXJbXT4oJ3ZzY29kZS5leGVjdXRlSG92ZXJQcm92aWRlcicsIGRvYy51cmksIHBvcyk7XG4gICAgY29uc3QgdGV4dCA9IGhvdmVyc1xuICAgICAgLmZsYXRNYXAoaCA9PiBoLmNvbnRlbnRzKVxuICAgICAgLm1hcChjID0+ICh0eXBlb2YgYyA9PT0gJ3N0cmluZycgPyBjIDogJ3ZhbHVlJyBpbiBjID8gYy52YWx1ZSA6ICcnKSlcbiAgICAgIC5qb2luKCdcXG4nKTtcbiAgICBhc3NlcnQub2sodGV4dC50cmltKCksIGBubyBob3ZlciBhdCAke2xpbmUgKyAxfToke3Bvcy5jaGFyYWN0ZXIgKyAxfSBvZiAke05PREUxfSAoYSBob3ZlciBwcm92aWRlciBmb3IgYXV0aCBrZXlzL3ZhbHVlcyBpcyBleHBlY3RlZClgKTtcbiAgICBhc3NlcnQubWF0Y2godGV4dCwgL1x1MjAyMnxcdTIwMjZ8XFwodW5zZXRcXCl8XFwoZW1wdHlcXCkvLCBgbm8gbWFza2VkIHZhbHVlIGluIHRoZSBob3ZlcjpcXG4ke3RleHR9YCk7XG4gICAgYXNzZXJ0Lm1hdGNoKHRleHQsIC9hcHBsaWNhdGlvblxcLnByb3BlcnRpZXMvLCBgdGhlIGhvdmVyIGRvZXMgbm90IHNheSB3aGVyZSB0aGUgdmFsdWUgY2FtZSBmcm9tOlxcbiR7dGV4dH1gKTtcbiAgICBhc3NlcnQub2soIS89XFxzKnNlY3VyaXR5XFxiLy50ZXN0KHRleHQpLCBgdGhlIGhvdmVyIHByaW50cyB0aGUgcmF3IHZhbHVlOlxcbiR7dGV4dH1gKTtcbiAgfSk7XG5cbiAgdGVzdCgnbWVtYmVycyB3aXRoIGRpZmZlcmVudCBpZGVudGl0eSBwYWlycyBnZXQgY2x1c3Rlci1pZGVudGl0eS1taXNtYXRjaCByZWxhdGluZyB0byBlYWNoIG90aGVyJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGEgPSB3c1VyaSgnbWlzbWF0Y2gvbm9kZTEvY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJyk7XG4gICAgY29uc3QgYiA9IHdzVXJpKCdtaXNtYXRjaC9ub2RlMi9jb25mL2FwcGxpY2F0aW9uLnByb3BlcnRpZXMnKTtcbiAgICBhd2FpdCB2c2NvZGUud29ya3NwYWNlLm9wZW5UZXh0RG9jdW1lbnQoYSk7XG4gICAgY29uc3QgZHMgPSBhd2FpdCB3YWl0Rm9yRGlhZ25vc3RpY3MoYSwgd2l0aENvZGUoJ2NsdXN0ZXItaWRlbnRpdHktbWlzbWF0Y2gnKSwgJ2NsdXN0ZXItaWRlbnRpdHktbWlzbWF0Y2gnKTtcbiAgICBjb25zdCBkID0gZHMuZmluZCh4ID0+IGNvZGVPZih4KSA9PT0gJ2NsdXN0ZXItaWRlbnRpdHktbWlzbWF0Y2gnKSE7XG4gICAgYXNzZXJ0LmVxdWFsKGQuc2V2ZXJpdHksIHZzY29kZS5EaWFnbm9zdGljU2V2ZXJpdHkuRXJyb3IpO1xuICAgIGFzc2VydC5vayhcbiAgICAgIChkLnJlbGF0ZWRJbmZvcm1hdGlvbiA/PyBbXSkuc29tZShyID0+IHIubG9jYXRpb24udXJpLnRvU3RyaW5nKCkgPT09IGIudG9TdHJpbmcoKSksXG4gICAgICBgcmVsYXRlZEluZm9ybWF0aW9uIGRvZXMgbm90IHBvaW50IGF0IHRoZSBvdGhlciBtZW1iZXI6ICR7SlNPTi5zdHJpbmdpZnkoKGQucmVsYXRlZEluZm9ybWF0aW9uID8/IFtdKS5tYXAociA9PiByLmxvY2F0aW9uLnVyaS5wYXRoKSl9YCxcbiAgICApO1xuICAgIGF3YWl0IHdhaXRGb3JEaWFnbm9zdGljcyhiLCB3aXRoQ29kZSgnY2x1c3Rlci1pZGVudGl0eS1taXNtYXRjaCcpLCAnY2x1c3Rlci1pZGVudGl0eS1taXNtYXRjaCBvbiB0aGUgb3RoZXIgbWVtYmVyJyk7XG4gIH0pO1xuXG4gIHRlc3QoJ2EgZmlsZSBsaW50ZWQgd2hpbGUgY2xvc2VkLCB0aGVuIG9wZW5lZCBhbmQgZWRpdGVkLCBzaG93cyBlYWNoIGRpYWdub3N0aWMgb25jZSwgYXQgaXRzIG5ldyBwbGFjZScsIGFzeW5jICgpID0+IHtcbiAgICAvLyBQdXNoZWQgd2hpbGUgY2xvc2VkLCBwdWxsZWQgb25jZSBvcGVuOiB0aGUgcHVzaGVkIGNvcHkgbXVzdCBiZSB3aXRoZHJhd24sIG9yIGl0IHNob3dzIHR3aWNlIGFuZCBnb2VzIHN0YWxlLlxuICAgIGNvbnN0IHJlbCA9ICdiYXJlLW1ldGFsL25vZGUyL2NvbmYvYXBwbGljYXRpb24ucHJvcGVydGllcyc7XG4gICAgY29uc3QgdXJpID0gd3NVcmkocmVsKTtcbiAgICBjb25zdCBiZWZvcmUgPSBhd2FpdCB3YWl0Rm9yRGlhZ25vc3RpY3ModXJpLCB3aXRoQ29kZSgnaWRlbnRpdHktcHVibGljLXZhbHVlJyksICdpZGVudGl0eS1wdWJsaWMtdmFsdWUgd2hpbGUgY2xvc2VkJyk7XG4gICAgY29uc3QgbGluZSA9IGJlZm9yZS5maW5kKGQgPT4gY29kZU9mKGQpID09PSAnaWRlbnRpdHktcHVibGljLXZhbHVlJykhLnJhbmdlLnN0YXJ0LmxpbmU7XG4gICAgY29uc3QgZG9jID0gYXdhaXQgb3BlbihyZWwpO1xuICAgIGNvbnN0IGVkaXQgPSBuZXcgdnNjb2RlLldvcmtzcGFjZUVkaXQoKTtcbiAgICBlZGl0Lmluc2VydCh1cmksIG5ldyB2c2NvZGUuUG9zaXRpb24oMCwgMCksICcjIG1vdmVkIGRvd24gYnkgb25lIGxpbmVcXG4nKTtcbiAgICBhc3NlcnQub2soYXdhaXQgdnNjb2RlLndvcmtzcGFjZS5hcHBseUVkaXQoZWRpdCksICdhcHBseUVkaXQgcmV0dXJuZWQgZmFsc2UnKTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgZHMgPSBhd2FpdCB3YWl0Rm9yRGlhZ25vc3RpY3ModXJpLCB4cyA9PiB4cy5zb21lKGQgPT4gY29kZU9mKGQpID09PSAnaWRlbnRpdHktcHVibGljLXZhbHVlJyAmJiBkLnJhbmdlLnN0YXJ0LmxpbmUgPT09IGxpbmUgKyAxKSxcbiAgICAgICAgJ2lkZW50aXR5LXB1YmxpYy12YWx1ZSBvbmUgbGluZSBmdXJ0aGVyIGRvd24nKTtcbiAgICAgIGNvbnN0IHN0YWxlID0gZHMuZmlsdGVyKGQgPT4gZC5yYW5nZS5zdGFydC5saW5lID09PSBsaW5lICYmIGNvZGVPZihkKSA9PT0gJ2lkZW50aXR5LXB1YmxpYy12YWx1ZScpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHN0YWxlLmxlbmd0aCwgMCwgYGEgc3RhbGUgY29weSBpcyBzdGlsbCBvbiBsaW5lICR7bGluZSArIDF9OiAke3N0YWxlLm1hcChkID0+IGQubWVzc2FnZSkuam9pbignIHwgJyl9YCk7XG4gICAgICBjb25zdCBrZXlzID0gZHMubWFwKGQgPT4gYCR7Y29kZU9mKGQpfUAke2QucmFuZ2Uuc3RhcnQubGluZX06JHtkLnJhbmdlLnN0YXJ0LmNoYXJhY3Rlcn0gJHtkLm1lc3NhZ2V9YCk7XG4gICAgICBhc3NlcnQuZXF1YWwobmV3IFNldChrZXlzKS5zaXplLCBrZXlzLmxlbmd0aCwgYGxpc3RlZCB0d2ljZTogJHtrZXlzLmZpbHRlcigoaywgaSkgPT4ga2V5cy5pbmRleE9mKGspICE9PSBpKS5qb2luKCcgfCAnKX1gKTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93VGV4dERvY3VtZW50KGRvYyk7XG4gICAgICBhd2FpdCB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ3dvcmtiZW5jaC5hY3Rpb24uZmlsZXMucmV2ZXJ0Jyk7XG4gICAgfVxuICB9KTtcblxuICB0ZXN0KCdhIGNvbXBvc2UgZmlsZSBmZWQgYnkgLmVudiBnZXRzIHRoZSBkaWFnbm9zdGljIGluIC5lbnYnLCBhc3luYyAoKSA9PiB7XG4gICAgYXdhaXQgb3BlbignZG9ja2VyL2NvbXBvc2UueWFtbCcpO1xuICAgIGNvbnN0IGVudiA9IHdzVXJpKCdkb2NrZXIvLmVudicpO1xuICAgIGNvbnN0IGRzID0gYXdhaXQgd2FpdEZvckRpYWdub3N0aWNzKGVudiwgd2l0aENvZGUoJ2lkZW50aXR5LXB1YmxpYy12YWx1ZScpLCAnaWRlbnRpdHktcHVibGljLXZhbHVlIGluIC5lbnYnKTtcbiAgICBjb25zdCBkID0gZHMuZmluZCh4ID0+IGNvZGVPZih4KSA9PT0gJ2lkZW50aXR5LXB1YmxpYy12YWx1ZScpITtcbiAgICBjb25zdCBlbnZEb2MgPSBhd2FpdCB2c2NvZGUud29ya3NwYWNlLm9wZW5UZXh0RG9jdW1lbnQoZW52KTtcbiAgICBhc3NlcnQubWF0Y2goZW52RG9jLmxpbmVBdChkLnJhbmdlLnN0YXJ0LmxpbmUpLnRleHQsIC9eTkFDT1NfQVVUSF9JREVOVElUWV8oVkFMVUV8S0VZKT0vKTtcbiAgfSk7XG59KTtcbiIsICIvLyBIZWxwZXJzIGZvciB0aGUgZXh0ZW5zaW9uLWhvc3Qgc3VpdGU6IHRoZSB3b3Jrc3BhY2UgaXMgYSBjb3B5IG9mIHRlc3QvZTJlL3dvcmtzcGFjZSAoc2VlIGl0cyBSRUFETUUubWQpLlxuaW1wb3J0ICogYXMgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgKiBhcyB2c2NvZGUgZnJvbSAndnNjb2RlJztcblxuZXhwb3J0IGNvbnN0IFNPVVJDRSA9ICduYWNvcy1hdXRoLWxpbnQnO1xuZXhwb3J0IGNvbnN0IEVYVEVOU0lPTl9JRCA9ICduYWNvcy1hdXRoLWxpbnQubmFjb3MtYXV0aC1saW50JztcbmV4cG9ydCBjb25zdCBDT01NQU5EUyA9IFsnbmFjb3NBdXRoTGludC5jaGVja1dvcmtzcGFjZScsICduYWNvc0F1dGhMaW50LmdlbmVyYXRlSWRlbnRpdHlQYWlyJywgJ25hY29zQXV0aExpbnQuc2hvd0VmZmVjdGl2ZUNvbmZpZyddO1xuXG5leHBvcnQgZnVuY3Rpb24gd3NVcmkocmVsOiBzdHJpbmcpOiB2c2NvZGUuVXJpIHtcbiAgY29uc3QgZm9sZGVyID0gdnNjb2RlLndvcmtzcGFjZS53b3Jrc3BhY2VGb2xkZXJzPy5bMF07XG4gIGFzc2VydC5vayhmb2xkZXIsICdubyB3b3Jrc3BhY2UgZm9sZGVyIGlzIG9wZW4gKHRoZSBydW5uZXIgb3BlbnMgYSBjb3B5IG9mIHRlc3QvZTJlL3dvcmtzcGFjZSknKTtcbiAgcmV0dXJuIHZzY29kZS5Vcmkuam9pblBhdGgoZm9sZGVyLnVyaSwgLi4ucmVsLnNwbGl0KCcvJykpO1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gYWN0aXZhdGUoKTogUHJvbWlzZTx2c2NvZGUuRXh0ZW5zaW9uPHVua25vd24+PiB7XG4gIGNvbnN0IGV4dCA9IHZzY29kZS5leHRlbnNpb25zLmdldEV4dGVuc2lvbihFWFRFTlNJT05fSUQpO1xuICBhc3NlcnQub2soZXh0LCBgZXh0ZW5zaW9uICR7RVhURU5TSU9OX0lEfSBpcyBub3QgbG9hZGVkIChwYWNrYWdlLmpzb24gbmFtZS9wdWJsaXNoZXI/KWApO1xuICBhd2FpdCBleHQuYWN0aXZhdGUoKTtcbiAgcmV0dXJuIGV4dDtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIG9wZW4ocmVsOiBzdHJpbmcpOiBQcm9taXNlPHZzY29kZS5UZXh0RG9jdW1lbnQ+IHtcbiAgY29uc3QgZG9jID0gYXdhaXQgdnNjb2RlLndvcmtzcGFjZS5vcGVuVGV4dERvY3VtZW50KHdzVXJpKHJlbCkpO1xuICBhd2FpdCB2c2NvZGUud2luZG93LnNob3dUZXh0RG9jdW1lbnQoZG9jLCB7IHByZXZpZXc6IGZhbHNlIH0pO1xuICByZXR1cm4gZG9jO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gY29kZU9mKGQ6IHZzY29kZS5EaWFnbm9zdGljKTogc3RyaW5nIHtcbiAgcmV0dXJuIHR5cGVvZiBkLmNvZGUgPT09ICdvYmplY3QnICYmIGQuY29kZSAhPT0gbnVsbCA/IFN0cmluZyhkLmNvZGUudmFsdWUpIDogU3RyaW5nKGQuY29kZSk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBvdXJzKHVyaTogdnNjb2RlLlVyaSk6IHZzY29kZS5EaWFnbm9zdGljW10ge1xuICByZXR1cm4gdnNjb2RlLmxhbmd1YWdlcy5nZXREaWFnbm9zdGljcyh1cmkpLmZpbHRlcihkID0+IGQuc291cmNlID09PSBTT1VSQ0UpO1xufVxuXG5jb25zdCBkZXNjcmliZSA9IChkczogdnNjb2RlLkRpYWdub3N0aWNbXSkgPT5cbiAgZHMubGVuZ3RoID8gZHMubWFwKGQgPT4gYCR7Y29kZU9mKGQpfUAke2QucmFuZ2Uuc3RhcnQubGluZSArIDF9OiR7ZC5yYW5nZS5zdGFydC5jaGFyYWN0ZXIgKyAxfSBcIiR7ZC5tZXNzYWdlfVwiYCkuam9pbignOyAnKSA6ICdub25lJztcblxuLyoqIFJlc29sdmVzIHdpdGggb3VyIGRpYWdub3N0aWNzIGZvciBgdXJpYCBvbmNlIGBwcmVkYCBob2xkczsgbm8gc2xlZXBzOiByZS1jaGVja3Mgb24gZXZlcnkgcHVibGljYXRpb24uICovXG5leHBvcnQgZnVuY3Rpb24gd2FpdEZvckRpYWdub3N0aWNzKFxuICB1cmk6IHZzY29kZS5VcmksXG4gIHByZWQ6IChkczogdnNjb2RlLkRpYWdub3N0aWNbXSkgPT4gYm9vbGVhbixcbiAgd2hhdDogc3RyaW5nLFxuICB0aW1lb3V0ID0gMTUwMDAsXG4pOiBQcm9taXNlPHZzY29kZS5EaWFnbm9zdGljW10+IHtcbiAgcmV0dXJuIG5ldyBQcm9taXNlKChyZXNvbHZlLCByZWplY3QpID0+IHtcbiAgICBjb25zdCBjaGVjayA9ICgpID0+IHtcbiAgICAgIGNvbnN0IGRzID0gb3Vycyh1cmkpO1xuICAgICAgaWYgKCFwcmVkKGRzKSkgcmV0dXJuIGZhbHNlO1xuICAgICAgZG9uZSgpO1xuICAgICAgcmVzb2x2ZShkcyk7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9O1xuICAgIGNvbnN0IHN1YiA9IHZzY29kZS5sYW5ndWFnZXMub25EaWRDaGFuZ2VEaWFnbm9zdGljcyhlID0+IHtcbiAgICAgIGlmIChlLnVyaXMuc29tZSh1ID0+IHUudG9TdHJpbmcoKSA9PT0gdXJpLnRvU3RyaW5nKCkpKSBjaGVjaygpO1xuICAgIH0pO1xuICAgIGNvbnN0IHRpbWVyID0gc2V0VGltZW91dCgoKSA9PiB7XG4gICAgICBkb25lKCk7XG4gICAgICByZWplY3QobmV3IEVycm9yKGB0aW1lZCBvdXQgYWZ0ZXIgJHt0aW1lb3V0fSBtcyB3YWl0aW5nIGZvciAke3doYXR9IGluICR7dnNjb2RlLndvcmtzcGFjZS5hc1JlbGF0aXZlUGF0aCh1cmkpfTsgb3VycyBub3c6ICR7ZGVzY3JpYmUob3Vycyh1cmkpKX1gKSk7XG4gICAgfSwgdGltZW91dCk7XG4gICAgZnVuY3Rpb24gZG9uZSgpIHtcbiAgICAgIGNsZWFyVGltZW91dCh0aW1lcik7XG4gICAgICBzdWIuZGlzcG9zZSgpO1xuICAgIH1cbiAgICBjaGVjaygpO1xuICB9KTtcbn1cblxuZXhwb3J0IGNvbnN0IHdpdGhDb2RlID0gKGNvZGU6IHN0cmluZykgPT4gKGRzOiB2c2NvZGUuRGlhZ25vc3RpY1tdKSA9PiBkcy5zb21lKGQgPT4gY29kZU9mKGQpID09PSBjb2RlKTtcbmV4cG9ydCBjb25zdCB3aXRob3V0Q29kZSA9IChjb2RlOiBzdHJpbmcgfCBSZWdFeHApID0+IChkczogdnNjb2RlLkRpYWdub3N0aWNbXSkgPT5cbiAgIWRzLnNvbWUoZCA9PiAodHlwZW9mIGNvZGUgPT09ICdzdHJpbmcnID8gY29kZU9mKGQpID09PSBjb2RlIDogY29kZS50ZXN0KGNvZGVPZihkKSkpKTtcblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJlYWREaXNrKHJlbDogc3RyaW5nKTogUHJvbWlzZTxzdHJpbmc+IHtcbiAgcmV0dXJuIEJ1ZmZlci5mcm9tKGF3YWl0IHZzY29kZS53b3Jrc3BhY2UuZnMucmVhZEZpbGUod3NVcmkocmVsKSkpLnRvU3RyaW5nKCd1dGY4Jyk7XG59XG5cbi8qKiBUaGUgdmFsdWUgb2YgYSBga2V5PXZhbHVlYCBsaW5lIGluIGEgcHJvcGVydGllcyB0ZXh0ICh0aGUgZml4dHVyZXMgdXNlIHBsYWluIGA9YCwgbm8gZXNjYXBlcykuICovXG5leHBvcnQgZnVuY3Rpb24gcHJvcCh0ZXh0OiBzdHJpbmcsIGtleTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbGluZSA9IHRleHQuc3BsaXQoL1xccj9cXG4vKS5maW5kKGwgPT4gbC5zdGFydHNXaXRoKGAke2tleX09YCkpO1xuICByZXR1cm4gbGluZSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogbGluZS5zbGljZShrZXkubGVuZ3RoICsgMSk7XG59XG5cbi8qKiBSZXNvbHZlcyBgcGAgb3IgcmVqZWN0cyBhZnRlciBgbXNgIChhIGNvbW1hbmQgdGhhdCB3YWl0cyBvbiBVSSBpbnB1dCB3b3VsZCBvdGhlcndpc2UgaGFuZyB0aGUgc3VpdGUpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdpdGhpbjxUPihwOiBUaGVuYWJsZTxUPiwgbXM6IG51bWJlciwgd2hhdDogc3RyaW5nKTogUHJvbWlzZTxUPiB7XG4gIHJldHVybiBQcm9taXNlLnJhY2UoW1xuICAgIFByb21pc2UucmVzb2x2ZShwKSxcbiAgICBuZXcgUHJvbWlzZTxUPigoXywgcmVqZWN0KSA9PiBzZXRUaW1lb3V0KCgpID0+IHJlamVjdChuZXcgRXJyb3IoYCR7d2hhdH0gZGlkIG5vdCBmaW5pc2ggd2l0aGluICR7bXN9IG1zYCkpLCBtcykpLFxuICBdKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFDQSxJQUFBQSxVQUF3QjtBQUN4QixJQUFBQyxVQUF3Qjs7O0FDRHhCLGFBQXdCO0FBQ3hCLGFBQXdCO0FBRWpCLElBQU0sU0FBUztBQUNmLElBQU0sZUFBZTtBQUdyQixTQUFTLE1BQU0sS0FBeUI7QUFDN0MsUUFBTSxTQUFnQixpQkFBVSxtQkFBbUIsQ0FBQztBQUNwRCxFQUFPLFVBQUcsUUFBUSw2RUFBNkU7QUFDL0YsU0FBYyxXQUFJLFNBQVMsT0FBTyxLQUFLLEdBQUcsSUFBSSxNQUFNLEdBQUcsQ0FBQztBQUMxRDtBQUVBLGVBQXNCLFdBQStDO0FBQ25FLFFBQU0sTUFBYSxrQkFBVyxhQUFhLFlBQVk7QUFDdkQsRUFBTyxVQUFHLEtBQUssYUFBYSxZQUFZLCtDQUErQztBQUN2RixRQUFNLElBQUksU0FBUztBQUNuQixTQUFPO0FBQ1Q7QUFFQSxlQUFzQixLQUFLLEtBQTJDO0FBQ3BFLFFBQU0sTUFBTSxNQUFhLGlCQUFVLGlCQUFpQixNQUFNLEdBQUcsQ0FBQztBQUM5RCxRQUFhLGNBQU8saUJBQWlCLEtBQUssRUFBRSxTQUFTLE1BQU0sQ0FBQztBQUM1RCxTQUFPO0FBQ1Q7QUFFTyxTQUFTLE9BQU8sR0FBOEI7QUFDbkQsU0FBTyxPQUFPLEVBQUUsU0FBUyxZQUFZLEVBQUUsU0FBUyxPQUFPLE9BQU8sRUFBRSxLQUFLLEtBQUssSUFBSSxPQUFPLEVBQUUsSUFBSTtBQUM3RjtBQUVPLFNBQVMsS0FBSyxLQUFzQztBQUN6RCxTQUFjLGlCQUFVLGVBQWUsR0FBRyxFQUFFLE9BQU8sT0FBSyxFQUFFLFdBQVcsTUFBTTtBQUM3RTtBQUVBLElBQU0sV0FBVyxDQUFDLE9BQ2hCLEdBQUcsU0FBUyxHQUFHLElBQUksT0FBSyxHQUFHLE9BQU8sQ0FBQyxDQUFDLElBQUksRUFBRSxNQUFNLE1BQU0sT0FBTyxDQUFDLElBQUksRUFBRSxNQUFNLE1BQU0sWUFBWSxDQUFDLEtBQUssRUFBRSxPQUFPLEdBQUcsRUFBRSxLQUFLLElBQUksSUFBSTtBQUd4SCxTQUFTLG1CQUNkLEtBQ0EsTUFDQSxNQUNBLFVBQVUsTUFDb0I7QUFDOUIsU0FBTyxJQUFJLFFBQVEsQ0FBQyxTQUFTLFdBQVc7QUFDdEMsVUFBTSxRQUFRLE1BQU07QUFDbEIsWUFBTSxLQUFLLEtBQUssR0FBRztBQUNuQixVQUFJLENBQUMsS0FBSyxFQUFFLEVBQUcsUUFBTztBQUN0QixXQUFLO0FBQ0wsY0FBUSxFQUFFO0FBQ1YsYUFBTztBQUFBLElBQ1Q7QUFDQSxVQUFNLE1BQWEsaUJBQVUsdUJBQXVCLE9BQUs7QUFDdkQsVUFBSSxFQUFFLEtBQUssS0FBSyxPQUFLLEVBQUUsU0FBUyxNQUFNLElBQUksU0FBUyxDQUFDLEVBQUcsT0FBTTtBQUFBLElBQy9ELENBQUM7QUFDRCxVQUFNLFFBQVEsV0FBVyxNQUFNO0FBQzdCLFdBQUs7QUFDTCxhQUFPLElBQUksTUFBTSxtQkFBbUIsT0FBTyxtQkFBbUIsSUFBSSxPQUFjLGlCQUFVLGVBQWUsR0FBRyxDQUFDLGVBQWUsU0FBUyxLQUFLLEdBQUcsQ0FBQyxDQUFDLEVBQUUsQ0FBQztBQUFBLElBQ3BKLEdBQUcsT0FBTztBQUNWLGFBQVMsT0FBTztBQUNkLG1CQUFhLEtBQUs7QUFDbEIsVUFBSSxRQUFRO0FBQUEsSUFDZDtBQUNBLFVBQU07QUFBQSxFQUNSLENBQUM7QUFDSDtBQUVPLElBQU0sV0FBVyxDQUFDLFNBQWlCLENBQUMsT0FBNEIsR0FBRyxLQUFLLE9BQUssT0FBTyxDQUFDLE1BQU0sSUFBSTs7O0FEL0R0RyxJQUFNLFFBQVE7QUFFZCxNQUFNLGVBQWUsTUFBTTtBQUN6QixhQUFXLFlBQVk7QUFDckIsVUFBTSxTQUFTO0FBQUEsRUFDakIsQ0FBQztBQUVELE9BQUssNkZBQTZGLFlBQVk7QUFDNUcsVUFBTSxNQUFNLE1BQU0sS0FBSyxLQUFLO0FBQzVCLFVBQU0sS0FBSyxNQUFNLG1CQUFtQixJQUFJLEtBQUssU0FBUyx1QkFBdUIsR0FBRyx1QkFBdUI7QUFDdkcsVUFBTSxJQUFJLEdBQUcsS0FBSyxPQUFLLE9BQU8sQ0FBQyxNQUFNLHVCQUF1QjtBQUM1RCxJQUFPLGNBQU0sRUFBRSxVQUFpQiwyQkFBbUIsS0FBSztBQUN4RCxJQUFPLGNBQU0sRUFBRSxRQUFRLGlCQUFpQjtBQUN4QyxVQUFNLE9BQU8sSUFBSSxPQUFPLEVBQUUsTUFBTSxNQUFNLElBQUksRUFBRTtBQUM1QyxJQUFPLFdBQUcsS0FBSyxXQUFXLGtDQUFrQyxHQUFHLHVCQUF1QixJQUFJLEdBQUc7QUFDN0YsSUFBTyxXQUFHLElBQUksUUFBUSxFQUFFLEtBQUssRUFBRSxTQUFTLEdBQUcsYUFBYTtBQUN4RCxJQUFPO0FBQUEsTUFDTCxJQUFJLFFBQVEsRUFBRSxLQUFLLEVBQUUsU0FBUyxVQUFVLEtBQUssSUFBSSxRQUFRLEVBQUUsS0FBSyxFQUFFLFNBQVMsZ0JBQWdCO0FBQUEsTUFDM0YsaUJBQWlCLElBQUksUUFBUSxFQUFFLEtBQUssQ0FBQztBQUFBLElBQ3ZDO0FBQ0EsSUFBTyxXQUFHLE9BQU8sRUFBRSxTQUFTLFlBQVksRUFBRSxLQUFLLGtCQUF5QixhQUFLLGtEQUFrRDtBQUMvSCxJQUFPLFdBQUcsQ0FBQyxFQUFFLFFBQVEsU0FBUyxVQUFVLEtBQUssdUJBQXVCLEtBQUssRUFBRSxPQUFPLEdBQUcsMEJBQTBCO0FBQUEsRUFDakgsQ0FBQztBQUVELE9BQUssb0RBQW9ELFlBQVk7QUFDbkUsZUFBVyxLQUFLLENBQUMsU0FBUyxPQUFPLEdBQUc7QUFDbEMsWUFBTSxtQkFBbUIsTUFBTSxjQUFjLENBQUMsOEJBQThCLEdBQUcsU0FBUyx1QkFBdUIsR0FBRyw0QkFBNEIsQ0FBQyxFQUFFO0FBQUEsSUFDbko7QUFBQSxFQUNGLENBQUM7QUFFRCxPQUFLLGlFQUFpRSxZQUFZO0FBQ2hGLFVBQU0sTUFBTSxNQUFNLEtBQUssS0FBSztBQUM1QixVQUFNLE9BQU8sSUFBSSxRQUFRLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxPQUFLLEVBQUUsV0FBVyx3Q0FBd0MsQ0FBQztBQUM1RyxVQUFNLE1BQU0sSUFBVyxpQkFBUyxNQUFNLHlDQUF5QyxTQUFTLENBQUM7QUFDekYsVUFBTSxTQUFTLE1BQWEsaUJBQVMsZUFBK0IsK0JBQStCLElBQUksS0FBSyxHQUFHO0FBQy9HLFVBQU0sT0FBTyxPQUNWLFFBQVEsT0FBSyxFQUFFLFFBQVEsRUFDdkIsSUFBSSxPQUFNLE9BQU8sTUFBTSxXQUFXLElBQUksV0FBVyxJQUFJLEVBQUUsUUFBUSxFQUFHLEVBQ2xFLEtBQUssSUFBSTtBQUNaLElBQU8sV0FBRyxLQUFLLEtBQUssR0FBRyxlQUFlLE9BQU8sQ0FBQyxJQUFJLElBQUksWUFBWSxDQUFDLE9BQU8sS0FBSyxzREFBc0Q7QUFDckksSUFBTyxjQUFNLE1BQU0sMkJBQTJCO0FBQUEsRUFBa0MsSUFBSSxFQUFFO0FBQ3RGLElBQU8sY0FBTSxNQUFNLDJCQUEyQjtBQUFBLEVBQXNELElBQUksRUFBRTtBQUMxRyxJQUFPLFdBQUcsQ0FBQyxpQkFBaUIsS0FBSyxJQUFJLEdBQUc7QUFBQSxFQUFvQyxJQUFJLEVBQUU7QUFBQSxFQUNwRixDQUFDO0FBRUQsT0FBSyw4RkFBOEYsWUFBWTtBQUM3RyxVQUFNLElBQUksTUFBTSw0Q0FBNEM7QUFDNUQsVUFBTSxJQUFJLE1BQU0sNENBQTRDO0FBQzVELFVBQWEsa0JBQVUsaUJBQWlCLENBQUM7QUFDekMsVUFBTSxLQUFLLE1BQU0sbUJBQW1CLEdBQUcsU0FBUywyQkFBMkIsR0FBRywyQkFBMkI7QUFDekcsVUFBTSxJQUFJLEdBQUcsS0FBSyxPQUFLLE9BQU8sQ0FBQyxNQUFNLDJCQUEyQjtBQUNoRSxJQUFPLGNBQU0sRUFBRSxVQUFpQiwyQkFBbUIsS0FBSztBQUN4RCxJQUFPO0FBQUEsT0FDSixFQUFFLHNCQUFzQixDQUFDLEdBQUcsS0FBSyxPQUFLLEVBQUUsU0FBUyxJQUFJLFNBQVMsTUFBTSxFQUFFLFNBQVMsQ0FBQztBQUFBLE1BQ2pGLDBEQUEwRCxLQUFLLFdBQVcsRUFBRSxzQkFBc0IsQ0FBQyxHQUFHLElBQUksT0FBSyxFQUFFLFNBQVMsSUFBSSxJQUFJLENBQUMsQ0FBQztBQUFBLElBQ3RJO0FBQ0EsVUFBTSxtQkFBbUIsR0FBRyxTQUFTLDJCQUEyQixHQUFHLCtDQUErQztBQUFBLEVBQ3BILENBQUM7QUFFRCxPQUFLLG9HQUFvRyxZQUFZO0FBRW5ILFVBQU0sTUFBTTtBQUNaLFVBQU0sTUFBTSxNQUFNLEdBQUc7QUFDckIsVUFBTSxTQUFTLE1BQU0sbUJBQW1CLEtBQUssU0FBUyx1QkFBdUIsR0FBRyxvQ0FBb0M7QUFDcEgsVUFBTSxPQUFPLE9BQU8sS0FBSyxPQUFLLE9BQU8sQ0FBQyxNQUFNLHVCQUF1QixFQUFHLE1BQU0sTUFBTTtBQUNsRixVQUFNLE1BQU0sTUFBTSxLQUFLLEdBQUc7QUFDMUIsVUFBTSxPQUFPLElBQVcsc0JBQWM7QUFDdEMsU0FBSyxPQUFPLEtBQUssSUFBVyxpQkFBUyxHQUFHLENBQUMsR0FBRyw0QkFBNEI7QUFDeEUsSUFBTyxXQUFHLE1BQWEsa0JBQVUsVUFBVSxJQUFJLEdBQUcsMEJBQTBCO0FBQzVFLFFBQUk7QUFDRixZQUFNLEtBQUssTUFBTTtBQUFBLFFBQW1CO0FBQUEsUUFBSyxRQUFNLEdBQUcsS0FBSyxPQUFLLE9BQU8sQ0FBQyxNQUFNLDJCQUEyQixFQUFFLE1BQU0sTUFBTSxTQUFTLE9BQU8sQ0FBQztBQUFBLFFBQ2xJO0FBQUEsTUFBNkM7QUFDL0MsWUFBTSxRQUFRLEdBQUcsT0FBTyxPQUFLLEVBQUUsTUFBTSxNQUFNLFNBQVMsUUFBUSxPQUFPLENBQUMsTUFBTSx1QkFBdUI7QUFDakcsTUFBTyxjQUFNLE1BQU0sUUFBUSxHQUFHLGlDQUFpQyxPQUFPLENBQUMsS0FBSyxNQUFNLElBQUksT0FBSyxFQUFFLE9BQU8sRUFBRSxLQUFLLEtBQUssQ0FBQyxFQUFFO0FBQ25ILFlBQU0sT0FBTyxHQUFHLElBQUksT0FBSyxHQUFHLE9BQU8sQ0FBQyxDQUFDLElBQUksRUFBRSxNQUFNLE1BQU0sSUFBSSxJQUFJLEVBQUUsTUFBTSxNQUFNLFNBQVMsSUFBSSxFQUFFLE9BQU8sRUFBRTtBQUNyRyxNQUFPLGNBQU0sSUFBSSxJQUFJLElBQUksRUFBRSxNQUFNLEtBQUssUUFBUSxpQkFBaUIsS0FBSyxPQUFPLENBQUMsR0FBRyxNQUFNLEtBQUssUUFBUSxDQUFDLE1BQU0sQ0FBQyxFQUFFLEtBQUssS0FBSyxDQUFDLEVBQUU7QUFBQSxJQUMzSCxVQUFFO0FBQ0EsWUFBYSxlQUFPLGlCQUFpQixHQUFHO0FBQ3hDLFlBQWEsaUJBQVMsZUFBZSwrQkFBK0I7QUFBQSxJQUN0RTtBQUFBLEVBQ0YsQ0FBQztBQUVELE9BQUssMERBQTBELFlBQVk7QUFDekUsVUFBTSxLQUFLLHFCQUFxQjtBQUNoQyxVQUFNLE1BQU0sTUFBTSxhQUFhO0FBQy9CLFVBQU0sS0FBSyxNQUFNLG1CQUFtQixLQUFLLFNBQVMsdUJBQXVCLEdBQUcsK0JBQStCO0FBQzNHLFVBQU0sSUFBSSxHQUFHLEtBQUssT0FBSyxPQUFPLENBQUMsTUFBTSx1QkFBdUI7QUFDNUQsVUFBTSxTQUFTLE1BQWEsa0JBQVUsaUJBQWlCLEdBQUc7QUFDMUQsSUFBTyxjQUFNLE9BQU8sT0FBTyxFQUFFLE1BQU0sTUFBTSxJQUFJLEVBQUUsTUFBTSxtQ0FBbUM7QUFBQSxFQUMxRixDQUFDO0FBQ0gsQ0FBQzsiLAogICJuYW1lcyI6IFsiYXNzZXJ0IiwgInZzY29kZSJdCn0K
