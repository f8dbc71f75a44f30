// "Not 2.5.1? Set the Nacos version…" (issue 19 #6): when a node's version was inferred (from its keys, its peers, or
// nothing) rather than read from what runs (an image tag) or set by the user for it, the user can say which version
// runs; the answer goes into the project configuration for the node's cluster (its members' files), where the CLI,
// CI and every editor read it.
import type { AnalysisResult } from '../model/analysis';
import type { NacosNode } from '../model/node';
import { candidateVersions, compareVersions, versionText, type NacosVersion } from '../nacos/versions';
import { CONFIG_FILE_NAME } from '../config/load';
import { setVersionEdit } from '../fixes/configVersion';
import type { TextEdit } from '../types';

export interface VersionQuestion {
  /** The members the answer applies to (labels for the question). */
  members: string[];
  /** "2.1.0–2.5.3", and why. */
  assumed: string;
  why: string;
  /** Newest first: the newest release of each minor line the evidence allows (at most 5). */
  choices: string[];
  /** Writes the answer (the project configuration file, created when missing). */
  edit(version: string, read: (path: string) => string | undefined): TextEdit | undefined;
}

/** Evidence the user can overrule: not an image tag (what runs) and not a version already set for these files. */
const INFERRED = new Set(['setting', 'peers', 'content', 'default']);

/** The hover's "Set the Nacos version…" link applies: a server whose version the linter inferred. */
export function versionIsInferred(node: NacosNode): boolean {
  return node.kind === 'properties' && INFERRED.has(node.version.from);
}

export function versionQuestion(result: AnalysisResult, path: string, root: string, rel: (p: string) => string): VersionQuestion | undefined {
  const node = result.nodes.find(n => n.path === path) ?? result.nodes.find(n => n.inputs.includes(path));
  if (!node || !INFERRED.has(node.version.from)) return undefined;
  const cluster = result.clusters.find(c => c.nodes.includes(node));
  const members: NacosNode[] = cluster && cluster.kind !== 'standalone' ? cluster.nodes : [node];
  if (members.some(m => m.kind !== 'properties')) return undefined; // a container's version is its image tag
  const files = [...new Set(members.map(m => m.path))].map(p => relativeTo(root, p)).filter((p): p is string => p !== undefined).sort();
  if (!files.length) return undefined;
  const configPath = `${root}/${CONFIG_FILE_NAME}`;
  return {
    members: [...new Set(members.map(m => label(m, rel)))],
    assumed: versionText(node.version),
    why: node.version.detail,
    choices: newestPerLine(candidateVersions(node.version)).slice(0, 5).map(v => v.text),
    edit: (version, read) => setVersionEdit(configPath, read(configPath), files, version),
  };
}

function newestPerLine(versions: NacosVersion[]): NacosVersion[] {
  const byLine = new Map<string, NacosVersion>();
  for (const v of versions) {
    const line = `${v.major}.${v.minor}`;
    const had = byLine.get(line);
    if (!had || compareVersions(v, had) > 0) byLine.set(line, v);
  }
  return [...byLine.values()].sort((a, b) => compareVersions(b, a));
}

function label(n: NacosNode, rel: (p: string) => string): string {
  const parts = rel(n.path).split('/');
  parts.pop();
  if (parts[parts.length - 1] === 'conf') parts.pop();
  return parts.pop() ?? rel(n.path);
}

function relativeTo(root: string, path: string): string | undefined {
  return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : undefined;
}
