/**
 * Check All Claim Files: every `.claim` file under the workspace folders, open
 * or not, so the Problems panel lists closed files too. Open files are left to
 * the diagnostics publisher (it checks their unsaved text); closed ones are read
 * from disk and their diagnostics published here. The walk yields to the event
 * loop between files, so completion and hover stay quick while it runs.
 *
 * Known limit: diagnostics of a closed file stay until the next check or until
 * the file is opened and closed; a file deleted since keeps its old problems
 * until the editor drops them.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CancellationToken, Connection } from 'vscode-languageserver/node';
import type { Diagnostic } from '../engine/model';
import { toLspDiagnostic } from './convert';
import type { OpenDocuments } from './documents';
import type { EngineHost } from './engine-host';
import type { WorkspaceCheckResult } from './editor-requests';
import { LARGE_FILE_LIMIT } from './limits';
import { elapsed, type ServerLog } from './log';
import { URI } from './uri';

/** More than any coder's folder holds; a guard against pointing at a whole disk. */
export const MAX_FILES = 5000;
/** Folders that hold build output or other people's files, never claims to check. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'out', 'build']);

export async function checkWorkspace(
  folderUris: string[],
  connection: Connection,
  documents: OpenDocuments,
  host: EngineHost,
  log: ServerLog,
  token?: CancellationToken,
): Promise<WorkspaceCheckResult> {
  const start = performance.now();
  const folders = folderUris.map((uri) => URI.toFilePath(uri)).filter(isString);
  const { files, truncated } = await findClaimFiles(folders, token);
  const result: WorkspaceCheckResult = {
    files: 0,
    errors: 0,
    warnings: 0,
    filesWithProblems: 0,
    skipped: 0,
    truncated,
  };

  for (const path of files) {
    if (token?.isCancellationRequested) break;
    const uri = pathToFileURL(path).href;
    const open = documents.get(uri);
    const text = open ? open.getText() : await readClaimFile(path);
    if (text === undefined || text.length > LARGE_FILE_LIMIT) {
      result.skipped++;
      continue;
    }
    const diagnostics = host.engine.checkBatch(text, path).diagnostics;
    count(result, diagnostics);
    if (!open) {
      await connection
        .sendDiagnostics({ uri, diagnostics: diagnostics.map(toLspDiagnostic) })
        .catch(() => undefined);
    }
    // Let waiting requests (hover, completion) in between files.
    await new Promise((resolve) => setImmediate(resolve));
  }

  log.info(
    `Checked ${result.files} claim files in ${elapsed(start)}: ${result.errors} errors, ` +
      `${result.warnings} warnings, ${result.skipped} skipped.`,
  );
  return result;
}

function count(result: WorkspaceCheckResult, diagnostics: Diagnostic[]): void {
  result.files++;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  result.errors += errors;
  result.warnings += warnings;
  if (errors + warnings > 0) result.filesWithProblems++;
}

async function readClaimFile(path: string): Promise<string | undefined> {
  try {
    if ((await stat(path)).size > LARGE_FILE_LIMIT * 4) return undefined;
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** `.claim` files under the folders, in path order, skipping hidden and build folders. */
async function findClaimFiles(
  folders: string[],
  token?: CancellationToken,
): Promise<{ files: string[]; truncated: boolean }> {
  const files: string[] = [];
  const pending = [...folders];
  while (pending.length > 0) {
    if (token?.isCancellationRequested) break;
    const folder = pending.shift()!;
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) pending.push(path);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.claim')) {
        files.push(path);
        if (files.length >= MAX_FILES) return { files, truncated: true };
      }
    }
  }
  return { files, truncated: false };
}

function isString(value: string | undefined): value is string {
  return typeof value === 'string';
}
