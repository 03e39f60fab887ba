/**
 * The default payer names a profile by hand (a setting, `--default-payer`), so a
 * typo would silently turn payer rules off for every claim without a `payer`
 * line. Say so once instead; the default (no payer rules) stays in force.
 */
import { payerProfilesFor, type PayerProfiles } from '../engine/edits/payers';

export function defaultPayerProblem(
  name: string | undefined,
  extra: PayerProfiles | undefined,
): string | undefined {
  if (!name) return undefined;
  const profiles = payerProfilesFor(extra);
  if (profiles[name.toLowerCase()]) return undefined;
  return (
    `No payer profile is named "${name}" (the default payer): claims without a payer line ` +
    `get no payer rules. Profiles: ${Object.keys(profiles).join(', ')}.`
  );
}
