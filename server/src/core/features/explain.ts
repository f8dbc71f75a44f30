import type { NacosNode } from '../model/node';
import type { AnalysisResult } from '../model/analysis';
import { SECRET_PROPERTIES, TRACKED_KEYS } from '../nacos/keys';
import { lineIndexFor } from '../util/positions';
import { mask } from '../util/mask';
import { versionText } from '../nacos/versions';

export interface ExplainedSetting {
  value: string;
  path?: string;
  line?: number;
  via: string;
}

export interface ExplainedNode {
  id: string;
  kind: NacosNode['kind'];
  path: string;
  service?: string;
  cluster: string;
  serverVersion: { value: string; readAt?: string; from: string; detail: string };
  settings: Record<string, ExplainedSetting>;
}


/**
 * SPEC §5 `nodes`: each node's effective auth settings with provenance; secrets masked unless asked. Every text goes
 * through the analysis's secrets (a switch set from a secret variable shows masked too).
 */
export function explainNodes(
  result: Pick<AnalysisResult, 'nodes' | 'clusters' | 'secrets'>, rel: (p: string) => string, read: (p: string) => string | undefined, showSecrets = false,
): ExplainedNode[] {
  const { nodes, clusters } = result;
  const shown = (text: string) => (showSecrets ? text : result.secrets.redact(text));
  const clusterOf = new Map<NacosNode, string>();
  for (const c of clusters) for (const n of c.nodes) clusterOf.set(n, c.name);
  return nodes.map(n => {
    const settings: Record<string, ExplainedSetting> = {};
    for (const key of TRACKED_KEYS) {
      const s = n.settings.get(key);
      if (!s) continue;
      const raw = s.value ?? '';
      const value = s.value === undefined ? (s.unknown ? '(unknown)' : '(unresolved)') : showSecrets || !SECRET_PROPERTIES.has(key) ? shown(raw) : mask(raw);
      // An unknown value says why (names only: a reason never holds a value).
      const e: ExplainedSetting = { value, via: shown(s.unknown ? `${s.via}; not known here: ${s.unknown}` : s.via) };
      if (s.provenance) {
        e.path = rel(s.provenance.path);
        const text = read(s.provenance.path);
        if (text !== undefined) e.line = lineIndexFor(s.provenance.path, text).position(s.provenance.span.start).line + 1;
      }
      settings[key] = e;
    }
    return {
      id: n.service ? `${rel(n.path)}#${n.service}` : rel(n.path),
      kind: n.kind,
      path: rel(n.path),
      ...(n.service ? { service: n.service } : {}),
      cluster: clusterOf.get(n) ?? '',
      // The version's evidence quotes lines (a key written as `key\\=value` among them).
      serverVersion: { value: shown(versionText(n.version)), ...(n.version.range ? { readAt: n.version.version.text } : {}), from: shown(n.version.from), detail: shown(n.version.detail) },
      settings,
    };
  });
}
