import { escapePropertyValue } from '../properties/parser';
import type { WrittenValue } from '../model/node';
import type { TextEdit } from '../types';

const PLAIN_SAFE = /^[A-Za-z0-9_.\-+/=@:,]*$/;

/** Writes `value` so that the file's own loader reads back exactly `value` at the place it was written. */
export function encodeValue(w: WrittenValue, value: string): string {
  switch (w.fileKind) {
    case 'properties':
      return escapePropertyValue(value);
    case 'env':
      // Single quotes are literal in Compose dotenv; no interpolation, no escapes.
      if (PLAIN_SAFE.test(value) && !value.includes('$')) return value;
      return value.includes("'") ? `"${value.replace(/["\\$]/g, m => (m === '$' ? '$$' : `\\${m}`))}"` : `'${value}'`;
    case 'compose': {
      const v = value.replace(/\$/g, '$$$$');
      if (w.listForm) return v; // inside `- KEY=value`; the item's own quoting is kept
      if (PLAIN_SAFE.test(v) && v !== '' && !/^(true|false|yes|no|on|off|null|~|[-+]?[0-9.]+)$/i.test(v)) return v;
      return JSON.stringify(v);
    }
    default:
      return value;
  }
}

export function replaceValueEdit(w: WrittenValue, value: string): TextEdit {
  return { path: w.path, span: w.span, newText: encodeValue(w, value) };
}
