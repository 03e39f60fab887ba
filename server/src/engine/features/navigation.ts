/**
 * Go to definition and find references for diagnosis letters: a `ptr` letter
 * leads to its `dx` line; a diagnosis lists the service lines that point to it.
 */
import type { ClaimFile, Position, Range } from '../model';
import { diagnosisOf, pointersTo, tokenAt } from './claim-tokens';

export interface DefinitionTarget {
  /** The whole `dx` statement. */
  range: Range;
  /** The letter on it. */
  selectionRange: Range;
  /** The pointer the cursor was on. */
  originRange: Range;
}

/** From a `ptr` letter (or a `dx` letter) to the `dx` line of that letter. */
export function definition(file: ClaimFile, position: Position): DefinitionTarget | undefined {
  const at = tokenAt(file, position);
  if (!at || at.found.role === 'code') return undefined;
  const diagnosis = diagnosisOf(at.claim, at.found.letter);
  if (!diagnosis) return undefined;
  return {
    range: diagnosis.range,
    selectionRange: diagnosis.letter.range,
    originRange: at.found.token.range,
  };
}

/**
 * The pointers to the diagnosis under the cursor (a `dx` letter or a `ptr` letter),
 * across the claim, with the `dx` letter itself first when `includeDeclaration`.
 */
export function references(
  file: ClaimFile,
  position: Position,
  includeDeclaration: boolean,
): Range[] {
  const at = tokenAt(file, position);
  if (!at || at.found.role === 'code') return [];
  const letter = at.found.letter;
  const diagnosis = diagnosisOf(at.claim, letter);
  const ranges = pointersTo(at.claim, letter).map((pointer) => pointer.range);
  return includeDeclaration && diagnosis ? [diagnosis.letter.range, ...ranges] : ranges;
}
