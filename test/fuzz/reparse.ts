// The language server's keystroke path against the plain one: re-parsing one service entry (yamlTree.ts `reparse`)
// equals parsing the whole text, and an analysis that reuses services from the memo (engine/composeReuse.ts) equals a
// fresh one — after any sequence of random edits of a generated compose file (each edit drawn from its own seed), and
// while a new service is typed after the last one, key by key (YAML errors on the way); a shell script's reading that
// re-reads only the commands an edit touched (sources/shell/incremental.ts) equals a fresh one, and so does the analysis.
import fc from 'fast-check';
import { parseYaml, YamlFile } from '../../server/src/core/syntax/yaml/yamlTree';
import { analyze, type AnalysisResult } from '../../server/src/core';
import { Reuse } from '../../server/src/core/engine/reuse';
import { composeText, dump, edit, rng, servicesTail } from '../composeEdits';
import { benchScript, scriptEdit } from '../shellEdits';
import { readShellState } from '../../server/src/core/sources/shell/index';
import { eq, type FuzzProperty } from './check';

const edits = fc.array(fc.integer(), { minLength: 1, maxLength: 8 });

/** Findings of a result as plain data (fixes: titles and where their edits go). */
function findings(res: AnalysisResult): string {
  return JSON.stringify([...res.findings].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, list]) => [p, list.map(f => ({
    r: f.ruleId, s: f.severity, m: f.message, sp: f.span, rel: f.related,
    fx: f.fixes.map(x => { try { return [x.title, x.edits().map(e => [e.path, e.span, x.deterministic ? e.newText : ''])]; } catch (e) { return [x.title, String(e)]; } }),
  }))]));
}

/** Keys typed into a new service entry: mostly its words and indentation, sometimes YAML's punctuation. */
const WORDS = ['a', 'n', 'x', '1', '-', '_', '.', ' ', '  ', ':', ': ', '\n', '\n    ', '\n      - ', '- ', 'image: ', 'environment:', 'NACOS_AUTH_ENABLE=true', '<<: *common'];
const PUNCTUATION = ['"', "'", '[', ']', '{', '}', ',', '#', '&', '*', '|', '>', '$', '!', '?', '%', '\t', '---'];

/** A compose text with a blank line typed after the last service entry, and a function that types a key (or a
 *  backspace) there: the text after each key. Comments at the top make a few services long enough to re-parse. */
function typist(seed: number, services: number): { text: string; key(k: number): string } | undefined {
  const r = rng(seed);
  let text = `${'# a comment long enough for the file to be re-parsed entry by entry\n'.repeat(130)}${composeText(r, services + r.int(services))}`;
  const t = servicesTail(text);
  if (!t) return undefined;
  const from = t.end;
  text = `${text.slice(0, from)}\n${text.slice(from)}`;
  let at = from;
  return {
    text,
    key(k) {
      const kr = rng(k);
      if (kr.next() < 0.15) {
        if (at > from) { text = text.slice(0, at - 1) + text.slice(at); at--; }
      } else {
        const ch = kr.next() < 0.85 ? kr.pick(WORDS) : kr.pick(PUNCTUATION);
        text = text.slice(0, at) + ch + text.slice(at);
        at += ch.length;
      }
      return text;
    },
  };
}

const keys = fc.array(fc.integer(), { minLength: 1, maxLength: 40 });

