/**
 * Reading the line under the cursor as it is being typed. The parser sees whole
 * statements; completion and hover need the half-written word and what precedes it.
 */
import { indentWidth, isBlank, isBlankLine, splitWords } from '../markup/tokens';

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** Words of `text[0, end)`, split on spaces and tabs as the parser splits them. */
export function wordsOf(text: string, end = text.length): Word[] {
  return splitWords(text, 0, end).map((word) => ({
    text: word.text,
    start: word.range.start.character,
    end: word.range.end.character,
  }));
}

/** Where the word that touches `character` ends (the cursor itself when none follows). */
export function wordEnd(text: string, character: number, stopAt = ''): number {
  let end = character;
  while (end < text.length) {
    const ch = text[end];
    if (isBlank(text.charCodeAt(end)) || ch === '#' || stopAt.includes(ch)) break;
    end++;
  }
  return end;
}

/** The word around `character`, or undefined on blank space. */
export function wordAround(text: string, character: number): Word | undefined {
  let start = character;
  while (start > 0 && !isBlank(text.charCodeAt(start - 1))) start--;
  let end = character;
  while (end < text.length && !isBlank(text.charCodeAt(end))) end++;
  if (start === end) return undefined;
  return { text: text.slice(start, end), start, end };
}

/**
 * The line of the `note` whose body holds line `line`, if any. A body is the lines
 * indented deeper than `note` and the blank lines between them (FORMAT.md, Notes);
 * `indent` is the width the line has, or would have, at the cursor.
 */
export function enclosingNote(lines: string[], line: number, indent: number): number | undefined {
  let deepest = indent;
  for (let k = line - 1; k >= 0 && deepest > 0; k--) {
    const text = lines[k];
    if (isBlankLine(text)) continue;
    const width = indentWidth(text);
    if (width >= deepest) continue;
    if (/^note(\s|$)/i.test(text.trimStart().replace(/^\uFEFF/, ''))) return k;
    deepest = width;
  }
  return undefined;
}
