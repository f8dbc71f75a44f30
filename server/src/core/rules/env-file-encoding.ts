import type { Rule } from './types';
import type { Fix, TextEdit } from '../types';
import type { NacosNode } from '../model/node';
import { isAuthEnvName } from '../nacos/imageEnv';
import { TRACKED_KEYS } from '../nacos/keys';
import { msg } from './util';

/** The env file gives a node an auth value: directly, or through a `${VAR}` that reads it. */
function feedsAuth(path: string, nodes: NacosNode[], keys: string[]): boolean {
  if (keys.some(isAuthEnvName)) return true;
  return nodes.some(n => TRACKED_KEYS.some(k => {
    const s = n.settings.get(k);
    return s?.provenance?.path === path || s?.written?.path === path;
  }));
}

/**
 * Where a carriage return reaches a value (checked with the compose-oracle helper against Compose v1, v2 and
 * `docker run --env-file`): an ordinary CRLF line end is harmless in all three, and so is a BOM (all three strip it).
 * A CR inside a quoted value that spans lines stays in it for v2 (v1 drops it); a CR not followed by LF (a lone CR,
 * or one in the middle of an unquoted value) ends the line for v1 and stays in the value for v2.
 */
export const rule: Rule = {
  id: 'env-file-encoding',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    summary: msg('An env file that feeds auth values has a carriage return that reaches a value: inside a quoted multi-line value (Compose v2 keeps it, v1 drops it) or not followed by a line feed (v1 ends the line there, v2 keeps it in the value). Ordinary CRLF line ends and a byte order mark are harmless (Compose v1, v2 and docker run strip them).',
      '为鉴权配置提供值的 env 文件中有会进入值的回车符：在跨行的带引号值中（Compose v2 保留，v1 丢弃），或后面没有换行符（v1 在此结束该行，v2 把它留在值中）。普通的 CRLF 换行和字节顺序标记无害（Compose v1、v2 和 docker run 都会去掉）。'),
    versions: 'all images',
  },
  messages: {
    quoted: msg('A carriage return inside the quoted value of {name}: Compose v2 keeps it in the value, Compose v1 drops it, so the value depends on the Compose version. Use LF line ends.',
      '{name} 的带引号值中有回车符：Compose v2 把它保留在值中，Compose v1 会丢弃它，因此值取决于 Compose 版本。请使用 LF 换行。'),
    lone: msg('{count} carriage return(s) not followed by a line feed (the first in the value of {name}): Compose v1 ends the line there, Compose v2 keeps the CR and the rest of the line in the value. Use LF line ends.',
      '{count} 个后面没有换行符的回车符（第一个在 {name} 的值中）：Compose v1 在此结束该行，Compose v2 把 CR 和该行其余部分留在值中。请使用 LF 换行。'),
    usedBy: msg('used by service {service}', '被服务 {service} 使用'),
  },
  checkFile(ctx) {
    const f = ctx.file;
    // `docker run --env-file` drops a BOM and a line's CR itself: only files Compose reads matter here.
    if (f.kind !== 'env' || !ctx.nodes.some(n => n.kind === 'compose-service')) return;
    const env = f.env;
    if (env.crCount === 0) return;
    if (!feedsAuth(f.path, ctx.nodes, env.entries.map(e => e.key))) return;
    const text = f.text;
    const entryAt = (i: number) => env.entries.find(e => e.lineSpan.start <= i && i < e.lineSpan.end);
    const lone: number[] = [];
    for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text[i + 1] !== '\n') lone.push(i);
    const quoted = env.entries.filter(e => e.quote !== null && text.slice(e.innerSpan.start, e.innerSpan.end).includes('\r'));
    if (!lone.length && !quoted.length) return;
    const edits: TextEdit[] = [];
    for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
      edits.push({ path: f.path, span: { start: i, end: i + 1 }, newText: text[i + 1] === '\n' ? '' : '\n' });
    }
    const fix: Fix = { title: 'Convert to LF line ends', deterministic: true, isPreferred: true, edits: () => edits };
    const related = ctx.nodes.filter(n => n.service).slice(0, 20).map(n => ({ path: n.path, span: n.anchor, messageId: 'usedBy', args: { service: n.service! } }));
    for (const e of quoted) {
      const at = text.indexOf('\r', e.innerSpan.start);
      ctx.report({ messageId: 'quoted', args: { name: e.key }, path: f.path, span: { start: at, end: at + 1 }, related, fixes: [fix] });
    }
    const inQuoted = (i: number) => quoted.some(e => e.innerSpan.start <= i && i < e.innerSpan.end);
    const bare = lone.filter(i => !inQuoted(i));
    if (bare.length) {
      ctx.report({ messageId: 'lone', args: { count: bare.length, name: entryAt(bare[0])?.key ?? '?' }, path: f.path, span: { start: bare[0], end: bare[0] + 1 }, related, fixes: [fix] });
    }
  },
};
