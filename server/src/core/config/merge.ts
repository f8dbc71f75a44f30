// Precedence (one order for editor and CLI): configuration file > workspace settings > user settings > defaults.
// VS Code already merges workspace over user settings; the server passes that raw object as `base`. The CLI has no
// settings and puts its flags (--rule, --server-version) over the file: mergeSettings(mergeSettings({}, file), flags).
import type { ConfigPatch } from './load';

/**
 * `patch` over `base` (both in the raw shape `normalizeSettings` reads): scalars and lists are replaced, `rules`
 * merge per rule id, and `knownValues` and `clusters` accumulate — a project file never hides values the user marked
 * as published or clusters the user declared.
 */
export function mergeSettings(base: unknown, patch: ConfigPatch): Record<string, unknown> {
  const b = (base && typeof base === 'object' && !Array.isArray(base) ? base : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = { ...b };
  for (const [key, value] of Object.entries(patch) as [keyof ConfigPatch, unknown][]) {
    if (value === undefined) continue;
    if (key === 'rules') {
      const br = b.rules && typeof b.rules === 'object' && !Array.isArray(b.rules) ? b.rules as Record<string, unknown> : {};
      out.rules = { ...br, ...(value as Record<string, unknown>) };
    } else if (key === 'knownValues') {
      const prev = Array.isArray(b.knownValues) ? b.knownValues.filter((x): x is string => typeof x === 'string') : [];
      // Nothing to merge: the same array (the known-value index is built once per array).
      out.knownValues = prev.length ? [...new Set([...prev, ...(value as string[])])] : value;
    } else if (key === 'clusters') {
      const mine = value as { name: string }[];
      const prev = Array.isArray(b.clusters) ? b.clusters.filter(c => !(c && typeof c === 'object' && mine.some(m => m.name === (c as { name?: unknown }).name))) : [];
      out.clusters = [...mine, ...prev];
    } else if (key === 'helm') {
      const bh = b.helm && typeof b.helm === 'object' ? b.helm as Record<string, unknown> : {};
      out.helm = { ...bh, ...(value as object) };
    } else {
      out[key] = value;
    }
  }
  return out;
}
