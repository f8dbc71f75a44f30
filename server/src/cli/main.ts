import { relative } from 'node:path';
import { analyze, explainNodes, lineIndexFor, normalizeSettings, RULES, type Finding } from '../core';
import { collectFiles, readTextFile, toPosix } from './fsio';
import { applyFixesOnDisk } from './fix';
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
  const files = collectFiles(opts.paths, (p, m) => { err(`nacos-auth-lint: ${rel(p)}: ${m}\n`); problems++; });
  const texts = new Map<string, string>();
  const sources = [];
  for (const path of files) {
    const r = readTextFile(path);
    if (r.text === undefined) { err(`nacos-auth-lint: ${rel(path)}: ${r.error}\n`); continue; }
    texts.set(path, r.text);
    sources.push({ path, text: r.text });
  }
  const readFile = (p: string) => {
    const t = texts.get(p);
    if (t !== undefined) return t;
    const r = readTextFile(p);
    return r.text;
  };
  let result = analyze({ files: sources, readFile, settingsFor: () => settings, relPath: rel, rootFor: () => toPosix(cwd) });

  if (opts.fix) {
    // Like ESLint: fixes that overlapped wait for the next pass; stop when nothing changes.
    const fixed = new Set<string>();
    for (let pass = 0; pass < 10; pass++) {
      const changed = applyFixesOnDisk(result.findings, readFile);
      if (!changed.size) break;
      for (const [path, text] of changed) { texts.set(path, text); fixed.add(path); }
      for (const s of sources) s.text = texts.get(s.path) ?? s.text;
      result = analyze({ files: sources, readFile, settingsFor: () => settings, relPath: rel, rootFor: () => toPosix(cwd) });
    }
    if (fixed.size) err(`nacos-auth-lint: fixed ${fixed.size} file(s)\n`);
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
  else out(formatStylish(cliFiles, nodes, summary, result.clusters.length, process.stdout.isTTY === true));
  void problems;
  return summary.errors > 0 ? 1 : 0;
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.1.0';

if (require.main === module) {
  try {
    process.exitCode = run(process.argv.slice(2), s => process.stdout.write(s), s => process.stderr.write(s));
  } catch (e) {
    // An internal failure: say what broke without echoing input (it may hold secrets).
    process.stderr.write(`nacos-auth-lint: internal error: ${e instanceof Error ? e.name + ': ' + e.message.split('\n')[0].slice(0, 200) : 'unknown'}\n`);
    process.exitCode = 2;
  }
}
