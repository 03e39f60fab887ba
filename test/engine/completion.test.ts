/**
 * Completion on the real code sets: a claim with a cursor `|` in, the items
 * expected out. Each case names labels that must (or must not) be offered,
 * and where needed the first labels, the range replaced and the filter text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import type { CompletionResult } from '../../server/src/engine/features/completion';
import { ClaimEngine } from '../../server/src/engine/index';

const engine = new ClaimEngine(defaultCodeSets());

/** The claim header every case starts from; `svc` lines and notes are added per case. */
const HEADER = [
  'claim ASC-2026-0001',
  '  payer     medicare',
  '  billing   npi 1234567893  taxonomy 208VP0014X',
  '  pos       24',
  '  dos       2026-09-15',
  '  dx A  G58.0',
  '  dx B  G89.29',
].join('\n');

/** Splits the `|` cursor marker out of a claim text. */
function withCursor(source: string) {
  const lines = source.split('\n');
  const line = lines.findIndex((text) => text.includes('|'));
  assert.ok(line >= 0, 'case has no | cursor');
  const character = lines[line].indexOf('|');
  return { text: source.replace('|', ''), position: { line, character } };
}

function completeAt(source: string): CompletionResult {
  const { text, position } = withCursor(source);
  return engine.complete(text, position);
}

interface Case {
  name: string;
  /** Text with a `|` cursor; `$HEADER` stands for the claim header above. */
  text: string;
  includes?: string[];
  excludes?: string[];
  /** The first labels, in order. */
  first?: string[];
  /** Labels that must come in this relative order. */
  order?: string[];
  /** Replaced text on the cursor line, as [start, end] characters. */
  range?: [number, number];
  filterText?: string;
  incomplete?: boolean;
  kind?: string;
  empty?: boolean;
}

