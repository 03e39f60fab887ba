/**
 * The parser's word-level readers: dates read digit by digit must agree with the
 * calendar, and a word's range, built on demand, must read as a hand-built token.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isCalendarDate, splitWords, upperCase } from '../../server/src/engine/markup/tokens';

/** What the calendar says: the day exists, and the year reads as written. */
function onTheCalendar(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

describe('isCalendarDate', () => {
  it('knows leap days, short months and impossible dates', () => {
    for (const [text, real] of [
      ['2024-02-29', true],
      ['2000-02-29', true],
      ['1900-02-29', false],
      ['2023-02-29', false],
      ['2026-04-31', false],
      ['2026-12-31', true],
      ['2026-13-01', false],
      ['2026-00-10', false],
      ['2026-01-00', false],
      ['0099-01-01', false],
      ['2026-1-01', false],
      ['2026/01/01', false],
      ['２０２６-01-01', false],
    ] as const) {
      assert.equal(isCalendarDate(text), real, text);
    }
  });

  it('agrees with the calendar on any ten characters of digits and hyphens', () => {
    const char = fc.constantFrom(...'0123456789-'.split(''), '1', '2', '0');
    const text = fc.array(char, { minLength: 8, maxLength: 11 }).map((c) => c.join(''));
    const dated = fc
      .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.oneof(text, dated), (t) => isCalendarDate(t) === onTheCalendar(t)),
      { numRuns: 5000 },
    );
  });
});

describe('upperCase', () => {
  it('agrees with toUpperCase on any text, and keeps a capital code as it is', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (text) => {
          assert.equal(upperCase(text), text.toUpperCase());
        },
      ),
      { numRuns: 3000 },
    );
    const code = ['G58', '.0'].join('');
    assert.equal(upperCase(code), code);
    assert.equal(upperCase('straße'), 'STRASSE');
  });
});

describe('splitWords', () => {
  it('gives words whose range and JSON read as a hand-built token', () => {
    const [, code] = splitWords('  dx\tG58.0  # note', 4, 13);
    assert.deepEqual(code.range, {
      start: { line: 4, character: 5 },
      end: { line: 4, character: 10 },
    });
    assert.deepEqual(JSON.parse(JSON.stringify(code)), { text: 'G58.0', range: code.range });
  });
});
