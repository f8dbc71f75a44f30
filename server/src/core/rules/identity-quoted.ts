import type { Rule } from './types';
import type { Fix } from '../types';
import { at, identityKey, identityValue, msg, setValue } from './util';

export const rule: Rule = {
  id: 'identity-quoted',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    summary: msg('The identity key or value is wrapped in quotes where quotes are literal (.properties files, compose list items `- KEY="v"`, `docker run --env-file` files): the quotes become part of the header.',
      '身份标识 key 或 value 被引号包裹，而此处引号是字面字符（.properties 文件、compose 列表项 `- KEY="v"`、`docker run --env-file` 文件）：引号会成为请求头的一部分。'),
    versions: 'all',
  },
  messages: {
    quoted: msg('The quotes around {key} are part of the value here ({file}); other nodes configured without quotes will not match.',
      '{key} 两侧的引号在这里（{file}）是值的一部分；没有使用引号配置的其他节点将无法匹配。'),
  },
  checkNode(ctx) {
    for (const s of [identityKey(ctx.node), identityValue(ctx.node)]) {
      const v = s.value;
      const w = s.written;
      if (!v || v.length < 2 || !w || !w.literal) continue;
      // Quotes are literal in .properties, in compose list items and in `docker run --env-file` files (facts §4.2).
      if (!(w.fileKind === 'properties' || w.fileKind === 'docker-env' || (w.fileKind === 'compose' && w.listForm))) continue;
      const q = v[0];
      if ((q !== '"' && q !== "'") || v[v.length - 1] !== q) continue;
      const fixes: Fix[] = [{ title: 'Remove the quotes', deterministic: true, isPreferred: true, edits: () => [setValue(ctx, w, v.slice(1, -1))] }];
      ctx.report({ messageId: 'quoted', args: { key: s.key, file: w.fileKind === 'properties' ? '.properties' : w.fileKind === 'docker-env' ? 'docker run --env-file' : 'compose list item' }, ...at(ctx.node, s), fixes });
    }
  },
};
