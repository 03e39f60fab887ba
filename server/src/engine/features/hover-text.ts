/**
 * The words hover and completion show, in one table that reads like a coder's
 * reference card. Meanings of indicator values follow the CMS fee-schedule RVU
 * file documentation and the NCCI file layouts (see ../shared/codesets/README.md).
 */

/** One line of help per statement keyword. */
export const KEYWORD_HELP: Record<string, string> = {
  claim: '`claim ID` opens a claim; every statement up to the next `claim` line belongs to it.',
  payer: '`payer NAME` names the payer profile whose rules apply (medicare, medicaid, aetna, ...).',
  patient: '`patient [id ID] dob DATE sex M|F|U`: the patient, without names (boxes 1a, 3).',
  billing: '`billing npi NPI [taxonomy CODE]`: the billing provider (box 33).',
  rendering: '`rendering npi NPI [taxonomy CODE]`: the rendering provider (box 24J).',
  pos: '`pos CODE`: the two-digit CMS place of service, the default for every line (box 24B).',
  dos: '`dos DATE [to DATE]`: the default date(s) of service, `YYYY-MM-DD` (box 24A).',
  dx: '`dx LETTER CODE`: a diagnosis, letters A-L, an ICD-10-CM code (box 21). A is first-listed.',
  svc:
    '`svc CODE[-MOD]... [ptr LETTERS] [units N] [charge AMOUNT] [dos DATE] [pos CODE] ' +
    '[npi NPI]`: one service line (box 24).',
  note: '`note [TITLE]` starts the procedure note; its body is the lines indented deeper.',
};

/** One line of help per field, keyed `statement.field`. */
export const FIELD_HELP: Record<string, string> = {
  'patient.id': 'An opaque patient id (no names, no SSN).',
  'patient.dob': 'Date of birth, `YYYY-MM-DD`; age edits use it.',
  'patient.sex': 'Sex: `M`, `F` or `U` (unknown); sex edits use it.',
  'billing.npi': 'The billing provider NPI: ten digits with a Luhn check digit.',
  'billing.taxonomy': 'The NUCC taxonomy code of the billing provider (box 33b qualifier PXC).',
  'rendering.npi': 'The rendering provider NPI: ten digits with a Luhn check digit.',
  'rendering.taxonomy': 'The NUCC taxonomy code of the rendering provider.',
  'dos.to': 'The last date of service of a span.',
  'svc.ptr': 'Diagnosis pointers: one to four letters of `dx` lines, primary first (box 24E).',
  'svc.units': 'Units of service, a whole number from 1; absent means 1 (box 24G).',
  'svc.charge': 'The line charge, two decimals, `$` optional (box 24F).',
  'svc.dos': "This line's date(s) of service, overriding the claim's `dos`.",
  'svc.pos': "This line's place of service, overriding the claim's `pos`.",
  'svc.npi': "This line's rendering NPI, overriding the claim's `rendering`.",
  'svc.to': 'The last date of service of the span.',
};

/** How a payer profile wants bilateral procedures reported (data/payers/profiles.json). */
export const BILATERAL_CONVENTION_TEXT: Record<string, string> = {
  'modifier-50': 'one line with 50 and 1 unit (codes with bilateral indicator 1)',
  'rt-lt-lines': 'one line per side with RT and LT, never 50',
  any: 'either 50 or RT and LT lines',
};

/** How a payer profile wants a distinct service marked. */
export const DISTINCT_CONVENTION_TEXT: Record<string, string> = {
  '59': '59',
  'x-modifiers': 'XE, XS, XP or XU instead of 59',
  any: '59 or XE, XS, XP, XU',
};

export const PAYER_TEXT = {
  bilateral: 'Bilateral procedures',
  distinct: 'Distinct services',
  source: 'Source',
  unknown: (name: string) =>
    `No payer profile named \`${name}\`: built-in are medicare, medicaid, aetna, bcbs, ` +
    'cigna and uhc; more come from the payer-profile file in settings.',
};

