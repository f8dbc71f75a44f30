// Differential test of the Dockerfile reader against BuildKit's own frontend (scripts/oracles/dockerfile.sh builds
// it from moby/buildkit v0.34.2): generated Dockerfiles (ARG tags, multi-stage chains, both ENV syntaxes, quotes,
// escapes, every `${VAR…}` form, line continuations with `\` and with `# escape=\``, comment and empty lines inside
// continuations, syntax errors) and every Dockerfile of the corpus. Per stage: the base image, the ENV of the image,
// WORKDIR, ENTRYPOINT and CMD must equal what BuildKit makes; a file BuildKit rejects must give an error here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findOracle } from '../oracles';
import { corpusDir } from '../corpus';
import { rng, type Rng } from '../composeEdits';
import { evaluateDockerfile, parseDockerfile } from '../../server/src/core/sources/dockerfile';
import type { ImageRef } from '../../server/src/core/sources/dockerfile';

const GENERATED = 400;

interface Case {
  dockerfile: string;
  buildArgs?: Record<string, string>;
  label: string;
}

const NAMES = ['A', 'B', 'TAG', 'NACOS_AUTH_TOKEN', 'UNSET', 'PATH', 'Ä_1'];

function value(r: Rng, esc: string, depth = 0): string {
  const n = 1 + r.int(3);
  let out = '';
  for (let i = 0; i < n; i++) {
    const name = r.pick(NAMES);
    const inner = (): string => (depth < 1 ? value(r, esc, depth + 1) : r.pick(['x', 'd e', '']));
    out += r.pick([
      () => r.pick(['plain', 'v1.2', 'true', 'a,b', 'x=y', '/home/nacos', 'é', '']),
      () => `"${r.pick(['x y', ' lead', 'trail ', `q${esc}"q`, `d${esc}$x`, `b${esc}${esc}s`, `n${esc}n`, "it's", '$A', '${B:-d e}'])}"`,
      () => `'${r.pick(['x y', '$A', `${esc}`, '"dq"', ''])}'`,
      () => `a${esc} b`,
      () => `${esc}$A`,
      () => `$${name}`,
      () => `\${${name}}`,
      () => `\${${name}:-${inner()}}`,
      () => `\${${name}-${inner()}}`,
      () => `\${${name}:+${inner()}}`,
      () => `\${${name}+${inner()}}`,
      () => `\${${name}#${r.pick(['p', '*/', 'x*'])}}`,
      () => `\${${name}%${r.pick(['1', '.*', 's'])}}`,
      () => `\${${name}/${r.pick(['a', 'o'])}/${r.pick(['b', ''])}}`,
      () => r.pick(['$', '$1', '$@', '$ x', '${PATH:?must}', ...(r.int(4) === 0 ? ['${A?must}', '${A:?must}', '${UNSET?set it}'] : [])]),
    ])();
  }
  // Rare syntax errors BuildKit rejects.
  if (r.int(40) === 0) out += r.pick(['"open', "'open", '${', '${}', '${A:#x}', '${A x}']);
  return out;
}

function envLine(r: Rng, esc: string): string {
  const cont = (): string => r.pick([' ', ' ', ` ${esc}\n    `, ` ${esc}\n# note\n  `, ` ${esc}\n\n  `, `${esc}   \n`]);
  if (r.int(4) === 0) {
    // Legacy form: everything after the name is the value (whitespace inside kept).
    return `ENV ${r.pick(NAMES.filter((x) => x !== 'PATH'))} ${value(r, esc)}${r.int(3) === 0 ? cont() + value(r, esc) : ''}`;
  }
  const n = 1 + r.int(3);
  const pairs: string[] = [];
  for (let i = 0; i < n; i++) {
    const v = value(r, esc);
    // A bare value with whitespace in the equals form would be split: keep it one word.
    pairs.push(`${r.pick(NAMES)}=${/[\s]/.test(v.replace(/"[^"]*"|'[^']*'/g, '')) ? `"${v.replace(/"/g, '')}"` : v}`);
  }
  let line = 'ENV ' + pairs[0];
  for (const p of pairs.slice(1)) line += cont() + p;
  return line;
}

