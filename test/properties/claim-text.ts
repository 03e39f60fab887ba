/**
 * fast-check generators for hostile but claim-like text, shared by the property
 * tests and `npm run fuzz`. Most lines are real statements, so that the rules run
 * and not only the parser; the rest mix in what coders' exports really hold: tabs,
 * CRLF next to LF and stray CRs, emoji and other astral characters, lone
 * surrogates, NUL bytes, BOMs and U+FFFD.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

/** Statement lines from the examples, so codes, pointers and notes are real ones. */
const EXAMPLE_LINES = [
  'format-example.claim',
  'code-problems.claim',
  'intercostal-block-two-levels.claim',
  'pointer-problems.claim',
  'invalid-combinations.claim',
]
  .flatMap((name) => readFileSync(join(EXAMPLES, name), 'utf8').split(/\r?\n/))
  .filter((line) => line.trim() !== '');

const STATEMENTS = [
  ...EXAMPLE_LINES,
  'claim C-1',
  'claim C-2',
  'payer aetna',
  'payer nobody',
  'patient dob 2020-02-30 sex X',
  'patient id P-1 dob 1950-01-01 sex M',
  'rendering npi 1234567890',
  'dos 2026-09-15 to 2026-09-14',
  'dx A G89.2',
  'dx B E11.9',
  'dx C E11.65',
  'dx D E10.9',
  'dx L O09.90',
  'dx M Z00',
  'svc 64620-RT-LT ptr AB units 3',
  'svc 64620-50 ptr A units 99',
  'svc 64421 ptr A,B,C,D,E',
  'svc 64420-59-XS ptr A units 1 charge $10.00',
  'svc 99213-25 ptr A dos 2026-09-15 pos 11 npi 1234567893',
  'svc 0000T ptr Z',
  '# claim-check: ignore dx-unused',
  '# claim-check: ignore all',
  'note',
  '  Levels: T5',
  '  Units: 3',
  '  Laterality: left',
];

/** Pieces an edit may type: words of the markup and characters that tend to break parsers. */
const PIECES = [
  'claim ',
  'svc ',
  'dx ',
  'ptr ',
  'units ',
  'charge ',
  'dos ',
  'note ',
  '-RT',
  '-59',
  '-50',
  'G58.0',
  'G89.29',
  '64620',
  '64421',
  'A',
  'B',
  '2026-09-15',
  '#',
  ':',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\u{1F600}',
  '\u{1D538}',
  '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
  '\uD800',
  '\uDC00',
  '\u0000',
  '\uFEFF',
  '\uFFFD',
  'é',
  '\u00A0',
];

const LINE_ENDS = ['\n', '\n', '\n', '\n', '\r\n', '\r\n', '\r'];

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** A short string of any code units, weighted toward the awkward pieces. */
export const junk = fc
  .array(fc.oneof(codeUnit, fc.constantFrom(...PIECES)), { maxLength: 12 })
  .map((parts) => parts.join(''));

const indent = fc.constantFrom('', '', '  ', '  ', '    ', '\t', ' \t');

/** A real statement, indented, sometimes with junk appended or a word mangled. */
const tail = fc.oneof(
  { weight: 6, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: junk },
);
const statement = fc
  .tuple(indent, fc.constantFrom(...STATEMENTS), tail)
  .map(([space, line, end]) => space + line.trim() + end);

const line = fc.oneof(
  { weight: 12, arbitrary: statement },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: junk },
);

/** A document: lines of claim markup joined by a mix of line ends. */
export const claimText = fc
  .array(fc.tuple(line, fc.constantFrom(...LINE_ENDS)), { maxLength: 40 })
  .map((lines) => lines.map(([text, end]) => text + end).join(''));

/** What an edit types: a piece, a whole statement with its line end, or junk. */
const inserted = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 3, arbitrary: statement.map((text) => `${text}\n`) },
  { weight: 2, arbitrary: junk },
);

/** An edit by UTF-16 offsets, taken modulo the text's length so that it always applies. */
export interface TextChange {
  at: number;
  remove: number;
  insert: string;
}

export const textChange: fc.Arbitrary<TextChange> = fc.record({
  at: fc.nat({ max: 100_000 }),
  remove: fc.oneof(
    { weight: 3, arbitrary: fc.constant(0) },
    { weight: 3, arbitrary: fc.nat({ max: 4 }) },
    { weight: 1, arbitrary: fc.nat({ max: 200 }) },
  ),
  insert: inserted,
});

/** Where a change lands in `text`: [start, end) in UTF-16 offsets. */
export function changeSpan(text: string, change: TextChange): [number, number] {
  const start = change.at % (text.length + 1);
  return [start, Math.min(text.length, start + change.remove)];
}

export function applyChange(text: string, change: TextChange): string {
  const [start, end] = changeSpan(text, change);
  return text.slice(0, start) + change.insert + text.slice(end);
}

/** The document's lines as LSP counts them: LF, CRLF and a lone CR each end one. */
export function lspLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export interface Ranged {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** Why a range does not lie inside the document, or undefined when it does. */
export function rangeOutside(lines: readonly string[], { range }: Ranged): string | undefined {
  for (const [name, position] of [
    ['start', range.start],
    ['end', range.end],
  ] as const) {
    const { line, character } = position;
    if (!Number.isInteger(line) || line < 0 || line >= lines.length) {
      return `${name} line ${line} of ${lines.length}`;
    }
    if (!Number.isInteger(character) || character < 0 || character > lines[line].length) {
      return `${name} character ${character} past the end of line ${line} (${lines[line].length})`;
    }
  }
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) {
    return 'start after end';
  }
  return undefined;
}
