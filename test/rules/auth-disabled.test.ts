// `auth-disabled`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/auth-disabled.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('auth-disabled', {
  valid: [base(ok)],
  invalid: [{ ...base(ok.replace('enabled=true', 'enabled=false')), errors: [`${P}:1 \`false\``] }],
});
