/**
 * Finds the publishers' code-set files in the folders a user names, by their
 * names' patterns as the publishers ship them, loose or inside the zips they come
 * in. Nothing is read here beyond folder listings and zip directories.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { nuccVersionFromFileName } from '../engine/codesets/readers';
import { readZipEntries, zipEntryNames } from './zip';

export type SourceKind =
  | 'icd10cmOrder'
  | 'icd10cmAddenda'
  | 'icd10cmNotes'
  | 'icd10cmTabular'
  | 'nucc'
  | 'hcpcsModifiers'
  | 'mue'
  | 'addOn'
  | 'feeSchedule'
  | 'placeOfService';

/** A file found: loose, or an entry of a zip. */
export interface SourceFile {
  kind: SourceKind;
  /** The file on disk (the zip, for an entry). */
  path: string;
  /** The entry inside the zip. */
  entry?: string;
  /** The file's own name (the entry's, inside a zip), which says its version. */
  name: string;
  /** For messages: the path, with `/entry` for a zip entry. */
  display: string;
  size: number;
  mtimeMs: number;
  /** ICD-10-CM fiscal year, from the name. */
  year?: number;
}

const PATTERNS: [SourceKind, RegExp][] = [
  ['icd10cmAddenda', /^icd10cm[-_ ]?order[-_ ]addenda[-_ ](\d{4})\.txt$/i],
  ['icd10cmOrder', /^icd10cm[-_ ]?order[-_ ](\d{4})\.txt$/i],
  ['icd10cmNotes', /tabular.*notes.*?(\d{4}).*\.json$/i],
  ['icd10cmTabular', /^icd10cm[-_ ]?tabular[-_ ](\d{4})\.xml$/i],
  ['nucc', /nucc.*taxonomy.*\.csv$/i],
  ['hcpcsModifiers', /hcpcs.*modifiers.*\.tsv$/i],
  ['mue', /mue.*practitioner.*\.csv$/i],
  ['addOn', /add-?on.*\.csv$/i],
  ['feeSchedule', /pfs.*\.csv$/i],
  ['placeOfService', /place.*of.*service.*\.csv$/i],
];

/** What the name says the file is, with the ICD-10-CM year where the kind has one. */
export function classify(name: string): { kind: SourceKind; year?: number } | undefined {
  for (const [kind, pattern] of PATTERNS) {
    const match = pattern.exec(name);
    if (match) return match[1] ? { kind, year: Number(match[1]) } : { kind };
  }
  return undefined;
}

/** Subfolders deeper than this are not searched: a folder of releases, not a disk. */
const MAX_DEPTH = 3;

export interface ScanResult {
  files: SourceFile[];
  problems: string[];
}

export function scanFolders(folders: readonly string[]): ScanResult {
  const files: SourceFile[] = [];
  const problems: string[] = [];
  for (const folder of folders) {
    try {
      if (!statSync(folder).isDirectory()) {
        problems.push(`Code-set folder ${folder}: not a folder.`);
        continue;
      }
    } catch (error) {
      problems.push(`Code-set folder ${folder}: cannot be read (${reason(error)}).`);
      continue;
    }
    const before = files.length;
    scan(folder, 0, files, problems);
    if (files.length === before) {
      problems.push(
        `Code-set folder ${folder}: holds no code-set file this version reads ` +
          '(icd10cm-order-YYYY.txt or its zip, icd10cm-tabular-YYYY.xml, NUCC taxonomy CSV, ' +
          'HCPCS modifiers, ' +
          'MUE, add-on or fee-schedule files).',
      );
    }
  }
  return { files, problems };
}

function scan(dir: string, depth: number, files: SourceFile[], problems: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    problems.push(`${dir}: cannot be read (${reason(error)}).`);
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(dir, name);
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) {
        if (depth < MAX_DEPTH) scan(path, depth + 1, files, problems);
        continue;
      }
      const base = { path, size: stat.size, mtimeMs: stat.mtimeMs };
      if (/\.zip$/i.test(name)) {
        for (const entry of zipEntryNames(readFileSync(path))) {
          const found = classify(basename(entry));
          if (!found) continue;
          const display = `${path}/${entry}`;
          files.push({ ...base, ...found, entry, name: basename(entry), display });
        }
        continue;
      }
      const found = classify(name);
      if (found) files.push({ ...base, ...found, name, display: path });
    } catch (error) {
      problems.push(`${path}: cannot be read (${reason(error)}).`);
    }
  }
}

/** The file's bytes; a zip entry inflated. */
export function readSource(file: SourceFile): Buffer {
  const bytes = readFileSync(file.path);
  if (!file.entry) return bytes;
  const found = readZipEntries(bytes, (name) => name === file.entry);
  if (found.length === 0) throw new Error(`the zip no longer holds ${file.entry}`);
  return found[0].data;
}

/** The version a file's name gives, as the bundled manifest writes it. */
export function versionOf(file: SourceFile): string {
  switch (file.kind) {
    case 'icd10cmOrder':
    case 'icd10cmAddenda':
    case 'icd10cmNotes':
    case 'icd10cmTabular':
      return `FY${file.year}`;
    case 'nucc':
      return nuccVersionFromFileName(file.name) ?? 'unknown';
    case 'mue':
      return /(\d{4}-\d{2}-\d{2})/.exec(file.name)?.[1] ?? 'unknown';
    case 'addOn': {
      const m = /(\d{4})[-_]?q([1-4])/i.exec(file.name);
      return m ? `${m[1]} Q${m[2]}` : 'unknown';
    }
    case 'feeSchedule':
    case 'hcpcsModifiers': {
      const m = /(\d{4})-(\d{2})(?!-\d)/.exec(file.name);
      return m ? `${m[1]} ${MONTHS[Number(m[2]) - 1]}` : 'unknown';
    }
    case 'placeOfService':
      return 'CMS list';
  }
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
}