export const SEX_VALUES: Record<string, string> = {
  M: 'Male',
  F: 'Female',
  U: 'Unknown',
};

/** Documentation elements a procedure note carries, with what each should say. */
export const DOCUMENTATION_LABELS: Record<string, { label: string; help: string }> = {
  indication: {
    label: 'Indication',
    help: 'Why the procedure was done: the diagnosis and what failed before (medical necessity).',
  },
  levels: {
    label: 'Levels',
    help: 'The nerve levels treated, e.g. `T5, T6`; must agree with units.',
  },
  laterality: {
    label: 'Laterality',
    help: 'right, left or bilateral; must agree with RT, LT or 50 on the line.',
  },
  guidance: { label: 'Guidance', help: 'The imaging used: ultrasound, fluoroscopy or CT.' },
  agent: {
    label: 'Agent',
    help: 'The neurolytic agent or energy: phenol, alcohol, radiofrequency, cryoablation; dose.',
  },
  units: { label: 'Units', help: 'Total units billed; must agree with the service lines.' },
  pain: { label: 'Pain', help: 'Pain scores before and after, e.g. `pre 8/10, post 2/10`.' },
  instructions: {
    label: 'Instructions',
    help: 'Post-procedure instructions: wound care, activity, follow-up.',
  },
  consent: { label: 'Consent', help: 'Informed consent obtained, risks and benefits discussed.' },
  sedation: { label: 'Sedation', help: 'Sedation given, if any, and who monitored it.' },
  complications: { label: 'Complications', help: 'Complications, or `none`.' },
};

/** The answers a documentation element usually takes, for completion after its label. */
export const LABEL_VALUES: Record<string, string[]> = {
  laterality: ['right', 'left', 'bilateral'],
  guidance: ['ultrasound', 'fluoroscopy', 'CT'],
  agent: ['phenol', 'alcohol', 'radiofrequency', 'pulsed radiofrequency', 'cryoablation'],
  complications: ['none'],
};

/** ICD-10-CM tabular notes, as the tabular list names them. */
export const TABULAR_NOTE_HEADINGS = {
  inclusionTerms: 'Inclusion terms',
  includes: 'Includes',
  excludes1: 'Excludes1 (never together with this code)',
  excludes2: 'Excludes2 (not included here; both may be coded)',
  codeFirst: 'Code first',
  useAdditionalCode: 'Use additional code',
} as const;

export const ICD_TEXT = {
  billable: 'Billable: valid for claims.',
  header: 'Header, not billable: report one of the codes below it.',
  billableChildren: 'Billable codes under it',
  parents: 'Within',
  notesFrom: (code: string) => `from ${code}`,
  unknown: (code: string) => `${code} is not in ICD-10-CM.`,
  source: (version: string) => `ICD-10-CM ${version}`,
};

/** Fee-schedule status (PFS `status_code`). */
export const STATUS_TEXT: Record<string, string> = {
  A: 'active, paid under the fee schedule',
  B: 'bundled: payment is always in another service',
  C: 'priced by the contractor',
  D: 'deleted',
  E: 'excluded from the fee schedule by regulation',
  I: 'not valid for Medicare; another code applies',
  M: 'measurement code, used for reporting only',
  N: 'not covered by Medicare',
  P: 'bundled or excluded',
  R: 'restricted coverage',
  T: 'paid only when no other service is paid that day',
  X: 'excluded by statute',
};

export const GLOBAL_DAYS_TEXT: Record<string, string> = {
  '000': '0 days: the day of the procedure only',
  '010': '10 days after the procedure (minor procedure)',
  '090': '90 days after, and the day before (major procedure)',
  MMM: 'maternity global rules',
  XXX: 'the global concept does not apply',
  YYY: 'the contractor sets the global period',
  ZZZ: "part of another service's global period (add-on)",
};

