import type { Rule } from './types';
import type { Fix } from '../types';
import { K } from '../nacos/keys';
import { booleanParserFor, isReadBy, parseNacosBoolean, parseSpringBoolean } from '../nacos/authProperties';
import { HASH_NOTE, at, hashNote, msg, setValue, versionLabel } from './util';
import { guessBoolean } from '../nacos/intendedBoolean';

const SWITCHES = [K.enabled, K.adminEnabled, K.consoleEnabled, K.userAgentWhite, K.tokenCache, K.caching, K.standalone];

export const rule: Rule = {
  id: 'invalid-boolean',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('An auth switch is not a boolean the server accepts: a Spring-bound switch (`enabled` from 2.0.3, `console.enabled`, `userAgentAuthWhite`, `token.cache.enable`) stops the server; 3.x `admin.enabled` turns admin authentication off; `enabled` up to 2.0.2 and `caching.enabled` read anything but true/on/yes/y/t (untrimmed) as false.',
      '鉴权开关不是服务端接受的布尔值：由 Spring 绑定的开关（2.0.3 起的 `enabled`、`console.enabled`、`userAgentAuthWhite`、`token.cache.enable`）会使服务端无法启动；3.x 的 `admin.enabled` 会关闭 admin 鉴权；2.0.2 及以前的 `enabled` 和 `caching.enabled` 把 true/on/yes/y/t（不去空格）以外的值都读作 false。'),
    versions: 'all (parser per version and key)',
  },
  messages: {
    invalid: msg("'{value}' is not a boolean Spring accepts for {key} (true/false, on/off, yes/no, 1/0): {version} fails to start.",
      "'{value}' 不是 Spring 为 {key} 接受的布尔值（true/false、on/off、yes/no、1/0）：{version} 启动失败。"),
    adminOff: msg("'{value}' is not a boolean for nacos.core.auth.admin.enabled: {version} logs \"Upgrade auth config from env failed\" and leaves admin API authentication OFF — the admin API answers anyone without a login.",
      "'{value}' 不是 nacos.core.auth.admin.enabled 的合法布尔值：{version} 记录 \"Upgrade auth config from env failed\" 并保持 admin API 鉴权关闭——任何人无需登录即可访问 admin API。"),
    readAsFalse: msg("{version} reads {key} with commons-lang3 BooleanUtils (no trimming; only true/on/yes/y/t count): '{value}' means false, so authentication is OFF.",
      "{version} 使用 commons-lang3 BooleanUtils 读取 {key}（不去空格；只认 true/on/yes/y/t）：'{value}' 表示 false，因此鉴权是关闭的。"),
    nacosConvert: msg("'{value}' is read as false for {key}: Nacos parses it without trimming and only accepts true/on/yes/y/t.",
      "{key} 的值 '{value}' 会被读作 false：Nacos 解析时不去空格，只接受 true/on/yes/y/t。"),
    hashInValue: HASH_NOTE,
    notTrue: msg("'{value}' is not true for nacos.standalone: the node is not treated as standalone.",
      "nacos.standalone 的值 '{value}' 不是 true：该节点不会被当作单机模式。"),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const v = node.version.version;
    for (const key of SWITCHES) {
      const s = node.settings.get(key);
      if (!s?.written || s.value === undefined || s.value === '') continue;
      const guess = guessBoolean(s.value);
      // A value every parser below reads as written (`true`, `false`) is reported by none: ask nothing of the release.
      const spring = parseSpringBoolean(s.value);
      if (spring !== undefined && (parseNacosBoolean(s.value) || guess === 'false' || spring === false)) continue;
      if (isReadBy(key, v) !== 'read') continue; // setting-for-other-version
      const w = s.written;
      const shown = s.value.length > 30 ? `${s.value.slice(0, 30)}…` : s.value;
      const fixes: Fix[] = guess && w.literal ? [{ title: `Change to ${guess}`, deterministic: true, isPreferred: true, edits: () => [setValue(ctx, w, guess)] }] : [];
      const report = (messageId: string, severity?: 'warning' | 'info') =>
        ctx.report({ messageId, args: { value: shown, key, version: versionLabel(node) }, ...at(node, s), related: hashNote(s), fixes, ...(severity ? { severity } : {}) });
      if (key === K.standalone) {
        // EnvUtil.getStandaloneMode is not in the corpus: only say what the product then assumes.
        if (parseSpringBoolean(s.value) === undefined) report('notTrue', 'warning');
        continue;
      }
      switch (booleanParserFor(key, v)) {
        case 'commons-lang3':
        case 'nacos-convert': {
          // Never fails: anything but true/on/yes/y/t (untrimmed) is false. Report what was meant as true.
          if (parseNacosBoolean(s.value) || guess === 'false' || parseSpringBoolean(s.value) === false) break;
          const meantTrue = guess === 'true' || parseSpringBoolean(s.value) === true;
          if (key === K.enabled) report('readAsFalse', meantTrue ? 'warning' : 'info');
          else report('nacosConvert', meantTrue ? 'warning' : 'info');
          break;
        }
        case 'spring-else-off':
          if (parseSpringBoolean(s.value) === undefined) report('adminOff');
          break;
        default:
          if (parseSpringBoolean(s.value) === undefined) report('invalid');
      }
    }
  },
};
