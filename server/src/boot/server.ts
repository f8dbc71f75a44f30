// dist/server.js: starts the language server bundle (dist/serverMain.js) through the code cache (compileCache.ts).
import { join } from 'node:path';
import { bootCached } from './compileCache';

bootCached(join(__dirname, 'serverMain.js'));
