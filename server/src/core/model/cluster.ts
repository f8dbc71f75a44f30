import type { ClusterSetting } from '../settings';
import { matchesAny } from '../util/glob';
import type { Cluster, NacosNode } from './node';

/**
 * SPEC §7, clusters only from evidence (issue 14 item 1): the `clusters` setting first; then one compose project (split
 * by NACOS_SERVERS) and equal cluster.conf member lists. A standalone node is alone, and so is a node with no such
 * evidence: two unrelated trees, or two paths given to the CLI, are not a cluster. Linear in the node count.
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
    // A Kustomize overlay's workload is written in its base: the overlay's folder (its kustomization) names it too.
    const root = node.k8s?.workload.source === 'kustomize' ? node.k8s.workload.root : undefined;
    const overlay = root === undefined ? [] : [relPath(root), `${relPath(root)}/kustomization.yaml`];
    const ex = explicit.find(c => matchesAny(rel, c.include) || (node.service !== undefined && matchesAny(`${rel}#${node.service}`, c.include))
      || overlay.some(p => matchesAny(p, c.include)));
    if (ex) { add(`setting:${ex.name}`, ex.name, 'setting', node); continue; }
    if (node.standalone) { add(`standalone:${node.id}`, node.service ? `${rel}#${node.service}` : rel, 'standalone', node); continue; }
    const h = node.clusterHint;
    if (h.kind === 'none') { add(`single:${node.id}`, node.service ? `${rel}#${node.service}` : rel, 'single', node); continue; }
    const name = h.name ?? (h.kind === 'compose' ? relPath(h.key.split('\u0000')[0]) : `cluster.conf [${h.key.split('\u0000')[0].split(',').slice(0, 3).join(', ')}]`);
    add(`${h.kind}:${h.key}`, name, h.kind, node);
  }
  return out;
}
