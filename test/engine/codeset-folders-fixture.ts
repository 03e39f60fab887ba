/**
 * A TEST-MADE ICD-10-CM FY2027 release for the code-set folder tests: the real
 * FY2026 order file with one code added (G58.1, which no real release has) and one
 * removed (G58.7), written as `icd10cm-order-2027.txt` in a temporary folder whose
 * name says it is test-made. It stands in for next year's file, which CDC/CMS has
 * not put in ../shared/codesets; nothing else in it differs from FY2026.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SHARED_CODESETS = resolve(__dirname, '../../../shared/codesets');
export const FY2026_ORDER = join(SHARED_CODESETS, 'icd10cm/icd10cm-order-2026.txt');

/**
 * These tests read the publishers' files, which sit beside a checkout (CI lays
 * them there) but not in it. A developer's clone without them skips these suites
 * and says why; CI, where they must be, fails instead.
 */
export const NEEDS_SHARED =
  existsSync(FY2026_ORDER) || process.env.CI ? false : `needs ${SHARED_CODESETS}`;

/** In the TEST-MADE FY2027 file only. */
export const ADDED_CODE = 'G58.1';
/** In FY2026, not in the TEST-MADE FY2027 file. */
export const REMOVED_CODE = 'G58.7';

const ADDED_TITLE = 'TEST-MADE code, not in any real release';

/** The TEST-MADE FY2027 order file's text. */
export function testMadeFy2027Order(): string {
  const lines = readFileSync(FY2026_ORDER, 'utf8').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const code = line.slice(6, 13).trim();
    if (code === 'G587') continue;
    out.push(line);
    if (code === 'G580') {
      // Same columns as the real file: order number, code, billable flag, titles.
      out.push(`${line.slice(0, 6)}${'G581'.padEnd(8)}1 ${ADDED_TITLE.padEnd(61)}${ADDED_TITLE}`);
    }
  }
  return out.join('\n');
}

/** A new temporary folder holding the TEST-MADE `icd10cm-order-2027.txt`. */
export function testMadeFy2027Folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claim-coding-TEST-MADE-fy2027-'));
  writeFileSync(join(dir, 'icd10cm-order-2027.txt'), testMadeFy2027Order());
  return dir;
}

/** A new empty temporary folder for compiled packs, so that tests never write under data/. */
export function temporaryCacheDir(): string {
  return mkdtempSync(join(tmpdir(), 'claim-coding-cache-'));
}
