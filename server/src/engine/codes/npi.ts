/**
 * The National Provider Identifier check digit. CMS computes it with the Luhn
 * formula over the nine-digit base prefixed by 80840 (the card issuer prefix
 * for US health). The prefix always adds 24 to the Luhn sum, so we add 24
 * instead of writing it out.
 */

const NPI_PREFIX_SUM = 24;

/** The check digit an NPI base of nine digits calls for, or undefined if `base` is no such base. */
export function npiCheckDigit(base: string): number | undefined {
  if (!/^\d{9}$/.test(base)) return undefined;

  let sum = NPI_PREFIX_SUM;
  for (let i = 0; i < 9; i++) {
    // Counting from the right of the base, the first digit and every second one is doubled.
    const digit = base.charCodeAt(8 - i) - 48;
    if (i % 2 === 0) {
      const doubled = digit * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    } else {
      sum += digit;
    }
  }

  return (10 - (sum % 10)) % 10;
}

/** True when `npi` is ten digits whose last one is the Luhn check digit (prefix 80840). */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  return npiCheckDigit(npi.slice(0, 9)) === npi.charCodeAt(9) - 48;
}
