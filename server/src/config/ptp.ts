/**
 * Loads the NCCI PTP edits from the folder a user names (`--ptp DIR`, or the
 * editor setting): the CMS practitioner quarterly files as published, either
 * the tab-separated text files or the zips that hold them. Each problem is one
 * sentence naming the file; files that read well are kept.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createPtpTable, parsePtpText, type PtpEdit, type PtpEditTable } from '../engine/edits/ptp';
import { readZipEntries } from './zip';

export interface PtpFolderResult {
  /** Undefined when no file gave an edit. */
  table?: PtpEditTable;
  problems: string[];
}

const TEXT = /\.txt$/i;
const ZIP = /\.zip$/i;

/** Reads every `.txt` and `.zip` file in `dir` (not its subfolders), in name order. */
export function loadPtpFolder(dir: string): PtpFolderResult {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) return { problems: [`PTP folder ${dir}: not a folder.`] };
    names = readdirSync(dir).sort();
  } catch (error) {
    return { problems: [`PTP folder ${dir}: cannot be read (${reason(error)}).`] };
  }

  const files = names.filter((name) => TEXT.test(name) || ZIP.test(name));
  if (files.length === 0) {
    return {
      problems: [
        `PTP folder ${dir}: holds no .txt or .zip file; put the CMS practitioner PTP files ` +
          'there as downloaded.',
      ],
    };
  }

  const edits: PtpEdit[] = [];
  const sources: string[] = [];
  const problems: string[] = [];
  for (const name of files) {
    const path = join(dir, name);
    try {
      for (const { fileName, text } of textsOf(path)) {
        const parsed = parsePtpText(text, fileName);
        problems.push(...parsed.problems);
        if (parsed.edits.length > 0) {
          edits.push(...parsed.edits);
          sources.push(fileName);
        }
      }
    } catch (error) {
      problems.push(`${name}: cannot be read (${reason(error)}).`);
    }
  }
  return { table: edits.length > 0 ? createPtpTable(edits, sources) : undefined, problems };
}

/** A text file as is; a zip's text files, named `zip/inner.txt`. */
function textsOf(path: string): { fileName: string; text: string }[] {
  const name = basename(path);
  if (TEXT.test(name)) return [{ fileName: name, text: readFileSync(path, 'latin1') }];
  const inner = readZipEntries(readFileSync(path)).filter((entry) => TEXT.test(entry.name));
  if (inner.length === 0) throw new Error('the zip holds no .txt file');
  return inner.map((entry) => ({
    fileName: `${name}/${basename(entry.name)}`,
    text: entry.data.toString('latin1'),
  }));
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
}
