/**
 * The shapes of the codes the markup holds, and their canonical spelling.
 * Whether a well-shaped code exists is the code sets' business, not this file's.
 */

/** ICD-10-CM: a letter, a digit, a digit or letter, then up to four more after the dot. */
const ICD10CM = /^[A-Z][0-9][0-9A-Z](\.?[0-9A-Z]{1,4})?$/;
/** CPT: five digits, or four digits and F (category II) or T (category III). */
const CPT = /^[0-9]{4}[0-9FT]$/;
/** HCPCS Level II: a letter and four digits. */
const HCPCS = /^[A-Z][0-9]{4}$/;
const MODIFIER = /^[0-9A-Z]{2}$/;
/** NUCC taxonomy: ten characters ending in X. */
const TAXONOMY = /^[0-9]{3}[0-9A-Z]{6}X$/;
const PLACE_OF_SERVICE = /^[0-9]{2}$/;
const NPI = /^[0-9]{10}$/;

/** Upper case, with the dot after the third character: `g580` is `G58.0`. */
export function canonicalIcd10(written: string): string {
  const upper = written.toUpperCase();
  const bare = upper.replace('.', '');
  return bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare;
}

export function isIcd10Shape(written: string): boolean {
  const upper = written.toUpperCase();
  if (!ICD10CM.test(upper)) return false;
  const dot = upper.indexOf('.');
  return dot === -1 || dot === 3;
}

export function isCptShape(code: string): boolean {
  return CPT.test(code.toUpperCase());
}

export function isHcpcsShape(code: string): boolean {
  return HCPCS.test(code.toUpperCase());
}

export function isProcedureShape(code: string): boolean {
  return isCptShape(code) || isHcpcsShape(code);
}

export function isModifierShape(code: string): boolean {
  return MODIFIER.test(code.toUpperCase());
}

export function isTaxonomyShape(code: string): boolean {
  return TAXONOMY.test(code.toUpperCase());
}

export function isPlaceOfServiceShape(code: string): boolean {
  return PLACE_OF_SERVICE.test(code);
}

export function isNpiShape(code: string): boolean {
  return NPI.test(code);
}
