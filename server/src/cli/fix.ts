// `--fix`: plan every round in memory, refuse what would make things worse, check every target, then write.
import { realpathSync } from 'node:fs';
import { pickFixAllEdits, type AnalysisResult, type Finding, type TextEdit } from '../core';
import type { ReadResult } from './fsio';
import { applyToSegments, commit, discard, diskForm, spliceBytes, stage, unchangedOnDisk, whyNotWritable, type PlannedWrite, type Segment, type SpanEdit, type Staged } from './writePlan';

export interface FixInput {
  /** The linted files, as the core names them. */
  files: string[];
  /** The read the first analysis used for a path (one snapshot per path: bytes, encoding, stat). */
  snapshot: (path: string) => ReadResult | undefined;
  analyze: (files: { path: string; text: string }[], readFile: (path: string) => string | undefined) => AnalysisResult;
  initial: AnalysisResult;
  /** Real paths of the paths given on the command line (fsio realRoots): nothing outside them is written. */
  roots: string[];
  /** Called once between planning and writing (tests pause here to change files under the CLI). */
  beforeWrite?: () => void;
}

export interface FixOutcome {
  /** The analysis of what is on disk now. */
  result: AnalysisResult;
  /** A file's text as it is now (after the writes). */
  textOf: (path: string) => string | undefined;
  fixed: string[];
  /** Per file: why it, or one of its fixes, was not written. */
  notFixed: { path: string; reason: string }[];
}

const MAX_PASSES = 10; // like ESLint's fix passes
const MAX_TRIALS = 200; // analyses spent trying a refused round fix by fix

interface Doc { segs: Segment[]; text: string }
interface Candidate { finding: Finding; edits: TextEdit[]; sig: string; paths: string[] }

const hasDeterministicFix = (f: Finding) => f.fixes.some(x => x.deterministic);

/**
 * A new cluster-* finding or a new error (counted per rule and file) in `after`. Between rounds (`pending`) an error
 * that a deterministic fix removes is not yet counted (enabling auth reveals a wrong system type that the next round
 * fixes); a cluster-* finding always is: it means a shared value changed on some members only.
 */
function newProblem(before: AnalysisResult, after: AnalysisResult, pending: boolean): { rule: string; paths: Set<string> } | undefined {
  const count = (r: AnalysisResult) => {
    const m = new Map<string, Finding[]>();
    for (const [path, fs] of r.findings) for (const f of fs) {
      if (!f.ruleId.startsWith('cluster-') && f.severity !== 'error') continue;
      const k = `${f.ruleId}\u0000${path}`;
      const list = m.get(k) ?? [];
      list.push(f);
      m.set(k, list);
    }
    return m;
  };
  const old = count(before);
  let found: { rule: string; paths: Set<string> } | undefined;
  for (const [k, fs] of count(after)) {
    if (fs.length <= (old.get(k)?.length ?? 0)) continue;
    const rule = k.slice(0, k.indexOf('\u0000'));
    if (pending && !rule.startsWith('cluster-') && fs.every(hasDeterministicFix)) continue;
    found ??= { rule, paths: new Set() };
    found.paths.add(k.slice(k.indexOf('\u0000') + 1));
  }
  return found;
}

/**
 * Applies the deterministic fixes on disk. Every round is planned and analysed in memory first. A round that would
 * add a cluster-* finding or an error (a fix on one member of a cluster that changes a shared value) is tried again
 * without the fixes in the files that got the problem, then fix by fix; the offending fixes are not applied, and the
 * end state never has such a finding the files did not have. Only files inside the given paths that may be written
 * (writePlan.ts whyNotWritable) get fixes. Nothing is written until every planned file has been staged beside its
 * target; a file that cannot be staged, or that changed on disk since it was read, is left alone and the plan is
 * made again without it. Each file is reported: fixed, or not and why.
 */