function generate(i: number): Case {
  const r = rng(0xd0c4e7 + i);
  const backtick = r.int(5) === 0;
  const esc = backtick ? '`' : '\\';
  const lines: string[] = [];
  if (backtick) lines.push('# escape=`');
  if (r.int(8) > 0) lines.push(`ARG TAG=${r.pick(['v2.4.3', 'v3.0.0', '${REG:-x}', 'v2.1.0', ...(r.int(4) === 0 ? [''] : [])])}`);
  if (r.int(3) === 0) lines.push('ARG REG=nacos');
  if (r.int(4) === 0) lines.push('ARG NOVAL');
  const stages = 1 + r.int(3);
  for (let s = 0; s < stages; s++) {
    const ref = r.pick([
      'nacos/nacos-server:${TAG}',
      'nacos/nacos-server:$TAG',
      '${REG:-nacos}/nacos-server:${TAG:-v2.2.0}',
      'nacos/nacos-server',
      'alpine:3.19',
      'registry.example.com:5000/nacos/nacos-server:v2.1.0@sha256:' + 'a'.repeat(64),
      'scratch',
      ...(s > 0 ? [`s${s - 1}`, `s${r.int(s)}`] : []),
      ...(r.int(30) === 0 ? ['Nacos/Server', ''] : []),
    ]);
    lines.push(`FROM ${r.int(6) === 0 ? '--platform=linux/amd64 ' : ''}${ref}${r.int(4) > 0 || s < stages - 1 ? ` AS s${s}` : ''}`);
    const body = r.int(6);
    for (let b = 0; b < body; b++) {
      const k = r.int(10);
      if (k < 5) lines.push(envLine(r, esc));
      else if (k === 5) lines.push(`ARG ${r.pick(NAMES)}${r.int(2) ? '=' + value(r, esc).replace(/\s/g, '') : ''}`);
      else if (k === 6) lines.push(`WORKDIR ${r.pick(['/home/nacos', 'conf', '../x', '$A', '"/a b"', '${TAG:-/t}'])}`);
      else if (k === 7) lines.push(`${r.pick(['CMD', 'ENTRYPOINT'])} ${r.pick(['["sh", "bin/docker-startup.sh"]', 'java -jar x.jar', '[ "x" ]', '[broken', ...(r.int(10) === 0 ? ['["a",1]'] : [])])}`);
      else if (k === 8) lines.push(`COPY ${s > 0 && r.int(2) ? '--from=s0 /a' : 'conf/application.properties'} ${r.pick(['/home/nacos/conf/', 'conf/'])}`);
      else lines.push(r.pick(['# a comment', '', 'RUN echo "$A" \\\n  && true', 'LABEL a=b', 'EXPOSE 8848']));
    }
  }
  const buildArgs: Record<string, string> = {};
  if (r.int(2) === 0) buildArgs.TAG = r.pick(['v2.5.1', 'v1.4.8', ...(r.int(4) === 0 ? [''] : [])]);
  if (r.int(3) === 0) buildArgs[r.pick(NAMES)] = r.pick(['ba', 'b a', '']);
  const dockerfile = lines.join(r.int(8) === 0 ? '\r\n' : '\n') + '\n';
  return { dockerfile, buildArgs, label: `generated #${i}` };
}

interface OracleStage {
  index: number;
  name: string;
  base?: string;
  env?: [string, string][];
  workdir?: string;
  entrypoint?: string[];
  cmd?: string[];
  error?: string;
}

function normalize(ref: ImageRef): string {
  const repo = ref.repository.includes('/') || ref.registry ? ref.repository : `library/${ref.repository}`;
  const tag = ref.tag ?? (ref.digest ? undefined : 'latest');
  return `${ref.registry ?? 'docker.io'}/${repo}${tag ? ':' + tag : ''}${ref.digest ? '@' + ref.digest : ''}`;
}

