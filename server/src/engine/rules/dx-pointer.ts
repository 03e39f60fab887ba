import type { Claim, DiagnosisEntry, Diagnostic, Fix, ServiceLine } from '../model';
import { NOTHING_FOUND } from './nothing-found';
import type { Rule } from './types';

/** A CMS-1500 service line holds at most four diagnosis pointers (box 24E). */
const MAX_POINTERS = 4;

export const dxPointer: Rule = {
  name: 'dx-pointer',
  severity: 'error',
  description: 'A ptr letter with no dx, more than four pointers, or a service line with none.',
  check(claim) {
    const lines = claim.serviceLines;
    let found: Diagnostic[] | undefined;

    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const pointers = line.pointers;
      if (pointers.length === 0) {
        (found ??= []).push({
          rule: 'dx-pointer',
          severity: 'error',
          message:
            `Service line ${line.code.text} points to no diagnosis: ` +
            'add ptr with the letter of the diagnosis it treats.',
          range: line.code.range,
          fixes: addPointerFixes(claim, line),
        });
        continue;
      }

      for (let j = 0; j < pointers.length; j++) {
        const pointer = pointers[j];
        if (hasDiagnosis(claim.diagnoses, pointer.letter)) continue;
        (found ??= []).push({
          rule: 'dx-pointer',
          severity: 'error',
          message:
            `Pointer ${pointer.letter} names no diagnosis: ` +
            `this claim has no dx ${pointer.letter}.`,
          range: pointer.range,
        });
      }

      if (pointers.length > MAX_POINTERS) (found ??= []).push(tooManyPointers(line));
    }
    return found ?? NOTHING_FOUND;
  },
};

/**
 * Whether a diagnosis has the pointer's letter; a claim has a few, so a loop beats
 * a set. Pointer letters are upper case, so a letter written the same decides
 * without upper-casing each diagnosis letter; only a miss compares upper-cased.
 */
function hasDiagnosis(diagnoses: readonly DiagnosisEntry[], letter: string): boolean {
  for (let i = 0; i < diagnoses.length; i++) if (diagnoses[i].letter.text === letter) return true;
  for (let i = 0; i < diagnoses.length; i++) {
    if (diagnoses[i].letter.text.toUpperCase() === letter) return true;
  }
  return false;
}

function tooManyPointers(line: ServiceLine): Diagnostic {
  const extra = line.pointers.slice(MAX_POINTERS);
  return {
    rule: 'dx-pointer',
    severity: 'error',
    message:
      `Service line ${line.code.text} has ${line.pointers.length} diagnosis pointers; ` +
      `a claim line holds at most ${MAX_POINTERS}.`,
    range: { start: extra[0].range.start, end: extra[extra.length - 1].range.end },
    fixes: [keepFirstPointersFix(line)],
  };
}

/** One fix per diagnosis (up to four), and one that points to them all when there are several. */
function addPointerFixes(claim: Claim, line: ServiceLine): Fix[] {
  const letters = claim.diagnoses.map((d) => d.letter.text.toUpperCase()).slice(0, MAX_POINTERS);
  const last = line.modifiers.at(-1) ?? line.code;
  const at = last.range.end;
  const insert = (text: string) => [{ range: { start: at, end: at }, newText: ` ptr ${text}` }];

  const fixes: Fix[] = letters.map((letter, index) => {
    const code = claim.diagnoses[index].code.code;
    return {
      title: `Point to diagnosis ${letter} (${code})`,
      preferred: index === 0,
      edits: insert(letter),
    };
  });
  if (letters.length > 1) {
    fixes.push({
      title: `Point to diagnoses ${letters.join('')}`,
      edits: insert(letters.join('')),
    });
  }
  return fixes;
}

/** Keeps the first four pointers, written the way the line writes them. */
function keepFirstPointersFix(line: ServiceLine): Fix {
  const first = line.pointers[0].range.start;
  const last = line.pointers[line.pointers.length - 1].range.end;
  // `ptr A,B` has a gap between letters, `ptr AB` none.
  const [a, b] = line.pointers;
  const separator = b && b.range.start.character > a.range.end.character ? ',' : '';
  const kept = line.pointers.slice(0, MAX_POINTERS).map((p) => p.letter);
  return {
    title: `Keep the first ${MAX_POINTERS} pointers (${kept.join('')})`,
    edits: [{ range: { start: first, end: last }, newText: kept.join(separator) }],
  };
}
