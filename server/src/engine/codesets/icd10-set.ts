import { expandNotes, TITLE_BLOCK } from './compile';
import type { CompiledMce, Icd10Meta } from './compiled';
import type { SectionReader } from './pack';
import { CodeColumn } from './sorted';
import { expandAbbreviations } from './abbreviations';
import { titleScore } from './title-match';
import { typedWords } from './tokens';
import type { Icd10Addenda, Icd10Code, Icd10CodeSet, SearchHit, TabularNotes } from './types';
import { WordSearcher, type WordIndex } from './word-index';

export interface Icd10Loaders {
  notes: () => SectionReader;
  search: () => WordIndex;
  mce: () => CompiledMce;
}

/** `g580`, `G58.0`, ` g58.0 ` → `G58.0`; a trailing dot is kept (`G58.`) for prefixes. */
export function canonicalIcd10(text: string, keepTrailingDot = false): string {
  // Rules ask with codes already canonical: those come back as they are, with no new string.
  if (isCanonicalAscii(text)) return text;
  const upper = text.trim().toUpperCase();
  const bare = upper.replace('.', '');
  if (bare.length > 3) return `${bare.slice(0, 3)}.${bare.slice(3)}`;
  return keepTrailingDot && upper.endsWith('.') ? `${bare}.` : bare;
}

/**
 * Plain ASCII with nothing to trim or upper-case, and a dot only where `canonicalIcd10`
 * puts it (or none, for a category): the text is its own canonical form.
 */
function isCanonicalAscii(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 126 || c <= 32 || (c >= 97 && c <= 122)) return false;
  }
  const dot = text.indexOf('.');
  return dot === -1 ? n <= 3 : dot === 3 && n > 4;
}

/** Texts kept by `get`: enough for every code a practice uses, bounded for odd input. */
const ASKED_LIMIT = 50_000;
/** Codes whose decoded notes are kept: a practice's rules read far fewer. */
const NOTES_KEPT = 5_000;

const ENCOUNTER_WORDS = new Set(['initial', 'subsequent', 'sequela', 'init', 'subs', 'sqla']);

const CODE_SHAPED = /^[A-Z](\d[0-9A-Z]?\.?[0-9A-Z]{0,4})?$/;

/** A column of titles, front-coded when compiled (see `compile.ts`). */
interface TitleColumn {
  suffixes: string;
  offsets: Uint32Array;
  shared: Uint32Array;
}

function titleColumn(sections: SectionReader, name: string): TitleColumn {
  return {
    suffixes: sections.text(`${name}Suffixes`),
    offsets: sections.u32(`${name}Offsets`),
    shared: sections.u32(`${name}Shared`),
  };
}

/**
 * One fiscal year of ICD-10-CM over the compiled columns. Code objects are
 * made on first request; notes, the search index and the MCE lists load on
 * first use, since a first diagnostic needs none of them.
 */
export class Icd10Set implements Icd10CodeSet {
  readonly version: string;
  readonly fiscalYear: number;
  readonly effective: { from: string; to: string };
  readonly size: number;
  readonly billableCount: number;
  readonly addenda?: Icd10Addenda;

  private readonly codes: CodeColumn;
  private readonly billableFlags: string;
  private readonly longTitles: TitleColumn;
  private readonly shortTitles: TitleColumn;
  private readonly parent: Int32Array;
  private readonly subtreeEnd: Uint32Array;
  private readonly byCode: Uint32Array;
  private readonly made = new Map<number, Icd10Code>();
  /** Codes as asked for (`g580`, `G58.0`), to their entry or null; see `get`. */
  private readonly asked = new Map<string, Icd10Code | null>();
  /** Notes decoded so far, by their index in the notes column. */
  private readonly notesMade = new Map<number, TabularNotes>();
  private notes?: { codes: CodeColumn; text: string; offsets: Uint32Array };
  private searcher?: WordSearcher;
  private manifestations?: Set<string>;
  private ages?: Map<string, { category: string; minAge: number; maxAge: number }>;

