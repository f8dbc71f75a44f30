// `invalid-boolean`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/invalid-boolean.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('invalid-boolean', {
  valid: [base(ok), base(ok.replace('enabled=true', 'enabled=on'))],
  invalid: [
    { ...base(ok.replace('enabled=true', 'enabled=ture')), errors: [`${P}:1 \`ture\``], output: { [P]: ok } },
    { name: 'caching.enabled is not trimmed', ...base(`${ok}nacos.core.auth.caching.enabled=true \n`), errors: [`${P}:6 \`true \``] },
  ],
});
