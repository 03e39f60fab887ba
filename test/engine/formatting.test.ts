/**
 * Format document: columns lined up, codes canonical, comments and note bodies
 * as written, and idempotent on every example. Cases are text in, text out.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import { formatText } from '../../server/src/engine/features/formatting';
import { ClaimEngine } from '../../server/src/engine/index';
import { applyEdits, exampleFiles } from './editor-helpers';
import { formatExample } from './format-example';

const engine = new ClaimEngine(defaultCodeSets());

/** Joins lines with LF, for cases that read as the file does. */
const lines = (...text: string[]) => `${text.join('\n')}\n`;

describe('format document', () => {
  it('leaves the FORMAT.md example exactly as it is', () => {
    assert.deepEqual(engine.format(formatExample), []);
  });

  for (const { name, text } of exampleFiles()) {
    it(`is idempotent on ${name}, and keeps its diagnostics`, () => {
      const once = applyEdits(text, engine.format(text));
      assert.deepEqual(engine.format(once), [], 'formatting twice changed something');
      const rules = (t: string) =>
        engine.check(t).diagnostics.map((d) => `${d.range.start.line} ${d.rule}`);
      assert.deepEqual(rules(once), rules(text));
    });
  }

  const cases: { name: string; input: string; output: string }[] = [
    {
      name: 'writes keywords in lower case, codes canonical, header values in one column',
      input: lines(
        'CLAIM c-1',
        'PAYER Medicare',
        '    patient sex f dob 1964-03-12 id P-1',
        '\tbilling taxonomy 208vp0014x npi 1234567893',
        ' POS 24',
        'dos 2026-09-15 to 2026-09-16',
        'dx a g580',
        'DX  B   g89.29',
      ),
      output: lines(
        'claim c-1',
        '  payer     medicare',
        '  patient   id P-1  dob 1964-03-12  sex F',
        '  billing   npi 1234567893  taxonomy 208VP0014X',
        '  pos       24',
        '  dos       2026-09-15 to 2026-09-16',
        '  dx A  G58.0',
        '  dx B  G89.29',
      ),
    },
    {
      name: 'lines up service-line fields in one order, leaving a gap for a field a line lacks',
      input: lines(
        'claim c-1',
        '  svc 64620-rt units 2 ptr a,b charge 1700.00',
        '  svc 64420-50-gd   charge $310.00 ptr A',
        '  svc 64421 ptr A pos 22',
      ),
      output: lines(
        'claim c-1',
        '  svc 64620-RT     ptr AB  units 2  charge 1700.00',
        '  svc 64420-50-GD  ptr A            charge $310.00',
        '  svc 64421        ptr A                            pos 22',
      ),
    },
    {
      name: 'keeps comments: whole lines as written, trailing ones after two spaces',
      input: lines(
        '   # a comment, oddly indented',
        'claim c-1   #  opens the claim',
        '  dx A G58.0     # claim-check: ignore dx-unused',
        '      # another',
      ),
      output: lines(
        '   # a comment, oddly indented',
        'claim c-1  #  opens the claim',
        '  dx A  G58.0  # claim-check: ignore dx-unused',
        '      # another',
      ),
    },
    {
      name: 'keeps note bodies as written, `#` and odd spacing included',
      input: lines(
        'claim c-1',
        '    note   Procedure   note',
        '      Indication:   rib #5,  g58.0',
        '',
        '         continued   here',
        '   svc 64620',
      ),
      output: lines(
        'claim c-1',
        '  note Procedure   note',
        '      Indication:   rib #5,  g58.0',
        '',
        '         continued   here',
        '  svc 64620',
      ),
    },
    {
      name: 'keeps lines the parser cannot read, and everything before the first claim',
      input: lines(
        'dx A g580',
        'claim c-1',
        'procedure 64620',
        'svc 64620-RT ptr A units two',
        'svc 64420 ptr A',
      ),
      output: lines(
        'dx A g580',
        'claim c-1',
        'procedure 64620',
        'svc 64620-RT ptr A units two',
        '  svc 64420      ptr A',
      ),
    },
    {
      name: 'keeps indentation when re-indenting would pull lines into a note body',
      input: lines('claim c-1', 'dx a g580', 'note', '  Indication: pain', 'svc 64620 ptr a'),
      output: lines(
        'claim c-1',
        'dx A  G58.0',
        'note',
        '  Indication: pain',
        'svc 64620      ptr A',
      ),
    },
  ];
  for (const { name, input, output } of cases) {
    it(name, () => {
      const formatted = formatText(input);
      assert.equal(formatted, output);
      assert.equal(formatText(formatted), formatted, 'formatting twice changed something');
    });
  }

  it('keeps each line its own line end, a lone CR included', () => {
    const input = 'claim c-1\rdx a g580\r\n  svc 64620 ptr a\n';
    assert.equal(formatText(input), 'claim c-1\r  dx A  G58.0\r\n  svc 64620      ptr A\n');
  });

  it('keeps CRLF line ends and a byte-order mark', () => {
    const input = '\uFEFFclaim c-1\r\ndx a g580\r\n  svc 64620 ptr a\r\n';
    assert.equal(
      formatText(input),
      '\uFEFFclaim c-1\r\n  dx A  G58.0\r\n  svc 64620      ptr A\r\n',
    );
  });

  it('edits only the lines that change, each over the whole line', () => {
    const text = formatExample.replace('dx B  G89.29', 'dx b g8929');
    const edits = engine.format(text);
    assert.deepEqual(edits, [
      {
        range: { start: { line: 9, character: 0 }, end: { line: 9, character: 12 } },
        newText: '  dx B  G89.29',
      },
    ]);
  });
});
