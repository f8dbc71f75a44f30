import type { Rule } from './types';
import { msg } from './util';

// Found by the Helm source after rendering (sources/helm/unused.ts): a key written in a values file or a `--set` flag
// that no template of the chart reads, when its name looks like Nacos auth (`server.security=true`, `identitykey` for
// `identityKey`). Helm ignores such keys silently, so auth is not what the user wrote. A key read only under a
// condition false today, or in a subtree a template uses whole (`toYaml`, `range`), is read.
export const rule: Rule = {
  id: 'helm-unused-value',
  defaultSeverity: 'warning',
  fixable: false,
  docs: {
    summary: msg('A Helm values key (or `--set` key) that looks like an auth setting is read by no template of the chart: Helm ignores it silently, so it has no effect on the Nacos pods.',
      '一个看起来是鉴权设置的 Helm values 键（或 `--set` 键）没有被 chart 的任何模板读取：Helm 会静默忽略它，因此它对 Nacos Pod 没有任何作用。'),
    versions: 'all (Helm)',
  },
  messages: {
    file: msg('`{key}`: no template of the chart reads this key, so it has no effect (Helm ignores keys the templates do not use).',
      '`{key}`：chart 的任何模板都不读取这个键，因此它不起作用（Helm 会忽略模板未使用的键）。'),
    fileSuggest: msg('`{key}`: no template of the chart reads this key, so it has no effect; the templates read `{suggestion}`.',
      '`{key}`：chart 的任何模板都不读取这个键，因此它不起作用；模板读取的是 `{suggestion}`。'),
    set: msg('{flag} `{key}`: no template of the chart reads this key, so it has no effect (Helm ignores keys the templates do not use).',
      '{flag} `{key}`：chart 的任何模板都不读取这个键，因此它不起作用（Helm 会忽略模板未使用的键）。'),
    setSuggest: msg('{flag} `{key}`: no template of the chart reads this key, so it has no effect; the templates read `{suggestion}`.',
      '{flag} `{key}`：chart 的任何模板都不读取这个键，因此它不起作用；模板读取的是 `{suggestion}`。'),
    problem: msg('{message}', '{message}'),
  },
};
