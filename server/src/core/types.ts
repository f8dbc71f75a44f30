// Shared types of the pure core. Spans are [start, end) offsets into a file's text; positions exist only at the edges.

export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** How a file is read: `k8s` = Kubernetes objects or a kustomization, `helm` = a chart's Chart.yaml or template;
 *  `shell`: scripts, Makefiles, Markdown and CI workflows that may run `docker run`; `dockerfile`: Dockerfile/Containerfile. */
export type FileKind = 'properties' | 'compose' | 'env' | 'clusterConf' | 'k8s' | 'helm' | 'shell' | 'dockerfile' | 'unknown';

/** A file the core reads. `path` is an absolute file-system path with forward slashes. */
export interface SourceFile {
  path: string;
  text: string;
  /** Document version from the editor; undefined for files read from disk. */
  version?: number;
}

/** Where a value came from: the file and span the user must edit, and how it reached the node. */
export interface Provenance {
  path: string;
  span: Span;
  /** Human-readable mechanism, e.g. "conf/application.properties", "env_file NACOS_AUTH_IDENTITY_KEY", "-D in JAVA_OPT". */
  via: string;
}

export interface RelatedInfo {
  path: string;
  span: Span;
  message: string;
}

export interface TextEdit {
  path: string;
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  /** Safe to apply without asking (fix-all on save, `--fix`). Never true for fixes that generate secrets. */
  deterministic: boolean;
  isPreferred?: boolean;
  /** Edits are computed lazily so that random values are only generated when the user asks for them. */
  edits: () => TextEdit[];
  /**
   * What a fix that writes across a cluster touches, computed without drawing secrets: the members it changes, the
   * files it edits and the files it creates (titles name the scope; an editor asks before editing other files).
   */
  scope?: () => FixScope;
}

export interface FixScope {
  members: { path: string; service?: string }[];
  files: string[];
  creates: string[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  path: string;
  span: Span;
  related: RelatedInfo[];
  fixes: Fix[];
  /** Rules whose findings this one holds (one cause, one finding: its preferred fix removes them too). */
  folded?: string[];
}

export interface Message {
  en: string;
  'zh-cn': string;
}
