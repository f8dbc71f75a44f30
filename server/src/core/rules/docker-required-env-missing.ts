import type { Rule } from './types';
import type { Fix, Span } from '../types';
import type { NacosNode, WrittenValue } from '../model/node';
import { replaceValueEdit } from '../fixes/encode';
import type { Cluster } from '../model/node';
import { imageRequiredEnv, imageRequiredEnvMessage, relaxedEnvToProperty, satisfiesRequiredEnv } from '../nacos/imageEnv';
import { addVariablesEdits, SECRET_ENV_GENERATORS, type Want } from '../fixes/composeEnv';
import { K8sEnvWriter } from '../fixes/k8sEnv';
import { canAddContainerEnv, containerAddEdits } from '../fixes/containerEnv';
import { mergePerFile } from '../fixes/cluster';
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
      const members = (cluster?.nodes ?? [node]).filter(n => n.compose || n.commandLine || n.k8s);
      fix = addFix(members.includes(node) ? members : [node, ...members], ctx.fixEnv.read);
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

function addFix(members: NacosNode[], read: (p: string) => string | undefined): Fix | undefined {
  const wants: Want[] = [];
  const runs: Want[] = [];
  // Kubernetes containers get a Secret key and a secretKeyRef.
  const k8s: Want[] = [];
  for (const n of members) {
    for (const m of missingEnv(n)) {
      if (!SECRET_ENV_GENERATORS[m.name]) continue;
      if (n.compose) wants.push({ node: n, name: m.name });
      else if (n.k8s) k8s.push({ node: n, name: m.name });
      // A `docker run`: an entry written empty is replaced where it is; otherwise the run gets an env file.
      else if (n.commandLine) runs.push({ node: n, name: m.name });
    }
  }
  if (!wants.length && !runs.length && !k8s.length) return undefined;
  const k8sEdits = (values: Map<string, string>) => {
    const writer = new K8sEnvWriter(read);
    for (const w of k8s) if (!writer.add(w.node, w.name, values.get(w.name)!)) return undefined;
    return writer.finish();
  };
  // Check that there is a place for every variable now, with stand-in values; generate only when applied.
  const probe = new Map([...wants, ...runs, ...k8s].map(w => [w.name, 'x']));
  if (wants.length && !addVariablesEdits(wants, probe, read, true)) return undefined;
  if (runs.some(w => !canAddContainerEnv(w.node, read) || emptyWritten(w) === null)) return undefined;
  if (k8s.length && !k8sEdits(probe)) return undefined;
  return {
    title: 'Add the missing variables with generated values',
    deterministic: false,
    isPreferred: true,
    edits: () => {
      const values = new Map<string, string>();
      for (const w of [...wants, ...runs, ...k8s]) if (!values.has(w.name)) values.set(w.name, SECRET_ENV_GENERATORS[w.name]());
      const edits = wants.length ? addVariablesEdits(wants, values, read) ?? [] : [];
      const adds = [];
      for (const w of runs) {
        const empty = emptyWritten(w);
        if (empty) edits.push(replaceValueEdit(empty, values.get(w.name)!, read(empty.path)));
        else adds.push({ node: w.node, name: w.name, value: values.get(w.name)! });
      }
      if (k8s.length) edits.push(...(k8sEdits(values) ?? []));
      return mergePerFile([...edits, ...(containerAddEdits(adds, read) ?? [])], read);
    },
  };
}

/** The written place of a run's variable that is set but empty (`-e NACOS_AUTH_TOKEN=`); null when it is set
 *  empty in a way no edit can fill (through a variable), undefined when it is not written. */
function emptyWritten(w: Want): WrittenValue | null | undefined {
  const ev = w.node.env?.get(w.name);
  if (!ev || ev.value === undefined) return undefined;
  const s = [...w.node.settings.values()].find(x => x.written?.path === ev.path && x.written.name === ev.name && x.value === ev.value);
  return s?.written && s.written.literal ? s.written : null;
}
