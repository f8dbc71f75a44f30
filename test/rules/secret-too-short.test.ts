// `secret-too-short`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/secret-too-short.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

const SHORT = 'Zk3pQ9vL2mX8tR5wB7nYq4Jd6Hs1Fa0C';
const at = (v: string, enabled: string, name = 'plugin.nacos') =>
  ({ files: { [P]: `nacos.core.auth.enabled=${enabled}\nnacos.core.auth.${name}.token.secret.key=${SHORT}\n` }, settings: { serverVersion: v } });

ruleTester('secret-too-short', {
  valid: [base(ok)],
  invalid: [
    { ...base(ok.replace('3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=', SHORT)), errors: [`${P}:5 \`${SHORT}\``], message: /fails to start/ },
    { name: 'auth off @2.3.0: latent', ...at('2.3.0', 'false'), errors: [`${P}:2 \`${SHORT}\``], severity: 'warning', message: /as soon as authentication is enabled/ },
    { name: '≤ 2.1.x: at login', ...at('2.0.3', 'true', 'default'), errors: [`${P}:2 \`${SHORT}\``], message: /every login fails/ },
    { name: 'a stricter policy than the server', files: { [P]: ok }, settings: { serverVersion: '2.4.3', minSecretBytes: 48 }, errors: [`${P}:5 \`3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=\``], severity: 'warning', message: /minSecretBytes asks for 48/ },
  ],
});
