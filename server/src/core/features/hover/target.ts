// What is under the cursor: an auth key, an image variable, a placeholder or a `${VAR}` reference, found in the
// file's own syntax (a half-typed compose line works too: compose targets are read line by line).
import type { Span } from '../../types';
import type { PropertiesFile, PropertyEntry } from '../../syntax/properties/parser';
import { findPlaceholders, type Placeholder } from '../../syntax/properties/placeholders';
import type { EnvFile } from '../../syntax/envfile/parser';
import { interpolate, type InterpolationRef } from '../../syntax/interpolation';
import { lineIndexFor } from '../../util/positions';
import { isAuthEnvName } from '../../nacos/imageEnv';
import { authProperty } from '../../nacos/authProperties';
import { isAuthKey } from '../../nacos/keys';
import type { NacosNode } from '../../model/node';

export type Target =
  | { kind: 'property'; key: string; span: Span; entry: PropertyEntry }
  | { kind: 'placeholder'; name: string; defaultValue?: string; key: string; span: Span; nested: boolean }
  | { kind: 'env'; name: string; span: Span }
  | { kind: 'ref'; name: string; span: Span; op: string; operand?: string }
  | { kind: 'values'; span: Span; line: Span };

export function inSpan(s: Span, o: number): boolean {
  return o >= s.start && (o < s.end || (s.start === s.end && o === s.start));
}

function relevantKey(key: string): boolean {
  return isAuthKey(key) || authProperty(key) !== undefined || (key.startsWith('nacos.') && /auth/i.test(key));
}

export function propertiesTarget(props: PropertiesFile, o: number): Target | undefined {
  for (const e of props.entries) {
    if (o < e.keySpan.start || o > e.lineSpan.end) continue;
    if (inSpan(e.keySpan, o)) return relevantKey(e.key) ? { kind: 'property', key: e.key, span: e.keySpan, entry: e } : undefined;
    if (o < e.valueSpan.start || o > e.valueSpan.end) continue;
    const ph = placeholderAt(e, findPlaceholders(e.value), o, false);
    if (ph?.kind === 'placeholder' && (relevantKey(e.key) || isAuthEnvName(ph.name))) return ph;
    if (relevantKey(e.key) && inSpan(e.valueSpan, o)) return { kind: 'property', key: e.key, span: e.valueSpan, entry: e };
    return undefined;
  }
  return undefined;
}

function placeholderAt(e: PropertyEntry, list: Placeholder[], o: number, nested: boolean): Target | undefined {
  const offsets = e.valueOffsets;
  for (const ph of list) {
    const span = { start: offsets[ph.start], end: offsets[Math.min(ph.end, offsets.length - 1)] };
    if (!inSpan(span, o)) continue;
    const inner = placeholderAt(e, ph.nested, o, true);
    if (inner) return inner;
    const nameSpan = { start: offsets[ph.nameStart], end: offsets[ph.nameEnd] };
    return { kind: 'placeholder', name: ph.name, defaultValue: ph.defaultValue, key: e.key, span: inSpan(nameSpan, o) ? nameSpan : span, nested };
  }
  return undefined;
}

export function envFileTarget(env: EnvFile, o: number): Target | undefined {
  for (const e of env.entries) {
    if (inSpan(e.keySpan, o)) return isAuthEnvName(e.key) ? { kind: 'env', name: e.key, span: e.keySpan } : undefined;
    if (o < e.valueSpan.start || o > e.valueSpan.end) continue;
    let best: EnvFile['entries'][number]['refs'][number] | undefined;
    for (const r of e.refs) if (inSpan(r.span, o) && (!best || r.span.end - r.span.start < best.span.end - best.span.start)) best = r;
    if (best) return { kind: 'ref', name: best.name, span: best.span, op: best.op, operand: best.operand };
    if (isAuthEnvName(e.key) && inSpan(e.valueSpan, o)) return { kind: 'env', name: e.key, span: e.valueSpan };
  }
  return undefined;
}

/**
 * A container variable of a `docker run` or a Dockerfile ENV under `o`: found through the nodes the analysis built
 * from the file (the shell reader's spans), since the cursor's word needs the whole script to be read.
 */
