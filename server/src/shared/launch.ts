// How the language server process is started: the VS Code client uses it, and the benchmark starts the server the same
// way (test/bench/util.mjs), so what is measured is what users run.

/** Node's own size for V8's pool of worker threads, whatever the machine. */
const NODE_DEFAULT_POOL = 4;

/**
 * Node options for the server process on a machine with `cores` logical processors. V8 runs its optimising compiler
 * and the helpers of its garbage collector on a pool of worker threads, four by default. On a 2-core machine (a small VM,
 * a CI runner, a code-server container) those four threads, the server's own thread and the editor compete for two
 * cores: measured with the 200-workload manifest on such a machine, the pool of four made the edit → diagnostics
 * median 20–21 ms and its p95 47 ms; a pool of one, 16–17 ms and 24–25 ms, and the cold check of 10,000 files
 * 2.85 s against 2.48 s (README, Performance). So the pool leaves a core to the editor: one thread fewer than the
 * cores, at least one, and never more than Node's own four (where it changes nothing, no option is passed).
 */
export function serverExecArgv(cores: number, known?: ReadonlySet<string>): string[] {
  // A count the OS could not tell is taken as the smallest machine.
  const n = Number.isFinite(cores) ? Math.floor(cores) : 1;
  const pool = Math.max(1, Math.min(NODE_DEFAULT_POOL, n - 1));
  // `known`: the options the runtime that starts the server accepts (`process.allowedNodeEnvironmentFlags`; an
  // editor's embedded Node may not take every option of Node's own): an option it does not know is left out rather
  // than keep the server from starting.
  if (pool >= NODE_DEFAULT_POOL || (known && !known.has('--v8-pool-size'))) return [];
  return [`--v8-pool-size=${pool}`];
}
