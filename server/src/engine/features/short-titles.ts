/**
 * One short line of text per code, for places with little room: the outline,
 * inlay hints. Hover has the full entry; these only remind the coder which code
 * it is. Undefined when the code set does not hold the code.
 */
import type { CodeSets } from '../codesets/types';
import type { CodeToken } from '../model';

/** As wide as the longest ICD-10-CM short title, so every kind of code reads alike. */
export const SHORT_TITLE_WIDTH = 60;

export function shortTitle(code: CodeToken, codeSets: CodeSets): string | undefined {
  switch (code.kind) {
    case 'icd10cm':
      return codeSets.icd10cm.get(code.code)?.shortTitle;
    case 'procedure':
      return shorten(codeSets.procedures.get(code.code)?.description);
    case 'modifier':
      return shorten(codeSets.modifiers.get(code.code)?.description);
    case 'taxonomy':
      return codeSets.taxonomy.get(code.code)?.displayName;
    case 'pos':
      return codeSets.placesOfService.get(code.code)?.name;
    case 'npi':
      return undefined;
  }
}

/**
 * The head of a long description: up to its first parenthesis or semicolon (the
 * qualifiers follow there), then cut at a word with an ellipsis if still long.
 */
export function shorten(text: string | undefined, width = SHORT_TITLE_WIDTH): string | undefined {
  if (!text) return undefined;
  const head = text.split(/\s[(;]|;/)[0].trim() || text.trim();
  if (head.length <= width) return head;
  const cut = head.slice(0, width - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > width / 2 ? cut.slice(0, space) : cut).replace(/[,:]$/, '')}…`;
}
