// `syntax-error`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/syntax-error.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('syntax-error', {
  valid: [base(ok)],
  invalid: [{ ...base(`${ok}a=\\u12\n`), errors: [`${P}:6 \`\\u12\``] }],
});
