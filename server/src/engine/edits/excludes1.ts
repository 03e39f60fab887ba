/**
 * What an ICD-10-CM Excludes1 note names. A note is prose with codes in
 * parentheses: a code (`F45.41`), a category or subcategory and everything below
 * it (`G89.-`, `M25.5-`), or a range (`R07.1-R07.9`, `T61-T62`). The code-set
 * loader gives the codes a note names; ranges are read from the note text here,
 * because the loader keeps only their two ends.
 */
import { cacheKey } from '../cache-key';
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
  return cutCompare(code, span.from) >= 0 && cutCompare(code, span.to) <= 0;
}

/**
 * `code.slice(0, bound.length)` compared with `bound`, without the slice: this
 * runs for every span of every note a claim's diagnosis pair meets.
 */
function cutCompare(code: string, bound: string): number {
  const length = code.length < bound.length ? code.length : bound.length;
  for (let i = 0; i < length; i++) {
    const difference = code.charCodeAt(i) - bound.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return code.length >= bound.length ? 0 : -1;
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

/** One code's Excludes1 notes as read once: each note's spans, and the loader's codes. */
interface HeaderExcludes1 {
  header: string;
  notes: readonly string[];
  spans: readonly (readonly CodeSpan[])[];
  /** The codes the loader found in the notes, trailing dot taken off. */
  prefixes: readonly string[];
}

/** Codes as written may be anything a coder types: keep the tables from growing unbounded. */
const CACHED_CODES = 50_000;

/**
 * The Excludes1 notes of one code set, read as claims ask. Notes are text and
 * every diagnosis pair of every claim asks again, so each code's notes are read
 * once, and each pair's answer (both ways) is kept.
 */
export class Excludes1Table {
  /** A code to the notes on it and its headers, nearest first, only those that name anything. */
  private readonly byCode = new Map<string, readonly HeaderExcludes1[]>();
  private readonly byHeader = new Map<string, HeaderExcludes1 | null>();
  private readonly byPair = new Map<string, Map<string, Excludes1Hit | null>>();
  private pairs = 0;

  constructor(private readonly icd: Icd10CodeSet) {}

  /**
   * The note that forbids the two codes together, on either of them or a header
   * above it, looked up from `first` to `second` and then the other way.
   */
  pairHit(first: string, second: string): Excludes1Hit | undefined {
    let withFirst = this.byPair.get(first);
    if (!withFirst) this.byPair.set(cacheKey(first), (withFirst = new Map()));
    const known = withFirst.get(second);
    if (known !== undefined) return known ?? undefined;
    const hit = this.naming(first, second) ?? this.naming(second, first);
    if (this.pairs >= CACHED_CODES) {
      this.byPair.clear();
      this.pairs = 0;
      this.byPair.set(cacheKey(first), withFirst);
    }
    withFirst.set(cacheKey(second), hit ?? null);
    this.pairs++;
    return hit;
  }

  /** One direction of `pairHit`: a note on `code` or its headers that names `other`. */
  naming(code: string, other: string): Excludes1Hit | undefined {
    const headers = this.notesAbove(code);
    for (let h = 0; h < headers.length; h++) {
      const { header, notes, spans, prefixes } = headers[h];
      for (let n = 0; n < spans.length; n++) {
        const noteSpans = spans[n];
        for (let s = 0; s < noteSpans.length; s++) {
          if (spanCovers(noteSpans[s], other)) return { noteOn: header, note: notes[n] };
        }
      }
      // Codes the loader found in notes whose text we could not read as references.
      for (let p = 0; p < prefixes.length; p++) {
        const byCode = prefixes[p];
        if (!other.startsWith(byCode)) continue;
        const note = notes.find((text) => text.includes(byCode)) ?? byCode;
        return { noteOn: header, note };
      }
    }
    return undefined;
  }

  private notesAbove(code: string): readonly HeaderExcludes1[] {
    const known = this.byCode.get(code);
    if (known) return known;
    const key = cacheKey(code);
    const found: HeaderExcludes1[] = [];
    for (const header of selfAndHeaders(key)) {
      const notes = this.notesOn(header);
      if (notes) found.push(notes);
    }
    if (this.byCode.size >= CACHED_CODES) this.byCode.clear();
    this.byCode.set(key, found);
    return found;
  }

  private notesOn(header: string): HeaderExcludes1 | undefined {
    const known = this.byHeader.get(header);
    if (known !== undefined) return known ?? undefined;
    const notes = this.icd.get(header)?.notes;
    const read: HeaderExcludes1 | null =
      notes && (notes.excludes1.length > 0 || notes.excludes1Codes.length > 0)
        ? {
            header,
            notes: notes.excludes1,
            spans: notes.excludes1.map(spansInNote),
            prefixes: notes.excludes1Codes.map(stripDot),
          }
        : null;
    if (this.byHeader.size >= CACHED_CODES) this.byHeader.clear();
    this.byHeader.set(header, read);
    return read ?? undefined;
  }
}

const tables = new WeakMap<Icd10CodeSet, Excludes1Table>();
/** The year of the claim before, so that most claims skip the WeakMap. */
let lastIcd: Icd10CodeSet | undefined;
let lastTable: Excludes1Table | undefined;

/** The Excludes1 table of a code set, made on first use. */
export function excludes1Table(icd: Icd10CodeSet): Excludes1Table {
  if (icd === lastIcd) return lastTable!;
  let table = tables.get(icd);
  if (!table) tables.set(icd, (table = new Excludes1Table(icd)));
  lastIcd = icd;
  lastTable = table;
  return table;
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
  return excludes1Table(icd).naming(code, other);
}

function stripDot(code: string): string {
  return code.endsWith('.') ? code.slice(0, -1) : code;
}
