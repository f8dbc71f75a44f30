// What the editor shows around fixes, worded once for every front end: quick-fix titles in the display language with
// their scope ("… for nacos1–nacos3 (2 files)"), the suppression and documentation actions, and the message after a
// fix that changed several members. Fix titles stay English inside the core (they identify a fix: `fixEdits`); they
// are translated here, at the edge.
import type { Locale } from '../settings';
import type { FixScope, Message } from '../types';
import { format, plural } from '../util/l10n';
import { nodeLabel } from '../rules/util';

/** Findings that mark a definition nothing reads (editors fade it: DiagnosticTag.Unnecessary). */
export const DEAD_DEFINITION_RULES: ReadonlySet<string> = new Set(['duplicate-key', 'shadowed-by-conf', 'setting-for-other-version', 'docker-mounted-properties-ignore-env']);

/** English title patterns → Chinese (first match wins; `$1`… are the captured parts). */
const TITLES: [RegExp, string][] = [
  [/^(.*) in the project \.env \(referenced as \$\{VAR\}\)$/, '$1（写入项目 .env，以 ${VAR} 引用）'],
  [/^Generate secure identity pair$/, '生成安全的身份标识对'],
  [/^Generate secure identity value \(keep the key\)$/, '生成安全的身份标识值（保留键）'],
  [/^Generate token secret \((\d+) bytes, (HS\d+)\)$/, '生成令牌密钥（$1 字节，$2）'],
  [/^Use (.+)'s identity pair everywhere$/, '所有成员改用 $1 的身份标识对'],
  [/^Use (.+)'s token secret everywhere$/, '所有成员改用 $1 的令牌密钥'],
  [/^Remove the quotes$/, '去掉引号'],
  [/^Trim white space$/, '去掉首尾空白'],
  [/^Remove this earlier line$/, '删除前面这一行'],
  [/^Remove the userAgentAuthWhite setting$/, '删除 userAgentAuthWhite 设置'],
  [/^Remove the backslash$/, '删除反斜杠'],
  [/^Escape the backslash$/, '转义反斜杠'],
  [/^Remove this override \(use the shared file\)$/, '删除此处的覆盖（使用共享文件中的值）'],
  [/^Remove (.+)$/, '删除 $1'],
  [/^Set to 18000 \(5 hours\)$/, '设为 18000（5 小时）'],
  [/^Set (\S+) to (.+)$/, '将 $1 设为 $2'],
  [/^Rename the identity key to (.+)$/, '将身份标识键改名为 $1'],
  [/^Sanitize the identity key to (.+)$/, '将身份标识键规范为 $1'],
  [/^Re-encode the text as Base64 \(keeps the same key bytes as the raw-text fallback\)$/, '将文本重新编码为 Base64（密钥字节与原始文本回退时相同）'],
  [/^Normalise to canonical Base64 \(same key bytes\)$/, '规范为标准 Base64（密钥字节不变）'],
  [/^Rename to (.+)$/, '改名为 $1'],
  [/^Change to (.+)$/, '改为 $1'],
  [/^Convert to UTF-8 without BOM and LF line ends$/, '转换为无 BOM 的 UTF-8，换行改为 LF'],
  [/^Read (\S+) in (.+) \((.+)\)$/, '在 $2 中读取 $1（$3）'],
  [/^Quote the value with single quotes \(no interpolation\)$/, '用单引号括起值（不做变量替换）'],
  [/^Quote the value$/, '给值加引号'],
  [/^Move to JAVA_OPT$/, '移到 JAVA_OPT'],
  [/^Define (\S+) in \.env with a generated value$/, '在 .env 中用生成的值定义 $1'],
  [/^Escape \$ as \$\$$/, '将 $ 转义为 $$'],
  [/^Copy (.+) into the service's environment$/, '将 $1 复制到服务的 environment 中'],
  [/^Add the missing variables with generated values$/, '用生成的值补上缺少的变量'],
];

export const ACTION_MESSAGES = {
  scope: { en: '{title} for {members} ({files})', 'zh-cn': '{title}：{members}（{files}）' },
  scopeFiles: { en: '{title} ({files})', 'zh-cn': '{title}（{files}）' },
  files: { en: '{n} file|{n} files', 'zh-cn': '{n} 个文件' },
  suppressLine: { en: 'Suppress {rule} on this line', 'zh-cn': '在此行禁用 {rule}' },
  suppressCluster: { en: 'Suppress {rule} for cluster {cluster} ({places})', 'zh-cn': '在集群 {cluster} 中禁用 {rule}（{places}）' },
  suppressLineOnly: {
    en: 'Suppress {rule} on this line only ({why})',
    'zh-cn': '仅在此行禁用 {rule}（{why}）',
  },
  notEverywhere: {
    en: 'a comment cannot be put before every member\'s line: use "rules" in .nacos-auth-lint.json to turn it off for the cluster',
    'zh-cn': '无法在每个成员的那一行前加注释：要对整个集群关闭，请在 .nacos-auth-lint.json 的 "rules" 中设置',
  },
  places: { en: '{n} place|{n} places', 'zh-cn': '{n} 处' },
  showDoc: { en: 'Show documentation for {rule}', 'zh-cn': '查看 {rule} 的文档' },
  fixAll: { en: 'Fix all auto-fixable Nacos auth problems', 'zh-cn': '修复所有可自动修复的 Nacos 鉴权问题' },
  restart: {
    en: 'Changed {members} in {files}. Restart all members together: a member restarted alone cannot talk to the others (HTTP 403).',
    'zh-cn': '已修改 {members}（{files}）。请同时重启所有成员：单独重启的成员无法与其他成员通信（HTTP 403）。',
  },
  openReport: { en: 'Open report', 'zh-cn': '打开报告' },
  consistencyTitle: { en: 'Nacos Cluster Consistency', 'zh-cn': 'Nacos 集群一致性' },
  effectiveTitle: { en: 'Nacos Effective Auth Configuration', 'zh-cn': 'Nacos 实际生效的鉴权配置' },
  fixedCluster: { en: 'Fixed {n} kinds of mismatch in cluster {cluster}.', 'zh-cn': '已修复集群 {cluster} 中的 {n} 类不一致。' },
  fixClusterLabel: { en: 'Fix cluster {cluster}', 'zh-cn': '修复集群 {cluster}' },
  nothingToFix: { en: 'Cluster {cluster} has no mismatch to fix.', 'zh-cn': '集群 {cluster} 没有需要修复的不一致。' },
  addToGitignore: { en: 'Add {file} to .gitignore', 'zh-cn': '将 {file} 加入 .gitignore' },
  createdFile: { en: 'The fix created {file}, which holds secrets.', 'zh-cn': '修复创建了 {file}，其中包含密钥。' },
  otherFiles: { en: 'Nacos: this fix edits {files} (every member of the cluster)', 'zh-cn': 'Nacos：此修复会修改 {files}（集群中的每个成员）' },
  otherFilesDetail: {
    en: 'The edits below are the whole fix: Apply changes every member together (this entry itself changes nothing).',
    'zh-cn': '下面的修改就是完整的修复：“应用”会同时修改所有成员（此条目本身不做任何修改）。',
  },
  noPublishedPair: {
    en: 'No published identity pair found in the workspace. Open a Nacos configuration file and run "Nacos: Generate Secure Identity Pair" there.',
    'zh-cn': '工作区中没有找到公开的身份标识对。请打开 Nacos 配置文件，在其中运行“Nacos: Generate Secure Identity Pair”。',
  },
  replacedPair: { en: 'Replaced the identity pair of {members} ({files}).', 'zh-cn': '已替换 {members} 的身份标识对（{files}）。' },
  openFileFirst: {
    en: 'Open a Nacos configuration file (application.properties, a compose file, an env file) and run the command there.',
    'zh-cn': '请打开 Nacos 配置文件（application.properties、compose 文件或 env 文件），在其中运行此命令。',
  },
  setVersionTitle: { en: 'Not {assumed}? Set the Nacos version of {members}…', 'zh-cn': '不是 {assumed}？设置 {members} 的 Nacos 版本…' },
  whichVersion: {
    en: 'Which Nacos version runs {members}? The linter assumed {assumed} ({why}). The answer is written to .nacos-auth-lint.json.',
    'zh-cn': '{members} 运行的是哪个 Nacos 版本？当前假定为 {assumed}（{why}）。答案会写入 .nacos-auth-lint.json。',
  },
  versionSet: { en: 'Nacos {version} set for {members} in .nacos-auth-lint.json.', 'zh-cn': '已在 .nacos-auth-lint.json 中将 {members} 的 Nacos 版本设为 {version}。' },
} satisfies Record<string, Message>;

export function actionText(key: keyof typeof ACTION_MESSAGES, locale: Locale, args: Record<string, string | number> = {}): string {
  return format(ACTION_MESSAGES[key], locale, args);
}

export function pluralText(key: 'files' | 'places', locale: Locale, n: number): string {
  return plural(ACTION_MESSAGES[key], locale, n);
}

/** A fix title in the display language (unknown titles stay English). */
export function localizeTitle(title: string, locale: Locale): string {
  if (locale !== 'zh-cn') return title;
  for (const [re, zh] of TITLES) {
    const m = re.exec(title);
    if (m) return zh.replace(/\$(\d)/g, (_, i: string) => (i === '1' && re === TITLES[0][0] ? localizeTitle(m[1], locale) : m[Number(i)] ?? ''));
  }
  return title;
}

/** `nacos1–nacos3` for a numbered run, else up to three names and "+N". Stable order (natural sort). */
export function memberRange(labels: string[]): string {
  const names = [...new Set(labels)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (names.length === 0) return '';
  if (names.length === 1) return names[0];
  const parts = names.map(n => /^(.*?)(\d+)$/.exec(n));
  if (parts.every(p => p && p[1] === parts[0]![1])) {
    const nums = parts.map(p => Number(p![2]));
    if (nums.every((x, i) => i === 0 || x === nums[i - 1] + 1) && names.length > 2) return `${names[0]}–${names[names.length - 1]}`;
  }
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 2).join(', ')} +${names.length - 2}`;
}

export function scopeLabels(scope: FixScope, rel: (p: string) => string): string[] {
  return scope.members.map(m => nodeLabel(m, rel));
}

/** The title an editor shows: translated, with the members and files when the fix reaches beyond one place. */
export function fixTitle(title: string, scope: FixScope | undefined, locale: Locale, rel: (p: string) => string): string {
  const base = localizeTitle(title, locale);
  if (!scope || (scope.members.length < 2 && scope.files.length < 2)) return base;
  const files = plural(ACTION_MESSAGES.files, locale, scope.files.length);
  if (scope.members.length < 2) return format(ACTION_MESSAGES.scopeFiles, locale, { title: base, files });
  return format(ACTION_MESSAGES.scope, locale, { title: base, members: memberRange(scopeLabels(scope, rel)), files });
}
