// The Go template engine and Helm renderer on their own (no oracle needed): Go/Sprig semantics charts depend on,
// values layering, strvals, problems instead of exceptions, and bounded work on hostile input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadChart, renderChart, type RenderOptions, type RenderResult } from '../../server/src/core/sources/helm';
import { parseTemplate } from '../../server/src/core/syntax/gotemplate/parse';
import { FUNCS } from '../../server/src/core/syntax/gotemplate/funcs';
import { keyLess, resolvePlain } from '../../server/src/core/syntax/gotemplate/goyaml';
import { formatFloat, sprintf, int } from '../../server/src/core/syntax/gotemplate/value';

function render(tpl: string, values = '', opts: RenderOptions = {}, extra: Record<string, string> = {}): RenderResult & { out: string } {
  const files = new Map<string, string>([
    ['Chart.yaml', 'apiVersion: v2\nname: t\nversion: 1.2.3\nappVersion: "3.0.1"\n'],
    ['values.yaml', values],
    ['templates/t.yaml', tpl],
    ...Object.entries(extra),
  ]);
  const r = renderChart(loadChart(files, 'chart'), opts);
  return { ...r, out: r.templates.find(t => t.name === 't/templates/t.yaml')?.output.text ?? '' };
}
const out = (tpl: string, values = '', opts: RenderOptions = {}) => {
  const r = render(tpl, values, opts);
  assert.deepEqual(r.problems, [], JSON.stringify(r.problems));
  return r.out;
};
const fails = (tpl: string, values = '', opts: RenderOptions = {}) => {
  const r = render(tpl, values, opts);
  assert.ok(r.problems.length > 0, `expected a problem, got output ${JSON.stringify(r.out)}`);
  return r.problems[0];
};

test('YAML scalars are read as go-yaml v2 + JSON read them (nil is a string, numbers are float64)', () => {
  assert.equal(out('{{ .Values.a }}|{{ .Values.b }}|{{ .Values.c }}|{{ .Values.d }}|{{ .Values.e }}|{{ .Values.f }}', 'a: nil\nb: ~\nc: 1e3\nd: 1234567\ne: yes\nf: 0x1F\n'), 'nil||1000|1.234567e+06|true|31');
  assert.equal(out('{{ typeOf .Values.a }} {{ typeOf .Values.b }} {{ typeOf .Values.c }}', 'a: 8848\nb: "8848"\nc: 2001-12-14\n'), 'float64 string string');
  assert.equal(resolvePlain('on').tag, 'bool');
  assert.equal(resolvePlain('1:20').tag, 'str');
  assert.equal(resolvePlain('012').value, 10n);
});

test('quote, squote and default follow Sprig (nil, empty strings, false, 0, empty maps)', () => {
  assert.equal(out('{{ .Values.a | quote }}|{{ .Values.missing | quote }}|{{ .Values.n | quote }}|{{ quote .Values.x }}', 'a: nil\nn: null\nx: 8848\n'), '"nil"|||"8848"');
  assert.equal(out("{{ squote .Values.a }}", 'a: it\n'), "'it'");
  assert.equal(out('{{ default "d" .Values.s }}|{{ default "d" .Values.f }}|{{ default "d" .Values.z }}|{{ default "d" .Values.m }}|{{ default "d" .Values.l }}|{{ default "d" .Values.t }}', 's: ""\nf: false\nz: 0\nm: {}\nl: []\nt: x\n'), 'd|d|d|d|d|x');
  assert.equal(out('{{ toString .Values.a }}|{{ toString .Values.b }}', 'a: 1.5\nb: true\n'), '1.5|true');
});

