// Contracts of the Kubernetes source module (no implementation): what readKubernetes / buildKustomization return.
import type { Span } from '../../types';
import type { Origin, ProducedText } from '../textOrigin';

/** A file as the reader gets it: its text, or text produced from other files (a rendered Helm chart). */
export type K8sInput = string | ProducedText;
/** Reads a workspace file; undefined when it does not exist. Pure callers pass a map lookup. */
export type ReadFile = (path: string) => K8sInput | undefined;

export type QuoteStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

/** A link in the chain of outer places that led to a value (the env entry that referenced a Secret, a patch). */
export interface ChainLink {
  path: string;
  span: Span;
  via: string;
}

/**
 * Where a scalar was written. `path`/`span` are in the file the user edits: for text produced from other files
 * (ProducedText) they are mapped through `origin()`; when that mapping is unknown, `path` is the produced text's
 * name and `unmapped` says why.
 */
export interface WrittenPlace {
  path: string;
  /** The value as written, including quotes or the block header. */
  span: Span;
  /** Between the quotes; for a block scalar, its content lines. */
  innerSpan: Span;
  /** The key of the mapping entry (e.g. `value` in `value: "x"`, or the data key in a ConfigMap). */
  keySpan?: Span;
  /** The whole entry that holds the value (the `- name: … value: …` item of an env list, a data pair). */
  entrySpan?: Span;
  quote: QuoteStyle;
  /** The characters in `innerSpan` are exactly the value. */
  literal: boolean;
  /** File offset of each value character (UTF-16 units); present when every character's origin is known — for
   *  literal text this is `innerSpan.start + i`, for block scalars and escapes the mapped characters. */
  offsets?: number[];
  /** The place is in produced text whose origin could not be mapped (reason). */
  unmapped?: string;
  /** The written text is the Base64 of the value (a Secret's `data`). */
  base64?: boolean;
}

export type EnvSourceKind = 'value' | 'configMapKeyRef' | 'secretKeyRef' | 'envFrom' | 'fieldRef' | 'resourceFieldRef' | 'operator';

export interface EnvVar {
  name: string;
  /** The value the container sees; undefined = unknown (see `unknown`). Never '' for unknown. */
  value: string | undefined;
  /** Why the value is unknown (names the object and key, never a value). */
  unknown?: string;
  /** How the value reached the container, e.g. `Secret nacos-auth key token via secretKeyRef`. */
  via: string;
  source: EnvSourceKind;
  /** The ConfigMap or Secret key the value comes from (configMapKeyRef, secretKeyRef, envFrom). */
  object?: { kind: 'ConfigMap' | 'Secret'; name: string; key: string };
  /** Where the value was written (a Secret's data value, a ConfigMap entry, an env `value:`, a generator literal). */
  place?: WrittenPlace;
  /** Outer places, innermost first: the env entry that referenced the Secret, the kustomize patch, the overlay. */
  chain: ChainLink[];
  /** The env entry (`- name: X …`) or envFrom entry this came from, when written in a manifest. */
  entry?: { path: string; span: Span; nameSpan?: Span };
  /** `$(VAR)` references that were expanded (the kubelet's rule): names and whether each was defined. */
  refs?: { name: string; defined: boolean }[];
  /** The value differs from the written text because `$(VAR)`/`$$` were expanded. */
  expanded?: boolean;
  /** Earlier definitions this one overrides (a duplicate name in env, an envFrom key overridden by env). */
  overrides?: EnvVar[];
}

export interface ImageRef {
  /** As written after transforms (kustomize `images`, Template parameters). */
  ref: string;
  /** Repository without tag/digest (`nacos/nacos-server`, `registry.example/nacos/nacos-server`). */
  repository: string;
  tag?: string;
  digest?: string;
  place?: WrittenPlace;
  chain: ChainLink[];
}

/** A properties file the pod sees because a ConfigMap (or the operator's `config`) is mounted over it. */
export interface MountedConf {
  /** `/home/nacos/conf/application.properties` or `/home/nacos/init.d/custom.properties`. */
  mountPath: string;
  /** The text with origins into the manifest; undefined when the ConfigMap is not in the workspace. */
  text?: ProducedText;
  unknown?: string;
  via: string;
  chain: ChainLink[];
  /** The ConfigMap or Secret key mounted (absent for the operator's `config`). */
  object?: { kind: 'ConfigMap' | 'Secret'; name: string; key: string };
}

/** An envFrom source whose keys are unknown (its object is not in the workspace): any name may come from it. */
export interface OpaqueEnvFrom {
  via: string;
  reason: string;
  prefix?: string;
  optional: boolean;
  entry?: { path: string; span: Span };
}

export interface ExpandedArg {
  value: string | undefined;
  unknown?: string;
  place?: WrittenPlace;
  expanded?: boolean;
}

export interface NacosContainer {
  workload: {
    kind: string;
    name: string | undefined;
    namespace: string | undefined;
    path: string;
    /** The object's document span. */
    span: Span;
    /** How this workload came to be: a plain manifest, a kustomize build (root directory), the operator. */
    source: 'manifest' | 'kustomize' | 'operator' | 'template' | 'helm';
    kustomization?: string;
  };
  container: { name: string | undefined; init: boolean; index: number; span?: Span; path?: string };
  /** Where node-level findings about the container go: the `image:` key, else the container, where the user edits it
   *  (mapped through produced text); undefined when no character of it maps to a workspace file. */
  anchor?: { path: string; span: Span };
  image: ImageRef | undefined;
  /** `spec.replicas`; 1 when absent for the kinds whose default is 1; undefined when unknown. */
  replicas: number | undefined;
  /** StatefulSet `spec.serviceName` (the headless service the peer finder resolves). */
  serviceName?: string;
  /** The effective `NACOS_SERVERS` value, when set. */
  nacosServers?: string;
  /** The effective environment in the order the kubelet builds it (envFrom keys, then env), one entry per name. */
  env: EnvVar[];
  /** envFrom sources not in the workspace: a name missing from `env` may still be set by one of these. */
  opaqueEnvFrom: OpaqueEnvFrom[];
  command?: ExpandedArg[];
  args?: ExpandedArg[];
  mounts: MountedConf[];
  /** Operator snapshot notes when the container was modelled from a `Nacos` custom resource. */
  operator?: { behaviour: string; certification: boolean };
}

export type K8sRuleId =
  | 'k8s-env-value-not-string'
  | 'k8s-missing-reference'
  | 'k8s-secret-not-base64'
  | 'k8s-invalid-env'
  | 'k8s-kustomize-error'
  | 'syntax-error';

export interface K8sProblem {
  ruleId?: K8sRuleId;
  /** The message as an id of the rule's message table and its arguments (never a value). */
  messageId?: string;
  args?: Record<string, string>;
  severity: 'error' | 'warning' | 'info';
  path: string;
  span: Span;
  message: string;
  related?: { path: string; span: Span; message: string }[];
}

/** A Kubernetes object found in (or rendered from) the workspace. */
export interface K8sObjectInfo {
  apiVersion: string;
  kind: string;
  name: string | undefined;
  namespace: string | undefined;
  path: string;
  span: Span;
  /** Plain JSON of the object (as `kubectl` would send it). Aliases are expanded lazily and bounded. */
  toJSON(): unknown;
}

export type { Origin, ProducedText };
