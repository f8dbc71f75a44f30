import type { AnalysisResult } from '../model/analysis';
import type { Finding, Fix, Message, RelatedInfo, Severity, SourceFile, Span } from '../types';
import type { LintSettings, Locale } from '../settings';
import { DEFAULT_SETTINGS } from '../settings';
import { format } from '../util/l10n';
import { type ParsedFile, classify, unreadableReason } from '../syntax/files';
import { ParseCache } from './parseCache';
import { dirName } from '../util/paths';
import { RULES } from '../rules';
import type { Report, Rule } from '../rules/types';
import type { Cluster, NacosNode } from '../model/node';
import { groupClusters } from '../model/cluster';
import { adoptPeerVersion } from '../model/effective';
import { perRelease, variantMemo, variantsOf, type Variants } from './variants';
import { SOURCES, type SourceContext } from '../sources';
import { orphanEnvNode } from '../sources/envFile';
import { lineIndexFor } from '../util/positions';
import { isSuppressed, parseSuppressions } from '../syntax/suppressions';
import { localizeArgs } from '../features/versionText';
import type { FixEnv } from '../fixes/types';
import type { Reuse } from './reuse';
import type { K8sReplay } from './k8sReuse';
import { FOLDED_NOTE, fold, type CoversMemo, type Placed } from './fold';
import type { MessageArgs } from '../util/l10n';
import { Redactor } from '../util/mask';
import { FewSet } from '../util/fewSet';
import { renderMessage, secretSetId } from './render';
import { nodeSecrets, secretLines, secretLinesAfterEdit, secretValues, textSecrets, type DecodeMemo } from '../model/secrets';

export interface AnalysisInput {
  /** The files to analyse, with their current text (open editor buffers or files read from disk). */
  files: SourceFile[];
  /** Reads any other file a node depends on (env files, `.env`, cluster.conf, mounted properties, override files). */
  readFile: (path: string) => string | undefined;
  /** Settings for a resource (pulled per file by the server). */
  settingsFor?: (path: string) => LintSettings;
  /** Path relative to the workspace (for names in messages and cluster grouping). */
  relPath?: (path: string) => string;
  /** The workspace folder that contains a path (bare-metal nodes of one folder form one cluster). */
  rootFor?: (path: string) => string;
  /** What the engine keeps between analyses (the language server's); the CLI analyses from nothing. */
  reuse?: Reuse;
  /** Every candidate file of the workspace, analysed now or not (kustomize directories, chart files); default: `files`. */
  workspaceFiles?: () => Iterable<string>;
}

const defaultRel = (p: string) => p;

