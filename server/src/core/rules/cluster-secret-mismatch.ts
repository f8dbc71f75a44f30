import type { Rule } from './types';
import { clusterMismatch, copySecretFix, decodedSecret, msg, secret, secretFixes } from './util';
import { decodeSecret, decoderFor } from '../nacos/decoders';
import type { Fix } from '../types';
import { describeDifference, differenceWords } from '../model/difference';
import type { NacosNode } from '../model/node';

const bytesOf = (node: NacosNode) => (text: string) => decodeSecret(text, decoderFor(node.version.version)).bytes?.length;

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
    mismatch: msg('Tokens issued by {others} are rejected by {node} and the other way round ("Invalid signature"): the token secret differs ({difference}). Use one secret on every member (quick fix).',
      '{others} 签发的 token 会被 {node} 拒绝，反之亦然（"Invalid signature"）：token 密钥不同（{difference}）。请让所有成员使用同一个密钥（快速修复）。'),
    other: msg('{node} signs with the key the other members share', '{node} 使用其他成员共用的密钥签名'),
  },
  checkCluster(ctx) {
    clusterMismatch(ctx, node => {
      const s = secret(node);
      if (s.unknown) return undefined;
      if (!s.value) return { key: 'none', setting: s };
      const r = decodedSecret(ctx.fixEnv, s.value, node);
      // Equal key bytes sign alike whatever the text; an undecodable text is compared as text.
      return { key: r.bytes ? `b:${Array.from(r.bytes).join(',')}` : `t:${s.value}`, setting: s };
    }, (mine, theirs) => differenceWords(describeDifference(secret(mine.node).value ?? '', secret(theirs.node).value ?? '', bytesOf(mine.node))), (members, label) => {
      const copy = copySecretFix(ctx.fixEnv, members[0], label, ctx.settings);
      return [...secretFixes(ctx.fixEnv, members), ...(copy ? [copy] : [])] as Fix[];
    });
  },
};
