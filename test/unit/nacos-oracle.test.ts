// Differential test: the product's verdicts vs the real Nacos auth classes of each release (the nacos oracle,
// scripts/oracles/nacos.sh). Generated configurations × every version the oracle runs; every difference must be a
// KNOWN_DIFFERENCES entry (an audit row the lead is fixing), and every entry must still differ, so this test fails
// both on a new mistake and once a known one is fixed (then delete the entry).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findOracle } from '../oracles';
import { decodeSecret, decoderFor } from '../../server/src/core/nacos/decoders';
import { parseVersion } from '../../server/src/core/nacos/versions';

const K = {
  enabled: 'nacos.core.auth.enabled',
  type: 'nacos.core.auth.system.type',
  idKey: 'nacos.core.auth.server.identity.key',
  idValue: 'nacos.core.auth.server.identity.value',
  secret: 'nacos.core.auth.plugin.nacos.token.secret.key',
  oldSecret: 'nacos.core.auth.default.token.secret.key',
  expire: 'nacos.core.auth.plugin.nacos.token.expire.seconds',
  admin: 'nacos.core.auth.admin.enabled',
  console: 'nacos.core.auth.console.enabled',
  uaWhite: 'nacos.core.auth.enable.userAgentAuthWhite',
} as const;

/** Rules whose error means "this version does not start" (brief, comparison a). */
const STARTUP_RULES = new Set(['identity-missing', 'secret-missing', 'secret-too-short', 'secret-not-base64', 'auth-system-type', 'invalid-token-expire', 'invalid-boolean']);
const IDENTITY_RULES = new Set(['identity-missing', 'identity-blank']);

type Props = Record<string, string | undefined>;
interface Case { id: string; props: Props; standalone?: boolean }

const GOOD_SECRET = 'VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=';
const SECRETS: Record<string, string | undefined> = {
  good: GOOD_SECRET,
  unpadded: GOOD_SECRET.slice(0, -1),
  oldDefault: 'SecretKey012345678901234567890123456789012345678901234567890123456789',
  dashes: 'this-is-a-very-long-token-at-least-192-bytes-recommend-256-bytes-without-any-special-symbols',
  urlSafe: 'ab_cd-efVGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg',
  padMiddle: 'abc=' + GOOD_SECRET,
  innerSpace: 'VGhpc0lzTXlD dXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=',
  trailingSpace: GOOD_SECRET + '   ',
  text32: 'ThisIsMyCustomSecretKey012345678',
  short: 'c2hvcnQ=',
  quoted: '"' + GOOD_SECRET + '"',
  long64: Buffer.alloc(64, 7).toString('base64'),
  empty: '',
  absent: undefined,
};
const IDENTITIES: Record<string, [string | undefined, string | undefined]> = {
  set: ['peerKey', 'peerValue'],
  published: ['serverIdentity', 'security'],
  empty: ['', ''],
  valueEmpty: ['peerKey', ''],
  blank: ['peerKey', '\\ \\ '],
  absent: [undefined, undefined],
};
const ENABLED = ['true', 'false', 'true ', '1', 'y', undefined];
const TYPES = ['nacos', '', 'Nacos', undefined];

/** One dimension varied at a time from a valid base, then a seeded mix. */
function cases(): Case[] {
  const base: Props = { [K.enabled]: 'true', [K.type]: 'nacos', [K.idKey]: 'peerKey', [K.idValue]: 'peerValue', [K.secret]: GOOD_SECRET };
  const out: Case[] = [];
  const add = (id: string, over: Props, standalone = false): void => {
    const props = { ...base, ...over };
    if (props[K.secret] !== undefined) props[K.oldSecret] = props[K.secret]; // each release reads its own name
    out.push({ id, props, standalone });
  };
  for (const [n, s] of Object.entries(SECRETS)) for (const en of ['true', 'false']) add(`secret:${n}:auth=${en}`, { [K.secret]: s, [K.enabled]: en });
  for (const [n, [k, v]] of Object.entries(IDENTITIES)) {
    for (const en of ['true', 'false']) for (const sa of [false, true]) add(`identity:${n}:auth=${en}:standalone=${sa}`, { [K.idKey]: k, [K.idValue]: v, [K.enabled]: en }, sa);
  }
  for (const en of ENABLED) add(`enabled:${JSON.stringify(en)}`, { [K.enabled]: en, [K.idKey]: '', [K.idValue]: '' });
  for (const t of TYPES) add(`type:${JSON.stringify(t)}`, { [K.type]: t });
  for (const e of ['18000 ', '0', '-1', 'x', '1800']) add(`expire:${JSON.stringify(e)}`, { [K.expire]: e });
  for (const a of ['false', 'ture', 'true']) {
    for (const c of ['false', 'true']) {
      for (const sa of [false, true]) add(`v3:admin=${a}:console=${c}:standalone=${sa}:noIdentity`, { [K.enabled]: 'false', [K.admin]: a, [K.console]: c, [K.idKey]: '', [K.idValue]: '' }, sa);
    }
  }
  for (const w of ['true', 'false', undefined]) {
    for (const sa of [false, true]) add(`uaWhite=${w}:standalone=${sa}:blankIdentity`, { [K.uaWhite]: w, [K.idKey]: '', [K.idValue]: '' }, sa);
  }
  for (const e of ['', '18000 ']) add(`expire:${JSON.stringify(e)}:auth=false`, { [K.expire]: e, [K.enabled]: 'false' });
  let seed = 20261206;
  const pick = <T>(xs: readonly T[]): T => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return xs[seed % xs.length];
  };
  for (let i = 0; i < 60; i++) {
    const [k, v] = pick(Object.values(IDENTITIES));
    add(`mix:${i}`, { [K.enabled]: pick(ENABLED), [K.type]: pick(TYPES), [K.idKey]: k, [K.idValue]: v, [K.secret]: pick(Object.values(SECRETS)) }, pick([false, true]));
  }
  return out;
}

