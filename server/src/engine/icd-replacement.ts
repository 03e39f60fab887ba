/**
 * What to write instead of a diagnosis code that the date's ICD-10-CM year does
 * not hold. NCHS publishes no code-to-code map in the order files, so we take,
 * in this order:
 * 1. the codes the year's order addenda list as added below the code (a code
 *    split into more specific ones: B88.0 became B88.01 and B88.09 in FY2026);
 * 2. the nearest ancestor the year holds, when it is billable (a new code used
 *    on a date before it existed: its parent was the code then);
 * 3. otherwise the billable codes under that ancestor, the code's siblings.
 * Steps 2 and 3 are a suggestion for the coder to confirm, not an official map.
 */
import type { Icd10CodeSet } from './codesets/types';

export interface IcdReplacement {
  /** Codes to choose from, billable in the year, at most `REPLACEMENT_LIMIT`. */
  codes: string[];
  /** Where they came from, for the message. */
  source: 'addenda' | 'parent' | 'siblings';
  /** For `parent` and `siblings`: the ancestor the year holds. */
  under?: string;
}

export const REPLACEMENT_LIMIT = 6;

export function icdReplacement(year: Icd10CodeSet, code: string): IcdReplacement | undefined {
  const bare = code.replace('.', '');
  const added = (year.addenda?.added ?? []).filter(
    (c) => c !== code && c.replace('.', '').startsWith(bare) && year.get(c)?.billable,
  );
  if (added.length > 0) return { codes: added.slice(0, REPLACEMENT_LIMIT), source: 'addenda' };

  for (let length = bare.length - 1; length >= 3; length--) {
    const ancestor = year.get(dotted(bare.slice(0, length)));
    if (!ancestor) continue;
    if (ancestor.billable) {
      return { codes: [ancestor.code], source: 'parent', under: ancestor.code };
    }
    const siblings = year.billableDescendants(ancestor.code, REPLACEMENT_LIMIT);
    return siblings.length > 0
      ? { codes: siblings, source: 'siblings', under: ancestor.code }
      : undefined;
  }
  return undefined;
}

function dotted(bare: string): string {
  return bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare;
}
