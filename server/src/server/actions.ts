// The code actions' extras, kept out of server.ts: titles with scope in the display language, edits in other files
// announced (ChangeAnnotation with needsConfirmation: VS Code shows its refactor preview), the message after a fix
// that changed several members, the cluster-wide suppression and the rule documentation action.
import {
  AnnotatedTextEdit, CodeActionKind, CreateFile, TextDocumentEdit, type ChangeAnnotation, type CodeAction, type Command,
  type Diagnostic, type WorkspaceEdit, type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import {
  actionText, fixTitle, gitignoreEdit, lineIndexFor, memberRange, parseFile, pluralText, scopeLabels, suppressionEdit,
  type AnalysisResult, type Finding, type FixScope, type Locale, type ParsedFile, type TextEdit,
} from '../core';
import { COMMANDS, SERVER_COMMANDS, type AfterFixMessage } from '../shared/protocol';
import { pathToUri } from './uri';

export interface ActionContext {
  locale: Locale;
  textOf(path: string): string | undefined;
  rel(path: string): string;
  root(path: string): string;
  /** The client shows a confirmation for annotated edits (workspace.workspaceEdit.changeAnnotationSupport). */
  annotations: boolean;
}

const OTHER_FILES = 'nacos-auth-lint.other-files';

/**
 * A WorkspaceEdit. When it reaches files other than `here` and the client supports change annotations, it carries one
 * annotation with needsConfirmation, so VS Code opens its refactor preview before anything changes. VS Code leaves
 * annotated edits unticked in that preview: annotating the members' edits would make "Apply" update this member alone
 * and split the cluster. So the members' edits stay plain (ticked) and the annotation sits on an empty edit at the
 * start of `here` that only asks for the preview (ticking it changes nothing).
 */
export function workspaceEdit(edits: TextEdit[], here: string | undefined, ctx: ActionContext): WorkspaceEdit {
  const byUri = new Map<string, LspTextEdit[]>();
  const missing = new Set<string>();
  for (const e of edits) {
    const t = ctx.textOf(e.path);
    if (t === undefined) missing.add(e.path);
    const idx = lineIndexFor(e.path, t ?? '');
    const uri = pathToUri(e.path);
    const list = byUri.get(uri) ?? [];
    list.push({ range: { start: idx.position(e.span.start), end: idx.position(e.span.end) }, newText: e.newText });
    byUri.set(uri, list);
  }
  const files = new Set(edits.map(e => e.path));
  const confirm = ctx.annotations && here !== undefined && [...files].some(p => p !== here);
  if (!missing.size && !confirm) return { changes: Object.fromEntries(byUri) };
  if (confirm) {
    const uri = pathToUri(here!);
    const start = { line: 0, character: 0 };
    byUri.set(uri, [AnnotatedTextEdit.insert(start, '', OTHER_FILES), ...(byUri.get(uri) ?? [])]);
  }
  // A fix that creates a file (the project `.env`): create it first, then edit it like the others.
  const edit: WorkspaceEdit = {
    documentChanges: [
      ...[...missing].map(p => CreateFile.create(pathToUri(p), { ignoreIfExists: true })),
      ...[...byUri].map(([uri, list]) => TextDocumentEdit.create({ uri, version: null }, list)),
    ],
  };
  if (confirm) {
    const note: ChangeAnnotation = {
      label: actionText('otherFiles', ctx.locale, { files: pluralText('files', ctx.locale, files.size) }),
      description: actionText('otherFilesDetail', ctx.locale), needsConfirmation: true,
    };
    edit.changeAnnotations = { [OTHER_FILES]: note };
  }
  return edit;
}

/** The title the editor shows for a fix. */
export function actionTitle(title: string, scope: FixScope | undefined, ctx: ActionContext): string {
  return fixTitle(title, scope, ctx.locale, ctx.rel);
}

/** After a fix that changed several members: "restart all members together", with "Open report" (and .gitignore). */
export function afterFixCommand(scope: FixScope | undefined, ctx: ActionContext): Command | undefined {
  if (!scope || (scope.members.length < 2 && !scope.creates.length)) return undefined;
  const actions: AfterFixMessage['actions'] = [{ title: actionText('openReport', ctx.locale), command: COMMANDS.checkWorkspace }];
  const texts: string[] = [];
  if (scope.members.length >= 2) {
    texts.push(actionText('restart', ctx.locale, { members: memberRange(scopeLabels(scope, ctx.rel)), files: pluralText('files', ctx.locale, scope.files.length) }));
  }
  for (const created of scope.creates) {
    if (!gitignoreEdit(created, ctx.root(created), ctx.textOf)) continue;
    texts.push(actionText('createdFile', ctx.locale, { file: ctx.rel(created) }));
    actions.unshift({ title: actionText('addToGitignore', ctx.locale, { file: created.slice(created.lastIndexOf('/') + 1) }), command: SERVER_COMMANDS.ignoreFile, arguments: [{ path: created }] });
  }
  const message: AfterFixMessage = { text: texts.join(' '), actions };
  return { title: message.text, command: COMMANDS.afterFix, arguments: [message] };
}

/** "Show documentation for <rule>": opens the page bundled in the extension (the client's command). */
export function docAction(ruleId: string, d: Diagnostic, ctx: ActionContext): CodeAction {
  return {
    title: actionText('showDoc', ctx.locale, { rule: ruleId }), kind: CodeActionKind.QuickFix, diagnostics: [d],
    command: { title: ruleId, command: COMMANDS.showRuleDoc, arguments: [ruleId] },
  };
}

/**
 * The suppression action. A cluster finding is suppressed for the cluster: a comment before each place the same
 * rule reports in the members' files; when one of those places cannot carry a comment, the action says so and
 * suppresses this line only.
 */
export function suppressionAction(f: Finding, path: string, d: Diagnostic, result: AnalysisResult, ctx: ActionContext): CodeAction | undefined {
  // One parse per file for the whole request (the analysis's own when its text is current).
  const parsed = new Map<string, ParsedFile | undefined>();
  const parsedOf = (p: string): ParsedFile | undefined => {
    if (parsed.has(p)) return parsed.get(p);
    const text = ctx.textOf(p);
    const own = result.parsed.get(p);
    const file = text === undefined ? undefined : own && own.text === text ? own : parseFile(p, text);
    parsed.set(p, file);
    return file;
  };
  const suppressionAt = (p: string, g: Finding): TextEdit | undefined => {
    const file = parsedOf(p);
    return file && suppressionEdit(file, g.ruleId, g.span);
  };
  const here = suppressionAt(path, f);
  if (!here) return undefined;
  const line = (): CodeAction => ({
    title: actionText('suppressLine', ctx.locale, { rule: f.ruleId }), kind: CodeActionKind.QuickFix, diagnostics: [d],
    edit: workspaceEdit([here], path, { ...ctx, annotations: false }),
  });
  if (!f.ruleId.startsWith('cluster-')) return line();
  const cluster = result.clusters.find(c => c.nodes.some(n => n.path === path || n.inputs.includes(path)));
  if (!cluster) return line();
  const files = new Set(cluster.nodes.flatMap(n => [n.path, ...n.inputs]));
  const edits: TextEdit[] = [];
  const seen = new Set<string>();
  let blocked = false;
  for (const file of [...files].sort()) {
    for (const g of result.findings.get(file) ?? []) {
      if (g.ruleId !== f.ruleId) continue;
      const e = suppressionAt(file, g);
      if (!e) { blocked = true; continue; }
      const key = `${e.path}\u0000${e.span.start}`;
      if (!seen.has(key)) { seen.add(key); edits.push(e); }
    }
  }
  if (blocked) {
    return { ...line(), title: actionText('suppressLineOnly', ctx.locale, { rule: f.ruleId, why: actionText('notEverywhere', ctx.locale) }) };
  }
  if (edits.length < 2) return line();
  return {
    title: actionText('suppressCluster', ctx.locale, { rule: f.ruleId, cluster: cluster.name, places: pluralText('places', ctx.locale, edits.length) }),
    kind: CodeActionKind.QuickFix, diagnostics: [d], edit: workspaceEdit(edits, path, ctx),
  };
}
