import type { Rule } from './types';
import { isPublicIdentity } from '../nacos/knownValues';
import { estimateEntropyBits } from '../util/entropy';
import { at, identityKey, identityValue, IDENTITY_VALUE_MIN, msg, pairFixes, optional, valueFix } from './util';

export const rule: Rule = {
  id: 'identity-weak-value',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    summary: msg('The identity value is short (< 16 characters) or easy to guess (estimated entropy < 64 bits): it is a master key that bypasses authentication.',
      '身份标识 value 太短（少于 16 个字符）或容易猜测（估计熵低于 64 位）：它是可以绕过鉴权的万能钥匙。'),
    versions: '1.4.1+',
  },
  messages: {
    short: msg('The identity value has only {length} characters; it acts as a master key between nodes — use at least 16 random characters (32 random bytes recommended).',
      '身份标识 value 只有 {length} 个字符；它是节点间的万能钥匙——请至少使用 16 个随机字符（推荐 32 个随机字节）。'),
    lowEntropy: msg('The identity value is easy to guess (about {bits} bits of entropy: {why}); use a random value.',
      '身份标识 value 容易被猜到（估计约 {bits} 位熵：{why}）；请使用随机值。'),
  },
  checkNode(ctx) {
    const value = identityValue(ctx.node);
    const v = value.value;
    if (!v || v.trim() === '') return;
    if (isPublicIdentity(identityKey(ctx.node).value ?? '', v, ctx.settings.knownValues)) return;
    const fixes = [...pairFixes(ctx.fixEnv, [ctx.node]), ...optional(valueFix(ctx.fixEnv, [ctx.node], ctx.settings))];
    if ([...v].length < IDENTITY_VALUE_MIN.length) {
      ctx.report({ messageId: 'short', args: { length: [...v].length }, ...at(ctx.node, value), fixes });
      return;
    }
    const e = estimateEntropyBits(v);
    if (e.bits < IDENTITY_VALUE_MIN.bits) ctx.report({ messageId: 'lowEntropy', args: { bits: Math.round(e.bits), why: e.why }, ...at(ctx.node, value), fixes });
  },
};
