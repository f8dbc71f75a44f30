import type { Rule } from './types';
import type { Fix } from '../types';
import { authProperty, suggestKey } from '../nacos/authProperties';
import { KNOWN_IMAGE_ENV, relaxedEnvToProperty, suggestEnv as suggestImageEnv } from '../nacos/imageEnv';
import { escapePropertyKey } from '../syntax/properties/parser';
import { msg } from './util';

/** Keys under these prefixes are passed to plugins or are LDAP settings; Nacos does not validate them. */
const OPEN_PREFIXES = ['nacos.core.auth.ldap.', 'nacos.core.auth.nacos.'];

export function isUnknownAuthKey(key: string): boolean {
  if (authProperty(key)) return false;
  if (key.startsWith('nacos.core.auth.plugin.')) return key.startsWith('nacos.core.auth.plugin.nacos.token.');
  if (OPEN_PREFIXES.some(p => key.startsWith(p))) return false;
  if (key.startsWith('nacos.core.auth.')) return true;
  // Invented names people write for auth (nacos.auth.enable, #5373).
  return /^nacos\.(auth|security\.auth|core\.auth)\b/.test(key) || /^nacos\.[\w.]*(identity|token\.secret)/.test(key);
}

export function isUnknownAuthEnv(name: string): boolean {
  if (name.includes('.')) return isUnknownAuthKey(name); // Spring matches dotted env names exactly
  if (KNOWN_IMAGE_ENV.has(name)) return false;
  if (relaxedEnvToProperty(name)) return false;
  if (/^NACOS_CORE_AUTH_PLUGIN_(?!NACOS_TOKEN)/.test(name) || name.startsWith('NACOS_CORE_AUTH_LDAP_')) return false;
  return /^NACOS_(CORE_)?AUTH/.test(name) || /^NACOS_\w*(TOKEN|SECRET|IDENTITY)/.test(name);
}

export const rule: Rule = {
  id: 'unknown-auth-setting',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    summary: msg('An unknown `nacos.core.auth.*` key, or a `NACOS_AUTH*` / `NACOS_CORE_AUTH*` variable that neither the image nor the server reads (e.g. `NACOS_TOKEN_SECRET_KEY`, `nacos.auth.enable`). It is silently ignored.',
      '未知的 `nacos.core.auth.*` 配置项，或镜像和服务端都不读取的 `NACOS_AUTH*` / `NACOS_CORE_AUTH*` 变量（如 `NACOS_TOKEN_SECRET_KEY`、`nacos.auth.enable`）。它会被静默忽略。'),
    versions: 'all',
  },
  messages: {
    unknown: msg('Nacos does not read {name}; it is silently ignored.', 'Nacos 不读取 {name}；它会被静默忽略。'),
    didYouMean: msg("Nacos does not read {name}; it is silently ignored. Did you mean '{suggestion}'?", "Nacos 不读取 {name}；它会被静默忽略。您是不是想写 '{suggestion}'？"),
  },
  checkFile(ctx) {
    const f = ctx.file;
    if (f.kind !== 'properties') return;
    for (const e of f.props.entries) {
      if (!isUnknownAuthKey(e.key)) continue;
      const suggestion = suggestKey(e.key);
      // Renaming onto a key the file already sets would change which value wins: not a safe automatic fix.
      const taken = !!suggestion && f.props.entries.some(x => x.key === suggestion);
      const fixes: Fix[] = suggestion ? [{ title: `Rename to ${suggestion}`, deterministic: !taken, isPreferred: !taken, edits: () => [{ path: f.path, span: e.keySpan, newText: escapePropertyKey(suggestion) }] }] : [];
      ctx.report({ messageId: suggestion ? 'didYouMean' : 'unknown', args: { name: e.key, suggestion: suggestion ?? '' }, path: f.path, span: e.keySpan, fixes });
    }
  },
  checkNode(ctx) {
    const env = ctx.node.env;
    if (!env) return;
    for (const ev of env.values()) {
      if (!isUnknownAuthEnv(ev.name)) continue;
      const suggestion = suggestEnv(ev.name);
      const path = ev.path;
      const span = ev.keySpan;
      // The suggested name already set: in the same file it would be a duplicate key; elsewhere it would change
      // which definition wins (environment over env_file) — offered, but never applied automatically.
      const other = suggestion ? env.get(suggestion) : undefined;
      const sameFile = !!other && [other, ...other.overridden].some(o => o.path === path);
      const fixes: Fix[] = suggestion && !sameFile ? [{ title: `Rename to ${suggestion}`, deterministic: !other, isPreferred: !other, edits: () => [{ path, span, newText: suggestion }] }] : [];
      ctx.report({ messageId: suggestion ? 'didYouMean' : 'unknown', args: { name: ev.name, suggestion: suggestion ?? '' }, path, span, fixes });
    }
  },
};

function suggestEnv(name: string): string | undefined {
  return name.includes('.') ? suggestKey(name) : suggestImageEnv(name);
}
