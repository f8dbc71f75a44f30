// `env-file-encoding`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/env-file-encoding.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { C, E, OK_ENV, withEnvFile } from './fixtures';

ruleTester('env-file-encoding', {
  valid: [
    { name: 'LF, no BOM', files: { [C]: withEnvFile('nacos/nacos-server:v2.5.1'), [E]: OK_ENV } },
    { name: 'CRLF but no auth value in it', files: { [C]: withEnvFile('nacos/nacos-server:v2.5.1'), [E]: 'MODE=cluster\r\nPREFER_HOST_MODE=hostname\r\n' } },
    { name: 'CRLF, fed only to a non-Nacos service', files: { [C]: 'services:\n  db:\n    image: mysql:8\n    env_file: env/nacos.env\n', [E]: 'NACOS_AUTH_TOKEN=x\r\n' } },
  ],
  invalid: [
    {
      name: 'CRLF',
      files: { [C]: withEnvFile('nacos/nacos-server:v2.5.1'), [E]: OK_ENV.replace(/\n/g, '\r\n') },
      errors: [`${E}:1 \`\r\``],
      output: { [E]: OK_ENV },
    },
    {
      name: 'BOM',
      files: { [C]: withEnvFile('nacos/nacos-server:v2.5.1'), [E]: `\ufeff${OK_ENV}` },
      errors: [`${E}:1 \`\ufeff\``],
      output: { [E]: OK_ENV },
    },
  ],
});
