// Executes parsed Go templates with text/template's semantics (missingkey=zero as Helm sets it): field chains on
// maps and objects, nil-pointer errors, pipelines, and/or short-circuit, if/with/range (sorted map keys, ints),
// break/continue, variables and `$`, template calls. Values carry their origin (TV), and output is a string whose
// pieces keep theirs (SStr). Work is bounded: a step budget, an output cap, Helm's include recursion limit.
import type { Span } from '../../types';
import type { Arg, Command, Define, Node, ParsedTemplate, Pipe } from './parse';
import { derive, SBuilder, type SStr, sstr, type Src, wholeSrc } from './sstr';
import { formatV, GoInt, type GoMap, type GoValue, int, isGoObject, isTrue, kindOf, sortedKeys, typeName } from './value';

/** A value with where it came from: one origin for the whole value, or pieces for a string built from several. */
export interface TV { v: GoValue; src?: Src; s?: SStr }
export const tv = (v: GoValue, src?: Src): TV => ({ v, src });

/** Parameter types of Go functions, as reflect checks arguments against them. */
export type PT = 'any' | 'string' | 'int' | 'int64' | 'float64' | 'bool' | 'map' | 'value';
export interface GoFunc {
  params: PT[];
  /** Type of the variadic tail, if any. */
  variadic?: PT;
  /** Evaluated lazily (and/or). */
  lazy?: boolean;
  call(args: TV[], ctx: CallCtx): TV;
}
export interface CallCtx {
  exec: Executor;
  name: string;
  span: Span;
  dot: TV;
}

export class ExecError extends Error {
  constructor(readonly path: string, readonly span: Span, message: string, readonly kind: 'error' | 'fail' | 'required' | 'limit' = 'error') { super(message); }
}
/** Thrown by functions; the executor adds the location. */
export class FuncError extends Error {
  constructor(message: string, readonly kind: 'error' | 'fail' | 'required' | 'limit' = 'error') { super(message); }
}

export interface Limits { maxSteps: number; maxOutput: number; maxIncludePerName: number; maxTemplateDepth: number }
export const DEFAULT_LIMITS: Limits = { maxSteps: 1_000_000, maxOutput: 16_000_000, maxIncludePerName: 1000, maxTemplateDepth: 300 };

/** Hooks the host (the Helm renderer) gives: reading `.Values` paths, unsupported constructs. */
export interface Hooks {
  /** A field was read on a map; `path` of the map is known to the host (e.g. `.Values.a`). */
  onField?(container: GoValue, key: string, found: boolean): void;
  /** Origin of `container[key]` (values scalars know their file and span). */
  originOf?(container: GoValue, key: string | number): Src | undefined;
  /** A map or list was used whole (passed to a function other than include/tpl). */
  onWhole?(value: GoValue): void;
  /** A value was looked at by a function or a condition (its kind, size or keys may decide the output). */
  onUse?(value: GoValue): void;
  /** A function changes a map in place (`set`, `unset`, `merge`): what it changes. */
  onMutate?(value: GoValue, func: string): void;
  unsupported?(construct: string, path: string, span: Span): void;
}

const BREAK = Symbol('break');
const CONTINUE = Symbol('continue');

interface Frame { name: string; tv: TV }

export class Executor {
  readonly defines = new Map<string, Define>();
  /** Path and offset mapping of each parsed template (literal text → written origin). */
  /** Work done and output produced so far (a render that reuses templates sets them to what those templates used). */
  steps = 0;
  outLen = 0;
  private includeCounts = new Map<string, number>();
  private depth = 0;
  /** Stack of [template path, span of the action that called include/template] for chains. */
  readonly callStack: { path: string; span: Span; via: string }[] = [];
  private mappers = new Map<string, (span: Span) => Src | undefined>();

  constructor(readonly funcs: Map<string, GoFunc>, readonly hooks: Hooks = {}, readonly limits: Limits = DEFAULT_LIMITS) {}

  /** Registers a parsed file's defines (later ones replace earlier ones, except by an empty body, as Go does). */
  addTemplate(t: ParsedTemplate, mapSpan?: (span: Span) => Src | undefined, name = t.path) {
    if (mapSpan) this.mappers.set(t.path, mapSpan);
    for (const d of t.defines) {
      const old = this.defines.get(d.name);
      if (old && isEmptyList(d.list)) continue;
      this.defines.set(d.name, d);
    }
    const own: Define = { name: t.path, span: { start: 0, end: 0 }, list: t.root, path: t.path };
    own.name = name;
    const old = this.defines.get(name);
    if (!(old && isEmptyList(t.root))) this.defines.set(name, own);
  }

