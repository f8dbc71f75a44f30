import type { Rule } from './types';
import type { Fix } from '../types';
import { at, identityKey, identityValue, msg, setValue } from './util';

export const rule: Rule = {
  id: 'identity-whitespace',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    summary: msg('Leading or trailing white space in the identity key or value. A .properties file keeps trailing white space, env files and compose trim it, so nodes configured differently will not match.',
      '身份标识 key 或 value 首尾有空白字符。.properties 文件会保留末尾空白，而 env 文件和 compose 会去掉，不同方式配置的节点将无法匹配。'),
    versions: 'all',
  },
  messages: {
    whitespace: msg('{key} has {where} white space, which is part of the value here; nodes configured through environment variables or another file will not match it.',
      '{key} 有{where}空白字符，它在这里属于值的一部分；通过环境变量或其他文件配置的节点将无法匹配。'),
  },
  checkNode(ctx) {
    for (const s of [identityKey(ctx.node), identityValue(ctx.node)]) {
      const v = s.value;
      if (!v || v.trim() === '' || v === v.trim()) continue;
      const lead = v.length - v.trimStart().length;
      const trail = v.length - v.trimEnd().length;
      const where = lead && trail ? 'leading and trailing' : lead ? 'leading' : 'trailing';
      const w = s.written;
      const fixes: Fix[] = w && w.literal ? [{ title: 'Trim white space', deterministic: true, isPreferred: true, edits: () => [setValue(ctx, w, v.trim())] }] : [];
      let loc = at(ctx.node, s);
      // Underline the white space itself when the offsets are known.
      if (w?.literal && w.offsets && trail && !lead) loc = { path: w.path, span: { start: w.offsets[v.length - trail], end: w.offsets[v.length] } };
      ctx.report({ messageId: 'whitespace', args: { key: s.key, where }, ...loc, fixes });
    }
  },
};
