// `setting-for-other-version`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/setting-for-other-version.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('setting-for-other-version', {
  valid: [base(ok)],
  invalid: [{ ...base(`${ok}nacos.core.auth.admin.enabled=true\n`), errors: [`${P}:6 \`nacos.core.auth.admin.enabled\``] }],
});
