/** Claim texts the LSP tests open. */

/** The example claim of FORMAT.md, verbatim: it must give no error or warning. */
export const FORMAT_EXAMPLE = `# Right T5-T6 intercostal neurolysis for post-thoracotomy neuralgia
claim ASC-2026-0001
  payer     medicare
  patient   id P-4471  dob 1964-03-12  sex F
  billing   npi 1234567893  taxonomy 208VP0014X
  pos       24
  dos       2026-09-15

  dx A  G58.0
  dx B  G89.29

  svc 64620-RT   ptr AB  units 2  charge 1700.00

  note Procedure note
    Indication: chronic post-thoracotomy neuralgia after right lobectomy,
      refractory to gabapentin and two diagnostic intercostal blocks.
    Levels: T5, T6
    Laterality: right
    Guidance: ultrasound
    Agent: phenol 6%, 3 mL per level
    Units: 2
    Pain: pre 8/10, post 2/10
    Instructions: wound care, no heavy lifting for 48 hours.
`;

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
