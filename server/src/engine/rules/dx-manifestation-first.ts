import type { DiagnosisEntry } from '../model';
import type { Rule } from './types';

/**
 * A manifestation code listed first. Box 21 `A` is the first-listed diagnosis
 * (FORMAT.md); when a claim has no `A`, the lowest letter stands first. The
 * Medicare Code Editor's manifestation list says which codes must follow the
 * condition that causes them.
 */
export const dxManifestationFirst: Rule = {
  name: 'dx-manifestation-first',
  severity: 'error',
  description:
    'A manifestation code (one that must follow its underlying condition) listed first.',
  check(claim, { codeSets }) {
    const first = firstListed(claim.diagnoses);
    if (!first) return [];
    const icd = codeSets.icd10cm;
    const code = first.code.code;
    if (!icd.isManifestation(code)) return [];

    const known = icd.get(code);
    const codeFirst = known?.notes?.codeFirst ?? [];
    const hint =
      codeFirst.length > 0 ? ` Its note says code first: ${codeFirst.join('; ')}.` : '';
    return [
      {
        rule: 'dx-manifestation-first',
        severity: 'error',
        message:
          `${code}${known ? ` ${known.longTitle}` : ''} is a manifestation code and cannot be ` +
          `the first-listed diagnosis (dx ${first.letter.text}): list the underlying condition ` +
          `first (Medicare Code Editor manifestation list).${hint}`,
        range: first.code.range,
      },
    ];
  },
};

function firstListed(entries: DiagnosisEntry[]): DiagnosisEntry | undefined {
  let first: DiagnosisEntry | undefined;
  for (const entry of entries) {
    if (!first || entry.letter.text < first.letter.text) first = entry;
  }
  return first;
}
