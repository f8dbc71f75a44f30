// `identity-public-value`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/identity-public-value.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { C, P, base, ok, svc } from './fixtures';

const published = (enabled: string) => `nacos.core.auth.enabled=${enabled}\nnacos.core.auth.server.identity.key=serverIdentity\nnacos.core.auth.server.identity.value=security\n`;

ruleTester('identity-public-value', {
  valid: [base(ok), { name: 'no identity before 1.4.1', ...base(published('true'), '1.3.0') },
    // A header name is not a secret: the published key with a strong value is no bypass (baigeixia__vast-knowledge).
    { name: 'published key, strong value', ...base(ok.replace('nacos-identity-4f2a9c1e', 'serverIdentity')) }],
  invalid: [
    { ...base(ok.replace('nacos-identity-4f2a9c1e', 'serverIdentity').replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'security')), errors: [`${P}:4 \`security\``] },
    { name: 'case-insensitive', ...base(ok.replace('nacos-identity-4f2a9c1e', 'SERVERIDENTITY').replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'Security')), errors: [`${P}:4 \`Security\``] },
    // Found by the fuzzer: trimming or unquoting the value must not be what reveals the published one.
    { name: 'padded or quoted', ...base(ok.replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', ' "Security" ')), errors: [`${P}:4 \`"Security" \``] },
    { name: 'published key, weak value', ...base(ok.replace('nacos-identity-4f2a9c1e', 'serverIdentity').replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'mycompany2024')), errors: [`${P}:3 \`serverIdentity\``], message: /published one .*weak value/ },
    { name: 'knownValues setting', files: { [P]: ok }, settings: { serverVersion: '2.4.3', knownValues: ['Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE'] }, errors: [`${P}:4 \`Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE\``] },
    { name: 'jar default on 2.0.3 when the file omits the pair', files: { [P]: 'nacos.core.auth.enabled=true\nnacos.core.auth.system.type=nacos\n' }, settings: { serverVersion: '2.0.3' }, errors: [`${P}:1 \`nacos.core.auth.enabled\``], message: /not set, so the default of nacos-server 2\.0\.3 applies/ },
    // Scope off: latent (issue 14 #3).
    { name: 'auth off @2.4.3: latent', ...base(published('false')), errors: [`${P}:3 \`security\``], severity: 'warning', message: /becomes a bypass as soon as authentication is enabled/ },
    { name: '3.x: admin API auth (default on) honours the pair', ...base(published('false'), '3.0.0'), errors: [`${P}:3 \`security\``] },
    { name: 'image default on v2.0.4 with auth off', files: { [C]: svc('nacos/nacos-server:v2.0.4', '    environment:\n      MODE: standalone\n') }, errors: [`${C}:2 \`nacos\``], severity: 'warning', message: /default of nacos\/nacos-server:v2\.0\.4 applies/ },
  ],
});
