// `docker-env-word-splitting`: texts that must not fire, texts that must (exact line and underlined text), and the text
// after the preferred fix (docs/rules/docker-env-word-splitting.md; the per-tag table is nacos/entrypoint.ts).
import { ruleTester } from './ruleTester';
import { C, E, svc, withEnvFile } from './fixtures';

const env = (image: string, lines: string) => ({ files: { [C]: svc(image, `    environment:\n${lines}`) } });

ruleTester('docker-env-word-splitting', {
  valid: [
    env('nacos/nacos-server:v2.4.3', '      NACOS_AUTH_ENABLE: "true"\n      JAVA_OPT: "-Xms512m -Xmx512m"\n'),
    // A trailing space is dropped by the splitting (nothing glued after it).
    env('nacos/nacos-server:v2.4.3', '      NACOS_AUTH_ENABLE: "true "\n'),
    // Placeholders keep their spaces: the secret rules look at those.
    env('nacos/nacos-server:v2.4.3', '      NACOS_AUTH_IDENTITY_VALUE: " a b "\n'),
    // v3.0.0 does not pass NACOS_AUTH_ADMIN_ENABLE to java at all (setting-for-other-version says so).
    env('nacos/nacos-server:v3.0.0', '      NACOS_AUTH_ADMIN_ENABLE: " false"\n'),
  ],
  invalid: [
    {
      name: 'a leading space', ...env('nacos/nacos-server:v2.4.3', '      NACOS_AUTH_ENABLE: " true"\n'), errors: [`${C}:5 \` true\``],
      output: { [C]: svc('nacos/nacos-server:v2.4.3', '    environment:\n      NACOS_AUTH_ENABLE: "true"\n') },
      message: /'-Dnacos\.core\.auth\.enabled=', 'true'.*main class true/,
    },
    { name: 'an inner space in an env file', files: { [C]: withEnvFile('nacos/nacos-server:v2.2.3'), [E]: 'NACOS_SERVER_IP=10.0.0.1 10.0.0.2\n' }, errors: [`${E}:1 \`10.0.0.1 10.0.0.2\``] },
    { name: 'v3.0.1+ admin switch', ...env('nacos/nacos-server:v3.1.0', '      NACOS_AUTH_ADMIN_ENABLE: " false"\n'), errors: [`${C}:5 \` false\``] },
    { name: 'v3.2 JVM_XMS keeps only the first word', ...env('nacos/nacos-server:v3.2.3', '      JVM_XMS: "1g 2g"\n'), errors: [`${C}:5 \`1g 2g\``], severity: 'warning', message: /only the first word/ },
    { name: 'MODE is compared exactly', ...env('nacos/nacos-server:v2.4.3', '      MODE: " standalone"\n'), errors: [`${C}:5 \` standalone\``], severity: 'warning', message: /cluster mode/ },
  ],
});
