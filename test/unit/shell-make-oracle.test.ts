// Differential test of the Makefile layer against GNU make: for seeded generated Makefiles, the recipe text the
// product hands to the shell reader equals what `make -n` prints (make expands variables, `$$`, prefixes and
// continuations, and with -n prints each recipe line instead of running it). Nothing is executed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scriptChunks } from '../../server/src/core/sources/shell/scripts';
// @ts-expect-error — the benchmark's generators are plain JavaScript
import { rng } from '../bench/generate.mjs';

interface R { next(): number; int(n: number): number; pick<T>(a: T[]): T }

const COUNT = Number(process.env.NAL_MAKE_ORACLE_COUNT ?? 300);
const SAFE = 'abcdefghijklmnopqrstuvwxyz0123456789_./:=-"\' ';

function lit(r: R, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += SAFE[r.int(SAFE.length)];
  return s.replace(/^ +| +$/g, 'x');
}

function makefile(r: R): string {
  const vars: string[] = [];
  const lines: string[] = [];
  const nv = 1 + r.int(5);
  for (let i = 0; i < nv; i++) {
    const name = `V${i}`;
    let value = lit(r, 1 + r.int(8));
    if (vars.length && r.next() < 0.4) value += r.pick(['$(', '${']) === '$(' ? `$(${r.pick(vars)})` : `\${${r.pick(vars)}}`;
    if (r.next() < 0.3) value += '$$HOME';
    const op = r.pick(['=', ':=', '?=', '=']);
    lines.push(`${r.next() < 0.3 ? 'export ' : ''}${name} ${op} ${value}`);
    vars.push(name);
  }
  lines.push('', 'all:');
  const nr = 1 + r.int(4);
  for (let i = 0; i < nr; i++) {
    let recipe = `${r.pick(['', '@', '-', '@-'])}docker run -e K${i}=${lit(r, 3)}`;
    const parts = 1 + r.int(4);
    for (let k = 0; k < parts; k++) {
      recipe += r.pick([
        ` -e A=$(${r.pick(vars)})`,
        ` -e B="\${${r.pick(vars)}}"`,
        ` -e C=$$${r.pick(['HOME', 'X', '{Y:-d}'])}`,
        ` \\\n\t  -e D=${lit(r, 4)}`,
        ` '${lit(r, 3).replace(/'/g, '')}'`,
        ` -e U=$(UNDEFINED_${k})`,
      ]);
    }
    lines.push(`\t${recipe} nacos/nacos-server`);
  }
  return `${lines.join('\n')}\n`;
}

const make = spawnSync('make', ['--version'], { encoding: 'utf8' });

test(`Makefile recipes equal what make -n prints (${COUNT} generated Makefiles)`, { skip: make.status !== 0 && process.env.CI !== 'true' ? 'GNU make not found' : false }, () => {
  assert.equal(make.status, 0, 'GNU make is required (the oracle)');
  const dir = mkdtempSync(join(tmpdir(), 'nal-make-oracle-'));
  try {
    const r: R = rng(777);
    let lines = 0;
    for (let n = 0; n < COUNT; n++) {
      const text = makefile(r);
      const path = join(dir, `m${n}.mk`);
      writeFileSync(path, text);
      const out = spawnSync('make', ['-n', '-s', '-f', path, 'all'], { encoding: 'utf8', cwd: dir, env: { PATH: process.env.PATH ?? '' } });
      assert.equal(out.status, 0, `make -n failed on\n${text}\n${out.stderr}`);
      const expected = out.stdout.replace(/\n$/, '');
      const produced = scriptChunks(path, text, 'makefile').map((c) => c.text.text.replace(/^(export [A-Za-z_][A-Za-z0-9_]*=.*\n)*/, ''));
      // Undefined make variables are unknown to the product (make's command line or environment may set them);
      // make -n expands them to nothing here.
      const pattern = produced.map((p) => p.split('${__NAL_MAKE}').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*?')).join('\n');
      assert.match(expected, new RegExp(`^${pattern}$`), `Makefile m${n}.mk:\n${text}\nproduct:\n${produced.join('\n')}\nmake -n:\n${expected}`);
      lines += produced.length;
    }
    console.log(`make oracle: ${COUNT} Makefiles, ${lines} recipe lines equal make -n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
