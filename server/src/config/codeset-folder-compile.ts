/**
 * From a user's publisher files (as bytes) to the same packs `npm run data` writes,
 * with the same pure readers and compile steps. Where a release replaces only part
 * of what a pack holds (a new MUE file, but no fee-schedule file), the other parts
 * are taken back out of the bundled pack, so that the result is what compiling all
 * the files together would give.
 */
import {
  compileIcd10,
  compileIcd10Search,
  compileModifiers,
  compileNotes,
  compileProcedures,
  compileTaxonomy,
  expandNotes,
  PROCEDURE_WIDTH,
} from '../engine/codesets/compile';
import type { CompiledModifier, PackInput, ProceduresMeta } from '../engine/codesets/compiled';
import { readPack, sectionReader } from '../engine/codesets/pack';
import {
  fiscalYearDates,
  readAddOnCsv,
  readHcpcsModifiersTsv,
  readIcd10OrderAddenda,
  readIcd10OrderFile,
  readMueCsv,
  readNuccTaxonomyCsv,
  readPfsIndicatorsCsv,
  readPlaceOfServiceCsv,
  readTabularNotesJson,
  readTabularXml,
  type AddOnRow,
  type MueRow,
  type PfsRow,
} from '../engine/codesets/readers';
import type { FeeScheduleIndicators, TabularNotes } from '../engine/codesets/types';

/** Pack names inside a compiled unit. */
export const ICD_PACKS = { codes: 'icd10cm.br', notes: 'notes.br', search: 'search.br' };
export const PACK = 'pack.br';

export interface IcdYearInputs {
  order: { bytes: Buffer; name: string };
  addenda?: { bytes: Buffer; name: string };
  /** The year's own notes file; without one, `borrowedNotes` (another year's) are used. */
  notes?: { bytes: Buffer; name: string };
  borrowedNotes?: () => Map<string, TabularNotes>;
}

export function compileIcdYear(input: IcdYearInputs): Record<string, PackInput<unknown>> {
  const order = readIcd10OrderFile(input.order.bytes.toString('utf8'), input.order.name);
  const dates = fiscalYearDates(order.fiscalYear);
  const notes = input.notes
    ? readNotes(input.notes.bytes.toString('utf8'), input.notes.name)
    : (input.borrowedNotes?.() ?? new Map<string, TabularNotes>());
  const codes = compileIcd10(order, dates.from, dates.to);
  if (input.addenda) {
    const text = input.addenda.bytes.toString('utf8');
    codes.meta.addenda = readIcd10OrderAddenda(text, input.addenda.name);
  }
  return {
    [ICD_PACKS.codes]: codes,
    [ICD_PACKS.notes]: compileNotes(notes),
    [ICD_PACKS.search]: compileIcd10Search(order, notes),
  };
}

function readNotes(text: string, name: string): Map<string, TabularNotes> {
  return /\.xml$/i.test(name) ? readTabularXml(text, name) : readTabularNotesJson(text, name);
}

/** Every note of a compiled notes pack, for the search index of a year that has none. */
export function notesFromPack(pack: Buffer): Map<string, TabularNotes> {
  const s = sectionReader(readPack(pack), 'notes');
  const codes = s.text('codes');
  const text = s.text('notes');
  const offsets = s.u32('notesOffsets');
  const notes = new Map<string, TabularNotes>();
  for (let i = 0; i * 8 < codes.length; i++) {
    const fields = JSON.parse(text.slice(offsets[i], offsets[i + 1])) as (string[] | 0)[];
    notes.set(codes.slice(i * 8, i * 8 + 8).trim(), expandNotes(fields));
  }
  return notes;
}

export interface ProcedureInputs {
  pfs?: { bytes: Buffer; name: string };
  mue?: { bytes: Buffer; name: string };
  addOn?: { bytes: Buffer; name: string };
  /** The bundled `procedures.br`, for the parts the user's files leave out. */
  bundled: Buffer;
  /** The bundled source file names, in `[fee schedule, MUE, add-on]` order. */
  bundledSources: string[];
}

