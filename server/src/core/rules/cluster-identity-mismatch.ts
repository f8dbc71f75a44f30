import type { Rule } from './types';
import { clusterMismatch } from './util';
import { copyPairFix, identityKey, identityValue, msg, pairFixes } from './util';
import type { Fix } from '../types';
import { fingerprint } from '../util/mask';

export const rule: Rule = {
  id: 'cluster-identity-mismatch',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('Members of one cluster use different identity keys or values: requests between them are treated as anonymous, so cluster reports, config and naming sync get 403.',
      '同一集群的成员使用了不同的身份标识 key 或 value：它们之间的请求被视为匿名请求，集群上报、配置和服务同步会返回 403。'),
    versions: 'all (3.x: inner gRPC APIs always)',
  },
  messages: {
    mismatch: msg('Identity pair of {node} (fingerprint {mine}) differs from {others} in cluster {cluster}; requests between these nodes fail with 403.',
      '{node} 的身份标识（指纹 {mine}）与集群 {cluster} 中的 {others} 不同；这些节点之间的请求会返回 403。'),
    other: msg('{node} uses fingerprint {theirs}', '{node} 使用指纹 {theirs}'),
  },
  checkCluster(ctx) {
    clusterMismatch(ctx, node => {
      if (identityKey(node).unknown || identityValue(node).unknown) return undefined;
      const k = identityKey(node).value ?? '';
      const v = identityValue(node).value ?? '';
      return { value: fingerprint(`${k}\u0000${v}`), setting: identityValue(node).written ? identityValue(node) : identityKey(node) };
    }, false, (members, label) => {
      const copy = copyPairFix(ctx.fixEnv, members[0], label, ctx.settings);
      return [...pairFixes(ctx.fixEnv, members), ...(copy ? [copy] : [])] as Fix[];
    });
  },
};
