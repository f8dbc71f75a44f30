// `identity-invalid-header-value`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/identity-invalid-header-value.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('identity-invalid-header-value', {
  valid: [base(ok)],
  invalid: [{ ...base(ok.replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'Qx8Zt2mL0pVb7s\\u00e9RkWc3nYh5dFj9aGe1uIo4TqNw6PzE')), errors: [`${P}:4 \`Qx8Zt2mL0pVb7s\\u00e9RkWc3nYh5dFj9aGe1uIo4TqNw6PzE\``] }],
});
