import type { Rule } from './types';
import { isPublicSecret } from '../nacos/knownValues';
import { at, decodedSecret, generateSecretFixes, msg, secret } from './util';

export const rule: Rule = {
  id: 'secret-low-entropy',
  defaultSeverity: 'info',
  fixable: true,
  docs: {
    summary: msg('The token secret decodes to printable words or a short repeated pattern (e.g. "ThisIsMyCustomSecretKey…"): it was typed, not generated.',
      'token 密钥解码后是可打印的单词或重复的短模式（如 "ThisIsMyCustomSecretKey…"）：它是手工输入的，而不是随机生成的。'),
    versions: 'all',
  },
  messages: {
    text: msg('The token secret decodes to readable text ({bytes} bytes of printable ASCII); a typed phrase is far easier to guess than {bytes} random bytes.',
      'token 密钥解码后是可读文本（{bytes} 字节可打印 ASCII）；手工输入的短语比 {bytes} 个随机字节容易猜得多。'),
    pattern: msg('The token secret decodes to a {period}-byte pattern repeated {times} times.',
      'token 密钥解码后是一个 {period} 字节的模式重复了 {times} 次。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const s = secret(node);
    if (!s.value || !s.written) return; // a default is secret-public-value's business
    const r = decodedSecret(ctx.fixEnv, s.value, node);
    if (!r.bytes || r.bytes.length === 0) return;
    if (isPublicSecret(s.value, r.bytes, ctx.settings.knownValues)) return;
    const b = r.bytes;
    for (let p = 1; p <= 8 && p < b.length; p++) {
      let ok = true;
      for (let i = p; i < b.length && ok; i++) ok = b[i] === b[i - p];
      if (ok) {
        ctx.report({ messageId: 'pattern', args: { period: p, times: Math.floor(b.length / p) }, ...at(node, s), fixes: generateSecretFixes(ctx) });
        return;
      }
    }
    // 32+ random bytes are printable ASCII letters with probability ~ (62/256)^32 ≈ 0.
    const printable = b.every(x => x >= 0x20 && x < 0x7f);
    const letters = b.filter(x => (x >= 0x41 && x <= 0x5a) || (x >= 0x61 && x <= 0x7a)).length;
    if (printable && letters >= b.length / 3) {
      ctx.report({ messageId: 'text', args: { bytes: b.length }, ...at(node, s), fixes: generateSecretFixes(ctx) });
    }
  },
};
