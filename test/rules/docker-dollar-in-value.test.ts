// `docker-dollar-in-value`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/docker-dollar-in-value.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { C, E, TOKEN, svc, withEnvFile } from './fixtures';

ruleTester('docker-dollar-in-value', {
  valid: [
    // dotenv keeps a "$" that starts no reference as text, Compose v1 and v2 alike.
    { name: 'a lone $ in the .env value a ${VAR} reads', files: { '.env': 'ID_VALUE="Zk3pQ9vL2mX8tR5wB7nY$"\n', [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      NACOS_AUTH_IDENTITY_VALUE: ${ID_VALUE}\n') } },
    { name: '$$ is a literal $', files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      - NACOS_AUTH_IDENTITY_VALUE=Zk3p$$Q9vL2mX8tR5wB7nY\n') } },
    { name: 'single quotes are literal in env files', files: { [C]: withEnvFile('nacos/nacos-server:v2.5.1'), [E]: "NACOS_AUTH_IDENTITY_VALUE='Zk3p$Q9vL2mX8tR5wB7nY'\n" } },
    { name: 'a whole ${VAR} is a deliberate reference', files: { '.env': `TOKEN=${TOKEN}\n`, [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      NACOS_AUTH_TOKEN: ${TOKEN}\n') } },
    { name: 'not a secret', files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      - MYSQL_SERVICE_PASSWORD=pa$word\n') } },
  ],
  invalid: [
    {
      name: 'compose list item: $$',
      files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      - NACOS_AUTH_IDENTITY_VALUE=Zk3p$Q9vL2mX8tR5wB7nY\n') },
      errors: [`${C}:5 \`$Q9vL2mX8tR5wB7nY\``],
      output: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      - NACOS_AUTH_IDENTITY_VALUE=Zk3p$$Q9vL2mX8tR5wB7nY\n') },
    },
    {
      name: 'unquoted env-file value: single quotes',
      files: { [C]: withEnvFile('nacos/nacos-server:v2.5.1'), [E]: 'NACOS_AUTH_IDENTITY_VALUE=Zk3p$Q9vL2mX8tR5wB7nY\n' },
      errors: [`${E}:1 \`$Q9vL2mX8tR5wB7nY\``],
      output: { [E]: "NACOS_AUTH_IDENTITY_VALUE='Zk3p$Q9vL2mX8tR5wB7nY'\n" },
    },
    {
      name: 'a lone $ in a compose file (Compose v1 rejects the file; v2 keeps the $)',
      files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      NACOS_AUTH_IDENTITY_VALUE: "Zk3pQ9vL2mX8tR5wB7nY$"\n') },
      errors: [`${C}:5 \`$\``],
      output: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      NACOS_AUTH_IDENTITY_VALUE: "Zk3pQ9vL2mX8tR5wB7nY$$"\n') },
    },
  ],
});
