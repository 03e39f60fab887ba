import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseX12 } from '../../server/src/engine/x12/parse';
import { isX12, readSeparators } from '../../server/src/engine/x12/separators';
import { engine, fixture, landings, textAt } from './x12-helpers';

/** The same claims written four ways: separators and line breaks differ, meaning does not. */
const VARIANTS = ['findings.837', 'one-line.x12', 'pipes-crlf.edi', 'newline-terminated.txt'];

describe('837P: separators come from the ISA segment', () => {
  const cases: [string, string, string, string | undefined, string][] = [
    // file, element, component, repetition, segment terminator
    ['clean.837', '*', ':', '^', '~'],
    ['one-line.x12', '*', ':', '^', '~'],
    ['pipes-crlf.edi', '|', '>', '{', '~'],
    ['newline-terminated.txt', '^', '\\', '{', '\n'],
  ];
  for (const [name, element, component, repetition, segment] of cases) {
    it(name, () => {
      const text = fixture(name);
      assert.equal(isX12(text), true);
      const separators = readSeparators(text);
      assert.deepEqual(
        [separators?.element, separators?.component, separators?.repetition, separators?.segment],
        [element, component, repetition, segment],
      );
    });
  }

  it('finds ISA after a byte-order mark and blank lines', () => {
    const text = `\uFEFF\n\n${fixture('clean.837')}`;
    assert.equal(isX12(text), true);
    assert.equal(readSeparators(text)?.isaOffset, 3);
    const file = parseX12(text);
    assert.deepEqual(file.diagnostics, []);
    assert.equal(textAt(text, file.claims[0].id.range), 'ASC-2026-0001');
  });

  it('is not fooled by claim markup or an interchange without an 837', () => {
    assert.equal(isX12('claim ASC-1\n  dx A G58.0\n'), false);
    assert.equal(isX12(fixture('clean.837').replace('ST*837*', 'ST*835*')), false);
    assert.equal(isX12('ISA'), false);
  });
});

describe('837P: the 2300 claim loop maps onto the claim model', () => {
  const file = parseX12(fixture('findings.837'));
  const [surgery, office] = file.claims;

  it('each claim spans its CLM to the last segment of its loop', () => {
    const lines = (claim: typeof surgery) => [claim.range.start.line + 1, claim.range.end.line + 1];
    assert.deepEqual(lines(surgery), [21, 30]);
    assert.deepEqual(lines(office), [42, 50]);
  });

  it('reads both claims without a syntax problem', () => {
    assert.deepEqual(file.diagnostics, []);
    assert.deepEqual(
      file.claims.map((claim) => claim.id.text),
      ['ASC-2026-0002', 'OFFICE-77'],
    );
  });

  it('CLM, HI, providers, DMG and payer', () => {
    assert.equal(surgery.pos?.code, '24');
    assert.deepEqual(
      surgery.diagnoses.map((dx) => `${dx.letter.text} ${dx.code.code}`),
      ['A G58.0', 'B G89.2', 'C M54.6'],
    );
    assert.equal(surgery.billing?.npi?.code, '1234567893');
    assert.equal(surgery.billing?.taxonomy?.code, '208VP0014X');
    assert.equal(surgery.rendering?.npi?.code, '1234567890');
    assert.equal(surgery.rendering?.taxonomy?.code, '208VP0014X');
    assert.equal(surgery.patient?.dob?.value, '1964-03-12');
    assert.equal(surgery.patient?.sex?.text, 'F');
    assert.equal(surgery.payer?.text, 'medicare');
  });

  it('SV1 code, modifiers, charge, units, pointers, and DTP*472 dates', () => {
    const [neurolysis, guidance] = surgery.serviceLines;
    assert.equal(neurolysis.code.code, '64620');
    assert.deepEqual(
      neurolysis.modifiers.map((m) => m.code),
      ['RT'],
    );
    assert.equal(neurolysis.chargeCents, 85000);
    assert.equal(neurolysis.units, 1);
    assert.deepEqual(
      neurolysis.pointers.map((p) => p.letter),
      ['A', 'D'],
    );
    assert.equal(neurolysis.dos?.from.value, '2026-09-15');
    assert.equal(guidance.code.code, '76942');
    assert.deepEqual(guidance.modifiers, []);
  });

  it('a dependant patient (2000C), a commercial payer, a line rendering NPI, a date range', () => {
    assert.equal(office.patient?.dob?.value, '2001-07-04');
    assert.equal(office.patient?.sex?.text, 'U');
    assert.equal(office.payer?.text, 'acme-health-plan');
    assert.equal(office.pos?.code, '11');
    assert.equal(office.rendering, undefined);
    const [visit, block] = office.serviceLines;
    assert.deepEqual(
      visit.modifiers.map((m) => m.code),
      ['25'],
    );
    assert.equal(visit.npi, undefined);
    assert.equal(block.npi?.code, '1987654328');
    assert.equal(block.dos?.from.value, '2026-09-14');
    assert.equal(block.dos?.to?.value, '2026-09-14');
  });

  it('keeps no names, addresses or member ids anywhere in the model', () => {
    const model = JSON.stringify(file);
    for (const identifier of [
      'DOE',
      'JANE',
      'ROE',
      'SAM',
      'TEST STREET',
      'SPRINGFIELD',
      '1EG4TE5MK72',
      'XYZ000111',
      'SMITH',
      'NORTHSIDE',
    ]) {
      assert.equal(model.includes(identifier), false, identifier);
    }
  });
});