const CASES: Case[] = [
  // Keywords
  {
    name: 'only `claim` before the first claim, with the claim skeleton',
    text: '# a new file\n|',
    includes: ['claim'],
    excludes: ['svc', 'dx', 'payer'],
  },
  {
    name: 'statement keywords inside a claim, without headers it already has',
    text: `${HEADER}\n  |`,
    includes: ['dx', 'svc', 'note', 'patient', 'rendering', 'claim'],
    excludes: ['payer', 'billing', 'pos', 'dos'],
    range: [2, 2],
  },
  {
    name: 'a half-typed keyword is replaced whole',
    text: `${HEADER}\n  sv|c`,
    includes: ['svc'],
    range: [2, 5],
  },
  // Field names
  {
    name: 'service line fields after the code',
    text: `${HEADER}\n  svc 64620 |`,
    first: ['ptr', 'units', 'charge', 'dos', 'pos', 'npi'],
    kind: 'field',
  },
  {
    name: 'service line fields already used are left out',
    text: `${HEADER}\n  svc 64620 ptr A units 2 |`,
    includes: ['charge', 'dos', 'pos', 'npi'],
    excludes: ['ptr', 'units'],
  },
  {
    name: '`to` after a service date',
    text: `${HEADER}\n  svc 64620 dos 2026-09-15 |`,
    first: ['to'],
  },
  { name: 'patient fields', text: `${HEADER}\n  patient |`, first: ['id', 'dob', 'sex'] },
  {
    name: 'sex values',
    text: `${HEADER}\n  patient id P-1 dob 1964-03-12 sex |`,
    first: ['M', 'F', 'U'],
  },
  {
    name: 'rendering provider fields',
    text: `${HEADER}\n  rendering |`,
    first: ['npi', 'taxonomy'],
  },
  { name: '`to` after the claim date', text: 'claim X\n  dos 2026-09-15 |', first: ['to'] },
  // ICD-10-CM
  {
    name: 'words: `intercost` offers G58.0 first',
    text: `${HEADER}\n  dx C intercost|`,
    first: ['G58.0'],
    range: [7, 16],
    filterText: 'intercost',
    incomplete: true,
  },
  {
    name: 'code prefix without the dot',
    text: `${HEADER}\n  dx C g580|`,
    first: ['G58.0'],
    range: [7, 11],
  },
  {
    name: 'code prefix with the dot: the edit covers `G58.`',
    text: `${HEADER}\n  dx C G58.|`,
    includes: ['G58.0', 'G58.8', 'G58.9'],
    range: [7, 11],
    incomplete: true,
  },
  {
    name: 'words with a space: `chronic pain` finds the G89.2 family, billable first',
    text: `${HEADER}\n  dx C chronic pain|`,
    includes: ['G89.21', 'G89.22', 'G89.28', 'G89.29', 'G89.2'],
    order: ['G89.29', 'G89.2'],
    range: [7, 19],
    filterText: 'chronic pain',
  },
  {
    name: 'a free letter after `dx`',
    text: `${HEADER}\n  dx |`,
    first: ['C', 'D'],
    excludes: ['A', 'B'],
  },
  // Procedures and modifiers
  {
    name: 'CPT by code prefix after `svc`',
    text: `${HEADER}\n  svc 6462|`,
    includes: ['64620', '64624'],
    excludes: ['64405'],
    range: [6, 10],
  },
  {
    name: 'modifiers that suit 64620 first, none its indicators rule out',
    text: `${HEADER}\n  svc 64620-|`,
    first: ['RT', 'LT', '59', 'XS', 'XU'],
    includes: ['76', '77', '52', '53', '22'],
    excludes: ['50', '26', 'TC', '80', '62', '66', 'AS'],
    range: [12, 12],
    kind: 'modifier',
  },
  {
    name: 'modifiers that clash with those on the line are left out',
    text: `${HEADER}\n  svc 64620-RT-|`,
    includes: ['59', 'XS'],
    excludes: ['RT', 'LT', '50'],
    range: [15, 15],
  },
  {
    name: 'a half-typed modifier is replaced, not the code',
    text: `${HEADER}\n  svc 64620-R|T  ptr A`,
    includes: ['RT'],
    range: [12, 14],
  },
  {
    name: '50 first for a code with bilateral indicator 1 (64420)',
    text: `${HEADER}\n  svc 64420-|`,
    first: ['50', 'RT', 'LT'],
  },
  {
    name: '25 first for an office visit',
    text: `${HEADER}\n  svc 99213-|`,
    first: ['25', '57', '24'],
    excludes: ['50'],
  },
  // Taxonomy, place of service, payers, pointers
  {
    name: 'taxonomy by words: `pain` finds pain medicine and its siblings',
    text: 'claim X\n  billing npi 1234567893 taxonomy pain|',
    first: ['208VP0000X'],
    includes: ['208VP0014X', '207LP2900X', '2081P2900X'],
    filterText: 'pain',
    range: [34, 38],
  },
  {
    name: 'taxonomy by several words',
    text: 'claim X\n  billing npi 1234567893 taxonomy interventional pain|',
    first: ['208VP0014X'],
    range: [34, 53],
  },
  {
    name: 'place of service after `pos`',
    text: 'claim X\n  pos |',
    includes: ['11', '22', '24'],
  },
  {
    name: 'place of service as a service line field',
    text: `${HEADER}\n  svc 64620 pos |`,
    includes: ['24'],
  },
  {
    name: 'payer profiles after `payer`',
    text: 'claim X\n  payer |',
    first: ['medicare', 'medicaid', 'aetna', 'bcbs', 'cigna', 'uhc'],
    kind: 'value',
  },
  {
    name: "the claim's diagnosis letters after `ptr`",
    text: `${HEADER}\n  svc 64620 ptr |`,
    first: ['A', 'B'],
  },
  {
    name: 'letters already pointed to are left out',
    text: `${HEADER}\n  svc 64620 ptr A|`,
    first: ['B'],
    excludes: ['A'],
  },
  // Notes and templates
  {
    name: 'documentation labels at the start of a note line, without those given',
    text: `${HEADER}\n  svc 64620-RT ptr AB units 2\n  note\n    Levels: T5, T6\n    |`,
    includes: ['Indication:', 'Laterality:', 'Guidance:', 'Agent:', 'Pain:', 'note-64620'],
    excludes: ['Levels:', 'claim'],
  },
  {
    name: 'labels the billed procedure calls for come first; an alias counts as given',
    text: `${HEADER}\n  svc 64620\n  note\n    Imaging guidance: US\n    |`,
    first: ['Indication:', 'Levels:', 'Agent:', 'Laterality:', 'Units:', 'Pain:'],
    excludes: ['Guidance:'],
  },
  {
    name: 'a blank line inside a note body is still the note',
    text: `${HEADER}\n  svc 64620\n  note\n    Levels: T5\n\n    |`,
    includes: ['Indication:', 'note-64620'],
  },
  {
    name: 'answers after a label',
    text: `${HEADER}\n  svc 64620\n  note\n    Laterality: |`,
    first: ['right', 'left', 'bilateral'],
  },
  {
    name: 'the 64620 note template on a new line of a claim that bills 64620',
    text: `${HEADER}\n  svc 64620-RT ptr AB\n  |`,
    includes: ['note-64620', 'svc'],
  },
  {
    name: 'no 64620 note template when the claim does not bill it',
    text: `${HEADER}\n  svc 64420-RT ptr A\n  |`,
    excludes: ['note-64620'],
  },
  {
    name: 'nothing inside a comment',
    text: `${HEADER}\n  svc 64620  # ptr |`,
    empty: true,
  },
  {
    name: 'nothing for a claim id',
    text: 'claim |',
    empty: true,
  },
];

