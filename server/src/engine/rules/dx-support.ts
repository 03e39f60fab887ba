import {
  supportCovers,
  supportPolicyWith,
  type SupportPolicy,
  type SupportPolicyFile,
} from '../edits/support-policy';
import type { Diagnostic } from '../model';
import type { EngineOptions } from '../options';
import type { Rule } from './types';

/** How many supporting codes a message names before it says "and N more". */
const LISTED = 6;

/** The merged policy per user file, so a check does not merge on every keystroke. */
const merged = new WeakMap<SupportPolicyFile, SupportPolicy>();
let builtInOnly: SupportPolicy | undefined;

function policyFor(options: EngineOptions): SupportPolicy {
  const user = options.supportPolicy;
  if (!user) return (builtInOnly ??= supportPolicyWith(undefined));
  let policy = merged.get(user);
  if (!policy) merged.set(user, (policy = supportPolicyWith(user)));
  return policy;
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
    const policy = policyFor(options);
    const byLetter = new Map(claim.diagnoses.map((entry) => [entry.letter.text, entry.code.code]));
    const found: Diagnostic[] = [];

    for (const line of claim.serviceLines) {
      const support = policy[line.code.code];
      if (!support) continue;
      const pointed = line.pointers
        .map((pointer) => byLetter.get(pointer.letter))
        .filter((code): code is string => code !== undefined);
      if (pointed.length === 0) continue;
      const supported = pointed.some((code) =>
        support.diagnoses.some((entry) => supportCovers(entry, code)),
      );
      if (supported) continue;

      const listed = support.diagnoses
        .slice(0, LISTED)
        .map((entry) => (entry.title ? `${entry.code} ${entry.title}` : entry.code));
      const more = support.diagnoses.length - listed.length;
      found.push({
        rule: 'dx-support',
        severity: 'warning',
        message:
          `None of this line's diagnoses (${pointed.join(', ')}) supports ${line.code.code} ` +
          `under the ${support.source}. Supporting diagnoses include ${listed.join('; ')}` +
          `${more > 0 ? ` and ${more} more` : ''}.`,
        range: line.pointerField
          ? { start: line.pointerField.range.start, end: line.pointers.at(-1)!.range.end }
          : line.code.range,
      });
    }
    return found;
  },
};
