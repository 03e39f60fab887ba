/**
 * How closely an ICD-10-CM title answers a typed query, for the second pass of a
 * search. ICD-10-CM names the default code of a condition, the one a coder means
 * by naming the condition alone, with qualifiers: `Migraine, unspecified, not
 * intractable, without status migrainosus`; `Alcohol dependence, uncomplicated`;
 * `Sciatica, unspecified side`. Titles are compared with those qualifiers taken
 * out, so that the default comes before `intractable` or `in remission`, and
 * nonessential modifiers (in parentheses) count as absent too.
 */
import { words } from './tokens';

/**
 * A title's comma-separated parts that name a default, after its first part:
 * `unspecified`, `unspecified side`, `site not specified`, `not intractable`,
 * `uncomplicated`; and the encounter of a 7th character, which a search does not
 * read (its words are not indexed).
 */
const DEFAULT_PART = new RegExp(
  '^(unspecified|not intractable|uncomplicated|initial encounter|subsequent encounter|sequela)' +
    '\\b|\\b(unspecified|not specified)$',
);
/** A `without ...` clause, up to the next comma: the default is the absence of it. */
const WITHOUT_CLAUSE = /\bwithout\b[^,]*/g;

interface TitleWords {
  /** Every word of the title. */
  plain: string;
  /** The words left once defaults and parenthesised modifiers are out. */
  essential: string[];
  /** The words of its `without ...` clauses. */
  without: Set<string>;
  /** Whether it says `unspecified`: the code for the condition not otherwise specified. */
  unspecified: boolean;
  /** Whether its 7th character is the initial encounter, the commonest on a claim. */
  initial: boolean;
}

function titleWords(title: string): TitleWords {
  const lower = title.toLowerCase();
  const without = new Set<string>();
  for (const clause of lower.match(WITHOUT_CLAUSE) ?? []) {
    for (const word of words(clause)) if (word !== 'without') without.add(word);
  }
  const kept = lower
    .split(',')
    .filter((part, i) => i === 0 || !DEFAULT_PART.test(part.trim()))
    .join(',')
    .replace(WITHOUT_CLAUSE, ' ')
    .replace(/\([^)]*\)/g, ' ');
  const essential = words(kept).filter((word) => word !== 'unspecified' && word !== 'nos');
  const unspecified = /\b(unspecified|not specified)\b/.test(lower);
  const initial = lower.endsWith(', initial encounter');
  return { plain: words(lower).join(' '), essential, without, unspecified, initial };
}

/**
 * The second pass's score for a title against the typed words (`query`, in order):
 * the words in the order typed earn most; a title whose `without` clause names what
 * the query asks for (`without neurogenic claudication` for `neurogenic
 * claudication`) loses; and between titles otherwise equal, the one with fewer
 * words the query did not ask for comes first, then the unspecified one (the Index's
 * default: `Migraine` is G43.909, not `Migraine without aura`), by fractions that
 * break ties only.
 */
export function titleScore(title: string, query: readonly string[]): number {
  const { plain, essential, without, unspecified, initial } = titleWords(title);
  const phrase = query.join(' ');
  const kept = essential.join(' ');
  const asked = new Set(query);
  let score = 0;
  if (kept === phrase || plain === phrase || saysJustThat(plain, essential, query, asked)) {
    score = 8;
  } else if (kept.startsWith(phrase) || plain.startsWith(phrase)) score = 4;
  else if (kept.includes(phrase) || plain.includes(phrase)) score = 3;

  if (!asked.has('without') && query.some((word) => without.has(word))) score -= 3;
  let unasked = 0;
  for (const word of essential) if (!asked.has(word)) unasked++;
  return score - Math.min(unasked, 99) / 100 + (unspecified ? 0.005 : 0) + (initial ? 0.004 : 0);
}

/**
 * Whether the text names what was asked, in any order, the asked words it does not
 * need being its nonessential modifiers: I10's `hypertension (arterial) (benign)
 * (essential) ...` says just `benign hypertension`.
 */
function saysJustThat(
  plain: string,
  essential: readonly string[],
  query: readonly string[],
  asked: ReadonlySet<string>,
): boolean {
  if (essential.length === 0 || !essential.every((word) => asked.has(word))) return false;
  const present = new Set(plain.split(' '));
  return query.every((word) => present.has(word));
}