export function nodeEnvTarget(nodes: readonly NacosNode[], path: string, o: number): Target | undefined {
  for (const n of nodes) {
    if (!n.env || !n.inputs.includes(path)) continue;
    for (const top of n.env.values()) {
      for (const ev of [top, ...top.overridden]) {
        if (ev.path !== path || !isAuthEnvName(ev.name)) continue;
        if (inSpan(ev.keySpan, o)) return { kind: 'env', name: ev.name, span: ev.keySpan };
        if (inSpan(ev.span, o) || inSpan(ev.entrySpan, o)) return { kind: 'env', name: ev.name, span: ev.span };
      }
    }
  }
  return undefined;
}

/** The innermost `$NAME` / `${NAME…}` reference under `o`, as Compose reads the line (syntax/interpolation.ts). */
function refAt(line: string, base: number, o: number): InterpolationRef | undefined {
  let best: InterpolationRef | undefined;
  for (const r of interpolate(line, () => undefined).refs) {
    const span = { start: base + r.span.start, end: base + r.span.end };
    if (inSpan(span, o) && (!best || r.span.end - r.span.start < best.span.end - best.span.start)) best = { ...r, span };
  }
  return best;
}

const COMPOSE_ENV_LINE = /^(\s*)(-\s+)?(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\3[ \t]*(=|:(?=\s|$))/;

/** Compose files: text-level, so it works on any line of a half-typed file; the model supplies the values. */
export function composeTarget(path: string, text: string, o: number): Target | undefined {
  const idx = lineIndexFor(path, text);
  const line = idx.position(o).line;
  const start = idx.lineStart(line);
  const lineText = text.slice(start, idx.lineEnd(line));
  if (/^\s*#/.test(lineText)) return undefined;
  const ref = refAt(lineText, start, o);
  if (ref) return { kind: 'ref', name: ref.name, span: ref.span, op: ref.op, operand: ref.operand };
  const m = COMPOSE_ENV_LINE.exec(lineText);
  if (!m) return undefined;
  const nameStart = start + m[1].length + (m[2]?.length ?? 0) + m[3].length;
  const nameSpan = { start: nameStart, end: nameStart + m[4].length };
  if (!isAuthEnvName(m[4])) return undefined;
  if (inSpan(nameSpan, o)) return { kind: 'env', name: m[4], span: nameSpan };
  const valueStart = start + m[0].length;
  if (o >= valueStart) return { kind: 'env', name: m[4], span: { start: valueStart, end: start + lineText.length } };
  return undefined;
}

const K8S_ENV_NAME = /^(\s*)(-\s+)?name:[ \t]*(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\3[ \t]*(#.*)?$/;

/** Kubernetes manifests: the `name:` of a container env entry (text-level, like compose; the model has the value). */
export function k8sTarget(path: string, text: string, o: number): Target | undefined {
  const idx = lineIndexFor(path, text);
  const line = idx.position(o).line;
  const start = idx.lineStart(line);
  const m = K8S_ENV_NAME.exec(text.slice(start, idx.lineEnd(line)));
  if (!m || !isAuthEnvName(m[4])) return undefined;
  const nameStart = start + m[1].length + (m[2]?.length ?? 0) + m[3].length;
  const nameSpan = { start: nameStart, end: nameStart + m[4].length };
  return inSpan(nameSpan, o) ? { kind: 'env', name: m[4], span: nameSpan } : undefined;
}

/**
 * A Helm values line (a values.yaml, a `-f` file): found through the nodes rendered from it — an effective setting
 * or a container variable whose written place is on the hovered line. Undefined when the line reaches no Nacos container.
 */
export function helmValuesTarget(nodes: readonly NacosNode[], path: string, text: string, o: number): Target | undefined {
  const idx = lineIndexFor(path, text);
  const l = idx.position(o).line;
  const line = { start: idx.lineStart(l), end: idx.lineEnd(l) };
  const onLine = (p: string, s: Span) => p === path && s.start >= line.start && s.start <= line.end;
  let span: Span | undefined;
  for (const n of nodes) {
    if (n.k8s?.workload.source !== 'helm' || !n.inputs.includes(path)) continue;
    for (const s of n.settings.values()) {
      if (s.provenance && onLine(s.provenance.path, s.provenance.span)) span ??= s.provenance.span;
      for (const c of s.chain) if (onLine(c.path, c.span)) span ??= c.span;
    }
    for (const ev of n.env?.values() ?? []) if (onLine(ev.path, ev.span)) span ??= ev.span;
  }
  return span ? { kind: 'values', span, line } : undefined;
}
