import type { Rule } from './types';
import type { Fix, Span, TextEdit } from '../types';
import { imageRequiredEnv } from '../nacos/imageEnv';
import { mappingsFor } from '../sources/container';
import { lastEntries } from '../model/effective';
import { escapePropertyKey } from '../syntax/properties/parser';
import { propertiesInsertPoint, renderInsert } from '../fixes/insert';
import { baseName } from '../util/paths';
import { msg } from './util';

export const rule: Rule = {
  id: 'docker-mounted-properties-ignore-env',
  defaultSeverity: 'info',
  fixable: true,
  docs: {
    summary: msg('A workspace application.properties is mounted over /home/nacos/conf/application.properties, but it has no `${NACOS_AUTH_*}` placeholder for a NACOS_AUTH_* variable the service sets: the mounted file replaces the image\'s placeholders, so the server never reads the variable (images ≥ v3.0.0 still require it to start).',
      '工作区中的 application.properties 被挂载到 /home/nacos/conf/application.properties，但其中没有服务所设置的 NACOS_AUTH_* 变量对应的 `${NACOS_AUTH_*}` 占位符：挂载的文件替换了镜像自带的占位符，服务端永远不会读取该变量（v3.0.0 及以上镜像仍要求设置它才能启动）。'),
    versions: 'all images',
  },
  messages: {
    ignored: msg('{name} is set, but the mounted {file} does not read ${{name}}: Nacos ignores this variable and uses what {file} says for {key}.',
      '已设置 {name}，但挂载的 {file} 没有读取 ${{name}}：Nacos 会忽略该变量，{key} 使用 {file} 中的值。'),
    ignoredRequired: msg('{name} is set, but the mounted {file} does not read ${{name}}: Nacos ignores it and uses what {file} says for {key} — the v3 entrypoint only checks that it is not empty.',
      '已设置 {name}，但挂载的 {file} 没有读取 ${{name}}：Nacos 会忽略它，{key} 使用 {file} 中的值——v3 镜像的启动脚本只检查它是否为空。'),
    mounted: msg('mounted over conf/application.properties here', '在此挂载到 conf/application.properties'),
    fileValue: msg('the value Nacos uses for {key}', 'Nacos 对 {key} 使用的值'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const info = node.container;
    const mounted = info?.mountedConf;
    if (!info || !mounted || !node.imageVersion || !node.env) return;
    const required = imageRequiredEnv(node.imageVersion);
    const entries = lastEntries(mounted.props);
    for (const m of mappingsFor(node.imageVersion)) {
      if (m.mechanism !== 'placeholder') continue;
      const ev = node.env.get(m.env);
      if (!ev || ev.value === undefined) continue;
      if (mounted.text.includes(`\${${m.env}}`) || mounted.text.includes(`\${${m.env}:`)) continue;
      const file = baseName(mounted.path);
      const entry = entries.get(m.property);
      const fixes: Fix[] = [];
      const placeholder = `\${${m.env}}`;
      const edit: TextEdit = entry
        ? { path: mounted.path, span: entry.valueSpan, newText: placeholder }
        : renderInsert(propertiesInsertPoint(mounted.path, mounted.text, mounted.props), [`${escapePropertyKey(m.property)}=${placeholder}`]);
      // Not on save: it changes which value the server uses.
      fixes.push({ title: `Read ${m.env} in ${file} (${m.property}=${placeholder})`, deterministic: false, isPreferred: true, edits: () => [edit] });
      const mountSpan: Span = mounted.mount.span;
      ctx.report({
        messageId: required.includes(m.env) ? 'ignoredRequired' : 'ignored',
        args: { name: m.env, file, key: m.property },
        path: ev.path, span: ev.keySpan,
        related: [
          { path: mounted.mount.path, span: mountSpan, messageId: 'mounted' },
          ...(entry ? [{ path: mounted.path, span: entry.valueSpan, messageId: 'fileValue', args: { key: m.property } }] : []),
        ],
        fixes,
      });
    }
  },
};
