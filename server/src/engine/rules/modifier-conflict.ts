import type { CodeToken, Diagnostic, Fix } from '../model';
import { isWellFormed, removeModifierFix } from './claim-codes';
import type { Rule } from './types';

/** A service line carries at most four modifiers (CMS-1500 box 24D). */
const MAX_MODIFIERS = 4;

/**
 * Pairs that cannot stand on one line, with the reason in a coder's words.
 * `keep` names the one to keep when one of the pair is plainly the better
 * choice; the quick fix that removes the other is offered first.
 */
interface Conflict {
  a: string[];
  b: string[];
  why: string;
  keep?: 'a' | 'b';
}

const CONFLICTS: Conflict[] = [
  { a: ['50'], b: ['RT', 'LT'], why: '50 already says both sides' },
  { a: ['RT'], b: ['LT'], why: 'a line is one side; report each side on its own line, or 50' },
  { a: ['52'], b: ['53'], why: 'a service is either reduced (52) or discontinued (53)' },
  { a: ['76'], b: ['77'], why: 'a repeat is by the same (76) or by another (77) physician' },
  {
    a: ['26'],
    b: ['TC'],
    why: 'both components together are the global service, without 26 or TC',
  },
  {
    a: ['59'],
    b: ['XE', 'XS', 'XP', 'XU'],
    why: 'the X modifier already says why the service is distinct; 59 adds nothing',
    keep: 'b',
  },
];

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
