// Differential test: analyses that reuse a script's unchanged `docker run` nodes and their rule reports
// (sources/shell/reuse.ts, engine/shellReuse.ts, used by the language server through the engine's Reuse) against fresh
// analyses of the same files, after random edits anywhere in a script whose runs share variables, clusters
// (NACOS_SERVERS), an env file and a mounted conf. Findings (with related information and every fix's edits) and nodes
// must be identical.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type AnalysisResult } from '../../server/src/core';
import { Reuse } from '../../server/src/core/engine/reuse';
import { rng, type Rng } from '../composeEdits';
import { asData } from '../nodeData';

const ROOT = '/ws/ops';
const MAIN = `${ROOT}/deploy.sh`;
const ENV = `${ROOT}/nacos.env`;
const CONF = `${ROOT}/conf/application.properties`;

/** Everything a caller sees of a result as plain data (fix edits evaluated; generated values masked). */
function dump(res: AnalysisResult): unknown {
  const findings = [...res.findings].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, list]) => [path, list.map(f => ({
    rule: f.ruleId, severity: f.severity, message: f.message, span: f.span, related: f.related,
    fixes: f.fixes.map(x => ({ title: x.title, deterministic: x.deterministic, preferred: !!x.isPreferred, edits: edits(x), scope: scope(x) })),
  }))]);
  const nodes = res.nodes.map(n => asData(n));
  const clusters = res.clusters.map(c => [c.id, c.name, c.nodes.map(n => n.id)]);
  return { findings, nodes, clusters };
}

function edits(x: { deterministic: boolean; edits(): { path: string; span: { start: number; end: number }; newText: string }[] }): unknown {
  try {
    // Generated secrets differ per call: keep where they go and their shape, not their bytes.
    return x.edits().map(e => ({ path: e.path, span: e.span, newText: x.deterministic ? e.newText : e.newText.replace(/[A-Za-z0-9+/=_-]{16,}/g, '<generated>') }));
  } catch (e) {
    return `threw: ${(e as Error).message}`;
  }
}

function scope(x: { scope?: () => unknown }): unknown {
  try {
    return x.scope ? asData(x.scope()) : undefined;
  } catch (e) {
    return `threw: ${(e as Error).message}`;
  }
}

/** A deployment script: a config block, clusters of runs sharing NACOS_SERVERS and identity variables (inside
 *  functions and at top level), runs without NACOS_SERVERS, an --env-file run, a mounted conf, other containers. */
function script(r: Rng, clusters: number): string {
  const out = ['#!/usr/bin/env bash', 'set -euo pipefail', 'IMAGE=nacos/nacos-server', 'TAG=v2.4.3', ''];
  for (let c = 0; c < clusters; c++) {
    out.push(`C${c}_SERVERS="10.0.${c}.1:8848 10.0.${c}.2:8848"`, `C${c}_KEY=${c % 3 === 1 ? 'serverIdentity' : `key${c}`}`,
      `C${c}_VALUE='${c % 3 === 1 ? 'security' : `value-${c}-${'x'.repeat(20)}`}'`, `export C${c}_TOKEN="${c % 4 === 2 ? 'SecretKey012345678901234567890123456789012345678901234567890123456789' : `T${c}${'k'.repeat(40)}`}"`, `C${c}_XMN=256m`, '');
  }
  for (let c = 0; c < clusters; c++) {
    const fn = c % 2 === 0;
    if (fn) out.push(`start_${c}() {`);
    for (let k = 0; k < 2; k++) {
      const ind = fn ? '  ' : '';
      out.push(`${ind}docker run -d --name "nacos-${c}-${k}" \\`, `${ind}  -e MODE=cluster -e NACOS_SERVERS="\${C${c}_SERVERS}" \\`,
        `${ind}  -e NACOS_AUTH_ENABLE=${c % 5 === 3 ? 'false' : 'true'} -e NACOS_AUTH_IDENTITY_KEY="\${C${c}_KEY}" \\`,
        `${ind}  -e NACOS_AUTH_IDENTITY_VALUE="$C${c}_VALUE" -e NACOS_AUTH_TOKEN \\`,
        `${ind}  -e JVM_XMN=\${C${c}_XMN}${k === 1 && c % 3 === 0 ? ` -e NACOS_AUTH_TOKEN_EXPIRE_SECONDS=${r.int(20000)}` : ''} \\`,
        `${ind}  "\${IMAGE}:\${TAG}"`);
    }
    if (fn) out.push('}', `start_${c}`);
    out.push('');
    if (r.next() < 0.5) out.push(`echo "cluster ${c} started" # comment ${r.int(100)}`, '');
  }
  out.push('docker run -d --name single -e MODE=standalone -e NACOS_AUTH_ENABLE=true nacos/nacos-server:v2.3.0', '',
    'docker run -d --name envfile --env-file ./nacos.env nacos/nacos-server:v2.4.3', '',
    'docker run -d --name conf -v "$PWD/conf/application.properties:/home/nacos/conf/application.properties" nacos/nacos-server:v2.4.3', '',
    'docker run -d --name lone -e NACOS_AUTH_ENABLE=true -e NACOS_AUTH_TOKEN=short nacos/nacos-server:${TAG}', '',
    'docker run -d --name db -e MYSQL_ROOT_PASSWORD=root mysql:8', '');
  return out.join('\n');
}

