// `auth-disabled`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/auth-disabled.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { C, P, base, ok, svc } from './fixtures';

const v3 = (lines: string) => ({ files: { [P]: `nacos.core.auth.enabled=true\n${lines}` }, settings: { serverVersion: '3.0.0' } });

ruleTester('auth-disabled', {
  valid: [
    base(ok),
    { name: '3.x admin and console on', ...v3('nacos.core.auth.admin.enabled=true\nnacos.core.auth.console.enabled=true\n') },
    // Before 3.0 the keys are not read (setting-for-other-version).
    base(`${ok}nacos.core.auth.admin.enabled=false\n`, '2.4.3'),
    // v3.0.0 does not map NACOS_AUTH_ADMIN_ENABLE (setting-for-other-version); its conf keeps admin auth on.
    { name: 'v3.0.0 image ignores NACOS_AUTH_ADMIN_ENABLE', files: { [C]: svc('nacos/nacos-server:v3.0.0', '    environment:\n      NACOS_AUTH_ENABLE: "true"\n      NACOS_AUTH_ADMIN_ENABLE: "false"\n') } },
  ],
  invalid: [
    { ...base(ok.replace('enabled=true', 'enabled=false')), errors: [`${P}:1 \`false\``] },
    { name: 'standalone: info', ...base(`${ok.replace('enabled=true', 'enabled=false')}nacos.standalone=true\n`), errors: [`${P}:1 \`false\``], severity: 'info' },
    { name: 'BooleanUtils reads true␠ as false @1.4.5', ...base('nacos.core.auth.enabled=true \n', '1.4.5'), errors: [`${P}:1 \`true \``] },
    { name: '3.x admin API auth off', ...v3('nacos.core.auth.admin.enabled=false\n'), errors: [`${P}:2 \`false\``], message: /Admin API authentication is off/ },
    { name: '3.x console login off', ...v3('nacos.core.auth.console.enabled=false\n'), errors: [`${P}:2 \`false\``], message: /Console login is off/ },
    { name: 'v3.0.1+ image: NACOS_AUTH_CONSOLE_ENABLE=false', files: { [C]: svc('nacos/nacos-server:v3.1.0', '    environment:\n      NACOS_AUTH_ENABLE: "true"\n      NACOS_AUTH_CONSOLE_ENABLE: "false"\n') }, errors: [`${C}:6 \`"false"\``], message: /NACOS_AUTH_CONSOLE_ENABLE=false/ },
  ],
});
