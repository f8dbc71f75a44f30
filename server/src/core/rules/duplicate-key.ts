import type { Rule } from './types';
import type { PropertyEntry } from '../syntax/properties/parser';
import { isAuthKey } from '../nacos/keys';
import { isAuthEnvName } from '../nacos/imageEnv';
import type { EnvValue } from '../model/node';
import type { Span } from '../types';
import { msg } from './util';

export const rule: Rule = {
  id: 'duplicate-key',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    summary: msg('An auth key is set twice in one .properties document, or an auth variable twice in one compose `environment:` list; the last one wins, so the earlier line is dead and misleading.',
      '同一个 .properties 文档中同一鉴权配置项设置了两次，或同一个 compose `environment:` 列表中同一鉴权变量设置了两次；最后一个生效，前面的行无效且具有误导性。'),
    versions: 'all',
  },
  messages: {
    duplicate: msg('{key} is set again on line {line}; that later value wins and this line has no effect.',
      '{key} 在第 {line} 行再次设置；后面的值生效，此行无效。'),
    later: msg('the value that wins', '生效的值'),
  },
  checkFile(ctx) {
    const f = ctx.file;
    if (f.kind === 'compose') {
      // `- KEY=a` then `- KEY=b` in one list: Compose v2 keeps the last (a mapping with a key twice is a YAML error).
      const seen = new Set<EnvValue>();
      const lineOf = newlineCounter(f.text);
      for (const node of ctx.nodes) {
        // forEach: no entry arrays (every service of a large file, on every keystroke).
        node.compose?.service.environment.forEach((v, name) => {
          if (!v.overridden.length || v.via !== 'environment' || v.path !== f.path || !v.listForm || !isAuthEnvName(name)) return;
          for (const o of v.overridden) {
            if (o.via !== 'environment' || o.path !== f.path || !o.listForm || seen.has(o)) continue;
            seen.add(o);
            const line = lineOf(v.keySpan.start);
            const whole = wholeLine(f.text, o.entrySpan);
            ctx.report({
              messageId: 'duplicate', args: { key: name, line }, path: f.path, span: o.keySpan,
              related: [{ path: f.path, span: v.entrySpan, messageId: 'later' }],
              fixes: whole ? [{ title: 'Remove this earlier line', deterministic: true, isPreferred: true, edits: () => [{ path: f.path, span: whole, newText: '' }] }] : [],
            });
          }
        });
      }
      return;
    }
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

/** The line holding only this list item (`  - KEY=v  # note`), with its line break; undefined when it shares the line. */
function wholeLine(text: string, item: Span): Span | undefined {
  const start = text.lastIndexOf('\n', item.start - 1) + 1;
  const nl = text.indexOf('\n', item.end);
  const end = nl < 0 ? text.length : nl + 1;
  if (!/^\s*-\s*$/.test(text.slice(start, item.start)) || !/^\s*(#.*)?\r?\n?$/.test(text.slice(item.end, end))) return undefined;
  return { start, end };
}

/** 1-based line of an offset, counting `\n` only; the file's line breaks are found once, when first asked. */
function newlineCounter(text: string): (offset: number) => number {
  let breaks: number[] | undefined;
  return (offset) => {
    if (!breaks) {
      breaks = [];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
    }
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] < offset) lo = mid + 1; else hi = mid;
    }
    return lo + 1;
  };
}
