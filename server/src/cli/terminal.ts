// What reaches a terminal: a file name, key or message may hold control characters (ESC sequences can erase earlier
// lines or set the window title; bidi controls reorder what is shown). They are printed as visible \uXXXX escapes.

// C0 (newline and tab included: a name must not forge an extra output line), DEL, C1 (0x9b is a one-byte CSI),
// the Unicode line/paragraph separators and the bidirectional controls.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function escapeControls(s: string): string {
  return s.replace(CONTROL, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A copy of a JSON-like value with every string escaped (the stylish formatter's input). */
export function escapeStrings<T>(v: T): T {
  if (typeof v === 'string') return escapeControls(v) as T;
  if (Array.isArray(v)) return v.map(escapeStrings) as T;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[escapeControls(k)] = escapeStrings(x);
    return out as T;
  }
  return v;
}
