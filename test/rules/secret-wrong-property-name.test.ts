// `secret-wrong-property-name`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/secret-wrong-property-name.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('secret-wrong-property-name', {
  valid: [base(ok)],
  invalid: [{ ...base(ok.replace('plugin.nacos.token.secret.key', 'default.token.secret.key')), errors: [`${P}:5 \`nacos.core.auth.default.token.secret.key\``], output: { [P]: ok } }],
});
