// The edit series of the benchmark and the profiler: which single-character change the k-th edit of a series makes.
/**
 * One single-character edit after another, as `plan(k)` → the k-th change (the first `warmup` are not counted).
 * - `anywhere`: insert a character at the end of a value, wait for the diagnostics of that version, delete it, wait
 *   again; the edited line moves every two edits (all over the file); every fifth pair edits an auth value.
 * - `last` (compose): the same, on the lines of the last service entry.
 * - `append` (compose): new services typed after the last one, one character per edit (the states in between
 *   include YAML errors — a key being typed — and keys without a value yet).
 */
export function editPlan(text, languageId, mode = 'anywhere') {
  const lines = text.split('\n');
  if (mode === 'append') return appendPlan(lines);
  let from = 0;
  let to = lines.length;
  if (mode === 'last') {
    // The last entry of `services:`: from the last key at the services' column to the next top-level key.
    const svc = lines.indexOf('services:');
    to = lines.findIndex((l, i) => i > svc && /^\S/.test(l));
    if (to < 0) to = lines.length;
    for (from = to - 1; from > svc && !/^ {2}[\w.-]+:\s*$/.test(lines[from]); from--);
  }
  const candidates = [];
  const auth = [];
  let helmApps = false;
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (languageId === 'shellscript') {
      // The config block of the script: a heap size (no finding changes) and an identity value (findings change).
      if (/^C\d+_XMN=\w+$/.test(l)) candidates.push(i);
      if (/^C\d+_IDENTITY_VALUE=\S+$/.test(l)) auth.push(i);
    } else if (languageId === 'properties') {
      if (/^app\.[\w.]+\.name\.\d+=[\w-]+$/.test(l) || /^db\.pool\.config\.\w+=\d+$/.test(l)) candidates.push(i);
      if (/^nacos\.core\.auth\.server\.identity\.value=/.test(l)) auth.push(i);
    } else {
      // (The peers get the compose file as `yaml` too: these patterns match nothing there.)
      // Kubernetes manifest: a JVM_XMN env value (no finding changes) and a Secret's identity value (the cluster of
      // that Secret's workloads disagrees, then agrees again). Helm values.yaml: an app's setting (no finding
      // changes; the chart is rendered again) and the Nacos auth switch (`true7` is not true: findings change).
      if (/^ {14}value: \d+m$/.test(l) || /^ {6}setting\d+: [\w-]+$/.test(l)) candidates.push(i);
      if (l === 'apps:') helmApps = true;
      if (/^ {2}NACOS_AUTH_IDENTITY_VALUE: \w+$/.test(l) || (!helmApps && /^ {4}enabled: true$/.test(l))) auth.push(i);
      if (/^\s+- JVM_XMN=\w+$/.test(l) || /^\s+- NACOS_SERVER_IP=[\d.]+$/.test(l)) candidates.push(i);
      // The last entry may be any kind of service: any plain value at the end of a line.
      else if (mode === 'last' && (/^ {4}[\w-]+: [\w.:/-]*\w$/.test(l) || /^ {6}- [\w.]+=\w+$/.test(l))) candidates.push(i);
      // compose.yaml holds no identity value (the env files do): the auth switch of a list-form service instead —
      // `true7` is not a boolean, so findings change; in an env file, the identity value.
      if (/^NACOS_AUTH_IDENTITY_VALUE=/.test(l) || /^\s+- NACOS_AUTH_ENABLE=\w+$/.test(l)) auth.push(i);
    }
  }
  if (!candidates.length) throw new Error(`no editable line in the ${languageId} workload (${mode})`);
  return k => {
    const pair = Math.floor(k / 2);
    // Every fifth pair edits an auth value (changes the findings, incl. the cluster check); the rest touch other keys.
    const line = pair % 5 === 4 && auth.length ? auth[pair % auth.length] : candidates[Math.floor((pair * 7919) % candidates.length)];
    const ch = lines[line].length;
    return k % 2 === 0
      ? { range: { start: { line, character: ch }, end: { line, character: ch } }, text: '7' }
      : { range: { start: { line, character: ch }, end: { line, character: ch + 1 } }, text: '' };
  };
}

/** Types new Nacos services after the last entry of `services:`, one character per edit, on the blank line there. */
function appendPlan(lines) {
  const svc = lines.indexOf('services:');
  let at = lines.findIndex((l, i) => i > svc && /^\S/.test(l));
  if (at < 0) at = lines.length;
  // The workloads end every entry with a blank line: type there.
  if (lines[at - 1] !== '') throw new Error('no blank line after the last service');
  const line = at - 1;
  const typed = Array.from({ length: 20 }, (_, i) => {
    const name = `nacos-new-${i + 1}`;
    return [`  ${name}:`, '    image: nacos/nacos-server:v2.5.1', `    hostname: ${name}`, '    environment:',
      '      - MODE=cluster', '      - NACOS_AUTH_ENABLE=true', `      - NACOS_SERVER_IP=10.9.9.${i + 1}`, '      - JVM_XMN=256m', ''].join('\n') + '\n';
  }).join('');
  return k => {
    const before = typed.slice(0, k);
    const pos = { line: line + (before.match(/\n/g)?.length ?? 0), character: before.length - before.lastIndexOf('\n') - 1 };
    return { range: { start: pos, end: pos }, text: typed[k] };
  };
}
