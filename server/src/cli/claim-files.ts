/**
 * Which files in a folder the checker reads: claim markup (`.claim`) and X12 837P
 * interchanges (`.837`, `.x12`, `.edi`, and `.txt` when it holds one). A file named
 * on the command line is always read; the engine tells the two forms apart itself.
 */
import { isX12 } from '../engine/x12/separators';

const CLAIM_FILE = /\.(claim|837|x12|edi|txt)$/i;

/** Whether a folder walk reads this file at all. */
export function isClaimFileName(name: string): boolean {
  return CLAIM_FILE.test(name);
}

/** Whether a file read in a folder walk is checked: a `.txt` only when it holds an 837P. */
export function holdsClaims(name: string, text: string): boolean {
  return !/\.txt$/i.test(name) || isX12(text);
}
