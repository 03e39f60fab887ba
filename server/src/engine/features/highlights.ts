/**
 * Document highlights: where else in the claim the thing under the cursor
 * appears. A diagnosis letter lights its `dx` line (written) and its pointers
 * (read); a code lights every place the same code stands, note bodies included.
 */
import type { ClaimFile, Position, Range } from '../model';
import { claimTokens, diagnosisOf, pointersTo, tokenAt } from './claim-tokens';

export interface Highlight {
  range: Range;
  /** `write` where a diagnosis letter is defined, `read` where it is used or a code stands. */
  kind: 'read' | 'write';
}

export function highlights(file: ClaimFile, position: Position): Highlight[] {
  const at = tokenAt(file, position);
  if (!at) return [];
  const { claim, found } = at;

  if (found.role !== 'code') {
    const diagnosis = diagnosisOf(claim, found.letter);
    const reads = pointersTo(claim, found.letter).map<Highlight>((p) => ({
      range: p.range,
      kind: 'read',
    }));
    return diagnosis ? [{ range: diagnosis.letter.range, kind: 'write' }, ...reads] : reads;
  }

  const { kind, code } = found.token;
  const same: Highlight[] = [];
  for (const other of claimTokens(claim)) {
    if (other.role !== 'code' || other.token.code !== code) continue;
    // A note writes `64620` as a procedure and `G58.0` as ICD-10-CM, as the lines do.
    if (other.token.kind !== kind) continue;
    same.push({ range: other.token.range, kind: 'read' });
  }
  return same.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}
