// `identity-missing`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/identity-missing.md says what the rule is for). The version cases follow
// docs/dev/audit-plan.md §2.1–§2.3 and §2.6 (when each version checks the pair, and what the whitelist waives).
import { ruleTester } from './ruleTester';
import { P, base, ok, withLine } from './fixtures';

const on = 'nacos.core.auth.enabled=true\nnacos.core.auth.system.type=nacos\n';
const at = (v: string, text: string) => ({ files: { [P]: text }, settings: { serverVersion: v } });
const anchor = `${P}:1 \`nacos.core.auth.enabled\``;
const REQUEST = /starts, but answers every HTTP request with 403/;
const STARTUP = /fails to start with "Empty identity" \(50002\)/;
const emptyPair = 'nacos.core.auth.server.identity.key=\nnacos.core.auth.server.identity.value=\n';
const emptyAt = [`${P}:3 \`\``, `${P}:4 \`\``];
const v3off = 'nacos.core.auth.enabled=false\nnacos.core.auth.admin.enabled=false\n';

ruleTester('identity-missing', {
  valid: [
    base(ok), base('nacos.core.auth.enabled=false\n', '2.4.3'),
    // 1.4.1: no jar line, so the code default true of userAgentAuthWhite applies and the pair is never checked.
    { name: 'whitelist on by default @1.4.1', ...at('1.4.1', `${on}${emptyPair}`) },
    { name: 'the jar pair applies @2.0.2 (identity-public-value says the rest)', ...at('2.0.2', on) },
    { name: 'whitelist on @2.0.3 (no startup check)', ...at('2.0.3', `${on}${emptyPair}nacos.core.auth.enable.userAgentAuthWhite=true\n`) },
    { name: 'whitelist on @2.2.0', ...at('2.2.0', `${on}${emptyPair}nacos.core.auth.enable.userAgentAuthWhite=true\n`) },
    { name: 'standalone 2.4.3 skips the startup check, the whitelist the runtime one', ...at('2.4.3', `${on}nacos.standalone=true\nnacos.core.auth.enable.userAgentAuthWhite=true\n`) },
    { name: '3.x console scope: standalone', ...at('3.0.0', `${v3off}nacos.standalone=true\n`) },
    { name: '3.x console scope: console off', ...at('3.0.0', `${v3off}nacos.core.auth.console.enabled=false\n`) },
    // commons-lang3 BooleanUtils up to 2.0.2: `1` and `true ` mean false.
    { name: 'enabled=1 is off @1.4.5', ...at('1.4.5', 'nacos.core.auth.enabled=1\nnacos.core.auth.system.type=nacos\n') },
    { name: 'enabled=true␠ is off @1.4.5', ...at('1.4.5', 'nacos.core.auth.enabled=true \nnacos.core.auth.system.type=nacos\n') },
    // 3.x: an unparsable admin.enabled leaves admin auth off, so nothing needs the pair here.
    { name: 'admin.enabled=ture @3.0.0', ...at('3.0.0', 'nacos.core.auth.enabled=false\nnacos.core.auth.admin.enabled=ture\nnacos.core.auth.console.enabled=false\n') },
  ],
  invalid: [
    { ...base(withLine(/nacos.core.auth.server.identity.value=.*\n/, 'nacos.core.auth.server.identity.value=\n')), errors: [`${P}:4 \`\``], message: STARTUP },
    { name: '3.x: admin auth defaults to on', ...base('nacos.core.auth.enabled=false\n', '3.0.0'), errors: [anchor, anchor], message: /admin\.enabled defaults to true/ },
    // An empty pair (no lines would give the jar's serverIdentity/security on 1.4.2–1.4.4 and 2.0.0–2.2.0.1).
    ...['1.4.1', '1.4.3', '2.0.2'].map(v => ({
      name: `whitelist off, empty pair @${v}: 403 on every request`, ...at(v, `${on}${emptyPair}nacos.core.auth.enable.userAgentAuthWhite=false\n`), errors: emptyAt, message: REQUEST,
    })),
    // The jar sets userAgentAuthWhite=false from 1.4.2: no line means off.
    ...['1.4.3', '2.0.2'].map(v => ({ name: `no whitelist line @${v}`, ...at(v, `${on}${emptyPair}`), errors: emptyAt, message: REQUEST })),
    { name: 'the whitelist does not waive the 2.4.3 startup check', ...at('2.4.3', `${on}nacos.core.auth.enable.userAgentAuthWhite=true\n`), errors: [anchor, anchor], message: STARTUP },
    { name: '3.x cluster node: console auth (default on) needs the pair', ...at('3.0.0', v3off), errors: [anchor, anchor], message: /console\.enabled defaults to true in 3\.x and this node is not standalone/ },
    { name: 'enabled=y is on @1.4.5 (BooleanUtils)', ...at('1.4.5', 'nacos.core.auth.enabled=y\nnacos.core.auth.system.type=nacos\n'), errors: [`${P}:1 \`nacos.core.auth.enabled\``, `${P}:1 \`nacos.core.auth.enabled\``], message: STARTUP },
    { name: '2.5.x standalone: protected APIs only', ...at('2.5.1', `${on}nacos.standalone=true\n`), errors: [anchor, anchor], message: /every protected HTTP API with 403/ },
  ],
});
