// `duplicate-key`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/duplicate-key.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('duplicate-key', {
  valid: [base(ok)],
  invalid: [{ ...base(`nacos.core.auth.enabled=false\n${ok}`), errors: [`${P}:1 \`nacos.core.auth.enabled\``], output: { [P]: ok } }],
});
