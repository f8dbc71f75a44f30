import type { Rule } from './types';
import type { Fix } from '../types';
import type { EffectiveSetting, EnvValue, NacosNode } from '../model/node';
import { entrypointCitation, entrypointFacts, splitByEntrypoint, type UnquotedExpansion } from '../nacos/entrypoint';
import { imageLabel } from '../sources/container';
import { msg, setValue } from './util';

/** The entrypoint facts of the node's image tag (a tag that is not a version: the version assumed for it). */
function factsOf(node: NacosNode) {
  const info = node.container;
  if (!info || !node.imageVersion) return undefined;
  return (info.imageVersionFrom === 'tag' ? entrypointFacts(info.tag) : undefined) ?? entrypointFacts(`v${node.imageVersion.text}`);
}

/** Rows whose splitting is a mistake: a value glued to an option (`-Dk=${V}`) or read as one word. Option lists
 *  (JAVA_OPT, JAVA_OPT_EXT), NACOS_SERVERS and JAVA are split on purpose. */
function splitMatters(row: UnquotedExpansion): boolean {
  return row.effect === 'first-word-only' || (row.effect === 'jvm-args' && row.prefix !== '');
}

/** The setting the variable's written place feeds (for the fix), when it is one. */
function settingAt(node: NacosNode, ev: EnvValue): EffectiveSetting | undefined {
  for (const s of node.settings.values()) if (s.written && s.written.name === ev.name && s.value === ev.value && s.provenance?.path === s.written.path) return s;
  return undefined;
}

export const rule: Rule = {
  id: 'docker-entrypoint-word-split',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg("A container variable has a space at its start, end or inside, and the image's docker-startup.sh expands it unquoted into the JVM command line (`-Dnacos.core.auth.enabled=${NACOS_AUTH_ENABLE}`): the value splits into separate arguments and the JVM takes the stray word as its main class, so the server does not start (`NACOS_AUTH_ENABLE= false`). JVM_XMS-style values read as one word lose everything after the space.",
      '容器变量的开头、结尾或中间有空格，而镜像的 docker-startup.sh 在 JVM 命令行中未加引号地展开它（`-Dnacos.core.auth.enabled=${NACOS_AUTH_ENABLE}`）：值被拆成多个参数，JVM 把多出来的词当作主类，服务端无法启动（`NACOS_AUTH_ENABLE= false`）。按单个词读取的 JVM_XMS 等值会丢掉空格后的内容。'),
    versions: 'every nacos/nacos-server image tag (per tag: the variables its docker-startup.sh expands unquoted)',
  },
  messages: {
    split: msg("{name} has white space {where}, and the {image} entrypoint expands it unquoted ({citation}: `{line}`): the JVM gets {words} separate arguments instead of one, takes the stray word as its main class, and the server does not start.",
      '{name} 的{where}有空白字符，而 {image} 的启动脚本未加引号地展开它（{citation}：`{line}`）：JVM 得到 {words} 个独立参数而不是一个，把多出来的词当作主类，服务端无法启动。'),
    truncated: msg("{name} has white space inside, and the {image} entrypoint passes it unquoted to a function that reads one word ({citation}: `{line}`): everything after the first space is silently dropped.",
      '{name} 中间有空白字符，而 {image} 的启动脚本把它未加引号地传给只读取一个词的函数（{citation}：`{line}`）：第一个空格之后的内容被静默丢弃。'),
    modeNotExact: msg("MODE='{value}' is not exactly standalone: the entrypoint compares it as written ([[ \"${MODE}\" == \"standalone\" ]]), so the node starts in cluster mode.",
      "MODE='{value}' 不完全等于 standalone：入口脚本按原样比较（[[ \"${MODE}\" == \"standalone\" ]]），因此节点会以集群模式启动。"),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const facts = factsOf(node);
    if (!facts || !node.env) return;
    for (const ev of node.env.values()) {
      const value = ev.value;
      if (!value || !/[ \t\n]/.test(value)) continue;
      const row = facts.unquoted.find(r => r.variable === ev.name && splitMatters(r));
      if (!row) continue;
      const r = splitByEntrypoint(row, value);
      if (r.outcome !== 'split' && r.outcome !== 'truncated') continue;
      const lead = /^[ \t\n]/.test(value);
      const trail = /[ \t\n]$/.test(value);
      const inner = /\S[ \t\n]+\S/.test(value);
      const where = [lead && 'at the start', inner && 'inside', trail && 'at the end'].filter(Boolean).join(' and ');
      const s = settingAt(node, ev);
      const w = s?.written;
      const trimmed = value.trim();
      const fixes: Fix[] = w && w.literal && trimmed !== '' && !/[ \t\n]/.test(trimmed)
        ? [{ title: 'Remove the white space', deterministic: true, isPreferred: true, edits: () => [setValue(ctx, w, trimmed)] }]
        : [];
      ctx.report({
        messageId: r.outcome,
        args: { name: ev.name, where, image: imageLabel(node), citation: entrypointCitation(facts.tag, row.line), line: row.text.slice(0, 120), words: r.words.length + (row.prefix && lead ? 1 : 0) },
        path: w?.path ?? ev.path,
        span: w?.span ?? ev.span,
        fixes,
        ...(r.outcome === 'truncated' ? { severity: 'warning' as const } : {}),
      });
    }
    // MODE is quoted there, so it never splits; but only the exact word selects standalone (issue 14 #10).
    const mode = node.env.get('MODE');
    if (mode?.value !== undefined && mode.value !== 'standalone' && mode.value.trim() === 'standalone') {
      ctx.report({
        messageId: 'modeNotExact', args: { value: mode.value.replace(/\t/g, '\\t').replace(/\n/g, '\\n') }, path: mode.path, span: mode.innerSpan, severity: 'warning',
        fixes: [{ title: 'Set MODE to standalone', deterministic: true, isPreferred: true, edits: () => [{ path: mode.path, span: mode.innerSpan, newText: 'standalone' }] }],
      });
    }
  },
};
