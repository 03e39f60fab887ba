/**
 * Inlay hints and the claim totals of the code lens, on the real code sets.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import { shorten } from '../../server/src/engine/features/short-titles';
import { ClaimEngine } from '../../server/src/engine/index';
import { example } from './editor-helpers';
import { formatExample } from './format-example';

const engine = new ClaimEngine(defaultCodeSets());

function hintTable(text: string, range?: Parameters<ClaimEngine['inlayHints']>[1]): string[] {
  const lines = text.split('\n');
  return engine.inlayHints(text, range).map((hint) => {
    const { line, character } = hint.position;
    const before = lines[line].slice(0, character).trimStart();
    return `${before} ⟨${hint.label}⟩`;
  });
}

describe('inlay hints', () => {
  it('titles every code of the FORMAT.md example, right after it', () => {
    assert.deepEqual(hintTable(formatExample), [
      'billing   npi 1234567893  taxonomy 208VP0014X ⟨Interventional Pain Medicine Physician⟩',
      'pos       24 ⟨Ambulatory Surgical Center⟩',
      'dx A  G58.0 ⟨Intercostal neuropathy⟩',
      'dx B  G89.29 ⟨Other chronic pain⟩',
      'svc 64620-RT ⟨Destruction of an intercostal nerve by a neurolytic agent⟩',
      'svc 64620-RT ⟨RT: Right side⟩',
    ]);
  });

  it('titles codes written without a dot or in lower case, line overrides too', () => {
    const text = 'claim C-1\n  dx a g580\n  svc 64420-50 ptr A pos 11\n';
    assert.deepEqual(hintTable(text), [
      'dx a g580 ⟨Intercostal neuropathy⟩',
      'svc 64420-50 ⟨Intercostal nerve block, single level⟩',
      'svc 64420-50 ⟨50: Bilateral procedure⟩',
      'svc 64420-50 ptr A pos 11 ⟨Office⟩',
    ]);
  });

  it('gives no hint for a code the code sets do not hold', () => {
    const table = hintTable(example('code-problems.claim'));
    assert.ok(!table.some((row) => row.includes('GG8.1')), table.join('\n'));
    assert.ok(!table.some((row) => row.startsWith('svc 6462-RT ⟨Destruction')), table.join('\n'));
    assert.ok(table.includes('dx B  G58.0 ⟨Intercostal neuropathy⟩'));
  });

  it('keeps to the lines of the range asked for', () => {
    const range = { start: { line: 8, character: 0 }, end: { line: 9, character: 0 } };
    assert.deepEqual(hintTable(formatExample, range), [
      'dx A  G58.0 ⟨Intercostal neuropathy⟩',
      'dx B  G89.29 ⟨Other chronic pain⟩',
    ]);
  });

  const shortened = [
    [
      'Right side (used to identify procedures performed on the right side of the body)',
      'Right side',
    ],
    ['Bilateral procedure', 'Bilateral procedure'],
    [
      'Significant, separately identifiable evaluation and management service by the same ' +
        'physician',
      'Significant, separately identifiable evaluation and…',
    ],
  ];
  for (const [long, short] of shortened) {
    it(`shortens "${long.slice(0, 30)}…" to "${short}"`, () => {
      assert.equal(shorten(long), short);
    });
  }
});

describe('claim totals (code lens)', () => {
  const cases = [
    {
      name: 'the FORMAT.md example',
      text: formatExample,
      titles: ['1 line · 2 units · $1,700.00 · no problems'],
    },
    {
      name: 'two block lines in an office',
      text: example('intercostal-block-two-levels.claim'),
      titles: ['2 lines · 2 units · $490.00 · no problems'],
    },
    {
      name: 'a file of two claims with problems',
      text: example('invalid-combinations.claim'),
      titles: [
        '3 lines · 8 units · no charges · 10 problems (5 errors, 5 warnings)',
        '2 lines · 2 units · no charges · 1 problem (1 warning)',
      ],
    },
  ];
  for (const { name, text, titles } of cases) {
    it(`sums ${name}`, () => {
      assert.deepEqual(
        engine.claimTotals(text).map((totals) => totals.title),
        titles,
      );
    });
  }

  it('counts problems per claim, the same as the check finds', () => {
    const text = example('invalid-combinations.claim');
    const { diagnostics } = engine.check(text);
    const totals = engine.claimTotals(text);
    const counted = totals.reduce((sum, t) => sum + t.errors + t.warnings + t.others, 0);
    assert.equal(counted, diagnostics.length);
    assert.deepEqual(
      totals.map((t) => t.range.start.line),
      [3, 27],
    );
  });

  it('follows the rule levels of the settings', () => {
    const quiet = new ClaimEngine(defaultCodeSets(), { ruleLevels: { 'payer-rule': 'off' } });
    const [, second] = quiet.claimTotals(example('invalid-combinations.claim'));
    assert.equal(second.title, '2 lines · 2 units · no charges · no problems');
    const advisory = new ClaimEngine(defaultCodeSets(), { ruleLevels: { 'payer-rule': 'info' } });
    const [, advised] = advisory.claimTotals(example('invalid-combinations.claim'));
    assert.equal(advised.title, '2 lines · 2 units · no charges · no problems · 1 suggestion');
  });
});
