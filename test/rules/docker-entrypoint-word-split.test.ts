// `docker-entrypoint-word-split`: a space in a variable the tag's docker-startup.sh expands unquoted, for every source
// (compose, env files, docker run, a Dockerfile); option lists (JAVA_OPT) are split on purpose.
import { ruleTester } from './ruleTester';
import { svc } from './fixtures';

const C = 'compose.yaml';
ruleTester('docker-entrypoint-word-split', {
  valid: [
    { name: 'no space', files: { [C]: svc('nacos/nacos-server:v2.4.3', '    environment:\n      NACOS_AUTH_ENABLE: "true"\n') } },
    { name: 'JAVA_OPT is a list of options', files: { [C]: svc('nacos/nacos-server:v2.4.3', '    environment:\n      JAVA_OPT: "-Xms1g -Xmx1g"\n') } },
    // v3.0.0 does not pass NACOS_AUTH_ADMIN_ENABLE to java at all (setting-for-other-version says so).
    { name: 'v3.0.0 ignores NACOS_AUTH_ADMIN_ENABLE', files: { [C]: svc('nacos/nacos-server:v3.0.0', '    environment:\n      NACOS_AUTH_ADMIN_ENABLE: " false"\n') } },
    { name: 'a trailing space vanishes (nothing glued after it)', files: { 'run.sh': 'docker run -e "NACOS_AUTH_ENABLE=true " nacos/nacos-server:v2.4.3\n' } },
  ],
  invalid: [
    {
      name: 'compose: a leading space',
      files: { [C]: svc('nacos/nacos-server:v2.4.3', '    environment:\n      MODE: standalone\n      NACOS_AUTH_ENABLE: " false"\n') },
      errors: [`${C}:6 \`" false"\``],
      output: { [C]: svc('nacos/nacos-server:v2.4.3', '    environment:\n      MODE: standalone\n      NACOS_AUTH_ENABLE: "false"\n') },
    },
    {
      name: 'docker run: a leading space inside quotes',
      files: { 'run.sh': 'docker run -e MODE=standalone -e NACOS_AUTH_ENABLE=" true" nacos/nacos-server:v2.4.3\n' },
      errors: ['run.sh:1 ` true`'],
      output: { 'run.sh': 'docker run -e MODE=standalone -e NACOS_AUTH_ENABLE="true" nacos/nacos-server:v2.4.3\n' },
    },
    {
      name: 'env file: a space inside',
      files: { [C]: svc('nacos/nacos-server:v2.4.3', '    env_file: nacos.env\n'), 'nacos.env': 'MODE=standalone\nNACOS_SERVER_IP=10.0.0.1 10.0.0.2\n' },
      errors: ['nacos.env:2 `10.0.0.1 10.0.0.2`'],
    },
    // v3.0.1+ glue the admin switch to -D too.
    { name: 'v3.1.0: NACOS_AUTH_ADMIN_ENABLE', files: { [C]: svc('nacos/nacos-server:v3.1.0', '    environment:\n      NACOS_AUTH_ADMIN_ENABLE: " false"\n') }, errors: [`${C}:5 \`" false"\``] },
    // MODE is quoted in the script, but compared exactly (issue 14 #10).
    {
      name: 'MODE is compared exactly', files: { [C]: svc('nacos/nacos-server:v2.4.3', '    environment:\n      MODE: " standalone"\n') },
      errors: [`${C}:5 \` standalone\``], severity: 'warning', message: /starts in cluster mode/,
      output: { [C]: svc('nacos/nacos-server:v2.4.3', '    environment:\n      MODE: "standalone"\n') },
    },
  ],
});
