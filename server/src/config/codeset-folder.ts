/**
 * Code sets from the bundled data plus the folders a user names (the setting
 * `claimCoding.codeSetFolders`, the checker's `--codesets DIR`). Every ICD-10-CM
 * year found is loaded beside the bundled one (a folder's year replaces the
 * bundled year of the same number); for the other code sets the newest file found
 * replaces the bundled one. Each unit is compiled once into a cache (see
 * `codeset-folder-cache.ts`); a file that cannot be read is named in `problems`
 * and the bundled data stays in force for it.
 *
 * Known shortcomings: a year without a tabular list (XML, or its JSON conversion)
 * borrows the bundled year's notes; the HCPCS modifiers are read in our TSV
 * transcription, not the CMS
 * fixed-width file; MUE, add-on and fee-schedule releases are not chosen by date
 * of service: the newest found is used for every date.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  CompiledMce,
  CompiledModifier,
  CompiledTaxonomy,
  Icd10Meta,
  PackInput,
  ProceduresMeta,
} from '../engine/codesets/compiled';
import { Icd10Set } from '../engine/codesets/icd10-set';
import { findDataDir, loadCodeSets } from '../engine/codesets/load';
import { readPack, sectionReader } from '../engine/codesets/pack';
import { ProcedureSet } from '../engine/codesets/procedure-set';
import { Modifiers, PlacesOfService, TaxonomyCodes } from '../engine/codesets/small-sets';
import type { CodeSets, Icd10CodeSet, PlaceOfService } from '../engine/codesets/types';
import { wordIndexFromSections } from '../engine/codesets/word-index';
import { CodeSetCache, defaultCacheDir, type Packs } from './codeset-folder-cache';
import {
  compileIcdYear,
  compileModifierPack,
  compilePlaceOfServicePack,
  compileProcedurePack,
  compileTaxonomyPack,
  ICD_PACKS,
  notesFromPack,
  PACK,
} from './codeset-folder-compile';
import {
  reason,
  scanFolders,
  versionOf,
  type SourceFile,
  type SourceKind,
} from './codeset-folder-scan';

export interface CodeSetProgress {
  message: string;
  /** 0 to 100. */
  percentage: number;
}

export interface CodeSetFolderOptions {
  folders: readonly string[];
  /** The bundled data (default: found above this file). */
  dataDir?: string;
  /** Where compiled packs are kept (default: beside the bundled data, else the OS cache). */
  cacheDir?: string;
  /** The bundled code sets when already loaded; they are not changed. */
  base?: CodeSets;
  onProgress?: (progress: CodeSetProgress) => void;
}

/** One file taken from a folder. */
export interface UsedFile {
  kind: SourceKind;
  file: string;
  version: string;
  /** Compiled in this run rather than read from the cache. */
  compiled: boolean;
}

export interface CodeSetFolderResult {
  codeSets: CodeSets;
  /** One sentence per folder or file that could not be read, naming it. */
  problems: string[];
  /** Facts worth a line in the log (a year using another year's notes). */
  notices: string[];
  used: UsedFile[];
}

/** Labels of the kinds, for progress and messages. */
const KIND_LABELS: Record<SourceKind, string> = {
  icd10cmOrder: 'ICD-10-CM order file',
  icd10cmAddenda: 'ICD-10-CM order addenda',
  icd10cmNotes: 'ICD-10-CM tabular notes',
  icd10cmTabular: 'ICD-10-CM tabular list XML',
  nucc: 'NUCC taxonomy',
  hcpcsModifiers: 'HCPCS modifiers',
  mue: 'MUE',
  addOn: 'NCCI add-on edits',
  feeSchedule: 'fee-schedule indicators',
  placeOfService: 'place of service codes',
};

