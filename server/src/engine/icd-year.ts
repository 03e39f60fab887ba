/**
 * Which ICD-10-CM fiscal year a date of service falls in, and whether the
 * loaded code set covers it. A fiscal year runs October 1 to September 30 and
 * is named for the year it ends in: 2026-10-01 is FY2027.
 *
 * `code-inactive` says once per claim when its dates fall outside every loaded
 * year; `code-unknown` lowers itself to a warning for such a claim, because a
 * code unknown to the loaded years may well exist in the year that applies.
 * Choosing among several loaded years is `icd-years.ts`.
 */
import type { Icd10CodeSet } from './codesets/types';
import type { Claim, DateToken } from './model';

/** The fiscal year of an ISO date: `2026-10-01` gives 2027. */
export function icdFiscalYear(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month >= 10 ? year + 1 : year;
}

/** First and last date of a fiscal year, ISO. */
export function fiscalYearSpan(fiscalYear: number): { from: string; to: string } {
  return { from: `${fiscalYear - 1}-10-01`, to: `${fiscalYear}-09-30` };
}

export function icdYearCovers(icd: Icd10CodeSet, date: string): boolean {
  return date >= icd.effective.from && date <= icd.effective.to;
}

export interface DateOutsideIcdYear {
  /** The first date written on the claim that falls in this fiscal year. */
  token: DateToken;
  date: string;
  fiscalYear: number;
}

/**
 * The claim's dates of service (claim and line `dos`, first dates) that the
 * loaded ICD-10-CM year does not cover, one per fiscal year, in claim order.
 */
export function datesOutsideIcdYear(claim: Claim, icd: Icd10CodeSet): DateOutsideIcdYear[] {
  return datesOutsideIcdYears(claim, [icd]);
}

/** The same against several loaded years: the dates that none of them covers. */
export function datesOutsideIcdYears(
  claim: Claim,
  years: readonly Icd10CodeSet[],
): DateOutsideIcdYear[] {
  const found: DateOutsideIcdYear[] = [];
  addOutside(found, claim.dos?.from, years);
  const lines = claim.serviceLines;
  for (let i = 0; i < lines.length; i++) addOutside(found, lines[i].dos?.from, years);
  return found;
}

/** Adds the token's date when no year covers it and its fiscal year is not in `found` yet. */
function addOutside(
  found: DateOutsideIcdYear[],
  token: DateToken | undefined,
  years: readonly Icd10CodeSet[],
): void {
  const date = token?.value;
  if (!token || !date || coveredByAny(years, date)) return;
  const fiscalYear = icdFiscalYear(date);
  for (let i = 0; i < found.length; i++) {
    const other = found[i].fiscalYear;
    // Compared as the Map keys of before were (SameValueZero: NaN matches NaN).
    if (other === fiscalYear || (other !== other && fiscalYear !== fiscalYear)) return;
  }
  found.push({ token, date, fiscalYear });
}

/**
 * Whether `datesOutsideIcdYears` finds anything, without building its answer: every
 * claim is asked, and nearly every claim's dates fall in a loaded year.
 */
export function hasDateOutsideIcdYears(claim: Claim, years: readonly Icd10CodeSet[]): boolean {
  const date = claim.dos?.from.value;
  if (date && !coveredByAny(years, date)) return true;
  const lines = claim.serviceLines;
  for (let i = 0; i < lines.length; i++) {
    const lineDate = lines[i].dos?.from.value;
    if (lineDate && !coveredByAny(years, lineDate)) return true;
  }
  return false;
}

function coveredByAny(years: readonly Icd10CodeSet[], date: string): boolean {
  for (let i = 0; i < years.length; i++) if (icdYearCovers(years[i], date)) return true;
  return false;
}

/** Whether any date of service on the claim falls outside the loaded ICD-10-CM year. */
export function claimOutsideIcdYear(claim: Claim, icd: Icd10CodeSet): boolean {
  return datesOutsideIcdYear(claim, icd).length > 0;
}
