// The Dockerfile source by hand: written places of ENV values (both syntaxes, quotes, escapes, continuations with
// `\` and with `# escape=\``), substitution from ENV/ARG/build args, ARG tags and multi-stage chains, the Nacos conf
// files COPY/ADD put into the image, ENTRYPOINT/CMD, compose `build:`, and bad input (never a throw).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  dockerfileImage, evaluateDockerfile, imageFromComposeBuild, isDockerfileName, parseDockerfile, parseImageRef, buildArgsOf,
  type DockerfileImage, type EnvEntry,
} from '../../server/src/core/sources/dockerfile';
import { rng } from '../composeEdits';

const P = '/w/Dockerfile';
const img = (text: string, opts = {}): DockerfileImage => {
  const i = dockerfileImage(P, text, opts);
  assert.ok(i, 'an image');
  return i;
};
const env = (i: DockerfileImage, name: string): EnvEntry => {
  const e = i.env.find((x) => x.name === name);
  assert.ok(e, `ENV ${name}`);
  return e;
};
const at = (text: string, s: { start: number; end: number }): string => text.slice(s.start, s.end);

test('ENV K=V: key, value, inner, entry spans; quote style; per-character offsets', () => {
  const t = 'FROM nacos/nacos-server:v2.4.3\nENV NACOS_AUTH_IDENTITY_KEY="server Identity" B=plain C=\'single $x\' D=a\\ b"q"\n';
  const i = img(t);
  const a = env(i, 'NACOS_AUTH_IDENTITY_KEY');
  assert.equal(a.value, 'server Identity');
  assert.equal(at(t, a.written.keySpan), 'NACOS_AUTH_IDENTITY_KEY');
  assert.equal(at(t, a.written.valueSpan), '"server Identity"');
  assert.equal(at(t, a.written.innerSpan), 'server Identity');
  assert.equal(at(t, a.written.entrySpan), 'NACOS_AUTH_IDENTITY_KEY="server Identity"');
  assert.equal(at(t, a.written.instructionSpan), t.split('\n')[1]);
  assert.equal(a.written.quote, '"');
  assert.equal(a.written.syntax, 'equals');
  assert.equal(a.written.literal, true);
  assert.equal(a.via, 'ENV in Dockerfile');
  assert.deepEqual(a.written.offsets.map((o) => t[o]).join(''), a.value);
  assert.equal(env(i, 'B').written.quote, 'none');
  assert.equal(env(i, 'C').value, 'single $x');
  assert.equal(env(i, 'C').written.quote, "'");
  const d = env(i, 'D');
  assert.equal(d.value, 'a bq');
  assert.equal(d.written.quote, 'mixed');
  assert.equal(at(t, d.written.valueSpan), 'a\\ b"q"');
  assert.deepEqual(d.written.offsets.map((o) => t[o]).join(''), 'a bq');
});

test('legacy ENV K V: everything after the name, inner whitespace kept, quotes processed', () => {
  const t = 'FROM x\nENV NACOS_AUTH_ENABLE  true   and "more  words"\n';
  const e = env(img(t), 'NACOS_AUTH_ENABLE');
  assert.equal(e.value, 'true   and more  words');
  assert.equal(e.written.syntax, 'legacy');
  assert.equal(at(t, e.written.valueSpan), 'true   and "more  words"');
  assert.equal(at(t, e.written.keySpan), 'NACOS_AUTH_ENABLE');
  assert.equal(e.written.quote, 'mixed');
  // A leading space inside quotes is kept: the entrypoint will split it (issue 14 item 10).
  assert.equal(env(img('FROM x\nENV NACOS_AUTH_ENABLE=" false"\n'), 'NACOS_AUTH_ENABLE').value, ' false');
});

