// What the VS Code client and the language server say to each other beyond LSP itself, declared once (vscode-eslint's
// `$shared/customMessages.ts`): notification and command names, and the shapes they carry. The client imports only
// this module of the server's sources (ARCHITECTURE.md); it holds no Nacos knowledge.

/** Server → client: a summary for the status item, after every analysis. */
export const STATUS_NOTIFICATION = 'nacosAuthLint/status';

export interface StatusSummary {
  nodes: number;
  clusters: number;
  errors: number;
  warnings: number;
  infos: number;
  inconsistentClusters: number;
}

/** The commands the user sees (package.json `contributes.commands`). */
export const COMMANDS = {
  checkWorkspace: 'nacosAuthLint.checkWorkspace',
  generateIdentityPair: 'nacosAuthLint.generateIdentityPair',
  showEffectiveConfig: 'nacosAuthLint.showEffectiveConfig',
} as const;

/** The server's `workspace/executeCommand` commands (the client forwards the user's commands to them). */
export const SERVER_COMMANDS = {
  checkWorkspace: 'nacosAuthLint.server.checkWorkspace',
  explain: 'nacosAuthLint.server.explain',
  generateIdentityPair: 'nacosAuthLint.server.generateIdentityPair',
  generateTokenSecret: 'nacosAuthLint.server.generateTokenSecret',
} as const;

/** Arguments of `checkWorkspace` / `explain`: where the client will write the report, so its links are relative. */
export interface ReportRequest {
  /** Absolute path of the folder the report file goes to; without it links are plain text. */
  reportDir?: string;
}

/** The answer of `checkWorkspace` / `explain`: the report rendered by the server (values masked) and its data. */
export interface ReportResult {
  /** File name for the report (the client writes `markdown` there and opens the preview). */
  fileName: string;
  markdown: string;
  summary: StatusSummary;
  clusters: { id: string; name: string; kind: string; members: string[] }[];
  findings: { path: string; uri: string; line: number; character: number; ruleId: string; severity: string; message: string }[];
}

/** Arguments of `generateIdentityPair`: the cursor, to get the text in the form of the file there. */
export interface PairRequest {
  uri?: string;
  line?: number;
}

/** The answer of `generateIdentityPair`: text to insert at `line` (the values themselves never travel separately). */
export interface PairResult {
  text?: string;
  line?: number;
  form?: string;
}

/** Files the server lints, for the client's document selector, watcher and activation (the server decides the rest):
 *  configuration files, and the files that may run or build Nacos (scripts, Makefiles, Markdown, CI workflows,
 *  Dockerfiles). */
export const CANDIDATE_GLOB = '**/{*.properties,*compose*.yml,*compose*.yaml,.env,*.env,.env.*,cluster.conf,*.sh,*.bash,Makefile,*.mk,*.md,Dockerfile,Dockerfile.*,*.Dockerfile,Containerfile,.gitlab-ci.yml,.github/workflows/*.yml,.github/workflows/*.yaml}';
export const WATCH_GLOB = '**/{*.properties,*.env,.env,.env.*,*.yml,*.yaml,cluster.conf,.nacos-auth-lint.json,package.json,*.sh,*.bash,Makefile,*.mk,*.md,Dockerfile,Dockerfile.*,*.Dockerfile,Containerfile}';
/** The project configuration file: edits in it re-lint what it governs (the server reads it like the CLI). */
export const CONFIG_GLOB = '**/.nacos-auth-lint.json';
export const CANDIDATE_PATH = /(\.properties|compose[^/]*\.ya?ml|(^|\/)\.env(\.[^/]*)?|\.env|(^|\/)cluster\.conf|\.(sh|bash|mk|md)|(^|\/)(Makefile|Containerfile|Dockerfile(\.[^/]*)?|[^/]+\.Dockerfile|\.gitlab-ci\.yml)|\.github\/workflows\/[^/]+\.ya?ml)$/i;
/** Languages whose documents can run or build Nacos (the client sends them too; the server skips those without Nacos). */
export const SCRIPT_LANGUAGES = ['shellscript', 'markdown', 'dockerfile', 'makefile'] as const;
/** Languages whose documents the server reads besides those paths: Kubernetes manifests, kustomizations and Helm
 *  templates (the Kubernetes extension's `helm` id). The server ignores YAML that holds no Nacos objects. */
export const YAML_LANGUAGES = ['yaml', 'helm'];
/** YAML files that may hold Nacos workloads (activation: a workspace of manifests only). */
export const YAML_GLOB = '**/*.{yml,yaml}';
/** A document that may define a Nacos node: the server is started (or fed) when one is opened or typed. */
export const MENTIONS_NACOS = /nacos[./_-]|NACOS_/i;

/** Client → server: answered at once when the server is not stuck (the client restarts a server that stays silent). */
export const PING_REQUEST = 'nacosAuthLint/ping';
