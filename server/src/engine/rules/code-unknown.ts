import type { CodeSets } from '../codesets/types';
import type { Claim, CodeToken, Diagnostic } from '../model';
import { codesOf, isWellFormed, serviceDate } from './claim-codes';
import type { Rule } from './types';

/**
 * Well-formed codes that the code sets do not hold. Malformed codes are
 * `code-format`'s alone, so one mistake gives one diagnostic.
 */
export const codeUnknown: Rule = {
  name: 'code-unknown',
  severity: 'error',
  description: 'A well-formed code that the code set does not hold.',
  check(claim, { codeSets }) {
    const found: Diagnostic[] = [];
    for (const code of codesOf(claim)) {
      if (code.kind === 'npi' || !isWellFormed(code)) continue;
      const problem = unknownCode(code, claim, codeSets);
      if (problem) found.push({ rule: 'code-unknown', range: code.range, ...problem });
    }
    return found;
  },
};

type Finding = Pick<Diagnostic, 'severity' | 'message'>;

function unknownCode(code: CodeToken, claim: Claim, codeSets: CodeSets): Finding | undefined {
  const c = code.code;
  switch (code.kind) {
    case 'icd10cm':
      return codeSets.icd10cm.get(c) ? undefined : unknownDiagnosis(c, claim, codeSets);
    case 'procedure':
      if (codeSets.procedures.get(c)) return undefined;
      // Our files list the codes that CMS prices or edits, not every CPT and HCPCS
      // code, so a missing one may still be real: a warning, not an error.
      return {
        severity: 'warning',
        message:
          `${c} is not in our procedure files (${codeSets.procedures.sources.join(', ')}); ` +
          'check it against the current CPT or HCPCS code list.',
      };
    case 'modifier':
      if (codeSets.modifiers.get(c)) return undefined;
      return { severity: 'error', message: `${c} is no known CPT or HCPCS modifier.` };
    case 'taxonomy':
      if (codeSets.taxonomy.get(c)) return undefined;
      return {
        severity: 'error',
        message: `${c} is not a taxonomy code in NUCC ${codeSets.taxonomy.version}.`,
      };
    case 'pos':
      if (codeSets.placesOfService.get(c)) return undefined;
      return { severity: 'error', message: `${c} is not a CMS place of service code.` };
    case 'npi':
      return undefined;
  }
}

/**
 * A diagnosis missing from the bundled fiscal year is an error when the claim's
 * dates fall in that year. For a date outside it the code may belong to another
 * year's release, so it is a warning that says which year applies.
 */
function unknownDiagnosis(code: string, claim: Claim, codeSets: CodeSets): Finding {
  const { version, effective } = codeSets.icd10cm;
  const outside = claimDates(claim).find((d) => d < effective.from || d > effective.to);
  if (!outside) {
    return { severity: 'error', message: `${code} is not an ICD-10-CM code in ${version}.` };
  }
  return {
    severity: 'warning',
    message:
      `${code} is not in ICD-10-CM ${version}, but the date of service ${outside} falls in ` +
      `FY${fiscalYear(outside)}: load that year's ICD-10-CM files to check it.`,
  };
}

function claimDates(claim: Claim): string[] {
  const dates = claim.serviceLines.map((line) => serviceDate(claim, line));
  if (claim.dos?.from.value) dates.push(claim.dos.from.value);
  return dates.filter((d): d is string => d !== undefined);
}

/** ICD-10-CM years run from October 1: 2026-10-01 is in FY2027. */
function fiscalYear(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  return Number(isoDate.slice(5, 7)) >= 10 ? year + 1 : year;
}
