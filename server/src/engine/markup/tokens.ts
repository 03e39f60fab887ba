import type {
  CodeKind,
  CodeToken,
  DateSpan,
  DateToken,
  DiagnosisPointer,
  Range,
  Token,
} from '../model';
import { canonicalIcd10 } from '../codes/shape';

export function rangeOf(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** Joins two ranges into the one that covers both. */
export function spanOf(first: Range, last: Range): Range {
  return { start: first.start, end: last.end };
}

/**
 * A word of one line. Its range is built when asked: a claim file holds hundreds of
 * thousands of words and a check reports a few hundred, so four objects a word (the
 * token, its range and two positions) were most of what the parser allocated.
 */
export class Word implements Token {
  // `declare`, and assigned in the constructor: a class field would first be defined
  // as undefined on every one of the hundreds of thousands of words a file holds.
  declare text: string;
  declare readonly line: number;
  declare readonly start: number;
  declare readonly end: number;

  constructor(text: string, line: number, start: number, end: number) {
    this.text = text;
    this.line = line;
    this.start = start;
    this.end = end;
  }

  get range(): Range {
    return rangeOf(this.line, this.start, this.end);
  }

  /** What the token reads as in JSON: text and range, as a token built by hand. */
  toJSON(): object {
    return { text: this.text, range: this.range };
  }
}

export class CodeWord extends Word implements CodeToken {
  declare readonly kind: CodeKind;
  declare readonly code: string;

  constructor(
    text: string,
    line: number,
    start: number,
    end: number,
    kind: CodeKind,
    code: string,
  ) {
    super(text, line, start, end);
    this.kind = kind;
    this.code = code;
  }

  override toJSON(): object {
    return { text: this.text, range: this.range, kind: this.kind, code: this.code };
  }
}

export class DateWord extends Word implements DateToken {
  declare readonly value: string | undefined;

  constructor(text: string, line: number, start: number, end: number, value?: string) {
    super(text, line, start, end);
    this.value = value;
  }

  override toJSON(): object {
    const json: DateToken = { text: this.text, range: this.range };
    if (this.value !== undefined) json.value = this.value;
    return json;
  }
}

export class PointerWord extends Word implements DiagnosisPointer {
  declare readonly letter: string;

  constructor(text: string, line: number, start: number, end: number, letter: string) {
    super(text, line, start, end);
    this.letter = letter;
  }

  override toJSON(): object {
    return { text: this.text, range: this.range, letter: this.letter };
  }
}

/** The same place as `word`, with other text: `g58.0` read as `G58.0`. */
export function withText(word: Token, text: string): Token {
  if (word.text === text) return word;
  if (word instanceof Word) return new Word(text, word.line, word.start, word.end);
  return { text, range: word.range };
}

/** From the start of `first` to the end of `last`: a statement on one line. */
export function statementRange(first: Token, last: Token): Range {
  const from = placeOf(first);
  const to = placeOf(last);
  return {
    start: { line: from.line, character: from.start },
    end: { line: to.line, character: to.end },
  };
}

/** The line a token starts on, without building its range when the parser made it. */
export function tokenLine(token: Token): number {
  return token instanceof Word ? token.line : token.range.start.line;
}

/** The column a token starts at, likewise. */
export function tokenColumn(token: Token): number {
  return token instanceof Word ? token.start : token.range.start.character;
}

/** Line and columns of any token, built by the parser or by hand. */
function placeOf(word: Token): { line: number; start: number; end: number } {
  if (word instanceof Word) return word;
  const { start, end } = word.range;
  return { line: start.line, start: start.character, end: end.character };
}

export function isBlank(code: number): boolean {
  // Space, tab, and the byte-order mark, which an editor may hand us on line 0.
  return code === 32 || code === 9 || code === 0xfeff;
}

/** Splits `text` into words separated by spaces or tabs, each with its range on `line`. */
export function splitWords(text: string, line: number, end = text.length): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < end) {
    while (i < end && isBlank(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const start = i;
    while (i < end && !isBlank(text.charCodeAt(i))) i++;
    words.push(new Word(text.slice(start, i), line, start, i));
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

/** `indentWidth`, or -1 for a line of nothing but blanks: one pass for both questions. */
export function indentOrBlank(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) width++;
    else if (code === 9) width += 4 - (width % 4);
    else if (code !== 0xfeff) return width;
  }
  return -1;
}

export function isBlankLine(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

export function codeToken(word: Token, kind: CodeKind): CodeToken {
  if (word instanceof Word) return codeWord(word.text, word.line, word.start, word.end, kind);
  return { text: word.text, range: word.range, kind, code: canonicalCode(word.text, kind) };
}

/** A code of `kind` written as `text` at `line`, columns `start` to `end`. */
export function codeWord(
  text: string,
  line: number,
  start: number,
  end: number,
  kind: CodeKind,
): CodeWord {
  return new CodeWord(text, line, start, end, kind, canonicalCode(text, kind));
}

/** Upper case; for ICD-10-CM, also the dot after the third character. */
function canonicalCode(text: string, kind: CodeKind): string {
  const upper = upperCase(text);
  return kind === 'icd10cm' ? canonicalIcd10(upper) : upper;
}

/**
 * `text` in upper case, the same string when it already is: codes are nearly always
 * written in capitals, and `toUpperCase` is a call into the runtime. Only ASCII is
 * judged here; anything else goes to `toUpperCase` (`ß` becomes `SS`).
 */
export function upperCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127 || (code >= 97 && code <= 122)) return text.toUpperCase();
  }
  return text;
}

/**
 * `text` in lower case, the same string when it already is: keywords and field
 * names are nearly always written so, and this runs on every one of them.
 */
export function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127 || (code >= 65 && code <= 90)) return text.toLowerCase();
  }
  return text;
}

/** A token that is a part of another: `RT` inside `64620-RT`. */
export function subToken(word: Token, start: number, end: number): Word {
  const place = placeOf(word);
  return new Word(word.text.slice(start, end), place.line, place.start + start, place.start + end);
}

/** A diagnosis pointer letter: `B` of `ptr AB`, at `index` in `word`. */
export function pointerToken(word: Token, index: number): PointerWord {
  const place = placeOf(word);
  const char = word.text[index];
  const at = place.start + index;
  return new PointerWord(char, place.line, at, at + 1, upperCase(char));
}

/** A date written as `text` at `line`, columns `start` to `end`. */
export function dateWord(text: string, line: number, start: number, end: number): DateWord {
  return new DateWord(text, line, start, end, isCalendarDate(text) ? text : undefined);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * `YYYY-MM-DD` naming a day on the calendar. Read digit by digit: every claim has
 * several dates, and a regex with a Date object for each was a tenth of the parse.
 */
export function isCalendarDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  // Years before 100 were never read as written (the calendar took them for 19xx).
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/** The number written in `text[start, end)`, or -1 when a character is not a digit. */
export function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

export type { DateSpan };
