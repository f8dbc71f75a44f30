// What the shell source reports for each `docker run` / `docker create` / `podman run` it finds: every value as bash
// passes it (or unknown with a reason, never empty), and where it was written, down to the character.
import type { Span } from '../../types';

/** How the value characters were written inside the word. */
export type ShellQuoting = 'none' | 'escaped' | 'single' | 'double' | 'ansi-c' | 'locale' | 'mixed';

/** Where a value was written (in the real file, after mapping through Markdown/YAML/Makefile). */
export interface ShellPlace {
  path: string;
  /** The whole word (`-e` value word, `--env=…` word, image word). */
  span: Span;
  /** The value part inside the word (after `KEY=`), when it was written there. */
  valueSpan?: Span;
  quoting: ShellQuoting;
  /** The written text at `valueSpan` is literally the value (no quotes, escapes or expansions inside it). */
  literal: boolean;
  /**
   * For value character i, the file offset where the written text that produced it starts; entry `value.length` is
   * the end of the last. Through quotes, escapes and variables assigned in the script (then it points at the
   * assignment). Undefined when some character cannot be placed (e.g. it came through an unmapped template).
   */
  offsets?: number[];
  /** Variables the value went through, in order, with the place they were assigned. */
  through?: { name: string; span: Span }[];
  /** e.g. `-e in deploy.sh`, `--env-file in README.md (bash block)`. */
  via: string;
}

/** A value bash passes, or unknown with a reason (a caller's variable, `$(…)`, a glob …). */
export interface ShellValue {
  value?: string;
  reason?: string;
  /** For an unknown value: the known text before its first unknown part and after its last (`nacos/nacos-server:` + `$TAG`). */
  partial?: { head: string; tail: string };
  place: ShellPlace;
}

export interface ShellEnvEntry {
  name: string;
  /** Undefined when unknown (`reason` says why); bare `-e KEY` passes the caller's value: unknown unless exported in the script. */
  value?: string;
  reason?: string;
  /** `-e KEY` without `=`: docker copies KEY from its own environment. */
  passThrough: boolean;
  /** Known not to reach the container (`-e KEY` after `unset KEY`, or `env -u KEY docker …`). */
  absent?: boolean;
  place: ShellPlace;
  /** For pass-through: where the script assigned the exported variable, if it did. */
  assignedAt?: { path: string; span: Span };
}

export interface ShellEnvFile {
  /** The path as bash passes it to docker. */
  word: ShellValue;
  /** Resolved against the directory docker runs in (assumed: the script's directory, then `cd`s the script makes). */
  resolved?: string;
  /** The path has unknown parts (or the working directory is unknown): `word.reason` / `unknownReason` says why. */
  unknownReason?: string;
}

export interface ShellMount {
  kind: 'volume' | 'mount';
  word: ShellValue;
  source?: string;
  target?: string;
  /** Target is the image's application.properties or init.d/custom.properties (facts: these replace env handling). */
  confTarget?: 'application.properties' | 'custom.properties';
  /** Source resolved against the working directory (bind mounts of relative/absolute paths only). */
  resolvedSource?: string;
}

export interface ShellProblemReport {
  path: string;
  span: Span;
  message: string;
  /** `syntax`: bash would report it; `argument-count`: a word gives an unknown number of arguments (later positions
   *  are guesses); `option`: an option docker does not know or without its value; `no-image`. */
  code?: 'syntax' | 'argument-count' | 'option' | 'no-image';
}

export interface DockerInvocation {
  path: string;
  program: 'docker' | 'podman';
  /** `run`, `container run`, `create`, `container create`. */
  subcommand: string;
  /** The whole command in the file (prefix assignments and wrappers like `sudo` included). */
  span: Span;
  /** Where the script was found (`deploy.sh`, `README.md (bash block at line 12)`, `.github/workflows/ci.yml (run)`). */
  source: string;
  name?: ShellValue;
  image?: ShellValue;
  env: ShellEnvEntry[];
  envFiles: ShellEnvFile[];
  mounts: ShellMount[];
  network?: ShellValue;
  /** Arguments after the image (`--spring.x=1`, `-Dx=y`), as bash passes them. */
  args: ShellValue[];
  /** Every option word with its value (for rules that need more than the fields above). */
  options: { name: string; value?: ShellValue; span: Span }[];
  /** The absolute directory docker runs in (the script's, then its `cd`s), when known; otherwise why not. */
  cwd: { dir: string } | { reason: string };
  /** Runs only when a condition holds, or inside a function / subshell (the label of the innermost scope). */
  conditional?: string;
  /** The image reference looks like Nacos (`nacos/nacos-server`, `…/nacos-server:…`) or NACOS_* env is passed. */
  looksLikeNacos: boolean;
  /** The node's cluster, from its NACOS_SERVERS value or the script's NACOS_SERVERS variable (normalised: sorted, space-separated). */
  clusterKey?: string;
  /**
   * What could not be read exactly: words whose number of arguments is unknown (later positions are guesses), unknown
   * options, a missing image. Messages name no value (secrets stay out of diagnostics).
   */
  problems: ShellProblemReport[];
}

/** A `docker build -t TAG [-f FILE] [--build-arg K=V] [--target T] CONTEXT`: the tags a later run may start. */
export interface DockerBuild {
  path: string;
  span: Span;
  /** The tags as bash passes them (known ones only). */
  tags: string[];
  /** `-f`, as written (relative to the directory docker runs in). */
  file?: string;
  /** The context path as written; null when it is not known. */
  context?: string | null;
  target?: string;
  /** `--build-arg K=V`; `--build-arg K` passes the caller's K (undefined: unknown). */
  buildArgs: Record<string, string | undefined>;
  /** The directory docker runs in (absolute), unless `dirUnknown` says why it is not known. */
  dir: string;
  dirUnknown?: string;
}

export interface ShellReading {
  invocations: DockerInvocation[];
  /** `docker build -t …` commands, in order (a run of one of their tags uses the image they build). */
  builds?: DockerBuild[];
  /** Syntax problems bash would report (only for files that mention a container run). */
  problems: ShellProblemReport[];
  /** The script-level `NACOS_SERVERS` assignments (for grouping runs of one cluster). */
  nacosServers: ShellValue[];
}