  constructor(
    meta: Icd10Meta,
    sections: SectionReader,
    private readonly loaders: Icd10Loaders,
  ) {
    this.fiscalYear = meta.fiscalYear;
    this.version = `FY${meta.fiscalYear}`;
    this.effective = meta.effective;
    if (meta.addenda) this.addenda = meta.addenda;
    this.codes = new CodeColumn(sections.text('codes'), 8);
    this.billableFlags = sections.text('billable');
    this.longTitles = titleColumn(sections, 'long');
    this.shortTitles = titleColumn(sections, 'short');
    this.parent = sections.i32('parent');
    this.subtreeEnd = sections.u32('subtreeEnd');
    this.byCode = sections.u32('byCode');
    this.size = this.codes.size;
    this.billableCount = this.billableFlags.split('1').length - 1;
  }

  get(code: string): Icd10Code | undefined {
    // Every rule asks for the claim's codes again: answer by the text as asked.
    const known = this.asked.get(code);
    if (known !== undefined) return known ?? undefined;
    const row = this.rowOf(canonicalIcd10(code));
    const found = row < 0 ? undefined : this.codeAt(row);
    if (this.asked.size < ASKED_LIMIT) this.asked.set(code, found ?? null);
    return found;
  }

  billableDescendants(code: string, limit = Infinity): string[] {
    const row = this.rowOf(canonicalIcd10(code));
    const out: string[] = [];
    if (row < 0) return out;
    for (let r = row + 1; r < this.subtreeEnd[row] && out.length < limit; r++) {
      if (this.isBillable(r)) out.push(this.codes.at(r));
    }
    return out;
  }

  search(query: string, limit: number): SearchHit<Icd10Code>[] {
    const trimmed = query.trim();
    if (trimmed === '' || limit <= 0) return [];
    if (CODE_SHAPED.test(trimmed.toUpperCase())) {
      const hits = this.searchCodes(canonicalIcd10(trimmed, true), limit);
      if (hits.length > 0) return hits;
    }
    return this.searchWords(trimmed, limit);
  }

  isManifestation(code: string): boolean {
    this.manifestations ??= new Set(this.loaders.mce().manifestations);
    return this.manifestations.has(canonicalIcd10(code));
  }

  ageEdit(code: string): { category: string; minAge: number; maxAge: number } | undefined {
    if (!this.ages) {
      this.ages = new Map();
      for (const list of this.loaders.mce().ageLists) {
        const edit = { category: list.category, minAge: list.minAge, maxAge: list.maxAge };
        for (const c of list.codes) if (!this.ages.has(c)) this.ages.set(c, edit);
      }
    }
    return this.ages.get(canonicalIcd10(code));
  }

  /** The tabular notes of a code, or undefined when it has none. */
  notesOf(code: string): TabularNotes | undefined {
    if (!this.notes) {
      const s = this.loaders.notes();
      const codes = new CodeColumn(s.text('codes'), 8);
      this.notes = { codes, text: s.text('notes'), offsets: s.u32('notesOffsets') };
    }
    const { codes, text, offsets } = this.notes;
    const key = canonicalIcd10(code);
    const i = codes.lowerBound(key);
    if (i >= codes.size || codes.compare(i, key) !== 0) return undefined;
    let notes = this.notesMade.get(i);
    if (!notes) {
      notes = expandNotes(JSON.parse(text.slice(offsets[i], offsets[i + 1])));
      // A search reads the notes of 150 codes a query: over a day they would be all.
      if (this.notesMade.size >= NOTES_KEPT) this.notesMade.clear();
      this.notesMade.set(i, notes);
    }
    return notes;
  }

  /** Titles stay front-coded in one string; a row's title is decoded when asked for. */
  longTitleAt(row: number): string {
    const { suffixes, offsets, shared } = this.longTitles;
    let title = '';
    for (let r = row - (row % TITLE_BLOCK); r <= row; r++) {
      title = title.slice(0, shared[r]) + suffixes.slice(offsets[r], offsets[r + 1]);
    }
    return title;
  }

  private shortTitleAt(row: number, longTitle: string): string {
    const { suffixes, offsets, shared } = this.shortTitles;
    return longTitle.slice(0, shared[row]) + suffixes.slice(offsets[row], offsets[row + 1]);
  }