  /** Runs a list of nodes from `path` with `dot`; throws ExecError. */
  run(path: string, list: Node[], dot: TV): SStr {
    const st = new State(this, path, [{ name: '$', tv: dot }]);
    const b = new SBuilder();
    st.walk(dot, list, b);
    return b.build();
  }

  /** `include` / `template`: executes a define by name. */
  callTemplate(name: string, dot: TV, at: { path: string; span: Span }, via: 'include' | 'template'): SStr {
    const d = this.defines.get(name);
    if (!d) throw new FuncError(`no template ${JSON.stringify(name)} associated with template "gotpl"`);
    if (via === 'include') {
      const n = (this.includeCounts.get(name) ?? 0);
      if (n > this.limits.maxIncludePerName) {
        throw new FuncError(`rendering template has a nested reference name: ${name}: unable to execute template`, 'limit');
      }
      this.includeCounts.set(name, n + 1);
    }
    if (++this.depth > this.limits.maxTemplateDepth) throw new FuncError(`include/template calls nested deeper than ${this.limits.maxTemplateDepth} (a template that includes itself?)`, 'limit');
    this.callStack.push({ path: at.path, span: at.span, via });
    try {
      const st = new State(this, d.path, [{ name: '$', tv: dot }]);
      const b = new SBuilder();
      st.walk(dot, d.list, b);
      return b.build();
    } finally {
      this.callStack.pop();
      this.depth--;
      if (via === 'include') this.includeCounts.set(name, this.includeCounts.get(name)! - 1);
    }
  }

  step(n = 1) {
    this.steps += n;
    if (this.steps > this.limits.maxSteps) throw new FuncError(`evaluation stopped after ${this.limits.maxSteps} steps (template too costly to render)`, 'limit');
  }
  grow(n: number) {
    this.outLen += n;
    if (this.outLen > this.limits.maxOutput) throw new FuncError(`rendered output exceeds ${this.limits.maxOutput} characters`, 'limit');
  }
  literalSrc(path: string, span: Span): Src {
    const m = this.mappers.get(path);
    if (m) return m(span) ?? { kind: 'unknown', reason: 'text of a template built at render time' };
    return { kind: 'written', path, span, exact: true };
  }
}

function isEmptyList(list: Node[]): boolean {
  return list.every(n => n.type === 'text' && !n.text.trim());
}

class State {
  constructor(readonly ex: Executor, readonly path: string, private vars: Frame[]) {}

  private err(span: Span, msg: string, kind: ExecError['kind'] = 'error'): never {
    throw new ExecError(this.path, span, msg, kind);
  }

  walk(dot: TV, list: Node[], out: SBuilder) {
    for (const n of list) this.node(dot, n, out);
  }

  private node(dot: TV, n: Node, out: SBuilder) {
    this.ex.step();
    switch (n.type) {
      case 'text':
        this.ex.grow(n.text.length);
        out.push(n.text, this.ex.literalSrc(this.path, n.span));
        return;
      case 'action': {
        const v = this.pipe(dot, n.pipe, n.span);
        if (n.pipe.decl.length === 0) this.print(v, n.span, out);
        return;
      }
      case 'if': case 'with': {
        const mark = this.vars.length;
        const v = this.pipe(dot, n.pipe, n.span);
        const truth = this.truth(v, n.span);
        if (truth) this.walk(n.type === 'with' ? v : dot, n.list, out);
        else if (n.elseList) this.walk(dot, n.elseList, out);
        this.vars.length = mark;
        return;
      }
      case 'range': return this.range(dot, n, out);
      case 'template': {
        const v = n.pipe ? this.pipe(dot, n.pipe, n.span) : tv(undefined);
        try {
          out.pushS(this.ex.callTemplate(n.name, v, { path: this.path, span: n.span }, 'template'));
        } catch (e) {
          if (e instanceof FuncError) this.err(n.span, e.message, e.kind);
          throw e;
        }
        return;
      }
      case 'break': throw BREAK;
      case 'continue': throw CONTINUE;
    }
  }

  private truth(v: TV, span: Span): boolean {
    this.ex.hooks.onUse?.(v.v);
    if (v.src?.kind === 'unknown') this.ex.hooks.unsupported?.(`condition on ${v.src.reason}`, this.path, span);
    return isTrue(v.v);
  }

