// What the engine keeps between analyses, in one place: the parse of every file by text (a compose edit re-parses only
// the edited service entry), the compose services, rule reports and problems that an edit did not touch
// (composeReuse.ts), and the sources' results that are pure functions of file texts (textMemo.ts). Only the engine holds one (ARCHITECTURE.md: "only engine/ keeps state between analyses").
import { ParseCache } from './parseCache';
import { ComposeMemo } from './composeReuse';
import { SourceTextMemo } from './textMemo';
import type { DecodeMemo, SecretLine } from '../model/secrets';
import { WorkloadMemo } from '../sources/k8s/reuse';
import { K8sReports } from './k8sReuse';
import { RunMemo } from '../sources/shell/reuse';
import { ShellReports } from './shellReuse';

/** Distinct candidate values remembered with what they decode to, before starting afresh. */
const DECODED_LIMIT = 50_000;

export class Reuse {
  readonly parses = new ParseCache();
  /** Pure results of file texts the sources keep (kustomize builds, Helm charts and their parsed templates). */
  readonly texts = new SourceTextMemo();
  /** What each file's text holds that might be a secret (model/secrets.ts), by path while its text is unchanged. */
  readonly secretTexts = new Map<string, { text: string; values: string[]; held: SecretLine[]; lines: Map<string, string[]> }>();
  private decodedMemo: DecodeMemo = new Map();
  private memo = new ComposeMemo();
  private workloads = new WorkloadMemo();
  private k8sReportMemo = new K8sReports(this.workloads);
  private runs = new RunMemo();
  private shellReportMemo = new ShellReports(this.runs);

  /** What each candidate value decodes to (model/secrets.ts): a pure function of the value, kept across analyses. */
  get decoded(): DecodeMemo {
    if (this.decodedMemo.size > DECODED_LIMIT) this.decodedMemo = new Map();
    return this.decodedMemo;
  }

  get compose(): ComposeMemo {
    return this.memo;
  }

  /** Unchanged Kubernetes workloads of a manifest (sources/k8s/reuse.ts). */
  get k8s(): WorkloadMemo {
    return this.workloads;
  }

  /** Rule reports of those workloads (k8sReuse.ts). */
  get k8sReports(): K8sReports {
    return this.k8sReportMemo;
  }

  /** A script's unchanged `docker run` nodes (sources/shell/reuse.ts). */
  get shell(): RunMemo {
    return this.runs;
  }

  /** Rule reports of those runs (shellReuse.ts). */
  get shellReports(): ShellReports {
    return this.shellReportMemo;
  }

  /** Whether an analysis reused results of earlier ones (a fix computed then may be out of date). */
  get active(): boolean {
    return this.memo.active || this.workloads.active || this.runs.active;
  }

  /** A file changed on disk or was deleted: forget its parse and what was reused from it. */
  forget(path: string): void {
    this.parses.delete(path);
    this.secretTexts.delete(path);
    this.memo.forget(path);
    this.workloads.forget(path);
    this.runs.forget(path);
  }

  /** Settings, folders or the file set changed: reused reports carry workspace-relative names, start afresh. */
  forgetResults(): void {
    this.memo = new ComposeMemo();
    this.workloads = new WorkloadMemo();
    this.k8sReportMemo = new K8sReports(this.workloads);
    this.runs = new RunMemo();
    this.shellReportMemo = new ShellReports(this.runs);
  }
}
