import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix } from './apply-fix';
import { claimWith, diagnosticsOf, FORMAT_EXAMPLE, ruleTable } from './harness';

/** The FORMAT.md note's elements; a case overrides or drops (`null`) some of them. */
const FULL: Record<string, string> = {
  Indication: 'chronic post-thoracotomy neuralgia',
  Levels: 'T5, T6',
  Laterality: 'right',
  Guidance: 'ultrasound',
  Agent: 'phenol 6%, 3 mL per level',
  Units: '2',
  Pain: 'pre 8/10, post 2/10',
  Instructions: 'wound care, no heavy lifting for 48 hours.',
};

function note(changes: Record<string, string | null> = {}): string[] {
  const elements = { ...FULL, ...changes };
  return [
    '',
    'note Procedure note',
    ...Object.entries(elements)
      .filter(([, value]) => value !== null)
      .map(([label, value]) => `  ${label}: ${value}`),
  ];
}

const dx = ['dx A G58.0', 'dx B G89.29'];

ruleTable('doc-missing', [
  { name: 'the FORMAT.md example stays silent', text: FORMAT_EXAMPLE, fires: [] },
  {
    name: 'a 64620 note without Guidance',
    body: [...dx, 'svc 64620-RT ptr AB units 2', ...note({ Guidance: null })],
    fires: ['doc-missing@12'],
    says: ['The note lacks Guidance', '64620'],
    severity: 'warning',
  },
  {
    name: 'several labels missing: one diagnostic lists them all',
    body: [...dx, 'svc 64620-RT ptr AB units 2', ...note({ Agent: null, Pain: null })],
    fires: ['doc-missing@12'],
    says: ['Agent and Pain'],
  },
  {
    name: 'no note at all: on the service line',
    body: [...dx, 'svc 64620-RT ptr AB units 2'],
    fires: ['doc-missing@10'],
    says: ['no procedure note', 'Indication, Levels, Guidance, Agent, Laterality, Units'],
  },
  {
    name: 'labels with more words count (Imaging guidance, Pain scores)',
    body: [
      ...dx,
      'svc 64620-RT ptr AB units 2',
      ...note({ Guidance: null, Pain: null, 'Imaging guidance': 'US', 'Pain scores': '8 then 2' }),
    ],
    fires: [],
  },
  {
    name: 'Levels: T5, T6 (and Units: 2) with 1 unit billed',
    body: [...dx, 'svc 64620-RT ptr AB units 1', ...note()],
    fires: ['doc-missing@14', 'doc-missing@18'],
    says: ['lists 2 levels (T5, T6)', 'billed with 1 unit', "The note's Units says 2"],
  },
  {
    name: 'a level range counts every level (T5-T7, 3 units)',
    body: [...dx, 'svc 64620-RT ptr AB units 3', ...note({ Levels: 'T5-T7', Units: '3' })],
    fires: [],
  },
  {
    name: 'the note says 3 units, the line bills 2',
    body: [...dx, 'svc 64620-RT ptr AB units 2', ...note({ Units: '3' })],
    fires: ['doc-missing@18'],
    says: ["The note's Units says 3"],
  },
  {
    name: 'the note says right, the line bills LT',
    body: [...dx, 'svc 64620-LT ptr AB units 2', ...note()],
    fires: ['doc-missing@15'],
    says: ["Laterality says right", 'LT (left)'],
  },
  {
    name: 'bilateral in the note with RT and LT lines of 2 levels each stays silent',
    body: [
      ...dx,
      'svc 64620-RT ptr AB units 2',
      'svc 64620-LT ptr AB units 2',
      ...note({ Laterality: 'bilateral' }),
    ],
    fires: [],
  },
  {
    name: 'a laterality the claim does not bill stays silent (no RT, LT or 50 on the line)',
    body: [...dx, 'svc 64620 ptr AB units 2', ...note()],
    fires: [],
  },
  {
    name: '77003 billed while the note names ultrasound',
    body: [...dx, 'svc 64620-RT ptr AB units 2', 'svc 77003-26 ptr A', ...note()],
    fires: ['doc-missing@11'],
    says: ['77003 (fluoroscopy guidance) is billed', '"ultrasound"'],
  },
  {
    name: '77003 billed with fluoroscopy in the note stays silent',
    body: [
      ...dx,
      'svc 64620-RT ptr AB units 2',
      'svc 77003-26 ptr A',
      ...note({ Guidance: 'fluoroscopic (C-arm)' }),
    ],
    fires: [],
  },
  {
    name: 'guidance named but not billed stays silent',
    body: [...dx, 'svc 64620-RT ptr AB units 2', ...note({ Guidance: 'fluoroscopy' })],
    fires: [],
  },
  {
    name: 'a procedure without a documentation profile stays silent',
    body: ['dx A G58.0', 'svc 64420 ptr A'],
    fires: [],
  },
]);

/** Every fix of the rule, applied, leaves no diagnostic of the kind it fixed. */
function fixedText(text: string, index = 0): string {
  const [diagnostic] = diagnosticsOf(text, 'doc-missing');
  assert.ok(diagnostic?.fixes?.[index], 'a fix is offered');
  return applyFix(text, diagnostic.fixes[index]);
}

test('doc-missing: the fix inserts the missing labels into the note body', () => {
  const body = [...dx, 'svc 64620-RT ptr AB units 2', ...note({ Guidance: null, Units: null })];
  const text = claimWith(body);
  const fixed = fixedText(text);
  assert.match(fixed, /\n {2}Instructions: .*\n {2}Guidance:\n {2}Units: 2\n$/);
  assert.deepEqual(diagnosticsOf(fixed, 'doc-missing'), []);
});

test('doc-missing: without a note the fix adds one, filled where the claim knows', () => {
  const text = claimWith([...dx, 'svc 64620-LT ptr AB units 2', 'svc 77003-26 ptr A']);
  const fixed = fixedText(text);
  assert.match(fixed, /\nnote Procedure note\n {2}Indication:\n/);
  assert.match(fixed, /\n {2}Guidance: fluoroscopy\n {2}Agent:\n {2}Laterality: left\n/);
  assert.match(fixed, /\n {2}Laterality: left\n {2}Units: 2\n {2}Pain:\n/);
  assert.deepEqual(diagnosticsOf(fixed, 'doc-missing'), []);
});

test('doc-missing: the levels fix sets the units of the line', () => {
  const text = claimWith([...dx, 'svc 64620-RT ptr AB units 1', ...note()]);
  const levels = diagnosticsOf(text, 'doc-missing').filter((d) => d.message.includes('levels'));
  assert.equal(levels.length, 1);
  const fixed = applyFix(text, levels[0].fixes![0]);
  assert.match(fixed, /svc 64620-RT ptr AB units 2\n/);
  assert.deepEqual(diagnosticsOf(fixed, 'doc-missing'), []);
});

test('doc-missing: the levels fix also sets the Units of the note, in one fix', () => {
  const text = claimWith([...dx, 'svc 64620-RT ptr A', ...note({ Units: '1' })]);
  const levels = diagnosticsOf(text, 'doc-missing').filter((d) => d.message.includes('levels'));
  assert.equal(levels.length, 1);
  const fix = levels[0].fixes![0];
  assert.equal(fix.title, 'Set the units of 64620 to 2');
  assert.equal(fix.edits.length, 2);
  const fixed = applyFix(text, fix);
  assert.match(fixed, /svc 64620-RT ptr A {2}units 2\n/);
  assert.match(fixed, /\n {2}Units: 2\n/);
  assert.deepEqual(diagnosticsOf(fixed, 'doc-missing'), []);
});
