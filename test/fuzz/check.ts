// Shared by the fuzz run (`npm run fuzz`, test/fuzz/fuzz.test.ts) and the seed-fixed smoke set in `npm test`
// (test/unit/fuzz-smoke.test.ts): every property is defined once, here and in the files it imports.
import fc from 'fast-check';
import type { Span } from '../../server/src/core/types';

export type Area = 'properties' | 'envfile' | 'interpolation' | 'compose' | 'shell' | 'fixes' | 'leaks';

export interface FuzzProperty {
  name: string;
  area: Area;
  /** Runs in the full fuzz run; the smoke set runs a fraction. */
  runs: number;
  property(): fc.IProperty<never> | fc.IProperty<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Fails with a short, value-free description (fast-check adds the counterexample). */
export function fail(message: string): never {
  throw new Error(message);
}

export function spanWithin(span: Span | undefined, length: number, what: string): void {
  if (!span) fail(`${what}: no span`);
  if (!(Number.isInteger(span.start) && Number.isInteger(span.end))) fail(`${what}: non-integer span ${JSON.stringify(span)}`);
  if (span.start < 0 || span.end < span.start || span.end > length) fail(`${what}: span ${span.start}..${span.end} outside 0..${length}`);
}

export function spanInside(inner: Span, outer: Span, what: string): void {
  if (inner.start < outer.start || inner.end > outer.end) fail(`${what}: ${inner.start}..${inner.end} not inside ${outer.start}..${outer.end}`);
}

export function eq<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected) fail(`${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

/** Text over an alphabet of interesting pieces (each piece one or more chars). */
export function textOver(pieces: readonly string[], maxLength = 60): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...pieces), { maxLength }).map((a) => a.join(''));
}

export interface RunOutcome {
  name: string;
  area: Area;
  runs: number;
  ms: number;
  failure?: string;
}

/** Runs one property; returns the number of cases it really ran (fast-check stops early only on failure). */
export function runProperty(p: FuzzProperty, numRuns: number, seed: number): RunOutcome {
  const t0 = performance.now();
  const details = fc.check(p.property(), { numRuns, seed, endOnFailure: false });
  const ms = performance.now() - t0;
  const out: RunOutcome = { name: p.name, area: p.area, runs: details.numRuns, ms };
  if (details.failed) {
    const err = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    out.failure = `${p.name}: failed after ${details.numRuns} runs (seed ${details.seed}, path "${details.counterexamplePath}")\n` +
      `counterexample: ${fc.stringify(details.counterexample).slice(0, 4000)}\n${err.slice(0, 2000)}`;
  }
  return out;
}
