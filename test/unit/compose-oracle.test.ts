// Differential test: our computed container environment vs `docker-compose config` (Compose 1.29.2, Python).
import { corpusDir } from '../corpus';
// Compose v1 and v2 differ in a few places (listed in GENERATOR RULES below); the generated projects stay inside
// what both agree on, and the v2-only behaviour is covered by compose-model.test.ts against the specification.

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { loadComposeProject, type ComposeProject } from '../../server/src/core/sources/compose/project';

/** The shared corpus (NACOS_AUTH_LINT_CORPUS, test/fixtures/corpus or ../shared/corpus, searched upwards). */
function findCorpus(): string | undefined {
  return corpusDir();
}
const GENERATED = 240;
/** Python start-up (~0.7 s importing compose) dominates; more batches than cores only adds start-ups. */
const concurrency = (): number => Math.max(2, Math.min(4, availableParallelism()));

// ---------------------------------------------------------------------------------------------------------------
// The oracle: one Python process per batch runs Compose's own CLI entry point once per project (same code as the
// `docker-compose` script, without paying Python's start-up for every project).

const DRIVER = String.raw`
import sys, os, io, json, contextlib
from compose.cli.main import main as dc_main
jobs = json.load(sys.stdin)
res = []
for job in jobs:
    os.environ.clear()
    os.environ.update(job['env'])
    os.chdir(job['dir'])
    sys.argv = ['docker-compose'] + job['args']
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            dc_main()
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        except BaseException as e:
            code = 99
            err.write(repr(e))
    res.append({'code': code, 'out': out.getvalue(), 'err': err.getvalue()})
sys.stdout.write(json.dumps(res))
`;

interface Job {
  dir: string;
  env: Record<string, string>;
  args: string[];
}
interface OracleResult {
  code: number;
  out: string;
  err: string;
}

