import type { Rule } from './types';
import { authState } from '../model/authState';
import { K } from '../nacos/keys';
import { imageRequiredEnv } from '../nacos/imageEnv';
import { versionAtLeast } from '../nacos/versions';
import { at, identityKey, identityValue, msg, pairFixes, versionLabel } from './util';

export const rule: Rule = {
  id: 'identity-missing',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('The server identity key or value is absent or empty while authentication requires it.',
      '需要鉴权时，服务端身份标识 key 或 value 缺失或为空。'),
    versions: '1.4.1+: startup check on 1.4.5–1.4.8, 2.2.1+ (2.3.1–2.5.x not standalone) and 3.x; 403 per request on 1.4.1–1.4.4, 2.0.0–2.2.0.1',
  },
  messages: {
    missing: msg('{key} is not set, but {version} requires it because {reason}: the server fails to start with "Empty identity" (50002).',
      '{key} 未设置，但 {version} 需要它（{reason}）：服务端启动失败 "Empty identity"（50002）。'),
    empty: msg('{key} is empty, but {version} requires it because {reason}: the server fails to start with "Empty identity" (50002).',
      '{key} 为空，但 {version} 需要它（{reason}）：服务端启动失败 "Empty identity"（50002）。'),
    missingRequest: msg('{key} is not set while authentication is on and the User-Agent whitelist is off: {version} starts, but answers every HTTP request with 403 "Invalid server identity key or value".',
      '鉴权已开启且 User-Agent 白名单关闭，但 {key} 未设置：{version} 能启动，但每个 HTTP 请求都返回 403 "Invalid server identity key or value"。'),
    emptyRequest: msg('{key} is empty while authentication is on and the User-Agent whitelist is off: {version} starts, but answers every HTTP request with 403 "Invalid server identity key or value".',
      '鉴权已开启且 User-Agent 白名单关闭，但 {key} 为空：{version} 能启动，但每个 HTTP 请求都返回 403 "Invalid server identity key or value"。'),
    missingSecured: msg('{key} is not set while authentication is on: {version} starts in standalone mode, but answers every protected HTTP API with 403 "Invalid server identity key or value".',
      '鉴权已开启，但 {key} 未设置：{version} 以单机模式能启动，但每个受保护的 HTTP API 都返回 403 "Invalid server identity key or value"。'),
    emptySecured: msg('{key} is empty while authentication is on: {version} starts in standalone mode, but answers every protected HTTP API with 403 "Invalid server identity key or value".',
      '鉴权已开启，但 {key} 为空：{version} 以单机模式能启动，但每个受保护的 HTTP API 都返回 403 "Invalid server identity key or value"。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    // In images >= v3.0.0 an absent NACOS_AUTH_IDENTITY_* is docker-required-env-missing; don't say it twice.
    const required = node.imageVersion ? imageRequiredEnv(node.imageVersion) : [];
    const lacking = ([[identityKey(node), 'NACOS_AUTH_IDENTITY_KEY'], [identityValue(node), 'NACOS_AUTH_IDENTITY_VALUE']] as const).filter(([s, env]) => {
      if (s.value !== undefined && s.value !== '') return false;
      if (s.unresolved.length) return false; // an unresolvable placeholder is reported by its own rule
      if (s.unknown) return false; // set to something unknown here (the caller's environment, a Secret made by kubectl): not missing
      return !(required.includes(env) && !(node.env?.get(env)?.value));
    });
    // Whether the version requires the pair is asked only when something lacks (a rule on a version range asks less).
    if (!lacking.length) return;
    const state = authState(node);
    if (!state.identityRequired) return;
    const fixes = pairFixes(ctx.fixEnv, [node]);
    // The consequence by when the check runs (audit-plan §1.1): at startup, or per request (the filter answers 403
    // before looking at the API on ≤ 2.4.x; 2.5.x checks only @Secured APIs).
    const timing = state.identity.timing === 'startup' ? '' : versionAtLeast(node.version.version, '2.5.0') ? 'Secured' : 'Request';
    for (const [s] of lacking) {
      const where = at(node, s);
      ctx.report({
        // "Empty" only where someone wrote it so; a default '' is "not set".
        messageId: `${s.value === '' && s.written ? 'empty' : 'missing'}${timing}`,
        args: { key: s.key === K.identityKey ? K.identityKey : K.identityValue, version: versionLabel(node), reason: state.identityReason },
        ...where,
        fixes,
      });
    }
  },
};
