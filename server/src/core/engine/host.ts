// The one owner of change (rust-analyzer's `AnalysisHost.apply_change` → immutable `Analysis` snapshot): the language
// server applies changes (documents edited, files changed on disk, settings changed) and asks the latest snapshot for
// diagnostics, fixes, hovers, completions and reports. Everything kept between analyses — parses, compose reuse, the
// split of the workspace into independent components — lives here and nowhere else.
import type { AnalysisResult } from '../model/analysis';
import type { LintSettings } from '../settings';
import type { Finding, TextEdit } from '../types';
import { applyEdits, editsOf, pickFixAllEdits } from '../fixes/apply';
import { Redactor } from '../util/mask';
import { analyze } from './analyze';
import { IncrementalAnalysis } from './components';
import { Reuse } from './reuse';

/** How the host sees the workspace: the server's document store and disk, its settings and folders. */
export interface HostWorkspace {
  /** The text the analysis sees for a path: an open document's, else the file's on disk (undefined: none). */
  text(path: string): string | undefined;
  /** The editor's version of an open document; undefined for files read from disk. */
  version(path: string): number | undefined;
  settingsFor(path: string): LintSettings;
  /** Path relative to its workspace folder (names in messages, cluster grouping). */
  relPath(path: string): string;
  /** The workspace folder that contains a path. */
  rootFor(path: string): string;
  /** Every candidate file (the workspace index and the open documents), for the sources' directory listings. */
  files?(): Iterable<string>;
}

export type Change =
  /** Analyse these root files afresh (start, settings or folders changed, the check command). */
  | { kind: 'full'; roots: Iterable<string> }
  /** These files changed (edited, opened, closed, or changed on disk): re-analyse what they take part in. */
  | { kind: 'files'; paths: string[]; isRoot(path: string): boolean; onDisk?: boolean };

/** The state of the workspace after the latest change: read-only, and the same until the next `applyChange`. */
export interface Analysis {
  /** The findings in one file (merged over the components it takes part in). */
  findings(path: string): Finding[];
  /** Every node, cluster and finding (built on first use). */
  result(): AnalysisResult;
  /**
   * The edits of a fix the user picked, computed from the texts as they are: a fix that compose reuse carried over
   * from an earlier analysis was built with that analysis's clusters, so it is computed again without reuse.
   */
  fixEdits(path: string, finding: Finding, title: string): TextEdit[] | undefined;
  /**
   * `source.fixAll` for one file: its deterministic fixes, round after round in memory until nothing changes (a fix
   * can reveal the next, as with `--fix`), stopping before a round that adds an error; one edit (or none).
   */
  fixAllEdits(path: string): TextEdit[];
}

const MAX_FIX_ROUNDS = 10;

export class AnalysisHost {
  private readonly reuse = new Reuse();
  private readonly inc: IncrementalAnalysis;
  private snapshot: Analysis | undefined;

  constructor(private readonly ws: HostWorkspace) {
    this.inc = new IncrementalAnalysis(roots => this.run(roots, this.reuse));
  }

  /** Files changed on disk or deleted: forget their parses and what was reused from them (before the next change). */
  forgetFiles(paths: Iterable<string>): void {
    for (const p of paths) this.reuse.forget(p);
  }

  /** Applies a change and returns every file whose findings may differ. */
  applyChange(change: Change): Set<string> {
    this.snapshot = undefined;
    if (change.kind === 'full') {
      this.reuse.forgetResults();
      return this.inc.rebuild(change.roots);
    }
    if (change.onDisk) for (const p of change.paths) this.reuse.forget(p);
    return this.inc.update(change.paths, change.isRoot);
  }

  /** The latest snapshot (the same object until the next change). */
  analysis(): Analysis {
    return (this.snapshot ??= this.makeSnapshot());
  }