function fileText(p: Props): string {
  return Object.entries(p).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${v}\n`).join('');
}

/** The value a .properties loader gives (escapes as used in the cases: `\ `), for the product's decoder. */
function loaded(v: string | undefined): string | undefined {
  return v === undefined ? undefined : v.replace(/^[ \t]+/, '').replace(/\\(.)/g, '$1');
}

interface OracleAnswer {
  id: string;
  starts?: boolean;
  error?: string;
  secret?: { length?: number; sha256?: string; error?: string };
  identity?: { verdict?: string; admin?: { verdict?: string } };
  harnessError?: string;
}

interface Finding { ruleId: string; severity: string; message: string; related?: { message: string }[] }

interface Difference { kind: 'startup' | 'secret' | 'identity'; version: string; caseId: string; product: string; server: string }

/** Known product mistakes (audit rows); each must still occur. `match` selects the differences it explains. */
interface Known { audit: string; kind: Difference['kind']; versions: RegExp; cases: RegExp; example: string; product: string; server: string }
// Empty since issue 14's verdict work (audit rows A7, A11, A18/B2, A4/B1, C1, C2, D2, D6, D11, D12, E1, E13/E14 and
// items 3 and 8 fixed); an entry here is a difference kept on purpose, with its reason.
const KNOWN_DIFFERENCES: Known[] = [];

function root(): string {
  for (const start of [__dirname, process.cwd()]) {
    for (let d = start; d !== dirname(d); d = dirname(d)) if (existsSync(join(d, 'server/src/cli/main.ts'))) return d;
  }
  throw new Error('repository root not found');
}

function bundleCli(dir: string): string {
  const r = root();
  const out = join(dir, 'cli.js');
  const b = spawnSync(join(r, 'node_modules/.bin/esbuild'), [join(r, 'server/src/cli/main.ts'), '--bundle', '--platform=node', '--target=node20', '--format=cjs', `--outfile=${out}`, '--log-level=error'], { encoding: 'utf8' });
  assert.equal(b.status, 0, b.stderr);
  return out;
}

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

test('product verdicts match the real Nacos classes of every release the oracle runs', { timeout: 30 * 60_000 }, (t) => {
  const o = findOracle('nacos', 'run');
  if ('skip' in o) {
    t.skip(o.skip);
    return;
  }
  const started = Date.now();
  const versions = spawnSync(o.path, ['--versions'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  assert.ok(versions.length >= 9, `oracle runs ${versions.length} versions`);
  const all = cases();
  const dir = mkdtempSync(join(tmpdir(), 'nal-nacos-oracle-'));
  const differences: Difference[] = [];
  let compared = 0;
  try {
    const cli = bundleCli(dir);
    for (const c of all) {
      const d = join(dir, 'cases', String(all.indexOf(c)), 'conf');
      mkdirSync(d, { recursive: true });
      // The product reads `nacos.standalone` from the file (what `-m standalone` sets); the oracle gets it as -D.
      writeFileSync(join(d, 'application.properties'), fileText(c.props) + (c.standalone ? 'nacos.standalone=true\n' : ''));
    }
    for (const v of versions) {
      const requests = all.map((c, i) => JSON.stringify({
        id: String(i), file: fileText(c.props), system: c.standalone ? { 'nacos.standalone': 'true' } : {},
        headers: { ...(c.props[K.idKey] ? { [loaded(c.props[K.idKey]) as string]: loaded(c.props[K.idValue]) ?? '' } : {}), 'User-Agent': `Nacos-Server:${v}` },
      })).join('\n') + '\n';
      const r: SpawnSyncReturns<string> = spawnSync(o.path, [v, '--batch'], { input: requests, encoding: 'utf8', maxBuffer: 256 << 20, timeout: 10 * 60_000 });
      assert.equal(r.status, 0, `oracle ${v}: ${r.stderr}`);
      const answers = new Map<string, OracleAnswer>(r.stdout.trim().split('\n').map((l: string) => JSON.parse(l) as OracleAnswer).map((a: OracleAnswer) => [a.id, a]));
      // The product: one CLI run per version over every case folder. Standalone cases carry no cluster.conf.
      const p = spawnSync(process.execPath, [cli, '--format', 'json', '--server-version', v, join(dir, 'cases')], { encoding: 'utf8', maxBuffer: 256 << 20, timeout: 10 * 60_000 });
      assert.ok(p.status === 0 || p.status === 1, `cli ${v}: ${p.stderr}`);
      const report = JSON.parse(p.stdout) as { files: { path: string; findings: Finding[] }[] };
      const findings = new Map<string, Finding[]>();
      for (const f of report.files) {
        const m = /cases[\\/](\d+)[\\/]conf[\\/]application\.properties$/.exec(f.path);
        if (!m) continue;
        // Findings held by another (one cause, one finding) are claims too: "Also fixed by this: <message> (<rule>)".
        const held = f.findings.flatMap(x => (x.related ?? []).flatMap(r => {
          const h = /^Also fixed by this: ([\s\S]*) \(([a-z0-9-]+)\)$/.exec(r.message);
          return h ? [{ ruleId: h[2], severity: x.severity, message: h[1] }] : [];
        }));
        findings.set(m[1], [...f.findings, ...held].filter(x => !x.ruleId.startsWith('cluster-')));
      }
      const nv = parseVersion(v);
      assert.ok(nv);
      all.forEach((c, i) => {
        const a = answers.get(String(i));
        assert.ok(a && !a.harnessError, `oracle ${v} case ${c.id}: ${a?.harnessError}`);
        const fs = findings.get(String(i)) ?? [];
        compared++;
        // (a) startup
        // A startup claim is an error that says so: the same rules also report login failures and 403s.
        const claims = fs.filter(f => f.severity === 'error' && STARTUP_RULES.has(f.ruleId) && /fails to start/.test(f.message));
        if ((claims.length > 0) !== (a.starts === false)) {
          differences.push({ kind: 'startup', version: v, caseId: c.id, product: claims.length ? `error ${claims.map(f => f.ruleId).join(',')}` : 'starts', server: a.starts ? 'starts' : `fails: ${a.error}` });
        }
        // (b) key bytes (only where the server derived or refused a key)
        const secret = loaded(c.props[K.secret]) ?? '';
        const keyFailure = a.secret?.error !== undefined && (a.starts !== false || /base64|key byte|secure/i.test(a.secret.error));
        const mine = decodeSecret(secret, decoderFor(nv));
        if (c.props[K.secret] === undefined) {
          // absent: the jar default applies (not decoders.ts's business)
        } else if (a.secret?.sha256 && mine.bytes && sha(mine.bytes) !== a.secret.sha256) {
          differences.push({ kind: 'secret', version: v, caseId: c.id, product: `${mine.bytes.length} B`, server: `${a.secret.length} B` });
        } else if (a.secret?.sha256 && !mine.bytes) {
          differences.push({ kind: 'secret', version: v, caseId: c.id, product: `decode error ${mine.error?.message}`, server: `${a.secret.length} B` });
        } else if (keyFailure && mine.bytes && mine.bytes.length >= 32) {
          differences.push({ kind: 'secret', version: v, caseId: c.id, product: `${mine.bytes.length} B`, server: String(a.secret?.error) });
        }
        // (c) identity, where the server starts: a peer sending the configured pair gets through ⇔ no identity error
        if (a.starts && c.props[K.idKey] !== undefined) {
          const verdicts = [a.identity?.verdict, a.identity?.admin?.verdict].filter((x): x is string => !!x);
          const refused = verdicts.some(x => x === 'forbidden' || x === 'user-auth' || x === 'refused');
          const idErrors = fs.filter(f => f.severity === 'error' && IDENTITY_RULES.has(f.ruleId));
          if (refused !== (idErrors.length > 0)) {
            differences.push({ kind: 'identity', version: v, caseId: c.id, product: idErrors.length ? `error ${idErrors.map(f => f.ruleId).join(',')}` : 'no identity error', server: verdicts.join('/') });
          }
        }
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const explained = (d: Difference, k: Known): boolean => k.kind === d.kind && k.versions.test(d.version) && k.cases.test(d.caseId);
  const unexplained = differences.filter(d => !KNOWN_DIFFERENCES.some(k => explained(d, k)));
  const stale = KNOWN_DIFFERENCES.filter(k => !differences.some(d => explained(d, k)));
  t.diagnostic(`${all.length} cases × ${versions.length} versions = ${compared} comparisons, ${differences.length} differences (${differences.length - unexplained.length} known) in ${Math.round((Date.now() - started) / 1000)} s`);
  if (process.env.NAL_ORACLE_DUMP) writeFileSync(process.env.NAL_ORACLE_DUMP, JSON.stringify(differences, null, 1));
  assert.deepEqual(stale.map(k => k.audit), [], 'known differences that no longer occur: the product was fixed, delete these entries');
  assert.deepEqual(unexplained.slice(0, 40), [], `${unexplained.length} differences from the real classes that no KNOWN_DIFFERENCES entry explains`);
});
