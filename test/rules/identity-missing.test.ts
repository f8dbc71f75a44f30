// `identity-missing`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/identity-missing.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok, withLine } from './fixtures';

ruleTester('identity-missing', {
  valid: [base(ok), base('nacos.core.auth.enabled=false\n', '2.4.3')],
  invalid: [
    { ...base(withLine(/nacos.core.auth.server.identity.value=.*\n/, 'nacos.core.auth.server.identity.value=\n')), errors: [`${P}:4 \`\``] },
    { name: '3.x: admin auth defaults to on', ...base('nacos.core.auth.enabled=false\n', '3.0.0'), errors: [`${P}:1 \`nacos.core.auth.enabled\``, `${P}:1 \`nacos.core.auth.enabled\``] },
  ],
});
