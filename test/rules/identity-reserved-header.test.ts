// `identity-reserved-header`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/identity-reserved-header.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('identity-reserved-header', {
  valid: [base(ok)],
  invalid: [{ ...base(ok.replace('nacos-identity-4f2a9c1e', 'user-agent')), errors: [`${P}:3 \`user-agent\``], output: { [P]: ok.replace('nacos-identity-4f2a9c1e', 'Nacos-Identity-User-Agent') } }],
});
