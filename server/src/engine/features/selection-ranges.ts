/**
 * Smart select (expand selection): from the word under the cursor to its
 * statement, then (in a note) the documentation element and the note, then the
 * whole claim. Returned innermost first.
 */
import { splitLines } from '../markup/parse';
import type { ClaimFile, Position, Range } from '../model';
import { claimAt, tokenAt } from './claim-tokens';

export function selectionRanges(text: string, file: ClaimFile, position: Position): Range[] {
  const claim = claimAt(file, position.line);
  const lines = splitLines(text);
  const chain: Range[] = [];
  const push = (range: Range | undefined) => {
    if (!range || !contains(range, position)) return;
    const last = chain[chain.length - 1];
    if (last && sameRange(last, range)) return;
    if (last && !encloses(range, last)) return;
    chain.push(range);
  };

  const word = wordRange(lines[position.line] ?? '', position);
  push(tokenAt(file, position)?.found.token.range);
  push(word);
  push(lineRange(lines, position.line));
  if (claim) {
    for (const note of claim.notes) {
      const element = note.elements.find((e) => contains(e.range, position));
      push(element?.range);
      push(note.range);
    }
    push(claim.range);
  }
  return chain;
}

/** The text of the line without its indentation and trailing space. */
function lineRange(lines: string[], line: number): Range | undefined {
  const text = lines[line] ?? '';
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  if (end <= start) return undefined;
  return { start: { line, character: start }, end: { line, character: end } };
}

/** The run of non-blank characters around the cursor. */
function wordRange(text: string, position: Position): Range | undefined {
  let start = position.character;
  let end = position.character;
  while (start > 0 && !/\s/.test(text[start - 1])) start--;
  while (end < text.length && !/\s/.test(text[end])) end++;
  if (start === end) return undefined;
  const line = position.line;
  return { start: { line, character: start }, end: { line, character: end } };
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function contains(range: Range, position: Position): boolean {
  return before(range.start, position) && before(position, range.end);
}

function encloses(outer: Range, inner: Range): boolean {
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function sameRange(a: Range, b: Range): boolean {
  return encloses(a, b) && encloses(b, a);
}
