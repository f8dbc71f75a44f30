// `npm run bench`: generates the workloads, measures our language server over a real stdio connection, the CLI,
// the floor (reading bytes, the bare `yaml` parse) and the peer servers on the same compose file, then prints one
// table and writes the figures as JSON. A benchmark, not a test: nothing here asserts a time.
//
//   node test/bench/run.mjs [--smoke] [--out FILE] [--keep] [--no-peers] [--vsix] [--edits N] [--ws-edits N]
//                           [--peer-edits N] [--repeat N] [--dist] [--src DIR] [--only init,edit,workspace,cli,floor,peers,vsix,k8s]
//   --only edit-script: only the deployment script's edit series (part of `edit`).
//   --only helm: just the Helm chart's values.yaml edit series and its floor (a part of `k8s`).
//   --only edit-k8s: just the Kubernetes manifest's edit series and its floor (a part of `k8s`).
//   --node-flag=FLAG (repeatable): pass a node option to our server process.
//   --src DIR: measure another checkout (e.g. with a proposed patch applied) instead of this tree's server/src.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, statSync, existsSync, cpSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join, relative, dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { startLsp, initializeParams, fileUri } from './lspClient.mjs';
import { composeWorkload, helmWorkload, k8sManifestWorkload, k8sPlainWorkload, propertiesWorkload, scriptWorkload, workspaceWorkload } from './generate.mjs';
import { REPO, bundle, candidateFiles, machine, median, round, summarize } from './util.mjs';
import { printTable } from './report.mjs';
import { editPlan } from './editPlans.mjs';

const argv = process.argv.slice(2);
const flag = f => argv.includes(f);
const opt = (f, d) => { const i = argv.indexOf(f); return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : d; };
const SMOKE = flag('--smoke');
const SIZES = SMOKE
  ? { propLines: 300, scriptLines: 200, services: 12, wsFiles: 400, wsClusters: 8, wsNodes: 3, edits: 5, warmup: 1, wsEdits: 3, repeat: 1, initRepeat: 2, peerEdits: 2, k8sWorkloads: 12, k8sFolders: 4, k8sPlainFiles: 40, helmTemplates: 8, helmValuesLines: 200 }
  : { propLines: 5000, scriptLines: 2000, services: 200, wsFiles: 10_000, wsClusters: 200, wsNodes: 10, edits: 60, warmup: 5, wsEdits: 20, repeat: 3, initRepeat: 10, peerEdits: 20, k8sWorkloads: 200, k8sFolders: 100, k8sPlainFiles: 2000, helmTemplates: 50, helmValuesLines: 2000 };
SIZES.edits = Number(opt('--edits', SIZES.edits));
SIZES.wsEdits = Number(opt('--ws-edits', SIZES.wsEdits));
SIZES.peerEdits = Number(opt('--peer-edits', SIZES.peerEdits));
SIZES.repeat = Number(opt('--repeat', SIZES.repeat));
const ONLY = opt('--only', 'init,edit,workspace,cli,floor,peers,vsix,k8s').split(',');
const want = s => ONLY.includes(s) && !(s === 'peers' && flag('--no-peers')) && !(s === 'vsix' && SMOKE && !flag('--vsix'));
// A partial run (--only) never replaces the full figures unless told to with --out.
const OUT = opt('--out', join(REPO, '.test-output', SMOKE ? 'bench-smoke.json' : argv.includes('--only') ? 'bench-partial.json' : 'bench.json'));
const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);

const require = createRequire(join(REPO, 'package.json'));
const YAML_LS = join(dirname(require.resolve('yaml-language-server/package.json')), 'bin', 'yaml-language-server');
const COMPOSE_LS = join(dirname(require.resolve('@microsoft/compose-language-service/package.json')), 'bin', 'docker-compose-langserver');
const YAML_LS_NODELAY = join(REPO, 'test', 'bench', 'peers', 'yaml-language-server-nodelay.cjs');

