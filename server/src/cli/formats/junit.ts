// `--format junit` for CI systems that read JUnit XML (Jenkins, GitLab, Azure): ESLint's junit formatter's shape —
// one <testsuite> per checked file, one <testcase> per finding named after its rule, <failure> for errors and
// warnings — plus the `failures` count the Jenkins xUnit schema requires (test/fixtures/junit/junit-10.xsd).
import type { CliFile } from '../format';

// XML 1.0 has no way to write most control characters, even escaped: they are replaced.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlAttr(s: string): string {
  return s.replace(NOT_XML, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

function cdata(s: string): string {
  return `<![CDATA[${s.replace(NOT_XML, '\ufffd').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

const withoutExt = (p: string) => p.replace(/\.[^./]*$/, '');
const LABEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/** `checked`: every file that was linted (a file without findings is one passing test case). */
export function formatJunit(files: CliFile[], checked: string[]): string {
  const byPath = new Map(files.map(f => [f.path, f]));
  const paths = [...new Set([...checked, ...files.map(f => f.path)])].sort();
  const out = ['<?xml version="1.0" encoding="utf-8"?>'];
  let tests = 0;
  let failures = 0;
  const suites: string[] = [];
  for (const path of paths) {
    const findings = byPath.get(path)?.findings ?? [];
    const classname = xmlAttr(withoutExt(path));
    const name = xmlAttr(path);
    if (!findings.length) {
      tests++;
      suites.push(`<testsuite package="nacos-auth-lint" time="0" tests="1" failures="0" errors="0" name="${name}">\n<testcase time="0" name="${name}" classname="${classname}" />\n</testsuite>`);
      continue;
    }
    const failed = findings.filter(x => x.severity !== 'info').length;
    tests += findings.length;
    failures += failed;
    const cases = findings.map(x => {
      const text = `line ${x.line}, col ${x.column}, ${LABEL[x.severity]} - ${x.message} (${x.ruleId})`;
      const body = x.severity === 'info'
        ? `<system-out>${cdata(text)}</system-out>`
        : `<failure message="${xmlAttr(x.message)}" type="${x.severity}">${cdata(text)}</failure>`;
      return `<testcase time="0" name="nacos-auth-lint.${xmlAttr(x.ruleId)}" classname="${classname}">${body}</testcase>`;
    });
    suites.push(`<testsuite package="nacos-auth-lint" time="0" tests="${findings.length}" failures="${failed}" errors="0" name="${name}">\n${cases.join('\n')}\n</testsuite>`);
  }
  out.push(`<testsuites name="nacos-auth-lint" tests="${tests}" failures="${failures}" errors="0">`, ...suites, '</testsuites>');
  return `${out.join('\n')}\n`;
}
