// `env-file-encoding`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/env-file-encoding.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { C, E, OK_ENV, withEnvFile } from './fixtures';

ruleTester('env-file-encoding', {
  valid: [
    { name: 'LF, no BOM', files: { [C]: withEnvFile('nacos/nacos-server:v2.5.1'), [E]: OK_ENV } },
    { name: 'CRLF but no auth value in it', files: { [C]: withEnvFile('nacos/nacos-server:v2.5.1'), [E]: 'MODE=cluster\r\nPREFER_HOST_MODE=hostname\r\n' } },
    { name: 'CRLF, fed only to a non-Nacos service', files: { [C]: 'services:\n  db:\n    image: mysql:8\n    env_file: env/nacos.env\n', [E]: 'NACOS_AUTH_TOKEN=x\r\n' } },
    // Compose v1, v2 and docker run read ordinary CRLF line ends and a BOM without effect on any value.
    { name: 'CRLF line ends', files: { [C]: withEnvFile('nacos/nacos-server:v2.5.1'), [E]: OK_ENV.replace(/\n/g, '\r\n') } },
    { name: 'BOM', files: { [C]: withEnvFile('nacos/nacos-server:v2.5.1'), [E]: `\ufeff${OK_ENV}` } },
  ],
  invalid: [
    {
      name: 'a CR inside a quoted multi-line value (v2 keeps it, v1 drops it)',
      files: { [C]: withEnvFile('nacos/nacos-server:v2.5.1'), [E]: `${OK_ENV}NACOS_AUTH_IDENTITY_VALUE="Qx8Zt2mL0pVb7sRk\r\nWc3nYh5dFj9aGe1uIo4TqNw6PzE"\r\n` },
      errors: [`${E}:5 \`\r\``],
      output: { [E]: `${OK_ENV}NACOS_AUTH_IDENTITY_VALUE="Qx8Zt2mL0pVb7sRk\nWc3nYh5dFj9aGe1uIo4TqNw6PzE"\n` },
    },
    {
      name: 'a lone CR (v1 ends the line, v2 keeps it in the value)',
      files: { [C]: withEnvFile('nacos/nacos-server:v2.5.1'), [E]: OK_ENV.replace('NACOS_AUTH_ENABLE=true\n', 'NACOS_AUTH_ENABLE=true\r') },
      errors: [`${E}:1 \`\r\``],
      output: { [E]: OK_ENV },
    },
  ],
});
