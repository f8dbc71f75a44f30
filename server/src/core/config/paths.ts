// Absolute '/'-separated paths (as the core uses them), Windows drive roots included.

export function parentDir(p: string): string {
  const d = p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
  const i = d.lastIndexOf('/');
  if (i < 0) return d;
  if (i === 0) return '/';
  const head = d.slice(0, i);
  return /^[A-Za-z]:$/.test(head) ? `${head}/` : head;
}

export function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** `path` relative to `dir`, or undefined when it is not inside it. */
export function relativeTo(dir: string, path: string): string | undefined {
  if (path === dir) return '';
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}
