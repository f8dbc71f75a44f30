// The Dockerfile source: an image built FROM nacos/nacos-server:<tag> (through ARG tags and stage chains) with its ENV
// lines and a COPY'd application.properties (or init.d/custom.properties on tags that read it). `builtImage` turns a
// Dockerfile image into what the shared container module needs; the compose source layers a service's environment
// over it (`build:`), and a Dockerfile that nothing in the workspace runs is a node of its own whose runtime
// environment is unknown (what it does not write itself can still be set where it runs).
import type { BuiltImageInfo, ContainerImage, EnvValue, NacosNode, WrittenValue } from '../../model/node';
import type { ExternalValue } from '../../model/effective';
import type { Provenance, Span } from '../../types';
import { baseName, dirName } from '../../util/paths';
import { containerNode, offsetsOf, type EnvPlaces } from '../container';
import type { NodeSource, SourceContext, SourceResult } from '../types';
import { evaluateDockerfile, parseDockerfile } from './evaluate';
import type { DockerfileImage, DockerfileOptions, EnvEntry } from './types';

const EMPTY: SourceResult = { nodes: [], problems: [], absorbed: [] };

export const dockerfileSource: NodeSource = {
  name: 'Dockerfile',
  nodesOf(file, ctx) {
    if (file.kind !== 'dockerfile') return undefined;
    if (!/nacos/i.test(file.text)) return EMPTY;
    const image = imageOfDockerfile(file.path, file.text, ctx, { context: dirName(file.path) });
    if (!image) return EMPTY;
    const built = builtImage(image, ctx, 'dockerfile');
    if (!built) return EMPTY;
    const node = containerNode({
      id: `${file.path}#image`, kind: 'dockerfile-image', path: file.path, service: undefined, anchor: built.image.span,
      image: built.image, env: built.env, inputs: built.inputs, places: built.places, read: ctx.read, parsedAt: ctx.parsedAt,
      ...(built.confMount ? { confMount: built.confMount } : {}),
      ...(built.initDMount ? { initDMount: built.initDMount } : {}),
      ...(built.openConf ? { openConf: built.openConf } : {}),
      openEnv: `the environment ${baseName(file.path)}'s image runs with is set where it runs (nothing in the workspace runs it)`,
      clusterKey: () => `${file.path}\u0000image`,
    }, ctx.settingsFor(file.path));
    if (!node) return EMPTY;
    node.built = built.info;
    const problems = image.problems.filter(p => p.kind === 'error').map(p => ({ path: p.path, span: p.span, message: p.message }));
    return { nodes: [node], problems, absorbed: built.absorbed };
  },
};

/** The image a Dockerfile builds (the last stage, or `target`), its syntax parsed once per text. */
export function imageOfDockerfile(path: string, text: string, ctx: SourceContext, opts: Omit<DockerfileOptions, 'readFile'>): DockerfileImage | undefined {
  const parsed = ctx.derived(path, text, 'dockerfile-parse', () => parseDockerfile(path, text));
  const ev = evaluateDockerfile(parsed, { ...opts, readFile: p => ctx.read(p) });
  if (ev.images.length === 0) return undefined;
  if (!opts.target) return ev.images[ev.images.length - 1];
  const t = opts.target.toLowerCase();
  return ev.images.find(i => i.stage.name === t);
}

export interface BuiltImage {
  image: ContainerImage;
  /** The image's ENV, as container variables (the lowest layer: a run's `-e`, a service's `environment:` win). */
  env: Map<string, EnvValue>;
  places: DockerfilePlaces;
  confMount?: { path: string; mount: { path: string; span: Span } };
  initDMount?: { path: string; mount: { path: string; span: Span } };
  /** The conf copied into the image is not in the workspace (or written inline by a heredoc): why. */
  openConf?: string;
  inputs: string[];
  /** Files that are part of the image, not nodes (the copied conf). */
  absorbed: string[];
  info: BuiltImageInfo;
}

