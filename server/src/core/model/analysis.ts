// What one analysis produced: the contract between the engine and the features that read its results.
import type { Finding } from '../types';
import type { Cluster, NacosNode } from './node';
import type { ParsedFile } from '../syntax/files';
import type { Redactor } from '../util/mask';

export interface AnalysisResult {
  /** Findings by file path, every file that has any (also env files that were only read). */
  findings: Map<string, Finding[]>;
  nodes: NacosNode[];
  clusters: Cluster[];
  parsed: Map<string, ParsedFile>;
  skipped: { path: string; reason: string }[];
  /** What in this workspace might be a secret: every text printed from this result goes through it. */
  secrets: Redactor;
}
