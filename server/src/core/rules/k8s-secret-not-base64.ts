import type { Rule } from './types';
import { msg } from './util';

// Found by the Kubernetes source while reading (sources/k8s/env.ts): a Secret's `data` values are decoded as Base64
// (standard alphabet, padding required) by the API server; one that is not makes it reject the Secret. Every Secret
// a Nacos container reads (or that sits in a file with one) is checked, referenced or not.
export const rule: Rule = {
  id: 'k8s-secret-not-base64',
  defaultSeverity: 'error',
  fixable: false,
  docs: {
    summary: msg('A Secret `data` value is not valid Base64 (standard alphabet, with padding): the API server rejects the Secret, so nothing that references it starts. Plain text belongs in `stringData`.',
      'Secret 的 `data` 值不是有效的 Base64（标准字母表，带填充）：API Server 会拒绝该 Secret，引用它的都无法启动。明文应写在 `stringData` 中。'),
    versions: 'all (Kubernetes API)',
  },
  messages: {
    notBase64: msg('Secret {object} key {key}: `data` values must be Base64; this one is not, so the API server rejects the Secret (put plain text under `stringData`).',
      'Secret {object} 的键 {key}：`data` 的值必须是 Base64；此值不是，API Server 会拒绝该 Secret（明文请放在 `stringData` 下）。'),
    problem: msg('{message}', '{message}'),
  },
};
