// Spring's `${NAME:default}` placeholders inside a decoded property value (facts §1.11).

export interface Placeholder {
  /** Raw name text (may itself hold placeholders, e.g. `${${X}}`). */
  name: string;
  /** Raw text after the first ':' that is not inside a nested placeholder; undefined when there is no ':'. */
  defaultValue?: string;
  /** `${` .. after the closing `}` (the end of the value when unterminated). Indices into the decoded value. */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  /** No closing `}`: Spring keeps the `${` literally and resolves what follows it. */
  unterminated?: boolean;
  /** Placeholders inside this one (in the name or the default), in order. */
  nested: Placeholder[];
}

export interface ResolveResult {
  /** undefined when a placeholder cannot be resolved (Spring: "Could not resolve placeholder") or on a cycle. */
  value: string | undefined;
  /** Names that are absent and have no default, in order of first use. */
  unresolved: string[];
  /** Names that are absent and whose default was used, in order of first use. */
  usedDefault: string[];
  /** The names of the first reference cycle, first name repeated at the end: ['a', 'b', 'a']. */
  cycle?: string[];
}

const DOLLAR = 0x24;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const COLON = 0x3a;

/** Deeper nesting (of placeholders or of resolved values) is treated as unresolvable instead of overflowing. */
const MAX_DEPTH = 64;

interface Frame {
  start: number;
  braces: number;
  colon: number;
  nested: Placeholder[];
}

/**
 * Finds the placeholders of a value, outermost first. Like Spring's parser, every `{` inside a placeholder (not
 * only the one of a nested `${`) must be closed before a `}` ends it. One pass, no recursion.
 */
export function findPlaceholders(value: string): Placeholder[] {
  const top: Placeholder[] = [];
  const stack: Frame[] = [];
  const n = value.length;
  const close = (f: Frame, closing: number, unterminated: boolean): void => {
    const nameEnd = f.colon >= 0 ? f.colon : closing;
    const ph: Placeholder = {
      name: value.slice(f.start + 2, nameEnd),
      start: f.start,
      end: unterminated ? closing : closing + 1,
      nameStart: f.start + 2,
      nameEnd,
      nested: f.nested,
    };
    if (f.colon >= 0) ph.defaultValue = value.slice(f.colon + 1, closing);
    if (unterminated) ph.unterminated = true;
    (stack.length > 0 ? stack[stack.length - 1].nested : top).push(ph);
  };
  let i = 0;
  while (i < n) {
    if (stack.length === 0) {
      const at = value.indexOf('${', i);
      if (at < 0) break;
      stack.push({ start: at, braces: 0, colon: -1, nested: [] });
      i = at + 2;
      continue;
    }
    const c = value.charCodeAt(i);
    const f = stack[stack.length - 1];
    // Deeper than resolution ever goes (MAX_DEPTH), a `${` is kept as text: the result is "unresolvable" either way,
    // and a hostile 1 MB line of `${${${…` costs 65 frames instead of 500,000 (found by the hostile-input tests).
    if (c === DOLLAR && i + 1 < n && value.charCodeAt(i + 1) === OPEN && stack.length <= MAX_DEPTH) {
      stack.push({ start: i, braces: 0, colon: -1, nested: [] });
      i += 2;
      continue;
    }
    if (c === OPEN) f.braces++;
    else if (c === CLOSE) {
      if (f.braces > 0) f.braces--;
      else {
        stack.pop();
        close(f, i, false);
      }
    } else if (c === COLON && f.colon < 0) f.colon = i;
    i++;
  }
  while (stack.length > 0) close(stack.pop()!, n, true);
  return top;
}


interface Context {
  lookup: (name: string) => string | undefined;
  unresolved: string[];
  usedDefault: string[];
  cycle?: string[];
  failed: boolean;
  active: string[];
}

/**
 * Resolves like Spring's placeholder resolution: the default is used only when NAME is absent (an empty string is a
 * value) and is resolved only then; placeholders in names, defaults and looked-up values are resolved recursively;
 * a cycle is reported, not followed. lookup returns undefined when a name is absent.
 */
export function resolvePlaceholders(value: string, lookup: (name: string) => string | undefined): ResolveResult {
  const ctx: Context = { lookup, unresolved: [], usedDefault: [], failed: false, active: [] };
  const out = resolveRange(value, findPlaceholders(value), 0, value.length, ctx, 0);
  const result: ResolveResult = { value: ctx.failed ? undefined : out, unresolved: ctx.unresolved, usedDefault: ctx.usedDefault };
  if (ctx.cycle) result.cycle = ctx.cycle;
  return result;
}

function addOnce(list: string[], name: string): void {
  if (!list.includes(name)) list.push(name);
}

function resolveRange(src: string, placeholders: Placeholder[], from: number, to: number, ctx: Context, depth: number): string {
  let out = '';
  let at = from;
  for (const ph of placeholders) {
    if (ph.start < from || ph.end > to) continue;
    out += src.slice(at, ph.start) + resolveOne(src, ph, ctx, depth);
    at = ph.end;
  }
  return out + src.slice(at, to);
}

function resolveOne(src: string, ph: Placeholder, ctx: Context, depth: number): string {
  const raw = src.slice(ph.start, ph.end);
  if (depth >= MAX_DEPTH) {
    ctx.failed = true;
    addOnce(ctx.unresolved, ph.name);
    return raw;
  }
  if (ph.unterminated) return '${' + resolveRange(src, ph.nested, ph.start + 2, ph.end, ctx, depth + 1);

  const failedBefore = ctx.failed;
  ctx.failed = false;
  const name = resolveRange(src, ph.nested, ph.nameStart, ph.nameEnd, ctx, depth + 1);
  const nameFailed = ctx.failed;
  ctx.failed = failedBefore || nameFailed;
  if (nameFailed) return raw;

  const cycleAt = ctx.active.indexOf(name);
  if (cycleAt >= 0) {
    ctx.failed = true;
    ctx.cycle ??= [...ctx.active.slice(cycleAt), name];
    return raw;
  }
  const found = ctx.lookup(name);
  if (found !== undefined) {
    ctx.active.push(name);
    const resolved = resolveRange(found, findPlaceholders(found), 0, found.length, ctx, depth + 1);
    ctx.active.pop();
    return resolved;
  }
  if (ph.defaultValue !== undefined) {
    addOnce(ctx.usedDefault, name);
    return resolveRange(src, ph.nested, ph.nameEnd + 1, ph.end - 1, ctx, depth + 1);
  }
  ctx.failed = true;
  addOnce(ctx.unresolved, name);
  return raw;
}
