// A real vscode-languageserver connection over in-memory streams (compose-language-service `TestConnection`):
// the server under test runs in this process, the client side is a vscode-jsonrpc connection.
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams, InitializeParams, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { startServer, type ServerOptions } from '../../server/src/server/server';

export interface TestClient {
  client: MessageConnection;
  diagnostics: Map<string, PublishDiagnosticsParams>;
  /** Resolves when `uri` gets a publishDiagnostics matching `pred`. */
  waitFor(uri: string, pred?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  statuses: unknown[];
  /** Every publishDiagnostics, in arrival order. */
  onPublish: ((p: PublishDiagnosticsParams) => void)[];
  logs: string[];
  /** workspace/applyEdit requests the server made (answered `applied: true`; the test applies them if it needs to). */
  applied: { label?: string; edit: WorkspaceEdit }[];
  config: Record<string, unknown>;
  dispose(): void;
}

export async function startTestServer(rootPath: string, opts: {
  config?: Record<string, unknown>; locale?: string; pull?: boolean; resolveCodeActionEdits?: boolean; annotations?: boolean; clientCommands?: boolean;
  /** Answer `workspace/configuration` after this many ms, or never. */
  configurationDelayMs?: number | 'never';
  server?: ServerOptions;
} = {}): Promise<TestClient> {
  const up = new PassThrough();
  const down = new PassThrough();
  const serverConn = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  startServer(serverConn, opts.server);
  serverConn.listen();
  const client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  const diagnostics = new Map<string, PublishDiagnosticsParams>();
  const waiters: { uri: string; pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const statuses: unknown[] = [];
  const logs: string[] = [];
  const tc: TestClient = {
    client, diagnostics, statuses, logs, applied: [], config: opts.config ?? {}, onPublish: [],
    waitFor(uri, pred = () => true) {
      const hit = diagnostics.get(uri);
      if (hit && pred(hit)) return Promise.resolve(hit);
      return new Promise((resolve, reject) => {
        const w = { uri, pred, resolve: (p: PublishDiagnosticsParams) => { clearTimeout(timer); resolve(p); } };
        // No fixed sleeps, but never hang the suite: fail with what was last published.
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(w), 1);
          reject(new Error(`no matching publishDiagnostics for ${uri} within 10 s; last: ${JSON.stringify(diagnostics.get(uri))?.slice(0, 500)}`));
        }, 10_000);
        waiters.push(w);
      });
    },
    dispose() { client.dispose(); serverConn.dispose(); up.destroy(); down.destroy(); },
  };
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    diagnostics.set(p.uri, p);
    for (const l of tc.onPublish) l(p);
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (waiters[i].uri === p.uri && waiters[i].pred(p)) { waiters[i].resolve(p); waiters.splice(i, 1); }
    }
  });
  client.onNotification('nacosAuthLint/status', s => { statuses.push(s); });
  client.onNotification('window/logMessage', (m: { message: string }) => { logs.push(m.message); });
  client.onRequest('workspace/configuration', (p: { items: unknown[] }) => {
    const d = opts.configurationDelayMs;
    if (d === undefined) return p.items.map(() => tc.config);
    return new Promise(r => { if (d !== 'never') setTimeout(() => r(p.items.map(() => tc.config)), d); });
  });
  client.onRequest('client/registerCapability', () => null);
  client.onRequest('workspace/diagnostic/refresh', () => null);
  client.onRequest('window/showMessageRequest', (p: { message: string }) => { tc.logs.push(`[message] ${p.message}`); return null; });
  client.onRequest('window/showDocument', () => ({ success: true }));
  client.onRequest('workspace/applyEdit', (p: { label?: string; edit: WorkspaceEdit }) => { tc.applied.push(p); return { applied: true }; });
  // Any other request the server makes is answered (and noted), so none is left pending when the test ends.
  client.onRequest((method: string) => { tc.logs.push(`[unanswered request] ${method}`); return null; });
  client.listen();
  const rootUri = `file://${rootPath}`;
  const init: InitializeParams = {
    processId: null, rootUri, locale: opts.locale,
    ...(opts.clientCommands ? { initializationOptions: { clientCommands: true } } : {}),
    workspaceFolders: [{ uri: rootUri, name: 'ws' }],
    capabilities: {
      workspace: {
        configuration: true, didChangeConfiguration: { dynamicRegistration: true }, applyEdit: true,
        ...(opts.annotations ? { workspaceEdit: { documentChanges: true, changeAnnotationSupport: { groupsOnLabel: true } } } : {}),
      },
      textDocument: {
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
        ...(opts.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        ...(opts.resolveCodeActionEdits ? { codeAction: { resolveSupport: { properties: ['edit'] }, dataSupport: true } } : {}),
      },
    },
  };
  await client.sendRequest('initialize', init);
  client.sendNotification('initialized', {});
  return tc;
}
