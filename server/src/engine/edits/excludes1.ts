/**
 * What an ICD-10-CM Excludes1 note names. A note is prose with codes in
 * parentheses: a code (`F45.41`), a category or subcategory and everything below
 * it (`G89.-`, `M25.5-`), or a range (`R07.1-R07.9`, `T61-T62`). The code-set
 * loader gives the codes a note names; ranges are read from the note text here,
 * because the loader keeps only their two ends.
 */
import type { Icd10CodeSet } from '../codesets/types';

/** A span of codes: `from` and `to` compare against codes cut to their length. */
export interface CodeSpan {
  from: string;
  to: string;
}

const PAREN = /\(([^()]*)\)/g;
const CODE = '[A-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]{0,4})?';
const REFERENCE = new RegExp(`^(${CODE})(?:\\s*-\\s*(${CODE})?)?$`);

/** The spans of codes one note's text names. */
export function spansInNote(text: string): CodeSpan[] {
  const spans: CodeSpan[] = [];
  PAREN.lastIndex = 0;
  for (let match = PAREN.exec(text); match; match = PAREN.exec(text)) {
    for (const piece of match[1].split(/[,;]/)) {
      const found = REFERENCE.exec(piece.trim().toUpperCase());
      if (!found) continue;
      const from = stripDot(found[1]);
      const to = found[2] ? stripDot(found[2]) : from;
      spans.push({ from, to });
    }
  }
  return spans;
}

/** Whether a canonical code falls in a span (a prefix span covers the codes below it). */
export function spanCovers(span: CodeSpan, code: string): boolean {
  return code.slice(0, span.from.length) >= span.from && code.slice(0, span.to.length) <= span.to;
}

/** `G58.0` and its headers `G58`; `S12.000A`, `S12.000`, `S12.00`, `S12.0`, `S12`. */
export function selfAndHeaders(code: string): string[] {
  const found: string[] = [];
  for (let cut = code; cut.length >= 3; cut = stripDot(cut.slice(0, -1))) found.push(cut);
  return found;
}

export interface Excludes1Hit {
  /** The code (the diagnosis itself or a header above it) whose note forbids the pair. */
  noteOn: string;
  /** The note's text. */
  note: string;
}

/**
 * The Excludes1 note, on `code` or a header above it, that names `other`;
 * undefined when none does. One direction only: call it both ways.
 */
export function excludes1Naming(
  icd: Icd10CodeSet,
  code: string,
  other: string,
): Excludes1Hit | undefined {
  for (const header of selfAndHeaders(code)) {
    const notes = icd.get(header)?.notes;
    if (!notes) continue;
    for (const note of notes.excludes1) {
      const names = spansInNote(note).some((span) => spanCovers(span, other));
      if (names) return { noteOn: header, note };
    }
    // Codes the loader found in notes whose text we could not read as references.
    const prefixes = notes.excludes1Codes.map(stripDot);
    const byCode = prefixes.find((prefix) => other.startsWith(prefix));
    if (byCode) {
      const note = notes.excludes1.find((text) => text.includes(byCode)) ?? byCode;
      return { noteOn: header, note };
    }
  }
  return undefined;
}

function stripDot(code: string): string {
  return code.replace(/\.$/, '');
}
