// Oracles no one here wrote (Compose v2's loader, `helm template`, Kustomize, the Nacos classes): built once by
// scripts/oracles/<name>.sh into the oracle cache, found here. Missing under CI=true is a failure (.ci/run builds
// them); elsewhere the test skips and says how to build it.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function oracleCache(): string {
  return process.env.NAL_ORACLE_CACHE ?? join(homedir(), '.cache', 'nacos-auth-lint-oracles');
}

/**
 * The path of an oracle's entry point (`<cache>/<name>/<file>`, written by scripts/oracles/<name>.sh), or a reason
 * to skip. Throws under CI=true when it is missing.
 */
export function findOracle(name: string, file: string): { path: string } | { skip: string } {
  const p = join(oracleCache(), name, file);
  if (existsSync(p)) return { path: p };
  const why = `oracle ${name} not built (run: bash scripts/oracles/${name}.sh)`;
  if (process.env.CI === 'true') throw new Error(`${why} — CI must have every oracle`);
  return { skip: why };
}
