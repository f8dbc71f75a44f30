// `looksLikeCompose` (syntax/files.ts) decides whether a YAML file is a compose file by a top-level `services:` key. It
// searches for the word instead of running a multi-line regex over the whole text on every keystroke; the answers
// must be the regex's, for any text (line breaks of every kind, quotes, keys that only start like it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { looksLikeCompose } from '../../server/src/core/syntax/files';

const REFERENCE = /^(?:services|"services"|'services')[ \t]*:/m;

const piece = fc.constantFrom('services', 'service', '"', "'", ':', ' ', '\t', '\n', '\r', '\u2028', '\u2029', 'x', '  ', 'version: "3"', '-', '#', 'servicesservices', 's');

test('looksLikeCompose answers as the multi-line regex does', () => {
  fc.assert(fc.property(fc.array(piece, { maxLength: 24 }), parts => {
    const text = parts.join('');
    assert.equal(looksLikeCompose(text), REFERENCE.test(text), JSON.stringify(text));
  }), { numRuns: 20_000 });
  for (const t of ['services:', 'services :', '"services":', "'services'\t:", 'x\nservices:', 'x\r"services":', ' services:', '"services\':', 'servicesx:', 'xservices:', '']) {
    assert.equal(looksLikeCompose(t), REFERENCE.test(t), JSON.stringify(t));
  }
});
