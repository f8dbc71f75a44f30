import type { Rule } from './types';
import type { Fix } from '../types';
import { decodeSecret, decoderFor } from '../nacos/decoders';
import { planEdits } from '../fixes/cluster';
import { at, generateSecretFixes, msg, secret, versionLabel } from './util';

export const rule: Rule = {
  id: 'secret-not-base64',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg("The token secret has a character the version's Base64 decoder does not accept (e.g. '-', '_', '$', a space). 2.3.0+ fails to start; 2.2.1–2.2.4 silently use the raw bytes instead.",
      "token 密钥包含该版本 Base64 解码器不接受的字符（如 '-'、'_'、'$'、空格）。2.3.0+ 启动失败；2.2.1–2.2.4 会静默改用原始字节。"),
    versions: 'all (decoder per version, facts §1.6)',
  },
  messages: {
    illegal: msg("The token secret has the character '{char}' at position {index}, which is not Base64: {version} fails to start (\"Illegal base64 character: '{char}'\").",
      "token 密钥第 {index} 个位置的字符 '{char}' 不是 Base64 字符：{version} 启动失败（\"Illegal base64 character: '{char}'\"）。"),
    outOfRange: msg("The token secret ends with the non-Latin-1 character U+{code}: {version}'s decoder throws ArrayIndexOutOfBoundsException at startup.",
      "token 密钥首尾有非 Latin-1 字符 U+{code}：{version} 的解码器在启动时抛出 ArrayIndexOutOfBoundsException。"),
    fallback: msg("The token secret is not valid strict Base64 ('{char}' at position {index}): {version} silently signs with the {bytes} raw bytes of the text instead — other versions decode it differently, so tokens will not verify across versions.",
      "token 密钥不是严格的 Base64（第 {index} 个位置为 '{char}'）：{version} 会静默改用文本的 {bytes} 个原始字节签名——其他版本解码结果不同，跨版本的 token 将无法校验。"),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const s = secret(node);
    if (!s.value) return;
    const r = decodeSecret(s.value, decoderFor(node.version.version));
    const fixes: Fix[] = [];
    const w = s.written;
    // Only when the raw text is long enough to be a key: the re-encoded secret must not become too short.
    if (w && w.literal && /^[\x20-\x7e]+$/.test(s.value) && s.value.length >= ctx.settings.minSecretBytes) {
      const raw = s.value;
      const encoded = Buffer.from(raw, 'utf8').toString('base64');
      // Every member with the same text, so members that agreed still agree.
      fixes.push({ title: 'Re-encode the text as Base64 (keeps the same key bytes as the raw-text fallback)', deterministic: false, edits: () => planEdits(ctx.fixEnv, [node], { kinds: ['secret'], value: m => (secret(m).value === raw ? encoded : undefined) }) });
    }
    const gen = generateSecretFixes(ctx);
    const allFixes = [...gen, ...fixes];
    if (r.error) {
      const code = r.error.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      ctx.report({
        messageId: r.error.kind === 'out-of-range' ? 'outOfRange' : 'illegal',
        args: { char: printable(r.error.char), index: r.error.index + 1, code, version: versionLabel(node) },
        ...charSpan(node, s, r.error.index), fixes: allFixes,
      });
    } else if (r.usedRawFallback) {
      const strictBad = firstNonBase64(s.value);
      ctx.report({
        messageId: 'fallback',
        args: { char: printable(s.value[strictBad] ?? '='), index: strictBad + 1, bytes: r.bytes?.length ?? 0, version: versionLabel(node) },
        ...at(node, s), fixes: allFixes,
      });
    }
  },
};

function printable(c: string): string {
  if (c === ' ') return 'space';
  if (c === '\t') return 'TAB';
  return /[\x20-\x7e]/.test(c) ? c : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function firstNonBase64(v: string): number {
  const i = [...v].findIndex(c => !/[A-Za-z0-9+/=]/.test(c));
  return i < 0 ? Math.max(0, v.length - 1) : i;
}

function charSpan(node: Parameters<typeof at>[0], s: Parameters<typeof at>[1], index: number) {
  const w = s?.written;
  if (w?.literal && w.offsets && index + 1 < w.offsets.length) return { path: w.path, span: { start: w.offsets[index], end: w.offsets[index + 1] } };
  return at(node, s);
}
