/**
 * The outline, folding and smart select on the real examples: names in the
 * coder's words, children in line order, ranges an editor accepts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import type { ClaimSymbol } from '../../server/src/engine/features/symbols';
import { ClaimEngine } from '../../server/src/engine/index';
import type { Range } from '../../server/src/engine/model';
import { covered, cursor, example, exampleFiles } from './editor-helpers';
import { formatExample } from './format-example';

const engine = new ClaimEngine(defaultCodeSets());

function outline(symbols: ClaimSymbol[], depth = 0): string[] {
  return symbols.flatMap((symbol) => [
    `${'  '.repeat(depth)}${symbol.kind}: ${symbol.name}${detail(symbol)}`,
    ...outline(symbol.children, depth + 1),
  ]);
}

function detail(symbol: ClaimSymbol): string {
  return symbol.detail ? ` — ${symbol.detail}` : '';
}

function within(inner: Range, outer: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) =>
    a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

describe('document symbols', () => {
  it("outlines the FORMAT.md example in the coder's words", () => {
    assert.deepEqual(outline(engine.symbols(formatExample)), [
      'claim: claim ASC-2026-0001 — medicare · 1 line · $1,700.00',
      '  header: payer medicare',
      '  header: patient — sex F, dob 1964-03-12',
      '  header: billing npi 1234567893 — 208VP0014X Interventional Pain Medicine Physician',
      '  header: pos 24 — Ambulatory Surgical Center',
      '  header: dos 2026-09-15',
      '  diagnosis: dx A G58.0 Intercostal neuropathy',
      '  diagnosis: dx B G89.29 Other chronic pain',
      '  service-line: svc 64620-RT ×2 — Destruction of an intercostal nerve by a neurolytic ' +
        'agent · ptr AB · $1,700.00',
      '  note: note Procedure note',
      '    documentation-element: Indication — chronic post-thoracotomy neuralgia after right ' +
        'lobectomy, refractory to gabapentin and two diagnostic intercostal blocks.',
      '    documentation-element: Levels — T5, T6',
      '    documentation-element: Laterality — right',
      '    documentation-element: Guidance — ultrasound',
      '    documentation-element: Agent — phenol 6%, 3 mL per level',
      '    documentation-element: Units — 2',
      '    documentation-element: Pain — pre 8/10, post 2/10',
      '    documentation-element: Instructions — wound care, no heavy lifting for 48 hours.',
    ]);
  });

  it('lists each claim of a file with several, and lines without units or titles', () => {
    const names = outline(engine.symbols(example('invalid-combinations.claim')));
    assert.deepEqual(
      names.filter((name) => /^(claim|  service-line|  diagnosis)/.test(name)),
      [
        'claim: claim ASC-2026-0601 — medicare · 3 lines',
        '  diagnosis: dx A G89.29 Other chronic pain',
        '  diagnosis: dx B R52 Pain, unspecified',
        '  service-line: svc 64620-50 — Destruction of an intercostal nerve by a neurolytic ' +
          'agent · ptr A',
        '  service-line: svc 64620-RT-LT ×6 — Destruction of an intercostal nerve by a ' +
          'neurolytic agent · ptr A',
        '  service-line: svc 77003-26 — Fluoroscopic guidance for a needle or catheter ' +
          'tip in… · ptr A',
        'claim: claim ASC-2026-0602 — medicare · 2 lines',
        '  diagnosis: dx A G58.0 Intercostal neuropathy',
        '  service-line: svc 64640-RT — Neurolytic destruction of another peripheral ' +
          'nerve or… · ptr A',
        '  service-line: svc 64640-LT — Neurolytic destruction of another peripheral ' +
          'nerve or… · ptr A',
      ],
    );
  });

  it('names an unknown code without a title', () => {
    const names = outline(engine.symbols(example('code-problems.claim')));
    assert.ok(names.includes('  diagnosis: dx D GG8.1'), names.join('\n'));
  });

  for (const { name, text } of exampleFiles()) {
    it(`gives ${name} ranges an editor accepts: selection in range, child in parent`, () => {
      const check = (symbols: ClaimSymbol[], parent?: ClaimSymbol) => {
        for (const symbol of symbols) {
          assert.ok(within(symbol.selectionRange, symbol.range), `${symbol.name}: selection`);
          if (parent) assert.ok(within(symbol.range, parent.range), `${symbol.name}: in parent`);
          check(symbol.children, symbol);
        }
      };
      check(engine.symbols(text));
    });
  }
});

describe('folding ranges', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    {
      name: 'the FORMAT.md example',
      text: formatExample,
      expected: ['region 1-22', 'region 13-22'],
    },
    {
      name: 'two claims, a note, and comment blocks',
      text: example('invalid-combinations.claim'),
      expected: ['comment 0-2', 'region 3-24', 'region 17-24', 'region 27-37'],
    },
    {
      name: 'a note body with `#` in it (plain text there, not a comment)',
      text: 'claim C-1\n  note\n    # rib 5\n    # rib 6\n',
      expected: ['region 0-3', 'region 1-3'],
    },
  ];
  for (const { name, text, expected } of cases) {
    it(`folds ${name}`, () => {
      const regions = engine.folding(text).map((r) => `${r.kind} ${r.startLine}-${r.endLine}`);
      assert.deepEqual(regions, expected);
    });
  }
});

describe('selection ranges', () => {
  it('grows from a pointer letter to the line, then the claim', () => {
    const text = formatExample;
    const ranges = engine.selectionRanges(text, cursor(text, 'svc 64620', 'AB', 1));
    assert.deepEqual(
      ranges.map((range) => covered(text, range)),
      ['11:B', '11:AB', '11:svc 64620-RT   ptr AB  units 2  charge 1700.00', '1-22'],
    );
  });

  it('grows inside a note through the element and the note', () => {
    const text = formatExample;
    const ranges = engine.selectionRanges(text, cursor(text, 'Indication', 'post-thoracotomy'));
    assert.deepEqual(
      ranges.map((range) => covered(text, range)),
      [
        '14:post-thoracotomy',
        '14:Indication: chronic post-thoracotomy neuralgia after right lobectomy,',
        '14-15',
        '13-22',
        '1-22',
      ],
    );
  });
});
