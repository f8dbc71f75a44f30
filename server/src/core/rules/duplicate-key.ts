import type { Rule } from './types';
import type { PropertyEntry } from '../syntax/properties/parser';
import { isAuthKey } from '../nacos/keys';
import { msg } from './util';

export const rule: Rule = {
  id: 'duplicate-key',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    summary: msg('An auth key is set twice in one .properties document; the last one wins, so the earlier line is dead and misleading.',
      '同一个 .properties 文档中同一鉴权配置项设置了两次；最后一个生效，前面的行无效且具有误导性。'),
    versions: 'all',
  },
  messages: {
    duplicate: msg('{key} is set again on line {line}; that later value wins and this line has no effect.',
      '{key} 在第 {line} 行再次设置；后面的值生效，此行无效。'),
    later: msg('the value that wins', '生效的值'),
  },
  checkFile(ctx) {
    const f = ctx.file;
    if (f.kind !== 'properties') return;
    const last = new Map<string, PropertyEntry>();
    for (const e of f.props.entries) if (isAuthKey(e.key)) last.set(`${e.document}\u0000${e.key}`, e);
    for (const e of f.props.entries) {
      if (!isAuthKey(e.key)) continue;
      const winner = last.get(`${e.document}\u0000${e.key}`)!;
      if (winner === e) continue;
      ctx.report({
        messageId: 'duplicate', args: { key: e.key, line: winner.line + 1 }, path: f.path, span: e.keySpan,
        related: [{ path: f.path, span: winner.lineSpan, messageId: 'later' }],
        fixes: [{ title: 'Remove this earlier line', deterministic: true, isPreferred: true, edits: () => [{ path: f.path, span: e.deleteSpan, newText: '' }] }],
      });
    }
  },
};
