// What each nacos/nacos-server image's entrypoint (build/bin/docker-startup.sh of nacos-group/nacos-docker) does
// with the environment, per image tag, derived from the script itself (test/unit/entrypoint-facts.test.ts parses
// every tag's script in the corpus and re-derives this table; every row cites `file:line` relative to the corpus):
//  - which variables it expands unquoted on the way to `exec $JAVA ${JAVA_OPT}` (word splitting: a space in a value
//    breaks the JVM command line — `NACOS_AUTH_ENABLE= false` gives `-Dnacos.core.auth.enabled=` and `false`, and the
//    JVM tries to run a class named `false`);
//  - whether it reads /home/nacos/init.d/ (Spring `spring.config.additional-location` + `spring.config.name`):
//    v2.1.0 and earlier scripts do, v2.1.1 and later do not (v1.4.5–v1.4.8 do not either);
//  - which variables it requires (3.x: exit 255 with a message when unset or empty).
// The NACOS_AUTH_TOKEN / _IDENTITY_KEY / _IDENTITY_VALUE values never reach the command line: the image's
// application.properties reads them through `${…}` placeholders (no word splitting).

/**
 * - `jvm-args`: into the JVM's arguments through an unquoted `${JAVA_OPT}`: the value is split at spaces, tabs and
 *   newlines (and globbed). With text glued before it (`prefix`), a leading space splits it off; with text glued
 *   after it (`gluedAfter`), a trailing one does; a space inside always does. The split-off word is a bare argument:
 *   before `-jar` the JVM takes it as the main class and does not start.
 * - `first-word-only`: passed unquoted to a script function that reads one positional parameter
 *   (`join_if_exist "-Xms" ${JVM_XMS}`): leading and trailing spaces vanish; after a space inside, the rest is
 *   silently dropped.
 * - `jvm-command`: the command itself (`exec $JAVA …`).
 * - `split-list`: split on purpose (`for server in ${NACOS_SERVERS}`: one cluster.conf line per word).
 */
export type UnquotedEffect = 'jvm-args' | 'first-word-only' | 'jvm-command' | 'split-list';

export interface ScriptLine {
  /** 1-based line in the tag's docker-startup.sh. */
  line: number;
  /** The line, trimmed. */
  text: string;
}

export interface UnquotedExpansion extends ScriptLine {
  variable: string;
  effect: UnquotedEffect;
  /** Text glued before the value in its command-line word (`-Dnacos.core.auth.enabled=`); '' when it starts one. */
  prefix: string;
  /** A non-space character follows the value in its word (`${BASE_DIR}/logs/…`). */
  gluedAfter: boolean;
  /** When the value reaches the command line through another variable: where that one is expanded. */
  via?: ScriptLine & { variable: string };
}

export interface RequiredVariable extends ScriptLine {
  variable: string;
  /** What the script prints before exiting. */
  message: string;
  exitCode: number;
  messageLine: number;
}

export interface ScriptFacts {
  /** One row per variable (and effect): where it first enters the command line with text glued before it, else
   *  where it first enters. */
  unquoted: UnquotedExpansion[];
  /** `CUSTOM_SEARCH_LOCATIONS` (→ `--spring.config.additional-location`). */
  configLocations: ScriptLine;
  /** `CUSTOM_SEARCH_NAMES` (→ `--spring.config.name`). */
  configNames: ScriptLine;
  /** Files of /home/nacos/init.d/ the server reads as configuration; empty when the script ignores init.d. */
  initD: string[];
  /** Variables the script requires (unset or empty → exit). */
  required: RequiredVariable[];
  exec: ScriptLine;
}

export interface EntrypointFacts extends ScriptFacts {
  /** Corpus tag (`v2.4.3`). */
  tag: string;
  /** The script, relative to the corpus: `nacos-docker-<tag>/build/bin/docker-startup.sh`. */
  script: string;
  readsInitD: boolean;
}

/** Image tags of the 1.4 line whose nacos-docker build files are not in the corpus: nothing is claimed for them. */
export const ENTRYPOINT_TAGS_NOT_IN_CORPUS: readonly string[] = ['v1.4.0', 'v1.4.1', 'v1.4.2'];

export function entrypointScript(tag: string): string {
  return `nacos-docker-${tag}/build/bin/docker-startup.sh`;
}

/** `nacos-docker-<tag>/build/bin/docker-startup.sh:<line>`. */
export function entrypointCitation(tag: string, line: number): string {
  return `${entrypointScript(tag)}:${line}`;
}

/**
 * The facts for an image tag: `v2.4.3`, `2.4.3`, `v2.4.3-slim` (the slim image runs the same script). Undefined for
 * tags not in the corpus (`latest` must be resolved to a version by the caller first).
 */
export function entrypointFacts(tag: string): EntrypointFacts | undefined {
  const candidates = [tag, tag.startsWith('v') ? tag : `v${tag}`];
  for (const c of [...candidates]) if (/-slim$/i.test(c)) candidates.push(c.replace(/-slim$/i, ''));
  for (const c of candidates) {
    const f = Object.prototype.hasOwnProperty.call(ENTRYPOINT_BY_TAG, c) ? ENTRYPOINT_BY_TAG[c] : undefined;
    if (f) return { ...f, tag: c, script: entrypointScript(c), readsInitD: f.initD.length > 0 };
  }
  return undefined;
}

/** What the entrypoint's word splitting does to a value of a variable it expands unquoted. */
export function splitByEntrypoint(row: Pick<UnquotedExpansion, 'effect' | 'prefix' | 'gluedAfter'>, value: string): {
  /** `unchanged`; `trimmed` (edge whitespace vanished, harmless); `split` (more than one command-line word);
   *  `truncated` (only the first word is used). */
  outcome: 'unchanged' | 'trimmed' | 'split' | 'truncated';
  words: string[];
} {
  const words = value.split(/[ \t\n]+/).filter((w) => w !== '');
  if (!/[ \t\n]/.test(value)) return { outcome: 'unchanged', words };
  if (row.effect === 'first-word-only') return { outcome: words.length > 1 ? 'truncated' : 'trimmed', words };
  const inner = words.length > 1;
  const lead = /^[ \t\n]/.test(value) && row.prefix !== '' && words.length > 0;
  const trail = /[ \t\n]$/.test(value) && row.gluedAfter && words.length > 0;
  return { outcome: inner || lead || trail ? 'split' : 'trimmed', words };
}

