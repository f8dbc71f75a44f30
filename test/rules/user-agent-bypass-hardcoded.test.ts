// `user-agent-bypass-hardcoded`: texts that must not fire, texts that must (exact line and underlined text)
// (docs/rules/user-agent-bypass-hardcoded.md says what the rule is for; facts: docs/dev/audit-plan.md §1.7).
import { ruleTester } from './ruleTester';
import { C, P, base, ok, svc } from './fixtures';

ruleTester('user-agent-bypass-hardcoded', {
  valid: [base(ok), base('nacos.core.auth.enabled=true\n', '1.4.1'), base('nacos.core.auth.enabled=true\n', '1.1.4')],
  invalid: [
    { name: 'auth on @1.3.0', ...base('nacos.core.auth.enabled=true\n', '1.3.0'), errors: [`${P}:1 \`true\``], message: /CVE-2021-29441/ },
    { name: 'auth on @1.4.0', ...base('nacos.core.auth.enabled=true\n', '1.4.0'), errors: [`${P}:1 \`true\``] },
    { name: 'auth off @1.3.0: latent', ...base('nacos.core.auth.enabled=false\n', '1.3.0'), errors: [`${P}:1 \`false\``], severity: 'warning', message: /as soon as it is enabled/ },
    { name: 'BooleanUtils: true␠ is off @1.2.1', ...base('nacos.core.auth.enabled=true \n', '1.2.1'), errors: [`${P}:1 \`true \``], severity: 'warning' },
    { name: 'an image tag 1.3.2', files: { [C]: svc('nacos/nacos-server:1.3.2', '    environment:\n      NACOS_AUTH_ENABLE: "true"\n') }, errors: [`${C}:5 \`"true"\``] },
  ],
});
