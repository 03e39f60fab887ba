import type { CodeToken, Diagnostic, Fix } from '../model';
import { isWellFormed, removeModifierFix } from './claim-codes';
import type { Rule } from './types';
import {
  MODIFIER_CONFLICTS as CONFLICTS,
  type ModifierConflict as Conflict,
} from '../edits/modifier-conflicts';

/** A service line carries at most four modifiers (CMS-1500 box 24D). */
const MAX_MODIFIERS = 4;

export const modifierConflict: Rule = {
  name: 'modifier-conflict',
  severity: 'error',
  description: 'Modifiers that cannot stand together on one service line, or more than four.',
  check(claim) {
    const found: Diagnostic[] = [];
    for (const line of claim.serviceLines) {
      const modifiers = line.modifiers.filter(isWellFormed);
      found.push(...conflicts(modifiers), ...repeats(modifiers));

      if (line.modifiers.length > MAX_MODIFIERS) {
        const extra = line.modifiers.slice(MAX_MODIFIERS);
        found.push({
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
        });
      }
    }
    return found;
  },
};

function conflicts(modifiers: CodeToken[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const { a, b, why, keep } of CONFLICTS) {
    const first = modifiers.find((m) => a.includes(m.code));
    const second = modifiers.find((m) => b.includes(m.code));
    if (!first || !second) continue;

    // The diagnostic stands on whichever of the two comes later on the line.
    const later = first.range.start.character > second.range.start.character ? first : second;
    const [remove, alsoRemove] =
      keep === 'b' ? [first, second] : [later, later === first ? second : first];
    const fixes: Fix[] = [removeModifierFix(remove), removeModifierFix(alsoRemove, false)];
    found.push({
      rule: 'modifier-conflict',
      severity: 'error',
      message: `${first.code} and ${second.code} cannot stand together: ${why}.`,
      range: later.range,
      fixes,
    });
  }
  return found;
}

function repeats(modifiers: CodeToken[]): Diagnostic[] {
  const seen = new Set<string>();
  const found: Diagnostic[] = [];
  for (const modifier of modifiers) {
    if (!seen.has(modifier.code)) {
      seen.add(modifier.code);
      continue;
    }
    found.push({
      rule: 'modifier-conflict',
      severity: 'error',
      message: `${modifier.code} is on this line twice.`,
      range: modifier.range,
      fixes: [removeModifierFix(modifier)],
    });
  }
  return found;
}
