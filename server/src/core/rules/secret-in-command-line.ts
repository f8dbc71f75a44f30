import type { Rule } from './types';
import type { Fix } from '../types';
import type { EnvValue, NacosNode } from '../model/node';
import { K } from '../nacos/keys';
import { optionWords, propertyOfEnv } from '../sources/container';
import { deleteSpanOf } from '../sources/shell/source';
import { canMoveToEnvFile, moveToEnvFileEdits } from '../fixes/containerEnv';
import { mergePerFile } from '../fixes/cluster';
import { baseName } from '../util/paths';
import { msg } from './util';

/** The values that must stay secret: the identity value and the token secret (the key is only a header name). */
const SECRET_VALUES = new Set<string>([K.identityValue, K.secret, K.legacySecret]);

/** What a `-e` word carries that is secret: the variable's own property, or `-Dk=v` / `--k=v` words inside JAVA_OPT. */
function secretIn(node: NacosNode, ev: EnvValue): string | undefined {
  const prop = propertyOfEnv(node, ev.name);
  if (prop && SECRET_VALUES.has(prop)) return prop;
  if ((ev.name === 'JAVA_OPT' || ev.name === 'JAVA_OPT_EXT') && ev.value) {
    for (const w of optionWords(ev.value)) {
      const m = /^(?:-D|--)([^=]+)=./.exec(w.word);
      if (m && SECRET_VALUES.has(m[1])) return m[1];
    }
  }
  return undefined;
}

/** The command line's own `-e` words that pass a secret written in the committed file (highest first, overridden too). */
function secretWords(node: NacosNode): { ev: EnvValue; property: string }[] {
  const out: { ev: EnvValue; property: string }[] = [];
  for (const top of node.env?.values() ?? []) {
    for (const ev of [top, ...top.overridden]) {
      if (ev.via !== 'command-line' || ev.passThrough || !ev.value || ev.path !== node.commandLine?.path) continue;
      const property = secretIn(node, ev);
      if (property) out.push({ ev, property });
    }
  }
  return out;
}

export const rule: Rule = {
  id: 'secret-in-command-line',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    summary: msg('An identity value or token secret is written on a committed `docker run` command line (a script, a Makefile, a CI step): it leaks through shell history, `ps` and CI logs. Keep it in a git-ignored `--env-file` instead.',
      '身份标识 value 或 token 密钥写在已提交的 `docker run` 命令行中（脚本、Makefile、CI 步骤）：它会通过 shell 历史、`ps` 和 CI 日志泄露。请改为放在被 git 忽略的 `--env-file` 中。'),
    versions: 'all',
  },
  messages: {
    inCommandLine: msg('{name} ({property}) is written on the {program} command line in {file}: every run shows it in `ps`, the shell history and CI logs. Move it to a git-ignored --env-file and reference that file.',
      '{name}（{property}）写在 {file} 的 {program} 命令行中：每次运行都会出现在 `ps`、shell 历史和 CI 日志中。请把它移到被 git 忽略的 --env-file 中并引用该文件。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const cl = node.commandLine;
    // A Markdown block documents a command; it is not run from the repository.
    if (!cl || cl.host === 'markdown') return;
    const words = secretWords(node);
    if (!words.length) return;
    const text = ctx.fixEnv.read(cl.path);
    const moves = text === undefined ? undefined : words.map(({ ev }) => ({ name: ev.name, value: ev.value!, deleteSpan: deleteSpanOf(text, ev.entrySpan) ?? ev.entrySpan }));
    const fixes: Fix[] = moves && canMoveToEnvFile(node, moves, ctx.fixEnv.read) ? [{
      title: cl.envFiles.some(p => ctx.fixEnv.read(p) !== undefined) ? `Move to the env file ${baseName(cl.envFiles.filter(p => ctx.fixEnv.read(p) !== undefined).pop()!)}` : 'Move to a git-ignored env file (nacos-auth.env)',
      deterministic: false,
      isPreferred: true,
      edits: () => mergePerFile(moveToEnvFileEdits(node, moves, ctx.fixEnv.read) ?? [], ctx.fixEnv.read),
    }] : [];
    for (const { ev, property } of words) {
      ctx.report({
        messageId: 'inCommandLine',
        args: { name: ev.name, property, program: cl.program, file: baseName(cl.path) },
        path: ev.path,
        span: ev.entrySpan,
        fixes,
      });
    }
  },
};
