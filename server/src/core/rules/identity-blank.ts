import type { Rule } from './types';
import { at, identityKey, identityValue, msg, pairFixes } from './util';

export const rule: Rule = {
  id: 'identity-blank',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('The identity key or value is only white space: it passes the startup check (isEmpty) but every request fails the runtime check (isBlank) with 403.',
      '身份标识 key 或 value 只有空白字符：能通过启动检查（isEmpty），但每个请求都无法通过运行时检查（isBlank），返回 403。'),
    versions: '1.4.1+',
  },
  messages: {
    blank: msg('{key} is only white space: Nacos starts, then answers every request with 403 "Invalid server identity key or value".',
      '{key} 只有空白字符：Nacos 能启动，但每个请求都返回 403 "Invalid server identity key or value"。'),
  },
  checkNode(ctx) {
    const fixes = pairFixes(ctx.fixEnv, [ctx.node]);
    for (const s of [identityKey(ctx.node), identityValue(ctx.node)]) {
      if (s.value === undefined || s.value === '' || s.value.trim() !== '') continue;
      ctx.report({ messageId: 'blank', args: { key: s.key }, ...at(ctx.node, s), fixes });
    }
  },
};
