// The project configuration file: lookup, checks, and the merge with editor settings / CLI flags.
export { CONFIG_FILE_NAME, CONFIG_KEYS, ConfigResolver, PACKAGE_JSON_KEY, SERVER_VERSION_PATTERN, SEVERITY_VALUES, loadConfigFor, parseConfigFile, patchFor } from './load';
export type { ConfigFile, ConfigOptions, ConfigPatch, ConfigProblem, LoadedConfig } from './load';
export { mergeSettings } from './merge';
export { rebaseGlob } from './rebase';
export { parseJsonc, JsonSyntaxError } from './jsonc';
export { fileSelected } from './select';
