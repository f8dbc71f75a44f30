// `secret-public-value`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/secret-public-value.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { C, P, base, ok, svc } from './fixtures';

ruleTester('secret-public-value', {
  valid: [base(ok)],
  invalid: [
    { ...base(ok.replace('3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=', 'VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=')), errors: [`${P}:5 \`VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=\``] },
    { name: 'the Base64 of the old default', ...base(ok.replace('3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=', 'U2VjcmV0S2V5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5')), errors: [`${P}:5 \`U2VjcmV0S2V5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5\``] },
    { name: 'auth off @2.4.3: latent', ...base('nacos.core.auth.enabled=false\nnacos.core.auth.plugin.nacos.token.secret.key=VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=\n'), errors: [`${P}:2 \`VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=\``], severity: 'warning', message: /as soon as it is enabled/ },
    { name: '3.x: console login (default on) checks tokens', ...base('nacos.core.auth.enabled=false\nnacos.core.auth.plugin.nacos.token.secret.key=VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=\n', '3.0.0'), errors: [`${P}:2 \`VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=\``] },
    { name: 'jar default @1.4.5', ...base('nacos.core.auth.enabled=true\n', '1.4.5'), errors: [`${P}:1 \`nacos.core.auth.enabled\``], message: /No token secret is set, so the default of nacos-server 1\.4\.5 applies/ },
    { name: 'image default on v2.1.2 with auth on', files: { [C]: svc('nacos/nacos-server:v2.1.2', '    environment:\n      NACOS_AUTH_ENABLE: "true"\n') }, errors: [`${C}:2 \`nacos\``], message: /default of nacos\/nacos-server:v2\.1\.2 applies/ },
  ],
});