// ------------------------------------------------------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), 'nacos-bench-'));
const results = { kind: SMOKE ? 'smoke' : 'full', machine: machine(), sizes: SIZES, workloads: {}, ours: {}, peers: {}, cli: {}, floor: {}, vsix: undefined, notes: [] };

async function main() {
  log(`bench: work folder ${work}`);
  let bin;
  if (flag('--dist')) {
    bin = { server: join(REPO, 'dist', 'server.js'), cli: join(REPO, 'dist', 'cli.js'), core: undefined };
    results.build = 'dist/ as found';
  } else {
    bin = await bundle(join(work, 'bin'), { production: true, src: opt('--src', REPO) });
    results.build = `fresh production bundle of ${opt('--src') ? `${opt('--src')}/` : ''}server/src (minified, as in the .vsix)`;
  }
  if (!bin.core) bin.core = (await bundle(join(work, 'bin'), { production: true })).core;

  log('bench: generating workloads');
  const t = performance.now();
  const w = {
    props: propertiesWorkload(join(work, 'props'), { lines: SIZES.propLines }),
    compose: composeWorkload(join(work, 'compose'), { services: SIZES.services }),
    composeFindings: composeWorkload(join(work, 'compose-findings'), { services: SIZES.services, findings: true }),
    script: scriptWorkload(join(work, 'script'), { lines: SIZES.scriptLines }),
    ws: workspaceWorkload(join(work, 'ws'), { files: SIZES.wsFiles, clusters: SIZES.wsClusters, nodesPerCluster: SIZES.wsNodes }),
    wsHalf: workspaceWorkload(join(work, 'ws-half'), { files: SIZES.wsFiles / 2, clusters: SIZES.wsClusters / 2, nodesPerCluster: SIZES.wsNodes }),
  };
  if (want('k8s')) {
    // Issues 15 and 16: a 200-workload manifest, the 10,000-file workspace with Kubernetes folders, a Helm chart, and
    // Kubernetes YAML without Nacos (what the server must skip cheaply).
    w.k8s = k8sManifestWorkload(join(work, 'k8s'), { workloads: SIZES.k8sWorkloads });
    w.wsK8s = workspaceWorkload(join(work, 'ws-k8s'), { files: SIZES.wsFiles, clusters: SIZES.wsClusters, nodesPerCluster: SIZES.wsNodes, seed: 8, k8s: SIZES.k8sFolders });
    w.helm = helmWorkload(join(work, 'helm'), { templates: SIZES.helmTemplates, valuesLines: SIZES.helmValuesLines });
    w.k8sPlain = k8sPlainWorkload(join(work, 'k8s-plain'), { files: SIZES.k8sPlainFiles });
  } else {
    if (want('helm')) w.helm = helmWorkload(join(work, 'helm'), { templates: SIZES.helmTemplates, valuesLines: SIZES.helmValuesLines });
    if (want('edit-k8s')) w.k8s = k8sManifestWorkload(join(work, 'k8s'), { workloads: SIZES.k8sWorkloads });
  }
  for (const [k, v] of Object.entries(w)) results.workloads[k] = { ...v, root: undefined, file: v.file ? relative(work, v.file) : undefined, editTargets: undefined };
  log(`bench: workloads in ${Math.round(performance.now() - t)} ms`);

  // The server starts as the VS Code client starts it (its node options for this machine: shared/launch.ts), plus node
  // flags to try a runtime setting (e.g. --node-flag=--max-semi-space-size=32; later flags win); none by default.
  const nodeFlags = argv.filter(a => a.startsWith('--node-flag=')).map(a => a.slice('--node-flag='.length));
  results.serverNodeFlags = [...bin.execArgv, ...nodeFlags];
  const server = [...bin.execArgv, ...nodeFlags, bin.server, '--stdio'];

  if (want('init')) {
    log('bench: cold start → initialize');
    const empty = join(work, 'empty');
    mkdirSync(empty, { recursive: true });
    results.ours.initialize = await coldStart('ours', { args: server }, empty, SIZES.initRepeat);
    // The very first start after an install or update compiles the bundle (its code cache does not exist yet).
    results.ours.initializeNoCache = await coldStart('ours', { args: server, env: { NAL_NO_COMPILE_CACHE: '1' } }, empty, Math.min(SIZES.initRepeat, 5));
    results.nodeStartup = nodeStartup();
    if (want('peers')) {
      results.peers['yaml-language-server'] ??= {};
      results.peers['compose-language-service'] ??= {};
      results.peers['yaml-language-server'].initialize = await coldStart('yaml-language-server', peerSpec('yaml-language-server'), empty, Math.min(SIZES.initRepeat, 5));
      results.peers['compose-language-service'].initialize = await coldStart('compose-language-service', peerSpec('compose-language-service'), empty, Math.min(SIZES.initRepeat, 5));
    }
  }

  if (want('edit')) {
    log('bench: edit latency (properties)');
    results.ours.editProperties = await editSession('ours', { args: server }, w.props.root, w.props.file, 'properties', SIZES.edits, { waitStatus: true });
    log('bench: edit latency (compose)');
    results.ours.editCompose = await editSession('ours', { args: server }, w.compose.root, w.compose.file, 'dockercompose', SIZES.edits, { waitStatus: true });
    // Where the reuse path has the least to reuse: the last service entry, and entries typed after it.
    log('bench: edit latency (compose, last service)');
    results.ours.editComposeLast = await editSession('ours', { args: server }, w.compose.root, w.compose.file, 'dockercompose', SIZES.edits, { waitStatus: true, mode: 'last' });
    log('bench: edit latency (compose, appending a service)');
    results.ours.editComposeAppend = await editSession('ours', { args: server }, w.compose.root, w.compose.file, 'dockercompose', SIZES.edits, { waitStatus: true, mode: 'append' });
    // Every service has findings: what is reused, moved and published per keystroke is 200 services' worth.
    for (const [key, mode] of [['editComposeFindings', 'anywhere'], ['editComposeFindingsLast', 'last'], ['editComposeFindingsAppend', 'append']]) {
      log(`bench: edit latency (compose, every service with findings, ${mode})`);
      results.ours[key] = await editSession('ours', { args: server }, w.composeFindings.root, w.composeFindings.file, 'dockercompose', SIZES.edits, { waitStatus: true, mode });
    }
  }
  // `--only edit-script`: the deployment script's series alone (issue 17), part of `edit`.
  if (want('edit') || want('edit-script')) {
    log('bench: edit latency (deployment script)');
    results.ours.editScript = await editSession('ours', { args: server }, w.script.root, w.script.file, 'shellscript', SIZES.edits, { waitStatus: true });
  }

  if (want('peers')) {
    for (const name of ['yaml-language-server', 'yaml-language-server (no debounce)', 'compose-language-service', 'compose-language-service (no debounce)']) {
      log(`bench: peer ${name}`);
      const spec = peerSpec(name);
      // The peers take 0.05–4 s per edit: 20 edits give a stable median without making the run take half an hour.
      const edits = SIZES.peerEdits;
      try {
        results.peers[name] = { ...(results.peers[name] ?? {}), ...(await editSession(name, spec, w.compose.root, w.compose.file, spec.languageId, edits, {})), debounce: spec.debounce };
      } catch (e) {
        results.peers[name] = { error: String(e.message ?? e).slice(0, 500) };
        log(`bench: ${name} failed: ${e.message}`);
      }
    }
  }

  if (want('workspace')) {
    for (const key of ['ws', 'wsHalf']) {
      log(`bench: workspace check (${w[key].files} files)`);
      const runs = [];
      for (let i = 0; i < SIZES.repeat; i++) runs.push(await workspaceCheck(server, w[key].root));
      results.ours[key === 'ws' ? 'workspace' : 'workspaceHalf'] = {
        files: w[key].files, nodes: w[key].nodes, clusters: w[key].clusters, runs,
        checkMs: round(median(runs.map(r => r.checkMs))),
        spawnToStatusMs: round(median(runs.map(r => r.spawnToStatusMs))),
        peakRssBytes: Math.max(...runs.map(r => r.peakRssBytes ?? 0)),
        publishes: runs[0].publishes,
      };
    }
    if (SIZES.wsEdits > 0) {
      log('bench: edit latency inside the workspace');
      results.ours.editWorkspaceCompose = await editSession('ours', { args: server }, w.ws.root, w.ws.editTargets.compose, 'dockercompose', SIZES.wsEdits, { waitStatus: true, warmup: 1 });
      results.ours.editWorkspaceProperties = await editSession('ours', { args: server }, w.ws.root, w.ws.editTargets.properties, 'properties', SIZES.wsEdits, { waitStatus: true, warmup: 1 });
    }
  }

  if (want('k8s')) {
    log(`bench: edit latency (Kubernetes manifest, ${w.k8s.workloads} workloads)`);
    results.ours.editK8sManifest = await editSession('ours', { args: server }, w.k8s.root, w.k8s.file, 'yaml', SIZES.edits, { waitStatus: true });
    log(`bench: edit latency (Helm values.yaml, ${w.helm.templates} templates)`);
    results.ours.editHelmValues = await editSession('ours', { args: server }, w.helm.root, w.helm.file, 'yaml', SIZES.edits, { waitStatus: true });
    log(`bench: workspace check with Kubernetes folders (${w.wsK8s.files} files)`);
    const runs = [];
    for (let i = 0; i < SIZES.repeat; i++) runs.push(await workspaceCheck(server, w.wsK8s.root));
    results.ours.workspaceK8s = {
      files: w.wsK8s.files, nodes: w.wsK8s.nodes, clusters: w.wsK8s.clusters, k8sFolders: w.wsK8s.k8sFolders, runs,
      checkMs: round(median(runs.map(r => r.checkMs))),
      spawnToStatusMs: round(median(runs.map(r => r.spawnToStatusMs))),
      peakRssBytes: Math.max(...runs.map(r => r.peakRssBytes ?? 0)),
      publishes: runs[0].publishes,
    };
    log('bench: floor (Kubernetes manifest, Helm chart, Kubernetes YAML without Nacos)');
    for (const key of ['k8s', 'helm', 'k8sPlain']) results.floor[key] = floor(bin.core, w[key].root, w[key].file);
  }

  if (want('edit-k8s') && !want('k8s')) {
    log(`bench: edit latency (Kubernetes manifest, ${w.k8s.workloads} workloads)`);
    results.ours.editK8sManifest = await editSession('ours', { args: server }, w.k8s.root, w.k8s.file, 'yaml', SIZES.edits, { waitStatus: true });
    results.floor.k8s = floor(bin.core, w.k8s.root, w.k8s.file);
  }

  if (want('helm') && !want('k8s')) {
    log(`bench: edit latency (Helm values.yaml, ${w.helm.templates} templates)`);
    results.ours.editHelmValues = await editSession('ours', { args: server }, w.helm.root, w.helm.file, 'yaml', SIZES.edits, { waitStatus: true });
    results.floor.helm = floor(bin.core, w.helm.root, w.helm.file);
  }

  if (want('cli')) {
    for (const key of ['props', 'compose', 'script', 'ws', 'wsHalf']) {
      log(`bench: CLI on ${key}`);
      results.cli[key] = cliRun(bin.cli, w[key].root);
    }
  }

  if (want('floor')) {
    log('bench: floor (read, yaml.parseDocument) and in-process analyze()');
    for (const key of ['props', 'compose', 'ws', 'wsHalf']) results.floor[key] = floor(bin.core, w[key].root, w[key].file);
  }

  if (want('vsix')) {
    log('bench: .vsix');
    results.vsix = vsixSize();
  }

  results.notes.push(
    'Latencies are wall-clock over a stdio pipe: from just before the client writes didChange/didOpen to when it has parsed the matching publishDiagnostics.',
    'Ours: the publish for the edited document version. Peers: the next publishDiagnostics for the document (they send no version).',
    'yaml-language-server validates 200 ms after a change (fixed); compose-language-service 1000 ms (initializationOptions.diagnosticDelay). "(no debounce)" rows remove those timers.',
    'yaml-language-server runs with yaml.validate=true and schemaStore disabled (no network): YAML syntax only, no compose schema.',
  );
  results.machine.loadAverageAtEnd = loadavg().map(x => round(x));
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  printTable(results, process.stdout);
  log(`bench: figures written to ${relative(process.cwd(), OUT) || OUT}`);
}

