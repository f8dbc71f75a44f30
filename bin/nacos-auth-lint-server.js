#!/usr/bin/env node
// `nacos-auth-lint-server --stdio`: the language server for editors other than VS Code (docs/editors.md).
// The bundle reads --stdio / --node-ipc / --socket= from process.argv itself.
require('../dist/server.js');
