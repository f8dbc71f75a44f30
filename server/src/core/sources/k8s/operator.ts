// The nacos-operator's `Nacos` custom resource (nacos.io/v1alpha1) as the pod the operator builds from it
// (nacos-group/nacos-k8s operator/pkg/service/operator/Kind.go, buildStatefulset / buildStatefulsetCluster):
// spec.env, then PREFER_HOST_MODE, FUNCTION_MODE, the certification env (token defaulting to the published
// SecretKey012…), database, MODE/NACOS_REPLICAS and, for clusters, NACOS_SERVERS; spec.config mounted as
// /home/nacos/init.d/custom.properties.
import type { KObject } from './objects';
import { resolveContainer } from './env';
import type { EnvContext } from './env';
import { link, producedFromScalar } from './place';
import { get, scalarText, seq, str } from './tree';
import type { KMap, KNode, KScalar } from './tree';
import type { ChainLink, MountedConf, NacosContainer } from './types';
import { anchorOf, imageRefOf } from './workloads';
import type { WorkloadContext } from './workloads';

/**
 * Which operator the CR is given to. `current`: Kind.go from the "add Certification" commit (fed51e3, 2022-12-21)
 * to HEAD (snapshots 484e82a and 6fe83e3 behave alike for the env). `pre-certification`: before it (27422e4): no
 * certification env and no FUNCTION_MODE.
 */
export type OperatorSnapshot = 'current' | 'pre-certification';

export const OPERATOR_DEFAULT_TOKEN = 'SecretKey012345678901234567890123456789012345678901234567890123456789';
const VIA = 'added by nacos-operator (Kind.go)';

export function isNacosCR(obj: KObject): boolean {
  return obj.kind === 'Nacos' && /^nacos\.io\//.test(obj.apiVersion);
}

function bool(n: KNode | undefined): boolean {
  return !!n && n.k === 's' && n.v === true;
}

/** An env entry the operator adds; `from` is the CR scalar the value came from (its place is kept). */
function added(name: string, value: string, why: string, from?: KScalar, at?: KNode): KMap {
  const v: KScalar = from ? { ...from, v: value, via: `${VIA}: ${why}`, note: from.v === value ? undefined : VIA } : { k: 's', v: value, via: `${VIA}: ${why}`, note: VIA };
  const l = at ? link(at.src, `${VIA}: ${why}`) : undefined;
  if (!from && l) v.links = [l];
  if (from && typeof from.v !== 'string') v.note = VIA;
  return { k: 'm', e: new Map([['name', { value: { k: 's', v: name } }], ['value', { value: v }]]) };
}

