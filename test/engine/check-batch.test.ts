/**
 * The batch check (`checkBatch`, used by the checker and the workspace check) lets
 * each claim's tree go once checked; it must find exactly what the editor's check
 * finds, in the same order, and say where each claim stands.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import { ClaimEngine } from '../../server/src/engine/index';
import { forgetParses } from '../../server/src/engine/markup/incremental';
import { generateClaims } from '../../scripts/gen-claims';
import { claimText, junk } from '../properties/claim-text';

const codeSets = defaultCodeSets();
const engine = new ClaimEngine(codeSets);

function assertSameAsEditorCheck(text: string, fileName?: string): void {
  forgetParses();
  const batch = engine.checkBatch(text, fileName);
  const editor = engine.check(text, fileName);
  assert.deepStrictEqual(batch.diagnostics, editor.diagnostics);
  assert.deepStrictEqual(
    batch.claims.map((claim) => [claim.id, claim.range]),
    editor.file.claims.map((claim) => [claim.id.text, claim.range]),
  );
}

describe('checkBatch', () => {
  it('finds what check finds in every example claim file', () => {
    for (const name of readdirSync('examples')) {
      assertSameAsEditorCheck(readFileSync(join('examples', name), 'utf8'), name);
    }
  });

  it('finds what check finds in 837P files, with shared loops as shared places', () => {
    for (const name of readdirSync('test/fixtures/x12')) {
      assertSameAsEditorCheck(readFileSync(join('test/fixtures/x12', name), 'utf8'), name);
    }
    const batch = engine.checkBatch(readFileSync('test/fixtures/x12/clean.837', 'utf8'));
    assert.ok(batch.claims.length > 0 && batch.claims.every((claim) => claim.shared));
  });

  it('finds what check finds in 400 generated claims with their coder slips', () => {
    const text = generateClaims({ claims: 400, seed: 99 }, codeSets);
    const found = engine.checkBatch(text, 'claims.claim').diagnostics;
    assert.ok(found.length > 10, 'the generated slips are found');
    assertSameAsEditorCheck(text, 'claims.claim');
  });

  it('reads a long file window by window, whatever its line ends', () => {
    // Over 64 KB, so the batch check splits it in several windows.
    const text = generateClaims({ claims: 800, seed: 5 }, codeSets);
    assert.ok(text.length > 3 * 65536);
    for (const lineEnd of ['\r\n', '\r', '\n']) {
      assertSameAsEditorCheck(text.replaceAll('\n', lineEnd) + lineEnd, 'claims.claim');
    }
    // A note that runs across a window's end, and a claim of 3,000 lines.
    const long = ['claim LONG', '  dx A G58.0', '  svc 64620 ptr A', '  note Procedure note'];
    for (let i = 0; i < 3000; i++) long.push(`    Line ${i}: ${'text '.repeat(8)}`);
    assertSameAsEditorCheck(`${text}\n${long.join('\n')}\n${text}`, 'claims.claim');
  });

  it('reads a long file of lone CR line ends in windows, and CR LF split at any place', () => {
    // Found by a tester: with no line feed, the whole file was one window, and adding
    // its 130,000 lines in one call overflowed the stack.
    assertSameAsEditorCheck(`claim A\r${'\r'.repeat(130000)}`, 'cr.claim');
    const text = generateClaims({ claims: 400, seed: 8 }, codeSets).replaceAll('\n', '\r\n');
    // A CR LF pair at each distance from where a window would end, among them the
    // end of the look-ahead past it. The lone CR at the end makes the check split the
    // text in windows: text whose every CR comes before an LF is read in place.
    for (const shift of [0, 1, 2, 4095, 4096, 4097]) {
      const padded = `${'#'.repeat(65536 + shift - 1)}\r\n${text}\r`;
      assertSameAsEditorCheck(padded, 'shifted.claim');
    }
  });

  it('keeps suppression comments, rule levels and the binary-file message', () => {
    const text = [
      'claim A # claim-check: ignore dx-unused',
      '  dx A G58.0',
      '  dx B M54.2',
      '  svc 64620 ptr A',
      'claim B',
      '  dx A G58.0',
      '  svc 64620 ptr A,Q',
    ].join('\n');
    assertSameAsEditorCheck(text);
    const quiet = new ClaimEngine(codeSets, {
      ...engine.options,
      ruleLevels: { 'dx-pointer': 'off' },
    });
    assert.ok(!quiet.checkBatch(text).diagnostics.some((d) => d.rule === 'dx-pointer'));
    assertSameAsEditorCheck('claim A\n\u0000\u0001\u0002\u0003binary\u0000\u0000\u0000\n');
  });

  it('reads text of LF and CR LF line ends in place, as the editor reads its lines', () => {
    const text = generateClaims({ claims: 200, seed: 12 }, codeSets);
    const mixed = text
      .split('\n')
      .map((line, i) => line + (i % 3 === 0 ? '\r\n' : '\n'))
      .join('');
    assertSameAsEditorCheck(mixed, 'mixed.claim');
    // A last line without a line end, a CR LF right at the start, and a comment that
    // is the file's last characters.
    assertSameAsEditorCheck('\r\nclaim A\r\n  dx A G58.0\n  svc 64620 ptr A # ends here');
    assertSameAsEditorCheck('claim A\n  note Procedure note\r\n    Levels: T7\r\n\r\n');
    fc.assert(
      fc.property(claimText, (text) => assertSameAsEditorCheck(text.replace(/\r(?!\n)/g, '\n'))),
      { numRuns: 200 },
    );
  });

  it('finds what check finds on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof({ weight: 4, arbitrary: claimText }, { weight: 1, arbitrary: junk }),
        (text) => assertSameAsEditorCheck(text),
      ),
      { numRuns: 200 },
    );
  });
});
