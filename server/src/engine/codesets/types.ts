/**
 * What the engine may ask of the code sets. The compiled data under `data/`
 * implements it (see `load.ts`); rules, hover and completion read only this.
 * Codes are passed in canonical form: upper case, ICD-10-CM with its dot.
 */

export interface TabularNotes {
  excludes1: string[];
  excludes2: string[];
  includes: string[];
  inclusionTerms: string[];
  codeFirst: string[];
  useAdditionalCode: string[];
  /**
   * Codes an Excludes1 note names, canonical; a category such as `G89.-` is
   * written as `G89`.
   */
  excludes1Codes: string[];
}

export interface Icd10Code {
  /** `G58.0` */
  code: string;
  billable: boolean;
  shortTitle: string;
  longTitle: string;
  /** The nearest header above, e.g. `G58` for `G58.0`; undefined for a chapter-level category. */
  parent?: string;
  /** Direct children, in code order. */
  children: string[];
  notes?: TabularNotes;
}

export interface SearchHit<T> {
  item: T;
  score: number;
}

export interface Icd10CodeSet {
  version: string;
  /** The fiscal year as a number (2026 for FY2026). */
  fiscalYear?: number;
  /** First and last date of service the year covers, ISO. */
  effective: { from: string; to: string };
  get(code: string): Icd10Code | undefined;
  /** Billable descendants of a header, in code order. */
  billableDescendants(code: string, limit?: number): string[];
  /**
   * Search by code prefix (`g580`, `G58.`) or by words of titles and inclusion
   * terms (`intercost`). Billable codes rank before headers.
   */
  search(query: string, limit: number): SearchHit<Icd10Code>[];
  /** Medicare Code Editor: manifestation codes that may not be first-listed. */
  isManifestation(code: string): boolean;
  /** Medicare Code Editor age edit, when the code has one. */
  ageEdit(code: string): { category: string; minAge: number; maxAge: number } | undefined;
  /** The tabular notes of a code without building its `Icd10Code` (loads notes on first use). */
  notesOf?(code: string): TabularNotes | undefined;
  size: number;
  /** How many of the `size` rows are billable codes. */
  billableCount?: number;
  /** What the year's order addenda say changed from the year before, when they were read. */
  addenda?: Icd10Addenda;
}

/** Codes (canonical) the order addenda list as added or deleted in their year. */
export interface Icd10Addenda {
  added: string[];
  deleted: string[];
}

/** Physician fee schedule indicators (CMS RVU file), as the file writes them. */
export interface FeeScheduleIndicators {
  status: string;
  pctc: string;
  globalDays: string;
  multipleProcedure: string;
  bilateral: string;
  assistant: string;
  coSurgeon: string;
  team: string;
}

export interface MedicallyUnlikelyEdit {
  value: number;
  /** 1 per line, 2 per date (policy), 3 per date (clinical). */
  mai: 1 | 2 | 3;
  rationale: string;
}

export interface AddOnEdit {
  /** 1 only with listed primaries; 2 no list; 3 listed primaries, others may be accepted. */
  type: 1 | 2 | 3;
  /** Eligible primary codes; empty for type 2. */
  primaries: string[];
  effective?: string;
  deletion?: string;
}

export interface ProcedureCode {
  code: string;
  /** Our own plain-language description, or the licensed descriptor when loaded. */
  description?: string;
  descriptionSource?: 'ours' | 'licensed';
  fees?: FeeScheduleIndicators;
  mue?: MedicallyUnlikelyEdit;
  addOn?: AddOnEdit;
  /** Codes that list this one as an eligible primary. */
  addOnsAllowed?: string[];
  /** Modifiers with their own fee-schedule row (`26`, `TC`, `53`): the split exists. */
  feeScheduleModifiers?: string[];
}

export interface ProcedureCodeSet {
  get(code: string): ProcedureCode | undefined;
  /** Search by code prefix or description words. */
  search(query: string, limit: number): SearchHit<ProcedureCode>[];
  /** Names of the files that say which codes exist, for messages. */
  sources: string[];
  /** Loads a licensed `code,description` CSV; returns a problem message or undefined. */
  loadLicensedDescriptors(csvText: string, fileName: string): string | undefined;
}

export interface Modifier {
  code: string;
  source: 'cpt' | 'hcpcs';
  description: string;
  /** When a coder uses it, in our words. */
  whenToUse?: string;
  /** HCPCS termination date, ISO, when terminated. */
  terminated?: string;
  effective?: string;
}

export interface ModifierSet {
  get(code: string): Modifier | undefined;
  all(): Modifier[];
}

export interface Taxonomy {
  code: string;
  grouping: string;
  classification: string;
  specialization: string;
  definition: string;
  displayName: string;
}

export interface TaxonomySet {
  version: string;
  /** Number of taxonomy codes. */
  size?: number;
  get(code: string): Taxonomy | undefined;
  search(query: string, limit: number): SearchHit<Taxonomy>[];
}

export interface PlaceOfService {
  code: string;
  name: string;
  facility: 'Facility' | 'Non-Facility' | string;
  description: string;
}

export interface PlaceOfServiceSet {
  get(code: string): PlaceOfService | undefined;
  all(): PlaceOfService[];
}

export interface CodeSetVersions {
  icd10cm: string;
  nucc: string;
  mue: string;
  addOn: string;
  feeSchedule: string;
  hcpcsModifiers: string;
  placeOfService: string;
}

export interface CodeSets {
  versions: CodeSetVersions;
  /** The ICD-10-CM year for a claim without a date: the newest loaded. */
  icd10cm: Icd10CodeSet;
  /**
   * Every ICD-10-CM year loaded, oldest first, `icd10cm` among them; absent when
   * `icd10cm` is the only one. Rules reach a date's year through `icd-years.ts`.
   */
  icd10cmYears?: readonly Icd10CodeSet[];
  procedures: ProcedureCodeSet;
  modifiers: ModifierSet;
  taxonomy: TaxonomySet;
  placesOfService: PlaceOfServiceSet;
  /** What `data/manifest.json` says: versions, labels, source file names, row counts. */
  manifest?: CodeSetManifest;
}

export interface CodeSetManifest {
  versions: Record<string, string>;
  /** Display names per code set, e.g. `ICD-10-CM FY2026 (2025-10-01 to 2026-09-30)`. */
  labels: Record<string, string>;
  /** Source file per code set, relative to the folder compiled. */
  sources: Record<string, string>;
  /** Compiled file per code set under `data/`. */
  files: Record<string, string>;
  counts: Record<string, number>;
}