/** (files, settings) → findings: the whole analysis, pure apart from `readFile`. */
export function analyze(input: AnalysisInput): AnalysisResult {
  // Asked for every rule and node: once per path and analysis is enough (the settings do not change meanwhile).
  const given = input.settingsFor ?? (() => DEFAULT_SETTINGS);
  const settingsByPath = new Map<string, LintSettings>();
  const settingsFor = (path: string): LintSettings => {
    let s = settingsByPath.get(path);
    if (!s) settingsByPath.set(path, (s = given(path)));
    return s;
  };
  const rel = input.relPath ?? defaultRel;
  const rootFor = input.rootFor ?? ((p: string) => dirName(p));
  const cache = input.reuse?.parses ?? new ParseCache();
  const memo = input.reuse?.compose;
  const parsed = new Map<string, ParsedFile>();
  const skipped: { path: string; reason: string }[] = [];
  const sourceText = new Map<string, string>();
  for (const f of input.files) sourceText.set(f.path, f.text);

  const read = (path: string): string | undefined => {
    const t = sourceText.get(path);
    if (t !== undefined) return t;
    const r = input.readFile(path);
    if (r !== undefined) sourceText.set(path, r);
    return r;
  };
  const parsedAt = (path: string): ParsedFile | undefined => {
    const hit = parsed.get(path);
    if (hit) return hit;
    const text = read(path);
    if (text === undefined || unreadableReason(text)) return undefined;
    const p = cache.get(path, text);
    parsed.set(path, p);
    return p;
  };

  const collector = new Collector(settingsFor, read);
  const nodes: NacosNode[] = [];
  for (const f of input.files) {
    const kind = classify(f.path, f.text);
    if (kind === 'unknown') continue;
    // SPEC §3.1: application*.properties, and other *.properties only when they hold Nacos keys (a Java project's
    // message bundles are not ours to parse).
    if (kind === 'properties' && !/(^|\/)application[^/]*\.properties$/.test(f.path) && !/nacos/i.test(f.text)) continue;
    const reason = unreadableReason(f.text);
    if (reason) {
      skipped.push({ path: f.path, reason });
      collector.raw(f.path, 'syntax-error', { start: 0, end: 0 }, reason);
      continue;
    }
    const p = cache.get(f.path, f.text, kind);
    parsed.set(f.path, p);
  }

  let wsFiles: string[] | undefined;
  const perAnalysis = new Map<string, unknown>();
  const sourceCtx: SourceContext = {
    read, parsedAt, settingsFor, rootFor, composeReuse: memo, k8sReuse: input.reuse?.k8s, shellReuse: input.reuse?.shell, memo: input.reuse?.texts,
    workspaceFiles: () => (wsFiles ??= [...new Set([...(input.workspaceFiles?.() ?? []), ...input.files.map(f => f.path)])].sort()),
    perAnalysis: <T>(key: string, make: () => T): T => {
      if (!perAnalysis.has(key)) perAnalysis.set(key, make());
      return perAnalysis.get(key) as T;
    },
    derived: <T>(path: string, text: string, tag: string, compute: (previous?: { text: string; value: T }) => T): T => cache.derived(path, text, tag, compute),
  };
  const mountedConfs = new Set<string>();
  const referenceDirs: string[] = [];
  const containerTrees: string[] = [];
  const envFilesRead = new Set<string>();
  for (const p of [...parsed.values()]) {
    for (const source of SOURCES) {
      const res = source.nodesOf(p, sourceCtx);
      if (!res) continue;
      nodes.push(...res.nodes);
      for (const m of res.absorbed) mountedConfs.add(m);
      if (res.references) referenceDirs.push(...res.references);
      if (res.containerTrees) containerTrees.push(...res.containerTrees);
      for (const e of res.envFilesRead ?? []) envFilesRead.add(e);
      for (const pr of res.problems) {
        const rule = pr.ruleId ? RULES.find(r => r.id === pr.ruleId) : undefined;
        if (!rule) { collector.raw(pr.path, 'syntax-error', pr.span, pr.message); continue; }
        const settings = settingsFor(pr.path);
        if (!settings.enable || severityOf(rule, settings) === 'off') continue;
        const fix = pr.fix;
        collector.add(rule, {
          messageId: pr.messageId ?? 'problem', args: pr.args ?? { message: pr.message }, path: pr.path, span: pr.span,
          ...(pr.severity ? { severity: pr.severity } : {}), ...(pr.related ? { related: pr.related } : {}),
          fixes: fix ? [{ title: fix.title, deterministic: true, isPreferred: true, edits: () => fix.edits }] : [],
        }, undefined);
      }
    }
  }
  // A properties file mounted over a container's conf/application.properties (or copied into an image) is that
  // node's file, not a node; a Dockerfile that a compose `build:` or a `docker run` uses is that node's image; an
  // unmounted conf in the folder a container's conf is mounted from is an alternative kept beside it (issue 14 item 7),
  // and one in a folder that is a container's own (its logs, its home) a copy: not a server either.
  if (mountedConfs.size || referenceDirs.length || containerTrees.length) {
    const refs = new Set(referenceDirs);
    // Any folder above the file is a container's tree (a set look-up per ancestor, not a scan of every tree per node).
    const trees = new Set(containerTrees.map(t => t || '/'));
    const inTree = (p: string) => {
      for (let d = dirName(p); ; d = dirName(d)) {
        if (trees.has(d)) return true;
        if (dirName(d) === d) return false;
      }
    };
    const kept = nodes.filter(n => n.kind === 'dockerfile-image' ? !mountedConfs.has(n.path)
      : n.kind !== 'properties' || (!mountedConfs.has(n.path) && !refs.has(dirName(n.path)) && !inTree(n.path)));
    nodes.length = 0;
    nodes.push(...kept);
  }

  // Files a node reads (env files, mounted properties) are linted too.
  for (const n of nodes) for (const path of n.inputs) parsedAt(path);
  // An env file with NACOS_AUTH_* variables that no node reads gets the value checks on a node of its own (issue 14
  // item 6, sources/envFile.ts). A compose project's `.env` is an input of its nodes, so it is never an orphan; an env
  // file of a service that is clearly not Nacos (a gateway image) feeds that service, so it is none either.
  const fed = new Set(nodes.flatMap(n => n.inputs));
  const givenPaths = new Set(input.files.map(f => f.path));
  for (const p of [...parsed.values()]) {
    if (p.kind !== 'env' || fed.has(p.path) || envFilesRead.has(p.path) || !givenPaths.has(p.path)) continue;
    const orphan = orphanEnvNode(p, sourceCtx, settingsFor(p.path));
    if (orphan) nodes.push(orphan);
  }

  const nodesByInput = new Map<string, NacosNode[]>();
  for (const n of nodes) for (const path of n.inputs) {
    const list = nodesByInput.get(path);
    if (list) list.push(n); else nodesByInput.set(path, [n]);
  }

  // Clusters are known before any rule runs, so a node rule's fix can update every member (SPEC §8).
  const clusters = groupClusters(nodes, settingsFor(nodes[0]?.path ?? '').clusters, rel);
  const clusterOf = new Map<NacosNode, Cluster>();
  for (const c of clusters) for (const n of c.nodes) clusterOf.set(n, c);
  // Cluster peers are evidence of a bare-metal member's version (issue 14 item 2); compose nodes have their image.
  for (const c of clusters) {
    if (c.kind === 'standalone' || c.nodes.length < 2) continue;
    for (const n of c.nodes) if (n.kind === 'properties') adoptPeerVersion(n, c.nodes);
  }
  const fixEnv: FixEnv = { file: parsedAt, read, clusters, clusterOf: n => clusterOf.get(n), memo: new Map() };

  // The node at each release of its version range, the node itself among them (built once per node).
  const variantCache = new Map<NacosNode, Variants | undefined>();
  const variantShared = variantMemo();
  const variantsFor = (node: NacosNode): Variants | undefined => {
    if (variantCache.has(node)) return variantCache.get(node);
    const v = variantsOf(node, variantShared);
    variantCache.set(node, v);
    return v;
  };

  const k8s = input.reuse?.k8sReports;
  k8s?.begin(clusters, read);
  const shell = input.reuse?.shellReports;
  shell?.begin(clusters, read);

  /** A node rule's reports for a node: every release of its range agreeing (issue 14 item 2), as the node itself
   *  reports them; an orphan env file's node reports only on values written in it (issue 14 item 6). */
  const nodeReports = (rule: Rule, node: NacosNode, cluster: Cluster, settings: LintSettings, file = parsedAt, env = fixEnv): Report[] => {
    const out: Report[] = [];
    const keep = (r: Report) => {
      // Not at its anchor, where a node reports what it lacks (a default, a missing variable of an image nobody named).
      if (node.kind === 'env-file' && r.path === node.path && r.span.start === node.anchor.start && r.span.end === node.anchor.end) return;
      out.push(r);
    };
    const variants = rule.rangeAware ? undefined : variantsFor(node);
    if (!variants) {
      guard(rule, node.id, () => rule.checkNode!({ node, cluster, settings, file, fixEnv: env, report: keep }));
      return out;
    }
    // A rule runs once per group of releases it cannot tell apart (engine/variants.ts).
    let per: Report[][] | undefined;
    guard(rule, node.id, () => {
      per = perRelease(variants, v => {
        const got: Report[] = [];
        rule.checkNode!({ node: v, cluster, settings, file, fixEnv: env, report: r => { got.push(r); } });
        return got;
      });
    });
    if (per) for (const r of commonReports(rule, per, variants.self)) keep(r);
    return out;
  };

  // Per node, asked by every rule: its settings, its cluster, and (when the memo holds it) its reused reports.
  const nodeSettings = nodes.map(n => settingsFor(n.path));
  const nodeCluster = nodes.map(n => clusterOf.get(n)!);
  const replayed: (ReadonlyMap<string, Report[]> | null)[] = new Array(nodes.length).fill(null);
  const ruleById = (id: string) => RULES.find(r => r.id === id)!;
  // Each rule visits, in node order, the nodes it must run on (`fresh`) and the reused nodes that have reports of it
  // (`reusedWith`) — not every node of a 200-service file for every rule (the reports come out in the same order).
  const fresh: number[] = [];
  const reusedWith = new Map<string, number[]>();
  let reusedCount = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (!nodeSettings[i].enable) continue;
    const node = nodes[i];
    const cluster = nodeCluster[i];
    const settings = nodeSettings[i];
    let reused = memo?.allReports(node, cluster, settings, id => nodeReports(ruleById(id), node, cluster, settings));
    if (reused) reusedCount++;
    // A script's reused `docker run` (shellReuse.ts): a replayed fix's edits come from a fresh run of its rule.
    else reused = shell?.allReports(node, cluster, settings, id => nodeReports(ruleById(id), node, cluster, settings));
    if (!reused) { fresh.push(i); continue; }
    replayed[i] = reused;
    reused.forEach((list, id) => {
      if (!list.length) return;
      const at = reusedWith.get(id);
      if (at) at.push(i); else reusedWith.set(id, [i]);
    });
  }
  const NONE: number[] = [];
  // A Kubernetes node's record, checked once per node before the rules, and one function per node that runs a rule
  // afresh (for the fixes of replayed reports: not one per rule and node). A rule its record says reported nothing on
  // the node is not visited for it (k8sReuse.ts `quiet`), as the compose memo's reused nodes are not: each rule visits
  // the other nodes and those whose record has reports of it (`k8sWith`), in node order.
  const k8sReplays: (K8sReplay | null)[] = new Array(nodes.length).fill(null);
  const k8sRun: ((rule: Rule) => Report[])[] = new Array(nodes.length);
  let always = fresh;
  const k8sWith = new Map<string, number[]>();
  if (k8s) {
    always = [];
    for (const i of fresh) {
      const h = k8s.nodeReplay(nodes[i], nodeCluster[i], nodeSettings[i]);
      if (!h) { always.push(i); continue; }
      k8sReplays[i] = h;
      for (const id of k8s.quiet(h, NODE_RULES)) {
        const at = k8sWith.get(id);
        if (at) at.push(i); else k8sWith.set(id, [i]);
      }
    }
  }

  for (const rule of RULES) {
    if (rule.checkFile) {
      for (const file of parsed.values()) {
        const settings = settingsFor(file.path);
        if (!settings.enable || severityOf(rule, settings) === 'off') continue;
        guard(rule, file.path, () => rule.checkFile!({ file, nodes: nodesByInput.get(file.path) ?? [], settings, fileAt: parsedAt, fixEnv, report: r => collector.add(rule, r, undefined) }));
      }
    }
    if (rule.checkNode) {
      if (memo) memo.stats.reports += reusedCount;
      const withReports = reusedWith.get(rule.id) ?? NONE;
      const k8sHas = k8sWith.get(rule.id);
      const run = k8sHas ? merged(always, k8sHas) : always;
      for (let a = 0, b = 0; a < run.length || b < withReports.length;) {
        if (b < withReports.length && (a === run.length || withReports[b] < run[a])) {
          const i = withReports[b++];
          for (const r of replayed[i]!.get(rule.id)!) collector.add(rule, r, nodes[i], nodeCluster[i]);
          continue;
        }
        const i = run[a++];
        const node = nodes[i];
        const settings = nodeSettings[i];
        const cluster = nodeCluster[i];
        const k8sReplay = k8sReplays[i];
        const k8sReused = k8sReplay ? k8s!.replayNode(k8sReplay, rule, (k8sRun[i] ??= r => nodeReports(r, node, cluster, settings))) : undefined;
        if (k8sReused) {
          for (const r of k8sReused) collector.add(rule, r, node, cluster);
          continue;
        }
        const record = memo?.recorder(node, cluster, rule.id, settings);
        const k8sRecord = record ? undefined : k8s?.recorder(node, cluster, rule.id, settings, fixEnv, parsedAt) ?? shell?.recorder(node, cluster, rule.id, settings, fixEnv, parsedAt);
        const got = k8sRecord ? nodeReports(rule, node, k8sRecord.cluster ?? cluster, settings, k8sRecord.file, k8sRecord.fixEnv) : nodeReports(rule, node, cluster, settings);
        k8sRecord?.done();
        for (const r of got) {
          record?.(r);
          k8sRecord?.add(r);
          collector.add(rule, r, node, cluster);
        }
      }
    }
  }

  // The variants are done with. Every closure made in this function keeps its scope alive as long as a finding's fix
  // does, and with it this cache: the copies of every ranged node at every release (a tenth of what a cold
  // workspace check keeps).
  variantCache.clear();
  variantShared.standIns.clear();
  variantShared.defaults.clear();

  /** A cluster rule run afresh (a replayed fix's edits: shellReuse.ts). */
  const clusterRun = (rule: Rule, cluster: Cluster, settings: LintSettings): Report[] => {
    const out: Report[] = [];
    guard(rule, cluster.id, () => rule.checkCluster!({ cluster, settings, relPath: rel, file: parsedAt, fixEnv, report: r => { out.push(r); } }));
    return out;
  };
  for (const rule of RULES) {
    if (!rule.checkCluster) continue;
    for (const cluster of clusters) {
      const settings = settingsFor(cluster.nodes[0].path);
      if (!settings.enable) continue;
      const again = (file = parsedAt, env = fixEnv): Report[] => {
        const out: Report[] = [];
        guard(rule, cluster.id, () => rule.checkCluster!({ cluster, settings, relPath: rel, file, fixEnv: env, report: r => { out.push(r); } }));
        return out;
      };
      const reused = memo?.clusterReports(cluster, rule.id, settings, id => clusterRun(ruleById(id), cluster, settings)) ?? k8s?.clusterReports(cluster, rule.id, settings, () => again())
        ?? shell?.clusterReports(cluster, rule.id, settings, id => clusterRun(ruleById(id), cluster, settings));
      if (reused) {
        for (const r of reused) collector.add(rule, r, undefined, cluster);
        continue;
      }
      const record = memo?.clusterRecorder(cluster, rule.id, settings);
      const k8sRecord = record ? undefined : k8s?.clusterRecorder(cluster, rule.id, settings, fixEnv, parsedAt) ?? shell?.clusterRecorder(cluster, rule.id, settings, fixEnv, parsedAt);
      const got = k8sRecord ? again(k8sRecord.file, k8sRecord.fixEnv) : again();
      k8sRecord?.done();
      for (const r of got) {
        record?.(r);
        k8sRecord?.add(r);
        collector.add(rule, r, undefined, cluster);
      }
    }
  }

  const secrets = secretsOf(sourceText, nodes, input.reuse);
  return { findings: collector.finish(rel, secrets, k8s && ((fix, cluster, compute) => k8s.covers(fix, cluster as Cluster, compute))), nodes, clusters, parsed, skipped, secrets };
}

