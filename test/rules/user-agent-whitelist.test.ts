// `user-agent-whitelist`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/user-agent-whitelist.md says what the rule is for). Defaults per jar: docs/dev/audit-plan.md §1.6, §2.1.
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

const at = (v: string, text: string) => ({ files: { [P]: text }, settings: { serverVersion: v } });
const on = 'nacos.core.auth.enabled=true\nnacos.core.auth.system.type=nacos\n';

ruleTester('user-agent-whitelist', {
  valid: [
    base(ok), base(`${ok}nacos.core.auth.enable.userAgentAuthWhite=false\n`),
    // The jar's own line says false from 1.4.2 on: no line is no whitelist.
    ...['1.4.3', '2.0.2'].map(v => ({ name: `no line @${v}: the jar says false`, ...at(v, on) })),
  ],
  invalid: [
    { ...base(`${ok}nacos.core.auth.enable.userAgentAuthWhite=true\n`), errors: [`${P}:6 \`true\``], output: { [P]: `${ok}nacos.core.auth.enable.userAgentAuthWhite=false\n` }, message: /while authentication is on/ },
    { name: 'no line @1.4.1: the code default', ...at('1.4.1', on), errors: [`${P}:1 \`nacos.core.auth.enabled\``], message: /1\.4\.1 code default true applies/ },
    { name: 'auth off: latent', ...at('2.0.3', 'nacos.core.auth.enabled=false\nnacos.core.auth.enable.userAgentAuthWhite=true\n'), errors: [`${P}:2 \`true\``], severity: 'warning', message: /as soon as it is enabled/ },
    { name: '2.5.x ignores it', ...at('2.5.1', `${on}nacos.core.auth.enable.userAgentAuthWhite=true\n`), errors: [`${P}:3 \`true\``], severity: 'warning', message: /no effect since 2\.5\.0/ },
  ],
});
