// Contracts between the fixes and their users (rules, the engine): what a fix needs from the analysis.
import type { Cluster, NacosNode } from '../model/node';
import type { ParsedFile } from '../syntax/files';
/** What a fix needs from the analysis to write across files. */
export interface FixEnv {
  file(path: string): ParsedFile | undefined;
  /** Raw text of any file the analysis could read (undefined: it does not exist). */
  read(path: string): string | undefined;
  clusters: readonly Cluster[];
  clusterOf(node: NacosNode): Cluster | undefined;
  /** Indexes over `clusters` that fixes build once per analysis (fixes/cluster.ts: nodes by written place). */
  memo?: Map<string, unknown>;
}

/** The identity pair, the secret (whose name depends on the member's version), or any other property by name. */
export type SettingKind = 'identityKey' | 'identityValue' | 'secret' | `nacos.${string}`;

export interface WritePlan {
  kinds: readonly SettingKind[];
  /** The text member `node` must end up with; undefined leaves the member alone. */
  value(node: NacosNode, kind: SettingKind): string | undefined;
  /** One place feeds members that want different texts (a secret across decoder eras): the text that suits all. */
  reconcile?(kind: SettingKind, texts: string[]): string;
  /** 'dotenv': compose literals become `${NAME}` and the values go to the project `.env` (SPEC §8). */
  mode?: 'literal' | 'dotenv';
  /** Leave members that already have the wanted text alone (copying one member's value to the others). */
  skipEqual?: boolean;
}
