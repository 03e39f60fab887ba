/**
 * Parsing again only around an edit, and reusing the rule results of the claims
 * it did not touch, must give exactly what a fresh parse and check give.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateClaims, Random } from '../../scripts/gen-claims';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import { ClaimEngine } from '../../server/src/engine/index';
import { ParsedText, parsedText } from '../../server/src/engine/markup/incremental';
import { parseClaimFile, parseClaimLines, splitLines } from '../../server/src/engine/markup/parse';

const EXAMPLES = [
  'format-example',
  'intercostal-block-two-levels',
  'invalid-combinations',
  'pointer-problems',
  'syntax-problems',
].map((name) => readFileSync(`examples/${name}.claim`, 'utf8'));

/** Every example, then line ends of every kind and a claim line hidden in a note. */
const BASE =
  EXAMPLES.join('\n') +
  '\r\nclaim X-1\r  note a\r\n    claim Y-2 is note text\n  dx A G58.0\n\n' +
  '# claim-check: ignore all\n';

/** Pieces an editor types or pastes, including the ones that move claim boundaries. */
const PIECES = [
  ...['\n', '\r', '\r\n', 'claim Z-9\n', '  note t\n    body'],
  ...['  ', 'x', '    ', '#', 'A', ''],
];

function edited(random: Random, text: string): string {
  const at = random.int(0, text.length);
  const removed = random.chance(0.3) ? random.int(1, 60) : 0;
  return text.slice(0, at) + random.pick(PIECES) + text.slice(Math.min(text.length, at + removed));
}

describe('incremental parsing', () => {
  it('gives the fresh parse after each of 1,500 random edits', () => {
    const random = new Random(7);
    let text = BASE;
    let parsed = ParsedText.of(text);
    for (let i = 0; i < 1500; i++) {
      text = edited(random, text);
      parsed = parsed.update(text);
      const lines = splitLines(text);
      assert.deepEqual(parsed.lines, lines, `lines after edit ${i}`);
      assert.deepEqual(parsed.file, parseClaimLines(lines), `tree after edit ${i}`);
    }
  });

  it('returns the same parse for the same text', () => {
    const text = EXAMPLES[0];
    assert.equal(parsedText(text), parsedText(`${text}`));
  });

  it('leaves another parse of the same text as it was when one is edited', () => {
    const first = ParsedText.of(BASE);
    const lines = [...first.lines];
    ParsedText.of(BASE).update(`\n\n${BASE}`);
    assert.deepEqual(first.lines, lines);
    assert.deepEqual(splitLines(BASE), lines);
  });

  it('finds bytes that were not UTF-8 brought in by an edit, and their going', () => {
    const clean = ParsedText.of(BASE);
    const at = BASE.indexOf('G89.29');
    const marked = `${BASE.slice(0, at)}\uFFFD${BASE.slice(at)}`;
    const withMark = clean.update(marked);
    assert.deepEqual(withMark.file.diagnostics, parseClaimFile(marked).diagnostics);
    assert.ok(withMark.file.diagnostics.some((d) => d.rule === 'encoding'));
    const cleanAgain = withMark.update(BASE);
    assert.ok(!cleanAgain.file.diagnostics.some((d) => d.rule === 'encoding'));
  });

  it('keeps the trees of claims away from the edit', () => {
    const before = ParsedText.of(BASE);
    const at = BASE.indexOf('G89.29');
    const after = before.update(`${BASE.slice(0, at)}G89.28${BASE.slice(at + 6)}`);
    const kept = after.file.claims.filter((claim) => before.file.claims.includes(claim));
    assert.equal(kept.length, after.file.claims.length - 1);
  });
});

