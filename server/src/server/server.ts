import {
  CodeAction, CodeActionKind, DiagnosticSeverity, DidChangeConfigurationNotification, DocumentDiagnosticReportKind,
  FileChangeType, TextDocuments, TextDocumentSyncKind,
  type Connection, type Diagnostic, type InitializeParams, type InitializeResult, type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  analyze, explainNodes, lineIndexFor, ParseCache, ruleDocUrl, setInternalErrorSink,
  type AnalysisResult, type Finding, type LintSettings, type TextEdit,
} from '../core';
import { pickFixAllEdits } from '../core/fixes/apply';
import { generateIdentityKey, generateIdentityValue, generateTokenSecret } from '../core/fixes/generate';
import { SettingsStore } from './settings';
import { WorkspaceIndex } from './workspace';
import { isFileUri, pathToUri, uriToPath } from './uri';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.nacos-auth-lint`;

export interface StatusSummary {
  nodes: number;
  clusters: number;
  errors: number;
  warnings: number;
  infos: number;
  inconsistentClusters: number;
}

/** Registers every handler on `connection`; the core does the work. Returns hooks for tests. */
export function startServer(connection: Connection): { whenIdle(): Promise<void> } {
  const documents = new TextDocuments(TextDocument);
  const cache = new ParseCache();
  const diskText = new Map<string, string | undefined>();
  let index = new WorkspaceIndex([]);
  let settings!: SettingsStore;
  let supportsPull = false;
  let supportsRelated = false;
  let dynamicConfig = false;
  let workspaceFolders: string[] = [];
  let latest: AnalysisResult | undefined;
  /** The document versions the latest result was computed from. */
  let latestVersions = new Map<string, number>();
  /** Path → what was last sent (version + diagnostics), to send only changes. */
  const published = new Map<string, string>();
  let running: Promise<void> | undefined;
  let again = false;
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
  const openDoc = (path: string) => documents.get(pathToUri(path));
  const textOf = (path: string): string | undefined => openDoc(path)?.getText() ?? readDisk(path);
  const scopeFor = (path: string): string => (openDoc(path) ? pathToUri(path) : pathToUri(index.rootFor(path)));
  const settingsFor = (path: string): LintSettings => settings.get(scopeFor(path));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    supportsPull = !!caps.textDocument?.diagnostic;
    supportsRelated = !!caps.textDocument?.publishDiagnostics?.relatedInformation;
    const canPullConfig = !!caps.workspace?.configuration;
    dynamicConfig = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    settings = new SettingsStore(connection, canPullConfig, params.locale);
    const folders = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceFolders = folders.filter(isFileUri).map(uriToPath);
    index = new WorkspaceIndex(workspaceFolders);
    const opts = params.initializationOptions as { pullDiagnostics?: boolean } | undefined;
    if (opts?.pullDiagnostics === false) supportsPull = false;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        executeCommandProvider: { commands: ['nacosAuthLint.server.checkWorkspace', 'nacosAuthLint.server.explain', 'nacosAuthLint.server.generateIdentityPair', 'nacosAuthLint.server.generateTokenSecret'] },
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
    schedule();
  }));

  connection.onDidChangeConfiguration(safe('didChangeConfiguration', undefined, change => {
    settings.invalidate((change.settings as { nacosAuthLint?: unknown } | undefined)?.nacosAuthLint);
    schedule();
  }));

  connection.onDidChangeWatchedFiles(safe('didChangeWatchedFiles', undefined, params => {
    for (const c of params.changes) {
      if (!isFileUri(c.uri)) continue;
      const path = uriToPath(c.uri);
      diskText.delete(path);
      cache.delete(path);
      if (c.type === FileChangeType.Deleted) index.files.delete(path);
      else if (index.relevant(path)) index.files.add(path);
    }
    schedule();
  }));

  documents.onDidOpen(() => schedule());
  documents.onDidChangeContent(() => schedule());
  documents.onDidClose(safe('didClose', undefined, e => {
    const path = uriToPath(e.document.uri);
    diskText.delete(path);
    // A closed file keeps its cluster diagnostics (pushed), unless it is not part of the workspace.
    if (!index.files.has(path)) {
      connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
      published.delete(path);
    }
    schedule();
  }));

  /** Coalesces changes: at most one analysis runs, and one more is queued when something changed meanwhile. */
  function schedule(): void {
    generation++;
    if (running) { again = true; return; }
    running = (async () => {
      do {
        again = false;
        await runAnalysis();
      } while (again);
    })().catch(e => log('error', `analysis failed: ${e instanceof Error ? e.name : 'unknown'}`)).finally(() => { running = undefined; });
  }

  async function runAnalysis(): Promise<void> {
    const gen = generation;
    const openPaths = documents.all().map(d => uriToPath(d.uri));
    await settings.prefetch([...openPaths.map(pathToUri), ...workspaceFolders.map(pathToUri)]);
    // Let queued edits arrive before the (synchronous) analysis: a burst of keystrokes is analysed once.
    await new Promise(r => setImmediate(r));
    const paths = new Set<string>([...index.files, ...openPaths]);
    const versions = new Map<string, number>();
    const files = [];
    for (const path of paths) {
      const doc = openDoc(path);
      if (doc) versions.set(path, doc.version);
      if (!settingsFor(path).enable) continue;
      const text = doc ? doc.getText() : readDisk(path);
      if (text !== undefined) files.push({ path, text, version: doc?.version });
    }
    const result = analyze({
      files, readFile: p => textOf(p), settingsFor, cache,
      relPath: p => index.rel(p), rootFor: p => index.rootFor(p),
    });
    latest = result;
    latestVersions = versions;
    publish(result, versions, gen);
    sendStatus(result);
  }

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
    if (supportsRelated && f.related.length) {
      d.relatedInformation = f.related.map(r => {
        const rt = textOf(r.path) ?? '';
        const ri = lineIndexFor(r.path, rt);
        return { location: { uri: pathToUri(r.path), range: { start: ri.position(r.span.start), end: ri.position(r.span.end) } }, message: r.message };
      });
    }
    return d;
  }

  function diagnosticsFor(result: AnalysisResult, path: string): Diagnostic[] {
    const text = textOf(path) ?? '';
    return (result.findings.get(path) ?? []).map(f => toDiagnostic(f, text));
  }

  function publish(result: AnalysisResult, versions: Map<string, number>, gen: number): void {
    const targets = new Set<string>([...result.findings.keys(), ...published.keys()]);
    for (const d of documents.all()) targets.add(uriToPath(d.uri));
    for (const path of targets) {
      const doc = openDoc(path);
      // Never publish a result computed from an older version of an open document.
      if (doc && versions.get(path) !== doc.version) continue;
      if (doc && supportsPull) continue; // open documents are pulled
      const diagnostics = diagnosticsFor(result, path);
      // Send only what changed (an open document always gets one answer per version).
      const signature = `${doc?.version ?? ''}\u0000${JSON.stringify(diagnostics)}`;
      if (published.get(path) === signature) continue;
      if (!diagnostics.length && !doc && !published.has(path)) continue;
      connection.sendDiagnostics({ uri: pathToUri(path), version: doc?.version, diagnostics });
      if (diagnostics.length || doc) published.set(path, signature); else published.delete(path);
    }
    if (supportsPull && gen === generation) void connection.languages.diagnostics.refresh().catch(() => undefined);
  }

  function summary(result: AnalysisResult): StatusSummary {
    let errors = 0, warnings = 0, infos = 0;
    for (const list of result.findings.values()) for (const f of list) {
      if (f.severity === 'error') errors++; else if (f.severity === 'warning') warnings++; else infos++;
    }
    const inconsistent = new Set<string>();
    for (const list of result.findings.values()) for (const f of list) if (f.ruleId.startsWith('cluster-')) inconsistent.add(f.related.map(r => r.path).sort().join());
    return { nodes: result.nodes.length, clusters: result.clusters.length, errors, warnings, infos, inconsistentClusters: inconsistent.size };
  }

  function sendStatus(result: AnalysisResult): void {
    void connection.sendNotification('nacosAuthLint/status', summary(result));
  }

  /** Waits until the analysis reflects every open document's current version. */
  async function upToDate(): Promise<AnalysisResult | undefined> {
    for (let i = 0; i < 50; i++) {
      if (running) { await running; continue; }
      const stale = documents.all().some(d => latestVersions.get(uriToPath(d.uri)) !== d.version);
      if (!stale && latest) return latest;
      schedule();
    }
    return latest;
  }

  if (typeof connection.languages?.diagnostics?.on === 'function') {
    connection.languages.diagnostics.on(safe('diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] } as const, async params => {
      const result = await upToDate();
      const path = uriToPath(params.textDocument.uri);
      return { kind: DocumentDiagnosticReportKind.Full, items: result ? diagnosticsFor(result, path) : [] } as const;
    }));
  }

  function toWorkspaceEdit(edits: TextEdit[]): WorkspaceEdit {
    const changes: Record<string, LspTextEdit[]> = {};
    for (const e of edits) {
      const text = textOf(e.path) ?? '';
      const idx = lineIndexFor(e.path, text);
      const uri = pathToUri(e.path);
      (changes[uri] ??= []).push({ range: { start: idx.position(e.span.start), end: idx.position(e.span.end) }, newText: e.newText });
    }
    return { changes };
  }

  connection.onCodeAction(safe('codeAction', [] as CodeAction[], async params => {
    const result = await upToDate();
    if (!result) return [];
    const path = uriToPath(params.textDocument.uri);
    const findings = result.findings.get(path) ?? [];
    const text = textOf(path) ?? '';
    const idx = lineIndexFor(path, text);
    const only = params.context.only;
    const actions: CodeAction[] = [];
    if (!only || only.some(k => FIX_ALL_KIND.startsWith(k) && k !== CodeActionKind.QuickFix)) {
      const edits = pickFixAllEdits(findings).filter(e => e.path === path);
      if (edits.length) actions.push({ title: 'Fix all auto-fixable Nacos auth problems', kind: FIX_ALL_KIND, edit: toWorkspaceEdit(edits) });
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
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fix.isPreferred, edit: toWorkspaceEdit(fix.edits()) });
      }
      const line = idx.position(f.span.start).line;
      const lineText = text.slice(idx.lineStart(line), idx.lineEnd(line));
      const indent = /^[ \t-]*/.exec(lineText)![0].replace(/-/g, ' ');
      const eol = text.includes('\r\n') ? '\r\n' : '\n';
      actions.push({
        title: `Suppress ${f.ruleId} on this line`, kind: CodeActionKind.QuickFix, diagnostics: [d],
        edit: { changes: { [params.textDocument.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}# nacos-auth-lint-disable-next-line ${f.ruleId}${eol}` }] } },
      });
    }
    return actions;
  }));

  connection.onExecuteCommand(safe('executeCommand', undefined as unknown, async params => {
    switch (params.command) {
      case 'nacosAuthLint.server.generateIdentityPair':
        return { key: generateIdentityKey(), value: generateIdentityValue() };
      case 'nacosAuthLint.server.generateTokenSecret':
        return { secret: generateTokenSecret(32) };
      case 'nacosAuthLint.server.checkWorkspace':
      case 'nacosAuthLint.server.explain': {
        // Re-read closed files: the check must reflect the disk as it is now.
        diskText.clear();
        schedule();
        const result = await upToDate();
        if (!result) return undefined;
        const rel = (p: string) => index.rel(p);
        return {
          summary: summary(result),
          nodes: explainNodes(result.nodes, result.clusters, rel, p => textOf(p)),
          clusters: result.clusters.map(c => ({ id: c.id, name: c.name, kind: c.kind, members: c.nodes.map(n => (n.service ? `${rel(n.path)}#${n.service}` : rel(n.path))) })),
          findings: [...result.findings].flatMap(([path, list]) => list.filter(f => params.command.endsWith('explain') || f.ruleId.startsWith('cluster-') || f.severity === 'error').map(f => {
            const p = lineIndexFor(path, textOf(path) ?? '').position(f.span.start);
            return { path: rel(path), uri: pathToUri(path), line: p.line, character: p.character, ruleId: f.ruleId, severity: f.severity, message: f.message };
          })),
        };
      }
      default:
        return undefined;
    }
  }));

  documents.listen(connection);
  return {
    async whenIdle() {
      await new Promise(r => setImmediate(r));
      while (running) await running;
    },
  };
}
