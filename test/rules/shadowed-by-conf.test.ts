// `shadowed-by-conf`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/shadowed-by-conf.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('shadowed-by-conf', {
  valid: [base(ok)],
  invalid: [{ files: { [P]: ok, 'conf/application-cluster.properties': 'nacos.core.auth.enabled=false\n' }, settings: { serverVersion: '2.4.3' }, errors: ['conf/application-cluster.properties:1 `nacos.core.auth.enabled`'] }],
});