test('printf verbs, eq/ne/and/or/not, if / else if / else, with, range over lists and sorted maps', () => {
  assert.equal(sprintf('%s-%d-%v-%q-%5s|%-3d|%x', ['a', int(3), 1.5, 'q"', 'r', int(7), int(255)]), 'a-3-1.5-"q\\""-    r|7  |ff');
  assert.equal(sprintf('%d', ['s']), '%!d(string=s)');
  assert.equal(out('{{ if eq .Values.m "a" }}A{{ else if ne .Values.m "b" }}C{{ else }}B{{ end }}', 'm: b\n'), 'B');
  assert.equal(out('{{ and 1 0 "x" }}|{{ or 0 "" "y" }}|{{ not .Values.e }}', 'e: false\n'), '0|y|true');
  assert.equal(out('{{ with .Values.w }}[{{ .k }}]{{ else }}none{{ end }}', 'w:\n  k: v\n'), '[v]');
  // `y` is a YAML 1.1 boolean for go-yaml v2
  assert.equal(out('{{ range $k, $v := .Values.m }}{{ $k }}={{ $v }};{{ end }}', 'm: {b: 2, a10: x, a2: y}\n'), 'a10=x;a2=true;b=2;');
  assert.equal(out('{{ range $i, $e := .Values.l }}{{ $i }}:{{ $e }},{{ else }}empty{{ end }}', 'l: [x, z]\n'), '0:x,1:z,');
  assert.equal(out('{{ range .Values.l }}{{ . }}{{ else }}empty{{ end }}', 'l: []\n'), 'empty');
  assert.equal(out('{{ range $i := 3 }}{{ $i }}{{ end }}'), '012');
  assert.equal(out('{{ range .Values.l }}{{ if eq . "b" }}{{ break }}{{ end }}{{ . }}{{ end }}', 'l: [a, b, c]\n'), 'a');
  // a values number is float64, a template literal is int: Go refuses to compare them
  assert.match(fails('{{ eq .Values.num 1 }}', 'num: 1\n').message, /incompatible types for comparison/);
});

test('whitespace trimming, comments, variables and $', () => {
  assert.equal(out('a  {{- "b" -}}  c\n{{/* note */}}d {{- /* trimmed */ -}} e'), 'abc\nde');
  assert.equal(out('{{ $x := .Values.a }}{{ with .Values.w }}{{ $x }}-{{ $.Values.a }}{{ end }}', 'a: 1\nw: {k: 1}\n'), '1-1');
  assert.equal(out('{{- $v := "a" }}{{ $v = "b" }}{{ $v }}'), 'b');
});

test('define / include / template, nindent / indent, trim*, upper / lower, b64enc / b64dec, trunc', () => {
  const helpers = '{{- define "n" -}}{{ .Chart.Name }}-{{ .Release.Name | trunc 3 }}{{- end -}}{{- define "l" }}a: 1\nb: 2{{ end }}';
  const r = render('x: {{ include "n" . }}\ny:{{ include "l" . | nindent 2 }}\nz: {{ template "n" . }}\nw: |\n{{ include "l" . | indent 2 }}', '', {}, { 'templates/_helpers.tpl': helpers });
  assert.deepEqual(r.problems, []);
  assert.equal(r.out, 'x: t-rel\ny:\n  a: 1\n  b: 2\nz: t-rel\nw: |\n  a: 1\n  b: 2');
  assert.equal(out('{{ " x " | trim }}|{{ "abc" | trimSuffix "c" | trimPrefix "a" }}|{{ upper "a" }}{{ lower "B" }}|{{ "secret" | b64enc }}|{{ "c2VjcmV0" | b64dec }}'), 'x|b|Ab|c2VjcmV0|secret');
  assert.equal(out('{{ toYaml .Values.m }}', 'm:\n  b: [1, "2", yes]\n  a: "multi\\nline"\n  c: {}\n  "true": ""\n'), 'a: |-\n  multi\n  line\nb:\n- 1\n- "2"\n- true\nc: {}\n"true": ""');
  assert.equal(out('{{ .Values.a | required "need a" }}', 'a: x\n'), 'x');
});

