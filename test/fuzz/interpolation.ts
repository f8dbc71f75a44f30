// Compose interpolation (server/src/core/compose/interpolate.ts): never throws, every reference span lies within the
// input and holds the reference, `$$` escaping round-trips, and generated templates evaluate exactly as a small
// model of compose-go's `template` package says (value, references in order, required-variable errors).
import fc from 'fast-check';
import { interpolate, type InterpolationOp } from '../../server/src/core/syntax/interpolation';
import { eq, fail, spanWithin, textOver, type FuzzProperty } from './check';

const NAMES = ['A', 'B', 'FOO', 'NACOS_AUTH_TOKEN', '_x1'] as const;

type Piece = { t: 'lit'; s: string } | { t: 'var'; name: string; braced: boolean; op: InterpolationOp; operand: Piece[] };

const lit = fc.array(fc.constantFrom('a', 'b', ' ', '-', ':', '?', '+', '=', '"', "'", '#', '\\', 'é', '\t', '.'), { minLength: 1, maxLength: 5 })
  .map((a): Piece => ({ t: 'lit', s: a.join('') }));

const { template } = fc.letrec<{ template: Piece[]; piece: Piece; variable: Piece }>((tie) => ({
  template: fc.array(tie('piece'), { maxLength: 4 }),
  piece: fc.oneof({ depthSize: 'small', withCrossShrink: true }, lit, tie('variable')),
  variable: fc.record({
    name: fc.constantFrom(...NAMES),
    braced: fc.boolean(),
    op: fc.constantFrom<InterpolationOp>('', '', ':-', '-', ':?', '?', ':+', '+'),
    operand: tie('template'),
  }).map((v): Piece => ({ t: 'var', name: v.name, braced: v.braced || v.op !== '', op: v.op, operand: v.op === '' ? [] : (v.operand as Piece[]) })),
}));

/** Renders a template; returns the text and the source span of every variable in pre-order. */
function render(pieces: Piece[]): { text: string; spans: [number, number][] } {
  let text = '';
  const spans: [number, number][] = [];
  const go = (list: Piece[]): void => {
    list.forEach((p, i) => {
      if (p.t === 'lit') {
        text += p.s;
        return;
      }
      const next = list[i + 1];
      // `$NAME` followed by a name char would read a longer name: brace it then.
      const braced = p.braced || (next?.t === 'lit' && /^[A-Za-z0-9_]/.test(next.s));
      const start = text.length;
      const at = spans.length;
      spans.push([start, -1]);
      if (!braced) text += `$${p.name}`;
      else {
        text += `\${${p.name}${p.op}`;
        go(p.operand);
        text += '}';
      }
      spans[at][1] = text.length;
    });
  };
  go(pieces);
  return { text, spans };
}

/** compose-go `template` semantics; operands are always evaluated (their errors surface even when unused). */
function evaluate(pieces: Piece[], env: Map<string, string>): { value: string; names: string[]; errors: number } {
  const names: string[] = [];
  let errors = 0;
  const go = (list: Piece[]): string => list.map((p) => {
    if (p.t === 'lit') return p.s;
    names.push(p.name);
    const v = env.get(p.name);
    const operand = p.op === '' ? '' : go(p.operand);
    switch (p.op) {
      case '': return v ?? '';
      case ':-': return v === undefined || v === '' ? operand : v;
      case '-': return v === undefined ? operand : v;
      case ':+': return v !== undefined && v !== '' ? operand : '';
      case '+': return v !== undefined ? operand : '';
      case ':?': if (v === undefined || v === '') { errors++; return ''; } return v;
      case '?': if (v === undefined) { errors++; return ''; } return v;
    }
  }).join('');
  const value = go(pieces);
  return { value, names, errors };
}

const envArb = fc.dictionary(fc.constantFrom(...NAMES), fc.constantFrom('', 'v', '$A', '${B}', 'x y', '}'), { maxKeys: 5 })
  .map((d) => new Map(Object.entries(d)));

export const INTERPOLATION: FuzzProperty[] = [
  {
    name: 'interpolation: any input interpolates without throwing; references and errors lie within it, nested inside their parent',
    area: 'interpolation',
    runs: 15_000,
    property: () => fc.property(
      textOver(['$', '$$', '${', '}', '{', 'A', 'B', '_', '1', ':-', '-', ':?', '?', ':+', '+', ' ', '\n', 'é', '${A}', '$A', '${A:-${B}}'], 40),
      envArb,
      (input, env) => {
        const r = interpolate(input, (n) => env.get(n));
        if (typeof r.value !== 'string') fail('value is not a string');
        r.refs.forEach((ref, i) => {
          spanWithin(ref.span, input.length, `ref ${i}`);
          if (input[ref.span.start] !== '$') fail(`ref ${i} does not start at "$"`);
          if (ref.parent !== undefined) {
            if (ref.parent >= i) fail(`ref ${i}: parent ${ref.parent} is not before it`);
            const p = r.refs[ref.parent].span;
            if (ref.span.start < p.start || ref.span.end > p.end) fail(`ref ${i} is not inside its parent`);
          }
          eq(ref.defined, env.has(ref.name), `ref ${i} defined`);
        });
        for (const e of r.errors) {
          spanWithin(e.span, input.length, 'error span');
          if (!e.message) fail('error without a message');
        }
      },
    ),
  },
  {
    name: 'interpolation: "$" escaped as "$$" (what the compose fixes write) reads back as the original text',
    area: 'interpolation',
    runs: 5_000,
    property: () => fc.property(fc.string({ unit: 'binary', maxLength: 30 }), envArb, (s, env) => {
      const r = interpolate(s.replace(/\$/g, '$$$$'), (n) => env.get(n));
      eq(r.value, s, 'value');
      eq(r.refs.length, 0, 'references');
      eq(r.errors.length, 0, 'errors');
    }),
  },
  {
    name: 'interpolation: generated templates evaluate as compose-go does (value, references, required errors, spans)',
    area: 'interpolation',
    runs: 10_000,
    property: () => fc.property(template, envArb, (pieces, env) => {
      const { text, spans } = render(pieces);
      const want = evaluate(pieces, env);
      const r = interpolate(text, (n) => env.get(n));
      eq(r.value, want.value, 'value');
      eq(r.refs.map((x) => x.name).join(','), want.names.join(','), 'references in order');
      eq(r.errors.length, want.errors, 'number of required-variable errors');
      r.refs.forEach((ref, i) => eq(`${ref.span.start}..${ref.span.end}`, `${spans[i][0]}..${spans[i][1]}`, `span of ref ${i}`));
    }),
  },
];
