// `k8s-secret-in-configmap`: an identity value or token secret in a ConfigMap or a literal env value.
import { ruleTester } from './ruleTester';
import { configMap, envRef, envValue, M, secret, workload } from './k8sFixtures';

const IMG = 'nacos/nacos-server:v2.5.1';
const TOKEN = 'kR3x9QmZ2vLp8sWt4yBn6cHd1fGj7eKa0uIo5qXw3Ez=';

ruleTester('k8s-secret-in-configmap', {
  valid: [
    { name: 'from a Secret', files: { [M]: workload(IMG, envRef('NACOS_AUTH_TOKEN', 'secretKeyRef', 'nacos-auth', 'token'), secret('nacos-auth', 'stringData', { token: TOKEN })) } },
    { name: 'the identity key is not secret', files: { [M]: workload(IMG, envValue('NACOS_AUTH_IDENTITY_KEY', 'nacos-identity-0a1b2c3d')) } },
    { name: 'a Secret not in the workspace', files: { [M]: workload(IMG, envRef('NACOS_AUTH_TOKEN', 'secretKeyRef', 'external', 'token')) } },
  ],
  invalid: [
    {
      name: 'a literal token secret (moved to a new Secret)',
      files: { [M]: workload(IMG, envValue('NACOS_AUTH_TOKEN', TOKEN)) },
      errors: [`${M}:14 \`${TOKEN}\``],
      output: {
        [M]: workload(IMG, envRef('NACOS_AUTH_TOKEN', 'secretKeyRef', 'nacos-auth', 'NACOS_AUTH_TOKEN'),
          `apiVersion: v1\nkind: Secret\nmetadata:\n  name: nacos-auth\ntype: Opaque\nstringData:\n  NACOS_AUTH_TOKEN: ${TOKEN}\n`),
      },
    },
    {
      name: 'the identity value from a ConfigMap key (moved next to the token in its Secret)',
      files: {
        [M]: workload(IMG, envRef('NACOS_AUTH_TOKEN', 'secretKeyRef', 'nacos-auth', 'token') + envRef('NACOS_AUTH_IDENTITY_VALUE', 'configMapKeyRef', 'nacos-cm', 'idv'),
          `${secret('nacos-auth', 'stringData', { token: TOKEN })}---\n${configMap('nacos-cm', { mode: 'cluster', idv: 'gS3kQ9vXw2LmP7nR4tYb8cZ1aE6dF0hJ5uK3oI9qW2e' })}`),
      },
      errors: [`${M}:37 \`gS3kQ9vXw2LmP7nR4tYb8cZ1aE6dF0hJ5uK3oI9qW2e\``],
      output: {
        [M]: workload(IMG, envRef('NACOS_AUTH_TOKEN', 'secretKeyRef', 'nacos-auth', 'token') + envRef('NACOS_AUTH_IDENTITY_VALUE', 'secretKeyRef', 'nacos-auth', 'NACOS_AUTH_IDENTITY_VALUE'),
          `${secret('nacos-auth', 'stringData', { token: TOKEN, NACOS_AUTH_IDENTITY_VALUE: 'gS3kQ9vXw2LmP7nR4tYb8cZ1aE6dF0hJ5uK3oI9qW2e' })}---\n${configMap('nacos-cm', { mode: 'cluster' })}`),
      },
    },
  ],
});
