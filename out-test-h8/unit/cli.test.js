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

// test/unit/cli.test.ts
var import_node_test = require("node:test");
var import_strict = __toESM(require("node:assert/strict"));
var import_node_child_process = require("node:child_process");
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var ROOT = (0, import_node_path.resolve)(__dirname, "../..");
var CLI = (0, import_node_path.join)(ROOT, "dist/cli.js");
function cli(args, cwd) {
  const r = (0, import_node_child_process.spawnSync)(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 6e4 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
(0, import_node_test.describe)("nacos-auth-lint CLI", () => {
  let dir;
  (0, import_node_test.before)(() => {
    dir = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "nal-cli-"));
    (0, import_node_fs.cpSync)((0, import_node_path.join)(ROOT, "examples"), (0, import_node_path.join)(dir, "examples"), { recursive: true });
  });
  (0, import_node_test.after)(() => (0, import_node_fs.rmSync)(dir, { recursive: true, force: true }));
  (0, import_node_test.test)("examples: findings, exit 1, values masked", () => {
    const r = cli(["examples"], dir);
    import_strict.default.equal(r.code, 1, r.err);
    import_strict.default.match(r.out, /identity-public-value/);
    import_strict.default.match(r.out, /cluster-secret-mismatch/);
    import_strict.default.match(r.out, /examples\/bare-metal\/node1\/conf\/application\.properties/);
    for (const secret of ["VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=", "ThisIsMyCustomSecretKey012345678", "my-own-value-for-node3"]) import_strict.default.ok(!r.out.includes(secret), `masked: ${secret}`);
  });
  (0, import_node_test.test)("JSON output is SPEC \xA75 version 1", () => {
    const r = cli(["examples", "--format", "json", "--explain"], dir);
    import_strict.default.equal(r.code, 1);
    const doc = JSON.parse(r.out);
    import_strict.default.equal(doc.version, 1);
    import_strict.default.deepEqual(Object.keys(doc), ["version", "files", "nodes", "summary"]);
    const f = doc.files.find((x) => x.path === "examples/bare-metal/node1/conf/application.properties");
    const finding = f.findings.find((x) => x.ruleId === "identity-public-value");
    import_strict.default.deepEqual(Object.keys(finding).sort(), ["column", "endColumn", "endLine", "fixable", "line", "message", "related", "ruleId", "severity"].sort());
    import_strict.default.equal(finding.line, 20);
    import_strict.default.equal(finding.column, 39);
    import_strict.default.equal(finding.endColumn, 47);
    import_strict.default.equal(finding.severity, "error");
    import_strict.default.equal(typeof finding.fixable, "boolean");
    import_strict.default.equal(doc.summary.nodes, 6);
    const node = doc.nodes.find((n) => n.id === "examples/docker/compose.yaml#nacos1");
    import_strict.default.equal(node.kind, "compose-service");
    import_strict.default.equal(node.service, "nacos1");
    import_strict.default.deepEqual(node.serverVersion, { value: "2.5.1", from: "image tag", detail: "image nacos/nacos-server:v2.5.1" });
    const key = node.settings["nacos.core.auth.server.identity.key"];
    import_strict.default.equal(key.path, "examples/docker/env/nacos.env");
    import_strict.default.equal(key.line, 9);
    import_strict.default.match(key.via, /env_file NACOS_AUTH_IDENTITY_KEY/);
    import_strict.default.ok(!JSON.stringify(doc).includes("2xxx"), "values masked without --show-secrets");
    const shown = JSON.parse(cli(["examples", "--format", "json", "--explain", "--show-secrets"], dir).out);
    import_strict.default.equal(shown.nodes.find((n) => n.id === "examples/docker/compose.yaml#nacos1").settings["nacos.core.auth.server.identity.value"].value, "2xxx");
  });
  (0, import_node_test.test)("--server-version changes version-dependent findings", () => {
    const p = (0, import_node_path.join)(dir, "v");
    (0, import_node_fs.mkdirSync)(p);
    (0, import_node_fs.writeFileSync)((0, import_node_path.join)(p, "application.properties"), "nacos.core.auth.enabled=false\n");
    import_strict.default.equal(cli([p, "--server-version", "2.4.3"], dir).code, 0);
    const r = cli([p, "--server-version", "3.0.0", "--format", "json"], dir);
    import_strict.default.equal(r.code, 1);
    import_strict.default.ok(JSON.parse(r.out).files[0].findings.some((x) => x.ruleId === "identity-missing"));
  });
  (0, import_node_test.test)("exit 0 without errors; 2 on bad usage", () => {
    const p = (0, import_node_path.join)(dir, "clean");
    (0, import_node_fs.mkdirSync)(p);
    (0, import_node_fs.writeFileSync)((0, import_node_path.join)(p, "application.properties"), "server.port=8848\nnacos.core.auth.enabled=true\nnacos.core.auth.system.type=nacos\nnacos.core.auth.server.identity.key=nacos-identity-4f2a9c1e\nnacos.core.auth.server.identity.value=Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE\nnacos.core.auth.plugin.nacos.token.secret.key=3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=\n");
    const ok = cli([p, "--server-version", "2.4.3"], dir);
    import_strict.default.equal(ok.code, 0, ok.out);
    import_strict.default.match(ok.out, /no problems/);
    for (const bad of [["--format", "xml"], ["--bogus"], ["--server-version", "banana"], ["--rule", "nope=error"], ["--format"]]) {
      const r = cli(bad, dir);
      import_strict.default.equal(r.code, 2, bad.join(" "));
      import_strict.default.match(r.err, /nacos-auth-lint: /);
    }
    import_strict.default.equal(cli(["--help"], dir).code, 0);
  });
  (0, import_node_test.test)("bad input: a clear message each, never a crash", () => {
    const p = (0, import_node_path.join)(dir, "bad");
    (0, import_node_fs.mkdirSync)(p);
    (0, import_node_fs.writeFileSync)((0, import_node_path.join)(p, "empty.properties"), "");
    (0, import_node_fs.writeFileSync)((0, import_node_path.join)(p, "binary.properties"), Buffer.from([110, 97, 0, 1, 255, 254]));
    (0, import_node_fs.writeFileSync)((0, import_node_path.join)(p, "bad.env"), Buffer.from([78, 65, 61, 195, 40, 10]));
    (0, import_node_fs.writeFileSync)((0, import_node_path.join)(p, "unterminated.properties"), "nacos.core.auth.enabled=true\nnacos.core.auth.server.identity.key=${NACOS_KEY\n");
    const big = (0, import_node_path.join)(p, "huge.properties");
    const fd = (0, import_node_fs.openSync)(big, "w");
    (0, import_node_fs.ftruncateSync)(fd, 50 * 1024 * 1024);
    (0, import_node_fs.closeSync)(fd);
    const r = cli([p, "--server-version", "2.4.3"], dir);
    import_strict.default.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.err}`);
    import_strict.default.match(r.err, /binary\.properties: file looks binary/);
    import_strict.default.match(r.err, /bad\.env: file is not valid UTF-8/);
    import_strict.default.match(r.err, /huge\.properties: file is larger than 10 MB/);
    import_strict.default.ok(!/internal error/.test(r.err));
    const missing = cli([(0, import_node_path.join)(p, "nope")], dir);
    import_strict.default.match(missing.err, /no such file or directory/);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vdGVzdC91bml0L2NsaS50ZXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUaGUgcmVhbCBDTEkgKGRpc3QvY2xpLmpzKSBvbiByZWFsIGZpbGVzOiBvdXRwdXQgZm9ybWF0cywgZXhpdCBjb2RlcywgYmFkIGlucHV0LCBtYXNraW5nLlxuaW1wb3J0IHsgdGVzdCwgZGVzY3JpYmUsIGJlZm9yZSwgYWZ0ZXIgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgc3Bhd25TeW5jIH0gZnJvbSAnbm9kZTpjaGlsZF9wcm9jZXNzJztcbmltcG9ydCB7IG1rZHRlbXBTeW5jLCB3cml0ZUZpbGVTeW5jLCBta2RpclN5bmMsIHJtU3luYywgb3BlblN5bmMsIGZ0cnVuY2F0ZVN5bmMsIGNsb3NlU3luYywgY3BTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyB0bXBkaXIgfSBmcm9tICdub2RlOm9zJztcbmltcG9ydCB7IGpvaW4sIHJlc29sdmUgfSBmcm9tICdub2RlOnBhdGgnO1xuXG5jb25zdCBST09UID0gcmVzb2x2ZShfX2Rpcm5hbWUsICcuLi8uLicpO1xuY29uc3QgQ0xJID0gam9pbihST09ULCAnZGlzdC9jbGkuanMnKTtcblxuZnVuY3Rpb24gY2xpKGFyZ3M6IHN0cmluZ1tdLCBjd2Q6IHN0cmluZykge1xuICBjb25zdCByID0gc3Bhd25TeW5jKHByb2Nlc3MuZXhlY1BhdGgsIFtDTEksIC4uLmFyZ3NdLCB7IGN3ZCwgZW5jb2Rpbmc6ICd1dGY4JywgdGltZW91dDogNjBfMDAwIH0pO1xuICByZXR1cm4geyBjb2RlOiByLnN0YXR1cywgb3V0OiByLnN0ZG91dCwgZXJyOiByLnN0ZGVyciB9O1xufVxuXG5kZXNjcmliZSgnbmFjb3MtYXV0aC1saW50IENMSScsICgpID0+IHtcbiAgbGV0IGRpcjogc3RyaW5nO1xuICBiZWZvcmUoKCkgPT4ge1xuICAgIGRpciA9IG1rZHRlbXBTeW5jKGpvaW4odG1wZGlyKCksICduYWwtY2xpLScpKTtcbiAgICBjcFN5bmMoam9pbihST09ULCAnZXhhbXBsZXMnKSwgam9pbihkaXIsICdleGFtcGxlcycpLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgfSk7XG4gIGFmdGVyKCgpID0+IHJtU3luYyhkaXIsIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KSk7XG5cbiAgdGVzdCgnZXhhbXBsZXM6IGZpbmRpbmdzLCBleGl0IDEsIHZhbHVlcyBtYXNrZWQnLCAoKSA9PiB7XG4gICAgY29uc3QgciA9IGNsaShbJ2V4YW1wbGVzJ10sIGRpcik7XG4gICAgYXNzZXJ0LmVxdWFsKHIuY29kZSwgMSwgci5lcnIpO1xuICAgIGFzc2VydC5tYXRjaChyLm91dCwgL2lkZW50aXR5LXB1YmxpYy12YWx1ZS8pO1xuICAgIGFzc2VydC5tYXRjaChyLm91dCwgL2NsdXN0ZXItc2VjcmV0LW1pc21hdGNoLyk7XG4gICAgYXNzZXJ0Lm1hdGNoKHIub3V0LCAvZXhhbXBsZXNcXC9iYXJlLW1ldGFsXFwvbm9kZTFcXC9jb25mXFwvYXBwbGljYXRpb25cXC5wcm9wZXJ0aWVzLyk7XG4gICAgZm9yIChjb25zdCBzZWNyZXQgb2YgWydWR2hwYzBselRYbERkWE4wYjIxVFpXTnlaWFJMWlhrd01USXpORFUyTnpnPScsICdUaGlzSXNNeUN1c3RvbVNlY3JldEtleTAxMjM0NTY3OCcsICdteS1vd24tdmFsdWUtZm9yLW5vZGUzJ10pIGFzc2VydC5vayghci5vdXQuaW5jbHVkZXMoc2VjcmV0KSwgYG1hc2tlZDogJHtzZWNyZXR9YCk7XG4gIH0pO1xuXG4gIHRlc3QoJ0pTT04gb3V0cHV0IGlzIFNQRUMgXHUwMEE3NSB2ZXJzaW9uIDEnLCAoKSA9PiB7XG4gICAgY29uc3QgciA9IGNsaShbJ2V4YW1wbGVzJywgJy0tZm9ybWF0JywgJ2pzb24nLCAnLS1leHBsYWluJ10sIGRpcik7XG4gICAgYXNzZXJ0LmVxdWFsKHIuY29kZSwgMSk7XG4gICAgY29uc3QgZG9jID0gSlNPTi5wYXJzZShyLm91dCk7XG4gICAgYXNzZXJ0LmVxdWFsKGRvYy52ZXJzaW9uLCAxKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKE9iamVjdC5rZXlzKGRvYyksIFsndmVyc2lvbicsICdmaWxlcycsICdub2RlcycsICdzdW1tYXJ5J10pO1xuICAgIGNvbnN0IGYgPSBkb2MuZmlsZXMuZmluZCgoeDogeyBwYXRoOiBzdHJpbmcgfSkgPT4geC5wYXRoID09PSAnZXhhbXBsZXMvYmFyZS1tZXRhbC9ub2RlMS9jb25mL2FwcGxpY2F0aW9uLnByb3BlcnRpZXMnKTtcbiAgICBjb25zdCBmaW5kaW5nID0gZi5maW5kaW5ncy5maW5kKCh4OiB7IHJ1bGVJZDogc3RyaW5nIH0pID0+IHgucnVsZUlkID09PSAnaWRlbnRpdHktcHVibGljLXZhbHVlJyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChPYmplY3Qua2V5cyhmaW5kaW5nKS5zb3J0KCksIFsnY29sdW1uJywgJ2VuZENvbHVtbicsICdlbmRMaW5lJywgJ2ZpeGFibGUnLCAnbGluZScsICdtZXNzYWdlJywgJ3JlbGF0ZWQnLCAncnVsZUlkJywgJ3NldmVyaXR5J10uc29ydCgpKTtcbiAgICBhc3NlcnQuZXF1YWwoZmluZGluZy5saW5lLCAyMCk7XG4gICAgYXNzZXJ0LmVxdWFsKGZpbmRpbmcuY29sdW1uLCAzOSk7XG4gICAgYXNzZXJ0LmVxdWFsKGZpbmRpbmcuZW5kQ29sdW1uLCA0Nyk7IC8vIGV4Y2x1c2l2ZVxuICAgIGFzc2VydC5lcXVhbChmaW5kaW5nLnNldmVyaXR5LCAnZXJyb3InKTtcbiAgICBhc3NlcnQuZXF1YWwodHlwZW9mIGZpbmRpbmcuZml4YWJsZSwgJ2Jvb2xlYW4nKTtcbiAgICBhc3NlcnQuZXF1YWwoZG9jLnN1bW1hcnkubm9kZXMsIDYpO1xuICAgIGNvbnN0IG5vZGUgPSBkb2Mubm9kZXMuZmluZCgobjogeyBpZDogc3RyaW5nIH0pID0+IG4uaWQgPT09ICdleGFtcGxlcy9kb2NrZXIvY29tcG9zZS55YW1sI25hY29zMScpO1xuICAgIGFzc2VydC5lcXVhbChub2RlLmtpbmQsICdjb21wb3NlLXNlcnZpY2UnKTtcbiAgICBhc3NlcnQuZXF1YWwobm9kZS5zZXJ2aWNlLCAnbmFjb3MxJyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChub2RlLnNlcnZlclZlcnNpb24sIHsgdmFsdWU6ICcyLjUuMScsIGZyb206ICdpbWFnZSB0YWcnLCBkZXRhaWw6ICdpbWFnZSBuYWNvcy9uYWNvcy1zZXJ2ZXI6djIuNS4xJyB9KTtcbiAgICBjb25zdCBrZXkgPSBub2RlLnNldHRpbmdzWyduYWNvcy5jb3JlLmF1dGguc2VydmVyLmlkZW50aXR5LmtleSddO1xuICAgIGFzc2VydC5lcXVhbChrZXkucGF0aCwgJ2V4YW1wbGVzL2RvY2tlci9lbnYvbmFjb3MuZW52Jyk7XG4gICAgYXNzZXJ0LmVxdWFsKGtleS5saW5lLCA5KTtcbiAgICBhc3NlcnQubWF0Y2goa2V5LnZpYSwgL2Vudl9maWxlIE5BQ09TX0FVVEhfSURFTlRJVFlfS0VZLyk7XG4gICAgYXNzZXJ0Lm9rKCFKU09OLnN0cmluZ2lmeShkb2MpLmluY2x1ZGVzKCcyeHh4JyksICd2YWx1ZXMgbWFza2VkIHdpdGhvdXQgLS1zaG93LXNlY3JldHMnKTtcbiAgICBjb25zdCBzaG93biA9IEpTT04ucGFyc2UoY2xpKFsnZXhhbXBsZXMnLCAnLS1mb3JtYXQnLCAnanNvbicsICctLWV4cGxhaW4nLCAnLS1zaG93LXNlY3JldHMnXSwgZGlyKS5vdXQpO1xuICAgIGFzc2VydC5lcXVhbChzaG93bi5ub2Rlcy5maW5kKChuOiB7IGlkOiBzdHJpbmcgfSkgPT4gbi5pZCA9PT0gJ2V4YW1wbGVzL2RvY2tlci9jb21wb3NlLnlhbWwjbmFjb3MxJykuc2V0dGluZ3NbJ25hY29zLmNvcmUuYXV0aC5zZXJ2ZXIuaWRlbnRpdHkudmFsdWUnXS52YWx1ZSwgJzJ4eHgnKTtcbiAgfSk7XG5cbiAgdGVzdCgnLS1zZXJ2ZXItdmVyc2lvbiBjaGFuZ2VzIHZlcnNpb24tZGVwZW5kZW50IGZpbmRpbmdzJywgKCkgPT4ge1xuICAgIGNvbnN0IHAgPSBqb2luKGRpciwgJ3YnKTtcbiAgICBta2RpclN5bmMocCk7XG4gICAgd3JpdGVGaWxlU3luYyhqb2luKHAsICdhcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJyksICduYWNvcy5jb3JlLmF1dGguZW5hYmxlZD1mYWxzZVxcbicpO1xuICAgIGFzc2VydC5lcXVhbChjbGkoW3AsICctLXNlcnZlci12ZXJzaW9uJywgJzIuNC4zJ10sIGRpcikuY29kZSwgMCk7XG4gICAgY29uc3QgciA9IGNsaShbcCwgJy0tc2VydmVyLXZlcnNpb24nLCAnMy4wLjAnLCAnLS1mb3JtYXQnLCAnanNvbiddLCBkaXIpO1xuICAgIGFzc2VydC5lcXVhbChyLmNvZGUsIDEpO1xuICAgIGFzc2VydC5vayhKU09OLnBhcnNlKHIub3V0KS5maWxlc1swXS5maW5kaW5ncy5zb21lKCh4OiB7IHJ1bGVJZDogc3RyaW5nIH0pID0+IHgucnVsZUlkID09PSAnaWRlbnRpdHktbWlzc2luZycpKTtcbiAgfSk7XG5cbiAgdGVzdCgnZXhpdCAwIHdpdGhvdXQgZXJyb3JzOyAyIG9uIGJhZCB1c2FnZScsICgpID0+IHtcbiAgICBjb25zdCBwID0gam9pbihkaXIsICdjbGVhbicpO1xuICAgIG1rZGlyU3luYyhwKTtcbiAgICB3cml0ZUZpbGVTeW5jKGpvaW4ocCwgJ2FwcGxpY2F0aW9uLnByb3BlcnRpZXMnKSwgJ3NlcnZlci5wb3J0PTg4NDhcXG5uYWNvcy5jb3JlLmF1dGguZW5hYmxlZD10cnVlXFxubmFjb3MuY29yZS5hdXRoLnN5c3RlbS50eXBlPW5hY29zXFxubmFjb3MuY29yZS5hdXRoLnNlcnZlci5pZGVudGl0eS5rZXk9bmFjb3MtaWRlbnRpdHktNGYyYTljMWVcXG5uYWNvcy5jb3JlLmF1dGguc2VydmVyLmlkZW50aXR5LnZhbHVlPVF4OFp0Mm1MMHBWYjdzUmtXYzNuWWg1ZEZqOWFHZTF1SW80VHFOdzZQekVcXG5uYWNvcy5jb3JlLmF1dGgucGx1Z2luLm5hY29zLnRva2VuLnNlY3JldC5rZXk9M3EyKzd3UW0xWThyWmI1S2MwTHg5Vm40VHM2UGEySnU4SGQxRmc3RWkzQT1cXG4nKTtcbiAgICBjb25zdCBvayA9IGNsaShbcCwgJy0tc2VydmVyLXZlcnNpb24nLCAnMi40LjMnXSwgZGlyKTtcbiAgICBhc3NlcnQuZXF1YWwob2suY29kZSwgMCwgb2sub3V0KTtcbiAgICBhc3NlcnQubWF0Y2gob2sub3V0LCAvbm8gcHJvYmxlbXMvKTtcbiAgICBmb3IgKGNvbnN0IGJhZCBvZiBbWyctLWZvcm1hdCcsICd4bWwnXSwgWyctLWJvZ3VzJ10sIFsnLS1zZXJ2ZXItdmVyc2lvbicsICdiYW5hbmEnXSwgWyctLXJ1bGUnLCAnbm9wZT1lcnJvciddLCBbJy0tZm9ybWF0J11dKSB7XG4gICAgICBjb25zdCByID0gY2xpKGJhZCwgZGlyKTtcbiAgICAgIGFzc2VydC5lcXVhbChyLmNvZGUsIDIsIGJhZC5qb2luKCcgJykpO1xuICAgICAgYXNzZXJ0Lm1hdGNoKHIuZXJyLCAvbmFjb3MtYXV0aC1saW50OiAvKTtcbiAgICB9XG4gICAgYXNzZXJ0LmVxdWFsKGNsaShbJy0taGVscCddLCBkaXIpLmNvZGUsIDApO1xuICB9KTtcblxuICB0ZXN0KCdiYWQgaW5wdXQ6IGEgY2xlYXIgbWVzc2FnZSBlYWNoLCBuZXZlciBhIGNyYXNoJywgKCkgPT4ge1xuICAgIGNvbnN0IHAgPSBqb2luKGRpciwgJ2JhZCcpO1xuICAgIG1rZGlyU3luYyhwKTtcbiAgICB3cml0ZUZpbGVTeW5jKGpvaW4ocCwgJ2VtcHR5LnByb3BlcnRpZXMnKSwgJycpO1xuICAgIHdyaXRlRmlsZVN5bmMoam9pbihwLCAnYmluYXJ5LnByb3BlcnRpZXMnKSwgQnVmZmVyLmZyb20oWzB4NmUsIDB4NjEsIDB4MDAsIDB4MDEsIDB4ZmYsIDB4ZmVdKSk7XG4gICAgd3JpdGVGaWxlU3luYyhqb2luKHAsICdiYWQuZW52JyksIEJ1ZmZlci5mcm9tKFsweDRlLCAweDQxLCAweDNkLCAweGMzLCAweDI4LCAweDBhXSkpO1xuICAgIHdyaXRlRmlsZVN5bmMoam9pbihwLCAndW50ZXJtaW5hdGVkLnByb3BlcnRpZXMnKSwgJ25hY29zLmNvcmUuYXV0aC5lbmFibGVkPXRydWVcXG5uYWNvcy5jb3JlLmF1dGguc2VydmVyLmlkZW50aXR5LmtleT0ke05BQ09TX0tFWVxcbicpO1xuICAgIGNvbnN0IGJpZyA9IGpvaW4ocCwgJ2h1Z2UucHJvcGVydGllcycpO1xuICAgIGNvbnN0IGZkID0gb3BlblN5bmMoYmlnLCAndycpO1xuICAgIGZ0cnVuY2F0ZVN5bmMoZmQsIDUwICogMTAyNCAqIDEwMjQpO1xuICAgIGNsb3NlU3luYyhmZCk7XG4gICAgY29uc3QgciA9IGNsaShbcCwgJy0tc2VydmVyLXZlcnNpb24nLCAnMi40LjMnXSwgZGlyKTtcbiAgICBhc3NlcnQub2soci5jb2RlID09PSAwIHx8IHIuY29kZSA9PT0gMSwgYGV4aXQgJHtyLmNvZGV9OiAke3IuZXJyfWApO1xuICAgIGFzc2VydC5tYXRjaChyLmVyciwgL2JpbmFyeVxcLnByb3BlcnRpZXM6IGZpbGUgbG9va3MgYmluYXJ5Lyk7XG4gICAgYXNzZXJ0Lm1hdGNoKHIuZXJyLCAvYmFkXFwuZW52OiBmaWxlIGlzIG5vdCB2YWxpZCBVVEYtOC8pO1xuICAgIGFzc2VydC5tYXRjaChyLmVyciwgL2h1Z2VcXC5wcm9wZXJ0aWVzOiBmaWxlIGlzIGxhcmdlciB0aGFuIDEwIE1CLyk7XG4gICAgYXNzZXJ0Lm9rKCEvaW50ZXJuYWwgZXJyb3IvLnRlc3Qoci5lcnIpKTtcbiAgICBjb25zdCBtaXNzaW5nID0gY2xpKFtqb2luKHAsICdub3BlJyldLCBkaXIpO1xuICAgIGFzc2VydC5tYXRjaChtaXNzaW5nLmVyciwgL25vIHN1Y2ggZmlsZSBvciBkaXJlY3RvcnkvKTtcbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFDQSx1QkFBOEM7QUFDOUMsb0JBQW1CO0FBQ25CLGdDQUEwQjtBQUMxQixxQkFBMEc7QUFDMUcscUJBQXVCO0FBQ3ZCLHVCQUE4QjtBQUU5QixJQUFNLFdBQU8sMEJBQVEsV0FBVyxPQUFPO0FBQ3ZDLElBQU0sVUFBTSx1QkFBSyxNQUFNLGFBQWE7QUFFcEMsU0FBUyxJQUFJLE1BQWdCLEtBQWE7QUFDeEMsUUFBTSxRQUFJLHFDQUFVLFFBQVEsVUFBVSxDQUFDLEtBQUssR0FBRyxJQUFJLEdBQUcsRUFBRSxLQUFLLFVBQVUsUUFBUSxTQUFTLElBQU8sQ0FBQztBQUNoRyxTQUFPLEVBQUUsTUFBTSxFQUFFLFFBQVEsS0FBSyxFQUFFLFFBQVEsS0FBSyxFQUFFLE9BQU87QUFDeEQ7QUFBQSxJQUVBLDJCQUFTLHVCQUF1QixNQUFNO0FBQ3BDLE1BQUk7QUFDSiwrQkFBTyxNQUFNO0FBQ1gsY0FBTSxnQ0FBWSwyQkFBSyx1QkFBTyxHQUFHLFVBQVUsQ0FBQztBQUM1QyxtQ0FBTyx1QkFBSyxNQUFNLFVBQVUsT0FBRyx1QkFBSyxLQUFLLFVBQVUsR0FBRyxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQUEsRUFDM0UsQ0FBQztBQUNELDhCQUFNLFVBQU0sdUJBQU8sS0FBSyxFQUFFLFdBQVcsTUFBTSxPQUFPLEtBQUssQ0FBQyxDQUFDO0FBRXpELDZCQUFLLDZDQUE2QyxNQUFNO0FBQ3RELFVBQU0sSUFBSSxJQUFJLENBQUMsVUFBVSxHQUFHLEdBQUc7QUFDL0Isa0JBQUFBLFFBQU8sTUFBTSxFQUFFLE1BQU0sR0FBRyxFQUFFLEdBQUc7QUFDN0Isa0JBQUFBLFFBQU8sTUFBTSxFQUFFLEtBQUssdUJBQXVCO0FBQzNDLGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxLQUFLLHlCQUF5QjtBQUM3QyxrQkFBQUEsUUFBTyxNQUFNLEVBQUUsS0FBSyw0REFBNEQ7QUFDaEYsZUFBVyxVQUFVLENBQUMsZ0RBQWdELG9DQUFvQyx3QkFBd0IsRUFBRyxlQUFBQSxRQUFPLEdBQUcsQ0FBQyxFQUFFLElBQUksU0FBUyxNQUFNLEdBQUcsV0FBVyxNQUFNLEVBQUU7QUFBQSxFQUM3TCxDQUFDO0FBRUQsNkJBQUssdUNBQW9DLE1BQU07QUFDN0MsVUFBTSxJQUFJLElBQUksQ0FBQyxZQUFZLFlBQVksUUFBUSxXQUFXLEdBQUcsR0FBRztBQUNoRSxrQkFBQUEsUUFBTyxNQUFNLEVBQUUsTUFBTSxDQUFDO0FBQ3RCLFVBQU0sTUFBTSxLQUFLLE1BQU0sRUFBRSxHQUFHO0FBQzVCLGtCQUFBQSxRQUFPLE1BQU0sSUFBSSxTQUFTLENBQUM7QUFDM0Isa0JBQUFBLFFBQU8sVUFBVSxPQUFPLEtBQUssR0FBRyxHQUFHLENBQUMsV0FBVyxTQUFTLFNBQVMsU0FBUyxDQUFDO0FBQzNFLFVBQU0sSUFBSSxJQUFJLE1BQU0sS0FBSyxDQUFDLE1BQXdCLEVBQUUsU0FBUyx1REFBdUQ7QUFDcEgsVUFBTSxVQUFVLEVBQUUsU0FBUyxLQUFLLENBQUMsTUFBMEIsRUFBRSxXQUFXLHVCQUF1QjtBQUMvRixrQkFBQUEsUUFBTyxVQUFVLE9BQU8sS0FBSyxPQUFPLEVBQUUsS0FBSyxHQUFHLENBQUMsVUFBVSxhQUFhLFdBQVcsV0FBVyxRQUFRLFdBQVcsV0FBVyxVQUFVLFVBQVUsRUFBRSxLQUFLLENBQUM7QUFDdEosa0JBQUFBLFFBQU8sTUFBTSxRQUFRLE1BQU0sRUFBRTtBQUM3QixrQkFBQUEsUUFBTyxNQUFNLFFBQVEsUUFBUSxFQUFFO0FBQy9CLGtCQUFBQSxRQUFPLE1BQU0sUUFBUSxXQUFXLEVBQUU7QUFDbEMsa0JBQUFBLFFBQU8sTUFBTSxRQUFRLFVBQVUsT0FBTztBQUN0QyxrQkFBQUEsUUFBTyxNQUFNLE9BQU8sUUFBUSxTQUFTLFNBQVM7QUFDOUMsa0JBQUFBLFFBQU8sTUFBTSxJQUFJLFFBQVEsT0FBTyxDQUFDO0FBQ2pDLFVBQU0sT0FBTyxJQUFJLE1BQU0sS0FBSyxDQUFDLE1BQXNCLEVBQUUsT0FBTyxxQ0FBcUM7QUFDakcsa0JBQUFBLFFBQU8sTUFBTSxLQUFLLE1BQU0saUJBQWlCO0FBQ3pDLGtCQUFBQSxRQUFPLE1BQU0sS0FBSyxTQUFTLFFBQVE7QUFDbkMsa0JBQUFBLFFBQU8sVUFBVSxLQUFLLGVBQWUsRUFBRSxPQUFPLFNBQVMsTUFBTSxhQUFhLFFBQVEsa0NBQWtDLENBQUM7QUFDckgsVUFBTSxNQUFNLEtBQUssU0FBUyxxQ0FBcUM7QUFDL0Qsa0JBQUFBLFFBQU8sTUFBTSxJQUFJLE1BQU0sK0JBQStCO0FBQ3RELGtCQUFBQSxRQUFPLE1BQU0sSUFBSSxNQUFNLENBQUM7QUFDeEIsa0JBQUFBLFFBQU8sTUFBTSxJQUFJLEtBQUssa0NBQWtDO0FBQ3hELGtCQUFBQSxRQUFPLEdBQUcsQ0FBQyxLQUFLLFVBQVUsR0FBRyxFQUFFLFNBQVMsTUFBTSxHQUFHLHNDQUFzQztBQUN2RixVQUFNLFFBQVEsS0FBSyxNQUFNLElBQUksQ0FBQyxZQUFZLFlBQVksUUFBUSxhQUFhLGdCQUFnQixHQUFHLEdBQUcsRUFBRSxHQUFHO0FBQ3RHLGtCQUFBQSxRQUFPLE1BQU0sTUFBTSxNQUFNLEtBQUssQ0FBQyxNQUFzQixFQUFFLE9BQU8scUNBQXFDLEVBQUUsU0FBUyx1Q0FBdUMsRUFBRSxPQUFPLE1BQU07QUFBQSxFQUN0SyxDQUFDO0FBRUQsNkJBQUssdURBQXVELE1BQU07QUFDaEUsVUFBTSxRQUFJLHVCQUFLLEtBQUssR0FBRztBQUN2QixrQ0FBVSxDQUFDO0FBQ1gsMENBQWMsdUJBQUssR0FBRyx3QkFBd0IsR0FBRyxpQ0FBaUM7QUFDbEYsa0JBQUFBLFFBQU8sTUFBTSxJQUFJLENBQUMsR0FBRyxvQkFBb0IsT0FBTyxHQUFHLEdBQUcsRUFBRSxNQUFNLENBQUM7QUFDL0QsVUFBTSxJQUFJLElBQUksQ0FBQyxHQUFHLG9CQUFvQixTQUFTLFlBQVksTUFBTSxHQUFHLEdBQUc7QUFDdkUsa0JBQUFBLFFBQU8sTUFBTSxFQUFFLE1BQU0sQ0FBQztBQUN0QixrQkFBQUEsUUFBTyxHQUFHLEtBQUssTUFBTSxFQUFFLEdBQUcsRUFBRSxNQUFNLENBQUMsRUFBRSxTQUFTLEtBQUssQ0FBQyxNQUEwQixFQUFFLFdBQVcsa0JBQWtCLENBQUM7QUFBQSxFQUNoSCxDQUFDO0FBRUQsNkJBQUsseUNBQXlDLE1BQU07QUFDbEQsVUFBTSxRQUFJLHVCQUFLLEtBQUssT0FBTztBQUMzQixrQ0FBVSxDQUFDO0FBQ1gsMENBQWMsdUJBQUssR0FBRyx3QkFBd0IsR0FBRyxpVUFBaVU7QUFDbFgsVUFBTSxLQUFLLElBQUksQ0FBQyxHQUFHLG9CQUFvQixPQUFPLEdBQUcsR0FBRztBQUNwRCxrQkFBQUEsUUFBTyxNQUFNLEdBQUcsTUFBTSxHQUFHLEdBQUcsR0FBRztBQUMvQixrQkFBQUEsUUFBTyxNQUFNLEdBQUcsS0FBSyxhQUFhO0FBQ2xDLGVBQVcsT0FBTyxDQUFDLENBQUMsWUFBWSxLQUFLLEdBQUcsQ0FBQyxTQUFTLEdBQUcsQ0FBQyxvQkFBb0IsUUFBUSxHQUFHLENBQUMsVUFBVSxZQUFZLEdBQUcsQ0FBQyxVQUFVLENBQUMsR0FBRztBQUM1SCxZQUFNLElBQUksSUFBSSxLQUFLLEdBQUc7QUFDdEIsb0JBQUFBLFFBQU8sTUFBTSxFQUFFLE1BQU0sR0FBRyxJQUFJLEtBQUssR0FBRyxDQUFDO0FBQ3JDLG9CQUFBQSxRQUFPLE1BQU0sRUFBRSxLQUFLLG1CQUFtQjtBQUFBLElBQ3pDO0FBQ0Esa0JBQUFBLFFBQU8sTUFBTSxJQUFJLENBQUMsUUFBUSxHQUFHLEdBQUcsRUFBRSxNQUFNLENBQUM7QUFBQSxFQUMzQyxDQUFDO0FBRUQsNkJBQUssa0RBQWtELE1BQU07QUFDM0QsVUFBTSxRQUFJLHVCQUFLLEtBQUssS0FBSztBQUN6QixrQ0FBVSxDQUFDO0FBQ1gsMENBQWMsdUJBQUssR0FBRyxrQkFBa0IsR0FBRyxFQUFFO0FBQzdDLDBDQUFjLHVCQUFLLEdBQUcsbUJBQW1CLEdBQUcsT0FBTyxLQUFLLENBQUMsS0FBTSxJQUFNLEdBQU0sR0FBTSxLQUFNLEdBQUksQ0FBQyxDQUFDO0FBQzdGLDBDQUFjLHVCQUFLLEdBQUcsU0FBUyxHQUFHLE9BQU8sS0FBSyxDQUFDLElBQU0sSUFBTSxJQUFNLEtBQU0sSUFBTSxFQUFJLENBQUMsQ0FBQztBQUNuRiwwQ0FBYyx1QkFBSyxHQUFHLHlCQUF5QixHQUFHLGlGQUFpRjtBQUNuSSxVQUFNLFVBQU0sdUJBQUssR0FBRyxpQkFBaUI7QUFDckMsVUFBTSxTQUFLLHlCQUFTLEtBQUssR0FBRztBQUM1QixzQ0FBYyxJQUFJLEtBQUssT0FBTyxJQUFJO0FBQ2xDLGtDQUFVLEVBQUU7QUFDWixVQUFNLElBQUksSUFBSSxDQUFDLEdBQUcsb0JBQW9CLE9BQU8sR0FBRyxHQUFHO0FBQ25ELGtCQUFBQSxRQUFPLEdBQUcsRUFBRSxTQUFTLEtBQUssRUFBRSxTQUFTLEdBQUcsUUFBUSxFQUFFLElBQUksS0FBSyxFQUFFLEdBQUcsRUFBRTtBQUNsRSxrQkFBQUEsUUFBTyxNQUFNLEVBQUUsS0FBSyx1Q0FBdUM7QUFDM0Qsa0JBQUFBLFFBQU8sTUFBTSxFQUFFLEtBQUssbUNBQW1DO0FBQ3ZELGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxLQUFLLDZDQUE2QztBQUNqRSxrQkFBQUEsUUFBTyxHQUFHLENBQUMsaUJBQWlCLEtBQUssRUFBRSxHQUFHLENBQUM7QUFDdkMsVUFBTSxVQUFVLElBQUksS0FBQyx1QkFBSyxHQUFHLE1BQU0sQ0FBQyxHQUFHLEdBQUc7QUFDMUMsa0JBQUFBLFFBQU8sTUFBTSxRQUFRLEtBQUssMkJBQTJCO0FBQUEsRUFDdkQsQ0FBQztBQUNILENBQUM7IiwKICAibmFtZXMiOiBbImFzc2VydCJdCn0K
