import type { Rule } from './types';
import { intendedValue, isPublicIdentity } from '../nacos/knownValues';
import { at, identityKey, identityValue, msg, pairFixes, optional, valueFix } from './util';

export const rule: Rule = {
  id: 'identity-key-equals-value',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    summary: msg('The identity key equals its value: the header name travels with every request, so the "secret" is no secret.',
      '身份标识 key 与 value 相同：请求头名称随每个请求发送，value 等于没有保密。'),
    versions: '1.4.1+',
  },
  messages: {
    equal: msg('The identity value equals the key; the value is the shared secret between nodes and must not be guessable from the header name.',
      '身份标识 value 与 key 相同；value 是节点间共享的密钥，不能从请求头名称猜出。'),
  },
  checkNode(ctx) {
    const key = identityKey(ctx.node).value;
    const value = identityValue(ctx.node);
    // As meant (white space and quotes are identity-whitespace's and identity-quoted's): fixing those reveals nothing.
    if (!key || !value.value || intendedValue(key) !== intendedValue(value.value)) return;
    if (isPublicIdentity(key, value.value, ctx.settings.knownValues)) return; // identity-public-value says more
    ctx.report({ messageId: 'equal', ...at(ctx.node, value), fixes: [...pairFixes(ctx.fixEnv, [ctx.node]), ...optional(valueFix(ctx.fixEnv, [ctx.node], ctx.settings))] });
  },
};
