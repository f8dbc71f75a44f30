// GitHub Actions service containers and job containers (`jobs.<id>.services.<name>`, `jobs.<id>.container`): the
// runner starts them with `docker create` from `image:` and `env:` before the steps run, so a Nacos image there is a
// node like a `docker run`. An `env:` value is taken as written (no `$` interpolation); `${{ … }}` is known only when
// the workflow runs: unknown.
import type { EnvValue, NacosNode, WrittenValue, YamlScalarType } from '../../model/node';
import type { ExternalValue } from '../../model/effective';
import type { LintSettings } from '../../settings';
import type { Provenance } from '../../types';
import { YamlFile, type YMap, type YNode } from '../../syntax/yaml/yamlTree';
import { baseName } from '../../util/paths';
import { containerNode, nacosImageTag, type EnvPlaces } from '../container';
import type { SourceContext } from '../types';

const EXPRESSION = /\$\{\{[^}]*\}\}/;

function entries(f: YamlFile, n: YNode | undefined): [string, { key: string; keySpan: { start: number; end: number }; pairSpan: { start: number; end: number }; node: YNode | undefined }][] {
  if (n?.kind !== 'map') return [];
  return [...n.entries].map(([k, e]) => [k, { key: k, keySpan: e.keySpan, pairSpan: e.pairSpan, node: f.conv(e.raw) }]);
}

/** The string a scalar gives the runner (YAML 1.2 core types written back as text). */
function scalarText(f: YamlFile, n: YNode): string | undefined {
  if (n.kind !== 'scalar' || n.isNull) return undefined;
  if (typeof n.value === 'string') return n.value;
  return f.source(n.span).trim();
}

class CiPlaces implements EnvPlaces {
  constructor(private readonly text: string) {}
  external(ev: EnvValue): ExternalValue & { chain: Provenance[] } {
    const via = `env ${ev.name} of the ${ev.envFile ?? 'service'} container in ${baseName(ev.path)}`;
    const provenance = { path: ev.path, span: ev.span, via };
    if (ev.value === undefined) return { value: undefined, unknown: ev.unknown, provenance, chain: [] };
    const quoted = ev.innerSpan.start > ev.span.start;
    const w: WrittenValue = {
      path: ev.path, fileKind: 'yaml', span: ev.span, raw: this.text.slice(ev.span.start, ev.span.end), keySpan: ev.keySpan, name: ev.name,
      quote: quoted ? (this.text[ev.span.start] as '"' | "'") : null, literal: true,
    };
    return { value: ev.value, provenance, written: w, chain: [] };
  }
}

/** The Nacos containers a GitHub Actions workflow starts before its steps. */
export function ciServiceNodes(path: string, text: string, ctx: SourceContext, settings: LintSettings): NacosNode[] {
  const f = ctx.derived(path, text, 'ci-yaml', () => new YamlFile(path, text));
  const root = f.root;
  if (root?.kind !== 'map') return [];
  const out: NacosNode[] = [];
  const places = new CiPlaces(text);
  for (const [jobName, job] of entries(f, f.conv(root.entries.get('jobs')?.raw))) {
    if (job.node?.kind !== 'map') continue;
    const jobMap = job.node as YMap;
    const containers: { name: string; node: YNode | undefined; anchor: { start: number; end: number } }[] = [];
    for (const [name, svc] of entries(f, f.conv(jobMap.entries.get('services')?.raw))) containers.push({ name, node: svc.node, anchor: svc.keySpan });
    const c = jobMap.entries.get('container');
    if (c) containers.push({ name: `${jobName} job`, node: f.conv(c.raw), anchor: c.keySpan });
    for (const { name, node, anchor } of containers) {
      if (!node) continue;
      const imageNode = node.kind === 'scalar' ? node : node.kind === 'map' ? f.conv(node.entries.get('image')?.raw) : undefined;
      const image = imageNode && scalarText(f, imageNode);
      if (!imageNode || image === undefined) continue;
      const expr = EXPRESSION.test(image);
      const known = expr ? image.slice(0, image.search(EXPRESSION)) : image;
      const value = expr ? (known.endsWith(':') ? known : '') : image;
      if (nacosImageTag(expr ? `${value}x` : value) === undefined) continue;
      const env = new Map<string, EnvValue>();
      const envNode = node.kind === 'map' ? f.conv(node.entries.get('env')?.raw) : undefined;
      for (const [key, e] of entries(f, envNode)) {
        const v = e.node;
        if (!v || v.kind !== 'scalar') continue;
        const s = scalarText(f, v);
        const quoted = (v.type === 'QUOTE_DOUBLE' || v.type === 'QUOTE_SINGLE') && v.span.end - v.span.start >= 2;
        const ev: EnvValue = {
          name: key, value: s, path, span: v.span, keySpan: e.keySpan,
          innerSpan: quoted ? { start: v.span.start + 1, end: v.span.end - 1 } : v.span, entrySpan: e.pairSpan, via: 'environment',
          envFile: name, refs: [], yamlScalarType: v.type as YamlScalarType | undefined, listForm: false, passThrough: false, overridden: [],
        };
        if (s !== undefined && EXPRESSION.test(s)) { ev.value = undefined; ev.unknown = `the GitHub Actions expression ${EXPRESSION.exec(s)![0]} is known only when the workflow runs`; }
        env.set(key, ev);
      }
      const n = containerNode({
        id: `${path}#${jobName}/${name}`, kind: 'ci-service', path, service: name, anchor,
        image: { raw: image, value, span: imageNode.span, path, refs: [], ...(expr ? { unknown: `the GitHub Actions expression in the image is known only when the workflow runs` } : {}) },
        env, inputs: [path], places, read: ctx.read, parsedAt: ctx.parsedAt,
        clusterKey: () => `${path}\u0000${jobName}/${name}`,
      }, settings);
      if (n) out.push(n);
    }
  }
  return out;
}
