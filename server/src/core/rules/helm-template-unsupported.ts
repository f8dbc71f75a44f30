import type { Rule } from './types';
import { msg } from './util';

// Found by the Helm source after rendering (sources/helm/unused.ts): the chart uses what the renderer does not
// evaluate (`lookup` against a live cluster, `tpl` of a string only known at install time, `.Files.Get` of a file
// that is not in the chart, random or time functions, packaged subcharts). Said once per chart; the values those
// constructs produce are unknown to every other rule (never missing, never a default).
export const rule: Rule = {
  id: 'helm-template-unsupported',
  defaultSeverity: 'info',
  fixable: false,
  docs: {
    summary: msg('A chart template uses a construct the linter does not evaluate (`lookup`, `tpl` of a dynamic string, `.Files.Get` of a missing file, random functions, packaged subcharts): the values it produces are treated as unknown, so the findings for them may be incomplete.',
      'chart 模板使用了 linter 不求值的构造（`lookup`、动态字符串的 `tpl`、读取不存在文件的 `.Files.Get`、随机函数、打包的子 chart）：它们产生的值被视为未知，相关的检查结果可能不完整。'),
    versions: 'all (Helm)',
  },
  messages: {
    unsupported: msg('The chart uses what the linter does not evaluate: {constructs}. The values these produce are unknown (never reported as missing); check them by hand or with `helm template` against the cluster.',
      'chart 使用了 linter 不求值的内容：{constructs}。它们产生的值视为未知（不会被报告为缺失）；请手动检查，或针对集群运行 `helm template`。'),
    problem: msg('{message}', '{message}'),
  },
};
