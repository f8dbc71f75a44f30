// The server's own commands beyond the reports, kept out of server.ts: the palette's identity pair (replaced
// cluster-wide where one exists, inserted at the cursor otherwise, the walkthrough's "fix the first published
// pair"), "Fix All Auto-fixable Problems" and "add this file to .gitignore". Edits go through workspace/applyEdit.
import { MessageType, ShowMessageNotification, type Connection, type WorkspaceEdit } from 'vscode-languageserver';
import {
  actionText, editsOf, generateIdentityKey, generateIdentityValue, gitignoreEdit, identityPairSnippet, lineIndexFor,
  memberRange, pickFixAllEdits, pluralText, replacePairFix, scopeLabels, versionQuestion, type Analysis, type TextEdit,
} from '../core';
import type { PairRequest, PairResult } from '../shared/protocol';
import type { ActionContext } from './actions';
import { isFileUri, pathToUri, uriToPath } from './uri';

export interface CommandContext {
  connection: Connection;
  actions: ActionContext;
  upToDate(): Promise<Analysis>;
  textOf(path: string): string | undefined;
  documentVersion(path: string): number | undefined;
  toWorkspaceEdit(edits: TextEdit[], here?: string): WorkspaceEdit;
}

async function apply(ctx: CommandContext, edits: TextEdit[], label: string, here?: string): Promise<boolean> {
  if (!edits.length) return false;
  const r = await ctx.connection.workspace.applyEdit({ label, edit: ctx.toWorkspaceEdit(edits, here) });
  return r.applied;
}

const lineOf = (ctx: CommandContext, path: string, offset: number) => lineIndexFor(path, ctx.textOf(path) ?? '').position(offset).line;

export async function generatePairCommand(ctx: CommandContext, arg: PairRequest | undefined): Promise<PairResult> {
  const locale = ctx.actions.locale;
  const analysis = await ctx.upToDate();
  if (arg?.firstPublished) {
    // The walkthrough: the first published pair of the workspace, fixed for its cluster by its own quick fix.
    const result = analysis.result();
    for (const path of [...result.findings.keys()].sort()) {
      const f = result.findings.get(path)!.filter(x => x.ruleId === 'identity-public-value').sort((a, b) => a.span.start - b.span.start)[0];
      const fix = f?.fixes.find(x => x.isPreferred) ?? f?.fixes[0];
      if (!f || !fix) continue;
      const edits = analysis.fixEdits(path, f, fix.title);
      if (!edits || !(await apply(ctx, edits, fix.title))) return {};
      return { applied: true, uri: pathToUri(path), line: lineOf(ctx, path, f.span.start) };
    }
    return { message: actionText('noPublishedPair', locale) };
  }
  if (!arg?.uri || (!isFileUri(arg.uri) && !arg.uri.startsWith('untitled:'))) return { message: actionText('openFileFirst', locale) };
  const path = uriToPath(arg.uri);
  const text = ctx.textOf(path) ?? '';
  const offset = lineIndexFor(path, text).lineStart(Math.max(0, arg.line ?? 0));
  const replace = replacePairFix(analysis.result(), ctx.textOf, path, offset);
  if (replace) {
    // A node that has a pair: replace it on every member (appending would leave duplicate keys and a mismatch).
    const edits = editsOf(replace) ?? [];
    const scope = replace.scope?.();
    if (!(await apply(ctx, edits, replace.title, path))) return {};
    const message = scope && scope.members.length > 1
      ? actionText('replacedPair', locale, { members: memberRange(scopeLabels(scope, ctx.actions.rel)), files: pluralText('files', locale, scope.files.length) })
      : undefined;
    return { applied: true, ...(message ? { message } : {}) };
  }
  const pair = { key: generateIdentityKey(), value: generateIdentityValue() };
  const snippet = identityPairSnippet(path, text, arg.line ?? 0, pair);
  const at = lineIndexFor(path, text);
  const insertAt = snippet.line >= at.lineCount ? text.length : at.lineStart(snippet.line);
  const sep = insertAt === text.length && text !== '' && !text.endsWith('\n') ? '\n' : '';
  const ok = await apply(ctx, [{ path, span: { start: insertAt, end: insertAt }, newText: `${sep}${snippet.text}` }], 'Generate secure identity pair');
  return ok ? { applied: true, form: snippet.form } : {};
}

/** Applies the file's deterministic fixes, again until nothing changes (a fix can reveal the next), at most 10 rounds. */
export async function fixAllCommand(ctx: CommandContext, arg: { uri?: string } | undefined): Promise<{ rounds: number }> {
  if (!arg?.uri) return { rounds: 0 };
  const path = uriToPath(arg.uri);
  let rounds = 0;
  for (; rounds < 10; rounds++) {
    const analysis = await ctx.upToDate();
    const edits = pickFixAllEdits(analysis.findings(path), path);
    const before = ctx.textOf(path);
    if (!edits.length || !(await apply(ctx, edits, actionText('fixAll', ctx.actions.locale)))) break;
    // The next round needs the client's didChange; a client that applied nothing ends the loop.
    if (!(await waitForChange(ctx, path, before))) { rounds++; break; }
  }
  return { rounds };
}

