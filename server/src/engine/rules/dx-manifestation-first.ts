import { cacheKey } from '../cache-key';
import type { Icd10CodeSet } from '../codesets/types';
import type { DiagnosisEntry } from '../model';
import type { Rule } from './types';
import { NOTHING_FOUND } from './nothing-found';

/**
 * A manifestation code listed first. Box 21 `A` is the first-listed diagnosis
 * (FORMAT.md); when a claim has no `A`, the lowest letter stands first. The
 * Medicare Code Editor's manifestation list says which codes must follow the
 * condition that causes them.
 */
export const dxManifestationFirst: Rule = {
  name: 'dx-manifestation-first',
  severity: 'error',
  description: 'A manifestation code (one that must follow its underlying condition) listed first.',
  check(claim, { codeSets }) {
    const first = firstListed(claim.diagnoses);
    if (!first) return NOTHING_FOUND;
    const icd = codeSets.icd10cm;
    const code = first.code.code;
    if (!isManifestation(icd, code)) return NOTHING_FOUND;

    const known = icd.get(code);
    const codeFirst = known?.notes?.codeFirst ?? [];
    const hint = codeFirst.length > 0 ? ` Its note says code first: ${codeFirst.join('; ')}.` : '';
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
  const count = entries.length;
  if (count === 0) return undefined;
  let first = entries[0];
  if (count === 1) return first;
  let firstLetter = first.letter.text;
  for (let i = 1; i < count; i++) {
    const entry = entries[i];
    const letter = entry.letter.text;
    if (letter < firstLetter) {
      first = entry;
      firstLetter = letter;
    }
  }
  return first;
}

/** Answers per code set and code: the code set canonicalises the code on every ask. */
const manifestations = new WeakMap<Icd10CodeSet, Map<string, boolean>>();
/** The year of the claim before, so that most claims skip the WeakMap. */
let lastIcd: Icd10CodeSet | undefined;
let lastAnswers: Map<string, boolean> | undefined;
/** Codes as written may be anything a coder types: keep the table from growing unbounded. */
const CACHED_CODES = 50_000;

function isManifestation(icd: Icd10CodeSet, code: string): boolean {
  let answers = lastAnswers;
  if (icd !== lastIcd || !answers) {
    answers = manifestations.get(icd);
    if (!answers) manifestations.set(icd, (answers = new Map()));
    lastIcd = icd;
    lastAnswers = answers;
  }
  let answer = answers.get(code);
  if (answer === undefined) {
    answer = icd.isManifestation(code);
    if (answers.size >= CACHED_CODES) answers.clear();
    answers.set(cacheKey(code), answer);
  }
  return answer;
}
