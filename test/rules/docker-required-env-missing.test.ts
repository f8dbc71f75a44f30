// `docker-required-env-missing`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/docker-required-env-missing.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { C, E, TOKEN, KEY, VALUE, OK_ENV, GEN_TOKEN, GEN_KEY, GEN_VALUE, svc, withEnvFile, re } from './fixtures';

ruleTester('docker-required-env-missing', {
  valid: [
    { name: 'v3 image, all three from an env file', files: { [C]: withEnvFile('nacos/nacos-server:v3.2.3'), [E]: OK_ENV } },
    { name: 'v2.5.1 image: placeholders default to empty', files: { [C]: svc('nacos/nacos-server:v2.5.1') } },
    { name: 'not a Nacos image', files: { [C]: svc('mysql:8') } },
    { name: 'white space passes the entrypoint test ([[ -z … ]])', files: { [C]: svc('nacos/nacos-server:v3.0.0', '    environment:\n      - "NACOS_AUTH_TOKEN= "\n      - "NACOS_AUTH_IDENTITY_KEY=\t"\n      - NACOS_AUTH_IDENTITY_VALUE=x\n') } },
    { name: 'v2.2.1 with the three set', files: { [C]: svc('nacos/nacos-server:v2.2.1', `    environment:\n      NACOS_AUTH_TOKEN: "${TOKEN}"\n      NACOS_AUTH_IDENTITY_KEY: ${KEY}\n      NACOS_AUTH_IDENTITY_VALUE: ${VALUE}\n`) } },
  ],
  invalid: [
    {
      name: 'v3 image without any: one finding at the service, fix adds them with generated values',
      files: { [C]: svc('nacos/nacos-server:v3.2.3', '    environment:\n      - MODE=standalone\n') },
      errors: [`${C}:2 \`nacos\``],
      outputMatch: { [C]: re(`services:\\n  nacos:\\n    image: nacos/nacos-server:v3\\.2\\.3\\n    environment:\\n      - MODE=standalone\\n      - NACOS_AUTH_TOKEN=${GEN_TOKEN}\\n      - NACOS_AUTH_IDENTITY_KEY=${GEN_KEY}\\n      - NACOS_AUTH_IDENTITY_VALUE=${GEN_VALUE}\\n`) },
    },
    {
      name: '`latest` (no tag) is 3.x; a new environment section',
      files: { [C]: svc('nacos/nacos-server', '    ports: ["8848:8848"]\n') },
      errors: [`${C}:2 \`nacos\``],
      outputMatch: { [C]: re(`services:\\n  nacos:\\n    image: nacos/nacos-server\\n    ports: \\["8848:8848"\\]\\n    environment:\\n      NACOS_AUTH_TOKEN: "?${GEN_TOKEN}"?\\n      NACOS_AUTH_IDENTITY_KEY: ${GEN_KEY}\\n      NACOS_AUTH_IDENTITY_VALUE: "?${GEN_VALUE}"?\\n`) },
    },
    {
      name: 'registry prefix and -slim; the tag comes from .env',
      files: { '.env': 'NACOS_VERSION=v3.0.1-slim\n', [C]: svc('registry.cn-hangzhou.aliyuncs.com/nacos/nacos-server:${NACOS_VERSION}', `    environment:\n      NACOS_AUTH_TOKEN: "${TOKEN}"\n`) },
      errors: [`${C}:2 \`nacos\``],
    },
    {
      name: 'an empty value in the shared env file is reported there and filled in there',
      files: { [C]: withEnvFile('nacos/nacos-server:v3.2.3'), [E]: OK_ENV.replace(TOKEN, '') },
      errors: [`${E}:2 \`NACOS_AUTH_TOKEN\``],
      outputMatch: { [E]: re(`NACOS_AUTH_ENABLE=true\\nNACOS_AUTH_TOKEN=${GEN_TOKEN}\\nNACOS_AUTH_IDENTITY_KEY=${KEY}\\nNACOS_AUTH_IDENTITY_VALUE=${VALUE}\\n`) },
    },
    {
      name: 'a cluster sharing an env file: each service reported, the fix writes the shared file once',
      files: {
        [C]: `services:\n  nacos1:\n    image: nacos/nacos-server:v3.2.3\n    env_file: ./${E}\n  nacos2:\n    image: nacos/nacos-server:v3.2.3\n    env_file: ./${E}\n`,
        [E]: 'NACOS_AUTH_ENABLE=true\nNACOS_SERVERS=nacos1:8848 nacos2:8848\n',
      },
      errors: [`${C}:2 \`nacos1\``, `${C}:5 \`nacos2\``],
      outputMatch: { [E]: re(`NACOS_AUTH_ENABLE=true\\nNACOS_SERVERS=nacos1:8848 nacos2:8848\\nNACOS_AUTH_TOKEN=${GEN_TOKEN}\\nNACOS_AUTH_IDENTITY_KEY=${GEN_KEY}\\nNACOS_AUTH_IDENTITY_VALUE=${GEN_VALUE}\\n`) },
    },
    {
      name: 'NACOS_CORE_AUTH_* names set the property but do not satisfy the entrypoint',
      files: { [C]: svc('nacos/nacos-server:v3.2.3', `    environment:\n      NACOS_AUTH_TOKEN: "${TOKEN}"\n      NACOS_AUTH_IDENTITY_KEY: ${KEY}\n      NACOS_CORE_AUTH_SERVER_IDENTITY_VALUE: ${VALUE}\n`) },
      errors: [`${C}:2 \`nacos\``],
    },
    {
      name: 'a mounted application.properties does not spare the v3 entrypoint check',
      files: {
        [C]: svc('nacos/nacos-server:v3.2.3', '    volumes:\n      - ./conf/application.properties:/home/nacos/conf/application.properties\n'),
        'conf/application.properties': `nacos.core.auth.server.identity.key=${KEY}\nnacos.core.auth.server.identity.value=${VALUE}\nnacos.core.auth.plugin.nacos.token.secret.key=${TOKEN}\n`,
      },
      errors: [`${C}:2 \`nacos\``],
    },
    {
      name: 'v2.2.1: placeholders without defaults ("Could not resolve placeholder")',
      files: { [C]: svc('nacos/nacos-server:v2.2.1', '    environment:\n      - MODE=standalone\n') },
      errors: [`${C}:2 \`nacos\``],
      outputMatch: { [C]: re(`services:\\n  nacos:\\n    image: nacos/nacos-server:v2\\.2\\.1\\n    environment:\\n      - MODE=standalone\\n      - NACOS_AUTH_TOKEN=${GEN_TOKEN}\\n      - NACOS_AUTH_IDENTITY_KEY=${GEN_KEY}\\n      - NACOS_AUTH_IDENTITY_VALUE=${GEN_VALUE}\\n`) },
    },
    {
      name: 'a mounted file whose placeholder has no default is reported at the placeholder',
      files: {
        [C]: svc('nacos/nacos-server:v2.5.1', '    volumes:\n      - ./conf:/home/nacos/conf\n'),
        'conf/application.properties': `nacos.core.auth.enabled=true\nnacos.core.auth.server.identity.key=\${NACOS_AUTH_IDENTITY_KEY}\nnacos.core.auth.server.identity.value=${VALUE}\nnacos.core.auth.plugin.nacos.token.secret.key=${TOKEN}\n`,
      },
      errors: ['conf/application.properties:2 `${NACOS_AUTH_IDENTITY_KEY}`'],
    },
  ],
});
