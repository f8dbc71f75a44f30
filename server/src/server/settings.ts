import type { Connection } from 'vscode-languageserver';
import { normalizeSettings, type LintSettings } from '../core';

/**
 * Settings pulled per resource (`workspace/configuration` with a scopeUri), normalised once, cached until
 * `didChangeConfiguration` (vscode-eslint style). Clients without the pull model get the pushed settings.
 */
/** How long a `workspace/configuration` request may stay unanswered before the defaults are used (issue 20). */
export const CONFIGURATION_TIMEOUT_MS = 5000;

export interface SettingsOptions {
  timeoutMs?: number;
  /** A late answer replaced the defaults used meanwhile: analyse again. */
  onLateAnswer?: () => void;
}

export class SettingsStore {
  private readonly cache = new Map<string, LintSettings>();
  /** The raw values behind `cache` (the project configuration file is merged over them: projectConfig.ts). */
  private readonly raws = new Map<string, unknown>();
  /** Requests on their way, by scope (a hover and an analysis asking together send one). */
  private readonly pending = new Map<string, Promise<void>>();
  /** Bumped by `invalidate`: an answer to a request sent before it is stale. */
  private epoch = 0;
  private pushed: unknown = undefined;

  constructor(
    private readonly connection: Connection, private readonly canPull: boolean, private readonly locale: string | undefined,
    private readonly options: SettingsOptions = {},
  ) {}

  invalidate(pushed?: unknown): void {
    this.cache.clear();
    this.raws.clear();
    this.pending.clear();
    this.epoch++;
    if (pushed !== undefined) this.pushed = pushed;
  }

  /**
   * Fetches the settings for these scope URIs in one request (missing ones only). A client that does not answer
   * within the timeout gets the defaults (said once in the log and the trace); its answer, when it comes, replaces
   * them and `onLateAnswer` re-runs the analysis.
   */
  async prefetch(scopeUris: string[]): Promise<void> {
    const wanted = [...new Set(scopeUris)].filter(u => !this.cache.has(u));
    const missing = wanted.filter(u => !this.pending.has(u));
    if (missing.length && !this.canPull) {
      const s = normalizeSettings(this.pushed, this.locale);
      for (const u of missing) { this.cache.set(u, s); this.raws.set(u, this.pushed); }
    } else if (missing.length) {
      const request = this.request(missing);
      for (const u of missing) this.pending.set(u, request);
    }
    await Promise.all(wanted.map(u => this.pending.get(u)));
  }

  private async request(scopes: string[]): Promise<void> {
    const epoch = this.epoch;
    const store = (values: unknown[]) => {
      scopes.forEach((u, i) => { this.cache.set(u, normalizeSettings(values[i], this.locale)); this.raws.set(u, values[i]); });
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const answer = this.connection.workspace.getConfiguration(scopes.map(scopeUri => ({ scopeUri, section: 'nacosAuthLint' })))
      // A failed request (an error answer, a closed connection) is null: the defaults, and no late answer to apply.
      .then(v => (Array.isArray(v) ? v : []), () => null);
    const timeoutMs = this.options.timeoutMs ?? CONFIGURATION_TIMEOUT_MS;
    const values = await Promise.race([answer, new Promise<undefined>(r => { timer = setTimeout(() => r(undefined), timeoutMs); })]);
    clearTimeout(timer);
    if (epoch !== this.epoch) return;
    for (const u of scopes) this.pending.delete(u);
    if (values !== undefined) { store(values ?? []); return; }
    const message = `workspace/configuration: no answer within ${timeoutMs} ms; using the default settings until the client answers`;
    this.connection.console.warn(message);
    this.connection.tracer.log(message);
    store([]);
    void answer.then(late => {
      if (!late || epoch !== this.epoch) return;
      store(late);
      this.connection.console.info('workspace/configuration: the late answer replaced the defaults');
      this.options.onLateAnswer?.();
    });
  }

  /** The editor's settings for a scope as VS Code sent them (workspace over user), before normalisation. */
  raw(scopeUri: string): unknown {
    return this.raws.has(scopeUri) ? this.raws.get(scopeUri) : this.pushed;
  }

  get(scopeUri: string): LintSettings {
    return this.cache.get(scopeUri) ?? normalizeSettings(this.pushed, this.locale);
  }
}
