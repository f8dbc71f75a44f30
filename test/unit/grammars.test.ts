// The contributed TextMate grammars: valid JSON, wired in package.json, and matching sample lines. vscode-textmate is
// not installed here, so a small tokenizer below implements the subset these grammars use (match, begin/end,
// captures, includes, \G) on JavaScript regexes — which also proves every pattern is a valid regex.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.cwd();
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

interface Rule {
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  captures?: Record<string, { name: string }>;
  beginCaptures?: Record<string, { name: string }>;
  endCaptures?: Record<string, { name: string }>;
  patterns?: Rule[];
  include?: string;
}
interface Grammar extends Rule {
  scopeName: string;
  injectionSelector?: string;
  repository?: Record<string, Rule>;
}

function load(path: string): Grammar {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Grammar;
}

/** Every regex of a grammar, with where it is. */
function regexes(g: Grammar): { where: string; source: string }[] {
  const out: { where: string; source: string }[] = [];
  const walk = (r: Rule, where: string) => {
    for (const k of ['match', 'begin', 'end'] as const) if (r[k] !== undefined) out.push({ where: `${where}.${k}`, source: r[k]! });
    r.patterns?.forEach((p, i) => walk(p, `${where}.patterns[${i}]`));
  };
  walk(g, 'root');
  for (const [name, r] of Object.entries(g.repository ?? {})) walk(r, `repository.${name}`);
  return out;
}

function compile(source: string): { re: RegExp; anchored: boolean } {
  // \G (where the last match ended) becomes a sticky match at that position; the rest is plain JavaScript.
  const anchored = source.includes('\\G');
  return { re: new RegExp(source.replace(/\\G/g, ''), anchored ? 'dy' : 'dg'), anchored };
}

interface Token { text: string; scopes: string[] }

