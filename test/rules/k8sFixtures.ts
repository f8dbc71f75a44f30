// Kubernetes manifests for the rule tests: a workload whose Nacos container gets the given env lines (already
// indented for the `env:` list: `- name: X` at 12 spaces), optionally followed by more documents.
export const M = 'deploy/nacos.yaml';

export function workload(image: string, env: string, more = '', kind = 'StatefulSet'): string {
  return `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: nacos
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: nacos
          image: ${image}
${env ? `          env:\n${env}` : ''}${more ? `---\n${more}` : ''}`;
}

export const envValue = (name: string, value: string) => `            - name: ${name}\n              value: ${value}\n`;
export const envRef = (name: string, kind: 'secretKeyRef' | 'configMapKeyRef', object: string, key: string) =>
  `            - name: ${name}\n              valueFrom:\n                ${kind}:\n                  name: ${object}\n                  key: ${key}\n`;
export const secret = (name: string, field: 'data' | 'stringData', entries: Record<string, string>) =>
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\n${field}:\n${Object.entries(entries).map(([k, v]) => `  ${k}: ${v}\n`).join('')}`;
export const configMap = (name: string, entries: Record<string, string>) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n${Object.entries(entries).map(([k, v]) => `  ${k}: ${v}\n`).join('')}`;
