// The VS Code client is a registrar: it starts the language server, forwards the commands, shows the status and the
// reports the server renders. It knows no Nacos property (ARCHITECTURE.md; the protocol is server/src/shared).
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  CANDIDATE_GLOB, CANDIDATE_PATH, COMMANDS, CONFIG_GLOB, MENTIONS_NACOS, PING_REQUEST, SCRIPT_LANGUAGES, SERVER_COMMANDS, STATUS_NOTIFICATION, WATCH_GLOB,
  YAML_GLOB, YAML_LANGUAGES,
  type PairRequest, type PairResult, type ReportRequest, type ReportResult, type StatusSummary,
} from '../../server/src/shared/protocol';
import { RestartPolicy, redactTrace, watchdog } from './policy';

let client: LanguageClient | undefined;
/** This window's reports (they hold what the reports show): deleted when the window closes. */
let reportDir: vscode.Uri | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = { run: { module, transport: TransportKind.ipc }, debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } } };
  const output = vscode.window.createOutputChannel('Nacos Auth Lint', { log: true });
  const restarts = new RestartPolicy();
  let warned = false;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', pattern: CANDIDATE_GLOB }, { scheme: 'file', pattern: CONFIG_GLOB },
      ...['dockercompose', ...SCRIPT_LANGUAGES, ...YAML_LANGUAGES].map(language => ({ scheme: 'file', language }))],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(WATCH_GLOB) },
    outputChannel: output,
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
  const ask = async <T>(command: string, args: unknown[], token?: vscode.CancellationToken) => { await start(); return client!.sendRequest<T>('workspace/executeCommand', { command, arguments: args }, token); };

  const status = vscode.languages.createLanguageStatusItem('nacosAuthLint.status', { pattern: CANDIDATE_GLOB });
  status.name = 'Nacos Auth Lint';
  status.text = vscode.l10n.t('Nacos: starting…');
  status.command = { command: COMMANDS.checkWorkspace, title: vscode.l10n.t('Check cluster consistency') };
  context.subscriptions.push(status, output, hang);

  // Reports are written as real files (in the extension's storage) so that their relative links open the definitions:
  // the Markdown preview refuses `file:` links. One folder per window, removed when it closes (deactivate).
  const dir = reportDir = vscode.Uri.joinPath(context.globalStorageUri, 'reports', vscode.env.sessionId.replace(/[^\w-]/g, '_'));
  const showReport = async (command: string, token?: vscode.CancellationToken) => {
    await vscode.workspace.fs.createDirectory(dir);
    const report = await ask<ReportResult | undefined>(command, [{ reportDir: dir.fsPath } satisfies ReportRequest], token).catch(() => undefined);
    if (!report) return undefined;
    const uri = vscode.Uri.joinPath(dir, report.fileName);
    await vscode.workspace.fs.writeFile(uri, Buffer.from(report.markdown, 'utf8'));
    await vscode.commands.executeCommand('markdown.showPreview', uri).then(undefined, async () => vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true }));
    return report;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.checkWorkspace, () => vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Nacos: checking cluster consistency…'), cancellable: true },
      (_progress, token) => showReport(SERVER_COMMANDS.checkWorkspace, token),
    )),
    vscode.commands.registerCommand(COMMANDS.showEffectiveConfig, () => showReport(SERVER_COMMANDS.explain)),
    vscode.commands.registerCommand(COMMANDS.generateIdentityPair, async () => {
      // The server generates the pair (crypto.randomBytes) and writes it in the form of the file at the cursor.
      const editor = vscode.window.activeTextEditor;
      const at: PairRequest | undefined = editor?.document.uri.scheme === 'file' ? { uri: editor.document.uri.toString(), line: editor.selection.active.line } : undefined;
      const pair = await ask<PairResult>(SERVER_COMMANDS.generateIdentityPair, at ? [at] : []);
      if (editor && at && pair.text !== undefined && pair.line !== undefined) {
        const doc = editor.document;
        const end = pair.line >= doc.lineCount;
        const text = end && doc.lineAt(doc.lineCount - 1).text !== '' ? `\n${pair.text}` : pair.text;
        if (await editor.edit(b => b.insert(end ? doc.lineAt(doc.lineCount - 1).range.end : new vscode.Position(pair.line!, 0), text))) return;
      }
      await vscode.env.clipboard.writeText(pair.text ?? '');
      void vscode.window.showInformationMessage(vscode.l10n.t('A new identity pair was copied to the clipboard.'));
    }),
  );

  client.onNotification(STATUS_NOTIFICATION, (s: StatusSummary) => {
    const problems = s.errors + s.warnings;
    status.text = s.nodes === 0 ? vscode.l10n.t('Nacos: no nodes')
      : s.inconsistentClusters === 0 && problems === 0 ? vscode.l10n.t('Nacos: {0} nodes, consistent', s.nodes)
        : s.inconsistentClusters ? vscode.l10n.t('Nacos: {0} nodes, {1} inconsistent clusters, {2} problems', s.nodes, s.inconsistentClusters, problems)
          : vscode.l10n.t('Nacos: {0} nodes, {1} problems', s.nodes, problems);
    status.severity = s.nodes === 0 || problems === 0 ? vscode.LanguageStatusSeverity.Information : s.errors ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Warning;
    status.detail = vscode.l10n.t('{0} clusters · {1} errors · {2} warnings', s.clusters, s.errors, s.warnings);
  });

  // Start the server only when the workspace really holds Nacos configuration (activation events cannot look at
  // contents): a candidate file mentioning Nacos, or as soon as such a document is opened.
  const candidate = (doc: vscode.TextDocument) => doc.uri.scheme === 'file' && (CANDIDATE_PATH.test(doc.uri.path) || YAML_LANGUAGES.includes(doc.languageId)) && MENTIONS_NACOS.test(doc.getText());
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(doc => { if (!started && candidate(doc)) void start(); }));
  if (vscode.workspace.textDocuments.some(candidate) || await workspaceMentionsNacos()) await start();
  else status.text = vscode.l10n.t('Nacos: no nodes');
}

async function workspaceMentionsNacos(): Promise<boolean> {
  const files = [...await vscode.workspace.findFiles(CANDIDATE_GLOB, '**/node_modules/**', 500), ...await vscode.workspace.findFiles(YAML_GLOB, '**/node_modules/**', 500)];
  for (const f of files) {
    try {
      if (MENTIONS_NACOS.test(Buffer.from((await vscode.workspace.fs.readFile(f)).subarray(0, 1 << 20)).toString('latin1'))) return true;
    } catch { /* unreadable: skip */ }
  }
  return false;
}

export async function deactivate(): Promise<void> {
  if (reportDir) await Promise.resolve(vscode.workspace.fs.delete(reportDir, { recursive: true, useTrash: false })).catch(() => undefined);
  await client?.stop();
}

/** An output channel that shows trace entries without their payload (policy.ts `redactTrace`, both trace formats). */
function redactingChannel(channel: vscode.LogOutputChannel): vscode.LogOutputChannel {
  const redact = redactTrace;
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
