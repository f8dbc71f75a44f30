// A container's environment exactly as the kubelet builds it (pkg/kubelet/kubelet_pods.go makeEnvironmentVariables):
// envFrom sources in order (later ones override, keys with a prefix, invalid names skipped), then env entries in
// order, each `value` expanded against what is defined so far (`$(VAR)`, `$$` escapes, undefined stays literal),
// `valueFrom` resolved from ConfigMap.data / Secret.data (Base64) found in the workspace. A value from an object that
// is not in the workspace is unknown, never empty. command/args are expanded against the final environment.
import type { Span } from '../../types';
import type { KObject } from './objects';
import { link, nodeSpan, pairSpan, placeOf } from './place';
import { get, scalarText, seq, str } from './tree';
import type { KMap, KNode, KScalar, TypingMode } from './tree';
import type { ChainLink, EnvVar, ExpandedArg, K8sProblem, OpaqueEnvFrom, WrittenPlace } from './types';

export interface ObjectLookup {
  /** The ConfigMap/Secret the pod in `namespace` gets by `name`, nearest to `fromPath`; undefined when the
   *  workspace has none (then it was created elsewhere: kubectl, external-secrets, Vault). */
  find(kind: 'ConfigMap' | 'Secret', name: string, namespace: string | undefined, fromPath: string): KObject | undefined;
}

export interface EnvContext {
  lookup: ObjectLookup;
  namespace: string | undefined;
  path: string;
  problems: K8sProblem[];
  /** Problems already reported (a Secret referenced by many containers is reported once). */
  reported: Set<string>;
  mode: TypingMode;
}

export type OpaqueSource = OpaqueEnvFrom;

export interface ResolvedEnv {
  env: EnvVar[];
  opaque: OpaqueSource[];
  command?: ExpandedArg[];
  args?: ExpandedArg[];
}

const ENV_NAME_RE = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

export function isEnvVarName(s: string): boolean {
  return ENV_NAME_RE.test(s);
}

function problem(ctx: EnvContext, p: K8sProblem): void {
  const key = `${p.ruleId}|${p.path}|${p.span.start}|${p.span.end}`;
  if (ctx.reported.has(key)) return;
  ctx.reported.add(key);
  ctx.problems.push(p);
}

function where(n: KNode | undefined, ctx: EnvContext): { path: string; span: Span } {
  return nodeSpan(n?.src) ?? { path: ctx.path, span: { start: 0, end: 0 } };
}

function chainOf(n: KNode | undefined): ChainLink[] {
  return n?.src?.chain ?? [];
}

function entryOf(n: KNode): EnvVar['entry'] {
  const s = nodeSpan(n.src);
  if (!s) return undefined;
  const nm = get(n, 'name');
  const ns = nm && nodeSpan(nm.src);
  return { ...s, nameSpan: ns && ns.path === s.path ? ns.span : undefined };
}

// ---- Base64 as Go's encoding/json decodes []byte (StdEncoding: padding required, CR/LF ignored) ----

export function decodeBase64Std(s: string): Uint8Array | undefined {
  const t = s.replace(/[\r\n]/g, '');
  if (t.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(t)) return undefined;
  if (/=[^=]/.test(t)) return undefined;
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out: number[] = [];
  for (let i = 0; i < t.length; i += 4) {
    const c = [0, 1, 2, 3].map((k) => (t[i + k] === '=' ? -1 : A.indexOf(t[i + k])));
    if (c[0] < 0 || c[1] < 0 || (c[2] < 0 && c[3] >= 0)) return undefined;
    if (c[2] < 0 && i + 4 !== t.length) return undefined;
    const n = (c[0] << 18) | (c[1] << 12) | ((c[2] < 0 ? 0 : c[2]) << 6) | (c[3] < 0 ? 0 : c[3]);
    out.push((n >> 16) & 255);
    if (c[2] >= 0) out.push((n >> 8) & 255);
    if (c[3] >= 0) out.push(n & 255);
  }
  return Uint8Array.from(out);
}

