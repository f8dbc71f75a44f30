import type { Rule } from './types';
import { authState } from '../model/authState';
import { imageRequiredEnv } from '../nacos/imageEnv';
import { at, generateSecretFixes, msg, secret, versionLabel } from './util';

export const rule: Rule = {
  id: 'secret-missing',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('The token secret is absent or empty while the server version validates it at startup.',
      '服务端版本会在启动时校验 token 密钥，但该密钥缺失或为空。'),
    versions: '2.2.0+ (2.2.0–2.2.1 always; 3.x by default)',
  },
  messages: {
    missing: msg('{key} is not set, but {version} requires it because {reason}: the server fails to start ("the length of secret key must great than or equal 32 bytes").',
      '{key} 未设置，但 {version} 需要它（{reason}）：服务端启动失败（"the length of secret key must great than or equal 32 bytes"）。'),
    empty: msg('{key} is empty, but {version} requires it because {reason}: the server fails to start ("the length of secret key must great than or equal 32 bytes").',
      '{key} 为空，但 {version} 需要它（{reason}）：服务端启动失败（"the length of secret key must great than or equal 32 bytes"）。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const s = secret(node);
    if (s.value !== undefined && s.value !== '') return;
    if (s.unresolved.length || s.unknown) return;
    // Whether the version requires a secret is asked only when none is set (a rule on a version range asks less).
    const state = authState(node);
    if (!state.secretRequired) return;
    const required = node.imageVersion ? imageRequiredEnv(node.imageVersion) : [];
    if (required.includes('NACOS_AUTH_TOKEN') && !(node.env?.get('NACOS_AUTH_TOKEN')?.value)) return; // docker-required-env-missing
    ctx.report({
      messageId: s.value === '' ? 'empty' : 'missing',
      args: { key: s.key, version: versionLabel(node), reason: state.secretReason },
      ...at(node, s),
      fixes: generateSecretFixes(ctx),
    });
  },
};