/** A claim with every kind of statement and field the parser places, for edits above it. */
const EVERY_FIELD = [
  'claim FULL-1',
  '  payer     medicare',
  '  patient   id P-1  dob 1950-01-01  sex F',
  '  billing   npi 1234567893  taxonomy 208VP0014X',
  '  rendering npi 1234567893',
  '  pos       24',
  '  dos       2026-09-15 to 2026-09-16',
  '  dx A  G58.0',
  '  dx B  G89.29',
  '  svc 64620-RT-59  ptr A,B  units 2  charge $850.00  dos 2026-09-15  pos 24  npi 1234567893',
  '  svc 99213  ptr a  bogus 1',
  '  note Procedure note  # a title, then a comment',
  '    Levels: T7',
  '    Indication: chronic pain',
  '      continued on a second line (G58.0)',
  '# claim-check: ignore dx-unused',
  '',
].join('\n');

describe('incremental parsing, claims moved by an edit above them', () => {
  it('moves every field of every claim below, in place, as a fresh parse places it', () => {
    const text = `${EXAMPLES[0]}\n${EVERY_FIELD}${EVERY_FIELD.replace('FULL-1', 'FULL-2')}`;
    const before = ParsedText.of(text);
    // Hover found the codes in the note's prose before the edit: they must move too.
    const noteCodes = before.file.claims.at(-1)!.notes[0].codes.map((code) => code.range);
    for (const inserted of ['\n', '\n\n\n', '']) {
      const at = text.indexOf('dx A');
      const edited = `${text.slice(0, at)}${inserted}${text.slice(at)}`;
      const after = ParsedText.of(text).update(edited);
      assert.deepEqual(
        after.file,
        parseClaimLines(splitLines(edited)),
        `after ${JSON.stringify(inserted)}`,
      );
    }
    const moved = before.update(`\n\n${text}`);
    assert.equal(moved.file.claims.at(-1), before.file.claims.at(-1), 'the same tree, moved');
    const codes = moved.file.claims.at(-1)!.notes[0].codes.map((code) => code.range);
    assert.deepEqual(
      codes,
      noteCodes.map((range) => ({
        start: { ...range.start, line: range.start.line + 2 },
        end: { ...range.end, line: range.end.line + 2 },
      })),
    );
    assert.deepEqual(moved.file, parseClaimLines(splitLines(`\n\n${text}`)));
  });
});

describe('checking again after an edit', () => {
  it('gives the diagnostics of a fresh check, lines added and removed included', () => {
    const codeSets = defaultCodeSets();
    const engine = new ClaimEngine(codeSets);
    const random = new Random(3);
    let text = BASE;
    engine.check(text, 'a.claim');
    for (let i = 0; i < 150; i++) {
      text = edited(random, text);
      const again = engine.check(text, 'a.claim').diagnostics;
      // A new engine has new options, so nothing found before counts.
      const fresh = new ClaimEngine(codeSets).check(text, 'b.claim').diagnostics;
      assert.deepEqual(again, fresh, `diagnostics after edit ${i}`);
    }
  });
});

describe('memory over many edits', () => {
  const codeSets = defaultCodeSets();
  it('keeps no earlier version of a large document alive through its edited lines', () => {
    // V8 keeps a piece cut from a long string as a view of all of it: an edited line
    // cut from each new version kept that whole version alive.
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const engine = new ClaimEngine(codeSets);
    let text = generateClaims({ claims: 2000, seed: 31 }, codeSets);
    assert.ok(text.length > 700_000);
    engine.check(text, 'large.claim');
    collect();
    const before = process.memoryUsage().heapUsed;
    // A code's digit changed on 40 different lines, each edit a new version.
    let at = 0;
    for (let i = 0; i < 40; i++) {
      at = text.indexOf('  dx A  ', at + 5000);
      const column = at + 9;
      text = text.slice(0, column) + (text[column] === '5' ? '6' : '5') + text.slice(column + 1);
      engine.check(text, 'large.claim');
    }
    collect();
    const grown = process.memoryUsage().heapUsed - before;
    // 40 versions kept would be over 28 MB; the parses kept for the next edit hold a few.
    assert.ok(grown < 12_000_000, `the heap grew by ${(grown / 1e6).toFixed(1)} MB`);
  });
});
