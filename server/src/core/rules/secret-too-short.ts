import type { Rule } from './types';
import { decodeSecret, decoderFor } from '../nacos/decoders';
import { at, generateSecretFixes, msg, secret, versionLabel } from './util';

export const rule: Rule = {
  id: 'secret-too-short',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('The token secret decodes to fewer bytes than the minimum (32 by default, the HS256 minimum): Nacos rejects it. A 32-character text is only 24 bytes once Base64-decoded.',
      'token 密钥解码后的字节数少于最小值（默认 32，即 HS256 的下限）：Nacos 会拒绝。32 个字符的文本 Base64 解码后只有 24 字节。'),
    versions: 'all (startup check 2.2.0+)',
  },
  messages: {
    short: msg('The token secret decodes to {bytes} bytes with {version}; at least {min} bytes are required ("The specified key byte array is {bits} bits which is not secure enough"). Encode 32 random bytes as Base64 (44 characters).',
      'token 密钥在 {version} 下解码为 {bytes} 字节；至少需要 {min} 字节（"The specified key byte array is {bits} bits which is not secure enough"）。请使用 32 个随机字节的 Base64 编码（44 个字符）。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const s = secret(node);
    if (!s.value) return;
    const r = decodeSecret(s.value, decoderFor(node.version.version));
    if (!r.bytes) return; // secret-not-base64
    const min = ctx.settings.minSecretBytes;
    if (r.bytes.length >= min) return;
    ctx.report({
      messageId: 'short',
      args: { bytes: r.bytes.length, bits: r.bytes.length * 8, min, version: versionLabel(node) },
      ...at(node, s), fixes: generateSecretFixes(ctx),
    });
  },
};
