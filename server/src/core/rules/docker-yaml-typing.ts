import type { Rule } from './types';
import type { EnvValue } from '../model/node';
import { isAuthEnvName } from '../nacos/imageEnv';
import { yamlDoubleQuoted } from '../fixes/encode';
import { msg } from './util';

/** Every `environment:` map entry of the service, the overridden ones too (Compose v1 rejects the file either way). */
function mapEntries(env: Map<string, EnvValue>): EnvValue[] {
  const out: EnvValue[] = [];
  const seen = new Set<string>();
  for (const ev of env.values()) {
    for (const v of [ev, ...ev.overridden]) {
      if (v.via === 'env_file' || v.listForm) continue;
      const key = `${v.path}\u0000${v.span.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(v);
    }
  }
  return out;
}

export const rule: Rule = {
  id: 'docker-yaml-typing',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    summary: msg('An unquoted YAML boolean or number as the value of an auth variable in an `environment:` map: Compose v1 rejects it ("contains true, which is an invalid type, it should be a string, number, or a null") and Compose v2 rewrites numbers (`010` becomes `8`, `1e3` becomes `1000`). Quote it.',
      '`environment:` 映射中鉴权变量的值是未加引号的 YAML 布尔值或数字：Compose v1 会拒绝它（"contains true, which is an invalid type, it should be a string, number, or a null"），Compose v2 会改写数字（`010` 变成 `8`，`1e3` 变成 `1000`）。请加上引号。'),
    versions: 'all images (Compose v1 and v2)',
  },
  messages: {
    boolean: msg('{name} is an unquoted YAML boolean: Compose v1 refuses the file ("… which is an invalid type, it should be a string, number, or a null"); quote it.',
      '{name} 的值是未加引号的 YAML 布尔值：Compose v1 会拒绝该文件（"… which is an invalid type, it should be a string, number, or a null"）；请加上引号。'),
    number: msg('{name} is an unquoted YAML number: Compose passes it on as the number it reads, which can differ from what is written (leading zeros, exponents, hex); quote it.',
      '{name} 的值是未加引号的 YAML 数字：Compose 会按解析出的数字传递，可能与所写的不同（前导零、指数、十六进制）；请加上引号。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const info = node.compose;
    if (!info || !node.env) return;
    const read = info.project.read;
    for (const ev of mapEntries(node.env)) {
      if (!isAuthEnvName(ev.name)) continue;
      const kind = ev.yamlValueKind;
      if ((kind !== 'boolean' && kind !== 'number') || ev.yamlScalarType !== 'PLAIN') continue;
      const text = read(ev.path) ?? '';
      const written = text.slice(ev.span.start, ev.span.end);
      // A number Compose passes on exactly as written (`123`, `8848`) changes nothing: only a rewritten one counts.
      if (kind === 'number' && ev.value === written) continue;
      // Quoting keeps exactly what was written; the value itself stays out of the message.
      const fix = { title: 'Quote the value', deterministic: true, isPreferred: true, edits: () => [{ path: ev.path, span: ev.span, newText: yamlDoubleQuoted(written) }] };
      ctx.report({ messageId: kind, args: { name: ev.name }, path: ev.path, span: ev.span, fixes: [fix] });
    }
  },
};
