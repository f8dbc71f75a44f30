// `auth-not-supported`: texts that must not fire, texts that must (exact line and underlined text)
// (docs/rules/auth-not-supported.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { C, P, base, ok, svc } from './fixtures';

ruleTester('auth-not-supported', {
  valid: [base(ok), base('nacos.core.auth.enabled=false\n', '1.2.0')],
  invalid: [
    { name: 'image 1.1.4', files: { [C]: svc('nacos/nacos-server:1.1.4', '    environment:\n      MODE: standalone\n') }, errors: [`${C}:2 \`nacos\``], message: /no authentication to configure/ },
    { name: 'auth keys a 1.1.4 server does not read', ...base('nacos.core.auth.enabled=true\n', '1.1.4'), errors: [`${P}:1 \`nacos.core.auth.enabled\``] },
  ],
});
