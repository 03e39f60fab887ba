import type { SectionReader } from './pack';
import { lowerBound } from './sorted';
import { isStopWord, queryWords, words } from './tokens';

/**
 * An inverted index from words to rows, built once when the data is compiled
 * and queried by word prefixes. Each posting is `row << 2 | flags`, where the
 * flags say whether the word is in the row's title and whether it opens it.
 * Rows are also given a static rank (lower is better) to break ties cheaply.
 */
export interface WordIndex {
  /** Sorted, unique. */
  vocabulary: string[];
  /** `offsets[t]..offsets[t + 1]` are the postings of word t; length vocabulary + 1. */
  offsets: Uint32Array;
  postings: Uint32Array;
  /** Static rank of each row. */
  rank: Uint32Array;
}

export interface IndexedRow {
  title: string;
  /** Other texts that name the row (inclusion terms); weigh less than the title. */
  terms: string[];
}

const IN_TITLE = 2;
const FIRST_WORD = 1;

/** `rankOrder` lists rows best first (for ties between equally good matches). */
export function buildWordIndex(rows: IndexedRow[], rankOrder: number[]): WordIndex {
  const byWord = new Map<string, Map<number, number>>();
  const add = (word: string, row: number, flags: number) => {
    if (isStopWord(word)) return;
    let rowsOfWord = byWord.get(word);
    if (!rowsOfWord) byWord.set(word, (rowsOfWord = new Map()));
    rowsOfWord.set(row, Math.max(rowsOfWord.get(row) ?? 0, flags));
  };
  rows.forEach((r, row) => {
    words(r.title).forEach((w, i) => add(w, row, IN_TITLE | (i === 0 ? FIRST_WORD : 0)));
    for (const term of r.terms) for (const w of words(term)) add(w, row, 0);
  });

  const vocabulary = [...byWord.keys()].sort();
  const offsets = new Uint32Array(vocabulary.length + 1);
  let total = 0;
  vocabulary.forEach((w, t) => {
    offsets[t] = total;
    total += byWord.get(w)!.size;
  });
  offsets[vocabulary.length] = total;
  const postings = new Uint32Array(total);
  vocabulary.forEach((w, t) => {
    const entries = [...byWord.get(w)!].sort((a, b) => a[0] - b[0]);
    entries.forEach(([row, flags], i) => (postings[offsets[t] + i] = (row << 2) | flags));
  });

  const rank = new Uint32Array(rows.length);
  rankOrder.forEach((row, position) => (rank[row] = position));
  return { vocabulary, offsets, postings, rank };
}

/** The index as pack sections (see `pack.ts`). */
export function wordIndexSections(index: WordIndex): Record<string, string | Uint32Array> {
  return {
    vocabulary: index.vocabulary.join('\n'),
    offsets: index.offsets,
    postings: index.postings,
    rank: index.rank,
  };
}

export function wordIndexFromSections(s: SectionReader): WordIndex {
  const vocabulary = s.text('vocabulary');
  return {
    vocabulary: vocabulary === '' ? [] : vocabulary.split('\n'),
    offsets: s.u32('offsets'),
    postings: s.u32('postings'),
    rank: s.u32('rank'),
  };
}

/** The second pass: a closer look at a few candidates, by their title text. */
export type Rescore = (row: number, baseScore: number) => number;

interface Term {
  word: string;
  lo: number;
  hi: number;
  count: number;
}

/**
 * Rows whose texts hold a word starting with each query word, best first.
 * Scratch arrays are reused between queries so that a query allocates little.
 */
export class WordSearcher {
  private readonly stamp: Int32Array;
  private readonly score: Int32Array;
  private readonly byRank: Uint8Array;
  private readonly rowOfRank: Uint32Array;
  /** Rows that matched every word of the current query. */
  private readonly matched: Uint32Array;
  private generation = 0;

  constructor(readonly index: WordIndex) {
    const n = index.rank.length;
    this.stamp = new Int32Array(n);
    this.score = new Int32Array(n);
    this.byRank = new Uint8Array(n);
    this.rowOfRank = new Uint32Array(n);
    this.matched = new Uint32Array(n);
    index.rank.forEach((r, row) => (this.rowOfRank[r] = row));
  }

  search(query: string, limit: number, rescore?: Rescore): { row: number; score: number }[] {
    const terms = queryWords(query)
      .slice(0, 8)
      .map((word) => ({ word, ...this.range(word) }))
      .sort((a, b) => a.count - b.count);
    // A word nothing starts with (a typo, most often) is left out.
    const known = terms.filter((term) => term.count > 0);
    if (known.length === 0) return [];
    // As many candidates for a short list as for completion's 50, so that the first
    // few are the same whatever the limit.
    const want = Math.max(limit * 3, MIN_CANDIDATES);

    let found = this.firstPass(known, want);
    // No row holds every word (`intercostal neuralgia`: G58.0 is `Intercostal
    // neuropathy`): the rows that hold all words but one, each left out in turn, then
    // all but two, and so on; the second pass, which reads every typed word, ranks them.
    for (let size = known.length - 1; found.length === 0 && size > 0; size--) {
      const best = new Map<number, number>();
      for (let mask = 0; mask < 1 << known.length; mask++) {
        if (bitCount(mask) !== size) continue;
        const subset = known.filter((_, k) => (mask & (1 << k)) !== 0);
        for (const { row, score } of this.firstPass(subset, want)) {
          best.set(row, Math.max(best.get(row) ?? 0, score));
        }
      }
      found = [...best].map(([row, score]) => ({ row, score }));
    }
    const scored = found.map(({ row, score }) => ({
      row,
      score: rescore ? rescore(row, score) : score,
    }));
    scored.sort((a, b) => b.score - a.score || this.index.rank[a.row] - this.index.rank[b.row]);
    return scored.slice(0, limit);
  }

