import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { analyze, explainNodes, helmSetProblem, lineIndexFor, RULES, upgradeCheck, type Finding, type UpgradeReport } from '../core';
import { collectFiles, readTextFile, realRoots, toPosix, type ReadResult, type SkippedLink } from './fsio';
import { applyFixesOnDisk, type FixOutcome } from './fix';
import { escapeControls, escapeStrings } from './terminal';
import { formatJsonChunks, formatStylish, formatSarif, formatUpgrade, type CliFile, type CliUpgrade, type CliUpgradeFinding } from './format';
import { filesLine } from './format';
import { formatGithub } from './formats/github';
import { formatJunit } from './formats/junit';
import { CliProject, clusterContext, formatConfigProblem } from './project';

const USAGE = `Usage: nacos-auth-lint [options] [paths...]

Finds Nacos authentication misconfigurations in application.properties, docker-compose and env files.

Options:
  --format <stylish|json|sarif|github|junit>  output format (default: stylish)
  --server-version <version>     assume this Nacos server version (e.g. 2.3.0) instead of inferring it
  --target-version <version>     upgrade check: also lint the files as if every node ran this version and list what
                                 breaks, changes or goes away (stylish and json output)
  --fix                          apply the safe deterministic fixes on disk (never generates secrets)
  --explain                      print each node's effective auth settings with where they came from
  --show-secrets                 print values unmasked in --explain output
  --rule <id>=<off|info|warning|error>  change a rule's severity (repeatable)
  --locale <en|zh-cn>            language of the messages (default: en)
  --config <file>                use this configuration file instead of looking up .nacos-auth-lint.json
  --print-config <path>          print the settings that file is linted with (known values counted, never shown)
  --values <file>                Helm: a values file applied after each chart's values.yaml, like helm -f
                                 (repeatable, in order; a file inside a chart applies to that chart only)
  --set <key=value>              Helm: set values on every chart linted, like helm --set (repeatable)
  --set-string <key=value>       Helm: like --set, every value a string
  --max-warnings <n>             exit 1 when there are more than n warnings
  --no-nodes-ok                  exit 0 when no Nacos node is found (default: exit 2, nothing was checked)
  -h, --help                     show this help
  -v, --version                  show the version

Settings come from .nacos-auth-lint.json (or package.json "nacosAuthLint"), looked up from each file's folder
upwards; --rule and --server-version win over it. A named file also brings the files of its cluster along.

Exit codes: 0 no error-severity findings, 1 errors found (or more warnings than --max-warnings),
2 bad usage, a path that does not exist, no Nacos node found, an invalid configuration file, or internal failure.`;

