// `k8s-missing-reference`: a key reference to an object in the workspace that lacks the key.
import { ruleTester } from './ruleTester';
import { configMap, envRef, M, secret, workload } from './k8sFixtures';

const IMG = 'nacos/nacos-server:v2.5.1';
const ref = envRef('NACOS_AUTH_TOKEN', 'secretKeyRef', 'nacos-auth', 'token');

ruleTester('k8s-missing-reference', {
  valid: [
    { name: 'the key exists', files: { [M]: workload(IMG, ref, secret('nacos-auth', 'stringData', { token: 'VGhpcyBpcyBhIDMyIGJ5dGUgc2VjcmV0IGtleSBmb3IgdGVzdHM=' })) } },
    { name: 'the Secret is not in the workspace (made elsewhere)', files: { [M]: workload(IMG, ref) } },
    {
      name: 'optional',
      files: { [M]: workload(IMG, `${ref}                  optional: true\n`, secret('nacos-auth', 'stringData', { other: 'x' })) },
    },
  ],
  invalid: [
    {
      name: 'the Secret lacks the key',
      files: { [M]: workload(IMG, ref, secret('nacos-auth', 'stringData', { tokn: 'x' })) },
      errors: [`${M}:17 \`token\``],
    },
    {
      name: 'the ConfigMap lacks the key, in another file',
      files: { [M]: workload(IMG, envRef('NACOS_AUTH_ENABLE', 'configMapKeyRef', 'nacos-cm', 'auth.enabled')), 'deploy/cm.yaml': configMap('nacos-cm', { 'auth-enabled': '"true"' }) },
      errors: [`${M}:17 \`auth.enabled\``],
    },
  ],
});
