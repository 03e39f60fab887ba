/**
 * Renaming a diagnosis letter: the `dx` letter and every `ptr` letter that names
 * it change together, so the claim keeps pointing at the same diagnoses.
 */
import type { ClaimFile, Position, Range, TextEdit } from '../model';
import { diagnosisOf, pointersTo, tokenAt } from './claim-tokens';

export type PrepareRenameResult = { range: Range; placeholder: string } | { problem: string };
export type RenameResult = { edits: TextEdit[] } | { problem: string };

const LETTER = /^[A-La-l]$/;

/** Whether the cursor is on a letter that can be renamed, and its range. */
export function prepareRename(file: ClaimFile, position: Position): PrepareRenameResult {
  const at = tokenAt(file, position);
  if (!at || at.found.role === 'code') {
    return { problem: 'Only a diagnosis letter (on a `dx` line or after `ptr`) can be renamed.' };
  }
  if (!diagnosisOf(at.claim, at.found.letter)) {
    return { problem: `No \`dx ${at.found.letter}\` in this claim to rename.` };
  }
  return { range: at.found.token.range, placeholder: at.found.letter };
}

export function rename(file: ClaimFile, position: Position, newName: string): RenameResult {
  const prepared = prepareRename(file, position);
  if ('problem' in prepared) return prepared;
  const at = tokenAt(file, position)!;
  const letter = newName.trim().toUpperCase();
  if (!LETTER.test(letter)) {
    return { problem: `\`${newName.trim()}\` is not a diagnosis letter: use one letter, A to L.` };
  }
  const from = prepared.placeholder;
  const taken = diagnosisOf(at.claim, letter);
  if (taken && letter !== from) {
    const line = taken.range.start.line + 1;
    return { problem: `Letter ${letter} is already used by \`dx ${letter}\` on line ${line}.` };
  }

  const diagnosis = diagnosisOf(at.claim, from)!;
  const ranges = [diagnosis.letter.range, ...pointersTo(at.claim, from).map((p) => p.range)];
  return { edits: ranges.map((range) => ({ range, newText: letter })) };
}
