import type { Rule } from './types';
import { clusterMismatch, msg } from './util';
import { authState } from '../model/authState';
import { K } from '../nacos/keys';
import { setting, type NacosNode } from '../model/node';
import { versionAtLeast } from '../nacos/versions';

/** The switches compared, each on its own: a finding sits on the switch that differs. */
const SWITCHES: { key: string; read: (n: NacosNode) => string | undefined }[] = [
  { key: K.enabled, read: n => String(authState(n).enabled) },
  { key: K.systemType, read: n => setting(n, K.systemType).value || '(empty)' },
  { key: K.adminEnabled, read: n => (versionAtLeast(n.version.version, '3.0.0') ? String(authState(n).adminEnabled) : undefined) },
  { key: K.consoleEnabled, read: n => (versionAtLeast(n.version.version, '3.0.0') ? String(authState(n).consoleEnabled) : undefined) },
];

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
    mismatch: msg('Clients get different answers from {node} than from {others}: {difference}. Set the same value on every member.',
      '客户端从 {node} 与从 {others} 得到的结果不同：{difference}。请在所有成员上设置相同的值。'),
    other: msg('{node} has the value the other members share', '{node} 使用其他成员共用的值'),
  },
  checkCluster(ctx) {
    for (const sw of SWITCHES) {
      clusterMismatch(ctx, node => {
        const s = setting(node, sw.key);
        const v = s.unknown ? undefined : sw.read(node);
        return v === undefined ? undefined : { key: v, setting: s };
      }, (mine, theirs) => {
        const [a, b] = [sw.read(mine.node), sw.read(theirs.node)];
        return { en: `${sw.key} is ${a} there, ${b} on the others`, 'zh-cn': `${sw.key} 在该节点为 ${a}，其他成员为 ${b}` };
      });
    }
  },
};
