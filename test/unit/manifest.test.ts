// package.json contributions: the SPEC §5 settings, the SPEC §2 command titles, nls keys in both languages, the
// walkthrough and its media, the icon, and what the .vsix ships.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { normalizeSettings, RULES } from '../../server/src/core';

const ROOT = existsSync(resolve(__dirname, '../../package.json')) ? resolve(__dirname, '../..') : process.cwd();
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const pkg = JSON.parse(read('package.json'));
const nls = { en: JSON.parse(read('package.nls.json')) as Record<string, string>, 'zh-cn': JSON.parse(read('package.nls.zh-cn.json')) as Record<string, string> };
const props = pkg.contributes.configuration.properties as Record<string, Record<string, unknown>>;

/** Resolves `%key%` like VS Code does. */
const t = (s: string, locale: 'en' | 'zh-cn' = 'en') => s.replace(/^%(.+)%$/, (_, k: string) => nls[locale][k] ?? `<missing ${k}>`);

function placeholders(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') { const m = /^%(.+)%$/.exec(v); if (m) out.push(m[1]); }
  else if (Array.isArray(v)) for (const x of v) placeholders(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) placeholders(x, out);
  return out;
}

describe('package.json contributions', () => {
  test('SPEC §5 settings: every one present, typed, with a description', () => {
    const want: Record<string, { type: string; default: unknown }> = {
      'nacosAuthLint.enable': { type: 'boolean', default: true },
      'nacosAuthLint.rules': { type: 'object', default: {} },
      'nacosAuthLint.serverVersion': { type: 'string', default: '' },
      'nacosAuthLint.clusters': { type: 'array', default: [] },
      'nacosAuthLint.knownValues': { type: 'array', default: [] },
      'nacosAuthLint.minSecretBytes': { type: 'integer', default: 32 },
      'nacosAuthLint.include': { type: 'array', default: [] },
      'nacosAuthLint.exclude': { type: 'array', default: [] },
      'nacosAuthLint.trace.server': { type: 'string', default: 'off' },
    };
    for (const [key, w] of Object.entries(want)) {
      const p = props[key];
      assert.ok(p, `${key} contributed`);
      assert.equal(p.type, w.type, key);
      assert.deepEqual(p.default, w.default, key);
      const desc = (p.markdownDescription ?? p.description) as string | undefined;
      assert.ok(desc && t(desc).length > 10, `${key} has a description`);
    }
    assert.deepEqual(props['nacosAuthLint.trace.server'].enum, ['off', 'messages', 'verbose']);
    assert.equal(props['nacosAuthLint.trace.server'].scope, 'window');
  });

  test('the defaults in package.json are what the server assumes when nothing is set', () => {
    const defaults = Object.fromEntries(Object.entries(props).filter(([k]) => k !== 'nacosAuthLint.trace.server').map(([k, v]) => [k.slice('nacosAuthLint.'.length), v.default]));
    const s = normalizeSettings(defaults);
    assert.equal(s.enable, true);
    assert.equal(s.minSecretBytes, 32);
    assert.equal(s.serverVersion, undefined, '"" means automatic');
    assert.deepEqual(s.rules, {});
  });

  test('the serverVersion pattern accepts versions and automatic, and rejects junk', () => {
    const re = new RegExp(props['nacosAuthLint.serverVersion'].pattern as string);
    for (const ok of ['', 'auto', '2.3.0', 'v2.2.1-slim', '2.2.0.1', '3']) assert.ok(re.test(ok), ok);
    for (const bad of ['latest?', '2.x', 'two']) assert.ok(!re.test(bad), bad);
  });

  test('SPEC §2 commands: category "Nacos" and the exact English titles', () => {
    const want: Record<string, string> = {
      'nacosAuthLint.checkWorkspace': 'Nacos: Check Cluster Consistency',
      'nacosAuthLint.generateIdentityPair': 'Nacos: Generate Secure Identity Pair',
      'nacosAuthLint.showEffectiveConfig': 'Nacos: Show Effective Auth Configuration',
    };
    for (const [id, title] of Object.entries(want)) {
      const c = (pkg.contributes.commands as { command: string; title: string; category: string }[]).find(x => x.command === id);
      assert.ok(c, `${id} contributed`);
      assert.equal(`${t(c.category)}: ${t(c.title)}`, title);
      assert.ok(!t(c.title, 'zh-cn').startsWith('<missing'), `${id} has a Chinese title`);
    }
  });

  test('every %key% in package.json has an English and a Chinese text, and both files have the same keys', () => {
    const keys = [...new Set(placeholders(pkg))];
    assert.ok(keys.length > 40);
    for (const k of keys) {
      assert.ok(nls.en[k]?.trim(), `package.nls.json: ${k}`);
      assert.ok(nls['zh-cn'][k]?.trim(), `package.nls.zh-cn.json: ${k}`);
    }
    assert.deepEqual(Object.keys(nls['zh-cn']).sort(), Object.keys(nls.en).sort());
  });

  test('client l10n bundle is declared', () => {
    assert.equal(pkg.l10n, './l10n');
    assert.ok(existsSync(join(ROOT, 'l10n/bundle.l10n.zh-cn.json')));
  });

  test('walkthrough "Secure your Nacos cluster": steps with media, command links to real commands', () => {
    const w = (pkg.contributes.walkthroughs as { title: string; steps: { id: string; title: string; description: string; media: { markdown?: string } }[] }[])[0];
    assert.equal(t(w.title), 'Secure your Nacos cluster');
    assert.ok(w.steps.length >= 4);
    const commands = new Set((pkg.contributes.commands as { command: string }[]).map(c => c.command));
    for (const s of w.steps) {
      for (const locale of ['en', 'zh-cn'] as const) {
        // The media follow the display language (issue 19): one file per language, never both languages in one.
        const media = s.media.markdown ? t(s.media.markdown, locale) : undefined;
        assert.ok(media && existsSync(join(ROOT, media)), `${s.id}: media ${media} (${locale})`);
        const text = read(media);
        if (locale === 'en') assert.doesNotMatch(text, /[\u4e00-\u9fff]/, `${media} is English only`);
        else assert.match(text, /[\u4e00-\u9fff]/, `${media} is Chinese`);
        for (const m of t(s.description, locale).matchAll(/\(command:([A-Za-z0-9_.]+)/g)) {
          if (m[1].startsWith('nacosAuthLint.')) assert.ok(commands.has(m[1]), `${s.id} links ${m[1]}`);
        }
      }
    }
  });

  test('icon: images/icon.png, a 128×128 PNG', () => {
    assert.equal(pkg.icon, 'images/icon.png');
    const png = readFileSync(join(ROOT, pkg.icon));
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.subarray(12, 16).toString('ascii'), 'IHDR');
    assert.equal(png.readUInt32BE(16), 128);
    assert.equal(png.readUInt32BE(20), 128);
  });

  test('CHANGELOG.md has the current version', () => {
    assert.ok(read('CHANGELOG.md').includes(`## [${pkg.version}]`));
  });

  test('the .vsix ships only what runs, and stays well under 1 MB', () => {
    const vsce = join(ROOT, 'node_modules/@vscode/vsce/vsce');
    const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.split('\n').map(s => s.trim()).filter(Boolean);
    const allowed = [
      /^package\.json$/, /^package\.nls(\.[a-z-]+)?\.json$/, /^l10n\/bundle\.l10n\.[a-z-]+\.json$/, /^dist\/(extension|server|serverMain)\.js$/,
      /^syntaxes\/[\w.-]+\.json$/, /^schemas\/[\w.-]+\.schema\.json$/, /^images\/icon\.png$/, /^media\/walkthrough\/(zh-cn\/)?[\w-]+\.md$/,
      /^docs\/rules\/[a-z0-9-]+\.md$/, /^(README|CHANGELOG)\.md$/, /^LICENSE$/,
    ];
    for (const f of files) assert.ok(allowed.some(re => re.test(f)), `ships only what runs: ${f}`);
    // The rule pages open offline from the package ("Show documentation for <rule>").
    for (const rule of RULES) assert.ok(files.includes(`docs/rules/${rule.id}.md`), `ships docs/rules/${rule.id}.md`);
    for (const need of ['package.json', 'dist/extension.js', 'dist/server.js', 'dist/serverMain.js', 'images/icon.png', 'l10n/bundle.l10n.zh-cn.json', 'package.nls.zh-cn.json']) {
      assert.ok(files.includes(need), `ships ${need}`);
    }
    for (const g of pkg.contributes.grammars as { path: string }[]) assert.ok(files.includes(g.path.replace(/^\.\//, '')), `ships ${g.path}`);
    // The configuration file's schema, for VS Code's jsonValidation (completion and checks in .nacos-auth-lint.json).
    for (const v of pkg.contributes.jsonValidation as { url: string }[]) assert.ok(files.includes(v.url.replace(/^\.\//, '')), `ships ${v.url}`);
    // The package is a zip: the deflated size of its files estimates it (the real check: `npm run package`).
    const deflated = files.reduce((n, f) => n + deflateRawSync(readFileSync(join(ROOT, f))).length, 0);
    const raw = files.reduce((n, f) => n + statSync(join(ROOT, f)).size, 0);
    assert.ok(deflated < 1024 * 1024, `about ${Math.round(deflated / 1024)} KB compressed (${Math.round(raw / 1024)} KB raw)`);
  });
});
