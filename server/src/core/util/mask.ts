// The one place that turns a secret into something printable. Nothing else may print a value.

/** `VGhp…Nzg= (44 chars)`; short values show nothing of themselves. */
export function mask(value: string | undefined): string {
  if (value === undefined) return '(unset)';
  const n = [...value].length;
  if (n === 0) return '(empty)';
  if (n >= 32) return `${value.slice(0, 4)}…${value.slice(-4)} (${n} chars)`;
  if (n >= 20) return `${value.slice(0, 2)}…${value.slice(-2)} (${n} chars)`;
  return `•••• (${n} chars)`;
}

/** A short stable fingerprint (not reversible for random values) to tell values apart in reports. */
export function fingerprint(bytes: Uint8Array | string): string {
  // FNV-1a 32-bit over the bytes: enough to show "same/different" without revealing the value.
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  let h = 0x811c9dc5;
  for (let i = 0; i < data.length; i++) {
    h ^= data[i];
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
