// `auth-system-type`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/auth-system-type.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('auth-system-type', {
  valid: [base(ok)],
  invalid: [
    { ...base(ok.replace('system.type=nacos', 'system.type=')), errors: [`${P}:2 \`\``] },
    { name: 'case-sensitive', ...base(ok.replace('system.type=nacos', 'system.type=Nacos')), errors: [`${P}:2 \`Nacos\``], output: { [P]: ok } },
  ],
});
