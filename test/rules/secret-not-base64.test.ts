// `secret-not-base64`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/secret-not-base64.md says what the rule is for). The consequence per version and switches:
// docs/dev/audit-plan.md §1.2, §2.5, §4 item 8.
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

const DASHES = 'this-is-a-very-long-token-at-least-192-bytes-recommend-256-bytes-without-any-special-symbols';
const OLD_DEFAULT = 'SecretKey012345678901234567890123456789012345678901234567890123456789';
const at = (v: string, enabled: string, secret: string, name = 'plugin.nacos') =>
  ({ files: { [P]: `nacos.core.auth.enabled=${enabled}\nnacos.core.auth.${name}.token.secret.key=${secret}\n` }, settings: { serverVersion: v } });

ruleTester('secret-not-base64', {
  valid: [
    base(ok),
    // 2.2.1–2.2.4: the published 69-character default is secret-public-value's; its length, not '9', is the problem.
    { name: 'the published default @2.2.3', ...at('2.2.3', 'true', OLD_DEFAULT) },
  ],
  invalid: [
    { ...base(ok.replace('3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=', '3q2+7wQm1Y8rZb5Kc0Lx9Vn4-Ts6Pa2Ju8Hd1Fg7Ei3A=')), errors: [`${P}:5 \`-\``], message: /fails to start/ },
    { name: '2.2.1–2.2.4 fall back to raw bytes', ...base(ok.replace('3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=', '3q2+7wQm1Y8rZb5Kc0Lx9Vn4-Ts6Pa2Ju8Hd1Fg7Ei3A='), '2.2.3'), errors: [`${P}:5 \`3q2+7wQm1Y8rZb5Kc0Lx9Vn4-Ts6Pa2Ju8Hd1Fg7Ei3A=\``], severity: 'warning' },
    { name: 'a dangling character @2.2.3: the length is the cause', ...at('2.2.3', 'true', `${'QUJD'.repeat(11)}x`), errors: [`${P}:2 \`${'QUJD'.repeat(11)}x\``], severity: 'warning', message: /its 45 characters do not end a Base64 unit/ },
    ...['2.3.0', '2.5.1'].map(v => ({ name: `auth off @${v}: latent`, ...at(v, 'false', DASHES), errors: [`${P}:2 \`-\``], severity: 'warning' as const, message: /as soon as authentication is enabled it fails to start/ })),
    { name: 'auth on @2.3.0', ...at('2.3.0', 'true', DASHES), errors: [`${P}:2 \`-\``], message: /fails to start/ },
    { name: '2.2.0 checks at startup whatever the switches', ...at('2.2.0', 'false', DASHES), errors: [`${P}:2 \`-\``], message: /fails to start/ },
    // 2.0.4–2.1.x fall back to the text's UTF-8 bytes on any decoding error: never a failure.
    { name: 'fallback @2.1.0', ...at('2.1.0', 'true', `${'QUJD'.repeat(11)}-QUJD`), errors: [`${P}:2 \`${'QUJD'.repeat(11)}-QUJD\``], severity: 'warning', message: /signs with the 49 raw bytes/ },
    { name: '≤ 2.0.3: at login', ...at('2.0.3', 'true', DASHES, 'default'), errors: [`${P}:2 \`-\``], message: /starts, but every login fails/ },
  ],
});
