// Where upstream decides each fact of this folder: citations into ../shared/corpus (issue 14, "Ground the facts in
// the source"). Data only: no rule or output reads these fields; test/unit/nacos-citations.test.ts checks every one.

/**
 * `<corpus-relative path>:<line>`, optionally followed by one space and a quote: text that must occur on that line or
 * within CITE_WINDOW lines after it (a Java statement is often wrapped). Several cites per fact: the first and the last
 * corpus tag the fact holds for, and the code that decides it.
 */
export type Cite = string;

/** Lines after the cited one in which a quote or a literal may sit (wrapped Java statements). */
export const CITE_WINDOW = 3;

export interface Sourced {
  /** Where the fact holds, each cite inside the fact's version range. */
  cite?: readonly Cite[];
  /** Corpus files or folders in which the fact's literal does NOT occur (outside comments): where it starts or ends. */
  absentIn?: readonly string[];
  /** Why the fact is not grounded in the corpus. The fact stays as it is. */
  unverified?: string;
  /** The corpus contradicts (part of) the fact: what is wrong and the docs/dev/audit-plan.md item that fixes it. */
  contradicted?: string;
}

/** `path:line` plus an optional quote. */
export function cite(path: string, line: number, quote?: string): Cite {
  return quote === undefined ? `${path}:${line}` : `${path}:${line} ${quote}`;
}

// ---- corpus paths (tags as the folders are named: nacos-src/<tag>, nacos-docker-v<tag>) -----------------------

const SRC = 'nacos-src';
const J = 'src/main/java/com/alibaba/nacos';
const isV3 = (tag: string) => tag.startsWith('3.') || tag.startsWith('HEAD-');
// 2.3.0 moved the default auth plugin into plugin-default-impl/nacos-default-auth-plugin.
const pluginRoot = (tag: string) =>
  /^2\.[12]\./.test(tag) ? 'plugin-default-impl' : 'plugin-default-impl/nacos-default-auth-plugin';

export const CORPUS = {
  /** The jar's own application.properties (console/ ≤ 2.5.x, bootstrap/ in 3.x). */
  jar: (tag: string) => `${SRC}/${tag}/${isV3(tag) ? 'bootstrap' : 'console'}/src/main/resources/application.properties`,
  /** distribution/conf/application.properties as shipped in the tarball. */
  dist: (tag: string) => `${SRC}/${tag}/distribution/conf/application.properties`,
  distExample: (tag: string) => `${SRC}/${tag}/distribution/conf/application.properties.example`,
  /** AuthConfigs: core/ 1.2.0–1.3.0, auth/common/ 1.4.0–2.0.4, auth/config/ 2.1.0–2.5.x. */
  authConfigs: (tag: string) =>
    /^1\.[23]\./.test(tag) ? `${SRC}/${tag}/core/${J}/core/auth/AuthConfigs.java`
      : /^(1\.4\.|2\.0\.)/.test(tag) ? `${SRC}/${tag}/auth/${J}/auth/common/AuthConfigs.java`
        : `${SRC}/${tag}/auth/${J}/auth/config/AuthConfigs.java`,
  authErrorCode: (tag: string) => `${SRC}/${tag}/auth/${J}/auth/config/AuthErrorCode.java`,
  /** Property-name constants of the auth plugin API (2.1.0+). */
  constants: (tag: string) => `${SRC}/${tag}/plugin/auth/${J}/plugin/auth/constant/Constants.java`,
  /** The Nacos-Server User-Agent constant: core/utils 1.2.0–1.3.0, sys/env 1.4.0–2.4.x. */
  serverHeaderConstant: (tag: string) =>
    /^1\.[23]\./.test(tag) ? `${SRC}/${tag}/core/${J}/core/utils/Constants.java` : `${SRC}/${tag}/sys/${J}/sys/env/Constants.java`,
  authFilter: (tag: string) => `${SRC}/${tag}/core/${J}/core/auth/AuthFilter.java`,
  coreAuth: (tag: string, cls: string) => `${SRC}/${tag}/core/${J}/core/auth/${cls}.java`,
  auth: (tag: string, cls: string) => `${SRC}/${tag}/auth/${J}/auth/${cls}.java`,
  /** The 1.x/2.0.x console security classes (JwtTokenManager, NacosAuthConfig, NacosAuthManager). */
  consoleSecurity: (tag: string, cls: string) => `${SRC}/${tag}/console/${J}/console/security/nacos/${cls}.java`,
  /** 3.x console module's auth config (console.enabled). */
  consoleConfig3: (tag: string) => `${SRC}/${tag}/console/${J}/console/config/NacosConsoleAuthConfig.java`,
  /** A class of the default auth plugin (2.1.0+), path below plugin/auth/impl/. */
  plugin: (tag: string, rel: string) => `${SRC}/${tag}/${pluginRoot(tag)}/${J}/plugin/auth/impl/${rel}.java`,
  dockerStartup: (tag: string) => `nacos-docker-v${tag}/build/bin/docker-startup.sh`,
  dockerfile: (tag: string) => `nacos-docker-v${tag}/build/Dockerfile`,
  dockerConf: (tag: string) => `nacos-docker-v${tag}/build/conf/application.properties`,
} as const;