describe('837P: diagnostics land on the element they are about', () => {
  const rules = ['npi-checksum', 'code-not-billable', 'dx-pointer', 'dx-unused'];
  const expected = [
    'dx-unused on ABF:G892',
    'code-not-billable on G892',
    'dx-unused on ABF:M546',
    'npi-checksum on 1234567890',
    'dx-pointer on 4',
  ];

  for (const name of VARIANTS) {
    it(name, () => {
      const text = fixture(name);
      const { diagnostics } = engine().check(text, name);
      // Component separators differ from file to file: `ABF>G892` is `ABF:G892`.
      const separator = text[text.indexOf('ABF') + 3];
      const landed = landings(text, diagnostics, rules).map((l) => l.replaceAll(separator, ':'));
      assert.deepEqual(landed, expected);
    });
  }

  it('on the same lines and columns whatever the separators, when the line breaks match', () => {
    const where = (name: string) =>
      engine()
        .check(fixture(name), name)
        .diagnostics.map((d) => `${d.rule} ${JSON.stringify(d.range)} ${d.message}`);
    assert.deepEqual(where('pipes-crlf.edi'), where('findings.837'));
    assert.deepEqual(where('newline-terminated.txt'), where('findings.837'));
    const oneLine = engine().check(fixture('one-line.x12'), 'one-line.x12').diagnostics;
    assert.ok(oneLine.every((d) => d.range.start.line === 0 && d.range.end.line === 0));
  });

  it('a clean claim gives no diagnostic, and no quick fix is offered on an 837P', () => {
    assert.deepEqual(engine().check(fixture('clean.837'), 'clean.837').diagnostics, []);
    const { diagnostics } = engine().check(fixture('findings.837'));
    assert.ok(diagnostics.length > 0);
    assert.ok(diagnostics.every((d) => d.fixes === undefined));
  });
});