export function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** A data value of a ConfigMap/Secret as the pod sees it. */
export interface DataValue {
  value: string | undefined;
  unknown?: string;
  node?: KNode;
  /** Which map held it: data, stringData, binaryData. */
  field: 'data' | 'stringData' | 'binaryData';
}

/** Every key of a ConfigMap (`data` only: the kubelet ignores binaryData for env) or Secret (`data` + `stringData`). */
export function dataEntries(obj: KObject, ctx: EnvContext | undefined): Map<string, DataValue> {
  const out = new Map<string, DataValue>();
  const root = obj.root;
  if (obj.kind === 'ConfigMap') {
    const data = get(root, 'data');
    if (data?.k === 'm') for (const [k, e] of data.e) out.set(k, { ...cmValue(e.value, obj, k, ctx), node: e.value, field: 'data' });
    return out;
  }
  const data = get(root, 'data');
  if (data?.k === 'm') {
    for (const [k, e] of data.e) out.set(k, { ...secretDataValue(e.value, obj, k, ctx), node: e.value, field: 'data' });
  }
  // The API server merges stringData into data on write; stringData wins.
  const sd = get(root, 'stringData');
  if (sd?.k === 'm') for (const [k, e] of sd.e) out.set(k, { ...cmValue(e.value, obj, k, ctx), node: e.value, field: 'stringData' });
  return out;
}

function objName(obj: KObject): string {
  return str(get(obj.root, 'metadata', 'name')) ?? '(unnamed)';
}

function cmValue(n: KNode, obj: KObject, key: string, ctx: EnvContext | undefined): { value: string | undefined; unknown?: string } {
  if (n.k === 's') {
    if (n.unknown) return { value: undefined, unknown: n.unknown };
    if (typeof n.v === 'string') return { value: n.v };
    if (n.v === null) return { value: '' };
    if (ctx) {
      const w = where(n, ctx);
      problem(ctx, { ruleId: 'k8s-env-value-not-string', messageId: 'dataNotString', args: { kind: obj.kind, object: objName(obj), key, type: typeof n.v }, severity: 'error', ...w, message: `${obj.kind} ${objName(obj)} key ${key}: the value is a YAML ${typeof n.v}, not a string; the API server rejects the ${obj.kind} (quote it)` });
    }
    return { value: n.raw ?? String(n.v) };
  }
  return { value: undefined, unknown: `${obj.kind} ${objName(obj)} key ${key} is not a scalar` };
}

function secretDataValue(n: KNode, obj: KObject, key: string, ctx: EnvContext | undefined): { value: string | undefined; unknown?: string } {
  if (n.k !== 's') return { value: undefined, unknown: `Secret ${objName(obj)} key ${key} is not a scalar` };
  if (n.unknown) return { value: undefined, unknown: n.unknown };
  if (n.v === null) return { value: '' };
  const text = typeof n.v === 'string' ? n.v : n.raw ?? String(n.v);
  const bytes = decodeBase64Std(text);
  if (!bytes) {
    if (ctx) {
      const w = where(n, ctx);
      problem(ctx, { ruleId: 'k8s-secret-not-base64', messageId: 'notBase64', args: { object: objName(obj), key }, severity: 'error', ...w, message: `Secret ${objName(obj)} key ${key}: \`data\` values must be Base64; this one is not, so the API server rejects the Secret (use \`stringData\` for plain text)` });
    }
    return { value: undefined, unknown: `Secret ${objName(obj)} key ${key} is not valid Base64 (the API server rejects the Secret)` };
  }
  return { value: utf8(bytes) };
}

/** Reports invalid Base64 in every Secret, referenced or not (the object is rejected either way). */
export function checkSecret(obj: KObject, ctx: EnvContext): void {
  if (obj.kind !== 'Secret') return;
  dataEntries(obj, ctx);
}

