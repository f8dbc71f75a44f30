// `cluster-secret-mismatch`: members must sign tokens with the same key bytes (compared after each decodes it).
import { ruleTester } from './ruleTester';
import { cluster3, member } from './fixtures';

const settings = { serverVersion: '2.4.3' };
const OTHER = 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5d2FsZG8=';

ruleTester('cluster-secret-mismatch', {
  valid: [
    { name: 'one secret', files: cluster3(member()), settings },
    { name: 'the same bytes written with and without quotes-free padding trimmed (2.3+ decodes both alike)', files: cluster3(member(undefined, undefined, '3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A= ')), settings },
  ],
  invalid: [
    {
      name: 'one member signs with another key',
      files: cluster3(member(undefined, undefined, OTHER)),
      settings,
      errors: ['a/conf/application.properties:5 `3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=`', 'b/conf/application.properties:5 `3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=`', `c/conf/application.properties:5 \`${OTHER}\``],
    },
  ],
});
