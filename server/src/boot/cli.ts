// dist/cli.js: starts the CLI bundle (dist/cliMain.js) through the code cache (compileCache.ts).
import { join } from 'node:path';
import { bootCached } from './compileCache';

bootCached(join(__dirname, 'cliMain.js'));
