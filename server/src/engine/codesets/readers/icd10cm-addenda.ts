import type { Icd10Addenda } from '../types';
import { dottedIcd10 } from './icd10cm-order';

/**
 * The order-file addenda NCHS ships with each year (`icd10cm-order-addenda-2026.txt`):
 * `Add:`, `Delete:`, `Revise from:` and `Revise to:` lines in the order file's columns
 * after the action, then a summary of counts. A code deleted as billable and added
 * back as a header (B88.0 in FY2026) is both deleted and added.
 */
export function readIcd10OrderAddenda(text: string, fileName: string): Icd10Addenda {
  const added: string[] = [];
  const deleted: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^(Add|Delete):\s+[01]\s+([A-Z][0-9A-Z]{2,6})\s/.exec(line);
    if (!match) continue;
    (match[1] === 'Add' ? added : deleted).push(dottedIcd10(match[2]));
  }
  if (added.length === 0 && deleted.length === 0) {
    throw new Error(`${fileName}: no "Add:" or "Delete:" lines; not an order-file addenda`);
  }
  return { added, deleted };
}
