// What the nacos/nacos-server image does with a container's environment, whatever defined the container (compose,
// Kubernetes, Helm, `docker run`, a Dockerfile): the sources call `containerNode` with "image reference + environment
// entries with their written places + a mounted conf file", and get the node's effective auth settings the way the
// image computes them (facts §4.1, §4.2, §1.11; SPEC §4), highest first:
//   1. JAVA_OPT_EXT `--k=v` (program arguments after `-jar`; `-Dk=v` there is ignored),
//   2. -D system properties: the user's JAVA_OPT first, then the entrypoint's own `-D` mappings (appended later, so they
//      win for the same key: the JVM keeps the last -D),
//   3. OS environment with Spring's relaxed names (NACOS_CORE_AUTH_* and exact dotted names),
//   4. conf/application.properties: a workspace file mounted over it, else the image's own file for the image version,
//      whose `${NACOS_AUTH_*:default}` placeholders read 1–3,
//   5./6. the jar's embedded file and code defaults (addDefaults).
import { imageAnomalies, imageEnvMappings, relaxedEnvToProperty, type ImageEnvMapping } from '../nacos/imageEnv';
import { imageAuthProperties, parsePlaceholder } from '../nacos/imageProperties';
import { namedRelease, NEWEST_3X, OLDEST_IMAGE, parseVersion, unknownVersion, type AssumedVersion, type NacosVersion } from '../nacos/versions';
import { isAuthKey, secretKeyFor, TRACKED_KEYS } from '../nacos/keys';
import type { LintSettings } from '../settings';
import type { Provenance, Span } from '../types';
import type { ParsedFile } from '../syntax/files';
import { baseName } from '../util/paths';
import { entrypointFacts } from '../nacos/entrypoint';
import type { ContainerImage, ContainerInfo, EffectiveSetting, EnvValue, MountedConf, NacosNode, NodeKind, WrittenValue } from '../model/node';
import type { PropertiesFile } from '../syntax/properties/parser';
import { addDefaults, assumeVersion, settingsFromProperties, type ExternalValue } from '../model/effective';

export const CONF_DIR = '/home/nacos/conf';
export const CONF_TARGET = `${CONF_DIR}/application.properties`;
export const INIT_D_DIR = '/home/nacos/init.d';
export const INIT_D_TARGET = `${INIT_D_DIR}/custom.properties`;

/** Where the value of a container variable was really written: the source knows (a `.env` line, a Secret, …). */
export interface EnvPlaces {
  external(ev: EnvValue, env: Map<string, EnvValue>): ExternalValue & { chain: Provenance[] };
}

/** A container that may run Nacos, as a source describes it. */
export interface ContainerInput {
  id: string;
  kind: NodeKind;
  /** The file that defines the container. */
  path: string;
  service?: string;
  /** Where node-level findings go (the service name, the container entry). */
  anchor: Span;
  image: ContainerImage;
  env: Map<string, EnvValue>;
  /** A workspace file mounted over conf/application.properties, and where the mount is declared; `props`/`text` when
   *  the source parsed it already (a ConfigMap's block scalar, with spans mapped into `path`). */
  confMount?: { path: string; mount: { path: string; span: Span }; props?: PropertiesFile; text?: string; embedded?: MountedConf['embedded'] };
  /** A workspace file mounted as /home/nacos/init.d/custom.properties (read by some image tags only). */
  initDMount?: { path: string; mount: { path: string; span: Span } };
  /** Variables the container may get from sources whose keys are not known here (ContainerInfo.opaqueEnv). */
  opaqueEnv?: { reason: string; prefix?: string }[];
  /** A conf file is mounted over the image's, but its text is not known here (a ConfigMap not in the workspace). */
  confUnknown?: { reason: string; via: string };
  /** The environment the container runs with is not all known (an image nothing in the workspace runs): why. */
  openEnv?: string;
  /** The conf file it reads is not in the workspace (mounted from the host, copied from outside): why. */
  openConf?: string;
  /**
   * The image is not known to be nacos/nacos-server (a distribution downloaded onto another base, a local image): why.
   * Its entrypoint, env table and own conf file are not the official image's, so none of them is applied.
   */
  customImage?: string;
  /** The version the source decided (an image whose version is not known here: a range); else from the evidence. */
  version?: AssumedVersion;
  /** Files whose change must re-analyse the node (the source's own, besides the mounted conf). */
  inputs: Iterable<string>;
  /** The cluster grouping key, given the container's sorted NACOS_SERVERS list (SPEC §7): a compose key, or a
   *  whole hint for other kinds. */
  clusterKey(servers: string): string | NacosNode['clusterHint'];
  /** Servers the node stands for (replicas). */
  members?: number;
  places: EnvPlaces;
  read(path: string): string | undefined;
  parsedAt(path: string): ParsedFile | undefined;
}

