/**
 * The engine's facade: plain values in, plain values out. The LSP server and
 * the checker both go through here; nothing below knows about editors.
 */
import { checkClaimFile } from './check';
import type { CodeSets } from './codesets/types';
import { parseClaimFile } from './markup/parse';
import type { ClaimFile, Diagnostic } from './model';
import { defaultOptions, type EngineOptions } from './options';

export type { CodeSets } from './codesets/types';
export type * from './model';
export type { EngineOptions } from './options';

/** Lets a caller stop work that is no longer wanted (a newer edit, a closed request). */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

export interface CheckResult {
  file: ClaimFile;
  diagnostics: Diagnostic[];
}

export class ClaimEngine {
  constructor(
    readonly codeSets: CodeSets,
    public options: EngineOptions = defaultOptions(),
  ) {}

  parse(text: string): ClaimFile {
    return parseClaimFile(text);
  }

  check(text: string): CheckResult {
    const file = parseClaimFile(text);
    return { file, diagnostics: checkClaimFile(file, this.codeSets, this.options) };
  }
}
