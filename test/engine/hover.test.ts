/**
 * Hover on the real code sets: a claim with a cursor `|` in, fragments of the
 * markdown expected out. Also the NPI check digit that hover and the
 * npi-checksum rule share.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidNpi, npiCheckDigit } from '../../server/src/engine/codes/npi';
import { defaultCodeSets, loadCodeSets } from '../../server/src/engine/codesets/load';
import { ClaimEngine } from '../../server/src/engine/index';

const engine = new ClaimEngine(defaultCodeSets());

/** The FORMAT.md example, with a few more lines for codes of other kinds. */
const CLAIM = `# Right T5-T6 intercostal neurolysis for post-thoracotomy neuralgia
claim ASC-2026-0001
  payer     medicare
  patient   id P-4471  dob 1964-03-12  sex F
  billing   npi 1234567893  taxonomy 208VP0014X
  rendering npi 1234567890
  pos       24
  dos       2026-09-15

  dx A  G58.0
  dx B  G89.29
  dx C  G892
  dx D  G89.4

  svc 64620-RT   ptr AB  units 2  charge 1700.00
  svc 64420-50-GD   ptr A
  svc 64421   ptr A  pos 22
  svc 77002   ptr A

  note Procedure note
    Indication: chronic post-thoracotomy neuralgia (G89.22) after right lobectomy,
      refractory to gabapentin; intercostal block 64420 before 64620.
    Levels: T5, T6
    Laterality: right  # rib #5
`;

/** Puts the cursor inside the `nth` occurrence of `word` on the line that holds `lineText`. */
function hoverOn(lineText: string, word: string, offset = 1) {
  const lines = CLAIM.split('\n');
  const line = lines.findIndex((text) => text.includes(lineText));
  assert.ok(line >= 0, `no line with ${lineText}`);
  const start = lines[line].indexOf(word, lines[line].indexOf(lineText));
  assert.ok(start >= 0, `no ${word} on line ${line}`);
  return { result: engine.hover(CLAIM, { line, character: start + offset }), line, start };
}

interface Case {
  name: string;
  /** A fragment of the line, then the word on it to hover. */
  line: string;
  word: string;
  /** Where in the word the cursor stands; 1 unless given. */
  offset?: number;
  includes?: (string | RegExp)[];
  excludes?: (string | RegExp)[];
  none?: boolean;
}

