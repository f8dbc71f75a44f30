// Fix convergence (SPEC §8): on generated workspaces full of the mistakes the rules look for, every deterministic fix
// on offer, applied alone, leaves the files parseable, removes the finding it was offered for and adds no new error;
// and fix-all (what `--fix` and `source.fixAll` apply) reaches a fixed point.
import fc from 'fast-check';
import { analyze, normalizeSettings, type Finding, type TextEdit } from '../../server/src/core';
import { applyEdits, pickFixAllEdits } from '../../server/src/core/fixes/apply';
import { fail, type FuzzProperty } from './check';

const WS = '/ws';

export interface Workspace {
  files: Record<string, string>;
  serverVersion?: string;
}

export function analyzeWorkspace(ws: Workspace, rulesOff: readonly string[] = []): Finding[] {
  const abs = new Map(Object.entries(ws.files).map(([p, t]) => [`${WS}/${p}`, t]));
  const s = normalizeSettings({ serverVersion: ws.serverVersion, ...(rulesOff.length ? { rules: Object.fromEntries(rulesOff.map((r) => [r, 'off'])) } : {}) });
  const r = analyze({
    files: [...abs].map(([path, text]) => ({ path, text })),
    readFile: (p) => abs.get(p),
    settingsFor: () => s,
    relPath: (p) => (p.startsWith(`${WS}/`) ? p.slice(WS.length + 1) : p),
    rootFor: () => WS,
  });
  return [...r.findings.values()].flat();
}

export function applyToWorkspace(ws: Workspace, edits: TextEdit[]): Workspace {
  const files = { ...ws.files };
  const byPath = new Map<string, TextEdit[]>();
  for (const e of edits) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e]);
  for (const [path, list] of byPath) {
    const rel = path.slice(WS.length + 1);
    if (files[rel] === undefined) fail(`a fix edits ${rel}, which is not in the workspace`);
    files[rel] = applyEdits(files[rel], list);
  }
  return { ...ws, files };
}

/** Where an offset of the old text lies in the new one; `left`: an edit that covers it maps to the edit's start. */
function mapOffset(o: number, edits: TextEdit[], left: boolean): number {
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    const d = e.newText.length - (e.span.end - e.span.start);
    if (e.span.end < o || (e.span.end === o && !(left && e.span.start === o))) delta += d;
    else if (e.span.start < o) return e.span.start + delta + (left ? 0 : e.newText.length);
    else break;
  }
  return o + delta;
}

/** Where a span of the old text lies in the new one (an edited part maps to the replacement text). */
function mapSpan(span: { start: number; end: number }, edits: TextEdit[]): { start: number; end: number } {
  return { start: mapOffset(span.start, edits, true), end: mapOffset(span.end, edits, false) };
}

const key = (f: Finding) => `${f.ruleId}@${f.path}`;

function count(findings: Finding[], pred: (f: Finding) => boolean): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) if (pred(f)) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return m;
}

function syntaxErrors(findings: Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) if (f.ruleId === 'syntax-error') m.set(f.path, (m.get(f.path) ?? 0) + 1);
  return m;
}

/** What the fix properties did, for the fuzz summary. */
export const fixStats = { applied: 0, fixAllPasses: 0 };

export interface FixCheckOptions {
  /** Rule pairs (fixed rule → rule that may newly appear) that are the expected, documented consequence of a fix. */
  allowNewError?: (fixed: Finding, appeared: string) => boolean;
}

