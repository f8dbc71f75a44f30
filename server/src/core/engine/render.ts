// Rendering a report's message (engine/analyze.ts, Collector.finish) once per arguments object: a keystroke in a large
// file collects thousands of reused reports whose arguments, and so whose messages, have not changed.
import type { Report } from '../rules/types';
import type { Locale } from '../settings';
import type { Message } from '../types';
import { format, type MessageArgs } from '../util/l10n';
import type { Redactor } from '../util/mask';
import { createHash } from 'node:crypto';

/**
 * Rendered messages, by the arguments object they were rendered from. A reused report keeps its arguments' object
 * keystroke after keystroke (engine/composeReuse.ts moves only spans), so its message is formatted and redacted once
 * — again only when the template, the language or the set of secrets (`secretSetId`) differs.
 */
const renderedMessages = new WeakMap<object, { template: Message; locale: Locale; secrets: number; text: string }>();
/** Messages without arguments, by template and language. */
const plainMessages = new WeakMap<Message, Partial<Record<Locale, string>>>();

/** A number per distinct set of secrets (what a redactor masks): comparing two is comparing their numbers. The sets
 *  are remembered by a digest, so no secret outlives the analyses that found it here. */
const secretSets = new Map<string, number>();
export function secretSetId(secrets: Redactor): number {
  if (!secrets.size) return 0;
  const key = createHash('sha256').update(secrets.key).digest('base64');
  let id = secretSets.get(key);
  if (id === undefined) {
    if (secretSets.size >= 64) secretSets.clear();
    secretSets.set(key, (id = ++secretSetCount));
  }
  return id;
}
let secretSetCount = 0;

export function renderMessage(template: Message, locale: Locale, args: Report['args'], secretSet: number, clean: (a: MessageArgs) => MessageArgs | undefined): string {
  if (!args) {
    let byLocale = plainMessages.get(template);
    if (!byLocale) plainMessages.set(template, (byLocale = {}));
    return (byLocale[locale] ??= format(template, locale));
  }
  const hit = renderedMessages.get(args);
  if (hit && hit.template === template && hit.locale === locale && hit.secrets === secretSet) return hit.text;
  const text = format(template, locale, clean(args));
  renderedMessages.set(args, { template, locale, secrets: secretSet, text });
  return text;
}
