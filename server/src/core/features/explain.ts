import type { Cluster, NacosNode } from '../model/node';
import { SECRET_PROPERTIES, TRACKED_KEYS } from '../nacos/keys';
import { lineIndexFor } from '../util/positions';
import { mask } from '../util/mask';

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
  serverVersion: { value: string; from: string; detail: string };
  settings: Record<string, ExplainedSetting>;
}


/** SPEC §5 `nodes`: each node's effective auth settings with provenance; secrets masked unless asked. */
export function explainNodes(nodes: NacosNode[], clusters: Cluster[], rel: (p: string) => string, read: (p: string) => string | undefined, showSecrets = false): ExplainedNode[] {
  const clusterOf = new Map<NacosNode, string>();
  for (const c of clusters) for (const n of c.nodes) clusterOf.set(n, c.name);
  return nodes.map(n => {
    const settings: Record<string, ExplainedSetting> = {};
    for (const key of TRACKED_KEYS) {
      const s = n.settings.get(key);
      if (!s) continue;
      const raw = s.value ?? '';
      // Unknown: set where the workspace cannot see (the reason names places and objects, never a value).
      const value = s.value === undefined ? (s.unknown ? '(unknown)' : '(unresolved)') : showSecrets || !SECRET_PROPERTIES.has(key) ? raw : mask(raw);
      const e: ExplainedSetting = { value, via: s.unknown ? `${s.via}; not known here: ${s.unknown}` : s.via };
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
      serverVersion: { value: n.version.version.text, from: n.version.from, detail: n.version.detail },
      settings,
    };
  });
}
