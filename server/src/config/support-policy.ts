/** Loads the user's diagnosis-support policy file (JSON; see data/policy/README.md). */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseSupportPolicy, type SupportPolicyFile } from '../engine/edits/support-policy';

/** The file's policy and its problems, each naming the file; an empty policy when unreadable. */
export function loadSupportPolicyFile(path: string): SupportPolicyFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const why = missing ? 'no such file' : (error as Error).message;
    const problem = `Policy file ${path}: cannot be read (${why}).`;
    return { policy: {}, replaces: [], problems: [problem] };
  }
  return parseSupportPolicy(text, basename(path));
}
