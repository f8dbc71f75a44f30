import type { Rule } from './types';
import type { Fix } from '../types';
import { K } from '../nacos/keys';
import { versionAtLeast } from '../nacos/versions';
import { authState } from '../model/authState';
import { escapePropertyKey } from '../syntax/properties/parser';
import { atKey, msg, versionLabel } from './util';

export const rule: Rule = {
  id: 'secret-wrong-property-name',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('The token secret is set under the name another Nacos version reads: `nacos.core.auth.default.token.secret.key` (up to 2.0.x) was renamed to `nacos.core.auth.plugin.nacos.token.secret.key` in 2.1.0. The wrong name is ignored and the jar\'s public default may apply.',
      'token 密钥写在了其他 Nacos 版本读取的名称下：`nacos.core.auth.default.token.secret.key`（2.0.x 及以前）在 2.1.0 改名为 `nacos.core.auth.plugin.nacos.token.secret.key`。错误的名称会被忽略，jar 内置的公开默认值可能生效。'),
    versions: '≤ 2.0.4 / ≥ 2.1.0',
  },
  messages: {
    wrong: msg('{version} does not read {key}; it reads {expected}. This secret is ignored.',
      '{version} 不读取 {key}，而是读取 {expected}。此密钥会被忽略。'),
    wrongLatent: msg('{version} does not read {key}; it reads {expected}. This secret is ignored; authentication is off now, but as soon as it is enabled the server has no secret.',
      '{version} 不读取 {key}，而是读取 {expected}。此密钥会被忽略；目前鉴权关闭，但一旦开启鉴权，服务端将没有密钥。'),
    wrongDefaultLatent: msg('{version} does not read {key}; it reads {expected}. This secret is ignored and the public default secret embedded in the jar applies: it becomes a way to forge tokens as soon as authentication is enabled.',
      '{version} 不读取 {key}，而是读取 {expected}。此密钥会被忽略，jar 内置的公开默认密钥将生效：一旦开启鉴权，就可以用它伪造 token。'),
    wrongDefault: msg('{version} does not read {key}; it reads {expected}. This secret is ignored and the public default secret embedded in the jar applies.',
      '{version} 不读取 {key}，而是读取 {expected}。此密钥会被忽略，jar 内置的公开默认密钥将生效。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const v = node.version.version;
    const modern = versionAtLeast(v, '2.1.0');
    const wrongKey = modern ? K.legacySecret : K.secret;
    const expected = modern ? K.secret : K.legacySecret;
    const s = node.settings.get(wrongKey);
    if (!s?.written) return;
    const w = s.written;
    // With the right name written too, this line only has no effect: setting-for-other-version says so (its doc
    // recommends setting both names when nodes of both generations share a file).
    if (node.settings.get(expected)?.written !== undefined) return;
    const jarDefaultApplies = !(modern && versionAtLeast(v, '2.2.0.1'));
    const fixes: Fix[] = [];
    if (w.keySpan && w.fileKind === 'properties') {
      const span = w.keySpan;
      fixes.push({ title: `Rename to ${expected}`, deterministic: true, isPreferred: true, edits: () => [{ path: w.path, span, newText: escapePropertyKey(expected) }] });
    }
    // Live only where the secret the server falls back to matters now: a public default forges tokens while token
    // checks run; a missing one fails where the version needs the secret.
    const state = authState(node);
    const live = jarDefaultApplies ? state.secretLive : state.secret.required;
    ctx.report({
      messageId: jarDefaultApplies ? (live ? 'wrongDefault' : 'wrongDefaultLatent') : live ? 'wrong' : 'wrongLatent',
      args: { version: versionLabel(node), key: wrongKey, expected }, ...atKey(node, s), fixes, ...(live ? {} : { severity: 'warning' as const }),
    });
  },
};
