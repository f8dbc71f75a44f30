// The project configuration file (`.nacos-auth-lint.json`, or package.json's `nacosAuthLint` key) in the language
// server: the same loader and merge as the CLI (core/config), so the editor and CI give the same verdicts. Precedence:
// the file > workspace settings > user settings > defaults (VS Code hands us workspace-over-user already merged).
import {
  CONFIG_FILE_NAME, ConfigResolver, mergeSettings, normalizeSettings, RULES,
  type ConfigProblem, type LintSettings,
} from '../core';

export class ProjectConfig {
  private readonly resolvers = new Map<string, ConfigResolver>();
  /** By the editor's raw settings object, then by path. */
  private readonly cache = new Map<unknown, Map<string, LintSettings>>();
  /** By the editor's raw settings object, then by a chain of configuration files that gives every path the same. */
  private readonly byChain = new Map<unknown, Map<readonly unknown[], LintSettings>>();
  private cached = 0;
  private clusters: LintSettings['clusters'] | undefined;

  constructor(
    private readonly read: (path: string) => string | undefined,
    /** The workspace folder that holds a path (globs in a configuration file are rebased onto it). */
    private readonly rootFor: (path: string) => string,
    private readonly locale: string | undefined,
  ) {}

  /** A change to a configuration file (or a settings change): read them again. */
  forget(): void {
    this.resolvers.clear();
    this.cache.clear();
    this.byChain.clear();
    this.cached = 0;
    this.clusters = undefined;
  }

  static isConfigFile(path: string): boolean {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return name === CONFIG_FILE_NAME || name === 'package.json';
  }

  private resolver(path: string): ConfigResolver {
    const root = this.rootFor(path);
    let r = this.resolvers.get(root);
    if (!r) { r = new ConfigResolver(this.read, { root, ruleIds: RULES.map(x => x.id) }); this.resolvers.set(root, r); }
    return r;
  }

  /**
   * Reads the configuration of these files first, so that every file sees every `clusters` entry (the core groups
   * nodes across the workspace with one node's settings), as the CLI does.
   */
  prepare(paths: Iterable<string>): void {
    const seen = new Set<string>();
    const all: LintSettings['clusters'] = [];
    // A chain that gives every path the same patch is read once (10,000 files, a handful of chains).
    const chains = new Set<readonly unknown[]>();
    for (const p of paths) {
      const resolver = this.resolver(p);
      const chain = resolver.sharedChain(p);
      if (chain) { if (chains.has(chain)) continue; chains.add(chain); }
      for (const c of resolver.loadFor(p).patch.clusters ?? []) {
        const key = `${c.name}\u0000${c.include.join('\u0000')}`;
        if (!seen.has(key)) { seen.add(key); all.push(c); }
      }
    }
    this.clusters = all.length ? all : undefined;
    this.cache.clear();
    this.byChain.clear();
    this.cached = 0;
  }

  /** The settings for a file: its configuration files merged over the editor's raw settings for its scope. */
  settingsFor(path: string, editorRaw: unknown): LintSettings {
    // Keyed by the raw object itself (the settings store keeps one per scope until a change): serialising it per
    // call cost a megabyte of JSON per look-up with 100,000 knownValues (issue 20).
    let byPath = this.cache.get(editorRaw);
    if (!byPath) { byPath = new Map(); this.cache.set(editorRaw, byPath); }
    const hit = byPath.get(path);
    if (hit) return hit;
    const resolver = this.resolver(path);
    // Paths whose configuration files say the same whatever the path share one settings object (a workspace of
    // 10,000 files usually has a handful).
    const chain = resolver.sharedChain(path);
    let byChain = this.byChain.get(editorRaw);
    if (!byChain) { byChain = new Map(); this.byChain.set(editorRaw, byChain); }
    let s = chain && byChain.get(chain);
    if (!s) {
      const patch = resolver.loadFor(path).patch;
      const raw = mergeSettings((editorRaw && typeof editorRaw === 'object' ? { ...editorRaw } : {}) as Record<string, unknown>, patch);
      if (this.clusters) raw.clusters = this.clusters;
      s = normalizeSettings(raw, this.locale);
      if (chain) byChain.set(chain, s);
    }
    if (++this.cached > 20_000) { this.cache.clear(); this.byChain.clear(); this.cached = 0; byPath = new Map(); this.cache.set(editorRaw, byPath); }
    byPath.set(path, s);
    return s;
  }

  /** Problems in the configuration files read so far, by file. */
  problems(): Map<string, ConfigProblem[]> {
    const out = new Map<string, ConfigProblem[]>();
    for (const r of this.resolvers.values()) {
      for (const f of r.loaded()) {
        const list = out.get(f.path) ?? [];
        list.push(...f.problems);
        out.set(f.path, list);
      }
    }
    return out;
  }
}
