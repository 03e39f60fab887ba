import type { CodeKind, DateSpan, DateToken, Diagnostic, Range } from '../model';
import { type CodeWord, codeWord, dateWord, isBlank, lowerCase, rangeOf, Word } from './tokens';

/** Collects the `syntax` problems of the lines being read. */
export class SyntaxSink {
  /** None until the first: nearly every claim reads without one. */
  private found: Diagnostic[] | undefined;

  report(range: Range, message: string): void {
    (this.found ??= []).push({ rule: 'syntax', severity: 'error', message, range });
  }

  /** The problems reported since the last call, and a fresh start. */
  take(): readonly Diagnostic[] {
    const found = this.found ?? NO_PROBLEMS;
    this.found = undefined;
    return found;
  }
}

const NO_PROBLEMS: readonly Diagnostic[] = Object.freeze([]);

/**
 * Where the words of the line being read start and end, two numbers a word. One
 * list for every reader: a line is read to its end before the next is scanned.
 */
let bounds = new Int32Array(64);

/**
 * Walks the words of one statement line, field by field. A word becomes a token
 * only when the tree keeps it or a problem names it: field names (`ptr`, `units`,
 * `dob`) are read as text, and codes and dates are made as what they are, so a
 * claim's hundreds of words cost a few dozen objects.
 */
export class FieldReader {
  // Declared, then assigned: no class-field defines on an object made per claim.
  /** The text the line is read from: the line itself, or the whole file around it. */
  declare private text: string;
  /** Where the line starts in `text`; the bounds are columns, counted from here. */
  declare private from: number;
  /** Where the line ends in `text`. */
  declare private to: number;
  declare private line: number;
  /** Words on the line, up to its comment. */
  declare count: number;
  /** Where the line's comment starts, -1 when it has none. */
  declare comment: number;
  declare private index: number;
  declare private keywordToken: Word | undefined;
  declare private readonly sink: SyntaxSink;
  /** Field names read so far: bits for the statement's own fields, a list for others. */
  declare private seenKnown: number;
  declare private seenOthers: string[] | undefined;

  constructor(sink: SyntaxSink) {
    this.sink = sink;
    this.text = '';
    this.from = 0;
    this.to = 0;
    this.line = 0;
    this.count = 0;
    this.comment = -1;
    this.index = 1;
    this.keywordToken = undefined;
    this.seenKnown = 0;
    this.seenOthers = undefined;
  }

  /**
   * Reads where the words of line `line` start and end, in one pass over it: the
   * comment, the blanks and the words together, since walking characters is most of
   * what reading a claim file costs. The line is `text` from `from` up to `to`: the
   * batch check reads lines in place in the file's text, never cut out as strings.
   * A `#` ends the words wherever it stands, as in `G58.0#x`. Returns the number of
   * words; the reader then stands on the second.
   */
  scan(text: string, line: number, from = 0, to = text.length): number {
    this.text = text;
    this.from = from;
    this.to = to;
    this.line = line;
    this.index = 1;
    this.keywordToken = undefined;
    this.seenKnown = 0;
    this.seenOthers = undefined;
    this.comment = -1;
    let count = 0;
    let i = from;
    while (i < to) {
      let code = text.charCodeAt(i);
      while (isBlank(code) && ++i < to) code = text.charCodeAt(i);
      if (i >= to) break;
      if (code === 35) {
        this.comment = i - from;
        break;
      }
      const start = i;
      for (i++; i < to; i++) {
        code = text.charCodeAt(i);
        // Letters, digits, `.`, `-` and `,` are all above `#` (35): one test for most.
        if (code > 35 ? code === 0xfeff : isBlank(code) || code === 35) break;
      }
      if (2 * count + 2 > bounds.length) {
        const wider = new Int32Array(bounds.length * 2);
        wider.set(bounds);
        bounds = wider;
      }
      bounds[2 * count] = start - from;
      bounds[2 * count + 1] = i - from;
      count++;
    }
    this.count = count;
    return count;
  }

  /** The text of word `i` as written. */
  textAt(i: number): string {
    return this.text.slice(this.from + bounds[2 * i], this.from + bounds[2 * i + 1]);
  }

  /** The line's text from column `start` to column `end`. */
  columns(start: number, end: number): string {
    return this.text.slice(this.from + start, this.from + end);
  }

  /** The line's comment, from its `#`; undefined when it has none. */
  commentText(): string | undefined {
    return this.comment < 0 ? undefined : this.text.slice(this.from + this.comment, this.to);
  }

  startAt(i: number): number {
    return bounds[2 * i];
  }

  endAt(i: number): number {
    return bounds[2 * i + 1];
  }

  /** The statement's first word, as written. */
  get keyword(): Word {
    return (this.keywordToken ??= this.wordAt(0));
  }

  get done(): boolean {
    return this.index >= this.count;
  }

