/**
 * Modifiers that cannot stand together on one service line. The rule
 * `modifier-conflict` reports them; completion leaves out a modifier that would
 * clash with one already on the line.
 */

/**
 * Pairs that cannot stand on one line, with the reason in a coder's words.
 * `keep` names the one to keep when one of the pair is plainly the better
 * choice; the quick fix that removes the other is offered first.
 */
export interface ModifierConflict {
  a: string[];
  b: string[];
  why: string;
  keep?: 'a' | 'b';
}

export const MODIFIER_CONFLICTS: ModifierConflict[] = [
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

/** True when `modifier` cannot join the modifiers already on the line. */
export function conflictsWith(modifier: string, present: string[]): boolean {
  if (present.includes(modifier)) return true;
  return MODIFIER_CONFLICTS.some(
    ({ a, b }) =>
      (a.includes(modifier) && present.some((code) => b.includes(code))) ||
      (b.includes(modifier) && present.some((code) => a.includes(code))),
  );
}
