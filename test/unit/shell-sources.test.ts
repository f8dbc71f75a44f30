// Container runs found in shell scripts, Markdown blocks, Makefile recipes and CI workflows, with the places their
// values were written (fixtures in test/fixtures/shell/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mayHaveShellInvocations, readProducedScript, readShellFile, scriptKind } from '../../server/src/core/sources/shell/index';
import type { DockerInvocation, ShellEnvEntry, ShellPlace, ShellReading } from '../../server/src/core/sources/shell/types';
import { TextBuilder } from '../../server/src/core/sources/shell/produced';

const dir = resolve(__dirname, '../../test/fixtures/shell').replace(/\\/g, '/');
const fixtureDir = require('node:fs').existsSync(dir) ? dir : resolve('test/fixtures/shell').replace(/\\/g, '/');

function read(rel: string): { text: string; reading: ShellReading } {
  const path = join(fixtureDir, rel).replace(/\\/g, '/');
  const text = readFileSync(path, 'utf8');
  const reading = readShellFile({ path, text });
  assert.ok(reading, `${rel} is read`);
  return { text, reading };
}
const at = (text: string, s: { start: number; end: number } | undefined): string | undefined => (s ? text.slice(s.start, s.end) : undefined);
const env = (inv: DockerInvocation, name: string): ShellEnvEntry => {
  const e = inv.env.find((x) => x.name === name);
  assert.ok(e, `env ${name}`);
  return e;
};

/** Every known value character maps to a file offset; where the value was written literally, to that very character. */
function checkOffsets(text: string, value: string, place: ShellPlace): void {
  assert.ok(place.offsets, `offsets for ${JSON.stringify(value)}`);
  assert.equal(place.offsets.length, value.length + 1);
  if (place.literal) {
    for (let i = 0; i < value.length; i++) assert.equal(text[place.offsets[i]!], value[i]);
    assert.equal(at(text, place.valueSpan), value);
  }
}

test('which files are script sources', () => {
  assert.equal(scriptKind('/r/deploy.sh', ''), 'shell');
  assert.equal(scriptKind('/r/bin/start', '#!/usr/bin/env bash\n'), 'shell');
  assert.equal(scriptKind('/r/bin/start', '#!/usr/bin/python3\n'), undefined);
  assert.equal(scriptKind('/r/Makefile', ''), 'makefile');
  assert.equal(scriptKind('/r/docs/README.md', ''), 'markdown');
  assert.equal(scriptKind('/r/.github/workflows/ci.yml', ''), 'github-actions');
  assert.equal(scriptKind('/r/.gitlab-ci.yml', ''), 'gitlab-ci');
  assert.equal(scriptKind('/r/docker-compose.yml', ''), undefined);
  // The fast pre-check: no "nacos" in the file, nothing is read.
  assert.equal(mayHaveShellInvocations('/r/a.sh', 'docker run redis'), false);
  assert.equal(readShellFile({ path: '/r/a.sh', text: 'docker run redis' }), undefined);
});

