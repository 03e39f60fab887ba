/** Loads the user's payer-profile file (JSON; the shape is in engine/edits/payers.ts). */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parsePayerProfiles, type PayerProfileParseResult } from '../engine/edits/payers';

/** The file's profiles and its problems, each naming the file; no profiles when unreadable. */
export function loadPayerProfileFile(path: string): PayerProfileParseResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const problem = `Payer-profile file ${path}: cannot be read (${reason(error)}).`;
    return { profiles: {}, problems: [problem] };
  }
  return parsePayerProfiles(text, basename(path));
}

function reason(error: unknown): string {
  return (error as NodeJS.ErrnoException).code === 'ENOENT'
    ? 'no such file'
    : (error as Error).message;
}
