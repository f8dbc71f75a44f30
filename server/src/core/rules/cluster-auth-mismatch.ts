import type { Rule } from './types';
import { clusterMismatch } from './util';
import { authState } from '../model/authState';
import { K } from '../nacos/keys';
import { setting } from '../model/node';
import { versionAtLeast } from '../nacos/versions';
import { msg } from './util';

export const rule: Rule = {
  id: 'cluster-auth-mismatch',
  defaultSeverity: 'warning',
  fixable: false,
  docs: {
    summary: msg('Members of one cluster differ in `auth.enabled`, `system.type` or (3.x) `admin.enabled` / `console.enabled`: clients succeed or fail depending on which node they reach.',
      '同一集群的成员在 `auth.enabled`、`system.type` 或（3.x）`admin.enabled` / `console.enabled` 上不一致：客户端成功与否取决于访问到哪个节点。'),
    versions: 'all',
  },
  messages: {
    mismatch: msg('Auth switches of {node} ({mine}) differ from {others} in cluster {cluster}; clients get different answers depending on the node.',
      '{node} 的鉴权开关（{mine}）与集群 {cluster} 中的 {others} 不同；客户端访问不同节点会得到不同结果。'),
    other: msg('{node} has {theirs}', '{node} 的设置为 {theirs}'),
  },
  checkCluster(ctx) {
    clusterMismatch(ctx, node => {
      if ([K.enabled, K.systemType, K.adminEnabled, K.consoleEnabled].some(k => setting(node, k).unknown)) return undefined;
      const st = authState(node);
      const type = setting(node, K.systemType).value ?? '';
      let value = `enabled=${st.enabled}, system.type=${type || '(empty)'}`;
      if (versionAtLeast(node.version.version, '3.0.0')) value += `, admin.enabled=${st.adminEnabled}, console.enabled=${st.consoleEnabled}`;
      return { value, setting: setting(node, K.enabled) };
    }, true);
  },
};
