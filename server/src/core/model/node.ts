import type { FileKind, Provenance, Span } from '../types';
import type { AssumedVersion, NacosVersion } from '../nacos/versions';

/** How a setting reached the server (SPEC §4 precedence, highest first). */
export type SettingOrigin =
  | 'program-arg'     // --k=v (JAVA_OPT_EXT)
  | 'system-property' // -Dk=v (JAVA_OPT, the image's own -D mappings)
  | 'os-env'          // NACOS_CORE_AUTH_* relaxed binding
  | 'conf-file'       // conf/application.properties (workspace file, or the image's own file)
  | 'jar-default'     // application.properties embedded in nacos-server.jar
  | 'code-default'
  | 'unset';

/** The text the user wrote for a value, so text-level rules (quotes, backslashes, `$`) can point inside it. */
export interface WrittenValue {
  path: string;
  fileKind: FileKind;
  /** Span of the value as written (for properties: the raw value; for env files and compose: the scalar incl. quotes). */
  span: Span;
  raw: string;
  /** Offset in `path` of each character of the decoded value (length value.length + 1), when known. */
  offsets?: number[];
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
}

export type NodeKind = 'properties' | 'compose-service';

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
  /** Grouping hints (SPEC §7). */
  clusterHint: { kind: 'compose' | 'cluster-conf' | 'folder'; key: string };
  /** Environment variables the container sees (compose nodes). */
  env?: Map<string, import('../sources/compose/project').EnvValue>;
  /** Compose nodes: the service, its project, image tag and mounted conf file (model/composeNode.ts). */
  compose?: import('../sources/compose/source').ComposeNodeInfo;
}

export function setting(node: NacosNode, key: string): EffectiveSetting {
  return node.settings.get(key) ?? { key, value: undefined, origin: 'unset', chain: [], unresolved: [], via: 'not set' };
}
