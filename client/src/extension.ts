// The VS Code client is a registrar: it starts the language server, forwards the commands, shows the status and the
// reports the server renders. It knows no Nacos property (ARCHITECTURE.md; the protocol is server/src/shared).
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  CANDIDATE_GLOB, COMMANDS, CONFIG_GLOB, CURSOR_NOTIFICATION, PING_REQUEST, REPORT_CLOSED_NOTIFICATION, REPORT_LINK_COMMANDS, REPORT_NOTIFICATION, SERVER_COMMANDS,
  SCRIPT_LANGUAGES, STATUS_NOTIFICATION, UNTITLED_LANGUAGES, WATCH_GLOB, YAML_GLOB, YAML_LANGUAGES, isNacosCandidate, reportHtml, ruleDocPath,
  type AfterFixMessage, type CursorParams, type PairRequest, type PairResult, type ReportRequest, type ReportResult, type StatusSummary,
} from '../../server/src/shared/protocol';
import { availableParallelism, cpus } from 'node:os';
import { serverExecArgv } from '../../server/src/shared/launch';
import { RestartPolicy, redactingChannel, watchdog } from './policy';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  // V8's worker pool sized to the machine (shared/launch.ts).
  const execArgv = serverExecArgv(typeof availableParallelism === 'function' ? availableParallelism() : cpus().length, process.allowedNodeEnvironmentFlags);
  const serverOptions: ServerOptions = { run: { module, transport: TransportKind.ipc, options: { execArgv } }, debug: { module, transport: TransportKind.ipc, options: { execArgv: [...execArgv, '--nolazy', '--inspect=6019'] } } };
  const output = vscode.window.createOutputChannel('Nacos Auth Lint', { log: true });
  const restarts = new RestartPolicy();
  let warned = false;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', pattern: CANDIDATE_GLOB }, { scheme: 'file', pattern: CONFIG_GLOB }, ...['dockercompose', ...SCRIPT_LANGUAGES, ...YAML_LANGUAGES].map(language => ({ scheme: 'file', language })), ...UNTITLED_LANGUAGES.map(language => ({ scheme: 'untitled', language }))],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(WATCH_GLOB) },
    outputChannel: output,
    initializationOptions: { clientCommands: true },
    // Hovers carry command links ("Show cluster report", "Generate pair"): only our own commands run from them.
    markdown: { isTrusted: { enabledCommands: [...Object.values(COMMANDS), SERVER_COMMANDS.setVersion, 'workbench.action.openSettings'] } },
    // LSP tracing would copy whole documents (and so their secrets) into the channel: keep only the message lines.
    traceOutputChannel: redactingChannel(vscode.window.createOutputChannel('Nacos Auth Lint (trace)', { log: true })),
    errorHandler: {
      error: (_e, _m, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      closed: () => {
        // The server died (not a normal stop): restart it, and tell the user once per session.
        if (!warned) void vscode.window.showWarningMessage(vscode.l10n.t('The Nacos Auth Lint server stopped unexpectedly and is being restarted.'));
        warned = true;
        return { action: restarts.failed() ? CloseAction.Restart : CloseAction.DoNotRestart };
      },
    },
  };
  client = new LanguageClient('nacosAuthLint', 'Nacos Auth Lint', serverOptions, clientOptions);
  // A server that stops answering (stuck in a loop) is restarted like one that crashed.
  const hang = watchdog(async () => { if (client?.state === State.Running) await client.sendRequest(PING_REQUEST); }, () => {
    output.warn('the server did not answer for a minute: restarting it');
    if (restarts.failed()) void client?.restart(); else void client?.stop();
  });
  let started: Promise<void> | undefined;
  const start = () => (started ??= client!.start());
  const ask = async <T>(command: string, args: unknown[], token?: vscode.CancellationToken) => { await start(); return client!.sendRequest<T>('workspace/executeCommand', { command, arguments: args }, token ?? new vscode.CancellationTokenSource().token); };

  // A real status bar item (the language status flyout clipped the text); the server words it.
  const status = vscode.window.createStatusBarItem('nacosAuthLint.status', vscode.StatusBarAlignment.Left, -10);
  status.name = 'Nacos Auth Lint';
  status.command = COMMANDS.checkWorkspace;
  context.subscriptions.push(status, output, hang);

  // Reports show in a webview rendered by VS Code's Markdown engine, where their links (file:line, "Fix this
  // cluster") are commands the webview allows; the server sends a new one after each analysis while it is open.
  let panel: vscode.WebviewPanel | undefined;
  const render = async (r: ReportResult, reveal = false) => {
    if (!panel) {
      panel = vscode.window.createWebviewPanel('nacosAuthLint.report', r.title ?? r.fileName, vscode.ViewColumn.Active, { enableCommandUris: REPORT_LINK_COMMANDS, enableFindWidget: true });
      panel.onDidDispose(() => { panel = undefined; void client!.sendNotification(REPORT_CLOSED_NOTIFICATION, {}); });
    }
    panel.title = r.title ?? r.fileName;
    panel.webview.html = reportHtml(await vscode.commands.executeCommand<string>('markdown.api.render', r.markdown));
    if (reveal) panel.reveal(undefined, true);
  };
  const showReport = async (command: string, token?: vscode.CancellationToken) => {
    const report = await ask<ReportResult | undefined>(command, [{ live: true } satisfies ReportRequest], token).catch(() => undefined);
    if (report) await render(report, true);
    return report;
  };
  client.onNotification(REPORT_NOTIFICATION, (r: ReportResult) => { if (panel) void render(r); });
  const editorAt = (): PairRequest | undefined => { const e = vscode.window.activeTextEditor; return e ? { uri: e.document.uri.toString(), line: e.selection.active.line } : undefined; };
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.checkWorkspace, () => vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Nacos: checking cluster consistency…'), cancellable: true },
      (_progress, token) => showReport(SERVER_COMMANDS.checkWorkspace, token),
    )),
    vscode.commands.registerCommand(COMMANDS.showEffectiveConfig, () => showReport(SERVER_COMMANDS.explain)),
    vscode.commands.registerCommand(COMMANDS.fixAll, () => ask(SERVER_COMMANDS.fixAll, [editorAt() ?? {}])),
    vscode.commands.registerCommand(COMMANDS.showRuleDoc, async (ruleId: string) => {
      const rel = ruleDocPath(String(ruleId));
      if (rel) await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(context.extensionUri, rel));
    }),
    // Not awaited: a code action's command must not hold the editor until the message is dismissed.
    vscode.commands.registerCommand(COMMANDS.afterFix, (m: AfterFixMessage) => void vscode.window.showInformationMessage(m.text, ...m.actions.map(a => a.title)).then(title => {
      const pick = m.actions.find(a => a.title === title);
      return pick && vscode.commands.executeCommand(pick.command, ...(pick.arguments ?? []));
    })),
    vscode.commands.registerCommand(COMMANDS.generateIdentityPair, async (arg?: PairRequest) => {
      // The server generates the pair (crypto.randomBytes) and writes it itself: cluster-wide over an existing pair,
      // else at the cursor in the form of the file there; the walkthrough asks it to fix the first published pair.
      const pair = await ask<PairResult>(SERVER_COMMANDS.generateIdentityPair, [arg?.firstPublished ? arg : editorAt() ?? {}]);
      if (pair.uri) await vscode.window.showTextDocument(vscode.Uri.parse(pair.uri), { selection: new vscode.Range(pair.line ?? 0, 0, pair.line ?? 0, 0) });
      if (pair.message) void vscode.window.showInformationMessage(pair.message);
    }),
  );

  client.onNotification(STATUS_NOTIFICATION, (s: StatusSummary) => {
    if (!s.view?.visible) return void status.hide();
    status.text = s.view.text;
    status.tooltip = s.view.tooltip;
    status.accessibilityInformation = { label: `${s.view.text} · ${s.view.tooltip}` };
    status.backgroundColor = s.view.severity === 'info' ? undefined : new vscode.ThemeColor(`statusBarItem.${s.view.severity}Background`);
    status.show();
  });

  // Start the server only when the workspace really holds Nacos configuration (activation events cannot look at
  // contents): a candidate file mentioning Nacos, or as soon as a document is opened, typed or saved so that it does.
  const candidate = (d: vscode.TextDocument) => isNacosCandidate({ scheme: d.uri.scheme, path: d.uri.path, languageId: d.languageId, text: () => d.getText() });
  const maybeStart = (d: vscode.TextDocument) => { if (!started && candidate(d)) { status.text = vscode.l10n.t('Nacos: starting…'); status.show(); void start(); } };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(maybeStart), vscode.workspace.onDidChangeTextDocument(e => maybeStart(e.document)), vscode.workspace.onDidSaveTextDocument(maybeStart),
    // The server holds back a finding on the word being typed until the cursor leaves it.
    vscode.window.onDidChangeTextEditorSelection(e => { if (started) void client!.sendNotification(CURSOR_NOTIFICATION, { uri: e.textEditor.document.uri.toString(), line: e.selections[0].active.line, character: e.selections[0].active.character } satisfies CursorParams); }),
  );
  const open = vscode.workspace.textDocuments.find(candidate);
  if (open) maybeStart(open);
  else if (await workspaceMentionsNacos()) await start();
}

async function workspaceMentionsNacos(): Promise<boolean> {
  const files = [...await vscode.workspace.findFiles(CANDIDATE_GLOB, '**/node_modules/**', 500), ...await vscode.workspace.findFiles(YAML_GLOB, '**/node_modules/**', 500)];
  for (const f of files) {
    try {
      const text = Buffer.from((await vscode.workspace.fs.readFile(f)).subarray(0, 1 << 20)).toString('latin1');
      if (isNacosCandidate({ scheme: 'file', path: f.path, languageId: '', text: () => text })) return true;
    } catch { /* unreadable: skip */ }
  }
  return false;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
