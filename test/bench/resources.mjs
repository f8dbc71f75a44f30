// Inputs whose cost used to grow with their square or worse (issue 20): generated, deterministic. The test
// (test/unit/resource-bounds.test.ts) runs each under a bounded heap and asserts completion; `npm run bench`
// (section `resources`) reports how long the CLI takes on each.
const IMAGE = 'services:\n  nacos:\n    image: nacos/nacos-server:v2.4.3\n';

/** @type {import('./resources.d.mts').ResourceWorkload[]} */
export const RESOURCE_WORKLOADS = [
  {
    name: 'env-repeat', item: 1, what: '60,000 repeats of one variable in an env file',
    files: () => ({ 'compose.yaml': `${IMAGE}    env_file: nacos.env\n`, 'nacos.env': 'NACOS_AUTH_TOKEN=abc\n'.repeat(60_000) }),
  },
  {
    name: 'list-repeat', item: 1, what: '60,000 `- A=1` items',
    files: () => ({ 'compose.yaml': `${IMAGE}    environment:\n${'      - A=1\n'.repeat(60_000)}` }),
  },
  {
    name: 'env-file-repeat', item: 1, what: '10,000 `env_file:` entries naming one file',
    files: () => ({
      'compose.yaml': `${IMAGE}    env_file:\n${'      - x.env\n'.repeat(10_000)}`,
      'x.env': 'NACOS_AUTH_ENABLE=true\nNACOS_AUTH_TOKEN=${TOKEN:-dev}\nA=1\nB=${A}\n',
    }),
  },
  {
    name: 'glob-braces', item: 3, what: '`{a,b}` × 30 in exclude, include and clusters[].include',
    files: () => {
      const braces = '{a,b}'.repeat(30);
      const files = {
        '.nacos-auth-lint.json': JSON.stringify({ exclude: [braces, `**/${braces}/**`], include: [`**/${braces}`, '**/*.yaml', '**/*.properties'], clusters: [{ name: 'x', include: [braces, `{${'n,'.repeat(400)}n}*/**`] }] }),
      };
      for (let i = 0; i < 200; i++) files[`n${i}/conf/application.properties`] = 'nacos.core.auth.enabled=true\n';
      return files;
    },
  },
  ...[5_000, 10_000].map((n) => ({
    name: `cluster-${n}`, item: 5, what: `${n.toLocaleString('en')} mismatched services in one compose cluster`,
    files: () => ({ 'compose.yaml': mismatchedServices(n) }),
  })),
  {
    name: 'known-values', item: 5, what: '100,000 knownValues',
    files: () => ({
      '.nacos-auth-lint.json': JSON.stringify({ knownValues: Array.from({ length: 100_000 }, (_, i) => `kv${i.toString(36)}`) }),
      'compose.yaml': mismatchedServices(200),
    }),
  },
];

/** `n` Nacos services in one project: every identity value differs, token secrets alternate, one node has auth off. */
export function mismatchedServices(n) {
  const out = ['services:'];
  for (let i = 0; i < n; i++) {
    const secret = Buffer.alloc(32, i % 2 ? 7 : 9).toString('base64');
    out.push(
      `  nacos${i}:`,
      '    image: nacos/nacos-server:v2.4.3',
      '    environment:',
      `      NACOS_AUTH_ENABLE: "${i === 3 ? 'false' : 'true'}"`,
      '      NACOS_AUTH_IDENTITY_KEY: serverIdentity',
      // A short value beside the published key: reported on every service (a guessable pair), besides the mismatch.
      `      NACOS_AUTH_IDENTITY_VALUE: v${(i * 2654435761) % 1e9}`,
      `      NACOS_AUTH_TOKEN: ${secret}`,
    );
  }
  return `${out.join('\n')}\n`;
}