/** Two increasing lists of node indexes as one (no index is in both). */
function merged(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j === b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++]);
  return out;
}

/** Everything read and every node, searched for what might be a secret (model/secrets.ts); texts once per content. */
function secretsOf(texts: Map<string, string>, nodes: NacosNode[], reuse: Reuse | undefined): Redactor {
  const values: string[] = [];
  const memo: DecodeMemo = reuse?.decoded ?? new Map();
  for (const [path, text] of texts) {
    if (unreadableReason(text)) continue;
    const hit = reuse?.secretTexts.get(path);
    if (hit && hit.text === text) { values.push(...hit.values); continue; }
    if (!reuse) { values.push(...textSecrets(text, memo)); continue; }
    // The lines an edit did not touch keep theirs; the previous text's lines give theirs by text (a line moved).
    const lines = { previous: hit?.lines, next: new Map<string, string[]>() };
    const held = hit ? secretLinesAfterEdit(hit.text, hit.held, text, memo, lines) : secretLines(text, memo, lines);
    const found = secretValues(held);
    reuse.secretTexts.set(path, { text, values: found, held, lines: lines.next });
    values.push(...found);
  }
  for (const n of nodes) values.push(...(reuse ? (n.k8s ? reuse.k8sReports : n.kind === 'docker-run' ? reuse.shell : reuse.compose).secretsOf(n, () => nodeSecrets(n, memo)) : nodeSecrets(n, memo)));
  return new Redactor(values);
}

