// Provenance of rendered Helm output (ProducedText.origin): the nacos-k8s chart's `nil` auth values map back to
// their values.yaml lines with the statefulset's template action in the chain; values from -f files and --set map
// to where they were written; template literals map to themselves; toYaml'd values keep their scalars' origins.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { corpusDir } from '../corpus';
import { readChartDir } from '../oracles/helm/compare';
import { isValueRead, loadChart, renderChart, type RenderOptions } from '../../server/src/core/sources/helm';
import type { ProducedText } from '../../server/src/core/sources/textOrigin';

function charts(): string[] {
  const c = corpusDir();
  if (!c) return [];
  const base = join(c, 'nacos-k8s');
  return readdirSync(base).map(d => join(base, d, 'helm')).filter(d => existsSync(join(d, 'Chart.yaml')));
}

function statefulset(dir: string, opts: RenderOptions = {}) {
  const r = renderChart(loadChart(readChartDir(dir), dir), opts);
  assert.deepEqual(r.problems, []);
  const t = r.templates.find(x => x.name.endsWith('templates/statefulset.yaml'))!;
  return { r, out: t.output };
}

/** The span of an env entry's value in rendered text (the whole scalar as written, quotes included). */
function envValue(out: ProducedText, name: string): { start: number; end: number } {
  const i = out.text.indexOf(`- name: ${name}\n`);
  assert.ok(i >= 0, name);
  const v = out.text.indexOf('value: ', i) + 'value: '.length;
  return { start: v, end: out.text.indexOf('\n', v) };
}
const fileText = (p: string) => readFileSync(p, 'utf8');

test('nacos-k8s: the nil auth values map to their values.yaml lines, with the template line in the chain', t => {
  const dirs = charts();
  if (!dirs.length) { t.skip('corpus not found'); return; }
  let withAuth = 0;
  for (const dir of dirs) {
    const { r, out } = statefulset(dir);
    const values = join(dir, 'values.yaml');
    if (!fileText(values).includes('authToken:')) {
      // older snapshots have no auth values: nothing in the env, and a --set of them is read by no template
      assert.ok(!out.text.includes('NACOS_AUTH_TOKEN'));
      assert.equal(isValueRead(r, 'nacos.authToken'), false);
      continue;
    }
    withAuth++;
    for (const [env, key] of [['NACOS_AUTH_TOKEN', 'authToken'], ['NACOS_AUTH_IDENTITY_KEY', 'identityKey'], ['NACOS_AUTH_IDENTITY_VALUE', 'identityValue']]) {
      const span = envValue(out, env);
      assert.equal(out.text.slice(span.start, span.end), '"nil"', `${dir} ${env}`);
      // the whole scalar: from values.yaml, not character for character (quote added the quotes)
      const whole = out.origin(span);
      assert.ok(whole && whole.kind === 'written', JSON.stringify(whole));
      assert.equal(whole.path, values);
      assert.equal(whole.exact, false);
      assert.equal(whole.via, 'quote');
      const vt = fileText(values);
      assert.equal(vt.slice(whole.span.start, whole.span.end), 'nil');
      const line = vt.slice(vt.lastIndexOf('\n', whole.span.start) + 1, vt.indexOf('\n', whole.span.start));
      assert.equal(line.trim(), `${key}: nil`);
      // the characters between the quotes are the values file's, one to one
      const inner = out.origin({ start: span.start + 1, end: span.end - 1 });
      assert.ok(inner && inner.kind === 'written' && inner.exact, JSON.stringify(inner));
      assert.deepEqual(inner.span, whole.span);
      // the chain names the template action that printed it
      const link = whole.chain?.find(c => c.path === join(dir, 'templates/statefulset.yaml'));
      assert.ok(link, JSON.stringify(whole.chain));
      assert.equal(fileText(link.path).slice(link.span.start, link.span.end), `{{ .Values.nacos.${key} | quote }}`);
    }
    // a template literal maps to itself, exactly
    const n = out.text.indexOf('NACOS_AUTH_TOKEN');
    const lit = out.origin({ start: n, end: n + 'NACOS_AUTH_TOKEN'.length });
    assert.ok(lit && lit.kind === 'written' && lit.exact);
    assert.equal(fileText(lit.path).slice(lit.span.start, lit.span.end), 'NACOS_AUTH_TOKEN');
    assert.ok(r.valuesRead.has('nacos.authToken') && r.valuesRead.has('nacos.identityValue'));
    assert.equal(isValueRead(r, 'server.security'), false);
    assert.equal(isValueRead(r, 'nacos.identityKey'), true);
    // toYaml keeps the origins of the scalars it prints
    const cpu = out.text.indexOf('cpu: ') + 'cpu: '.length;
    const o = out.origin({ start: cpu, end: out.text.indexOf('\n', cpu) });
    assert.ok(o && o.kind === 'written' && o.path === values && o.exact, JSON.stringify(o));
    assert.equal(fileText(values).slice(o.span.start, o.span.end), '500m');
  }
  assert.ok(withAuth >= 1, 'a snapshot with the auth values');
});

test('values from -f files and --set map to where they were written', t => {
  const dir = charts().find(d => fileText(join(d, 'values.yaml')).includes('authToken:'));
  if (!dir) { t.skip('corpus not found'); return; }
  const valuesFile = 'my-values.yaml';
  const text = 'nacos:\n  authToken: "VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg="\n  identityKey: serverIdentity\n';
  const { out, r } = statefulset(dir, { valueFiles: [{ path: valuesFile, text }], set: ['nacos.identityValue=security,global.mode=cluster'] });
  const tok = out.origin(envValue(out, 'NACOS_AUTH_TOKEN'));
  assert.ok(tok && tok.kind === 'written' && tok.path === valuesFile);
  assert.equal(text.slice(tok.span.start, tok.span.end), 'VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=');
  const idv = out.origin(envValue(out, 'NACOS_AUTH_IDENTITY_VALUE'));
  assert.ok(idv && idv.kind === 'written' && idv.path === '--set[0]');
  assert.equal('nacos.identityValue=security,global.mode=cluster'.slice(idv.span.start, idv.span.end), 'security');
  assert.ok(r.valuesRead.has('global.mode'));
});

test('a default written in the template is the origin when the value is missing', t => {
  const dir = charts()[0];
  if (!dir) { t.skip('corpus not found'); return; }
  const r = renderChart(loadChart(readChartDir(dir), dir), { set: ['nacos.storage.type=mysql', 'nacos.storage.db.host=db'] });
  assert.deepEqual(r.problems, []);
  const cm = r.templates.find(x => x.name.endsWith('configmap.yaml'))!.output;
  const i = cm.text.indexOf('mysql.port: "') + 'mysql.port: "'.length;
  const o = cm.origin({ start: i, end: i + 4 });
  assert.equal(cm.text.slice(i, i + 4), '3306');
  assert.ok(o && o.kind === 'written' && o.exact && o.path.endsWith('templates/configmap.yaml'), JSON.stringify(o));
  assert.equal(fileText(o.path).slice(o.span.start, o.span.end), '3306');
});
