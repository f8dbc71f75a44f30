import type { Rule } from './types';
import type { NacosNode } from '../model/node';
import type { Fix, TextEdit } from '../types';
import { K8sEnvWriter } from '../fixes/k8sEnv';
import { mergePerFile } from '../fixes/cluster';
import { identityValue, msg, secret } from './util';

/**
 * An identity value or token secret of a Kubernetes container kept in a ConfigMap (a key it reads, or the
 * application.properties it mounts) or as a literal env `value:` in a manifest: readable by anyone who can read
 * ConfigMaps or the repository, shown by `kubectl describe`, not encrypted at rest. A Secret is the place. Values
 * rendered from a Helm chart are the chart's choice (the values file cannot move them) and are left alone.
 */
export const rule: Rule = {
  id: 'k8s-secret-in-configmap',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    summary: msg('A Nacos identity value or token secret is kept in a ConfigMap (a key the container reads, or the mounted application.properties) or as a literal env `value:` in a manifest: anyone who may read ConfigMaps or the repository has it. Keep it in a Secret and reference it with `secretKeyRef`.',
      'Nacos 身份标识 value 或 token 密钥保存在 ConfigMap 中（容器读取的键，或挂载的 application.properties），或作为字面量 env `value:` 写在清单里：任何能读取 ConfigMap 或代码仓库的人都能拿到它。请放在 Secret 中并用 `secretKeyRef` 引用。'),
    versions: 'all (Kubernetes)',
  },
  messages: {
    configMapKey: msg('The {what} comes from ConfigMap {object} (key {key}): ConfigMaps are not secret (readable with `kubectl get configmap`, not encrypted at rest). Move it to a Secret and read it with secretKeyRef.',
      '{what} 来自 ConfigMap {object}（键 {key}）：ConfigMap 不是机密（可用 `kubectl get configmap` 读取，静态不加密）。请移到 Secret 中并用 secretKeyRef 读取。'),
    mountedConf: msg('The {what} is written in the application.properties that ConfigMap {object} mounts: ConfigMaps are not secret. Keep it in a Secret (an env variable read with secretKeyRef that the file reads as ${{env}}).',
      '{what} 写在 ConfigMap {object} 挂载的 application.properties 中：ConfigMap 不是机密。请放在 Secret 中（用 secretKeyRef 读取的环境变量，文件中以 ${{env}} 引用）。'),
    literal: msg('The {what} is a literal env `value:` of {node} in a committed manifest: anyone who can read the repository or `kubectl describe` the pod has it. Move it to a Secret and read it with secretKeyRef.',
      '{what} 是 {node} 的字面量 env `value:`，写在提交的清单中：任何能读取仓库或 `kubectl describe` 该 Pod 的人都能拿到。请移到 Secret 中并用 secretKeyRef 读取。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const k = node.k8s;
    if (!k || k.workload.source === 'helm') return;
    const seen = new Set<string>();
    for (const [s, what, env] of [[identityValue(node), 'identity value', 'NACOS_AUTH_IDENTITY_VALUE'], [secret(node), 'token secret', 'NACOS_AUTH_TOKEN']] as const) {
      const w = s.written;
      if (!s.value || !w || seen.has(`${w.path}|${w.span.start}`)) continue;
      seen.add(`${w.path}|${w.span.start}`);
      const e = k.env.get(w.name);
      const mounted = node.container?.mountedConf;
      if (e && (e.source === 'configMapKeyRef' || (e.source === 'envFrom' && e.object?.kind === 'ConfigMap')) && e.object) {
        ctx.report({
          messageId: 'configMapKey', args: { what, object: e.object.name, key: e.object.key }, path: w.path, span: w.span,
          fixes: e.source === 'configMapKeyRef' ? moveFix(ctx.fixEnv.clusters.flatMap(c => c.nodes), node, w.name, s.value, { path: w.path, span: { start: w.keySpan?.start ?? w.span.start, end: w.span.end } }) : [],
        });
      } else if (e && e.source === 'value' && k.editable) {
        ctx.report({ messageId: 'literal', args: { what, node: node.service ?? '' }, path: w.path, span: w.span, fixes: moveFix([node], node, w.name, s.value) });
      } else if (!e && mounted && w.path === mounted.path && w.fileKind === 'properties' && k.mountedFrom?.kind === 'ConfigMap') {
        ctx.report({ messageId: 'mountedConf', args: { what, object: k.mountedFrom.name, env }, path: w.path, span: w.span });
      }
    }
  },
};

/**
 * "Move to a Secret (secretKeyRef)": the value goes to the Secret the container reads its other auth variables from
 * (else a new one in the workload's file), every env entry that read it is rewritten to a secretKeyRef, and the
 * ConfigMap key (when it was one) is removed.
 */
function moveFix(all: readonly NacosNode[], node: NacosNode, name: string, value: string, configMapEntry?: { path: string; span: { start: number; end: number } }): Fix[] {
  const read = node.container?.read;
  const k = node.k8s;
  if (!read || !k) return [];
  const obj = k.env.get(name)?.object;
  // Every container that reads this ConfigMap key with configMapKeyRef (the literal case: just this one).
  const users = configMapEntry && obj
    ? all.filter(n => n.k8s && [...n.k8s.env.values()].some(e => e.source === 'configMapKeyRef' && e.object?.name === obj.name && e.object.key === obj.key))
    : [node];
  // An envFrom of the ConfigMap would lose the key: no fix then.
  if (configMapEntry && obj && all.some(n => n.k8s && [...n.k8s.env.values()].some(e => e.source === 'envFrom' && e.object?.kind === 'ConfigMap' && e.object.name === obj.name))) return [];
  const build = (): TextEdit[] | undefined => {
    const writer = new K8sEnvWriter(read);
    for (const n of users) {
      for (const [envName, e] of n.k8s!.env) {
        const reads = configMapEntry ? e.source === 'configMapKeyRef' && e.object?.name === obj?.name && e.object?.key === obj?.key : envName === name;
        if (!reads) continue;
        if (!e.entry || !writer.remove(e.entry.path, e.entry.span) || !writer.add(n, envName, value)) return undefined;
      }
    }
    if (configMapEntry && !writer.remove(configMapEntry.path, configMapEntry.span)) return undefined;
    return mergePerFile(writer.finish(), read);
  };
  if (!build()) return [];
  return [{ title: 'Move to a Secret (secretKeyRef)', deterministic: false, isPreferred: true, edits: () => build() ?? [] }];
}
