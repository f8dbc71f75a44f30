import type { Rule } from './types';
import { msg } from './util';

// Found by the Kubernetes source while reading (sources/k8s/env.ts): the API server decodes an EnvVar `value` and a
// ConfigMap's `data` as strings, so a YAML number or boolean makes it reject the whole object.
export const rule: Rule = {
  id: 'k8s-env-value-not-string',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('A container env `value:` (or a ConfigMap `data` value) is a YAML number or boolean, not a string: `kubectl apply` fails and the API server rejects the whole object.',
      '容器 env 的 `value:`（或 ConfigMap 的 `data` 值）是 YAML 数字或布尔值而不是字符串：`kubectl apply` 失败，API Server 拒绝整个对象。'),
    versions: 'all (Kubernetes API)',
  },
  messages: {
    envNotString: msg('env {name}: `value` is a YAML {type}, not a string; the API server rejects the object ("cannot unmarshal {type} into Go struct field EnvVar… of type string"). Quote it.',
      'env {name}：`value` 是 YAML {type}，不是字符串；API Server 会拒绝该对象（"cannot unmarshal {type} into Go struct field EnvVar… of type string"）。请加引号。'),
    envNotScalar: msg('env {name}: `value` must be a string; the API server rejects the object.',
      'env {name}：`value` 必须是字符串；API Server 会拒绝该对象。'),
    dataNotString: msg('{kind} {object} key {key}: the value is a YAML {type}, not a string; the API server rejects the {kind}. Quote it.',
      '{kind} {object} 的键 {key}：值是 YAML {type}，不是字符串；API Server 会拒绝该 {kind}。请加引号。'),
    problem: msg('{message}', '{message}'),
  },
};
