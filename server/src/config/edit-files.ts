/**
 * `loadUserEdits` for a person reading the problems: a file's problems (a PTP
 * folder can have a few bad lines in each of several files) become one message
 * naming the file, so a bad file is one notification in the editor and one line
 * from the checker, not a flood.
 */
import { loadUserEdits, type UserEditPaths, type UserEdits } from './user-edits';

const FILES = ['ptpDir', 'payerProfileFile', 'supportPolicyFile'] as const;

export function loadEditFiles(paths: UserEditPaths): UserEdits {
  const options: UserEdits['options'] = {};
  const problems: string[] = [];
  for (const file of FILES) {
    if (!paths[file]) continue;
    const loaded = loadUserEdits({ [file]: paths[file] });
    Object.assign(options, loaded.options);
    if (loaded.problems.length > 0) problems.push(loaded.problems.join(' '));
  }
  return { options, problems };
}
