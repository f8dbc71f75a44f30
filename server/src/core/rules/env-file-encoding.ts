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

export const rule: Rule = {
  id: 'env-file-encoding',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    summary: msg('An env file that feeds auth values starts with a byte order mark or has carriage returns (CRLF line ends): Compose may read the BOM into the first variable name (docker/compose#9799) and a CR into values, so nodes fed from elsewhere no longer match.',
      '为鉴权配置提供值的 env 文件以字节顺序标记（BOM）开头，或含有回车符（CRLF 换行）：Compose 可能把 BOM 读进第一个变量名（docker/compose#9799），把 CR 读进值里，导致与其他来源配置的节点不一致。'),
    versions: 'all images',
  },
  messages: {
    bom: msg('This env file starts with a UTF-8 byte order mark: Compose may read it as part of the first variable name, so that variable is not set.',
      '此 env 文件以 UTF-8 字节顺序标记开头：Compose 可能把它当作第一个变量名的一部分，导致该变量未被设置。'),
    cr: msg('This env file has {count} carriage return(s) (CRLF line ends): depending on the Compose version a CR can end up at the end of values such as the identity or the token secret.',
      '此 env 文件含有 {count} 个回车符（CRLF 换行）：取决于 Compose 版本，CR 可能出现在身份标识或 token 密钥等值的末尾。'),
    usedBy: msg('used by service {service}', '被服务 {service} 使用'),
  },
  checkFile(ctx) {
    const f = ctx.file;
    // `docker run --env-file` drops a BOM and a line's CR itself: only files Compose reads matter here.
    if (f.kind !== 'env' || !ctx.nodes.some(n => n.kind === 'compose-service')) return;
    const env = f.env;
    if (!env.hasBom && env.crCount === 0) return;
    if (!feedsAuth(f.path, ctx.nodes, env.entries.map(e => e.key))) return;
    const edits: TextEdit[] = [];
    if (env.hasBom) edits.push({ path: f.path, span: { start: 0, end: 1 }, newText: '' });
    for (let i = f.text.indexOf('\r'); i >= 0; i = f.text.indexOf('\r', i + 1)) {
      edits.push({ path: f.path, span: { start: i, end: i + 1 }, newText: f.text[i + 1] === '\n' ? '' : '\n' });
    }
    const fix: Fix = { title: 'Convert to UTF-8 without BOM and LF line ends', deterministic: true, isPreferred: true, edits: () => edits };
    const related = ctx.nodes.filter(n => n.service).slice(0, 20).map(n => ({ path: n.path, span: n.anchor, messageId: 'usedBy', args: { service: n.service! } }));
    if (env.hasBom) ctx.report({ messageId: 'bom', path: f.path, span: { start: 0, end: 1 }, related, fixes: [fix] });
    if (env.crCount) {
      const first = f.text.indexOf('\r');
      ctx.report({ messageId: 'cr', args: { count: env.crCount }, path: f.path, span: { start: first, end: first + 1 }, related, fixes: [fix] });
    }
  },
};
