/** Minimal glob → RegExp for settings (`**`, `*`, `?`, `{a,b}`), matched against '/'-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') { i++; re += '(?:.*/)?'; } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) { re += '\\{'; continue; }
      re += '(?:' + glob.slice(i + 1, close).split(',').map(s => s.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|') + ')';
      i = close;
    } else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp('^' + re + '$');
}

export function matchesAny(relPath: string, globs: string[]): boolean {
  return globs.some(g => {
    const m = globMatcher(g.replace(/^\.\//, ''));
    return m(relPath) || (!g.includes('/') && m(relPath.slice(relPath.lastIndexOf('/') + 1)));
  });
}

// The same globs, matched in O(pattern × path) time. Settings come from the workspace, and as a backtracking RegExp
// `**a**a**a**a**a**a**b` takes minutes per path (found by the hostile-input tests, issue 8).
type Tok = { k: 'lit'; c: string } | { k: 'one' } | { k: 'star' } | { k: 'any' } | { k: 'dirs' };

/** `{a,b}` alternatives expanded (at most 256 variants; the rest are dropped). */
function expandBraces(glob: string, out: string[] = []): string[] {
  const open = glob.indexOf('{');
  const close = open < 0 ? -1 : glob.indexOf('}', open);
  if (close < 0) {
    if (out.length < 256) out.push(glob);
    return out;
  }
  for (const alt of glob.slice(open + 1, close).split(',')) {
    // Inside braces only `*` is a wildcard, and always a single one (as in globToRegExp); the rest is literal.
    expandBraces(glob.slice(0, open) + alt.replace(/[?{*]/g, c => (c === '*' ? '\u0001' : `\u0000${c}`)) + glob.slice(close + 1), out);
  }
  return out;
}

function tokens(glob: string): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\u0000') out.push({ k: 'lit', c: glob[++i] });
    else if (c === '\u0001') out.push({ k: 'star' });
    else if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') { i++; out.push({ k: 'dirs' }); } else out.push({ k: 'any' });
    } else if (c === '*') out.push({ k: 'star' });
    else if (c === '?') out.push({ k: 'one' });
    else out.push({ k: 'lit', c });
  }
  return out;
}

/** A matcher equivalent to globToRegExp(glob).test, without backtracking: one sweep of the path per token. */
export function globMatcher(glob: string): (path: string) => boolean {
  const variants = expandBraces(glob).map(tokens);
  return path => variants.some(toks => {
    const n = path.length;
    let reach = new Uint8Array(n + 1);
    reach[0] = 1;
    for (const t of toks) {
      const next = new Uint8Array(n + 1);
      let on = false;
      for (let p = 0; p <= n; p++) {
        const c = path[p];
        switch (t.k) {
          case 'lit': if (reach[p] && c === t.c) next[p + 1] = 1; break;
          case 'one': if (reach[p] && p < n && c !== '/') next[p + 1] = 1; break;
          // [^/]*: from a reachable start up to the next '/'.
          case 'star': if (reach[p]) on = true; if (on) next[p] = 1; if (c === '/') on = false; break;
          case 'any': if (reach[p]) on = true; if (on) next[p] = 1; break;
          // (?:.*/)?: the start itself, or just after any later '/'.
          case 'dirs': if (reach[p]) { next[p] = 1; on = true; } if (on && c === '/') next[p + 1] = 1; break;
        }
      }
      reach = next;
    }
    return reach[n] === 1;
  });
}