test('tpl of a static string, .Files.Get, .Release / .Chart / .Capabilities / .Template', () => {
  const r = render('{{ tpl "{{ .Release.Name }}-{{ .Values.a }}" . }}|{{ .Files.Get "conf/a.txt" }}|{{ .Chart.Version }}|{{ .Chart.AppVersion }}|{{ .Capabilities.KubeVersion.Major }}|{{ .Template.Name }}|{{ .Release.Namespace }}|{{ .Capabilities.APIVersions.Has "apps/v1" }}', 'a: v\n', { release: { name: 'r1', namespace: 'ns' } }, { 'conf/a.txt': 'file text' });
  assert.deepEqual(r.problems, []);
  assert.equal(r.out, 'r1-v|file text|1.2.3|3.0.1|1|t/templates/t.yaml|ns|true');
});

test('values layering: values.yaml < -f files < --set; maps merge, lists replace, null deletes', () => {
  const values = 'a:\n  b: 1\n  c: 2\n  l: [1, 2]\nk: keep\ngone: x\n';
  const r = render('{{ toJson .Values }}', values, {
    valueFiles: [{ path: 'v1.yaml', text: 'a:\n  c: 3\n  l: [9]\ngone: null\n' }, { path: 'v2.yaml', text: 'a:\n  d: 4\n' }],
    set: ['a.b=x', 'n=8848', 'lst={a,b}', 'esc=a\\,b', 'idx[1]=z', 's=0', 'o=007'],
  });
  assert.deepEqual(r.problems, []);
  assert.equal(r.out, '{"a":{"b":"x","c":3,"d":4,"l":[9]},"esc":"a,b","idx":[null,"z"],"k":"keep","lst":["a","b"],"n":8848,"o":"007","s":0}');
  // an int from --set is int64 (prints without exponent); a file number is float64
  assert.equal(out('{{ .Values.big }}|{{ .Values.f }}', 'f: 12345678\n', { set: ['big=12345678'] }), '12345678|1.2345678e+07');
  const bad = render('x', '', { set: ['a.b'] });
  assert.match(bad.problems[0].message, /failed parsing --set data: key "b" has no value/);
});

test('problems instead of exceptions: syntax errors with spans, required, fail, nil pointers, unknown functions', () => {
  const tpl = 'ok\n{{ if .Values.a }}\n{{ end';
  const p = fails(tpl);
  assert.equal(p.kind, 'syntax');
  assert.ok(p.span.start >= tpl.indexOf('{{ end'), JSON.stringify(p));
  assert.match(fails('{{ nosuchfunc 1 }}').message, /function "nosuchfunc" not defined/);
  const req = fails('{{ required "identity value is required" .Values.id }}');
  assert.equal(req.kind, 'required');
  assert.equal(req.message, 'identity value is required');
  assert.equal(fails('{{ fail "no" }}').kind, 'fail');
  assert.match(fails('{{ .Values.x.y }}').message, /nil pointer evaluating interface \{\}\.y/);
  assert.match(fails('{{ .Values.num | upper }}', 'num: 1\n').message, /wrong type for value; expected string; got float64/);
  // `n` is a YAML 1.1 boolean key (false): .Values.n is missing
  assert.match(fails('{{ .Values.n | upper }}', 'n: 1\n').message, /invalid value; expected string/);
  assert.equal(parseTemplate('x', '{{ "unterminated }}', { isFunction: n => FUNCS.has(n) }).problems.length, 1);
});

