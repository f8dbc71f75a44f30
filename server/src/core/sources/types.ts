// The contract every deployment format implements: files in, Nacos nodes with provenance out (ARCHITECTURE.md,
// "sources"). A source never reports rule findings; it reports the problems it met reading the files (syntax-error).
import type { LintSettings } from '../settings';
import type { Span } from '../types';
import type { NacosNode } from '../model/node';
import type { ParsedFile } from '../syntax/files';
import type { ServiceReuse } from './compose/reuse';

export interface SourceContext {
  /** Text of any file (open buffer or disk); undefined when it does not exist or cannot be read. */
  read(path: string): string | undefined;
  /** The shared parse of a file (the engine's cache). */
  parsedAt(path: string): ParsedFile | undefined;
  settingsFor(path: string): LintSettings;
  /** The workspace folder that contains a path. */
  rootFor(path: string): string;
  /** Reuse of unchanged compose services between analyses (the engine's; none in the CLI). */
  composeReuse?: ServiceReuse;
  /**
   * What a source derives from one file's text alone, computed once per text (the engine keeps it between analyses;
   * `compute` must depend on nothing but `path` and `text`).
   */
  derived<T>(path: string, text: string, tag: string, compute: () => T): T;
}

export interface SourceResult {
  nodes: NacosNode[];
  /** Problems met while reading the files (reported as syntax-error where they are). */
  problems: { path: string; span: Span; message: string }[];
  /**
   * Workspace files that are part of a node here, not nodes of their own: a properties file mounted over a
   * container's conf (or copied into an image), a Dockerfile a compose `build:` or a `docker run` uses.
   */
  absorbed: string[];
}

export interface NodeSource {
  /** What the source reads, for messages and ARCHITECTURE.md. */
  readonly name: string;
  /** The nodes a root file defines; undefined when the file is not this source's. */
  nodesOf(file: ParsedFile, ctx: SourceContext): SourceResult | undefined;
}
