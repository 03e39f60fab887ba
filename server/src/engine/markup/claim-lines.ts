/**
 * The lines the parser reads, from a list of strings (an editor's parse, which
 * keeps them for the next keystroke) or in place in the file's text (the batch
 * check, which cuts out only the lines a claim's tree keeps: note bodies).
 */
import type { FieldReader } from './fields';

export interface ClaimLines {
  /** The line after the last one that can be read. */
  readonly end: number;
  /** The text of line `line`, without its line end. */
  text(line: number): string;
  /** Its length, without cutting it out. */
  length(line: number): number;
  /** Reads the words of line `line` into `fields`; returns how many there are. */
  scan(fields: FieldReader, line: number): number;
}

/** Lines already split into strings; `lines[0]` is line `base` of the text. */
export class LineList implements ClaimLines {
  constructor(
    protected lines: string[],
    protected base = 0,
  ) {}

  get end(): number {
    return this.base + this.lines.length;
  }

  text(line: number): string {
    return this.lines[line - this.base];
  }

  length(line: number): number {
    return this.lines[line - this.base].length;
  }

  scan(fields: FieldReader, line: number): number {
    return fields.scan(this.lines[line - this.base], line);
  }
}

/**
 * The lines of a text whose line ends are LF or CR LF, read where they stand.
 * Splitting the text into strings cost about a tenth of the whole check, and the
 * parser walks each statement line's characters anyway.
 */
export class LinesInPlace implements ClaimLines {
  /** Where each line starts in the text. */
  private readonly starts: Int32Array;
  readonly end: number;
  /** Whether any line ends in CR LF, whose CR is not the line's. */
  private readonly crlf: boolean;

  constructor(private readonly whole: string) {
    let starts = new Int32Array(Math.max(1024, whole.length >> 5));
    let count = 0;
    for (let at = 0; ;) {
      if (count === starts.length) {
        const wider = new Int32Array(starts.length * 2);
        wider.set(starts);
        starts = wider;
      }
      starts[count++] = at;
      const feed = whole.indexOf('\n', at);
      if (feed < 0) break;
      at = feed + 1;
    }
    this.starts = starts;
    this.end = count;
    this.crlf = whole.includes('\r');
  }

  /**
   * Whether `text` can be read in place: every CR in it comes before an LF. A lone
   * CR also ends a line, as LSP counts lines, and such text is split instead.
   */
  static fits(text: string): boolean {
    for (let at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', at + 2)) {
      if (text.charCodeAt(at + 1) !== 10) return false;
    }
    return true;
  }

  text(line: number): string {
    return this.whole.slice(this.starts[line], this.lineEnd(line));
  }

  length(line: number): number {
    return this.lineEnd(line) - this.starts[line];
  }

  scan(fields: FieldReader, line: number): number {
    return fields.scan(this.whole, line, this.starts[line], this.lineEnd(line));
  }

  private lineEnd(line: number): number {
    if (line + 1 >= this.end) return this.whole.length;
    const feed = this.starts[line + 1] - 1;
    const carriage =
      this.crlf && feed > this.starts[line] && this.whole.charCodeAt(feed - 1) === 13;
    return carriage ? feed - 1 : feed;
  }
}
