import type { Rule } from './types';
import type { Fix } from '../types';
import { K } from '../nacos/keys';
import { authProperty, isReadBy } from '../nacos/authProperties';
import { imageEnvReadFrom } from '../nacos/imageEnv';
import { atKey, msg, versionLabel } from './util';

export const rule: Rule = {
  id: 'setting-for-other-version',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    summary: msg('A setting the assumed Nacos version does not read: `admin.enabled`/`console.enabled` before 3.0, `userAgentAuthWhite` on 3.x, `default.token.*` on 2.1+. It has no effect.',
      '所假定的 Nacos 版本不读取的设置：3.0 之前的 `admin.enabled`/`console.enabled`、3.x 的 `userAgentAuthWhite`、2.1+ 的 `default.token.*`。它不会生效。'),
    versions: 'per setting',
  },
  messages: {
    notRead: msg('{version} does not read {key}; it has no effect here.', '{version} 不读取 {key}；它在这里不会生效。'),
    initDIgnored: msg('The {image} image no longer reads /home/nacos/init.d/ (only v1.4.3–v1.4.4 and v2.0.3–v2.1.0 did; its entrypoint passes only /home/nacos/conf/ to the server): this mounted file has no effect. Put its settings in a file mounted over /home/nacos/conf/application.properties, or in the environment.',
      '{image} 镜像不再读取 /home/nacos/init.d/（只有 v1.4.3–v1.4.4 和 v2.0.3–v2.1.0 读取；其入口脚本只把 /home/nacos/conf/ 交给服务器）：挂载的这个文件不会生效。请把其中的设置放到挂载为 /home/nacos/conf/application.properties 的文件中，或放到环境变量中。'),
    renamedSame: msg('{version} does not read {key}; it reads {expected}, which this file also sets to the same value.',
      '{version} 不读取 {key}，而是读取 {expected}，本文件也把后者设成了相同的值。'),
    renamedOther: msg('{version} does not read {key}; it reads {expected}, which is set to another value: this line has no effect.',
      '{version} 不读取 {key}，而是读取 {expected}（其值与此不同）：这一行不会生效。'),
    imageEnv: msg('The nacos/nacos-server image {image} does not read {env} (its entrypoint maps it from {from} on): this setting has no effect.',
      'nacos/nacos-server 镜像 {image} 不读取 {env}（入口脚本从 {from} 起才映射它）：此设置不会生效。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    // An init.d mount the image's entrypoint ignores (issue 14 item 7): reported at the mount, once per service.
    const initD = node.container?.initD;
    if (initD && initD.read === false) {
      ctx.report({ messageId: 'initDIgnored', args: { image: `nacos-server:${node.container!.tag}` }, path: initD.mount.path, span: initD.mount.span });
    }
    for (const s of node.settings.values()) {
      const w = s.written;
      if (!w) continue;
      if (!authProperty(s.key) || isReadBy(s.key, node.version.version) !== 'unknown') continue;
      const fixes: Fix[] = w.deleteSpan ? [{ title: `Remove ${s.key}`, deterministic: false, isPreferred: true, edits: () => [{ path: w.path, span: w.deleteSpan!, newText: '' }] }] : [];
      if (s.key === K.legacySecret || s.key === K.secret) {
        // The secret under the other generation's name: secret-wrong-property-name unless the right name is set too.
        const expected = s.key === K.secret ? K.legacySecret : K.secret;
        const right = node.settings.get(expected);
        if (!right?.written) continue;
        ctx.report({ messageId: right.value === s.value ? 'renamedSame' : 'renamedOther', args: { version: versionLabel(node), key: s.key, expected }, ...atKey(node, s), fixes });
        continue;
      }
      ctx.report({ messageId: 'notRead', args: { version: versionLabel(node), key: s.key }, ...atKey(node, s), fixes });
    }
    // Image variables this tag's entrypoint does not map (v3.0.0 and NACOS_AUTH_ADMIN_ENABLE / _CONSOLE_ENABLE).
    const image = node.imageVersion;
    if (!node.env || !image) return;
    for (const ev of node.env.values()) {
      if (ev.value === undefined) continue;
      const from = imageEnvReadFrom(ev.name, image);
      if (!from) continue;
      ctx.report({ messageId: 'imageEnv', args: { image: `v${image.text}`, env: ev.name, from: `v${from}` }, path: ev.path, span: ev.keySpan });
    }
  },
};
