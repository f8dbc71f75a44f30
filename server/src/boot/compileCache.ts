// Starts a bundle (dist/serverMain.js, dist/cliMain.js) through V8's code cache. Compiling the 1 MB bundle is a
// third of the server's start (about 45 of 160 ms); with the code V8 produced on the previous start it is a few ms.
// The cache is a per-user directory (never a shared temp folder: cached code runs as this process), keyed by the
// bundle's size and time and by V8's cache tag; V8 itself rejects data that does not match the source, and then the
// bundle is compiled as usual and the cache written anew. Any failure only means a slower start.
// `NAL_NO_COMPILE_CACHE=1` turns it off; `NAL_COMPILE_CACHE_DIR` chooses the directory.
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import Module from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { cachedDataVersionTag } from 'node:v8';

/** The directory for this user's cache, created private; undefined when it cannot be trusted or made. */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.NAL_NO_COMPILE_CACHE === '1') return undefined;
  const base = env.NAL_COMPILE_CACHE_DIR
    ?? (process.platform === 'win32' ? join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'nacos-auth-lint', 'code-cache')
      : join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'nacos-auth-lint', 'code-cache'));
  try {
    mkdirSync(base, { recursive: true, mode: 0o700 });
    const st = statSync(base);
    // Only a directory of our own that nobody else can write into.
    if (!st.isDirectory()) return undefined;
    if (process.platform !== 'win32' && (st.uid !== process.getuid?.() || (st.mode & 0o022) !== 0)) return undefined;
    return base;
  } catch {
    return undefined;
  }
}

/** The cache file's name for `file`: its name, size, modification time and V8's cache tag. */
export function cacheKey(file: string): string {
  const st = statSync(file);
  return `${basename(file, '.js')}-${st.size}-${Math.trunc(st.mtimeMs)}-${cachedDataVersionTag()}.bin`;
}

export interface BootResult {
  /** What happened to the cached code: used, absent (compiled, cache written at exit), rejected by V8, or off. */
  cache: 'used' | 'absent' | 'rejected' | 'off';
}

/** Runs `file` (a CommonJS bundle) as the main module, with V8's code cache when it can. */
export function bootCached(file: string, env: NodeJS.ProcessEnv = process.env): BootResult {
  const source = readFileSync(file, 'utf8');
  const dir = cacheDirectory(env);
  let cachePath: string | undefined;
  let cachedData: Buffer | undefined;
  if (dir) {
    try {
      cachePath = join(dir, cacheKey(file));
      cachedData = readFileSync(cachePath);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const result: BootResult = { cache: !dir ? 'off' : !cachedData ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used' };
  if (cachePath && result.cache !== 'used') {
    const target = cachePath;
    // At exit the code V8 compiled lazily while the process ran is in the cache too.
    process.once('exit', () => writeCache(target, () => script.createCachedData()));
  }
  const main = new Module(file, undefined);
  main.filename = file;
  main.paths = (Module as unknown as { _nodeModulePaths(d: string): string[] })._nodeModulePaths(dirname(file));
  main.loaded = true;
  const req = Module.createRequire(file);
  // The bundle asks `require.main === module` to know it was started, not imported.
  (req as { main?: Module }).main = main;
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(main.exports, main.exports, req, main, file, dirname(file));
  return result;
}

function writeCache(target: string, produce: () => Buffer): void {
  try {
    const data = produce();
    const tmp = `${target}.${process.pid}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
    // Older entries for the same bundle (earlier builds) go.
    const prefix = basename(target).replace(/-\d+-\d+-\d+\.bin$/, '-');
    for (const name of readdirSync(dirname(target))) {
      if (name !== basename(target) && name.startsWith(prefix) && /^[A-Za-z]+-\d+-\d+-\d+\.bin$/.test(name)) {
        try { unlinkSync(join(dirname(target), name)); } catch { /* another process removed it */ }
      }
    }
  } catch {
    // A slower next start, nothing else.
  }
}
