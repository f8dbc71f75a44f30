// `nacos-auth-lint --fix` through the real CLI (dist/cli.js): the deterministic fixes on disk, idempotent (a second
// run changes nothing), never a generated value, never a new parse problem.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDir, repoRoot, runCli } from '../fixesHarness';

const ROOT = repoRoot();
const dirs: string[] = [];
after(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

function copy(rel: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'nal-fix-'));
  dirs.push(dir);
  cpSync(join(ROOT, rel), join(dir, 'ws'), { recursive: true });
  return join(dir, 'ws');
}

const snapshot = (dir: string) => JSON.stringify([...loadDir(dir)].sort());

describe('--fix through dist/cli.js', () => {
  for (const rel of ['examples', 'test/fixtures/fixes']) {
    test(`${rel}: changes files once, then a second run changes nothing`, () => {
      const dir = copy(rel);
      const original = loadDir(dir);
      const first = runCli(['--fix', '--format', 'json', '.'], dir);
      assert.ok(first.code === 0 || first.code === 1, first.err);
      assert.match(first.err, /fixed \d+ file\(s\)/);
      const once = snapshot(dir);
      assert.notEqual(once, JSON.stringify([...original].sort()), 'the first run fixed something');
      const second = runCli(['--fix', '--format', 'json', '.'], dir);
      assert.ok(second.code === 0 || second.code === 1, second.err);
      // A fix refused because it would make a latent finding live (bare-metal/node3: enabling auth makes the published
      // identity pair a live bypass) is refused again, with its reason; nothing else is fixed.
      assert.doesNotMatch(second.err, /: fixed (?!0 file)/);
      assert.equal(snapshot(dir), once, 'the second run changed nothing');
      // Only deterministic fixes: nothing generated appears on disk, and every file still parses.
      for (const [path, text] of loadDir(dir)) {
        const before = original.get(path) ?? '';
        const generated = (text.match(/nacos-identity-[0-9a-f]{8}/g) ?? []).filter(k => !before.includes(k));
        assert.deepEqual(generated, [], path);
      }
      const report = JSON.parse(second.out) as { files: { path: string; findings: { ruleId: string }[] }[] };
      const syntax = report.files.flatMap(f => f.findings.filter(x => x.ruleId === 'syntax-error').map(() => f.path));
      const syntaxBefore = (JSON.parse(runCli(['--format', 'json', '.'], copy(rel)).out) as typeof report).files.flatMap(f => f.findings.filter(x => x.ruleId === 'syntax-error').map(() => f.path));
      assert.deepEqual(syntax.sort(), syntaxBefore.sort(), 'no new syntax error');
    });
  }

  test('examples: what --fix changes is exactly the safe, deterministic fixes', () => {
    const dir = copy('examples');
    // A version, so the whitelist finding holds: from the keys alone the bare-metal nodes are 2.1.0–2.5.3, and 2.5
    // no longer reads userAgentAuthWhite (issue 14 item 2: only what holds for the whole range is reported).
    runCli(['--fix', '--server-version', '2.4.3', '.'], dir);
    const after = loadDir(dir);
    const node2 = after.get(`${dir}/bare-metal/node2/conf/application.properties`)!;
    const node3 = after.get(`${dir}/bare-metal/node3/conf/application.properties`)!;
    assert.match(node2, /^nacos\.core\.auth\.enable\.userAgentAuthWhite=false$/m);
    // `ture` is read as meant (auth on), so node3's published pair is a live bypass already: ture → true adds nothing
    // and is fixed, and so is the system type it reveals.
    assert.match(node3, /^nacos\.core\.auth\.enabled=true$/m);
    assert.match(node3, /^nacos\.core\.auth\.system\.type=nacos$/m);
    // The trailing space of a published value is held by the published-pair finding (one cause, one finding): its
    // fix replaces the value, so --fix does not trim it.
    assert.match(node3, /^nacos\.core\.auth\.server\.identity\.value=security +$/m);
    // Published and weak values stay: replacing them needs a generated value, which --fix never does.
    assert.match(after.get(`${dir}/docker/env/nacos.env`)!, /^NACOS_AUTH_IDENTITY_KEY=2222$/m);
  });
});