export function applyFixesOnDisk(input: FixInput): FixOutcome {
  const realOf = new Map<string, string>();
  const canon = (p: string) => {
    let r = realOf.get(p);
    if (r === undefined) {
      try { r = realpathSync.native(p); } catch { r = p; }
      realOf.set(p, r);
    }
    return r;
  };
  // One real file reached under several names: the first name's read is the file's; the others must agree.
  const firstName = new Map<string, string>();
  const nameOf = (p: string) => {
    const c = canon(p);
    const n = firstName.get(c);
    if (n === undefined) { firstName.set(c, p); return p; }
    return n;
  };
  const readOf = (p: string) => input.snapshot(nameOf(p));
  const blocked = new Map<string, string>();
  const checked = new Map<string, string | undefined>();
  const whyNot = (p: string): string | undefined => {
    const c = canon(p);
    const b = blocked.get(c);
    if (b) return b;
    if (!checked.has(p)) {
      let why = whyNotWritable(p, input.snapshot(p), input.roots);
      const first = readOf(p);
      if (!why && first !== input.snapshot(p) && !first?.bytes?.equals(input.snapshot(p)?.bytes ?? Buffer.alloc(0))) why = 'changed on disk while it was read';
      checked.set(p, why);
    }
    return checked.get(p);
  };

  const plan = () => {
    let state = new Map<string, Doc>();
    const notes = new Map<string, Set<string>>();
    const note = (p: string, why: string) => { let s = notes.get(p); if (!s) notes.set(p, s = new Set()); s.add(why); };
    const textOf = (p: string, st = state) => st.get(canon(p))?.text ?? readOf(p)?.text;
    const run = (st: Map<string, Doc>) => input.analyze(input.files.map(path => ({ path, text: textOf(path, st) ?? '' })), p => textOf(p, st));
    const apply = (edits: TextEdit[]): Map<string, Doc> | undefined => {
      const byFile = new Map<string, SpanEdit[]>();
      for (const e of edits) {
        const c = canon(e.path);
        nameOf(e.path); // the first name a file is met under is the one it is read and decoded as
        const list = byFile.get(c) ?? [];
        list.push({ span: e.span, newText: e.newText });
        byFile.set(c, list);
      }
      const next = new Map(state);
      let changed = false;
      for (const [c, list] of byFile) {
        const read = readOf(firstName.get(c)!)!;
        const doc = state.get(c) ?? { segs: [{ from: { start: 0, end: read.text!.length } }], text: read.text! };
        const name = firstName.get(c)!;
        const r = applyToSegments(read.text!, doc.segs, doc.text, list, t => diskForm(name, read.encoding!, t));
        if (r.text !== doc.text) { next.set(c, r); changed = true; }
      }
      return changed ? next : undefined;
    };
    const refused = new Set<string>();
    const candidates = (r: AnalysisResult): Candidate[] => {
      const out: Candidate[] = [];
      for (const f of [...r.findings.values()].flat()) {
        const edits = pickFixAllEdits([f]);
        if (!edits.length) continue;
        const paths = [...new Set(edits.map(e => e.path))];
        const why = paths.map(p => [p, whyNot(p)] as const).filter(x => x[1]);
        if (why.length) { for (const [p, w] of why) note(p, w!); continue; }
        const sig = `${f.ruleId}\u0000${edits.map(e => `${canon(e.path)}\u0000${(textOf(e.path) ?? '').slice(e.span.start, e.span.end)}\u0000${e.newText}`).join('\u0001')}`;
        if (refused.has(sig)) continue;
        out.push({ finding: f, edits, sig, paths });
      }
      return out;
    };

    let result = input.initial;
    let trials = 0;
    // Every accepted round, to fall back to when the last ones leave a new problem that no later round removed.
    // (Only what each state adds compared with the files as read is kept, not the whole analysis.)
    const history: { state: Map<string, Doc>; adds?: string; paths: string[] }[] = [{ state, paths: [] }];
    const accept = (st: Map<string, Doc>, r: AnalysisResult, paths: string[]) => {
      state = st;
      result = r;
      history.push({ state, adds: newProblem(input.initial, r, false)?.rule, paths });
    };
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const cands = candidates(result);
      if (!cands.length) break;
      const next = apply(pickFixAllEdits(cands.map(c => c.finding)));
      if (!next) break;
      const r = run(next);
      const roundBad = newProblem(result, r, true);
      if (!roundBad) { accept(next, r, cands.flatMap(c => c.paths)); continue; }
      const touched = new Set<string>();
      let progress = false;
      // First the round without the fixes in files that got a new problem (usually all that is wrong with it)…
      const suspects = new Set([...roundBad.paths].map(canon));
      const rest = cands.filter(c => !c.paths.some(p => suspects.has(canon(p))));
      if (rest.length && rest.length < cands.length) {
        const n = apply(pickFixAllEdits(rest.map(c => c.finding)));
        const r2 = n && run(n);
        trials++;
        if (n && r2 && !newProblem(result, r2, true)) {
          accept(n, r2, rest.flatMap(c => c.paths));
          progress = true;
          for (const c of rest) for (const p of c.paths) touched.add(canon(p));
        }
      }
      // …then fix by fix: keep the ones that add nothing; a fix in a file already changed here waits for the next pass.
      for (const c of cands) {
        if (c.paths.some(p => touched.has(canon(p)))) continue;
        if (trials >= MAX_TRIALS) {
          refused.add(c.sig);
          for (const p of c.paths) note(p, 'a fix was not applied (too many fixes to check one by one)');
          continue;
        }
        const n = apply(c.edits);
        if (!n) continue;
        trials++;
        const r1 = run(n);
        const bad = newProblem(result, r1, true);
        if (bad) {
          refused.add(c.sig);
          for (const p of c.paths) note(p, `${c.finding.ruleId} fix not applied: it would add ${bad.rule}`);
          continue;
        }
        accept(n, r1, c.paths);
        progress = true;
        for (const p of c.paths) touched.add(canon(p));
      }
      if (!progress) break;
    }
    // The end state must not have a problem the files did not have: drop the last rounds until it has none.
    let keep = history.length - 1;
    while (keep > 0 && history[keep].adds) {
      for (const p of history[keep].paths) note(p, `fixes not applied: they would leave a new ${history[keep].adds} finding that no fix here removes`);
      keep--;
    }
    if (keep < history.length - 1) {
      state = history[keep].state;
      result = keep === 0 ? input.initial : run(state);
    }
    return { state, result, notes, textOf: (p: string) => textOf(p) };
  };

  let paused = false;
  for (;;) {
    const p = plan();
    const writes: PlannedWrite[] = [];
    for (const [real, doc] of p.state) {
      const name = firstName.get(real)!;
      const read = input.snapshot(name)!;
      if (doc.text === read.text) continue;
      writes.push({ real, name, read, text: doc.text, bytes: spliceBytes(read.text!, read.bytes!, read.encoding!, doc.segs) });
    }
    if (!paused) { paused = true; input.beforeWrite?.(); }
    const staged: Staged[] = [];
    let retry = false;
    for (const w of writes) {
      const s = stage(w);
      if ('error' in s) { blocked.set(w.real, s.error); retry = true; } else staged.push(s);
    }
    if (!retry) {
      for (const s of staged) if (!unchangedOnDisk(s.w)) { blocked.set(s.w.real, 'changed on disk since it was read'); retry = true; }
    }
    if (retry) { for (const s of staged) discard(s.tmp); continue; }

    const notFixed: { path: string; reason: string }[] = [];
    for (const [path, why] of p.notes) for (const reason of why) notFixed.push({ path, reason });
    const fixed: string[] = [];
    let failed = false;
    for (const s of staged) {
      const err = commit(s);
      if (err) { notFixed.push({ path: s.w.name, reason: err }); p.state.delete(s.w.real); failed = true; } else fixed.push(s.w.name);
    }
    // A rename that failed after the others succeeded: report what is on disk, not what was planned.
    const result = failed ? input.analyze(input.files.map(path => ({ path, text: p.textOf(path) ?? '' })), p.textOf) : p.result;
    return { result, textOf: p.textOf, fixed, notFixed };
  }
}