/** docker-startup.sh of v1.4.3, v1.4.4, v2.0.3, v2.0.4, v2.1.0, v2.1.0-BETA (identical facts). */
const SCRIPT_V1_4_3: ScriptFacts = {
  unquoted: [
    { variable: 'NACOS_SERVERS', effect: 'split-list', prefix: '', gluedAfter: false, line: 22, text: 'for server in ${NACOS_SERVERS}; do' },
    { variable: 'JAVA', effect: 'jvm-command', prefix: '', gluedAfter: false, line: 104, text: 'exec $JAVA ${JAVA_OPT}' },
    { variable: 'JAVA_OPT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 35, text: 'JAVA_OPT="${JAVA_OPT} -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN}"' },
    { variable: 'JVM_XMS', effect: 'jvm-args', prefix: '-Xms', gluedAfter: false, line: 35, text: 'JAVA_OPT="${JAVA_OPT} -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN}"' },
    { variable: 'JVM_XMX', effect: 'jvm-args', prefix: '-Xmx', gluedAfter: false, line: 35, text: 'JAVA_OPT="${JAVA_OPT} -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN}"' },
    { variable: 'JVM_XMN', effect: 'jvm-args', prefix: '-Xmn', gluedAfter: false, line: 35, text: 'JAVA_OPT="${JAVA_OPT} -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN}"' },
    { variable: 'JVM_MS', effect: 'jvm-args', prefix: '-XX:MetaspaceSize=', gluedAfter: false, line: 41, text: 'JAVA_OPT="${JAVA_OPT} -server -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN} -XX:MetaspaceSize=${JVM_MS} -XX:MaxMetaspaceSize=${JVM_MMS}"' },
    { variable: 'JVM_MMS', effect: 'jvm-args', prefix: '-XX:MaxMetaspaceSize=', gluedAfter: false, line: 41, text: 'JAVA_OPT="${JAVA_OPT} -server -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN} -XX:MetaspaceSize=${JVM_MS} -XX:MaxMetaspaceSize=${JVM_MMS}"' },
    { variable: 'BASE_DIR', effect: 'jvm-args', prefix: '-XX:HeapDumpPath=', gluedAfter: true, line: 45, text: 'JAVA_OPT="${JAVA_OPT} -XX:-OmitStackTraceInFastThrow -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=${BASE_DIR}/logs/java_heapdump.hprof"' },
    { variable: 'NACOS_SERVER_IP', effect: 'jvm-args', prefix: '-Dnacos.server.ip=', gluedAfter: false, line: 61, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.server.ip=${NACOS_SERVER_IP}"' },
    { variable: 'USE_ONLY_SITE_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.use-only-site-local-interfaces=', gluedAfter: false, line: 65, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.use-only-site-local-interfaces=${USE_ONLY_SITE_INTERFACES}"' },
    { variable: 'PREFERRED_NETWORKS', effect: 'jvm-args', prefix: '-Dnacos.inetutils.preferred-networks=', gluedAfter: false, line: 69, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.preferred-networks=${PREFERRED_NETWORKS}"' },
    { variable: 'IGNORED_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.ignored-interfaces=', gluedAfter: false, line: 73, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.ignored-interfaces=${IGNORED_INTERFACES}"' },
    { variable: 'NACOS_AUTH_ENABLE', effect: 'jvm-args', prefix: '-Dnacos.core.auth.enabled=', gluedAfter: false, line: 78, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.core.auth.enabled=${NACOS_AUTH_ENABLE}"' },
    { variable: 'JAVA_HOME', effect: 'jvm-args', prefix: '-Djava.ext.dirs=', gluedAfter: true, line: 91, text: 'JAVA_OPT="${JAVA_OPT} -Djava.ext.dirs=${JAVA_HOME}/jre/lib/ext:${JAVA_HOME}/lib/ext:${BASE_DIR}/plugins/health:${BASE_DIR}/plugins/cmdb:${BASE_DIR}/plugins/mysql"' },
    { variable: 'JAVA_OPT_EXT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 97, text: 'JAVA_OPT="${JAVA_OPT} ${JAVA_OPT_EXT}"' },
  ],
  configLocations: { line: 16, text: 'export CUSTOM_SEARCH_LOCATIONS=${BASE_DIR}/init.d/,file:${BASE_DIR}/conf/' },
  configNames: { line: 15, text: 'export CUSTOM_SEARCH_NAMES="application,custom"' },
  initD: ['/home/nacos/init.d/application.properties', '/home/nacos/init.d/custom.properties'],
  required: [],
  exec: { line: 104, text: 'exec $JAVA ${JAVA_OPT}' },
};

/** docker-startup.sh of v1.4.5, v2.1.1, v2.1.2, v2.2.0, v2.2.0.1, v2.2.1 (identical facts). */
const SCRIPT_V1_4_5: ScriptFacts = {
  unquoted: [
    { variable: 'NACOS_SERVERS', effect: 'split-list', prefix: '', gluedAfter: false, line: 22, text: 'for server in ${NACOS_SERVERS}; do' },
    { variable: 'JAVA', effect: 'jvm-command', prefix: '', gluedAfter: false, line: 104, text: 'exec $JAVA ${JAVA_OPT}' },
    { variable: 'JAVA_OPT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 35, text: 'JAVA_OPT="${JAVA_OPT} -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN}"' },
    { variable: 'JVM_XMS', effect: 'jvm-args', prefix: '-Xms', gluedAfter: false, line: 35, text: 'JAVA_OPT="${JAVA_OPT} -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN}"' },
    { variable: 'JVM_XMX', effect: 'jvm-args', prefix: '-Xmx', gluedAfter: false, line: 35, text: 'JAVA_OPT="${JAVA_OPT} -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN}"' },
    { variable: 'JVM_XMN', effect: 'jvm-args', prefix: '-Xmn', gluedAfter: false, line: 35, text: 'JAVA_OPT="${JAVA_OPT} -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN}"' },
    { variable: 'JVM_MS', effect: 'jvm-args', prefix: '-XX:MetaspaceSize=', gluedAfter: false, line: 41, text: 'JAVA_OPT="${JAVA_OPT} -server -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN} -XX:MetaspaceSize=${JVM_MS} -XX:MaxMetaspaceSize=${JVM_MMS}"' },
    { variable: 'JVM_MMS', effect: 'jvm-args', prefix: '-XX:MaxMetaspaceSize=', gluedAfter: false, line: 41, text: 'JAVA_OPT="${JAVA_OPT} -server -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN} -XX:MetaspaceSize=${JVM_MS} -XX:MaxMetaspaceSize=${JVM_MMS}"' },
    { variable: 'BASE_DIR', effect: 'jvm-args', prefix: '-XX:HeapDumpPath=', gluedAfter: true, line: 45, text: 'JAVA_OPT="${JAVA_OPT} -XX:-OmitStackTraceInFastThrow -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=${BASE_DIR}/logs/java_heapdump.hprof"' },
    { variable: 'NACOS_SERVER_IP', effect: 'jvm-args', prefix: '-Dnacos.server.ip=', gluedAfter: false, line: 61, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.server.ip=${NACOS_SERVER_IP}"' },
    { variable: 'USE_ONLY_SITE_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.use-only-site-local-interfaces=', gluedAfter: false, line: 65, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.use-only-site-local-interfaces=${USE_ONLY_SITE_INTERFACES}"' },
    { variable: 'PREFERRED_NETWORKS', effect: 'jvm-args', prefix: '-Dnacos.inetutils.preferred-networks=', gluedAfter: false, line: 69, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.preferred-networks=${PREFERRED_NETWORKS}"' },
    { variable: 'IGNORED_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.ignored-interfaces=', gluedAfter: false, line: 73, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.ignored-interfaces=${IGNORED_INTERFACES}"' },
    { variable: 'NACOS_AUTH_ENABLE', effect: 'jvm-args', prefix: '-Dnacos.core.auth.enabled=', gluedAfter: false, line: 78, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.core.auth.enabled=${NACOS_AUTH_ENABLE}"' },
    { variable: 'JAVA_HOME', effect: 'jvm-args', prefix: '-Djava.ext.dirs=', gluedAfter: true, line: 91, text: 'JAVA_OPT="${JAVA_OPT} -Djava.ext.dirs=${JAVA_HOME}/jre/lib/ext:${JAVA_HOME}/lib/ext:${BASE_DIR}/plugins/health:${BASE_DIR}/plugins/cmdb:${BASE_DIR}/plugins/mysql"' },
    { variable: 'JAVA_OPT_EXT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 97, text: 'JAVA_OPT="${JAVA_OPT} ${JAVA_OPT_EXT}"' },
  ],
  configLocations: { line: 16, text: 'export CUSTOM_SEARCH_LOCATIONS=file:${BASE_DIR}/conf/' },
  configNames: { line: 15, text: 'export CUSTOM_SEARCH_NAMES="application"' },
  initD: [],
  required: [],
  exec: { line: 104, text: 'exec $JAVA ${JAVA_OPT}' },
};

/** docker-startup.sh of v1.4.6, v1.4.7, v1.4.8 (identical facts). */
const SCRIPT_V1_4_6: ScriptFacts = {
  unquoted: [
    { variable: 'NACOS_SERVERS', effect: 'split-list', prefix: '', gluedAfter: false, line: 22, text: 'for server in ${NACOS_SERVERS}; do' },
    { variable: 'JAVA', effect: 'jvm-command', prefix: '', gluedAfter: false, line: 105, text: 'exec $JAVA ${JAVA_OPT}' },
    { variable: 'JAVA_OPT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 33, text: 'JAVA_OPT="${JAVA_OPT} -XX:+UseConcMarkSweepGC -XX:+UseCMSCompactAtFullCollection -XX:CMSInitiatingOccupancyFraction=70 -XX:+CMSParallelRemarkEnabled -XX:SoftRefLRUPolicyMSPerMB=0 -XX:+CMSClassUnloadingEnabled -XX:SurvivorRatio=8  -XX:-UseParNewGC"' },
    { variable: 'JVM_XMS', effect: 'jvm-args', prefix: '-Xms', gluedAfter: false, line: 36, text: 'JAVA_OPT="${JAVA_OPT} -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN}"' },
    { variable: 'JVM_XMX', effect: 'jvm-args', prefix: '-Xmx', gluedAfter: false, line: 36, text: 'JAVA_OPT="${JAVA_OPT} -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN}"' },
    { variable: 'JVM_XMN', effect: 'jvm-args', prefix: '-Xmn', gluedAfter: false, line: 36, text: 'JAVA_OPT="${JAVA_OPT} -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN}"' },
    { variable: 'JVM_MS', effect: 'jvm-args', prefix: '-XX:MetaspaceSize=', gluedAfter: false, line: 42, text: 'JAVA_OPT="${JAVA_OPT} -server -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN} -XX:MetaspaceSize=${JVM_MS} -XX:MaxMetaspaceSize=${JVM_MMS}"' },
    { variable: 'JVM_MMS', effect: 'jvm-args', prefix: '-XX:MaxMetaspaceSize=', gluedAfter: false, line: 42, text: 'JAVA_OPT="${JAVA_OPT} -server -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN} -XX:MetaspaceSize=${JVM_MS} -XX:MaxMetaspaceSize=${JVM_MMS}"' },
    { variable: 'BASE_DIR', effect: 'jvm-args', prefix: '-XX:HeapDumpPath=', gluedAfter: true, line: 46, text: 'JAVA_OPT="${JAVA_OPT} -XX:-OmitStackTraceInFastThrow -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=${BASE_DIR}/logs/java_heapdump.hprof"' },
    { variable: 'NACOS_SERVER_IP', effect: 'jvm-args', prefix: '-Dnacos.server.ip=', gluedAfter: false, line: 62, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.server.ip=${NACOS_SERVER_IP}"' },
    { variable: 'USE_ONLY_SITE_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.use-only-site-local-interfaces=', gluedAfter: false, line: 66, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.use-only-site-local-interfaces=${USE_ONLY_SITE_INTERFACES}"' },
    { variable: 'PREFERRED_NETWORKS', effect: 'jvm-args', prefix: '-Dnacos.inetutils.preferred-networks=', gluedAfter: false, line: 70, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.preferred-networks=${PREFERRED_NETWORKS}"' },
    { variable: 'IGNORED_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.ignored-interfaces=', gluedAfter: false, line: 74, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.ignored-interfaces=${IGNORED_INTERFACES}"' },
    { variable: 'NACOS_AUTH_ENABLE', effect: 'jvm-args', prefix: '-Dnacos.core.auth.enabled=', gluedAfter: false, line: 79, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.core.auth.enabled=${NACOS_AUTH_ENABLE}"' },
    { variable: 'JAVA_HOME', effect: 'jvm-args', prefix: '-Djava.ext.dirs=', gluedAfter: true, line: 92, text: 'JAVA_OPT="${JAVA_OPT} -Djava.ext.dirs=${JAVA_HOME}/jre/lib/ext:${JAVA_HOME}/lib/ext:${BASE_DIR}/plugins/health:${BASE_DIR}/plugins/cmdb:${BASE_DIR}/plugins/mysql"' },
    { variable: 'JAVA_OPT_EXT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 98, text: 'JAVA_OPT="${JAVA_OPT} ${JAVA_OPT_EXT}"' },
  ],
  configLocations: { line: 16, text: 'export CUSTOM_SEARCH_LOCATIONS=file:${BASE_DIR}/conf/' },
  configNames: { line: 15, text: 'export CUSTOM_SEARCH_NAMES="application"' },
  initD: [],
  required: [],
  exec: { line: 105, text: 'exec $JAVA ${JAVA_OPT}' },
};

/** docker-startup.sh of v2.2.2 (identical facts). */
const SCRIPT_V2_2_2: ScriptFacts = {
  unquoted: [
    { variable: 'NACOS_SERVERS', effect: 'split-list', prefix: '', gluedAfter: false, line: 22, text: 'for server in ${NACOS_SERVERS}; do' },
    { variable: 'JAVA', effect: 'jvm-command', prefix: '', gluedAfter: false, line: 104, text: 'exec $JAVA ${JAVA_OPT}' },
    { variable: 'JAVA_OPT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 35, text: 'JAVA_OPT="${JAVA_OPT} -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN}"' },
    { variable: 'JVM_XMS', effect: 'jvm-args', prefix: '-Xms', gluedAfter: false, line: 35, text: 'JAVA_OPT="${JAVA_OPT} -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN}"' },
    { variable: 'JVM_XMX', effect: 'jvm-args', prefix: '-Xmx', gluedAfter: false, line: 35, text: 'JAVA_OPT="${JAVA_OPT} -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN}"' },
    { variable: 'JVM_XMN', effect: 'jvm-args', prefix: '-Xmn', gluedAfter: false, line: 35, text: 'JAVA_OPT="${JAVA_OPT} -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN}"' },
    { variable: 'JVM_MS', effect: 'jvm-args', prefix: '-XX:MetaspaceSize=', gluedAfter: false, line: 41, text: 'JAVA_OPT="${JAVA_OPT} -server -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN} -XX:MetaspaceSize=${JVM_MS} -XX:MaxMetaspaceSize=${JVM_MMS}"' },
    { variable: 'JVM_MMS', effect: 'jvm-args', prefix: '-XX:MaxMetaspaceSize=', gluedAfter: false, line: 41, text: 'JAVA_OPT="${JAVA_OPT} -server -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN} -XX:MetaspaceSize=${JVM_MS} -XX:MaxMetaspaceSize=${JVM_MMS}"' },
    { variable: 'BASE_DIR', effect: 'jvm-args', prefix: '-XX:HeapDumpPath=', gluedAfter: true, line: 45, text: 'JAVA_OPT="${JAVA_OPT} -XX:-OmitStackTraceInFastThrow -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=${BASE_DIR}/logs/java_heapdump.hprof"' },
    { variable: 'NACOS_SERVER_IP', effect: 'jvm-args', prefix: '-Dnacos.server.ip=', gluedAfter: false, line: 61, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.server.ip=${NACOS_SERVER_IP}"' },
    { variable: 'USE_ONLY_SITE_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.use-only-site-local-interfaces=', gluedAfter: false, line: 65, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.use-only-site-local-interfaces=${USE_ONLY_SITE_INTERFACES}"' },
    { variable: 'PREFERRED_NETWORKS', effect: 'jvm-args', prefix: '-Dnacos.inetutils.preferred-networks=', gluedAfter: false, line: 69, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.preferred-networks=${PREFERRED_NETWORKS}"' },
    { variable: 'IGNORED_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.ignored-interfaces=', gluedAfter: false, line: 73, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.ignored-interfaces=${IGNORED_INTERFACES}"' },
    { variable: 'NACOS_AUTH_ENABLE', effect: 'jvm-args', prefix: '-Dnacos.core.auth.enabled=', gluedAfter: false, line: 78, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.core.auth.enabled=${NACOS_AUTH_ENABLE}"' },
    { variable: 'JAVA_OPT_EXT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 97, text: 'JAVA_OPT="${JAVA_OPT} ${JAVA_OPT_EXT}"' },
  ],
  configLocations: { line: 16, text: 'export CUSTOM_SEARCH_LOCATIONS=file:${BASE_DIR}/conf/' },
  configNames: { line: 15, text: 'export CUSTOM_SEARCH_NAMES="application"' },
  initD: [],
  required: [],
  exec: { line: 104, text: 'exec $JAVA ${JAVA_OPT}' },
};

/** docker-startup.sh of v2.2.3 (identical facts). */
const SCRIPT_V2_2_3: ScriptFacts = {
  unquoted: [
    { variable: 'NACOS_SERVERS', effect: 'split-list', prefix: '', gluedAfter: false, line: 22, text: 'for server in ${NACOS_SERVERS}; do' },
    { variable: 'JAVA', effect: 'jvm-command', prefix: '', gluedAfter: false, line: 104, text: 'exec $JAVA ${JAVA_OPT}' },
    { variable: 'JAVA_OPT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 33, text: 'JAVA_OPT="${JAVA_OPT} -XX:+UseConcMarkSweepGC -XX:+UseCMSCompactAtFullCollection -XX:CMSInitiatingOccupancyFraction=70 -XX:+CMSParallelRemarkEnabled -XX:SoftRefLRUPolicyMSPerMB=0 -XX:+CMSClassUnloadingEnabled -XX:SurvivorRatio=8  -XX:-UseParNewGC"' },
    { variable: 'JVM_XMS', effect: 'jvm-args', prefix: '-Xms', gluedAfter: false, line: 35, text: 'JAVA_OPT="${JAVA_OPT} -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN}"' },
    { variable: 'JVM_XMX', effect: 'jvm-args', prefix: '-Xmx', gluedAfter: false, line: 35, text: 'JAVA_OPT="${JAVA_OPT} -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN}"' },
    { variable: 'JVM_XMN', effect: 'jvm-args', prefix: '-Xmn', gluedAfter: false, line: 35, text: 'JAVA_OPT="${JAVA_OPT} -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN}"' },
    { variable: 'JVM_MS', effect: 'jvm-args', prefix: '-XX:MetaspaceSize=', gluedAfter: false, line: 41, text: 'JAVA_OPT="${JAVA_OPT} -server -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN} -XX:MetaspaceSize=${JVM_MS} -XX:MaxMetaspaceSize=${JVM_MMS}"' },
    { variable: 'JVM_MMS', effect: 'jvm-args', prefix: '-XX:MaxMetaspaceSize=', gluedAfter: false, line: 41, text: 'JAVA_OPT="${JAVA_OPT} -server -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN} -XX:MetaspaceSize=${JVM_MS} -XX:MaxMetaspaceSize=${JVM_MMS}"' },
    { variable: 'BASE_DIR', effect: 'jvm-args', prefix: '-XX:HeapDumpPath=', gluedAfter: true, line: 45, text: 'JAVA_OPT="${JAVA_OPT} -XX:-OmitStackTraceInFastThrow -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=${BASE_DIR}/logs/java_heapdump.hprof"' },
    { variable: 'NACOS_SERVER_IP', effect: 'jvm-args', prefix: '-Dnacos.server.ip=', gluedAfter: false, line: 61, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.server.ip=${NACOS_SERVER_IP}"' },
    { variable: 'USE_ONLY_SITE_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.use-only-site-local-interfaces=', gluedAfter: false, line: 65, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.use-only-site-local-interfaces=${USE_ONLY_SITE_INTERFACES}"' },
    { variable: 'PREFERRED_NETWORKS', effect: 'jvm-args', prefix: '-Dnacos.inetutils.preferred-networks=', gluedAfter: false, line: 69, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.preferred-networks=${PREFERRED_NETWORKS}"' },
    { variable: 'IGNORED_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.ignored-interfaces=', gluedAfter: false, line: 73, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.ignored-interfaces=${IGNORED_INTERFACES}"' },
    { variable: 'NACOS_AUTH_ENABLE', effect: 'jvm-args', prefix: '-Dnacos.core.auth.enabled=', gluedAfter: false, line: 78, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.core.auth.enabled=${NACOS_AUTH_ENABLE}"' },
    { variable: 'JAVA_OPT_EXT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 97, text: 'JAVA_OPT="${JAVA_OPT} ${JAVA_OPT_EXT}"' },
  ],
  configLocations: { line: 16, text: 'export CUSTOM_SEARCH_LOCATIONS=file:${BASE_DIR}/conf/' },
  configNames: { line: 15, text: 'export CUSTOM_SEARCH_NAMES="application"' },
  initD: [],
  required: [],
  exec: { line: 104, text: 'exec $JAVA ${JAVA_OPT}' },
};

/** docker-startup.sh of v2.3.0, v2.3.1, v2.3.2, v2.4.0, v2.4.0.1, v2.4.1, v2.4.2, v2.4.2.1, v2.4.3 (identical facts). */
const SCRIPT_V2_3_0: ScriptFacts = {
  unquoted: [
    { variable: 'NACOS_SERVERS', effect: 'split-list', prefix: '', gluedAfter: false, line: 22, text: 'for server in ${NACOS_SERVERS}; do' },
    { variable: 'JAVA', effect: 'jvm-command', prefix: '', gluedAfter: false, line: 104, text: 'exec $JAVA ${JAVA_OPT}' },
    { variable: 'JAVA_OPT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 33, text: 'JAVA_OPT="${JAVA_OPT} -XX:+UseConcMarkSweepGC -XX:+UseCMSCompactAtFullCollection -XX:CMSInitiatingOccupancyFraction=70 -XX:+CMSParallelRemarkEnabled -XX:SoftRefLRUPolicyMSPerMB=0 -XX:+CMSClassUnloadingEnabled -XX:SurvivorRatio=8 "' },
    { variable: 'JVM_XMS', effect: 'jvm-args', prefix: '-Xms', gluedAfter: false, line: 35, text: 'JAVA_OPT="${JAVA_OPT} -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN}"' },
    { variable: 'JVM_XMX', effect: 'jvm-args', prefix: '-Xmx', gluedAfter: false, line: 35, text: 'JAVA_OPT="${JAVA_OPT} -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN}"' },
    { variable: 'JVM_XMN', effect: 'jvm-args', prefix: '-Xmn', gluedAfter: false, line: 35, text: 'JAVA_OPT="${JAVA_OPT} -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN}"' },
    { variable: 'JVM_MS', effect: 'jvm-args', prefix: '-XX:MetaspaceSize=', gluedAfter: false, line: 41, text: 'JAVA_OPT="${JAVA_OPT} -server -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN} -XX:MetaspaceSize=${JVM_MS} -XX:MaxMetaspaceSize=${JVM_MMS}"' },
    { variable: 'JVM_MMS', effect: 'jvm-args', prefix: '-XX:MaxMetaspaceSize=', gluedAfter: false, line: 41, text: 'JAVA_OPT="${JAVA_OPT} -server -Xms${JVM_XMS} -Xmx${JVM_XMX} -Xmn${JVM_XMN} -XX:MetaspaceSize=${JVM_MS} -XX:MaxMetaspaceSize=${JVM_MMS}"' },
    { variable: 'BASE_DIR', effect: 'jvm-args', prefix: '-XX:HeapDumpPath=', gluedAfter: true, line: 45, text: 'JAVA_OPT="${JAVA_OPT} -XX:-OmitStackTraceInFastThrow -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=${BASE_DIR}/logs/java_heapdump.hprof"' },
    { variable: 'NACOS_SERVER_IP', effect: 'jvm-args', prefix: '-Dnacos.server.ip=', gluedAfter: false, line: 61, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.server.ip=${NACOS_SERVER_IP}"' },
    { variable: 'USE_ONLY_SITE_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.use-only-site-local-interfaces=', gluedAfter: false, line: 65, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.use-only-site-local-interfaces=${USE_ONLY_SITE_INTERFACES}"' },
    { variable: 'PREFERRED_NETWORKS', effect: 'jvm-args', prefix: '-Dnacos.inetutils.preferred-networks=', gluedAfter: false, line: 69, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.preferred-networks=${PREFERRED_NETWORKS}"' },
    { variable: 'IGNORED_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.ignored-interfaces=', gluedAfter: false, line: 73, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.ignored-interfaces=${IGNORED_INTERFACES}"' },
    { variable: 'NACOS_AUTH_ENABLE', effect: 'jvm-args', prefix: '-Dnacos.core.auth.enabled=', gluedAfter: false, line: 78, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.core.auth.enabled=${NACOS_AUTH_ENABLE}"' },
    { variable: 'JAVA_OPT_EXT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 97, text: 'JAVA_OPT="${JAVA_OPT} ${JAVA_OPT_EXT}"' },
  ],
  configLocations: { line: 16, text: 'export CUSTOM_SEARCH_LOCATIONS=file:${BASE_DIR}/conf/' },
  configNames: { line: 15, text: 'export CUSTOM_SEARCH_NAMES="application"' },
  initD: [],
  required: [],
  exec: { line: 104, text: 'exec $JAVA ${JAVA_OPT}' },
};

/** docker-startup.sh of v2.5.0, v2.5.1, v2.5.2, v2.5.3 (identical facts). */
const SCRIPT_V2_5_0: ScriptFacts = {
  unquoted: [
    { variable: 'NACOS_SERVERS', effect: 'split-list', prefix: '', gluedAfter: false, line: 22, text: 'for server in ${NACOS_SERVERS}; do' },
    { variable: 'JAVA', effect: 'jvm-command', prefix: '', gluedAfter: false, line: 119, text: 'exec $JAVA ${JAVA_OPT}' },
    { variable: 'JAVA_OPT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 48, text: 'JAVA_OPT="${JAVA_OPT} -XX:+UseConcMarkSweepGC -XX:+UseCMSCompactAtFullCollection -XX:CMSInitiatingOccupancyFraction=70 -XX:+CMSParallelRemarkEnabled -XX:SoftRefLRUPolicyMSPerMB=0 -XX:+CMSClassUnloadingEnabled -XX:SurvivorRatio=8 "' },
    { variable: 'JVM_XMS', effect: 'first-word-only', prefix: '-Xms', gluedAfter: false, line: 42, text: 'Xms=$(join_if_exist "-Xms" ${JVM_XMS})', via: { variable: 'Xms', line: 50, text: 'JAVA_OPT="${JAVA_OPT} $Xms $Xmx $Xmn"' } },
    { variable: 'JVM_XMX', effect: 'first-word-only', prefix: '-Xmx', gluedAfter: false, line: 43, text: 'Xmx=$(join_if_exist "-Xmx" ${JVM_XMX})', via: { variable: 'Xmx', line: 50, text: 'JAVA_OPT="${JAVA_OPT} $Xms $Xmx $Xmn"' } },
    { variable: 'JVM_XMN', effect: 'first-word-only', prefix: '-Xmn', gluedAfter: false, line: 44, text: 'Xmn=$(join_if_exist "-Xmn" ${JVM_XMN})', via: { variable: 'Xmn', line: 50, text: 'JAVA_OPT="${JAVA_OPT} $Xms $Xmx $Xmn"' } },
    { variable: 'JVM_MS', effect: 'first-word-only', prefix: '-XX:MetaspaceSize=', gluedAfter: false, line: 45, text: 'XX_MS=$(join_if_exist "-XX:MetaspaceSize=" ${JVM_MS})', via: { variable: 'XX_MS', line: 56, text: 'JAVA_OPT="${JAVA_OPT} -server $Xms $Xmx $Xmn $XX_MS $XX_MMS"' } },
    { variable: 'JVM_MMS', effect: 'first-word-only', prefix: '-XX:MaxMetaspaceSize=', gluedAfter: false, line: 46, text: 'XX_MMS=$(join_if_exist "-XX:MaxMetaspaceSize=" ${JVM_MMS})', via: { variable: 'XX_MMS', line: 56, text: 'JAVA_OPT="${JAVA_OPT} -server $Xms $Xmx $Xmn $XX_MS $XX_MMS"' } },
    { variable: 'BASE_DIR', effect: 'jvm-args', prefix: '-XX:HeapDumpPath=', gluedAfter: true, line: 60, text: 'JAVA_OPT="${JAVA_OPT} -XX:-OmitStackTraceInFastThrow -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=${BASE_DIR}/logs/java_heapdump.hprof"' },
    { variable: 'NACOS_SERVER_IP', effect: 'jvm-args', prefix: '-Dnacos.server.ip=', gluedAfter: false, line: 76, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.server.ip=${NACOS_SERVER_IP}"' },
    { variable: 'USE_ONLY_SITE_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.use-only-site-local-interfaces=', gluedAfter: false, line: 80, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.use-only-site-local-interfaces=${USE_ONLY_SITE_INTERFACES}"' },
    { variable: 'PREFERRED_NETWORKS', effect: 'jvm-args', prefix: '-Dnacos.inetutils.preferred-networks=', gluedAfter: false, line: 84, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.preferred-networks=${PREFERRED_NETWORKS}"' },
    { variable: 'IGNORED_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.ignored-interfaces=', gluedAfter: false, line: 88, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.ignored-interfaces=${IGNORED_INTERFACES}"' },
    { variable: 'NACOS_AUTH_ENABLE', effect: 'jvm-args', prefix: '-Dnacos.core.auth.enabled=', gluedAfter: false, line: 93, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.core.auth.enabled=${NACOS_AUTH_ENABLE}"' },
    { variable: 'MEMBER_LIST', effect: 'jvm-args', prefix: '-Dnacos.member.list=', gluedAfter: false, line: 99, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.member.list=${MEMBER_LIST}"' },
    { variable: 'JAVA_OPT_EXT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 112, text: 'JAVA_OPT="${JAVA_OPT} ${JAVA_OPT_EXT}"' },
  ],
  configLocations: { line: 16, text: 'export CUSTOM_SEARCH_LOCATIONS=file:${BASE_DIR}/conf/' },
  configNames: { line: 15, text: 'export CUSTOM_SEARCH_NAMES="application"' },
  initD: [],
  required: [],
  exec: { line: 119, text: 'exec $JAVA ${JAVA_OPT}' },
};

/** docker-startup.sh of v3.0.0 (identical facts). */
const SCRIPT_V3_0_0: ScriptFacts = {
  unquoted: [
    { variable: 'NACOS_SERVERS', effect: 'split-list', prefix: '', gluedAfter: false, line: 22, text: 'for server in ${NACOS_SERVERS}; do' },
    { variable: 'JAVA', effect: 'jvm-command', prefix: '', gluedAfter: false, line: 138, text: 'exec $JAVA ${JAVA_OPT}' },
    { variable: 'JAVA_OPT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 49, text: 'JAVA_OPT="${JAVA_OPT} $Xms $Xmx $Xmn"' },
    { variable: 'JVM_XMS', effect: 'first-word-only', prefix: '-Xms', gluedAfter: false, line: 42, text: 'Xms=$(join_if_exist "-Xms" ${JVM_XMS})', via: { variable: 'Xms', line: 49, text: 'JAVA_OPT="${JAVA_OPT} $Xms $Xmx $Xmn"' } },
    { variable: 'JVM_XMX', effect: 'first-word-only', prefix: '-Xmx', gluedAfter: false, line: 43, text: 'Xmx=$(join_if_exist "-Xmx" ${JVM_XMX})', via: { variable: 'Xmx', line: 49, text: 'JAVA_OPT="${JAVA_OPT} $Xms $Xmx $Xmn"' } },
    { variable: 'JVM_XMN', effect: 'first-word-only', prefix: '-Xmn', gluedAfter: false, line: 44, text: 'Xmn=$(join_if_exist "-Xmn" ${JVM_XMN})', via: { variable: 'Xmn', line: 49, text: 'JAVA_OPT="${JAVA_OPT} $Xms $Xmx $Xmn"' } },
    { variable: 'JVM_MS', effect: 'first-word-only', prefix: '-XX:MetaspaceSize=', gluedAfter: false, line: 45, text: 'XX_MS=$(join_if_exist "-XX:MetaspaceSize=" ${JVM_MS})', via: { variable: 'XX_MS', line: 55, text: 'JAVA_OPT="${JAVA_OPT} -server $Xms $Xmx $Xmn $XX_MS $XX_MMS"' } },
    { variable: 'JVM_MMS', effect: 'first-word-only', prefix: '-XX:MaxMetaspaceSize=', gluedAfter: false, line: 46, text: 'XX_MMS=$(join_if_exist "-XX:MaxMetaspaceSize=" ${JVM_MMS})', via: { variable: 'XX_MMS', line: 55, text: 'JAVA_OPT="${JAVA_OPT} -server $Xms $Xmx $Xmn $XX_MS $XX_MMS"' } },
    { variable: 'BASE_DIR', effect: 'jvm-args', prefix: '-XX:HeapDumpPath=', gluedAfter: true, line: 59, text: 'JAVA_OPT="${JAVA_OPT} -XX:-OmitStackTraceInFastThrow -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=${BASE_DIR}/logs/java_heapdump.hprof"' },
    { variable: 'NACOS_SERVER_IP', effect: 'jvm-args', prefix: '-Dnacos.server.ip=', gluedAfter: false, line: 75, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.server.ip=${NACOS_SERVER_IP}"' },
    { variable: 'USE_ONLY_SITE_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.use-only-site-local-interfaces=', gluedAfter: false, line: 79, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.use-only-site-local-interfaces=${USE_ONLY_SITE_INTERFACES}"' },
    { variable: 'PREFERRED_NETWORKS', effect: 'jvm-args', prefix: '-Dnacos.inetutils.preferred-networks=', gluedAfter: false, line: 83, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.preferred-networks=${PREFERRED_NETWORKS}"' },
    { variable: 'IGNORED_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.ignored-interfaces=', gluedAfter: false, line: 87, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.ignored-interfaces=${IGNORED_INTERFACES}"' },
    { variable: 'NACOS_AUTH_ENABLE', effect: 'jvm-args', prefix: '-Dnacos.core.auth.enabled=', gluedAfter: false, line: 92, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.core.auth.enabled=${NACOS_AUTH_ENABLE}"' },
    { variable: 'MEMBER_LIST', effect: 'jvm-args', prefix: '-Dnacos.member.list=', gluedAfter: false, line: 113, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.member.list=${MEMBER_LIST}"' },
    { variable: 'NACOS_DEPLOYMENT_TYPE', effect: 'jvm-args', prefix: '-Dnacos.deployment.type=', gluedAfter: false, line: 116, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.deployment.type=${NACOS_DEPLOYMENT_TYPE}"' },
    { variable: 'JAVA_OPT_EXT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 131, text: 'JAVA_OPT="${JAVA_OPT} ${JAVA_OPT_EXT}"' },
  ],
  configLocations: { line: 16, text: 'export CUSTOM_SEARCH_LOCATIONS=file:${BASE_DIR}/conf/' },
  configNames: { line: 15, text: 'export CUSTOM_SEARCH_NAMES="application"' },
  initD: [],
  required: [
    { variable: 'NACOS_AUTH_TOKEN', message: 'env NACOS_AUTH_TOKEN must be set with Base64 String.', exitCode: 255, line: 95, messageLine: 96, text: 'if [[ -z "${NACOS_AUTH_TOKEN}" ]]; then' },
    { variable: 'NACOS_AUTH_IDENTITY_KEY', message: 'env NACOS_AUTH_IDENTITY_KEY must be set.', exitCode: 255, line: 100, messageLine: 101, text: 'if [[ -z "${NACOS_AUTH_IDENTITY_KEY}" ]]; then' },
    { variable: 'NACOS_AUTH_IDENTITY_VALUE', message: 'env NACOS_AUTH_IDENTITY_VALUE must be set.', exitCode: 255, line: 105, messageLine: 106, text: 'if [[ -z "${NACOS_AUTH_IDENTITY_VALUE}" ]]; then' },
  ],
  exec: { line: 138, text: 'exec $JAVA ${JAVA_OPT}' },
};

/** docker-startup.sh of v3.0.1, v3.0.2, v3.0.3, v3.1.0, v3.1.0-bugfix, v3.1.1, v3.1.2 (identical facts). */
const SCRIPT_V3_0_1: ScriptFacts = {
  unquoted: [
    { variable: 'NACOS_SERVERS', effect: 'split-list', prefix: '', gluedAfter: false, line: 22, text: 'for server in ${NACOS_SERVERS}; do' },
    { variable: 'JAVA', effect: 'jvm-command', prefix: '', gluedAfter: false, line: 146, text: 'exec $JAVA ${JAVA_OPT}' },
    { variable: 'JAVA_OPT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 49, text: 'JAVA_OPT="${JAVA_OPT} $Xms $Xmx $Xmn"' },
    { variable: 'JVM_XMS', effect: 'first-word-only', prefix: '-Xms', gluedAfter: false, line: 42, text: 'Xms=$(join_if_exist "-Xms" ${JVM_XMS})', via: { variable: 'Xms', line: 49, text: 'JAVA_OPT="${JAVA_OPT} $Xms $Xmx $Xmn"' } },
    { variable: 'JVM_XMX', effect: 'first-word-only', prefix: '-Xmx', gluedAfter: false, line: 43, text: 'Xmx=$(join_if_exist "-Xmx" ${JVM_XMX})', via: { variable: 'Xmx', line: 49, text: 'JAVA_OPT="${JAVA_OPT} $Xms $Xmx $Xmn"' } },
    { variable: 'JVM_XMN', effect: 'first-word-only', prefix: '-Xmn', gluedAfter: false, line: 44, text: 'Xmn=$(join_if_exist "-Xmn" ${JVM_XMN})', via: { variable: 'Xmn', line: 49, text: 'JAVA_OPT="${JAVA_OPT} $Xms $Xmx $Xmn"' } },
    { variable: 'JVM_MS', effect: 'first-word-only', prefix: '-XX:MetaspaceSize=', gluedAfter: false, line: 45, text: 'XX_MS=$(join_if_exist "-XX:MetaspaceSize=" ${JVM_MS})', via: { variable: 'XX_MS', line: 55, text: 'JAVA_OPT="${JAVA_OPT} -server $Xms $Xmx $Xmn $XX_MS $XX_MMS"' } },
    { variable: 'JVM_MMS', effect: 'first-word-only', prefix: '-XX:MaxMetaspaceSize=', gluedAfter: false, line: 46, text: 'XX_MMS=$(join_if_exist "-XX:MaxMetaspaceSize=" ${JVM_MMS})', via: { variable: 'XX_MMS', line: 55, text: 'JAVA_OPT="${JAVA_OPT} -server $Xms $Xmx $Xmn $XX_MS $XX_MMS"' } },
    { variable: 'BASE_DIR', effect: 'jvm-args', prefix: '-XX:HeapDumpPath=', gluedAfter: true, line: 59, text: 'JAVA_OPT="${JAVA_OPT} -XX:-OmitStackTraceInFastThrow -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=${BASE_DIR}/logs/java_heapdump.hprof"' },
    { variable: 'NACOS_SERVER_IP', effect: 'jvm-args', prefix: '-Dnacos.server.ip=', gluedAfter: false, line: 75, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.server.ip=${NACOS_SERVER_IP}"' },
    { variable: 'USE_ONLY_SITE_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.use-only-site-local-interfaces=', gluedAfter: false, line: 79, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.use-only-site-local-interfaces=${USE_ONLY_SITE_INTERFACES}"' },
    { variable: 'PREFERRED_NETWORKS', effect: 'jvm-args', prefix: '-Dnacos.inetutils.preferred-networks=', gluedAfter: false, line: 83, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.preferred-networks=${PREFERRED_NETWORKS}"' },
    { variable: 'IGNORED_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.ignored-interfaces=', gluedAfter: false, line: 87, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.ignored-interfaces=${IGNORED_INTERFACES}"' },
    { variable: 'NACOS_AUTH_ENABLE', effect: 'jvm-args', prefix: '-Dnacos.core.auth.enabled=', gluedAfter: false, line: 92, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.core.auth.enabled=${NACOS_AUTH_ENABLE}"' },
    { variable: 'NACOS_AUTH_ADMIN_ENABLE', effect: 'jvm-args', prefix: '-Dnacos.core.auth.admin.enabled=', gluedAfter: false, line: 96, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.core.auth.admin.enabled=${NACOS_AUTH_ADMIN_ENABLE}"' },
    { variable: 'NACOS_AUTH_CONSOLE_ENABLE', effect: 'jvm-args', prefix: '-Dnacos.core.auth.console.enabled=', gluedAfter: false, line: 100, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.core.auth.console.enabled=${NACOS_AUTH_CONSOLE_ENABLE}"' },
    { variable: 'MEMBER_LIST', effect: 'jvm-args', prefix: '-Dnacos.member.list=', gluedAfter: false, line: 121, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.member.list=${MEMBER_LIST}"' },
    { variable: 'NACOS_DEPLOYMENT_TYPE', effect: 'jvm-args', prefix: '-Dnacos.deployment.type=', gluedAfter: false, line: 124, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.deployment.type=${NACOS_DEPLOYMENT_TYPE}"' },
    { variable: 'JAVA_OPT_EXT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 139, text: 'JAVA_OPT="${JAVA_OPT} ${JAVA_OPT_EXT}"' },
  ],
  configLocations: { line: 16, text: 'export CUSTOM_SEARCH_LOCATIONS=file:${BASE_DIR}/conf/' },
  configNames: { line: 15, text: 'export CUSTOM_SEARCH_NAMES="application"' },
  initD: [],
  required: [
    { variable: 'NACOS_AUTH_TOKEN', message: 'env NACOS_AUTH_TOKEN must be set with Base64 String.', exitCode: 255, line: 103, messageLine: 104, text: 'if [[ -z "${NACOS_AUTH_TOKEN}" ]]; then' },
    { variable: 'NACOS_AUTH_IDENTITY_KEY', message: 'env NACOS_AUTH_IDENTITY_KEY must be set.', exitCode: 255, line: 108, messageLine: 109, text: 'if [[ -z "${NACOS_AUTH_IDENTITY_KEY}" ]]; then' },
    { variable: 'NACOS_AUTH_IDENTITY_VALUE', message: 'env NACOS_AUTH_IDENTITY_VALUE must be set.', exitCode: 255, line: 113, messageLine: 114, text: 'if [[ -z "${NACOS_AUTH_IDENTITY_VALUE}" ]]; then' },
  ],
  exec: { line: 146, text: 'exec $JAVA ${JAVA_OPT}' },
};

/** docker-startup.sh of v3.2.0, v3.2.0-BETA, v3.2.1, v3.2.1-2026.03.30, v3.2.1-2026.04.03, v3.2.2 (identical facts). */
const SCRIPT_V3_2_0: ScriptFacts = {
  unquoted: [
    { variable: 'NACOS_SERVERS', effect: 'split-list', prefix: '', gluedAfter: false, line: 22, text: 'for server in ${NACOS_SERVERS}; do' },
    { variable: 'JAVA', effect: 'jvm-command', prefix: '', gluedAfter: false, line: 149, text: 'exec $JAVA ${JAVA_OPT}' },
    { variable: 'JAVA_OPT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 49, text: 'JAVA_OPT="${JAVA_OPT} $Xms $Xmx $Xmn"' },
    { variable: 'JVM_XMS', effect: 'first-word-only', prefix: '-Xms', gluedAfter: false, line: 42, text: 'Xms=$(join_if_exist "-Xms" ${JVM_XMS})', via: { variable: 'Xms', line: 49, text: 'JAVA_OPT="${JAVA_OPT} $Xms $Xmx $Xmn"' } },
    { variable: 'JVM_XMX', effect: 'first-word-only', prefix: '-Xmx', gluedAfter: false, line: 43, text: 'Xmx=$(join_if_exist "-Xmx" ${JVM_XMX})', via: { variable: 'Xmx', line: 49, text: 'JAVA_OPT="${JAVA_OPT} $Xms $Xmx $Xmn"' } },
    { variable: 'JVM_XMN', effect: 'first-word-only', prefix: '-Xmn', gluedAfter: false, line: 44, text: 'Xmn=$(join_if_exist "-Xmn" ${JVM_XMN})', via: { variable: 'Xmn', line: 49, text: 'JAVA_OPT="${JAVA_OPT} $Xms $Xmx $Xmn"' } },
    { variable: 'JVM_MS', effect: 'first-word-only', prefix: '-XX:MetaspaceSize=', gluedAfter: false, line: 45, text: 'XX_MS=$(join_if_exist "-XX:MetaspaceSize=" ${JVM_MS})', via: { variable: 'XX_MS', line: 55, text: 'JAVA_OPT="${JAVA_OPT} -server $Xms $Xmx $Xmn $XX_MS $XX_MMS"' } },
    { variable: 'JVM_MMS', effect: 'first-word-only', prefix: '-XX:MaxMetaspaceSize=', gluedAfter: false, line: 46, text: 'XX_MMS=$(join_if_exist "-XX:MaxMetaspaceSize=" ${JVM_MMS})', via: { variable: 'XX_MMS', line: 55, text: 'JAVA_OPT="${JAVA_OPT} -server $Xms $Xmx $Xmn $XX_MS $XX_MMS"' } },
    { variable: 'BASE_DIR', effect: 'jvm-args', prefix: '-XX:HeapDumpPath=', gluedAfter: true, line: 59, text: 'JAVA_OPT="${JAVA_OPT} -XX:-OmitStackTraceInFastThrow -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=${BASE_DIR}/logs/java_heapdump.hprof"' },
    { variable: 'NACOS_SERVER_IP', effect: 'jvm-args', prefix: '-Dnacos.server.ip=', gluedAfter: false, line: 75, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.server.ip=${NACOS_SERVER_IP}"' },
    { variable: 'USE_ONLY_SITE_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.use-only-site-local-interfaces=', gluedAfter: false, line: 79, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.use-only-site-local-interfaces=${USE_ONLY_SITE_INTERFACES}"' },
    { variable: 'PREFERRED_NETWORKS', effect: 'jvm-args', prefix: '-Dnacos.inetutils.preferred-networks=', gluedAfter: false, line: 83, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.preferred-networks=${PREFERRED_NETWORKS}"' },
    { variable: 'IGNORED_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.ignored-interfaces=', gluedAfter: false, line: 87, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.ignored-interfaces=${IGNORED_INTERFACES}"' },
    { variable: 'NACOS_AUTH_ENABLE', effect: 'jvm-args', prefix: '-Dnacos.core.auth.enabled=', gluedAfter: false, line: 92, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.core.auth.enabled=${NACOS_AUTH_ENABLE}"' },
    { variable: 'NACOS_AUTH_ADMIN_ENABLE', effect: 'jvm-args', prefix: '-Dnacos.core.auth.admin.enabled=', gluedAfter: false, line: 96, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.core.auth.admin.enabled=${NACOS_AUTH_ADMIN_ENABLE}"' },
    { variable: 'NACOS_AUTH_CONSOLE_ENABLE', effect: 'jvm-args', prefix: '-Dnacos.core.auth.console.enabled=', gluedAfter: false, line: 100, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.core.auth.console.enabled=${NACOS_AUTH_CONSOLE_ENABLE}"' },
    { variable: 'MEMBER_LIST', effect: 'jvm-args', prefix: '-Dnacos.member.list=', gluedAfter: false, line: 121, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.member.list=${MEMBER_LIST}"' },
    { variable: 'NACOS_DEPLOYMENT_TYPE', effect: 'jvm-args', prefix: '-Dnacos.deployment.type=', gluedAfter: false, line: 124, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.deployment.type=${NACOS_DEPLOYMENT_TYPE}"' },
    { variable: 'JAVA_OPT_EXT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 142, text: 'JAVA_OPT="${JAVA_OPT} ${JAVA_OPT_EXT}"' },
  ],
  configLocations: { line: 16, text: 'export CUSTOM_SEARCH_LOCATIONS=file:${BASE_DIR}/conf/' },
  configNames: { line: 15, text: 'export CUSTOM_SEARCH_NAMES="application"' },
  initD: [],
  required: [
    { variable: 'NACOS_AUTH_TOKEN', message: 'env NACOS_AUTH_TOKEN must be set with Base64 String.', exitCode: 255, line: 103, messageLine: 104, text: 'if [[ -z "${NACOS_AUTH_TOKEN}" ]]; then' },
    { variable: 'NACOS_AUTH_IDENTITY_KEY', message: 'env NACOS_AUTH_IDENTITY_KEY must be set.', exitCode: 255, line: 108, messageLine: 109, text: 'if [[ -z "${NACOS_AUTH_IDENTITY_KEY}" ]]; then' },
    { variable: 'NACOS_AUTH_IDENTITY_VALUE', message: 'env NACOS_AUTH_IDENTITY_VALUE must be set.', exitCode: 255, line: 113, messageLine: 114, text: 'if [[ -z "${NACOS_AUTH_IDENTITY_VALUE}" ]]; then' },
  ],
  exec: { line: 149, text: 'exec $JAVA ${JAVA_OPT}' },
};

/** docker-startup.sh of v3.2.3 (identical facts). */
const SCRIPT_V3_2_3: ScriptFacts = {
  unquoted: [
    { variable: 'NACOS_SERVERS', effect: 'split-list', prefix: '', gluedAfter: false, line: 23, text: 'for server in ${NACOS_SERVERS}; do' },
    { variable: 'JAVA', effect: 'jvm-command', prefix: '', gluedAfter: false, line: 159, text: 'exec $JAVA ${JAVA_OPT}' },
    { variable: 'JAVA_OPT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 50, text: 'JAVA_OPT="${JAVA_OPT} $Xms $Xmx $Xmn"' },
    { variable: 'JVM_XMS', effect: 'first-word-only', prefix: '-Xms', gluedAfter: false, line: 43, text: 'Xms=$(join_if_exist "-Xms" ${JVM_XMS})', via: { variable: 'Xms', line: 50, text: 'JAVA_OPT="${JAVA_OPT} $Xms $Xmx $Xmn"' } },
    { variable: 'JVM_XMX', effect: 'first-word-only', prefix: '-Xmx', gluedAfter: false, line: 44, text: 'Xmx=$(join_if_exist "-Xmx" ${JVM_XMX})', via: { variable: 'Xmx', line: 50, text: 'JAVA_OPT="${JAVA_OPT} $Xms $Xmx $Xmn"' } },
    { variable: 'JVM_XMN', effect: 'first-word-only', prefix: '-Xmn', gluedAfter: false, line: 45, text: 'Xmn=$(join_if_exist "-Xmn" ${JVM_XMN})', via: { variable: 'Xmn', line: 50, text: 'JAVA_OPT="${JAVA_OPT} $Xms $Xmx $Xmn"' } },
    { variable: 'JVM_MS', effect: 'first-word-only', prefix: '-XX:MetaspaceSize=', gluedAfter: false, line: 46, text: 'XX_MS=$(join_if_exist "-XX:MetaspaceSize=" ${JVM_MS})', via: { variable: 'XX_MS', line: 56, text: 'JAVA_OPT="${JAVA_OPT} -server $Xms $Xmx $Xmn $XX_MS $XX_MMS"' } },
    { variable: 'JVM_MMS', effect: 'first-word-only', prefix: '-XX:MaxMetaspaceSize=', gluedAfter: false, line: 47, text: 'XX_MMS=$(join_if_exist "-XX:MaxMetaspaceSize=" ${JVM_MMS})', via: { variable: 'XX_MMS', line: 56, text: 'JAVA_OPT="${JAVA_OPT} -server $Xms $Xmx $Xmn $XX_MS $XX_MMS"' } },
    { variable: 'BASE_DIR', effect: 'jvm-args', prefix: '-XX:HeapDumpPath=', gluedAfter: true, line: 60, text: 'JAVA_OPT="${JAVA_OPT} -XX:-OmitStackTraceInFastThrow -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=${BASE_DIR}/logs/java_heapdump.hprof"' },
    { variable: 'NACOS_SERVER_IP', effect: 'jvm-args', prefix: '-Dnacos.server.ip=', gluedAfter: false, line: 80, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.server.ip=${NACOS_SERVER_IP}"' },
    { variable: 'USE_ONLY_SITE_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.use-only-site-local-interfaces=', gluedAfter: false, line: 84, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.use-only-site-local-interfaces=${USE_ONLY_SITE_INTERFACES}"' },
    { variable: 'PREFERRED_NETWORKS', effect: 'jvm-args', prefix: '-Dnacos.inetutils.preferred-networks=', gluedAfter: false, line: 88, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.preferred-networks=${PREFERRED_NETWORKS}"' },
    { variable: 'IGNORED_INTERFACES', effect: 'jvm-args', prefix: '-Dnacos.inetutils.ignored-interfaces=', gluedAfter: false, line: 92, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.inetutils.ignored-interfaces=${IGNORED_INTERFACES}"' },
    { variable: 'NACOS_AUTH_ENABLE', effect: 'jvm-args', prefix: '-Dnacos.core.auth.enabled=', gluedAfter: false, line: 97, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.core.auth.enabled=${NACOS_AUTH_ENABLE}"' },
    { variable: 'NACOS_AUTH_ADMIN_ENABLE', effect: 'jvm-args', prefix: '-Dnacos.core.auth.admin.enabled=', gluedAfter: false, line: 101, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.core.auth.admin.enabled=${NACOS_AUTH_ADMIN_ENABLE}"' },
    { variable: 'NACOS_AUTH_CONSOLE_ENABLE', effect: 'jvm-args', prefix: '-Dnacos.core.auth.console.enabled=', gluedAfter: false, line: 105, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.core.auth.console.enabled=${NACOS_AUTH_CONSOLE_ENABLE}"' },
    { variable: 'MEMBER_LIST', effect: 'jvm-args', prefix: '-Dnacos.member.list=', gluedAfter: false, line: 126, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.member.list=${MEMBER_LIST}"' },
    { variable: 'NACOS_DEPLOYMENT_TYPE', effect: 'jvm-args', prefix: '-Dnacos.deployment.type=', gluedAfter: false, line: 129, text: 'JAVA_OPT="${JAVA_OPT} -Dnacos.deployment.type=${NACOS_DEPLOYMENT_TYPE}"' },
    { variable: 'NACOS_EXT_PLUGIN_DIRS', effect: 'jvm-args', prefix: '${LOADER_PATH},', gluedAfter: false, line: 146, text: 'LOADER_PATH="${LOADER_PATH},${NACOS_EXT_PLUGIN_DIRS}"', via: { variable: 'LOADER_PATH', line: 149, text: 'JAVA_OPT="${JAVA_OPT} -Dloader.path=${LOADER_PATH}"' } },
    { variable: 'JAVA_OPT_EXT', effect: 'jvm-args', prefix: '', gluedAfter: false, line: 152, text: 'JAVA_OPT="${JAVA_OPT} ${JAVA_OPT_EXT}"' },
  ],
  configLocations: { line: 16, text: 'export CUSTOM_SEARCH_LOCATIONS=file:${BASE_DIR}/conf/' },
  configNames: { line: 15, text: 'export CUSTOM_SEARCH_NAMES="application"' },
  initD: [],
  required: [
    { variable: 'NACOS_AUTH_TOKEN', message: 'env NACOS_AUTH_TOKEN must be set with Base64 String.', exitCode: 255, line: 108, messageLine: 109, text: 'if [[ -z "${NACOS_AUTH_TOKEN}" ]]; then' },
    { variable: 'NACOS_AUTH_IDENTITY_KEY', message: 'env NACOS_AUTH_IDENTITY_KEY must be set.', exitCode: 255, line: 113, messageLine: 114, text: 'if [[ -z "${NACOS_AUTH_IDENTITY_KEY}" ]]; then' },
    { variable: 'NACOS_AUTH_IDENTITY_VALUE', message: 'env NACOS_AUTH_IDENTITY_VALUE must be set.', exitCode: 255, line: 118, messageLine: 119, text: 'if [[ -z "${NACOS_AUTH_IDENTITY_VALUE}" ]]; then' },
  ],
  exec: { line: 159, text: 'exec $JAVA ${JAVA_OPT}' },
};

/** Every nacos-docker tag in the corpus → the facts of its docker-startup.sh. */
export const ENTRYPOINT_BY_TAG: Readonly<Record<string, ScriptFacts>> = {
  'v1.4.3': SCRIPT_V1_4_3,
  'v1.4.4': SCRIPT_V1_4_3,
  'v2.0.3': SCRIPT_V1_4_3,
  'v2.0.4': SCRIPT_V1_4_3,
  'v2.1.0': SCRIPT_V1_4_3,
  'v2.1.0-BETA': SCRIPT_V1_4_3,
  'v1.4.5': SCRIPT_V1_4_5,
  'v2.1.1': SCRIPT_V1_4_5,
  'v2.1.2': SCRIPT_V1_4_5,
  'v2.2.0': SCRIPT_V1_4_5,
  'v2.2.0.1': SCRIPT_V1_4_5,
  'v2.2.1': SCRIPT_V1_4_5,
  'v1.4.6': SCRIPT_V1_4_6,
  'v1.4.7': SCRIPT_V1_4_6,
  'v1.4.8': SCRIPT_V1_4_6,
  'v2.2.2': SCRIPT_V2_2_2,
  'v2.2.3': SCRIPT_V2_2_3,
  'v2.3.0': SCRIPT_V2_3_0,
  'v2.3.1': SCRIPT_V2_3_0,
  'v2.3.2': SCRIPT_V2_3_0,
  'v2.4.0': SCRIPT_V2_3_0,
  'v2.4.0.1': SCRIPT_V2_3_0,
  'v2.4.1': SCRIPT_V2_3_0,
  'v2.4.2': SCRIPT_V2_3_0,
  'v2.4.2.1': SCRIPT_V2_3_0,
  'v2.4.3': SCRIPT_V2_3_0,
  'v2.5.0': SCRIPT_V2_5_0,
  'v2.5.1': SCRIPT_V2_5_0,
  'v2.5.2': SCRIPT_V2_5_0,
  'v2.5.3': SCRIPT_V2_5_0,
  'v3.0.0': SCRIPT_V3_0_0,
  'v3.0.1': SCRIPT_V3_0_1,
  'v3.0.2': SCRIPT_V3_0_1,
  'v3.0.3': SCRIPT_V3_0_1,
  'v3.1.0': SCRIPT_V3_0_1,
  'v3.1.0-bugfix': SCRIPT_V3_0_1,
  'v3.1.1': SCRIPT_V3_0_1,
  'v3.1.2': SCRIPT_V3_0_1,
  'v3.2.0': SCRIPT_V3_2_0,
  'v3.2.0-BETA': SCRIPT_V3_2_0,
  'v3.2.1': SCRIPT_V3_2_0,
  'v3.2.1-2026.03.30': SCRIPT_V3_2_0,
  'v3.2.1-2026.04.03': SCRIPT_V3_2_0,
  'v3.2.2': SCRIPT_V3_2_0,
  'v3.2.3': SCRIPT_V3_2_3,
};

