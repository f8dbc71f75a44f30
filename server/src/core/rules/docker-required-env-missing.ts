import type { Rule } from './types';
import type { Fix, Span } from '../types';
import type { NacosNode } from '../model/node';
import type { Cluster } from '../model/node';
import { imageRequiredEnv, imageRequiredEnvMessage, relaxedEnvToProperty, satisfiesRequiredEnv } from '../nacos/imageEnv';
import { addVariablesEdits, SECRET_ENV_GENERATORS, type Want } from '../fixes/composeEnv';
import { K8sEnvWriter } from '../fixes/k8sEnv';
import { mergePerFile } from '../fixes/cluster';
import type { TextEdit } from '../types';
import { baseName } from '../util/paths';
import { imageLabel } from '../sources/container';
import { msg, versionLabel } from './util';

interface Missing {
  name: string;
  reason: 'entrypoint' | 'placeholder';
  where: { path: string; span: Span };
  /** The placeholder's file (image's own or the mounted one), for the message. */
  file?: string;
}

/**
 * What a compose node's container lacks: the variables the v3 entrypoint demands (facts §4.2, D-255) and the
 * placeholders without a default that nothing answers (v2.2.1 image, or a mounted file: facts §1.11, D-PH).
 */
export function missingEnv(node: NacosNode): Missing[] {
  const info = node.container;
  // An image nothing in the workspace runs: its environment is set where it runs.
  if (!info || !node.imageVersion || info.openEnv) return [];
  const out: Missing[] = [];
  for (const name of imageRequiredEnv(node.imageVersion)) {
    const ev = node.env?.get(name);
    if (satisfiesRequiredEnv(ev?.value) || ev?.unknown) continue;
    // Set by an envFrom of a Secret/ConfigMap not in the workspace (names not known here): not missing.
    if (!ev && info.opaqueEnv?.some(o => !o.prefix || name.startsWith(o.prefix))) continue;
    // An entry written literally empty is fixed where it is; anything else is the service's problem.
    const literalEmpty = ev && ev.value === '' && !ev.passThrough && ev.refs.length === 0;
    const where = literalEmpty ? { path: ev.path, span: ev.span.end > ev.span.start ? ev.span : ev.keySpan } : { path: node.path, span: node.anchor };
    out.push({ name, reason: 'entrypoint', where });
  }
  for (const s of node.settings.values()) {
    if (s.origin !== 'conf-file' || !s.unresolved.length || s.unknown) continue;
    for (const name of s.unresolved) {
      if (out.some(m => m.name === name)) continue;
      const mounted = info.mountedConf && s.written?.path === info.mountedConf.path;
      const where = mounted && s.written ? { path: s.written.path, span: s.written.span } : { path: node.path, span: node.anchor };
      out.push({ name, reason: 'placeholder', where, file: mounted ? baseName(info.mountedConf!.path) : `the application.properties of the ${imageLabel(node)} image` });
    }
  }
  return out;
}

