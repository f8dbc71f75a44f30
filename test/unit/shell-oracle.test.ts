// Differential test of the shell reading against a real bash. Seeded generated scripts (quotes of every kind,
// escapes, $'…', continuations, assignments, every ${…} form, --env-file, -e KEY pass-through, -eKEY=v, --env=KEY=v)
// run under bash with `docker`/`podman` replaced by a stub on PATH that records argv and environment. Each script runs
// four times with different callers (environment, arguments, home, working-directory files): where the product says
// a value is known it must equal what bash passed in every run; where it says unknown, bash's value must differ
// between runs (the unknown came from the caller). Nothing from the product is ever executed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error — the benchmark's generators are plain JavaScript
import { rng } from '../bench/generate.mjs';
import { readShellFile } from '../../server/src/core/sources/shell/index';
import type { DockerInvocation, ShellValue } from '../../server/src/core/sources/shell/types';
import { parseShell } from '../../server/src/core/syntax/shell/parser';
import { expandArg, walkScript, type Field } from '../../server/src/core/syntax/shell/expand';

const SCRIPTS = Number(process.env.NAL_SHELL_ORACLE_SCRIPTS ?? 320);
const SEED = Number(process.env.NAL_SHELL_ORACLE_SEED ?? 20251206);

interface R { next(): number; int(n: number): number; pick<T>(a: T[]): T }

// ---- the generator ------------------------------------------------------------------------------------------------

const CALLER = ['CALLER_A', 'CALLER_B'];
const SCRIPT_VARS = ['S1', 'S2', 'S3', 'S4', 'S5'];
const SAFE = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./:@%+,=-';