export const PCTC_TEXT: Record<string, string> = {
  '0': 'physician service: 26 and TC do not apply',
  '1': 'professional and technical components: 26 and TC apply',
  '2': 'professional component only: 26 and TC do not apply',
  '3': 'technical component only: 26 and TC do not apply',
  '4': 'global test only: 26 and TC do not apply',
  '5': 'incident-to service: 26 and TC do not apply',
  '6': 'laboratory physician interpretation: TC does not apply',
  '7': 'physical therapy service: 26 and TC do not apply',
  '8': 'physician interpretation: TC does not apply',
  '9': 'the PC/TC concept does not apply',
};

export const MULTIPLE_PROCEDURE_TEXT: Record<string, string> = {
  '0': 'no multiple-procedure reduction',
  '1': 'standard reduction (before 1996 rules)',
  '2': 'standard surgical reduction: 100%, then 50% for the others (51)',
  '3': 'endoscopic reduction',
  '4': 'diagnostic imaging reduction',
  '5': 'therapy reduction',
  '6': 'cardiovascular diagnostic reduction',
  '7': 'ophthalmology diagnostic reduction',
  '9': 'the concept does not apply',
};

export const BILATERAL_TEXT: Record<string, string> = {
  '0': 'no bilateral adjustment (the 150% rule does not apply): 50 is not for this code',
  '1': 'bilateral adjustment (150%) applies: report with 50 (or RT and LT, as the payer wants)',
  '2': 'already bilateral: do not add 50',
  '3': 'each side paid in full (mostly imaging): RT and LT',
  '9': 'the bilateral concept does not apply',
};

export const ASSISTANT_TEXT: Record<string, string> = {
  '0': 'assistant at surgery paid only with documented medical necessity',
  '1': 'assistant at surgery not paid: no 80, 81, 82 or AS',
  '2': 'assistant at surgery may be paid (80, 81, 82, AS)',
  '9': 'the assistant concept does not apply',
};

export const CO_SURGEON_TEXT: Record<string, string> = {
  '0': 'co-surgeons not permitted: no 62',
  '1': 'co-surgeons permitted with documentation (62)',
  '2': 'co-surgeons permitted (62)',
  '9': 'the co-surgeon concept does not apply',
};

export const TEAM_TEXT: Record<string, string> = {
  '0': 'team surgery not permitted: no 66',
  '1': 'team surgery permitted with documentation (66)',
  '2': 'team surgery permitted (66)',
  '9': 'the team concept does not apply',
};

/** MUE adjudication indicators. */
export const MAI_TEXT: Record<number, string> = {
  1: 'per claim line; more units go on another line with a modifier (59, 76, 91, RT/LT)',
  2: 'per date of service, set by policy: units above it are never paid',
  3: 'per date of service, clinical: more may be paid on appeal with documentation',
};

export const ADD_ON_TYPE_TEXT: Record<number, string> = {
  1: 'report only with one of its listed primary codes',
  2: 'no primary list: the contractor decides which primaries fit',
  3: 'some primaries listed; the contractor may accept others',
};

export const PROCEDURE_TEXT = {
  ourDescription: 'our plain-language description',
  licensedDescription: 'licensed descriptor',
  noDescription:
    'No description: CPT descriptors are AMA copyright, so none ship. Name a licensed ' +
    'descriptor file in the `claimCoding.cptDescriptorFile` setting to see it here.',
  noDescriptionShort: 'no description in our files',
  noHcpcsDescription:
    'No description: the HCPCS Level II code list is not bundled; the code is known from ' +
    'the fee-schedule, MUE or add-on files.',
  unknown: (code: string, sources: string[]) =>
    `${code} is in none of our files (${sources.join(', ')}).`,
  feeSchedule: (version: string) => `Fee schedule ${version}`,
  rationale: (text: string) => ` Rationale: ${text}.`,
  deleted: (date: string) => ` Deleted ${date}.`,
  headings: {
    status: 'Status',
    globalDays: 'Global period',
    multipleProcedure: 'Multiple procedures',
    bilateral: 'Bilateral (50)',
    assistant: 'Assistant (80/82/AS)',
    coSurgeon: 'Co-surgeon (62)',
    team: 'Team (66)',
    pctc: 'PC/TC (26/TC)',
    mue: 'MUE',
    addOn: 'Add-on code',
    primaryFor: 'Add-on codes that may follow it',
  },
};

