// `identity-invalid-header-name`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/identity-invalid-header-name.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok, member, MEMBERS } from './fixtures';

// Three members sharing one invalid key.
const BAD = member('nacos identity');
const four = { 'a/conf/application.properties': BAD, 'a/conf/cluster.conf': MEMBERS, 'b/conf/application.properties': BAD, 'b/conf/cluster.conf': MEMBERS,
  'c/conf/application.properties': BAD, 'c/conf/cluster.conf': MEMBERS };
const FIXED = member('nacos-identity');

ruleTester('identity-invalid-header-name', {
  valid: [base(ok)],
  invalid: [
    { ...base(ok.replace('nacos-identity-4f2a9c1e', 'nacos identity')), errors: [`${P}:3 \`nacos identity\``], output: { [P]: ok.replace('nacos-identity-4f2a9c1e', 'nacos-identity') } },
    {
      // The sanitized key goes to every member that shares the invalid one: fixing one alone would make the members
      // send different headers (full-strength fuzz, seed 2096231698).
      name: 'members sharing the key all get the sanitized one',
      files: four, settings: { serverVersion: '2.4.3' },
      errors: ['a/conf/application.properties:3 `nacos identity`', 'b/conf/application.properties:3 `nacos identity`', 'c/conf/application.properties:3 `nacos identity`'],
      output: { 'a/conf/application.properties': FIXED, 'b/conf/application.properties': FIXED, 'c/conf/application.properties': FIXED },
    },
  ],
});
