// CPU profiles of the language server on the benchmark workloads, summarised by function (self and inclusive time,
// mapped back to server/src through the bundle's source map). Finds where the time of a workspace check or of an
// edit goes. Not part of `npm run bench`; run it when a target is missed:
//
//   node test/bench/profile.mjs [--scenario workspace,edit-compose,edit-properties,edit-workspace] [--top 25]
//                               [--files 10000] [--edits 30] [--src DIR] [--tag NAME] [--keep]
//   More scenarios: edit-script (the 2,000-line deployment script), edit-compose-last, edit-compose-append, edit-findings, edit-findings-last, edit-findings-append
//   (the benchmark's edit series, test/bench/editPlans.mjs; `findings`: every service has findings); edit-k8s (the
//   200-workload manifest), edit-helm (values.yaml of the 50-template chart), workspace-k8s (with Kubernetes folders).
//
// Writes the raw .cpuprofile files (open them in Chrome DevTools / VS Code) and .test-output/profile.json.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { SourceMap } from 'node:module';
import { performance } from 'node:perf_hooks';
import { startLsp, initializeParams, fileUri } from './lspClient.mjs';
import { composeWorkload, helmWorkload, k8sManifestWorkload, propertiesWorkload, scriptWorkload, workspaceWorkload } from './generate.mjs';
import { REPO, bundle, round } from './util.mjs';
import { editPlan } from './editPlans.mjs';

const argv = process.argv.slice(2);
const opt = (f, d) => { const i = argv.indexOf(f); return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : d; };
const SCENARIOS = opt('--scenario', 'workspace,edit-compose,edit-properties,edit-workspace').split(',');
const TOP = Number(opt('--top', 25));
const FILES = Number(opt('--files', 10_000));
const EDITS = Number(opt('--edits', 30));
const TAG = opt('--tag', 'current');
const OUTDIR = join(REPO, '.test-output', 'profiles');
const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);

const work = mkdtempSync(join(tmpdir(), 'nacos-profile-'));

