// Compose model (server/src/core/compose/model.ts): never throws on any YAML-ish text, every span it reports lies
// within the file it names, and the container environment equals what was written — in map and list form, quoted
// or plain, through env_file and `.env` interpolation — also after a value is replaced the way the fixes do it.
import fc from 'fast-check';
import { loadComposeProject, type ComposeProject } from '../../server/src/core/sources/compose/project';
import { encodeValue, replaceValueEdit } from '../../server/src/core/fixes/encode';
import { applyEdits } from '../../server/src/core/fixes/apply';
import type { WrittenValue } from '../../server/src/core/model/node';
import { eq, fail, spanWithin, textOver, type FuzzProperty } from './check';

const DIR = '/p';
const MAIN = `${DIR}/compose.yaml`;

function spansWithin(project: ComposeProject, files: Map<string, string>): void {
  const len = (path: string, what: string): number => {
    const t = files.get(path);
    if (t === undefined) fail(`${what}: span in a file that was never read: ${path}`);
    return t.length;
  };
  for (const p of project.problems) {
    if (!p.message) fail('problem without a message');
    // A file that cannot be read has its problem at 0..0.
    if (files.has(p.path)) spanWithin(p.span, len(p.path, 'problem'), `problem (${p.kind})`);
    else eq(`${p.span.start}..${p.span.end}`, '0..0', 'problem span in an unreadable file');
  }
  for (const s of project.services) {
    spanWithin(s.nameSpan, len(s.path, 'service'), `service ${s.name} nameSpan`);
    if (s.image) spanWithin(s.image.span, len(s.image.path, 'image'), 'image span');
    for (const v of s.volumes) spanWithin(v.span, len(v.path, 'volume'), 'volume span');
    for (const e of s.envFiles) spanWithin(e.declaredSpan, len(e.declaredIn, 'env_file'), 'env_file span');
    for (const ev of [...s.environment.values()].flatMap((x) => [x, ...x.overridden])) {
      const n = len(ev.path, 'env value');
      for (const k of ['span', 'keySpan', 'innerSpan', 'entrySpan'] as const) spanWithin(ev[k], n, `${ev.name} ${k}`);
      for (const r of ev.refs) {
        spanWithin(r.span, len(r.path, 'ref'), `${ev.name} ref ${r.name}`);
        if (r.definedIn) spanWithin(r.definedIn.span, len(r.definedIn.path, 'definedIn'), `${ev.name} ref definedIn`);
      }
    }
  }
}

function load(files: Map<string, string>): ComposeProject {
  return loadComposeProject(MAIN, (p) => files.get(p));
}

const BASE = [
  'x-common: &common',
  '  image: nacos/nacos-server:v2.3.0',
  '  environment:',
  '    NACOS_AUTH_ENABLE: "true"',
  '    NACOS_AUTH_TOKEN: ${TOKEN:-VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=}',
  'services:',
  '  nacos1:',
  '    <<: *common',
  '    env_file: [./env/nacos.env, {path: ./missing.env, required: false}]',
  '    environment:',
  '      - NACOS_AUTH_IDENTITY_KEY=serverIdentity',
  '      - "NACOS_AUTH_IDENTITY_VALUE=${VALUE}"',
  '      - MODE',
  '    volumes: ["./conf/application.properties:/home/nacos/conf/application.properties:ro"]',
  '  nacos2:',
  '    extends: nacos1',
  '    image: !override nacos/nacos-server:${TAG?tag}',
  '    environment: !reset {}',
  '    profiles: [a, "b"]',
  '  nacos3:',
  '    extends: {file: ./other.yaml, service: base}',
  '',
].join('\n');
const OTHER = 'services:\n  base:\n    environment:\n      JAVA_OPT: "-Dnacos.core.auth.enabled=true"\n      K: |\n        block\n';
const DOTENV = 'TOKEN=\nVALUE=${TOKEN:-x}\nTAG=v3.0.0\n';
const NACOS_ENV = 'NACOS_AUTH_IDENTITY_VALUE=a\nexport NACOS_AUTH_TOKEN="b$${x}"\nMODE\n';