/** The image tables per version, computed once per version (a 10,000-service file asks for them per variable). */
const MAPPINGS = new Map<string, ImageEnvMapping[]>();
export function mappingsFor(v: NacosVersion): ImageEnvMapping[] {
  const key = `${v.major}.${v.minor}.${v.patch}.${v.hotfix}`;
  let m = MAPPINGS.get(key);
  if (!m) { m = imageEnvMappings(v); MAPPINGS.set(key, m); }
  return m;
}

/**
 * Splits an image reference: `[registry[:port]/]path[:tag][@digest]`. A Nacos server image is `nacos/nacos-server`
 * behind any registry or mirror prefix, or any repository whose last segment is `nacos-server` or `nacos` (images
 * built FROM it). Returns the tag ('latest' when none; '' when `${TAG}` interpolated to nothing), or undefined.
 */
export function nacosImageTag(image: string): string | undefined {
  let ref = image.trim();
  const at = ref.indexOf('@');
  if (at >= 0) ref = ref.slice(0, at);
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  const hasTag = colon > slash;
  const repo = (hasTag ? ref.slice(0, colon) : ref).toLowerCase();
  const last = repo.slice(repo.lastIndexOf('/') + 1);
  if (last !== 'nacos-server' && last !== 'nacos') return undefined;
  if (last === 'nacos' && slash < 0 && !hasTag && at < 0) return undefined; // a bare word "nacos" is too vague
  return hasTag ? ref.slice(colon + 1) : at >= 0 ? '' : 'latest';
}

/** `nacos/nacos-server` on Docker Hub (however it is spelt), whose tags are the published ones. */
function isOfficialRepository(image: string): boolean {
  const ref = image.trim().replace(/@.*$/, '');
  const colon = ref.lastIndexOf(':');
  const repo = (colon > ref.lastIndexOf('/') ? ref.slice(0, colon) : ref).toLowerCase();
  return /^(?:(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\/)?nacos\/nacos-server$/.test(repo);
}

/** An image tag → the Nacos version inside: `latest` is the newest 3.x (facts §4.2), `v2.2.1-slim` is 2.2.1. */
export function imageTagVersion(tag: string): NacosVersion | undefined {
  if (tag === 'latest') return parseVersion(NEWEST_3X);
  return parseVersion(tag);
}

/** The image as messages name it, with the version assumed when the tag does not tell it. */
export function imageLabel(node: NacosNode): string {
  const info = node.container;
  if (!info) return 'nacos-server';
  const v = node.imageVersion?.text ?? node.version.version.text;
  if (node.version.from === 'target') return `nacos-server:v${v} (upgrade target)`;
  if (info.imageVersionFrom === 'tag') return `nacos-server:${info.tag}`;
  if (info.imageVersionFrom === 'latest') return `nacos-server:latest (${v})`;
  return `nacos-server:${info.tag} (${node.version.from === 'default' || node.version.from === 'unknown' ? node.version.detail : `assumed ${v}`})`;
}

/** The property a container variable sets on this node (image placeholder or -D mapping, or relaxed binding). */
export function propertyOfEnv(node: NacosNode, name: string): string | undefined {
  const info = node.container;
  if (info && node.imageVersion) {
    for (const m of mappingsFor(node.imageVersion)) {
      if (m.env !== name) continue;
      if (m.mechanism === 'define' && m.defineWhen !== 'non-empty') continue;
      // A mounted file replaces the image's placeholders: only the -D mappings still read the variable.
      if (m.mechanism === 'placeholder' && info.mountedConf && !mountedReads(info.mountedConf.text, name)) continue;
      return m.property;
    }
  }
  if (name.includes('.')) return isAuthKey(name) ? name : undefined;
  return relaxedEnvToProperty(name);
}

function mountedReads(text: string, name: string): boolean {
  return text.includes(`\${${name}}`) || text.includes(`\${${name}:`);
}

/** Splits an option string the way the entrypoint's unquoted `${JAVA_OPT}` expansion does: on white space (facts §4.2). */
export function optionWords(s: string): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  const re = /\S+/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ word: m[0], start: m.index });
  return out;
}

