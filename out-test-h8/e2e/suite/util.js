"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// test/e2e/suite/util.ts
var util_exports = {};
__export(util_exports, {
  COMMANDS: () => COMMANDS,
  EXTENSION_ID: () => EXTENSION_ID,
  SOURCE: () => SOURCE,
  activate: () => activate,
  codeOf: () => codeOf,
  open: () => open,
  ours: () => ours,
  prop: () => prop,
  readDisk: () => readDisk,
  waitForDiagnostics: () => waitForDiagnostics,
  withCode: () => withCode,
  within: () => within,
  withoutCode: () => withoutCode,
  wsUri: () => wsUri
});
module.exports = __toCommonJS(util_exports);
var assert = __toESM(require("node:assert/strict"));
var vscode = __toESM(require("vscode"));
var SOURCE = "nacos-auth-lint";
var EXTENSION_ID = "nacos-auth-lint.nacos-auth-lint";
var COMMANDS = ["nacosAuthLint.checkWorkspace", "nacosAuthLint.generateIdentityPair", "nacosAuthLint.showEffectiveConfig"];
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
function within(p, ms, what) {
  return Promise.race([
    Promise.resolve(p),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms))
  ]);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  COMMANDS,
  EXTENSION_ID,
  SOURCE,
  activate,
  codeOf,
  open,
  ours,
  prop,
  readDisk,
  waitForDiagnostics,
  withCode,
  within,
  withoutCode,
  wsUri
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9lMmUvc3VpdGUvdXRpbC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gSGVscGVycyBmb3IgdGhlIGV4dGVuc2lvbi1ob3N0IHN1aXRlOiB0aGUgd29ya3NwYWNlIGlzIGEgY29weSBvZiB0ZXN0L2UyZS93b3Jrc3BhY2UgKHNlZSBpdHMgUkVBRE1FLm1kKS5cbmltcG9ydCAqIGFzIGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5cbmV4cG9ydCBjb25zdCBTT1VSQ0UgPSAnbmFjb3MtYXV0aC1saW50JztcbmV4cG9ydCBjb25zdCBFWFRFTlNJT05fSUQgPSAnbmFjb3MtYXV0aC1saW50Lm5hY29zLWF1dGgtbGludCc7XG5leHBvcnQgY29uc3QgQ09NTUFORFMgPSBbJ25hY29zQXV0aExpbnQuY2hlY2tXb3Jrc3BhY2UnLCAnbmFjb3NBdXRoTGludC5nZW5lcmF0ZUlkZW50aXR5UGFpcicsICduYWNvc0F1dGhMaW50LnNob3dFZmZlY3RpdmVDb25maWcnXTtcblxuZXhwb3J0IGZ1bmN0aW9uIHdzVXJpKHJlbDogc3RyaW5nKTogdnNjb2RlLlVyaSB7XG4gIGNvbnN0IGZvbGRlciA9IHZzY29kZS53b3Jrc3BhY2Uud29ya3NwYWNlRm9sZGVycz8uWzBdO1xuICBhc3NlcnQub2soZm9sZGVyLCAnbm8gd29ya3NwYWNlIGZvbGRlciBpcyBvcGVuICh0aGUgcnVubmVyIG9wZW5zIGEgY29weSBvZiB0ZXN0L2UyZS93b3Jrc3BhY2UpJyk7XG4gIHJldHVybiB2c2NvZGUuVXJpLmpvaW5QYXRoKGZvbGRlci51cmksIC4uLnJlbC5zcGxpdCgnLycpKTtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGFjdGl2YXRlKCk6IFByb21pc2U8dnNjb2RlLkV4dGVuc2lvbjx1bmtub3duPj4ge1xuICBjb25zdCBleHQgPSB2c2NvZGUuZXh0ZW5zaW9ucy5nZXRFeHRlbnNpb24oRVhURU5TSU9OX0lEKTtcbiAgYXNzZXJ0Lm9rKGV4dCwgYGV4dGVuc2lvbiAke0VYVEVOU0lPTl9JRH0gaXMgbm90IGxvYWRlZCAocGFja2FnZS5qc29uIG5hbWUvcHVibGlzaGVyPylgKTtcbiAgYXdhaXQgZXh0LmFjdGl2YXRlKCk7XG4gIHJldHVybiBleHQ7XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBvcGVuKHJlbDogc3RyaW5nKTogUHJvbWlzZTx2c2NvZGUuVGV4dERvY3VtZW50PiB7XG4gIGNvbnN0IGRvYyA9IGF3YWl0IHZzY29kZS53b3Jrc3BhY2Uub3BlblRleHREb2N1bWVudCh3c1VyaShyZWwpKTtcbiAgYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93VGV4dERvY3VtZW50KGRvYywgeyBwcmV2aWV3OiBmYWxzZSB9KTtcbiAgcmV0dXJuIGRvYztcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGNvZGVPZihkOiB2c2NvZGUuRGlhZ25vc3RpYyk6IHN0cmluZyB7XG4gIHJldHVybiB0eXBlb2YgZC5jb2RlID09PSAnb2JqZWN0JyAmJiBkLmNvZGUgIT09IG51bGwgPyBTdHJpbmcoZC5jb2RlLnZhbHVlKSA6IFN0cmluZyhkLmNvZGUpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gb3Vycyh1cmk6IHZzY29kZS5VcmkpOiB2c2NvZGUuRGlhZ25vc3RpY1tdIHtcbiAgcmV0dXJuIHZzY29kZS5sYW5ndWFnZXMuZ2V0RGlhZ25vc3RpY3ModXJpKS5maWx0ZXIoZCA9PiBkLnNvdXJjZSA9PT0gU09VUkNFKTtcbn1cblxuY29uc3QgZGVzY3JpYmUgPSAoZHM6IHZzY29kZS5EaWFnbm9zdGljW10pID0+XG4gIGRzLmxlbmd0aCA/IGRzLm1hcChkID0+IGAke2NvZGVPZihkKX1AJHtkLnJhbmdlLnN0YXJ0LmxpbmUgKyAxfToke2QucmFuZ2Uuc3RhcnQuY2hhcmFjdGVyICsgMX0gXCIke2QubWVzc2FnZX1cImApLmpvaW4oJzsgJykgOiAnbm9uZSc7XG5cbi8qKiBSZXNvbHZlcyB3aXRoIG91ciBkaWFnbm9zdGljcyBmb3IgYHVyaWAgb25jZSBgcHJlZGAgaG9sZHM7IG5vIHNsZWVwczogcmUtY2hlY2tzIG9uIGV2ZXJ5IHB1YmxpY2F0aW9uLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdhaXRGb3JEaWFnbm9zdGljcyhcbiAgdXJpOiB2c2NvZGUuVXJpLFxuICBwcmVkOiAoZHM6IHZzY29kZS5EaWFnbm9zdGljW10pID0+IGJvb2xlYW4sXG4gIHdoYXQ6IHN0cmluZyxcbiAgdGltZW91dCA9IDE1MDAwLFxuKTogUHJvbWlzZTx2c2NvZGUuRGlhZ25vc3RpY1tdPiB7XG4gIHJldHVybiBuZXcgUHJvbWlzZSgocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgY29uc3QgY2hlY2sgPSAoKSA9PiB7XG4gICAgICBjb25zdCBkcyA9IG91cnModXJpKTtcbiAgICAgIGlmICghcHJlZChkcykpIHJldHVybiBmYWxzZTtcbiAgICAgIGRvbmUoKTtcbiAgICAgIHJlc29sdmUoZHMpO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfTtcbiAgICBjb25zdCBzdWIgPSB2c2NvZGUubGFuZ3VhZ2VzLm9uRGlkQ2hhbmdlRGlhZ25vc3RpY3MoZSA9PiB7XG4gICAgICBpZiAoZS51cmlzLnNvbWUodSA9PiB1LnRvU3RyaW5nKCkgPT09IHVyaS50b1N0cmluZygpKSkgY2hlY2soKTtcbiAgICB9KTtcbiAgICBjb25zdCB0aW1lciA9IHNldFRpbWVvdXQoKCkgPT4ge1xuICAgICAgZG9uZSgpO1xuICAgICAgcmVqZWN0KG5ldyBFcnJvcihgdGltZWQgb3V0IGFmdGVyICR7dGltZW91dH0gbXMgd2FpdGluZyBmb3IgJHt3aGF0fSBpbiAke3ZzY29kZS53b3Jrc3BhY2UuYXNSZWxhdGl2ZVBhdGgodXJpKX07IG91cnMgbm93OiAke2Rlc2NyaWJlKG91cnModXJpKSl9YCkpO1xuICAgIH0sIHRpbWVvdXQpO1xuICAgIGZ1bmN0aW9uIGRvbmUoKSB7XG4gICAgICBjbGVhclRpbWVvdXQodGltZXIpO1xuICAgICAgc3ViLmRpc3Bvc2UoKTtcbiAgICB9XG4gICAgY2hlY2soKTtcbiAgfSk7XG59XG5cbmV4cG9ydCBjb25zdCB3aXRoQ29kZSA9IChjb2RlOiBzdHJpbmcpID0+IChkczogdnNjb2RlLkRpYWdub3N0aWNbXSkgPT4gZHMuc29tZShkID0+IGNvZGVPZihkKSA9PT0gY29kZSk7XG5leHBvcnQgY29uc3Qgd2l0aG91dENvZGUgPSAoY29kZTogc3RyaW5nIHwgUmVnRXhwKSA9PiAoZHM6IHZzY29kZS5EaWFnbm9zdGljW10pID0+XG4gICFkcy5zb21lKGQgPT4gKHR5cGVvZiBjb2RlID09PSAnc3RyaW5nJyA/IGNvZGVPZihkKSA9PT0gY29kZSA6IGNvZGUudGVzdChjb2RlT2YoZCkpKSk7XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiByZWFkRGlzayhyZWw6IHN0cmluZyk6IFByb21pc2U8c3RyaW5nPiB7XG4gIHJldHVybiBCdWZmZXIuZnJvbShhd2FpdCB2c2NvZGUud29ya3NwYWNlLmZzLnJlYWRGaWxlKHdzVXJpKHJlbCkpKS50b1N0cmluZygndXRmOCcpO1xufVxuXG4vKiogVGhlIHZhbHVlIG9mIGEgYGtleT12YWx1ZWAgbGluZSBpbiBhIHByb3BlcnRpZXMgdGV4dCAodGhlIGZpeHR1cmVzIHVzZSBwbGFpbiBgPWAsIG5vIGVzY2FwZXMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHByb3AodGV4dDogc3RyaW5nLCBrZXk6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGxpbmUgPSB0ZXh0LnNwbGl0KC9cXHI/XFxuLykuZmluZChsID0+IGwuc3RhcnRzV2l0aChgJHtrZXl9PWApKTtcbiAgcmV0dXJuIGxpbmUgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IGxpbmUuc2xpY2Uoa2V5Lmxlbmd0aCArIDEpO1xufVxuXG4vKiogUmVzb2x2ZXMgYHBgIG9yIHJlamVjdHMgYWZ0ZXIgYG1zYCAoYSBjb21tYW5kIHRoYXQgd2FpdHMgb24gVUkgaW5wdXQgd291bGQgb3RoZXJ3aXNlIGhhbmcgdGhlIHN1aXRlKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aXRoaW48VD4ocDogVGhlbmFibGU8VD4sIG1zOiBudW1iZXIsIHdoYXQ6IHN0cmluZyk6IFByb21pc2U8VD4ge1xuICByZXR1cm4gUHJvbWlzZS5yYWNlKFtcbiAgICBQcm9taXNlLnJlc29sdmUocCksXG4gICAgbmV3IFByb21pc2U8VD4oKF8sIHJlamVjdCkgPT4gc2V0VGltZW91dCgoKSA9PiByZWplY3QobmV3IEVycm9yKGAke3doYXR9IGRpZCBub3QgZmluaXNoIHdpdGhpbiAke21zfSBtc2ApKSwgbXMpKSxcbiAgXSk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFDQSxhQUF3QjtBQUN4QixhQUF3QjtBQUVqQixJQUFNLFNBQVM7QUFDZixJQUFNLGVBQWU7QUFDckIsSUFBTSxXQUFXLENBQUMsZ0NBQWdDLHNDQUFzQyxtQ0FBbUM7QUFFM0gsU0FBUyxNQUFNLEtBQXlCO0FBQzdDLFFBQU0sU0FBZ0IsaUJBQVUsbUJBQW1CLENBQUM7QUFDcEQsRUFBTyxVQUFHLFFBQVEsNkVBQTZFO0FBQy9GLFNBQWMsV0FBSSxTQUFTLE9BQU8sS0FBSyxHQUFHLElBQUksTUFBTSxHQUFHLENBQUM7QUFDMUQ7QUFFQSxlQUFzQixXQUErQztBQUNuRSxRQUFNLE1BQWEsa0JBQVcsYUFBYSxZQUFZO0FBQ3ZELEVBQU8sVUFBRyxLQUFLLGFBQWEsWUFBWSwrQ0FBK0M7QUFDdkYsUUFBTSxJQUFJLFNBQVM7QUFDbkIsU0FBTztBQUNUO0FBRUEsZUFBc0IsS0FBSyxLQUEyQztBQUNwRSxRQUFNLE1BQU0sTUFBYSxpQkFBVSxpQkFBaUIsTUFBTSxHQUFHLENBQUM7QUFDOUQsUUFBYSxjQUFPLGlCQUFpQixLQUFLLEVBQUUsU0FBUyxNQUFNLENBQUM7QUFDNUQsU0FBTztBQUNUO0FBRU8sU0FBUyxPQUFPLEdBQThCO0FBQ25ELFNBQU8sT0FBTyxFQUFFLFNBQVMsWUFBWSxFQUFFLFNBQVMsT0FBTyxPQUFPLEVBQUUsS0FBSyxLQUFLLElBQUksT0FBTyxFQUFFLElBQUk7QUFDN0Y7QUFFTyxTQUFTLEtBQUssS0FBc0M7QUFDekQsU0FBYyxpQkFBVSxlQUFlLEdBQUcsRUFBRSxPQUFPLE9BQUssRUFBRSxXQUFXLE1BQU07QUFDN0U7QUFFQSxJQUFNLFdBQVcsQ0FBQyxPQUNoQixHQUFHLFNBQVMsR0FBRyxJQUFJLE9BQUssR0FBRyxPQUFPLENBQUMsQ0FBQyxJQUFJLEVBQUUsTUFBTSxNQUFNLE9BQU8sQ0FBQyxJQUFJLEVBQUUsTUFBTSxNQUFNLFlBQVksQ0FBQyxLQUFLLEVBQUUsT0FBTyxHQUFHLEVBQUUsS0FBSyxJQUFJLElBQUk7QUFHeEgsU0FBUyxtQkFDZCxLQUNBLE1BQ0EsTUFDQSxVQUFVLE1BQ29CO0FBQzlCLFNBQU8sSUFBSSxRQUFRLENBQUMsU0FBUyxXQUFXO0FBQ3RDLFVBQU0sUUFBUSxNQUFNO0FBQ2xCLFlBQU0sS0FBSyxLQUFLLEdBQUc7QUFDbkIsVUFBSSxDQUFDLEtBQUssRUFBRSxFQUFHLFFBQU87QUFDdEIsV0FBSztBQUNMLGNBQVEsRUFBRTtBQUNWLGFBQU87QUFBQSxJQUNUO0FBQ0EsVUFBTSxNQUFhLGlCQUFVLHVCQUF1QixPQUFLO0FBQ3ZELFVBQUksRUFBRSxLQUFLLEtBQUssT0FBSyxFQUFFLFNBQVMsTUFBTSxJQUFJLFNBQVMsQ0FBQyxFQUFHLE9BQU07QUFBQSxJQUMvRCxDQUFDO0FBQ0QsVUFBTSxRQUFRLFdBQVcsTUFBTTtBQUM3QixXQUFLO0FBQ0wsYUFBTyxJQUFJLE1BQU0sbUJBQW1CLE9BQU8sbUJBQW1CLElBQUksT0FBYyxpQkFBVSxlQUFlLEdBQUcsQ0FBQyxlQUFlLFNBQVMsS0FBSyxHQUFHLENBQUMsQ0FBQyxFQUFFLENBQUM7QUFBQSxJQUNwSixHQUFHLE9BQU87QUFDVixhQUFTLE9BQU87QUFDZCxtQkFBYSxLQUFLO0FBQ2xCLFVBQUksUUFBUTtBQUFBLElBQ2Q7QUFDQSxVQUFNO0FBQUEsRUFDUixDQUFDO0FBQ0g7QUFFTyxJQUFNLFdBQVcsQ0FBQyxTQUFpQixDQUFDLE9BQTRCLEdBQUcsS0FBSyxPQUFLLE9BQU8sQ0FBQyxNQUFNLElBQUk7QUFDL0YsSUFBTSxjQUFjLENBQUMsU0FBMEIsQ0FBQyxPQUNyRCxDQUFDLEdBQUcsS0FBSyxPQUFNLE9BQU8sU0FBUyxXQUFXLE9BQU8sQ0FBQyxNQUFNLE9BQU8sS0FBSyxLQUFLLE9BQU8sQ0FBQyxDQUFDLENBQUU7QUFFdEYsZUFBc0IsU0FBUyxLQUE4QjtBQUMzRCxTQUFPLE9BQU8sS0FBSyxNQUFhLGlCQUFVLEdBQUcsU0FBUyxNQUFNLEdBQUcsQ0FBQyxDQUFDLEVBQUUsU0FBUyxNQUFNO0FBQ3BGO0FBR08sU0FBUyxLQUFLLE1BQWMsS0FBaUM7QUFDbEUsUUFBTSxPQUFPLEtBQUssTUFBTSxPQUFPLEVBQUUsS0FBSyxPQUFLLEVBQUUsV0FBVyxHQUFHLEdBQUcsR0FBRyxDQUFDO0FBQ2xFLFNBQU8sU0FBUyxTQUFZLFNBQVksS0FBSyxNQUFNLElBQUksU0FBUyxDQUFDO0FBQ25FO0FBR08sU0FBUyxPQUFVLEdBQWdCLElBQVksTUFBMEI7QUFDOUUsU0FBTyxRQUFRLEtBQUs7QUFBQSxJQUNsQixRQUFRLFFBQVEsQ0FBQztBQUFBLElBQ2pCLElBQUksUUFBVyxDQUFDLEdBQUcsV0FBVyxXQUFXLE1BQU0sT0FBTyxJQUFJLE1BQU0sR0FBRyxJQUFJLDBCQUEwQixFQUFFLEtBQUssQ0FBQyxHQUFHLEVBQUUsQ0FBQztBQUFBLEVBQ2pILENBQUM7QUFDSDsiLAogICJuYW1lcyI6IFtdCn0K
