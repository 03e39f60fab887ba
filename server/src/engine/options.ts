import type { Severity } from './model';

export type RuleLevel = Severity | 'off';

/** Settings the editor or the checker hands the engine. Every field has a default. */
export interface EngineOptions {
  /** Payer profile for claims without a `payer` line. */
  defaultPayer?: string;
  /** Per-rule severity overrides, e.g. `{ 'dx-unused': 'off' }`. */
  ruleLevels: Record<string, RuleLevel>;
}

export function defaultOptions(): EngineOptions {
  return { ruleLevels: {} };
}
