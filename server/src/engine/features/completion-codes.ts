/**
 * Completion of codes from the code sets: ICD-10-CM after `dx X`, CPT/HCPCS after
 * `svc`, taxonomy after `taxonomy`, place of service after `pos`. Searches are
 * capped: a coder types more rather than scrolls through thousands.
 */
import type { CodeSets, Icd10Code } from '../codesets/types';
import { type CompletionEntry, sortKey } from './completion-types';
import { icd10Summary, procedureSummary } from './hover-markdown';
import { PROCEDURE_TEXT } from './hover-text';

export const SEARCH_LIMIT = 50;

/** A query that looks like the start of a code rather than words of a title. */
function isCodeQuery(query: string): boolean {
  return /^[A-Za-z]?[0-9][0-9A-Za-z.]*$/.test(query) || /^[A-Za-z]$/.test(query);
}

/** What the client filters on: the code either way, or the words as typed. */
function filterFor(query: string, code: string): string {
  if (!isCodeQuery(query)) return query;
  const bare = code.replace('.', '');
  return bare === code ? code : `${code} ${bare}`;
}

export function icd10Entries(codeSets: CodeSets, query: string): CompletionEntry[] {
  const trimmed = query.trim();
  if (trimmed === '') return [];
  const hits = codeSets.icd10cm.search(trimmed, SEARCH_LIMIT);

  // Billable codes first, then by score. At equal scores a definitive diagnosis goes
  // before a sign or symptom (chapter R), as the guidelines prefer the former when known.
  const ordered = hits
    .map((hit, index) => ({ hit, index }))
    .sort(
      (a, b) =>
        Number(b.hit.item.billable) - Number(a.hit.item.billable) ||
        b.hit.score - a.hit.score ||
        Number(isSymptom(a.hit.item)) - Number(isSymptom(b.hit.item)) ||
        a.index - b.index,
    );
  return ordered.map(({ hit }, rank) => icd10Entry(codeSets, hit.item, query, rank));
}

function isSymptom(code: Icd10Code): boolean {
  return code.code.startsWith('R');
}

function icd10Entry(
  codeSets: CodeSets,
  code: Icd10Code,
  query: string,
  rank: number,
): CompletionEntry {
  return {
    label: code.code,
    kind: 'code',
    detail: code.billable ? code.shortTitle : `(header, not billable) ${code.shortTitle}`,
    documentation: icd10Summary(codeSets, code),
    insertText: code.code,
    sortText: sortKey(rank),
    filterText: filterFor(query, code.code),
  };
}

export function procedureEntries(codeSets: CodeSets, query: string): CompletionEntry[] {
  const trimmed = query.trim();
  if (trimmed === '') return [];
  return codeSets.procedures.search(trimmed, SEARCH_LIMIT).map((hit, rank) => ({
    label: hit.item.code,
    kind: 'code',
    detail: hit.item.description ?? PROCEDURE_TEXT.noDescriptionShort,
    documentation: procedureSummary(hit.item),
    insertText: hit.item.code,
    sortText: sortKey(rank),
    filterText: filterFor(query, hit.item.code),
  }));
}

export function taxonomyEntries(codeSets: CodeSets, query: string): CompletionEntry[] {
  const trimmed = query.trim();
  if (trimmed === '') return [];
  return codeSets.taxonomy.search(trimmed, SEARCH_LIMIT).map((hit, rank) => {
    const taxonomy = hit.item;
    const path = [taxonomy.grouping, taxonomy.classification, taxonomy.specialization]
      .filter((part) => part)
      .join(' › ');
    return {
      label: taxonomy.code,
      kind: 'code',
      detail: taxonomy.displayName,
      documentation: `**${taxonomy.code}** ${taxonomy.displayName}\n\n${path}`,
      insertText: taxonomy.code,
      sortText: sortKey(rank),
      filterText: /\d/.test(trimmed) ? taxonomy.code : query,
    };
  });
}

export function placeOfServiceEntries(codeSets: CodeSets): CompletionEntry[] {
  return codeSets.placesOfService.all().map((place, rank) => ({
    label: place.code,
    kind: 'code',
    detail: place.name,
    documentation: `**${place.code}** ${place.name} (${place.facility})\n\n${place.description}`,
    insertText: place.code,
    sortText: sortKey(rank),
    filterText: `${place.code} ${place.name}`,
  }));
}
