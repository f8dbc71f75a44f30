// What differs between two members' secret values, said without the values (issue 19 #3): "trailing white space",
// "quotes", "a different length (12 vs 16 characters)", "decodes to 24 bytes, not 32", "empty", "a different value".
// A message names the kind of difference; it never shows a value, a prefix of one or a hash of one.
import type { Message } from '../types';

export type Difference =
  | { kind: 'empty'; which: 'mine' | 'theirs' }
  | { kind: 'whitespace'; where: 'leading' | 'trailing' | 'inner' }
  | { kind: 'quotes' }
  | { kind: 'case' }
  | { kind: 'bytes'; mine: number; theirs: number }
  | { kind: 'undecodable'; which: 'mine' | 'theirs' }
  | { kind: 'length'; mine: number; theirs: number }
  | { kind: 'value' };

const unquote = (s: string) => (/^(["']).*\1$/s.test(s) && s.length >= 2 ? s.slice(1, -1) : s);

/**
 * The most telling difference between `mine` and `theirs` (two different texts). `bytes` gives each side's decoded
 * key length (token secrets), or undefined when it does not decode.
 */
export function describeDifference(mine: string, theirs: string, bytes?: (v: string) => number | undefined): Difference {
  if (mine === '' || theirs === '') return { kind: 'empty', which: mine === '' ? 'mine' : 'theirs' };
  if (mine.trim() === theirs.trim()) {
    const lead = (s: string) => s.length - s.trimStart().length;
    return { kind: 'whitespace', where: lead(mine) !== lead(theirs) ? 'leading' : 'trailing' };
  }
  if (unquote(mine.trim()) === unquote(theirs.trim())) return { kind: 'quotes' };
  if (mine.replace(/\s+/g, '') === theirs.replace(/\s+/g, '')) return { kind: 'whitespace', where: 'inner' };
  if (mine.toLowerCase() === theirs.toLowerCase()) return { kind: 'case' };
  if (bytes) {
    const a = bytes(mine), b = bytes(theirs);
    if (a === undefined || b === undefined) {
      if (a !== b) return { kind: 'undecodable', which: a === undefined ? 'mine' : 'theirs' };
    } else if (a !== b) return { kind: 'bytes', mine: a, theirs: b };
  }
  if (mine.length !== theirs.length) return { kind: 'length', mine: mine.length, theirs: theirs.length };
  return { kind: 'value' };
}

const TEXT: Record<Difference['kind'], Message> = {
  empty: { en: '{which} is empty', 'zh-cn': '{which}为空' },
  whitespace: { en: '{where} white space', 'zh-cn': '{where}空白字符' },
  quotes: { en: 'quotes around the value', 'zh-cn': '值带引号' },
  case: { en: 'upper/lower case', 'zh-cn': '大小写' },
  bytes: { en: 'decodes to {mine} bytes, the others to {theirs}', 'zh-cn': '解码为 {mine} 字节，其他成员为 {theirs} 字节' },
  undecodable: { en: '{which} does not decode as Base64', 'zh-cn': '{which}无法按 Base64 解码' },
  length: { en: '{mine} characters, the others {theirs}', 'zh-cn': '{mine} 个字符，其他成员为 {theirs} 个' },
  value: { en: 'a different value of the same length', 'zh-cn': '长度相同但值不同' },
};

const WHERE: Record<string, Message> = {
  leading: { en: 'leading', 'zh-cn': '开头的' },
  trailing: { en: 'trailing', 'zh-cn': '末尾的' },
  inner: { en: 'inner', 'zh-cn': '中间的' },
  mine: { en: 'this one', 'zh-cn': '此值' },
  theirs: { en: 'the others\' one', 'zh-cn': '其他成员的值' },
};

/** The difference as words in both languages (a message argument: it follows the display language). */
export function differenceWords(d: Difference): Message {
  const args: Record<string, Message | number> = {};
  if (d.kind === 'whitespace') args.where = WHERE[d.where];
  if (d.kind === 'empty' || d.kind === 'undecodable') args.which = WHERE[d.which];
  if (d.kind === 'bytes' || d.kind === 'length') { args.mine = d.mine; args.theirs = d.theirs; }
  const fill = (locale: 'en' | 'zh-cn') => TEXT[d.kind][locale].replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = args[k];
    return typeof v === 'object' ? v[locale] : String(v);
  });
  return { en: fill('en'), 'zh-cn': fill('zh-cn') };
}
