import type { CodeSets } from '../codesets/types';
import { icdFiscalYear } from '../icd-year';
import { icdYearFor, icdYears, yearsHolding } from '../icd-years';
import type { Claim, CodeToken, Diagnostic } from '../model';
import { codesOf, malformedCodesOf, serviceDate } from './claim-codes';
import { NOTHING_FOUND } from './nothing-found';
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
    const codes = codesOf(claim);
    // Malformed codes are code-format's: the claim's list of them is shared with it.
    const malformed = malformedCodesOf(claim);
    let found: Diagnostic[] | undefined;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i];
      if (code.kind === 'npi') continue;
      if (malformed.length > 0 && malformed.includes(code)) continue;
      if (isKnown(code, codeSets)) continue;
      const problem = unknownCode(code, claim, codeSets);
      if (problem) (found ??= []).push(unknownFinding(code, problem, codeSets));
    }
    return found ?? NOTHING_FOUND;
  },
};

/**
 * Whether the code sets hold the code: the answer for nearly every code, so it is
 * asked before anything that builds a finding.
 */
function isKnown(code: CodeToken, codeSets: CodeSets): boolean {
  const c = code.code;
  switch (code.kind) {
    case 'icd10cm':
      return !!codeSets.icd10cm.get(c);
    case 'procedure':
      return !!codeSets.procedures.get(c);
    case 'modifier':
      return !!codeSets.modifiers.get(c);
    case 'taxonomy':
      return !!codeSets.taxonomy.get(c);
    case 'pos':
      return !!codeSets.placesOfService.get(c);
    case 'npi':
      return true;
  }
}

function unknownFinding(code: CodeToken, problem: Finding, codeSets: CodeSets): Diagnostic {
  const placeholder = code.kind === 'icd10cm' ? withPlaceholder(code.code, codeSets) : undefined;
  const range = code.range;
  if (!placeholder) return { rule: 'code-unknown', range, ...problem };
  return {
    rule: 'code-unknown',
    range,
    severity: problem.severity,
    message:
      `${problem.message} Did you mean ${placeholder}? A 7th character needs the ` +
      'placeholder X in the places before it.',
    fixes: [
      {
        title: `Replace ${code.code} with ${placeholder}`,
        preferred: true,
        edits: [{ range, newText: placeholder }],
      },
    ],
  };
}

type Finding = Pick<Diagnostic, 'severity' | 'message'>;

/**
 * `S22.31A` written for `S22.31XA`: a 7th character (the encounter) always stands in
 * the 7th place, with the placeholder X filling the places a shorter code leaves.
 */
function withPlaceholder(code: string, codeSets: CodeSets): string | undefined {
  const bare = code.replace('.', '');
  const seventh = bare[bare.length - 1];
  if (bare.length < 4 || bare.length >= 7 || !/[A-Z]/.test(seventh)) return undefined;
  const padded = bare.slice(0, -1).padEnd(6, 'X') + seventh;
  const candidate = `${padded.slice(0, 3)}.${padded.slice(3)}`;
  return codeSets.icd10cm.get(candidate)?.billable ? candidate : undefined;
}

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
 * A diagnosis missing from the claim's fiscal year is an error when every date of
 * the claim falls in a loaded year. When a date falls in a year whose files are not
 * loaded, the code may belong to that year's release, so it is a warning that says
 * which year applies. A code another loaded year holds is `code-inactive`'s.
 */
function unknownDiagnosis(code: string, claim: Claim, codeSets: CodeSets): Finding | undefined {
  if (codeSets.icd10cmYears && yearsHolding(codeSets, code).length > 0) return undefined;
  const dates = claimDates(claim);
  const outside = dates.find((d) => !icdYearFor(codeSets, d));
  if (!outside) {
    const years = new Set(dates.map((d) => icdYearFor(codeSets, d)?.version));
    const version = years.size > 0 ? [...years].join(' and ') : codeSets.icd10cm.version;
    return { severity: 'error', message: `${code} is not an ICD-10-CM code in ${version}.` };
  }
  const loaded = icdYears(codeSets)
    .map((year) => year.version)
    .join(', ');
  if (outside < ICD10CM_START) {
    return {
      severity: 'warning',
      message:
        `${code} is not in ICD-10-CM ${loaded}; the date of service ${outside} is before ` +
        `ICD-10-CM took effect (${ICD10CM_START}), so code-inactive speaks for this claim.`,
    };
  }
  return {
    severity: 'warning',
    message:
      `${code} is not in ICD-10-CM ${loaded}, but the date of service ${outside} falls in ` +
      `FY${icdFiscalYear(outside)}, whose files are not loaded: load that year's ICD-10-CM ` +
      'files to check it.',
  };
}

/** The first date of service coded in ICD-10-CM in the US; ICD-9-CM applied before. */
const ICD10CM_START = '2015-10-01';

function claimDates(claim: Claim): string[] {
  const dates = claim.serviceLines.map((line) => serviceDate(claim, line));
  if (claim.dos?.from.value) dates.push(claim.dos.from.value);
  return dates.filter((d): d is string => d !== undefined);
}