  /** Whether the next word holds `char` (one character), without cutting it out of the line. */
  nextHolds(char: string): boolean {
    if (this.index >= this.count) return false;
    // A look within the word: in a whole file, `indexOf` could run far past the line.
    const code = char.charCodeAt(0);
    const end = this.from + bounds[2 * this.index + 1];
    for (let i = this.from + bounds[2 * this.index]; i < end; i++) {
      if (this.text.charCodeAt(i) === code) return true;
    }
    return false;
  }

  /** The next word's text, without reading past it. */
  peekText(): string | undefined {
    return this.index < this.count ? this.textAt(this.index) : undefined;
  }

  next(): Word | undefined {
    return this.index < this.count ? this.wordAt(this.index++) : undefined;
  }

  /** Steps over the next word, if there is one. */
  skip(): void {
    if (this.index < this.count) this.index++;
  }

  /** The next word read as a field name, in lower case, with no token made for it. */
  nextName(): string {
    return lowerCase(this.textAt(this.index++));
  }

  /** The word read last, as a token: the field or keyword a problem is about. */
  field(): Word {
    return this.index <= 1 ? this.keyword : this.wordAt(this.index - 1);
  }

  /**
   * The value after the word read last (a field name or the keyword), or a `syntax`
   * problem naming what is missing.
   */
  value(what: string): Word | undefined {
    if (this.index < this.count) return this.wordAt(this.index++);
    this.missing(what);
    return undefined;
  }

  /** `value`, read as a code of `kind`. */
  code(kind: CodeKind, what: string): CodeWord | undefined {
    if (this.index >= this.count) {
      this.missing(what);
      return undefined;
    }
    const i = this.index++;
    return codeWord(this.textAt(i), this.line, bounds[2 * i], bounds[2 * i + 1], kind);
  }

  /** `DATE [to DATE]` after the word read last. */
  dateSpan(): DateSpan | undefined {
    const first = this.date();
    if (!first) return undefined;
    const span: DateSpan = { from: first };
    const next = this.peekText();
    if (next !== undefined && lowerCase(next) === 'to') {
      this.index++;
      const last = this.date();
      if (last) span.to = last;
      if (span.to?.value && span.from.value && span.to.value < span.from.value) {
        this.sink.report(
          span.to.range,
          `The end date ${span.to.text} is before ${span.from.text}.`,
        );
      }
    }
    return span;
  }

  /** From the keyword to the last word: the statement's range. */
  lineRange(): Range {
    return rangeOf(this.line, bounds[0], bounds[2 * this.count - 1]);
  }

  /**
   * Whether a field named `name` came earlier on this line, remembering it for the
   * next call. `known` lists the statement's fields (at most 30): bits for those
   * rather than a list per line, since every service line names three or four.
   */
  repeated(name: string, known: readonly string[]): boolean {
    const seen = this.named(name, known);
    const index = known.indexOf(name);
    if (index >= 0) this.seenKnown |= 1 << index;
    else if (!seen) (this.seenOthers ??= []).push(name);
    return seen;
  }

  /** Whether a field named `name` was read on this line. */
  named(name: string, known: readonly string[]): boolean {
    const index = known.indexOf(name);
    if (index >= 0) return (this.seenKnown & (1 << index)) !== 0;
    return this.seenOthers?.includes(name) ?? false;
  }

  /** Reports every word left over, as one problem. */
  rejectRest(expected: string): void {
    if (this.done) return;
    const texts: string[] = [];
    for (let i = this.index; i < this.count; i++) texts.push(this.textAt(i));
    this.sink.report(
      rangeOf(this.line, bounds[2 * this.index], bounds[2 * this.count - 1]),
      `Unexpected \`${clip(texts.join(' '))}\` in a ` +
        `\`${this.keyword.text.toLowerCase()}\` line; ${expected}.`,
    );
    this.index = this.count;
  }

  report(range: Range, message: string): void {
    this.sink.report(range, message);
  }

  private wordAt(i: number): Word {
    return new Word(this.textAt(i), this.line, bounds[2 * i], bounds[2 * i + 1]);
  }

  private missing(what: string): void {
    const field = this.field();
    this.sink.report(field.range, `\`${field.text}\` needs ${what} after it.`);
  }

  /** The next word as a date; a `syntax` problem when it is not one on the calendar. */
  private date(): DateToken | undefined {
    if (this.index >= this.count) {
      this.missing('a date (YYYY-MM-DD)');
      return undefined;
    }
    const i = this.index++;
    const date = dateWord(this.textAt(i), this.line, bounds[2 * i], bounds[2 * i + 1]);
    if (!date.value) {
      this.sink.report(date.range, `\`${clip(date.text)}\` is not a date; write YYYY-MM-DD.`);
    }
    return date;
  }
}

/** Keeps messages short when a line holds a lot of text. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
