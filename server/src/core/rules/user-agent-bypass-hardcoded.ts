import type { Rule } from './types';
import type { Fix } from '../types';
import { authState } from '../model/authState';
import { HARDCODED_USER_AGENT_BYPASS } from '../nacos/authProperties';
import { K } from '../nacos/keys';
import { setting } from '../model/node';
import { inVersionRange } from '../nacos/versions';
import { at, msg, versionLabel } from './util';

export const rule: Rule = {
  id: 'user-agent-bypass-hardcoded',
  defaultSeverity: 'error',
  fixable: false,
  docs: {
    summary: msg('Nacos 1.2.0–1.4.0 let any request whose User-Agent starts with "Nacos-Server" skip authentication (CVE-2021-29441), hard-coded with no switch: upgrade to 1.4.1 or later.',
      'Nacos 1.2.0–1.4.0 会放行任何 User-Agent 以 "Nacos-Server" 开头的请求而不做鉴权（CVE-2021-29441），这是写死的，没有开关：请升级到 1.4.1 或更高版本。'),
    versions: '1.2.0–1.4.0',
  },
  messages: {
    hardcoded: msg('{version} lets any request whose User-Agent starts with "Nacos-Server" through without a login (CVE-2021-29441); there is no switch before 1.4.1 — upgrade to 1.4.1 or later and keep nacos.core.auth.enable.userAgentAuthWhite=false.',
      '{version} 会放行任何 User-Agent 以 "Nacos-Server" 开头的请求而无需登录（CVE-2021-29441）；1.4.1 之前没有开关——请升级到 1.4.1 或更高版本，并保持 nacos.core.auth.enable.userAgentAuthWhite=false。'),
    hardcodedLatent: msg('{version} has no switch against CVE-2021-29441: authentication is off now, and as soon as it is enabled any request whose User-Agent starts with "Nacos-Server" skips it. Upgrade to 1.4.1 or later and keep nacos.core.auth.enable.userAgentAuthWhite=false.',
      '{version} 没有针对 CVE-2021-29441 的开关：目前鉴权关闭，一旦开启，任何 User-Agent 以 "Nacos-Server" 开头的请求都会跳过鉴权。请升级到 1.4.1 或更高版本，并保持 nacos.core.auth.enable.userAgentAuthWhite=false。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    if (!inVersionRange(node.version.version, HARDCODED_USER_AGENT_BYPASS.range)) return;
    const live = authState(node).enabled;
    const fixes: Fix[] = [];
    // Reported on the switch that makes it live (or the node): the fix is an upgrade, not an edit.
    ctx.report({ messageId: live ? 'hardcoded' : 'hardcodedLatent', args: { version: versionLabel(node) }, ...at(node, setting(node, K.enabled)), fixes, ...(live ? {} : { severity: 'warning' as const }) });
  },
};