test('substitution: earlier ENV and ARG, ${VAR:-d} ${VAR:+r}, same line sees the values before the line', () => {
  const t = [
    'FROM x',
    'ARG SECRET_BASE=abc',
    'ENV A=one',
    'ENV B=${A}-$SECRET_BASE C=${MISSING:-dflt} D=${A:+set} E=${MISSING:+set} A=two F=$A',
    'ENV G=$A',
  ].join('\n');
  const i = img(t, { baseImage: () => ({ env: {} }) });
  assert.equal(env(i, 'B').value, 'one-abc');
  assert.deepEqual(env(i, 'B').refs.map((r) => [r.name, r.source]), [['A', 'env'], ['SECRET_BASE', 'arg']]);
  assert.equal(env(i, 'B').written.literal, false);
  assert.deepEqual(env(i, 'B').written.offsets.map((o) => o >= 0), [false, false, false, true, false, false, false]);
  assert.equal(env(i, 'C').value, 'dflt');
  assert.deepEqual(env(i, 'C').refs.map((r) => r.source), ['unset']);
  assert.equal(env(i, 'D').value, 'set');
  assert.equal(env(i, 'E').value, '');
  assert.equal(env(i, 'F').value, 'one', 'F sees A from before its own line');
  assert.equal(env(i, 'G').value, 'two');
  assert.equal(env(i, 'A').value, 'two');
  // Without what the base image's environment is, an unknown name is unknown, not empty.
  const u = env(img('FROM x\nENV P=$JAVA_HOME/bin\n'), 'P');
  assert.equal(u.known, false);
  assert.deepEqual(u.refs.map((r) => r.source), ['unknown']);
  assert.equal(env(img('FROM x\nENV P=$JAVA_HOME/bin\n', { baseImage: () => ({ env: { JAVA_HOME: '/jdk' } }) }), 'P').value, '/jdk/bin');
});

test('line continuations: `\\` with comments and blank lines inside, and `# escape=`` with Windows paths', () => {
  const t = 'FROM x\nENV A=1 \\\n# a comment inside\n\n    B="two \\\n  parts"\n';
  const i = img(t);
  assert.equal(env(i, 'A').value, '1');
  assert.equal(env(i, 'B').value, 'two   parts');
  assert.equal(env(i, 'B').written.offsets.map((o) => t[o]).join(''), 'two   parts');
  const w = '# escape=`\nFROM x\nENV P=C:\\Program` Files\\nacos `\n    Q=`$HOME\n';
  const j = img(w);
  assert.equal(env(j, 'P').value, 'C:\\Program Files\\nacos');
  assert.equal(env(j, 'Q').value, '$HOME');
  // BuildKit: an escape character preceded by another one does not continue the line.
  const q = img('FROM x\nENV A=foo\\\\\\\nENV B=2\n');
  assert.equal(env(q, 'A').value, 'foo\\');
  assert.equal(env(q, 'B').value, '2');
});

test('ARG tags in FROM: default, build arg, pass-through (unknown), stage chains to the Nacos tag', () => {
  const t = 'ARG TAG=v2.4.3\nFROM nacos/nacos-server:${TAG} AS base\nENV X=1\nFROM base AS prod\nENV Y=2\nFROM alpine AS other\n';
  const prod = img(t, { target: 'prod' });
  assert.equal(prod.nacosTag, 'v2.4.3');
  assert.deepEqual(prod.chain, [0, 1]);
  assert.deepEqual(prod.env.map((e) => [e.name, e.value, e.stage]), [['X', '1', 0], ['Y', '2', 1]]);
  assert.equal(prod.stage.name, 'prod');
  assert.equal(at(t, prod.stage.fromSpan), 'base');
  assert.equal(img(t, { target: 'PROD', buildArgs: { TAG: 'v3.0.0' } }).nacosTag, 'v3.0.0');
  assert.equal(img(t).nacosTag, undefined, 'the last stage is alpine');
  assert.equal(dockerfileImage(P, t, { target: 'nope' }), undefined);
  const pass = img(t, { target: 'prod', buildArgs: { TAG: undefined } });
  assert.equal(pass.nacosTag, undefined);
  const base = evaluateDockerfile(parseDockerfile(P, t), { buildArgs: { TAG: undefined } }).stages[0];
  assert.equal(base.base.kind, 'unknown');
  assert.equal(base.fromKnown, false);
  assert.equal(img('FROM nacos/nacos-server\n').nacosTag, 'latest');
  assert.equal(img('FROM registry.cn-hangzhou.aliyuncs.com/nacos/nacos-server:v2.3.0-slim\n').nacosTag, 'v2.3.0-slim');
  assert.deepEqual(parseImageRef('localhost:5000/nacos/nacos-server:v2.1.0@sha256:' + 'a'.repeat(64)), {
    raw: 'localhost:5000/nacos/nacos-server:v2.1.0@sha256:' + 'a'.repeat(64),
    registry: 'localhost:5000',
    repository: 'nacos/nacos-server',
    tag: 'v2.1.0',
    digest: 'sha256:' + 'a'.repeat(64),
    nacosTag: 'v2.1.0',
  });
  assert.equal(parseImageRef('Nacos/Server'), undefined);
});

