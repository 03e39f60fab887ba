import type { Claim, DiagnosisEntry, Diagnostic, Fix, TextEdit } from '../model';
import { NOTHING_FOUND } from './nothing-found';
import type { Rule } from './types';

export const dxDuplicate: Rule = {
  name: 'dx-duplicate',
  severity: 'error',
  description: 'The same ICD-10-CM code listed twice on one claim.',
  check(claim) {
    // A claim lists a few diagnoses: looking back beats building a map for each claim.
    const diagnoses = claim.diagnoses;
    let found: Diagnostic[] | undefined;
    for (let i = 1; i < diagnoses.length; i++) {
      const diagnosis = diagnoses[i];
      const code = diagnosis.code.code;
      let original: DiagnosisEntry | undefined;
      for (let j = 0; j < i; j++) {
        if (diagnoses[j].code.code === code) {
          original = diagnoses[j];
          break;
        }
      }
      if (!original) continue;
      (found ??= []).push({
        rule: 'dx-duplicate',
        severity: 'error',
        message:
          `${code} is listed twice: diagnosis ${diagnosis.letter.text} repeats ` +
          `diagnosis ${original.letter.text}.`,
        range: diagnosis.code.range,
        fixes: [removeDuplicateFix(claim, diagnosis, original)],
      });
    }
    return found ?? NOTHING_FOUND;
  },
};

/**
 * Deletes the repeated `dx` line and points the lines that named it to the
 * first listing instead, so that no pointer is left naming nothing.
 */
function removeDuplicateFix(claim: Claim, repeat: DiagnosisEntry, original: DiagnosisEntry): Fix {
  const line = repeat.range.start.line;
  const edits: TextEdit[] = [
    {
      range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } },
      newText: '',
    },
  ];

  const from = repeat.letter.text.toUpperCase();
  const to = original.letter.text.toUpperCase();
  for (const service of claim.serviceLines) {
    const pointers = service.pointers;
    if (!pointers.some((p) => p.letter === from)) continue;
    const letters = [...new Set(pointers.map((p) => (p.letter === from ? to : p.letter)))];
    const [a, b] = pointers;
    const separator = b && b.range.start.character > a.range.end.character ? ',' : '';
    edits.push({
      range: { start: a.range.start, end: pointers[pointers.length - 1].range.end },
      newText: letters.join(separator),
    });
  }

  return {
    title: `Remove the repeated diagnosis ${repeat.letter.text} (${repeat.code.code})`,
    preferred: true,
    edits,
  };
}
