import type { CodeSets, MedicallyUnlikelyEdit } from '../codesets/types';
import type { Claim, Diagnostic, Fix, ServiceLine } from '../model';
import { isWellFormed, serviceDate, serviceDays } from './claim-codes';
import { NOTHING_FOUND } from './nothing-found';
import type { Rule } from './types';

/** What each MUE adjudication indicator means for the coder, in the NCCI manual's terms. */
const MAI_MEANING: Record<1 | 2 | 3, string> = {
  1:
    'MAI 1, counted per claim line: more units on another line with a fitting modifier ' +
    '(59, XE, XS, XP, XU, 76, 77, 91 or an anatomic one) are judged on their own',
  2:
    'MAI 2, counted per date of service and set by policy: the excess is denied and ' +
    'cannot be overridden on appeal',
  3:
    'MAI 3, counted per date of service from clinical benchmarks: the contractor may pay ' +
    'more on appeal when the records show the units were necessary',
};

/**
 * Units of a code over its medically unlikely edit. MAI 1 counts each line alone;
 * MAI 2 and 3 add up the lines of one code on one date. A line whose dates span
 * several days is judged alone against the MUE times its days.
 */
export const mueExceeded: Rule = {
  name: 'mue-exceeded',
  severity: 'error',
  description: 'Units of a code on one date above its medically unlikely edit value.',
  check(claim, { codeSets }) {
    const lines = claim.serviceLines;
    let found: Diagnostic[] | undefined;
    // Lines judged per date of service: most claims have one, which needs no grouping.
    let perDateLine: ServiceLine | undefined;
    let perDateMue: MedicallyUnlikelyEdit | undefined;
    let perDateLines: ServiceLine[] | undefined;

    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const code = line.code.code;
      const mue = codeSets.procedures.get(code)?.mue;
      if (!mue) continue;
      // Units within the MUE can go over it only added to another line of the code
      // (the edit's days only raise what a line may bill): most lines stop here.
      if (mue.value !== 0 && line.units <= mue.value && !hasOtherLineOf(lines, i, code)) continue;
      if (!isWellFormed(line.code)) continue;
      if (mue.value === 0) {
        (found ??= []).push(notPaid(line, mue));
        continue;
      }
      const days = serviceDays(claim, line);
      if (mue.mai === 1 || days > 1) {
        const allowed = mue.value * days;
        if (line.units > allowed) (found ??= []).push(exceeded(claim, [line], mue, allowed));
        continue;
      }
      if (perDateLines) perDateLines.push(line);
      else if (perDateLine) perDateLines = [perDateLine, line];
      else {
        perDateLine = line;
        perDateMue = mue;
      }
    }

    if (perDateLines) found = overPerDate(claim, perDateLines, codeSets, found);
    else if (perDateLine && perDateLine.units > perDateMue!.value) {
      (found ??= []).push(exceeded(claim, [perDateLine], perDateMue!, perDateMue!.value));
    }
    return found ?? NOTHING_FOUND;
  },
};

function hasOtherLineOf(lines: readonly ServiceLine[], index: number, code: string): boolean {
  for (let i = 0; i < lines.length; i++) {
    if (i !== index && lines[i].code.code === code) return true;
  }
  return false;
}

/**
 * The lines of one code on one date, added up, in the order of each group's first
 * line. Each group is found by looking ahead from its first line: a claim has few.
 */
function overPerDate(
  claim: Claim,
  lines: ServiceLine[],
  codeSets: CodeSets,
  found: Diagnostic[] | undefined,
): Diagnostic[] | undefined {
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i];
    const code = first.code.code;
    const date = serviceDate(claim, first) ?? '';
    if (startsBefore(claim, lines, i, code, date)) continue;
    let total = 0;
    for (let j = i; j < lines.length; j++) {
      if (isSameCodeAndDate(claim, lines[j], code, date)) total += lines[j].units;
    }
    const mue = codeSets.procedures.get(code)?.mue;
    if (!mue || total <= mue.value) continue;
    const group: ServiceLine[] = [];
    for (let j = i; j < lines.length; j++) {
      if (isSameCodeAndDate(claim, lines[j], code, date)) group.push(lines[j]);
    }
    (found ??= []).push(exceeded(claim, group, mue, mue.value));
  }
  return found;
}

/** Whether a line before `index` has the same code and date, so the group is already judged. */
function startsBefore(
  claim: Claim,
  lines: ServiceLine[],
  index: number,
  code: string,
  date: string,
): boolean {
  for (let j = 0; j < index; j++) if (isSameCodeAndDate(claim, lines[j], code, date)) return true;
  return false;
}

function isSameCodeAndDate(claim: Claim, line: ServiceLine, code: string, date: string): boolean {
  return line.code.code === code && (serviceDate(claim, line) ?? '') === date;
}

/**
 * One diagnostic for a group of lines over the edit, on the line that takes the
 * total over, with a fix that trims that line to what the edit leaves for it.
 */
function exceeded(
  claim: Claim,
  lines: ServiceLine[],
  mue: MedicallyUnlikelyEdit,
  allowed: number,
): Diagnostic {
  let before = 0;
  let culprit = lines[0];
  for (const line of lines) {
    culprit = line;
    if (before + line.units > allowed) break;
    before += line.units;
  }

  const total = lines.reduce((sum, line) => sum + line.units, 0);
  const code = culprit.code.code;
  const date = serviceDate(claim, culprit);
  const where =
    lines.length > 1
      ? `${lines.length} lines of ${code} bill ${unitsOf(total)}${date ? ` on ${date}` : ''}`
      : `${code} bills ${unitsOf(total)} on this line`;
  const limit = allowed === mue.value ? `${mue.value}` : `${mue.value} a day (${allowed} here)`;
  const message = `${where}, over its MUE of ${limit} (${MAI_MEANING[mue.mai]}).`;

  // The fix trims the line that takes the total over so that the date comes to the
  // MUE exactly. When the other lines alone reach it, the fix is left to the coder.
  const left = allowed - (total - culprit.units);
  const fixes: Fix[] = [];
  if (left >= 1 && culprit.unitsToken) {
    fixes.push({
      title: `Set units to ${left}`,
      preferred: true,
      edits: [{ range: culprit.unitsToken.range, newText: `${left}` }],
    });
  }
  return {
    rule: 'mue-exceeded',
    severity: 'error',
    message,
    range: culprit.unitsToken?.range ?? culprit.code.range,
    fixes,
  };
}

/** "1 unit", "2 units". */
function unitsOf(count: number): string {
  return `${count} ${count === 1 ? 'unit' : 'units'}`;
}

/**
 * An MUE of 0 is no excess to trim or appeal: CMS pays no units of the code at all
 * (mostly by policy, e.g. preventive visits). Other payers may cover it, so this is
 * a warning, with no fix: only the coder knows which code or payer is right.
 */
function notPaid(line: ServiceLine, mue: MedicallyUnlikelyEdit): Diagnostic {
  const code = line.code.code;
  const why = mue.rationale ? ` (rationale: ${mue.rationale})` : '';
  return {
    rule: 'mue-exceeded',
    severity: 'warning',
    message:
      `${code} has an MUE of 0: CMS NCCI allows no units of it per date of service${why}, ` +
      "so Medicare does not pay it; check the payer's own policy.",
    range: line.code.range,
    fixes: [],
  };
}
