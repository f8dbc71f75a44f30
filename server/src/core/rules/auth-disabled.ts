import type { Rule } from './types';
import type { Fix } from '../types';
import { K } from '../nacos/keys';
import { setting } from '../model/node';
import { authState } from '../model/authState';
import { parseSpringBoolean } from '../nacos/authProperties';
import { at, msg, setValue } from './util';

export const rule: Rule = {
  id: 'auth-disabled',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    summary: msg('`nacos.core.auth.enabled=false` on a cluster node: the open API (config, naming) answers anyone without a login. Reported as info for standalone nodes.',
      '集群节点上 `nacos.core.auth.enabled=false`：开放 API（配置、服务发现）无需登录即可访问。单机节点报告为提示。'),
    versions: 'all',
  },
  messages: {
    disabled: msg('Authentication of the open API is off ({how}): anyone who can reach this node reads and changes configuration and services.',
      '开放 API 鉴权已关闭（{how}）：任何能访问该节点的人都可以读取和修改配置与服务。'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    if (authState(node).enabled) return;
    const s = setting(node, K.enabled);
    if (s.unknown) return; // set where the container runs (not known here)
    if (s.value !== undefined && parseSpringBoolean(s.value) === undefined) return; // invalid-boolean says it
    const w = s.written;
    const fixes: Fix[] = w && w.literal ? [{ title: 'Set nacos.core.auth.enabled to true', deterministic: false, isPreferred: true, edits: () => [setValue(ctx, w, 'true')] }] : [];
    const how = w ? `${w.name}=${s.value ?? ''}`.slice(0, 80) : 'default false';
    ctx.report({ messageId: 'disabled', args: { how }, ...at(node, s), fixes });
  },
};
