// `identity-blank`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/identity-blank.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok, withLine } from './fixtures';

const blank = (enabled: string) => `nacos.core.auth.enabled=${enabled}\nnacos.core.auth.server.identity.key=peerKey\nnacos.core.auth.server.identity.value=\\ \\ \n`;

ruleTester('identity-blank', {
  valid: [base(ok)],
  invalid: [
    { ...base(withLine(/nacos.core.auth.server.identity.value=.*\n/, 'nacos.core.auth.server.identity.value=\\   \n')), errors: [`${P}:4 \`\\   \``], message: /every HTTP request with 403/ },
    { name: 'auth off: latent', ...base(blank('false')), errors: [`${P}:3 \`\\ \\ \``], severity: 'warning', message: /Nothing checks the identity now/ },
    // 1.4.1 has no jar line: the whitelist (code default true) skips the identity check.
    { name: 'whitelist on @1.4.1: latent', ...base(blank('true'), '1.4.1'), errors: [`${P}:3 \`\\ \\ \``], severity: 'warning' },
    { name: '2.5.x: protected APIs only (A13)', ...base(blank('true'), '2.5.1'), errors: [`${P}:3 \`\\ \\ \``], message: /every protected HTTP API/ },
  ],
});
