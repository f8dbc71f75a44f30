// Every output channel of the product for one small workspace, as text (issue 20, item 12): what the core gives the
// CLI and the language server — finding messages and related messages, fix titles and the editor's own action titles,
// hovers and completions on every character of every line, `--explain` (masked), both reports — and the CLI itself
// in every format. `plantedLeaks` then looks for a planted value, its Base64 and URL-encoded forms and any
// 5-character piece of it. Shared by the leak fuzzer (test/fuzz/leaks.ts) and test/security/malformed-secrets.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  analyze, completionsAt, explainNodes, hoverAt, normalizeSettings, renderConsistencyReport, renderEffectiveReport, suppressionEdit, parseFile,
  type AnalysisResult,
} from '../../server/src/core';

export interface Output { where: string; text: string }

const ROOT = '/w';

/** The core's outputs, as the language server and the CLI render them. */
export function coreOutputs(files: Record<string, string>, opts: { hoverEvery?: number } = {}): { outputs: Output[]; result: AnalysisResult } {
  const settings = normalizeSettings({});
  const abs = Object.fromEntries(Object.entries(files).map(([p, t]) => [`${ROOT}/${p}`, t]));
  const rel = (p: string) => (p.startsWith(`${ROOT}/`) ? p.slice(ROOT.length + 1) : p);
  const result = analyze({
    files: Object.entries(abs).map(([path, text]) => ({ path, text })), readFile: p => abs[p], settingsFor: () => settings, relPath: rel, rootFor: () => ROOT,
  });
  const out: Output[] = [];
  for (const [path, list] of result.findings) {
    for (const f of list) {
      out.push({ where: `${rel(path)} ${f.ruleId} message`, text: f.message });
      for (const r of f.related) out.push({ where: `${rel(path)} ${f.ruleId} related`, text: r.message });
      for (const x of f.fixes) out.push({ where: `${rel(path)} ${f.ruleId} fix title`, text: x.title });
      if (suppressionEdit(parseFile(path, abs[path] ?? ''), f.ruleId, f.span)) out.push({ where: 'suppress title', text: `Suppress ${f.ruleId} on this line` });
    }
  }
  const nodes = explainNodes(result, rel, p => abs[p]);
  out.push({ where: 'explain', text: JSON.stringify(nodes) });
  out.push({ where: 'effective report', text: renderEffectiveReport(nodes, 'en') });
  const findings = [...result.findings].flatMap(([path, list]) => list.map(f => ({ path: rel(path), absPath: path, line: 0, ruleId: f.ruleId, severity: f.severity, message: f.message })));
  const counts = { nodes: result.nodes.length, clusters: result.clusters.length, errors: 0, warnings: 0 };
  out.push({ where: 'consistency report', text: renderConsistencyReport({ counts, nodes, clusters: result.clusters, findings, locale: 'en', rel: (p: string) => p, link: f => `[${f.path}](${f.path})` }) });
  const every = opts.hoverEvery ?? 1;
  for (const [path, text] of Object.entries(abs)) {
    for (let offset = 0; offset <= text.length; offset += every) {
      const h = hoverAt({ path, text, offset, result, settings, rel, uri: p => `file://${p}`, read: p => abs[p] });
      if (h) out.push({ where: `hover ${rel(path)}@${offset}`, text: h.markdown });
      for (const c of completionsAt({ path, text, offset, settings } as Parameters<typeof completionsAt>[0])) out.push({ where: `completion ${rel(path)}@${offset}`, text: JSON.stringify(c) });
    }
  }
  return { outputs: out, result };
}

/** The CLI formats the leak checks run (every format, and --explain in the two that print it). */
export const CLI_RUNS: string[][] = [['--explain'], ['--format', 'json', '--explain'], ['--format', 'sarif'], ['--format', 'github'], ['--format', 'junit']];

/**
 * The CLI (dist/cli.js, as users run it) in every format over `cases`, each written to its own folder of one
 * temporary tree: one process per format for the whole batch.
 */
export function cliOutputs(cli: string, cases: Record<string, string>[]): Output[] {
  const dir = mkdtempSync(join(tmpdir(), 'nal-leak-'));
  try {
    cases.forEach((files, i) => {
      for (const [p, t] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, `case${i}`, p)), { recursive: true });
        writeFileSync(join(dir, `case${i}`, p), t);
      }
    });
    const out: Output[] = [];
    for (const args of CLI_RUNS) {
      const r = spawnSync(process.execPath, [cli, ...args, '--no-nodes-ok', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      out.push({ where: `cli ${args.join(' ')} stdout`, text: r.stdout ?? '' }, { where: `cli ${args.join(' ')} stderr (exit ${r.status})`, text: r.stderr ?? '' });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The forms of a planted value that must never be printed: itself, Base64, URL-encoded, and every 5-char piece. */
export function forbiddenForms(secret: string): string[] {
  const forms = new Set<string>([secret, Buffer.from(secret).toString('base64').replace(/=+$/, ''), encodeURIComponent(secret)]);
  for (let i = 0; i + 5 <= secret.length; i++) forms.add(secret.slice(i, i + 5));
  return [...forms].filter(f => f.length >= 5);
}

/** Where a planted value shows (value-free: the form's length and what precedes it). */
export function plantedLeaks(secrets: string[], outputs: Output[], allowed: (form: string) => boolean = () => false): string[] {
  const found: string[] = [];
  for (const s of secrets) {
    for (const form of forbiddenForms(s)) {
      if (allowed(form)) continue;
      for (const o of outputs) {
        const at = o.text.indexOf(form);
        if (at < 0) continue;
        found.push(`${form === s ? 'the value' : `a ${form.length}-char form`} in ${o.where}: …${JSON.stringify(o.text.slice(Math.max(0, at - 50), at))}⟨…⟩`);
        break;
      }
      if (found.length > 20) return found;
    }
  }
  return found;
}
