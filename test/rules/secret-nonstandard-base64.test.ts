// `secret-nonstandard-base64`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/secret-nonstandard-base64.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('secret-nonstandard-base64', {
  valid: [
    base(ok),
    // Before 2.4.1 nothing warns about the length, and this node's key bytes are the same (audit-plan §1.2).
    ...['2.0.3', '2.3.2'].map(v => base(ok.replace('3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=', '3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A').replace('plugin.nacos', v === '2.0.3' ? 'default' : 'plugin.nacos'), v)),
  ],
  invalid: [{ ...base(ok.replace('3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=', '3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A')), errors: [`${P}:5 \`3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A\``], output: { [P]: ok }, message: /logs at startup/ }],
});
