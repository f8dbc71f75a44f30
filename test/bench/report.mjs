// Prints the benchmark figures as one table: what was measured, ours, what it is compared with, the ratio, the
// target (SPEC §9 / issue 7) and whether it is met. Used by run.mjs, and on its own to re-print a saved JSON:
//   node test/bench/report.mjs .test-output/bench.json
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ms = x => (x === undefined || x === null ? '—' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 10 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);
const mb = x => (x === undefined || x === null ? '—' : `${(x / 2 ** 20).toFixed(x < 2 ** 20 ? 2 : 0)} MB`);
const kb = x => (x === undefined || x === null ? '—' : `${(x / 1024).toFixed(0)} KB`);
const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? a / b : undefined);
const fmtRatio = r => (r === undefined ? '' : r >= 100 ? `${r.toFixed(0)}×` : r >= 10 ? `${r.toFixed(1)}×` : `${r.toFixed(2)}×`);
const ok = (v, limit) => (typeof v !== 'number' ? '' : v < limit ? 'yes' : 'NO');

/** Rows: [measure, ours, compared with, ratio, target, met]. A row with one cell is a section title. */
export function rows(r) {
  const out = [];
  const o = r.ours ?? {};
  const p = r.peers ?? {};
  // A section title is printed only when a row follows it.
  let pending;
  const sec = t => { pending = t; };
  const push = out.push.bind(out);
  out.push = (...items) => { if (pending) { push([pending]); pending = undefined; } return push(...items); };
  const n = (r.sizes?.propLines ?? 5000).toLocaleString('en');
  const sv = r.sizes?.services ?? 200;
  const wf = (r.sizes?.wsFiles ?? 10000).toLocaleString('en');

  sec('Language server over stdio');
  if (o.initialize) {
    const mine = o.initialize.spawnToInitializeMs.median;
    out.push(['start → initialize answered (median)', ms(mine), `bare node ${ms(r.nodeStartup?.bareNodeMs)}`, '', '< 150 ms', ok(mine, 150)]);
    const first = o.initializeNoCache?.spawnToInitializeMs?.median;
    if (first !== undefined) out.push(['  … first start, before the code cache exists', ms(first), '', '', '', '']);
    for (const name of ['yaml-language-server', 'compose-language-service']) {
      const peer = p[name]?.initialize?.spawnToInitializeMs?.median;
      if (peer !== undefined) out.push([`  vs ${name}`, ms(mine), ms(peer), fmtRatio(ratio(mine, peer)), '< 1×', ok(ratio(mine, peer), 1)]);
    }
  }
  for (const [key, label] of [
    ['editProperties', `edit → diagnostics, ${n}-line .properties`], ['editCompose', `edit → diagnostics, ${sv}-service compose`],
    ['editComposeLast', '  … in the last service entry'], ['editComposeAppend', '  … typing a new service after the last'],
    ['editComposeFindings', `edit → diagnostics, ${sv}-service compose, every service with findings`],
    ['editComposeFindingsLast', '  … in the last service entry'], ['editComposeFindingsAppend', '  … typing a new service after the last'],
    ['editScript', `edit → diagnostics, ${r.workloads?.script?.lines ?? '?'}-line deployment script`],
    ['editK8sManifest', `edit → diagnostics, ${r.workloads?.k8s?.workloads ?? '?'}-workload Kubernetes manifest (${(r.workloads?.k8s?.lines ?? 0).toLocaleString('en')} lines)`],
    ['editHelmValues', `edit → diagnostics, Helm values.yaml (${(r.workloads?.helm?.valuesLines ?? 0).toLocaleString('en')} lines, ${r.workloads?.helm?.templates ?? '?'} templates)`],
  ]) {
    const e = o[key]?.editMs;
    if (!e) continue;
    const cpu = o[key].serverCpuMsPerEdit;
    out.push([`${label} median (n=${e.n})`, ms(e.median), cpu === undefined ? '' : `server CPU ${ms(cpu)}/edit`, '', '< 20 ms', ok(e.median, 20)]);
    out.push([`${label} p95`, ms(e.p95), '', '', '< 50 ms', ok(e.p95, 50)]);
  }
  const ec = o.editCompose?.editMs;
  for (const name of ['yaml-language-server', 'yaml-language-server (no debounce)', 'compose-language-service', 'compose-language-service (no debounce)']) {
    const peer = p[name];
    if (!peer) continue;
    if (peer.error) { out.push([`  vs ${name}`, '', `failed: ${peer.error.slice(0, 40)}`, '', '', '']); continue; }
    if (ec && peer.editMs) out.push([`  edit median vs ${name}`, ms(ec.median), ms(peer.editMs.median), fmtRatio(ratio(ec.median, peer.editMs.median)), '< 1×', ok(ratio(ec.median, peer.editMs.median), 1)]);
  }
  const fc = o.editCompose;
  for (const name of ['yaml-language-server', 'yaml-language-server (no debounce)', 'compose-language-service', 'compose-language-service (no debounce)']) {
    const peer = p[name];
    if (!fc || !peer || peer.error) continue;
    out.push([`  open → first diagnostics vs ${name}`, ms(fc.openToFirstDiagnosticsMs), ms(peer.openToFirstDiagnosticsMs), fmtRatio(ratio(fc.openToFirstDiagnosticsMs, peer.openToFirstDiagnosticsMs)), '< 1×', ok(ratio(fc.openToFirstDiagnosticsMs, peer.openToFirstDiagnosticsMs), 1)]);
  }
  for (const name of ['yaml-language-server', 'compose-language-service']) {
    const peer = p[name];
    if (!fc || !peer || peer.error || fc.spawnToFirstDiagnosticsMs === undefined) continue;
    out.push([`  start → first diagnostics vs ${name}`, ms(fc.spawnToFirstDiagnosticsMs), ms(peer.spawnToFirstDiagnosticsMs), fmtRatio(ratio(fc.spawnToFirstDiagnosticsMs, peer.spawnToFirstDiagnosticsMs)), '< 1×', ok(ratio(fc.spawnToFirstDiagnosticsMs, peer.spawnToFirstDiagnosticsMs), 1)]);
  }

  if (o.workspace || o.workspaceHalf || o.workspaceK8s) sec('Workspace check (initialized → status after the first full analysis)');
  const ws = o.workspace, wh = o.workspaceHalf;
  if (ws) {
    out.push([`${wf} files, ${ws.nodes} nodes, ${ws.clusters} clusters`, ms(ws.checkMs), '', '', '< 3 s', ok(ws.checkMs, 3000)]);
    out.push(['  peak RSS (VmHWM)', mb(ws.peakRssBytes), '', '', '< 300 MB', ok(ws.peakRssBytes, 300 * 2 ** 20)]);
  }
  if (wh) {
    out.push([`${wh.files.toLocaleString('en')} files, ${wh.nodes} nodes, ${wh.clusters} clusters`, ms(wh.checkMs), '', '', '', '']);
    out.push(['  peak RSS (VmHWM)', mb(wh.peakRssBytes), '', '', '', '']);
  }
  if (ws && wh) out.push(['  time full / half (≈ 2 when linear)', fmtRatio(ratio(ws.checkMs, wh.checkMs)), '', '', '≈ 2×', typeof ratio(ws.checkMs, wh.checkMs) === 'number' ? (ratio(ws.checkMs, wh.checkMs) < 2.6 ? 'yes' : 'NO') : '']);
  const wk = o.workspaceK8s;
  if (wk) {
    out.push([`${wk.files.toLocaleString('en')} files with ${wk.k8sFolders} Kubernetes folders, ${wk.nodes} nodes`, ms(wk.checkMs), '', '', '< 3 s', ok(wk.checkMs, 3000)]);
    out.push(['  peak RSS (VmHWM)', mb(wk.peakRssBytes), '', '', '< 300 MB', ok(wk.peakRssBytes, 300 * 2 ** 20)]);
  }
  for (const [key, label] of [['editWorkspaceCompose', 'edit → diagnostics, compose file in the workspace'], ['editWorkspaceProperties', 'edit → diagnostics, node .properties in the workspace']]) {
    const e = o[key]?.editMs;
    if (!e) continue;
    out.push([`${label} median (n=${e.n})`, ms(e.median), '', '', '< 20 ms', ok(e.median, 20)]);
    out.push([`${label} p95`, ms(e.p95), '', '', '< 50 ms', ok(e.p95, 50)]);
  }

  const c = r.cli ?? {};
  if (Object.keys(c).length) sec('CLI (node dist/cli.js --format json ., wall time incl. node start)');
  for (const [key, label] of [['props', `${n}-line .properties (+2 nodes)`], ['compose', `${sv}-service compose (+env files)`], ['script', `${r.workloads?.script?.lines ?? '?'}-line deployment script`], ['ws', `workspace ${wf} files`], ['wsHalf', 'workspace, half size']]) {
    const x = c[key];
    if (!x) continue;
    out.push([`${label}: ${x.files} files, ${mb(x.bytes)}`, ms(x.ms), `${x.filesPerSecond.toLocaleString('en')} files/s, ${x.mbPerSecond} MB/s`, '', '', '']);
  }

  const f = r.floor ?? {};
  if (Object.keys(f).length) sec('Floor (in-process, warm): our analyze() vs reading the bytes and the bare yaml parse');
  if (f.compose) {
    const base = f.compose.yamlParseMs;
    out.push([`analyze() ${sv}-service project vs yaml.parseDocument`, ms(f.compose.analyzeMs), ms(base), fmtRatio(ratio(f.compose.analyzeMs, base)), '≤ 3×', ok(ratio(f.compose.analyzeMs, base), 3.0001)]);
    out.push(['  vs read + yaml.parseDocument', ms(f.compose.analyzeMs), ms(f.compose.readMs + base), fmtRatio(ratio(f.compose.analyzeMs, f.compose.readMs + base)), '', '']);
    if (ec && f.compose.main?.yamlParseMs) out.push(['  edit median (LSP) vs yaml.parseDocument(compose.yaml)', ms(ec.median), ms(f.compose.main.yamlParseMs), fmtRatio(ratio(ec.median, f.compose.main.yamlParseMs)), '≤ 3×', ok(ratio(ec.median, f.compose.main.yamlParseMs), 3.0001)]);
  }
  if (f.props) {
    out.push([`analyze() ${n}-line .properties cluster vs read + line split`, ms(f.props.analyzeMs), ms(f.props.readMs + f.props.lineSplitMs), fmtRatio(ratio(f.props.analyzeMs, f.props.readMs + f.props.lineSplitMs)), '', '']);
  }
  for (const key of ['ws', 'wsHalf']) {
    const x = f[key];
    if (!x) continue;
    out.push([`analyze() ${key === 'ws' ? 'workspace' : 'half workspace'} (${x.files} candidate files) vs read + yaml parse`, ms(x.analyzeMs), ms(x.readMs + x.yamlParseMs), fmtRatio(ratio(x.analyzeMs, x.readMs + x.yamlParseMs)), '', '']);
  }

  // Multi-document YAML: the floor is yaml.parseAllDocuments (parseDocument stops at the first `---`).
  const all = x => x.yamlParseAllDocumentsMs ?? x.yamlParseMs;
  if (f.k8s) {
    out.push([`analyze() ${r.workloads?.k8s?.workloads ?? '?'}-workload manifest vs yaml.parseAllDocuments`, ms(f.k8s.analyzeMs), ms(all(f.k8s)), fmtRatio(ratio(f.k8s.analyzeMs, all(f.k8s))), '', '']);
    const ek = o.editK8sManifest?.editMs;
    if (ek) out.push(['  edit median (LSP) vs yaml.parseAllDocuments(manifest)', ms(ek.median), ms(all(f.k8s)), fmtRatio(ratio(ek.median, all(f.k8s))), '≤ 3×', ok(ratio(ek.median, all(f.k8s)), 3.0001)]);
  }
  if (f.helm) out.push([`analyze() Helm chart (${f.helm.files} files) vs read + yaml parse of values.yaml`, ms(f.helm.analyzeMs), ms(f.helm.main.readMs + all(f.helm.main)), fmtRatio(ratio(f.helm.analyzeMs, f.helm.main.readMs + all(f.helm.main))), '', '']);
  if (f.k8sPlain) {
    // Issue 15: Kubernetes YAML without Nacos costs no more than reading it (read + the bare parse).
    const base = f.k8sPlain.readMs + all(f.k8sPlain);
    out.push([`analyze() ${f.k8sPlain.files.toLocaleString('en')} Kubernetes files without Nacos vs read + yaml parse`, ms(f.k8sPlain.analyzeMs), ms(base), fmtRatio(ratio(f.k8sPlain.analyzeMs, base)), '≤ 1×', ok(ratio(f.k8sPlain.analyzeMs, base), 1.0001)]);
  }

  if (r.vsix) {
    sec('Package');
    if (r.vsix.error) out.push(['.vsix', '—', r.vsix.error.slice(0, 60), '', '< 1 MB', '']);
    else out.push(['.vsix (production bundle, vsce --no-dependencies)', kb(r.vsix.bytes), `${r.vsix.files?.length ?? '?'} files`, '', '< 1 MB', ok(r.vsix.bytes, 2 ** 20)]);
  }
  return out;
}