test('deploy.sh: a cluster of three docker runs in a loop', () => {
  const { text, reading } = read('deploy.sh');
  assert.equal(reading.invocations.length, 1, 'the heredoc copy is not a command');
  const inv = reading.invocations[0]!;
  assert.equal(inv.program, 'docker');
  assert.equal(inv.subcommand, 'run');
  assert.equal(inv.conditional, 'for');
  assert.ok(inv.looksLikeNacos);
  assert.ok(at(text, inv.span)!.startsWith('docker run -d --name "nacos-$i"'));
  assert.ok(at(text, inv.span)!.endsWith('-Dfoo=bar'));
  assert.equal(inv.name?.value, undefined);
  assert.match(inv.name!.reason!, /loop variable/);
  // The image through two variables; ${NACOS_VERSION:-v2.4.3} comes from the caller.
  assert.equal(inv.image?.value, undefined);
  assert.match(inv.image!.reason!, /NACOS_VERSION/);
  assert.equal(inv.image!.partial?.head, 'nacos/nacos-server:');

  const mode = env(inv, 'MODE');
  assert.equal(mode.value, 'cluster');
  assert.equal(mode.place.via, '-e in deploy.sh');
  assert.equal(mode.place.quoting, 'none');
  assert.ok(mode.place.literal);
  checkOffsets(text, 'cluster', mode.place);

  const servers = env(inv, 'NACOS_SERVERS');
  assert.equal(servers.value, '10.0.0.1:8848 10.0.0.2:8848 10.0.0.3:8848');
  assert.equal(servers.place.quoting, 'double');
  assert.equal(servers.place.literal, false);
  assert.deepEqual(servers.place.through?.map((t) => t.name), ['NACOS_SERVERS']);
  // Its characters point at the assignment NACOS_SERVERS="…" earlier in the script.
  assert.equal(text.slice(servers.place.offsets![0], servers.place.offsets!.at(-1)), servers.value);
  assert.equal(inv.clusterKey, '10.0.0.1:8848 10.0.0.2:8848 10.0.0.3:8848');
  assert.equal(reading.nacosServers[0]?.value, servers.value);

  const identity = env(inv, 'NACOS_AUTH_IDENTITY_VALUE');
  assert.equal(identity.value, 'my value'); // IDENTITY_VALUE=my\ value
  checkOffsets(text, 'my value', identity.place);
  assert.equal(text.slice(identity.place.offsets![2], identity.place.offsets![3]), '\\ ');

  // -e NACOS_AUTH_TOKEN: passed from the script's exported variable.
  const token = env(inv, 'NACOS_AUTH_TOKEN');
  assert.ok(token.passThrough);
  assert.equal(token.value, 'SecretKey012345678901234567890123456789012345678901234567890123456789');
  assert.match(at(text, token.assignedAt?.span)!, /^NACOS_AUTH_TOKEN='SecretKey/);

  assert.equal(inv.envFiles[0]?.word.value, './nacos.env');
  assert.equal(inv.envFiles[0]?.resolved, `${fixtureDir}/nacos.env`);
  const m = inv.mounts[0]!;
  assert.equal(m.target, '/home/nacos/conf/application.properties');
  assert.equal(m.confTarget, 'application.properties');
  assert.match(m.word.reason!, /command substitution/);
  assert.equal(inv.network?.value, 'nacos-net');
  assert.deepEqual(inv.args.map((a) => a.value), ['--spring.config.additional-location=/x', '-Dfoo=bar']);
});

test('README.md: bash, console and list-indented blocks share one shell; other languages are skipped', () => {
  const { text, reading } = read('README.md');
  const sources = reading.invocations.map((i) => i.source);
  assert.deepEqual(sources, ['README.md (console block at line 12)', 'README.md (sh block at line 23)', 'README.md (bash block at line 35)']);
  const [consoleRun, listRun, after] = reading.invocations as [DockerInvocation, DockerInvocation, DockerInvocation];
  // The prompt and the `> ` continuation prompt are not part of the command; the output line is not a command.
  assert.ok(at(text, consoleRun.span)!.startsWith('docker run -d --name nacos'));
  assert.equal(consoleRun.image?.value, 'nacos/nacos-server:v2.4.3'); // NACOS_VERSION from the first block
  const token = env(consoleRun, 'NACOS_AUTH_TOKEN');
  assert.equal(token.value, 'VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=');
  assert.equal(text.slice(token.place.offsets![0], token.place.offsets!.at(-1)), token.value);
  const key = env(listRun, 'NACOS_AUTH_IDENTITY_KEY');
  checkOffsets(text, 'serverIdentity', key.place);
  // The unterminated quote stays in its block: a problem there, and the next block is read.
  assert.equal(reading.problems.length, 1);
  assert.match(reading.problems[0]!.message, /unterminated double quote/);
  assert.ok(at(text, reading.problems[0]!.span)!.startsWith('"UNTERMINATED=1'));
  assert.equal(env(after, 'AFTER_BROKEN').value, '1');
});

test('Makefile: make expands $(VAR) and $$ before the shell; exported make variables reach docker', () => {
  const { text, reading } = read('Makefile');
  assert.equal(reading.invocations.length, 1);
  const inv = reading.invocations[0]!;
  assert.equal(inv.source, 'Makefile (recipe at line 7)');
  assert.ok(at(text, inv.span)!.startsWith('docker run -d --name nacos-$(TAG)'));
  assert.ok(at(text, inv.span)!.endsWith('$(NACOS_IMAGE):$(TAG)'));
  assert.equal(inv.image?.value, 'nacos/nacos-server:v2.4.3');
  assert.equal(inv.name?.value, 'nacos-v2.4.3');
  // The image characters point at the variables' definitions.
  assert.equal(text.slice(inv.image!.place.offsets![0], inv.image!.place.offsets![0]! + 5), 'nacos');
  assert.equal(env(inv, 'NACOS_AUTH_ENABLE').value, 'true');
  assert.equal(env(inv, 'NACOS_AUTH_TOKEN').value, 'SecretKey012345678901234567890123456789012345678901234567890123456789');
  assert.match(env(inv, 'HOME_DIR').reason!, /\$HOME/);
  assert.match(env(inv, 'SHA').reason!, /make function \$\(shell/);
});

test('GitHub Actions: run steps, env at every level, ${{ }} is unknown, pwsh steps are skipped', () => {
  const { text, reading } = read('.github/workflows/deploy.yml');
  assert.equal(reading.invocations.length, 2);
  const [first, second] = reading.invocations as [DockerInvocation, DockerInvocation];
  assert.equal(first.source, 'deploy.yml (run at line 13)');
  assert.equal(env(first, 'NACOS_AUTH_IDENTITY_KEY').value, 'serverIdentity');
  assert.match(at(text, env(first, 'NACOS_AUTH_IDENTITY_KEY').assignedAt?.span)!, /^NACOS_AUTH_IDENTITY_KEY: serverIdentity/);
  assert.match(env(first, 'NACOS_AUTH_TOKEN').reason!, /secrets\.NACOS_TOKEN/);
  assert.match(env(first, 'NACOS_AUTH_IDENTITY_VALUE').reason!, /GitHub Actions expression \$\{\{ secrets\.IDENTITY \}\}/);
  const mode = env(first, 'MODE');
  checkOffsets(text, 'standalone', mode.place);
  assert.equal(second.image?.value, 'nacos/nacos-server:v3.0.1');
  checkOffsets(text, 'true', env(second, 'NACOS_AUTH_ENABLE').place);
});

test('GitLab CI: before_script and script in one shell, variables exported, folded scalars mapped', () => {
  const { text, reading } = read('.gitlab-ci.yml');
  assert.equal(reading.invocations.length, 2);
  const [first, second] = reading.invocations as [DockerInvocation, DockerInvocation];
  assert.equal(env(first, 'MODE').value, 'standalone');
  assert.equal(env(first, 'NACOS_AUTH_TOKEN').value, 'VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=');
  assert.equal(first.image?.value, 'nacos/nacos-server:v2.4.3');
  checkOffsets(text, 'true', env(second, 'NACOS_AUTH_ENABLE').place);
  assert.ok(at(text, second.span)!.startsWith('docker run --rm\n      -e NACOS_AUTH_ENABLE=true'));
});

test('options as docker parses them: -eK=v, -e=K=v, --env=K=v, -de K=v, bare -e KEY, env and sudo wrappers', () => {
  const text = [
    '# nacos',
    'export EXP=exported; PLAIN=plain',
    'sudo -E docker run -eA=1 -e=B=2 --env=C=3 --env D=4 -de E=5 -e EXP -e PLAIN -e CALLER nacos/nacos-server:v2.4.3 --k=v',
    'env X=from-env podman run -e X --rm -e Y nacos/nacos-server',
    'sudo docker container create -e EXP nacos/nacos-server',
    'docker -H unix:///x.sock create --name n1 -- nacos/nacos-server',
  ].join('\n');
  const r = readShellFile({ path: '/r/x.sh', text })!;
  const [a, b, c, d] = r.invocations as [DockerInvocation, DockerInvocation, DockerInvocation, DockerInvocation];
  assert.deepEqual(a.env.map((e) => [e.name, e.value]), [['A', '1'], ['B', '2'], ['C', '3'], ['D', '4'], ['E', '5'], ['EXP', 'exported'], ['PLAIN', undefined], ['CALLER', undefined]]);
  assert.deepEqual(a.env.map((e) => e.place.via), ['-e in x.sh', '-e in x.sh', '--env in x.sh', '--env in x.sh', '-e in x.sh', '-e in x.sh', '-e in x.sh', '-e in x.sh']);
  assert.match(a.env[6]!.reason!, /not exported/);
  assert.match(a.env[7]!.reason!, /caller's CALLER/);
  for (const e of a.env.slice(0, 5)) checkOffsets(text, e.value!, e.place);
  assert.deepEqual(a.args.map((x) => x.value), ['--k=v']);
  assert.equal(b.program, 'podman');
  assert.deepEqual(b.env.map((e) => [e.name, e.value]), [['X', 'from-env'], ['Y', undefined]]);
  assert.equal(c.subcommand, 'container create');
  assert.match(c.env[0]!.reason!, /sudo resets the environment/);
  assert.equal(d.subcommand, 'create');
  assert.equal(d.name?.value, 'n1');
  assert.equal(d.image?.value, 'nacos/nacos-server');
});

test('--env-file paths resolve against the script directory and its cd; unknown parts are flagged', () => {
  const text = '# nacos\ndocker run --env-file env/a.env n\ncd deploy\ndocker run --env-file ../b.env --env-file "$CONF/c.env" n\ncd "$(mktemp -d)"\ndocker run --env-file d.env n';
  const r = readShellFile({ path: '/repo/scripts/up.sh', text })!;
  assert.equal(r.invocations[0]!.envFiles[0]!.resolved, '/repo/scripts/env/a.env');
  assert.equal(r.invocations[1]!.envFiles[0]!.resolved, '/repo/scripts/b.env');
  assert.match(r.invocations[1]!.envFiles[1]!.unknownReason!, /CONF/);
  assert.equal(r.invocations[2]!.envFiles[0]!.resolved, undefined);
  assert.match(r.invocations[2]!.envFiles[0]!.unknownReason!, /working directory/);
});

test('several runs of one cluster share a cluster key', () => {
  const text = '# nacos\nSERVERS="b:8848,a:8848"\nfor n in 1 2; do :; done\ndocker run -e NACOS_SERVERS="$SERVERS" nacos/nacos-server\ndocker run -e "NACOS_SERVERS=a:8848 b:8848" nacos/nacos-server';
  const r = readShellFile({ path: '/r/c.sh', text })!;
  assert.deepEqual(r.invocations.map((i) => i.clusterKey), ['a:8848 b:8848', 'a:8848 b:8848']);
  const exported = readShellFile({ path: '/r/d.sh', text: '# nacos\nexport NACOS_SERVERS="n1:8848 n2:8848"\ndocker run -e NACOS_SERVERS nacos/nacos-server\ndocker run nacos/nacos-server' })!;
  assert.deepEqual(exported.nacosServers.map((v) => v.value), ['n1:8848 n2:8848']);
  assert.deepEqual(exported.invocations.map((i) => i.clusterKey), ['n1:8848 n2:8848', 'n1:8848 n2:8848']);
});

test('produced text maps spans back, exactly where it was copied', () => {
  const file = 'abc $$X def';
  const b = new TextBuilder('/f', file);
  b.copy(0, 4).produce('$', 4, 6).copy(6, 11);
  const t = b.build('t');
  assert.equal(t.text, 'abc $X def');
  assert.deepEqual(t.origin({ start: 0, end: 3 }), { kind: 'written', path: '/f', span: { start: 0, end: 3 }, exact: true });
  assert.deepEqual(t.origin({ start: 4, end: 6 }), { kind: 'written', path: '/f', span: { start: 4, end: 7 }, exact: false });
  assert.equal(t.fileOffset(5), 6);
  assert.deepEqual(t.spanInFile({ start: 0, end: 10 }), { start: 0, end: 11 });
});

test('no problem message or reason repeats a written secret', () => {
  const secret = 'Sup3rSecretTokenValue';
  const text = [
    '# nacos',
    `export "$N=${secret}"`,
    `T=${secret}$(cat /run/secrets/x)`,
    `docker run -e NACOS_AUTH_TOKEN=${secret}$(cat x) $OPTS"${secret}" -e "NACOS_AUTH_IDENTITY_VALUE=${secret}\`date\`" --bogus=${secret} -e T`,
    `docker run -e "K=${secret}`,
  ].join('\n');
  const r = readShellFile({ path: '/r/s.sh', text })!;
  const said = [
    ...r.problems.map((p) => p.message),
    ...r.invocations.flatMap((i) => [...i.problems.map((p) => p.message), ...i.env.map((e) => e.reason ?? ''), ...i.args.map((a) => a.reason ?? ''), i.image?.reason ?? '']),
  ];
  assert.ok(said.length > 3);
  for (const m of said) assert.ok(!m.includes(secret), `leaks: ${m}`);
});

test('script text produced elsewhere (a rendered template) is read through its ProducedText', () => {
  // The script sits at offset 100 of some file, copied one to one.
  const script = 'docker run -e MODE=standalone nacos/nacos-server:v2.4.3\n';
  const produced = {
    name: 'chart/templates/job.yaml (rendered)',
    text: script,
    origin: (span: { start: number; end: number }) => ({ kind: 'written' as const, path: '/r/chart/templates/job.yaml', span: { start: span.start + 100, end: span.end + 100 }, exact: true }),
  };
  const r = readProducedScript(produced, '/r/chart/templates/job.yaml', '/r/chart', 'job.yaml');
  const inv = r.invocations[0]!;
  assert.equal(inv.source, 'chart/templates/job.yaml (rendered)');
  assert.deepEqual(inv.env[0]!.place.valueSpan, { start: 100 + script.indexOf('standalone'), end: 100 + script.indexOf('standalone') + 10 });
  assert.deepEqual(inv.span, { start: 100, end: 100 + script.trimEnd().length });
});

test('a heredoc inside $(…) is skipped; the command around it is read', () => {
  const text = '# nacos\nCONF=$(cat <<EOF\ndocker run -e IN_HEREDOC=1 nacos/nacos-server\nEOF\n)\ndocker run -e AFTER=1 nacos/nacos-server';
  const r = readShellFile({ path: '/r/h.sh', text })!;
  assert.deepEqual(r.invocations.map((i) => i.env.map((e) => e.name)), [['AFTER']]);
  assert.equal(r.problems.length, 0);
});
