import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type CloseHandlerResult, type ErrorHandlerResult, type LanguageClientOptions, type Message, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

interface PairResult { key: string; value: string; text?: string; line?: number; form?: string }
interface StatusSummary { nodes: number; clusters: number; errors: number; warnings: number; infos: number; inconsistentClusters: number }
interface ReportNode { id: string; kind: string; path: string; service?: string; cluster: string; serverVersion: { value: string; from: string; detail: string }; settings: Record<string, { value: string; path?: string; line?: number; via: string }> }
interface Report {
  summary: StatusSummary;
  nodes: ReportNode[];
  clusters: { id: string; name: string; kind: string; members: string[] }[];
  findings: { path: string; uri: string; line: number; character: number; ruleId: string; severity: string; message: string }[];
}

const REPORT_SCHEME = 'nacos-auth-lint-report';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const output = vscode.window.createOutputChannel('Nacos Auth Lint', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', pattern: '**/*.properties' },
      { scheme: 'file', pattern: '**/*compose*.{yml,yaml}' },
      { scheme: 'file', language: 'dockercompose' },
      { scheme: 'file', pattern: '**/{.env,*.env,.env.*}' },
      { scheme: 'file', pattern: '**/cluster.conf' },
    ],
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.properties,*.env,.env,.env.*,*.yml,*.yaml,cluster.conf}'),
    },
    outputChannel: output,
    // LSP tracing would copy whole documents (and so their secrets) into the channel: keep only the message lines.
    traceOutputChannel: redactingChannel(vscode.window.createOutputChannel('Nacos Auth Lint (trace)', { log: true })),
    initializationOptions: {},
    errorHandler: {
      error: (_e: Error, _m: Message | undefined, count: number | undefined): ErrorHandlerResult => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      closed: (): CloseHandlerResult => {
        // The server died (not a normal stop): restart it, and tell the user once per session.
        crashes++;
        if (crashes === 1) void vscode.window.showWarningMessage(vscode.l10n.t('The Nacos Auth Lint server stopped unexpectedly and is being restarted.'));
        return { action: crashes <= 5 ? CloseAction.Restart : CloseAction.DoNotRestart };
      },
    },
  };
  let crashes = 0;
  client = new LanguageClient('nacosAuthLint', 'Nacos Auth Lint', serverOptions, clientOptions);
  let started: Promise<void> | undefined;
  const start = () => (started ??= client!.start());

  const status = vscode.languages.createLanguageStatusItem('nacosAuthLint.status', [
    { pattern: '**/*.properties' }, { pattern: '**/*compose*.{yml,yaml}' }, { pattern: '**/{.env,*.env}' },
  ]);
  status.name = 'Nacos Auth Lint';
  status.text = vscode.l10n.t('Nacos: starting…');
  status.command = { command: 'nacosAuthLint.checkWorkspace', title: vscode.l10n.t('Check cluster consistency') };
  context.subscriptions.push(status, output);

  const reports = new Map<string, string>();
  const reportChanged = new vscode.EventEmitter<vscode.Uri>();
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, {
    onDidChange: reportChanged.event,
    provideTextDocumentContent: uri => reports.get(uri.path) ?? '',
  }));

  const showMarkdown = async (name: string, render: (reportDir: vscode.Uri | undefined) => string) => {
    // The report is written as a real file (in the extension's storage) so that its relative links open the
    // definitions: the Markdown preview refuses `file:` links, and a virtual document's links resolve nowhere.
    let uri: vscode.Uri;
    try {
      const dir = vscode.Uri.joinPath(context.globalStorageUri, 'reports');
      await vscode.workspace.fs.createDirectory(dir);
      uri = vscode.Uri.joinPath(dir, name);
      await vscode.workspace.fs.writeFile(uri, Buffer.from(render(dir), 'utf8'));
    } catch {
      reports.set(`/${name}`, render(undefined));
      uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${name}` });
      reportChanged.fire(uri);
    }
    await vscode.commands.executeCommand('markdown.showPreview', uri).then(undefined, async () => {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { preview: true });
    });
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('nacosAuthLint.checkWorkspace', async () => {
      const report = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Nacos: checking cluster consistency…'), cancellable: true },
        async (_progress, token) => { await start(); return client!.sendRequest<Report>('workspace/executeCommand', { command: 'nacosAuthLint.server.checkWorkspace', arguments: [] }, token).catch(() => undefined); },
      );
      if (report) await showMarkdown('Nacos Cluster Consistency.md', dir => renderReport(report, dir));
      return report;
    }),
    vscode.commands.registerCommand('nacosAuthLint.showEffectiveConfig', async () => {
      await start();
      const report = await client!.sendRequest<Report>('workspace/executeCommand', { command: 'nacosAuthLint.server.explain', arguments: [] });
      if (report) await showMarkdown('Nacos Effective Auth Configuration.md', () => renderEffective(report));
      return report;
    }),
    vscode.commands.registerCommand('nacosAuthLint.generateIdentityPair', async () => {
      // The server generates the pair (crypto.randomBytes) and writes it in the form of the file at the cursor.
      const editor = vscode.window.activeTextEditor;
      const at = editor && editor.document.uri.scheme === 'file' ? { uri: editor.document.uri.toString(), line: editor.selection.active.line } : undefined;
      const pair = await client!.sendRequest<PairResult>('workspace/executeCommand', { command: 'nacosAuthLint.server.generateIdentityPair', arguments: at ? [at] : [] });
      if (editor && pair.text !== undefined && pair.line !== undefined) {
        const line = Math.min(pair.line, editor.document.lineCount);
        const pos = line >= editor.document.lineCount ? editor.document.lineAt(editor.document.lineCount - 1).range.end : new vscode.Position(line, 0);
        const text = line >= editor.document.lineCount && editor.document.lineAt(editor.document.lineCount - 1).text !== '' ? `\n${pair.text}` : pair.text;
        if (await editor.edit(b => b.insert(pos, text))) return;
      }
      await vscode.env.clipboard.writeText(`nacos.core.auth.server.identity.key=${pair.key}\nnacos.core.auth.server.identity.value=${pair.value}\n`);
      void vscode.window.showInformationMessage(vscode.l10n.t('A new identity pair was copied to the clipboard.'));
    }),
  );

  client.onNotification('nacosAuthLint/status', (s: StatusSummary) => {
    const problems = s.errors + s.warnings;
    if (s.nodes === 0) {
      status.text = vscode.l10n.t('Nacos: no nodes');
      status.severity = vscode.LanguageStatusSeverity.Information;
    } else if (s.inconsistentClusters === 0 && problems === 0) {
      status.text = vscode.l10n.t('Nacos: {0} nodes, consistent', s.nodes);
      status.severity = vscode.LanguageStatusSeverity.Information;
    } else {
      status.text = s.inconsistentClusters
        ? vscode.l10n.t('Nacos: {0} nodes, {1} inconsistent clusters, {2} problems', s.nodes, s.inconsistentClusters, problems)
        : vscode.l10n.t('Nacos: {0} nodes, {1} problems', s.nodes, problems);
      status.severity = s.errors ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Warning;
    }
    status.detail = vscode.l10n.t('{0} clusters · {1} errors · {2} warnings', s.clusters, s.errors, s.warnings);
  });


  // Start the server only when the workspace really holds Nacos configuration (activation events cannot look at
  // contents): a file mentioning Nacos, or as soon as such a document is opened.
  const mentionsNacos = (text: string) => /nacos[./_-]|NACOS_/i.test(text);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(doc => {
    if (!started && isCandidate(doc.uri) && mentionsNacos(doc.getText())) void start();
  }));
  if (vscode.workspace.textDocuments.some(d => isCandidate(d.uri) && mentionsNacos(d.getText())) || await workspaceMentionsNacos(mentionsNacos)) {
    await start();
  } else {
    status.text = vscode.l10n.t('Nacos: no nodes');
  }
}

const CANDIDATES = '{**/*.properties,**/*compose*.yml,**/*compose*.yaml,**/.env,**/*.env,**/cluster.conf}';

function isCandidate(uri: vscode.Uri): boolean {
  return uri.scheme === 'file' && /(\.properties|compose[^/]*\.ya?ml|(^|\/)\.env|\.env|(^|\/)cluster\.conf)$/i.test(uri.path);
}

async function workspaceMentionsNacos(test: (text: string) => boolean): Promise<boolean> {
  const files = await vscode.workspace.findFiles(CANDIDATES, '**/node_modules/**', 500);
  for (const f of files) {
    try {
      const bytes = await vscode.workspace.fs.readFile(f);
      if (test(Buffer.from(bytes.subarray(0, 1 << 20)).toString('latin1'))) return true;
    } catch { /* unreadable: skip */ }
  }
  return false;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** A link to a definition, relative to the report's folder (`#L<line>` opens the file at that line). */
function link(f: { uri: string; line: number; character: number; path: string }, reportDir: vscode.Uri | undefined): string {
  const target = vscode.Uri.parse(f.uri);
  if (!reportDir || target.scheme !== reportDir.scheme) return `\`${f.path}:${f.line + 1}\``;
  const from = reportDir.path.split('/').filter(Boolean);
  const to = target.path.split('/').filter(Boolean);
  let i = 0;
  while (i < from.length && i < to.length && from[i] === to[i]) i++;
  const rel = [...from.slice(i).map(() => '..'), ...to.slice(i)].map(encodeURIComponent).join('/');
  return `[${f.path}:${f.line + 1}](${rel}#L${f.line + 1})`;
}

function renderReport(r: Report, reportDir: vscode.Uri | undefined): string {
  const out: string[] = [`# ${vscode.l10n.t('Nacos cluster consistency')}`, ''];
  const s = r.summary;
  out.push(vscode.l10n.t('{0} nodes in {1} clusters · {2} errors · {3} warnings', s.nodes, s.clusters, s.errors, s.warnings), '');
  for (const c of r.clusters) {
    const members = r.nodes.filter(n => n.cluster === c.name);
    const clusterFindings = r.findings.filter(f => f.ruleId.startsWith('cluster-') && members.some(m => m.path === f.path || f.path.startsWith(m.path.replace(/[^/]*$/, ''))));
    out.push(`## ${c.name} (${c.kind}, ${members.length} ${members.length === 1 ? 'node' : 'nodes'}) ${clusterFindings.length ? '⚠ ' + vscode.l10n.t('members disagree') : '✔ ' + vscode.l10n.t('consistent')}`, '');
    out.push('| node | version | identity key | identity value | token secret | auth.enabled | system.type |', '|---|---|---|---|---|---|---|');
    for (const n of members) {
      const g = (k: string) => n.settings[k]?.value ?? '—';
      const secretKey = n.settings['nacos.core.auth.plugin.nacos.token.secret.key'] ? 'nacos.core.auth.plugin.nacos.token.secret.key' : 'nacos.core.auth.default.token.secret.key';
      out.push(`| ${n.service ?? n.path} | ${n.serverVersion.value} (${n.serverVersion.from}) | ${g('nacos.core.auth.server.identity.key')} | ${g('nacos.core.auth.server.identity.value')} | ${g(secretKey)} | ${g('nacos.core.auth.enabled')} | ${g('nacos.core.auth.system.type')} |`);
    }
    out.push('');
    for (const f of clusterFindings) out.push(`- **${f.ruleId}** ${link(f, reportDir)}: ${f.message}`);
    if (clusterFindings.length) out.push('', vscode.l10n.t('Fix: open a linked line and use the quick fix (Ctrl+.) "Generate secure identity pair" or "Generate token secret"; it updates every member.'), '');
  }
  const others = r.findings.filter(f => !f.ruleId.startsWith('cluster-'));
  if (others.length) {
    out.push(`## ${vscode.l10n.t('Other errors')}`, '');
    for (const f of others) out.push(`- **${f.ruleId}** ${link(f, reportDir)}: ${f.message}`);
  }
  return out.join('\n');
}

function renderEffective(r: Report): string {
  const out: string[] = [`# ${vscode.l10n.t('Nacos effective auth configuration')}`, ''];
  for (const n of r.nodes) {
    out.push(`## ${n.id}`, '', `${n.kind} · cluster ${n.cluster} · Nacos ${n.serverVersion.value} (${n.serverVersion.from}: ${n.serverVersion.detail})`, '', '| setting | value | from |', '|---|---|---|');
    for (const [k, s] of Object.entries(n.settings)) out.push(`| ${k} | ${s.value} | ${s.via}${s.path ? ` (${s.path}${s.line ? `:${s.line}` : ''})` : ''} |`);
    out.push('');
  }
  return out.join('\n');
}

/** An output channel that keeps the first line of each trace entry and drops `Params:`/`Result:` bodies. */
function redactingChannel(channel: vscode.LogOutputChannel): vscode.LogOutputChannel {
  const redact = (value: string) => {
    const cut = value.search(/\r?\n(Params|Result|Error data): /);
    return cut < 0 ? value : `${value.slice(0, cut)} (payload hidden: it can contain secrets)`;
  };
  return new Proxy(channel, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && ['append', 'appendLine', 'replace', 'trace', 'debug', 'info', 'warn'].includes(prop)) {
        const fn = (target as unknown as Record<string, (m: string, ...rest: unknown[]) => void>)[prop].bind(target);
        return (value: string, ...rest: unknown[]) => fn(typeof value === 'string' ? redact(value) : value, ...rest);
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}
