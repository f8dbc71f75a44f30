// Go `text/template` with the Sprig functions Helm gives charts, evaluated with provenance.
//   parseTemplate(path, text, { isFunction }) → { root, defines, problems }   (parse.ts: exact spans, Go's grammar)
//   new Executor(FUNCS, hooks, limits).addTemplate(parsed) / .run(path, nodes, dot) → SStr   (exec.ts)
//   toYaml / resolvePlain                                                        (goyaml.ts: go-yaml v2 as Helm uses it)
//   formatV / sprintf / formatFloat                                              (value.ts: Go's fmt)
// Values are Go values (value.ts); every value carries its origin (TV), and produced text keeps per-piece
// origins (sstr.ts). The Helm renderer (sources/helm) is the one user; its header documents the public API.
export { parseTemplate } from './parse';
export type { ParsedTemplate, ParseProblem, Define, Node } from './parse';
export { DEFAULT_LIMITS, ExecError, Executor, FuncError } from './exec';
export type { GoFunc, Hooks, Limits, TV } from './exec';
export { FUNCS, UNKNOWN_FUNCS } from './funcs';
export { resolvePlain, toYaml } from './goyaml';
export type { SStr, Src, Seg } from './sstr';
export { formatFloat, formatV, sprintf } from './value';
export type { GoMap, GoValue } from './value';
