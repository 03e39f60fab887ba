import { isValidNpi } from '../codes/npi';
import type { CodeToken, Diagnostic } from '../model';
import { NOTHING_FOUND } from './nothing-found';
import type { Rule } from './types';

export const npiChecksum: Rule = {
  name: 'npi-checksum',
  severity: 'error',
  description: 'An NPI whose Luhn check digit (with the 80840 prefix) is wrong.',
  check(claim) {
    // Billing, rendering, then each service line's: the order the findings are listed in.
    let found = badNpi(undefined, claim.billing?.npi, 'billing');
    found = badNpi(found, claim.rendering?.npi, 'rendering');
    const lines = claim.serviceLines;
    for (let i = 0; i < lines.length; i++) found = badNpi(found, lines[i].npi, 'service line');
    return found ?? NOTHING_FOUND;
  },
};

/** `found` with a finding added when `npi` is ten digits that fail their check digit. */
function badNpi(
  found: Diagnostic[] | undefined,
  npi: CodeToken | undefined,
  role: string,
): Diagnostic[] | undefined {
  // Ten digits is code-format's business; only a well-shaped NPI has a check digit,
  // and `isValidNpi` is false for any other text as well.
  if (!npi || isValidNpi(npi.text) || !/^\d{10}$/.test(npi.text)) return found;
  (found ??= []).push({
    rule: 'npi-checksum',
    severity: 'error',
    message:
      `The ${role} NPI ${npi.text} fails its check digit: with these first nine digits ` +
      `it must end in ${expectedCheckDigit(npi.text)}. Check the number against NPPES.`,
    range: npi.range,
  });
  return found;
}

/** The last digit that makes the first nine digits a valid NPI. */
function expectedCheckDigit(npi: string): string {
  const body = npi.slice(0, 9);
  for (let digit = 0; digit <= 9; digit++) {
    if (isValidNpi(`${body}${digit}`)) return String(digit);
  }
  return '?';
}
