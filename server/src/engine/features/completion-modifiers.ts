/**
 * Modifiers after a hyphen in a service line's code: those the procedure's
 * fee-schedule indicators call for first, then the rest; never those the
 * indicators rule out, terminated ones, or ones that clash with the line's own.
 */
import type { CodeSets } from '../codesets/types';
import { type CompletionEntry, sortKey } from './completion-types';
import { modifierMarkdown } from './hover-markdown';
import { conflictsWith, modifierFit, preferredRank } from './modifier-fit';

export function modifierEntries(
  codeSets: CodeSets,
  procedureCode: string,
  present: string[],
): CompletionEntry[] {
  const procedure = codeSets.procedures.get(procedureCode.toUpperCase());
  const candidates = codeSets.modifiers
    .all()
    .filter((modifier) => !modifier.terminated && !conflictsWith(modifier.code, present))
    .map((modifier) => ({ modifier, fit: modifierFit(modifier.code, procedure) }))
    .filter(({ fit }) => fit.verdict !== 'ruled-out');

  // Suitable first in the preferred order; then the rest, CPT before HCPCS, by code.
  candidates.sort((a, b) => {
    const groupA = a.fit.verdict === 'suits' ? 0 : 1;
    const groupB = b.fit.verdict === 'suits' ? 0 : 1;
    if (groupA !== groupB) return groupA - groupB;
    const rank = preferredRank(a.modifier.code) - preferredRank(b.modifier.code);
    if (rank !== 0) return rank;
    if (a.modifier.source !== b.modifier.source) return a.modifier.source === 'cpt' ? -1 : 1;
    return a.modifier.code.localeCompare(b.modifier.code);
  });

  return candidates.map(({ modifier, fit }, rank) => ({
    label: modifier.code,
    kind: 'modifier',
    detail:
      fit.verdict === 'suits'
        ? `${modifier.description} (suits ${procedureCode})`
        : modifier.description,
    documentation: modifierMarkdown(modifier, procedure),
    insertText: modifier.code,
    sortText: sortKey(rank),
    filterText: modifier.code,
  }));
}
