// `identity-public-value`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/identity-public-value.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('identity-public-value', {
  valid: [base(ok)],
  invalid: [
    { ...base(ok.replace('nacos-identity-4f2a9c1e', 'serverIdentity').replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'security')), errors: [`${P}:4 \`security\``] },
    { name: 'case-insensitive', ...base(ok.replace('nacos-identity-4f2a9c1e', 'SERVERIDENTITY').replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'Security')), errors: [`${P}:4 \`Security\``] },
    // Found by the fuzzer: trimming or unquoting the value must not be what reveals the published one.
    { name: 'padded or quoted', ...base(ok.replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', ' "Security" ')), errors: [`${P}:4 \`"Security" \``] },
    { name: 'knownValues setting', files: { [P]: ok }, settings: { serverVersion: '2.4.3', knownValues: ['Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE'] }, errors: [`${P}:4 \`Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE\``] },
    { name: 'jar default on 2.0.3 when the file omits the pair', files: { [P]: 'nacos.core.auth.enabled=true\nnacos.core.auth.system.type=nacos\n' }, settings: { serverVersion: '2.0.3' }, errors: [`${P}:1 \`nacos.core.auth.enabled\``] },
  ],
});
