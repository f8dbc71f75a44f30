// Writing a value so that the file's own loader reads back exactly that value at the place it was written:
// .properties escapes (Spring), Compose dotenv quoting, YAML scalars in `environment:` maps and inside list items,
// `docker run --env-file` lines (taken as they are), shell words in the quoting they are in (make doubles `$`),
// Dockerfile ENV values (BuildKit's quoting, with the file's escape character).
import { escapePropertyKey, escapePropertyValue } from '../syntax/properties/parser';
import type { WrittenValue } from '../model/node';
import type { Span, TextEdit } from '../types';

/** Safe unquoted in a dotenv line: no white space, `#`, quotes, backslash or `$` (interpolation). */
const ENV_PLAIN = /^[A-Za-z0-9_.\-+/=@:,%]*$/;
/** Safe as a plain YAML scalar in block and flow context (first char is no indicator; no `: `, ` #`, `,`). */
const YAML_PLAIN = /^[A-Za-z0-9_./+=][A-Za-z0-9_.\-+/=@%]*$/;
/** Plain scalars YAML (1.1 or 1.2) would type as a boolean, null or number: Compose would reformat them. */
const YAML_TYPED = /^(?:true|false|yes|no|on|off|y|n|null|~|[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?(?:e[-+]?[0-9]+)?|\.[0-9][0-9_]*(?:e[-+]?[0-9]+)?|\.inf|\.nan|0x[0-9a-f_]+|0o?[0-7_]+|0b[01_]+|[0-9]+(?::[0-5]?[0-9])+(?:\.[0-9_]*)?)|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*)$/i;

/** `$` → `$$`: Compose interpolates compose files and env files; `$$` is a literal `$` (facts §4.2). */
export function escapeDollar(value: string): string {
  return value.replace(/\$/g, '$$$$');
}

/** A dotenv value (Compose's dotenv rules): bare when safe, else single quotes (literal), else double quotes. */
export function encodeEnvValue(value: string): string {
  // Empty is `''`: a bare empty value would take a following ` # comment` as the value.
  if (value === '') return "''";
  if (ENV_PLAIN.test(value)) return value;
  // Single quotes are literal except `\'`: a backslash (or a quote) needs double quotes.
  if (!/['\\\r\n]/.test(value)) return `'${value}'`;
  return `"${value.replace(/[\\"\n\r$]/g, c => (c === '$' ? '$$' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\${c}`))}"`;
}

/** A whole YAML scalar for an `environment:` map value (or any Compose string): plain when safe, else "…". */
export function encodeYamlScalar(value: string, interpolated = true): string {
  const v = interpolated ? escapeDollar(value) : value;
  if (YAML_PLAIN.test(v) && !YAML_TYPED.test(v)) return v;
  return yamlDoubleQuoted(v);
}

