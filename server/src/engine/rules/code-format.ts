import type { CodeKind, Diagnostic } from '../model';
import { malformedCodesOf } from './claim-codes';
import { NOTHING_FOUND } from './nothing-found';
import type { Rule } from './types';

/** What each kind of code looks like, in the words a coder would check it against. */
const SHAPES: Record<CodeKind, { name: string; shape: string }> = {
  icd10cm: {
    name: 'an ICD-10-CM code',
    shape: 'a letter, a digit, a digit or letter, then up to four characters after the dot (G58.0)',
  },
  procedure: {
    name: 'a CPT or HCPCS code',
    shape: 'CPT is five digits or four digits and F or T (64620); HCPCS a letter and four digits',
  },
  modifier: { name: 'a modifier', shape: 'two letters or digits (RT, 59)' },
  taxonomy: {
    name: 'a NUCC taxonomy code',
    shape: 'ten characters: three digits, six digits or letters, then X (208VP0014X)',
  },
  pos: { name: 'a place of service', shape: 'two digits (24, 11)' },
  npi: { name: 'an NPI', shape: 'ten digits' },
};

export const codeFormat: Rule = {
  name: 'code-format',
  severity: 'error',
  description: 'A code does not have the shape of its kind.',
  check(claim) {
    const malformed = malformedCodesOf(claim);
    if (malformed.length === 0) return NOTHING_FOUND;
    const found: Diagnostic[] = [];
    for (let i = 0; i < malformed.length; i++) {
      const code = malformed[i];
      const { name, shape } = SHAPES[code.kind];
      found.push({
        rule: 'code-format',
        severity: 'error',
        message: `${code.text} is not ${name}: ${shape}.`,
        range: code.range,
      });
    }
    return found;
  },
};
