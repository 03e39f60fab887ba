/**
 * Converts an 837P interchange into the claim markup (FORMAT.md), so a coder can
 * work on a claim and check it again. Only what the claim model holds is written:
 * no names, addresses or member ids ever reach it. Codes are written in their
 * canonical form (`G580` becomes `G58.0`), as FORMAT.md writes them.
 */
import type { Claim, DateSpan, Diagnostic, Provider, ServiceLine } from '../model';
import { parseX12 } from './parse';

const CLAIM_ID = /^[A-Za-z0-9._-]{1,30}$/;

export function x12ToMarkup(text: string): string {
  const file = parseX12(text);
  const out: string[] = [
    '# Converted from an X12 837P interchange (005010X222A1).',
    '# Names, addresses and member ids are left out: the markup keeps opaque ids only.',
  ];
  out.push(...problemComments(file.diagnostics));
  for (const claim of file.claims) {
    out.push('', ...claimLines(claim));
  }
  return `${out.join('\n')}\n`;
}

/** The interchange's own syntax problems, so converting loses none of them silently. */
function problemComments(diagnostics: readonly Diagnostic[]): string[] {
  const problems = diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
  if (problems.length === 0) return [];
  return [
    '# Problems in the X12 file (line numbers of the X12 file):',
    ...problems.map((d) => `#   line ${d.range.start.line + 1}: ${d.message.replace(/\s+/g, ' ')}`),
  ];
}

function claimLines(claim: Claim): string[] {
  const lines: string[] = [];
  const id = claim.id.text;
  if (CLAIM_ID.test(id)) {
    lines.push(`claim ${id}`);
  } else {
    // CLM01 allows up to 38 characters of any kind; the markup's ids are narrower.
    lines.push(`# CLM01 had characters the markup does not allow; they are written as '-'.`);
    lines.push(`claim ${id.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 30) || 'unnamed'}`);
  }
  if (claim.payer) lines.push(`  payer     ${claim.payer.text}`);
  if (claim.patient) {
    const fields = [];
    if (claim.patient.dob) fields.push(`dob ${claim.patient.dob.value ?? claim.patient.dob.text}`);
    if (claim.patient.sex) fields.push(`sex ${claim.patient.sex.text}`);
    lines.push(`  patient   ${fields.join('  ')}`);
  }
  if (claim.billing) lines.push(`  billing   ${provider(claim.billing)}`);
  if (claim.rendering) lines.push(`  rendering ${provider(claim.rendering)}`);
  if (claim.pos) lines.push(`  pos       ${claim.pos.text}`);
  if (claim.diagnoses.length) lines.push('');
  for (const diagnosis of claim.diagnoses) {
    lines.push(`  dx ${diagnosis.letter.text}  ${diagnosis.code.code}`);
  }
  if (claim.serviceLines.length) lines.push('');
  for (const line of claim.serviceLines) lines.push(`  ${serviceLine(line)}`);
  return lines;
}

function provider(provider: Provider): string {
  const fields = [];
  if (provider.npi) fields.push(`npi ${provider.npi.text}`);
  if (provider.taxonomy) fields.push(`taxonomy ${provider.taxonomy.text}`);
  return fields.join('  ');
}

function serviceLine(line: ServiceLine): string {
  const code = [line.code.code, ...line.modifiers.map((modifier) => modifier.code)].join('-');
  const fields = [`svc ${code}`];
  if (line.pointers.length) fields.push(`ptr ${line.pointers.map((p) => p.letter).join('')}`);
  if (line.unitsToken) fields.push(`units ${line.unitsToken.text.replace(/\.0*$/, '')}`);
  if (line.chargeToken) fields.push(`charge ${charge(line)}`);
  if (line.dos) fields.push(`dos ${dates(line.dos)}`);
  if (line.pos) fields.push(`pos ${line.pos.text}`);
  if (line.npi) fields.push(`npi ${line.npi.text}`);
  return fields.join('  ');
}

function charge(line: ServiceLine): string {
  if (line.chargeCents === undefined) return line.chargeToken?.text ?? '';
  const cents = String(line.chargeCents % 100).padStart(2, '0');
  return `${Math.floor(line.chargeCents / 100)}.${cents}`;
}

function dates(span: DateSpan): string {
  const from = span.from.value ?? span.from.text;
  const to = span.to && (span.to.value ?? span.to.text);
  // RD8 with the same day twice is one date of service.
  if (!to || to === from) return from;
  return `${from} to ${to}`;
}
