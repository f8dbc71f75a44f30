// Live reports: the client asks for a report once ("Check Cluster Consistency", "Show Effective Auth Configuration")
// and opens the file the server writes in the client's storage folder; after each analysis the server renders it
// again and rewrites the file when it changed, so the open Markdown preview follows the workspace.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportRequest, ReportResult } from '../shared/protocol';

interface Live {
  req: ReportRequest & { reportDir: string };
  markdown: string;
}

export class LiveReports {
  private readonly live = new Map<string, Live>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly render: (command: string, req: ReportRequest) => ReportResult, private readonly delayMs = 300) {}

  /** Writes the report when the client asked for it (`write`), and keeps it live. */
  opened(command: string, req: ReportRequest | undefined, result: ReportResult): void {
    if (!req?.write || !req.reportDir) return;
    this.write(req.reportDir, result);
    this.live.set(command, { req: { ...req, reportDir: req.reportDir }, markdown: result.markdown });
  }

  /** After an analysis: re-render the live reports a little later (a burst of edits renders once). */
  analysed(): void {
    if (!this.live.size || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      for (const [command, l] of this.live) {
        try {
          const r = this.render(command, l.req);
          if (r.markdown === l.markdown) continue;
          l.markdown = r.markdown;
          this.write(l.req.reportDir, r);
        } catch {
          this.live.delete(command); // the folder went away: stop following
        }
      }
    }, this.delayMs);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  private write(dir: string, r: ReportResult): void {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, r.fileName), r.markdown, 'utf8');
  }
}
