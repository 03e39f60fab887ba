import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseClaimFile } from '../../server/src/engine/markup/parse';
import { formatExample } from './format-example';

/** `line:message fragment` for each syntax problem, for tables that read at a glance. */
function problems(text: string): string[] {
  return parseClaimFile(text).diagnostics.map((d) => `${d.range.start.line}:${d.message}`);
}

describe('parser: the FORMAT.md example', () => {
  const file = parseClaimFile(formatExample);
  const claim = file.claims[0];

  it('parses without a problem, to the meaning FORMAT.md gives', () => {
    assert.deepEqual(file.diagnostics, []);
    assert.equal(file.claims.length, 1);
    assert.equal(claim.id.text, 'ASC-2026-0001');
    assert.equal(claim.payer?.text, 'medicare');
    assert.equal(claim.patient?.id?.text, 'P-4471');
    assert.equal(claim.patient?.dob?.value, '1964-03-12');
    assert.equal(claim.patient?.sex?.text, 'F');
    assert.equal(claim.billing?.npi?.code, '1234567893');
    assert.equal(claim.billing?.taxonomy?.code, '208VP0014X');
    assert.equal(claim.pos?.code, '24');
    assert.equal(claim.dos?.from.value, '2026-09-15');
    assert.deepEqual(
      claim.diagnoses.map((dx) => `${dx.letter.text} ${dx.code.code}`),
      ['A G58.0', 'B G89.29'],
    );
  });

  it('reads the service line with its modifier, pointers, units and charge', () => {
    const [line] = claim.serviceLines;
    assert.equal(line.code.code, '64620');
    assert.deepEqual(
      line.modifiers.map((m) => m.code),
      ['RT'],
    );
    assert.deepEqual(
      line.pointers.map((p) => p.letter),
      ['A', 'B'],
    );
    assert.equal(line.units, 2);
    assert.equal(line.chargeCents, 170000);
  });

  it('reads the note body with its documentation elements', () => {
    const [note] = claim.notes;
    assert.equal(note.title?.text, 'Procedure note');
    assert.deepEqual(
      note.elements.map((e) => e.label),
      ['indication', 'levels', 'laterality', 'guidance', 'agent', 'units', 'pain', 'instructions'],
    );
    const indication = note.elements[0];
    assert.match(indication.value, /lobectomy, refractory to gabapentin/);
    assert.equal(note.elements[1].value, 'T5, T6');
  });

  it('gives code ranges in UTF-16 units on the right line', () => {
    const dx = claim.diagnoses[0].code;
    const line = formatExample.split('\n')[dx.range.start.line];
    assert.equal(line.slice(dx.range.start.character, dx.range.end.character), 'G58.0');
    const modifier = claim.serviceLines[0].modifiers[0];
    const svc = formatExample.split('\n')[modifier.range.start.line];
    assert.equal(svc.slice(modifier.range.start.character, modifier.range.end.character), 'RT');
  });
});

describe('parser: what the markup allows', () => {
  const cases: [string, string, (text: string) => void][] = [
    [
      'CRLF line ends',
      'claim A\r\n  dx A g580\r\n  svc 64620 ptr a\r\n',
      (text) => {
        const file = parseClaimFile(text);
        assert.deepEqual(file.diagnostics, []);
        assert.equal(file.claims[0].diagnoses[0].code.code, 'G58.0');
        assert.equal(file.claims[0].diagnoses[0].code.range.end.character, 11);
      },
    ],
    [
      'a leading BOM',
      '\uFEFFclaim A\n  dx A G58.0\n',
      (text) => {
        const file = parseClaimFile(text);
        assert.deepEqual(file.diagnostics, []);
        assert.equal(file.claims[0].id.text, 'A');
        assert.equal(file.claims[0].keyword.range.start.character, 1);
      },
    ],
    [
      'keywords in any case, pointers with commas',
      'CLAIM A\n  SVC 64620-rt PTR A, B\n',
      (t) => {
        const line = parseClaimFile(t).claims[0].serviceLines[0];
        assert.deepEqual(
          line.pointers.map((p) => p.letter),
          ['A', 'B'],
        );
        assert.equal(line.modifiers[0].code, 'RT');
      },
    ],
    [
      'fields in any order, line overrides',
      'claim A\n  svc 64420 units 3 dos 2026-01-02 ptr A\n',
      (t) => {
        const line = parseClaimFile(t).claims[0].serviceLines[0];
        assert.equal(line.units, 3);
        assert.equal(line.dos?.from.value, '2026-01-02');
      },
    ],
    [
      'a dollar sign on a charge',
      'claim A\n  svc 64420 charge $850.00\n',
      (t) => {
        assert.equal(parseClaimFile(t).claims[0].serviceLines[0].chargeCents, 85000);
      },
    ],
    [
      'charges from one to nine digits before the point, and nothing else',
      'claim A\n',
      () => {
        const cents = (charge: string) =>
          parseClaimFile(`claim A\n  svc 64420 charge ${charge}\n`).claims[0].serviceLines[0]
            .chargeCents;
        assert.equal(cents('0.05'), 5);
        assert.equal(cents('$1.05'), 105);
        assert.equal(cents('123456789.99'), 12345678999);
        for (const bad of ['1234567890.00', '12.5', '.50', '$.50', '$$1.00', '1,000.00', '1.0a']) {
          assert.equal(cents(bad), undefined, bad);
        }
      },
    ],
    [
      '# in a note body is text',
      'claim A\n  note\n    Levels: rib #5\n  dx A G58.0\n',
      (t) => {
        const claim = parseClaimFile(t).claims[0];
        assert.equal(claim.notes[0].elements[0].value, 'rib #5');
        assert.equal(
          claim.diagnoses.length,
          1,
          'the body ends at the first line no deeper than note',
        );
      },
    ],
    [
      'codes in a note body',
      'claim A\n  note\n    G58.0 treated with 64620\n',
      (t) => {
        const codes = parseClaimFile(t).claims[0].notes[0].codes.map((c) => c.code);
        assert.deepEqual(codes, ['G58.0', '64620']);
      },
    ],
    [
      'two claims',
      'claim A\n  dx A G58.0\nclaim B\n  dx A R52\n',
      (t) => {
        const file = parseClaimFile(t);
        assert.deepEqual(
          file.claims.map((c) => c.diagnoses.length),
          [1, 1],
        );
        assert.equal(file.claims[0].range.end.line, 1);
      },
    ],
    [
      'a suppression comment',
      'claim A\n  # claim-check: ignore dx-unused, dx-age\n',
      (t) => {
        assert.deepEqual(parseClaimFile(t).suppressions, [
          { line: 1, rules: ['dx-unused', 'dx-age'] },
        ]);
      },
    ],
  ];
  for (const [name, text, check] of cases) it(name, () => check(text));
});

