/**
 * Turns the paths on the command line into the claim files to check: files as
 * named, folders searched recursively for `.claim` and 837P files, glob patterns expanded,
 * `-` for standard input.
 * Only reads; the checker never writes to its inputs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { globSync } from 'tinyglobby';
import { holdsClaims, isClaimFileName } from './claim-files';

export interface ClaimInput {
  /** The path as it will be printed: as written, or joined under a folder. */
  path: string;
  text: string;
}

export interface Gathered {
  inputs: ClaimInput[];
  /** One sentence per path that could not be read. */
  problems: string[];
}

/** Folders that hold tools' files, not a coder's claims. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export function gatherInputs(paths: readonly string[], readStdin: () => string): Gathered {
  const gathered: Gathered = { inputs: [], problems: [] };
  for (const path of paths) {
    if (path === '-') {
      readInto(gathered, '<stdin>', readStdin);
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      // A quoted pattern (or a shell that does not expand them) reaches us as written.
      if (GLOB.test(path)) expandGlob(path, gathered);
      else gathered.problems.push(`cannot read ${path}: ${reason(error)}`);
      continue;
    }
    if (isFolder) {
      const before = gathered.inputs.length;
      walk(path, gathered);
      if (gathered.inputs.length === before) {
        gathered.problems.push(`no .claim or 837P files in ${path}`);
      }
    } else {
      readInto(gathered, path, () => readFileSync(path, 'utf8'));
    }
  }
  return gathered;
}

/** Characters that make a path a pattern: `claims/*.claim`, `day-?.claim`, `{a,b}.claim`. */
const GLOB = /[*?[\]{}]/;

function expandGlob(pattern: string, gathered: Gathered): void {
  const paths = globSync(pattern, {
    onlyFiles: true,
    ignore: [...SKIPPED_FOLDERS].map((folder) => `**/${folder}/**`),
    expandDirectories: false,
    // Printed paths look like the pattern: absolute for an absolute pattern.
    absolute: isAbsolute(pattern),
  }).sort();
  if (paths.length === 0) gathered.problems.push(`no files match ${pattern}`);
  for (const path of paths) readInto(gathered, path, () => readFileSync(path, 'utf8'));
}

function walk(folder: string, gathered: Gathered): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    gathered.problems.push(`cannot read ${folder}: ${reason(error)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(path, gathered);
    } else if (isClaimFileName(entry.name)) {
      const read = () => readFileSync(path, 'utf8');
      readInto(gathered, path, read, (text) => holdsClaims(entry.name, text));
    }
  }
}

function readInto(
  gathered: Gathered,
  path: string,
  read: () => string,
  keep: (text: string) => boolean = () => true,
): void {
  try {
    const text = read();
    if (keep(text)) gathered.inputs.push({ path, text });
  } catch (error) {
    gathered.problems.push(`cannot read ${path}: ${reason(error)}`);
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return code ?? (error instanceof Error ? error.message : String(error));
}
