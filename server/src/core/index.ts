// The public API of the pure core: the server, the CLI and the tests call only this.
export { analyze, forgetFile, forgetReuse, reusing, setInternalErrorSink, severityOf } from './engine/analyze';
export type { AnalysisInput } from './engine/analyze';
export type { AnalysisResult } from './model/analysis';
export { normalizeSettings, DEFAULT_SETTINGS } from './settings';
export type { LintSettings, Locale } from './settings';
export { classify, unreadableReason, MAX_FILE_BYTES } from './syntax/files';
export { ParseCache } from './engine/parseCache';
export { RULES, ruleById, ruleDocUrl } from './rules';
export { LineIndex, lineIndexFor } from './util/positions';
export { mask, fingerprint } from './util/mask';
export { explainNodes } from './features/explain';
export type { Finding, Fix, Span, TextEdit, SourceFile, Severity } from './types';
export type { NacosNode } from './model/node';
export type { Cluster } from './model/node';
