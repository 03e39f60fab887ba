/**
 * The code-set messages between client and server, apart from the server code so
 * that the client bundle takes only these names.
 */

/** Server → client, after new code sets are in use (a code-set folder read or dropped). */
export const CODE_SETS_CHANGED_NOTIFICATION = 'claimCoding/codeSetsChanged';

export interface CodeSetsChanged {
  /** Every ICD-10-CM year loaded, oldest first: `['FY2026', 'FY2027']`. */
  icd10cm: string[];
  versions: Record<string, string>;
}
