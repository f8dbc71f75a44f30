// The CLI's view of the project: settings per file from `.nacos-auth-lint.json` (or --config) under the flags,
// --print-config, and the cluster files a named file brings along (pre-commit passes only the changed files).
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { classify, helmSetKeys, normalizeSettings, RULES, type LintSettings } from '../core';
import { ConfigResolver, fileSelected, mergeSettings, type ConfigPatch, type ConfigProblem } from '../core';
import { collectFiles, readTextFile, toPosix } from './fsio';

export interface ProjectOptions {
  cwd: string;
  /** --config FILE: this file only, no lookup. */
  configPath?: string;
  /** --rule / --server-version: they win over the file (as ESLint's --rule over its config). */
  flags: ConfigPatch;
  locale: string;
  /** --values (after the configuration's `helm.valueFiles`, like more `-f` files), --set, --set-string. */
  helm?: { valueFiles: string[]; set: string[]; setString: string[] };
}

const readConfig = (p: string) => readTextFile(p).text;

export class CliProject {
  readonly resolver: ConfigResolver;
  private readonly cache = new Map<string, { settings: LintSettings; files: string[] }>();
  private clusters: LintSettings['clusters'] | undefined;

  constructor(private readonly o: ProjectOptions) {
    this.resolver = new ConfigResolver(readConfig, { root: toPosix(o.cwd), ruleIds: RULES.map(r => r.id), explicit: o.configPath !== undefined ? toPosix(o.configPath) : undefined });
  }

  private entry(path: string) {
    let e = this.cache.get(path);
    if (!e) {
      const loaded = this.resolver.loadFor(path);
      const raw = mergeSettings(mergeSettings({}, loaded.patch), this.o.flags);
      // Clusters group nodes across the whole run (the core reads them from one node's settings): every file gets
      // the clusters of every configuration file loaded, nearer (deeper) files first.
      if (this.clusters) raw.clusters = this.clusters;
      const h = this.o.helm;
      if (h && (h.valueFiles.length || h.set.length || h.setString.length)) {
        const before = (raw.helm && typeof raw.helm === 'object' ? raw.helm : {}) as { valueFiles?: string[] };
        raw.helm = { ...before, valueFiles: [...(before.valueFiles ?? []), ...h.valueFiles], set: h.set, setString: h.setString };
      }
      e = { settings: normalizeSettings(raw, this.o.locale), files: loaded.files };
      this.cache.set(path, e);
    }
    return e;
  }

  settingsFor = (path: string): LintSettings => this.entry(path).settings;

  /** Reads the configuration of every file first, so that all of them see every cluster. */
  prepare(paths: string[]): void {
    const seen = new Set<string>();
    const all: LintSettings['clusters'] = [];
    for (const p of paths) {
      for (const c of this.resolver.loadFor(p).patch.clusters ?? []) {
        const key = `${c.name}\u0000${c.include.join('\u0000')}`;
        if (!seen.has(key)) { seen.add(key); all.push(c); }
      }
    }
    this.clusters = all.length ? all : undefined;
    this.cache.clear();
  }

  problems(): ConfigProblem[] {
    return this.resolver.loaded().flatMap(f => f.problems);
  }

  selected(path: string, relPath: string, named: boolean): boolean {
    return fileSelected(relPath, this.settingsFor(path), named);
  }

  /** --print-config PATH: the settings that file is linted with; known values are counted, never shown. */
  printConfig(path: string, rel: (p: string) => string): string {
    const { settings, files } = this.entry(path);
    const rules = Object.fromEntries(RULES.map(r => [r.id, settings.rules[r.id] ?? r.defaultSeverity]));
    const doc = {
      path: rel(path),
      configFiles: files.map(rel),
      settings: {
        enable: settings.enable,
        serverVersion: settings.serverVersion ?? 'auto',
        minSecretBytes: settings.minSecretBytes,
        knownValues: { count: settings.knownValues.length },
        clusters: settings.clusters,
        include: settings.include,
        exclude: settings.exclude,
        ...(settings.helmValueFiles.length || settings.helmSet.length || settings.helmSetString.length ? { helm: {
          valueFiles: settings.helmValueFiles.map(rel),
          // the keys each flag sets; values stay out of the output (they may be secrets)
          ...(settings.helmSet.length ? { set: settings.helmSet.map(a => shownSet(a, false)) } : {}),
          ...(settings.helmSetString.length ? { setString: settings.helmSetString.map(a => shownSet(a, true)) } : {}),
        } } : {}),
        rules,
      },
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
  }
}

/** A `--set` argument as --print-config shows it: the keys it sets, each `key=…` (values may be secrets). */
function shownSet(arg: string, asString: boolean): string {
  const keys = helmSetKeys(arg, asString);
  return keys.filter(k => !keys.some(x => x.startsWith(`${k}.`))).map(k => `${k}=…`).join(',');
}

/** A config problem as one line: `file:line:col: path: message` (1-based). */
export function formatConfigProblem(p: ConfigProblem, rel: (p: string) => string): string {
  const text = readConfig(p.path) ?? '';
  let line = 1;
  let col = 1;
  for (let i = 0; i < p.span.start && i < text.length; i++) {
    if (text[i] === '\n') { line++; col = 1; } else col++;
  }
  return `${rel(p.path)}:${line}:${col}: ${p.jsonPath ? `${p.jsonPath}: ` : ''}${p.message}`;
}

const isCandidate = (p: string) => classify(p) !== 'unknown' || /\.ya?ml$/i.test(p);

/**
 * The files a named file's cluster needs (SPEC §7), for runs on a few changed files (pre-commit, an editor's save
 * hook): the files beside it (its compose project with override files and .env, its cluster.conf); for a properties
 * file or cluster.conf, every `application*.properties` and `cluster.conf` under the working directory (members are
 * grouped by equal cluster.conf lists, or by workspace folder, anywhere in the tree); and the files of any `clusters`
 * entry it belongs to. Reports more than the cluster at worst, never less.
 */
export function clusterContext(named: string[], project: CliProject, cwd: string, rel: (p: string) => string): string[] {
  const out = new Set<string>();
  let walk: string[] | undefined;
  const tree = () => (walk ??= collectFiles([cwd], () => undefined));
  for (const f of named) {
    const dir = dirname(f);
    let names: string[] = [];
    try { names = readdirSync(dir); } catch { /* reported for the file itself */ }
    for (const n of names.sort()) {
      const p = toPosix(join(dir, n));
      if (p !== f && isCandidate(p)) out.add(p);
    }
    const name = basename(f);
    if (name === 'cluster.conf' || name.endsWith('.properties')) {
      for (const p of tree()) if (/(^|\/)(application[^/]*\.properties|cluster\.conf)$/.test(p)) out.add(p);
    }
    const r = rel(f);
    for (const c of project.settingsFor(f).clusters) {
      const files = c.include.map(g => g.split('#')[0]);
      if (!files.some(g => fileSelected(r, { include: [g], exclude: [] }))) continue;
      for (const p of tree()) if (files.some(g => fileSelected(rel(p), { include: [g], exclude: [] }))) out.add(p);
    }
  }
  for (const f of named) out.delete(f);
  return [...out].filter(p => project.selected(p, rel(p), false)).sort();
}
