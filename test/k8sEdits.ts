// Kubernetes manifests and edits for the keystroke differential tests (test/unit/k8s-incremental.test.ts,
// test/fuzz/reparse.ts): the benchmark's Nacos documents, a random edit of a multi-document text, and a parse as
// plain data (every object, every node's places and the characters they cover).
import type { KNode, NodeSrc } from '../server/src/core/sources/k8s/tree';
import type { K8sParsedFile } from '../server/src/core/sources/k8s/index';
// @ts-expect-error — the benchmark's generators are plain JavaScript
import { k8sAppDoc, k8sNacosDocs } from './bench/generate.mjs';
import type { Rng } from './composeEdits';

/** A manifest of `workloads` Nacos workloads (Secrets, ConfigMap-mounted confs, Services, one inconsistent group) and
 *  a few apps' Deployments, as the benchmark writes it. */
export function k8sText(r: Rng, workloads: number): string {
  const { docs } = k8sNacosDocs(r, { workloads, badGroups: [0], confEvery: 3 }) as { docs: string[] };
  for (let i = 0; i < 1 + r.int(3); i++) docs.splice(r.int(docs.length + 1), 0, k8sAppDoc(`app-${i}`, i) as string);
  return `# manifest\n${docs.join('\n---\n')}\n`;
}

/** One random edit of a multi-document YAML text (and what it was, for messages). */
export function k8sEdit(r: Rng, text: string): { text: string; what: string } {
  const lines = text.split('\n');
  const i = r.int(lines.length);
  const l = lines[i];
  const roll = r.next();
  const docStarts = lines.flatMap((x, k) => (x === '---' ? [k] : []));
  if (roll < 0.35) {
    const at = r.int(l.length + 1);
    lines[i] = l.slice(0, at) + r.pick(['7', 'x', ' ', ':', '"', '#', '-', '|', '[', '\t', 'a: b', '&a ', '*a', '%']) + l.slice(at);
    return { text: lines.join('\n'), what: `type at ${i}:${at}` };
  }
  if (roll < 0.5) {
    const at = r.int(Math.max(1, l.length));
    lines[i] = l.slice(0, at) + l.slice(at + 1);
    return { text: lines.join('\n'), what: `delete at ${i}:${at}` };
  }
  if (roll < 0.57) { lines.splice(i, 1); return { text: lines.join('\n'), what: `remove line ${i}` }; }
  if (roll < 0.62) { lines.splice(i, 0, l); return { text: lines.join('\n'), what: `double line ${i}` }; }
  if (roll < 0.7) { lines.splice(i, 0, r.pick(['---', '--- ', '---\t# c', '...', '--- |', '%YAML 1.1', '---x'])); return { text: lines.join('\n'), what: `marker at ${i}` }; }
  if (roll < 0.76 && docStarts.length) { const k = r.pick(docStarts); lines.splice(k, 1); return { text: lines.join('\n'), what: `unmark ${k}` }; }
  if (roll < 0.84 && docStarts.length > 2) {
    // Move or copy a document elsewhere (whole parts that keep their text at other offsets).
    const k = r.int(docStarts.length - 1);
    const doc = lines.slice(docStarts[k], docStarts[k + 1]);
    const copy = r.next() < 0.4;
    if (!copy) lines.splice(docStarts[k], doc.length);
    const to = r.pick(lines.flatMap((x, j) => (x === '---' ? [j] : [])).concat([lines.length]));
    lines.splice(to, 0, ...doc);
    return { text: lines.join('\n'), what: `${copy ? 'copy' : 'move'} doc ${k}` };
  }
  if (roll < 0.92) {
    const ks = lines.flatMap((x, k) => (/NACOS_AUTH_(IDENTITY_VALUE|IDENTITY_KEY|TOKEN): /.test(x) ? [k] : []));
    if (ks.length) {
      const k = r.pick(ks);
      lines[k] = lines[k].replace(/: .*$/, `: ${r.pick(['', 'serverIdentity', 'x'.repeat(40), 'SecretKey012345678901234567890123456789012345678901234567890123456789', '"quoted value"'])}`);
      return { text: lines.join('\n'), what: `auth value ${k}` };
    }
  }
  if (roll < 0.96) {
    const ks = lines.flatMap((x, k) => (/image: /.test(x) ? [k] : []));
    if (ks.length) { const k = r.pick(ks); lines[k] = lines[k].replace(/:v[\d.]+$/, r.pick([':v3.0.1', ':v2.2.0', ':latest'])); return { text: lines.join('\n'), what: `image ${k}` }; }
  }
  // Break the YAML (and let later edits mend or keep it).
  lines.splice(i, 0, r.pick(['  bad: [unclosed', 'key: "open', '\tTAB: 1', '  - x: 1\n y: 2']));
  return { text: lines.join('\n'), what: `break at ${i}` };
}

/** A parse as plain data: objects with every node's value, places and the characters each place covers. */
export function dumpObjects(pf: K8sParsedFile): unknown {
  const seen = new Map<KNode, number>();
  const src = (s: NodeSrc | undefined) => {
    if (!s) return undefined;
    const r = s.node?.range;
    const k = s.key?.range;
    return {
      file: s.file.path, range: r, text: r && s.file.text.slice(r[0], r[1]), key: k, keyText: k && s.file.text.slice(k[0], k[1]),
      pair: s.pair, textRange: s.textRange, slice: s.slice, chain: s.chain,
    };
  };
  const node = (n: KNode): unknown => {
    const id = seen.get(n);
    if (id !== undefined) return { shared: id };
    seen.set(n, seen.size);
    if (n.k === 's') return { v: n.v, raw: n.raw, unknown: n.unknown, note: n.note, links: n.links, src: src(n.src) };
    if (n.k === 'q') return { items: n.items.map(node), src: src(n.src) };
    return { e: [...n.e].map(([k, v]) => [k, node(v.value), src(v.keySrc)]), src: src(n.src) };
  };
  return {
    objects: pf.objects.map(o => ({ apiVersion: o.apiVersion, kind: o.kind, span: o.span, template: o.template, file: o.file.path, root: node(o.root) })),
    problems: pf.problems,
  };
}
