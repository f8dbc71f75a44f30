import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The shared corpus (../shared/corpus beside the repo, or $NACOS_AUTH_LINT_CORPUS). Missing under CI=true is a
 * failure (CI always has it); elsewhere tests skip and say so.
 */
export function corpusDir(): string | undefined {
  const candidates = [process.env.NACOS_AUTH_LINT_CORPUS, resolve(__dirname, '../../../shared/corpus'), resolve(process.cwd(), '../shared/corpus')].filter((x): x is string => !!x);
  const hit = candidates.find(c => existsSync(join(c, 'README.md')));
  if (!hit && process.env.CI === 'true') throw new Error(`corpus not found (looked in ${candidates.join(', ')})`);
  return hit;
}
