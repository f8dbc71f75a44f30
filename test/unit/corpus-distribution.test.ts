// Every released conf/application.properties, linted as the release it came from: the findings are what that
// release's own values deserve (issue 2).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, normalizeSettings } from '../../server/src/core';
import { LineIndex } from '../../server/src/core/util/positions';
import { corpusDir } from '../corpus';

/**
 * rule id → the line the finding must be on (from the file itself, so the test explains itself). The 69-character
 * SecretKey… is not flagged for its length below 2.4.1, which is where the server starts to warn about it.
 */
const EXPECTED: Record<string, { rule: string; at: RegExp }[]> = {
  '1.4.1': [
    { rule: 'auth-disabled', at: /^nacos\.core\.auth\.enabled=false/ },
    { rule: 'secret-public-value', at: /^nacos\.core\.auth\.default\.token\.secret\.key=SecretKey/ },
    { rule: 'user-agent-whitelist', at: /^nacos\.core\.auth\.enable\.userAgentAuthWhite=true/ },
  ],
  // The file comments the secret out, but the jar still embeds SecretKey0123… (facts §1.2).
  '1.4.5': [
    { rule: 'secret-public-value', at: /^nacos\.core\.auth\.system\.type=nacos/ },
    { rule: 'auth-disabled', at: /^nacos\.core\.auth\.enabled=false/ },
  ],
  '2.0.3': [
    { rule: 'auth-disabled', at: /^nacos\.core\.auth\.enabled=false/ },
    { rule: 'secret-public-value', at: /^nacos\.core\.auth\.default\.token\.secret\.key=SecretKey/ },
    { rule: 'identity-public-value', at: /^nacos\.core\.auth\.server\.identity\.value=security/ },
  ],
  '2.1.0': [
    { rule: 'auth-disabled', at: /^nacos\.core\.auth\.enabled=false/ },
    { rule: 'identity-public-value', at: /^nacos\.core\.auth\.server\.identity\.value=security/ },
    { rule: 'secret-public-value', at: /^nacos\.core\.auth\.plugin\.nacos\.token\.secret\.key=SecretKey/ },
  ],
  '2.2.0': [
    { rule: 'auth-disabled', at: /^nacos\.core\.auth\.enabled=false/ },
    { rule: 'identity-public-value', at: /^nacos\.core\.auth\.server\.identity\.value=security/ },
    { rule: 'secret-public-value', at: /^nacos\.core\.auth\.plugin\.nacos\.token\.secret\.key=SecretKey/ },
  ],
  // 2.2.0.1 removed the secret (startup fails out of the box) but kept serverIdentity/security.
  '2.2.0.1': [
    { rule: 'auth-disabled', at: /^nacos\.core\.auth\.enabled=false/ },
    { rule: 'identity-public-value', at: /^nacos\.core\.auth\.server\.identity\.value=security/ },
    { rule: 'secret-missing', at: /^nacos\.core\.auth\.plugin\.nacos\.token\.secret\.key=$/ },
  ],
  // 2.2.1 validates the (empty) secret at startup even with auth off (JervyShi/nacos-embedded#26).
  '2.2.1': [
    { rule: 'auth-disabled', at: /^nacos\.core\.auth\.enabled=false/ },
    { rule: 'secret-missing', at: /^nacos\.core\.auth\.plugin\.nacos\.token\.secret\.key=$/ },
  ],
  '2.3.0': [{ rule: 'auth-disabled', at: /^nacos\.core\.auth\.enabled=false/ }],
  '2.4.3': [{ rule: 'auth-disabled', at: /^nacos\.core\.auth\.enabled=false/ }],
  '2.5.1': [{ rule: 'auth-disabled', at: /^nacos\.core\.auth\.enabled=false/ }],
  // 3.x: admin and console auth default to on, so the empty identity and secret stop the server.
  '3.0.0': [
    { rule: 'auth-disabled', at: /^nacos\.core\.auth\.enabled=false/ },
    { rule: 'identity-missing', at: /^nacos\.core\.auth\.server\.identity\.key=$/ },
    { rule: 'identity-missing', at: /^nacos\.core\.auth\.server\.identity\.value=$/ },
    { rule: 'secret-missing', at: /^nacos\.core\.auth\.plugin\.nacos\.token\.secret\.key=$/ },
  ],
  '3.0.3': [
    { rule: 'auth-disabled', at: /^nacos\.core\.auth\.enabled=false/ },
    { rule: 'identity-missing', at: /^nacos\.core\.auth\.server\.identity\.key=$/ },
    { rule: 'identity-missing', at: /^nacos\.core\.auth\.server\.identity\.value=$/ },
    { rule: 'secret-missing', at: /^nacos\.core\.auth\.plugin\.nacos\.token\.secret\.key=$/ },
  ],
};

describe('nacos-distribution corpus, each linted as its own release', () => {
  const dir = corpusDir();
  for (const [tag, expected] of Object.entries(EXPECTED)) {
    test(tag, t => {
      if (!dir) return t.skip('corpus not found');
      const path = join(dir, `nacos-distribution-${tag}`, 'conf', 'application.properties');
      assert.ok(existsSync(path), path);
      const text = readFileSync(path, 'latin1');
      const s = normalizeSettings({ serverVersion: tag });
      const res = analyze({ files: [{ path, text }], readFile: () => undefined, settingsFor: () => s });
      const idx = new LineIndex(text);
      const lines = text.split(/\r?\n/);
      const got = (res.findings.get(path) ?? []).map(f => `${f.ruleId} @ ${lines[idx.position(f.span.start).line]}`).sort();
      const want = expected.map(e => {
        const line = lines.find(l => e.at.test(l));
        assert.ok(line !== undefined, `${tag}: no line matches ${e.at}`);
        return `${e.rule} @ ${line}`;
      }).sort();
      assert.deepEqual(got, want);
      // Version-dependent messages say which version they assumed.
      for (const f of res.findings.get(path) ?? []) if (/Nacos \d/.test(f.message)) assert.match(f.message, new RegExp(`Nacos ${tag.replace(/\./g, '\\.')}`));
    });
  }
});
