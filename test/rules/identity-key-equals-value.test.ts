// `identity-key-equals-value`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/identity-key-equals-value.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('identity-key-equals-value', {
  valid: [base(ok)],
  invalid: [{ ...base(ok.replace('nacos-identity-4f2a9c1e', 'Zk3pQ9vL2mX8tR5wB7nY').replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'Zk3pQ9vL2mX8tR5wB7nY')), errors: [`${P}:4 \`Zk3pQ9vL2mX8tR5wB7nY\``] },
    // Compared as meant: trimming or unquoting (identity-whitespace, identity-quoted) must not reveal it (fuzzer, seed 2096231698).
    { name: 'equal but for white space', ...base(ok.replace('nacos-identity-4f2a9c1e', 'Zk3pQ9vL2mX8tR5wB7nY').replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'Zk3pQ9vL2mX8tR5wB7nY  ')), errors: [`${P}:4 \`Zk3pQ9vL2mX8tR5wB7nY  \``] },
    { name: 'equal but for quotes', ...base(ok.replace('nacos-identity-4f2a9c1e', "'Zk3pQ9vL2mX8tR5wB7nY'").replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'Zk3pQ9vL2mX8tR5wB7nY')), errors: [`${P}:4 \`Zk3pQ9vL2mX8tR5wB7nY\``] }],
});
