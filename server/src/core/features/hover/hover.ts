// Hover: what an auth key, image variable or placeholder does, and what the node really gets — the effective value
// (masked), where it came from (a link to file and line) and the version assumed. Pure: text + offset + analysis.
// target.ts finds what is under the cursor, render.ts writes it, messages.ts holds the texts.
import { classify } from '../../syntax/files';
import { parseProperties } from '../../syntax/properties/parser';
import { parseEnvFile } from '../../syntax/envfile/parser';
import { composeTarget, envFileTarget, helmValuesTarget, k8sTarget, nodeEnvTarget, propertiesTarget, type Target } from './target';
import { Writer } from './render';
import type { HoverRequest, HoverResult } from './types';
import { Redactor } from '../../util/mask';
import { textSecrets } from '../../model/secrets';

export { HOVER_MESSAGES } from './messages';
export type { HoverRequest, HoverResult } from './types';

/** The hover for `offset` in `path`, or undefined when there is nothing Nacos-auth-related under it. */
export function hoverAt(req: HoverRequest): HoverResult | undefined {
  const kind = classify(req.path, req.text);
  const parsed = req.result?.parsed.get(req.path);
  const fresh = parsed && parsed.text === req.text ? parsed : undefined;
  let target: Target | undefined;
  if (kind === 'properties') target = propertiesTarget(fresh?.kind === 'properties' ? fresh.props : parseProperties(req.text), req.offset);
  else if (kind === 'env') target = envFileTarget(fresh?.kind === 'env' ? fresh.env : parseEnvFile(req.text), req.offset);
  else if (kind === 'compose') target = composeTarget(req.path, req.text, req.offset);
  else if (kind === 'k8s') target = k8sTarget(req.path, req.text, req.offset);
  // Scripts and Dockerfiles: only once analysed with this very text (their spans come from the reading).
  else if ((kind === 'shell' || kind === 'dockerfile') && fresh) target = nodeEnvTarget(req.result?.nodes ?? [], req.path, req.offset);
  // A Helm values file (any YAML a chart's Nacos containers were rendered from), as the analysis read it.
  if (!target && req.result && /\.ya?ml$/i.test(req.path) && (!parsed || parsed.text === req.text)) target = helmValuesTarget(req.result.nodes, req.path, req.text, req.offset);
  if (!target) return undefined;
  const w = new Writer(req);
  switch (target.kind) {
    case 'property': w.property(target); break;
    case 'placeholder': w.placeholder(target); break;
    case 'env': w.env(target); break;
    case 'ref': w.ref(target); break;
    case 'values': w.values(target); break;
  }
  // Whatever the hover quotes (a key written as `key\=value`, a default, a variable's value) goes through the run's
  // secrets, and through this text's own when it is newer than the analysis (typed since).
  const own = fresh ? undefined : new Redactor(textSecrets(req.text));
  const secrets = own ? Redactor.union(req.result ? [req.result.secrets, own] : [own]) : req.result!.secrets;
  return { markdown: secrets.redact(w.lines.join('\n\n')), span: target.span };
}
