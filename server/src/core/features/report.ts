// The two reports the user opens ("Check Cluster Consistency", "Show Effective Auth Configuration"), rendered once
// here for every front end (the VS Code client only shows them). Values are the explained, masked ones; the
// consistency matrix compares the real values inside the core and shows only ✔/✘ against each cluster's majority.
import type { Locale } from '../settings';
import type { Message } from '../types';
import type { Cluster, NacosNode } from '../model/node';
import { format, plural } from '../util/l10n';
import { K, secretKeyFor } from '../nacos/keys';
import { decodeSecret, decoderFor } from '../nacos/decoders';
import { versionText } from '../nacos/versions';
import { nodeLabel } from '../rules/util';
import type { ExplainedNode } from './explain';
import { HOVER_MESSAGES } from './hover/messages';

export interface ReportFinding {
  /** Workspace-relative path (shown), and the absolute one (for links). */
  path: string;
  absPath: string;
  /** 0-based line. */
  line: number;
  ruleId: string;
  severity: string;
  message: string;
  /** Cluster rules this finding holds (one cause, one finding): the cluster disagrees even without a cluster-* finding. */
  folded?: string[];
}

export interface ReportInput {
  counts: { nodes: number; clusters: number; errors: number; warnings: number };
  nodes: ExplainedNode[];
  /** The clusters with their nodes (compared inside the core: nothing secret reaches the text). */
  clusters: Cluster[];
  findings: ReportFinding[];
  locale: Locale;
  rel(path: string): string;
  /** A Markdown link to a finding's line (or plain text). */
  link(f: ReportFinding): string;
  /** "Fix this cluster": a Markdown link, or undefined where the front end cannot run it. */
  fixLink?(cluster: Cluster, title: string): string | undefined;
}

const M = {
  title: { en: 'Nacos cluster consistency', 'zh-cn': 'Nacos 集群一致性' },
  counts: { en: '{nodes} in {clusters} · {errors} · {warnings}', 'zh-cn': '{clusters}中共 {nodes} · {errors} · {warnings}' },
  nodes: { en: '{n} node|{n} nodes', 'zh-cn': '{n} 个节点' },
  members: { en: '{n} member|{n} members', 'zh-cn': '{n} 个成员' },
  servers: { en: '{members} ({n} servers)', 'zh-cn': '{members}（{n} 台服务器）' },
  replicas: { en: '{label} ×{n}', 'zh-cn': '{label} ×{n}' },
  clusters: { en: '{n} cluster|{n} clusters', 'zh-cn': '{n} 个集群' },
  errors: { en: '{n} error|{n} errors', 'zh-cn': '{n} 个错误' },
  warnings: { en: '{n} warning|{n} warnings', 'zh-cn': '{n} 个警告' },
  heading: { en: '{name} — {kind}, {members} {state}', 'zh-cn': '{name} — {kind}，{members} {state}' },
  disagree: { en: 'members disagree', 'zh-cn': '成员配置不一致' },
  consistent: { en: 'consistent', 'zh-cn': '配置一致' },
  fixCluster: { en: 'Fix this cluster', 'zh-cn': '修复此集群' },
  fix: {
    en: 'Fix: "Fix this cluster", or open a linked line and use the quick fix (Ctrl+.); it updates every member.',
    'zh-cn': '修复：点击“修复此集群”，或打开链接的行使用快速修复（Ctrl+.），它会同时更新所有成员。',
  },
  legend: { en: '✔ agrees with the majority of the cluster · ✘ differs · — not set', 'zh-cn': '✔ 与集群多数成员一致 · ✘ 不一致 · — 未设置' },
  setting: { en: 'setting', 'zh-cn': '设置' },
  version: { en: 'Nacos version', 'zh-cn': 'Nacos 版本' },
  identity: { en: 'identity pair', 'zh-cn': '身份标识对' },
  secret: { en: 'token secret (decoded)', 'zh-cn': '令牌密钥（解码后）' },
  enabled: { en: 'auth enabled', 'zh-cn': '启用鉴权' },
  systemType: { en: 'auth system type', 'zh-cn': '鉴权类型' },
  others: { en: 'Other errors', 'zh-cn': '其他错误' },
  effective: { en: 'Nacos effective auth configuration', 'zh-cn': 'Nacos 实际生效的鉴权配置' },
  cluster: { en: 'Cluster {name}', 'zh-cn': '集群 {name}' },
  from: { en: 'from', 'zh-cn': '来源' },
  versionFrom: { en: '{v} ({from})', 'zh-cn': '{v}（{from}）' },
} satisfies Record<string, Message>;

