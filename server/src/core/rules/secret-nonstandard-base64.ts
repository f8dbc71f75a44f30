import type { Rule } from './types';
import type { Fix } from '../types';
import { canonicalDecode, decoderFor } from '../nacos/decoders';
import { at, decodedSecret, generateSecretFixes, msg, secret, setValue, versionLabel } from './util';
import { isPublicSecret } from '../nacos/knownValues';
import { versionAtLeast } from '../nacos/versions';

export const rule: Rule = {
  id: 'secret-nonstandard-base64',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    summary: msg('The token secret is not canonical Base64: its length is not a multiple of 4, it has "=" inside, or characters at its ends are silently trimmed. Versions decode such secrets differently (2.2.1–2.2.4 use the raw text), and 2.4.1+ warn that support will end.',
      'token 密钥不是规范的 Base64：长度不是 4 的倍数、中间有 "="，或首尾字符被静默去掉。不同版本对这种密钥的解码结果不同（2.2.1–2.2.4 使用原始文本），2.4.1+ 会警告将来不再支持。'),
    versions: '2.4.1+ warn about the length; 2.2.1–2.2.4 decode differently',
  },
  messages: {
    length: msg('The token secret has {length} characters, not a multiple of 4: {version} decodes it, but logs at startup that it "is not a standard Base64 encoding" and that support will end; 2.2.1–2.2.4 would use different key bytes.',
      'token 密钥有 {length} 个字符，不是 4 的倍数：{version} 能解码，但启动时会记录它 "is not a standard Base64 encoding" 并提示将来不再支持；2.2.1–2.2.4 会使用不同的密钥字节。'),
    interior: msg("The token secret has '=' inside; the decoder reads it as zero bits, which is almost certainly not the intended key.",
      "token 密钥中间有 '='；解码器会将其当作零比特读取，这几乎肯定不是预期的密钥。"),
    trimmed: msg('{count} character(s) at the ends of the token secret are silently dropped by the decoder of {version}; nodes on 2.2.1–2.2.4 would use different key bytes.',
      'token 密钥首尾的 {count} 个字符会被 {version} 的解码器静默丢弃；2.2.1–2.2.4 的节点会使用不同的密钥字节。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const s = secret(node);
    if (!s.value || !s.written) return; // a default is secret-public-value's business
    if (canonicalDecode(s.value)) return; // nothing trimmed, no interior padding, a multiple of 4 on every release
    const kind = decoderFor(node.version.version);
    if (kind === 'strict-fallback') return; // secret-not-base64 reports the fallback
    const r = decodedSecret(ctx.fixEnv, s.value, node);
    if (!r.bytes || r.error) return;
    const w = s.written;
    const fixes: Fix[] = [];
    // A key that must be replaced anyway (too short, published) is not worth normalising: offer a new one instead.
    const keep = r.bytes.length >= ctx.settings.minSecretBytes && !isPublicSecret(s.value, r.bytes, ctx.settings.knownValues);
    if (w && w.literal && keep) {
      const canonical = Buffer.from(r.bytes).toString('base64');
      // Re-encoding the same bytes keeps every existing token valid on this version.
      if (canonical !== s.value) fixes.push({ title: 'Normalise to canonical Base64 (same key bytes)', deterministic: true, isPreferred: true, edits: () => [setValue(ctx, w, canonical)] });
    } else if (!keep) fixes.push(...generateSecretFixes(ctx));
    const t = r.trimmed.leading + r.trimmed.trailing;
    if (t > 0) ctx.report({ messageId: 'trimmed', args: { count: t, version: versionLabel(node) }, ...at(node, s), fixes });
    else if (r.interiorPadding) ctx.report({ messageId: 'interior', ...at(node, s), fixes });
    // Only where the version itself says so (NacosJwtParser 2.4.1+, built whatever the switches); elsewhere the length
    // alone changes nothing on this node (cluster-secret-mismatch covers mixed versions).
    else if (r.lengthNotMultipleOf4 && versionAtLeast(node.version.version, '2.4.1')) ctx.report({ messageId: 'length', args: { length: s.value.length, version: versionLabel(node) }, ...at(node, s), fixes });
  },
};