  private range(dot: TV, n: Extract<Node, { type: 'range' }>, out: SBuilder) {
    const mark = this.vars.length;
    const val = this.pipe(dot, n.pipe, n.span);
    const decl = n.pipe.decl;
    const one = (index: TV, elem: TV): boolean => {
      this.ex.step();
      if (decl.length) {
        if (n.pipe.isAssign) {
          this.setVar(decl[0].name, decl.length > 1 ? index : elem);
          if (decl.length > 1) this.setVar(decl[1].name, elem);
        } else {
          this.setTopVar(1, elem);
          if (decl.length > 1) this.setTopVar(2, index);
        }
      }
      const inner = this.vars.length;
      try {
        this.walk(elem, n.list, out);
      } catch (e) {
        if (e === BREAK) { this.vars.length = inner; return false; }
        if (e !== CONTINUE) throw e;
      }
      this.vars.length = inner;
      return true;
    };
    const v = val.v;
    const k = kindOf(v);
    let ran = false;
    // ranging over a map or list reads every key of it (`range $k, $v := .Values.env`)
    if (k === 'map' || k === 'slice') this.ex.hooks.onWhole?.(v);
    if (k === 'int' || k === 'uint') {
      if (decl.length > 1) this.err(n.span, `can't use ${formatV(v)} to iterate over more than one variable`);
      const count = (v as GoInt).v;
      for (let i = 0n; i < count; i++) { ran = true; if (!one(tv(undefined), tv(int(i)))) break; }
    } else if (k === 'slice') {
      const arr = v as GoValue[];
      for (let i = 0; i < arr.length; i++) {
        ran = true;
        if (!one(tv(int(i)), this.child(v, i, arr[i]))) break;
      }
    } else if (k === 'map') {
      const m = v as GoMap;
      for (const key of sortedKeys(m)) {
        ran = true;
        this.ex.hooks.onField?.(m, key, true);
        if (!one(tv(key), this.child(m, key, m.get(key)))) break;
      }
    } else if (k === 'invalid' || k === 'nil') {
      // acts like an empty map
    } else {
      this.err(n.span, `range can't iterate over ${formatV(v)}`);
    }
    if (!ran && n.elseList) this.walk(dot, n.elseList, out);
    this.vars.length = mark;
  }

  private child(container: GoValue, key: string | number, v: GoValue): TV {
    return { v: v === undefined ? null : v, src: this.ex.hooks.originOf?.(container, key) };
  }

