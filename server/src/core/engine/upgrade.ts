// The upgrade check (issue 14 item 11, SPEC §2 `--target-version`): the same files linted as if every node ran the
// target version (image tags included), compared with the lint as they are: what breaks or changes, what goes away.
import type { AnalysisInput } from './analyze';
import { analyze } from './analyze';
import type { AnalysisResult } from '../model/analysis';
import { parseVersion } from '../nacos/versions';
import type { Finding } from '../types';
import { DEFAULT_SETTINGS } from '../settings';

export interface UpgradeReport {
  targetVersion: string;
  /** Findings the target version gives that today's lint does not (a new failure, a renamed key, a new default). */
  added: Finding[];
  /** Findings at the same place whose severity or message changes. */
  changed: { before: Finding; after: Finding }[];
  /** Findings that go away with the upgrade. */
  resolved: Finding[];
}

const key = (f: Finding) => `${f.ruleId}\u0000${f.path}\u0000${f.span.start}\u0000${f.span.end}`;

/** Lints `input` as if every node ran `target`, and compares with `current` (the lint of the same input as it is). */
export function upgradeCheck(input: AnalysisInput, current: AnalysisResult, target: string): UpgradeReport {
  const v = parseVersion(target);
  if (!v) throw new Error(`not a Nacos version: ${target}`);
  const base = input.settingsFor ?? (() => DEFAULT_SETTINGS);
  const after = analyze({ ...input, reuse: undefined, settingsFor: p => ({ ...base(p), targetVersion: v.text }) });
  const now = new Map<string, Finding[]>();
  for (const f of [...current.findings.values()].flat()) now.set(key(f), [...(now.get(key(f)) ?? []), f]);
  const report: UpgradeReport = { targetVersion: v.text, added: [], changed: [], resolved: [] };
  const seen = new Set<string>();
  for (const f of [...after.findings.values()].flat()) {
    const k = key(f);
    const before = now.get(k)?.shift();
    if (!before) { report.added.push(f); continue; }
    seen.add(k);
    // Version labels differ by construction; a change is another severity or another statement.
    const strip = (m: string) => m.replace(/Nacos [0-9][^()]*\([^)]*\)/g, 'Nacos');
    if (before.severity !== f.severity || strip(before.message) !== strip(f.message)) report.changed.push({ before, after: f });
  }
  for (const list of now.values()) report.resolved.push(...list);
  return report;
}
