import type { FileKind, Provenance, Span } from '../types';
import type { AssumedVersion, NacosVersion } from '../nacos/versions';
import type { ImageAnomaly } from '../nacos/imageEnv';
import type { InterpolationOp } from '../syntax/interpolation';
import type { PropertiesFile } from '../syntax/properties/parser';

/** How a setting reached the server (SPEC §4 precedence, highest first). */
export type SettingOrigin =
  | 'program-arg'     // --k=v (JAVA_OPT_EXT)
  | 'system-property' // -Dk=v (JAVA_OPT, the image's own -D mappings)
  | 'os-env'          // NACOS_CORE_AUTH_* relaxed binding
  | 'conf-file'       // conf/application.properties (workspace file, or the image's own file)
  | 'jar-default'     // application.properties embedded in nacos-server.jar
  | 'code-default'
  | 'unset';

/**
 * The syntax a value is written in, so a fix can write it back (fixes/encode.ts): a file kind, or a place inside one
 * that reads differently — `kustomize-env` (a kustomize generator's env file: the rest of the line, verbatim),
 * `helm-values` (a scalar of a Helm values file, read by sigs.k8s.io/yaml), `docker-env` (a `docker run --env-file`
 * file: no quotes, no interpolation — quotes are part of the value), `yaml` (a YAML scalar read as it is, without
 * Compose's `$` interpolation: a GitHub Actions `env:` value).
 */
export type WrittenFileKind = FileKind | 'kustomize-env' | 'helm-values' | 'docker-env' | 'yaml';

/** The text the user wrote for a value, so text-level rules (quotes, backslashes, `$`) can point inside it. */
export interface WrittenValue {
  path: string;
  fileKind: WrittenFileKind;
  /**
   * How the written text becomes the value beyond the file's own syntax: `base64` (a Secret's `data`: the text is the
   * Base64 of the value), `k8s-env` (a container env `value:`: the kubelet expands `$(VAR)` and `$$`).
   */
  decode?: 'base64' | 'k8s-env';
  /**
   * Span of the value as written (for properties: the raw value; for env files and compose: the scalar incl. quotes;
   * for a command line: the value part of the word, or the whole word when it is not written literally; for a
   * Dockerfile: the ENV value as written).
   */
  span: Span;
  raw: string;
  /** Offset in `path` of each character of the decoded value (length value.length + 1), when known. */
  offsets?: number[];
  /** The quotes the value is inside: for a command line (`shell`), the quoting at the value's place in its word. */
  quote?: '"' | "'" | null;
  /** Compose `environment:` list item (`- KEY=value`: quotes are literal there). */
  listForm?: boolean;
  /** Where the name was written (for rename fixes). */
  keySpan?: Span;
  /** Span to delete when the setting is removed (whole line / list item). */
  deleteSpan?: Span;
  /** The name as written (property key or env variable). */
  name: string;
  /** The written text decodes to exactly the effective value (no placeholder or interpolation in between). */
  literal: boolean;
  /**
   * Command lines: `span` is a whole shell word that does not hold the value in one quoting (`-e "K=$A"b`); a fix
   * rewrites the word as this prefix (`-e` attached, `K=`) followed by the value, quoted as one word.
   */
  wordPrefix?: string;
}

export interface EffectiveSetting {
  key: string;
  /** What the server will use; undefined when unset everywhere or unresolvable. */
  value: string | undefined;
  origin: SettingOrigin;
  /** Where the user must edit to change it (the innermost written place), with the mechanism. */
  provenance?: Provenance;
  written?: WrittenValue;
  /** Outer places that fed it (e.g. the placeholder in a mounted file that read an env variable). */
  chain: Provenance[];
  /** Placeholder names that could not be resolved (Spring fails: "Could not resolve placeholder"). */
  unresolved: string[];
  /** Short English description of the mechanism, e.g. "env_file NACOS_AUTH_IDENTITY_KEY". */
  via: string;
  /**
   * The value is set but not known here (the caller's environment, `$(…)`, a Secret outside the workspace, the
   * environment a built image is run with): why, naming places, never a value. `value` is then undefined; rules never
   * call it missing.
   */
  unknown?: string;
}

