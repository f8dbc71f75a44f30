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
    const re = globToRegExp(g.replace(/^\.\//, ''));
    return re.test(relPath) || (!g.includes('/') && re.test(relPath.slice(relPath.lastIndexOf('/') + 1)));
  });
}
