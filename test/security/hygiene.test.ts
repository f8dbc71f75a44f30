// Secret hygiene (issue 8, SPEC §5 and §8): the whole fixture corpus — examples/, test/fixtures and the shared corpus
// (NACOS_AUTH_LINT_CORPUS, else ../shared/corpus from the repository root) — goes through the language server with
// trace verbose and through the CLI in every format, and no identity key, identity value or token secret found in
// those files (raw, or decoded when the secret decodes to text) of 4 characters or more appears anywhere in what
// they send: log messages, traces, diagnostics and their related information, code action titles, hovers,
// completions, command results, stdout and stderr. The one exception is the CLI's --show-secrets, which must show
// them (which also proves that the search finds what it looks for).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startServer } from '../../server/src/server/server';
import { analyze, classify, normalizeSettings, RULES } from '../../server/src/core';
import { HOVER_MESSAGES } from '../../server/src/core/features/hover/hover';
import { allAuthProperties, imageAuthEnvNames } from '../../server/src/core/features/authDocs';
import { KNOWN_IMAGE_ENV } from '../../server/src/core/nacos/imageEnv';
import { PUBLIC_IDENTITY_PAIRS, PUBLIC_SECRETS } from '../../server/src/core/nacos/knownValues';
import { TRACKED_KEYS } from '../../server/src/core/nacos/keys';
import { RESERVED_HEADERS } from '../../server/src/core/rules/identity-reserved-header';
import { parseFile } from '../../server/src/core/syntax/files';
import { findPlaceholders } from '../../server/src/core/syntax/properties/placeholders';
import { loadComposeProject } from '../../server/src/core/sources/compose/project';
import { looksLikeCompose } from '../../server/src/core/syntax/files';
import { decodeSecret } from '../../server/src/core/nacos/decoders';
import { relaxedEnvToProperty } from '../../server/src/core/nacos/imageEnv';
import { readTextFile } from '../../server/src/cli/fsio';

const ROOT = [resolve(__dirname, '../..'), process.cwd()].find((d) => existsSync(join(d, 'esbuild.mjs'))) ?? process.cwd();
const CLI = join(ROOT, 'dist/cli.js');

const SECRET_PROPERTIES = new Set([
  'nacos.core.auth.server.identity.key',
  'nacos.core.auth.server.identity.value',
  'nacos.core.auth.plugin.nacos.token.secret.key',
  'nacos.core.auth.default.token.secret.key',
]);
/** The image's own names for them (facts §4.1), besides Spring's relaxed binding of the property names. */
const SECRET_ENV = new Set(['NACOS_AUTH_IDENTITY_KEY', 'NACOS_AUTH_IDENTITY_VALUE', 'NACOS_AUTH_TOKEN']);
const isSecretEnv = (name: string) => SECRET_ENV.has(name) || SECRET_PROPERTIES.has(relaxedEnvToProperty(name) ?? '');

function corpusDir(): string | undefined {
  for (const c of [process.env.NACOS_AUTH_LINT_CORPUS, join(ROOT, '../shared/corpus'), join(ROOT, 'test/fixtures/corpus')]) {
    if (c && existsSync(resolve(ROOT, c))) return resolve(ROOT, c);
  }
  return undefined;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (st.isFile()) out.push(p);
  }
  return out;
}

/**
 * Every identity key/value and token secret written in the workspace, found with the core's own parsers (properties
 * values and placeholder defaults, env files, compose environments and -D options), plus each node's effective value,
 * plus the text a secret decodes to.
 */
