// `setting-for-other-version`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/setting-for-other-version.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { C, P, base, ok, svc } from './fixtures';

const at = (v: string, text: string) => ({ files: { [P]: text }, settings: { serverVersion: v } });
const SECRET = '3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=';
const both = (a: string, b: string) => `nacos.core.auth.default.token.secret.key=${a}\nnacos.core.auth.plugin.nacos.token.secret.key=${b}\n`;
const adminEnv = (tag: string) => ({ files: { [C]: svc(`nacos/nacos-server:${tag}`, '    environment:\n      NACOS_AUTH_ADMIN_ENABLE: "false"\n') } });

ruleTester('setting-for-other-version', {
  valid: [
    base(ok),
    // LDAP read ranges (audit H4–H6): first read in 2.1.2, 2.2.0 and 2.2.1.
    { name: 'ldap.ignore.partial.result.exception @2.2.1', ...at('2.2.1', 'nacos.core.auth.ldap.ignore.partial.result.exception=true\n') },
    { name: 'ldap.ignore.partial.result.exception @2.3.0', ...at('2.3.0', 'nacos.core.auth.ldap.ignore.partial.result.exception=true\n') },
    { name: 'ldap.filter.prefix @2.1.2', ...at('2.1.2', 'nacos.core.auth.ldap.filter.prefix=uid\n') },
    { name: 'ldap.case.sensitive @2.2.0', ...at('2.2.0', 'nacos.core.auth.ldap.case.sensitive=false\n') },
    { name: 'v3.0.1 maps NACOS_AUTH_ADMIN_ENABLE', ...adminEnv('v3.0.1') },
  ],
  invalid: [
    { ...base(`${ok}nacos.core.auth.admin.enabled=true\n`), errors: [`${P}:6 \`nacos.core.auth.admin.enabled\``] },
    { name: 'ldap.ignore.partial.result.exception @2.2.0.1', ...at('2.2.0.1', 'nacos.core.auth.ldap.ignore.partial.result.exception=true\n'), errors: [`${P}:1 \`nacos.core.auth.ldap.ignore.partial.result.exception\``] },
    { name: 'ldap.filter.prefix @2.1.0', ...at('2.1.0', 'nacos.core.auth.ldap.filter.prefix=uid\n'), errors: [`${P}:1 \`nacos.core.auth.ldap.filter.prefix\``] },
    { name: 'ldap.case.sensitive @2.1.2', ...at('2.1.2', 'nacos.core.auth.ldap.case.sensitive=false\n'), errors: [`${P}:1 \`nacos.core.auth.ldap.case.sensitive\``] },
    // RuoYi-Cloud's stock conf: both names, same value (issue 14 #4).
    { name: 'the secret under both names', ...at('3.0.0', both(SECRET, SECRET)), errors: [`${P}:1 \`nacos.core.auth.default.token.secret.key\``], message: /which this file also sets to the same value/ },
    { name: 'the secret under both names, different values', ...at('2.4.3', both('U2VjcmV0S2V5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5', SECRET)), errors: [`${P}:1 \`nacos.core.auth.default.token.secret.key\``], message: /set to another value/ },
    { name: 'v3.0.0 does not map NACOS_AUTH_ADMIN_ENABLE', ...adminEnv('v3.0.0'), errors: [`${C}:5 \`NACOS_AUTH_ADMIN_ENABLE\``], message: /maps it from v3\.0\.1 on/ },
  ],
});