  private rowOf(code: string): number {
    const i = this.codes.lowerBound(code, this.byCode);
    return i < this.size && this.codes.compare(this.byCode[i], code) === 0 ? this.byCode[i] : -1;
  }

  private isBillable(row: number): boolean {
    return this.billableFlags.charCodeAt(row) === 49; // '1'
  }

  private codeAt(row: number): Icd10Code {
    const cached = this.made.get(row);
    if (cached) return cached;
    const set = this;
    const code = this.codes.at(row);
    const longTitle = this.longTitleAt(row);
    let children: string[] | undefined;
    // Null once looked up and found to be none: rules read a code's notes per claim.
    let notes: TabularNotes | null | undefined;
    const item: Icd10Code = {
      code,
      billable: this.isBillable(row),
      shortTitle: this.shortTitleAt(row, longTitle),
      longTitle,
      parent: this.parent[row] >= 0 ? this.codes.at(this.parent[row]) : undefined,
      get children() {
        return (children ??= set.childrenOf(row));
      },
      get notes() {
        if (notes === undefined) notes = set.notesOf(code) ?? null;
        return notes ?? undefined;
      },
    };
    this.made.set(row, item);
    return item;
  }

  private childrenOf(row: number): string[] {
    const out: string[] = [];
    for (let r = row + 1; r < this.subtreeEnd[row]; r++) {
      if (this.parent[r] === row) out.push(this.codes.at(r));
    }
    return out;
  }

  /** Exact code first, then billable codes in code order, then headers. */
  private searchCodes(prefix: string, limit: number): SearchHit<Icd10Code>[] {
    const start = this.codes.lowerBound(prefix, this.byCode);
    let exact = -1;
    const billable: number[] = [];
    const headers: number[] = [];
    for (let k = start; k < this.size && billable.length < limit; k++) {
      const row = this.byCode[k];
      if (!this.codes.startsWith(row, prefix)) break;
      if (this.codes.compare(row, prefix) === 0) exact = row;
      else if (this.isBillable(row)) billable.push(row);
      else if (headers.length < limit) headers.push(row);
    }
    const rows = [...(exact >= 0 ? [exact] : []), ...billable, ...headers].slice(0, limit);
    return rows.map((row, i) => ({ item: this.codeAt(row), score: 1000 - i }));
  }

  /**
   * How closely the code's title, or one of its inclusion terms or includes notes,
   * answers the typed words, whichever is closest: I10's title is `Essential
   * (primary) hypertension`, its includes note `hypertension (arterial) (benign)`.
   */
  private closestText(row: number, typed: readonly string[]): number {
    let best = titleScore(this.longTitleAt(row), typed);
    const notes = this.notesOf(this.codes.at(row));
    if (!notes) return best;
    for (const term of notes.inclusionTerms) best = Math.max(best, titleScore(term, typed));
    for (const term of notes.includes) best = Math.max(best, titleScore(term, typed));
    return best;
  }

  private searchWords(typed: string, limit: number): SearchHit<Icd10Code>[] {
    this.searcher ??= new WordSearcher(this.loaders.search());
    // The encounter words of the 7th character are not indexed (see compile.ts).
    const all = expandAbbreviations(typedWords(typed));
    const kept = all.filter((w) => !ENCOUNTER_WORDS.has(w));
    const asked = this.searcher.searchableWords(kept.length > 0 ? kept : all);
    const query = asked.join(' ');
    // The second pass rewards titles that hold the words in the order typed, and
    // billable codes: a header matched as well as its children comes after them.
    const rescore = (row: number, score: number) => {
      score += this.closestText(row, asked);
      // Coding guidelines prefer a definitive diagnosis to a symptom code (chapter R).
      if (this.codes.startsWith(row, 'R')) score -= 1;
      return score + (this.isBillable(row) ? 2 : -3);
    };
    return this.searcher
      .search(query, limit, rescore)
      .map(({ row, score }) => ({ item: this.codeAt(row), score }));
  }
}
