import type { Rule } from './types';
import { isPublicSecret } from '../nacos/knownValues';
import { authState } from '../model/authState';
import { at, decodedSecret, defaultSourceName, generateSecretFixes, msg, secret } from './util';

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
    default: msg('No token secret is set, so the default of {where} applies; it is published ({source}): anyone can forge valid login tokens.',
      '未设置 token 密钥，因此 {where} 的默认值生效；该值已公开（{source}）：任何人都可以伪造有效的登录 token。'),
    publishedLatent: msg('This token secret is published ({source}). Authentication is off now, so no token is checked; as soon as it is enabled, anyone can forge valid login tokens with it.',
      '该 token 密钥已公开（{source}）。目前鉴权关闭，不会校验 token；一旦开启鉴权，任何人都可以用它伪造有效的登录 token。'),
    defaultLatent: msg('No token secret is set, so the default of {where} applies; it is published ({source}). Authentication is off now; as soon as it is enabled, anyone can forge valid login tokens with it.',
      '未设置 token 密钥，因此 {where} 的默认值生效；该值已公开（{source}）。目前鉴权关闭；一旦开启鉴权，任何人都可以用它伪造有效的登录 token。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const s = secret(node);
    if (!s.value) return;
    const r = decodedSecret(ctx.fixEnv, s.value, node);
    const hit = isPublicSecret(s.value, r.bytes, ctx.settings.knownValues);
    if (!hit) return;
    const where = defaultSourceName(node, s);
    // Live while tokens are checked (≤ 2.5: enabled; 3.x: enabled or console login); else latent (issue 14 #3).
    const live = authState(node).secretLive;
    ctx.report({
      messageId: `${where ? 'default' : 'published'}${live ? '' : 'Latent'}`,
      args: { source: hit.source, where: where ?? '' },
      ...at(node, s), fixes: generateSecretFixes(ctx), ...(live ? {} : { severity: 'warning' as const }),
    });
  },
};