// ------------------------------------------------------------------------------------------------------------

function oursConfig(section) {
  if (section === 'nacosAuthLint' || section === undefined) return {};
  return null;
}

function peerSpec(name) {
  const yamlConfig = section => {
    if (section === 'yaml') return { validate: true, hover: true, completion: true, format: { enable: false }, schemaStore: { enable: false }, schemas: {}, customTags: ['!reset', '!override'] };
    if (section === '[yaml]' || section === 'editor' || section === 'http') return {};
    return null;
  };
  switch (name) {
    case 'yaml-language-server': return { args: [YAML_LS, '--stdio'], languageId: 'yaml', config: yamlConfig, settings: { yaml: yamlConfig('yaml') }, debounced: true, debounce: '200 ms (fixed in yamlSettings.js)' };
    case 'yaml-language-server (no debounce)': return { args: [YAML_LS_NODELAY, '--stdio'], languageId: 'yaml', config: yamlConfig, settings: { yaml: yamlConfig('yaml') }, debounced: false, debounce: '0 ms (patched)' };
    case 'compose-language-service': return { args: [COMPOSE_LS, '--stdio'], languageId: 'dockercompose', config: () => null, debounced: true, debounce: '1000 ms (default diagnosticDelay)' };
    case 'compose-language-service (no debounce)': return { args: [COMPOSE_LS, '--stdio'], languageId: 'dockercompose', config: () => null, init: { initializationOptions: { diagnosticDelay: 0 } }, debounced: false, debounce: '0 ms (diagnosticDelay: 0)' };
    default: throw new Error(name);
  }
}

