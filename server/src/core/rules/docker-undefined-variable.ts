import type { Rule } from './types';
import type { Fix } from '../types';
import type { EnvRef, EnvValue } from '../model/node';
import type { NacosNode } from '../model/node';
import { K } from '../nacos/keys';
import { propertyOfEnv } from '../sources/container';
import { secretPropertiesFor } from '../nacos/keys';
import { isAuthEnvName } from '../nacos/imageEnv';
import { envInsertPoint, newFileInsertPoint, renderInsert } from '../fixes/insert';
import { envLine } from '../fixes/encode';
import { generateIdentityKey, generateIdentityValue, generateTokenSecret } from '../fixes/generate';
import { dirName } from '../util/paths';
import { SECRET_ENV_GENERATORS } from '../fixes/composeEnv';
import { msg } from './util';

/** The variable feeds an auth setting: NACOS_AUTH_* / relaxed names, or JAVA_OPT(_EXT) options for auth keys. */
function feedsAuth(ev: EnvValue): boolean {
  if (isAuthEnvName(ev.name)) return true;
  return (ev.name === 'JAVA_OPT' || ev.name === 'JAVA_OPT_EXT') && /nacos\.core\.auth\./.test(ev.value ?? '');
}

/** `$name` (no braces) inside a longer value is more likely a literal `$`: docker-dollar-in-value reports it. */
function isBareInside(ev: EnvValue, ref: EnvRef, text: string): boolean {
  if (text.startsWith('${', ref.span.start)) return false;
  return !(ref.span.start === ev.innerSpan.start && ref.span.end === ev.innerSpan.end);
}

function generatorFor(node: NacosNode, ev: EnvValue): (() => string) | undefined {
  const p = propertyOfEnv(node, ev.name);
  if (!p || !secretPropertiesFor(node.version.version).includes(p)) return SECRET_ENV_GENERATORS[ev.name];
  if (p === K.identityKey) return generateIdentityKey;
  if (p === K.identityValue) return generateIdentityValue;
  return () => generateTokenSecret(32);
}

export const rule: Rule = {
  id: 'docker-undefined-variable',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('A `${VAR}` (or `- VAR` pass-through) that feeds an auth setting reads a variable defined nowhere — not in the project `.env`, with no default: Compose substitutes an empty string (or leaves the variable out), silently.',
      '为鉴权配置提供值的 `${VAR}`（或 `- VAR` 透传）读取了一个没有任何地方定义的变量——项目 `.env` 中没有，也没有默认值：Compose 会静默地替换为空字符串（或不设置该变量）。'),
    versions: 'all images',
  },
  messages: {
    undefined: msg('{name} is not defined in .env and has no default: unless it is exported in the shell that runs docker compose, {variable} becomes an empty string.',
      '{name} 未在 .env 中定义，也没有默认值：除非在运行 docker compose 的 shell 中导出了它，否则 {variable} 会变成空字符串。'),
    emptyDefault: msg('{name} is not defined in .env and its default is empty: {variable} becomes an empty string.',
      '{name} 未在 .env 中定义，且默认值为空：{variable} 会变成空字符串。'),
    passThrough: msg('{variable} is passed through from the environment Compose runs in, but .env does not define it: unless it is exported in the shell, the container does not get {variable}.',
      '{variable} 从 Compose 运行时的环境透传，但 .env 中没有定义它：除非在 shell 中导出了它，否则容器不会得到 {variable}。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const info = node.compose;
    if (!info || !node.env) return;
    const read = info.project.read;
    for (const ev of node.env.values()) {
      if (!feedsAuth(ev)) continue;
      for (const ref of ev.refs) {
        if (ref.defined || ref.contributes === false) continue;
        const text = read(ref.path) ?? '';
        let messageId: 'undefined' | 'emptyDefault' | 'passThrough';
        if (ev.passThrough) messageId = 'passThrough';
        else if (!ref.op) {
          if (isBareInside(ev, ref, text)) continue;
          messageId = 'undefined';
        } else if ((ref.op === ':-' || ref.op === '-') && /^\$\{\w+:?-\}$/.test(text.slice(ref.span.start, ref.span.end))) messageId = 'emptyDefault';
        else continue; // `:?` fails in Compose itself (syntax-error); `:+` / a non-empty default are deliberate
        const gen = generatorFor(node, ev);
        const fixes: Fix[] = [];
        if (gen) {
          const dotPath = info.project.dotEnvPath ?? `${dirName(info.project.files[0])}/.env`;
          const name = ref.name;
          fixes.push({
            title: `Define ${name} in .env with a generated value`,
            deterministic: false,
            isPreferred: true,
            edits: () => {
              const t = read(dotPath);
              const point = t === undefined ? newFileInsertPoint(dotPath) : envInsertPoint(dotPath, t);
              return [renderInsert(point, [envLine(name, gen())])];
            },
          });
        }
        ctx.report({ messageId, args: { name: ref.name, variable: ev.name }, path: ref.path, span: ref.span, fixes });
      }
    }
  },
};
