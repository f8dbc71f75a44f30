import type { ClusterSetting } from '../settings';
import { matchesAny } from '../util/glob';
import type { Cluster, NacosNode } from './node';

/**
 * SPEC §7: the `clusters` setting first; then compose projects (split by NACOS_SERVERS), same cluster.conf member
 * lists, the properties nodes of one workspace folder; a standalone node is alone. Linear in the node count.
 */
export function groupClusters(nodes: NacosNode[], explicit: ClusterSetting[], relPath: (p: string) => string): Cluster[] {
  const byKey = new Map<string, Cluster>();
  const out: Cluster[] = [];
  const add = (id: string, name: string, kind: Cluster['kind'], node: NacosNode) => {
    let c = byKey.get(id);
    if (!c) { c = { id, name, kind, nodes: [] }; byKey.set(id, c); out.push(c); }
    c.nodes.push(node);
  };
  for (const node of nodes) {
    const rel = relPath(node.path);
    const ex = explicit.find(c => matchesAny(rel, c.include) || (node.service !== undefined && matchesAny(`${rel}#${node.service}`, c.include)));
    if (ex) { add(`setting:${ex.name}`, ex.name, 'setting', node); continue; }
    if (node.standalone) { add(`standalone:${node.id}`, node.service ? `${rel}#${node.service}` : rel, 'standalone', node); continue; }
    const h = node.clusterHint;
    const name = h.name ?? (h.kind === 'compose' ? relPath(h.key.split('\u0000')[0]) : h.kind === 'folder' ? (h.key.slice(h.key.lastIndexOf('/') + 1) || '/') : `cluster.conf [${h.key.split('\u0000')[0].split(',').slice(0, 3).join(', ')}]`);
    add(`${h.kind}:${h.key}`, name, h.kind, node);
  }
  return out;
}
