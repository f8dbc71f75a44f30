// `invalid-boolean`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/invalid-boolean.md says what the rule is for). Each switch is read as its version reads it
// (docs/dev/audit-plan.md §1.5, §2.2, §2.6, §3.14).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

const one = (v: string, line: string) => ({ files: { [P]: `${line}\n` }, settings: { serverVersion: v } });
const FAILS = /fails to start/;

ruleTester('invalid-boolean', {
  valid: [
    base(ok), base(ok.replace('enabled=true', 'enabled=on')),
    { name: 'y is true for BooleanUtils @1.4.5', ...one('1.4.5', 'nacos.core.auth.enabled=y') },
    { name: 'Spring trims @2.3.0', ...one('2.3.0', 'nacos.core.auth.enabled=true ') },
    { name: '1 is true for Spring @2.3.0', ...one('2.3.0', 'nacos.core.auth.enabled=1') },
    { name: 'a key the version does not read is setting-for-other-version\'s', ...one('2.3.0', 'nacos.core.auth.admin.enabled=ture') },
  ],
  invalid: [
    { ...base(ok.replace('enabled=true', 'enabled=ture')), errors: [`${P}:1 \`ture\``], output: { [P]: ok }, message: FAILS },
    { name: 'caching.enabled is not trimmed', ...base(`${ok}nacos.core.auth.caching.enabled=true \n`), errors: [`${P}:6 \`true \``], severity: 'warning' },
    { name: 'BooleanUtils does not trim @1.4.5', ...one('1.4.5', 'nacos.core.auth.enabled=true '), errors: [`${P}:1 \`true \``], severity: 'warning', message: /means false, so authentication is OFF/ },
    { name: 'BooleanUtils: 1 is false @2.0.2', ...one('2.0.2', 'nacos.core.auth.enabled=1'), errors: [`${P}:1 \`1\``], severity: 'warning', message: /Nacos 2\.0\.2 .*commons-lang3/ },
    { name: 'Spring rejects y @2.3.0', ...one('2.3.0', 'nacos.core.auth.enabled=y'), errors: [`${P}:1 \`y\``], message: FAILS },
    { name: '3.x admin.enabled typo turns admin auth off', ...one('3.0.0', 'nacos.core.auth.admin.enabled=ture'), errors: [`${P}:1 \`ture\``], message: /leaves admin API authentication OFF/ },
    { name: '3.x console.enabled typo fails (plugin @Value)', ...one('3.0.0', 'nacos.core.auth.console.enabled=ture'), errors: [`${P}:1 \`ture\``], message: FAILS },
    { name: 'token.cache.enable typo fails @2.3.0', ...one('2.3.0', 'nacos.core.auth.plugin.nacos.token.cache.enable=ture'), errors: [`${P}:1 \`ture\``], message: FAILS },
    { name: 'userAgentAuthWhite typo fails @2.0.3', ...one('2.0.3', 'nacos.core.auth.enable.userAgentAuthWhite=ture'), errors: [`${P}:1 \`ture\``], message: FAILS },
  ],
});
