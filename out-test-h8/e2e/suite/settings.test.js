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

// test/e2e/suite/settings.test.ts
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

// test/e2e/suite/settings.test.ts
var FILE = "settings/conf/application.properties";
var RULE = "identity-public-value";
suite("settings", () => {
  let doc;
  const config = () => vscode2.workspace.getConfiguration("nacosAuthLint", doc.uri);
  const severityOf = (ds) => ds.find((d) => codeOf(d) === RULE)?.severity;
  suiteSetup(async () => {
    const ext = await activate();
    const declared = Object.keys(ext.packageJSON?.contributes?.configuration?.properties ?? {});
    for (const k of ["nacosAuthLint.rules", "nacosAuthLint.enable"]) {
      assert2.ok(declared.includes(k), `package.json contributes.configuration does not declare ${k} (declared: ${declared.join(", ") || "none"})`);
    }
    doc = await open(FILE);
    await waitForDiagnostics(doc.uri, withCode(RULE), RULE);
  });
  suiteTeardown(async () => {
    if (!doc) return;
    await config().update("rules", void 0, vscode2.ConfigurationTarget.Workspace);
    await config().update("enable", void 0, vscode2.ConfigurationTarget.Workspace);
  });
  test("nacosAuthLint.rules changes the severity, turns the rule off, and back", async () => {
    assert2.equal(severityOf(await waitForDiagnostics(doc.uri, withCode(RULE), RULE)), vscode2.DiagnosticSeverity.Error);
    await config().update("rules", { [RULE]: "warning" }, vscode2.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, (ds) => severityOf(ds) === vscode2.DiagnosticSeverity.Warning, `${RULE} as a warning`);
    await config().update("rules", { [RULE]: "off" }, vscode2.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, withoutCode(RULE), `${RULE} gone when off`);
    await config().update("rules", void 0, vscode2.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, (ds) => severityOf(ds) === vscode2.DiagnosticSeverity.Error, `${RULE} back as an error`);
  });
  test("nacosAuthLint.enable=false clears our diagnostics, true brings them back", async () => {
    await config().update("enable", false, vscode2.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, (ds) => ds.length === 0, "no diagnostics when disabled");
    await config().update("enable", void 0, vscode2.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, withCode(RULE), `${RULE} back when enabled`);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9lMmUvc3VpdGUvc2V0dGluZ3MudGVzdC50cyIsICIuLi8uLi8uLi90ZXN0L2UyZS9zdWl0ZS91dGlsLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLy8gPHJlZmVyZW5jZSB0eXBlcz1cIm1vY2hhXCIgLz5cbmltcG9ydCAqIGFzIGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgeyBhY3RpdmF0ZSwgY29kZU9mLCBvcGVuLCB3YWl0Rm9yRGlhZ25vc3RpY3MsIHdpdGhDb2RlLCB3aXRob3V0Q29kZSB9IGZyb20gJy4vdXRpbCc7XG5cbmNvbnN0IEZJTEUgPSAnc2V0dGluZ3MvY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJztcbmNvbnN0IFJVTEUgPSAnaWRlbnRpdHktcHVibGljLXZhbHVlJztcblxuc3VpdGUoJ3NldHRpbmdzJywgKCkgPT4ge1xuICBsZXQgZG9jOiB2c2NvZGUuVGV4dERvY3VtZW50O1xuICBjb25zdCBjb25maWcgPSAoKSA9PiB2c2NvZGUud29ya3NwYWNlLmdldENvbmZpZ3VyYXRpb24oJ25hY29zQXV0aExpbnQnLCBkb2MudXJpKTtcbiAgY29uc3Qgc2V2ZXJpdHlPZiA9IChkczogdnNjb2RlLkRpYWdub3N0aWNbXSkgPT4gZHMuZmluZChkID0+IGNvZGVPZihkKSA9PT0gUlVMRSk/LnNldmVyaXR5O1xuXG4gIHN1aXRlU2V0dXAoYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGV4dCA9IGF3YWl0IGFjdGl2YXRlKCk7XG4gICAgY29uc3QgZGVjbGFyZWQgPSBPYmplY3Qua2V5cyhleHQucGFja2FnZUpTT04/LmNvbnRyaWJ1dGVzPy5jb25maWd1cmF0aW9uPy5wcm9wZXJ0aWVzID8/IHt9KTtcbiAgICBmb3IgKGNvbnN0IGsgb2YgWyduYWNvc0F1dGhMaW50LnJ1bGVzJywgJ25hY29zQXV0aExpbnQuZW5hYmxlJ10pIHtcbiAgICAgIGFzc2VydC5vayhkZWNsYXJlZC5pbmNsdWRlcyhrKSwgYHBhY2thZ2UuanNvbiBjb250cmlidXRlcy5jb25maWd1cmF0aW9uIGRvZXMgbm90IGRlY2xhcmUgJHtrfSAoZGVjbGFyZWQ6ICR7ZGVjbGFyZWQuam9pbignLCAnKSB8fCAnbm9uZSd9KWApO1xuICAgIH1cbiAgICBkb2MgPSBhd2FpdCBvcGVuKEZJTEUpO1xuICAgIGF3YWl0IHdhaXRGb3JEaWFnbm9zdGljcyhkb2MudXJpLCB3aXRoQ29kZShSVUxFKSwgUlVMRSk7XG4gIH0pO1xuXG4gIHN1aXRlVGVhcmRvd24oYXN5bmMgKCkgPT4ge1xuICAgIGlmICghZG9jKSByZXR1cm47XG4gICAgYXdhaXQgY29uZmlnKCkudXBkYXRlKCdydWxlcycsIHVuZGVmaW5lZCwgdnNjb2RlLkNvbmZpZ3VyYXRpb25UYXJnZXQuV29ya3NwYWNlKTtcbiAgICBhd2FpdCBjb25maWcoKS51cGRhdGUoJ2VuYWJsZScsIHVuZGVmaW5lZCwgdnNjb2RlLkNvbmZpZ3VyYXRpb25UYXJnZXQuV29ya3NwYWNlKTtcbiAgfSk7XG5cbiAgdGVzdCgnbmFjb3NBdXRoTGludC5ydWxlcyBjaGFuZ2VzIHRoZSBzZXZlcml0eSwgdHVybnMgdGhlIHJ1bGUgb2ZmLCBhbmQgYmFjaycsIGFzeW5jICgpID0+IHtcbiAgICBhc3NlcnQuZXF1YWwoc2V2ZXJpdHlPZihhd2FpdCB3YWl0Rm9yRGlhZ25vc3RpY3MoZG9jLnVyaSwgd2l0aENvZGUoUlVMRSksIFJVTEUpKSwgdnNjb2RlLkRpYWdub3N0aWNTZXZlcml0eS5FcnJvcik7XG4gICAgYXdhaXQgY29uZmlnKCkudXBkYXRlKCdydWxlcycsIHsgW1JVTEVdOiAnd2FybmluZycgfSwgdnNjb2RlLkNvbmZpZ3VyYXRpb25UYXJnZXQuV29ya3NwYWNlKTtcbiAgICBhd2FpdCB3YWl0Rm9yRGlhZ25vc3RpY3MoZG9jLnVyaSwgZHMgPT4gc2V2ZXJpdHlPZihkcykgPT09IHZzY29kZS5EaWFnbm9zdGljU2V2ZXJpdHkuV2FybmluZywgYCR7UlVMRX0gYXMgYSB3YXJuaW5nYCk7XG4gICAgYXdhaXQgY29uZmlnKCkudXBkYXRlKCdydWxlcycsIHsgW1JVTEVdOiAnb2ZmJyB9LCB2c2NvZGUuQ29uZmlndXJhdGlvblRhcmdldC5Xb3Jrc3BhY2UpO1xuICAgIGF3YWl0IHdhaXRGb3JEaWFnbm9zdGljcyhkb2MudXJpLCB3aXRob3V0Q29kZShSVUxFKSwgYCR7UlVMRX0gZ29uZSB3aGVuIG9mZmApO1xuICAgIGF3YWl0IGNvbmZpZygpLnVwZGF0ZSgncnVsZXMnLCB1bmRlZmluZWQsIHZzY29kZS5Db25maWd1cmF0aW9uVGFyZ2V0LldvcmtzcGFjZSk7XG4gICAgYXdhaXQgd2FpdEZvckRpYWdub3N0aWNzKGRvYy51cmksIGRzID0+IHNldmVyaXR5T2YoZHMpID09PSB2c2NvZGUuRGlhZ25vc3RpY1NldmVyaXR5LkVycm9yLCBgJHtSVUxFfSBiYWNrIGFzIGFuIGVycm9yYCk7XG4gIH0pO1xuXG4gIHRlc3QoJ25hY29zQXV0aExpbnQuZW5hYmxlPWZhbHNlIGNsZWFycyBvdXIgZGlhZ25vc3RpY3MsIHRydWUgYnJpbmdzIHRoZW0gYmFjaycsIGFzeW5jICgpID0+IHtcbiAgICBhd2FpdCBjb25maWcoKS51cGRhdGUoJ2VuYWJsZScsIGZhbHNlLCB2c2NvZGUuQ29uZmlndXJhdGlvblRhcmdldC5Xb3Jrc3BhY2UpO1xuICAgIGF3YWl0IHdhaXRGb3JEaWFnbm9zdGljcyhkb2MudXJpLCBkcyA9PiBkcy5sZW5ndGggPT09IDAsICdubyBkaWFnbm9zdGljcyB3aGVuIGRpc2FibGVkJyk7XG4gICAgYXdhaXQgY29uZmlnKCkudXBkYXRlKCdlbmFibGUnLCB1bmRlZmluZWQsIHZzY29kZS5Db25maWd1cmF0aW9uVGFyZ2V0LldvcmtzcGFjZSk7XG4gICAgYXdhaXQgd2FpdEZvckRpYWdub3N0aWNzKGRvYy51cmksIHdpdGhDb2RlKFJVTEUpLCBgJHtSVUxFfSBiYWNrIHdoZW4gZW5hYmxlZGApO1xuICB9KTtcbn0pO1xuIiwgIi8vIEhlbHBlcnMgZm9yIHRoZSBleHRlbnNpb24taG9zdCBzdWl0ZTogdGhlIHdvcmtzcGFjZSBpcyBhIGNvcHkgb2YgdGVzdC9lMmUvd29ya3NwYWNlIChzZWUgaXRzIFJFQURNRS5tZCkuXG5pbXBvcnQgKiBhcyBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCAqIGFzIHZzY29kZSBmcm9tICd2c2NvZGUnO1xuXG5leHBvcnQgY29uc3QgU09VUkNFID0gJ25hY29zLWF1dGgtbGludCc7XG5leHBvcnQgY29uc3QgRVhURU5TSU9OX0lEID0gJ25hY29zLWF1dGgtbGludC5uYWNvcy1hdXRoLWxpbnQnO1xuZXhwb3J0IGNvbnN0IENPTU1BTkRTID0gWyduYWNvc0F1dGhMaW50LmNoZWNrV29ya3NwYWNlJywgJ25hY29zQXV0aExpbnQuZ2VuZXJhdGVJZGVudGl0eVBhaXInLCAnbmFjb3NBdXRoTGludC5zaG93RWZmZWN0aXZlQ29uZmlnJ107XG5cbmV4cG9ydCBmdW5jdGlvbiB3c1VyaShyZWw6IHN0cmluZyk6IHZzY29kZS5Vcmkge1xuICBjb25zdCBmb2xkZXIgPSB2c2NvZGUud29ya3NwYWNlLndvcmtzcGFjZUZvbGRlcnM/LlswXTtcbiAgYXNzZXJ0Lm9rKGZvbGRlciwgJ25vIHdvcmtzcGFjZSBmb2xkZXIgaXMgb3BlbiAodGhlIHJ1bm5lciBvcGVucyBhIGNvcHkgb2YgdGVzdC9lMmUvd29ya3NwYWNlKScpO1xuICByZXR1cm4gdnNjb2RlLlVyaS5qb2luUGF0aChmb2xkZXIudXJpLCAuLi5yZWwuc3BsaXQoJy8nKSk7XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBhY3RpdmF0ZSgpOiBQcm9taXNlPHZzY29kZS5FeHRlbnNpb248dW5rbm93bj4+IHtcbiAgY29uc3QgZXh0ID0gdnNjb2RlLmV4dGVuc2lvbnMuZ2V0RXh0ZW5zaW9uKEVYVEVOU0lPTl9JRCk7XG4gIGFzc2VydC5vayhleHQsIGBleHRlbnNpb24gJHtFWFRFTlNJT05fSUR9IGlzIG5vdCBsb2FkZWQgKHBhY2thZ2UuanNvbiBuYW1lL3B1Ymxpc2hlcj8pYCk7XG4gIGF3YWl0IGV4dC5hY3RpdmF0ZSgpO1xuICByZXR1cm4gZXh0O1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gb3BlbihyZWw6IHN0cmluZyk6IFByb21pc2U8dnNjb2RlLlRleHREb2N1bWVudD4ge1xuICBjb25zdCBkb2MgPSBhd2FpdCB2c2NvZGUud29ya3NwYWNlLm9wZW5UZXh0RG9jdW1lbnQod3NVcmkocmVsKSk7XG4gIGF3YWl0IHZzY29kZS53aW5kb3cuc2hvd1RleHREb2N1bWVudChkb2MsIHsgcHJldmlldzogZmFsc2UgfSk7XG4gIHJldHVybiBkb2M7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBjb2RlT2YoZDogdnNjb2RlLkRpYWdub3N0aWMpOiBzdHJpbmcge1xuICByZXR1cm4gdHlwZW9mIGQuY29kZSA9PT0gJ29iamVjdCcgJiYgZC5jb2RlICE9PSBudWxsID8gU3RyaW5nKGQuY29kZS52YWx1ZSkgOiBTdHJpbmcoZC5jb2RlKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG91cnModXJpOiB2c2NvZGUuVXJpKTogdnNjb2RlLkRpYWdub3N0aWNbXSB7XG4gIHJldHVybiB2c2NvZGUubGFuZ3VhZ2VzLmdldERpYWdub3N0aWNzKHVyaSkuZmlsdGVyKGQgPT4gZC5zb3VyY2UgPT09IFNPVVJDRSk7XG59XG5cbmNvbnN0IGRlc2NyaWJlID0gKGRzOiB2c2NvZGUuRGlhZ25vc3RpY1tdKSA9PlxuICBkcy5sZW5ndGggPyBkcy5tYXAoZCA9PiBgJHtjb2RlT2YoZCl9QCR7ZC5yYW5nZS5zdGFydC5saW5lICsgMX06JHtkLnJhbmdlLnN0YXJ0LmNoYXJhY3RlciArIDF9IFwiJHtkLm1lc3NhZ2V9XCJgKS5qb2luKCc7ICcpIDogJ25vbmUnO1xuXG4vKiogUmVzb2x2ZXMgd2l0aCBvdXIgZGlhZ25vc3RpY3MgZm9yIGB1cmlgIG9uY2UgYHByZWRgIGhvbGRzOyBubyBzbGVlcHM6IHJlLWNoZWNrcyBvbiBldmVyeSBwdWJsaWNhdGlvbi4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3YWl0Rm9yRGlhZ25vc3RpY3MoXG4gIHVyaTogdnNjb2RlLlVyaSxcbiAgcHJlZDogKGRzOiB2c2NvZGUuRGlhZ25vc3RpY1tdKSA9PiBib29sZWFuLFxuICB3aGF0OiBzdHJpbmcsXG4gIHRpbWVvdXQgPSAxNTAwMCxcbik6IFByb21pc2U8dnNjb2RlLkRpYWdub3N0aWNbXT4ge1xuICByZXR1cm4gbmV3IFByb21pc2UoKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgIGNvbnN0IGNoZWNrID0gKCkgPT4ge1xuICAgICAgY29uc3QgZHMgPSBvdXJzKHVyaSk7XG4gICAgICBpZiAoIXByZWQoZHMpKSByZXR1cm4gZmFsc2U7XG4gICAgICBkb25lKCk7XG4gICAgICByZXNvbHZlKGRzKTtcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH07XG4gICAgY29uc3Qgc3ViID0gdnNjb2RlLmxhbmd1YWdlcy5vbkRpZENoYW5nZURpYWdub3N0aWNzKGUgPT4ge1xuICAgICAgaWYgKGUudXJpcy5zb21lKHUgPT4gdS50b1N0cmluZygpID09PSB1cmkudG9TdHJpbmcoKSkpIGNoZWNrKCk7XG4gICAgfSk7XG4gICAgY29uc3QgdGltZXIgPSBzZXRUaW1lb3V0KCgpID0+IHtcbiAgICAgIGRvbmUoKTtcbiAgICAgIHJlamVjdChuZXcgRXJyb3IoYHRpbWVkIG91dCBhZnRlciAke3RpbWVvdXR9IG1zIHdhaXRpbmcgZm9yICR7d2hhdH0gaW4gJHt2c2NvZGUud29ya3NwYWNlLmFzUmVsYXRpdmVQYXRoKHVyaSl9OyBvdXJzIG5vdzogJHtkZXNjcmliZShvdXJzKHVyaSkpfWApKTtcbiAgICB9LCB0aW1lb3V0KTtcbiAgICBmdW5jdGlvbiBkb25lKCkge1xuICAgICAgY2xlYXJUaW1lb3V0KHRpbWVyKTtcbiAgICAgIHN1Yi5kaXNwb3NlKCk7XG4gICAgfVxuICAgIGNoZWNrKCk7XG4gIH0pO1xufVxuXG5leHBvcnQgY29uc3Qgd2l0aENvZGUgPSAoY29kZTogc3RyaW5nKSA9PiAoZHM6IHZzY29kZS5EaWFnbm9zdGljW10pID0+IGRzLnNvbWUoZCA9PiBjb2RlT2YoZCkgPT09IGNvZGUpO1xuZXhwb3J0IGNvbnN0IHdpdGhvdXRDb2RlID0gKGNvZGU6IHN0cmluZyB8IFJlZ0V4cCkgPT4gKGRzOiB2c2NvZGUuRGlhZ25vc3RpY1tdKSA9PlxuICAhZHMuc29tZShkID0+ICh0eXBlb2YgY29kZSA9PT0gJ3N0cmluZycgPyBjb2RlT2YoZCkgPT09IGNvZGUgOiBjb2RlLnRlc3QoY29kZU9mKGQpKSkpO1xuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcmVhZERpc2socmVsOiBzdHJpbmcpOiBQcm9taXNlPHN0cmluZz4ge1xuICByZXR1cm4gQnVmZmVyLmZyb20oYXdhaXQgdnNjb2RlLndvcmtzcGFjZS5mcy5yZWFkRmlsZSh3c1VyaShyZWwpKSkudG9TdHJpbmcoJ3V0ZjgnKTtcbn1cblxuLyoqIFRoZSB2YWx1ZSBvZiBhIGBrZXk9dmFsdWVgIGxpbmUgaW4gYSBwcm9wZXJ0aWVzIHRleHQgKHRoZSBmaXh0dXJlcyB1c2UgcGxhaW4gYD1gLCBubyBlc2NhcGVzKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwcm9wKHRleHQ6IHN0cmluZywga2V5OiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCBsaW5lID0gdGV4dC5zcGxpdCgvXFxyP1xcbi8pLmZpbmQobCA9PiBsLnN0YXJ0c1dpdGgoYCR7a2V5fT1gKSk7XG4gIHJldHVybiBsaW5lID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBsaW5lLnNsaWNlKGtleS5sZW5ndGggKyAxKTtcbn1cblxuLyoqIFJlc29sdmVzIGBwYCBvciByZWplY3RzIGFmdGVyIGBtc2AgKGEgY29tbWFuZCB0aGF0IHdhaXRzIG9uIFVJIGlucHV0IHdvdWxkIG90aGVyd2lzZSBoYW5nIHRoZSBzdWl0ZSkuICovXG5leHBvcnQgZnVuY3Rpb24gd2l0aGluPFQ+KHA6IFRoZW5hYmxlPFQ+LCBtczogbnVtYmVyLCB3aGF0OiBzdHJpbmcpOiBQcm9taXNlPFQ+IHtcbiAgcmV0dXJuIFByb21pc2UucmFjZShbXG4gICAgUHJvbWlzZS5yZXNvbHZlKHApLFxuICAgIG5ldyBQcm9taXNlPFQ+KChfLCByZWplY3QpID0+IHNldFRpbWVvdXQoKCkgPT4gcmVqZWN0KG5ldyBFcnJvcihgJHt3aGF0fSBkaWQgbm90IGZpbmlzaCB3aXRoaW4gJHttc30gbXNgKSksIG1zKSksXG4gIF0pO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUNBLElBQUFBLFVBQXdCO0FBQ3hCLElBQUFDLFVBQXdCOzs7QUNEeEIsYUFBd0I7QUFDeEIsYUFBd0I7QUFFakIsSUFBTSxTQUFTO0FBQ2YsSUFBTSxlQUFlO0FBR3JCLFNBQVMsTUFBTSxLQUF5QjtBQUM3QyxRQUFNLFNBQWdCLGlCQUFVLG1CQUFtQixDQUFDO0FBQ3BELEVBQU8sVUFBRyxRQUFRLDZFQUE2RTtBQUMvRixTQUFjLFdBQUksU0FBUyxPQUFPLEtBQUssR0FBRyxJQUFJLE1BQU0sR0FBRyxDQUFDO0FBQzFEO0FBRUEsZUFBc0IsV0FBK0M7QUFDbkUsUUFBTSxNQUFhLGtCQUFXLGFBQWEsWUFBWTtBQUN2RCxFQUFPLFVBQUcsS0FBSyxhQUFhLFlBQVksK0NBQStDO0FBQ3ZGLFFBQU0sSUFBSSxTQUFTO0FBQ25CLFNBQU87QUFDVDtBQUVBLGVBQXNCLEtBQUssS0FBMkM7QUFDcEUsUUFBTSxNQUFNLE1BQWEsaUJBQVUsaUJBQWlCLE1BQU0sR0FBRyxDQUFDO0FBQzlELFFBQWEsY0FBTyxpQkFBaUIsS0FBSyxFQUFFLFNBQVMsTUFBTSxDQUFDO0FBQzVELFNBQU87QUFDVDtBQUVPLFNBQVMsT0FBTyxHQUE4QjtBQUNuRCxTQUFPLE9BQU8sRUFBRSxTQUFTLFlBQVksRUFBRSxTQUFTLE9BQU8sT0FBTyxFQUFFLEtBQUssS0FBSyxJQUFJLE9BQU8sRUFBRSxJQUFJO0FBQzdGO0FBRU8sU0FBUyxLQUFLLEtBQXNDO0FBQ3pELFNBQWMsaUJBQVUsZUFBZSxHQUFHLEVBQUUsT0FBTyxPQUFLLEVBQUUsV0FBVyxNQUFNO0FBQzdFO0FBRUEsSUFBTSxXQUFXLENBQUMsT0FDaEIsR0FBRyxTQUFTLEdBQUcsSUFBSSxPQUFLLEdBQUcsT0FBTyxDQUFDLENBQUMsSUFBSSxFQUFFLE1BQU0sTUFBTSxPQUFPLENBQUMsSUFBSSxFQUFFLE1BQU0sTUFBTSxZQUFZLENBQUMsS0FBSyxFQUFFLE9BQU8sR0FBRyxFQUFFLEtBQUssSUFBSSxJQUFJO0FBR3hILFNBQVMsbUJBQ2QsS0FDQSxNQUNBLE1BQ0EsVUFBVSxNQUNvQjtBQUM5QixTQUFPLElBQUksUUFBUSxDQUFDLFNBQVMsV0FBVztBQUN0QyxVQUFNLFFBQVEsTUFBTTtBQUNsQixZQUFNLEtBQUssS0FBSyxHQUFHO0FBQ25CLFVBQUksQ0FBQyxLQUFLLEVBQUUsRUFBRyxRQUFPO0FBQ3RCLFdBQUs7QUFDTCxjQUFRLEVBQUU7QUFDVixhQUFPO0FBQUEsSUFDVDtBQUNBLFVBQU0sTUFBYSxpQkFBVSx1QkFBdUIsT0FBSztBQUN2RCxVQUFJLEVBQUUsS0FBSyxLQUFLLE9BQUssRUFBRSxTQUFTLE1BQU0sSUFBSSxTQUFTLENBQUMsRUFBRyxPQUFNO0FBQUEsSUFDL0QsQ0FBQztBQUNELFVBQU0sUUFBUSxXQUFXLE1BQU07QUFDN0IsV0FBSztBQUNMLGFBQU8sSUFBSSxNQUFNLG1CQUFtQixPQUFPLG1CQUFtQixJQUFJLE9BQWMsaUJBQVUsZUFBZSxHQUFHLENBQUMsZUFBZSxTQUFTLEtBQUssR0FBRyxDQUFDLENBQUMsRUFBRSxDQUFDO0FBQUEsSUFDcEosR0FBRyxPQUFPO0FBQ1YsYUFBUyxPQUFPO0FBQ2QsbUJBQWEsS0FBSztBQUNsQixVQUFJLFFBQVE7QUFBQSxJQUNkO0FBQ0EsVUFBTTtBQUFBLEVBQ1IsQ0FBQztBQUNIO0FBRU8sSUFBTSxXQUFXLENBQUMsU0FBaUIsQ0FBQyxPQUE0QixHQUFHLEtBQUssT0FBSyxPQUFPLENBQUMsTUFBTSxJQUFJO0FBQy9GLElBQU0sY0FBYyxDQUFDLFNBQTBCLENBQUMsT0FDckQsQ0FBQyxHQUFHLEtBQUssT0FBTSxPQUFPLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxPQUFPLEtBQUssS0FBSyxPQUFPLENBQUMsQ0FBQyxDQUFFOzs7QURqRXRGLElBQU0sT0FBTztBQUNiLElBQU0sT0FBTztBQUViLE1BQU0sWUFBWSxNQUFNO0FBQ3RCLE1BQUk7QUFDSixRQUFNLFNBQVMsTUFBYSxrQkFBVSxpQkFBaUIsaUJBQWlCLElBQUksR0FBRztBQUMvRSxRQUFNLGFBQWEsQ0FBQyxPQUE0QixHQUFHLEtBQUssT0FBSyxPQUFPLENBQUMsTUFBTSxJQUFJLEdBQUc7QUFFbEYsYUFBVyxZQUFZO0FBQ3JCLFVBQU0sTUFBTSxNQUFNLFNBQVM7QUFDM0IsVUFBTSxXQUFXLE9BQU8sS0FBSyxJQUFJLGFBQWEsYUFBYSxlQUFlLGNBQWMsQ0FBQyxDQUFDO0FBQzFGLGVBQVcsS0FBSyxDQUFDLHVCQUF1QixzQkFBc0IsR0FBRztBQUMvRCxNQUFPLFdBQUcsU0FBUyxTQUFTLENBQUMsR0FBRywyREFBMkQsQ0FBQyxlQUFlLFNBQVMsS0FBSyxJQUFJLEtBQUssTUFBTSxHQUFHO0FBQUEsSUFDN0k7QUFDQSxVQUFNLE1BQU0sS0FBSyxJQUFJO0FBQ3JCLFVBQU0sbUJBQW1CLElBQUksS0FBSyxTQUFTLElBQUksR0FBRyxJQUFJO0FBQUEsRUFDeEQsQ0FBQztBQUVELGdCQUFjLFlBQVk7QUFDeEIsUUFBSSxDQUFDLElBQUs7QUFDVixVQUFNLE9BQU8sRUFBRSxPQUFPLFNBQVMsUUFBa0IsNEJBQW9CLFNBQVM7QUFDOUUsVUFBTSxPQUFPLEVBQUUsT0FBTyxVQUFVLFFBQWtCLDRCQUFvQixTQUFTO0FBQUEsRUFDakYsQ0FBQztBQUVELE9BQUssMEVBQTBFLFlBQVk7QUFDekYsSUFBTyxjQUFNLFdBQVcsTUFBTSxtQkFBbUIsSUFBSSxLQUFLLFNBQVMsSUFBSSxHQUFHLElBQUksQ0FBQyxHQUFVLDJCQUFtQixLQUFLO0FBQ2pILFVBQU0sT0FBTyxFQUFFLE9BQU8sU0FBUyxFQUFFLENBQUMsSUFBSSxHQUFHLFVBQVUsR0FBVSw0QkFBb0IsU0FBUztBQUMxRixVQUFNLG1CQUFtQixJQUFJLEtBQUssUUFBTSxXQUFXLEVBQUUsTUFBYSwyQkFBbUIsU0FBUyxHQUFHLElBQUksZUFBZTtBQUNwSCxVQUFNLE9BQU8sRUFBRSxPQUFPLFNBQVMsRUFBRSxDQUFDLElBQUksR0FBRyxNQUFNLEdBQVUsNEJBQW9CLFNBQVM7QUFDdEYsVUFBTSxtQkFBbUIsSUFBSSxLQUFLLFlBQVksSUFBSSxHQUFHLEdBQUcsSUFBSSxnQkFBZ0I7QUFDNUUsVUFBTSxPQUFPLEVBQUUsT0FBTyxTQUFTLFFBQWtCLDRCQUFvQixTQUFTO0FBQzlFLFVBQU0sbUJBQW1CLElBQUksS0FBSyxRQUFNLFdBQVcsRUFBRSxNQUFhLDJCQUFtQixPQUFPLEdBQUcsSUFBSSxtQkFBbUI7QUFBQSxFQUN4SCxDQUFDO0FBRUQsT0FBSyw0RUFBNEUsWUFBWTtBQUMzRixVQUFNLE9BQU8sRUFBRSxPQUFPLFVBQVUsT0FBYyw0QkFBb0IsU0FBUztBQUMzRSxVQUFNLG1CQUFtQixJQUFJLEtBQUssUUFBTSxHQUFHLFdBQVcsR0FBRyw4QkFBOEI7QUFDdkYsVUFBTSxPQUFPLEVBQUUsT0FBTyxVQUFVLFFBQWtCLDRCQUFvQixTQUFTO0FBQy9FLFVBQU0sbUJBQW1CLElBQUksS0FBSyxTQUFTLElBQUksR0FBRyxHQUFHLElBQUksb0JBQW9CO0FBQUEsRUFDL0UsQ0FBQztBQUNILENBQUM7IiwKICAibmFtZXMiOiBbImFzc2VydCIsICJ2c2NvZGUiXQp9Cg==
