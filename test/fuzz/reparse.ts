// The language server's keystroke path against the plain one: re-parsing one service entry (yamlTree.ts `reparse`)
// equals parsing the whole text, and an analysis that reuses services from the memo (model/composeMemo.ts) equals a
// fresh one — after any sequence of random edits of a generated compose file (each edit drawn from its own seed).
import fc from 'fast-check';
import { parseYaml, YamlFile } from '../../server/src/core/syntax/yaml/yamlTree';
import { analyze, type AnalysisResult } from '../../server/src/core';
import { Reuse } from '../../server/src/core/engine/reuse';
import { composeText, dump, edit, rng } from '../composeEdits';
import { eq, type FuzzProperty } from './check';

const edits = fc.array(fc.integer(), { minLength: 1, maxLength: 8 });

/** Findings of a result as plain data (fixes: titles and where their edits go). */
function findings(res: AnalysisResult): string {
  return JSON.stringify([...res.findings].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, list]) => [p, list.map(f => ({
    r: f.ruleId, s: f.severity, m: f.message, sp: f.span, rel: f.related,
    fx: f.fixes.map(x => { try { return [x.title, x.edits().map(e => [e.path, e.span, x.deterministic ? e.newText : ''])]; } catch (e) { return [x.title, String(e)]; } }),
  }))]));
}

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
];
