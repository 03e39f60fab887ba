import type { CodeToken, Diagnostic, Fix, ServiceLine } from '../model';
import type { ProcedureCode } from '../codesets/types';
import { whyModifierNotAllowed } from '../edits/modifier-indicators';
import { isWellFormed, removeModifierFix } from './claim-codes';
import { NOTHING_FOUND } from './nothing-found';
import type { Rule } from './types';

export const modifierNotAllowed: Rule = {
  name: 'modifier-not-allowed',
  severity: 'error',
  description:
    "A modifier that the procedure's fee-schedule indicators rule out, or 51 on an add-on code.",
  check(claim, { codeSets }) {
    const lines = claim.serviceLines;
    let found: Diagnostic[] | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      // Most lines carry no modifier: nothing to look up for them.
      const modifiers = line.modifiers;
      if (modifiers.length === 0) continue;
      const code = line.code;
      const procedure = isWellFormed(code) ? codeSets.procedures.get(code.code) : undefined;
      if (!procedure) continue;

      // A HCPCS modifier terminated before the date of service is code-inactive's
      // finding, so that one mistake gives one diagnostic.
      for (let j = 0; j < modifiers.length; j++) {
        const modifier = modifiers[j];
        // The indicators rule out few modifiers: ask them first, the shape only then.
        const why = whyModifierNotAllowed(modifier.code, procedure);
        if (!why || !isWellFormed(modifier)) continue;
        (found ??= []).push({
          rule: 'modifier-not-allowed',
          severity: 'error',
          message: why,
          range: modifier.range,
          fixes: fixesFor(modifier, line, procedure),
        });
      }
    }
    return found ?? NOTHING_FOUND;
  },
};

/**
 * Bilateral indicator 0 asks for the side (RT or LT) instead of 50, so those come
 * first, RT preferred as the more common guess; the coder confirms the side in the
 * note. When the line already names a side, only removing 50 is offered.
 */
function fixesFor(modifier: CodeToken, line: ServiceLine, procedure: ProcedureCode): Fix[] {
  const sideWritten = line.modifiers.some((m) => m.code === 'RT' || m.code === 'LT');
  if (modifier.code !== '50' || procedure.fees?.bilateral !== '0' || sideWritten) {
    return [removeModifierFix(modifier)];
  }
  return [
    replaceModifierFix(modifier, 'RT', true),
    replaceModifierFix(modifier, 'LT', false),
    removeModifierFix(modifier, false),
  ];
}

function replaceModifierFix(modifier: CodeToken, by: string, preferred: boolean): Fix {
  return {
    title: `Replace ${modifier.code} with ${by}`,
    preferred,
    edits: [{ range: modifier.range, newText: by }],
  };
}
