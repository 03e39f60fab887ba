import type { Diagnostic, Fix } from '../model';
import { isWellFormed } from './claim-codes';
import { NOTHING_FOUND } from './nothing-found';
import type { Rule } from './types';

/** How many billable codes a message names and how many quick fixes it offers. */
const MAX_NAMED = 10;

export const codeNotBillable: Rule = {
  name: 'code-not-billable',
  severity: 'error',
  description: 'An ICD-10-CM category or subcategory that has children (a header) is not billable.',
  check(claim, { codeSets }) {
    const diagnoses = claim.diagnoses;
    let found: Diagnostic[] | undefined;
    for (let i = 0; i < diagnoses.length; i++) {
      const code = diagnoses[i].code;
      if (!isWellFormed(code)) continue;
      const entry = codeSets.icd10cm.get(code.code);
      if (!entry || entry.billable) continue;

      const children = codeSets.icd10cm.billableDescendants(entry.code);
      const named = children.slice(0, MAX_NAMED);
      const more = children.length - named.length;
      const list = named.join(', ') + (more > 0 ? ` and ${more} more` : '');
      const fixes: Fix[] = named.map((child, index) => ({
        title: `Replace ${entry.code} with ${child} (${codeSets.icd10cm.get(child)?.shortTitle})`,
        preferred: named.length === 1 && index === 0,
        edits: [{ range: code.range, newText: child }],
      }));

      (found ??= []).push({
        rule: 'code-not-billable',
        severity: 'error',
        message:
          `${entry.code} (${entry.shortTitle}) is a header, not a billable code: ` +
          (children.length > 0 ? `code to its billable ${list}.` : 'it has no billable codes.'),
        range: code.range,
        fixes,
      });
    }
    return found ?? NOTHING_FOUND;
  },
};