test('constructs not evaluated are unknown and reported once: lookup, random, missing .Files.Get', () => {
  const r = render('a: {{ randAlphaNum 16 }}\nb: {{ (lookup "v1" "Secret" "ns" "s").data }}\nc: {{ .Files.Get "nope.txt" }}\nd: {{ randAlphaNum 16 | b64enc }}');
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.unsupported.map(u => u.construct.split(':')[0]).sort(), ['.Files.Get of a file not in the chart', 'lookup', 'randAlphaNum', 'randAlphaNum'].sort());
  const t = r.templates[0].output;
  const at = (needle: string, len: number) => t.origin({ start: t.text.indexOf(needle), end: t.text.indexOf(needle) + len });
  assert.equal(at('a: ', 3)?.kind, 'written');
  const ia = t.text.indexOf('a: ') + 3;
  assert.equal(t.origin({ start: ia, end: ia + 16 })?.kind, 'unknown');
  const ic = t.text.indexOf('c: ') + 3;
  // an empty value that is unknown is still unknown (not empty)
  assert.equal(t.origin({ start: ic, end: ic })?.kind, 'unknown');
  const id = t.text.indexOf('d: ') + 3;
  assert.equal(t.origin({ start: id, end: t.text.length })?.kind, 'unknown');
  // what the Kubernetes reader asks of a scalar: is any character of it unknown (and why)
  assert.match(t.unknownWithin!({ start: ia, end: ia + 16 }) ?? '', /randAlphaNum/);
  assert.match(t.unknownWithin!({ start: ic, end: ic }) ?? '', /Files\.Get/);
  assert.match(t.unknownWithin!({ start: id - 3, end: t.text.length }) ?? '', /randAlphaNum/);
  assert.equal(t.unknownWithin!({ start: 0, end: 3 }), undefined);
});

test('a cache given to the chart keeps parsed values and templates by text', () => {
  const kept = new Map<string, unknown>();
  let computed = 0;
  const cache = { derived<T>(path: string, text: string, tag: string, compute: () => T): T {
    const k = `${tag}\0${path}\0${text}`;
    if (!kept.has(k)) { computed++; kept.set(k, compute()); }
    return kept.get(k) as T;
  } };
  const files = new Map([['Chart.yaml', 'apiVersion: v2\nname: t\nversion: 1.0.0\n'], ['values.yaml', 'a: 1\n'], ['templates/t.yaml', 'a: {{ .Values.a }}\n']]);
  const first = renderChart(loadChart(files, 'chart', 0, cache), { set: ['a=2'] });
  const n = computed;
  assert.ok(n >= 3, `Chart.yaml, values.yaml and the template go through the cache (${n})`);
  const again = renderChart(loadChart(files, 'chart', 0, cache), { set: ['a=3'] });
  assert.equal(computed, n, 'nothing parsed again');
  assert.equal(first.templates[0].output.text, 'a: 2\n');
  // `--set` merges into a copy: the cached values stay as read
  assert.equal(again.templates[0].output.text, 'a: 3\n');
});

test('bad input stays bounded: infinite include, deep range nesting, 10,000-line values, huge output', () => {
  let t0 = Date.now();
  const rec = fails('{{- define "loop" }}{{ include "loop" . }}{{- end }}x: {{ include "loop" . }}');
  assert.equal(rec.kind, 'limit');
  assert.ok(Date.now() - t0 < 5000);
  t0 = Date.now();
  const nested = fails('{{ range until 1000 }}{{ range until 1000 }}{{ range until 1000 }}x{{ end }}{{ end }}{{ end }}');
  assert.equal(nested.kind, 'limit');
  assert.ok(Date.now() - t0 < 10000, `${Date.now() - t0} ms`);
  t0 = Date.now();
  const big = Array.from({ length: 10000 }, (_, i) => `k${i}: v${i}`).join('\n') + '\n';
  const r = render('{{ range $k, $v := .Values }}{{ $k }}={{ $v }}\n{{ end }}', big);
  assert.deepEqual(r.problems, []);
  assert.equal(r.out.split('\n').length, 10001);
  assert.ok(Date.now() - t0 < 5000, `${Date.now() - t0} ms`);
  const huge = fails('{{ range until 100000 }}{{ "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" | repeat 5 }}{{ end }}', '', { limits: { maxOutput: 1_000_000 } });
  assert.equal(huge.kind, 'limit');
  // a YAML alias bomb in values does not explode
  const bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n';
  t0 = Date.now();
  render('{{ len .Values.e }}', bomb);
  assert.ok(Date.now() - t0 < 5000);
});