/** Offset in the file of character `i` of an env value written literally on one line, when it can be known. */
export function valueOffset(read: (p: string) => string | undefined, ev: EnvValue, i: number): number | undefined {
  if (ev.value === undefined || ev.refs.length || ev.passThrough) return undefined;
  const text = read(ev.path);
  if (text === undefined || text.slice(ev.innerSpan.start, ev.innerSpan.end) !== ev.value) return undefined;
  return ev.innerSpan.start + i;
}

export function offsetsOf(start: number, length: number): number[] {
  const out = new Array<number>(length + 1);
  for (let i = 0; i <= length; i++) out[i] = start + i;
  return out;
}

function fromOption(input: ContainerInput, ev: EnvValue, word: { word: string; start: number }, prefix: '-D' | '--', origin: EffectiveSetting['origin']): EffectiveSetting | undefined {
  const body = word.word.slice(prefix.length);
  const eq = body.indexOf('=');
  if (eq <= 0) return undefined;
  const key = body.slice(0, eq);
  const value = body.slice(eq + 1);
  const base = input.places.external(ev, input.env);
  const via = `${prefix}${key} in ${ev.name}`;
  if (!base.written) return { key, value, origin, provenance: base.provenance && { ...base.provenance, via }, chain: base.chain, unresolved: [], via };
  const written: WrittenValue = { ...base.written, keySpan: undefined, deleteSpan: undefined, name: key, offsets: undefined };
  // Point inside the option string when it was written literally in one piece.
  const at = valueOffset(p => input.read(p), ev, word.start + prefix.length + eq + 1);
  if (at !== undefined) {
    written.span = { start: at, end: at + value.length };
    written.offsets = offsetsOf(at, value.length);
    // A word inside another variable's value: no key span and no quoting of its own (fixes/encode.ts `embedded`).
    written.quote = null;
    written.listForm = false;
  } else written.literal = false;
  return { key, value, origin, provenance: { path: written.path, span: written.span, via }, written, chain: base.chain, unresolved: [], via };
}

/** A container whose image tag is not known: the node at every image release (`atVersion`), read at the newest. */
function anyImageRelease(input: ContainerInput, settings: LintSettings, why: string): NacosNode | undefined {
  const range = unknownVersion(`${why}: any image release`, OLDEST_IMAGE);
  const at = (v: NacosVersion): NacosNode => {
    const n = containerNode(input, { ...settings, targetVersion: v.text })!;
    n.version = { ...range, version: v };
    n.atVersion = at;
    // Whether the entrypoint reads init.d depends on the release: not known here.
    if (n.container?.initD) n.container.initD.read = 'unknown';
    return n;
  };
  return at(range.version);
}

