// `client-setting-in-server-file`: texts that must not fire, texts that must (exact line and underlined text), and the
// text after the preferred fix (docs/rules/client-setting-in-server-file.md says what the rule is for).
import { ruleTester } from './ruleTester';
import { P, base, ok } from './fixtures';

ruleTester('client-setting-in-server-file', {
  valid: [
    base(ok),
    // Server keys that share the prefix.
    base(`${ok}nacos.naming.data.warmup=true\nnacos.config.push.maxRetryTime=50\n`),
  ],
  invalid: [
    { ...base(`${ok}spring.cloud.nacos.config.username=nacos\n`), errors: [`${P}:6 \`spring.cloud.nacos.config.username\``], output: { [P]: ok }, message: /users live in the database/ },
    { name: 'nacos-spring-boot credentials', ...base(`${ok}nacos.config.username=nacos\nnacos.config.password=nacos\n`), errors: [`${P}:6 \`nacos.config.username\``, `${P}:7 \`nacos.config.password\``] },
  ],
});
