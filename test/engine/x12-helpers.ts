/**
 * Shared helpers for the 837P tests: the fixtures, the engine on the real code
 * sets, and the text a diagnostic's range covers, so a test can say "this lands on
 * the NPI 1234567890" rather than on a column number.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import type { CodeSets } from '../../server/src/engine/codesets/types';
import { ClaimEngine } from '../../server/src/engine/index';
import type { Diagnostic, Range } from '../../server/src/engine/model';
import { defaultOptions, type EngineOptions } from '../../server/src/engine/options';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'x12');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

let codeSets: CodeSets | undefined;

export function engine(options: Partial<EngineOptions> = {}): ClaimEngine {
  codeSets ??= defaultCodeSets();
  return new ClaimEngine(codeSets, { ...defaultOptions(), ...options });
}

/** The lines of a text as an editor counts them: CR LF, LF and a lone CR each end one. */
function lines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/** The text a range covers (ranges in these tests stay on one line unless noted). */
export function textAt(text: string, range: Range): string {
  const all = lines(text);
  if (range.start.line === range.end.line) {
    return all[range.start.line].slice(range.start.character, range.end.character);
  }
  const first = all[range.start.line].slice(range.start.character);
  const middle = all.slice(range.start.line + 1, range.end.line);
  const last = all[range.end.line].slice(0, range.end.character);
  return [first, ...middle, last].join('\n');
}

/** `rule on TEXT` for each diagnostic: where it lands, said by what it covers. */
export function landings(
  text: string,
  diagnostics: readonly Diagnostic[],
  only?: string[],
): string[] {
  return diagnostics
    .filter((d) => !only || only.includes(d.rule))
    .map((d) => `${d.rule} on ${textAt(text, d.range)}`);
}
