import type { Rule } from './types';
import { authState } from '../model/authState';
import { K } from '../nacos/keys';
import { imageRequiredEnv } from '../nacos/imageEnv';
import { at, identityKey, identityValue, msg, pairFixes, versionLabel } from './util';

export const rule: Rule = {
  id: 'identity-missing',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('The server identity key or value is absent or empty while authentication requires it.',
      '需要鉴权时，服务端身份标识 key 或 value 缺失或为空。'),
    versions: '1.4.5+, 2.2.1+ (startup check), 3.x (always, admin auth defaults to on)',
  },
  messages: {
    missing: msg('{key} is not set, but {version} requires it because {reason}: the server fails to start with "Empty identity" (50002) or answers 403 "Invalid server identity key or value".',
      '{key} 未设置，但 {version} 需要它（{reason}）：服务端启动失败 "Empty identity"（50002）或返回 403 "Invalid server identity key or value"。'),
    empty: msg('{key} is empty, but {version} requires it because {reason}: the server fails to start with "Empty identity" (50002) or answers 403 "Invalid server identity key or value".',
      '{key} 为空，但 {version} 需要它（{reason}）：服务端启动失败 "Empty identity"（50002）或返回 403 "Invalid server identity key or value"。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const state = authState(node);
    if (!state.identityRequired) return;
    const fixes = pairFixes(ctx.fixEnv, [node]);
    // In images >= v3.0.0 an absent NACOS_AUTH_IDENTITY_* is docker-required-env-missing; don't say it twice.
    const required = node.imageVersion ? imageRequiredEnv(node.imageVersion) : [];
    for (const [s, env] of [[identityKey(node), 'NACOS_AUTH_IDENTITY_KEY'], [identityValue(node), 'NACOS_AUTH_IDENTITY_VALUE']] as const) {
      if (s.value !== undefined && s.value !== '') continue;
      if (s.unresolved.length) continue; // an unresolvable placeholder is reported by its own rule
      if (s.unknown) continue; // set to something unknown here (the caller's environment, a Secret made by kubectl): not missing
      if (required.includes(env) && !(node.env?.get(env)?.value)) continue;
      const where = at(node, s);
      ctx.report({
        messageId: s.value === '' ? 'empty' : 'missing',
        args: { key: s.key === K.identityKey ? K.identityKey : K.identityValue, version: versionLabel(node), reason: state.identityReason },
        ...where,
        fixes,
      });
    }
  },
};