test('COPY/ADD of the Nacos conf files: explicit file, conf directory, WORKDIR-relative, directory source, heredoc, --from ignored', () => {
  const files: Record<string, string> = {
    '/ctx/conf/application.properties': 'a=1\n',
    '/ctx/custom/custom.properties': 'b=2\n',
    '/ctx/my.properties': 'c=3\n',
  };
  const o = { context: '/ctx', readFile: (p: string) => files[p] };
  const one = (line: string, from = 'nacos/nacos-server:v2.0.4'): DockerfileImage => img(`FROM ${from}\n${line}\n`, o);
  const f = one('COPY conf/application.properties /home/nacos/conf/application.properties').files;
  assert.deepEqual(f.map((x) => [x.target, x.dest, x.source, x.sourcePath, x.exists, x.fromDirectory, x.via]), [
    ['application.properties', '/home/nacos/conf/application.properties', 'conf/application.properties', '/ctx/conf/application.properties', true, false, 'COPY in Dockerfile'],
  ]);
  assert.equal(one('ADD ./conf/application.properties /home/nacos/conf/').files[0]?.via, 'ADD in Dockerfile');
  assert.equal(one('COPY conf/application.properties /home/nacos/conf').files[0]?.dest, '/home/nacos/conf/application.properties', 'the conf directory exists in the image');
  assert.equal(one('COPY conf/application.properties /home/nacos/conf', 'alpine').files.length, 0, 'elsewhere it is a file named conf');
  assert.equal(img('FROM x\nWORKDIR /home/nacos\nCOPY conf/application.properties conf/\n', o).files[0]?.dest, '/home/nacos/conf/application.properties');
  assert.equal(one('COPY my.properties /home/nacos/conf/application.properties').files[0]?.source, 'my.properties');
  assert.equal(one('COPY my.properties /home/nacos/conf/').files.length, 0, 'copied under its own name');
  const dir = one('COPY conf /home/nacos/conf/').files[0];
  assert.equal(dir?.fromDirectory, true);
  assert.equal(dir?.source, 'conf/application.properties');
  const cust = one('COPY custom/ /home/nacos/init.d/').files[0];
  assert.deepEqual([cust?.target, cust?.dest], ['custom.properties', '/home/nacos/init.d/custom.properties']);
  assert.equal(one('COPY conf/*.properties /home/nacos/conf/').files[0]?.source, 'conf/application.properties');
  assert.equal(one('COPY --from=builder /out/application.properties /home/nacos/conf/').files.length, 0);
  const hd = 'FROM nacos/nacos-server:v2.4.3\nCOPY <<EOF /home/nacos/conf/application.properties\nnacos.core.auth.enabled=true\nEOF\nENV A=1\n';
  const h = img(hd, o);
  assert.equal(h.files[0]?.source, 'EOF');
  assert.equal(at(hd, h.files[0]!.inline!), 'nacos.core.auth.enabled=true\n');
  assert.equal(env(h, 'A').value, '1', 'the heredoc body is not read as instructions');
  // A later copy onto the same path replaces the earlier one.
  const two = img('FROM nacos/nacos-server:v2.4.3\nCOPY conf/application.properties /home/nacos/conf/\nCOPY my.properties /home/nacos/conf/application.properties\n', o);
  assert.deepEqual(two.files.map((x) => x.source), ['my.properties']);
});