class Gen {
  assigned = new Set<string>();
  /** Tame scripts quote every expansion, so the number of arguments stays known and every position is compared. */
  constructor(readonly r: R, readonly tame: boolean) {}
  chance(p: number): boolean { return this.r.next() < p; }
  lit(min = 1, max = 8, first = false): string {
    let s = '';
    const n = min + this.r.int(max - min + 1);
    for (let i = 0; i < n; i++) {
      let c = SAFE[this.r.int(SAFE.length)]!;
      if (first && i === 0 && (c === '=' || c === '-')) c = 'x';
      s += c;
    }
    return s;
  }
  varName(): string {
    const pool = this.assigned.size && this.chance(0.6) ? [...this.assigned] : [...CALLER, ...SCRIPT_VARS];
    return this.r.pick(pool);
  }
  /** A small word for the right side of ${V op word}; `dq`: inside double quotes. */
  opWord(dq: boolean): string {
    switch (this.r.int(6)) {
      case 0: return '';
      case 1: return this.lit(1, 5);
      case 2: return dq ? `'q ${this.lit(1, 3)}'` : `'a b${this.lit(0, 2)}'`;
      case 3: return `"x ${this.chance(0.5) ? `$${this.varName()}` : this.lit(1, 3)}"`;
      case 4: return dq ? `sp ace` : `two words`;
      default: return `\${${this.varName()}}`;
    }
  }
  param(dq: boolean): string {
    const v = this.varName();
    // bash stops a command that assigns a readonly variable in ${R1:=…}: R1 is only read plainly.
    const op = v === 'R1' ? '' : this.r.pick(['', '', ':-', '-', ':=', '=', ':+', '+']);
    if (!op) return this.chance(0.3) ? `$${v}/` : `\${${v}}`;
    if (op.includes('=') && CALLER.includes(v) && this.chance(0.5)) return `\${${v}${op.replace('=', '-')}${this.opWord(dq)}}`;
    return `\${${v}${op}${this.opWord(dq)}}`;
  }
  dqInner(): string {
    let s = '';
    const n = 1 + this.r.int(4);
    for (let i = 0; i < n; i++) {
      switch (this.r.int(11)) {
        case 0: s += ' '; break;
        case 1: s += this.r.pick(["'", '#', '*', '~', '{', '}', '?', '[x]', '!', ';', '|', '&', '<>']); break;
        case 2: s += this.r.pick(['\\$', '\\"', '\\\\', '\\x', '\\`']); break;
        case 3: s += this.param(true); break;
        case 4: s += '\\\n'; break;
        case 5: s += '$(printf %s "$CALLER_A")'; break;
        case 6: s += '$1'; break;
        case 7: s += '`printf %s "$CALLER_B"`'; break;
        default: s += this.lit(1, 6); break;
      }
    }
    return s;
  }
  ansi(): string {
    let s = '';
    const n = 1 + this.r.int(4);
    for (let i = 0; i < n; i++) {
      s += this.r.pick(['\\n', '\\t', '\\\\', "\\'", '\\"', '\\x41', '\\x4a', '\\101', '\\u00e9', '\\u4e2d', '\\e', '\\q', '\\x', ' ', '$', '"', this.lit(1, 4), this.lit(1, 4)]);
    }
    if (this.chance(0.05)) s += '\\0tail';
    return `$'${s}'`;
  }
  /** One written word part; `start`: at the start of the word. */
  piece(start: boolean, last: boolean): string {
    switch (this.r.int(13)) {
      case 0: return `'${this.lit(0, 5)}${this.r.pick(['', ' ', '"', '$x', '\\', '*', '\n'])}${this.lit(0, 3)}'`;
      case 1: case 2: return `"${this.dqInner()}"`;
      case 3: return this.ansi();
      case 4: return `$"${this.lit(1, 4)}"`;
      case 5: return this.r.pick(['\\ ', '\\$', "\\'", '\\"', '\\\\', '\\#', '\\*']);
      case 6: return this.tame ? `"${this.param(true)}"` : this.param(false);
      case 7: return start && this.chance(0.5) ? '~/h' : this.lit();
      case 8: return `${this.lit(1, 3)}\\\n${this.lit(1, 3)}`;
      case 9: return this.tame ? '"$(printf %s "$CALLER_B")"' : this.chance(0.5) ? '$((CALLER_N + 1))' : '$(printf %s "$CALLER_B")';
      case 10: return this.chance(0.3) ? `"\${ARR[@]}"` : this.tame ? `"\${ARR[${this.r.int(2)}]}"` : `\${ARR[${this.r.int(2)}]}`;
      default: return this.lit(1, 8, start);
    }
  }
  word(max = 3): string {
    const n = 1 + this.r.int(max);
    let s = '';
    for (let i = 0; i < n; i++) s += this.piece(i === 0, i === n - 1);
    return s;
  }
  value(): string {
    return this.chance(0.25) ? this.lit(1, 10) : this.word();
  }
  statement(): string {
    const v = this.r.pick(SCRIPT_VARS);
    switch (this.r.int(14)) {
      case 0: case 1: case 2: this.assigned.add(v); return `${v}=${this.value()}`;
      case 3: this.assigned.add(v); return `export ${v}=${this.value()}`;
      case 4: this.assigned.add('R1'); return this.chance(0.5) ? `readonly R1=${this.value()}` : `R1=${this.lit(1, 5)}`;
      case 5: this.assigned.add(v); return `declare ${v}=${this.value()}`;
      case 6: return `unset ${v}`;
      case 7: return `if [ -n "$COND" ]; then\n  ${v}=cond-${this.lit(1, 4)}\nfi`;
      case 8: return `[ -n "$COND" ] && ${v}=andor-${this.lit(1, 4)}`;
      case 9: this.assigned.add(v); return `${v}+=${this.lit(1, 4)}`;
      case 10: return `: "\${${v}:=dflt-${this.lit(1, 3)}}"`;
      case 11: return `ARR=(-e "AK=${this.dqInner()}" ${this.lit(1, 4)} '${this.lit(0, 3)} x')`;
      case 12: return this.r.pick([`PT_1=script-${this.lit(1, 3)}`, `export PT_2=exp-${this.lit(1, 3)}`, 'unset PT_3', 'set -a', 'set +a', `export PT_1`]);
      default: return `cat <<${this.r.pick(['EOF', "'EOF'", '-EOF'])} >/dev/null\ndocker run -e HEREDOC=1 nacos/nacos-server:\${S1}\n\t$(echo not run)\nEOF`;
    }
  }
  envValue(): string {
    const key = this.r.pick(['NACOS_AUTH_TOKEN', 'NACOS_AUTH_IDENTITY_KEY', 'NACOS_AUTH_IDENTITY_VALUE', 'MODE', 'JVM_XMS', 'K_' + this.r.int(9)]);
    switch (this.r.int(4)) {
      case 0: return `"${key}=${this.dqInner()}"`;
      case 1: return `'${key}=${this.lit(0, 6)} ${this.lit(0, 3)}'`;
      default: return `${key}=${this.value()}`;
    }
  }
  option(): string {
    switch (this.r.int(20)) {
      case 0: return this.r.pick(['-d', '--rm', '-it', '-dit', '--privileged', '--rm=true', '-P']);
      case 1: case 2: return `-e ${this.envValue()}`;
      case 3: return `--env ${this.envValue()}`;
      case 4: return `--env=${this.envValue()}`;
      case 5: return `-e${this.envValue()}`;
      case 6: return `-e=${this.envValue()}`;
      case 7: return `-de ${this.envValue()}`;
      case 8: return `-e ${this.r.pick(['PT_1', 'PT_2', 'PT_3', 'CALLER_A', 'S1', 'S2'])}`;
      case 9: return `--env-file ${this.r.pick(['./nacos.env', '"$S1.env"', 'conf/${S2:-default}.env', this.word(2)])}`;
      case 10: return `--env-file=${this.r.pick(['../env/nacos.env', '"${CALLER_A}/x.env"', this.word(2)])}`;
      case 11: return `-v ${this.r.pick(['./conf/application.properties:/home/nacos/conf/application.properties', '"$PWD/conf:/home/nacos/conf:ro"', `${this.word(1)}:/home/nacos/init.d/custom.properties`])}`;
      case 12: return `--volume=${this.word(2)}:/x`;
      case 13: return `--mount type=bind,source=${this.word(1)},target=/home/nacos/conf/application.properties`;
      case 14: return `--name ${this.word(2)}`;
      case 15: return `--network=${this.word(1)}`;
      case 16: return `--network ${this.word(1)}`;
      case 17: return `-p 8848:8848`;
      case 18: return '"${ARR[@]}"';
      default: return `-e ${this.envValue()}`;
    }
  }
  run(): string {
    const head = this.r.pick(['docker run', 'docker run', 'docker container run', 'docker create', 'podman run', 'docker --log-level warn run', 'command docker run']);
    let prefix = '';
    if (this.chance(0.15)) prefix = `PT_4=pre-${this.lit(1, 3)} `;
    else if (this.chance(0.1) && !head.startsWith('command')) prefix = `env PT_5=env-${this.lit(1, 3)} `;
    const opts: string[] = [];
    const n = 1 + this.r.int(6);
    for (let i = 0; i < n; i++) opts.push(this.option());
    if (prefix.startsWith('PT_4')) opts.push('-e PT_4');
    if (prefix.startsWith('env')) opts.push('-e PT_5');
    const image = this.r.pick(['nacos/nacos-server:v2.4.3', 'nacos/nacos-server:${TAG:-v3.0.1}', '"nacos/nacos-server:$S1"', 'nacos/nacos-server']);
    const args: string[] = [];
    const na = this.r.int(3);
    for (let i = 0; i < na; i++) args.push(this.r.pick([`--spring.x=${this.word(1)}`, `-Dk=${this.word(1)}`, this.word(2)]));
    const sep = (): string => (this.chance(0.4) ? ' \\\n    ' : ' ');
    let s = prefix + head;
    for (const o of [...opts, image, ...args]) s += sep() + o;
    if (this.chance(0.2)) s += ' # done';
    return s;
  }
  script(): string {
    const lines: string[] = [];
    const n = 2 + this.r.int(6);
    for (let i = 0; i < n; i++) lines.push(this.statement());
    const runs = 1 + this.r.int(3);
    for (let i = 0; i < runs; i++) {
      if (this.chance(0.2)) lines.push('docker rm -f nacos || true');
      if (this.chance(0.1)) lines.push(`CID=$(${this.run()})`);
      else lines.push(this.run());
      if (this.chance(0.5)) lines.push(this.statement());
    }
    return `#!/bin/bash\n${lines.join('\n')}\n`;
  }
}

