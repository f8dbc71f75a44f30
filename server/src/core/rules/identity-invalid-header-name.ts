import type { Rule } from './types';
import type { Fix } from '../types';
import { HASH_NOTE, at, hashNote, identityKey, msg } from './util';
import { planEdits, planScope } from '../fixes/cluster';
import type { WritePlan } from '../fixes/types';
import { mask } from '../util/mask';

/** RFC 9110 §5.6.2 `tchar`. */
export const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function sanitizeHeaderName(key: string): string {
  const s = key.trim().replace(/[^0-9A-Za-z_-]+/g, '-').replace(/^-+|-+$/g, '');
  return s || 'nacos-identity';
}

export const rule: Rule = {
  id: 'identity-invalid-header-name',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('The identity key is sent as an HTTP header name; characters outside the RFC 9110 token set (space, ":", quotes, brackets, non-ASCII) make every inter-node request fail with 400.',
      '身份标识 key 会作为 HTTP 请求头名称发送；RFC 9110 token 以外的字符（空格、":"、引号、括号、非 ASCII）会导致节点间请求返回 400。'),
    versions: '1.4.1+',
  },
  messages: {
    invalid: msg('The identity key is used as an HTTP header name, but it contains {what}; inter-node requests will be rejected with 400 Bad Request.',
      '身份标识 key 会作为 HTTP 请求头名称，但它包含{what}；节点间请求会被 400 Bad Request 拒绝。'),
    hashInValue: HASH_NOTE,
  },
  checkNode(ctx) {
    const key = identityKey(ctx.node);
    const k = key.value?.trim();
    if (!k || TOKEN.test(k)) return;
    const bad = [...k].find(c => !TOKEN.test(c))!;
    const what = bad === ' ' ? 'a space' : /[^\x20-\x7e]/.test(bad) ? `a non-ASCII or control character (U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})` : `the character '${bad}'`;
    const fixes: Fix[] = [];
    const w = key.written;
    // The key is a secret: the title shows the sanitized one masked, as every output does (issue 20, item 12).
    // Every member that shares this key gets the same sanitized one: fixing one member alone would leave the members
    // sending different headers (403 between them instead of 400; full-strength fuzz, seed 2096231698).
    const plan: WritePlan = { kinds: ['identityKey'], value: m => (identityKey(m).value?.trim() === k ? sanitizeHeaderName(k) : undefined) };
    if (w) fixes.push({ title: `Sanitize the identity key to ${mask(sanitizeHeaderName(k))}`, deterministic: true, isPreferred: true, edits: () => planEdits(ctx.fixEnv, [ctx.node], plan), scope: () => planScope(ctx.fixEnv, [ctx.node], plan) });
    ctx.report({ messageId: 'invalid', args: { what }, ...at(ctx.node, key), related: hashNote(key), fixes });
  },
};
