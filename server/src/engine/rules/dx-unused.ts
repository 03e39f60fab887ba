import type { Diagnostic } from '../model';
import type { Rule } from './types';

export const dxUnused: Rule = {
  name: 'dx-unused',
  severity: 'warning',
  description: 'A diagnosis that no service line points to.',
  check(claim) {
    const pointed = new Set(
      claim.serviceLines.flatMap((line) => line.pointers.map((p) => p.letter)),
    );
    const found: Diagnostic[] = [];
    for (const diagnosis of claim.diagnoses) {
      const letter = diagnosis.letter.text.toUpperCase();
      if (pointed.has(letter)) continue;
      found.push({
        rule: 'dx-unused',
        severity: 'warning',
        message:
          `Diagnosis ${letter} (${diagnosis.code.code}) is not pointed to by any service line: ` +
          'point a line to it with ptr, or take it off the claim.',
        range: { start: diagnosis.keyword.range.start, end: diagnosis.code.range.end },
      });
    }
    return found;
  },
};
