import {
  countLevels,
  documentationProfile,
  findElement,
  guidanceNamed,
  guidanceOfCode,
  noteElements,
  sideNamed,
  unitsWritten,
  type DocumentationProfile,
  type ElementRequirement,
  type Side,
} from '../edits/documentation';
import { replaceTokenEdit } from '../edits/line-edits';
import type {
  Claim,
  Diagnostic,
  DocumentationElement,
  Fix,
  Note,
  Range,
  ServiceLine,
  TextEdit,
} from '../model';
import type { Rule } from './types';

const RULE = 'doc-missing';

/**
 * The note against the documentation profile of each billed procedure
 * (data/policy/documentation.json): elements missing from the note (one
 * diagnostic per claim), and a note that disagrees with the claim on levels
 * against units, laterality against RT/LT/50, or guidance against the
 * guidance codes billed. Guidance named in the note but not billed is fine:
 * it may be bundled or not separately payable.
 */
export const docMissing: Rule = {
  name: RULE,
  severity: 'warning',
  description:
    "A procedure note that lacks an element the billed procedure's documentation calls for, " +
    'or that disagrees with the claim.',
  check(claim) {
    const billed = billedProfiles(claim);
    if (billed.length === 0) return [];

    const elements = noteElements(claim.notes);
    const found: Diagnostic[] = [];
    const missing = missingRequirements(billed, elements);
    if (missing.length > 0) found.push(missingDiagnostic(claim, billed, missing));

    for (const { profile, lines } of billed) {
      if (profile.unitsPer === 'level') found.push(...levelsAgainstUnits(profile, lines, elements));
      found.push(...unitsAgainstClaim(profile, lines, elements));
      found.push(...lateralityAgainstClaim(profile, lines, elements));
    }
    found.push(...guidanceAgainstClaim(claim, elements));
    return found;
  },
};

interface BilledProfile {
  profile: DocumentationProfile;
  lines: ServiceLine[];
}

function billedProfiles(claim: Claim): BilledProfile[] {
  const byCode = new Map<string, BilledProfile>();
  for (const line of claim.serviceLines) {
    const profile = documentationProfile(line.code.code);
    if (!profile) continue;
    const entry = byCode.get(profile.procedure);
    if (entry) entry.lines.push(line);
    else byCode.set(profile.procedure, { profile, lines: [line] });
  }
  return [...byCode.values()];
}

function missingRequirements(
  billed: BilledProfile[],
  elements: DocumentationElement[],
): ElementRequirement[] {
  const seen = new Set<string>();
  const missing: ElementRequirement[] = [];
  for (const requirement of billed.flatMap(({ profile }) => profile.elements)) {
    if (seen.has(requirement.label)) continue;
    seen.add(requirement.label);
    if (!findElement(elements, requirement)) missing.push(requirement);
  }
  return missing;
}

function missingDiagnostic(
  claim: Claim,
  billed: BilledProfile[],
  missing: ElementRequirement[],
): Diagnostic {
  const procedures = billed.map(({ profile }) => profile.procedure).join(', ');
  const labels = missing.map((requirement) => labelText(requirement.label));
  const note = claim.notes[0];
  const message = note
    ? `The note lacks ${listed(labels)}, which the documentation of ${procedures} calls for ` +
      `(${missing.map((r) => `${labelText(r.label)}: ${r.what}`).join('; ')}).`
    : `${procedures} is billed but the claim has no procedure note; its documentation calls ` +
      `for ${listed(labels)}.`;
  return {
    rule: RULE,
    severity: 'warning',
    message,
    range: note ? noteHead(note) : billed[0].lines[0].range,
    fixes: [insertLabelsFix(claim, billed, missing)],
  };
}

/** Adds the missing labels at the end of the first note, or a new note after the claim. */
function insertLabelsFix(
  claim: Claim,
  billed: BilledProfile[],
  missing: ElementRequirement[],
): Fix {
  const values = knownValues(claim, billed);
  const line = (indent: string, requirement: ElementRequirement) => {
    const value = values.get(requirement.label);
    return `${indent}${labelText(requirement.label)}:${value ? ` ${value}` : ''}\n`;
  };
  const title = `Add ${listed(missing.map((r) => labelText(r.label)))} to the note`;

  const note = claim.notes[0];
  if (note) {
    const firstElement = note.elements[0];
    const indent = ' '.repeat(
      firstElement ? firstElement.range.start.character : note.keyword.range.start.character + 2,
    );
    // At the end of the note's last line, each new line led by its line end: the line
    // after it may not exist, and a fix must not depend on what follows (results are
    // cached per claim text).
    const at = note.range.end;
    const labels = missing.map((r) => line(indent, r)).join('');
    return {
      title,
      preferred: true,
      edits: [{ range: { start: at, end: at }, newText: `\n${labels.slice(0, -1)}` }],
    };
  }

  const indent = ' '.repeat(billed[0].lines[0].keyword.range.start.character);
  const at = claim.range.end;
  const body = missing.map((r) => line(`${indent}  `, r)).join('');
  return {
    title: `Add a procedure note with ${listed(missing.map((r) => labelText(r.label)))}`,
    preferred: true,
    edits: [
      {
        range: { start: at, end: at },
        newText: `\n\n${indent}note Procedure note\n${body.slice(0, -1)}`,
      },
    ],
  };
}

