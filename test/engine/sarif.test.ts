import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { toReported } from '../../server/src/cli/report';
import { projectRuleHelp, readRulesPage, ruleHelp } from '../../server/src/cli/rule-help';
import { formatSarif } from '../../server/src/cli/sarif';
import { allRules } from '../../server/src/engine/rules';
import { engine, fixture } from './x12-helpers';

/**
 * The SARIF 2.1.0 schema (the OASIS release, rtm.5) as Microsoft's SARIF SDK ships
 * it in @microsoft/jest-sarif; a JSON Schema draft 4 document, hence ajv-draft-04.
 * Its language-tag pattern is not valid as a Unicode regular expression, so Ajv
 * compiles patterns without the `u` flag; uri formats are checked with ajv-formats.
 */
const SCHEMA_FILE = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));

function sarifFor(files: string[], rulesPage?: string) {
  const reported = files.flatMap((name) =>
    engine()
      .check(fixture(name), name)
      .diagnostics.map((d) => toReported(`test/fixtures/x12/${name}`, d)),
  );
  const text = formatSarif(reported, {
    toolVersion: '0.1.0',
    rules: ruleHelp(allRules, rulesPage),
    files: files.map((name) => `test/fixtures/x12/${name}`),
    workingDirectory: '/work/claims',
  });
  return { reported, log: JSON.parse(text) };
}

describe('SARIF output', () => {
  const { reported, log } = sarifFor(['findings.837', 'malformed.837', 'clean.837']);

  it('validates against the SARIF 2.1.0 schema', () => {
    const valid = validate(log);
    assert.equal(valid, true, JSON.stringify(validate.errors, null, 2));
  });

  it('an empty run validates too', () => {
    const empty = JSON.parse(formatSarif([], { toolVersion: '0.1.0', rules: [], files: [] }));
    assert.equal(validate(empty), true, JSON.stringify(validate.errors, null, 2));
    assert.deepEqual(empty.runs[0].results, []);
  });

  it('names the claim-check driver and every rule, with help text', () => {
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'claim-check');
    assert.deepEqual(
      driver.rules.map((rule: { id: string }) => rule.id),
      allRules.map((rule) => rule.name),
    );
    for (const rule of driver.rules) assert.ok(rule.help.text.length > 0, rule.id);
  });

  it('one result per diagnostic, on the right rule, file and region', () => {
    const results = log.runs[0].results;
    assert.equal(results.length, reported.length);
    const npi = results.find((r: { ruleId: string }) => r.ruleId === 'npi-checksum');
    assert.equal(log.runs[0].tool.driver.rules[npi.ruleIndex].id, 'npi-checksum');
    assert.equal(npi.level, 'error');
    const location = npi.locations[0].physicalLocation;
    assert.equal(location.artifactLocation.uri, 'test/fixtures/x12/findings.837');
    assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.deepEqual(location.region, {
      startLine: 23,
      startColumn: 27,
      endLine: 23,
      endColumn: 37,
    });
    assert.equal(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, 'file:///work/claims/');
    assert.equal(log.runs[0].artifacts.length, 3);
  });

  it('info and hint become SARIF notes', () => {
    const diagnostic = { ...reported[0], severity: 'info' as const };
    const hint = { ...reported[0], severity: 'hint' as const };
    const sarif = JSON.parse(
      formatSarif([diagnostic, hint], { toolVersion: '0', rules: [], files: [] }),
    );
    assert.deepEqual(
      sarif.runs[0].results.map((r: { level: string }) => r.level),
      ['note', 'note'],
    );
    assert.equal(validate(sarif), true);
  });
});

describe('rule help from docs/rules.md', () => {
  const names = ['dx-pointer', 'dx-unused', 'npi-checksum'];

  it('reads a section per rule heading, and table rows', () => {
    const page = [
      '# Rules',
      '',
      '## `dx-pointer`',
      '',
      'A service line points at diagnosis letters (box 24E).',
      'Each letter must name a `dx` of the claim.',
      '',
      '### dx-unused',
      'A diagnosis no line points to.',
      '',
      '## All rules at a glance',
      '',
      '| rule | raised when |',
      '|---|---|',
      '| `npi-checksum` | an NPI whose check digit is wrong |',
    ].join('\n');
    const sections = readRulesPage(page, names);
    assert.equal(
      sections.get('dx-pointer'),
      'A service line points at diagnosis letters (box 24E).\n' +
        'Each letter must name a `dx` of the claim.',
    );
    assert.equal(sections.get('dx-unused'), 'A diagnosis no line points to.');
    assert.equal(sections.get('npi-checksum'), 'an NPI whose check digit is wrong');
  });

  it('a `#` line inside a code example does not end the section', () => {
    const page = ['## dx-pointer (error)', 'Text.', '```', '# a comment', '```', 'More.'].join(
      '\n',
    );
    assert.equal(
      readRulesPage(page, names).get('dx-pointer'),
      'Text.\n```\n# a comment\n```\nMore.',
    );
  });

  it("the project's docs/rules.md gives the rules their help", () => {
    const page = readFileSync(join(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8');
    const sections = readRulesPage(
      page,
      allRules.map((rule) => rule.name),
    );
    // Every rule of FORMAT.md has a section; a newer rule may not have one yet.
    assert.ok(sections.size >= 20, `${sections.size} sections`);
    for (const rule of projectRuleHelp(allRules)) {
      const section = sections.get(rule.name);
      assert.equal(rule.help, section || rule.summary, rule.name);
    }
  });

  it('falls back to the rule description, and to the page for a summary', () => {
    const rules = [
      { name: 'dx-pointer', severity: 'error' as const, description: 'A ptr letter with no dx.' },
      { name: 'dx-unused', severity: 'warning' as const, description: '' },
    ];
    const help = ruleHelp(rules, '## dx-unused\nNo line points to it. More text here.');
    assert.deepEqual(help[0], {
      name: 'dx-pointer',
      severity: 'error',
      summary: 'A ptr letter with no dx.',
      help: 'A ptr letter with no dx.',
    });
    assert.equal(help[1].summary, 'No line points to it.');
    assert.equal(help[1].help, 'No line points to it. More text here.');
  });

  it('the SARIF log carries the page text as help', () => {
    const { log } = sarifFor(['clean.837'], '## dx-unused\nPoint a line at it or take it off.');
    const rule = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'dx-unused');
    assert.equal(rule.help.text, 'Point a line at it or take it off.');
    assert.equal(validate(log), true);
  });
});