/** `docker-run`: a `docker run` / `podman run` in a script, Makefile, Markdown block or CI step; `dockerfile-image`: an
 *  image a Dockerfile builds FROM nacos/nacos-server that nothing in the workspace runs; `k8s-container`: a Nacos
 *  container of a Kubernetes workload (replicas as members); `ci-service`: a CI job or service container; `env-file`:
 *  an env file with NACOS_AUTH_* variables that nothing in the workspace reads (sources/envFile.ts). */
export type NodeKind = 'properties' | 'compose-service' | 'k8s-container' | 'docker-run' | 'dockerfile-image' | 'ci-service' | 'env-file';

export interface NacosNode {
  id: string;
  kind: NodeKind;
  /** The file that defines the node (properties file or compose file). */
  path: string;
  service?: string;
  /** Where to report node-level findings that have no better place (service name, first line). */
  anchor: Span;
  version: AssumedVersion;
  /** Image version for compose services (drives the env→property table); undefined for bare metal. */
  imageVersion?: NacosVersion;
  standalone: boolean;
  settings: Map<string, EffectiveSetting>;
  /** Files whose change must re-analyse this node. */
  inputs: string[];
  /** Grouping evidence (SPEC §7): one compose project, a cluster.conf member list, one Kubernetes peer list or
   *  service, or none (the node is alone); `name` is the cluster's name when the key is not one. */
  clusterHint: { kind: 'compose' | 'cluster-conf' | 'k8s' | 'none'; key: string; name?: string };
  /** Servers this node stands for (a Kubernetes workload's replicas share its configuration); 1 when absent. */
  members?: number;
  /** Environment variables the container sees (container nodes). */
  env?: Map<string, EnvValue>;
  /** Container nodes: the image, its tag and a mounted conf file (sources/container.ts). */
  container?: ContainerInfo;
  /** Compose nodes: the service and its project (sources/compose/source.ts). */
  compose?: ComposeNodeInfo;
  /** Kubernetes nodes: the workload, the container and how each variable reached it (sources/k8s/source.ts). */
  k8s?: K8sNodeInfo;
  /**
   * The node as it would be on one release of its version range, when more than the defaults depend on the version
   * (an orphan env file: the image itself is unknown). Default: model/effective.ts `atVersion`.
   */
  atVersion?: (v: NacosVersion) => NacosNode;
  /** `docker run` nodes: the command line (sources/shell/source.ts). */
  commandLine?: CommandLineInfo;
  /** Nodes whose image a workspace Dockerfile builds (compose `build:`, a locally built tag, the Dockerfile itself). */
  built?: BuiltImageInfo;
}

/** What a `docker run` node knows about its command line, for rules and fixes that edit it. */
export interface CommandLineInfo {
  /** The file the command is written in (a script, a Makefile, a Markdown file, a CI workflow). */
  path: string;
  /** The whole command, prefix assignments and wrappers included. */
  span: Span;
  /** Where a new option goes: right before the image word (an offset in `path`). */
  optionsEnd: number;
  /** `docker`/`podman` and the subcommand (`run`, `container create`). */
  program: string;
  /** The `--env-file` files the command reads, resolved (existing or not). */
  envFiles: string[];
  /** The directory docker runs in when known (relative paths on the command line resolve against it). */
  cwd?: string;
  /** Where the command was found: `deploy.sh`, `README.md (bash block at line 12)`. */
  source: string;
  /** The file kind embedding the script: `make` doubles `$`; `yaml` is a CI step. */
  host: 'shell' | 'makefile' | 'markdown' | 'yaml';
}

