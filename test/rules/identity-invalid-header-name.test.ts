// `identity-invalid-header-name`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/identity-invalid-header-name.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('identity-invalid-header-name', {
  valid: [base(ok)],
  invalid: [{ ...base(ok.replace('nacos-identity-4f2a9c1e', 'nacos identity')), errors: [`${P}:3 \`nacos identity\``], output: { [P]: ok.replace('nacos-identity-4f2a9c1e', 'nacos-identity') } }],
});
