// `secret-too-short`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/secret-too-short.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('secret-too-short', {
  valid: [base(ok)],
  invalid: [{ ...base(ok.replace('3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=', 'Zk3pQ9vL2mX8tR5wB7nYq4Jd6Hs1Fa0C')), errors: [`${P}:5 \`Zk3pQ9vL2mX8tR5wB7nYq4Jd6Hs1Fa0C\``] }],
});