/** JSON strings are YAML double-quoted scalars (same escapes); non-ASCII is escaped so any file encoding works. */
export function yamlDoubleQuoted(v: string): string {
  return JSON.stringify(v).replace(/[\u007f-\uffff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A YAML string scalar for Kubernetes and Helm values (no interpolation; a plain scalar YAML would type — `true`,
 *  `8848`, `yes` — is double-quoted, since the API server wants a string). */
export function encodeK8sScalar(value: string): string {
  return YAML_PLAIN.test(value) && !YAML_TYPED.test(value) ? value : yamlDoubleQuoted(value);
}

/** The text written for a value whose place reads it through more than its file's syntax (WrittenValue.decode). */
export function encodeDecoded(w: Pick<WrittenValue, 'decode'>, value: string): string {
  if (w.decode === 'base64') return Buffer.from(value, 'utf8').toString('base64');
  // The kubelet expands `$(VAR)` in env values; `$$` is a literal `$`.
  if (w.decode === 'k8s-env') return value.replace(/\$/g, '$$$$');
  return value;
}

/** `KEY=value` as a compose list item: plain when it stays one string, else double-quoted. */
export function encodeListItem(name: string, value: string, interpolated = true): string {
  const item = `${name}=${interpolated ? escapeDollar(value) : value}`;
  return plainItemSafe(item) ? item : yamlDoubleQuoted(item);
}

/** Text that can continue a plain scalar that already started (`- KEY=` + text). */
function plainItemSafe(s: string): boolean {
  return !/^\s|\s$|[\r\n\t,[\]{}]|\s#|:\s|:$|^["'&*!|>%@`?#-]/.test(s);
}

/** Safe unquoted in a shell word: no white space, quotes, `$`, backslash, glob or operator characters, no `~` first. */
const SHELL_PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Quoting context of a shell word's text: unquoted, inside '…', inside "…". */
export type ShellQuote = '"' | "'" | null;

/** Text that bash reads back as `value` at a place with the given quoting (it may close and reopen the quotes). */
export function encodeShellText(value: string, quote: ShellQuote): string {
  if (quote === "'") return value.replace(/'/g, "'\\''");
  if (quote === '"') return value.replace(/[\\"$`]/g, c => `\\${c}`);
  if (SHELL_PLAIN.test(value)) return value;
  return `'${value.replace(/'/g, "'\\''")}'`;
}

/** A whole shell word for `value` (plain when safe, else single-quoted). */
export function shellWord(value: string): string {
  return encodeShellText(value, null);
}

/** The host of a command line: a Makefile recipe doubles `$` (make expands `$` before the shell sees it). */
export function isMakefilePath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name === 'Makefile' || name === 'makefile' || name === 'GNUmakefile' || name.toLowerCase().endsWith('.mk');
}

function shellValue(w: WrittenValue, value: string): string {
  const text = w.wordPrefix !== undefined ? shellWord(w.wordPrefix + value) : encodeShellText(value, w.quote ?? null);
  return isMakefilePath(w.path) ? text.replace(/\$/g, '$$$$') : text;
}

/** The escape character a Dockerfile uses (`# escape=\`` parser directive), `\` by default. */
export function dockerfileEscape(text: string | undefined): string {
  const m = text === undefined ? null : /^(?:[ \t]*#[ \t]*[a-z]+[ \t]*=[^\n]*\n)*?[ \t]*#[ \t]*escape[ \t]*=[ \t]*([\\`])[ \t]*\r?$/im.exec(text.slice(0, 2000));
  return m && m.index === 0 ? m[1] : '\\';
}

/** A Dockerfile ENV value (BuildKit): plain when safe, else double-quoted with the escape character before `"`, `$`, itself. */
export function encodeDockerfileValue(value: string, quote: ShellQuote, escape = '\\'): string {
  const inDouble = (v: string) => v.replace(/[\\"$`]/g, c => (c === '\\' || c === '`' ? (c === escape ? escape + c : c) : escape + c));
  if (quote === '"') return inDouble(value);
  if (quote === "'" && !value.includes("'")) return value;
  if (SHELL_PLAIN.test(value)) return value;
  return `"${inDouble(value)}"`;
}

/** Writes `value` so that the file's own loader reads back exactly `value` at the place it was written. */
export function encodeValue(w: WrittenValue, value: string): string {
  switch (w.fileKind) {
    case 'shell':
      return shellValue(w, value);
    case 'docker-env':
      return value;
    case 'yaml':
      return encodeYamlScalar(value, false);
    case 'dockerfile':
      return encodeDockerfileValue(value, w.quote ?? null);
    case 'properties':
      return escapePropertyValue(value);
    case 'env':
      return encodeEnvValue(value);
    case 'compose':
      if (w.listForm) return escapeDollar(value); // inside `- KEY=value`; see valueEdit for the item's quoting
      return encodeYamlScalar(value);
    case 'k8s':
    case 'helm-values':
      return encodeK8sScalar(encodeDecoded(w, value));
    default:
      // A kustomize generator's env file or file source: the text is the value.
      return value;
  }
}

/**
 * The edit that sets a written value. With the file's text it is exact for every form: a properties line that has no
 * separator yet, a compose list item whose quoting cannot hold the value (the whole item is rewritten), a value
 * inside a larger scalar (`-Dk=v` in `JAVA_OPT`). Without text it falls back to `encodeValue`.
 */
export function replaceValueEdit(w: WrittenValue, value: string, text?: string): TextEdit {
  if (text === undefined) return { path: w.path, span: w.span, newText: encodeValue(w, value) };
  const span = w.span;
  switch (w.fileKind) {
    case 'shell':
    case 'docker-env':
    case 'yaml':
      return { path: w.path, span, newText: encodeValue(w, value) };
    case 'dockerfile': {
      // A single-quoted value that must hold a quote is rewritten double-quoted, quotes included.
      if (w.quote === "'" && value.includes("'") && text[span.start - 1] === "'" && text[span.end] === "'") {
        return { path: w.path, span: { start: span.start - 1, end: span.end + 1 }, newText: encodeDockerfileValue(value, null, dockerfileEscape(text)) };
      }
      return { path: w.path, span, newText: encodeDockerfileValue(value, w.quote ?? null, dockerfileEscape(text)) };
    }
    case 'properties': {
      let v = escapePropertyValue(value);
      // `key` alone on its line: the value span is right after the key, so a separator is needed.
      if (span.start === span.end && w.keySpan && span.start === w.keySpan.end && v !== '') v = `=${v}`;
      return { path: w.path, span, newText: v };
    }
    case 'env':
      // No key span: the value is a word inside another variable's value (`JAVA_OPT=-Dk=v`).
      if (w.keySpan) {
        const restOfLine = /^[^\r\n]*/.exec(text.slice(span.end))![0];
        return { path: w.path, span, newText: value === '' && restOfLine.trim() === '' ? '' : encodeEnvValue(value) };
      }
      return { path: w.path, span, newText: embeddedEnv(text, span, value) };
    case 'compose': {
      if (w.listForm) return listValueEdit(w, value, text);
      if (w.keySpan && isWholeScalar(text, span)) return { path: w.path, span, newText: encodeYamlScalar(value) };
      return { path: w.path, span, newText: embedded(text, span, escapeDollar(value)) };
    }
    case 'k8s':
    case 'helm-values': {
      const v = encodeDecoded(w, value);
      if (isWholeScalar(text, span)) return { path: w.path, span, newText: encodeK8sScalar(v) };
      // Part of a larger scalar (a kustomize literal `KEY=value`, a `-Dk=v` word of JAVA_OPT).
      return { path: w.path, span, newText: embedded(text, span, v) };
    }
    default:
      return { path: w.path, span, newText: value };
  }
}

/** A value inside a `- KEY=value` item: keep the item's quoting when it can hold the value, else rewrite the item. */
function listValueEdit(w: WrittenValue, value: string, text: string): TextEdit {
  const v = escapeDollar(value);
  const key = w.keySpan;
  const q = key && key.start > 0 ? text[key.start - 1] : '';
  if (q === '"') return { path: w.path, span: w.span, newText: yamlDoubleQuoted(v).slice(1, -1) };
  if (q === "'" && !/[\r\n]/.test(v)) return { path: w.path, span: w.span, newText: v.replace(/'/g, "''") };
  if (!key) return { path: w.path, span: w.span, newText: v };
  const name = text.slice(key.start, key.end);
  if (q !== "'" && plainItemSafe(`${name}=${v}`)) return { path: w.path, span: w.span, newText: v };
  // Rewrite the whole item as one double-quoted scalar (with its old quotes, if any).
  const quoted = q === "'" ? 1 : 0;
  return { path: w.path, span: { start: key.start - quoted, end: w.span.end + quoted }, newText: yamlDoubleQuoted(`${name}=${v}`) };
}

/** The span is a whole YAML scalar (a map value after `key:` or `- `, or a quoted scalar), not part of one. */
export function isWholeScalar(text: string, span: Span): boolean {
  const c = text[span.start];
  if ((c === '"' || c === "'") && text[span.end - 1] === c && span.end - span.start >= 2) return true;
  let i = span.start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  const before = text[i];
  return before === ':' || before === '-' || before === '{' || before === '[' || before === ',' || before === '\n' || i < 0;
}

/** A value written inside a larger scalar (a `-Dk=v` word of JAVA_OPT): escaped for the scalar's quoting. */
function embedded(text: string, span: Span, v: string): string {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const head = text.slice(lineStart, span.start);
  const m = /:\s*(["'])/.exec(head) ?? /-\s*(["'])/.exec(head);
  if (m?.[1] === '"') return yamlDoubleQuoted(v).slice(1, -1);
  if (m?.[1] === "'") return v.replace(/'/g, "''");
  return v;
}

/** A word inside a dotenv value: escaped for the value's quoting (double quotes interpolate, single are literal). */
function embeddedEnv(text: string, span: Span, value: string): string {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const m = /=\s*(["'])?/.exec(text.slice(lineStart, span.start));
  if (m?.[1] === '"') return value.replace(/[\\"]/g, c => `\\${c}`).replace(/\$/g, '$$$$');
  if (m?.[1] === "'") return value;
  return escapeDollar(value);
}

/** One `key=value` line of a .properties file. */
export function propertiesLine(key: string, value: string): string {
  return `${escapePropertyKey(key)}=${escapePropertyValue(value)}`;
}

/** One `NAME=value` line of an env file. */
export function envLine(name: string, value: string): string {
  return `${name}=${encodeEnvValue(value)}`;
}

/** The line terminator a file already uses. */
export function eolOf(text: string | undefined): string {
  return text && /\r\n/.test(text) ? '\r\n' : '\n';
}
