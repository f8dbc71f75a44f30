// `secret-in-command-line`: an identity value or token secret on a committed `docker run` command line (a script, a
// Makefile, a CI step), never in a Markdown example, never for values the script cannot know or passes through;
// the fix moves the words into an env file the run reads (a new git-ignored one, or the run's own).
import { ruleTester } from './ruleTester';
import { KEY, TOKEN, VALUE } from './fixtures';

const S = 'deploy.sh';
const run = (...opts: string[]) => `#!/bin/sh\ndocker run -d \\\n${opts.map(o => `  ${o} \\\n`).join('')}  nacos/nacos-server:v2.4.3\n`;

ruleTester('secret-in-command-line', {
  valid: [
    { name: 'from an env file', files: { [S]: run('--env-file ./nacos.env', '-e MODE=standalone'), 'nacos.env': `NACOS_AUTH_TOKEN=${TOKEN}\n` } },
    { name: 'passed through from the caller', files: { [S]: run('-e NACOS_AUTH_TOKEN', '-e NACOS_AUTH_IDENTITY_VALUE') } },
    { name: 'unknown: a command substitution', files: { [S]: run('-e NACOS_AUTH_TOKEN="$(cat /run/secrets/token)"') } },
    { name: 'the identity key is a header name', files: { [S]: run(`-e NACOS_AUTH_IDENTITY_KEY=${KEY}`) } },
    { name: 'a Markdown example', files: { 'README.md': `# Run\n\n\`\`\`bash\ndocker run -e NACOS_AUTH_TOKEN=${TOKEN} nacos/nacos-server:v2.4.3\n\`\`\`\n` } },
  ],
  invalid: [
    {
      name: 'moved into a new git-ignored env file',
      files: { [S]: run('-e MODE=standalone', `-e NACOS_AUTH_TOKEN=${TOKEN}`, `-e NACOS_AUTH_IDENTITY_VALUE=${VALUE}`) },
      errors: [`${S}:4 \`-e NACOS_AUTH_TOKEN=${TOKEN}\``, `${S}:5 \`-e NACOS_AUTH_IDENTITY_VALUE=${VALUE}\``],
      output: {
        [S]: run('-e MODE=standalone').replace('  nacos/', '  --env-file ./nacos-auth.env nacos/'),
        'nacos-auth.env': `NACOS_AUTH_TOKEN=${TOKEN}\nNACOS_AUTH_IDENTITY_VALUE=${VALUE}\n`,
        '.gitignore': 'nacos-auth.env\n',
      },
    },
    {
      name: 'appended to the env file the run reads; a script variable counts',
      files: { [S]: `T='${TOKEN}'\ndocker run --env-file nacos.env -e NACOS_AUTH_TOKEN="$T" nacos/nacos-server:v2.4.3\n`, 'nacos.env': 'MODE=standalone\n', '.gitignore': '*.env\n' },
      errors: [`${S}:2 \`-e NACOS_AUTH_TOKEN="$T"\``],
      output: { [S]: `T='${TOKEN}'\ndocker run --env-file nacos.env nacos/nacos-server:v2.4.3\n`, 'nacos.env': `MODE=standalone\nNACOS_AUTH_TOKEN=${TOKEN}\n`, '.gitignore': '*.env\n' },
    },
    {
      name: 'a -D inside JAVA_OPT in a Makefile recipe',
      files: { Makefile: `up:\n\tdocker run -e JAVA_OPT="-Dnacos.core.auth.plugin.nacos.token.secret.key=${TOKEN}" nacos/nacos-server:v2.4.3\n` },
      errors: [`Makefile:2 \`-e JAVA_OPT="-Dnacos.core.auth.plugin.nacos.token.secret.key=${TOKEN}"\``],
    },
  ],
});
