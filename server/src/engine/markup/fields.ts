import type { DateSpan, Diagnostic, Range, Token } from '../model';
import { dateToken, lowerCase } from './tokens';

/** Collects a statement's `syntax` problems while its fields are read. */
export class SyntaxSink {
  constructor(private readonly diagnostics: Diagnostic[]) {}

  report(range: Range, message: string): void {
    this.diagnostics.push({ rule: 'syntax', severity: 'error', message, range });
  }
}

/** Walks the words of one statement, field by field. */
export class FieldReader {
  // Declared, then assigned: one reader per statement line, so no class-field defines.
  declare private index: number;
  declare words: readonly Token[];
  declare private readonly sink: SyntaxSink;
  /** Field names read so far: bits for the statement's own fields, a list for others. */
  declare private seenKnown: number;
  declare private seenOthers: string[] | undefined;

  constructor(words: readonly Token[], sink: SyntaxSink) {
    this.sink = sink;
    this.index = 1;
    this.words = words;
    this.seenKnown = 0;
    this.seenOthers = undefined;
  }

  /** Starts on the next statement's words: one reader serves a claim's statements in turn. */
  readLine(words: readonly Token[]): this {
    this.index = 1;
    this.words = words;
    this.seenKnown = 0;
    this.seenOthers = undefined;
    return this;
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

  get keyword(): Token {
    return this.words[0];
  }

  get done(): boolean {
    return this.index >= this.words.length;
  }

  peek(): Token | undefined {
    return this.words[this.index];
  }

  next(): Token | undefined {
    return this.words[this.index++];
  }

  /** The value after a field name, or a `syntax` problem naming what is missing. */
  value(field: Token, what: string): Token | undefined {
    const word = this.next();
    if (!word) this.sink.report(field.range, `\`${field.text}\` needs ${what} after it.`);
    return word;
  }

  /** `DATE [to DATE]`, starting at the next word. */
  dateSpan(field: Token): DateSpan | undefined {
    const first = this.value(field, 'a date (YYYY-MM-DD)');
    if (!first) return undefined;
    const span: DateSpan = { from: this.checkedDate(first) };
    const next = this.peek();
    if (next && lowerCase(next.text) === 'to') {
      const to = this.next() as Token;
      const last = this.value(to, 'a date (YYYY-MM-DD)');
      if (last) span.to = this.checkedDate(last);
      if (span.to?.value && span.from.value && span.to.value < span.from.value) {
        this.sink.report(
          span.to.range,
          `The end date ${span.to.text} is before ${span.from.text}.`,
        );
      }
    }
    return span;
  }

  /** Reports every word left over, as one problem. */
  rejectRest(expected: string): void {
    if (this.done) return;
    const first = this.words[this.index];
    const last = this.words[this.words.length - 1];
    const text = this.words
      .slice(this.index)
      .map((word) => word.text)
      .join(' ');
    this.sink.report(
      { start: first.range.start, end: last.range.end },
      `Unexpected \`${clip(text)}\` in a \`${this.keyword.text.toLowerCase()}\` line; ${expected}.`,
    );
    this.index = this.words.length;
  }

  report(range: Range, message: string): void {
    this.sink.report(range, message);
  }

  private checkedDate(word: Token) {
    const date = dateToken(word);
    if (!date.value) {
      this.sink.report(word.range, `\`${clip(word.text)}\` is not a date; write YYYY-MM-DD.`);
    }
    return date;
  }
}

/** Keeps messages short when a line holds a lot of text. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
