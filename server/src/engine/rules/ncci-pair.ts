import { addModifierEdit } from '../edits/line-edits';
import { ANATOMIC_MODIFIERS, NCCI_DISTINCT_MODIFIERS } from '../edits/ncci-modifiers';
import { payerProfilesFor } from '../edits/payers';
import { ptpEditInEffect, type PtpEdit, type PtpEditTable } from '../edits/ptp';
import { linesByDate } from '../line-defaults';
import type { Claim, Diagnostic, Fix, ServiceLine } from '../model';
import type { EngineOptions } from '../options';
import { NOTHING_FOUND } from './nothing-found';
import type { Rule } from './types';

const RULE = 'ncci-pair';

/**
 * Two lines on one date whose codes form an NCCI procedure-to-procedure edit in
 * effect on that date, from the CMS practitioner PTP files the user loads
 * (none are bundled). Modifier indicator 0: never together; 1: together only
 * with an NCCI PTP-associated modifier on either line; 9: no edit. Anatomic
 * modifiers count only when the two lines carry different ones: the NCCI Policy
 * Manual, chapter I, section E (Modifiers and Modifier Indicators), allows
 * indicator-1 pairs "performed on the contralateral organs or structures", not
 * on the ipsilateral one, so RT on one line alone or on both does not bypass.
 * Reported on
 * the column-two line, the one that is denied.
 */
export const ncciPair: Rule = {
  name: RULE,
  severity: 'error',
  description:
    'Two lines on one date whose codes form an NCCI procedure-to-procedure edit, ' +
    'without a modifier the edit allows.',
  check(claim, { options }) {
    const table = options.ptpEdits;
    if (!table || table.size === 0) return NOTHING_FOUND;
    const found: Diagnostic[] = [];

    for (const [date, lines] of linesByDate(claim)) {
      if (!date) continue;
      for (let i = 0; i < lines.length; i++) {
        for (let j = i + 1; j < lines.length; j++) {
          const pair = editBetween(table, lines[i], lines[j], date);
          if (!pair) continue;
          const { edit, column1, column2 } = pair;
          if (edit.modifierIndicator === 9) continue;
          if (edit.modifierIndicator === 1 && bypassed(column1, column2)) continue;
          found.push({
            rule: RULE,
            severity: 'error',
            message: message(edit, date),
            range: column2.code.range,
            fixes: edit.modifierIndicator === 1 ? modifierFixes(claim, column2, options) : [],
          });
        }
      }
    }
    return found;
  },
};

interface PairOnDate {
  edit: PtpEdit;
  column1: ServiceLine;
  column2: ServiceLine;
}

/** The edit in effect on `date` between two lines, in either column order. */
function editBetween(
  table: PtpEditTable,
  a: ServiceLine,
  b: ServiceLine,
  date: string,
): PairOnDate | undefined {
  if (a.code.code === b.code.code) return undefined;
  const candidates: PairOnDate[] = [
    ...table.find(a.code.code, b.code.code).map((edit) => ({ edit, column1: a, column2: b })),
    ...table.find(b.code.code, a.code.code).map((edit) => ({ edit, column1: b, column2: a })),
  ].filter(({ edit }) => ptpEditInEffect(edit, date));
  // Files of several quarters may all hold the pair: the latest effective date wins.
  candidates.sort((x, y) => y.edit.effective.localeCompare(x.edit.effective));
  return candidates[0];
}

/**
 * A distinct-service modifier (59, XS, 25...) on either line, or anatomic
 * modifiers on both lines that name different sites (RT with LT, T1 with T2).
 */
function bypassed(a: ServiceLine, b: ServiceLine): boolean {
  const distinct = (line: ServiceLine) =>
    line.modifiers.some((m) => NCCI_DISTINCT_MODIFIERS.has(m.code));
  if (distinct(a) || distinct(b)) return true;
  const sitesOfA = anatomicModifiers(a);
  const sitesOfB = anatomicModifiers(b);
  if (sitesOfA.size === 0 || sitesOfB.size === 0) return false;
  return [...sitesOfA].some((m) => !sitesOfB.has(m)) || [...sitesOfB].some((m) => !sitesOfA.has(m));
}

function anatomicModifiers(line: ServiceLine): Set<string> {
  return new Set(line.modifiers.map((m) => m.code).filter((m) => ANATOMIC_MODIFIERS.has(m)));
}

function message(edit: PtpEdit, date: string): string {
  const meaning =
    edit.modifierIndicator === 0
      ? 'modifier indicator 0: never paid together, no modifier bypasses it'
      : 'modifier indicator 1: paid together only with an NCCI PTP-associated modifier ' +
        '(59, XE, XS, XP, XU, a global-surgery modifier, or different anatomic modifiers ' +
        'on the two lines) when the services are truly distinct';
  const rationale = edit.rationale ? `; rationale: ${edit.rationale}` : '';
  return (
    `${edit.column2} is the column-two code of an NCCI PTP edit with ${edit.column1} on ` +
    `${date} (${meaning}; in effect from ${edit.effective}${rationale}; ${edit.source}). ` +
    `Without ${edit.modifierIndicator === 1 ? 'a modifier' : 'removing it'}, ${edit.column2} ` +
    'is denied.'
  );
}

/** 59 or XS added to the column-two line, as the payer profile prefers. */
function modifierFixes(claim: Claim, line: ServiceLine, options: EngineOptions): Fix[] {
  if (line.modifiers.length >= 4) return [];
  const key = (claim.payer?.text ?? options.defaultPayer ?? '').toLowerCase();
  const wanted = payerProfilesFor(options.payerProfiles)[key]?.distinctModifier ?? 'any';
  const modifiers = wanted === 'x-modifiers' ? ['XS'] : wanted === '59' ? ['59'] : ['59', 'XS'];
  return modifiers.map((modifier, index) => ({
    title: `Add modifier ${modifier} to ${line.code.code} (services truly distinct)`,
    preferred: index === 0,
    edits: [addModifierEdit(line, modifier)],
  }));
}
