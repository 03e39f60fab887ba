/**
 * Where the packs compiled from a user's code-set files are kept, so that each
 * file is compiled once: beside the bundled data when that folder is writable,
 * else in the OS cache folder. An entry is found first by the source files' paths,
 * sizes and modification times (no reading), then by a hash of their contents
 * (a copied or touched file is not compiled again).
 */
import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { PackInput } from '../engine/codesets/compiled';
import { writePack } from '../engine/codesets/pack';
import { readSource, type SourceFile } from './codeset-folder-scan';

/** Brotli quality of cached packs: a third larger than the bundled ones, written 3x faster. */
const CACHE_QUALITY = 4;

/** Raised when the compiled form changes, so that older entries are not read. */
const FORMAT = 'claim-coding-codesets-1';

/**
 * `CLAIM_CODING_CACHE_DIR` when set (tests, shared machines), else the bundled data's
 * own `cache/` when writable, else the OS cache folder.
 */
export function defaultCacheDir(dataDir: string): string {
  const chosen = process.env.CLAIM_CODING_CACHE_DIR;
  if (chosen) return chosen;
  const beside = join(dataDir, 'cache');
  try {
    mkdirSync(beside, { recursive: true });
    accessSync(beside, constants.W_OK);
    return beside;
  } catch {
    return osCacheDir();
  }
}

function osCacheDir(): string {
  const home = homedir();
  if (process.platform === 'win32') {
    const local = process.env.LOCALAPPDATA ?? join(home, 'AppData', 'Local');
    return join(local, 'claim-coding', 'Cache');
  }
  if (process.platform === 'darwin') return join(home, 'Library', 'Caches', 'claim-coding');
  return join(process.env.XDG_CACHE_HOME || join(home, '.cache'), 'claim-coding');
}

export type Packs = Record<string, Buffer>;

interface Index {
  format: string;
  /** Quick key (paths, sizes, times) → entry folder name. */
  entries: Record<string, string>;
}

export class CodeSetCache {
  constructor(readonly dir: string) {}

  /**
   * The packs of one compiled unit (`kind`, e.g. `icd10cm-2027`) made from `inputs`:
   * from the cache, or compiled by `compile` (which gets the inputs' bytes) and stored.
   * `extra` names anything else the result depends on (the bundled data's version).
   */
  packs(
    kind: string,
    inputs: readonly SourceFile[],
    extra: string,
    compile: (bytes: Buffer[]) => Record<string, PackInput<unknown>>,
  ): { packs: Packs; compiled: boolean } {
    const quick = hash([FORMAT, kind, extra, ...inputs.map(statKey)]);
    const index = this.readIndex();
    const known = index.entries[quick];
    if (known) {
      const packs = this.readEntry(known);
      if (packs) return { packs, compiled: false };
    }

    const bytes = inputs.map(readSource);
    const entry = `${kind}-${hash([FORMAT, kind, extra, ...bytes]).slice(0, 24)}`;
    let packs = this.readEntry(entry);
    let compiled = false;
    if (!packs) {
      packs = {};
      for (const [name, pack] of Object.entries(compile(bytes))) {
        packs[name] = writePack(pack.meta, pack.sections, CACHE_QUALITY);
      }
      this.writeEntry(entry, packs);
      compiled = true;
    }
    index.entries[quick] = entry;
    this.writeIndex(index);
    return { packs, compiled };
  }

  private readEntry(entry: string): Packs | undefined {
    const dir = join(this.dir, entry);
    const listFile = join(dir, 'packs.json');
    if (!existsSync(listFile)) return undefined;
    try {
      const names = JSON.parse(readFileSync(listFile, 'utf8')) as string[];
      return Object.fromEntries(names.map((name) => [name, readFileSync(join(dir, name))]));
    } catch {
      // A damaged entry is compiled again.
      return undefined;
    }
  }

  /** Written under a temporary name and renamed, so a reader never sees half an entry. */
  private writeEntry(entry: string, packs: Packs): void {
    const dir = join(this.dir, entry);
    const temporary = `${dir}.tmp-${process.pid}-${Date.now()}`;
    try {
      mkdirSync(temporary, { recursive: true });
      for (const [name, bytes] of Object.entries(packs)) {
        writeFileSync(join(temporary, name), bytes);
      }
      writeFileSync(join(temporary, 'packs.json'), JSON.stringify(Object.keys(packs)));
      renameSync(temporary, dir);
    } catch {
      // Another process stored the same entry first, or the cache is read-only:
      // the packs in memory serve this run either way.
      rmSync(temporary, { recursive: true, force: true });
    }
  }

  private readIndex(): Index {
    try {
      const index = JSON.parse(readFileSync(join(this.dir, 'index.json'), 'utf8')) as Index;
      if (index.format === FORMAT && index.entries) return index;
    } catch {
      // No index yet, or a damaged one: start afresh.
    }
    return { format: FORMAT, entries: {} };
  }

  private writeIndex(index: Index): void {
    const file = join(this.dir, 'index.json');
    const temporary = `${file}.tmp-${process.pid}`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(temporary, JSON.stringify(index));
      renameSync(temporary, file);
    } catch {
      rmSync(temporary, { force: true });
    }
  }
}

function statKey(file: SourceFile): string {
  return `${file.path}|${file.entry ?? ''}|${file.size}|${file.mtimeMs}`;
}

function hash(parts: (string | Buffer)[]): string {
  const h = createHash('sha256');
  for (const part of parts) {
    h.update(part);
    h.update('\0');
  }
  return h.digest('hex');
}
