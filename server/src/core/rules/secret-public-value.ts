import type { Rule } from './types';
import { decodeSecret, decoderFor } from '../nacos/decoders';
import { isPublicSecret } from '../nacos/knownValues';
import { at, generateSecretFixes, msg, secret } from './util';

export const rule: Rule = {
  id: 'secret-public-value',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('The token secret (or what it decodes to) is a published key: anyone can forge login tokens for any user, including nacos.',
      'token 密钥（或其解码结果）是公开的密钥：任何人都可以为任意用户（包括 nacos）伪造登录 token。'),
    versions: 'all',
  },
  messages: {
    published: msg('This token secret is published ({source}): anyone can forge valid login tokens (NVDB-CNVDB-2023674205).',
      '该 token 密钥已公开（{source}）：任何人都可以伪造有效的登录 token（NVDB-CNVDB-2023674205）。'),
    default: msg('No token secret is set, so the public default embedded in nacos-server {version} applies ({source}): anyone can forge valid login tokens.',
      '未设置 token 密钥，将使用 nacos-server {version} 内置的公开默认值（{source}）：任何人都可以伪造有效的登录 token。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const s = secret(node);
    if (!s.value) return;
    const r = decodeSecret(s.value, decoderFor(node.version.version));
    const hit = isPublicSecret(s.value, r.bytes, ctx.settings.knownValues);
    if (!hit) return;
    const isDefault = s.origin === 'jar-default' || s.origin === 'code-default';
    ctx.report({
      messageId: isDefault ? 'default' : 'published',
      args: { source: hit.source, version: node.version.version.text },
      ...at(node, s), fixes: generateSecretFixes(ctx),
    });
  },
};
