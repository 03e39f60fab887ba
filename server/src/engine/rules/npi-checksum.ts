import { isValidNpi } from '../codes/npi';
import type { CodeToken, Diagnostic } from '../model';
import type { Rule } from './types';

export const npiChecksum: Rule = {
  name: 'npi-checksum',
  severity: 'error',
  description: 'An NPI whose Luhn check digit (with the 80840 prefix) is wrong.',
  check(claim) {
    const npis: { npi?: CodeToken; role: string }[] = [
      { npi: claim.billing?.npi, role: 'billing' },
      { npi: claim.rendering?.npi, role: 'rendering' },
      ...claim.serviceLines.map((line) => ({ npi: line.npi, role: 'service line' })),
    ];

    const found: Diagnostic[] = [];
    for (const { npi, role } of npis) {
      // Ten digits is code-format's business; only a well-shaped NPI has a check digit.
      if (!npi || !/^\d{10}$/.test(npi.text) || isValidNpi(npi.text)) continue;
      found.push({
        rule: 'npi-checksum',
        severity: 'error',
        message:
          `The ${role} NPI ${npi.text} fails its check digit: with these first nine digits ` +
          `it must end in ${expectedCheckDigit(npi.text)}. Check the number against NPPES.`,
        range: npi.range,
      });
    }
    return found;
  },
};

/** The last digit that makes the first nine digits a valid NPI. */
function expectedCheckDigit(npi: string): string {
  const body = npi.slice(0, 9);
  for (let digit = 0; digit <= 9; digit++) {
    if (isValidNpi(`${body}${digit}`)) return String(digit);
  }
  return '?';
}
