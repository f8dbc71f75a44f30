import type { Rule } from './types';
import { versionAtLeast } from '../nacos/versions';
import { msg, versionLabel } from './util';

export const rule: Rule = {
  id: 'auth-not-supported',
  defaultSeverity: 'warning',
  fixable: false,
  docs: {
    summary: msg('The node runs a Nacos before 1.2.0 (1.1.x and older): it has no authentication to configure, so every API and the console are open. Upgrade.',
      '该节点运行的是 1.2.0 之前的 Nacos（1.1.x 及更早）：没有可配置的鉴权，所有 API 和控制台都是开放的。请升级。'),
    versions: '< 1.2.0',
  },
  messages: {
    noAuth: msg('{version} has no authentication to configure (the nacos.core.auth.* settings arrived in 1.2.0): anyone who reaches it reads and changes every configuration and service. Upgrade to a supported release.',
      '{version} 没有可配置的鉴权（nacos.core.auth.* 设置从 1.2.0 开始才有）：任何能访问它的人都可以读取和修改所有配置与服务。请升级到受支持的版本。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    // AuthConfigs is @since 1.2.0 (nacos-src/1.2.0/core/…/auth/AuthConfigs.java); older servers check nothing.
    if (versionAtLeast(node.version.version, '1.2.0')) return;
    ctx.report({ messageId: 'noAuth', args: { version: versionLabel(node) }, path: node.path, span: node.anchor });
  },
};
