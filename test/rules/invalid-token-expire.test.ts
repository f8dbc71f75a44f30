// `invalid-token-expire`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/invalid-token-expire.md says what the rule is for). Per version: docs/dev/audit-plan.md §1.4, §2.7.
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

const at = (v: string, text: string) => ({ files: { [P]: text }, settings: { serverVersion: v } });
const exp = (value: string) => `nacos.core.auth.plugin.nacos.token.expire.seconds=${value}\n`;

ruleTester('invalid-token-expire', {
  valid: [
    base(`${ok}${exp('18000')}`),
    { name: 'Spring trims @2.3.0', ...at('2.3.0', exp('18000 ')) },
    { name: 'empty means the default @2.3.0', ...at('2.3.0', exp('')) },
    // ≤ 2.0.4 read default.token.expire.seconds: the plugin name is setting-for-other-version's.
    { name: 'a name 2.0.4 does not read', ...at('2.0.4', exp('x')) },
  ],
  invalid: [
    { ...base(`${ok}${exp('5h')}`), errors: [`${P}:6 \`5h\``], output: { [P]: `${ok}${exp('18000')}` }, message: /fails to start/ },
    { name: 'Long.parseLong does not trim @2.1.0', ...at('2.1.0', exp('18000 ')), errors: [`${P}:1 \`18000 \``], message: /NumberFormatException from Long\.parseLong/ },
    { name: 'even with auth off @2.3.0', ...at('2.3.0', `nacos.core.auth.enabled=false\n${exp('5h')}`), errors: [`${P}:2 \`5h\``], message: /even with authentication off/ },
    { name: '0 issues expired tokens @2.3.0', ...at('2.3.0', exp('0')), errors: [`${P}:1 \`0\``], severity: 'warning', message: /already expired/ },
    { name: '-1 @1.4.5', ...at('1.4.5', 'nacos.core.auth.default.token.expire.seconds=-1\n'), errors: [`${P}:1 \`-1\``], severity: 'warning', message: /already expired/ },
  ],
});
