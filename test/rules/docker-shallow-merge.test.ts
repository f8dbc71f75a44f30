// `docker-shallow-merge`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/docker-shallow-merge.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { C, E, TOKEN, KEY, VALUE } from './fixtures';

ruleTester('docker-shallow-merge', {
  valid: [
    { name: 'no own environment', files: { [C]: `x-nacos: &nacos\n  image: nacos/nacos-server:v2.5.1\n  environment:\n    NACOS_AUTH_ENABLE: "true"\nservices:\n  nacos:\n    <<: *nacos\n` } },
    { name: 'the own environment repeats them', files: { [C]: `x-nacos: &nacos\n  image: nacos/nacos-server:v2.5.1\n  environment:\n    NACOS_AUTH_ENABLE: "true"\nservices:\n  nacos:\n    <<: *nacos\n    environment:\n      NACOS_AUTH_ENABLE: "true"\n      MODE: standalone\n` } },
  ],
  invalid: [
    {
      name: 'the service environment replaces the anchored one',
      files: {
        '.env': `ID_KEY=${KEY}\n`,
        [E]: `NACOS_AUTH_TOKEN=${TOKEN}\nNACOS_AUTH_IDENTITY_VALUE=${VALUE}\n`,
        [C]: `x-nacos: &nacos\n  image: nacos/nacos-server:v2.5.1\n  environment:\n    NACOS_AUTH_ENABLE: "true"\n    NACOS_AUTH_IDENTITY_KEY: \${ID_KEY}\n    MODE: cluster\nservices:\n  nacos:\n    <<: *nacos\n    env_file: ${E}\n    environment:\n      NACOS_SERVERS: nacos:8848\n`,
      },
      errors: [`${C}:11 \`environment\``],
      output: { [C]: `x-nacos: &nacos\n  image: nacos/nacos-server:v2.5.1\n  environment:\n    NACOS_AUTH_ENABLE: "true"\n    NACOS_AUTH_IDENTITY_KEY: \${ID_KEY}\n    MODE: cluster\nservices:\n  nacos:\n    <<: *nacos\n    env_file: ${E}\n    environment:\n      NACOS_SERVERS: nacos:8848\n      NACOS_AUTH_ENABLE: "true"\n      NACOS_AUTH_IDENTITY_KEY: "\${ID_KEY}"\n` },
    },
  ],
});
