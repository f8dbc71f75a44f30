// Version explanations in the display language: the model words how it assumed a version in English ("image tag
// v2.5.1", "Nacos 2.5.1 (image tag)"); messages and hovers translate those words at the edge.
import type { Locale } from '../settings';
import type { MessageArgs } from '../util/l10n';

const ZH: [RegExp, string][] = [
  [/ ?\(image tag\)/g, '（镜像标签）'],
  [/ ?\(from the image tag\)/g, '（来自镜像标签）'],
  [/ ?\(after the upgrade\)/g, '（升级后）'],
  [/ ?\(set for this cluster\)/g, '（为此集群设置）'],
  [/ ?\(set for these files\)/g, '（为这些文件设置）'],
  [/ ?\(set in serverVersion\)/g, '（在 serverVersion 中设置）'],
  [/ ?\(as the other members of its cluster\)/g, '（与集群其他成员相同）'],
  [/ ?\(guessed from the keys this file has\)/g, '（根据文件中的配置项推断）'],
  [/ ?\(no version found, so the newest\)/g, '（未找到版本，按最新版本）'],
  [/ ?\(the image's version is not known here\)/g, '（镜像的版本在此未知）'],
  [/ ?\(from the Dockerfile that builds the image\)/g, '（来自构建镜像的 Dockerfile）'],
  [/ ?\(setting\)/g, '（设置）'],
  [/ ?\(fingerprint\)/g, '（文件中的配置项）'],
  [/ ?\(default\)/g, '（默认假设）'],
  [/ ?\(cli\)/g, '（命令行）'],
  [/^the image tag is empty after interpolation \((.+) not defined here\): any image release$/, '插值后镜像标签为空（此处未定义 $1）：可能是任一镜像版本'],
  [/^the image tag is empty after interpolation: any image release$/, '插值后镜像标签为空：可能是任一镜像版本'],
  [/^image tag "(.+)" is not a version: any image release$/, '镜像标签 "$1" 不是版本号：可能是任一镜像版本'],
  [/^the image tag is not known here \((.+)\): any image release$/, '此处无法得知镜像标签（$1）：可能是任一镜像版本'],
  [/^image tag (.+)$/, '镜像标签 $1'],
  [/^image (nacos\/nacos-server:.+)$/, '镜像 $1'],
  [/^nacos\/nacos-server:latest is (.+)$/, 'nacos/nacos-server:latest 即 $1'],
  [/^no version(?: hint)? found; assuming the newest 3\.x \((.+)\)$/, '未找到版本线索；假定为最新的 3.x（$1）'],
  [/^(\S+) is only read by 3\.x$/, '$1 仅由 3.x 读取'],
  [/^(\S+) is only read from 2\.1\.0 on \(no 3\.x-only key present\)$/, '$1 从 2.1.0 起才被读取（没有仅由 3.x 读取的配置项）'],
  [/^(\S+) is only read up to 2\.0\.4$/, '$1 仅由 2.0.4 及更早版本读取'],
];

/** A version label or explanation in the display language (unknown texts stay as they are). */
export function localizeVersionText(text: string, locale: Locale): string {
  if (locale !== 'zh-cn') return text;
  let out = text;
  for (const [re, zh] of ZH) out = out.replace(re, zh);
  return out;
}

/** Message arguments with their version labels translated (`{version}` of the rules' messages). */
export function localizeArgs<T extends MessageArgs | undefined>(args: T, locale: Locale): T {
  if (locale !== 'zh-cn' || !args) return args;
  const out: MessageArgs = {};
  for (const [k, v] of Object.entries(args)) out[k] = typeof v === 'string' && /^Nacos \S+ \(/.test(v) ? localizeVersionText(v, locale) : v;
  return out as T;
}
