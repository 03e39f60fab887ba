import type { Icd10CodeSet } from '../codesets/types';
import { excludes1Table, type Excludes1Hit } from '../edits/excludes1';
import type { DiagnosisEntry, Diagnostic } from '../model';
import type { Rule } from './types';
import { NOTHING_FOUND } from './nothing-found';

/**
 * Two diagnoses that an Excludes1 note forbids together. A note on a category or
 * subcategory applies to every code below it, and the note may sit on either
 * code, so each pair is looked up both ways. Reported once per pair, on the
 * diagnosis listed later.
 */
export const dxExcludes1: Rule = {
  name: 'dx-excludes1',
  severity: 'error',
  description:
    'Two diagnoses on the claim that an ICD-10-CM Excludes1 note says are never coded together.',
  check(claim, { codeSets }) {
    const entries = claim.diagnoses;
    const count = entries.length;
    if (count < 2) return NOTHING_FOUND;
    const icd = codeSets.icd10cm;
    const table = excludes1Table(icd);
    let found: Diagnostic[] | undefined;
    for (let later = 1; later < count; later++) {
      const secondCode = entries[later].code.code;
      for (let earlier = 0; earlier < later; earlier++) {
        const firstCode = entries[earlier].code.code;
        if (firstCode === secondCode) continue;
        const hit = table.pairHit(firstCode, secondCode);
        if (!hit) continue;
        const first = entries[earlier];
        const second = entries[later];
        (found ??= []).push({
          rule: 'dx-excludes1',
          severity: 'error',
          message: message(icd, first, second, hit),
          range: second.code.range,
        });
      }
    }
    return found ?? NOTHING_FOUND;
  },
};

function message(
  icd: Icd10CodeSet,
  first: DiagnosisEntry,
  second: DiagnosisEntry,
  hit: Excludes1Hit,
): string {
  const owner = hit.noteOn;
  const ownerEntry = [first, second].find((entry) => entry.code.code.startsWith(owner));
  const where =
    ownerEntry && ownerEntry.code.code !== owner
      ? `the Excludes1 note of ${owner} (which covers ${ownerEntry.code.code})`
      : `the Excludes1 note of ${owner}`;
  return (
    `${describe(icd, first)} (dx ${first.letter.text}) and ${describe(icd, second)} ` +
    `(dx ${second.letter.text}) are not coded together: ${where} reads ` +
    `"${hit.note}" (ICD-10-CM ${icd.version}). Keep the one the documentation supports.`
  );
}

function describe(icd: Icd10CodeSet, entry: DiagnosisEntry): string {
  const title = icd.get(entry.code.code)?.longTitle;
  return title ? `${entry.code.code} ${title}` : entry.code.code;
}
