import type { Rule } from './types';
import { at, identityValue, msg, pairFixes, optional, valueFix } from './util';

export const rule: Rule = {
  id: 'identity-invalid-header-value',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('The identity value is sent as an HTTP header value; control characters or non-ASCII characters are rejected or mangled on the way.',
      '身份标识 value 会作为 HTTP 请求头的值发送；控制字符或非 ASCII 字符会被拒绝或在传输中被改变。'),
    versions: '1.4.1+',
  },
  messages: {
    invalid: msg('The identity value contains {what} at position {index}; it is not a valid HTTP header value and peers will not match it.',
      '身份标识 value 在第 {index} 个位置包含{what}；它不是合法的 HTTP 请求头值，其他节点无法匹配。'),
  },
  checkNode(ctx) {
    const value = identityValue(ctx.node);
    const v = value.value;
    if (!v) return;
    const t = v.replace(/^[ \t]+|[ \t]+$/g, ''); // leading/trailing blanks are identity-whitespace
    const m = /[\x00-\x08\x0a-\x1f\x7f]|[^\x00-\x7f]/.exec(t);
    if (!m) return;
    const cp = m[0].codePointAt(0)!;
    const what = cp < 0x20 || cp === 0x7f ? `a control character (U+${cp.toString(16).toUpperCase().padStart(4, '0')})` : `a non-ASCII character (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`;
    const fresh = valueFix(ctx.fixEnv, [ctx.node], ctx.settings, true);
    const fixes = [...optional(fresh), ...pairFixes(ctx.fixEnv, [ctx.node], !fresh)];
    ctx.report({ messageId: 'invalid', args: { what, index: v.indexOf(m[0]) + 1 }, ...at(ctx.node, value), fixes });
  },
};
