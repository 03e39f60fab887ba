/**
 * Reads the files inside a zip archive, as the publishers ship their code sets
 * (CMS: PTP edits, ICD-10-CM order files). fflate does the reading; this file
 * keeps its errors in plain words.
 */
import { unzipSync } from 'fflate';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/**
 * The archive's files (folders left out), or only those whose name `wanted` accepts,
 * so that a large archive inflates only what is read. Throws an Error with a plain
 * message when the archive is unreadable.
 */
export function readZipEntries(zip: Buffer, wanted?: (name: string) => boolean): ZipEntry[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (file) => !file.name.endsWith('/') && (!wanted || wanted(file.name)),
    });
  } catch (error) {
    throw new Error(`not a readable zip file (${(error as Error).message})`);
  }
  return Object.entries(files).map(([name, data]) => ({
    name,
    data: Buffer.from(data.buffer, data.byteOffset, data.byteLength),
  }));
}

/** The names of the archive's files, without inflating any. */
export function zipEntryNames(zip: Buffer): string[] {
  const names: string[] = [];
  readZipEntries(zip, (name) => {
    names.push(name);
    return false;
  });
  return names;
}
