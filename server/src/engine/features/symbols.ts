/**
 * The outline of a claim file, in the coder's words: each claim with its header
 * fields, diagnoses, service lines and notes as children, and each note with its
 * documentation elements. Also what breadcrumbs show.
 */
import type { CodeSets } from '../codesets/types';
import type { Claim, ClaimFile, DateSpan, Note, Provider, Range, ServiceLine } from '../model';
import { codeSetsForClaim } from '../icd-years';
import { shortTitle } from './short-titles';

export type ClaimSymbolKind =
  'claim' | 'header' | 'diagnosis' | 'service-line' | 'note' | 'documentation-element';

export interface ClaimSymbol {
  name: string;
  /** A second, quieter text: titles, totals. */
  detail?: string;
  kind: ClaimSymbolKind;
  /** The whole statement (a claim: its first to last line). */
  range: Range;
  /** What the editor selects when the symbol is picked: the id, letter or code. */
  selectionRange: Range;
  children: ClaimSymbol[];
}

export function documentSymbols(file: ClaimFile, codeSets: CodeSets): ClaimSymbol[] {
  // Each claim's diagnoses are titled from the ICD-10-CM year of its date of service.
  return file.claims.map((claim) => claimSymbol(claim, codeSetsForClaim(codeSets, claim)));
}

function claimSymbol(claim: Claim, codeSets: CodeSets): ClaimSymbol {
  const children = [
    ...headerSymbols(claim, codeSets),
    ...claim.diagnoses.map<ClaimSymbol>((dx) => ({
      name: join(`dx ${dx.letter.text} ${dx.code.code}`, shortTitle(dx.code, codeSets)),
      kind: 'diagnosis',
      range: dx.range,
      selectionRange: dx.code.range,
      children: [],
    })),
    ...claim.serviceLines.map((line) => serviceLineSymbol(line, codeSets)),
    ...claim.notes.map(noteSymbol),
  ].sort((a, b) => a.range.start.line - b.range.start.line);

  return {
    name: `claim ${claim.id.text}`,
    detail: claimDetail(claim),
    kind: 'claim',
    range: claim.range,
    selectionRange: claim.id.range,
    children,
  };
}

function headerSymbols(claim: Claim, codeSets: CodeSets): ClaimSymbol[] {
  const symbols: ClaimSymbol[] = [];
  const header = (name: string, range: Range, selection: Range, detail?: string) =>
    symbols.push({ name, detail, kind: 'header', range, selectionRange: selection, children: [] });

  // payer, pos and dos keep only their value in the tree: the statement is its line.
  if (claim.payer)
    header(`payer ${claim.payer.text}`, toLine(claim.payer.range), claim.payer.range);
  const patient = claim.patient;
  if (patient) {
    const facts = [
      patient.sex && `sex ${patient.sex.text}`,
      patient.dob && `dob ${patient.dob.text}`,
    ];
    header('patient', patient.range, patient.keyword.range, facts.filter(Boolean).join(', '));
  }
  for (const provider of [claim.billing, claim.rendering]) {
    if (provider) header(...providerParts(provider, codeSets));
  }
  if (claim.pos) {
    header(
      `pos ${claim.pos.code}`,
      claim.pos.range,
      claim.pos.range,
      shortTitle(claim.pos, codeSets),
    );
  }
  if (claim.dos) header(`dos ${dates(claim.dos)}`, spanOfDates(claim.dos), claim.dos.from.range);
  return symbols;
}

function providerParts(provider: Provider, codeSets: CodeSets): [string, Range, Range, string?] {
  const name = provider.npi
    ? `${provider.keyword.text.toLowerCase()} npi ${provider.npi.code}`
    : provider.keyword.text.toLowerCase();
  const taxonomy = provider.taxonomy;
  const detail = taxonomy && join(taxonomy.code, shortTitle(taxonomy, codeSets));
  return [name, provider.range, provider.npi?.range ?? provider.keyword.range, detail];
}

function serviceLineSymbol(line: ServiceLine, codeSets: CodeSets): ClaimSymbol {
  const code = [line.code.code, ...line.modifiers.map((m) => m.code)].join('-');
  const units = line.units > 1 ? ` ×${line.units}` : '';
  const facts = [
    shortTitle(line.code, codeSets),
    line.pointers.length > 0 ? `ptr ${line.pointers.map((p) => p.letter).join('')}` : undefined,
    line.chargeCents !== undefined ? dollars(line.chargeCents) : undefined,
  ];
  const written = line.modifiers.length > 0 ? line.modifiers[line.modifiers.length - 1] : line.code;
  return {
    name: `svc ${code}${units}`,
    detail: facts.filter(Boolean).join(' · '),
    kind: 'service-line',
    range: line.range,
    selectionRange: { start: line.code.range.start, end: written.range.end },
    children: [],
  };
}

function noteSymbol(note: Note): ClaimSymbol {
  return {
    name: note.title ? `note ${note.title.text}` : 'note',
    kind: 'note',
    range: note.range,
    selectionRange: note.title?.range ?? note.keyword.range,
    children: note.elements.map((element) => ({
      name: element.labelToken.text,
      detail: element.value,
      kind: 'documentation-element',
      range: element.range,
      selectionRange: element.labelToken.range,
      children: [],
    })),
  };
}

/** Totals beside the claim's name: lines and charges, what a coder checks first. */
function claimDetail(claim: Claim): string {
  const lines = claim.serviceLines.length;
  const parts = [claim.payer?.text, `${lines} ${lines === 1 ? 'line' : 'lines'}`];
  const cents = totalCents(claim);
  if (cents !== undefined) parts.push(dollars(cents));
  return parts.filter(Boolean).join(' · ');
}

/** The sum of the charges given, or undefined when no line gives one. */
export function totalCents(claim: Claim): number | undefined {
  const charged = claim.serviceLines.filter((line) => line.chargeCents !== undefined);
  if (charged.length === 0) return undefined;
  return charged.reduce((sum, line) => sum + (line.chargeCents ?? 0), 0);
}

/** `$1,700.00` */
export function dollars(cents: number): string {
  const whole = Math.floor(cents / 100).toLocaleString('en-US');
  return `$${whole}.${String(cents % 100).padStart(2, '0')}`;
}

function dates(span: DateSpan): string {
  return span.to ? `${span.from.text} to ${span.to.text}` : span.from.text;
}

function spanOfDates(span: DateSpan): Range {
  return { start: span.from.range.start, end: (span.to ?? span.from).range.end };
}

/** From the start of the line to the end of `range`. */
function toLine(range: Range): Range {
  return { start: { line: range.start.line, character: 0 }, end: range.end };
}

function join(name: string, title: string | undefined): string {
  return title ? `${name} ${title}` : name;
}
