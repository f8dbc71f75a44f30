// Orphan env files (issue 14 item 6): an env file with NACOS_AUTH_* variables that no compose file references (kept
// for `docker run --env-file`, a build, a template) still configures a Nacos container somewhere. It becomes a
// pseudo-node of its own (kind `env-file`, alone in its cluster): the image that reads it is unknown, so its version is
// the range of every image tag (1.4.3 to the newest), and the engine keeps only what holds for all of them — the value
// checks (a published pair or secret, a weak value), not what one image generation does with it.
import type { EnvValue, NacosNode } from '../model/node';
import type { ParsedFile } from '../syntax/files';
import { isAuthEnvName } from '../nacos/imageEnv';
import { OLDEST_IMAGE, unknownVersion, type NacosVersion } from '../nacos/versions';
import type { LintSettings } from '../settings';
import { ComposePlaces } from './compose/source';
import { containerNode } from './container';
import { baseName } from '../util/paths';
import type { SourceContext } from './types';

/** The first image tag whose entrypoint is in the corpus: the oldest image an env file can be meant for. */

/** The env file's entries as a container environment (later lines win, as `--env-file` does). */
function environment(file: Extract<ParsedFile, { kind: 'env' }>): Map<string, EnvValue> {
  const env = new Map<string, EnvValue>();
  for (const e of file.env.entries) {
    const prev = env.get(e.key);
    env.set(e.key, {
      name: e.key, value: e.noEquals ? undefined : e.value, path: file.path, span: e.valueSpan, keySpan: e.keySpan,
      innerSpan: e.innerSpan, entrySpan: e.lineSpan, via: 'env_file', envFile: file.path, refs: [], listForm: false,
      passThrough: e.noEquals, overridden: prev ? [prev, ...prev.overridden] : [],
    });
  }
  return env;
}

/** A pseudo-node for an env file that feeds no node and sets NACOS_AUTH_* variables; undefined otherwise. */
export function orphanEnvNode(file: ParsedFile, ctx: SourceContext, settings: LintSettings): NacosNode | undefined {
  if (file.kind !== 'env') return undefined;
  // A template whose auth values are all `<placeholders>` (or empty) configures nothing yet.
  const auth = file.env.entries.filter(e => isAuthEnvName(e.key));
  if (!auth.some(e => e.value.trim() !== '' && !/^<[^<>]*>$/.test(e.value.trim()))) return undefined;
  const env = environment(file);
  const first = file.env.entries.find(e => isAuthEnvName(e.key))!;
  const image = { raw: 'nacos/nacos-server', value: 'nacos/nacos-server', span: first.keySpan, path: file.path, refs: [] };
  const build = (s: LintSettings) => {
    const n = containerNode({
      id: `${file.path}#env-file`, kind: 'env-file', path: file.path, anchor: first.keySpan, image, env,
      inputs: [file.path], places: new ComposePlaces(ctx.read, ctx.parsedAt), read: ctx.read, parsedAt: ctx.parsedAt,
      // What runs it (`docker run --env-file`, a build) may add variables: what the file does not set is unknown.
      openEnv: `${baseName(file.path)} is used outside the workspace (docker run --env-file, a build), which may add variables`,
      clusterKey: () => file.path,
    }, s);
    if (n) n.clusterHint = { kind: 'none', key: file.path };
    return n;
  };
  // Unknown image: any tag a user may run it with. A version the user set (or the upgrade target) still decides.
  if (settings.serverVersion || settings.scopedServerVersion || settings.targetVersion) return build(settings);
  const range = unknownVersion('an env file no compose file references: the image that reads it, and so its version, is unknown', OLDEST_IMAGE);
  const at = (v: NacosVersion): NacosNode => {
    const n = build({ ...settings, targetVersion: v.text })!;
    n.version = { ...range, version: v };
    n.atVersion = at;
    return n;
  };
  return at(range.version);
}
