// `cluster-auth-mismatch`: members that differ in the auth switches answer clients differently.
import { ruleTester } from './ruleTester';
import { cluster3, member } from './fixtures';

const settings = { serverVersion: '2.4.3' };

ruleTester('cluster-auth-mismatch', {
  valid: [{ name: 'the same switches', files: cluster3(member()), settings }],
  invalid: [
    {
      name: 'one member has auth off',
      files: cluster3(member(undefined, undefined, undefined, 'false')),
      settings,
      errors: ['c/conf/application.properties:1 `false`'],
    },
    {
      name: 'the switch that differs, not the others: system.type',
      files: cluster3(member().replace('system.type=nacos', 'system.type=ldap')),
      settings,
      errors: ['c/conf/application.properties:2 `ldap`'],
    },
  ],
});
