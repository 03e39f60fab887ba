import {
  documentationProfile,
  ElementMatcher,
  guidanceOfCode,
  noteElements,
  type DocumentationProfile,
  type ElementRequirement,
} from '../edits/documentation';
import type {
  Claim,
  Diagnostic,
  DocumentationElement,
  Fix,
  Note,
  Range,
  ServiceLine,
} from '../model';
import {
  claimSide,
  DOC_MISSING,
  guidanceAgainstClaim,
  lateralityAgainstClaim,
  levelsAgainstUnits,
  totalUnits,
  unitsAgainstClaim,
} from './doc-disagreement';
import type { Rule } from './types';
import { NOTHING_FOUND } from './nothing-found';

const RULE = DOC_MISSING;

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
    if (billed === undefined) return NOTHING_FOUND;

    const elements = noteElements(claim.notes);
    for (let b = 0; b < billed.length; b++) {
      const entry = billed[b];
      entry.found = entry.check.matcher.firstElements(elements);
    }
    let found: Diagnostic[] | undefined;
    const missing = missingRequirements(billed);
    if (missing !== undefined) {
      (found ??= []).push(missingDiagnostic(claim, billed, missing));
    }

    for (let b = 0; b < billed.length; b++) {
      const { profile, check: slots, lines, found: met } = billed[b];
      if (profile.unitsPer === 'level') {
        const levels = levelsAgainstUnits(profile, lines, met[slots.levels], met[slots.units]);
        if (levels) (found ??= []).push(levels);
      }
      const units = unitsAgainstClaim(profile, lines, met[slots.units]);
      if (units) (found ??= []).push(units);
      const side = lateralityAgainstClaim(profile, lines, met[slots.laterality]);
      if (side) (found ??= []).push(side);
    }
    const guidance = billed[0].found[billed[0].check.guidance];
    if (guidance) found = guidanceAgainstClaim(claim, guidance, found);
    return found ?? NOTHING_FOUND;
  },
};

/** The element of a note that names the guidance, whichever procedure is billed. */
const GUIDANCE: ElementRequirement = { label: 'guidance', aliases: ['imaging'], what: '' };

/** Where a profile's requirements stand among those its matcher finds; -1 when absent. */
interface ProfileCheck {
  /** The profile's requirements, then `GUIDANCE`. */
  matcher: ElementMatcher;
  levels: number;
  units: number;
  laterality: number;
  guidance: number;
}

const checks = new Map<DocumentationProfile, ProfileCheck>();

function checkOf(profile: DocumentationProfile): ProfileCheck {
  let check = checks.get(profile);
  if (!check) {
    const requirements = profile.elements;
    const labelAt = (label: string) => requirements.findIndex((r) => r.label === label);
    check = {
      matcher: new ElementMatcher([...requirements, GUIDANCE]),
      levels: labelAt('levels'),
      units: labelAt('units'),
      laterality: labelAt('laterality'),
      guidance: requirements.length,
    };
    checks.set(profile, check);
  }
  return check;
}

interface BilledProfile {
  profile: DocumentationProfile;
  check: ProfileCheck;
  lines: ServiceLine[];
  /** The element that meets each requirement of the profile's check (by index). */
  found: (DocumentationElement | undefined)[];
}

/** The profiles of the billed procedures, in line order; undefined when none has one. */
function billedProfiles(claim: Claim): BilledProfile[] | undefined {
  const lines = claim.serviceLines;
  let billed: BilledProfile[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const profile = documentationProfile(line.code.code);
    if (!profile) continue;
    const entry = billed?.find((known) => known.profile.procedure === profile.procedure);
    if (entry) entry.lines.push(line);
    else (billed ??= []).push({ profile, check: checkOf(profile), lines: [line], found: [] });
  }
  return billed;
}

/** The requirements no element meets, each label once, in profile order. */
function missingRequirements(billed: BilledProfile[]): ElementRequirement[] | undefined {
  const seen = billed.length > 1 ? new Set<string>() : undefined;
  let missing: ElementRequirement[] | undefined;
  for (let b = 0; b < billed.length; b++) {
    const { profile, found } = billed[b];
    const requirements = profile.elements;
    for (let r = 0; r < requirements.length; r++) {
      const requirement = requirements[r];
      const label = requirement.label;
      if (seen) {
        if (seen.has(label)) continue;
        seen.add(label);
      } else if (!firstWithLabel(requirements, r)) {
        continue;
      }
      if (!found[r]) (missing ??= []).push(requirement);
    }
  }
  return missing;
}

/** Whether the requirement at `index` is the first of its label in the list. */
function firstWithLabel(requirements: readonly ElementRequirement[], index: number): boolean {
  const label = requirements[index].label;
  for (let r = 0; r < index; r++) if (requirements[r].label === label) return false;
  return true;
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
