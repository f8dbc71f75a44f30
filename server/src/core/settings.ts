import type { SeveritySetting } from './types';

export type Locale = 'en' | 'zh-cn';

export interface ClusterSetting {
  name: string;
  include: string[];
}

/** A version the project configuration sets for some files (`overrides[].serverVersion`) or a cluster (`clusters[].serverVersion`). */
export interface ScopedServerVersion {
  version: string;
  scope: 'path' | 'cluster';
  /** The cluster's name, or the override's globs. */
  name: string;
}

/** Settings after normalisation: every field present, every value valid (vscode-eslint `settings.ts` style). */
export interface LintSettings {
  enable: boolean;
  rules: Record<string, SeveritySetting>;
  /** The global version (`--server-version`, `nacosAuthLint.serverVersion`, the configuration file's top level). */
  serverVersion: string | undefined;
  /** A version set for this file's cluster or path; it ranks above the global one (issue 14 item 2). */
  scopedServerVersion: ScopedServerVersion | undefined;
  /** The upgrade check (`--target-version`): every node taken to run this version, image tags included. */
  targetVersion: string | undefined;
  clusters: ClusterSetting[];
  knownValues: string[];
  minSecretBytes: number;
  include: string[];
  exclude: string[];
  locale: Locale;
  /** Helm values files applied after a chart's values.yaml, in order, like `helm -f`: absolute paths (the project
   *  configuration's `helm.valueFiles`, resolved against its file) or globs relative to the workspace folder (the
   *  editor setting `nacosAuthLint.helm.valueFiles`; helm/source.ts expands them). */
  helmValueFiles: string[];
  /** `--set` / `--set-string` arguments applied to every chart, after the values files (the CLI's flags). */
  helmSet: string[];
  helmSetString: string[];
}

export const DEFAULT_SETTINGS: LintSettings = Object.freeze({
  enable: true,
  rules: {},
  serverVersion: undefined,
  scopedServerVersion: undefined,
  targetVersion: undefined,
  clusters: [],
  knownValues: [],
  minSecretBytes: 32,
  include: [],
  exclude: [],
  locale: 'en',
  helmValueFiles: [],
  helmSet: [],
  helmSetString: [],
}) as LintSettings;

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Non-empty strings; an array that already is one is kept (so its known-value index is shared). */
function knownValues(v: unknown): string[] {
  if (Array.isArray(v) && v.every(x => typeof x === 'string' && x.length > 0)) return v as string[];
  return strings(v).filter(x => x.length > 0);
}

export function normalizeLocale(v: unknown): Locale {
  return typeof v === 'string' && /^zh(-cn|-hans|$)/i.test(v) ? 'zh-cn' : 'en';
}

/** Normalises raw settings (from VS Code, a CLI flag or a test) once; unknown or invalid entries fall back to defaults. */
export function normalizeSettings(raw: unknown, locale?: string): LintSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, SeveritySetting> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [id, sev] of Object.entries(r.rules as Record<string, unknown>)) {
      const s = typeof sev === 'string' ? sev.toLowerCase() : '';
      if (SEVERITIES.has(s)) rules[id] = s as SeveritySetting;
      else if (s === 'information' || s === 'hint') rules[id] = 'info';
    }
  }
  const clusters: ClusterSetting[] = Array.isArray(r.clusters)
    ? r.clusters.flatMap(c => (c && typeof c === 'object' && typeof (c as ClusterSetting).name === 'string'
      ? [{ name: (c as ClusterSetting).name, include: strings((c as ClusterSetting).include) }] : []))
    : [];
  const min = typeof r.minSecretBytes === 'number' && Number.isFinite(r.minSecretBytes) && r.minSecretBytes > 0
    ? Math.floor(r.minSecretBytes) : DEFAULT_SETTINGS.minSecretBytes;
  const sv = typeof r.serverVersion === 'string' && r.serverVersion.trim() && r.serverVersion.trim() !== 'auto'
    ? r.serverVersion.trim() : undefined;
  const sc = r.scopedServerVersion as Partial<ScopedServerVersion> | undefined;
  const scoped = sc && typeof sc === 'object' && typeof sc.version === 'string' && sc.version.trim() && sc.version.trim() !== 'auto'
    && (sc.scope === 'path' || sc.scope === 'cluster') && typeof sc.name === 'string'
    ? { version: sc.version.trim(), scope: sc.scope, name: sc.name } : undefined;
  return {
    enable: r.enable !== false,
    rules,
    serverVersion: sv,
    scopedServerVersion: scoped,
    targetVersion: typeof r.targetVersion === 'string' && r.targetVersion.trim() ? r.targetVersion.trim() : undefined,
    clusters,
    knownValues: knownValues(r.knownValues),
    minSecretBytes: min,
    include: strings(r.include),
    exclude: strings(r.exclude),
    locale: normalizeLocale(locale ?? r.locale),
    helmValueFiles: r.helm && typeof r.helm === 'object' ? strings((r.helm as { valueFiles?: unknown }).valueFiles) : [],
    helmSet: r.helm && typeof r.helm === 'object' ? strings((r.helm as { set?: unknown }).set) : [],
    helmSetString: r.helm && typeof r.helm === 'object' ? strings((r.helm as { setString?: unknown }).setString) : [],
  };
}