function compare(c: Case, oracle: { error?: string; stages?: OracleStage[] }): string[] {
  const ev = evaluateDockerfile(parseDockerfile('/w/Dockerfile', c.dockerfile), { buildArgs: c.buildArgs, baseImage: () => ({ env: {} }) });
  const ours = ev.problems.filter((p) => p.kind === 'error');
  const theirs = [oracle.error, ...(oracle.stages ?? []).map((s) => s.error)].filter((e): e is string => !!e && !e.startsWith('unnamed stage'));
  if (theirs.length > 0 || ours.length > 0) {
    if ((theirs.length > 0) !== (ours.length > 0)) return [`errors differ: buildkit ${JSON.stringify(theirs[0])}, ours ${JSON.stringify(ours[0]?.message)}`];
    return [];
  }
  const diffs: string[] = [];
  for (const os of oracle.stages ?? []) {
    if (os.error) continue;
    const img = ev.images[os.index];
    const root = ev.stages[img.chain[0]];
    const base = root.base.kind === 'image' ? normalize(root.base.ref) : '';
    if (base !== (os.base ?? '')) diffs.push(`stage ${os.index} base: buildkit ${os.base}, ours ${base}`);
    const theirEnv = (os.env ?? []).filter(([k]) => k !== 'PATH' || img.env.some((e) => e.name === 'PATH'));
    const ourEnv = img.env.map((e) => [e.name, e.value]);
    // PATH comes first from the base image in BuildKit's list; the reader lists only what ENV wrote: compare sets.
    const byName = (a: string[], b: string[]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
    theirEnv.sort(byName);
    ourEnv.sort(byName);
    if (JSON.stringify(theirEnv) !== JSON.stringify(ourEnv)) diffs.push(`stage ${os.index} env: buildkit ${JSON.stringify(theirEnv)}, ours ${JSON.stringify(ourEnv)}`);
    if ((os.workdir ?? '') !== (img.workdir ?? '')) diffs.push(`stage ${os.index} workdir: buildkit ${os.workdir}, ours ${img.workdir}`);
    const ep = img.entrypoint?.args ?? [];
    if (JSON.stringify(os.entrypoint ?? []) !== JSON.stringify(ep)) diffs.push(`stage ${os.index} entrypoint: buildkit ${JSON.stringify(os.entrypoint)}, ours ${JSON.stringify(ep)}`);
    const cmd = img.cmd?.args ?? [];
    if (JSON.stringify(os.cmd ?? []) !== JSON.stringify(cmd)) diffs.push(`stage ${os.index} cmd: buildkit ${JSON.stringify(os.cmd)}, ours ${JSON.stringify(cmd)}`);
    // Every character the reader says was written somewhere is that character of the file.
    for (const e of img.env) {
      e.written.offsets.forEach((o, k) => {
        if (o >= 0 && c.dockerfile[o] !== e.value[k]) diffs.push(`stage ${os.index} ${e.name}: offset of char ${k} points at ${JSON.stringify(c.dockerfile[o])}`);
      });
      if (e.written.literal !== (e.refs.length === 0)) diffs.push(`${e.name}: literal flag`);
    }
  }
  return diffs;
}

function corpusCases(): Case[] {
  const root = corpusDir();
  if (!root) return [];
  const out: Case[] = [];
  for (const d of readdirSync(root).filter((x) => x.startsWith('nacos-docker-')).sort()) {
    const build = join(root, d, 'build');
    let names: string[];
    try {
      names = readdirSync(build).filter((f) => /^Dockerfile/.test(f));
    } catch {
      continue;
    }
    for (const f of names) out.push({ dockerfile: readFileSync(join(build, f), 'utf8'), label: `${d}/build/${f}` });
  }
  return out;
}

test('Dockerfile reader = BuildKit (moby/buildkit v0.34.2) on generated and corpus Dockerfiles', (t) => {
  const found = findOracle('dockerfile', 'oracle');
  if ('skip' in found) {
    t.skip(found.skip);
    return;
  }
  const corpus = corpusCases();
  const cases = [...Array.from({ length: GENERATED }, (_, i) => generate(i)), ...corpus];
  const input = cases.map((c) => JSON.stringify({ dockerfile: c.dockerfile, buildArgs: c.buildArgs ?? {} })).join('\n') + '\n';
  const res = spawnSync(found.path, { input, encoding: 'utf8', maxBuffer: 256 << 20 });
  assert.equal(res.status, 0, res.stderr);
  const outs = res.stdout.trim().split('\n').map((l) => JSON.parse(l) as { error?: string; stages?: OracleStage[] });
  assert.equal(outs.length, cases.length);
  const failures: string[] = [];
  let errors = 0;
  let envs = 0;
  cases.forEach((c, i) => {
    if (outs[i].error || outs[i].stages?.some((s) => s.error && !s.error.startsWith('unnamed'))) errors++;
    envs += (outs[i].stages ?? []).reduce((n, s) => n + (s.env?.length ?? 0), 0);
    const d = compare(c, outs[i]);
    if (d.length > 0) failures.push(`${c.label}:\n${c.dockerfile}\nbuild args ${JSON.stringify(c.buildArgs ?? {})}\n  ${d.join('\n  ')}`);
  });
  t.diagnostic(`${cases.length} Dockerfiles (${GENERATED} generated, ${corpus.length} from the corpus): ${errors} rejected by BuildKit, ${envs} ENV values compared`);
  assert.ok(corpus.length > 0 || process.env.CI !== 'true', 'corpus Dockerfiles found');
  // NAL_DEBUG=1: which errors BuildKit gave, and the first differences in full.
  if (process.env.NAL_DEBUG) {
    const kinds = new Map<string, number>();
    for (const o of outs) {
      const e = [o.error, ...(o.stages ?? []).map((s) => s.error)].find((x) => x && !x.startsWith('unnamed'));
      if (e) kinds.set(e.replace(/"[^"]*"/g, 'Q').slice(0, 90), (kinds.get(e.replace(/"[^"]*"/g, 'Q').slice(0, 90)) ?? 0) + 1);
    }
    t.diagnostic(JSON.stringify([...kinds].sort((a, b) => b[1] - a[1]).slice(0, 12)));
    t.diagnostic(failures.slice(0, 8).join('\n\n'));
  }
  assert.ok(errors > 5 && errors < cases.length / 3, `a useful share of error cases (${errors})`);
  assert.deepEqual(failures.slice(0, 5), [], `${failures.length} of ${cases.length} differ`);
});
