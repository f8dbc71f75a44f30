import type { Connection } from 'vscode-languageserver';
import { normalizeSettings, type LintSettings } from '../core';

/**
 * Settings pulled per resource (`workspace/configuration` with a scopeUri), normalised once, cached until
 * `didChangeConfiguration` (vscode-eslint style). Clients without the pull model get the pushed settings.
 */
export class SettingsStore {
  private readonly cache = new Map<string, LintSettings>();
  /** The raw values behind `cache` (the project configuration file is merged over them: projectConfig.ts). */
  private readonly raws = new Map<string, unknown>();
  private pushed: unknown = undefined;

  constructor(private readonly connection: Connection, private readonly canPull: boolean, private readonly locale: string | undefined) {}

  invalidate(pushed?: unknown): void {
    this.cache.clear();
    this.raws.clear();
    if (pushed !== undefined) this.pushed = pushed;
  }

  /** Fetches the settings for these scope URIs in one request (missing ones only). */
  async prefetch(scopeUris: string[]): Promise<void> {
    const missing = [...new Set(scopeUris)].filter(u => !this.cache.has(u));
    if (!missing.length) return;
    if (!this.canPull) {
      const s = normalizeSettings(this.pushed, this.locale);
      for (const u of missing) { this.cache.set(u, s); this.raws.set(u, this.pushed); }
      return;
    }
    let values: unknown[] = [];
    try {
      values = await this.connection.workspace.getConfiguration(missing.map(scopeUri => ({ scopeUri, section: 'nacosAuthLint' })));
    } catch {
      values = [];
    }
    missing.forEach((u, i) => { this.cache.set(u, normalizeSettings(values[i], this.locale)); this.raws.set(u, values[i]); });
  }

  /** The editor's settings for a scope as VS Code sent them (workspace over user), before normalisation. */
  raw(scopeUri: string): unknown {
    return this.raws.has(scopeUri) ? this.raws.get(scopeUri) : this.pushed;
  }

  get(scopeUri: string): LintSettings {
    return this.cache.get(scopeUri) ?? normalizeSettings(this.pushed, this.locale);
  }
}