/** Random edits of a realistic project: YAML-significant pieces inserted, deleted and replaced anywhere. */
const YAML_PIECES = [
  ' ', '  ', '\n', '\r\n', '\t', ':', ': ', '- ', '-', '#', '&a', '*a', '*common', '<<', '!reset', '!override', '!!str', '"', "'", '{', '}', '[', ']',
  ',', '|', '>', '${', '$', '}', '?', '%', '@', '`', '=', 'x', 'services', 'environment', 'env_file', 'extends', '\u0000', '\ufeff', 'é',
];
const mutation = fc.record({ at: fc.nat(), del: fc.nat({ max: 6 }), ins: textOver(YAML_PIECES, 4) });

function mutate(text: string, muts: { at: number; del: number; ins: string }[]): string {
  let t = text;
  for (const m of muts) {
    const at = t.length ? m.at % (t.length + 1) : 0;
    t = t.slice(0, at) + m.ins + t.slice(at + m.del);
  }
  return t;
}

// ---------------------------------------------------------------------------------------------------------------
// Round trip: values written in every form come back unchanged.

const VAR = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,6}$/);
const anyValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 16 }),
  textOver([' ', "'", '"', '\\', '$', '$$', '${A}', '#', ' #', ': ', '=', 'a', 'true', '1', 'é', '\n', '\t', '-', '[', '{'], 8),
);
/** Characters a single-quoted or plain one-line YAML scalar can hold as they are. */
const printable = (v: string): boolean => /^[\x20-\x7e\u00a0-\ud7ff\ue000-\ufffd]*$/.test(v);

type Form = 'map-double' | 'map-single' | 'map-plain' | 'list-double' | 'list-single' | 'list-plain' | 'env_file' | 'dotenv';
const FORMS: Form[] = ['map-double', 'map-single', 'map-plain', 'list-double', 'list-single', 'list-plain', 'env_file', 'dotenv'];
const ENV_W: WrittenValue = { path: '', fileKind: 'env', span: { start: 0, end: 0 }, raw: '', name: 'K', literal: true };
const MAP_W: WrittenValue = { path: '', fileKind: 'compose', span: { start: 0, end: 0 }, raw: '', name: 'K', literal: true, listForm: false };

/** The form actually used for a value (a value a form cannot hold falls back to double quotes). */
function formFor(requested: Form, v: string, list: boolean): Form {
  // One `environment:` is either a mapping or a list.
  const form = (requested.startsWith('map-') || requested.startsWith('list-')) ? (`${list ? 'list' : 'map'}-${requested.split('-')[1]}` as Form) : requested;
  const dollar = v.replace(/\$/g, '$$$$');
  if (form === 'map-single' || form === 'list-single') return printable(dollar) ? form : form === 'map-single' ? 'map-double' : 'list-double';
  if (form === 'map-plain') return encodeValue(MAP_W, v).startsWith('"') ? 'map-double' : 'map-plain';
  if (form === 'list-plain') return /^[A-Za-z0-9_.\-+/@,]*$/.test(dollar) ? 'list-plain' : 'list-double';
  return form;
}

const sq = (s: string): string => `'${s.replace(/'/g, "''")}'`;

interface Built { files: Map<string, string>; expected: Map<string, string>; service: string }

function build(items: { name: string; value: string; form: Form }[], list: boolean): Built {
  const expected = new Map<string, string>();
  const envLines: string[] = [];
  const dotLines: string[] = [];
  const compose: string[] = ['services:', '  svc:', '    image: nacos/nacos-server:v2.4.3', '    env_file: ./env/a.env', '    environment:'];
  for (const [i, it] of items.entries()) {
    const form = formFor(it.form, it.value, list);
    const name = `${it.name}_${i}`;
    const dollar = it.value.replace(/\$/g, '$$$$');
    expected.set(name, it.value);
    if (form === 'env_file') envLines.push(`${name}=${encodeValue(ENV_W, it.value)}`);
    else if (form === 'dotenv') {
      dotLines.push(`V_${i}=${encodeValue(ENV_W, it.value)}`);
      compose.push(list ? `      - ${name}=\${V_${i}}` : `      ${name}: \${V_${i}}`);
    } else if (list) {
      const item = `${name}=${dollar}`;
      compose.push(`      - ${form === 'list-single' ? sq(item) : form === 'list-plain' ? item : JSON.stringify(item)}`);
    } else {
      compose.push(`      ${name}: ${form === 'map-single' ? sq(dollar) : form === 'map-plain' ? encodeValue(MAP_W, it.value) : JSON.stringify(dollar)}`);
    }
  }
  if (compose[compose.length - 1] === '    environment:') compose.push(list ? '      []' : '      {}');
  const files = new Map([
    [MAIN, compose.join('\n') + '\n'],
    [`${DIR}/env/a.env`, envLines.join('\n') + '\n'],
    [`${DIR}/.env`, dotLines.join('\n') + '\n'],
  ]);
  return { files, expected, service: 'svc' };
}

