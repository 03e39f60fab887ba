/**
 * Decompressed copies of the large bundled packs, kept in
 * `data/cache/unpacked/`. Brotli keeps `data/` small (the ICD-10-CM pack is
 * 0.9 MB, 8 MB unpacked), but decompressing it was the largest single cost of
 * a server's start (about 40 ms), and the search index's of the first completion;
 * reading a copy takes a few. The first load writes the copy in the background; a
 * folder that cannot be written (a read-only install) means every load decompresses.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { type PackContents, readUnpacked, unpack, unpackedSize } from './pack';

export function readPackUnpackedOnce(dataDir: string, file: string): PackContents {
  const packed = readFileSync(join(dataDir, file));
  const copy = copyPath(dataDir, file, packed);
  const kept = readCopy(copy, unpackedSize(packed));
  if (kept) return readUnpacked(kept);
  const raw = unpack(packed);
  keepCopy(copy, raw);
  return readUnpacked(raw);
}

/** Named by the pack's digest, so that a new release of the data never reads an old copy. */
function copyPath(dataDir: string, file: string, packed: Buffer): string {
  const digest = createHash('sha1').update(packed).digest('hex').slice(0, 16);
  return join(dataDir, 'cache', 'unpacked', `${basename(file)}-${digest}.raw`);
}

/** The copy when it is whole; a copy of another length was cut short and is not read. */
function readCopy(path: string, size: number): Buffer | undefined {
  try {
    const raw = readFileSync(path);
    return raw.length === size ? raw : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Written in the background, under a name of its own then renamed, so that a
 * reader never sees half a copy and two processes starting at once do not clash.
 */
function keepCopy(path: string, raw: Buffer): void {
  const folder = join(path, '..');
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    return;
  }
  writeFile(temporary, raw)
    .then(() => rename(temporary, path))
    .catch(() => unlink(temporary).catch(() => undefined));
}