function findDockerCompose(): { bin: string; python?: string } | undefined {
  const w = spawnSync('sh', ['-c', 'command -v docker-compose'], { encoding: 'utf8' });
  const bin = w.stdout?.trim();
  if (w.status !== 0 || !bin) return undefined;
  try {
    const first = readFileSync(bin, 'utf8').split('\n', 1)[0];
    const m = /^#!\s*(\S*python[0-9.]*)\s*$/.exec(first);
    if (m && spawnSync(m[1], ['-c', 'import compose.cli.main'], { encoding: 'utf8' }).status === 0) return { bin, python: m[1] };
  } catch {
    // a binary docker-compose: one process per project
  }
  const v = spawnSync(bin, ['version', '--short'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return v.status === 0 ? { bin } : undefined;
}

function runProcess(cmd: string, args: string[], opts: { cwd?: string; env: Record<string, string>; input?: string }): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    p.stdout.on('data', (d: Buffer) => out.push(d));
    p.stderr.on('data', (d: Buffer) => err.push(d));
    p.on('close', (code) => resolve({ code: code ?? 1, out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8') }));
    p.stdin.end(opts.input ?? '');
  });
}

async function runOracle(dc: { bin: string; python?: string }, jobs: Job[], workDir: string): Promise<OracleResult[]> {
  const results: OracleResult[] = new Array(jobs.length);
  if (dc.python) {
    const driver = join(workDir, 'oracle-driver.py');
    writeFileSync(driver, DRIVER);
    const batches: number[][] = Array.from({ length: Math.min(concurrency(), jobs.length) }, () => []);
    jobs.forEach((_, i) => batches[i % batches.length].push(i));
    await Promise.all(batches.map(async (idx) => {
      const r = await runProcess(dc.python!, [driver], { env: { LANG: 'C.UTF-8' }, input: JSON.stringify(idx.map((i) => jobs[i])) });
      if (r.code !== 0) throw new Error(`oracle driver failed: ${r.err}`);
      const parsed = JSON.parse(r.out) as OracleResult[];
      idx.forEach((i, k) => (results[i] = parsed[k]));
    }));
    return results;
  }
  let next = 0;
  await Promise.all(Array.from({ length: concurrency() }, async () => {
    while (next < jobs.length) {
      const i = next++;
      const j = jobs[i];
      results[i] = await runProcess(dc.bin, j.args, { cwd: j.dir, env: { ...j.env, PATH: process.env.PATH ?? '' } });
    }
  }));
  return results;
}

// ---------------------------------------------------------------------------------------------------------------
// Comparison

type EnvMap = Record<string, string>;
interface Snapshot {
  env: Record<string, EnvMap>;
  image: Record<string, string | undefined>;
}

/** v1 prints a literal `$` back as `$$`; unset values print as null. */
function oracleSnapshot(out: string): Snapshot {
  const doc = parseYaml(out, { version: '1.1' }) as { services?: Record<string, { environment?: Record<string, unknown>; image?: unknown }> };
  const snap: Snapshot = { env: {}, image: {} };
  for (const [name, svc] of Object.entries(doc?.services ?? {})) {
    const env: EnvMap = {};
    for (const [k, v] of Object.entries(svc?.environment ?? {})) {
      if (v === null || v === undefined) continue;
      env[k] = String(v).replace(/\$\$/g, '$');
    }
    snap.env[name] = env;
    snap.image[name] = svc?.image === undefined || svc.image === null ? undefined : String(svc.image).replace(/\$\$/g, '$');
  }
  return snap;
}

function ourSnapshot(p: ComposeProject): Snapshot {
  const snap: Snapshot = { env: {}, image: {} };
  for (const s of p.services) {
    const env: EnvMap = {};
    for (const [k, v] of s.environment) if (v.value !== undefined) env[k] = v.value;
    snap.env[s.name] = env;
    snap.image[s.name] = s.image?.value;
  }
  return snap;
}

const fsRead = (p: string): string | undefined => {
  try {
    return statSync(p).isFile() ? readFileSync(p, 'utf8') : undefined;
  } catch {
    return undefined;
  }
};

// ---------------------------------------------------------------------------------------------------------------
// GENERATOR RULES — where Compose v1 (the oracle) and v2 (what we model) differ, generated projects stay out:
//  * env files: v1 (python-dotenv) interpolates single-quoted values, expands only `${X}` / `${X:-d}` (not `$X`),
//    treats `:-` as "unset" only, sees only the shell (not `.env`) and lets earlier entries beat the shell;
//    v2 does none of that. So env-file references are `${X}` / `${X:-d}` to shell-only variables that are set and
//    non-empty or unset, or to earlier keys of the same file that nothing else defines; single quotes hold no `$`
//    or `\`; noEquals keys are never referenced.
//  * `.env`: no `KEY`-alone lines (v1 turns them into the text "None").
//  * YAML: no YAML 1.1-only scalars (yes/no/on/off, leading-zero numbers, floats), no `${A:-${B}}` nesting, no
//    `:+`, `!reset`, `!override`, `{path, required}` (all v2-only; unit-tested instead).
//  * env_file lists never repeat a file across an override or extends (v1 keeps duplicates, v2 de-duplicates).
//  * extends is not combined with an override of the same service (v1 resolves extends after merging files,
//    v2 per file).

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface GenProject {
  id: number;
  files: Record<string, string>;
  shell: Record<string, string>;
  main: string;
  /** Override files passed with -f (undefined: default discovery). */
  overrides?: string[];
  expectError: boolean;
}

class Gen {
  /** Variables that are set (non-empty / possibly empty) in this project: `.env` may be absent. */
  setNonEmpty: string[] = [...SHELL_SET, BOTH];
  setAny: string[] = [...SHELL_SET, BOTH, SHELL_EMPTY];
  constructor(private readonly r: () => number) {}
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  word(): string {
    const syll = ['ka', 'zu', 'mi', 'ro', 'te', 'xa', 'qi', 'lo', 'ne', 'vu'];
    let w = 'w' + this.pick(syll);
    for (let i = this.int(3); i > 0; i--) w += this.pick([...syll, '1', '2', '9', '-', '.', '_', '/', '@', '+', '=', ',']);
    return w + this.pick(syll);
  }
}

const SHELL_SET = ['SH1', 'SH2', 'SH4']; // set, non-empty, shell only
const SHELL_EMPTY = 'SH3';
const DOT_SET = ['DT1', 'DT2'];
const DOT_EMPTY = 'DT3';
const BOTH = 'BO1';
const UNDEF = ['UN1', 'UN2'];
const ALL_VARS = [...SHELL_SET, SHELL_EMPTY, ...DOT_SET, DOT_EMPTY, BOTH, ...UNDEF];
const CONTAINER_KEYS = ['NACOS_AUTH_TOKEN', 'NACOS_AUTH_IDENTITY_KEY', 'NACOS_AUTH_IDENTITY_VALUE', 'MODE', 'C1', 'C2', 'C3', 'C4', 'C5', 'JAVA_OPT'];

function yamlScalar(g: Gen, s: string): string {
  const plainOk = /^[A-Za-z$][^\s#'"\\]*$/.test(s) && !/:$/.test(s) && !s.includes(': ') && !/^(y|n|yes|no|on|off|true|false|null)$/i.test(s);
  const style = plainOk ? g.pick(['plain', 'plain', 'single', 'double']) : g.pick(['single', 'double']);
  if (style === 'plain') return s;
  if (style === 'single') return `'${s.replace(/'/g, "''")}'`;
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t')}"`;
}

/** A compose-side value using every interpolation form v1 knows. */
interface ErrState { on: boolean; emitted: boolean }

function composeValue(g: Gen, err: ErrState): string {
  const parts: string[] = [];
  const n = 1 + g.int(3);
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    const k = g.int(10);
    if (k === 0) parts.push('$$' + g.word());
    else if (k === 1) parts.push('$' + g.pick(ALL_VARS) + (last ? '' : g.pick(['/', '-', '.', ':'])));
    else if (k === 2) parts.push('${' + g.pick(ALL_VARS) + '}');
    else if (k === 3) parts.push('${' + g.pick(ALL_VARS) + ':-' + g.word() + '}');
    else if (k === 4) parts.push('${' + g.pick(ALL_VARS) + '-' + g.word() + '}');
    else if (k === 5) parts.push('${' + g.pick(g.setNonEmpty) + ':?' + 'need it}');
    else if (k === 6) parts.push('${' + g.pick(g.setAny) + '?}');
    else parts.push(g.word());
  }
  if (err.on) {
    err.on = false;
    err.emitted = true;
    parts.push(g.pick(['${UN1:?UN1 is required}', '${UN2?}', '$ oops', '${UN1', '${SH3:?must not be empty}']));
  }
  return parts.join(g.pick(['', '-', ' ', '_']));
}

function envFileText(g: Gen, fileTag: string): string {
  const lines: string[] = [];
  const own: string[] = [];
  let multiLine = false;
  const n = 2 + g.int(6);
  if (g.chance(0.3)) lines.push('# generated ' + fileTag);
  for (let i = 0; i < n; i++) {
    if (g.chance(0.1)) lines.push('');
    if (g.chance(0.1)) lines.push('  # comment ' + g.word());
    const useOwnKey = g.chance(0.3);
    const key = useOwnKey ? `EF${fileTag}${i}` : g.pick(CONTAINER_KEYS);
    const prefix = g.chance(0.15) ? 'export ' : '';
    const sep = g.pick(['=', '=', '=', ' = ', '= ']);
    const ref = (): string => {
      const choices = [...SHELL_SET, ...UNDEF, ...own];
      const v = g.pick(choices);
      return g.chance(0.5) ? '${' + v + '}' : '${' + v + ':-' + g.word() + '}';
    };
    const k = g.int(9);
    let line: string;
    if (k === 0) line = `${key}${sep}`;
    else if (k === 1) line = `${key}${sep}${g.word()} ${g.word()}`;
    else if (k === 2) line = `${key}${sep}${g.word()}${ref()} # note`;
    else if (k === 3) line = `${key}${sep}"${g.word()}\\n${ref()}\\t\\"q\\" \\\\ x"`;
    else if (k === 4) line = `${key}${sep}'${g.word()} # not a comment'`;
    else if (k === 5) line = g.chance(0.5) ? g.pick([...DOT_SET, 'UN3', 'C9']) : `${key}${sep}${ref()}`;
    else if (k === 6 && g.chance(0.3)) {
      line = `${key}${sep}"multi\n${g.word()} line"`;
      multiLine = true;
    }
    else line = `${key}${sep}${g.word()}`;
    lines.push(prefix && !/^[A-Z0-9_]+$/.test(line) ? prefix + line : line);
    if (useOwnKey && k !== 5 && k !== 0) own.push(key);
  }
  let text = lines.join('\n') + (g.chance(0.8) ? '\n' : '');
  // Python reads text files with universal newlines: a CR inside a multi-line quoted value is lost in v1, kept in v2.
  if (!multiLine && g.chance(0.15)) text = text.replace(/\n/g, '\r\n');
  if (g.chance(0.1)) text = '\ufeff' + text;
  return text;
}

function dotEnvText(g: Gen): string {
  const lines = ['# project .env', `DT1=${g.word()}`, `BO1=${g.word()}`, `DT3=`];
  lines.push(g.pick([`DT2=${g.word()}`, 'DT2=${DT1}-x', 'DT2="${SH1} and ${DT1}"', `DT2='${g.word()} lit'`, 'DT2=${UN1:-dflt}']));
  if (g.chance(0.3)) lines.push('COMPOSE_PROJECT_NAME=gen');
  return lines.join('\n') + '\n';
}

function envBlock(g: Gen, indent: string, err: ErrState, keys = CONTAINER_KEYS): string {
  const n = g.int(6);
  const list = g.chance(0.5);
  const out: string[] = [];
  const used = new Set<string>();
  for (let i = 0; i < n; i++) {
    let key = g.pick(keys);
    const k = g.int(10);
    if (list) {
      if (k === 0) out.push(`${indent}- ${g.pick([...ALL_VARS, key])}`);
      else if (k === 1) out.push(`${indent}- ${key}=`);
      else if (k === 2) out.push(`${indent}- ${key}="${g.word()}"`);
      else out.push(`${indent}- ${yamlScalar(g, `${key}=${composeValue(g, err)}`)}`);
    } else {
      // go-yaml (v2) rejects duplicate keys; PyYAML (v1) keeps the last.
      if (k === 0) key = g.pick([...ALL_VARS, key]);
      if (used.has(key)) continue;
      used.add(key);
      if (k === 0) out.push(`${indent}${key}:`);
      else if (k === 1) out.push(`${indent}${key}: ''`);
      else if (k === 2) out.push(`${indent}${key}: ${1 + g.int(99999)}`);
      else out.push(`${indent}${key}: ${yamlScalar(g, composeValue(g, err))}`);
    }
  }
  if (!out.length) return list ? ' []' : ' {}';
  return '\n' + out.join('\n');
}

function generate(id: number): GenProject {
  const g = new Gen(mulberry32(0x5eed + id * 7919));
  const files: Record<string, string> = {};
  const shell: Record<string, string> = {};
  for (const v of SHELL_SET) shell[v] = g.word();
  shell[SHELL_EMPTY] = '';
  shell[BOTH] = 'shell-' + g.word();
  if (g.chance(0.85)) {
    files['.env'] = dotEnvText(g);
    g.setNonEmpty.push(...DOT_SET);
    g.setAny.push(...DOT_SET, DOT_EMPTY);
  }
  const envFileNames = ['a.env', 'env/b.env', 'c.env', 'env/d.env'];
  for (const f of envFileNames) files[f] = envFileText(g, f.replace(/\W/g, '').toUpperCase());
  const err: ErrState = { on: g.chance(0.06), emitted: false };

  const auto = g.chance(0.4);
  const main = auto ? 'docker-compose.yml' : `stack-${id}.yaml`;
  const lines: string[] = [];
  // v1 insists that every file of a project names the same version.
  const version = g.chance(0.5) ? `version: "${g.pick(['3.8', '3.9', '2.4'])}"` : undefined;
  if (version) lines.push(version);
  const useCommon = g.chance(0.4);
  if (useCommon) {
    lines.push('x-common: &common');
    lines.push(`  image: ${yamlScalar(g, 'repo/common:${SH1}')}`);
    lines.push('  environment:' + envBlock(g, '    ', { on: false, emitted: false }));
    if (g.chance(0.4)) lines.push('  env_file: c.env');
  }
  const useEnvAnchor = g.chance(0.25);
  if (useEnvAnchor) {
    lines.push('x-env: &env');
    lines.push(`  C6: ${yamlScalar(g, g.word())}`);
    lines.push(`  C7: ${yamlScalar(g, '${DT1:-x}')}`);
  }
  const useExtFile = g.chance(0.25);
  if (useExtFile) {
    files['common/base.yaml'] = [
      'services:',
      '  ext:',
      '    image: ext/image',
      '    env_file: local.env',
      '    environment:' + envBlock(g, '      ', { on: false, emitted: false }),
    ].join('\n') + '\n';
    files['common/local.env'] = envFileText(g, 'LOC');
  }
  lines.push('services:');
  const nsvc = 1 + g.int(4);
  const names: string[] = [];
  const extendsUsers = new Set<string>();
  const svcEnvFiles = new Map<string, string[]>();
  if (g.chance(0.3)) {
    lines.push('  base:');
    lines.push('    image: base/image');
    lines.push('    environment:' + envBlock(g, '      ', { on: false, emitted: false }));
    if (g.chance(0.5)) lines.push('    env_file: env/d.env');
    names.push('base');
  }
  for (let i = 0; i < nsvc; i++) {
    const name = `svc${i}`;
    names.push(name);
    lines.push(`  ${name}:`);
    const merge = useCommon && g.chance(0.6);
    if (merge) lines.push('    <<: *common');
    if (!merge || g.chance(0.5)) lines.push(`    image: ${yamlScalar(g, 'repo/' + g.word() + ':' + composeValue(g, { on: false, emitted: false }).replace(/[\s]/g, ''))}`);
    if (names.includes('base') && g.chance(0.4)) {
      lines.push(g.chance(0.5) ? '    extends: base' : '    extends:\n      service: base');
      extendsUsers.add(name);
    } else if (useExtFile && g.chance(0.5)) {
      lines.push('    extends:\n      file: common/base.yaml\n      service: ext');
      extendsUsers.add(name);
    }
    if (useEnvAnchor && g.chance(0.5)) {
      lines.push(g.chance(0.5) ? '    environment: *env' : '    environment:\n      <<: *env\n      C1: own');
    } else if (!merge || g.chance(0.5)) {
      lines.push('    environment:' + envBlock(g, '      ', err));
    }
    const efs: string[] = [];
    if (g.chance(0.6)) {
      const pool = envFileNames.filter((f) => f !== 'c.env' && f !== 'env/d.env');
      const count = 1 + g.int(pool.length);
      for (let k = 0; k < count; k++) {
        const f = g.pick(pool);
        if (!efs.includes(f)) efs.push(f);
      }
      if (efs.length === 1 && g.chance(0.5)) lines.push(`    env_file: ${efs[0]}`);
      else lines.push('    env_file:\n' + efs.map((f) => `      - ${f}`).join('\n'));
    }
    svcEnvFiles.set(name, efs);
    if (g.chance(0.2)) lines.push(`    profiles: [${g.pick(['debug', 'ops'])}]`);
  }
  files[main] = lines.join('\n') + '\n';

  let overrides: string[] | undefined;
  if (g.chance(0.4)) {
    const ov: string[] = version ? [version, 'services:'] : ['services:'];
    for (const name of names) {
      if (extendsUsers.has(name) || name === 'base' || !g.chance(0.6)) continue;
      ov.push(`  ${name}:`);
      if (g.chance(0.3)) ov.push(`    image: ${yamlScalar(g, 'override/' + g.word())}`);
      ov.push('    environment:' + envBlock(g, '      ', { on: false, emitted: false }));
      const used = svcEnvFiles.get(name) ?? [];
      if (g.chance(0.4) && !used.includes('env/b.env') && !used.includes('c.env')) ov.push('    env_file: env/b.env');
    }
    if (ov.length <= 2 || g.chance(0.3)) ov.push('  extra:\n    image: extra/image\n    environment:' + envBlock(g, '      ', { on: false, emitted: false }));
    const ovName = auto ? 'docker-compose.override.yml' : `override-${id}.yaml`;
    files[ovName] = ov.join('\n') + '\n';
    if (!auto) overrides = [ovName];
  }
  return { id, files, shell, main, overrides, expectError: err.emitted };
}

/**
 * Cases the fuzzer and the hostile-input tests found (issue 8), kept here so the oracle confirms the behaviour:
 * lone CR line ends (YAML breaks lines there; our parser did not), a BOM before the YAML, a `<<` whose value is not
 * a mapping (the problem was dropped), an unterminated `${`, and circular `extends`.
 */
const FOUND: GenProject[] = [
  { id: 900_001, main: 'docker-compose.yml', shell: {}, expectError: false, files: {
    'docker-compose.yml': "version: '3'\rservices:\r  a:\r    image: x\r    environment:\r      K1: one\r      K2: \"two\"\r  b:\r    image: y\r    environment:\r      - K3=three\r",
  } },
  { id: 900_002, main: 'docker-compose.yml', shell: {}, expectError: false, files: {
    'docker-compose.yml': "\ufeffversion: '3'\nservices:\n  a:\n    image: x\n    environment:\n      K1: one\n",
  } },
  { id: 900_003, main: 'docker-compose.yml', shell: {}, expectError: true, files: {
    'docker-compose.yml': "version: '3'\nservices:\n  a:\n    <<: 5\n    image: x\n",
  } },
  { id: 900_004, main: 'docker-compose.yml', shell: {}, expectError: true, files: {
    'docker-compose.yml': "version: '3'\nservices:\n  a:\n    image: x\n    environment:\n      K1: ${UNTERMINATED\n",
  } },
  { id: 900_005, main: 'docker-compose.yml', shell: {}, expectError: true, files: {
    'docker-compose.yml': "version: '3'\nservices:\n  a:\n    image: x\n    extends: b\n  b:\n    image: y\n    extends: a\n",
  } },
];

function writeProject(root: string, p: GenProject): string {
  const dir = join(root, `p${p.id}`);
  for (const [rel, text] of Object.entries(p.files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

function diff(ours: Snapshot, theirs: Snapshot): string[] {
  const out: string[] = [];
  const names = new Set([...Object.keys(ours.env), ...Object.keys(theirs.env)]);
  for (const n of names) {
    if (!(n in ours.env)) out.push(`service ${n}: missing in ours`);
    else if (!(n in theirs.env)) out.push(`service ${n}: missing in oracle`);
    else {
      const a = ours.env[n];
      const b = theirs.env[n];
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (a[k] !== b[k]) out.push(`${n}.${k}: ours ${JSON.stringify(a[k])} oracle ${JSON.stringify(b[k])}`);
      }
      if (ours.image[n] !== theirs.image[n]) out.push(`${n}.image: ours ${JSON.stringify(ours.image[n])} oracle ${JSON.stringify(theirs.image[n])}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

test('docker-compose oracle', async (t) => {
  const dc = findDockerCompose();
  if (!dc) {
    if (process.env.CI === 'true') assert.fail('docker-compose oracle missing');
    t.skip('docker-compose not installed (apt-get install docker-compose)');
    return;
  }
  const setupStarted = Date.now();
  const root = mkdtempSync(join(tmpdir(), 'nal-oracle-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));

  // Corpus: every YAML file under example/, from a copy of its tag folder (env_file paths are relative).
  const CORPUS = findCorpus();
  interface Case { file: string; dir: string; oracleFile: string }
  const cases: Case[] = [];
  for (const tag of CORPUS ? readdirSync(CORPUS).filter((d) => d.startsWith('nacos-docker-')) : []) {
    const copy = join(root, 'corpus', tag);
    cpSync(join(CORPUS!, tag), copy, { recursive: true });
    chmodRecursive(copy);
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(d, e.name));
        else if (/\.ya?ml$/.test(e.name) && !e.name.includes('.oracle.')) {
          const file = join(d, e.name);
          let oracleFile = file;
          // Compose 1.29 rejects `build.tags` (v2-only, in the v2.2.0 examples); the environment does not depend on
          // it, so the oracle reads a copy without those lines while we read the original.
          const text = readFileSync(file, 'utf8');
          const stripped = text.replace(/^([ \t]+)tags:[ \t]*\n(?:\1[ \t]+-.*\n)*/gm, '');
          if (stripped !== text && /build:/.test(text)) {
            oracleFile = file.replace(/(\.ya?ml)$/, '.oracle$1');
            writeFileSync(oracleFile, stripped);
          }
          cases.push({ file, dir: d, oracleFile });
        }
      }
    };
    walk(join(copy, 'example'));
  }
  const gens = [...Array.from({ length: GENERATED }, (_, i) => generate(i)), ...FOUND];
  const genJobs: Job[] = gens.map((p) => {
    const dir = writeProject(join(root, 'gen'), p);
    const args = p.overrides ? ['-f', p.main, ...p.overrides.flatMap((o) => ['-f', o]), 'config'] : p.main === 'docker-compose.yml' ? ['config'] : ['-f', p.main, 'config'];
    return { dir, env: p.shell, args };
  });
  const corpusJobs: Job[] = cases.map((c) => ({ dir: c.dir, env: {}, args: ['-f', c.oracleFile, 'config'] }));
  const setupMs = Date.now() - setupStarted;
  const started = Date.now();
  const all = await runOracle(dc, [...corpusJobs, ...genJobs], root);
  const oracleMs = Date.now() - started;
  const corpusResults = all.slice(0, corpusJobs.length);
  const genResults = all.slice(corpusJobs.length);
  t.diagnostic(`setup ${setupMs} ms (finding docker-compose, writing ${gens.length} projects); oracle: ${all.length} projects in ${oracleMs} ms (${concurrency()} concurrent ${dc.python ? 'batches in-process' : 'docker-compose processes'})`);

  await t.test('corpus example compose files', { skip: CORPUS ? false : 'corpus not found (NACOS_AUTH_LINT_CORPUS)' }, (t) => {
    assert.ok(cases.length > 0, 'no compose files in the corpus');
    let compared = 0;
    const skipped: string[] = [];
    const failures: string[] = [];
    corpusResults.forEach((r, i) => {
      const c = cases[i];
      const rel = c.file.slice(join(root, 'corpus').length + 1);
      if (r.code !== 0) {
        skipped.push(`${rel}: ${(r.err || r.out).trim().split('\n').pop()}`);
        return;
      }
      const ours = loadComposeProject(c.file, fsRead);
      const d = diff(ourSnapshot(ours), oracleSnapshot(r.out));
      compared++;
      if (d.length) failures.push(`${rel}:\n  ${d.join('\n  ')}`);
    });
    const viaCopy = cases.filter((c) => c.oracleFile !== c.file).length;
    t.diagnostic(`corpus: ${compared} compose files compared (${viaCopy} via a copy without build.tags), ${skipped.length} skipped`);
    const reasons = new Map<string, string[]>();
    for (const s of skipped) {
      const [file, ...why] = s.split(': ');
      const reason = why.join(': ').replace(/In file '[^']*', /, '');
      reasons.set(reason, [...(reasons.get(reason) ?? []), file.replace(/^nacos-docker-[^/]+\//, '')]);
    }
    for (const [reason, files] of reasons) t.diagnostic(`skipped ${files.length} (${[...new Set(files)].join(', ')}): ${reason}`);
    // Every file the oracle refuses must be one that is not a compose file at all (prometheus configs).
    assert.deepEqual(skipped.filter((s) => !s.includes('prometheus/')), []);
    assert.ok(compared >= 40, `only ${compared} corpus files compared`);
    assert.deepEqual(failures, []);
  });

  await t.test(`${GENERATED} generated projects`, (t) => {
    const oursStarted = Date.now();
    const failures: string[] = [];
    let compared = 0;
    let errorsAgreed = 0;
    let withOverride = 0;
    let services = 0;
    gens.forEach((p, i) => {
      const r = genResults[i];
      const dir = genJobs[i].dir;
      const ours = loadComposeProject(join(dir, p.main), fsRead, {
        shellEnv: p.shell,
        overrideFiles: p.overrides?.map((o) => join(dir, o)),
      });
      if (ours.files.length > 1) withOverride++;
      // Every problem we report (other than our own limits) is one that makes Compose refuse the project.
      const ourError = ours.problems.some((x) => x.kind !== 'limit');
      if (r.code !== 0 || ourError || p.expectError) {
        if ((r.code !== 0) === ourError && (ourError || !p.expectError)) errorsAgreed++;
        else failures.push(`p${p.id} (${dir}): oracle exit ${r.code} ${r.err.trim().split('\n').pop() ?? ''}; ours ${JSON.stringify(ours.problems.map((x) => x.message))}; expected error ${p.expectError}`);
        return;
      }
      compared++;
      services += ours.services.length;
      const d = diff(ourSnapshot(ours), oracleSnapshot(r.out));
      if (d.length) failures.push(`p${p.id} (${dir}):\n  ${d.join('\n  ')}`);
    });
    t.diagnostic(`generated: ${compared} projects (${services} services) compared, ${errorsAgreed} refused by both, ${withOverride} with override files; our loader ${Date.now() - oursStarted} ms for all ${gens.length}`);
    const has = (re: RegExp, where: (p: GenProject) => string[] = (p) => Object.values(p.files)): number => gens.filter((p) => where(p).some((x) => re.test(x))).length;
    const yamls = (p: GenProject): string[] => Object.entries(p.files).filter(([k]) => /\.ya?ml$/.test(k)).map(([, v]) => v);
    const envs = (p: GenProject): string[] => Object.entries(p.files).filter(([k]) => /\.env$/.test(k)).map(([, v]) => v);
    t.diagnostic(`features (projects): <<: ${has(/<<:/, yamls)}, extends: ${has(/extends:/, yamls)}, extends file: ${has(/file: common/, yamls)}, alias env: ${has(/environment: \*env/, yamls)}, list env: ${has(/^\s+- [A-Z]/m, yamls)}, map env: ${has(/^\s{6}[A-Z0-9_]+:/m, yamls)}, pass-through: ${has(/^\s+- [A-Z0-9_]+$/m, yamls)}, $$: ${has(/\$\$/, yamls)}, :-: ${has(/:-/, yamls)}, -: ${has(/\$\{[A-Z0-9]+-/, yamls)}, :?: ${has(/:\?/, yamls)}, ?: ${has(/[A-Z0-9]\?\}/, yamls)}, $VAR: ${has(/\$[A-Z]/, yamls)}; .env: ${has(/^# project/m, envs)}, CRLF: ${has(/\r\n/, envs)}, BOM: ${has(/^\ufeff/, envs)}, export: ${has(/^export /m, envs)}, KEY alone: ${has(/^[A-Z0-9_]+\r?$/m, envs)}, double quotes: ${has(/="/, envs)}, single quotes: ${has(/='/, envs)}, multi-line: ${has(/"multi\n/, envs)}`);
    if (failures.length && process.env.NAL_KEEP_ORACLE) cpSync(join(root, 'gen'), process.env.NAL_KEEP_ORACLE, { recursive: true });
    assert.deepEqual(failures.slice(0, 10), [], `${failures.length} of ${gens.length} projects differ`);
    assert.ok(compared >= 200, `only ${compared} generated projects compared`);
    assert.ok(errorsAgreed >= 5, `only ${errorsAgreed} projects exercised Compose's refusals`);
  });

  await t.test('the batch driver answers like the docker-compose command', async () => {
    for (const i of [1]) {
      const j = genJobs[i];
      const viaCli = await runProcess(dc.bin, j.args, { cwd: j.dir, env: { ...j.env, PATH: process.env.PATH ?? '' } });
      assert.equal(genResults[i].code, viaCli.code);
      assert.equal(genResults[i].out, viaCli.out);
    }
  });
});

function chmodRecursive(dir: string): void {
  chmodSync(dir, 0o755);
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) chmodRecursive(p);
    else chmodSync(p, 0o644);
  }
}