/** A Dockerfile image FROM nacos/nacos-server as container input; undefined when its chain does not end in Nacos. */
export function builtImage(img: DockerfileImage, ctx: SourceContext, usedBy: BuiltImageInfo['usedBy']): BuiltImage | undefined {
  const text = ctx.read(img.path) ?? '';
  const rootStage = img.root;
  let value: string;
  let unknown: string | undefined;
  if (img.nacosTag !== undefined) value = `nacos/nacos-server:${img.nacosTag}`;
  else if (!rootStage.fromKnown && /(^|\/)nacos\/nacos-server(:|$)/.test(rootStage.from)) {
    // FROM nacos/nacos-server:${VERSION} with VERSION not known here.
    value = rootStage.from.slice(0, rootStage.from.lastIndexOf('nacos-server') + 'nacos-server'.length) + ':';
    unknown = `the FROM tag of ${baseName(img.path)} comes from a build argument not known here`;
  } else return undefined;
  const fromSpan = rootStage.fromSpan;
  const image: ContainerImage = { raw: text.slice(fromSpan.start, fromSpan.end), value, span: fromSpan, path: img.path, refs: [], ...(unknown ? { unknown } : {}) };
  const places = new DockerfilePlaces(text);
  const env = new Map<string, EnvValue>();
  for (const e of img.env) {
    const v = places.value(img.path, e);
    env.set(v.name, v);
  }
  const inputs = [img.path];
  const absorbed: string[] = [];
  let openConf: string | undefined;
  let confMount: BuiltImage['confMount'];
  let initDMount: BuiltImage['initDMount'];
  for (const f of img.files) {
    const mount = { path: img.path, span: f.span };
    if (f.sourcePath) inputs.push(f.sourcePath);
    const readable = f.sourcePath !== undefined && ctx.read(f.sourcePath) !== undefined;
    if (f.target === 'application.properties') {
      if (!readable) { openConf = `the application.properties copied into the image (${f.source}) is not in the workspace`; continue; }
      confMount = { path: f.sourcePath!, mount };
      absorbed.push(f.sourcePath!);
    } else if (f.target === 'custom.properties') {
      // Read or ignored by the tag's entrypoint (../container.ts); never a server of its own.
      if (readable) { absorbed.push(f.sourcePath!); initDMount = { path: f.sourcePath!, mount }; }
    }
  }
  // A new ENV goes after the last ENV of the chain, else after the FROM line of the built stage.
  const lastEnv = img.env.reduce<number>((m, e) => Math.max(m, e.written.instructionSpan.end), -1);
  const after = lastEnv >= 0 ? lastEnv : img.stage.instructionSpan.end;
  const nl = text.indexOf('\n', after);
  const envInsertAt = nl < 0 ? text.length : nl + 1;
  return {
    image, env, places, inputs, absorbed, ...(openConf && !confMount ? { openConf } : {}), ...(confMount ? { confMount } : {}), ...(initDMount ? { initDMount } : {}),
    info: { dockerfile: img.path, fromSpan, envInsertAt, usedBy },
  };
}

/** Where a Dockerfile's ENV values were written (fixes edit the ENV line, in its quoting). */
export class DockerfilePlaces implements EnvPlaces {
  private readonly entries = new WeakMap<EnvValue, EnvEntry>();
  constructor(private readonly text: string) {}

  value(path: string, e: EnvEntry): EnvValue {
    const w = e.written;
    const v: EnvValue = {
      name: e.name, value: e.known ? e.value : undefined, path, span: w.valueSpan, keySpan: w.keySpan, innerSpan: w.innerSpan,
      entrySpan: w.entrySpan, via: 'dockerfile', refs: [], listForm: false, passThrough: false, overridden: [],
    };
    if (!e.known) v.unknown = `${e.name} in ${baseName(path)} uses a build argument or base-image variable not known here`;
    this.entries.set(v, e);
    return v;
  }

  has(ev: EnvValue): boolean {
    return this.entries.has(ev);
  }

  external(ev: EnvValue): ExternalValue & { chain: Provenance[] } {
    const e = this.entries.get(ev);
    const via = `ENV ${ev.name} in ${baseName(ev.path)}`;
    const provenance = { path: ev.path, span: ev.span, via };
    if (!e || ev.value === undefined) return { value: undefined, unknown: ev.unknown, provenance, chain: [] };
    const w = e.written;
    const quoted = w.quote === '"' || w.quote === "'";
    const literal = w.literal && w.offsets.every(o => o >= 0);
    const span = quoted ? w.innerSpan : w.valueSpan;
    const written: WrittenValue = {
      path: ev.path, fileKind: 'dockerfile', span, raw: this.text.slice(span.start, span.end), keySpan: w.keySpan, name: ev.name,
      quote: quoted ? (w.quote as '"' | "'") : null, literal,
    };
    if (literal) written.offsets = this.text.slice(span.start, span.end) === ev.value ? offsetsOf(span.start, ev.value.length) : [...w.offsets, span.end];
    return { value: ev.value, provenance: { path: ev.path, span, via }, written, chain: [] };
  }
}

export type { NacosNode };
