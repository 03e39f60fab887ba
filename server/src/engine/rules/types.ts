import type { CodeSets } from '../codesets/types';
import type { Claim, Diagnostic, Severity } from '../model';
import type { EngineOptions } from '../options';

/** What a rule sees besides the claim it checks. */
export interface RuleContext {
  codeSets: CodeSets;
  options: EngineOptions;
}

/**
 * One rule of FORMAT.md. `check` looks at one claim and returns what it finds;
 * the runner applies severity settings and suppression comments afterwards.
 */
export interface Rule {
  /** The stable name from FORMAT.md, e.g. `dx-pointer`. */
  name: string;
  /** Severity when no setting overrides it. A diagnostic may carry its own. */
  severity: Severity;
  /** One sentence for docs and SARIF help. */
  description: string;
  check(claim: Claim, context: RuleContext): Diagnostic[];
}