async function main() {
  const bin = await bundle(join(work, 'bin'), { production: false, src: opt('--src', REPO) });
  const map = new SourceMap(JSON.parse(readFileSync(`${bin.serverMain}.map`, 'utf8')));
  mkdirSync(OUTDIR, { recursive: true });
  const summary = {};
  let ws;
  const getWs = () => (ws ??= workspaceWorkload(join(work, 'ws'), { files: FILES, clusters: Math.round(FILES / 50), nodesPerCluster: 10 }));
  for (const sc of SCENARIOS) {
    log(`profile: ${sc}`);
    let root, file, languageId, edits = 0, mode = 'anywhere';
    const compose = /^edit-(compose|findings)(-last|-append)?$/.exec(sc);
    if (sc === 'workspace') root = getWs().root;
    else if (compose) {
      const w = composeWorkload(join(work, compose[1]), { services: 200, findings: compose[1] === 'findings' });
      root = w.root; file = w.file; languageId = 'dockercompose'; edits = EDITS; mode = compose[2]?.slice(1) ?? 'anywhere';
    }
    else if (sc === 'edit-script') { const w = scriptWorkload(join(work, 'script'), { lines: 2000 }); root = w.root; file = w.file; languageId = 'shellscript'; edits = EDITS; }
    else if (sc === 'edit-properties') { const w = propertiesWorkload(join(work, 'props'), { lines: 5000 }); root = w.root; file = w.file; languageId = 'properties'; edits = EDITS; }
    else if (sc === 'edit-k8s') { const w = k8sManifestWorkload(join(work, 'k8s'), { workloads: 200 }); root = w.root; file = w.file; languageId = 'yaml'; edits = EDITS; }
    else if (sc === 'edit-helm') { const w = helmWorkload(join(work, 'helm'), { templates: 50, valuesLines: 2000 }); root = w.root; file = w.file; languageId = 'yaml'; edits = EDITS; }
    else if (sc === 'workspace-k8s') root = workspaceWorkload(join(work, 'ws-k8s'), { files: FILES, clusters: Math.round(FILES / 50), nodesPerCluster: 10, seed: 8, k8s: Math.round(FILES / 100) }).root;
    else if (sc === 'edit-workspace') { const w = getWs(); root = w.root; file = w.editTargets.compose; languageId = 'dockercompose'; edits = Math.min(EDITS, 10); }
    else throw new Error(`unknown scenario ${sc}`);
    const profDir = join(work, `prof-${sc}`);
    const wall = await run(bin, profDir, root, file, languageId, edits, mode);
    const [name] = readdirSync(profDir).filter(f => f.endsWith('.cpuprofile'));
    const dest = join(OUTDIR, `${TAG}-${sc}.cpuprofile`);
    renameSync(join(profDir, name), dest);
    summary[sc] = { ...wall, profile: relative(REPO, dest), ...summarise(JSON.parse(readFileSync(dest, 'utf8')), map, Math.max(1, edits)) };
    print(sc, summary[sc]);
  }
  writeFileSync(join(REPO, '.test-output', `profile-${TAG}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  log(`profile: raw profiles in ${relative(process.cwd(), OUTDIR)}, summary in .test-output/profile-${TAG}.json`);
}

async function run(bin, profDir, root, file, languageId, edits, mode) {
  // Started as the VS Code client starts it (bin.execArgv: shared/launch.ts).
  const s = startLsp({ args: [...bin.execArgv, '--cpu-prof', `--cpu-prof-dir=${profDir}`, '--cpu-prof-interval', '250', bin.server, '--stdio'], cwd: root, config: () => ({}), name: 'ours' });
  const status = s.next('nacosAuthLint/status');
  const init = await s.initialize(initializeParams(root));
  const t0 = performance.now();
  await status;
  const out = { checkMs: round(performance.now() - t0), spawnToInitializeMs: round(init.at - s.spawnedAt) };
  if (file) {
    const uri = fileUri(file);
    const text = readFileSync(file, 'utf8');
    const plan = editPlan(text, languageId, mode);
    const first = s.nextDiagnostics(uri, p => p.version === 1);
    s.open(uri, languageId, text, 1);
    await first;
    const lat = [];
    for (let k = 0; k < edits; k++) {
      const v = k + 2;
      const p = s.nextDiagnostics(uri, q => q.version === v);
      const t = performance.now();
      s.change(uri, v, [plan(k)]);
      const got = await p;
      lat.push(got.at - t);
    }
    out.editMsMedian = round([...lat].sort((a, b) => a - b)[Math.floor(lat.length / 2)]);
    out.edits = edits;
  }
  await s.stop();
  return out;
}

/** Self and inclusive time per function (recursion counted once), in ms; per edit when `per` > 1. */
function summarise(profile, map, per) {
  const byId = new Map(profile.nodes.map(n => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const root = profile.nodes.find(n => !parent.has(n.id));
  const keyOf = n => {
    const cf = n.callFrame;
    if (!cf.url || !/server(Main)?\.js$/.test(cf.url)) return `${cf.functionName || '(anonymous)'} ${cf.url ? cf.url.replace(/^.*node_modules\//, '').replace(/^node:/, 'node:') : ''}`.trim();
    const e = map.findEntry(cf.lineNumber, cf.columnNumber);
    const src = e?.originalSource ? e.originalSource.replace(/^.*?(server\/src\/|node_modules\/)/, '$1') : 'server.js';
    return `${cf.functionName || '(anonymous)'} ${src}:${(e?.originalLine ?? cf.lineNumber) + 1}`;
  };
  const selfBy = new Map();
  const totalBy = new Map();
  let total = 0;
  const onStack = new Map();
  const visit = id => {
    const n = byId.get(id);
    const k = keyOf(n);
    let t = self.get(id) ?? 0;
    selfBy.set(k, (selfBy.get(k) ?? 0) + t);
    onStack.set(k, (onStack.get(k) ?? 0) + 1);
    for (const c of n.children ?? []) t += visit(c);
    onStack.set(k, onStack.get(k) - 1);
    if (!onStack.get(k)) totalBy.set(k, (totalBy.get(k) ?? 0) + t);
    return t;
  };
  total = visit(root.id);
  const top = (m, skipIdle) => [...m].filter(([k]) => !skipIdle || !/^\((idle|root|program)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([k, v]) => ({ fn: k, ms: round(v), perEditMs: per > 1 ? round(v / per) : undefined }));
  return { profiledMs: round(total), idleMs: round(selfBy.get('(idle)') ?? 0), gcMs: round(selfBy.get('(garbage collector)') ?? 0), self: top(selfBy, true), inclusive: top(totalBy, true) };
}

function print(sc, s) {
  const w = x => process.stdout.write(`${x}\n`);
  w('');
  w(`== ${sc}: ${JSON.stringify({ checkMs: s.checkMs, editMsMedian: s.editMsMedian, edits: s.edits, profiledMs: s.profiledMs, idleMs: s.idleMs, gcMs: s.gcMs })}`);
  w('   inclusive (ms total | per edit)                      self (ms total | per edit)');
  for (let i = 0; i < TOP; i++) {
    const a = s.inclusive[i], b = s.self[i];
    const f = x => (x ? `${String(x.ms).padStart(8)} ${x.perEditMs !== undefined ? String(x.perEditMs).padStart(7) : ''}  ${x.fn}`.slice(0, 95) : '');
    w(`   ${f(a).padEnd(100)} ${f(b)}`);
  }
}

main().then(
  () => { if (!argv.includes('--keep')) rmSync(work, { recursive: true, force: true }); },
  e => { log(`profile: failed: ${e.stack ?? e}`); rmSync(work, { recursive: true, force: true }); process.exitCode = 1; },
);