/** The Nacos node a container is, or undefined when its image is not Nacos. */
export function containerNode(input: ContainerInput, settings: LintSettings): NacosNode | undefined {
  const { image, env, places } = input;
  // A custom image (a download onto another base) has no nacos/nacos-server tag: an empty one, like `${TAG}` unset.
  const tag = input.customImage ? '' : nacosImageTag(image.value);
  if (tag === undefined) return undefined;
  const inputs = new Set<string>(input.inputs);

  // 4. A workspace file mounted over conf/application.properties replaces the image's own file.
  let mountedConf: ContainerInfo['mountedConf'];
  const cm = input.confMount;
  if (cm?.props && cm.text !== undefined) {
    mountedConf = { path: cm.path, mount: cm.mount, props: cm.props, text: cm.text, ...(cm.embedded ? { embedded: cm.embedded } : {}) };
    inputs.add(cm.path);
  } else if (cm) {
    const parsed = input.parsedAt(cm.path);
    if (parsed?.kind === 'properties') {
      mountedConf = { path: cm.path, mount: cm.mount, props: parsed.props, text: parsed.text };
      inputs.add(cm.path);
    }
  }
  const opaque = input.opaqueEnv ?? [];
  /** Why a variable the container lacks may still be set (an envFrom of an object not in the workspace). */
  const opaqueFor = (name: string): string | undefined => opaque.find(o => !o.prefix || name.startsWith(o.prefix))?.reason;
  const unknownSetting = (key: string, ev: EnvValue | undefined, reason: string, via: string, origin: EffectiveSetting['origin']): EffectiveSetting => {
    const ext = ev ? places.external(ev, env) : undefined;
    // no `written`: nothing the user wrote holds the value (text-level rules and fixes have nothing to read)
    return { key, value: undefined, unknown: reason, origin, provenance: ext?.provenance, chain: ext?.chain ?? [], unresolved: [], via: ext?.provenance?.via ?? via };
  };

  // A rebuilt image's own tag may name the release it holds (`asm/nacos-server:release-2.2.3.20240205062842`); the
  // official repository has only its published tags (`vv2.2.0` is no image there).
  const named = image.unknown || imageTagVersion(tag) || isOfficialRepository(image.value) ? undefined : namedRelease(tag);
  const tagVersion = image.unknown ? undefined : named ?? imageTagVersion(tag);
  const undefinedInTag = image.refs.filter(r => !r.defined).map(r => r.name);
  const custom = input.customImage;
  let version = input.version ?? assumeVersion(settings, mountedConf ? mountedConf.props.entries.map(e => e.key) : [], tagVersion ? (named ? named.text : tag) : undefined);
  if (named && version.from === 'image tag') version = { ...version, detail: `image tag ${tag}, which names release ${named.text}` };
  if (!tagVersion && version.from === 'default' && !input.version) {
    // A tag not known here is any image release (unknown is not empty): the node is built at each, and a rule keeps
    // only what holds for all of them (as for an orphan env file).
    return anyImageRelease(input, settings, image.unknown
      ? `the image tag is not known here (${image.unknown})`
      : tag === ''
      ? `the image tag is empty after interpolation${undefinedInTag.length ? ` (${undefinedInTag.map(n => `\${${n}}`).join(', ')} not defined here)` : ''}`
      : `image tag "${tag}" is not a version`);
  }
  // The image's own tables (env mapping, entrypoint) are the tag's; `latest` is what the node is taken to run.
  // The upgrade check replaces the tag too (the image of the target version).
  const imageVersion = tag === 'latest' || !tagVersion || version.from === 'target' ? version.version : tagVersion;
  const imageLabelText = tag && !image.unknown ? `nacos-server:${tag}` : `nacos-server ${imageVersion.text}`;

  // init.d/custom.properties: read as configuration by the tags whose entrypoint says so (audit-plan §1.9), else ignored.
  let initD: ContainerInfo['initD'];
  let initDProps: ParsedFile | undefined;
  if (input.initDMount) {
    // An unknown tag (`${TAG}` undefined, `stable`) says nothing about the entrypoint.
    const asVersion = tag === 'latest' || version.from === 'target';
    const facts = !custom && (tagVersion || version.from === 'target') ? (entrypointFacts(asVersion ? `v${imageVersion.text}` : tag) ?? entrypointFacts(`v${imageVersion.text}`)) : undefined;
    initD = { path: input.initDMount.path, mount: input.initDMount.mount, read: facts ? facts.readsInitD : 'unknown' };
    if (facts?.readsInitD) {
      const parsed = input.parsedAt(input.initDMount.path);
      if (parsed?.kind === 'properties') { initDProps = parsed; inputs.add(input.initDMount.path); }
    }
  }

  // What Spring's placeholders see, highest first: --args, -D (JAVA_OPT, then the entrypoint's), the OS environment.
  const mappings = mappingsFor(imageVersion);
  const programArgs = new Map<string, EffectiveSetting>();
  const sysProps = new Map<string, EffectiveSetting>();
  const javaOptExt = env.get('JAVA_OPT_EXT');
  if (javaOptExt?.value) {
    for (const w of optionWords(javaOptExt.value)) {
      if (!w.word.startsWith('--')) continue;
      const s = fromOption(input, javaOptExt, w, '--', 'program-arg');
      if (s) programArgs.set(s.key, s);
    }
  }
  const javaOpt = env.get('JAVA_OPT');
  if (javaOpt?.value) {
    for (const w of optionWords(javaOpt.value)) {
      if (!w.word.startsWith('-D')) continue;
      const s = fromOption(input, javaOpt, w, '-D', 'system-property');
      if (s) sysProps.set(s.key, s);
    }
  }
  for (const mapping of mappings) {
    if (mapping.mechanism !== 'define') continue;
    const ev = env.get(mapping.env);
    const when = mapping.defineWhen ?? 'non-empty';
    if (custom) {
      // Whether this image's entrypoint turns the variable into -D (as the official one does) is not known.
      if (ev && (ev.value || ev.unknown) && when === 'non-empty') {
        const ext = places.external(ev, env);
        const why = `whether the entrypoint of this image passes ${mapping.env} on as -D${mapping.property} is not known (${custom})`;
        sysProps.set(mapping.property, {
          key: mapping.property, value: undefined, unknown: why, origin: 'system-property', provenance: ext.provenance,
          chain: ext.chain, unresolved: [], via: `${ext.provenance?.via ?? ev.name} (-D${mapping.property} if the entrypoint maps it)`,
        });
      }
      continue;
    }
    const unknown = ev ? (ev.value === undefined ? ev.unknown : undefined) : opaqueFor(mapping.env);
    // `-Dk=$ENV` from a value not known here: the property is set, to a value not known here.
    if (unknown && when === 'non-empty') {
      sysProps.set(mapping.property, unknownSetting(mapping.property, ev, unknown, `${mapping.env} (entrypoint -D${mapping.property})`, 'system-property'));
      continue;
    }
    if (!ev || !ev.value) continue; // `[[ ! -z … ]]` / `== "standalone"`
    if (when !== 'non-empty' && ev.value !== when.equals) continue;
    const ext = places.external(ev, env);
    // `-Dk=$ENV` carries the variable's text; MODE=standalone adds a fixed `-Dnacos.standalone=true`.
    const fixed = when !== 'non-empty';
    sysProps.set(mapping.property, {
      key: mapping.property, value: fixed ? when.value : ev.value, origin: 'system-property',
      provenance: ext.provenance, written: fixed ? undefined : ext.written, chain: ext.chain, unresolved: [],
      via: `${ext.provenance?.via ?? ev.name} (entrypoint -D${mapping.property})`,
    });
  }
  const fromEnv = (ev: EnvValue, key: string): EffectiveSetting => {
    if (ev.value === undefined && ev.unknown) return unknownSetting(key, ev, ev.unknown, ev.name, 'os-env');
    const ext = places.external(ev, env);
    const s: EffectiveSetting = { key, value: ev.value, origin: 'os-env', provenance: ext.provenance, written: ext.written, chain: ext.chain, unresolved: [], via: ext.provenance?.via ?? ev.name };
    if (ev.unknown) { s.unknown = ev.unknown; s.written = undefined; }
    return s;
  };
  const lookup = (name: string): ExternalValue | undefined => {
    const s = programArgs.get(name) ?? sysProps.get(name);
    if (s) return { value: s.value, provenance: s.provenance, written: s.written, ...(s.unknown ? { unknown: s.unknown } : {}) };
    // Spring's SystemEnvironmentPropertySource: the name, then with '.'/'-' → '_', then upper-cased.
    const names = new Set([name, name.replace(/[.-]/g, '_'), name.toUpperCase(), name.replace(/[.-]/g, '_').toUpperCase()]);
    for (const n of names) {
      const ev = env.get(n);
      if (ev && ev.value !== undefined) return places.external(ev, env);
      if (ev?.unknown) return { ...places.external(ev, env), value: undefined, written: undefined, unknown: ev.unknown };
    }
    for (const n of names) {
      const reason = env.has(n) ? undefined : opaqueFor(n);
      if (reason) return { value: undefined, unknown: reason };
    }
    return undefined;
  };

  const openConf = input.openConf ?? (custom && !mountedConf ? `the application.properties of this image is not in the workspace (${custom})` : undefined);
  const settingsMap = new Map<string, EffectiveSetting>();
  if (mountedConf) {
    for (const [k, s] of settingsFromProperties(mountedConf.path, mountedConf.props, lookup, 'conf-file', `mounted ${baseName(mountedConf.path)} (conf/application.properties)`)) {
      settingsMap.set(k, s);
    }
  } else if (input.confUnknown) {
    // The image's file is replaced by one whose text is not known here: what it sets is unknown.
    for (const key of TRACKED_KEYS) settingsMap.set(key, { key, value: undefined, unknown: input.confUnknown.reason, origin: 'conf-file', chain: [], unresolved: [], via: input.confUnknown.via });
  } else if (!openConf) {
    for (const s of imageFileSettings(imageVersion, imageLabelText, lookup)) settingsMap.set(s.key, s);
  }
  // `--spring.config.additional-location=init.d/,file:conf/`: Spring Boot 2 searches the later location first, so
  // conf/application.properties wins and init.d fills only what conf does not set (Spring's order: library, unverified).
  if (initDProps?.kind === 'properties') {
    for (const [k, s] of settingsFromProperties(initDProps.path, initDProps.props, lookup, 'conf-file', `mounted ${baseName(initDProps.path)} (init.d)`)) {
      if (!settingsMap.has(k)) settingsMap.set(k, s);
    }
  }
  // 3. OS environment, Spring relaxed binding (NACOS_CORE_AUTH_* and exact dotted names).
  for (const ev of env.values()) {
    if (ev.value === undefined && !ev.unknown) continue;
    const key = ev.name.includes('.') ? (isAuthKey(ev.name) || TRACKED_KEYS.includes(ev.name) ? ev.name : undefined) : relaxedEnvToProperty(ev.name);
    if (key) settingsMap.set(key, fromEnv(ev, key));
  }
  // 2. and 1.
  for (const [k, s] of sysProps) settingsMap.set(k, s);
  for (const [k, s] of programArgs) settingsMap.set(k, s);

  const mode = env.get('MODE')?.value;
  const servers = env.get('NACOS_SERVERS')?.value?.trim().split(/\s+/).sort().join(' ') ?? '';
  const anomalies = custom ? [] : imageAnomalies(imageVersion);
  const hint = input.clusterKey(servers);
  const node: NacosNode = {
    id: input.id,
    kind: input.kind,
    path: input.path,
    service: input.service,
    anchor: input.anchor,
    version,
    // The official image's tables (env mapping, entrypoint) describe a custom image only by chance: none.
    imageVersion: custom ? undefined : imageVersion,
    standalone: mode === 'standalone',
    settings: settingsMap,
    inputs: [...inputs],
    clusterHint: typeof hint === 'string' ? { kind: 'compose', key: hint } : hint,
    ...(input.members !== undefined ? { members: input.members } : {}),
    env,
    container: {
      image, tag, anomalies, read: p => input.read(p),
      ...(opaque.length ? { opaqueEnv: opaque } : {}),
      imageVersionFrom: tag === 'latest' && tagVersion ? 'latest' : tagVersion ? 'tag' : 'assumed',
      ...(mountedConf ? { mountedConf } : {}),
      ...(initD ? { initD } : {}),
      ...(input.openEnv ? { openEnv: input.openEnv } : {}),
      ...(openConf ? { openConf } : {}),
      ...(custom ? { customImage: custom } : {}),
    },
  };
  // A conf not in the workspace: what only it would set is unknown (the environment and -D still win over it).
  if (openConf) {
    for (const key of TRACKED_KEYS) {
      if (!settingsMap.has(key)) settingsMap.set(key, { key, value: undefined, unknown: openConf, origin: 'conf-file', chain: [], unresolved: [], via: openConf });
    }
  }
  addDefaults(node);
  // An image run elsewhere: what it does not write itself can be set when it runs — unknown, not a default.
  const open = input.openEnv;
  if (open) {
    for (const [k, s] of node.settings) {
      // Written, or derived from a workspace file (MODE=standalone in an env file): known.
      if (s.written || s.unknown || s.provenance) continue;
      // A new object: defaults are shared between nodes (model/effective.ts).
      node.settings.set(k, { ...s, chain: [...s.chain], unresolved: [...s.unresolved], value: undefined, unknown: open });
    }
    for (const key of TRACKED_KEYS) {
      if (!node.settings.has(key)) node.settings.set(key, { key, value: undefined, unknown: open, origin: 'unset', chain: [], unresolved: [], via: 'not set in the workspace' });
    }
  }
  // v1.4.4 / v2.1.0 map NACOS_AUTH_TOKEN to the name the other generation reads: say so where the jar default applies.
  const sk = secretKeyFor(node.version.version);
  const secret = node.settings.get(sk);
  for (const a of anomalies) {
    if (secret && (secret.origin === 'jar-default' || secret.origin === 'code-default') && a.env === 'NACOS_AUTH_TOKEN') {
      const via = `${node.settings.get(sk)!.via}; the ${imageLabelText} image ${a.text} (${a.issue})`;
      node.settings.set(sk, { ...node.settings.get(sk)!, chain: [...secret.chain], unresolved: [...secret.unresolved], via });
    }
  }
  return node;
}

