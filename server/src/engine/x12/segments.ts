/**
 * Splits an interchange into segments and elements with node-x12, and gives every
 * segment and element its place in the text as it is (LSP line and UTF-16 column).
 *
 * node-x12 1.7.1 reports positions, but not ones we can hand to an editor: the first
 * element of a segment starts on its separator, ends are inclusive, line breaks inside a
 * segment are not counted, and ISA13/IEA02 come back with their zeros stripped. So we
 * keep its segment list and measure each element ourselves, walking the text alongside.
 */
import { X12Parser, type X12Segment } from 'node-x12';
import { defaultSerializationOptions } from 'node-x12';
import type { Range } from '../model';
import type { Separators } from './separators';

/**
 * One element. Its range is worked out when asked for: a large interchange has a
 * million elements, and the rules look at a few of them.
 */
export class X12Element {
  constructor(
    /** The element's text, without any line breaks a sender wrapped into it. */
    readonly value: string,
    /** Offset of its first character in the text. */
    readonly offset: number,
    /** Length in the text, line breaks included. */
    readonly length: number,
    private readonly map: PositionMap,
  ) {}

  get range(): Range {
    return this.map.range(this.offset, this.length);
  }
}

export interface X12SegmentAt {
  tag: string;
  tagRange: Range;
  /** `elements[0]` is element 01 (e.g. CLM01). */
  elements: X12Element[];
  /** Tag to the last element, without the terminator. */
  range: Range;
}

export interface SegmentProblem {
  range: Range;
  message: string;
}

export interface SegmentList {
  segments: X12SegmentAt[];
  problems: SegmentProblem[];
}

/** Offsets to LSP positions. CR LF, LF and a lone CR each end a line, as in an editor. */
export class PositionMap {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const char = text.charCodeAt(i);
      if (char === 13 && text.charCodeAt(i + 1) === 10) continue;
      if (char === 10 || char === 13) this.lineStarts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number) {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: offset - this.lineStarts[low] };
  }

  range(offset: number, length: number): Range {
    return { start: this.position(offset), end: this.position(offset + length) };
  }
}

/**
 * node-x12 builds an interchange tree as it reads and throws on an envelope out of
 * order (an ST before any GS). We want every segment, in order, to check the rest
 * of the file, so this parser keeps the flat list its tokenizer produces instead.
 */
class SegmentCollector extends X12Parser {
  readonly collected: X12Segment[] = [];

  // Replaces node-x12's private tree builder (pinned at 1.7.1; the tests guard it).
  _processSegment(segment: X12Segment): void {
    this.collected.push(segment);
  }
}

export function readSegments(text: string, separators: Separators, map: PositionMap): SegmentList {
  const collector = new SegmentCollector(false);
  const problems: SegmentProblem[] = [];
  try {
    collector.parse(
      text,
      defaultSerializationOptions({
        elementDelimiter: separators.element,
        segmentTerminator: separators.segment,
        subElementDelimiter: separators.component,
        repetitionDelimiter: separators.repetition,
      }),
    );
  } catch (error) {
    // Not expected with the collector above; a crash must not take the editor down.
    problems.push({
      range: map.range(separators.isaOffset, 3),
      message: `The X12 reader stopped: ${error instanceof Error ? error.message : error}.`,
    });
  }
  return { segments: locate(text, collector.collected, separators, map, problems), problems };
}

/** Walks the text beside node-x12's segments, measuring where each element stands. */
function locate(
  text: string,
  parsed: readonly X12Segment[],
  separators: Separators,
  map: PositionMap,
  problems: SegmentProblem[],
): X12SegmentAt[] {
  const { element: elementSeparator, segment: terminator } = separators;
  const located: X12SegmentAt[] = [];
  let cursor = separators.isaOffset;

  for (const segment of parsed) {
    cursor = skipBlanks(text, cursor, terminator);
    if (segment.tag === '') {
      // Two terminators in a row: node-x12 makes an empty segment of them.
      problems.push({
        range: map.range(cursor, 1),
        message: 'An empty segment: two segment terminators in a row.',
      });
      cursor = nextTerminator(text, cursor, terminator) + 1;
      continue;
    }
    if (!text.startsWith(segment.tag, cursor)) {
      // A line break inside a tag (a file wrapped at a fixed width): no place to point at.
      const end = nextTerminator(text, cursor, terminator);
      problems.push({
        range: map.range(cursor, end - cursor),
        message: `The tag of a ${segment.tag} segment is broken across lines; it is not read.`,
      });
      cursor = end + 1;
      continue;
    }
    const tagStart = cursor;
    cursor = tagStart + segment.tag.length;

    const elements: X12Element[] = [];
    while (text[cursor] === elementSeparator) {
      const start = cursor + 1;
      let end = start;
      while (end < text.length && text[end] !== elementSeparator && text[end] !== terminator) end++;
      let value = text.slice(start, end);
      if (value.includes('\n') || value.includes('\r')) value = value.replace(/[\r\n]/g, '');
      elements.push(new X12Element(value, start, end - start, map));
      cursor = end;
    }

    const last = elements.length ? elements[elements.length - 1] : undefined;
    const segmentEnd = last ? last.offset + last.length : tagStart + segment.tag.length;
    located.push({
      tag: segment.tag,
      tagRange: map.range(tagStart, segment.tag.length),
      elements,
      range: map.range(tagStart, segmentEnd - tagStart),
    });
    if (text[cursor] === terminator) cursor++;
  }

  const rest = skipBlanks(text, cursor, terminator);
  if (rest < text.length) {
    const unended = text.slice(rest).replace(/\s+$/, '');
    const tag = unended.split(elementSeparator)[0].slice(0, 20);
    problems.push({
      range: map.range(rest, unended.length),
      message: `The last segment, ${tag}, has no segment terminator \`${printable(terminator)}\`.`,
    });
  }
  return located;
}

/** A line-break terminator named in words, so a message does not break its line. */
function printable(terminator: string): string {
  if (terminator === '\n') return 'LF';
  if (terminator === '\r') return 'CR';
  return terminator;
}

function skipBlanks(text: string, from: number, terminator: string): number {
  let at = from;
  while (at < text.length && /\s|\uFEFF/.test(text[at]) && text[at] !== terminator) at++;
  return at;
}

function nextTerminator(text: string, from: number, terminator: string): number {
  const at = text.indexOf(terminator, from);
  return at < 0 ? text.length : at;
}
