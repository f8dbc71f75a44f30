import type { Rule } from './types';
import { isPublicIdentity } from '../nacos/knownValues';
import { at, atKey, identityKey, identityValue, msg, pairFixes } from './util';

export const rule: Rule = {
  id: 'identity-public-value',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('The identity pair (or its value) is one that has been published (Nacos defaults, docker examples, blogs): anyone who sends it as a header bypasses authentication.',
      '身份标识（或其 value）是公开发布过的值（Nacos 默认值、docker 示例、博客）：任何人携带该请求头即可绕过鉴权。'),
    versions: 'all',
  },
  messages: {
    pair: msg('This identity pair is published ({source}): anyone sending it as an HTTP header bypasses Nacos authentication entirely.',
      '该身份标识对已被公开（{source}）：任何人携带该 HTTP 请求头即可完全绕过 Nacos 鉴权。'),
    value: msg('This identity value is published ({source}): anyone who guesses the key bypasses Nacos authentication.',
      '该身份标识 value 已被公开（{source}）：任何人猜到 key 即可绕过 Nacos 鉴权。'),
    key: msg('This identity key is the published one ({source}); together with a weak value the pair is guessable.',
      '该身份标识 key 是公开的值（{source}）；配合弱 value 时很容易被猜到。'),
    relatedKey: msg('identity key', '身份标识 key'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const key = identityKey(node);
    const value = identityValue(node);
    if (!value.value && !key.value) return;
    const hit = isPublicIdentity(key.value ?? '', value.value ?? '', ctx.settings.knownValues);
    if (!hit) return;
    const fixes = pairFixes(ctx.fixEnv, [node]);
    if (hit.match === 'key') {
      ctx.report({ messageId: 'key', args: { source: hit.source }, ...at(node, key), fixes });
      return;
    }
    const related = hit.match === 'pair' && key.written ? [{ ...atKey(node, key), span: key.written.span, messageId: 'relatedKey' }] : [];
    ctx.report({ messageId: hit.match, args: { source: hit.source }, ...at(node, value), related, fixes });
  },
};