describe('837P: a malformed interchange', () => {
  const text = fixture('malformed.837');

  it('gives syntax diagnostics naming the segment, on the element at fault', () => {
    const { diagnostics } = engine().check(text, 'malformed.837');
    const syntax = diagnostics.filter((d) => d.rule === 'syntax');
    assert.deepEqual(
      syntax.map((d) => `${d.range.start.line + 1} ${textAt(text, d.range)}: ${d.message}`),
      [
        '10 19641312: DMG02 `19641312` is not a date: write CCYYMMDD.',
        '13 ~: An empty segment: two segment terminators in a row.',
        '15 X: `X` is not a diagnosis pointer: use 1 to 12.',
        '16 20260231: DTP03 `20260231` is not a date: write CCYYMMDD.',
        '17 PROBLEM-SEGMENT: `PROBLEM-SEGMENT` is not a segment tag.',
        '18 99: SE01 is 99, but the transaction set holds 16 segments (ST to SE): a segment ' +
          'may be missing or left over.',
        '19 REF: REF stands outside a transaction set (ST to SE).',
        '20 GE: The interchange ends without IEA.',
        '21 IEA*1*000000102: The last segment, IEA, has no segment terminator `~`.',
      ],
    );
  });

  it('still checks the claims in it', () => {
    const { diagnostics } = engine().check(text, 'malformed.837');
    assert.deepEqual(landings(text, diagnostics, ['npi-checksum']), ['npi-checksum on 1234567890']);
  });

  it('an envelope out of order (ST before GS) does not stop the reading', () => {
    const broken = fixture('clean.837').replace(/^GS\*.*~\n/m, '');
    const file = parseX12(broken);
    assert.equal(file.claims.length, 1);
    assert.ok(file.diagnostics.some((d) => d.message.startsWith('ST comes before any GS')));
    assert.ok(file.diagnostics.some((d) => d.message.startsWith('GE closes no group')));
  });

  it('a transaction set without SE still gives its claims', () => {
    const file = parseX12(fixture('clean.837').replace(/^SE\*.*~\n/m, ''));
    assert.equal(file.claims.length, 1);
    assert.deepEqual(
      file.diagnostics.map((d) => d.message),
      ['ST*837*0001 has no SE before GE.'],
    );
  });

  it('an 835 or an 837I is skipped with a warning on ST', () => {
    const remit = parseX12(fixture('clean.837').replace('ST*837*', 'ST*835*'));
    assert.equal(remit.claims.length, 0);
    assert.match(remit.diagnostics[0].message, /^ST01 is 835: only 837 claims are read/);
    assert.equal(remit.diagnostics[0].severity, 'warning');
    const institutional = parseX12(fixture('clean.837').replaceAll('005010X222A1', '005010X223A2'));
    assert.equal(institutional.claims.length, 0);
    assert.match(institutional.diagnostics[0].message, /institutional claim \(837I\)/);
  });

  it('text without ISA is one syntax problem, not a crash', () => {
    const file = parseX12('GS*HC*X~ST*837*1~');
    assert.equal(file.claims.length, 0);
    assert.equal(file.diagnostics.length, 1);
    assert.match(file.diagnostics[0].message, /must open with an ISA segment/);
  });

  it('never throws on any truncation or damage of a sample', () => {
    const sample = fixture('findings.837');
    for (let end = 0; end <= sample.length; end += 5) {
      assert.doesNotThrow(() => engine().check(sample.slice(0, end), 'cut.837'), `cut at ${end}`);
    }
    // Each separator and terminator removed in turn, then doubled.
    for (let at = 106; at < sample.length; at += 11) {
      const removed = sample.slice(0, at) + sample.slice(at + 1);
      const doubled = sample.slice(0, at) + sample[at] + sample.slice(at);
      assert.doesNotThrow(() => engine().check(removed, 'damaged.837'), `removed at ${at}`);
      assert.doesNotThrow(() => engine().check(doubled, 'damaged.837'), `doubled at ${at}`);
    }
  });
});

describe('837P: the engine picks the reader', () => {
  it('by content: ISA first is an interchange, whatever the file is called', () => {
    const { file } = engine().check(fixture('clean.837'), 'export.txt');
    assert.equal(file.claims[0].id.text, 'ASC-2026-0001');
    assert.equal(engine().check(fixture('clean.837')).file.claims.length, 1);
  });

  it('hover on a code in an 837P names it', () => {
    const text = fixture('clean.837');
    const hover = engine().hover(text, { line: 21, character: 8 });
    assert.match(hover?.markdown ?? '', /Intercostal neuropathy/);
    assert.equal(textAt(text, hover!.range), 'G580');
  });

  it('a .claim file is always claim markup', () => {
    const { diagnostics } = engine().check(fixture('clean.837'), 'odd.claim');
    assert.ok(diagnostics.some((d) => d.rule === 'syntax' && /is not a statement/.test(d.message)));
  });
});
