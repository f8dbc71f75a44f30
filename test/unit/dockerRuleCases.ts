// The Docker group's rule table (SPEC §6), in the shape of ruleCases.ts: valid and invalid compose projects with the
// exact underlined text, and the text after the preferred fix. Fixes that generate secrets cannot have an exact
// output: `outputMatch` gives the pattern the fixed file must match instead.
import type { Case } from './ruleCases';

export interface DockerCase extends Case {
  outputMatch?: Record<string, RegExp>;
}

export const C = 'compose.yaml';
export const E = 'env/nacos.env';

const TOKEN = '3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=';
const KEY = 'nacos-identity-4f2a9c1e';
const VALUE = 'Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE';
/** An env file with good values for every required variable. */
export const OK_ENV = `NACOS_AUTH_ENABLE=true\nNACOS_AUTH_TOKEN=${TOKEN}\nNACOS_AUTH_IDENTITY_KEY=${KEY}\nNACOS_AUTH_IDENTITY_VALUE=${VALUE}\n`;
const GEN_TOKEN = '[A-Za-z0-9+/]{43}=';
const GEN_KEY = 'nacos-identity-[0-9a-f]{8}';
const GEN_VALUE = '[A-Za-z0-9_-]{43}';

const svc = (image: string, body = '') => `services:\n  nacos:\n    image: ${image}\n${body}`;
const withEnvFile = (image: string, extra = '') => svc(image, `    env_file:\n      - ./${E}\n${extra}`);
const re = (s: string) => new RegExp(`^${s}$`);

export const DOCKER_TABLE: Record<string, { valid: DockerCase[]; invalid: DockerCase[] }> = {
  'docker-required-env-missing': {
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
  },
  'docker-undefined-variable': {
    valid: [
      { name: 'defined in .env', files: { '.env': `TOKEN=${TOKEN}\n`, [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      NACOS_AUTH_TOKEN: ${TOKEN}\n') } },
      { name: 'with a default', files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      NACOS_AUTH_ENABLE: ${AUTH:-true}\n') } },
      { name: 'not an auth variable', files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      MYSQL_SERVICE_HOST: ${DB_HOST}\n') } },
      { name: '`:?` is Compose\'s own error (syntax-error)', files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      NACOS_AUTH_TOKEN: ${TOKEN:?set TOKEN}\n') } },
    ],
    invalid: [
      {
        name: 'map value, no .env: the fix creates .env with a generated secret',
        files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      NACOS_AUTH_TOKEN: ${NACOS_AUTH_TOKEN}\n') },
        errors: [`${C}:5 \`\${NACOS_AUTH_TOKEN}\``],
        outputMatch: { '.env': re(`NACOS_AUTH_TOKEN=${GEN_TOKEN}\\n`) },
      },
      {
        name: 'an empty default',
        files: { '.env': 'NACOS_VERSION=v2.5.1\n', [C]: svc('nacos/nacos-server:${NACOS_VERSION}', '    environment:\n      - NACOS_AUTH_IDENTITY_VALUE=${ID_VALUE:-}\n') },
        errors: [`${C}:5 \`\${ID_VALUE:-}\``],
        outputMatch: { '.env': re(`NACOS_VERSION=v2\\.5\\.1\\nID_VALUE=${GEN_VALUE}\\n`) },
      },
      {
        name: '`- KEY` pass-through that nothing defines',
        files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      - NACOS_AUTH_IDENTITY_KEY\n') },
        errors: [`${C}:5 \`NACOS_AUTH_IDENTITY_KEY\``],
      },
      {
        name: 'in an env file',
        files: { [C]: withEnvFile('nacos/nacos-server:v2.5.1'), [E]: 'NACOS_AUTH_ENABLE=${AUTH_ENABLED}\n' },
        errors: [`${E}:1 \`\${AUTH_ENABLED}\``],
      },
    ],
  },
  'docker-dollar-in-value': {
    valid: [
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
        name: 'a lone $ (Compose rejects the file); the .env value a ${VAR} reads',
        files: { '.env': 'ID_VALUE="Zk3pQ9vL2mX8tR5wB7nY$"\n', [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      NACOS_AUTH_IDENTITY_VALUE: ${ID_VALUE}\n') },
        errors: ['.env:1 `$`'],
        output: { '.env': 'ID_VALUE="Zk3pQ9vL2mX8tR5wB7nY$$"\n' },
      },
    ],
  },
  'docker-java-opt-ext-define': {
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
  },
  'docker-yaml-typing': {
    valid: [
      { name: 'quoted', files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      NACOS_AUTH_ENABLE: "true"\n') } },
      { name: 'list items are strings', files: { [C]: svc('nacos/nacos-server:v2.5.1', '    environment:\n      - NACOS_AUTH_ENABLE=true\n') } },
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
  },
  'docker-mounted-properties-ignore-env': {
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
  },
  'docker-shallow-merge': {
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
  },
  'env-file-encoding': {
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
  },
};