/** Applies every deterministic fix of every finding alone and checks it converges. */
export function checkEveryFix(ws: Workspace, opts: FixCheckOptions = {}): number {
  const before = analyzeWorkspace(ws);
  const errorsBefore = count(before, (f) => f.severity === 'error');
  // A problem folded into another finding (one cause, one finding: "Also fixed by this") was reported before the fix,
  // under its host's severity; fixing something else may show it on its own again, which adds nothing new.
  const foldedBefore = new Map<string, number>();
  for (const r of before.flatMap((f) => f.folded ?? [])) foldedBefore.set(r, (foldedBefore.get(r) ?? 0) + 1);
  const syntaxBefore = syntaxErrors(before);
  let applied = 0;
  for (const f of before) {
    for (const fix of f.fixes) {
      if (!fix.deterministic) continue;
      const edits = fix.edits();
      if (!edits.length) fail(`${f.ruleId}: "${fix.title}" has no edits`);
      const afterWs = applyToWorkspace(ws, edits);
      const after = analyzeWorkspace(afterWs);
      applied++;
      fixStats.applied++;
      const what = `${f.ruleId} fix "${fix.title}"`;
      for (const [path, n] of syntaxErrors(after)) {
        if (n > (syntaxBefore.get(path) ?? 0)) {
          const msgs = after.filter((x) => x.ruleId === 'syntax-error' && x.path === path).map((x) => x.message);
          fail(`${what} broke ${path}: ${msgs.join('; ')}\n--- after:\n${afterWs.files[path.slice(WS.length + 1)]}`);
        }
      }
      const mine = edits.filter((e) => e.path === f.path);
      const at = mapSpan(f.span, mine);
      // A fix that deleted the underlined text removed the finding with it (the next duplicate may now be flagged there).
      const still = at.end <= at.start ? [] : after.filter((x) => key(x) === key(f) && x.span.start < at.end && at.start < Math.max(x.span.end, x.span.start + 1));
      if (still.length) fail(`${what} did not remove the finding: ${still.map((x) => x.message).join('; ')}\n--- after:\n${JSON.stringify(afterWs.files, null, 1)}`);
      for (const [rule, n] of count(after, (x) => x.severity === 'error')) {
        if (n > (errorsBefore.get(rule) ?? 0) + (foldedBefore.get(rule) ?? 0) && !opts.allowNewError?.(f, rule)) {
          // An error only because it holds an allowed consequence (a cluster mismatch folded into it passes on its
          // severity): compare with those rules off, where the finding has its own severity.
          const held = [...new Set(after.filter((x) => x.ruleId === rule).flatMap((x) => x.folded ?? []))].filter((id) => opts.allowNewError?.(f, id));
          if (held.length && (count(analyzeWorkspace(afterWs, held), (x) => x.severity === 'error').get(rule) ?? 0) <= (count(analyzeWorkspace(ws, held), (x) => x.severity === 'error').get(rule) ?? 0)) continue;
          const added = after.filter((x) => x.ruleId === rule).map((x) => x.message);
          fail(`${what} added a ${rule} error: ${added.join('; ')}\n--- after:\n${JSON.stringify(afterWs.files, null, 1)}`);
        }
      }
    }
  }
  return applied;
}

