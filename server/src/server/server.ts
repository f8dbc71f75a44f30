import {
  CodeAction, CodeActionKind, DiagnosticSeverity, DiagnosticTag, ErrorCodes, DidChangeConfigurationNotification, DocumentDiagnosticReportKind,
  FileChangeType, LSPErrorCodes, ResponseError, TextDocuments, TextDocumentSyncKind, type Disposable,
  type CompletionItem, type Connection, type Diagnostic, type InitializeParams, type InitializeResult,
  type PublishDiagnosticsParams, type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createHash } from 'node:crypto';
import {
  AnalysisHost, editsOf, explainNodes, generateTokenSecret,
  commandLink, lineIndexFor, renderConsistencyReport, renderEffectiveReport, serverCount, ruleById, ruleDocUrl,
  setInternalErrorSink, severityOf, statusText, actionText, DEAD_DEFINITION_RULES, memberRange, versionQuestion,
  type Analysis, type AnalysisResult, type Finding, type Fix, type LintSettings, type ReportFinding, type TextEdit,
} from '../core';
import {
  CURSOR_NOTIFICATION, MENTIONS_NACOS, PING_REQUEST, SERVER_COMMANDS, STATUS_NOTIFICATION,
  type CursorParams, type ReportRequest, type ReportResult, type StatusSummary,
} from '../shared/protocol';
import { SettingsStore } from './settings';
import { ProjectConfig } from './projectConfig';
import { WorkspaceIndex } from './workspace';
import { isFileUri, pathToUri, setDocumentLanguage, uriToPath } from './uri';
import { provideHover, type FeatureContext } from './hover';
import { COMPLETION_TRIGGERS, provideCompletion, resolveCompletion } from './completion';
import { actionTitle, afterFixCommand, docAction, suppressionAction, workspaceEdit, type ActionContext } from './actions';
import { TypingTracker } from './typing';
import { findingLink, LiveReports, sourceLink } from './reports';
import { fixAllCommand, fixClusterCommand, generatePairCommand, ignoreFileCommand, setVersionCommand, showLocationCommand, type CommandContext } from './commands';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.nacos-auth-lint`;

/** What was last published for a file; the digest of its diagnostics is computed only when a publish of the same
 *  version needs comparing (a keystroke's new version is sent without serialising them). */
interface Sent {
  version: number | undefined;
  diagnostics: Diagnostic[];
  digest?: string;
}

/** A digest, not the JSON itself: a 200-service file's diagnostics are a megabyte. */
function signature(s: Sent): string {
  return (s.digest ??= createHash('sha256').update(JSON.stringify(s.diagnostics)).digest('base64'));
}

/** Handlers that answer requests (`safe` refuses them after shutdown). */
const REQUESTS = new Set(['diagnostic', 'codeAction', 'codeActionResolve', 'executeCommand', 'hover', 'completion']);

/** The most turns of the event loop spent letting queued edits in before an analysis (runAnalysis). */
const MAX_SETTLE_TURNS = 2000;

/** Registers every handler on `connection`; the core does the work. Returns hooks for tests. */
export interface ServerOptions {
  /** How long to wait for `workspace/configuration` before using the defaults (settings.ts). */
  configurationTimeoutMs?: number;
}

export function startServer(connection: Connection, options: ServerOptions = {}): { whenIdle(): Promise<void> } {
  const documents = new TextDocuments(TextDocument);
  const diskText = new Map<string, string | undefined>();
  let index = new WorkspaceIndex([]);
  let settings!: SettingsStore;
  let supportsPull = false;
  let supportsRelated = false;
  /** The client confirms annotated edits (VS Code's refactor preview for edits in other files). */
  let supportsAnnotations = false;
  /** The client runs commands it registered itself (VS Code: the extension's commands), named in code actions. */
  let clientCommands = false;
  const typing = new TypingTracker();
  /** The client resolves a code action's edit lazily (codeAction/resolve): secrets are generated only when picked. */
  let resolveEdits = false;
  /** Fixes offered by recent codeAction answers, by the id in the action's `data` (bounded; oldest dropped). */
  const offered = new Map<number, { fix: Fix; generation: number; path: string; finding: Finding }>();
  let nextFixId = 1;
  let dynamicConfig = false;
  let workspaceFolders: string[] = [];
  /** The document versions the latest result was computed from. */
  let latestVersions = new Map<string, number>();
  /** Path → what was last sent (version + diagnostics), to send only changes. */
  const published = new Map<string, Sent>();
  /** Paths with a publishDiagnostics being written, and those whose result changed meanwhile (publishPath). */
  const sending = new Set<string>();
  const resend = new Set<string>();
  /** After `shutdown`: requests are refused, nothing is analysed or published (LSP: InvalidRequest). */
  let shutDown = false;
  let running: Promise<void> | undefined;
  let again = false;
  /** Files changed since the last analysis; a full rebuild when settings change or at start. */
  const dirty = new Set<string>();
  let fullNeeded = true;
  let generation = 0;

  const log = (level: 'info' | 'warn' | 'error', message: string) => {
    if (level === 'error') connection.console.error(message);
    else if (level === 'warn') connection.console.warn(message);
    else connection.console.info(message);
  };
  setInternalErrorSink(m => log('error', m));

  /** css-language-server `runSafe`: a failing handler is logged and answers an empty result. */
  function safe<A extends unknown[], R>(name: string, empty: R, fn: (...a: A) => R | Promise<R>) {
    return async (...a: A): Promise<R> => {
      // LSP: after `shutdown`, requests fail with InvalidRequest; notifications are dropped.
      if (shutDown) {
        if (REQUESTS.has(name)) throw new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down');
        return empty;
      }
      try {
        return await fn(...a);
      } catch (e) {
        log('error', `${name} failed: ${e instanceof Error ? `${e.name}: ${e.message.split('\n')[0].slice(0, 200)}` : 'unknown error'}`);
        return empty;
      }
    };
  }

  const readDisk = (path: string): string | undefined => {
    if (diskText.has(path)) return diskText.get(path);
    const t = index.read(path);
    diskText.set(path, t);
    return t;
  };
  // The paths of the open documents: a path that is none is read from disk without mapping it to a URI first (the
  // configuration loader asks for two names in every folder of the workspace).
  const openPaths = new Set<string>();
  const openDoc = (path: string) => (openPaths.has(path) ? documents.get(pathToUri(path)) : undefined);
  const textOf = (path: string): string | undefined => openDoc(path)?.getText() ?? readDisk(path);
  const scopeFor = (path: string): string => (openDoc(path) ? pathToUri(path) : pathToUri(index.rootFor(path)));
  let config = new ProjectConfig(p => textOf(p), p => index.rootFor(p), undefined);
  const settingsFor = (path: string): LintSettings => config.settingsFor(path, settings.raw(scopeFor(path)));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    supportsPull = !!caps.textDocument?.diagnostic;
    supportsRelated = !!caps.textDocument?.publishDiagnostics?.relatedInformation;
    resolveEdits = !!caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
    supportsAnnotations = !!caps.workspace?.workspaceEdit?.changeAnnotationSupport && !!caps.workspace.workspaceEdit.documentChanges;
    const canPullConfig = !!caps.workspace?.configuration;
    dynamicConfig = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    settings = new SettingsStore(connection, canPullConfig, params.locale, {
      timeoutMs: options.configurationTimeoutMs,
      onLateAnswer: () => schedule('full'),
    });
    config = new ProjectConfig(p => textOf(p), p => index.rootFor(p), params.locale);
    const folders = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceFolders = folders.filter(isFileUri).map(uriToPath);
    index = new WorkspaceIndex(workspaceFolders);
    const opts = params.initializationOptions as { pullDiagnostics?: boolean; clientCommands?: boolean } | undefined;
    if (opts?.pullDiagnostics === false) supportsPull = false;
    clientCommands = opts?.clientCommands === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: resolveEdits },
        hoverProvider: true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: true },
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
        ...(supportsPull ? { diagnosticProvider: { identifier: 'nacos-auth-lint', interFileDependencies: true, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: 'nacos-auth-lint', version: '0.1.0' },
    };
  });

  connection.onInitialized(safe('initialized', undefined, async () => {
    if (dynamicConfig) {
      try { await connection.client.register(DidChangeConfigurationNotification.type, { section: 'nacosAuthLint' }); } catch { /* the client refused */ }
    }
    await settings.prefetch(workspaceFolders.map(pathToUri));
    index.setExclude(settings.get(pathToUri(workspaceFolders[0] ?? '/')).exclude);
    index.scan();
    log('info', `indexed ${index.files.size} candidate file(s) in ${workspaceFolders.length} workspace folder(s)`);
    schedule('full');
  }));

  connection.onDidChangeConfiguration(safe('didChangeConfiguration', undefined, change => {
    settings.invalidate((change.settings as { nacosAuthLint?: unknown } | undefined)?.nacosAuthLint);
    config.forget();
    schedule('full');
  }));

  connection.onDidChangeWatchedFiles(safe('didChangeWatchedFiles', undefined, params => {
    const changed: string[] = [];
    for (const c of params.changes) {
      if (!isFileUri(c.uri)) continue;
      const path = uriToPath(c.uri);
      diskText.delete(path);
      host.forgetFiles([path]);
      index.noteEntry(path, c.type !== FileChangeType.Deleted);
      if (c.type === FileChangeType.Deleted) index.files.delete(path);
      else if (index.relevant(path)) index.files.add(path);
      changed.push(path);
      if (ProjectConfig.isConfigFile(path)) configChanged = true;
    }
    if (configChanged) { configChanged = false; config.forget(); schedule('full'); return; }
    schedule(changed);
  }));

  // An edited configuration file re-lints everything it may govern (the open documents first of all).
  const onDocument = (uri: string) => {
    const path = uriToPath(uri);
    if (ProjectConfig.isConfigFile(path)) { config.forget(); schedule('full'); return; }
    schedule([path]);
  };
  let configChanged = false;
  documents.onDidOpen(e => {
    setDocumentLanguage(e.document.uri, e.document.languageId);
    openPaths.add(uriToPath(e.document.uri));
    typing.changed(e.document.uri, e.document.getText());
    onDocument(e.document.uri);
  });
  documents.onDidChangeContent(e => {
    typing.changed(e.document.uri, e.document.getText());
    onDocument(e.document.uri);
  });
  connection.onNotification(CURSOR_NOTIFICATION, safe('cursor', undefined, (c: CursorParams) => cursorMoved(c)));
  documents.onDidClose(e => { if (!documents.get(e.document.uri)) openPaths.delete(uriToPath(e.document.uri)); });
  documents.onDidClose(safe('didClose', undefined, e => {
    typing.closed(e.document.uri);
    const path = uriToPath(e.document.uri);
    diskText.delete(path);
    // A closed file keeps its cluster diagnostics (pushed), unless it is not part of the workspace.
    if (!index.files.has(path)) {
      send(path, { uri: e.document.uri, diagnostics: [] });
      published.delete(path);
    }
    schedule([path]);
  }));

  /** Coalesces changes: at most one analysis runs, and one more is queued when something changed meanwhile. */
  function schedule(changed: string[] | 'full'): void {
    if (shutDown) return;
    if (changed === 'full') fullNeeded = true; else for (const p of changed) dirty.add(p);
    generation++;
    if (running) { again = true; return; }
    running = (async () => {
      do {
        again = false;
        await runAnalysis();
      } while (again);
    })().catch(e => log('error', `analysis failed: ${e instanceof Error ? e.name : 'unknown'}`)).finally(() => { running = undefined; });
  }

  /**
   * Lets every message already received be handled before the (synchronous) analysis, so that a burst of
   * keystrokes is analysed once, at its newest version: vscode-jsonrpc handles one queued message per turn of the
   * event loop, so this waits until two turns pass without a change (at most MAX_SETTLE_TURNS turns).
   */
  async function settle(): Promise<void> {
    let quiet = 0;
    for (let turn = 0; turn < MAX_SETTLE_TURNS && quiet < 2; turn++) {
      const g = generation;
      await new Promise(r => setImmediate(r));
      quiet = g === generation ? quiet + 1 : 0;
    }
  }

  async function runAnalysis(): Promise<void> {
    const gen = generation;
    const openPaths = documents.all().map(d => uriToPath(d.uri));
    await settings.prefetch([...openPaths.map(pathToUri), ...workspaceFolders.map(pathToUri)]);
    await settle();
    if (shutDown) return;
    const versions = new Map<string, number>();
    for (const d of documents.all()) versions.set(uriToPath(d.uri), d.version);
    let touched: Set<string>;
    if (fullNeeded) {
      fullNeeded = false;
      dirty.clear();
      const roots = new Set([...index.files, ...openPaths]);
      config.prepare(roots);
      touched = host.applyChange({ kind: 'full', roots });
    } else {
      const changed = [...dirty];
      dirty.clear();
      touched = host.applyChange({ kind: 'files', paths: changed, isRoot });
    }
    latestVersions = versions;
    publish(touched, versions, gen);
    sendStatus();
    reports.analysed();
  }

  const isRoot = (path: string) => index.files.has(path) || openDoc(path) !== undefined;

  const host = new AnalysisHost({
    text: textOf, version: p => openDoc(p)?.version, settingsFor, relPath: p => index.rel(p), rootFor: p => index.rootFor(p),
    files: () => [...index.files, ...documents.all().map(d => uriToPath(d.uri))],
  });

  function toDiagnostic(f: Finding, text: string): Diagnostic {
    const idx = lineIndexFor(f.path, text);
    const d: Diagnostic = {
      range: { start: idx.position(f.span.start), end: idx.position(f.span.end) },
      severity: f.severity === 'error' ? DiagnosticSeverity.Error : f.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
      code: f.ruleId,
      codeDescription: { href: ruleDocUrl(f.ruleId) },
      source: 'nacos-auth-lint',
      message: f.message,
    };
    // A definition nothing reads (an earlier duplicate, a value shadowed by another file): editors fade it.
    if (DEAD_DEFINITION_RULES.has(f.ruleId)) d.tags = [DiagnosticTag.Unnecessary];
    if (supportsRelated && f.related.length) {
      d.relatedInformation = f.related.map(r => {
        const rt = textOf(r.path) ?? '';
        const ri = lineIndexFor(r.path, rt);
        return { location: { uri: pathToUri(r.path), range: { start: ri.position(r.span.start), end: ri.position(r.span.end) } }, message: r.message };
      });
    }
    return d;
  }

  /** The cursor left the word being typed: the finding held back on it is due now. */
  function cursorMoved(c: CursorParams): void {
    const doc = documents.get(c.uri);
    if (!doc || !typing.cursor(c.uri, doc.offsetAt({ line: c.line, character: c.character }))) return;
    if (supportsPull) void connection.languages.diagnostics.refresh().catch(() => undefined);
    else connection.sendDiagnostics({ uri: c.uri, version: doc.version, diagnostics: diagnosticsFor(uriToPath(c.uri)) });
  }

  function diagnosticsFor(path: string): Diagnostic[] {
    const text = textOf(path) ?? '';
    const doc = openDoc(path);
    const findings = host.analysis().findings(path);
    const list = (doc ? typing.filter(doc.uri, findings) : findings).map(f => toDiagnostic(f, text));
    // A closed workspace file the index could not read (too big, binary, not UTF-8): say so once, on the file —
    // the same message an open document gets from the core (issue 8).
    const why = openDoc(path) ? undefined : index.unreadableReason(path);
    const severity = why ? severityOf(ruleById('syntax-error')!, settingsFor(path)) : 'off';
    if (why && severity !== 'off') {
      list.unshift({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: severity === 'error' ? DiagnosticSeverity.Error : severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
        code: 'syntax-error', codeDescription: { href: ruleDocUrl('syntax-error') }, source: 'nacos-auth-lint', message: why,
      });
    }
    // A project configuration file that cannot be used as written: where, and what (never a value).
    for (const p of config.problems().get(path) ?? []) {
      const idx = lineIndexFor(path, text);
      list.push({
        range: { start: idx.position(p.span.start), end: idx.position(p.span.end) }, severity: DiagnosticSeverity.Error,
        code: 'syntax-error', codeDescription: { href: ruleDocUrl('syntax-error') }, source: 'nacos-auth-lint',
        message: `${p.jsonPath ? `${p.jsonPath}: ` : ''}${p.message}`,
      });
    }
    return list;
  }

  function publish(touched: Set<string>, versions: Map<string, number>, gen: number): void {
    const targets = new Set<string>(touched);
    for (const p of config.problems().keys()) targets.add(p);
    for (const p of published.keys()) if (ProjectConfig.isConfigFile(p)) targets.add(p);
    for (const d of documents.all()) targets.add(uriToPath(d.uri));
    for (const path of targets) publishPath(path, versions);
    if (supportsPull && gen === generation) void connection.languages.diagnostics.refresh().catch(() => undefined);
  }

  /**
   * Sends `path`'s diagnostics from the current analysis, if it was computed from the document's current version.
   * At most one publish per file is on its way to the client: while it is being written (a client that reads
   * slowly), later results only mark the file, and when the write completes the file is published again from the
   * analysis of that moment — or not at all if that is already stale. So nothing piles up in the writer, and no
   * stale version is queued (issue 20).
   */
  function publishPath(path: string, versions: Map<string, number>): void {
    if (shutDown) return;
    if (sending.has(path)) { resend.add(path); return; }
    const doc = openDoc(path);
    // Never publish a result computed from an older version of an open document.
    if (doc && versions.get(path) !== doc.version) return;
    if (doc && supportsPull) {
      // open documents are pulled: withdraw what was pushed while the file was closed, or the client shows both
      if (published.has(path)) { send(path, { uri: pathToUri(path), diagnostics: [] }); published.delete(path); }
      return;
    }
    const diagnostics = diagnosticsFor(path);
    // Send only what changed (an open document always gets one answer per version): a new version is sent without
    // comparing, so a keystroke does not serialise a file's diagnostics twice.
    const sent: Sent = { version: doc?.version, diagnostics };
    const before = published.get(path);
    if (before && before.version === sent.version && signature(before) === signature(sent)) return;
    if (!diagnostics.length && !doc && !before) return;
    send(path, { uri: pathToUri(path), version: doc?.version, diagnostics });
    if (diagnostics.length || doc) published.set(path, sent); else published.delete(path);
  }

  function send(path: string, params: PublishDiagnosticsParams): void {
    sending.add(path);
    void connection.sendDiagnostics(params).catch(() => undefined).finally(() => {
      sending.delete(path);
      if (resend.delete(path)) publishPath(path, latestVersions);
    });
  }

  function summary(result: AnalysisResult = host.analysis().result()): StatusSummary {
    let errors = 0, warnings = 0, infos = 0;
    for (const list of result.findings.values()) for (const f of list) {
      if (f.severity === 'error') errors++; else if (f.severity === 'warning') warnings++; else infos++;
    }
    // Clusters with a cluster-* finding in a file one of their nodes reads.
    const flagged = new Set<string>();
    for (const [path, list] of result.findings) if (list.some(f => f.ruleId.startsWith('cluster-'))) flagged.add(path);
    const inconsistent = result.clusters.filter(c => c.nodes.some(n => flagged.has(n.path) || n.inputs.some(p => flagged.has(p)))).length;
    const counts = { nodes: result.nodes.length, clusters: result.clusters.length, errors, warnings, infos, inconsistentClusters: inconsistent };
    return { ...counts, view: statusText(counts, uiLocale(), documents.all().some(d => MENTIONS_NACOS.test(d.getText()))) };
  }

  /** The display language of what the server words itself (status, action titles, reports). */
  function uiLocale() {
    return settingsFor(workspaceFolders[0] ?? '/').locale;
  }

  function sendStatus(): void {
    // A closed connection (the client went away mid-analysis) is no error of ours.
    connection.sendNotification(STATUS_NOTIFICATION, summary()).catch(() => undefined);
  }

  /** Waits until the analysis reflects every open document's current version. */
  async function upToDate(): Promise<Analysis> {
    for (let i = 0; i < 50; i++) {
      if (running) { await running; continue; }
      const stale = documents.all().some(d => latestVersions.get(uriToPath(d.uri)) !== d.version);
      if (!stale && !fullNeeded && !dirty.size) return host.analysis();
      schedule(documents.all().map(d => uriToPath(d.uri)).filter(p => latestVersions.get(p) !== openDoc(p)?.version));
    }
    return host.analysis();
  }

  if (typeof connection.languages?.diagnostics?.on === 'function') {
    connection.languages.diagnostics.on(safe('diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] } as const, async params => {
      await upToDate();
      const path = uriToPath(params.textDocument.uri);
      return { kind: DocumentDiagnosticReportKind.Full, items: diagnosticsFor(path) } as const;
    }));
  }

  const actionContext = (): ActionContext => ({
    locale: uiLocale(), textOf, rel: p => index.rel(p), root: p => index.rootFor(p), annotations: supportsAnnotations,
  });
  /** `here`: the document the action is for; edits in other files ask for confirmation where the client can. */
  function toWorkspaceEdit(edits: TextEdit[], here?: string): WorkspaceEdit {
    return workspaceEdit(edits, here, { ...actionContext(), annotations: supportsAnnotations && here !== undefined });
  }

  connection.onCodeAction(safe('codeAction', [] as CodeAction[], async params => {
    const analysis = await upToDate();
    const path = uriToPath(params.textDocument.uri);
    const findings = analysis.findings(path);
    const text = textOf(path) ?? '';
    const idx = lineIndexFor(path, text);
    const only = params.context.only;
    const actions: CodeAction[] = [];
    const ctx = actionContext();
    if (!only || only.some(k => FIX_ALL_KIND.startsWith(k) && k !== CodeActionKind.QuickFix)) {
      const edits = analysis.fixAllEdits(path);
      if (edits.length) actions.push({ title: actionText('fixAll', ctx.locale), kind: FIX_ALL_KIND, edit: toWorkspaceEdit(edits) });
      if (only) return actions;
    }
    for (const d of params.context.diagnostics) {
      if (d.source !== 'nacos-auth-lint' || typeof d.code !== 'string') continue;
      // Match by code and range, never by message (yaml-language-server's anti-pattern). Neovim 0.7 may send no range.
      const start = d.range ? idx.offset(d.range.start.line, d.range.start.character) : undefined;
      const end = d.range ? idx.offset(d.range.end.line, d.range.end.character) : undefined;
      const f = findings.find(x => x.ruleId === d.code && (start === undefined || (x.span.start === start && x.span.end === end)));
      if (!f) continue;
      for (const fix of f.fixes) {
        const scope = fix.scope?.();
        const title = actionTitle(fix.title, scope, ctx);
        // Two findings on one line often offer the same cluster-wide fix: list it once, for both diagnostics.
        const same = actions.find(a => a.title === title && a.kind === CodeActionKind.QuickFix);
        if (same) {
          same.diagnostics = [...(same.diagnostics ?? []), d];
          same.isPreferred = same.isPreferred || fix.isPreferred;
          continue;
        }
        const action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fix.isPreferred };
        const after = clientCommands ? afterFixCommand(scope, ctx) : undefined;
        if (after) action.command = after;
        if (resolveEdits) {
          const id = nextFixId++;
          offered.set(id, { fix, generation, path, finding: f });
          if (offered.size > 500) offered.delete(offered.keys().next().value as number);
          action.data = { nacosAuthLintFix: id };
        } else {
          const edits = editsOf(fix);
          if (!edits) continue;
          action.edit = toWorkspaceEdit(edits, path);
        }
        actions.push(action);
      }
      const suppress = suppressionAction(f, path, d, analysis.result(), ctx);
      if (suppress) actions.push(suppress);
      if (clientCommands && !actions.some(a => a.command?.arguments?.[0] === f.ruleId)) actions.push(docAction(f.ruleId, d, ctx));
    }
    // "Not 2.5.1? Set the Nacos version…", once, when a finding here rests on a version the linter inferred.
    const nacosDiagnostics = params.context.diagnostics.filter(d => d.source === 'nacos-auth-lint');
    const q = nacosDiagnostics.length ? versionQuestion(analysis.result(), path, ctx.root(path), ctx.rel) : undefined;
    if (q?.choices.length) {
      actions.push({
        title: actionText('setVersionTitle', ctx.locale, { assumed: q.assumed, members: memberRange(q.members) }), kind: CodeActionKind.QuickFix, diagnostics: nacosDiagnostics,
        command: { title: actionText('setVersionTitle', ctx.locale, { assumed: q.assumed, members: memberRange(q.members) }), command: SERVER_COMMANDS.setVersion, arguments: [{ uri: params.textDocument.uri }] },
      });
    }
    return actions;
  }));

  // The edit of a quick fix, computed when the user picks it (generated values are drawn here, never before).
  connection.onCodeActionResolve(safe('codeActionResolve', null as unknown as CodeAction, async action => {
    const id = (action.data as { nacosAuthLintFix?: number } | undefined)?.nacosAuthLintFix;
    const hit = id === undefined ? undefined : offered.get(id);
    // Offsets are only valid for the texts the fix was computed from: after any change, the client asks again.
    if (!hit || hit.generation !== generation) return action;
    const edits = host.analysis().fixEdits(hit.path, hit.finding, hit.fix.title);
    return edits ? { ...action, edit: toWorkspaceEdit(edits, hit.path) } : action;
  }));

  connection.onExecuteCommand(safe('executeCommand', undefined as unknown, async (params, token) => {
    switch (params.command) {
      case SERVER_COMMANDS.generateIdentityPair:
        return generatePairCommand(commandContext(), params.arguments?.[0]);
      case SERVER_COMMANDS.fixAll:
        return fixAllCommand(commandContext(), params.arguments?.[0]);
      case SERVER_COMMANDS.setVersion:
        return setVersionCommand(commandContext(), params.arguments?.[0]);
      case SERVER_COMMANDS.ignoreFile:
        return ignoreFileCommand(commandContext(), params.arguments?.[0]);
      case SERVER_COMMANDS.showLocation:
        return showLocationCommand(commandContext(), params.arguments ?? []);
      case SERVER_COMMANDS.fixCluster:
        return fixClusterCommand(commandContext(), params.arguments?.[0]);
      case SERVER_COMMANDS.generateTokenSecret:
        return { secret: generateTokenSecret(32) };
      case SERVER_COMMANDS.checkWorkspace:
      case SERVER_COMMANDS.explain: {
        // `$/cancelRequest` (issue 8). The closed files are re-read first (the check must reflect the disk as it is
        // now), yielding every 100 files so that a cancel is seen: it stops the check before the analysis starts.
        // The analysis itself is synchronous: a cancel that arrives while it runs is answered when it ends.
        const cancelledError = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
        diskText.clear();
        index.forgetListing();
        let read = 0;
        for (const p of [...index.files]) {
          if (read++ % 100 === 0) {
            await new Promise(r => setImmediate(r));
            if (token.isCancellationRequested) return cancelledError();
          }
          if (!openDoc(p)) readDisk(p);
        }
        if (token.isCancellationRequested) return cancelledError();
        schedule('full');
        let onCancel: Disposable | undefined;
        const cancelled = new Promise<'cancelled'>(r => { onCancel = token.onCancellationRequested(() => r('cancelled')); });
        const analysis = await Promise.race([upToDate(), cancelled]).finally(() => onCancel?.dispose());
        if (analysis === 'cancelled') return cancelledError();
        const req = params.arguments?.[0] as ReportRequest | undefined;
        const result = report(analysis.result(), params.command === SERVER_COMMANDS.explain, req);
        reports.opened(params.command, req, result);
        return result;
      }
      default:
        return undefined;
    }
  }));

  /** The consistency check (errors and cluster findings) or the effective configuration (every finding), rendered. */
  function report(result: AnalysisResult, explain: boolean, req: ReportRequest | undefined): ReportResult {
    const rel = (p: string) => index.rel(p);
    const locale = settingsFor(workspaceFolders[0] ?? '/').locale;
    const findings: (ReportFinding & { uri: string; character: number })[] = [...result.findings].flatMap(([path, list]) => list
      .filter(f => explain || f.ruleId.startsWith('cluster-') || f.severity === 'error')
      .map(f => {
        const p = lineIndexFor(path, textOf(path) ?? '').position(f.span.start);
        return { path: rel(path), absPath: path, uri: pathToUri(path), line: p.line, character: p.character, ruleId: f.ruleId, severity: f.severity, message: f.message, ...(f.folded ? { folded: f.folded } : {}) };
      }));
    const nodes = explainNodes(result, rel, p => textOf(p));
    const s = summary(result);
    const abs = new Map<string, string>();
    for (const n of result.nodes) for (const v of n.settings.values()) if (v.provenance) abs.set(rel(v.provenance.path), v.provenance.path);
    const markdown = explain
      ? renderEffectiveReport(nodes, locale, result.clusters, rel, (p, line) => sourceLink(req, abs.get(p), p, line))
      : renderConsistencyReport({
        counts: s, nodes, clusters: result.clusters, findings, locale, rel,
        link: f => findingLink(req, f),
        fixLink: req?.live ? (c, title) => commandLink(title, SERVER_COMMANDS.fixCluster, [c.id]) : undefined,
      });
    return {
      title: actionText(explain ? 'effectiveTitle' : 'consistencyTitle', locale),
      fileName: explain ? 'Nacos Effective Auth Configuration.md' : 'Nacos Cluster Consistency.md',
      markdown,
      summary: s,
      clusters: result.clusters.map(c => ({ id: c.id, name: c.name, kind: c.kind, members: c.nodes.map(n => (n.service ? `${rel(n.path)}#${n.service}` : rel(n.path))), servers: serverCount(c) })),
      findings: findings.map(({ absPath: _a, ...f }) => f),
    };
  }

  // Reports the client opened are rendered again after each analysis (the preview follows the workspace).
  const reports = new LiveReports(connection, (command, req) => report(host.analysis().result(), command === SERVER_COMMANDS.explain, req));
  connection.onShutdown(() => reports.dispose());

  const commandContext = (): CommandContext => ({
    connection, actions: actionContext(), upToDate, textOf, documentVersion: p => openDoc(p)?.version, toWorkspaceEdit,
  });

  const features: FeatureContext = { textOf, settingsFor, rel: p => index.rel(p), analysis: async fresh => (fresh ? await upToDate() : host.analysis()).result() };
  connection.onHover(safe('hover', null, params => provideHover(params, features)));
  connection.onCompletion(safe('completion', null, params => provideCompletion(params, features)));
  connection.onCompletionResolve(safe('completionResolve', null as unknown as CompletionItem, item => resolveCompletion(item, features)));

  // The client's watchdog (client/src/policy.ts): answered whenever the event loop is free.
  connection.onRequest(PING_REQUEST, () => true);

  connection.onShutdown(() => {
    shutDown = true;
    dirty.clear();
  });

  // LSP versions increase with every change: an open or a change with a version that is not an integer, or a change
  // that does not go past the document's version, is refused (logged), never applied or published as is.
  const versionOk = (uri: string, version: unknown, change: boolean): boolean => {
    const current = documents.get(uri)?.version;
    if (Number.isSafeInteger(version) && !(change && current !== undefined && (version as number) <= current)) return true;
    log('warn', `ignored ${change ? 'didChange' : 'didOpen'} for ${uri}: version ${typeof version === 'number' ? version : typeof version}${current !== undefined ? ` (document at ${current})` : ''}`);
    return false;
  };
  const guarded: Parameters<typeof documents.listen>[0] = {
    onDidOpenTextDocument: h => connection.onDidOpenTextDocument(p => (shutDown || !versionOk(p.textDocument.uri, p.textDocument.version, false) ? undefined : h(p))),
    onDidChangeTextDocument: h => connection.onDidChangeTextDocument(p => (shutDown || !versionOk(p.textDocument.uri, p.textDocument.version, true) ? undefined : h(p))),
    onDidCloseTextDocument: h => connection.onDidCloseTextDocument(h),
    onWillSaveTextDocument: h => connection.onWillSaveTextDocument(h),
    onWillSaveTextDocumentWaitUntil: h => connection.onWillSaveTextDocumentWaitUntil(h),
    onDidSaveTextDocument: h => connection.onDidSaveTextDocument(h),
  };
  documents.listen(guarded);
  return {
    async whenIdle() {
      await new Promise(r => setImmediate(r));
      while (running) await running;
    },
  };
}
