import {
  supportCoversAny,
  supportPolicyWith,
  type ProcedureSupport,
  type SupportPolicy,
  type SupportPolicyFile,
} from '../edits/support-policy';
import type { DiagnosisEntry, Diagnostic } from '../model';
import type { EngineOptions } from '../options';
import type { Rule } from './types';
import { NOTHING_FOUND } from './nothing-found';

/** How many supporting codes a message names before it says "and N more". */
const LISTED = 6;

/**
 * The merged policy per user file, so a check does not merge on every keystroke;
 * by procedure in a Map, since a claim's codes are new strings each parse and
 * a keyed look-up of a code-like string on an object is several times slower.
 */
const merged = new WeakMap<SupportPolicyFile, ReadonlyMap<string, ProcedureSupport>>();
let builtInOnly: ReadonlyMap<string, ProcedureSupport> | undefined;

function policyFor(options: EngineOptions): ReadonlyMap<string, ProcedureSupport> {
  const user = options.supportPolicy;
  if (!user) return (builtInOnly ??= byProcedure(supportPolicyWith(undefined)));
  let policy = merged.get(user);
  if (!policy) merged.set(user, (policy = byProcedure(supportPolicyWith(user))));
  return policy;
}

/** Codes come upper case, so no code meets an `Object.prototype` name the object had. */
function byProcedure(policy: SupportPolicy): ReadonlyMap<string, ProcedureSupport> {
  return new Map(Object.entries(policy));
}

/**
 * A service line none of whose pointed diagnoses supports its procedure under
 * the policy table (data/policy/dx-support.json plus the user's file). Silent
 * for procedures the policy does not list and for lines without pointers
 * (`dx-pointer` reports those).
 */
export const dxSupport: Rule = {
  name: 'dx-support',
  severity: 'warning',
  description:
    "A service line whose diagnoses include none that the procedure's support policy lists.",
  check(claim, { options }) {
    const lines = claim.serviceLines;
    if (lines.length === 0) return NOTHING_FOUND;
    const policy = policyFor(options);
    let found: Diagnostic[] | undefined;

    for (let l = 0; l < lines.length; l++) {
      const line = lines[l];
      const procedure = line.code.code;
      const support = policy.get(procedure);
      if (!support) continue;
      const pointers = line.pointers;
      let pointed = 0;
      let supported = false;
      for (let p = 0; p < pointers.length && !supported; p++) {
        const code = pointedCode(claim.diagnoses, pointers[p].letter);
        if (code === undefined) continue;
        pointed++;
        supported = supportCoversAny(support, code);
      }
      if (pointed === 0 || supported) continue;

      const codes = line.pointers
        .map((pointer) => pointedCode(claim.diagnoses, pointer.letter))
        .filter((code): code is string => code !== undefined);
      const listed = support.diagnoses
        .slice(0, LISTED)
        .map((entry) => (entry.title ? `${entry.code} ${entry.title}` : entry.code));
      const more = support.diagnoses.length - listed.length;
      (found ??= []).push({
        rule: 'dx-support',
        severity: 'warning',
        message:
          `None of this line's diagnoses (${codes.join(', ')}) supports ${procedure} ` +
          `under the ${support.source}. Supporting diagnoses include ${listed.join('; ')}` +
          `${more > 0 ? ` and ${more} more` : ''}.`,
        range: line.pointerField
          ? { start: line.pointerField.range.start, end: line.pointers.at(-1)!.range.end }
          : line.code.range,
      });
    }
    return found ?? NOTHING_FOUND;
  },
};

/** The code of the diagnosis with `letter`; the last one written when a letter repeats. */
function pointedCode(entries: readonly DiagnosisEntry[], letter: string): string | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i];
    if (entry.letter.text === letter) return entry.code.code;
  }
  return undefined;
}