/** Fix-all passes (ESLint style) until nothing changes; returns the number of passes. */
export function fixAllToFixedPoint(ws: Workspace, maxPasses = 10): { passes: number; ws: Workspace } {
  let cur = ws;
  for (let pass = 1; pass <= maxPasses; pass++) {
    fixStats.fixAllPasses++;
    const findings = analyzeWorkspace(cur);
    const edits = pickFixAllEdits(findings);
    const next = edits.length ? applyToWorkspace(cur, edits) : cur;
    if (JSON.stringify(next.files) === JSON.stringify(cur.files)) return { passes: pass, ws: cur };
    cur = next;
  }
  fail(`fix-all did not reach a fixed point in ${maxPasses} passes:\n${JSON.stringify(cur.files, null, 1)}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Generated workspaces.

const B64 = '3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=';
const IDV = 'Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE';
const BOOLS = ['true', 'false', 'ture', 'TRUE', 'True', ' true', 'true ', '"true"', 'yes', 'on', '1', 'enable', '', 'fasle'];
const IDENTITY = ['serverIdentity', 'security', ' security ', '"security"', "'key'", 'nacos identity', 'User-Agent', 'a\\b', IDV, ` ${IDV}`, `${IDV} `, `"${IDV}"`,
  'nacos-identity-4f2a9c1e', '2222', '2xxx', 'é', '', 'abc\\tdef', 'key:x', 'Cookie', 'x"y', "it's", '\\u00e9', 'a$b', 'a#b'];
const SECRETS = [B64, B64.slice(0, -1), B64.replace('+', '-'), ` ${B64} `, `"${B64}"`, 'abc', B64.replace('Kc0', 'K=c0'), `${B64}==`,
  'VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=', 'SecretKey012345678901234567890123456789012345678901234567890123456789', '${NACOS_AUTH_TOKEN:abc}', '', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'];
const TYPES = ['nacos', 'Nacos', 'ldap', '', 'NACOS ', 'oidc', 'foo'];
const EXPIRES = ['18000', '-1', 'abc', '1.5', '', ' 18000'];

const PROP_KEYS: [string, string[]][] = [
  ['nacos.core.auth.enabled', BOOLS],
  ['nacos.core.auth.admin.enabled', BOOLS],
  ['nacos.core.auth.console.enabled', BOOLS],
  ['nacos.core.auth.caching.enabled', BOOLS],
  ['nacos.core.auth.enable.userAgentAuthWhite', BOOLS],
  ['nacos.core.auth.system.type', TYPES],
  ['nacos.core.auth.server.identity.key', IDENTITY],
  ['nacos.core.auth.server.identity.value', IDENTITY],
  ['nacos.core.auth.plugin.nacos.token.secret.key', SECRETS],
  ['nacos.core.auth.default.token.secret.key', SECRETS],
  ['nacos.core.auth.plugin.nacos.token.expire.seconds', EXPIRES],
  ['nacos.core.auth.enable', BOOLS],
  ['nacos.core.auth.server.identity.keys', IDENTITY],
  ['nacos.core.auth.plugin.nacos.token.secret', SECRETS],
  ['nacos.core.auth.sytem.type', TYPES],
];

const ENV_KEYS: [string, string[]][] = [
  ['NACOS_AUTH_ENABLE', BOOLS],
  ['NACOS_AUTH_IDENTITY_KEY', IDENTITY],
  ['NACOS_AUTH_IDENTITY_VALUE', IDENTITY],
  ['NACOS_AUTH_TOKEN', SECRETS],
  ['NACOS_AUTH_USER_AGENT_AUTH_WHITE_ENABLE', BOOLS],
  ['NACOS_AUTH_SYSTEM_TYPE', TYPES],
  ['NACOS_AUTH_TOKEN_EXPIRE_SECONDS', EXPIRES],
  ['NACOS_CORE_AUTH_SERVER_IDENTITY_VALUE', IDENTITY],
  ['NACOS_AUTH_IDENTITY_VALU', IDENTITY],
  ['NACOS_TOKEN_SECRET_KEY', SECRETS],
  ['MODE', ['standalone', 'cluster']],
];

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);

const propLine = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(pick(PROP_KEYS), fc.nat(), pick(['=', ' = ', ':', ' '])).map(([[k, vals], i, sep]) => `${k}${sep}${vals[i % vals.length]}`) },
  { weight: 1, arbitrary: pick(['# comment', '', '#---', 'nacos.core.auth.server.identity.value=${IDV:abc}', 'server.port=8848']) },
);
const propFile = fc.array(propLine, { minLength: 1, maxLength: 8 }).map((l) => l.join('\n') + '\n');

const envPair = fc.tuple(pick(ENV_KEYS), fc.nat()).map(([[k, vals], i]) => [k, vals[i % vals.length]] as const);
const yamlValue = (v: string, style: number): string => {
  if (style % 3 === 1) return JSON.stringify(v);
  if (style % 3 === 2) return `'${v.replace(/'/g, "''")}'`;
  return v;
};

const service = fc.record({
  tag: pick(['v2.2.1', 'v2.3.0', 'v2.4.3', 'v3.0.0', 'latest', 'v2.0.3']),
  list: fc.boolean(),
  pairs: fc.array(fc.tuple(envPair, fc.nat()), { maxLength: 5 }),
  envFile: fc.boolean(),
  javaOpt: fc.option(pick(['-Dnacos.core.auth.enabled=ture', '-Dnacos.core.auth.server.identity.value=security', '-Xms1g']), { nil: undefined }),
});

