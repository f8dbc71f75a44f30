// The Dockerfile source: an image built FROM nacos/nacos-server:<tag> (through ARG tags and stage chains) with its ENV
// lines and a COPY'd application.properties (or init.d/custom.properties on tags that read it). `builtImage` turns a
// Dockerfile image into what the shared container module needs; the compose source layers a service's environment
// over it (`build:`), and a Dockerfile that nothing in the workspace runs is a node of its own whose runtime
// environment is unknown (what it does not write itself can still be set where it runs). A Dockerfile whose chain does
// not end in a known nacos/nacos-server tag but that copies a conf into a Nacos home (a distribution downloaded onto
// another base, FROM a locally built image, FROM nacos/nacos-server:${UNKNOWN}) builds a Nacos image of unknown
// version: the copied conf is that image's, not a server of its own, and its version is every release.
import type { BuiltImageInfo, ContainerImage, EnvValue, NacosNode, WrittenValue } from '../../model/node';
import type { ExternalValue } from '../../model/effective';
import type { Provenance, Span } from '../../types';
import { baseName, dirName } from '../../util/paths';
import { settingVersion } from '../../model/effective';
import { exactVersion, OLDEST_IMAGE, parseVersion, RELEASES, unknownVersion, type AssumedVersion, type NacosVersion } from '../../nacos/versions';
import type { LintSettings } from '../../settings';
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
    // Nothing in the workspace builds it: its build args are the builder's (an ARG without a default is unknown).
    const image = imageWithConf(file.path, file.text, ctx);
    if (!image) return EMPTY;
    const built = builtImage(image, ctx, 'dockerfile', { custom: true });
    if (!built) return EMPTY;
    const settings = ctx.settingsFor(file.path);
    const make = (version?: AssumedVersion): NacosNode | undefined => {
      const n = containerNode({
        id: `${file.path}#image`, kind: 'dockerfile-image', path: file.path, service: undefined, anchor: built.image.span,
        image: built.image, env: built.env, inputs: built.inputs, places: built.places, read: ctx.read, parsedAt: ctx.parsedAt,
        ...(built.confMount ? { confMount: built.confMount } : {}),
        ...(built.initDMount ? { initDMount: built.initDMount } : {}),
        ...(built.openConf ? { openConf: built.openConf } : {}),
        ...(built.custom ? { customImage: built.custom } : {}),
        ...(version ? { version } : {}),
        openEnv: `the environment ${baseName(file.path)}'s image runs with is set where it runs (nothing in the workspace runs it)`,
        clusterKey: () => `${file.path}\u0000image`,
      }, settings);
      if (n) n.built = built.info;
      return n;
    };
    let node: NacosNode | undefined;
    const range = builtVersion(built, settings);
    if (range?.range) {
      // Each release of the range is its own image (its tables, its defaults): the engine asks each.
      const at = (v: NacosVersion): NacosNode => {
        const n = make({ ...range, version: v })!;
        n.atVersion = at;
        return n;
      };
      node = at(range.version);
    } else node = make(range);
    if (!node) return EMPTY;
    const problems = image.problems.filter(p => p.kind === 'error').map(p => ({ path: p.path, span: p.span, message: p.message }));
    return { nodes: [node], problems, absorbed: built.absorbed };
  },
};

/** The first image tag whose entrypoint is in the corpus: the oldest an unknown tag of the official image can be. */

/**
 * The image a Dockerfile linted alone builds. Its build context is its folder, unless a conf it copies by name is not
 * there but is below a parent folder (`docker build -f sub/Dockerfile .`, run from the parent): then that folder.
 */
function imageWithConf(path: string, text: string, ctx: SourceContext): DockerfileImage | undefined {
  const hasConf = (img: DockerfileImage | undefined, direct: boolean) =>
    img?.files.some(f => f.target === 'application.properties' && f.exists && (!direct || !f.fromDirectory)) ?? false;
  let dir = dirName(path);
  const first = imageOfDockerfile(path, text, ctx, { context: dir, openArgs: true });
  if (!first || hasConf(first, false) || !/application\.properties/.test(text)) return first;
  const root = ctx.rootFor(path);
  for (let i = 0; i < 3 && dir.length > root.length && dir.startsWith(root); i++) {
    dir = dirName(dir);
    const img = imageOfDockerfile(path, text, ctx, { context: dir, openArgs: true });
    if (hasConf(img, true)) return img;
  }
  return first;
}

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
  /** Not FROM nacos/nacos-server (a download onto another base, a local image): why, naming the Dockerfile. */
  custom?: string;
  /**
   * What the Dockerfile says of the Nacos release inside when its chain names no known tag: a literal distribution
   * (`nacos-server-2.1.0.jar`), or every release (a download of `${VERSION}`, FROM an image not known here).
   */
  buildVersion?: AssumedVersion;
}

/**
 * The version of a node whose image a Dockerfile builds without a known tag (undefined: the usual evidence decides).
 * A version the user set (or the upgrade target) decides over "unknown"; a literal distribution ranks as a tag does.
 */
