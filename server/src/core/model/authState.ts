import { inRange, versionAtLeast, type NacosVersion } from '../nacos/versions';
import { identityRequirement, parseAuthBoolean, secretRequirement, userAgentWhite, type AuthSwitches, type Requirement, type RequirementReason } from '../nacos/authProperties';
import { K } from '../nacos/keys';
import { guessBoolean } from '../nacos/intendedBoolean';
import { setting, type NacosNode } from './node';

export interface AuthState {
  enabled: boolean;
  adminEnabled: boolean;
  consoleEnabled: boolean;
  /** The server checks the identity pair at startup or on requests (SPEC §4 "auth required"). */
  identityRequired: boolean;
  identityReason: string;
  identity: Requirement;
  /** The server validates the token secret at startup (not the ≤ 2.1 login-time check). */
  secretRequired: boolean;
  secretReason: string;
  secret: Requirement;
  /** Any scope enforces authentication (system.type is then consulted). */
  anyAuth: boolean;
  /**
   * A request carrying the identity pair skips authentication now: ≤ 2.5 when `enabled`; 3.x when `enabled` (open
   * API) or `admin.enabled` (admin API). Otherwise a published pair is latent: a bypass once authentication is on.
   */
  identityLive: boolean;
  /**
   * The runtime identity check runs (a blank pair is refused with 403): `identityLive`, except on 1.4.1–2.4.x with the
   * User-Agent whitelist on, where the filter lets `Nacos-Server` agents through and never looks at the pair.
   */
  identityChecked: boolean;
  /** Tokens signed with the secret are accepted now: `enabled` (3.x: or console login, where the token manager runs). */
  secretLive: boolean;
}

/** A switch as this node's version reads it (commons-lang3 for `enabled` ≤ 2.0.2, Spring later, …), or as meant. */
function flag(node: NacosNode, key: string): boolean | undefined {
  const s = setting(node, key);
  // A code default is the era's own default (evaluate() knows it, and says "defaults to" for it).
  if (s.value === undefined || s.origin === 'code-default') return undefined;
  const read = parseAuthBoolean(key, s.value, node.version.version);
  if (read !== undefined) return read;
  // A value this version refuses to bind (`ture` with Spring: no startup): read as meant, so that fixing the spelling
  // reveals no new finding (issue 19 #4). Versions that read anything unknown as false keep false (what runs).
  const meant = guessBoolean(s.value);
  return meant === undefined ? undefined : meant === 'true';
}

const REASONS: Record<RequirementReason, string> = {
  'auth-enabled': 'nacos.core.auth.enabled=true',
  'admin-enabled': 'nacos.core.auth.admin.enabled=true',
  'admin-enabled-default': 'nacos.core.auth.admin.enabled defaults to true in 3.x',
  'console-enabled': 'nacos.core.auth.console.enabled=true',
  'console-enabled-default': 'nacos.core.auth.console.enabled defaults to true in 3.x',
  'console-enabled-cluster': 'nacos.core.auth.console.enabled=true on a node that is not standalone',
  'console-enabled-default-cluster': 'nacos.core.auth.console.enabled defaults to true in 3.x and this node is not standalone',
  always: 'this version validates the secret at startup even with auth disabled',
  'not-required': 'not required',
  'not-supported': 'not supported',
};

/**
 * SPEC §4 / facts §1.3, §1.6: which parts of auth the node's server (and image) will insist on. Each field is computed
 * when first read: a rule pays only for what it asks, and a node rule run on a range of releases (engine/variants.ts)
 * is asked only the version questions behind the fields it reads, so more releases share its run. Read it within the
 * rule's run (not from a fix computed later).
 */
export function authState(node: NacosNode): AuthState {
  return new LazyAuthState(node);
}

class LazyAuthState implements AuthState {
  private readonly v: NacosVersion;
  private readonly memo: Partial<Record<keyof AuthState | 'is3', unknown>> = {};
  /** The switches as `identityRequirement` / `secretRequirement` read them: each parsed on first read. */
  private readonly switches: AuthSwitches;

  constructor(node: NacosNode) {
    this.v = node.version.version;
    const self = this;
    const sw: Partial<Record<keyof AuthSwitches, boolean | undefined>> = {};
    const once = (k: keyof AuthSwitches, f: () => boolean | undefined) => (k in sw ? sw[k] : (sw[k] = f()));
    this.switches = {
      get enabled() { return once('enabled', () => flag(node, K.enabled)); },
      get adminEnabled() { return once('adminEnabled', () => (self.is3 ? flag(node, K.adminEnabled) : false)); },
      get consoleEnabled() { return once('consoleEnabled', () => (self.is3 ? flag(node, K.consoleEnabled) : false)); },
      get standalone() { return node.standalone; },
      // Effective from 1.4.1 to 2.4.x; the node carries the jar's line (1.4.2+) when the file has none.
      get userAgentAuthWhite() { return once('userAgentAuthWhite', () => (inRange(self.v, '1.4.1', '2.4') ? flag(node, K.userAgentWhite) : undefined)); },
    };
  }

  private get<T>(k: keyof AuthState | 'is3', f: () => T): T {
    if (!(k in this.memo)) this.memo[k] = f();
    return this.memo[k] as T;
  }

  private get is3(): boolean { return this.get('is3', () => versionAtLeast(this.v, '3.0.0')); }
  get identity(): Requirement { return this.get('identity', () => identityRequirement(this.v, this.switches)); }
  get secret(): Requirement { return this.get('secret', () => secretRequirement(this.v, this.switches)); }
  // The image ≥ v3.0.0 entrypoint checks the variables, not the properties: docker-required-env-missing says that, and a
  // property left empty while the variable is set fails only where the server itself requires it.
  get enabled(): boolean { return this.get('enabled', () => this.switches.enabled ?? false); }
  get adminEnabled(): boolean { return this.get('adminEnabled', () => (this.is3 ? this.switches.adminEnabled ?? true : false)); }
  get consoleEnabled(): boolean { return this.get('consoleEnabled', () => (this.is3 ? this.switches.consoleEnabled ?? true : false)); }
  get identityRequired(): boolean { return this.identity.required; }
  get identityReason(): string { return REASONS[this.identity.reason]; }
  get secretRequired(): boolean { return this.secret.required && this.secret.timing !== 'login'; }
  get secretReason(): string { return REASONS[this.secret.reason]; }
  get anyAuth(): boolean { return this.enabled || this.adminEnabled || this.consoleEnabled; }
  get identityLive(): boolean { return this.get('identityLive', () => versionAtLeast(this.v, '1.4.1') && (this.enabled || this.adminEnabled)); }
  get identityChecked(): boolean {
    return this.get('identityChecked', () => this.identityLive && !(inRange(this.v, '1.4.1', '2.4') && userAgentWhite(this.v, this.switches)));
  }
  get secretLive(): boolean { return this.enabled || this.consoleEnabled; }
}
