import type { Rule } from './types';
import type { Fix } from '../types';
import { K } from '../nacos/keys';
import { parseNacosBoolean, parseSpringBoolean } from '../nacos/authProperties';
import { at, msg, setValue } from './util';
import { guessBoolean } from '../nacos/intendedBoolean';



const SPRING_BOOLEANS = [K.enabled, K.adminEnabled, K.consoleEnabled, K.userAgentWhite, K.tokenCache, K.standalone];

export const rule: Rule = {
  id: 'invalid-boolean',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('An auth switch is not a boolean the server accepts (`ture`, `enable`, or `"true "` with a space for `caching.enabled`, which Nacos parses without trimming).',
      '鉴权开关不是服务端接受的布尔值（`ture`、`enable`，或 `caching.enabled` 写成带空格的 `"true "`——Nacos 解析时不会去掉空格）。'),
    versions: 'all',
  },
  messages: {
    invalid: msg("'{value}' is not a boolean Spring accepts for {key} (true/false, on/off, yes/no, 1/0): the server fails to bind it or falls back to the default.",
      "'{value}' 不是 Spring 为 {key} 接受的布尔值（true/false、on/off、yes/no、1/0）：服务端绑定失败或回退到默认值。"),
    nacosConvert: msg("'{value}' is read as false for {key}: Nacos parses it without trimming and only accepts true/on/yes/y/t.",
      "{key} 的值 '{value}' 会被读作 false：Nacos 解析时不去空格，只接受 true/on/yes/y/t。"),
  },
  checkNode(ctx) {
    const { node } = ctx;
    for (const key of [...SPRING_BOOLEANS, K.caching]) {
      const s = node.settings.get(key);
      if (!s?.written || s.value === undefined || s.value === '') continue;
      const w = s.written;
      const shown = s.value.length > 30 ? `${s.value.slice(0, 30)}…` : s.value;
      const guess = guessBoolean(s.value);
      const fixes: Fix[] = guess && w.literal ? [{ title: `Change to ${guess}`, deterministic: true, isPreferred: true, edits: () => [setValue(ctx, w, guess)] }] : [];
      if (key === K.caching) {
        const strict = parseNacosBoolean(s.value);
        if (!strict && parseSpringBoolean(s.value) === true) ctx.report({ messageId: 'nacosConvert', args: { value: shown, key }, ...at(node, s), fixes });
        else if (parseSpringBoolean(s.value) === undefined) ctx.report({ messageId: 'invalid', args: { value: shown, key }, ...at(node, s), fixes });
        continue;
      }
      if (parseSpringBoolean(s.value) === undefined) ctx.report({ messageId: 'invalid', args: { value: shown, key }, ...at(node, s), fixes });
    }
  },
};