function secretValues(root: string): Set<string> {
  const found = new Set<string>();
  const add = (v: string | undefined) => {
    if (v === undefined) return;
    for (const s of [v, v.trim()]) {
      // A reference (`${NACOS_AUTH_TOKEN:}`) is a variable name, not a value: messages name it. Its default is a value.
      if (s.length >= 4 && !/\$\{|\$[A-Za-z_]/.test(s)) found.add(s);
      for (const ph of findPlaceholders(s)) if (ph.defaultValue !== undefined && ph.defaultValue.length >= 4 && !ph.defaultValue.includes('${')) found.add(ph.defaultValue);
    }
  };
  const fromOptions = (s: string) => {
    for (const m of s.matchAll(/-D([\w.-]+)=(\S+)/g)) if (SECRET_PROPERTIES.has(m[1])) add(m[2]);
  };
  const texts = new Map<string, string>();
  for (const path of walk(root)) {
    const r = readTextFile(path);
    if (r.text === undefined) continue;
    texts.set(path, r.text);
    const kind = classify(path, r.text);
    const parsed = parseFile(path, r.text, kind);
    if (parsed.kind === 'properties') {
      for (const e of parsed.props.entries) {
        if (SECRET_PROPERTIES.has(e.key)) add(e.value);
        if (/JAVA_OPT/.test(e.key)) fromOptions(e.value);
      }
    } else if (parsed.kind === 'env') {
      for (const e of parsed.env.entries) {
        if (isSecretEnv(e.key)) add(e.value);
        if (/JAVA_OPT/.test(e.key)) fromOptions(e.value);
      }
    } else if (/\.ya?ml$/.test(path) && looksLikeCompose(r.text)) {
      for (const svc of loadComposeProject(path, (p) => readTextFile(p).text).services) {
        for (const [name, ev] of svc.environment) {
          if (isSecretEnv(name)) add(ev.value);
          if (/JAVA_OPT/.test(name) && ev.value) fromOptions(ev.value);
        }
      }
    }
  }
  // What the nodes really get (image defaults, placeholders resolved, the jar's defaults).
  const s = normalizeSettings({});
  const result = analyze({ files: [...texts].map(([path, text]) => ({ path, text })), readFile: (p) => texts.get(p) ?? readTextFile(p).text, settingsFor: () => s });
  for (const n of result.nodes) for (const [k, v] of n.settings) if (SECRET_PROPERTIES.has(k)) add(v.value);
  // Decoded secrets that are text (`VGhpc0lz…` is `ThisIsMyCustomSecretKey012345678`).
  for (const v of [...found]) {
    for (const kind of ['lenient', 'strict-fallback'] as const) {
      const bytes = decodeSecret(v, kind).bytes;
      if (!bytes || bytes.length < 4) continue;
      const text = Buffer.from(bytes).toString('latin1');
      if (/^[\x20-\x7e]+$/.test(text) && text !== v) found.add(text);
    }
  }
  return found;
}

/** Every string in a JSON-like value (URIs, messages, titles, markdown…). */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

/**
 * The product's own words, which a short or common value can be part of (`short` in `secret-too-short`, `security` in
 * `nacos.security.ignore.urls`, `nacos` in a corpus path): every fixed fragment of every message template (rules,
 * hover), every property and variable name it knows, the sources of the published values, and the workspace's paths.
 * Where a value is found, these are cut out first: what remains is text the product made from the input.
 */
function vocabulary(paths: string[]): string[] {
  const texts = [
    ...strings(RULES), ...strings(HOVER_MESSAGES), ...strings(allAuthProperties()), ...imageAuthEnvNames(), ...KNOWN_IMAGE_ENV, ...TRACKED_KEYS,
    ...PUBLIC_IDENTITY_PAIRS.map((p) => p.source), ...PUBLIC_SECRETS.map((p) => p.source),
    // Header names HTTP and Nacos send: identity-reserved-header must name the one a key collides with.
    ...RESERVED_HEADERS,
  ];
  const out = new Set<string>();
  for (const t of texts) for (const part of t.split(/\{\w+\}/)) if (part.length >= 4) out.add(part);
  // Paths are not secrets, though a value can be part of one (a repository named after its identity value): paths
  // in every form the outputs write them — plain, file URIs, URI-encoded, Markdown-escaped (hover links) — are words.
  const mdEscape = (x: string) => x.replace(/[\\`*_[\]<>]/g, c => `\\${c}`);
  for (const p of paths) {
    for (const form of [p, `file://${p}`, encodeURI(p), mdEscape(p), ...p.split('/'), ...p.split('/').map(mdEscape)]) if (form.length >= 4) out.add(form);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

function leaks(secrets: Set<string>, haystack: { where: string; text: string }[], vocab: string[] = []): string[] {
  const out: string[] = [];
  /** The text around each occurrence of `s`, with the product's own words cut out, where `s` still shows. */
  const exposed = (text: string, s: string): string | undefined => {
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      // The window starts and ends between words: a path cut in half ("…rape__<value>/conf") is no longer a word
      // of the vocabulary, and its tail would pass for a value the product printed.
      let start = Math.max(0, i - 400);
      let end = Math.min(text.length, i + s.length + 400);
      while (start > 0 && !/\s/.test(text[start - 1])) start--;
      while (end < text.length && !/\s/.test(text[end])) end++;
      let w = text.slice(start, end);
      for (const v of vocab) if (w.includes(v)) w = w.split(v).join('\u0000');
      const at = w.indexOf(s);
      if (at >= 0) return w.slice(Math.max(0, at - 60), at).replace(/\n/g, '\\n');
    }
    return undefined;
  };
  for (const s of secrets) {
    for (const h of haystack) {
      const context = h.text.includes(s) ? exposed(h.text, s) : undefined;
      // The value itself stays out of the failure message: its length, first two chars and what precedes it.
      if (context !== undefined) {
        out.push(`a ${s.length}-char value (starts ${JSON.stringify(s.slice(0, 2))}) in ${h.where}: …${context}⟨value⟩…`);
        break;
      }
    }
  }
  return out;
}

/** What the CLI printed, as strings: JSON and SARIF by their values (not their keys), stylish as it is. */
function printed(stdout: string, stderr: string, json: boolean): { where: string; text: string }[] {
  // SARIF fingerprints are hex digests: a short value made of hex digits (`2222`) turns up in them by chance.
  const out = json ? strings(JSON.parse(stdout)).filter((text) => !/^[0-9a-f]{16,}(:\d+)?$/.test(text)).map((text) => ({ where: 'stdout', text })) : [{ where: 'stdout', text: stdout }];
  return [...out, { where: 'stderr', text: stderr }];
}

describe('secret hygiene over the whole fixture corpus', { concurrency: false }, () => {
  let ws = '';
  let secrets = new Set<string>();
  let vocab: string[] = [];
  const corpus = corpusDir();

  before(() => {
    ws = mkdtempSync(join(tmpdir(), 'nal-hygiene-'));
    cpSync(join(ROOT, 'examples'), join(ws, 'examples'), { recursive: true });
    cpSync(join(ROOT, 'test/fixtures'), join(ws, 'fixtures'), { recursive: true });
    if (corpus) cpSync(corpus, join(ws, 'corpus'), { recursive: true });
    else if (process.env.CI === 'true') assert.fail('corpus missing: set NACOS_AUTH_LINT_CORPUS');
    secrets = secretValues(ws);
    vocab = vocabulary(walk(ws).flatMap((p) => [p, p.slice(ws.length + 1)]));
  });
  after(() => rmSync(ws, { recursive: true, force: true }));

  test('the corpus holds secrets to look for', (t) => {
    t.diagnostic(`${secrets.size} distinct identity keys, values and secrets (and decoded texts) of >= 4 chars${corpus ? '' : ' (shared corpus not found)'}`);
    for (const known of ['serverIdentity', 'security', 'VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=', 'ThisIsMyCustomSecretKey012345678']) {
      if (corpus) assert.ok(secrets.has(known), `the extraction finds the published value ${known.slice(0, 4)}…`);
    }
    assert.ok(secrets.size >= (corpus ? 20 : 5), `${secrets.size} values`);
  });

  test('the language server, trace verbose: no value in any message it sends', async (t) => {
    const up = new PassThrough();
    const down = new PassThrough();
    const serverConn = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
    const server = startServer(serverConn);
    serverConn.listen();
    const client: MessageConnection = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
    const sent: { where: string; text: string }[] = [];
    const record = (where: string, payload: unknown) => { for (const s of strings(payload)) sent.push({ where, text: s }); };
    const published = new Map<string, Diagnostic[]>();
    // Every notification and every request the server sends, whatever its method.
    client.onNotification((method: string, params: unknown) => {
      record(method, params);
      if (method === 'textDocument/publishDiagnostics') published.set((params as PublishDiagnosticsParams).uri, (params as PublishDiagnosticsParams).diagnostics);
    });
    client.onRequest((method: string, params: unknown) => {
      record(`request ${method}`, params);
      if (method === 'workspace/configuration') return (params as { items: unknown[] }).items.map(() => ({ trace: { server: 'verbose' } }));
      return null;
    });
    client.listen();
    const ask = async <T>(method: string, params: unknown): Promise<T> => {
      const r = await client.sendRequest<T>(method, params);
      // A code action's `edit` writes a value back where it was (trimmed, unquoted…): that is its job. Its title, kind
      // and diagnostics are checked like everything else.
      if (method === 'textDocument/codeAction') record(`response to ${method}`, (r as { title: string; diagnostics?: unknown }[]).map((a) => [a.title, a.diagnostics]));
      else record(`response to ${method}`, r);
      return r;
    };
    try {
      const rootUri = `file://${ws}`;
      await ask('initialize', {
        processId: null, rootUri, workspaceFolders: [{ uri: rootUri, name: 'corpus' }], trace: 'verbose',
        capabilities: {
          workspace: { configuration: true },
          textDocument: { publishDiagnostics: { relatedInformation: true }, hover: { contentFormat: ['markdown', 'plaintext'] }, codeAction: {}, completion: {} },
        },
      });
      client.sendNotification('initialized', {});
      client.sendNotification('$/setTrace', { value: 'verbose' });
      const files = walk(ws).filter((p) => classify(p) !== 'unknown' || /\.ya?ml$/.test(p));
      for (const p of files) {
        const text = readTextFile(p).text;
        if (text !== undefined) client.sendNotification('textDocument/didOpen', { textDocument: { uri: `file://${p}`, languageId: 'plaintext', version: 1, text } });
      }
      // Both commands wait for the analysis of everything just opened.
      await ask('workspace/executeCommand', { command: 'nacosAuthLint.server.checkWorkspace', arguments: [] });
      await ask('workspace/executeCommand', { command: 'nacosAuthLint.server.explain', arguments: [] });
      await server.whenIdle();
      let actions = 0;
      let hovers = 0;
      for (const p of files) {
        const uri = `file://${p}`;
        const diagnostics = published.get(uri) ?? [];
        if (diagnostics.length) {
          const list = await ask<unknown[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } });
          actions += list.length;
          await ask('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics: [], only: ['source.fixAll.nacos-auth-lint'] } });
        }
        // A hover on every key and every value of every auth line, and a completion at its start.
        const lines = (readTextFile(p).text ?? '').split(/\r?\n|\r/);
        for (const [line, s] of lines.entries()) {
          if (!/auth|identity|token|secret|JAVA_OPT/i.test(s)) continue;
          const key = s.search(/\S/);
          const value = s.search(/[=:]\s*\S/) + 1;
          for (const character of new Set([key, value, s.length - 1].filter((c) => c >= 0))) {
            const h = await ask<unknown>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
            if (h) hovers++;
          }
          await ask('textDocument/completion', { textDocument: { uri }, position: { line, character: Math.max(0, key) } });
        }
      }
      t.diagnostic(`${files.length} documents, ${published.size} with diagnostics, ${actions} code actions, ${hovers} hovers, ${sent.length} strings sent`);
      assert.ok(published.size > 10 && actions > 10 && hovers > 10, 'the corpus exercised diagnostics, code actions and hovers');
      assert.deepEqual(leaks(secrets, sent, vocab), []);
    } finally {
      client.dispose();
      serverConn.dispose();
      up.destroy();
      down.destroy();
    }
  });

  // --explain adds the effective configuration to what each format prints (SARIF has no place for it).
  const formats: [string, string[]][] = [['stylish --explain', ['--explain']], ['json --explain', ['--format', 'json', '--explain']], ['sarif', ['--format', 'sarif']]];
  for (const [name, args] of formats) {
    test(`the CLI (${name}): no value in stdout or stderr`, () => {
      assert.ok(existsSync(CLI), 'dist/cli.js is missing: run `node esbuild.mjs` (npm test does)');
      const r = spawnSync(process.execPath, [CLI, ...args, 'examples', 'fixtures', ...(corpus ? ['corpus'] : [])], { cwd: ws, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
      assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr.slice(0, 500)}`);
      assert.ok(r.stdout.length > 1000, 'the CLI reported');
      assert.deepEqual(leaks(secrets, printed(r.stdout, r.stderr, args.includes('--format')), vocab), []);
    });
  }

  test('the CLI with --show-secrets does show them (the search finds what it looks for)', () => {
    const r = spawnSync(process.execPath, [CLI, '--format', 'json', '--explain', '--show-secrets', 'examples', 'fixtures', ...(corpus ? ['corpus'] : [])], { cwd: ws, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
    const shown = leaks(secrets, printed(r.stdout, '', true), vocab);
    assert.ok(shown.length >= Math.min(10, secrets.size / 2), `only ${shown.length} of ${secrets.size} values shown with --show-secrets`);
  });
});

