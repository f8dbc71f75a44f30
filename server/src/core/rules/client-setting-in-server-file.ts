import type { Rule } from './types';
import type { Fix } from '../types';
import { msg } from './util';

// Client-side names (Spring Cloud Alibaba `spring.cloud.nacos.*`, nacos-spring-boot `nacos.config.*` /
// `nacos.discovery.*` credentials): no server class reads them (absent from every nacos-src/*/ file of the corpus).
const CLIENT_KEY = /^spring\.cloud\.nacos\.|^nacos\.(config|discovery)\.(username|password|access-?key|secret-?key)$/i;

export function isClientSetting(key: string): boolean {
  return CLIENT_KEY.test(key);
}

export const rule: Rule = {
  id: 'client-setting-in-server-file',
  defaultSeverity: 'info',
  fixable: true,
  docs: {
    summary: msg('A client-side setting (`spring.cloud.nacos.*`, `nacos.config.username` / `password`, …) in a Nacos server\'s configuration: the server ignores it. Server users live in the database, not in this file.',
      '在 Nacos 服务端配置中写了客户端设置（`spring.cloud.nacos.*`、`nacos.config.username` / `password` 等）：服务端会忽略它。服务端用户保存在数据库中，而不是这个文件里。'),
    versions: 'all',
  },
  messages: {
    client: msg('The Nacos server ignores {key}; it is a setting for applications that connect to Nacos. Server users live in the database (the users table), not in this file.',
      'Nacos 服务端会忽略 {key}；它是连接 Nacos 的应用程序的设置。服务端用户保存在数据库（users 表）中，而不是这个文件里。'),
  },
  checkFile(ctx) {
    const f = ctx.file;
    // Only a file that configures a server: a client's own application.properties is not a node.
    if (f.kind !== 'properties' || ctx.nodes.length === 0) return;
    for (const e of f.props.entries) {
      if (!isClientSetting(e.key)) continue;
      const fixes: Fix[] = e.deleteSpan ? [{ title: `Remove ${e.key}`, deterministic: false, isPreferred: true, edits: () => [{ path: f.path, span: e.deleteSpan!, newText: '' }] }] : [];
      ctx.report({ messageId: 'client', args: { key: e.key }, path: f.path, span: e.keySpan, fixes });
    }
  },
};
