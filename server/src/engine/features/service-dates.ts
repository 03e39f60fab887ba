/**
 * Whether a file's dates of service fall inside the ICD-10-CM years loaded.
 * ICD-10-CM is released per fiscal year (FY2026: 2025-10-01 to 2026-09-30); a
 * date no loaded year covers is coded against a release we do not hold. The
 * status bar warns about such dates.
 */
import type { CodeSets, Icd10CodeSet } from '../codesets/types';
import { icdYearFor, icdYears } from '../icd-years';
import type { ClaimFile, DateToken } from '../model';

export interface DateCoverage {
  /** `ICD-10-CM FY2026`; with several years loaded, those the file's dates fall in. */
  label: string;
  /** First and last date of the years in `label`. */
  from: string;
  to: string;
  /** Dates of service (claim or line) that no loaded year covers, each once, in file order. */
  outside: { date: string; line: number }[];
  /** How many dates of service the file gives. */
  dates: number;
}

export function serviceDateCoverage(file: ClaimFile, codeSets: CodeSets): DateCoverage {
  const found: DateToken[] = [];
  for (const claim of file.claims) {
    const spans = [claim.dos, ...claim.serviceLines.map((line) => line.dos)];
    for (const span of spans) {
      if (!span) continue;
      found.push(span.from);
      if (span.to) found.push(span.to);
    }
  }

  // With several ICD-10-CM years loaded, the label names those the file's dates use.
  const inUse = new Set<Icd10CodeSet>();
  const seen = new Set<string>();
  const outside: DateCoverage['outside'] = [];
  for (const token of found) {
    const date = token.value;
    if (!date) continue;
    const year = icdYearFor(codeSets, date);
    if (year) inUse.add(year);
    if (year || seen.has(date)) continue;
    seen.add(date);
    outside.push({ date, line: token.range.start.line });
  }
  const years = icdYears(codeSets).filter((year) => inUse.has(year));
  if (years.length === 0) years.push(codeSets.icd10cm);
  return {
    label: `ICD-10-CM ${years.map((year) => year.version).join(', ')}`,
    from: years[0].effective.from,
    to: years[years.length - 1].effective.to,
    outside,
    dates: found.filter((token) => token.value).length,
  };
}
