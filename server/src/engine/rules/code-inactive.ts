import type { CodeSets, Icd10CodeSet } from '../codesets/types';
import { icdReplacement, type IcdReplacement } from '../icd-replacement';
import {
  datesOutsideIcdYears,
  fiscalYearSpan,
  hasDateOutsideIcdYears,
  type DateOutsideIcdYear,
} from '../icd-year';
import { datesOfDiagnosis, icdYearFor, icdYears, yearsHolding } from '../icd-years';
import { dateOfService } from '../line-defaults';
import type { Claim, DiagnosisEntry, Diagnostic, Fix } from '../model';
import { removeModifierFix } from './claim-codes';
import { NOTHING_FOUND } from './nothing-found';
import type { Rule } from './types';

const RULE = 'code-inactive';

/**
 * Codes not in effect on the date of service:
 * - diagnoses on a claim whose dates fall outside every loaded ICD-10-CM fiscal
 *   year: said once per claim, naming the year that applies, since no code can
 *   be checked against a year whose files are not loaded; a date before
 *   2015-10-01 is said apart, since no ICD-10-CM year applies to it at all;
 * - a diagnosis that a loaded year holds but the date's year does not, naming
 *   the years it is valid in and a replacement (see `icd-replacement.ts`);
 * - HCPCS modifiers terminated before the date of service, or added after it;
 * - add-on codes whose NCCI add-on edit was deleted before the date of service.
 */
export const codeInactive: Rule = {
  name: RULE,
  severity: 'error',
  description: 'A code that is not in effect on the date of service.',
  check(claim, { codeSets }) {
    // Each check adds to `found`, made only when one finds something: most claims have
    // nothing out of date.
    let found = icdYearNotLoaded(undefined, claim, codeSets);
    found = diagnosesOutsideTheirYear(found, claim, codeSets);
    found = modifiersOutOfDate(found, claim, codeSets);
    found = deletedAddOnEdits(found, claim, codeSets);
    return found ?? NOTHING_FOUND;
  },
};

/**
 * ICD-10-CM took effect in the US for dates of service from 2015-10-01; ICD-9-CM
 * applied before. A claim dated earlier cannot be judged against any ICD-10-CM
 * year, so it gets this warning instead of one asking for that year's files.
 */
const ICD10_START = '2015-10-01';

/** What a check has found so far on the claim; undefined while nothing. */
type Found = Diagnostic[] | undefined;

function icdYearNotLoaded(found: Found, claim: Claim, codeSets: CodeSets): Found {
  if (claim.diagnoses.length === 0) return found;
  const loaded = icdYears(codeSets);
  if (!hasDateOutsideIcdYears(claim, loaded)) return found;
  const all = datesOutsideIcdYears(claim, loaded);
  const beforeIcd10 = all.find(({ date }) => date < ICD10_START);
  const outside = all.filter(({ date }) => date >= ICD10_START);
  if (beforeIcd10) {
    (found ??= []).push(beforeIcd10Diagnostic(beforeIcd10.date, beforeIcd10.token.range));
  }
  if (outside.length > 0) (found ??= []).push(yearNotLoaded(outside, loaded));
  return found;
}

function beforeIcd10Diagnostic(date: string, range: Diagnostic['range']): Diagnostic {
  return {
    rule: RULE,
    severity: 'warning',
    message:
      `The date of service ${date} is before ${ICD10_START}, when ICD-10-CM took effect in ` +
      "the US (ICD-9-CM applied before): ICD-10-CM was not yet in effect, so this claim's " +
      'diagnosis codes are not checked against any ICD-10-CM year.',
    range,
  };
}

function yearNotLoaded(outside: DateOutsideIcdYear[], loaded: readonly Icd10CodeSet[]): Diagnostic {
  const spans = loaded.map((y) => `${y.version} (${y.effective.from} to ${y.effective.to})`);
  const loadedText = loaded.length === 1 ? `only ${spans[0]} is` : `only ${spans.join(', ')} are`;
  const years = outside.map(({ fiscalYear }) => {
    const span = fiscalYearSpan(fiscalYear);
    return `FY${fiscalYear} (${span.from} to ${span.to})`;
  });
  const files = outside.map(({ fiscalYear }) => `icd10cm-order-${fiscalYear}.txt`).join(', ');
  return {
    rule: RULE,
    severity: 'warning',
    message:
      `This claim's dates of service fall in ICD-10-CM ${years.join(' and ')}, but ` +
      `${loadedText} loaded, so its diagnosis codes are not checked against the year that ` +
      `applies: that year's files are missing. Load them (${files}, from CDC/CMS) into a ` +
      "code-set folder (setting claimCoding.codeSetFolders, or the checker's --codesets DIR).",
    range: outside[0].token.range,
  };
}

