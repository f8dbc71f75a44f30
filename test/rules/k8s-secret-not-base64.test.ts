// `k8s-secret-not-base64`: Secret `data` the API server cannot decode.
import { ruleTester } from './ruleTester';
import { envRef, M, secret, workload } from './k8sFixtures';

const IMG = 'nacos/nacos-server:v2.5.1';
const ref = envRef('NACOS_AUTH_TOKEN', 'secretKeyRef', 'nacos-auth', 'token');

ruleTester('k8s-secret-not-base64', {
  valid: [
    { name: 'Base64 data', files: { [M]: workload(IMG, ref, secret('nacos-auth', 'data', { token: 'VGhpcyBpcyBhIDMyIGJ5dGUgc2VjcmV0IGtleSBmb3IgdGVzdHM=' })) } },
    { name: 'plain text in stringData', files: { [M]: workload(IMG, ref, secret('nacos-auth', 'stringData', { token: 'not base64!' })) } },
    { name: 'a Secret in a file that has nothing to do with Nacos', files: { 'other/app.yaml': secret('app', 'data', { password: 'hunter2!' }) } },
  ],
  invalid: [
    { name: 'plain text in data', files: { [M]: workload(IMG, ref, secret('nacos-auth', 'data', { token: 'my-token-text' })) }, errors: [`${M}:24 \`my-token-text\``] },
    { name: 'missing padding', files: { [M]: workload(IMG, ref, secret('nacos-auth', 'data', { token: 'YWJj ZA' })) }, errors: [`${M}:24 \`YWJj ZA\``] },
  ],
});
