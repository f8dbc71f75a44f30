// Live reports: the client asks for a report once ("Check Cluster Consistency", "Show Effective Auth Configuration")
// and shows it; after each analysis the server renders the open ones again and sends those that changed, so the
// report follows the workspace. Links in a live report are command links (file:line, "Fix this cluster").
import type { Connection } from 'vscode-languageserver';
import { commandLink, relativeLink, type ReportFinding } from '../core';
import { REPORT_CLOSED_NOTIFICATION, REPORT_NOTIFICATION, SERVER_COMMANDS, type ReportRequest, type ReportResult } from '../shared/protocol';
import { pathToUri } from './uri';

export class LiveReports {
  private readonly live = new Map<string, { req: ReportRequest; markdown: string }>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly connection: Connection, private readonly render: (command: string, req: ReportRequest) => ReportResult, private readonly delayMs = 300) {
    connection.onNotification(REPORT_CLOSED_NOTIFICATION, (p: { command?: string } | undefined) => {
      if (p?.command) this.live.delete(p.command); else this.live.clear();
    });
  }

  /** The client shows this report live: follow it. */
  opened(command: string, req: ReportRequest | undefined, result: ReportResult): void {
    if (req?.live) this.live.set(command, { req, markdown: result.markdown });
  }

  /** After an analysis: re-render the live reports a little later (a burst of edits renders once). */
  analysed(): void {
    if (!this.live.size || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      for (const [command, l] of this.live) {
        const r = this.render(command, l.req);
        if (r.markdown === l.markdown) continue;
        l.markdown = r.markdown;
        // The connection may have closed while the timer ran: nobody is left to tell.
        try {
          void this.connection.sendNotification(REPORT_NOTIFICATION, { ...r, command }).catch(() => undefined);
        } catch { /* disposed */ }
      }
    }, this.delayMs);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}

/** A finding's place in a report: a command link in a live report, a relative file link next to a written one. */
export function findingLink(req: ReportRequest | undefined, f: ReportFinding): string {
  if (req?.live) return commandLink(`${f.path}:${f.line + 1}`, SERVER_COMMANDS.showLocation, [pathToUri(f.absPath), f.line]);
  return relativeLink(req?.reportDir, f.absPath, f.path, f.line);
}

/** A source path (workspace-relative, 1-based line) in the effective report. */
export function sourceLink(req: ReportRequest | undefined, abs: string | undefined, shown: string, line: number | undefined): string {
  if (req?.live && abs) return commandLink(`${shown}${line ? `:${line}` : ''}`, SERVER_COMMANDS.showLocation, [pathToUri(abs), Math.max(0, (line ?? 1) - 1)]);
  if (abs && req?.reportDir) return relativeLink(req.reportDir, abs, shown, Math.max(0, (line ?? 1) - 1));
  return `\`${shown}${line ? `:${line}` : ''}\``;
}
