import type { CodeToken, Diagnostic, Fix, ServiceLine } from '../model';
import { isWellFormed, removeModifierFix } from './claim-codes';
import { NOTHING_FOUND } from './nothing-found';
import type { Rule } from './types';
import { MODIFIER_CONFLICTS as CONFLICTS } from '../edits/modifier-conflicts';

/** A service line carries at most four modifiers (CMS-1500 box 24D). */
const MAX_MODIFIERS = 4;

export const modifierConflict: Rule = {
  name: 'modifier-conflict',
  severity: 'error',
  description: 'Modifiers that cannot stand together on one service line, or more than four.',
  check(claim) {
    const lines = claim.serviceLines;
    let found: Diagnostic[] | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      // One modifier alone neither clashes nor repeats, and most lines have at most one.
      const modifiers = line.modifiers;
      if (modifiers.length < 2) continue;
      found = conflicts(modifiers, found);
      found = repeats(modifiers, found);
      if (modifiers.length > MAX_MODIFIERS) (found ??= []).push(tooMany(line));
    }
    return found ?? NOTHING_FOUND;
  },
};

/**
 * Only well-formed modifiers count. The shape is tested only on a modifier that
 * would be reported, since most lines have nothing to report.
 */
function conflicts(
  modifiers: readonly CodeToken[],
  found: Diagnostic[] | undefined,
): Diagnostic[] | undefined {
  for (let c = 0; c < CONFLICTS.length; c++) {
    const { a, b, why, keep } = CONFLICTS[c];
    const first = firstOf(modifiers, a);
    if (!first) continue;
    const second = firstOf(modifiers, b);
    if (!second) continue;

    // The diagnostic stands on whichever of the two comes later on the line.
    const firstRange = first.range;
    const secondRange = second.range;
    const firstIsLater = firstRange.start.character > secondRange.start.character;
    const later = firstIsLater ? first : second;
    const [remove, alsoRemove] =
      keep === 'b' ? [first, second] : [later, later === first ? second : first];
    const fixes: Fix[] = [removeModifierFix(remove), removeModifierFix(alsoRemove, false)];
    (found ??= []).push({
      rule: 'modifier-conflict',
      severity: 'error',
      message: `${first.code} and ${second.code} cannot stand together: ${why}.`,
      range: firstIsLater ? firstRange : secondRange,
      fixes,
    });
  }
  return found;
}

/** The first well-formed modifier of the line whose code is one of `codes`. */
function firstOf(modifiers: readonly CodeToken[], codes: readonly string[]): CodeToken | undefined {
  for (let i = 0; i < modifiers.length; i++) {
    const modifier = modifiers[i];
    if (codes.includes(modifier.code) && isWellFormed(modifier)) return modifier;
  }
  return undefined;
}

/** Each well-formed modifier after the first well-formed one of the same code. */
function repeats(
  modifiers: readonly CodeToken[],
  found: Diagnostic[] | undefined,
): Diagnostic[] | undefined {
  for (let i = 1; i < modifiers.length; i++) {
    const modifier = modifiers[i];
    if (!isRepeat(modifiers, i) || !isWellFormed(modifier)) continue;
    (found ??= []).push({
      rule: 'modifier-conflict',
      severity: 'error',
      message: `${modifier.code} is on this line twice.`,
      range: modifier.range,
      fixes: [removeModifierFix(modifier)],
    });
  }
  return found;
}

/** Whether a well-formed modifier before `index` has the same code. */
function isRepeat(modifiers: readonly CodeToken[], index: number): boolean {
  const code = modifiers[index].code;
  for (let i = 0; i < index; i++) {
    if (modifiers[i].code === code && isWellFormed(modifiers[i])) return true;
  }
  return false;
}

function tooMany(line: ServiceLine): Diagnostic {
  const extra = line.modifiers.slice(MAX_MODIFIERS);
  return {
    rule: 'modifier-conflict',
    severity: 'error',
    message:
      `${line.code.text} has ${line.modifiers.length} modifiers; a claim line holds at ` +
      `most ${MAX_MODIFIERS}.`,
    range: { start: extra[0].range.start, end: extra[extra.length - 1].range.end },
    fixes: [
      {
        title: `Remove ${extra.map((m) => m.code).join(', ')}`,
        preferred: true,
        edits: extra.map((m) => removeModifierFix(m).edits[0]),
      },
    ],
  };
}