  private setVar(name: string, v: TV) {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) { this.vars[i].tv = v; return; }
    this.err({ start: 0, end: 0 }, `undefined variable: ${name}`);
  }
  private setTopVar(n: number, v: TV) { this.vars[this.vars.length - n].tv = v; }
  private varValue(name: string, span: Span): TV {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i].tv;
    this.err(span, `undefined variable: ${name}`);
  }

  /** Prints a value as text/template does (nil → "<no value>", which Helm then removes). */
  private print(v: TV, action: Span, out: SBuilder) {
    const k = kindOf(v.v);
    if (k === 'map' || k === 'slice') this.ex.hooks.onWhole?.(v.v);
    let text: string;
    if (k === 'invalid' || k === 'nil') text = '<no value>';
    else if (k === 'bytes') text = formatV(v.v);
    else text = formatV(v.v);
    this.ex.grow(text.length);
    const link = { path: this.path, span: action, via: 'template action' };
    if (v.s && v.s.text === text) {
      // a string built from pieces (include, printf, …): keep them, adding this action to value pieces' chains
      for (const g of v.s.segs) {
        const src = g.src.kind === 'written' && g.src.val ? { ...g.src, chain: [...(g.src.chain ?? []), link] } : g.src;
        out.segs.push({ start: out.length + g.start, end: out.length + g.end, src });
      }
      out.push(text);
      return;
    }
    const src = v.src;
    if (!src || text === '<no value>') { out.push(text, src?.kind === 'unknown' ? src : undefined); if (src?.kind === 'unknown' && text === '<no value>') out.push('', src); return; }
    if (src.kind === 'unknown') { out.push(text, src); return; }
    const exact = src.exact && (src.raw === undefined || src.raw === text) && (src.span.end - src.span.start === text.length);
    const { raw: _raw, ...rest } = src;
    const withChain: Src = src.val ? { ...rest, exact, chain: [...(src.chain ?? []), link] } : { ...rest, exact };
    out.push(text, withChain);
  }

  // ---- pipelines ----
  pipe(dot: TV, pipe: Pipe, action: Span): TV {
    let value: TV | undefined;
    for (const c of pipe.cmds) {
      value = this.command(dot, c, value);
      // a nil interface becomes "no value" between commands (reflect.ValueOf(v.Interface()))
      if (value.v === null) value = { ...value, v: undefined };
    }
    const res = value ?? tv(undefined);
    for (const d of pipe.decl) {
      if (pipe.isAssign) this.setVar(d.name, res);
      else this.vars.push({ name: d.name, tv: res });
    }
    void action;
    return res;
  }

  private command(dot: TV, cmd: Command, final: TV | undefined): TV {
    this.ex.step();
    const first = cmd.args[0];
    switch (first.type) {
      case 'field': return this.fieldChain(dot, dot, first.ident, cmd.args, final, first.span, '.');
      case 'chain': {
        if (first.field.length === 0) break;
        const base = this.arg(dot, first.node);
        return this.fieldChain(dot, base, first.field, cmd.args, final, first.span, 'chain');
      }
      case 'identifier': return this.callFunction(dot, first.name, cmd.args, final, first.span);
      case 'pipe':
        this.notAFunction(cmd, final);
        return this.pipe(dot, first.pipe, first.span);
      case 'variable': {
        const v = this.varValue(first.ident[0], first.span);
        if (first.ident.length === 1) { this.notAFunction(cmd, final); return v; }
        return this.fieldChain(dot, v, first.ident.slice(1), cmd.args, final, first.span, first.ident[0]);
      }
      default: break;
    }
    this.notAFunction(cmd, final);
    switch (first.type) {
      case 'bool': return tv(first.value, this.ex.literalSrc(this.path, first.span));
      case 'dot': return dot;
      case 'nil': this.err(first.span, 'nil is not a command');
      // eslint-disable-next-line no-fallthrough
      case 'number': return tv(this.idealConstant(first), this.ex.literalSrc(this.path, first.span));
      case 'string': return tv(first.value, this.stringSrc(first));
      default: this.err(first.span, `can't evaluate command ${first.type}`);
    }
  }

  private stringSrc(a: Extract<Arg, { type: 'string' }>): Src | undefined {
    // the characters between the quotes, exact when no escape changed them
    const inner = { start: a.span.start + 1, end: a.span.end - 1 };
    const src = this.ex.literalSrc(this.path, inner);
    if (src && src.kind === 'written') return { ...src, exact: src.exact && a.raw.slice(1, -1) === a.value };
    return src;
  }

  private notAFunction(cmd: Command, final: TV | undefined) {
    if (cmd.args.length > 1 || final !== undefined) this.err(cmd.args[0].span, `can't give argument to non-function ${describe(cmd.args[0])}`);
  }

  private idealConstant(a: Extract<Arg, { type: 'number' }>): GoValue {
    const n = a.num;
    if (n.isFloat && !n.isChar && !/^[+-]?0[xX]/.test(a.text) && /[.eEpP]/.test(a.text)) return n.float!;
    if (n.isInt) {
      if (n.int! >= 2n ** 63n || n.int! < -(2n ** 63n)) this.err(a.span, `${a.text} overflows int`);
      return int(n.int!);
    }
    if (n.isFloat) this.err(a.span, `${a.text} overflows int`);
    return undefined;
  }

  /** `.a.b.c` on a receiver; the last field may be a method taking the command's other arguments. */
  private fieldChain(dot: TV, recv: TV, idents: string[], args: Arg[], final: TV | undefined, span: Span, base: string): TV {
    let r = recv;
    for (let i = 0; i < idents.length; i++) {
      const last = i === idents.length - 1;
      r = this.field(dot, idents[i], r, last ? args : [], last ? final : undefined, span, base, idents.slice(0, i));
    }
    return r;
  }

  private field(dot: TV, name: string, recv: TV, args: Arg[], final: TV | undefined, span: Span, base: string, before: string[]): TV {
    const v = recv.v;
    if (v === undefined) return tv(undefined);
    if (v === null) this.err(span, `nil pointer evaluating interface {}.${name}`);
    const hasArgs = args.length > 1 || final !== undefined;
    if (isGoObject(v)) {
      const m = v.method?.(name);
      if (m) {
        const argv = args.slice(1).map(a => this.arg(dot, a).v);
        if (final !== undefined) argv.push(final.v);
        // the call is where a method says it was used (`.Files.Get` of a missing file)
        this.ex.callStack.push({ path: this.path, span, via: name });
        try {
          const res = m(argv);
          return tv(res, v.originOfCall?.(name, argv) ?? derive(recv.src, name));
        } catch (e) {
          if (e instanceof FuncError) this.err(span, `error calling ${name}: ${e.message}`, e.kind);
          throw e;
        } finally {
          this.ex.callStack.pop();
        }
      }
      const f = v.field?.(name);
      if (f) {
        if (hasArgs) this.err(span, `${name} has arguments but cannot be invoked as function`);
        return { v: f.value, src: this.ex.hooks.originOf?.(v, name) };
      }
      this.err(span, `can't evaluate field ${name} in type ${v.goType}`);
    }
    if (v instanceof Map) {
      if (hasArgs) this.err(span, `${name} is not a method but has arguments`);
      const found = v.has(name);
      this.ex.hooks.onField?.(v, name, found);
      // what comes out of something unknown (a `lookup` result) stays unknown
      const taint = recv.src?.kind === 'unknown' ? recv.src : undefined;
      if (!found) return tv(null, taint);
      const c = this.child(v, name, v.get(name));
      return taint && !c.src ? { ...c, src: taint } : c;
    }
    void base; void before;
    this.err(span, `can't evaluate field ${name} in type ${typeName(v)}`);
  }

  // ---- arguments and calls ----
  /** Evaluates an argument where any type is accepted (interface{} / reflect.Value parameters). */
  arg(dot: TV, a: Arg): TV {
    switch (a.type) {
      case 'dot': return dot;
      case 'nil': return tv(null);
      case 'field': return this.fieldChain(dot, dot, a.ident, [a], undefined, a.span, '.');
      case 'variable': {
        const v = this.varValue(a.ident[0], a.span);
        return a.ident.length === 1 ? v : this.fieldChain(dot, v, a.ident.slice(1), [a], undefined, a.span, a.ident[0]);
      }
      case 'pipe': { const v = this.pipe(dot, a.pipe, a.span); return v; }
      case 'identifier': return this.callFunction(dot, a.name, [a], undefined, a.span);
      case 'chain': return this.fieldChain(dot, this.arg(dot, a.node), a.field, [a], undefined, a.span, 'chain');
      case 'bool': return tv(a.value, this.ex.literalSrc(this.path, a.span));
      case 'number': return tv(this.idealConstant(a), this.ex.literalSrc(this.path, a.span));
      case 'string': return tv(a.value, this.stringSrc(a));
    }
  }

  /** Evaluates an argument for a typed parameter, with reflect's assignability rules. */
  private typedArg(dot: TV, a: Arg, t: PT): TV {
    if (t === 'any' || t === 'value') {
      const v = this.arg(dot, a);
      return v;
    }
    switch (a.type) {
      case 'nil':
        if (t === 'map') return tv(null);
        this.err(a.span, `cannot assign nil to ${goTypeOf(t)}`);
      // eslint-disable-next-line no-fallthrough
      case 'bool':
        if (t !== 'bool') this.err(a.span, `expected ${goTypeOf(t)}; found ${a.value}`);
        return this.arg(dot, a);
      case 'number': {
        const n = a.num;
        if (t === 'int' || t === 'int64') {
          if (!n.isInt) this.err(a.span, `expected integer; found ${a.text}`);
          return tv(int(n.int!, t), this.ex.literalSrc(this.path, a.span));
        }
        if (t === 'float64') {
          if (!n.isFloat) this.err(a.span, `expected float; found ${a.text}`);
          return tv(n.float!, this.ex.literalSrc(this.path, a.span));
        }
        this.err(a.span, `expected ${goTypeOf(t)}; found ${a.text}`);
      }
      // eslint-disable-next-line no-fallthrough
      case 'string':
        if (t !== 'string') this.err(a.span, `expected ${goTypeOf(t)}; found ${a.raw}`);
        return this.arg(dot, a);
      default:
        return this.validate(this.arg(dot, a), t, a.span);
    }
  }

  /** reflect assignability of a computed value to a parameter type. */
  private validate(v: TV, t: PT, span: Span): TV {
    if (t === 'any' || t === 'value') return v.v === undefined && t === 'any' ? { ...v, v: null } : v;
    const x = v.v;
    if (x === undefined) {
      if (t === 'map') return { ...v, v: null };
      this.err(span, `invalid value; expected ${goTypeOf(t)}`);
    }
    const k = kindOf(x);
    const ok =
      (t === 'string' && k === 'string') || (t === 'bool' && k === 'bool') || (t === 'float64' && k === 'float') ||
      (t === 'int' && x instanceof GoInt && x.type === 'int') || (t === 'int64' && x instanceof GoInt && x.type === 'int64') ||
      (t === 'map' && (k === 'map' || k === 'nil'));
    if (!ok) this.err(span, `wrong type for value; expected ${goTypeOf(t)}; got ${x === null ? 'interface {}' : typeName(x)}`);
    return v;
  }

  private callFunction(dot: TV, name: string, args: Arg[], final: TV | undefined, span: Span): TV {
    const f = this.ex.funcs.get(name);
    if (!f) this.err(span, `"${name}" is not a defined function`);
    const given = args.slice(1);
    const nIn = f.params.length;
    const numArgs = given.length + (final !== undefined ? 1 : 0);
    if (f.variadic !== undefined) {
      if (numArgs < nIn) this.err(span, `wrong number of args for ${name}: want at least ${nIn} got ${numArgs}`);
    } else if (numArgs !== nIn) {
      this.err(span, `wrong number of args for ${name}: want ${nIn} got ${numArgs}`);
    }
    const typeAt = (i: number): PT => (i < nIn ? f.params[i] : f.variadic!);
    const ctx: CallCtx = { exec: this.ex, name, span, dot };
    if (f.lazy) {
      // and/or: evaluate left to right, stop at the deciding value
      let v: TV = tv(undefined);
      for (const a of given) {
        v = this.arg(dot, a);
        this.ex.hooks.onUse?.(v.v);
        if (isTrue(v.v) === (name === 'or')) return v;
      }
      if (final !== undefined) { v = final; this.ex.hooks.onUse?.(v.v); }
      return v;
    }
    const argv: TV[] = given.map((a, i) => this.typedArg(dot, a, typeAt(i)));
    if (final !== undefined) argv.push(this.validate(final, typeAt(given.length), span));
    if (this.ex.hooks.onWhole && !INSPECTING.has(name)) {
      for (const a of argv) if (a.v instanceof Map || Array.isArray(a.v)) this.ex.hooks.onWhole(a.v);
    }
    if (this.ex.hooks.onUse) for (const a of argv) if (a.v instanceof Map || Array.isArray(a.v)) this.ex.hooks.onUse(a.v);
    if (this.ex.hooks.onMutate && MUTATING.has(name) && argv[0]) this.ex.hooks.onMutate(argv[0].v, name);
    try {
      this.ex.callStack.push({ path: this.path, span, via: name });
      const res = f.call(argv, ctx);
      // strings built by functions count against the output limit (doubling a string in a loop stops here)
      if (typeof res.v === 'string' && res.v.length > this.ex.limits.maxOutput) throw new FuncError(`a string of ${res.v.length} characters exceeds the output limit`, 'limit');
      return res;
    } catch (e) {
      if (e instanceof FuncError) {
        const msg = e.kind === 'fail' || e.kind === 'required' || e.kind === 'limit' ? e.message : `error calling ${name}: ${e.message}`;
        this.err(span, msg, e.kind);
      }
      throw e;
    } finally {
      this.ex.callStack.pop();
    }
  }
}

