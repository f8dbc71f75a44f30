// Where a setting goes when a member has no place that writes it yet: after the last `nacos.core.auth.` line of a
// .properties file, at the end of an env file, or into a compose service's `environment:` in the form it already
// uses (block map, block list, flow), adding the section when the service has none.
import type { Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { PropertiesFile } from '../syntax/properties/parser';
import type { MountedConf } from '../model/node';
import { YamlFile, type YMap } from '../syntax/yaml/yamlTree';
import type { TextEdit } from '../types';
import { eolOf } from './encode';

/** An insertion: `at` is an offset; `render` builds the text from entries already encoded for the target's form. */
export interface InsertPoint {
  path: string;
  at: number;
  /** How entries are written here. */
  form: 'properties' | 'env' | 'yaml-map' | 'yaml-list' | 'yaml-flow-map' | 'yaml-flow-list' | 'yaml-new-section';
  /** Indentation of the new entries (block forms), and of the `environment:` key for a new section. */
  indent: string;
  childIndent?: string;
  /** The text before the offset does not end a line: start with a line break. */
  leadingEol: boolean;
  /** A flow collection that already has items: start with ", ". */
  needsComma?: boolean;
  eol: string;
  /** Identity of the container, so members sharing it insert once. */
  key: string;
}

/** After the last auth line of the first document, else before the second document, else at the end. */
export function propertiesInsertPoint(path: string, text: string, props: PropertiesFile): InsertPoint {
  const eol = eolOf(text);
  const auth = props.entries.filter(e => e.document === 0 && e.key.startsWith('nacos.core.auth.'));
  let at = text.length;
  if (auth.length) at = auth[auth.length - 1].deleteSpan.end;
  else if (props.documentCount > 1) {
    const m = /^[#!]---[ \t]*$/m.exec(text);
    if (m) at = m.index;
  }
  const leadingEol = at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r';
  return { path, at, form: 'properties', indent: '', leadingEol, eol, key: `properties:${path}` };
}

/** A properties text inside a YAML block scalar (a ConfigMap's `application.properties`): after its last auth line,
 *  else at its end, indented like its content. */
export function embeddedPropertiesInsertPoint(m: MountedConf, text: string): InsertPoint | undefined {
  const e = m.embedded;
  if (!e) return undefined;
  const auth = m.props.entries.filter(x => x.document === 0 && x.key.startsWith('nacos.core.auth.'));
  let at = e.end;
  if (auth.length) {
    const d = auth[auth.length - 1].deleteSpan.end;
    if (d < e.end) at = text.lastIndexOf('\n', d - 1) + 1;
  }
  const leadingEol = at > 0 && text[at - 1] !== '\n';
  return { path: m.path, at, form: 'properties', indent: e.indent, leadingEol, eol: e.eol, key: `embedded:${m.path}:${e.end}` };
}

/** Env files get `\n` even when they use CRLF: a CR is part of the value to some readers (env-file-encoding). */
export function envInsertPoint(path: string, text: string): InsertPoint {
  const at = text.length;
  return { path, at, form: 'env', indent: '', leadingEol: at > 0 && !text.endsWith('\n'), eol: '\n', key: `env:${path}` };
}

/** A new file (the project `.env` when it does not exist yet). */
export function newFileInsertPoint(path: string): InsertPoint {
  return { path, at: 0, form: 'env', indent: '', leadingEol: false, eol: '\n', key: `env:${path}` };
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The offset right after the line that holds `offset - 1` (where the next block line starts). */
function afterLine(text: string, end: number): { at: number; leadingEol: boolean } {
  if (end > 0 && text[end - 1] === '\n') return { at: end, leadingEol: false };
  const nl = text.indexOf('\n', end);
  return nl < 0 ? { at: text.length, leadingEol: true } : { at: nl + 1, leadingEol: false };
}

function nodeEnd(f: YamlFile, n: Node | null | undefined, fallback: number): number {
  return n?.range ? f.span(n).end : fallback;
}

/** The `{` / `[` … `}` / `]` of a flow collection: insert before the closing bracket. */
function flowInsert(f: YamlFile, text: string, node: YAMLMap | YAMLSeq, path: string, form: 'yaml-flow-map' | 'yaml-flow-list', key: string): InsertPoint | undefined {
  const close = form === 'yaml-flow-map' ? '}' : ']';
  let at = node.range ? f.span(node).end - 1 : -1;
  while (at >= 0 && text[at] !== close) at--;
  if (at < 0) return undefined;
  while (at > 0 && /[ \t]/.test(text[at - 1])) at--;
  return { path, at, form, indent: '', leadingEol: false, needsComma: node.items.length > 0, eol: eolOf(text), key };
}

/**
 * Where new variables of `service` go in a compose file: its own `environment:`, or the merged (`<<`) mapping's one
 * (a service `environment:` of its own would replace that whole mapping: Compose merges are shallow), or a new
 * `environment:` section at the end of the service.
 */
export function composeEnvironmentInsertPoint(path: string, text: string, service: string, yaml?: YamlFile): InsertPoint | undefined {
  // Callers pass the parse they share (the engine's): this runs for every node on every analysis.
  const f = yaml?.text === text ? yaml : new YamlFile(path, text);
  const root = f.root;
  if (root?.kind !== 'map') return undefined;
  const services = f.conv(root.entries.get('services')?.raw);
  if (services?.kind !== 'map') return undefined;
  const entry = services.entries.get(service);
  const svc = entry ? f.conv(entry.raw) : undefined;
  if (!entry || svc?.kind !== 'map') return undefined;
  const eol = eolOf(text);
  const env = svc.entries.get('environment');
  if (env) {
    const node = f.conv(env.raw);
    const key = `compose-env:${path}:${env.keySpan.start}`;
    if (!node || (node.kind === 'scalar' && node.isNull)) {
      // `environment:` with nothing under it: the entries become its block map.
      const indent = ' '.repeat(column(text, env.keySpan.start) + 2);
      const { at, leadingEol } = afterLine(text, env.keySpan.end);
      return { path, at, form: 'yaml-map', indent, leadingEol, eol, key };
    }
    if (node.kind === 'map') return blockOrFlow(f, text, node.node, path, 'map', key, eol);
    if (node.kind === 'seq') return blockOrFlow(f, text, node.node, path, 'list', key, eol);
    return undefined;
  }
  return newSection(f, text, svc, entry.keySpan.start, path, eol);
}

function blockOrFlow(f: YamlFile, text: string, node: YAMLMap | YAMLSeq, path: string, kind: 'map' | 'list', key: string, eol: string): InsertPoint | undefined {
  if (node.flow) return flowInsert(f, text, node, path, kind === 'map' ? 'yaml-flow-map' : 'yaml-flow-list', key);
  const items = node.items as (Pair<Node | null, Node | null> | Node | null)[];
  if (!items.length) return undefined;
  let indent: string;
  let last: number;
  if (kind === 'map') {
    const pairs = items as Pair<Node | null, Node | null>[];
    const firstKey = pairs[0].key as Node | null;
    if (!firstKey?.range) return undefined;
    const fk = f.span(firstKey);
    indent = ' '.repeat(column(text, fk.start));
    const lp = pairs[pairs.length - 1];
    last = nodeEnd(f, lp.value as Node | null, nodeEnd(f, lp.key as Node | null, fk.end));
  } else {
    const seqItems = items as (Node | null)[];
    const first = seqItems.find(i => i?.range);
    if (!first?.range) return undefined;
    const fs = f.span(first);
    // The `-` of the first item sets the column.
    let dash = fs.start - 1;
    while (dash >= 0 && text[dash] !== '-') dash--;
    if (dash < 0) return undefined;
    indent = ' '.repeat(column(text, dash));
    const lastItem = [...seqItems].reverse().find(i => i?.range);
    last = nodeEnd(f, lastItem, fs.end);
  }
  const { at, leadingEol } = afterLine(text, last);
  return { path, at, form: kind === 'map' ? 'yaml-map' : 'yaml-list', indent, leadingEol, eol, key };
}

function newSection(f: YamlFile, text: string, svc: YMap, nameStart: number, path: string, eol: string): InsertPoint | undefined {
  const node = svc.node;
  const key = `compose-new-env:${path}:${nameStart}`;
  if (node.flow) {
    const p = flowInsert(f, text, node, path, 'yaml-flow-map', key);
    return p && { ...p, form: 'yaml-new-section' };
  }
  const pairs = node.items as Pair<Node | null, Node | null>[];
  const firstKey = pairs[0]?.key as Node | null | undefined;
  if (!firstKey?.range) return undefined;
  const fk = f.span(firstKey);
  const col = column(text, fk.start);
  const step = Math.max(2, col - column(text, nameStart));
  const lp = pairs[pairs.length - 1];
  const { at, leadingEol } = afterLine(text, nodeEnd(f, lp.value as Node | null, nodeEnd(f, lp.key as Node | null, fk.end)));
  return { path, at, form: 'yaml-new-section', indent: ' '.repeat(col), childIndent: ' '.repeat(col + step), leadingEol, eol, key };
}

/** Renders entries (already encoded for the form: `k=v`, `NAME=v`, `NAME: v`, `- NAME=v`, `"NAME=v"`) at a point. */
export function renderInsert(p: InsertPoint, entries: string[]): TextEdit {
  const { eol } = p;
  let text: string;
  switch (p.form) {
    case 'yaml-flow-map':
    case 'yaml-flow-list':
      text = (p.needsComma ? ', ' : '') + entries.join(', ');
      break;
    case 'yaml-new-section':
      text = p.childIndent === undefined
        ? `${p.needsComma ? ', ' : ''}environment: {${entries.join(', ')}}`
        : `${p.leadingEol ? eol : ''}${p.indent}environment:${eol}${entries.map(e => `${p.childIndent}${e}${eol}`).join('')}`;
      break;
    default:
      text = `${p.leadingEol ? eol : ''}${entries.map(e => `${p.indent}${e}${eol}`).join('')}`;
  }
  return { path: p.path, span: { start: p.at, end: p.at }, newText: text };
}
