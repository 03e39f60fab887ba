import type { CompiledModifier, CompiledTaxonomy } from './compiled';
import { words } from './tokens';
import type {
  Modifier,
  ModifierSet,
  PlaceOfService,
  PlaceOfServiceSet,
  SearchHit,
  Taxonomy,
  TaxonomySet,
} from './types';

export class Modifiers implements ModifierSet {
  private readonly byCode: Map<string, Modifier>;

  constructor(private readonly list: CompiledModifier[]) {
    this.byCode = new Map(list.map((m) => [m.code, m]));
  }

  get(code: string): Modifier | undefined {
    // A claim's codes come canonical: found as written, with no new string per look-up.
    const exact = this.byCode.get(code);
    if (exact !== undefined && isUpperTrimmed(code)) return exact;
    return this.byCode.get(code.trim().toUpperCase());
  }

  all(): Modifier[] {
    return this.list;
  }
}

export class PlacesOfService implements PlaceOfServiceSet {
  private readonly byCode: Map<string, PlaceOfService>;

  constructor(private readonly list: PlaceOfService[]) {
    this.byCode = new Map(list.map((p) => [p.code, p]));
  }

  get(code: string): PlaceOfService | undefined {
    // A claim's codes come as the list writes them (`11`): found with no new string.
    const exact = this.byCode.get(code);
    if (exact !== undefined && code.length !== 1 && isTrimmed(code)) return exact;
    const trimmed = code.trim();
    return this.byCode.get(/^\d$/.test(trimmed) ? `0${trimmed}` : trimmed);
  }

  all(): PlaceOfService[] {
    return this.list;
  }
}

/** How much a word found in each field counts: the specialty names weigh most. */
const FIELD_WEIGHTS: [keyof Taxonomy, number][] = [
  ['specialization', 6],
  ['classification', 5],
  ['displayName', 4],
  ['grouping', 2],
  ['definition', 1],
];

export class TaxonomyCodes implements TaxonomySet {
  readonly size: number;
  private readonly list: Taxonomy[];
  private readonly byCode: Map<string, Taxonomy>;
  /** Per row and field: the text in lower case. */
  private fieldTexts?: string[][];

  constructor(
    readonly version: string,
    rows: CompiledTaxonomy,
  ) {
    this.list = rows.map(
      ([code, grouping, classification, specialization, definition, displayName]) => ({
        code, grouping, classification, specialization, definition, displayName,
      }),
    );
    this.byCode = new Map(this.list.map((t) => [t.code, t]));
    this.size = this.list.length;
  }

  get(code: string): Taxonomy | undefined {
    const exact = this.byCode.get(code);
    if (exact !== undefined && isUpperTrimmed(code)) return exact;
    return this.byCode.get(code.trim().toUpperCase());
  }

  /** By code prefix (`208V`), else by words: each must start a word of some field. */
  search(query: string, limit: number): SearchHit<Taxonomy>[] {
    const q = query.trim().toUpperCase();
    if (q === '' || limit <= 0) return [];
    if (/^\d[0-9A-Z]{0,9}$/.test(q)) {
      const hits = this.list
        .filter((t) => t.code.startsWith(q))
        .sort((a, b) => (a.code < b.code ? -1 : 1))
        .slice(0, limit);
      if (hits.length > 0) return hits.map((item, i) => ({ item, score: 1000 - i }));
    }
    const wanted = words(query);
    if (wanted.length === 0) return [];
    this.fieldTexts ??= this.list.map((t) => FIELD_WEIGHTS.map(([f]) => spaced(t[f])));
    const hits: SearchHit<Taxonomy>[] = [];
    this.list.forEach((item, i) => {
      const score = scoreFields(this.fieldTexts![i], wanted);
      if (score > 0) hits.push({ item, score });
    });
    hits.sort((a, b) => b.score - a.score || (a.item.code < b.item.code ? -1 : 1));
    return hits.slice(0, limit);
  }
}

/**
 * Whether `trim().toUpperCase()` would leave the text as it is, so that a key found
 * as written is the key its canonical form finds. Only plain ASCII is judged so;
 * anything else takes the long way.
 */
function isUpperTrimmed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 126 || c <= 32 || (c >= 97 && c <= 122)) return false;
  }
  return true;
}

/** Whether `trim()` would leave the text as it is; only plain ASCII is judged so. */
function isTrimmed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 126 || c <= 32) return false;
  }
  return true;
}

/** Lower case once; words are then found in place by `wordAt`. */
function spaced(text: string): string {
  return text.toLowerCase();
}

/** Where a word starting with `prefix` begins in `text`, or -1. */
function wordAt(text: string, prefix: string): number {
  for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
    if (at === 0 || !isWordChar(text.charCodeAt(at - 1))) return at;
  }
  return -1;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * Sum over query words of the weights of the fields holding it; a field that
 * opens with the word counts extra, and one made of the query's words alone
 * extra again. Zero when a word is in no field.
 */
function scoreFields(fields: string[], wanted: string[]): number {
  const queryLength = wanted.join(' ').length;
  let total = 0;
  for (const w of wanted) {
    let found = 0;
    fields.forEach((text, f) => {
      const at = wordAt(text, w);
      if (at < 0) return;
      const opens = at === 0 ? 2 : 0;
      const alone = text.length <= queryLength + 2 ? 1 : 0;
      found += FIELD_WEIGHTS[f][1] + opens + alone;
    });
    if (found === 0) return 0;
    total += found;
  }
  return total;
}
