import type { AddOnEdit } from '../codesets/types';
import type { Claim, Diagnostic, ServiceLine } from '../model';
import { isWellFormed, serviceDate } from './claim-codes';
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
    const found: Diagnostic[] = [];
    for (const line of claim.serviceLines) {
      if (!isWellFormed(line.code)) continue;
      const edit = codeSets.procedures.get(line.code.code)?.addOn;
      const date = serviceDate(claim, line);
      if (!edit || edit.primaries.length === 0 || !inEffect(edit, date)) continue;

      const sameDate = codesOnDate(claim, date, line);
      if (edit.primaries.some((primary) => sameDate.has(primary))) continue;

      const named = edit.primaries.slice(0, MAX_NAMED).join(', ');
      const more = edit.primaries.length - MAX_NAMED;
      const list = more > 0 ? `${named} or ${more} more` : named;
      const when = date ? ` on ${date}` : '';
      const code = line.code.code;
      found.push(
        edit.type === 1
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
            },
      );
    }
    return found;
  },
};

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

/** The procedure codes of the claim's other lines on the same date of service. */
function codesOnDate(claim: Claim, date: string | undefined, self: ServiceLine): Set<string> {
  const codes = new Set<string>();
  for (const line of claim.serviceLines) {
    if (line !== self && serviceDate(claim, line) === date) codes.add(line.code.code);
  }
  return codes;
}
