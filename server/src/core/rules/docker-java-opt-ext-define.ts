import type { Rule } from './types';
import type { Fix, Span, TextEdit } from '../types';
import type { EnvValue } from '../model/node';
import { optionWords, valueOffset } from '../sources/container';
import { wholeLines } from '../util/text';
import { encodeEnvValue, encodeListItem, encodeYamlScalar } from '../fixes/encode';
import { msg } from './util';

/** The text to delete for one word of an option string: the word and the white space before it (or after, if first). */
function wordDeletion(value: string, word: { word: string; start: number }): { start: number; end: number } {
  let s = word.start;
  let e = word.start + word.word.length;
  if (s > 0) { while (s > 0 && /\s/.test(value[s - 1])) s--; } else { while (e < value.length && /\s/.test(value[e])) e++; }
  return { start: s, end: e };
}

/** `JAVA_OPT=<word>` on a new line after JAVA_OPT_EXT's, in the same form (env line, list item, map entry). */
function newEntryAfter(ext: EnvValue, text: string, word: string): TextEdit | undefined {
  const lines = wholeLines(text, ext.entrySpan);
  if (!lines) return undefined;
  const prefix = text.slice(lines.start, ext.entrySpan.start);
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const entry = ext.via === 'env_file' ? `JAVA_OPT=${encodeEnvValue(word)}`
    : ext.listForm ? encodeListItem('JAVA_OPT', word)
    : `JAVA_OPT: ${encodeYamlScalar(word)}`;
  const endsWithEol = text[lines.end - 1] === '\n';
  return { path: ext.path, span: { start: lines.end, end: lines.end }, newText: `${endsWithEol ? '' : eol}${prefix}${entry}${endsWithEol ? eol : ''}` };
}

export const rule: Rule = {
  id: 'docker-java-opt-ext-define',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    summary: msg('A `-D…` option in JAVA_OPT_EXT: the image appends JAVA_OPT_EXT after `-jar nacos-server.jar`, so it is a program argument, not a system property, and Spring ignores it. Put `-D` options in JAVA_OPT, or write `--key=value` in JAVA_OPT_EXT.',
      'JAVA_OPT_EXT 中的 `-D…` 选项：镜像把 JAVA_OPT_EXT 追加在 `-jar nacos-server.jar` 之后，因此它是程序参数而不是系统属性，Spring 会忽略它。请把 `-D` 选项放到 JAVA_OPT 中，或在 JAVA_OPT_EXT 中写成 `--key=value`。'),
    versions: 'all images',
  },
  messages: {
    ignored: msg('{option} in JAVA_OPT_EXT comes after "-jar nacos-server.jar": it is a program argument, not a system property, and {key} is not set. Move it to JAVA_OPT, or write --{key}=….',
      'JAVA_OPT_EXT 中的 {option} 位于 "-jar nacos-server.jar" 之后：它是程序参数而不是系统属性，{key} 不会被设置。请把它移到 JAVA_OPT，或写成 --{key}=…。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const info = node.container;
    const ext = node.env?.get('JAVA_OPT_EXT');
    if (!info || !ext?.value) return;
    const read = info.read;
    const text = read(ext.path) ?? '';
    const javaOpt = node.env?.get('JAVA_OPT');
    for (const w of optionWords(ext.value)) {
      if (!w.word.startsWith('-D') || w.word.length < 3) continue;
      const key = w.word.slice(2).split('=')[0];
      const at = valueOffset(read, ext, w.start);
      const span: Span = at !== undefined ? { start: at, end: at + w.word.length } : ext.span;
      const fixes: Fix[] = [];
      const edits = at === undefined ? undefined : moveEdits(ext, w, text, read, javaOpt);
      if (edits) fixes.push({ title: 'Move to JAVA_OPT', deterministic: true, isPreferred: true, edits: () => edits });
      ctx.report({ messageId: 'ignored', args: { option: `-D${key}`, key }, path: ext.path, span, fixes });
    }
  },
};

/** Moves one `-D` word from JAVA_OPT_EXT to JAVA_OPT; undefined when JAVA_OPT is written where no single edit reaches. */
function moveEdits(ext: EnvValue, w: { word: string; start: number }, text: string, read: (p: string) => string | undefined, javaOpt: EnvValue | undefined): TextEdit[] | undefined {
  const value = ext.value!;
  const rest = (value.slice(0, w.start) + value.slice(w.start + w.word.length)).trim();
  if (!javaOpt) {
    // The option alone: JAVA_OPT_EXT simply becomes JAVA_OPT.
    if (rest === '') return [{ path: ext.path, span: ext.keySpan, newText: 'JAVA_OPT' }];
    const add = newEntryAfter(ext, text, w.word);
    return add && [deleteWord(ext, w, read), add];
  }
  if (javaOpt.path !== ext.path || javaOpt.value === undefined) return undefined;
  const end = valueOffset(read, javaOpt, javaOpt.value.length);
  if (end === undefined) return undefined;
  const insert: TextEdit = { path: ext.path, span: { start: end, end }, newText: `${javaOpt.value.trim() ? ' ' : ''}${w.word}` };
  const whole = rest === '' ? wholeLines(text, ext.entrySpan) : undefined;
  return [whole ? { path: ext.path, span: whole, newText: '' } : deleteWord(ext, w, read), insert];
}

function deleteWord(ext: EnvValue, w: { word: string; start: number }, read: (p: string) => string | undefined): TextEdit {
  const del = wordDeletion(ext.value!, w);
  const s = valueOffset(read, ext, del.start)!;
  return { path: ext.path, span: { start: s, end: s + (del.end - del.start) }, newText: '' };
}