// ---- $(VAR) expansion (k8s.io/kubernetes third_party/forked/golang/expansion) ----

export interface Lookup {
  (name: string): { value?: string; unknown?: string } | undefined;
}

export function expand(input: string, lookup: Lookup): { value?: string; unknown?: string; refs: { name: string; defined: boolean }[] } {
  const refs: { name: string; defined: boolean }[] = [];
  let out = '';
  let unknown: string | undefined;
  let checkpoint = 0;
  for (let cursor = 0; cursor < input.length; cursor++) {
    if (input[cursor] !== '$' || cursor + 1 >= input.length) continue;
    out += input.slice(checkpoint, cursor);
    const rest = input.slice(cursor + 1);
    const c = rest[0];
    let advance = 1;
    if (c === '$') out += '$';
    else if (c === '(') {
      const close = rest.indexOf(')', 1);
      if (close < 0) out += '$(';
      else {
        const name = rest.slice(1, close);
        const hit = lookup(name);
        refs.push({ name, defined: !!hit });
        if (!hit) out += `$(${name})`;
        else if (hit.value === undefined) unknown ??= hit.unknown ?? `$(${name}) is unknown`;
        else out += hit.value;
        advance = close + 1;
      }
    } else if (c.charCodeAt(0) < 0x80) out += '$' + c;
    else {
      // Go reads one byte here and turns it into a rune: the first UTF-8 byte becomes a Latin-1 character and the
      // rest of the character's bytes are copied as they are (invalid UTF-8, read back as U+FFFD).
      const bytes = new TextEncoder().encode(String.fromCodePoint(rest.codePointAt(0)!));
      out += '$' + String.fromCharCode(bytes[0]) + '\ufffd'.repeat(bytes.length - 1);
      advance = String.fromCodePoint(rest.codePointAt(0)!).length;
    }
    cursor += advance;
    checkpoint = cursor + 1;
  }
  out += input.slice(checkpoint);
  return unknown ? { unknown, refs } : { value: out, refs };
}

// ---- the resolver ----

interface Def {
  v: EnvVar;
}

