/**
 * The NCCI PTP-associated modifiers: those that may bypass a PTP edit whose
 * modifier indicator is 1, under the right clinical circumstances. Taken from
 * the NCCI Policy Manual (effective 2026-01-01), chapter I, section E:
 * anatomic E1-E4, FA, F1-F9, TA, T1-T9, LT, RT, LC, LD, RC, LM, RI; global
 * surgery 24, 25, 57, 58, 78, 79; other 27, 59, 91, XE, XS, XP, XU.
 * 22, 76 and 77 are named there as not bypassing an edit.
 */

const listed = ['LT', 'RT', 'LC', 'LD', 'RC', 'LM', 'RI', 'FA', 'TA'];
const numbered = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

/**
 * The anatomic NCCI PTP-associated modifiers. They show distinct services only
 * when the two lines of a pair name different sites (RT on one, LT on the other):
 * the manual (chapter I, section E) says indicator-1 pairs "may be reported if
 * performed on the contralateral organs or structures" but generally not "when
 * performed on the ipsilateral organ or structure". So RT on one line alone, or
 * on both, does not bypass an edit.
 */
export const ANATOMIC_MODIFIERS: ReadonlySet<string> = new Set([
  ...numbered('E', 1, 4),
  ...numbered('F', 1, 9),
  ...numbered('T', 1, 9),
  ...listed,
]);

/** The global-surgery and other NCCI PTP-associated modifiers: on either line, they bypass. */
export const NCCI_DISTINCT_MODIFIERS: ReadonlySet<string> = new Set([
  '24',
  '25',
  '57',
  '58',
  '78',
  '79',
  '27',
  '59',
  '91',
  'XE',
  'XS',
  'XP',
  'XU',
]);

export const NCCI_ASSOCIATED_MODIFIERS: ReadonlySet<string> = new Set([
  ...ANATOMIC_MODIFIERS,
  ...NCCI_DISTINCT_MODIFIERS,
]);

/** The X{EPSU} modifiers, CMS's more specific subsets of 59. */
export const X_MODIFIERS: readonly string[] = ['XE', 'XS', 'XP', 'XU'];

/** What each X modifier says, in a coder's words, for fix titles. */
export const X_MODIFIER_MEANING: Readonly<Record<string, string>> = {
  XE: 'separate encounter',
  XS: 'separate structure',
  XP: 'separate practitioner',
  XU: 'unusual non-overlapping service',
};
