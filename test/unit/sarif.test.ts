// `nacos-auth-lint --format sarif` validated against the published SARIF 2.1.0 schema (sarif-2.1.0-rtm.5.json, as
// shipped in @microsoft/jest-sarif; draft-04) and against the stricter subset in test/fixtures/sarif (closed objects:
// see its README), plus what code scanning relies on beyond the schema.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';

// out-test/unit → the repository; a bundle run from elsewhere (scripts/run-test.sh) uses the working directory.
const ROOT = existsSync(resolve(__dirname, '../../package.json')) ? resolve(__dirname, '../..') : process.cwd();
const CLI = join(ROOT, 'dist/cli.js');
const SCHEMA = join(ROOT, 'test/fixtures/sarif/sarif-2.1.0-subset.schema.json');
const OFFICIAL = join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

// RFC 3986: the characters a URI (reference) may contain, and well-formed percent escapes.
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const isUriReference = (s: string) => URI_CHARS.test(s);
const isUri = (s: string) => isUriReference(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s);
const isDateTime = (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s));

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTuples: false, strictRequired: false });
  ajv.addFormat('uri', isUri);
  ajv.addFormat('uri-reference', isUriReference);
  ajv.addFormat('date-time', isDateTime);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
}

function officialValidator() {
  // The published file has a pattern that is not valid with the u flag (`-[a-zA-Z]{2}]?` for the language tag).
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', isUri);
  ajv.addFormat('uri-reference', isUriReference);
  ajv.addFormat('date-time', isDateTime);
  return ajv.compile(JSON.parse(readFileSync(OFFICIAL, 'utf8')));
}

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; helpUri?: string; defaultConfiguration?: { level: string } }[] } };
    results: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; relatedLocations?: { id?: number }[] }[];
  }[];
}

describe('SARIF 2.1.0 output', () => {
  let dir: string;
  const validate = validator();
  const official = officialValidator();
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'nal-sarif-'));
    cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
    // A path with a space and a non-ASCII character must still be a valid URI reference.
    mkdirSync(join(dir, 'examples/my cluster/节点/conf'), { recursive: true });
    writeFileSync(join(dir, 'examples/my cluster/节点/conf/application.properties'),
      'nacos.core.auth.enabled=true\nnacos.core.auth.system.type=nacos\nnacos.core.auth.server.identity.key=serverIdentity\nnacos.core.auth.server.identity.value=security\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the schema itself compiles (draft-07) and rejects what SARIF forbids', () => {
    assert.equal(validate({ version: '2.1.0', runs: [] }), true);
    assert.equal(validate({ version: '2.0.0', runs: [] }), false, 'only 2.1.0');
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'info' }] }] }), false, 'level "info" is not SARIF');
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a b' }, region: { startLine: 1 } } }] }] }] }), false, 'a space is not allowed in a URI');
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a' }, region: { startLine: 0 } } }] }] }] }), false, 'lines are 1-based');
  });

  test('the published schema compiles (draft-04) and rejects what SARIF forbids', () => {
    assert.equal(official({ version: '2.1.0', runs: [] }), true);
    assert.equal(official({ version: '2.0.0', runs: [] }), false, 'only 2.1.0');
    assert.equal(official({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'info' }] }] }), false, 'level "info" is not SARIF');
    assert.equal(official({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a' }, region: { startLine: 0 } } }] }] }] }), false, 'lines are 1-based');
  });

  for (const locale of ['en', 'zh-cn']) {
    test(`the CLI's SARIF validates (${locale})`, () => {
      const r = cli(['examples', '--format', 'sarif', '--locale', locale], dir);
      assert.equal(r.code, 1, r.err);
      const log = JSON.parse(r.out) as SarifLog;
      const ok = validate(log);
      assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 10), null, 1));
      assert.ok(official(log), `published schema: ${JSON.stringify(official.errors?.slice(0, 10), null, 1)}`);
      const run = log.runs[0];
      assert.ok(run.results.length > 5, 'findings reported');
      const ids = new Set(run.tool.driver.rules.map(x => x.id));
      for (const res of run.results) {
        assert.ok(ids.has(res.ruleId), `${res.ruleId} is described in tool.driver.rules`);
        assert.ok(res.locations[0].physicalLocation.region.startLine >= 1);
        assert.ok(!/^\//.test(res.locations[0].physicalLocation.artifactLocation.uri), 'URIs are relative to the scanned directory');
      }
      for (const rule of run.tool.driver.rules) assert.match(String(rule.helpUri), new RegExp(`/docs/rules/${rule.id}\\.md$`));
      const spaced = run.results.find(x => x.locations[0].physicalLocation.artifactLocation.uri.includes('my%20cluster'));
      assert.ok(spaced, 'the file under "my cluster" is reported with an encoded URI');
      assert.ok(spaced.locations[0].physicalLocation.artifactLocation.uri.includes('%E8%8A%82%E7%82%B9'), 'non-ASCII is percent-encoded');
      for (const secret of ['VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=', 'my-own-value-for-node3']) assert.ok(!r.out.includes(secret), 'no secret in SARIF');
    });
  }
});
