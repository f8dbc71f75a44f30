// What a person meant by a switch value no parser accepts (`ture`, `flase`, `enable`): rules that depend on the
// switch read this (the server does not start with `ture`, so what it would do once fixed is what matters), and
// invalid-boolean offers it as the fix.

/** Closest boolean a person meant: `ture` → true, `enable` → true, `flase` → false. */
export function guessBoolean(v: string): 'true' | 'false' | undefined {
  const s = v.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (/^(t|tr|tru|ture|treu|rtue|true|enable|enabled|y|yes|on|1)$/.test(s)) return 'true';
  if (/^(f|fa|fal|fals|flase|fasle|false|disable|disabled|n|no|off|0)$/.test(s)) return 'false';
  return undefined;
}