/** The image's own application.properties (facts §4.1): placeholders read the environment; defaults apply only when unset. */
function imageFileSettings(imageVersion: NacosVersion, imageLabelText: string, lookup: (name: string) => ExternalValue | undefined): EffectiveSetting[] {
  const fileVia = `application.properties of the ${imageLabelText} image`;
  const out: EffectiveSetting[] = [];
  for (const { key, value } of imageAuthProperties(imageVersion)) {
    if (!isAuthKey(key) && !TRACKED_KEYS.includes(key)) continue;
    const ph = parsePlaceholder(value);
    if (!ph) {
      out.push({ key, value, origin: 'conf-file', chain: [], unresolved: [], via: fileVia });
      continue;
    }
    const ext = lookup(ph.name);
    if (ext?.unknown) {
      out.push({ key, value: undefined, unknown: ext.unknown, origin: 'conf-file', provenance: ext.provenance, chain: (ext as { chain?: Provenance[] }).chain ?? [], unresolved: [], via: ext.provenance?.via ?? ph.name });
    } else if (ext && ext.value !== undefined) {
      const chain = (ext as { chain?: Provenance[] }).chain ?? [];
      out.push({
        key, value: ext.value, origin: 'conf-file', provenance: ext.provenance, written: ext.written, chain, unresolved: [],
        // SPEC §5: the mechanism as the user wrote it ("env_file NACOS_AUTH_IDENTITY_KEY"); the image file is implied.
        via: ext.provenance?.via ?? ph.name,
      });
    } else if (ph.default !== null) {
      out.push({ key, value: ph.default, origin: 'conf-file', chain: [], unresolved: [], via: `default of \${${ph.name}:…} in ${fileVia} (${ph.name} not set)` });
    } else {
      // v2.2.1: `${NACOS_AUTH_TOKEN}` without a default fails at startup: "Could not resolve placeholder" (facts §1.7 D-PH).
      out.push({ key, value: undefined, origin: 'conf-file', chain: [], unresolved: [ph.name], via: `\${${ph.name}} in ${fileVia} (${ph.name} not set, no default)` });
    }
  }
  return out;
}
