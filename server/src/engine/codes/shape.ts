/**
 * The shapes of the codes the markup holds, and their canonical spelling.
 * Whether a well-shaped code exists is the code sets' business, not this file's.
 *
 * Every rule asks these of every code of every claim, so plain ASCII is tested
 * character by character. Text with any other character goes through the
 * patterns on the upper-cased text, as it always did: upper-casing can turn a
 * character outside ASCII into letters (`ß` into `SS`, `ı` into `I`).
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

/** Upper case, with the dot after the third character: `g580` is `G58.0`. */
export function canonicalIcd10(written: string): string {
  const upper = isUpperAscii(written) ? written : written.toUpperCase();
  const dot = upper.indexOf('.');
  // Already canonical, as nearly every code a coder writes is: no new string.
  if (dot === -1) return upper.length > 3 ? `${upper.slice(0, 3)}.${upper.slice(3)}` : upper;
  if (dot === 3 && upper.length > 4) return upper;
  const bare = upper.replace('.', '');
  return bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare;
}

export function isIcd10Shape(written: string): boolean {
  return isAsciiIcd10(written) || (hasNonAscii(written) && icd10ByPattern(written));
}

function isAsciiIcd10(written: string): boolean {
  const n = written.length;
  if (n < 3 || n > 8) return false;
  if (!isLetter(written.charCodeAt(0)) || !isDigit(written.charCodeAt(1))) return false;
  if (!isAlphanumeric(written.charCodeAt(2))) return false;
  const after = n > 3 && written.charCodeAt(3) === 46 ? 4 : 3; // '.'
  if (n === 3) return true;
  if (n - after < 1 || n - after > 4) return false;
  for (let i = after; i < n; i++) if (!isAlphanumeric(written.charCodeAt(i))) return false;
  return true;
}

function icd10ByPattern(written: string): boolean {
  const upper = written.toUpperCase();
  if (!ICD10CM.test(upper)) return false;
  const dot = upper.indexOf('.');
  return dot === -1 || dot === 3;
}

export function isCptShape(code: string): boolean {
  return isAsciiCpt(code) || (hasNonAscii(code) && CPT.test(code.toUpperCase()));
}

function isAsciiCpt(code: string): boolean {
  if (code.length !== 5) return false;
  for (let i = 0; i < 4; i++) if (!isDigit(code.charCodeAt(i))) return false;
  const last = code.charCodeAt(4);
  const upper = last & ~32;
  return isDigit(last) || upper === 70 || upper === 84; // F, T in either case
}

export function isHcpcsShape(code: string): boolean {
  return isAsciiHcpcs(code) || (hasNonAscii(code) && HCPCS.test(code.toUpperCase()));
}

function isAsciiHcpcs(code: string): boolean {
  if (code.length !== 5 || !isLetter(code.charCodeAt(0))) return false;
  for (let i = 1; i < 5; i++) if (!isDigit(code.charCodeAt(i))) return false;
  return true;
}

export function isProcedureShape(code: string): boolean {
  return isCptShape(code) || isHcpcsShape(code);
}

export function isModifierShape(code: string): boolean {
  const ascii =
    code.length === 2 && isAlphanumeric(code.charCodeAt(0)) && isAlphanumeric(code.charCodeAt(1));
  return ascii || (hasNonAscii(code) && MODIFIER.test(code.toUpperCase()));
}

export function isTaxonomyShape(code: string): boolean {
  return isAsciiTaxonomy(code) || (hasNonAscii(code) && TAXONOMY.test(code.toUpperCase()));
}

function isAsciiTaxonomy(code: string): boolean {
  if (code.length !== 10 || (code.charCodeAt(9) & ~32) !== 88) return false; // X in either case
  for (let i = 0; i < 3; i++) if (!isDigit(code.charCodeAt(i))) return false;
  for (let i = 3; i < 9; i++) if (!isAlphanumeric(code.charCodeAt(i))) return false;
  return true;
}

/** Two digits; ASCII digits only, as without upper-casing nothing else can match. */
export function isPlaceOfServiceShape(code: string): boolean {
  return code.length === 2 && isDigit(code.charCodeAt(0)) && isDigit(code.charCodeAt(1));
}

/** Ten ASCII digits. */
export function isNpiShape(code: string): boolean {
  if (code.length !== 10) return false;
  for (let i = 0; i < 10; i++) if (!isDigit(code.charCodeAt(i))) return false;
  return true;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A letter of either case: the shapes are tested on the upper-cased text. */
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAlphanumeric(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return true;
  return false;
}

/** No lower-case letter and nothing outside ASCII: `toUpperCase` would change nothing. */
function isUpperAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 || (c >= 97 && c <= 122)) return false;
  }
  return true;
}