/** The image a workspace Dockerfile builds for a node. */
export interface BuiltImageInfo {
  dockerfile: string;
  /** The FROM line that names the nacos/nacos-server image (the root of the stage chain). */
  fromSpan: Span;
  /** Offset where a new `ENV` line goes (after the last ENV of the target stage chain, else after its FROM line). */
  envInsertAt: number;
  /** How the node uses it: `compose build:`, a `docker run` of a tag built in the workspace, or the Dockerfile alone. */
  usedBy: 'compose-build' | 'docker-run' | 'dockerfile';
}

export function setting(node: NacosNode, key: string): EffectiveSetting {
  return node.settings.get(key) ?? unset(key);
}

// Asked thousands of times per analysis (every rule, every release of a range): one frozen object per key.
const UNSET = new Map<string, EffectiveSetting>();
const NONE = Object.freeze([]) as unknown as never[];
function unset(key: string): EffectiveSetting {
  let s = UNSET.get(key);
  if (!s) {
    s = Object.freeze({ key, value: undefined, origin: 'unset', chain: NONE, unresolved: NONE, via: 'not set' }) as EffectiveSetting;
    if (UNSET.size < 1024) UNSET.set(key, s);
  }
  return s;
}

/** `script`: assigned earlier in the script that runs the command. */
export type EnvOrigin = 'shell' | 'dotenv' | 'environment' | 'env_file' | 'script';

export interface EnvRef {
  name: string;
  /** Span of `$NAME` / `${...}` (or of the key, for `- KEY` pass-through) in `path`. */
  span: Span;
  path: string;
  /** The entry that gave the variable its value: a `.env` entry, an `environment:` item, an env_file entry. */
  definedIn?: { path: string; span: Span; keySpan?: Span };
  defined: boolean;
  /** Where the value came from; undefined when not defined. `shell` has no `definedIn`. */
  from?: EnvOrigin;
  op?: InterpolationOp;
  usedFallback?: boolean;
  /** False for references in an operand that did not reach the value (`${A:-${B}}` with A set). */
  contributes?: boolean;
}

export type YamlScalarType = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

export interface EnvValue {
  name: string;
  /** undefined: `- KEY` / `KEY:` (null) with no value in the shell or `.env` ⇒ not set in the container; or, with
   *  `unknown`, set to a value this analysis cannot know. */
  value: string | undefined;
  /** Set, but to something unknown here (`-e KEY` from the caller's environment, `$(cat f)`, a Secret not in the
   *  workspace, a fieldRef): why, never a value. */
  unknown?: string;
  /** How the value reached the container when it is not a compose entry, e.g. `Secret nacos-auth key token via secretKeyRef`. */
  describe?: string;
  /** Where the value was written: compose list item / map value, env-file value, the `-e` word, the ENV value. */
  path: string;
  span: Span;
  /** Where the name was written (same file as `path`). */
  keySpan: Span;
  /** The value text without YAML or dotenv quotes (= span when unquoted). */
  innerSpan: Span;
  /** The whole definition: the list item, the `KEY: value` pair, the env-file statement's lines. */
  entrySpan: Span;
  /** Compose: the service's `environment:`, an `env_file`, an extended service's; `kubernetes`: a container's env;
   *  `command-line`: a `-e`/`--env` word of a `docker run`; `dockerfile`: an `ENV` of the image's Dockerfile. */
  via: 'environment' | 'env_file' | 'extends' | 'kubernetes' | 'command-line' | 'dockerfile';
  envFile?: string;
  refs: EnvRef[];
  yamlScalarType?: YamlScalarType;
  yamlValueKind?: 'string' | 'boolean' | 'number' | 'null';
  listForm: boolean;
  /** `- KEY`, `KEY:` or an env-file `KEY` line: the value is taken from the environment Compose runs in. */
  passThrough: boolean;
  /**
   * On the definition that won (the one in a service's `environment` map): every lower-precedence definition of the
   * same name that lost, highest first. A definition in such a list carries none itself (its losers are in the same
   * list), so the history of a name is linear in how often it is written.
   */
  overridden: EnvValue[];
}

export type ComposeImage = ContainerImage;

