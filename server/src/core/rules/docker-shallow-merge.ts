import { isMap, isScalar, isSeq, visit, type Node } from 'yaml';
import type { Rule } from './types';
import type { Fix, TextEdit } from '../types';
import type { ComposeShadowedEnvironment } from '../model/node';
import { composeScalarString, type YamlFile } from '../syntax/yaml/yamlTree';
import { isAuthEnvName } from '../nacos/imageEnv';
import { composeEnvironmentInsertPoint, renderInsert, type InsertPoint } from '../fixes/insert';
import { encodeListItem, encodeYamlScalar } from '../fixes/encode';
import { msg } from './util';

/** The dropped entries as written (before interpolation): `KEY=value` items or `KEY: value` pairs of the anchored map. */
function droppedEntries(f: YamlFile, sh: ComposeShadowedEnvironment, names: string[]): [string, string | undefined][] | undefined {
  const text = f.text;
  if (!f.doc) return undefined;
  let target: Node | undefined;
  visit(f.doc, (_k, n) => {
    if ((isMap(n) || isSeq(n)) && n.range && f.span(n).start === sh.span.start) { target = n as Node; return visit.BREAK; }
    return undefined;
  });
  if (!target) return undefined;
  const out: [string, string | undefined][] = [];
  if (isMap(target)) {
    for (const p of target.items) {
      const k = isScalar(p.key) ? String(p.key.value) : undefined;
      if (!k || !names.includes(k)) continue;
      const v = p.value as Node | null;
      if (v && !isScalar(v)) return undefined;
      const vs = v ? f.span(v) : undefined;
      const s = v && vs && isScalar(v) ? composeScalarString({ kind: 'scalar', value: v.value, isNull: v.value === null, span: vs, node: v }, text.slice(vs.start, vs.end)) : undefined;
      out.push([k, s]);
    }
  } else if (isSeq(target)) {
    for (const it of target.items) {
      if (!isScalar(it) || typeof it.value !== 'string') continue;
      const eq = it.value.indexOf('=');
      const k = eq < 0 ? it.value : it.value.slice(0, eq);
      if (names.includes(k)) out.push([k, eq < 0 ? undefined : it.value.slice(eq + 1)]);
    }
  }
  return out;
}

/** Entries as written in the anchor, in the form of the service's own `environment:` (`$` kept: they interpolate alike). */
function entry(form: InsertPoint['form'], name: string, value: string | undefined): string {
  if (value === undefined) return form === 'yaml-list' ? `- ${name}` : form === 'yaml-flow-list' ? name : `${name}:`;
  if (form === 'yaml-list') return `- ${encodeListItem(name, value, false)}`;
  if (form === 'yaml-flow-list') return encodeListItem(name, value, false);
  return `${name}: ${encodeYamlScalar(value, false)}`;
}

export const rule: Rule = {
  id: 'docker-shallow-merge',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    summary: msg('A service merges an anchored mapping (`<<: *anchor`) whose `environment:` carries auth variables, and also has an `environment:` of its own: YAML merge keys are shallow, so the service\'s own `environment:` replaces the anchored one entirely and those auth variables are gone.',
      '服务通过 `<<: *anchor` 合并了一个锚点映射，其 `environment:` 中含有鉴权变量，而服务自己也有 `environment:`：YAML 合并键是浅合并，服务自己的 `environment:` 会整体替换锚点中的那个，这些鉴权变量就丢失了。'),
    versions: 'all images',
  },
  messages: {
    dropped: msg('This environment replaces the one merged from {anchor} (YAML merge is shallow): service {service} does not get {names}.',
      '此 environment 替换了从 {anchor} 合并来的 environment（YAML 合并是浅合并）：服务 {service} 得不到 {names}。'),
    anchored: msg('the merged environment that is replaced', '被替换的合并 environment'),
  },
  checkNode(ctx) {
    const { node } = ctx;
    const info = node.compose;
    const svc = info?.service;
    if (!info || !svc?.shadowedEnvironment) return;
    for (const sh of svc.shadowedEnvironment) {
      const lost = sh.keys.filter(k => isAuthEnvName(k) && !svc.environment.has(k));
      if (!lost.length) continue;
      const where = sh.replacedBy ? { path: sh.path, span: sh.replacedBy } : { path: node.path, span: node.anchor };
      const fixes: Fix[] = [];
      const parsed = ctx.file(sh.path);
      const yaml = parsed?.kind === 'compose' ? parsed.yaml : undefined;
      const dropped = yaml ? droppedEntries(yaml, sh, lost) : undefined;
      const point = yaml && sh.path === svc.path ? composeEnvironmentInsertPoint(svc.path, yaml.text, svc.name, yaml) : undefined;
      if (dropped?.length && point && point.form !== 'yaml-new-section') {
        const edit: TextEdit = renderInsert(point, dropped.map(([k, v]) => entry(point.form, k, v)));
        fixes.push({ title: `Copy ${dropped.map(d => d[0]).join(', ')} into the service's environment`, deterministic: false, isPreferred: true, edits: () => [edit] });
      }
      ctx.report({
        messageId: 'dropped',
        args: { anchor: sh.anchor ? `*${sh.anchor}` : 'the merged mapping', service: svc.name, names: lost.join(', ') },
        ...where,
        related: [{ path: sh.path, span: sh.span, messageId: 'anchored' }],
        fixes,
      });
    }
  },
};