function lineEdit(r: Rng, text: string): string {
  const lines = text.split('\n');
  const i = r.int(lines.length);
  const l = lines[i];
  const at = r.int(l.length + 1);
  const roll = r.next();
  if (roll < 0.45) lines[i] = l.slice(0, at) + r.pick(['7', 'x', 'A', '_', ' ', '=', ':', '$', '"', "'", '#', '-', '\\', '{', '}']) + l.slice(at);
  else if (roll < 0.65) lines[i] = l.slice(0, at) + l.slice(at + 1);
  else if (roll < 0.72) lines.splice(i, 1);
  else if (roll < 0.79) lines.splice(i, 0, l);
  else if (roll < 0.85) lines[i] = l.slice(0, at) + '\n' + l.slice(at);
  else lines[i] = l.replace(/((?:_KEY|_VALUE|_TOKEN|AUTH_[A-Z_]+)=["']?)[^"'\s]*/, `$1${r.pick(['', 'SecretKey012345678901234567890123456789012345678901234567890123456789', 'serverIdentity', 'abc$def', 'x'.repeat(40), 'false'])}`);
  return lines.join('\n');
}

test('memo runs equal fresh runs after random edits anywhere in a script with several runs sharing variables and clusters', () => {
  const r = rng(17);
  const files = new Map<string, string>([
    [MAIN, script(r, 8)],
    [ENV, 'NACOS_AUTH_ENABLE=true\nNACOS_AUTH_IDENTITY_KEY=k\nNACOS_AUTH_IDENTITY_VALUE=v\nNACOS_AUTH_TOKEN=abc\n'],
    [CONF, 'nacos.core.auth.enabled=true\nnacos.core.auth.server.identity.key=serverIdentity\nnacos.core.auth.server.identity.value=security\n'],
  ]);
  const cache = new Reuse();
  const run = (c?: Reuse) => analyze({ files: [{ path: MAIN, text: files.get(MAIN)! }], readFile: q => files.get(q), reuse: c });
  run(cache);
  let clean = new Map(files);
  for (let step = 0; step < 150; step++) {
    // Typing goes through broken states and back: often return to the last state without a syntax error.
    if (r.next() < 0.3) for (const [k, v] of clean) files.set(k, v);
    if (r.next() < 0.9) files.set(MAIN, lineEdit(r, files.get(MAIN)!));
    else { const p = r.pick([ENV, CONF]); files.set(p, lineEdit(r, files.get(p)!)); }
    const memo = dump(run(cache));
    const freshRun = run();
    assert.deepEqual(memo, dump(freshRun), `step ${step}`);
    if (![...freshRun.findings.values()].some(l => l.some(f => f.ruleId === 'syntax-error'))) clean = new Map(files);
  }
  const runs = cache.shell.stats;
  const reports = cache.shellReports.stats;
  // The memo must have been used: most runs and their reports come from it.
  assert.ok(runs.reused > runs.built * 2, JSON.stringify(runs));
  assert.ok(reports.reports > 0, JSON.stringify(reports));
});

test('a keystroke in one cluster\'s variables reuses the other runs and their reports; the cluster rules still see every member', () => {
  const r = rng(5);
  let text = script(r, 6);
  const cache = new Reuse();
  const run = (c?: Reuse) => analyze({ files: [{ path: MAIN, text }], readFile: q => (q === MAIN ? text : undefined), reuse: c });
  run(cache);
  // Cluster 1's identity value: the published default, a value of its own, the default again.
  for (const v of ["C1_VALUE='securityX'", "C1_VALUE='securityXY'", "C1_VALUE='security'"]) {
    text = text.replace(/C1_VALUE='[^']*'/, v);
    const before = { ...cache.shell.stats };
    const memo = run(cache);
    const fresh = run();
    assert.deepEqual(dump(memo), dump(fresh), v);
    assert.equal(cache.shell.stats.built - before.built, 2, 'only the two runs that read C1_VALUE are built again');
    assert.ok(cache.shell.stats.reused - before.reused >= 12);
  }
  // The same value in other quotes (one edit, as a formatter makes it): the reading replays the runs (their command
  // and the variable's value are the same), but where a fix writes the value is not the same.
  text = text.replace(/C2_VALUE='([^']*)'/, 'C2_VALUE="$1"');
  assert.deepEqual(dump(run(cache)), dump(run()), 'requoted');
  // A run gets its own cluster key when it names no members: typing before it moves it.
  text = text.replace('IMAGE=nacos/nacos-server', 'IMAGE=nacos/nacos-server ');
  assert.deepEqual(dump(run(cache)), dump(run()));
});

test('typing a character and deleting it, here and there: memo runs equal fresh runs, the runs as built are handed back', () => {
  const base = script(rng(9), 6);
  const cache = new Reuse();
  let text = base;
  const run = (c?: Reuse) => analyze({ files: [{ path: MAIN, text }], readFile: q => (q === MAIN ? text : undefined), reuse: c });
  run(cache);
  const at = (needle: string) => base.indexOf(needle) + needle.length;
  // The heap size of cluster 2, of cluster 0, an echo line after the runs of cluster 3, and the heap size again.
  for (const o of [at('C2_XMN=256m'), at('C0_XMN=256m'), at('cluster 3 started"') , at('C2_XMN=256m')]) {
    for (const t of [base.slice(0, o) + '7' + base.slice(o), base, base.slice(0, o) + 'x7' + base.slice(o), base.slice(0, o) + 'x' + base.slice(o), base]) {
      text = t;
      assert.deepEqual(dump(run(cache)), dump(run()), `at ${o}: ${JSON.stringify(t.slice(o - 12, o + 3))}`);
    }
  }
  assert.ok(cache.shell.stats.reused > cache.shell.stats.built * 4, JSON.stringify(cache.shell.stats));
});
