// `secret-wrong-property-name`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/secret-wrong-property-name.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

const SECRET = '3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=';

ruleTester('secret-wrong-property-name', {
  valid: [
    base(ok),
    // The right name is set too: the other line only has no effect (setting-for-other-version, issue 14 #4).
    base(`${ok}nacos.core.auth.default.token.secret.key=${SECRET}\n`),
  ],
  invalid: [
    { ...base(ok.replace('plugin.nacos.token.secret.key', 'default.token.secret.key')), errors: [`${P}:5 \`nacos.core.auth.default.token.secret.key\``], output: { [P]: ok } },
    { name: 'auth off: the jar default is latent @2.1.0', ...base(`nacos.core.auth.enabled=false\nnacos.core.auth.default.token.secret.key=${SECRET}\n`, '2.1.0'), errors: [`${P}:2 \`nacos.core.auth.default.token.secret.key\``], severity: 'warning', message: /as soon as authentication is enabled/ },
  ],
});
