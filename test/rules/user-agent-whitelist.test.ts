// `user-agent-whitelist`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/user-agent-whitelist.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('user-agent-whitelist', {
  valid: [base(ok), base(`${ok}nacos.core.auth.enable.userAgentAuthWhite=false\n`)],
  invalid: [{ ...base(`${ok}nacos.core.auth.enable.userAgentAuthWhite=true\n`), errors: [`${P}:6 \`true\``], output: { [P]: `${ok}nacos.core.auth.enable.userAgentAuthWhite=false\n` } }],
});
