import type { Rule } from './types';
import type { Fix } from '../types';
import { K } from '../nacos/keys';
import { setting } from '../model/node';
import { authState } from '../model/authState';
import { AUTH_PLUGIN_TYPES } from '../nacos/authProperties';
import { at, msg, setValue, versionLabel } from './util';
import { planEdits } from '../fixes/cluster';

export const rule: Rule = {
  id: 'auth-system-type',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('`nacos.core.auth.system.type` is empty while auth is on (startup error 50001), or is not an installed plugin name (`nacos`, `ldap`, 3.2+ `oidc`; case-sensitive) — then authentication is silently not enforced.',
      '鉴权开启时 `nacos.core.auth.system.type` 为空（启动错误 50001），或不是已安装的插件名（`nacos`、`ldap`、3.2+ 的 `oidc`，区分大小写）——此时鉴权会被静默跳过。'),
    versions: '1.2.0+',
  },
  messages: {
    empty: msg('nacos.core.auth.system.type is empty while authentication is on: {version} fails to start with "Invalid auth type" (50001).',
      '鉴权开启时 nacos.core.auth.system.type 为空：{version} 启动失败 "Invalid auth type"（50001）。'),
    unknown: msg("'{type}' is not an auth plugin of {version} (known: {known}); Nacos logs \"Can't find auth plugin\" and does NOT enforce authentication.",
      "'{type}' 不是 {version} 的鉴权插件（已知：{known}）；Nacos 会记录 \"Can't find auth plugin\" 且不会执行鉴权。"),
  },
  checkNode(ctx) {
    const { node } = ctx;
    if (!authState(node).anyAuth) return;
    const s = setting(node, K.systemType);
    if (s.unknown) return;
    const known = AUTH_PLUGIN_TYPES(node.version.version);
    const w = s.written;
    const fixes: Fix[] = w && w.literal ? [{ title: "Set nacos.core.auth.system.type to 'nacos'", deterministic: true, isPreferred: true, edits: () => [setValue(ctx, w, 'nacos')] }] : [];
    // Not written anywhere: add the line (on every member that lacks a valid type, so the cluster agrees).
    if (!w) {
      fixes.push({
        title: "Set nacos.core.auth.system.type to 'nacos'", deterministic: true, isPreferred: true,
        edits: () => planEdits(ctx.fixEnv, [node], { kinds: [K.systemType], value: m => (AUTH_PLUGIN_TYPES(m.version.version).includes(setting(m, K.systemType).value ?? '') ? undefined : 'nacos') }),
      });
    }
    if (s.value === undefined || s.value === '') {
      if (s.unresolved.length) return;
      ctx.report({ messageId: 'empty', args: { version: versionLabel(node) }, ...at(node, s), fixes });
    } else if (!known.includes(s.value)) {
      const lower = known.find(k => k === s.value!.trim().toLowerCase());
      const typeFixes: Fix[] = lower && w && w.literal ? [{ title: `Set nacos.core.auth.system.type to '${lower}'`, deterministic: true, isPreferred: true, edits: () => [setValue(ctx, w, lower)] }] : fixes;
      ctx.report({ messageId: 'unknown', args: { type: s.value.slice(0, 40), version: versionLabel(node), known: known.join(', ') }, ...at(node, s), fixes: typeFixes });
    }
  },
};
