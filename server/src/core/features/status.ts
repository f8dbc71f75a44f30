// The status bar item, worded once here in the display language (the VS Code client only shows it): short text for the
// bar, the rest in the tooltip. Hidden when the workspace has no node and no open document mentions Nacos.
import type { Locale } from '../settings';
import type { Message } from '../types';
import { format, plural } from '../util/l10n';

export interface StatusCounts {
  nodes: number;
  clusters: number;
  errors: number;
  warnings: number;
  infos: number;
  inconsistentClusters: number;
}

export interface StatusText {
  visible: boolean;
  text: string;
  tooltip: string;
  severity: 'error' | 'warning' | 'info';
}

export const STATUS_MESSAGES = {
  noNodeYet: { en: 'Nacos: no node yet', 'zh-cn': 'Nacos：尚无节点' },
  noNodeYetTip: {
    en: 'An open file mentions Nacos but defines no Nacos server yet (for example no nacos/nacos-server image or no auth key).',
    'zh-cn': '打开的文件提到了 Nacos，但还没有定义 Nacos 服务器（例如没有 nacos/nacos-server 镜像或鉴权配置项）。',
  },
  consistent: { en: 'Nacos: {nodes}, consistent', 'zh-cn': 'Nacos：{nodes}，配置一致' },
  problems: { en: 'Nacos: {nodes}, {problems}', 'zh-cn': 'Nacos：{nodes}，{problems}' },
  tooltip: { en: '{clusters} · {inconsistent} · {errors} · {warnings}', 'zh-cn': '{clusters} · {inconsistent} · {errors} · {warnings}' },
  click: { en: 'Click to check cluster consistency.', 'zh-cn': '点击检查集群一致性。' },
  nodes: { en: '{n} node|{n} nodes', 'zh-cn': '{n} 个节点' },
  clusters: { en: '{n} cluster|{n} clusters', 'zh-cn': '{n} 个集群' },
  inconsistent: { en: '{n} inconsistent', 'zh-cn': '{n} 个不一致' },
  errors: { en: '{n} error|{n} errors', 'zh-cn': '{n} 个错误' },
  warnings: { en: '{n} warning|{n} warnings', 'zh-cn': '{n} 个警告' },
  problemCount: { en: '{n} problem|{n} problems', 'zh-cn': '{n} 个问题' },
} satisfies Record<string, Message>;

export function statusText(s: StatusCounts, locale: Locale, nacosDocumentOpen: boolean): StatusText {
  const t = (m: Message, args: Record<string, string | number> = {}) => format(m, locale, args);
  const n = (m: Message, count: number) => plural(m, locale, count);
  if (s.nodes === 0) {
    return { visible: nacosDocumentOpen, text: t(STATUS_MESSAGES.noNodeYet), tooltip: t(STATUS_MESSAGES.noNodeYetTip), severity: 'info' };
  }
  const problems = s.errors + s.warnings;
  const text = problems === 0 && s.inconsistentClusters === 0
    ? t(STATUS_MESSAGES.consistent, { nodes: n(STATUS_MESSAGES.nodes, s.nodes) })
    : t(STATUS_MESSAGES.problems, { nodes: n(STATUS_MESSAGES.nodes, s.nodes), problems: n(STATUS_MESSAGES.problemCount, problems) });
  const tooltip = `${t(STATUS_MESSAGES.tooltip, {
    clusters: n(STATUS_MESSAGES.clusters, s.clusters), inconsistent: n(STATUS_MESSAGES.inconsistent, s.inconsistentClusters),
    errors: n(STATUS_MESSAGES.errors, s.errors), warnings: n(STATUS_MESSAGES.warnings, s.warnings),
  })}\n${t(STATUS_MESSAGES.click)}`;
  const severity = s.errors || s.inconsistentClusters ? 'error' : s.warnings ? 'warning' : 'info';
  return { visible: true, text, tooltip, severity };
}
