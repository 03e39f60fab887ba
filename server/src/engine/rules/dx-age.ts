import { ageOn } from '../line-defaults';
import type { Claim, Diagnostic } from '../model';
import type { Rule } from './types';

/**
 * A diagnosis whose Medicare Code Editor age edit does not fit the patient's
 * age on the date of service: newborn 0, pediatric 0-17, maternity 9-64,
 * adult 15-124 (whole years). Silent without a birth date or a date of service.
 * Also a date of service before the birth date, once per claim: no age edit can
 * be judged then, and the claim cannot be right.
 */
export const dxAge: Rule = {
  name: 'dx-age',
  severity: 'error',
  description: "A diagnosis whose age edit does not fit the patient's age on the date of service.",
  check(claim, { codeSets }) {
    const birth = claim.patient?.dob?.value;
    const beforeBirth = dateBeforeBirth(claim, birth);
    if (beforeBirth) return [beforeBirth];
    const date = firstDateOfService(claim);
    const age = ageOn(birth, date);
    if (age === undefined || age < 0) return [];

    const icd = codeSets.icd10cm;
    return claim.diagnoses.flatMap((entry) => {
      const edit = icd.ageEdit(entry.code.code);
      if (!edit || (age >= edit.minAge && age <= edit.maxAge)) return [];
      const title = icd.get(entry.code.code)?.longTitle;
      return [
        {
          rule: 'dx-age',
          severity: 'error' as const,
          message:
            `${entry.code.code}${title ? ` ${title}` : ''} is a ${edit.category} diagnosis ` +
            `(ages ${edit.minAge}-${edit.maxAge}) but the patient is ${age} on ${date} ` +
            '(Medicare Code Editor age edit).',
          range: entry.code.range,
        },
      ];
    });
  },
};

/** The first date of service (claim, then lines) before the patient's birth date. */
function dateBeforeBirth(claim: Claim, birth: string | undefined): Diagnostic | undefined {
  if (!birth) return undefined;
  const tokens = [claim.dos?.from, ...claim.serviceLines.map((line) => line.dos?.from)];
  const token = tokens.find((t) => t?.value !== undefined && t.value < birth);
  if (!token) return undefined;
  return {
    rule: 'dx-age',
    severity: 'error',
    message: `The date of service ${token.value} is before the patient's date of birth ${birth}.`,
    range: token.range,
  };
}

/** The claim's date of service, or the earliest line date when the claim has none. */
function firstDateOfService(claim: Claim): string | undefined {
  if (claim.dos?.from.value) return claim.dos.from.value;
  const dates = claim.serviceLines
    .map((line) => line.dos?.from.value)
    .filter((date): date is string => date !== undefined)
    .sort();
  return dates[0];
}