export function builtVersion(built: BuiltImage, settings: LintSettings): AssumedVersion | undefined {
  const v = built.buildVersion;
  if (!v || settings.targetVersion) return undefined;
  if (v.from === 'unknown' && settingVersion(settings)) return undefined;
  return v;
}

/**
 * A Dockerfile image FROM nacos/nacos-server as container input; undefined when its chain does not end in Nacos. With
 * `custom`, also an image built another way that copies a conf into a Nacos home (a Nacos image of unknown version).
 */
export function builtImage(img: DockerfileImage, ctx: SourceContext, usedBy: BuiltImageInfo['usedBy'], opts: { custom?: boolean } = {}): BuiltImage | undefined {
  const text = ctx.read(img.path) ?? '';
  const rootStage = img.root;
  const fromSpan = rootStage.fromSpan;
  const fromText = text.slice(fromSpan.start, fromSpan.end);
  const where = `${baseName(dirName(img.path))}/${baseName(img.path)}`;
  let value: string;
  let unknown: string | undefined;
  let custom: string | undefined;
  let buildVersion: AssumedVersion | undefined;
  if (img.nacosTag !== undefined) value = `nacos/nacos-server:${img.nacosTag}`;
  else if (!rootStage.fromKnown && /(^|\/)nacos\/nacos-server(:|$)/.test(rootStage.from)) {
    // FROM nacos/nacos-server:${VERSION} with VERSION not known here.
    value = rootStage.from.slice(0, rootStage.from.lastIndexOf('nacos-server') + 'nacos-server'.length) + ':';
    unknown = `the FROM tag of ${baseName(img.path)} comes from a build argument not known here`;
    buildVersion = unknownVersion(`built by ${where} FROM ${fromText}, whose tag is a build argument not known here`, OLDEST_IMAGE);
  } else if (opts.custom && img.files.some(f => f.target === 'application.properties')) {
    value = rootStage.from;
    // The distribution it downloads or copies names the release, unless a build argument does.
    const dists = [...text.matchAll(/nacos-server-([^\s/"'\\]+?)\.(tar\.gz|zip|jar)\b/g)];
    const words = new Set(dists.map(d => d[1]));
    const word = words.size === 1 ? [...words][0] : undefined;
    const arg = word !== undefined ? /^\$\{?([A-Za-z_]\w*)\}?$/.exec(word)?.[1] : undefined;
    // `nacos-server-${NACOS_VERSION}`: the ARG's value (a build arg given, else its default) when it is a release
    // (`ARG VERSION=0.0.0` is a placeholder the builder replaces).
    const argValue = arg !== undefined ? argValueOf(img, text, arg) : undefined;
    const literal = word === undefined ? undefined : release(arg !== undefined ? argValue?.value : word);
    const base = fromText.replace(/@sha256:[0-9a-f]+$/i, '');
    if (literal) {
      const d = dists[0];
      buildVersion = exactVersion(literal, 'build', arg !== undefined
        ? `built by ${where} from a download of Nacos \${${arg}}: ${literal.text}, ${argValue!.given ? 'the build argument' : 'the default of ARG'} ${arg}`
        : `built by ${where} from nacos-server-${d[1]}.${d[2]}`);
    } else {
      buildVersion = unknownVersion(dists.length
        ? `built by ${where} from a download of Nacos ${dists[0][1]}${/\$/.test(dists[0][1]) ? ', a build argument not known here' : ''}`
        : !rootStage.fromKnown || rootStage.base.kind === 'unknown'
        ? `built by ${where} FROM ${base}, an image not known here`
        : `built by ${where} FROM ${base}, with a Nacos conf copied in; the Nacos release inside is not known here`);
    }
    unknown = buildVersion.detail;
    custom = `${where} does not build FROM nacos/nacos-server: its entrypoint and environment handling are not the official image's`;
  } else return undefined;
  const image: ContainerImage = { raw: fromText, value, span: fromSpan, path: img.path, refs: [], ...(unknown ? { unknown } : {}) };
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
    } else if (f.target === 'custom.properties' && !custom) {
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
    ...(custom ? { custom } : {}), ...(buildVersion ? { buildVersion } : {}),
  };
}

/** A release of Nacos named by `text` (`2.3.2`, `v2.3.2`), not a placeholder like `0.0.0`. */
function release(text: string | undefined): NacosVersion | undefined {
  const v = text === undefined ? undefined : parseVersion(text);
  return v && RELEASES.includes(v.text) ? v : undefined;
}

/** The value of an ARG the Dockerfile uses outside what the reader evaluates (a RUN line): the target chain's ARG, else
 *  the first default written for that name in any stage. */
function argValueOf(img: DockerfileImage, text: string, name: string): { value: string; given: boolean } | undefined {
  const a = img.args.find(x => x.name === name && x.known && x.value !== undefined);
  if (a) return { value: a.value!, given: a.source === 'build-arg' };
  const re = new RegExp(`^[ \\t]*ARG[ \\t]+${name}=["']?([^\\s"']+)`, 'im');
  const m = re.exec(text);
  return m ? { value: m[1], given: false } : undefined;
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
