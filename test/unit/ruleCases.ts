// The rule tables: shared by the rule tests and the generated rule docs (examples).
export interface Case {
  name?: string;
  files: Record<string, string>;
  settings?: Record<string, unknown>;
  /** Expected findings of THIS rule: "file:line `text`". */
  errors?: string[];
  /** After applying the preferred fix of the first finding: expected text of the file. */
  output?: Record<string, string>;
}

export const P = 'conf/application.properties';
const base = (extra: string, v = '2.4.3') => ({ files: { [P]: extra }, settings: { serverVersion: v } });
const ok = 'nacos.core.auth.enabled=true\nnacos.core.auth.system.type=nacos\nnacos.core.auth.server.identity.key=nacos-identity-4f2a9c1e\nnacos.core.auth.server.identity.value=Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE\nnacos.core.auth.plugin.nacos.token.secret.key=3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=\n';
const withLine = (re: RegExp, line: string) => ok.replace(re, line);

export const TABLE: Record<string, { valid: Case[]; invalid: Case[] }> = {
  'identity-missing': {
    valid: [base(ok), base('nacos.core.auth.enabled=false\n', '2.4.3')],
    invalid: [
      { ...base(withLine(/nacos.core.auth.server.identity.value=.*\n/, 'nacos.core.auth.server.identity.value=\n')), errors: [`${P}:4 \`\``] },
      { name: '3.x: admin auth defaults to on', ...base('nacos.core.auth.enabled=false\n', '3.0.0'), errors: [`${P}:1 \`nacos.core.auth.enabled\``, `${P}:1 \`nacos.core.auth.enabled\``] },
    ],
  },
  'identity-blank': {
    valid: [base(ok)],
    invalid: [{ ...base(withLine(/nacos.core.auth.server.identity.value=.*\n/, 'nacos.core.auth.server.identity.value=\\   \n')), errors: [`${P}:4 \`\\   \``] }],
  },
  'identity-public-value': {
    valid: [base(ok)],
    invalid: [
      { ...base(ok.replace('nacos-identity-4f2a9c1e', 'serverIdentity').replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'security')), errors: [`${P}:4 \`security\``] },
      { name: 'case-insensitive', ...base(ok.replace('nacos-identity-4f2a9c1e', 'SERVERIDENTITY').replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'Security')), errors: [`${P}:4 \`Security\``] },
      // Found by the fuzzer: trimming or unquoting the value must not be what reveals the published one.
      { name: 'padded or quoted', ...base(ok.replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', ' "Security" ')), errors: [`${P}:4 \`"Security" \``] },
      { name: 'knownValues setting', files: { [P]: ok }, settings: { serverVersion: '2.4.3', knownValues: ['Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE'] }, errors: [`${P}:4 \`Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE\``] },
      { name: 'jar default on 2.0.3 when the file omits the pair', files: { [P]: 'nacos.core.auth.enabled=true\nnacos.core.auth.system.type=nacos\n' }, settings: { serverVersion: '2.0.3' }, errors: [`${P}:1 \`nacos.core.auth.enabled\``] },
    ],
  },
  'identity-key-equals-value': {
    valid: [base(ok)],
    invalid: [{ ...base(ok.replace('nacos-identity-4f2a9c1e', 'Zk3pQ9vL2mX8tR5wB7nY').replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'Zk3pQ9vL2mX8tR5wB7nY')), errors: [`${P}:4 \`Zk3pQ9vL2mX8tR5wB7nY\``] }],
  },
  'identity-weak-value': {
    valid: [base(ok)],
    invalid: [
      { ...base(ok.replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'abc123')), errors: [`${P}:4 \`abc123\``] },
      { name: 'digits only', ...base(ok.replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', '12345678901234567')), errors: [`${P}:4 \`12345678901234567\``] },
      { name: 'dictionary words', ...base(ok.replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'mynacossecretpassword')), errors: [`${P}:4 \`mynacossecretpassword\``] },
    ],
  },
  'identity-invalid-header-name': {
    valid: [base(ok)],
    invalid: [{ ...base(ok.replace('nacos-identity-4f2a9c1e', 'nacos identity')), errors: [`${P}:3 \`nacos identity\``], output: { [P]: ok.replace('nacos-identity-4f2a9c1e', 'nacos-identity') } }],
  },
  'identity-reserved-header': {
    valid: [base(ok)],
    invalid: [{ ...base(ok.replace('nacos-identity-4f2a9c1e', 'user-agent')), errors: [`${P}:3 \`user-agent\``], output: { [P]: ok.replace('nacos-identity-4f2a9c1e', 'Nacos-Identity-User-Agent') } }],
  },
  'identity-invalid-header-value': {
    valid: [base(ok)],
    invalid: [{ ...base(ok.replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'Qx8Zt2mL0pVb7s\\u00e9RkWc3nYh5dFj9aGe1uIo4TqNw6PzE')), errors: [`${P}:4 \`Qx8Zt2mL0pVb7s\\u00e9RkWc3nYh5dFj9aGe1uIo4TqNw6PzE\``] }],
  },
  'identity-whitespace': {
    valid: [base(ok)],
    invalid: [{ ...base(ok.replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE  ')), errors: [`${P}:4 \`  \``], output: { [P]: ok } }],
  },
  'identity-quoted': {
    valid: [base(ok)],
    invalid: [{ ...base(ok.replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', '"Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE"')), errors: [`${P}:4 \`"Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE"\``], output: { [P]: ok } }],
  },
  'identity-backslash': {
    valid: [base(ok), base(ok.replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'Qx8Zt2mL0pVb7sRk\\\\Wc3nYh5dFj9aGe1uIo4TqNw6PzE'))],
    invalid: [{ ...base(ok.replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'Qx8Zt2mL0pVb7sRk\\Wc3nYh5dFj9aGe1uIo4TqNw6PzE')), errors: [`${P}:4 \`\\W\``], output: { [P]: ok.replace('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE', 'Qx8Zt2mL0pVb7sRk\\\\Wc3nYh5dFj9aGe1uIo4TqNw6PzE') } },
      // Found by the fuzzer: escaping it in the key would put a backslash in a header name (identity-invalid-header-name).
      { name: 'in the key the backslash is removed', ...base(ok.replace('nacos-identity-4f2a9c1e', 'nacos-identity\\-4f2a9c1e')), errors: [`${P}:3 \`\\-\``], output: { [P]: ok } }],
  },
  'secret-missing': {
    valid: [base(ok), base('nacos.core.auth.enabled=false\n', '2.4.3')],
    invalid: [
      { ...base(ok.replace('3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=', '')), errors: [`${P}:5 \`\``] },
      { name: '2.2.1 validates even with auth off', ...base('nacos.core.auth.enabled=false\nnacos.core.auth.plugin.nacos.token.secret.key=\n', '2.2.1'), errors: [`${P}:2 \`\``] },
    ],
  },
  'secret-not-base64': {
    valid: [base(ok)],
    invalid: [
      { ...base(ok.replace('3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=', '3q2+7wQm1Y8rZb5Kc0Lx9Vn4-Ts6Pa2Ju8Hd1Fg7Ei3A=')), errors: [`${P}:5 \`-\``] },
      { name: '2.2.1–2.2.4 fall back to raw bytes', ...base(ok.replace('3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=', '3q2+7wQm1Y8rZb5Kc0Lx9Vn4-Ts6Pa2Ju8Hd1Fg7Ei3A='), '2.2.3'), errors: [`${P}:5 \`3q2+7wQm1Y8rZb5Kc0Lx9Vn4-Ts6Pa2Ju8Hd1Fg7Ei3A=\``] },
    ],
  },
  'secret-too-short': {
    valid: [base(ok)],
    invalid: [{ ...base(ok.replace('3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=', 'Zk3pQ9vL2mX8tR5wB7nYq4Jd6Hs1Fa0C')), errors: [`${P}:5 \`Zk3pQ9vL2mX8tR5wB7nYq4Jd6Hs1Fa0C\``] }],
  },
  'secret-nonstandard-base64': {
    valid: [base(ok)],
    invalid: [{ ...base(ok.replace('3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=', '3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A')), errors: [`${P}:5 \`3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A\``], output: { [P]: ok } }],
  },
  'secret-public-value': {
    valid: [base(ok)],
    invalid: [
      { ...base(ok.replace('3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=', 'VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=')), errors: [`${P}:5 \`VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=\``] },
      { name: 'the Base64 of the old default', ...base(ok.replace('3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=', 'U2VjcmV0S2V5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5')), errors: [`${P}:5 \`U2VjcmV0S2V5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5\``] },
    ],
  },
  'secret-low-entropy': {
    valid: [base(ok)],
    invalid: [{ ...base(ok.replace('3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=', Buffer.from('OurCompanyNacosClusterSecretKey2024!').toString('base64'))), errors: [`${P}:5 \`${Buffer.from('OurCompanyNacosClusterSecretKey2024!').toString('base64')}\``] }],
  },
  'secret-wrong-property-name': {
    valid: [base(ok)],
    invalid: [{ ...base(ok.replace('plugin.nacos.token.secret.key', 'default.token.secret.key')), errors: [`${P}:5 \`nacos.core.auth.default.token.secret.key\``], output: { [P]: ok } }],
  },
  'user-agent-whitelist': {
    valid: [base(ok), base(`${ok}nacos.core.auth.enable.userAgentAuthWhite=false\n`)],
    invalid: [{ ...base(`${ok}nacos.core.auth.enable.userAgentAuthWhite=true\n`), errors: [`${P}:6 \`true\``], output: { [P]: `${ok}nacos.core.auth.enable.userAgentAuthWhite=false\n` } }],
  },
  'auth-disabled': {
    valid: [base(ok)],
    invalid: [{ ...base(ok.replace('enabled=true', 'enabled=false')), errors: [`${P}:1 \`false\``] }],
  },
  'auth-system-type': {
    valid: [base(ok)],
    invalid: [
      { ...base(ok.replace('system.type=nacos', 'system.type=')), errors: [`${P}:2 \`\``] },
      { name: 'case-sensitive', ...base(ok.replace('system.type=nacos', 'system.type=Nacos')), errors: [`${P}:2 \`Nacos\``], output: { [P]: ok } },
    ],
  },
  'invalid-boolean': {
    valid: [base(ok), base(ok.replace('enabled=true', 'enabled=on'))],
    invalid: [
      { ...base(ok.replace('enabled=true', 'enabled=ture')), errors: [`${P}:1 \`ture\``], output: { [P]: ok } },
      { name: 'caching.enabled is not trimmed', ...base(`${ok}nacos.core.auth.caching.enabled=true \n`), errors: [`${P}:6 \`true \``] },
    ],
  },
  'invalid-token-expire': {
    valid: [base(`${ok}nacos.core.auth.plugin.nacos.token.expire.seconds=18000\n`)],
    invalid: [{ ...base(`${ok}nacos.core.auth.plugin.nacos.token.expire.seconds=5h\n`), errors: [`${P}:6 \`5h\``], output: { [P]: `${ok}nacos.core.auth.plugin.nacos.token.expire.seconds=18000\n` } }],
  },
  'setting-for-other-version': {
    valid: [base(ok)],
    invalid: [{ ...base(`${ok}nacos.core.auth.admin.enabled=true\n`), errors: [`${P}:6 \`nacos.core.auth.admin.enabled\``] }],
  },
  'unknown-auth-setting': {
    valid: [base(ok), base(`${ok}nacos.core.auth.plugin.myplugin.url=x\n`)],
    invalid: [
      { ...base(`${ok}nacos.core.auth.enable=true\n`), errors: [`${P}:6 \`nacos.core.auth.enable\``] },
      { name: 'invented name', ...base(`${ok}nacos.auth.enable=true\n`), errors: [`${P}:6 \`nacos.auth.enable\``] },
    ],
  },
  'duplicate-key': {
    valid: [base(ok)],
    invalid: [{ ...base(`nacos.core.auth.enabled=false\n${ok}`), errors: [`${P}:1 \`nacos.core.auth.enabled\``], output: { [P]: ok } }],
  },
  'shadowed-by-conf': {
    valid: [base(ok)],
    invalid: [{ files: { [P]: ok, 'conf/application-cluster.properties': 'nacos.core.auth.enabled=false\n' }, settings: { serverVersion: '2.4.3' }, errors: ['conf/application-cluster.properties:1 `nacos.core.auth.enabled`'] }],
  },
  'syntax-error': {
    valid: [base(ok)],
    invalid: [{ ...base(`${ok}a=\\u12\n`), errors: [`${P}:6 \`\\u12\``] }],
  },
};

