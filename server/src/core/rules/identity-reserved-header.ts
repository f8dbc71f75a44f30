import type { Rule } from './types';
import type { Fix } from '../types';
import { at, identityKey, msg, setValue } from './util';

export const RESERVED_HEADERS = ['User-Agent', 'Content-Type', 'Content-Length', 'Host', 'Authorization', 'Connection',
  'Transfer-Encoding', 'Cookie', 'Accept-Charset', 'Client-Version', 'Request-Source', 'Nacos-Server', 'accessToken'];

export const rule: Rule = {
  id: 'identity-reserved-header',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    summary: msg('The identity key equals (case-insensitively) a header that HTTP or Nacos already sends; Nacos puts headers in a case-insensitive map, so one overwrites the other.',
      '身份标识 key 与 HTTP 或 Nacos 已发送的请求头同名（不区分大小写）；Nacos 使用不区分大小写的请求头表，二者会互相覆盖。'),
    versions: '1.4.1+',
  },
  messages: {
    reserved: msg("The identity key '{header}' is a header HTTP or Nacos already sends; it overwrites it (or is overwritten) on inter-node requests.",
      "身份标识 key '{header}' 是 HTTP 或 Nacos 已经发送的请求头；节点间请求中二者会互相覆盖。"),
  },
  checkNode(ctx) {
    const key = identityKey(ctx.node);
    const k = key.value?.trim();
    if (!k) return;
    const header = RESERVED_HEADERS.find(h => h.toLowerCase() === k.toLowerCase());
    if (!header) return;
    const w = key.written;
    const fixes: Fix[] = w ? [{ title: `Rename the identity key to 'Nacos-Identity-${header}'`, deterministic: true, isPreferred: true, edits: () => [setValue(ctx, w, `Nacos-Identity-${header}`)] }] : [];
    ctx.report({ messageId: 'reserved', args: { header }, ...at(ctx.node, key), fixes });
  },
};