export function printTable(r, stream) {
  const m = r.machine ?? {};
  const head = ['measure', 'ours', 'compared with', 'ratio', 'target', 'met'];
  const body = rows(r);
  const widths = head.map((h, i) => Math.max(h.length, ...body.filter(x => x.length > 1).map(x => String(x[i] ?? '').length)));
  const line = cells => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  const total = widths.reduce((a, b) => a + b + 2, -2);
  const w = s => stream.write(`${s}\n`);
  w('');
  w(`Nacos Auth Lint benchmark (${r.kind}) — ${m.cpuModel ?? '?'}, ${m.cores ?? '?'} cores, ${m.memoryGiB ?? '?'} GiB, node ${m.node ?? '?'}, ${m.os ?? ''}, commit ${m.commit ?? '?'}${m.dirty ? '+changes' : ''}`);
  if (m.loadAverageAtStart) w(`load average (1/5/15 min) at start ${m.loadAverageAtStart.join(' ')}, at end ${m.loadAverageAtEnd?.join(' ') ?? '?'} — on a busy machine every figure is slower`);
  w(`peers: yaml-language-server ${m.peers?.['yaml-language-server'] ?? '?'}, @microsoft/compose-language-service ${m.peers?.['@microsoft/compose-language-service'] ?? '?'}; yaml ${m.peers?.yaml ?? '?'}; ${r.build ?? ''}`);
  w('='.repeat(total));
  w(line(head));
  for (const row of body) {
    if (row.length === 1) { w('-'.repeat(total)); w(row[0]); continue; }
    w(line(row));
  }
  w('='.repeat(total));
  if (r.kind === 'smoke') w('smoke size: figures only show that the benchmark runs; targets apply to the full size.');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2] ?? '.test-output/bench.json';
  printTable(JSON.parse(readFileSync(file, 'utf8')), process.stdout);
}