export const rule: Rule = {
  id: 'docker-required-env-missing',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    summary: msg('A nacos/nacos-server container lacks a variable it cannot start without: images ≥ v3.0.0 (and `latest`) exit with code 255 when NACOS_AUTH_TOKEN, NACOS_AUTH_IDENTITY_KEY or NACOS_AUTH_IDENTITY_VALUE is unset or empty — whatever MODE, the auth switches or a mounted application.properties say; the v2.2.1 image fails with "Could not resolve placeholder" when they are unset.',
      'nacos/nacos-server 容器缺少启动必需的变量：v3.0.0 及以上镜像（以及 `latest`）在 NACOS_AUTH_TOKEN、NACOS_AUTH_IDENTITY_KEY 或 NACOS_AUTH_IDENTITY_VALUE 未设置或为空时以退出码 255 退出——与 MODE、鉴权开关或挂载的 application.properties 无关；v2.2.1 镜像在它们未设置时报 "Could not resolve placeholder"。'),
    versions: 'image v2.2.1 (placeholders without defaults), images ≥ v3.0.0 and latest (entrypoint check)',
  },
  messages: {
    entrypoint: msg('Not set or empty in service {service}: {names}. The entrypoint of the {image} image exits with code 255 before Nacos starts ("{exit}"), whatever MODE, the auth switches or a mounted application.properties say.',
      '服务 {service} 中未设置或为空：{names}。{image} 镜像的启动脚本会在 Nacos 启动前以退出码 255 退出（"{exit}"），与 MODE、鉴权开关或挂载的 application.properties 无关。'),
    entrypointRelaxed: msg('Not set or empty in service {service}: {names}. The entrypoint of the {image} image exits with code 255 before Nacos starts ("{exit}"): it checks these exact names, so {relaxed} does not count.',
      '服务 {service} 中未设置或为空：{names}。{image} 镜像的启动脚本会在 Nacos 启动前以退出码 255 退出（"{exit}"）：它只检查这些确切的名称，{relaxed} 不算数。'),
    placeholder: msg('Not set in service {service}: {names}. {version} fails at startup with "Could not resolve placeholder \'{first}\'": {file} reads ${{first}} without a default.',
      '服务 {service} 中未设置：{names}。{version} 启动失败，报 "Could not resolve placeholder \'{first}\'"：{file} 读取了没有默认值的 ${{first}}。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const missing = missingEnv(node);
    if (!missing.length) return;
    // Every member of the cluster that lacks a variable gets the same generated value in one edit (SPEC §8);
    // computed once per cluster, so a 10,000-service file stays linear.
    const cluster = ctx.cluster;
    let fix = cluster ? FIX_BY_CLUSTER.get(cluster) : undefined;
    if (!cluster || !FIX_BY_CLUSTER.has(cluster)) {
      const members = (cluster?.nodes ?? [node]).filter(n => n.compose || n.k8s);
      fix = addFix(members.includes(node) ? members : [node, ...members]);
      if (cluster) FIX_BY_CLUSTER.set(cluster, fix);
    }
    const groups = new Map<string, Missing[]>();
    for (const m of missing) {
      const key = `${m.reason}\u0000${m.where.path}\u0000${m.where.span.start}\u0000${m.where.span.end}`;
      const g = groups.get(key);
      if (g) g.push(m); else groups.set(key, [m]);
    }
    const image = imageLabel(node);
    for (const g of groups.values()) {
      const names = g.map(m => m.name);
      const first = g[0];
      const relaxed = [...(node.env?.values() ?? [])].find(ev => ev.value && relaxedEnvToProperty(ev.name) && !ev.name.startsWith('NACOS_AUTH_'));
      const args: Record<string, string> = first.reason === 'entrypoint'
        ? { service: node.service ?? '', names: names.join(', '), image, exit: imageRequiredEnvMessage(first.name) ?? '', relaxed: relaxed?.name ?? '' }
        : { service: node.service ?? '', names: names.join(', '), first: first.name, file: first.file ?? '', version: versionLabel(node) };
      ctx.report({
        messageId: first.reason === 'placeholder' ? 'placeholder' : relaxed ? 'entrypointRelaxed' : 'entrypoint',
        args,
        ...first.where,
        fixes: fix ? [fix] : [],
      });
    }
  },
};

const FIX_BY_CLUSTER = new WeakMap<Cluster, Fix | undefined>();

function addFix(members: NacosNode[]): Fix | undefined {
  const wants: Want[] = [];
  for (const n of members) for (const m of missingEnv(n)) if (SECRET_ENV_GENERATORS[m.name]) wants.push({ node: n, name: m.name });
  if (!wants.length) return undefined;
  // A reused compose node's container was read in an earlier analysis: its project's reader is the current one.
  const read = members[0].compose?.project.read ?? members[0].container!.read;
  // Compose services get entries (or env-file lines); Kubernetes containers a Secret key and a secretKeyRef.
  const compose = wants.filter(w => w.node.compose);
  const k8s = wants.filter(w => w.node.k8s);
  const edits = (values: Map<string, string>, dryRun: boolean): TextEdit[] | undefined => {
    const out: TextEdit[] = [];
    if (compose.length) {
      const e = addVariablesEdits(compose, values, read, dryRun);
      if (!e) return undefined;
      out.push(...e);
    }
    if (k8s.length) {
      const writer = new K8sEnvWriter(read);
      for (const w of k8s) if (!writer.add(w.node, w.name, values.get(w.name)!)) return undefined;
      out.push(...writer.finish());
    }
    return mergePerFile(out, read);
  };
  // Check that there is a place for every variable now, with stand-in values; generate only when applied.
  if (!edits(new Map(wants.map(w => [w.name, 'x'])), true)) return undefined;
  return {
    title: 'Add the missing variables with generated values',
    deterministic: false,
    isPreferred: true,
    edits: () => {
      const values = new Map<string, string>();
      for (const w of wants) if (!values.has(w.name)) values.set(w.name, SECRET_ENV_GENERATORS[w.name]());
      return edits(values, false) ?? [];
    },
  };
}
