// `auth-system-type`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/auth-system-type.md says what the rule is for). Per version: docs/dev/audit-plan.md §1.3, §2.4.
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

const at = (v: string, text: string) => ({ files: { [P]: text }, settings: { serverVersion: v } });
const typed = (t: string) => `nacos.core.auth.enabled=true\nnacos.core.auth.system.type=${t}\n`;

ruleTester('auth-system-type', {
  valid: [
    base(ok),
    // Every jar embeds system.type=nacos: a file without the line runs with it.
    ...['1.4.5', '2.3.0', '3.0.0'].map(v => ({ name: `no line @${v}: the jar's nacos`, ...at(v, 'nacos.core.auth.enabled=true\n') })),
    // Up to 2.0.x the name is compared with equalsIgnoreCase.
    ...['1.4.3', '2.0.3'].map(v => ({ name: `Nacos @${v}`, ...at(v, typed('Nacos')) })),
    { name: 'auth off', ...at('2.3.0', 'nacos.core.auth.enabled=false\nnacos.core.auth.system.type=\n') },
  ],
  invalid: [
    { ...base(ok.replace('system.type=nacos', 'system.type=')), errors: [`${P}:2 \`\``], message: /fails to start with "Invalid auth type" \(50001\)/ },
    { name: 'case-sensitive', ...base(ok.replace('system.type=nacos', 'system.type=Nacos')), errors: [`${P}:2 \`Nacos\``], output: { [P]: ok } },
    { name: 'empty @1.4.3: the legacy filter', ...at('1.4.3', typed('')), errors: [`${P}:2 \`\``], severity: 'warning', message: /still checks logins/ },
    ...['2.1.0', '2.2.0'].map(v => ({ name: `empty @${v}: not enforced`, ...at(v, typed('')), errors: [`${P}:2 \`\``], message: /does NOT enforce authentication, although it is switched on/ })),
    { name: 'a trailing space is part of the name @2.3.0', ...at('2.3.0', typed('nacos ')), errors: [`${P}:2 \`nacos \``], message: /white space around it is part of the name/ },
    { name: 'unknown @2.0.3: the console cannot log anyone in', ...at('2.0.3', typed('oauth')), errors: [`${P}:2 \`oauth\``], severity: 'warning', message: /case does not matter here/ },
  ],
});
