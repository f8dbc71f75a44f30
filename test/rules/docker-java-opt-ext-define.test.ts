// `docker-java-opt-ext-define`: texts that must not fire, texts that must (exact line and underlined text), and the text after the
// preferred fix (docs/rules/docker-java-opt-ext-define.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { C, E, OK_ENV, withEnvFile } from './fixtures';

ruleTester('docker-java-opt-ext-define', {
  valid: [
    { name: '--key=value is a program argument', files: { [C]: withEnvFile('nacos/nacos-server:v2.5.1', '    environment:\n      - JAVA_OPT_EXT=--nacos.core.auth.enabled=true\n'), [E]: OK_ENV } },
    { name: '-D in JAVA_OPT', files: { [C]: withEnvFile('nacos/nacos-server:v2.5.1', '    environment:\n      - JAVA_OPT=-Dnacos.core.auth.enabled=true\n'), [E]: OK_ENV } },
  ],
  invalid: [
    {
      name: 'alone: JAVA_OPT_EXT becomes JAVA_OPT',
      files: { [C]: withEnvFile('nacos/nacos-server:v2.5.1', '    environment:\n      - JAVA_OPT_EXT=-Dnacos.core.auth.enabled=true\n'), [E]: OK_ENV },
      errors: [`${C}:7 \`-Dnacos.core.auth.enabled=true\``],
      output: { [C]: withEnvFile('nacos/nacos-server:v2.5.1', '    environment:\n      - JAVA_OPT=-Dnacos.core.auth.enabled=true\n') },
    },
    {
      name: 'with JAVA_OPT already there: moved to its end',
      files: { [C]: withEnvFile('nacos/nacos-server:v2.5.1', '    environment:\n      JAVA_OPT: "-Xms512m"\n      JAVA_OPT_EXT: "--spring.profiles.active=x -Dnacos.core.auth.enabled=true"\n'), [E]: OK_ENV },
      errors: [`${C}:8 \`-Dnacos.core.auth.enabled=true\``],
      output: { [C]: withEnvFile('nacos/nacos-server:v2.5.1', '    environment:\n      JAVA_OPT: "-Xms512m -Dnacos.core.auth.enabled=true"\n      JAVA_OPT_EXT: "--spring.profiles.active=x"\n') },
    },
    {
      name: 'in an env file, next to other words: a new JAVA_OPT line',
      files: { [C]: withEnvFile('nacos/nacos-server:v2.5.1'), [E]: `JAVA_OPT_EXT=-Dnacos.core.auth.enabled=true --x=y\n${OK_ENV}` },
      errors: [`${E}:1 \`-Dnacos.core.auth.enabled=true\``],
      output: { [E]: `JAVA_OPT_EXT=--x=y\nJAVA_OPT=-Dnacos.core.auth.enabled=true\n${OK_ENV}` },
    },
  ],
});
