/**
 * What the 837P readers share: the text, the separators, positions, and the list of
 * `syntax` problems. Tokens made here point at elements and components as they
 * stand in the file, so a diagnostic on a claim lands on the element it is about.
 */
import type { CodeKind, CodeToken, DateToken, Diagnostic, Range, Severity, Token } from '../model';
import { codeToken } from '../markup/tokens';
import type { PositionMap, X12Element, X12SegmentAt } from './segments';
import type { Separators } from './separators';

const CCYYMMDD = /^(\d{4})(\d{2})(\d{2})$/;

export class X12Context {
  constructor(
    readonly text: string,
    readonly map: PositionMap,
    readonly separators: Separators,
    readonly diagnostics: Diagnostic[],
  ) {}

  report(range: Range, message: string, severity: Severity = 'error'): void {
    this.diagnostics.push({ rule: 'syntax', severity, message, range });
  }

  token(element: X12Element): Token {
    return { text: element.value, range: element.range };
  }

  code(element: X12Element | Token, kind: CodeKind): CodeToken {
    const token = 'offset' in element ? this.token(element) : element;
    return codeToken(token, kind);
  }

  /** The components of a composite element (`HC:64620:RT`), each with its own range. */
  components(element: X12Element): Token[] {
    const raw = this.text.slice(element.offset, element.offset + element.length);
    const parts: Token[] = [];
    let start = 0;
    for (const part of raw.split(this.separators.component)) {
      parts.push({
        text: part.replace(/[\r\n]/g, ''),
        range: this.map.range(element.offset + start, part.length),
      });
      start += part.length + 1;
    }
    return parts;
  }

  /** A CCYYMMDD date; `value` is its ISO form when the date is real, else a problem. */
  date(token: Token, where: string): DateToken {
    const match = CCYYMMDD.exec(token.text);
    if (match) {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(year, month - 1, day));
      if (
        date.getUTCFullYear() === year &&
        date.getUTCMonth() === month - 1 &&
        date.getUTCDate() === day
      ) {
        return { ...token, value: `${match[1]}-${match[2]}-${match[3]}` };
      }
    }
    this.report(token.range, `${where} \`${token.text}\` is not a date: write CCYYMMDD.`);
    return { ...token };
  }

  /** Part of a token: `20260916` inside the RD8 range `20260915-20260916`. */
  slice(token: Token, start: number, end: number): Token {
    const { line, character } = token.range.start;
    return {
      text: token.text.slice(start, end),
      range: {
        start: { line, character: character + start },
        end: { line, character: character + end },
      },
    };
  }
}

/** Element NN of a segment (1-based, as the implementation guide numbers them). */
export function element(segment: X12SegmentAt, index: number): X12Element | undefined {
  const found = segment.elements[index - 1];
  return found && found.value !== '' ? found : undefined;
}

export function value(segment: X12SegmentAt, index: number): string {
  return segment.elements[index - 1]?.value ?? '';
}

/** `CLM01`, `SV107`: how the implementation guide names an element, for messages. */
export function elementName(segment: X12SegmentAt, index: number): string {
  return `${segment.tag}${String(index).padStart(2, '0')}`;
}
