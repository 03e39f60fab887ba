/**
 * Loads the code-set folders a coder names (`claimCoding.codeSetFolders`) for the
 * engine host: compiles on first use with `window/workDoneProgress`, logs which
 * files are used, shows one warning naming any file that cannot be read, and tells
 * the client when the code sets in use have changed (the status bar asks again).
 */
import { isAbsolute, resolve } from 'node:path';
import {
  MessageType,
  ShowMessageNotification,
  type Connection,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { loadCodeSetFolders } from '../config/codeset-folder';
import type { CodeSets } from '../engine/codesets/types';
import { icdYears } from '../engine/icd-years';
import { CODE_SETS_CHANGED_NOTIFICATION, type CodeSetsChanged } from './code-set-requests';
import { elapsed, type ServerLog } from './log';


type Progress = Pick<WorkDoneProgressServerReporter, 'begin' | 'report' | 'done'>;

export type FolderLoader = (folders: readonly string[], base: CodeSets) => Promise<CodeSets>;

/** Setting paths as absolute paths: relative ones are read from the workspace folder. */
export function resolveFolders(folders: readonly string[], root: string | undefined): string[] {
  return folders.map((folder) => (isAbsolute(folder) || !root ? folder : resolve(root, folder)));
}

export function editorFolderLoader(connection: Connection, log: ServerLog): FolderLoader {
  return async (folders, base) => {
    if (folders.length === 0) return base;
    const start = performance.now();
    // A client that refuses the progress token still gets its code sets, without progress.
    const progress = await connection.window
      .createWorkDoneProgress()
      .catch((): Progress => ({ begin() {}, report() {}, done() {} }));
    progress.begin('Claim Coding: code sets', 0, 'Reading the code-set folders', false);
    try {
      const result = await loadCodeSetFolders({
        folders,
        base,
        onProgress: ({ message, percentage }) => progress.report(percentage, message),
      });
      // Kinds, versions and counts only: a path the coder chose could name a patient.
      for (const used of result.used) {
        const how = used.compiled ? 'compiled' : 'from the cache';
        log.info(`Code sets: ${used.kind} ${used.version} from a code-set folder (${how}).`);
      }
      // Notices name years and standard file names, never a path.
      for (const notice of result.notices) log.info(`Code sets: ${notice}`);
      log.info(`Code sets: ${result.problems.length} files or folders could not be read.`);
      // The coder sees the problems, which name the files.
      if (result.problems.length > 0) {
        void connection.sendNotification(ShowMessageNotification.type, {
          type: MessageType.Warning,
          message: `Claim Coding: ${result.problems.join(' ')}`,
        });
      }
      log.info(`Code-set folders read in ${elapsed(start)}.`);
      return result.codeSets;
    } finally {
      progress.done();
    }
  };
}

/** Tells the client which versions are now in use. */
export function announceCodeSets(connection: Connection, codeSets: CodeSets): void {
  const changed: CodeSetsChanged = {
    icd10cm: icdYears(codeSets).map((year) => year.version),
    versions: { ...codeSets.versions },
  };
  void connection.sendNotification(CODE_SETS_CHANGED_NOTIFICATION, changed);
}