  /** The rows that hold every term, with their first-pass scores. */
  private firstPass(terms: Term[], want: number): { row: number; score: number }[] {
    return this.matchPostings(terms, want).map((row) => ({ row, score: this.score[row] }));
  }

  private matchPostings(terms: Term[], want: number): number[] {
    const base = this.nextGeneration(terms.length);
    const { offsets, postings, vocabulary } = this.index;
    const stamp = this.stamp;
    const score = this.score;
    const matched = this.matched;
    let count = 0;
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k];
      const last = k === terms.length - 1;
      const exact = vocabulary[term.lo] === term.word ? term.lo : -1;
      // A row matches the k-th word when it matched all words before it.
      const before = k === 0 ? -1 : base + k;
      const after = base + k + 1;
      for (let t = term.lo; t < term.hi; t++) {
        const bonus = t === exact ? 1 : 0;
        const end = offsets[t + 1];
        for (let p = offsets[t]; p < end; p++) {
          const entry = postings[p];
          const row = entry >>> 2;
          const seen = stamp[row];
          if (seen === after || (k > 0 && seen !== before)) continue;
          stamp[row] = after;
          score[row] = (k === 0 ? 0 : score[row]) + weight(entry & 3) + bonus;
          if (last) matched[count++] = row;
        }
      }
    }
    return this.best(count, want);
  }

  /**
   * The typed words as the index can find them. One that no indexed word starts with
   * is cut in two that are: a title writes `Gastro-esophageal`, indexed as two words,
   * and a coder types `gastroesophageal` (both parts whole words, the longest first
   * part first: `migrane` is not `migr` and the start of `anemia`). One that cannot be
   * cut, a typo most often, is left out, unless no word would be left.
   */
  searchableWords(typed: readonly string[]): string[] {
    const out: string[] = [];
    typed.forEach((word, i) => {
      if (this.range(word).count > 0) out.push(word);
      else out.push(...(this.compoundParts(word, i === typed.length - 1) ?? []));
    });
    return out.length > 0 ? out : [...typed];
  }

  /**
   * `word` as two whole words; or, for the word still being typed (`last`), as a whole
   * word of five letters or more and the start of another: `gastroes` on the way to
   * `gastroesophageal`. A shorter first part would cut typos too (`migr` + `ane`).
   */
  private compoundParts(word: string, last: boolean): [string, string] | undefined {
    const v = this.index.vocabulary;
    const isWord = (part: string) => v[lowerBound(v, part)] === part;
    for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
      const head = word.slice(0, cut);
      const tail = word.slice(cut);
      if (isWord(head) && isWord(tail)) return [head, tail];
    }
    if (!last) return undefined;
    for (let cut = word.length - MIN_TYPED; cut >= MIN_TYPED_HEAD; cut--) {
      const head = word.slice(0, cut);
      const tail = word.slice(cut);
      if (isWord(head) && this.range(tail).count > 0) return [head, tail];
    }
    return undefined;
  }

  /** The vocabulary range of words starting with `word`, and how many postings it spans. */
  private range(word: string): { lo: number; hi: number; count: number } {
    const v = this.index.vocabulary;
    const lo = lowerBound(v, word);
    const hi = lowerBound(v, word + '\uffff');
    return { lo, hi, count: this.index.offsets[hi] - this.index.offsets[lo] };
  }

  private nextGeneration(terms: number): number {
    if (this.generation > 2_000_000_000) {
      this.generation = 0;
      this.stamp.fill(0);
    }
    const base = this.generation;
    this.generation += terms + 2;
    return base;
  }

  /**
   * The `want` best rows by first-pass score, then static rank, without
   * sorting every match: find the score that fills `want`, then walk the
   * rows of that score in rank order.
   */
  private best(count: number, want: number): number[] {
    const matched = this.matched;
    const score = this.score;
    if (count <= want) return Array.from(matched.subarray(0, count));
    const perScore = new Int32Array(64);
    for (let i = 0; i < count; i++) perScore[Math.min(score[matched[i]], 63)]++;
    let threshold = 63;
    let above = 0;
    while (threshold > 0 && above + perScore[threshold] < want) above += perScore[threshold--];

    const chosen: number[] = [];
    const rank = this.index.rank;
    for (let i = 0; i < count; i++) {
      const row = matched[i];
      const s = Math.min(score[row], 63);
      if (s > threshold) chosen.push(row);
      else if (s === threshold) this.byRank[rank[row]] = 1;
    }
    let need = want - chosen.length;
    for (let r = 0; r < this.byRank.length && need > 0; r++) {
      if (this.byRank[r] === 0) continue;
      chosen.push(this.rowOfRank[r]);
      need--;
    }
    for (let i = 0; i < count; i++) this.byRank[rank[matched[i]]] = 0;
    return chosen;
  }
}

function bitCount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}

/** Rows the second pass looks at, at the least. */
const MIN_CANDIDATES = 150;

/** The shortest part a typed word is cut into: shorter ones match nearly anything. */
const MIN_PART = 3;
/** The shortest start of a word being typed after a whole first part, and that part's. */
const MIN_TYPED = 2;
const MIN_TYPED_HEAD = 5;

/** Title words count twice as much as inclusion terms; the title's first word a bit more. */
function weight(flags: number): number {
  return (flags & IN_TITLE ? 4 : 2) + (flags & FIRST_WORD ? 1 : 0);
}
