import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { analyze, explainNodes, lineIndexFor, normalizeSettings, RULES, type Finding } from '../core';
import { collectFiles, readTextFile, realRoots, toPosix, type ReadResult, type SkippedLink } from './fsio';
import { applyFixesOnDisk, type FixOutcome } from './fix';
import { escapeControls, escapeStrings } from './terminal';
import { formatJson, formatStylish, formatSarif, type CliFile } from './format';

const USAGE = `Usage: nacos-auth-lint [options] [paths...]

Finds Nacos authentication misconfigurations in application.properties, docker-compose and env files.

Options:
  --format <stylish|json|sarif>  output format (default: stylish)
  --server-version <version>     assume this Nacos server version (e.g. 2.3.0) instead of inferring it
  --fix                          apply the safe deterministic fixes on disk (never generates secrets)
  --explain                      print each node's effective auth settings with where they came from
  --show-secrets                 print values unmasked in --explain output
  --rule <id>=<off|info|warning|error>  change a rule's severity (repeatable)
  --locale <en|zh-cn>            language of the messages (default: en)
  -h, --help                     show this help
  -v, --version                  show the version

Exit codes: 0 no error-severity findings, 1 errors found, 2 bad usage or internal failure.`;

interface Options {
  format: 'stylish' | 'json' | 'sarif';
  serverVersion?: string;
  fix: boolean;
  explain: boolean;
  showSecrets: boolean;
  rules: Record<string, string>;
  locale: string;
  paths: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  const o: Options = { format: 'stylish', fix: false, explain: false, showSecrets: false, rules: {}, locale: 'en', paths: [] };
  const ruleIds = new Set(RULES.map(r => r.id));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '-h': case '--help': return 'help';
      case '-v': case '--version': return 'version';
      case '--format': {
        const f = value();
        if (f !== 'stylish' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format '${f}' (stylish, json or sarif)`);
        o.format = f;
        break;
      }
      case '--server-version': {
        const v = value();
        if (!/^v?\d+(\.\d+){0,3}(-slim)?$/.test(v) && v !== 'latest') throw new UsageError(`'${v}' is not a Nacos version (e.g. 2.3.0)`);
        o.serverVersion = v;
        break;
      }
      case '--fix': o.fix = true; break;
      case '--explain': o.explain = true; break;
      case '--show-secrets': o.showSecrets = true; break;
      case '--locale': o.locale = value(); break;
      case '--rule': {
        const m = /^([a-z0-9-]+)=(off|info|warning|error)$/.exec(value());
        if (!m) throw new UsageError('--rule expects <rule-id>=<off|info|warning|error>');
        if (!ruleIds.has(m[1])) throw new UsageError(`unknown rule '${m[1]}'`);
        o.rules[m[1]] = m[2];
        break;
      }
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option '${a}'`);
        o.paths.push(a);
    }
  }
  if (o.paths.length === 0) o.paths.push('.');
  return o;
}

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let opts: Options | 'help' | 'version';
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) { err(`nacos-auth-lint: ${e.message}\n\n${USAGE}\n`); return 2; }
    throw e;
  }
  if (opts === 'help') { out(`${USAGE}\n`); return 0; }
  if (opts === 'version') { out(`${VERSION}\n`); return 0; }

  const cwd = process.cwd();
  const rel = (p: string) => toPosix(relative(cwd, p)) || '.';
  const settings = normalizeSettings({ serverVersion: opts.serverVersion, rules: opts.rules }, opts.locale);
  let problems = 0;
  const skippedLinks: SkippedLink[] = [];
  const files = collectFiles(opts.paths, (p, m) => { warn(err, `${rel(p)}: ${m}`); problems++; }, l => skippedLinks.push(l));
  reportSkippedLinks(skippedLinks, rel, err);
  // One read per file for the whole run: the analysis, --fix and the output all see the same bytes.
  const reads = new Map<string, ReadResult>();
  const snapshot = (p: string) => {
    let r = reads.get(p);
    if (!r) { r = readTextFile(p); reads.set(p, r); }
    return r;
  };
  const sources = [];
  for (const path of files) {
    const r = snapshot(path);
    if (r.text === undefined) { warn(err, `${rel(path)}: ${r.error}`); continue; }
    sources.push({ path, text: r.text });
  }
  let readFile = (p: string) => snapshot(p).text;
  const analyzeWith = (fs: { path: string; text: string }[], read: (p: string) => string | undefined) =>
    analyze({ files: fs, readFile: read, settingsFor: () => settings, relPath: rel, rootFor: () => toPosix(cwd) });
  let result = analyzeWith(sources, readFile);

  if (opts.fix) {
    const fixed = applyFixesOnDisk({ files: sources.map(s => s.path), snapshot, analyze: analyzeWith, initial: result, roots: realRoots(opts.paths), beforeWrite: testPause() });
    reportFixes(fixed, rel, err);
    result = fixed.result;
    readFile = fixed.textOf;
  }

  const cliFiles: CliFile[] = [];
  for (const [path, findings] of [...result.findings].sort((a, b) => rel(a[0]).localeCompare(rel(b[0])))) {
    const text = readFile(path) ?? '';
    const idx = lineIndexFor(path, text);
    cliFiles.push({ path: rel(path), findings: findings.map((f: Finding) => {
      const s = idx.position(f.span.start);
      const e = idx.position(f.span.end);
      return {
        ruleId: f.ruleId, severity: f.severity, message: f.message,
        line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1,
        fixable: f.fixes.length > 0,
        related: f.related.map(r => {
          const ri = lineIndexFor(r.path, readFile(r.path) ?? '');
          const p = ri.position(r.span.start);
          return { path: rel(r.path), line: p.line + 1, column: p.character + 1, message: r.message };
        }),
      };
    }) });
  }
  const nodes = opts.explain ? explainNodes(result.nodes, result.clusters, rel, readFile, opts.showSecrets) : undefined;
  const summary = {
    errors: 0, warnings: 0, infos: 0, files: sources.length, nodes: result.nodes.length,
  };
  for (const f of cliFiles) for (const x of f.findings) {
    if (x.severity === 'error') summary.errors++; else if (x.severity === 'warning') summary.warnings++; else summary.infos++;
  }
  if (opts.format === 'json') out(formatJson(cliFiles, nodes, summary));
  else if (opts.format === 'sarif') out(formatSarif(cliFiles, opts.locale));
  else out(formatStylish(escapeStrings(cliFiles), escapeStrings(nodes), summary, result.clusters.length, process.stdout.isTTY === true));
  void problems;
  return summary.errors > 0 ? 1 : 0;
}