test('Go number formatting and go-yaml key order', () => {
  assert.deepEqual([1e6, 123456, 0.0001, 1e-5, 1e21, 8848, -0.5].map(x => formatFloat(x)), ['1e+06', '123456', '0.0001', '1e-05', '1e+21', '8848', '-0.5']);
  assert.deepEqual(['b', 'a10', 'a2', 'A', '1', 'a'].sort((x, y) => (keyLess(x, y) ? -1 : keyLess(y, x) ? 1 : 0)), ['1', 'A', 'a', 'a2', 'a10', 'b']);
});

test('tpl of a values string: its literal text maps into the values file, exactly', () => {
  const values = 'greeting: "hi {{ .Release.Name }}!"\n';
  const r = render('{{ tpl .Values.greeting . }}', values);
  assert.deepEqual(r.problems, []);
  assert.equal(r.out, 'hi release-name!');
  const o = r.templates[0].output.origin({ start: 0, end: 3 });
  assert.ok(o && o.kind === 'written' && o.exact && o.path === 'chart/values.yaml', JSON.stringify(o));
  assert.equal(values.slice(o.span.start, o.span.end), 'hi ');
  // a value printed as is maps exactly; one changed by a function does not
  const p = render('a: {{ .Values.a }}\nb: {{ .Values.a | upper }}\nc: {{ .Values.num }}', 'a: serverIdentity\nnum: 1e3\n');
  const t = p.templates[0].output;
  const a = t.origin({ start: 3, end: 3 + 'serverIdentity'.length });
  assert.ok(a && a.kind === 'written' && a.exact && a.chain?.[0].via === 'template action');
  const ib = t.text.indexOf('b: ') + 3;
  const b = t.origin({ start: ib, end: ib + 14 });
  assert.ok(b && b.kind === 'written' && !b.exact && b.via === 'upper');
  const ic = t.text.indexOf('c: ') + 3;
  const c = t.origin({ start: ic, end: ic + 4 });
  assert.equal(t.text.slice(ic), '1000');
  assert.ok(c && c.kind === 'written' && !c.exact, 'printed 1000 from 1e3: not the same characters');
});

test('subcharts: values scoped under the name, globals passed down, conditions, aliases; missing ones are a problem', () => {
  const files = new Map<string, string>([
    ['Chart.yaml', 'apiVersion: v2\nname: top\nversion: 1.0.0\ndependencies:\n- name: db\n  version: 1.0.0\n  condition: db.enabled\n- name: db\n  alias: db2\n  version: 1.0.0\n'],
    ['values.yaml', 'global:\n  region: eu\ndb:\n  enabled: true\n  password: top-secret\ndb2:\n  password: other\n'],
    ['templates/t.yaml', 'x: {{ .Values.db.password }}'],
    ['charts/db/Chart.yaml', 'apiVersion: v2\nname: db\nversion: 1.0.0\n'],
    ['charts/db/values.yaml', 'password: changeme\nport: 5432\n'],
    ['charts/db/templates/s.yaml', 'name: {{ .Chart.Name }}\npassword: {{ .Values.password }}\nport: {{ .Values.port }}\nregion: {{ .Values.global.region }}\nroot: {{ .Chart.IsRoot }}'],
  ]);
  const r = renderChart(loadChart(files, 'top'));
  assert.deepEqual(r.problems, []);
  const byName = new Map(r.templates.map(t => [t.name, t.output.text]));
  assert.equal(byName.get('top/charts/db/templates/s.yaml'), 'name: db\npassword: top-secret\nport: 5432\nregion: eu\nroot: false');
  assert.equal(byName.get('top/charts/db2/templates/s.yaml'), 'name: db2\npassword: other\nport: 5432\nregion: eu\nroot: false');
  // the subchart's value came from the parent's values.yaml: provenance says so
  const out = r.templates.find(t => t.name === 'top/charts/db/templates/s.yaml')!.output;
  const i = out.text.indexOf('top-secret');
  const o = out.origin({ start: i, end: i + 'top-secret'.length });
  assert.ok(o && o.kind === 'written' && o.path === 'top/values.yaml' && o.exact);
  const off = renderChart(loadChart(files, 'top'), { set: ['db.enabled=false'] });
  assert.ok(!off.templates.some(t => t.name === 'top/charts/db/templates/s.yaml'));
  assert.ok(off.templates.some(t => t.name === 'top/charts/db2/templates/s.yaml'));
  files.delete('charts/db/Chart.yaml');
  const missing = renderChart(loadChart(files, 'top'));
  assert.equal(missing.problems[0].kind, 'dependency');
  assert.match(missing.problems[0].message, /missing in charts\/ directory: db/);
  assert.equal(missing.templates.length, 0);
});

