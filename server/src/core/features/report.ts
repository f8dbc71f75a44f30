// The two reports the user opens ("Check Cluster Consistency", "Show Effective Auth Configuration"), rendered once
// here for every front end (the VS Code client only writes and shows them). Values are the explained, masked ones.
import type { Locale } from '../settings';
import type { Message } from '../types';
import { format } from '../util/l10n';
import { K } from '../nacos/keys';
import type { ExplainedNode } from './explain';

export interface ReportFinding {
  /** Workspace-relative path (shown), and the absolute one (for links). */
  path: string;
  absPath: string;
  /** 0-based line. */
  line: number;
  ruleId: string;
  severity: string;
  message: string;
}

export interface ReportInput {
  counts: { nodes: number; clusters: number; errors: number; warnings: number };
  nodes: ExplainedNode[];
  clusters: { id: string; name: string; kind: string }[];
  findings: ReportFinding[];
  locale: Locale;
  /** A Markdown link to a finding's line (relative to where the report is written), or plain text. */
  link(f: ReportFinding): string;
}

const M = {
  title: { en: 'Nacos cluster consistency', 'zh-cn': 'Nacos 集群一致性' },
  counts: { en: '{nodes} nodes in {clusters} clusters · {errors} errors · {warnings} warnings', 'zh-cn': '{clusters} 个集群中共 {nodes} 个节点 · {errors} 个错误 · {warnings} 个警告' },
  disagree: { en: 'members disagree', 'zh-cn': '成员配置不一致' },
  consistent: { en: 'consistent', 'zh-cn': '配置一致' },
  fix: {
    en: 'Fix: open a linked line and use the quick fix (Ctrl+.) "Generate secure identity pair" or "Generate token secret"; it updates every member.',
    'zh-cn': '修复：打开链接的行，使用快速修复（Ctrl+.）“Generate secure identity pair”或“Generate token secret”，它会同时更新所有成员。',
  },
  others: { en: 'Other errors', 'zh-cn': '其他错误' },
  effective: { en: 'Nacos effective auth configuration', 'zh-cn': 'Nacos 实际生效的鉴权配置' },
} satisfies Record<string, Message>;


/**
 * Text from the workspace (paths, service names, values, messages) as inert Markdown: what could open a link, an
 * image, HTML, code or emphasis, or end a table cell is backslash-escaped, and a line break or another control
 * character (which would start a new block) becomes a space or U+FFFD (issue 20, item 16).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd')
    .replace(/[\\`*_[\]<>|&!~#]/g, '\\$&');
}

/** "Check Cluster Consistency": per cluster, its members' identity, secret and switches, and what disagrees. */
export function renderConsistencyReport(r: ReportInput): string {
  const t = (m: Message, args?: Record<string, string | number>) => format(m, r.locale, args);
  const out: string[] = [`# ${t(M.title)}`, ''];
  out.push(t(M.counts, r.counts), '');
  for (const c of r.clusters) {
    const members = r.nodes.filter(n => n.cluster === c.name);
    const clusterFindings = r.findings.filter(f => f.ruleId.startsWith('cluster-') && members.some(m => m.path === f.path || f.path.startsWith(m.path.replace(/[^/]*$/, ''))));
    out.push(`## ${escapeMarkdown(c.name)} (${c.kind}, ${members.length} ${members.length === 1 ? 'node' : 'nodes'}) ${clusterFindings.length ? `⚠ ${t(M.disagree)}` : `✔ ${t(M.consistent)}`}`, '');
    out.push('| node | version | identity key | identity value | token secret | auth.enabled | system.type |', '|---|---|---|---|---|---|---|');
    for (const n of members) {
      const g = (k: string) => escapeMarkdown(n.settings[k]?.value ?? '—');
      const secretKey = n.settings[K.secret] ? K.secret : K.legacySecret;
      out.push(`| ${escapeMarkdown(n.service ?? n.path)} | ${escapeMarkdown(n.serverVersion.value)} (${escapeMarkdown(n.serverVersion.from)}) | ${g(K.identityKey)} | ${g(K.identityValue)} | ${g(secretKey)} | ${g(K.enabled)} | ${g(K.systemType)} |`);
    }
    out.push('');
    for (const f of clusterFindings) out.push(`- **${f.ruleId}** ${r.link(f)}: ${escapeMarkdown(f.message)}`);
    if (clusterFindings.length) out.push('', t(M.fix), '');
  }
  const others = r.findings.filter(f => !f.ruleId.startsWith('cluster-'));
  if (others.length) {
    out.push(`## ${t(M.others)}`, '');
    for (const f of others) out.push(`- **${f.ruleId}** ${r.link(f)}: ${escapeMarkdown(f.message)}`);
  }
  return out.join('\n');
}

/** "Show Effective Auth Configuration": every node's effective settings and where each came from. */
export function renderEffectiveReport(nodes: ExplainedNode[], locale: Locale): string {
  const out: string[] = [`# ${format(M.effective, locale)}`, ''];
  for (const n of nodes) {
    const v = n.serverVersion;
    out.push(`## ${escapeMarkdown(n.id)}`, '', `${n.kind} · cluster ${escapeMarkdown(n.cluster)} · Nacos ${escapeMarkdown(`${v.value} (${v.from}: ${v.detail})`)}`, '', '| setting | value | from |', '|---|---|---|');
    for (const [k, s] of Object.entries(n.settings)) out.push(`| ${k} | ${escapeMarkdown(s.value)} | ${escapeMarkdown(`${s.via}${s.path ? ` (${s.path}${s.line ? `:${s.line}` : ''})` : ''}`)} |`);
    out.push('');
  }
  return out.join('\n');
}

/** A Markdown link from a report written in `reportDir` to a line of `absPath` (`#L<line>` opens it there). */
export function relativeLink(reportDir: string | undefined, absPath: string, shown: string, line: number): string {
  if (!reportDir) return `${escapeMarkdown(shown)}:${line + 1}`;
  const from = reportDir.split('/').filter(Boolean);
  const to = absPath.split('/').filter(Boolean);
  let i = 0;
  while (i < from.length && i < to.length && from[i] === to[i]) i++;
  const rel = [...from.slice(i).map(() => '..'), ...to.slice(i)].map(encodeURIComponent).join('/');
  return `[${escapeMarkdown(shown)}:${line + 1}](${rel}#L${line + 1})`;
}
