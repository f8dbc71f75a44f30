import type { Message } from '../types';
import type { MessageArgs } from '../util/l10n';
import type { LintSettings } from '../settings';
import type { Fix, RelatedInfo, Severity, Span } from '../types';
import type { NacosNode } from '../model/node';
import type { ParsedFile } from '../syntax/files';
import type { Cluster } from '../model/node';
import type { FixEnv } from '../fixes/types';

/** What a rule hands to `report`: where, which message, and the fixes. Severity and text are filled in by the engine. */
export interface Report {
  messageId: string;
  args?: MessageArgs;
  path: string;
  span: Span;
  related?: { path: string; span: Span; messageId: string; args?: MessageArgs }[];
  fixes?: Fix[];
  /** A version-dependent default severity (e.g. user-agent-whitelist is a warning from 2.5.0); settings still win. */
  severity?: Severity;
}

export interface RuleContextBase {
  settings: LintSettings;
  report(r: Report): void;
  /** What a fix needs to write across files: parsed files, raw texts, every cluster (fixes/cluster.ts). */
  fixEnv: FixEnv;
}

export interface NodeContext extends RuleContextBase {
  node: NacosNode;
  /** The cluster the node belongs to (SPEC §7); a fix on one member updates them all. */
  cluster: Cluster;
  /** Parsed files by path (to read the text behind a provenance). */
  file(path: string): ParsedFile | undefined;
}

export interface FileContext extends RuleContextBase {
  file: ParsedFile;
  /** Nodes this file feeds (the node of a properties file, the services an env file feeds). */
  nodes: NacosNode[];
  fileAt(path: string): ParsedFile | undefined;
}

export interface ClusterContext extends RuleContextBase {
  cluster: Cluster;
  /** Workspace-relative path, for member names in messages. */
  relPath(path: string): string;
  file(path: string): ParsedFile | undefined;
}

export interface RuleDocs {
  summary: Message;
  /** Nacos versions the rule is about, for the doc page and hover. */
  versions?: string;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** Offers at least one fix. */
  fixable: boolean;
  docs: RuleDocs;
  messages: Record<string, Message>;
  /**
   * The node's version may be a range (issue 14 item 2). By default the engine asks `checkNode` about every release
   * of the range and keeps a report only when every release gives it (the mildest severity wins): a rule states only
   * what holds for the whole range. (It runs once per group of releases it cannot tell apart: read the release only
   * through the node, engine/variants.ts.) A rule that reads the range itself (`forAllVersions`, `candidateVersions`) sets
   * this and is run once, on the node as it is.
   */
  rangeAware?: boolean;
  checkNode?(ctx: NodeContext): void;
  checkFile?(ctx: FileContext): void;
  checkCluster?(ctx: ClusterContext): void;
}

export type { RelatedInfo };
