import type { Rule } from './types';
import type { Fix } from '../types';
import { K } from '../nacos/keys';
import { setting } from '../model/node';
import { authState } from '../model/authState';
import { parseSpringBoolean } from '../nacos/authProperties';
import { versionAtLeast } from '../nacos/versions';
import { at, msg, setValue, versionLabel } from './util';

export const rule: Rule = {
  id: 'user-agent-whitelist',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('`nacos.core.auth.enable.userAgentAuthWhite=true` lets any request with `User-Agent: Nacos-Server` bypass authentication (CVE-2021-29441). From 2.5.0 it has no effect; 3.x removed it.',
      '`nacos.core.auth.enable.userAgentAuthWhite=true` 允许任何携带 `User-Agent: Nacos-Server` 的请求绕过鉴权（CVE-2021-29441）。2.5.0 起不再生效；3.x 已移除。'),
    versions: '1.4.1–2.4.x (effective), 2.5.x (ignored)',
  },
  messages: {
    open: msg('The User-Agent whitelist is on ({how}): while authentication is on, {version} lets any request sending "User-Agent: Nacos-Server" through without a login (CVE-2021-29441).',
      'User-Agent 白名单已开启（{how}）：鉴权开启时，{version} 会放行任何发送 "User-Agent: Nacos-Server" 的请求而无需登录（CVE-2021-29441）。'),
    openLatent: msg('The User-Agent whitelist is on ({how}). Authentication is off now; as soon as it is enabled, {version} will let any request sending "User-Agent: Nacos-Server" through without a login (CVE-2021-29441).',
      'User-Agent 白名单已开启（{how}）。目前鉴权关闭；一旦开启鉴权，{version} 会放行任何发送 "User-Agent: Nacos-Server" 的请求而无需登录（CVE-2021-29441）。'),
    noEffect: msg('{version} ignores userAgentAuthWhite (no effect since 2.5.0); remove it so nobody relies on it.',
      '{version} 会忽略 userAgentAuthWhite（2.5.0 起不再生效）；请删除它，以免有人依赖它。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const v = node.version.version;
    if (versionAtLeast(v, '3.0.0')) return; // setting-for-other-version
    const s = setting(node, K.userAgentWhite);
    if (s.value === undefined || parseSpringBoolean(s.value) !== true) return;
    const fixes: Fix[] = [];
    const w = s.written;
    if (w) fixes.push({ title: 'Set userAgentAuthWhite to false', deterministic: true, isPreferred: true, edits: () => [setValue(ctx, w, 'false')] });
    if (w?.deleteSpan) { const d = w.deleteSpan; fixes.push({ title: 'Remove the userAgentAuthWhite setting', deterministic: false, edits: () => [{ path: w.path, span: d, newText: '' }] }); }
    if (versionAtLeast(v, '2.5.0')) {
      if (!w) return;
      ctx.report({ messageId: 'noEffect', args: { version: versionLabel(node) }, ...at(node, s), fixes, severity: 'warning' });
      return;
    }
    // From 1.4.2 the jar sets false, so only 1.4.1 runs with the code default true when the file has no line.
    const how = w ? `${w.name}=${s.value}`.slice(0, 80) : `not set, so the ${v.text} code default true applies (its jar has no line)`;
    if (!authState(node).enabled) {
      ctx.report({ messageId: 'openLatent', args: { how, version: versionLabel(node) }, ...at(node, s), fixes, severity: 'warning' });
      return;
    }
    ctx.report({ messageId: 'open', args: { how, version: versionLabel(node) }, ...at(node, s), fixes });
  },
};
