import type { Rule } from './types';
import type { Fix } from '../types';
import type { EffectiveSetting } from '../model/node';
import { K } from '../nacos/keys';
import { setting } from '../model/node';
import { authState } from '../model/authState';
import { parseAuthBoolean, parseSpringBoolean } from '../nacos/authProperties';
import { versionAtLeast } from '../nacos/versions';
import { at, msg, setValue } from './util';

export const rule: Rule = {
  id: 'auth-disabled',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    summary: msg('Authentication is switched off: `nacos.core.auth.enabled=false` (the open API answers anyone without a login) or, on 3.x, `nacos.core.auth.admin.enabled=false` / `nacos.core.auth.console.enabled=false` (or `NACOS_AUTH_ADMIN_ENABLE` / `NACOS_AUTH_CONSOLE_ENABLE=false`). Reported as info for standalone nodes.',
      '鉴权已关闭：`nacos.core.auth.enabled=false`（开放 API 无需登录即可访问），或 3.x 中 `nacos.core.auth.admin.enabled=false` / `nacos.core.auth.console.enabled=false`（或 `NACOS_AUTH_ADMIN_ENABLE` / `NACOS_AUTH_CONSOLE_ENABLE=false`）。单机节点报告为提示。'),
    versions: 'all; admin/console 3.x',
  },
  messages: {
    disabled: msg('Authentication of the open API is off ({how}): anyone who can reach this node reads and changes configuration and services.',
      '开放 API 鉴权已关闭（{how}）：任何能访问该节点的人都可以读取和修改配置与服务。'),
    adminOff: msg("Admin API authentication is off ({how}): anyone who reaches this node's admin API can manage it without a login.",
      'Admin API 鉴权已关闭（{how}）：任何能访问该节点 admin API 的人无需登录即可管理它。'),
    consoleOff: msg('Console login is off ({how}): the console opens without a password.',
      '控制台登录已关闭（{how}）：无需密码即可打开控制台。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    if (!versionAtLeast(node.version.version, '1.2.0')) return; // no switch at all: auth-not-supported
    const state = authState(node);
    // A standalone node is usually a developer's machine: advice, not a warning (SPEC §6).
    const severity = node.standalone ? 'info' : undefined;
    const fix = (s: EffectiveSetting, key: string): Fix[] => {
      const w = s.written;
      return w && w.literal ? [{ title: `Set ${key} to true`, deterministic: false, isPreferred: true, edits: () => [setValue(ctx, w, 'true')] }] : [];
    };
    const how = (s: EffectiveSetting, dflt: string) => (s.written ? `${s.written.name}=${s.value ?? ''}`.slice(0, 80) : dflt);
    if (!state.enabled) {
      const s = setting(node, K.enabled);
      // Unknown: set where the container runs. Unparsable: invalid-boolean says what the server does.
      if (!s.unknown && !(s.value !== undefined && parseAuthBoolean(K.enabled, s.value, node.version.version) === undefined)) {
        ctx.report({ messageId: 'disabled', args: { how: how(s, 'default false') }, ...at(node, s), fixes: fix(s, K.enabled), ...(severity ? { severity } : {}) });
      }
    }
    if (!versionAtLeast(node.version.version, '3.0.0')) return;
    // 3.x scopes (facts AU-005): only an explicit false; an unparsable admin value is invalid-boolean's.
    for (const [key, id] of [[K.adminEnabled, 'adminOff'], [K.consoleEnabled, 'consoleOff']] as const) {
      const s = setting(node, key);
      if (!s.written || s.value === undefined || parseSpringBoolean(s.value) !== false) continue;
      ctx.report({ messageId: id, args: { how: how(s, '') }, ...at(node, s), fixes: fix(s, key), ...(severity ? { severity } : {}) });
    }
  },
};