describe('parser: syntax problems, and reading goes on', () => {
  const cases: [string, string, string[]][] = [
    ['statement before the first claim', 'dx A G58.0\nclaim A\n', ['0:`dx` comes before']],
    ['unknown keyword', 'claim A\n  frob 1\n  dx A G58.0\n', ['1:`frob` is not a statement']],
    ['header repeated', 'claim A\n  pos 24\n  pos 11\n', ['2:`pos` is already given']],
    [
      'letter used twice',
      'claim A\n  dx A G58.0\n  dx A R52\n',
      ['2:Diagnosis letter A is already'],
    ],
    ['bad letter', 'claim A\n  dx M G58.0\n', ['1:`M` is not a diagnosis letter']],
    ['missing code', 'claim A\n  dx A\n', ['1:`A` needs an ICD-10-CM code']],
    ['bad date', 'claim A\n  dos 2026-02-30\n', ['1:`2026-02-30` is not a date']],
    ['bad units', 'claim A\n  svc 64620 units 0\n', ['1:Units are a whole number from 1']],
    ['bad charge', 'claim A\n  svc 64620 charge 12\n', ['1:A charge is an amount with two']],
    ['bad pointer', 'claim A\n  svc 64620 ptr AZ\n', ['1:`Z` is not a diagnosis letter']],
    ['empty modifier', 'claim A\n  svc 64620-\n', ['1:A hyphen needs a two-character']],
    ['field twice', 'claim A\n  svc 64620 units 1 units 2\n', ['1:`units` is given twice']],
    ['unknown field', 'claim A\n  svc 64620 qty 2\n', ['1:`qty` is not a service line field']],
    [
      'patient without dob and sex',
      'claim A\n  patient id X\n',
      ['1:`patient` needs `dob', '1:`patient` needs `sex'],
    ],
    [
      'provider without npi',
      'claim A\n  billing taxonomy 208VP0014X\n',
      ['1:`billing` needs `npi`'],
    ],
    ['bad claim id', 'claim A/B\n', ['0:`A/B` is not a claim id']],
    ['end date before start', 'claim A\n  dos 2026-02-03 to 2026-02-01\n', ['1:The end date']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const found = problems(text);
      assert.equal(found.length, expected.length, found.join('\n'));
      expected.forEach((prefix, i) => assert.ok(found[i].startsWith(prefix), found[i]));
    });
  }

  it('never throws on odd input', () => {
    for (const text of [
      '',
      '\n\n',
      '\u0000\u0001',
      'claim',
      'svc',
      'note',
      '\uD800 claim x',
      '#',
    ]) {
      assert.doesNotThrow(() => parseClaimFile(text));
    }
  });
});

describe('parser: codes in note prose', () => {
  it('finds a code that ends a sentence', () => {
    const text = 'claim A\n  note\n    Blocks done before 64620. Then G58.0, confirmed.\n';
    const codes = parseClaimFile(text).claims[0].notes[0].codes.map((c) => c.code);
    assert.deepEqual(codes, ['64620', 'G58.0']);
  });
});
