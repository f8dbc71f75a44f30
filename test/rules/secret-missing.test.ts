// `secret-missing`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/secret-missing.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('secret-missing', {
  valid: [base(ok), base('nacos.core.auth.enabled=false\n', '2.4.3')],
  invalid: [
    { ...base(ok.replace('3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=', '')), errors: [`${P}:5 \`\``] },
    { name: '2.2.1 validates even with auth off', ...base('nacos.core.auth.enabled=false\nnacos.core.auth.plugin.nacos.token.secret.key=\n', '2.2.1'), errors: [`${P}:2 \`\``] },
  ],
});