test('which .Values keys templates read (for --set keys no template reads)', async () => {
  const { isValueRead } = await import('../../server/src/core/sources/helm');
  const r = render('{{ .Values.a.b }}{{ index .Values "c" "d" }}{{ toYaml .Values.e }}{{ with .Values.f }}{{ .g }}{{ end }}{{ if hasKey .Values "h" }}{{ end }}{{ default "x" .Values.i }}',
    'a: {b: 1, z: 2}\nc: {d: 1, y: 2}\ne: {k: {l: 1}}\nf: {g: 1, w: 2}\nh: 1\ni: {j: 1}\n');
  assert.deepEqual(r.problems, []);
  // i is printed whole (map[j:1]), so i.j is read too
  for (const k of ['a.b', 'c.d', 'e', 'e.k.l', 'f.g', 'h', 'i', 'i.j']) assert.equal(isValueRead(r, k), true, k);
  for (const k of ['a.z', 'c.y', 'f.w', 'server.security']) assert.equal(isValueRead(r, k), false, k);
});

test('random template text never throws: it renders or gives problems (seeded, 600 cases)', async () => {
  const { mulberry32 } = await import('../oracles/helm/generate');
  const r = mulberry32(20260);
  const atoms = ['{{', '}}', '{{-', '-}}', ' ', '\n', '.Values.a', '.Values', '$', '$x', ':=', '=', '|', '(', ')', 'if', 'else', 'end', 'range', 'with', 'define', '"n"', 'include', 'template', 'quote', 'default', 'toYaml', 'nindent', '2', '-1', '1.5', 'nil', 'true', 'printf', '"%s %d"', '/*', '*/', '`raw`', "'c'", 'x:', 'tpl', '"{{ .Values.a }}"', 'break', 'continue', 'block', ',', '.', 'eq', 'and', 'len', 'index', '"a"', 'required', 'fail', 'lookup', 'trunc', '0x1F', '1e3', '\\', '"unterminated', 'dict', 'list', 'toJson', 'fromYaml'];
  for (let i = 0; i < 600; i++) {
    const n = 1 + Math.floor(r() * 40);
    let tpl = '';
    for (let j = 0; j < n; j++) tpl += atoms[Math.floor(r() * atoms.length)] + (r() < 0.5 ? ' ' : '');
    const res = render(tpl, 'a: {b: [1, x, nil]}\n');
    assert.ok(Array.isArray(res.problems));
  }
});

test('hostile constructs hit a limit, not memory: self-calling templates, doubling strings, huge widths', () => {
  const t0 = Date.now();
  assert.equal(fails('{{ define "a" }}{{ template "a" . }}{{ end }}{{ template "a" . }}').kind, 'limit');
  assert.equal(fails('{{ $x := "xxxxxxxx" }}{{ range until 40 }}{{ $x = printf "%s%s" $x $x }}{{ end }}{{ len $x }}').kind, 'limit');
  assert.equal(fails('{{ printf "%0999999999d" 1 }}').kind, 'limit');
  assert.equal(fails('{{ "a" | indent 999999999 }}').kind, 'limit');
  assert.equal(fails('{{ repeat 999999999 "x" }}').kind, 'limit');
  assert.equal(fails('{{ range $i := 1000000000 }}{{ end }}').kind, 'limit');
  assert.ok(Date.now() - t0 < 10000, `${Date.now() - t0} ms`);
});
