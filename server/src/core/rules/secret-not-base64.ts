import type { Rule } from './types';
import type { Fix } from '../types';
import { planEdits } from '../fixes/cluster';
import { isPublicSecret } from '../nacos/knownValues';
import { at, decodedSecret, generateSecretFixes, HASH_NOTE, hashNote, msg, secret, secretConsequence, versionLabel } from './util';

export const rule: Rule = {
  id: 'secret-not-base64',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg("The token secret is not Base64 the version accepts (e.g. '-', '_', '$' or a space inside, or a length that leaves a dangling character). 2.2.0/2.2.0.1 fail to start; 2.2.2+ fail to start when authentication is on; ≤ 2.0.3 fail at login; 2.0.4–2.1.x and 2.2.1–2.2.4 silently use the raw bytes instead.",
      "token 密钥不是该版本接受的 Base64（如中间含 '-'、'_'、'$' 或空格，或长度多出一个字符）。2.2.0/2.2.0.1 启动失败；2.2.2+ 在开启鉴权时启动失败；≤ 2.0.3 在登录时失败；2.0.4–2.1.x 与 2.2.1–2.2.4 会静默改用原始字节。"),
    versions: 'all (decoder per version, facts §1.6)',
  },
  messages: {
    illegal: msg("The token secret has the character '{char}' at position {index}, which is not Base64: {version} fails to start (\"Illegal base64 character: '{char}'\").",
      "token 密钥第 {index} 个位置的字符 '{char}' 不是 Base64 字符：{version} 启动失败（\"Illegal base64 character: '{char}'\"）。"),
    outOfRange: msg("The token secret ends with the non-Latin-1 character U+{code}: {version}'s decoder throws ArrayIndexOutOfBoundsException at startup.",
      "token 密钥首尾有非 Latin-1 字符 U+{code}：{version} 的解码器在启动时抛出 ArrayIndexOutOfBoundsException。"),
    illegalLogin: msg("The token secret has the character '{char}' at position {index}, which is not Base64: {version} starts, but every login fails while decoding it.",
      "token 密钥第 {index} 个位置的字符 '{char}' 不是 Base64 字符：{version} 能启动，但每次登录都会在解码时失败。"),
    illegalLatent: msg("The token secret has the character '{char}' at position {index}, which is not Base64. Authentication is off, so {version} starts and ignores it; as soon as authentication is enabled it fails to start (\"Illegal base64 character: '{char}'\").",
      "token 密钥第 {index} 个位置的字符 '{char}' 不是 Base64 字符。鉴权关闭，因此 {version} 能启动并忽略它；一旦开启鉴权就会启动失败（\"Illegal base64 character: '{char}'\"）。"),
    illegalLatentLogin: msg("The token secret has the character '{char}' at position {index}, which is not Base64. Authentication is off, so {version} ignores it; as soon as authentication is enabled every login fails.",
      "token 密钥第 {index} 个位置的字符 '{char}' 不是 Base64 字符。鉴权关闭，因此 {version} 会忽略它；一旦开启鉴权，每次登录都会失败。"),
    fallback: msg("The token secret is not valid Base64 ('{char}' at position {index}): {version} silently signs with the {bytes} raw bytes of the text instead — other versions decode it differently, so tokens will not verify across versions.",
      "token 密钥不是合法的 Base64（第 {index} 个位置为 '{char}'）：{version} 会静默改用文本的 {bytes} 个原始字节签名——其他版本解码结果不同，跨版本的 token 将无法校验。"),
    hashInValue: HASH_NOTE,
    fallbackEnding: msg('The token secret is not valid strict Base64: its {length} characters do not end a Base64 unit (java.util.Base64: "{cause}"). {version} silently signs with the {bytes} raw bytes of the text instead — other versions decode it differently, so tokens will not verify across versions.',
      'token 密钥不是严格的 Base64：它的 {length} 个字符不能构成完整的 Base64 单元（java.util.Base64："{cause}"）。{version} 会静默改用文本的 {bytes} 个原始字节签名——其他版本解码结果不同，跨版本的 token 将无法校验。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const s = secret(node);
    if (!s.value) return;
    const r = decodedSecret(ctx.fixEnv, s.value, node);
    if (!r.error && !r.usedRawFallback) return;
    const fixes: Fix[] = [];
    const w = s.written;
    // Only when the raw text is long enough to be a key: the re-encoded secret must not become too short.
    if (w && w.literal && /^[\x20-\x7e]+$/.test(s.value) && s.value.length >= ctx.settings.minSecretBytes) {
      const raw = s.value;
      const encoded = Buffer.from(raw, 'utf8').toString('base64');
      // Every member with the same text, so members that agreed still agree.
      fixes.push({ title: 'Re-encode the text as Base64 (keeps the same key bytes as the raw-text fallback)', deterministic: false, edits: () => planEdits(ctx.fixEnv, [node], { kinds: ['secret'], value: m => (secret(m).value === raw ? encoded : undefined) }) });
    }
    const allFixes = [...generateSecretFixes(ctx), ...fixes];
    if (r.error) {
      const code = r.error.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      // The consequence by version and switches (audit-plan §1.2, §2.5): only a startup check stops the server.
      const { timing, latentTiming } = secretConsequence(node);
      const messageId = timing === 'startup' ? (r.error.kind === 'out-of-range' ? 'outOfRange' : 'illegal')
        : timing === 'login' ? 'illegalLogin' : latentTiming === 'login' ? 'illegalLatentLogin' : 'illegalLatent';
      ctx.report({
        messageId,
        args: { char: printable(r.error.char), index: r.error.index + 1, code, version: versionLabel(node) },
        ...charSpan(node, s, r.error.index), related: hashNote(s), fixes: allFixes, ...(timing === 'latent' ? { severity: 'warning' as const } : {}),
      });
    } else if (r.usedRawFallback) {
      // Never fails: a warning. A published secret is secret-public-value's (a new secret fixes both).
      if (isPublicSecret(s.value, r.bytes, ctx.settings.knownValues)) return;
      const cause = r.fallbackCause;
      const args = { bytes: r.bytes?.length ?? 0, version: versionLabel(node), length: [...s.value].length, cause: cause?.message ?? '' };
      if (cause?.kind === 'bad-ending') {
        ctx.report({ messageId: 'fallbackEnding', args, ...at(node, s), fixes: allFixes, severity: 'warning' });
        return;
      }
      const index = cause ? cause.index : firstNonBase64(s.value);
      ctx.report({
        messageId: 'fallback',
        args: { ...args, char: printable(cause?.char ?? s.value[index] ?? '='), index: index + 1 },
        ...at(node, s), fixes: allFixes, severity: 'warning',
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
