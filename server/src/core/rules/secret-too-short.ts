import type { Rule } from './types';
import { at, decodedSecret, generateSecretFixes, msg, secret, secretConsequence, versionLabel } from './util';

export const rule: Rule = {
  id: 'secret-too-short',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('The token secret decodes to fewer bytes than the minimum (32 by default, the HS256 minimum): Nacos rejects it. A 32-character text is only 24 bytes once Base64-decoded.',
      'token 密钥解码后的字节数少于最小值（默认 32，即 HS256 的下限）：Nacos 会拒绝。32 个字符的文本 Base64 解码后只有 24 字节。'),
    versions: 'all (startup check 2.2.0+; at login up to 2.1.x)',
  },
  messages: {
    short: msg('The token secret decodes to {bytes} bytes with {version}; at least {min} bytes are required: the server fails to start ("The specified key byte array is {bits} bits which is not secure enough"). Encode 32 random bytes as Base64 (44 characters).',
      'token 密钥在 {version} 下解码为 {bytes} 字节；至少需要 {min} 字节：服务端启动失败（"The specified key byte array is {bits} bits which is not secure enough"）。请使用 32 个随机字节的 Base64 编码（44 个字符）。'),
    shortLogin: msg('The token secret decodes to {bytes} bytes with {version}; at least {min} bytes are required: the server starts, but every login fails ("The specified key byte array is {bits} bits which is not secure enough"). Encode 32 random bytes as Base64 (44 characters).',
      'token 密钥在 {version} 下解码为 {bytes} 字节；至少需要 {min} 字节：服务端能启动，但每次登录都会失败（"The specified key byte array is {bits} bits which is not secure enough"）。请使用 32 个随机字节的 Base64 编码（44 个字符）。'),
    shortLatent: msg('The token secret decodes to {bytes} bytes with {version}; at least {min} bytes are required. Authentication is off, so the server ignores it now; as soon as authentication is enabled it is rejected. Encode 32 random bytes as Base64 (44 characters).',
      'token 密钥在 {version} 下解码为 {bytes} 字节；至少需要 {min} 字节。目前鉴权关闭，服务端会忽略它；一旦开启鉴权就会被拒绝。请使用 32 个随机字节的 Base64 编码（44 个字符）。'),
    belowPolicy: msg('The token secret decodes to {bytes} bytes with {version}: the server accepts it (32 bytes minimum), but nacosAuthLint.minSecretBytes asks for {min}.',
      'token 密钥在 {version} 下解码为 {bytes} 字节：服务端接受（最少 32 字节），但 nacosAuthLint.minSecretBytes 要求 {min} 字节。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const s = secret(node);
    if (!s.value) return;
    const r = decodedSecret(ctx.fixEnv, s.value, node);
    if (!r.bytes) return; // secret-not-base64
    const min = ctx.settings.minSecretBytes;
    if (r.bytes.length >= min) return;
    const args = { bytes: r.bytes.length, bits: r.bytes.length * 8, min, version: versionLabel(node) };
    // 32 bytes is the server's own floor (HS256, NacosJwtParser / Keys.hmacShaKeyFor); above it only the policy speaks.
    if (r.bytes.length >= 32) {
      ctx.report({ messageId: 'belowPolicy', args, ...at(node, s), fixes: generateSecretFixes(ctx), severity: 'warning' });
      return;
    }
    const { timing } = secretConsequence(node);
    ctx.report({
      messageId: timing === 'startup' ? 'short' : timing === 'login' ? 'shortLogin' : 'shortLatent',
      args, ...at(node, s), fixes: generateSecretFixes(ctx), ...(timing === 'latent' ? { severity: 'warning' as const } : {}),
    });
  },
};