// ---- running bash -------------------------------------------------------------------------------------------------

interface Call { argv: string[]; env: Map<string, string> }

const RUNS: { name: string; env: Record<string, string>; args: string[]; files: string[] }[] = [
  { name: 'A', env: { CALLER_A: 'alpha one', CALLER_B: 'b*', CALLER_N: '3', PT_1: 'pa1', PT_2: 'pa2', PT_3: 'pa3', PT_4: 'pa4', PT_5: 'pa5', TAG: 'ta', S1: 'callerS1a', S2: 's2a', S3: 's3 a', S4: 's4a', S5: 's5a', ARR: 'arr a', COND: '1', R1: 'r1a' }, args: ['x1', 'y 1'], files: [] as string[] },
  { name: 'B', env: { CALLER_A: 'beta', CALLER_B: 'two  words', CALLER_N: '5', PT_1: 'pb1', PT_2: 'pb2', PT_3: 'pb3', PT_4: 'pb4', PT_5: 'pb5', TAG: 'tb', S1: 'callerS1b', S2: 's2b', S3: 's3b', S4: 's4 b', S5: 's5b', COND: '', R1: 'r 1b' }, args: ['x2'], files: ['globfile1', 'b-file'] },
  { name: 'C', env: {}, args: [], files: ['a1'] },
  // D: some variables set but empty (so `${V:-…}` and `${V-…}` differ from the other callers).
  { name: 'D', env: { CALLER_A: '', S2: '', S4: '', PT_2: '', COND: '' }, args: [''], files: [] },
];

