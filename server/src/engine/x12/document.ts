/**
 * Picks the reader for a document: the claim markup, or an X12 837P interchange.
 * The content decides (an interchange opens with ISA); a `.claim` name always
 * means the markup, so a claim file that happens to start with "ISA" stays one.
 */
import { checkClaimFile } from '../check';
import type { CodeSets } from '../codesets/types';
import { parsedText } from '../markup/incremental';
import type { ClaimFile, Diagnostic } from '../model';
import type { EngineOptions } from '../options';
import { parseX12 } from './parse';
import { isaStart } from './separators';

export type DocumentFormat = 'claim' | 'x12';

export function documentFormat(text: string, fileName?: string): DocumentFormat {
  if (fileName && /\.claim$/i.test(fileName)) return 'claim';
  return isaStart(text) !== undefined ? 'x12' : 'claim';
}

export function parseDocument(
  text: string,
  fileName?: string,
): { format: DocumentFormat; file: ClaimFile } {
  const format = documentFormat(text, fileName);
  return { format, file: format === 'x12' ? parseX12(text) : parsedText(text).file };
}

/**
 * Checks a parsed 837P. Two differences from the markup, both because an 837P is
 * not ours to rewrite: quick fixes are dropped (they write markup), and `doc-missing`
 * is off unless a setting names its level, since an 837P carries no procedure note.
 */
export function checkX12File(
  file: ClaimFile,
  codeSets: CodeSets,
  options: EngineOptions,
): Diagnostic[] {
  const ruleLevels = { 'doc-missing': 'off' as const, ...options.ruleLevels };
  const diagnostics = checkClaimFile(file, codeSets, { ...options, ruleLevels });
  return diagnostics.map(({ fixes: _fixes, ...diagnostic }) => diagnostic);
}