  /** Analyses a set of root files: open buffers win over the disk; disabled folders are skipped. */
  private run(roots: string[], reuse: Reuse | undefined, overlay?: ReadonlyMap<string, string>): AnalysisResult {
    const base = this.ws;
    const ws: HostWorkspace = overlay ? {
      text: p => overlay.get(p) ?? base.text(p), version: () => undefined,
      settingsFor: p => base.settingsFor(p), relPath: p => base.relPath(p), rootFor: p => base.rootFor(p),
    } : base;
    return analyze({
      files: roots.flatMap(path => {
        if (!ws.settingsFor(path).enable) return [];
        const text = ws.text(path);
        return text === undefined ? [] : [{ path, text, version: ws.version(path) }];
      }),
      readFile: p => ws.text(p), settingsFor: p => ws.settingsFor(p), reuse,
      relPath: p => ws.relPath(p), rootFor: p => ws.rootFor(p),
      ...(ws.files ? { workspaceFiles: () => ws.files!() } : {}),
    });
  }

  private makeSnapshot(): Analysis {
    const inc = this.inc;
    let merged: AnalysisResult | undefined;
    const reusing = this.reuse.active;
    return {
      findings: path => inc.findings(path),
      result: () => {
        if (!merged) {
          const v = inc.view();
          // The merged parse map is only needed by requests that look at parsed files; the status must not pay for it.
          let parsed: AnalysisResult['parsed'] | undefined;
          let secrets: AnalysisResult['secrets'] | undefined;
          merged = {
            findings: v.findings, nodes: v.nodes, clusters: v.clusters, skipped: v.results.flatMap(r => r.skipped),
            get parsed() { return (parsed ??= new Map(v.results.flatMap(r => [...r.parsed]))); },
            get secrets() { return (secrets ??= Redactor.union(v.results.map(r => r.secrets))); },
          };
        }
        return merged;
      },
      fixEdits: (path, finding, title) => {
        const own = finding.fixes.find(f => f.title === title);
        if (!reusing) return own && editsOf(own);
        const fresh = this.run(inc.rootsOf(path), undefined);
        const same = (fresh.findings.get(path) ?? []).find(f => f.ruleId === finding.ruleId && f.span.start === finding.span.start && f.span.end === finding.span.end && f.message === finding.message);
        const fix = same?.fixes.find(x => x.title === title) ?? own;
        return fix && editsOf(fix);
      },
      fixAllEdits: path => {
        const original = this.ws.text(path);
        if (original === undefined) return [];
        const start = inc.findings(path);
        let text = original;
        let findings = start;
        let first: TextEdit[] = [];
        let rounds = 0;
        // The last state that adds no error to the start (a round may reveal an error that the next round fixes).
        let best = { text: original, rounds: 0 };
        for (; rounds < MAX_FIX_ROUNDS; rounds++) {
          const edits = pickFixAllEdits(findings, path);
          const next = edits.length ? applyEdits(text, edits) : text;
          if (next === text) break;
          if (rounds === 0) first = edits;
          // Reuse would carry fixes over from texts that no longer exist: each round is analysed afresh.
          findings = this.run(inc.rootsOf(path), undefined, new Map([[path, next]])).findings.get(path) ?? [];
          text = next;
          if (!addsError(start, findings)) best = { text, rounds: rounds + 1 };
        }
        // One round: its own edits (each fix where it is); more: the changed lines as one edit.
        return best.text === original ? [] : best.rounds === 1 ? first : [changedLines(path, original, best.text)];
      },
    };
  }
}

/** `after` has an error of a rule (in this file) that `before` had fewer of. */
function addsError(before: Finding[], after: Finding[]): boolean {
  const count = (list: Finding[]) => {
    const m = new Map<string, number>();
    for (const f of list) if (f.severity === 'error') m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
    return m;
  };
  const was = count(before);
  for (const [id, n] of count(after)) if (n > (was.get(id) ?? 0)) return true;
  return false;
}

/** One edit turning `from` into `to`: the whole lines between their common start and end. */
function changedLines(path: string, from: string, to: string): TextEdit {
  let start = 0;
  while (start < from.length && start < to.length && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  start = from.lastIndexOf('\n', start - 1) + 1;
  let end = 0;
  while (end < from.length - start && end < to.length - start && from.charCodeAt(from.length - 1 - end) === to.charCodeAt(to.length - 1 - end)) end++;
  // Back to just after a line break (or the end) in both texts: the same count of characters from the end.
  while (end > 0 && from.charCodeAt(from.length - end - 1) !== 10) end--;
  return { path, span: { start, end: from.length - end }, newText: to.slice(start, to.length - end) };
}
