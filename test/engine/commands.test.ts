/**
 * What the commands ask of the engine: Look Up Code over every code set,
 * the documentation template for a service line, and whether the dates of
 * service fall inside the ICD-10-CM year loaded (the status bar's warning).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import { ClaimEngine } from '../../server/src/engine/index';
import { applyEdits, cursor, example } from './editor-helpers';
import { formatExample } from './format-example';

const engine = new ClaimEngine(defaultCodeSets());

describe('Look Up Code', () => {
  const cases: { query: string; first: string[]; includes?: string[] }[] = [
    { query: 'G58.0', first: ['ICD-10-CM G58.0'] },
    { query: 'g580', first: ['ICD-10-CM G58.0'] },
    { query: '64620', first: ['CPT/HCPCS 64620'] },
    { query: 'RT', first: ['Modifier RT'] },
    { query: '208VP0014X', first: ['NUCC taxonomy 208VP0014X'] },
    { query: '24', first: ['Modifier 24', 'Place of service 24'] },
    {
      query: 'intercostal',
      first: ['ICD-10-CM G58.0', 'CPT/HCPCS 64420'],
      includes: ['CPT/HCPCS 64421', 'CPT/HCPCS 64620', 'ICD-10-CM R07.82'],
    },
    { query: 'pain medicine', first: [], includes: ['NUCC taxonomy 208VP0014X'] },
    { query: 'ambulatory surgical', first: [], includes: ['Place of service 24'] },
    { query: 'bilateral', first: [], includes: ['Modifier 50'] },
  ];
  for (const { query, first, includes = [] } of cases) {
    it(`finds ${[...first, ...includes].join(', ')} for "${query}"`, () => {
      const found = engine.searchCodes(query).map((item) => `${item.codeSet} ${item.code}`);
      assert.deepEqual(found.slice(0, first.length), first);
      for (const wanted of includes) assert.ok(found.includes(wanted), `${wanted} in ${found}`);
    });
  }

  it('titles each hit, marks headers, and keeps to the limit', () => {
    const [hit] = engine.searchCodes('G89.2');
    assert.equal(hit.code, 'G89.2');
    assert.match(hit.detail ?? '', /not billable/);
    assert.equal(engine.searchCodes('pain', 5).length, 5);
    assert.deepEqual(engine.searchCodes('   '), []);
  });
});

describe('Insert Documentation Template', () => {
  const withoutNote = formatExample.slice(0, formatExample.indexOf('\n  note'));

  it('appends the 64620 note to a claim that has none, and the claim then documents it', () => {
    const found = engine.documentationTemplate(withoutNote, cursor(withoutNote, 'svc', 'svc').line);
    assert.ok('snippet' in found, JSON.stringify(found));
    assert.equal(found.name, 'Procedure note for 64620');
    assert.equal(found.general, false);
    assert.match(found.snippet, /^\n {2}note \$\{1:Procedure note\}\n {4}Indication: /);
    assert.match(found.snippet, /Instructions: \$\{11:wound care and activity\}\$0\n$/);
    assert.deepEqual(found.position, { line: 12, character: 0 });
    assert.match(found.snippet, /\n {4}Agent: \$\{6\|phenol,alcohol,radiofrequency,/);

    // With each placeholder's default, the note parses under the claim with every element.
    const text = applyEdits(withoutNote, [
      { range: { start: found.position, end: found.position }, newText: expand(found.snippet) },
    ]);
    const [claim] = engine.parse(text).claims;
    assert.deepEqual(
      claim.notes[0].elements.map((e) => e.label),
      ['indication', 'levels', 'laterality', 'guidance', 'agent', 'units', 'pain', 'instructions'],
    );
  });

  it('adds only the elements a note still lacks, at the end of its body', () => {
    const text = formatExample
      .replace('    Guidance: ultrasound\n', '')
      .replace('    Units: 2\n', '');
    const found = engine.documentationTemplate(text, cursor(text, 'svc', 'svc').line);
    assert.ok('snippet' in found);
    assert.equal(
      found.snippet,
      '    Guidance: ${5|ultrasound,fluoroscopy,CT|}\n    Units: ${8:2}$0\n',
    );
    const instructions = text.split('\n').findIndex((l) => l.includes('Instructions'));
    assert.deepEqual(found.position, { line: instructions + 1, character: 0 });
  });

  it('starts with a line end when the claim ends the file without one', () => {
    const text = withoutNote.trimEnd();
    const found = engine.documentationTemplate(text, cursor(text, 'svc', 'svc').line);
    assert.ok('snippet' in found);
    assert.match(found.snippet, /^\n\n {2}note /);
    assert.deepEqual(found.position, { line: 11, character: text.split('\n')[11].length });
  });

  it('uses the general note for a procedure no template names', () => {
    const text = example('intercostal-block-two-levels.claim');
    const found = engine.documentationTemplate(text, cursor(text, 'svc 64421', 'svc').line);
    assert.ok('snippet' in found);
    assert.equal(found.code, '64421');
    assert.equal(found.general, true);
    assert.equal(found.name, 'Procedure note');
  });

  it('says why when there is nothing to insert', () => {
    const outside = engine.documentationTemplate('# only a comment\n', 0);
    assert.deepEqual(outside, { problem: 'Put the cursor on a `svc` line of a claim.' });
    const complete = engine.documentationTemplate(formatExample, 11);
    assert.ok('problem' in complete);
    assert.match(complete.problem, /already has every element/);
  });
});

describe('dates of service and the ICD-10-CM year', () => {
  const cases = [
    { name: 'a date inside FY2026', text: formatExample, outside: [] },
    {
      name: 'a claim date after FY2026 and a line date before it',
      text: formatExample
        .replace('dos       2026-09-15', 'dos       2026-10-01')
        .replace('charge 1700.00', 'charge 1700.00  dos 2025-09-30 to 2025-10-01'),
      outside: ['2026-10-01@6', '2025-09-30@11'],
    },
    {
      name: 'a date that is no date',
      text: formatExample.replace('2026-09-15', '2026-02-30'),
      outside: [],
    },
  ];
  for (const { name, text, outside } of cases) {
    it(`reports ${outside.length ? outside.join(', ') : 'nothing'} for ${name}`, () => {
      const coverage = engine.dateCoverage(text);
      assert.equal(coverage.label, 'ICD-10-CM FY2026');
      assert.deepEqual([coverage.from, coverage.to], ['2025-10-01', '2026-09-30']);
      assert.deepEqual(
        coverage.outside.map((o) => `${o.date}@${o.line}`),
        outside,
      );
    });
  }
});

/** A snippet with each placeholder replaced by its default or first choice. */
function expand(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}