export async function loadCodeSetFolders(
  options: CodeSetFolderOptions,
): Promise<CodeSetFolderResult> {
  const dataDir = options.dataDir ?? findDataDir();
  const base = options.base ?? loadCodeSets(dataDir);
  const manifest = base.manifest!;
  const scan = scanFolders(options.folders);
  const problems = [...scan.problems];
  const notices: string[] = [];
  const used: UsedFile[] = [];
  if (scan.files.length === 0) return { codeSets: base, problems, notices, used };

  const cache = new CodeSetCache(options.cacheDir ?? defaultCacheDir(dataDir));
  const bundledFile = (key: string) => readFileSync(join(dataDir, manifest.files[key]));
  const bundledStamp = JSON.stringify(manifest.versions);
  const newest = (kind: SourceKind) => newestOf(scan.files, kind);
  const orders = ordersByYear(scan.files, problems);

  const steps = orders.size + 3;
  let step = 0;
  const progress = async (message: string) => {
    const percentage = Math.min(100, Math.round((100 * step++) / steps));
    options.onProgress?.({ message, percentage });
    // Let the editor's progress messages go out between long compiles.
    await new Promise((resolve) => setImmediate(resolve));
  };

  /** One unit from the cache or compiled; undefined (and a problem) when unreadable. */
  const unit = (
    kind: string,
    inputs: SourceFile[],
    compile: (bytes: Buffer[]) => Record<string, PackInput<unknown>>,
  ): Packs | undefined => {
    try {
      const result = cache.packs(kind, inputs, bundledStamp, compile);
      for (const file of inputs) {
        const entry = { kind: file.kind, file: file.display, version: versionOf(file) };
        used.push({ ...entry, compiled: result.compiled });
      }
      return result.packs;
    } catch (error) {
      const names = inputs.map((file) => file.display).join(', ');
      problems.push(
        `${names}: cannot be read as ${inputs.map((f) => KIND_LABELS[f.kind]).join(' and ')} ` +
          `(${reason(error)}); the bundled data is used instead.`,
      );
      return undefined;
    }
  };

  // ICD-10-CM, one unit per fiscal year.
  const mce = lazy(() => readPack(bundledFile('icd10cmMce')).meta as CompiledMce);
  const bundledNotes = lazy(() => notesFromPack(bundledFile('icd10cmNotes')));
  const years = new Map<number, Icd10CodeSet>([[fiscalYearOf(base.icd10cm), base.icd10cm]]);
  for (const [year, order] of orders) {
    await progress(`ICD-10-CM FY${year} (${order.name})`);
    const addenda = scan.files.find((f) => f.kind === 'icd10cmAddenda' && f.year === year);
    // The notes as converted to JSON, else the publisher's tabular XML.
    const notes =
      scan.files.find((f) => f.kind === 'icd10cmNotes' && f.year === year) ??
      scan.files.find((f) => f.kind === 'icd10cmTabular' && f.year === year);
    if (!notes) {
      notices.push(
        `ICD-10-CM FY${year}: no tabular list (icd10cm-tabular-${year}.xml) or notes file ` +
          `was found, so the notes of ${base.icd10cm.version} are used for it.`,
      );
    }
    const inputs = [order, ...(addenda ? [addenda] : []), ...(notes ? [notes] : [])];
    const packs = unit(`icd10cm-${year}`, inputs, (bytes) =>
      compileIcdYear({
        order: { bytes: bytes[0], name: order.name },
        addenda: addenda ? { bytes: bytes[1], name: addenda.name } : undefined,
        notes: notes ? { bytes: bytes[inputs.length - 1], name: notes.name } : undefined,
        borrowedNotes: bundledNotes,
      }),
    );
    if (packs) years.set(year, icdYearFromPacks(packs, mce));
  }

  let codeSets: CodeSets = { ...base, versions: { ...base.versions } };
  const sorted = [...years.entries()].sort(([a], [b]) => a - b).map(([, set]) => set);
  codeSets.icd10cm = sorted[sorted.length - 1];
  codeSets.versions.icd10cm = codeSets.icd10cm.version;
  if (sorted.length > 1) codeSets.icd10cmYears = sorted;

  // Procedures: fee schedule, MUE and add-on edits, in one pack.
  await progress('Procedure edits (fee schedule, MUE, add-on)');
  const procedureFiles = (['feeSchedule', 'mue', 'addOn'] as const).map(newest);
  if (procedureFiles.some((f) => f)) {
    const inputs = procedureFiles.filter((f): f is SourceFile => f !== undefined);
    const packs = unit('procedures', inputs, (bytes) => {
      const named = (file?: SourceFile) =>
        file ? { bytes: bytes[inputs.indexOf(file)], name: file.name } : undefined;
      return compileProcedurePack({
        pfs: named(procedureFiles[0]),
        mue: named(procedureFiles[1]),
        addOn: named(procedureFiles[2]),
        bundled: bundledFile('procedures'),
        bundledSources: base.procedures.sources.slice(0, 3),
      });
    });
    if (packs) {
      const pack = readPack(packs[PACK]);
      const set = new ProcedureSet(pack.meta as ProceduresMeta, sectionReader(pack, 'procedures'));
      codeSets.procedures = set;
      if (procedureFiles[0]) codeSets.versions.feeSchedule = versionOf(procedureFiles[0]);
      if (procedureFiles[1]) codeSets.versions.mue = versionOf(procedureFiles[1]);
      if (procedureFiles[2]) codeSets.versions.addOn = versionOf(procedureFiles[2]);
    }
  }

  await progress('NUCC taxonomy and HCPCS modifiers');
  const nucc = newest('nucc');
  if (nucc) {
    const packs = unit('taxonomy', [nucc], (b) => compileTaxonomyPack(b[0], nucc.name));
    if (packs) {
      const version = versionOf(nucc);
      codeSets.taxonomy = new TaxonomyCodes(version, metaOf<CompiledTaxonomy>(packs));
      codeSets.versions.nucc = version;
    }
  }
  const hcpcs = newest('hcpcsModifiers');
  if (hcpcs) {
    const cpt = base.modifiers.all().filter((m) => m.source === 'cpt') as CompiledModifier[];
    const packs = unit('modifiers', [hcpcs], (b) => compileModifierPack(b[0], hcpcs.name, cpt));
    if (packs) {
      codeSets.modifiers = new Modifiers(metaOf<CompiledModifier[]>(packs));
      codeSets.versions.hcpcsModifiers = versionOf(hcpcs);
    }
  }

  await progress('Place of service codes');
  const pos = newest('placeOfService');
  if (pos) {
    const packs = unit('place-of-service', [pos], (b) => compilePlaceOfServicePack(b[0], pos.name));
    if (packs) codeSets.placesOfService = new PlacesOfService(metaOf<PlaceOfService[]>(packs));
  }

  codeSets = { ...codeSets, manifest: { ...manifest, versions: { ...codeSets.versions } } };
  await progress('Code sets ready');
  return { codeSets, problems, notices, used };
}