export function operatorContainer(obj: KObject, wctx: WorkloadContext, snapshot: OperatorSnapshot = 'current'): NacosContainer | undefined {
  const spec = get(obj.root, 'spec');
  if (!spec || spec.k !== 'm') return undefined;
  const name = str(get(obj.root, 'metadata', 'name'));
  const namespace = str(get(obj.root, 'metadata', 'namespace'));
  const typeNode = get(spec, 'type');
  const type = str(typeNode) || 'standalone';
  const replicasNode = get(spec, 'replicas');
  const replicas = replicasNode && replicasNode.k === 's' && typeof replicasNode.v === 'number' ? replicasNode.v : replicasNode ? undefined : 1;
  const specEnv = seq(get(spec, 'env'));

  // env := append(spec.Env, PREFER_HOST_MODE); a function_mode appends to spec.Env again, dropping PREFER_HOST_MODE.
  const env: KNode[] = [...specEnv];
  const fm = snapshot === 'current' ? str(get(spec, 'function_mode')) : undefined;
  if (fm === 'naming' || fm === 'config') env.push(added('FUNCTION_MODE', fm, 'function_mode', get(spec, 'function_mode') as KScalar));
  else env.push(added('PREFER_HOST_MODE', 'hostname', 'default'));
  const cert = get(spec, 'certification');
  const certOn = snapshot === 'current' && bool(get(cert, 'enabled'));
  if (certOn) {
    const en = get(cert, 'enabled');
    const exp = get(cert, 'token_expire_seconds') as KScalar | undefined;
    const tok = get(cert, 'token') as KScalar | undefined;
    env.push(added('NACOS_AUTH_ENABLE', 'true', 'certification.enabled', undefined, en));
    env.push(exp && scalarText(exp) ? added('NACOS_AUTH_TOKEN_EXPIRE_SECONDS', scalarText(exp)!, 'certification.token_expire_seconds', exp) : added('NACOS_AUTH_TOKEN_EXPIRE_SECONDS', '18000', 'default token_expire_seconds', undefined, en));
    env.push(tok && scalarText(tok) ? added('NACOS_AUTH_TOKEN', scalarText(tok)!, 'certification.token', tok) : added('NACOS_AUTH_TOKEN', OPERATOR_DEFAULT_TOKEN, 'default certification token (setDefaultCertification)', undefined, en));
    env.push(added('NACOS_AUTH_CACHE_ENABLE', bool(get(cert, 'cache_enabled')) ? 'true' : 'false', 'certification.cache_enabled', undefined, get(cert, 'cache_enabled') ?? en));
  }
  const db = get(spec, 'database');
  const dbType = str(get(db, 'type')) || 'embedded';
  if (dbType === 'embedded') env.push(added('EMBEDDED_STORAGE', 'embedded', 'database.type embedded'));
  else if (dbType === 'mysql') {
    env.push(added('SPRING_DATASOURCE_PLATFORM', 'mysql', 'database.type', get(db, 'type') as KScalar));
    const field = (k: string, def: string, envName: string) => {
      const n = get(db, k) as KScalar | undefined;
      const t = scalarText(n);
      env.push(t ? added(envName, t, `database.${k}`, n) : added(envName, def, `default database.${k}`));
    };
    field('mysqlHost', '127.0.0.1', 'MYSQL_SERVICE_HOST');
    field('mysqlPort', '3306', 'MYSQL_SERVICE_PORT');
    field('mysqlDb', 'nacos', 'MYSQL_SERVICE_DB_NAME');
    field('mysqlUser', 'root', 'MYSQL_SERVICE_USER');
    field('mysqlPassword', '123456', 'MYSQL_SERVICE_PASSWORD');
  }
  if (type === 'standalone') env.push(added('MODE', 'standalone', 'type standalone', undefined, typeNode));
  else env.push(added('NACOS_REPLICAS', String(replicas ?? 1), 'replicas', replicasNode as KScalar | undefined));
  if (type === 'cluster') {
    // buildStatefulsetCluster: DOMAIN_NAME from spec.env (last non-empty value) else cluster.local.
    let domain = 'cluster.local';
    for (const e of specEnv) if (str(get(e, 'name')) === 'DOMAIN_NAME' && str(get(e, 'value'))) domain = str(get(e, 'value'))!;
    const n = replicas ?? 1;
    if (namespace && name) {
      const members: string[] = [];
      for (let i = 0; i < n; i++) members.push(`${name}-${i}.${name}-headless.${namespace}.svc.${domain}:8848`);
      env.push(added('NACOS_SERVERS', members.join(' '), 'cluster members', undefined, typeNode));
    } else {
      const v: KScalar = { k: 's', v: null, unknown: 'the operator builds NACOS_SERVERS from the namespace the CR is applied to, which the CR does not name', via: `${VIA}: cluster members` };
      env.push({ k: 'm', e: new Map([['name', { value: { k: 's', v: 'NACOS_SERVERS' } }], ['value', { value: v }]]) });
    }
  }
  const container: KMap = { k: 'm', e: new Map([['env', { value: { k: 'q', items: env } }]]) };
  const ctx: EnvContext = { lookup: wctx.lookup, namespace, path: obj.file.path, problems: wctx.problems, reported: wctx.reported, mode: 'kubectl' };
  const r = resolveContainer(container, ctx);
  const mounts: MountedConf[] = [];
  const config = get(spec, 'config') as KScalar | undefined;
  const configText = scalarText(config);
  if (configText) {
    const l = link(config?.src, 'spec.config');
    const chain: ChainLink[] = l ? [l] : [];
    mounts.push({
      mountPath: '/home/nacos/init.d/custom.properties',
      text: producedFromScalar(`${obj.file.path} (Nacos ${name ?? ''} spec.config)`, configText, config, chain),
      via: `Nacos ${name ?? ''} spec.config, mounted by nacos-operator as /home/nacos/init.d/custom.properties`,
      chain,
    });
  }
  const imageNode = get(spec, 'image');
  const image = scalarText(imageNode);
  return {
    workload: { kind: 'Nacos', name, namespace, path: obj.file.path, span: obj.span, source: 'operator', kustomization: obj.kustomization },
    container: { name, init: false, index: 0 },
    anchor: anchorOf(spec as KMap, obj),
    image: image ? imageRefOf(image, imageNode) : undefined,
    replicas,
    serviceName: type === 'cluster' && name ? `${name}-headless` : undefined,
    nacosServers: r.env.find((e) => e.name === 'NACOS_SERVERS')?.value,
    env: r.env,
    opaqueEnvFrom: r.opaque,
    mounts,
    operator: { behaviour: snapshot === 'current' ? 'nacos-operator since "add Certification" (2022-12-21)' : 'nacos-operator before "add Certification" (2022-12-21)', certification: certOn },
  };
}
