import type { Rule } from './types';
import { isAuthKey } from '../nacos/keys';
import { baseName, dirName } from '../util/paths';
import { msg } from './util';

export const rule: Rule = {
  id: 'shadowed-by-conf',
  defaultSeverity: 'info',
  fixable: false,
  docs: {
    summary: msg('An auth key in `application-<profile>.properties` that `conf/application.properties` also sets: Nacos loads conf/application.properties first, so the profile value never applies (alibaba/nacos#11891).',
      '`application-<profile>.properties` 中的鉴权配置项在 `conf/application.properties` 中也有设置：Nacos 先加载 conf/application.properties，profile 中的值永远不会生效（alibaba/nacos#11891）。'),
    versions: '2.x, 3.x',
  },
  messages: {
    shadowed: msg('conf/application.properties also sets {key} and wins over {file}; this value never applies. Move the setting to application.properties.',
      'conf/application.properties 也设置了 {key}，并且优先于 {file}；此值永远不会生效。请将该设置移到 application.properties。'),
    there: msg('the value that applies', '实际生效的值'),
  },
  checkFile(ctx) {
    const f = ctx.file;
    if (f.kind !== 'properties' || !/^application-.+\.properties$/.test(baseName(f.path))) return;
    const conf = ctx.fileAt(`${dirName(f.path)}/application.properties`);
    if (!conf || conf.kind !== 'properties') return;
    // Only beside the conf of a bare-metal server: alternative confs kept next to a mounted one (or a reference copy)
    // are no server's profile files (issue 14 item 7).
    if (!ctx.fixEnv.clusters.some(c => c.nodes.some(n => n.kind === 'properties' && n.path === conf.path))) return;
    const confKeys = new Map(conf.props.entries.map(e => [e.key, e]));
    for (const e of f.props.entries) {
      if (!isAuthKey(e.key)) continue;
      const other = confKeys.get(e.key);
      if (!other) continue;
      ctx.report({ messageId: 'shadowed', args: { key: e.key, file: baseName(f.path) }, path: f.path, span: e.keySpan, related: [{ path: conf.path, span: other.lineSpan, messageId: 'there' }] });
    }
  },
};
