// The door of the pure core: the language server (server/src/server), the CLI (server/src/cli) and the server tests
// import only this module (ARCHITECTURE.md; test/architecture/layers.test.ts enforces it).

// Analysis: one pass over files (the CLI), or the engine that owns change between passes (the language server).
export { analyze, setInternalErrorSink, severityOf } from './engine/analyze';
export type { AnalysisInput } from './engine/analyze';
export { AnalysisHost } from './engine/host';
export type { Analysis, Change, HostWorkspace } from './engine/host';
export { absorbersOf, FOLDS } from './engine/fold';
export { versionQuestion } from './features/setVersion';
export type { VersionQuestion } from './features/setVersion';
export type { AnalysisResult } from './model/analysis';

// Settings, files, rules.
export { normalizeSettings, DEFAULT_SETTINGS } from './settings';
export type { LintSettings, Locale } from './settings';
export { classify, parseFile, unreadableReason, MAX_FILE_BYTES } from './syntax/files';
export type { ParsedFile } from './syntax/files';
export { RULES, ruleById, ruleDocUrl } from './rules';
export { matchesAny } from './util/glob';
export { diffTexts } from './util/text';

// The project configuration file (.nacos-auth-lint.json), shared by the CLI and the language server.
export { CONFIG_FILE_NAME, ConfigResolver, fileSelected, loadConfigFor, mergeSettings } from './config';
export type { ConfigPatch, ConfigProblem, LoadedConfig } from './config';

// Positions and masking at the edges.
export { LineIndex, lineIndexFor } from './util/positions';
export { mask, fingerprint } from './util/mask';

// Fixes: applying them, secrets on request, suppression comments, the palette's identity pair.
export { applyEdits, editsOf, pickFixAllEdits } from './fixes/apply';
export { generateIdentityKey, generateIdentityValue, generateTokenSecret } from './fixes/generate';
export { suppressionEdit } from './fixes/suppressionEdit';
export { identityPairSnippet } from './fixes/snippet';

// Features every front end shows the same way.
export { explainNodes } from './features/explain';
export { upgradeCheck } from './engine/upgrade';
export type { UpgradeReport } from './engine/upgrade';
export type { ExplainedNode, ExplainedSetting } from './features/explain';
export { hoverAt } from './features/hover/hover';
export { completionsAt, COMPLETION_TRIGGERS } from './features/completion';
export type { CompletionEntry, GeneratedValue } from './features/completion';
export { commandLink, escapeMarkdown, relativeLink, renderConsistencyReport, renderEffectiveReport, REPORT_MESSAGES, serverCount } from './features/report';
export { statusText, STATUS_MESSAGES } from './features/status';
export { ACTION_MESSAGES, actionText, fixTitle, localizeTitle, memberRange, pluralText, scopeLabels, DEAD_DEFINITION_RULES } from './features/actions';
export { gitignoreEdit } from './fixes/gitignore';
export type { ReportFinding } from './features/report';

export type { Finding, Fix, FixScope, Span, TextEdit, SourceFile, Severity } from './types';
export type { Cluster, NacosNode } from './model/node';
export { nodeAt, replacePairFix } from './features/pair';
/** The keys a Helm `--set` argument writes (the CLI prints them, never the values). */
export { setKeys as helmSetKeys, setProblem as helmSetProblem } from './sources/helm/unused';