test('ENTRYPOINT and CMD overrides; ENTRYPOINT clears an inherited CMD; WORKDIR', () => {
  const i = img('FROM nacos/nacos-server:v2.4.3 AS a\nCMD ["x"]\nFROM a\nWORKDIR /opt\nWORKDIR app\nENTRYPOINT java -jar /opt/app.jar\n');
  assert.deepEqual(i.entrypoint?.args, ['/bin/sh', '-c', 'java -jar /opt/app.jar']);
  assert.equal(i.entrypoint?.form, 'shell');
  assert.equal(i.cmd, undefined);
  assert.equal(i.workdir, '/opt/app');
  const j = img('FROM nacos/nacos-server:v2.4.3\nENTRYPOINT ["bash", "bin/docker-startup.sh"]\nCMD ["-x"]\n');
  assert.deepEqual([j.entrypoint?.form, j.entrypoint?.args, j.cmd?.args], ['exec', ['bash', 'bin/docker-startup.sh'], ['-x']]);
});

test('errors Docker reports are problems, not exceptions', () => {
  for (const [t, re] of [
    ['FROM x\nENV A="open\n', /double-quote/],
    ['FROM x\nENV A=${\n', /missing '}'/],
    ['FROM x\nENV A="${B x}"\n', /unsupported modifier/],
    ['FROM x\nENV A=${B x}\n', /can't find =/],
    ['FROM x\nENV A=1 B\n', /can't find =/],
    ['FROM x\nENV A\n', /two arguments/],
    ['ENV A=1\nFROM x\n', /before the first FROM/],
    ['FROM x y\n', /one or three/],
    ['FROM x AS 1st\n', /invalid name/],
    ['RUN true\n', /before the first FROM|no FROM/],
    ['FROM x\nCMD ["a", 1]\n', /only strings/],
    ['FROM x\nCOPY <<EOF /a\nno end\n', /unterminated heredoc/],
  ] as const) {
    const ev = evaluateDockerfile(parseDockerfile(P, t));
    assert.ok(ev.problems.some((p) => p.kind === 'error' && re.test(p.message)), `${JSON.stringify(t)}: ${JSON.stringify(ev.problems.map((p) => p.message))}`);
  }
});

test('hostile input: random bytes, 1 MB files, deep ${ nesting — no throw, bounded time', () => {
  const r = rng(17);
  const alphabet = ['\\', '`', '"', "'", '$', '{', '}', ':', '-', '+', '#', '%', '/', '=', ' ', '\n', '\r', '\t', 'A', 'ENV ', 'FROM ', 'ARG ', 'COPY ', '<<', 'EOF', '\u0000', 'é', '\ud83d\ude00'];
  for (let k = 0; k < 300; k++) {
    let s = 'FROM x\n';
    const n = r.int(120);
    for (let i = 0; i < n; i++) s += r.pick(alphabet);
    evaluateDockerfile(parseDockerfile(P, s), { buildArgs: { A: 'x' } });
  }
  const big = 'FROM nacos/nacos-server:v2.4.3\nENV ' + 'A="x y" B=${A:-z} \\\n'.repeat(40000) + '  C=1\n';
  const t0 = Date.now();
  const i = img(big);
  assert.equal(env(i, 'C').value, '1');
  assert.ok(Date.now() - t0 < 5000, `1 MB in ${Date.now() - t0} ms`);
  const deep = 'FROM x\nENV A=' + '${B:-'.repeat(5000) + 'x' + '}'.repeat(5000) + '\n';
  const ev = evaluateDockerfile(parseDockerfile(P, deep));
  assert.ok(ev.images.length === 1);
});

test('compose build: string and object forms, args as map and list, target, dockerfile, missing and remote', () => {
  const root = resolve(__dirname, '../../test/fixtures/dockerfile/compose-build').replace(/\\/g, '/');
  const fixtures = existsDir(root) ? root : resolve(process.cwd(), 'test/fixtures/dockerfile/compose-build').replace(/\\/g, '/');
  const read = (p: string): string | undefined => {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  };
  const b = imageFromComposeBuild({ context: './nacos', dockerfile: 'Dockerfile', target: 'prod', args: { NACOS_VERSION: 'v2.2.0' } }, fixtures, read);
  assert.equal(b.problem, undefined);
  assert.equal(b.dockerfilePath, join(fixtures, 'nacos/Dockerfile').replace(/\\/g, '/'));
  const i = b.image!;
  assert.equal(i.nacosTag, 'v2.2.0');
  assert.deepEqual(i.env.map((e) => e.name), ['NACOS_AUTH_ENABLE', 'NACOS_AUTH_IDENTITY_KEY', 'NACOS_AUTH_IDENTITY_VALUE', 'NACOS_AUTH_TOKEN', 'MODE', 'PREFER_HOST_MODE']);
  assert.equal(env(i, 'NACOS_AUTH_TOKEN').written.syntax, 'legacy');
  const text = read(b.dockerfilePath!)!;
  assert.equal(at(text, env(i, 'NACOS_AUTH_IDENTITY_KEY').written.innerSpan), 'serverIdentity');
  assert.deepEqual(i.files.map((f) => [f.target, f.source, f.exists, f.fromDirectory]), [
    ['application.properties', 'conf/application.properties', true, false],
    ['custom.properties', 'init.d/custom.properties', true, true],
  ]);
  assert.equal(imageFromComposeBuild('./nacos', fixtures, read).image?.nacosTag, 'v2.4.3', 'string form: context, default args, last stage');
  assert.equal(imageFromComposeBuild({ context: 'nacos', args: ['NACOS_VERSION=v1.4.8'] }, fixtures, read).image?.nacosTag, 'v1.4.8');
  assert.equal(imageFromComposeBuild({ context: 'nacos', args: ['NACOS_VERSION'] }, fixtures, read).image?.nacosTag, undefined, 'passed through: unknown');
  assert.match(imageFromComposeBuild({ context: 'nacos', dockerfile: 'Other.Dockerfile' }, fixtures, read).problem ?? '', /not found/);
  assert.match(imageFromComposeBuild({ context: 'nacos', target: 'nope' }, fixtures, read).problem ?? '', /target stage/);
  assert.match(imageFromComposeBuild('https://github.com/x/y.git#main', fixtures, read).problem ?? '', /remote/);
  assert.equal(imageFromComposeBuild({ dockerfile_inline: 'FROM nacos/nacos-server:v2.5.1\n' }, fixtures, read).image?.nacosTag, 'v2.5.1');
  assert.deepEqual(buildArgsOf({ A: 1, B: null, C: true }), { A: '1', B: undefined, C: 'true' });
});

test('Dockerfile names', () => {
  for (const y of ['Dockerfile', 'Containerfile', 'nacos.Dockerfile', 'Dockerfile.prod', 'a/b/Dockerfile.Slim', 'dockerfile']) assert.ok(isDockerfileName(y), y);
  for (const n of ['Dockerfiles', 'README.md', 'docker-compose.yml', '.Dockerfile']) assert.ok(!isDockerfileName(n), n);
});

function existsDir(p: string): boolean {
  try {
    readFileSync(join(p, 'docker-compose.yml'));
    return true;
  } catch {
    return false;
  }
}
