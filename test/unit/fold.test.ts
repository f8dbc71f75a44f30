// One cause, one finding (issue 19 #4): findings that another finding's preferred fix also removes are folded into it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lint, summarize, applyFix } from '../helpers';
import { FOLDS, RULES, absorbersOf } from '../../server/src/core';

const ROOT = join(__dirname, '..', '..');

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p); else out[relative(ROOT, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(join(ROOT, dir));
  return out;
}

const PAIR = (key: string, value: string) => `nacos.core.auth.enabled=true\nnacos.core.auth.system.type=nacos\nnacos.core.auth.server.identity.key=${key}\nnacos.core.auth.server.identity.value=${value}\nnacos.core.auth.plugin.nacos.token.secret.key=07e35oZIyIRGq2uA3ScdHatn1pRL+wsO0jR5Cm6WZtM=\n`;
const CONF = '10.0.0.1:8848\n10.0.0.2:8848\n10.0.0.3:8848\n';
const cluster = (values: [string, string][]) => Object.fromEntries(values.flatMap(([k, v], i) => [
  [`node${i + 1}/conf/application.properties`, PAIR(k, v)], [`node${i + 1}/conf/cluster.conf`, CONF],
]));

describe('folding', () => {
  test('the table names registered rules, and no rule absorbs a finding of a rule that absorbs it back', () => {
    const ids = new Set(RULES.map(r => r.id));
    for (const f of FOLDS) for (const id of [f.rule, ...f.into]) assert.ok(ids.has(id), id);
    for (const f of FOLDS) for (const a of absorbersOf(f.rule)) assert.ok(!absorbersOf(a).includes(f.rule), `${f.rule} ↔ ${a}`);
  });

  test('a published pair that also differs between members: one finding per published value, the mismatch in its related information', () => {
    const files = cluster([['serverIdentity', 'security'], ['serverIdentity', 'security'], ['serverIdentity', 'security ']]);
    const { findings } = lint(files);
    assert.deepEqual(findings.filter(f => f.ruleId === 'cluster-identity-mismatch'), []);
    const pub = findings.filter(f => f.ruleId === 'identity-public-value');
    assert.equal(pub.length, 3);
    assert.ok(pub.some(f => f.related.some(r => /Also fixed by this: .*differs.*\(cluster-identity-mismatch\)/.test(r.message))), JSON.stringify(pub.map(f => f.related)));
    // The trailing space of node3's published value is the same cause as well.
    assert.deepEqual(findings.filter(f => f.ruleId === 'identity-whitespace'), []);
    // Turning the absorber off shows what it held.
    const off = lint(files, { rules: { 'identity-public-value': 'off' } }).findings;
    assert.ok(off.some(f => f.ruleId === 'cluster-identity-mismatch'));
    assert.ok(off.some(f => f.ruleId === 'identity-whitespace'));
  });

  test('a mismatch between private pairs stays a finding of its own', () => {
    const a = ['k8Rt2WmQ', 'Vb9xL1pZ7dQe3sNa'], b = ['k8Rt2WmQ', 'Hq4mC8yT2wRf6uKj'];
    const { findings } = lint(cluster([a as [string, string], a as [string, string], b as [string, string]]));
    assert.ok(findings.some(f => f.ruleId === 'cluster-identity-mismatch'), summarize(findings).join('\n'));
  });

  test('the absorbing finding keeps the worse severity: a warning that holds an error is an error', () => {
    const weak = 'QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE='; // 32 × 'A': low entropy
    const files = cluster([['k8Rt2WmQ', 'Vb9xL1pZ7dQe3sNa'], ['k8Rt2WmQ', 'Vb9xL1pZ7dQe3sNa'], ['k8Rt2WmQ', 'Vb9xL1pZ7dQe3sNa']]);
    files['node3/conf/application.properties'] = files['node3/conf/application.properties'].replace(/secret\.key=.*/, `secret.key=${weak}`);
    const { findings } = lint(files);
    const low = findings.filter(f => f.ruleId === 'secret-low-entropy');
    const mismatch = findings.filter(f => f.ruleId === 'cluster-secret-mismatch');
    assert.deepEqual(mismatch, [], 'folded: the low-entropy fix writes a fresh secret to every member');
    assert.equal(low.length, 1);
    assert.equal(low[0].severity, 'error', 'it holds the mismatch, an error');
    assert.equal(lint(files, { rules: { 'cluster-secret-mismatch': 'off' } }).findings.find(f => f.ruleId === 'secret-low-entropy')?.severity, RULES.find(r => r.id === 'secret-low-entropy')!.defaultSeverity);
  });

  test('the bundled examples: each folded finding is gone after the absorbing finding\'s preferred fix', () => {
    const files = { ...tree('examples/bare-metal'), ...tree('examples/docker') };
    const { findings, files: abs } = lint(files);
    const hosts = findings.filter(f => f.related.some(r => /^Also fixed by this/.test(r.message)));
    assert.ok(hosts.length >= 3, 'the examples fold findings');
    for (const host of hosts) {
      const folded = host.related.filter(r => /^Also fixed by this/.test(r.message)).map(r => /\(([a-z0-9-]+)\)$/.exec(r.message)![1]);
      const fix = host.fixes.find(x => x.isPreferred) ?? host.fixes[0];
      assert.ok(fix, `${host.ruleId} has a fix`);
      const after = lint(applyFix(abs, fix.edits())).findings;
      for (const id of folded) {
        const left = after.filter(f => f.ruleId === id && host.related.some(r => r.path.endsWith(f.file) && /^Also/.test(r.message)));
        assert.deepEqual(summarize(left), [], `${host.ruleId} at ${host.file}:${host.line} folds ${id}, which its fix must remove`);
      }
    }
  });
  test('a value equal to its key that is also short: one finding (the pair fix replaces both), and turning it off shows the weak value', () => {
    // Before, identity-weak-value stayed silent while the key equalled the value; fixing the key (an invalid header name)
    // then revealed a new error (full-strength fuzz, seed 2096231698).
    const files = cluster([['é', 'é'], ['é', 'é'], ['é', 'é']]);
    const { findings } = lint(files);
    assert.deepEqual(findings.filter(f => f.ruleId === 'identity-weak-value'), []);
    const host = findings.filter(f => f.ruleId === 'identity-key-equals-value');
    assert.equal(host.length, 3, summarize(findings).join('\n'));
    for (const h of host) assert.ok(h.related.some(r => /Also fixed by this: .*\(identity-weak-value\)/.test(r.message)), JSON.stringify(h.related));
    const off = lint(files, { rules: { 'identity-key-equals-value': 'off' } }).findings;
    assert.equal(off.filter(f => f.ruleId === 'identity-weak-value').length, 3, summarize(off).join('\n'));
  });
});