/** What the claim itself says about some elements, to fill in the inserted labels. */
function knownValues(claim: Claim, billed: BilledProfile[]): Map<string, string> {
  const values = new Map<string, string>();
  const lines = billed[0].lines;
  values.set('units', String(totalUnits(lines)));
  const side = claimSide(lines);
  if (side) values.set('laterality', side);
  const guidance = new Set(
    claim.serviceLines.map((line) => guidanceOfCode(line.code.code)).filter(Boolean),
  );
  if (guidance.size > 0) values.set('guidance', [...guidance].join(' and '));
  return values;
}

function levelsAgainstUnits(
  profile: DocumentationProfile,
  lines: ServiceLine[],
  elements: DocumentationElement[],
): Diagnostic[] {
  const requirement = profile.elements.find((r) => r.label === 'levels');
  const element = requirement && findElement(elements, requirement);
  const levels = element && countLevels(element.value);
  if (!element || levels === undefined || unitsAgree(levels, lines)) return [];

  const fixes: Fix[] = [];
  if (lines.length === 1) {
    const [line] = lines;
    const edits: TextEdit[] = [
      line.unitsToken
        ? replaceTokenEdit(line.unitsToken, String(levels))
        : { range: { start: line.range.end, end: line.range.end }, newText: `  units ${levels}` },
    ];
    // The note's Units must follow, or the fix only trades this warning for the Units one.
    const notedUnits = unitsElementEdit(profile, elements, levels);
    if (notedUnits) edits.push(notedUnits);
    fixes.push({ title: `Set the units of ${profile.procedure} to ${levels}`, edits });
  }
  return [
    {
      rule: RULE,
      severity: 'warning',
      message:
        `The note lists ${levels} level${levels === 1 ? '' : 's'} (${element.value}) but ` +
        `${profile.procedure} is billed with ${unitsText(lines)}; it is reported per level.`,
      range: element.valueRange,
      fixes,
    },
  ];
}

/**
 * Rewrites the number in the note's `Units:` value to `units`. Only a value on one
 * line is rewritten: the joined value of a continued element no longer maps to columns.
 */
function unitsElementEdit(
  profile: DocumentationProfile,
  elements: DocumentationElement[],
  units: number,
): TextEdit | undefined {
  const requirement = profile.elements.find((r) => r.label === 'units');
  const element = requirement && findElement(elements, requirement);
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

function unitsAgainstClaim(
  profile: DocumentationProfile,
  lines: ServiceLine[],
  elements: DocumentationElement[],
): Diagnostic[] {
  const requirement = profile.elements.find((r) => r.label === 'units');
  const element = requirement && findElement(elements, requirement);
  const written = element && unitsWritten(element.value);
  if (!element || written === undefined || unitsAgree(written, lines)) return [];
  return [
    {
      rule: RULE,
      severity: 'warning',
      message:
        `The note's Units says ${written} but ${profile.procedure} is billed with ` +
        `${unitsText(lines)}.`,
      range: element.valueRange,
    },
  ];
}

function lateralityAgainstClaim(
  profile: DocumentationProfile,
  lines: ServiceLine[],
  elements: DocumentationElement[],
): Diagnostic[] {
  const requirement = profile.elements.find((r) => r.label === 'laterality');
  const element = requirement && findElement(elements, requirement);
  const noted = element && sideNamed(element.value);
  const billedSide = claimSide(lines);
  if (!element || !noted || !billedSide || noted === billedSide) return [];
  const modifiers = [...new Set(lines.flatMap((line) => sideModifiers(line)))].join(' and ');
  return [
    {
      rule: RULE,
      severity: 'warning',
      message:
        `The note's Laterality says ${noted} but ${profile.procedure} is billed with ` +
        `${modifiers} (${billedSide}).`,
      range: element.valueRange,
    },
  ];
}

function guidanceAgainstClaim(claim: Claim, elements: DocumentationElement[]): Diagnostic[] {
  const requirement = { label: 'guidance', aliases: ['imaging'], what: '' };
  const element = findElement(elements, requirement);
  if (!element) return [];
  const named = guidanceNamed(element.value);
  const found: Diagnostic[] = [];
  for (const line of claim.serviceLines) {
    const modality = guidanceOfCode(line.code.code);
    if (!modality || named.has(modality)) continue;
    found.push({
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
  return totalUnits(lines) === count || lines.every((line) => line.units === count);
}

function totalUnits(lines: ServiceLine[]): number {
  return lines.reduce((sum, line) => sum + line.units, 0);
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
function claimSide(lines: ServiceLine[]): Side | undefined {
  const modifiers = new Set(lines.flatMap((line) => sideModifiers(line)));
  if (modifiers.has('50') || (modifiers.has('RT') && modifiers.has('LT'))) return 'bilateral';
  if (modifiers.has('RT')) return 'right';
  if (modifiers.has('LT')) return 'left';
  return undefined;
}

function noteHead(note: Note): Range {
  return { start: note.keyword.range.start, end: (note.title ?? note.keyword).range.end };
}

function labelText(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function listed(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