export const MODIFIER_TEXT = {
  source: { cpt: 'CPT modifier', hcpcs: 'HCPCS Level II modifier' } as Record<string, string>,
  whenToUse: 'When to use',
  terminated: (date: string) => `Terminated ${date}: no longer valid on claims after that date.`,
  unknown: (code: string) => `${code} is not a CPT or HCPCS Level II modifier.`,
  suits: (code: string) => `Suits ${code}`,
};

/**
 * Why a modifier suits a procedure or is ruled out, keyed by the modifier group
 * and the indicator value. `{code}` stands for the procedure code.
 */
export const MODIFIER_FIT_TEXT = {
  laterality: 'a one-sided procedure: say which side with RT or LT',
  bilateralYes: 'bilateral indicator 1: both sides in one session go on one line with 50',
  distinct: 'a distinct service (other site, session or structure) beside an NCCI pair',
  repeat: 'a repeat of the procedure the same day',
  reduced: 'the procedure was reduced (52) or stopped after it began (53)',
  increased: 'work substantially greater than usual, documented',
  postoperative: (days: string) =>
    `inside its ${Number(days)}-day global period: staged (58), return to the room (78), ` +
    'unrelated (79)',
  multiple: 'multiple-procedure reduction applies to the second and later procedures',
  coSurgeonYes: (value: string) => `co-surgeon indicator ${value}: two surgeons may share it`,
  teamYes: (value: string) => `team indicator ${value}: team surgery may be paid`,
  assistantYes: (value: string) => `assistant indicator ${value}: an assistant may be paid`,
  pctcYes: (value: string) => `PC/TC indicator ${value}: the components may be billed apart`,
  evaluation:
    'an office or other E/M visit: 25 beside a procedure the same day, 57 for the ' +
    'decision for major surgery, 24 inside a global period',
};

export const TAXONOMY_TEXT = {
  grouping: 'Grouping',
  classification: 'Classification',
  specialization: 'Specialization',
  noSpecialization: '(none)',
  attribution: (version: string) => `*NUCC Health Care Provider Taxonomy ${version}, nucc.org*`,
  unknown: (code: string, version: string) => `${code} is not in the NUCC taxonomy ${version}.`,
};

export const PLACE_OF_SERVICE_TEXT = {
  unknown: (code: string) => `${code} is not a CMS place of service.`,
};

export const NPI_TEXT = {
  valid: (npi: string) => `**NPI ${npi}**: the check digit holds (Luhn with the prefix 80840).`,
  invalid: (npi: string, expected: number | undefined) =>
    `**NPI ${npi}**: the check digit does not hold (Luhn with the prefix 80840): ` +
    (expected === undefined ? 'an NPI is ten digits.' : `the last digit should be ${expected}.`),
};

export const DIAGNOSIS_LETTER_TEXT = {
  letter: (letter: string) => `Diagnosis ${letter} (box 21)`,
  entry: (letter: string, code: string) => `**dx ${letter}**: ${code}`,
  header: ' (header, not billable)',
  pointsTo: (entry: string) => `Points to ${entry}`,
  missing: (letter: string, claimId: string) =>
    `Points to **dx ${letter}**, but claim ${claimId} has no diagnosis ${letter}.`,
  pointedBy: (lines: string[]) => `Pointed to by ${lines.join(', ')}.`,
  serviceLine: (code: string, line: number) => `svc ${code} (line ${line})`,
  unused: 'No service line points to it yet.',
  firstListed: ' A is the first-listed diagnosis.',
};
