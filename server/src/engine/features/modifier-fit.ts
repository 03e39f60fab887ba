/**
 * Which modifiers suit a procedure, from its fee-schedule indicators. Completion
 * offers the suitable ones first and leaves out those the indicators rule out;
 * hover on a modifier says which of the two it is.
 */
import type { ProcedureCode } from '../codesets/types';
import { whyModifierNotAllowed } from '../edits/modifier-indicators';
import { MODIFIER_FIT_TEXT as TEXT } from './hover-text';

export { conflictsWith } from '../edits/modifier-conflicts';

export type FitVerdict = 'suits' | 'neutral' | 'ruled-out';

export interface ModifierFit {
  verdict: FitVerdict;
  /** Why, in a coder's words; absent for a neutral modifier. */
  reason?: string;
}

/** The order in which suitable modifiers are offered: the most used first. */
export const PREFERRED_ORDER = [
  '25',
  '57',
  '24',
  '50',
  'RT',
  'LT',
  '59',
  'XS',
  'XU',
  'XE',
  'XP',
  '76',
  '77',
  '52',
  '53',
  '22',
  '78',
  '79',
  '58',
  '51',
  '26',
  'TC',
  '62',
  '66',
  '80',
  '82',
  'AS',
  '81',
];

const SURGICAL_GLOBALS = new Set(['000', '010', '090']);
const ASSISTANT_MODIFIERS = new Set(['80', '81', '82', 'AS']);
const DISTINCT_MODIFIERS = new Set(['59', 'XE', 'XP', 'XS', 'XU']);

/** Office and other evaluation and management visits. */
export function isEvaluationAndManagement(code: string): boolean {
  return /^99[2-4][0-9]{2}$/.test(code);
}

/** How `modifier` fits `procedure`; neutral when the procedure has no indicators. */
export function modifierFit(modifier: string, procedure: ProcedureCode | undefined): ModifierFit {
  const fees = procedure?.fees;
  if (!procedure) return { verdict: 'neutral' };

  const visit = isEvaluationAndManagement(procedure.code);
  if (visit && (modifier === '25' || modifier === '57' || modifier === '24')) {
    return { verdict: 'suits', reason: TEXT.evaluation };
  }
  if (!fees) return { verdict: 'neutral' };

  // What the rule rejects, completion must never offer as suitable: one table decides.
  const ruledOut = whyModifierNotAllowed(modifier, procedure);
  if (ruledOut) return { verdict: 'ruled-out', reason: ruledOut };

  const isAddOn = procedure.addOn !== undefined || fees.globalDays === 'ZZZ';

  const surgical = SURGICAL_GLOBALS.has(fees.globalDays) || fees.globalDays === 'ZZZ';
  switch (modifier) {
    case '50':
      return fees.bilateral === '1'
        ? { verdict: 'suits', reason: TEXT.bilateralYes }
        : { verdict: 'neutral' };
    case 'RT':
    case 'LT':
      return !visit && ['0', '1', '3'].includes(fees.bilateral)
        ? { verdict: 'suits', reason: TEXT.laterality }
        : { verdict: 'neutral' };
    case '62':
      return fees.coSurgeon === '1' || fees.coSurgeon === '2'
        ? { verdict: 'suits', reason: TEXT.coSurgeonYes(fees.coSurgeon) }
        : { verdict: 'neutral' };
    case '66':
      return fees.team === '1' || fees.team === '2'
        ? { verdict: 'suits', reason: TEXT.teamYes(fees.team) }
        : { verdict: 'neutral' };
    case '26':
      return ['1', '6', '8'].includes(fees.pctc)
        ? { verdict: 'suits', reason: TEXT.pctcYes(fees.pctc) }
        : { verdict: 'neutral' };
    case 'TC':
      return fees.pctc === '1'
        ? { verdict: 'suits', reason: TEXT.pctcYes(fees.pctc) }
        : { verdict: 'neutral' };
    case '51':
      if (isAddOn) return { verdict: 'neutral' };
      return fees.multipleProcedure === '2' || fees.multipleProcedure === '3'
        ? { verdict: 'suits', reason: TEXT.multiple }
        : { verdict: 'neutral' };
  }
  if (ASSISTANT_MODIFIERS.has(modifier)) {
    return fees.assistant === '2'
      ? { verdict: 'suits', reason: TEXT.assistantYes('2') }
      : { verdict: 'neutral' };
  }
  if (!surgical || visit) return { verdict: 'neutral' };

  if (DISTINCT_MODIFIERS.has(modifier)) return { verdict: 'suits', reason: TEXT.distinct };
  if (modifier === '76' || modifier === '77') return { verdict: 'suits', reason: TEXT.repeat };
  if (modifier === '52' || modifier === '53') return { verdict: 'suits', reason: TEXT.reduced };
  if (modifier === '22' && !isAddOn) return { verdict: 'suits', reason: TEXT.increased };
  const postoperative = ['58', '78', '79'].includes(modifier);
  if (postoperative && (fees.globalDays === '010' || fees.globalDays === '090')) {
    return { verdict: 'suits', reason: TEXT.postoperative(fees.globalDays) };
  }
  return { verdict: 'neutral' };
}

/** Rank for sorting: suitable modifiers in the preferred order, then the rest by code. */
export function preferredRank(modifier: string): number {
  const index = PREFERRED_ORDER.indexOf(modifier);
  return index < 0 ? PREFERRED_ORDER.length : index;
}
