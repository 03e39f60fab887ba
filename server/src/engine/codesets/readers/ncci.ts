import { parseTable, requireColumns } from './csv';
import { isoDate } from './hcpcs-modifiers';

export interface MueRow {
  code: string;
  value: number;
  mai: 1 | 2 | 3;
  rationale: string;
}

/** NCCI practitioner MUE CSV: hcpcs, mue_value, mai, mai_label, rationale. */
export function readMueCsv(text: string, fileName: string): MueRow[] {
  const rows = parseTable(text);
  requireColumns(rows, ['hcpcs', 'mue_value', 'mai'], fileName);
  return rows.map((r, i) => {
    const mai = Number(r.mai);
    const value = Number(r.mue_value);
    if (!Number.isFinite(value) || (mai !== 1 && mai !== 2 && mai !== 3)) {
      throw new Error(`${fileName}: row ${i + 2} has MUE ${r.mue_value} MAI ${r.mai}`);
    }
    return { code: r.hcpcs.toUpperCase(), value, mai, rationale: r.rationale ?? '' };
  });
}

export interface AddOnRow {
  addOn: string;
  /** Undefined for `CCCCC` (no list of primaries). */
  primary?: string;
  type: 1 | 2 | 3;
  effective?: string;
  deletion?: string;
}

/** NCCI add-on code edits: addon_code, primary_code, aoc_type, effective_date, deletion_date. */
export function readAddOnCsv(text: string, fileName: string): AddOnRow[] {
  const rows = parseTable(text);
  requireColumns(rows, ['addon_code', 'primary_code', 'aoc_type'], fileName);
  return rows.map((r, i) => {
    const type = Number(r.aoc_type);
    if (type !== 1 && type !== 2 && type !== 3) {
      throw new Error(`${fileName}: row ${i + 2} has add-on type ${r.aoc_type}`);
    }
    const primary = r.primary_code.toUpperCase();
    const row: AddOnRow = { addOn: r.addon_code.toUpperCase(), type };
    if (primary !== '' && primary !== 'CCCCC') row.primary = primary;
    const effective = isoDate(r.effective_date);
    const deletion = isoDate(r.deletion_date);
    if (effective) row.effective = effective;
    if (deletion) row.deletion = deletion;
    return row;
  });
}