function runAll(dir: string, count: number): Map<string, Call[]>[] {
  const results: Map<string, Call[]>[] = [];
  for (const run of RUNS) {
    const bin = join(dir, `bin-${run.name}`);
    const out = join(dir, `out-${run.name}`);
    const cwd = join(dir, `cwd-${run.name}`);
    mkdirSync(bin);
    mkdirSync(cwd);
    for (const f of run.files) writeFileSync(join(cwd, f), '');
    const stub = `#!/bin/bash\n{ printf '%s\\0' @@ARGV "\${0##*/}" "$@" @@ENV; env -0; printf '%s\\0' @@END; } >> '${out}'\n`;
    for (const p of ['docker', 'podman']) {
      writeFileSync(join(bin, p), stub);
      chmodSync(join(bin, p), 0o755);
    }
    const driver = [`cd '${cwd}'`, `for i in $(seq 0 ${count - 1}); do`, `  printf '%s\\0' @@SCRIPT "$i" >> '${out}'`, `  bash '${dir}/gen-'"$i"'.sh' ${run.args.map((a) => `'${a}'`).join(' ')} >/dev/null 2>&1 </dev/null || :`, 'done'].join('\n');
    const env: Record<string, string> = { PATH: `${bin}:${process.env.PATH}`, HOME: join(dir, `home-${run.name}`), LC_ALL: 'C.UTF-8', ...run.env };
    const r = spawnSync('bash', ['-c', driver], { env, encoding: 'utf8', timeout: 240_000 });
    assert.equal(r.status, 0, `driver ${run.name} failed: ${r.stderr}`);
    results.push(parseOut(readFileSync(out, 'utf8')));
  }
  return results;
}