export const REPARSE: FuzzProperty[] = [
  {
    name: 'reparse: splicing the edited service entry equals a full parse',
    area: 'compose',
    runs: 600,
    property: () => fc.property(fc.integer(), edits, (seed, steps) => {
      const r = rng(seed);
      const path = `/fz/${seed}/compose.yaml`;
      let text = composeText(r, 30 + r.int(30));
      let prev = parseYaml(path, text);
      for (const s of steps) {
        text = edit(rng(s), text);
        prev = parseYaml(path, text, prev);
        eq(JSON.stringify(dump(prev)), JSON.stringify(dump(new YamlFile(path, text))), 'spliced vs full parse');
      }
    }),
  },
  {
    name: 'reparse: a service typed after the last one, key by key, equals a full parse at every key',
    area: 'compose',
    runs: 300,
    property: () => fc.property(fc.integer(), keys, (seed, typed) => {
      const t = typist(seed, 30);
      if (!t) return;
      const path = `/fz/${seed}/compose.yaml`;
      let prev = parseYaml(path, t.text);
      for (const k of typed) {
        const text = t.key(k);
        prev = parseYaml(path, text, prev);
        eq(JSON.stringify(dump(prev)), JSON.stringify(dump(new YamlFile(path, text))), 'spliced vs full parse');
      }
    }),
  },
  {
    name: 'memo: an analysis reusing unchanged services equals a fresh analysis',
    area: 'compose',
    runs: 300,
    property: () => fc.property(fc.integer(), edits, (seed, steps) => {
      const r = rng(seed);
      const path = '/fz/memo/compose.yaml';
      const files = new Map([['/fz/memo/.env', 'VAR=1\nTAG=v2.4.3\n'], ['/fz/memo/env/common.env', 'NACOS_AUTH_TOKEN=SecretKey012345678901234567890123456789012345678901234567890123456789\n']]);
      let text = composeText(r, 9 + r.int(10));
      const cache = new Reuse();
      const run = (c?: Reuse) => analyze({ files: [{ path, text }], readFile: p => files.get(p), reuse: c });
      run(cache);
      for (const s of steps) {
        text = edit(rng(s), text);
        const memo = findings(run(cache));
        eq(memo, findings(run()), 'memo vs fresh analysis');
      }
    }),
  },
  {
    name: 'memo: while a service is typed after the last one, key by key, an analysis reusing the others equals a fresh one',
    area: 'compose',
    runs: 100,
    property: () => fc.property(fc.integer(), keys, (seed, typed) => {
      const t = typist(seed, 8);
      if (!t) return;
      const path = '/fz/memo/compose.yaml';
      const files = new Map([['/fz/memo/.env', 'VAR=1\nTAG=v2.4.3\n'], ['/fz/memo/env/common.env', 'NACOS_AUTH_TOKEN=SecretKey012345678901234567890123456789012345678901234567890123456789\n']]);
      const cache = new Reuse();
      const run = (text: string, c?: Reuse) => analyze({ files: [{ path, text }], readFile: p => files.get(p), reuse: c });
      run(t.text, cache);
      for (const k of typed) {
        const text = t.key(k);
        eq(findings(run(text, cache)), findings(run(text)), 'memo vs fresh analysis');
      }
    }),
  },
  {
    name: 'shell: the reading of a script that reuses the previous text\'s reading equals a fresh reading',
    area: 'shell',
    runs: 300,
    property: () => fc.property(fc.integer(), edits, (seed, steps) => {
      const path = '/fz/shell/deploy.sh';
      let text = benchScript(150 + 60 * (Math.abs(seed) % 3));
      let state = readShellState({ path, text }, undefined);
      for (const s of steps) {
        text = scriptEdit(rng(s), text);
        state = readShellState({ path, text }, state);
        eq(JSON.stringify(state.reading), JSON.stringify(readShellState({ path, text }, undefined).reading), 'incremental vs fresh reading');
      }
    }),
  },
  {
    name: 'shell: an analysis reusing the previous reading of a script equals a fresh analysis',
    area: 'shell',
    runs: 100,
    property: () => fc.property(fc.integer(), edits, (seed, steps) => {
      const path = '/fz/shell/deploy.sh';
      const files = new Map([['/fz/shell/nacos.env', 'NACOS_AUTH_TOKEN=SecretKey012345678901234567890123456789012345678901234567890123456789\n']]);
      let text = benchScript(150 + 60 * (Math.abs(seed) % 3));
      const cache = new Reuse();
      const run = (c?: Reuse) => analyze({ files: [{ path, text }], readFile: p => files.get(p), reuse: c });
      run(cache);
      for (const s of steps) {
        text = scriptEdit(rng(s), text);
        eq(findings(run(cache)), findings(run()), 'incremental vs fresh analysis');
      }
    }),
  },
];
