// A deliberately simple guessability estimate (not zxcvbn): character classes × length, discounted for
// repeats, runs and dictionary words. It only has to separate "random" from "typed by a person".

const WORDS = [
  'nacos', 'server', 'identity', 'security', 'secure', 'secret', 'password', 'passwd', 'admin', 'root', 'test',
  'value', 'key', 'token', 'cluster', 'example', 'default', 'custom', 'changeme', 'qwerty', 'abc', 'alibaba',
  'my', 'the', 'this', 'is', 'your', 'prod', 'dev', 'demo', 'hello', 'world', 'nacosserver', 'auth',
];

export interface EntropyEstimate { bits: number; why: string }

/** Longest first (a longer word is not eaten by a shorter one inside it); two-letter words are too common to count. */
const SEARCHED = WORDS.filter(w => w.length >= 3).sort((a, b) => b.length - a.length);

export function estimateEntropyBits(s: string): EntropyEstimate {
  const chars = [...s];
  if (chars.length === 0) return { bits: 0, why: 'empty' };
  if (new Set(chars).size === 1) return { bits: Math.log2(95), why: 'one repeated character' };
  let lower = s.toLowerCase();
  let words = 0;
  for (const w of SEARCHED) {
    while (lower.includes(w)) { lower = lower.replace(w, '\u0001'); words++; }
  }
  // Each dictionary word counts like one pick from a ~10,000-word list.
  const rest = [...lower].filter(c => c !== '\u0001');
  let pool = 0;
  if (rest.some(c => /[a-z]/.test(c))) pool += 26;
  if (/[A-Z]/.test(s)) pool += 26;
  if (rest.some(c => /[0-9]/.test(c))) pool += 10;
  if (rest.some(c => /[^a-z0-9\u0001]/i.test(c))) pool += 33;
  let bits = words * Math.log2(10000) + rest.length * Math.log2(Math.max(pool, 2));
  // Runs of the same character or sequences (1234, abcd) add little.
  let runs = 0;
  for (let i = 1; i < rest.length; i++) {
    const d = rest[i].charCodeAt(0) - rest[i - 1].charCodeAt(0);
    if (d === 0 || d === 1 || d === -1) runs++;
  }
  bits -= runs * Math.log2(Math.max(pool, 2)) * 0.75;
  // A short repeated pattern (abcabcabc) is as strong as one period.
  for (let p = 1; p <= chars.length / 2; p++) {
    if (chars.length % p === 0 && s === s.slice(0, p).repeat(chars.length / p)) {
      return { bits: Math.min(bits, p * Math.log2(95)), why: `repeats a ${p}-character pattern` };
    }
  }
  let why = 'mostly dictionary words';
  if (words === 0) why = /^[0-9]+$/.test(s) ? 'digits only' : runs > chars.length / 3 ? 'runs and sequences' : 'small character set';
  return { bits: Math.max(bits, 0), why };
}