/** Diagnoses that another loaded year holds but the year of a date they are billed on does not. */
function diagnosesOutsideTheirYear(found: Found, claim: Claim, codeSets: CodeSets): Found {
  if (!codeSets.icd10cmYears) return found;
  for (const dx of claim.diagnoses) {
    const code = dx.code.code;
    for (const date of datesOfDiagnosis(claim, dx.letter.text.toUpperCase())) {
      const year = icdYearFor(codeSets, date);
      if (!year || year.get(code)) continue;
      const holding = yearsHolding(codeSets, code);
      // A code no loaded year holds is code-unknown's.
      if (holding.length === 0) break;
      (found ??= []).push(inactiveDiagnosis(dx, date, year, holding));
      break;
    }
  }
  return found;
}

function inactiveDiagnosis(
  dx: DiagnosisEntry,
  date: string,
  year: Icd10CodeSet,
  holding: Icd10CodeSet[],
): Diagnostic {
  const code = dx.code.code;
  const replacement = icdReplacement(year, code);
  const validIn = holding.map((y) => y.version).join(', ');
  return {
    rule: RULE,
    severity: 'error',
    message:
      `${code} is not an ICD-10-CM code in ${year.version} (${year.effective.from} to ` +
      `${year.effective.to}), the year of the date of service ${date}; it is valid in ` +
      `${validIn}.${replacementText(year, replacement)}`,
    range: dx.code.range,
    fixes: replacement?.codes.map((c, _, all) => replaceCodeFix(dx, c, year, all.length === 1)),
  };
}

function replacementText(year: Icd10CodeSet, replacement?: IcdReplacement): string {
  if (!replacement) return '';
  const listed = replacement.codes.map((c) => `${c} (${year.get(c)?.shortTitle ?? ''})`);
  switch (replacement.source) {
    case 'addenda':
      return ` The ${year.version} addenda add in its place: ${listed.join(', ')}.`;
    case 'parent':
      return ` In ${year.version} the code to use is its parent ${listed[0]}.`;
    case 'siblings':
      return (
        ` In ${year.version}, billable codes under ${replacement.under} include: ` +
        `${listed.join(', ')}.`
      );
  }
}

function replaceCodeFix(
  dx: DiagnosisEntry,
  code: string,
  year: Icd10CodeSet,
  single: boolean,
): Fix {
  return {
    title: `Replace ${dx.code.code} with ${code} (${year.version}: ${year.get(code)?.shortTitle})`,
    // Only a single replacement is the obvious choice.
    preferred: single,
    edits: [{ range: dx.code.range, newText: code }],
  };
}

function modifiersOutOfDate(found: Found, claim: Claim, codeSets: CodeSets): Found {
  const lines = claim.serviceLines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const modifiers = line.modifiers;
    if (modifiers.length === 0) continue;
    const date = dateOfService(claim, line);
    if (!date) continue;
    for (let m = 0; m < modifiers.length; m++) {
      const written = modifiers[m];
      const modifier = codeSets.modifiers.get(written.code);
      if (modifier?.effective && date < modifier.effective) {
        (found ??= []).push({
          rule: RULE,
          severity: 'error',
          message:
            `Modifier ${written.code} was added to HCPCS on ${modifier.effective} (HCPCS ` +
            `${codeSets.versions.hcpcsModifiers}); it is not valid on ${date}.`,
          range: written.range,
          fixes: [removeModifierFix(written)],
        });
        continue;
      }
      const terminated = modifier?.terminated;
      // The termination date is the modifier's last valid day.
      if (!terminated || date <= terminated) continue;
      (found ??= []).push({
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

function deletedAddOnEdits(found: Found, claim: Claim, codeSets: CodeSets): Found {
  const lines = claim.serviceLines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const deletion = codeSets.procedures.get(line.code.code)?.addOn?.deletion;
    if (!deletion) continue;
    const date = dateOfService(claim, line);
    // Like PTP edits, a deletion date is the first day the edit no longer applies.
    if (!date || date < deletion) continue;
    (found ??= []).push({
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
