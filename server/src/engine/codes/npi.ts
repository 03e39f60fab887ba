/**
 * The National Provider Identifier check digit. CMS computes it with the Luhn
 * formula over the nine-digit base prefixed by 80840 (the card issuer prefix
 * for US health). The prefix always adds 24 to the Luhn sum, so we add 24
 * instead of writing it out.
 */

const NPI_PREFIX_SUM = 24;

/** The check digit an NPI base of nine digits calls for, or undefined if `base` is no such base. */
export function npiCheckDigit(base: string): number | undefined {
  if (base.length !== 9 || !digitsOnly(base, 9)) return undefined;
  return checkDigitOf(base);
}

/** True when `npi` is ten digits whose last one is the Luhn check digit (prefix 80840). */
export function isValidNpi(npi: string): boolean {
  // Read in place: every NPI of every claim is checked, and a slice per NPI adds up.
  if (npi.length !== 10 || !digitsOnly(npi, 10)) return false;
  return checkDigitOf(npi) === npi.charCodeAt(9) - 48;
}

/** The Luhn check digit over the first nine characters of `digits`, all of them digits. */
function checkDigitOf(digits: string): number {
  let sum = NPI_PREFIX_SUM;
  for (let i = 0; i < 9; i++) {
    // Counting from the right of the base, the first digit and every second one is doubled.
    const digit = digits.charCodeAt(8 - i) - 48;
    if (i % 2 === 0) {
      const doubled = digit * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    } else {
      sum += digit;
    }
  }
  return (10 - (sum % 10)) % 10;
}

/** Whether the first `count` characters are ASCII digits (what `\d` matches). */
function digitsOnly(text: string, count: number): boolean {
  for (let i = 0; i < count; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