const CASES: Case[] = [
  // ICD-10-CM
  {
    name: 'a billable diagnosis with its title and parent',
    line: 'dx A',
    word: 'G58.0',
    includes: ['Intercostal neuropathy', 'Billable', 'G58 Other mononeuropathies', 'FY2026'],
  },
  {
    name: 'a header lists its billable children',
    line: 'dx C',
    word: 'G892',
    includes: ['**G89.2**', 'Header, not billable', 'G89.21', 'G89.22', 'G89.28', 'G89.29'],
  },
  {
    name: 'tabular notes, own and inherited from the category',
    line: 'dx D',
    word: 'G89.4',
    includes: ['Chronic pain syndrome', 'Within: G89', /Excludes1/, /from G89/],
  },
  {
    name: 'a diagnosis code in a note body',
    line: 'Indication:',
    word: 'G89.22',
    includes: ['Chronic post-thoracotomy pain', 'Billable'],
  },
  // Procedures
  {
    name: 'CPT with our description and its fee-schedule indicators in words',
    line: 'svc 64620',
    word: '64620',
    includes: [
      'intercostal nerve',
      'our plain-language description',
      /Global period \| 010/,
      /Bilateral \(50\) \| 0: .*50 is not for this code/,
      /Assistant .* \| 1: assistant at surgery not paid/,
      /Co-surgeon \(62\) \| 0/,
      /Team \(66\) \| 0/,
      /PC\/TC .* \| 0/,
      /MUE\*\* 5 .*MAI 3, per date of service, clinical/,
    ],
  },
  {
    name: 'a primary code names the add-ons that may follow it',
    line: 'svc 64420',
    word: '64420',
    includes: [/Add-on codes that may follow it\*\*: .*64421/],
  },
  {
    name: 'an add-on code names its primaries',
    line: 'svc 64421',
    word: '64421',
    includes: [/Add-on code\*\* \(type 1/, /64420/, /ZZZ/],
  },
  {
    name: 'a procedure code in a note body',
    line: 'refractory',
    word: '64620',
    includes: ['intercostal nerve'],
  },
  // Modifiers
  {
    name: 'a modifier that suits the line',
    line: 'svc 64620',
    word: 'RT',
    includes: ['Right side', 'HCPCS Level II modifier', 'Suits 64620'],
  },
  {
    name: 'a CPT modifier with when to use it, ruled out by nothing on 64420',
    line: 'svc 64420',
    word: '50',
    includes: ['Bilateral', 'CPT modifier', 'When to use', 'Suits 64420'],
  },
  {
    name: 'a terminated modifier says when it ended',
    line: 'svc 64420',
    word: 'GD',
    includes: [/Terminated 2019-12-31|Terminated 20191231/],
  },
  // Taxonomy, place of service, NPI
  {
    name: 'taxonomy: grouping, classification, specialization, definition',
    line: 'billing',
    word: '208VP0014X',
    includes: [
      'Interventional Pain Medicine',
      'Allopathic & Osteopathic Physicians',
      '| Classification | Pain Medicine |',
      'interventional techniques',
      'NUCC',
    ],
  },
  {
    name: 'place of service with its facility type',
    line: 'pos       24',
    word: '24',
    includes: ['Ambulatory Surgical Center', 'Facility'],
  },
  {
    name: 'place of service on a service line',
    line: 'svc 64421',
    word: '22',
    includes: ['On Campus-Outpatient Hospital'],
  },
  {
    name: 'an NPI whose check digit holds',
    line: 'billing',
    word: '1234567893',
    includes: ['check digit holds', '80840'],
  },
  {
    name: 'an NPI whose check digit does not hold',
    line: 'rendering',
    word: '1234567890',
    includes: ['does not hold', 'should be 3'],
  },
  // Letters, keywords, fields
  {
    name: 'a pointer letter names its diagnosis',
    line: 'svc 64620',
    word: 'AB',
    offset: 0,
    includes: ['dx A', 'G58.0', 'Intercostal neuropathy'],
  },
  {
    name: 'the second pointer letter of a run',
    line: 'svc 64620',
    word: 'B ',
    offset: 0,
    includes: ['dx B', 'G89.29'],
  },
  {
    name: 'a diagnosis letter names the lines that point to it',
    line: 'dx A',
    word: 'A',
    includes: ['Pointed to by svc 64620', 'first-listed'],
  },
  { name: 'a keyword', line: 'svc 64620', word: 'svc', includes: ['service line', 'box 24'] },
  { name: 'a field name', line: 'svc 64620', word: 'units', includes: ['Units of service'] },
  {
    name: 'the payer profile and how it wants bilateral procedures',
    line: 'payer',
    word: 'medicare',
    includes: ['Medicare', 'one line with 50 and 1 unit', 'Pub. 100-04'],
  },
  {
    name: 'a documentation label',
    line: 'Levels:',
    word: 'Levels',
    includes: ['nerve levels'],
  },
  // Nothing
  { name: 'nothing in a comment', line: '# Right T5', word: 'intercostal', none: true },
  { name: 'nothing on plain note text', line: 'Indication:', word: 'lobectomy', none: true },
  { name: 'nothing on a claim id', line: 'claim ASC', word: 'ASC-2026', none: true },
];

describe('hover', () => {
  for (const test of CASES) {
    it(test.name, () => {
      const { result } = hoverOn(test.line, test.word, test.offset ?? 1);
      if (test.none) {
        assert.equal(result, undefined);
        return;
      }
      assert.ok(result, 'a hover');
      for (const fragment of test.includes ?? []) {
        if (typeof fragment === 'string') {
          assert.ok(result.markdown.includes(fragment), `${fragment} not in:\n${result.markdown}`);
        } else {
          assert.match(result.markdown, fragment);
        }
      }
      for (const fragment of test.excludes ?? []) {
        assert.ok(!result.markdown.includes(String(fragment)), `${fragment} in hover`);
      }
    });
  }

  it('covers exactly the code hovered', () => {
    const { result, line, start } = hoverOn('dx A', 'G58.0', 3);
    assert.deepEqual(result?.range, {
      start: { line, character: start },
      end: { line, character: start + 5 },
    });
  });

  it('works with CRLF line ends and a BOM', () => {
    const text = `\uFEFF${CLAIM.replace(/\n/g, '\r\n')}`;
    const line = CLAIM.split('\n').findIndex((row) => row.includes('dx A'));
    const result = engine.hover(text, { line, character: 9 });
    assert.match(result?.markdown ?? '', /Intercostal neuropathy/);
  });

  it('says which indicator rules a modifier out', () => {
    const text = 'claim X\n  svc 64620-50\n';
    const result = engine.hover(text, { line: 1, character: 13 });
    assert.match(result?.markdown ?? '', /⚠ 50 is not for 64620: .*\(bilateral indicator 0\)/);
  });

  it('shows a licensed descriptor with the file it came from', () => {
    const codeSets = loadCodeSets();
    const problem = codeSets.procedures.loadLicensedDescriptors(
      '64620,LICENSED TEXT FOR 64620\n',
      'cpt-2026.csv',
    );
    assert.equal(problem, undefined);
    const text = 'claim X\n  svc 64620\n';
    const result = new ClaimEngine(codeSets).hover(text, { line: 1, character: 7 });
    assert.match(
      result?.markdown ?? '',
      /LICENSED TEXT FOR 64620\n\n\*\(licensed descriptor, cpt-2026\.csv\)/,
    );
  });

  it('says when a payer has no profile', () => {
    const result = engine.hover('claim X\n  payer acme\n', { line: 1, character: 10 });
    assert.match(result?.markdown ?? '', /No payer profile named `acme`/);
  });

  it('reports codes missing from the code sets', () => {
    const text = 'claim X\n  dx A  Z99.999\n';
    const result = engine.hover(text, { line: 1, character: 9 });
    assert.match(result?.markdown ?? '', /not in ICD-10-CM/);
  });
});

describe('NPI check digit (Luhn with the prefix 80840)', () => {
  const cases: [string, boolean][] = [
    ['1234567893', true],
    ['1234567890', false],
    ['1245319599', true],
    ['123456789', false],
    ['12345678931', false],
    ['123456789X', false],
  ];
  for (const [npi, valid] of cases) {
    it(`${npi} is ${valid ? 'valid' : 'not valid'}`, () => assert.equal(isValidNpi(npi), valid));
  }
  it('computes the check digit of a base', () => {
    assert.equal(npiCheckDigit('123456789'), 3);
    assert.equal(npiCheckDigit('12345'), undefined);
  });
});
