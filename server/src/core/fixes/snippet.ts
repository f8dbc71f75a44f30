// The text of `nacosAuthLint.generateIdentityPair`: a fresh pair in the form the file at the cursor uses
// (properties lines, env lines, compose `environment:` map entries or list items at the right indentation).
import { classify } from '../syntax/files';
import { K } from '../nacos/keys';
import { encodeEnvValue, encodeListItem, encodeYamlScalar, eolOf, propertiesLine } from './encode';

export interface PairSnippet {
  /** Insert at the start of `line`. */
  line: number;
  text: string;
  form: 'properties' | 'env' | 'compose-map' | 'compose-list';
}

export function identityPairSnippet(path: string, text: string, line: number, pair: { key: string; value: string }): PairSnippet {
  const kind = classify(path, text);
  const eol = eolOf(text);
  const lines = text.split(/\r?\n/);
  line = Math.max(0, Math.min(line, lines.length - 1));
  if (kind === 'properties') {
    return { line, form: 'properties', text: `${propertiesLine(K.identityKey, pair.key)}${eol}${propertiesLine(K.identityValue, pair.value)}${eol}` };
  }
  if (kind !== 'compose') {
    return { line, form: 'env', text: `NACOS_AUTH_IDENTITY_KEY=${encodeEnvValue(pair.key)}${eol}NACOS_AUTH_IDENTITY_VALUE=${encodeEnvValue(pair.value)}${eol}` };
  }
  // The entry at the cursor, else the nearest one above, says list or map and the indentation.
  let ref = '';
  let refLine = -1;
  for (let i = line; i >= 0; i--) {
    if (lines[i].trim() && !lines[i].trim().startsWith('#')) { ref = lines[i]; refLine = i; break; }
  }
  // On the `environment:` line itself: the entries go below it.
  if (refLine === line && /^\s*environment:\s*$/.test(ref)) line++;
  const indent = /^[ \t]*/.exec(ref)![0];
  if (/^\s*-\s/.test(ref)) {
    return { line, form: 'compose-list', text: `${indent}- ${encodeListItem('NACOS_AUTH_IDENTITY_KEY', pair.key)}${eol}${indent}- ${encodeListItem('NACOS_AUTH_IDENTITY_VALUE', pair.value)}${eol}` };
  }
  // Right under `environment:` the entries go one level deeper.
  const inner = /^\s*environment:\s*$/.test(ref) ? `${indent}  ` : indent;
  return { line, form: 'compose-map', text: `${inner}NACOS_AUTH_IDENTITY_KEY: ${encodeYamlScalar(pair.key)}${eol}${inner}NACOS_AUTH_IDENTITY_VALUE: ${encodeYamlScalar(pair.value)}${eol}` };
}
