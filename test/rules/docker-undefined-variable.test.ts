// `docker-undefined-variable`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/docker-undefined-variable.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { C, E, TOKEN, GEN_TOKEN, GEN_VALUE, svc, withEnvFile, re } from './fixtures';

ruleTester('docker-undefined-variable', {
  valid: [
    { name: 'defined in .env', files: { '.env': `TOKEN=${TOKEN}\n`, [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      NACOS_AUTH_TOKEN: ${TOKEN}\n') } },
    { name: 'with a default', files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      NACOS_AUTH_ENABLE: ${AUTH:-true}\n') } },
    { name: 'not an auth variable', files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      MYSQL_SERVICE_HOST: ${DB_HOST}\n') } },
    { name: '`:?` is Compose\'s own error (syntax-error)', files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      NACOS_AUTH_TOKEN: ${TOKEN:?set TOKEN}\n') } },
  ],
  invalid: [
    {
      name: 'map value, no .env: the fix creates .env with a generated secret',
      files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      NACOS_AUTH_TOKEN: ${NACOS_AUTH_TOKEN}\n') },
      errors: [`${C}:5 \`\${NACOS_AUTH_TOKEN}\``],
      outputMatch: { '.env': re(`NACOS_AUTH_TOKEN=${GEN_TOKEN}\\n`) },
    },
    {
      name: 'an empty default',
      files: { '.env': 'NACOS_VERSION=v2.5.1\n', [C]: svc('nacos/nacos-server:${NACOS_VERSION}', '    environment:\n      - NACOS_AUTH_IDENTITY_VALUE=${ID_VALUE:-}\n') },
      errors: [`${C}:5 \`\${ID_VALUE:-}\``],
      outputMatch: { '.env': re(`NACOS_VERSION=v2\\.5\\.1\\nID_VALUE=${GEN_VALUE}\\n`) },
    },
    {
      name: '`- KEY` pass-through that nothing defines',
      files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      - NACOS_AUTH_IDENTITY_KEY\n') },
      errors: [`${C}:5 \`NACOS_AUTH_IDENTITY_KEY\``],
    },
    {
      name: 'in an env file',
      files: { [C]: withEnvFile('nacos/nacos-server:v2.5.1'), [E]: 'NACOS_AUTH_ENABLE=${AUTH_ENABLED}\n' },
      errors: [`${E}:1 \`\${AUTH_ENABLED}\``],
    },
  ],
});