function parseOut(raw: string): Map<string, Call[]> {
  const toks = raw.split('\0');
  const m = new Map<string, Call[]>();
  let cur: Call[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t === '@@SCRIPT') { cur = []; m.set(toks[++i]!, cur); continue; }
    if (t === '@@ARGV') {
      const argv: string[] = [];
      while (toks[++i] !== '@@ENV') argv.push(toks[i]!);
      const env = new Map<string, string>();
      while (toks[++i] !== '@@END') {
        const kv = toks[i]!;
        const eq = kv.indexOf('=');
        env.set(kv.slice(0, eq), kv.slice(eq + 1));
      }
      cur.push({ argv, env });
    }
  }
  return m;
}

// ---- what docker makes of an argv (the few options the generator writes; independent of the product) ----------

interface Seen { env: { name: string; value: string | undefined }[]; envFiles: string[]; name?: string; network?: string; image?: string; args: string[]; volumes: string[] }

function dockerView(call: Call): Seen | undefined {
  const a = call.argv;
  let k = 1;
  if (a[k] === '--log-level') k += 2;
  if (a[k] === 'container') k++;
  if (a[k] !== 'run' && a[k] !== 'create') return undefined;
  k++;
  const seen: Seen = { env: [], envFiles: [], args: [], volumes: [] };
  const VALUE: Record<string, string> = { e: 'env', v: 'volume', p: 'publish' };
  const take = (opt: string, v: string): void => {
    if (opt === 'env') {
      const eq = v.indexOf('=');
      seen.env.push(eq < 0 ? { name: v, value: call.env.get(v) } : { name: v.slice(0, eq), value: v.slice(eq + 1) });
    } else if (opt === 'env-file') seen.envFiles.push(v);
    else if (opt === 'name') seen.name = v;
    else if (opt === 'network') seen.network = v;
    else if (opt === 'volume' || opt === 'mount') seen.volumes.push(v);
  };
  while (k < a.length) {
    const s = a[k]!;
    if (!s.startsWith('-') || s === '-') break; // pflag: a lone - is an argument
    k++;
    if (s.startsWith('--')) {
      const eq = s.indexOf('=');
      const name = eq < 0 ? s.slice(2) : s.slice(2, eq);
      if (eq >= 0) take(name, s.slice(eq + 1));
      else if (['env', 'env-file', 'volume', 'mount', 'name', 'network', 'publish'].includes(name)) take(name, a[k++]!);
      continue;
    }
    for (let j = 1; j < s.length; j++) {
      const opt = VALUE[s[j]!];
      if (!opt) continue;
      if (s[j + 1] === '=' && j + 2 < s.length) take(opt, s.slice(j + 2));
      else if (j + 1 < s.length) take(opt, s.slice(j + 1));
      else take(opt, a[k++]!);
      break;
    }
  }
  seen.image = a[k];
  seen.args = a.slice(k + 1);
  return seen;
}

// ---- comparing ----------------------------------------------------------------------------------------------------

interface Tally { known: number; unknown: number; invocations: number; scripts: number; argvFields: number; skipped: number }

function check(label: string, product: ShellValue | { value?: string; reason?: string; absent?: boolean } | undefined, oracle: (string | undefined)[], tally: Tally, ctx: string): void {
  if (!product) {
    assert.ok(oracle.every((o) => o === undefined), `${ctx}: ${label} missing in the product, bash passed ${JSON.stringify(oracle)}`);
    return;
  }
  if (product.value !== undefined) {
    tally.known++;
    for (const o of oracle) assert.equal(o, product.value, `${ctx}: ${label}: product says ${JSON.stringify(product.value)}, bash passed ${JSON.stringify(oracle)}`);
  } else if ('absent' in product && product.absent) {
    tally.known++;
    for (const o of oracle) assert.equal(o, undefined, `${ctx}: ${label}: product says absent, bash passed ${JSON.stringify(oracle)}`);
  } else if (product.reason?.includes('pathname expansion')) {
    // A glob varies only where files match it; unmatched, bash passes the pattern itself.
    tally.unknown++;
  } else {
    tally.unknown++;
    assert.ok(new Set(oracle).size > 1, `${ctx}: ${label}: product says unknown (${product.reason}), but bash passed ${JSON.stringify(oracle[0])} for every caller`);
  }
}

