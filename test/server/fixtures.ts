// Texts shared by the language-server tests.

/** A complete bare-metal node file with the published identity pair (identity-public-value fires on it). */
export const NODE_PROPS = [
  'nacos.core.auth.enabled=true',
  'nacos.core.auth.system.type=nacos',
  'nacos.core.auth.server.identity.key=serverIdentity',
  'nacos.core.auth.server.identity.value=security',
  'nacos.core.auth.plugin.nacos.token.secret.key=3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=',
  '',
].join('\n');