export interface ComposeEnvFileRef {
  /** Absolute path. */
  path: string;
  declaredSpan: Span;
  /** The compose file that declared it. */
  declaredIn: string;
  required: boolean;
  exists: boolean;
}

export interface ComposeVolume {
  /** Absolute for host paths (bind mounts); the volume name for named volumes. */
  source?: string;
  target?: string;
  type?: 'bind' | 'volume' | 'tmpfs' | 'npipe' | 'cluster' | 'image' | string;
  readOnly?: boolean;
  span: Span;
  /** Short syntax: the string before interpolation; long syntax: the mapping's source text. */
  raw: string;
  path: string;
}

export interface ComposeMergedFrom {
  /** The file holding the merged (anchored) mapping. */
  anchorPath: string;
  /** The merged mapping. */
  span: Span;
  anchor?: string;
  /** The `<<` value in the service that pulled it in. */
  mergeSpan: Span;
  /** Names in the merged mapping's `environment:`, when it has one. */
  environmentKeys?: string[];
  /** The merged `environment:` lost to the service's own one (or to an earlier merge source). */
  environmentReplaced: boolean;
}

export interface ComposeShadowedEnvironment {
  /** Names the replaced `environment:` carried. */
  keys: string[];
  /** The replaced `environment:` value (in the anchored mapping). */
  span: Span;
  path: string;
  anchor?: string;
  /** The service's own `environment` key that replaced it (when the winner is the service's own). */
  replacedBy?: Span;
}

export interface ComposeService {
  name: string;
  nameSpan: Span;
  /** The file that defines it first (main file or an override). */
  path: string;
  image?: ComposeImage;
  environment: Map<string, EnvValue>;
  envFiles: ComposeEnvFileRef[];
  volumes: ComposeVolume[];
  profiles: string[];
  /** Compose would start it with the active profiles (opts.profiles, else COMPOSE_PROFILES). */
  enabled: boolean;
  mergedFrom?: ComposeMergedFrom[];
  shadowedEnvironment?: ComposeShadowedEnvironment[];
  /** `build:` interpolated (a string or a mapping as plain values), with the folder its paths are relative to. */
  build?: { value: unknown; span: Span; path: string; dir: string };
  /** Source text of `command:` / `entrypoint:`. */
  command?: string;
  entrypoint?: string;
  /** The services this one extends, nearest first. */
  extendsChain?: { service: string; path: string }[];
}

/** Where a container image was named: written in the file, with the variables interpolated into it. */
export interface ContainerImage {
  /** The reference as written, before interpolation (without quotes). */
  raw: string;
  /** The reference the runtime pulls (after interpolation); with `unknown`, the known head (`nacos/nacos-server:`). */
  value: string;
  /** Part of the reference is unknown here (`$TAG` from the caller): why. */
  unknown?: string;
  span: Span;
  path: string;
  refs: EnvRef[];
}

/**
 * What any container-based node knows about its container, whatever source defined it (compose, Kubernetes, Helm,
 * `docker run`, a Dockerfile): the image (so its version, env table and entrypoint), a mounted conf file, and how to
 * read the texts it was computed from (sources/container.ts builds it).
 */
