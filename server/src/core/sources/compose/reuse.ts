// The hook through which the engine reuses unchanged compose services between analyses (engine/composeReuse.ts
// implements it; the CLI passes none). The compose source asks which services it must load and hands back what it
// computed; it never keeps anything itself.
import type { LintSettings } from '../../settings';
import type { Span } from '../../types';
import type { ComposeProjectInfo, NacosNode } from '../../model/node';
import type { YamlFile } from '../../syntax/yaml/yamlTree';
import type { ComposeProblem } from './project';

export interface ServiceReuse {
  /** Starts a compose file's run; undefined when the file is analysed in full. */
  begin(path: string, yaml: YamlFile, settings: LintSettings, read: (p: string) => string | undefined, hasOverride: boolean): ServiceReuseRun | undefined;
  /** Forgets what it keeps for a file (after a failure, or when the file changed on disk). */
  forget(path: string): void;
}

export interface ServiceReuseRun {
  /** The services in file order. */
  readonly names: string[];
  /** Reused services (after `misses`), moved to the current text, with the current run's project. */
  readonly hits: ReadonlyMap<string, { node?: NacosNode; problems: ComposeProblem[]; envFilesRead: string[]; nacosLike: boolean }>;
  /** The services to load this run. */
  misses(project: ComposeProjectInfo): Set<string>;
  /** Records a service computed this run, with the files it read. */
  store(name: string, node: NacosNode | undefined, problems: ComposeProblem[], inputs: string[], envFilesRead?: string[], nacosLike?: boolean): void;
  /** The service entry that holds a span of the main file. */
  chunkAt(span: Span): string | undefined;
  finish(): void;
}
