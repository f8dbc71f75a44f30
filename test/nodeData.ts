// Nodes (and what they hold) as plain data for deepEqual in differential tests: Maps as entries, functions as '<fn>',
// a value met again on its own path as '<seen>'. `field` may replace a field's value or drop it (OMIT); RECURSE keeps it.
export const RECURSE = Symbol('recurse');
export const OMIT = Symbol('omit');

export function asData(v: unknown, field: (key: string, value: unknown) => unknown = () => RECURSE, seen = new Set<unknown>()): unknown {
  if (v === null || typeof v !== 'object') return typeof v === 'function' ? '<fn>' : v;
  if (seen.has(v)) return '<seen>';
  seen.add(v);
  try {
    if (Array.isArray(v)) return v.map(x => asData(x, field, seen));
    if (v instanceof Map) return [...v].map(([k, x]) => [k, asData(x, field, seen)]);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const r = field(k, x);
      if (r === OMIT) continue;
      out[k] = r === RECURSE ? asData(x, field, seen) : r;
    }
    return out;
  } finally {
    seen.delete(v);
  }
}
