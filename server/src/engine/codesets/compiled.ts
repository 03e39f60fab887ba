import type { Section } from './pack';
import type { CodeSetManifest, Icd10Addenda } from './types';

/**
 * What each compiled file under `data/` holds. Every file is a pack (see
 * `pack.ts`): small things in its JSON `meta`, large columns as sections, so
 * that loading does no per-row parsing; `load.ts` builds the `types.ts` API
 * on top, lazily.
 */
export interface PackInput<M> {
  meta: M;
  sections: Record<string, Section>;
}

/**
 * ICD-10-CM sections: `codes` (dotted, tabular order, 8 characters each),
 * `billable` (`1`/`0` per row), long titles front-coded (`longSuffixes`,
 * `longOffsets`, `longShared`: the length kept from the title before), short
 * titles coded against their long title (`shortSuffixes`, `shortOffsets`,
 * `shortShared`), `parent` (i32, -1 for none), `subtreeEnd` (first row after
 * the row's descendants; tabular order is depth first), `byCode` (rows in
 * code order).
 */
export interface Icd10Meta {
  fiscalYear: number;
  effective: { from: string; to: string };
  /** From the year's order addenda, when compiled with them. */
  addenda?: Icd10Addenda;
}

/*
 * Notes sections: `codes` (sorted, 8 characters each), `notes` (per code a
 * JSON array in `TabularNotes` field order, empty lists as 0) and `notesOffsets`.
 */

export interface CompiledMce {
  manifestations: string[];
  ageLists: { category: string; minAge: number; maxAge: number; codes: string[] }[];
}

/**
 * Procedure sections: `codes` (sorted, 5 characters each), `rows` and
 * `rowsOffsets`, one row per code: the fee-schedule indicators
 * `status,pctc,global,multiple,bilateral,assistant,coSurgeon,team` (or empty)
 * `|` fee-schedule modifiers (space separated) `|` MUE value `|` MAI `|` MUE
 * rationale.
 */
export interface ProceduresMeta {
  /** Files that say which codes exist. */
  sources: string[];
  /** Add-on code → [type, primaries, effective, deletion]. */
  addOns: Record<string, [1 | 2 | 3, string[], string, string]>;
  /** Our plain-language descriptions. */
  descriptions: Record<string, string>;
}

export interface CompiledModifier {
  code: string;
  source: 'cpt' | 'hcpcs';
  description: string;
  whenToUse?: string;
  terminated?: string;
  effective?: string;
}

/** [code, grouping, classification, specialization, definition, displayName] */
export type CompiledTaxonomy = [string, string, string, string, string, string][];

export type Manifest = CodeSetManifest;
