/**
 * What the fee-schedule indicators (CMS RVU file) say of a modifier on a procedure.
 * The rule `modifier-not-allowed`, completion and hover all read this one table, so
 * that a modifier completion offers is never one the rule then rejects.
 */
import type { FeeScheduleIndicators, ProcedureCode } from '../codesets/types';

type SurgeryIndicator = 'bilateral' | 'assistant' | 'coSurgeon' | 'team';

/**
 * The fee-schedule indicator values (CMS RVU file) that rule a modifier out, with
 * what each means. Values left out allow the modifier:
 * - bilateral 1 is reported with 50, and so is 3 (each side paid in full; NCCI
 *   manual chapter I, MUE section);
 * - assistant 0 pays an assistant when medical necessity is documented, which
 *   the claim alone cannot show, and 2 pays one;
 * - co-surgeon and team 1 pay with documentation, 2 pay.
 */
const RULED_OUT: Record<SurgeryIndicator, { name: string; values: Record<string, string> }> = {
  bilateral: {
    name: 'bilateral',
    values: {
      '0': 'the bilateral adjustment does not apply; report the side with RT or LT',
      '2': 'the code already describes a bilateral procedure',
      '9': 'the bilateral concept does not apply to it',
    },
  },
  assistant: {
    name: 'assistant',
    values: {
      '1': 'an assistant at surgery is not paid',
      '9': 'assistant at surgery does not apply to it',
    },
  },
  coSurgeon: {
    name: 'co-surgeon',
    values: {
      '0': 'co-surgeons are not permitted',
      '9': 'co-surgery does not apply to it',
    },
  },
  team: {
    name: 'team',
    values: {
      '0': 'a surgical team is not permitted',
      '9': 'team surgery does not apply to it',
    },
  },
};

/** Maps, not objects: a modifier cut from a line is no interned key, and `50` no index. */
const SURGERY_MODIFIERS = new Map<string, SurgeryIndicator>([
  ['50', 'bilateral'],
  ['80', 'assistant'],
  ['81', 'assistant'],
  ['82', 'assistant'],
  ['AS', 'assistant'],
  ['62', 'coSurgeon'],
  ['66', 'team'],
]);

/** What each PC/TC indicator makes of a code, for the 26 and TC messages. */
const PCTC: Record<string, string> = {
  '0': 'a physician service with no professional/technical split',
  '2': 'a professional-component-only code',
  '3': 'a technical-component-only code',
  '4': 'a global test-only code',
  '5': 'an incident-to service',
  '6': 'a laboratory physician interpretation code',
  '7': 'a physical therapy service',
  '8': 'a physician interpretation code',
  '9': 'a code where the professional/technical split does not apply',
};

/** 26 fits codes that split (1) and the interpretation codes (6, 8); TC only codes that split. */
const COMPONENT_ALLOWED = new Map<string, string[]>([
  ['26', ['1', '6', '8']],
  ['TC', ['1']],
]);

/** Why `modifier` is ruled out on `procedure`, or undefined when it is not. */
export function whyModifierNotAllowed(
  modifier: string,
  procedure: ProcedureCode,
): string | undefined {
  const code = procedure.code;
  if (modifier === '51' && procedure.addOn) {
    return `51 is not reported on ${code}: add-on codes are exempt from multiple procedure rules.`;
  }
  const fees = procedure.fees;
  if (!fees) return undefined;

  const surgery = SURGERY_MODIFIERS.get(modifier);
  if (surgery) return surgeryIndicator(modifier, code, fees, surgery);

  const allowed = COMPONENT_ALLOWED.get(modifier);
  if (allowed && !allowed.includes(fees.pctc)) {
    const what = PCTC[fees.pctc] ?? 'a code without a professional/technical split';
    return `${modifier} does not apply to ${code}: it is ${what} (PC/TC indicator ${fees.pctc}).`;
  }
  return undefined;
}

function surgeryIndicator(
  modifier: string,
  code: string,
  fees: FeeScheduleIndicators,
  indicator: SurgeryIndicator,
): string | undefined {
  const value = fees[indicator];
  const { name, values } = RULED_OUT[indicator];
  const why = values[value];
  return why && `${modifier} is not for ${code}: ${why} (${name} indicator ${value}).`;
}
