import type { Diagnostic } from '../model';
import { whyModifierNotAllowed } from '../edits/modifier-indicators';
import { isWellFormed, removeModifierFix } from './claim-codes';
import type { Rule } from './types';

export const modifierNotAllowed: Rule = {
  name: 'modifier-not-allowed',
  severity: 'error',
  description:
    "A modifier that the procedure's fee-schedule indicators rule out, or 51 on an add-on code.",
  check(claim, { codeSets }) {
    const found: Diagnostic[] = [];
    for (const line of claim.serviceLines) {
      const code = line.code;
      const procedure = isWellFormed(code) ? codeSets.procedures.get(code.code) : undefined;
      if (!procedure) continue;

      // A HCPCS modifier terminated before the date of service is code-inactive's
      // finding, so that one mistake gives one diagnostic.
      for (const modifier of line.modifiers) {
        if (!isWellFormed(modifier)) continue;
        const why = whyModifierNotAllowed(modifier.code, procedure);
        if (!why) continue;
        found.push({
          rule: 'modifier-not-allowed',
          severity: 'error',
          message: why,
          range: modifier.range,
          fixes: [removeModifierFix(modifier)],
        });
      }
    }
    return found;
  },
};
