import {
  CompletionItemKind, CompletionItemTag, InsertTextFormat, MarkupKind,
  type CompletionItem, type CompletionList, type CompletionParams,
} from 'vscode-languageserver';
import { completionsAt, generateIdentityKey, generateIdentityValue, generateTokenSecret, lineIndexFor, type CompletionEntry, type GeneratedValue } from '../core';
import type { FeatureContext } from './hover';
import { uriToPath } from './uri';

export { COMPLETION_TRIGGERS } from '../core';

const KIND: Record<CompletionEntry['kind'], CompletionItemKind> = {
  property: CompletionItemKind.Property,
  variable: CompletionItemKind.Variable,
  value: CompletionItemKind.Value,
};

/** LSP completion → core completion; the latest analysis only supplies the assumed version, so it never waits. */
export async function provideCompletion(params: CompletionParams, ctx: FeatureContext): Promise<CompletionList | null> {
  const path = uriToPath(params.textDocument.uri);
  const text = ctx.textOf(path);
  if (text === undefined) return null;
  const idx = lineIndexFor(path, text);
  const offset = idx.offset(params.position.line, params.position.character);
  const entries = completionsAt({ path, text, offset, result: await ctx.analysis(false), settings: ctx.settingsFor(path) });
  if (!entries.length) return null;
  const items: CompletionItem[] = entries.map(e => ({
    label: e.label,
    kind: KIND[e.kind],
    detail: e.detail,
    documentation: e.documentation ? { kind: MarkupKind.Markdown, value: e.documentation } : undefined,
    sortText: e.sortText,
    filterText: e.label,
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range: { start: idx.position(e.replace.start), end: idx.position(e.replace.end) }, newText: e.insertText },
    ...(e.deprecated ? { tags: [CompletionItemTag.Deprecated] } : {}),
    // The value is drawn on resolve and inserted as an additional edit where the replaced text started.
    ...(e.generate ? { data: { nacosAuthLintGenerate: e.generate, at: idx.position(e.replace.start) } satisfies GenerateData } : {}),
  }));
  return { isIncomplete: false, items };
}

interface GenerateData {
  nacosAuthLintGenerate: GeneratedValue;
  at: { line: number; character: number };
}

const GENERATE: Record<GeneratedValue, () => string> = {
  tokenSecret: () => generateTokenSecret(32),
  identityValue: generateIdentityValue,
  identityKey: generateIdentityKey,
};

/**
 * completionItem/resolve: a "generate …" item gets its value now (crypto.randomBytes), as an additional text edit
 * (the only part of an item an editor lets resolve change besides its documentation). Nothing is logged.
 */
export function resolveCompletion(item: CompletionItem, _ctx: FeatureContext): CompletionItem {
  const data = item.data as Partial<GenerateData> | undefined;
  const make = data?.nacosAuthLintGenerate ? GENERATE[data.nacosAuthLintGenerate] : undefined;
  if (!make || !data?.at || item.additionalTextEdits?.length) return item;
  return { ...item, additionalTextEdits: [{ range: { start: data.at, end: data.at }, newText: make() }] };
}
