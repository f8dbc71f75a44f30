import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { hoverAt, lineIndexFor, type AnalysisResult, type LintSettings } from '../core';
import { pathToUri, uriToPath } from './uri';

/** What the hover and completion handlers need from the server (closures over its document cache and index). */
export interface FeatureContext {
  textOf(path: string): string | undefined;
  settingsFor(path: string): LintSettings;
  rel(path: string): string;
  /** The analysis of the current document versions (hover), or the latest one without waiting (completion). */
  analysis(fresh: boolean): Promise<AnalysisResult | undefined>;
}

/** LSP hover → core hover: position to offset, markdown content, offsets back to a range. */
export async function provideHover(params: HoverParams, ctx: FeatureContext): Promise<Hover | null> {
  const path = uriToPath(params.textDocument.uri);
  const text = ctx.textOf(path);
  if (text === undefined) return null;
  const idx = lineIndexFor(path, text);
  const offset = idx.offset(params.position.line, params.position.character);
  const result = await ctx.analysis(true);
  // The analysis may have read a newer text; recompute positions against the text it saw when they differ.
  const current = ctx.textOf(path) ?? text;
  const hover = hoverAt({
    path, text: current, offset: current === text ? offset : lineIndexFor(path, current).offset(params.position.line, params.position.character),
    result, settings: ctx.settingsFor(path), rel: ctx.rel, uri: pathToUri, read: p => ctx.textOf(p),
  });
  if (!hover) return null;
  const ci = lineIndexFor(path, current);
  return {
    contents: { kind: MarkupKind.Markdown, value: hover.markdown },
    range: { start: ci.position(hover.span.start), end: ci.position(hover.span.end) },
  };
}