/** Functions that look at a map or list without using all of it (index/get/dig/hasKey report the keys they read). */
const INSPECTING = new Set(['include', 'tpl', 'and', 'or', 'not', 'eq', 'ne', 'default', 'empty', 'required', 'ternary', 'coalesce', 'len',
  'typeOf', 'kindOf', 'kindIs', 'typeIs', 'typeIsLike', 'hasKey', 'index', 'get', 'dig', 'first', 'last', 'keys', 'set', 'unset']);

/** Functions that change their first argument (a map) in place. */
const MUTATING = new Set(['set', 'unset', 'merge', 'mustMerge', 'mergeOverwrite', 'mustMergeOverwrite']);

function goTypeOf(t: PT): string {
  return t === 'map' ? 'map[string]interface {}' : t === 'any' ? 'interface {}' : t;
}

function describe(a: Arg): string {
  switch (a.type) {
    case 'string': return a.raw;
    case 'number': return a.text;
    case 'bool': return String(a.value);
    case 'dot': return '.';
    case 'nil': return 'nil';
    default: return a.type;
  }
}

/** The text of a TV as a pieced string (for functions that build strings). */
export function asSStr(v: TV, text: string): SStr {
  if (v.s && v.s.text === text) return v.s;
  return sstr(text, v.src);
}
export { wholeSrc };