export function compileProcedurePack(input: ProcedureInputs): Record<string, PackInput<unknown>> {
  const bundled = bundledProcedureRows(input.bundled);
  const text = (file: { bytes: Buffer }) => file.bytes.toString('utf8');
  const pfs = input.pfs ? readPfsIndicatorsCsv(text(input.pfs), input.pfs.name) : bundled.pfs;
  const mue = input.mue ? readMueCsv(text(input.mue), input.mue.name) : bundled.mue;
  const addOns = input.addOn ? readAddOnCsv(text(input.addOn), input.addOn.name) : bundled.addOns;
  const [pfsSource, mueSource, addOnSource] = input.bundledSources;

  // Our descriptions of codes a newer release dropped are left out.
  const named = new Set([
    ...pfs.map((r) => r.code),
    ...mue.map((r) => r.code),
    ...addOns.flatMap((r) => (r.primary ? [r.addOn, r.primary] : [r.addOn])),
  ]);
  const descriptions = new Map(
    Object.entries(bundled.meta.descriptions).filter(([code]) => named.has(code)),
  );
  return {
    [PACK]: compileProcedures({
      pfs,
      mue,
      addOns,
      descriptions,
      sources: [
        input.pfs?.name ?? pfsSource,
        input.mue?.name ?? mueSource,
        input.addOn?.name ?? addOnSource,
      ],
    }),
  };
}

/**
 * The records a compiled procedures pack was made from, as far as it keeps them:
 * fee-schedule rows of component modifiers come back without their indicators,
 * which the pack never held (only that the row exists).
 */
function bundledProcedureRows(pack: Buffer) {
  const contents = readPack(pack);
  const meta = contents.meta as ProceduresMeta;
  const s = sectionReader(contents, 'procedures.br');
  const codes = s.text('codes');
  const rows = s.text('rows');
  const offsets = s.u32('rowsOffsets');
  const pfs: PfsRow[] = [];
  const mue: MueRow[] = [];
  for (let i = 0; i * PROCEDURE_WIDTH < codes.length; i++) {
    const code = codes.slice(i * PROCEDURE_WIDTH, (i + 1) * PROCEDURE_WIDTH);
    const [fees, modifiers, value, mai, rationale] = rows
      .slice(offsets[i], offsets[i + 1])
      .split('|');
    const indicators = fees ? feesOf(fees) : undefined;
    if (indicators) pfs.push({ code, modifier: '', indicators });
    for (const modifier of modifiers ? modifiers.split(' ') : []) {
      pfs.push({ code, modifier, indicators: indicators ?? feesOf('') });
    }
    if (value) mue.push({ code, value: Number(value), mai: Number(mai) as 1 | 2 | 3, rationale });
  }
  const addOns: AddOnRow[] = [];
  for (const [addOn, [type, primaries, effective, deletion]] of Object.entries(meta.addOns)) {
    const dates = {
      ...(effective ? { effective } : {}),
      ...(deletion ? { deletion } : {}),
    };
    if (primaries.length === 0) addOns.push({ addOn, type, ...dates });
    for (const primary of primaries) addOns.push({ addOn, primary, type, ...dates });
  }
  return { meta, pfs, mue, addOns };
}

function feesOf(packed: string): FeeScheduleIndicators {
  const [status, pctc, globalDays, multipleProcedure, bilateral, assistant, coSurgeon, team] =
    packed.split(',');
  return { status, pctc, globalDays, multipleProcedure, bilateral, assistant, coSurgeon, team };
}

export function compileTaxonomyPack(
  bytes: Buffer,
  name: string,
): Record<string, PackInput<unknown>> {
  const rows = readNuccTaxonomyCsv(bytes.toString('utf8'), name);
  return { [PACK]: { meta: compileTaxonomy(rows), sections: {} } };
}

/** HCPCS modifiers from the user's file, after the bundled CPT modifiers with our wording. */
export function compileModifierPack(
  bytes: Buffer,
  name: string,
  cpt: CompiledModifier[],
): Record<string, PackInput<unknown>> {
  const hcpcs = readHcpcsModifiersTsv(bytes.toString('utf8'), name);
  return { [PACK]: { meta: compileModifiers(cpt, hcpcs), sections: {} } };
}

export function compilePlaceOfServicePack(
  bytes: Buffer,
  name: string,
): Record<string, PackInput<unknown>> {
  return { [PACK]: { meta: readPlaceOfServiceCsv(bytes.toString('utf8'), name), sections: {} } };
}
