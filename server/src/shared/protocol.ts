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
  /** The status bar item as the server words it (in the display language): hidden when nothing Nacos is in sight. */
  view?: StatusView;
}

export interface StatusView {
  visible: boolean;
  /** Short enough for the status bar ("Nacos: 6 nodes, 3 problems"). */
  text: string;
  /** The rest (clusters, errors, warnings, what a click does). */
  tooltip: string;
  severity: 'error' | 'warning' | 'info';
}

/** The commands the user sees (package.json `contributes.commands`). */
export const COMMANDS = {
  checkWorkspace: 'nacosAuthLint.checkWorkspace',
  generateIdentityPair: 'nacosAuthLint.generateIdentityPair',
  showEffectiveConfig: 'nacosAuthLint.showEffectiveConfig',
  fixAll: 'nacosAuthLint.fixAll',
  /** Opens the rule's page bundled in the extension (offline); argument: the rule id. */
  showRuleDoc: 'nacosAuthLint.showRuleDoc',
  /** Shown after a fix that changed several files: a message with buttons (argument: `AfterFixMessage`). */
  afterFix: 'nacosAuthLint.afterFix',
} as const;

/** The server's `workspace/executeCommand` commands (the client forwards the user's commands to them). */
export const SERVER_COMMANDS = {
  checkWorkspace: 'nacosAuthLint.server.checkWorkspace',
  explain: 'nacosAuthLint.server.explain',
  generateIdentityPair: 'nacosAuthLint.server.generateIdentityPair',
  generateTokenSecret: 'nacosAuthLint.server.generateTokenSecret',
  /** Applies the file's auto-fixable fixes (workspace/applyEdit) until nothing changes; argument: `{ uri }`. */
  fixAll: 'nacosAuthLint.server.fixAll',
  /** Adds a path to the nearest .gitignore (workspace/applyEdit); argument: `{ path }`. */
  ignoreFile: 'nacosAuthLint.server.ignoreFile',
  /** Opens a file at a line (window/showDocument); arguments: uri, 0-based line. Report links. */
  showLocation: 'nacosAuthLint.server.showLocation',
  /** Applies the preferred fix of each kind of mismatch of a cluster; argument: the cluster id. "Fix this cluster". */
  fixCluster: 'nacosAuthLint.server.fixCluster',
  /** Asks which Nacos version runs a node's cluster and writes it to .nacos-auth-lint.json; argument: `{ uri }`. */
  setVersion: 'nacosAuthLint.server.setVersion',
} as const;

/** Client → server after the cursor moved in a document (the server holds back findings on the word being typed). */
export const CURSOR_NOTIFICATION = 'nacosAuthLint/cursor';

export interface CursorParams {
  uri: string;
  line: number;
  character: number;
}

/** The message a multi-file fix leaves: text and buttons, each running a command with its arguments. */
export interface AfterFixMessage {
  text: string;
  actions: { title: string; command: string; arguments?: unknown[] }[];
}

/** Arguments of `checkWorkspace` / `explain`: where the client will write the report, so its links are relative. */
export interface ReportRequest {
  /** Absolute path of the folder the report file goes to; without it links are plain text. */
  reportDir?: string;
  /**
   * The client shows the report where command links run (a webview): file links and "Fix this cluster" are command
   * links, and the server sends the report again (REPORT_NOTIFICATION) after each analysis that changes it.
   */
  live?: boolean;
}

/** Server → client: a live report changed (the workspace was re-linted). */
export const REPORT_NOTIFICATION = 'nacosAuthLint/report';
/** Client → server: the live report was closed (stop rendering it). */
export const REPORT_CLOSED_NOTIFICATION = 'nacosAuthLint/reportClosed';

/** Commands a live report's links run (the webview allows only these). */
export const REPORT_LINK_COMMANDS = ['nacosAuthLint.server.showLocation', 'nacosAuthLint.server.fixCluster'];

/** The page around a report's Markdown, rendered by the editor's own Markdown engine (no scripts; styles inline only). */
export function reportHtml(body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`
    + '<style>body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);color:var(--vscode-foreground);padding:0 16px}'
    + 'table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid var(--vscode-panel-border,#8884);padding:3px 8px;text-align:left;vertical-align:top}'
    + 'a{color:var(--vscode-textLink-foreground)}code{font-family:var(--vscode-editor-font-family)}</style></head>'
    + `<body>${body}</body></html>`;
}

/** The answer of `checkWorkspace` / `explain`: the report rendered by the server (values masked) and its data. */
export interface ReportResult {
  /** The command that made it (which report this is). */
  command?: string;
  /** The tab title. */
  title?: string;
  /** File name for the report (a client without a webview writes `markdown` there and opens the preview). */
  fileName: string;
  markdown: string;
  summary: StatusSummary;
  /** `servers`: the servers the members stand for (a Kubernetes workload counts its replicas). */
  clusters: { id: string; name: string; kind: string; members: string[]; servers: number }[];
  findings: { path: string; uri: string; line: number; character: number; ruleId: string; severity: string; message: string }[];
}

/** Arguments of `generateIdentityPair`: the cursor, to get the text in the form of the file there. */
export interface PairRequest {
  uri?: string;
  line?: number;
  /** The walkthrough: fix the first published pair of the workspace (cluster-wide) instead of inserting a new one. */
  firstPublished?: boolean;
}

/**
 * The answer of `generateIdentityPair`: text to insert at `line` (the values themselves never travel separately), or
 * `applied` when the server replaced an existing pair cluster-wide itself (then `uri`/`line` say where to look).
 */
export interface PairResult {
  text?: string;
  line?: number;
  form?: string;
  applied?: boolean;
  uri?: string;
  message?: string;
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
/** Untitled documents of these languages are linted too (as a compose file, properties or env file). */
export const UNTITLED_LANGUAGES = ['dockercompose', 'yaml', 'properties', 'dotenv'];

/** Is this document one the server should see, and does it mention Nacos (then the client starts the server)? */
export function isNacosCandidate(doc: { scheme: string; path: string; languageId: string; text: () => string }): boolean {
  const kind = doc.scheme === 'file'
    ? CANDIDATE_PATH.test(doc.path) || /\.ya?ml$/i.test(doc.path) || ['dockercompose', ...SCRIPT_LANGUAGES, ...YAML_LANGUAGES].includes(doc.languageId)
    : doc.scheme === 'untitled' && UNTITLED_LANGUAGES.includes(doc.languageId);
  return kind && MENTIONS_NACOS.test(doc.text());
}

/** Where the bundled rule pages are inside the extension (the client opens them offline). */
export function ruleDocPath(ruleId: string): string | undefined {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(ruleId) ? `docs/rules/${ruleId}.md` : undefined;
}

/** Client → server: answered at once when the server is not stuck (the client restarts a server that stays silent). */
export const PING_REQUEST = 'nacosAuthLint/ping';
