import type { Rule } from './types';
import type { Fix } from '../types';
import { K } from '../nacos/keys';
import { setting } from '../model/node';
import { authState } from '../model/authState';
import { AUTH_PLUGIN_TYPES } from '../nacos/authProperties';
import { inRange, versionAtLeast } from '../nacos/versions';
import { HASH_NOTE, at, hashNote, msg, setValue, versionLabel } from './util';
import { planEdits } from '../fixes/cluster';

export const rule: Rule = {
  id: 'auth-system-type',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('`nacos.core.auth.system.type` is written empty or is not an auth plugin name while auth is on. Empty: 1.4.5–1.4.8 and 2.2.1+ fail to start (50001), 2.1.0–2.2.0.1 silently do not enforce authentication, older versions fall back to the legacy filter. Unknown: from 2.1.0 (case-sensitive) authentication is silently not enforced; up to 2.0.x (case-insensitive) nobody can log in to the console. A file without the line runs with the jar\'s `nacos`.',
      '鉴权开启时 `nacos.core.auth.system.type` 写成空值或不是鉴权插件名。为空：1.4.5–1.4.8 与 2.2.1+ 启动失败（50001），2.1.0–2.2.0.1 静默不执行鉴权，更早的版本退回旧的过滤器。未知名称：2.1.0 起（区分大小写）静默不执行鉴权；2.0.x 及以前（不区分大小写）控制台无法登录。文件中没有这一行时使用 jar 内置的 `nacos`。'),
    versions: '1.2.0+ (per version)',
  },
  messages: {
    empty: msg('nacos.core.auth.system.type is empty while authentication is on: {version} fails to start with "Invalid auth type" (50001).',
      '鉴权开启时 nacos.core.auth.system.type 为空：{version} 启动失败 "Invalid auth type"（50001）。'),
    emptyNotEnforced: msg('nacos.core.auth.system.type is empty: {version} finds no auth plugin for "", logs "Can\'t find auth plugin" and does NOT enforce authentication, although it is switched on.',
      'nacos.core.auth.system.type 为空：{version} 找不到 "" 对应的鉴权插件，记录 "Can\'t find auth plugin" 且不执行鉴权，尽管鉴权已开启。'),
    emptyLegacy: msg('nacos.core.auth.system.type is empty: {version} still checks logins for the open API, but applies nacos.security.ignore.urls and the legacy JWT filter; set it to nacos.',
      'nacos.core.auth.system.type 为空：{version} 仍会校验开放 API 的登录，但会应用 nacos.security.ignore.urls 和旧的 JWT 过滤器；请设置为 nacos。'),
    unknown: msg("'{type}' is not an auth plugin of {version} (known: {known}; names are case-sensitive); Nacos logs \"Can't find auth plugin\" and does NOT enforce authentication.",
      "'{type}' 不是 {version} 的鉴权插件（已知：{known}；名称区分大小写）；Nacos 会记录 \"Can't find auth plugin\" 且不会执行鉴权。"),
    unknownPadded: msg("'{type}' is not an auth plugin of {version}: the white space around it is part of the name (known: {known}); Nacos logs \"Can't find auth plugin\" and does NOT enforce authentication.",
      "'{type}' 不是 {version} 的鉴权插件：两端的空白字符也是名称的一部分（已知：{known}）；Nacos 会记录 \"Can't find auth plugin\" 且不会执行鉴权。"),
    hashInValue: HASH_NOTE,
    unknownLegacy: msg("'{type}' is not an auth system of {version} ({known}; case does not matter here): API requests still need a login, but the console cannot authenticate anyone.",
      "'{type}' 不是 {version} 的鉴权系统（{known}；此版本不区分大小写）：API 请求仍需登录，但控制台无法认证任何人。"),
  },
  checkNode(ctx) {
    const { node } = ctx;
    if (!authState(node).anyAuth) return;
    const v = node.version.version;
    const s = setting(node, K.systemType);
    if (s.unknown) return;
    const known = AUTH_PLUGIN_TYPES(v);
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
      // audit-plan §1.3: a startup check on 1.4.5–1.4.8 and 2.2.1+; 2.1.0–2.2.0.1 look up the plugin "" and skip
      // authentication; older versions still run the legacy Spring Security set-up.
      const messageId = inRange(v, '1.4.5', '1.4') || versionAtLeast(v, '2.2.1') ? 'empty'
        : inRange(v, '2.1.0', '2.2.0') ? 'emptyNotEnforced' : 'emptyLegacy';
      ctx.report({ messageId, args: { version: versionLabel(node) }, ...at(node, s), fixes, ...(messageId === 'emptyLegacy' ? { severity: 'warning' as const } : {}) });
      return;
    }
    const legacy = !versionAtLeast(v, '2.1.0');
    // ≤ 2.0.x compare with equalsIgnoreCase (console NacosAuthConfig); 2.1.0+ look the plugin up by exact name.
    if (legacy ? known.includes(s.value.toLowerCase()) : known.includes(s.value)) return;
    const lower = known.find(k => k === s.value!.trim().toLowerCase());
    const typeFixes: Fix[] = lower && w && w.literal ? [{ title: `Set nacos.core.auth.system.type to '${lower}'`, deterministic: true, isPreferred: true, edits: () => [setValue(ctx, w, lower)] }] : fixes;
    const padded = s.value.trim() !== s.value;
    ctx.report({
      messageId: legacy ? 'unknownLegacy' : padded ? 'unknownPadded' : 'unknown',
      args: { type: s.value.slice(0, 40), version: versionLabel(node), known: known.join(', ') },
      ...at(node, s), related: hashNote(s), fixes: typeFixes, ...(legacy ? { severity: 'warning' as const } : {}),
    });
  },
};
