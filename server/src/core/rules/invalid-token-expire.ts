import type { Rule } from './types';
import type { Fix } from '../types';
import { K, expireKeyFor } from '../nacos/keys';
import { inRange } from '../nacos/versions';
import { HASH_NOTE, at, hashNote, msg, setValue, versionLabel } from './util';

export const rule: Rule = {
  id: 'invalid-token-expire',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('The token expiry (`…token.expire.seconds`) is not a whole number of seconds: the server fails to start, whatever the auth switches (2.1.x also on surrounding spaces or an empty value). `0` or a negative number starts, but every token is issued already expired.',
      'token 过期时间（`…token.expire.seconds`）不是整数秒：无论鉴权开关如何，服务端都会启动失败（2.1.x 上两端空格或空值也会失败）。`0` 或负数能启动，但签发的每个 token 都已过期。'),
    versions: 'all (2.1.x: Long.parseLong without trimming)',
  },
  messages: {
    startup: msg("'{value}' is not a whole number of seconds for {key}: {version} fails to start (Spring cannot convert it to a number), even with authentication off.",
      "{key} 的值 '{value}' 不是整数秒：{version} 启动失败（Spring 无法将其转换为数字），即使鉴权关闭也一样。"),
    startupParseLong: msg("'{value}' is not a whole number of seconds for {key}: {version} fails to start (NumberFormatException from Long.parseLong, which does not trim), even with authentication off.",
      "{key} 的值 '{value}' 不是整数秒：{version} 启动失败（Long.parseLong 不去空格，抛出 NumberFormatException），即使鉴权关闭也一样。"),
    hashInValue: HASH_NOTE,
    expiresAtOnce: msg('{key}={value}: {version} issues every token already expired, so logins succeed but every request with the token is rejected. Use a positive number of seconds (default 18000 = 5 hours).',
      '{key}={value}：{version} 签发的每个 token 都已过期，登录能成功，但带该 token 的每个请求都会被拒绝。请使用正整数秒（默认 18000 = 5 小时）。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const v = node.version.version;
    // Only the name this version reads: the other is setting-for-other-version's.
    const key = expireKeyFor(v);
    const s = node.settings.get(key);
    if (!s?.written || s.value === undefined) return;
    // 2.1.x: the plugin's raw string goes to Long.parseLong (no trim, "" fails); elsewhere Spring trims, and an empty
    // value means the default on 2.2.0+ (audit-plan §1.4).
    const parseLong = inRange(v, '2.1.0', '2.1');
    const text = parseLong ? s.value : s.value.trim();
    if (text === '' && !parseLong && key === K.expire) return;
    const w = s.written;
    const fixes: Fix[] = w.literal ? [{ title: 'Set to 18000 (5 hours)', deterministic: true, isPreferred: true, edits: () => [setValue(ctx, w, '18000')] }] : [];
    const args = { value: s.value.slice(0, 30), key, version: versionLabel(node) };
    if (!/^[+-]?[0-9]{1,19}$/.test(text)) {
      ctx.report({ messageId: parseLong ? 'startupParseLong' : 'startup', args, ...at(node, s), related: hashNote(s), fixes });
    } else if (Number(text) <= 0) {
      ctx.report({ messageId: 'expiresAtOnce', args, ...at(node, s), fixes, severity: 'warning' });
    }
  },
};
