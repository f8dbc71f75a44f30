// `identity-weak-value`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/identity-weak-value.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('identity-weak-value', {
  valid: [base(ok)],
  invalid: [
    { ...base(ok.replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'abc123')), errors: [`${P}:4 \`abc123\``] },
    { name: 'digits only', ...base(ok.replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', '12345678901234567')), errors: [`${P}:4 \`12345678901234567\``] },
    { name: 'dictionary words', ...base(ok.replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'mynacossecretpassword')), errors: [`${P}:4 \`mynacossecretpassword\``] },
  ],
});
