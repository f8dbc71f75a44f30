// What the client decides without VS Code: when to restart the language server, when it is hung, and what of the
// LSP trace may be shown. Kept apart from extension.ts so that tests run it as it is (test/unit/client-policy.test.ts).

/**
 * Restarts after a crash or a hang, at most `max` within `windowMs`: a server that crashes on every start is left
 * stopped, one that crashes now and then (a file that once broke it) is restarted for the whole session.
 */
export class RestartPolicy {
  private failures: number[] = [];
  constructor(private readonly max = 5, private readonly windowMs = 3 * 60_000) {}

  /** A crash or a hang at `now`: restart the server? */
  failed(now = Date.now()): boolean {
    this.failures = this.failures.filter(t => now - t < this.windowMs);
    this.failures.push(now);
    return this.failures.length <= this.max;
  }
}

/**
 * Pings every `everyMs`; a ping unanswered for `timeoutMs` calls `onHung` (once per silence). An analysis blocks the
 * server for seconds at most, so a minute of silence is a hang, not work.
 */
export function watchdog(ping: () => Promise<unknown>, onHung: () => void, everyMs = 30_000, timeoutMs = 60_000): { dispose(): void } {
  let waiting = false;
  const timer = setInterval(() => {
    if (waiting) return;
    waiting = true;
    const late = setTimeout(onHung, timeoutMs);
    ping().then(() => undefined, () => undefined).finally(() => { clearTimeout(late); waiting = false; });
  }, everyMs);
  return { dispose: () => clearInterval(timer) };
}

/**
 * An LSP trace entry without its payload: in the text format the `Params:` / `Result:` block, in the JSON format the
 * message's params, result and error data — documents (and so their secrets) travel there.
 */
export function redactTrace(value: string): string {
  const hidden = ' (payload hidden: it can contain secrets)';
  if (value.trimStart().startsWith('{')) {
    try {
      const entry = JSON.parse(value) as { message?: { jsonrpc?: string; id?: unknown; method?: string; error?: { code?: unknown } } };
      const m = entry.message;
      const message = m && { jsonrpc: m.jsonrpc, id: m.id, method: m.method, ...(m.error ? { error: { code: m.error.code } } : {}) };
      return `${JSON.stringify({ ...entry, message })}${hidden}`;
    } catch {
      return `(trace entry hidden: not JSON it can read)${hidden}`;
    }
  }
  const cut = value.search(/\r?\n(Params|Result|Error data): /);
  return cut < 0 ? value : `${value.slice(0, cut)}${hidden}`;
}

/** An output channel that shows trace entries without their payload (`redactTrace`, both trace formats). */
export function redactingChannel<T extends object>(channel: T): T {
  return new Proxy(channel, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && ['append', 'appendLine', 'replace', 'trace', 'debug', 'info', 'warn'].includes(prop)) {
        const fn = (target as unknown as Record<string, (m: string, ...rest: unknown[]) => void>)[prop].bind(target);
        return (value: string, ...rest: unknown[]) => fn(typeof value === 'string' ? redactTrace(value) : value, ...rest);
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}
