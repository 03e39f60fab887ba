/**
 * Reads an X12 837P interchange into the same claim tree the markup parser makes.
 * Like the markup parser it never throws: what does not read becomes a `syntax`
 * diagnostic on the segment it is about, and the rest of the file is still read.
 */
import type { ClaimFile, Diagnostic } from '../model';
import { readClaims } from './claims';
import { X12Context } from './context';
import { readEnvelope } from './envelope';
import { PositionMap, readSegments } from './segments';
import { readSeparators } from './separators';

export { isX12 } from './separators';

export function parseX12(text: string): ClaimFile {
  const map = new PositionMap(text);
  const diagnostics: Diagnostic[] = [];
  const file: ClaimFile = { claims: [], diagnostics, suppressions: [], lineCount: map.lineCount };

  const separators = readSeparators(text);
  if (!separators) {
    diagnostics.push({
      rule: 'syntax',
      severity: 'error',
      message:
        'This is not a readable X12 interchange: it must open with an ISA segment of 16 ' +
        'elements, whose separators the rest of the file uses.',
      range: map.range(0, Math.min(3, text.length)),
    });
    return file;
  }

  const { segments, problems } = readSegments(text, separators, map);
  const context = new X12Context(text, map, separators, diagnostics);
  for (const problem of problems) context.report(problem.range, problem.message);
  for (const body of readEnvelope(context, segments)) {
    file.claims.push(...readClaims(context, body));
  }
  return file;
}