/** What kind of grouping made the cluster, in words (never the internal kind names). */
const KIND: Record<Cluster['kind'], Message> = {
  compose: { en: 'compose project', 'zh-cn': 'compose 项目' },
  'cluster-conf': { en: 'same cluster.conf', 'zh-cn': '相同的 cluster.conf' },
  k8s: { en: 'Kubernetes peer list, service or workload', 'zh-cn': 'Kubernetes 对等列表、服务或工作负载' },
  single: { en: 'no cluster evidence', 'zh-cn': '无集群依据' },
  setting: { en: 'nacosAuthLint.clusters setting', 'zh-cn': 'nacosAuthLint.clusters 设置' },
  standalone: { en: 'standalone', 'zh-cn': '单机' },
};

export const REPORT_MESSAGES = { ...M, ...Object.fromEntries(Object.entries(KIND).map(([k, v]) => [`kind.${k}`, v])) } as Record<string, Message>;

/**
 * Members in a stable order: natural sort of their short names. A Kubernetes workload is one member that stands for
 * its replicas: its column says how many (`StatefulSet/nacos ×3`), as they share its configuration.
 */
function members(c: Cluster, rel: (p: string) => string): { node: NacosNode; label: string }[] {
  return c.nodes.map(node => ({ node, label: nodeLabel(node, rel) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true }) || a.node.id.localeCompare(b.node.id))
    .map(m => ((m.node.members ?? 1) > 1 ? { ...m, label: format(M.replicas, 'en', { label: m.label, n: m.node.members! }) } : m));
}

/** Servers a cluster stands for: a workload counts its replicas. */
export function serverCount(c: Cluster): number {
  return c.nodes.reduce((sum, n) => sum + (n.members ?? 1), 0);
}

/** One row of the matrix: a comparable value per member (undefined: not set), never shown itself. */
type Row = { title: Message; value(n: NacosNode): string | undefined; show?(n: NacosNode): string };

const setting = (n: NacosNode, key: string) => n.settings.get(key)?.value;

const ROWS: Row[] = [
  { title: M.identity, value: n => (setting(n, K.identityKey) === undefined && setting(n, K.identityValue) === undefined ? undefined : `${setting(n, K.identityKey) ?? ''}\u0000${setting(n, K.identityValue) ?? ''}`) },
  {
    title: M.secret,
    value: n => {
      const text = setting(n, secretKeyFor(n.version.version));
      if (text === undefined) return undefined;
      const r = decodeSecret(text, decoderFor(n.version.version));
      return r.bytes ? Buffer.from(r.bytes).toString('base64') : `invalid\u0000${text}`;
    },
  },
  { title: M.enabled, value: n => setting(n, K.enabled), show: n => plainSwitch(setting(n, K.enabled), /^(true|false|on|off|yes|no|1|0)$/i) },
  { title: M.systemType, value: n => setting(n, K.systemType), show: n => plainSwitch(setting(n, K.systemType), /^(nacos|ldap|oidc)$/i) },
];

/**
 * A switch's value is shown only when it is one of the words the switch takes: anything else (a `${VAR:default}`, a
 * typo, a pasted secret) is not repeated into a report (issue 20 item 12).
 */
function plainSwitch(v: string | undefined, words: RegExp): string {
  if (v === undefined) return '—';
  return words.test(v.trim()) ? v.trim() : '(other value)';
}

/** ✔/✘ per member against the most common value of the row (ties: the first member's value wins). */
function marks(row: Row, list: { node: NacosNode }[]): string[] {
  const values = list.map(m => row.value(m.node));
  const counts = new Map<string | undefined, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let majority = values[0];
  for (const [v, c] of counts) if (c > (counts.get(majority) ?? 0)) majority = v;
  return list.map((m, i) => {
    const v = values[i];
    const mark = v === undefined && majority === undefined ? '—' : v === majority ? '✔' : '✘';
    return row.show ? `${mark} ${cell(row.show(m.node))}` : mark;
  });
}

/** Text for a table cell: pipes and line breaks would break the table; Markdown characters are shown as written. */
function cell(s: string): string {
  return escapeMarkdown(s);
}

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

