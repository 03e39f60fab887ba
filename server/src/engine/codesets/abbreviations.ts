/**
 * Abbreviations coders type for common diagnoses, which ICD-10-CM's titles and notes
 * never spell out as such (the alphabetic Index, not compiled here, would). Each
 * becomes the words a title uses. None is the start of a word a coder would be
 * typing, so a word typed letter by letter is not taken for one.
 */
const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    htn: 'hypertension',
    gerd: 'gastro esophageal reflux disease',
    copd: 'chronic obstructive pulmonary disease',
    chf: 'congestive heart failure',
    ckd: 'chronic kidney disease',
    uti: 'urinary tract infection',
    afib: 'atrial fibrillation',
    bph: 'benign prostatic hyperplasia',
    t2dm: 'type 2 diabetes mellitus',
  }).map(([short, long]) => [short, long.split(' ')]),
);

/** The typed words, each listed abbreviation replaced by the words it stands for. */
export function expandAbbreviations(typed: readonly string[]): string[] {
  return typed.flatMap((word) => ABBREVIATIONS.get(word) ?? [word]);
}