const itemsArb = fc.array(fc.record({ name: VAR, value: anyValue, form: fc.constantFrom(...FORMS) }), { minLength: 1, maxLength: 5 });

function environmentOf(project: ComposeProject, service: string): Map<string, string | undefined> {
  const s = project.services.find((x) => x.name === service);
  if (!s) fail(`service ${service} missing`);
  return new Map([...s.environment].map(([k, v]) => [k, v.value]));
}

function checkRoundTrip(b: Built): ComposeProject {
  const project = load(b.files);
  spansWithin(project, b.files);
  const problems = project.problems.filter((p) => p.kind !== 'env-file-missing');
  if (problems.length) fail(`problems: ${problems.map((p) => `${p.kind}: ${p.message}`).join('; ')}`);
  const env = environmentOf(project, b.service);
  for (const [k, v] of b.expected) eq(env.get(k), v, `value of ${k}`);
  return project;
}

export const COMPOSE_MODEL: FuzzProperty[] = [
  {
    name: 'compose: randomly edited projects load without throwing; every span lies within the file it names',
    area: 'compose',
    runs: 6_000,
    property: () => fc.property(
      fc.array(mutation, { maxLength: 6 }), fc.array(mutation, { maxLength: 3 }), fc.array(mutation, { maxLength: 3 }),
      (m1, m2, m3) => {
        const files = new Map([
          [MAIN, mutate(BASE, m1)],
          [`${DIR}/other.yaml`, mutate(OTHER, m2)],
          [`${DIR}/.env`, mutate(DOTENV, m3)],
          [`${DIR}/env/nacos.env`, NACOS_ENV],
        ]);
        spansWithin(load(files), files);
      },
    ),
  },
  {
    name: 'compose: environment values written in map, list, quoted, plain, env_file and .env forms reach the container unchanged',
    area: 'compose',
    runs: 6_000,
    property: () => fc.property(itemsArb, fc.boolean(), (items, list) => { checkRoundTrip(build(items, list)); }),
  },
  {
    name: 'compose: replacing a value where it was written (replaceValueEdit, as the fixes do) sets exactly that value',
    area: 'compose',
    runs: 4_000,
    property: () => fc.property(itemsArb, fc.boolean(), fc.nat(), anyValue, (items, list, pick, next) => {
      const b = build(items, list);
      const project = checkRoundTrip(b);
      const names = [...b.expected.keys()];
      const name = names[pick % names.length];
      const ev = project.services[0].environment.get(name)!;
      // A value from `.env` is edited in `.env` (externalFromEnv); a literal one where it stands.
      const ref = ev.refs.length === 1 ? ev.refs[0].definedIn : undefined;
      // Built the way model/composeNode.ts describes a written value.
      const w: WrittenValue = ref
        ? { path: ref.path, fileKind: 'env', span: ref.span, raw: '', name, literal: true, keySpan: ref.keySpan }
        : { path: ev.path, fileKind: ev.via === 'env_file' ? 'env' : 'compose', span: ev.span, raw: '', keySpan: ev.keySpan, name, listForm: ev.listForm, literal: true };
      const edit = replaceValueEdit(w, next, b.files.get(w.path));
      const files = new Map(b.files);
      files.set(edit.path, applyEdits(files.get(edit.path)!, [edit]));
      const after = load(files);
      const problems = after.problems.filter((p) => p.kind !== 'env-file-missing');
      if (problems.length) fail(`problems after the edit: ${problems.map((p) => `${p.kind}: ${p.message}`).join('; ')}`);
      const env = environmentOf(after, 'svc');
      for (const [k, v] of b.expected) eq(env.get(k), k === name ? next : v, `value of ${k} after the edit`);
    }),
  },
];