/** The client applies the edit and then sends didChange: wait (at most 1 s) until the server's copy changed. */
async function waitForChange(ctx: CommandContext, path: string, before: string | undefined): Promise<boolean> {
  for (let i = 0; i < 50 && ctx.textOf(path) === before; i++) await new Promise(r => setTimeout(r, 20));
  return ctx.textOf(path) !== before;
}

export async function ignoreFileCommand(ctx: CommandContext, arg: { path?: string } | undefined): Promise<boolean> {
  if (!arg?.path || !arg.path.startsWith('/')) return false;
  const edit = gitignoreEdit(arg.path, ctx.actions.root(arg.path), ctx.textOf);
  return edit ? apply(ctx, [edit], actionText('addToGitignore', ctx.actions.locale, { file: arg.path.slice(arg.path.lastIndexOf('/') + 1) })) : false;
}

/** A report's file link: the client opens the file at the line (window/showDocument). */
export async function showLocationCommand(ctx: CommandContext, args: unknown[]): Promise<boolean> {
  const [uri, line] = args;
  if (typeof uri !== 'string' || !isFileUri(uri)) return false;
  const l = typeof line === 'number' && line >= 0 ? line : 0;
  const r = await ctx.connection.window.showDocument({ uri, takeFocus: true, selection: { start: { line: l, character: 0 }, end: { line: l, character: 0 } } });
  return r.success;
}

/**
 * "Fix this cluster": for each kind of mismatch the cluster has (identity, secret, switches), the preferred fix of its
 * first finding — each writes the whole cluster — applied together as one edit.
 */
export async function fixClusterCommand(ctx: CommandContext, clusterId: unknown): Promise<{ fixed: number; message: string }> {
  const locale = ctx.actions.locale;
  const analysis = await ctx.upToDate();
  const result = analysis.result();
  const cluster = result.clusters.find(c => c.id === clusterId);
  if (!cluster) return { fixed: 0, message: actionText('nothingToFix', locale, { cluster: String(clusterId) }) };
  const files = [...new Set(cluster.nodes.flatMap(n => [n.path, ...n.inputs]))].sort();
  const done = new Set<string>();
  const edits: TextEdit[] = [];
  let here: string | undefined;
  for (const path of files) {
    for (const f of result.findings.get(path) ?? []) {
      // A mismatch, or a finding that holds one (a published pair whose fix also makes the members agree).
      const kind = f.ruleId.startsWith('cluster-') ? f.ruleId : f.folded?.find(r => r.startsWith('cluster-'));
      if (!kind || done.has(kind)) continue;
      const fix = f.fixes.find(x => x.isPreferred) ?? f.fixes[0];
      const e = fix && analysis.fixEdits(path, f, fix.title);
      if (!e?.length) continue;
      done.add(kind);
      here ??= path;
      edits.push(...e);
    }
  }
  if (!edits.length || !(await apply(ctx, edits, actionText('fixClusterLabel', locale, { cluster: cluster.name }), here))) {
    return { fixed: 0, message: actionText('nothingToFix', locale, { cluster: cluster.name }) };
  }
  const message = actionText('fixedCluster', locale, { n: done.size, cluster: cluster.name });
  // A notification (window/showMessage): nothing to wait for, nothing left pending.
  void ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
  return { fixed: done.size, message };
}

/**
 * "Not 2.5.1? Set the Nacos version…": asks which version runs the node's cluster (window/showMessageRequest: VS Code
 * shows buttons, Neovim a selection) and writes the answer into the project's .nacos-auth-lint.json.
 */
export async function setVersionCommand(ctx: CommandContext, arg: { uri?: string } | undefined): Promise<{ version?: string }> {
  if (!arg?.uri || !isFileUri(arg.uri)) return {};
  const path = uriToPath(arg.uri);
  const locale = ctx.actions.locale;
  const analysis = await ctx.upToDate();
  const q = versionQuestion(analysis.result(), path, ctx.actions.root(path), ctx.actions.rel);
  if (!q || !q.choices.length) return {};
  const members = memberRange(q.members);
  const pick = await ctx.connection.window.showInformationMessage(
    actionText('whichVersion', locale, { members, assumed: q.assumed, why: q.why }), ...q.choices.map(title => ({ title })));
  if (!pick) return {};
  const edit = q.edit(pick.title, ctx.textOf);
  if (!edit || !(await apply(ctx, [edit], actionText('versionSet', locale, { version: pick.title, members })))) return {};
  return { version: pick.title };
}
