// What the rule tests share: a good properties file and compose helpers (the cases themselves sit in
// test/rules/<rule-id>.test.ts, one file per rule, like ESLint's tests/lib/rules/<id>.js).
export const P = 'conf/application.properties';
export const base = (extra: string, v = '2.4.3') => ({ files: { [P]: extra }, settings: { serverVersion: v } });
export const ok = 'nacos.core.auth.enabled=true\nnacos.core.auth.system.type=nacos\nnacos.core.auth.server.identity.key=nacos-identity-4f2a9c1e\nnacos.core.auth.server.identity.value=Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE\nnacos.core.auth.plugin.nacos.token.secret.key=3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=\n';
export const withLine = (re: RegExp, line: string) => ok.replace(re, line);

export const C = 'compose.yaml';
export const E = 'env/nacos.env';
export const TOKEN = '3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=';
export const KEY = 'nacos-identity-4f2a9c1e';
export const VALUE = 'Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE';
/** An env file with good values for every required variable. */
export const OK_ENV = `NACOS_AUTH_ENABLE=true\nNACOS_AUTH_TOKEN=${TOKEN}\nNACOS_AUTH_IDENTITY_KEY=${KEY}\nNACOS_AUTH_IDENTITY_VALUE=${VALUE}\n`;
export const GEN_TOKEN = '[A-Za-z0-9+/]{43}=';
export const GEN_KEY = 'nacos-identity-[0-9a-f]{8}';
export const GEN_VALUE = '[A-Za-z0-9_-]{43}';
export const svc = (image: string, body = '') => `services:\n  nacos:\n    image: ${image}\n${body}`;
export const withEnvFile = (image: string, extra = '') => svc(image, `    env_file:\n      - ./${E}\n${extra}`);
export const re = (s: string) => new RegExp(`^${s}$`);

/** A bare-metal member of a three-node cluster (the cluster rules' cases). */
export const member = (key = KEY, value = VALUE, secret = TOKEN, enabled = 'true') =>
  `nacos.core.auth.enabled=${enabled}\nnacos.core.auth.system.type=nacos\nnacos.core.auth.server.identity.key=${key}\nnacos.core.auth.server.identity.value=${value}\nnacos.core.auth.plugin.nacos.token.secret.key=${secret}\n`;
export const MEMBERS = '10.0.0.1:8848\n10.0.0.2:8848\n10.0.0.3:8848\n';
/** Three nodes listing the same cluster.conf; `c` differs as given. */
export const cluster3 = (c: string) => ({
  'a/conf/application.properties': member(), 'a/conf/cluster.conf': MEMBERS,
  'b/conf/application.properties': member(), 'b/conf/cluster.conf': MEMBERS,
  'c/conf/application.properties': c, 'c/conf/cluster.conf': MEMBERS,
});
