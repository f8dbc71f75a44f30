import type { Rule } from './types';
import { entrypointFacts, entrypointScript, splitByEntrypoint } from '../nacos/entrypoint';
import { NEWEST_3X } from '../nacos/versions';
import type { NacosNode } from '../model/node';
import { msg } from './util';

/** The tag's docker-startup.sh facts: the tag as written, else the image version (`latest` is the newest 3.x). */
function factsFor(node: NacosNode) {
  const tag = node.container?.tag;
  if (tag === undefined) return undefined;
  return entrypointFacts(tag === '' || tag === 'latest' ? `v${NEWEST_3X}` : tag)
    ?? (node.imageVersion ? entrypointFacts(`v${node.imageVersion.text}`) : undefined);
}

const shown = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v).replace(/\t/g, '\\t').replace(/\n/g, '\\n');

export const rule: Rule = {
  id: 'docker-env-word-splitting',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg("The image's entrypoint (docker-startup.sh) pastes this variable into the java command line unquoted: a leading or inner space splits it into separate arguments and the JVM does not start (`NACOS_AUTH_ENABLE=\" true\"`). `MODE` is compared exactly: `\" standalone\"` runs in cluster mode.",
      '镜像入口脚本（docker-startup.sh）把该变量不加引号地拼进 java 命令行：开头或中间的空格会把它拆成多个参数，JVM 无法启动（`NACOS_AUTH_ENABLE=" true"`）。`MODE` 按原样比较：`" standalone"` 会以集群模式运行。'),
    versions: 'every nacos/nacos-server tag (the variables per tag)',
  },
  messages: {
    split: msg("The image passes {env} to java unquoted ({script} line {line}): '{value}' becomes the separate arguments {words}, and the JVM does not start (a bare word before -jar is taken as the main class: \"Could not find or load main class {word}\").",
      "镜像把 {env} 不加引号地传给 java（{script} 第 {line} 行）：'{value}' 被拆成多个参数 {words}，JVM 无法启动（-jar 之前的单独单词会被当作主类：\"Could not find or load main class {word}\"）。"),
    truncated: msg("The image passes {env} to a shell function unquoted ({script} line {line}): only the first word of '{value}' is used, the rest is silently dropped.",
      "镜像把 {env} 不加引号地传给一个 shell 函数（{script} 第 {line} 行）：'{value}' 只有第一个单词生效，其余部分被静默丢弃。"),
    modeNotExact: msg("MODE='{value}' is not exactly standalone: the entrypoint compares it as written ([[ \"${MODE}\" == \"standalone\" ]]), so the node starts in cluster mode.",
      "MODE='{value}' 不完全等于 standalone：入口脚本按原样比较（[[ \"${MODE}\" == \"standalone\" ]]），因此节点会以集群模式启动。"),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const env = node.env;
    if (!env || !node.container) return;
    const facts = factsFor(node);
    if (facts) {
      for (const row of facts.unquoted) {
        // JAVA_OPT / JAVA_OPT_EXT are split on purpose (several options); NACOS_SERVERS is a list; JAVA is the command.
        if (row.effect === 'split-list' || row.effect === 'jvm-command' || (row.effect === 'jvm-args' && row.prefix === '')) continue;
        const ev = env.get(row.variable);
        if (!ev?.value) continue;
        const r = splitByEntrypoint(row, ev.value);
        if (r.outcome !== 'split' && r.outcome !== 'truncated') continue;
        const where = row.via ?? row;
        const lead = /^[ \t\n]/.test(ev.value);
        const args = [`${row.prefix}${lead ? '' : r.words[0] ?? ''}`, ...(lead ? r.words : r.words.slice(1))].filter(a => a !== '');
        const bare = lead ? r.words[0] : r.words[1];
        ctx.report({
          messageId: r.outcome,
          args: { env: row.variable, script: entrypointScript(facts.tag).replace(/^nacos-docker-/, ''), line: where.line, value: shown(ev.value), words: args.slice(0, 4).map(a => `'${shown(a)}'`).join(', '), word: shown(bare ?? '') },
          path: ev.path, span: ev.innerSpan, ...(r.outcome === 'truncated' ? { severity: 'warning' as const } : {}),
          // Only surrounding white space has an obvious fix; two words need a person.
          fixes: r.words.length === 1 ? [{ title: `Remove the white space around ${row.variable}`, deterministic: true, isPreferred: true, edits: () => [{ path: ev.path, span: ev.innerSpan, newText: r.words[0] }] }] : [],
        });
      }
    }
    const mode = env.get('MODE');
    if (mode?.value !== undefined && mode.value !== 'standalone' && mode.value.trim() === 'standalone') {
      ctx.report({
        messageId: 'modeNotExact', args: { value: shown(mode.value) }, path: mode.path, span: mode.innerSpan, severity: 'warning',
        fixes: [{ title: 'Set MODE to standalone', deterministic: true, isPreferred: true, edits: () => [{ path: mode.path, span: mode.innerSpan, newText: 'standalone' }] }],
      });
    }
  },
};
