// `invalid-token-expire`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/invalid-token-expire.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('invalid-token-expire', {
  valid: [base(`${ok}nacos.core.auth.plugin.nacos.token.expire.seconds=18000\n`)],
  invalid: [{ ...base(`${ok}nacos.core.auth.plugin.nacos.token.expire.seconds=5h\n`), errors: [`${P}:6 \`5h\``], output: { [P]: `${ok}nacos.core.auth.plugin.nacos.token.expire.seconds=18000\n` } }],
});
