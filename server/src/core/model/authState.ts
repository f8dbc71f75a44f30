import { versionAtLeast } from '../nacos/versions';
import { identityRequirement, parseSpringBoolean, secretRequirement, type Requirement, type RequirementReason } from '../nacos/authProperties';
import { K } from '../nacos/keys';
import { setting, type NacosNode } from './node';

export interface AuthState {
  enabled: boolean;
  adminEnabled: boolean;
  consoleEnabled: boolean;
  /** The identity pair is checked at startup or on requests (SPEC §4 "auth required"). */
  identityRequired: boolean;
  identityReason: string;
  identity: Requirement;
  /** The token secret is validated at startup (or at login on ≤ 2.1). */
  secretRequired: boolean;
  secretReason: string;
  secret: Requirement;
  /** Any scope enforces authentication (system.type is then consulted). */
  anyAuth: boolean;
}

function flag(node: NacosNode, key: string): boolean | undefined {
  const v = setting(node, key).value;
  return v === undefined ? undefined : parseSpringBoolean(v);
}

const REASONS: Record<RequirementReason, string> = {
  'auth-enabled': 'nacos.core.auth.enabled=true',
  'admin-enabled': 'nacos.core.auth.admin.enabled=true',
  'admin-enabled-default': 'nacos.core.auth.admin.enabled defaults to true in 3.x',
  'console-enabled': 'nacos.core.auth.console.enabled=true',
  'console-enabled-default': 'nacos.core.auth.console.enabled defaults to true in 3.x',
  always: 'this version validates the secret at startup even with auth disabled',
  'not-required': 'not required',
  'not-supported': 'not supported',
};

/** SPEC §4 / facts §1.3, §1.6: which parts of auth the node's server (and image) will insist on. */
export function authState(node: NacosNode): AuthState {
  const v = node.version.version;
  const is3 = versionAtLeast(v, '3.0.0');
  const switches = { enabled: flag(node, K.enabled), adminEnabled: is3 ? flag(node, K.adminEnabled) : false, consoleEnabled: is3 ? flag(node, K.consoleEnabled) : false, standalone: node.standalone };
  const identity = identityRequirement(v, switches);
  const secret = secretRequirement(v, switches);
  // The image ≥ v3.0.0 entrypoint demands the three variables whatever the switches (facts §4.2).
  const image3 = node.container !== undefined && !node.container.openEnv && node.imageVersion !== undefined && versionAtLeast(node.imageVersion, '3.0.0');
  const imageReason = 'the nacos-server v3 image entrypoint always requires it';
  return {
    enabled: switches.enabled ?? false,
    adminEnabled: is3 ? switches.adminEnabled ?? true : false,
    consoleEnabled: is3 ? switches.consoleEnabled ?? true : false,
    identityRequired: identity.required || image3,
    identityReason: identity.required ? REASONS[identity.reason] : imageReason,
    identity,
    secretRequired: (secret.required && secret.timing !== 'login') || image3,
    secretReason: secret.required ? REASONS[secret.reason] : imageReason,
    secret,
    anyAuth: (switches.enabled ?? false) || (is3 && ((switches.adminEnabled ?? true) || (switches.consoleEnabled ?? true))),
  };
}
