import type { Locale } from '../settings';
import type { Message } from '../types';

/** Fills `{name}` slots; unknown slots stay as they are so a missing argument is visible, never an exception. */
export function format(msg: Message, locale: Locale, args: Record<string, string | number> = {}): string {
  const template = msg[locale] || msg.en;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in args ? String(args[k]) : m));
}
