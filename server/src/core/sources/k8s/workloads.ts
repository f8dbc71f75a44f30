// Workloads and their pod templates; a container whose image is nacos-server (any registry, tag, `-slim`) is a
// Nacos node: its effective environment, the properties files mounted over the image's conf, replicas and peers.
import type { Span } from '../../types';
import type { KObject } from './objects';
import { dataEntries, resolveContainer } from './env';
import type { EnvContext, ObjectLookup } from './env';
import { link, mapSpan, nodeSpan, placeOf, producedFromScalar } from './place';
import { entry, get, scalarText, seq, str } from './tree';
import type { KMap, KNode, KScalar } from './tree';
import type { ChainLink, ImageRef, K8sProblem, MountedConf, NacosContainer } from './types';

/** Where the pod spec is inside each workload kind. */
const POD_SPEC_PATH: Record<string, string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  DeploymentConfig: ['spec', 'template', 'spec'],
  PodTemplate: ['template', 'spec'],
};
const HAS_REPLICAS = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'DeploymentConfig']);

export function isWorkload(kind: string): boolean {
  return kind in POD_SPEC_PATH;
}

export function podSpecOf(obj: KObject): KNode | undefined {
  const p = POD_SPEC_PATH[obj.kind];
  return p ? get(obj.root, ...p) : undefined;
}

/** Splits an image reference as the container runtime does: [registry/]path[:tag][@digest]. */
export function parseImage(ref: string): { repository: string; tag?: string; digest?: string } {
  let rest = ref.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  let tag: string | undefined;
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { repository: rest, tag, digest };
}

/** `nacos/nacos-server`, `registry.example.com:5000/mirror/nacos-server:v2.4.3-slim`, …: last path segment. */
export function isNacosImage(ref: string): boolean {
  const { repository } = parseImage(ref);
  const last = repository.slice(repository.lastIndexOf('/') + 1);
  return last.toLowerCase() === 'nacos-server';
}

export const CONF_PATHS = ['/home/nacos/conf/application.properties', '/home/nacos/init.d/custom.properties'];

export interface WorkloadContext {
  lookup: ObjectLookup;
  problems: K8sProblem[];
  reported: Set<string>;
  source: NacosContainer['workload']['source'];
}

/** Whether a workload of `kind` with this tree has a container (or init container) whose image is nacos-server:
 *  `nacosContainersOf`'s own test, on a tree read for its values only. */
export function hasNacosContainer(kind: string, root: KMap): boolean {
  const p = POD_SPEC_PATH[kind];
  const spec = p ? get(root, ...p) : undefined;
  if (!spec || spec.k !== 'm') return false;
  for (const field of ['initContainers', 'containers']) {
    for (const c of seq(get(spec, field))) {
      if (c.k !== 'm') continue;
      const image = scalarText(get(c, 'image'));
      if (image && isNacosImage(image)) return true;
    }
  }
  return false;
}

/** The Nacos containers of one workload object. */
export function nacosContainersOf(obj: KObject, wctx: WorkloadContext): NacosContainer[] {
  const spec = podSpecOf(obj);
  if (!spec || spec.k !== 'm') return [];
  const out: NacosContainer[] = [];
  const namespace = str(get(obj.root, 'metadata', 'namespace'));
  const name = str(get(obj.root, 'metadata', 'name'));
  const replicasNode = HAS_REPLICAS.has(obj.kind) ? get(obj.root, 'spec', 'replicas') : undefined;
  let replicas: number | undefined;
  if (HAS_REPLICAS.has(obj.kind)) replicas = !replicasNode || (replicasNode.k === 's' && replicasNode.v === null) ? 1 : replicasNode.k === 's' && typeof replicasNode.v === 'number' ? replicasNode.v : undefined;
  else if (obj.kind === 'DaemonSet') replicas = undefined;
  else replicas = 1;
  const serviceName = obj.kind === 'StatefulSet' ? str(get(obj.root, 'spec', 'serviceName')) : undefined;
  for (const [field, init] of [['initContainers', true], ['containers', false]] as const) {
    seq(get(spec, field)).forEach((c, index) => {
      if (c.k !== 'm') return;
      const imageNode = get(c, 'image');
      const image = scalarText(imageNode);
      if (!image || !isNacosImage(image)) return;
      const ctx: EnvContext = { lookup: wctx.lookup, namespace, path: obj.file.path, problems: wctx.problems, reported: wctx.reported, mode: 'kubectl' };
      const r = resolveContainer(c, ctx);
      const cs = nodeSpan(c.src);
      out.push({
        workload: { kind: obj.kind, name, namespace, path: obj.file.path, span: obj.span, source: obj.template ? 'template' : wctx.source, kustomization: obj.kustomization },
        container: { name: str(get(c, 'name')), init, index, span: cs?.span, path: cs?.path },
        anchor: anchorOf(c, obj),
        image: imageRefOf(image, imageNode),
        replicas,
        serviceName,
        nacosServers: r.env.find((e) => e.name === 'NACOS_SERVERS')?.value,
        env: r.env,
        command: r.command,
        args: r.args,
        mounts: mountsOf(c, spec, namespace, obj, ctx),
        opaqueEnvFrom: r.opaque,
      });
    });
  }
  return out;
}

