import type { Rule } from './types';
import type { Fix } from '../types';
import { K } from '../nacos/keys';
import { at, msg, setValue } from './util';

export const rule: Rule = {
  id: 'invalid-token-expire',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('The token expiry (`…token.expire.seconds`) is not a positive whole number of seconds; the server fails to create its token manager.',
      'token 过期时间（`…token.expire.seconds`）不是正整数秒；服务端无法创建 token 管理器。'),
    versions: 'all',
  },
  messages: {
    invalid: msg("'{value}' is not a positive whole number of seconds for {key}; the token manager cannot be created (default 18000 = 5 hours).",
      "{key} 的值 '{value}' 不是正整数秒；token 管理器无法创建（默认 18000 = 5 小时）。"),
  },
  checkNode(ctx) {
    const { node } = ctx;
    for (const key of [K.expire, K.legacyExpire]) {
      const s = node.settings.get(key);
      if (!s?.written || s.value === undefined) continue;
      const v = s.value.trim();
      if (/^\+?[0-9]{1,18}$/.test(v) && Number(v) > 0) continue;
      const w = s.written;
      const fixes: Fix[] = w.literal ? [{ title: 'Set to 18000 (5 hours)', deterministic: true, isPreferred: true, edits: () => [setValue(ctx, w, '18000')] }] : [];
      ctx.report({ messageId: 'invalid', args: { value: s.value.slice(0, 30), key }, ...at(node, s), fixes });
    }
  },
};
