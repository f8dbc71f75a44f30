import type { Rule } from './types';
import type { Fix } from '../types';
import { identityKey, identityValue, msg } from './util';

export const rule: Rule = {
  id: 'identity-backslash',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    summary: msg('A backslash in a .properties identity value starts an escape: the loader drops it (`a\\b` reads as `ab`), so the value differs from the same text in an env file.',
      '.properties 中身份标识值里的反斜杠会被当作转义符：加载时被丢弃（`a\\b` 读作 `ab`），与 env 文件中相同文本的值不同。'),
    versions: 'all',
  },
  messages: {
    dropped: msg("The backslash before '{next}' in {key} is dropped by the .properties loader; the server reads '{next}' alone. Write '\\\\' for a literal backslash.",
      "{key} 中 '{next}' 前的反斜杠会被 .properties 加载器丢弃；服务端只读到 '{next}'。如需字面反斜杠请写 '\\\\'。"),
  },
  checkNode(ctx) {
    const key = identityKey(ctx.node);
    for (const s of [key, identityValue(ctx.node)]) {
      const w = s.written;
      if (!w || w.fileKind !== 'properties') continue;
      const f = ctx.file(w.path);
      if (!f) continue;
      const raw = f.text.slice(w.span.start, w.span.end);
      // `\` + a character that is not an escape Java knows: the backslash silently disappears (facts §1.10).
      for (let i = 0; i < raw.length - 1; i++) {
        if (raw[i] !== '\\') continue;
        const next = raw[i + 1];
        i++; // the escaped character is consumed either way
        if ('tnrfu\\\r\n'.includes(next)) continue;
        const start = w.span.start + i - 1;
        // A header name cannot hold a backslash (RFC 9110 tchar): in the key, drop it (the name the server reads
        // today) unless it escapes a leading separator or white space, where dropping it would change the name.
        const fixes: Fix[] = s !== key
          ? [{ title: 'Escape the backslash', deterministic: true, isPreferred: true, edits: () => [{ path: w.path, span: { start, end: start + 1 }, newText: '\\\\' }] }]
          : i === 1 && ' \t\f=:'.includes(next) ? []
          : [{ title: 'Remove the backslash', deterministic: true, isPreferred: true, edits: () => [{ path: w.path, span: { start, end: start + 1 }, newText: '' }] }];
        ctx.report({ messageId: 'dropped', args: { key: s.key, next }, path: w.path, span: { start, end: start + 2 }, fixes });
      }
    }
  },
};
