/**
 * Inlay hints: the short title after each code, so a coder reads `G58.0
 * Intercostal neuropathy` without hovering. A procedure's modifiers are titled
 * after the whole `64620-RT` word rather than between its parts.
 */
import type { CodeSets } from '../codesets/types';
import type { ClaimFile, CodeKind, CodeToken, Position, Range } from '../model';
import { codeSetsForClaim } from '../icd-years';
import { shortTitle } from './short-titles';

export interface CodeHint {
  /** Where the hint stands: just after the code as written. */
  position: Position;
  /** The title, with a modifier's code in front of it (`RT: Right side`). */
  label: string;
  code: string;
  kind: CodeKind;
}

/** Hints for the codes on the lines of `range` (the whole file when absent). */
export function inlayHints(file: ClaimFile, codeSets: CodeSets, range?: Range): CodeHint[] {
  const hints: CodeHint[] = [];
  for (const claim of file.claims) {
    // A claim's diagnoses are titled from the ICD-10-CM year of its date of service.
    const sets = codeSetsForClaim(codeSets, claim);
    const add = (code: CodeToken | undefined, position?: Position, prefix = false) => {
      if (!code) return;
      const at = position ?? code.range.end;
      if (range && (at.line < range.start.line || at.line > range.end.line)) return;
      const title = shortTitle(code, sets);
      if (!title) return;
      const label = prefix ? `${code.code}: ${title}` : title;
      hints.push({ position: at, label, code: code.code, kind: code.kind });
    };

    add(claim.billing?.taxonomy);
    add(claim.rendering?.taxonomy);
    add(claim.pos);
    for (const dx of claim.diagnoses) add(dx.code);
    for (const line of claim.serviceLines) {
      const last = line.modifiers[line.modifiers.length - 1] ?? line.code;
      add(line.code, last.range.end);
      for (const modifier of line.modifiers) add(modifier, last.range.end, true);
      add(line.pos);
    }
  }
  return hints;
}
