import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type {
  CompiledMce,
  CompiledModifier,
  CompiledTaxonomy,
  Icd10Meta,
  Manifest,
  ProceduresMeta,
} from './compiled';
import { Icd10Set } from './icd10-set';
import { readPack, sectionReader } from './pack';
import { readPackUnpackedOnce } from './unpacked-cache';
import { ProcedureSet } from './procedure-set';
import { Modifiers, PlacesOfService, TaxonomyCodes } from './small-sets';
import type { CodeSets, CodeSetVersions, PlaceOfService } from './types';
import { wordIndexFromSections } from './word-index';

/**
 * Finds `data/` by walking up from this file: from `dist/*.js` (bundled) it
 * is one level up, from `server/src/engine/codesets/` (tsx) four.
 */
export function findDataDir(from: string = __dirname): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'data', 'manifest.json'))) return join(dir, 'data');
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error(`no data/manifest.json above ${from}; run "npm run data"`);
}

function openPack(dataDir: string, file: string, unpackedCopy = false) {
  // The large packs, read at start or on a coder's first check, hover or completion,
  // are read from an unpacked copy once there is one.
  const pack = unpackedCopy
    ? readPackUnpackedOnce(dataDir, file)
    : readPack(readFileSync(join(dataDir, file)));
  return { meta: pack.meta, sections: sectionReader(pack, file) };
}

function packMeta<T>(dataDir: string, file: string): T {
  return openPack(dataDir, file).meta as T;
}

/**
 * Loads the compiled code sets. ICD-10-CM codes and titles and the
 * procedure, modifier, taxonomy and place-of-service tables load now; tabular
 * notes, the word index and the MCE lists load on first use.
 */
export function loadCodeSets(dataDir: string = findDataDir()): CodeSets {
  const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
  const files = manifest.files;

  const icd = openPack(dataDir, files.icd10cm, true);
  const icd10cm = new Icd10Set(icd.meta as Icd10Meta, icd.sections, {
    notes: () => openPack(dataDir, files.icd10cmNotes, true).sections,
    search: () => wordIndexFromSections(openPack(dataDir, files.icd10cmSearch, true).sections),
    mce: () => packMeta<CompiledMce>(dataDir, files.icd10cmMce),
  });
  const procedures = openPack(dataDir, files.procedures, true);

  const v = manifest.versions;
  const versions: CodeSetVersions = {
    icd10cm: v.icd10cm,
    nucc: v.nucc,
    mue: v.mue,
    addOn: v.addOn,
    feeSchedule: v.feeSchedule,
    hcpcsModifiers: v.hcpcsModifiers,
    placeOfService: v.placeOfService,
  };
  return {
    versions,
    icd10cm,
    procedures: new ProcedureSet(procedures.meta as ProceduresMeta, procedures.sections),
    modifiers: new Modifiers(packMeta<CompiledModifier[]>(dataDir, files.modifiers)),
    taxonomy: new TaxonomyCodes(v.nucc, packMeta<CompiledTaxonomy>(dataDir, files.taxonomy)),
    placesOfService: new PlacesOfService(packMeta<PlaceOfService[]>(dataDir, files.placeOfService)),
    manifest,
  };
}

let shared: CodeSets | undefined;

/** One load per process, shared by the engine, the CLI and the tests. */
export function defaultCodeSets(): CodeSets {
  return (shared ??= loadCodeSets());
}
