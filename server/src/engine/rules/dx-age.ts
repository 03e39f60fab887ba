import type { Icd10CodeSet } from '../codesets/types';
import { ageOn } from '../line-defaults';
import type { Claim, DateToken, DiagnosisEntry, Diagnostic } from '../model';
import { NOTHING_FOUND } from './nothing-found';
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
    if (!birth) return NOTHING_FOUND;
    const beforeBirth = dateBeforeBirth(claim, birth);
    if (beforeBirth) return [bornAfter(beforeBirth, birth)];

    // Few diagnoses carry an age edit: the patient's age is worked out for the first one.
    const icd = codeSets.icd10cm;
    const diagnoses = claim.diagnoses;
    let date: string | undefined;
    let age: number | undefined;
    let found: Diagnostic[] | undefined;
    for (let i = 0; i < diagnoses.length; i++) {
      const entry = diagnoses[i];
      const edit = icd.ageEdit(entry.code.code);
      if (!edit) continue;
      if (age === undefined) {
        date = firstDateOfService(claim);
        age = ageOn(birth, date);
        if (age === undefined || age < 0) return NOTHING_FOUND;
      }
      if (age >= edit.minAge && age <= edit.maxAge) continue;
      (found ??= []).push(ageMismatch(icd, entry, edit, age, date!));
    }
    return found ?? NOTHING_FOUND;
  },
};

type AgeEdit = NonNullable<ReturnType<Icd10CodeSet['ageEdit']>>;

function ageMismatch(
  icd: Icd10CodeSet,
  entry: DiagnosisEntry,
  edit: AgeEdit,
  age: number,
  date: string,
): Diagnostic {
  const title = icd.get(entry.code.code)?.longTitle;
  return {
    rule: 'dx-age',
    severity: 'error',
    message:
      `${entry.code.code}${title ? ` ${title}` : ''} is a ${edit.category} diagnosis ` +
      `(ages ${edit.minAge}-${edit.maxAge}) but the patient is ${age} on ${date} ` +
      '(Medicare Code Editor age edit).',
    range: entry.code.range,
  };
}

/** The first date of service (claim, then lines) before the patient's birth date. */
function dateBeforeBirth(claim: Claim, birth: string): DateToken | undefined {
  const from = claim.dos?.from;
  if (from?.value !== undefined && from.value < birth) return from;
  const lines = claim.serviceLines;
  for (let i = 0; i < lines.length; i++) {
    const lineFrom = lines[i].dos?.from;
    if (lineFrom?.value !== undefined && lineFrom.value < birth) return lineFrom;
  }
  return undefined;
}

function bornAfter(token: DateToken, birth: string): Diagnostic {
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
  let first: string | undefined;
  const lines = claim.serviceLines;
  for (let i = 0; i < lines.length; i++) {
    const date = lines[i].dos?.from.value;
    if (date !== undefined && (first === undefined || date < first)) first = date;
  }
  return first;
}
