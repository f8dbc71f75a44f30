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

// test/e2e/suite/index.ts
var suite_exports = {};
__export(suite_exports, {
  run: () => run
});
module.exports = __toCommonJS(suite_exports);
var fs = __toESM(require("node:fs"));
var path = __toESM(require("node:path"));
var import_mocha = __toESM(require("mocha"));
function run() {
  const mocha = new import_mocha.default({ ui: "tdd", color: false, timeout: 6e4, slow: 5e3 });
  const grep = process.env.NACOS_E2E_GREP;
  if (grep) mocha.grep(grep);
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith(".test.js")).sort();
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js next to ${__filename}`));
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve());
    } catch (e) {
      reject(e);
    }
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  run
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9lMmUvc3VpdGUvaW5kZXgudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIE1vY2hhIGVudHJ5IGZvciB0aGUgYHZzY29kZWAgQVBJIHRlc3RzIGluc2lkZSBhIHJlYWwgZXh0ZW5zaW9uIGhvc3QuIFRoZSBzYW1lIGZpbGUgc2VydmVzIGJvdGggcnVubmVyczpcbi8vIGNvZGUtc2VydmVyJ3MgP3BheWxvYWQ9IHJvdXRlICh0ZXN0L2UyZS9ob3N0Lm1qcywgRTJFLm1kIFx1MDBBNzIpIGFuZCBAdnNjb2RlL3Rlc3QtZWxlY3Ryb24gKHRlc3QvZTJlL3Rlc3QtZWxlY3Ryb24ubWpzKS5cbi8vIGVzYnVpbGQgYnVuZGxlcyBlYWNoIHRlc3QvZTJlL3N1aXRlLyoudHMgb24gaXRzIG93biwgc28gdGhlIHRlc3RzIGFyZSBmb3VuZCBuZXh0IHRvIHRoaXMgZmlsZSBhdCBydW4gdGltZS5cbmltcG9ydCAqIGFzIGZzIGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IE1vY2hhIGZyb20gJ21vY2hhJztcblxuZXhwb3J0IGZ1bmN0aW9uIHJ1bigpOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgbW9jaGEgPSBuZXcgTW9jaGEoeyB1aTogJ3RkZCcsIGNvbG9yOiBmYWxzZSwgdGltZW91dDogNjAwMDAsIHNsb3c6IDUwMDAgfSk7XG4gIGNvbnN0IGdyZXAgPSBwcm9jZXNzLmVudi5OQUNPU19FMkVfR1JFUDtcbiAgaWYgKGdyZXApIG1vY2hhLmdyZXAoZ3JlcCk7XG4gIGNvbnN0IGZpbGVzID0gZnMucmVhZGRpclN5bmMoX19kaXJuYW1lKS5maWx0ZXIoZiA9PiBmLmVuZHNXaXRoKCcudGVzdC5qcycpKS5zb3J0KCk7XG4gIGlmIChmaWxlcy5sZW5ndGggPT09IDApIHJldHVybiBQcm9taXNlLnJlamVjdChuZXcgRXJyb3IoYG5vICoudGVzdC5qcyBuZXh0IHRvICR7X19maWxlbmFtZX1gKSk7XG4gIGZvciAoY29uc3QgZiBvZiBmaWxlcykgbW9jaGEuYWRkRmlsZShwYXRoLmpvaW4oX19kaXJuYW1lLCBmKSk7XG4gIHJldHVybiBuZXcgUHJvbWlzZSgocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgdHJ5IHtcbiAgICAgIG1vY2hhLnJ1bihmYWlsdXJlcyA9PiAoZmFpbHVyZXMgPiAwID8gcmVqZWN0KG5ldyBFcnJvcihgJHtmYWlsdXJlc30gdGVzdChzKSBmYWlsZWRgKSkgOiByZXNvbHZlKCkpKTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICByZWplY3QoZSk7XG4gICAgfVxuICB9KTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFHQSxTQUFvQjtBQUNwQixXQUFzQjtBQUN0QixtQkFBa0I7QUFFWCxTQUFTLE1BQXFCO0FBQ25DLFFBQU0sUUFBUSxJQUFJLGFBQUFBLFFBQU0sRUFBRSxJQUFJLE9BQU8sT0FBTyxPQUFPLFNBQVMsS0FBTyxNQUFNLElBQUssQ0FBQztBQUMvRSxRQUFNLE9BQU8sUUFBUSxJQUFJO0FBQ3pCLE1BQUksS0FBTSxPQUFNLEtBQUssSUFBSTtBQUN6QixRQUFNLFFBQVcsZUFBWSxTQUFTLEVBQUUsT0FBTyxPQUFLLEVBQUUsU0FBUyxVQUFVLENBQUMsRUFBRSxLQUFLO0FBQ2pGLE1BQUksTUFBTSxXQUFXLEVBQUcsUUFBTyxRQUFRLE9BQU8sSUFBSSxNQUFNLHdCQUF3QixVQUFVLEVBQUUsQ0FBQztBQUM3RixhQUFXLEtBQUssTUFBTyxPQUFNLFFBQWEsVUFBSyxXQUFXLENBQUMsQ0FBQztBQUM1RCxTQUFPLElBQUksUUFBUSxDQUFDLFNBQVMsV0FBVztBQUN0QyxRQUFJO0FBQ0YsWUFBTSxJQUFJLGNBQWEsV0FBVyxJQUFJLE9BQU8sSUFBSSxNQUFNLEdBQUcsUUFBUSxpQkFBaUIsQ0FBQyxJQUFJLFFBQVEsQ0FBRTtBQUFBLElBQ3BHLFNBQVMsR0FBRztBQUNWLGFBQU8sQ0FBQztBQUFBLElBQ1Y7QUFBQSxFQUNGLENBQUM7QUFDSDsiLAogICJuYW1lcyI6IFsiTW9jaGEiXQp9Cg==