/** Resolves `container` (a KMap of a pod spec's containers[] item). */
export function resolveContainer(container: KMap, ctx: EnvContext): ResolvedEnv {
  const defs = new Map<string, Def>();
  const opaque: OpaqueSource[] = [];
  const define = (v: EnvVar) => {
    v.chain = dedupeChain(v.chain);
    const old = defs.get(v.name);
    if (old) v.overrides = [...(old.v.overrides ?? []), stripOverrides(old.v)];
    defs.set(v.name, { v });
  };
  const lookupSoFar: Lookup = (name) => {
    const d = defs.get(name);
    if (d) return d.v.value === undefined ? { unknown: d.v.unknown ?? `${name} is unknown` } : { value: d.v.value };
    const o = opaque.find((s) => !s.prefix || name.startsWith(s.prefix));
    if (o) return { unknown: `$(${name}) may come from ${o.via}, which is not in the workspace` };
    return undefined;
  };

  // 1. envFrom
  for (const ef of seq(get(container, 'envFrom'))) {
    const prefix = scalarText(get(ef, 'prefix')) ?? '';
    const cmRef = get(ef, 'configMapRef');
    const secRef = get(ef, 'secretRef');
    const kind: 'ConfigMap' | 'Secret' | undefined = cmRef ? 'ConfigMap' : secRef ? 'Secret' : undefined;
    const ref = cmRef ?? secRef;
    if (!kind || !ref) continue;
    const name = str(get(ref, 'name')) ?? '';
    const optional = get(ref, 'optional')?.k === 's' && (get(ref, 'optional') as KScalar).v === true;
    const via = `${kind} ${name} via envFrom${prefix ? ` (prefix ${prefix})` : ''}`;
    const efLink = link(ef.src, via);
    const obj = name ? ctx.lookup.find(kind, name, ctx.namespace, ctx.path) : undefined;
    if (!obj) {
      opaque.push({ via, prefix: prefix || undefined, optional, reason: `${kind} ${name} is not in the workspace (created by kubectl, an operator or a secret store)`, entry: nodeSpan(ef.src) });
      continue;
    }
    for (const [k, dv] of dataEntries(obj, ctx)) {
      if (kind === 'ConfigMap' && dv.field !== 'data') continue;
      const envName = prefix + k;
      // The kubelet skips keys that are not valid variable names (and records an event).
      if (!isEnvVarName(envName)) continue;
      define({
        name: envName,
        value: dv.value,
        unknown: dv.unknown,
        via: `${kind} ${name} key ${k} via envFrom${prefix ? ` (prefix ${prefix})` : ''}`,
        source: 'envFrom',
        object: { kind, name, key: k },
        place: dataPlace(dv.node, dv.field, kind),
        chain: [...(efLink ? [efLink] : []), ...chainOf(ef), ...chainOf(dv.node)],
        entry: nodeSpan(ef.src),
      });
    }
  }

  // 2. env, in order
  for (const e of seq(get(container, 'env'))) {
    if (e.k !== 'm') continue;
    const nameNode = get(e, 'name');
    const name = str(nameNode);
    const entry = entryOf(e);
    if (!name) {
      const typed = nameNode && nameNode.k === 's' && nameNode.v !== null && typeof nameNode.v !== 'string';
      problem(ctx, {
        ruleId: 'k8s-invalid-env',
        severity: 'error',
        ...where(typed ? nameNode : e, ctx),
        message: typed ? `env \`name\` is a YAML ${typeof (nameNode as KScalar).v}, not a string: the API server rejects the object (quote it)` : 'env entry without a `name`: the API server rejects the object',
      });
      continue;
    }
    const eq = name.indexOf('=');
    if (eq >= 0) {
      // `=` is never valid in a variable name (any Kubernetes version): the API server rejects the object. What follows
      // it is usually a value written in the wrong place — a secret — so the message names only the part before it,
      // and the entry reaches no rule.
      problem(ctx, {
        ruleId: 'k8s-invalid-env',
        severity: 'error',
        ...where(nameNode, ctx),
        message: `env \`${name.slice(0, eq)}=…\`: a variable name may not contain \`=\` (the value goes in \`value\`); the API server rejects the object`,
      });
      continue;
    }
    const valueNode = get(e, 'value');
    const vf = get(e, 'valueFrom');
    let written: string | undefined;
    if (valueNode && valueNode.k === 's' && valueNode.v !== null && typeof valueNode.v !== 'string') {
      problem(ctx, {
        ruleId: 'k8s-env-value-not-string',
        messageId: 'envNotString',
        args: { name, type: typeof valueNode.v },
        severity: 'error',
        ...where(valueNode, ctx),
        message: `env ${name}: \`value\` is a YAML ${typeof valueNode.v}, not a string; the API server rejects the object (quote it)`,
      });
      written = valueNode.raw ?? String(valueNode.v);
    } else if (valueNode && valueNode.k !== 's') {
      problem(ctx, { ruleId: 'k8s-env-value-not-string', messageId: 'envNotScalar', args: { name }, severity: 'error', ...where(valueNode, ctx), message: `env ${name}: \`value\` must be a string; the API server rejects the object` });
      continue;
    } else written = str(valueNode);
    if (written && vf && vf.k === 'm') {
      problem(ctx, { ruleId: 'k8s-invalid-env', severity: 'error', ...where(vf, ctx), message: `env ${name}: \`valueFrom\` may not be given when \`value\` is not empty; the API server rejects the object` });
    }
    if (written !== undefined && written !== '' || !vf || vf.k !== 'm') {
      const text = written ?? '';
      const vs = valueNode && valueNode.k === 's' ? valueNode : undefined;
      if (vs?.unknown) {
        define({ name, value: undefined, unknown: vs.unknown, via: vs.via ?? 'env value', source: vs.via ? 'operator' : 'value', place: placeOf(vs.src), chain: [...(vs.links ?? []), ...chainOf(vs)], entry });
        continue;
      }
      const x = text.includes('$') ? expand(text, lookupSoFar) : { value: text, refs: [] };
      const place = placeOf(vs?.src);
      const changed = x.value !== text;
      define({
        name,
        value: x.value,
        unknown: x.unknown,
        via: vs?.via ?? (vs?.note ? `env value (${vs.note})` : 'env value'),
        source: vs?.via ? 'operator' : 'value',
        place: place && (changed || vs?.note) ? { ...place, literal: false, offsets: changed ? undefined : place.offsets } : place,
        chain: [...(vs?.links ?? []), ...chainOf(vs ?? e)],
        entry,
        refs: x.refs.length ? x.refs : undefined,
        expanded: changed || undefined,
      });
      continue;
    }
    define(resolveValueFrom(name, e, vf, entry, ctx) ?? skipMarker(name));
  }
  const env: EnvVar[] = [];
  for (const d of defs.values()) if (!isSkip(d.v)) env.push(d.v);

  // 3. command and args see the final environment.
  const finalLookup: Lookup = (name) => {
    const d = defs.get(name);
    if (d && !isSkip(d.v)) return d.v.value === undefined ? { unknown: d.v.unknown ?? `${name} is unknown` } : { value: d.v.value };
    const o = opaque.find((s) => !s.prefix || name.startsWith(s.prefix));
    if (o) return { unknown: `$(${name}) may come from ${o.via}, which is not in the workspace` };
    return undefined;
  };
  const expandList = (n: KNode | undefined): ExpandedArg[] | undefined => {
    if (!n || n.k !== 'q') return undefined;
    return n.items.map((it) => {
      const s = it.k === 's' ? it : undefined;
      const text = scalarText(s);
      if (text === undefined) return { value: undefined, unknown: s?.unknown ?? 'not a string' };
      if (s?.unknown) return { value: undefined, unknown: s.unknown, place: placeOf(s.src) };
      const x = text.includes('$') ? expand(text, finalLookup) : { value: text, refs: [] };
      const place = placeOf(s?.src);
      return { value: x.value, unknown: x.unknown, place, expanded: x.value !== text || undefined };
    });
  };
  return { env, opaque, command: expandList(get(container, 'command')), args: expandList(get(container, 'args')) };
}

