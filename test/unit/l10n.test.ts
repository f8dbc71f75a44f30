// Every user-facing text exists in English and Simplified Chinese: rule messages and summaries (server), hover and
// completion texts (server), the client's vscode.l10n.t strings (l10n bundle) — non-empty, with the same {slots}.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULES } from '../../server/src/core';
import { format } from '../../server/src/core/util/l10n';
import { HOVER_MESSAGES } from '../../server/src/core/features/hover/hover';
import { COMPLETION_MESSAGES } from '../../server/src/core/features/completion';
import { ACTION_MESSAGES, REPORT_MESSAGES, STATUS_MESSAGES, localizeTitle } from '../../server/src/core';

const ROOT = existsSync(resolve(__dirname, '../../package.json')) ? resolve(__dirname, '../..') : process.cwd();

const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort();
const CJK = /[\u4e00-\u9fff]/;

function samePair(where: string, en: string, zh: string): void {
  assert.ok(en.trim(), `${where}: English is empty`);
  assert.ok(zh.trim(), `${where}: Chinese is missing`);
  assert.deepEqual(slots(zh), slots(en), `${where}: the same {slots} in both languages`);
}

/** Flattens a message table (nested records allowed) to `path → string`. */
function flatten(v: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof v === 'string') out.set(prefix, v);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) flatten(x, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

/** `vscode.l10n.t('…')` / `l10n.t("…")` string arguments in the client sources (string literals only, by design). */
function clientStrings(): string[] {
  const dir = join(ROOT, 'client/src');
  const files: string[] = [];
  const walk = (d: string) => { for (const f of readdirSync(d, { withFileTypes: true })) f.isDirectory() ? walk(join(d, f.name)) : f.name.endsWith('.ts') && files.push(join(d, f.name)); };
  walk(dir);
  const out = new Set<string>();
  for (const f of files) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/\bl10n\.t\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
      out.add(m[2].replace(/\\(['"`\\])/g, '$1').replace(/\\n/g, '\n'));
    }
  }
  return [...out];
}

describe('translations', () => {
  for (const rule of RULES) {
    test(`rule ${rule.id}: summary and every message in en and zh-cn`, () => {
      samePair(`${rule.id} summary`, rule.docs.summary.en, rule.docs.summary['zh-cn']);
      assert.match(rule.docs.summary['zh-cn'], CJK, `${rule.id} summary is Chinese`);
      for (const [id, m] of Object.entries(rule.messages)) {
        samePair(`${rule.id}.${id}`, m.en, m['zh-cn']);
        // A message that is only slots (syntax-error's parser text) has nothing to translate.
        if (/[A-Za-z]/.test(m.en.replace(/\{\w+\}/g, ''))) assert.match(m['zh-cn'], CJK, `${rule.id}.${id} is Chinese`);
      }
    });
  }

  test('the server picks the message of the locale, English as the fallback', () => {
    const m = RULES[0].messages[Object.keys(RULES[0].messages)[0]];
    assert.equal(format(m, 'zh-cn'), format({ en: 'x', 'zh-cn': m['zh-cn'] }, 'zh-cn'));
    assert.equal(format({ en: 'only {a}', 'zh-cn': '' }, 'zh-cn', { a: 1 }), 'only 1');
  });

  for (const [name, table] of [['hover', HOVER_MESSAGES], ['completion', COMPLETION_MESSAGES]] as const) {
    test(`${name} texts in en and zh-cn`, () => {
      const en = flatten(table.en);
      const zh = flatten(table['zh-cn']);
      assert.deepEqual([...zh.keys()].sort(), [...en.keys()].sort(), `${name}: the same keys`);
      for (const [k, v] of en) samePair(`${name}.${k}`, v, zh.get(k) ?? '');
    });
  }

  for (const [name, table] of [['status', STATUS_MESSAGES], ['actions', ACTION_MESSAGES], ['report', REPORT_MESSAGES]] as const) {
    test(`${name} texts (server-worded UI) in en and zh-cn`, () => {
      for (const [k, m] of Object.entries(table) as [string, { en: string; 'zh-cn': string }][]) {
        // `{n} node|{n} nodes`: the plural forms share their slots.
        assert.ok(m.en.trim() && m['zh-cn'].trim(), `${name}.${k}`);
        assert.deepEqual([...new Set(slots(m['zh-cn']))], [...new Set(slots(m.en))], `${name}.${k}: the same {slots}`);
        // Words beyond slots and names (Nacos, .gitignore) are translated; "{title} for {members}" becomes "{title}：{members}".
        const words = m.en.replace(/\{\w+\}|Nacos|\.gitignore|HTTP 403/g, '');
        if (/[A-Za-z]{4,}/.test(words)) assert.match(m['zh-cn'], CJK, `${name}.${k} is Chinese`);
        else if (/[A-Za-z]/.test(words)) assert.notEqual(m['zh-cn'], m.en, `${name}.${k} is translated`);
      }
    });
  }

  test('every quick-fix title a rule offers has a Chinese title', () => {
    // The titles as the rules write them (templates filled with sample names).
    const titles = [
      'Generate secure identity pair', 'Generate secure identity pair in the project .env (referenced as ${VAR})',
      'Generate token secret (32 bytes, HS256)', 'Generate token secret (48 bytes, HS384) in the project .env (referenced as ${VAR})',
      'Generate secure identity value (keep the key)', "Use nacos3's identity pair everywhere", "Use nacos3's token secret everywhere",
      'Remove the quotes', 'Trim white space', 'Remove nacos.core.auth.enabled', 'Set to 18000 (5 hours)', 'Set nacos.core.auth.enabled to true',
      "Rename the identity key to 'Nacos-Identity-x'", 'Remove this earlier line', 'Set userAgentAuthWhite to false',
      'Remove the userAgentAuthWhite setting', "Sanitize the identity key to 'x'", "Set nacos.core.auth.system.type to 'nacos'",
      'Escape the backslash', 'Re-encode the text as Base64 (keeps the same key bytes as the raw-text fallback)', 'Rename to X',
      'Remove the backslash', 'Normalise to canonical Base64 (same key bytes)', 'Change to true', 'Convert to UTF-8 without BOM and LF line ends',
      'Read NACOS_AUTH_TOKEN in application.properties (p=${NACOS_AUTH_TOKEN})', 'Quote the value', 'Move to JAVA_OPT',
      'Quote the value with single quotes (no interpolation)', 'Define X in .env with a generated value', 'Escape $ as $$',
      "Copy A, B into the service's environment", 'Add the missing variables with generated values', 'Remove this override (use the shared file)',
    ];
    for (const title of titles) assert.match(localizeTitle(title, 'zh-cn'), CJK, title);
    assert.equal(localizeTitle('Generate token secret (32 bytes, HS256) in the project .env (referenced as ${VAR})', 'zh-cn'), '生成令牌密钥（32 字节，HS256）（写入项目 .env，以 ${VAR} 引用）');
  });

  test('client: every vscode.l10n.t string has a Chinese translation with the same {n} arguments', () => {
    const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string | { message: string }>;
    const strings = clientStrings();
    assert.ok(strings.length >= 3, 'the extractor finds the client strings');
    const missing: string[] = [];
    for (const s of strings) {
      const entry = bundle[s];
      const zh = typeof entry === 'string' ? entry : entry?.message;
      if (!zh?.trim()) { missing.push(s); continue; }
      assert.deepEqual(slots(zh), slots(s), `"${s}": the same {n} arguments`);
    }
    assert.deepEqual(missing, [], 'add these to l10n/bundle.l10n.zh-cn.json');
  });
});