/** The ids of the rules that check nodes. */
const NODE_RULES = RULES.filter(r => r.checkNode).map(r => r.id);

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * The reports every variant gave (same message at the same place), taken from the node's own run (`self`), at the
 * mildest severity any variant gave it.
 */
function commonReports(rule: Rule, per: Report[][], self: number): Report[] {
  const key = (r: Report) => `${r.messageId}\u0000${r.path}\u0000${r.span.start}\u0000${r.span.end}`;
  const out: Report[] = [];
  for (const r of per[self]) {
    const k = key(r);
    let sev: Severity = r.severity ?? rule.defaultSeverity;
    let everywhere = true;
    for (let i = 0; i < per.length && everywhere; i++) {
      if (i === self) continue;
      const hit = per[i].find(x => key(x) === k);
      if (!hit) everywhere = false;
      else {
        const s = hit.severity ?? rule.defaultSeverity;
        if (SEVERITY_RANK[s] < SEVERITY_RANK[sev]) sev = s;
      }
    }
    if (!everywhere) continue;
    out.push(sev === (r.severity ?? rule.defaultSeverity) ? r : { ...r, severity: sev });
  }
  return out;
}

/** A rule that throws is a bug; it must not take the other rules (or the server) down with it. */
function guard(rule: Rule, where: string, fn: () => void): void {
  try {
    fn();
  } catch (e) {
    // Only the rule id and the place: never a value.
    const err = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0].slice(0, 200)}` : 'unknown error';
    reportInternalError(`rule ${rule.id} failed on ${where}: ${err}`);
  }
}

let internalErrorSink: (message: string) => void = m => { process.stderr.write(`nacos-auth-lint: ${m}\n`); };
export function setInternalErrorSink(sink: (message: string) => void): void {
  internalErrorSink = sink;
}
function reportInternalError(message: string): void {
  internalErrorSink(message);
}

export function severityOf(rule: Rule, settings: LintSettings): Severity | 'off' {
  return settings.rules[rule.id] ?? rule.defaultSeverity;
}

interface Pending {
  rule: Rule;
  report: Report;
  /** The nodes that reached the report, in order (a set: 10,000 services sharing one env file reach it 10,000 times). */
  nodes: FewSet<NacosNode>;
  clusters: FewSet<Cluster>;
}


/** Gathers reports, merges the same finding reached through several nodes, applies settings and suppressions. */
class Collector {
  private readonly byKey = new Map<string, Pending>();
  constructor(private readonly settingsFor: (p: string) => LintSettings, private readonly read: (p: string) => string | undefined) {}

  add(rule: Rule, report: Report, node: NacosNode | undefined, cluster?: Cluster): void {
    // A reused node's reports come back as the same objects keystroke after keystroke: their key is made once.
    let key = reportKeys.get(report);
    if (key === undefined) {
      key = `${rule.id}\u0000${report.path}\u0000${report.span.start}\u0000${report.span.end}\u0000${report.messageId}\u0000${argsKey(report.args)}`;
      reportKeys.set(report, key);
    }
    const hit = this.byKey.get(key);
    if (hit) {
      if (node) hit.nodes.add(node);
      if (cluster) hit.clusters.add(cluster);
      return;
    }
    this.byKey.set(key, { rule, report, nodes: new FewSet(node), clusters: new FewSet(cluster) });
  }

  raw(path: string, ruleId: string, span: Span, message: string): void {
    const rule = RULES.find(r => r.id === ruleId)!;
    this.add(rule, { messageId: 'problem', args: { message }, path, span }, undefined);
  }

  /** The findings, their texts rendered: every argument and fix title goes through `secrets` (nothing else prints). */
  finish(rel: (p: string) => string, secrets: Redactor, covers?: CoversMemo): Map<string, Finding[]> {
    // The same texts come back for every report (fix titles, service names): each is redacted once per run.
    const redacted = new Map<string, string>();
    const redact = (v: string) => {
      let r = redacted.get(v);
      if (r === undefined) redacted.set(v, (r = secrets.redact(v)));
      return r;
    };
    const clean = (args: Report['args']) => {
      if (!args || !secrets.size) return args;
      const out: MessageArgs = {};
      for (const [k, v] of Object.entries(args)) out[k] = typeof v === 'string' ? redact(v) : v;
      return out;
    };
    const secretSet = secretSetId(secrets);
    const render = (template: Message, locale: Locale, args: Report['args']) => renderMessage(template, locale, args, secretSet, a => clean(localizeArgs(a, locale)));
    const placed: Placed[] = [];
    const supp = new Map<string, ReturnType<typeof parseSuppressions>>();
    // A related list a rule shares between reports (cluster-*: one per value) is rendered once per rule and locale.
    const rendered = new Map<string, Map<NonNullable<Report['related']>, RelatedInfo[]>>();
    for (const { rule, report, nodes, clusters } of this.byKey.values()) {
      const settings = this.settingsFor(report.path);
      if (!settings.enable) continue;
      const severity = settings.rules[rule.id] ?? report.severity ?? rule.defaultSeverity;
      if (severity === 'off') continue;
      const text = this.read(report.path) ?? '';
      const index = lineIndexFor(report.path, text);
      let s = supp.get(report.path);
      if (!s) { s = parseSuppressions(text, index); supp.set(report.path, s); }
      const line = index.position(report.span.start).line;
      if (isSuppressed(s, rule.id, line)) continue;
      let related: RelatedInfo[] = [];
      if (report.related?.length) {
        const memoKey = `${rule.id}\u0000${settings.locale}`;
        let byList = rendered.get(memoKey);
        if (!byList) { byList = new Map(); rendered.set(memoKey, byList); }
        let r = byList.get(report.related);
        if (!r) {
          r = report.related.map(x => ({ path: x.path, span: x.span, message: rule.messages[x.messageId] ? render(rule.messages[x.messageId], settings.locale, x.args) : format({ en: x.messageId, 'zh-cn': x.messageId }, settings.locale, clean(x.args)) }));
          byList.set(report.related, r);
        }
        related = r;
      }
      // A value from a shared file: point at every node that uses it (the service, the properties file).
      const users: NacosNode[] = [];
      nodes.each(n => {
        if (n.path === report.path) return;
        users.push(n);
        return users.length < 20;
      });
      if (users.length) {
        related = [...related, ...users.map(n => ({ path: n.path, span: n.anchor, message: format(USED_BY, settings.locale, clean({ node: n.service ? `service ${n.service}` : rel(n.path) })) }))];
      }
      const finding: Finding = {
        ruleId: rule.id,
        severity,
        message: render(rule.messages[report.messageId], settings.locale, report.args),
        path: report.path,
        span: report.span,
        related,
        fixes: ((report.fixes ?? []) as Fix[]).map(f => {
          const title = redact(f.title);
          return title === f.title ? f : { ...f, title };
        }),
      };
      placed.push({ finding, messageId: report.messageId, clusters: clusters.toArray(), line });
    }
    const note = (folded: Finding, host: Finding) => format(FOLDED_NOTE, this.settingsFor(host.path).locale, { message: folded.message, rule: folded.ruleId });
    const out = new Map<string, Finding[]>();
    for (const { finding } of fold(placed, note, covers)) {
      const list = out.get(finding.path);
      if (list) list.push(finding); else out.set(finding.path, [finding]);
    }
    for (const list of out.values()) list.sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
    // Fix closures keep the rule contexts, and through `report` this collector, alive as long as the findings: let
    // the pending reports and their keys go now.
    this.byKey.clear();
    return out;
  }
}

const USED_BY = { en: 'used by {node}', 'zh-cn': '被 {node} 使用' };


/** A report's arguments as a key; reused reports keep their arguments' object, so it is serialised once. */
const argsKeys = new WeakMap<object, string>();
/** A report's key in the collector (a report belongs to one rule and is never changed once made). */
const reportKeys = new WeakMap<Report, string>();

function argsKey(args: Report['args']): string {
  if (!args) return '{}';
  let k = argsKeys.get(args);
  if (k === undefined) argsKeys.set(args, (k = JSON.stringify(args)));
  return k;
}