export interface ContainerInfo {
  image: ContainerImage;
  /** The image tag after interpolation: 'latest' when none is written, '' when it interpolated to nothing. */
  tag: string;
  /** How the image version was found: the tag, `latest`, or (tag not a version) the node's assumed version. */
  imageVersionFrom: 'tag' | 'latest' | 'assumed';
  /** The workspace file mounted over /home/nacos/conf/application.properties (its placeholders replace the image's). */
  mountedConf?: MountedConf;
  /** Sources of variables whose names are not known here (a Kubernetes `envFrom` of a Secret not in the workspace):
   *  a variable the node lacks may still come from one of them (with `prefix`). */
  opaqueEnv?: { reason: string; prefix?: string }[];
  /**
   * A workspace file mounted as /home/nacos/init.d/custom.properties: `read` by the tags whose entrypoint passes init.d
   * to Spring (v1.4.3–v1.4.4, v2.0.3–v2.1.0), ignored by the others, `unknown` for tags not in the corpus.
   */
  initD?: { path: string; mount: { path: string; span: Span }; read: boolean | 'unknown' };
  /**
   * The environment the container runs with is not all known here (an image nothing in the workspace runs, an
   * `--env-file` not in the workspace): why. Variables it does not set may be set there: unknown, never missing.
   */
  openEnv?: string;
  /** The conf file the container reads is not in the workspace (a mount from the host): why. What only the conf
   *  would set is unknown. */
  openConf?: string;
  /**
   * The image is not known to be nacos/nacos-server (a distribution downloaded onto another base, a local image): why.
   * Its entrypoint and env table are not the official image's: the node has no `imageVersion`, entrypoint rules skip it.
   */
  customImage?: string;
  /** Published images whose env mapping does not fit the server inside (facts §4.1 note). */
  anomalies: ImageAnomaly[];
  /** Reads the texts the node was computed from (for fixes). */
  read: (path: string) => string | undefined;
}

/** What a compose node knows about its service and project (for the compose rules and their fixes). */
export interface ComposeNodeInfo {
  service: ComposeService;
  project: ComposeProjectInfo;
  /** Started by `docker compose up` with the active profiles (COMPOSE_PROFILES). */
  active: boolean;
}

export interface ComposeProjectInfo {
  /** Main file, then the override files. */
  files: string[];
  dotEnvPath?: string;
  /** Every Nacos node of the project, this one included. */
  nodes: NacosNode[];
  /** Reads the texts the nodes were computed from (for fixes). */
  read: (path: string) => string | undefined;
}

/**
 * A properties text mounted over conf/application.properties. `props` spans are offsets of `path`; `text` is the
 * properties text. `embedded`: the text is a block scalar inside `path` (a Kubernetes ConfigMap's
 * `application.properties` key): spans that map exactly point into it, new lines need `indent` and go before `end`.
 */
export interface MountedConf {
  path: string;
  mount: { path: string; span: Span };
  props: PropertiesFile;
  text: string;
  embedded?: { indent: string; end: number; eol: string };
}

/** How a Kubernetes container variable got its value (a Secret key, a ConfigMap key, an env `value:`), for the
 *  Kubernetes rules and fixes. */
export interface K8sEnvEntry {
  source: 'value' | 'configMapKeyRef' | 'secretKeyRef' | 'envFrom' | 'fieldRef' | 'resourceFieldRef' | 'operator';
  /** The ConfigMap or Secret key it came from. */
  object?: { kind: 'ConfigMap' | 'Secret'; name: string; key: string };
  /** The env entry (`- name: X …`) or envFrom entry, where written in an editable file. */
  entry?: { path: string; span: Span; nameSpan?: Span };
  /** Outer places (the env entry that referenced a Secret, a kustomize patch, the overlay), innermost first. */
  chain: Provenance[];
}

/** What a Kubernetes node knows about its workload and container. */
export interface K8sNodeInfo {
  workload: { kind: string; name?: string; namespace?: string; path: string; span: Span; source: 'manifest' | 'kustomize' | 'operator' | 'template' | 'helm'; root?: string };
  container: { name?: string; init: boolean; index: number; span?: Span; path?: string };
  env: Map<string, K8sEnvEntry>;
  /** `spec.replicas` (undefined when not known, e.g. a DaemonSet). */
  replicas?: number;
  /** The object whose key is mounted over conf/application.properties (undefined for the operator's `config`). */
  mountedFrom?: { kind: 'ConfigMap' | 'Secret'; name: string; key: string };
  serviceName?: string;
  /** The container is written in a file the user edits (not rendered from a chart): fixes may add entries to it. */
  editable: boolean;
}

export interface Cluster {
  id: string;
  name: string;
  /** `single`: no grouping evidence (not standalone mode, but alone for the cluster rules). */
  kind: 'compose' | 'cluster-conf' | 'k8s' | 'setting' | 'standalone' | 'single';
  nodes: NacosNode[];
}