function compareInvocation(inv: DockerInvocation, views: Seen[], argvs: string[][], tally: Tally, ctx: string): void {
  const notKnown = inv.problems.filter((p) => p.code === 'argument-count');
  if (notKnown.length) {
    // Positions after a word of unknown size are guesses: only the unknown-ness is checked (a glob varies only
    // where files match it).
    tally.skipped++;
    if (notKnown.every((p) => p.message.includes('pathname expansion'))) return;
    assert.ok(argvs.some((v) => JSON.stringify(v) !== JSON.stringify(argvs[0])), `${ctx}: product says some arguments are not known, but bash passed the same argv for every caller`);
    return;
  }
  check('image', inv.image, views.map((v) => v.image), tally, ctx);
  check('--name', inv.name, views.map((v) => v.name), tally, ctx);
  check('--network', inv.network, views.map((v) => v.network), tally, ctx);
  for (const v of views) assert.equal(inv.env.length, v.env.length, `${ctx}: ${inv.env.length} env entries in the product, ${v.env.length} from bash`);
  inv.env.forEach((e, i) => {
    for (const v of views) assert.equal(e.name, v.env[i]!.name, `${ctx}: env #${i} name`);
    // A pass-through of a name no caller sets cannot vary here (the generator made it up): unknown is still right.
    if (e.passThrough && e.value === undefined && !e.absent && !RUNS.some((r) => e.name in r.env)) { tally.unknown++; return; }
    check(`env ${e.name}`, e, views.map((v) => v.env[i]!.value), tally, ctx);
  });
  for (const v of views) assert.equal(inv.envFiles.length, v.envFiles.length, `${ctx}: env files`);
  inv.envFiles.forEach((f, i) => check(`--env-file #${i}`, f.word, views.map((v) => v.envFiles[i]), tally, ctx));
  for (const v of views) assert.equal(inv.mounts.length, v.volumes.length, `${ctx}: mounts`);
  inv.mounts.forEach((m, i) => check(`mount #${i}`, m.word, views.map((v) => v.volumes[i]), tally, ctx));
  const lens = new Set(views.map((v) => v.args.length));
  const countUnknown = inv.args.filter((a) => a.reason?.includes('zero or more'));
  if (countUnknown.length) {
    if (countUnknown.every((a) => a.reason?.includes('pathname expansion'))) return;
    assert.ok(lens.size > 1 || views.some((v) => JSON.stringify(v.args) !== JSON.stringify(views[0]!.args)), `${ctx}: args said to be of unknown count but bash passed the same`);
    return;
  }
  for (const v of views) assert.equal(inv.args.length, v.args.length, `${ctx}: args after the image`);
  inv.args.forEach((a, i) => check(`arg #${i}`, a, views.map((v) => v.args[i]), tally, ctx));
}

/** The argv level: every field the syntax layer expands for a docker/podman command against bash's argv. */
function compareArgv(script: string, calls: Call[][], tally: Tally, ctx: string): void {
  const parsed = parseShell(script);
  const lists: Field[][] = [];
  walkScript(parsed, script, (v) => {
    const first = v.cmd.words[0] ? script.slice(v.cmd.words[0].span.start, v.cmd.words[0].span.end) : '';
    if (!['docker', 'podman', 'command', 'env'].includes(first)) return;
    const fields = v.cmd.words.flatMap((w) => expandArg(w, v.env));
    if (first === 'command' || first === 'env') {
      const at = fields.findIndex((f) => f.value === 'docker' || f.value === 'podman');
      if (at < 0) return;
      lists.push(fields.slice(at));
    } else lists.push(fields);
  });
  for (const c of calls) assert.equal(c.length, lists.length, `${ctx}: ${lists.length} docker/podman commands read, bash ran ${c.length}`);
  lists.forEach((fields, n) => {
    const argvs = calls.map((c) => c[n]!.argv);
    const firstCount = fields.findIndex((f) => f.countUnknown);
    const head = firstCount < 0 ? fields : fields.slice(0, firstCount);
    if (firstCount < 0) for (const a of argvs) assert.equal(a.length, fields.length, `${ctx} command ${n}: ${fields.length} fields, bash passed ${a.length}: ${JSON.stringify(a)}`);
    head.forEach((f, i) => {
      tally.argvFields++;
      const vals = argvs.map((a) => a[i]);
      if (i === 0) return; // the program: the stub's own name
      if (f.value !== undefined) for (const v of vals) assert.equal(v, f.value, `${ctx} command ${n} field ${i}: product ${JSON.stringify(f.value)}, bash ${JSON.stringify(vals)}`);
      else if (!f.reason?.includes('pathname expansion')) assert.ok(new Set(vals).size > 1, `${ctx} command ${n} field ${i}: product says unknown (${f.reason}), bash passed ${JSON.stringify(vals[0])} for every caller`);
    });
    if (firstCount >= 0 && !fields[firstCount]!.reason?.includes('pathname expansion')) assert.ok(argvs.some((a) => JSON.stringify(a) !== JSON.stringify(argvs[0])), `${ctx} command ${n}: unknown field count (${fields[firstCount]!.reason}) but bash passed the same argv for every caller`);
  });
}