/** A line on stderr; names and messages in it are escaped (terminal.ts). */
function warn(err: (s: string) => void, message: string): void {
  err(`nacos-auth-lint: ${escapeControls(message)}\n`);
}

/** One line for the symbolic links the walk did not follow (SKIPPED_SHOWN of them named). */
function reportSkippedLinks(links: SkippedLink[], rel: (p: string) => string, err: (s: string) => void): void {
  if (!links.length) return;
  const outside = links.filter(l => l.why === 'outside').length;
  const parts = [outside && `${outside} leading outside the given paths`, links.length - outside && `${links.length - outside} broken or looping`].filter(Boolean);
  const names = links.slice(0, SKIPPED_SHOWN).map(l => rel(l.path)).join(', ') + (links.length > SKIPPED_SHOWN ? ', …' : '');
  warn(err, `skipped ${links.length} symbolic link${links.length === 1 ? '' : 's'} (${parts.join(', ')}): ${names}`);
}
const SKIPPED_SHOWN = 5;

/** --fix's report, per file: what was written, and what was not and why. */
function reportFixes(o: FixOutcome, rel: (p: string) => string, err: (s: string) => void): void {
  for (const p of o.fixed) warn(err, `fixed ${rel(p)}`);
  for (const n of o.notFixed) warn(err, `${rel(n.path)}: not fixed: ${n.reason}`);
  const files = new Set(o.notFixed.map(n => n.path));
  if (o.fixed.length || files.size) warn(err, `fixed ${o.fixed.length} file(s)${files.size ? `; ${files.size} file(s) with fixes not applied` : ''}`);
}

/**
 * Test-only: NACOS_AUTH_LINT_TEST_PAUSE_FIFO names a FIFO that --fix reads (blocking) once, after planning and
 * before writing, so a test's second process can change files in between (test/unit/cli-fix-safety.test.ts).
 */
function testPause(): (() => void) | undefined {
  const fifo = process.env.NACOS_AUTH_LINT_TEST_PAUSE_FIFO;
  if (!fifo) return undefined;
  return () => { try { readFileSync(fifo); } catch { /* no pause */ } };
}

/**
 * Output to a closed pipe (`nacos-auth-lint | head -1`): EPIPE is not a failure of the lint. The rest of the output
 * is dropped, nothing is printed, and the exit status stays the lint's (0 or 1), as the whole output would have had.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') { stream.destroy(); return; }
    process.exitCode = 2;
  });
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.1.0';

if (require.main === module) {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  try {
    process.exitCode = run(process.argv.slice(2), s => process.stdout.write(s), s => process.stderr.write(s));
  } catch (e) {
    // An internal failure: say what broke without echoing input (it may hold secrets).
    process.stderr.write(`nacos-auth-lint: internal error: ${e instanceof Error ? e.name + ': ' + e.message.split('\n')[0].slice(0, 200) : 'unknown'}\n`);
    process.exitCode = 2;
  }
}
