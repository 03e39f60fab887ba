import type { CodeKind, CodeToken, DateSpan, DateToken, Range, Token } from '../model';
import { canonicalIcd10 } from '../codes/shape';

export function rangeOf(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** Joins two ranges into the one that covers both. */
export function spanOf(first: Range, last: Range): Range {
  return { start: first.start, end: last.end };
}

export function isBlank(code: number): boolean {
  // Space, tab, and the byte-order mark, which an editor may hand us on line 0.
  return code === 32 || code === 9 || code === 0xfeff;
}

/** Splits `text` into words separated by spaces or tabs, each with its range on `line`. */
export function splitWords(text: string, line: number, end = text.length): Token[] {
  const words: Token[] = [];
  let i = 0;
  while (i < end) {
    while (i < end && isBlank(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const start = i;
    while (i < end && !isBlank(text.charCodeAt(i))) i++;
    words.push({ text: text.slice(start, i), range: rangeOf(line, start, i) });
  }
  return words;
}

/** Where the line's text starts, counting a tab as reaching the next stop of four. */
export function indentWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 0xfeff) width += code === 32 ? 1 : 0;
    else if (code === 9) width += 4 - (width % 4);
    else return width;
  }
  return width;
}

export function isBlankLine(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

export function codeToken(word: Token, kind: CodeKind): CodeToken {
  const upper = word.text.toUpperCase();
  const code = kind === 'icd10cm' ? canonicalIcd10(upper) : upper;
  // Fields named, not spread: this runs for every code of every claim.
  return { text: word.text, range: word.range, kind, code };
}

/** A token that is a part of another: `RT` inside `64620-RT`. */
export function subToken(word: Token, start: number, end: number): Token {
  const line = word.range.start.line;
  const base = word.range.start.character;
  return { text: word.text.slice(start, end), range: rangeOf(line, base + start, base + end) };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO date; `value` is set only when the date exists on the calendar. */
export function dateToken(word: Token): DateToken {
  const match = ISO_DATE.exec(word.text);
  if (!match) return { text: word.text, range: word.range };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  const token: DateToken = { text: word.text, range: word.range };
  if (real) token.value = word.text;
  return token;
}

export type { DateSpan };