const bash = spawnSync('bash', ['--version'], { encoding: 'utf8' });

test(`shell reading equals bash on ${SCRIPTS} generated scripts (seed ${SEED})`, { skip: bash.status !== 0 && process.env.CI !== 'true' ? 'bash not found' : false, timeout: 600_000 }, () => {
  assert.equal(bash.status, 0, 'bash is required (the oracle)');
  const dir = mkdtempSync(join(tmpdir(), 'nal-shell-oracle-'));
  try {
    const r: R = rng(SEED);
    const scripts: string[] = [];
    for (let i = 0; i < SCRIPTS; i++) {
      const s = new Gen(r, i % 2 === 0).script();
      scripts.push(s);
      writeFileSync(join(dir, `gen-${i}.sh`), s);
    }
    const results = runAll(dir, SCRIPTS);
    const tally: Tally = { known: 0, unknown: 0, invocations: 0, scripts: 0, argvFields: 0, skipped: 0 };
    const failures: string[] = [];
    scripts.forEach((script, i) => {
      const ctx = `gen-${i}.sh (NAL_SHELL_ORACLE_SEED=${SEED})`;
      try {
        const calls = results.map((m) => m.get(String(i)) ?? []);
        compareArgv(script, calls, tally, ctx);
        const reading = readShellFile({ path: join(dir, `gen-${i}.sh`), text: script.replace('#!/bin/bash', '#!/bin/bash\n# nacos') });
        const runCalls = calls.map((c) => c.filter((x) => dockerView(x) !== undefined));
        const views = runCalls.map((c) => c.map((x) => dockerView(x)!));
        const invs = reading?.invocations ?? [];
        for (const v of views) assert.equal(invs.length, v.length, `${ctx}: ${invs.length} invocations read, bash ran ${v.length}`);
        invs.forEach((inv, n) => compareInvocation(inv, views.map((v) => v[n]!), runCalls.map((c) => c[n]!.argv), tally, `${ctx} run #${n}`));
        tally.invocations += invs.length;
        tally.scripts++;
      } catch (e) {
        failures.push(`${(e as Error).message}\n--- script ---\n${script}`);
      }
    });
    console.log(`shell oracle: ${tally.scripts}/${SCRIPTS} scripts, ${tally.invocations} invocations, ${tally.argvFields} argv fields, ${tally.known} known values equal bash, ${tally.unknown} unknown values vary with the caller, ${tally.skipped} invocations with arguments of unknown count`);
    if (process.env.NAL_SHELL_ORACLE_DUMP) writeFileSync(process.env.NAL_SHELL_ORACLE_DUMP, failures.join('\n=====\n'));
    assert.equal(failures.length, 0, `${failures.length} scripts differ from bash; first:\n${failures[0]}`);
    assert.ok(tally.invocations >= SCRIPTS, 'every script has a container run');
    assert.ok(tally.known > tally.unknown, 'most values are known');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
