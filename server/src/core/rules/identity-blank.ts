import type { Rule } from './types';
import { authState } from '../model/authState';
import { versionAtLeast } from '../nacos/versions';
import { at, identityKey, identityValue, msg, pairFixes, versionLabel } from './util';

export const rule: Rule = {
  id: 'identity-blank',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('The identity key or value is only white space: it passes the startup check (isEmpty) but fails the runtime check (isBlank) with 403 — every HTTP request up to 2.4.x, every protected API from 2.5.0.',
      '身份标识 key 或 value 只有空白字符：能通过启动检查（isEmpty），但无法通过运行时检查（isBlank），返回 403——2.4.x 及以前是每个 HTTP 请求，2.5.0 起是每个受保护的 API。'),
    versions: '1.4.1+',
  },
  messages: {
    blank: msg('{key} is only white space: {version} starts, then answers every HTTP request with 403 "Invalid server identity key or value".',
      '{key} 只有空白字符：{version} 能启动，但每个 HTTP 请求都返回 403 "Invalid server identity key or value"。'),
    blankSecured: msg('{key} is only white space: {version} starts (the startup check uses isEmpty), then answers every protected HTTP API with 403 "Invalid server identity key or value" (isBlank).',
      '{key} 只有空白字符：{version} 能启动（启动检查使用 isEmpty），但每个受保护的 HTTP API 都返回 403 "Invalid server identity key or value"（isBlank）。'),
    blankLatent: msg('{key} is only white space. Nothing checks the identity now (authentication is off, or the User-Agent whitelist skips the check); as soon as it does, {version} answers with 403 "Invalid server identity key or value".',
      '{key} 只有空白字符。目前没有任何检查使用身份标识（鉴权关闭，或 User-Agent 白名单跳过了检查）；一旦检查生效，{version} 将返回 403 "Invalid server identity key or value"。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const v = node.version.version;
    // White space only; the version and the switches are asked only then (a rule on a version range asks less).
    const blank = [identityKey(node), identityValue(node)].filter(s => !(s.value === undefined || s.value === '' || s.value.trim() !== ''));
    if (!blank.length) return;
    if (!versionAtLeast(v, '1.4.1')) return; // no identity before 1.4.1
    const state = authState(node);
    const fixes = pairFixes(ctx.fixEnv, [node]);
    // ≤ 2.4.x check the pair before looking at the API; 2.5.0+ only for @Secured APIs of an enabled scope (audit A13).
    const messageId = !state.identityChecked ? 'blankLatent' : versionAtLeast(v, '2.5.0') ? 'blankSecured' : 'blank';
    for (const s of blank) {
      ctx.report({ messageId, args: { key: s.key, version: versionLabel(node) }, ...at(node, s), fixes, ...(state.identityChecked ? {} : { severity: 'warning' as const }) });
    }
  },
};
