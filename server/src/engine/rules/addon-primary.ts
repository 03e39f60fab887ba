import type { AddOnEdit } from '../codesets/types';
import type { Claim, Diagnostic, ServiceLine } from '../model';
import { isWellFormed, serviceDate } from './claim-codes';
import { NOTHING_FOUND } from './nothing-found';
import type { Rule } from './types';

/** How many eligible primaries a message names before it says how many more there are. */
const MAX_NAMED = 8;

/**
 * NCCI add-on code edits. Type 1 add-ons are paid only with a listed primary
 * (an error without one); type 3 list primaries but contractors may accept
 * others (a warning); type 2 have no list, so there is nothing to check.
 */
export const addonPrimary: Rule = {
  name: 'addon-primary',
  severity: 'error',
  description: 'An add-on code without one of its eligible primary codes on the same date.',
  check(claim, { codeSets }) {
    const lines = claim.serviceLines;
    let found: Diagnostic[] | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      // Most lines are no add-on: the look-up decides before the shape check.
      const edit = codeSets.procedures.get(line.code.code)?.addOn;
      if (!edit || edit.primaries.length === 0 || !isWellFormed(line.code)) continue;
      const date = serviceDate(claim, line);
      if (!inEffect(edit, date) || hasPrimaryOnDate(claim, edit, date, line)) continue;
      (found ??= []).push(withoutPrimary(line, edit, date));
    }
    return found ?? NOTHING_FOUND;
  },
};

function withoutPrimary(line: ServiceLine, edit: AddOnEdit, date: string | undefined): Diagnostic {
  const named = edit.primaries.slice(0, MAX_NAMED).join(', ');
  const more = edit.primaries.length - MAX_NAMED;
  const list = more > 0 ? `${named} or ${more} more` : named;
  const when = date ? ` on ${date}` : '';
  const code = line.code.code;
  return edit.type === 1
    ? {
        rule: 'addon-primary',
        severity: 'error',
        message:
          `${code} is an add-on code (NCCI type 1) paid only with one of its primary ` +
          `codes on the same date, and none is billed${when}: ${list}.`,
        range: line.code.range,
      }
    : {
        rule: 'addon-primary',
        severity: 'warning',
        message:
          `${code} is an add-on code (NCCI type 3) and none of its listed primary codes ` +
          `is billed${when} (${list}); the contractor may accept another primary.`,
        range: line.code.range,
      };
}

/**
 * Whether the edit applies on the date of service. Without a date the edit is
 * taken as current. CMS deletion dates close a quarter (2019-12-31), so the
 * deletion date is read as the edit's last day. The interface gives one
 * effective date per add-on, not one per primary: the file's per-primary dates
 * are not checked (today they all precede the FY2026 dates of service).
 */
function inEffect(edit: AddOnEdit, date: string | undefined): boolean {
  if (!date) return true;
  if (edit.effective && date < edit.effective) return false;
  if (edit.deletion && date > edit.deletion) return false;
  return true;
}

/** Whether another line of the claim on the same date of service bills one of the primaries. */
function hasPrimaryOnDate(
  claim: Claim,
  edit: AddOnEdit,
  date: string | undefined,
  self: ServiceLine,
): boolean {
  const lines = claim.serviceLines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === self || serviceDate(claim, line) !== date) continue;
    if (edit.primaries.includes(line.code.code)) return true;
  }
  return false;
}
