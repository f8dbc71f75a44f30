import type { Rule } from './types';
import { msg } from './util';

// Found by the Kubernetes source while reading (sources/k8s/env.ts): a configMapKeyRef / secretKeyRef to an object
// that is in the workspace but lacks the key, not marked `optional`. An object that is not in the workspace at all is
// not reported: it may be created elsewhere (kubectl, an operator, a secret store), and its values are unknown.
export const rule: Rule = {
  id: 'k8s-missing-reference',
  defaultSeverity: 'error',
  fixable: false,
  docs: {
    summary: msg('A container env references a key of a ConfigMap or Secret that is defined in the workspace but has no such key (and the reference is not `optional`): the pod never starts (CreateContainerConfigError).',
      '容器 env 引用了工作区中已定义的 ConfigMap 或 Secret 中不存在的键（且未标记 `optional`）：Pod 无法启动（CreateContainerConfigError）。'),
    versions: 'all (Kubernetes API)',
  },
  messages: {
    missingKey: msg('env {name}: {kind} {object} has no key {key}; the pod fails with CreateContainerConfigError (add the key, or mark the reference optional).',
      'env {name}：{kind} {object} 中没有键 {key}；Pod 会因 CreateContainerConfigError 失败（添加该键，或将引用标记为 optional）。'),
    binaryOnly: msg('env {name}: ConfigMap {object} has key {key} only in `binaryData`, which the kubelet does not read for env; the pod fails with CreateContainerConfigError.',
      'env {name}：ConfigMap {object} 只在 `binaryData` 中有键 {key}，kubelet 不会为 env 读取它；Pod 会因 CreateContainerConfigError 失败。'),
    referenced: msg('{what} (defined here)', '{what}（在此定义）'),
    problem: msg('{message}', '{message}'),
  },
};
