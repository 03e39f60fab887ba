/**
 * The payer profile an 837P payer stands for. The claim filing indicator (SBR09)
 * settles Medicare, Medicaid and Blue Cross Blue Shield; otherwise well-known names in
 * NM1*PR's NM103 do. Anything else is kept as written, made one lower-case word, so
 * it reads the same in the model and in the markup.
 */

const BY_FILING_INDICATOR: Record<string, string> = {
  MA: 'medicare',
  MB: 'medicare',
  MC: 'medicaid',
  BL: 'bcbs',
};

const BY_NAME: [RegExp, string][] = [
  [/\bMEDICARE\b/, 'medicare'],
  [/\bMEDICAID\b/, 'medicaid'],
  [/\bAETNA\b/, 'aetna'],
  [/\bBLUE ?(CROSS|SHIELD)\b|\bBCBS\b/, 'bcbs'],
  [/\bCIGNA\b/, 'cigna'],
  [/\bUNITED ?HEALTH ?CARE\b|\bUHC\b/, 'uhc'],
];

export function payerProfile(name: string, filingIndicator?: string): string {
  const byIndicator = filingIndicator && BY_FILING_INDICATOR[filingIndicator];
  if (byIndicator) return byIndicator;
  const upper = name.toUpperCase();
  for (const [pattern, profile] of BY_NAME) if (pattern.test(upper)) return profile;
  const word = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return word || 'unknown';
}
