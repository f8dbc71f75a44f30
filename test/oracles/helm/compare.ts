// Runs a chart through `helm template` (the oracle) and through the product's renderer, and compares them the way
// helm prints: every rendered template split into YAML documents (helm's SplitManifests), trimmed, keyed by
// `# Source:`. Also extracts what the Kubernetes reader will use: each container's env and each ConfigMap's data.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { loadChart, renderChart, type RenderResult } from '../../../server/src/core/sources/helm';

export interface Side { ok: boolean; docs: string[]; error?: string }

export function readChartDir(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p); else out.set(relative(dir, p).split('\\').join('/'), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

/** helm v4's releaseutil.SplitManifests on one template's output (leading whitespace trimmed, trailing kept). */
export function splitManifests(text: string): string[] {
  return text.replace(/^\s+/, '').split(/^---[ \t]*/m).filter(d => d.trim() !== '').map(d => d.replace(/^\s+/, '').trimEnd());
}

export interface OracleArgs { valueFiles?: string[]; set?: string[]; setString?: string[]; kubeVersion?: string; apiVersions?: string[] }

export function runHelm(helm: string, chartDir: string, a: OracleArgs = {}): Side {
  const args = ['template', chartDir];
  for (const f of a.valueFiles ?? []) args.push('-f', f);
  for (const s of a.set ?? []) args.push('--set', s);
  for (const s of a.setString ?? []) args.push('--set-string', s);
  if (a.kubeVersion) args.push('--kube-version', a.kubeVersion);
  for (const v of a.apiVersions ?? []) args.push('--api-versions', v);
  const r = spawnSync(helm, args, { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent', KUBECONFIG: '/nonexistent', HELM_CACHE_HOME: '/tmp/nal-helm-cache', HELM_CONFIG_HOME: '/tmp/nal-helm-config', HELM_DATA_HOME: '/tmp/nal-helm-data' }, timeout: 60_000 });
  if (r.status !== 0) return { ok: false, docs: [], error: (r.stderr || r.stdout || String(r.error)).trim() };
  const docs: string[] = [];
  const parts = r.stdout.split(/^---\n# Source: /m).slice(1);
  for (const p of parts) {
    const nl = p.indexOf('\n');
    const src = p.slice(0, nl);
    const body = p.slice(nl + 1);
    docs.push(`# Source: ${src}\n${body.trimEnd()}`);
  }
  return { ok: true, docs: docs.sort() };
}

export function runOurs(chartDir: string, a: OracleArgs = {}): Side & { result: RenderResult } {
  const files = readChartDir(chartDir);
  const chart = loadChart(files, chartDir);
  const result = renderChart(chart, {
    valueFiles: (a.valueFiles ?? []).map(p => ({ path: p, text: readFileSync(p, 'utf8') })),
    set: a.set, setString: a.setString, kubeVersion: a.kubeVersion, apiVersions: a.apiVersions,
  });
  const docs: string[] = [];
  for (const t of result.templates) {
    if (t.name.endsWith('NOTES.txt')) continue;
    for (const d of splitManifests(t.output.text)) docs.push(`# Source: ${t.name}\n${d}`);
  }
  let ok = !result.problems.length && !result.templates.some(t => t.failed);
  // helm refuses output that is not YAML (the product leaves that to the Kubernetes reader)
  if (ok && docs.some(d => parseAllDocuments(d).some(x => x.errors.length))) ok = false;
  return { ok, docs: ok ? docs.sort() : [], error: result.problems.map(p => `${p.path}: ${p.message}`).join('\n') || undefined, result };
}

/** Container env (name → value or a description of valueFrom) and ConfigMap data, per object, from rendered docs. */
export function envAndConfig(docs: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const d of docs) {
    for (const doc of parseAllDocuments(d)) {
      const o = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown> | null;
      if (!o || typeof o !== 'object') continue;
      const id = `${o.kind}/${(o.metadata as { name?: string } | undefined)?.name}`;
      if (o.kind === 'ConfigMap') out[`${id}:data`] = o.data;
      const spec = (o.spec as Record<string, unknown> | undefined);
      const pod = (spec?.template as Record<string, unknown> | undefined)?.spec as Record<string, unknown> | undefined ?? (o.kind === 'Pod' ? spec : undefined);
      for (const key of ['containers', 'initContainers'] as const) {
        const cs = pod?.[key];
        if (Array.isArray(cs)) for (const c of cs) out[`${id}:${key}:${c?.name}:env`] = c?.env ?? null;
      }
    }
  }
  return out;
}