/** "Check Cluster Consistency": per cluster a settings × members matrix, then one line per mismatch. */
export function renderConsistencyReport(r: ReportInput): string {
  const t = (m: Message, args?: Record<string, string | number>) => format(m, r.locale, args);
  const n = (m: Message, count: number) => plural(m, r.locale, count);
  const out: string[] = [`# ${t(M.title)}`, ''];
  out.push(t(M.counts, { nodes: n(M.nodes, r.counts.nodes), clusters: n(M.clusters, r.counts.clusters), errors: n(M.errors, r.counts.errors), warnings: n(M.warnings, r.counts.warnings) }), '');
  out.push(`_${t(M.legend)}_`, '');
  const sorted = [...r.clusters].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  for (const c of sorted) {
    const list = members(c, r.rel);
    const servers = serverCount(c);
    const memberText = servers === list.length ? n(M.members, list.length) : t(M.servers, { members: n(M.members, list.length), n: servers });
    const files = new Set(c.nodes.flatMap(x => [x.path, ...x.inputs]));
    const clusterFindings = r.findings.filter(f => (f.ruleId.startsWith('cluster-') || f.folded?.some(x => x.startsWith('cluster-'))) && files.has(f.absPath));
    const fix = clusterFindings.length ? r.fixLink?.(c, t(M.fixCluster)) : undefined;
    out.push(`## ${t(M.heading, { name: cell(c.name), kind: t(KIND[c.kind]), members: memberText, state: clusterFindings.length ? `✘ ${t(M.disagree)}` : `✔ ${t(M.consistent)}` })}`, '');
    if (fix) out.push(fix, '');
    out.push(`| ${t(M.setting)} | ${list.map(m => cell(m.label)).join(' | ')} |`, `|---|${list.map(() => '---').join('|')}|`);
    out.push(`| ${t(M.version)} | ${list.map(m => cell(versionText(m.node.version))).join(' | ')} |`);
    for (const row of ROWS) out.push(`| ${t(row.title)} | ${marks(row, list).join(' | ')} |`);
    out.push('');
    for (const f of clusterFindings) out.push(`- ✘ ${r.link(f)} \`${f.ruleId}\` ${cell(f.message)}`);
    if (clusterFindings.length) out.push('', t(M.fix), '');
  }
  const others = r.findings.filter(f => !f.ruleId.startsWith('cluster-') && !f.folded?.some(x => x.startsWith('cluster-')));
  if (others.length) {
    out.push(`## ${t(M.others)}`, '');
    for (const f of others) out.push(`- **${f.ruleId}** ${r.link(f)}: ${cell(f.message)}`);
  }
  return out.join('\n');
}

/** "Show Effective Auth Configuration": per cluster a settings × members matrix of effective values with their sources. */
export function renderEffectiveReport(
  nodes: ExplainedNode[], locale: Locale, clusters: Cluster[] = [], rel: (p: string) => string = p => p,
  link: (path: string, line: number | undefined) => string = (p, l) => `\`${p}${l ? `:${l}` : ''}\``,
): string {
  const t = (m: Message, args?: Record<string, string | number>) => format(m, locale, args);
  const out: string[] = [`# ${t(M.effective)}`, ''];
  const byId = new Map(nodes.map(x => [x.id, x]));
  const idOf = (n: NacosNode) => (n.service ? `${rel(n.path)}#${n.service}` : rel(n.path));
  const groups = clusters.length
    ? [...clusters].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true })).map(c => ({ c, list: members(c, rel) }))
    : [];
  for (const { c, list } of groups) {
    const cols = list.map(m => ({ label: m.label, e: byId.get(idOf(m.node)) })).filter(x => x.e);
    if (!cols.length) continue;
    out.push(`## ${t(M.cluster, { name: cell(c.name) })} — ${t(KIND[c.kind])}`, '');
    out.push(`| ${t(M.setting)} | ${cols.map(x => cell(x.label)).join(' | ')} |`, `|---|${cols.map(() => '---').join('|')}|`);
    out.push(`| ${t(M.version)} | ${cols.map(x => t(M.versionFrom, { v: cell(x.e!.serverVersion.value), from: cell(HOVER_MESSAGES[locale].versionFrom[x.e!.serverVersion.from] ?? x.e!.serverVersion.from) })).join(' | ')} |`);
    const keys = [...new Set(cols.flatMap(x => Object.keys(x.e!.settings)))];
    for (const k of keys) {
      const cells = cols.map(x => {
        const s = x.e!.settings[k];
        if (!s) return '—';
        return `\`${s.value.replace(/`/g, "'")}\`${s.path ? `<br>${link(s.path, s.line)}` : ` ${cell(s.via)}`}`;
      });
      out.push(`| \`${k}\` | ${cells.join(' | ')} |`);
    }
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

/** A link that runs a command with JSON arguments (front ends that allow the command run it; others show the text). */
export function commandLink(text: string, command: string, args: unknown[]): string {
  return `[${text.replace(/[[\]\\]/g, c => `\\${c}`)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}
