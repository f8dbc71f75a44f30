// `docker-mounted-properties-ignore-env`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/docker-mounted-properties-ignore-env.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { C, TOKEN, svc } from './fixtures';

ruleTester('docker-mounted-properties-ignore-env', {
  valid: [
    {
      name: 'the mounted file reads the variable',
      files: { [C]: svc('nacos/nacos-server:v2.5.1', `    environment:\n      NACOS_AUTH_TOKEN: "${TOKEN}"\n    volumes:\n      - ./conf/application.properties:/home/nacos/conf/application.properties\n`), 'conf/application.properties': 'nacos.core.auth.plugin.nacos.token.secret.key=${NACOS_AUTH_TOKEN:}\n' },
    },
    { name: 'no mount', files: { [C]: svc('nacos/nacos-server:v2.5.1', `    environment:\n      NACOS_AUTH_TOKEN: "${TOKEN}"\n`) } },
    {
      name: 'a -D mapping still works with a mount',
      files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      NACOS_AUTH_ENABLE: "true"\n    volumes:\n      - ./conf/application.properties:/home/nacos/conf/application.properties\n'), 'conf/application.properties': 'nacos.core.auth.enabled=false\n' },
    },
  ],
  invalid: [
    {
      name: 'the mounted file sets the secret itself',
      files: {
        [C]: svc('nacos/nacos-server:v2.5.1', `    environment:\n      NACOS_AUTH_TOKEN: "${TOKEN}"\n    volumes:\n      - ./conf/application.properties:/home/nacos/conf/application.properties:ro\n`),
        'conf/application.properties': `nacos.core.auth.enabled=true\nnacos.core.auth.plugin.nacos.token.secret.key=${TOKEN}\n`,
      },
      errors: [`${C}:5 \`NACOS_AUTH_TOKEN\``],
      output: { 'conf/application.properties': 'nacos.core.auth.enabled=true\nnacos.core.auth.plugin.nacos.token.secret.key=${NACOS_AUTH_TOKEN}\n' },
    },
  ],
});
