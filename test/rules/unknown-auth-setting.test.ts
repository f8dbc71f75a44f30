// `unknown-auth-setting`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/unknown-auth-setting.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('unknown-auth-setting', {
  valid: [base(ok), base(`${ok}nacos.core.auth.plugin.myplugin.url=x\n`)],
  invalid: [
    { ...base(`${ok}nacos.core.auth.enable=true\n`), errors: [`${P}:6 \`nacos.core.auth.enable\``] },
    { name: 'invented name', ...base(`${ok}nacos.auth.enable=true\n`), errors: [`${P}:6 \`nacos.auth.enable\``] },
  ],
});
