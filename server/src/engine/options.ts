import type { PayerProfiles } from './edits/payers';
import type { PtpEditTable } from './edits/ptp';
import type { SupportPolicyFile } from './edits/support-policy';
import type { Severity } from './model';

export type RuleLevel = Severity | 'off';

/** Settings the editor or the checker hands the engine. Every field has a default. */
export interface EngineOptions {
  /** Payer profile for claims without a `payer` line. */
  defaultPayer?: string;
  /** Per-rule severity overrides, e.g. `{ 'dx-unused': 'off' }`. */
  ruleLevels: Record<string, RuleLevel>;
  /**
   * NCCI PTP edits read from the user's CMS files (`--ptp DIR`, a setting).
   * None are bundled; without them `ncci-pair` finds nothing.
   */
  ptpEdits?: PtpEditTable;
  /** Payer profiles from the user's file; they add to or replace the built-in ones. */
  payerProfiles?: PayerProfiles;
  /** The user's diagnosis-support policy file, merged over data/policy/dx-support.json. */
  supportPolicy?: SupportPolicyFile;
}

export function defaultOptions(): EngineOptions {
  return { ruleLevels: {} };
}
