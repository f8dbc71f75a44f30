import type { Rule } from './types';
import { clusterMismatch, copyPairFix, identityKey, identityValue, msg, pairFixes } from './util';
import type { Fix } from '../types';
import { describeDifference, differenceWords } from '../model/difference';

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
    mismatch: msg('Requests between {node} and {others} fail with 403: the identity {difference}. Give every member the same pair (quick fix).',
      '{node} 与 {others} 之间的请求会返回 403：身份标识{difference}。请让所有成员使用同一对身份标识（快速修复）。'),
    other: msg('{node} uses the pair the other members share', '{node} 使用其他成员共用的身份标识'),
  },
  checkCluster(ctx) {
    clusterMismatch(ctx, node => {
      if (identityKey(node).unknown || identityValue(node).unknown) return undefined;
      const k = identityKey(node).value ?? '';
      const v = identityValue(node).value ?? '';
      return { key: `${k}\u0000${v}`, setting: identityValue(node).written ? identityValue(node) : identityKey(node) };
    }, (mine, theirs) => {
      const [mk, tk] = [identityKey(mine.node).value ?? '', identityKey(theirs.node).value ?? ''];
      const part = mk !== tk ? { en: 'key', 'zh-cn': ' key ' } : { en: 'value', 'zh-cn': ' value ' };
      const d = differenceWords(mk !== tk ? describeDifference(mk, tk) : describeDifference(identityValue(mine.node).value ?? '', identityValue(theirs.node).value ?? ''));
      return { en: `${part.en} differs (${d.en})`, 'zh-cn': `${part['zh-cn']}不同（${d['zh-cn']}）` };
    }, (members, label) => {
      const copy = copyPairFix(ctx.fixEnv, members[0], label, ctx.settings);
      return [...pairFixes(ctx.fixEnv, members), ...(copy ? [copy] : [])] as Fix[];
    });
  },
};
