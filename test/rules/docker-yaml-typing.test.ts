// `docker-yaml-typing`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/docker-yaml-typing.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { C, svc } from './fixtures';

ruleTester('docker-yaml-typing', {
  valid: [
    { name: 'quoted', files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      NACOS_AUTH_ENABLE: "true"\n') } },
    { name: 'list items are strings', files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      - NACOS_AUTH_ENABLE=true\n') } },
    { name: 'a number that reaches the container as written', files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      NACOS_AUTH_TOKEN_EXPIRE_SECONDS: 18000\n') } },
    { name: 'not an auth variable', files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      MYSQL_SERVICE_PORT: 3306\n') } },
  ],
  invalid: [
    {
      name: 'boolean',
      files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      NACOS_AUTH_ENABLE: true\n') },
      errors: [`${C}:5 \`true\``],
      output: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      NACOS_AUTH_ENABLE: "true"\n') },
    },
    {
      name: 'number (leading zero: YAML reads 8)',
      files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      NACOS_AUTH_TOKEN_EXPIRE_SECONDS: 018000\n') },
      errors: [`${C}:5 \`018000\``],
      output: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      NACOS_AUTH_TOKEN_EXPIRE_SECONDS: "018000"\n') },
    },
  ],
});
