// `identity-blank`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/identity-blank.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok, withLine } from './fixtures';

ruleTester('identity-blank', {
  valid: [base(ok)],
  invalid: [{ ...base(withLine(/nacos.core.auth.server.identity.value=.*\n/, 'nacos.core.auth.server.identity.value=\\   \n')), errors: [`${P}:4 \`\\   \``] }],
});
