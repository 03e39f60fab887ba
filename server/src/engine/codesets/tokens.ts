/**
 * Words as the search sees them: lower case, letters and digits only.
 * Small joining words are not indexed, and a query drops them; a query made
 * only of them is read as word prefixes (`of` finds `office`).
 */
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to',
]);

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/**
 * `words` of what a user typed, with accents and ligatures folded (`migraíne`,
 * `ﬁbromyalgia`): the code sets' titles are ASCII.
 */
export function typedWords(text: string): string[] {
  return words(text.normalize('NFKD').replace(/\p{M}/gu, ''));
}

/** The words of a query worth looking up: stop words go unless nothing else is left. */
export function queryWords(query: string): string[] {
  const all = typedWords(query);
  const kept = all.filter((w) => !isStopWord(w));
  return kept.length > 0 ? kept : all;
}
