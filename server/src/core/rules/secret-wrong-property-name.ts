import type { Rule } from './types';
import type { Fix } from '../types';
import { K } from '../nacos/keys';
import { versionAtLeast } from '../nacos/versions';
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
    const hasRight = node.settings.get(expected)?.written !== undefined;
    const jarDefaultApplies = !hasRight && !(modern && versionAtLeast(v, '2.2.0.1'));
    const fixes: Fix[] = [];
    if (w.keySpan && !hasRight && w.fileKind === 'properties') {
      const span = w.keySpan;
      fixes.push({ title: `Rename to ${expected}`, deterministic: true, isPreferred: true, edits: () => [{ path: w.path, span, newText: escapePropertyKey(expected) }] });
    }
    ctx.report({ messageId: jarDefaultApplies ? 'wrongDefault' : 'wrong', args: { version: versionLabel(node), key: wrongKey, expected }, ...atKey(node, s), fixes });
  },
};
