import type { CodeToken, DocumentationElement, Note, Range, Token } from '../model';
import type { ClaimLines } from './claim-lines';
import { codeToken, indentOrBlank, indentWidth, rangeOf, spanOf, tokenLine, Word } from './tokens';

/** Characters a label may hold after its first letter, at most this many. */
const LABEL_REST = 39;
/**
 * Codes a coder writes in prose: ICD-10-CM with its dot, CPT, HCPCS Level II and
 * taxonomy codes. ICD-10-CM without a dot is left out, because `T10` is a level.
 */
const CODE_IN_TEXT = new RegExp(
  [
    '(?<![\\w.])(?:',
    '([A-Z][0-9][0-9A-Z]\\.[0-9A-Z]{1,4})', // ICD-10-CM
    '|([0-9]{3}[0-9A-Z]{6}X)', // taxonomy
    '|([0-9]{4}[0-9FT]|[A-V][0-9]{4})', // CPT, HCPCS Level II
    // A full stop may end the sentence, but not continue the code.
    ')(?![\\w]|\\.\\w)',
  ].join(''),
  'gi',
);

/**
 * Reads the body of the note opened at line `start`: the following lines indented
 * deeper than `note`, and the blank lines between them. Returns the note and the
 * first line after it.
 */
export function readNote(
  lines: ClaimLines,
  start: number,
  keyword: Token,
  title: Token | undefined,
): { note: Note; next: number } {
  const noteIndent = indentWidth(lines.text(start));
  const body: { line: number; text: string }[] = [];
  // Blank lines after the last indented one are not the note's.
  let kept = 0;
  for (let next = start + 1; next < lines.end; next++) {
    const text = lines.text(next);
    const indent = indentOrBlank(text);
    if (indent >= 0 && indent <= noteIndent) break;
    body.push({ line: next, text });
    if (indent >= 0) kept = body.length;
  }
  body.length = kept;

  const last = kept > 0 ? body[kept - 1] : { line: start, text: lines.text(start) };
  const range = spanOf(keyword.range, rangeOf(last.line, 0, last.text.length));
  const note = new NoteBody(keyword, title, body, readElements(body), range);
  return { note, next: last.line + 1 };
}

/**
 * A note as read. The codes written in its prose are found when first asked for:
 * only hover and highlights want them, and a batch check would otherwise run the
 * code pattern over every line of every note.
 */
class NoteBody implements Note {
  declare keyword: Token;
  declare title: Token | undefined;
  declare lines: { line: number; text: string }[];
  declare elements: DocumentationElement[];
  declare range: Range;

  constructor(
    keyword: Token,
    title: Token | undefined,
    lines: { line: number; text: string }[],
    elements: DocumentationElement[],
    range: Range,
  ) {
    this.keyword = keyword;
    this.title = title;
    this.lines = lines;
    this.elements = elements;
    this.range = range;
  }

  get codes(): CodeToken[] {
    // Found again when an edit above moved the note (its lines move in place).
    const line = tokenLine(this.keyword);
    const kept = (this as { [CODES]?: { line: number; codes: CodeToken[] } })[CODES];
    if (kept && kept.line === line) return kept.codes;
    const codes = readCodes(this.lines);
    // Not enumerable: a note reads, compares and copies the same before and after.
    Object.defineProperty(this, CODES, { value: { line, codes }, configurable: true });
    return codes;
  }

  toJSON(): object {
    const { keyword, title, lines, elements, codes, range } = this;
    return { keyword, title, lines, elements, codes, range };
  }
}

const CODES = Symbol('codes in the note');

function readElements(body: { line: number; text: string }[]): DocumentationElement[] {
  const elements: DocumentationElement[] = [];
  let baseIndent = -1;
  let current: ElementLines | undefined;
  for (const { line, text } of body) {
    const indent = indentOrBlank(text);
    if (indent < 0) continue;
    if (baseIndent < 0) baseIndent = indent;
    const startChar = firstNonSpace(text, 0);
    const endChar = lastNonSpace(text) + 1;

    if (indent > baseIndent && current) {
      const more = startChar < endChar ? text.slice(startChar, endChar) : '';
      if (more !== '') current.value = current.value === '' ? more : `${current.value} ${more}`;
      current.continuedTo(line, endChar);
      continue;
    }

    const labelEnd = labelEndAt(text, startChar);
    if (labelEnd < 0) {
      current = undefined;
      continue;
    }
    const labelText = text.slice(startChar, labelEnd);
    const valueStart = firstNonSpace(text, text.indexOf(':', labelEnd) + 1);
    current = new ElementLines(
      labelText.toLowerCase(),
      new Word(labelText, line, startChar, startChar + labelText.length),
      valueStart < endChar ? text.slice(valueStart, endChar) : '',
      line,
      startChar,
      valueStart,
      endChar,
    );
    elements.push(current);
  }
  return elements;
}

