/**
 * The half of `doc-missing` that reads a note against the claim it documents:
 * levels against units, the note's Units against the lines, laterality against
 * RT/LT/50, and the guidance billed against the guidance the note names.
 */
import {
  countLevels,
  guidanceNamed,
  guidanceOfCode,
  sideNamed,
  unitsWritten,
  type DocumentationProfile,
  type Side,
} from '../edits/documentation';
import { replaceTokenEdit } from '../edits/line-edits';
import type { Claim, Diagnostic, DocumentationElement, Fix, ServiceLine, TextEdit } from '../model';

export const DOC_MISSING = 'doc-missing';
const RULE = DOC_MISSING;

export function levelsAgainstUnits(
  profile: DocumentationProfile,
  lines: ServiceLine[],
  element: DocumentationElement | undefined,
  unitsElement: DocumentationElement | undefined,
): Diagnostic | undefined {
  const levels = element && countLevels(element.value);
  if (!element || levels === undefined || unitsAgree(levels, lines)) return undefined;

  const fixes: Fix[] = [];
  if (lines.length === 1) {
    const [line] = lines;
    const edits: TextEdit[] = [
      line.unitsToken
        ? replaceTokenEdit(line.unitsToken, String(levels))
        : { range: { start: line.range.end, end: line.range.end }, newText: `  units ${levels}` },
    ];
    // The note's Units must follow, or the fix only trades this warning for the Units one.
    const notedUnits = unitsElementEdit(unitsElement, levels);
    if (notedUnits) edits.push(notedUnits);
    fixes.push({ title: `Set the units of ${profile.procedure} to ${levels}`, edits });
  }
  return {
    rule: RULE,
    severity: 'warning',
    message:
      `The note lists ${levels} level${levels === 1 ? '' : 's'} (${element.value}) but ` +
      `${profile.procedure} is billed with ${unitsText(lines)}; it is reported per level.`,
    range: element.valueRange,
    fixes,
  };
}

/**
 * Rewrites the number in the note's `Units:` value to `units`. Only a value on one
 * line is rewritten: the joined value of a continued element no longer maps to columns.
 */
function unitsElementEdit(
  element: DocumentationElement | undefined,
  units: number,
): TextEdit | undefined {
  if (!element) return undefined;
  const { start, end } = element.valueRange;
  if (start.line !== end.line || end.character - start.character !== element.value.length) {
    return undefined;
  }
  const match = /\b(\d{1,3})\b/.exec(element.value);
  if (!match || Number(match[1]) === units) return undefined;
  const at = start.character + match.index;
  return {
    range: {
      start: { line: start.line, character: at },
      end: { line: start.line, character: at + match[1].length },
    },
    newText: String(units),
  };
}

export function unitsAgainstClaim(
  profile: DocumentationProfile,
  lines: ServiceLine[],
  element: DocumentationElement | undefined,
): Diagnostic | undefined {
  const written = element && unitsWritten(element.value);
  if (!element || written === undefined || unitsAgree(written, lines)) return undefined;
  return {
    rule: RULE,
    severity: 'warning',
    message:
      `The note's Units says ${written} but ${profile.procedure} is billed with ` +
      `${unitsText(lines)}.`,
    range: element.valueRange,
  };
}

export function lateralityAgainstClaim(
  profile: DocumentationProfile,
  lines: ServiceLine[],
  element: DocumentationElement | undefined,
): Diagnostic | undefined {
  const noted = element && sideNamed(element.value);
  if (!element || !noted) return undefined;
  const billedSide = claimSide(lines);
  if (!billedSide || noted === billedSide) return undefined;
  const modifiers = [...new Set(lines.flatMap((line) => sideModifiers(line)))].join(' and ');
  return {
    rule: RULE,
    severity: 'warning',
    message:
      `The note's Laterality says ${noted} but ${profile.procedure} is billed with ` +
      `${modifiers} (${billedSide}).`,
    range: element.valueRange,
  };
}

/** Adds to `found` the guidance lines the note's Guidance element does not name. */
export function guidanceAgainstClaim(
  claim: Claim,
  element: DocumentationElement,
  found: Diagnostic[] | undefined,
): Diagnostic[] | undefined {
  const lines = claim.serviceLines;
  let named: ReadonlySet<string> | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const modality = guidanceOfCode(line.code.code);
    if (!modality) continue;
    named ??= guidanceNamed(element.value);
    if (named.has(modality)) continue;
    (found ??= []).push({
      rule: RULE,
      severity: 'warning',
      message:
        `${line.code.code} (${modality} guidance) is billed but the note's Guidance says ` +
        `"${element.value}". Bill the guidance the note documents.`,
      range: line.code.range,
    });
  }
  return found;
}

/** Units agree with a count when the lines total it, or each line has it (one per side). */
function unitsAgree(count: number, lines: ServiceLine[]): boolean {
  if (totalUnits(lines) === count) return true;
  for (let i = 0; i < lines.length; i++) if (lines[i].units !== count) return false;
  return true;
}

export function totalUnits(lines: ServiceLine[]): number {
  let sum = 0;
  for (let i = 0; i < lines.length; i++) sum += lines[i].units;
  return sum;
}

function unitsText(lines: ServiceLine[]): string {
  const units = lines.map((line) => line.units);
  const total = totalUnits(lines);
  const each = units.length > 1 ? ` (${units.join(' + ')})` : '';
  return `${total} unit${total === 1 ? '' : 's'}${each}`;
}

function sideModifiers(line: ServiceLine): string[] {
  return line.modifiers.map((m) => m.code).filter((m) => m === 'RT' || m === 'LT' || m === '50');
}

/** The side the claim bills: RT right, LT left, 50 or both RT and LT bilateral. */
export function claimSide(lines: ServiceLine[]): Side | undefined {
  let right = false;
  let left = false;
  for (let i = 0; i < lines.length; i++) {
    const modifiers = lines[i].modifiers;
    for (let m = 0; m < modifiers.length; m++) {
      const code = modifiers[m].code;
      if (code === '50') return 'bilateral';
      if (code === 'RT') right = true;
      else if (code === 'LT') left = true;
    }
  }
  if (right && left) return 'bilateral';
  if (right) return 'right';
  if (left) return 'left';
  return undefined;
}