describe('completion', () => {
  for (const test of CASES) {
    it(test.name, () => {
      const result = completeAt(test.text.replace('$HEADER', HEADER));
      const labels = result.items.map((item) => item.label);

      if (test.empty) assert.deepEqual(labels, []);
      for (const label of test.includes ?? []) {
        assert.ok(labels.includes(label), `${label} missing from ${labels.slice(0, 40).join(' ')}`);
      }
      for (const label of test.excludes ?? []) {
        assert.ok(!labels.includes(label), `${label} should not be offered`);
      }
      if (test.first) assert.deepEqual(labels.slice(0, test.first.length), test.first);
      if (test.order) {
        const positions = test.order.map((label) => labels.indexOf(label));
        assert.deepEqual(
          [...positions].sort((a, b) => a - b),
          positions,
          `order ${test.order}`,
        );
      }
      if (test.range) {
        const { start, end } = result.replaceRange;
        assert.deepEqual([start.character, end.character], test.range);
        assert.equal(start.line, end.line);
      }
      if (test.filterText) assert.equal(result.items[0].filterText, test.filterText);
      if (test.incomplete !== undefined) assert.equal(result.isIncomplete, test.incomplete);
      if (test.kind) assert.equal(result.items[0].kind, test.kind);
    });
  }
});

describe('completion details', () => {
  it("offers the user's payer profiles beside the built-in ones", () => {
    const acme = {
      name: 'Acme Health',
      bilateral: 'rt-lt-lines',
      distinctModifier: 'any',
    } as const;
    const custom = new ClaimEngine(engine.codeSets, {
      ruleLevels: {},
      payerProfiles: { acme },
    });
    const { text, position } = withCursor('claim X\n  payer |');
    const result = custom.complete(text, position);
    const labels = result.items.map((item) => item.label);
    assert.ok(labels.includes('acme') && labels.includes('medicare'), labels.join(' '));
    const entry = result.items.find((item) => item.label === 'acme');
    assert.match(entry?.documentation ?? '', /one line per side with RT and LT/);
  });

  it('caps a broad ICD-10-CM search and marks it incomplete', () => {
    const result = completeAt(`${HEADER}\n  dx C pain|`);
    assert.ok(result.items.length > 0 && result.items.length <= 50, `${result.items.length}`);
    assert.equal(result.isIncomplete, true);
  });

  it('marks headers as such, with billable codes before them', () => {
    const result = completeAt(`${HEADER}\n  dx C G89.2|`);
    const header = result.items.find((item) => item.label === 'G89.2');
    assert.ok(header, 'G89.2 offered');
    assert.match(header.detail, /header/i);
    const firstHeader = result.items.findIndex((item) => /header/i.test(item.detail));
    const lastBillable = result.items.map((item) => /header/i.test(item.detail)).lastIndexOf(false);
    assert.ok(lastBillable < firstHeader, 'billable codes come first');
  });

  it('says when to use a modifier and why it suits the code', () => {
    const result = completeAt(`${HEADER}\n  svc 64620-|`);
    const rt = result.items.find((item) => item.label === 'RT');
    assert.ok(rt);
    assert.match(rt.documentation, /Right side/);
    assert.match(rt.documentation, /Suits 64620/);
    const distinct = result.items.find((item) => item.label === '59');
    assert.ok(distinct?.documentation.includes('When to use'), distinct?.documentation);
  });

  it('gives each pointer letter its code and title', () => {
    const result = completeAt(`${HEADER}\n  svc 64620 ptr |`);
    assert.match(result.items[0].detail, /G58\.0 .*Intercostal neuropathy/);
  });

  it('offers the claim skeleton as a snippet at the top level', () => {
    const result = completeAt(`${HEADER}\n  svc 64620\n|`);
    const skeleton = result.items.find((item) => item.kind === 'snippet' && item.label === 'claim');
    assert.ok(skeleton, 'claim skeleton offered');
    assert.equal(skeleton.isSnippet, true);
    assert.match(skeleton.insertText, /^claim \$\{1/);
  });

  it('inserts only the body of a note template inside a note', () => {
    const result = completeAt(`${HEADER}\n  svc 64620\n  note\n    |`);
    const template = result.items.find((item) => item.label === 'note-64620');
    assert.ok(template?.isSnippet);
    assert.match(template.insertText, /^Indication: /);
    assert.doesNotMatch(template.insertText, /^\s*note/m);
  });

  it('inserts the whole note, from its `note` line, on a new line of the claim', () => {
    const result = completeAt(`${HEADER}\n  svc 64620\n  |`);
    const template = result.items.find((item) => item.label === 'note-64620');
    assert.match(template?.insertText ?? '', /^note .*\n\tIndication: /);
  });

  it('keeps the order of the items through sortText', () => {
    const result = completeAt(`${HEADER}\n  svc 64620-|`);
    const sorted = [...result.items].sort((a, b) => a.sortText.localeCompare(b.sortText));
    assert.deepEqual(
      sorted.map((item) => item.label),
      result.items.map((item) => item.label),
    );
  });

  it('works with CRLF line ends', () => {
    const { text, position } = withCursor(`${HEADER}\n  dx C intercost|`);
    const result = engine.complete(text.replace(/\n/g, '\r\n'), position);
    assert.equal(result.items[0]?.label, 'G58.0');
  });
});
