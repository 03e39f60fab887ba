import type { DiagnosisEntry, Diagnostic, ServiceLine } from '../model';
import { NOTHING_FOUND } from './nothing-found';
import type { Rule } from './types';

export const dxUnused: Rule = {
  name: 'dx-unused',
  severity: 'warning',
  description: 'A diagnosis that no service line points to.',
  check(claim) {
    // A claim has a few diagnoses and lines: loops decide it without building a set.
    const diagnoses = claim.diagnoses;
    const lines = claim.serviceLines;
    let found: Diagnostic[] | undefined;
    for (let i = 0; i < diagnoses.length; i++) {
      const diagnosis = diagnoses[i];
      // Letters are written upper case (the parser makes them so), and so are
      // pointers: the text as it stands decides, upper-casing only a miss.
      const text = diagnosis.letter.text;
      if (isPointedTo(lines, text)) continue;
      const letter = text.toUpperCase();
      if (letter !== text && isPointedTo(lines, letter)) continue;
      (found ??= []).push(unused(diagnosis, letter));
    }
    return found ?? NOTHING_FOUND;
  },
};

function isPointedTo(lines: readonly ServiceLine[], letter: string): boolean {
  for (let i = 0; i < lines.length; i++) {
    const pointers = lines[i].pointers;
    for (let j = 0; j < pointers.length; j++) if (pointers[j].letter === letter) return true;
  }
  return false;
}

function unused(diagnosis: DiagnosisEntry, letter: string): Diagnostic {
  return {
    rule: 'dx-unused',
    severity: 'warning',
    message:
      `Diagnosis ${letter} (${diagnosis.code.code}) is not pointed to by any service line: ` +
      'point a line to it with ptr, or take it off the claim.',
    range: { start: diagnosis.keyword.range.start, end: diagnosis.code.range.end },
  };
}
