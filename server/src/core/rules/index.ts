// The ordered rule registry (SPEC §6 order). Each rule lives in rules/<rule-id>.ts.
import type { Rule } from './types';
import { rule as identityMissing } from './identity-missing';
import { rule as identityBlank } from './identity-blank';
import { rule as identityPublicValue } from './identity-public-value';
import { rule as identityKeyEqualsValue } from './identity-key-equals-value';
import { rule as identityWeakValue } from './identity-weak-value';
import { rule as identityInvalidHeaderName } from './identity-invalid-header-name';
import { rule as identityReservedHeader } from './identity-reserved-header';
import { rule as identityInvalidHeaderValue } from './identity-invalid-header-value';
import { rule as identityWhitespace } from './identity-whitespace';
import { rule as identityQuoted } from './identity-quoted';
import { rule as identityBackslash } from './identity-backslash';
import { rule as secretMissing } from './secret-missing';
import { rule as secretNotBase64 } from './secret-not-base64';
import { rule as secretTooShort } from './secret-too-short';
import { rule as secretNonstandardBase64 } from './secret-nonstandard-base64';
import { rule as secretPublicValue } from './secret-public-value';
import { rule as secretLowEntropy } from './secret-low-entropy';
import { rule as secretWrongPropertyName } from './secret-wrong-property-name';
import { rule as userAgentWhitelist } from './user-agent-whitelist';
import { rule as userAgentBypassHardcoded } from './user-agent-bypass-hardcoded';
import { rule as authDisabled } from './auth-disabled';
import { rule as authNotSupported } from './auth-not-supported';
import { rule as authSystemType } from './auth-system-type';
import { rule as invalidBoolean } from './invalid-boolean';
import { rule as invalidTokenExpire } from './invalid-token-expire';
import { rule as settingForOtherVersion } from './setting-for-other-version';
import { rule as unknownAuthSetting } from './unknown-auth-setting';
import { rule as duplicateKey } from './duplicate-key';
import { rule as shadowedByConf } from './shadowed-by-conf';
import { rule as clientSettingInServerFile } from './client-setting-in-server-file';
import { rule as dockerRequiredEnvMissing } from './docker-required-env-missing';
import { rule as dockerUndefinedVariable } from './docker-undefined-variable';
import { rule as dockerDollarInValue } from './docker-dollar-in-value';
import { rule as dockerJavaOptExtDefine } from './docker-java-opt-ext-define';
import { rule as dockerYamlTyping } from './docker-yaml-typing';
import { rule as dockerMountedPropertiesIgnoreEnv } from './docker-mounted-properties-ignore-env';
import { rule as dockerShallowMerge } from './docker-shallow-merge';
import { rule as envFileEncoding } from './env-file-encoding';
import { rule as k8sEnvValueNotString } from './k8s-env-value-not-string';
import { rule as k8sMissingReference } from './k8s-missing-reference';
import { rule as k8sSecretNotBase64 } from './k8s-secret-not-base64';
import { rule as k8sSecretInConfigmap } from './k8s-secret-in-configmap';
import { rule as secretInCommandLine } from './secret-in-command-line';
import { rule as dockerEntrypointWordSplit } from './docker-entrypoint-word-split';
import { rule as clusterIdentityMismatch } from './cluster-identity-mismatch';
import { rule as clusterSecretMismatch } from './cluster-secret-mismatch';
import { rule as clusterAuthMismatch } from './cluster-auth-mismatch';
import { rule as helmUnusedValue } from './helm-unused-value';
import { rule as helmTemplateUnsupported } from './helm-template-unsupported';
import { rule as syntaxError } from './syntax-error';

export const RULES: readonly Rule[] = [
  identityMissing,
  identityBlank,
  identityPublicValue,
  identityKeyEqualsValue,
  identityWeakValue,
  identityInvalidHeaderName,
  identityReservedHeader,
  identityInvalidHeaderValue,
  identityWhitespace,
  identityQuoted,
  identityBackslash,
  secretMissing,
  secretNotBase64,
  secretTooShort,
  secretNonstandardBase64,
  secretPublicValue,
  secretLowEntropy,
  secretWrongPropertyName,
  userAgentWhitelist,
  userAgentBypassHardcoded,
  authDisabled,
  authNotSupported,
  authSystemType,
  invalidBoolean,
  invalidTokenExpire,
  settingForOtherVersion,
  unknownAuthSetting,
  duplicateKey,
  clientSettingInServerFile,
  shadowedByConf,
  dockerRequiredEnvMissing,
  dockerUndefinedVariable,
  dockerDollarInValue,
  dockerJavaOptExtDefine,
  dockerYamlTyping,
  dockerMountedPropertiesIgnoreEnv,
  dockerShallowMerge,
  envFileEncoding,
  dockerEntrypointWordSplit,
  secretInCommandLine,
  clusterIdentityMismatch,
  clusterSecretMismatch,
  clusterAuthMismatch,
  k8sEnvValueNotString,
  k8sMissingReference,
  k8sSecretNotBase64,
  k8sSecretInConfigmap,
  helmUnusedValue,
  helmTemplateUnsupported,
  syntaxError,
];

const BY_ID = new Map(RULES.map(r => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export const RULE_DOCS_BASE = 'https://github.com/nacos-auth-lint/nacos-auth-lint/blob/main/docs/rules/';

export function ruleDocUrl(id: string): string {
  return `${RULE_DOCS_BASE}${id}.md`;
}