async function coldStart(name, spec, root, repeat) {
  const times = [];
  for (let i = 0; i < repeat; i++) {
    const s = startLsp({ args: spec.args, cwd: root, config: spec.config ?? oursConfig, name, ...(spec.env ? { env: spec.env } : {}) });
    const init = await s.initialize(initializeParams(root, spec.init));
    times.push(init.at - s.spawnedAt);
    await s.stop();
  }
  return { spawnToInitializeMs: summarize(times) };
}

function nodeStartup() {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    times.push(performance.now() - t);
  }
  return { bareNodeMs: round(median(times)) };
}

async function editSession(name, spec, root, file, languageId, edits, { waitStatus = false, warmup = SIZES.warmup, mode = 'anywhere' } = {}) {
  const uri = fileUri(file);
  const text = readFileSync(file, 'utf8');
  const s = startLsp({ args: spec.args, cwd: root, config: spec.config ?? oursConfig, name });
  const out = { file: relative(work, file), lines: text.split('\n').length, bytes: Buffer.byteLength(text), mode };
  try {
    const status = waitStatus ? s.next('nacosAuthLint/status', () => true, 'status after the workspace scan') : undefined;
    const init = await s.initialize(initializeParams(root, spec.init));
    out.spawnToInitializeMs = round(init.at - s.spawnedAt);
    if (spec.settings) s.conn.sendNotification('workspace/didChangeConfiguration', { settings: spec.settings });
    if (status) {
      const st = await status;
      out.spawnToWorkspaceStatusMs = round(st.at - s.spawnedAt);
    }
    const first = s.nextDiagnostics(uri, p => p.version === undefined || p.version === 1);
    const tOpen = performance.now();
    s.open(uri, languageId, text, 1);
    const d = await first;
    out.openToFirstDiagnosticsMs = round(d.at - tOpen);
    out.spawnToFirstDiagnosticsMs = round(d.at - s.spawnedAt);
    out.firstDiagnostics = d.params.diagnostics.length;
    const plan = editPlan(text, languageId, mode);
    const lat = [];
    let cpuBefore = warmup === 0 ? s.cpuMs() : undefined;
    let version = 1;
    for (let k = 0; k < edits + warmup; k++) {
      version++;
      const v = version;
      const p = s.nextDiagnostics(uri, q => q.version === undefined || q.version === v);
      const t0 = performance.now();
      s.change(uri, v, [plan(k)]);
      const got = await p;
      if (k >= warmup) lat.push(got.at - t0);
      if (k === warmup - 1) cpuBefore = s.cpuMs();
    }
    // CPU time the server spent per edit: unlike wall time, hardly affected by other load on the machine.
    if (cpuBefore !== undefined) out.serverCpuMsPerEdit = round((s.cpuMs() - cpuBefore) / lat.length);
    out.editMs = summarize(lat);
    out.edits = lat.length;
    const mem = s.memory();
    out.peakRssBytes = mem.hwm;
  } finally {
    await s.stop();
  }
  return out;
}