/** Tokenizes one line with the subset of TextMate semantics the grammars use. */
function tokenize(g: Grammar, line: string): { tokens: Token[]; openRegions: number } {
  const scopesAt: string[][] = Array.from({ length: line.length }, () => []);
  const mark = (start: number, end: number, scope: string) => { for (let i = start; i < end; i++) scopesAt[i].push(scope); };
  const expand = (rules: Rule[]): Rule[] => rules.flatMap(r => {
    if (!r.include) return [r];
    const target = g.repository?.[r.include.replace(/^#/, '')];
    assert.ok(target, `include ${r.include} resolves`);
    return target.match || target.begin ? [target] : expand(target.patterns ?? []);
  });
  const applyCaptures = (m: RegExpExecArray, caps: Record<string, { name: string }> | undefined) => {
    for (const [k, v] of Object.entries(caps ?? {})) {
      const span = m.indices?.[Number(k)];
      if (span) mark(span[0], span[1], v.name);
    }
  };
  interface Frame { rule: Rule; start: number }
  const stack: Frame[] = [];
  let pos = 0;
  let anchor = 0;
  let guard = 0;
  while (pos <= line.length && guard++ < 10_000) {
    const frame = stack[stack.length - 1];
    const candidates = expand(frame ? frame.rule.patterns ?? [] : g.patterns ?? []);
    let best: { m: RegExpExecArray; rule?: Rule; isEnd: boolean } | undefined;
    const tryRe = (source: string, rule: Rule | undefined, isEnd: boolean) => {
      const { re, anchored } = compile(source);
      if (anchored && pos !== anchor) return;
      re.lastIndex = pos;
      const m = re.exec(line);
      if (!m) return;
      if (!best || m.index < best.m.index || (m.index === best.m.index && isEnd && !best.isEnd)) best = { m, rule, isEnd };
    };
    if (frame) tryRe(frame.rule.end!, undefined, true);
    for (const r of candidates) tryRe((r.match ?? r.begin)!, r, false);
    if (!best) break;
    const { m } = best;
    const mEnd = m.index + m[0].length;
    if (best.isEnd) {
      applyCaptures(m, frame!.rule.endCaptures);
      if (frame!.rule.name) mark(frame!.start, mEnd, frame!.rule.name);
      stack.pop();
    } else if (best.rule!.match !== undefined) {
      if (best.rule!.name) mark(m.index, mEnd, best.rule!.name);
      applyCaptures(m, best.rule!.captures);
    } else {
      applyCaptures(m, best.rule!.beginCaptures);
      stack.push({ rule: best.rule!, start: m.index });
    }
    anchor = mEnd;
    // An empty match (the `(?=$)` end) must still make progress.
    pos = mEnd === pos && m[0].length === 0 && !best.isEnd ? pos + 1 : mEnd;
    if (pos >= line.length && !stack.length) break;
    if (best.isEnd && m[0].length === 0 && pos >= line.length && !stack.length) break;
  }
  for (const f of stack) if (f.rule.name) mark(f.start, line.length, f.rule.name);
  const tokens: Token[] = [];
  for (let i = 0; i < line.length; i++) {
    const key = scopesAt[i].join(' ');
    const last = tokens[tokens.length - 1];
    if (last && last.scopes.join(' ') === key) last.text += line[i];
    else tokens.push({ text: line[i], scopes: [...scopesAt[i]] });
  }
  return { tokens, openRegions: stack.length };
}

/** The scopes of the token that exactly covers `text` (the first occurrence). */
function scopesOf(tokens: Token[], text: string): string[] {
  const hit = tokens.find(t => t.text === text);
  assert.ok(hit, `a token "${text}" in ${JSON.stringify(tokens.map(t => t.text))}`);
  return hit.scopes;
}

const GRAMMARS = (pkg.contributes?.grammars ?? []) as { language?: string; scopeName: string; path: string; injectTo?: string[] }[];
const byScope = (s: string) => {
  const entry = GRAMMARS.find(x => x.scopeName === s);
  assert.ok(entry, `package.json contributes grammar ${s}`);
  return load(entry.path);
};

describe('grammars', () => {
  test('every contributed grammar exists, is JSON, and declares the scope package.json says', () => {
    assert.ok(GRAMMARS.length >= 3);
    for (const entry of GRAMMARS) {
      assert.ok(existsSync(join(ROOT, entry.path)), `${entry.path} exists`);
      const g = load(entry.path);
      assert.equal(g.scopeName, entry.scopeName);
      for (const r of regexes(g)) assert.doesNotThrow(() => compile(r.source), `${entry.path} ${r.where}`);
      if (entry.injectTo) assert.ok(g.injectionSelector, `${entry.path} is an injection with a selector`);
      if (entry.language) {
        const lang = (pkg.contributes.languages as { id: string; configuration?: string }[]).find(l => l.id === entry.language);
        assert.ok(lang, `language ${entry.language} is contributed`);
        if (lang.configuration) JSON.parse(readFileSync(join(ROOT, lang.configuration), 'utf8'));
      }
    }
  });

  test('cluster.conf is a language of its own, by file name', () => {
    const lang = (pkg.contributes.languages as { id: string; filenames?: string[] }[]).find(l => l.id === 'nacos-cluster-conf');
    assert.deepEqual(lang?.filenames, ['cluster.conf']);
  });

  test('placeholders in properties and env files: injected into source.ini outside comments', () => {
    const entry = GRAMMARS.find(x => x.scopeName === 'nacos-auth-lint.placeholder.injection')!;
    assert.ok(entry.injectTo?.includes('source.ini'), 'VS Code 1.100 gives .properties and .env the scope source.ini');
    const g = byScope(entry.scopeName);
    assert.match(g.injectionSelector!, /L:source\.ini -comment/);

    let { tokens, openRegions } = tokenize(g, 'nacos.core.auth.server.identity.key=${NACOS_AUTH_IDENTITY_KEY:serverIdentity}');
    assert.equal(openRegions, 0);
    assert.ok(scopesOf(tokens, '${').includes('punctuation.definition.template-expression.begin.nacos-auth-lint'));
    assert.ok(scopesOf(tokens, 'NACOS_AUTH_IDENTITY_KEY').includes('variable.other.placeholder.nacos-auth-lint'));
    assert.ok(scopesOf(tokens, ':').includes('keyword.operator.placeholder.nacos-auth-lint'));
    assert.ok(scopesOf(tokens, 'serverIdentity').includes('string.unquoted.placeholder-default.nacos-auth-lint'));
    assert.ok(scopesOf(tokens, '}').includes('punctuation.definition.template-expression.end.nacos-auth-lint'));
    assert.deepEqual(scopesOf(tokens, 'nacos.core.auth.server.identity.key='), [], 'the key is left to the host grammar');

    ({ tokens } = tokenize(g, 'a=${OUTER:${INNER:x}}'));
    assert.ok(scopesOf(tokens, 'INNER').includes('variable.other.placeholder.nacos-auth-lint'), 'nested placeholders');

    ({ tokens } = tokenize(g, 'NACOS_AUTH_TOKEN=${TOKEN:-c2VjcmV0}'));
    assert.ok(scopesOf(tokens, ':-').includes('keyword.operator.placeholder.nacos-auth-lint'), 'Compose operators in env files');
    assert.ok(scopesOf(tokens, 'c2VjcmV0').includes('string.unquoted.placeholder-default.nacos-auth-lint'));

    ({ tokens, openRegions } = tokenize(g, 'broken=${NOT_CLOSED'));
    assert.equal(openRegions, 0, 'an unterminated placeholder ends with the line');
    assert.ok(scopesOf(tokens, 'NOT_CLOSED').includes('variable.other.placeholder.nacos-auth-lint'));
  });

  test('Compose interpolation in YAML: operators, nesting, $$ and $VAR; not ${{ }}', () => {
    const entry = GRAMMARS.find(x => x.scopeName === 'nacos-auth-lint.compose-interpolation.injection')!;
    assert.ok(entry.injectTo?.includes('source.yaml'));
    const g = byScope(entry.scopeName);
    let { tokens } = tokenize(g, '      - NACOS_AUTH_IDENTITY_VALUE=${IDENTITY_VALUE:?set it in .env}');
    assert.ok(scopesOf(tokens, 'IDENTITY_VALUE').includes('variable.other.interpolation.nacos-auth-lint'));
    assert.ok(scopesOf(tokens, ':?').includes('keyword.operator.interpolation.nacos-auth-lint'));
    assert.ok(scopesOf(tokens, 'set it in .env').includes('string.unquoted.interpolation-operand.nacos-auth-lint'));

    ({ tokens } = tokenize(g, '    image: nacos/nacos-server:${NACOS_VERSION:-${FALLBACK}}'));
    assert.ok(scopesOf(tokens, 'FALLBACK').includes('variable.other.interpolation.nacos-auth-lint'));

    ({ tokens } = tokenize(g, '      NACOS_AUTH_TOKEN: "ab$$cd$SUFFIX"'));
    assert.ok(scopesOf(tokens, '$$').includes('constant.character.escape.dollar.nacos-auth-lint'));
    assert.ok(scopesOf(tokens, 'SUFFIX').includes('variable.other.interpolation.nacos-auth-lint'));
    assert.deepEqual(scopesOf(tokens, 'cd'), [], '$$ consumes both dollars');

    ({ tokens } = tokenize(g, '        run: echo ${{ github.sha }}'));
    assert.ok(tokens.every(t => t.scopes.length === 0), 'GitHub Actions expressions are not Compose references');
  });

  test('cluster.conf: addresses, ports, separators, comments', () => {
    const g = byScope('source.nacos-cluster-conf');
    let { tokens } = tokenize(g, '10.0.0.1:8848 # first node');
    assert.ok(scopesOf(tokens, '10.0.0.1').includes('constant.numeric.ip-address.v4.nacos-cluster-conf'));
    assert.ok(scopesOf(tokens, '8848').includes('constant.numeric.port.nacos-cluster-conf'));
    assert.ok(scopesOf(tokens, ' first node').includes('comment.line.number-sign.nacos-cluster-conf'));
    assert.ok(scopesOf(tokens, '#').includes('punctuation.definition.comment.nacos-cluster-conf'));

    ({ tokens } = tokenize(g, 'nacos1:8848,nacos2.svc.local:8848 [::1]:8848'));
    assert.ok(scopesOf(tokens, 'nacos1').includes('entity.name.tag.host.nacos-cluster-conf'));
    assert.ok(scopesOf(tokens, 'nacos2.svc.local').includes('entity.name.tag.host.nacos-cluster-conf'));
    assert.ok(scopesOf(tokens, ',').includes('punctuation.separator.member.nacos-cluster-conf'));
    assert.ok(scopesOf(tokens, '[::1]').includes('constant.numeric.ip-address.v6.nacos-cluster-conf'));

    ({ tokens } = tokenize(g, '10.0.0.1:88a'));
    assert.ok(scopesOf(tokens, '10.0.0.1:88a').includes('invalid.illegal.member.nacos-cluster-conf'));
  });
});
