import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// `--stdio`, `--node-ipc` and `--socket=` are read from process.argv by createConnection.
if (!process.argv.some(a => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))) {
  process.stderr.write('Usage: node dist/server.js --stdio | --node-ipc\n');
  process.exit(2);
}
const connection = createConnection(ProposedFeatures.all);
startServer(connection);
connection.listen();
