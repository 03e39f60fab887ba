import { dottedIcd10 } from './icd10cm-order';

export interface MceAgeList {
  category: string;
  minAge: number;
  maxAge: number;
  codes: string[];
}

export interface MceEdits {
  /** Manifestation codes that may not be first-listed. */
  manifestations: string[];
  ageLists: MceAgeList[];
}

/**
 * Medicare Code Editor lists as JSON: `age_categories`, `codes.age_*` and
 * `codes.manifestation_not_pdx`.
 */
export function readMceEditsJson(text: string, fileName: string): MceEdits {
  const parsed = JSON.parse(text) as {
    age_categories?: Record<string, { min_age: number; max_age: number }>;
    codes?: Record<string, { code: string }[]>;
  };
  if (!parsed.codes || !parsed.age_categories) {
    throw new Error(`${fileName}: expected "codes" and "age_categories"`);
  }
  const codesOf = (list: string) => (parsed.codes?.[list] ?? []).map((e) => dottedIcd10(e.code));
  const ageLists = Object.entries(parsed.age_categories).map(([category, range]) => ({
    category,
    minAge: range.min_age,
    maxAge: range.max_age,
    codes: codesOf(`age_${category}`),
  }));
  return { manifestations: codesOf('manifestation_not_pdx'), ageLists };
}
