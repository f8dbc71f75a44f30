import type { Rule } from './types';
import { interpolate } from '../syntax/interpolation';
import type { Fix, Span, TextEdit } from '../types';
import type { EnvValue } from '../model/node';
import type { NacosNode } from '../model/node';
import type { ParsedFile } from '../syntax/files';
import { propertyOfEnv } from '../sources/container';
import { SECRET_ENV, secretPropertiesFor } from '../nacos/keys';
import { msg } from './util';

/** A place where Compose interpolates the text of a secret value. */
interface Place {
  path: string;
  /** The value's text without quotes. */
  inner: Span;
  /** Whole value incl. quotes. */
  span: Span;
  kind: 'compose' | 'env-plain' | 'env-double';
  name: string;
}

/**
 * The `$` Compose would take for interpolation although they look like part of a literal: `$name` inside a longer
 * value, and a `$` that starts no valid reference (Compose rejects the file). `$$` is an escaped `$`; `${…}` and a
 * value that is exactly `$NAME` are deliberate references (docker-undefined-variable checks those).
 */
export function strayDollars(text: string, inner: Span, kind: Place['kind'] = 'compose'): Span[] {
  const s = text.slice(inner.start, inner.end);
  if (!s.includes('$') || /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(s)) return [];
  // Compose's own reading of the value (syntax/interpolation.ts): `$NAME` references, and `$` it refuses.
  const { refs, errors, v1Errors } = interpolate(s, () => undefined);
  const out: Span[] = [];
  for (const r of refs) if (r.parent === undefined && s[r.span.start + 1] !== '{') out.push({ start: inner.start + r.span.start, end: inner.start + r.span.end });
  // A `$` that starts no reference: env files keep it as text (v1 and v2 dotenv); compose files only in v2.
  for (const e of kind === 'compose' ? [...errors, ...v1Errors] : errors) {
    if (s[e.span.start] !== '$') continue;
    // An unclosed `${` runs to the end of the value; any other refused `$` is the `$` itself.
    const unclosed = s[e.span.start + 1] === '{' && !s.includes('}', e.span.start + 2);
    out.push({ start: inner.start + e.span.start, end: unclosed ? inner.end : inner.start + e.span.start + 1 });
  }
  return out.sort((a, b) => a.start - b.start);
}

function placeOf(ev: EnvValue, text: string): Place | undefined {
  if (ev.passThrough || ev.value === undefined) return undefined;
  // Only what Compose interpolates: not a built image's ENV (the Dockerfile substituted it already).
  if (ev.via === 'dockerfile' || ev.via === 'command-line') return undefined;
  if (ev.via !== 'env_file') return { path: ev.path, inner: ev.innerSpan, span: ev.span, kind: 'compose', name: ev.name };
  const q = ev.innerSpan.start > ev.span.start ? text[ev.span.start] : '';
  if (q === "'") return undefined; // single quotes are literal in Compose dotenv
  return { path: ev.path, inner: ev.innerSpan, span: ev.span, kind: q === '"' ? 'env-double' : 'env-plain', name: ev.name };
}

/** The `.env` / env-file entry a whole `${VAR}` reads (its own `$` are interpolated when it is read). */
function definitionPlace(ev: EnvValue, file: (p: string) => ParsedFile | undefined): Place | undefined {
  if (ev.refs.length !== 1) return undefined;
  const ref = ev.refs[0];
  const whole = ev.passThrough || (ref.span.start === ev.innerSpan.start && ref.span.end === ev.innerSpan.end);
  const d = ref.definedIn;
  if (!whole || !d || /\.ya?ml$/i.test(d.path)) return undefined;
  const f = file(d.path);
  if (f?.kind !== 'env') return undefined;
  const e = f.env.entries.find(x => x.valueSpan.start === d.span.start);
  if (!e || e.quote === "'") return undefined;
  return { path: d.path, inner: e.innerSpan, span: e.valueSpan, kind: e.quote === '"' ? 'env-double' : 'env-plain', name: ref.name };
}

function secretNames(node: NacosNode): (name: string) => boolean {
  const props = secretPropertiesFor(node.version.version);
  // The image's secret variables count even where this image maps them to a name the server ignores (v2.1.0).
  return name => SECRET_ENV.includes(name) || props.includes(propertyOfEnv(node, name) ?? '');
}

function fixFor(p: Place, text: string, strays: Span[]): Fix {
  const inner = text.slice(p.inner.start, p.inner.end);
  // An unquoted env value: single quotes make all of it literal, unless it also holds deliberate `${…}` or a quote.
  if (p.kind === 'env-plain' && !inner.includes("'") && !inner.includes('${') && !inner.includes('$$')) {
    return { title: "Quote the value with single quotes (no interpolation)", deterministic: true, isPreferred: true, edits: () => [{ path: p.path, span: p.span, newText: `'${inner}'` }] };
  }
  const edits: TextEdit[] = strays.map(s => ({ path: p.path, span: { start: s.start, end: s.start }, newText: '$' }));
  return { title: 'Escape $ as $$', deterministic: true, isPreferred: true, edits: () => edits };
}

export const rule: Rule = {
  id: 'docker-dollar-in-value',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    summary: msg('A `$` inside an identity or token secret value where Compose interpolates it (compose files; unquoted or double-quoted env-file values): `$name` is replaced by a variable (usually empty), and in a compose file a lone `$` makes Compose v1 reject the file (v2 keeps it). Write `$$`, or single-quote the env-file value.',
      '身份标识或 token 密钥的值中含有 `$`，而 Compose 会在此处做变量替换（compose 文件；env 文件中未加引号或双引号的值）：`$name` 会被替换为变量（通常为空）；在 compose 文件中，单独的 `$` 会导致 Compose v1 拒绝该文件（v2 保留它）。请写成 `$$`，或在 env 文件中用单引号包裹该值。'),
    versions: 'all images',
  },
  messages: {
    reference: msg('Compose reads the underlined "$…" in the value of {name} as a variable reference and replaces it (usually with nothing): the container gets a different value than written.',
      'Compose 会把 {name} 的值中带下划线的 "$…" 当作变量引用并替换（通常替换为空）：容器得到的值与所写的不同。'),
    invalid: msg('A "$" in the value of {name} starts no valid variable reference: Compose v1 (docker-compose) refuses the file ("Invalid interpolation format"); Compose v2 keeps the "$" as text. Write "$$" to mean "$" in both.',
      '{name} 的值中的 "$" 不是有效的变量引用：Compose v1（docker-compose）会拒绝该文件（"Invalid interpolation format"）；Compose v2 把 "$" 当作普通文本。写成 "$$" 可在两者中都表示 "$"。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const info = node.compose;
    if (!info || !node.env) return;
    const read = info.project.read;
    const isSecret = secretNames(node);
    for (const ev of node.env.values()) {
      if (!isSecret(ev.name)) continue;
      const text = read(ev.path) ?? '';
      const places = [placeOf(ev, text), definitionPlace(ev, ctx.file)].filter((p): p is Place => !!p);
      for (const p of places) {
        const ptext = p.path === ev.path ? text : read(p.path) ?? '';
        const strays = strayDollars(ptext, p.inner, p.kind);
        if (!strays.length) continue;
        const fix = fixFor(p, ptext, strays);
        for (const s of strays) {
          const ref = ptext.slice(s.start, s.end);
          const valid = /^\$[A-Za-z_]/.test(ref);
          // The text after `$` is part of the secret: it stays out of the message.
          ctx.report({ messageId: valid ? 'reference' : 'invalid', args: { name: p.name }, path: p.path, span: s, fixes: [fix] });
        }
      }
    }
  },
};
