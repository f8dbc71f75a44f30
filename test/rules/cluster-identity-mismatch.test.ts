// `cluster-identity-mismatch`: members of one cluster must send and accept the same identity pair.
import { ruleTester } from './ruleTester';
import { cluster3, member } from './fixtures';

const OTHER = 'Zk3pQ9vL2mX8tR5wB7nYq4Jd6Hs1Fa0CxE2uIo4TqNw';
const settings = { serverVersion: '2.4.3' };

ruleTester('cluster-identity-mismatch', {
  valid: [
    { name: 'three members, one pair', files: cluster3(member()), settings },
    { name: 'a standalone node is its own cluster', files: { 'a/conf/application.properties': member(), 'b/conf/application.properties': `${member(undefined, OTHER)}nacos.standalone=true\n` }, settings },
  ],
  invalid: [
    {
      name: 'one member has another value',
      files: cluster3(member(undefined, OTHER)),
      settings,
      errors: ['a/conf/application.properties:4 `Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE`', 'b/conf/application.properties:4 `Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE`', `c/conf/application.properties:4 \`${OTHER}\``],
    },
  ],
});
