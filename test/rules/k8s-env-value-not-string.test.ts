// `k8s-env-value-not-string`: an env `value:` or ConfigMap `data` value the API server rejects because YAML types it.
import { ruleTester } from './ruleTester';
import { configMap, envRef, envValue, M, workload } from './k8sFixtures';

const IMG = 'nacos/nacos-server:v2.5.1';

ruleTester('k8s-env-value-not-string', {
  valid: [
    { name: 'quoted', files: { [M]: workload(IMG, envValue('NACOS_AUTH_ENABLE', '"true"')) } },
    { name: 'a plain string', files: { [M]: workload(IMG, envValue('MODE', 'standalone')) } },
    { name: 'not a Nacos workload', files: { [M]: workload('mysql:8', envValue('MYSQL_PORT', '3306')) } },
  ],
  invalid: [
    {
      name: 'boolean (quick fix quotes it)',
      files: { [M]: workload(IMG, envValue('NACOS_AUTH_ENABLE', 'true')) },
      errors: [`${M}:14 \`true\``],
      output: { [M]: workload(IMG, envValue('NACOS_AUTH_ENABLE', '"true"')) },
    },
    { name: 'YAML 1.1 boolean (kubectl reads `yes` as true)', files: { [M]: workload(IMG, envValue('NACOS_AUTH_ENABLE', 'yes')) }, errors: [`${M}:14 \`yes\``] },
    { name: 'number', files: { [M]: workload(IMG, envValue('NACOS_SERVER_PORT', '8848')) }, errors: [`${M}:14 \`8848\``] },
    {
      name: 'a ConfigMap value the container reads',
      files: { [M]: workload(IMG, envRef('NACOS_AUTH_ENABLE', 'configMapKeyRef', 'nacos-cm', 'auth'), configMap('nacos-cm', { auth: 'true' })) },
      errors: [`${M}:24 \`true\``],
    },
  ],
});