/** The newest file of a kind by name (names carry the release date or year). */
function newestOf(files: readonly SourceFile[], kind: SourceKind): SourceFile | undefined {
  const matching = files.filter((f) => f.kind === kind).sort((a, b) => compare(a.name, b.name));
  return matching[matching.length - 1];
}

/** One order file per fiscal year; a second one for the same year is named and left out. */
function ordersByYear(files: readonly SourceFile[], problems: string[]): Map<number, SourceFile> {
  const byYear = new Map<number, SourceFile>();
  for (const file of files) {
    if (file.kind !== 'icd10cmOrder' || file.year === undefined) continue;
    const seen = byYear.get(file.year);
    if (seen) {
      problems.push(
        `Two ICD-10-CM order files for FY${file.year}: ${seen.display} and ${file.display}; ` +
          `${seen.display} is used.`,
      );
      continue;
    }
    byYear.set(file.year, file);
  }
  return new Map([...byYear].sort(([a], [b]) => a - b));
}

function icdYearFromPacks(packs: Packs, mce: () => CompiledMce): Icd10Set {
  const codes = readPack(packs[ICD_PACKS.codes]);
  return new Icd10Set(codes.meta as Icd10Meta, sectionReader(codes, ICD_PACKS.codes), {
    notes: () => sectionReader(readPack(packs[ICD_PACKS.notes]), ICD_PACKS.notes),
    search: () =>
      wordIndexFromSections(sectionReader(readPack(packs[ICD_PACKS.search]), ICD_PACKS.search)),
    mce,
  });
}

function fiscalYearOf(set: Icd10CodeSet): number {
  return set.fiscalYear ?? Number(set.effective.to.slice(0, 4));
}

function metaOf<T>(packs: Packs): T {
  return readPack(packs[PACK]).meta as T;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
