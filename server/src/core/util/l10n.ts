import type { Locale } from '../settings';
import type { Message } from '../types';

/** Fills `{name}` slots; unknown slots stay as they are so a missing argument is visible, never an exception. */
/** A message argument: a value, or words that follow the display language. */
export type MessageArg = string | number | Message;
export type MessageArgs = Record<string, MessageArg>;

const argText = (v: MessageArg, locale: Locale): string => (typeof v === 'object' ? v[locale] || v.en : String(v));

export function format(msg: Message, locale: Locale, args: MessageArgs = {}): string {
  const template = msg[locale] || msg.en;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in args ? argText(args[k], locale) : m));
}

/** `{n} node|{n} nodes`: the singular form for 1, the plural otherwise (Chinese has one form, no `|`). */
export function plural(msg: Message, locale: Locale, n: number, args: MessageArgs = {}): string {
  const forms = (msg[locale] || msg.en).split('|');
  const template = forms.length > 1 && n !== 1 ? forms[1] : forms[0];
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k === 'n' ? String(n) : k in args ? argText(args[k], locale) : m));
}
