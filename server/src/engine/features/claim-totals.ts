/**
 * The totals a coder checks before sending a claim: how many lines, how many
 * units, the charges, and how many problems the checker found. The code lens on
 * each `claim` line shows them.
 */
import type { ClaimFile, Diagnostic, Range } from '../model';
import { dollars, totalCents } from './symbols';

export interface ClaimTotals {
  claimId: string;
  /** The `claim` line's keyword and id, where the lens stands. */
  range: Range;
  lines: number;
  units: number;
  /** Undefined when no line gives a charge. */
  chargeCents?: number;
  errors: number;
  warnings: number;
  /** Information and hints. */
  others: number;
  /** One line of text: `1 line · 2 units · $1,700.00 · no problems`. */
  title: string;
}

export function claimTotals(file: ClaimFile, diagnostics: Diagnostic[]): ClaimTotals[] {
  return file.claims.map((claim) => {
    const first = claim.range.start.line;
    const last = claim.range.end.line;
    const own = diagnostics.filter(
      (d) => d.range.start.line >= first && d.range.start.line <= last,
    );
    const totals = {
      claimId: claim.id.text,
      range: { start: claim.keyword.range.start, end: claim.id.range.end },
      lines: claim.serviceLines.length,
      units: claim.serviceLines.reduce((sum, line) => sum + line.units, 0),
      chargeCents: totalCents(claim),
      errors: own.filter((d) => d.severity === 'error').length,
      warnings: own.filter((d) => d.severity === 'warning').length,
      others: own.filter((d) => d.severity === 'info' || d.severity === 'hint').length,
    };
    return { ...totals, title: titleOf(totals) };
  });
}

function titleOf(totals: Omit<ClaimTotals, 'title'>): string {
  const parts = [
    count(totals.lines, 'line'),
    count(totals.units, 'unit'),
    totals.chargeCents === undefined ? 'no charges' : dollars(totals.chargeCents),
  ];
  const problems = totals.errors + totals.warnings;
  if (problems === 0) {
    parts.push('no problems');
  } else {
    const kinds = [
      totals.errors > 0 ? count(totals.errors, 'error') : '',
      totals.warnings > 0 ? count(totals.warnings, 'warning') : '',
    ].filter(Boolean);
    parts.push(`${count(problems, 'problem')} (${kinds.join(', ')})`);
  }
  // Information and hints are advice, not problems: counted apart.
  if (totals.others > 0) parts.push(count(totals.others, 'suggestion'));
  return parts.join(' · ');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
