import type { Rule } from './types';
import { isPublicIdentity } from '../nacos/knownValues';
import { authState } from '../model/authState';
import { versionAtLeast } from '../nacos/versions';
import { at, atKey, defaultSourceName, guessableIdentityValue, identityKey, identityValue, msg, pairFixes } from './util';

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
    pairDefault: msg('The identity pair is not set, so the default of {where} applies; it is published ({source}): anyone sending it as an HTTP header bypasses Nacos authentication entirely.',
      '未设置身份标识，因此 {where} 的默认值生效；该值已公开（{source}）：任何人携带该 HTTP 请求头即可完全绕过 Nacos 鉴权。'),
    pairLatent: msg('This identity pair is published ({source}). Authentication is off now, so nothing checks it; it becomes a bypass as soon as authentication is enabled (anyone sending it as an HTTP header skips the login).',
      '该身份标识对已被公开（{source}）。目前鉴权关闭，没有任何检查使用它；一旦开启鉴权，它就成为绕过鉴权的后门（任何人携带该 HTTP 请求头即可跳过登录）。'),
    pairDefaultLatent: msg('The identity pair is not set, so the default of {where} applies; it is published ({source}). Authentication is off now; the pair becomes a bypass as soon as authentication is enabled.',
      '未设置身份标识，因此 {where} 的默认值生效；该值已公开（{source}）。目前鉴权关闭；一旦开启鉴权，它就成为绕过鉴权的后门。'),
    valueLatent: msg('This identity value is published ({source}). Authentication is off now; it becomes a bypass as soon as authentication is enabled, for anyone who guesses the key.',
      '该身份标识 value 已被公开（{source}）。目前鉴权关闭；一旦开启鉴权，任何猜到 key 的人都可以借此绕过鉴权。'),
    keyLatent: msg('This identity key is the published one ({source}); together with a weak value the pair becomes guessable as soon as authentication is enabled.',
      '该身份标识 key 是公开的值（{source}）；一旦开启鉴权，配合弱 value 时很容易被猜到。'),
    relatedKey: msg('identity key', '身份标识 key'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const key = identityKey(node);
    const value = identityValue(node);
    if (!value.value && !key.value) return;
    if (!versionAtLeast(node.version.version, '1.4.1')) return; // no identity before 1.4.1 (setting-for-other-version)
    const hit = isPublicIdentity(key.value ?? '', value.value ?? '', ctx.settings.knownValues);
    if (!hit) return;
    // A header name is not a secret: a published key matters only beside a value that is easy to guess (an unknown
    // value is not a weak one).
    if (hit.match === 'key' && (value.value === undefined || !guessableIdentityValue(value.value))) return;
    const fixes = pairFixes(ctx.fixEnv, [node]);
    // Live while a scope that honours the pair is on (≤ 2.5: enabled; 3.x: enabled or admin); else latent (issue 14 #3).
    const live = authState(node).identityLive;
    const severity = live ? {} : { severity: 'warning' as const };
    const latent = live ? '' : 'Latent';
    if (hit.match === 'key') {
      ctx.report({ messageId: `key${latent}`, args: { source: hit.source }, ...at(node, key), fixes, ...severity });
      return;
    }
    const where = hit.match === 'pair' ? defaultSourceName(node, value) : undefined;
    const related = hit.match === 'pair' && key.written ? [{ ...atKey(node, key), span: key.written.span, messageId: 'relatedKey' }] : [];
    const messageId = where ? `pairDefault${latent}` : `${hit.match}${latent}`;
    ctx.report({ messageId, args: { source: hit.source, where: where ?? '' }, ...at(node, value), related, fixes, ...severity });
  },
};
