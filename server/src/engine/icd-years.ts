/**
 * Choosing the ICD-10-CM year by date of service when several are loaded (the
 * bundled year and the user's code-set folders). Each date uses the fiscal year
 * that covers it; rules, hover and completion see a `CodeSets` whose `icd10cm`
 * is that year. With one year loaded every function here returns its input, so
 * the common case costs a date comparison.
 */
import type { CodeSets, Icd10CodeSet } from './codesets/types';
import { icdFiscalYear, icdYearCovers } from './icd-year';
import type { Claim, ClaimFile } from './model';

/** Every loaded year, oldest first. */
export function icdYears(codeSets: CodeSets): readonly Icd10CodeSet[] {
  const years = codeSets.icd10cmYears;
  if (years) return years;
  // Rules ask per claim: the list of the one year is made once, not per call.
  const only = codeSets.icd10cm;
  if (only !== lastOnlyYear) {
    lastOnlyYear = only;
    lastOnlyYearList = Object.freeze([only]);
  }
  return lastOnlyYearList;
}

let lastOnlyYear: Icd10CodeSet | undefined;
let lastOnlyYearList: readonly Icd10CodeSet[] = [];

/** The loaded year whose dates cover `date`, or undefined when its files are not loaded. */
export function icdYearFor(codeSets: CodeSets, date: string): Icd10CodeSet | undefined {
  if (icdYearCovers(codeSets.icd10cm, date)) return codeSets.icd10cm;
  const years = codeSets.icd10cmYears;
  if (!years) return undefined;
  for (let i = 0; i < years.length; i++) if (icdYearCovers(years[i], date)) return years[i];
  return undefined;
}

/** The year covering `date`, else the loaded year nearest to it (the default without a date). */
export function icdYearNearest(codeSets: CodeSets, date: string | undefined): Icd10CodeSet {
  if (!date) return codeSets.icd10cm;
  const covering = icdYearFor(codeSets, date);
  if (covering) return covering;
  const wanted = icdFiscalYear(date);
  let best = codeSets.icd10cm;
  for (const year of icdYears(codeSets)) {
    if (distance(year, wanted) < distance(best, wanted)) best = year;
  }
  return best;
}

function distance(year: Icd10CodeSet, fiscalYear: number): number {
  return Math.abs(icdFiscalYear(year.effective.from) - fiscalYear);
}

/**
 * The code sets with `icd10cm` set to the year of `date`; the same object when it
 * already is, and one object per year (so that results kept per code sets hold).
 */
export function codeSetsForDate(codeSets: CodeSets, date: string | undefined): CodeSets {
  if (!codeSets.icd10cmYears) return codeSets;
  const year = icdYearNearest(codeSets, date);
  if (year === codeSets.icd10cm) return codeSets;
  let views = yearViews.get(codeSets);
  if (!views) yearViews.set(codeSets, (views = new Map()));
  let view = views.get(year);
  if (!view) {
    const versions = { ...codeSets.versions, icd10cm: year.version };
    view = { ...codeSets, icd10cm: year, versions };
    views.set(year, view);
  }
  return view;
}

const yearViews = new WeakMap<CodeSets, Map<Icd10CodeSet, CodeSets>>();

/** The claim's first date of service as written: the claim's own, else its first line's. */
export function claimDate(claim: Claim): string | undefined {
  if (claim.dos?.from.value) return claim.dos.from.value;
  const lines = claim.serviceLines;
  for (let i = 0; i < lines.length; i++) {
    const date = lines[i].dos?.from.value;
    if (date) return date;
  }
  return undefined;
}

/** The code sets for a claim: its diagnoses are read in the year of its first date. */
export function codeSetsForClaim(codeSets: CodeSets, claim: Claim): CodeSets {
  // With one year loaded there is nothing to choose: the claim's date is not read.
  if (!codeSets.icd10cmYears) return codeSets;
  return codeSetsForDate(codeSets, claimDate(claim));
}

/** The code sets for a position in a file: the year of the claim around `line`, if any. */
export function codeSetsAtLine(codeSets: CodeSets, file: ClaimFile, line: number): CodeSets {
  if (!codeSets.icd10cmYears) return codeSets;
  const claim = file.claims.find((c) => c.range.start.line <= line && line <= c.range.end.line);
  return claim ? codeSetsForClaim(codeSets, claim) : codeSets;
}

/** The loaded years that hold `code` (header or billable), oldest first. */
export function yearsHolding(codeSets: CodeSets, code: string): Icd10CodeSet[] {
  const years = icdYears(codeSets);
  const holding: Icd10CodeSet[] = [];
  for (let i = 0; i < years.length; i++) {
    if (years[i].get(code) !== undefined) holding.push(years[i]);
  }
  return holding;
}

/**
 * The dates of service a diagnosis is billed on: those of the lines that point to
 * it, or, when no line does, every date on the claim.
 */
export function datesOfDiagnosis(claim: Claim, letter: string): string[] {
  const dates = new Set<string>();
  for (const line of claim.serviceLines) {
    if (!line.pointers.some((p) => p.letter === letter)) continue;
    const date = (line.dos ?? claim.dos)?.from.value;
    if (date) dates.add(date);
  }
  if (dates.size > 0) return [...dates];
  if (claim.dos?.from.value) dates.add(claim.dos.from.value);
  for (const line of claim.serviceLines) {
    if (line.dos?.from.value) dates.add(line.dos.from.value);
  }
  return [...dates];
}
