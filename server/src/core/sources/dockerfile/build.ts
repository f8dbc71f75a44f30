// Compose `build:` → the image its Dockerfile builds. String form = context; object form: `context`, `dockerfile`
// (relative to the context), `dockerfile_inline`, `args` (map or list; a name without a value passes the caller's
// environment through: unknown here), `target`.
import type { DockerfileImage, DockerfileOptions, DockerfileProblem, ReadFile } from './types';
import { dockerfileImage } from './evaluate';

export interface ComposeBuildImage {
  /** Absolute path of the build context, when it is a local directory. */
  context?: string;
  /** Absolute path of the Dockerfile read (for `dockerfile_inline`, `<context>/Dockerfile.inline`: not a real file). */
  dockerfilePath?: string;
  inline: boolean;
  image?: DockerfileImage;
  /** Why no image could be read (a remote context, a missing Dockerfile, an unknown target). */
  problem?: string;
  problems: DockerfileProblem[];
}

export { isDockerfileName } from '../../syntax/files';

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p);
}

function resolvePath(dir: string, p: string): string {
  if (isAbsolute(p)) return p.replace(/\\/g, '/');
  const segs = dir.replace(/\\/g, '/').split('/');
  for (const s of p.replace(/\\/g, '/').split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') {
      if (segs.length > 1) segs.pop();
    } else segs.push(s);
  }
  return segs.join('/') || '/';
}

/** `build.args` as build args: map values and `K=V` list items; `K` / `K: null` pass through (undefined). */
export function buildArgsOf(args: unknown): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  if (Array.isArray(args)) {
    for (const item of args) {
      if (typeof item !== 'string') continue;
      const eq = item.indexOf('=');
      if (eq < 0) out[item] = undefined;
      else out[item.slice(0, eq)] = item.slice(eq + 1);
    }
  } else if (args !== null && typeof args === 'object') {
    for (const [k, v] of Object.entries(args as Record<string, unknown>)) {
      out[k] = v === null || v === undefined ? undefined : typeof v === 'object' ? JSON.stringify(v) : String(v);
    }
  }
  return out;
}

/**
 * The image a compose service's `build:` produces. `composeDir` is the directory the context is relative to (the
 * compose file's folder or `--project-directory`); values must already be interpolated by the compose reader.
 */
export function imageFromComposeBuild(
  build: unknown,
  composeDir: string,
  readFile: ReadFile,
  options: Pick<DockerfileOptions, 'baseImage'> = {},
): ComposeBuildImage {
  const b: Record<string, unknown> =
    typeof build === 'string' ? { context: build } : build !== null && typeof build === 'object' ? (build as Record<string, unknown>) : {};
  const ctxRaw = typeof b.context === 'string' && b.context !== '' ? b.context : '.';
  if (/^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/i.test(ctxRaw) || /\.git(?:#.*)?$/.test(ctxRaw)) {
    return { inline: false, problem: `remote build context ${ctxRaw}: its Dockerfile is not in the workspace`, problems: [] };
  }
  const context = resolvePath(composeDir, ctxRaw);
  const opts: DockerfileOptions = { ...options, context, readFile, buildArgs: buildArgsOf(b.args) };
  if (typeof b.target === 'string' && b.target !== '') opts.target = b.target;
  let text: string | undefined;
  let path: string;
  let inline = false;
  if (typeof b.dockerfile_inline === 'string') {
    text = b.dockerfile_inline;
    path = resolvePath(context, 'Dockerfile.inline');
    inline = true;
  } else {
    path = resolvePath(context, typeof b.dockerfile === 'string' && b.dockerfile !== '' ? b.dockerfile : 'Dockerfile');
    text = readFile(path);
  }
  if (text === undefined) return { context, dockerfilePath: path, inline, problem: `Dockerfile not found: ${path}`, problems: [] };
  const image = dockerfileImage(path, text, opts);
  if (!image) return { context, dockerfilePath: path, inline, problem: `target stage "${String(b.target)}" not found in ${path}`, problems: [] };
  return { context, dockerfilePath: path, inline, image, problems: image.problems };
}