interface Options {
  format: 'stylish' | 'json' | 'sarif' | 'github' | 'junit';
  config?: string;
  printConfig?: string;
  maxWarnings?: number;
  noNodesOk?: boolean;
  serverVersion?: string;
  targetVersion?: string;
  fix: boolean;
  explain: boolean;
  showSecrets: boolean;
  rules: Record<string, string>;
  locale: string;
  paths: string[];
  /** Helm: `--values` files (absolute), `--set`, `--set-string` (in order). */
  helm: { valueFiles: string[]; set: string[]; setString: string[] };
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  const o: Options = { format: 'stylish', fix: false, explain: false, showSecrets: false, rules: {}, locale: 'en', paths: [], helm: { valueFiles: [], set: [], setString: [] } };
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
        if (f !== 'stylish' && f !== 'json' && f !== 'sarif' && f !== 'github' && f !== 'junit') throw new UsageError(`unknown format '${f}' (stylish, json, sarif, github or junit)`);
        o.format = f;
        break;
      }
      case '--server-version': {
        const v = value();
        if (!/^v?\d+(\.\d+){0,3}(-slim)?$/.test(v) && v !== 'latest') throw new UsageError(`'${v}' is not a Nacos version (e.g. 2.3.0)`);
        o.serverVersion = v;
        break;
      }
      case '--target-version': {
        const v = value();
        if (!/^v?\d+(\.\d+){0,3}$/.test(v)) throw new UsageError(`'${v}' is not a Nacos version (e.g. 3.2.3)`);
        o.targetVersion = v;
        break;
      }
      case '--fix': o.fix = true; break;
      case '--explain': o.explain = true; break;
      case '--show-secrets': o.showSecrets = true; break;
      case '--locale': o.locale = value(); break;
      case '--config': o.config = value(); break;
      case '--print-config': o.printConfig = value(); break;
      case '--no-nodes-ok': o.noNodesOk = true; break;
      case '--values': {
        const f = value();
        if (!existsSync(f) || isDir(f)) throw new UsageError(`--values ${f}: no such file`);
        o.helm.valueFiles.push(toPosix(resolve(f)));
        break;
      }
      case '--set': case '--set-string': {
        const v = value();
        // Helm refuses what it cannot parse before rendering anything: so does the CLI (the value is never echoed).
        const why = helmSetProblem(v, flag === '--set-string');
        if (why) throw new UsageError(`${flag}: ${why.replace(/^failed parsing --set(-string)? data: /, '')}`);
        (flag === '--set' ? o.helm.set : o.helm.setString).push(v);
        break;
      }
      case '--max-warnings': {
        const v = value();
        if (!/^\d+$/.test(v)) throw new UsageError('--max-warnings expects a whole number (0 or more)');
        o.maxWarnings = Number(v);
        break;
      }
      case '--rule': {
        const m = /^([a-z0-9-]+)=(off|info|warning|error)$/.exec(value());
        if (!m) throw new UsageError('--rule expects <rule-id>=<off|info|warning|error>');
        if (!ruleIds.has(m[1])) throw new UsageError(`unknown rule '${m[1]}'`);
        o.rules[m[1]] = m[2];
        break;
      }
      case '--': o.paths.push(...argv.slice(i + 1)); i = argv.length; break;
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
  // Settings per file: .nacos-auth-lint.json (or --config) under the --rule/--server-version flags (project.ts).
  if (opts.config !== undefined && !existsSync(opts.config)) { warn(err, `${opts.config}: configuration file not found`); return 2; }
  const project = new CliProject({ cwd, configPath: opts.config !== undefined ? toPosix(resolve(opts.config)) : undefined, flags: { serverVersion: opts.serverVersion, rules: opts.rules as Record<string, 'off'> }, locale: opts.locale, helm: opts.helm });
  if (opts.printConfig !== undefined) {
    const target = toPosix(resolve(opts.printConfig));
    out(project.printConfig(target, rel));
    return reportConfigProblems(project, rel, err) ? 2 : 0;
  }
  let problems = 0;
  const skippedLinks: SkippedLink[] = [];
  const walked = collectFiles(opts.paths, (p, m) => { warn(err, `${rel(p)}: ${m}`); problems++; }, l => skippedLinks.push(l));
  reportSkippedLinks(skippedLinks, rel, err);
  // A gate must not pass because a folder was renamed (ESLint: "No files matching the pattern").
  const unmatched = opts.paths.filter(p => !existsSync(p) || (!opts.noNodesOk && isDir(p) && !walked.some(f => f === toPosix(resolve(p)) || f.startsWith(`${toPosix(resolve(p)).replace(/\/$/, '')}/`))));
  if (unmatched.length) {
    for (const p of unmatched) warn(err, `No files matching '${p}' were found${existsSync(p) ? '' : ' (no such file or directory)'}.`);
    return 2;
  }
  const named = new Set(opts.paths.filter(p => !isDir(p)).map(p => toPosix(resolve(p))));
  project.prepare(walked);
  const given = walked.filter(f => project.selected(f, rel(f), named.has(f)));
  const files = [...given, ...clusterContext([...named].filter(f => given.includes(f)), project, cwd, rel).filter(f => !given.includes(f))];
  project.prepare(files);
  if (reportConfigProblems(project, rel, err)) return 2;
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
  const sourcePaths = new Set(sources.map(s => s.path));
  const analyzeWith = (fs: { path: string; text: string }[], read: (p: string) => string | undefined) =>
    analyze({ files: fs, readFile: read, settingsFor: project.settingsFor, relPath: rel, rootFor: () => toPosix(cwd) });
  let result = analyzeWith(sources, readFile);

  if (opts.fix) {
    const fixed = applyFixesOnDisk({ files: sources.map(s => s.path), snapshot, analyze: analyzeWith, initial: result, roots: realRoots(opts.paths), beforeWrite: testPause() });
    reportFixes(fixed, rel, err);
    result = fixed.result;
    readFile = fixed.textOf;
  }

  const cliFiles: CliFile[] = [];
  // A related list the core shares between findings (cluster-* rules: one per value) is converted once.
  const relatedOnce = new Map<Finding['related'], CliFile['findings'][number]['related']>();
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
        related: relatedOnce.get(f.related) ?? (() => {
          const list = f.related.map(r => {
            const ri = lineIndexFor(r.path, readFile(r.path) ?? '');
            const p = ri.position(r.span.start);
            return { path: rel(r.path), line: p.line + 1, column: p.character + 1, message: r.message };
          });
          if (f.related.length) relatedOnce.set(f.related, list);
          return list;
        })(),
      };
    }) });
  }
  const nodes = opts.explain ? explainNodes(result, rel, readFile, opts.showSecrets) : undefined;
  const summary = {
    errors: 0, warnings: 0, infos: 0, files: sources.length, nodes: result.nodes.length,
  };
  for (const f of cliFiles) for (const x of f.findings) {
    if (x.severity === 'error') summary.errors++; else if (x.severity === 'warning') summary.warnings++; else summary.infos++;
  }
  // Honest counts: files linted because they were named (or found in named folders) vs. read because they are
  // referenced (env files, .env, cluster.conf, mounted files) or share a named file's cluster.
  const givenSet = new Set(given);
  const referenced = new Set([...sourcePaths].filter(p => !givenSet.has(p) && snapshot(p).text !== undefined));
  for (const [p, r] of reads) if (!givenSet.has(p) && r.text !== undefined) referenced.add(p);
  const all = [...result.findings.values()].flat();
  const footer = {
    given: given.filter(p => snapshot(p).text !== undefined).length, referenced: referenced.size,
    fixable: all.filter(f => f.fixes.some(x => x.deterministic)).length,
    needSecrets: all.filter(f => f.fixes.length > 0 && !f.fixes.some(x => x.deterministic)).length,
  };
  const countsLine = `${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.infos} info; ${filesLine(footer)}; ${summary.nodes} Nacos node(s)`;
  const upgrade = opts.targetVersion ? upgradeOf(upgradeCheck({ files: sources, readFile, settingsFor: project.settingsFor, relPath: rel, rootFor: () => toPosix(cwd) }, result, opts.targetVersion), rel, readFile) : undefined;
  if (opts.format === 'json') {
    // In pieces of ~64 KB: the whole document as one string can outgrow the heap (formatJsonChunks).
    let buf = '';
    for (const c of formatJsonChunks(cliFiles, nodes, summary, upgrade)) {
      buf += c;
      if (buf.length >= 65536) { out(buf); buf = ''; }
    }
    if (buf) out(buf);
  }
  else if (opts.format === 'sarif') out(formatSarif(cliFiles, opts.locale, { srcRoot: toPosix(cwd), lineText: (p, line) => (readFile(toPosix(resolve(cwd, p))) ?? '').split('\n')[line - 1] }));
  else if (opts.format === 'github') out(formatGithub(escapeStrings(cliFiles), `nacos-auth-lint: ${countsLine}`));
  else if (opts.format === 'junit') out(formatJunit(cliFiles, [...givenSet, ...referenced].map(rel)));
  else out(formatStylish(escapeStrings(cliFiles), escapeStrings(nodes), summary, result.clusters.length, process.stdout.isTTY === true, footer));
  if (upgrade && opts.format === 'stylish') out(`\n${formatUpgrade(escapeStrings(upgrade))}`);
  void problems;
  if (summary.errors > 0) return 1;
  if (opts.maxWarnings !== undefined && summary.warnings > opts.maxWarnings) {
    warn(err, `too many warnings (${summary.warnings}); the maximum is ${opts.maxWarnings}.`);
    return 1;
  }
  // Nothing was checked: fail unless asked not to (a gate on a tree without Nacos files, e.g. after a move). Files
  // that could not be read were already reported, each with its reason.
  const unreadable = given.some(p => snapshot(p).text === undefined) || problems > 0;
  if (result.nodes.length === 0 && !opts.noNodesOk && !unreadable) {
    warn(err, `no Nacos node found in ${filesLine(footer)}; nothing was checked (pass --no-nodes-ok to accept this).`);
    return 2;
  }
  return 0;
}

