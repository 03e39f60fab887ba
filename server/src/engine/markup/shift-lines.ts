/**
 * Moves a parsed claim up or down the file, in place: what an Enter key press
 * above it does to every claim below. Written out field by field rather than by
 * walking every key of every object: an edit near the top of a 10,000-claim file
 * moves about a million objects, and the walk took 40 ms of the keystroke.
 * `test/engine/incremental.test.ts` holds the moved trees equal to fresh parses,
 * so a field added to the tree and not moved here fails there.
 */
import type {
  Claim,
  DateSpan,
  DiagnosisEntry,
  Note,
  Patient,
  Provider,
  Range,
  ServiceLine,
  Token,
} from '../model';

/** Moves every line of `claim` by `lines`. */
export function shiftClaim(claim: Claim, lines: number): void {
  shiftToken(claim.keyword, lines);
  shiftToken(claim.id, lines);
  if (claim.payer) shiftToken(claim.payer, lines);
  if (claim.patient) shiftPatient(claim.patient, lines);
  if (claim.billing) shiftProvider(claim.billing, lines);
  if (claim.rendering) shiftProvider(claim.rendering, lines);
  if (claim.pos) shiftToken(claim.pos, lines);
  if (claim.dos) shiftDates(claim.dos, lines);
  for (const entry of claim.diagnoses) shiftDiagnosis(entry, lines);
  for (const line of claim.serviceLines) shiftServiceLine(line, lines);
  for (const note of claim.notes) shiftNote(note, lines);
  shiftRange(claim.range, lines);
}

function shiftPatient(patient: Patient, lines: number): void {
  shiftToken(patient.keyword, lines);
  if (patient.id) shiftToken(patient.id, lines);
  if (patient.dob) shiftToken(patient.dob, lines);
  if (patient.sex) shiftToken(patient.sex, lines);
  shiftRange(patient.range, lines);
}

function shiftProvider(provider: Provider, lines: number): void {
  shiftToken(provider.keyword, lines);
  if (provider.npi) shiftToken(provider.npi, lines);
  if (provider.taxonomy) shiftToken(provider.taxonomy, lines);
  shiftRange(provider.range, lines);
}

function shiftDiagnosis(entry: DiagnosisEntry, lines: number): void {
  shiftToken(entry.keyword, lines);
  shiftToken(entry.letter, lines);
  shiftToken(entry.code, lines);
  shiftRange(entry.range, lines);
}

function shiftServiceLine(line: ServiceLine, lines: number): void {
  shiftToken(line.keyword, lines);
  shiftToken(line.code, lines);
  for (const modifier of line.modifiers) shiftToken(modifier, lines);
  if (line.pointerField) shiftToken(line.pointerField, lines);
  for (const pointer of line.pointers) shiftToken(pointer, lines);
  if (line.unitsToken) shiftToken(line.unitsToken, lines);
  if (line.chargeToken) shiftToken(line.chargeToken, lines);
  if (line.dos) shiftDates(line.dos, lines);
  if (line.pos) shiftToken(line.pos, lines);
  if (line.npi) shiftToken(line.npi, lines);
  shiftRange(line.range, lines);
}

function shiftNote(note: Note, lines: number): void {
  shiftToken(note.keyword, lines);
  if (note.title) shiftToken(note.title, lines);
  for (const body of note.lines) body.line += lines;
  // Elements keep their first line as a number and build ranges from it.
  for (const element of note.elements) {
    (element as unknown as { line: number }).line += lines;
    shiftToken(element.labelToken, lines);
  }
  shiftRange(note.range, lines);
}

function shiftDates(span: DateSpan, lines: number): void {
  shiftToken(span.from, lines);
  if (span.to) shiftToken(span.to, lines);
}

/**
 * A token the parser made keeps its line as a number (see `Word`); one built by hand
 * holds a range.
 */
function shiftToken(token: Token, lines: number): void {
  const word = token as Token & { line?: number };
  if (typeof word.line === 'number') word.line += lines;
  else shiftRange(token.range, lines);
}

function shiftRange(range: Range, lines: number): void {
  range.start.line += lines;
  // A range whose end is its start moves once.
  if (range.end !== range.start) range.end.line += lines;
}