const composeWs = fc.record({
  services: fc.array(service, { minLength: 1, maxLength: 2 }),
  envFile: fc.array(fc.tuple(envPair, pick(['', "'", '"'])), { maxLength: 4 }),
  dotenv: fc.array(fc.tuple(envPair, pick(['', "'", '"'])), { maxLength: 3 }),
}).map(({ services, envFile, dotenv }): Workspace => {
  const y: string[] = ['services:'];
  services.forEach((s, i) => {
    y.push(`  nacos${i + 1}:`, `    image: nacos/nacos-server:${s.tag}`);
    if (s.envFile) y.push('    env_file: ./env/nacos.env');
    // One name per `environment:`. A list that sets a name twice (`- K=a`, `- K=b`) is left out: fixing the winner
    // can make the two items identical, which Compose refuses ("lists the same item twice") — reported, not fixed.
    const seen = new Set<string>();
    const pairs = s.pairs.filter(([[k]]) => !seen.has(k) && !!seen.add(k)).map(([[k, v], style]) => [k, v, style] as const);
    if (s.javaOpt) pairs.push(['JAVA_OPT', s.javaOpt, 1]);
    if (pairs.length) {
      y.push('    environment:');
      for (const [k, v, style] of pairs) y.push(s.list ? `      - ${yamlValue(`${k}=${v}`, style)}` : `      ${k}: ${yamlValue(v, style)}`);
    }
  });
  const env = (lines: (readonly [readonly [string, string], string])[]) => lines.map(([[k, v], q]) => `${k}=${q}${v}${q}`).join('\n') + '\n';
  const files: Record<string, string> = { 'docker/compose.yaml': y.join('\n') + '\n', 'docker/env/nacos.env': env(envFile) };
  if (dotenv.length) files['docker/.env'] = env(dotenv);
  return { files };
});

const propertiesWs = fc.record({
  node1: propFile,
  node2: fc.option(propFile, { nil: undefined }),
  version: fc.option(pick(['2.0.3', '2.2.1', '2.4.3', '3.0.0']), { nil: undefined }),
}).map(({ node1, node2, version }): Workspace => {
  const files: Record<string, string> = { 'node1/conf/application.properties': node1 };
  if (node2 !== undefined) {
    files['node2/conf/application.properties'] = node2;
    files['node1/conf/cluster.conf'] = files['node2/conf/cluster.conf'] = '10.0.0.1:8848\n10.0.0.2:8848\n';
  }
  return { files, serverVersion: version };
});

/**
 * Which new errors a fix may bring, and why they are not the fix's doing:
 * - a fix on one cluster member can make it differ from the others (trimming one node's value): the cluster rules
 *   then report what the other members still need — the cluster check doing its job;
 * - a fix that makes Nacos read a setting it ignored (renaming a misspelled or wrong-version key, correcting a
 *   boolean, a valid system.type) lets that setting take effect: problems it hid (auth now on, but no identity pair;
 *   the renamed secret too short) are now real and reported.
 * - turning the User-Agent whitelist off (1.4.1–2.4.x) makes the server check the identity pair it skipped while
 *   the whitelist was on (audit A18/A19): a missing or blank pair is now reported (the CLI's --fix refuses it).
 * Fixes that only rewrite how a value is written (trim, unquote, escape, normalise Base64, remove a duplicate) may
 * bring nothing but cluster findings.
 */
const TAKES_EFFECT = new Set(['unknown-auth-setting', 'secret-wrong-property-name', 'setting-for-other-version', 'invalid-boolean', 'auth-system-type', 'user-agent-whitelist']);
const expectedConsequence = (f: Finding, appeared: string) => appeared.startsWith('cluster-') || TAKES_EFFECT.has(f.ruleId);

export const FIX_CONVERGENCE: FuzzProperty[] = [
  {
    name: 'fixes: every deterministic fix on a properties workspace converges (parseable, finding gone, no new error)',
    area: 'fixes',
    runs: 4_000,
    property: () => fc.property(propertiesWs, (ws) => { checkEveryFix(ws, { allowNewError: expectedConsequence }); }),
  },
  {
    name: 'fixes: every deterministic fix on a compose workspace converges (parseable, finding gone, no new error)',
    area: 'fixes',
    runs: 4_000,
    property: () => fc.property(composeWs, (ws) => { checkEveryFix(ws, { allowNewError: expectedConsequence }); }),
  },
  {
    name: 'fixes: fix-all reaches a fixed point within 10 passes and never breaks a file',
    area: 'fixes',
    runs: 2_000,
    property: () => fc.property(fc.oneof(propertiesWs, composeWs), (ws) => {
      const before = syntaxErrors(analyzeWorkspace(ws));
      const { ws: end } = fixAllToFixedPoint(ws);
      for (const [path, n] of syntaxErrors(analyzeWorkspace(end))) {
        if (n > (before.get(path) ?? 0)) fail(`fix-all broke ${path}`);
      }
    }),
  },
];
