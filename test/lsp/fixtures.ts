/** Claim texts the LSP tests open. */
import { formatExample } from '../engine/format-example';

/** The example claim of FORMAT.md, verbatim: it must give no error or warning. */
export const FORMAT_EXAMPLE = formatExample;

/** Words from FORMAT_EXAMPLE that identify the patient or quote the note: never logged. */
export const PATIENT_WORDS = ['P-4471', '1964-03-12', 'lobectomy', 'gabapentin', 'ASC-2026-0001'];

/** The example with its second diagnosis replaced by a header code. */
export const NOT_BILLABLE = FORMAT_EXAMPLE.replace('dx B  G89.29', 'dx B  G89.2');

/** A claim cut short: lines to complete after, one at a time. */
export function claimEndingWith(line: string): string {
  return `claim C-1
  payer     medicare
  patient   dob 1964-03-12  sex F
  billing   npi 1234567893
  pos       24
  dos       2026-09-15
  ${line}`;
}
