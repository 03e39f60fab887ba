/**
 * The CMS/NCHS ICD-10-CM order file: fixed width, one code or header a line.
 * Columns: order number (5), blank, code without dot (7), blank, `1` billable
 * or `0` header, blank, short title (60), blank, long title.
 */
export interface Icd10OrderRow {
  /** With its dot: `G58.0`. */
  code: string;
  billable: boolean;
  shortTitle: string;
  longTitle: string;
}

export interface Icd10OrderFile {
  /** Fiscal year, from the file name (`icd10cm-order-2026.txt` is FY2026). */
  fiscalYear: number;
  rows: Icd10OrderRow[];
}

/** Fiscal year from an order file's name, or undefined when the name has none. */
export function icd10FiscalYearFromFileName(fileName: string): number | undefined {
  const match = /icd10cm[-_]?order[-_](?:addenda[-_])?(\d{4})/i.exec(fileName);
  return match ? Number(match[1]) : undefined;
}

/** First and last date of service a fiscal year covers: October 1 to September 30. */
export function fiscalYearDates(fiscalYear: number): { from: string; to: string } {
  return { from: `${fiscalYear - 1}-10-01`, to: `${fiscalYear}-09-30` };
}

/** `G580` → `G58.0`; codes of three characters have no dot. */
export function dottedIcd10(code: string): string {
  const bare = code.replace('.', '').toUpperCase();
  return bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare;
}

export function readIcd10OrderFile(text: string, fileName: string): Icd10OrderFile {
  const fiscalYear = icd10FiscalYearFromFileName(fileName);
  if (fiscalYear === undefined) {
    throw new Error(`${fileName}: the name does not say the fiscal year (icd10cm-order-YYYY.txt)`);
  }
  const rows: Icd10OrderRow[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const code = line.slice(6, 13).trim();
    const flag = line.slice(14, 15);
    if (!/^[A-Z][0-9A-Z]{2,6}$/.test(code) || (flag !== '0' && flag !== '1')) {
      throw new Error(`${fileName}:${i + 1}: not an order-file line`);
    }
    rows.push({
      code: dottedIcd10(code),
      billable: flag === '1',
      shortTitle: line.slice(16, 76).trim(),
      longTitle: line.slice(77).trim(),
    });
  });
  return { fiscalYear, rows };
}
