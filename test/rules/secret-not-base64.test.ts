// `secret-not-base64`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/secret-not-base64.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('secret-not-base64', {
  valid: [base(ok)],
  invalid: [
    { ...base(ok.replace('3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=', '3q2+7wQm1Y8rZb5Kc0Lx9Vn4-Ts6Pa2Ju8Hd1Fg7Ei3A=')), errors: [`${P}:5 \`-\``] },
    { name: '2.2.1–2.2.4 fall back to raw bytes', ...base(ok.replace('3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=', '3q2+7wQm1Y8rZb5Kc0Lx9Vn4-Ts6Pa2Ju8Hd1Fg7Ei3A='), '2.2.3'), errors: [`${P}:5 \`3q2+7wQm1Y8rZb5Kc0Lx9Vn4-Ts6Pa2Ju8Hd1Fg7Ei3A=\``] },
  ],
});
