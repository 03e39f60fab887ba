import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseClaimFile } from '../../server/src/engine/markup/parse';
import type { Diagnostic } from '../../server/src/engine/model';
import { x12ToMarkup } from '../../server/src/engine/x12/to-markup';
import { engine, fixture } from './x12-helpers';

/** Rule and message, sorted: positions differ between the two forms, findings do not. */
function findings(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.rule}: ${d.message}`).sort();
}

describe('837P to claim markup', () => {
  it('writes the FORMAT.md statements for a clean claim', () => {
    const markup = x12ToMarkup(fixture('clean.837'));
    assert.equal(
      markup
        .split('\n')
        .filter((line) => !line.startsWith('#'))
        .join('\n'),
      [
        '',
        'claim ASC-2026-0001',
        '  payer     medicare',
        '  patient   dob 1964-03-12  sex F',
        '  billing   npi 1234567893  taxonomy 208VP0014X',
        '  rendering npi 1234567893  taxonomy 208VP0014X',
        '  pos       24',
        '',
        '  dx A  G58.0',
        '  dx B  G89.29',
        '',
        '  svc 64620-RT  ptr AB  units 2  charge 1700.00  dos 2026-09-15',
        '',
      ].join('\n'),
    );
  });

  it('writes canonical codes and one date when from and to are the same day', () => {
    const markup = x12ToMarkup(fixture('findings.837'));
    assert.match(markup, /^ {2}dx A {2}G58\.8$/m);
    assert.match(markup, /^ {2}svc 64420 .* dos 2026-09-14  npi 1987654328$/m);
    assert.equal(markup.includes('to 2026'), false);
    assert.equal(/\bG580\b/.test(x12ToMarkup(fixture('clean.837'))), false);
  });

  it('the engine offers the conversion for an 837P only', () => {
    assert.equal(engine().toMarkup(fixture('clean.837')), x12ToMarkup(fixture('clean.837')));
    assert.equal(engine().toMarkup('claim A-1\n'), undefined);
  });

  it('leaves out names, addresses and member ids', () => {
    const markup = x12ToMarkup(fixture('findings.837'));
    for (const identifier of [
      'DOE',
      'JANE',
      'ROE',
      'TEST STREET',
      'SPRINGFIELD',
      '1EG4TE5MK72',
      'XYZ000111',
      'SMITH',
    ]) {
      assert.equal(markup.includes(identifier), false, identifier);
    }
  });

  for (const name of ['clean.837', 'findings.837', 'one-line.x12', 'pipes-crlf.edi']) {
    it(`${name}: the markup parses, and checks to the same findings as the 837P`, () => {
      const x12 = fixture(name);
      const markup = x12ToMarkup(x12);
      assert.deepEqual(parseClaimFile(markup).diagnostics, []);

      // doc-missing is off for an 837P, which carries no procedure note; so here too.
      const options = { ruleLevels: { 'doc-missing': 'off' as const } };
      const fromX12 = engine().check(x12, name).diagnostics;
      const fromMarkup = engine(options).check(markup, 'converted.claim').diagnostics;
      assert.deepEqual(findings(fromMarkup), findings(fromX12));
    });
  }

  it('a malformed interchange keeps its problems as comments, with their X12 lines', () => {
    const markup = x12ToMarkup(fixture('malformed.837'));
    assert.match(markup, /^# {3}line 18: SE01 is 99, but the transaction set holds 16 segments/m);
    assert.match(markup, /^claim ASC-2026-0009$/m);
    assert.deepEqual(
      parseClaimFile(markup).diagnostics.map((d) => d.message),
      [
        '`19641312` is not a date; write YYYY-MM-DD.',
        '`20260231` is not a date; write YYYY-MM-DD.',
      ],
    );
  });
});
