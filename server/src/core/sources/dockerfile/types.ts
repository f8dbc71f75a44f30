// Contracts of the Dockerfile source: what a Dockerfile says about the image it builds (base image, environment,
// copied Nacos conf files, entrypoint), with the written place of every value. No implementation here.
import type { Span } from '../../types';

/** Reads a file of the workspace; undefined when it does not exist or cannot be read. */
export type ReadFile = (path: string) => string | undefined;

/** Where a value was written in a Dockerfile, and how its characters map back. */
export interface WrittenValue {
  path: string;
  /** The value as written: quotes included; for the legacy `ENV K v w` form everything after the key. */
  valueSpan: Span;
  /** Inside the quotes when the whole value is one quoted string; otherwise equal to `valueSpan`. */
  innerSpan: Span;
  keySpan: Span;
  /** `K=v` (or `K v w` in the legacy form). */
  entrySpan: Span;
  instructionSpan: Span;
  /** `'"'` / `"'"`: the whole value is one quoted string; `none`: no quotes; `mixed`: quotes around a part. */
  quote: '"' | "'" | 'none' | 'mixed';
  syntax: 'equals' | 'legacy';
  /** No variable was substituted: every character of the value was written in the file. */
  literal: boolean;
  /** Per UTF-16 unit of the value: its offset in the file, or -1 when it came from a substitution. */
  offsets: number[];
}

/** A `$VAR` / `${VAR…}` reference met while evaluating a word, and where its value came from. */
export interface VariableRef {
  name: string;
  /** The reference as written (`${A:-x}` whole). */
  span: Span;
  source: VariableSource;
}

export type VariableSource =
  | 'env' // an earlier ENV of this stage or an ancestor stage
  | 'arg' // an ARG of this stage (its default)
  | 'build-arg' // a build arg given from outside (compose `build.args`, `--build-arg`)
  | 'meta-arg' // an ARG before the first FROM (FROM lines; `ARG X` without value in a stage)
  | 'base-image' // the base image's environment, as given by the caller
  | 'automatic' // a platform ARG BuildKit predefines (TARGETARCH, …): value unknown here
  | 'unknown' // a build arg passed through from the caller's environment, or a base image whose env is unknown
  | 'unset'; // not defined anywhere: Docker substitutes the empty string

export interface DockerfileProblem {
  path: string;
  span: Span;
  /** Docker's own error (the build fails) or a limit of this reader (`note`). */
  kind: 'error' | 'note';
  message: string;
}

/** An image reference split the way Docker reads it. */
export interface ImageRef {
  /** As evaluated (`nacos/nacos-server:v2.4.3`). */
  raw: string;
  /** Registry host when written (`registry.example.com:5000`), else undefined (Docker Hub). */
  registry?: string;
  /** Repository path without registry (`nacos/nacos-server`, `library/alpine` is written `alpine`). */
  repository: string;
  tag?: string;
  digest?: string;
  /** Set when the repository is `nacos/nacos-server` (any registry): the tag, `latest` when none was written. */
  nacosTag?: string;
}

export interface EnvEntry {
  name: string;
  value: string;
  /** False when part of the value comes from something unknown here (a pass-through build arg, a base image's env). */
  known: boolean;
  written: WrittenValue;
  refs: VariableRef[];
  via: 'ENV in Dockerfile';
  /** Index of the stage whose ENV wrote it (an ancestor stage when inherited through `FROM <stage>`). */
  stage: number;
}

export interface ArgEntry {
  name: string;
  /** The value in effect: the build arg when given, else the evaluated default; undefined when neither. */
  value?: string;
  known: boolean;
  source: 'default' | 'build-arg' | 'meta-arg' | 'none';
  keySpan: Span;
  /** The default as written, when there is one. */
  defaultSpan?: Span;
  instructionSpan: Span;
  stage: number | 'meta';
}

export type ConfTarget = 'application.properties' | 'custom.properties';

/** A Nacos conf file put into the image by COPY/ADD from the build context (or written inline by a heredoc). */
export interface ConfCopy {
  target: ConfTarget;
  /** Absolute path in the image (`/home/nacos/conf/application.properties`). */
  dest: string;
  /** Source path relative to the build context (posix); the heredoc name for inline content. */
  source: string;
  /** Absolute path of the source file (context joined), when the context is known. */
  sourcePath?: string;
  /** The source file exists (read through `readFile`); false when it could not be read or was not looked for. */
  exists: boolean;
  /** The source was a directory copied onto the conf directory. */
  fromDirectory: boolean;
  /** Inline content of a `COPY <<EOF dest` heredoc: its span in the Dockerfile. */
  inline?: Span;
  instruction: 'COPY' | 'ADD';
  /** The source word as written. */
  span: Span;
  instructionSpan: Span;
  stage: number;
  via: 'COPY in Dockerfile' | 'ADD in Dockerfile';
}

export interface CommandOverride {
  instruction: 'ENTRYPOINT' | 'CMD';
  /** Exec form (JSON array) or shell form (`/bin/sh -c` is prepended by Docker). */
  form: 'exec' | 'shell';
  args: string[];
  span: Span;
  stage: number;
}

export type StageBase =
  | { kind: 'image'; ref: ImageRef }
  | { kind: 'stage'; index: number }
  | { kind: 'scratch' }
  | { kind: 'unknown'; reason: string };

export interface Stage {
  index: number;
  /** `AS name`, lower-cased as Docker does. */
  name?: string;
  /** The FROM reference after ARG substitution. */
  from: string;
  fromKnown: boolean;
  /** The FROM word as written. */
  fromSpan: Span;
  fromRefs: VariableRef[];
  instructionSpan: Span;
  base: StageBase;
}

/** What a built target stage is: the result of `docker build [--target]`. */
export interface DockerfileImage {
  path: string;
  /** The target stage. */
  stage: Stage;
  /** Stages from the root of the `FROM <stage>` chain to the target. */
  chain: number[];
  /** The root of the chain: the stage whose FROM names an image. */
  root: Stage;
  /** The image at the root of the chain (undefined for scratch or an unknown base). */
  baseImage?: ImageRef;
  /** Tag of `nacos/nacos-server` when the chain ends in it. */
  nacosTag?: string;
  /** The image environment set by ENV in the chain, in Docker's order (a later ENV replaces in place). */
  env: EnvEntry[];
  args: ArgEntry[];
  /** Nacos conf files in the image; a later copy onto the same path replaces an earlier one. */
  files: ConfCopy[];
  entrypoint?: CommandOverride;
  cmd?: CommandOverride;
  /** WORKDIR in effect (evaluated), when any was set in the chain or given for the base image. */
  workdir?: string;
  problems: DockerfileProblem[];
}

export interface BaseImageInfo {
  env?: Record<string, string>;
  workdir?: string;
}

export interface DockerfileOptions {
  /** Build args from outside; `undefined` marks one passed through from the caller's environment (unknown). */
  buildArgs?: Record<string, string | undefined>;
  /** Target stage by name (`build.target`); the last stage when absent. */
  target?: string;
  /** Absolute path of the build context; conf sources are resolved against it. */
  context?: string;
  readFile?: ReadFile;
  /**
   * Nothing known builds it (a Dockerfile linted alone): an ARG without a default is set by whoever builds, so unknown
   * here (without this, Docker's outcome when none is given: the empty string).
   */
  openArgs?: boolean;
  /** What is known of a base image (its ENV and WORKDIR); unknown when it returns undefined. */
  baseImage?: (ref: ImageRef) => BaseImageInfo | undefined;
}
