// `identity-backslash`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/identity-backslash.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('identity-backslash', {
  valid: [base(ok), base(ok.replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'Qx8Zt2mL0pVb7sRk\\\\Wc3nYh5dFj9aGe1uIo4TqNw6PzE'))],
  invalid: [{ ...base(ok.replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'Qx8Zt2mL0pVb7sRk\\Wc3nYh5dFj9aGe1uIo4TqNw6PzE')), errors: [`${P}:4 \`\\W\``], output: { [P]: ok.replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'Qx8Zt2mL0pVb7sRk\\\\Wc3nYh5dFj9aGe1uIo4TqNw6PzE') } },
    // Found by the fuzzer: escaping it in the key would put a backslash in a header name (identity-invalid-header-name).
    { name: 'in the key the backslash is removed', ...base(ok.replace('nacos-identity-4f2a9c1e', 'nacos-identity\\-4f2a9c1e')), errors: [`${P}:3 \`\\-\``], output: { [P]: ok } }],
});