function dedupeChain(c: ChainLink[]): ChainLink[] {
  const seen = new Set<string>();
  return c.filter((l) => {
    const k = `${l.path}|${l.span.start}|${l.span.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const SKIP = Symbol('optional-missing');
function skipMarker(name: string): EnvVar {
  return Object.assign({ name, value: undefined, via: '', source: 'value' as const, chain: [] }, { [SKIP]: true });
}
function isSkip(v: EnvVar): boolean {
  return (v as unknown as Record<symbol, unknown>)[SKIP] === true;
}
function stripOverrides(v: EnvVar): EnvVar {
  const { overrides: _o, ...rest } = v;
  return rest;
}

function dataPlace(n: KNode | undefined, field: DataValue['field'], kind: 'ConfigMap' | 'Secret'): WrittenPlace | undefined {
  if (!n || n.k !== 's') return undefined;
  const p = placeOf(n.src);
  if (!p) return undefined;
  // Secret.data holds Base64, and a transform's value is not the written text: the characters do not map.
  if (kind === 'Secret' && field === 'data' && !n.b64) return { ...p, literal: false, offsets: undefined, base64: true };
  return n.note ? { ...p, literal: false, offsets: undefined } : p;
}

function resolveValueFrom(name: string, e: KNode, vf: KNode, entry: EnvVar['entry'], ctx: EnvContext): EnvVar | undefined {
  const cm = get(vf, 'configMapKeyRef');
  const sk = get(vf, 'secretKeyRef');
  const fr = get(vf, 'fieldRef');
  const rf = get(vf, 'resourceFieldRef');
  const n = [cm, sk, fr, rf].filter(Boolean).length;
  if (n !== 1) {
    problem(ctx, { ruleId: 'k8s-invalid-env', severity: 'error', ...where(vf, ctx), message: `env ${name}: \`valueFrom\` must name exactly one source; the API server rejects the object` });
    return { name, value: undefined, unknown: 'invalid valueFrom', via: 'valueFrom', source: 'value', chain: chainOf(e), entry };
  }
  if (fr) {
    const fp = str(get(fr, 'fieldPath')) ?? '?';
    return { name, value: undefined, unknown: `set by Kubernetes from the pod's ${fp} (fieldRef)`, via: `fieldRef ${fp}`, source: 'fieldRef', chain: chainOf(e), entry };
  }
  if (rf) {
    const r = str(get(rf, 'resource')) ?? '?';
    return { name, value: undefined, unknown: `set by Kubernetes from the container's ${r} (resourceFieldRef)`, via: `resourceFieldRef ${r}`, source: 'resourceFieldRef', chain: chainOf(e), entry };
  }
  const kind = cm ? 'ConfigMap' : 'Secret';
  const ref = (cm ?? sk)!;
  const objName = str(get(ref, 'name')) ?? '';
  const keyNode = get(ref, 'key');
  const key = scalarText(keyNode) ?? '';
  const optNode = get(ref, 'optional');
  const optional = optNode?.k === 's' && optNode.v === true;
  const refVia = kind === 'ConfigMap' ? 'configMapKeyRef' : 'secretKeyRef';
  const via = `${kind} ${objName} key ${key} via ${refVia}`;
  const refLink = link(e.src, `env ${name} ${refVia}`);
  const chain = [...(refLink ? [refLink] : []), ...chainOf(e)];
  const obj = objName ? ctx.lookup.find(kind, objName, ctx.namespace, ctx.path) : undefined;
  if (!obj) {
    return {
      name,
      value: undefined,
      unknown: `${kind} ${objName} key ${key} is not in the workspace (created by kubectl, an operator or a secret store)${optional ? '; optional, so it may be unset' : ''}`,
      via,
      source: refVia,
      object: { kind, name: objName, key },
      chain,
      entry,
    };
  }
  const entries = dataEntries(obj, ctx);
  const dv = entries.get(key);
  const objAt = pairSpan(get(obj.root, 'metadata', 'name')?.src) ?? { path: obj.file.path, span: obj.span };
  if (!dv || (kind === 'ConfigMap' && dv.field !== 'data')) {
    if (optional) return undefined;
    const binary = kind === 'ConfigMap' && !!get(obj.root, 'binaryData', key);
    problem(ctx, {
      ruleId: 'k8s-missing-reference',
      messageId: binary ? 'binaryOnly' : 'missingKey',
      args: { name, kind, object: objName, key },
      severity: 'error',
      ...where(keyNode ?? ref, ctx),
      message: binary
        ? `env ${name}: ConfigMap ${objName} has key ${key} only in \`binaryData\`, which the kubelet does not read for env; the pod fails with CreateContainerConfigError`
        : `env ${name}: ${kind} ${objName} has no key ${key}; the pod fails with CreateContainerConfigError (mark it optional or add the key)`,
      related: [{ ...objAt, message: `${kind} ${objName}` }],
    });
    return { name, value: undefined, unknown: `${kind} ${objName} has no key ${key} (the pod does not start)`, via, source: refVia, chain, entry };
  }
  const node = dv.node;
  const place = dataPlace(node, dv.field, kind);
  return { name, value: dv.value, unknown: dv.unknown, via, source: refVia, object: { kind, name: objName, key }, place, chain: [...chain, ...chainOf(node)], entry };
}