/**
 * A documentation element with its place kept as numbers and its ranges built when
 * asked: a note has an element a line, and only a finding or hover wants a range.
 * `line` is the element's first line, the name `moveLines` moves; the last line is
 * kept as a count of lines after it.
 */
class ElementLines implements DocumentationElement {
  declare label: string;
  declare labelToken: Token;
  declare value: string;
  declare readonly line: number;
  declare private continuation: number;
  declare private readonly start: number;
  declare private readonly valueStart: number;
  declare private end: number;

  constructor(
    label: string,
    labelToken: Token,
    value: string,
    line: number,
    start: number,
    valueStart: number,
    end: number,
  ) {
    this.label = label;
    this.labelToken = labelToken;
    this.value = value;
    this.line = line;
    this.continuation = 0;
    this.start = start;
    this.valueStart = valueStart;
    this.end = end;
  }

  /** The value goes on, on `line`, up to `end`. */
  continuedTo(line: number, end: number): void {
    this.continuation = line - this.line;
    this.end = end;
  }

  get range(): Range {
    return {
      start: { line: this.line, character: this.start },
      end: { line: this.line + this.continuation, character: this.end },
    };
  }

  get valueRange(): Range {
    // On one line the value's range never ends before it starts, even when empty.
    const end = this.continuation > 0 ? this.end : Math.max(this.valueStart, this.end);
    return {
      start: { line: this.line, character: this.valueStart },
      end: { line: this.line + this.continuation, character: end },
    };
  }

  toJSON(): object {
    const { label, labelToken, value, valueRange, range } = this;
    return { label, labelToken, value, valueRange, range };
  }
}

/**
 * A documentation element's label at `start`: a letter, then at most 39 letters,
 * digits, spaces and `/&()-`, the fewest that white space and a colon follow.
 * Returns where the label ends, or -1 when the line holds none. Read by hand, not
 * by a regex: every line of every note starts with one.
 */
function labelEndAt(text: string, start: number): number {
  if (!isLetter(text.charCodeAt(start))) return -1;
  const last = Math.min(text.length, start + 1 + LABEL_REST);
  for (let end = start + 1; end <= last; end++) {
    let colon = end;
    while (colon < text.length && isTrimmed(text.charCodeAt(colon))) colon++;
    if (text.charCodeAt(colon) === 58) return end;
    if (end === last || !isLabelCharacter(text.charCodeAt(end))) return -1;
  }
  return -1;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** After a label's first letter: letters, digits, space and `/&()-`. */
function isLabelCharacter(code: number): boolean {
  return (
    isLetter(code) ||
    (code >= 48 && code <= 57) ||
    code === 32 ||
    code === 47 || // /
    code === 38 || // &
    code === 40 || // (
    code === 41 || // )
    code === 45 // -
  );
}

/**
 * Where `trimStart` and `trimEnd` would cut, found without building the trimmed
 * strings: every body line of every note passes here.
 */
function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isTrimmed(text.charCodeAt(i))) i++;
  return i;
}

function lastNonSpace(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && isTrimmed(text.charCodeAt(i))) i--;
  return i;
}

/** The characters `String.prototype.trim` removes: white space and line ends. */
function isTrimmed(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function readCodes(body: { line: number; text: string }[]): CodeToken[] {
  const codes: CodeToken[] = [];
  for (const { line, text } of body) {
    CODE_IN_TEXT.lastIndex = 0;
    for (let match = CODE_IN_TEXT.exec(text); match; match = CODE_IN_TEXT.exec(text)) {
      const word = new Word(match[0], line, match.index, match.index + match[0].length);
      const kind = match[1] ? 'icd10cm' : match[2] ? 'taxonomy' : 'procedure';
      codes.push(codeToken(word, kind));
    }
  }
  return codes;
}