/** The `image:` key of a container (else its name, the container, the object), where it maps to a written file. */
export function anchorOf(c: KMap, obj: KObject): { path: string; span: Span } | undefined {
  const spanOfKey = (k: string) => {
    const ks = entry(c, k)?.keySrc;
    const r = ks?.node?.range;
    return ks && r ? mapSpan(ks.file, { start: r[0], end: r[1] }) : undefined;
  };
  for (const cand of [spanOfKey('image'), spanOfKey('name')]) if (cand) return { path: cand.path, span: cand.span };
  const rr = c.src?.node?.range;
  const whole = c.src && rr ? mapSpan(c.src.file, { start: rr[0], end: rr[0] }) : undefined;
  if (whole) return { path: whole.path, span: whole.span };
  const m = mapSpan(obj.file, { start: obj.span.start, end: obj.span.start });
  return m ? { path: m.path, span: m.span } : undefined;
}

export function imageRefOf(image: string, node: KNode | undefined): ImageRef {
  const p = parseImage(image);
  const s = node && node.k === 's' ? (node as KScalar) : undefined;
  const place = placeOf(s?.src);
  return {
    ref: image,
    ...p,
    place: place && s?.note ? { ...place, literal: false, offsets: undefined } : place,
    chain: [...(s?.links ?? []), ...(s?.src?.chain ?? [])],
  };
}

function normDir(p: string): string {
  return p.replace(/\/+$/, '');
}

/** ConfigMaps/Secrets mounted over the image's properties files (a whole directory, or one file with subPath). */
function mountsOf(c: KMap, spec: KNode, namespace: string | undefined, obj: KObject, ctx: EnvContext): MountedConf[] {
  const out: MountedConf[] = [];
  const volumes = new Map<string, KNode>();
  for (const v of seq(get(spec, 'volumes'))) {
    const n = str(get(v, 'name'));
    if (n) volumes.set(n, v);
  }
  for (const m of seq(get(c, 'volumeMounts'))) {
    const mountPath = str(get(m, 'mountPath'));
    const volName = str(get(m, 'name'));
    if (!mountPath || !volName) continue;
    const subPath = str(get(m, 'subPath'));
    for (const target of CONF_PATHS) {
      const dir = target.slice(0, target.lastIndexOf('/'));
      const file = target.slice(target.lastIndexOf('/') + 1);
      let pathInVolume: string | undefined;
      if (normDir(mountPath) === target) pathInVolume = subPath ?? undefined;
      else if (normDir(mountPath) === dir) pathInVolume = subPath ? `${subPath.replace(/\/+$/, '')}/${file}` : file;
      if (pathInVolume === undefined) {
        // The whole volume mounted as the file itself: only a single-file volume could do that; not a conf.
        continue;
      }
      const vol = volumes.get(volName);
      const mountLink = link(m.src, `volumeMount ${volName} at ${mountPath}${subPath ? ` (subPath ${subPath})` : ''}`);
      const chain: ChainLink[] = [...(mountLink ? [mountLink] : [])];
      const src = vol && (get(vol, 'configMap') ? { kind: 'ConfigMap' as const, ref: get(vol, 'configMap')!, nameKey: 'name' } : get(vol, 'secret') ? { kind: 'Secret' as const, ref: get(vol, 'secret')!, nameKey: 'secretName' } : undefined);
      if (!src) continue;
      const objName = str(get(src.ref, src.nameKey)) ?? '';
      // items: key → path; without items every key is a file named after it.
      let key: string | undefined = pathInVolume;
      const items = seq(get(src.ref, 'items'));
      if (items.length) {
        key = undefined;
        for (const it of items) if (str(get(it, 'path')) === pathInVolume) key = str(get(it, 'key'));
        if (key === undefined) continue;
      }
      const via = `${src.kind} ${objName} key ${key} mounted at ${target}`;
      const cm = objName ? ctx.lookup.find(src.kind, objName, namespace, obj.file.path) : undefined;
      const object = { kind: src.kind, name: objName, key };
      if (!cm) {
        out.push({ mountPath: target, unknown: `${src.kind} ${objName} is not in the workspace`, via, chain, object });
        continue;
      }
      const dv = dataEntries(cm, ctx).get(key);
      if (!dv || dv.value === undefined) {
        out.push({ mountPath: target, unknown: dv?.unknown ?? `${src.kind} ${objName} has no key ${key}`, via, chain, object });
        continue;
      }
      const s = dv.node && dv.node.k === 's' ? (dv.node as KScalar) : undefined;
      const secretData = src.kind === 'Secret' && dv.field === 'data';
      const name = `${cm.file.path} (${src.kind} ${objName} key ${key})`;
      const text = producedFromScalar(name, dv.value, secretData ? undefined : s, chain);
      if (secretData && s) {
        // Base64 in the manifest: only the whole value is known.
        const p = placeOf(s.src);
        text.origin = () => (p ? { kind: 'written', path: p.path, span: p.span, exact: false, chain } : undefined);
      }
      out.push({ mountPath: target, text, via, chain: [...chain, ...(s?.src?.chain ?? [])], object });
    }
  }
  return out;
}
