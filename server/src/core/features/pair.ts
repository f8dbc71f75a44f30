// The palette's "Generate Secure Identity Pair" where the cursor is in a node that already has a pair: the pair is
// replaced for the whole cluster (the same edit as the quick fix), never appended next to the old keys.
import type { AnalysisResult } from '../model/analysis';
import type { Cluster, NacosNode } from '../model/node';
import type { FixEnv } from '../fixes/types';
import type { Fix } from '../types';
import { identityKey, identityValue, pairFixes } from '../rules/util';

/** The node the cursor at `offset` of `path` belongs to: the properties file, the compose service, an env file's reader. */
export function nodeAt(result: AnalysisResult, path: string, offset: number): NacosNode | undefined {
  const own = result.nodes.filter(n => n.path === path);
  const props = own.find(n => n.kind === 'properties');
  if (props) return props;
  const services = own.filter(n => n.kind === 'compose-service' && n.anchor.start <= offset).sort((a, b) => b.anchor.start - a.anchor.start);
  if (services.length) return services[0];
  return result.nodes.filter(n => n.inputs.includes(path)).sort((a, b) => a.id.localeCompare(b.id))[0];
}

/** The preferred cluster-wide pair fix for the node at the cursor, when it already writes a key or a value. */
export function replacePairFix(result: AnalysisResult, read: (path: string) => string | undefined, path: string, offset: number): Fix | undefined {
  const node = nodeAt(result, path, offset);
  if (!node || (!identityKey(node).written && !identityValue(node).written)) return undefined;
  const clusterOf = new Map<NacosNode, Cluster>();
  for (const c of result.clusters) for (const n of c.nodes) clusterOf.set(n, c);
  const env: FixEnv = { file: p => result.parsed.get(p), read, clusters: result.clusters, clusterOf: n => clusterOf.get(n) };
  const fixes = pairFixes(env, [node]);
  return fixes.find(f => f.isPreferred) ?? fixes[0];
}
