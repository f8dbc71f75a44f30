import type { Rule } from './types';
import { msg } from './util';

export const rule: Rule = {
  id: 'syntax-error',
  defaultSeverity: 'error',
  fixable: false,
  docs: {
    summary: msg('The file cannot be read the way Nacos, Spring or Compose read it (a malformed \\uXXXX escape, invalid YAML, an unterminated ${, a missing env_file, a file that is binary or too large).',
      '文件无法按 Nacos、Spring 或 Compose 的方式读取（格式错误的 \\uXXXX 转义、无效的 YAML、未闭合的 ${、缺失的 env_file、二进制或过大的文件）。'),
    versions: 'all',
  },
  messages: {
    problem: msg('{message}', '{message}'),
  },
  checkFile(ctx) {
    const f = ctx.file;
    // Env files are linted only when they feed a Nacos service (SPEC §3.3), with Compose's rules only when Compose
    // reads them (`docker run --env-file` reads them its own way: its problems come from the shell source).
    if (f.kind === 'env' && !ctx.nodes.some(n => n.kind === 'compose-service')) return;
    const problems = f.kind === 'properties' ? f.props.problems : f.kind === 'env' ? f.env.problems : [];
    for (const p of problems) ctx.report({ messageId: 'problem', args: { message: p.message }, path: f.path, span: p.span });
  },
};
