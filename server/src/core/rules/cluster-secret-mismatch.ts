import type { Rule } from './types';
import { clusterMismatch } from './util';
import { decodeSecret, decoderFor } from '../nacos/decoders';
import { fingerprint } from '../util/mask';
import { copySecretFix, msg, secret, secretFixes } from './util';
import type { Fix } from '../types';

export const rule: Rule = {
  id: 'cluster-secret-mismatch',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('Members of one cluster sign tokens with different key bytes (after each version decodes its secret): a token issued by one node fails on the others with "Invalid signature" / 403 invalid token. The same text decodes differently on 2.2.1–2.2.4 and on other versions.',
      '同一集群的成员使用不同的密钥字节签名 token（按各自版本解码后）：一个节点签发的 token 在其他节点上校验失败（"Invalid signature" / 403 invalid token）。同一文本在 2.2.1–2.2.4 与其他版本上的解码结果不同。'),
    versions: 'all',
  },
  messages: {
    mismatch: msg('Token secret of {node} decodes to other key bytes (fingerprint {mine}) than {others} in cluster {cluster}; tokens issued by one node are rejected by the others ("Invalid signature").',
      '{node} 的 token 密钥解码后的字节（指纹 {mine}）与集群 {cluster} 中的 {others} 不同；一个节点签发的 token 会被其他节点拒绝（"Invalid signature"）。'),
    other: msg('{node} uses fingerprint {theirs}', '{node} 使用指纹 {theirs}'),
  },
  checkCluster(ctx) {
    clusterMismatch(ctx, node => {
      const s = secret(node);
      if (s.unknown) return undefined;
      if (!s.value) return { value: 'none', setting: s };
      const r = decodeSecret(s.value, decoderFor(node.version.version));
      return { value: r.bytes ? fingerprint(r.bytes) : `invalid:${fingerprint(s.value)}`, setting: s };
    }, false, (members, label) => {
      const copy = copySecretFix(ctx.fixEnv, members[0], label, ctx.settings);
      return [...secretFixes(ctx.fixEnv, members), ...(copy ? [copy] : [])] as Fix[];
    });
  },
};