async function workspaceCheck(args, root) {
  const s = startLsp({ args, cwd: root, config: oursConfig, name: 'ours' });
  try {
    let publishes = 0;
    s.on('textDocument/publishDiagnostics', () => { publishes++; });
    const status = s.next('nacosAuthLint/status', () => true, 'status after the workspace check');
    const init = await s.initialize(initializeParams(root));
    const initializedAt = performance.now();
    const st = await status;
    const mem = s.memory();
    const cpu = s.cpuMs();
    return {
      serverCpuMs: round(cpu),
      spawnToInitializeMs: round(init.at - s.spawnedAt),
      checkMs: round(st.at - initializedAt),
      spawnToStatusMs: round(st.at - s.spawnedAt),
      peakRssBytes: mem.hwm, rssBytes: mem.rss, publishes, status: st.params,
    };
  } finally {
    await s.stop();
  }
}

function cliRun(cli, root) {
  const files = candidateFiles(root);
  const bytes = files.reduce((a, f) => a + f.size, 0);
  const times = [];
  let summary;
  for (let i = 0; i < Math.max(1, SIZES.repeat); i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [cli, '--format', 'json', '.'], { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    times.push(performance.now() - t);
    if (r.status !== 0 && r.status !== 1) throw new Error(`CLI exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    summary = JSON.parse(r.stdout).summary;
  }
  const ms = median(times);
  return { ms: round(ms), files: summary.files, candidateFiles: files.length, bytes, filesPerSecond: round(summary.files / (ms / 1000), 0), mbPerSecond: round(bytes / 2 ** 20 / (ms / 1000)), summary };
}

/**
 * The floor on the same inputs, in this process, warm (best of several runs after one discarded run): reading the
 * candidate files' bytes; `yaml` parseDocument on the YAML among them (bare, and with our options); and our whole
 * core `analyze()` on the same files with a fresh parse cache (the cost of a full check without the LSP layer).
 */
function floor(corePath, root, mainFile) {
  const core = require(corePath);
  const YAML = require('yaml');
  const files = candidateFiles(root).map(f => f.path);
  const bytes = files.reduce((a, p) => a + statSync(p).size, 0);
  const runs = SMOKE ? 2 : 7;
  // Best of `runs` after a warm-up run: the least disturbed by other load on the machine (timeit's rule).
  const time = (fn, prepare = () => undefined) => {
    fn(prepare(-1));
    const xs = [];
    for (let i = 0; i < runs; i++) { const arg = prepare(i); const t = performance.now(); fn(arg); xs.push(performance.now() - t); }
    return round(Math.min(...xs));
  };
  const texts = new Map();
  const readMs = time(() => { for (const p of files) texts.set(p, readFileSync(p, 'utf8')); });
  const yamlFiles = files.filter(p => /\.ya?ml$/i.test(p));
  const parseMs = time(() => { for (const p of yamlFiles) YAML.parseDocument(texts.get(p)); });
  const parseOursOptsMs = time(() => { for (const p of yamlFiles) YAML.parseDocument(texts.get(p), { prettyErrors: false, merge: true, uniqueKeys: false }); });
  // parseDocument stops at the first `---`: Kubernetes manifests hold several documents.
  const parseAllMs = time(() => { for (const p of yamlFiles) YAML.parseAllDocuments(texts.get(p)); });
  const splitMs = time(() => { for (const p of files) { let n = 0; for (const l of texts.get(p).split('\n')) if (l.indexOf('=') > 0) n++; if (n < 0) throw new Error(); } });
  // analyze() without a Reuse parses every file afresh (the CLI's path): each run is a cold analysis.
  const sources = files.map(path => ({ path, text: texts.get(path) }));
  const analyzeMs = time(() => core.analyze({ files: sources, readFile: p => texts.get(p) ?? (existsSync(p) ? readFileSync(p, 'utf8') : undefined), rootFor: () => root, relPath: p => relative(root, p) }));
  const out = { files: files.length, yamlFiles: yamlFiles.length, bytes, readMs, yamlParseMs: parseMs, yamlParseOursOptionsMs: parseOursOptsMs, yamlParseAllDocumentsMs: parseAllMs, lineSplitMs: splitMs, analyzeMs };
  if (mainFile) {
    const text = readFileSync(mainFile, 'utf8');
    out.main = {
      file: relative(work, mainFile), bytes: Buffer.byteLength(text),
      readMs: time(() => readFileSync(mainFile, 'utf8')),
      yamlParseMs: /\.ya?ml$/.test(mainFile) ? time(() => YAML.parseDocument(text)) : undefined,
      yamlParseAllDocumentsMs: /\.ya?ml$/.test(mainFile) ? time(() => YAML.parseAllDocuments(text)) : undefined,
      lineSplitMs: time(() => text.split('\n').filter(l => l.indexOf('=') > 0).length),
    };
  }
  return out;
}

function vsixSize() {
  // Stage what the .vsix contains in a private folder and package it there: dist/ and out-test/ in the shared
  // tree are left alone. Same steps as `npm run package` (production bundle, vsce --no-dependencies).
  const stage = join(work, 'vsix');
  mkdirSync(stage, { recursive: true });
  // Everything but build output, dependencies and test output; .vscodeignore then picks the contents as in the repo.
  const skip = new Set(['node_modules', '.git', 'dist', '.test-output', '.cache']);
  cpSync(REPO, stage, { recursive: true, filter: src => { const rel = relative(REPO, src); const top = rel.split(/[\\/]/)[0]; return rel === '' || (!skip.has(top) && !top.startsWith('out-test') && !rel.endsWith('.vsix')); } });
  try {
    const esb = require('esbuild');
    const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, minify: true, logLevel: 'warning', absWorkingDir: stage, nodePaths: [join(REPO, 'node_modules')] };
    esb.buildSync({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: join(stage, 'dist'), external: ['vscode'] });
    esb.buildSync({ ...common, entryPoints: { server: 'server/src/server/main.ts' }, outdir: join(stage, 'dist') });
    esb.buildSync({ ...common, entryPoints: { cli: 'server/src/cli/main.ts' }, outdir: join(stage, 'dist'), banner: { js: '#!/usr/bin/env node' } });
    const out = join(stage, 'nacos-auth-lint.vsix');
    const r = spawnSync(process.execPath, [join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '-o', out], { cwd: stage, encoding: 'utf8', input: 'y\n' });
    if (r.status !== 0) return { error: `vsce failed: ${(r.stderr || r.stdout).split('\n').filter(Boolean).slice(-3).join(' | ').slice(0, 400)}` };
    const listing = spawnSync(process.execPath, [join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: stage, encoding: 'utf8' });
    return { bytes: statSync(out).size, files: listing.stdout.split('\n').filter(Boolean) };
  } catch (e) {
    return { error: String(e.message ?? e).split('\n')[0].slice(0, 400) };
  }
}

main().then(
  () => { if (!flag('--keep')) rmSync(work, { recursive: true, force: true }); else log(`bench: kept ${work}`); },
  e => { log(`bench: failed: ${e.stack ?? e}`); if (!flag('--keep')) rmSync(work, { recursive: true, force: true }); process.exitCode = 1; },
);
