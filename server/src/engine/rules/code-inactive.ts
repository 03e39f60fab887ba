import type { CodeSets } from '../codesets/types';
import { datesOutsideIcdYear, fiscalYearSpan, icdFiscalYear } from '../icd-year';
import { dateOfService } from '../line-defaults';
import type { Claim, Diagnostic } from '../model';
import { removeModifierFix } from './claim-codes';
import type { Rule } from './types';

const RULE = 'code-inactive';

/**
 * Codes not in effect on the date of service:
 * - diagnoses on a claim whose dates fall outside the loaded ICD-10-CM fiscal
 *   year: said once per claim, naming the year that applies, since no code can
 *   be checked against a year whose files are not loaded;
 * - HCPCS modifiers terminated before the date of service;
 * - add-on codes whose NCCI add-on edit was deleted before the date of service.
 * TODO: with several ICD-10-CM years loaded (issue 8), name the years a code is
 * valid in and its replacement; today only the bundled year is known.
 */
export const codeInactive: Rule = {
  name: RULE,
  severity: 'error',
  description: 'A code that is not in effect on the date of service.',
  check(claim, { codeSets }) {
    return [
      ...icdYearNotLoaded(claim, codeSets),
      ...terminatedModifiers(claim, codeSets),
      ...deletedAddOnEdits(claim, codeSets),
    ];
  },
};

function icdYearNotLoaded(claim: Claim, codeSets: CodeSets): Diagnostic[] {
  if (claim.diagnoses.length === 0) return [];
  const icd = codeSets.icd10cm;
  const outside = datesOutsideIcdYear(claim, icd);
  if (outside.length === 0) return [];

  const loaded = `FY${icdFiscalYear(icd.effective.from)}`;
  const years = outside.map(({ fiscalYear }) => {
    const span = fiscalYearSpan(fiscalYear);
    return `FY${fiscalYear} (${span.from} to ${span.to})`;
  });
  const files = outside.map(({ fiscalYear }) => `icd10cm-order-${fiscalYear}.txt`).join(', ');
  return [
    {
      rule: RULE,
      severity: 'warning',
      message:
        `This claim's dates of service fall in ICD-10-CM ${years.join(' and ')}, but only ` +
        `${loaded} (${icd.effective.from} to ${icd.effective.to}) is loaded, so its diagnosis ` +
        `codes are not checked against the year that applies. Load that year's files ` +
        `(${files}) from CDC/CMS into the code-set folder (setting, or the checker's ` +
        '--codesets DIR).',
      range: outside[0].token.range,
    },
  ];
}

function terminatedModifiers(claim: Claim, codeSets: CodeSets): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const line of claim.serviceLines) {
    const date = dateOfService(claim, line);
    if (!date) continue;
    for (const written of line.modifiers) {
      const terminated = codeSets.modifiers.get(written.code)?.terminated;
      // The termination date is the modifier's last valid day.
      if (!terminated || date <= terminated) continue;
      found.push({
        rule: RULE,
        severity: 'error',
        message:
          `Modifier ${written.code} was terminated on ${terminated} (HCPCS ` +
          `${codeSets.versions.hcpcsModifiers}); it is not valid on ${date}.`,
        range: written.range,
        fixes: [removeModifierFix(written)],
      });
    }
  }
  return found;
}

function deletedAddOnEdits(claim: Claim, codeSets: CodeSets): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const line of claim.serviceLines) {
    const date = dateOfService(claim, line);
    const deletion = codeSets.procedures.get(line.code.code)?.addOn?.deletion;
    // Like PTP edits, a deletion date is the first day the edit no longer applies.
    if (!date || !deletion || date < deletion) continue;
    found.push({
      rule: RULE,
      severity: 'warning',
      message:
        `The NCCI add-on code edit for ${line.code.code} was deleted as of ${deletion} ` +
        `(add-on edits ${codeSets.versions.addOn}): check that ${line.code.code} is still ` +
        `reported on ${date}.`,
      range: line.code.range,
    });
  }
  return found;
}
