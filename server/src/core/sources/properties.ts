// Bare-metal Nacos: a `conf/application.properties` is one node; nodes whose folders hold the same `cluster.conf`
// member list form one cluster (SPEC §7); without a member list a node is alone (issue 14 item 1).
import type { PropertiesFile } from '../syntax/properties/parser';
import { authProperty } from '../nacos/authProperties';
import { isAuthKey } from '../nacos/keys';
import type { LintSettings } from '../settings';
import type { NacosNode } from '../model/node';
import { addDefaults, assumeVersion, settingsFromProperties } from '../model/effective';
import { dirName } from '../util/paths';
import type { NodeSource } from './types';

export const propertiesSource: NodeSource = {
  name: 'application.properties',
  nodesOf(file, ctx) {
    if (file.kind !== 'properties' || !isNodeFile(file.path, file.props)) return undefined;
    const confPath = `${dirName(file.path)}/cluster.conf`;
    const conf = ctx.parsedAt(confPath);
    const members = conf?.kind === 'clusterConf' ? conf.members.map(m => m.address).sort() : [];
    const hint: NacosNode['clusterHint'] = members.length
      ? { kind: 'cluster-conf', key: members.join(',') }
      : { kind: 'none', key: file.path };
    const node = propertiesNode(file.path, file.props, ctx.settingsFor(file.path), hint, conf ? [file.path, confPath] : [file.path]);
    return { nodes: [node], problems: [], absorbed: [] };
  },
};

export function propertiesNode(
  path: string,
  props: PropertiesFile,
  settings: LintSettings,
  clusterHint: NacosNode['clusterHint'],
  inputs: string[],
): NacosNode {
  const keys = props.entries.map(e => e.key);
  const version = assumeVersion(settings, keys);
  const first = props.entries.find(e => isAuthKey(e.key)) ?? props.entries[0];
  const node: NacosNode = {
    id: path,
    kind: 'properties',
    path,
    anchor: first ? first.keySpan : { start: 0, end: 0 },
    version,
    standalone: false,
    settings: settingsFromProperties(path, props, () => undefined, 'conf-file', 'conf/application.properties'),
    inputs,
    clusterHint,
  };
  const sa = node.settings.get('nacos.standalone');
  if (sa?.value !== undefined && sa.value.trim().toLowerCase() === 'true') node.standalone = true;
  addDefaults(node);
  return node;
}

/** A properties file is a Nacos node when it sets Nacos keys and is not a profile-specific file. */
export function isNodeFile(path: string, props: PropertiesFile): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/^application-.+\.properties$/.test(name)) return false;
  // An image's init.d/ file is part of a container's configuration (or ignored by it), never a server of its own.
  if (/(^|\/)init\.d\//.test(path)) return false;
  return props.entries.some(e => e.key.startsWith('nacos.') && (isAuthKey(e.key) || authProperty(e.key) !== undefined || e.key.startsWith('nacos.core.')));
}
