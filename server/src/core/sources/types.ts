// The contract every deployment format implements: files in, Nacos nodes with provenance out (ARCHITECTURE.md,
// "sources"). A source never reports rule findings; it reports the problems it met reading the files: `syntax-error`,
// or the rule id of a format's own reading problem (a Kubernetes env value the API server rejects), whose messages
// the rule registry holds.
import type { LintSettings } from '../settings';
import type { Span } from '../types';
import type { NacosNode } from '../model/node';
import type { ParsedFile } from '../syntax/files';
import type { ServiceReuse } from './compose/reuse';
import type { WorkloadMemo } from './k8s/reuse';
import type { RunMemo } from './shell/reuse';

/**
 * Results kept between analyses by the engine that are pure functions of file texts (a kustomize build, a parsed
 * Helm template): `get` returns the value `make` computed earlier while every file it read still has that text.
 */
export interface TextMemo {
  /** `make` gets the value computed for older texts, if any: a starting point only, never to be changed (the result
   *  must equal computing afresh). */
  get<T>(key: string, read: (path: string) => string | undefined, make: (previous?: T) => { value: T; deps: Iterable<string> }): T;
}

export interface SourceContext {
  /** Text of any file (open buffer or disk); undefined when it does not exist or cannot be read. */
  read(path: string): string | undefined;
  /** The shared parse of a file (the engine's cache). */
  parsedAt(path: string): ParsedFile | undefined;
  settingsFor(path: string): LintSettings;
  /** The workspace folder that contains a path. */
  rootFor(path: string): string;
  /** Every candidate file of the workspace, analysed now or not (directory listings: kustomize resources, charts). */
  workspaceFiles(): readonly string[];
  /** A value computed once per analysis and shared by a source's calls over the files of that analysis. */
  perAnalysis<T>(key: string, make: () => T): T;
  /** What the engine keeps between analyses (none in the CLI: every run starts afresh). */
  memo?: TextMemo;
  /** Reuse of unchanged compose services between analyses (the engine's; none in the CLI). */
  composeReuse?: ServiceReuse;
  /** Reuse of unchanged Kubernetes workloads of a manifest between analyses (the engine's; none in the CLI). */
  k8sReuse?: WorkloadMemo;
  /** Reuse of a script's unchanged `docker run` nodes between analyses (the engine's; none in the CLI). */
  shellReuse?: RunMemo;
  /**
   * What a source derives from one file's text alone, computed once per text (the engine keeps it between analyses;
   * `compute` must depend on nothing but `path` and `text`). A new text of the path is computed with what the previous
   * text gave (`previous`), so that it can reuse its parts (a script's top-level commands, a values file's one edited
   * line); the result must be the one it would be without, and the previous value is never changed.
   */
  derived<T>(path: string, text: string, tag: string, compute: (previous?: { text: string; value: T }) => T): T;
}

/** A problem met reading a file. Without `ruleId` it is a `syntax-error` with `message`. */
export interface SourceProblem {
  path: string;
  span: Span;
  message: string;
  /** The rule that reports it, and the message of that rule with its arguments (localised by the engine). */
  ruleId?: string;
  messageId?: string;
  args?: Record<string, string | number>;
  severity?: 'error' | 'warning' | 'info';
  related?: { path: string; span: Span; messageId: string; args?: Record<string, string | number> }[];
  /** A deterministic fix (data, not a closure: edits the source computed from the text it read). */
  fix?: { title: string; edits: { path: string; span: Span; newText: string }[] };
}

export interface SourceResult {
  nodes: NacosNode[];
  /** Problems met while reading the files (reported where they are). */
  problems: SourceProblem[];
  /**
   * Workspace files that are part of a node here, not nodes of their own: a properties file mounted over a
   * container's conf (or copied into an image), a Dockerfile a compose `build:` or a `docker run` uses.
   */
  absorbed: string[];
  /**
   * Folders whose bare-metal confs are not servers: the folder a container's conf is mounted from keeps alternative
   * confs beside it (`application-v2.properties` mounted, `application.properties` kept), and only the mounted one
   * (absorbed) configures a node.
   */
  references?: string[];
  /** Host folders that are a container's own (mounted under /home/nacos, or mirroring it): a properties file anywhere
   *  under them that no node reads is a copy kept there, not a server (compose/source.ts containerTrees). */
  containerTrees?: string[];
  /** Env files a service that is clearly not Nacos reads (a redis, an app): never orphan env files (sources/envFile.ts). */
  envFilesRead?: string[];
}

export interface NodeSource {
  /** What the source reads, for messages and ARCHITECTURE.md. */
  readonly name: string;
  /** The nodes a root file defines; undefined when the file is not this source's. */
  nodesOf(file: ParsedFile, ctx: SourceContext): SourceResult | undefined;
}