function isDir(p: string): boolean {
  try { return statSync(p).isDirectory(); } catch { return false; }
}

/** Configuration problems, one line each; true when there are any (the run stops with exit 2, like ESLint). */
function reportConfigProblems(project: CliProject, rel: (p: string) => string, err: (s: string) => void): boolean {
  const ps = project.problems();
  for (const p of ps) warn(err, `invalid configuration: ${formatConfigProblem(p, rel)}`);
  return ps.length > 0;
}

/** A line on stderr; names and messages in it are escaped (terminal.ts). */
function warn(err: (s: string) => void, message: string): void {
  err(`nacos-auth-lint: ${escapeControls(message)}\n`);
}

/**
 * One line for the symbolic links the walk did not follow because they lead outside the given paths (SKIPPED_SHOWN
 * of them named). Broken and looping links are skipped silently: they name no file to lint.
 */
function reportSkippedLinks(links: SkippedLink[], rel: (p: string) => string, err: (s: string) => void): void {
  const outside = links.filter(l => l.why === 'outside');
  if (!outside.length) return;
  const names = outside.slice(0, SKIPPED_SHOWN).map(l => rel(l.path)).join(', ') + (outside.length > SKIPPED_SHOWN ? ', …' : '');
  warn(err, `skipped ${outside.length} symbolic link${outside.length === 1 ? '' : 's'} leading outside the given paths: ${names}`);
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

/**
 * Output to a pipe is written as it is produced: Node queues what a pipe cannot take at once, so a slow reader (or
 * a 100 MB JSON report) would otherwise hold the whole output in memory (issue 20: a 512 MB heap).
 */
function blockingPipe(stream: NodeJS.WriteStream): void {
  const handle = (stream as unknown as { _handle?: { setBlocking?: (b: boolean) => void } })._handle;
  if (!stream.isTTY) handle?.setBlocking?.(true);
}

if (require.main === module) {
  blockingPipe(process.stdout);
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  try {
    process.exitCode = run(process.argv.slice(2), s => process.stdout.write(s), s => process.stderr.write(s));
  } catch (e) {
    // An internal failure: say what broke without echoing input (it may hold secrets).
    process.stderr.write(`nacos-auth-lint: internal error: ${escapeControls(e instanceof Error ? e.name + ': ' + e.message.split('\n')[0].slice(0, 200) : 'unknown')}\n`);
    process.exitCode = 2;
  }
}

/** The upgrade report with positions (1-based) and workspace-relative paths. */
function upgradeOf(u: UpgradeReport, rel: (p: string) => string, readFile: (p: string) => string | undefined): CliUpgrade {
  const at = (f: Finding): CliUpgradeFinding => {
    const p = lineIndexFor(f.path, readFile(f.path) ?? '').position(f.span.start);
    return { ruleId: f.ruleId, severity: f.severity, message: f.message, path: rel(f.path), line: p.line + 1, column: p.character + 1 };
  };
  return { targetVersion: u.targetVersion, added: u.added.map(at), changed: u.changed.map(c => ({ before: at(c.before), after: at(c.after) })), resolved: u.resolved.map(at) };
}
