import type { Claim, CodeToken, Patient, Provider, Token } from '../model';
import { clip, FieldReader } from './fields';
import { upperCase, withText } from './tokens';

const CLAIM_ID = /^[A-Za-z0-9._-]{1,30}$/;
const PATIENT_FIELDS = ['id', 'dob', 'sex'];

/** `claim ID`: the id, or undefined when the line cannot open a claim. */
export function readClaimId(fields: FieldReader): Token | undefined {
  const id = fields.value('a claim id');
  if (!id) return undefined;
  if (!CLAIM_ID.test(id.text)) {
    fields.report(
      id.range,
      `\`${clip(id.text)}\` is not a claim id: use 1-30 of A-Z, a-z, 0-9, '.', '_' and '-'.`,
    );
  }
  fields.rejectRest('`claim` takes one id');
  return id;
}

export function readPayer(fields: FieldReader): Token | undefined {
  const name = fields.value('a payer profile name such as `medicare`');
  fields.rejectRest('`payer` takes one profile name');
  return name && withText(name, name.text.toLowerCase());
}

/** `patient [id ID] dob DATE sex M|F|U`, fields in any order. */
export function readPatient(fields: FieldReader): Patient {
  const patient: Patient = { keyword: fields.keyword, range: fields.lineRange() };
  while (!fields.done) {
    const name = fields.nextName();
    if (fields.repeated(name, PATIENT_FIELDS)) {
      fields.report(fields.field().range, `\`${name}\` is given twice on this line.`);
    }
    if (name === 'id') {
      patient.id = fields.value('an opaque patient id');
    } else if (name === 'dob') {
      patient.dob = fields.dateSpan()?.from;
    } else if (name === 'sex') {
      const sex = fields.value('M, F or U');
      if (sex && !isSex(sex.text)) {
        fields.report(sex.range, `Sex is M, F or U, not \`${clip(sex.text)}\`.`);
      }
      if (sex) patient.sex = withText(sex, upperCase(sex.text));
    } else {
      const field = fields.field();
      fields.report(
        field.range,
        `\`${clip(field.text)}\` is not a patient field: use id, dob, sex.`,
      );
    }
  }
  if (!fields.named('dob', PATIENT_FIELDS))
    fields.report(fields.keyword.range, '`patient` needs `dob YYYY-MM-DD`.');
  if (!fields.named('sex', PATIENT_FIELDS))
    fields.report(fields.keyword.range, '`patient` needs `sex M|F|U`.');
  return patient;
}

/** `billing npi NPI [taxonomy CODE]` and the same for `rendering`. */
export function readProvider(fields: FieldReader): Provider {
  const provider: Provider = { keyword: fields.keyword, range: fields.lineRange() };
  while (!fields.done) {
    const name = fields.nextName();
    if (name === 'npi' && !provider.npi) {
      const npi = fields.code('npi', 'a 10-digit NPI');
      if (npi) provider.npi = npi;
    } else if (name === 'taxonomy' && !provider.taxonomy) {
      const taxonomy = fields.code('taxonomy', 'a NUCC taxonomy code such as 208VP0014X');
      if (taxonomy) provider.taxonomy = taxonomy;
    } else if (name === 'npi' || name === 'taxonomy') {
      fields.report(fields.field().range, `\`${name}\` is given twice on this line.`);
      fields.skip();
    } else {
      const field = fields.field();
      fields.report(
        field.range,
        `\`${clip(field.text)}\` is not a provider field: use npi, taxonomy.`,
      );
    }
  }
  if (!provider.npi) {
    fields.report(
      fields.keyword.range,
      `\`${fields.keyword.text}\` needs \`npi\` and a 10-digit NPI.`,
    );
  }
  return provider;
}

export function readPlaceOfService(fields: FieldReader): CodeToken | undefined {
  const code = fields.code('pos', 'a two-digit place of service code');
  fields.rejectRest('`pos` takes one code');
  return code;
}

export function readDates(fields: FieldReader): Claim['dos'] {
  const span = fields.dateSpan();
  fields.rejectRest('`dos` takes a date, or `DATE to DATE`');
  return span;
}

/** M, F or U, in either case. */
function isSex(text: string): boolean {
  if (text.length !== 1) return false;
  const letter = text.charCodeAt(0) & ~32; // upper case, for ASCII letters
  return letter === 77 || letter === 70 || letter === 85;
}
